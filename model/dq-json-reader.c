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
