/* dq-mrset.c
 *
 * Multiple-response sets, as PSPP's MRSETS defines them: a set of yes/no
 * variables with the value that counts as "yes" ("langs = speaks_kk,
 * speaks_ru, speaks_uz: 1"), or a set of variables that each hold one of
 * the categories chosen ("reasons = reason1, reason2, reason3").
 *
 * The table counts respondents with at least one response, as PSPP's MULT
 * RESPONSE does. A category's share of respondents is a weighted mean of
 * "chose it" and its share of responses a ratio of weighted totals; their
 * 95 % intervals come from the linearised standard errors that R's survey
 * package gives for svymean() and svyratio() on a design with weights only
 * (no strata or clusters):
 *
 *   var(p) = n/(n−1) · Σ w²(y − p)² / (Σw)²
 *   var(R) = n/(n−1) · Σ w²(y − R·t)² / (Σw·t)²
 *
 * with y whether a respondent chose the category and t how many responses
 * they gave. Both sums are kept as sums of w², w²y, w²yt and w²t², so one
 * pass over the respondents suffices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-crosstab.h"
#include "dq-filter.h"
#include "dq-mrset.h"

struct _DqMrset
{
  GObject  parent_instance;

  char    *name;
  GStrv    variables;
  /* The value that counts as "yes", or NULL for a set of categories. */
  char    *counted;
};

G_DEFINE_QUARK (dq-mrset-error-quark, dq_mrset_error)

G_DEFINE_FINAL_TYPE (DqMrset, dq_mrset, G_TYPE_OBJECT)

static void
dq_mrset_finalize (GObject *object)
{
  DqMrset *self = DQ_MRSET (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->variables, g_strfreev);
  g_clear_pointer (&self->counted, g_free);

  G_OBJECT_CLASS (dq_mrset_parent_class)->finalize (object);
}

static void
dq_mrset_class_init (DqMrsetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dq_mrset_finalize;
}

static void
dq_mrset_init (DqMrset *self)
{
}

/**
 * dq_mrset_table_free:
 * @table: a table
 */
void
dq_mrset_table_free (DqMrsetTable *table)
{
  if (table == NULL)
    return;

  for (guint i = 0; i < table->n_categories; i++)
    {
      g_free (table->categories[i].value);
      g_free (table->categories[i].label);
    }
  g_free (table->categories);
  g_free (table);
}

static gboolean
syntax_error (GError     **error,
              const char  *text,
              const char  *problem)
{
  g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX,
               /* TRANSLATORS: the first %s is a set as typed; the second says what is wrong */
               _("the multiple-response set “%s” cannot be read: %s. Write it as NAME = VAR, VAR, "
                 "… for variables that hold the answers chosen, or NAME = VAR, VAR, …: VALUE for "
                 "yes/no variables, e.g. “langs = speaks_kk, speaks_ru: 1”"),
               text, problem);
  return FALSE;
}

static gboolean
is_name (const char *text)
{
  return *text != '\0' && strpbrk (text, " \t\"',;:=") == NULL;
}

/**
 * dq_mrset_new_from_text:
 * @text: a set, e.g. "langs = speaks_kk, speaks_ru, speaks_uz: 1" or
 *   "reasons = reason1, reason2"
 * @error: the place for an error
 *
 * Reads a set: its name, `=`, two or more variables separated by commas
 * and, for yes/no variables, `:` and the value that counts as "yes" (a
 * number, a value label or a text).
 *
 * Returns: (transfer full) (nullable): the set, or %NULL with @error set
 *   (%DQ_MRSET_ERROR_SYNTAX)
 */
