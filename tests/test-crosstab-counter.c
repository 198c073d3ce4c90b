/* test-crosstab-counter.c
 *
 * `dostyq crosstab --format csv|json` counts a plain CSV or TSV file of
 * numbers a window of rows at a time (DqCrosstabCounter over the CSV
 * reader's windows) instead of keeping every row, and falls back to the
 * whole data for anything else. Each case here runs the command both ways
 * (the second with the hidden --whole-file) and compares the exit status,
 * the output and the messages byte for byte: awkward files, weights that
 * are zero, negative, missing or text, missing codes, filters, recodes,
 * frequency tables, files of many windows, and variables that turn to text
 * late in the file. The counter itself is checked against
 * dq_crosstab_new_filtered(), cell by cell, bit for bit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dq-crosstab-counter.h"
#include "dq-csv-reader.h"
#include "dq-test-util.h"

static char *dir;

static char *
write_fixture (const char *name,
               const char *contents,
               gssize      length)
{
  g_autoptr(GFile) file = dq_test_write_file (dir, name, contents, length);

  return g_file_get_path (file);
}

/* Runs `dostyq crosstab PATH ARGS… --format FORMAT` with and without
 * --whole-file, and asserts that the two say the same. Returns the exit
 * status. */
static int
compare_format (const char         *path,
                const char * const *args,
                const char         *format)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(DqTestRun) windows = { 0 };
  g_auto(DqTestRun) whole = { 0 };

  g_ptr_array_add (argv, (gpointer) dq_test_dostyq ());
  g_ptr_array_add (argv, (gpointer) "crosstab");
  g_ptr_array_add (argv, (gpointer) path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--format");
  g_ptr_array_add (argv, (gpointer) format);
  g_ptr_array_add (argv, NULL);
  dq_test_spawn_v (&windows, (const char **) argv->pdata);

  argv->pdata[argv->len - 1] = (gpointer) "--whole-file";
  g_ptr_array_add (argv, NULL);
  dq_test_spawn_v (&whole, (const char **) argv->pdata);

  if (g_strcmp0 (windows.out, whole.out) != 0 || g_strcmp0 (windows.err, whole.err) != 0 ||
      windows.status != whole.status)
    {
      g_autofree char *joined = g_strjoinv (" ", (GStrv) args);

      g_test_message ("crosstab %s %s --format %s", path, joined, format);
    }
  g_assert_cmpstr (windows.out, ==, whole.out);
  g_assert_cmpstr (windows.err, ==, whole.err);
  g_assert_cmpint (windows.status, ==, whole.status);

  return windows.status;
}

/* Both formats; returns whether the table was made. */
static gboolean
compare (const char         *path,
         const char * const *args)
{
  int csv = compare_format (path, args, "csv");
  int json = compare_format (path, args, "json");

  g_assert_cmpint (csv, ==, json);

  return csv == 0;
}

#define ARGS(...) ((const char * const []) { __VA_ARGS__, NULL })

/* A survey of @n_rows respondents, deterministic: answers 1–5 and the
 * missing codes 9 and 99 (and, rarely, -0, 2.5, a large value and an
 * empty field), three countries, weights with decimals and some zero,
 * negative, empty and "NA". Answer 7 first comes in the last window. The
 * column "late" turns to text at row @late_row, "name" is text throughout
 * and "xw" is a weight that turns to text at @late_row. */
