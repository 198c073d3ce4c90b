/* dq-crosstab.c
 *
 * Weighted counts of a row variable by a column variable, computed in one
 * pass over the columns of a DqSurveyData.
 *
 * Each value is mapped to its category through a small lookup table (survey
 * codes are small integers) or, for other values, a hash table; the mapping
 * also decides once per distinct value whether it is missing, so the pass
 * itself costs two table lookups and three additions per respondent.
 *
 * Confidence intervals. A weighted sample estimates less precisely than an
 * unweighted one of the same size. Following Kish (1965), the effective
 * sample size of a column is n_eff = (Σw)² / Σw², summed over the
 * respondents counted in that column; the 95 % interval of a column
 * percentage p is then the Wilson score interval with n_eff in place of n.
 * Wilson rather than the Wald interval p ± 1.96·√(p(1−p)/n) because it stays
 * inside [0, 1] and keeps its coverage for the small shares ("very negative",
 * "don't know") that fill such tables. Without weights n_eff is n.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dq-crosstab.h"

/* The 0.975 quantile of the standard normal distribution. */
#define Z_95 1.959963984540054

/* Values 0 … SMALL_VALUES − 1 that are integers go through a lookup table. */
#define SMALL_VALUES 1024

/* A slot of the lookup tables: 0 not seen yet, SLOT_MISSING, or category + 1. */
#define SLOT_MISSING (-1)
#define CLASSIFY_MISSING (-1)
#define CLASSIFY_TOO_MANY (-2)

typedef struct
{
  double  w;
  double  w2;
  guint64 n;
} Cell;

typedef struct
{
  char *value;
  char *label;
} Category;

typedef struct
{
  DqSurveyData  *data;
  guint          variable;
  DqVariableKind kind;
  const double  *numbers;
  const guint32 *codes;
  const double  *missing_codes;
  guint          n_missing_codes;

  gint32        *small;
  /* Other values: the bits of the double → slot. */
  GHashTable    *other;
  gint32        *by_code;

  /* For each category: its value (numeric) or code (string). */
  GArray        *values;
} Classifier;

struct _DqCrosstab
{
  GObject       parent_instance;

  DqSurveyData *data;
  char         *row_variable;
  char         *column_variable;
  char         *weight_variable;

  guint         n_rows;
  guint         n_columns;
  /* n_rows + 1 of them; the last is the total. */
  Category     *rows;
  Category     *columns;
  /* (n_rows + 1) × (n_columns + 1), margins last. */
  Cell         *cells;
  gsize         n_excluded;
};

G_DEFINE_QUARK (dq-crosstab-error-quark, dq_crosstab_error)

G_DEFINE_FINAL_TYPE (DqCrosstab, dq_crosstab, G_TYPE_OBJECT)

static void
categories_free (Category *categories,
                 guint     n)
{
  for (guint i = 0; categories != NULL && i < n; i++)
    {
      g_free (categories[i].value);
      g_free (categories[i].label);
    }
  g_free (categories);
}

static void
dq_crosstab_dispose (GObject *object)
{
  DqCrosstab *self = DQ_CROSSTAB (object);

  g_clear_object (&self->data);

  G_OBJECT_CLASS (dq_crosstab_parent_class)->dispose (object);
}

static void
dq_crosstab_finalize (GObject *object)
{
  DqCrosstab *self = DQ_CROSSTAB (object);

  g_clear_pointer (&self->row_variable, g_free);
  g_clear_pointer (&self->column_variable, g_free);
  g_clear_pointer (&self->weight_variable, g_free);
  categories_free (self->rows, self->n_rows + 1);
  categories_free (self->columns, self->n_columns + 1);
  g_clear_pointer (&self->cells, g_free);

  G_OBJECT_CLASS (dq_crosstab_parent_class)->finalize (object);
}

static void
dq_crosstab_class_init (DqCrosstabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_crosstab_dispose;
  object_class->finalize = dq_crosstab_finalize;
}

static void
dq_crosstab_init (DqCrosstab *self)
{
}

