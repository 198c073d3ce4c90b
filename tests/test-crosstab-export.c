/* test-crosstab-export.c
 *
 * A crosstab written out as the window shows it: tab-separated text for a
 * spreadsheet, CSV and HTML, with column, row or total percentages and the
 * tests under the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "dq-crosstab-export.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

/* Eight respondents in two countries; a label with characters that HTML
 * and CSV must escape. */
static DqCrosstab *
tiny_table (gboolean weighted)
{
  static const double q[] = { 1, 1, 2, 2, 1, 1, 2, 2 };
  static const double country[] = { 1, 1, 1, 2, 2, 2, 2, 1 };
  static const double w[] = { 1, 2, 1, 0.5, 1, 1.5, 2, 1 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("tiny.csv");
  g_autoptr(GError) error = NULL;
  DqCrosstab *table;
  guint variable;

  variable = dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), G_N_ELEMENTS (q));
  dq_survey_data_add_value_label (data, variable, 1, "yes, <always> & \"often\"");
  dq_survey_data_add_value_label (data, variable, 2, "no");
  variable = dq_survey_data_add_numeric (data, "country", g_memdup2 (country, sizeof country),
                                         G_N_ELEMENTS (country));
  dq_survey_data_add_value_label (data, variable, 1, "Kazakhstan");
  dq_survey_data_add_value_label (data, variable, 2, "Uzbekistan");
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), G_N_ELEMENTS (w));

  table = dq_crosstab_new (data, "q", "country", weighted ? "w" : NULL, NULL, 0, &error);
  g_assert_no_error (error);

  return table;
}

static GPtrArray *
split_lines (const char *text,
             const char *separator)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (rows, g_strsplit (g_strchomp (lines[i]), separator, -1));

  return rows;
}

static void
test_percent (void)
{
  g_autoptr(DqCrosstab) table = tiny_table (TRUE);
  DqCrosstabPercent percent;

  /* Kazakhstan: q = 1 weighs 1 + 2 of 5; all: q = 1 weighs 5.5 of 10. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_percent (table, DQ_CROSSTAB_PERCENT_COLUMN,
                                                           0, 0), 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_percent (table, DQ_CROSSTAB_PERCENT_ROW, 0, 0),
                                  300.0 / 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_percent (table, DQ_CROSSTAB_PERCENT_TOTAL, 0,
                                                           0), 30.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_percent (table, DQ_CROSSTAB_PERCENT_TOTAL, 2,
                                                           2), 100.0, 1e-9);

  g_assert_true (dq_crosstab_percent_from_nick ("row", &percent));
  g_assert_cmpint (percent, ==, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpstr (dq_crosstab_percent_to_nick (DQ_CROSSTAB_PERCENT_TOTAL), ==, "total");
  g_assert_false (dq_crosstab_percent_from_nick ("cell", &percent));
}

static void
test_tsv (void)
{
  g_autoptr(DqCrosstab) table = tiny_table (TRUE);
  g_autofree char *en = dq_crosstab_to_tsv (table, DQ_CROSSTAB_PERCENT_TOTAL, DQ_LANGUAGE_EN);
  g_autofree char *ru = dq_crosstab_to_tsv (table, DQ_CROSSTAB_PERCENT_TOTAL, DQ_LANGUAGE_RU);
  g_autoptr(GPtrArray) rows = split_lines (en, "\t");
  g_autoptr(GPtrArray) ru_rows = split_lines (ru, "\t");
  char **heading = g_ptr_array_index (rows, 1);
  char **first = g_ptr_array_index (rows, 2);

  /* A caption, then the heading: the row variable, two countries, the
   * total. */
  g_assert_nonnull (strstr (((char **) g_ptr_array_index (rows, 0))[0], "q by country"));
  g_assert_cmpuint (g_strv_length (heading), ==, 4);
  g_assert_cmpstr (heading[0], ==, "q");
  g_assert_cmpstr (heading[1], ==, "Kazakhstan (1)");
  /* Total percentages: no interval rows; a point in English, a comma in
   * Russian, so that each spreadsheet reads a number. */
  g_assert_cmpstr (first[0], ==, "yes, <always> & \"often\" (1)");
  g_assert_cmpstr (first[1], ==, "30.0");
  g_assert_cmpstr (((char **) g_ptr_array_index (ru_rows, 2))[1], ==, "30,0");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 3))[0], ==, "no (2)");

  /* The tests follow the table. */
  g_assert_nonnull (strstr (en, "Rao–Scott F = "));
  g_assert_nonnull (strstr (en, "Cramér’s V = "));
  g_assert_nonnull (strstr (en, "Weighted by w"));
}

