/* dq-means.c
 *
 * The weighted mean of a numeric variable (an age, a 0–10 scale) in each
 * category of a group variable, as R's survey::svyby (~y, ~g, design,
 * svymean) computes it on a design with weights only (svydesign (ids = ~1,
 * weights = ~w)) built on the respondents counted.
 *
 * The mean of group g is m = Σwy / Σw over its respondents. Its linearised
 * variance treats each respondent as a primary sampling unit of the whole
 * sample of n respondents, the group being a domain:
 * var (m) = n / (n − 1) · Σ w² (y − m)² / (Σw)², summed over the group;
 * the 95 % interval is m ± 1.96 · √var. Without weights and groups this
 * is the familiar s / √n. Effective n is Kish's (Σw)² / Σw².
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-crosstab-private.h"
#include "dq-means.h"

/* The 0.975 quantile of the standard normal distribution. */
#define Z_95 1.959963984540054

typedef struct
{
  double  w;
  double  w2;
  double  wy;
  double  squares;
  guint64 n;
} Sums;

struct _DqMeans
{
  GObject       parent_instance;

  DqSurveyData *data;
  char         *variable;
  char         *group_variable;
  char         *weight_variable;

  guint         n_groups;
  /* n_groups + 1 of each; the last is all respondents. */
  Category     *groups;
  Sums         *sums;
  double       *means;
  gsize         n_design;
  gsize         n_excluded;
  gsize         n_filtered;
  gsize         n_invalid_weight;
};

G_DEFINE_QUARK (dq-means-error-quark, dq_means_error)

G_DEFINE_FINAL_TYPE (DqMeans, dq_means, G_TYPE_OBJECT)

static void
dq_means_dispose (GObject *object)
{
  DqMeans *self = DQ_MEANS (object);

  g_clear_object (&self->data);

  G_OBJECT_CLASS (dq_means_parent_class)->dispose (object);
}

static void
dq_means_finalize (GObject *object)
{
  DqMeans *self = DQ_MEANS (object);

  g_clear_pointer (&self->variable, g_free);
  g_clear_pointer (&self->group_variable, g_free);
  g_clear_pointer (&self->weight_variable, g_free);
  for (guint i = 0; self->groups != NULL && i <= self->n_groups; i++)
    {
      g_free (self->groups[i].value);
      g_free (self->groups[i].label);
    }
  g_clear_pointer (&self->groups, g_free);
  g_clear_pointer (&self->sums, g_free);
  g_clear_pointer (&self->means, g_free);

  G_OBJECT_CLASS (dq_means_parent_class)->finalize (object);
}

static void
dq_means_class_init (DqMeansClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_means_dispose;
  object_class->finalize = dq_means_finalize;
}

static void
dq_means_init (DqMeans *self)
{
}

static gboolean
is_missing_value (DqSurveyData *data,
                  guint         variable,
                  double        value,
                  const double *missing_codes,
                  guint         n_missing_codes)
{
  if (isnan (value))
    return TRUE;
  for (guint i = 0; i < n_missing_codes; i++)
    {
      if (value == missing_codes[i])
        return TRUE;
    }

  return dq_survey_data_is_missing_number (data, variable, value);
}

/* The pass over the respondents: @slots gets each one's group slot (or −1
 * for one left out), @sums the group sums by slot. */
typedef struct
{
  DqSurveyData  *data;
  guint          variable;
  const double  *y;
  const double  *missing_codes;
  guint          n_missing_codes;
  const guint8  *include;
  Classifier    *groups;
  const Weights *weights;

  gint32        *slots;
  GArray        *sums;
  gsize          n_counted;
  gsize          n_filtered;
  gsize          n_invalid_weight;
  gsize          first_invalid_row;
} MeansPass;

