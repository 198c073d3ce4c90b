/* dq-chart.c
 *
 * A chart of the dataset: what it shows, and its layout into a scene.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart-private.h"
#include "dq-chart-source.h"
#include "dq-format.h"

struct _DqChart
{
  GObject        parent_instance;

  char          *id;
  DqChartKind    kind;
  DqText        *title;
  DqChartTopic   topic;
  /* NULL for a chart of a crosstab, which has only its source. */
  DqDataset     *dataset;
  /* The data of a survey chart: a bundled question or a crosstab. */
  DqChartSource *source;
  /* A table's own subtitle, in place of the chart kind's. */
  DqText        *subtitle;
  char          *country;
  int            year;
  /* DqFigure, the figures the chart shows */
  GPtrArray     *figures;
  /* What the layout of a census chart or a timeline keeps */
  gpointer       layout_data;
  GDestroyNotify layout_data_free;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqChart, dq_chart, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_chart_dispose (GObject *object)
{
  DqChart *self = DQ_CHART (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  if (self->layout_data_free != NULL)
    g_clear_pointer (&self->layout_data, self->layout_data_free);
  g_clear_object (&self->dataset);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (dq_chart_parent_class)->dispose (object);
}

static void
dq_chart_finalize (GObject *object)
{
  DqChart *self = DQ_CHART (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, dq_text_free);
  g_clear_pointer (&self->subtitle, dq_text_free);
  g_clear_pointer (&self->country, g_free);

  G_OBJECT_CLASS (dq_chart_parent_class)->finalize (object);
}

static void
dq_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DqChart *self = DQ_CHART (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, dq_text_get_default (self->title));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_class_init (DqChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_chart_dispose;
  object_class->finalize = dq_chart_finalize;
  object_class->get_property = dq_chart_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * DqChart:title:
   *
   * The title in the interface language.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_chart_init (DqChart *self)
{
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
}

static DqChart *
chart_new (DqDataset    *dataset,
           const char   *id,
           DqChartKind   kind,
           DqChartTopic  topic,
           DqText       *title)
{
  DqChart *self = g_object_new (DQ_TYPE_CHART, NULL);

  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  self->id = g_strdup (id);
  self->kind = kind;
  self->topic = topic;
  self->title = title;

  return self;
}

/* A chart of a newer kind, with what its layout keeps. */
DqChart *
_dq_chart_new (DqDataset      *dataset,
               const char     *id,
               DqChartKind     kind,
               DqText         *title,
               gpointer        data,
               GDestroyNotify  destroy)
{
  DqChart *self = chart_new (dataset, id, kind, DQ_CHART_TOPIC_GROUPS, title);

  self->layout_data = data;
  self->layout_data_free = destroy;
  return self;
}

gpointer
_dq_chart_get_layout_data (DqChart *chart)
{
  return chart->layout_data;
}

/* A text made of one chart string with arguments, in each language. */
static DqText *
text_printf (DqChartString  id,
             const char    *arg1[DQ_N_LANGUAGES],
             const char    *arg2)
{
  g_autofree char *en = dq_chart_string_format (id, DQ_LANGUAGE_EN, arg1[DQ_LANGUAGE_EN], arg2);
  g_autofree char *ru = dq_chart_string_format (id, DQ_LANGUAGE_RU, arg1[DQ_LANGUAGE_RU], arg2);
  g_autofree char *kk = dq_chart_string_format (id, DQ_LANGUAGE_KK, arg1[DQ_LANGUAGE_KK], arg2);

  return dq_text_new (en, ru, kk);
}

static DqText *
chart_text (DqChartString id)
{
  return dq_text_new (dq_chart_string (id, DQ_LANGUAGE_EN),
                      dq_chart_string (id, DQ_LANGUAGE_RU),
                      dq_chart_string (id, DQ_LANGUAGE_KK));
}

/* The subtitle of a survey computed from a table: by which variable a
 * crosstab splits its respondents, or the survey's name. */
static DqText *
table_subtitle (DqChartSource *source)
{
  const char *split = dq_chart_source_get_split_title (source);
  const char *arg1[DQ_N_LANGUAGES] = { split, split, split };

  if (!dq_chart_source_is_from_table (source))
    return NULL;
  if (dq_chart_source_get_crosstab (source) == NULL)
    return dq_text_copy (dq_chart_source_get_survey_name (source));
  if (split != NULL)
    return text_printf (DQ_CHART_STRING_SHARE_BY, arg1, NULL);

  return chart_text (DQ_CHART_STRING_SHARE_PERCENT);
}

/* A survey chart of a source: diverging bars of a question with a positive
 * and a negative end, grouped bars of any other. */
static DqChart *
chart_new_for_source (DqDataset     *dataset,
                      DqChartSource *source)
{
  gboolean diverging = dq_chart_source_is_diverging (source);
  DqChart *self;
  DqText *title;
  GPtrArray *figures = dq_chart_source_get_figures (source);

  /* Attitudes towards several countries have a title of their own. */
  if (diverging && dq_chart_source_get_subjects (source) != NULL)
    title = chart_text (DQ_CHART_STRING_ATTITUDE_TITLE);
  else
    title = dq_text_copy (dq_chart_source_get_title (source));

  self = chart_new (dataset, dq_chart_source_get_id (source),
                    diverging ? DQ_CHART_DIVERGING : DQ_CHART_GROUPED, DQ_CHART_TOPIC_SURVEY,
                    title);
  self->source = g_object_ref (source);
  self->subtitle = table_subtitle (source);
  for (guint i = 0; i < figures->len; i++)
    g_ptr_array_add (self->figures, g_object_ref (g_ptr_array_index (figures, i)));

  return self;
}

/**
 * dq_chart_new_for_source:
 * @source: the data of a survey chart, such as a crosstab's
 *
 * Makes the chart of a source: diverging bars when its answers have a
 * positive and a negative end, grouped bars otherwise.
 *
 * Returns: (transfer full): the chart
 */
DqChart *
dq_chart_new_for_source (DqChartSource *source)
{
  g_return_val_if_fail (DQ_IS_CHART_SOURCE (source), NULL);

  return chart_new_for_source (NULL, source);
}

static void
add_survey_charts (GListStore *store,
                   DqDataset  *dataset,
                   DqSurvey   *survey)
{
  GListModel *questions = dq_survey_get_questions (survey);
  guint first_survey_chart = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(DqQuestion) question = g_list_model_get_item (questions, i);
      g_autoptr(DqChartSource) source = dq_chart_source_new_for_question (dataset, survey,
                                                                          question);
      g_autoptr(DqChart) chart = chart_new_for_source (dataset, source);

      /* The attitude chart, the survey's headline, comes first. */
      if (chart->figures->len > 0 && chart->kind == DQ_CHART_DIVERGING)
        g_list_store_insert (store, first_survey_chart++, chart);
      else if (chart->figures->len > 0)
        g_list_store_append (store, chart);
    }
}

static int
compare_share (gconstpointer a,
               gconstpointer b)
{
  DqFigure *fa = *(DqFigure **) a;
  DqFigure *fb = *(DqFigure **) b;

  return dq_figure_get_value (fa) < dq_figure_get_value (fb) ? 1 :
         dq_figure_get_value (fa) > dq_figure_get_value (fb) ? -1 : 0;
}

/* Population shares of one country and year, largest first. */
static GPtrArray *
collect_shares (DqDataset  *dataset,
                const char *country,
                int         year)
{
  GListModel *groups = dq_dataset_get_groups (dataset);
  GPtrArray *shares = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
      GListModel *populations = dq_group_get_populations (group);

      for (guint p = 0; p < g_list_model_get_n_items (populations); p++)
        {
          g_autoptr(DqFigure) figure = g_list_model_get_item (populations, p);

          if (dq_figure_get_unit (figure) == DQ_UNIT_PERCENT &&
              dq_figure_has_value (figure) &&
              dq_figure_get_year (figure) == year &&
              g_strcmp0 (dq_figure_get_country (figure), country) == 0 &&
              dq_figure_get_place_id (figure) == NULL)
            g_ptr_array_add (shares, g_object_ref (figure));
        }
    }

  g_ptr_array_sort (shares, compare_share);

  return shares;
}

