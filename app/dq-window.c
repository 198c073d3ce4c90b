/* dq-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart-page.h"
#include "dq-dataset.h"
#include "dq-map-page.h"
#include "dq-sources-page.h"
#include "dq-window.h"

struct _DqWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  DqSourcesPage        *sources_page;
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;

  /* Owned */
  GSettings            *settings;
  DqDataset            *dataset;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqWindow, dq_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

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
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
show_error (DqWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_dataset_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DqWindow) self = user_data;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  dataset = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (dataset == NULL)
    {
      g_warning ("%s", error->message);
      show_error (self, _("Could Not Open the Dataset"), error->message);
      return;
    }

  dq_window_set_dataset (self, dataset);

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Opened %s"), dq_dataset_get_name (dataset));
  dq_window_show_toast (self, message);
}

/**
 * dq_window_open_dataset:
 * @self: a #DqWindow
 * @file: a dataset file
 *
 * Loads @file in a worker thread and shows it; on failure the window keeps
 * its dataset and says what is wrong with the file.
 */
void
dq_window_open_dataset (DqWindow *self,
                        GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (NULL, self->cancellable, open_dataset_cb, g_object_ref (self));
  g_task_set_source_tag (task, dq_window_open_dataset);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_dataset_thread);
}

static void
on_chooser_response_cb (DqWindow             *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      dq_window_open_dataset (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
dq_window_open_dataset_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DqWindow *self = DQ_WINDOW (widget);
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (json_filter, _("Dostyq datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_pattern (json_filter, "*.json");
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_chart_page_toast_cb (DqWindow    *self,
                        const char  *message,
                        DqChartPage *page)
{
  dq_window_show_toast (self, message);
}

static void
on_map_page_toast_cb (DqWindow   *self,
                      const char *message,
                      DqMapPage  *page)
{
  dq_window_show_toast (self, message);
}

static void
dq_window_save_state (DqWindow *self)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-page",
                         adw_view_stack_get_visible_child_name (self->stack));
  g_settings_apply (self->settings);
}

static void
dq_window_restore_state (DqWindow *self)
{
  g_autofree char *page = NULL;
  int width;
  int height;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (self->settings, "last-page");
  if (adw_view_stack_get_child_by_name (self->stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, page);
}

static gboolean
dq_window_close_request (GtkWindow *window)
{
  dq_window_save_state (DQ_WINDOW (window));

  return GTK_WINDOW_CLASS (dq_window_parent_class)->close_request (window);
}

static void
dq_window_dispose (GObject *object)
{
  DqWindow *self = DQ_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_window_parent_class)->dispose (object);
}

static void
dq_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqWindow *self = DQ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DqWindow *self = DQ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_window_class_init (DqWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dq_window_dispose;
  object_class->get_property = dq_window_get_property;
  object_class->set_property = dq_window_set_property;

  window_class->close_request = dq_window_close_request;

  /**
   * DqWindow:dataset:
   *
   * The dataset the pages show.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "win.open-dataset", NULL,
                                   dq_window_open_dataset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-dataset", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DqWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, sources_page);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_page_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_page_toast_cb);
}

static void
dq_window_init (DqWindow *self)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_type_ensure (DQ_TYPE_CHART_PAGE);
  g_type_ensure (DQ_TYPE_MAP_PAGE);
  g_type_ensure (DQ_TYPE_SOURCES_PAGE);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bundled dataset is small and ships inside the program, so it is
   * read at once; a user's file is read in a thread. */
  dataset = dq_dataset_new_bundled (&error);
  if (dataset != NULL)
    dq_window_set_dataset (self, dataset);
  else
    g_critical ("The bundled dataset does not load: %s", error->message);

  self->settings = g_settings_new (SCHEMA_ID);
  dq_window_restore_state (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * dq_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new main window
 */
DqWindow *
dq_window_new (DqApplication *application)
{
  g_return_val_if_fail (DQ_IS_APPLICATION (application), NULL);

  return g_object_new (DQ_TYPE_WINDOW, "application", application, NULL);
}

/**
 * dq_window_get_stack:
 * @self: a #DqWindow
 *
 * Returns: (transfer none): the stack of pages
 */
AdwViewStack *
dq_window_get_stack (DqWindow *self)
{
  g_return_val_if_fail (DQ_IS_WINDOW (self), NULL);

  return self->stack;
}

/**
 * dq_window_show_toast:
 * @self: a #DqWindow
 * @message: the text to show
 *
 * Shows a short message at the bottom of the window.
 */
void
dq_window_show_toast (DqWindow   *self,
                      const char *message)
{
  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * dq_window_get_dataset:
 * @self: a #DqWindow
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
DqDataset *
dq_window_get_dataset (DqWindow *self)
{
  g_return_val_if_fail (DQ_IS_WINDOW (self), NULL);

  return self->dataset;
}

void
dq_window_set_dataset (DqWindow  *self,
                       DqDataset *dataset)
{
  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}
