/* dq-chart-page.c
 *
 * The Survey and Diasporas pages: a list of charts, the selected one drawn
 * large or shown as a table, and copying and exporting it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-chart-page.h"
#include "dq-chart-strings.h"
/* For the confidence intervals of the data table, computed exactly as the
 * chart draws them. */
#include "dq-chart-filter.h"
#include "dq-chart-view.h"
#include "dq-event-list.h"
#include "dq-export-dialog.h"
#include "dq-format.h"
#include "dq-scene-render.h"

struct _DqChartPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  DqChartFilter      *chart_filter;
  AdwFlap            *charts_flap;
  GtkFilterListModel *charts_filter_model;
  GtkSingleSelection *charts_selection;
  GtkListView        *charts_view;
  DqChartView        *chart_view;
  GtkStack           *content_stack;
  GListStore         *data_store;
  GtkColumnView      *data_view;
  GtkStack           *data_stack;
  DqEventList        *event_list;
  GtkDropDown        *language_dropdown;
  GtkCustomFilter    *page_filter;
  GtkStack           *view_stack;

  /* Owned */
  DqDataset          *dataset;
  GListModel         *charts;
  char               *page;

  DqLanguage          language;
  gboolean            show_data;
  gboolean            editable;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PAGE,
  PROP_CHART_LANGUAGE,
  PROP_SHOW_DATA,
  PROP_EDITABLE,
  N_PROPS
};

enum {
  SIGNAL_TOAST,
  SIGNAL_EDIT_FIGURE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqChartPage, dq_chart_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct
{
  guint           keyval;
  GdkModifierType modifiers;
  const char     *action;
} page_shortcuts[] = {
  { GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "chart.copy-data" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "chart.export" },
};

static void
toast (DqChartPage *self,
       const char  *message)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}

/* The window's pages list the charts by their topic: the survey page its
 * questions, the diasporas page the ethnic groups. */
static gboolean
chart_on_page (gpointer item,
               gpointer user_data)
{
  DqChartPage *self = user_data;

  switch (dq_chart_get_topic (item))
    {
    case DQ_CHART_TOPIC_SURVEY:
      return g_strcmp0 (self->page, "survey") == 0;

    case DQ_CHART_TOPIC_GROUPS:
      return g_strcmp0 (self->page, "diasporas") == 0;

    default:
      return FALSE;
    }
}

static void
update_actions (DqChartPage *self)
{
  gboolean has_chart = dq_chart_page_get_selected_chart (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-data", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-image", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.show-data", has_chart);
}

/* Fills the table again, which binds its rows again in the chart
 * language. */
static void
update_data (DqChartPage *self)
{
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->data_store));

  /* A timeline's data are its events. */
  dq_event_list_set_chart (self->event_list, chart, self->language);
  gtk_stack_set_visible_child_name (self->data_stack,
                                    dq_event_list_get_n_events (self->event_list) > 0
                                    ? "events" : "figures");

  if (chart == NULL)
    {
      g_list_store_remove_all (self->data_store);
      return;
    }

  g_list_store_splice (self->data_store, 0, n_items,
                       dq_chart_get_figures (chart)->pdata, dq_chart_get_figures (chart)->len);
}

static void
update_empty (DqChartPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->charts_filter_model));

  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "charts" : "empty");
}

static void
on_charts_filter_model_items_changed_cb (DqChartPage *self,
                                         guint        position,
                                         guint        removed,
                                         guint        added,
                                         GListModel  *model)
{
  update_empty (self);
}

static void
on_charts_selection_notify_selected_item_cb (DqChartPage        *self,
                                             GParamSpec         *pspec,
                                             GtkSingleSelection *selection)
{
  dq_chart_filter_set_chart (self->chart_filter, dq_chart_page_get_selected_chart (self));
  dq_chart_view_set_chart (self->chart_view, dq_chart_page_get_selected_chart (self));
  update_data (self);
  update_actions (self);

  /* In a narrow window the list covers the chart: a choice shows it. */
  if (adw_flap_get_folded (self->charts_flap))
    adw_flap_set_reveal_flap (self->charts_flap, FALSE);
}

/* The groups, measure or filter of a census chart or the timeline
 * changed: the chart is laid out again, and its data follow. */
static void
on_chart_filter_changed_cb (DqChartPage   *self,
                            DqChartFilter *filter)
{
  DqChart *chart = dq_chart_filter_get_chart (filter);

  dq_chart_view_set_chart (self->chart_view, NULL);
  dq_chart_view_set_chart (self->chart_view, chart);
  update_data (self);
}

