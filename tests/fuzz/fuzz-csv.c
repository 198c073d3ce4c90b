/* fuzz-csv.c
 *
 * libFuzzer target: arbitrary bytes through the CSV reader, with the
 * encoding and delimiter detected as for a user's file; each input is read
 * with plain lines taken the fast way and by the general scanner, with
 * every variable and with the first alone, and the two ways must agree;
 * and a window of rows at a time, which must give the very numbers, or the
 * same error, or refuse a file with text.
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

/* The numbers of each variable, window after window. */
static gboolean
add_window (DqSurveyData  *window,
            gsize          first_row,
            gpointer       user_data,
            GError       **error)
{
  GPtrArray *columns = user_data;

  g_assert_cmpuint (dq_survey_data_get_n_rows (window), >, 0);
  if (columns->len == 0)
    for (guint i = 0; i < dq_survey_data_get_n_variables (window); i++)
      g_ptr_array_add (columns, g_array_new (FALSE, FALSE, sizeof (double)));
  g_assert_cmpuint (columns->len, ==, dq_survey_data_get_n_variables (window));
  for (guint i = 0; i < columns->len; i++)
    {
      GArray *column = g_ptr_array_index (columns, i);

      g_assert_cmpuint (column->len, ==, first_row);
      g_array_append_vals (column, dq_survey_data_get_numbers (window, i),
                           dq_survey_data_get_n_rows (window));
    }

  return TRUE;
}

static void
assert_windows (const guint8 *data,
                size_t        size,
                DqSurveyData *whole,
                GError       *whole_error)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GError) error = NULL;
  gboolean numeric = whole != NULL;
  gboolean read;

  read = _dq_csv_reader_read_windows (reader, stream, "fuzz.csv", add_window, columns, NULL,
                                      &error);
  for (guint i = 0; whole != NULL && i < dq_survey_data_get_n_variables (whole); i++)
    numeric &= dq_survey_data_get_kind (whole, i) == DQ_VARIABLE_NUMERIC;

  if (!read)
    {
      g_assert_false (numeric);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        g_assert_cmpstr (error->message, ==, whole_error != NULL ? whole_error->message : NULL);
      return;
    }

  g_assert_true (numeric);
  for (guint i = 0; i < columns->len; i++)
    {
      GArray *column = g_ptr_array_index (columns, i);

      g_assert_cmpuint (column->len, ==, dq_survey_data_get_n_rows (whole));
      g_assert_true (memcmp (column->data, dq_survey_data_get_numbers (whole, i),
                             column->len * sizeof (double)) == 0);
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
  assert_windows (data, size, plain, plain_error);

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
