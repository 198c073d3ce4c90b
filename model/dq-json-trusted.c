/* dq-json-trusted.c
 *
 * A JSON parser for text that the build has already checked: the bundled
 * dataset's files. It builds the same json-glib tree as json-glib's own
 * parser, in about a third of the time (json-glib tokenizes through
 * GScanner, a character at a time), and gives up at the first thing it
 * does not expect, leaving the text to the parser that says what is
 * wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <string.h>

#include "dq-json-text.h"
#include "dq-json-trusted.h"

typedef struct
{
  const char *p;
  const char *end;
  guint       depth;
  /* The unescaped text of the string last read. */
  GString    *buffer;
} Scan;

static JsonNode *parse_value (Scan *scan);

static void
skip_space (Scan *scan)
{
  while (scan->p < scan->end &&
         (*scan->p == ' ' || *scan->p == '\n' || *scan->p == '\r' || *scan->p == '\t'))
    scan->p++;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;

  return -1;
}

/* Reads the four hex digits of a \u escape. */
static gboolean
read_hex4 (Scan     *scan,
           gunichar *c)
{
  *c = 0;
  if (scan->end - scan->p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_digit (*scan->p++);

      if (digit < 0)
        return FALSE;
      *c = *c << 4 | digit;
    }

  return TRUE;
}

/* Reads the escape after a backslash into the buffer. A lone surrogate
 * or a NUL, which json-glib reads its own way, gives up. */
static gboolean
read_escape (Scan *scan)
{
  gunichar c;
  gunichar low;

  if (scan->p >= scan->end)
    return FALSE;

  switch (*scan->p++)
    {
    case '"': g_string_append_c (scan->buffer, '"'); return TRUE;
    case '\\': g_string_append_c (scan->buffer, '\\'); return TRUE;
    case '/': g_string_append_c (scan->buffer, '/'); return TRUE;
    case 'b': g_string_append_c (scan->buffer, '\b'); return TRUE;
    case 'f': g_string_append_c (scan->buffer, '\f'); return TRUE;
    case 'n': g_string_append_c (scan->buffer, '\n'); return TRUE;
    case 'r': g_string_append_c (scan->buffer, '\r'); return TRUE;
    case 't': g_string_append_c (scan->buffer, '\t'); return TRUE;
    case 'u':
      if (!read_hex4 (scan, &c) || c == 0 || (c >= 0xDC00 && c <= 0xDFFF))
        return FALSE;
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          if (scan->end - scan->p < 2 || scan->p[0] != '\\' || scan->p[1] != 'u')
            return FALSE;
          scan->p += 2;
          if (!read_hex4 (scan, &low) || low < 0xDC00 || low > 0xDFFF)
            return FALSE;
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
      g_string_append_unichar (scan->buffer, c);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Reads a string, its opening quote already passed, into the buffer; the
 * string must be UTF-8, as the text outside strings is ASCII. */
static gboolean
read_string (Scan *scan)
{
  g_string_truncate (scan->buffer, 0);

  while (scan->p < scan->end)
    {
      const char *start = scan->p;

      while (scan->p < scan->end && *scan->p != '"' && *scan->p != '\\' &&
             (guchar) *scan->p >= 0x20)
        scan->p++;
      g_string_append_len (scan->buffer, start, scan->p - start);
      if (scan->p >= scan->end || (guchar) *scan->p < 0x20)
        return FALSE;
      if (*scan->p++ == '"')
        return g_utf8_validate (scan->buffer->str, scan->buffer->len, NULL);
      if (!read_escape (scan))
        return FALSE;
    }

  return FALSE;
}

/* A number as json-glib reads it: whole without a fraction or an
 * exponent, else a double. */
static JsonNode *
parse_number (Scan *scan)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  const char *start = scan->p;
  gboolean whole = TRUE;
  gsize length;
  char *end;

  if (scan->p < scan->end && *scan->p == '-')
    scan->p++;
  /* JSON has no leading zeros; json-glib reads them as octal. */
  if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p) ||
      (*scan->p == '0' && scan->p + 1 < scan->end && g_ascii_isdigit (scan->p[1])))
    return NULL;
  while (scan->p < scan->end &&
         (g_ascii_isdigit (*scan->p) || *scan->p == '.' || *scan->p == 'e' || *scan->p == 'E' ||
          *scan->p == '+' || *scan->p == '-'))
    {
      if (!g_ascii_isdigit (*scan->p))
        whole = FALSE;
      scan->p++;
    }

  length = scan->p - start;
  if (length == 0 || length >= sizeof text)
    return NULL;
  memcpy (text, start, length);
  text[length] = '\0';

  if (whole)
    {
      gint64 value = g_ascii_strtoll (text, &end, 10);

      /* A whole number beyond 64 bits is json-glib's to report. */
      if (*end != '\0' || value == G_MAXINT64 || value == G_MININT64)
        return NULL;

      return json_node_init_int (json_node_alloc (), value);
    }
  else
    {
      double value = g_ascii_strtod (text, &end);

      if (*end != '\0')
        return NULL;

      return json_node_init_double (json_node_alloc (), value);
    }
}

