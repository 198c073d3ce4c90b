/* test-analysis.c
 *
 * The typed analysis: its properties and their notifications, one
 * ::changed per change, the chart's names, dropping variables a new file
 * lacks, and a compute that gives the crosstab dq_crosstab_new() gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "dq-analysis.h"
#include "dq-csv-reader.h"

/* Six respondents in two countries; 9 is "don't know". */
static const char survey_csv[] =
  "id;country;q1;w\n"
  "1;KZ;1;1\n"
  "2;KZ;2;3\n"
  "3;KZ;9;1\n"
  "4;UZ;1;2\n"
  "5;UZ;1;2\n"
  "6;UZ;2;1\n";

static DqSurveyData *
read_survey (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-analysis-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  DqSurveyData *data;

  g_assert_no_error (error);
  path = g_build_filename (dir, "survey.csv", NULL);
  g_file_set_contents (path, survey_csv, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  g_unlink (path);
  g_rmdir (dir);

  return data;
}

static void
count_cb (gpointer  instance,
          gpointer  arg,
          guint    *count)
{
  (*count)++;
}

static void
changed_cb (DqAnalysis *analysis,
            guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) got_codes = NULL;
  g_autofree char *row = NULL;
  g_autofree char *column = NULL;
  g_autofree char *weight = NULL;
  double values[] = { 8, 9 };
  DqAnalysisChart chart;
  gboolean reverse;
  guint n_codes;

  g_assert_null (dq_analysis_get_row_variable (analysis));
  g_assert_null (dq_analysis_get_column_variable (analysis));
  g_assert_null (dq_analysis_get_weight (analysis));
  g_assert_cmpint (dq_analysis_get_chart (analysis), ==, DQ_ANALYSIS_CHART_GROUPED);
  g_assert_false (dq_analysis_get_reverse (analysis));
  dq_analysis_get_missing_codes (analysis, &n_codes);
  g_assert_cmpuint (n_codes, ==, 0);

  g_array_append_vals (codes, values, G_N_ELEMENTS (values));
  g_object_set (analysis,
                "row-variable", "q1",
                "column-variable", "country",
                "weight", "w",
                "missing-codes", codes,
                "chart", DQ_ANALYSIS_CHART_DIVERGING,
                "reverse", TRUE,
                NULL);
  g_object_get (analysis,
                "row-variable", &row,
                "column-variable", &column,
                "weight", &weight,
                "missing-codes", &got_codes,
                "chart", &chart,
                "reverse", &reverse,
                NULL);

  g_assert_cmpstr (row, ==, "q1");
  g_assert_cmpstr (column, ==, "country");
  g_assert_cmpstr (weight, ==, "w");
  g_assert_cmpuint (got_codes->len, ==, 2);
  g_assert_cmpfloat (g_array_index (got_codes, double, 1), ==, 9);
  g_assert_cmpint (chart, ==, DQ_ANALYSIS_CHART_DIVERGING);
  g_assert_true (reverse);
  g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, "diverging-reversed");

  /* "" is no variable. */
  dq_analysis_set_column_variable (analysis, "");
  g_assert_null (dq_analysis_get_column_variable (analysis));
}

/* One notification per property that changes, none for a value it has,
 * and one ::changed per change. */
