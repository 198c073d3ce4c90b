/* dq-json-text.c
 *
 * JSON text checked before and after json-glib parses it: what is not JSON
 * text at all, nesting that would exhaust json-glib's stack, and what
 * json-glib accepts but reads wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-json-reader.h"
#include "dq-json-text.h"

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

/* Where the first value ends, when it is an array or an object and another
 * value follows it: json-glib would parse the second too, keep the first
 * and leak the rest, so it is given only the first. Returns whether a
 * second value follows, with @end after the first and @line the line of
 * the second. */
static gboolean
find_second_value (const char *data,
                   gsize       length,
                   gsize      *end,
                   guint      *line)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize i = 0;

  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i == length || (data[i] != '{' && data[i] != '['))
    return FALSE;

  for (; i < length; i++)
    {
      char c = data[i];

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
        depth++;
      else if ((c == ']' || c == '}') && --depth == 0)
        break;
    }
  if (i >= length)
    return FALSE;

  *end = ++i;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i == length || strchr ("{[\"-0123456789tfn", data[i]) == NULL)
    return FALSE;

  *line = 1;
  for (gsize j = 0; j < i; j++)
    *line += data[j] == '\n';

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
  gboolean second;
  gsize first_end = 0;
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

  second = find_second_value (data, length, &first_end, &line);
  if (!json_parser_load_from_data (parser, data, second ? first_end : length, &parse_error))
    {
      const char *message = parse_error->message;

      /* json-glib names the input "<data>"; name the file instead. */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, domain, code, _("%s: not valid JSON: %s"), filename, message);
      return FALSE;
    }

  if (second)
    {
      g_set_error (error, domain, code,
                   _("%s:%u: a second JSON value follows the first; a file holds one"),
                   filename, line);
      return FALSE;
    }

  return check_values (data, length, filename, domain, code, error);
}
