/* test-map-viewport.c
 *
 * Where the map looks, without a map: the viewport's properties and their
 * notifications, fitting a box, clamping at the zoom range and the bounds,
 * zooming about a point, and its canvas coordinates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dq-map-viewport.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

static DqMapViewport *
new_viewport (void)
{
  DqMapViewport *viewport = dq_map_viewport_new ();

  dq_map_viewport_set_bounds (viewport, 46, 37, 88, 56);
  dq_map_viewport_set_size (viewport, 800, 500);
  dq_map_viewport_reset (viewport);

  return viewport;
}

static void
test_properties (void)
{
  g_autoptr(DqMapViewport) viewport = new_viewport ();
  guint zoom_notified = 0, lon_notified = 0, lat_notified = 0, width_notified = 0;
  double zoom, lon, lat, width, height;

  g_signal_connect_swapped (viewport, "notify::zoom", G_CALLBACK (count_cb), &zoom_notified);
  g_signal_connect_swapped (viewport, "notify::center-longitude", G_CALLBACK (count_cb),
                            &lon_notified);
  g_signal_connect_swapped (viewport, "notify::center-latitude", G_CALLBACK (count_cb),
                            &lat_notified);
  g_signal_connect_swapped (viewport, "notify::width", G_CALLBACK (count_cb), &width_notified);

  dq_map_viewport_set_zoom (viewport, 3);
  dq_map_viewport_set_zoom (viewport, 3);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), ==, 3);
  g_assert_cmpuint (zoom_notified, ==, 1);

  dq_map_viewport_set_center (viewport, 70, 48);
  dq_map_viewport_set_center (viewport, 70, 48);
  dq_map_viewport_get_center (viewport, &lon, &lat);
  g_assert_cmpfloat (lon, ==, 70);
  g_assert_cmpfloat (lat, ==, 48);
  g_assert_cmpuint (lon_notified, ==, 1);
  g_assert_cmpuint (lat_notified, ==, 1);

  /* Moving along a parallel changes the longitude only. */
  dq_map_viewport_set_center (viewport, 60, 48);
  g_assert_cmpuint (lon_notified, ==, 2);
  g_assert_cmpuint (lat_notified, ==, 1);

  dq_map_viewport_set_size (viewport, 640, 500);
  dq_map_viewport_set_size (viewport, 640, 500);
  g_assert_cmpfloat (dq_map_viewport_get_width (viewport), ==, 640);
  g_assert_cmpfloat (dq_map_viewport_get_height (viewport), ==, 500);
  g_assert_cmpuint (width_notified, ==, 1);

  /* The same through properties. */
  g_object_set (viewport, "zoom", 5.0, "center-latitude", 50.0, "height", 300.0, NULL);
  g_object_get (viewport, "zoom", &zoom, "center-longitude", &lon, "center-latitude", &lat,
                "width", &width, "height", &height, NULL);
  g_assert_cmpfloat (zoom, ==, 5);
  g_assert_cmpfloat (lon, ==, 60);
  g_assert_cmpfloat (lat, ==, 50);
  g_assert_cmpfloat (width, ==, 640);
  g_assert_cmpfloat (height, ==, 300);
  g_assert_cmpuint (zoom_notified, ==, 2);
  g_assert_cmpuint (lat_notified, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&viewport));
}

