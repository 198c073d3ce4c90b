/* test-application.c
 *
 * The application shell: start, pages, actions and their accelerators,
 * preferences, window state, pages built when first shown; `dostyq` handing the window's options to the
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
#include "dq-chart-page.h"
#include "dq-import-dialog.h"
#include "dq-lazy-page.h"
#include "dq-map-page.h"
#include "dq-preferences-window.h"
#include "dq-test-util.h"
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
  assert_accel (app, "app.help", "F1");
  assert_accel (app, "win.open", "<Control>o");
  assert_accel (app, "win.import-data", "<Control>i");
  assert_accel (app, "win.save", "<Control>s");
  assert_accel (app, "win.save-as", "<Shift><Control>s");
  assert_accel (app, "win.undo", "<Control>z");
  assert_accel (app, "win.redo", "<Shift><Control>z");
  assert_accel (app, "win.export", "<Control>e");
  assert_accel (app, "win.copy", "<Shift><Control>c");
  assert_accel (app, "win.find", "<Control>f");
  assert_accel (app, "win.close", "<Control>w");

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

static GtkWidget *
peek_page (DqWindow   *window,
           const char *name)
{
  GtkWidget *slot = adw_view_stack_get_child_by_name (dq_window_get_stack (window), name);

  g_assert_true (DQ_IS_LAZY_PAGE (slot));

  return dq_lazy_page_peek_page (DQ_LAZY_PAGE (slot));
}

/* The new window that @action opened, destroyed; fails if there is none. */
static void
assert_action_opens_window (DqWindow   *window,
                            const char *action)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_before = g_list_model_get_n_items (toplevels);
  GtkWindow *opened = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  for (guint i = 0; i < 100 && g_list_model_get_n_items (toplevels) == n_before; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        opened = toplevel;
    }
  g_assert_nonnull (opened);
  gtk_window_destroy (opened);
}

static void
check_pages_built_when_shown (DqApplication *app,
                              DqWindow      *window)
{
  static const char *names[] = { "survey", "data", "diasporas", "map", "sources" };
  AdwViewStack *stack = dq_window_get_stack (window);
  const char *shown = adw_view_stack_get_visible_child_name (stack);
  DqChartPage *diasporas;
  GtkWidget *focus;

  /* With the window, only the page shown is built. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (names[i], shown))
        g_assert_nonnull (peek_page (window, names[i]));
      else
        g_assert_null (peek_page (window, names[i]));
    }

  /* Another is built when it is shown, with the dataset, and the
   * window's actions act on it. */
  adw_view_stack_set_visible_child_name (stack, "map");
  g_assert_true (DQ_IS_MAP_PAGE (peek_page (window, "map")));
  g_assert_true (dq_map_page_get_dataset (DQ_MAP_PAGE (peek_page (window, "map"))) ==
                 dq_window_get_dataset (window));
  assert_action_opens_window (window, "win.export");

  adw_view_stack_set_visible_child_name (stack, "diasporas");
  g_assert_true (DQ_IS_CHART_PAGE (peek_page (window, "diasporas")));
  diasporas = DQ_CHART_PAGE (peek_page (window, "diasporas"));
  g_assert_cmpuint (g_list_model_get_n_items (dq_chart_page_get_charts (diasporas)), >, 0);
  assert_action_opens_window (window, "win.export");

  adw_view_stack_set_visible_child_name (stack, "sources");
  g_assert_nonnull (peek_page (window, "sources"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, peek_page (window, "sources")));

  /* A page asked for is built whether shown or not, once. */
  g_assert_true (dq_window_get_page (window, "data") == dq_window_get_page (window, "data"));
  g_assert_true (dq_window_get_page (window, "data") == peek_page (window, "data"));
}

static void
test_application_pages_built_when_shown (void)
{
  run_app (check_pages_built_when_shown);
}

/* A project's chart is selected in the Survey page even when that page is
 * built after the project was shown. */
