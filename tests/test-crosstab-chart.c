/* test-crosstab-chart.c
 *
 * Charts of a researcher's own data: a weighted crosstab made into a
 * chart source and drawn as the bundled survey charts are, its bars, whiskers,
 * labels, legend and source line checked against the crosstab's own
 * numbers. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dq-chart.h"
#include "dq-crosstab.h"
#include "dq-survey-data.h"

#define N_RESPONDENTS 240
#define EPSILON 1e-6

static const char * const answer_labels[] = {
  "Very bad", "Bad", "Neither good nor bad", "Good", "Very good"
};

/* 240 respondents in two regions, answering on a scale of 1 (very bad) to
 * 5 (very good), 9 for "don't know"; weights from 0.5 to 2, so that the
 * effective sample sizes are below the counts. */
static DqSurveyData *
make_data (gboolean all_one_answer)
{
  DqSurveyData *data = dq_survey_data_new ("survey.csv");
  double *q = g_new (double, N_RESPONDENTS);
  double *region = g_new (double, N_RESPONDENTS);
  double *w = g_new (double, N_RESPONDENTS);
  guint variable;

  for (guint i = 0; i < N_RESPONDENTS; i++)
    {
      region[i] = 1 + i % 2;
      /* The south leans to the good end. */
      q[i] = 1 + (i * 7 + i / 3 + (region[i] == 2 ? i % 3 : 0)) % 5;
      if (i % 3 == 1 && region[i] == 2)
        q[i] = MIN (5, q[i] + 1);
      if (i % 13 == 0)
        q[i] = 9;
      if (all_one_answer && q[i] != 9)
        q[i] = 4;
      w[i] = 0.5 + (i % 4) * 0.5;
    }

  variable = dq_survey_data_add_numeric (data, "q1", q, N_RESPONDENTS);
  dq_survey_data_set_label (data, variable, "How is life in your town?");
  for (guint v = 0; v < G_N_ELEMENTS (answer_labels); v++)
    dq_survey_data_add_value_label (data, variable, v + 1, answer_labels[v]);
  dq_survey_data_add_value_label (data, variable, 9, "Don't know");
  variable = dq_survey_data_add_numeric (data, "region", region, N_RESPONDENTS);
  dq_survey_data_set_label (data, variable, "Region of residence");
  dq_survey_data_add_value_label (data, variable, 1, "North");
  dq_survey_data_add_value_label (data, variable, 2, "South");
  dq_survey_data_add_numeric (data, "w", w, N_RESPONDENTS);

  return data;
}

static DqCrosstab *
make_table (DqSurveyData *data,
            const char   *column,
            const double *missing,
            guint         n_missing)
{
  g_autoptr(GError) error = NULL;
  DqCrosstab *table = dq_crosstab_new (data, "q1", column, "w", missing, n_missing, &error);

  g_assert_no_error (error);

  return table;
}

/* The chart of a crosstab's source, or NULL with @error set. */
static DqChart *
chart_of (DqCrosstab       *table,
          DqAnalysisChart   chart,
          gboolean          reverse,
          GError          **error)
{
  g_autoptr(DqChartSource) source = dq_chart_source_new_for_crosstab (table, chart, reverse,
                                                                      error);

  return source != NULL ? dq_chart_new_for_source (source) : NULL;
}

/* The one chart of a crosstab, of the kind it should be. */
static DqChart *
only_chart (DqChart     *chart,
            DqChartKind  kind)
{
  g_assert_nonnull (chart);
  g_assert_cmpint (dq_chart_get_kind (chart), ==, kind);

  return g_object_ref (chart);
}

static DqScene *
build (DqChart    *chart,
       double      width,
       double      height,
       DqLanguage  language)
{
  DqChartOptions options = { width, height, language, FALSE };

  return dq_chart_build_scene (chart, &options);
}

/* The figure of respondents @country (NULL for all) whose category is
 * labelled @label. */
static DqFigure *
find_figure (DqChart    *chart,
             const char *country,
             const char *label)
{
  DqChartSource *source = dq_chart_get_source (chart);
  GPtrArray *figures = dq_chart_get_figures (chart);

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      const DqText *category = dq_chart_source_lookup_category (source,
                                                                dq_figure_get_category (figure));

      if (g_strcmp0 (dq_figure_get_country (figure), country) == 0 &&
          g_strcmp0 (dq_text_get (category, DQ_LANGUAGE_EN), label) == 0)
        return figure;
    }

  g_error ("no figure of “%s” for “%s”", label, country);
}

