/* test-dataset-errors.c
 *
 * The dataset loader's errors, each naming the file, the JSON path and the
 * problem: the fixture with one rule broken at a time, malformed and
 * hostile JSON, files that are not files, and a dataset rejected whole.
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

/* Loader errors: the fixture with one edit, each breaking one rule */

typedef struct
{
  const char *name;
  /* The edit: the object, its member and the new value (NULL removes it). */
  const char *object;
  const char *member;
  const char *json;
  /* What the loader must say. */
  DqDatasetError code;
  const char *path;
  const char *word;
} ErrorCase;

static const ErrorCase error_cases[] = {
  /* The top level */
  { "wrong-format", "", "format", "\"other-format\"",
    DQ_DATASET_ERROR_FORMAT, "format", "other-format" },
  { "missing-format", "", "format", NULL,
    DQ_DATASET_ERROR_MISSING, "format", "missing" },
  { "wrong-version", "", "version", "2",
    DQ_DATASET_ERROR_FORMAT, "version", "2" },
  { "version-as-string", "", "version", "\"1\"",
    DQ_DATASET_ERROR_TYPE, "version", "string" },
  { "unknown-top-level-member", "", "place", "[]",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "place", "places" },
  { "section-not-array", "", "places", "{}",
    DQ_DATASET_ERROR_TYPE, "places", "array" },

  /* Missing members */
  { "missing-place-name", "places[0]", "name", NULL,
    DQ_DATASET_ERROR_MISSING, "places[0].name", "missing" },
  { "missing-translation", "places[1].name", "kk", NULL,
    DQ_DATASET_ERROR_MISSING, "places[1].name.kk", "missing" },
  { "missing-value-text", "facts[1]", "value_text", NULL,
    DQ_DATASET_ERROR_MISSING, "facts[1].value_text", "missing" },
  { "missing-source", "centres[0]", "source", NULL,
    DQ_DATASET_ERROR_MISSING, "centres[0].source", "missing" },
  { "missing-categories", "surveys[0].questions[0]", "categories", NULL,
    DQ_DATASET_ERROR_MISSING, "surveys[0].questions[0].categories", "missing" },

  /* Wrong types */
  { "value-as-string", "surveys[0].questions[0].figures[0]", "value", "\"80.5\"",
    DQ_DATASET_ERROR_TYPE, "surveys[0].questions[0].figures[0].value", "string" },
  { "element-not-object", "groups[0]", "populations", "[ 42 ]",
    DQ_DATASET_ERROR_TYPE, "groups[0].populations[0]", "object" },
  { "id-list-element-not-string", "centres[0]", "groups", "[ \"germans\", 7 ]",
    DQ_DATASET_ERROR_TYPE, "centres[0].groups[1]", "string" },
  { "year-not-whole", "facts[0]", "year", "2017.5",
    DQ_DATASET_ERROR_TYPE, "facts[0].year", "2017.5" },
  { "text-not-object", "events[0]", "name", "\"Clash\"",
    DQ_DATASET_ERROR_TYPE, "events[0].name", "object" },

  /* Unknown members, usually typos */
  { "unknown-place-member", "places[0]", "nmae", "\"North\"",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "places[0].nmae", "name" },
  { "unknown-text-language", "groups[0].name", "de", "\"Deutsche\"",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "groups[0].name.de", "kk" },
  { "survey-member-in-plain-figure", "facts[0]", "category", "\"positive\"",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "facts[0].category", "value_text" },

  /* References to no entry */
  { "unknown-figure-document", "facts[0].source", "document", "\"no-such-document\"",
    DQ_DATASET_ERROR_REFERENCE, "facts[0].source.document", "no-such-document" },
  { "unknown-centre-place", "centres[0]", "place", "\"atlantis\"",
    DQ_DATASET_ERROR_REFERENCE, "centres[0].place", "atlantis" },
  { "unknown-concentration-place", "groups[0].concentration[0]", "places",
    "[ \"north-region\", \"atlantis\" ]",
    DQ_DATASET_ERROR_REFERENCE, "groups[0].concentration[0].places[1]", "atlantis" },
  { "unknown-region", "places[1]", "region", "\"south-region\"",
    DQ_DATASET_ERROR_REFERENCE, "places[1].region", "south-region" },
  { "unknown-survey-document", "surveys[0]", "document", "\"no-such-document\"",
    DQ_DATASET_ERROR_REFERENCE, "surveys[0].document", "no-such-document" },
  { "unknown-event-group", "events[0]", "groups", "[ \"germans\", \"martians\" ]",
    DQ_DATASET_ERROR_REFERENCE, "events[0].groups[1]", "martians" },
  { "unknown-figure-group", "facts[0]", "group", "\"martians\"",
    DQ_DATASET_ERROR_REFERENCE, "facts[0].group", "martians" },
  { "category-not-in-question", "surveys[0].questions[0].figures[0]", "category", "\"neutral\"",
    DQ_DATASET_ERROR_REFERENCE, "surveys[0].questions[0].figures[0].category", "neutral" },

  /* Ids defined twice */
  { "duplicate-place", "places[1]", "id", "\"north-region\"",
    DQ_DATASET_ERROR_DUPLICATE, "places[1].id", "north-region" },
  { "duplicate-figure", "events[0].figures[0]", "id", "\"germans-kz-2017\"",
    DQ_DATASET_ERROR_DUPLICATE, "events[0].figures[0].id", "germans-kz-2017" },
  /* Facts are read after surveys, so the fact is the second definition. */
  { "duplicate-figure-margin", "surveys[0].margin_of_error", "id", "\"fact-centres\"",
    DQ_DATASET_ERROR_DUPLICATE, "facts[0].id", "fact-centres" },
  { "duplicate-category", "surveys[0].questions[0].categories[1]", "id", "\"positive\"",
    DQ_DATASET_ERROR_DUPLICATE, "surveys[0].questions[0].categories[1].id", "positive" },

  /* Numbers out of range */
  { "percent-above-100", "groups[0].populations[0]", "value", "120",
    DQ_DATASET_ERROR_RANGE, "groups[0].populations[0].value", "120" },
  { "latitude-above-90", "places[0]", "lat", "95",
    DQ_DATASET_ERROR_RANGE, "places[0].lat", "95" },
  { "longitude-below-180", "places[0]", "lon", "-181",
    DQ_DATASET_ERROR_RANGE, "places[0].lon", "181" },
  { "year-3000", "facts[0]", "year", "3000",
    DQ_DATASET_ERROR_RANGE, "facts[0].year", "3000" },
  { "year-value-3000", "centres[0].founded[0]", "value", "3000",
    DQ_DATASET_ERROR_RANGE, "centres[0].founded[0].value", "3000" },
  { "negative-count", "facts[1]", "value", "-1",
    DQ_DATASET_ERROR_RANGE, "facts[1].value", "-1" },
  { "month-13", "events[0].date", "month", "13",
    DQ_DATASET_ERROR_RANGE, "events[0].date.month", "13" },

  /* Values and gaps */
  { "null-without-gap", "facts[0]", "value", "null",
    DQ_DATASET_ERROR_MISSING, "facts[0].gap", "gap" },
  { "gap-with-value", "facts[2]", "value", "5",
    DQ_DATASET_ERROR_VALUE, "facts[2].gap", "gap" },

  /* Values that are not allowed */
  { "bad-id-characters", "places[0]", "id", "\"North Region\"",
    DQ_DATASET_ERROR_VALUE, "places[0].id", "North Region" },
  { "bad-figure-id-characters", "facts[1]", "id", "\"Fact_groups\"",
    DQ_DATASET_ERROR_VALUE, "facts[1].id", "Fact_groups" },
  { "unknown-unit", "facts[0]", "unit", "\"percentage\"",
    DQ_DATASET_ERROR_VALUE, "facts[0].unit", "percentage" },
  { "unknown-country", "places[0]", "country", "\"RU\"",
    DQ_DATASET_ERROR_VALUE, "places[0].country", "RU" },
  { "unknown-typology", "groups[0].typology[0]", "shift_to", "\"assimilated\"",
    DQ_DATASET_ERROR_VALUE, "groups[0].typology[0].shift_to", "assimilated" },
  { "empty-title", "documents[0]", "title", "\"\"",
    DQ_DATASET_ERROR_VALUE, "documents[0].title", "empty" },
  { "latitude-without-longitude", "places[0]", "lon", NULL,
    DQ_DATASET_ERROR_VALUE, "places[0].lon", "lat" },
  { "bad-fieldwork-date", "surveys[0].fieldwork", "start", "\"19 August 2021\"",
    DQ_DATASET_ERROR_VALUE, "surveys[0].fieldwork.start", "YYYY" },
  { "unknown-subject", "surveys[0].questions[0]", "subjects", "[ \"KZ\", \"XX\" ]",
    DQ_DATASET_ERROR_VALUE, "surveys[0].questions[0].subjects[1]", "XX" },
  /* Only a survey's respondents may be other than a country. */
  { "unknown-fact-country", "facts[0]", "country", "\"RU\"",
    DQ_DATASET_ERROR_VALUE, "facts[0].country", "RU" },

  /* Stated confidence intervals */
  { "ci-not-holding-value", "surveys[0].questions[0].figures[0]", "ci",
    "{ \"low\": 85, \"high\": 90 }",
    DQ_DATASET_ERROR_RANGE, "surveys[0].questions[0].figures[0].ci", "80.5" },
  { "ci-above-100", "surveys[0].questions[0].figures[0]", "ci", "{ \"low\": 70, \"high\": 101 }",
    DQ_DATASET_ERROR_RANGE, "surveys[0].questions[0].figures[0].ci", "101" },
  { "ci-missing-high", "surveys[0].questions[0].figures[0]", "ci", "{ \"low\": 70 }",
    DQ_DATASET_ERROR_MISSING, "surveys[0].questions[0].figures[0].ci.high", "missing" },
  { "ci-bound-as-string", "surveys[0].questions[0].figures[0]", "ci",
    "{ \"low\": \"70\", \"high\": 90 }",
    DQ_DATASET_ERROR_TYPE, "surveys[0].questions[0].figures[0].ci.low", "string" },
  { "ci-unknown-member", "surveys[0].questions[0].figures[0]", "ci",
    "{ \"low\": 70, \"high\": 90, \"level\": 95 }",
    DQ_DATASET_ERROR_UNKNOWN_MEMBER, "surveys[0].questions[0].figures[0].ci.level", "high" },
  { "ci-of-gap", "surveys[0].questions[0].figures[1]", "ci", "{ \"low\": 10, \"high\": 20 }",
    DQ_DATASET_ERROR_VALUE, "surveys[0].questions[0].figures[1].ci", "percentage" },
};

