/* dq-scene-view.c
 *
 * What a chart and the map have in common on screen: a scene of marks,
 * laid out once for a size, language and theme and recorded into a render
 * node that every frame replays; hit-testing that gives back the model
 * object under the pointer; hover, tooltips, keyboard focus and what
 * screen readers are told. Subclasses build the scene and say what its
 * items are, the way sysprof's chart layers do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "dq-scene-render.h"
#include "dq-scene-view-private.h"

/* The colour of the rings when the theme names no accent. */
#define DEFAULT_ACCENT "#3584e4"

#define MIN_WIDTH      320
#define MIN_HEIGHT     240
#define NATURAL_WIDTH  900
#define NATURAL_HEIGHT 560

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DqSceneView, dq_scene_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

DqSceneViewPrivate *
_dq_scene_view_get_private (DqSceneView *self)
{
  return dq_scene_view_get_instance_private (self);
}

/* Rings */

/* Draws a ring around a mark, over the scene rather than in it, so that
 * exports stay clean. Round marks get a round ring. */
static void
append_ring (GtkSnapshot           *snapshot,
             const graphene_rect_t *bounds,
             double                 spacing,
             float                  line_width,
             gboolean               pill,
             const GdkRGBA         *color)
{
  GskRoundedRect outline;
  graphene_rect_t rect;
  const float widths[4] = { line_width, line_width, line_width, line_width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  graphene_rect_inset_r (bounds, -spacing, -spacing, &rect);
  gsk_rounded_rect_init_from_rect (&outline, &rect,
                                   pill ? MIN (rect.size.width, rect.size.height) / 2
                                        : 4 + spacing);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
set_hover (DqSceneView  *self,
           const DqMark *mark)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  if (priv->hover_mark == mark)
    return;

  priv->hover_mark = mark;
  priv->hover_index = mark != NULL ? _dq_scene_view_find_entry (self, mark->datum) : -1;
  if (DQ_SCENE_VIEW_GET_CLASS (self)->activate_item != NULL && !priv->panning)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), mark != NULL ? "pointer" : NULL);

  /* Only the ring over the recorded scene is drawn again. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The scene */

/* Builds the scene again if the data, the size or the theme has changed
 * since it was built. Called on allocation and before anything reads the
 * scene, never while drawing, and never while the scene is being moved
 * about: it waits until that ends. */
void
_dq_scene_view_ensure_scene (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *focus_datum = NULL;
  g_autoptr(GObject) focus_item = NULL;

  if (priv->transformed)
    return;

  if (priv->valid && priv->built_width == width && priv->built_height == height &&
      priv->built_dark == priv->dark)
    return;

  g_clear_pointer (&priv->node, gsk_render_node_unref);
  g_clear_object (&priv->scene);
  priv->valid = TRUE;
  priv->built_width = width;
  priv->built_height = height;
  priv->built_dark = priv->dark;
  if (width > 0 && height > 0)
    priv->scene = DQ_SCENE_VIEW_GET_CLASS (self)->build_scene (self, width, height, priv->dark);

  /* Keep the focus on the same item, or on what now shows it. */
  focus_datum = g_steal_pointer (&priv->focus_datum);
  focus_item = g_steal_pointer (&priv->focus_item);
  _dq_scene_view_collect_entries (self);
  priv->hover_mark = NULL;
  priv->hover_index = -1;
  priv->focus_index = -1;
  if (focus_datum != NULL)
    _dq_scene_view_set_focus_index (self, _dq_scene_view_find_successor (self, focus_datum, focus_item));

  dq_scene_view_update_labels (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Draws the scene once, with the same cairo renderer as the exports, into
 * a texture at the display's scale: replaying it costs every renderer a
 * copy, however many marks the scene has. */
static GskRenderNode *
record_scene (DqScene *scene,
              int      scale)
{
  int width = ceil (dq_scene_get_width (scene));
  int height = ceil (dq_scene_get_height (scene));
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  dq_scene_render_cairo (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      cairo_image_surface_get_stride (surface) * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));

  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Events */

static const DqMark *
lookup_mark (DqSceneView *self,
             double       x,
             double       y)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  DqSceneViewClass *klass = DQ_SCENE_VIEW_GET_CLASS (self);
  double sx, sy;

  if (priv->scene == NULL)
    return NULL;

  dq_scene_view_view_to_scene (self, x, y, &sx, &sy);
  if (klass->lookup_mark != NULL)
    return klass->lookup_mark (self, sx, sy);

  return dq_scene_lookup_mark (priv->scene, sx, sy);
}

static void
on_motion_cb (DqSceneView              *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  if (priv->panning)
    return;

  set_hover (self, lookup_mark (self, x, y));
}

static void
on_leave_cb (DqSceneView              *self,
             GtkEventControllerMotion *controller)
{
  set_hover (self, NULL);
}

static void
on_pressed_cb (DqSceneView     *self,
               int              n_press,
               double           x,
               double           y,
               GtkGestureClick *gesture)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  priv->panned = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_released_cb (DqSceneView     *self,
                int              n_press,
                double           x,
                double           y,
                GtkGestureClick *gesture)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  const DqMark *mark;
  int index;

  /* A press that moved the scene is no click. */
  if (priv->panned)
    return;

  mark = lookup_mark (self, x, y);
  index = mark != NULL ? _dq_scene_view_find_entry (self, mark->datum) : -1;
  if (index < 0)
    return;

  _dq_scene_view_set_focus_index (self, index);
  if (DQ_SCENE_VIEW_GET_CLASS (self)->activate_item != NULL)
    dq_scene_view_activate_item (self, priv->focus_item);
}

