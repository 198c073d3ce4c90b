/* dq-analysis.c
 *
 * The settings of a crosstab of survey data, typed: variable names, missing
 * codes, the chart and whether its scale runs the other way. Whoever shows
 * or saves the analysis follows one signal, ::changed, instead of comparing
 * the settings it last saw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-analysis.h"
#include "dq-filter.h"
#include "dq-mrset.h"
#include "dq-recode.h"

struct _DqAnalysis
{
  GObject          parent_instance;

  /* Owned */
  char            *row_variable;
  char            *column_variable;
  char            *weight;
  GArray          *missing_codes;
  DqFilter        *filter;
  /* DqRecode */
  GListStore      *recodes;
  /* DqMrset */
  GListStore      *mrsets;

  DqAnalysisChart  chart;
  gboolean         reverse;

  /* While several settings change as one, ::changed waits. */
  guint            freeze_count;
  gboolean         changed_while_frozen;
};

enum {
  PROP_0,
  PROP_ROW_VARIABLE,
  PROP_COLUMN_VARIABLE,
  PROP_WEIGHT,
  PROP_MISSING_CODES,
  PROP_CHART,
  PROP_REVERSE,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_QUARK (dq-analysis-error-quark, dq_analysis_error)

G_DEFINE_FINAL_TYPE (DqAnalysis, dq_analysis, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The names of charts in project files and on the command line. */
static const char * const chart_names[] = { "grouped", "diverging", "diverging-reversed" };

static void
freeze (DqAnalysis *self)
{
  self->freeze_count++;
  g_object_freeze_notify (G_OBJECT (self));
}

static void
changed (DqAnalysis *self)
{
  if (self->freeze_count > 0)
    self->changed_while_frozen = TRUE;
  else
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
thaw (DqAnalysis *self)
{
  g_assert (self->freeze_count > 0);

  g_object_thaw_notify (G_OBJECT (self));
  if (--self->freeze_count == 0 && self->changed_while_frozen)
    {
      self->changed_while_frozen = FALSE;
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
    }
}

/* Sets a variable name, "" being none. */
static void
set_name (DqAnalysis  *self,
          char       **field,
          const char  *name,
          guint        prop_id)
{
  if (name != NULL && *name == '\0')
    name = NULL;
  if (g_strcmp0 (*field, name) == 0)
    return;

  g_free (*field);
  *field = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  changed (self);
}

static void
dq_analysis_finalize (GObject *object)
{
  DqAnalysis *self = DQ_ANALYSIS (object);

  g_clear_pointer (&self->row_variable, g_free);
  g_clear_pointer (&self->column_variable, g_free);
  g_clear_pointer (&self->weight, g_free);
  g_clear_pointer (&self->missing_codes, g_array_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->recodes);
  g_clear_object (&self->mrsets);

  G_OBJECT_CLASS (dq_analysis_parent_class)->finalize (object);
}

static void
dq_analysis_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqAnalysis *self = DQ_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_ROW_VARIABLE:
      g_value_set_string (value, self->row_variable);
      break;

    case PROP_COLUMN_VARIABLE:
      g_value_set_string (value, self->column_variable);
      break;

    case PROP_WEIGHT:
      g_value_set_string (value, self->weight);
      break;

    case PROP_MISSING_CODES:
      g_value_set_boxed (value, self->missing_codes);
      break;

    case PROP_CHART:
      g_value_set_enum (value, self->chart);
      break;

    case PROP_REVERSE:
      g_value_set_boolean (value, self->reverse);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_analysis_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DqAnalysis *self = DQ_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_ROW_VARIABLE:
      dq_analysis_set_row_variable (self, g_value_get_string (value));
      break;

    case PROP_COLUMN_VARIABLE:
      dq_analysis_set_column_variable (self, g_value_get_string (value));
      break;

    case PROP_WEIGHT:
      dq_analysis_set_weight (self, g_value_get_string (value));
      break;

    case PROP_MISSING_CODES:
      {
        GArray *codes = g_value_get_boxed (value);

        dq_analysis_set_missing_codes (self, codes != NULL ? (double *) (gpointer) codes->data
                                                           : NULL,
                                       codes != NULL ? codes->len : 0);
      }
      break;

    case PROP_CHART:
      dq_analysis_set_chart (self, g_value_get_enum (value));
      break;

    case PROP_REVERSE:
      dq_analysis_set_reverse (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_analysis_class_init (DqAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_analysis_finalize;
  object_class->get_property = dq_analysis_get_property;
  object_class->set_property = dq_analysis_set_property;

  /**
   * DqAnalysis:row-variable:
   *
   * The name of the variable whose answers are the rows of the crosstab,
   * or %NULL before one is chosen.
   */
  properties[PROP_ROW_VARIABLE] =
    g_param_spec_string ("row-variable", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqAnalysis:column-variable:
   *
   * The name of the variable that splits respondents into the columns of
   * the crosstab, or %NULL for all respondents together.
   */
  properties[PROP_COLUMN_VARIABLE] =
    g_param_spec_string ("column-variable", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqAnalysis:weight:
   *
   * The name of the weight variable, or %NULL for an unweighted analysis.
   */
  properties[PROP_WEIGHT] =
    g_param_spec_string ("weight", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqAnalysis:missing-codes: (type GArray(gdouble))
   *
   * The values counted as missing in every variable, such as 9 for "don't
   * know", besides those the file declares.
   */
  properties[PROP_MISSING_CODES] =
    g_param_spec_boxed ("missing-codes", NULL, NULL, G_TYPE_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqAnalysis:chart:
   *
   * How the crosstab is charted.
   */
  properties[PROP_CHART] =
    g_param_spec_enum ("chart", NULL, NULL, DQ_TYPE_ANALYSIS_CHART, DQ_ANALYSIS_CHART_GROUPED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqAnalysis:reverse:
   *
   * Whether the scale of a diverging chart runs from positive to negative,
   * as one coded 1 = very positive does. A grouped chart ignores it.
   */
  properties[PROP_REVERSE] =
    g_param_spec_boolean ("reverse", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqAnalysis::changed:
   * @self: a #DqAnalysis
   *
   * Emitted once after every change of a setting, after its notification;
   * once for settings changed together.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
on_filter_changed_cb (DqAnalysis *self)
{
  changed (self);
}

static void
dq_analysis_init (DqAnalysis *self)
{
  self->missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  self->chart = DQ_ANALYSIS_CHART_GROUPED;
  self->filter = dq_filter_new ();
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->recodes = g_list_store_new (DQ_TYPE_RECODE);
  g_signal_connect_object (self->recodes, "items-changed", G_CALLBACK (on_filter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->mrsets = g_list_store_new (DQ_TYPE_MRSET);
  g_signal_connect_object (self->mrsets, "items-changed", G_CALLBACK (on_filter_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * dq_analysis_new:
 *
 * Creates an analysis with no variable chosen, no missing codes and a
 * grouped chart.
 *
 * Returns: (transfer full): the analysis
 */
DqAnalysis *
dq_analysis_new (void)
{
  return g_object_new (DQ_TYPE_ANALYSIS, NULL);
}

/**
 * dq_analysis_get_row_variable:
 * @self: a #DqAnalysis
 *
 * Returns: (nullable): the name of the row variable
 */
const char *
dq_analysis_get_row_variable (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return self->row_variable;
}

/**
 * dq_analysis_set_row_variable:
 * @self: a #DqAnalysis
 * @name: (nullable): the name of the row variable; %NULL or "" for none
 */
void
dq_analysis_set_row_variable (DqAnalysis *self,
                              const char *name)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));

  set_name (self, &self->row_variable, name, PROP_ROW_VARIABLE);
}

/**
 * dq_analysis_get_column_variable:
 * @self: a #DqAnalysis
 *
 * Returns: (nullable): the name of the column variable
 */
const char *
dq_analysis_get_column_variable (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return self->column_variable;
}

/**
 * dq_analysis_set_column_variable:
 * @self: a #DqAnalysis
 * @name: (nullable): the name of the column variable; %NULL or "" for none
 */
void
dq_analysis_set_column_variable (DqAnalysis *self,
                                 const char *name)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));

  set_name (self, &self->column_variable, name, PROP_COLUMN_VARIABLE);
}

/**
 * dq_analysis_get_weight:
 * @self: a #DqAnalysis
 *
 * Returns: (nullable): the name of the weight variable
 */
const char *
dq_analysis_get_weight (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return self->weight;
}

/**
 * dq_analysis_set_weight:
 * @self: a #DqAnalysis
 * @name: (nullable): the name of the weight variable; %NULL or "" for none
 */
void
dq_analysis_set_weight (DqAnalysis *self,
                        const char *name)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));

  set_name (self, &self->weight, name, PROP_WEIGHT);
}

/**
 * dq_analysis_get_missing_codes:
 * @self: a #DqAnalysis
 * @n_codes: (out): the number of codes
 *
 * Returns: (array length=n_codes) (transfer none): the values counted as
 *   missing in every variable
 */
const double *
dq_analysis_get_missing_codes (DqAnalysis *self,
                               guint      *n_codes)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = self->missing_codes->len;

  return (const double *) (gpointer) self->missing_codes->data;
}

/**
 * dq_analysis_set_missing_codes:
 * @self: a #DqAnalysis
 * @codes: (array length=n_codes) (nullable): finite values
 * @n_codes: the number of @codes
 *
 * Sets the values counted as missing in every variable.
 */
void
dq_analysis_set_missing_codes (DqAnalysis   *self,
                               const double *codes,
                               guint         n_codes)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (codes != NULL || n_codes == 0);

  for (guint i = 0; i < n_codes; i++)
    g_return_if_fail (isfinite (codes[i]));

  if (n_codes == self->missing_codes->len &&
      (n_codes == 0 || memcmp (codes, self->missing_codes->data, n_codes * sizeof (double)) == 0))
    return;

  g_array_set_size (self->missing_codes, 0);
  g_array_append_vals (self->missing_codes, codes, n_codes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING_CODES]);
  changed (self);
}

/**
 * dq_analysis_get_chart:
 * @self: a #DqAnalysis
 *
 * Returns: how the crosstab is charted
 */
DqAnalysisChart
dq_analysis_get_chart (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), DQ_ANALYSIS_CHART_GROUPED);

  return self->chart;
}

/**
 * dq_analysis_set_chart:
 * @self: a #DqAnalysis
 * @chart: how the crosstab is charted
 */
void
dq_analysis_set_chart (DqAnalysis      *self,
                       DqAnalysisChart  chart)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (chart == DQ_ANALYSIS_CHART_GROUPED || chart == DQ_ANALYSIS_CHART_DIVERGING);

  if (self->chart == chart)
    return;

  self->chart = chart;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
  changed (self);
}

/**
 * dq_analysis_get_reverse:
 * @self: a #DqAnalysis
 *
 * Returns: whether a diverging scale runs from positive to negative
 */
gboolean
dq_analysis_get_reverse (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), FALSE);

  return self->reverse;
}

