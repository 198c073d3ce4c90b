/* dq-crosstab-counter.c
 *
 * The one pass of dq_crosstab_new_filtered() over successive windows of
 * the respondents: the categories, cells and sums carry over from window to
 * window, and are added in the order of the rows, so that the table is the
 * very one the whole data would give. Numeric variables only: a string
 * variable's codes belong to the window that holds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-crosstab-counter.h"
#include "dq-crosstab-private.h"

struct _DqCrosstabCounter
{
  char         *row_variable;
  char         *column_variable;
  char         *weight_variable;
  double       *missing_codes;
  guint         n_missing_codes;

  /* The last window, whose variables name the categories at the end. */
  DqSurveyData *data;
  guint         row_var;
  guint         column_var;
  Classifier    rows;
  Classifier    columns;
  Weights       weights;
  Pass          pass;
  gsize         n_rows;
  gboolean      failed;
};

/**
 * dq_crosstab_counter_new:
 * @row_variable: as for dq_crosstab_new()
 * @column_variable: (nullable): as for dq_crosstab_new()
 * @weight_variable: (nullable): as for dq_crosstab_new()
 * @missing_codes: (array length=n_missing_codes) (nullable): as for
 *   dq_crosstab_new()
 * @n_missing_codes: their number
 *
 * Returns: (transfer full): a counter with no respondents yet
 */
DqCrosstabCounter *
dq_crosstab_counter_new (const char   *row_variable,
                         const char   *column_variable,
                         const char   *weight_variable,
                         const double *missing_codes,
                         guint         n_missing_codes)
{
  DqCrosstabCounter *self = g_new0 (DqCrosstabCounter, 1);

  g_return_val_if_fail (row_variable != NULL, NULL);
  g_return_val_if_fail (missing_codes != NULL || n_missing_codes == 0, NULL);

  self->row_variable = g_strdup (row_variable);
  self->column_variable = g_strdup (column_variable);
  self->weight_variable = g_strdup (weight_variable);
  self->missing_codes = g_memdup2 (missing_codes, n_missing_codes * sizeof (double));
  self->n_missing_codes = n_missing_codes;

  return self;
}

/**
 * dq_crosstab_counter_free:
 * @self: (transfer full): a counter
 */
void
dq_crosstab_counter_free (DqCrosstabCounter *self)
{
  if (self == NULL)
    return;

  _dq_crosstab_classifier_clear (&self->rows);
  _dq_crosstab_classifier_clear (&self->columns);
  _dq_crosstab_weights_clear (&self->weights);
  _dq_crosstab_pass_clear (&self->pass);
  g_clear_object (&self->data);
  g_free (self->row_variable);
  g_free (self->column_variable);
  g_free (self->weight_variable);
  g_free (self->missing_codes);
  g_free (self);
}

static gboolean
require_numeric (DqSurveyData  *window,
                 const char    *name,
                 guint         *variable,
                 GError       **error)
{
  *variable = dq_survey_data_require_variable (window, name, error);
  if (*variable == G_MAXUINT)
    return FALSE;
  if (dq_survey_data_get_kind (window, *variable) != DQ_VARIABLE_NUMERIC)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "%s: “%s” is not numeric: its table is counted over the whole data",
                   dq_survey_data_get_source_name (window), name);
      return FALSE;
    }

  return TRUE;
}

/* The first window: the variables are found, as dq_crosstab_new_filtered()
 * finds them. */
static gboolean
begin (DqCrosstabCounter  *self,
       DqSurveyData       *window,
       GError            **error)
{
  if (!require_numeric (window, self->row_variable, &self->row_var, error) ||
      (self->column_variable != NULL &&
       !require_numeric (window, self->column_variable, &self->column_var, error)))
    return FALSE;
  if (self->weight_variable != NULL &&
      !_dq_crosstab_weights_init (&self->weights, window, self->weight_variable, error))
    return FALSE;

  _dq_crosstab_classifier_init (&self->rows, window, self->row_var, self->missing_codes,
                                self->n_missing_codes);
  if (self->column_variable != NULL)
    _dq_crosstab_classifier_init (&self->columns, window, self->column_var,
                                  self->missing_codes, self->n_missing_codes);
  _dq_crosstab_pass_init (&self->pass);

  return TRUE;
}