static void
classifier_clear (Classifier *classifier)
{
  g_clear_pointer (&classifier->small, g_free);
  g_clear_pointer (&classifier->other, g_hash_table_unref);
  g_clear_pointer (&classifier->by_code, g_free);
  g_clear_pointer (&classifier->values, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Classifier, classifier_clear)

static void
classifier_init (Classifier   *classifier,
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

/* Orders the categories that hold respondents: numbers ascending, text in
 * byte order (which is alphabetical within Latin or Cyrillic script). */
typedef struct
{
  Classifier *classifier;
  guint       category;
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
  else
    {
      const char * const *categories = dq_survey_data_get_categories (classifier->data,
                                                                      classifier->variable, NULL);

      return strcmp (categories[g_array_index (classifier->values, guint32, ea->category)],
                     categories[g_array_index (classifier->values, guint32, eb->category)]);
    }
}

/* Fills @categories (n + 1 entries, the last for the total) and @order, the
 * index of each kept category in the pass, for those with a non-zero count. */
static guint
finish_categories (Classifier *classifier,
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
      n++;
    }
  qsort (entries, n, sizeof (SortEntry), compare_entries);

  *categories = g_new0 (Category, n + 1);
  *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      Category *category = &(*categories)[i];
      const char *label;

      (*order)[i] = entries[i].category;
      if (classifier->kind == DQ_VARIABLE_NUMERIC)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];
          double value = g_array_index (classifier->values, double, entries[i].category);

          category->value = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
          label = dq_survey_data_lookup_value_label (classifier->data, classifier->variable, value);
          category->label = g_strdup (label);
        }
      else
        {
          guint32 code = g_array_index (classifier->values, guint32, entries[i].category);

          category->value = g_strdup (dq_survey_data_get_categories (classifier->data,
                                                                     classifier->variable,
                                                                     NULL)[code]);
        }
    }

  return n;
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
      const char *text;
      char *end;

      if (codes[i] == DQ_SURVEY_DATA_NO_CODE)
        continue;
      text = categories[codes[i]];
      g_ascii_strtod (text, &end);
      if (end == text || *end != '\0')
        {
          g_autofree char *where = dq_survey_data_describe_row (data, i);

          g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                       _("%s: the weight variable “%s” is not numeric: %s has “%s”"),
                       dq_survey_data_get_source_name (data),
                       dq_survey_data_get_name (data, weight), where, text);
          return FALSE;
        }
    }

  g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
               _("%s: the weight variable “%s” is not numeric"),
               dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, weight));

  return FALSE;
}

static void
set_weight_error (DqSurveyData  *data,
                  guint          weight,
                  gsize          row,
                  double         value,
                  GError       **error)
{
  g_autofree char *where = dq_survey_data_describe_row (data, row);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value) || dq_survey_data_is_missing_number (data, weight, value))
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: the weight variable “%s” has no value in %s; every respondent in the "
                   "table needs a weight"),
                 dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, weight),
                 where);
  else
    g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT,
                 _("%s: the weight variable “%s” is %s in %s; weights must be zero or more"),
                 dq_survey_data_get_source_name (data), dq_survey_data_get_name (data, weight),
                 g_ascii_formatd (buffer, sizeof buffer, "%g", value), where);
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

