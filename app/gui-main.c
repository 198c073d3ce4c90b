/* gui-main.c
 *
 * dostyq-gui, the window: sets up gettext and runs DqApplication. Users run
 * it as `dostyq`, which execs it for anything that is not a command (see
 * main.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-application.h"
#include "dq-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DqApplication) app = NULL;

  dq_locale_setup ();

  /* Untranslated, and the same whatever name the program was run by: the
   * recent files Dostyq lists are those registered under this name. */
  g_set_application_name ("Dostyq");

  /* Before GTK starts, while this is the only thread. */
  dq_application_skip_unused_gl ();

  app = dq_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