/* An event of the timeline opens with its quote. */
static void
on_chart_view_activate_item_cb (DqChartPage *self,
                                GObject     *item,
                                DqChartView *view)
{
  DqChart *chart = dq_chart_view_get_chart (view);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  DqLanguage language = dq_language_get_default ();
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  if (chart == NULL || !DQ_IS_EVENT (item))
    return;

  text = dq_chart_describe_event (chart, DQ_EVENT (item), language);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                             : NULL,
                                                       dq_text_get (dq_event_get_name (DQ_EVENT (item)),
                                                                    language),
                                                       text));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_body_use_markup (dialog, FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_language_dropdown_notify_selected_cb (DqChartPage *self,
                                         GParamSpec  *pspec,
                                         GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < DQ_N_LANGUAGES)
    dq_chart_page_set_chart_language (self, selected);
}

static DqFigure *
list_item_figure (GtkListItem *item)
{
  return DQ_FIGURE (gtk_list_item_get_item (item));
}

static void
on_text_factory_setup_cb (DqChartPage              *self,
                          GtkListItem              *item,
                          GtkSignalListItemFactory *factory)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
on_number_factory_setup_cb (DqChartPage              *self,
                            GtkListItem              *item,
                            GtkSignalListItemFactory *factory)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_label_factory_bind_cb (DqChartPage              *self,
                          GtkListItem              *item,
                          GtkSignalListItemFactory *factory)
{
  DqFigure *figure = list_item_figure (item);
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  g_autofree char *label = NULL;

  if (chart != NULL)
    label = dq_chart_dup_figure_label (chart, figure, self->language);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       label != NULL ? label
                                     : dq_text_get (dq_figure_get_label (figure), self->language));
}

/* Adds to @text who corrected @figure and when, as the project's edit
 * history keeps it. */
static void
describe_correction (char     **text,
                     DqFigure  *figure)
{
  const char *author = NULL;
  gint64 time = dq_figure_get_correction (figure, &author);
  g_autoptr(GDateTime) local = time != 0 ? g_date_time_new_from_unix_local (time) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;
  g_autofree char *line = NULL;
  char *joined;

  if (when == NULL)
    return;

  if (author != NULL)
    /* Translators: "Corrected by Aigerim on 2026-12-06 11:05" */
    line = g_strdup_printf (_("Corrected by %s on %s"), author, when);
  else
    /* Translators: "Corrected on 2026-12-06 11:05" */
    line = g_strdup_printf (_("Corrected on %s"), when);

  joined = g_strconcat (*text, "\n", line, NULL);
  g_free (*text);
  *text = joined;
}

/* The value as the chart writes it: an estimate with an interval to one
 * decimal, as its bar's label; a corrected one with the chart's diamond
 * and, in its tooltip, what the source states. */
