/* dq-recent-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DQ_TYPE_RECENT_LIST (dq_recent_list_get_type ())

G_DECLARE_FINAL_TYPE (DqRecentList, dq_recent_list, DQ, RECENT_LIST, GtkWidget)

GtkWidget *dq_recent_list_new         (void) G_GNUC_WARN_UNUSED_RESULT;
guint      dq_recent_list_get_n_files (DqRecentList *self);
GPtrArray *dq_recent_files_dup        (guint         max_files) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
