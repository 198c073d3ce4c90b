/* dq-crosstab-count.c
 *
 * The one pass over the respondents behind a crosstab. Each value is
 * mapped to its category through a small lookup table (survey codes are
 * small integers) or, for other values, a hash table; the mapping also
 * decides once per distinct value whether it is missing, so the pass itself
 * costs two table lookups and three additions per respondent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dq-collate.h"
#include "dq-crosstab-private.h"
#include "dq-format.h"
#include "dq-text.h"

void
_dq_crosstab_classifier_clear (Classifier *classifier)
{
  g_clear_pointer (&classifier->small, g_free);
  g_clear_pointer (&classifier->other, g_hash_table_unref);
  g_clear_pointer (&classifier->by_code, g_free);
  g_clear_pointer (&classifier->values, g_array_unref);
}

void
_dq_crosstab_classifier_init (Classifier   *classifier,
                              DqSurveyData *data,
                              guint         variable,
                              const double *missing_codes,
                              guint         n_missing_codes)
{
  classifier->data = data;
  classifier->variable = variable;
  classifier->kind = dq_survey_data_get_kind (data, variable);
  classifier->missing_codes = missing_codes;
  classifier->n_missing_codes = n_missing_codes;

  if (classifier->kind == DQ_VARIABLE_NUMERIC)
    {
      classifier->numbers = dq_survey_data_get_numbers (data, variable);
      classifier->small = g_new0 (gint32, SMALL_VALUES);
      classifier->other = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      classifier->values = g_array_new (FALSE, FALSE, sizeof (double));
    }
  else
    {
      guint n_categories;

      classifier->codes = dq_survey_data_get_codes (data, variable);
      dq_survey_data_get_categories (data, variable, &n_categories);
      classifier->by_code = g_new0 (gint32, MAX (n_categories, 1));
      classifier->values = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
}

static gboolean
is_missing_value (Classifier *classifier,
                  double      value)
{
  for (guint i = 0; i < classifier->n_missing_codes; i++)
    {
      if (value == classifier->missing_codes[i])
        return TRUE;
    }

  return dq_survey_data_is_missing_number (classifier->data, classifier->variable, value);
}

static gboolean
is_missing_code (Classifier *classifier,
                 guint32     code)
{
  const char *text = dq_survey_data_get_categories (classifier->data, classifier->variable,
                                                    NULL)[code];

  /* The caller's codes are numbers; a string variable matches them when its
   * text reads as the same number, so that "9" is missing like 9. */
  for (guint i = 0; i < classifier->n_missing_codes; i++)
    {
      char *end;
      double value = g_ascii_strtod (text, &end);

      if (end != text && *end == '\0' && value == classifier->missing_codes[i])
        return TRUE;
    }

  return dq_survey_data_is_missing_category (classifier->data, classifier->variable, code);
}

/* Sets a slot for a value seen for the first time. */
static int
add_category (Classifier *classifier,
              gint32     *slot,
              gboolean    missing,
              gconstpointer value)
{
  if (missing)
    {
      *slot = SLOT_MISSING;
      return CLASSIFY_MISSING;
    }

  if (classifier->values->len >= DQ_CROSSTAB_MAX_CATEGORIES)
    return CLASSIFY_TOO_MANY;

  g_array_append_vals (classifier->values, value, 1);
  *slot = classifier->values->len;

  return *slot - 1;
}

static int
classify_other (Classifier *classifier,
                double      value)
{
  gint64 bits;
  gpointer slot;
  gint32 new_slot = 0;
  int category;

  /* -0 and 0 are one category. */
  value += 0.0;
  memcpy (&bits, &value, sizeof bits);

  slot = g_hash_table_lookup (classifier->other, &bits);
  if (slot != NULL)
    return GPOINTER_TO_INT (slot) > 0 ? GPOINTER_TO_INT (slot) - 1 : CLASSIFY_MISSING;

  category = add_category (classifier, &new_slot, is_missing_value (classifier, value), &value);
  if (category != CLASSIFY_TOO_MANY)
    g_hash_table_insert (classifier->other, g_memdup2 (&bits, sizeof bits),
                         GINT_TO_POINTER (new_slot));

  return category;
}