static DqFigure *
find_category (DqChart    *chart,
               const char *country,
               const char *category)
{
  GPtrArray *figures = dq_chart_get_figures (chart);

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);

      if (g_strcmp0 (dq_figure_get_country (figure), country) == 0 &&
          g_strcmp0 (dq_figure_get_category (figure), category) == 0)
        return figure;
    }

  return NULL;
}

static const DqMark *
mark_for_datum (DqScene    *scene,
                DqMarkRole  role,
                const char *datum)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == role && g_strcmp0 (mark->datum, datum) == 0)
        return mark;
    }

  return NULL;
}

static guint
count_role (DqScene    *scene,
            DqMarkRole  role)
{
  guint n = 0;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    n += dq_scene_get_mark (scene, i)->role == role;

  return n;
}

/* The text of the marks of a role, a line each. */
static char *
texts_with_role (DqScene    *scene,
                 DqMarkRole  role)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind == DQ_MARK_TEXT && mark->role == role)
        g_string_append_printf (text, "%s\n", mark->text);
    }

  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in “%s”", needle, haystack);
}

/* Grouped bars: one per answer and region, as long as the column
 * percentage on one scale, with whiskers at the crosstab's Wilson bounds;
 * answers named by their value labels, series by the regions' labels, and
 * the file named in the source line. */
static void
test_grouped_geometry (void)
{
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  g_autoptr(DqCrosstab) table = make_table (data, "region", &nine, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChart) made = NULL;
  g_autoptr(DqChart) chart = NULL;
  g_autoptr(DqScene) scene = NULL;
  g_autofree char *row_labels = NULL;
  g_autofree char *legend = NULL;
  g_autofree char *source = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *subtitle = NULL;
  double units_per_percent = 0, zero = NAN;
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);

  g_assert_cmpuint (n_rows, ==, 5);
  g_assert_cmpuint (n_columns, ==, 2);

  made = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);
  chart = only_chart (made, DQ_CHART_GROUPED);
  g_assert_cmpstr (dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_RU), ==,
                   "How is life in your town?");
  g_assert_cmpuint (dq_chart_get_figures (chart)->len, ==, n_rows * n_columns);

  scene = build (chart, 1600, 1000, DQ_LANGUAGE_EN);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_BAR), ==, n_rows * n_columns);

  for (guint c = 0; c < n_columns; c++)
    for (guint r = 0; r < n_rows; r++)
      {
        DqFigure *figure = find_figure (chart, dq_crosstab_get_column_label (table, c),
                                        dq_crosstab_get_row_label (table, r));
        const DqMark *bar = mark_for_datum (scene, DQ_MARK_ROLE_BAR, dq_figure_get_id (figure));
        const DqMark *whisker = mark_for_datum (scene, DQ_MARK_ROLE_WHISKER,
                                                dq_figure_get_id (figure));
        double percent = dq_crosstab_get_column_percent (table, r, c);
        double low, high, chart_low, chart_high;

        g_assert_cmpfloat_with_epsilon (dq_figure_get_value (figure), percent, EPSILON);
        g_assert_nonnull (bar);
        g_assert_cmpfloat (percent, >, 0);
        if (units_per_percent == 0)
          {
            units_per_percent = bar->width / percent;
            zero = bar->x;
          }
        g_assert_cmpfloat_with_epsilon (bar->x, zero, EPSILON);
        g_assert_cmpfloat_with_epsilon (bar->width, percent * units_per_percent, EPSILON);

        /* The whisker ends at the crosstab's interval, which the chart
         * reports as the figure's. */
        dq_crosstab_get_column_interval (table, r, c, &low, &high);
        g_assert_true (dq_chart_get_figure_ci (chart, figure, &chart_low, &chart_high));
        g_assert_cmpfloat_with_epsilon (chart_low, low, EPSILON);
        g_assert_cmpfloat_with_epsilon (chart_high, high, EPSILON);
        g_assert_nonnull (whisker);
        g_assert_cmpfloat_with_epsilon (MIN (whisker->x, whisker->x2),
                                        zero + low * units_per_percent, EPSILON);
        g_assert_cmpfloat_with_epsilon (MAX (whisker->x, whisker->x2),
                                        zero + high * units_per_percent, EPSILON);

        /* The quote says what was computed. */
        assert_contains (dq_source_get_quote (dq_figure_get_source (figure)), "Wilson 95 %");
        assert_contains (dq_source_get_quote (dq_figure_get_source (figure)),
                         dq_figure_get_value_text (figure));
      }

  row_labels = texts_with_role (scene, DQ_MARK_ROLE_ROW_LABEL);
  for (guint v = 0; v < G_N_ELEMENTS (answer_labels); v++)
    assert_contains (row_labels, answer_labels[v]);
  g_assert_null (strstr (row_labels, "Don't know"));

  legend = texts_with_role (scene, DQ_MARK_ROLE_LEGEND);
  assert_contains (legend, "North\n");
  assert_contains (legend, "South\n");
  g_assert_null (strstr (legend, "Respondents in"));

  subtitle = texts_with_role (scene, DQ_MARK_ROLE_SUBTITLE);
  assert_contains (subtitle, "Region of residence");
  notes = texts_with_role (scene, DQ_MARK_ROLE_NOTE);
  assert_contains (notes, "Wilson");
  g_assert_null (strstr (notes, "stated sample size"));
  source = texts_with_role (scene, DQ_MARK_ROLE_SOURCE);
  assert_contains (source, "survey.csv");
  assert_contains (source, "weighted by w");
}

