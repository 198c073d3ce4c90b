/* dq-mrset-dialog.c
 *
 * Defines a multiple-response set from the survey's variables: a name,
 * the variables ticked in a list that can be searched, and for yes/no
 * variables the value that counts. The set is read from the same text
 * `dostyq mrset --mrset` reads, so the window and the command line accept
 * the same sets and give the same messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-mrset-dialog.h"

struct _DqMrsetDialog
{
  AdwWindow     parent_instance;

  /* Template widgets */
  AdwEntryRow  *counted_row;
  GtkLabel     *error_label;
  AdwEntryRow  *name_row;
  GtkSearchEntry *search_entry;
  GtkListBox   *variable_list;

  /* Owned */
  DqSurveyData *data;
  /* The check button of each variable, in the data's order. */
  GPtrArray    *checks;
};

enum {
  SIGNAL_DEFINE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqMrsetDialog, dq_mrset_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static void
fill_variables (DqMrsetDialog *self)
{
  for (guint i = 0; i < dq_survey_data_get_n_variables (self->data); i++)
    {
      const char *name = dq_survey_data_get_name (self->data, i);
      const char *label = dq_survey_data_get_label (self->data, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (label != NULL && g_strcmp0 (label, name) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "dq-variable", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->variable_list, row);
      g_ptr_array_add (self->checks, check);
    }
}

/* A variable shows when its name or label holds what is searched, in
 * any case. */
static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  DqMrsetDialog *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "dq-variable"));
  const char *label = dq_survey_data_get_label (self->data, variable);
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folded_label = NULL;

  if (*search == '\0')
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  name = g_utf8_casefold (dq_survey_data_get_name (self->data, variable), -1);
  folded_label = label != NULL ? g_utf8_casefold (label, -1) : NULL;

  return strstr (name, needle) != NULL ||
         (folded_label != NULL && strstr (folded_label, needle) != NULL);
}

static void
on_search_entry_search_changed_cb (DqMrsetDialog  *self,
                                   GtkSearchEntry *entry)
{
  gtk_list_box_invalidate_filter (self->variable_list);
}

/* The message of a set that did not read goes once the set changes. */
static void
on_row_changed_cb (DqMrsetDialog *self,
                   GtkEditable   *editable)
{
  gtk_label_set_text (self->error_label, "");
}

static void
define_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqMrsetDialog *self = DQ_MRSET_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMrset) set = dq_mrset_dialog_dup_set (self, &error);

  if (set == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_DEFINE], 0, set);
  gtk_window_close (GTK_WINDOW (self));
}

static void
dq_mrset_dialog_dispose (GObject *object)
{
  DqMrsetDialog *self = DQ_MRSET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_MRSET_DIALOG);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (dq_mrset_dialog_parent_class)->dispose (object);
}

static void
dq_mrset_dialog_finalize (GObject *object)
{
  DqMrsetDialog *self = DQ_MRSET_DIALOG (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_mrset_dialog_parent_class)->finalize (object);
}

static void
dq_mrset_dialog_class_init (DqMrsetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_mrset_dialog_dispose;
  object_class->finalize = dq_mrset_dialog_finalize;

  /**
   * DqMrsetDialog::define:
   * @self: the dialog
   * @set: the set defined
   *
   * Emitted when the user defines a set that reads; the dialog then
   * closes.
   */
  signals[SIGNAL_DEFINE] =
    g_signal_new ("define",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DQ_TYPE_MRSET);

  gtk_widget_class_install_action (widget_class, "mrset-dialog.define", NULL, define_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-mrset-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DqMrsetDialog, counted_row);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetDialog, variable_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
}

static void
dq_mrset_dialog_init (DqMrsetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->checks = g_ptr_array_new ();
  gtk_list_box_set_filter_func (self->variable_list, filter_row, self, NULL);
}

/**
 * dq_mrset_dialog_new:
 * @data: the survey data whose variables may form the set
 *
 * Returns: (transfer full): a dialog; present it, and listen to
 *   #DqMrsetDialog::define
 */
DqMrsetDialog *
dq_mrset_dialog_new (DqSurveyData *data)
{
  DqMrsetDialog *self;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);

  self = g_object_new (DQ_TYPE_MRSET_DIALOG, NULL);
  self->data = g_object_ref (data);
  fill_variables (self);

  return self;
}

/**
 * dq_mrset_dialog_set_name:
 * @self: a #DqMrsetDialog
 * @name: the set's name
 */
void
dq_mrset_dialog_set_name (DqMrsetDialog *self,
                          const char    *name)
{
  g_return_if_fail (DQ_IS_MRSET_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
}

/**
 * dq_mrset_dialog_set_counted:
 * @self: a #DqMrsetDialog
 * @counted: (nullable): the value that counts as yes, or %NULL for
 *   variables that hold the answers chosen
 */
void
dq_mrset_dialog_set_counted (DqMrsetDialog *self,
                             const char    *counted)
{
  g_return_if_fail (DQ_IS_MRSET_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->counted_row), counted != NULL ? counted : "");
}

/**
 * dq_mrset_dialog_select_variable:
 * @self: a #DqMrsetDialog
 * @name: a variable's name
 * @selected: whether it belongs to the set
 *
 * Returns: whether the data has the variable
 */
gboolean
dq_mrset_dialog_select_variable (DqMrsetDialog *self,
                                 const char    *name,
                                 gboolean       selected)
{
  guint variable;

  g_return_val_if_fail (DQ_IS_MRSET_DIALOG (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!dq_survey_data_lookup_variable (self->data, name, &variable))
    return FALSE;

  gtk_check_button_set_active (g_ptr_array_index (self->checks, variable), selected);

  return TRUE;
}

/**
 * dq_mrset_dialog_dup_set:
 * @self: a #DqMrsetDialog
 * @error: the place for an error
 *
 * The set as the dialog defines it, read as `dostyq mrset --mrset` reads
 * it: the variables in the data's order.
 *
 * Returns: (transfer full) (nullable): the set, or %NULL with @error set
 *   (%DQ_MRSET_ERROR_SYNTAX)
 */
DqMrset *
dq_mrset_dialog_dup_set (DqMrsetDialog  *self,
                         GError        **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *counted;
  guint n_selected = 0;

  g_return_val_if_fail (DQ_IS_MRSET_DIALOG (self), NULL);

  g_string_append (text, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_string_append (text, " =");
  for (guint i = 0; i < self->checks->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        continue;
      g_string_append (text, n_selected++ > 0 ? ", " : " ");
      g_string_append (text, dq_survey_data_get_name (self->data, i));
    }

  counted = gtk_editable_get_text (GTK_EDITABLE (self->counted_row));
  if (*counted != '\0')
    g_string_append_printf (text, ": %s", counted);

  return dq_mrset_new_from_text (text->str, error);
}