/**
 * dq_analysis_set_reverse:
 * @self: a #DqAnalysis
 * @reverse: whether a diverging scale runs from positive to negative
 */
void
dq_analysis_set_reverse (DqAnalysis *self,
                         gboolean    reverse)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));

  reverse = !!reverse;
  if (self->reverse == reverse)
    return;

  self->reverse = reverse;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVERSE]);
  changed (self);
}

/**
 * dq_analysis_get_chart_name:
 * @self: a #DqAnalysis
 *
 * The chart as project files name it: "grouped", "diverging", or
 * "diverging-reversed" for a diverging chart whose scale runs from
 * positive to negative. A grouped chart is "grouped" whatever
 * #DqAnalysis:reverse says.
 *
 * Returns: the name of the chart
 */
const char *
dq_analysis_get_chart_name (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  if (self->chart == DQ_ANALYSIS_CHART_GROUPED)
    return chart_names[0];

  return chart_names[self->reverse ? 2 : 1];
}

/**
 * dq_analysis_set_chart_name:
 * @self: a #DqAnalysis
 * @name: "grouped", "diverging" or "diverging-reversed"
 * @error: the place for an error
 *
 * Sets #DqAnalysis:chart and #DqAnalysis:reverse from a name that
 * dq_analysis_get_chart_name() gives, as one change.
 *
 * Returns: %FALSE with @error set (%DQ_ANALYSIS_ERROR_CHART) when @name is
 *   none of the names
 */