static void
test_dataset_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autofree char *json = dq_fixture_edit (c->object, c->member, c->json);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (json, -1, "broken.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, c->code, "broken.json", c->path, c->word);
}

static void
test_dataset_error_centre_kind (void)
{
  /* The dataset's names of the kinds, which the message must offer. */
  static const char * const kinds[] = {
    "ethnocultural-centre", "association", "cultural-centre", "friendship-house",
    "confucius-institute", "memorial", "institution",
  };
  g_autofree char *json = dq_fixture_edit ("centres[0]", "kind", "\"mosque\"");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (json, -1, "broken.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE, "broken.json",
                   "centres[0].kind", "mosque");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_nonnull (strstr (error->message, kinds[i]));
}

static void
test_dataset_error_malformed (void)
{
  /* The stray comma is on line 4. */
  static const char data[] =
    "{\n"
    "  \"format\": \"dostyq-dataset\",\n"
    "  \"version\": 1,\n"
    "  \"places\": [ , ]\n"
    "}\n";
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (data, -1, "malformed.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "malformed.json", "JSON");
  /* json-glib's own name for the input is replaced by the file's. */
  g_assert_null (strstr (error->message, "<data>"));
  g_assert_nonnull (strstr (error->message, "JSON: 4:"));
}

static void
test_dataset_error_truncated (void)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* Half a file, as an interrupted download leaves it. */
  dataset = dq_dataset_new_from_data (g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes) / 2,
                                      "truncated.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "truncated.json", "JSON");
}