static void
on_style_manager_notify_dark_cb (DqSceneView     *self,
                                 GParamSpec      *pspec,
                                 AdwStyleManager *manager)
{
  dq_scene_view_set_dark (self, adw_style_manager_get_dark (manager));
}

static void
on_notify_scale_factor_cb (DqSceneView *self,
                           GParamSpec  *pspec,
                           gpointer     data)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Actions */

static void
focus_step_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  if (!dq_scene_view_move_focus (DQ_SCENE_VIEW (widget), g_variant_get_int32 (param)))
    gtk_widget_error_bell (widget);
}

static void
focus_end_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  _dq_scene_view_ensure_scene (self);
  if (priv->entries->len > 0)
    _dq_scene_view_set_focus_index (self, g_variant_get_boolean (param) ? (int) priv->entries->len - 1 : 0);
}

static void
focus_direction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  if (!_dq_scene_view_move_focus_direction (DQ_SCENE_VIEW (widget), g_variant_get_int32 (param)))
    gtk_widget_error_bell (widget);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  if (priv->focus_index < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dq_scene_view_activate_item (self, priv->focus_item);
}

/* GtkWidget */

static void
dq_scene_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
dq_scene_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  _dq_scene_view_ensure_scene (DQ_SCENE_VIEW (widget));
}

static void
dq_scene_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  gboolean round = DQ_SCENE_VIEW_GET_CLASS (self)->round_marks;
  int scale = gtk_widget_get_scale_factor (widget);

  if (priv->scene == NULL || gtk_widget_get_width (widget) <= 0 ||
      gtk_widget_get_height (widget) <= 0)
    return;

  if (priv->node == NULL || priv->node_scale != scale)
    {
      g_clear_pointer (&priv->node, gsk_render_node_unref);
      priv->node = record_scene (priv->scene, scale);
      priv->node_scale = scale;
    }

  if (priv->transformed)
    {
      const DqColor *background = dq_scene_get_background (priv->scene);

      /* What the moved scene uncovers takes its background colour until
       * the scene is built again. */
      gtk_snapshot_append_color (snapshot,
                                 &(GdkRGBA) { background->red, background->green,
                                              background->blue, background->alpha },
                                 &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                      gtk_widget_get_height (widget)));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (priv->view_x, priv->view_y));
      gtk_snapshot_scale (snapshot, priv->scale, priv->scale);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-priv->scene_x, -priv->scene_y));
    }

  gtk_snapshot_append_node (snapshot, priv->node);

  /* Hover and focus are drawn over the scene, not in it, so that exports
   * stay clean and the scene is not drawn again. */
  if (priv->hover_mark != NULL && !(round && priv->hover_index == priv->focus_index))
    {
      GdkRGBA color = priv->accent;
      graphene_rect_t bounds;

      _dq_scene_view_mark_bounds (priv->hover_mark, &bounds);
      color.alpha *= round ? 0.6 : 0.5;
      append_ring (snapshot, &bounds, 2, round ? 1.5 : 1, round, &color);
    }

  if (priv->focus_index >= 0 && gtk_widget_has_focus (widget))
    append_ring (snapshot, &_dq_scene_view_get_entry (self, priv->focus_index)->bounds, 3, 2, round,
                 &priv->accent);

  if (priv->transformed)
    gtk_snapshot_restore (snapshot);
}