gboolean
dq_analysis_set_chart_name (DqAnalysis  *self,
                            const char  *name,
                            GError     **error)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (chart_names); i++)
    {
      if (!g_str_equal (name, chart_names[i]))
        continue;

      freeze (self);
      dq_analysis_set_chart (self,
                             i == 0 ? DQ_ANALYSIS_CHART_GROUPED : DQ_ANALYSIS_CHART_DIVERGING);
      dq_analysis_set_reverse (self, i == 2);
      thaw (self);
      return TRUE;
    }

  g_set_error (error, DQ_ANALYSIS_ERROR, DQ_ANALYSIS_ERROR_CHART,
               _("“%s” is not a chart of survey data: expected grouped, diverging or "
                 "diverging-reversed"),
               name);

  return FALSE;
}

/* Whether @data has a variable, or the source of a recode of that name. */
static gboolean
knows_variable (DqAnalysis   *self,
                DqSurveyData *data,
                const char   *name)
{
  DqRecode *recode;

  if (data == NULL)
    return FALSE;
  if (dq_survey_data_lookup_variable (data, name, NULL))
    return TRUE;

  recode = dq_analysis_lookup_recode (self, name);

  return recode != NULL && dq_survey_data_lookup_variable (data, dq_recode_get_source (recode),
                                                           NULL);
}

