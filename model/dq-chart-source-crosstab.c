/* dq-chart-source-crosstab.c
 *
 * The chart source of a crosstab of one's own data. Its figures are column
 * percentages, each with its Wilson interval on the column's effective
 * sample size and a quote that says how both were computed. Its grouped
 * chart has one category per value of the row variable. Its diverging
 * chart reads the values, in order, as a scale: the lower half is the
 * negative end, the upper half the positive end, and a middle value of an
 * odd number of them is neither.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart-source-private.h"

/* The document id of a crosstab's figures, and the start of its ids. */
#define CROSSTAB_DOCUMENT_ID "imported"

/* A column of the table, as a group of respondents. */
typedef struct
{
  /* The crosstab's column: dq_crosstab_get_n_columns() for all respondents. */
  guint  index;
  /* The group's and figures' "country"; NULL for all respondents. */
  char  *name;
  /* "region = 1 “North”", for the quotes. */
  char  *description;
} Column;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->description);
}

static char *
format_decimal (double value,
                int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_snprintf (format, sizeof format, "%%.%df", decimals);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/* "q1 = 2 “Rather positive”", or "q1 = 2" for a value without a label;
 * without @variable, "2 “Rather positive”". */
static char *
describe_value (const char *variable,
                const char *value,
                const char *label)
{
  g_autofree char *described = NULL;

  if (label == NULL || *label == '\0' || g_str_equal (label, value))
    described = g_strdup (value);
  else
    described = g_strdup_printf ("%s “%s”", value, label);

  if (variable == NULL)
    return g_steal_pointer (&described);

  return g_strdup_printf ("%s = %s", variable, described);
}

static const char *
row_label (DqCrosstab *table,
           guint       row)
{
  const char *label = dq_crosstab_get_row_label (table, row);

  return label != NULL && *label != '\0' ? label : dq_crosstab_get_row_value (table, row);
}

static const char *
column_label (DqCrosstab *table,
              guint       column)
{
  const char *label = dq_crosstab_get_column_label (table, column);

  return label != NULL && *label != '\0' ? label : dq_crosstab_get_column_value (table, column);
}

/* The label of a variable, or its name when it has none. */
static const char *
variable_title (DqSurveyData *data,
                const char   *name)
{
  guint variable;
  const char *label;

  if (!dq_survey_data_lookup_variable (data, name, &variable))
    return name;
  label = dq_survey_data_get_label (data, variable);

  return label != NULL && *label != '\0' ? label : name;
}

/* The columns, each named by its label. Two values with one label are told
 * apart by their values, since the charts match figures by that name. */
static GArray *
collect_columns (DqCrosstab *table)
{
  GArray *columns = g_array_new (FALSE, TRUE, sizeof (Column));
  guint n_columns = dq_crosstab_get_n_columns (table);
  const char *variable = dq_crosstab_get_column_variable (table);

  g_array_set_clear_func (columns, column_clear);

  if (n_columns == 0)
    {
      Column column = { n_columns, NULL, g_strdup ("all respondents") };

      g_array_append_val (columns, column);
      return columns;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      const char *label = column_label (table, c);
      gboolean shared = FALSE;
      Column column;

      for (guint o = 0; o < n_columns && !shared; o++)
        shared = o != c && g_str_equal (column_label (table, o), label);

      column.index = c;
      column.name = shared ? g_strdup_printf ("%s (%s)", label,
                                              dq_crosstab_get_column_value (table, c))
                           : g_strdup (label);
      column.description = describe_value (variable, dq_crosstab_get_column_value (table, c),
                                           dq_crosstab_get_column_label (table, c));
      g_array_append_val (columns, column);
    }

  return columns;
}

/* An id from a variable name: "Q1_a" becomes "q1-a", "Возраст" "возраст".
 * Letters and digits of every script are kept, so that two variables in
 * Cyrillic do not both become "question" (and one chart's files replace
 * the other's). */
static char *
make_id (const char *name)
{
  GString *id = g_string_new (NULL);

  for (const char *p = name; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isalnum (c))
        g_string_append_unichar (id, g_unichar_tolower (c));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');

      p = c == (gunichar) -1 || c == (gunichar) -2 ? p + 1 : g_utf8_next_char (p);
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "question");

  return g_string_free (id, FALSE);
}