static char *
make_survey (gsize n_rows,
             gsize late_row)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2021);
  GString *out = g_string_new ("id,country,q,w,late,name,xw\n");

  for (gsize i = 0; i < n_rows; i++)
    {
      guint32 roll = g_rand_int_range (rand, 0, 1000);
      const char *q_text;
      char q_buffer[32];
      char w_buffer[32];
      const char *w_text = w_buffer;

      if (roll < 10)
        q_text = "9";
      else if (roll < 15)
        q_text = "99";
      else if (roll < 17)
        q_text = "";
      else if (roll < 18)
        q_text = "-0";
      else if (roll < 20)
        q_text = "2.5";
      else if (roll < 21)
        q_text = "1000000";
      else if (i > n_rows - 500 && roll < 60)
        q_text = "7";
      else
        {
          g_snprintf (q_buffer, sizeof q_buffer, "%d", g_rand_int_range (rand, 1, 6));
          q_text = q_buffer;
        }

      roll = g_rand_int_range (rand, 0, 1000);
      if (roll < 5)
        w_text = "0";
      else if (roll < 7)
        w_text = "-1.5";
      else if (roll < 9)
        w_text = "";
      else if (roll < 10)
        w_text = "NA";
      else
        g_snprintf (w_buffer, sizeof w_buffer, "%d.%03d", g_rand_int_range (rand, 0, 3),
                    g_rand_int_range (rand, 0, 1000));

      g_string_append_printf (out, "%zu,%d,%s,%s,%s,%s,%s\n", i + 1,
                              g_rand_int_range (rand, 1, 4), q_text, w_text,
                              i >= late_row ? "text" : "1",
                              roll % 2 ? "Алматы" : "Ташкент",
                              i >= late_row ? "heavy" : "1.25");
    }

  return g_string_free (out, FALSE);
}

static guint n_windows;

static gboolean
add_window (DqSurveyData  *window,
            gsize          first_row,
            gpointer       user_data,
            GError       **error)
{
  n_windows++;

  return dq_crosstab_counter_add (user_data, window, NULL, error);
}

/* The counter over the reader's windows against the table of the whole
 * data, cell by cell. */
static void
check_counter (const char *path,
               const char *row,
               const char *column,
               const char *weight,
               guint       min_windows)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(DqCrosstabCounter) counter = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) expected = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  const char *variables[4] = { row, NULL, };
  double codes[] = { 9, 99 };
  guint n_rows, n_columns;
  guint n = 1;

  if (column != NULL)
    variables[n++] = column;
  if (weight != NULL)
    variables[n++] = weight;
  dq_csv_reader_set_variables (reader, variables);
  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  expected = dq_crosstab_new (data, row, column, weight, codes, 2, &error);
  g_assert_no_error (error);

  counter = dq_crosstab_counter_new (row, column, weight, codes, 2);
  n_windows = 0;
  g_assert_true (dq_csv_reader_read_file_windows (reader, file, add_window, counter, NULL,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_windows, >=, min_windows);
  table = dq_crosstab_counter_finish (counter, &error);
  g_assert_no_error (error);

  n_rows = dq_crosstab_get_n_rows (expected);
  n_columns = dq_crosstab_get_n_columns (expected);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, n_rows);
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, n_columns);
  for (guint r = 0; r <= n_rows; r++)
    {
      g_assert_cmpstr (dq_crosstab_get_row_value (table, r), ==,
                       dq_crosstab_get_row_value (expected, r));
      for (guint c = 0; c <= n_columns; c++)
        {
          double a = dq_crosstab_get_weighted (table, r, c);
          double b = dq_crosstab_get_weighted (expected, r, c);
          double a2 = dq_crosstab_get_squared_weights (table, r, c);
          double b2 = dq_crosstab_get_squared_weights (expected, r, c);

          g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
          g_assert_cmpmem (&a2, sizeof a2, &b2, sizeof b2);
          g_assert_cmpuint (dq_crosstab_get_unweighted (table, r, c), ==,
                            dq_crosstab_get_unweighted (expected, r, c));
        }
    }
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==,
                    dq_crosstab_get_n_excluded (expected));
  g_assert_cmpuint (dq_crosstab_get_n_zero_weight (table), ==,
                    dq_crosstab_get_n_zero_weight (expected));
  g_assert_cmpuint (dq_crosstab_get_n_invalid_weight (table), ==,
                    dq_crosstab_get_n_invalid_weight (expected));
  g_assert_cmpuint (dq_crosstab_get_n_missing (table), ==, dq_crosstab_get_n_missing (expected));
}