static inline int
classify (Classifier *classifier,
          gsize       row)
{
  gint32 *slot;

  if (classifier->kind == DQ_VARIABLE_NUMERIC)
    {
      double value = classifier->numbers[row];

      if (!(value >= 0 && value < SMALL_VALUES && value == (int) value))
        return isnan (value) ? CLASSIFY_MISSING : classify_other (classifier, value);

      slot = &classifier->small[(int) value];
      if (G_LIKELY (*slot != 0))
        return *slot > 0 ? *slot - 1 : CLASSIFY_MISSING;

      return add_category (classifier, slot, is_missing_value (classifier, value), &value);
    }
  else
    {
      guint32 code = classifier->codes[row];

      if (code == DQ_SURVEY_DATA_NO_CODE)
        return CLASSIFY_MISSING;

      slot = &classifier->by_code[code];
      if (G_LIKELY (*slot != 0))
        return *slot > 0 ? *slot - 1 : CLASSIFY_MISSING;

      return add_category (classifier, slot, is_missing_code (classifier, code), &code);
    }
}

/* The category of @row's value, CLASSIFY_MISSING or CLASSIFY_TOO_MANY,
 * for the other counts that share the crosstab's categories. */
int
_dq_crosstab_classify (Classifier *classifier,
                       gsize       row)
{
  return classify (classifier, row);
}

/* Orders the categories that hold respondents: numbers ascending, text in
 * the order of the language shown (dq_collate_key()), not by bytes. */
typedef struct
{
  Classifier *classifier;
  guint       category;
  char       *key;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;
  Classifier *classifier = ea->classifier;

  if (classifier->kind == DQ_VARIABLE_NUMERIC)
    {
      double va = g_array_index (classifier->values, double, ea->category);
      double vb = g_array_index (classifier->values, double, eb->category);

      return (va > vb) - (va < vb);
    }

  return strcmp (ea->key, eb->key);
}

static const char * const *
categories_of (Classifier *classifier)
{
  return dq_survey_data_get_categories (classifier->data, classifier->variable, NULL);
}

/* Fills @categories (n + 1 entries, the last for the total) and @order, the
 * index of each kept category in the pass, for those with a non-zero count. */
guint
_dq_crosstab_finish_categories (Classifier *classifier,
                                const guint64 *counts,
                                Category  **categories,
                                guint     **order)
{
  g_autofree SortEntry *entries = g_new (SortEntry, MAX (classifier->values->len, 1));
  guint n = 0;

  for (guint i = 0; i < classifier->values->len; i++)
    {
      if (counts[i] == 0)
        continue;
      entries[n].classifier = classifier;
      entries[n].category = i;
      entries[n].key = NULL;
      if (classifier->kind == DQ_VARIABLE_STRING)
        {
          guint32 code = g_array_index (classifier->values, guint32, i);

          entries[n].key = dq_collate_key (categories_of (classifier)[code],
                                           dq_language_get_default ());
        }
      n++;
    }
  qsort (entries, n, sizeof (SortEntry), compare_entries);
  for (guint i = 0; i < n; i++)
    g_free (entries[i].key);

  *categories = g_new0 (Category, n + 1);
  *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      Category *category = &(*categories)[i];
      const char *label;

      (*order)[i] = entries[i].category;
      if (classifier->kind == DQ_VARIABLE_NUMERIC)
        {
          double value = g_array_index (classifier->values, double, entries[i].category);

          category->value = dq_survey_data_format_number (classifier->data, classifier->variable,
                                                          value);
          label = dq_survey_data_lookup_value_label (classifier->data, classifier->variable, value);
          category->label = g_strdup (label);
        }
      else
        {
          guint32 code = g_array_index (classifier->values, guint32, entries[i].category);

          category->value = g_strdup (categories_of (classifier)[code]);
          label = dq_survey_data_lookup_text_label (classifier->data, classifier->variable,
                                                    category->value);
          category->label = g_strdup (label);
        }
    }

  return n;
}

/* Whether @text is written as a decimal number ("1,5", "-2", "1e309"),
 * however large: strtod also reads "NaN", "inf" and "0x10", which no survey
 * writes as a weight. */
static gboolean
is_decimal_text (const char *text,
                 double     *value)
{
  g_autofree char *copy = g_strdup (text);
  gboolean has_digit = FALSE;
  char *end;

  *value = 0;
  for (const char *p = copy; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && strchr ("+-.,eE", *p) == NULL)
        return FALSE;
      has_digit |= g_ascii_isdigit (*p);
    }
  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);

  return has_digit && end != copy && *end == '\0';
}

