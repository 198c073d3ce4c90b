/* test-string-table.c
 *
 * po/make-string-table.py, which makes the chart and map word tables from
 * the English words of a source and the catalogues of po/: it writes every
 * language's text, and it fails, naming the catalogue and the word, when a
 * translation is missing, empty, fuzzy or loses a "%s".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dq-test-util.h"

static const char source[] =
  "static const char * const words_en[N_WORDS] = {\n"
  "  [WORD_YES] = NC_(\"chart\", \"Yes\"),\n"
  "  [WORD_COUNT] =\n"
  "    NC_(\"chart\", \"n = %s \"\n"
  "                 \"in all\"),\n"
  "};\n";

static const char header[] =
  "msgid \"\"\n"
  "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\n";

typedef struct
{
  char *dir;
  char *source;
  char *output;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("dostyq-string-table-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->source = g_build_filename (fixture->dir, "words.c", NULL);
  fixture->output = g_build_filename (fixture->dir, "words-table.h", NULL);
  g_assert_true (g_file_set_contents (fixture->source, source, -1, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->source);
  g_free (fixture->output);
}

static char *
write_po (Fixture    *fixture,
          const char *lang,
          const char *entries)
{
  g_autofree char *name = g_strdup_printf ("%s.po", lang);
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *contents = g_strconcat (header, entries, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  return path;
}

static void
run_script (DqTestRun  *run,
            Fixture    *fixture,
            const char *ru_entries,
            const char *kk_entries)
{
  g_autofree char *script = g_build_filename (dq_test_srcdir (), "po", "make-string-table.py",
                                              NULL);
  g_autofree char *ru = write_po (fixture, "ru", ru_entries);
  g_autofree char *kk = write_po (fixture, "kk", kk_entries);

  dq_test_spawn (run, "python3", script, fixture->output, fixture->source, ru, kk, NULL);
}

static const char ru_complete[] =
  "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Да\"\n\n"
  "#, c-format\nmsgctxt \"chart\"\nmsgid \"\"\n\"n = %s \"\n\"in all\"\nmsgstr \"всего n = %s\"\n";

static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *table = NULL;

  run_script (&run, fixture, ru_complete,
              "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Иә\"\n\n"
              "msgctxt \"chart\"\nmsgid \"n = %s in all\"\nmsgstr \"барлығы n = %s\"\n");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (fixture->output, &table, NULL, NULL));
  g_assert_nonnull (strstr (table, "words[G_N_ELEMENTS (words_en)][DQ_N_LANGUAGES]"));
  g_assert_nonnull (strstr (table, "[WORD_YES] = { \"Yes\", \"Да\", \"Иә\" },"));
  g_assert_nonnull (strstr (table, "[WORD_COUNT] = { \"n = %s in all\", \"всего n = %s\", "
                                   "\"барлығы n = %s\" },"));
}

static void
assert_fails (Fixture    *fixture,
              const char *kk_entries,
              const char *reason)
{
  g_auto(DqTestRun) run = { 0 };

  run_script (&run, fixture, ru_complete, kk_entries);

  g_assert_cmpint (run.status, !=, 0);
  g_assert_false (g_file_test (fixture->output, G_FILE_TEST_EXISTS));
  /* The message names the catalogue, the word and what is wrong. */
  g_assert_nonnull (strstr (run.err, "kk.po"));
  g_assert_nonnull (strstr (run.err, "msgid \"n = %s in all\" (msgctxt \"chart\")"));
  g_assert_nonnull (strstr (run.err, reason));
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  /* The word is there, but with another context: an interface word. */
  assert_fails (fixture,
                "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Иә\"\n\n"
                "msgid \"n = %s in all\"\nmsgstr \"барлығы n = %s\"\n",
                "no translation");
}

static void
test_fuzzy (Fixture       *fixture,
            gconstpointer  data)
{
  assert_fails (fixture,
                "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Иә\"\n\n"
                "#, fuzzy, c-format\n"
                "msgctxt \"chart\"\nmsgid \"n = %s in all\"\nmsgstr \"барлығы n = %s\"\n",
                "fuzzy");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  assert_fails (fixture,
                "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Иә\"\n\n"
                "msgctxt \"chart\"\nmsgid \"n = %s in all\"\nmsgstr \"\"\n",
                "not translated");
}

static void
test_lost_format (Fixture       *fixture,
                  gconstpointer  data)
{
  assert_fails (fixture,
                "msgctxt \"chart\"\nmsgid \"Yes\"\nmsgstr \"Иә\"\n\n"
                "msgctxt \"chart\"\nmsgid \"n = %s in all\"\nmsgstr \"барлығы\"\n",
                "%s");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/Dostyq/Po/StringTable/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("complete", test_complete);
  ADD ("missing", test_missing);
  ADD ("fuzzy", test_fuzzy);
  ADD ("empty", test_empty);
  ADD ("lost-format", test_lost_format);
#undef ADD

  return g_test_run ();
}