/* The CSV of the chart carries the crosstab's intervals. */
static void
test_grouped_csv (void)
{
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  g_autoptr(DqCrosstab) table = make_table (data, "region", &nine, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChart) made = NULL;
  g_autoptr(DqChart) chart = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  made = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);
  chart = only_chart (made, DQ_CHART_GROUPED);
  csv = dq_chart_to_csv (chart, DQ_LANGUAGE_EN);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "id,label,country,subject,category,value,unit,"
                                             "bound,ci_low,ci_high,document,quote"));

  for (guint c = 0; c < dq_crosstab_get_n_columns (table); c++)
    for (guint r = 0; r < dq_crosstab_get_n_rows (table); r++)
      {
        DqFigure *figure = find_figure (chart, dq_crosstab_get_column_label (table, c),
                                        dq_crosstab_get_row_label (table, r));
        g_autofree char *prefix = g_strconcat (dq_figure_get_id (figure), ",", NULL);
        g_autofree char *interval = NULL;
        char low_text[G_ASCII_DTOSTR_BUF_SIZE], high_text[G_ASCII_DTOSTR_BUF_SIZE];
        double low, high;
        const char *line = NULL;

        dq_crosstab_get_column_interval (table, r, c, &low, &high);
        g_ascii_formatd (low_text, sizeof low_text, "%.2f", low);
        g_ascii_formatd (high_text, sizeof high_text, "%.2f", high);
        /* ci_low, ci_high, then the document. */
        interval = g_strdup_printf (",%s,%s,imported,", low_text, high_text);

        for (guint i = 1; lines[i] != NULL; i++)
          if (g_str_has_prefix (lines[i], prefix))
            line = lines[i];
        g_assert_nonnull (line);
        assert_contains (line, interval);
        assert_contains (line, ",percent,eq,");
      }
}

/* Diverging bars: the lower half of the scale to the left, the upper half
 * to the right, each as long as its summed share, with a Wilson interval
 * on the column's effective sample size; the middle answer is the
 * remainder. */
