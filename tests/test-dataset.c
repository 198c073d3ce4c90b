/* test-dataset.c
 *
 * The dataset model: lookups, references and figures on a small fixture,
 * and the bundled dataset checked against its own JSON files. The loader's
 * errors are tested in test-dataset-errors.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "dq-dataset.h"
#include "dq-dataset-fixture.h"
#include "dq-test-util.h"

/* The fixture */

static void
test_dataset_fixture_lists (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  g_autoptr(JsonNode) root = dq_fixture_parse ();
  static const struct {
    const char *member;
    GListModel *(*get) (DqDataset *);
  } lists[] = {
    { "documents", dq_dataset_get_documents },
    { "places", dq_dataset_get_places },
    { "groups", dq_dataset_get_groups },
    { "centres", dq_dataset_get_centres },
    { "surveys", dq_dataset_get_surveys },
    { "events", dq_dataset_get_events },
    { "facts", dq_dataset_get_facts },
  };

  g_assert_cmpstr (dq_dataset_get_name (dataset), ==, "minimal.json");

  /* Every section of the format has at least one record in the fixture. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      JsonArray *array = json_node_get_array (dq_fixture_node_at_path (root, lists[i].member));
      guint n = g_list_model_get_n_items (lists[i].get (dataset));

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, ==, json_array_get_length (array));
    }

  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_figures (dataset)), ==,
                    FIXTURE_N_FIGURES);
}

static void
test_dataset_fixture_lookup (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  DqDocument *document;
  DqPlace *place;
  DqGroup *group;
  DqCentre *centre;
  DqSurvey *survey;
  DqEvent *event;
  DqFigure *figure;

  document = dq_dataset_lookup_document (dataset, "doc-table");
  g_assert_true (DQ_IS_DOCUMENT (document));
  g_assert_cmpstr (dq_document_get_id (document), ==, "doc-table");
  place = dq_dataset_lookup_place (dataset, "alpha-city");
  g_assert_true (DQ_IS_PLACE (place));
  g_assert_cmpstr (dq_place_get_id (place), ==, "alpha-city");
  group = dq_dataset_lookup_group (dataset, "germans");
  g_assert_true (DQ_IS_GROUP (group));
  g_assert_cmpstr (dq_group_get_id (group), ==, "germans");
  centre = dq_dataset_lookup_centre (dataset, "alpha-house");
  g_assert_true (DQ_IS_CENTRE (centre));
  g_assert_cmpstr (dq_centre_get_id (centre), ==, "alpha-house");
  survey = dq_dataset_lookup_survey (dataset, "poll-2021");
  g_assert_true (DQ_IS_SURVEY (survey));
  g_assert_cmpstr (dq_survey_get_id (survey), ==, "poll-2021");
  event = dq_dataset_lookup_event (dataset, "alpha-clash");
  g_assert_true (DQ_IS_EVENT (event));
  g_assert_cmpstr (dq_event_get_id (event), ==, "alpha-clash");
  figure = dq_dataset_lookup_figure (dataset, "poll-2021-attitude-kz-uz-positive");
  g_assert_true (DQ_IS_FIGURE (figure));
  g_assert_cmpstr (dq_figure_get_id (figure), ==, "poll-2021-attitude-kz-uz-positive");

  /* Lookups are per kind: an id of another kind is not found. */
  g_assert_null (dq_dataset_lookup_document (dataset, "alpha-city"));
  g_assert_null (dq_dataset_lookup_place (dataset, "germans"));
  g_assert_null (dq_dataset_lookup_group (dataset, "alpha-house"));
  g_assert_null (dq_dataset_lookup_centre (dataset, "poll-2021"));
  g_assert_null (dq_dataset_lookup_survey (dataset, "alpha-clash"));
  g_assert_null (dq_dataset_lookup_event (dataset, "doc-alpha"));
  g_assert_null (dq_dataset_lookup_figure (dataset, "germans"));

  g_assert_null (dq_dataset_lookup_document (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_place (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_group (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_centre (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_survey (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_event (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_figure (dataset, "no-such-id"));
  g_assert_null (dq_dataset_lookup_figure (dataset, NULL));

  /* Inside a survey */
  g_assert_nonnull (dq_survey_lookup_question (survey, "attitude"));
  g_assert_null (dq_survey_lookup_question (survey, "no-such-question"));
  g_assert_nonnull (dq_survey_lookup_sample (survey, "UZ"));
  g_assert_null (dq_survey_lookup_sample (survey, "TM"));
  g_assert_nonnull (dq_question_lookup_category (dq_survey_lookup_question (survey, "attitude"),
                                                 "negative"));
  g_assert_null (dq_question_lookup_category (dq_survey_lookup_question (survey, "attitude"),
                                              "neutral"));
}

static void
test_dataset_fixture_references (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  GListModel *figures = dq_dataset_get_figures (dataset);
  DqCentre *centre = dq_dataset_lookup_centre (dataset, "alpha-house");
  DqGroup *group = dq_dataset_lookup_group (dataset, "germans");
  DqEvent *event = dq_dataset_lookup_event (dataset, "alpha-clash");
  DqSurvey *survey = dq_dataset_lookup_survey (dataset, "poll-2021");
  DqPlace *place = dq_dataset_lookup_place (dataset, "alpha-city");
  const DqConcentration *concentration;
  DqSource *source;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      const char *document_id = dq_source_get_document_id (dq_figure_get_source (figure));

      g_assert_nonnull (dq_dataset_lookup_document (dataset, document_id));
      if (dq_figure_get_place_id (figure) != NULL)
        g_assert_nonnull (dq_dataset_lookup_place (dataset, dq_figure_get_place_id (figure)));
      if (dq_figure_get_group_id (figure) != NULL)
        g_assert_nonnull (dq_dataset_lookup_group (dataset, dq_figure_get_group_id (figure)));
    }

  g_assert_cmpstr (dq_centre_get_place_id (centre), ==, "alpha-city");
  g_assert_nonnull (dq_dataset_lookup_place (dataset, dq_centre_get_place_id (centre)));
  g_assert_cmpstrv (dq_centre_get_group_ids (centre),
                    ((const char * const []) { "germans", NULL }));
  source = dq_centre_get_source (centre);
  g_assert_nonnull (dq_dataset_lookup_document (dataset, dq_source_get_document_id (source)));

  g_assert_cmpstr (dq_place_get_region_id (place), ==, "north-region");
  g_assert_nonnull (dq_dataset_lookup_place (dataset, dq_place_get_region_id (place)));

  g_assert_cmpuint (dq_group_get_n_concentrations (group), ==, 1);
  concentration = dq_group_get_concentration (group, 0);
  g_assert_cmpstrv (concentration->places, ((const char * const []) { "north-region", NULL }));
  g_assert_nonnull (dq_dataset_lookup_place (dataset, concentration->places[0]));

  g_assert_cmpstr (dq_event_get_place_id (event), ==, "alpha-city");
  g_assert_nonnull (dq_dataset_lookup_place (dataset, dq_event_get_place_id (event)));
  g_assert_nonnull (dq_dataset_lookup_group (dataset, dq_event_get_group_ids (event)[0]));

  g_assert_nonnull (dq_dataset_lookup_document (dataset, dq_survey_get_document_id (survey)));
}

static void
add_figures_to_set (GHashTable *set,
                    GListModel *figures)
{
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      g_assert_true (g_hash_table_add (set, figure));
    }
}

static void
test_dataset_fixture_figures (void)
{
  static const struct {
    const char *id;
    const char *context;
  } contexts[] = {
    { "fact-centres", "facts" },
    { "germans-kz-2017", "groups/germans" },
    { "alpha-house-founded", "centres/alpha-house" },
    { "alpha-house-members", "centres/alpha-house" },
    { "poll-2021-sample-uz", "surveys/poll-2021" },
    { "poll-2021-margin", "surveys/poll-2021" },
    { "poll-2021-attitude-kz-uz-positive", "surveys/poll-2021/attitude" },
    { "alpha-clash-injured", "events/alpha-clash" },
  };
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *figures = dq_dataset_get_figures (dataset);
  DqCentre *centre = dq_dataset_lookup_centre (dataset, "alpha-house");
  DqSurvey *survey = dq_dataset_lookup_survey (dataset, "poll-2021");
  DqGroup *group = dq_dataset_lookup_group (dataset, "germans");
  DqEvent *event = dq_dataset_lookup_event (dataset, "alpha-clash");
  GListModel *questions = dq_survey_get_questions (survey);
  guint n = g_list_model_get_n_items (figures);

  /* Every place a figure can live in, gathered through the records. */
  add_figures_to_set (expected, dq_dataset_get_facts (dataset));
  add_figures_to_set (expected, dq_group_get_populations (group));
  add_figures_to_set (expected, dq_centre_get_founded (centre));
  add_figures_to_set (expected, dq_centre_get_figures (centre));
  add_figures_to_set (expected, dq_survey_get_samples (survey));
  g_assert_true (g_hash_table_add (expected, dq_survey_get_margin_of_error (survey)));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(DqQuestion) question = g_list_model_get_item (questions, i);

      add_figures_to_set (expected, dq_question_get_figures (question));
    }
  add_figures_to_set (expected, dq_event_get_figures (event));

  g_assert_cmpuint (g_hash_table_size (expected), ==, FIXTURE_N_FIGURES);
  g_assert_cmpuint (n, ==, FIXTURE_N_FIGURES);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      g_assert_true (g_hash_table_contains (expected, figure));
      g_assert_true (g_hash_table_add (ids, (gpointer) dq_figure_get_id (figure)));
      g_assert_true (dq_dataset_lookup_figure (dataset, dq_figure_get_id (figure)) == figure);
    }

  /* Each figure knows the record it belongs to. */
  for (guint i = 0; i < G_N_ELEMENTS (contexts); i++)
    {
      DqFigure *figure = dq_dataset_lookup_figure (dataset, contexts[i].id);

      g_assert_cmpstr (dq_figure_get_context (figure), ==, contexts[i].context);
    }
}

static void
test_dataset_fixture_document_figures (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  GListModel *documents = dq_dataset_get_documents (dataset);
  GListModel *table_figures = dq_document_get_figures (dq_dataset_lookup_document (dataset,
                                                                                  "doc-table"));
  g_autoptr(DqFigure) first = NULL;
  g_autoptr(DqFigure) second = NULL;
  guint total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (table_figures), ==, 2);
  first = g_list_model_get_item (table_figures, 0);
  second = g_list_model_get_item (table_figures, 1);
  g_assert_cmpstr (dq_figure_get_id (first), ==, "fact-table-gap");
  g_assert_cmpstr (dq_figure_get_id (second), ==, "fact-places");

  /* Each figure is listed once, under the document it cites. */
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(DqDocument) document = g_list_model_get_item (documents, i);
      GListModel *figures = dq_document_get_figures (document);

      for (guint j = 0; j < g_list_model_get_n_items (figures); j++)
        {
          g_autoptr(DqFigure) figure = g_list_model_get_item (figures, j);

          g_assert_cmpstr (dq_source_get_document_id (dq_figure_get_source (figure)), ==,
                           dq_document_get_id (document));
        }
      total += g_list_model_get_n_items (figures);
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (dq_dataset_get_figures (dataset)));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_dataset_figure_notify (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  DqFigure *figure = dq_dataset_lookup_figure (dataset, "fact-centres");
  DqFigure *gap = dq_dataset_lookup_figure (dataset, "fact-table-gap");
  guint n_value = 0;
  guint n_has_value = 0;
  guint n_gap_value = 0;
  guint n_gap_has_value = 0;
  double value;

  g_signal_connect (figure, "notify::value", G_CALLBACK (count_cb), &n_value);
  g_signal_connect (figure, "notify::has-value", G_CALLBACK (count_cb), &n_has_value);

  dq_figure_set_value (figure, 1338);
  g_assert_cmpuint (n_value, ==, 0);

  dq_figure_set_value (figure, 1400);
  g_assert_cmpuint (n_value, ==, 1);
  g_assert_cmpfloat (dq_figure_get_value (figure), ==, 1400);

  dq_figure_set_value (figure, 1400);
  g_assert_cmpuint (n_value, ==, 1);

  /* Through the property, the setter still notifies once. */
  g_object_set (figure, "value", 1500.0, NULL);
  g_assert_cmpuint (n_value, ==, 2);
  g_object_get (figure, "value", &value, NULL);
  g_assert_cmpfloat (value, ==, 1500);
  g_assert_cmpuint (n_has_value, ==, 0);

  /* Giving a gap a value also changes has-value, once. */
  g_signal_connect (gap, "notify::value", G_CALLBACK (count_cb), &n_gap_value);
  g_signal_connect (gap, "notify::has-value", G_CALLBACK (count_cb), &n_gap_has_value);
  g_assert_false (dq_figure_has_value (gap));

  dq_figure_set_value (gap, 0);
  g_assert_cmpuint (n_gap_value, ==, 1);
  g_assert_cmpuint (n_gap_has_value, ==, 1);
  g_assert_true (dq_figure_has_value (gap));

  dq_figure_set_value (gap, 0);
  g_assert_cmpuint (n_gap_value, ==, 1);
  g_assert_cmpuint (n_gap_has_value, ==, 1);

  g_signal_handlers_disconnect_by_func (figure, count_cb, &n_value);
  g_signal_handlers_disconnect_by_func (figure, count_cb, &n_has_value);
  g_signal_handlers_disconnect_by_func (gap, count_cb, &n_gap_value);
  g_signal_handlers_disconnect_by_func (gap, count_cb, &n_gap_has_value);
}

static void
test_dataset_figure_gap (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  DqFigure *gap = dq_dataset_lookup_figure (dataset, "fact-table-gap");
  DqFigure *survey_gap = dq_dataset_lookup_figure (dataset, "poll-2021-attitude-uz-kz-negative");
  gboolean has_value = TRUE;

  g_assert_false (dq_figure_has_value (gap));
  g_object_get (gap, "has-value", &has_value, NULL);
  g_assert_false (has_value);
  g_assert_null (dq_figure_get_value_text (gap));
  g_assert_null (dq_figure_get_note (gap));
  g_assert_nonnull (dq_figure_get_gap (gap));
  for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
    g_assert_cmpstr (dq_text_get (dq_figure_get_gap (gap), language), !=, "");
  g_assert_cmpstr (dq_text_get (dq_figure_get_gap (gap), DQ_LANGUAGE_EN), ==,
                   "The table was an image, so its numbers are lost.");

  g_assert_false (dq_figure_has_value (survey_gap));
  g_assert_nonnull (dq_figure_get_gap (survey_gap));
  g_assert_cmpstr (dq_figure_get_category (survey_gap), ==, "negative");
  g_assert_cmpstr (dq_figure_get_subject (survey_gap), ==, "KZ");
  g_assert_cmpstr (dq_figure_get_country (survey_gap), ==, "UZ");
  g_assert_cmpstr (dq_text_get (dq_figure_get_subgroup (survey_gap), DQ_LANGUAGE_EN), ==,
                   "aged 18-29");

  /* A figure with a value has no gap. */
  g_assert_true (dq_figure_has_value (dq_dataset_lookup_figure (dataset, "fact-places")));
  g_assert_null (dq_figure_get_gap (dq_dataset_lookup_figure (dataset, "fact-places")));
}

static void
test_dataset_figure_fields (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  DqFigure *centres = dq_dataset_lookup_figure (dataset, "fact-centres");
  DqFigure *groups = dq_dataset_lookup_figure (dataset, "fact-groups");
  DqFigure *members = dq_dataset_lookup_figure (dataset, "alpha-house-members");
  DqFigure *population = dq_dataset_lookup_figure (dataset, "germans-kz-2017");

  g_assert_cmpfloat (dq_figure_get_value (centres), ==, 1338);
  g_assert_cmpstr (dq_figure_get_value_text (centres), ==, "1,338");
  g_assert_cmpint (dq_figure_get_unit (centres), ==, DQ_UNIT_COUNT);
  g_assert_cmpint (dq_figure_get_bound (centres), ==, DQ_BOUND_EQ);
  g_assert_cmpint (dq_figure_get_year (centres), ==, 2017);
  g_assert_cmpstr (dq_source_get_quote (dq_figure_get_source (centres)), ==,
                   "represented by 1,338 registered\nethno-cultural \"centres\"");

  g_assert_cmpint (dq_figure_get_bound (groups), ==, DQ_BOUND_GT);
  g_assert_cmpstr (dq_bound_to_string (dq_figure_get_bound (groups)), ==, "gt");
  g_assert_cmpint (dq_figure_get_year (groups), ==, 0);

  g_assert_cmpint (dq_figure_get_unit (members), ==, DQ_UNIT_PEOPLE);
  g_assert_cmpstr (dq_unit_to_string (dq_figure_get_unit (members)), ==, "people");
  g_assert_cmpint (dq_figure_get_bound (members), ==, DQ_BOUND_APPROX);
  g_assert_cmpstr (dq_figure_get_place_id (members), ==, "alpha-city");
  g_assert_cmpstr (dq_text_get (dq_figure_get_note (members), DQ_LANGUAGE_RU), ==,
                   "На момент интервью");

  g_assert_cmpfloat_with_epsilon (dq_figure_get_value (population), 1.01, 1e-9);
  g_assert_cmpint (dq_figure_get_unit (population), ==, DQ_UNIT_PERCENT);
  g_assert_cmpstr (dq_figure_get_country (population), ==, "KZ");
  g_assert_cmpstr (dq_figure_get_group_id (population), ==, "germans");
}

/* A stated confidence interval, as a crosstab of one's own data gives;
 * and a survey's respondents named other than by a country code. */
static void
test_dataset_figure_ci (void)
{
  g_autofree char *json = dq_fixture_edit ("surveys[0].questions[0].figures[0]", "ci",
                                        "{ \"low\": 77.25, \"high\": 83.5 }");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqDataset) fixture = dq_fixture_load ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *groups_json = NULL;
  DqFigure *figure;
  double low = -1, high = -1;

  dataset = dq_dataset_new_from_data (json, -1, "ci.json", &error);
  g_assert_no_error (error);
  figure = dq_dataset_lookup_figure (dataset, "poll-2021-attitude-kz-uz-positive");
  g_assert_nonnull (figure);
  g_assert_true (dq_figure_get_ci (figure, &low, &high));
  g_assert_cmpfloat (low, ==, 77.25);
  g_assert_cmpfloat (high, ==, 83.5);
  g_assert_true (dq_figure_get_ci (figure, NULL, NULL));

  /* Without "ci", none; the bounds are left alone. */
  figure = dq_dataset_lookup_figure (fixture, "poll-2021-attitude-kz-uz-positive");
  low = high = -1;
  g_assert_false (dq_figure_get_ci (figure, &low, &high));
  g_assert_cmpfloat (low, ==, -1);
  g_assert_cmpfloat (high, ==, -1);

  /* A sample and an answer of "Women", a column of one's own data. */
  root = dq_fixture_parse ();
  json_object_set_string_member (dq_fixture_object_at_path (root, "surveys[0].samples[0]"), "country",
                                 "Women");
  json_object_set_string_member (dq_fixture_object_at_path (root, "surveys[0].questions[0].figures[0]"),
                                 "country", "Women");
  groups_json = json_to_string (root, FALSE);
  g_clear_object (&dataset);
  dataset = dq_dataset_new_from_data (groups_json, -1, "groups.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_figure_get_country (dq_dataset_lookup_figure (dataset,
                                                                    "poll-2021-sample-kz")),
                   ==, "Women");
  g_assert_nonnull (dq_survey_lookup_sample (dq_dataset_lookup_survey (dataset, "poll-2021"),
                                             "Women"));
}