DqMrset *
dq_mrset_new_from_text (const char  *text,
                        GError     **error)
{
  g_autoptr(DqMrset) self = NULL;
  g_autofree char *list = NULL;
  const char *equals, *colon;
  GStrvBuilder *builder;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  equals = strchr (text, '=');
  if (equals == NULL)
    return syntax_error (error, text, _("“=” is missing")), NULL;

  self = g_object_new (DQ_TYPE_MRSET, NULL);
  self->name = g_strstrip (g_strndup (text, equals - text));
  if (!is_name (self->name))
    return syntax_error (error, text, _("the name is empty or has spaces")), NULL;

  colon = strchr (equals, ':');
  list = colon != NULL ? g_strndup (equals + 1, colon - equals - 1) : g_strdup (equals + 1);
  if (colon != NULL)
    {
      self->counted = g_strstrip (g_strdup (colon + 1));
      if (*self->counted == '\0')
        return syntax_error (error, text, _("no value follows “:”")), NULL;
    }

  parts = g_strsplit (list, ",", -1);
  builder = g_strv_builder_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (!is_name (parts[i]))
        {
          g_strv_builder_unref (builder);
          return syntax_error (error, text, _("a variable name is empty or has spaces")), NULL;
        }
      g_strv_builder_add (builder, parts[i]);
    }
  self->variables = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (g_strv_length (self->variables) < 2)
    return syntax_error (error, text, _("a set needs at least two variables")), NULL;

  return g_steal_pointer (&self);
}

/**
 * dq_mrset_get_name:
 * @self: a #DqMrset
 *
 * Returns: the set's name
 */
const char *
dq_mrset_get_name (DqMrset *self)
{
  g_return_val_if_fail (DQ_IS_MRSET (self), NULL);

  return self->name;
}

/**
 * dq_mrset_get_variables:
 * @self: a #DqMrset
 *
 * Returns: (array zero-terminated=1) (transfer none): its variables
 */
const char * const *
dq_mrset_get_variables (DqMrset *self)
{
  g_return_val_if_fail (DQ_IS_MRSET (self), NULL);

  return (const char * const *) self->variables;
}

/**
 * dq_mrset_get_counted:
 * @self: a #DqMrset
 *
 * Returns: (nullable): the value that counts as "yes" in a set of yes/no
 *   variables, or %NULL for a set of categories
 */
const char *
dq_mrset_get_counted (DqMrset *self)
{
  g_return_val_if_fail (DQ_IS_MRSET (self), NULL);

  return self->counted;
}

/**
 * dq_mrset_dup_text:
 * @self: a #DqMrset
 *
 * Returns: (transfer full): the set as dq_mrset_new_from_text() reads it
 */
char *
dq_mrset_dup_text (DqMrset *self)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (DQ_IS_MRSET (self), NULL);

  joined = g_strjoinv (", ", self->variables);
  if (self->counted != NULL)
    return g_strdup_printf ("%s = %s: %s", self->name, joined, self->counted);

  return g_strdup_printf ("%s = %s", self->name, joined);
}

