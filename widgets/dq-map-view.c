/* dq-map-view.c
 *
 * The map on screen: the scene the exports are made from, panned by
 * dragging and zoomed with the wheel, a pinch or the keyboard, with
 * tooltips and keyboard focus on its centres, events and clusters. While
 * the map moves, the recorded scene is moved and scaled; it is laid out
 * again, labels and all, when the drag ends or the zooming stops.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-map-view.h"
#include "dq-map-view-private.h"
#include "dq-projection.h"

/* How much one step of the keyboard or the buttons zooms. */
#define ZOOM_STEP 2.0

/* How far the pointer moves before a press becomes a drag, in pixels. */
#define DRAG_THRESHOLD 4.0

/* How long after the last step of a zoom the map is laid out again, ms. */
#define ZOOM_END_DELAY 250

#define MIN_WIDTH      320
#define MIN_HEIGHT     240
#define NATURAL_WIDTH  900
#define NATURAL_HEIGHT 600

struct _DqMapView
{
  DqSceneView   parent_instance;

  /* Owned */
  DqMap        *map;
  GSignalGroup *map_signals;
  guint         zoom_end_source;

  /* Where the pointer is, to zoom about it */
  double        pointer_x;
  double        pointer_y;
  gboolean      has_pointer;

  /* While the map moves: its zoom when the scene on screen was built, and
   * where the map's centre is drawn, the middle of the map area */
  double        scene_zoom;
  double        mid_x;
  double        mid_y;

  /* Where the map's centre was in the scene when a drag began */
  double        drag_x;
  double        drag_y;
  gboolean      dragging;

  /* The zoom when a pinch began */
  double        pinch_zoom;
};

enum {
  PROP_0,
  PROP_MAP,
  N_PROPS
};

enum {
  SIGNAL_ACTIVATE_ITEM,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqMapView, dq_map_view, DQ_TYPE_SCENE_VIEW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* DqSceneView */

static DqScene *
dq_map_view_build_scene (DqSceneView *view,
                         int          width,
                         int          height,
                         gboolean     dark)
{
  DqMapView *self = DQ_MAP_VIEW (view);

  if (self->map == NULL)
    return NULL;

  return dq_map_build_scene (self->map, width, height, dark);
}

static char *
dq_map_view_describe_item (DqSceneView *view,
                           GObject     *item)
{
  DqMapView *self = DQ_MAP_VIEW (view);

  if (self->map == NULL || dq_map_get_dataset (self->map) == NULL)
    return NULL;

  if (DQ_IS_CENTRE (item))
    return _dq_map_view_describe_centre (self->map, DQ_CENTRE (item));
  if (DQ_IS_EVENT (item))
    return _dq_map_view_describe_event (self->map, DQ_EVENT (item));
  if (G_IS_LIST_MODEL (item))
    return _dq_map_view_describe_cluster (self->map, G_LIST_MODEL (item));

  return NULL;
}

/* The region under a point of the map area; the title, legend and footer
 * have none, though the map's view runs on beneath them. */
static char *
dq_map_view_describe_background (DqSceneView *view,
                                 double       x,
                                 double       y)
{
  DqMapView *self = DQ_MAP_VIEW (view);
  DqScene *scene = dq_scene_view_peek_scene (view);
  const char *hasc;

  if (self->map == NULL || scene == NULL)
    return NULL;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double bx, by, bw, bh;

      if (mark->role != DQ_MARK_ROLE_FRAME)
        continue;
      dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
      if (x >= bx && x <= bx + bw && y >= by && y <= by + bh)
        return NULL;
    }

  hasc = dq_map_lookup_region (self->map, x, y);

  return hasc != NULL ? _dq_map_view_describe_region (self->map, hasc) : NULL;
}

/* The map's grid answers for the scene on screen: the view is the only one
 * that builds scenes of its map. */
static const DqMark *
dq_map_view_lookup_mark (DqSceneView *view,
                         double       x,
                         double       y)
{
  DqMapView *self = DQ_MAP_VIEW (view);

  if (self->map == NULL)
    return NULL;

  return dq_scene_view_find_mark (view, dq_map_lookup (self->map, x, y));
}

static gboolean
dq_map_view_accepts_mark (DqSceneView  *view,
                          const DqMark *mark)
{
  return mark->role == DQ_MARK_ROLE_CENTRE || mark->role == DQ_MARK_ROLE_EVENT ||
         mark->role == DQ_MARK_ROLE_CLUSTER;
}

static void expand_cluster (DqMapView  *self,
                            GListModel *members);