static void
check_diverging (DqCrosstab *table,
                 gboolean    reverse)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChart) made = NULL;
  g_autoptr(DqChart) chart = NULL;
  g_autoptr(DqScene) scene = NULL;
  g_autofree char *legend = NULL;
  g_autofree char *row_labels = NULL;
  double units_per_percent = 0;
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);
  guint half = n_rows / 2;

  made = chart_of (table, DQ_ANALYSIS_CHART_DIVERGING, reverse, &error);
  g_assert_no_error (error);
  chart = only_chart (made, DQ_CHART_DIVERGING);
  g_assert_cmpstr (dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_EN), ==,
                   "How is life in your town?");
  scene = build (chart, 1600, 1000, DQ_LANGUAGE_EN);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_BAR), ==, 2 * n_columns);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_REMAINDER), ==,
                    n_rows % 2 == 1 ? n_columns : 0);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *column = dq_crosstab_get_column_label (table, c);
      DqFigure *positive = find_category (chart, column, "positive");
      DqFigure *negative = find_category (chart, column, "negative");
      DqFigure *middle = find_category (chart, column, "middle");
      const DqMark *positive_bar = mark_for_datum (scene, DQ_MARK_ROLE_BAR,
                                                   dq_figure_get_id (positive));
      const DqMark *negative_bar = mark_for_datum (scene, DQ_MARK_ROLE_BAR,
                                                   dq_figure_get_id (negative));
      double n_eff = dq_crosstab_get_effective_n (table, c);
      double lower = 0, upper = 0, expected_positive, expected_negative;
      double low, high, zero;
      const DqMark *whisker;

      for (guint r = 0; r < half; r++)
        lower += dq_crosstab_get_column_percent (table, r, c);
      for (guint r = n_rows - half; r < n_rows; r++)
        upper += dq_crosstab_get_column_percent (table, r, c);
      expected_positive = reverse ? lower : upper;
      expected_negative = reverse ? upper : lower;

      g_assert_cmpfloat_with_epsilon (dq_figure_get_value (positive), expected_positive, EPSILON);
      g_assert_cmpfloat_with_epsilon (dq_figure_get_value (negative), expected_negative, EPSILON);
      g_assert_nonnull (positive_bar);
      g_assert_nonnull (negative_bar);

      /* Zero is where the two bars meet; the bars are on one scale. */
      zero = positive_bar->x;
      g_assert_cmpfloat_with_epsilon (negative_bar->x + negative_bar->width, zero, EPSILON);
      if (units_per_percent == 0)
        units_per_percent = positive_bar->width / expected_positive;
      g_assert_cmpfloat_with_epsilon (positive_bar->width, expected_positive * units_per_percent,
                                      EPSILON);
      g_assert_cmpfloat_with_epsilon (negative_bar->width, expected_negative * units_per_percent,
                                      EPSILON);

      /* The whiskers: Wilson on the column's effective n, not the count. */
      g_assert_cmpfloat (n_eff, <, dq_crosstab_get_unweighted (table, n_rows, c));
      dq_crosstab_wilson_interval (expected_positive / 100, n_eff, &low, &high);
      whisker = mark_for_datum (scene, DQ_MARK_ROLE_WHISKER, dq_figure_get_id (positive));
      g_assert_nonnull (whisker);
      g_assert_cmpfloat_with_epsilon (MIN (whisker->x, whisker->x2),
                                      zero + low * 100 * units_per_percent, EPSILON);
      g_assert_cmpfloat_with_epsilon (MAX (whisker->x, whisker->x2),
                                      zero + high * 100 * units_per_percent, EPSILON);
      dq_crosstab_wilson_interval (expected_negative / 100, n_eff, &low, &high);
      whisker = mark_for_datum (scene, DQ_MARK_ROLE_WHISKER, dq_figure_get_id (negative));
      g_assert_nonnull (whisker);
      g_assert_cmpfloat_with_epsilon (MIN (whisker->x, whisker->x2),
                                      zero - high * 100 * units_per_percent, EPSILON);
      g_assert_cmpfloat_with_epsilon (MAX (whisker->x, whisker->x2),
                                      zero - low * 100 * units_per_percent, EPSILON);

      if (n_rows % 2 == 1)
        {
          g_assert_nonnull (middle);
          g_assert_cmpfloat_with_epsilon (dq_figure_get_value (middle),
                                          dq_crosstab_get_column_percent (table, half, c),
                                          EPSILON);
          g_assert_nonnull (mark_for_datum (scene, DQ_MARK_ROLE_REMAINDER,
                                            dq_figure_get_id (middle)));
        }
      else
        g_assert_null (middle);
    }

  /* A row per region, labelled; the ends named by their answers. */
  row_labels = texts_with_role (scene, DQ_MARK_ROLE_ROW_LABEL);
  assert_contains (row_labels, "North\n");
  assert_contains (row_labels, "South\n");
  legend = texts_with_role (scene, DQ_MARK_ROLE_LEGEND);
  assert_contains (legend, reverse ? "Very bad" : "Very good");
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_PANEL_TITLE), ==, 0);
}