static void
show_figure_value (DqChartPage *self,
                   GtkWidget   *child,
                   DqFigure    *figure)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (dq_figure_has_value (figure) && dq_figure_get_ci (figure, NULL, NULL) &&
      dq_figure_get_bound (figure) == DQ_BOUND_EQ)
    value = dq_format_percent (dq_figure_get_value (figure), 1, self->language);
  else
    value = dq_format_figure_value (figure, self->language);

  if (dq_figure_is_corrected (figure))
    {
      g_autofree char *original = NULL;
      g_autofree char *tooltip = NULL;
      double stated;

      original = dq_figure_get_original (figure, &stated)
                 ? dq_format_number (stated, -1, self->language) : g_strdup ("—");
      text = g_strdup_printf ("◆ %s", value);
      tooltip = dq_chart_string_format (DQ_CHART_STRING_CORRECTED_FROM, self->language,
                                        original, NULL);
      describe_correction (&tooltip, figure);
      gtk_widget_set_tooltip_text (child, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (child, GTK_IS_EDITABLE (child)
                                        ? _("Double-click to correct the value") : NULL);

  if (GTK_IS_EDITABLE (child))
    gtk_editable_set_text (GTK_EDITABLE (child), text != NULL ? text : value);
  else
    gtk_label_set_label (GTK_LABEL (child), text != NULL ? text : value);
}

/* A value typed in the table: a number, with a decimal point or comma, and
 * perhaps a percent sign. */
static gboolean
parse_value (const char *text,
             double     *value)
{
  g_autofree char *copy = g_strdup (text);
  char *number = g_strstrip (copy);
  char *end;
  gsize length;

  g_strdelimit (number, ",", '.');
  length = strlen (number);
  if (length > 0 && number[length - 1] == '%')
    {
      number[length - 1] = '\0';
      g_strchomp (number);
    }

  *value = g_ascii_strtod (number, &end);

  return end != number && *end == '\0' && isfinite (*value);
}

static void
on_value_editing_notify_cb (GtkEditableLabel *label,
                            GParamSpec       *pspec,
                            DqChartPage      *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "dq-list-item");
  DqFigure *figure = gtk_list_item_get_item (item);
  double value;

  if (figure == NULL)
    return;

  if (gtk_editable_label_get_editing (label))
    {
      /* Edit the plain number, not "≈ 25 %". */
      if (dq_figure_has_value (figure))
        {
          g_autofree char *number = dq_format_number (dq_figure_get_value (figure), -1,
                                                      self->language);

          gtk_editable_set_text (GTK_EDITABLE (label), number);
        }
      else
        gtk_editable_set_text (GTK_EDITABLE (label), "");
      return;
    }

  if (parse_value (gtk_editable_get_text (GTK_EDITABLE (label)), &value))
    {
      if (!dq_figure_has_value (figure) || dq_figure_get_value (figure) != value)
        g_signal_emit (self, signals[SIGNAL_EDIT_FIGURE], 0, figure, value);
    }
  else if (*gtk_editable_get_text (GTK_EDITABLE (label)) != '\0')
    {
      g_autofree char *message = NULL;

      /* Translators: %s is what was typed as a figure's value */
      message = g_strdup_printf (_("“%s” is not a number"), gtk_editable_get_text (GTK_EDITABLE (label)));
      toast (self, message);
    }

  show_figure_value (self, GTK_WIDGET (label), figure);
}

static void
on_value_factory_setup_cb (DqChartPage              *self,
                           GtkListItem              *item,
                           GtkSignalListItemFactory *factory)
{
  GtkWidget *child;

  if (!self->editable)
    {
      on_number_factory_setup_cb (self, item, factory);
      return;
    }

  child = gtk_editable_label_new ("");
  gtk_editable_set_alignment (GTK_EDITABLE (child), 1);
  gtk_widget_add_css_class (child, "numeric");
  gtk_widget_set_tooltip_text (child, _("Double-click to correct the value"));
  g_object_set_data (G_OBJECT (child), "dq-list-item", item);
  g_signal_connect_object (child, "notify::editing",
                           G_CALLBACK (on_value_editing_notify_cb), self, 0);
  gtk_list_item_set_child (item, child);
}

static void
on_figure_value_changed_cb (GtkListItem *item,
                            GParamSpec  *pspec,
                            DqFigure    *figure)
{
  DqChartPage *self = g_object_get_data (G_OBJECT (item), "dq-chart-page");

  if (self != NULL && gtk_list_item_get_child (item) != NULL)
    show_figure_value (self, gtk_list_item_get_child (item), figure);
}