static gboolean
count (MeansPass    *pass,
       GError **error)
{
  gsize n_rows = dq_survey_data_get_n_rows (pass->data);

  for (gsize i = 0; i < n_rows; i++)
    {
      int g = 0;
      double w = 1.0;
      Sums *sums;

      pass->slots[i] = -1;
      if (pass->include != NULL && !pass->include[i])
        {
          pass->n_filtered++;
          continue;
        }
      if (pass->groups != NULL)
        {
          g = _dq_crosstab_classify (pass->groups, i);
          if (g == CLASSIFY_TOO_MANY)
            {
              g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_TOO_MANY_CATEGORIES,
                           _("%s: the variable “%s” has more than %d distinct values; means "
                             "by group need a variable with categories"),
                           dq_survey_data_get_source_name (pass->data),
                           dq_survey_data_get_name (pass->data, pass->groups->variable),
                           DQ_CROSSTAB_MAX_CATEGORIES);
              return FALSE;
            }
          if (g < 0)
            continue;
        }
      if (is_missing_value (pass->data, pass->variable, pass->y[i], pass->missing_codes,
                            pass->n_missing_codes))
        continue;
      /* A missing, negative or infinite weight leaves the respondent out,
       * as in the crosstab, and is reported. */
      if (pass->weights != NULL && !_dq_crosstab_weights_read (pass->weights, i, &w))
        {
          if (pass->n_invalid_weight == 0)
            pass->first_invalid_row = i;
          pass->n_invalid_weight++;
          continue;
        }
      /* A weight of zero takes a respondent out, as in the crosstab. */
      if (w == 0)
        continue;

      if ((guint) g >= pass->sums->len)
        g_array_set_size (pass->sums, g + 1);
      sums = &g_array_index (pass->sums, Sums, g);
      sums->w += w;
      sums->w2 += w * w;
      sums->wy += w * pass->y[i];
      sums->n++;
      pass->slots[i] = g;
      pass->n_counted++;
    }

  return TRUE;
}

static void
add_squares (MeansPass         *pass,
             const double *means_by_slot,
             double        overall,
             Sums         *total)
{
  gsize n_rows = dq_survey_data_get_n_rows (pass->data);

  for (gsize i = 0; i < n_rows; i++)
    {
      double w, d;
      gint32 g = pass->slots[i];

      if (g < 0)
        continue;
      w = pass->weights != NULL ? pass->weights->numbers[i] : 1.0;
      d = pass->y[i] - means_by_slot[g];
      g_array_index (pass->sums, Sums, g).squares += w * w * d * d;
      d = pass->y[i] - overall;
      total->squares += w * w * d * d;
    }
}

static void
fill_groups (DqMeans    *self,
             MeansPass       *pass,
             Classifier *groups)
{
  g_autofree double *means_by_slot = g_new0 (double, MAX (pass->sums->len, 1));
  g_autofree guint64 *counts = g_new0 (guint64, MAX (pass->sums->len, 1));
  g_autofree guint *order = NULL;
  Sums total = { 0 };

  for (guint g = 0; g < pass->sums->len; g++)
    {
      Sums *sums = &g_array_index (pass->sums, Sums, g);

      means_by_slot[g] = sums->n > 0 ? sums->wy / sums->w : NAN;
      counts[g] = sums->n;
      total.w += sums->w;
      total.w2 += sums->w2;
      total.wy += sums->wy;
      total.n += sums->n;
    }
  add_squares (pass, means_by_slot, total.wy / total.w, &total);

  if (groups != NULL)
    self->n_groups = _dq_crosstab_finish_categories (groups, counts, &self->groups, &order);
  else
    {
      self->n_groups = 0;
      self->groups = g_new0 (Category, 1);
    }
  self->groups[self->n_groups].value = g_strdup (_("Total"));

  self->sums = g_new0 (Sums, self->n_groups + 1);
  self->means = g_new0 (double, self->n_groups + 1);
  for (guint g = 0; g < self->n_groups; g++)
    {
      self->sums[g] = g_array_index (pass->sums, Sums, order[g]);
      self->means[g] = means_by_slot[order[g]];
    }
  self->sums[self->n_groups] = total;
  self->means[self->n_groups] = total.wy / total.w;
}

static gboolean
check_numeric (DqSurveyData  *data,
               guint          variable,
               GError       **error)
{
  if (dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_NUMERIC)
    return TRUE;

  g_set_error (error, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NOT_NUMERIC,
               _("%s: the variable “%s” is not numeric; a mean needs numbers"),
               dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, variable));

  return FALSE;
}

/**
 * dq_means_new:
 * @data: the respondents
 * @variable: the numeric variable to average
 * @group_variable: (nullable): the variable whose categories are the
 *   groups, or %NULL for the mean of all respondents alone
 * @weight_variable: (nullable): a numeric variable of weights, or %NULL
 * @missing_codes: (array length=n_missing_codes) (nullable): values that are
 *   missing in @variable and @group_variable besides those the file
 *   declares
 * @n_missing_codes: their number
 * @include: (nullable) (array): one byte per respondent, non-zero for those
 *   a filter keeps, or %NULL for all
 * @error: the place for an error
 *
 * Averages @variable over the respondents with valid values of both
 * variables and a valid, non-zero weight, in each group and over all of
 * them.
 *
 * Returns: (transfer full): the means, or %NULL with @error set
 */
