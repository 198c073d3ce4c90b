/* test-scene-view.c
 *
 * The scene view, through a small subclass defined here: hit-testing to
 * the model object, a scene built once and replayed on hover and focus,
 * the Tab walk, what screen readers are told, and a moved scene. Needs a
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dq-scene-view.h"

#define N_ITEMS 3

/* Three squares in a row, each showing one item. */
#define SQUARE_X(i) (40.0 + 100.0 * (i))
#define SQUARE_Y    60.0
#define SQUARE_SIZE 50.0

#define TEST_TYPE_VIEW (test_view_get_type ())

G_DECLARE_FINAL_TYPE (TestView, test_view, TEST, VIEW, DqSceneView)

struct _TestView
{
  DqSceneView  parent_instance;

  GObject     *items[N_ITEMS];
  guint        n_builds;
  int          last_width;
};

G_DEFINE_FINAL_TYPE (TestView, test_view, DQ_TYPE_SCENE_VIEW)

static const char * const names[N_ITEMS] = { "first", "second", "third" };

static DqScene *
test_view_build_scene (DqSceneView *view,
                       int          width,
                       int          height,
                       gboolean     dark)
{
  TestView *self = TEST_VIEW (view);
  DqScene *scene = dq_scene_new (width, height, DQ_LANGUAGE_EN);
  DqColor fill = { 0.2, 0.4, 0.6, 1 };

  self->n_builds++;
  self->last_width = width;
  dq_scene_set_title (scene, "Three squares");
  dq_scene_add_rect (scene, DQ_MARK_ROLE_BACKGROUND, 0, 0, width, height, &fill);
  for (guint i = 0; i < N_ITEMS; i++)
    {
      DqMark *mark = dq_scene_add_rect (scene, DQ_MARK_ROLE_BAR, SQUARE_X (i), SQUARE_Y,
                                        SQUARE_SIZE, SQUARE_SIZE, &fill);

      dq_mark_set_datum (mark, names[i]);
      dq_mark_set_item (mark, self->items[i]);
    }

  return scene;
}

static char *
test_view_describe_item (DqSceneView *view,
                         GObject     *item)
{
  return g_strdup_printf ("The %s square", (const char *) g_object_get_data (item, "name"));
}

static void
test_view_dispose (GObject *object)
{
  TestView *self = TEST_VIEW (object);

  for (guint i = 0; i < N_ITEMS; i++)
    g_clear_object (&self->items[i]);

  G_OBJECT_CLASS (test_view_parent_class)->dispose (object);
}

static void
test_view_class_init (TestViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DqSceneViewClass *view_class = DQ_SCENE_VIEW_CLASS (klass);

  object_class->dispose = test_view_dispose;

  view_class->build_scene = test_view_build_scene;
  view_class->describe_item = test_view_describe_item;
  view_class->untitled_label = "Squares";
  view_class->focus_hint = "Use Tab";
}

static void
test_view_init (TestView *self)
{
  for (guint i = 0; i < N_ITEMS; i++)
    {
      self->items[i] = g_object_new (G_TYPE_OBJECT, NULL);
      g_object_set_data (self->items[i], "name", (gpointer) names[i]);
    }
}

