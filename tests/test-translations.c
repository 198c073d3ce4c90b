/* test-translations.c
 *
 * Every user-visible string is translated into each language of
 * po/LINGUAS, with no fuzzy or missing entry. The strings are extracted
 * afresh from the sources, so a string added without its translations fails
 * here even before the .pot file is regenerated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "dq-test-util.h"

static char *pot_path;

static void
extract_strings (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *potfiles = g_build_filename (dq_test_srcdir (), "po", "POTFILES.in", NULL);
  g_autofree char *tmpdir = g_dir_make_tmp ("dostyq-pot-XXXXXX", NULL);

  g_assert_nonnull (tmpdir);
  pot_path = g_build_filename (tmpdir, "dostyq.pot", NULL);

  /* The keywords are those of meson's "glib" gettext preset. */
  dq_test_spawn (&run,
                 "xgettext",
                 "--from-code=UTF-8",
                 "--add-comments",
                 "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                 "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
                 "--keyword=g_dpgettext2:2c,3",
                 "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
                 "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
                 "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
                 "--flag=g_string_append_printf:2:c-format", "--flag=g_error_new:3:c-format",
                 "--flag=g_set_error:4:c-format", "--flag=g_printerr:1:c-format",
                 "-D", dq_test_srcdir (),
                 "-f", potfiles,
                 "-o", pot_path,
                 NULL);
  if (run.status != 0)
    g_error ("xgettext failed: %s", run.err);
  g_assert_true (g_file_test (pot_path, G_FILE_TEST_EXISTS));
}

static void
test_translation_complete (gconstpointer data)
{
  const char *lang = data;
  g_auto(DqTestRun) check = { 0 };
  g_auto(DqTestRun) compare = { 0 };
  g_autofree char *po = g_strdup_printf ("%s/po/%s.po", dq_test_srcdir (), lang);

  dq_test_spawn (&check, "msgfmt", "--check", "--statistics", "-o", "/dev/null", po, NULL);
  g_assert_cmpint (check.status, ==, 0);
  if (strstr (check.err, "fuzzy") != NULL || strstr (check.err, "untranslated") != NULL)
    g_error ("%s.po is incomplete: %s", lang, check.err);

  /* msgcmp fails for every string of the sources that the catalogue lacks
   * or has only untranslated or fuzzy. */
  dq_test_spawn (&compare, "msgcmp", po, pot_path, NULL);
  if (compare.status != 0)
    g_error ("%s.po lacks strings of the sources:\n%s", lang, compare.err);
}

static void
test_potfiles_sorted (void)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "po", "POTFILES.in", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  const char *previous = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *file = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      file = g_build_filename (dq_test_srcdir (), lines[i], NULL);
      if (!g_file_test (file, G_FILE_TEST_EXISTS))
        g_error ("POTFILES.in lists %s, which does not exist", lines[i]);
      if (previous != NULL && g_strcmp0 (previous, lines[i]) >= 0)
        g_error ("POTFILES.in is not sorted: %s before %s", previous, lines[i]);
      previous = lines[i];
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *linguas_path = NULL;
  g_autofree char *linguas = NULL;
  g_auto(GStrv) langs = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  linguas_path = g_build_filename (dq_test_srcdir (), "po", "LINGUAS", NULL);
  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  langs = g_strsplit (g_strstrip (linguas), "\n", -1);
  g_assert_true (g_strv_contains ((const char * const *) langs, "kk"));
  g_assert_true (g_strv_contains ((const char * const *) langs, "ru"));

  extract_strings ();

  g_test_add_func ("/Dostyq/Po/Potfiles/sorted", test_potfiles_sorted);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/Dostyq/Po/Translation/%s", langs[i]);

      g_test_add_data_func (path, langs[i], test_translation_complete);
    }

  status = g_test_run ();

  g_remove (pot_path);
  g_clear_pointer (&pot_path, g_free);

  return status;
}