DqMeans *
dq_means_new (DqSurveyData  *data,
              const char    *variable,
              const char    *group_variable,
              const char    *weight_variable,
              const double  *missing_codes,
              guint          n_missing_codes,
              const guint8  *include,
              GError       **error)
{
  g_auto(Classifier) groups = { NULL };
  g_auto(Weights) weights = { 0 };
  g_autoptr(DqMeans) self = NULL;
  g_autofree gint32 *slots = NULL;
  g_autoptr(GArray) sums = g_array_new (FALSE, TRUE, sizeof (Sums));
  MeansPass pass = { NULL };
  guint var, group_var = 0;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (variable != NULL, NULL);
  g_return_val_if_fail (missing_codes != NULL || n_missing_codes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  var = dq_survey_data_require_variable (data, variable, error);
  if (var == G_MAXUINT || !check_numeric (data, var, error))
    return NULL;
  if (group_variable != NULL)
    {
      group_var = dq_survey_data_require_variable (data, group_variable, error);
      if (group_var == G_MAXUINT)
        return NULL;
      _dq_crosstab_classifier_init (&groups, data, group_var, missing_codes, n_missing_codes);
    }
  if (weight_variable != NULL &&
      !_dq_crosstab_weights_init (&weights, data, weight_variable, error))
    return NULL;

  slots = g_new (gint32, MAX (dq_survey_data_get_n_rows (data), 1));
  pass.data = data;
  pass.variable = var;
  pass.y = dq_survey_data_get_numbers (data, var);
  pass.missing_codes = missing_codes;
  pass.n_missing_codes = n_missing_codes;
  pass.include = include;
  pass.groups = group_variable != NULL ? &groups : NULL;
  pass.weights = weight_variable != NULL ? &weights : NULL;
  pass.slots = slots;
  pass.sums = sums;
  if (!count (&pass, error))
    return NULL;
  if (pass.n_counted == 0 && pass.n_invalid_weight > 0)
    {
      _dq_crosstab_set_weight_error (data, weight_variable, pass.first_invalid_row, error);
      return NULL;
    }
  if (pass.n_counted == 0)
    {
      if (group_variable != NULL)
        g_set_error (error, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NO_VALUES,
                     _("%s: no respondent has valid values of both “%s” and “%s”"),
                     dq_survey_data_get_source_name (data), variable, group_variable);
      else
        g_set_error (error, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NO_VALUES,
                     _("%s: the variable “%s” has no valid values"),
                     dq_survey_data_get_source_name (data), variable);
      return NULL;
    }

  self = g_object_new (DQ_TYPE_MEANS, NULL);
  self->data = g_object_ref (data);
  self->variable = g_strdup (variable);
  self->group_variable = g_strdup (group_variable);
  self->weight_variable = g_strdup (weight_variable);
  self->n_design = pass.n_counted;
  self->n_filtered = pass.n_filtered;
  self->n_invalid_weight = pass.n_invalid_weight;
  self->n_excluded = dq_survey_data_get_n_rows (data) - pass.n_counted - pass.n_filtered;
  fill_groups (self, &pass, group_variable != NULL ? &groups : NULL);

  return g_steal_pointer (&self);
}

/**
 * dq_means_get_data:
 * @self: a #DqMeans
 *
 * Returns: (transfer none): the data averaged
 */
DqSurveyData *
dq_means_get_data (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);

  return self->data;
}

/**
 * dq_means_get_variable:
 * @self: a #DqMeans
 *
 * Returns: the name of the variable averaged
 */
const char *
dq_means_get_variable (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);

  return self->variable;
}

/**
 * dq_means_get_group_variable:
 * @self: a #DqMeans
 *
 * Returns: (nullable): the name of the group variable
 */
const char *
dq_means_get_group_variable (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);

  return self->group_variable;
}

/**
 * dq_means_get_weight_variable:
 * @self: a #DqMeans
 *
 * Returns: (nullable): the name of the weight variable
 */
const char *
dq_means_get_weight_variable (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);

  return self->weight_variable;
}

/**
 * dq_means_get_n_groups:
 * @self: a #DqMeans
 *
 * Returns: the number of groups (0 without a group variable); the index of
 *   all respondents
 */
guint
dq_means_get_n_groups (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), 0);

  return self->n_groups;
}

