/* test-chart-strings.c
 *
 * The words charts print, in each chart language: every id has a text in
 * every language, taken from po/ at build time, and the translations are
 * those the charts have always printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "dq-chart-strings.h"

static guint
count_formats (const char *text)
{
  guint n = 0;

  for (const char *p = strstr (text, "%s"); p != NULL; p = strstr (p + 2, "%s"))
    n++;

  return n;
}

static void
test_complete (void)
{
  for (DqChartString id = 0; id < DQ_N_CHART_STRINGS; id++)
    {
      const char *english = dq_chart_string (id, DQ_LANGUAGE_EN);

      g_assert_nonnull (english);
      g_assert_cmpstr (english, !=, "");

      for (DqLanguage language = DQ_LANGUAGE_RU; language < DQ_N_LANGUAGES; language++)
        {
          const char *text = dq_chart_string (id, language);

          g_assert_nonnull (text);
          g_assert_cmpstr (text, !=, "");
          g_assert_true (g_utf8_validate (text, -1, NULL));
          /* A format keeps its arguments in every language. */
          g_assert_cmpuint (count_formats (text), ==, count_formats (english));
        }
    }
}

static void
test_known (void)
{
  /* Entries as the charts print them. */
  static const struct
  {
    DqChartString id;
    const char   *texts[DQ_N_LANGUAGES];
  } known[] = {
    { DQ_CHART_STRING_SOURCE, { "Source:", "Источник:", "Дереккөз:" } },
    { DQ_CHART_STRING_PEOPLE, { "people", "чел.", "адам" } },
    { DQ_CHART_STRING_POPULATION_TITLE, { "Ethnic groups in %s, %s", "Этнические группы: %s, %s",
                                          "Этникалық топтар: %s, %s" } },
    { DQ_CHART_STRING_CI_NOTE,
      { "Whiskers: 95% confidence interval, 1.96·√(p(1−p)/n), from the stated sample size.",
        "Планки погрешностей: 95\u202F% доверительный интервал, 1,96·√(p(1−p)/n), по "
        "указанному объёму выборки.",
        "Қателік кесінділері: 95\u202F% сенім аралығы, 1,96·√(p(1−p)/n), көрсетілген "
        "іріктеме көлемі бойынша." } },
    { DQ_CHART_STRING_VALUED, { "Valued", "Ценимая", "Бағаланатын" } },
    { DQ_CHART_STRING_N_TOTAL, { "n = %s", "n = %s", "n = %s" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      for (DqLanguage language = 0; language < DQ_N_LANGUAGES; language++)
        g_assert_cmpstr (dq_chart_string (known[i].id, language), ==, known[i].texts[language]);
    }
}

static void
test_format (void)
{
  g_autofree char *ru = dq_chart_string_format (DQ_CHART_STRING_POPULATION_TITLE,
                                                DQ_LANGUAGE_RU, "Казахстан", "2021");
  g_autofree char *kk = dq_chart_string_format (DQ_CHART_STRING_N_PER_COUNTRY,
                                                DQ_LANGUAGE_KK, "1000", NULL);

  g_assert_cmpstr (ru, ==, "Этнические группы: Казахстан, 2021");
  g_assert_cmpstr (kk, ==, "әр елде n = 1000");
}

static void
test_countries (void)
{
  g_assert_cmpstr (dq_country_name ("KZ", DQ_LANGUAGE_EN), ==, "Kazakhstan");
  g_assert_cmpstr (dq_country_name ("UZ", DQ_LANGUAGE_RU), ==, "Узбекистан");
  g_assert_cmpstr (dq_country_name ("KG", DQ_LANGUAGE_KK), ==, "Қырғызстан");
  g_assert_cmpstr (dq_country_name ("TM", DQ_LANGUAGE_KK), ==, "Түрікменстан");
  /* A country the table does not know keeps its code. */
  g_assert_cmpstr (dq_country_name ("DE", DQ_LANGUAGE_RU), ==, "DE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/ChartStrings/complete", test_complete);
  g_test_add_func ("/Dostyq/Render/ChartStrings/known", test_known);
  g_test_add_func ("/Dostyq/Render/ChartStrings/format", test_format);
  g_test_add_func ("/Dostyq/Render/ChartStrings/countries", test_countries);

  return g_test_run ();
}
