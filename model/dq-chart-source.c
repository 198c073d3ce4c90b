/* dq-chart-source.c
 *
 * What a survey chart shows, as data: the answers (categories), the groups
 * of respondents (countries, or the columns of a crosstab), the figure of
 * each cell with its 95 % interval, and where they come from. A bundled
 * survey question and a crosstab of one's own data both provide one; the
 * grouped and diverging charts read nothing else.
 *
 * A crosstab's figures are column percentages, each with its Wilson
 * interval on the column's effective sample size and a quote that says how
 * both were computed. Its grouped chart has one category per value of the
 * row variable. Its diverging chart reads the values, in order, as a scale:
 * the lower half is the negative end, the upper half the positive end, and
 * a middle value of an odd number of them is neither.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart-source.h"
#include "dq-figure-private.h"

/* The document id of a crosstab's figures, and the start of its ids. */
#define CROSSTAB_DOCUMENT_ID "imported"

typedef struct
{
  char   *id;
  DqText *label;
} Category;

typedef struct
{
  /* A country code, a crosstab's column, or NULL for all respondents. */
  char   *id;
  /* Respondents; negative when no sample size is stated. */
  double  n;
} Group;

struct _DqChartSource
{
  GObject           parent_instance;

  char             *id;
  DqText           *title;
  GArray           *categories;
  GArray           *groups;
  GStrv             subjects;
  /* DqFigure, one per cell */
  GPtrArray        *figures;
  DqIntervalMethod  method;
  gboolean          from_table;

  /* A bundled question: the dataset holds the survey and its documents. */
  DqDataset        *dataset;
  DqSurvey         *survey;
  /* DqDocument, borrowed from the dataset */
  GPtrArray        *documents;

  /* A crosstab */
  DqCrosstab       *crosstab;
  char             *split_title;
};

G_DEFINE_FINAL_TYPE (DqChartSource, dq_chart_source, G_TYPE_OBJECT)

static void
category_clear (gpointer data)
{
  Category *category = data;

  g_free (category->id);
  dq_text_free (category->label);
}

static void
group_clear (gpointer data)
{
  Group *group = data;

  g_free (group->id);
}

static void
dq_chart_source_dispose (GObject *object)
{
  DqChartSource *self = DQ_CHART_SOURCE (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_object (&self->dataset);
  g_clear_object (&self->crosstab);

  G_OBJECT_CLASS (dq_chart_source_parent_class)->dispose (object);
}

static void
dq_chart_source_finalize (GObject *object)
{
  DqChartSource *self = DQ_CHART_SOURCE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, dq_text_free);
  g_clear_pointer (&self->categories, g_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->subjects, g_strfreev);
  g_clear_pointer (&self->split_title, g_free);

  G_OBJECT_CLASS (dq_chart_source_parent_class)->finalize (object);
}

static void
dq_chart_source_class_init (DqChartSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_chart_source_dispose;
  object_class->finalize = dq_chart_source_finalize;
}

static void
dq_chart_source_init (DqChartSource *self)
{
  self->categories = g_array_new (FALSE, TRUE, sizeof (Category));
  g_array_set_clear_func (self->categories, category_clear);
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, group_clear);
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->documents = g_ptr_array_new ();
}

static void
add_category (DqChartSource *self,
              const char    *id,
              DqText        *label)
{
  Category category = { g_strdup (id), label };

  g_array_append_val (self->categories, category);
}

static void
add_group (DqChartSource *self,
           const char    *id,
           double         n)
{
  Group group = { g_strdup (id), n };

  g_array_append_val (self->groups, group);
}

/* A bundled question */

/* The figure a chart shows for one cell (respondents' country, subject,
 * category) of a question: of several statements of it, the exact one. */
static DqFigure *
pick_figure (DqQuestion *question,
             const char *country,
             const char *subject,
             const char *category)
{
  GListModel *figures = dq_question_get_figures (question);
  DqFigure *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      if (dq_figure_get_subgroup (figure) != NULL ||
          g_strcmp0 (dq_figure_get_country (figure), country) != 0 ||
          g_strcmp0 (dq_figure_get_subject (figure), subject) != 0 ||
          g_strcmp0 (dq_figure_get_category (figure), category) != 0)
        continue;

      /* Prefer a stated value to a gap, and an exact value to a bound. */
      if (best == NULL ||
          (!dq_figure_has_value (best) && dq_figure_has_value (figure)) ||
          (dq_figure_has_value (figure) && dq_figure_get_bound (best) != DQ_BOUND_EQ &&
           dq_figure_get_bound (figure) == DQ_BOUND_EQ))
        best = figure;
    }

  return best;
}

