/* test-json-trusted.c
 *
 * dq_json_parse_trusted () builds exactly json-glib's tree, or gives up:
 * on the bundled dataset's files, which must also pass every check of
 * dq_json_parse_text () (the loader no longer runs them on each start),
 * and on awkward text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-dataset.h"
#include "dq-json-text.h"
#include "dq-json-trusted.h"

#define RESOURCE_DATASET "/io/github/dostyq/Dostyq/dataset/"

/* Asserts that @a and @b are the same tree: the same kinds of node, value
 * types and values (doubles bit for bit), members in the same order. */
static void
assert_same_tree (JsonNode   *a,
                  JsonNode   *b,
                  const char *path)
{
  g_assert_cmpint (JSON_NODE_TYPE (a), ==, JSON_NODE_TYPE (b));
  g_assert_true (json_node_is_immutable (a));
  g_assert_true (json_node_is_immutable (b));

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *oa = json_node_get_object (a);
        JsonObject *ob = json_node_get_object (b);
        g_autoptr(GList) ma = json_object_get_members (oa);
        g_autoptr(GList) mb = json_object_get_members (ob);

        g_assert_cmpuint (g_list_length (ma), ==, g_list_length (mb));
        for (GList *la = ma, *lb = mb; la != NULL; la = la->next, lb = lb->next)
          {
            g_autofree char *child = g_strdup_printf ("%s.%s", path, (char *) la->data);

            if (!g_str_equal (la->data, lb->data))
              g_error ("%s: member %s, expected %s", path, (char *) la->data, (char *) lb->data);
            assert_same_tree (json_object_get_member (oa, la->data),
                              json_object_get_member (ob, lb->data), child);
          }
        break;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *aa = json_node_get_array (a);
        JsonArray *ab = json_node_get_array (b);

        g_assert_cmpuint (json_array_get_length (aa), ==, json_array_get_length (ab));
        for (guint i = 0; i < json_array_get_length (aa); i++)
          {
            g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);

            assert_same_tree (json_array_get_element (aa, i), json_array_get_element (ab, i),
                              child);
          }
        break;
      }

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        g_error ("%s: a %s, expected a %s", path, g_type_name (json_node_get_value_type (a)),
                 g_type_name (json_node_get_value_type (b)));
      if (json_node_get_value_type (a) == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (a), ==, json_node_get_int (b));
      else if (json_node_get_value_type (a) == G_TYPE_DOUBLE)
        {
          double da = json_node_get_double (a);
          double db = json_node_get_double (b);

          if (memcmp (&da, &db, sizeof da) != 0)
            g_error ("%s: %.17g, expected %.17g", path, da, db);
        }
      else if (json_node_get_value_type (a) == G_TYPE_BOOLEAN)
        g_assert_cmpint (json_node_get_boolean (a), ==, json_node_get_boolean (b));
      else
        g_assert_cmpstr (json_node_get_string (a), ==, json_node_get_string (b));
      break;

    case JSON_NODE_NULL:
      break;

    default:
      g_assert_not_reached ();
    }
}

/* json-glib's tree of @text, or %NULL where it refuses it. */
static JsonNode *
parse_with_json_glib (const char *text,
                      gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, text, length, NULL))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

static void
test_bundled (void)
{
  static const char * const files[] = { "core.json", "cab2021.json", "census.json" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DATASET, files[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(JsonNode) trusted = NULL;
      const char *data;
      gsize length;

      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &length);

      /* The checks the loader no longer makes on the bundled files. */
      g_assert_true (dq_json_parse_text (parser, data, length, files[i], DQ_DATASET_ERROR,
                                         DQ_DATASET_ERROR_PARSE, &error));
      g_assert_no_error (error);

      trusted = dq_json_parse_trusted (data, length);
      g_assert_nonnull (trusted);
      assert_same_tree (trusted, json_parser_get_root (parser), files[i]);
    }
}

/* Text that both parsers read: the trees are the same. */
static void
test_same (void)
{
  static const char * const texts[] = {
    "{}",
    "[]",
    " \t\r\n{ \"a\" : [ ] , \"b\":{ } }\n",
    "{\"z\": 1, \"a\": 2, \"m\": 3}",
    "[0, -0, 1, -1, 42, 9007199254740993, -9223372036854775807, 123456789012]",
    "[0.5, -0.5, 1.0, 3.14159, 0.1, 1e3, 1E-3, -2.5e+2, 6.02214076e23, 1.7976931348623157e308]",
    "[true, false, null, [null], {\"n\": null}]",
    "[\"\", \"plain\", \"Қазақстан — Өзбекстан\", \"中文\", \"😀\"]",
    "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u00e9\\u0416\\u04D8\", \"\\ud83d\\ude00\", \"a\\u2068b\\u2069\"]",
    "{\"nested\": {\"deeper\": {\"deepest\": [[[[1]]]]}}}",
    "{\"ключ\": \"значение\", \"k\": [1, 2.5, \"three\", false]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonNode) expected = parse_with_json_glib (texts[i], strlen (texts[i]));
      g_autoptr(JsonNode) trusted = dq_json_parse_trusted (texts[i], strlen (texts[i]));

      g_assert_nonnull (expected);
      if (trusted == NULL)
        g_error ("gave up on %s", texts[i]);
      assert_same_tree (trusted, expected, texts[i]);
    }
}

/* Text that json-glib refuses or reads its own way: the trusted parser
 * gives up, and the full parser says what is wrong. */
static void
test_gives_up (void)
{
  g_autofree char *deep = NULL;
  GString *nested = g_string_new (NULL);
  const char *texts[] = {
    "",
    "   ",
    "{",
    "[1, 2",
    "{\"a\" 1}",
    "{\"a\": 1,}",
    "[1,]",
    "{\"a\": 1} {\"b\": 2}",
    "[1] x",
    "{\"a\": 1, \"a\": 2}",
    "[\"\\ud83d\"]",
    "[\"\\ude00\"]",
    "[\"\\u0000\"]",
    "[\"\\x41\"]",
    "[\"\\u12\"]",
    "[\"tab\there\"]",
    "[\"unterminated]",
    "[\"\xff\xfe\"]",
    "{\"format\xbf\": 1}",
    "[+1]",
    "[.5]",
    "[1.2.3]",
    "0010",
    "[-01]",
    "[00.5]",
    "[1-2]",
    "[99999999999999999999]",
    "[tru]",
    "[nul]",
    "{1: 2}",
    NULL,
  };

  for (guint i = 0; i < 200; i++)
    g_string_append_c (nested, '[');
  for (guint i = 0; i < 200; i++)
    g_string_append_c (nested, ']');
  deep = g_string_free (nested, FALSE);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(JsonNode) trusted = dq_json_parse_trusted (texts[i], strlen (texts[i]));

      if (trusted != NULL)
        g_error ("did not give up on %s", texts[i]);
    }
  g_assert_null (dq_json_parse_trusted (deep, strlen (deep)));
  /* A NUL byte ends no text early: what follows it is not read past. */
  g_assert_null (dq_json_parse_trusted ("[1]\0[2]", 7));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/JsonTrusted/bundled", test_bundled);
  g_test_add_func ("/Dostyq/Model/JsonTrusted/same", test_same);
  g_test_add_func ("/Dostyq/Model/JsonTrusted/gives-up", test_gives_up);

  return g_test_run ();
}
