/* dq-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-window.h"

struct _DqWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;

  /* Owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (DqWindow, dq_window, ADW_TYPE_APPLICATION_WINDOW)

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

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dq_window_parent_class)->dispose (object);
}

static void
dq_window_class_init (DqWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dq_window_dispose;

  window_class->close_request = dq_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DqWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DqWindow, toast_overlay);
}

static void
dq_window_init (DqWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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
