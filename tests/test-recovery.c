/* test-recovery.c
 *
 * Autosave and recovery: a slot per window in a folder named by the
 * application id, written in a worker thread, atomically from the first
 * write on, a moment after a change; the slots of running windows never
 * offered, those of stopped ones offered once; slots removed when the work
 * is saved or thrown away. No display: nothing here draws.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "dq-recovery-private.h"
#include "dq-test-util.h"

/* A figure of the bundled dataset. */
#define FIGURE_ID "cab-2021-help-kz-russia"

static char *tmp_dir;

static GFile *
new_directory (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

static DqProject *
new_edited_project (double value)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  DqProject *project;

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  project = dq_project_new (dataset, NULL);
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, value, &error));
  g_assert_no_error (error);

  return project;
}

static guint
count_files (GFile *directory)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (directory), 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = dq_recovery_save_finish (DQ_RECOVERY (object), result, error);

  g_assert_true (ok == (*error == NULL));
  /* Marks the answer as given. */
  if (ok)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

/* Writes @project through the worker thread and waits; %NULL when it was
 * written, or the error. */
static GError *
save_and_wait (DqRecovery *recovery,
               DqProject  *project)
{
  GError *error = NULL;

  dq_recovery_save_async (recovery, project, NULL, on_saved_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);

  return error;
}

/* Drops a window's recovery, as a window that stops does, and waits until
 * it is gone: the worker thread of its last write may hold it a moment
 * longer. */
static void
stop_window (DqRecovery **recovery)
{
  GWeakRef ref;
  DqRecovery *alive;

  g_weak_ref_init (&ref, *recovery);
  g_clear_object (recovery);
  while ((alive = g_weak_ref_get (&ref)) != NULL)
    {
      g_object_unref (alive);
      g_usleep (1000);
    }
  g_weak_ref_clear (&ref);
}

static double
recovered_value (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqProject) project = dq_project_load_recovery (file, NULL, &error);
  DqFigure *figure;

  g_assert_no_error (error);
  g_assert_true (dq_project_get_modified (project));
  figure = dq_dataset_lookup_figure (dq_project_get_dataset (project), FIGURE_ID);

  return dq_figure_get_value (figure);
}

/* Each window its own slot, under a folder named by the application id. */
static void
test_slot_per_window (void)
{
  g_autoptr(GFile) default_directory = dq_recovery_dup_default_directory ();
  g_autoptr(GFile) directory = new_directory ("slots");
  g_autoptr(DqRecovery) first = dq_recovery_new (directory);
  g_autoptr(DqRecovery) second = dq_recovery_new (directory);
  g_autoptr(DqProject) one = new_edited_project (1);
  g_autoptr(DqProject) two = new_edited_project (2);
  g_autoptr(GFile) app_directory = g_file_get_parent (default_directory);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = g_file_get_basename (app_directory);
  GError *error;

  /* A development build has its own folder, and never offers the
   * installed build's work. */
  g_assert_cmpstr (name, ==, APP_ID);

  g_assert_false (g_file_equal (dq_recovery_get_file (first), dq_recovery_get_file (second)));
  parent = g_file_get_parent (dq_recovery_get_file (first));
  g_assert_true (g_file_equal (parent, directory));
  g_assert_false (g_file_query_exists (dq_recovery_get_file (first), NULL));

  error = save_and_wait (first, one);
  g_assert_no_error (error);
  error = save_and_wait (second, two);
  g_assert_no_error (error);

  g_assert_cmpfloat (recovered_value (dq_recovery_get_file (first)), ==, 1);
  g_assert_cmpfloat (recovered_value (dq_recovery_get_file (second)), ==, 2);

  dq_recovery_discard (first);
  dq_recovery_discard (second);
}

/* The write happens in a worker thread; a flush, for a window going away,
 * in the caller's. */
