/* dq-projection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-projection.h"

#define RADIANS(deg) ((deg) * G_PI / 180.0)
#define DEGREES(rad) ((rad) * 180.0 / G_PI)

/**
 * dq_projection_init_albers:
 * @projection: the projection to fill
 * @lon0: central meridian, degrees east
 * @lat0: latitude of the origin, degrees north
 * @lat1: first standard parallel
 * @lat2: second standard parallel, not opposite to @lat1
 *
 * Sets up an Albers equal-area conic projection on the unit sphere
 * (Snyder, "Map Projections: A Working Manual", 1987, pp. 98–103). A
 * sphere rather than an ellipsoid: the map is schematic, and the
 * difference is far below a pixel at any zoom it offers.
 */
void
dq_projection_init_albers (DqProjection *projection,
                           double        lon0,
                           double        lat0,
                           double        lat1,
                           double        lat2)
{
  double phi1 = RADIANS (lat1);
  double phi2 = RADIANS (lat2);

  g_return_if_fail (projection != NULL);
  g_return_if_fail (fabs (sin (phi1) + sin (phi2)) > 1e-9);

  projection->lon0 = lon0;
  projection->lat0 = lat0;
  projection->lat1 = lat1;
  projection->lat2 = lat2;
  projection->n = (sin (phi1) + sin (phi2)) / 2;
  projection->c = cos (phi1) * cos (phi1) + 2 * projection->n * sin (phi1);
  projection->rho0 = sqrt (projection->c
                           - 2 * projection->n * sin (RADIANS (lat0))) / projection->n;
}

/**
 * dq_projection_init_central_asia:
 * @projection: the projection to fill
 *
 * The projection of the map of Kazakhstan and Uzbekistan. An equal-area
 * projection, because the map compares regions and the density of
 * centres: Mercator would make northern Kazakhstan a third larger than
 * Uzbekistan at the same area. The two countries span about 37°–55.5° N
 * and 46.5°–87.5° E. Standard parallels one sixth of the way in from each
 * end of that range keep the scale error under about 1.5 % across both
 * countries (Deetz and Adams' rule); 40° N and 50° N round them, a little
 * to the south where Uzbekistan and most centres lie. The central meridian,
 * 66° E, is the middle of the longitude range, so that the map is not
 * tilted; the origin at 45° N only shifts the coordinates.
 */
void
dq_projection_init_central_asia (DqProjection *projection)
{
  dq_projection_init_albers (projection, 66, 45, 40, 50);
}

/**
 * dq_projection_forward:
 * @projection: a projection
 * @lon: longitude, degrees east
 * @lat: latitude, degrees north
 * @x: (out): easting, in Earth radii
 * @y: (out): northing, in Earth radii
 *
 * Projects a point.
 */
void
dq_projection_forward (const DqProjection *projection,
                       double              lon,
                       double              lat,
                       double             *x,
                       double             *y)
{
  double rho, theta, dlon;

  /* Longitudes are taken within 180° of the central meridian. */
  dlon = remainder (lon - projection->lon0, 360.0);
  rho = sqrt (MAX (0, projection->c - 2 * projection->n * sin (RADIANS (lat)))) / projection->n;
  theta = projection->n * RADIANS (dlon);

  *x = rho * sin (theta);
  *y = projection->rho0 - rho * cos (theta);
}

/**
 * dq_projection_inverse:
 * @projection: a projection
 * @x: easting, in Earth radii
 * @y: northing, in Earth radii
 * @lon: (out): longitude, degrees east
 * @lat: (out): latitude, degrees north
 *
 * The point that projects to (@x, @y).
 */
void
dq_projection_inverse (const DqProjection *projection,
                       double              x,
                       double              y,
                       double             *lon,
                       double             *lat)
{
  double n = projection->n;
  double dy = projection->rho0 - y;
  double rho = hypot (x, dy);
  double theta, s;

  /* For a cone opening to the south (n < 0) both terms change sign. */
  if (n < 0)
    {
      rho = -rho;
      theta = atan2 (-x, -dy);
    }
  else
    theta = atan2 (x, dy);

  s = (projection->c - rho * rho * n * n) / (2 * n);
  *lat = DEGREES (asin (CLAMP (s, -1.0, 1.0)));
  *lon = projection->lon0 + DEGREES (theta / n);
}

