/* test-chart-timeline.c
 *
 * The timeline: the dated events in the order of their dates, placed on a
 * time scale, each with its quote, narrowed by group and country; events
 * without a year counted, not guessed. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-chart.h"

#define TEXT(en) "{ \"en\": \"" en "\", \"ru\": \"" en " (ru)\", \"kk\": \"" en " (kk)\" }"
#define EVENT(id, place, date, groups, quote) \
  "{ \"id\": \"" id "\", \"name\": " TEXT (id) ", \"kind\": \"conflict\"," \
  "  \"place\": \"" place "\", \"date\": " date ", \"groups\": " groups "," \
  "  \"source\": { \"document\": \"doc\", \"quote\": \"" quote "\" } }"

/* Listed out of order; one without a year. */
static const char timeline_json[] =
  "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
  "  \"documents\": [ { \"id\": \"doc\", \"title\": \"D\", \"file\": \"d.txt\","
  "    \"short\": " TEXT ("Doc") " } ],"
  "  \"places\": [ { \"id\": \"almaty\", \"name\": " TEXT ("Almaty") ", \"country\": \"KZ\","
  "                  \"kind\": \"city\", \"lat\": 43.2, \"lon\": 76.9 },"
  "                { \"id\": \"tashkent\", \"name\": " TEXT ("Tashkent") ", \"country\": \"UZ\","
  "                  \"kind\": \"city\", \"lat\": 41.3, \"lon\": 69.2 } ],"
  "  \"groups\": [ { \"id\": \"dungans\", \"name\": " TEXT ("Dungans") " },"
  "               { \"id\": \"koreans\", \"name\": " TEXT ("Koreans") " } ],"
  "  \"events\": ["
  EVENT ("clash-2020", "almaty", "{ \"year\": 2020, \"month\": 2 }", "[ \"dungans\" ]",
         "In February 2020 clashes broke out.") ","
  EVENT ("move-1997", "almaty", "{ \"year\": 1997 }", "[]", "The capital moved in 1997.") ","
  EVENT ("unrest-2020-jan", "tashkent", "{ \"year\": 2020, \"month\": 1, \"day\": 5 }",
         "[ \"koreans\" ]", "Early in 2020.") ","
  EVENT ("doctrine-2004", "almaty", "{ \"year\": 2004 }", "[ \"koreans\" ]",
         "The doctrine of 2004.") ","
  EVENT ("undated", "almaty", "{ \"month\": 10, \"day\": 27 }", "[]", "On 27 October.") ","
  /* A country and no place. */
  "{ \"id\": \"law-2008\", \"name\": " TEXT ("law-2008") ", \"kind\": \"policy\","
  "  \"country\": \"UZ\", \"date\": { \"year\": 2008 }, \"groups\": [],"
  "  \"source\": { \"document\": \"doc\", \"quote\": \"A law of 2008.\" } }"
  "  ] }";

static DqDataset *
load (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_from_data (timeline_json, -1, "timeline.json", &error);

  g_assert_no_error (error);

  return dataset;
}

static void
assert_order (DqChart            *chart,
              const char * const *ids)
{
  GPtrArray *events = dq_chart_get_events (chart);

  g_assert_cmpuint (events->len, ==, g_strv_length ((char **) ids));
  for (guint i = 0; i < events->len; i++)
    g_assert_cmpstr (dq_event_get_id (g_ptr_array_index (events, i)), ==, ids[i]);
}

/* The events in the order of their dates; the undated one left out. */
static void
test_timeline_order (void)
{
  g_autoptr(DqDataset) dataset = load ();
  g_autoptr(DqChart) chart = dq_chart_new_timeline (dataset);
  const char * const all[] = { "move-1997", "doctrine-2004", "law-2008", "unrest-2020-jan",
                               "clash-2020", NULL };
  DqChartOptions options = { 1400, 800, DQ_LANGUAGE_EN, FALSE };
  g_autoptr(DqScene) scene = NULL;
  double last_x = -1;
  guint n_points = 0;

  g_assert_cmpint (dq_chart_get_kind (chart), ==, DQ_CHART_TIMELINE);
  assert_order (chart, all);

  /* The points lie in the same order on a time scale, each carrying its
   * event; the undated event is counted in a note. */
  scene = dq_chart_build_scene (chart, &options);
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role != DQ_MARK_ROLE_EVENT)
        continue;
      g_assert_true (DQ_IS_EVENT (mark->item));
      g_assert_cmpstr (mark->datum, ==, all[n_points]);
      g_assert_cmpfloat (mark->x, >, last_x);
      last_x = mark->x;
      n_points++;
    }
  g_assert_cmpuint (n_points, ==, 5);

  {
    gboolean noted = FALSE, labelled = FALSE;

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        if (mark->kind == DQ_MARK_TEXT && strstr (mark->text, "give no year: 1.") != NULL)
          noted = TRUE;
        if (mark->kind == DQ_MARK_TEXT && g_strcmp0 (mark->text, "1997 · move-1997") == 0)
          labelled = TRUE;
      }
    g_assert_true (noted);
    g_assert_true (labelled);
  }
}

