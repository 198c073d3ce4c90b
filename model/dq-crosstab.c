/* dq-crosstab.c
 *
 * Weighted counts of a row variable by a column variable, computed in one
 * pass over the columns of a DqSurveyData (dq-crosstab-count.c).
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

#include "dq-crosstab-private.h"

/* The 0.975 quantile of the standard normal distribution. */
#define Z_95 1.959963984540054

struct _DqCrosstab
{
  GObject       parent_instance;

  DqSurveyData *data;
  char         *row_variable;
  char         *column_variable;
  char         *weight_variable;
  double       *missing_codes;
  guint         n_missing_codes;

  guint         n_rows;
  guint         n_columns;
  /* n_rows + 1 of them; the last is the total. */
  Category     *rows;
  Category     *columns;
  /* (n_rows + 1) × (n_columns + 1), margins last. */
  Cell         *cells;
  gsize         n_excluded;
  gsize         n_zero_weight;
  gsize         n_invalid_weight;
  gsize         invalid_rows[DQ_CROSSTAB_REPORTED_ROWS];
  gsize         n_filtered;
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
  g_clear_pointer (&self->missing_codes, g_free);
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

/* Sorts the categories and adds the margins to the cells of the pass. */
static void
fill_table (DqCrosstab *self,
            const Pass *pass,
            Classifier *rows,
            Classifier *columns)
{
  g_autofree guint64 *row_counts = NULL;
  g_autofree guint64 *column_counts = NULL;
  g_autofree guint *row_order = NULL;
  g_autofree guint *column_order = NULL;
  guint stride;

  /* Categories that only occur together with a missing value of the other
   * variable hold nobody and are dropped, as SPSS does. */
  row_counts = g_new0 (guint64, MAX (rows->values->len, 1));
  column_counts = g_new0 (guint64, MAX (pass->capacity_columns,
                                        columns != NULL ? columns->values->len : 0));
  for (guint r = 0; r < rows->values->len && r < pass->capacity_rows; r++)
    for (guint c = 0; c < pass->capacity_columns; c++)
      {
        row_counts[r] += pass->cells[r * pass->capacity_columns + c].n;
        column_counts[c] += pass->cells[r * pass->capacity_columns + c].n;
      }

  self->n_rows = _dq_crosstab_finish_categories (rows, row_counts, &self->rows, &row_order);
  if (columns != NULL)
    self->n_columns = _dq_crosstab_finish_categories (columns, column_counts, &self->columns,
                                                      &column_order);
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
          const Cell *from = &pass->cells[row_order[r] * pass->capacity_columns + column_order[c]];
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
  if (columns == NULL)
    {
      for (guint r = 0; r < self->n_rows; r++)
        {
          Cell *to = &self->cells[r * stride];

          *to = pass->cells[row_order[r] * pass->capacity_columns];
          self->cells[self->n_rows * stride].w += to->w;
          self->cells[self->n_rows * stride].w2 += to->w2;
          self->cells[self->n_rows * stride].n += to->n;
        }
    }
}

/**
 * dq_crosstab_new:
 * @data: the respondents
 * @row_variable: the row variable
 * @column_variable: (nullable): the column variable
 * @weight_variable: (nullable): a numeric variable of weights, or %NULL
 * @missing_codes: (array length=n_missing_codes) (nullable): values that are
 *   missing besides those the file declares
 * @n_missing_codes: their number
 * @error: the place for an error
 *
 * Counts every respondent: dq_crosstab_new_filtered() without a mask.
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
  return dq_crosstab_new_filtered (data, row_variable, column_variable, weight_variable,
                                   missing_codes, n_missing_codes, NULL, error);
}

/**
 * dq_crosstab_new_filtered:
 * @data: the respondents
 * @row_variable: as for dq_crosstab_new()
 * @column_variable: (nullable): as for dq_crosstab_new()
 * @weight_variable: (nullable): as for dq_crosstab_new()
 * @missing_codes: (array length=n_missing_codes) (nullable): as for
 *   dq_crosstab_new()
 * @n_missing_codes: their number
 * @include: (nullable) (array): one byte per respondent of @data, non-zero
 *   for those a filter keeps, or %NULL for all
 * @error: the place for an error
 *
 * Like dq_crosstab_new(), counting only the respondents in @include: those
 * a filter leaves out are neither counted nor checked, and
 * dq_crosstab_get_n_filtered() tells how many they are.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
DqCrosstab *
dq_crosstab_new_filtered (DqSurveyData  *data,
                          const char    *row_variable,
                          const char    *column_variable,
                          const char    *weight_variable,
                          const double  *missing_codes,
                          guint          n_missing_codes,
                          const guint8  *include,
                          GError       **error)
{
  g_auto(Classifier) rows = { NULL };
  g_auto(Classifier) columns = { NULL };
  g_auto(Weights) weights = { 0 };
  g_auto(Pass) pass = { NULL };
  guint row_var, column_var = 0;

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
  if (weight_variable != NULL &&
      !_dq_crosstab_weights_init (&weights, data, weight_variable, error))
    return NULL;

  if (dq_survey_data_get_n_rows (data) == 0)
    {
      g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NO_DATA,
                   _("%s: there are no respondents in the file"),
                   dq_survey_data_get_source_name (data));
      return NULL;
    }

  _dq_crosstab_classifier_init (&rows, data, row_var, missing_codes, n_missing_codes);
  if (column_variable != NULL)
    _dq_crosstab_classifier_init (&columns, data, column_var, missing_codes, n_missing_codes);

  if (!_dq_crosstab_count (&pass, data, &rows, column_variable != NULL ? &columns : NULL,
                           weight_variable != NULL ? &weights : NULL, include, error) ||
      !_dq_crosstab_check_counted (&pass, data, row_var, row_variable, column_var,
                                   column_variable, weight_variable, error))
    return NULL;

  return _dq_crosstab_new_counted (data, dq_survey_data_get_n_rows (data), row_variable,
                                   column_variable, weight_variable, missing_codes,
                                   n_missing_codes, &pass, &rows,
                                   column_variable != NULL ? &columns : NULL);
}

/*
 * _dq_crosstab_new_counted:
 * @data: the respondents, or the last window of them when the pass went
 *   over the rows a window at a time: its variables name the categories
 * @n_rows: the number of respondents the pass went over
 * @pass: the pass, checked
 *
 * The table of a pass over the respondents.
 */
DqCrosstab *
_dq_crosstab_new_counted (DqSurveyData *data,
                          gsize         n_rows,
                          const char   *row_variable,
                          const char   *column_variable,
                          const char   *weight_variable,
                          const double *missing_codes,
                          guint         n_missing_codes,
                          const Pass   *pass,
                          Classifier   *rows,
                          Classifier   *columns)
{
  DqCrosstab *self = g_object_new (DQ_TYPE_CROSSTAB, NULL);

  self->data = g_object_ref (data);
  self->row_variable = g_strdup (row_variable);
  self->column_variable = g_strdup (column_variable);
  self->weight_variable = g_strdup (weight_variable);
  self->missing_codes = g_memdup2 (missing_codes, n_missing_codes * sizeof (double));
  self->n_missing_codes = n_missing_codes;
  self->n_filtered = pass->n_filtered;
  self->n_excluded = n_rows - pass->n_counted - pass->n_filtered;
  self->n_zero_weight = pass->n_zero_weight;
  self->n_invalid_weight = pass->n_invalid_weight;
  memcpy (self->invalid_rows, pass->invalid_rows, sizeof self->invalid_rows);

  fill_table (self, pass, rows, columns);

  return self;
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
 * dq_crosstab_get_missing_codes:
 * @self: a #DqCrosstab
 * @n_codes: (out): how many there are
 *
 * Returns: (array length=n_codes) (nullable): the codes that were missing
 *   besides those the file declares
 */
const double *
dq_crosstab_get_missing_codes (DqCrosstab *self,
                               guint      *n_codes)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = self->n_missing_codes;

  return self->missing_codes;
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
 * dq_crosstab_get_squared_weights:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the column's total
 * @column: a column, or dq_crosstab_get_n_columns() for the row's total
 *
 * Returns: the sum of the squared weights of the respondents in the cell,
 *   which the variances of weighted estimates need
 */
double
dq_crosstab_get_squared_weights (DqCrosstab *self,
                                 guint       row,
                                 guint       column)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, NAN);