/**
 * dq_viewport_fit:
 * @viewport: the viewport to fill
 * @projection: the projection
 * @min_lon: west edge of the area to show
 * @min_lat: south edge
 * @max_lon: east edge
 * @max_lat: north edge
 * @margin: a fraction of the rectangle to leave free on each side
 * @left: the canvas rectangle
 * @top: the canvas rectangle
 * @width: the canvas rectangle
 * @height: the canvas rectangle
 *
 * Scales the projected area uniformly so that it fits the rectangle, less
 * the margin, and centres it there. The area's edges are curves once
 * projected, so they are sampled rather than only their corners.
 */
void
dq_viewport_fit (DqViewport         *viewport,
                 const DqProjection *projection,
                 double              min_lon,
                 double              min_lat,
                 double              max_lon,
                 double              max_lat,
                 double              margin,
                 double              left,
                 double              top,
                 double              width,
                 double              height)
{
  const int samples = 32;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double inner_width, inner_height;

  g_return_if_fail (viewport != NULL && projection != NULL);
  g_return_if_fail (max_lon > min_lon && max_lat > min_lat);

  for (int i = 0; i <= samples; i++)
    {
      double t = (double) i / samples;
      double lons[4] = { min_lon + t * (max_lon - min_lon), min_lon + t * (max_lon - min_lon),
                        min_lon, max_lon };
      double lats[4] = { min_lat, max_lat, min_lat + t * (max_lat - min_lat),
                        min_lat + t * (max_lat - min_lat) };

      for (int k = 0; k < 4; k++)
        {
          double x, y;

          dq_projection_forward (projection, lons[k], lats[k], &x, &y);
          x0 = MIN (x0, x);
          x1 = MAX (x1, x);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
    }

  inner_width = MAX (1, width * (1 - 2 * margin));
  inner_height = MAX (1, height * (1 - 2 * margin));

  viewport->projection = *projection;
  viewport->scale = MIN (inner_width / (x1 - x0), inner_height / (y1 - y0));
  viewport->origin_x = left + width / 2 - viewport->scale * (x0 + x1) / 2;
  viewport->origin_y = top + height / 2 + viewport->scale * (y0 + y1) / 2;
}

/**
 * dq_viewport_zoom:
 * @viewport: a fitted viewport
 * @zoom: the factor to enlarge by, 1 for the fitted view
 * @center_lon: the point to show at (@canvas_x, @canvas_y)
 * @center_lat: the point to show at (@canvas_x, @canvas_y)
 * @canvas_x: where on the canvas
 * @canvas_y: where on the canvas
 *
 * Enlarges the view by @zoom and moves it so that the given point lies at
 * the given canvas position.
 */
void
dq_viewport_zoom (DqViewport *viewport,
                  double      zoom,
                  double      center_lon,
                  double      center_lat,
                  double      canvas_x,
                  double      canvas_y)
{
  double x, y;

  g_return_if_fail (viewport != NULL);
  g_return_if_fail (zoom > 0);

  dq_projection_forward (&viewport->projection, center_lon, center_lat, &x, &y);
  viewport->scale *= zoom;
  viewport->origin_x = canvas_x - viewport->scale * x;
  viewport->origin_y = canvas_y + viewport->scale * y;
}

/**
 * dq_viewport_to_canvas:
 * @viewport: a viewport
 * @lon: longitude
 * @lat: latitude
 * @x: (out): canvas x
 * @y: (out): canvas y
 */
void
dq_viewport_to_canvas (const DqViewport *viewport,
                       double            lon,
                       double            lat,
                       double           *x,
                       double           *y)
{
  double px, py;

  dq_projection_forward (&viewport->projection, lon, lat, &px, &py);
  *x = viewport->origin_x + viewport->scale * px;
  *y = viewport->origin_y - viewport->scale * py;
}

/**
 * dq_viewport_from_canvas:
 * @viewport: a viewport
 * @x: canvas x
 * @y: canvas y
 * @lon: (out): longitude
 * @lat: (out): latitude
 */
void
dq_viewport_from_canvas (const DqViewport *viewport,
                         double            x,
                         double            y,
                         double           *lon,
                         double           *lat)
{
  dq_projection_inverse (&viewport->projection,
                         (x - viewport->origin_x) / viewport->scale,
                         (viewport->origin_y - y) / viewport->scale,
                         lon, lat);
}
