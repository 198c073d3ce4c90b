/* dq-map-viewport.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"
#include "dq-map-viewport.h"

/* The share of each side left free around the bounds at zoom 1. */
#define FIT_MARGIN 0.01

struct _DqMapViewport
{
  GObject parent_instance;

  double  zoom;
  double  center_lon;
  double  center_lat;
  double  width;
  double  height;
  /* What zoom 1 shows whole, and where the centre may go */
  double  min_lon;
  double  min_lat;
  double  max_lon;
  double  max_lat;
};

G_DEFINE_FINAL_TYPE (DqMapViewport, dq_map_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_CENTER_LONGITUDE,
  PROP_CENTER_LATITUDE,
  PROP_WIDTH,
  PROP_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dq_map_viewport_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DqMapViewport *self = DQ_MAP_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_CENTER_LONGITUDE:
      g_value_set_double (value, self->center_lon);
      break;

    case PROP_CENTER_LATITUDE:
      g_value_set_double (value, self->center_lat);
      break;

    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_viewport_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DqMapViewport *self = DQ_MAP_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      dq_map_viewport_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_CENTER_LONGITUDE:
      dq_map_viewport_set_center (self, g_value_get_double (value), self->center_lat);
      break;

    case PROP_CENTER_LATITUDE:
      dq_map_viewport_set_center (self, self->center_lon, g_value_get_double (value));
      break;

    case PROP_WIDTH:
      dq_map_viewport_set_size (self, g_value_get_double (value), self->height);
      break;

    case PROP_HEIGHT:
      dq_map_viewport_set_size (self, self->width, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_viewport_class_init (DqMapViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dq_map_viewport_get_property;
  object_class->set_property = dq_map_viewport_set_property;

  /**
   * DqMapViewport:zoom:
   *
   * How much the view is enlarged; 1 shows the bounds whole.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM, DQ_MAP_MIN_ZOOM,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapViewport:center-longitude:
   *
   * The longitude at the centre of the view.
   */
  properties[PROP_CENTER_LONGITUDE] =
    g_param_spec_double ("center-longitude", NULL, NULL,
                         -180, 180, 66,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapViewport:center-latitude:
   *
   * The latitude at the centre of the view.
   */
  properties[PROP_CENTER_LATITUDE] =
    g_param_spec_double ("center-latitude", NULL, NULL,
                         -90, 90, 45,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapViewport:width:
   *
   * The width of the area the map is drawn in, in scene units; 0 until
   * the map has been laid out.
   */
  properties[PROP_WIDTH] =
    g_param_spec_double ("width", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapViewport:height:
   *
   * The height of the area the map is drawn in, in scene units.
   */
  properties[PROP_HEIGHT] =
    g_param_spec_double ("height", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_map_viewport_init (DqMapViewport *self)
{
  self->zoom = 1;
  /* Kazakhstan and Uzbekistan, until the map sets its base map's bounds. */
  self->min_lon = 46;
  self->min_lat = 37;
  self->max_lon = 88;
  self->max_lat = 56;
  self->center_lon = 66;
  self->center_lat = 45;
}

/**
 * dq_map_viewport_new:
 *
 * Returns: (transfer full): a viewport at zoom 1, centred on Kazakhstan and
 *   Uzbekistan, with no size yet
 */
DqMapViewport *
dq_map_viewport_new (void)
{
  return g_object_new (DQ_TYPE_MAP_VIEWPORT, NULL);
}

double
dq_map_viewport_get_zoom (DqMapViewport *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEWPORT (self), 1);

  return self->zoom;
}

/**
 * dq_map_viewport_set_zoom:
 * @self: a #DqMapViewport
 * @zoom: the enlargement, clamped to %DQ_MAP_MIN_ZOOM … %DQ_MAP_MAX_ZOOM
 */
void
dq_map_viewport_set_zoom (DqMapViewport *self,
                          double         zoom)
{
  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (isfinite (zoom));

  zoom = CLAMP (zoom, DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/**
 * dq_map_viewport_get_center:
 * @self: a #DqMapViewport
 * @lon: (out) (optional): the longitude at the centre of the view
 * @lat: (out) (optional): the latitude at the centre of the view
 */
void
dq_map_viewport_get_center (DqMapViewport *self,
                            double        *lon,
                            double        *lat)
{
  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));

  if (lon != NULL)
    *lon = self->center_lon;
  if (lat != NULL)
    *lat = self->center_lat;
}

/**
 * dq_map_viewport_set_center:
 * @self: a #DqMapViewport
 * @lon: the longitude to show at the centre of the view
 * @lat: the latitude to show at the centre of the view
 *
 * Moves the view, never so far that its bounds leave it altogether: the
 * centre is clamped to the bounds.
 */
void
dq_map_viewport_set_center (DqMapViewport *self,
                            double         lon,
                            double         lat)
{
  gboolean lon_changed, lat_changed;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (isfinite (lon) && isfinite (lat));

  lon = CLAMP (lon, self->min_lon, self->max_lon);
  lat = CLAMP (lat, self->min_lat, self->max_lat);
  lon_changed = self->center_lon != lon;
  lat_changed = self->center_lat != lat;
  if (!lon_changed && !lat_changed)
    return;

  self->center_lon = lon;
  self->center_lat = lat;
  if (lon_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTER_LONGITUDE]);
  if (lat_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTER_LATITUDE]);
}

double
dq_map_viewport_get_width (DqMapViewport *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEWPORT (self), 0);

  return self->width;
}

double
dq_map_viewport_get_height (DqMapViewport *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEWPORT (self), 0);

  return self->height;
}

/**
 * dq_map_viewport_set_size:
 * @self: a #DqMapViewport
 * @width: the width of the map's area, in scene units
 * @height: its height
 *
 * The map sets this as it lays out its scene: the area is what is left of
 * the canvas once the title, legend and footer are placed.
 */
void
dq_map_viewport_set_size (DqMapViewport *self,
                          double         width,
                          double         height)
{
  gboolean width_changed, height_changed;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (isfinite (width) && isfinite (height));

  width = MAX (0, width);
  height = MAX (0, height);
  width_changed = self->width != width;
  height_changed = self->height != height;
  if (!width_changed && !height_changed)
    return;

  self->width = width;
  self->height = height;
  if (width_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
  if (height_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
}

/**
 * dq_map_viewport_get_bounds:
 * @self: a #DqMapViewport
 * @min_lon: (out) (optional): the west edge of what zoom 1 shows
 * @min_lat: (out) (optional): the south edge
 * @max_lon: (out) (optional): the east edge
 * @max_lat: (out) (optional): the north edge
 */
void
dq_map_viewport_get_bounds (DqMapViewport *self,
                            double        *min_lon,
                            double        *min_lat,
                            double        *max_lon,
                            double        *max_lat)
{
  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));

  if (min_lon != NULL)
    *min_lon = self->min_lon;
  if (min_lat != NULL)
    *min_lat = self->min_lat;
  if (max_lon != NULL)
    *max_lon = self->max_lon;
  if (max_lat != NULL)
    *max_lat = self->max_lat;
}

/**
 * dq_map_viewport_set_bounds:
 * @self: a #DqMapViewport
 * @min_lon: the west edge of what zoom 1 shows
 * @min_lat: the south edge
 * @max_lon: the east edge
 * @max_lat: the north edge
 *
 * Sets what the view shows whole at zoom 1; the centre stays within it.
 */
void
dq_map_viewport_set_bounds (DqMapViewport *self,
                            double         min_lon,
                            double         min_lat,
                            double         max_lon,
                            double         max_lat)
{
  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (min_lon < max_lon && min_lat < max_lat);

  self->min_lon = min_lon;
  self->min_lat = min_lat;
  self->max_lon = max_lon;
  self->max_lat = max_lat;
  dq_map_viewport_set_center (self, self->center_lon, self->center_lat);
}

/* The view at zoom 1 for an area of the viewport's size at (left, top). */
static void
fit_whole (DqMapViewport *self,
           double         left,
           double         top,
           DqViewport    *view)
{
  DqProjection projection;

  dq_projection_init_central_asia (&projection);
  dq_viewport_fit (view, &projection, self->min_lon, self->min_lat, self->max_lon, self->max_lat,
                   FIT_MARGIN, left, top, MAX (1, self->width), MAX (1, self->height));
}

/**
 * dq_map_viewport_reset:
 * @self: a #DqMapViewport
 *
 * Goes back to zoom 1, centred on the bounds as they look once projected
 * (not the middle of the box in degrees).
 */
void
dq_map_viewport_reset (DqMapViewport *self)
{
  DqViewport view;
  double lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));

  fit_whole (self, 0, 0, &view);
  dq_viewport_from_canvas (&view, MAX (1, self->width) / 2, MAX (1, self->height) / 2, &lon,
                           &lat);
  g_object_freeze_notify (G_OBJECT (self));
  dq_map_viewport_set_zoom (self, 1);
  dq_map_viewport_set_center (self, lon, lat);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dq_map_viewport_fit_bounds:
 * @self: a #DqMapViewport
 * @min_lon: the west edge of the box to show
 * @min_lat: the south edge
 * @max_lon: the east edge
 * @max_lat: the north edge
 *
 * Centres the view on a box and zooms as far as shows it whole in the
 * viewport's size, within the zoom range.
 */
void
dq_map_viewport_fit_bounds (DqMapViewport *self,
                            double         min_lon,
                            double         min_lat,
                            double         max_lon,
                            double         max_lat)
{
  DqProjection projection;
  DqViewport whole, box;
  double lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (min_lon < max_lon && min_lat < max_lat);

  fit_whole (self, 0, 0, &whole);
  dq_projection_init_central_asia (&projection);
  dq_viewport_fit (&box, &projection, min_lon, min_lat, max_lon, max_lat, FIT_MARGIN, 0, 0,
                   MAX (1, self->width), MAX (1, self->height));
  dq_viewport_from_canvas (&box, MAX (1, self->width) / 2, MAX (1, self->height) / 2, &lon, &lat);

  g_object_freeze_notify (G_OBJECT (self));
  dq_map_viewport_set_zoom (self, box.scale / whole.scale);
  dq_map_viewport_set_center (self, lon, lat);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dq_map_viewport_zoom_at:
 * @self: a #DqMapViewport
 * @zoom: the new zoom, clamped to the zoom range
 * @x: a point of the map's area, from its top left corner
 * @y: a point of the map's area
 *
 * Zooms about a point, as under the pointer: what is at (@x, @y) stays
 * there.
 */
void
dq_map_viewport_zoom_at (DqMapViewport *self,
                         double         zoom,
                         double         x,
                         double         y)
{
  double mid_x, mid_y, k, lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));
  g_return_if_fail (isfinite (zoom) && zoom > 0);

  zoom = CLAMP (zoom, DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  /* Zooming by k about (x, y) takes a point q to (x, y) + k (q - (x, y)):
   * the new centre is the point that lands on the middle. */
  mid_x = MAX (1, self->width) / 2;
  mid_y = MAX (1, self->height) / 2;
  k = zoom / self->zoom;
  dq_map_viewport_from_canvas (self, x + (mid_x - x) / k, y + (mid_y - y) / k, &lon, &lat);

  g_object_freeze_notify (G_OBJECT (self));
  dq_map_viewport_set_zoom (self, zoom);
  dq_map_viewport_set_center (self, lon, lat);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * _dq_map_viewport_compute:
 * @self: a #DqMapViewport
 * @left: where the map's area starts on the canvas
 * @top: where the map's area starts on the canvas
 * @view: (out caller-allocates): the projection placed on the canvas
 *
 * The projection as the map draws it, for an area of the viewport's size
 * at (@left, @top).
 */
void
_dq_map_viewport_compute (DqMapViewport *self,
                          double         left,
                          double         top,
                          DqViewport    *view)
{
  g_assert (DQ_IS_MAP_VIEWPORT (self));

  fit_whole (self, left, top, view);
  dq_viewport_zoom (view, self->zoom, self->center_lon, self->center_lat,
                    left + MAX (1, self->width) / 2, top + MAX (1, self->height) / 2);
}

/**
 * dq_map_viewport_to_canvas:
 * @self: a #DqMapViewport
 * @lon: a longitude
 * @lat: a latitude
 * @x: (out): where it is, from the top left corner of the map's area
 * @y: (out): where it is
 */
void
dq_map_viewport_to_canvas (DqMapViewport *self,
                           double         lon,
                           double         lat,
                           double        *x,
                           double        *y)
{
  DqViewport view;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));

  _dq_map_viewport_compute (self, 0, 0, &view);
  dq_viewport_to_canvas (&view, lon, lat, x, y);
}

/**
 * dq_map_viewport_from_canvas:
 * @self: a #DqMapViewport
 * @x: a point, from the top left corner of the map's area
 * @y: a point
 * @lon: (out): its longitude
 * @lat: (out): its latitude
 */
void
dq_map_viewport_from_canvas (DqMapViewport *self,
                             double         x,
                             double         y,
                             double        *lon,
                             double        *lat)
{
  DqViewport view;

  g_return_if_fail (DQ_IS_MAP_VIEWPORT (self));

  _dq_map_viewport_compute (self, 0, 0, &view);
  dq_viewport_from_canvas (&view, x, y, lon, lat);
}
