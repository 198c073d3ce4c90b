/* dq-import-dialog-weights.c
 *
 * The import dialog's choices for the analysis: the weight, chosen from the
 * numeric variables and checked against the counts of its values, and the
 * missing codes typed in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-crosstab.h"
#include "dq-import-dialog-private.h"

/* Names that say a variable is a survey weight, casefolded. */
static const char * const weight_names[] = {
  "weight", "weights", "wt", "w", "вес", "салмақ",
};

/* The row keeps the space of its box of prefixes while that box is shown,
 * even with nothing visible in it: the title would move right. */
static void
set_weight_warning_visible (DqImportDialog *self,
                            gboolean        visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->weight_warning), visible);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->weight_warning)), visible);
}

/* Flags a weight that the crosstab would refuse: negative or missing for
 * some respondents. */
void
_dq_import_dialog_update_weight_check (DqImportDialog *self)
{
  g_autofree char *subtitle = NULL;
  guint variable;

  if (self->data == NULL || self->weight == NULL ||
      !dq_survey_data_lookup_variable (self->data, self->weight, &variable))
    {
      set_weight_warning_visible (self, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->weight_row),
                                   self->data != NULL ? _("Every respondent counts once") : "");
      return;
    }

  {
    const DqValueCounts *counts = dq_survey_reader_get_value_counts (self->reader, variable);
    gsize n_missing = counts->n_user_missing + counts->n_system_missing;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    if (counts->n_negative > 0)
      {
        g_autofree char *n = _dq_import_dialog_format_count (self, counts->n_negative);

        /* Translators: %s is a number of respondents */
        g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s weight is negative",
                                                                 "%s weights are negative",
                                                                 counts->n_negative),
                                                    n));
      }
    if (n_missing > 0)
      {
        g_autofree char *n = _dq_import_dialog_format_count (self, n_missing);

        /* Translators: %s is a number of respondents */
        g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s respondent has no weight",
                                                                 "%s respondents have no weight",
                                                                 n_missing),
                                                    n));
      }

    if (problems->len == 0)
      subtitle = g_strdup (_("Every respondent has a valid weight"));
    else
      {
        g_ptr_array_add (problems, NULL);
        subtitle = g_strjoinv ("; ", (char **) problems->pdata);
      }

    set_weight_warning_visible (self, problems->len > 0);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->weight_row), subtitle);
  }
}

/* The position of a numeric variable in the weight drop-down. */
guint
_dq_import_dialog_find_weight_position (DqImportDialog *self,
                                        const char     *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->weight_list));

  if (name == NULL)
    return 0;

  for (guint i = 1; i < n; i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (self->weight_list, i), name) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_weight_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (weight_names); i++)
    {
      if (g_str_equal (folded, weight_names[i]))
        return TRUE;
    }

  return FALSE;
}

/* Fills the weight drop-down with the numeric variables and chooses one:
 * the caller's or user's choice if the file has it, otherwise a variable
 * whose name says it is the weight. */
void
_dq_import_dialog_rebuild_weights (DqImportDialog *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->weight_list));
  const char *chosen = NULL;
  g_autofree char *keep = g_strdup (self->weight);
  guint position;

  for (guint v = 0; self->data != NULL && v < dq_survey_data_get_n_variables (self->data); v++)
    {
      if (dq_survey_data_get_kind (self->data, v) == DQ_VARIABLE_NUMERIC)
        g_ptr_array_add (names, (gpointer) dq_survey_data_get_name (self->data, v));
    }
  g_ptr_array_add (names, NULL);

  self->updating++;
  gtk_string_list_splice (self->weight_list, 1, n_items - 1, (const char * const *) names->pdata);

  if (self->data == NULL)
    {
      /* Keep the choice for the next read. */
      adw_combo_row_set_selected (self->weight_row, 0);
      self->updating--;
      _dq_import_dialog_update_weight_check (self);
      return;
    }

  if (self->weight_chosen)
    {
      if (keep != NULL &&
          _dq_import_dialog_find_weight_position (self, keep) != GTK_INVALID_LIST_POSITION)
        chosen = keep;
    }
  else
    {
      for (guint i = 0; names->pdata[i] != NULL && chosen == NULL; i++)
        {
          if (is_weight_name (names->pdata[i]))
            chosen = names->pdata[i];
        }
    }

  position = _dq_import_dialog_find_weight_position (self, chosen);
  adw_combo_row_set_selected (self->weight_row, position);
  self->updating--;

  _dq_import_dialog_set_weight_internal (self, chosen);
  _dq_import_dialog_update_weight_check (self);
}

/* Reads the missing codes typed in, or says which part is not a number. */
void
_dq_import_dialog_update_missing (DqImportDialog *self,
                                  const char     *text)
{
  g_autofree char *bad = NULL;

  g_array_set_size (self->missing_codes, 0);
  self->missing_valid = dq_crosstab_parse_missing_codes (text, self->missing_codes, &bad);

  if (self->missing_valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_label_set_label (self->missing_label,
                           _("e.g. 8, 9 — answers such as “don’t know” to leave out"));
    }
  else
    {
      g_autofree char *message = NULL;

      g_array_set_size (self->missing_codes, 0);
      /* Translators: %s is the part of the missing codes that is not a number */
      message = g_strdup_printf (_("“%s” is not a number; give missing codes such as 8, 9"), bad);
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_label_set_label (self->missing_label, message);
    }

  _dq_import_dialog_update_actions (self);
}

const char *
_dq_import_dialog_get_weight_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self->weight_row));
}

const char *
_dq_import_dialog_get_missing_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->missing_label);
}
