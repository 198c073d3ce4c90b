/* dq-locale.c
 *
 * The process locale and gettext, set up alike by the command line and the
 * window program: both are `dostyq` to the user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <locale.h>

#include "dq-locale.h"
#include "dq-text.h"

/**
 * dq_locale_setup:
 *
 * Sets the process locale from the environment, applies the interface
 * language chosen in Preferences and binds the translations.
 *
 * gettext ignores `LANGUAGE` while the messages locale is plain "C", which is
 * what a fresh system without a configured locale has; C.UTF-8 behaves like
 * "C" in every other respect but lets `LANGUAGE` choose the translation.
 */
void
dq_locale_setup (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source;
  const char *messages;

  setlocale (LC_ALL, "");

  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
      g_autofree char *language = g_settings_get_string (settings, "language");

      if (language[0] != '\0')
        g_setenv ("LANGUAGE", language, TRUE);
    }

  /* Data, unlike the interface, is not translated by gettext: it carries
   * its own three languages, and shows the one the interface uses. */
  dq_language_set_default (dq_language_from_environment ());

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
