/* map-bench.c
 *
 * Times the map with many more centres than the bundled data holds: how
 * long a scene takes to lay out, to draw (a redraw of the cached scene, as
 * the widget did on every frame before it recorded the scene into a node),
 * and one hover hit-test. Prints medians of the thread's CPU time;
 * it asserts nothing, so it is a benchmark, not a test.
 *
 *   map-bench [N_CENTRES]   (default 10000)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <stdlib.h>

#include "dq-bench-clock.h"
#include "dq-dataset.h"
#include "dq-map-private.h"
#include "dq-scene-render.h"

#define WIDTH  1200
#define HEIGHT 800
#define RUNS   21

static void
measure (DqMap      *map,
         const char *label,
         double      zoom,
         gboolean    clustering)
{
  double build[RUNS], draw[RUNS];
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(DqScene) scene = NULL;
  GRand *rand = g_rand_new_with_seed (2021);
  const guint n_lookups = 100000;
  guint hits = 0;
  double start;
  double per_lookup;

  dq_map_set_zoom (map, zoom);
  dq_map_set_clustering (map, clustering);

  for (guint i = 0; i < RUNS; i++)
    {
      cairo_t *cr;

      start = dq_bench_cpu_ms ();
      g_clear_object (&scene);
      scene = dq_map_build_scene (map, WIDTH, HEIGHT, FALSE);
      build[i] = dq_bench_cpu_ms () - start;

      cr = cairo_create (surface);
      start = dq_bench_cpu_ms ();
      dq_scene_render_cairo (scene, cr);
      cairo_surface_flush (surface);
      draw[i] = dq_bench_cpu_ms () - start;
      cairo_destroy (cr);
    }

  /* Hover: the pointer anywhere over the canvas. */
  start = dq_bench_cpu_ms ();
  for (guint i = 0; i < n_lookups; i++)
    {
      double x = g_rand_double_range (rand, 0, WIDTH);
      double y = g_rand_double_range (rand, 0, HEIGHT);

      hits += dq_map_lookup (map, x, y) != NULL;
    }
  per_lookup = (dq_bench_cpu_ms () - start) * 1000.0 / n_lookups;

  g_print ("| %-34s | %6u | %8.2f | %8.2f | %8.3f | %5.1f%% |\n",
           label, dq_scene_get_n_marks (scene), dq_bench_median (build, RUNS),
           dq_bench_median (draw, RUNS), per_lookup, 100.0 * hits / n_lookups);

  g_rand_free (rand);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqMap) map = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;

  dataset = dq_dataset_new_bundled (&error);
  if (dataset == NULL)
    {
      g_printerr ("map-bench: %s\n", error->message);
      return EXIT_FAILURE;
    }

  map = dq_map_new (dataset);

  g_print ("Map, %u × %u px canvas; medians of %d runs, CPU time; hit-test over 100,000 "
           "random points\n\n",
           WIDTH, HEIGHT, RUNS);
  g_print ("| %-34s | %6s | %8s | %8s | %8s | %6s |\n", "case", "marks", "layout ms", "redraw ms",
           "hit µs", "hits");
  g_print ("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------", "--------",
           "----------", "----------", "----------", "--------");

  measure (map, "bundled data, zoom 1", 1, TRUE);
  _dq_map_set_extra_centres (map, n, 2021);
  {
    g_autofree char *a = g_strdup_printf ("+%u synthetic, zoom 1, clusters", n);
    g_autofree char *b = g_strdup_printf ("+%u synthetic, zoom 4, clusters", n);
    g_autofree char *c = g_strdup_printf ("+%u synthetic, zoom 1, no clusters", n);

    measure (map, a, 1, TRUE);
    measure (map, b, 4, TRUE);
    measure (map, c, 1, FALSE);
  }

  return EXIT_SUCCESS;
}
