/* test-application.c
 *
 * The application shell: start, pages, actions and their accelerators,
 * preferences, window state; `dostyq` handing the window's options to the
 * window program, and a running instance opening the project that a second
 * `dostyq --project FILE` hands it. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "dq-application.h"
#include "dq-preferences-window.h"
#include "dq-window.h"

typedef void (*AppCheck) (DqApplication *app,
                          DqWindow      *window);

typedef struct
{
  AppCheck check;
  gboolean ran;
} RunData;

static gboolean
run_check_cb (gpointer user_data)
{
  DqApplication *app = g_object_get_data (user_data, "dq-test-app");
  RunData *data = g_object_get_data (user_data, "dq-test-data");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (DQ_IS_WINDOW (window));
  data->check (app, DQ_WINDOW (window));
  data->ran = TRUE;

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  g_idle_add (run_check_cb, app);
}

/* Runs the application as `dostyq` would, calls @check once its window is
 * up, then quits through the quit action. */
static void
run_app (AppCheck check)
{
  g_autoptr(DqApplication) app = dq_application_new ();
  char *argv[] = { (char *) "dostyq", NULL };
  RunData data = { check, FALSE };
  int status;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_object_set_data (G_OBJECT (app), "dq-test-app", app);
  g_object_set_data (G_OBJECT (app), "dq-test-data", &data);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (data.ran);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
check_nothing (DqApplication *app,
               DqWindow      *window)
{
}

static void
test_application_start_quit (void)
{
  run_app (check_nothing);
}

static void
check_pages (DqApplication *app,
             DqWindow      *window)
{
  static const char *expected[] = { "survey", "data", "diasporas", "map", "sources" };
  AdwViewStack *stack = dq_window_get_stack (window);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      const char *title = adw_view_stack_page_get_title (page);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i]);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }
}

static void
test_application_pages (void)
{
  run_app (check_pages);
}

static void
assert_accel (DqApplication *app,
              const char    *action,
              const char    *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
check_actions (DqApplication *app,
               DqWindow      *window)
{
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  assert_accel (app, "app.quit", "<Control>q");
  assert_accel (app, "app.preferences", "<Control>comma");
  assert_accel (app, "win.show-help-overlay", "<Control>question");

  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
}

static void
test_application_actions (void)
{
  run_app (check_actions);
}

static void
check_color_scheme (DqApplication *app,
                    DqWindow      *window)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GSettings *settings = dq_application_get_settings (app);
  DqPreferencesWindow *preferences;
  AdwComboRow *row;

  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* The preferences window writes the setting; the application applies it. */
  preferences = dq_preferences_window_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));

  row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                      DQ_TYPE_PREFERENCES_WINDOW,
                                                      "color_scheme_row"));
  adw_combo_row_set_selected (row, 2);
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), ==, 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);

  adw_combo_row_set_selected (row, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* And it follows a change made elsewhere, e.g. by gsettings. */
  g_settings_reset (settings, "color-scheme");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_application_color_scheme (void)
{
  run_app (check_color_scheme);
}

static void
check_language (DqApplication *app,
                DqWindow      *window)
{
  GSettings *settings = dq_application_get_settings (app);
  g_autoptr(DqPreferencesWindow) preferences = g_object_ref_sink (dq_preferences_window_new (settings));
  AdwComboRow *row;
  g_autofree char *language = NULL;

  row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                      DQ_TYPE_PREFERENCES_WINDOW,
                                                      "language_row"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 1);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "kk");

  g_settings_reset (settings, "language");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_application_language (void)
{
  run_app (check_language);
}

static void
check_save_state (DqApplication *app,
                  DqWindow      *window)
{
  GSettings *settings = dq_application_get_settings (app);
  g_autofree char *page = NULL;
  int width;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  adw_view_stack_set_visible_child_name (dq_window_get_stack (window), "map");
  gtk_window_close (GTK_WINDOW (window));

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (page, ==, "map");
}

static void
check_restore_state (DqApplication *app,
                     DqWindow      *window)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (dq_window_get_stack (window)), ==, "map");
}

static void
test_application_window_state (void)
{
  run_app (check_save_state);
  run_app (check_restore_state);
}

/* Waits, at most @seconds, for @process to be the window program: `dostyq`
 * execs it for anything that is not a command. */
static gboolean
wait_for_window_program (GSubprocess *process,
                         guint        seconds)
{
  g_autofree char *exe_link = g_strdup_printf ("/proc/%s/exe",
                                               g_subprocess_get_identifier (process));

  for (guint i = 0; i < seconds * 20; i++)
    {
      g_autofree char *exe = g_file_read_link (exe_link, NULL);

      if (exe != NULL && g_str_has_suffix (exe, "/dostyq-gui"))
        return TRUE;
      g_usleep (G_USEC_PER_SEC / 20);
    }

  return FALSE;
}

/* `dostyq` with the window's options becomes the window program, which
 * accepts them and runs until it is told to stop. */