static void
add_population_charts (GListStore *store,
                       DqDataset  *dataset)
{
  static const char * const countries[] = { "KZ", "UZ" };
  GListModel *figures = dq_dataset_get_figures (dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      const char *country = dq_figure_get_country (figure);
      int year = dq_figure_get_year (figure);
      const char *names[DQ_N_LANGUAGES];
      g_autofree char *year_str = NULL;
      g_autofree char *key = NULL;
      g_autoptr(GPtrArray) shares = NULL;

      if (dq_figure_get_group_id (figure) == NULL && !g_str_has_prefix (dq_figure_get_context (figure), "groups/"))
        continue;
      if (country == NULL || year == 0 || !g_strv_contains (countries, country))
        continue;

      key = g_strdup_printf ("%s-%d", country, year);
      if (!g_hash_table_add (seen, g_strdup (key)))
        continue;

      shares = collect_shares (dataset, country, year);
      if (shares->len < 3)
        continue;

      year_str = g_strdup_printf ("%d", year);
      for (guint l = 0; l < DQ_N_LANGUAGES; l++)
        names[l] = dq_country_name (country, l);

      for (guint kind = 0; kind < 2; kind++)
        {
          g_autofree char *id = g_ascii_strdown (key, -1);
          g_autofree char *chart_id = g_strdup_printf ("%s-%s", kind == 0 ? "population" : "composition", id);
          g_autoptr(DqChart) chart = chart_new (dataset, chart_id,
                                                kind == 0 ? DQ_CHART_RANKED : DQ_CHART_COMPOSITION,
                                                DQ_CHART_TOPIC_GROUPS,
                                                text_printf (kind == 0 ? DQ_CHART_STRING_POPULATION_TITLE
                                                                       : DQ_CHART_STRING_COMPOSITION_TITLE,
                                                             names, year_str));

          chart->country = g_strdup (country);
          chart->year = year;
          for (guint s = 0; s < shares->len; s++)
            g_ptr_array_add (chart->figures, g_object_ref (g_ptr_array_index (shares, s)));
          g_list_store_append (store, chart);
        }
    }
}

