/* dq-csv-reader-detect.c
 *
 * What the CSV reader finds out about a file rather than reads from it: a
 * forced encoding's converter, a byte-order mark, files that are not CSV
 * at all (binary, UTF-16, JSON), the delimiter, and at the end the
 * encoding of the text, once every distinct category has been seen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-csv-reader-private.h"

/* Enough lines to tell a delimiter from a character that merely occurs. */
#define SNIFF_LINES 20

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/* Delimiter detection: the candidate that occurs, outside quotes, the same
 * non-zero number of times on each of the first lines. Falls back to the one
 * the header has most of, then to a comma (a file of one column). */
static guint8
sniff_delimiter (const char *p,
                 const char *end,
                 gboolean    eof)
{
  static const guint8 candidates[] = { ',', ';', '\t' };
  guint counts[SNIFF_LINES][G_N_ELEMENTS (candidates)] = { { 0 } };
  guint current[G_N_ELEMENTS (candidates)] = { 0 };
  guint n_lines = 0;
  gsize line_length = 0;
  gboolean in_quotes = FALSE;
  int best = -1;

  for (; p < end && n_lines < SNIFF_LINES; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      if (in_quotes)
        continue;

      if (*p == '\n')
        {
          if (line_length > 0)
            memcpy (counts[n_lines++], current, sizeof current);
          memset (current, 0, sizeof current);
          line_length = 0;
          continue;
        }

      if (*p != '\r')
        line_length++;
      for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
        current[k] += (guint8) *p == candidates[k];
    }
  if (eof && p == end && line_length > 0 && n_lines < SNIFF_LINES)
    memcpy (counts[n_lines++], current, sizeof current);

  if (n_lines == 0)
    return ',';

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      gboolean consistent = counts[0][k] > 0;

      for (guint i = 1; i < n_lines && consistent; i++)
        consistent = counts[i][k] == counts[0][k];
      if (consistent && (best < 0 || counts[0][k] > counts[0][best]))
        best = k;
    }
  if (best >= 0)
    return candidates[best];

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      if (counts[0][k] > 0 && (best < 0 || counts[0][k] > counts[0][best]))
        best = k;
    }

  return best >= 0 ? candidates[best] : ',';
}

/* Whether the text starts like a JSON object or array: a "{" or "[" that
 * no header row of variable names begins with. */
static gboolean
looks_like_json (const char *p,
                 const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p == end)
    return FALSE;
  if (*p == '{')
    return TRUE;
  if (*p != '[')
    return FALSE;

  /* "[" alone could open a bracketed variable name; "[{", "[[" or "[\""
   * cannot. */
  for (p++; p < end && g_ascii_isspace (*p); p++)
    ;

  return p < end && (*p == '{' || *p == '[' || *p == '"');
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guint8) *p >= 0x80)
        return FALSE;
    }

  return TRUE;
}

/* The encoding of the text of the string columns, when the first block was
 * all UTF-8 (or ASCII) and the rest is not. */
static const char *
guess_from_categories (Parser *parser)
{
  g_autoptr(GString) sample = g_string_new (NULL);

  for (guint i = 0; i < parser->n_columns && sample->len < 64 * 1024; i++)
    {
      Column *column = &parser->columns[i];

      for (guint j = 0; column->is_string && j < column->categories->len; j++)
        {
          const char *category = g_ptr_array_index (column->categories, j);

          if (is_ascii (category))
            continue;
          g_string_append (sample, category);
          g_string_append_c (sample, '\n');
        }
    }

  return _dq_csv_reader_guess_encoding (sample->str, sample->len);
}

/* Converts the categories to UTF-8 once the encoding is known, or reports
 * the first value that is not in it, with its row and column. */
gboolean
_dq_csv_reader_convert_categories (Parser  *parser,
                                   GError **error)
{
  const char *encoding = parser->encoding;
  const char *encoding_name;

  if (encoding == NULL)
    {
      gboolean header_ascii = TRUE;
      gboolean valid = TRUE;

      for (guint i = 0; i < parser->n_columns; i++)
        header_ascii = header_ascii && is_ascii (parser->columns[i].name);

      for (guint i = 0; i < parser->n_columns && valid; i++)
        {
          Column *column = &parser->columns[i];

          for (guint j = 0; column->is_string && j < column->categories->len && valid; j++)
            valid = g_utf8_validate (g_ptr_array_index (column->categories, j), -1, NULL);
        }

      /* A header in UTF-8 beyond ASCII with Windows-1251 data would be two
       * encodings in one file: reported below as invalid UTF-8. */
      if (valid || !header_ascii)
        encoding = "UTF-8";
      else
        {
          encoding = parser->guess != NULL ? parser->guess : guess_from_categories (parser);
          parser->self->encoding_guessed = TRUE;
        }
    }
  encoding_name = encoding;

  g_free (parser->self->detected_encoding);
  if (parser->self->encoding != NULL)
    encoding_name = parser->self->encoding;
  parser->self->detected_encoding = g_strdup (encoding_name);

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      for (guint j = 0; column->is_string && j < column->categories->len; j++)
        {
          char *category = g_ptr_array_index (column->categories, j);
          gsize row = g_array_index (column->first_rows, gsize, j);

          if (g_ascii_strcasecmp (encoding, "UTF-8") == 0)
            {
              if (!g_utf8_validate (category, -1, NULL))
                {
                  _dq_csv_reader_set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING,
                                                  row, i,
                                                  _("the text is not valid UTF-8; is the file in "
                                                    "another encoding, such as Windows-1251?"));
                  return FALSE;
                }
            }
          else
            {
              char *converted = g_convert (category, -1, "UTF-8", encoding, NULL, NULL, NULL);

              if (converted == NULL)
                {
                  g_autofree char *problem = g_strdup_printf (_("the text is not valid %s"),
                                                              encoding);

                  _dq_csv_reader_set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING,
                                                  row, i, problem);
                  return FALSE;
                }
              g_free (category);
              g_ptr_array_index (column->categories, j) = converted;
            }
        }
    }

  return TRUE;
}
/* The stream to parse. A forced encoding other than UTF-8 is converted as
 * the bytes arrive, so that even encodings that are not ASCII-compatible,
 * such as UTF-16, work. */
