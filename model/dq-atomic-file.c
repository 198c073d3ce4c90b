/* dq-atomic-file.c
 *
 * Every file the application writes (exports, projects, autosaves) goes
 * through here, so that a full disk, a failed write or a process killed
 * half-way never leaves a partial file under the final name. The contents
 * go into a temporary file in the same folder, named
 * `.NAME.dostyq-PID-XXXXXX`, which is flushed to the disk and then renamed
 * over NAME; on any error the temporary file is removed and NAME is left as
 * it was. GLib's g_file_replace () does this only when NAME already exists:
 * a new file is written in place.
 *
 * A writer that is killed leaves its temporary file behind. The next write
 * into that folder removes such files, and only those: names of exactly this
 * pattern, regular files of this user, whose writer is gone or that are
 * older than DQ_ATOMIC_FILE_STALE_SECONDS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dq-atomic-file.h"

#define TEMPORARY_INFIX ".dostyq-"
#define RANDOM_LENGTH   6
#define MAX_PID_DIGITS  10
/* The longest file name most file systems take, in bytes. */
#define NAME_MAX_BYTES  255

struct _DqAtomicFile
{
  /* Owned */
  GFile         *file;
  char          *path;
  char          *temporary;
  int            fd;
  GFile         *temporary_file;
  GOutputStream *stream;
  gboolean       committed;
};

static const char random_chars[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static void
set_error_from_errno (GError **error,
                      int      errsv)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errsv), g_strerror (errsv));
}

/* ".NAME.dostyq-PID-XXXXXX", with NAME shortened, never inside a UTF-8
 * character, so that the whole stays a name the folder can hold. */
static char *
make_temporary_name (const char *basename)
{
  g_autofree char *suffix = g_strdup_printf (TEMPORARY_INFIX "%d-", (int) getpid ());
  GString *name = g_string_new (".");
  gsize room = NAME_MAX_BYTES - 1 - strlen (suffix) - RANDOM_LENGTH;
  gsize length = strlen (basename);

  if (length > room)
    {
      length = room;
      while (length > 0 && (basename[length] & 0xC0) == 0x80)
        length--;
    }

  g_string_append_len (name, basename, length);
  g_string_append (name, suffix);
  for (guint i = 0; i < RANDOM_LENGTH; i++)
    g_string_append_c (name, random_chars[g_random_int_range (0, sizeof random_chars - 1)]);

  return g_string_free (name, FALSE);
}

/**
 * dq_atomic_file_is_temporary:
 * @name: a file name, without its folder
 * @writer: (out) (optional): the process that wrote it
 *
 * Returns: whether @name is of the pattern of the application's temporary
 *   files, `.NAME.dostyq-PID-XXXXXX`
 */
gboolean
dq_atomic_file_is_temporary (const char *name,
                             GPid       *writer)
{
  gsize infix_length = strlen (TEMPORARY_INFIX);
  gsize length;
  const char *random_part;
  const char *digits;
  guint64 pid;

  g_return_val_if_fail (name != NULL, FALSE);

  length = strlen (name);
  if (name[0] != '.' || length < 2 + infix_length + 2 + RANDOM_LENGTH)
    return FALSE;

  random_part = name + length - RANDOM_LENGTH;
  for (guint i = 0; i < RANDOM_LENGTH; i++)
    if (!g_ascii_isalnum (random_part[i]))
      return FALSE;
  if (random_part[-1] != '-')
    return FALSE;

  digits = random_part - 1;
  while (digits > name && g_ascii_isdigit (digits[-1]))
    digits--;
  if (digits == random_part - 1 || random_part - 1 - digits > MAX_PID_DIGITS)
    return FALSE;

  /* At least one character of NAME between the dot and the infix. */
  if ((gsize) (digits - name) < 2 + infix_length ||
      strncmp (digits - infix_length, TEMPORARY_INFIX, infix_length) != 0)
    return FALSE;

  pid = g_ascii_strtoull (digits, NULL, 10);
  if (pid == 0 || pid > G_MAXINT)
    return FALSE;

  if (writer != NULL)
    *writer = (GPid) pid;

  return TRUE;
}

/**
 * dq_atomic_file_remove_stale:
 * @directory: a folder
 *
 * Removes the temporary files that writers killed half-way left in
 * @directory: only names of the application's own pattern (see
 * dq_atomic_file_is_temporary()), only regular files of this user, and only
 * those whose writer is gone or that are older than
 * %DQ_ATOMIC_FILE_STALE_SECONDS. Errors are ignored: this is tidying up.
 *
 * Returns: how many files were removed
 */
