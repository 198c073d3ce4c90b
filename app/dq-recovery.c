/* dq-recovery.c
 *
 * Each window has a slot: `SLOT.dostyq` in a folder named by the
 * application id, so that a development build never offers the work of the
 * installed one, beside `SLOT.lock`, which the window holds locked with
 * flock () while it runs. The work is written a moment after a change:
 * serialised on the main thread, written in a worker thread to a temporary
 * file that is then renamed over the slot, so that a slot is whole or
 * absent, the first write included. A window that starts offers the newest
 * slot whose lock it can take: one whose window has stopped. Two running
 * windows never offer each other's work, and two starting windows never
 * offer the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "dq-atomic-file.h"
#include "dq-recovery-private.h"

#define SLOT_SUFFIX ".dostyq"
#define LOCK_SUFFIX ".lock"

struct _DqRecovery
{
  GObject       parent_instance;

  /* Owned */
  GFile        *directory;
  GFile        *file;
  GFile        *orphan;
  /* The project to write when the timeout fires. */
  DqProject    *project;

  int           lock_fd;
  int           orphan_lock_fd;
  guint         timeout_id;

  /* The writes, in order: one with an older generation than the last
   * written, or than the last discard, is dropped. The mutex guards these,
   * the slot's path, and the slot itself. */
  GMutex        mutex;
  char         *path;
  guint64       generation;
  guint64       written;
  guint64       discarded;
  GThread      *writer_thread;
};

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_FILE,
  N_PROPS
};