static void
add_document (DqChartSource *self,
              const char    *id)
{
  DqDocument *document = dq_dataset_lookup_document (self->dataset, id);

  if (document != NULL && !g_ptr_array_find (self->documents, document, NULL))
    g_ptr_array_add (self->documents, document);
}

/**
 * dq_chart_source_new_for_question:
 * @dataset: the dataset that holds @survey
 * @survey: a survey
 * @question: one of its questions
 *
 * The figures of a question a survey reports: one per answer, respondents'
 * country and, for questions about several countries, subject; of the whole
 * sample, in percent. The groups are the survey's samples, in its order,
 * with their stated sizes.
 *
 * Returns: (transfer full): the source
 */
DqChartSource *
dq_chart_source_new_for_question (DqDataset  *dataset,
                                  DqSurvey   *survey,
                                  DqQuestion *question)
{
  DqChartSource *self;
  GListModel *figures;
  GListModel *samples;
  DqDocument *document;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY (survey), NULL);
  g_return_val_if_fail (DQ_IS_QUESTION (question), NULL);

  self = g_object_new (DQ_TYPE_CHART_SOURCE, NULL);
  self->dataset = g_object_ref (dataset);
  self->survey = survey;
  self->id = g_strdup_printf ("%s-%s", dq_survey_get_id (survey), dq_question_get_id (question));
  self->title = dq_text_copy (dq_question_get_wording (question));
  self->subjects = g_strdupv ((char **) dq_question_get_subjects (question));
  if (self->subjects != NULL && self->subjects[0] == NULL)
    g_clear_pointer (&self->subjects, g_strfreev);
  self->method = DQ_INTERVAL_NORMAL;

  for (guint c = 0; c < dq_question_get_n_categories (question); c++)
    {
      const DqCategory *category = dq_question_get_category (question, c);

      add_category (self, category->id, dq_text_copy (category->label));
    }

  samples = dq_survey_get_samples (survey);
  for (guint i = 0; i < g_list_model_get_n_items (samples); i++)
    {
      g_autoptr(DqFigure) sample = g_list_model_get_item (samples, i);

      add_group (self, dq_figure_get_country (sample),
                 dq_figure_has_value (sample) ? dq_figure_get_value (sample) : -1);
    }

  figures = dq_question_get_figures (question);
  for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, f);

      if (dq_figure_get_subgroup (figure) != NULL ||
          dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
        continue;
      /* Keep one figure per cell, as the charts draw it. */
      if (pick_figure (question, dq_figure_get_country (figure), dq_figure_get_subject (figure),
                       dq_figure_get_category (figure)) != figure)
        continue;
      g_ptr_array_add (self->figures, g_object_ref (figure));
      add_document (self, dq_source_get_document_id (dq_figure_get_source (figure)));
      if (dq_figure_get_ci (figure, NULL, NULL))
        self->method = DQ_INTERVAL_STATED;
    }

  document = dq_dataset_lookup_document (dataset, dq_survey_get_document_id (survey));
  self->from_table = document != NULL && dq_document_is_table (document);

  return self;
}

/* A crosstab */

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

/* An id from a variable name: "Q1_a" becomes "q1-a". */
static char *
make_id (const char *name)
{
  GString *id = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
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

  g_ptr_array_add (self->figures,
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
    add_category (self, ids[r], text_same (row_label (table, r)));

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
  add_category (self, "negative", text_same (reverse ? upper_label : lower_label));
  if (has_middle)
    add_category (self, "middle", text_same (middle_label));
  add_category (self, "positive", text_same (reverse ? lower_label : upper_label));

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
 * @reverse: for %DQ_CROSSTAB_CHART_DIVERGING, whether the scale runs from
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
                                  DqCrosstabChart   chart,
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
  g_return_val_if_fail (chart == DQ_CROSSTAB_CHART_GROUPED ||
                        chart == DQ_CROSSTAB_CHART_DIVERGING, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = dq_crosstab_get_data (crosstab);
  row_variable = dq_crosstab_get_row_variable (crosstab);
  if (chart == DQ_CROSSTAB_CHART_DIVERGING && dq_crosstab_get_n_rows (crosstab) < 2)
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

      add_group (self, column->name,
                 dq_crosstab_get_unweighted (crosstab, dq_crosstab_get_n_rows (crosstab),
                                             column->index));
    }

  if (chart == DQ_CROSSTAB_CHART_DIVERGING)
    add_diverging (self, columns, reverse);
  else
    add_grouped (self, columns);

  return self;
}

/* Reading */

const char *
dq_chart_source_get_id (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->id;
}

/**
 * dq_chart_source_get_title:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none): the question's wording, or the row variable's
 *   label
 */
const DqText *
dq_chart_source_get_title (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->title;
}

/**
 * dq_chart_source_is_diverging:
 * @self: a #DqChartSource
 *
 * Returns: whether the answers have a positive and a negative end:
 *   attitudes towards several countries, or a scale of one's own data
 */
gboolean
dq_chart_source_is_diverging (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), FALSE);

  return dq_chart_source_lookup_category (self, "positive") != NULL &&
         dq_chart_source_lookup_category (self, "negative") != NULL;
}

