/* test-recent-list.c
 *
 * The recent files an empty page offers: Dostyq's own that are still
 * there, the most recent first, each row opening its file through
 * "win.open-recent"; hidden while there are none. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dq-recent-list.h"
#include "dq-test-util.h"

static void
add_recent (const char *uri,
            const char *app_name)
{
  GtkRecentData data = { 0 };

  data.mime_type = (char *) "application/x-dostyq";
  data.app_name = (char *) app_name;
  data.app_exec = (char *) "dostyq %f";
  g_assert_true (gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data));
}

static void
wait_for_files (DqRecentList *list,
                guint         n_files)
{
  for (guint i = 0; i < 500 && dq_recent_list_get_n_files (list) < n_files; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
}

static GtkWidget *
first_row (DqRecentList *list)
{
  GtkWidget *list_box = gtk_widget_get_first_child (GTK_WIDGET (list));

  g_assert_true (GTK_IS_LIST_BOX (list_box));

  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
}

static void
test_recent_list_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-recent-XXXXXX", &error);
  g_autofree char *older = g_build_filename (dir, "older.dostyq", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.dostyq", NULL);
  g_autofree char *gone = g_build_filename (dir, "gone.dostyq", NULL);
  g_autofree char *other = g_build_filename (dir, "other.dostyq", NULL);
  g_autofree char *older_uri = g_filename_to_uri (older, NULL, NULL);
  g_autofree char *newer_uri = g_filename_to_uri (newer, NULL, NULL);
  g_autofree char *gone_uri = g_filename_to_uri (gone, NULL, NULL);
  g_autofree char *other_uri = g_filename_to_uri (other, NULL, NULL);
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GPtrArray) files = NULL;
  DqRecentList *list;
  guint before;

  g_assert_no_error (error);
  list = g_object_ref_sink (DQ_RECENT_LIST (dq_recent_list_new ()));
  before = dq_recent_list_get_n_files (list);
  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (list)), ==, before > 0);

  for (guint i = 0; i < 3; i++)
    {
      const char *path = i == 0 ? older : i == 1 ? newer : other;

      g_assert_true (g_file_set_contents (path, "{}", -1, &error));
      g_assert_no_error (error);
    }

  add_recent (older_uri, g_get_application_name ());
  g_usleep (G_USEC_PER_SEC * 11 / 10);
  add_recent (newer_uri, g_get_application_name ());
  /* Not there any more, and another program's: neither is offered. */
  add_recent (gone_uri, g_get_application_name ());
  add_recent (other_uri, "Another Program");

  wait_for_files (list, MIN (before + 2, 5));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));

  files = dq_recent_files_dup (G_MAXUINT);
  for (guint i = 0; i < files->len; i++)
    {
      const char *uri = gtk_recent_info_get_uri (g_ptr_array_index (files, i));

      g_assert_cmpstr (uri, !=, gone_uri);
      g_assert_cmpstr (uri, !=, other_uri);
    }
  g_assert_cmpuint (files->len, >=, 2);
  g_assert_cmpstr (gtk_recent_info_get_uri (g_ptr_array_index (files, 0)), ==, newer_uri);
  g_assert_cmpstr (gtk_recent_info_get_uri (g_ptr_array_index (files, 1)), ==, older_uri);

  /* The newest first, opening its file. */
  g_object_get (first_row (list), "action-name", &action, "action-target", &target, NULL);
  g_assert_cmpstr (action, ==, "win.open-recent");
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, newer_uri);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_row (list))), ==,
                   "newer.dostyq");

  g_assert_finalize_object (list);
  dq_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/RecentList/files", test_recent_list_files);

  return g_test_run ();
}
