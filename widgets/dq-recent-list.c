/* dq-recent-list.c
 *
 * The projects and files Dostyq opened, imported or saved, as the desktop
 * keeps them (GtkRecentManager): a list of rows that open them again
 * through the window's "win.open-recent" action, for an empty page to
 * start from. Hidden while there are none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-recent-list.h"

/* How many files an empty page offers. */
#define N_SHOWN 5

struct _DqRecentList
{
  GtkWidget   parent_instance;

  /* Owned */
  GtkListBox *list_box;
  guint       n_files;
};

G_DEFINE_FINAL_TYPE (DqRecentList, dq_recent_list, GTK_TYPE_WIDGET)

static gboolean
is_ours (GtkRecentInfo *info)
{
  const char *name = g_get_application_name ();

  return name != NULL && gtk_recent_info_has_application (info, name) &&
         gtk_recent_info_is_local (info) && gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* The most recent first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/**
 * dq_recent_files_dup:
 * @max_files: how many at most
 *
 * Returns: (transfer full) (element-type GtkRecentInfo): the projects and
 *   files Dostyq opened, imported or saved that are still there, the most
 *   recent first
 */
GPtrArray *
dq_recent_files_dup (guint max_files)
{
  GPtrArray *recent = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_ours (l->data))
        g_ptr_array_add (recent, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (recent, compare_recent);
  if (recent->len > max_files)
    g_ptr_array_set_size (recent, max_files);

  return recent;
}

static GtkWidget *
create_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *title = g_markup_escape_text (gtk_recent_info_get_display_name (info), -1);
  g_autofree char *subtitle = folder != NULL ? g_markup_escape_text (folder, -1) : NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));

  return row;
}

static void
update (DqRecentList *self)
{
  g_autoptr(GPtrArray) recent = dq_recent_files_dup (N_SHOWN);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < recent->len; i++)
    gtk_list_box_append (self->list_box, create_row (g_ptr_array_index (recent, i)));

  self->n_files = recent->len;
  gtk_widget_set_visible (GTK_WIDGET (self), recent->len > 0);
}

static void
on_recent_manager_changed_cb (DqRecentList     *self,
                              GtkRecentManager *manager)
{
  update (self);
}

static void
dq_recent_list_dispose (GObject *object)
{
  DqRecentList *self = DQ_RECENT_LIST (object);

  g_clear_pointer ((GtkWidget **) &self->list_box, gtk_widget_unparent);

  G_OBJECT_CLASS (dq_recent_list_parent_class)->dispose (object);
}

static void
dq_recent_list_class_init (DqRecentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_recent_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recentlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_recent_list_init (DqRecentList *self)
{
  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recent Files"),
                                  -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list_box), GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_manager_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * dq_recent_list_new:
 *
 * Returns: (transfer full): a new list of recent files
 */
GtkWidget *
dq_recent_list_new (void)
{
  return g_object_new (DQ_TYPE_RECENT_LIST, NULL);
}

/**
 * dq_recent_list_get_n_files:
 * @self: a #DqRecentList
 *
 * Returns: how many files the list shows
 */
guint
dq_recent_list_get_n_files (DqRecentList *self)
{
  g_return_val_if_fail (DQ_IS_RECENT_LIST (self), 0);

  return self->n_files;
}