static void
forget_unknown_name (DqAnalysis    *self,
                     DqSurveyData  *data,
                     char         **field,
                     guint          prop_id)
{
  if (*field != NULL && !knows_variable (self, data, *field))
    set_name (self, field, NULL, prop_id);
}

/**
 * dq_analysis_forget_unknown:
 * @self: a #DqAnalysis
 * @data: (nullable): survey data, or %NULL for none
 *
 * Drops the variables @data does not have, as one change: the analysis of
 * a previous file keeps what still applies to a new one.
 *
 * Returns: whether a variable was dropped
 */
gboolean
dq_analysis_forget_unknown (DqAnalysis   *self,
                            DqSurveyData *data)
{
  gboolean dropped;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (data == NULL || DQ_IS_SURVEY_DATA (data), FALSE);

  freeze (self);
  forget_unknown_name (self, data, &self->row_variable, PROP_ROW_VARIABLE);
  forget_unknown_name (self, data, &self->column_variable, PROP_COLUMN_VARIABLE);
  forget_unknown_name (self, data, &self->weight, PROP_WEIGHT);
  for (guint i = dq_filter_get_n_conditions (self->filter); i-- > 0;)
    {
      const char *variable = dq_filter_get_variable (self->filter, i);

      if (!knows_variable (self, data, variable))
        dq_filter_remove (self->filter, i);
    }
  dropped = self->changed_while_frozen;
  thaw (self);

  return dropped;
}

/**
 * dq_analysis_compute:
 * @self: a #DqAnalysis
 * @data: the survey data
 * @error: the place for an error
 *
 * Computes the weighted crosstab the analysis asks for: one pass over the
 * respondents of @data.
 *
 * Returns: (transfer full) (nullable): the crosstab; or %NULL with @error
 *   set: %DQ_ANALYSIS_ERROR_NO_ROW when no row variable is chosen,
 *   %DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE naming a variable @data does not
 *   have, or a #DqCrosstabError
 */