static gboolean
dq_scene_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  DqSceneViewClass *klass = DQ_SCENE_VIEW_GET_CLASS (self);
  g_autofree char *text = NULL;
  graphene_rect_t bounds;
  const DqMark *mark = NULL;

  if (priv->scene == NULL || priv->panning)
    return FALSE;

  if (keyboard_mode)
    {
      if (priv->focus_index < 0)
        return FALSE;
      mark = _dq_scene_view_get_entry (self, priv->focus_index)->mark;
      bounds = _dq_scene_view_get_entry (self, priv->focus_index)->bounds;
    }
  else
    {
      mark = lookup_mark (self, x, y);
      if (mark != NULL)
        _dq_scene_view_mark_bounds (mark, &bounds);
    }

  if (mark != NULL)
    {
      GdkRectangle area;
      double x0, y0, x1, y1;

      text = dq_scene_view_describe_item (self, mark->item);
      if (text == NULL)
        return FALSE;

      /* The tooltip stays while the pointer is over the same mark. */
      x0 = bounds.origin.x;
      y0 = bounds.origin.y;
      x1 = x0 + bounds.size.width;
      y1 = y0 + bounds.size.height;
      if (priv->transformed)
        {
          x0 = priv->view_x + (x0 - priv->scene_x) * priv->scale;
          y0 = priv->view_y + (y0 - priv->scene_y) * priv->scale;
          x1 = priv->view_x + (x1 - priv->scene_x) * priv->scale;
          y1 = priv->view_y + (y1 - priv->scene_y) * priv->scale;
        }
      area.x = floor (x0);
      area.y = floor (y0);
      area.width = MAX (1, ceil (x1 - x0));
      area.height = MAX (1, ceil (y1 - y0));
      gtk_tooltip_set_tip_area (tooltip, &area);
    }
  else if (!keyboard_mode && klass->describe_background != NULL)
    {
      double sx, sy;

      dq_scene_view_view_to_scene (self, x, y, &sx, &sy);
      text = klass->describe_background (self, sx, sy);
    }

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static gboolean
dq_scene_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  int n;

  _dq_scene_view_ensure_scene (self);
  n = priv->entries->len;

  if (!gtk_widget_has_focus (widget))
    {
      /* Tab enters at the first mark, Shift+Tab at the last. */
      gtk_widget_grab_focus (widget);
      if (n > 0 && direction == GTK_DIR_TAB_FORWARD)
        _dq_scene_view_set_focus_index (self, 0);
      else if (n > 0 && direction == GTK_DIR_TAB_BACKWARD)
        _dq_scene_view_set_focus_index (self, n - 1);
      return TRUE;
    }

  /* Tab leaves the view past its last or first mark; the arrow keys are
   * the view's own key bindings. */
  if (direction == GTK_DIR_TAB_FORWARD && priv->focus_index + 1 < n)
    return dq_scene_view_move_focus (self, 1);
  if (direction == GTK_DIR_TAB_BACKWARD && priv->focus_index > 0)
    return dq_scene_view_move_focus (self, -1);

  return FALSE;
}

static void
dq_scene_view_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (dq_scene_view_parent_class)->state_flags_changed (widget, previous);

  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);
}

static void
dq_scene_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  DqSceneView *self = DQ_SCENE_VIEW (widget);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  GTK_WIDGET_CLASS (dq_scene_view_parent_class)->css_changed (widget, change);

  /* The rings take the accent colour of the theme. */
  if (!gtk_style_context_lookup_color (context, "accent_color", &priv->accent))
    gdk_rgba_parse (&priv->accent, DEFAULT_ACCENT);

  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
dq_scene_view_dispose (GObject *object)
{
  DqSceneView *self = DQ_SCENE_VIEW (object);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  priv->hover_mark = NULL;
  g_array_set_size (priv->entries, 0);
  g_hash_table_remove_all (priv->entry_index);
  g_clear_pointer (&priv->node, gsk_render_node_unref);
  g_clear_object (&priv->scene);
  g_clear_object (&priv->focus_item);

  G_OBJECT_CLASS (dq_scene_view_parent_class)->dispose (object);
}

static void
dq_scene_view_finalize (GObject *object)
{
  DqSceneView *self = DQ_SCENE_VIEW (object);
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_clear_pointer (&priv->entries, g_array_unref);
  g_clear_pointer (&priv->entry_index, g_hash_table_unref);
  g_clear_pointer (&priv->focus_datum, g_free);

  G_OBJECT_CLASS (dq_scene_view_parent_class)->finalize (object);
}

