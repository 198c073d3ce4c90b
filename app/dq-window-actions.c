/* dq-window-actions.c
 *
 * The window's commands on the project: open a project or a dataset,
 * import a survey file, save, export the survey data, undo and redo; and
 * what keeps work safe:
 * recovery after a crash (the autosave itself is DqRecovery's), and
 * "Save changes?" on closing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-data-writer.h"
#include "dq-file-kind.h"
#include "dq-format.h"
#include "dq-import-dialog.h"
#include "dq-map-page.h"
#include "dq-sav-reader.h"
#include "dq-window-private.h"

typedef enum
{
  CHOOSER_OPEN,
  CHOOSER_IMPORT,
  CHOOSER_SAVE,
  CHOOSER_SAVE_AND_CLOSE,
  CHOOSER_EXPORT_DATA,
} ChooserPurpose;

void
_dq_window_show_error (DqWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The first search field of @widget and its children, depth first. */
static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *entry = find_search_entry (child);

      if (entry != NULL)
        return entry;
    }

  return NULL;
}

/* The page's own action for a window's action that acts on the page shown. */
static const char *
page_action (DqWindow   *self,
             const char *window_action)
{
  GtkWidget *page = _dq_window_get_visible_page (self);

  if (DQ_IS_CHART_PAGE (page))
    {
      if (g_str_equal (window_action, "win.export"))
        return "chart.export";
      if (g_str_equal (window_action, "win.copy"))
        return "chart.copy-data";
    }
  else if (DQ_IS_MAP_PAGE (page))
    {
      if (g_str_equal (window_action, "win.export"))
        return "map.export";
    }

  return NULL;
}

void
_dq_window_actions_update (DqWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *page = _dq_window_get_visible_page (self);
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (widget, "win.export", page_action (self, "win.export") != NULL);
  gtk_widget_action_set_enabled (widget, "win.copy", page_action (self, "win.copy") != NULL);
  gtk_widget_action_set_enabled (widget, "win.find",
                                 page != NULL && find_search_entry (page) != NULL);

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has_project && dq_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has_project && dq_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (widget, "win.save", has_project);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_project);
  gtk_widget_action_set_enabled (widget, "win.import-data", has_project);
  gtk_widget_action_set_enabled (widget, "win.export-data",
                                 has_project && dq_project_get_data (self->project) != NULL);
}

/* Shows a question whose answers were added to @dialog: the destructive
 * one in red, the suggested one as the default, and @callback told which. */
static void
present_question (DqWindow   *self,
                  GtkWidget  *dialog,
                  const char *destructive,
                  const char *suggested,
                  const char *close_response,
                  GCallback   callback)
{
  AdwMessageDialog *message_dialog = ADW_MESSAGE_DIALOG (dialog);

  adw_message_dialog_set_response_appearance (message_dialog, destructive,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (message_dialog, suggested, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message_dialog, suggested);
  adw_message_dialog_set_close_response (message_dialog, close_response);
  g_signal_connect_object (dialog, "response", callback, self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening */

static void
load_dataset_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  DqDataset *dataset;

  dataset = dq_dataset_new_from_file (file, &error);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dq_project_new (dataset, file), g_object_unref);
  g_clear_object (&dataset);
}

static void
load_project_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  DqProject *project;

  if (g_task_get_source_tag (task) == dq_window_offer_recovery)
    project = dq_project_load_recovery (file, cancellable, &error);
  else
    project = dq_project_load (file, cancellable, &error);

  if (project == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, project, g_object_unref);
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(DqWindow) self = user_data;
  g_autoptr(DqProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gpointer source_tag = g_task_get_source_tag (G_TASK (result));
  const char *heading = source_tag == dq_window_offer_recovery
                        ? _("Could Not Recover the Unsaved Work")
                        : source_tag == dq_window_open_dataset
                        ? _("Could Not Open the Dataset")
                        : _("Could Not Open the Project");

  project = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (project == NULL)
    {
      g_warning ("%s", error->message);
      _dq_window_show_error (self, heading, error->message);
      return;
    }

  dq_window_set_project (self, project);

  if (source_tag != dq_window_offer_recovery)
    _dq_window_add_recent (self, g_task_get_task_data (G_TASK (result)));

  if (source_tag == dq_window_offer_recovery)
    {
      /* The recovered work stays in its slot until it is saved. */
      dq_recovery_adopt_orphan (self->recovery);
      dq_window_show_toast (self, _("Unsaved work recovered"));
      return;
    }

  if (source_tag == dq_window_open_dataset)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Opened %s"),
                               dq_dataset_get_name (dq_project_get_dataset (project)));
  else
    {
      g_autofree char *name = g_file_get_basename (dq_project_get_file (project));

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Opened %s"), name);
    }
  dq_window_show_toast (self, message);
}

