/* dq-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-application-private.h"
#include "dq-cli.h"
#include "dq-file-kind.h"
#include "dq-window-private.h"
#include "dq-window.h"

G_DEFINE_FINAL_TYPE (DqApplication, dq_application, ADW_TYPE_APPLICATION)

/* Whether dq_application_skip_unused_gl () told GDK not to prepare OpenGL. */
static gboolean gl_skipped;

static const GOptionEntry main_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "dataset", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this dataset file instead of the bundled one"), N_("FILE") },
  { "project", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this project (.dostyq) file"), N_("FILE") },
  { NULL }
};

static void
apply_color_scheme (DqApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme;

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;

    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;

    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static void
on_color_scheme_changed_cb (DqApplication *self,
                            const char    *key,
                            GSettings     *settings)
{
  apply_color_scheme (self);
}

static gint
dq_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  const char *dataset = NULL;
  const char *project = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "dostyq", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* The paths are made absolute in the process that was started with them:
   * its command line may be handled by the instance that is already
   * running, in another folder. */
  if (g_variant_dict_lookup (options, "dataset", "^&ay", &dataset))
    {
      g_autofree char *path = g_canonicalize_filename (dataset, NULL);

      g_variant_dict_insert (options, "dataset", "^ay", path);
    }

  if (g_variant_dict_lookup (options, "project", "^&ay", &project))
    {
      g_autofree char *path = g_canonicalize_filename (project, NULL);

      g_variant_dict_insert (options, "project", "^ay", path);
    }

  return G_APPLICATION_CLASS (dq_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static void
dq_application_startup (GApplication *application)
{
  DqApplication *self = DQ_APPLICATION (application);

  G_APPLICATION_CLASS (dq_application_parent_class)->startup (application);

  /* The display is open: programs started from the window, which may draw
   * with OpenGL, do not inherit the setting. */
  if (gl_skipped)
    {
      g_unsetenv ("GDK_DEBUG");
      gl_skipped = FALSE;
    }

  self->settings = g_settings_new (SCHEMA_ID);
  g_signal_connect_object (self->settings,
                           "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  _dq_application_actions_init (self);

  gtk_window_set_default_icon_name (APP_ID);
}

#if DQ_BENCHMARKS
/* DOSTYQ_EXIT_AFTER_FIRST_FRAME=1 makes the application print how long it
 * took from its creation in main () to the first frame painted, and quit:
 * bench/run times start-up this way under Xvfb. A benchmark hook, not a user
 * option: built only with -Dbenchmarks=true. */
static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               DqApplication *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_frame_clock_after_paint_cb, self);
  g_print ("first frame after %.1f ms\n", (g_get_monotonic_time () - self->start_time) / 1000.0);
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_realize_cb (GtkWidget     *window,
                      DqApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_frame_clock_after_paint_cb), self, 0);
}

static gboolean
exits_after_first_frame (void)
{
  return g_getenv ("DOSTYQ_EXIT_AFTER_FIRST_FRAME") != NULL;
}
#else
static gboolean
exits_after_first_frame (void)
{
  return FALSE;
}
#endif

/* A new window, offering back work from a session that ended without
 * saving. */
static DqWindow *
add_window (DqApplication *self)
{
  DqWindow *window = dq_window_new (self);

#if DQ_BENCHMARKS
  if (exits_after_first_frame ())
    g_signal_connect_object (window, "realize", G_CALLBACK (on_window_realize_cb), self, 0);
#endif

  if (!exits_after_first_frame ())
    dq_window_offer_recovery (window);

  return window;
}

static void
dq_application_activate (GApplication *application)
{
  DqApplication *self = DQ_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window == NULL)
    {
      window = GTK_WINDOW (add_window (self));

      if (self->project_path != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (self->project_path);

          dq_window_open_project (DQ_WINDOW (window), file);
        }
      else if (self->dataset_path != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (self->dataset_path);

          dq_window_open_dataset (DQ_WINDOW (window), file);
        }
    }

  gtk_window_present (window);
}

/* Files from `dostyq FILE…`, the file manager or a second instance. The
 * first project or dataset opens in the window that is up (asking first
 * when its project has unsaved changes, with the choice of a new window),
 * each further one in a window of its own; a survey file shows the import
 * dialog in the window of the project before it. A file of no kind that
 * Dostyq opens is said so in the window. */
