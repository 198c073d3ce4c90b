/* fuzz-basemap.c
 *
 * libFuzzer target: arbitrary bytes through the base map loader, then a
 * few point look-ups on whatever it accepted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "fuzz-common.h"
#include "dq-basemap.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(DqBasemap) basemap = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  basemap = dq_basemap_new_from_bytes (bytes, "fuzz.json", &error);
  g_assert ((basemap == NULL) != (error == NULL));

  if (basemap != NULL)
    {
      (void) dq_basemap_lookup_region (basemap, 70.0, 48.0);
      (void) dq_basemap_lookup_country (basemap, 64.5, 41.0);
      (void) dq_basemap_find_region (basemap, "KZ.QG");
    }

  return 0;
}