static void
run_open_task (DqWindow       *self,
               GFile          *file,
               gpointer        source_tag,
               GTaskThreadFunc thread)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (NULL, self->cancellable, open_cb, g_object_ref (self));
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, thread);
}

/**
 * dq_window_open_dataset:
 * @self: a #DqWindow
 * @file: a dataset file
 *
 * Loads @file in a worker thread and shows it in a new project; on failure
 * the window keeps what it shows and says what is wrong with the file.
 */
void
dq_window_open_dataset (DqWindow *self,
                        GFile    *file)
{
  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  run_open_task (self, file, dq_window_open_dataset, load_dataset_thread);
}

/**
 * dq_window_open_project:
 * @self: a #DqWindow
 * @file: a `.dostyq` project file
 *
 * Loads @file, the files it refers to and its edits in a worker thread,
 * and shows it; on failure the window keeps what it shows.
 */
void
dq_window_open_project (DqWindow *self,
                        GFile    *file)
{
  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  run_open_task (self, file, dq_window_open_project, load_project_thread);
}

/* Recovery */

static void
on_recovery_response_cb (DqWindow         *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  GFile *orphan = dq_recovery_claim_orphan (self->recovery);

  if (orphan == NULL)
    return;

  if (g_str_equal (response, "recover"))
    run_open_task (self, orphan, dq_window_offer_recovery, load_project_thread);
  else if (g_str_equal (response, "discard"))
    dq_recovery_discard_orphan (self->recovery);
}

/**
 * dq_window_offer_recovery:
 * @self: a #DqWindow
 *
 * When a window stopped without saving its work, asks whether to bring it
 * back. The work of windows still running is never offered.
 */