guint
dq_atomic_file_remove_stale (const char *directory)
{
  g_autoptr(GDir) dir = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint n_removed = 0;

  g_return_val_if_fail (directory != NULL, 0);

  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      gboolean writer_gone;
      gboolean old;
      GPid writer;

      if (!dq_atomic_file_is_temporary (name, &writer))
        continue;

      path = g_build_filename (directory, name, NULL);
      if (lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;

      writer_gone = writer != getpid () && kill (writer, 0) != 0 && errno == ESRCH;
      old = now - (gint64) st.st_mtime > DQ_ATOMIC_FILE_STALE_SECONDS;
      if ((writer_gone || old) && g_unlink (path) == 0)
        n_removed++;
    }

  return n_removed;
}

static gboolean
open_local (DqAtomicFile       *self,
            DqAtomicFileFlags   flags,
            GError            **error)
{
  g_autofree char *directory = NULL;
  g_autofree char *basename = NULL;
  struct stat st;
  gboolean exists;
  int errsv = 0;

  /* A link is followed: the file it points to is replaced, not the link. */
  if (lstat (self->path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      char *target = realpath (self->path, NULL);

      if (target != NULL)
        {
          g_free (self->path);
          self->path = g_strdup (target);
          free (target);
        }
    }

  exists = stat (self->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      set_error_from_errno (error, EISDIR);
      return FALSE;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is not a file"),
                   self->path);
      return FALSE;
    }

  directory = g_path_get_dirname (self->path);
  basename = g_path_get_basename (self->path);
  dq_atomic_file_remove_stale (directory);

  for (guint attempt = 0; attempt < 100 && self->fd < 0; attempt++)
    {
      g_autofree char *name = make_temporary_name (basename);

      g_free (self->temporary);
      self->temporary = g_build_filename (directory, name, NULL);
      /* 0666 less the umask, as a new file gets anywhere else. */
      self->fd = g_open (self->temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                         flags & DQ_ATOMIC_FILE_PRIVATE ? 0600 : 0666);
      errsv = errno;
      if (self->fd < 0 && errsv != EEXIST)
        break;
    }

  if (self->fd < 0)
    {
      g_clear_pointer (&self->temporary, g_free);
      set_error_from_errno (error, errsv);
      return FALSE;
    }

  /* A replaced file keeps its permissions. */
  if (exists && fchmod (self->fd, st.st_mode & 07777) != 0)
    g_debug ("Cannot keep the permissions of %s: %s", self->path, g_strerror (errno));

  return TRUE;
}

/* A file without a local path (a remote location that GVfs reaches) is
 * written through GIO: a temporary child of the same folder, moved over
 * the file. */
static gboolean
open_remote (DqAtomicFile       *self,
             DqAtomicFileFlags   flags,
             GError            **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (self->file);
  g_autofree char *basename = g_file_get_basename (self->file);

  if (parent == NULL || basename == NULL)
    {
      set_error_from_errno (error, EISDIR);
      return FALSE;
    }

  for (guint attempt = 0; attempt < 100 && self->stream == NULL; attempt++)
    {
      g_autofree char *name = make_temporary_name (basename);
      g_autoptr(GError) local_error = NULL;

      g_clear_object (&self->temporary_file);
      self->temporary_file = g_file_get_child (parent, name);
      self->stream = G_OUTPUT_STREAM (g_file_create (self->temporary_file,
                                                     flags & DQ_ATOMIC_FILE_PRIVATE
                                                     ? G_FILE_CREATE_PRIVATE
                                                     : G_FILE_CREATE_NONE,
                                                     NULL, &local_error));
      if (self->stream == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          g_clear_object (&self->temporary_file);
          return FALSE;
        }
    }

  if (self->stream == NULL)
    {
      set_error_from_errno (error, EEXIST);
      g_clear_object (&self->temporary_file);
      return FALSE;
    }

  self->temporary = g_file_get_uri (self->temporary_file);

  return TRUE;
}

/**
 * dq_atomic_file_open:
 * @file: the file to write
 * @flags: how to create it
 * @error: the place for an error
 *
 * Opens a temporary file beside @file, after removing the stale temporary
 * files of that folder (see dq_atomic_file_remove_stale()). Write to it with
 * dq_atomic_file_write(), then put it in place with dq_atomic_file_commit();
 * dq_atomic_file_free() without a commit removes it and leaves @file as it
 * was. If @file is a symbolic link, the file it points to is replaced.
 *
 * Returns: (transfer full) (nullable): the open file, or %NULL with @error
 *   set (the error's message is the system's, without the file's name)
 */
