/* test-series.c
 *
 * Series of tables over the years, and the source of a new kind they cite:
 * a table cell (publisher, title, table, URL, retrieval date, row and
 * column) instead of a quote. A small dataset of its own, each rule of the
 * format broken once, and the bundled census series.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "dq-dataset.h"
#include "dq-dataset-fixture.h"

/* Koreans 1989 and 2021 (a sum of two printed cells), the population of
 * 2021, and no Koreans in 1999: a gap. */
static const char series_json[] =
  "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
  "  \"documents\": [ { \"id\": \"census\", \"title\": \"Censuses\", \"file\": \"c.csv\","
  "    \"kind\": \"table\", \"short\": { \"en\": \"C\", \"ru\": \"П\", \"kk\": \"С\" } } ],"
  "  \"groups\": [ { \"id\": \"koreans\","
  "    \"name\": { \"en\": \"Koreans\", \"ru\": \"корейцы\", \"kk\": \"корейлер\" } } ],"
  "  \"series\": [ { \"id\": \"kz\", \"country\": \"KZ\", \"kind\": \"census\","
  "    \"name\": { \"en\": \"Censuses\", \"ru\": \"Переписи\", \"kk\": \"Санақтар\" },"
  "    \"years\": [ 1989, 1999, 2021 ],"
  "    \"figures\": ["
  "      { \"id\": \"k89\", \"label\": { \"en\": \"K\", \"ru\": \"К\", \"kk\": \"К\" },"
  "        \"value\": 103315, \"value_text\": \"103315\", \"unit\": \"people\","
  "        \"year\": 1989, \"group\": \"koreans\","
  "        \"source\": { \"document\": \"census\", \"publisher\": \"P\", \"title\": \"T\","
  "          \"table\": \"row 1989\", \"url\": \"https://example.org/t\","
  "          \"retrieved\": \"2026-12-06\", \"row\": \"Koreans\", \"column\": \"census_1989\" } },"
  "      { \"id\": \"k21\", \"label\": { \"en\": \"K\", \"ru\": \"К\", \"kk\": \"К\" },"
  "        \"value\": 118450, \"value_text\": \"118450\", \"unit\": \"people\","
  "        \"year\": 2021, \"group\": \"koreans\","
  "        \"source\": { \"document\": \"census\", \"publisher\": \"BNS\", \"title\": \"T6\","
  "          \"table\": \"table 6\", \"url\": \"https://example.org/6\","
  "          \"retrieved\": \"2026-12-06\", \"row\": \"Koreans\", \"column\": \"census_2021\","
  "          \"sum_of\": [ 100000, 18450 ] } },"
  "      { \"id\": \"t21\", \"label\": { \"en\": \"All\", \"ru\": \"Все\", \"kk\": \"Бәрі\" },"
  "        \"value\": 19186015, \"value_text\": \"19186015\", \"unit\": \"people\","
  "        \"year\": 2021,"
  "        \"source\": { \"document\": \"census\", \"publisher\": \"P\", \"title\": \"T\","
  "          \"table\": \"total\", \"url\": \"https://example.org/t\","
  "          \"retrieved\": \"2026-12-06\", \"row\": \"TOTAL\", \"column\": \"census_2021\" } }"
  "    ] } ] }";

static DqDataset *
load (const char  *json,
      GError     **error)
{
  return dq_dataset_new_from_data (json, -1, "series.json", error);
}

static void
test_series_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = load (series_json, &error);
  DqSeries *series;
  DqFigure *cell;
  DqSource *source;
  const double *terms;
  const int *years;
  guint n_years, n_terms;
  g_autofree char *citation = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_series (dataset)), ==, 1);
  series = dq_dataset_lookup_series (dataset, "kz");
  g_assert_nonnull (series);
  g_assert_cmpstr (dq_series_get_country (series), ==, "KZ");
  g_assert_cmpstr (dq_series_get_kind (series), ==, "census");
  years = dq_series_get_years (series, &n_years);
  g_assert_cmpuint (n_years, ==, 3);
  g_assert_cmpint (years[1], ==, 1999);
  g_assert_cmpuint (g_list_model_get_n_items (dq_series_get_figures (series)), ==, 3);

  /* The cells are figures of the dataset, like any other. */
  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_figures (dataset)), ==, 3);
  g_assert_nonnull (dq_dataset_lookup_figure (dataset, "k21"));

  /* A year without a cell is a gap. */
  g_assert_null (dq_series_lookup (series, "koreans", 1999, DQ_UNIT_PEOPLE));
  g_assert_null (dq_series_lookup (series, "koreans", 1989, DQ_UNIT_PERCENT));
  cell = dq_series_lookup (series, NULL, 2021, DQ_UNIT_PEOPLE);
  g_assert_cmpstr (dq_figure_get_id (cell), ==, "t21");

  cell = dq_series_lookup (series, "koreans", 1989, DQ_UNIT_PEOPLE);
  source = dq_figure_get_source (cell);
  g_assert_true (dq_source_is_table (source));
  g_assert_false (dq_source_is_derived (source));
  g_assert_null (dq_source_get_quote (source));
  g_assert_cmpstr (dq_source_get_publisher (source), ==, "P");
  g_assert_cmpstr (dq_source_get_title (source), ==, "T");
  g_assert_cmpstr (dq_source_get_table (source), ==, "row 1989");
  g_assert_cmpstr (dq_source_get_url (source), ==, "https://example.org/t");
  g_assert_cmpstr (dq_source_get_retrieved (source), ==, "2026-12-06");
  g_assert_cmpstr (dq_source_get_row (source), ==, "Koreans");
  g_assert_cmpstr (dq_source_get_column (source), ==, "census_1989");
  g_assert_null (dq_source_get_sum_of (source, &n_terms));
  g_assert_cmpuint (n_terms, ==, 0);
  citation = dq_source_dup_citation (source);
  g_assert_cmpstr (citation, ==, "P, «T», row 1989 — https://example.org/t (2026-12-06)");

  source = dq_figure_get_source (dq_series_lookup (series, "koreans", 2021, DQ_UNIT_PEOPLE));
  g_assert_true (dq_source_is_derived (source));
  g_clear_pointer (&citation, g_free);
  citation = dq_source_dup_citation (source);
  g_assert_true (g_str_has_suffix (citation, "(2026-12-06) [= 100000 + 18450]"));
  terms = dq_source_get_sum_of (source, &n_terms);
  g_assert_cmpuint (n_terms, ==, 2);
  g_assert_cmpfloat (terms[0] + terms[1], ==, 118450);
}

