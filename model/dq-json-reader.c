/* dq-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-json-reader.h"
#include "dq-text.h"

struct _DqJsonReader
{
  char      *filename;
  /* The path as a stack of components: ".name" or "[3]". */
  GPtrArray *path;
  /* DqJsonReference, checked by the dataset once all files are read. */
  GPtrArray *references;
};

G_DEFINE_QUARK (dq-dataset-error-quark, dq_dataset_error)

void
dq_json_reference_free (DqJsonReference *ref)
{
  g_free (ref->kind);
  g_free (ref->id);
  g_free (ref->filename);
  g_free (ref->path);
  g_free (ref);
}

DqJsonReader *
dq_json_reader_new (const char *filename)
{
  DqJsonReader *reader = g_new0 (DqJsonReader, 1);

  reader->filename = g_strdup (filename);
  reader->path = g_ptr_array_new_with_free_func (g_free);
  reader->references = g_ptr_array_new_with_free_func ((GDestroyNotify) dq_json_reference_free);

  return reader;
}

void
dq_json_reader_free (DqJsonReader *reader)
{
  if (reader == NULL)
    return;

  g_free (reader->filename);
  g_ptr_array_unref (reader->path);
  g_ptr_array_unref (reader->references);
  g_free (reader);
}

const char *
dq_json_reader_get_filename (DqJsonReader *reader)
{
  return reader->filename;
}

void
dq_json_reader_push_member (DqJsonReader *reader,
                            const char   *member)
{
  g_ptr_array_add (reader->path, g_strconcat (".", member, NULL));
}

void
dq_json_reader_push_index (DqJsonReader *reader,
                           guint         index)
{
  g_ptr_array_add (reader->path, g_strdup_printf ("[%u]", index));
}

void
dq_json_reader_pop (DqJsonReader *reader)
{
  g_assert (reader->path->len > 0);

  g_ptr_array_remove_index (reader->path, reader->path->len - 1);
}

/**
 * dq_json_reader_dup_path:
 * @reader: a reader
 * @member: (nullable): a member of the current object
 *
 * Returns: (transfer full): the current path, e.g. `surveys[0].questions[3]`,
 *   followed by @member, or `(top level)` for an empty path
 */
char *
dq_json_reader_dup_path (DqJsonReader *reader,
                         const char   *member)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < reader->path->len; i++)
    g_string_append (str, g_ptr_array_index (reader->path, i));
  if (member != NULL)
    g_string_append_printf (str, ".%s", member);

  if (str->len == 0)
    {
      g_string_free (str, TRUE);
      return g_strdup (_("(top level)"));
    }

  /* The path starts with a member name, not with its dot. */
  if (str->str[0] == '.')
    g_string_erase (str, 0, 1);

  return g_string_free (str, FALSE);
}

/**
 * dq_json_reader_set_error_valist:
 * @reader: the reader
 * @error: the place for an error
 * @domain: the error domain: a dataset's, or another file's read with a
 *   #DqJsonReader, such as a project's
 * @code: the error code
 * @member: (nullable): the member at fault, below the reader's path
 * @format: what is wrong
 * @args: the arguments of @format
 *
 * Sets an error that names the file, the JSON path and the problem.
 */
void
dq_json_reader_set_error_valist (DqJsonReader  *reader,
                                 GError       **error,
                                 GQuark         domain,
                                 int            code,
                                 const char    *member,
                                 const char    *format,
                                 va_list        args)
{
  g_autofree char *path = dq_json_reader_dup_path (reader, member);
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, domain, code, "%s: %s: %s", reader->filename, path, message);
}

void
dq_json_reader_set_error (DqJsonReader   *reader,
                          GError        **error,
                          DqDatasetError  code,
                          const char     *member,
                          const char     *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  dq_json_reader_set_error_valist (reader, error, DQ_DATASET_ERROR, code, member, format, args);
  va_end (args);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return _("a number");
    default:
      return _("a value");
    }
}

/* Looks @member up. Returns FALSE, with @error set, only when a required
 * member is absent; *node is NULL for an absent optional one. */
static gboolean
lookup (DqJsonReader  *reader,
        JsonObject    *object,
        const char    *member,
        DqPresence     presence,
        JsonNode     **node,
        GError       **error)
{
  *node = json_object_get_member (object, member);

  if (*node == NULL && presence == DQ_REQUIRED)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_MISSING, member,
                                _("required member is missing"));
      return FALSE;
    }

  return TRUE;
}

