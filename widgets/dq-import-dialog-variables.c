/* dq-import-dialog-variables.c
 *
 * The import dialog's two tabs of data: the table of variables, with each
 * one's type, declared missing values and count of valid values, and the
 * preview of the first rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-import-dialog-private.h"
#include "dq-import-variable.h"

/* The preview shows the first rows only: enough to recognise the file. */
#define PREVIEW_ROWS 100
/* A column view of hundreds of columns is slow and unreadable. */
#define PREVIEW_COLUMNS 40

/* A code as the missing-codes entry takes it: ASCII, no grouping. */
static char *
format_code (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isinf (value))
    return g_strdup (value < 0 ? "−∞" : "∞");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static char *
describe_value_type (DqImportDialog *self,
                     guint           variable)
{
  guint n_labels = 0;
  const char *name = dq_survey_data_get_name (self->data, variable);

  if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_STRING)
    {
      n_labels = dq_survey_data_get_n_text_labels (self->data, variable);
      if (n_labels == 0)
        return g_strdup (_("Text"));
      /* Translators: a variable whose values are text codes, such as
       * "UA02" for a region, with this many of them labelled */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Text codes (%u value label)",
                                           "Text codes (%u value labels)", n_labels),
                              n_labels);
    }

  if (dq_survey_data_get_date_kind (self->data, variable) != DQ_DATE_NONE)
    return g_strdup (_("Date"));

  dq_survey_data_get_value_labels (self->data, variable, &n_labels);
  if (n_labels > 0)
    /* Translators: a variable whose values are codes of answers, such as
     * 1 "very positive", with this many of them labelled */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Categories (%u value label)",
                                         "Categories (%u value labels)", n_labels),
                            n_labels);

  if (dq_survey_reader_has_decimal_comma (self->reader, name))
    return g_strdup (_("Number, decimal comma"));

  return g_strdup (_("Number"));
}

/* The user-missing values the file declares: "8, 9", "97–99" or a dash. */
static char *
describe_missing (DqImportDialog *self,
                  guint           variable)
{
  guint n_missing = dq_survey_data_get_n_missing (self->data, variable);
  g_autoptr(GString) text = g_string_new (NULL);

  if (n_missing == 0)
    return g_strdup ("—");

  for (guint m = 0; m < n_missing; m++)
    {
      if (m > 0)
        g_string_append (text, ", ");

      if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_STRING)
        g_string_append_printf (text, "“%s”",
                                dq_survey_data_get_missing_string (self->data, variable, m));
      else
        {
          double low, high;
          g_autofree char *low_text = NULL;

          dq_survey_data_get_missing_range (self->data, variable, m, &low, &high);
          low_text = format_code (low);
          if (low == high)
            g_string_append (text, low_text);
          else
            {
              g_autofree char *high_text = format_code (high);

              g_string_append_printf (text, "%s–%s", low_text, high_text);
            }
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The table of variables, with the counts of valid values the reader
 * took. */
void
_dq_import_dialog_rebuild_variables (DqImportDialog *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->variables_store));
  gboolean has_labels = FALSE;

  for (guint v = 0; self->data != NULL && v < dq_survey_data_get_n_variables (self->data); v++)
    {
      const DqValueCounts *counts = dq_survey_reader_get_value_counts (self->reader, v);
      const char *label = dq_survey_data_get_label (self->data, v);
      g_autofree char *value_type = describe_value_type (self, v);
      g_autofree char *missing = describe_missing (self, v);
      g_autofree char *valid = _dq_import_dialog_format_count (self, counts->n_valid);

      g_ptr_array_add (items, dq_import_variable_new (v,
                                                      dq_survey_data_get_name (self->data, v),
                                                      label,
                                                      value_type,
                                                      missing,
                                                      counts->n_valid,
                                                      valid));
      has_labels = has_labels || (label != NULL && *label != '\0');
    }

  /* CSV files have no labels: their column would stay empty. */
  gtk_column_view_column_set_visible (self->label_column, has_labels);
  g_list_store_splice (self->variables_store, 0, n_items, items->pdata, items->len);
}

static void
preview_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  DqImportDialog           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

/* A cell of the preview: the value, and its label when it has one, as in
 * "2 · Rather positive". */