/* A group's counts of people over time, from facts: at least two. */
static void
add_series_charts (GListStore *store,
                   DqDataset  *dataset)
{
  GListModel *facts = dq_dataset_get_facts (dataset);
  g_autoptr(DqChart) chart = NULL;

  chart = chart_new (dataset, "german-learners", DQ_CHART_LINE, DQ_CHART_TOPIC_GROUPS,
                     chart_text (DQ_CHART_STRING_LEARNERS_TITLE));
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (facts, i);

      if (g_str_has_prefix (dq_figure_get_id (figure), "fact-german-learners") &&
          dq_figure_has_value (figure))
        g_ptr_array_add (chart->figures, g_object_ref (figure));
    }

  if (chart->figures->len >= 2)
    g_list_store_append (store, chart);
}

static void
add_typology_chart (GListStore *store,
                    DqDataset  *dataset)
{
  GListModel *groups = dq_dataset_get_groups (dataset);
  g_autoptr(DqChart) chart = chart_new (dataset, "typology", DQ_CHART_TYPOLOGY, DQ_CHART_TOPIC_GROUPS,
                                        chart_text (DQ_CHART_STRING_TYPOLOGY_TITLE));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);

      n += dq_group_get_n_typologies (group) > 0;
    }

  if (n > 0)
    g_list_store_append (store, chart);
}

/**
 * dq_chart_list_for_dataset:
 * @dataset: a dataset
 *
 * Makes the charts a dataset supports: the attitude chart and one chart per
 * survey question, population shares and composition per country and
 * year, series over time, censuses, the typology of diaspora networks and
 * the timeline of events.
 *
 * Returns: (transfer full): a #GListModel of #DqChart
 */
GListModel *
dq_chart_list_for_dataset (DqDataset *dataset)
{
  GListStore *store = g_list_store_new (DQ_TYPE_CHART);
  GListModel *surveys;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), G_LIST_MODEL (store));

  surveys = dq_dataset_get_surveys (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr(DqSurvey) survey = g_list_model_get_item (surveys, i);

      add_survey_charts (store, dataset, survey);
    }

  add_population_charts (store, dataset);
  add_series_charts (store, dataset);
  _dq_chart_add_census_charts (store, dataset);
  add_typology_chart (store, dataset);
  _dq_chart_add_timeline (store, dataset);

  return G_LIST_MODEL (store);
}

