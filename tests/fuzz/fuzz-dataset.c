/* fuzz-dataset.c
 *
 * libFuzzer target: arbitrary bytes through the dataset JSON loader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "fuzz-common.h"
#include "dq-dataset.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  dataset = dq_dataset_new_from_data ((const char *) data, size, "fuzz.json", &error);

  /* Either a dataset or an error, never both and never neither. */
  g_assert ((dataset == NULL) != (error == NULL));

  return 0;
}
