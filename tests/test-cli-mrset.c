/* test-cli-mrset.c
 *
 * `dostyq mrset`: the table of a set given with --mrset, as CSV, agrees
 * with the model's (checked against R in test-mrset.c); a project's sets;
 * and the errors of the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-test-util.h"

static char *
fixture (void)
{
  return g_build_filename (dq_test_srcdir (), "tests", "data", "mrset", "mrset.csv", NULL);
}

static void
test_csv (void)
{
  g_autofree char *csv = fixture ();
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "mrset", csv,
                 "--mrset", "langs = speaks_kk, speaks_ru, speaks_uz: 1",
                 "--weight", "w", "--missing", "9", "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* As tests/data/mrset/reference.csv, to four decimals. */
  g_assert_nonnull (strstr (run.out, "langs,speaks_kk,,8.9500,6,66.2963,36.9359,95.6567,40.7745,"
                                     "22.6099,58.9390\r\n"));
  g_assert_nonnull (strstr (run.out, "langs,speaks_uz,,4.0000,3,29.6296,0.0000,60.8218,18.2232,"
                                     "1.7022,34.7442\r\n"));
}

static void
test_project (void)
{
  g_autofree char *csv = fixture ();
  g_autofree char *dir = g_dir_make_tmp ("dostyq-cli-mrset-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "work.dostyq", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path_json = g_strescape (csv, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(DqTestRun) run = { 0 };

  text = g_strdup_printf ("{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, "
                          "\"data\": { \"path\": \"%s\" }, "
                          "\"analysis\": { \"weight\": \"w\", "
                          "\"filters\": [ \"id <= 11\" ], "
                          "\"mrsets\": [ \"first = lang1, lang2\" ] } }", path_json);
  g_file_set_contents (project, text, -1, &error);
  g_assert_no_error (error);

  dq_test_spawn (&run, dq_test_dostyq (), "mrset", project, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "id <= 11"));
  g_assert_nonnull (strstr (run.out, "first = lang1, lang2"));
  g_assert_nonnull (strstr (run.out, "10 respondents with a response, 1 without"));

  dq_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *csv = fixture ();
  g_auto(DqTestRun) none = { 0 };
  g_auto(DqTestRun) syntax = { 0 };
  g_auto(DqTestRun) unknown = { 0 };

  dq_test_spawn (&none, dq_test_dostyq (), "mrset", csv, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "--mrset"));

  dq_test_spawn (&syntax, dq_test_dostyq (), "mrset", csv, "--mrset", "langs speaks_kk", NULL);
  g_assert_cmpint (syntax.status, ==, 2);
  g_assert_nonnull (strstr (syntax.err, "langs speaks_kk"));

  dq_test_spawn (&unknown, dq_test_dostyq (), "mrset", csv, "--mrset",
                 "s = speaks_kk, speaks_de: 1", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "speaks_de"));
}

/* The options every survey command shares: --no-weight counts each
 * respondent once, and cannot go with --weight; a quoted answer is a
 * missing code as in crosstab. */
static void
test_shared_options (void)
{
  g_autofree char *csv = fixture ();
  g_auto(DqTestRun) unweighted = { 0 };
  g_auto(DqTestRun) both = { 0 };
  g_auto(DqTestRun) quoted = { 0 };

  dq_test_spawn (&unweighted, dq_test_dostyq (), "mrset", csv,
                 "--mrset", "langs = speaks_kk, speaks_ru, speaks_uz: 1",
                 "--no-weight", "--missing", "9", "--format", "csv", NULL);
  g_assert_cmpint (unweighted.status, ==, 0);
  /* Six respondents speak Kazakh: counted once each, 6 of them. */
  g_assert_nonnull (strstr (unweighted.out, "langs,speaks_kk,,6.0000,6,"));

  dq_test_spawn (&both, dq_test_dostyq (), "mrset", csv, "--mrset",
                 "langs = speaks_kk, speaks_ru: 1",
                 "--weight", "w", "--no-weight", NULL);
  g_assert_cmpint (both.status, ==, 2);
  g_assert_nonnull (strstr (both.err, "--no-weight"));

  dq_test_spawn (&quoted, dq_test_dostyq (), "mrset", csv, "--mrset",
                 "langs = speaks_kk, speaks_ru: 1",
                 "--missing", "9,\"Don’t know\"", "--format", "csv", NULL);
  g_assert_cmpint (quoted.status, ==, 0);
  g_assert_nonnull (strstr (quoted.out, "langs,speaks_kk,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Cli/Mrset/csv", test_csv);
  g_test_add_func ("/Dostyq/Cli/Mrset/project", test_project);
  g_test_add_func ("/Dostyq/Cli/Mrset/errors", test_errors);
  g_test_add_func ("/Dostyq/Cli/Mrset/shared-options", test_shared_options);

  return g_test_run ();
}
