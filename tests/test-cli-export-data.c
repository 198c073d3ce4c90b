/* test-cli-export-data.c
 *
 * The command line's cases: `dostyq crosstab --filter --recode` counts the
 * respondents it should and says so, and `dostyq export-data` writes a
 * filtered, recoded file that gives the same table back, or refuses with a
 * clear message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-test-util.h"

static char *dir;

/* Ten respondents: country 1 has q = 1, 1, 2, 9 with ages 20, 35, 50, 61;
 * country 2 has q = 2, 2, 1, 1, 2, 1 with ages 19 to 70. */
static const char survey[] =
  "id,country,q,age,w\r\n"
  "1,1,1,20,1\r\n"
  "2,1,1,35,3\r\n"
  "3,1,2,50,2\r\n"
  "4,1,9,61,1\r\n"
  "5,2,2,19,1\r\n"
  "6,2,2,28,1\r\n"
  "7,2,1,33,1\r\n"
  "8,2,1,47,1\r\n"
  "9,2,2,58,1\r\n"
  "10,2,1,70,1\r\n";

static char *
path_of (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* The weighted count of a cell in `crosstab --format csv`, for the row
 * value and column value given. */
static double
csv_cell (const char *csv,
          const char *row_value,
          const char *column_value)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      if (g_strv_length (fields) > 4 && g_str_equal (fields[0], row_value) &&
          g_str_equal (fields[2], column_value))
        return g_ascii_strtod (fields[4], NULL);
    }

  g_assert_not_reached ();
}

static void
test_filter (void)
{
  g_autofree char *csv = path_of ("survey.csv");
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) text = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--col", "country",
                 "--weight", "w",
                 "--missing", "9", "--filter", "age >= 30", "--filter", "age < 60",
                 "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Country 1: rows 2 (q 1, w 3) and 3 (q 2, w 2); country 2: rows 7, 8
   * (q 1) and 9 (q 2). */
  g_assert_cmpfloat (csv_cell (run.out, "1", "1"), ==, 3);
  g_assert_cmpfloat (csv_cell (run.out, "2", "1"), ==, 2);
  g_assert_cmpfloat (csv_cell (run.out, "1", "2"), ==, 2);
  g_assert_cmpfloat (csv_cell (run.out, "2", "2"), ==, 1);

  /* The text table says which respondents it counts, and the filtered out
   * are not "left out as missing". */
  dq_test_spawn (&text, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--filter", "age >= 30",
                 "--missing", "9", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "age >= 30"));
  g_assert_nonnull (strstr (text.out, "6 respondents counted, 1 left out as missing"));
}

static void
test_recode (void)
{
  g_autofree char *csv = path_of ("survey.csv");
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--col", "band",
                 "--missing", "9",
                 "--recode", "band = age: lo thru 39 'young'; 40 thru hi 'older'",
                 "--filter", "band = older", "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "older"));
  g_assert_null (strstr (run.out, "young"));
  /* Older: q 2 (50), 9 (61, missing), 1 (47), 2 (58), 1 (70). */
  g_assert_cmpfloat (csv_cell (run.out, "1", "2"), ==, 2);
  g_assert_cmpfloat (csv_cell (run.out, "2", "2"), ==, 2);
}

