/* test-chart-census.c
 *
 * The census chart: a point per cell, a line only between neighbouring
 * years that both have a figure, a gap marked where a point would be, a
 * derived cell drawn open, shares computed from the year's total, and a
 * CSV row per group and year with its table source. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dq-chart.h"

#define CELL(id, group, year, value, extra) \
  "{ \"id\": \"" id "\", \"label\": { \"en\": \"L\", \"ru\": \"Л\", \"kk\": \"Л\" }," \
  "  \"value\": " #value ", \"value_text\": \"" #value "\", \"unit\": \"people\"," \
  "  \"year\": " #year group "," \
  "  \"source\": { \"document\": \"census\", \"publisher\": \"P\", \"title\": \"T\"," \
  "    \"table\": \"t\", \"url\": \"https://example.org/t\", \"retrieved\": \"2026-12-06\"," \
  "    \"row\": \"r\", \"column\": \"c\"" extra " } }"

#define KOREANS ", \"group\": \"koreans\""
#define GERMANS ", \"group\": \"germans\""
#define NAME(en) "\"name\": { \"en\": \"" en "\", \"ru\": \"" en "\", \"kk\": \"" en "\" }"

/* Koreans in 1989, 2009 and 2021 (derived) but not 1999; Germans in every
 * year; the totals. */
static const char census_json[] =
  "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
  "  \"documents\": [ { \"id\": \"census\", \"title\": \"C\", \"file\": \"c.csv\","
  "    \"kind\": \"table\", \"short\": { \"en\": \"Census table\", \"ru\": \"Т\", \"kk\": \"К\" } } ],"
  "  \"groups\": [ { \"id\": \"koreans\", " NAME ("Koreans") " },"
  "               { \"id\": \"germans\", " NAME ("Germans") " } ],"
  "  \"series\": [ { \"id\": \"kz-census\", \"country\": \"KZ\", \"kind\": \"census\", "
  NAME ("Censuses") ", \"years\": [ 1989, 1999, 2009, 2021 ], \"figures\": ["
  CELL ("k89", KOREANS, 1989, 100000, "") ","
  CELL ("k09", KOREANS, 2009, 100400, "") ","
  CELL ("k21", KOREANS, 2021, 118450, ", \"sum_of\": [ 100000, 18450 ]") ","
  CELL ("g89", GERMANS, 1989, 950000, "") ","
  CELL ("g99", GERMANS, 1999, 350000, "") ","
  CELL ("g09", GERMANS, 2009, 180000, "") ","
  CELL ("g21", GERMANS, 2021, 226000, "") ","
  CELL ("t89", "", 1989, 16000000, "") ","
  CELL ("t99", "", 1999, 15000000, "") ","
  CELL ("t09", "", 2009, 16000000, "") ","
  CELL ("t21", "", 2021, 19000000, "")
  "  ] } ] }";

typedef struct
{
  DqDataset *dataset;
  DqChart   *chart;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *koreans[] = { "koreans", NULL };

  f->dataset = dq_dataset_new_from_data (census_json, -1, "census.json", &error);
  g_assert_no_error (error);
  f->chart = dq_chart_new_census (f->dataset, dq_dataset_lookup_series (f->dataset, "kz-census"));
  g_assert_true (dq_chart_set_groups (f->chart, koreans, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->chart);
  g_assert_finalize_object (f->dataset);
}

static DqScene *
build (DqChart    *chart,
       DqLanguage  language)
{
  DqChartOptions options = { 1200, 800, language, FALSE };

  return dq_chart_build_scene (chart, &options);
}

static guint
count_role (DqScene    *scene,
            DqMarkRole  role)
{
  guint n = 0;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    n += dq_scene_get_mark (scene, i)->role == role;

  return n;
}

static const DqMark *
find_point (DqScene    *scene,
            const char *id)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == DQ_MARK_ROLE_POINT && g_strcmp0 (mark->datum, id) == 0)
        return mark;
    }

  return NULL;
}

static gboolean
scene_has_text (DqScene    *scene,
                const char *text)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind == DQ_MARK_TEXT && g_strcmp0 (mark->text, text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Three points, one line (2009–2021): the gap of 1999 breaks the line on
 * both sides, and is marked and labelled. */
static void
test_census_gaps (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DqScene) scene = build (f->chart, DQ_LANGUAGE_EN);
  const DqMark *p89 = find_point (scene, "k89");
  const DqMark *p09 = find_point (scene, "k09");
  const DqMark *p21 = find_point (scene, "k21");
  guint n_lines = 0;

  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_POINT), ==, 3);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_GAP), ==, 1);
  g_assert_true (scene_has_text (scene, "no figure"));
  g_assert_nonnull (p89);
  g_assert_nonnull (p09);
  g_assert_nonnull (p21);

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role != DQ_MARK_ROLE_LINE)
        continue;
      n_lines++;
      /* The one line joins 2009 to 2021, never 1989 to anything. */
      g_assert_cmpfloat (mark->x, ==, p09->x);
      g_assert_cmpfloat (mark->x2, ==, p21->x);
    }
  g_assert_cmpuint (n_lines, ==, 1);

  /* A time scale: 1999 lies a third of the way from 1989 to 2021's left. */
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == DQ_MARK_ROLE_GAP)
        g_assert_cmpfloat_with_epsilon ((mark->x - p89->x) / (p21->x - p89->x), 10.0 / 32, 1e-9);
    }

  /* The counts are drawn from zero: 2021's point is higher than 1989's. */
  g_assert_cmpfloat (p21->y, <, p89->y);
  g_assert_true (scene_has_text (scene, "Koreans, 1989–2021"));
}