/* What a pass over the respondents needs to know of the set's variables. */
typedef struct
{
  DqSurveyData  *data;
  GArray        *variables;
  gboolean       numeric;
  const double  *missing_codes;
  guint          n_missing_codes;

  /* Yes/no: per variable, the number or the code that counts. */
  double        *counted_numbers;
  guint32       *counted_codes;

  /* Categories: sorted numbers, or texts with each variable's codes mapped
   * to their index. */
  GArray        *numbers;
  GPtrArray     *texts;
  GPtrArray     *code_maps;
  guint          n_categories;
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->variables, g_array_unref);
  g_clear_pointer (&plan->counted_numbers, g_free);
  g_clear_pointer (&plan->counted_codes, g_free);
  g_clear_pointer (&plan->numbers, g_array_unref);
  g_clear_pointer (&plan->texts, g_ptr_array_unref);
  g_clear_pointer (&plan->code_maps, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

static guint
plan_variable (Plan *plan,
               guint i)
{
  return g_array_index (plan->variables, guint, i);
}

static gboolean
is_missing_number (Plan   *plan,
                   guint   variable,
                   double  value)
{
  for (guint i = 0; i < plan->n_missing_codes; i++)
    if (value == plan->missing_codes[i])
      return TRUE;

  return dq_survey_data_is_missing_number (plan->data, variable, value);
}

static gboolean
resolve_counted (DqMrset  *self,
                 Plan     *plan,
                 GError  **error)
{
  guint n = plan->variables->len;

  plan->counted_numbers = g_new0 (double, n);
  plan->counted_codes = g_new0 (guint32, n);

  for (guint i = 0; i < n; i++)
    {
      guint v = plan_variable (plan, i);

      plan->counted_codes[i] = DQ_SURVEY_DATA_NO_CODE;
      if (!plan->numeric)
        {
          guint n_categories;
          const char * const *categories = dq_survey_data_get_categories (plan->data, v,
                                                                          &n_categories);

          for (guint c = 0; c < n_categories; c++)
            if (g_str_equal (categories[c], self->counted))
              plan->counted_codes[i] = c;
          continue;
        }

      if (!dq_filter_read_number (plan->data, v, self->counted, &plan->counted_numbers[i]))
        {
          g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX,
                       /* TRANSLATORS: the first %s is a value, the second a variable name */
                       _("“%s” is neither a number nor a value label of %s"),
                       self->counted, dq_survey_data_get_name (plan->data, v));
          return FALSE;
        }
    }

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The categories of a set of categories: every valid value of its
 * variables, in order. */
static void
collect_categories (Plan *plan)
{
  if (plan->numeric)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_double_hash, g_double_equal, g_free,
                                                         NULL);

      plan->numbers = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint i = 0; i < plan->variables->len; i++)
        {
          guint v = plan_variable (plan, i);
          const double *numbers = dq_survey_data_get_numbers (plan->data, v);

          for (gsize r = 0; r < dq_survey_data_get_n_rows (plan->data); r++)
            if (!is_missing_number (plan, v, numbers[r]) &&
                g_hash_table_add (seen, g_memdup2 (&numbers[r], sizeof (double))))
              g_array_append_val (plan->numbers, numbers[r]);
        }
      g_array_sort (plan->numbers, compare_doubles);
      plan->n_categories = plan->numbers->len;
      return;
    }

  plan->texts = g_ptr_array_new ();
  plan->code_maps = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < plan->variables->len; i++)
    {
      guint n_categories;
      const char * const *categories = dq_survey_data_get_categories (plan->data,
                                                                      plan_variable (plan, i),
                                                                      &n_categories);

      for (guint c = 0; c < n_categories; c++)
        if (!dq_survey_data_is_missing_category (plan->data, plan_variable (plan, i), c) &&
            !g_ptr_array_find_with_equal_func (plan->texts, categories[c], g_str_equal, NULL))
          g_ptr_array_add (plan->texts, (gpointer) categories[c]);
    }
  g_ptr_array_sort (plan->texts, compare_texts);
  plan->n_categories = plan->texts->len;

  for (guint i = 0; i < plan->variables->len; i++)
    {
      guint n_categories;
      const char * const *categories = dq_survey_data_get_categories (plan->data,
                                                                      plan_variable (plan, i),
                                                                      &n_categories);
      guint *map = g_new (guint, n_categories + 1);

      for (guint c = 0; c < n_categories; c++)
        {
          map[c] = G_MAXUINT;
          if (!dq_survey_data_is_missing_category (plan->data, plan_variable (plan, i), c))
            g_ptr_array_find_with_equal_func (plan->texts, categories[c], g_str_equal, &map[c]);
        }
      map[n_categories] = G_MAXUINT;
      g_ptr_array_add (plan->code_maps, map);
    }
}

/* Which categories a respondent chose: y[k] is 1 or 0. */
static void
classify_row (Plan   *plan,
              gsize   row,
              guint8 *y)
{
  memset (y, 0, plan->n_categories);

  for (guint i = 0; i < plan->variables->len; i++)
    {
      guint v = plan_variable (plan, i);

      if (plan->numeric)
        {
          double x = dq_survey_data_get_numbers (plan->data, v)[row];
          double *found;

          if (is_missing_number (plan, v, x))
            continue;
          if (plan->counted_numbers != NULL)
            y[i] = x == plan->counted_numbers[i];
          else if ((found = bsearch (&x, plan->numbers->data, plan->numbers->len,
                                     sizeof (double), compare_doubles)) != NULL)
            y[found - (double *) (gpointer) plan->numbers->data] = 1;
        }
      else
        {
          guint32 code = dq_survey_data_get_codes (plan->data, v)[row];
          guint *map;

          if (plan->counted_codes != NULL)
            {
              y[i] = code != DQ_SURVEY_DATA_NO_CODE && code == plan->counted_codes[i];
              continue;
            }
          map = g_ptr_array_index (plan->code_maps, i);
          if (code != DQ_SURVEY_DATA_NO_CODE && map[code] != G_MAXUINT)
            y[map[code]] = 1;
        }
    }
}

