/* dq-chart-view.c
 *
 * A chart on screen: the scene the exports are made from, drawn with the
 * same cairo renderer, with tooltips and keyboard focus on its figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "dq-chart-view.h"
#include "dq-focus-ring.h"
#include "dq-scene-render.h"

/* One thing the keyboard can focus: every mark that shows one datum. */
typedef struct
{
  /* Borrowed from a mark of the scene */
  const char      *datum;
  graphene_rect_t  bounds;
} FocusEntry;

struct _DqChartView
{
  GtkWidget     parent_instance;

  /* Owned */
  DqChart      *chart;
  DqScene      *scene;
  GArray       *entries;
  char         *focus_datum;

  /* Borrowed from the scene: the mark under the pointer */
  const DqMark *hover_mark;

  DqLanguage    language;
  gboolean      dark;
  /* The theme the cached scene was built with; the scene knows its size
   * and language itself. */
  gboolean      scene_dark;
  int           focus_index;
  GdkRGBA       accent;
};

enum {
  PROP_0,
  PROP_CHART,
  PROP_LANGUAGE,
  PROP_DARK,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqChartView, dq_chart_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

#define MIN_WIDTH      320
#define MIN_HEIGHT     240
#define NATURAL_WIDTH  900
#define NATURAL_HEIGHT 560

/* The text for a datum: a figure's description, or a group's name for the
 * charts that show groups rather than figures. */
static char *
describe_datum (DqChartView *self,
                const char  *datum)
{
  DqDataset *dataset;
  DqFigure *figure;
  DqGroup *group;

  if (self->chart == NULL || datum == NULL)
    return NULL;

  dataset = dq_chart_get_dataset (self->chart);
  figure = dq_chart_lookup_figure (self->chart, datum);
  if (figure != NULL)
    return dq_chart_describe_figure (self->chart, figure, self->language);

  group = dataset != NULL ? dq_dataset_lookup_group (dataset, datum) : NULL;
  if (group != NULL)
    return g_strdup (dq_text_get (dq_group_get_name (group), self->language));

  return NULL;
}

static int
find_entry (DqChartView *self,
            const char  *datum)
{
  if (datum == NULL)
    return -1;

  for (guint i = 0; i < self->entries->len; i++)
    {
      const FocusEntry *entry = &g_array_index (self->entries, FocusEntry, i);

      if (g_str_equal (entry->datum, datum))
        return i;
    }

  return -1;
}

static void
update_accessible_description (DqChartView *self)
{
  g_autofree char *text = NULL;

  if (self->focus_index >= 0)
    text = describe_datum (self, self->focus_datum);

  /* With no figure focused, say how to reach one. */
  if (text == NULL)
    text = g_strdup (_("Use the arrow keys to move between the figures"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
set_focus_index (DqChartView *self,
                 int          index)
{
  g_assert (index >= -1 && index < (int) self->entries->len);

  self->focus_index = index;
  g_clear_pointer (&self->focus_datum, g_free);
  if (index >= 0)
    self->focus_datum = g_strdup (g_array_index (self->entries, FocusEntry, index).datum);

  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Lists the marks that carry a datum, one entry per distinct datum in scene
 * order. An entry's bounds take in the run of marks that first show its
 * datum, such as a bar and its whisker; a datum shown again elsewhere (a
 * group in two places) keeps the bounds of its first place. */
static void
collect_entries (DqChartView *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *last = NULL;

  g_array_set_size (self->entries, 0);
  if (self->scene == NULL)
    return;

  for (guint i = 0; i < dq_scene_get_n_marks (self->scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (self->scene, i);
      graphene_rect_t bounds;
      double x, y, width, height;

      if (mark->datum == NULL)
        continue;

      dq_mark_get_bounds (mark, &x, &y, &width, &height);
      graphene_rect_init (&bounds, x, y, width, height);

      if (last != NULL && g_str_equal (last, mark->datum))
        {
          FocusEntry *entry = &g_array_index (self->entries, FocusEntry, self->entries->len - 1);

          graphene_rect_union (&entry->bounds, &bounds, &entry->bounds);
        }
      else if (g_hash_table_add (seen, mark->datum))
        {
          FocusEntry entry = { mark->datum, bounds };

          g_array_append_val (self->entries, entry);
          last = mark->datum;
        }
      else
        last = NULL;
    }
}

static void
update_accessible_label (DqChartView *self)
{
  const char *title = NULL;

  if (self->scene != NULL)
    title = dq_scene_get_title (self->scene);
  if (title == NULL && self->chart != NULL)
    title = dq_text_get (dq_chart_get_title (self->chart), self->language);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  -1);
}

/* Builds the scene for a size, unless the cached one already has that size,
 * language and theme. */
static void
ensure_scene (DqChartView *self,
              int          width,
              int          height)
{
  DqChartOptions options = { width, height, self->language, self->dark };
  g_autofree char *focus_datum = NULL;

  if (self->scene != NULL &&
      (int) dq_scene_get_width (self->scene) == width &&
      (int) dq_scene_get_height (self->scene) == height &&
      dq_scene_get_language (self->scene) == self->language &&
      self->scene_dark == self->dark)
    return;

  g_clear_object (&self->scene);
  if (self->chart != NULL && width > 0 && height > 0)
    {
      self->scene = dq_chart_build_scene (self->chart, &options);
      self->scene_dark = self->dark;
    }

  /* Keep the focus on the same figure when the scene is laid out again. */
  focus_datum = g_steal_pointer (&self->focus_datum);
  collect_entries (self);
  self->hover_mark = NULL;
  self->focus_index = -1;
  if (focus_datum != NULL)
    set_focus_index (self, find_entry (self, focus_datum));

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate (DqChartView *self,
            gboolean     drop_scene)
{
  if (drop_scene)
    g_clear_object (&self->scene);

  ensure_scene (self, gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
on_style_manager_notify_dark_cb (DqChartView     *self,
                                 GParamSpec      *pspec,
                                 AdwStyleManager *manager)
{
  dq_chart_view_set_dark (self, adw_style_manager_get_dark (manager));
}

static void
on_motion_cb (DqChartView              *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  const DqMark *mark = NULL;

  if (self->scene != NULL)
    mark = dq_scene_lookup_mark (self->scene, x, y);

  if (mark != self->hover_mark)
    {
      self->hover_mark = mark;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (DqChartView              *self,
             GtkEventControllerMotion *controller)
{
  if (self->hover_mark != NULL)
    {
      self->hover_mark = NULL;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_pressed_cb (DqChartView     *self,
               int              n_press,
               double           x,
               double           y,
               GtkGestureClick *gesture)
{
  const DqMark *mark = NULL;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (self->scene != NULL)
    mark = dq_scene_lookup_mark (self->scene, x, y);
  if (mark != NULL)
    set_focus_index (self, find_entry (self, mark->datum));
}

static void
focus_step_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  DqChartView *self = DQ_CHART_VIEW (widget);

  if (!dq_chart_view_move_focus (self, g_variant_get_int32 (param)))
    gtk_widget_error_bell (widget);
}

static void
focus_end_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DqChartView *self = DQ_CHART_VIEW (widget);

  if (self->entries->len > 0)
    set_focus_index (self, g_variant_get_boolean (param) ? (int) self->entries->len - 1 : 0);
}

static void
dq_chart_view_measure (GtkWidget      *widget,
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
dq_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  ensure_scene (DQ_CHART_VIEW (widget), width, height);
}

static void
dq_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DqChartView *self = DQ_CHART_VIEW (widget);
  cairo_t *cr;

  if (self->scene == NULL || gtk_widget_get_width (widget) <= 0 ||
      gtk_widget_get_height (widget) <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0,
                                                       dq_scene_get_width (self->scene),
                                                       dq_scene_get_height (self->scene)));
  dq_scene_render_cairo (self->scene, cr);
  cairo_destroy (cr);

  /* Hover and focus are drawn over the scene, not in it, so that exports
   * stay clean. */
  if (self->hover_mark != NULL)
    {
      GdkRGBA color = self->accent;
      graphene_rect_t bounds;
      double x, y, width, height;

      dq_mark_get_bounds (self->hover_mark, &x, &y, &width, &height);
      graphene_rect_init (&bounds, x, y, width, height);
      color.alpha *= 0.5;
      dq_focus_ring_append (snapshot, &bounds, 2, 1, FALSE, &color);
    }

  if (self->focus_index >= 0 && gtk_widget_has_focus (widget))
    dq_focus_ring_append (snapshot,
                          &g_array_index (self->entries, FocusEntry, self->focus_index).bounds,
                          3, 2, FALSE, &self->accent);
}

static gboolean
dq_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  DqChartView *self = DQ_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  graphene_rect_t bounds;
  GdkRectangle area;
  const char *datum;

  if (self->scene == NULL)
    return FALSE;

  if (keyboard_mode)
    {
      const FocusEntry *entry;

      if (self->focus_index < 0)
        return FALSE;

      entry = &g_array_index (self->entries, FocusEntry, self->focus_index);
      datum = entry->datum;
      bounds = entry->bounds;
    }
  else
    {
      const DqMark *mark = dq_scene_lookup_mark (self->scene, x, y);
      double bx, by, bw, bh;

      if (mark == NULL)
        return FALSE;

      datum = mark->datum;
      dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
      graphene_rect_init (&bounds, bx, by, bw, bh);
    }

  text = describe_datum (self, datum);
  if (text == NULL)
    return FALSE;

  /* The tooltip stays while the pointer is over the same mark. */
  area.x = floor (bounds.origin.x);
  area.y = floor (bounds.origin.y);
  area.width = MAX (1, ceil (bounds.size.width));
  area.height = MAX (1, ceil (bounds.size.height));
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);

  return TRUE;
}

static gboolean
dq_chart_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  DqChartView *self = DQ_CHART_VIEW (widget);
  int n = self->entries->len;
  int step;

  if (!gtk_widget_has_focus (widget))
    {
      int index = dq_focus_ring_enter_index (direction, n);

      gtk_widget_grab_focus (widget);
      if (index >= 0)
        set_focus_index (self, index);
      return TRUE;
    }

  step = dq_focus_ring_tab_step (direction, self->focus_index, n);

  return step != 0 && dq_chart_view_move_focus (self, step);
}

static void
dq_chart_view_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (dq_chart_view_parent_class)->state_flags_changed (widget, previous);

  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);
}

static void
dq_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  DqChartView *self = DQ_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (dq_chart_view_parent_class)->css_changed (widget, change);

  /* The focus ring takes the accent colour of the theme. */
  dq_focus_ring_lookup_accent (widget, &self->accent);

  gtk_widget_queue_draw (widget);
}

static void watch_figures (DqChartView *self,
                           gboolean     watch);

static void
dq_chart_view_dispose (GObject *object)
{
  DqChartView *self = DQ_CHART_VIEW (object);

  watch_figures (self, FALSE);
  g_clear_object (&self->scene);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (dq_chart_view_parent_class)->dispose (object);
}

static void
dq_chart_view_finalize (GObject *object)
{
  DqChartView *self = DQ_CHART_VIEW (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->focus_datum, g_free);

  G_OBJECT_CLASS (dq_chart_view_parent_class)->finalize (object);
}

static void
dq_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqChartView *self = DQ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    case PROP_LANGUAGE:
      g_value_set_int (value, self->language);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqChartView *self = DQ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      dq_chart_view_set_chart (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      dq_chart_view_set_language (self, g_value_get_int (value));
      break;

    case PROP_DARK:
      dq_chart_view_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_view_class_init (DqChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    guint    keyval;
    gboolean step;
    int      value;
  } keys[] = {
    { GDK_KEY_Right, TRUE, 1 },
    { GDK_KEY_KP_Right, TRUE, 1 },
    { GDK_KEY_Down, TRUE, 1 },
    { GDK_KEY_KP_Down, TRUE, 1 },
    { GDK_KEY_Left, TRUE, -1 },
    { GDK_KEY_KP_Left, TRUE, -1 },
    { GDK_KEY_Up, TRUE, -1 },
    { GDK_KEY_KP_Up, TRUE, -1 },
    { GDK_KEY_Home, FALSE, FALSE },
    { GDK_KEY_KP_Home, FALSE, FALSE },
    { GDK_KEY_End, FALSE, TRUE },
    { GDK_KEY_KP_End, FALSE, TRUE },
  };

  object_class->dispose = dq_chart_view_dispose;
  object_class->finalize = dq_chart_view_finalize;
  object_class->get_property = dq_chart_view_get_property;
  object_class->set_property = dq_chart_view_set_property;

  widget_class->measure = dq_chart_view_measure;
  widget_class->size_allocate = dq_chart_view_size_allocate;
  widget_class->snapshot = dq_chart_view_snapshot;
  widget_class->query_tooltip = dq_chart_view_query_tooltip;
  widget_class->focus = dq_chart_view_focus;
  widget_class->state_flags_changed = dq_chart_view_state_flags_changed;
  widget_class->css_changed = dq_chart_view_css_changed;

  /**
   * DqChartView:chart:
   *
   * The chart shown.
   */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, DQ_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartView:language:
   *
   * The #DqLanguage of the chart's text, independent of the interface's;
   * new views take the interface language.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_int ("language", NULL, NULL, 0, DQ_N_LANGUAGES - 1, DQ_LANGUAGE_EN,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartView:dark:
   *
   * Whether the chart is drawn in its dark theme. It follows the style
   * manager, which sets it again whenever the style changes.
   */
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart-view.focus-step", "i", focus_step_action);
  gtk_widget_class_install_action (widget_class, "chart-view.focus-end", "b", focus_end_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].step)
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, 0,
                                             "chart-view.focus-step", "i", keys[i].value);
      else
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, 0,
                                             "chart-view.focus-end", "b", keys[i].value);
    }

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dq_chart_view_init (DqChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *motion;
  GtkGesture *click;

  self->entries = g_array_new (FALSE, FALSE, sizeof (FocusEntry));
  self->language = dq_language_get_default ();
  self->dark = adw_style_manager_get_dark (manager);
  self->focus_index = -1;
  gdk_rgba_parse (&self->accent, DQ_FOCUS_RING_DEFAULT_ACCENT);

  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_accessible_label (self);
  update_accessible_description (self);
}