static void
test_dataset_fixture_records (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  DqDocument *document = dq_dataset_lookup_document (dataset, "doc-alpha");
  DqPlace *region = dq_dataset_lookup_place (dataset, "north-region");
  DqPlace *village = dq_dataset_lookup_place (dataset, "lost-village");
  DqGroup *group = dq_dataset_lookup_group (dataset, "germans");
  DqCentre *centre = dq_dataset_lookup_centre (dataset, "alpha-house");
  DqSurvey *survey = dq_dataset_lookup_survey (dataset, "poll-2021");
  DqEvent *event = dq_dataset_lookup_event (dataset, "alpha-clash");
  DqQuestion *question = dq_survey_lookup_question (survey, "attitude");
  const DqTypology *typology;
  int year, month, day;

  g_assert_cmpstrv (dq_document_get_authors (document),
                    ((const char * const []) { "A. Author", "B. Author", NULL }));
  g_assert_cmpint (dq_document_get_year (document), ==, 2018);
  g_assert_false (dq_document_is_table (document));
  g_assert_true (dq_document_is_table (dq_dataset_lookup_document (dataset, "doc-table")));
  g_assert_cmpstrv (dq_document_get_authors (dq_dataset_lookup_document (dataset, "doc-table")),
                    ((const char * const []) { NULL }));

  g_assert_true (dq_place_is_located (region));
  g_assert_cmpfloat (dq_place_get_latitude (region), ==, 50.5);
  g_assert_cmpfloat (dq_place_get_longitude (region), ==, 70.25);
  g_assert_cmpstr (dq_place_get_hasc (region), ==, "KZ.NR");
  g_assert_cmpstr (dq_place_get_kind (region), ==, "region");
  g_assert_false (dq_place_is_located (village));
  g_assert_cmpstr (dq_place_get_country (village), ==, "UZ");

  g_assert_cmpuint (dq_group_get_n_typologies (group), ==, 1);
  typology = dq_group_get_typology (group, 0);
  g_assert_cmpstr (typology->type, ==, "symbolic");
  g_assert_cmpstr (typology->shift_to, ==, "nominal");
  g_assert_cmpstr (dq_text_get (dq_group_get_homeland (group), DQ_LANGUAGE_EN), ==, "Germany");

  g_assert_cmpint (dq_centre_get_kind (centre), ==, DQ_CENTRE_FRIENDSHIP_HOUSE);
  g_assert_cmpuint (dq_centre_get_n_statements (centre), ==, 1);
  g_assert_cmpstr (dq_text_get (dq_centre_get_statement (centre, 0)->text, DQ_LANGUAGE_EN), ==,
                   "The house hosts festivals.");

  g_assert_cmpstr (dq_survey_get_fieldwork_start (survey), ==, "2021-08-19");
  g_assert_cmpstr (dq_survey_get_fieldwork_end (survey), ==, "2021-09");
  g_assert_cmpuint (g_list_model_get_n_items (dq_survey_get_samples (survey)), ==, 2);
  g_assert_cmpfloat (dq_figure_get_value (dq_survey_get_margin_of_error (survey)), ==, 3.5);
  g_assert_cmpuint (dq_question_get_n_categories (question), ==, 2);
  g_assert_cmpstr (dq_question_get_category (question, 0)->id, ==, "positive");
  g_assert_cmpstrv (dq_question_get_subjects (question),
                    ((const char * const []) { "KZ", "UZ", NULL }));
  g_assert_nonnull (dq_question_get_source (question));

  dq_event_get_date (event, &year, &month, &day);
  g_assert_cmpint (year, ==, 2020);
  g_assert_cmpint (month, ==, 2);
  g_assert_cmpint (day, ==, 0);
  g_assert_cmpstr (dq_event_get_kind (event), ==, "conflict");
}

