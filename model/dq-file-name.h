/* dq-file-name.h
 *
 * File names made from data: a chart's id, a variable's name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DQ_FILE_NAME_MAX_BYTES:
 *
 * The longest file name most file systems take, in bytes.
 */
#define DQ_FILE_NAME_MAX_BYTES 255

char *dq_file_name_from_text (const char *stem,
                              const char *suffix) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
