/* dq-scene-render.h
 *
 * The renderers of a scene: cairo (screen, PNG, PDF) and SVG with real text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dq-provenance.h"
#include "dq-scene.h"

G_BEGIN_DECLS

#define DQ_EXPORT_ERROR (dq_export_error_quark ())

typedef enum
{
  DQ_EXPORT_ERROR_SIZE,
  DQ_EXPORT_ERROR_RENDER,
  DQ_EXPORT_ERROR_WRITE,
} DqExportError;

/**
 * DqExportSettings:
 * @dpi: for PNG, the resolution: pixels per inch, also written into the
 *   file's `pHYs` chunk; the vector formats keep the scene's physical size
 * @transparent: leave the background out, for a PNG with an alpha channel
 *   or vector files without a background rectangle
 * @provenance: (nullable): what to write into the file about its origin;
 *   %NULL for what the scene says of itself
 *
 * How a scene is written to a file.
 */
typedef struct
{
  double              dpi;
  gboolean            transparent;
  const DqProvenance *provenance;
} DqExportSettings;

GQuark      dq_export_error_quark        (void);
int         dq_export_pixels             (double                  length,
                                          double                  dpi);
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
GBytes     *dq_scene_export_bytes_full   (DqScene                *scene,
                                          DqExportFormat          format,
                                          const DqExportSettings *settings,
                                          GError                **error);
gboolean    dq_scene_export_file_full    (DqScene                *scene,
                                          DqExportFormat          format,
                                          const DqExportSettings *settings,
                                          GFile                  *file,
                                          GError                **error);
gboolean    dq_export_format_from_string (const char     *str,
                                          DqExportFormat *format);
const char *dq_export_format_to_string   (DqExportFormat  format);

G_END_DECLS