DqAtomicFile *
dq_atomic_file_open (GFile              *file,
                     DqAtomicFileFlags   flags,
                     GError            **error)
{
  g_autoptr(DqAtomicFile) self = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (DqAtomicFile, 1);
  self->file = g_object_ref (file);
  self->path = g_file_get_path (file);
  self->fd = -1;

  if (self->path != NULL ? !open_local (self, flags, error) : !open_remote (self, flags, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dq_atomic_file_write:
 * @self: an open #DqAtomicFile
 * @data: (array length=size): bytes
 * @size: how many
 * @error: the place for an error
 *
 * Appends @data to the temporary file.
 *
 * Returns: whether all of @data was written
 */
gboolean
dq_atomic_file_write (DqAtomicFile  *self,
                      const void    *data,
                      gsize          size,
                      GError       **error)
{
  const guint8 *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (self->stream != NULL)
    return g_output_stream_write_all (self->stream, data, size, NULL, NULL, error);

  while (size > 0)
    {
      gssize n = write (self->fd, bytes, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_error_from_errno (error, errno);
          return FALSE;
        }

      bytes += n;
      size -= n;
    }

  return TRUE;
}

/* The contents on the disk before the name: a crash after the rename must
 * not find an empty file under it. Some file systems cannot sync. */
static gboolean
sync_and_close (DqAtomicFile  *self,
                GError       **error)
{
  int fd = self->fd;
  int status;

  while ((status = fsync (fd)) != 0 && errno == EINTR)
    ;
  if (status != 0 && errno != EINVAL && errno != ENOTSUP)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }

  self->fd = -1;
  /* On Linux, the descriptor is closed even when close () fails. */
  if (close (fd) != 0 && errno != EINTR)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }

  return TRUE;
}

/* The rename on the disk too. */
static void
sync_directory (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  int fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Cannot sync the folder %s: %s", directory, g_strerror (errno));
  close (fd);
}

/**
 * dq_atomic_file_commit:
 * @self: an open #DqAtomicFile
 * @cancellable: (nullable): cancels the write before the file is replaced
 * @error: the place for an error
 *
 * Flushes the temporary file to the disk and renames it over the file. On
 * an error the temporary file is removed and the file is left as it was.
 *
 * Returns: whether the file now holds what was written
 */
gboolean
dq_atomic_file_commit (DqAtomicFile  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (self->fd >= 0 || self->stream != NULL, FALSE);

  if (self->stream != NULL)
    {
      if (!g_output_stream_close (self->stream, cancellable, error) ||
          !g_file_move (self->temporary_file, self->file, G_FILE_COPY_OVERWRITE, cancellable,
                        NULL, NULL, error))
        return FALSE;

      self->committed = TRUE;
      return TRUE;
    }

  if (!sync_and_close (self, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (g_rename (self->temporary, self->path) != 0)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }

  self->committed = TRUE;
  sync_directory (self->path);

  return TRUE;
}

/**
 * dq_atomic_file_get_temporary:
 * @self: an open #DqAtomicFile
 *
 * Returns: the path (or, for a remote file, the URI) of the temporary file
 */
const char *
dq_atomic_file_get_temporary (DqAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temporary;
}

/**
 * dq_atomic_file_free:
 * @self: (transfer full): a #DqAtomicFile
 *
 * Closes @self; if it was not committed, removes the temporary file.
 */
void
dq_atomic_file_free (DqAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->stream != NULL && !g_output_stream_is_closed (self->stream))
    g_output_stream_close (self->stream, NULL, NULL);
  if (!self->committed && self->temporary_file != NULL)
    g_file_delete (self->temporary_file, NULL, NULL);
  else if (!self->committed && self->temporary != NULL && self->path != NULL)
    g_unlink (self->temporary);

  g_clear_object (&self->stream);
  g_clear_object (&self->temporary_file);
  g_clear_object (&self->file);
  g_free (self->temporary);
  g_free (self->path);
  g_free (self);
}

/**
 * dq_atomic_file_replace_contents:
 * @file: the file to write
 * @data: (array length=size): its new contents
 * @size: their length
 * @flags: how to create the file
 * @cancellable: (nullable): cancels the write before the file is replaced
 * @error: the place for an error
 *
 * Writes @data to @file atomically, whether @file exists or not: after a
 * failure (a full disk, a cancellation) or a crash, @file is as it was
 * before (or still absent) and no temporary file is left behind.
 *
 * Returns: whether @file now holds @data
 */
gboolean
dq_atomic_file_replace_contents (GFile              *file,
                                 const void         *data,
                                 gsize               size,
                                 DqAtomicFileFlags   flags,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  g_autoptr(DqAtomicFile) self = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  self = dq_atomic_file_open (file, flags, error);

  return self != NULL &&
         dq_atomic_file_write (self, data, size, error) &&
         dq_atomic_file_commit (self, cancellable, error);
}
