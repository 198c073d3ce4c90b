/* dq-project-edits.c
 *
 * The project's edits: a figure's value, or a respondent's value in the
 * imported data, changed with the value it replaced, so that it can be
 * undone and redone through the project's #DqEditHistory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-crosstab.h"
#include "dq-figure-private.h"
#include "dq-format.h"
#include "dq-project-private.h"

void
_dq_project_edit_free (gpointer data)
{
  DqProjectEdit *edit = data;

  g_free (edit->figure_id);
  g_free (edit->variable);
  g_free (edit->text);
  g_free (edit->previous_text);
  g_free (edit->author);
  g_free (edit);
}

DqProjectEdit *
_dq_project_edit_new_figure (const char *figure_id,
                             double      value,
                             double      previous)
{
  DqProjectEdit *edit = g_new0 (DqProjectEdit, 1);

  edit->kind = DQ_PROJECT_EDIT_FIGURE;
  edit->figure_id = g_strdup (figure_id);
  edit->value = value;
  edit->previous = previous;

  return edit;
}

DqProjectEdit *
_dq_project_edit_new_data (const char *variable,
                           gsize       row,
                           const char *text,
                           const char *previous_text)
{
  DqProjectEdit *edit = g_new0 (DqProjectEdit, 1);

  edit->kind = DQ_PROJECT_EDIT_DATA;
  edit->variable = g_strdup (variable);
  edit->row = row;
  edit->text = g_strdup (text);
  edit->previous_text = g_strdup (previous_text);

  return edit;
}

/* The value of a figure, NaN for a gap. */
double
_dq_project_figure_value (DqFigure *figure)
{
  return dq_figure_has_value (figure) ? dq_figure_get_value (figure) : NAN;
}

/**
 * _dq_project_check_data_edit:
 * @data: the survey data, with an edit applied
 * @weight: (nullable): the analysis's weight variable
 * @variable: the variable edited
 * @row: the respondent edited, from 0
 *
 * The checks an edited value passes, whether typed into the table or read
 * from a project file: those the data's own values pass when a table is
 * counted, so that a bad value is refused as an edit, not blamed later on
 * the row of the data file.
 *
 * Returns: (transfer full) (nullable): what is wrong, or %NULL
 */
char *
_dq_project_check_data_edit (DqSurveyData *data,
                             const char   *weight,
                             guint         variable,
                             gsize         row)
{
  g_autofree char *text = NULL;
  double value;

  if (weight == NULL || !g_str_equal (weight, dq_survey_data_get_name (data, variable)) ||
      dq_survey_data_get_kind (data, variable) != DQ_VARIABLE_NUMERIC)
    return NULL;

  value = dq_survey_data_get_numbers (data, variable)[row];
  if (isnan (value) || dq_crosstab_is_weight (value))
    return NULL;

  text = dq_format_exact (value);

  /* Translators: "respondent 12's weight “w” becomes -1; …" */
  return g_strdup_printf (_("respondent %zu's weight “%s” becomes %s; weights must be zero or "
                            "more"), row + 1, weight, text);
}

static gboolean
same_value (double a,
            double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);

  return a == b;
}

/**
 * _dq_project_note_figure:
 * @self: a #DqProject
 * @figure_id: the id of a figure of the dataset
 *
 * Tells the figure who made the edit that gave it its value and when: the
 * last edit of it in effect, or none.
 */
void
_dq_project_note_figure (DqProject  *self,
                         const char *figure_id)
{
  DqFigure *figure = dq_dataset_lookup_figure (self->dataset, figure_id);

  g_assert (figure != NULL);

  for (guint i = dq_edit_history_get_n_done (self->history); i > 0; i--)
    {
      const DqProjectEdit *edit = dq_edit_history_get_done (self->history, i - 1);

      if (edit->kind == DQ_PROJECT_EDIT_FIGURE && g_str_equal (edit->figure_id, figure_id))
        {
          dq_figure_set_correction (figure, edit->time, edit->author);
          return;
        }
    }

  dq_figure_set_correction (figure, 0, NULL);
}

/* Records an edit that has just been applied, with the time and the name
 * of whoever made it. */
static void
push_edit (DqProject     *self,
           DqProjectEdit *edit)
{
  edit->time = g_get_real_time () / G_USEC_PER_SEC;
  edit->author = g_strdup (self->author);
  dq_edit_history_push (self->history, edit);
  if (edit->kind == DQ_PROJECT_EDIT_FIGURE)
    _dq_project_note_figure (self, edit->figure_id);
  _dq_project_changed (self);
}

/**
 * dq_project_edit_figure:
 * @self: a #DqProject
 * @figure_id: the id of a figure of the dataset
 * @value: its new value, or NaN to make it a gap
 * @error: the place for an error
 *
 * Changes the value of a figure, as an edit that can be undone. Setting the
 * value the figure has already is no edit.
 *
 * Returns: %TRUE when the value is set; %FALSE with @error set
 *   (%DQ_PROJECT_ERROR_EDIT) when there is no such figure, or
 *   (%DQ_PROJECT_ERROR_VALUE) when @value is infinite
 */
