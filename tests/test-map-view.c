/* test-map-view.c
 *
 * The map on screen: the map view (scene, hit-testing, zooming about the
 * pointer, panning, keyboard focus) and the map page (the highlighted
 * diaspora, the kind filter, the records not on the map, the details and
 * exporting). Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "dq-export-dialog.h"
#include "dq-map-page.h"
#include "dq-map-view.h"
#include "dq-map-view-private.h"

static DqDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dataset;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
wait_for_scene (DqMapView *view)
{
  while (gtk_widget_get_width (GTK_WIDGET (view)) <= 0 ||
         dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static const DqMark *
find_mark (DqScene    *scene,
           DqMarkRole  role)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == role && mark->datum != NULL)
        return mark;
    }

  return NULL;
}

static void
mark_centre (const DqMark *mark,
             double       *x,
             double       *y)
{
  double bx, by, bw, bh;

  dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
  *x = bx + bw / 2;
  *y = by + bh / 2;
}

static gboolean
is_symbol_role (DqMarkRole role)
{
  return role == DQ_MARK_ROLE_CENTRE || role == DQ_MARK_ROLE_EVENT ||
         role == DQ_MARK_ROLE_CLUSTER;
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

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
test_map_view_scene (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(DqMap) map = dq_map_new (dataset);
  DqMapView *view = g_object_ref_sink (DQ_MAP_VIEW (dq_map_view_new ()));
  GtkWidget *window;
  guint notified = 0;
  /* Held, so that a scene built later cannot take the address of one
   * already freed and pass for it. */
  g_autoptr(DqScene) scene = NULL;
  const DqMark *mark;
  DqCentre *centre;
  g_autofree char *text = NULL;
  g_autofree char *cluster_text = NULL;
  g_auto(GStrv) members = NULL;
  GObject *cluster;
  double x, y;

  g_assert_null (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_signal_connect (view, "notify::map", G_CALLBACK (notify_count_cb), &notified);
  dq_map_view_set_map (view, map);
  dq_map_view_set_map (view, map);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (dq_map_view_get_map (view) == map);
  dq_scene_view_set_dark (DQ_SCENE_VIEW (view), FALSE);

  /* Without a size there is nothing to lay out. */
  g_assert_null (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));

  window = show_in_window (GTK_WIDGET (view), 1000, 700);
  wait_for_scene (view);

  /* The scene has the size of the allocation: one unit a pixel. */
  g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_assert_cmpfloat (dq_scene_get_width (scene), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (dq_scene_get_height (scene), ==, gtk_widget_get_height (GTK_WIDGET (view)));
  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       dq_scene_get_title (scene));

  /* Nothing changed, nothing is built again. */
  gtk_widget_queue_resize (GTK_WIDGET (view));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == scene);

  /* A centre's symbol describes it: its name, kind and source. */
  mark = find_mark (scene, DQ_MARK_ROLE_CENTRE);
  g_assert_nonnull (mark);
  centre = dq_dataset_lookup_centre (dataset, mark->datum);
  g_assert_nonnull (centre);
  mark_centre (mark, &x, &y);
  text = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), x, y);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, dq_text_get (dq_centre_get_name (centre),
                                                      DQ_LANGUAGE_EN)));
  g_assert_nonnull (strstr (text, dq_source_get_quote (dq_centre_get_source (centre))));

  /* Hit-testing gives back the centre itself. */
  g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), x, y) == G_OBJECT (centre));

  /* A cluster names its centres and says how to open it. */
  mark = find_mark (scene, DQ_MARK_ROLE_CLUSTER);
  g_assert_nonnull (mark);
  mark_centre (mark, &x, &y);
  cluster_text = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), x, y);
  g_assert_nonnull (cluster_text);
  g_assert_nonnull (strstr (cluster_text, "click to expand"));
  members = g_strsplit (mark->datum + strlen ("cluster:"), ",", -1);
  for (guint i = 0; members[i] != NULL; i++)
    {
      DqCentre *member = dq_dataset_lookup_centre (dataset, members[i]);

      g_assert_nonnull (member);
      g_assert_nonnull (strstr (cluster_text, dq_text_get (dq_centre_get_name (member),
                                                           DQ_LANGUAGE_EN)));
    }

  /* Hit-testing a cluster gives back the list of its centres, in the
   * order of its datum. */
  cluster = dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), x, y);
  g_assert_true (G_IS_LIST_MODEL (cluster));
  g_assert_true (cluster == mark->item);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cluster)), ==,
                    g_strv_length (members));
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autoptr(GObject) member = g_list_model_get_item (G_LIST_MODEL (cluster), i);

      g_assert_true (member == G_OBJECT (dq_dataset_lookup_centre (dataset, members[i])));
    }

  /* The title, out of the map area, describes nothing. */
  {
    g_autofree char *corner = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), 2, 2);

    g_assert_null (corner);
    g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), 2, 2));
  }

  /* A change of the map builds the scene again; so does the theme. */
  dq_map_set_group (map, "germans");
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) != scene);
  g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  dq_scene_view_set_dark (DQ_SCENE_VIEW (view), TRUE);
  g_assert_true (dq_scene_view_get_dark (DQ_SCENE_VIEW (view)));
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) != scene);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
activate_item_cb (DqMapView  *view,
                  GObject    *item,
                  GObject   **out)
{
  g_set_object (out, item);
}