static void
set_type_error (DqJsonReader  *reader,
                GError       **error,
                const char    *member,
                const char    *expected,
                JsonNode      *node)
{
  /* Translators: "expected a string, got a number" */
  dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_TYPE, member,
                            _("expected %s, got %s"), expected, node_type_name (node));
}

gboolean
dq_json_reader_check_members (DqJsonReader        *reader,
                              JsonObject          *object,
                              const char * const  *allowed,
                              GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *list = g_strjoinv (", ", (GStrv) allowed);

          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_UNKNOWN_MEMBER, l->data,
                                    _("unknown member; expected one of: %s"), list);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
dq_json_reader_get_string (DqJsonReader  *reader,
                           JsonObject    *object,
                           const char    *member,
                           DqPresence     presence,
                           char         **value,
                           GError       **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup (reader, object, member, presence, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_type_error (reader, error, member, _("a string"), node);
      return FALSE;
    }

  /* JSON escapes can spell lone surrogates, which are not UTF-8. */
  if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                                _("the text is not valid Unicode"));
      return FALSE;
    }

  if (json_node_get_string (node)[0] == '\0')
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                                _("expected a non-empty string"));
      return FALSE;
    }

  *value = json_node_dup_string (node);

  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

gboolean
dq_json_reader_get_id (DqJsonReader  *reader,
                       JsonObject    *object,
                       const char    *member,
                       DqPresence     presence,
                       char         **value,
                       GError       **error)
{
  if (!dq_json_reader_get_string (reader, object, member, presence, value, error))
    return FALSE;

  if (*value != NULL && !is_valid_id (*value))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                                _("“%s” is not an id: use lower-case letters, digits, “-” and “.”"),
                                *value);
      g_clear_pointer (value, g_free);
      return FALSE;
    }

  return TRUE;
}

gboolean
dq_json_reader_get_choice (DqJsonReader        *reader,
                           JsonObject          *object,
                           const char          *member,
                           DqPresence           presence,
                           const char * const  *choices,
                           int                 *value,
                           GError             **error)
{
  g_autofree char *str = NULL;

  if (!dq_json_reader_get_string (reader, object, member, presence, &str, error))
    return FALSE;

  if (str == NULL)
    return TRUE;

  for (int i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], str))
        {
          *value = i;
          return TRUE;
        }
    }

  {
    g_autofree char *list = g_strjoinv (", ", (GStrv) choices);

    dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                              _("“%s” is not allowed; expected one of: %s"), str, list);
  }

  return FALSE;
}

/**
 * dq_json_reader_get_enum:
 * @reader: a #DqJsonReader
 * @object: the object
 * @member: the member's name
 * @presence: whether the member is required
 * @enum_type: the #GEnum whose nicks are the allowed strings
 * @value: (out): the value of the nick found; left alone when an optional
 *   member is absent
 * @error: the place for an error
 *
 * Reads a string that must be one of the nicks of @enum_type. The error
 * for any other string lists the nicks.
 *
 * Returns: %FALSE with @error set on a wrong or missing value
 */
gboolean
dq_json_reader_get_enum (DqJsonReader  *reader,
                         JsonObject    *object,
                         const char    *member,
                         DqPresence     presence,
                         GType          enum_type,
                         int           *value,
                         GError       **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autofree char *str = NULL;
  const GEnumValue *found;
  g_autoptr(GStrvBuilder) nicks = NULL;
  g_auto(GStrv) list = NULL;
  g_autofree char *joined = NULL;

  if (!dq_json_reader_get_string (reader, object, member, presence, &str, error))
    return FALSE;

  if (str == NULL)
    return TRUE;

  found = g_enum_get_value_by_nick (klass, str);
  if (found != NULL)
    {
      *value = found->value;
      return TRUE;
    }

  nicks = g_strv_builder_new ();
  for (guint i = 0; i < klass->n_values; i++)
    g_strv_builder_add (nicks, klass->values[i].value_nick);
  list = g_strv_builder_end (nicks);
  joined = g_strjoinv (", ", list);
  dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                            _("“%s” is not allowed; expected one of: %s"), str, joined);

  return FALSE;
}