static void
check_chart_of_hidden_survey (DqApplication *app,
                              DqWindow      *window)
{
  GSettings *settings = dq_application_get_settings (app);
  DqWindow *other;
  g_autoptr(DqChartPage) charts_page = NULL;
  g_autoptr(DqProject) project = NULL;
  g_autoptr(DqChart) chart = NULL;
  GListModel *charts;
  DqChartPage *survey;

  charts_page = g_object_ref_sink (DQ_CHART_PAGE (dq_chart_page_new ()));
  dq_chart_page_set_page (charts_page, "survey");
  dq_chart_page_set_dataset (charts_page, dq_window_get_dataset (window));
  charts = dq_chart_page_get_charts (charts_page);
  g_assert_cmpuint (g_list_model_get_n_items (charts), >, 1);
  chart = g_list_model_get_item (charts, g_list_model_get_n_items (charts) - 1);

  g_settings_set_string (settings, "last-page", "map");
  other = dq_window_new (app);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (dq_window_get_stack (other)), ==, "map");
  g_assert_null (peek_page (other, "survey"));

  project = dq_project_new (dq_window_get_dataset (other), NULL);
  dq_project_set_chart_id (project, dq_chart_get_id (chart));
  dq_window_set_project (other, project);
  g_assert_null (peek_page (other, "survey"));

  survey = DQ_CHART_PAGE (dq_window_get_page (other, "survey"));
  g_assert_nonnull (dq_chart_page_get_selected_chart (survey));
  g_assert_cmpstr (dq_chart_get_id (dq_chart_page_get_selected_chart (survey)), ==,
                   dq_chart_get_id (chart));

  g_settings_reset (settings, "last-page");
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
test_application_chart_of_hidden_survey (void)
{
  run_app (check_chart_of_hidden_survey);
}

/* With the cairo renderer GDK is told not to prepare OpenGL, which nothing
 * draws with; a user's own GDK_DEBUG and the other renderers are left
 * alone, and the setting is gone once the application has started. */
static void
test_application_skip_unused_gl (void)
{
  g_autofree char *renderer = g_strdup (g_getenv ("GSK_RENDERER"));

  g_unsetenv ("GDK_DEBUG");
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  dq_application_skip_unused_gl ();
  g_assert_null (g_getenv ("GDK_DEBUG"));

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GDK_DEBUG", "interactive", TRUE);
  dq_application_skip_unused_gl ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "interactive");
  run_app (check_nothing);
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "interactive");

  g_unsetenv ("GDK_DEBUG");
  dq_application_skip_unused_gl ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
  run_app (check_nothing);
  g_assert_null (g_getenv ("GDK_DEBUG"));

  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
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

/* The shortcuts window lists every action of the issue with its key, read
 * from the application's accelerators. */
static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;

      g_object_get (widget, "action-name", &action, NULL);
      if (action != NULL)
        g_hash_table_add (listed, g_steal_pointer (&action));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, listed);
}

static void
check_shortcuts_window (DqApplication *app,
                        DqWindow      *window)
{
  static const char *actions[] = {
    "win.open", "win.import-data", "win.save", "win.save-as", "win.undo", "win.redo",
    "win.export", "win.copy", "win.find", "win.close", "app.help",
  };
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_shortcuts (GTK_WIDGET (overlay), listed);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    actions[i]);

      g_test_message ("%s", actions[i]);
      g_assert_true (g_hash_table_contains (listed, actions[i]));
      g_assert_nonnull (accels);
      g_assert_nonnull (accels[0]);
    }

  /* And every action it lists has a key. */
  GHashTableIter iter;
  const char *action;

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &action, NULL))
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

      g_test_message ("listed: %s", action);
      g_assert_nonnull (accels[0]);
    }
}

static void
test_application_shortcuts_window (void)
{
  run_app (check_shortcuts_window);
}

/* Buttons that show only an icon are named for screen readers, and have a
 * tooltip for the eye. */