/**
 * dq_chart_view_new:
 *
 * Returns: (transfer floating): a new chart view
 */
GtkWidget *
dq_chart_view_new (void)
{
  return g_object_new (DQ_TYPE_CHART_VIEW, NULL);
}

/**
 * dq_chart_view_get_chart:
 * @self: a #DqChartView
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
DqChart *
dq_chart_view_get_chart (DqChartView *self)
{
  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/* An edit in the data table, or its undoing: the chart is laid out again,
 * so that it always shows the values the table holds. */
static void
on_figure_notify_value_cb (DqChartView *self,
                           GParamSpec  *pspec,
                           DqFigure    *figure)
{
  invalidate (self, TRUE);
}

static void
watch_figures (DqChartView *self,
               gboolean     watch)
{
  GPtrArray *figures;

  if (self->chart == NULL)
    return;

  figures = dq_chart_get_figures (self->chart);
  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);

      if (watch)
        g_signal_connect_object (figure, "notify::value",
                                 G_CALLBACK (on_figure_notify_value_cb), self, G_CONNECT_SWAPPED);
      else
        g_signal_handlers_disconnect_by_func (figure, on_figure_notify_value_cb, self);
    }
}

void
dq_chart_view_set_chart (DqChartView *self,
                         DqChart     *chart)
{
  g_return_if_fail (DQ_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || DQ_IS_CHART (chart));

  if (self->chart == chart)
    return;

  watch_figures (self, FALSE);
  g_set_object (&self->chart, chart);
  watch_figures (self, TRUE);

  /* Another chart's figures are not this one's. */
  g_clear_pointer (&self->focus_datum, g_free);
  invalidate (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

DqLanguage
dq_chart_view_get_language (DqChartView *self)
{
  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), DQ_LANGUAGE_EN);

  return self->language;
}