gboolean
dq_json_reader_get_int (DqJsonReader  *reader,
                        JsonObject    *object,
                        const char    *member,
                        DqPresence     presence,
                        gint64         min,
                        gint64         max,
                        gint64        *value,
                        GError       **error)
{
  JsonNode *node;
  double d;

  if (!lookup (reader, object, member, presence, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      set_type_error (reader, error, member, _("a whole number"), node);
      return FALSE;
    }

  d = json_node_get_double (node);
  if (d != floor (d))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_TYPE, member,
                                _("expected a whole number, got %g"), d);
      return FALSE;
    }

  if (d < min || d > max)
    {
      g_autofree char *min_str = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_str = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, member,
                                /* Translators: "3000 is out of range; expected 1000 to 2100" */
                                _("%g is out of range; expected %s to %s"),
                                d, min_str, max_str);
      return FALSE;
    }

  *value = (gint64) d;

  return TRUE;
}

gboolean
dq_json_reader_get_double (DqJsonReader  *reader,
                           JsonObject    *object,
                           const char    *member,
                           DqPresence     presence,
                           gboolean       nullable,
                           double        *value,
                           gboolean      *is_null,
                           GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (is_null != NULL)
    *is_null = FALSE;

  if (node == NULL)
    {
      if (presence == DQ_REQUIRED)
        {
          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_MISSING, member,
                                    _("required member is missing"));
          return FALSE;
        }
      if (is_null != NULL)
        *is_null = TRUE;
      return TRUE;
    }

  if (JSON_NODE_HOLDS_NULL (node) && nullable)
    {
      if (is_null != NULL)
        *is_null = TRUE;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      set_type_error (reader, error, member, nullable ? _("a number or null") : _("a number"),
                      node);
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!isfinite (*value))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, member,
                                _("expected a finite number"));
      return FALSE;
    }

  return TRUE;
}

gboolean
dq_json_reader_get_object (DqJsonReader  *reader,
                           JsonObject    *object,
                           const char    *member,
                           DqPresence     presence,
                           JsonObject   **value,
                           GError       **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup (reader, object, member, presence, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (reader, error, member, _("an object"), node);
      return FALSE;
    }

  *value = json_node_get_object (node);

  return TRUE;
}

gboolean
dq_json_reader_get_array (DqJsonReader  *reader,
                          JsonObject    *object,
                          const char    *member,
                          DqPresence     presence,
                          JsonArray    **value,
                          GError       **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup (reader, object, member, presence, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_type_error (reader, error, member, _("an array"), node);
      return FALSE;
    }

  *value = json_node_get_array (node);

  return TRUE;
}

/**
 * dq_json_reader_array_object:
 * @reader: a reader whose path is at the array
 * @array: the array
 * @index: an index into it
 * @error: the place for an error
 *
 * Returns: (transfer none) (nullable): the object at @index, or %NULL with
 *   @error set when the element is not an object
 */