/**
 * dq_chart_lookup:
 * @charts: a #GListModel of #DqChart
 * @id: a chart id
 *
 * Returns: (transfer none) (nullable): the chart with that id
 */
DqChart *
dq_chart_lookup (GListModel *charts,
                 const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(DqChart) chart = g_list_model_get_item (charts, i);

      if (g_strcmp0 (chart->id, id) == 0)
        return chart;
    }

  return NULL;
}

const char *
dq_chart_get_id (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->id;
}

DqChartKind
dq_chart_get_kind (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), 0);

  return self->kind;
}

const DqText *
dq_chart_get_title (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->title;
}

/**
 * dq_chart_get_topic:
 * @self: a #DqChart
 *
 * Returns: what the chart is about: opinion surveys, or ethnic groups and
 *   their diasporas
 */
DqChartTopic
dq_chart_get_topic (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), DQ_CHART_TOPIC_SURVEY);

  return self->topic;
}

/**
 * dq_chart_get_dataset:
 * @self: a #DqChart
 *
 * Returns: (transfer none) (nullable): the dataset of a bundled chart;
 *   %NULL for a chart of a crosstab
 */
DqDataset *
dq_chart_get_dataset (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->dataset;
}

/**
 * dq_chart_get_figures:
 * @self: a #DqChart
 *
 * Returns: (transfer none) (element-type DqFigure): the figures the chart
 *   shows (the typology shows groups, and has none)
 */
GPtrArray *
dq_chart_get_figures (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->figures;
}

/**
 * dq_chart_get_source:
 * @self: a #DqChart
 *
 * Returns: (transfer none) (nullable): the data of a survey chart: a
 *   bundled question's or a crosstab's; %NULL for other charts
 */
DqChartSource *
dq_chart_get_source (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->source;
}

/**
 * dq_chart_lookup_figure:
 * @self: a #DqChart
 * @id: a figure id, the datum of a mark
 *
 * Returns: (transfer none) (nullable): the figure of the chart or its
 *   dataset with that id
 */
DqFigure *
dq_chart_lookup_figure (DqChart    *self,
                        const char *id)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (self->figures, i);

      if (g_strcmp0 (dq_figure_get_id (figure), id) == 0)
        return figure;
    }

  return self->dataset != NULL ? dq_dataset_lookup_figure (self->dataset, id) : NULL;
}

DqChartSource *
_dq_chart_get_source (DqChart *chart)
{
  return chart->source;
}

const char *
_dq_chart_get_country (DqChart *chart)
{
  return chart->country;
}

int
_dq_chart_get_year (DqChart *chart)
{
  return chart->year;
}

/**
 * dq_chart_build_scene:
 * @self: a #DqChart
 * @options: size, language and theme
 *
 * Lays the chart out. Text is measured here, once, so that the screen and
 * every export place it identically. With a @options.max_height, the
 * scene's height is the one the content needs, see #DqChartOptions.
 *
 * Returns: (transfer full): the scene
 */
DqScene *
dq_chart_build_scene (DqChart              *self,
                      const DqChartOptions *options)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (options->width > 0 && options->height > 0, NULL);

  return _dq_chart_frame_build (self, options);
}

/**
 * _dq_chart_figure_ci:
 * @chart: a chart
 * @figure: a percentage stated exactly
 * @low: (out): the lower end of the 95 % confidence interval, in percent
 * @high: (out): the upper end
 *
 * The interval of a survey chart's figure is its source's, see
 * dq_chart_source_get_interval(); other charts draw only the intervals
 * their figures state.
 *
 * Returns: %FALSE when there is no interval
 */
