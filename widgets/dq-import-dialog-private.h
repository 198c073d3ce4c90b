/* dq-import-dialog-private.h
 *
 * What the import dialog shows, for its tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-import-dialog.h"

G_BEGIN_DECLS

guint       _dq_import_dialog_get_detected_delimiter (DqImportDialog *self);
const char *_dq_import_dialog_get_summary            (DqImportDialog *self);
const char *_dq_import_dialog_get_weight_note        (DqImportDialog *self);
const char *_dq_import_dialog_get_missing_note       (DqImportDialog *self);
const char *_dq_import_dialog_get_preview_note       (DqImportDialog *self);
guint       _dq_import_dialog_get_n_preview_rows     (DqImportDialog *self);
guint       _dq_import_dialog_get_n_preview_columns  (DqImportDialog *self);
char       *_dq_import_dialog_dup_cell_text          (DqImportDialog *self,
                                                      guint           row,
                                                      guint           variable)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void        _dq_import_dialog_set_missing_text       (DqImportDialog *self,
                                                      const char     *text);

G_END_DECLS