JsonObject *
dq_json_reader_array_object (DqJsonReader  *reader,
                             JsonArray     *array,
                             guint          index,
                             GError       **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *element = g_strdup_printf ("[%u]", index);
      g_autofree char *path = dq_json_reader_dup_path (reader, NULL);

      g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_TYPE,
                   _("%s: %s%s: expected an object, got %s"),
                   reader->filename, path, element, node_type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

/**
 * dq_json_reader_foreach_object:
 * @reader: a reader
 * @object: the object holding the array
 * @member: the member that is the array
 * @presence: whether the array is required
 * @func: called for each element, with the reader's path at that element
 * @user_data: passed to @func
 * @error: the place for an error
 *
 * Reads an array of objects. Stops at the first element that is not an
 * object or for which @func fails.
 *
 * Returns: %TRUE when every element was read
 */
gboolean
dq_json_reader_foreach_object (DqJsonReader      *reader,
                               JsonObject        *object,
                               const char        *member,
                               DqPresence         presence,
                               DqJsonObjectFunc   func,
                               gpointer           user_data,
                               GError           **error)
{
  JsonArray *array;
  gboolean ok = TRUE;

  if (!dq_json_reader_get_array (reader, object, member, presence, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, member);
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonObject *element = dq_json_reader_array_object (reader, array, i, error);

      if (element == NULL)
        {
          ok = FALSE;
          break;
        }

      dq_json_reader_push_index (reader, i);
      ok = func (reader, element, user_data, error);
      dq_json_reader_pop (reader);
    }
  dq_json_reader_pop (reader);

  return ok;
}

gboolean
dq_json_reader_get_text (DqJsonReader  *reader,
                         JsonObject    *object,
                         const char    *member,
                         DqPresence     presence,
                         DqText       **value,
                         GError       **error)
{
  static const char * const languages[] = { "en", "ru", "kk", NULL };
  g_autofree char *en = NULL;
  g_autofree char *ru = NULL;
  g_autofree char *kk = NULL;
  JsonObject *text;
  gboolean ok;

  *value = NULL;
  if (!dq_json_reader_get_object (reader, object, member, presence, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, member);
  ok = dq_json_reader_check_members (reader, text, languages, error) &&
       dq_json_reader_get_string (reader, text, "en", DQ_REQUIRED, &en, error) &&
       dq_json_reader_get_string (reader, text, "ru", DQ_REQUIRED, &ru, error) &&
       dq_json_reader_get_string (reader, text, "kk", DQ_REQUIRED, &kk, error);
  dq_json_reader_pop (reader);

  if (ok)
    *value = dq_text_new (en, ru, kk);

  return ok;
}

gboolean
dq_json_reader_get_strv (DqJsonReader  *reader,
                         JsonObject    *object,
                         const char    *member,
                         DqPresence     presence,
                         GStrv         *value,
                         GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *value = NULL;
  if (!dq_json_reader_get_array (reader, object, member, presence, &array, error))
    return FALSE;

  if (array != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            {
              g_autofree char *element = g_strdup_printf ("%s[%u]", member, i);

              set_type_error (reader, error, element, _("a string"), node);
              return FALSE;
            }
          if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
            {
              g_autofree char *element = g_strdup_printf ("%s[%u]", member, i);

              dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, element,
                                        _("the text is not valid Unicode"));
              return FALSE;
            }
          g_strv_builder_add (builder, json_node_get_string (node));
        }
    }

  *value = g_strv_builder_end (builder);

  return TRUE;
}

/**
 * dq_json_reader_add_reference:
 * @reader: a reader
 * @kind: what @id names: "document", "place", "group", ...
 * @id: the id
 * @member: the member of the current object that holds @id
 *
 * Records a reference to be checked once every file of the dataset is read,
 * since a file may refer to an entry that a later file defines.
 */
void
dq_json_reader_add_reference (DqJsonReader *reader,
                              const char   *kind,
                              const char   *id,
                              const char   *member)
{
  DqJsonReference *ref = g_new0 (DqJsonReference, 1);

  ref->kind = g_strdup (kind);
  ref->id = g_strdup (id);
  ref->filename = g_strdup (reader->filename);
  ref->path = dq_json_reader_dup_path (reader, member);
  g_ptr_array_add (reader->references, ref);
}

/**
 * dq_json_reader_steal_references:
 * @reader: a reader
 *
 * Returns: (transfer full) (element-type DqJsonReference): the references
 *   recorded so far; the reader starts a new list
 */
GPtrArray *
dq_json_reader_steal_references (DqJsonReader *reader)
{
  GPtrArray *references = reader->references;

  reader->references = g_ptr_array_new_with_free_func ((GDestroyNotify) dq_json_reference_free);

  return references;
}

/**
 * dq_json_check_depth:
 * @data: JSON text
 * @length: the length of @data
 * @max_depth: how many arrays and objects may nest
 * @line: (out): where the nesting first goes deeper, 1-based
 *
 * Scans @data for arrays and objects nested deeper than @max_depth, outside
 * strings, without parsing it. json-glib's parser recurses once a level and
 * runs out of stack on some hundred thousand open brackets, so input is
 * checked with this before it is parsed.
 *
 * Returns: %TRUE when the nesting stays within @max_depth
 */