GInputStream *
_dq_csv_reader_open_input (Parser        *parser,
                           GInputStream  *stream,
                           GError       **error)
{
  const char *encoding = parser->self->encoding;
  g_autoptr(GCharsetConverter) converter = NULL;
  g_autoptr(GError) local_error = NULL;

  if (encoding == NULL || is_utf8_name (encoding))
    {
      if (encoding != NULL)
        parser->encoding = "UTF-8";
      return g_object_ref (stream);
    }

  converter = g_charset_converter_new ("UTF-8", encoding, &local_error);
  if (converter == NULL)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                   _("%s: unknown encoding “%s”"), parser->source_name, encoding);
      return NULL;
    }
  parser->encoding = "UTF-8";

  return g_converter_input_stream_new (stream, G_CONVERTER (converter));
}

/* Looks at the first block: skips a byte-order mark (setting *@pos past
 * it), turns away files that are not CSV or TSV text, and settles the
 * delimiter. */
gboolean
_dq_csv_reader_begin (Parser      *parser,
                      const char  *buffer,
                      gsize        have,
                      gboolean     eof,
                      gsize       *pos,
                      GError     **error)
{
  DqCsvReader *self = parser->self;

  if (have >= 3 && memcmp (buffer, "\xEF\xBB\xBF", 3) == 0)
    {
      *pos = 3;
      parser->encoding = "UTF-8";
    }
  /* UTF-32's little-endian mark begins with UTF-16's, so it comes first. */
  else if (have >= 4 && parser->encoding == NULL &&
           (memcmp (buffer, "\xFF\xFE\0\0", 4) == 0 || memcmp (buffer, "\0\0\xFE\xFF", 4) == 0))
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                   _("%s: the file is in UTF-32; save it as UTF-8, or give its "
                     "encoding as UTF-32"),
                   parser->source_name);
      return FALSE;
    }
  else if (have >= 2 && parser->encoding == NULL &&
           (memcmp (buffer, "\xFF\xFE", 2) == 0 || memcmp (buffer, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                   _("%s: the file is in UTF-16; save it as UTF-8, or give its "
                     "encoding as UTF-16"),
                   parser->source_name);
      return FALSE;
    }

  if (memchr (buffer + *pos, '\0', have - *pos) != NULL)
    {
      /* Text never holds NUL bytes: this is an image, an archive or some
       * other binary file with a .csv name. */
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                   _("%s: the file is not CSV or TSV text: it holds binary data"),
                   parser->source_name);
      return FALSE;
    }
  if (looks_like_json (buffer + *pos, buffer + have))
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                   _("%s: the file is JSON, not CSV or TSV; survey data is read from "
                     "CSV, TSV, SPSS and Stata files"),
                   parser->source_name);
      return FALSE;
    }

  /* A first block that is not UTF-8 says most about the encoding: a
   * character cut at its end does not count against it. */
  if (parser->encoding == NULL)
    {
      const char *end = NULL;

      if (!g_utf8_validate_len (buffer + *pos, have - *pos, &end) &&
          (eof || end < buffer + have - 3))
        {
          /* From the line of the first byte that is not UTF-8: the lines
           * before it may be all ASCII, which tells nothing. */
          const char *line = end;

          while (line > buffer + *pos && line[-1] != '\n')
            line--;
          parser->guess = _dq_csv_reader_guess_encoding (line, buffer + have - line);
        }
    }

  if (self->delimiter != 0)
    parser->delimiter = self->delimiter;
  else
    parser->delimiter = sniff_delimiter (buffer + *pos, buffer + have, eof);
  self->detected_delimiter = parser->delimiter;
  /* Under a comma delimiter, a quoted "1,500" is more likely a thousands
   * separator than a decimal comma. */
  parser->decimal_comma_allowed = parser->delimiter != ',';
  parser->stop[parser->delimiter] = 1;
  parser->stop['\n'] = 1;
  parser->stop['\r'] = 1;

  return TRUE;
}