static void
show_figure_ci (DqChartPage *self,
                GtkListItem *item)
{
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  g_autofree char *text = NULL;
  double low, high;

  if (chart != NULL && dq_chart_get_figure_ci (chart, list_item_figure (item), &low, &high))
    {
      g_autofree char *l = dq_format_number (low, 1, self->language);
      g_autofree char *h = dq_format_number (high, 1, self->language);

      text = g_strdup_printf ("%s–%s", l, h);
    }

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

/* An interval computed from the value follows an edit of it. */
static void
on_figure_ci_changed_cb (GtkListItem *item,
                         GParamSpec  *pspec,
                         DqFigure    *figure)
{
  DqChartPage *self = g_object_get_data (G_OBJECT (item), "dq-chart-page");

  if (self != NULL && gtk_list_item_get_child (item) != NULL)
    show_figure_ci (self, item);
}

static void
on_value_factory_bind_cb (DqChartPage              *self,
                          GtkListItem              *item,
                          GtkSignalListItemFactory *factory)
{
  DqFigure *figure = list_item_figure (item);

  show_figure_value (self, gtk_list_item_get_child (item), figure);

  /* Undo and redo change values behind the table's back. */
  g_object_set_data (G_OBJECT (item), "dq-chart-page", self);
  g_signal_connect_object (figure, "notify::value",
                           G_CALLBACK (on_figure_value_changed_cb), item, G_CONNECT_SWAPPED);
}

static void
on_value_factory_unbind_cb (DqChartPage              *self,
                            GtkListItem              *item,
                            GtkSignalListItemFactory *factory)
{
  DqFigure *figure = list_item_figure (item);

  /* The value's cell and the interval's follow the value. */
  if (figure != NULL)
    {
      g_signal_handlers_disconnect_by_func (figure, on_figure_value_changed_cb, item);
      g_signal_handlers_disconnect_by_func (figure, on_figure_ci_changed_cb, item);
    }
}

static void
on_ci_factory_bind_cb (DqChartPage              *self,
                       GtkListItem              *item,
                       GtkSignalListItemFactory *factory)
{
  show_figure_ci (self, item);
  g_object_set_data (G_OBJECT (item), "dq-chart-page", self);
  g_signal_connect_object (list_item_figure (item), "notify::value",
                           G_CALLBACK (on_figure_ci_changed_cb), item, G_CONNECT_SWAPPED);
}

/* Whose answers a figure is, or where it counts: the respondents' country
 * (or a crosstab's group), so that two rows of one label read apart. */
static void
on_country_factory_bind_cb (DqChartPage              *self,
                            GtkListItem              *item,
                            GtkSignalListItemFactory *factory)
{
  const char *country = dq_figure_get_country (list_item_figure (item));
  const char *text = country != NULL ? dq_country_name (country, self->language) : "";

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_quote_factory_bind_cb (DqChartPage              *self,
                          GtkListItem              *item,
                          GtkSignalListItemFactory *factory)
{
  DqSource *source = dq_figure_get_source (list_item_figure (item));
  g_autofree char *citation = dq_source_dup_citation (source);

  /* A quote, or for a table cell its publication. */
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), citation);
}

static void
copy_data_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DqChartPage *self = DQ_CHART_PAGE (widget);
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  g_autofree char *csv = NULL;

  if (chart == NULL)
    return;

  csv = dq_chart_to_csv (chart, self->language);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), csv);
  toast (self, _("Data copied as CSV"));
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  DqChartPage *self = DQ_CHART_PAGE (widget);
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  DqChartOptions options = { 0 };
  g_autoptr(DqScene) scene = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int scale = gtk_widget_get_scale_factor (widget);

  if (chart == NULL)
    return;

  /* The chart at the size it has on screen, sharp on a high-resolution
   * screen, in the light theme that documents and slides expect. */
  options.width = gtk_widget_get_width (GTK_WIDGET (self->chart_view));
  options.height = gtk_widget_get_height (GTK_WIDGET (self->chart_view));
  if (options.width <= 0 || options.height <= 0)
    {
      /* Not on screen: the view's natural size. */
      options.width = 900;
      options.height = 560;
    }
  options.language = self->language;

  scene = dq_chart_build_scene (chart, &options);
  bytes = dq_scene_export_bytes (scene, DQ_EXPORT_PNG, 96 * scale, &error);
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    {
      toast (self, error->message);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  toast (self, _("Image copied"));
}