static void
test_map_view_zoom (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(DqMap) map = dq_map_new (dataset);
  DqMapView *view = g_object_ref_sink (DQ_MAP_VIEW (dq_map_view_new ()));
  DqPlace *almaty = dq_dataset_lookup_place (dataset, "almaty");
  GtkWidget *window;
  GtkEventController *drag;
  GtkEventController *scroll;
  g_autoptr(GObject) activated = NULL;
  const DqMark *mark;
  DqScene *scene = NULL;
  double lon0, lat0, lon, lat, x, y, x2, y2, zoom;

  dq_map_view_set_map (view, map);
  window = show_in_window (GTK_WIDGET (view), 1000, 700);
  wait_for_scene (view);
  dq_map_get_center (map, &lon0, &lat0);

  /* The action doubles the zoom. */
  g_assert_cmpfloat (dq_map_get_zoom (map), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (dq_map_get_zoom (map), 2, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (dq_map_get_zoom (map), 1, 1e-9);

  /* Zooming about a point keeps the place under it: Almaty stays where it
   * was, within a pixel. */
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  g_assert_true (dq_map_lonlat_to_canvas (map, dq_place_get_longitude (almaty),
                                          dq_place_get_latitude (almaty), &x, &y));
  dq_map_view_zoom_at (view, 2, x, y);
  g_assert_cmpfloat_with_epsilon (dq_map_get_zoom (map), 2, 1e-9);
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  g_assert_true (dq_map_canvas_to_lonlat (map, x, y, &lon, &lat));
  dq_map_lonlat_to_canvas (map, dq_place_get_longitude (almaty), dq_place_get_latitude (almaty),
                           &x2, &y2);
  g_assert_cmpfloat (fabs (x2 - x), <, 1);
  g_assert_cmpfloat (fabs (y2 - y), <, 1);

  /* A drag moves the map with the pointer; a press that barely moves
   * does not. */
  drag = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_DRAG);
  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 1.0, 1.0);
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  dq_map_lonlat_to_canvas (map, dq_place_get_longitude (almaty), dq_place_get_latitude (almaty),
                           &x2, &y2);
  g_assert_cmpfloat (fabs (x2 - x), <, 1);
  /* Held, so that no later scene can take its address. */
  scene = g_object_ref (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_signal_emit_by_name (drag, "drag-update", -60.0, -30.0);

  /* While the drag goes on, the scene on screen is moved, not built
   * again; it is when the drag ends. */
  g_assert_true (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_true (dq_scene_view_peek_scene (DQ_SCENE_VIEW (view)) == scene);
  g_signal_emit_by_name (drag, "drag-end", -60.0, -30.0);
  g_assert_false (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)));
  g_clear_object (&scene);
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  dq_map_lonlat_to_canvas (map, dq_place_get_longitude (almaty), dq_place_get_latitude (almaty),
                           &x2, &y2);
  g_assert_cmpfloat (fabs (x2 - (x - 60)), <, 1);
  g_assert_cmpfloat (fabs (y2 - (y - 30)), <, 1);

  /* The wheel zooms in when turned away. */
  zoom = dq_map_get_zoom (map);
  scroll = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  g_assert_nonnull (scroll);
  {
    gboolean handled = FALSE;

    scene = g_object_ref (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
    g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
    g_assert_true (handled);
  }
  g_assert_cmpfloat (dq_map_get_zoom (map), >, zoom);

  /* The scene is scaled while the zoom goes on, and laid out again once
   * it has stopped. */
  g_assert_true (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)));
  g_assert_true (dq_scene_view_peek_scene (DQ_SCENE_VIEW (view)) == scene);
  while (dq_scene_view_is_transformed (DQ_SCENE_VIEW (view)))
    g_main_context_iteration (NULL, TRUE);
  while (dq_scene_view_peek_scene (DQ_SCENE_VIEW (view)) == scene)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&scene);

  /* Reset shows both countries whole again. */
  gtk_widget_activate_action (GTK_WIDGET (view), "map.reset", NULL);
  g_assert_cmpfloat (dq_map_get_zoom (map), ==, 1);
  dq_map_get_center (map, &lon, &lat);
  g_assert_cmpfloat_with_epsilon (lon, lon0, 1e-6);
  g_assert_cmpfloat_with_epsilon (lat, lat0, 1e-6);

  /* A centre is activated; a cluster is zoomed into instead. */
  g_signal_connect (view, "activate-item", G_CALLBACK (activate_item_cb), &activated);
  mark = find_mark (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)), DQ_MARK_ROLE_CENTRE);
  g_assert_nonnull (mark);
  dq_scene_view_activate_item (DQ_SCENE_VIEW (view), mark->item);
  g_assert_true (DQ_IS_CENTRE (activated));
  g_assert_cmpstr (dq_centre_get_id (DQ_CENTRE (activated)), ==, mark->datum);
  g_clear_object (&activated);

  mark = find_mark (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)), DQ_MARK_ROLE_CLUSTER);
  g_assert_nonnull (mark);
  dq_scene_view_activate_item (DQ_SCENE_VIEW (view), mark->item);
  g_assert_null (activated);
  g_assert_cmpfloat (dq_map_get_zoom (map), >=, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_map_view_focus (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(GHashTable) datums = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DqMapView *view = g_object_ref_sink (DQ_MAP_VIEW (dq_map_view_new ()));
  GtkWidget *window;
  g_autofree char *first = NULL;
  DqScene *scene;
  guint steps = 0;

  dq_map_set_language (map, DQ_LANGUAGE_RU);
  dq_map_view_set_map (view, map);
  window = show_in_window (GTK_WIDGET (view), 1000, 700);
  wait_for_scene (view);

  scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->datum != NULL && is_symbol_role (mark->role))
        g_hash_table_add (datums, mark->datum);
    }
  g_assert_cmpuint (g_hash_table_size (datums), >, 3);

  /* Forward visits every centre, event and cluster once, and tells screen
   * readers about each, in the map's language. */
  g_assert_null (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)));
  while (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), 1))
    {
      const char *datum = dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view));
      GObject *item = dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view));
      g_autofree char *description = NULL;

      g_assert_nonnull (datum);
      g_assert_true (DQ_IS_CENTRE (item) || DQ_IS_EVENT (item) || G_IS_LIST_MODEL (item));
      g_assert_true (g_hash_table_contains (datums, datum));
      g_assert_true (g_hash_table_add (visited, g_strdup (datum)));
      if (first == NULL)
        first = g_strdup (datum);

      description = dq_scene_view_describe_item (DQ_SCENE_VIEW (view),
                                                 dq_scene_view_get_focused_item (
                                                   DQ_SCENE_VIEW (view)));
      g_assert_nonnull (description);
      gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
      steps++;
    }
  g_assert_cmpuint (steps, ==, g_hash_table_size (datums));

  while (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), -1));
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), ==, first);

  /* The focus stays on its symbol when the map is laid out again. */
  dq_map_set_language (map, DQ_LANGUAGE_KK);
  dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), ==, first);

  /* An arrow moves it to a symbol that way. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_widget_activate_action (GTK_WIDGET (view), "scene-view.focus-direction", "i", GTK_DIR_RIGHT);
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), !=, first);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

/* The regions a group's concentration list names, as region marks'
 * datums: on today's map, every region that holds the territory of a
 * region the data names. */