/* A cluster is zoomed into; a centre or an event is the page's to show. */
static void
dq_map_view_activate_item (DqSceneView *view,
                           GObject     *item)
{
  DqMapView *self = DQ_MAP_VIEW (view);

  if (self->map == NULL)
    return;

  if (G_IS_LIST_MODEL (item))
    expand_cluster (self, G_LIST_MODEL (item));
  else
    g_signal_emit (self, signals[SIGNAL_ACTIVATE_ITEM], 0, item);
}

static void
on_map_changed_cb (DqMapView *self,
                   DqMap     *map)
{
  /* Several changes in a row (a zoom and its new centre) make one scene,
   * built at the next allocation or when the view is next asked; while
   * the map moves, when it stops. */
  dq_scene_view_invalidate (DQ_SCENE_VIEW (self));
}

/* Moving about */

static void
clamp_center (DqMapView *self,
              double    *lon,
              double    *lat)
{
  double min_lon, min_lat, max_lon, max_lat;

  /* Never so far that the two countries leave the view altogether. */
  dq_basemap_get_bounds (dq_map_get_basemap (self->map), &min_lon, &min_lat, &max_lon, &max_lat);
  *lon = CLAMP (*lon, min_lon, max_lon);
  *lat = CLAMP (*lat, min_lat, max_lat);
}

/* Starts moving the scene on screen rather than building it again, from
 * the latest scene. The map's canvas stays that scene's until the move
 * ends, so points of the view are taken back to it. */
static gboolean
begin_move (DqMapView *self)
{
  DqSceneView *view = DQ_SCENE_VIEW (self);
  double lon, lat;

  if (dq_scene_view_is_transformed (view))
    return TRUE;

  if (dq_scene_view_get_scene (view) == NULL)
    return FALSE;

  dq_map_get_center (self->map, &lon, &lat);
  if (!dq_map_lonlat_to_canvas (self->map, lon, lat, &self->mid_x, &self->mid_y))
    return FALSE;
  self->scene_zoom = dq_map_get_zoom (self->map);
  dq_scene_view_set_transform (view, 1, self->mid_x, self->mid_y, self->mid_x, self->mid_y);

  return TRUE;
}

/* Draws the scene as the map now stands: its centre in the middle, scaled
 * by how far the map has zoomed since the scene was built. */
static void
update_move (DqMapView *self)
{
  double lon, lat, x, y;

  dq_map_get_center (self->map, &lon, &lat);
  if (dq_map_lonlat_to_canvas (self->map, lon, lat, &x, &y))
    dq_scene_view_set_transform (DQ_SCENE_VIEW (self),
                                 dq_map_get_zoom (self->map) / self->scene_zoom,
                                 x, y, self->mid_x, self->mid_y);
}

static void
end_move (DqMapView *self)
{
  g_clear_handle_id (&self->zoom_end_source, g_source_remove);
  dq_scene_view_end_transform (DQ_SCENE_VIEW (self));
}

static gboolean
on_zoom_end_cb (gpointer data)
{
  DqMapView *self = data;

  self->zoom_end_source = 0;
  if (!self->dragging)
    dq_scene_view_end_transform (DQ_SCENE_VIEW (self));

  return G_SOURCE_REMOVE;
}

/* Sets a new centre, given as a point of the scene on screen. */
static void
move_center_to (DqMapView *self,
                double     x,
                double     y)
{
  double lon, lat;

  if (!dq_map_canvas_to_lonlat (self->map, x, y, &lon, &lat))
    return;

  clamp_center (self, &lon, &lat);
  dq_map_set_center (self->map, lon, lat);
}

/* Where the map's centre is drawn: the middle of the map area. */
static gboolean
get_middle (DqMapView *self,
            double    *x,
            double    *y)
{
  double lon, lat;

  if (dq_scene_view_is_transformed (DQ_SCENE_VIEW (self)))
    {
      *x = self->mid_x;
      *y = self->mid_y;
      return TRUE;
    }

  if (dq_scene_view_get_scene (DQ_SCENE_VIEW (self)) == NULL)
    return FALSE;

  dq_map_get_center (self->map, &lon, &lat);

  return dq_map_lonlat_to_canvas (self->map, lon, lat, x, y);
}

/* Zooms about a point of the view, which stays where it is, or which goes
 * to the middle; the map is laid out again once zooming stops. */
