/* test-chart-source.c
 *
 * The data a survey chart reads: from a crosstab of one's own data, its
 * categories, groups, column percentages and Wilson intervals; from a
 * bundled survey question, the dataset's own figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-chart.h"
#include "dq-chart-source-private.h"
#include "dq-crosstab.h"
#include "dq-scene.h"
#include "dq-survey-data.h"

#define N_RESPONDENTS 60
#define EPSILON 1e-9

/* 60 respondents in two towns answering 1 (bad), 2 (so-so) or 3 (good),
 * weighted from 0.5 to 2. */
static DqSurveyData *
make_data (void)
{
  DqSurveyData *data = dq_survey_data_new ("towns.csv");
  double *q = g_new (double, N_RESPONDENTS);
  double *town = g_new (double, N_RESPONDENTS);
  double *w = g_new (double, N_RESPONDENTS);
  guint variable;

  for (guint i = 0; i < N_RESPONDENTS; i++)
    {
      town[i] = 1 + i % 2;
      q[i] = 1 + (i * 5 + i / 4) % 3;
      w[i] = 0.5 + (i % 4) * 0.5;
    }

  variable = dq_survey_data_add_numeric (data, "q", q, N_RESPONDENTS);
  dq_survey_data_set_label (data, variable, "Life in town");
  dq_survey_data_add_value_label (data, variable, 1, "Bad");
  dq_survey_data_add_value_label (data, variable, 2, "So-so");
  dq_survey_data_add_value_label (data, variable, 3, "Good");
  variable = dq_survey_data_add_numeric (data, "town", town, N_RESPONDENTS);
  dq_survey_data_set_label (data, variable, "Town");
  dq_survey_data_add_value_label (data, variable, 1, "Aktau");
  dq_survey_data_add_value_label (data, variable, 2, "Nukus");
  dq_survey_data_add_numeric (data, "w", w, N_RESPONDENTS);

  return data;
}

static DqCrosstab *
make_table (DqSurveyData *data)
{
  g_autoptr(GError) error = NULL;
  const double dont_know = 9;
  DqCrosstab *table = dq_crosstab_new (data, "q", "town", "w", &dont_know, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 3);
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, 2);

  return table;
}

/* A category per row, a group per column; each value is the column
 * percentage, each interval the crosstab's Wilson interval. */
