/* dq-scene-render-private.h
 *
 * What the renderers share among their files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

gboolean _dq_scene_render_glyphs (cairo_t     *cr,
                                  PangoLayout *layout,
                                  double       x,
                                  double       y);

G_END_DECLS
