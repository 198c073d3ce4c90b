/* test-dataset.c
 *
 * The dataset model: the loader's errors, each naming the file, the JSON path
 * and the problem; lookups, references and figures on a small fixture; and
 * the bundled dataset checked against its own JSON files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "dq-dataset.h"
#include "dq-test-util.h"

#define FIXTURE_RESOURCE "/io/github/dostyq/Dostyq/tests/minimal.json"

/* The fixture's contents, as the tests expect them. */
#define FIXTURE_N_FIGURES 13

/* Fixture helpers */

static GBytes *
fixture_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (FIXTURE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                           &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static DqDataset *
load_fixture (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autoptr(GError) error = NULL;
  DqDataset *dataset;

  dataset = dq_dataset_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      "minimal.json", &error);
  g_assert_no_error (error);
  g_assert_true (DQ_IS_DATASET (dataset));

  return dataset;
}

static JsonNode *
parse_json (const char *data,
            gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
parse_fixture (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();

  return parse_json (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Finds the node at @path, written as in the loader's messages:
 * "surveys[0].questions[0]"; "" is the root. */
static JsonNode *
node_at_path (JsonNode   *root,
              const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');

      if (parts[i][0] == '\0')
        continue;

      if (bracket != NULL)
        *bracket = '\0';
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);

      while (bracket != NULL)
        {
          guint64 index = g_ascii_strtoull (bracket + 1, NULL, 10);

          g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
          g_assert_cmpuint (index, <, json_array_get_length (json_node_get_array (node)));
          node = json_array_get_element (json_node_get_array (node), index);
          bracket = strchr (bracket + 1, '[');
        }
    }

  return node;
}

static JsonObject *
object_at_path (JsonNode   *root,
                const char *path)
{
  JsonNode *node = node_at_path (root, path);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_node_get_object (node);
}

/* The fixture with one member of one object set to @json, or removed when
 * @json is NULL. */
static char *
edit_fixture (const char *path,
              const char *member,
              const char *json)
{
  g_autoptr(JsonNode) root = parse_fixture ();
  JsonObject *object = object_at_path (root, path);

  if (json == NULL)
    {
      g_assert_true (json_object_has_member (object, member));
      json_object_remove_member (object, member);
    }
  else
    {
      json_object_set_member (object, member, parse_json (json, -1));
    }

  return json_to_string (root, TRUE);
}

/* Asserts the error and that its message has the form
 * "FILE: PATH: problem", with @word in the problem. */
static void
assert_error_at (const GError *error,
                 GQuark        domain,
                 int           code,
                 const char   *filename,
                 const char   *path,
                 const char   *word)
{
  g_autofree char *prefix = g_strdup_printf ("%s: %s: ", filename, path);

  g_assert_error (error, domain, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  if (strstr (error->message + strlen (prefix), word) == NULL)
    g_error ("“%s” does not say “%s”", error->message, word);
}

/* Asserts the error and that its message names @filename and says @word,
 * for errors that have no JSON path. */
static void
assert_error_in (const GError *error,
                 GQuark        domain,
                 int           code,
                 const char   *filename,
                 const char   *word)
{
  g_autofree char *prefix = g_strdup_printf ("%s: ", filename);

  g_assert_error (error, domain, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  if (strstr (error->message, word) == NULL)
    g_error ("“%s” does not say “%s”", error->message, word);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dostyq-test-dataset-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

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
  g_autofree char *json = edit_fixture (c->object, c->member, c->json);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (json, -1, "broken.json", &error);

  g_assert_null (dataset);
  assert_error_at (error, DQ_DATASET_ERROR, c->code, "broken.json", c->path, c->word);
}

static void
test_dataset_error_centre_kind (void)
{
  /* The dataset's names of the kinds, which the message must offer. */
  static const char * const kinds[] = {
    "ethnocultural-centre", "association", "cultural-centre", "friendship-house",
    "confucius-institute", "memorial", "institution",
  };
  g_autofree char *json = edit_fixture ("centres[0]", "kind", "\"mosque\"");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (json, -1, "broken.json", &error);

  g_assert_null (dataset);
  assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE, "broken.json",
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
  assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "malformed.json", "JSON");
  /* json-glib's own name for the input is replaced by the file's. */
  g_assert_null (strstr (error->message, "<data>"));
  g_assert_nonnull (strstr (error->message, "JSON: 4:"));
}

static void
test_dataset_error_truncated (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* Half a file, as an interrupted download leaves it. */
  dataset = dq_dataset_new_from_data (g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes) / 2,
                                      "truncated.json", &error);

  g_assert_null (dataset);
  assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "truncated.json", "JSON");
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
      assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, "array.json",
                       "(top level)", "object");
    }
}

static void
test_dataset_error_not_utf8 (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
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
  assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "latin1.json", "UTF-8");
}

/* The fixture's text with @from, which occurs once, replaced by @to: for
 * what json-glib would not write back as it was given. */
static char *
replace_in_fixture (const char *from,
                    const char *to)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autofree char *data = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  GString *text = g_string_new (data);

  g_assert_cmpuint (g_string_replace (text, from, to, 0), ==, 1);

  return g_string_free (text, FALSE);
}