/**
 * dq_crosstab_new:
 * @data: the respondents
 * @row_variable: the variable whose distribution is shown, one table row per
 *   category
 * @column_variable: (nullable): the variable that splits the respondents
 *   into columns, or %NULL for a frequency table (only the total column)
 * @weight_variable: (nullable): a numeric variable of weights, or %NULL
 * @missing_codes: (array length=n_missing_codes) (nullable): values that are
 *   missing in the row and column variables besides those the file declares,
 *   such as 9 for "don't know"
 * @n_missing_codes: their number
 * @error: the place for an error
 *
 * Counts the respondents with valid values of both variables and a non-zero
 * weight. A missing, negative or non-numeric weight of such a respondent is
 * an error, not something to skip quietly.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
DqCrosstab *
dq_crosstab_new (DqSurveyData  *data,
                 const char    *row_variable,
                 const char    *column_variable,
                 const char    *weight_variable,
                 const double  *missing_codes,
                 guint          n_missing_codes,
                 GError       **error)
{
  g_auto(Classifier) rows = { NULL };
  g_auto(Classifier) columns = { NULL };
  g_autoptr(DqCrosstab) self = NULL;
  g_autofree Cell *pass_cells = NULL;
  g_autofree guint64 *row_counts = NULL;
  g_autofree guint64 *column_counts = NULL;
  g_autofree guint *row_order = NULL;
  g_autofree guint *column_order = NULL;
  g_autofree double *weight_missing = NULL;
  const double *weights = NULL;
  guint n_weight_missing = 0;
  guint row_var, column_var = 0, weight_var = 0;
  guint capacity_rows = 16, capacity_columns = 16;
  gsize n_rows, n_valid_rows = 0, n_valid_columns = 0, n_counted = 0, n_zero_weight = 0;
  guint stride;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (row_variable != NULL, NULL);
  g_return_val_if_fail (missing_codes != NULL || n_missing_codes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  row_var = dq_survey_data_require_variable (data, row_variable, error);
  if (row_var == G_MAXUINT)
    return NULL;
  if (column_variable != NULL)
    {
      column_var = dq_survey_data_require_variable (data, column_variable, error);
      if (column_var == G_MAXUINT)
        return NULL;
    }
  if (weight_variable != NULL)
    {
      weight_var = dq_survey_data_require_variable (data, weight_variable, error);
      if (weight_var == G_MAXUINT || !check_weight_kind (data, weight_var, error))
        return NULL;

      weights = dq_survey_data_get_numbers (data, weight_var);
      n_weight_missing = dq_survey_data_get_n_missing (data, weight_var);
      weight_missing = g_new (double, 2 * MAX (n_weight_missing, 1));
      for (guint i = 0; i < n_weight_missing; i++)
        dq_survey_data_get_missing_range (data, weight_var, i, &weight_missing[2 * i],
                                          &weight_missing[2 * i + 1]);
    }

  n_rows = dq_survey_data_get_n_rows (data);
  if (n_rows == 0)
    {
      g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NO_DATA,
                   _("%s: there are no respondents in the file"),
                   dq_survey_data_get_source_name (data));
      return NULL;
    }

  classifier_init (&rows, data, row_var, missing_codes, n_missing_codes);
  if (column_variable != NULL)
    classifier_init (&columns, data, column_var, missing_codes, n_missing_codes);

  pass_cells = g_new0 (Cell, capacity_rows * capacity_columns);

  for (gsize i = 0; i < n_rows; i++)
    {
      int r = classify (&rows, i);
      int c = column_variable != NULL ? classify (&columns, i) : 0;
      double w = 1.0;
      Cell *cell;

      if (G_UNLIKELY (r == CLASSIFY_TOO_MANY || c == CLASSIFY_TOO_MANY))
        {
          set_too_many_error (data, r == CLASSIFY_TOO_MANY ? &rows : &columns, error);
          return NULL;
        }

      n_valid_rows += r >= 0;
      n_valid_columns += c >= 0;
      if (r < 0 || c < 0)
        continue;

      if (weights != NULL)
        {
          gboolean valid;

          w = weights[i];
          valid = w >= 0 && !isinf (w);
          for (guint k = 0; valid && k < n_weight_missing; k++)
            valid = !(w >= weight_missing[2 * k] && w <= weight_missing[2 * k + 1]);
          if (G_UNLIKELY (!valid))
            {
              set_weight_error (data, weight_var, i, w, error);
              return NULL;
            }
          /* A weight of zero takes a respondent out of the table, as in
           * SPSS: they count neither in the weighted nor in the unweighted
           * n. */
          if (w == 0)
            {
              n_zero_weight++;
              continue;
            }
        }

      if (G_UNLIKELY ((guint) r >= capacity_rows || (guint) c >= capacity_columns))
        {
          guint new_rows = MAX (capacity_rows, (guint) r + 1) * 2;
          guint new_columns = MAX (capacity_columns, (guint) c + 1) * 2;
          Cell *grown = g_new0 (Cell, new_rows * new_columns);

          for (guint a = 0; a < capacity_rows; a++)
            memcpy (&grown[a * new_columns], &pass_cells[a * capacity_columns],
                    capacity_columns * sizeof (Cell));
          g_free (pass_cells);
          pass_cells = grown;
          capacity_rows = new_rows;
          capacity_columns = new_columns;
        }

      cell = &pass_cells[r * capacity_columns + c];
      cell->w += w;
      cell->w2 += w * w;
      cell->n++;
      n_counted++;
    }

  if (n_valid_rows == 0)
    {
      set_all_missing_error (data, row_var, error);
      return NULL;
    }
  if (column_variable != NULL && n_valid_columns == 0)
    {
      set_all_missing_error (data, column_var, error);
      return NULL;
    }
  if (n_counted == 0)
    {
      if (n_zero_weight > 0)
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING,
                     _("%s: every respondent with valid values has a weight of zero in “%s”"),
                     dq_survey_data_get_source_name (data), weight_variable);
      else
        g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING,
                     _("%s: no respondent has valid values of both “%s” and “%s”"),
                     dq_survey_data_get_source_name (data), row_variable, column_variable);
      return NULL;
    }

  self = g_object_new (DQ_TYPE_CROSSTAB, NULL);
  self->data = g_object_ref (data);
  self->row_variable = g_strdup (row_variable);
  self->column_variable = g_strdup (column_variable);
  self->weight_variable = g_strdup (weight_variable);
  self->n_excluded = n_rows - n_counted;

  /* Categories that only occur together with a missing value of the other
   * variable hold nobody and are dropped, as SPSS does. */
  row_counts = g_new0 (guint64, MAX (rows.values->len, 1));
  column_counts = g_new0 (guint64, MAX (capacity_columns,
                                        column_variable != NULL ? columns.values->len : 0));
  for (guint r = 0; r < rows.values->len && r < capacity_rows; r++)
    for (guint c = 0; c < capacity_columns; c++)
      {
        row_counts[r] += pass_cells[r * capacity_columns + c].n;
        column_counts[c] += pass_cells[r * capacity_columns + c].n;
      }

  self->n_rows = finish_categories (&rows, row_counts, &self->rows, &row_order);
  if (column_variable != NULL)
    {
      self->n_columns = finish_categories (&columns, column_counts, &self->columns,
                                           &column_order);
    }
  else
    {
      self->n_columns = 0;
      self->columns = g_new0 (Category, 1);
    }
  self->rows[self->n_rows].value = g_strdup (_("Total"));
  self->columns[self->n_columns].value = g_strdup (_("Total"));

  /* The final table, in sorted order, with the margins. */
  stride = self->n_columns + 1;
  self->cells = g_new0 (Cell, (self->n_rows + 1) * stride);
  for (guint r = 0; r < self->n_rows; r++)
    {
      for (guint c = 0; c < self->n_columns; c++)
        {
          const Cell *from = &pass_cells[row_order[r] * capacity_columns + column_order[c]];
          Cell *to = &self->cells[r * stride + c];
          Cell *row_total = &self->cells[r * stride + self->n_columns];
          Cell *column_total = &self->cells[self->n_rows * stride + c];
          Cell *total = &self->cells[self->n_rows * stride + self->n_columns];

          *to = *from;
          row_total->w += from->w;
          row_total->w2 += from->w2;
          row_total->n += from->n;
          column_total->w += from->w;
          column_total->w2 += from->w2;
          column_total->n += from->n;
          total->w += from->w;
          total->w2 += from->w2;
          total->n += from->n;
        }
    }

  /* A frequency table has only its total column: copy the counts there. */
  if (column_variable == NULL)
    {
      for (guint r = 0; r < self->n_rows; r++)
        {
          Cell *to = &self->cells[r * stride];

          *to = pass_cells[row_order[r] * capacity_columns];
          self->cells[self->n_rows * stride].w += to->w;
          self->cells[self->n_rows * stride].w2 += to->w2;
          self->cells[self->n_rows * stride].n += to->n;
        }
    }

  return g_steal_pointer (&self);
}