static void
test_off_main_thread (void)
{
  g_autoptr(GFile) directory = new_directory ("threads");
  g_autoptr(DqRecovery) recovery = dq_recovery_new (directory);
  g_autoptr(DqProject) project = new_edited_project (3);
  g_autoptr(GError) error = NULL;

  g_assert_null (_dq_recovery_get_writer_thread (recovery));
  error = save_and_wait (recovery, project);
  g_assert_no_error (error);
  g_assert_nonnull (_dq_recovery_get_writer_thread (recovery));
  g_assert_true (_dq_recovery_get_writer_thread (recovery) != g_thread_self ());
  g_assert_true (g_file_query_exists (dq_recovery_get_file (recovery), NULL));

  dq_recovery_schedule (recovery, project);
  g_assert_true (dq_recovery_flush (recovery, &error));
  g_assert_no_error (error);
  g_assert_true (_dq_recovery_get_writer_thread (recovery) == g_thread_self ());

  /* Nothing scheduled, nothing to flush. */
  dq_recovery_discard (recovery);
  g_assert_true (dq_recovery_flush (recovery, &error));
  g_assert_false (g_file_query_exists (dq_recovery_get_file (recovery), NULL));
}

/* A burst of changes is written once, two seconds after the first. */
static void
test_throttle (void)
{
  g_autoptr(GFile) directory = new_directory ("throttle");
  g_autoptr(DqRecovery) recovery = dq_recovery_new (directory);
  g_autoptr(DqProject) project = new_edited_project (4);
  g_autoptr(DqProject) later = new_edited_project (5);
  GFile *file = dq_recovery_get_file (recovery);
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  dq_recovery_schedule (recovery, project);
  dq_recovery_schedule (recovery, later);
  while (!g_file_query_exists (file, NULL))
    g_main_context_iteration (NULL, TRUE);
  elapsed = g_get_monotonic_time () - start;

  g_assert_cmpint (elapsed, >=, (DQ_RECOVERY_DELAY_SECONDS - 1) * G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, (DQ_RECOVERY_DELAY_SECONDS + 3) * G_USEC_PER_SEC);
  /* The latest state of the work. */
  g_assert_cmpfloat (recovered_value (file), ==, 5);

  /* A scheduled write that is cancelled never happens. */
  dq_recovery_discard (recovery);
  dq_recovery_schedule (recovery, project);
  dq_recovery_cancel (recovery);
  g_assert_true (dq_recovery_flush (recovery, NULL));
  g_assert_false (g_file_query_exists (file, NULL));
}

/* A write that fails, even the first, leaves no slot and no temporary
 * file: past a file-size limit write () fails with EFBIG. */
static void
test_atomic_first_write (void)
{
  g_autoptr(GFile) directory = new_directory ("atomic");
  g_autoptr(DqRecovery) recovery = dq_recovery_new (directory);
  g_autoptr(DqProject) project = new_edited_project (6);
  g_autoptr(GError) error = NULL;
  struct rlimit old_limit;
  struct rlimit limit;
  guint n_before = count_files (directory);

  /* The lock file. */
  g_assert_cmpuint (n_before, ==, 1);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 64;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  error = save_and_wait (recovery, project);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("%s", error->message);
  g_assert_false (g_file_query_exists (dq_recovery_get_file (recovery), NULL));
  g_assert_cmpuint (count_files (directory), ==, n_before);

  /* The next write succeeds. */
  g_clear_error (&error);
  error = save_and_wait (recovery, project);
  g_assert_no_error (error);
  g_assert_cmpfloat (recovered_value (dq_recovery_get_file (recovery)), ==, 6);
  g_assert_cmpuint (count_files (directory), ==, n_before + 1);
  dq_recovery_discard (recovery);
}

/* Only the work of stopped windows is offered, to one window only; it
 * becomes that window's once recovered. */
