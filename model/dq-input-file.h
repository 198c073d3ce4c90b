/* dq-input-file.h
 *
 * Opening a file the user names, refusing anything but a regular file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char         *dq_input_file_dup_display_name     (GFile         *file) G_GNUC_WARN_UNUSED_RESULT;
char         *dq_input_file_dup_display_basename (GFile         *file) G_GNUC_WARN_UNUSED_RESULT;
GInputStream *dq_input_file_read                 (GFile         *file,
                                                  const char    *name,
                                                  goffset       *size,
                                                  GCancellable  *cancellable,
                                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      dq_input_file_check                (GFile         *file,
                                                  const char    *name,
                                                  goffset       *size,
                                                  GCancellable  *cancellable,
                                                  GError       **error);
GBytes       *dq_input_file_read_bytes           (GInputStream  *stream,
                                                  const char    *name,
                                                  gsize          limit,
                                                  GCancellable  *cancellable,
                                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