static const Cell *
get_cell (DqCrosstab *self,
          guint       row,
          guint       column)
{
  return &self->cells[row * (self->n_columns + 1) + column];
}

/**
 * dq_crosstab_get_data:
 * @self: a #DqCrosstab
 *
 * Returns: (transfer none): the data the table counts
 */
DqSurveyData *
dq_crosstab_get_data (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);

  return self->data;
}

/**
 * dq_crosstab_get_row_variable:
 * @self: a #DqCrosstab
 *
 * Returns: the name of the row variable
 */
const char *
dq_crosstab_get_row_variable (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);

  return self->row_variable;
}

/**
 * dq_crosstab_get_column_variable:
 * @self: a #DqCrosstab
 *
 * Returns: (nullable): the name of the column variable
 */
const char *
dq_crosstab_get_column_variable (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);

  return self->column_variable;
}

/**
 * dq_crosstab_get_weight_variable:
 * @self: a #DqCrosstab
 *
 * Returns: (nullable): the name of the weight variable
 */
const char *
dq_crosstab_get_weight_variable (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);

  return self->weight_variable;
}

/**
 * dq_crosstab_get_n_rows:
 * @self: a #DqCrosstab
 *
 * Returns: the number of categories of the row variable; the total row has
 *   this index
 */
guint
dq_crosstab_get_n_rows (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_rows;
}