static void
test_notify (void)
{
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  double codes[] = { 9 };
  guint n_row = 0;
  guint n_chart = 0;
  guint n_reverse = 0;
  guint n_codes = 0;
  guint n_changed = 0;

  g_signal_connect (analysis, "notify::row-variable", G_CALLBACK (count_cb), &n_row);
  g_signal_connect (analysis, "notify::chart", G_CALLBACK (count_cb), &n_chart);
  g_signal_connect (analysis, "notify::reverse", G_CALLBACK (count_cb), &n_reverse);
  g_signal_connect (analysis, "notify::missing-codes", G_CALLBACK (count_cb), &n_codes);
  g_signal_connect (analysis, "changed", G_CALLBACK (changed_cb), &n_changed);

  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_row_variable (analysis, "q1");
  g_assert_cmpuint (n_row, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  dq_analysis_set_missing_codes (analysis, codes, 1);
  dq_analysis_set_missing_codes (analysis, codes, 1);
  g_assert_cmpuint (n_codes, ==, 1);
  g_assert_cmpuint (n_changed, ==, 2);

  /* Two properties, one change. */
  g_assert_true (dq_analysis_set_chart_name (analysis, "diverging-reversed", NULL));
  g_assert_cmpuint (n_chart, ==, 1);
  g_assert_cmpuint (n_reverse, ==, 1);
  g_assert_cmpuint (n_changed, ==, 3);

  g_assert_true (dq_analysis_set_chart_name (analysis, "diverging-reversed", NULL));
  g_assert_cmpuint (n_changed, ==, 3);

  dq_analysis_set_reverse (analysis, FALSE);
  g_assert_cmpuint (n_reverse, ==, 2);
  g_assert_cmpuint (n_changed, ==, 4);
}

/* The enum's nicks, and the names of project files and the command line. */
static void
test_chart_names (void)
{
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (DQ_TYPE_ANALYSIS_CHART);
  g_autoptr(GError) error = NULL;
  const char * const names[] = { "grouped", "diverging", "diverging-reversed" };
  GEnumValue *value;

  value = g_enum_get_value_by_nick (enum_class, "grouped");
  g_assert_nonnull (value);
  g_assert_cmpint (value->value, ==, DQ_ANALYSIS_CHART_GROUPED);
  value = g_enum_get_value (enum_class, DQ_ANALYSIS_CHART_DIVERGING);
  g_assert_nonnull (value);
  g_assert_cmpstr (value->value_nick, ==, "diverging");
  g_assert_null (g_enum_get_value_by_nick (enum_class, "diverging-reversed"));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (dq_analysis_set_chart_name (analysis, names[i], &error));
      g_assert_no_error (error);
      g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, names[i]);
      g_assert_cmpint (dq_analysis_get_reverse (analysis), ==, i == 2);
    }

  /* A grouped chart has no direction to reverse. */
  dq_analysis_set_chart (analysis, DQ_ANALYSIS_CHART_GROUPED);
  dq_analysis_set_reverse (analysis, TRUE);
  g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, "grouped");

  g_assert_false (dq_analysis_set_chart_name (analysis, "pie", &error));
  g_assert_error (error, DQ_ANALYSIS_ERROR, DQ_ANALYSIS_ERROR_CHART);
  g_assert_nonnull (strstr (error->message, "pie"));
  g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, "grouped");
}

static void
assert_same_crosstab (DqCrosstab *a,
                      DqCrosstab *b)
{
  guint n_rows = dq_crosstab_get_n_rows (a);
  guint n_columns = dq_crosstab_get_n_columns (a);

  g_assert_cmpuint (dq_crosstab_get_n_rows (b), ==, n_rows);
  g_assert_cmpuint (dq_crosstab_get_n_columns (b), ==, n_columns);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (b), ==, dq_crosstab_get_n_excluded (a));
  g_assert_cmpstr (dq_crosstab_get_weight_variable (b), ==, dq_crosstab_get_weight_variable (a));

  for (guint r = 0; r <= n_rows; r++)
    for (guint c = 0; c <= n_columns; c++)
      {
        g_assert_cmpfloat (dq_crosstab_get_weighted (b, r, c), ==,
                           dq_crosstab_get_weighted (a, r, c));
        g_assert_cmpuint (dq_crosstab_get_unweighted (b, r, c), ==,
                          dq_crosstab_get_unweighted (a, r, c));
      }
}

/* The analysis computes what the crosstab's own constructor does. */
static void
test_compute (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(DqCrosstab) expected = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  const double missing[] = { 9 };

  expected = dq_crosstab_new (data, "q1", "country", "w", missing, 1, &error);
  g_assert_no_error (error);

  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "country");
  dq_analysis_set_weight (analysis, "w");
  dq_analysis_set_missing_codes (analysis, missing, 1);
  table = dq_analysis_compute (analysis, data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  assert_same_crosstab (expected, table);

  /* The "don't know" left out: in Kazakhstan 1 of 4 weighted, 25 %. */
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 1);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 2);
  for (guint c = 0; c < dq_crosstab_get_n_columns (table); c++)
    if (g_str_equal (dq_crosstab_get_column_value (table, c), "KZ"))
      for (guint r = 0; r < dq_crosstab_get_n_rows (table); r++)
        if (g_str_equal (dq_crosstab_get_row_value (table, r), "1"))
          g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, r, c), 25.0,
                                          1e-9);

  /* Its chart, grouped and diverging. */
  source = dq_analysis_chart_crosstab (analysis, table, &error);
  g_assert_no_error (error);
  g_assert_false (dq_chart_source_is_diverging (source));
  g_clear_object (&source);
  dq_analysis_set_chart (analysis, DQ_ANALYSIS_CHART_DIVERGING);
  source = dq_analysis_chart_crosstab (analysis, table, &error);
  g_assert_no_error (error);
  g_assert_true (dq_chart_source_is_diverging (source));
  g_assert_true (dq_chart_source_get_crosstab (source) == table);
}