static gboolean
is_plain_id (const char *text)
{
  if (!g_ascii_islower (text[0]) && !g_ascii_isdigit (text[0]))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

/* The grouped chart's category ids: the values themselves when they all
 * make ids ("1", "2", "9"), so that the chart's data reads like the file;
 * otherwise "c1", "c2", …. The ids of the diverging chart's ends are never
 * used, lest a grouped chart be taken for one. */
static GStrv
make_category_ids (DqCrosstab *table)
{
  static const char * const reserved[] = { "positive", "negative", "middle", NULL };
  guint n_rows = dq_crosstab_get_n_rows (table);
  GStrv ids = g_new0 (char *, n_rows + 1);
  gboolean values = TRUE;

  for (guint r = 0; r < n_rows && values; r++)
    {
      const char *value = dq_crosstab_get_row_value (table, r);

      values = is_plain_id (value) && !g_strv_contains (reserved, value);
    }

  for (guint r = 0; r < n_rows; r++)
    ids[r] = values ? g_strdup (dq_crosstab_get_row_value (table, r))
                    : g_strdup_printf ("c%u", r + 1);

  return ids;
}

/* The words of one's own data are the same in every language. */
static DqText *
text_same (const char *text)
{
  return dq_text_new (text, text, text);
}

/* One figure: a share of a column's respondents, with its interval and the
 * sentence that says how both were computed. */
static void
add_figure (DqChartSource *self,
            const Column  *column,
            const char    *category,
            const char    *answer,
            const char    *answer_description,
            double         percent,
            double         low,
            double         high)
{
  DqCrosstab *table = self->crosstab;
  const char *weight = dq_crosstab_get_weight_variable (table);
  guint64 n = dq_crosstab_get_unweighted (table, dq_crosstab_get_n_rows (table), column->index);
  double n_eff = dq_crosstab_get_effective_n (table, column->index);
  g_autofree char *id = g_strdup_printf ("%s-%u-%s", self->id, column->index + 1, category);
  g_autofree char *value_text = NULL;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  g_autofree char *n_eff_text = format_decimal (n_eff, 1);
  g_autofree char *quote = NULL;
  g_autofree char *weighting = NULL;
  g_autofree char *label = NULL;

  /* Sums of shares may pass 100 by a rounding error; the interval holds
   * the value, which the Wilson interval does but for the last bit. */
  percent = CLAMP (percent, 0, 100);
  value_text = format_decimal (percent, 1);
  if (isfinite (low) && isfinite (high))
    {
      low = MIN (low, percent);
      high = MAX (high, percent);
      low_text = format_decimal (low, 1);
      high_text = format_decimal (high, 1);
    }

  if (weight != NULL)
    weighting = g_strdup_printf ("weighted by %s (n = %" G_GUINT64_FORMAT
                                 ", effective n = %s)", weight, n, n_eff_text);
  else
    weighting = g_strdup_printf ("unweighted (n = %" G_GUINT64_FORMAT ")", n);
  if (low_text != NULL)
    quote = g_strdup_printf ("%s, %s: %s %% %s, Wilson 95 %% interval %s–%s %%",
                             answer_description, column->description, value_text, weighting,
                             low_text, high_text);
  else
    quote = g_strdup_printf ("%s, %s: %s %% %s", answer_description, column->description,
                             value_text, weighting);

  /* "Rather positive — North", as a tooltip names the bar; the chart
   * names all respondents in its own language. */
  label = column->name != NULL ? g_strdup_printf ("%s — %s", answer, column->name)
                               : g_strdup (answer);

  _dq_chart_source_add_figure (self,
                               _dq_figure_new_estimate (id, text_same (label), percent, value_text,
                                            column->name, category,
                                            low_text != NULL ? low : NAN,
                                            high_text != NULL ? high : NAN,
                                            dq_source_new (CROSSTAB_DOCUMENT_ID, quote)));
}

static void
add_grouped (DqChartSource *self,
             GArray        *columns)
{
  DqCrosstab *table = self->crosstab;
  const char *variable = dq_crosstab_get_row_variable (table);
  guint n_rows = dq_crosstab_get_n_rows (table);
  g_auto(GStrv) ids = make_category_ids (table);

  for (guint r = 0; r < n_rows; r++)
    _dq_chart_source_add_category (self, ids[r], text_same (row_label (table, r)));

  for (guint c = 0; c < columns->len; c++)
    {
      const Column *column = &g_array_index (columns, Column, c);

      for (guint r = 0; r < n_rows; r++)
        {
          g_autofree char *answer = describe_value (variable, dq_crosstab_get_row_value (table, r),
                                                    dq_crosstab_get_row_label (table, r));
          double low, high;

          dq_crosstab_get_column_interval (table, r, column->index, &low, &high);
          add_figure (self, column, ids[r], row_label (table, r), answer,
                      dq_crosstab_get_column_percent (table, r, column->index), low, high);
        }
    }
}

/* The rows from @first to @last, inclusive, as one end of a scale: their
 * labels joined for the legend, and "q1 = 4 “Good” or 5 “Very good”". */
static void
describe_end (DqCrosstab  *table,
              guint        first,
              guint        last,
              char       **label,
              char       **description)
{
  const char *variable = dq_crosstab_get_row_variable (table);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);

  for (guint r = first; r <= last; r++)
    {
      /* Only the first names the variable: "q1 = 4 or 5". */
      g_autofree char *value = describe_value (r == first ? variable : NULL,
                                               dq_crosstab_get_row_value (table, r),
                                               dq_crosstab_get_row_label (table, r));

      if (r > first)
        {
          g_string_append (labels, ", ");
          g_string_append (values, " or ");
        }
      g_string_append (labels, row_label (table, r));
      g_string_append (values, value);
    }

  *label = g_strdup (labels->str);
  *description = g_strdup (values->str);
}