static void
on_export_dialog_exported_cb (DqChartPage    *self,
                              GFile          *file,
                              DqExportDialog *dialog)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported %s"), name);
  toast (self, message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqChartPage *self = DQ_CHART_PAGE (widget);
  DqChart *chart = dq_chart_page_get_selected_chart (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  DqExportDialog *dialog;

  if (chart == NULL)
    return;

  dialog = dq_export_dialog_new (chart, self->language);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "exported",
                           G_CALLBACK (on_export_dialog_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dq_chart_page_dispose (GObject *object)
{
  DqChartPage *self = DQ_CHART_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_CHART_PAGE);
  g_clear_object (&self->charts);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_chart_page_parent_class)->dispose (object);
}

static void
dq_chart_page_finalize (GObject *object)
{
  DqChartPage *self = DQ_CHART_PAGE (object);

  g_clear_pointer (&self->page, g_free);

  G_OBJECT_CLASS (dq_chart_page_parent_class)->finalize (object);
}

static void
dq_chart_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqChartPage *self = DQ_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;

    case PROP_CHART_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;

    case PROP_SHOW_DATA:
      g_value_set_boolean (value, self->show_data);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqChartPage *self = DQ_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_chart_page_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_PAGE:
      dq_chart_page_set_page (self, g_value_get_string (value));
      break;

    case PROP_CHART_LANGUAGE:
      dq_chart_page_set_chart_language (self, g_value_get_enum (value));
      break;

    case PROP_SHOW_DATA:
      dq_chart_page_set_show_data (self, g_value_get_boolean (value));
      break;

    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_page_class_init (DqChartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_chart_page_dispose;
  object_class->finalize = dq_chart_page_finalize;
  object_class->get_property = dq_chart_page_get_property;
  object_class->set_property = dq_chart_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartPage:page:
   *
   * Which charts the page lists: "survey", the charts of survey questions,
   * or "diasporas", those of ethnic groups (see dq_chart_get_topic()).
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartPage:chart-language:
   *
   * The #DqLanguage of the charts, their tables and copies, independent of
   * the interface's; it starts as the interface language.
   */
  properties[PROP_CHART_LANGUAGE] =
    g_param_spec_enum ("chart-language", NULL, NULL, DQ_TYPE_LANGUAGE, DQ_LANGUAGE_EN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartPage:show-data:
   *
   * Whether the figures of the chart are shown as a table instead of the
   * chart.
   */
  properties[PROP_SHOW_DATA] =
    g_param_spec_boolean ("show-data", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqChartPage:editable:
   *
   * Whether the values in the table of figures can be edited: those of a
   * dataset can, those computed from survey data cannot.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqChartPage::edit-figure:
   * @self: the page
   * @figure: the figure edited in the table
   * @value: the value typed
   *
   * Asks for a figure to be changed, so that the change can be undone.
   */
  signals[SIGNAL_EDIT_FIGURE] =
    g_signal_new ("edit-figure",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, DQ_TYPE_FIGURE, G_TYPE_DOUBLE);

  /**
   * DqChartPage::toast:
   * @self: the page
   * @message: what to tell the user
   *
   * Asks the window to show a short message, such as that something was
   * copied.
   */
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "chart.copy-data", NULL, copy_data_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "chart.show-data", "show-data");
  for (guint i = 0; i < G_N_ELEMENTS (page_shortcuts); i++)
    gtk_widget_class_add_binding_action (widget_class, page_shortcuts[i].keyval,
                                         page_shortcuts[i].modifiers, page_shortcuts[i].action,
                                         NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, charts_flap);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, charts_filter_model);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, charts_selection);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, charts_view);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, chart_filter);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, data_store);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, data_view);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, data_stack);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, event_list);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, page_filter);
  gtk_widget_class_bind_template_child (widget_class, DqChartPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_view_activate_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_charts_filter_model_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class,
                                           on_charts_selection_notify_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ci_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_label_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quote_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_factory_unbind_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_chart_page_init (DqChartPage *self)
{
  GtkEventController *shortcuts;

  g_type_ensure (DQ_TYPE_CHART);
  g_type_ensure (DQ_TYPE_CHART_FILTER);
  g_type_ensure (DQ_TYPE_CHART_VIEW);
  g_type_ensure (DQ_TYPE_EVENT_LIST);
  g_type_ensure (DQ_TYPE_FIGURE);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The class's shortcuts work while the focus is inside the page; these
   * make them work from anywhere in the window, such as the header bar,
   * for the page on screen (the window skips unmapped pages). */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (page_shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (page_shortcuts[i].keyval,
                                                            page_shortcuts[i].modifiers);
      GtkShortcutAction *action = gtk_named_action_new (page_shortcuts[i].action);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_custom_filter_set_filter_func (self->page_filter, chart_on_page, self, NULL);

  self->language = dq_chart_view_get_language (self->chart_view);
  gtk_drop_down_set_selected (self->language_dropdown, self->language);

  update_empty (self);
  update_actions (self);
}

GtkWidget *
dq_chart_page_new (void)
{
  return g_object_new (DQ_TYPE_CHART_PAGE, NULL);
}

/**
 * dq_chart_page_get_dataset:
 * @self: a #DqChartPage
 *
 * Returns: (transfer none) (nullable): the dataset whose charts are shown
 */
DqDataset *
dq_chart_page_get_dataset (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return self->dataset;
}

void
dq_chart_page_set_dataset (DqChartPage *self,
                           DqDataset   *dataset)
{
  g_return_if_fail (DQ_IS_CHART_PAGE (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_clear_object (&self->charts);
  if (dataset != NULL)
    self->charts = dq_chart_list_for_dataset (dataset);
  gtk_filter_list_model_set_model (self->charts_filter_model, self->charts);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * dq_chart_page_set_source:
 * @self: a #DqChartPage
 * @source: (nullable): the data of one chart, such as a crosstab's
 *
 * Shows the one chart of @source, in place of a dataset's charts.
 */
void
dq_chart_page_set_source (DqChartPage   *self,
                          DqChartSource *source)
{
  g_autoptr(GListStore) charts = NULL;

  g_return_if_fail (DQ_IS_CHART_PAGE (self));
  g_return_if_fail (source == NULL || DQ_IS_CHART_SOURCE (source));

  if (self->dataset != NULL)
    {
      g_clear_object (&self->dataset);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }

  g_clear_object (&self->charts);
  if (source != NULL)
    {
      g_autoptr(DqChart) chart = dq_chart_new_for_source (source);

      charts = g_list_store_new (DQ_TYPE_CHART);
      g_list_store_append (charts, chart);
      self->charts = G_LIST_MODEL (g_steal_pointer (&charts));
    }
  gtk_filter_list_model_set_model (self->charts_filter_model, self->charts);
}

/**
 * dq_chart_page_get_page:
 * @self: a #DqChartPage
 *
 * Returns: (nullable): which charts the page lists: "survey" or "diasporas"
 */
const char *
dq_chart_page_get_page (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return self->page;
}

void
dq_chart_page_set_page (DqChartPage *self,
                        const char  *page)
{
  g_return_if_fail (DQ_IS_CHART_PAGE (self));

  if (g_strcmp0 (self->page, page) == 0)
    return;

  g_free (self->page);
  self->page = g_strdup (page);
  gtk_filter_changed (GTK_FILTER (self->page_filter), GTK_FILTER_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

DqLanguage
dq_chart_page_get_chart_language (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), DQ_LANGUAGE_EN);

  return self->language;
}

/**
 * dq_chart_page_set_chart_language:
 * @self: a #DqChartPage
 * @language: the language of the chart
 *
 * Shows the chart, its table, copies and exports in @language, as the
 * “Chart language” menu does.
 */
void
dq_chart_page_set_chart_language (DqChartPage *self,
                                  DqLanguage   language)
{
  g_return_if_fail (DQ_IS_CHART_PAGE (self));
  g_return_if_fail (language < DQ_N_LANGUAGES);

  if (self->language == language)
    return;

  self->language = language;
  gtk_drop_down_set_selected (self->language_dropdown, language);
  dq_chart_view_set_language (self->chart_view, language);
  update_data (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_LANGUAGE]);
}

gboolean
dq_chart_page_get_show_data (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), FALSE);

  return self->show_data;
}

void
dq_chart_page_set_show_data (DqChartPage *self,
                             gboolean     show_data)
{
  g_return_if_fail (DQ_IS_CHART_PAGE (self));

  show_data = !!show_data;
  if (self->show_data == show_data)
    return;

  self->show_data = show_data;
  gtk_stack_set_visible_child_name (self->view_stack, show_data ? "data" : "chart");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DATA]);
}