static void
check_icon_buttons (GtkWidget *widget,
                    guint     *n_checked)
{
  if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
      gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL)
    {
      const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                                                 : gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
      const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget))
                                                : gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));

      if (label == NULL && icon != NULL)
        {
          g_test_message ("%s", icon);
          g_assert_nonnull (gtk_widget_get_tooltip_text (widget));
          g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                           GTK_ACCESSIBLE_PROPERTY_LABEL));
          (*n_checked)++;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, n_checked);
}

static void
check_accessible_labels (DqApplication *app,
                         DqWindow      *window)
{
  GObject *undo = gtk_widget_get_template_child (GTK_WIDGET (window), DQ_TYPE_WINDOW,
                                                 "undo_button");
  GObject *redo = gtk_widget_get_template_child (GTK_WIDGET (window), DQ_TYPE_WINDOW,
                                                 "redo_button");
  guint n_checked = 0;

  gtk_test_accessible_assert_property (undo, GTK_ACCESSIBLE_PROPERTY_LABEL, "Undo");
  gtk_test_accessible_assert_property (redo, GTK_ACCESSIBLE_PROPERTY_LABEL, "Redo");

  check_icon_buttons (GTK_WIDGET (window), &n_checked);
  g_assert_cmpuint (n_checked, >=, 3);
}

static void
test_application_accessible_labels (void)
{
  run_app (check_accessible_labels);
}

/* The header's title: the project's name, with a dot while it has unsaved
 * changes, in a wide window and a narrow one. */
static void
check_title (DqApplication *app,
             DqWindow      *window)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                           DQ_TYPE_WINDOW,
                                                                           "window_title"));
  AdwWindowTitle *wide_title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                DQ_TYPE_WINDOW,
                                                                                "wide_window_title"));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "study.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DqProject *project = dq_window_get_project (window);

  g_assert_no_error (error);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Dostyq");

  dq_analysis_set_reverse (dq_project_get_analysis (project), TRUE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "• Unsaved Project");
  g_assert_cmpstr (adw_window_title_get_title (wide_title), ==, "• Unsaved Project");

  g_assert_true (dq_window_save_project (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "study.dostyq");
  g_assert_cmpstr (adw_window_title_get_title (wide_title), ==, "study.dostyq");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "study.dostyq — Dostyq");

  dq_analysis_set_reverse (dq_project_get_analysis (project), FALSE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "• study.dostyq");

  /* Saved, so that quitting does not ask. */
  g_assert_true (dq_window_save_project (window, file, &error));
  g_assert_no_error (error);
  dq_test_remove_dir (dir);
}

static void
test_application_title (void)
{
  run_app (check_title);
}

/* Shows a new project of the bundled dataset, so that waiting for a file's
 * project waits for it to be opened. */
static void
show_new_project (DqWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(DqProject) project = NULL;

  g_assert_no_error (error);
  project = dq_project_new (dataset, NULL);
  dq_window_set_project (window, project);
}

static DqWindow *
other_window (DqApplication *app,
              DqWindow      *window)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (l->data != window && DQ_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static GtkWindow *
wait_for_toplevel (GType      type,
                   GtkWindow *transient_for)
{
  for (guint i = 0; i < 1000; i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint t = 0; t < g_list_model_get_n_items (toplevels); t++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, t);

          if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
              gtk_window_get_transient_for (toplevel) == transient_for)
            return toplevel;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }

  return NULL;
}

/* What `dostyq FILE…` and the file manager do: g_application_open (). A
 * project opens in the window, a second one in a new window, a survey
 * file shows the import dialog, a file of another kind is said so. */
