/* dq-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-application-private.h"
#include "dq-cli.h"
#include "dq-window-private.h"
#include "dq-window.h"

G_DEFINE_FINAL_TYPE (DqApplication, dq_application, ADW_TYPE_APPLICATION)

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

static void
dq_application_activate (GApplication *application)
{
  DqApplication *self = DQ_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window == NULL)
    {
      window = GTK_WINDOW (dq_window_new (self));
#if DQ_BENCHMARKS
      if (exits_after_first_frame ())
        g_signal_connect_object (window, "realize", G_CALLBACK (on_window_realize_cb), self, 0);
#endif

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

      /* Work from a session that ended without saving is offered back. */
      if (!exits_after_first_frame ())
        dq_window_offer_recovery (DQ_WINDOW (window));
    }

  gtk_window_present (window);
}

/* `dostyq --project FILE` or `--dataset FILE`, in this process or handed
 * over by a second one: the first window opens on the file; a window that
 * is up opens it as Open… does, asking first when its project has unsaved
 * changes. A file that cannot be opened is reported in the window. */
static int
dq_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  DqApplication *self = DQ_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  const char *dataset = NULL;
  const char *project = NULL;

  g_variant_dict_lookup (options, "dataset", "^&ay", &dataset);
  g_variant_dict_lookup (options, "project", "^&ay", &project);

  if (window == NULL)
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

      _dq_window_confirm_open (DQ_WINDOW (window), file, project != NULL);
    }

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
                                                     _("[COMMAND] [OPTION…]"));
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
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
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
