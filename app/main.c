/* main.c
 *
 * `dostyq`: sets up gettext, then runs a command (`dostyq export`, `list`,
 * `facts`, `crosstab`) or hands over to the window program.
 *
 * This program links the model, the drawing core and the command line, not
 * GTK or libadwaita: a command pays neither their loading (with what they
 * bring, thirty shared libraries of seventy) nor their start-up. The window is a second program,
 * dostyq-gui, installed in libexecdir, which this one execs with the same
 * arguments. Exec rather than loading the window as a GModule keeps one plain
 * executable per door, with nothing to resolve at run time, and leaves
 * `--help`, `--version`, the window's options, their errors and exit codes
 * to GApplication exactly as before, under the same argv[0]. A command is
 * a first argument that names one; any other first argument that is not
 * an option is a file to open in the window (`dostyq study.dostyq`, as a
 * file manager runs it) when it names one that is there or one of the
 * kinds Dostyq opens, and otherwise a mistyped command, said as such.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dq-cli.h"
#include "dq-file-kind.h"
#include "dq-locale.h"

/* Where the window program is: next to this one in the build tree, so that
 * uninstalled runs and the tests use the program just built; else where it
 * lies in the prefix this program runs from, so that a package unpacked
 * into another folder runs its own; else where meson installs it. */
static char *
find_window_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *sibling = g_build_filename (dir, DQ_WINDOW_PROGRAM_NAME, NULL);
      g_autofree char *bindir = g_strconcat (G_DIR_SEPARATOR_S, DQ_BINDIR_IN_PREFIX, NULL);

      if (g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&sibling);

      if (!g_path_is_absolute (DQ_BINDIR_IN_PREFIX) && g_str_has_suffix (dir, bindir))
        {
          g_autofree char *prefix = g_strndup (dir, strlen (dir) - strlen (bindir));
          g_autofree char *program = g_build_filename (prefix, DQ_WINDOW_PROGRAM_IN_PREFIX, NULL);

          if (g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
            return g_steal_pointer (&program);
        }
    }

  return g_strdup (DQ_WINDOW_PROGRAM);
}

/* Whether the first argument, not an option, is a command for dq_cli_run (). */
static gboolean
is_command (const char *argument)
{
  if (argument[0] == '-')
    return FALSE;

  if (dq_cli_is_command (argument))
    return TRUE;

  return dq_file_kind_for_name (argument) == DQ_FILE_KIND_UNKNOWN &&
         !g_file_test (argument, G_FILE_TEST_EXISTS);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *window_program = NULL;
  int saved_errno;

  dq_locale_setup ();

  if (argc > 1 && is_command (argv[1]))
    return dq_cli_run (argc, argv);

  window_program = find_window_program ();
  execv (window_program, argv);
  saved_errno = errno;

  /* Said as a shell says it: the path and the system's own message. */
  g_printerr ("dostyq: %s: %s\n", window_program, g_strerror (saved_errno));

  return EXIT_FAILURE;
}