/* A later window has the first one's variables, in the same places. */
static gboolean
move_to (DqCrosstabCounter  *self,
         DqSurveyData       *window,
         GError            **error)
{
  guint variable;

  if (!require_numeric (window, self->row_variable, &variable, error) ||
      variable != self->row_var ||
      (self->column_variable != NULL &&
       (!require_numeric (window, self->column_variable, &variable, error) ||
        variable != self->column_var)) ||
      (self->weight_variable != NULL &&
       (!require_numeric (window, self->weight_variable, &variable, error) ||
        variable != self->weights.variable)))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     "%s: the variables moved between windows of rows",
                     dq_survey_data_get_source_name (window));
      return FALSE;
    }

  self->rows.data = window;
  self->rows.numbers = dq_survey_data_get_numbers (window, self->row_var);
  if (self->column_variable != NULL)
    {
      self->columns.data = window;
      self->columns.numbers = dq_survey_data_get_numbers (window, self->column_var);
    }
  if (self->weight_variable != NULL)
    self->weights.numbers = dq_survey_data_get_numbers (window, self->weights.variable);

  return TRUE;
}

/**
 * dq_crosstab_counter_add:
 * @self: a counter
 * @window: the next respondents, with the variables of the first window
 *   in the same order
 * @include: (nullable) (array): one byte per respondent of @window,
 *   non-zero for those a filter keeps, or %NULL for all
 * @error: the place for an error
 *
 * Counts the respondents of @window. The row, column and weight variables
 * must be numeric in every window; a string variable, a variable @window
 * lacks or too many categories fail, and so do all later calls.
 *
 * Returns: whether the respondents were counted
 */
gboolean
dq_crosstab_counter_add (DqCrosstabCounter  *self,
                         DqSurveyData       *window,
                         const guint8       *include,
                         GError            **error)
{
  gboolean begun;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (window), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "the table has already failed");
      return FALSE;
    }

  begun = self->data != NULL;
  g_set_object (&self->data, window);
  if (!(begun ? move_to (self, window, error) : begin (self, window, error)) ||
      !_dq_crosstab_count_rows (&self->pass, window, dq_survey_data_get_n_rows (window),
                                self->n_rows, &self->rows,
                                self->column_variable != NULL ? &self->columns : NULL,
                                self->weight_variable != NULL ? &self->weights : NULL, include,
                                error))
    {
      self->failed = TRUE;
      return FALSE;
    }
  self->n_rows += dq_survey_data_get_n_rows (window);

  return TRUE;
}

/**
 * dq_crosstab_counter_finish:
 * @self: a counter
 * @error: the place for an error
 *
 * The table of the respondents counted. It has the last window for its
 * data, whose variables name the categories: its rows are not the table's
 * respondents, and its error messages may name rows only by their place in
 * that window, so a caller that needs them counts the whole data with
 * dq_crosstab_new_filtered() instead.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 *   as dq_crosstab_new_filtered() would set it
 */
DqCrosstab *
dq_crosstab_counter_finish (DqCrosstabCounter  *self,
                            GError            **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->failed || self->data == NULL || self->n_rows == 0)
    {
      g_set_error_literal (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NO_DATA,
                           _("there are no respondents in the file"));
      return NULL;
    }

  if (!_dq_crosstab_check_sums (&self->pass, self->data,
                                self->weight_variable != NULL ? &self->weights : NULL, error) ||
      !_dq_crosstab_check_counted (&self->pass, self->data, self->row_var, self->row_variable,
                                   self->column_var, self->column_variable,
                                   self->weight_variable, error))
    return NULL;

  return _dq_crosstab_new_counted (self->data, self->n_rows, self->row_variable,
                                   self->column_variable, self->weight_variable,
                                   self->missing_codes, self->n_missing_codes, &self->pass,
                                   &self->rows,
                                   self->column_variable != NULL ? &self->columns : NULL);
}
