/* fuzz-cli.c
 *
 * libFuzzer target: command lines through dq_cli_run (), in-process. The
 * input is one argument per line. Arguments that would make GOption print
 * the help and exit (), or reach outside the scratch directory the target
 * runs in, are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "dq-cli.h"

#define MAX_ARGS 12

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
discard_print (const char *string)
{
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("dostyq-fuzz-cli-XXXXXX", NULL);
  int null_fd = open ("/dev/null", O_WRONLY);

  /* Exports land in a scratch directory; output goes nowhere, but
   * libFuzzer's and the sanitizers' reports still reach stderr. */
  g_assert (dir != NULL && null_fd >= 0);
  g_assert (g_chdir (dir) == 0);
  dup2 (null_fd, STDOUT_FILENO);
  close (null_fd);
  g_set_print_handler (discard_print);
  g_set_printerr_handler (discard_print);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  return 0;
}

static gboolean
is_acceptable (const char *arg)
{
  /* A path could write or read anywhere. */
  if (strchr (arg, '/') != NULL || g_str_equal (arg, "..") || g_str_equal (arg, "."))
    return FALSE;

  /* GOption prints the help and calls exit () for these. */
  if (g_str_has_prefix (arg, "--help"))
    return FALSE;
  if (arg[0] == '-' && arg[1] != '-' && strpbrk (arg, "h?") != NULL)
    return FALSE;

  return TRUE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", MAX_ARGS + 1);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  guint n_lines = g_strv_length (lines);

  fuzz_init ();

  if (n_lines == 0 || n_lines > MAX_ARGS)
    return -1;

  g_ptr_array_add (args, (char *) "dostyq");
  for (guint i = 0; i < n_lines; i++)
    {
      if (!g_utf8_validate (lines[i], -1, NULL) || !is_acceptable (lines[i]))
        return -1;
      g_ptr_array_add (args, lines[i]);
    }
  g_ptr_array_add (args, NULL);

  /* GOption rearranges argv in place, so it gets a copy of the pointers. */
  dq_cli_run (args->len - 1, (char **) args->pdata);

  return 0;
}
