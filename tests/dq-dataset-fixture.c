/* dq-dataset-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dq-dataset-fixture.h"

GBytes *
dq_fixture_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (FIXTURE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                           &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

DqDataset *
dq_fixture_load (void)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();
  g_autoptr(GError) error = NULL;
  DqDataset *dataset;

  dataset = dq_dataset_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      "minimal.json", &error);
  g_assert_no_error (error);
  g_assert_true (DQ_IS_DATASET (dataset));

  return dataset;
}

JsonNode *
dq_fixture_parse_json (const char *data,
                       gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

JsonNode *
dq_fixture_parse (void)
{
  g_autoptr(GBytes) bytes = dq_fixture_bytes ();

  return dq_fixture_parse_json (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Finds the node at @path, written as in the loader's messages:
 * "surveys[0].questions[0]"; "" is the root. */
JsonNode *
dq_fixture_node_at_path (JsonNode   *root,
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

JsonObject *
dq_fixture_object_at_path (JsonNode   *root,
                           const char *path)
{
  JsonNode *node = dq_fixture_node_at_path (root, path);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_node_get_object (node);
}

/* The fixture with one member of one object set to @json, or removed when
 * @json is NULL. */
char *
dq_fixture_edit (const char *path,
                 const char *member,
                 const char *json)
{
  g_autoptr(JsonNode) root = dq_fixture_parse ();
  JsonObject *object = dq_fixture_object_at_path (root, path);

  if (json == NULL)
    {
      g_assert_true (json_object_has_member (object, member));
      json_object_remove_member (object, member);
    }
  else
    {
      json_object_set_member (object, member, dq_fixture_parse_json (json, -1));
    }

  return json_to_string (root, TRUE);
}

/* Asserts the error and that its message has the form
 * "FILE: PATH: problem", with @word in the problem. */
void
dq_fixture_assert_error_at (const GError *error,
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
void
dq_fixture_assert_error_in (const GError *error,
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

char *
dq_fixture_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dostyq-test-dataset-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}