gboolean
dq_project_edit_figure (DqProject   *self,
                        const char  *figure_id,
                        double       value,
                        GError     **error)
{
  g_autofree char *problem = NULL;
  DqFigure *figure;
  double previous;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (figure_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  figure = dq_dataset_lookup_figure (self->dataset, figure_id);
  if (figure == NULL)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no figure “%s” in the dataset"), figure_id);
      return FALSE;
    }

  if (isinf (value))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE,
                   _("the value of “%s” must be a finite number"), figure_id);
      return FALSE;
    }

  /* The same check as when the dataset is loaded. */
  problem = _dq_figure_check_value (figure, value);
  if (problem != NULL)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE, "%s: %s", figure_id, problem);
      return FALSE;
    }

  previous = _dq_project_figure_value (figure);
  if (same_value (previous, value))
    return TRUE;

  dq_figure_set_value (figure, value);
  push_edit (self, _dq_project_edit_new_figure (figure_id, value, previous));

  return TRUE;
}

/**
 * dq_project_edit_data:
 * @self: a #DqProject
 * @variable: the index of a variable of the data
 * @row: a row index, from 0
 * @text: the value as typed into the data table; see
 *   dq_survey_data_set_value_text()
 * @error: the place for an error
 *
 * Changes a value of the imported data, as an edit that can be undone.
 * Typing the value there is already is no edit.
 *
 * Returns: %TRUE when the value is set; %FALSE with @error set
 *   (%DQ_PROJECT_ERROR_EDIT) when there is no data or no such variable or
 *   row, or (%DQ_PROJECT_ERROR_VALUE) when @text cannot be a value of the
 *   variable
 */
gboolean
dq_project_edit_data (DqProject   *self,
                      guint        variable,
                      gsize        row,
                      const char  *text,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *current = NULL;
  g_autofree char *problem = NULL;
  gboolean numeric;
  double old_number = NAN;
  guint32 old_code = DQ_SURVEY_DATA_NO_CODE;
  gsize n_rows;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->data == NULL)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no imported data to edit"));
      return FALSE;
    }

  if (variable >= dq_survey_data_get_n_variables (self->data))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("the data has no variable number %u"), variable + 1);
      return FALSE;
    }

  n_rows = dq_survey_data_get_n_rows (self->data);
  if (row >= n_rows)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no respondent %zu; the last is respondent %zu"),
                   row + 1, n_rows);
      return FALSE;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE,
                   _("the text is not valid Unicode"));
      return FALSE;
    }

  numeric = dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_NUMERIC;
  if (numeric)
    old_number = dq_survey_data_get_numbers (self->data, variable)[row];
  else
    old_code = dq_survey_data_get_codes (self->data, variable)[row];
  previous = dq_survey_data_dup_value_text (self->data, variable, row);

  if (!dq_survey_data_set_value_text (self->data, variable, row, text, &local_error))
    {
      g_set_error_literal (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE, local_error->message);
      return FALSE;
    }

  if (numeric ? same_value (old_number, dq_survey_data_get_numbers (self->data, variable)[row])
              : old_code == dq_survey_data_get_codes (self->data, variable)[row])
    return TRUE;

  problem = _dq_project_check_data_edit (self->data, dq_analysis_get_weight (self->analysis),
                                         variable, row);
  if (problem != NULL)
    {
      /* The previous text reads back as the same value. */
      dq_survey_data_set_value_text (self->data, variable, row, previous, NULL);
      g_set_error_literal (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE, problem);
      return FALSE;
    }

  current = dq_survey_data_dup_value_text (self->data, variable, row);
  push_edit (self, _dq_project_edit_new_data (dq_survey_data_get_name (self->data, variable), row, current,
                                  previous));

  return TRUE;
}