gboolean
_dq_chart_figure_ci (DqChart  *chart,
                     DqFigure *figure,
                     double   *low,
                     double   *high)
{
  if (chart->source != NULL)
    return dq_chart_source_get_interval (chart->source, figure, low, high);

  if (!dq_figure_has_value (figure) ||
      dq_figure_get_bound (figure) != DQ_BOUND_EQ ||
      dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
    return FALSE;

  return dq_figure_get_ci (figure, low, high);
}

/**
 * dq_chart_get_figure_ci:
 * @self: a #DqChart
 * @figure: one of its figures
 * @low: (out): the lower end of the 95 % confidence interval, in percent
 * @high: (out): the upper end
 *
 * The interval the chart draws for @figure: for a survey chart its
 * source's (dq_chart_source_get_interval()), the one stated for it or else
 * p ± 1.96·√(p(1−p)/n) with n the survey's stated sample size; for other
 * charts only a stated one.
 *
 * Returns: %FALSE when the chart draws none: for a bound, a gap, or a
 *   figure with neither a stated interval nor a stated sample size
 */
gboolean
dq_chart_get_figure_ci (DqChart  *self,
                        DqFigure *figure,
                        double   *low,
                        double   *high)
{
  g_return_val_if_fail (DQ_IS_CHART (self), FALSE);
  g_return_val_if_fail (DQ_IS_FIGURE (figure), FALSE);

  return _dq_chart_figure_ci (self, figure, low, high);
}

/* "survey.csv, weighted by w": a crosstab's file and how its respondents
 * were weighted, where a document would give its short name. */
static char *
describe_file (DqChartSource *source,
               DqLanguage     language)
{
  const char *weight = dq_chart_source_get_weight (source);
  g_autofree char *file = NULL;
  g_autofree char *conditions = _dq_chart_describe_conditions (source, language);

  if (weight != NULL)
    file = dq_chart_string_format (DQ_CHART_STRING_WEIGHTED_BY, language,
                                   dq_chart_source_get_file (source), weight);
  else
    file = dq_chart_string_format (DQ_CHART_STRING_UNWEIGHTED, language,
                                   dq_chart_source_get_file (source), NULL);

  return g_strconcat (file, conditions, NULL);
}

/* The documents a chart's figures come from. */
static GPtrArray *
collect_documents (DqChart *chart)
{
  GPtrArray *documents = g_ptr_array_new ();

  if (chart->kind == DQ_CHART_TYPOLOGY)
    {
      DqDocument *document = dq_dataset_lookup_document (chart->dataset, "eu-diasporas-2016");
      GListModel *groups = dq_dataset_get_groups (chart->dataset);

      for (guint i = 0; document == NULL && i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);

          if (dq_group_get_n_typologies (group) > 0)
            document = dq_dataset_lookup_document (chart->dataset,
                                                   dq_source_get_document_id (dq_group_get_typology (group, 0)->source));
        }
      if (document != NULL)
        g_ptr_array_add (documents, document);
    }

  if (chart->source != NULL)
    {
      GPtrArray *stated = dq_chart_source_get_documents (chart->source);

      for (guint i = 0; i < stated->len; i++)
        g_ptr_array_add (documents, g_ptr_array_index (stated, i));
      return documents;
    }

  for (guint i = 0; i < chart->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (chart->figures, i);
      DqDocument *document = dq_dataset_lookup_document (chart->dataset,
                                                         dq_source_get_document_id (dq_figure_get_source (figure)));

      if (document != NULL && !g_ptr_array_find (documents, document, NULL))
        g_ptr_array_add (documents, document);
    }

  return documents;
}

/* The respondents of a survey chart: in all for a table of one's own data,
 * since its groups are not countries of equal samples; else per country,
 * when every country's sample is the same. NULL when neither is stated. */
static char *
describe_sample (DqChartSource *source,
                 DqLanguage     language)
{
  guint n_groups = dq_chart_source_get_n_groups (source);
  g_autofree char *number = NULL;
  double n = 0;

  if (dq_chart_source_is_from_table (source))
    {
      for (guint i = 0; i < n_groups; i++)
        n += dq_chart_source_get_group_n (source, i);
      if (n <= 0)
        return NULL;
      number = dq_format_number (n, 0, language);
      return dq_chart_string_format (DQ_CHART_STRING_N_TOTAL, language, number, NULL);
    }

  n = -1;
  for (guint i = 0; i < n_groups; i++)
    {
      double group_n = dq_chart_source_get_group_n (source, i);

      if (n >= 0 && group_n != n)
        return NULL;
      n = group_n;
    }
  if (n <= 0)
    return NULL;
  number = dq_format_number (n, 0, language);

  return dq_chart_string_format (DQ_CHART_STRING_N_PER_COUNTRY, language, number, NULL);
}

