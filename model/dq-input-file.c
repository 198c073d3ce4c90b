/* dq-input-file.c
 *
 * Every loader opens the file the user names here. A dataset, a survey file
 * or a project is a regular file; a device such as /dev/zero would be read
 * for ever, a FIFO would block the reader (and the window's loader thread)
 * until something writes to it, and a directory or a loop of symbolic links
 * would reach the parser as an error about the contents. So the file is
 * opened without blocking, asked what it is once opened, and refused with a
 * message that says what it is instead.
 *
 * Names in messages go through g_filename_display_name(): a name that is
 * not UTF-8 is shown with replacement characters rather than passed on as
 * bytes that are not text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dq-input-file.h"

#define READ_CHUNK (64 * 1024)

/**
 * dq_input_file_dup_display_name:
 * @file: a file
 *
 * Returns: (transfer full): the full name of @file as UTF-8 text for
 *   messages, with any bytes that are not text replaced
 */
char *
dq_input_file_dup_display_name (GFile *file)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    return g_filename_display_name (path);

  return g_file_get_parse_name (file);
}

/**
 * dq_input_file_dup_display_basename:
 * @file: a file
 *
 * Returns: (transfer full): the base name of @file as UTF-8 text for
 *   messages, with any bytes that are not text replaced
 */
char *
dq_input_file_dup_display_basename (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

/* Sets @error for a file of the kind @mode says when it is not a regular
 * file, and returns whether it is one. */
static gboolean
check_mode (mode_t       mode,
            const char  *name,
            GError     **error)
{
  if (S_ISREG (mode))
    return TRUE;

  if (S_ISDIR (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 _("%s: is a directory, not a file to read"), name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("%s: is a device, not a file to read"), name);
  else if (S_ISFIFO (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("%s: is a FIFO (a named pipe), not a file to read"), name);
  else if (S_ISSOCK (mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("%s: is a socket, not a file to read"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("%s: is not a regular file to read"), name);

  return FALSE;
}

static void
set_open_error (GError     **error,
                int          errsv,
                const char  *name)
{
  if (errsv == ELOOP)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                 _("%s: is a loop of symbolic links, not a file to read"), name);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("%s: cannot read the file: %s"), name, g_strerror (errsv));
}

/* Opens a file that is not on a local disk (a resource, a network share
 * through GVfs): its type comes from its info, as no descriptor exists. */
static GInputStream *
read_remote (GFile         *file,
             const char    *name,
             goffset       *size,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      check_mode (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ? S_IFDIR : 0,
                  name, error);
      return NULL;
    }
  /* A file whose kind cannot be asked may still be read: the reason it
   * cannot, if any, is what is reported. */
  g_clear_error (&local_error);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("%s: cannot read the file: %s"), name, local_error->message);
      return NULL;
    }

  if (size != NULL)
    *size = info != NULL ? g_file_info_get_size (info) : 0;

  return G_INPUT_STREAM (g_steal_pointer (&stream));
}

/**
 * dq_input_file_read:
 * @file: the file to read
 * @name: the name of @file in messages, as from
 *   dq_input_file_dup_display_name()
 * @size: (out) (optional): the size of the file
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Opens @file for reading, following symbolic links. Opening never blocks:
 * a FIFO, a device, a directory, a socket or a loop of symbolic links is
 * refused with a %G_IO_ERROR whose message begins with @name and says what
 * the file is. A file that cannot be opened is reported as
 * "NAME: cannot read the file: REASON", with the #GIOErrorEnum of the reason.
 *
 * Returns: (transfer full) (nullable): a stream over the whole file, or
 *   %NULL with @error set
 */
GInputStream *
dq_input_file_read (GFile         *file,
                    const char    *name,
                    goffset       *size,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *path = NULL;
  GStatBuf st;
  int fd;
  int flags;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  path = g_file_get_path (file);
  if (path == NULL)
    return read_remote (file, name, size, cancellable, error);

  /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
   * writer. It does not change how a regular file is read, but is cleared
   * all the same once the file is known to be one. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_open_error (error, errno, name);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_open_error (error, errno, name);
      close (fd);
      return NULL;
    }

  if (!check_mode (st.st_mode, name, error))
    {
      close (fd);
      return NULL;
    }

  flags = fcntl (fd, F_GETFL);
  if (flags != -1)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  if (size != NULL)
    *size = st.st_size;

  return g_unix_input_stream_new (fd, TRUE);
}

/**
 * dq_input_file_check:
 * @file: the file to check
 * @name: the name of @file in messages
 * @size: (out) (optional): the size of the file
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Checks that @file can be opened and is a regular file, as
 * dq_input_file_read() does, for a reader that opens the file itself.
 *
 * Returns: whether @file is a regular file that can be read
 */
gboolean
dq_input_file_check (GFile         *file,
                     const char    *name,
                     goffset       *size,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GInputStream) stream = dq_input_file_read (file, name, size, cancellable, error);

  return stream != NULL;
}

/**
 * dq_input_file_read_bytes:
 * @stream: a stream from dq_input_file_read()
 * @name: the name of the file in messages
 * @limit: the most bytes to read
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads @stream to its end or to @limit bytes, whichever comes first: a file
 * that grows while it is read (or a file under /proc that says it is empty)
 * is bounded all the same. Pass one more than the largest size allowed to
 * tell a file of that size from a larger one.
 *
 * Returns: (transfer full) (nullable): the bytes read, or %NULL with @error
 *   set as "NAME: cannot read the file: REASON"
 */
GBytes *
dq_input_file_read_bytes (GInputStream  *stream,
                          const char    *name,
                          gsize          limit,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  while (buffer->len < limit)
    {
      g_autoptr(GError) local_error = NULL;
      gsize want = MIN (READ_CHUNK, limit - buffer->len);
      guint old_len = buffer->len;
      gssize n;

      g_byte_array_set_size (buffer, old_len + want);
      n = g_input_stream_read (stream, buffer->data + old_len, want, cancellable, &local_error);
      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, local_error->domain, local_error->code,
                         _("%s: cannot read the file: %s"), name, local_error->message);
          return NULL;
        }
      g_byte_array_set_size (buffer, old_len + n);
      if (n == 0)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