/* One end of the scale for one column: the sum of its rows' shares, with a
 * Wilson interval of its own. */
static void
add_end (DqChartSource *self,
         const Column  *column,
         guint          first,
         guint          last,
         const char    *category,
         const char    *label,
         const char    *description)
{
  double n_eff = dq_crosstab_get_effective_n (self->crosstab, column->index);
  double sum = 0, low, high;

  for (guint r = first; r <= last; r++)
    sum += dq_crosstab_get_column_percent (self->crosstab, r, column->index);

  dq_crosstab_wilson_interval (CLAMP (sum / 100, 0, 1), n_eff, &low, &high);
  add_figure (self, column, category, label, description, sum, low * 100, high * 100);
}

static void
add_diverging (DqChartSource *self,
               GArray        *columns,
               gboolean       reverse)
{
  DqCrosstab *table = self->crosstab;
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint half = n_rows / 2;
  /* The rows of each end, lower first; a middle row is neither. */
  guint lower_last = half - 1;
  guint upper_first = n_rows - half;
  gboolean has_middle = n_rows % 2 == 1;
  const char *lower_id = reverse ? "positive" : "negative";
  const char *upper_id = reverse ? "negative" : "positive";
  g_autofree char *lower_label = NULL;
  g_autofree char *lower_description = NULL;
  g_autofree char *upper_label = NULL;
  g_autofree char *upper_description = NULL;
  g_autofree char *middle_label = NULL;
  g_autofree char *middle_description = NULL;

  describe_end (table, 0, lower_last, &lower_label, &lower_description);
  describe_end (table, upper_first, n_rows - 1, &upper_label, &upper_description);
  if (has_middle)
    describe_end (table, half, half, &middle_label, &middle_description);

  /* Categories in the order the bars read: negative, middle, positive. */
  _dq_chart_source_add_category (self, "negative", text_same (reverse ? upper_label : lower_label));
  if (has_middle)
    _dq_chart_source_add_category (self, "middle", text_same (middle_label));
  _dq_chart_source_add_category (self, "positive", text_same (reverse ? lower_label : upper_label));

  for (guint c = 0; c < columns->len; c++)
    {
      const Column *column = &g_array_index (columns, Column, c);

      add_end (self, column, 0, lower_last, lower_id, lower_label, lower_description);
      if (has_middle)
        {
          double low, high;

          dq_crosstab_get_column_interval (table, half, column->index, &low, &high);
          add_figure (self, column, "middle", middle_label, middle_description,
                      dq_crosstab_get_column_percent (table, half, column->index), low, high);
        }
      add_end (self, column, upper_first, n_rows - 1, upper_id, upper_label, upper_description);
    }
}