static void
test_dataset_text_languages (void)
{
  g_autoptr(DqDataset) dataset = dq_fixture_load ();
  g_autoptr(DqText) text = dq_text_new ("Germans", "немцы", "немістер");
  g_autoptr(DqText) copy = dq_text_copy (text);
  const DqText *name = dq_group_get_name (dq_dataset_lookup_group (dataset, "germans"));
  DqLanguage saved = dq_language_get_default ();

  for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
    {
      g_assert_cmpstr (dq_text_get (copy, language), ==, dq_text_get (text, language));
      g_assert_cmpstr (dq_text_get (name, language), ==, dq_text_get (text, language));
    }
  g_assert_cmpstr (dq_text_get (text, DQ_LANGUAGE_EN), ==, "Germans");
  g_assert_cmpstr (dq_text_get (text, DQ_LANGUAGE_RU), ==, "немцы");
  g_assert_cmpstr (dq_text_get (text, DQ_LANGUAGE_KK), ==, "немістер");

  /* The default language picks the text shown where none is asked for. */
  dq_language_set_default (DQ_LANGUAGE_KK);
  g_assert_cmpstr (dq_text_get_default (text), ==, "немістер");
  dq_language_set_default (DQ_LANGUAGE_RU);
  g_assert_cmpstr (dq_text_get_default (text), ==, "немцы");
  g_assert_null (dq_text_get_default (NULL));
  dq_language_set_default (saved);

  g_assert_true (dq_text_contains_casefold (text, "немц"));
  g_assert_true (dq_text_contains_casefold (text, "germ"));
  g_assert_false (dq_text_contains_casefold (text, "koreans"));
}