gboolean
dq_json_check_depth (const char *data,
                     gsize       length,
                     guint       max_depth,
                     guint      *line)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint n_lines = 1;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        n_lines++;

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            {
              *line = n_lines;
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* The lexical checks that json-glib's parser does not make, done on text
 * that it has already accepted: a NUL or a lone surrogate escaped in a
 * string (the parser cuts the string at the NUL, and writes the surrogate
 * as bytes that are not UTF-8), a whole number beyond 64 bits (the parser
 * wraps it round: 2^64 - 1 becomes -1) and a second value after the first
 * (the parser keeps the first and drops the rest). The reader only tracks
 * the JSON path, so that the message names the place. */
typedef struct
{
  DqJsonReader *reader;
  const char   *data;
  gsize         length;
  gsize         pos;
  GQuark        domain;
  int           code;
  /* One frame an open array or object: whether it is an object, the
   * index of the current element, and whether the path has its member or
   * index pushed. */
  GArray       *frames;
} ValueScan;

typedef struct
{
  gboolean object;
  gboolean expect_key;
  gboolean pushed;
  guint    index;
} ScanFrame;

static gboolean
scan_fail (ValueScan   *scan,
           GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
scan_fail (ValueScan   *scan,
           GError     **error,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  dq_json_reader_set_error_valist (scan->reader, error, scan->domain, scan->code, NULL,
                                   format, args);
  va_end (args);

  return FALSE;
}

static gunichar
scan_hex4 (const char *p)
{
  gunichar c = 0;

  for (guint i = 0; i < 4; i++)
    c = c * 16 + g_ascii_xdigit_value (p[i]);

  return c;
}

/* Checks the escapes of the string that starts at scan->pos and leaves
 * scan->pos after it. With @key, returns its text in @key. */
static gboolean
scan_string (ValueScan  *scan,
             char      **key,
             GError    **error)
{
  const char *data = scan->data;
  gsize start = ++scan->pos;

  while (scan->pos < scan->length && data[scan->pos] != '"')
    {
      gunichar c;

      if (data[scan->pos] != '\\')
        {
          scan->pos++;
          continue;
        }
      if (data[scan->pos + 1] != 'u')
        {
          scan->pos += 2;
          continue;
        }

      /* The parser has checked that four hex digits follow. */
      c = scan_hex4 (data + scan->pos + 2);
      scan->pos += 6;
      if (c == 0)
        return scan_fail (scan, error, _("a string holds a NUL character (\\u0000)"));
      if (c >= 0xD800 && c <= 0xDBFF && scan->pos + 6 <= scan->length &&
          data[scan->pos] == '\\' && data[scan->pos + 1] == 'u' &&
          scan_hex4 (data + scan->pos + 2) >= 0xDC00 &&
          scan_hex4 (data + scan->pos + 2) <= 0xDFFF)
        scan->pos += 6;
      else if (c >= 0xD800 && c <= 0xDFFF)
        return scan_fail (scan, error,
                          _("a string holds \\u%04X, half of a surrogate pair, alone; "
                            "it is not a character"), c);
    }

  if (key != NULL)
    *key = g_strndup (data + start, scan->pos - start);
  scan->pos++;

  return TRUE;
}

static gboolean
scan_number (ValueScan  *scan,
             GError    **error)
{
  const char *data = scan->data;
  gsize start = scan->pos;
  gboolean whole = TRUE;
  g_autofree char *number = NULL;
  gint64 value;

  while (scan->pos < scan->length && strchr ("+-0123456789.eE", data[scan->pos]) != NULL &&
         data[scan->pos] != '\0')
    {
      if (strchr (".eE", data[scan->pos]) != NULL)
        whole = FALSE;
      scan->pos++;
    }

  number = g_strndup (data + start, scan->pos - start);
  if (whole && !g_ascii_string_to_signed (number, 10, G_MININT64, G_MAXINT64, &value, NULL))
    /* Translators: "99999999999999999999 is too large" */
    return scan_fail (scan, error, _("%s is too large"), number);

  return TRUE;
}

/* Pushes the place of a value that begins in the innermost array. */
static void
scan_begin_value (ValueScan *scan)
{
  ScanFrame *frame;

  if (scan->frames->len == 0)
    return;

  frame = &g_array_index (scan->frames, ScanFrame, scan->frames->len - 1);
  if (!frame->object && !frame->pushed)
    {
      dq_json_reader_push_index (scan->reader, frame->index);
      frame->pushed = TRUE;
    }
}

static void
scan_end_element (ValueScan *scan)
{
  ScanFrame *frame = &g_array_index (scan->frames, ScanFrame, scan->frames->len - 1);

  if (frame->pushed)
    dq_json_reader_pop (scan->reader);
  frame->pushed = FALSE;
  frame->expect_key = frame->object;
  frame->index++;
}

static gboolean
scan_token (ValueScan  *scan,
            GError    **error)
{
  char c = scan->data[scan->pos];
  ScanFrame *top = scan->frames->len > 0
                   ? &g_array_index (scan->frames, ScanFrame, scan->frames->len - 1)
                   : NULL;

  if (c == '{' || c == '[')
    {
      ScanFrame frame = { c == '{', c == '{', FALSE, 0 };

      scan_begin_value (scan);
      g_array_append_val (scan->frames, frame);
      scan->pos++;
    }
  else if (c == '}' || c == ']')
    {
      scan_end_element (scan);
      g_array_set_size (scan->frames, scan->frames->len - 1);
      scan->pos++;
    }
  else if (c == ',')
    {
      scan_end_element (scan);
      scan->pos++;
    }
  else if (c == '"' && top != NULL && top->expect_key)
    {
      g_autofree char *key = NULL;

      if (!scan_string (scan, &key, error))
        return FALSE;
      dq_json_reader_push_member (scan->reader, key);
      top->pushed = TRUE;
      top->expect_key = FALSE;
    }
  else if (c == '"')
    {
      scan_begin_value (scan);
      return scan_string (scan, NULL, error);
    }
  else if (c == '-' || g_ascii_isdigit (c))
    {
      scan_begin_value (scan);
      return scan_number (scan, error);
    }
  else
    {
      /* ":", or true, false and null, read whole. */
      if (g_ascii_isalpha (c))
        scan_begin_value (scan);
      scan->pos++;
      while (g_ascii_isalpha (c) && scan->pos < scan->length &&
             g_ascii_isalpha (scan->data[scan->pos]))
        scan->pos++;
    }

  return TRUE;
}

static gboolean
check_values (const char  *data,
              gsize        length,
              const char  *filename,
              GQuark       domain,
              int          code,
              GError     **error)
{
  g_autoptr(DqJsonReader) reader = dq_json_reader_new (filename);
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (ScanFrame));
  ValueScan scan = { reader, data, length, 0, domain, code, frames };
  gboolean started = FALSE;

  /* A byte-order mark is not a value. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    scan.pos = 3;

  while (scan.pos < length)
    {
      char c = data[scan.pos];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          scan.pos++;
          continue;
        }

      if (started && frames->len == 0)
        {
          guint line = 1;

          for (gsize i = 0; i < scan.pos; i++)
            line += data[i] == '\n';
          g_set_error (error, domain, code,
                       _("%s:%u: a second JSON value follows the first; a file holds one"),
                       filename, line);
          return FALSE;
        }

      started = TRUE;
      if (!scan_token (&scan, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * dq_json_parse_text:
 * @parser: the parser to load
 * @data: the contents of a file
 * @length: the length of @data
 * @filename: the file's name, for messages
 * @domain: the error domain to report in
 * @code: the error code to report with
 * @error: the place for an error
 *
 * Parses a file's contents as JSON, refusing first what is not JSON text:
 * binary data (an image or an archive given by mistake), text that is not
 * UTF-8, and nesting deep enough to exhaust json-glib's stack; and after
 * parsing what json-glib accepts but reads wrong: a second value after the
 * first, a NUL or a lone surrogate escaped in a string, a whole number
 * beyond 64 bits. Messages name the file and the line, or the JSON path.
 *
 * Returns: whether @parser holds the document
 */
gboolean
dq_json_parse_text (JsonParser  *parser,
                    const char  *data,
                    gsize        length,
                    const char  *filename,
                    GQuark       domain,
                    int          code,
                    GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  guint line;

  /* Text never holds NUL bytes. */
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, domain, code, _("%s: the file is not JSON text: it holds binary data"),
                   filename);
      return FALSE;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, domain, code, _("%s: the file is not UTF-8 text; save it as UTF-8"),
                   filename);
      return FALSE;
    }

  if (!dq_json_check_depth (data, length, DQ_JSON_MAX_DEPTH, &line))
    {
      g_set_error (error, domain, code,
                   _("%s:%u: arrays and objects are nested more than %u levels deep"),
                   filename, line, DQ_JSON_MAX_DEPTH);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      const char *message = parse_error->message;

      /* json-glib names the input "<data>"; name the file instead. */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, domain, code, _("%s: not valid JSON: %s"), filename, message);
      return FALSE;
    }

  return check_values (data, length, filename, domain, code, error);
}
