/* fuzz-common.h
 *
 * What every fuzz target shares: a warning or critical is a finding, so it
 * aborts, which libFuzzer catches and saves the input for (GLib's own
 * fatal-criticals raises SIGTRAP, which libFuzzer does not catch).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

static void
fuzz_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      fprintf (stderr, "%s: %s\n", domain != NULL ? domain : "(none)", message);
      abort ();
    }
}

static inline void
fuzz_init (void)
{
  static gboolean done;

  if (!done)
    {
      g_log_set_default_handler (fuzz_log_handler, NULL);
      done = TRUE;
    }
}