static void
test_dataset_language_codes (void)
{
  DqLanguage language;

  for (DqLanguage l = DQ_LANGUAGE_EN; l < DQ_N_LANGUAGES; l++)
    {
      const char *code = dq_language_to_code (l);

      g_assert_cmpuint (strlen (code), ==, 2);
      language = (l + 1) % DQ_N_LANGUAGES;
      g_assert_true (dq_language_from_code (code, &language));
      g_assert_cmpint (language, ==, l);
    }

  g_assert_cmpstr (dq_language_to_code (DQ_LANGUAGE_EN), ==, "en");
  g_assert_cmpstr (dq_language_to_code (DQ_LANGUAGE_RU), ==, "ru");
  g_assert_cmpstr (dq_language_to_code (DQ_LANGUAGE_KK), ==, "kk");

  language = DQ_LANGUAGE_RU;
  g_assert_false (dq_language_from_code ("xx", &language));
  g_assert_false (dq_language_from_code ("", &language));
  g_assert_false (dq_language_from_code (NULL, &language));
  g_assert_cmpint (language, ==, DQ_LANGUAGE_RU);
}

/* The bundled dataset, checked against its JSON files */

static JsonObject *
read_bundled_file (const char  *name,
                   JsonNode   **root)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "resources", "dataset", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  *root = json_node_copy (json_parser_get_root (parser));

  return json_node_get_object (*root);
}

