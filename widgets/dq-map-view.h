/* dq-map-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-map.h"
#include "dq-scene-view.h"

G_BEGIN_DECLS

#define DQ_TYPE_MAP_VIEW (dq_map_view_get_type ())

G_DECLARE_FINAL_TYPE (DqMapView, dq_map_view, DQ, MAP_VIEW, DqSceneView)

GtkWidget *dq_map_view_new     (void) G_GNUC_WARN_UNUSED_RESULT;
DqMap     *dq_map_view_get_map (DqMapView *self);
void       dq_map_view_set_map (DqMapView *self,
                                DqMap     *map);
void       dq_map_view_zoom_at (DqMapView *self,
                                double     factor,
                                double     x,
                                double     y);
void       dq_map_view_pan     (DqMapView *self,
                                double     dx,
                                double     dy);
void       dq_map_view_reset   (DqMapView *self);

G_END_DECLS