static void
test_dataset_error_second_value (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
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
  assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "nul.json",
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
      assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "surrogate.json",
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
      assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE, "huge-year.json",
                       "groups[0].populations[0].year", word);
    }
}

/* A deep copy: json_node_copy() shares the object. */
static JsonNode *
copy_element (JsonArray *array,
              guint      index)
{
  g_autofree char *text = json_to_string (json_array_get_element (array, index), FALSE);

  return parse_json (text, -1);
}

static void
test_dataset_error_duplicate_cell (void)
{
  g_autoptr(JsonNode) root = parse_fixture ();
  JsonObject *question = object_at_path (root, "surveys[0].questions[0]");
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
  assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_DUPLICATE, "twice.json",
                   "surveys[0].questions[0].figures[2]",
                   "twice.json: surveys[0].questions[0].figures[0]");
}

static void
test_dataset_same_cell_other_statement (void)
{
  g_autoptr(JsonNode) root = parse_fixture ();
  JsonObject *question = object_at_path (root, "surveys[0].questions[0]");
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
                          parse_json ("{ \"en\": \"Rounded\", \"ru\": \"Округлено\", "
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
  g_autofree char *dir = make_temp_dir ();
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
  assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, path, "larger");

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
  assert_error_in (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT, "huge.json", "larger");
}

static void
test_dataset_error_nonexistent (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-file.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_file (file, &error);

  g_assert_null (dataset);
  assert_error_in (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, path, "read");

  g_assert_no_errno (g_rmdir (dir));
}

static void
test_dataset_error_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder cannot be read as a file; unlike a file without read
   * permission, this holds for root too. */
  dataset = dq_dataset_new_from_file (file, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  assert_error_in (error, G_IO_ERROR, error->code, dir, "read");

  g_assert_no_errno (g_rmdir (dir));
}

/* Devices, FIFOs, directories and loops of symbolic links are refused
 * before a byte is read: /dev/zero would fill memory, and a FIFO without a
 * writer would block for ever, so an alarm ends the test if it hangs. */
static void
test_dataset_error_special_files (void)
{
  g_autofree char *dir = make_temp_dir ();
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
      assert_error_in (error, G_IO_ERROR, error->code, paths[i], dq_test_special_file_error (i));
    }
  alarm (0);

  dq_test_remove_dir (dir);
}

/* A file name that is not UTF-8 is shown with replacement characters, and
 * says nothing about the contents: a valid dataset under it loads. */
static void
test_dataset_non_utf8_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *name = dq_test_non_utf8_name (".json");
  g_autofree char *broken_name = dq_test_non_utf8_name ("-broken.json");
  g_autoptr(GBytes) bytes = fixture_bytes ();
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
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "user.json", NULL);
  g_autofree char *json = edit_fixture ("places[0]", "lat", "95");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  dataset = dq_dataset_new_from_file (file, &error);

  /* A user's file is named by its full path. */
  g_assert_null (dataset);
  assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_RANGE, path, "places[0].lat", "95");

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_dataset_rejected_whole (void)
{
  g_autoptr(JsonNode) root = parse_fixture ();
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *element = NULL;
  JsonArray *facts = json_node_get_array (node_at_path (root, "facts"));
  JsonNode *bad;
  JsonObject *object;

  /* A fifth fact after four good ones and every other record: only its
   * value is wrong. */
  g_assert_cmpuint (json_array_get_length (facts), ==, 4);
  /* json_node_copy () would share the object; a copy is parsed anew. */
  element = json_to_string (json_array_get_element (facts, 1), FALSE);
  bad = parse_json (element, -1);
  object = json_node_get_object (bad);
  json_object_set_string_member (object, "id", "fact-extra");
  json_object_set_string_member (object, "unit", "percent");
  json_object_set_int_member (object, "value", 140);
  json_array_add_element (facts, bad);
  json = json_to_string (root, FALSE);

  dataset = dq_dataset_new_from_data (json, -1, "one-bad.json", &error);

  g_assert_null (dataset);
  assert_error_at (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_RANGE, "one-bad.json",
                   "facts[4].value", "140");
}

/* The fixture */

static void
test_dataset_fixture_lists (void)
{
  g_autoptr(DqDataset) dataset = load_fixture ();
  g_autoptr(JsonNode) root = parse_fixture ();
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
      JsonArray *array = json_node_get_array (node_at_path (root, lists[i].member));
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autofree char *json = edit_fixture ("surveys[0].questions[0].figures[0]", "ci",
                                        "{ \"low\": 77.25, \"high\": 83.5 }");
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqDataset) fixture = load_fixture ();
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
  root = parse_fixture ();
  json_object_set_string_member (object_at_path (root, "surveys[0].samples[0]"), "country",
                                 "Women");
  json_object_set_string_member (object_at_path (root, "surveys[0].questions[0].figures[0]"),
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  g_autoptr(DqDataset) dataset = load_fixture ();
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
  static const char * const files[] = { "core.json", "cab2021.json" };
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