/**
 * _dq_chart_source_line:
 * @chart: a chart
 * @language: the chart's language
 *
 * Builds the source line from the sources of the figures the chart shows:
 * "Source: Central Asia Barometer, 2021 (n = 800 per country)".
 *
 * Returns: (transfer full): the line
 */
char *
_dq_chart_source_line (DqChart    *chart,
                       DqLanguage  language)
{
  g_autoptr(GPtrArray) documents = collect_documents (chart);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (names, g_strdup (dq_text_get (dq_document_get_short (g_ptr_array_index (documents, i)),
                                                   language)));
  if (chart->source != NULL && dq_chart_source_get_crosstab (chart->source) != NULL)
    g_ptr_array_add (names, describe_file (chart->source, language));

  g_string_append (line, dq_chart_string (names->len > 1 ? DQ_CHART_STRING_SOURCES
                                                         : DQ_CHART_STRING_SOURCE,
                                          language));
  for (guint i = 0; i < names->len; i++)
    {
      g_string_append (line, i == 0 ? " " : "; ");
      g_string_append (line, g_ptr_array_index (names, i));
    }

  if (chart->source != NULL)
    {
      g_autofree char *sample = describe_sample (chart->source, language);

      if (sample != NULL)
        g_string_append_printf (line, " (%s)", sample);
    }

  return g_string_free (line, FALSE);
}

/**
 * _dq_chart_is_from_table:
 * @chart: a chart
 *
 * Returns: whether the chart shows a survey computed from a data table, the
 *   researcher's own microdata, rather than one a document reports
 */
gboolean
_dq_chart_is_from_table (DqChart *chart)
{
  return chart->source != NULL && dq_chart_source_is_from_table (chart->source);
}

/**
 * _dq_chart_subtitle:
 * @chart: a chart of a survey question
 * @fallback: the subtitle of a survey a document reports
 * @language: the chart's language
 *
 * Returns: (transfer none): the subtitle: for a survey computed from a data
 *   table, which variable splits its respondents into groups (a crosstab's)
 *   or its name; otherwise @fallback
 */
const char *
_dq_chart_subtitle (DqChart    *chart,
                    const char *fallback,
                    DqLanguage  language)
{
  if (chart->subtitle != NULL)
    return dq_text_get (chart->subtitle, language);

  return fallback;
}

/**
 * _dq_chart_ci_note:
 * @chart: a chart that draws confidence intervals
 * @language: the chart's language
 *
 * Returns: (transfer none): the note that says how the intervals were
 *   computed: from the survey's stated sample size; stated with the
 *   figures; or, for a crosstab, Wilson intervals on the effective sample
 *   size
 */
const char *
_dq_chart_ci_note (DqChart    *chart,
                   DqLanguage  language)
{
  DqIntervalMethod method = DQ_INTERVAL_NORMAL;

  if (chart->source != NULL)
    method = dq_chart_source_get_interval_method (chart->source);

  /* A survey computed from a table of one's own data states Wilson
   * intervals. */
  if (method == DQ_INTERVAL_STATED && _dq_chart_is_from_table (chart))
    method = DQ_INTERVAL_WILSON;

  switch (method)
    {
    case DQ_INTERVAL_WILSON:
      return dq_chart_string (DQ_CHART_STRING_CI_WILSON_NOTE, language);

    case DQ_INTERVAL_STATED:
      return dq_chart_string (DQ_CHART_STRING_CI_STATED_NOTE, language);

    case DQ_INTERVAL_NORMAL:
    default:
      return dq_chart_string (DQ_CHART_STRING_CI_NOTE, language);
    }
}

/**
 * _dq_chart_respondents:
 * @country: (nullable): a sample's country: a country code, a group of
 *   respondents of one's own data, or %NULL for all respondents
 * @language: the chart's language
 *
 * Returns: (transfer full): the respondents as a legend or a panel names
 *   them: "Respondents in Kazakhstan", "Women", "All respondents"
 */
