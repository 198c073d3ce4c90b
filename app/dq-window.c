/* dq-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart-page.h"
#include "dq-data-page.h"
#include "dq-dataset.h"
#include "dq-lazy-page.h"
#include "dq-map-page.h"
#include "dq-sources-page.h"
#include "dq-window-private.h"

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PROJECT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqWindow, dq_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

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
on_data_page_toast_cb (DqWindow   *self,
                       const char *message,
                       DqDataPage *page)
{
  dq_window_show_toast (self, message);
}

static void
on_sources_page_toast_cb (DqWindow      *self,
                          const char    *message,
                          DqSourcesPage *page)
{
  dq_window_show_toast (self, message);
}

/* An edit in the data table of a bundled or opened dataset. */
static void
on_chart_page_edit_figure_cb (DqWindow    *self,
                              DqFigure    *figure,
                              double       value,
                              DqChartPage *page)
{
  g_autoptr(GError) error = NULL;

  if (!dq_project_edit_figure (self->project, dq_figure_get_id (figure), value, &error))
    dq_window_show_toast (self, error->message);
}

/* The chart the project was saved on, in the Survey page; a page not yet
 * built selects it when it is. */
static void
select_project_chart (DqWindow *self)
{
  GtkWidget *page = dq_lazy_page_peek_page (self->survey_slot);
  const char *chart_id = self->project != NULL ? dq_project_get_chart_id (self->project) : NULL;
  GListModel *charts;

  if (page == NULL || chart_id == NULL)
    return;

  charts = dq_chart_page_get_charts (DQ_CHART_PAGE (page));
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(DqChart) chart = g_list_model_get_item (charts, i);

      if (g_str_equal (dq_chart_get_id (chart), chart_id))
        dq_chart_page_select_chart (DQ_CHART_PAGE (page), i);
    }
}

/* The page for @slot, built the first time it is shown or needed: the
 * window's first frame waits only for the page it shows. */