/**
 * dq_chart_page_get_charts:
 * @self: a #DqChartPage
 *
 * Returns: (transfer none): the #DqChart listed on the page
 */
GListModel *
dq_chart_page_get_charts (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return G_LIST_MODEL (self->charts_filter_model);
}

void
dq_chart_page_select_chart (DqChartPage *self,
                            guint        position)
{
  g_return_if_fail (DQ_IS_CHART_PAGE (self));

  gtk_single_selection_set_selected (self->charts_selection, position);
}

/**
 * dq_chart_page_get_selected_chart:
 * @self: a #DqChartPage
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
DqChart *
dq_chart_page_get_selected_chart (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->charts_selection);
}

/**
 * dq_chart_page_get_chart_view:
 * @self: a #DqChartPage
 *
 * Returns: (transfer none): the view that draws the selected chart
 */
DqChartView *
dq_chart_page_get_chart_view (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return self->chart_view;
}

/**
 * dq_chart_page_get_data:
 * @self: a #DqChartPage
 *
 * Returns: (transfer none): the #DqFigure rows of the data table
 */
GListModel *
dq_chart_page_get_data (DqChartPage *self)
{
  g_return_val_if_fail (DQ_IS_CHART_PAGE (self), NULL);

  return G_LIST_MODEL (self->data_store);
}