/**
 * dq_means_get_group_value:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: the group's value as text, or "Total"
 */
const char *
dq_means_get_group_value (DqMeans *self,
                          guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);
  g_return_val_if_fail (group <= self->n_groups, NULL);

  return self->groups[group].value;
}

/**
 * dq_means_get_group_label:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: (nullable): the value label of the group's value
 */
const char *
dq_means_get_group_label (DqMeans *self,
                          guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NULL);
  g_return_val_if_fail (group <= self->n_groups, NULL);

  return self->groups[group].label;
}

/**
 * dq_means_get_mean:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: the weighted mean
 */
double
dq_means_get_mean (DqMeans *self,
                   guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NAN);
  g_return_val_if_fail (group <= self->n_groups, NAN);

  return self->means[group];
}

/**
 * dq_means_get_standard_error:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: the linearised standard error of the mean; NaN with a single
 *   respondent in the design
 */
double
dq_means_get_standard_error (DqMeans *self,
                             guint    group)
{
  const Sums *sums;
  double n = self->n_design;

  g_return_val_if_fail (DQ_IS_MEANS (self), NAN);
  g_return_val_if_fail (group <= self->n_groups, NAN);

  sums = &self->sums[group];
  if (!(n > 1))
    return NAN;

  return sqrt (n / (n - 1.0) * sums->squares) / sums->w;
}

/**
 * dq_means_get_interval:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 * @low: (out): the lower bound of the 95 % interval
 * @high: (out): the upper bound
 *
 * Gives mean ± 1.96 standard errors, as confint() of survey::svymean.
 */
void
dq_means_get_interval (DqMeans *self,
                       guint    group,
                       double  *low,
                       double  *high)
{
  double se;

  g_return_if_fail (DQ_IS_MEANS (self));
  g_return_if_fail (group <= self->n_groups);
  g_return_if_fail (low != NULL && high != NULL);

  se = dq_means_get_standard_error (self, group);
  *low = self->means[group] - Z_95 * se;
  *high = self->means[group] + Z_95 * se;
}

/**
 * dq_means_get_n:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: the number of respondents averaged
 */
guint64
dq_means_get_n (DqMeans *self,
                guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), 0);
  g_return_val_if_fail (group <= self->n_groups, 0);

  return self->sums[group].n;
}

/**
 * dq_means_get_weighted_n:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: the sum of their weights
 */
double
dq_means_get_weighted_n (DqMeans *self,
                         guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NAN);
  g_return_val_if_fail (group <= self->n_groups, NAN);

  return self->sums[group].w;
}

/**
 * dq_means_get_effective_n:
 * @self: a #DqMeans
 * @group: a group, or dq_means_get_n_groups() for all respondents
 *
 * Returns: Kish's effective sample size of the group, (Σw)² / Σw²
 */
double
dq_means_get_effective_n (DqMeans *self,
                          guint    group)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), NAN);
  g_return_val_if_fail (group <= self->n_groups, NAN);

  return dq_crosstab_effective_n (self->sums[group].w, self->sums[group].w2);
}

/**
 * dq_means_get_n_excluded:
 * @self: a #DqMeans
 *
 * Returns: the respondents left out for a missing value, a weight of zero
 *   or no valid weight
 */
gsize
dq_means_get_n_excluded (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), 0);

  return self->n_excluded;
}

/**
 * dq_means_get_n_invalid_weight:
 * @self: a #DqMeans
 *
 * Returns: the respondents with a valid value left out for a missing,
 *   negative or infinite weight; dq_means_get_n_excluded() counts them too
 */
gsize
dq_means_get_n_invalid_weight (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), 0);

  return self->n_invalid_weight;
}

/**
 * dq_means_get_n_filtered:
 * @self: a #DqMeans
 *
 * Returns: the respondents a filter left out
 */
gsize
dq_means_get_n_filtered (DqMeans *self)
{
  g_return_val_if_fail (DQ_IS_MEANS (self), 0);

  return self->n_filtered;
}

/**
 * dq_means_describe_method:
 *
 * Returns: how the intervals are computed, for the notes under a table
 */
const char *
dq_means_describe_method (void)
{
  return _("Means are weighted when there is a weight. Their 95 % confidence intervals are mean ± 1.96 linearised "
           "standard errors, as R’s survey package computes them for a sample with weights "
           "only (each group a domain of all respondents counted); they allow for the "
           "weighting but not for clustering or stratification. Effective n is Kish’s "
           "(Σw)² / Σw².");
}