static void
test_dataset_error_not_object (void)
{
  static const char * const inputs[] = { "[ { \"format\": \"dostyq-dataset\" } ]", "42", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(DqDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      dataset = dq_dataset_new_from_data (inputs[i], -1, "array.json", &error);

      g_assert_null (dataset);
      dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, "array.json",
                       "(top level)", "object");
    }
}

static void
test_dataset_error_not_utf8 (void)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  char *name = strstr (data, "Alpha City");

  /* "Alpha City" as Latin-1 would spell a non-ASCII letter. */
  g_assert_nonnull (name);
  name[5] = (char) 0xE9;
  g_assert_false (g_utf8_validate (data, -1, NULL));

  dataset = dq_dataset_new_from_data (data, -1, "latin1.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "latin1.json", "UTF-8");
}

/* The fixture's text with @from, which occurs once, replaced by @to: for
 * what json-glib would not write back as it was given. */
static char *
replace_in_fixture (const char *from,
                    const char *to)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autofree char *data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  GString *text = g_string_new (data);

  g_assert_cmpuint (g_string_replace (text, from, to, 0), ==, 1);

  return g_string_free (text, FALSE);
}

static void
test_dataset_error_second_value (void)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autofree char *data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *twice = g_strconcat (data, "\n{ \"format\": \"dostyq-dataset\" }\n", NULL);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  guint n_lines = 1;

  for (const char *p = data; *p != '\0'; p++)
    n_lines += *p == '\n';

  /* json-glib keeps the first value and drops the second. */
  dataset = dq_dataset_new_from_data (twice, -1, "twice.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE);
  line = g_strdup_printf ("twice.json:%u: a second JSON value", n_lines + 1);
  g_assert_true (g_str_has_prefix (error->message, line));
}

