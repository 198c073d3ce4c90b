/* dq-chart-source.c
 *
 * What a survey chart shows, as data: the answers (categories), the groups
 * of respondents (countries, or the columns of a crosstab), the figure of
 * each cell with its 95 % interval, and where they come from. A bundled
 * survey question and a crosstab of one's own data both provide one; the
 * grouped and diverging charts read nothing else. A crosstab's source is
 * made in dq-chart-source-crosstab.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <math.h>

#include "dq-chart-source-private.h"

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

static gsize n_comparisons;

static guint
cell_key_hash (gconstpointer data)
{
  const CellKey *key = data;
  guint hash = 17;

  hash = hash * 31 + (key->group != NULL ? g_str_hash (key->group) : 0);
  hash = hash * 31 + (key->subject != NULL ? g_str_hash (key->subject) : 0);
  hash = hash * 31 + (key->category != NULL ? g_str_hash (key->category) : 0);

  return hash;
}

static gboolean
cell_key_equal (gconstpointer a,
                gconstpointer b)
{
  const CellKey *ka = a;
  const CellKey *kb = b;

  g_atomic_pointer_add (&n_comparisons, 1);

  return g_strcmp0 (ka->group, kb->group) == 0 &&
         g_strcmp0 (ka->subject, kb->subject) == 0 &&
         g_strcmp0 (ka->category, kb->category) == 0;
}

static GHashTable *
cell_index_new (void)
{
  return g_hash_table_new_full (cell_key_hash, cell_key_equal, g_free, NULL);
}

static CellKey *
cell_key_new (DqFigure *figure)
{
  CellKey *key = g_new (CellKey, 1);

  key->group = dq_figure_get_country (figure);
  key->subject = dq_figure_get_subject (figure);
  key->category = dq_figure_get_category (figure);

  return key;
}

guint64
_dq_chart_source_get_n_comparisons (void)
{
  return (guint64) g_atomic_pointer_get (&n_comparisons);
}

/* Adds a figure (taking it) and indexes its cell; the first figure of a
 * cell is the one lookups find. */
void
_dq_chart_source_add_figure (DqChartSource *self,
                             DqFigure      *figure)
{
  CellKey *key = cell_key_new (figure);

  g_ptr_array_add (self->figures, figure);
  if (!g_hash_table_contains (self->index, key))
    g_hash_table_insert (self->index, key, figure);
  else
    g_free (key);
}

static void
dq_chart_source_dispose (GObject *object)
{
  DqChartSource *self = DQ_CHART_SOURCE (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
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
  g_clear_pointer (&self->filter_description, g_free);
  g_clear_pointer (&self->missing_codes, g_array_unref);

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
  self->index = cell_index_new ();
  self->documents = g_ptr_array_new ();
}

void
_dq_chart_source_add_category (DqChartSource *self,
                               const char    *id,
                               DqText        *label)
{
  Category category = { g_strdup (id), label };

  g_array_append_val (self->categories, category);
}

void
_dq_chart_source_add_group (DqChartSource *self,
                            const char    *id,
                            double         n)
{
  Group group = { g_strdup (id), n };

  g_array_append_val (self->groups, group);
}

/* A bundled question */

/* The figure a chart shows for each cell (respondents' country, subject,
 * category) of a question: of several statements of it, the exact one. One
 * pass over the figures, so that a question with many of them builds its
 * chart in time proportional to their number. The figures are borrowed
 * from the question. */
static GHashTable *
pick_figures (DqQuestion *question)
{
  GListModel *figures = dq_question_get_figures (question);
  GHashTable *best = cell_index_new ();

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      CellKey *key;
      DqFigure *current;

      if (dq_figure_get_subgroup (figure) != NULL)
        continue;

      key = cell_key_new (figure);
      current = g_hash_table_lookup (best, key);
      /* Prefer a stated value to a gap, and an exact value to a bound. */
      if (current == NULL ||
          (!dq_figure_has_value (current) && dq_figure_has_value (figure)) ||
          (dq_figure_has_value (figure) && dq_figure_get_bound (current) != DQ_BOUND_EQ &&
           dq_figure_get_bound (figure) == DQ_BOUND_EQ))
        g_hash_table_insert (best, key, figure);
      else
        g_free (key);
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
  g_autoptr(GHashTable) picked = NULL;
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

      _dq_chart_source_add_category (self, category->id, dq_text_copy (category->label));
    }

  samples = dq_survey_get_samples (survey);
  for (guint i = 0; i < g_list_model_get_n_items (samples); i++)
    {
      g_autoptr(DqFigure) sample = g_list_model_get_item (samples, i);

      _dq_chart_source_add_group (self, dq_figure_get_country (sample),
                                  dq_figure_has_value (sample) ? dq_figure_get_value (sample)
                                                               : -1);
    }

  figures = dq_question_get_figures (question);
  picked = pick_figures (question);
  for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, f);
      CellKey key = {
        dq_figure_get_country (figure), dq_figure_get_subject (figure),
        dq_figure_get_category (figure),
      };

      if (dq_figure_get_subgroup (figure) != NULL ||
          dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
        continue;
      /* Keep one figure per cell, as the charts draw it. */
      if (g_hash_table_lookup (picked, &key) != figure)
        continue;
      _dq_chart_source_add_figure (self, g_object_ref (figure));
      add_document (self, dq_source_get_document_id (dq_figure_get_source (figure)));
      if (dq_figure_get_ci (figure, NULL, NULL))
        self->method = DQ_INTERVAL_STATED;
    }

  document = dq_dataset_lookup_document (dataset, dq_survey_get_document_id (survey));
  self->from_table = document != NULL && dq_document_is_table (document);

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
  CellKey key = { group, subject, category };

  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return g_hash_table_lookup (self->index, &key);
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

