/* dq-edit-history.h
 *
 * The edits a document has had, to undo and redo them: what each edit is,
 * and how to apply it, is the document's business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DqEditHistoryFunc:
 * @edit: an edit of the history
 * @user_data: the data given with the function
 *
 * Returns: whether @edit is one the function looks for
 */
typedef gboolean (*DqEditHistoryFunc) (gconstpointer edit,
                                       gpointer      user_data);

#define DQ_TYPE_EDIT_HISTORY (dq_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (DqEditHistory, dq_edit_history, DQ, EDIT_HISTORY, GObject)

DqEditHistory *dq_edit_history_new          (GDestroyNotify     free_func) G_GNUC_WARN_UNUSED_RESULT;
void           dq_edit_history_push         (DqEditHistory     *self,
                                             gpointer           edit);
gpointer       dq_edit_history_undo         (DqEditHistory     *self);
gpointer       dq_edit_history_redo         (DqEditHistory     *self);
void           dq_edit_history_clear        (DqEditHistory     *self);
void           dq_edit_history_remove       (DqEditHistory     *self,
                                             DqEditHistoryFunc  func,
                                             gpointer           user_data);
gboolean       dq_edit_history_get_can_undo (DqEditHistory     *self);
gboolean       dq_edit_history_get_can_redo (DqEditHistory     *self);
guint          dq_edit_history_get_n_done   (DqEditHistory     *self);
gpointer       dq_edit_history_get_done     (DqEditHistory     *self,
                                             guint              position);

G_END_DECLS