static void
test_dataset_error_string_nul (void)
{
  g_autofree char *data = replace_in_fixture ("\"Germans make up 1.01 per cent.\"",
                                              "\"Germans make up\\u0000 1.01 per cent.\"");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* json-glib cuts the string at the NUL. */
  dataset = dq_dataset_new_from_data (data, -1, "nul.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "nul.json",
                   "groups[0].populations[0].source.quote", "\\u0000");
}

static void
test_dataset_error_lone_surrogate (void)
{
  static const char * const surrogates[] = { "\\ud800", "\\uDFFF" };

  for (guint i = 0; i < G_N_ELEMENTS (surrogates); i++)
    {
      g_autofree char *name = g_strdup_printf ("\"Alpha %sCity\"", surrogates[i]);
      g_autofree char *data = replace_in_fixture ("\"Alpha City\"", name);
      g_autoptr(DqDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      /* json-glib writes a lone surrogate as bytes that are not UTF-8. */
      dataset = dq_dataset_new_from_data (data, -1, "surrogate.json", &error);

      g_assert_null (dataset);
      dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "surrogate.json",
                       "places[1].name.en", "surrogate");
    }

  /* A whole pair is a character. */
  {
    g_autofree char *data = replace_in_fixture ("\"Alpha City\"", "\"Alpha \\ud83d\\ude00 City\"");
    g_autoptr(DqDataset) dataset = NULL;
    g_autoptr(GError) error = NULL;

    dataset = dq_dataset_new_from_data (data, -1, "pair.json", &error);

    g_assert_no_error (error);
    g_assert_nonnull (dataset);
  }
}

