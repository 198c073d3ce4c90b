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

/**
 * DqExportSize:
 * @DQ_EXPORT_SIZE_SCREEN: 1600 × 1000 pixels
 * @DQ_EXPORT_SIZE_SLIDE: 1920 × 1080 pixels, a 16:9 slide
 * @DQ_EXPORT_SIZE_COLUMN: 85 × 64 mm at 300 dpi, a journal's single column
 * @DQ_EXPORT_SIZE_FULL: 174 × 116 mm at 300 dpi, a journal page's full width
 * @DQ_EXPORT_SIZE_CUSTOM: a width and height in pixels
 *
 * The sizes of an export, as `dostyq export --size` names them.
 */
typedef enum
{
  DQ_EXPORT_SIZE_SCREEN,
  DQ_EXPORT_SIZE_SLIDE,
  DQ_EXPORT_SIZE_COLUMN,
  DQ_EXPORT_SIZE_FULL,
  DQ_EXPORT_SIZE_CUSTOM,
} DqExportSize;

#define DQ_TYPE_EXPORT_DIALOG (dq_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DqExportDialog, dq_export_dialog, DQ, EXPORT_DIALOG, AdwWindow)

DqExportDialog *dq_export_dialog_new                (DqChart         *chart,
                                                     DqLanguage       language)
                                                     G_GNUC_WARN_UNUSED_RESULT;
DqExportDialog *dq_export_dialog_new_for_map        (DqMap           *map,
                                                     DqLanguage       language)
                                                     G_GNUC_WARN_UNUSED_RESULT;
DqChart        *dq_export_dialog_get_chart          (DqExportDialog  *self);
DqMap          *dq_export_dialog_get_map            (DqExportDialog  *self);
DqExportFormat  dq_export_dialog_get_format         (DqExportDialog  *self);
void            dq_export_dialog_set_format         (DqExportDialog  *self,
                                                     DqExportFormat   format);
DqExportSize    dq_export_dialog_get_size           (DqExportDialog  *self);
void            dq_export_dialog_set_size           (DqExportDialog  *self,
                                                     DqExportSize     size);
void            dq_export_dialog_set_custom_size    (DqExportDialog  *self,
                                                     int              width,
                                                     int              height);
DqLanguage      dq_export_dialog_get_language       (DqExportDialog  *self);
void            dq_export_dialog_set_language       (DqExportDialog  *self,
                                                     DqLanguage       language);
gboolean        dq_export_dialog_get_dark           (DqExportDialog  *self);
void            dq_export_dialog_set_dark           (DqExportDialog  *self,
                                                     gboolean         dark);
void            dq_export_dialog_get_pixel_size     (DqExportDialog  *self,
                                                     int             *width,
                                                     int             *height);
char           *dq_export_dialog_dup_suggested_name (DqExportDialog  *self)
                                                     G_GNUC_WARN_UNUSED_RESULT;
gboolean        dq_export_dialog_export_to_file     (DqExportDialog  *self,
                                                     GFile           *file,
                                                     GError         **error);

G_END_DECLS
