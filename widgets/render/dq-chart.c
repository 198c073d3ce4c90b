/* dq-chart.c
 *
 * A chart of the dataset: what it shows, and its layout into a scene.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"
#include "dq-format.h"

struct _DqChart
{
  GObject      parent_instance;

  char        *id;
  DqChartKind  kind;
  DqText      *title;
  /* The window page it belongs on: "survey" or "diasporas". */
  const char  *page;
  DqDataset   *dataset;
  /* Borrowed from the dataset, which the chart holds. */
  DqSurvey    *survey;
  DqQuestion  *question;
  char        *country;
  int          year;
  /* DqFigure, the figures the chart shows */
  GPtrArray   *figures;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqChart, dq_chart, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* A screen-sized default, a 16:9 slide, and a journal's single column and
 * full page width at 300 dpi; a single-column figure is about as tall as it
 * is wide. The command line and the export dialog offer the same. */
static const DqSizePreset size_presets[] = {
  { "screen", 1600, 1000, FALSE, 96 },
  { "slide", 1920, 1080, FALSE, 96 },
  { "column", 85, 85, TRUE, 300 },
  { "full", 174, 116, TRUE, 300 },
};

/**
 * dq_size_presets:
 * @n_presets: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_presets): the export sizes
 */
const DqSizePreset *
dq_size_presets (guint *n_presets)
{
  *n_presets = G_N_ELEMENTS (size_presets);

  return size_presets;
}

/**
 * dq_size_preset_lookup:
 * @name: "screen", "slide", "column" or "full"
 *
 * Returns: (transfer none) (nullable): the preset
 */
const DqSizePreset *
dq_size_preset_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
    {
      if (g_strcmp0 (size_presets[i].name, name) == 0)
        return &size_presets[i];
    }

  return NULL;
}

/**
 * dq_size_preset_scene_size:
 * @preset: a preset
 * @width: (out): the scene's width in its units, 1/96 inch
 * @height: (out): the scene's height
 *
 * A size in millimetres keeps its physical size; one in pixels gives a PNG
 * of exactly that many pixels at the preset's resolution.
 */
void
dq_size_preset_scene_size (const DqSizePreset *preset,
                           double             *width,
                           double             *height)
{
  double factor = preset->millimetres ? 96 / 25.4 : 96 / preset->dpi;

  *width = preset->width * factor;
  *height = preset->height * factor;
}

static void
dq_chart_dispose (GObject *object)
{
  DqChart *self = DQ_CHART (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_chart_parent_class)->dispose (object);
}