char *
_dq_chart_respondents (const char *country,
                       DqLanguage  language)
{
  const char *name;

  if (country == NULL)
    return g_strdup (dq_chart_string (DQ_CHART_STRING_ALL_RESPONDENTS, language));

  /* dq_country_name() gives back what it does not know as it is. */
  name = dq_country_name (country, language);
  if (name == country)
    return g_strdup (country);

  return dq_chart_string_format (DQ_CHART_STRING_RESPONDENTS_IN, language, name, NULL);
}

/**
 * _dq_chart_format_figure_percent:
 * @figure: a percentage
 * @value: the value to write: the figure's, or one derived from it
 * @language: the chart's language
 *
 * Returns: (transfer full): @value for a value label. A figure with a
 *   stated interval is an estimate from microdata, written to one decimal;
 *   any other as precisely as its source states it.
 */
char *
_dq_chart_format_figure_percent (DqFigure   *figure,
                                 double      value,
                                 DqLanguage  language)
{
  return dq_format_percent (value, dq_figure_get_ci (figure, NULL, NULL) ? 1 : -1, language);
}

/**
 * dq_chart_dup_figure_label:
 * @self: a #DqChart
 * @figure: one of its figures
 * @language: the language of the text
 *
 * Returns: (transfer full): the figure's label: "Very good — North"; a
 *   crosstab's figure of all respondents names them in @language
 */
char *
dq_chart_dup_figure_label (DqChart    *self,
                           DqFigure   *figure,
                           DqLanguage  language)
{
  const char *label;

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (DQ_IS_FIGURE (figure), NULL);

  label = dq_text_get (dq_figure_get_label (figure), language);
  if (self->source != NULL && dq_chart_source_get_crosstab (self->source) != NULL &&
      dq_figure_get_country (figure) == NULL)
    return g_strdup_printf ("%s — %s", label,
                            dq_chart_string (DQ_CHART_STRING_ALL_RESPONDENTS, language));

  return g_strdup (label);
}

/**
 * dq_chart_describe_figure:
 * @self: a #DqChart
 * @figure: one of its figures
 * @language: the language of the text
 *
 * Returns: (transfer full): the figure for a tooltip or a screen reader:
 *   its label, exact value, confidence interval and source quote
 */
char *
dq_chart_describe_figure (DqChart    *self,
                          DqFigure   *figure,
                          DqLanguage  language)
{
  DqSource *source = dq_figure_get_source (figure);
  g_autofree char *label = dq_chart_dup_figure_label (self, figure, language);
  g_autofree char *provenance = NULL;
  GString *text = g_string_new (label);
  g_autofree char *value = NULL;
  double low, high;

  /* A document's short name, or a crosstab's file and weighting. */
  if (self->source != NULL && dq_chart_source_get_crosstab (self->source) != NULL)
    provenance = describe_file (self->source, language);
  else if (self->dataset != NULL)
    {
      DqDocument *document = dq_dataset_lookup_document (self->dataset,
                                                         dq_source_get_document_id (source));

      if (document != NULL)
        provenance = g_strdup (dq_text_get (dq_document_get_short (document), language));
    }

  /* An estimate from microdata is written as its bar's label writes it. */
  if (dq_figure_get_ci (figure, NULL, NULL) && dq_figure_get_bound (figure) == DQ_BOUND_EQ)
    value = _dq_chart_format_figure_percent (figure, dq_figure_get_value (figure), language);
  else
    value = dq_format_figure_value (figure, language);

  g_string_append_printf (text, ": %s", value);
  if (_dq_chart_figure_ci (self, figure, &low, &high))
    {
      g_autofree char *l = dq_format_number (low, 1, language);
      g_autofree char *h = dq_format_number (high, 1, language);

      g_string_append_printf (text, " (%s: %s–%s)",
                              dq_chart_string (DQ_CHART_STRING_CI_LEGEND, language), l, h);
    }
  if (!dq_figure_has_value (figure) && dq_figure_get_gap (figure) != NULL)
    g_string_append_printf (text, "\n%s", dq_text_get (dq_figure_get_gap (figure), language));
  if (dq_figure_get_note (figure) != NULL)
    g_string_append_printf (text, "\n%s", dq_text_get (dq_figure_get_note (figure), language));
  if (dq_figure_is_corrected (figure))
    {
      g_autofree char *original = NULL;
      g_autofree char *corrected = NULL;
      double stated;

      original = dq_figure_get_original (figure, &stated)
                 ? dq_format_number (stated, -1, language) : g_strdup ("—");
      corrected = dq_chart_string_format (DQ_CHART_STRING_CORRECTED_FROM, language, original,
                                          NULL);
      g_string_append_printf (text, "\n◆ %s", corrected);
    }
  if (provenance != NULL && dq_source_is_table (source))
    {
      g_autofree char *citation = dq_source_dup_citation (source);
      g_autofree char *derived = _dq_chart_describe_derived (source, language);

      g_string_append_printf (text, "%s\n%s: %s", derived, provenance, citation);
    }
  else if (provenance != NULL)
    g_string_append_printf (text, "\n%s “%s”", provenance, dq_source_get_quote (source));

  return g_string_free (text, FALSE);
}