static char *
describe_largest_number (void)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2g", DBL_MAX));
}

static gboolean
check_weight_kind (DqSurveyData  *data,
                   guint          weight,
                   GError       **error)
{
  const char * const *categories;
  const guint32 *codes;
  gsize n_rows = dq_survey_data_get_n_rows (data);
  guint n_categories;

  if (dq_survey_data_get_kind (data, weight) == DQ_VARIABLE_NUMERIC)
    return TRUE;

  /* Name the first value that is not a number, which is what the
   * researcher has to fix. */
  categories = dq_survey_data_get_categories (data, weight, &n_categories);
  codes = dq_survey_data_get_codes (data, weight);
  for (gsize i = 0; i < n_rows; i++)
    {
      g_autofree char *where = NULL;
      const char *text;
      double value;

      if (codes[i] == DQ_SURVEY_DATA_NO_CODE)
        continue;
      text = categories[codes[i]];
      if (is_decimal_text (text, &value) && isfinite (value))
        continue;

      where = dq_survey_data_describe_row (data, i);
      if (isinf (value))
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                     /* Translators: "survey.csv: the weight variable “w”: 1e309 in row 2 is
                      * beyond …" */
                     _("%s: the weight variable “%s”: %s in %s is beyond the largest number a "
                       "weight can have"),
                     dq_survey_data_get_source_name (data),
                     dq_survey_data_get_name (data, weight), text, where);
      else
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                     _("%s: the weight variable “%s” is not numeric: %s has “%s”"),
                     dq_survey_data_get_source_name (data),
                     dq_survey_data_get_name (data, weight), where, text);
      return FALSE;
    }

  g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
               _("%s: the weight variable “%s” is not numeric"),
               dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, weight));

  return FALSE;
}

/* No respondent with valid answers has a weight to count them by. */
static void
set_weight_error (DqSurveyData  *data,
                  gboolean       stored,
                  const char    *weight_variable,
                  gsize          first_row,
                  GError       **error)
{
  g_autofree char *where = dq_survey_data_describe_row (data, first_row);

  if (stored)
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: no respondent with valid values has a weight above zero in “%s”, the "
                   "weight stored in the file (the first without one is in %s); switch the "
                   "weight off to count respondents unweighted"),
                 dq_survey_data_get_source_name (data), weight_variable, where);
  else
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: no respondent with valid values has a weight above zero in “%s” (the "
                   "first without one is in %s)"),
                 dq_survey_data_get_source_name (data), weight_variable, where);
}

static void
set_too_many_error (DqSurveyData  *data,
                    Classifier    *classifier,
                    GError       **error)
{
  g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_TOO_MANY_CATEGORIES,
               _("%s: the variable “%s” has more than %d distinct values; a crosstab needs a "
                 "variable with categories"),
               dq_survey_data_get_source_name (data),
               dq_survey_data_get_name (data, classifier->variable), DQ_CROSSTAB_MAX_CATEGORIES);
}

static void
set_all_missing_error (DqSurveyData  *data,
                       guint          variable,
                       GError       **error)
{
  g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING,
               _("%s: the variable “%s” has no valid values: each of its %zu values is empty "
                 "or declared missing"),
               dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, variable),
               dq_survey_data_get_n_rows (data));
}

void
_dq_crosstab_weights_clear (Weights *weights)
{
  g_clear_pointer (&weights->missing, g_free);
}

gboolean
_dq_crosstab_weights_init (Weights       *weights,
                           DqSurveyData  *data,
                           const char    *name,
                           GError       **error)
{
  weights->variable = dq_survey_data_require_variable (data, name, error);
  if (weights->variable == G_MAXUINT || !check_weight_kind (data, weights->variable, error))
    return FALSE;

  weights->numbers = dq_survey_data_get_numbers (data, weights->variable);
  weights->n_missing = dq_survey_data_get_n_missing (data, weights->variable);
  weights->missing = g_new (double, 2 * MAX (weights->n_missing, 1));
  for (guint i = 0; i < weights->n_missing; i++)
    dq_survey_data_get_missing_range (data, weights->variable, i, &weights->missing[2 * i],
                                      &weights->missing[2 * i + 1]);

  return TRUE;
}