/**
 * dq_chart_view_set_language:
 * @self: a #DqChartView
 * @language: the language of the chart's text
 *
 * Lays the chart out again in @language; its tooltips and accessible
 * descriptions follow.
 */
void
dq_chart_view_set_language (DqChartView *self,
                            DqLanguage   language)
{
  g_return_if_fail (DQ_IS_CHART_VIEW (self));
  g_return_if_fail (language < DQ_N_LANGUAGES);

  if (self->language == language)
    return;

  self->language = language;
  invalidate (self, FALSE);
  update_accessible_description (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
dq_chart_view_get_dark (DqChartView *self)
{
  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), FALSE);

  return self->dark;
}

void
dq_chart_view_set_dark (DqChartView *self,
                        gboolean     dark)
{
  g_return_if_fail (DQ_IS_CHART_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  invalidate (self, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

/**
 * dq_chart_view_get_scene:
 * @self: a #DqChartView
 *
 * Returns: (transfer none) (nullable): the scene on screen, laid out for
 *   the view's size, language and theme; %NULL before the view has a size
 */
DqScene *
dq_chart_view_get_scene (DqChartView *self)
{
  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), NULL);

  return self->scene;
}

/**
 * dq_chart_view_get_focused_datum:
 * @self: a #DqChartView
 *
 * Returns: (nullable): the id of the figure (or group) that has the
 *   keyboard focus
 */
const char *
dq_chart_view_get_focused_datum (DqChartView *self)
{
  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), NULL);

  return self->focus_index >= 0 ? self->focus_datum : NULL;
}