static void
check_open_files (DqApplication *app,
                  DqWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *first = g_build_filename (dir, "first.dostyq", NULL);
  g_autofree char *second = g_build_filename (dir, "second.dostyq", NULL);
  g_autofree char *picture = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *sav = g_test_build_filename (G_TEST_DIST, "data", "sample.sav", NULL);
  g_autofree char *first_uri = NULL;
  g_autofree char *heading = NULL;
  GFile *files[2];
  GtkWindow *dialog;
  DqWindow *second_window;

  g_assert_no_error (error);
  files[0] = g_file_new_for_path (first);
  files[1] = g_file_new_for_path (second);
  g_assert_true (dq_project_save (dq_window_get_project (window), files[0], NULL, &error));
  g_assert_true (dq_project_save (dq_window_get_project (window), files[1], NULL, &error));
  g_assert_no_error (error);
  show_new_project (window);

  g_application_open (G_APPLICATION (app), files, 2, "");
  wait_for_project (window, first);
  second_window = other_window (app, window);
  g_assert_nonnull (second_window);
  wait_for_project (second_window, second);
  gtk_window_destroy (GTK_WINDOW (second_window));
  g_object_unref (files[1]);

  /* It is now one of Dostyq's recent files. */
  first_uri = g_file_get_uri (files[0]);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), first_uri));

  gtk_window_present (GTK_WINDOW (window));
  g_object_unref (files[0]);
  files[0] = g_file_new_for_path (sav);
  g_application_open (G_APPLICATION (app), files, 1, "");
  dialog = wait_for_toplevel (DQ_TYPE_IMPORT_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_object_unref (files[0]);

  g_assert_true (g_file_set_contents (picture, "\x89PNG\r\n\x1a\n", 8, &error));
  files[0] = g_file_new_for_path (picture);
  g_application_open (G_APPLICATION (app), files, 1, "");
  heading = g_strdup_printf ("Could Not Open “%s”", picture);
  dialog = GTK_WINDOW (wait_for_dialog (window, heading));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_true (project_is (window, first));
  g_object_unref (files[0]);

  dq_test_remove_dir (dir);
}

static void
test_application_open_files (void)
{
  run_app (check_open_files);
}

/* A second `dostyq FILE` hands the file, as an argument, to the instance
 * that is running. */
static void
check_command_line_files (DqApplication *app,
                          DqWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "handed.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char * const arguments[] = { "dostyq", path, NULL };
  g_autoptr(GApplicationCommandLine) command_line = NULL;
  GVariantDict options;
  int status = -1;

  g_assert_no_error (error);
  g_assert_true (dq_project_save (dq_window_get_project (window), file, NULL, &error));
  g_assert_no_error (error);
  show_new_project (window);

  g_variant_dict_init (&options, NULL);
  command_line = g_object_new (G_TYPE_APPLICATION_COMMAND_LINE,
                               "arguments", g_variant_new_bytestring_array (arguments, -1),
                               "options", g_variant_dict_end (&options),
                               NULL);
  g_signal_emit_by_name (app, "command-line", command_line, &status);
  g_assert_cmpint (status, ==, EXIT_SUCCESS);
  wait_for_project (window, path);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  dq_test_remove_dir (dir);
}

static void
test_application_command_line_files (void)
{
  run_app (check_command_line_files);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static gboolean
drop_files (DqWindow    *window,
            const char  *first_path,
            ...)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  g_autoptr(GSList) list = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  va_list args;

  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target),
                                                    GDK_TYPE_FILE_LIST));

  va_start (args, first_path);
  for (const char *path = first_path; path != NULL; path = va_arg (args, const char *))
    list = g_slist_append (list, g_file_new_for_path (path));
  va_end (args);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free_full (g_steal_pointer (&list), g_object_unref);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);

  return accepted;
}

/* Drag and drop: a survey file dropped on the window shows the import
 * dialog; a project opens, asking first when there are unsaved changes;
 * a file of another kind is refused and said so. */