static GHashTable *
concentration_regions (DqDataset  *dataset,
                       const char *group_id)
{
  g_autoptr(DqBasemap) basemap = dq_basemap_dup_default (NULL);
  GHashTable *regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DqGroup *group = dq_dataset_lookup_group (dataset, group_id);

  g_assert_nonnull (group);
  for (guint c = 0; c < dq_group_get_n_concentrations (group); c++)
    {
      const DqConcentration *concentration = dq_group_get_concentration (group, c);

      for (guint i = 0; concentration->places[i] != NULL; i++)
        {
          DqPlace *place = dq_dataset_lookup_place (dataset, concentration->places[i]);

          if (place == NULL || dq_place_get_hasc (place) == NULL)
            continue;
          for (guint r = 0; r < dq_basemap_get_n_regions (basemap); r++)
            {
              const DqBasemapArea *area = dq_basemap_get_region (basemap, r);

              if (dq_basemap_area_matches (area, dq_place_get_hasc (place)))
                g_hash_table_add (regions, g_strconcat ("region:", area->code, NULL));
            }
        }
    }

  return regions;
}

static const char *
item_kind (DqDataset  *dataset,
           const char *id)
{
  DqCentre *centre = dq_dataset_lookup_centre (dataset, id);

  g_assert_nonnull (centre);

  return dq_centre_kind_to_string (dq_centre_get_kind (centre));
}