typedef struct
{
  double  w;
  double  w2y;
  double  w2yt;
  guint64 n;
} Sums;

static gboolean
plan_init (DqMrset       *self,
           Plan          *plan,
           DqSurveyData  *data,
           GError       **error)
{
  plan->data = data;
  plan->variables = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; self->variables[i] != NULL; i++)
    {
      guint v = dq_survey_data_require_variable (data, self->variables[i], error);
      gboolean numeric;

      if (v == G_MAXUINT)
        return FALSE;
      numeric = dq_survey_data_get_kind (data, v) == DQ_VARIABLE_NUMERIC;
      if (i > 0 && numeric != plan->numeric)
        {
          g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_KIND,
                       /* TRANSLATORS: %s is the set's name */
                       _("the variables of the multiple-response set %s must all hold numbers "
                         "or all hold text"),
                       self->name);
          return FALSE;
        }
      plan->numeric = numeric;
      g_array_append_val (plan->variables, v);
    }

  if (self->counted != NULL)
    {
      plan->n_categories = plan->variables->len;
      return resolve_counted (self, plan, error);
    }

  collect_categories (plan);
  return TRUE;
}

/* The label of a category: the variable's (yes/no), or a value label of
 * any of the variables. */
static void
describe_category (DqMrset         *self,
                   Plan            *plan,
                   guint            k,
                   DqMrsetCategory *category)
{
  if (self->counted != NULL)
    {
      guint v = plan_variable (plan, k);

      category->value = g_strdup (dq_survey_data_get_name (plan->data, v));
      category->label = g_strdup (dq_survey_data_get_label (plan->data, v));
      return;
    }

  if (!plan->numeric)
    {
      category->value = g_strdup (g_ptr_array_index (plan->texts, k));
      return;
    }

  {
    double value = g_array_index (plan->numbers, double, k);
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];

    category->value = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
    for (guint i = 0; i < plan->variables->len && category->label == NULL; i++)
      category->label = g_strdup (dq_survey_data_lookup_value_label (plan->data,
                                                                     plan_variable (plan, i),
                                                                     value));
  }
}

/* An estimate ± 1.96 standard errors, in percent, within 0 … 100. */
static void
set_interval (double  estimate,
              double  variance,
              double *low,
              double *high)
{
  double half = 1.959963984540054 * sqrt (MAX (variance, 0));

  if (isnan (variance))
    {
      *low = *high = NAN;
      return;
    }

  *low = 100 * MAX (0, estimate - half);
  *high = 100 * MIN (1, estimate + half);
}

static DqMrsetTable *
finish_table (DqMrset *self,
              Plan    *plan,
              Sums    *sums,
              double   sum_w,
              double   sum_w2,
              double   sum_wt,
              double   sum_w2t2,
              guint64  n)
{
  DqMrsetTable *table = g_new0 (DqMrsetTable, 1);
  double factor = n > 1 ? (double) n / (n - 1) : NAN;

  table->categories = g_new0 (DqMrsetCategory, MAX (plan->n_categories, 1));
  table->n_respondents = n;
  table->weighted_respondents = sum_w;
  table->weighted_responses = sum_wt;

  for (guint k = 0; k < plan->n_categories; k++)
    {
      DqMrsetCategory *category = &table->categories[table->n_categories];
      double p = sums[k].w / sum_w;
      double r = sums[k].w / sum_wt;
      double var_p = factor * (sums[k].w2y * (1 - 2 * p) + p * p * sum_w2) / (sum_w * sum_w);
      double var_r = factor * (sums[k].w2y - 2 * r * sums[k].w2yt + r * r * sum_w2t2) /
                     (sum_wt * sum_wt);

      /* A category of a set of categories that nobody chose is not one. */
      if (self->counted == NULL && sums[k].n == 0)
        continue;

      describe_category (self, plan, k, category);
      category->weighted = sums[k].w;
      category->n = sums[k].n;
      category->respondent_percent = 100 * p;
      set_interval (p, var_p, &category->respondent_low, &category->respondent_high);
      category->response_percent = 100 * r;
      set_interval (r, var_r, &category->response_low, &category->response_high);
      table->n_categories++;
    }

  return table;
}