static void
test_errors (void)
{
  g_autofree char *csv = path_of ("survey.csv");
  g_autofree char *out = path_of ("out.xlsx");
  g_auto(DqTestRun) syntax = { 0 };
  g_auto(DqTestRun) unknown = { 0 };
  g_auto(DqTestRun) recode = { 0 };
  g_auto(DqTestRun) format = { 0 };
  g_auto(DqTestRun) nobody = { 0 };

  dq_test_spawn (&syntax, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--filter", "age",
                 NULL);
  g_assert_cmpint (syntax.status, ==, 2);
  g_assert_nonnull (strstr (syntax.err, "“age”"));

  dq_test_spawn (&unknown, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--filter", "agee > 1",
                 NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "agee"));

  dq_test_spawn (&recode, dq_test_dostyq (), "crosstab", csv, "--row", "b", "--recode", "b age 1",
                 NULL);
  g_assert_cmpint (recode.status, ==, 2);
  g_assert_nonnull (strstr (recode.err, "b age 1"));

  dq_test_spawn (&format, dq_test_dostyq (), "export-data", csv, "-o", out, NULL);
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, ".sav"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  dq_test_spawn (&nobody, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--filter", "age > 100",
                 NULL);
  g_assert_cmpint (nobody.status, ==, 1);
  g_assert_nonnull (strstr (nobody.err, "no respondent"));

  /* A project that cannot be read is bad input, named, and nothing is
   * written. */
  {
    g_autofree char *project = path_of ("broken.dostyq");
    g_autofree char *written = path_of ("from-broken.csv");
    g_auto(DqTestRun) broken = { 0 };

    g_assert_true (g_file_set_contents (project, "{ \"format\": \"dostyq-project\", \"version\": 1,"
                                        " \"data\": { \"path\": \"no-such-file.csv\" } }",
                                        -1, NULL));
    dq_test_spawn (&broken, dq_test_dostyq (), "export-data", project, "-o", written, NULL);
    g_assert_cmpint (broken.status, ==, 1);
    g_assert_nonnull (strstr (broken.err, "broken.dostyq"));
    g_assert_false (g_file_test (written, G_FILE_TEST_EXISTS));
  }
}

/* Written, read back, the same table: for each format. */
static void
test_round_trip (gconstpointer user_data)
{
  const char *name = user_data;
  g_autofree char *csv = path_of ("survey.csv");
  g_autofree char *out = path_of (name);
  g_auto(DqTestRun) write = { 0 };
  g_auto(DqTestRun) direct = { 0 };
  g_auto(DqTestRun) again = { 0 };
  const char *recode = "band = age: lo thru 39 'young'; 40 thru hi 'older'";

  dq_test_spawn (&write, dq_test_dostyq (), "export-data", csv, "-o", out, "--recode", recode,
                 "--filter",
                 "country = 1", NULL);
  g_assert_cmpint (write.status, ==, 0);
  g_assert_nonnull (strstr (write.err, "4 respondents, 6 variables"));

  dq_test_spawn (&direct, dq_test_dostyq (), "crosstab", csv, "--row", "q", "--col", "band",
                 "--weight", "w",
                 "--recode", recode, "--filter", "country = 1", "--format", "csv", NULL);
  dq_test_spawn (&again, dq_test_dostyq (), "crosstab", out, "--row", "q", "--col", "band",
                 "--weight", "w",
                 "--format", "csv", NULL);
  g_assert_cmpint (direct.status, ==, 0);
  g_assert_cmpint (again.status, ==, 0);
  if (g_str_has_suffix (name, ".csv"))
    {
      /* CSV keeps no labels: the values agree. */
      g_assert_cmpfloat (csv_cell (again.out, "1", "1"), ==, csv_cell (direct.out, "1", "1"));
      g_assert_cmpfloat (csv_cell (again.out, "2", "2"), ==, csv_cell (direct.out, "2", "2"));
    }
  else
    {
      g_assert_cmpstr (again.out, ==, direct.out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("dostyq-cli-export-data-XXXXXX", &error);
  g_assert_no_error (error);
  csv = path_of ("survey.csv");
  g_file_set_contents (csv, survey, -1, &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Cli/ExportData/filter", test_filter);
  g_test_add_func ("/Dostyq/Cli/ExportData/recode", test_recode);
  g_test_add_func ("/Dostyq/Cli/ExportData/errors", test_errors);
  g_test_add_data_func ("/Dostyq/Cli/ExportData/round-trip-sav", "out.sav", test_round_trip);
  g_test_add_data_func ("/Dostyq/Cli/ExportData/round-trip-dta", "out.dta", test_round_trip);
  g_test_add_data_func ("/Dostyq/Cli/ExportData/round-trip-csv", "out.csv", test_round_trip);

  status = g_test_run ();
  dq_test_remove_dir (dir);

  return status;
}
