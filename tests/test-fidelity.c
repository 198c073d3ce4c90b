/* test-fidelity.c
 *
 * The bundled dataset against its source documents: every quote occurs in
 * the document it cites, and every figure's value is stated inside its
 * quote. The documents sit beside the project (../shared); a clone without
 * them skips these checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-dataset.h"
#include "dq-test-util.h"

static const char * const dataset_files[] = { "core.json", "cab2021.json" };

typedef struct
{
  /* document id → collapsed text of its file */
  GHashTable *texts;
  guint       n_quotes;
  guint       n_values;
  guint       n_numeric;
  GString    *failures;
} Fidelity;

/* Collapses every run of white space to one space, so that a quote matches
 * across the line breaks of a hard-wrapped document. */
static char *
collapse_whitespace (const char *text)
{
  GString *str = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = TRUE;
          continue;
        }
      if (space && str->len > 0)
        g_string_append_c (str, ' ');
      space = FALSE;
      g_string_append_unichar (str, c);
    }

  return g_string_free (str, FALSE);
}

static char *
shared_dir (void)
{
  g_autofree char *seeds = dq_test_seeds_dir ();

  if (seeds == NULL)
    return NULL;

  return g_path_get_dirname (seeds);
}

static JsonNode *
load_json (const char *name)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "resources", "dataset", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

static void
load_documents (Fidelity   *f,
                JsonObject *root,
                const char *shared)
{
  JsonArray *documents;

  if (!json_object_has_member (root, "documents"))
    return;

  documents = json_object_get_array_member (root, "documents");
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *document = json_array_get_object_element (documents, i);
      const char *id = json_object_get_string_member (document, "id");
      const char *file = json_object_get_string_member (document, "file");
      const char *kind = json_object_get_string_member_with_default (document, "kind", "text");
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      /* Seed texts live in seeds/, data tables in data/. */
      path = g_build_filename (shared, g_str_equal (kind, "table") ? "data" : "seeds", file, NULL);
      g_file_get_contents (path, &contents, NULL, &error);
      if (error != NULL)
        g_error ("document %s: cannot read %s: %s", id, file, error->message);

      g_hash_table_insert (f->texts, g_strdup (id), collapse_whitespace (contents));
    }
}

/* The number a value_text states, from its first digit on: "1,338" is
 * 1338, "93.60" is 93.6, "0,6" is 0.6, "18 million" is 18000000. Returns
 * FALSE when the text states its number in words ("about half"). */
static gboolean
parse_value_text (const char *text,
                  double     *value)
{
  static const struct { const char *word; double factor; } scales[] = {
    { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
    { "тыс", 1e3 }, { "млн", 1e6 }, { "млрд", 1e9 },
  };
  GString *number = g_string_new (NULL);
  const char *p = text;
  g_autofree char *digits = NULL;
  char *end;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    {
      g_string_free (number, TRUE);
      return FALSE;
    }

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (number, *p);
      else if ((*p == ',' || *p == ' ') &&
               g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
               !g_ascii_isdigit (p[4]))
        continue;  /* A thousands separator. */
      else if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
        g_string_append_c (number, '.');
      else
        break;
    }

  digits = g_string_free (number, FALSE);
  *value = g_ascii_strtod (digits, &end);
  g_assert_true (*end == '\0');

  while (*p == ' ' || *p == '\xc2' || *p == '\xa0')
    p++;
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      if (g_str_has_prefix (p, scales[i].word))
        *value *= scales[i].factor;
    }

  return TRUE;
}

static void
check_source (Fidelity   *f,
              JsonObject *source,
              const char *path)
{
  const char *document = json_object_get_string_member (source, "document");
  const char *text = g_hash_table_lookup (f->texts, document);
  g_autofree char *quote = collapse_whitespace (json_object_get_string_member (source, "quote"));

  f->n_quotes++;

  if (text == NULL)
    g_string_append_printf (f->failures, "%s: unknown document %s\n", path, document);
  else if (strstr (text, quote) == NULL)
    g_string_append_printf (f->failures, "%s: quote not found in %s: “%s”\n",
                            path, document, quote);
}

