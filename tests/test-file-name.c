/* test-file-name.c
 *
 * File names made from data keep their letters, replace only what a file
 * system rejects or what changes a name's meaning, and fit in 255 bytes
 * without cutting a character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-file-name.h"

static void
test_file_name_letters (void)
{
  static const struct { const char *stem; const char *suffix; const char *name; } cases[] = {
    { "imported-возраст", ".ru.svg", "imported-возраст.ru.svg" },
    { "imported-пол", ".kk.png", "imported-пол.kk.png" },
    { "Oʻzbekiston Qozoqiston", ".pdf", "Oʻzbekiston Qozoqiston.pdf" },
    { "Q1_a (2021)", NULL, "Q1_a (2021)" },
    { "a/b", ".png", "a-b.png" },
    { "../../etc/passwd", ".png", "-.-..-etc-passwd.png" },
    { ".hidden", ".png", "-hidden.png" },
    { ".", NULL, "-" },
    { "tab\there\nand\x7f", ".svg", "tab-here-and-.svg" },
    { "gnp\u202e.exe", NULL, "gnp-.exe" },
    { "cp1251 \xe2\x28\xa1", ".svg", "cp1251 \xef\xbf\xbd(\xef\xbf\xbd.svg" },
    { "", ".png", "chart.png" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = dq_file_name_from_text (cases[i].stem, cases[i].suffix);

      /* Some stems are not UTF-8 on purpose: the log says which case by
       * its number, not by its bytes. */
      g_test_message ("case %u", i);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_true (g_utf8_validate (name, -1, NULL));
    }
}

/* A long name is cut between characters, and the suffix is kept whole. */
static void
test_file_name_length (void)
{
  g_autoptr(GString) stem = g_string_new (NULL);

  for (guint i = 0; i < 300; i++)
    g_string_append (stem, i % 3 == 0 ? "ә" : i % 3 == 1 ? "a" : "қ");

  for (guint cut = 0; cut < 4; cut++)
    {
      g_autofree char *suffix = g_strnfill (cut + 8, 'x');
      g_autofree char *name = dq_file_name_from_text (stem->str, suffix);
      gsize length = strlen (name);

      g_assert_cmpuint (length, <=, DQ_FILE_NAME_MAX_BYTES);
      g_assert_cmpuint (length, >=, DQ_FILE_NAME_MAX_BYTES - 1);
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_true (g_str_has_suffix (name, suffix));
      g_assert_cmpmem (name, length - strlen (suffix), stem->str, length - strlen (suffix));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/FileName/letters", test_file_name_letters);
  g_test_add_func ("/Dostyq/Model/FileName/length", test_file_name_length);

  return g_test_run ();
}