  return get_cell (self, row, column)->w2;
}

/**
 * dq_crosstab_get_total_percent:
 * @self: a #DqCrosstab
 * @row: a row, or dq_crosstab_get_n_rows() for the column's total
 * @column: a column, or dq_crosstab_get_n_columns() for the row's total
 *
 * Returns: the weighted share of all respondents of the table in the cell,
 *   in percent
 */
double
dq_crosstab_get_total_percent (DqCrosstab *self,
                               guint       row,
                               guint       column)
{
  double total;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NAN);
  g_return_val_if_fail (row <= self->n_rows && column <= self->n_columns, NAN);

  total = get_cell (self, self->n_rows, self->n_columns)->w;

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
 *   variable, a weight of zero, or no valid weight
 */
gsize
dq_crosstab_get_n_excluded (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_excluded;
}

/**
 * dq_crosstab_get_n_missing:
 * @self: a #DqCrosstab
 *
 * Returns: the number of respondents left out for a missing value of
 *   either variable
 */
gsize
dq_crosstab_get_n_missing (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_excluded - self->n_zero_weight - self->n_invalid_weight;
}

/**
 * dq_crosstab_get_n_zero_weight:
 * @self: a #DqCrosstab
 *
 * Returns: the number of respondents with valid values and a weight of
 *   zero, whom SPSS leaves out too
 */