static void
test_windows (void)
{
  g_autofree char *text = make_survey (20000, 19000);
  g_autofree char *path = write_fixture ("survey.csv", text, -1);

  check_counter (path, "q", "country", "w", 4);
  check_counter (path, "q", NULL, "w", 4);
  check_counter (path, "country", "q", NULL, 4);

  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w",
                                      "--missing", "9,99")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--weight", "w", "--missing", "99")));
  g_assert_true (compare (path, ARGS ("--row", "country", "--col", "q", "--no-weight")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w",
                                      "--filter", "country in 1,2", "--filter",
                                      "q not missing")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w",
                                      "--filter", "id >= 5000", "--missing", "9")));
  g_assert_true (compare (path, ARGS ("--row", "band", "--col", "country", "--weight", "w",
                                      "--recode", "band = q: lo thru 2 'Low'; 3 thru hi 'High'")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w",
                                      "--missing", "9,\"Алматы\"")));
}

/* Files the windows cannot count, or tables that cannot be made: the
 * command falls back to the whole data, and says what it says. */
static void
test_fallbacks (void)
{
  g_autofree char *text = make_survey (12000, 9000);
  g_autofree char *path = write_fixture ("late.csv", text, -1);
  g_autofree char *zero = write_fixture ("zero.csv", "q,w\n1,0\n2,0\n1,0\n", -1);
  g_autofree char *huge = write_fixture ("huge.csv", "q,w\n1,1e200\n2,1e200\n", -1);
  g_autofree char *empty = write_fixture ("empty.csv", "q,w\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(DqCrosstabCounter) counter = dq_crosstab_counter_new ("late", NULL, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  const char *late[] = { "late", NULL };

  /* The text comes after some windows: the read stops, and says why. */
  dq_csv_reader_set_variables (reader, late);
  n_windows = 0;
  g_assert_false (dq_csv_reader_read_file_windows (reader, file, add_window, counter, NULL,
                                                   &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpuint (n_windows, >=, 2);

  /* A table of text counts over the whole data all the same. */
  g_assert_true (compare (path, ARGS ("--row", "late", "--col", "country", "--weight", "w")));
  g_assert_true (compare (path, ARGS ("--row", "country", "--col", "late")));
  g_assert_true (compare (path, ARGS ("--row", "name", "--col", "country", "--weight", "w")));
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "name", "--missing", "\"Алматы\"")));
  /* A text column the table does not read changes nothing. */
  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "w",
                                      "--filter", "late not missing")));
  /* Errors, named as the whole data names them. */
  g_assert_false (compare (path, ARGS ("--row", "q", "--col", "country", "--weight", "xw")));
  g_assert_false (compare (path, ARGS ("--row", "q", "--col", "nosuch")));
  g_assert_false (compare (path, ARGS ("--row", "id", "--col", "country")));
  g_assert_false (compare (path, ARGS ("--row", "q", "--col", "country", "--filter",
                                       "nosuch > 1")));
  g_assert_false (compare (zero, ARGS ("--row", "q", "--weight", "w")));
  g_assert_false (compare (huge, ARGS ("--row", "q", "--weight", "w")));
  g_assert_false (compare (empty, ARGS ("--row", "q", "--weight", "w")));
  g_assert_false (compare (path, ARGS ("--row", "q", "--weight", "w", "--missing",
                                       "0,1,2,3,4,5,7,9,99,2.5,1000000")));
}

/* The awkward files of the CSV reader's own tests, and others: quotes,
 * CR LF, byte-order marks, blank lines, ragged rows, decimal commas,
 * encodings. */