/* Collects the ids of every figure in a JSON tree: any object with an id,
 * a unit and a source, wherever the format puts it. */
static void
collect_json_figure_ids (JsonNode  *node,
                         GPtrArray *ids)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_json_figure_ids (json_array_get_element (array, i), ids);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "id") && json_object_has_member (object, "unit") &&
          json_object_has_member (object, "source"))
        g_ptr_array_add (ids, (gpointer) json_object_get_string_member (object, "id"));

      for (const GList *l = members; l != NULL; l = l->next)
        collect_json_figure_ids (json_object_get_member (object, l->data), ids);
    }
}

static DqDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_true (DQ_IS_DATASET (dataset));

  return dataset;
}

static void
test_dataset_bundled_loads (void)
{
  static const char * const files[] = { "core.json", "cab2021.json", "census.json" };
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  JsonNode *roots[G_N_ELEMENTS (files)] = { NULL, };
  guint n_documents = 0;
  guint n_places = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      JsonObject *top = read_bundled_file (files[i], &roots[i]);

      collect_json_figure_ids (roots[i], ids);
      if (json_object_has_member (top, "documents"))
        n_documents += json_array_get_length (json_object_get_array_member (top, "documents"));
      if (json_object_has_member (top, "places"))
        n_places += json_array_get_length (json_object_get_array_member (top, "places"));
    }

  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_figures (dataset)), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      if (dq_dataset_lookup_figure (dataset, id) == NULL)
        g_error ("the figure “%s” of the JSON files is not in the dataset", id);
    }

  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_documents (dataset)), ==, n_documents);
  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_places (dataset)), ==, n_places);

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    json_node_unref (roots[i]);
}

