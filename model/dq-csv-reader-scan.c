/* dq-csv-reader-scan.c
 *
 * The CSV reader's field scanner: cuts each record of a block into slices
 * of its fields, quotes and all, without copying them, hands the record to
 * the columns, and reports a broken record with its row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-csv-reader-private.h"

/* Errors. Every message begins with the file and, where there is one, the
 * row and column, as the researcher would find them in a spreadsheet. */

void
_dq_csv_reader_set_field_error (Parser             *parser,
                                GError            **error,
                                DqSurveyDataError   code,
                                gsize             row,
                                guint               column,
                                const char         *problem)
{
  if (parser->have_header && column < parser->n_columns)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, code,
                 _("%s: row %zu, column %u (“%s”): %s"),
                 parser->source_name, row, column + 1, parser->columns[column].name, problem);
  else
    g_set_error (error, DQ_SURVEY_DATA_ERROR, code,
                 _("%s: row %zu, column %u: %s"),
                 parser->source_name, row, column + 1, problem);
}

/* Adds a field to parser->fields. g_array_append_val () costs a call and
 * a memcpy () per field, a third of the time of loading a million rows:
 * the array grows in steps instead, and each field is stored in place. */
static inline void
append_field (Parser      *parser,
              const Field *field)
{
  GArray *fields = parser->fields;
  guint n = fields->len;

  if (G_UNLIKELY (n == parser->fields_allocated))
    {
      parser->fields_allocated = MAX (16, 2 * n);
      g_array_set_size (fields, parser->fields_allocated);
    }
  fields->len = n + 1;
  g_array_index (fields, Field, n) = *field;
}

/* The way nearly every line of a survey goes: a line that ends with its
 * newline within the block, whose fields do not begin with a quote, and
 * with no carriage return but one just before the newline. Only the fields
 * of kept columns are stored, at their column's place; the others are only
 * counted, so that a ragged row is still caught by its number of fields.
 * Returns FALSE, having taken nothing, for any other line: the general
 * scanner reads it, quotes, lone carriage returns and all, and the
 * newline need not be looked for again in a line that has none. */
static inline gboolean
scan_plain_line (Parser      *parser,
                 const char  *start,
                 const char  *end,
                 gsize       *consumed)
{
  const char *p = start;
  const guint8 *stop = parser->stop;
  const guint8 *keep = parser->keep;
  Field *fields = (Field *) (gpointer) parser->fields->data;
  guint8 delimiter = parser->delimiter;
  guint n_columns = parser->n_columns;
  const char *newline = memchr (start, '\n', end - start);
  const char *q;
  guint column = 0;

  if (newline == NULL)
    return FALSE;

  /* The newline is a stop byte: no field runs past it. */
  for (;;)
    {
      if (G_UNLIKELY (*p == '"'))
        return FALSE;
      for (q = p; !stop[(guint8) *q]; q++)
        ;
      if (column < n_columns && keep[column])
        {
          fields[column].start = p;
          fields[column].len = q - p;
          fields[column].escaped = FALSE;
        }
      column++;
      if ((guint8) *q != delimiter)
        break;
      p = q + 1;
    }

  if (q != newline && !(*q == '\r' && q + 1 == newline))
    return FALSE;

  parser->fields->len = column;
  *consumed = newline + 1 - start;

  return TRUE;
}

/* Cuts one record starting at @p into parser->fields. Needs more data when
 * the record may continue past @end; at the end of the file it never does. */
