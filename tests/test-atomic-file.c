/* test-atomic-file.c
 *
 * A file is written whole or not at all: a failed write, a cancellation or
 * a writer killed half-way leave no file (when there was none) or the old
 * complete one, and the temporary files that killed writers leave are
 * removed at the next write into the folder, and nothing else is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <utime.h>
#include <unistd.h>

#include "dq-atomic-file.h"

#define OLD_CONTENTS "the previous contents\n"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dostyq-atomic-file-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (g_remove (path) != 0)
        g_rmdir (path);
    }
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);

  return mask;
}

static void
test_atomic_file_new (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "возраст.svg", NULL);
  g_autofree char *private_path = g_build_filename (dir, "autosave.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) private_file = g_file_new_for_path (private_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  struct stat st;

  g_assert_true (dq_atomic_file_replace_contents (file, "<svg/>", 6, DQ_ATOMIC_FILE_NONE,
                                                  NULL, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "<svg/>");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~current_umask ());

  /* A private file is for its owner only. */
  g_assert_true (dq_atomic_file_replace_contents (private_file, "{}", 2, DQ_ATOMIC_FILE_PRIVATE,
                                                  NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (private_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "autosave.dostyq возраст.svg");

  remove_dir (dir);
}

static void
test_atomic_file_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "project.dostyq", NULL);
  g_autofree char *link = g_build_filename (dir, "link.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  struct stat st;

  g_file_set_contents (path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (dq_atomic_file_replace_contents (file, "new", 3, DQ_ATOMIC_FILE_NONE,
                                                  NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "new");

  /* A replaced file keeps its permissions. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* Through a link, the file it points to is replaced; the link stays. */
  g_assert_cmpint (symlink ("project.dostyq", link), ==, 0);
  g_assert_true (dq_atomic_file_replace_contents (link_file, "newer", 5, DQ_ATOMIC_FILE_NONE,
                                                  NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "newer");
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "link.dostyq project.dostyq");

  remove_dir (dir);
}

/* A failed write, a cancelled one and a folder as the target: an error,
 * the old file (or none) and no temporary file. */
static void
test_atomic_file_errors (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_malloc0 (64 * 1024);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  struct rlimit old_limit;
  struct rlimit limit;
  gboolean ok;

  g_file_set_contents (path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = dq_atomic_file_replace_contents (new_file, big, 64 * 1024, DQ_ATOMIC_FILE_NONE,
                                        NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (dq_atomic_file_replace_contents (file, "new", 3, DQ_ATOMIC_FILE_NONE,
                                                   cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (dq_atomic_file_replace_contents (dir_file, "new", 3, DQ_ATOMIC_FILE_NONE,
                                                   NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "chart.png");

  remove_dir (dir);
}

/* A child opens @path, writes half of the new contents, says so on a pipe
 * and waits; it is killed there. */
static GPid
start_writer_and_kill_it (const char *path)
{
  int fds[2];
  char ready;
  int status;
  GPid pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      DqAtomicFile *atomic;

      close (fds[0]);
      atomic = dq_atomic_file_open (file, DQ_ATOMIC_FILE_NONE, NULL);
      if (atomic == NULL || !dq_atomic_file_write (atomic, "half of it", 10, NULL))
        _exit (1);
      if (write (fds[1], "w", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &ready, 1), ==, 1);
  close (fds[0]);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  return pid;
}

static void
test_atomic_file_killed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *new_path = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.dostyq", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.svg", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *temporaries = NULL;
  GPid writer;

  g_file_set_contents (old_path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);

  /* A new file: nothing under its name, and the writer's temporary file. */
  writer = start_writer_and_kill_it (new_path);
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  listing = list_dir (dir);
  g_test_message ("after the first kill: %s", listing);
  temporaries = g_strdup_printf (".new.pdf.dostyq-%d-", writer);
  g_assert_true (g_str_has_prefix (listing, temporaries));
  g_assert_true (g_str_has_suffix (listing, " old.dostyq"));

  /* An existing file: its old contents. The second writer removed the
   * first one's temporary file when it began: that writer is gone. */
  writer = start_writer_and_kill_it (old_path);
  g_file_get_contents (old_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_test_message ("after the second kill: %s", listing);
  g_clear_pointer (&temporaries, g_free);
  temporaries = g_strdup_printf (".old.dostyq.dostyq-%d-", writer);
  g_assert_true (g_str_has_prefix (listing, temporaries));
  g_assert_true (g_str_has_suffix (listing, " old.dostyq"));
  g_assert_null (strstr (listing, "new.pdf"));

  /* The next write into the folder removes it. */
  g_assert_true (dq_atomic_file_replace_contents (other, "<svg/>", 6, DQ_ATOMIC_FILE_NONE,
                                                  NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "old.dostyq other.svg");

  remove_dir (dir);
}

static GPid
dead_process (void)
{
  int status;
  GPid pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  return pid;
}

static void
make_file (const char *dir,
           const char *name,
           gboolean    old)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "x", -1, &error);
  g_assert_no_error (error);
  if (old)
    {
      struct utimbuf times = { .actime = time (NULL) - 3600, .modtime = time (NULL) - 3600 };

      g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
}

static void
test_atomic_file_stale (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *dead_young = NULL;
  g_autofree char *dead_link = NULL;
  g_autofree char *dead_dir = NULL;
  g_autofree char *alive_young = NULL;
  g_autofree char *alive_old = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *expected = NULL;
  GPid dead = dead_process ();
  GPid alive = getppid ();

  dead_young = g_strdup_printf (".a.png.dostyq-%d-Ab3dE9", dead);
  alive_young = g_strdup_printf (".b.png.dostyq-%d-Ab3dE9", alive);
  alive_old = g_strdup_printf (".c.png.dostyq-%d-Ab3dE9", alive);
  make_file (dir, dead_young, FALSE);
  make_file (dir, alive_young, FALSE);
  make_file (dir, alive_old, TRUE);

  /* Not of the pattern, or not a regular file: kept, however old. */
  make_file (dir, ".goutputstream-Ab3dE9", TRUE);
  make_file (dir, ".d.png.dostyq-Ab3dE9", TRUE);
  make_file (dir, "e.png.dostyq-123-Ab3dE9", TRUE);
  make_file (dir, ".f.png.dostyq-123-Ab3dE", TRUE);
  make_file (dir, ".g.png.dostyq-123-Ab3dE9.bak", TRUE);
  make_file (dir, "..dostyq-123-Ab3dE9", TRUE);
  make_file (dir, "h.png", TRUE);
  dead_link = g_strdup_printf ("%s/.i.png.dostyq-%d-Ab3dE9", dir, dead);
  g_assert_cmpint (symlink ("h.png", dead_link), ==, 0);
  dead_dir = g_strdup_printf ("%s/.j.png.dostyq-%d-Ab3dE9", dir, dead);
  g_assert_cmpint (g_mkdir (dead_dir, 0700), ==, 0);

  g_assert_cmpuint (dq_atomic_file_remove_stale (dir), ==, 2);

  listing = list_dir (dir);
  expected = g_strdup_printf ("..dostyq-123-Ab3dE9 .b.png.dostyq-%d-Ab3dE9 .d.png.dostyq-Ab3dE9 "
                              ".f.png.dostyq-123-Ab3dE .g.png.dostyq-123-Ab3dE9.bak "
                              ".goutputstream-Ab3dE9 .i.png.dostyq-%d-Ab3dE9 "
                              ".j.png.dostyq-%d-Ab3dE9 e.png.dostyq-123-Ab3dE9 h.png",
                              alive, dead, dead);
  g_assert_cmpstr (listing, ==, expected);

  remove_dir (dir);
}

static void
test_atomic_file_pattern (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *long_name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqAtomicFile) atomic = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  GPid writer = 0;

  g_assert_true (dq_atomic_file_is_temporary (".x.dostyq-42-abcDEF", &writer));
  g_assert_cmpint (writer, ==, 42);
  g_assert_false (dq_atomic_file_is_temporary (".x.dostyq-0-abcDEF", NULL));
  g_assert_false (dq_atomic_file_is_temporary (".x.dostyq-99999999999-abcDEF", NULL));
  g_assert_false (dq_atomic_file_is_temporary (".x.dostyq--abcDEF", NULL));
  g_assert_false (dq_atomic_file_is_temporary (".x.dostyq-42-abc.EF", NULL));
  g_assert_false (dq_atomic_file_is_temporary ("", NULL));

  /* A name of 127 two-byte letters: the temporary name is cut to fit in
   * 255 bytes, between letters, and is still of the pattern. */
  long_name = g_strnfill (0, 0);
  for (guint i = 0; i < 127; i++)
    {
      char *longer = g_strconcat (long_name, "ж", NULL);

      g_free (long_name);
      long_name = longer;
    }
  path = g_build_filename (dir, long_name, NULL);
  file = g_file_new_for_path (path);
  atomic = dq_atomic_file_open (file, DQ_ATOMIC_FILE_NONE, &error);
  g_assert_no_error (error);
  basename = g_path_get_basename (dq_atomic_file_get_temporary (atomic));
  g_assert_cmpuint (strlen (basename), <=, 255);
  g_assert_true (g_utf8_validate (basename, -1, NULL));
  g_assert_true (dq_atomic_file_is_temporary (basename, &writer));
  g_assert_cmpint (writer, ==, getpid ());
  g_assert_true (dq_atomic_file_commit (atomic, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/AtomicFile/new", test_atomic_file_new);
  g_test_add_func ("/Dostyq/Model/AtomicFile/replace", test_atomic_file_replace);
  g_test_add_func ("/Dostyq/Model/AtomicFile/errors", test_atomic_file_errors);
  g_test_add_func ("/Dostyq/Model/AtomicFile/killed", test_atomic_file_killed);
  g_test_add_func ("/Dostyq/Model/AtomicFile/stale", test_atomic_file_stale);
  g_test_add_func ("/Dostyq/Model/AtomicFile/pattern", test_atomic_file_pattern);

  return g_test_run ();
}