/**
 * dq_crosstab_get_n_columns:
 * @self: a #DqCrosstab
 *
 * Returns: the number of categories of the column variable (0 for a
 *   frequency table); the total column has this index
 */
guint
dq_crosstab_get_n_columns (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_columns;
}

/**
 * dq_crosstab_get_row_value:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the total
 *
 * Returns: the row's value as text: "1", "Kazakhstan", or "Total"
 */
const char *
dq_crosstab_get_row_value (DqCrosstab *self,
                           guint       row)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (row <= self->n_rows, NULL);

  return self->rows[row].value;
}

/**
 * dq_crosstab_get_row_label:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the total
 *
 * Returns: (nullable): the value label of the row's value
 */
const char *
dq_crosstab_get_row_label (DqCrosstab *self,
                           guint       row)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (row <= self->n_rows, NULL);

  return self->rows[row].label;
}

/**
 * dq_crosstab_get_column_value:
 * @self: a #DqCrosstab
 * @column: a column, or dq_crosstab_get_n_columns() for the total
 *
 * Returns: the column's value as text
 */
const char *
dq_crosstab_get_column_value (DqCrosstab *self,
                              guint       column)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (column <= self->n_columns, NULL);

  return self->columns[column].value;
}

/**
 * dq_crosstab_get_column_label:
 * @self: a #DqCrosstab
 * @column: a column, or dq_crosstab_get_n_columns() for the total
 *
 * Returns: (nullable): the value label of the column's value
 */
const char *
dq_crosstab_get_column_label (DqCrosstab *self,
                              guint       column)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (column <= self->n_columns, NULL);

  return self->columns[column].label;
}

/**
 * dq_crosstab_get_weighted:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the column's total
 * @column: a column, or dq_crosstab_get_n_columns() for the row's total
 *
 * Returns: the sum of the weights of the respondents in the cell (their
 *   number when the table is not weighted)
 */
double
dq_crosstab_get_weighted (DqCrosstab *self,
                          guint       row,
                          guint       column)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, NAN);

  return get_cell (self, row, column)->w;
}

/**
 * dq_crosstab_get_unweighted:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the column's total
 * @column: a column, or dq_crosstab_get_n_columns() for the row's total
 *
 * Returns: the number of respondents in the cell
 */
guint64
dq_crosstab_get_unweighted (DqCrosstab *self,
                            guint       row,
                            guint       column)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, 0);

  return get_cell (self, row, column)->n;
}

/**
 * dq_crosstab_get_column_percent:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() (100)
 * @column: a column, or dq_crosstab_get_n_columns() for all respondents
 *
 * Returns: the weighted share of the column's respondents in the row, in
 *   percent
 */
double
dq_crosstab_get_column_percent (DqCrosstab *self,
                                guint       row,
                                guint       column)
{
  double total;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, NAN);

  total = get_cell (self, self->n_rows, column)->w;

  return total > 0 ? 100.0 * get_cell (self, row, column)->w / total : NAN;
}

/**
 * dq_crosstab_get_row_percent:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for all respondents
 * @column: a column, or dq_crosstab_get_n_columns() (100)
 *
 * Returns: the weighted share of the row's respondents in the column, in
 *   percent
 */
double
dq_crosstab_get_row_percent (DqCrosstab *self,
                             guint       row,
                             guint       column)
{
  double total;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, NAN);

  total = get_cell (self, row, self->n_columns)->w;

  return total > 0 ? 100.0 * get_cell (self, row, column)->w / total : NAN;
}

/**
 * dq_crosstab_get_effective_n:
 * @self: a #DqCrosstab
 * @column: a column, or dq_crosstab_get_n_columns() for all respondents
 *
 * Returns: Kish's effective sample size of the column, (Σw)² / Σw²; the
 *   number of respondents when the table is not weighted
 */
double
dq_crosstab_get_effective_n (DqCrosstab *self,
                             guint       column)
{
  const Cell *cell;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (column <= self->n_columns, NAN);

  cell = get_cell (self, self->n_rows, column);

  return dq_crosstab_effective_n (cell->w, cell->w2);
}

