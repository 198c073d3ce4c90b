/* fuzz-csv.c
 *
 * libFuzzer target: arbitrary bytes through the CSV reader, with the
 * encoding and delimiter detected as for a user's file; each input is read
 * with plain lines taken the fast way and by the general scanner, with
 * every variable and with the first alone, and the two ways must agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "fuzz-common.h"
#include "dq-csv-reader-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static DqSurveyData *
read_input (const guint8        *data,
            size_t               size,
            const char * const  *variables,
            gboolean             plain_lines,
            GError             **error)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  DqSurveyData *survey_data;

  _dq_csv_reader_set_plain_lines (reader, plain_lines);
  dq_csv_reader_set_variables (reader, variables);
  survey_data = dq_csv_reader_read_stream (reader, stream, "fuzz.csv", NULL, error);
  g_assert ((survey_data == NULL) != (*error == NULL));

  return survey_data;
}

static void
assert_same (DqSurveyData *a,
             GError       *error_a,
             DqSurveyData *b,
             GError       *error_b)
{
  gsize n_rows;

  g_assert_cmpstr (error_a != NULL ? error_a->message : NULL, ==,
                   error_b != NULL ? error_b->message : NULL);
  if (a == NULL)
    return;

  n_rows = dq_survey_data_get_n_rows (a);
  g_assert_cmpuint (n_rows, ==, dq_survey_data_get_n_rows (b));
  g_assert_cmpuint (dq_survey_data_get_n_variables (a), ==, dq_survey_data_get_n_variables (b));
  for (guint i = 0; i < dq_survey_data_get_n_variables (a); i++)
    {
      g_assert_cmpint (dq_survey_data_get_kind (a, i), ==, dq_survey_data_get_kind (b, i));
      if (dq_survey_data_get_kind (a, i) == DQ_VARIABLE_NUMERIC)
        g_assert_true (memcmp (dq_survey_data_get_numbers (a, i),
                               dq_survey_data_get_numbers (b, i), n_rows * sizeof (double)) == 0);
      else
        g_assert_true (memcmp (dq_survey_data_get_codes (a, i), dq_survey_data_get_codes (b, i),
                               n_rows * sizeof (guint32)) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DqSurveyData) plain = NULL;
  g_autoptr(DqSurveyData) general = NULL;
  g_autoptr(GError) plain_error = NULL;
  g_autoptr(GError) general_error = NULL;

  fuzz_init ();

  plain = read_input (data, size, NULL, TRUE, &plain_error);
  general = read_input (data, size, NULL, FALSE, &general_error);
  assert_same (plain, plain_error, general, general_error);

  if (plain != NULL && dq_survey_data_get_n_variables (plain) > 1)
    {
      const char *first[] = { dq_survey_data_get_name (plain, 0), NULL };
      g_autoptr(DqSurveyData) plain_first = NULL;
      g_autoptr(DqSurveyData) general_first = NULL;
      g_autoptr(GError) plain_first_error = NULL;
      g_autoptr(GError) general_first_error = NULL;

      plain_first = read_input (data, size, first, TRUE, &plain_first_error);
      general_first = read_input (data, size, first, FALSE, &general_first_error);
      assert_same (plain_first, plain_first_error, general_first, general_first_error);
    }

  return 0;
}