static void
dq_scene_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqSceneView *self = DQ_SCENE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, dq_scene_view_get_dark (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_scene_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqSceneView *self = DQ_SCENE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DARK:
      dq_scene_view_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_scene_view_class_init (DqSceneViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    guint    keyval;
    gboolean end;
  } end_keys[] = {
    { GDK_KEY_Home, FALSE },
    { GDK_KEY_KP_Home, FALSE },
    { GDK_KEY_End, TRUE },
    { GDK_KEY_KP_End, TRUE },
  };

  object_class->dispose = dq_scene_view_dispose;
  object_class->finalize = dq_scene_view_finalize;
  object_class->get_property = dq_scene_view_get_property;
  object_class->set_property = dq_scene_view_set_property;

  widget_class->measure = dq_scene_view_measure;
  widget_class->size_allocate = dq_scene_view_size_allocate;
  widget_class->snapshot = dq_scene_view_snapshot;
  widget_class->query_tooltip = dq_scene_view_query_tooltip;
  widget_class->focus = dq_scene_view_focus;
  widget_class->state_flags_changed = dq_scene_view_state_flags_changed;
  widget_class->css_changed = dq_scene_view_css_changed;

  /**
   * DqSceneView:dark:
   *
   * Whether the scene is drawn in its dark theme. It follows the style
   * manager, which sets it again whenever the style changes.
   */
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Subclasses bind the arrow keys, and Enter if their items do anything. */
  gtk_widget_class_install_action (widget_class, "scene-view.focus-step", "i", focus_step_action);
  gtk_widget_class_install_action (widget_class, "scene-view.focus-direction", "i",
                                   focus_direction_action);
  gtk_widget_class_install_action (widget_class, "scene-view.focus-end", "b", focus_end_action);
  gtk_widget_class_install_action (widget_class, "scene-view.activate", NULL, activate_action);
  for (guint i = 0; i < G_N_ELEMENTS (end_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, end_keys[i].keyval, 0,
                                         "scene-view.focus-end", "b", end_keys[i].end);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dq_scene_view_init (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *motion;
  GtkGesture *click;

  priv->entries = g_array_new (FALSE, FALSE, sizeof (DqSceneViewEntry));
  priv->entry_index = g_hash_table_new (g_str_hash, g_str_equal);
  priv->dark = adw_style_manager_get_dark (manager);
  priv->focus_index = -1;
  priv->hover_index = -1;
  priv->scale = 1;
  gdk_rgba_parse (&priv->accent, DEFAULT_ACCENT);

  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_notify_scale_factor_cb), NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

gboolean
dq_scene_view_get_dark (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), FALSE);

  return priv->dark;
}

void
dq_scene_view_set_dark (DqSceneView *self,
                        gboolean     dark)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  dark = !!dark;
  if (priv->dark == dark)
    return;

  priv->dark = dark;
  _dq_scene_view_ensure_scene (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

/**
 * dq_scene_view_get_scene:
 * @self: a #DqSceneView
 *
 * The scene on screen, laid out for the view's size and theme. If the
 * data has changed since, or the scene was being moved about, it is built
 * again first, so that it is always the latest.
 *
 * Returns: (transfer none) (nullable): the scene; %NULL before the view
 *   has a size or data
 */
DqScene *
dq_scene_view_get_scene (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  if (!priv->valid)
    priv->transformed = FALSE;
  _dq_scene_view_ensure_scene (self);

  return priv->scene;
}

/**
 * dq_scene_view_peek_scene:
 * @self: a #DqSceneView
 *
 * Returns: (transfer none) (nullable): the scene as it was last built,
 *   without building it again
 */
DqScene *
dq_scene_view_peek_scene (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  return priv->scene;
}

/**
 * dq_scene_view_invalidate:
 * @self: a #DqSceneView
 *
 * Tells the view that its data has changed: the scene is built again at
 * the next allocation, or when it is next asked for. Several changes in a
 * row make one scene.
 */
void
dq_scene_view_invalidate (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  priv->valid = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * dq_scene_view_lookup_item:
 * @self: a #DqSceneView
 * @x: a point in widget coordinates
 * @y: a point in widget coordinates
 *
 * Returns: (transfer none) (nullable): the model object under the point:
 *   a #DqFigure or #DqGroup of a chart, a #DqCentre or #DqEvent of the
 *   map, or a #GListModel of the centres of a cluster
 */
GObject *
dq_scene_view_lookup_item (DqSceneView *self,
                           double       x,
                           double       y)
{
  const DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  mark = lookup_mark (self, x, y);

  return mark != NULL ? mark->item : NULL;
}

/**
 * dq_scene_view_describe_item:
 * @self: a #DqSceneView
 * @item: (nullable): an item of the scene
 *
 * Returns: (transfer full) (nullable): what the tooltip and screen readers
 *   say about the item
 */
char *
dq_scene_view_describe_item (DqSceneView *self,
                             GObject     *item)
{
  DqSceneViewClass *klass;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  klass = DQ_SCENE_VIEW_GET_CLASS (self);
  if (item == NULL || klass->describe_item == NULL)
    return NULL;

  return klass->describe_item (self, item);
}

/**
 * dq_scene_view_describe_at:
 * @self: a #DqSceneView
 * @x: a point in widget coordinates
 * @y: a point in widget coordinates
 *
 * Returns: (transfer full) (nullable): the tooltip for that point: the
 *   item under it, else what the subclass says of the background there
 */
char *
dq_scene_view_describe_at (DqSceneView *self,
                           double       x,
                           double       y)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  DqSceneViewClass *klass;
  const DqMark *mark;
  double sx, sy;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  if (dq_scene_view_get_scene (self) == NULL)
    return NULL;

  mark = lookup_mark (self, x, y);
  if (mark != NULL)
    return dq_scene_view_describe_item (self, mark->item);

  klass = DQ_SCENE_VIEW_GET_CLASS (self);
  if (klass->describe_background == NULL || priv->scene == NULL)
    return NULL;

  dq_scene_view_view_to_scene (self, x, y, &sx, &sy);

  return klass->describe_background (self, sx, sy);
}

/**
 * dq_scene_view_activate_item:
 * @self: a #DqSceneView
 * @item: an item of the scene
 *
 * Does what a click on the item does.
 */
void
dq_scene_view_activate_item (DqSceneView *self,
                             GObject     *item)
{
  DqSceneViewClass *klass;

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));
  g_return_if_fail (G_IS_OBJECT (item));

  klass = DQ_SCENE_VIEW_GET_CLASS (self);
  if (klass->activate_item != NULL)
    {
      /* The item may belong to the scene that the activation replaces. */
      g_autoptr(GObject) hold = g_object_ref (item);

      klass->activate_item (self, hold);
    }
}