/* The derived cell is open, the printed ones filled, and the legend and a
 * note say what an open point is. */
static void
test_census_derived (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DqScene) scene = build (f->chart, DQ_LANGUAGE_EN);
  const DqMark *printed = find_point (scene, "k09");
  const DqMark *derived = find_point (scene, "k21");
  const DqColor *background = dq_scene_get_background (scene);
  g_autofree char *description = NULL;

  g_assert_true (DQ_IS_FIGURE (derived->item));
  g_assert_cmpfloat (derived->fill.red, ==, background->red);
  g_assert_cmpfloat (derived->fill.green, ==, background->green);
  g_assert_cmpfloat (derived->stroke.alpha, >, 0);
  g_assert_false (printed->fill.red == background->red && printed->fill.green == background->green &&
                  printed->fill.blue == background->blue);
  g_assert_true (scene_has_text (scene, "derived (sum of printed cells)"));

  description = dq_chart_describe_figure (f->chart, DQ_FIGURE (derived->item), DQ_LANGUAGE_EN);
  g_assert_nonnull (strstr (description, "100,000 + 18,450"));
  g_assert_nonnull (strstr (description, "https://example.org/t (2026-12-06)"));
}

/* Shares are the count over the year's total; the totals join the figures
 * the data table shows. */
static void
test_census_shares (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DqScene) scene = NULL;
  GPtrArray *figures;

  dq_chart_set_shares (f->chart, TRUE);
  g_assert_true (dq_chart_get_shares (f->chart));
  scene = build (f->chart, DQ_LANGUAGE_EN);

  /* 118,450 of 19,000,000 is 0.62 %, written to two decimals below 10. */
  g_assert_true (scene_has_text (scene, "0.62%") || scene_has_text (scene, "0.62 %"));
  figures = dq_chart_get_figures (f->chart);
  g_assert_cmpuint (figures->len, ==, 6);
  g_assert_true (g_ptr_array_find (figures, dq_dataset_lookup_figure (f->dataset, "t21"), NULL));
  g_assert_false (g_ptr_array_find (figures, dq_dataset_lookup_figure (f->dataset, "t99"), NULL));
}

/* Several groups: a colour each and a legend entry each; the other
 * group's four points and three lines. */
static void
test_census_compare (Fixture       *f,
                     gconstpointer  data)
{
  const char *both[] = { "koreans", "germans", NULL };
  const char *unknown[] = { "koreans", "martians", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DqScene) scene = NULL;
  g_auto(GStrv) groups = dq_chart_dup_series_groups (f->chart);

  g_assert_cmpuint (g_strv_length (groups), ==, 2);
  g_assert_false (dq_chart_set_groups (f->chart, unknown, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "martians"));
  g_assert_cmpstrv (dq_chart_get_groups (f->chart), ((const char *[]) { "koreans", NULL }));

  g_assert_true (dq_chart_set_groups (f->chart, both, NULL));
  scene = build (f->chart, DQ_LANGUAGE_RU);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_POINT), ==, 7);
  g_assert_cmpuint (count_role (scene, DQ_MARK_ROLE_LINE), ==, 4);
  g_assert_true (scene_has_text (scene, "Koreans"));
  g_assert_true (scene_has_text (scene, "Germans"));
  g_assert_cmpuint (dq_chart_get_figures (f->chart)->len, ==, 7);
}

/* A row per group and year, the gap included, with the cell's source. */
static void
test_census_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = dq_chart_to_csv (f->chart, DQ_LANGUAGE_EN);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_true (g_str_has_prefix (lines[0], "id,group,group_name,year,unit,value,count,total,"
                                             "cell,sum_of,publisher"));
  g_assert_cmpstr (lines[2], ==, ",koreans,Koreans,1999,people,,,,gap,,,,,,,,,,");
  g_assert_true (g_str_has_prefix (lines[4], "k21,koreans,Koreans,2021,people,118450,118450,,"
                                             "derived,100000 + 18450,P,T,t,"
                                             "https://example.org/t,2026-12-06,census,r,c,"));
  g_assert_cmpstr (lines[5], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/Dostyq/Render/ChartCensus/gaps", Fixture, NULL, fixture_set_up, test_census_gaps,
              fixture_tear_down);
  g_test_add ("/Dostyq/Render/ChartCensus/derived", Fixture, NULL, fixture_set_up,
              test_census_derived, fixture_tear_down);
  g_test_add ("/Dostyq/Render/ChartCensus/shares", Fixture, NULL, fixture_set_up,
              test_census_shares, fixture_tear_down);
  g_test_add ("/Dostyq/Render/ChartCensus/compare", Fixture, NULL, fixture_set_up,
              test_census_compare, fixture_tear_down);
  g_test_add ("/Dostyq/Render/ChartCensus/csv", Fixture, NULL, fixture_set_up, test_census_csv,
              fixture_tear_down);

  return g_test_run ();
}