void
dq_window_offer_recovery (DqWindow *self)
{
  GFile *file;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (DQ_IS_WINDOW (self));

  file = dq_recovery_claim_orphan (self->recovery);
  if (file == NULL)
    return;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL)
    {
      g_autoptr(GDateTime) time = g_file_info_get_modification_date_time (info);

      if (time != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (time);

          when = g_date_time_format (local, "%x %X");
        }
    }

  if (when != NULL)
    /* Translators: %s is a date and time */
    body = g_strdup_printf (_("Dostyq stopped before your work was saved. Changes up to %s "
                              "can be recovered."),
                            when);
  else
    body = g_strdup (_("Dostyq stopped before your work was saved. The changes can be recovered."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Work?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  /* Closed without an answer, the work stays to be offered next time. */
  present_question (self, dialog, "discard", "recover", "later",
                    G_CALLBACK (on_recovery_response_cb));
}

/* Importing */

static void
on_import_dialog_import_cb (DqWindow       *self,
                            DqImportDialog *dialog)
{
  DqSurveyData *data = dq_import_dialog_get_data (dialog);
  g_autofree char *message = NULL;
  DqAnalysis *analysis;
  const double *codes;
  GPtrArray *texts;
  guint n_codes;

  if (data == NULL || self->project == NULL)
    return;

  dq_project_set_data (self->project, data, dq_import_dialog_get_file (dialog),
                       dq_import_dialog_get_encoding (dialog),
                       dq_import_dialog_get_delimiter (dialog));
  analysis = dq_project_get_analysis (self->project);
  dq_analysis_set_weight (analysis, dq_import_dialog_get_weight (dialog));
  codes = dq_import_dialog_get_missing_codes (dialog, &n_codes);
  dq_analysis_set_missing_codes (analysis, codes, n_codes);
  texts = dq_import_dialog_get_missing_texts (dialog);
  /* Kept in the project, to be declared again when it is opened. */
  g_ptr_array_add (texts, NULL);
  dq_project_set_missing_texts (self->project, (const char * const *) texts->pdata);
  g_ptr_array_remove_index (texts, texts->len - 1);

  adw_view_stack_set_visible_child_name (self->stack, "data");
  if (dq_import_dialog_get_file (dialog) != NULL)
    _dq_window_add_recent (self, dq_import_dialog_get_file (dialog));

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Imported %s"), dq_survey_data_get_source_name (data));
  dq_window_show_toast (self, message);
}

/**
 * dq_window_import_data:
 * @self: a #DqWindow
 * @file: a survey file: CSV, TSV, SPSS or Stata
 *
 * Shows the import dialog for @file; what the user imports replaces the
 * project's survey data.
 */
void
dq_window_import_data (DqWindow *self,
                       GFile    *file)
{
  DqImportDialog *dialog;

  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  dialog = dq_import_dialog_new (file);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "import", G_CALLBACK (on_import_dialog_import_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

/**
 * dq_window_save_project:
 * @self: a #DqWindow
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves the project with the page and chart shown, atomically: a failed
 * save leaves an earlier file as it was.
 *
 * Returns: whether the project was saved
 */
gboolean
dq_window_save_project (DqWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  DqChart *chart;

  g_return_val_if_fail (DQ_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  dq_project_set_page (self->project, adw_view_stack_get_visible_child_name (self->stack));
  chart = dq_chart_page_get_selected_chart (_dq_window_get_survey_page (self));
  dq_project_set_chart_id (self->project, chart != NULL ? dq_chart_get_id (chart) : NULL);

  if (!dq_project_save (self->project, file, NULL, error))
    return FALSE;

  /* The project file now holds everything the autosave did. */
  dq_recovery_discard (self->recovery);
  _dq_window_add_recent (self, file);

  return TRUE;
}

static gboolean
save_to (DqWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!dq_window_save_project (self, file, &error))
    {
      g_warning ("%s", error->message);
      _dq_window_show_error (self, _("Could Not Save the Project"), error->message);
      return FALSE;
    }

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved %s"), name);
  dq_window_show_toast (self, message);

  return TRUE;
}

/**
 * _dq_window_follow_editor_name:
 * @self: a #DqWindow
 *
 * Gives the project the name set in Preferences, which its edits are
 * recorded under from now on.
 */
void
_dq_window_follow_editor_name (DqWindow *self)
{
  g_autofree char *name = NULL;

  if (self->project == NULL || self->settings == NULL)
    return;

  name = g_settings_get_string (self->settings, "editor-name");
  dq_project_set_author (self->project, name);
}

/* Exporting the data */

/**
 * dq_window_export_data:
 * @self: a #DqWindow
 * @file: the file to write: .sav, .dta or .csv
 * @n_written: (out) (optional): the number of respondents written
 * @error: return location for a #GError
 *
 * Writes the project's survey data as `dostyq export-data` does: with the
 * edits, only the respondents the filter keeps, the recoded variables
 * added, and labels and missing codes kept. The file is written whole or
 * not at all.
 *
 * Returns: whether the file was written
 */
gboolean
dq_window_export_data (DqWindow  *self,
                       GFile     *file,
                       gsize     *n_written,
                       GError   **error)
{
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autofree guint8 *mask = NULL;
  DqAnalysis *analysis;
  DqDataFormat format;
  DqSurveyData *data;

  g_return_val_if_fail (DQ_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = self->project != NULL ? dq_project_get_data (self->project) : NULL;
  g_return_val_if_fail (data != NULL, FALSE);

  if (!dq_data_writer_format_for_file (file, &format, error))
    return FALSE;

  analysis = dq_project_get_analysis (self->project);
  prepared = dq_analysis_prepare_data (analysis, data, TRUE, error);
  if (prepared == NULL)
    return FALSE;
  mask = dq_analysis_make_mask (analysis, prepared, NULL, error);
  if (mask == NULL)
    return FALSE;

  return dq_data_writer_write (prepared, mask, file, format, n_written, error);
}

static void
export_data_to (DqWindow *self,
                GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  g_autofree char *count = NULL;
  gsize n_written = 0;

  if (!dq_window_export_data (self, file, &n_written, &error))
    {
      _dq_window_show_error (self, _("Could Not Export the Data"), error->message);
      return;
    }

  count = dq_format_number (n_written, 0, dq_language_get_default ());
  /* Translators: %s is a number of respondents, %s a file name */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s respondent to %s",
                                          "Exported %s respondents to %s", n_written),
                             count, name);
  dq_window_show_toast (self, message);
}

/* Opening replaces the project shown: unsaved changes are not dropped
 * without asking. */

typedef void (*OpenFunc) (DqWindow *self,
                          GFile    *file);

static void
on_discard_changes_response_cb (DqWindow         *self,
                                const char       *response,
                                AdwMessageDialog *dialog)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "dq-file");
  OpenFunc open = (OpenFunc) g_object_get_data (G_OBJECT (dialog), "dq-open");

  if (g_str_equal (response, "discard"))
    open (self, file);
  else if (g_str_equal (response, "new-window"))
    {
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
      DqWindow *window = dq_window_new (DQ_APPLICATION (application));

      gtk_window_present (GTK_WINDOW (window));
      open (window, file);
    }
}