/**
 * dq_chart_view_move_focus:
 * @self: a #DqChartView
 * @delta: +1 for the next figure, -1 for the previous one
 *
 * Moves the keyboard focus through the figures of the chart, in the order
 * they are drawn, and tells screen readers about the figure it lands on.
 * With no figure focused, +1 focuses the first and -1 the last.
 *
 * Returns: %FALSE if there is no figure that way
 */
gboolean
dq_chart_view_move_focus (DqChartView *self,
                          int          delta)
{
  int n;
  int index;

  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (delta != 0, FALSE);

  n = self->entries->len;
  if (n == 0)
    return FALSE;

  if (self->focus_index < 0)
    index = delta > 0 ? 0 : n - 1;
  else
    index = self->focus_index + delta;

  if (index < 0 || index >= n)
    return FALSE;

  set_focus_index (self, index);

  return TRUE;
}

/**
 * dq_chart_view_describe_at:
 * @self: a #DqChartView
 * @x: a point in widget coordinates
 * @y: a point in widget coordinates
 *
 * Returns: (transfer full) (nullable): the tooltip for that point: the
 *   figure under it, with its value, confidence interval and source quote
 */
char *
dq_chart_view_describe_at (DqChartView *self,
                           double       x,
                           double       y)
{
  const DqMark *mark;

  g_return_val_if_fail (DQ_IS_CHART_VIEW (self), NULL);

  if (self->scene == NULL)
    return NULL;

  mark = dq_scene_lookup_mark (self->scene, x, y);

  return mark != NULL ? describe_datum (self, mark->datum) : NULL;
}
