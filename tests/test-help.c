/* test-help.c
 *
 * The user manual (resources/help): every page is reachable from the index,
 * every figure a page shows exists in each language, the pages are valid
 * Mallard in English and once translated into Kazakh and Russian, and each
 * translation holds every message of the pages, none of them fuzzy.
 *
 * The tools (itstool, msgfmt, msgcmp, yelp-check) are those the build and
 * the test command install; a test whose tool is missing skips and says
 * which.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dq-test-util.h"

static const char * const languages[] = { "kk", "ru" };

static char *
help_dir (void)
{
  return g_build_filename (dq_test_srcdir (), "resources", "help", NULL);
}

/* The English pages, as full paths, sorted. */
static GPtrArray *
list_pages (void)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *help = help_dir ();
  const char *name;

  dir_path = g_build_filename (help, "C", NULL);
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".page"))
        g_ptr_array_add (pages, g_build_filename (dir_path, name, NULL));
    }
  g_ptr_array_sort (pages, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (pages->len, >=, 8);

  return g_steal_pointer (&pages);
}

static char *
read_page (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static gboolean
have_tool (const char *tool)
{
  g_autofree char *path = g_find_program_in_path (tool);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", tool);

      g_test_skip (message);
      return FALSE;
    }

  return TRUE;
}

/* Runs @argv, and fails the test with its output unless it succeeds. */
static void
run_ok (const char **argv)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn_v (&run, argv);
  if (run.status != 0)
    g_error ("%s failed (%d):\n%s%s", argv[0], run.status, run.out, run.err);
}

static void
test_pages_reachable (void)
{
  g_autoptr(GPtrArray) pages = list_pages ();

  for (guint i = 0; i < pages->len; i++)
    {
      const char *path = g_ptr_array_index (pages, i);
      g_autofree char *text = read_page (path);
      g_autofree char *base = g_path_get_basename (path);

      if (g_str_equal (base, "index.page"))
        continue;
      if (strstr (text, "<link type=\"guide\" xref=\"index") == NULL)
        g_error ("%s: not linked from the index (no <link type=\"guide\" xref=\"index…\"/>)", base);
    }
}

static void
test_figures_exist (void)
{
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autofree char *help = help_dir ();
  g_autoptr(GRegex) src = g_regex_new ("src=\"(figures/[^\"]+)\"", 0, 0, NULL);
  guint n_figures = 0;

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *text = read_page (g_ptr_array_index (pages, i));
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (src, text, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *figure = g_match_info_fetch (match, 1);
          g_autofree char *english = g_build_filename (help, "C", figure, NULL);

          g_assert_true (g_file_test (english, G_FILE_TEST_IS_REGULAR));
          n_figures++;

          /* Screenshots are made in each language (make-screenshots.sh):
           * a Kazakh page must not show the English window. */
          if (!g_str_has_suffix (figure, ".png"))
            continue;
          for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
            {
              g_autofree char *local = g_build_filename (help, languages[l], figure, NULL);

              if (!g_file_test (local, G_FILE_TEST_IS_REGULAR))
                g_error ("%s: no %s screenshot: run resources/help/make-screenshots.sh", figure, languages[l]);
            }
        }
    }
  g_assert_cmpuint (n_figures, >=, 4);
}

static void
validate_dir_pages (const char *dir)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  g_ptr_array_add (argv, g_strdup ("yelp-check"));
  g_ptr_array_add (argv, g_strdup ("validate"));
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_has_suffix (name, ".page"))
        g_ptr_array_add (argv, g_build_filename (dir, name, NULL));
    }
  g_ptr_array_add (argv, NULL);

  run_ok ((const char **) argv->pdata);
}

static void
test_english_valid (void)
{
  g_autofree char *help = help_dir ();
  g_autofree char *english = g_build_filename (help, "C", NULL);

  if (!have_tool ("yelp-check"))
    return;

  validate_dir_pages (english);
}

/* Writes the template of the English pages into @tmp. */
static char *
make_template (const char *tmp)
{
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *pot = g_build_filename (tmp, "help.pot", NULL);

  g_ptr_array_add (argv, (char *) "itstool");
  g_ptr_array_add (argv, (char *) "-o");
  g_ptr_array_add (argv, pot);
  for (guint i = 0; i < pages->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (pages, i));
  g_ptr_array_add (argv, NULL);
  run_ok ((const char **) argv->pdata);

  return pot;
}

static void
test_translation (gconstpointer data)
{
  const char *language = data;
  g_autofree char *help = help_dir ();
  g_autofree char *po_name = g_strconcat (language, ".po", NULL);
  g_autofree char *po = g_build_filename (help, language, po_name, NULL);
  g_autofree char *tmp = NULL;
  g_autofree char *pot = NULL;
  g_autofree char *mo = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *out_arg = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(DqTestRun) stats = { 0 };

  if (!have_tool ("itstool") || !have_tool ("msgcmp") || !have_tool ("yelp-check"))
    return;

  tmp = g_dir_make_tmp ("dostyq-help-XXXXXX", &error);
  g_assert_no_error (error);

  /* Every message of today's pages is in the translation, translated
   * (msgcmp counts an untranslated message as missing) … */
  pot = make_template (tmp);
  run_ok ((const char *[]) { "msgcmp", po, pot, NULL });

  /* … none is fuzzy, and the format is right. */
  mo = g_build_filename (tmp, "help.mo", NULL);
  dq_test_spawn (&stats, "msgfmt", "--check", "--statistics", "-o", mo, po, NULL);
  g_assert_cmpint (stats.status, ==, 0);
  g_assert_null (strstr (stats.err, "fuzzy"));
  g_assert_null (strstr (stats.err, "untranslated"));

  /* The translated pages are valid Mallard too. */
  out_dir = g_build_filename (tmp, language, NULL);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  out_arg = g_strconcat (out_dir, "/", NULL);
  pages = list_pages ();
  g_ptr_array_add (argv, (char *) "itstool");
  g_ptr_array_add (argv, (char *) "-m");
  g_ptr_array_add (argv, mo);
  g_ptr_array_add (argv, (char *) "-o");
  g_ptr_array_add (argv, out_arg);
  for (guint i = 0; i < pages->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (pages, i));
  g_ptr_array_add (argv, NULL);
  run_ok ((const char **) argv->pdata);
  validate_dir_pages (out_dir);

  dq_test_remove_dir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Help/Pages/reachable", test_pages_reachable);
  g_test_add_func ("/Dostyq/Help/Pages/figures", test_figures_exist);
  g_test_add_func ("/Dostyq/Help/Pages/valid", test_english_valid);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Dostyq/Help/Translation/%s", languages[i]);

      g_test_add_data_func (path, languages[i], test_translation);
    }

  return g_test_run ();
}