/* Applies @edit, or with @undo reverts it. */
static void
apply_edit (DqProject           *self,
            const DqProjectEdit *edit,
            gboolean             undo)
{
  switch (edit->kind)
    {
    case DQ_PROJECT_EDIT_FIGURE:
      {
        DqFigure *figure = dq_dataset_lookup_figure (self->dataset, edit->figure_id);

        g_assert (figure != NULL);
        dq_figure_set_value (figure, undo ? edit->previous : edit->value);
      }
      break;

    case DQ_PROJECT_EDIT_DATA:
      {
        g_autoptr(GError) error = NULL;
        guint variable = 0;
        gboolean found G_GNUC_UNUSED;

        /* Data edits leave the history with their data. */
        found = dq_survey_data_lookup_variable (self->data, edit->variable, &variable);
        g_assert (found);

        /* The text of a value stores that value again. */
        if (!dq_survey_data_set_value_text (self->data, variable, edit->row,
                                            undo ? edit->previous_text : edit->text, &error))
          g_critical ("Cannot %s an edit of “%s”: %s", undo ? "undo" : "redo", edit->variable,
                      error->message);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dq_project_undo:
 * @self: a #DqProject
 *
 * Reverts the last edit: a figure gets back its previous value, or becomes
 * a gap again; a value of the data gets back its previous text.
 *
 * Returns: whether there was an edit to undo
 */
gboolean
dq_project_undo (DqProject *self)
{
  DqProjectEdit *edit;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  /* The history's notifications come once the value is back. */
  g_object_freeze_notify (G_OBJECT (self));
  edit = dq_edit_history_undo (self->history);
  if (edit != NULL)
    apply_edit (self, edit, TRUE);
  if (edit != NULL && edit->kind == DQ_PROJECT_EDIT_FIGURE)
    _dq_project_note_figure (self, edit->figure_id);
  g_object_thaw_notify (G_OBJECT (self));
  if (edit == NULL)
    return FALSE;

  _dq_project_changed (self);

  return TRUE;
}

/**
 * dq_project_redo:
 * @self: a #DqProject
 *
 * Applies the last undone edit again.
 *
 * Returns: whether there was an edit to redo
 */
gboolean
dq_project_redo (DqProject *self)
{
  DqProjectEdit *edit;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  edit = dq_edit_history_redo (self->history);
  if (edit != NULL)
    apply_edit (self, edit, FALSE);
  if (edit != NULL && edit->kind == DQ_PROJECT_EDIT_FIGURE)
    _dq_project_note_figure (self, edit->figure_id);
  g_object_thaw_notify (G_OBJECT (self));
  if (edit == NULL)
    return FALSE;

  _dq_project_changed (self);

  return TRUE;
}

/* The edits in effect of one value of the survey data: the first, whose
 * previous text is the file's, and the last, which gives its value now. */
typedef struct
{
  const DqProjectEdit *first;
  const DqProjectEdit *last;
} CellEdits;

/* Whether the edits of a value leave it other than the file has it: a
 * value edited back to the file's is not corrected. */
static gboolean
cell_is_corrected (const CellEdits *cell)
{
  return cell->first != NULL && g_strcmp0 (cell->first->previous_text, cell->last->text) != 0;
}

/* Gathers the edits in effect of the survey data's values, by value: the
 * table's keys are "VARIABLE\nROW", or only the value of @variable and
 * @row when @variable is given. */
static GHashTable *
collect_cells (DqProject  *self,
               const char *variable,
               gsize       row)
{
  GHashTable *cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < dq_edit_history_get_n_done (self->history); i++)
    {
      const DqProjectEdit *edit = dq_edit_history_get_done (self->history, i);
      g_autofree char *key = NULL;
      CellEdits *cell;

      if (edit->kind != DQ_PROJECT_EDIT_DATA ||
          (variable != NULL && (edit->row != row || g_strcmp0 (edit->variable, variable) != 0)))
        continue;

      key = g_strdup_printf ("%s\n%zu", edit->variable, edit->row);
      cell = g_hash_table_lookup (cells, key);
      if (cell == NULL)
        {
          cell = g_new0 (CellEdits, 1);
          cell->first = edit;
          g_hash_table_insert (cells, g_steal_pointer (&key), cell);
        }
      cell->last = edit;
    }

  return cells;
}

/**
 * dq_project_count_corrected_values:
 * @self: a #DqProject
 *
 * Counts the values of the survey data that the edits in effect change:
 * a value edited several times counts once, and one edited back to what
 * the file says counts not at all.
 *
 * Returns: the number of values that differ from the file's
 */
guint
dq_project_count_corrected_values (DqProject *self)
{
  g_autoptr(GHashTable) cells = NULL;
  GHashTableIter iter;
  CellEdits *cell;
  guint n_changed = 0;

  g_return_val_if_fail (DQ_IS_PROJECT (self), 0);

  cells = collect_cells (self, NULL, 0);
  g_hash_table_iter_init (&iter, cells);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cell))
    n_changed += cell_is_corrected (cell);

  return n_changed;
}

/**
 * dq_project_get_data_correction:
 * @self: a #DqProject
 * @variable: a variable's name
 * @row: a respondent, from 0
 * @original: (out) (optional) (transfer none): the value the file gives
 * @time: (out) (optional): when the value was last edited, in seconds
 *   since 1970, or 0 when the project does not say
 * @author: (out) (optional) (transfer none) (nullable): who edited it, as
 *   named in Preferences, or %NULL
 *
 * Tells whether the edits in effect change a value of the survey data, as
 * dq_project_count_corrected_values() counts them.
 *
 * Returns: whether the value differs from the file's
 */
gboolean
dq_project_get_data_correction (DqProject   *self,
                                const char  *variable,
                                gsize        row,
                                const char **original,
                                gint64      *time,
                                const char **author)
{
  g_autoptr(GHashTable) cells = NULL;
  GHashTableIter iter;
  CellEdits *cell = NULL;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (variable != NULL, FALSE);

  cells = collect_cells (self, variable, row);
  g_hash_table_iter_init (&iter, cells);
  if (!g_hash_table_iter_next (&iter, NULL, (gpointer *) &cell) || !cell_is_corrected (cell))
    return FALSE;

  if (original != NULL)
    *original = cell->first->previous_text;
  if (time != NULL)
    *time = cell->last->time;
  if (author != NULL)
    *author = cell->last->author;

  return TRUE;
}
