/* test-file-kind.c
 *
 * What opening a file does with it: a project, a dataset or a survey file
 * to import, told by the name's suffix in any case, else by the content
 * type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dq-file-kind.h"
#include "dq-test-util.h"

static void
test_file_kind_names (void)
{
  static const struct
  {
    const char *name;
    DqFileKind  kind;
  } cases[] = {
    { "study.dostyq", DQ_FILE_KIND_PROJECT },
    { "/home/a/Study 2024.DOSTYQ", DQ_FILE_KIND_PROJECT },
    { "dataset.json", DQ_FILE_KIND_DATASET },
    { "wave1.sav", DQ_FILE_KIND_SURVEY },
    { "WAVE1.SAV", DQ_FILE_KIND_SURVEY },
    { "wave1.zsav", DQ_FILE_KIND_SURVEY },
    { "wave1.por", DQ_FILE_KIND_SURVEY },
    { "wave1.dta", DQ_FILE_KIND_SURVEY },
    { "wave1.csv", DQ_FILE_KIND_SURVEY },
    { "wave1.tsv", DQ_FILE_KIND_SURVEY },
    { "wave1.txt", DQ_FILE_KIND_SURVEY },
    { "chart.png", DQ_FILE_KIND_UNKNOWN },
    { "wave1.sav.bak", DQ_FILE_KIND_UNKNOWN },
    { "savdostyq", DQ_FILE_KIND_UNKNOWN },
    { "export", DQ_FILE_KIND_UNKNOWN },
    { ".json", DQ_FILE_KIND_UNKNOWN },
    { "/tmp/.dostyq", DQ_FILE_KIND_UNKNOWN },
    { "", DQ_FILE_KIND_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (dq_file_kind_for_name (cases[i].name), ==, cases[i].kind);
    }
}

static void
test_file_kind_content_types (void)
{
  g_assert_cmpint (dq_file_kind_for_content_type ("application/x-dostyq"), ==,
                   DQ_FILE_KIND_PROJECT);
  g_assert_cmpint (dq_file_kind_for_content_type ("application/x-spss-sav"), ==,
                   DQ_FILE_KIND_SURVEY);
  g_assert_cmpint (dq_file_kind_for_content_type ("text/csv"), ==, DQ_FILE_KIND_SURVEY);
  g_assert_cmpint (dq_file_kind_for_content_type ("application/json"), ==, DQ_FILE_KIND_DATASET);
  g_assert_cmpint (dq_file_kind_for_content_type ("image/png"), ==, DQ_FILE_KIND_UNKNOWN);
  g_assert_cmpint (dq_file_kind_for_content_type ("text/plain"), ==, DQ_FILE_KIND_UNKNOWN);
}

/* A survey file saved without its suffix is known by its content: the
 * bytes of an SPSS file, which shared-mime-info knows by its magic. */
static void
test_file_kind_sniffed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-kind-XXXXXX", &error);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "sample.sav", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *guessed = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (sample, &contents, &length, &error);
  g_assert_no_error (error);

  path = g_build_filename (dir, "respondents", NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  /* The file's suffix wins over its content. */
  g_assert_cmpint (dq_file_kind_for_name (path), ==, DQ_FILE_KIND_UNKNOWN);

  guessed = g_content_type_guess (NULL, (const guchar *) contents, length, NULL);
  if (!g_content_type_is_a (guessed, "application/x-spss-sav"))
    {
      g_test_skip ("shared-mime-info does not know SPSS files on this machine");
    }
  else
    g_assert_cmpint (dq_file_kind_for_file (file), ==, DQ_FILE_KIND_SURVEY);

  /* A name with a suffix is not opened to be read. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_object (&file);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "missing.dostyq", NULL);
  file = g_file_new_for_path (path);
  g_assert_cmpint (dq_file_kind_for_file (file), ==, DQ_FILE_KIND_PROJECT);

  /* Nor is a file that is not there guessed at. */
  g_clear_object (&file);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "missing", NULL);
  file = g_file_new_for_path (path);
  g_assert_cmpint (dq_file_kind_for_file (file), ==, DQ_FILE_KIND_UNKNOWN);

  dq_test_remove_dir (dir);
}

static void
test_file_kind_preconditions (void)
{
  if (g_test_undefined ())
    {
      g_test_expect_message ("dostyq", G_LOG_LEVEL_CRITICAL, "*name != NULL*");
      g_assert_cmpint (dq_file_kind_for_name (NULL), ==, DQ_FILE_KIND_UNKNOWN);
      g_test_assert_expected_messages ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/FileKind/names", test_file_kind_names);
  g_test_add_func ("/Dostyq/Model/FileKind/content-types", test_file_kind_content_types);
  g_test_add_func ("/Dostyq/Model/FileKind/sniffed", test_file_kind_sniffed);
  g_test_add_func ("/Dostyq/Model/FileKind/preconditions", test_file_kind_preconditions);

  return g_test_run ();
}