static gboolean
skip_word (Scan       *scan,
           const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (scan->end - scan->p) < length || memcmp (scan->p, word, length) != 0)
    return FALSE;
  scan->p += length;

  return TRUE;
}

static JsonNode *
parse_object (Scan *scan)
{
  g_autoptr(JsonObject) object = json_object_new ();

  skip_space (scan);
  if (scan->p < scan->end && *scan->p == '}')
    {
      scan->p++;
      return json_node_init_object (json_node_alloc (), object);
    }

  while (scan->p < scan->end)
    {
      g_autofree char *name = NULL;
      JsonNode *member;

      if (*scan->p++ != '"' || !read_string (scan))
        return NULL;
      name = g_strndup (scan->buffer->str, scan->buffer->len);
      skip_space (scan);
      if (scan->p >= scan->end || *scan->p++ != ':')
        return NULL;
      /* A name given twice is json-glib's to read. */
      member = json_object_has_member (object, name) ? NULL : parse_value (scan);
      if (member == NULL)
        return NULL;
      json_object_set_member (object, name, member);

      skip_space (scan);
      if (scan->p >= scan->end)
        return NULL;
      if (*scan->p == '}')
        {
          scan->p++;
          return json_node_init_object (json_node_alloc (), object);
        }
      if (*scan->p++ != ',')
        return NULL;
      skip_space (scan);
    }

  return NULL;
}

static JsonNode *
parse_array (Scan *scan)
{
  g_autoptr(JsonArray) array = json_array_new ();

  skip_space (scan);
  if (scan->p < scan->end && *scan->p == ']')
    {
      scan->p++;
      return json_node_init_array (json_node_alloc (), array);
    }

  while (scan->p < scan->end)
    {
      JsonNode *element = parse_value (scan);

      if (element == NULL)
        return NULL;
      json_array_add_element (array, element);

      skip_space (scan);
      if (scan->p >= scan->end)
        return NULL;
      if (*scan->p == ']')
        {
          scan->p++;
          return json_node_init_array (json_node_alloc (), array);
        }
      if (*scan->p++ != ',')
        return NULL;
    }

  return NULL;
}

static JsonNode *
parse_value (Scan *scan)
{
  JsonNode *node = NULL;

  skip_space (scan);
  if (scan->p >= scan->end)
    return NULL;

  switch (*scan->p)
    {
    case '{':
    case '[':
      if (scan->depth == DQ_JSON_MAX_DEPTH)
        return NULL;
      scan->depth++;
      node = *scan->p++ == '{' ? parse_object (scan) : parse_array (scan);
      scan->depth--;
      return node;
    case '"':
      scan->p++;
      if (!read_string (scan))
        return NULL;
      return json_node_init_string (json_node_alloc (), scan->buffer->str);
    case 't':
      return skip_word (scan, "true") ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;
    case 'f':
      return skip_word (scan, "false") ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;
    case 'n':
      return skip_word (scan, "null") ? json_node_init_null (json_node_alloc ()) : NULL;
    default:
      return parse_number (scan);
    }
}

/**
 * dq_json_parse_trusted:
 * @data: JSON text that the build checked
 * @length: the length of @data
 *
 * Parses JSON text whose checks (dq_json_parse_text () and the loader's)
 * passed when the program was built, into the tree json-glib's immutable
 * parser would build. It gives up, returning %NULL, at anything json-glib
 * reads its own way or refuses: a syntax error, a name given twice in an
 * object, a NUL or a lone surrogate in a string, text that is not UTF-8,
 * a whole number beyond 64 bits, a second value after the first, nesting
 * deeper than %DQ_JSON_MAX_DEPTH; the caller then parses @data in full.
 *
 * Returns: (transfer full) (nullable): the sealed root, or %NULL
 */
JsonNode *
dq_json_parse_trusted (const char *data,
                       gsize       length)
{
  g_autoptr(GString) buffer = g_string_sized_new (256);
  Scan scan = { data, data + length, 0, buffer };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = parse_value (&scan);
  if (root == NULL)
    return NULL;

  skip_space (&scan);
  if (scan.p != scan.end)
    {
      json_node_unref (root);
      return NULL;
    }

  json_node_seal (root);

  return root;
}