static void
on_lazy_page_build_cb (DqWindow   *self,
                       DqLazyPage *slot)
{
  GtkWidget *page;

  if (slot == self->survey_slot || slot == self->diasporas_slot)
    {
      page = g_object_new (DQ_TYPE_CHART_PAGE,
                           "page", slot == self->survey_slot ? "survey" : "diasporas",
                           "editable", TRUE,
                           NULL);
      g_signal_connect_object (page, "toast", G_CALLBACK (on_chart_page_toast_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "edit-figure", G_CALLBACK (on_chart_page_edit_figure_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else if (slot == self->data_slot)
    {
      page = dq_data_page_new ();
      g_signal_connect_object (page, "toast", G_CALLBACK (on_data_page_toast_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else if (slot == self->map_slot)
    {
      page = dq_map_page_new ();
      g_signal_connect_object (page, "toast", G_CALLBACK (on_map_page_toast_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      g_assert (slot == self->sources_slot);
      page = dq_sources_page_new ();
      g_signal_connect_object (page, "toast", G_CALLBACK (on_sources_page_toast_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (DQ_IS_DATA_PAGE (page))
    g_object_bind_property (self, "project", page, "project", G_BINDING_SYNC_CREATE);
  else
    g_object_bind_property (self, "dataset", page, "dataset", G_BINDING_SYNC_CREATE);

  dq_lazy_page_set_page (slot, page);

  if (slot == self->survey_slot)
    select_project_chart (self);
}

/* "• project.dostyq", with the dot while there are unsaved changes, as
 * GNOME's editors show it; in the header whether the window is wide or
 * narrow, and in the window list and task switcher. */
static void
update_title (DqWindow *self)
{
  GFile *file = self->project != NULL ? dq_project_get_file (self->project) : NULL;
  gboolean modified = self->project != NULL && dq_project_get_modified (self->project);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (file != NULL)
    name = g_file_get_basename (file);
  else if (modified)
    name = g_strdup (_("Unsaved Project"));

  if (name != NULL)
    title = modified ? g_strdup_printf ("• %s", name) : g_steal_pointer (&name);

  adw_window_title_set_title (self->window_title, title != NULL ? title : _("Dostyq"));
  adw_window_title_set_title (self->wide_window_title, title != NULL ? title : _("Dostyq"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title),
                               file != NULL ? g_file_peek_path (file) : NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->wide_window_title),
                               file != NULL ? g_file_peek_path (file) : NULL);

  if (title != NULL)
    {
      g_autofree char *window_title = g_strdup_printf ("%s — %s", title, _("Dostyq"));

      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Dostyq"));
}

/* When the header has no room for the page switcher, it moves to the
 * bottom of the window. */
static void
on_title_squeezer_visible_child_cb (DqWindow    *self,
                                    GParamSpec  *pspec,
                                    AdwSqueezer *squeezer)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_squeezer_get_visible_child (squeezer) != self->wide_title);
}

static void
on_recovery_failed_cb (DqWindow     *self,
                       const GError *error,
                       DqRecovery   *recovery)
{
  g_autofree char *message = NULL;

  g_warning ("%s", error->message);
  /* Translators: %s says why, e.g. "No space left on device" */
  message = g_strdup_printf (_("Could not autosave: %s"), error->message);
  dq_window_show_toast (self, message);
}

static void
on_project_changed_cb (DqWindow  *self,
                       DqProject *project)
{
  dq_recovery_schedule (self->recovery, project);
  _dq_window_actions_update (self);
}

static void
on_project_notify_cb (DqWindow   *self,
                      GParamSpec *pspec,
                      DqProject  *project)
{
  update_title (self);
  _dq_window_actions_update (self);
}

/* Export, Copy and Find act on the page shown (which is built by asking
 * for it, the first time it is shown). */
static void
on_stack_visible_child_cb (DqWindow     *self,
                           GParamSpec   *pspec,
                           AdwViewStack *stack)
{
  _dq_window_actions_update (self);
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
  DqWindow *self = DQ_WINDOW (window);

  /* Unsaved changes are not thrown away without asking. */
  if (self->project != NULL && dq_project_get_modified (self->project) && !self->close_confirmed)
    {
      _dq_window_ask_to_save (self);
      return TRUE;
    }

  dq_window_save_state (self);

  /* A window closed on purpose leaves nothing to recover. */
  dq_recovery_discard (self->recovery);

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

  /* Work not yet autosaved is saved now rather than lost. */
  if (self->recovery != NULL)
    dq_recovery_flush (self->recovery, NULL);
  g_clear_object (&self->recovery);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->project);

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
      g_value_set_object (value, dq_window_get_dataset (self));
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
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
    case PROP_PROJECT:
      dq_window_set_project (self, g_value_get_object (value));
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
   * The dataset the pages show: the project's.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqWindow:project:
   *
   * The work shown: dataset, imported survey data, edits and settings.
   */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, DQ_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _dq_window_actions_init (klass);
  _dq_window_files_init (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DqWindow, data_slot);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, diasporas_slot);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, map_slot);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, sources_slot);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, survey_slot);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, wide_title);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, wide_window_title);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_lazy_page_build_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_squeezer_visible_child_cb);
}

static void
dq_window_init (DqWindow *self)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_type_ensure (DQ_TYPE_LAZY_PAGE);

  gtk_widget_init_template (GTK_WIDGET (self));
  _dq_window_files_setup (self);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_stack_visible_child_cb), self, G_CONNECT_SWAPPED);

  self->recovery = dq_recovery_new (NULL);
  g_signal_connect_object (self->recovery, "failed", G_CALLBACK (on_recovery_failed_cb), self,
                           G_CONNECT_SWAPPED);

  self->project_signals = g_signal_group_new (DQ_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::modified",
                                 G_CALLBACK (on_project_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::file",
                                 G_CALLBACK (on_project_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::can-undo",
                                 G_CALLBACK (on_project_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::can-redo",
                                 G_CALLBACK (on_project_notify_cb), self, G_CONNECT_SWAPPED);

  /* The page last shown first, so that it is the only one built. */
  self->settings = g_settings_new (SCHEMA_ID);
  dq_window_restore_state (self);

  /* The bundled dataset is small and ships inside the program, so it is
   * read at once; a user's file is read in a thread. */
  dataset = dq_dataset_new_bundled (&error);
  if (dataset != NULL)
    {
      g_autoptr(DqProject) project = dq_project_new (dataset, NULL);

      dq_window_set_project (self, project);
    }
  else
    g_critical ("The bundled dataset does not load: %s", error->message);

  g_signal_connect_object (self->settings, "changed::editor-name",
                           G_CALLBACK (_dq_window_follow_editor_name), self, G_CONNECT_SWAPPED);
  _dq_window_follow_editor_name (self);

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
 * dq_window_get_page:
 * @self: a #DqWindow
 * @name: the name of a page in the stack: "survey", "data", "diasporas",
 *   "map" or "sources"
 *
 * The page named @name, built now if it was not yet (pages are built the
 * first time they are shown).
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
dq_window_get_page (DqWindow   *self,
                    const char *name)
{
  GtkWidget *slot;

  g_return_val_if_fail (DQ_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  slot = adw_view_stack_get_child_by_name (self->stack, name);
  g_return_val_if_fail (DQ_IS_LAZY_PAGE (slot), NULL);

  return dq_lazy_page_get_page (DQ_LAZY_PAGE (slot));
}

/**
 * _dq_window_get_visible_page:
 * @self: a #DqWindow
 *
 * Returns: (transfer none) (nullable): the page shown, built if it was not
 *   yet
 */
GtkWidget *
_dq_window_get_visible_page (DqWindow *self)
{
  GtkWidget *slot = adw_view_stack_get_visible_child (self->stack);

  return slot != NULL ? dq_lazy_page_get_page (DQ_LAZY_PAGE (slot)) : NULL;
}

/**
 * _dq_window_get_survey_page:
 * @self: a #DqWindow
 *
 * Returns: (transfer none): the Survey page, built if it was not yet
 */
DqChartPage *
_dq_window_get_survey_page (DqWindow *self)
{
  return DQ_CHART_PAGE (dq_lazy_page_get_page (self->survey_slot));
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

  return self->project != NULL ? dq_project_get_dataset (self->project) : NULL;
}

/**
 * dq_window_get_project:
 * @self: a #DqWindow
 *
 * Returns: (transfer none) (nullable): the project shown
 */
DqProject *
dq_window_get_project (DqWindow *self)
{
  g_return_val_if_fail (DQ_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * dq_window_set_project:
 * @self: a #DqWindow
 * @project: the project to show
 *
 * Shows @project in every page, with the page and chart it was saved on.
 */
void
dq_window_set_project (DqWindow  *self,
                       DqProject *project)
{
  const char *page;

  g_return_if_fail (DQ_IS_WINDOW (self));
  g_return_if_fail (DQ_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  dq_recovery_cancel (self->recovery);
  g_signal_group_set_target (self->project_signals, project);
  _dq_window_follow_editor_name (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);

  page = dq_project_get_page (project);
  if (page != NULL && adw_view_stack_get_child_by_name (self->stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, page);

  select_project_chart (self);

  update_title (self);
  _dq_window_actions_update (self);
}

/**
 * dq_window_get_recovery:
 * @self: a #DqWindow
 *
 * Returns: (transfer none): what keeps the window's unsaved work safe
 */
DqRecovery *
dq_window_get_recovery (DqWindow *self)
{
  g_return_val_if_fail (DQ_IS_WINDOW (self), NULL);

  return self->recovery;
}
