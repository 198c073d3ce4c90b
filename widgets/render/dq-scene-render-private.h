/* dq-scene-render-private.h
 *
 * What the renderers share among their files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "dq-provenance.h"

G_BEGIN_DECLS

gboolean _dq_scene_render_glyphs (cairo_t     *cr,
                                  PangoLayout *layout,
                                  double       x,
                                  double       y);

cairo_status_t _dq_scene_render_write_png (cairo_surface_t    *surface,
                                           GByteArray         *data,
                                           double              dpi,
                                           const DqProvenance *provenance);

G_END_DECLS