gsize
dq_crosstab_get_n_zero_weight (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_zero_weight;
}

/**
 * dq_crosstab_get_n_invalid_weight:
 * @self: a #DqCrosstab
 *
 * Returns: the number of respondents with valid values left out for a
 *   missing, negative or infinite weight
 */
gsize
dq_crosstab_get_n_invalid_weight (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_invalid_weight;
}

/**
 * dq_crosstab_dup_invalid_weight_rows:
 * @self: a #DqCrosstab
 *
 * Returns: (transfer full) (nullable): the first rows left out for their
 *   weight as the file numbers them, "row 3, row 8", followed by "…" when
 *   there are more; %NULL when there are none
 */
char *
dq_crosstab_dup_invalid_weight_rows (DqCrosstab *self)
{
  GString *rows;
  gsize n;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);

  if (self->n_invalid_weight == 0)
    return NULL;

  rows = g_string_new (NULL);
  n = MIN (self->n_invalid_weight, DQ_CROSSTAB_REPORTED_ROWS);
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *row = dq_survey_data_describe_row (self->data, self->invalid_rows[i]);

      if (i > 0)
        g_string_append (rows, ", ");
      g_string_append (rows, row);
    }
  if (self->n_invalid_weight > n)
    g_string_append (rows, ", …");

  return g_string_free (rows, FALSE);
}

/**
 * dq_crosstab_get_n_filtered:
 * @self: a #DqCrosstab
 *
 * Returns: the number of respondents a filter left out, before missing
 *   values were looked at
 */
gsize
dq_crosstab_get_n_filtered (DqCrosstab *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB (self), 0);

  return self->n_filtered;
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
 * dq_crosstab_is_weight:
 * @value: a respondent's weight
 *
 * The check of one weight, for a table being counted and for an edit of
 * the data alike. A weight that is missing (NaN) is not checked here: it
 * is an error only for a respondent the table counts.
 *
 * Returns: whether @value can be a weight: a finite number, zero or more
 */
gboolean
dq_crosstab_is_weight (double value)
{
  return value >= 0 && isfinite (value);
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
  double ratio;

  if (!(sum_squared_weights > 0))
    return 0.0;

  /* (Σw)² overflows long before Σw does; Σw / √Σw² is at most √n. */
  if (isfinite (sum_weights * sum_weights))
    return sum_weights * sum_weights / sum_squared_weights;
  ratio = sum_weights / sqrt (sum_squared_weights);

  return ratio * ratio;
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

  /* Rounding must not put a bound on the wrong side of the estimate: at
   * p = 0 the centre less the half-width is a few ulps above zero. */
  *low = MAX (0.0, MIN (proportion, centre - half));
  *high = MIN (1.0, MAX (proportion, centre + half));
}