static void
test_series_quote_source (void)
{
  g_autoptr(DqSource) source = dq_source_new ("doc", "the words");
  g_autofree char *citation = dq_source_dup_citation (source);

  g_assert_false (dq_source_is_table (source));
  g_assert_false (dq_source_is_derived (source));
  g_assert_null (dq_source_get_table (source));
  g_assert_cmpstr (citation, ==, "the words");
}

typedef struct
{
  const char *name;
  /* The object to change, its member and the new value (NULL removes it). */
  const char *object;
  const char *member;
  const char *json;
  DqDatasetError code;
  const char *path;
  const char *word;
} SeriesError;

static const SeriesError series_errors[] = {
  { "quote-and-table", "series[0].figures[0].source", "quote", "\"words\"",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "series[0].figures[0].source.quote", "not both" },
  { "table-member-without-table", "series[0].figures[0].source", "table", NULL,
    DQ_DATASET_ERROR_MISSING, "series[0].figures[0].source.table", "table" },
  { "missing-publisher", "series[0].figures[0].source", "publisher", NULL,
    DQ_DATASET_ERROR_MISSING, "series[0].figures[0].source.publisher", "missing" },
  { "missing-row", "series[0].figures[0].source", "row", NULL,
    DQ_DATASET_ERROR_MISSING, "series[0].figures[0].source.row", "missing" },
  { "bad-date", "series[0].figures[0].source", "retrieved", "\"2026-02-30\"",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[0].source.retrieved", "2026-02-30" },
  { "date-with-time", "series[0].figures[0].source", "retrieved", "\"2026-12-06T10:00\"",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[0].source.retrieved", "YYYY-MM-DD" },
  { "bad-url", "series[0].figures[0].source", "url", "\"example.org\"",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[0].source.url", "https://" },
  { "sum-of-one", "series[0].figures[1].source", "sum_of", "[ 118450 ]",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[1].source.sum_of", "two" },
  { "sum-of-text", "series[0].figures[1].source", "sum_of", "[ 100000, \"18450\" ]",
    DQ_DATASET_ERROR_TYPE, "series[0].figures[1].source.sum_of", "numbers" },
  { "year-not-in-series", "series[0].figures[0]", "year", "2009",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[0].year", "2009" },
  { "unit-not-people", "series[0].figures[0]", "unit", "\"usd\"",
    DQ_DATASET_ERROR_VALUE, "series[0].figures[0].unit", "people" },
  { "years-not-rising", "series[0]", "years", "[ 1999, 1989 ]",
    DQ_DATASET_ERROR_VALUE, "series[0].years", "1989" },
  { "no-years", "series[0]", "years", "[]",
    DQ_DATASET_ERROR_MISSING, "series[0].years", "year" },
  { "unknown-kind", "series[0]", "kind", "\"guess\"",
    DQ_DATASET_ERROR_VALUE, "series[0].kind", "guess" },
  { "unknown-series-member", "series[0]", "yeras", "[]",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "series[0].yeras", "years" },
};

static char *
edit (const char *object,
      const char *member,
      const char *json)
{
  g_autoptr(JsonNode) root = dq_fixture_parse_json (series_json, -1);
  JsonObject *target = dq_fixture_object_at_path (root, object);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  if (json == NULL)
    json_object_remove_member (target, member);
  else
    json_object_set_member (target, member, dq_fixture_parse_json (json, -1));

  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static void
test_series_error (gconstpointer data)
{
  const SeriesError *c = data;
  g_autofree char *json = edit (c->object, c->member, c->json);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = load (json, &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, c->code, "series.json", c->path, c->word);
}

/* The rules that span records: a quote in a series, a cell stated twice
 * and a sum that is not the value. */
static void
test_series_error_quote_cell (void)
{
  g_autofree char *json = edit ("series[0].figures[0]", "source",
                                "{ \"document\": \"census\", \"quote\": \"103315\" }");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = load (json, &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE, "series.json",
                              "series[0].figures[0].source", "table");
}

static void
test_series_error_same_cell (void)
{
  g_autofree char *json = edit ("series[0].figures[1]", "year", "1989");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autofree char *json2 = NULL;

  /* 1989 Koreans twice; the second has no sum, so that the sum's check
   * does not speak first. */
  {
    g_autoptr(JsonNode) root = dq_fixture_parse_json (json, -1);
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_object_remove_member (dq_fixture_object_at_path (root, "series[0].figures[1].source"),
                               "sum_of");
    json_generator_set_root (generator, root);
    json2 = json_generator_to_data (generator, NULL);
  }
  dataset = load (json2, &error);
  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_DUPLICATE, "series.json",
                              "series[0].figures[1]", "same group");
}

static void
test_series_error_sum (void)
{
  g_autofree char *json = edit ("series[0].figures[1].source", "sum_of", "[ 100000, 18449 ]");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = load (json, &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE, "series.json",
                              "series[0].figures[1]", "118449");
}

/* A fact may cite a table too. */
static void
test_series_table_fact (void)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(JsonNode) root = dq_fixture_parse_json (series_json, -1);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *top = json_node_get_object (root);
  JsonArray *facts = json_array_new ();
  JsonNode *cell = dq_fixture_node_at_path (root, "series[0].figures[0]");
  JsonObject *fact = json_object_ref (json_node_get_object (cell));

  json_array_add_object_element (facts, fact);
  json_object_remove_member (json_node_get_object (dq_fixture_node_at_path (root, "series[0]")),
                             "figures");
  json_object_set_array_member (top, "facts", facts);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  dataset = load (json, &error);
  g_assert_no_error (error);
  g_assert_true (dq_source_is_table (dq_figure_get_source (dq_dataset_lookup_figure (dataset,
                                                                                     "k89"))));
}

/* The bundled census: Koreans in all four censuses, the 2021 count derived
 * from two printed cells, groups without a count before 2021, and
 * Uzbekistan's figures, all from tables. */
static void
test_series_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  DqSeries *kz, *uz;
  const int *years;
  guint n_years;
  DqFigure *cell;

  g_assert_no_error (error);
  kz = dq_dataset_lookup_series (dataset, "kz-census");
  uz = dq_dataset_lookup_series (dataset, "uz-national");
  g_assert_nonnull (kz);
  g_assert_nonnull (uz);

  years = dq_series_get_years (kz, &n_years);
  g_assert_cmpuint (n_years, ==, 4);
  for (guint i = 0; i < n_years; i++)
    {
      cell = dq_series_lookup (kz, "koreans", years[i], DQ_UNIT_PEOPLE);
      g_assert_nonnull (cell);
      g_assert_true (dq_figure_get_value (cell) > 90000);
      g_assert_true (dq_source_is_table (dq_figure_get_source (cell)));
      g_assert_cmpint (dq_source_is_derived (dq_figure_get_source (cell)), ==, years[i] == 2021);
      g_assert_nonnull (dq_series_lookup (kz, NULL, years[i], DQ_UNIT_PEOPLE));
    }
  g_assert_null (dq_series_lookup (kz, "dungans", 1999, DQ_UNIT_PEOPLE));
  g_assert_nonnull (dq_series_lookup (kz, "dungans", 2021, DQ_UNIT_PEOPLE));

  g_assert_cmpstr (dq_series_get_kind (uz), ==, "estimate");
  cell = dq_series_lookup (uz, "koreans", 2021, DQ_UNIT_PEOPLE);
  g_assert_nonnull (cell);
  g_assert_cmpfloat (dq_figure_get_value (cell), ==, 174200);
  g_assert_nonnull (dq_series_lookup (uz, "russians", 1991, DQ_UNIT_PERCENT));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Series/load", test_series_load);
  g_test_add_func ("/Dostyq/Model/Series/quote-source", test_series_quote_source);
  for (guint i = 0; i < G_N_ELEMENTS (series_errors); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Dostyq/Model/Series/error-%s",
                                               series_errors[i].name);

      g_test_add_data_func (path, &series_errors[i], test_series_error);
    }
  g_test_add_func ("/Dostyq/Model/Series/error-quote-cell", test_series_error_quote_cell);
  g_test_add_func ("/Dostyq/Model/Series/error-same-cell", test_series_error_same_cell);
  g_test_add_func ("/Dostyq/Model/Series/error-sum", test_series_error_sum);
  g_test_add_func ("/Dostyq/Model/Series/table-fact", test_series_table_fact);
  g_test_add_func ("/Dostyq/Model/Series/bundled", test_series_bundled);

  return g_test_run ();
}
