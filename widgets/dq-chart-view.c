/* dq-chart-view.c
 *
 * A chart on screen: the scene the exports are made from, with tooltips
 * and keyboard focus on its figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart-view.h"

struct _DqChartView
{
  DqSceneView  parent_instance;

  /* Owned */
  DqChart     *chart;

  DqLanguage   language;
};

enum {
  PROP_0,
  PROP_CHART,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  SIGNAL_ACTIVATE_ITEM,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqChartView, dq_chart_view, DQ_TYPE_SCENE_VIEW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Lays the chart out again at once, so that the focus and what screen
 * readers are told follow. */
static void
invalidate (DqChartView *self)
{
  dq_scene_view_invalidate (DQ_SCENE_VIEW (self));
  dq_scene_view_get_scene (DQ_SCENE_VIEW (self));
}

static DqScene *
dq_chart_view_build_scene (DqSceneView *view,
                           int          width,
                           int          height,
                           gboolean     dark)
{
  DqChartView *self = DQ_CHART_VIEW (view);
  DqChartOptions options = { width, height, self->language, dark };

  if (self->chart == NULL)
    return NULL;

  return dq_chart_build_scene (self->chart, &options);
}

/* The text for an item: a figure's description, or a group's name for the
 * charts that show groups rather than figures. */
static char *
dq_chart_view_describe_item (DqSceneView *view,
                             GObject     *item)
{
  DqChartView *self = DQ_CHART_VIEW (view);

  if (self->chart == NULL)
    return NULL;

  if (DQ_IS_FIGURE (item))
    return dq_chart_describe_figure (self->chart, DQ_FIGURE (item), self->language);

  if (DQ_IS_GROUP (item))
    return g_strdup (dq_text_get (dq_group_get_name (DQ_GROUP (item)), self->language));
  if (DQ_IS_EVENT (item))
    return dq_chart_describe_event (self->chart, DQ_EVENT (item), self->language);

  return NULL;
}

/* A click, Enter or Space on a mark: the page decides what it opens, such
 * as an event's quote. */
static void
dq_chart_view_activate_item (DqSceneView *view,
                             GObject     *item)
{
  g_signal_emit (view, signals[SIGNAL_ACTIVATE_ITEM], 0, item);
}

static const char *
dq_chart_view_get_title (DqSceneView *view)
{
  DqChartView *self = DQ_CHART_VIEW (view);

  return self->chart != NULL ? dq_text_get (dq_chart_get_title (self->chart), self->language)
                             : NULL;
}

static void watch_figures (DqChartView *self,
                           gboolean     watch);

static void
dq_chart_view_dispose (GObject *object)
{
  DqChartView *self = DQ_CHART_VIEW (object);

  watch_figures (self, FALSE);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (dq_chart_view_parent_class)->dispose (object);
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
      g_value_set_enum (value, self->language);
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
      dq_chart_view_set_language (self, g_value_get_enum (value));
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
  DqSceneViewClass *view_class = DQ_SCENE_VIEW_CLASS (klass);
  static const struct {
    guint keyval;
    int   step;
  } keys[] = {
    { GDK_KEY_Right, 1 },
    { GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Down, 1 },
    { GDK_KEY_KP_Down, 1 },
    { GDK_KEY_Left, -1 },
    { GDK_KEY_KP_Left, -1 },
    { GDK_KEY_Up, -1 },
    { GDK_KEY_KP_Up, -1 },
  };

  object_class->dispose = dq_chart_view_dispose;
  object_class->get_property = dq_chart_view_get_property;
  object_class->set_property = dq_chart_view_set_property;

  view_class->build_scene = dq_chart_view_build_scene;
  view_class->describe_item = dq_chart_view_describe_item;
  view_class->get_title = dq_chart_view_get_title;
  view_class->activate_item = dq_chart_view_activate_item;
  view_class->untitled_label = N_("Chart");
  view_class->focus_hint = N_("Use the arrow keys to move between the figures");

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
    g_param_spec_enum ("language", NULL, NULL, DQ_TYPE_LANGUAGE, DQ_LANGUAGE_EN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqChartView::activate-item:
   * @self: the view
   * @item: the figure or event of the mark clicked or activated by the
   *   keyboard
   */
  signals[SIGNAL_ACTIVATE_ITEM] =
    g_signal_new ("activate-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /* The figures are walked in the order they are drawn. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, 0,
                                         "scene-view.focus-step", "i", keys[i].step);

  gtk_widget_class_set_css_name (widget_class, "chartview");
}

static void
dq_chart_view_init (DqChartView *self)
{
  self->language = dq_language_get_default ();

  dq_scene_view_update_labels (DQ_SCENE_VIEW (self));
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
  invalidate (self);
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

  /* Another chart's figures are not this one's: the focus goes too. */
  dq_scene_view_reset_focus (DQ_SCENE_VIEW (self));
  invalidate (self);

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
  invalidate (self);
  dq_scene_view_update_labels (DQ_SCENE_VIEW (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}