/* A filter: the table of the respondents it keeps, one change a condition,
 * its conditions on the chart's source line. */
static void
test_filter (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;
  DqFilter *filter = dq_analysis_get_filter (analysis);
  gsize n_included = 0;
  guint n_changed = 0;

  g_signal_connect (analysis, "changed", G_CALLBACK (changed_cb), &n_changed);
  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_weight (analysis, "w");
  g_assert_true (dq_filter_add_text (filter, "country = UZ", &error));
  g_assert_true (dq_filter_add_text (filter, "id != 6", &error));
  g_assert_cmpuint (n_changed, ==, 4);

  mask = dq_analysis_make_mask (analysis, data, &n_included, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_included, ==, 2);
  g_assert_false (mask[0]);
  g_assert_true (mask[3]);

  /* Respondents 4 and 5, both q1 = 1 with weight 2; nobody is missing. */
  table = dq_analysis_compute (analysis, data, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 1);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 0, 0), 4.0, 1e-12);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 0);

  source = dq_analysis_chart_crosstab (analysis, table, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_chart_source_get_filter_description (source), ==, "country = UZ, id != 6");

  /* Without conditions, the source line says nothing of a filter. */
  dq_filter_clear (filter);
  g_clear_object (&source);
  source = dq_analysis_chart_crosstab (analysis, table, &error);
  g_assert_null (dq_chart_source_get_filter_description (source));
}

static void
test_compute_errors (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(GError) error = NULL;
  DqCrosstab *table;

  table = dq_analysis_compute (analysis, data, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_ANALYSIS_ERROR, DQ_ANALYSIS_ERROR_NO_ROW);
  g_clear_error (&error);

  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "region");
  table = dq_analysis_compute (analysis, data, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_nonnull (strstr (error->message, "region"));
  g_clear_error (&error);

  dq_analysis_set_column_variable (analysis, NULL);
  dq_analysis_set_weight (analysis, "wt");
  table = dq_analysis_compute (analysis, data, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_nonnull (strstr (error->message, "wt"));
}

/* Another file keeps the variables it has; one change for all dropped. */
static void
test_forget_unknown (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  guint n_changed = 0;

  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "region");
  dq_analysis_set_weight (analysis, "wt");
  g_signal_connect (analysis, "changed", G_CALLBACK (changed_cb), &n_changed);

  g_assert_true (dq_analysis_forget_unknown (analysis, data));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (dq_analysis_get_row_variable (analysis), ==, "q1");
  g_assert_null (dq_analysis_get_column_variable (analysis));
  g_assert_null (dq_analysis_get_weight (analysis));

  g_assert_false (dq_analysis_forget_unknown (analysis, data));
  g_assert_cmpuint (n_changed, ==, 1);

  /* No data has no variables. */
  g_assert_true (dq_analysis_forget_unknown (analysis, NULL));
  g_assert_null (dq_analysis_get_row_variable (analysis));
}

static void
test_preconditions (void)
{
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  const double codes[] = { 9, NAN };
  guint n_codes;

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  dq_analysis_set_missing_codes (analysis, codes, 2);
  g_test_assert_expected_messages ();
  dq_analysis_get_missing_codes (analysis, &n_codes);
  g_assert_cmpuint (n_codes, ==, 0);

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*chart*");
  dq_analysis_set_chart (analysis, 7);
  g_test_assert_expected_messages ();
  g_assert_cmpint (dq_analysis_get_chart (analysis), ==, DQ_ANALYSIS_CHART_GROUPED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Analysis/properties", test_properties);
  g_test_add_func ("/Dostyq/Model/Analysis/notify", test_notify);
  g_test_add_func ("/Dostyq/Model/Analysis/chart-names", test_chart_names);
  g_test_add_func ("/Dostyq/Model/Analysis/compute", test_compute);
  g_test_add_func ("/Dostyq/Model/Analysis/filter", test_filter);
  g_test_add_func ("/Dostyq/Model/Analysis/compute-errors", test_compute_errors);
  g_test_add_func ("/Dostyq/Model/Analysis/forget-unknown", test_forget_unknown);
  g_test_add_func ("/Dostyq/Model/Analysis/preconditions", test_preconditions);

  return g_test_run ();
}
