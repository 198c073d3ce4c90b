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
#include <string.h>

#include "dq-crosstab.h"
#include "dq-import-dialog-private.h"

/* Names that say a variable is a survey weight, casefolded: whole names of
 * the surveys researchers of the region use (the European Social Survey's
 * pspwght, anweight and dweight, the Afrobarometer's withinwt), then parts
 * of names. */
static const char * const weight_names[] = {
  "weight", "weights", "wt", "w", "вес", "салмақ", "pspwght", "anweight", "dweight", "withinwt",
};
static const char * const weight_parts[] = {
  "weight", "wght", "wt", "вес", "салмақ",
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
      const char *stored = self->data != NULL ? dq_survey_data_get_stored_weight (self->data)
                                              : NULL;
      g_autofree char *off = NULL;

      if (stored != NULL)
        /* Translators: %s is a variable's name */
        off = g_strdup_printf (_("Every respondent counts once: the weight stored in the file, "
                                 "%s, is switched off"),
                               stored);
      set_weight_warning_visible (self, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->weight_row),
                                   off != NULL ? off
                                               : self->data != NULL
                                                 ? _("Every respondent counts once")
                                                 : "");
      return;
    }

  {
    const DqValueCounts *counts = dq_survey_reader_get_value_counts (self->reader, variable);
    gsize n_missing = counts->n_user_missing + counts->n_system_missing;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *validity = NULL;

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
      validity = g_strdup (_("Every respondent has a valid weight"));
    else
      {
        g_autofree char *listed = NULL;

        g_ptr_array_add (problems, NULL);
        listed = g_strjoinv ("; ", (char **) problems->pdata);
        /* As in SPSS and PSPP, rather than refusing the table. */
        /* Translators: %s lists problems: "1 weight is negative; 2 respondents have no
         * weight" */
        validity = g_strdup_printf (_("%s: tables leave them out"), listed);
      }

    /* Whether it weights because the file says so, or because of its
     * name, is said first: the researcher may want to switch it off. */
    if (g_strcmp0 (self->weight, dq_survey_data_get_stored_weight (self->data)) == 0)
      subtitle = g_strdup_printf ("%s %s",
                                  _("The weight stored in the file, as SPSS uses it; choose “No "
                                    "weight” to switch it off."),
                                  validity);
    else if (!self->weight_chosen)
      subtitle = g_strdup_printf ("%s %s", _("Chosen by its name."), validity);
    else
      subtitle = g_steal_pointer (&validity);

    set_weight_warning_visible (self, counts->n_negative > 0 || n_missing > 0);
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

/* How likely @name is a weight by its name: 2 for a whole name of the
 * list, 1 for a name with a part of the list in it, 0 for no sign. */
static guint
weight_name_score (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (weight_names); i++)
    {
      if (g_str_equal (folded, weight_names[i]))
        return 2;
    }
  for (guint i = 0; i < G_N_ELEMENTS (weight_parts); i++)
    {
      if (strstr (folded, weight_parts[i]) != NULL)
        return 1;
    }

  return 0;
}

/* The weight to choose for a file: the one it stores, as SPSS weights by
 * it; otherwise the variable whose name most says it is a weight. */
static const char *
suggest_weight (DqImportDialog *self,
                GPtrArray      *names)
{
  const char *stored = dq_survey_data_get_stored_weight (self->data);
  const char *best = NULL;
  guint best_score = 0;

  if (stored != NULL)
    return stored;

  for (guint i = 0; names->pdata[i] != NULL; i++)
    {
      guint score = weight_name_score (names->pdata[i]);

      if (score > best_score)
        {
          best_score = score;
          best = names->pdata[i];
        }
    }

  return best;
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
      chosen = suggest_weight (self, names);
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
  g_array_set_size (self->missing_codes, 0);
  g_ptr_array_set_size (self->missing_texts, 0);
  self->missing_valid = dq_survey_data_parse_missing_codes (text, self->missing_codes,
                                                            self->missing_texts);

  if (self->missing_valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_label_set_label (self->missing_label,
                           _("e.g. 8, 9, “Don’t know” — codes or answers to leave "
                             "out"));
    }
  else
    {
      const char *message = _("A quote is not closed; give missing codes such as 8, 9, "
                              "\"Don’t know\"");

      g_array_set_size (self->missing_codes, 0);
      g_ptr_array_set_size (self->missing_texts, 0);
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
_dq_import_dialog_get_encoding_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self->encoding_row));
}

const char *
_dq_import_dialog_get_missing_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->missing_label);
}