guint
dq_chart_source_get_n_categories (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), 0);

  return self->categories->len;
}

const char *
dq_chart_source_get_category_id (DqChartSource *self,
                                 guint          category)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_array_index (self->categories, Category, category).id;
}

/**
 * dq_chart_source_get_category_label:
 * @self: a #DqChartSource
 * @category: the index of an answer
 *
 * Returns: (transfer none): the answer, in each chart language
 */
const DqText *
dq_chart_source_get_category_label (DqChartSource *self,
                                    guint          category)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_array_index (self->categories, Category, category).label;
}

/**
 * dq_chart_source_lookup_category:
 * @self: a #DqChartSource
 * @id: a category id
 *
 * Returns: (transfer none) (nullable): the label of the answer with that
 *   id, or %NULL when there is none
 */
const DqText *
dq_chart_source_lookup_category (DqChartSource *self,
                                 const char    *id)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  for (guint i = 0; i < self->categories->len; i++)
    {
      const Category *category = &g_array_index (self->categories, Category, i);

      if (g_strcmp0 (category->id, id) == 0)
        return category->label;
    }

  return NULL;
}

guint
dq_chart_source_get_n_groups (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), 0);

  return self->groups->len;
}

/**
 * dq_chart_source_get_group:
 * @self: a #DqChartSource
 * @group: the index of a group of respondents
 *
 * Returns: (nullable): the group: a country code of a survey, the name of
 *   a crosstab's column, or %NULL for all respondents
 */
const char *
dq_chart_source_get_group (DqChartSource *self,
                           guint          group)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  return g_array_index (self->groups, Group, group).id;
}

/**
 * dq_chart_source_get_group_n:
 * @self: a #DqChartSource
 * @group: the index of a group of respondents
 *
 * Returns: the group's respondents: a survey's stated sample size, or a
 *   crosstab column's unweighted count; negative when none is stated
 */
double
dq_chart_source_get_group_n (DqChartSource *self,
                             guint          group)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), -1);
  g_return_val_if_fail (group < self->groups->len, -1);

  return g_array_index (self->groups, Group, group).n;
}

/**
 * dq_chart_source_get_subjects:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none) (nullable): the countries a question asked
 *   about, as "attitude towards ___" does; %NULL for other questions
 */
const char * const *
dq_chart_source_get_subjects (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return (const char * const *) self->subjects;
}

/**
 * dq_chart_source_get_figures:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none) (element-type DqFigure): the figure of each cell,
 *   the model object behind each value
 */
GPtrArray *
dq_chart_source_get_figures (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->figures;
}

/**
 * dq_chart_source_lookup:
 * @self: a #DqChartSource
 * @group: (nullable): a group of respondents
 * @subject: (nullable): the country asked about, for questions with subjects
 * @category: a category id
 *
 * Returns: (transfer none) (nullable): the figure of that cell
 */
DqFigure *
dq_chart_source_lookup (DqChartSource *self,
                        const char    *group,
                        const char    *subject,
                        const char    *category)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_strcmp0 (dq_figure_get_country (figure), group) == 0 &&
          g_strcmp0 (dq_figure_get_subject (figure), subject) == 0 &&
          g_strcmp0 (dq_figure_get_category (figure), category) == 0)
        return figure;
    }

  return NULL;
}

/**
 * dq_chart_source_get_value:
 * @self: a #DqChartSource
 * @figure: one of its figures
 *
 * Returns: the figure's value in percent, or NAN for a gap
 */
double
dq_chart_source_get_value (DqChartSource *self,
                           DqFigure      *figure)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NAN);
  g_return_val_if_fail (DQ_IS_FIGURE (figure), NAN);

  return dq_figure_has_value (figure) ? dq_figure_get_value (figure) : NAN;
}

static double
lookup_group_n (DqChartSource *self,
                const char    *group)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      const Group *g = &g_array_index (self->groups, Group, i);

      if (g_strcmp0 (g->id, group) == 0)
        return g->n;
    }

  return -1;
}