static void
zoom_to (DqMapView *self,
         double     zoom,
         double     x,
         double     y,
         gboolean   recentre)
{
  double scene_x, scene_y, k;

  zoom = CLAMP (zoom, DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM);

  if (!begin_move (self))
    {
      dq_map_set_zoom (self->map, zoom);
      return;
    }

  if (!recentre && zoom == dq_map_get_zoom (self->map))
    return;

  dq_scene_view_view_to_scene (DQ_SCENE_VIEW (self), x, y, &scene_x, &scene_y);
  if (!recentre)
    {
      /* The new centre is the point that lands in the middle once the
       * point under (x, y) is drawn there, k times larger than in the
       * scene. */
      k = zoom / self->scene_zoom;
      scene_x -= (x - self->mid_x) / k;
      scene_y -= (y - self->mid_y) / k;
    }

  dq_map_set_zoom (self->map, zoom);
  move_center_to (self, scene_x, scene_y);
  update_move (self);

  g_clear_handle_id (&self->zoom_end_source, g_source_remove);
  self->zoom_end_source = g_timeout_add (ZOOM_END_DELAY, on_zoom_end_cb, self);
}

static void
zoom_about_pointer (DqMapView *self,
                    double     factor)
{
  double x, y;

  if (self->map == NULL)
    return;

  if (self->has_pointer)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  else if (!get_middle (self, &x, &y))
    {
      dq_map_set_zoom (self->map, dq_map_get_zoom (self->map) * factor);
      return;
    }

  if ((factor > 1 && dq_map_get_zoom (self->map) >= DQ_MAP_MAX_ZOOM) ||
      (factor < 1 && dq_map_get_zoom (self->map) <= DQ_MAP_MIN_ZOOM))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  zoom_to (self, dq_map_get_zoom (self->map) * factor, x, y, FALSE);
}

/* Zooms in on a cluster far enough to part its members, at least
 * twice, with the cluster in the middle. */
static void
expand_cluster (DqMapView  *self,
                GListModel *members)
{
  DqDataset *dataset = dq_map_get_dataset (self->map);
  double zoom = dq_map_get_zoom (self->map);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  DqPlace *first = NULL;
  gboolean one_place = TRUE;
  double target, extent, cx, cy;

  /* From the latest scene, where the cluster's position is the view's. */
  end_move (self);
  if (dataset == NULL || dq_scene_view_get_scene (DQ_SCENE_VIEW (self)) == NULL ||
      !dq_scene_view_find_item (DQ_SCENE_VIEW (self), G_OBJECT (members), &cx, &cy))
    return;

  if (zoom >= DQ_MAP_MAX_ZOOM)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (members, i);
      const char *place_id = dq_centre_get_place_id (centre);
      DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;
      double x, y;

      if (place == NULL || !dq_place_is_located (place))
        continue;
      if (first == NULL)
        first = place;
      one_place &= place == first;
      dq_map_lonlat_to_canvas (self->map, dq_place_get_longitude (place),
                               dq_place_get_latitude (place), &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }

  /* Centres at one place part only when the map fans them out. */
  extent = first != NULL ? MAX (max_x - min_x, max_y - min_y) : 0;
  if (one_place || extent <= 0)
    target = MAX (zoom * ZOOM_STEP, DQ_MAP_SPREAD_ZOOM);
  else
    target = zoom * CLAMP (3 * DQ_MAP_CLUSTER_DISTANCE / extent, ZOOM_STEP, 8);

  zoom_to (self, target, cx, cy, TRUE);
}

/* Events */

