/* test-chart-filter.c
 *
 * The choices above a census chart and the timeline: the groups and the
 * measure of a census chart, the group and country of the timeline, none
 * for other charts; each choice changes the chart and says so once. The
 * chart view describes an event and hands its activation to the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dq-chart-filter.h"
#include "dq-chart-view.h"

typedef struct
{
  DqDataset  *dataset;
  GListModel *charts;
  GtkWidget  *filter;
  guint       n_changed;
} Fixture;

static void
on_changed_cb (DqChartFilter *filter,
               Fixture       *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  f->charts = dq_chart_list_for_dataset (f->dataset);
  f->filter = g_object_ref_sink (dq_chart_filter_new ());
  g_signal_connect (f->filter, "changed", G_CALLBACK (on_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->filter);
  g_clear_object (&f->charts);
  g_clear_object (&f->dataset);
}

static GPtrArray *
children (GtkWidget *widget)
{
  GPtrArray *all = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (all, child);

  return all;
}

/* The check buttons of the groups' popover, found by their labels. */
static GtkCheckButton *
find_check (GtkWidget  *widget,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return GTK_CHECK_BUTTON (widget);

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)))
    {
      GtkCheckButton *found = find_check (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget))),
                                          label);

      if (found != NULL)
        return found;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_filter_census (Fixture       *f,
                    gconstpointer  data)
{
  DqChart *chart = dq_chart_lookup (f->charts, "census");
  g_autoptr(GPtrArray) widgets = NULL;
  GtkCheckButton *koreans;
  GtkCheckButton *germans;

  dq_chart_filter_set_chart (DQ_CHART_FILTER (f->filter), chart);
  g_assert_true (dq_chart_filter_get_chart (DQ_CHART_FILTER (f->filter)) == chart);
  g_assert_true (gtk_widget_get_visible (f->filter));
  widgets = children (f->filter);
  g_assert_cmpuint (widgets->len, ==, 2);
  g_assert_true (GTK_IS_MENU_BUTTON (g_ptr_array_index (widgets, 0)));
  g_assert_true (GTK_IS_DROP_DOWN (g_ptr_array_index (widgets, 1)));

  /* The default comparison is checked. */
  germans = find_check (f->filter, "Germans");
  koreans = find_check (f->filter, "Koreans");
  g_assert_nonnull (germans);
  g_assert_nonnull (koreans);
  g_assert_true (gtk_check_button_get_active (germans));
  g_assert_false (gtk_check_button_get_active (koreans));

  gtk_check_button_set_active (koreans, TRUE);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_true (g_strv_contains (dq_chart_get_groups (chart), "koreans"));
  g_assert_true (g_strv_contains (dq_chart_get_groups (chart), "germans"));

  gtk_drop_down_set_selected (g_ptr_array_index (widgets, 1), 1);
  g_assert_cmpuint (f->n_changed, ==, 2);
  g_assert_true (dq_chart_get_shares (chart));

  /* Another chart has no choices. */
  dq_chart_filter_set_chart (DQ_CHART_FILTER (f->filter), dq_chart_lookup (f->charts, "typology"));
  g_assert_null (gtk_widget_get_first_child (f->filter));
  g_assert_false (gtk_widget_get_visible (f->filter));
}

static void
test_filter_timeline (Fixture       *f,
                      gconstpointer  data)
{
  DqChart *chart = dq_chart_lookup (f->charts, "timeline");
  g_autoptr(GPtrArray) widgets = NULL;
  GtkDropDown *country;
  guint n_all;

  dq_chart_filter_set_chart (DQ_CHART_FILTER (f->filter), chart);
  widgets = children (f->filter);
  g_assert_cmpuint (widgets->len, ==, 2);
  n_all = dq_chart_get_events (chart)->len;
  g_assert_cmpuint (n_all, >, 0);

  /* Uzbekistan: only the events placed there, and a change said once. */
  country = g_ptr_array_index (widgets, 1);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (country)), ==, 3);
  gtk_drop_down_set_selected (country, 2);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (dq_chart_get_country (chart), ==, "UZ");
  g_assert_cmpuint (dq_chart_get_events (chart)->len, <, n_all);

  gtk_drop_down_set_selected (country, 0);
  g_assert_null (dq_chart_get_country (chart));
  g_assert_cmpuint (dq_chart_get_events (chart)->len, ==, n_all);
}

/* The view describes an event with its quote and passes its activation
 * on. */
static void
on_activate_item_cb (DqChartView *view,
                     GObject     *item,
                     GObject    **activated)
{
  *activated = item;
}

static void
test_filter_view_event (Fixture       *f,
                        gconstpointer  data)
{
  DqChart *chart = dq_chart_lookup (f->charts, "timeline");
  DqEvent *event = g_ptr_array_index (dq_chart_get_events (chart), 0);
  GtkWidget *view = g_object_ref_sink (dq_chart_view_new ());
  g_autofree char *text = NULL;
  GObject *activated = NULL;

  dq_chart_view_set_chart (DQ_CHART_VIEW (view), chart);
  dq_chart_view_set_language (DQ_CHART_VIEW (view), DQ_LANGUAGE_EN);
  text = dq_scene_view_describe_item (DQ_SCENE_VIEW (view), G_OBJECT (event));
  g_assert_true (g_str_has_prefix (text, dq_text_get (dq_event_get_name (event), DQ_LANGUAGE_EN)));
  g_assert_nonnull (strstr (text, dq_source_get_quote (dq_event_get_source (event))));

  g_signal_connect (view, "activate-item", G_CALLBACK (on_activate_item_cb), &activated);
  dq_scene_view_activate_item (DQ_SCENE_VIEW (view), G_OBJECT (event));
  g_assert_true (activated == G_OBJECT (event));

  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/Dostyq/Widgets/ChartFilter/census", Fixture, NULL, fixture_set_up,
              test_filter_census, fixture_tear_down);
  g_test_add ("/Dostyq/Widgets/ChartFilter/timeline", Fixture, NULL, fixture_set_up,
              test_filter_timeline, fixture_tear_down);
  g_test_add ("/Dostyq/Widgets/ChartFilter/view-event", Fixture, NULL, fixture_set_up,
              test_filter_view_event, fixture_tear_down);

  return g_test_run ();
}