/* A name with a directional override loads isolated, so that it cannot
 * turn the words shown around it. */
static void
test_dataset_bidi_isolated (void)
{
  g_autofree char *data = replace_in_fixture ("\"Alpha City\"", "\"Alpha \\u202eCity\"");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  DqPlace *place;

  dataset = dq_dataset_new_from_data (data, -1, "override.json", &error);
  g_assert_no_error (error);

  place = dq_dataset_lookup_place (dataset, "alpha-city");
  g_assert_nonnull (place);
  g_assert_cmpstr (dq_text_get (dq_place_get_name (place), DQ_LANGUAGE_EN), ==,
                   "\xe2\x81\xa8" "Alpha \xe2\x80\xae" "City\xe2\x81\xa9");
  g_assert_cmpstr (dq_text_get (dq_place_get_name (place), DQ_LANGUAGE_RU), ==, "Альфа");
}

static void
test_dataset_error_integer_too_large (void)
{
  static const char * const numbers[] = {
    "99999999999999999999", "-99999999999999999999", "9223372036854775808",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *year = g_strdup_printf ("\"year\": %s,\n          \"country\": \"KZ\",\n"
                                               "          \"group\": \"germans\"", numbers[i]);
      g_autofree char *data = replace_in_fixture ("\"year\": 2017,\n          \"country\": \"KZ\",\n"
                                                  "          \"group\": \"germans\"", year);
      g_autoptr(DqDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *word = g_strdup_printf ("%s is too large", numbers[i]);

      /* json-glib wraps them round: 2^64 - 1 is read as -1. */
      dataset = dq_dataset_new_from_data (data, -1, "huge-year.json", &error);

      g_assert_null (dataset);
      dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "huge-year.json",
                       "groups[0].populations[0].year", word);
    }
}

/* A deep copy: json_node_copy() shares the object. */
static JsonNode *
copy_element (JsonArray *array,
              guint      index)
{
  g_autofree char *text = json_to_string (json_array_get_element (array, index), FALSE);

  return dq_fixture_parse_json (text, -1);
}

static void
test_dataset_error_duplicate_cell (void)
{
  g_autoptr(JsonNode) root = dq_fixture_parse ();
  JsonObject *question = dq_fixture_object_at_path (root, "surveys[0].questions[0]");
  JsonArray *figures = json_object_get_array_member (question, "figures");
  JsonNode *copy = copy_element (figures, 0);
  g_autofree char *json = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* The same answer of the same respondents, stated twice by two ids. */
  json_object_set_string_member (json_node_get_object (copy), "id", "poll-2021-again");
  json_object_set_double_member (json_node_get_object (copy), "value", 60);
  json_object_set_string_member (json_node_get_object (copy), "value_text", "60");
  json_array_add_element (figures, copy);
  json = json_to_string (root, TRUE);

  dataset = dq_dataset_new_from_data (json, -1, "twice.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_DUPLICATE, "twice.json",
                   "surveys[0].questions[0].figures[2]",
                   "twice.json: surveys[0].questions[0].figures[0]");
}