/* Whether @w is a weight: a number, zero or more, and not declared
 * missing. */
static gboolean
weights_is_valid (const Weights *weights,
                  double         w)
{
  /* dq_crosstab_is_weight(), inlined: it is asked of every respondent. */
  gboolean valid = w >= 0 && isfinite (w);

  for (guint k = 0; valid && k < weights->n_missing; k++)
    valid = !(w >= weights->missing[2 * k] && w <= weights->missing[2 * k + 1]);

  return valid;
}

/* Reads @row's weight into @weight; whether it is one a table can count
 * (not missing, negative or infinite). */
gboolean
_dq_crosstab_weights_read (const Weights *weights,
                           gsize          row,
                           double        *weight)
{
  *weight = weights->numbers[row];

  return weights_is_valid (weights, *weight);
}

/* The error of a table or mean whose every respondent with valid values
 * has no valid weight, naming the first row. */
void
_dq_crosstab_set_weight_error (DqSurveyData  *data,
                               const char    *weight_variable,
                               gsize          first_row,
                               GError       **error)
{
  gboolean stored = dq_survey_data_get_stored_weight (data) != NULL &&
                    dq_survey_data_names_match (dq_survey_data_get_stored_weight (data),
                                                weight_variable);

  set_weight_error (data, stored, weight_variable, first_row, error);
}

void
_dq_crosstab_pass_clear (Pass *pass)
{
  g_clear_pointer (&pass->cells, g_free);
}

static Cell *
pass_get_cell (Pass  *pass,
               guint  r,
               guint  c)
{
  if (G_UNLIKELY (r >= pass->capacity_rows || c >= pass->capacity_columns))
    {
      guint new_rows = MAX (pass->capacity_rows, r + 1) * 2;
      guint new_columns = MAX (pass->capacity_columns, c + 1) * 2;
      Cell *grown = g_new0 (Cell, new_rows * new_columns);

      for (guint a = 0; a < pass->capacity_rows; a++)
        memcpy (&grown[a * new_columns], &pass->cells[a * pass->capacity_columns],
                pass->capacity_columns * sizeof (Cell));
      g_free (pass->cells);
      pass->cells = grown;
      pass->capacity_rows = new_rows;
      pass->capacity_columns = new_columns;
    }

  return &pass->cells[r * pass->capacity_columns + c];
}

/* The sums behind a table must be numbers: weights near the largest double
 * add up to infinity, and infinity over infinity makes every percentage
 * NaN. Weights can always be divided by a constant, which leaves the
 * percentages and the effective sample size as they are. */
static gboolean
check_sums (DqSurveyData   *data,
            const Weights  *weights,
            double          sum_w,
            double          sum_w2,
            GError        **error)
{
  g_autofree char *largest = NULL;

  if (G_LIKELY (isfinite (sum_w) && isfinite (sum_w2)))
    return TRUE;

  largest = describe_largest_number ();
  if (!isfinite (sum_w))
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: the weights of “%s” add up to more than %s, the largest number a table "
                   "can hold; divide them by a constant, which leaves the percentages as they "
                   "are"),
                 dq_survey_data_get_source_name (data),
                 dq_survey_data_get_name (data, weights->variable), largest);
  else
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: the squares of the weights of “%s” add up to more than %s, the largest "
                   "number a table can hold; divide the weights by a constant, which leaves the "
                   "percentages as they are"),
                 dq_survey_data_get_source_name (data),
                 dq_survey_data_get_name (data, weights->variable), largest);

  return FALSE;
}

void
_dq_crosstab_pass_init (Pass *pass)
{
  pass->capacity_rows = 16;
  pass->capacity_columns = 16;
  pass->cells = g_new0 (Cell, pass->capacity_rows * pass->capacity_columns);
}

/* Counts each of @n_rows respondents with valid values of both variables,
 * and in @include (when not NULL), into its cell, by weight. Such a
 * respondent with a missing, negative or infinite weight is left out and
 * counted, by their row among all rows: @first_row and on. The pass may go
 * over the rows a window at a time: the sums are added in the same order. */