enum {
  SIGNAL_FAILED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqRecovery, dq_recovery, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Locks */

/* The lock file of a slot: "x.dostyq" → "x.lock". */
static char *
dup_lock_path (const char *slot_path)
{
  g_autofree char *stem = g_strndup (slot_path, strlen (slot_path) - strlen (SLOT_SUFFIX));

  return g_strconcat (stem, LOCK_SUFFIX, NULL);
}

/* Opens and locks the lock file of a slot; -1 when another process, or
 * another window of this one, holds it. */
static int
lock_slot (const char *slot_path)
{
  g_autofree char *lock_path = dup_lock_path (slot_path);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    return -1;

  /* flock () locks belong to the open file, so that two windows of one
   * process exclude each other as two processes do. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return -1;
    }

  return fd;
}

/* Releases a slot's lock; a slot with no work left goes with its lock file. */
static void
unlock_slot (const char *slot_path,
             int        *fd)
{
  if (*fd < 0)
    return;

  if (!g_file_test (slot_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *lock_path = dup_lock_path (slot_path);

      g_unlink (lock_path);
    }

  close (*fd);
  *fd = -1;
}

/* Writing */

/* Writes @text to a temporary file beside @path and renames it over @path:
 * a failure leaves @path as it was, or absent. A slot is for its owner's
 * eyes only. */
static gboolean
write_slot (const char  *path,
            const char  *text,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;

  if (!dq_atomic_file_replace_contents (file, text, strlen (text), DQ_ATOMIC_FILE_PRIVATE, NULL,
                                        &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot write the file: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Writes the text of @generation unless newer work, or a discard, came
 * first. Runs in any thread. */
static gboolean
write_generation (DqRecovery  *self,
                  const char  *text,
                  guint64      generation,
                  GError     **error)
{
  gboolean ok = TRUE;

  g_mutex_lock (&self->mutex);
  self->writer_thread = g_thread_self ();
  if (generation > self->written && generation > self->discarded)
    {
      ok = write_slot (self->path, text, error);
      if (ok)
        self->written = generation;
    }
  g_mutex_unlock (&self->mutex);

  return ok;
}

typedef struct
{
  char    *text;
  guint64  generation;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_free (save->text);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(GError) error = NULL;

  if (write_generation (source_object, save->text, save->generation, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  DqRecovery *self = DQ_RECOVERY (object);
  g_autoptr(GError) error = NULL;

  if (!dq_recovery_save_finish (self, result, &error))
    g_signal_emit (self, signals[SIGNAL_FAILED], 0, error);
}

static gboolean
autosave_cb (gpointer user_data)
{
  DqRecovery *self = user_data;
  g_autoptr(DqProject) project = g_steal_pointer (&self->project);

  self->timeout_id = 0;
  if (project != NULL)
    dq_recovery_save_async (self, project, NULL, on_saved_cb, NULL);

  return G_SOURCE_REMOVE;
}

/* GObject */

static void
dq_recovery_constructed (GObject *object)
{
  DqRecovery *self = DQ_RECOVERY (object);
  g_autofree char *directory = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (uuid, SLOT_SUFFIX, NULL);

  G_OBJECT_CLASS (dq_recovery_parent_class)->constructed (object);

  if (self->directory == NULL)
    self->directory = dq_recovery_dup_default_directory ();
  self->file = g_file_get_child (self->directory, name);
  self->path = g_file_get_path (self->file);

  /* A folder that cannot be made is reported when the work is written. */
  directory = g_file_get_path (self->directory);
  if (g_mkdir_with_parents (directory, 0700) == 0)
    self->lock_fd = lock_slot (self->path);
}

static void
dq_recovery_dispose (GObject *object)
{
  DqRecovery *self = DQ_RECOVERY (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (dq_recovery_parent_class)->dispose (object);
}

static void
dq_recovery_finalize (GObject *object)
{
  DqRecovery *self = DQ_RECOVERY (object);

  /* The slot stays for the next start to offer, unless it was discarded. */
  unlock_slot (self->path, &self->lock_fd);
  if (self->orphan != NULL)
    {
      g_autofree char *orphan_path = g_file_get_path (self->orphan);

      unlock_slot (orphan_path, &self->orphan_lock_fd);
    }

  g_clear_object (&self->directory);
  g_clear_object (&self->file);
  g_clear_object (&self->orphan);
  g_clear_pointer (&self->path, g_free);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (dq_recovery_parent_class)->finalize (object);
}

static void
dq_recovery_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqRecovery *self = DQ_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_recovery_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DqRecovery *self = DQ_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_recovery_class_init (DqRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dq_recovery_constructed;
  object_class->dispose = dq_recovery_dispose;
  object_class->finalize = dq_recovery_finalize;
  object_class->get_property = dq_recovery_get_property;
  object_class->set_property = dq_recovery_set_property;

  /**
   * DqRecovery:directory:
   *
   * The folder of the slots; %NULL at construction is the default one.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * DqRecovery:file:
   *
   * The slot the work is written to. It changes when recovered work is
   * adopted.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqRecovery::failed:
   * @self: a #DqRecovery
   * @error: what went wrong
   *
   * Emitted when work scheduled with dq_recovery_schedule() could not be
   * written.
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
dq_recovery_init (DqRecovery *self)
{
  self->lock_fd = -1;
  self->orphan_lock_fd = -1;
  g_mutex_init (&self->mutex);
}

/* Public API */

/**
 * dq_recovery_dup_default_directory:
 *
 * Returns: (transfer full): the folder of the slots,
 *   `$XDG_DATA_HOME/APP_ID/recovery`
 */
GFile *
dq_recovery_dup_default_directory (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), APP_ID, "recovery", NULL);

  return g_file_new_for_path (path);
}

/**
 * dq_recovery_new:
 * @directory: (nullable): the folder of the slots, or %NULL for the
 *   default one
 *
 * Creates a slot in @directory and locks it for as long as the object
 * lives.
 *
 * Returns: (transfer full): the recovery of one window
 */
DqRecovery *
dq_recovery_new (GFile *directory)
{
  g_return_val_if_fail (directory == NULL || G_IS_FILE (directory), NULL);

  return g_object_new (DQ_TYPE_RECOVERY, "directory", directory, NULL);
}

/**
 * dq_recovery_get_directory:
 * @self: a #DqRecovery
 *
 * Returns: (transfer none): the folder of the slots
 */
GFile *
dq_recovery_get_directory (DqRecovery *self)
{
  g_return_val_if_fail (DQ_IS_RECOVERY (self), NULL);

  return self->directory;
}

/**
 * dq_recovery_get_file:
 * @self: a #DqRecovery
 *
 * Returns: (transfer none): the slot the work is written to; it exists
 *   only while there is unsaved work in it
 */
GFile *
dq_recovery_get_file (DqRecovery *self)
{
  g_return_val_if_fail (DQ_IS_RECOVERY (self), NULL);

  return self->file;
}

/**
 * dq_recovery_schedule:
 * @self: a #DqRecovery
 * @project: the project that changed
 *
 * Writes @project a few seconds after a change: a burst of changes is
 * written once, and never later than the first change plus
 * %DQ_RECOVERY_DELAY_SECONDS. Failures are reported by #DqRecovery::failed.
 */
void
dq_recovery_schedule (DqRecovery *self,
                      DqProject  *project)
{
  g_return_if_fail (DQ_IS_RECOVERY (self));
  g_return_if_fail (DQ_IS_PROJECT (project));

  g_set_object (&self->project, project);
  if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add_seconds (DQ_RECOVERY_DELAY_SECONDS, autosave_cb, self);
}

/**
 * dq_recovery_cancel:
 * @self: a #DqRecovery
 *
 * Forgets a write that dq_recovery_schedule() asked for and that has not
 * started yet.
 */
void
dq_recovery_cancel (DqRecovery *self)
{
  g_return_if_fail (DQ_IS_RECOVERY (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->project);
}

/**
 * dq_recovery_save_async:
 * @self: a #DqRecovery
 * @project: the project to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the slot is written
 * @user_data: data for @callback
 *
 * Writes @project to the slot: its text is made now, and written in a
 * worker thread, atomically.
 */
void
dq_recovery_save_async (DqRecovery          *self,
                        DqProject           *project,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (DQ_IS_RECOVERY (self));
  g_return_if_fail (DQ_IS_PROJECT (project));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  save = g_new0 (SaveData, 1);
  save->text = dq_project_to_recovery_json (project);
  save->generation = ++self->generation;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dq_recovery_save_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * dq_recovery_save_finish:
 * @self: a #DqRecovery
 * @result: the result given to the callback
 * @error: the place for an error
 *
 * Returns: whether the slot was written, or needed no writing because newer
 *   work or a discard came first
 */
gboolean
dq_recovery_save_finish (DqRecovery    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (DQ_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dq_recovery_flush:
 * @self: a #DqRecovery
 * @error: the place for an error
 *
 * Writes now, in this thread, work whose scheduled write has not started:
 * for a window that goes away before the delay is over.
 *
 * Returns: whether there was nothing to write or it was written
 */
gboolean
dq_recovery_flush (DqRecovery  *self,
                   GError     **error)
{
  g_autoptr(DqProject) project = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DQ_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  project = g_steal_pointer (&self->project);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (project == NULL)
    return TRUE;

  text = dq_project_to_recovery_json (project);

  return write_generation (self, text, ++self->generation, error);
}

/**
 * dq_recovery_discard:
 * @self: a #DqRecovery
 *
 * Removes the slot, for work that was saved or thrown away on purpose; a
 * write under way or scheduled is dropped.
 */
void
dq_recovery_discard (DqRecovery *self)
{
  g_return_if_fail (DQ_IS_RECOVERY (self));

  dq_recovery_cancel (self);

  g_mutex_lock (&self->mutex);
  self->discarded = self->generation;
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    g_warning ("Cannot delete the autosave file %s: %s", self->path, g_strerror (errno));
  g_mutex_unlock (&self->mutex);
}

/* Work autosaved by versions that had one slot for every window becomes a
 * slot like the others. */
static void
adopt_legacy_slot (DqRecovery *self)
{
  g_autofree char *legacy = g_build_filename (g_get_user_data_dir (), "dostyq",
                                              "autosave.dostyq", NULL);
  g_autoptr(GFile) default_directory = dq_recovery_dup_default_directory ();
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (!g_file_equal (self->directory, default_directory) ||
      !g_file_test (legacy, G_FILE_TEST_IS_REGULAR))
    return;

  uuid = g_uuid_string_random ();
  name = g_strconcat (uuid, SLOT_SUFFIX, NULL);
  path = g_build_filename (g_file_peek_path (self->directory), name, NULL);
  if (g_rename (legacy, path) != 0)
    g_debug ("Cannot move %s to %s: %s", legacy, path, g_strerror (errno));
}

/* The newest slot whose lock can be taken, with its lock in @fd. */
static char *
find_orphan (DqRecovery *self,
             int        *fd)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (self->directory), 0, NULL);
  g_autofree char *found = NULL;
  gint64 found_time = G_MININT64;
  const char *name;

  *fd = -1;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf info;
      int lock_fd;

      /* Temporary files of a write under way start with a dot. */
      if (name[0] == '.' || !g_str_has_suffix (name, SLOT_SUFFIX))
        continue;

      path = g_build_filename (g_file_peek_path (self->directory), name, NULL);
      if (g_str_equal (path, self->path) || (lock_fd = lock_slot (path)) < 0)
        continue;

      /* Its window may have removed it just before its lock was taken. */
      if (g_stat (path, &info) != 0 || (found != NULL && info.st_mtime <= found_time))
        {
          unlock_slot (path, &lock_fd);
          continue;
        }

      if (found != NULL)
        unlock_slot (found, fd);
      g_free (found);
      found = g_steal_pointer (&path);
      found_time = info.st_mtime;
      *fd = lock_fd;
    }

  return g_steal_pointer (&found);
}

/**
 * dq_recovery_claim_orphan:
 * @self: a #DqRecovery
 *
 * Looks for the work of a window that stopped without saving it: the
 * newest slot that no running window holds. The slot is held from then
 * on, so that no other window offers it too.
 *
 * Returns: (transfer none) (nullable): the slot, or %NULL when there is no
 *   work to recover
 */
GFile *
dq_recovery_claim_orphan (DqRecovery *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (DQ_IS_RECOVERY (self), NULL);

  if (self->orphan != NULL)
    return self->orphan;

  adopt_legacy_slot (self);
  path = find_orphan (self, &self->orphan_lock_fd);
  if (path != NULL)
    self->orphan = g_file_new_for_path (path);

  return self->orphan;
}

/**
 * dq_recovery_adopt_orphan:
 * @self: a #DqRecovery
 *
 * Once the claimed work is recovered, its slot becomes this window's: the
 * work stays safe until it is saved, even before it changes again.
 */
void
dq_recovery_adopt_orphan (DqRecovery *self)
{
  g_autofree char *old_path = NULL;

  g_return_if_fail (DQ_IS_RECOVERY (self));
  g_return_if_fail (self->orphan != NULL);

  g_mutex_lock (&self->mutex);
  old_path = g_steal_pointer (&self->path);
  if (g_unlink (old_path) != 0 && errno != ENOENT)
    g_warning ("Cannot delete the autosave file %s: %s", old_path, g_strerror (errno));
  unlock_slot (old_path, &self->lock_fd);

  g_set_object (&self->file, self->orphan);
  g_clear_object (&self->orphan);
  self->path = g_file_get_path (self->file);
  self->lock_fd = self->orphan_lock_fd;
  self->orphan_lock_fd = -1;
  /* The slot holds the recovered work: nothing older may replace it. */
  self->written = self->generation;
  g_mutex_unlock (&self->mutex);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * dq_recovery_discard_orphan:
 * @self: a #DqRecovery
 *
 * Removes the claimed work, which the user chose not to recover.
 */
void
dq_recovery_discard_orphan (DqRecovery *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (DQ_IS_RECOVERY (self));
  g_return_if_fail (self->orphan != NULL);

  path = g_file_get_path (self->orphan);
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Cannot delete the autosave file %s: %s", path, g_strerror (errno));
  unlock_slot (path, &self->orphan_lock_fd);
  g_clear_object (&self->orphan);
}

/**
 * _dq_recovery_get_writer_thread:
 * @self: a #DqRecovery
 *
 * Returns: (nullable): the thread of the last write, for the tests
 */
GThread *
_dq_recovery_get_writer_thread (DqRecovery *self)
{
  GThread *thread;

  g_return_val_if_fail (DQ_IS_RECOVERY (self), NULL);

  g_mutex_lock (&self->mutex);
  thread = self->writer_thread;
  g_mutex_unlock (&self->mutex);

  return thread;
}