static void
test_dataset_same_cell_other_statement (void)
{
  g_autoptr(JsonNode) root = dq_fixture_parse ();
  JsonObject *question = dq_fixture_object_at_path (root, "surveys[0].questions[0]");
  JsonArray *figures = json_object_get_array_member (question, "figures");
  JsonNode *copy = copy_element (figures, 0);
  JsonNode *other_year = copy_element (figures, 0);
  JsonNode *restated;
  g_autofree char *json = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A bound beside the exact value, and another year, are other cells or
   * other kinds of statement: the chart knows which to show. */
  json_object_set_string_member (json_node_get_object (copy), "id", "poll-2021-about");
  json_object_set_string_member (json_node_get_object (copy), "bound", "approx");
  json_array_add_element (figures, copy);
  /* A restatement with a note that says why: the chart shows the first. */
  restated = copy_element (figures, 0);
  json_object_set_string_member (json_node_get_object (restated), "id", "poll-2021-restated");
  json_object_set_member (json_node_get_object (restated), "note",
                          dq_fixture_parse_json ("{ \"en\": \"Rounded\", \"ru\": \"Округлено\", "
                                      "\"kk\": \"Дөңгелектенген\" }", -1));
  json_array_add_element (figures, restated);
  json_object_set_string_member (json_node_get_object (other_year), "id", "poll-2021-later");
  json_object_set_int_member (json_node_get_object (other_year), "year", 2022);
  json_array_add_element (figures, other_year);
  json = json_to_string (root, TRUE);

  dataset = dq_dataset_new_from_data (json, -1, "statements.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
}

static void
test_dataset_error_too_large (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A sparse file: large to stat, but it takes no disk space. */
  g_file_set_contents (path, "{}", -1, &error);
  g_assert_no_error (error);
  if (truncate (path, DQ_DATASET_MAX_FILE_SIZE + 1) != 0)
    g_error ("cannot enlarge %s: %s", path, g_strerror (errno));

  dataset = dq_dataset_new_from_file (file, &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, path, "larger");

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_dataset_error_too_large_data (void)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_malloc0 (DQ_DATASET_MAX_FILE_SIZE + 2);

  /* White space is valid JSON padding; only the size is wrong. */
  memset (data, ' ', DQ_DATASET_MAX_FILE_SIZE + 1);

  dataset = dq_dataset_new_from_data (data, DQ_DATASET_MAX_FILE_SIZE + 1, "huge.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, "huge.json", "larger");
}

static void
test_dataset_error_nonexistent (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-file.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_file (file, &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_in (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, path, "read");

  g_assert_no_errno (g_rmdir (dir));
}

static void
test_dataset_error_unreadable (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder cannot be read as a file; unlike a file without read
   * permission, this holds for root too. */
  dataset = dq_dataset_new_from_file (file, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  dq_fixture_assert_error_in (error, G_IO_ERROR, error->code, dir, "read");

  g_assert_no_errno (g_rmdir (dir));
}

/* Devices, FIFOs, directories and loops of symbolic links are refused
 * before a byte is read: /dev/zero would fill memory, and a FIFO without a
 * writer would block for ever, so an alarm ends the test if it hangs. */
static void
test_dataset_error_special_files (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_auto(GStrv) paths = dq_test_make_special_files (dir, ".json");

  alarm (20);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(DqDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      dataset = dq_dataset_new_from_file (file, &error);

      g_assert_null (dataset);
      g_test_message ("%s", error->message);
      dq_fixture_assert_error_in (error, G_IO_ERROR, error->code, paths[i], dq_test_special_file_error (i));
    }
  alarm (0);

  dq_test_remove_dir (dir);
}

/* A file name that is not UTF-8 is shown with replacement characters, and
 * says nothing about the contents: a valid dataset under it loads. */
static void
test_dataset_non_utf8_name (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_autofree char *name = dq_test_non_utf8_name (".json");
  g_autofree char *broken_name = dq_test_non_utf8_name ("-broken.json");
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autoptr(GFile) file = dq_test_write_file (dir, name, g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  g_autoptr(GFile) broken = dq_test_write_file (dir, broken_name, "{ \"version\": ", -1);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqDataset) none = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (dq_dataset_get_name (dataset), -1, NULL));
  g_assert_nonnull (strstr (dq_dataset_get_name (dataset), "\uFFFD"));

  none = dq_dataset_new_from_file (broken, &error);
  g_assert_null (none);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "\uFFFD-broken.json: not valid JSON"));

  dq_test_remove_dir (dir);
}

static void
test_dataset_error_from_file (void)
{
  g_autofree char *dir = dq_fixture_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "user.json", NULL);
  g_autofree char *json = dq_fixture_edit ("places[0]", "lat", "95");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  dataset = dq_dataset_new_from_file (file, &error);

  /* A user's file is named by its full path. */
  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_RANGE, path, "places[0].lat", "95");

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_dataset_rejected_whole (void)
{
  g_autoptr(JsonNode) root = dq_fixture_parse ();
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *element = NULL;
  JsonArray *facts = json_node_get_array (dq_fixture_node_at_path (root, "facts"));
  JsonNode *bad;
  JsonObject *object;

  /* A fifth fact after four good ones and every other record: only its
   * value is wrong. */
  g_assert_cmpuint (json_array_get_length (facts), ==, 4);
  /* json_node_copy () would share the object; a copy is parsed anew. */
  element = json_to_string (json_array_get_element (facts, 1), FALSE);
  bad = dq_fixture_parse_json (element, -1);
  object = json_node_get_object (bad);
  json_object_set_string_member (object, "id", "fact-extra");
  json_object_set_string_member (object, "unit", "percent");
  json_object_set_int_member (object, "value", 140);
  json_array_add_element (facts, bad);
  json = json_to_string (root, FALSE);

  dataset = dq_dataset_new_from_data (json, -1, "one-bad.json", &error);

  g_assert_null (dataset);
  dq_fixture_assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_RANGE, "one-bad.json",
                   "facts[4].value", "140");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Dostyq/Model/Dataset/error-%s",
                                               error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_dataset_error_case);
    }
  g_test_add_func ("/Dostyq/Model/Dataset/error-centre-kind", test_dataset_error_centre_kind);
  g_test_add_func ("/Dostyq/Model/Dataset/error-malformed", test_dataset_error_malformed);
  g_test_add_func ("/Dostyq/Model/Dataset/error-truncated", test_dataset_error_truncated);
  g_test_add_func ("/Dostyq/Model/Dataset/error-not-object", test_dataset_error_not_object);
  g_test_add_func ("/Dostyq/Model/Dataset/error-not-utf8", test_dataset_error_not_utf8);
  g_test_add_func ("/Dostyq/Model/Dataset/error-second-value", test_dataset_error_second_value);
  g_test_add_func ("/Dostyq/Model/Dataset/error-string-nul", test_dataset_error_string_nul);
  g_test_add_func ("/Dostyq/Model/Dataset/error-lone-surrogate", test_dataset_error_lone_surrogate);
  g_test_add_func ("/Dostyq/Model/Dataset/error-integer-too-large",
                   test_dataset_error_integer_too_large);
  g_test_add_func ("/Dostyq/Model/Dataset/error-duplicate-cell", test_dataset_error_duplicate_cell);
  g_test_add_func ("/Dostyq/Model/Dataset/bidi-isolated", test_dataset_bidi_isolated);
  g_test_add_func ("/Dostyq/Model/Dataset/same-cell-other-statement",
                   test_dataset_same_cell_other_statement);
  g_test_add_func ("/Dostyq/Model/Dataset/error-too-large", test_dataset_error_too_large);
  g_test_add_func ("/Dostyq/Model/Dataset/error-too-large-data",
                   test_dataset_error_too_large_data);
  g_test_add_func ("/Dostyq/Model/Dataset/error-nonexistent", test_dataset_error_nonexistent);
  g_test_add_func ("/Dostyq/Model/Dataset/error-unreadable", test_dataset_error_unreadable);
  g_test_add_func ("/Dostyq/Model/Dataset/error-special-files", test_dataset_error_special_files);
  g_test_add_func ("/Dostyq/Model/Dataset/non-utf8-name", test_dataset_non_utf8_name);
  g_test_add_func ("/Dostyq/Model/Dataset/error-from-file", test_dataset_error_from_file);
  g_test_add_func ("/Dostyq/Model/Dataset/rejected-whole", test_dataset_rejected_whole);

  return g_test_run ();
}