static void
test_crosstab_grouped (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqCrosstab) table = make_table (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChartSource) source = NULL;
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);

  source = dq_chart_source_new_for_crosstab (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (dq_chart_source_is_diverging (source));
  g_assert_true (dq_chart_source_is_from_table (source));
  g_assert_true (dq_chart_source_get_crosstab (source) == table);
  g_assert_cmpint (dq_chart_source_get_interval_method (source), ==, DQ_INTERVAL_WILSON);
  g_assert_cmpstr (dq_text_get (dq_chart_source_get_title (source), DQ_LANGUAGE_KK), ==,
                   "Life in town");
  g_assert_cmpstr (dq_chart_source_get_file (source), ==, "towns.csv");
  g_assert_cmpstr (dq_chart_source_get_weight (source), ==, "w");
  g_assert_cmpstr (dq_chart_source_get_split_title (source), ==, "Town");
  {
    guint n_codes;
    const double *codes = dq_crosstab_get_missing_codes (dq_chart_source_get_crosstab (source),
                                                         &n_codes);

    /* The codes the table was computed with, for the chart's provenance. */
    g_assert_cmpuint (n_codes, ==, 1);
    g_assert_cmpfloat (codes[0], ==, 9);
  }
  g_assert_null (dq_chart_source_get_subjects (source));
  g_assert_cmpuint (dq_chart_source_get_documents (source)->len, ==, 0);

  g_assert_cmpuint (dq_chart_source_get_n_categories (source), ==, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      g_assert_cmpstr (dq_chart_source_get_category_id (source, r), ==,
                       dq_crosstab_get_row_value (table, r));
      g_assert_cmpstr (dq_text_get (dq_chart_source_get_category_label (source, r),
                                    DQ_LANGUAGE_RU), ==,
                       dq_crosstab_get_row_label (table, r));
    }

  g_assert_cmpuint (dq_chart_source_get_n_groups (source), ==, n_columns);
  g_assert_cmpuint (dq_chart_source_get_figures (source)->len, ==, n_rows * n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const char *group = dq_chart_source_get_group (source, c);

      g_assert_cmpstr (group, ==, dq_crosstab_get_column_label (table, c));
      g_assert_cmpfloat (dq_chart_source_get_group_n (source, c), ==,
                         dq_crosstab_get_unweighted (table, n_rows, c));

      for (guint r = 0; r < n_rows; r++)
        {
          DqFigure *figure = dq_chart_source_lookup (source, group, NULL,
                                                     dq_crosstab_get_row_value (table, r));
          double low, high, table_low, table_high;

          g_assert_nonnull (figure);
          g_assert_true (g_ptr_array_find (dq_chart_source_get_figures (source), figure, NULL));
          g_assert_cmpfloat_with_epsilon (dq_chart_source_get_value (source, figure),
                                          dq_crosstab_get_column_percent (table, r, c), EPSILON);
          dq_crosstab_get_column_interval (table, r, c, &table_low, &table_high);
          g_assert_true (dq_chart_source_get_interval (source, figure, &low, &high));
          g_assert_cmpfloat_with_epsilon (low, table_low, EPSILON);
          g_assert_cmpfloat_with_epsilon (high, table_high, EPSILON);
          g_assert_nonnull (strstr (dq_source_get_quote (dq_figure_get_source (figure)),
                                    "Wilson 95 %"));
        }
    }

  g_assert_null (dq_chart_source_lookup (source, "Almaty", NULL, "1"));
}

/* The lower half of the scale is negative, the upper half positive, each
 * the sum of its rows' shares; the middle row is its own category;
 * reversing swaps the ends. */
static void
check_diverging (DqCrosstab *table,
                 gboolean    reverse)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChartSource) source = NULL;

  source = dq_chart_source_new_for_crosstab (table, DQ_ANALYSIS_CHART_DIVERGING, reverse,
                                             &error);
  g_assert_no_error (error);
  g_assert_true (dq_chart_source_is_diverging (source));
  g_assert_cmpuint (dq_chart_source_get_n_categories (source), ==, 3);
  g_assert_cmpstr (dq_chart_source_get_category_id (source, 0), ==, "negative");
  g_assert_cmpstr (dq_chart_source_get_category_id (source, 1), ==, "middle");
  g_assert_cmpstr (dq_chart_source_get_category_id (source, 2), ==, "positive");
  g_assert_cmpstr (dq_text_get (dq_chart_source_lookup_category (source, "positive"),
                                DQ_LANGUAGE_EN), ==, reverse ? "Bad" : "Good");

  for (guint c = 0; c < dq_crosstab_get_n_columns (table); c++)
    {
      const char *group = dq_chart_source_get_group (source, c);
      DqFigure *positive = dq_chart_source_lookup (source, group, NULL, "positive");
      DqFigure *negative = dq_chart_source_lookup (source, group, NULL, "negative");
      DqFigure *middle = dq_chart_source_lookup (source, group, NULL, "middle");
      double good = dq_crosstab_get_column_percent (table, 2, c);
      double bad = dq_crosstab_get_column_percent (table, 0, c);
      double low, high, wilson_low, wilson_high;

      g_assert_cmpfloat_with_epsilon (dq_chart_source_get_value (source, positive),
                                      reverse ? bad : good, EPSILON);
      g_assert_cmpfloat_with_epsilon (dq_chart_source_get_value (source, negative),
                                      reverse ? good : bad, EPSILON);
      g_assert_cmpfloat_with_epsilon (dq_chart_source_get_value (source, middle),
                                      dq_crosstab_get_column_percent (table, 1, c), EPSILON);

      dq_crosstab_wilson_interval ((reverse ? bad : good) / 100,
                                   dq_crosstab_get_effective_n (table, c),
                                   &wilson_low, &wilson_high);
      g_assert_true (dq_chart_source_get_interval (source, positive, &low, &high));
      g_assert_cmpfloat_with_epsilon (low, wilson_low * 100, EPSILON);
      g_assert_cmpfloat_with_epsilon (high, wilson_high * 100, EPSILON);
    }
}

