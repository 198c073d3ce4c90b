/* test-map-strings.c
 *
 * The words the map prints, in each map language: every id and every
 * centre kind has a text in every language, taken from po/ at build time,
 * and the translations are those the map has always printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "dq-centre.h"
#include "dq-map-strings.h"

static void
assert_text (const char *text,
             const char *english)
{
  g_assert_nonnull (text);
  g_assert_cmpstr (text, !=, "");
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* A format keeps its argument in every language. */
  g_assert_cmpint (strstr (text, "%s") != NULL, ==, strstr (english, "%s") != NULL);
}

static void
test_complete (void)
{
  for (DqMapString id = 0; id < DQ_N_MAP_STRINGS; id++)
    {
      const char *english = dq_map_string (id, DQ_LANGUAGE_EN);

      for (DqLanguage language = 0; language < DQ_N_LANGUAGES; language++)
        assert_text (dq_map_string (id, language), english);
    }

  for (DqCentreKind kind = 0; kind < DQ_N_CENTRE_KINDS; kind++)
    {
      const char *nick = dq_centre_kind_to_string (kind);
      const char *english = dq_map_centre_kind_name (nick, DQ_LANGUAGE_EN);

      /* Every kind has a name of its own, not its dataset name. */
      g_assert_cmpstr (english, !=, nick);
      for (DqLanguage language = 0; language < DQ_N_LANGUAGES; language++)
        assert_text (dq_map_centre_kind_name (nick, language), english);
    }
}

static void
test_known (void)
{
  /* Entries as the map printed them before the words moved to po/. */
  g_assert_cmpstr (dq_map_string (DQ_MAP_STRING_TITLE, DQ_LANGUAGE_KK), ==,
                   "Қазақстан мен Өзбекстанның этномәдени орталықтары");
  g_assert_cmpstr (dq_map_string (DQ_MAP_STRING_CONFLICT, DQ_LANGUAGE_RU), ==, "Конфликт");
  g_assert_cmpstr (dq_map_string (DQ_MAP_STRING_LEGEND_REGIONS, DQ_LANGUAGE_EN), ==, "Regions");
  g_assert_cmpstr (dq_map_centre_kind_name ("friendship-house", DQ_LANGUAGE_KK), ==,
                   "Достық үйі");
  g_assert_cmpstr (dq_map_centre_kind_name ("association", DQ_LANGUAGE_RU), ==,
                   "Этнокультурное объединение");
  g_assert_cmpstr (dq_map_centre_kind_name ("memorial", DQ_LANGUAGE_EN), ==, "Memorial");
  /* A kind the table does not know keeps its name. */
  g_assert_cmpstr (dq_map_centre_kind_name ("mosque", DQ_LANGUAGE_RU), ==, "mosque");
}

static void
test_format (void)
{
  g_autofree char *ru = dq_map_string_format (DQ_MAP_STRING_NOT_LOCATED_COUNT, DQ_LANGUAGE_RU, "3");
  g_autofree char *kk = dq_map_string_format (DQ_MAP_STRING_TITLE, DQ_LANGUAGE_KK, "3");

  g_assert_cmpstr (ru, ==, "Не нанесены на карту (нет координат в данных): 3");
  /* A string without "%s" is returned as it is. */
  g_assert_cmpstr (kk, ==, dq_map_string (DQ_MAP_STRING_TITLE, DQ_LANGUAGE_KK));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/MapStrings/complete", test_complete);
  g_test_add_func ("/Dostyq/Render/MapStrings/known", test_known);
  g_test_add_func ("/Dostyq/Render/MapStrings/format", test_format);

  return g_test_run ();
}
