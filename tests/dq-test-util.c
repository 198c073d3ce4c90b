/* dq-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <math.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "dq-test-util.h"

void
dq_test_run_clear (DqTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs a command with neither X11 nor Wayland display, as a script on a
 * server would, and collects its exit status and output. A program of the
 * source or build tree is named by a path relative to the build root.
 */
void
dq_test_spawn_v (DqTestRun   *run,
                 const char **argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);

  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  run->out = g_bytes_get_size (out) > 0 ? g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out)) : g_strdup ("");
  run->err = g_bytes_get_size (err) > 0 ? g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err)) : g_strdup ("");
}

void
dq_test_spawn (DqTestRun  *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (gpointer) first_arg);
  va_start (args, first_arg);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  dq_test_spawn_v (run, (const char **) argv->pdata);
}

/* The command line program under test, from the test's environment. */
const char *
dq_test_dostyq (void)
{
  const char *path = g_getenv ("DOSTYQ_BIN");

  g_assert_nonnull (path);

  return path;
}

/* The project's source root. */
const char *
dq_test_srcdir (void)
{
  const char *dir = g_getenv ("DOSTYQ_SRCDIR");

  g_assert_nonnull (dir);

  return dir;
}

/* The folder of the source documents, beside the project; NULL when this
 * clone has none.
 */
char *
dq_test_seeds_dir (void)
{
  g_autofree char *dir = g_build_filename (dq_test_srcdir (), "..", "shared", "seeds", NULL);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_steal_pointer (&dir);
}

/* The contents of a file the test needs; a file that cannot be read fails
 * the test. */
char *
dq_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Removes a folder a test wrote its files into, with the files and the
 * folders in it; a file given instead of a folder is removed too. */
void
dq_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  if (folder == NULL)
    {
      g_unlink (dir);
      return;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      dq_test_remove_dir (path);
    }
  g_rmdir (dir);
}

/* Writes a file of a test into @dir. */
GFile *
dq_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* What a loader must say of each file dq_test_make_special_files() makes. */
static const char * const special_file_errors[] = {
  "is a device",
  "is a FIFO",
  "is a directory",
  "is a loop of symbolic links",
};

/* Makes in @dir the files a loader must refuse without reading them, each
 * named with @suffix so that it reaches the loader for that kind of file: a
 * FIFO (which blocks a reader that waits for a writer), a directory and a
 * loop of symbolic links. The first path is /dev/zero, which never ends.
 * dq_test_special_file_error() says what the message for each must say.
 */
GStrv
dq_test_make_special_files (const char *dir,
                            const char *suffix)
{
  g_autofree char *fifo_name = g_strconcat ("fifo", suffix, NULL);
  g_autofree char *dir_name = g_strconcat ("x", suffix, NULL);
  g_autofree char *loop_name = g_strconcat ("loop", suffix, NULL);
  g_autofree char *fifo = g_build_filename (dir, fifo_name, NULL);
  g_autofree char *folder = g_build_filename (dir, dir_name, NULL);
  g_autofree char *loop = g_build_filename (dir, loop_name, NULL);
  g_autofree char *loop_back = g_build_filename (dir, "loop-back", NULL);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv paths;

  if (mkfifo (fifo, 0600) != 0)
    g_error ("cannot make the FIFO %s: %s", fifo, g_strerror (errno));
  g_assert_no_errno (g_mkdir (folder, 0700));
  g_assert_no_errno (symlink ("loop-back", loop));
  g_assert_no_errno (symlink (loop_name, loop_back));

  g_strv_builder_add_many (builder, "/dev/zero", fifo, folder, loop, NULL);
  paths = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return paths;
}

const char *
dq_test_special_file_error (guint index)
{
  g_assert_cmpuint (index, <, G_N_ELEMENTS (special_file_errors));

  return special_file_errors[index];
}

/* A file name with a byte that is not UTF-8, as a file copied from a
 * Windows-1251 system may have: “данные” in that code page. */
char *
dq_test_non_utf8_name (const char *suffix)
{
  return g_strconcat ("\xe4\xe0\xed\xed\xfb\xe5", suffix, NULL);
}

/* Reference numbers that tests/reference/make-fixtures.R computed: the
 * rows of tests/reference/@name, each a GStrv of its comma-separated
 * fields (the script writes none with a comma in it), the heading left
 * out.
 */
GPtrArray *
dq_test_read_fixtures (const char *name)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "reference", name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (rows, g_strsplit (lines[i], ",", -1));
    }
  g_assert_cmpuint (rows->len, >, 0);

  return rows;
}

/* The value (the last field) of the one row whose first @n_match fields
 * are @match and whose second-last field is @key. */
double
dq_test_fixture_number (GPtrArray          *rows,
                        const char * const *match,
                        guint               n_match,
                        const char         *key)
{
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      guint n = g_strv_length (row);
      gboolean same = n == n_match + 2 && g_str_equal (row[n - 2], key);

      for (guint k = 0; same && k < n_match; k++)
        same = g_str_equal (row[k], match[k]);
      if (same)
        return g_ascii_strtod (row[n - 1], NULL);
    }

  g_error ("no fixture %s for %s …", key, match[0]);

  return 0;
}

/* Fails unless @value is within @relative of @expected (exactly equal with
 * 0), naming @what and both numbers in full. */
void
dq_test_assert_close (double      value,
                      double      expected,
                      double      relative,
                      const char *what)
{
  if (!(fabs (value - expected) <= relative * fabs (expected)))
    g_error ("%s: %.17g, expected %.17g", what, value, expected);
}