static void
check_drop (DqApplication *app,
            DqWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *project = g_build_filename (dir, "dropped.dostyq", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.odt", NULL);
  g_autofree char *sav = g_test_build_filename (G_TEST_DIST, "data", "sample.sav", NULL);
  g_autofree char *heading = NULL;
  g_autoptr(GFile) project_file = g_file_new_for_path (project);
  AdwMessageDialog *question;
  GtkWindow *dialog;

  g_assert_no_error (error);
  g_assert_true (dq_project_save (dq_window_get_project (window), project_file, NULL, &error));
  g_assert_no_error (error);
  show_new_project (window);

  g_assert_true (drop_files (window, sav, NULL));
  dialog = wait_for_toplevel (DQ_TYPE_IMPORT_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);

  dq_analysis_set_reverse (dq_project_get_analysis (dq_window_get_project (window)), TRUE);
  g_assert_true (drop_files (window, project, NULL));
  question = wait_for_dialog (window, "Discard Unsaved Changes?");
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  wait_for_project (window, project);

  g_assert_true (g_file_set_contents (notes, "PK", 2, &error));
  g_assert_false (drop_files (window, notes, NULL));
  heading = g_strdup_printf ("Could Not Open “%s”", notes);
  question = wait_for_dialog (window, heading);
  g_assert_nonnull (question);
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_true (project_is (window, project));

  dq_test_remove_dir (dir);
}

static void
test_application_drop (void)
{
  run_app (check_drop);
}

/* Open Recent lists what was opened or saved, the most recent first, and
 * opens it. */
static void
check_recent (DqApplication *app,
              DqWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-app-XXXXXX", &error);
  g_autofree char *older = g_build_filename (dir, "older.dostyq", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.dostyq", NULL);
  g_autoptr(GFile) older_file = g_file_new_for_path (older);
  g_autoptr(GFile) newer_file = g_file_new_for_path (newer);
  g_autofree char *older_uri = g_file_get_uri (older_file);
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                  DQ_TYPE_WINDOW, "recent_menu"));
  g_autofree char *target = NULL;
  g_autofree char *label = NULL;

  g_assert_no_error (error);
  g_assert_true (dq_window_save_project (window, older_file, &error));
  g_assert_no_error (error);
  g_usleep (G_USEC_PER_SEC * 11 / 10);
  g_assert_true (dq_window_save_project (window, newer_file, &error));
  g_assert_no_error (error);
  show_new_project (window);

  /* The recent files' store is written and read back in an idle. */
  for (guint i = 0; i < 500 && (g_menu_model_get_n_items (menu) < 2 ||
                                !g_menu_model_get_item_attribute (menu, 0, "label", "s", &label));
       i++)
    {
      g_clear_pointer (&label, g_free);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  g_clear_pointer (&label, g_free);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >=, 2);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, "label", "s", &label));
  g_assert_cmpstr (label, ==, "newer.dostyq");
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, "label", "s", &label));
  g_assert_cmpstr (label, ==, "older.dostyq");
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, "target", "s", &target));
  g_assert_cmpstr (target, ==, older_uri);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", target));
  wait_for_project (window, older);

  dq_test_remove_dir (dir);
}

static void
test_application_recent (void)
{
  run_app (check_recent);
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
  g_test_add_func ("/Dostyq/App/Application/pages-built-when-shown",
                   test_application_pages_built_when_shown);
  g_test_add_func ("/Dostyq/App/Application/chart-of-hidden-survey",
                   test_application_chart_of_hidden_survey);
  g_test_add_func ("/Dostyq/App/Application/skip-unused-gl", test_application_skip_unused_gl);
  g_test_add_func ("/Dostyq/App/Application/window-program", test_application_window_program);
  g_test_add_func ("/Dostyq/App/Application/command-line-project",
                   test_application_command_line_project);
  g_test_add_func ("/Dostyq/App/Application/shortcuts-window", test_application_shortcuts_window);
  g_test_add_func ("/Dostyq/App/Application/accessible-labels", test_application_accessible_labels);
  g_test_add_func ("/Dostyq/App/Application/title", test_application_title);
  g_test_add_func ("/Dostyq/App/Application/open-files", test_application_open_files);
  g_test_add_func ("/Dostyq/App/Application/command-line-files",
                   test_application_command_line_files);
  g_test_add_func ("/Dostyq/App/Application/drop", test_application_drop);
  g_test_add_func ("/Dostyq/App/Application/recent", test_application_recent);

  return g_test_run ();
}