static void
test_column_intervals (void)
{
  g_autoptr(DqCrosstab) table = tiny_table (FALSE);
  g_autofree char *tsv = dq_crosstab_to_tsv (table, DQ_CROSSTAB_PERCENT_COLUMN, DQ_LANGUAGE_EN);
  g_autofree char *rows_tsv = dq_crosstab_to_tsv (table, DQ_CROSSTAB_PERCENT_ROW,
                                                  DQ_LANGUAGE_EN);
  g_autoptr(GPtrArray) rows = split_lines (tsv, "\t");
  char **interval = g_ptr_array_index (rows, 3);
  double low, high;
  g_autofree char *expected = NULL;

  /* Column percentages have an interval row under each category. */
  g_assert_cmpstr (interval[0], ==, "95 % CI");
  dq_crosstab_get_column_interval (table, 0, 0, &low, &high);
  expected = g_strdup_printf ("%.1f–%.1f", low, high);
  g_assert_cmpstr (interval[1], ==, expected);
  g_assert_null (strstr (rows_tsv, "95 % CI"));
  g_assert_nonnull (strstr (tsv, "Not weighted"));
  g_assert_nonnull (strstr (tsv, "Pearson’s chi-square: χ² = "));
}

static void
test_csv (void)
{
  g_autoptr(DqCrosstab) table = tiny_table (TRUE);
  g_autofree char *csv = dq_crosstab_to_csv (table, DQ_CROSSTAB_PERCENT_ROW);

  /* Fields with commas and quotes are quoted; lines end in CRLF. */
  g_assert_nonnull (strstr (csv, "\"yes, <always> & \"\"often\"\" (1)\",54.5,45.5,100.0\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nRespondents (unweighted n),4,4,8\r\n"));
}

static void
test_html (void)
{
  g_autoptr(DqCrosstab) table = tiny_table (TRUE);
  g_autofree char *html = dq_crosstab_to_html (table, DQ_CROSSTAB_PERCENT_COLUMN,
                                               DQ_LANGUAGE_EN);

  g_assert_true (g_str_has_prefix (html, "<meta charset=\"utf-8\"><table"));
  g_assert_nonnull (strstr (html, "<th>q</th><th>Kazakhstan (1)</th>"));
  g_assert_nonnull (strstr (html, "<th>yes, &lt;always&gt; &amp; &quot;often&quot; (1)</th>"
                                  "<td align=\"right\">60.0</td>"));
  g_assert_null (strstr (html, "<always>"));
  g_assert_nonnull (strstr (html, "</table>\n<p>Weighted by w</p>"));
  g_assert_nonnull (strstr (html, "<p>Rao–Scott F = "));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/CrosstabExport/percent", test_percent);
  g_test_add_func ("/Dostyq/Model/CrosstabExport/tsv", test_tsv);
  g_test_add_func ("/Dostyq/Model/CrosstabExport/column-intervals", test_column_intervals);
  g_test_add_func ("/Dostyq/Model/CrosstabExport/csv", test_csv);
  g_test_add_func ("/Dostyq/Model/CrosstabExport/html", test_html);

  return g_test_run ();
}
