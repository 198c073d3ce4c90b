/* dq-application-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-application-private.h"
#include "dq-preferences-window.h"

/* The manual's name under share/help/LANG/: the stable application id,
 * also in development builds (resources/help/meson.build). */
#define HELP_ID "io.github.dostyq.Dostyq"

static void
dq_application_actions_quit (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  DqApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Each window is asked to close, so that it saves its state and asks
   * about unsaved changes; the application ends with the last one. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
dq_application_actions_preferences (GSimpleAction *action,
                                    GVariant      *param,
                                    gpointer       user_data)
{
  DqApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  DqPreferencesWindow *preferences;

  preferences = dq_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
dq_application_actions_about (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  DqApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Dostyq developers", NULL };
  static const char *data_sources[] = {
    "Natural Earth https://www.naturalearthdata.com/",
    "geokz (A. Rodionov, CC BY 4.0) https://github.com/arodionoff/geokz",
    "Central Asia Barometer",
    "Cambridge Journal of Eurasian Studies",
    "CABAR.asia",
    NULL
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Dostyq"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Dostyq developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Diasporas, ethno-cultural centres and public opinion in "
                                      "Kazakhstan and Uzbekistan, with the source of every "
                                      "figure."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Data sources"),
                                                data_sources);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Map data"),
                                      _("Made with Natural Earth. The boundaries of "
                                        "Uzbekistan and its neighbours, and of Kazakhstan’s "
                                        "regions before 2018, are Natural Earth data, in the "
                                        "public domain."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  /* CC BY 4.0 asks for this credit. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Regions of Kazakhstan"),
                                      _("The boundaries of Kazakhstan’s regions since 2022 are "
                                        "from geokz by A. Rodionov "
                                        "(https://github.com/arodionoff/geokz), after OCHA’s "
                                        "COD-AB Kazakhstan 2024, under the Creative Commons "
                                        "Attribution 4.0 licence (CC BY 4.0); simplified."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Source documents"),
                                      _("Figures are quoted from their source documents, "
                                        "each cited in the Sources page. T. Alexandrov, "
                                        "“Ethno-cultural associations in Kazakhstan”, "
                                        "Cambridge Journal of Eurasian Studies, 2018, is "
                                        "published under CC BY 4.0."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
on_show_uri_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (object);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (gtk_show_uri_full_finish (parent, result, &error))
    return;

  g_warning ("Could not show the manual: %s", error->message);
  dialog = adw_message_dialog_new (parent, _("Could Not Open the Manual"),
                                   _("No help viewer is installed. Install Yelp, GNOME's help "
                                     "viewer (the “yelp” package), to read the manual."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The manual, in the user's language where it is translated. */
static void
dq_application_actions_help (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  DqApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri_full (parent, "help:" HELP_ID, GDK_CURRENT_TIME, NULL, on_show_uri_cb, NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", dq_application_actions_quit },
  { "preferences", dq_application_actions_preferences },
  { "about", dq_application_actions_about },
  { "help", dq_application_actions_help },
};

/* Every action with a key, the window's too: as the application's
 * accelerators they work wherever the focus is, and the shortcuts window
 * shows them. */
static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q" } },
  { "app.preferences", { "<Control>comma" } },
  { "app.help", { "F1" } },
  { "win.open", { "<Control>o" } },
  { "win.import-data", { "<Control>i" } },
  { "win.save", { "<Control>s" } },
  { "win.save-as", { "<Control><Shift>s" } },
  { "win.undo", { "<Control>z" } },
  { "win.redo", { "<Control><Shift>z", "<Control>y" } },
  { "win.export", { "<Control>e" } },
  /* Not Ctrl+C, which copies the text selected in a field. */
  { "win.copy", { "<Control><Shift>c" } },
  { "win.find", { "<Control>f" } },
  { "win.close", { "<Control>w" } },
};

void
_dq_application_actions_init (DqApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}