static void
test_diverging_geometry (void)
{
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  const double nine_and_three[] = { 9, 3 };
  g_autoptr(DqCrosstab) odd = make_table (data, "region", &nine, 1);
  g_autoptr(DqCrosstab) even = make_table (data, "region", nine_and_three, 2);

  g_assert_cmpuint (dq_crosstab_get_n_rows (odd), ==, 5);
  check_diverging (odd, FALSE);
  g_assert_cmpuint (dq_crosstab_get_n_rows (even), ==, 4);
  check_diverging (even, FALSE);
}

/* A scale coded 1 = very good: --reverse swaps the ends. */
static void
test_diverging_reverse (void)
{
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  g_autoptr(DqCrosstab) table = make_table (data, "region", &nine, 1);
  g_autoptr(DqChart) plain = NULL;
  g_autoptr(DqChart) reversed = NULL;
  g_autoptr(DqChart) plain_chart = NULL;
  g_autoptr(DqChart) reversed_chart = NULL;

  check_diverging (table, TRUE);

  plain = chart_of (table, DQ_ANALYSIS_CHART_DIVERGING, FALSE, NULL);
  reversed = chart_of (table, DQ_ANALYSIS_CHART_DIVERGING, TRUE, NULL);
  plain_chart = only_chart (plain, DQ_CHART_DIVERGING);
  reversed_chart = only_chart (reversed, DQ_CHART_DIVERGING);
  for (guint c = 0; c < dq_crosstab_get_n_columns (table); c++)
    {
      const char *column = dq_crosstab_get_column_label (table, c);

      g_assert_cmpfloat (dq_figure_get_value (find_category (plain_chart, column, "positive")), ==,
                         dq_figure_get_value (find_category (reversed_chart, column, "negative")));
      g_assert_cmpfloat (dq_figure_get_value (find_category (plain_chart, column, "negative")), ==,
                         dq_figure_get_value (find_category (reversed_chart, column, "positive")));
    }
}

/* Without a column variable, one sample of all respondents, named in each
 * language; unweighted, the source line says so. */
static void
test_all_respondents (void)
{
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChart) made = NULL;
  g_autoptr(DqChart) diverging = NULL;
  g_autoptr(DqChart) chart = NULL;
  g_autoptr(DqChart) diverging_chart = NULL;
  g_autoptr(DqScene) scene = NULL;
  g_autoptr(DqScene) scene_ru = NULL;
  g_autofree char *legend = NULL;
  g_autofree char *row_labels = NULL;
  g_autofree char *source = NULL;
  DqChartSource *source_data;

  table = dq_crosstab_new (data, "q1", NULL, NULL, &nine, 1, &error);
  g_assert_no_error (error);
  made = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);

  source_data = dq_chart_get_source (made);
  g_assert_cmpuint (dq_chart_source_get_n_groups (source_data), ==, 1);
  g_assert_null (dq_chart_source_get_group (source_data, 0));
  g_assert_cmpfloat (dq_chart_source_get_group_n (source_data, 0), ==,
                     dq_crosstab_get_unweighted (table, dq_crosstab_get_n_rows (table), 0));

  chart = only_chart (made, DQ_CHART_GROUPED);
  scene = build (chart, 1600, 1000, DQ_LANGUAGE_EN);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_BAR), ==, dq_crosstab_get_n_rows (table));
  legend = texts_with_role (scene, DQ_MARK_ROLE_LEGEND);
  assert_contains (legend, "All respondents\n");
  source = texts_with_role (scene, DQ_MARK_ROLE_SOURCE);
  assert_contains (source, "survey.csv, unweighted");

  diverging = chart_of (table, DQ_ANALYSIS_CHART_DIVERGING, FALSE, &error);
  g_assert_no_error (error);
  diverging_chart = only_chart (diverging, DQ_CHART_DIVERGING);
  scene_ru = build (diverging_chart, 1600, 1000, DQ_LANGUAGE_RU);
  g_assert_cmpuint (count_role (scene_ru, DQ_MARK_ROLE_BAR), ==, 2);
  row_labels = texts_with_role (scene_ru, DQ_MARK_ROLE_ROW_LABEL);
  assert_contains (row_labels, "Все респонденты\n");
}