static void
dq_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  DqApplication *self = DQ_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
  DqWindow *window = DQ_IS_WINDOW (active) ? DQ_WINDOW (active) : NULL;
  gboolean window_taken = FALSE;

  if (window == NULL)
    window = add_window (self);

  for (int i = 0; i < n_files; i++)
    {
      DqFileKind kind = dq_file_kind_for_file (files[i]);

      if (kind == DQ_FILE_KIND_PROJECT || kind == DQ_FILE_KIND_DATASET)
        {
          if (window_taken)
            {
              window = add_window (self);
              gtk_window_present (GTK_WINDOW (window));
            }
          window_taken = TRUE;
        }

      dq_window_open_file (window, files[i]);
    }

  gtk_window_present (GTK_WINDOW (window));
}

/* `dostyq FILE…`, `dostyq --project FILE` or `--dataset FILE`, in this
 * process or handed over by a second one: the first window opens on the
 * file; a window that is up opens it as Open… does, asking first when its
 * project has unsaved changes. A file that cannot be opened is reported in
 * the window. */
static int
dq_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  DqApplication *self = DQ_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) arguments = NULL;
  const char *dataset = NULL;
  const char *project = NULL;
  int n_arguments;

  g_variant_dict_lookup (options, "dataset", "^&ay", &dataset);
  g_variant_dict_lookup (options, "project", "^&ay", &project);

  /* Relative to the folder the second process was started in. */
  arguments = g_application_command_line_get_arguments (command_line, &n_arguments);
  for (int i = 1; i < n_arguments; i++)
    g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line,
                                                                            arguments[i]));

  if (window == NULL && files->len == 0)
    {
      g_free (self->dataset_path);
      self->dataset_path = g_strdup (dataset);
      g_free (self->project_path);
      self->project_path = g_strdup (project);
      g_application_activate (application);
      return EXIT_SUCCESS;
    }

  if (project != NULL || dataset != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (project != NULL ? project : dataset);

      if (window == NULL)
        g_ptr_array_insert (files, 0, g_steal_pointer (&file));
      else
        _dq_window_confirm_open (DQ_WINDOW (window), file, project != NULL);
    }

  if (files->len > 0)
    g_application_open (application, (GFile **) files->pdata, files->len, "");
  else
    gtk_window_present (window);

  return EXIT_SUCCESS;
}

static void
dq_application_dispose (GObject *object)
{
  DqApplication *self = DQ_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dq_application_parent_class)->dispose (object);
}

static void
dq_application_finalize (GObject *object)
{
  DqApplication *self = DQ_APPLICATION (object);

  g_clear_pointer (&self->dataset_path, g_free);
  g_clear_pointer (&self->project_path, g_free);

  G_OBJECT_CLASS (dq_application_parent_class)->finalize (object);
}

static void
dq_application_class_init (DqApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dq_application_dispose;
  object_class->finalize = dq_application_finalize;

  app_class->activate = dq_application_activate;
  app_class->command_line = dq_application_command_line;
  app_class->open = dq_application_open;
  app_class->handle_local_options = dq_application_handle_local_options;
  app_class->startup = dq_application_startup;
}

static void
dq_application_init (DqApplication *self)
{
  g_autofree char *description = dq_cli_describe_commands ();

  self->start_time = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[FILE…] or COMMAND [OPTION…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Dostyq shows diaspora and survey data from "
                                              "Kazakhstan and Uzbekistan, with the source of "
                                              "every figure."));
  g_application_set_option_context_description (G_APPLICATION (self), description);
}

/**
 * dq_application_new:
 *
 * Creates the application object.
 *
 * Returns: (transfer full): a new #DqApplication
 */
DqApplication *
dq_application_new (void)
{
  return g_object_new (DQ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * dq_application_skip_unused_gl:
 *
 * With the cairo renderer (`GSK_RENDERER=cairo`) nothing in Dostyq draws
 * with OpenGL, yet GDK prepares it when it opens the display, which on a
 * machine without a GPU costs about a fifth of the time to the first frame.
 * Told so before GTK starts (the process must have no other thread yet),
 * GDK does not; the application's startup takes the setting away again.
 * A user's own `GDK_DEBUG` is left as it is.
 */
void
dq_application_skip_unused_gl (void)
{
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0 || g_getenv ("GDK_DEBUG") != NULL)
    return;

  g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  gl_skipped = TRUE;
}

/**
 * dq_application_get_settings:
 * @self: a #DqApplication
 *
 * Returns: (transfer none): the application's settings; valid after startup
 */
GSettings *
dq_application_get_settings (DqApplication *self)
{
  g_return_val_if_fail (DQ_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * dq_application_get_dataset_path:
 * @self: a #DqApplication
 *
 * Returns: (nullable): the dataset file given with `--dataset`, or %NULL for
 *   the bundled dataset
 */
const char *
dq_application_get_dataset_path (DqApplication *self)
{
  g_return_val_if_fail (DQ_IS_APPLICATION (self), NULL);

  return self->dataset_path;
}