static void
test_crosstab_diverging (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqCrosstab) table = make_table (data);

  check_diverging (table, FALSE);
  check_diverging (table, TRUE);
}

/* A scale needs two values. */
static void
test_crosstab_not_a_scale (void)
{
  static const double q[] = { 1, 1, 1 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("one.csv");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(GError) error = NULL;

  dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), G_N_ELEMENTS (q));
  table = dq_crosstab_new (data, "q", NULL, NULL, NULL, 0, &error);
  g_assert_no_error (error);

  source = dq_chart_source_new_for_crosstab (table, DQ_ANALYSIS_CHART_DIVERGING, FALSE, &error);
  g_assert_null (source);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NOT_A_SCALE);
  g_clear_error (&error);

  /* Without a column, one group of all respondents. */
  source = dq_chart_source_new_for_crosstab (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_chart_source_get_n_groups (source), ==, 1);
  g_assert_null (dq_chart_source_get_group (source, 0));
  g_assert_cmpfloat (dq_chart_source_get_group_n (source, 0), ==, 3);
  g_assert_null (dq_chart_source_get_split_title (source));
  g_assert_null (dq_chart_source_get_weight (source));
}

static void
test_crosstab_precondition (void)
{
  DqChartSource *source;

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*DQ_IS_CROSSTAB*");
  source = dq_chart_source_new_for_crosstab (NULL, DQ_ANALYSIS_CHART_GROUPED, FALSE, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (source);
}

/* A bundled question: the source's figures are the dataset's own objects,
 * one per cell, with their values; the groups are the survey's samples. */
static guint
check_question (DqDataset  *dataset,
                DqSurvey   *survey,
                DqQuestion *question)
{
  g_autoptr(DqChartSource) source = dq_chart_source_new_for_question (dataset, survey, question);
  GListModel *figures = dq_question_get_figures (question);
  GListModel *samples = dq_survey_get_samples (survey);
  GPtrArray *shown = dq_chart_source_get_figures (source);
  guint n_percent = 0;
  guint n_normal = 0;

  g_assert_false (dq_chart_source_is_from_table (source));
  g_assert_null (dq_chart_source_get_crosstab (source));
  g_assert_true (dq_chart_source_get_title (source) != dq_question_get_wording (question));
  g_assert_cmpstr (dq_text_get (dq_chart_source_get_title (source), DQ_LANGUAGE_RU), ==,
                   dq_text_get (dq_question_get_wording (question), DQ_LANGUAGE_RU));
  g_assert_cmpuint (dq_chart_source_get_n_categories (source), ==,
                    dq_question_get_n_categories (question));
  g_assert_cmpuint (dq_chart_source_get_n_groups (source), ==, g_list_model_get_n_items (samples));
  for (guint i = 0; i < g_list_model_get_n_items (samples); i++)
    {
      g_autoptr(DqFigure) sample = g_list_model_get_item (samples, i);

      g_assert_cmpstr (dq_chart_source_get_group (source, i), ==, dq_figure_get_country (sample));
    }

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      DqFigure *cell;

      if (dq_figure_get_subgroup (figure) != NULL || dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
        continue;
      n_percent++;

      /* The cell's figure is the question's own object. */
      cell = dq_chart_source_lookup (source, dq_figure_get_country (figure),
                                     dq_figure_get_subject (figure),
                                     dq_figure_get_category (figure));
      g_assert_nonnull (cell);
      g_assert_true (g_ptr_array_find (shown, cell, NULL));
      if (cell == figure && dq_figure_has_value (figure))
        g_assert_cmpfloat (dq_chart_source_get_value (source, cell), ==,
                           dq_figure_get_value (figure));
      g_assert_nonnull (dq_chart_source_lookup_document (source, cell));
    }
  g_assert_cmpuint (shown->len, <=, n_percent);

  for (guint i = 0; i < shown->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (shown, i);
      double stated_low, stated_high, low, high;

      g_assert_true (g_list_store_find (G_LIST_STORE (figures), figure, NULL));
      if (!dq_figure_has_value (figure) || dq_figure_get_bound (figure) != DQ_BOUND_EQ ||
          dq_figure_get_ci (figure, &stated_low, &stated_high))
        continue;

      /* Without a stated interval: p ± 1.96·√(p(1−p)/n) on the sample. */
      if (dq_chart_source_get_interval (source, figure, &low, &high))
        {
          DqFigure *sample = dq_survey_lookup_sample (survey, dq_figure_get_country (figure));
          double p = dq_figure_get_value (figure) / 100;
          double half = 1.96 * sqrt (p * (1 - p) / dq_figure_get_value (sample));

          g_assert_cmpint (dq_chart_source_get_interval_method (source), ==, DQ_INTERVAL_NORMAL);
          g_assert_cmpfloat_with_epsilon (low, MAX (0, p - half) * 100, EPSILON);
          g_assert_cmpfloat_with_epsilon (high, MIN (1, p + half) * 100, EPSILON);
          n_normal++;
        }
    }

  return n_normal;
}

static void
test_question (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  GListModel *surveys;
  gboolean diverging = FALSE;
  guint n_questions = 0;
  guint n_normal = 0;

  g_assert_no_error (error);
  surveys = dq_dataset_get_surveys (dataset);
  for (guint s = 0; s < g_list_model_get_n_items (surveys); s++)
    {
      g_autoptr(DqSurvey) survey = g_list_model_get_item (surveys, s);
      GListModel *questions = dq_survey_get_questions (survey);

      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(DqQuestion) question = g_list_model_get_item (questions, q);
          g_autoptr(DqChartSource) source = NULL;

          n_normal += check_question (dataset, survey, question);
          source = dq_chart_source_new_for_question (dataset, survey, question);
          diverging |= dq_chart_source_is_diverging (source) &&
                       dq_chart_source_get_subjects (source) != NULL;
          n_questions++;
        }
    }

  g_assert_cmpuint (n_questions, >, 0);
  g_assert_cmpuint (n_normal, >, 0);
  /* The attitude question: towards several countries, with two ends. */
  g_assert_true (diverging);
}