static void
check_figure (Fidelity   *f,
              JsonObject *figure,
              const char *path)
{
  JsonObject *source = json_object_get_object_member (figure, "source");
  g_autofree char *quote = collapse_whitespace (json_object_get_string_member (source, "quote"));
  g_autofree char *value_text = NULL;
  double stated;

  if (json_object_get_null_member (figure, "value"))
    return;

  f->n_values++;
  value_text = collapse_whitespace (json_object_get_string_member (figure, "value_text"));

  if (strstr (quote, value_text) == NULL)
    {
      g_string_append_printf (f->failures, "%s: value_text “%s” is not in its quote\n",
                              path, value_text);
      return;
    }

  if (parse_value_text (value_text, &stated))
    {
      double value = json_object_get_double_member (figure, "value");

      f->n_numeric++;
      if (fabs (stated - value) > 1e-9 * MAX (1.0, fabs (value)))
        g_string_append_printf (f->failures, "%s: value %g but its quote says “%s” (%g)\n",
                                path, value, value_text, stated);
    }
}

/* Visits every object of the dataset: a source is an object with
 * "document" and "quote", a figure one with "value" and "source". */
static void
walk (Fidelity   *f,
      JsonNode   *node,
      const char *path)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);

          walk (f, json_array_get_element (array, i), child);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "document") && json_object_has_member (object, "quote"))
        check_source (f, object, path);
      if (json_object_has_member (object, "value") && json_object_has_member (object, "source"))
        check_figure (f, object, path);

      for (const GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *child = g_strdup_printf ("%s%s%s", path, path[0] ? "." : "",
                                                    (const char *) l->data);

          walk (f, json_object_get_member (object, l->data), child);
        }
    }
}

static void
test_fidelity_quotes (void)
{
  g_autofree char *shared = shared_dir ();
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  Fidelity f = { 0 };

  if (shared == NULL)
    {
      g_test_skip ("the source documents (../shared/seeds beside the project) are not here; "
                   "the quotes cannot be checked in this clone");
      return;
    }

  f.texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f.failures = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (dataset_files); i++)
    {
      JsonNode *root = load_json (dataset_files[i]);

      g_ptr_array_add (roots, root);
      load_documents (&f, json_node_get_object (root), shared);
    }

  for (guint i = 0; i < roots->len; i++)
    walk (&f, g_ptr_array_index (roots, i), dataset_files[i]);

  g_test_message ("%u quotes, %u figures with a value, %u of them stated in digits",
                  f.n_quotes, f.n_values, f.n_numeric);

  if (f.failures->len > 0)
    g_error ("the dataset departs from its sources:\n%s", f.failures->str);

  /* Every figure of the loaded dataset was among those checked. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
    GListModel *figures;
    guint n_with_value = 0;

    g_assert_no_error (error);
    figures = dq_dataset_get_figures (dataset);
    for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
      {
        g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

        n_with_value += dq_figure_has_value (figure);
      }
    g_assert_cmpuint (n_with_value, ==, f.n_values);
    g_assert_cmpuint (f.n_numeric, >, 0);
  }

  g_hash_table_unref (f.texts);
  g_string_free (f.failures, TRUE);
}

static void
test_fidelity_parse_value_text (void)
{
  double v;

  g_assert_true (parse_value_text ("1,338", &v));
  g_assert_cmpfloat (v, ==, 1338);
  g_assert_true (parse_value_text ("93.60", &v));
  g_assert_cmpfloat_with_epsilon (v, 93.6, 1e-12);
  g_assert_true (parse_value_text ("0,6", &v));
  g_assert_cmpfloat_with_epsilon (v, 0.6, 1e-12);
  g_assert_true (parse_value_text ("18 million", &v));
  g_assert_cmpfloat (v, ==, 18e6);
  g_assert_true (parse_value_text ("550,000", &v));
  g_assert_cmpfloat (v, ==, 550000);
  g_assert_false (parse_value_text ("about half", &v));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Fidelity/parse-value-text", test_fidelity_parse_value_text);
  g_test_add_func ("/Dostyq/Model/Fidelity/quotes", test_fidelity_quotes);

  return g_test_run ();
}
