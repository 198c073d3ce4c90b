/* dq-window-files.c
 *
 * Files that come to the window from outside the Open… dialog: dropped on
 * it, or picked from the projects and files opened before (Open Recent,
 * kept by GtkRecentManager where the file manager and other applications
 * see them too).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-file-kind.h"
#include "dq-recent-list.h"
#include "dq-window-private.h"

/* How many recent files the menu lists. */
#define MAX_RECENT 10

/* Dropping */

/**
 * _dq_window_open_files:
 * @self: a #DqWindow
 * @files: (element-type GFile): the files, in the order given
 *
 * Opens files dropped on the window: the first project or dataset in this
 * window (asking first when its project has unsaved changes), each further
 * one in a new window; a survey file shows the import dialog.
 *
 * Returns: whether one of the files is of a kind that Dostyq opens
 */
gboolean
_dq_window_open_files (DqWindow *self,
                       GSList   *files)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  gboolean window_taken = FALSE;
  gboolean opened = FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;
      DqFileKind kind = dq_file_kind_for_file (file);
      DqWindow *window = self;

      if (kind == DQ_FILE_KIND_PROJECT || kind == DQ_FILE_KIND_DATASET)
        {
          if (window_taken && application != NULL)
            {
              window = dq_window_new (DQ_APPLICATION (application));
              gtk_window_present (GTK_WINDOW (window));
            }
          window_taken = TRUE;
        }

      opened |= dq_window_open_file (window, file);
    }

  return opened;
}

static gboolean
on_drop_target_drop_cb (DqWindow      *self,
                        const GValue  *value,
                        double         x,
                        double         y,
                        GtkDropTarget *target)
{
  g_autoptr(GSList) files = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* The list is ours to free, its files are not. */
  files = gdk_file_list_get_files (g_value_get_boxed (value));

  return _dq_window_open_files (self, files);
}

/* Open Recent */

/**
 * _dq_window_dup_recent_files:
 * @self: a #DqWindow
 *
 * Returns: (transfer full) (element-type GtkRecentInfo): the projects and
 *   files Dostyq opened, imported or saved that are still there, the most
 *   recent first, at most ten
 */
GPtrArray *
_dq_window_dup_recent_files (DqWindow *self)
{
  return dq_recent_files_dup (MAX_RECENT);
}

static void
update_recent_menu (DqWindow *self)
{
  g_autoptr(GPtrArray) recent = _dq_window_dup_recent_files (self);

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; i < recent->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = NULL;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }

  /* Said rather than an empty submenu; no action, so it is greyed out. */
  if (recent->len == 0)
    g_menu_append (self->recent_menu, _("No Recent Files"), "win.no-recent-files");
}

static void
on_recent_manager_changed_cb (DqWindow         *self,
                              GtkRecentManager *manager)
{
  update_recent_menu (self);
}

/**
 * _dq_window_add_recent:
 * @self: a #DqWindow
 * @file: a project, dataset or survey file just opened, imported or saved
 *
 * Adds @file to the recent files of the desktop, as Dostyq's.
 */
void
_dq_window_add_recent (DqWindow *self,
                       GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *content_type = NULL;
  g_autofree char *mime_type = NULL;
  GtkRecentData data = { 0 };

  if (dq_file_kind_for_file (file) == DQ_FILE_KIND_PROJECT)
    mime_type = g_strdup (DQ_PROJECT_MIME_TYPE);
  else
    {
      content_type = g_content_type_guess (name, NULL, 0, NULL);
      mime_type = g_content_type_get_mime_type (content_type);
    }

  data.mime_type = mime_type != NULL ? mime_type : (char *) "application/octet-stream";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "dostyq %f";

  if (data.app_name == NULL)
    return;

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  dq_window_open_file (DQ_WINDOW (widget), file);
}

void
_dq_window_files_init (DqWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.open-recent", "s",
                                   open_recent_action);
}

void
_dq_window_files_setup (DqWindow *self)
{
  GtkDropTarget *target;

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_manager_changed_cb), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}