static void
test_map_page (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GHashTable) expected = concentration_regions (dataset, "germans");
  g_autoptr(GHashTable) highlighted = g_hash_table_new (g_str_hash, g_str_equal);
  DqMapPage *page = g_object_ref_sink (DQ_MAP_PAGE (dq_map_page_new ()));
  const char * const *kinds = dq_map_list_kinds ();
  DqMapView *view = dq_map_page_get_map_view (page);
  DqMap *map = dq_map_page_get_map (page);
  GListModel *rows;
  GListModel *unlocated;
  GtkWidget *window;
  DqScene *scene;
  guint dataset_notified = 0;
  guint group_notified = 0;
  guint kept = 0;

  g_signal_connect (page, "notify::dataset", G_CALLBACK (notify_count_cb), &dataset_notified);
  g_signal_connect (page, "notify::group", G_CALLBACK (notify_count_cb), &group_notified);
  dq_map_page_set_dataset (page, dataset);
  dq_map_page_set_dataset (page, dataset);
  g_assert_cmpuint (dataset_notified, ==, 1);
  g_assert_true (dq_map_view_get_map (view) == map);
  g_assert_true (dq_map_get_dataset (map) == dataset);
  g_assert_cmpint (dq_map_page_get_map_language (page), ==, dq_language_get_default ());

  window = show_in_window (GTK_WIDGET (page), 1300, 850);
  wait_for_scene (view);

  /* The Germans: exactly the regions of their concentration list, the
   * four of the data being five today (Ulytau was part of Karaganda). */
  g_assert_cmpuint (g_hash_table_size (expected), ==, 5);
  dq_map_page_set_group (page, "germans");
  g_assert_cmpstr (dq_map_page_get_group (page), ==, "germans");
  g_assert_cmpstr (dq_map_get_group (map), ==, "germans");
  g_assert_cmpuint (group_notified, ==, 1);
  scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == DQ_MARK_ROLE_REGION_HIGHLIGHT)
        g_hash_table_add (highlighted, mark->datum);
    }
  g_assert_cmpuint (g_hash_table_size (highlighted), ==, g_hash_table_size (expected));
  g_assert_true (g_hash_table_contains (highlighted, "region:KZ-35"));
  g_assert_true (g_hash_table_contains (highlighted, "region:KZ-62"));
  g_assert_true (g_hash_table_contains (highlighted, "region:KZ-11"));
  g_assert_true (g_hash_table_contains (highlighted, "region:KZ-55"));
  g_assert_true (g_hash_table_contains (highlighted, "region:KZ-39"));
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, expected);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (highlighted, key));
  }

  /* Coloured by the Germans' share: the view shows the choropleth, and
   * goes back to the plain regions before 2018, which have no figures. */
  dq_map_set_shares (map, TRUE);
  wait_for_scene (view);
  {
    guint hatched = 0;

    scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      hatched += dq_scene_get_mark (scene, i)->role == DQ_MARK_ROLE_GAP;
    g_assert_cmpuint (hatched, ==, 30);

    dq_map_set_regions (map, DQ_MAP_REGIONS_PRE_2018);
    wait_for_scene (view);
    scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      g_assert_cmpint (dq_scene_get_mark (scene, i)->role, !=, DQ_MARK_ROLE_GAP);
    dq_map_set_regions (map, DQ_MAP_REGIONS_2024);
    dq_map_set_shares (map, FALSE);
  }

  /* A group that is not listed selects none. */
  dq_map_page_set_group (page, "no-such-group");
  g_assert_null (dq_map_page_get_group (page));

  /* The kind filter: only Friendship Houses are left, on the map and in
   * the list of those not on it. */
  for (guint i = 0; kinds[i] != NULL; i++)
    dq_map_page_set_kind_shown (page, kinds[i], g_str_equal (kinds[i], "friendship-house"));
  g_assert_cmpuint (g_strv_length ((char **) dq_map_get_kinds (map)), ==, 1);
  scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_EVENT);
      if (mark->role == DQ_MARK_ROLE_CENTRE)
        {
          g_assert_cmpstr (item_kind (dataset, mark->datum), ==, "friendship-house");
          kept++;
        }
      else if (mark->role == DQ_MARK_ROLE_CLUSTER)
        {
          g_auto(GStrv) members = g_strsplit (mark->datum + strlen ("cluster:"), ",", -1);

          for (guint m = 0; members[m] != NULL; m++)
            g_assert_cmpstr (item_kind (dataset, members[m]), ==, "friendship-house");
          kept++;
        }
    }
  g_assert_cmpuint (kept, >, 0);

  /* The list has exactly the map's records that are not located. */
  rows = dq_map_page_get_unlocated (page);
  unlocated = dq_map_get_unlocated (map);
  g_assert_cmpuint (g_list_model_get_n_items (unlocated), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (unlocated));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = g_list_model_get_item (unlocated, i);

      g_assert_true (row == item);
      g_assert_cmpstr (item_kind (dataset, dq_centre_get_id (DQ_CENTRE (row))), ==,
                       "friendship-house");
    }

  /* Every kind again is no filter at all; the list follows. */
  for (guint i = 0; kinds[i] != NULL; i++)
    dq_map_page_set_kind_shown (page, kinds[i], TRUE);
  g_assert_null (dq_map_get_kinds (map));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (unlocated));
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 2);

  /* Details of a centre the map cannot place, and closing them. */
  dq_map_page_show_details (page, G_OBJECT (dq_dataset_lookup_centre (dataset, "wiedergeburt")));
  g_assert_cmpstr (dq_centre_get_id (DQ_CENTRE (dq_map_page_get_details_item (page))), ==,
                   "wiedergeburt");
  gtk_widget_activate_action (GTK_WIDGET (page), "map.close-details", NULL);
  g_assert_null (dq_map_page_get_details_item (page));

  /* Activating a centre on the map shows its details. */
  dq_scene_view_activate_item (DQ_SCENE_VIEW (view),
                               G_OBJECT (dq_dataset_lookup_centre (dataset,
                                                                   "almaty-friendship-house")));
  g_assert_cmpstr (dq_centre_get_id (DQ_CENTRE (dq_map_page_get_details_item (page))), ==,
                   "almaty-friendship-house");

  /* The map language reaches the map. */
  dq_map_page_set_map_language (page, DQ_LANGUAGE_KK);
  g_assert_cmpint (dq_map_get_language (map), ==, DQ_LANGUAGE_KK);
  g_assert_cmpint (dq_scene_get_language (dq_scene_view_get_scene (DQ_SCENE_VIEW (view))), ==,
                   DQ_LANGUAGE_KK);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* What pointing at a region says: on today's map, a region of the data's
 * concentration list found through the region it was part of; with the
 * share colouring, the region's share with its year, kind and source, or
 * that there is none. */