/* Opens @file with @open, after asking when the project has unsaved
 * changes: to discard them, or to open the file in a new window. */
static void
confirm_open_with (DqWindow *self,
                   GFile    *file,
                   OpenFunc  open)
{
  GtkWidget *dialog;

  if (self->project == NULL || !dq_project_get_modified (self->project))
    {
      open (self, file);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Unsaved Changes?"),
                                   _("The project has changes that are not saved. Opening another "
                                     "file without saving loses them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "new-window", _("Open in _New Window"),
                                    "discard", _("_Discard and Open"),
                                    NULL);
  /* A window outside an application (in a test) has nowhere to add one. */
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "new-window",
                                           gtk_window_get_application (GTK_WINDOW (self)) != NULL);
  g_object_set_data_full (G_OBJECT (dialog), "dq-file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "dq-open", (gpointer) open);
  present_question (self, dialog, "discard", "new-window", "cancel",
                    G_CALLBACK (on_discard_changes_response_cb));
}

/**
 * dq_window_open_file:
 * @self: a #DqWindow
 * @file: a project, a dataset or a survey file
 *
 * Opens @file as what it is (see dq_file_kind_for_file ()): a project or a
 * dataset replaces the project shown, after asking when it has unsaved
 * changes; a survey file shows the import dialog. A file of another kind
 * is said so in a dialog.
 *
 * Returns: whether @file is of a kind that Dostyq opens
 */
gboolean
dq_window_open_file (DqWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (DQ_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  switch (dq_file_kind_for_file (file))
    {
    case DQ_FILE_KIND_PROJECT:
      confirm_open_with (self, file, dq_window_open_project);
      return TRUE;

    case DQ_FILE_KIND_DATASET:
      confirm_open_with (self, file, dq_window_open_dataset);
      return TRUE;

    case DQ_FILE_KIND_SURVEY:
      dq_window_import_data (self, file);
      return TRUE;

    case DQ_FILE_KIND_UNKNOWN:
    default:
      break;
    }

  name = g_file_get_parse_name (file);
  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  _dq_window_show_error (self, heading,
                         _("Dostyq opens projects (.dostyq), datasets (.json) and survey files: "
                           "CSV, TSV, SPSS (.sav, .zsav, .por) and Stata (.dta)."));

  return FALSE;
}

static void
confirm_open (DqWindow *self,
              GFile    *file)
{
  if (dq_file_kind_for_file (file) == DQ_FILE_KIND_PROJECT)
    confirm_open_with (self, file, dq_window_open_project);
  else
    confirm_open_with (self, file, dq_window_open_dataset);
}

/* A project (or, with @project false, a dataset) that a second
 * `dostyq --project FILE` (or `--dataset FILE`) hands to this instance
 * opens as Open… opens it. */
void
_dq_window_confirm_open (DqWindow *self,
                         GFile    *file,
                         gboolean  project)
{
  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  confirm_open_with (self, file, project ? dq_window_open_project : dq_window_open_dataset);
}

/* The chooser */

static void
on_chooser_response_cb (DqWindow             *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  ChooserPurpose purpose = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "dq-purpose"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  switch (purpose)
    {
    case CHOOSER_OPEN:
      confirm_open (self, file);
      break;

    case CHOOSER_IMPORT:
      dq_window_import_data (self, file);
      break;

    case CHOOSER_SAVE:
    case CHOOSER_SAVE_AND_CLOSE:
      {
        g_autofree char *name = g_file_get_basename (file);
        g_autoptr(GFile) target = NULL;

        /* The suffix is what lets Open recognise a project. */
        if (!g_str_has_suffix (name, ".dostyq"))
          {
            g_autoptr(GFile) parent = g_file_get_parent (file);
            g_autofree char *full = g_strconcat (name, ".dostyq", NULL);

            target = g_file_get_child (parent, full);
          }
        else
          target = g_object_ref (file);

        if (save_to (self, target) && purpose == CHOOSER_SAVE_AND_CLOSE)
          {
            self->close_confirmed = TRUE;
            gtk_window_close (GTK_WINDOW (self));
          }
      }
      break;

    case CHOOSER_EXPORT_DATA:
      export_data_to (self, file);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *first_pattern,
            ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  va_list args;

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  va_start (args, first_pattern);
  for (const char *pattern = first_pattern; pattern != NULL; pattern = va_arg (args, const char *))
    gtk_file_filter_add_pattern (filter, pattern);
  va_end (args);

  gtk_file_chooser_add_filter (chooser, filter);
}

static void
show_chooser (DqWindow       *self,
              ChooserPurpose  purpose)
{
  GtkFileChooser *chooser;

  if (self->chooser != NULL)
    return;

  switch (purpose)
    {
    case CHOOSER_OPEN:
      self->chooser = gtk_file_chooser_native_new (_("Open Project or Dataset"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Open"), _("_Cancel"));
      chooser = GTK_FILE_CHOOSER (self->chooser);
      add_filter (chooser, _("Projects and datasets"), NULL, "*.dostyq", "*.json", NULL);
      add_filter (chooser, _("Dostyq projects"), NULL, "*.dostyq", NULL);
      add_filter (chooser, _("Dostyq datasets (JSON)"), "application/json", "*.json", NULL);
      break;

    case CHOOSER_IMPORT:
      self->chooser = gtk_file_chooser_native_new (_("Import Survey Data"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Import"), _("_Cancel"));
      chooser = GTK_FILE_CHOOSER (self->chooser);
      add_filter (chooser, _("Survey files (CSV, TSV, SPSS, Stata)"), NULL,
                  "*.csv", "*.tsv", "*.txt", "*.sav", "*.zsav", "*.dta",
                  "*.CSV", "*.TSV", "*.TXT", "*.SAV", "*.ZSAV", "*.DTA", NULL);
      break;

    case CHOOSER_SAVE:
    case CHOOSER_SAVE_AND_CLOSE:
      self->chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Save"), _("_Cancel"));
      chooser = GTK_FILE_CHOOSER (self->chooser);
      add_filter (chooser, _("Dostyq projects"), NULL, "*.dostyq", NULL);
      /* Translators: the file name a new project is offered; keep .dostyq */
      gtk_file_chooser_set_current_name (chooser, _("Untitled.dostyq"));
      break;

    case CHOOSER_EXPORT_DATA:
      {
        g_autofree char *base = NULL;
        g_autofree char *current = NULL;

        self->chooser = gtk_file_chooser_native_new (_("Export Survey Data"), GTK_WINDOW (self),
                                                     GTK_FILE_CHOOSER_ACTION_SAVE,
                                                     _("_Export"), _("_Cancel"));
        chooser = GTK_FILE_CHOOSER (self->chooser);
        add_filter (chooser, _("SPSS, PSPP, Stata or CSV (.sav, .dta, .csv)"), NULL,
                    "*.sav", "*.dta", "*.csv", "*.SAV", "*.DTA", "*.CSV", NULL);
        add_filter (chooser, _("SPSS and PSPP (.sav)"), NULL, "*.sav", "*.SAV", NULL);
        add_filter (chooser, _("Stata (.dta)"), NULL, "*.dta", "*.DTA", NULL);
        add_filter (chooser, _("CSV (.csv)"), NULL, "*.csv", "*.CSV", NULL);
        /* The name of the survey file, as .sav: the suffix says the format. */
        base = g_file_get_basename (dq_project_get_data_file (self->project));
        if (strrchr (base, '.') != NULL)
          *strrchr (base, '.') = '\0';
        /* Translators: the file name exported data is offered; %s is the
         * survey file's name without its suffix */
        current = g_strdup_printf (_("%s (edited).sav"), base);
        gtk_file_chooser_set_current_name (chooser, current);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  add_filter (chooser, _("All files"), NULL, "*", NULL);
  g_object_set_data (G_OBJECT (self->chooser), "dq-purpose", GINT_TO_POINTER (purpose));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Closing */

static void
on_save_changes_response_cb (DqWindow         *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  GFile *file = dq_project_get_file (self->project);

  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (file == NULL)
        show_chooser (self, CHOOSER_SAVE_AND_CLOSE);
      else if (save_to (self, file))
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
}

void
_dq_window_ask_to_save (DqWindow *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("The project has changes that are not saved. If you close "
                                     "without saving, they are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  present_question (self, dialog, "discard", "save", "cancel",
                    G_CALLBACK (on_save_changes_response_cb));
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_chooser (DQ_WINDOW (widget), CHOOSER_OPEN);
}

static void
import_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_chooser (DQ_WINDOW (widget), CHOOSER_IMPORT);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);
  GFile *file = dq_project_get_file (self->project);

  if (file != NULL)
    save_to (self, file);
  else
    show_chooser (self, CHOOSER_SAVE);
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_chooser (DQ_WINDOW (widget), CHOOSER_EXPORT_DATA);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  show_chooser (DQ_WINDOW (widget), CHOOSER_SAVE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);

  if (dq_project_undo (self->project))
    dq_window_show_toast (self, _("Edit undone"));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);

  if (dq_project_redo (self->project))
    dq_window_show_toast (self, _("Edit redone"));
}

static void
forward_to_page_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);
  const char *action = page_action (self, action_name);

  if (action != NULL)
    gtk_widget_activate_action (_dq_window_get_visible_page (self), action, NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);
  GtkWidget *page = _dq_window_get_visible_page (self);
  GtkWidget *entry = page != NULL ? find_search_entry (page) : NULL;

  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Their keys are the application's accelerators (dq-application-actions.c),
 * so that they work wherever the focus is and the shortcuts window shows
 * them. */
void
_dq_window_actions_init (DqWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import-data", NULL, import_data_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, forward_to_page_action);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, forward_to_page_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
}
