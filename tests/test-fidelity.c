/* test-fidelity.c
 *
 * The bundled dataset against its source documents: every quote occurs in
 * the document it cites, and every figure's value is stated inside its
 * quote; every figure that cites a table cell has the value of that cell of
 * the shared table, which names the source the figure names. The documents
 * sit beside the project (../shared); a clone without them skips these
 * checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-dataset.h"
#include "dq-test-util.h"

static const char * const dataset_files[] = { "core.json", "cab2021.json", "census.json" };

typedef struct
{
  /* document id → collapsed text of its file */
  GHashTable *texts;
  /* document id → its rows (GStrv) of a data table, the header first */
  GHashTable *tables;
  guint       n_quotes;
  guint       n_cells;
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

/* The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes
 * doubled and line breaks). */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; ; p++)
    {
      if (quoted)
        {
          g_assert_true (*p != '\0');
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }
      if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r')
        continue;
      else if (*p == '\n' || *p == '\0')
        {
          if (fields->len > 0 || field->len > 0)
            {
              g_ptr_array_add (fields, g_strdup (field->str));
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_free (fields, FALSE));
              fields = g_ptr_array_new ();
            }
          g_string_truncate (field, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }

  g_ptr_array_free (fields, TRUE);
  g_string_free (field, TRUE);

  return rows;
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

      if (g_str_has_suffix (file, ".csv"))
        g_hash_table_insert (f->tables, g_strdup (id), parse_csv (contents));
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

  /* A range ("56-60 million") states its lower end with the scale of its
   * upper end. */
  if (*p == '-' && g_ascii_isdigit (p[1]))
    {
      for (p++; g_ascii_isdigit (*p) || *p == '.' || *p == ','; p++)
        ;
    }

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

static int
column_index (char      **header,
              const char *name)
{
  for (int i = 0; header[i] != NULL; i++)
    {
      if (g_str_equal (header[i], name))
        return i;
    }

  return -1;
}

/* The row a table source names: by its first column, or, in a long table,
 * by its first column and its group ("2021-01-01 / Koreans"). */
static char **
find_row (GPtrArray  *rows,
          const char *key)
{
  int group = column_index (g_ptr_array_index (rows, 0), "group_en");
  char **found = NULL;

  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      g_autofree char *long_key = group > 0 ? g_strdup_printf ("%s / %s", row[0], row[group])
                                            : NULL;

      if (g_str_equal (row[0], key) || g_strcmp0 (long_key, key) == 0)
        {
          if (found != NULL)
            return NULL;
          found = row;
        }
    }

  return found;
}

/* "13,380,107 + 117,784", as the shared table writes a sum. */
static char *
format_sum (JsonArray *terms)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (terms); i++)
    {
      g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 json_array_get_int_element (terms, i));
      gsize n = strlen (digits);

      if (i > 0)
        g_string_append (text, " + ");
      for (gsize d = 0; d < n; d++)
        {
          if (d > 0 && (n - d) % 3 == 0)
            g_string_append_c (text, ',');
          g_string_append_c (text, digits[d]);
        }
    }

  return g_string_free (text, FALSE);
}

/* A figure that cites a table cell: the cell holds its value (a column of
 * thousands a thousandth of it), its value_text is a cell of the row as
 * printed, and the cell's source names the figure's URL and the printed
 * cells of a sum. */
static void
check_table_cell (Fidelity   *f,
                  JsonObject *figure,
                  JsonObject *source,
                  const char *path)
{
  const char *document = json_object_get_string_member (source, "document");
  const char *key = json_object_get_string_member (source, "row");
  const char *column = json_object_get_string_member (source, "column");
  const char *url = json_object_get_string_member (source, "url");
  const char *value_text = json_object_get_string_member (figure, "value_text");
  GPtrArray *rows = g_hash_table_lookup (f->tables, document);
  const char *suffix = strrchr (column, '_');
  g_autofree char *src_column = NULL;
  char **header, **row;
  int c, s;
  double cell;

  f->n_cells++;
  if (rows == NULL || rows->len < 2)
    {
      g_string_append_printf (f->failures, "%s: %s is not a data table\n", path, document);
      return;
    }
  header = g_ptr_array_index (rows, 0);
  row = find_row (rows, key);
  c = column_index (header, column);
  src_column = g_strdup_printf ("src%s", suffix != NULL ? suffix : "");
  s = column_index (header, src_column);
  if (s < 0)
    s = column_index (header, "source");
  if (row == NULL || c < 0 || s < 0 || g_strv_length (row) != g_strv_length (header))
    {
      g_string_append_printf (f->failures, "%s: no one cell “%s”, “%s” in %s\n",
                              path, key, column, document);
      return;
    }

  cell = g_ascii_strtod (row[c], NULL) * (g_str_has_suffix (column, "_thousand") ? 1000 : 1);
  if (row[c][0] == '\0' ||
      fabs (cell - json_object_get_double_member (figure, "value")) > 1e-6 * MAX (1, cell))
    g_string_append_printf (f->failures, "%s: value %g but the cell says “%s”\n", path,
                            json_object_get_double_member (figure, "value"), row[c]);
  if (!g_strv_contains ((const char * const *) row, value_text))
    g_string_append_printf (f->failures, "%s: value_text “%s” is no cell of its row\n",
                            path, value_text);
  if (strstr (row[s], strstr (url, "://") + 3) == NULL)
    g_string_append_printf (f->failures, "%s: the cell's source does not name %s\n", path, url);
  if (json_object_has_member (source, "sum_of"))
    {
      g_autofree char *sum = format_sum (json_object_get_array_member (source, "sum_of"));

      if (strstr (row[s], sum) == NULL)
        g_string_append_printf (f->failures, "%s: the cell's source prints no sum %s\n",
                                path, sum);
    }
}

static void
check_figure (Fidelity   *f,
              JsonObject *figure,
              const char *path)
{
  JsonObject *source = json_object_get_object_member (figure, "source");
  g_autofree char *quote = NULL;
  g_autofree char *value_text = NULL;
  double stated;

  if (json_object_get_null_member (figure, "value"))
    return;

  f->n_values++;
  if (json_object_has_member (source, "table"))
    {
      check_table_cell (f, figure, source, path);
      return;
    }

  quote = collapse_whitespace (json_object_get_string_member (source, "quote"));
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
  f.tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_ptr_array_unref);
  f.failures = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (dataset_files); i++)
    {
      JsonNode *root = load_json (dataset_files[i]);

      g_ptr_array_add (roots, root);
      load_documents (&f, json_node_get_object (root), shared);
    }

  for (guint i = 0; i < roots->len; i++)
    walk (&f, g_ptr_array_index (roots, i), dataset_files[i]);

  g_test_message ("%u quotes, %u figures with a value, %u of them stated in digits, "
                  "%u cells of tables", f.n_quotes, f.n_values, f.n_numeric, f.n_cells);

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
    g_assert_cmpuint (f.n_cells, >, 0);
  }

  g_hash_table_unref (f.tables);
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
  g_assert_true (parse_value_text ("56-60 million", &v));
  g_assert_cmpfloat (v, ==, 56e6);
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
