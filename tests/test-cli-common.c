/* test-cli-common.c
 *
 * What every subcommand that reads a survey file shares, seen from the
 * command line: the weight an SPSS file stores, used unless --no-weight;
 * respondents left out for their weight, counted with their rows; answers
 * given as missing in text; names in any case, with the nearest suggested;
 * a guessed encoding named; messages that name the file and the problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-sav-fixture.h"
#include "dq-test-util.h"

static char *dir;

static void
assert_has (const char *text,
            const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, text);
}

static void
test_stored_weight (void)
{
  g_autofree char *path = dq_sav_fixture_write (dir, "ess.sav");
  g_auto(DqTestRun) weighted = { 0 };
  g_auto(DqTestRun) unweighted = { 0 };
  g_auto(DqTestRun) both = { 0 };

  dq_test_spawn (&weighted, dq_test_dostyq (), "crosstab", path, "--row", "answer", "--col",
                 "REGION",
                 "--missing", "\"Важко відповісти\"", NULL);
  g_assert_cmpint (weighted.status, ==, 0);
  g_assert_cmpstr (weighted.err, ==, "");
  assert_has (weighted.out, "Weighted by pspwght, the weight stored in the file");
  assert_has (weighted.out, "Source: ess.sav; 3 respondents counted, 2 left out as missing, "
                            "1 with a weight of zero, 2 left out without a valid weight "
                            "(row 5, row 6)");
  assert_has (weighted.out, "REGION = UA02 Vinnytska oblast");

  dq_test_spawn (&unweighted, dq_test_dostyq (), "crosstab", path, "--row", "answer", "--no-weight",
                 NULL);
  g_assert_cmpint (unweighted.status, ==, 0);
  assert_has (unweighted.out, "Not weighted: the weight stored in the file, pspwght, is "
                              "switched off");
  /* Only "н/в", missing in the file, is left out. */
  assert_has (unweighted.out, "7 respondents counted, 1 left out as missing");

  dq_test_spawn (&both, dq_test_dostyq (), "crosstab", path, "--row", "answer", "--no-weight",
                 "--weight", "pspwght", NULL);
  g_assert_cmpint (both.status, ==, 2);
  assert_has (both.err, "either --weight or --no-weight");
}

/* A project saved without a weight is counted unweighted, as the window
 * counts it, though its file stores one; a project's weight is its own. */
static void
test_project_weight (void)
{
  g_autofree char *path = dq_sav_fixture_write (dir, "project.sav");
  g_autofree char *escaped = g_strescape (path, NULL);
  g_autofree char *project = g_build_filename (dir, "unweighted.dostyq", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const commands[] = { "crosstab", "means", "mrset" };

  text = g_strdup_printf ("{ \"format\": \"dostyq-project\", \"version\": 1, "
                          "\"dataset\": null, \"data\": { \"path\": \"%s\" }, "
                          "\"analysis\": { \"row\": \"Answer\", "
                          "\"mrsets\": [ \"said = REGION, Answer\" ] } }", escaped);
  g_file_set_contents (project, text, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(DqTestRun) run = { 0 };

      if (g_str_equal (commands[i], "means"))
        dq_test_spawn (&run, dq_test_dostyq (), commands[i], project, "--var", "inwdate", NULL);
      else
        dq_test_spawn (&run, dq_test_dostyq (), commands[i], project, NULL);
      g_test_message ("%s: %s%s", commands[i], run.out, run.err);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_null (strstr (run.out, "pspwght"));
    }
}

static void
test_names (void)
{
  g_autofree char *path = dq_sav_fixture_write (dir, "names.sav");
  g_auto(DqTestRun) typo = { 0 };

  dq_test_spawn (&typo, dq_test_dostyq (), "crosstab", path, "--row", "answr", NULL);
  g_assert_cmpint (typo.status, ==, 2);
  assert_has (typo.err, "names.sav: there is no variable “answr”; did you mean “Answer”?");
}

static void
test_guessed_encoding (void)
{
  g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_DIST), "data", "encodings",
                                            "koi8-u.csv", NULL);
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) forced = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "ОБЛАСТЬ", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_has (run.err, "koi8-u.csv is not UTF-8; read as KOI8-U");
  assert_has (run.out, "Івано-Франківська");

  /* An encoding given is no guess. */
  dq_test_spawn (&forced, dq_test_dostyq (), "crosstab", path, "--row", "область", "--encoding",
                 "KOI8-U", NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_assert_cmpstr (forced.err, ==, "");
}

static void
test_messages (void)
{
  g_autofree char *path = dq_sav_fixture_write (dir, "encoding.sav");
  g_autofree char *absent = g_build_filename (dir, "absent.sav", NULL);
  g_auto(DqTestRun) encoding = { 0 };
  g_auto(DqTestRun) none = { 0 };

  dq_test_spawn (&encoding, dq_test_dostyq (), "crosstab", path, "--row", "answer", "--encoding",
                 "NO-SUCH", NULL);
  g_assert_cmpint (encoding.status, ==, 1);
  assert_has (encoding.err, "encoding.sav: “NO-SUCH” is not an encoding this system knows");

  dq_test_spawn (&none, dq_test_dostyq (), "crosstab", absent, "--row", "answer", NULL);
  g_assert_cmpint (none.status, ==, 1);
  assert_has (none.err, "absent.sav: ");
  g_assert_null (strstr (none.err, "ReadStat"));
}

/* A chart of the file is weighted by its stored weight too. */
static void
test_export_stored_weight (void)
{
  g_autofree char *path = dq_sav_fixture_write (dir, "chart.sav");
  g_autofree char *weighted_svg = g_build_filename (dir, "weighted.svg", NULL);
  g_autofree char *unweighted_svg = g_build_filename (dir, "unweighted.svg", NULL);
  g_autofree char *weighted = NULL;
  g_autofree char *unweighted = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) off = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", path, "--row", "answer", "-o",
                 weighted_svg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  dq_test_spawn (&off, dq_test_dostyq (), "export", "--data", path, "--row", "answer",
                 "--no-weight",
                 "-o", unweighted_svg, NULL);
  g_assert_cmpint (off.status, ==, 0);

  g_assert_true (g_file_get_contents (weighted_svg, &weighted, NULL, NULL));
  g_assert_true (g_file_get_contents (unweighted_svg, &unweighted, NULL, NULL));
  assert_has (weighted, "weighted by pspwght");
  g_assert_null (strstr (unweighted, "weighted by pspwght"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("dostyq-cli-common-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Cli/Common/stored-weight", test_stored_weight);
  g_test_add_func ("/Dostyq/Cli/Common/project-weight", test_project_weight);
  g_test_add_func ("/Dostyq/Cli/Common/names", test_names);
  g_test_add_func ("/Dostyq/Cli/Common/guessed-encoding", test_guessed_encoding);
  g_test_add_func ("/Dostyq/Cli/Common/messages", test_messages);
  g_test_add_func ("/Dostyq/Cli/Common/export-stored-weight", test_export_stored_weight);

  status = g_test_run ();
  dq_test_remove_dir (dir);
  g_free (dir);

  return status;
}
