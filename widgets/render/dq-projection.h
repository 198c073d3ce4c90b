/* dq-projection.h
 *
 * The map's projection (Albers equal-area conic) and the viewport that
 * places projected coordinates on a canvas with one uniform scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DqProjection:
 * @lon0: central meridian, degrees
 * @lat0: latitude of the origin, degrees
 * @lat1: first standard parallel, degrees
 * @lat2: second standard parallel, degrees
 *
 * An Albers equal-area conic projection on the unit sphere. Fill it with
 * dq_projection_init_albers(); the remaining fields are derived constants.
 */
typedef struct
{
  double lon0;
  double lat0;
  double lat1;
  double lat2;

  /*< private >*/
  double n;
  double c;
  double rho0;
} DqProjection;

/**
 * DqViewport:
 * @projection: the projection
 * @scale: canvas units per projected unit
 * @origin_x: canvas x of projected x = 0
 * @origin_y: canvas y of projected y = 0
 *
 * Projected coordinates placed on a canvas: y grows downwards on the canvas
 * and upwards in the projection.
 */
typedef struct
{
  DqProjection projection;
  double       scale;
  double       origin_x;
  double       origin_y;
} DqViewport;

void     dq_projection_init_albers       (DqProjection       *projection,
                                          double              lon0,
                                          double              lat0,
                                          double              lat1,
                                          double              lat2);
void     dq_projection_init_central_asia (DqProjection       *projection);
void     dq_projection_forward           (const DqProjection *projection,
                                          double              lon,
                                          double              lat,
                                          double             *x,
                                          double             *y);
void     dq_projection_inverse           (const DqProjection *projection,
                                          double              x,
                                          double              y,
                                          double             *lon,
                                          double             *lat);

void     dq_viewport_fit                 (DqViewport         *viewport,
                                          const DqProjection *projection,
                                          double              min_lon,
                                          double              min_lat,
                                          double              max_lon,
                                          double              max_lat,
                                          double              margin,
                                          double              left,
                                          double              top,
                                          double              width,
                                          double              height);
void     dq_viewport_zoom                (DqViewport         *viewport,
                                          double              zoom,
                                          double              center_lon,
                                          double              center_lat,
                                          double              canvas_x,
                                          double              canvas_y);
void     dq_viewport_to_canvas           (const DqViewport   *viewport,
                                          double              lon,
                                          double              lat,
                                          double             *x,
                                          double             *y);
void     dq_viewport_from_canvas         (const DqViewport   *viewport,
                                          double              x,
                                          double              y,
                                          double             *lon,
                                          double             *lat);

G_END_DECLS