/* Narrowed to a group, to a country, to both; unknown ones refused. */
static void
test_timeline_filter (void)
{
  g_autoptr(DqDataset) dataset = load ();
  g_autoptr(DqChart) chart = dq_chart_new_timeline (dataset);
  g_autoptr(GError) error = NULL;

  g_assert_true (dq_chart_set_filter (chart, "koreans", NULL, NULL));
  assert_order (chart, (const char *[]) { "doctrine-2004", "unrest-2020-jan", NULL });
  g_assert_true (dq_chart_set_filter (chart, NULL, "KZ", NULL));
  g_assert_cmpstr (dq_chart_get_country (chart), ==, "KZ");
  assert_order (chart, (const char *[]) { "move-1997", "doctrine-2004", "clash-2020", NULL });
  g_assert_true (dq_chart_set_filter (chart, "koreans", "UZ", NULL));
  assert_order (chart, (const char *[]) { "unrest-2020-jan", NULL });
  /* An event without a place is in the country the dataset gives it. */
  g_assert_true (dq_chart_set_filter (chart, NULL, "UZ", NULL));
  assert_order (chart, (const char *[]) { "law-2008", "unrest-2020-jan", NULL });
  g_assert_true (dq_chart_set_filter (chart, "koreans", "UZ", NULL));

  g_assert_false (dq_chart_set_filter (chart, "martians", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (dq_chart_set_filter (chart, NULL, "FR", &error));
  g_assert_nonnull (strstr (error->message, "FR"));
  /* A refused filter leaves the chart as it was. */
  assert_order (chart, (const char *[]) { "unrest-2020-jan", NULL });

  g_assert_true (dq_chart_set_filter (chart, "dungans", "UZ", NULL));
  g_assert_cmpuint (dq_chart_get_events (chart)->len, ==, 0);
  {
    DqChartOptions options = { 800, 500, DQ_LANGUAGE_RU, FALSE };
    g_autoptr(DqScene) scene = dq_chart_build_scene (chart, &options);

    g_assert_cmpuint (dq_scene_get_n_marks (scene), >, 0);
  }
}

/* Each event's quote: in its description and its CSV row, in order. */
static void
test_timeline_quotes (void)
{
  g_autoptr(DqDataset) dataset = load ();
  g_autoptr(DqChart) chart = dq_chart_new_timeline (dataset);
  DqEvent *clash = dq_dataset_lookup_event (dataset, "clash-2020");
  g_autofree char *description = dq_chart_describe_event (chart, clash, DQ_LANGUAGE_KK);
  g_autofree char *csv = dq_chart_to_csv (chart, DQ_LANGUAGE_RU);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_true (g_str_has_prefix (description, "clash-2020 (kk) — 02.2020\n"));
  g_assert_nonnull (strstr (description, "In February 2020 clashes broke out."));
  g_assert_nonnull (strstr (description, "Doc (kk)"));

  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_cmpstr (lines[0], ==, "id,year,month,day,kind,name,country,groups,place,document,quote");
  g_assert_true (g_str_has_prefix (lines[1], "move-1997,1997,,,conflict,move-1997 (ru),KZ,,almaty,"
                                             "doc,"));
  g_assert_true (g_str_has_prefix (lines[3], "law-2008,2008,,,policy,law-2008 (ru),UZ,,,"));
  g_assert_true (g_str_has_prefix (lines[4], "unrest-2020-jan,2020,1,5,"));
  g_assert_nonnull (strstr (lines[5], "In February 2020 clashes broke out."));
}

/* The bundled dataset has a timeline, and every event on it is dated. */
static void
test_timeline_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(GListModel) charts = NULL;
  DqChart *chart;
  GPtrArray *events;

  g_assert_no_error (error);
  charts = dq_chart_list_for_dataset (dataset);
  chart = dq_chart_lookup (charts, "timeline");
  g_assert_nonnull (chart);
  events = dq_chart_get_events (chart);
  g_assert_cmpuint (events->len, >, 0);
  for (guint i = 0; i < events->len; i++)
    {
      int year;

      dq_event_get_date (g_ptr_array_index (events, i), &year, NULL, NULL);
      g_assert_cmpint (year, >=, 1000);
    }
  g_assert_nonnull (dq_chart_lookup (charts, "census"));

  /* An event that lasted is a band from its point onwards, carrying the
   * event, and a note says what the bands are. */
  {
    DqChartOptions options = { 1600, 1000, DQ_LANGUAGE_EN, FALSE };
    g_autoptr(DqScene) scene = dq_chart_build_scene (chart, &options);
    guint n_lasting = 0, n_bands = 0;
    gboolean noted = FALSE;

    for (guint i = 0; i < events->len; i++)
      {
        int end_year;

        dq_event_get_end_date (g_ptr_array_index (events, i), &end_year, NULL, NULL);
        n_lasting += end_year != 0;
      }
    g_assert_cmpuint (n_lasting, >, 0);

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *band = dq_scene_get_mark (scene, i);

        if (band->kind == DQ_MARK_TEXT && strstr (band->text, "an event that lasted") != NULL)
          noted = TRUE;
        if (band->role != DQ_MARK_ROLE_PERIOD)
          continue;
        n_bands++;
        g_assert_true (DQ_IS_EVENT (band->item));
        g_assert_cmpfloat (band->width, >=, 1);
        /* It starts at the event's point. */
        for (guint j = 0; j < dq_scene_get_n_marks (scene); j++)
          {
            const DqMark *point = dq_scene_get_mark (scene, j);

            if (point->role == DQ_MARK_ROLE_EVENT && point->item == band->item)
              g_assert_cmpfloat_with_epsilon (point->x, band->x, 1e-6);
          }
      }
    g_assert_cmpuint (n_bands, ==, n_lasting);
    g_assert_true (noted);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/ChartTimeline/order", test_timeline_order);
  g_test_add_func ("/Dostyq/Render/ChartTimeline/filter", test_timeline_filter);
  g_test_add_func ("/Dostyq/Render/ChartTimeline/quotes", test_timeline_quotes);
  g_test_add_func ("/Dostyq/Render/ChartTimeline/bundled", test_timeline_bundled);

  return g_test_run ();
}
