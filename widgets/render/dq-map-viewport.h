/* dq-map-viewport.h
 *
 * Where the map looks: the centre, the zoom and the size of the area the
 * map is drawn in. A plain object outside any widget, like libshumate's
 * viewport: the map reads it to lay out its scene, and a view moves it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The zoom range; 1 shows the viewport's bounds whole. */
#define DQ_MAP_MIN_ZOOM 1.0
#define DQ_MAP_MAX_ZOOM 64.0

#define DQ_TYPE_MAP_VIEWPORT (dq_map_viewport_get_type ())

G_DECLARE_FINAL_TYPE (DqMapViewport, dq_map_viewport, DQ, MAP_VIEWPORT, GObject)

DqMapViewport *dq_map_viewport_new         (void) G_GNUC_WARN_UNUSED_RESULT;
double         dq_map_viewport_get_zoom    (DqMapViewport *self);
void           dq_map_viewport_set_zoom    (DqMapViewport *self,
                                            double         zoom);
void           dq_map_viewport_get_center  (DqMapViewport *self,
                                            double        *lon,
                                            double        *lat);
void           dq_map_viewport_set_center  (DqMapViewport *self,
                                            double         lon,
                                            double         lat);
double         dq_map_viewport_get_width   (DqMapViewport *self);
double         dq_map_viewport_get_height  (DqMapViewport *self);
void           dq_map_viewport_set_size    (DqMapViewport *self,
                                            double         width,
                                            double         height);
void           dq_map_viewport_get_bounds  (DqMapViewport *self,
                                            double        *min_lon,
                                            double        *min_lat,
                                            double        *max_lon,
                                            double        *max_lat);
void           dq_map_viewport_set_bounds  (DqMapViewport *self,
                                            double         min_lon,
                                            double         min_lat,
                                            double         max_lon,
                                            double         max_lat);
void           dq_map_viewport_reset       (DqMapViewport *self);
void           dq_map_viewport_fit_bounds  (DqMapViewport *self,
                                            double         min_lon,
                                            double         min_lat,
                                            double         max_lon,
                                            double         max_lat);
void           dq_map_viewport_zoom_at     (DqMapViewport *self,
                                            double         zoom,
                                            double         x,
                                            double         y);
void           dq_map_viewport_to_canvas   (DqMapViewport *self,
                                            double         lon,
                                            double         lat,
                                            double        *x,
                                            double        *y);
void           dq_map_viewport_from_canvas (DqMapViewport *self,
                                            double         x,
                                            double         y,
                                            double        *lon,
                                            double        *lat);

G_END_DECLS
