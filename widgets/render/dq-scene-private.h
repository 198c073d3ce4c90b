/* dq-scene-private.h
 *
 * What the renderers ask of a scene beyond its marks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "dq-scene.h"

G_BEGIN_DECLS

PangoLayout *_dq_scene_get_layout (DqScene    *self,
                                   const char *text,
                                   double      font_size,
                                   gboolean    bold);

G_END_DECLS