static void
test_map_view_region_words (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autofree char *ulytau = NULL, *kostanay = NULL, *abai = NULL;

  dq_map_set_group (map, "germans");
  ulytau = _dq_map_view_describe_region (map, "KZ-62");
  g_assert_nonnull (strstr (ulytau, "Ulytau region"));
  g_assert_nonnull (strstr (ulytau, "Germans"));

  dq_map_set_shares (map, TRUE);
  kostanay = _dq_map_view_describe_region (map, "KZ-39");
  g_assert_nonnull (strstr (kostanay, "3.14% (estimate for 2018)"));
  g_assert_nonnull (strstr (kostanay, "Source: https://ru.wikipedia.org/"));
  abai = _dq_map_view_describe_region (map, "KZ-10");
  g_assert_nonnull (strstr (abai, "No published share of this group"));
}

static void
test_map_export_dialog (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-map-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;
  DqMapView *view = g_object_ref_sink (DQ_MAP_VIEW (dq_map_view_new ()));
  DqExportDialog *dialog;
  const DqMark *mark;
  GtkWidget *window;
  double x, y;

  g_assert_no_error (error);
  dq_map_set_group (map, "germans");
  dq_map_view_set_map (view, map);
  window = show_in_window (GTK_WIDGET (view), 900, 600);
  wait_for_scene (view);

  dialog = g_object_ref (dq_export_dialog_new_for_map (map, DQ_LANGUAGE_KK));
  g_assert_true (dq_export_dialog_get_map (dialog) == map);
  g_assert_null (dq_export_dialog_get_chart (dialog));
  name = dq_export_dialog_dup_suggested_name (dialog);
  g_assert_cmpstr (name, ==, "map.kk.png");

  /* An SVG in Kazakh, of the map as it is: the Germans highlighted. */
  dq_export_dialog_set_format (dialog, DQ_EXPORT_SVG);
  path = g_build_filename (dir, "map.svg", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (dq_export_dialog_export_to_file (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, ">Алматы</text>"));
  g_assert_nonnull (strstr (contents, "region-highlight"));

  /* Exporting leaves the view's map answering for the view. */
  mark = find_mark (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)), DQ_MARK_ROLE_CENTRE);
  g_assert_nonnull (mark);
  mark_centre (mark, &x, &y);
  g_assert_cmpstr (dq_map_lookup (map, x, y), ==, mark->datum);

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/MapView/scene", test_map_view_scene);
  g_test_add_func ("/Dostyq/Widgets/MapView/zoom", test_map_view_zoom);
  g_test_add_func ("/Dostyq/Widgets/MapView/focus", test_map_view_focus);
  g_test_add_func ("/Dostyq/Widgets/MapView/region-words", test_map_view_region_words);
  g_test_add_func ("/Dostyq/Widgets/MapPage/filters", test_map_page);
  g_test_add_func ("/Dostyq/Widgets/MapPage/export", test_map_export_dialog);

  return g_test_run ();
}