static void
test_application_window_program (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *maps_path = NULL;
  g_autofree char *maps = NULL;
  const char *dostyq = g_getenv ("DOSTYQ_BIN");

  g_assert_nonnull (dostyq);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  /* Without a session bus, GApplication warns that it cannot register and
   * runs on; that warning is about this machine, not the program. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawn (launcher, &error, dostyq, "--dataset", dataset, NULL);
  g_assert_no_error (error);

  g_assert_true (wait_for_window_program (process, 10));

  /* The program is exec'd before the dynamic loader has mapped its
   * libraries: look again until GTK is there. */
  maps_path = g_strdup_printf ("/proc/%s/maps", g_subprocess_get_identifier (process));
  for (guint i = 0; i < 200; i++)
    {
      g_clear_pointer (&maps, g_free);
      g_file_get_contents (maps_path, &maps, NULL, &error);
      g_assert_no_error (error);
      if (strstr (maps, "libgtk-4") != NULL)
        break;
      g_usleep (G_USEC_PER_SEC / 20);
    }
  g_assert_nonnull (strstr (maps, "libgtk-4"));

  /* Still running a second later: the options were accepted, the display
   * opened and the window is up, not an error and an exit. */
  g_usleep (G_USEC_PER_SEC);
  g_assert_nonnull (g_subprocess_get_identifier (process));

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGTERM);
}

/* What a second `dostyq OPTION PATH` hands to the running instance: its
 * command line, as GApplication passes it to the primary instance. */
static int
send_command_line (DqApplication *app,
                   const char    *option,
                   const char    *path)
{
  const char * const arguments[] = { "dostyq", NULL };
  g_autoptr(GApplicationCommandLine) command_line = NULL;
  GVariantDict options;
  int status = -1;

  g_variant_dict_init (&options, NULL);
  g_variant_dict_insert (&options, option, "^ay", path);
  command_line = g_object_new (G_TYPE_APPLICATION_COMMAND_LINE,
                               "arguments", g_variant_new_bytestring_array (arguments, -1),
                               "options", g_variant_dict_end (&options),
                               NULL);
  g_signal_emit_by_name (app, "command-line", command_line, &status);

  return status;
}

static gboolean
project_is (DqWindow   *window,
            const char *path)
{
  DqProject *project = dq_window_get_project (window);
  GFile *file = project != NULL ? dq_project_get_file (project) : NULL;
  g_autofree char *project_path = file != NULL ? g_file_get_path (file) : NULL;

  return g_strcmp0 (project_path, path) == 0;
}

/* The message dialog over @window with @heading, once it is up. */
static AdwMessageDialog *
wait_for_dialog (DqWindow   *window,
                 const char *heading)
{
  for (guint i = 0; i < 1000; i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint t = 0; t < g_list_model_get_n_items (toplevels); t++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, t);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
              gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
              g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                         heading) == 0)
            return ADW_MESSAGE_DIALOG (toplevel);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }

  return NULL;
}

static void
wait_for_project (DqWindow   *window,
                  const char *path)
{
  for (guint i = 0; i < 1000 && !project_is (window, path); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  g_assert_true (project_is (window, path));
}

static void
check_command_line_project (DqApplication *app,
                            DqWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *first = g_build_filename (dir, "first.dostyq", NULL);
  g_autofree char *second = g_build_filename (dir, "second.dostyq", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such.dostyq", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  g_assert_true (dq_project_save (dq_window_get_project (window), first_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (dq_project_save (dq_window_get_project (window), second_file, NULL, &error));
  g_assert_no_error (error);

  /* A project handed over opens in the window that is up. */
  g_assert_cmpint (send_command_line (app, "project", first), ==, EXIT_SUCCESS);
  wait_for_project (window, first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* With unsaved changes, the window asks first, as Open… does. */
  dq_analysis_set_reverse (dq_project_get_analysis (dq_window_get_project (window)), TRUE);
  g_assert_true (dq_project_get_modified (dq_window_get_project (window)));
  g_assert_cmpint (send_command_line (app, "project", second), ==, EXIT_SUCCESS);
  dialog = wait_for_dialog (window, "Discard Unsaved Changes?");
  g_assert_nonnull (dialog);
  g_assert_true (project_is (window, first));
  adw_message_dialog_response (dialog, "discard");
  wait_for_project (window, second);

  /* A project that cannot be opened says so in the window. */
  g_test_expect_message ("dostyq", G_LOG_LEVEL_WARNING, "*no-such.dostyq*");
  g_assert_cmpint (send_command_line (app, "project", missing), ==, EXIT_SUCCESS);
  dialog = wait_for_dialog (window, "Could Not Open the Project");
  g_assert_nonnull (dialog);
  g_test_assert_expected_messages ();
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no-such.dostyq"));
  g_assert_true (project_is (window, second));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

static void
test_application_command_line_project (void)
{
  run_app (check_command_line_project);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/App/Application/start-quit", test_application_start_quit);
  g_test_add_func ("/Dostyq/App/Application/pages", test_application_pages);
  g_test_add_func ("/Dostyq/App/Application/actions", test_application_actions);
  g_test_add_func ("/Dostyq/App/Application/color-scheme", test_application_color_scheme);
  g_test_add_func ("/Dostyq/App/Application/language", test_application_language);
  g_test_add_func ("/Dostyq/App/Application/window-state", test_application_window_state);
  g_test_add_func ("/Dostyq/App/Application/window-program", test_application_window_program);
  g_test_add_func ("/Dostyq/App/Application/command-line-project",
                   test_application_command_line_project);

  return g_test_run ();
}