static void
assert_value_text_grounded (DqFigure *figure)
{
  const char *value_text = dq_figure_get_value_text (figure);
  const char *quote = dq_source_get_quote (dq_figure_get_source (figure));
  char *end = NULL;
  double parsed;

  /* The characters that state the number are in the quote, and denote the
   * value. */
  g_assert_nonnull (value_text);
  g_assert_nonnull (strstr (quote, value_text));
  parsed = g_ascii_strtod (value_text, &end);
  g_assert_cmpstr (end, ==, "");
  g_assert_cmpfloat (parsed, ==, dq_figure_get_value (figure));
}

static void
test_dataset_bundled_survey (void)
{
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top = read_bundled_file ("cab2021.json", &root);
  JsonObject *json_survey = json_array_get_object_element (json_object_get_array_member (top,
                                                                                         "surveys"),
                                                           0);
  JsonArray *json_samples = json_object_get_array_member (json_survey, "samples");
  JsonObject *json_margin = json_object_get_object_member (json_survey, "margin_of_error");
  DqSurvey *survey;
  DqFigure *margin;
  double n_kz;

  survey = dq_dataset_lookup_survey (dataset, json_object_get_string_member (json_survey, "id"));
  g_assert_nonnull (survey);
  g_assert_cmpstr (dq_survey_get_id (survey), ==, "cab-2021");
  g_assert_nonnull (dq_dataset_lookup_document (dataset, dq_survey_get_document_id (survey)));

  /* Two samples, Kazakhstan and Uzbekistan, of one size. */
  g_assert_cmpuint (json_array_get_length (json_samples), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (dq_survey_get_samples (survey)), ==, 2);
  for (guint i = 0; i < json_array_get_length (json_samples); i++)
    {
      JsonObject *json_sample = json_array_get_object_element (json_samples, i);
      DqFigure *sample = dq_survey_lookup_sample (survey,
                                                  json_object_get_string_member (json_sample,
                                                                                 "country"));

      g_assert_nonnull (sample);
      g_assert_cmpstr (dq_figure_get_id (sample), ==,
                       json_object_get_string_member (json_sample, "id"));
      g_assert_cmpfloat (dq_figure_get_value (sample), ==,
                         json_object_get_double_member (json_sample, "value"));
      g_assert_cmpint (dq_figure_get_unit (sample), ==, DQ_UNIT_PEOPLE);
      assert_value_text_grounded (sample);
    }
  g_assert_nonnull (dq_survey_lookup_sample (survey, "KZ"));
  g_assert_nonnull (dq_survey_lookup_sample (survey, "UZ"));
  n_kz = dq_figure_get_value (dq_survey_lookup_sample (survey, "KZ"));
  g_assert_cmpfloat (n_kz, >, 0);
  g_assert_cmpfloat (dq_figure_get_value (dq_survey_lookup_sample (survey, "UZ")), ==, n_kz);

  margin = dq_survey_get_margin_of_error (survey);
  g_assert_nonnull (margin);
  g_assert_true (dq_figure_has_value (margin));
  g_assert_cmpfloat (dq_figure_get_value (margin), ==,
                     json_object_get_double_member (json_margin, "value"));
  g_assert_cmpint (dq_figure_get_unit (margin), ==, DQ_UNIT_PERCENT);
  assert_value_text_grounded (margin);

  g_assert_cmpuint (g_list_model_get_n_items (dq_survey_get_questions (survey)), ==,
                    json_array_get_length (json_object_get_array_member (json_survey,
                                                                         "questions")));
}