#define N_MANY_FIGURES 20000

static JsonNode *
text_node (const char *text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  for (guint l = 0; l < 3; l++)
    {
      json_builder_set_member_name (builder, (const char *[]) { "en", "ru", "kk" }[l]);
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* The test dataset with its one question given @n answers and a figure for
 * each: the shape of a question that a chart once took seconds to build,
 * comparing every figure with every other. */
static DqDataset *
dataset_with_many_figures (guint n)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *survey, *question, *model;
  JsonArray *categories, *figures;
  DqDataset *dataset;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  survey = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "surveys"),
    0);
  question = json_array_get_object_element (json_object_get_array_member (survey, "questions"), 0);
  model = json_array_get_object_element (json_object_get_array_member (question, "figures"), 0);

  categories = json_array_new ();
  figures = json_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("answer-%u", i);
      g_autofree char *figure_id = g_strdup_printf ("many-%u", i);
      g_autofree char *value = g_strdup_printf ("%u.5", i % 90);
      JsonObject *category = json_object_new ();
      JsonObject *figure = json_object_new ();

      json_object_set_string_member (category, "id", id);
      json_object_set_member (category, "label", text_node (id));
      json_array_add_object_element (categories, category);

      json_object_set_string_member (figure, "id", figure_id);
      json_object_set_member (figure, "label", text_node (figure_id));
      json_object_set_double_member (figure, "value", g_ascii_strtod (value, NULL));
      json_object_set_string_member (figure, "value_text", value);
      json_object_set_string_member (figure, "unit", "percent");
      json_object_set_string_member (figure, "country", i % 2 == 0 ? "KZ" : "UZ");
      json_object_set_string_member (figure, "category", id);
      json_object_set_member (figure, "source",
                              json_node_copy (json_object_get_member (model, "source")));
      json_array_add_object_element (figures, figure);
    }
  json_object_set_array_member (question, "categories", categories);
  json_object_set_array_member (question, "figures", figures);
  json_object_set_array_member (question, "subjects", json_array_new ());

  text = json_to_string (json_parser_get_root (parser), FALSE);
  dataset = dq_dataset_new_from_data (text, -1, "many.json", &error);
  g_assert_no_error (error);

  return dataset;
}