gboolean
_dq_crosstab_count_rows (Pass           *pass,
                         DqSurveyData   *data,
                         gsize           n_rows,
                         gsize           first_row,
                         Classifier     *rows,
                         Classifier     *columns,
                         const Weights  *weights,
                         const guint8   *include,
                         GError        **error)
{
  double sum_w = pass->sum_w;
  double sum_w2 = pass->sum_w2;

  for (gsize i = 0; i < n_rows; i++)
    {
      int r, c;
      double w = 1.0;
      Cell *cell;

      /* A filter leaves a respondent out before anything is checked. */
      if (include != NULL && !include[i])
        {
          pass->n_filtered++;
          continue;
        }

      r = classify (rows, i);
      c = columns != NULL ? classify (columns, i) : 0;

      if (G_UNLIKELY (r == CLASSIFY_TOO_MANY || c == CLASSIFY_TOO_MANY))
        {
          set_too_many_error (data, r == CLASSIFY_TOO_MANY ? rows : columns, error);
          return FALSE;
        }

      pass->n_valid_rows += r >= 0;
      pass->n_valid_columns += c >= 0;
      if (r < 0 || c < 0)
        continue;

      if (weights != NULL)
        {
          w = weights->numbers[i];
          /* As SPSS and PSPP do, a respondent without a valid weight is
           * left out, and counted apart so that the table can say so. */
          if (G_UNLIKELY (!weights_is_valid (weights, w)))
            {
              if (pass->n_invalid_weight < DQ_CROSSTAB_REPORTED_ROWS)
                pass->invalid_rows[pass->n_invalid_weight] = first_row + i;
              pass->n_invalid_weight++;
              continue;
            }
          /* A weight of zero takes a respondent out of the table, as in
           * SPSS: they count neither in the weighted nor in the unweighted
           * n. */
          if (w == 0)
            {
              pass->n_zero_weight++;
              continue;
            }
        }

      cell = pass_get_cell (pass, r, c);
      cell->w += w;
      cell->w2 += w * w;
      cell->n++;
      pass->n_counted++;
      sum_w += w;
      sum_w2 += w * w;
    }

  pass->sum_w = sum_w;
  pass->sum_w2 = sum_w2;

  return TRUE;
}

/* Whether the sums of the weights counted are numbers. */
gboolean
_dq_crosstab_check_sums (const Pass     *pass,
                         DqSurveyData   *data,
                         const Weights  *weights,
                         GError        **error)
{
  return weights == NULL || check_sums (data, weights, pass->sum_w, pass->sum_w2, error);
}

/* The pass over every respondent of @data at once. */
gboolean
_dq_crosstab_count (Pass           *pass,
                    DqSurveyData   *data,
                    Classifier     *rows,
                    Classifier     *columns,
                    const Weights  *weights,
                    const guint8   *include,
                    GError        **error)
{
  _dq_crosstab_pass_init (pass);

  return _dq_crosstab_count_rows (pass, data, dq_survey_data_get_n_rows (data), 0, rows, columns,
                                  weights, include, error) &&
         _dq_crosstab_check_sums (pass, data, weights, error);
}

/* A table needs respondents with valid values of each variable, and of
 * both at once. */
gboolean
_dq_crosstab_check_counted (const Pass    *pass,
                            DqSurveyData  *data,
                            guint          row_var,
                            const char    *row_variable,
                            guint          column_var,
                            const char    *column_variable,
                            const char    *weight_variable,
                            GError       **error)
{
  if (pass->n_valid_rows == 0)
    {
      set_all_missing_error (data, row_var, error);
      return FALSE;
    }
  if (column_variable != NULL && pass->n_valid_columns == 0)
    {
      set_all_missing_error (data, column_var, error);
      return FALSE;
    }
  if (pass->n_counted == 0)
    {
      if (pass->n_invalid_weight > 0)
        _dq_crosstab_set_weight_error (data, weight_variable, pass->invalid_rows[0], error);
      else if (pass->n_zero_weight > 0)
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING,
                     _("%s: every respondent with valid values has a weight of zero in “%s”"),
                     dq_survey_data_get_source_name (data), weight_variable);
      else
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING,
                     _("%s: no respondent has valid values of both “%s” and “%s”"),
                     dq_survey_data_get_source_name (data), row_variable, column_variable);
      return FALSE;
    }

  return TRUE;
}