/* A scale needs two values at least. */
static void
test_diverging_one_category (void)
{
  g_autoptr(DqSurveyData) data = make_data (TRUE);
  const double nine = 9;
  g_autoptr(DqCrosstab) table = make_table (data, "region", &nine, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqChart) made = NULL;
  g_autoptr(DqChart) grouped = NULL;

  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 1);
  made = chart_of (table, DQ_ANALYSIS_CHART_DIVERGING, FALSE, &error);
  g_assert_null (made);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NOT_A_SCALE);
  assert_contains (error->message, "survey.csv");
  assert_contains (error->message, "q1");

  /* One category makes a grouped chart all the same. */
  grouped = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, NULL);
  g_assert_nonnull (grouped);
}

/* Two values with one label stay two series; values without labels are
 * named by themselves, a country code by its country. */
static void
test_column_names (void)
{
  static const double q[] = { 1, 2, 1, 2, 1, 2 };
  static const double group[] = { 1, 1, 2, 2, 3, 3 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("groups.sav");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChart) made = NULL;
  DqChartSource *source;
  g_autoptr(GError) error = NULL;
  guint variable;

  dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), G_N_ELEMENTS (q));
  variable = dq_survey_data_add_numeric (data, "group", g_memdup2 (group, sizeof group),
                                         G_N_ELEMENTS (group));
  dq_survey_data_add_value_label (data, variable, 1, "KZ");
  dq_survey_data_add_value_label (data, variable, 2, "Other");
  dq_survey_data_add_value_label (data, variable, 3, "Other");

  table = dq_crosstab_new (data, "q", "group", NULL, NULL, 0, &error);
  g_assert_no_error (error);
  made = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
  g_assert_no_error (error);
  source = dq_chart_get_source (made);
  g_assert_cmpuint (dq_chart_source_get_n_groups (source), ==, 3);
  g_assert_cmpstr (dq_chart_source_get_group (source, 0), ==, "KZ");
  g_assert_cmpstr (dq_chart_source_get_group (source, 1), ==, "Other (2)");
  g_assert_cmpstr (dq_chart_source_get_group (source, 2), ==, "Other (3)");

  {
    g_autoptr(DqChart) chart = only_chart (made, DQ_CHART_GROUPED);
    g_autoptr(DqScene) scene = build (chart, 1600, 1000, DQ_LANGUAGE_RU);
    g_autofree char *legend = texts_with_role (scene, DQ_MARK_ROLE_LEGEND);
    g_autofree char *row_labels = texts_with_role (scene, DQ_MARK_ROLE_ROW_LABEL);

    assert_contains (legend, "Респонденты: Казахстан\n");
    assert_contains (legend, "Other (2)\n");
    /* Unlabelled answers are named by their values. */
    assert_contains (row_labels, "1\n");
    assert_contains (row_labels, "2\n");
  }
}

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  const double e = 0.5;

  return ax + aw > bx + e && bx + bw > ax + e && ay + ah > by + e && by + bh > ay + e;
}

/* Whether a mark's box lies within the canvas. */
static gboolean
inside (const DqMark *mark,
        DqScene      *scene)
{
  double x, y, width, height;

  dq_mark_get_bounds (mark, &x, &y, &width, &height);

  return x > -0.5 && y > -0.5 && x + width < dq_scene_get_width (scene) + 0.5 &&
         y + height < dq_scene_get_height (scene) + 0.5;
}

/* Checks that every text of a scene lies inside the canvas and runs into
 * no other text. */