DqCrosstab *
dq_analysis_compute (DqAnalysis    *self,
                     DqSurveyData  *data,
                     GError       **error)
{
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autofree guint8 *mask = NULL;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->row_variable == NULL)
    {
      g_set_error_literal (error, DQ_ANALYSIS_ERROR, DQ_ANALYSIS_ERROR_NO_ROW,
                           _("no row variable is chosen"));
      return NULL;
    }

  prepared = dq_analysis_prepare_cases (self, data, &mask, error);
  if (prepared == NULL)
    return NULL;

  return dq_crosstab_new_filtered (prepared, self->row_variable, self->column_variable,
                                   self->weight,
                                   (const double *) (gpointer) self->missing_codes->data,
                                   self->missing_codes->len, mask, error);
}

/**
 * dq_analysis_get_filter:
 * @self: a #DqAnalysis
 *
 * The conditions respondents must meet to be counted. A change of them is
 * a change of the analysis (::changed).
 *
 * Returns: (transfer none): the filter
 */
DqFilter *
dq_analysis_get_filter (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return self->filter;
}

/**
 * dq_analysis_make_mask:
 * @self: a #DqAnalysis
 * @data: the survey data
 * @n_included: (out) (optional): the number of respondents kept
 * @error: the place for an error
 *
 * The respondents the filter keeps, for the crosstab, the means and the
 * exported data alike; the analysis's missing codes count as missing in
 * its conditions.
 *
 * Returns: (transfer full) (nullable): one byte per row, or %NULL without
 *   an error when every respondent is kept; %NULL with @error set as
 *   dq_filter_make_mask() sets it
 */
guint8 *
dq_analysis_make_mask (DqAnalysis    *self,
                       DqSurveyData  *data,
                       gsize         *n_included,
                       GError       **error)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return dq_filter_make_mask (self->filter, data,
                              (const double *) (gpointer) self->missing_codes->data,
                              self->missing_codes->len, n_included, error);
}

/* The names of the row, column, weight and filter variables, once each. */
static void
add_used_variables (DqAnalysis *self,
                    GPtrArray  *names)
{
  const char *fields[3] = { self->row_variable, self->column_variable, self->weight };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL &&
        !g_ptr_array_find_with_equal_func (names, fields[i], g_str_equal, NULL))
      g_ptr_array_add (names, (gpointer) fields[i]);
  dq_filter_add_variables (self->filter, names);

  /* The variables of the multiple-response sets, which may be recoded. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->mrsets)); i++)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (G_LIST_MODEL (self->mrsets), i);
      const char * const *variables = dq_mrset_get_variables (set);

      for (guint v = 0; variables[v] != NULL; v++)
        if (!g_ptr_array_find_with_equal_func (names, variables[v], g_str_equal, NULL))
          g_ptr_array_add (names, (gpointer) variables[v]);
    }
}

/**
 * dq_analysis_dup_variables:
 * @self: a #DqAnalysis
 *
 * The variables the analysis reads: the row, the column, the weight and
 * those of the filter, so that a reader of a large file keeps only them.
 *
 * Returns: (transfer full) (array zero-terminated=1): their names, once each
 */
GStrv
dq_analysis_dup_variables (DqAnalysis *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GStrvBuilder *builder;
  GStrv result;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  add_used_variables (self, names);

  /* A recoded variable is read as its source. */
  builder = g_strv_builder_new ();
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      DqRecode *recode = dq_analysis_lookup_recode (self, name);

      g_strv_builder_add (builder, recode != NULL ? dq_recode_get_source (recode) : name);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}

/**
 * dq_analysis_chart_crosstab:
 * @self: a #DqAnalysis
 * @crosstab: a crosstab dq_analysis_compute() gave
 * @error: the place for an error
 *
 * Prepares the chart of @crosstab the analysis asks for.
 *
 * Returns: (transfer full) (nullable): the source of the chart, or %NULL
 *   with @error set (a #DqCrosstabError)
 */
DqChartSource *
dq_analysis_chart_crosstab (DqAnalysis  *self,
                            DqCrosstab  *crosstab,
                            GError     **error)
{
  DqChartSource *source;
  const double *codes;
  guint n_codes;
  g_auto(GStrv) texts = NULL;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_CROSSTAB (crosstab), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = dq_chart_source_new_for_crosstab (crosstab, self->chart,
                                             self->chart == DQ_ANALYSIS_CHART_DIVERGING &&
                                             self->reverse,
                                             error);
  if (source == NULL)
    return NULL;

  /* The chart's source line names the codes left out as missing, and the
   * conditions respondents were selected by (in no language). */
  codes = dq_analysis_get_missing_codes (self, &n_codes);
  dq_chart_source_set_missing_codes (source, codes, n_codes);
  texts = dq_filter_dup_texts (self->filter);
  joined = g_strjoinv (", ", texts);
  dq_chart_source_set_filter_description (source, joined);

  return source;
}