/**
 * dq_chart_source_get_interval:
 * @self: a #DqChartSource
 * @figure: one of its figures, a percentage stated exactly
 * @low: (out): the lower end of the 95 % interval, in percent
 * @high: (out): the upper end
 *
 * The interval stated with the figure, as a crosstab states its Wilson
 * interval on the effective sample size; otherwise the normal
 * approximation p ± 1.96·√(p(1−p)/n), with n the stated sample size of the
 * figure's group, clipped to 0–100.
 *
 * Returns: %FALSE when there is no interval: the figure is a bound or a gap,
 *   or it states no interval and no sample size is stated
 */
gboolean
dq_chart_source_get_interval (DqChartSource *self,
                              DqFigure      *figure,
                              double        *low,
                              double        *high)
{
  double p, n, half;

  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), FALSE);
  g_return_val_if_fail (DQ_IS_FIGURE (figure), FALSE);

  if (!dq_figure_has_value (figure) ||
      dq_figure_get_bound (figure) != DQ_BOUND_EQ ||
      dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
    return FALSE;

  /* A stated interval is the one computed with the data's own weights. */
  if (dq_figure_get_ci (figure, low, high))
    return TRUE;

  n = lookup_group_n (self, dq_figure_get_country (figure));
  if (self->method == DQ_INTERVAL_WILSON || n <= 0)
    return FALSE;

  p = dq_figure_get_value (figure) / 100;
  half = 1.96 * sqrt (p * (1 - p) / n);
  *low = MAX (0, p - half) * 100;
  *high = MIN (1, p + half) * 100;

  return TRUE;
}

/**
 * dq_chart_source_get_interval_method:
 * @self: a #DqChartSource
 *
 * Returns: how the intervals were found: Wilson intervals of a crosstab,
 *   intervals a source states, or the normal approximation
 */
DqIntervalMethod
dq_chart_source_get_interval_method (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), DQ_INTERVAL_NORMAL);

  return self->method;
}

/**
 * dq_chart_source_is_from_table:
 * @self: a #DqChartSource
 *
 * Returns: whether the figures were computed from a data table, the
 *   researcher's own microdata, rather than reported by a document
 */
gboolean
dq_chart_source_is_from_table (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), FALSE);

  return self->from_table;
}

/**
 * dq_chart_source_get_survey_name:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none) (nullable): the name of a bundled question's
 *   survey; %NULL for a crosstab
 */
const DqText *
dq_chart_source_get_survey_name (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->survey != NULL ? dq_survey_get_name (self->survey) : NULL;
}

/**
 * dq_chart_source_get_documents:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none) (element-type DqDocument): the documents that
 *   state a bundled question's figures, in the order of the figures; empty
 *   for a crosstab
 */
GPtrArray *
dq_chart_source_get_documents (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->documents;
}

/**
 * dq_chart_source_lookup_document:
 * @self: a #DqChartSource
 * @figure: one of its figures
 *
 * Returns: (transfer none) (nullable): the document that states @figure;
 *   %NULL for a crosstab's, which the file and its weighting describe
 */
DqDocument *
dq_chart_source_lookup_document (DqChartSource *self,
                                 DqFigure      *figure)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);
  g_return_val_if_fail (DQ_IS_FIGURE (figure), NULL);

  if (self->dataset == NULL)
    return NULL;

  return dq_dataset_lookup_document (self->dataset,
                                     dq_source_get_document_id (dq_figure_get_source (figure)));
}

/**
 * dq_chart_source_get_crosstab:
 * @self: a #DqChartSource
 *
 * Returns: (transfer none) (nullable): the crosstab the figures were
 *   computed from, with its file, weight and missing codes
 */
DqCrosstab *
dq_chart_source_get_crosstab (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->crosstab;
}

/**
 * dq_chart_source_get_file:
 * @self: a #DqChartSource
 *
 * Returns: (nullable): the name of a crosstab's data file
 */
const char *
dq_chart_source_get_file (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  if (self->crosstab == NULL)
    return NULL;

  return dq_survey_data_get_source_name (dq_crosstab_get_data (self->crosstab));
}

/**
 * dq_chart_source_get_weight:
 * @self: a #DqChartSource
 *
 * Returns: (nullable): the variable a crosstab's respondents are weighted
 *   by, or %NULL
 */
const char *
dq_chart_source_get_weight (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  if (self->crosstab == NULL)
    return NULL;

  return dq_crosstab_get_weight_variable (self->crosstab);
}

/**
 * dq_chart_source_get_split_title:
 * @self: a #DqChartSource
 *
 * Returns: (nullable): the label (or name) of the variable that splits a
 *   crosstab's respondents into groups; %NULL when there is none
 */
const char *
dq_chart_source_get_split_title (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->split_title;
}
