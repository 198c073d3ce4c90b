/* dq-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_TYPE_IMPORT_DIALOG (dq_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DqImportDialog, dq_import_dialog, DQ, IMPORT_DIALOG, AdwWindow)

DqImportDialog *dq_import_dialog_new               (GFile          *file) G_GNUC_WARN_UNUSED_RESULT;
GFile          *dq_import_dialog_get_file          (DqImportDialog *self);
gboolean        dq_import_dialog_get_loading       (DqImportDialog *self);
const char     *dq_import_dialog_get_error         (DqImportDialog *self);
DqSurveyData   *dq_import_dialog_get_data          (DqImportDialog *self);
const char     *dq_import_dialog_get_encoding      (DqImportDialog *self);
void            dq_import_dialog_set_encoding      (DqImportDialog *self,
                                                    const char     *encoding);
guint           dq_import_dialog_get_delimiter     (DqImportDialog *self);
void            dq_import_dialog_set_delimiter     (DqImportDialog *self,
                                                    guint           delimiter);
const char     *dq_import_dialog_get_weight        (DqImportDialog *self);
void            dq_import_dialog_set_weight        (DqImportDialog *self,
                                                    const char     *weight);
const double   *dq_import_dialog_get_missing_codes (DqImportDialog *self,
                                                    guint          *n_codes);
GPtrArray      *dq_import_dialog_get_missing_texts (DqImportDialog *self);
GListModel     *dq_import_dialog_get_variables     (DqImportDialog *self);

G_END_DECLS