static RecordStatus
tokenize_record (Parser      *parser,
                 const char  *p,
                 const char  *end,
                 gboolean     eof,
                 gsize       *consumed,
                 guint       *n_lines,
                 GError     **error)
{
  const char *start = p;
  guint lines = 0;

  /* Shrinking a GArray without clearing is setting its length. */
  parser->fields->len = 0;

  if (*p == '\n' || *p == '\r')
    {
      if (*p++ == '\r')
        {
          if (p == end && !eof)
            return RECORD_NEED_MORE;
          if (p < end && *p == '\n')
            p++;
        }
      *consumed = p - start;
      *n_lines = 1;
      return RECORD_BLANK;
    }

  if (parser->keep != NULL && scan_plain_line (parser, p, end, consumed))
    {
      *n_lines = 1;
      return RECORD_DONE;
    }

  for (;;)
    {
      Field field = { NULL, 0, FALSE };

      if (p < end && *p == '"')
        {
          const char *q = p + 1;

          field.start = q;
          for (;;)
            {
              q = memchr (q, '"', end - q);
              if (q == NULL)
                {
                  if (!eof)
                    return RECORD_NEED_MORE;

                  {
                    g_autofree char *problem =
                      g_strdup_printf (_("the quoted field that begins on line %zu"
                                         " is not closed before the end of the file; the file "
                                         "may be truncated"),
                                       parser->line + lines);

                    _dq_csv_reader_set_field_error (parser, error,
                                                    DQ_SURVEY_DATA_ERROR_TRUNCATED, parser->row,
                                                    parser->fields->len, problem);
                  }
                  return RECORD_ERROR;
                }
              if (q + 1 == end && !eof)
                return RECORD_NEED_MORE;
              if (q + 1 < end && q[1] == '"')
                {
                  field.escaped = TRUE;
                  q += 2;
                  continue;
                }
              break;
            }

          field.len = q - field.start;
          for (const char *nl = memchr (field.start, '\n', field.len); nl != NULL;
               nl = memchr (nl + 1, '\n', q - nl - 1))
            lines++;
          p = q + 1;

          if (p < end && !parser->stop[(guint8) *p])
            {
              _dq_csv_reader_set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_SYNTAX,
                                              parser->row, parser->fields->len,
                                              _("there is text after the closing quote of a "
                                                "quoted field; quotes inside a field must be "
                                                "doubled"));
              return RECORD_ERROR;
            }
        }
      else
        {
          field.start = p;
          while (p < end && !parser->stop[(guint8) *p])
            p++;
          if (p == end && !eof)
            return RECORD_NEED_MORE;
          field.len = p - field.start;
        }

      append_field (parser, &field);

      if (p == end)
        break;
      if ((guint8) *p == parser->delimiter)
        {
          p++;
          continue;
        }

      if (*p++ == '\r')
        {
          if (p == end && !eof)
            return RECORD_NEED_MORE;
          if (p < end && *p == '\n')
            p++;
        }
      lines++;
      break;
    }

  *consumed = p - start;
  *n_lines = lines;

  return RECORD_DONE;
}

/* Cuts the records of the buffer from *@pos and commits them, and leaves
 * *@pos at the first that may go on past what has been read. The scanner
 * is in this file so that the compiler can inline it into this loop: a
 * call a record would cost a tenth of the time of a read. */
gboolean
_dq_csv_reader_parse_records (Parser      *parser,
                              const char  *buffer,
                              gsize        have,
                              gboolean     eof,
                              gsize       *pos,
                              GError     **error)
{
  while (*pos < have)
    {
      gsize consumed = 0;
      guint n_lines = 0;
      RecordStatus status;

      status = tokenize_record (parser, buffer + *pos, buffer + have, eof, &consumed, &n_lines,
                                error);
      if (status == RECORD_NEED_MORE)
        break;
      if (status == RECORD_ERROR)
        return FALSE;

      if (status == RECORD_BLANK)
        {
          if (parser->have_header)
            parser->pending_blank++;
        }
      else if (!_dq_csv_reader_commit_record (parser, error))
        {
          return FALSE;
        }

      *pos += consumed;
      parser->row++;
      parser->line += n_lines;
    }

  return TRUE;
}

/* The text of a field, quotes undone, in parser->scratch. */
const char *
_dq_csv_reader_field_text (Parser      *parser,
                           const Field *field)
{
  g_string_truncate (parser->scratch, 0);

  if (!field->escaped)
    {
      g_string_append_len (parser->scratch, field->start, field->len);
      return parser->scratch->str;
    }

  for (gsize i = 0; i < field->len; i++)
    {
      g_string_append_c (parser->scratch, field->start[i]);
      /* Inside quotes, a quote is always doubled. */
      if (field->start[i] == '"')
        i++;
    }

  return parser->scratch->str;
}
