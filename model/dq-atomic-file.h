/* dq-atomic-file.h
 *
 * Every file the application writes is written whole or not at all: into a
 * temporary file beside it, flushed to the disk, then renamed over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * DQ_ATOMIC_FILE_STALE_SECONDS:
 *
 * A temporary file of the application's naming that is older than this is
 * taken to be left over from a writer that was killed.
 */
#define DQ_ATOMIC_FILE_STALE_SECONDS 60

/**
 * DqAtomicFileFlags:
 * @DQ_ATOMIC_FILE_NONE: a new file is readable as any new file is (0666
 *   less the umask)
 * @DQ_ATOMIC_FILE_PRIVATE: a new file is readable by its owner only
 *
 * How to create the file. A file that is replaced keeps its permissions.
 */
typedef enum
{
  DQ_ATOMIC_FILE_NONE    = 0,
  DQ_ATOMIC_FILE_PRIVATE = 1 << 0,
} DqAtomicFileFlags;

typedef struct _DqAtomicFile DqAtomicFile;

DqAtomicFile *dq_atomic_file_open             (GFile              *file,
                                               DqAtomicFileFlags   flags,
                                               GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      dq_atomic_file_write            (DqAtomicFile  *self,
                                               const void    *data,
                                               gsize          size,
                                               GError       **error);
gboolean      dq_atomic_file_commit           (DqAtomicFile  *self,
                                               GCancellable  *cancellable,
                                               GError       **error);
const char   *dq_atomic_file_get_temporary    (DqAtomicFile  *self);
void          dq_atomic_file_free             (DqAtomicFile  *self);
gboolean      dq_atomic_file_replace_contents (GFile              *file,
                                               const void         *data,
                                               gsize               size,
                                               DqAtomicFileFlags   flags,
                                               GCancellable       *cancellable,
                                               GError            **error);
guint         dq_atomic_file_remove_stale     (const char    *directory);
gboolean      dq_atomic_file_is_temporary     (const char    *name,
                                               GPid          *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqAtomicFile, dq_atomic_file_free)

G_END_DECLS
