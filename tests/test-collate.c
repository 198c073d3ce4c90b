/* test-collate.c
 *
 * Text categories in the order of the language shown: Ukrainian І after
 * И, Kazakh І after Ы and Қ after К, letters whatever their case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-collate.h"
#include "dq-crosstab.h"
#include "dq-text.h"

static int
compare (const char *a,
         const char *b,
         DqLanguage  language)
{
  g_autofree char *key_a = dq_collate_key (a, language);
  g_autofree char *key_b = dq_collate_key (b, language);

  return strcmp (key_a, key_b);
}

static void
assert_order (const char * const *words,
              DqLanguage          language)
{
  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      if (compare (words[i], words[i + 1], language) >= 0)
        g_error ("“%s” does not come before “%s”", words[i], words[i + 1]);
    }
}

static void
test_ukrainian (void)
{
  /* By bytes, І (U+0406) and Є (U+0404) would come before А. */
  const char *regions[] = {
    "Вінницька", "Житомирська", "Запорізька", "Івано-Франківська", "Київська", "Черкаська",
    NULL,
  };
  const char *letters[] = { "гарбуз", "ґанок", "дім", "ера", "єдність", "жито", "индик", "ірис",
                            "їжак", "йод", NULL };

  assert_order (regions, DQ_LANGUAGE_EN);
  assert_order (regions, DQ_LANGUAGE_RU);
  assert_order (letters, DQ_LANGUAGE_RU);
}

static void
test_kazakh (void)
{
  /* Kazakh: А Ә Б … К Қ … Н Ң О Ө … У Ұ Ү … Ы І Ь … */
  const char *regions[] = {
    "Ақмола", "Әлихан", "Жамбыл", "Қарағанды", "Қостанай", "Маңғыстау", "Павлодар", "Ұлытау",
    "Үржар", "Шығыс Қазақстан", "Ыбырай", "Іле", NULL,
  };

  assert_order (regions, DQ_LANGUAGE_KK);
  /* Ukrainian puts І after И, Kazakh after Ы. */
  g_assert_cmpint (compare ("Іле", "Ыбырай", DQ_LANGUAGE_KK), >, 0);
  g_assert_cmpint (compare ("Іле", "Ыбырай", DQ_LANGUAGE_RU), <, 0);
}

static void
test_case_and_ties (void)
{
  /* Case does not decide the order, but the order is total. */
  g_assert_cmpint (compare ("алматы", "Астана", DQ_LANGUAGE_RU), <, 0);
  g_assert_cmpint (compare ("Алматы", "алматы", DQ_LANGUAGE_RU), !=, 0);
  g_assert_cmpint (compare ("Алматы", "Алматы", DQ_LANGUAGE_RU), ==, 0);
  g_assert_cmpint (compare ("Ар", "Арал", DQ_LANGUAGE_KK), <, 0);
  /* Latin before Cyrillic, small and capital letters alike. */
  g_assert_cmpint (compare ("b", "A", DQ_LANGUAGE_EN), >, 0);
  g_assert_cmpint (compare ("Zhetisu", "Алматы", DQ_LANGUAGE_EN), <, 0);
}

/* A crosstab's text categories come in that order. */
static void
test_crosstab_order (void)
{
  const char *categories[] = { "Київська", "Івано-Франківська", "Вінницька", NULL };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("ukraine.csv");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  guint32 *codes = g_new (guint32, 3);

  for (guint i = 0; i < 3; i++)
    codes[i] = i;
  dq_survey_data_add_string (data, "oblast", codes, 3, g_strdupv ((char **) categories));

  dq_language_set_default (DQ_LANGUAGE_EN);
  table = dq_crosstab_new (data, "oblast", NULL, NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 0), ==, "Вінницька");
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 1), ==, "Івано-Франківська");
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 2), ==, "Київська");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Collate/ukrainian", test_ukrainian);
  g_test_add_func ("/Dostyq/Model/Collate/kazakh", test_kazakh);
  g_test_add_func ("/Dostyq/Model/Collate/case-and-ties", test_case_and_ties);
  g_test_add_func ("/Dostyq/Model/Collate/crosstab-order", test_crosstab_order);

  return g_test_run ();
}