static void
test_dataset_bundled_documents (void)
{
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autofree char *seeds = dq_test_seeds_dir ();
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *documents = dq_dataset_get_documents (dataset);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_seeds = 0;
  guint n_cited = 0;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(DqDocument) document = g_list_model_get_item (documents, i);

      g_hash_table_add (files, (gpointer) dq_document_get_file (document));
      n_cited += g_list_model_get_n_items (dq_document_get_figures (document));
    }

  /* Every figure is listed under the document it cites. */
  g_assert_cmpuint (n_cited, ==, g_list_model_get_n_items (dq_dataset_get_figures (dataset)));

  if (seeds == NULL)
    {
      g_test_skip ("the source documents are not beside this clone");
      return;
    }

  dir = g_dir_open (seeds, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".txt"))
        continue;

      n_seeds++;
      if (!g_hash_table_contains (files, name))
        g_error ("no document of the bundled dataset is the seed “%s”", name);
    }
  g_assert_cmpuint (n_seeds, >, 0);
}

/* Preconditions */

static void
test_dataset_preconditions (void)
{
  g_autoptr(DqText) text = dq_text_new ("a", "б", "в");
  DqDataset *dataset;

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*DQ_IS_DATASET*");
  g_assert_null (dq_dataset_lookup_place (NULL, "x"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*DQ_IS_DATASET*");
  g_assert_null (dq_dataset_get_figures (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*data != NULL*");
  dataset = dq_dataset_new_from_data (NULL, -1, "x.json", NULL);
  g_assert_null (dataset);
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*filename != NULL*");
  dataset = dq_dataset_new_from_data ("{}", -1, NULL, NULL);
  g_assert_null (dataset);
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*G_IS_FILE*");
  dataset = dq_dataset_new_from_file (NULL, NULL);
  g_assert_null (dataset);
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*DQ_IS_FIGURE*");
  dq_figure_set_value (NULL, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*language < DQ_N_LANGUAGES*");
  g_assert_null (dq_text_get (text, DQ_N_LANGUAGES));
  g_test_assert_expected_messages ();

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
  g_assert_null (dq_text_get (NULL, DQ_LANGUAGE_EN));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Dataset/fixture-lists", test_dataset_fixture_lists);
  g_test_add_func ("/Dostyq/Model/Dataset/fixture-lookup", test_dataset_fixture_lookup);
  g_test_add_func ("/Dostyq/Model/Dataset/fixture-references", test_dataset_fixture_references);
  g_test_add_func ("/Dostyq/Model/Dataset/fixture-figures", test_dataset_fixture_figures);
  g_test_add_func ("/Dostyq/Model/Dataset/fixture-document-figures",
                   test_dataset_fixture_document_figures);
  g_test_add_func ("/Dostyq/Model/Dataset/fixture-records", test_dataset_fixture_records);
  g_test_add_func ("/Dostyq/Model/Dataset/figure-notify", test_dataset_figure_notify);
  g_test_add_func ("/Dostyq/Model/Dataset/figure-gap", test_dataset_figure_gap);
  g_test_add_func ("/Dostyq/Model/Dataset/figure-fields", test_dataset_figure_fields);
  g_test_add_func ("/Dostyq/Model/Dataset/figure-ci", test_dataset_figure_ci);
  g_test_add_func ("/Dostyq/Model/Dataset/text-languages", test_dataset_text_languages);
  g_test_add_func ("/Dostyq/Model/Dataset/language-codes", test_dataset_language_codes);
  g_test_add_func ("/Dostyq/Model/Dataset/bundled-loads", test_dataset_bundled_loads);
  g_test_add_func ("/Dostyq/Model/Dataset/bundled-survey", test_dataset_bundled_survey);
  g_test_add_func ("/Dostyq/Model/Dataset/bundled-documents", test_dataset_bundled_documents);
  g_test_add_func ("/Dostyq/Model/Dataset/preconditions", test_dataset_preconditions);

  return g_test_run ();
}