static void
append_csv (GString    *out,
            const char *field,
            gboolean    last)
{
  dq_csv_append_field (out, field);
  g_string_append (out, last ? "\r\n" : ",");
}

/**
 * dq_chart_to_csv:
 * @self: a #DqChart
 * @language: the language of the labels
 *
 * The data behind the chart, one row a figure, for "Copy data as CSV".
 *
 * Returns: (transfer full): the CSV text
 */
char *
dq_chart_to_csv (DqChart    *self,
                 DqLanguage  language)
{
  GString *out;

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  if (self->kind == DQ_CHART_CENSUS || self->kind == DQ_CHART_TIMELINE)
    return _dq_chart_series_to_csv (self, language);  /* Columns of their own. */
  out = g_string_new ("id,label,country,subject,category,value,unit,bound,ci_low,ci_high,"
                      "document,quote,corrected,original_value,corrected_at,corrected_by\r\n");

  for (guint i = 0; i < self->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (self->figures, i);
      g_autofree char *label = dq_chart_dup_figure_label (self, figure, language);
      char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char low[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char high[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char original[G_ASCII_DTOSTR_BUF_SIZE] = "";
      g_autofree char *citation = dq_source_dup_citation (dq_figure_get_source (figure));
      g_autofree char *corrected_at = NULL;
      double l, h;

      if (dq_figure_has_value (figure))
        g_ascii_formatd (value, sizeof value, "%.10g", dq_figure_get_value (figure));
      if (_dq_chart_figure_ci (self, figure, &l, &h))
        {
          g_ascii_formatd (low, sizeof low, "%.2f", l);
          g_ascii_formatd (high, sizeof high, "%.2f", h);
        }

      append_csv (out, dq_figure_get_id (figure), FALSE);
      append_csv (out, label, FALSE);
      append_csv (out, dq_figure_get_country (figure), FALSE);
      append_csv (out, dq_figure_get_subject (figure), FALSE);
      append_csv (out, dq_figure_get_category (figure), FALSE);
      append_csv (out, value, FALSE);
      append_csv (out, dq_unit_to_string (dq_figure_get_unit (figure)), FALSE);
      append_csv (out, dq_bound_to_string (dq_figure_get_bound (figure)), FALSE);
      append_csv (out, low, FALSE);
      append_csv (out, high, FALSE);
      append_csv (out, dq_source_get_document_id (dq_figure_get_source (figure)), FALSE);
      append_csv (out, citation, FALSE);
      /* The value is the one shown; a corrected figure's source states the
       * original, which its quote holds. */
      if (dq_figure_is_corrected (figure))
        {
          if (dq_figure_get_original (figure, &l))
            g_ascii_formatd (original, sizeof original, "%.10g", l);
          append_csv (out, "yes", FALSE);
        }
      else
        append_csv (out, "", FALSE);
      append_csv (out, original, FALSE);
      corrected_at = dq_figure_dup_corrected_at (figure);
      append_csv (out, corrected_at, FALSE);
      append_csv (out, corrected_at != NULL ? dq_figure_get_corrected_by (figure) : NULL, TRUE);
    }

  return g_string_free (out, FALSE);
}
