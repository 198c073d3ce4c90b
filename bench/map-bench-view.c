/* map-bench-view.c
 *
 * Times a frame of the map view as the window draws it, with whatever
 * renderer GTK chose (GSK_RENDERER picks one): after a full rebuild (the
 * scene laid out and drawn into its node), and after a hover or focus
 * change, which only replays the recorded node under a ring: GTK then
 * draws again only where the ring was or is. Prints medians of the
 * thread's CPU time; it asserts nothing, so it is a benchmark, not a
 * test. Needs a display (xvfb-run will do).
 *
 *   map-bench-view [N_CENTRES]   (default 10000)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "dq-bench-clock.h"
#include "dq-map-private.h"
#include "dq-map-view.h"

#define WIDTH  1200
#define HEIGHT 800
#define RUNS   21

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* One frame, as the window draws it with its renderer. */
static void
draw_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static GtkEventController *
find_motion (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  /* The scene view's own, which hovers; it is added first. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;
    }

  return NULL;
}

static gboolean
find_symbol (DqScene *scene,
             double  *x,
             double  *y)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double bx, by, bw, bh;

      if (mark->datum == NULL || (mark->role != DQ_MARK_ROLE_CENTRE &&
                                  mark->role != DQ_MARK_ROLE_CLUSTER))
        continue;

      dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
      *x = bx + bw / 2;
      *y = by + bh / 2;
      return TRUE;
    }

  return FALSE;
}

static void
measure (DqMapView  *view,
         const char *label)
{
  GtkWidget *widget = GTK_WIDGET (view);
  DqSceneView *scene_view = DQ_SCENE_VIEW (view);
  GtkEventController *motion = find_motion (widget);
  double rebuild[RUNS], hover[RUNS], focus[RUNS];
  double x = 0, y = 0;
  double start;

  for (guint i = 0; i < RUNS; i++)
    {
      start = dq_bench_cpu_ms ();
      dq_scene_view_invalidate (scene_view);
      dq_scene_view_get_scene (scene_view);
      draw_frame (widget);
      rebuild[i] = dq_bench_cpu_ms () - start;
    }

  find_symbol (dq_scene_view_get_scene (scene_view), &x, &y);
  for (guint i = 0; i < RUNS; i++)
    {
      /* On a symbol and off it again, so that each frame changes. */
      start = dq_bench_cpu_ms ();
      if (i % 2 == 0)
        g_signal_emit_by_name (motion, "motion", x, y);
      else
        g_signal_emit_by_name (motion, "motion", 2.0, 2.0);
      draw_frame (widget);
      hover[i] = dq_bench_cpu_ms () - start;
    }

  gtk_widget_grab_focus (widget);
  for (guint i = 0; i < RUNS; i++)
    {
      start = dq_bench_cpu_ms ();
      if (!dq_scene_view_move_focus (scene_view, 1))
        dq_scene_view_reset_focus (scene_view);
      draw_frame (widget);
      focus[i] = dq_bench_cpu_ms () - start;
    }

  g_print ("| %-34s | %6u | %10.2f | %8.2f | %8.2f |\n", label,
           dq_scene_get_n_marks (dq_scene_view_get_scene (scene_view)),
           dq_bench_median (rebuild, RUNS), dq_bench_median (hover, RUNS),
           dq_bench_median (focus, RUNS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqMap) map = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  GtkWidget *window;
  DqMapView *view;

  gtk_init ();
  adw_init ();

  dataset = dq_dataset_new_bundled (&error);
  if (dataset == NULL)
    {
      g_printerr ("map-bench-view: %s\n", error->message);
      return EXIT_FAILURE;
    }

  map = dq_map_new (dataset);
  view = DQ_MAP_VIEW (dq_map_view_new ());
  dq_map_view_set_map (view, map);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  while (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_print ("Map view, %d × %d px, %s; medians of %d frames drawn by the window; "
           "CPU time of the thread\n\n",
           gtk_widget_get_width (GTK_WIDGET (view)), gtk_widget_get_height (GTK_WIDGET (view)),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), RUNS);
  g_print ("| %-34s | %6s | %10s | %8s | %8s |\n", "case", "marks", "rebuild ms", "hover ms",
           "focus ms");
  g_print ("|%s|%s|%s|%s|%s|\n", "------------------------------------", "--------",
           "------------", "----------", "----------");

  measure (view, "bundled data, zoom 1");
  _dq_map_set_extra_centres (map, n, 2021);
  {
    g_autofree char *label = g_strdup_printf ("+%u synthetic, zoom 1, clusters", n);

    measure (view, label);
  }

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}