static void
test_clamping (void)
{
  g_autoptr(DqMapViewport) viewport = new_viewport ();
  double min_lon, min_lat, max_lon, max_lat, lon, lat;
  guint zoom_notified = 0;

  g_signal_connect_swapped (viewport, "notify::zoom", G_CALLBACK (count_cb), &zoom_notified);

  /* The zoom stays within its range, and a clamped value that is already
   * the zoom is no change. */
  dq_map_viewport_set_zoom (viewport, 0.2);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), ==, DQ_MAP_MIN_ZOOM);
  g_assert_cmpuint (zoom_notified, ==, 0);
  dq_map_viewport_set_zoom (viewport, 1000);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), ==, DQ_MAP_MAX_ZOOM);
  g_assert_cmpuint (zoom_notified, ==, 1);
  dq_map_viewport_set_zoom (viewport, DQ_MAP_MAX_ZOOM + 1);
  g_assert_cmpuint (zoom_notified, ==, 1);

  /* The centre stays within the bounds. */
  dq_map_viewport_get_bounds (viewport, &min_lon, &min_lat, &max_lon, &max_lat);
  g_assert_cmpfloat (min_lon, ==, 46);
  g_assert_cmpfloat (max_lat, ==, 56);
  dq_map_viewport_set_center (viewport, 150, -80);
  dq_map_viewport_get_center (viewport, &lon, &lat);
  g_assert_cmpfloat (lon, ==, max_lon);
  g_assert_cmpfloat (lat, ==, min_lat);
  dq_map_viewport_set_center (viewport, 0, 89);
  dq_map_viewport_get_center (viewport, &lon, &lat);
  g_assert_cmpfloat (lon, ==, min_lon);
  g_assert_cmpfloat (lat, ==, max_lat);

  /* Narrower bounds pull the centre in. */
  dq_map_viewport_set_bounds (viewport, 50, 40, 60, 45);
  dq_map_viewport_get_center (viewport, &lon, &lat);
  g_assert_cmpfloat (lon, ==, 50);
  g_assert_cmpfloat (lat, ==, 45);

  /* The size is never negative. */
  dq_map_viewport_set_size (viewport, -10, 20);
  g_assert_cmpfloat (dq_map_viewport_get_width (viewport), ==, 0);

  if (g_test_undefined ())
    {
      g_test_expect_message ("dostyq-render", G_LOG_LEVEL_CRITICAL, "*isfinite*");
      dq_map_viewport_set_zoom (viewport, NAN);
      g_test_assert_expected_messages ();
      g_test_expect_message ("dostyq-render", G_LOG_LEVEL_CRITICAL, "*min_lon < max_lon*");
      dq_map_viewport_set_bounds (viewport, 60, 40, 50, 45);
      g_test_assert_expected_messages ();
    }
}