/* Replaces the item of @store named as @item, or appends @item. */
static void
put_named (GListStore  *store,
           gpointer     item,
           const char *(*get_name) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_str_equal (get_name (old), get_name (item)))
        {
          g_list_store_splice (store, i, 1, &item, 1);
          return;
        }
    }

  g_list_store_append (store, item);
}

/**
 * dq_analysis_get_recodes:
 * @self: a #DqAnalysis
 *
 * The variables made by grouping the values of others, which the row,
 * column and filter may name as any variable of the data. A change of
 * them is a change of the analysis (::changed).
 *
 * Returns: (transfer none): a list of #DqRecode
 */
GListModel *
dq_analysis_get_recodes (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return G_LIST_MODEL (self->recodes);
}

/**
 * dq_analysis_lookup_recode:
 * @self: a #DqAnalysis
 * @name: the name of a variable
 *
 * Returns: (transfer none) (nullable): the recode that makes @name, or %NULL
 */
DqRecode *
dq_analysis_lookup_recode (DqAnalysis *self,
                           const char *name)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->recodes)); i++)
    {
      g_autoptr(DqRecode) recode = g_list_model_get_item (G_LIST_MODEL (self->recodes), i);

      if (g_str_equal (dq_recode_get_name (recode), name))
        return recode;
    }

  return NULL;
}

/**
 * dq_analysis_add_recode:
 * @self: a #DqAnalysis
 * @recode: a recode
 *
 * Adds a recode, or replaces the one that makes a variable of the same name.
 */
void
dq_analysis_add_recode (DqAnalysis *self,
                        DqRecode   *recode)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (DQ_IS_RECODE (recode));

  put_named (self->recodes, recode, (const char *(*) (gpointer)) dq_recode_get_name);
}

/**
 * dq_analysis_remove_recode:
 * @self: a #DqAnalysis
 * @index: the position of a recode in dq_analysis_get_recodes()
 */
void
dq_analysis_remove_recode (DqAnalysis *self,
                           guint       index)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (self->recodes)));

  g_list_store_remove (self->recodes, index);
}

/**
 * dq_analysis_prepare_data:
 * @self: a #DqAnalysis
 * @data: the survey data
 * @all_variables: whether to keep every variable of @data and make every
 *   recode, as an export of the data does, rather than only those the
 *   analysis reads
 * @error: the place for an error
 *
 * The data the analysis computes from: @data itself when no recoded
 * variable is needed; otherwise data with the rows of @data that holds
 * copies of the variables read and the recoded ones, made afresh so that
 * they follow edits of their source.
 *
 * Returns: (transfer full) (nullable): the data, or %NULL with @error set
 *   as dq_recode_add_to() sets it
 */
