/* dq-scene-render.h
 *
 * The renderers of a scene: cairo (screen, PNG, PDF) and SVG with real text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dq-scene.h"

G_BEGIN_DECLS

#define DQ_EXPORT_ERROR (dq_export_error_quark ())

typedef enum
{
  DQ_EXPORT_ERROR_SIZE,
  DQ_EXPORT_ERROR_RENDER,
  DQ_EXPORT_ERROR_WRITE,
} DqExportError;

GQuark      dq_export_error_quark        (void);
void        dq_scene_render_cairo        (DqScene        *scene,
                                          cairo_t        *cr);
char       *dq_scene_to_svg              (DqScene        *scene,
                                          const char     *width_attr,
                                          const char     *height_attr) G_GNUC_WARN_UNUSED_RESULT;
GBytes     *dq_scene_export_bytes        (DqScene        *scene,
                                          DqExportFormat  format,
                                          double          dpi,
                                          GError        **error);
gboolean    dq_scene_export_file         (DqScene        *scene,
                                          DqExportFormat  format,
                                          double          dpi,
                                          GFile          *file,
                                          GError        **error);
gboolean    dq_export_format_from_string (const char     *str,
                                          DqExportFormat *format);
const char *dq_export_format_to_string   (DqExportFormat  format);

G_END_DECLS
