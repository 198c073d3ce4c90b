/* dq-chart-filter.c
 *
 * What a census chart or the timeline shows, chosen above it: the groups
 * of a census chart (one, or several to compare) and counts or shares; the
 * group and country of the timeline's events. Other charts have no
 * choices, and the bar is empty. A choice changes the chart, and
 * ::changed tells the page to draw it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart-filter.h"

struct _DqChartFilter
{
  GtkWidget  parent_instance;

  /* Owned */
  DqChart   *chart;
  /* The ids behind the timeline's drop-downs, "" for all; the census'
   * check buttons, in the order of the series' groups. */
  GPtrArray *group_ids;
  GPtrArray *countries;
  GPtrArray *checks;
};

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqChartFilter, dq_chart_filter, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The countries of the timeline's choice, as the interface names them. */
static const struct
{
  const char *code;
  const char *name;
} countries[] = {
  { "KZ", N_("Kazakhstan") },
  { "UZ", N_("Uzbekistan") },
};

static void
clear (DqChartFilter *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->group_ids, 0);
  g_ptr_array_set_size (self->countries, 0);
  g_ptr_array_set_size (self->checks, 0);
}

/* A group's name as a list starts it: with a capital. */
static char *
group_name (DqDataset  *dataset,
            const char *id)
{
  DqGroup *group = dq_dataset_lookup_group (dataset, id);
  const char *name = group != NULL ? dq_text_get (dq_group_get_name (group),
                                                  dq_language_get_default ())
                                   : id;
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

static void
on_check_toggled_cb (DqChartFilter  *self,
                     GtkCheckButton *check)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) groups = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *item = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (item))
        {
          g_strv_builder_add (builder, g_object_get_data (G_OBJECT (item), "group-id"));
          n++;
        }
    }

  groups = g_strv_builder_end (builder);
  /* The chart refuses more groups than it has colours: the last check
   * is undone. */
  if (!dq_chart_set_groups (self->chart, (const char * const *) groups, &error))
    {
      gtk_check_button_set_active (check, FALSE);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_measure_notify_selected_cb (DqChartFilter *self,
                               GParamSpec    *pspec,
                               GtkDropDown   *dropdown)
{
  dq_chart_set_shares (self->chart, gtk_drop_down_get_selected (dropdown) == 1);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
add_census_choices (DqChartFilter *self)
{
  g_auto(GStrv) groups = dq_chart_dup_series_groups (self->chart);
  const char * const *shown = dq_chart_get_groups (self->chart);
  const char * const measures[] = { _("Counts"), _("Shares"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *measure;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *name = group_name (dq_chart_get_dataset (self->chart), groups[i]);
      GtkWidget *check = gtk_check_button_new_with_label (name);

      g_object_set_data_full (G_OBJECT (check), "group-id", g_strdup (groups[i]), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains (shown, groups[i]));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (self->checks, check);
    }

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Groups"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_tooltip_text (button, _("One group, or several to compare"));
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  measure = gtk_drop_down_new_from_strings (measures);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (measure), dq_chart_get_shares (self->chart));
  gtk_widget_set_tooltip_text (measure, _("Counts of people, or shares of the population"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (measure), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Counts or shares"), -1);
  g_signal_connect_object (measure, "notify::selected",
                           G_CALLBACK (on_measure_notify_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (measure, GTK_WIDGET (self));
}

static const char *
selected_id (GPtrArray   *ids,
             GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *id = selected < ids->len ? g_ptr_array_index (ids, selected) : "";

  return *id != '\0' ? id : NULL;
}

static void
on_timeline_notify_selected_cb (DqChartFilter *self,
                                GParamSpec    *pspec,
                                GtkDropDown   *dropdown)
{
  GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *country = gtk_widget_get_next_sibling (group);

  if (!dq_chart_set_filter (self->chart, selected_id (self->group_ids, GTK_DROP_DOWN (group)),
                            selected_id (self->countries, GTK_DROP_DOWN (country)), NULL))
    g_assert_not_reached ();
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static GtkWidget *
add_dropdown (DqChartFilter *self,
              GtkStringList *names,
              const char    *label)
{
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (names), NULL);

  gtk_widget_set_tooltip_text (dropdown, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (dropdown, "notify::selected",
                           G_CALLBACK (on_timeline_notify_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (dropdown, GTK_WIDGET (self));

  return dropdown;
}

/* The groups that have events, and the countries. */
static void
add_timeline_choices (DqChartFilter *self)
{
  DqDataset *dataset = dq_chart_get_dataset (self->chart);
  GListModel *groups = dq_dataset_get_groups (dataset);
  GListModel *events = dq_dataset_get_events (dataset);
  GtkStringList *group_names = gtk_string_list_new (NULL);
  GtkStringList *country_names = gtk_string_list_new (NULL);

  /* The drop-downs open on all events, and so does the chart. */
  dq_chart_set_filter (self->chart, NULL, NULL, NULL);
  gtk_string_list_append (group_names, _("All groups"));
  g_ptr_array_add (self->group_ids, g_strdup (""));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
      const char *id = dq_group_get_id (group);
      gboolean has_events = FALSE;

      for (guint e = 0; !has_events && e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr(DqEvent) event = g_list_model_get_item (events, e);
          const char * const *ids = dq_event_get_group_ids (event);

          has_events = ids != NULL && g_strv_contains (ids, id);
        }
      if (has_events)
        {
          g_autofree char *name = group_name (dataset, id);

          gtk_string_list_append (group_names, name);
          g_ptr_array_add (self->group_ids, g_strdup (id));
        }
    }

  gtk_string_list_append (country_names, _("All countries"));
  g_ptr_array_add (self->countries, g_strdup (""));
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      gtk_string_list_append (country_names, _(countries[i].name));
      g_ptr_array_add (self->countries, g_strdup (countries[i].code));
    }

  /* The drop-downs take the lists. */
  add_dropdown (self, group_names, _("Events of one group"));
  add_dropdown (self, country_names, _("Events in one country"));
}

static void
dq_chart_filter_dispose (GObject *object)
{
  DqChartFilter *self = DQ_CHART_FILTER (object);

  clear (self);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (dq_chart_filter_parent_class)->dispose (object);
}

static void
dq_chart_filter_finalize (GObject *object)
{
  DqChartFilter *self = DQ_CHART_FILTER (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_pointer (&self->countries, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_chart_filter_parent_class)->finalize (object);
}

static void
dq_chart_filter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DqChartFilter *self = DQ_CHART_FILTER (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_filter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DqChartFilter *self = DQ_CHART_FILTER (object);

  switch (prop_id)
    {
    case PROP_CHART:
      dq_chart_filter_set_chart (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_chart_filter_class_init (DqChartFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_chart_filter_dispose;
  object_class->finalize = dq_chart_filter_finalize;
  object_class->get_property = dq_chart_filter_get_property;
  object_class->set_property = dq_chart_filter_set_property;

  /**
   * DqChartFilter:chart:
   *
   * The chart whose choices are shown.
   */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, DQ_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqChartFilter::changed:
   * @self: the bar
   *
   * A choice changed the chart.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartfilter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_chart_filter_init (DqChartFilter *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->countries = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_ptr_array_new ();
}

/**
 * dq_chart_filter_new:
 *
 * Returns: (transfer floating): a new, empty bar
 */
GtkWidget *
dq_chart_filter_new (void)
{
  return g_object_new (DQ_TYPE_CHART_FILTER, NULL);
}

/**
 * dq_chart_filter_get_chart:
 * @self: a #DqChartFilter
 *
 * Returns: (transfer none) (nullable): the chart
 */
DqChart *
dq_chart_filter_get_chart (DqChartFilter *self)
{
  g_return_val_if_fail (DQ_IS_CHART_FILTER (self), NULL);

  return self->chart;
}

/**
 * dq_chart_filter_set_chart:
 * @self: a #DqChartFilter
 * @chart: (nullable): the chart shown
 *
 * Shows the choices of @chart: none unless it is a census chart or the
 * timeline.
 */
void
dq_chart_filter_set_chart (DqChartFilter *self,
                           DqChart       *chart)
{
  g_return_if_fail (DQ_IS_CHART_FILTER (self));
  g_return_if_fail (chart == NULL || DQ_IS_CHART (chart));

  if (self->chart == chart)
    return;

  clear (self);
  g_set_object (&self->chart, chart);
  if (chart != NULL && dq_chart_get_kind (chart) == DQ_CHART_CENSUS)
    add_census_choices (self);
  else if (chart != NULL && dq_chart_get_kind (chart) == DQ_CHART_TIMELINE)
    add_timeline_choices (self);
  gtk_widget_set_visible (GTK_WIDGET (self),
                          gtk_widget_get_first_child (GTK_WIDGET (self)) != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}