static char *
dup_cell_text (DqImportDialog *self,
               guint           row,
               guint           variable,
               gboolean       *labelled,
               gboolean       *missing)
{
  g_autofree char *value = NULL;
  const char *value_label = NULL;

  *labelled = FALSE;
  *missing = FALSE;

  if (self->data == NULL || variable >= dq_survey_data_get_n_variables (self->data) ||
      row >= dq_survey_data_get_n_rows (self->data))
    return g_strdup ("");

  value = dq_survey_data_dup_value_text (self->data, variable, row);
  if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_NUMERIC)
    {
      double number = dq_survey_data_get_numbers (self->data, variable)[row];

      value_label = dq_survey_data_lookup_value_label (self->data, variable, number);
      *missing = !isnan (number) && dq_survey_data_is_missing_number (self->data, variable, number);
    }
  else
    {
      guint32 code = dq_survey_data_get_codes (self->data, variable)[row];

      *missing = code != DQ_SURVEY_DATA_NO_CODE &&
                 dq_survey_data_is_missing_category (self->data, variable, code);
      if (code != DQ_SURVEY_DATA_NO_CODE)
        value_label = dq_survey_data_lookup_text_label (self->data, variable, value);
    }

  if (value_label == NULL)
    return g_steal_pointer (&value);

  *labelled = TRUE;

  return g_strdup_printf ("%s · %s", value, value_label);
}

/* User-missing values are dimmed; a labelled value, which may not fit its
 * column, has a tooltip. */
static void
preview_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 DqImportDialog           *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "variable"));
  g_autofree char *text = NULL;
  gboolean labelled, missing;

  text = dup_cell_text (self, gtk_list_item_get_position (item), variable, &labelled, &missing);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, labelled ? text : NULL);
  if (missing)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* Room for "2 · Rather positive" where values have labels, less for bare
 * numbers. */
static int
preview_column_width (DqSurveyData *data,
                      guint         variable)
{
  guint n_labels = 0;

  if (dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_STRING)
    return 150;

  dq_survey_data_get_value_labels (data, variable, &n_labels);

  return n_labels > 0 ? 220 : 100;
}

void
_dq_import_dialog_rebuild_preview (DqImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  guint n_old_rows = g_list_model_get_n_items (G_LIST_MODEL (self->preview_rows));
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = NULL;
  gsize n_rows = 0;
  guint n_variables = 0;
  guint n_shown;

  /* The first column, the row number, is the template's. */
  for (guint i = 1; i < g_list_model_get_n_items (columns); i++)
    g_ptr_array_add (old, g_list_model_get_item (columns, i));
  for (guint i = 0; i < old->len; i++)
    gtk_column_view_remove_column (self->preview_view, g_ptr_array_index (old, i));

  if (self->data != NULL)
    {
      n_rows = dq_survey_data_get_n_rows (self->data);
      n_variables = dq_survey_data_get_n_variables (self->data);
    }

  for (gsize r = 0; r < MIN (n_rows, PREVIEW_ROWS); r++)
    g_ptr_array_add (numbers, _dq_import_dialog_format_count (self, r + 1));
  g_ptr_array_add (numbers, NULL);
  gtk_string_list_splice (self->preview_rows, 0, n_old_rows, (const char * const *) numbers->pdata);

  n_shown = MIN (n_variables, PREVIEW_COLUMNS);
  for (guint v = 0; v < n_shown; v++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "variable", GUINT_TO_POINTER (v));
      g_signal_connect_object (factory, "setup", G_CALLBACK (preview_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (preview_bind_cb), self, 0);
      column = gtk_column_view_column_new (dq_survey_data_get_name (self->data, v), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, preview_column_width (self->data, v));
      gtk_column_view_append_column (self->preview_view, column);
    }

  if (self->data != NULL)
    {
      g_autofree char *shown = _dq_import_dialog_format_count (self, MIN (n_rows, PREVIEW_ROWS));
      g_autofree char *total = _dq_import_dialog_format_count (self, n_rows);
      g_autofree char *rows_note = NULL;

      if (n_rows <= PREVIEW_ROWS)
        /* Translators: %s is a number of respondents, all of whom the
         * preview shows */
        rows_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "All %s respondent", "All %s respondents",
                                                  n_rows),
                                     total);
      else
        /* Translators: the preview of a file, e.g. "The first 100 of 1,000
         * respondents" */
        rows_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The first %s of %s respondent",
                                                  "The first %s of %s respondents", n_rows),
                                     shown, total);

      if (n_variables > PREVIEW_COLUMNS)
        {
          g_autofree char *all = _dq_import_dialog_format_count (self, n_variables);

          /* Translators: the preview shows this many variables as columns;
           * %s is the number of variables in the file */
          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s; the first 40 of %s variable",
                                               "%s; the first 40 of %s variables", n_variables),
                                  rows_note, all);
        }
      else
        note = g_steal_pointer (&rows_note);
    }

  gtk_label_set_label (self->preview_label, note != NULL ? note : "");
}

const char *
_dq_import_dialog_get_preview_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->preview_label);
}

guint
_dq_import_dialog_get_n_preview_rows (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->preview_rows));
}

guint
_dq_import_dialog_get_n_preview_columns (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  /* Less the row number. */
  return g_list_model_get_n_items (gtk_column_view_get_columns (self->preview_view)) - 1;
}

char *
_dq_import_dialog_dup_cell_text (DqImportDialog *self,
                                 guint           row,
                                 guint           variable)
{
  gboolean labelled, missing;

  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return dup_cell_text (self, row, variable, &labelled, &missing);
}