DqSurveyData *
dq_analysis_prepare_data (DqAnalysis    *self,
                          DqSurveyData  *data,
                          gboolean       all_variables,
                          GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(DqSurveyData) prepared = NULL;
  guint n_recodes = g_list_model_get_n_items (G_LIST_MODEL (self->recodes));
  const char *stored;
  gboolean recoded = FALSE;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  add_used_variables (self, names);
  for (guint i = 0; i < names->len && !recoded; i++)
    recoded = dq_analysis_lookup_recode (self, g_ptr_array_index (names, i)) != NULL;
  if (!recoded && !(all_variables && n_recodes > 0))
    return g_object_ref (data);

  prepared = dq_survey_data_new_with_rows_of (data);
  for (guint v = 0; v < dq_survey_data_get_n_variables (data); v++)
    {
      const char *name = dq_survey_data_get_name (data, v);

      if (all_variables || g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        dq_recode_copy_variable (data, v, prepared);
    }

  /* The weight the file stores stays the file's, for a writer to keep. */
  stored = dq_survey_data_get_stored_weight (data);
  if (stored != NULL && dq_survey_data_lookup_variable (prepared, stored, NULL))
    dq_survey_data_set_stored_weight (prepared, stored);

  for (guint i = 0; i < n_recodes; i++)
    {
      g_autoptr(DqRecode) recode = g_list_model_get_item (G_LIST_MODEL (self->recodes), i);

      if (!all_variables &&
          !g_ptr_array_find_with_equal_func (names, dq_recode_get_name (recode), g_str_equal,
                                             NULL))
        continue;
      if (dq_recode_add_to (recode, data, prepared, error) == G_MAXUINT)
        return NULL;
    }

  return g_steal_pointer (&prepared);
}

/**
 * dq_analysis_get_mrsets:
 * @self: a #DqAnalysis
 *
 * The multiple-response sets the researcher defined. A change of them is
 * a change of the analysis (::changed).
 *
 * Returns: (transfer none): a list of #DqMrset
 */
GListModel *
dq_analysis_get_mrsets (DqAnalysis *self)
{
  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);

  return G_LIST_MODEL (self->mrsets);
}

/**
 * dq_analysis_add_mrset:
 * @self: a #DqAnalysis
 * @set: a multiple-response set
 *
 * Adds a set, or replaces the one of the same name.
 */
void
dq_analysis_add_mrset (DqAnalysis *self,
                       DqMrset    *set)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (DQ_IS_MRSET (set));

  put_named (self->mrsets, set, (const char *(*) (gpointer)) dq_mrset_get_name);
}

/**
 * dq_analysis_remove_mrset:
 * @self: a #DqAnalysis
 * @index: the position of a set in dq_analysis_get_mrsets()
 */
void
dq_analysis_remove_mrset (DqAnalysis *self,
                          guint       index)
{
  g_return_if_fail (DQ_IS_ANALYSIS (self));
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (self->mrsets)));

  g_list_store_remove (self->mrsets, index);
}

/**
 * dq_analysis_compute_mrset:
 * @self: a #DqAnalysis
 * @data: the survey data
 * @set: a multiple-response set
 * @error: the place for an error
 *
 * The table of @set for the respondents the filter keeps, weighted by the
 * analysis's weight, with its missing codes; the set's variables may be
 * recoded ones.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
DqMrsetTable *
dq_analysis_compute_mrset (DqAnalysis    *self,
                           DqSurveyData  *data,
                           DqMrset       *set,
                           GError       **error)
{
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autofree guint8 *mask = NULL;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (DQ_IS_MRSET (set), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  prepared = dq_analysis_prepare_cases (self, data, &mask, error);
  if (prepared == NULL)
    return NULL;

  return dq_mrset_compute (set, prepared, self->weight, mask,
                           (const double *) (gpointer) self->missing_codes->data,
                           self->missing_codes->len, error);
}

/**
 * dq_analysis_prepare_cases:
 * @self: a #DqAnalysis
 * @data: the survey data
 * @include: (out) (transfer full) (nullable): the filter's mask over the
 *   rows of the data returned, or %NULL when every respondent is kept
 * @error: the place for an error
 *
 * What a table of the analysis counts: the data with the recoded variables
 * it needs (dq_analysis_prepare_data()) and the respondents the filter
 * keeps (dq_analysis_make_mask()), for the crosstab, the means and the
 * multiple-response sets alike.
 *
 * Returns: (transfer full) (nullable): the data, or %NULL with @error set
 */
DqSurveyData *
dq_analysis_prepare_cases (DqAnalysis    *self,
                           DqSurveyData  *data,
                           guint8       **include,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DqSurveyData) prepared = NULL;

  g_return_val_if_fail (DQ_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (include != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *include = NULL;
  prepared = dq_analysis_prepare_data (self, data, FALSE, error);
  if (prepared == NULL)
    return NULL;

  *include = dq_analysis_make_mask (self, prepared, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&prepared);
}