/**
 * dq_mrset_compute:
 * @self: a #DqMrset
 * @data: survey data
 * @weight: (nullable): the weight variable, or %NULL
 * @include: (nullable): the filter's mask (see dq_filter_make_mask()), or
 *   %NULL for every respondent
 * @missing_codes: (array length=n_missing_codes) (nullable): values that
 *   are missing besides those the file declares
 * @n_missing_codes: their number
 * @error: the place for an error
 *
 * Counts the set's responses: respondents with at least one, weighted,
 * the percentages of respondents and of responses of each category, and
 * their 95 % intervals. A respondent of weight 0 is left out.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
DqMrsetTable *
dq_mrset_compute (DqMrset       *self,
                  DqSurveyData  *data,
                  const char    *weight,
                  const guint8  *include,
                  const double  *missing_codes,
                  guint          n_missing_codes,
                  GError       **error)
{
  g_auto(Plan) plan = { NULL };
  g_autofree Sums *sums = NULL;
  g_autofree guint8 *y = NULL;
  const double *weights = NULL;
  double sum_w = 0, sum_w2 = 0, sum_wt = 0, sum_w2t2 = 0;
  guint64 n = 0;
  gsize left_out = 0;
  DqMrsetTable *table;

  g_return_val_if_fail (DQ_IS_MRSET (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (missing_codes != NULL || n_missing_codes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan.missing_codes = missing_codes;
  plan.n_missing_codes = n_missing_codes;
  if (!plan_init (self, &plan, data, error))
    return NULL;
  if (weight != NULL)
    {
      guint w = dq_survey_data_require_variable (data, weight, error);

      if (w == G_MAXUINT)
        return NULL;
      if (dq_survey_data_get_kind (data, w) != DQ_VARIABLE_NUMERIC)
        {
          g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_WEIGHT,
                       _("the weight %s holds text, not numbers"), weight);
          return NULL;
        }
      weights = dq_survey_data_get_numbers (data, w);
    }

  sums = g_new0 (Sums, MAX (plan.n_categories, 1));
  y = g_new0 (guint8, MAX (plan.n_categories, 1));
  for (gsize row = 0; row < dq_survey_data_get_n_rows (data); row++)
    {
      double w = weights != NULL ? weights[row] : 1;
      guint t = 0;

      if (include != NULL && !include[row])
        continue;
      classify_row (&plan, row, y);
      for (guint k = 0; k < plan.n_categories; k++)
        t += y[k];
      if (t == 0)
        {
          left_out++;
          continue;
        }
      if (!dq_crosstab_is_weight (w))
        {
          g_autofree char *where = dq_survey_data_describe_row (data, row);

          g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_WEIGHT,
                       /* TRANSLATORS: the first %s is a file, the second a row, the third a
                        * variable */
                       _("%s, %s: the weight %s is missing, negative or not a number"),
                       dq_survey_data_get_source_name (data), where, weight);
          return NULL;
        }
      if (w == 0)
        continue;

      n++;
      sum_w += w;
      sum_w2 += w * w;
      sum_wt += w * t;
      sum_w2t2 += w * w * t * t;
      for (guint k = 0; k < plan.n_categories; k++)
        {
          if (!y[k])
            continue;
          sums[k].w += w;
          sums[k].w2y += w * w;
          sums[k].w2yt += w * w * t;
          sums[k].n++;
        }
    }

  if (n == 0)
    {
      g_set_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_NO_RESPONDENT,
                   /* TRANSLATORS: the first %s is the set's name, the second a file */
                   _("no respondent of %s gave a response in the multiple-response set %s"),
                   dq_survey_data_get_source_name (data), self->name);
      return NULL;
    }

  table = finish_table (self, &plan, sums, sum_w, sum_w2, sum_wt, sum_w2t2, n);
  table->n_left_out = left_out;

  return table;
}