static void
on_motion_cb (DqMapView                *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
on_leave_cb (DqMapView                *self,
             GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
}

static void
on_drag_update_cb (DqMapView      *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *gesture)
{
  double k;

  if (self->map == NULL)
    return;

  if (!self->dragging)
    {
      double lon, lat;

      if (hypot (offset_x, offset_y) < DRAG_THRESHOLD || !begin_move (self))
        return;

      /* Each step of the drag moves the recorded scene; the map is laid
       * out again when the drag ends. */
      dq_map_get_center (self->map, &lon, &lat);
      if (!dq_map_lonlat_to_canvas (self->map, lon, lat, &self->drag_x, &self->drag_y))
        return;
      self->dragging = TRUE;
      dq_scene_view_set_panning (DQ_SCENE_VIEW (self), TRUE);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  k = dq_map_get_zoom (self->map) / self->scene_zoom;
  move_center_to (self, self->drag_x - offset_x / k, self->drag_y - offset_y / k);
  update_move (self);
}

static void
on_drag_end_cb (DqMapView      *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  if (!self->dragging)
    return;

  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  dq_scene_view_set_panning (DQ_SCENE_VIEW (self), FALSE);

  /* The map is laid out again now, with any zoom still under way. */
  end_move (self);
}

static gboolean
on_scroll_cb (DqMapView                *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  double steps = dy;

  if (self->map == NULL || dy == 0)
    return FALSE;

  /* A notch of the wheel zooms by √2; a touchpad, smoothly. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    steps = dy / 50;

  zoom_about_pointer (self, pow (2, -steps / 2));

  return TRUE;
}

static void
on_zoom_begin_cb (DqMapView        *self,
                  GdkEventSequence *sequence,
                  GtkGestureZoom   *gesture)
{
  if (self->map != NULL)
    self->pinch_zoom = dq_map_get_zoom (self->map);
}

static void
on_zoom_scale_changed_cb (DqMapView      *self,
                          double          scale,
                          GtkGestureZoom *gesture)
{
  double x, y;

  if (self->map == NULL || self->pinch_zoom <= 0 ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  zoom_to (self, self->pinch_zoom * scale, x, y, FALSE);
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  zoom_about_pointer (DQ_MAP_VIEW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  zoom_about_pointer (DQ_MAP_VIEW (widget), 1 / ZOOM_STEP);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  dq_map_view_reset (DQ_MAP_VIEW (widget));
}

/* GtkWidget */

static void
dq_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? MIN_WIDTH : MIN_HEIGHT;
  *natural = horizontal ? NATURAL_WIDTH : NATURAL_HEIGHT;
}

/* GObject */

static void
dq_map_view_dispose (GObject *object)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  g_clear_handle_id (&self->zoom_end_source, g_source_remove);
  if (self->map_signals != NULL)
    g_signal_group_set_target (self->map_signals, NULL);
  g_clear_object (&self->map_signals);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (dq_map_view_parent_class)->dispose (object);
}

static void
dq_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MAP:
      dq_map_view_set_map (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_view_class_init (DqMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DqSceneViewClass *view_class = DQ_SCENE_VIEW_CLASS (klass);
  static const struct {
    guint       keyval;
    const char *action;
  } zoom_keys[] = {
    { GDK_KEY_plus, "map.zoom-in" },
    { GDK_KEY_equal, "map.zoom-in" },
    { GDK_KEY_KP_Add, "map.zoom-in" },
    { GDK_KEY_minus, "map.zoom-out" },
    { GDK_KEY_KP_Subtract, "map.zoom-out" },
    { GDK_KEY_0, "map.reset" },
    { GDK_KEY_KP_0, "map.reset" },
  };
  static const struct {
    guint            keyval;
    GtkDirectionType direction;
  } arrow_keys[] = {
    { GDK_KEY_Left, GTK_DIR_LEFT },
    { GDK_KEY_KP_Left, GTK_DIR_LEFT },
    { GDK_KEY_Right, GTK_DIR_RIGHT },
    { GDK_KEY_KP_Right, GTK_DIR_RIGHT },
    { GDK_KEY_Up, GTK_DIR_UP },
    { GDK_KEY_KP_Up, GTK_DIR_UP },
    { GDK_KEY_Down, GTK_DIR_DOWN },
    { GDK_KEY_KP_Down, GTK_DIR_DOWN },
  };
  static const guint activate_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_space };

  object_class->dispose = dq_map_view_dispose;
  object_class->get_property = dq_map_view_get_property;
  object_class->set_property = dq_map_view_set_property;

  widget_class->measure = dq_map_view_measure;

  view_class->build_scene = dq_map_view_build_scene;
  view_class->describe_item = dq_map_view_describe_item;
  view_class->describe_background = dq_map_view_describe_background;
  view_class->lookup_mark = dq_map_view_lookup_mark;
  view_class->accepts_mark = dq_map_view_accepts_mark;
  view_class->activate_item = dq_map_view_activate_item;
  view_class->untitled_label = N_("Map");
  view_class->focus_hint = N_("Use the arrow keys to move between the centres, Enter to open "
                              "one, and plus and minus to zoom");
  view_class->focus_west_to_east = TRUE;
  view_class->round_marks = TRUE;

  /**
   * DqMapView:map:
   *
   * The map shown. The view builds its scenes, and answers tooltips and
   * clicks from the map's hit-testing grid, so nothing else should build
   * scenes of the same map.
   */
  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, DQ_TYPE_MAP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqMapView::activate-item:
   * @self: the view
   * @item: the #DqCentre or #DqEvent
   *
   * Emitted when a centre or an event is clicked, or activated with the
   * keyboard. Clusters are not items: activating one zooms in on it.
   */
  signals[SIGNAL_ACTIVATE_ITEM] =
    g_signal_new ("activate-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].keyval, 0,
                                           zoom_keys[i].action, NULL);
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].keyval, GDK_CONTROL_MASK,
                                           zoom_keys[i].action, NULL);
    }

  /* The arrow keys go to the nearest symbol that way. */
  for (guint i = 0; i < G_N_ELEMENTS (arrow_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, arrow_keys[i].keyval, 0,
                                         "scene-view.focus-direction", "i",
                                         arrow_keys[i].direction);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0,
                                         "scene-view.activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "mapview");
}