static void
check_texts (DqScene    *scene,
             const char *where,
             GString    *failures)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();


  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind == DQ_MARK_TEXT)
        g_ptr_array_add (texts, (gpointer) mark);
    }
  for (guint i = 0; i < texts->len; i++)
    {
      const DqMark *a = g_ptr_array_index (texts, i);
      double ax, ay, aw, ah;

      if (!inside (a, scene))
        g_string_append_printf (failures, "%s: “%s” leaves the canvas\n", where, a->text);
      dq_mark_get_bounds (a, &ax, &ay, &aw, &ah);
      for (guint j = i + 1; j < texts->len; j++)
        {
          const DqMark *b = g_ptr_array_index (texts, j);
          double bx, by, bw, bh;

          dq_mark_get_bounds (b, &bx, &by, &bw, &bh);
          if (boxes_overlap (ax, ay, aw, ah, bx, by, bw, bh))
            g_string_append_printf (failures, "%s: “%s” overlaps “%s”\n", where, a->text,
                                    b->text);
        }
    }
}

/* The imported charts' text stays on the canvas and off other text at the
 * export sizes, in every language, as the bundled charts' does. */
static void
test_text_fits (void)
{
  static const struct { double width; double height; } sizes[] = {
    { 1600, 1000 }, { 1920, 1080 }, { 85 / 25.4 * 96, 85 / 25.4 * 96 },
    { 174 / 25.4 * 96, 116 / 25.4 * 96 }, { 900, 560 },
  };
  g_autoptr(DqSurveyData) data = make_data (FALSE);
  const double nine = 9;
  g_autoptr(DqCrosstab) table = make_table (data, "region", &nine, 1);
  GString *failures = g_string_new (NULL);

  for (DqAnalysisChart kind = DQ_ANALYSIS_CHART_GROUPED; kind <= DQ_ANALYSIS_CHART_DIVERGING;
       kind++)
    {
      g_autoptr(DqChart) made = chart_of (table, kind, FALSE, NULL);
      g_autoptr(DqChart) chart = only_chart (made, kind == DQ_ANALYSIS_CHART_GROUPED
                                                      ? DQ_CHART_GROUPED : DQ_CHART_DIVERGING);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
          {
            g_autoptr(DqScene) scene = build (chart, sizes[s].width, sizes[s].height, l);
            g_autofree char *where = g_strdup_printf ("%s %.0f %s", dq_chart_get_id (chart),
                                                      sizes[s].width, dq_language_to_code (l));

            check_texts (scene, where, failures);
          }
    }

  if (failures->len > 0)
    g_error ("text out of place:\n%s", failures->str);
  g_string_free (failures, TRUE);
}

/* Regions by a scale of 0 to 10 without value labels: @n_groups regions,
 * named as long as real ones are, every region giving every answer, in
 * proportions that differ from region to region. */
static DqSurveyData *
make_scale_data (guint n_groups,
                 guint n_answers)
{
  DqSurveyData *data = dq_survey_data_new ("regions.csv");
  guint n = n_groups * n_answers * 4;
  double *q = g_new (double, n);
  double *region = g_new (double, n);
  double *w = g_new (double, n);
  guint variable;

  for (guint i = 0; i < n; i++)
    {
      region[i] = 1 + i % n_groups;
      q[i] = (i / n_groups + (i % n_groups) * (i % 3)) % n_answers;
      w[i] = 0.5 + (i % 5) * 0.25;
    }
  dq_survey_data_add_numeric (data, "q", q, n);
  variable = dq_survey_data_add_numeric (data, "region", region, n);
  for (guint g = 0; g < n_groups; g++)
    {
      g_autofree char *label = g_strdup_printf ("North Kazakhstan region %u", g + 1);

      dq_survey_data_add_value_label (data, variable, g + 1, label);
    }
  dq_survey_data_add_numeric (data, "w", w, n);

  return data;
}

/* Checks one scene of many bars: every figure drawn, inside the canvas,
 * each answer in a colour of its own, no text over other text. */
