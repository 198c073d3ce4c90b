/* test-event-list.c
 *
 * The timeline's data as a table: one row per event the chart draws, in
 * its order and after its filter; none for a chart of figures. Needs a
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dq-chart.h"
#include "dq-chart-page.h"
#include "dq-event-list.h"

static void
test_event_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(DqChart) timeline = NULL;
  g_autoptr(GListModel) charts = NULL;
  g_autoptr(DqChart) first = NULL;
  DqEventList *list = g_object_ref_sink (DQ_EVENT_LIST (dq_event_list_new ()));
  guint all;

  g_assert_no_error (error);
  timeline = dq_chart_new_timeline (dataset);

  dq_event_list_set_chart (list, timeline, DQ_LANGUAGE_KK);
  all = dq_event_list_get_n_events (list);
  g_assert_cmpuint (all, >, 0);
  g_assert_cmpuint (all, ==, dq_chart_get_events (timeline)->len);

  /* Narrowed to one country, the list follows the chart. */
  g_assert_true (dq_chart_set_filter (timeline, NULL, "UZ", &error));
  g_assert_no_error (error);
  dq_event_list_set_chart (list, timeline, DQ_LANGUAGE_RU);
  g_assert_cmpuint (dq_event_list_get_n_events (list), ==, dq_chart_get_events (timeline)->len);
  g_assert_cmpuint (dq_event_list_get_n_events (list), <, all);

  /* A chart of figures has no events to list. */
  charts = dq_chart_list_for_dataset (dataset);
  first = g_list_model_get_item (charts, 0);
  g_assert_cmpint (dq_chart_get_kind (first), !=, DQ_CHART_TIMELINE);
  dq_event_list_set_chart (list, first, DQ_LANGUAGE_EN);
  g_assert_cmpuint (dq_event_list_get_n_events (list), ==, 0);

  dq_event_list_set_chart (list, NULL, DQ_LANGUAGE_EN);
  g_assert_cmpuint (dq_event_list_get_n_events (list), ==, 0);

  g_object_unref (list);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/EventList/timeline", test_event_list);

  return g_test_run ();
}