static void
test_canvas (void)
{
  g_autoptr(DqMapViewport) viewport = new_viewport ();
  double lon, lat, x, y, cx, cy, ax, ay, bx, by;

  /* The centre is drawn in the middle of the area, whatever the zoom. */
  dq_map_viewport_get_center (viewport, &cx, &cy);
  for (guint i = 0; i < 3; i++)
    {
      dq_map_viewport_set_zoom (viewport, (double[]) { 1, 2.5, 40 }[i]);
      dq_map_viewport_to_canvas (viewport, cx, cy, &x, &y);
      g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
      g_assert_cmpfloat_with_epsilon (y, 250, 1e-6);
    }

  /* Round trips, and north is up and east is right. */
  dq_map_viewport_set_zoom (viewport, 2);
  dq_map_viewport_to_canvas (viewport, 76.9, 43.2, &x, &y);
  dq_map_viewport_from_canvas (viewport, x, y, &lon, &lat);
  g_assert_cmpfloat_with_epsilon (lon, 76.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (lat, 43.2, 1e-9);
  dq_map_viewport_to_canvas (viewport, 60, 45, &ax, &ay);
  dq_map_viewport_to_canvas (viewport, 70, 50, &bx, &by);
  g_assert_cmpfloat (bx, >, ax);
  g_assert_cmpfloat (by, <, ay);

  /* Doubling the zoom doubles distances on the canvas. */
  {
    double d2 = hypot (bx - ax, by - ay), d4;

    dq_map_viewport_set_zoom (viewport, 4);
    dq_map_viewport_to_canvas (viewport, 60, 45, &ax, &ay);
    dq_map_viewport_to_canvas (viewport, 70, 50, &bx, &by);
    d4 = hypot (bx - ax, by - ay);
    g_assert_cmpfloat_with_epsilon (d4 / d2, 2, 1e-9);
  }
}

static void
test_fit_bounds (void)
{
  g_autoptr(DqMapViewport) viewport = new_viewport ();
  double corners[4][2] = { { 68, 40 }, { 68, 44 }, { 72, 40 }, { 72, 44 } };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double whole_zoom;

  /* At zoom 1 the bounds fit the area. */
  dq_map_viewport_to_canvas (viewport, 46, 37, &x0, &y1);
  dq_map_viewport_to_canvas (viewport, 88, 56, &x1, &y0);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (x1, <=, 800);

  /* A box a tenth as wide zooms in, and every corner is inside. */
  dq_map_viewport_fit_bounds (viewport, 68, 40, 72, 44);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), >, 3);
  x0 = y0 = G_MAXDOUBLE;
  x1 = y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double x, y;

      dq_map_viewport_to_canvas (viewport, corners[i][0], corners[i][1], &x, &y);
      g_assert_cmpfloat (x, >=, -1e-6);
      g_assert_cmpfloat (x, <=, 800 + 1e-6);
      g_assert_cmpfloat (y, >=, -1e-6);
      g_assert_cmpfloat (y, <=, 500 + 1e-6);
      x0 = MIN (x0, x);
      y0 = MIN (y0, y);
      x1 = MAX (x1, x);
      y1 = MAX (y1, y);
    }
  /* It fills the area in one direction at least. */
  g_assert_cmpfloat (MAX ((x1 - x0) / 800, (y1 - y0) / 500), >, 0.9);

  /* The whole bounds again: zoom 1. */
  dq_map_viewport_fit_bounds (viewport, 46, 37, 88, 56);
  whole_zoom = dq_map_viewport_get_zoom (viewport);
  g_assert_cmpfloat_with_epsilon (whole_zoom, 1, 1e-9);

  /* A point is no box; a very small box stops at the largest zoom. */
  dq_map_viewport_fit_bounds (viewport, 70, 42, 70.001, 42.001);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), ==, DQ_MAP_MAX_ZOOM);
}

static void
test_zoom_at (void)
{
  g_autoptr(DqMapViewport) viewport = new_viewport ();
  double lon, lat, lon2, lat2, x, y;
  guint notified = 0;

  g_signal_connect_swapped (viewport, "notify", G_CALLBACK (count_cb), &notified);

  /* What is under the point stays there. */
  dq_map_viewport_from_canvas (viewport, 200, 100, &lon, &lat);
  dq_map_viewport_zoom_at (viewport, 3, 200, 100);
  g_assert_cmpfloat (dq_map_viewport_get_zoom (viewport), ==, 3);
  dq_map_viewport_to_canvas (viewport, lon, lat, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 200, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-6);
  /* The zoom and both halves of the centre changed. */
  g_assert_cmpuint (notified, ==, 3);

  /* And back out again. */
  dq_map_viewport_zoom_at (viewport, 1.5, 200, 100);
  dq_map_viewport_from_canvas (viewport, 200, 100, &lon2, &lat2);
  g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-9);

  /* Zooming about the middle keeps the centre. */
  dq_map_viewport_get_center (viewport, &lon, &lat);
  dq_map_viewport_zoom_at (viewport, 6, 400, 250);
  dq_map_viewport_get_center (viewport, &lon2, &lat2);
  g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-9);

  /* At the limit nothing moves. */
  dq_map_viewport_set_zoom (viewport, DQ_MAP_MAX_ZOOM);
  notified = 0;
  dq_map_viewport_zoom_at (viewport, DQ_MAP_MAX_ZOOM * 2, 10, 10);
  g_assert_cmpuint (notified, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Map/Viewport/properties", test_properties);
  g_test_add_func ("/Dostyq/Map/Viewport/clamping", test_clamping);
  g_test_add_func ("/Dostyq/Map/Viewport/canvas", test_canvas);
  g_test_add_func ("/Dostyq/Map/Viewport/fit-bounds", test_fit_bounds);
  g_test_add_func ("/Dostyq/Map/Viewport/zoom-at", test_zoom_at);

  return g_test_run ();
}