static void
dq_map_view_init (DqMapView *self)
{
  GtkEventController *motion;
  GtkEventController *scroll;
  GtkGesture *drag;
  GtkGesture *zoom;

  self->map_signals = g_signal_group_new (DQ_TYPE_MAP);
  g_signal_group_connect_object (self->map_signals, "changed",
                                 G_CALLBACK (on_map_changed_cb), self, G_CONNECT_SWAPPED);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  dq_scene_view_update_labels (DQ_SCENE_VIEW (self));
}

/**
 * dq_map_view_new:
 *
 * Returns: (transfer floating): a new map view, without a map
 */
GtkWidget *
dq_map_view_new (void)
{
  return g_object_new (DQ_TYPE_MAP_VIEW, NULL);
}

/**
 * dq_map_view_get_map:
 * @self: a #DqMapView
 *
 * Returns: (transfer none) (nullable): the map shown
 */
DqMap *
dq_map_view_get_map (DqMapView *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  return self->map;
}

void
dq_map_view_set_map (DqMapView *self,
                     DqMap     *map)
{
  g_return_if_fail (DQ_IS_MAP_VIEW (self));
  g_return_if_fail (map == NULL || DQ_IS_MAP (map));

  if (!g_set_object (&self->map, map))
    return;

  g_signal_group_set_target (self->map_signals, map);

  /* Another map's centres are not this one's. */
  end_move (self);
  dq_scene_view_reset_focus (DQ_SCENE_VIEW (self));
  dq_scene_view_invalidate (DQ_SCENE_VIEW (self));
  dq_scene_view_get_scene (DQ_SCENE_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP]);
}

/**
 * dq_map_view_zoom_at:
 * @self: a #DqMapView
 * @factor: how much to enlarge, below 1 to reduce
 * @x: a point of the view that stays where it is
 * @y: a point of the view that stays where it is
 *
 * Zooms about a point, as the wheel does about the pointer: the place
 * under the point stays under it. The zoom is kept within
 * %DQ_MAP_MIN_ZOOM … %DQ_MAP_MAX_ZOOM.
 */
void
dq_map_view_zoom_at (DqMapView *self,
                     double     factor,
                     double     x,
                     double     y)
{
  g_return_if_fail (DQ_IS_MAP_VIEW (self));
  g_return_if_fail (factor > 0);

  if (self->map == NULL)
    return;

  zoom_to (self, dq_map_get_zoom (self->map) * factor, x, y, FALSE);
}

/**
 * dq_map_view_pan:
 * @self: a #DqMapView
 * @dx: how far to move the map to the right, in pixels
 * @dy: how far to move the map down, in pixels
 *
 * Moves the map as dragging it does. The centre of the view stays within
 * the two countries' box.
 */
void
dq_map_view_pan (DqMapView *self,
                 double     dx,
                 double     dy)
{
  double mid_x, mid_y, x, y;

  g_return_if_fail (DQ_IS_MAP_VIEW (self));

  if (self->map == NULL || !get_middle (self, &mid_x, &mid_y))
    return;

  dq_scene_view_view_to_scene (DQ_SCENE_VIEW (self), mid_x - dx, mid_y - dy, &x, &y);
  move_center_to (self, x, y);
  end_move (self);
}

/**
 * dq_map_view_reset:
 * @self: a #DqMapView
 *
 * Shows both countries whole again.
 */
void
dq_map_view_reset (DqMapView *self)
{
  DqProjection projection;
  DqViewport viewport;
  double min_lon, min_lat, max_lon, max_lat, lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEW (self));

  if (self->map == NULL)
    return;

  /* The centre of the fitted view, as the map starts with. */
  dq_projection_init_central_asia (&projection);
  dq_basemap_get_bounds (dq_map_get_basemap (self->map), &min_lon, &min_lat, &max_lon, &max_lat);
  dq_viewport_fit (&viewport, &projection, min_lon, min_lat, max_lon, max_lat, 0, 0, 0, 100, 100);
  dq_viewport_from_canvas (&viewport, 50, 50, &lon, &lat);

  end_move (self);
  dq_map_set_zoom (self->map, DQ_MAP_MIN_ZOOM);
  dq_map_set_center (self->map, lon, lat);
}
