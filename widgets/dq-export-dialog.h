/* dq-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-chart.h"
#include "dq-map.h"
#include "dq-scene-render.h"

G_BEGIN_DECLS

#define DQ_TYPE_EXPORT_DIALOG (dq_export_dialog_get_type           ())

G_DECLARE_FINAL_TYPE (DqExportDialog, dq_export_dialog, DQ, EXPORT_DIALOG, AdwWindow)

DqExportDialog     *dq_export_dialog_new                (DqChart         *chart,
                                                         DqLanguage       language)
                                                         G_GNUC_WARN_UNUSED_RESULT;
DqExportDialog     *dq_export_dialog_new_for_map        (DqMap           *map,
                                                         DqLanguage       language)
                                                         G_GNUC_WARN_UNUSED_RESULT;
DqChart            *dq_export_dialog_get_chart          (DqExportDialog  *self);
DqMap              *dq_export_dialog_get_map            (DqExportDialog  *self);
DqExportFormat      dq_export_dialog_get_format         (DqExportDialog  *self);
void                dq_export_dialog_set_format         (DqExportDialog  *self,
                                                         DqExportFormat   format);
const DqSizePreset *dq_export_dialog_get_preset         (DqExportDialog  *self);
void                dq_export_dialog_set_preset         (DqExportDialog  *self,
                                                         const char      *name);
void                dq_export_dialog_set_custom_size    (DqExportDialog  *self,
                                                         int              width,
                                                         int              height);
void                dq_export_dialog_set_custom_size_mm (DqExportDialog  *self,
                                                         double           width,
                                                         double           height);
int                 dq_export_dialog_get_dpi            (DqExportDialog  *self);
void                dq_export_dialog_set_dpi            (DqExportDialog  *self,
                                                         int              dpi);
gboolean            dq_export_dialog_get_transparent    (DqExportDialog  *self);
void                dq_export_dialog_set_transparent    (DqExportDialog  *self,
                                                         gboolean         transparent);
gboolean            dq_export_dialog_get_bundle         (DqExportDialog  *self);
void                dq_export_dialog_set_bundle         (DqExportDialog  *self,
                                                         gboolean         bundle);
const char         *dq_export_dialog_get_output_size    (DqExportDialog  *self);
DqLanguage          dq_export_dialog_get_language       (DqExportDialog  *self);
void                dq_export_dialog_set_language       (DqExportDialog  *self,
                                                         DqLanguage       language);
gboolean            dq_export_dialog_get_dark           (DqExportDialog  *self);
void                dq_export_dialog_set_dark           (DqExportDialog  *self,
                                                         gboolean         dark);
void                dq_export_dialog_get_pixel_size     (DqExportDialog  *self,
                                                         int             *width,
                                                         int             *height);
char               *dq_export_dialog_dup_suggested_name (DqExportDialog  *self)
                                                         G_GNUC_WARN_UNUSED_RESULT;
gboolean            dq_export_dialog_export_to_file     (DqExportDialog  *self,
                                                         GFile           *file,
                                                         GError         **error);

G_END_DECLS