/**
 * dq_chart_source_new_for_crosstab:
 * @crosstab: a #DqCrosstab
 * @chart: the chart to prepare
 * @reverse: for %DQ_ANALYSIS_CHART_DIVERGING, whether the scale runs from
 *   positive to negative, as one coded 1 = very positive does
 * @error: the place for an error
 *
 * The table's column percentages, for grouped bars of every category or
 * diverging bars of the two ends of a scale. Each figure states its Wilson
 * 95 % interval on the column's effective sample size. The groups are the
 * columns, named by their value labels (or values), with their unweighted
 * counts; without a column variable there is one group of all respondents.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL with @error set
 *   when a diverging chart is asked of fewer than two categories
 */
DqChartSource *
dq_chart_source_new_for_crosstab (DqCrosstab       *crosstab,
                                  DqAnalysisChart   chart,
                                  gboolean          reverse,
                                  GError          **error)
{
  DqSurveyData *data;
  DqChartSource *self;
  const char *row_variable;
  const char *column_variable;
  g_autofree char *question_id = NULL;
  g_autoptr(GArray) columns = NULL;

  g_return_val_if_fail (DQ_IS_CROSSTAB (crosstab), NULL);
  g_return_val_if_fail (chart == DQ_ANALYSIS_CHART_GROUPED ||
                        chart == DQ_ANALYSIS_CHART_DIVERGING, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = dq_crosstab_get_data (crosstab);
  row_variable = dq_crosstab_get_row_variable (crosstab);
  if (chart == DQ_ANALYSIS_CHART_DIVERGING && dq_crosstab_get_n_rows (crosstab) < 2)
    {
      g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NOT_A_SCALE,
                   _("%s: a diverging chart needs a scale of at least two values, but “%s” has "
                     "only one valid value"),
                   dq_survey_data_get_source_name (data), row_variable);
      return NULL;
    }

  self = g_object_new (DQ_TYPE_CHART_SOURCE, NULL);
  self->crosstab = g_object_ref (crosstab);
  question_id = make_id (row_variable);
  self->id = g_strdup_printf ("%s-%s", CROSSTAB_DOCUMENT_ID, question_id);
  self->title = text_same (variable_title (data, row_variable));
  self->method = DQ_INTERVAL_WILSON;
  self->from_table = TRUE;

  /* The charts' subtitle says by which variable respondents are split. */
  column_variable = dq_crosstab_get_column_variable (crosstab);
  if (column_variable != NULL && dq_crosstab_get_n_columns (crosstab) > 0)
    self->split_title = g_strdup (variable_title (data, column_variable));

  columns = collect_columns (crosstab);
  for (guint c = 0; c < columns->len; c++)
    {
      const Column *column = &g_array_index (columns, Column, c);
      guint64 n = dq_crosstab_get_unweighted (crosstab, dq_crosstab_get_n_rows (crosstab),
                                              column->index);

      _dq_chart_source_add_group (self, column->name, n);
    }

  if (chart == DQ_ANALYSIS_CHART_DIVERGING)
    add_diverging (self, columns, reverse);
  else
    add_grouped (self, columns);

  return self;
}