/**
 * dq_chart_source_set_filter_description:
 * @self: a #DqChartSource
 * @description: (nullable): which respondents a crosstab counts, as its
 *   filter says it ("region = North, age ≥ 18"), or %NULL (or "") for all
 *
 * The hook for whoever filters the data: the chart's source line names
 * the filter.
 */
void
dq_chart_source_set_filter_description (DqChartSource *self,
                                        const char    *description)
{
  g_return_if_fail (DQ_IS_CHART_SOURCE (self));

  g_free (self->filter_description);
  self->filter_description = description != NULL && *description != '\0' ? g_strdup (description)
                                                                          : NULL;
}

const char *
dq_chart_source_get_filter_description (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  return self->filter_description;
}

/**
 * dq_chart_source_set_n_corrected_values:
 * @self: a #DqChartSource
 * @n_values: how many values of the survey data were corrected in the
 *   project the chart is drawn from
 *
 * The chart's source line says so, so that a chart of edited data is
 * never read as one of the file as published.
 */
void
dq_chart_source_set_n_corrected_values (DqChartSource *self,
                                        guint          n_values)
{
  g_return_if_fail (DQ_IS_CHART_SOURCE (self));

  self->n_corrected_values = n_values;
}

guint
dq_chart_source_get_n_corrected_values (DqChartSource *self)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), 0);

  return self->n_corrected_values;
}

/**
 * dq_chart_source_set_missing_codes:
 * @self: a #DqChartSource
 * @codes: (array length=n_codes) (nullable): the codes a crosstab left out
 *   as missing, besides those its file declares
 * @n_codes: how many
 */
void
dq_chart_source_set_missing_codes (DqChartSource *self,
                                   const double  *codes,
                                   gsize          n_codes)
{
  g_return_if_fail (DQ_IS_CHART_SOURCE (self));

  g_clear_pointer (&self->missing_codes, g_array_unref);
  if (n_codes == 0)
    return;

  self->missing_codes = g_array_sized_new (FALSE, FALSE, sizeof (double), n_codes);
  g_array_append_vals (self->missing_codes, codes, n_codes);
}

/**
 * dq_chart_source_get_missing_codes:
 * @self: a #DqChartSource
 * @n_codes: (out): how many
 *
 * Returns: (array length=n_codes) (nullable) (transfer none): the codes
 *   left out as missing
 */
const double *
dq_chart_source_get_missing_codes (DqChartSource *self,
                                   gsize         *n_codes)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (self), NULL);

  *n_codes = self->missing_codes != NULL ? self->missing_codes->len : 0;

  return self->missing_codes != NULL ? (const double *) (gconstpointer) self->missing_codes->data
                                     : NULL;
}