static void
test_orphans (void)
{
  g_autoptr(GFile) directory = new_directory ("orphans");
  g_autoptr(DqRecovery) stopped = dq_recovery_new (directory);
  g_autoptr(DqRecovery) running = dq_recovery_new (directory);
  g_autoptr(DqRecovery) starting = NULL;
  g_autoptr(DqRecovery) other = NULL;
  g_autoptr(DqProject) lost = new_edited_project (7);
  g_autoptr(DqProject) open = new_edited_project (8);
  g_autoptr(GFile) lost_file = g_object_ref (dq_recovery_get_file (stopped));
  g_autoptr(GFile) own_file = NULL;
  GFile *orphan;
  GError *error;

  error = save_and_wait (stopped, lost);
  g_assert_no_error (error);
  error = save_and_wait (running, open);
  g_assert_no_error (error);

  /* Both windows run: neither slot is offered. */
  starting = dq_recovery_new (directory);
  g_assert_null (dq_recovery_claim_orphan (starting));

  /* One stops without saving: its slot stays, unlocked. */
  stop_window (&stopped);
  g_assert_true (g_file_query_exists (lost_file, NULL));
  orphan = dq_recovery_claim_orphan (starting);
  g_assert_nonnull (orphan);
  g_assert_true (g_file_equal (orphan, lost_file));
  g_assert_cmpfloat (recovered_value (orphan), ==, 7);

  /* Claimed, it is offered to no other window. */
  other = dq_recovery_new (directory);
  g_assert_null (dq_recovery_claim_orphan (other));

  /* Recovered, the slot is the window's own; its first slot is gone. */
  own_file = g_object_ref (dq_recovery_get_file (starting));
  dq_recovery_adopt_orphan (starting);
  g_assert_true (g_file_equal (dq_recovery_get_file (starting), lost_file));
  g_assert_false (g_file_query_exists (own_file, NULL));
  g_assert_true (g_file_query_exists (lost_file, NULL));
  g_assert_null (dq_recovery_claim_orphan (other));

  /* Saved: nothing is left to recover. */
  dq_recovery_discard (starting);
  g_assert_false (g_file_query_exists (lost_file, NULL));
  stop_window (&starting);
  g_assert_null (dq_recovery_claim_orphan (other));

  dq_recovery_discard (running);
}

/* Work thrown away on purpose leaves nothing, even when its write was
 * under way. */
static void
test_discard (void)
{
  g_autoptr(GFile) directory = new_directory ("discard");
  g_autoptr(DqRecovery) stopped = dq_recovery_new (directory);
  g_autoptr(DqRecovery) starting = NULL;
  g_autoptr(DqRecovery) later = NULL;
  g_autoptr(DqProject) project = new_edited_project (9);
  GFile *file = dq_recovery_get_file (stopped);
  GError *error = NULL;

  dq_recovery_save_async (stopped, project, NULL, on_saved_cb, &error);
  dq_recovery_discard (stopped);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (file, NULL));

  /* The discard of an offered slot. */
  error = save_and_wait (stopped, project);
  g_assert_no_error (error);
  stop_window (&stopped);
  starting = dq_recovery_new (directory);
  file = dq_recovery_claim_orphan (starting);
  g_assert_nonnull (file);
  dq_recovery_discard_orphan (starting);
  stop_window (&starting);

  later = dq_recovery_new (directory);
  g_assert_null (dq_recovery_claim_orphan (later));
  stop_window (&later);

  /* No window left, no file left. */
  g_assert_cmpuint (count_files (directory), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Slots go to a directory of the test's own, never the user's. */
  tmp_dir = g_dir_make_tmp ("dostyq-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/App/Recovery/slot-per-window", test_slot_per_window);
  g_test_add_func ("/Dostyq/App/Recovery/off-main-thread", test_off_main_thread);
  g_test_add_func ("/Dostyq/App/Recovery/throttle", test_throttle);
  g_test_add_func ("/Dostyq/App/Recovery/atomic-first-write", test_atomic_first_write);
  g_test_add_func ("/Dostyq/App/Recovery/orphans", test_orphans);
  g_test_add_func ("/Dostyq/App/Recovery/discard", test_discard);

  status = g_test_run ();

  dq_test_remove_dir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