static const char *awkward[] = {
  "a,b,c\n1,2,3\n4,5,6\n",
  "a,b,c\r\n1,2,3\r\n4,5,6\r",
  "a,b,c\n1,2,3\r4,5,6\n",
  "\xEF\xBB\xBF" "a,b,c\n1,2,3\n",
  "a,b,c\n1,\"2\",3\n\"4\",5,6\n",
  "a,b,c\n1,\"two\nlines\",3\n4,5,6\n",
  "a,b,c\n1,,3\n,,\n4,5,\n",
  "a,b,c\n1, 2 ,3\n4,NA,.\n",
  "a,b,c\n1,2,3\n\n\n4,5,6\n\n",
  "a,b,c\n1,2,3\n4,5\n",
  "a,b,c\n1,2,3\n4,\"5,6\n",
  "a;b;c\n1,5;2;3\n4,25;5;6\n",
  "a;b;c\n1.5;2,5;3\n4;\"5,5\";6\n",
  "a\tb\tc\n1.5\t2\t3\n\"4\"\t5\t6\n",
  "a,b,c\n1,2,3\n4,yes,6\n7,8.50,9\n",
  "a,b,c\n1.,.5,-1\n+2,1e5,1E-3\n",
  "a,b,c\n0.1,0.2,0.3\n1.1102,0.5,2.0000\n",
  "a,b,c\n1,2,3\n\"1\n",
  "\xC0\xEB,b,c\n1,2,3\n2,\xE0,1\n",
  "a,a,b\n1,2,3\n",
  "1,2,3\n4,5,6\n",
  "a,b,c\n1,2,3\n4,5,6\n\"7\",8,9\r",
  "a,b,c\n1,2,-3\n4,5,inf\n1,5,1e400\n",
  "a,b,c\n1,2,\n1,2,\n",
  "",
};

static void
test_awkward (void)
{
  guint n_tables = 0;

  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      g_autofree char *name = g_strdup_printf ("awkward-%u.csv", i);
      g_autofree char *path = write_fixture (name, awkward[i], -1);
      const char *names[] = { "a", "b", "c" };

      for (guint k = 0; k < 3; k++)
        {
          n_tables += compare (path, ARGS ("--row", names[k], "--col", names[(k + 1) % 3],
                                           "--weight", names[(k + 2) % 3]));
          n_tables += compare (path, ARGS ("--row", names[k], "--missing", "3"));
        }
    }

  /* Not every case is an error. */
  g_assert_cmpuint (n_tables, >=, 20);

  /* A NUL byte, which text never holds. */
  {
    g_autofree char *path = write_fixture ("nul.csv", "a,b,c\n1,2\0,3\n", 13);

    g_assert_false (compare (path, ARGS ("--row", "a", "--col", "b")));
  }
}

/* The sample survey of the test data, with its missing code 9. */
static void
test_fixtures (void)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "data",
                                            "survey-generated.csv", NULL);

  g_assert_true (compare (path, ARGS ("--row", "q", "--col", "region", "--weight", "w")));
  g_assert_true (compare (path, ARGS ("--row", "trust", "--col", "sex", "--weight", "w",
                                      "--missing", "9")));
  g_assert_true (compare (path, ARGS ("--row", "party", "--weight", "w",
                                      "--filter", "age >= 30")));
  g_assert_true (compare (path, ARGS ("--row", "ageband", "--col", "sex", "--recode",
                                      "ageband = age: lo thru 29 'Under 30'; 30 thru hi '30+'")));
  check_counter (path, "trust", "region", "w", 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("dostyq-crosstab-counter-XXXXXX", NULL);
  g_assert_nonnull (dir);

  g_test_add_func ("/Dostyq/Crosstab/Counter/windows", test_windows);
  g_test_add_func ("/Dostyq/Crosstab/Counter/fallbacks", test_fallbacks);
  g_test_add_func ("/Dostyq/Crosstab/Counter/awkward", test_awkward);
  g_test_add_func ("/Dostyq/Crosstab/Counter/fixtures", test_fixtures);

  status = g_test_run ();
  dq_test_remove_dir (dir);
  g_free (dir);

  return status;
}