static void
wait_for_scene (TestView *view)
{
  while (gtk_widget_get_width (GTK_WIDGET (view)) <= 0 ||
         dq_scene_view_peek_scene (DQ_SCENE_VIEW (view)) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  return NULL;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until the window has drawn the view again. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static GtkWidget *
show_in_window (TestView *view)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_scene (view);

  return window;
}

static void
test_scene_view_lookup (void)
{
  TestView *view = g_object_ref_sink (g_object_new (TEST_TYPE_VIEW, NULL));
  GtkWidget *window;

  /* No size, no scene, nothing under any point. */
  g_assert_null (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), SQUARE_X (0) + 1, SQUARE_Y + 1));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Squares");

  window = show_in_window (view);
  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Three squares");

  /* Each square gives back its own object; the ground between none. */
  for (guint i = 0; i < N_ITEMS; i++)
    {
      double x = SQUARE_X (i) + SQUARE_SIZE / 2;
      double y = SQUARE_Y + SQUARE_SIZE / 2;
      g_autofree char *text = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), x, y);
      g_autofree char *expected = g_strdup_printf ("The %s square", names[i]);

      g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), x, y) == view->items[i]);
      g_assert_cmpstr (text, ==, expected);
    }
  g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), SQUARE_X (0) - 10, SQUARE_Y));
  g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), SQUARE_X (1) + SQUARE_SIZE / 2,
                                            SQUARE_Y + SQUARE_SIZE + 20));

  /* A moved scene is hit where it is drawn: twice as large, its origin at
   * (10, 0), the second square's middle is at 10 + 2 × 165. */
  dq_scene_view_set_transform (DQ_SCENE_VIEW (view), 2, 0, 0, 10, 0);
  g_assert_true (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)));
  g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view),
                                            10 + 2 * (SQUARE_X (1) + SQUARE_SIZE / 2),
                                            2 * (SQUARE_Y + SQUARE_SIZE / 2)) == view->items[1]);
  g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), SQUARE_X (1) + SQUARE_SIZE / 2,
                                            SQUARE_Y + SQUARE_SIZE / 2));
  dq_scene_view_end_transform (DQ_SCENE_VIEW (view));
  g_assert_false (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)));
  g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), SQUARE_X (1) + SQUARE_SIZE / 2,
                                            SQUARE_Y + SQUARE_SIZE / 2) == view->items[1]);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_scene_view_rebuild (void)
{
  TestView *view = g_object_ref_sink (g_object_new (TEST_TYPE_VIEW, NULL));
  GtkWidget *window = show_in_window (view);
  GtkEventController *motion = find_controller (GTK_WIDGET (view),
                                                GTK_TYPE_EVENT_CONTROLLER_MOTION);
  /* Held, so that a scene built later cannot take its address. */
  g_autoptr(DqScene) scene = g_object_ref (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  guint builds = view->n_builds;
  int width;

  g_assert_cmpuint (builds, >=, 1);
  g_assert_nonnull (motion);
  wait_for_frame (GTK_WIDGET (view));

  /* Hovering a square draws a ring over the recorded scene, and builds
   * nothing. */
  g_signal_emit_by_name (motion, "motion", SQUARE_X (0) + 5, SQUARE_Y + 5);
  wait_for_frame (GTK_WIDGET (view));
  g_signal_emit_by_name (motion, "leave");
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (view->n_builds, ==, builds);

  /* So does the focus, moved by Tab and by the keys. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), 1));
  gtk_widget_activate_action (GTK_WIDGET (view), "scene-view.focus-step", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "scene-view.focus-end", "b", TRUE);
  wait_for_frame (GTK_WIDGET (view));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (view->n_builds, ==, builds);
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == scene);

  /* A new size builds the scene again, once, for that size. */
  width = gtk_widget_get_width (GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 500, 300);
  while (gtk_widget_get_width (GTK_WIDGET (view)) == width)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (view->n_builds, ==, builds + 1);
  g_assert_cmpint (view->last_width, ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (dq_scene_get_width (dq_scene_view_get_scene (DQ_SCENE_VIEW (view))), ==,
                     gtk_widget_get_width (GTK_WIDGET (view)));

  /* So does the theme, and new data. */
  dq_scene_view_set_dark (DQ_SCENE_VIEW (view), !dq_scene_view_get_dark (DQ_SCENE_VIEW (view)));
  g_assert_cmpuint (view->n_builds, ==, builds + 2);
  dq_scene_view_invalidate (DQ_SCENE_VIEW (view));
  g_assert_cmpuint (view->n_builds, ==, builds + 2);
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  g_assert_cmpuint (view->n_builds, ==, builds + 3);

  /* The focus stays on its square when the scene is built again. */
  g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[2]);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_scene_view_focus (void)
{
  TestView *view = g_object_ref_sink (g_object_new (TEST_TYPE_VIEW, NULL));
  GtkWidget *window = show_in_window (view);

  g_assert_null (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Use Tab");

  /* Tab enters at the first square, walks them in order, and leaves
   * after the last; screen readers hear about each. */
  for (guint i = 0; i < N_ITEMS; i++)
    {
      g_autofree char *expected = g_strdup_printf ("The %s square", names[i]);

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
      g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[i]);
      g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), ==, names[i]);
      gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
    }
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[2]);

  /* Shift+Tab walks back, and leaves before the first. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[1]);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The second square");
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[0]);

  /* The arrow actions step and stop at the ends. */
  g_assert_false (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), -1));
  gtk_widget_activate_action (GTK_WIDGET (view), "scene-view.focus-direction", "i",
                              GTK_DIR_RIGHT);
  g_assert_true (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view)) == view->items[1]);

  /* Without a focused square, screen readers are told how to reach one. */
  dq_scene_view_reset_focus (DQ_SCENE_VIEW (view));
  g_assert_null (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Use Tab");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/SceneView/lookup", test_scene_view_lookup);
  g_test_add_func ("/Dostyq/Widgets/SceneView/rebuild", test_scene_view_rebuild);
  g_test_add_func ("/Dostyq/Widgets/SceneView/focus", test_scene_view_focus);

  return g_test_run ();
}