/* A question with 20,000 figures builds its source and its chart with a
 * few comparisons of cells per figure: the figures are indexed once, not
 * compared with each other (which took 200 million comparisons). */
static void
test_many_figures (void)
{
  g_autoptr(DqDataset) dataset = dataset_with_many_figures (N_MANY_FIGURES);
  g_autoptr(DqSurvey) survey = g_list_model_get_item (dq_dataset_get_surveys (dataset), 0);
  g_autoptr(DqQuestion) question = g_list_model_get_item (dq_survey_get_questions (survey), 0);
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(DqChart) chart = NULL;
  g_autoptr(DqScene) scene = NULL;
  DqChartOptions options = { 1600, 1000, DQ_LANGUAGE_EN, FALSE };
  guint64 before = _dq_chart_source_get_n_comparisons ();
  guint64 comparisons;

  source = dq_chart_source_new_for_question (dataset, survey, question);
  g_assert_cmpuint (dq_chart_source_get_figures (source)->len, ==, N_MANY_FIGURES);
  for (guint i = 0; i < N_MANY_FIGURES; i += 997)
    {
      g_autofree char *id = g_strdup_printf ("answer-%u", i);
      DqFigure *figure = dq_chart_source_lookup (source, i % 2 == 0 ? "KZ" : "UZ", NULL, id);

      g_assert_nonnull (figure);
      g_assert_cmpstr (dq_figure_get_category (figure), ==, id);
      g_assert_null (dq_chart_source_lookup (source, i % 2 == 0 ? "UZ" : "KZ", NULL, id));
    }

  chart = dq_chart_new_for_source (source);
  scene = dq_chart_build_scene (chart, &options);
  g_assert_nonnull (scene);

  /* Each figure is looked up a few times (picked, indexed, drawn per
   * group); a hash collision costs a comparison more now and then. */
  comparisons = _dq_chart_source_get_n_comparisons () - before;
  g_test_message ("%" G_GUINT64_FORMAT " comparisons for %u figures", comparisons,
                  N_MANY_FIGURES);
  g_assert_cmpuint (comparisons, <, 10 * N_MANY_FIGURES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/ChartSource/crosstab-grouped", test_crosstab_grouped);
  g_test_add_func ("/Dostyq/Model/ChartSource/crosstab-diverging", test_crosstab_diverging);
  g_test_add_func ("/Dostyq/Model/ChartSource/crosstab-not-a-scale", test_crosstab_not_a_scale);
  g_test_add_func ("/Dostyq/Model/ChartSource/crosstab-precondition",
                   test_crosstab_precondition);
  g_test_add_func ("/Dostyq/Model/ChartSource/question", test_question);
  g_test_add_func ("/Dostyq/Model/ChartSource/many-figures", test_many_figures);

  return g_test_run ();
}