static void
check_many (DqChart    *chart,
            DqScene    *scene,
            const char *where,
            GString    *failures)
{
  GPtrArray *figures = dq_chart_get_figures (chart);
  DqChartSource *source = dq_chart_get_source (chart);
  g_autoptr(GHashTable) colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      const DqMark *bar = mark_for_datum (scene, DQ_MARK_ROLE_BAR, dq_figure_get_id (figure));
      g_autofree char *key = NULL;
      const char *seen;

      if (bar == NULL)
        {
          g_string_append_printf (failures, "%s: %s is not drawn\n", where,
                                  dq_figure_get_id (figure));
          continue;
        }
      if (!inside (bar, scene))
        g_string_append_printf (failures, "%s: the bar of %s leaves the canvas\n", where,
                                dq_figure_get_id (figure));

      key = g_strdup_printf ("%.3f %.3f %.3f", bar->fill.red, bar->fill.green, bar->fill.blue);
      seen = g_hash_table_lookup (colors, key);
      if (seen == NULL)
        g_hash_table_insert (colors, g_steal_pointer (&key),
                             (gpointer) dq_figure_get_category (figure));
      else if (!g_str_equal (seen, dq_figure_get_category (figure)))
        g_string_append_printf (failures, "%s: answers %s and %s share a colour\n", where, seen,
                                dq_figure_get_category (figure));
    }
  g_assert_cmpuint (g_hash_table_size (colors), ==, dq_chart_source_get_n_categories (source));
  check_texts (scene, where, failures);
}

/* A scale of 0 to 10 by 25 regions, 275 shares, and five answers by
 * eleven groups: at every export preset, its height free where the preset
 * leaves it free, and in every language, the grouped chart draws every
 * share inside its canvas, never gives two answers one colour, and no
 * text runs into other text. Grouped bars do not fit: they are stacked,
 * a row per region, so no region needs a colour of its own. */
static void
test_many_categories (void)
{
  static const struct { guint groups; guint answers; } tables[] = { { 25, 11 }, { 11, 5 } };
  GString *failures = g_string_new (NULL);
  const DqSizePreset *presets;
  guint n_presets;

  presets = dq_size_presets (&n_presets);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(DqSurveyData) data = make_scale_data (tables[t].groups, tables[t].answers);
      g_autoptr(GError) error = NULL;
      g_autoptr(DqCrosstab) table = dq_crosstab_new (data, "q", "region", "w", NULL, 0, &error);
      g_autoptr(DqChart) made = NULL;
      g_autoptr(DqChart) chart = NULL;

      g_assert_no_error (error);
      made = chart_of (table, DQ_ANALYSIS_CHART_GROUPED, FALSE, &error);
      g_assert_no_error (error);
      chart = only_chart (made, DQ_CHART_GROUPED);
      g_assert_cmpuint (dq_chart_get_figures (chart)->len, ==,
                        tables[t].groups * tables[t].answers);

      for (guint p = 0; p < n_presets; p++)
        for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
          {
            DqChartOptions options = { 0, 0, l, FALSE,
                                       dq_size_preset_scene_max_height (&presets[p]) };
            g_autoptr(DqScene) scene = NULL;
            g_autofree char *where = NULL;

            dq_size_preset_scene_size (&presets[p], &options.width, &options.height);
            scene = dq_chart_build_scene (chart, &options);
            where = g_strdup_printf ("%u × %u, %s, %s", tables[t].groups, tables[t].answers,
                                     presets[p].name, dq_language_to_code (l));
            check_many (chart, scene, where, failures);
            g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_ROW_LABEL), >=, tables[t].groups);
            g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_WHISKER), ==, 0);
            /* Every preset fits, so nobody is told it does not. */
            g_assert_false (dq_scene_get_overflows (scene));
          }

      /* A fixed size too small for 25 rows is said to be so. */
      if (tables[t].groups == 25)
        {
          DqChartOptions small = { 600, 300, DQ_LANGUAGE_EN, FALSE, 0 };
          g_autoptr(DqScene) scene = dq_chart_build_scene (chart, &small);

          g_assert_true (dq_scene_get_overflows (scene));
        }
    }

  if (failures->len > 0)
    g_error ("charts of many categories:\n%s", failures->str);
  g_string_free (failures, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/CrosstabChart/grouped-geometry", test_grouped_geometry);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/grouped-csv", test_grouped_csv);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/diverging-geometry", test_diverging_geometry);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/diverging-reverse", test_diverging_reverse);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/all-respondents", test_all_respondents);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/diverging-one-category",
                   test_diverging_one_category);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/column-names", test_column_names);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/text-fits", test_text_fits);
  g_test_add_func ("/Dostyq/Render/CrosstabChart/many-categories", test_many_categories);

  return g_test_run ();
}