/**
 * dq_scene_view_set_panning:
 * @self: a #DqSceneView
 * @panning: whether a drag moves the scene
 *
 * While the scene is dragged, nothing is hovered and no tooltip shows;
 * the press that began the drag is no click.
 */
void
dq_scene_view_set_panning (DqSceneView *self,
                           gboolean     panning)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  if (panning)
    {
      set_hover (self, NULL);
      priv->panned = TRUE;
    }
  priv->panning = !!panning;
}

/**
 * dq_scene_view_set_transform:
 * @self: a #DqSceneView
 * @scale: how much the scene is enlarged
 * @scene_x: a point of the scene
 * @scene_y: a point of the scene
 * @view_x: where that point is drawn
 * @view_y: where that point is drawn
 *
 * Moves the recorded scene about without building it again, as while the
 * map is dragged or zoomed. Changes to the data wait until
 * dq_scene_view_end_transform(). Hit-testing follows the transform.
 */
void
dq_scene_view_set_transform (DqSceneView *self,
                             double       scale,
                             double       scene_x,
                             double       scene_y,
                             double       view_x,
                             double       view_y)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));
  g_return_if_fail (scale > 0);

  priv->transformed = TRUE;
  priv->scale = scale;
  priv->scene_x = scene_x;
  priv->scene_y = scene_y;
  priv->view_x = view_x;
  priv->view_y = view_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
dq_scene_view_is_transformed (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), FALSE);

  return priv->transformed;
}

/**
 * dq_scene_view_end_transform:
 * @self: a #DqSceneView
 *
 * Draws the scene where it was built again, and builds it again if the
 * data changed meanwhile.
 */
void
dq_scene_view_end_transform (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  if (!priv->transformed)
    return;

  priv->transformed = FALSE;
  priv->scale = 1;
  if (!priv->valid)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dq_scene_view_view_to_scene:
 * @self: a #DqSceneView
 * @view_x: a point in widget coordinates
 * @view_y: a point in widget coordinates
 * @scene_x: (out): the point of the scene drawn there
 * @scene_y: (out): the point of the scene drawn there
 */
void
dq_scene_view_view_to_scene (DqSceneView *self,
                             double       view_x,
                             double       view_y,
                             double      *scene_x,
                             double      *scene_y)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  if (!priv->transformed)
    {
      *scene_x = view_x;
      *scene_y = view_y;
      return;
    }

  *scene_x = priv->scene_x + (view_x - priv->view_x) / priv->scale;
  *scene_y = priv->scene_y + (view_y - priv->view_y) / priv->scale;
}
