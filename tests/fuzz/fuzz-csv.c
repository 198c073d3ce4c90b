/* fuzz-csv.c
 *
 * libFuzzer target: arbitrary bytes through the CSV reader, with the
 * encoding and delimiter detected as for a user's file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "fuzz-common.h"
#include "dq-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(DqSurveyData) survey_data = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  stream = g_memory_input_stream_new_from_data (data, size, NULL);
  survey_data = dq_csv_reader_read_stream (reader, stream, "fuzz.csv", NULL, &error);
  g_assert ((survey_data == NULL) != (error == NULL));

  return 0;
}