/**
 * dq_crosstab_get_column_interval:
 * @self: a #DqCrosstab
 * @row: a row
 * @column: a column, or dq_crosstab_get_n_columns() for all respondents
 * @low: (out): the lower bound of the 95 % interval, in percent
 * @high: (out): the upper bound, in percent
 *
 * Gives the 95 % confidence interval of dq_crosstab_get_column_percent(),
 * by the method dq_crosstab_describe_method() states.
 */
void
dq_crosstab_get_column_interval (DqCrosstab *self,
                                 guint       row,
                                 guint       column,
                                 double     *low,
                                 double     *high)
{
  g_return_if_fail (DQ_IS_CROSSTAB (self));
  g_return_if_fail (row <= self->n_rows && column <= self->n_columns);
  g_return_if_fail (low != NULL && high != NULL);

  dq_crosstab_wilson_interval (dq_crosstab_get_column_percent (self, row, column) / 100.0,
                               dq_crosstab_get_effective_n (self, column), low, high);
  *low *= 100.0;
  *high *= 100.0;
}

/**
 * dq_crosstab_get_n_excluded:
 * @self: a #DqCrosstab
 *
 * Returns: the number of respondents left out: with a missing value of either
 *   variable, or a weight of zero
 */
gsize
dq_crosstab_get_n_excluded (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_excluded;
}

/**
 * dq_crosstab_parse_missing_codes:
 * @text: codes as a researcher types them: "9, 99" or "8;9"
 * @codes: (element-type double): where the codes are appended
 * @bad: (out) (optional) (transfer full): the first part that is not a
 *   number
 *
 * Returns: %FALSE if a part of @text is not a finite number
 */
gboolean
dq_crosstab_parse_missing_codes (const char  *text,
                                 GArray      *codes,
                                 char       **bad)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (codes != NULL, FALSE);

  parts = g_strsplit_set (text, ",;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      char *end;
      double value;

      if (*part == '\0')
        continue;
      value = g_ascii_strtod (part, &end);
      if (end == part || *end != '\0' || !isfinite (value))
        {
          if (bad != NULL)
            *bad = g_strdup (part);
          return FALSE;
        }
      g_array_append_val (codes, value);
    }

  return TRUE;
}

/**
 * dq_crosstab_describe_method:
 *
 * Returns: how the confidence intervals are computed, in a sentence or two
 *   for the notes under a table
 */
const char *
dq_crosstab_describe_method (void)
{
  return _("95 % confidence intervals of column percentages are Wilson score intervals "
           "computed with Kish’s effective sample size of the column, n_eff = (Σw)² / Σw², "
           "which allows for the loss of precision due to weighting but not for clustering "
           "or stratification of the sample. Without weights, n_eff is the number of "
           "respondents.");
}

/**
 * dq_crosstab_effective_n:
 * @sum_weights: Σw over a group of respondents
 * @sum_squared_weights: Σw² over the same group
 *
 * Returns: Kish's effective sample size (Σw)² / Σw², or 0 for an empty group
 */
double
dq_crosstab_effective_n (double sum_weights,
                         double sum_squared_weights)
{
  return sum_squared_weights > 0 ? sum_weights * sum_weights / sum_squared_weights : 0.0;
}

/**
 * dq_crosstab_wilson_interval:
 * @proportion: an estimated proportion, from 0 to 1
 * @n: the (effective) sample size it comes from
 * @low: (out): the lower bound of the 95 % Wilson score interval
 * @high: (out): the upper bound
 *
 * Computes (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) with
 * z = 1.96, the 97.5th percentile of the normal distribution. Both bounds are
 * NaN when @n is 0 or @proportion is NaN.
 */
void
dq_crosstab_wilson_interval (double  proportion,
                             double  n,
                             double *low,
                             double *high)
{
  double z2 = Z_95 * Z_95;
  double denominator, centre, half;

  g_return_if_fail (low != NULL && high != NULL);

  if (!(n > 0) || isnan (proportion))
    {
      *low = *high = NAN;
      return;
    }

  denominator = 1.0 + z2 / n;
  centre = (proportion + z2 / (2.0 * n)) / denominator;
  half = Z_95 * sqrt (proportion * (1.0 - proportion) / n + z2 / (4.0 * n * n)) / denominator;

  *low = MAX (0.0, centre - half);
  *high = MIN (1.0, centre + half);
}