static void
dq_chart_finalize (GObject *object)
{
  DqChart *self = DQ_CHART (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, dq_text_free);
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
chart_new (DqDataset   *dataset,
           const char  *id,
           DqChartKind  kind,
           const char  *page,
           DqText      *title)
{
  DqChart *self = g_object_new (DQ_TYPE_CHART, NULL);

  self->dataset = g_object_ref (dataset);
  self->id = g_strdup (id);
  self->kind = kind;
  self->page = page;
  self->title = title;

  return self;
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

static gboolean
is_whole_sample (DqFigure *figure)
{
  return dq_figure_get_subgroup (figure) == NULL;
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
      GListModel *figures = dq_question_get_figures (question);
      g_autofree char *id = g_strdup_printf ("%s-%s", dq_survey_get_id (survey),
                                             dq_question_get_id (question));
      g_autoptr(DqChart) chart = NULL;
      gboolean diverging;

      /* A question with a positive and a negative end: attitudes towards
       * several countries (the subjects), or a scale of one's own data. */
      diverging = dq_question_lookup_category (question, "positive") != NULL &&
                  dq_question_lookup_category (question, "negative") != NULL;

      if (diverging && _dq_chart_has_subjects (question))
        chart = chart_new (dataset, id, DQ_CHART_DIVERGING, "survey",
                           chart_text (DQ_CHART_STRING_ATTITUDE_TITLE));
      else if (diverging)
        chart = chart_new (dataset, id, DQ_CHART_DIVERGING, "survey",
                           dq_text_copy (dq_question_get_wording (question)));
      else
        chart = chart_new (dataset, id, DQ_CHART_GROUPED, "survey",
                           dq_text_copy (dq_question_get_wording (question)));

      chart->survey = survey;
      chart->question = question;

      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          g_autoptr(DqFigure) figure = g_list_model_get_item (figures, f);

          if (!is_whole_sample (figure) || dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
            continue;
          /* Keep one figure per cell, as the layouts will draw it. */
          if (_dq_chart_pick_figure (question, dq_figure_get_country (figure),
                                     dq_figure_get_subject (figure),
                                     dq_figure_get_category (figure)) != figure)
            continue;
          g_ptr_array_add (chart->figures, g_object_ref (figure));
        }

      /* The attitude chart, the survey's headline, comes first. */
      if (chart->figures->len > 0 && diverging)
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
                                                "diasporas",
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

  chart = chart_new (dataset, "german-learners", DQ_CHART_LINE, "diasporas",
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
  g_autoptr(DqChart) chart = chart_new (dataset, "typology", DQ_CHART_TYPOLOGY, "diasporas",
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
 * year, series over time, and the typology of diaspora networks.
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
  add_typology_chart (store, dataset);

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
 * dq_chart_get_page:
 * @self: a #DqChart
 *
 * Returns: the window page that shows it: "survey" or "diasporas"
 */
const char *
dq_chart_get_page (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  return self->page;
}

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

DqSurvey *
_dq_chart_get_survey (DqChart *chart)
{
  return chart->survey;
}

DqQuestion *
_dq_chart_get_question (DqChart *chart)
{
  return chart->question;
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
 * every export place it identically.
 *
 * Returns: (transfer full): the scene
 */
DqScene *
dq_chart_build_scene (DqChart              *self,
                      const DqChartOptions *options)
{
  DqChartFrame frame;

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (options->width > 0 && options->height > 0, NULL);

  _dq_chart_frame_init (&frame, self, options);
  dq_scene_set_title (frame.scene, dq_text_get (self->title, options->language));

  switch (self->kind)
    {
    case DQ_CHART_DIVERGING:
      _dq_chart_layout_diverging (&frame);
      break;

    case DQ_CHART_GROUPED:
      _dq_chart_layout_grouped (&frame);
      break;

    case DQ_CHART_RANKED:
      _dq_chart_layout_ranked (&frame);
      break;

    case DQ_CHART_COMPOSITION:
      _dq_chart_layout_composition (&frame);
      break;

    case DQ_CHART_LINE:
      _dq_chart_layout_line (&frame);
      break;

    case DQ_CHART_TYPOLOGY:
      _dq_chart_layout_typology (&frame);
      break;

    default:
      g_assert_not_reached ();
    }

  return frame.scene;
}

/**
 * _dq_chart_figure_ci:
 * @chart: a chart of survey figures
 * @figure: a percentage stated exactly
 * @low: (out): the lower end of the 95 % confidence interval, in percent
 * @high: (out): the upper end
 *
 * The interval the dataset states for the figure, as a crosstab of the
 * researcher's own data does (a Wilson interval on the effective sample
 * size); otherwise the normal-approximation interval p ± 1.96·√(p(1−p)/n),
 * with n the survey's stated sample size for the respondents' country,
 * clipped to 0–100.
 *
 * Returns: %FALSE when there is no interval: the figure is a bound or a gap,
 *   or it states no interval and no sample size is stated
 */
gboolean
_dq_chart_figure_ci (DqChart  *chart,
                     DqFigure *figure,
                     double   *low,
                     double   *high)
{
  DqFigure *sample;
  double p, n, half;

  if (!dq_figure_has_value (figure) ||
      dq_figure_get_bound (figure) != DQ_BOUND_EQ ||
      dq_figure_get_unit (figure) != DQ_UNIT_PERCENT)
    return FALSE;

  /* A stated interval is the one computed with the data's own weights. */
  if (dq_figure_get_ci (figure, low, high))
    return TRUE;

  if (chart->survey == NULL)
    return FALSE;

  sample = dq_survey_lookup_sample (chart->survey, dq_figure_get_country (figure));
  if (sample == NULL || !dq_figure_has_value (sample) || dq_figure_get_value (sample) <= 0)
    return FALSE;

  p = dq_figure_get_value (figure) / 100;
  n = dq_figure_get_value (sample);
  half = 1.96 * sqrt (p * (1 - p) / n);
  *low = MAX (0, p - half) * 100;
  *high = MIN (1, p + half) * 100;

  return TRUE;
}

/**
 * dq_chart_get_figure_ci:
 * @self: a #DqChart
 * @figure: one of its figures
 * @low: (out): the lower end of the 95 % confidence interval, in percent
 * @high: (out): the upper end
 *
 * The interval the chart draws for @figure: the one the dataset states for
 * it, else p ± 1.96·√(p(1−p)/n) with n the survey's stated sample size.
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
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  GString *line = g_string_new (NULL);

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

  for (guint i = 0; i < chart->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (chart->figures, i);
      DqDocument *document = dq_dataset_lookup_document (chart->dataset,
                                                         dq_source_get_document_id (dq_figure_get_source (figure)));

      if (document != NULL && !g_ptr_array_find (documents, document, NULL))
        g_ptr_array_add (documents, document);
    }

  g_string_append (line, dq_chart_string (documents->len > 1 ? DQ_CHART_STRING_SOURCES
                                                             : DQ_CHART_STRING_SOURCE,
                                          language));
  for (guint i = 0; i < documents->len; i++)
    {
      g_string_append (line, i == 0 ? " " : "; ");
      g_string_append (line, dq_text_get (dq_document_get_short (g_ptr_array_index (documents, i)),
                                          language));
    }

  if (chart->survey != NULL && _dq_chart_is_from_table (chart))
    {
      GListModel *samples = dq_survey_get_samples (chart->survey);
      double n = 0;

      /* A table of one's own data: its respondents in all, since its
       * columns are not countries of equal samples. */
      for (guint i = 0; i < g_list_model_get_n_items (samples); i++)
        {
          g_autoptr(DqFigure) sample = g_list_model_get_item (samples, i);

          n += dq_figure_get_value (sample);
        }
      if (n > 0)
        {
          g_autofree char *number = dq_format_number (n, 0, language);
          g_autofree char *n_text = dq_chart_string_format (DQ_CHART_STRING_N_TOTAL, language,
                                                            number, NULL);

          g_string_append_printf (line, " (%s)", n_text);
        }
    }
  else if (chart->survey != NULL)
    {
      GListModel *samples = dq_survey_get_samples (chart->survey);
      double n = -1;
      gboolean same = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (samples); i++)
        {
          g_autoptr(DqFigure) sample = g_list_model_get_item (samples, i);

          if (n >= 0 && dq_figure_get_value (sample) != n)
            same = FALSE;
          n = dq_figure_get_value (sample);
        }

      if (n > 0 && same)
        {
          g_autofree char *number = dq_format_number (n, 0, language);

          g_autofree char *n_text = dq_chart_string_format (DQ_CHART_STRING_N_PER_COUNTRY,
                                                            language, number, NULL);

          g_string_append_printf (line, " (%s)", n_text);
        }
    }

  return g_string_free (line, FALSE);
}

/**
 * _dq_chart_has_subjects:
 * @question: a survey question
 *
 * Returns: whether the question was asked about several subjects, the
 *   countries of "attitude towards ___"
 */
gboolean
_dq_chart_has_subjects (DqQuestion *question)
{
  const char * const *subjects = dq_question_get_subjects (question);

  return subjects != NULL && subjects[0] != NULL;
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
  DqDocument *document;

  if (chart->survey == NULL)
    return FALSE;

  document = dq_dataset_lookup_document (chart->dataset,
                                         dq_survey_get_document_id (chart->survey));

  return document != NULL && dq_document_is_table (document);
}

/**
 * _dq_chart_subtitle:
 * @chart: a chart of a survey question
 * @fallback: the subtitle of a survey a document reports
 * @language: the chart's language
 *
 * Returns: (transfer none): the subtitle: for a survey computed from a
 *   data table, its name, which says by which variable respondents are
 *   split; otherwise @fallback
 */
const char *
_dq_chart_subtitle (DqChart    *chart,
                    const char *fallback,
                    DqLanguage  language)
{
  if (_dq_chart_is_from_table (chart))
    return dq_text_get (dq_survey_get_name (chart->survey), language);

  return fallback;
}

/**
 * _dq_chart_ci_note:
 * @chart: a chart that draws confidence intervals
 * @language: the chart's language
 *
 * Returns: (transfer none): the note that says how the intervals were
 *   computed: from the survey's stated sample size; or stated with the
 *   figures, which for a survey computed from a data table means a Wilson
 *   interval on the effective sample size, as dq_crosstab_to_dataset()
 *   states it
 */
const char *
_dq_chart_ci_note (DqChart    *chart,
                   DqLanguage  language)
{
  for (guint i = 0; i < chart->figures->len; i++)
    {
      if (!dq_figure_get_ci (g_ptr_array_index (chart->figures, i), NULL, NULL))
        continue;

      return dq_chart_string (_dq_chart_is_from_table (chart) ? DQ_CHART_STRING_CI_WILSON_NOTE
                                                              : DQ_CHART_STRING_CI_STATED_NOTE,
                              language);
    }

  return dq_chart_string (DQ_CHART_STRING_CI_NOTE, language);
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
 * _dq_chart_pick_figure:
 *
 * The figure a chart shows for one cell (respondents' country, subject,
 * category) of a question: of several statements of it, the exact one.
 */
DqFigure *
_dq_chart_pick_figure (DqQuestion *question,
                       const char *country,
                       const char *subject,
                       const char *category)
{
  GListModel *figures = dq_question_get_figures (question);
  DqFigure *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      if (!is_whole_sample (figure) ||
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
  DqDocument *document = dq_dataset_lookup_document (self->dataset,
                                                     dq_source_get_document_id (source));
  GString *text = g_string_new (dq_text_get (dq_figure_get_label (figure), language));
  g_autofree char *value = NULL;
  double low, high;

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
  if (document != NULL)
    g_string_append_printf (text, "\n%s “%s”",
                            dq_text_get (dq_document_get_short (document), language),
                            dq_source_get_quote (source));

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
  GString *out = g_string_new ("id,label,country,subject,category,value,unit,bound,"
                               "ci_low,ci_high,document,quote\r\n");

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (self->figures, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char low[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char high[G_ASCII_DTOSTR_BUF_SIZE] = "";
      double l, h;

      if (dq_figure_has_value (figure))
        g_ascii_formatd (value, sizeof value, "%.10g", dq_figure_get_value (figure));
      if (_dq_chart_figure_ci (self, figure, &l, &h))
        {
          g_ascii_formatd (low, sizeof low, "%.2f", l);
          g_ascii_formatd (high, sizeof high, "%.2f", h);
        }

      append_csv (out, dq_figure_get_id (figure), FALSE);
      append_csv (out, dq_text_get (dq_figure_get_label (figure), language), FALSE);
      append_csv (out, dq_figure_get_country (figure), FALSE);
      append_csv (out, dq_figure_get_subject (figure), FALSE);
      append_csv (out, dq_figure_get_category (figure), FALSE);
      append_csv (out, value, FALSE);
      append_csv (out, dq_unit_to_string (dq_figure_get_unit (figure)), FALSE);
      append_csv (out, dq_bound_to_string (dq_figure_get_bound (figure)), FALSE);
      append_csv (out, low, FALSE);
      append_csv (out, high, FALSE);
      append_csv (out, dq_source_get_document_id (dq_figure_get_source (figure)), FALSE);
      append_csv (out, dq_source_get_quote (dq_figure_get_source (figure)), TRUE);
    }

  return g_string_free (out, FALSE);
}
