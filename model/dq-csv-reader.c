/* dq-csv-reader.c
 *
 * Reads CSV and TSV files as researchers of the region receive them: from
 * Excel in a Russian locale (semicolons, decimal commas, Windows-1251), from
 * R or Python (commas, points, UTF-8), or from SPSS exports (tabs).
 *
 * The file is read in blocks of 1 MiB and parsed in place: a record is cut
 * into field slices of the block, and each field goes straight into its
 * column, as a double while the column looks numeric or as a dictionary code
 * otherwise. No string is kept per cell, so a million respondents cost a few
 * arrays of doubles.
 *
 * Delimiters, quotes and line breaks are ASCII in both UTF-8 and Windows-1251,
 * so parsing works on bytes and only the header and the distinct categories
 * of string columns ever need converting. That is why the encoding can be
 * detected after the whole file is read, whichever row holds the first
 * Cyrillic letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-csv-reader.h"

#define BLOCK_SIZE (1024 * 1024)
/* The longest record: survey answers are never this long, but a quote that
 * is never closed would otherwise take the rest of the file into memory. */
#define MAX_RECORD_SIZE (64 * 1024 * 1024)
/* Enough lines to tell a delimiter from a character that merely occurs. */
#define SNIFF_LINES 20
#define INITIAL_CAPACITY 4096

/* The encoding detected when a file is not valid UTF-8: the Cyrillic code
 * page of Windows, which Excel in a Russian or Kazakh locale still writes. */
#define FALLBACK_ENCODING "CP1251"

struct _DqCsvReader
{
  GObject     parent_instance;

  char       *encoding;
  guint       delimiter;
  GStrv       variables;

  /* What the last read found. */
  char       *detected_encoding;
  guint       detected_delimiter;
  GHashTable *decimal_comma;
};

enum {
  PROP_0,
  PROP_ENCODING,
  PROP_DELIMITER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqCsvReader, dq_csv_reader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *start;
  gsize       len;
  /* Quoted, with doubled quotes still to be undone. */
  gboolean    escaped;
} Field;

typedef struct
{
  char       *name;
  gboolean    selected;
  gboolean    is_string;
  gboolean    seen_point;
  gboolean    seen_comma;

  double     *numbers;

  guint32    *codes;
  /* Category bytes → code + 1. */
  GHashTable *index;
  /* The categories, as read (before any conversion to UTF-8). */
  GPtrArray  *categories;
  /* The source row where each category first occurs, for encoding errors. */
  GArray     *first_rows;
} Column;

typedef struct
{
  DqCsvReader *self;
  const char  *source_name;
  guint8       delimiter;
  gboolean     decimal_comma_allowed;
  /* Bytes that end an unquoted field. */
  guint8       stop[256];
  /* NULL until known: from the caller, a byte-order mark or the header. */
  const char  *encoding;

  GArray      *fields;
  guint        fields_allocated;
  GString     *scratch;

  Column      *columns;
  guint        n_columns;
  gboolean     have_header;
  gsize      header_row;

  gsize        n_rows;
  gsize        capacity;
  /* The source row of the record being read (the header is row 1, as in a
   * spreadsheet) and the line it begins on. */
  gsize      row;
  gsize      line;
  guint        pending_blank;
  /* Pairs of (data row, blank rows before it), for DqSurveyData. */
  GArray      *gaps;
} Parser;

typedef enum
{
  RECORD_DONE,
  RECORD_BLANK,
  RECORD_NEED_MORE,
  RECORD_ERROR,
} RecordStatus;

static void
column_clear (Column *column)
{
  g_clear_pointer (&column->name, g_free);
  g_clear_pointer (&column->numbers, g_free);
  g_clear_pointer (&column->codes, g_free);
  g_clear_pointer (&column->index, g_hash_table_unref);
  g_clear_pointer (&column->categories, g_ptr_array_unref);
  g_clear_pointer (&column->first_rows, g_array_unref);
}

static void
parser_clear (Parser *parser)
{
  for (guint i = 0; i < parser->n_columns; i++)
    column_clear (&parser->columns[i]);
  g_clear_pointer (&parser->columns, g_free);
  g_clear_pointer (&parser->fields, g_array_unref);
  if (parser->scratch != NULL)
    g_string_free (g_steal_pointer (&parser->scratch), TRUE);
  g_clear_pointer (&parser->gaps, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parser, parser_clear)

static void
dq_csv_reader_finalize (GObject *object)
{
  DqCsvReader *self = DQ_CSV_READER (object);

  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->variables, g_strfreev);
  g_clear_pointer (&self->detected_encoding, g_free);
  g_clear_pointer (&self->decimal_comma, g_hash_table_unref);

  G_OBJECT_CLASS (dq_csv_reader_parent_class)->finalize (object);
}

static void
dq_csv_reader_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqCsvReader *self = DQ_CSV_READER (object);

  switch (prop_id)
    {
    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;

    case PROP_DELIMITER:
      g_value_set_uint (value, self->delimiter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_csv_reader_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqCsvReader *self = DQ_CSV_READER (object);

  switch (prop_id)
    {
    case PROP_ENCODING:
      dq_csv_reader_set_encoding (self, g_value_get_string (value));
      break;

    case PROP_DELIMITER:
      dq_csv_reader_set_delimiter (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_csv_reader_class_init (DqCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_csv_reader_finalize;
  object_class->get_property = dq_csv_reader_get_property;
  object_class->set_property = dq_csv_reader_set_property;

  /**
   * DqCsvReader:encoding:
   *
   * The encoding of the files to read, or %NULL to detect UTF-8 or
   * Windows-1251.
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqCsvReader:delimiter:
   *
   * The field delimiter, or 0 to detect a comma, semicolon or tab.
   */
  properties[PROP_DELIMITER] =
    g_param_spec_uint ("delimiter", NULL, NULL, 0, 127, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_csv_reader_init (DqCsvReader *self)
{
  self->decimal_comma = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * dq_csv_reader_new:
 *
 * Returns: (transfer full): a reader that detects the encoding and the
 *   delimiter
 */
DqCsvReader *
dq_csv_reader_new (void)
{
  return g_object_new (DQ_TYPE_CSV_READER, NULL);
}

/**
 * dq_csv_reader_get_encoding:
 * @self: a #DqCsvReader
 *
 * Returns: (nullable): the encoding the caller forced
 */
const char *
dq_csv_reader_get_encoding (DqCsvReader *self)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);

  return self->encoding;
}

/**
 * dq_csv_reader_set_encoding:
 * @self: a #DqCsvReader
 * @encoding: (nullable): an encoding iconv knows, such as "UTF-8", "CP1251"
 *   or "UTF-16", or %NULL to detect UTF-8 or Windows-1251
 */
void
dq_csv_reader_set_encoding (DqCsvReader *self,
                            const char  *encoding)
{
  g_return_if_fail (DQ_IS_CSV_READER (self));

  if (g_strcmp0 (self->encoding, encoding) == 0)
    return;

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
}

/**
 * dq_csv_reader_get_delimiter:
 * @self: a #DqCsvReader
 *
 * Returns: the delimiter the caller forced, or 0
 */
guint
dq_csv_reader_get_delimiter (DqCsvReader *self)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), 0);

  return self->delimiter;
}

/**
 * dq_csv_reader_set_delimiter:
 * @self: a #DqCsvReader
 * @delimiter: an ASCII delimiter, or 0 to detect it
 */
void
dq_csv_reader_set_delimiter (DqCsvReader *self,
                             guint        delimiter)
{
  g_return_if_fail (DQ_IS_CSV_READER (self));
  g_return_if_fail (delimiter < 128 && delimiter != '"' && delimiter != '\n' && delimiter != '\r');

  if (self->delimiter == delimiter)
    return;

  self->delimiter = delimiter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIMITER]);
}

/**
 * dq_csv_reader_set_variables:
 * @self: a #DqCsvReader
 * @names: (nullable) (array zero-terminated=1): the variables to keep, or
 *   %NULL for all of them
 *
 * Keeps only some variables, so that a table over three variables of a
 * large file costs three columns of memory. The other columns are still
 * checked for their number of fields.
 */
void
dq_csv_reader_set_variables (DqCsvReader        *self,
                             const char * const *names)
{
  g_return_if_fail (DQ_IS_CSV_READER (self));

  g_strfreev (self->variables);
  self->variables = g_strdupv ((GStrv) names);
}

/**
 * dq_csv_reader_get_detected_encoding:
 * @self: a #DqCsvReader
 *
 * Returns: (nullable): the encoding of the last file read
 */
const char *
dq_csv_reader_get_detected_encoding (DqCsvReader *self)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);

  return self->detected_encoding;
}

/**
 * dq_csv_reader_get_detected_delimiter:
 * @self: a #DqCsvReader
 *
 * Returns: the delimiter of the last file read, or 0
 */
guint
dq_csv_reader_get_detected_delimiter (DqCsvReader *self)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), 0);

  return self->detected_delimiter;
}

/**
 * dq_csv_reader_has_decimal_comma:
 * @self: a #DqCsvReader
 * @name: a variable of the last file read
 *
 * Returns: whether the numbers of @name were written with a decimal comma
 */
gboolean
dq_csv_reader_has_decimal_comma (DqCsvReader *self,
                                 const char  *name)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return g_hash_table_contains (self->decimal_comma, name);
}

/* Errors. Every message begins with the file and, where there is one, the
 * row and column, as the researcher would find them in a spreadsheet. */

static void
set_field_error (Parser             *parser,
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

  g_array_set_size (parser->fields, 0);

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

                    set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_TRUNCATED, parser->row,
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
              set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_SYNTAX, parser->row,
                               parser->fields->len,
                               _("there is text after the closing quote of a quoted field; "
                                 "quotes inside a field must be doubled"));
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

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Parses a whole field as a number. @separator is set to '.' or ',' when
 * the number has a fraction. Small decimals, which are nearly all survey
 * values, are computed as an integer divided by a power of ten: both are
 * exact doubles, so the quotient is correctly rounded, as strtod would give.
 * Anything else goes through g_ascii_strtod. */
static gboolean
parse_number (const char *s,
              gsize       len,
              gboolean    comma_allowed,
              double     *value,
              char       *separator)
{
  const char *p = s;
  const char *end = s + len;
  guint64 mantissa = 0;
  int n_digits = 0;
  int scale = 0;
  int exponent = 0;
  gboolean negative = FALSE;
  gboolean slow = FALSE;

  *separator = '\0';

  while (p < end && *p == ' ')
    p++;
  while (end > p && end[-1] == ' ')
    end--;

  /* Empty, R's NA and Stata's "." are system-missing values. */
  if (p == end || (end - p == 2 && p[0] == 'N' && p[1] == 'A') || (end - p == 1 && *p == '.'))
    {
      *value = NAN;
      return TRUE;
    }

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; p < end && g_ascii_isdigit (*p); p++)
    {
      if (mantissa < G_GUINT64_CONSTANT (100000000000000000))
        mantissa = mantissa * 10 + (*p - '0');
      else
        slow = TRUE;
      n_digits++;
    }

  if (p < end && (*p == '.' || (*p == ',' && comma_allowed)))
    {
      *separator = *p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        {
          /* Leading zeros keep the mantissa small but raise the scale,
           * which must stay within the table. */
          if (mantissa < G_GUINT64_CONSTANT (100000000000000000) &&
              scale < (int) G_N_ELEMENTS (powers_of_ten) - 1)
            {
              mantissa = mantissa * 10 + (*p - '0');
              scale++;
            }
          else
            slow = TRUE;
          n_digits++;
        }
    }

  if (n_digits == 0)
    return FALSE;

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean exponent_negative = FALSE;
      int n_exponent_digits = 0;

      p++;
      if (p < end && (*p == '-' || *p == '+'))
        exponent_negative = *p++ == '-';
      for (; p < end && g_ascii_isdigit (*p); p++, n_exponent_digits++)
        exponent = MIN (exponent * 10 + (*p - '0'), 10000);
      if (n_exponent_digits == 0)
        return FALSE;
      if (exponent_negative)
        exponent = -exponent;
      slow = TRUE;
    }

  if (p != end)
    return FALSE;

  if (!slow && mantissa < (G_GUINT64_CONSTANT (1) << 53))
    {
      double v = (double) mantissa / powers_of_ten[scale];

      *value = negative ? -v : v;
      return TRUE;
    }

  {
    char buffer[128];
    const char *q = s;
    gsize n = 0;
    char *number_end;

    if (len >= sizeof buffer)
      return FALSE;
    for (; q < s + len; q++)
      buffer[n++] = *q == ',' ? '.' : *q;
    buffer[n] = '\0';

    *value = g_ascii_strtod (g_strstrip (buffer), &number_end);

    return *number_end == '\0';
  }
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

static void
grow_columns (Parser *parser)
{
  parser->capacity = MAX (INITIAL_CAPACITY, parser->capacity * 2);

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      if (!column->selected)
        continue;
      if (column->is_string)
        column->codes = g_renew (guint32, column->codes, parser->capacity);
      else
        column->numbers = g_renew (double, column->numbers, parser->capacity);
    }
}

static guint32
intern_category (Column     *column,
                 const char *text,
                 gsize     row)
{
  gpointer code = g_hash_table_lookup (column->index, text);
  char *category;

  if (code != NULL)
    return GPOINTER_TO_UINT (code) - 1;

  category = g_strdup (text);
  g_ptr_array_add (column->categories, category);
  g_array_append_val (column->first_rows, row);
  g_hash_table_insert (column->index, category, GUINT_TO_POINTER (column->categories->len));

  return column->categories->len - 1;
}

/* A column that looked numeric meets its first text. The numbers read so
 * far become categories again, written back with the column's decimal
 * separator; "1.50" comes back as "1.5", which is the price of not keeping
 * every cell's text for the rare column that changes its mind. */
static void
column_to_string (Parser *parser,
                  Column *column)
{
  column->is_string = TRUE;
  column->codes = g_new (guint32, parser->capacity);
  column->index = g_hash_table_new (g_str_hash, g_str_equal);
  column->categories = g_ptr_array_new_with_free_func (g_free);
  column->first_rows = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < parser->n_rows; i++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (column->numbers[i]))
        {
          column->codes[i] = DQ_SURVEY_DATA_NO_CODE;
          continue;
        }

      g_ascii_formatd (buffer, sizeof buffer, "%.15g", column->numbers[i]);
      if (column->seen_comma)
        g_strdelimit (buffer, ".", ',');
      column->codes[i] = intern_category (column, buffer, 0);
    }

  g_clear_pointer (&column->numbers, g_free);
  column->seen_point = column->seen_comma = FALSE;
}

/* The text of a field, quotes undone, in parser->scratch. */
static const char *
field_text (Parser      *parser,
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

static gboolean
store_number (Parser      *parser,
              Column      *column,
              const Field *field)
{
  double value;
  char separator;

  if (!parse_number (field->start, field->len, parser->decimal_comma_allowed, &value,
                     &separator))
    return FALSE;

  if (separator == '.')
    {
      if (column->seen_comma)
        return FALSE;
      column->seen_point = TRUE;
    }
  else if (separator == ',')
    {
      if (column->seen_point)
        return FALSE;
      column->seen_comma = TRUE;
    }

  column->numbers[parser->n_rows] = value;

  return TRUE;
}

static void
store_string (Parser      *parser,
              Column      *column,
              const Field *field)
{
  const char *text = field_text (parser, field);

  column->codes[parser->n_rows] = *text == '\0' ? DQ_SURVEY_DATA_NO_CODE
                                                : intern_category (column, text, parser->row);
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

static gboolean
commit_header (Parser  *parser,
               GError **error)
{
  DqCsvReader *self = parser->self;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean all_numbers = TRUE;
  gboolean header_utf8 = TRUE;

  parser->n_columns = parser->fields->len;
  parser->columns = g_new0 (Column, parser->n_columns);
  parser->header_row = parser->row;

  for (guint i = 0; i < parser->n_columns; i++)
    {
      const Field *field = &g_array_index (parser->fields, Field, i);
      const char *text = field_text (parser, field);
      double value;
      char separator;

      if (!parse_number (text, strlen (text), TRUE, &value, &separator) || isnan (value))
        all_numbers = FALSE;

      parser->columns[i].name = g_strdup (text);
      header_utf8 = header_utf8 && g_utf8_validate (text, -1, NULL);
    }

  if (all_numbers)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_NO_HEADER,
                   _("%s: row %zu holds numbers, not variable names; the "
                     "first row must name the variables"),
                   parser->source_name, parser->row);
      return FALSE;
    }

  /* Without a byte-order mark or a forced encoding, the header decides as
   * soon as it has a byte that cannot be UTF-8, so that the variables the
   * caller asks for can be matched by name. */
  if (parser->encoding == NULL && !header_utf8)
    parser->encoding = FALLBACK_ENCODING;

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      if (parser->encoding != NULL && g_ascii_strcasecmp (parser->encoding, "UTF-8") != 0)
        {
          g_autofree char *converted = g_convert (column->name, -1, "UTF-8", parser->encoding,
                                                  NULL, NULL, NULL);

          if (converted == NULL)
            {
              g_autofree char *problem =
                g_strdup_printf (_("the variable name is not valid %s"), parser->encoding);

              set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING, parser->row, i,
                               problem);
              return FALSE;
            }
          g_free (column->name);
          column->name = g_steal_pointer (&converted);
        }
      else if (!g_utf8_validate (column->name, -1, NULL))
        {
          set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING, parser->row, i,
                           _("the variable name is not valid UTF-8; is the file in another "
                             "encoding, such as Windows-1251?"));
          return FALSE;
        }

      /* SPSS numbers unnamed variables the same way. */
      if (column->name[0] == '\0')
        {
          g_free (column->name);
          column->name = g_strdup_printf ("V%u", i + 1);
        }

      if (g_hash_table_contains (seen, column->name))
        {
          g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_DUPLICATE,
                       _("%s: row %zu: columns %u and %u are both called "
                         "“%s”; every variable needs its own name"),
                       parser->source_name, parser->row,
                       GPOINTER_TO_UINT (g_hash_table_lookup (seen, column->name)), i + 1,
                       column->name);
          return FALSE;
        }
      g_hash_table_insert (seen, column->name, GUINT_TO_POINTER (i + 1));

      column->selected = self->variables == NULL ||
                         g_strv_contains ((const char * const *) self->variables, column->name);
    }

  if (self->variables != NULL)
    {
      for (guint i = 0; self->variables[i] != NULL; i++)
        {
          if (!g_hash_table_contains (seen, self->variables[i]))
            {
              g_autoptr(GPtrArray) names = g_ptr_array_new ();

              for (guint j = 0; j < parser->n_columns; j++)
                g_ptr_array_add (names, parser->columns[j].name);
              g_ptr_array_add (names, NULL);
              dq_survey_data_set_unknown_variable_error (error, parser->source_name,
                                                         self->variables[i],
                                                         (const char * const *) names->pdata);
              return FALSE;
            }
        }
    }

  parser->have_header = TRUE;

  return TRUE;
}

static gboolean
commit_record (Parser  *parser,
               GError **error)
{
  if (!parser->have_header)
    return commit_header (parser, error);

  if (parser->fields->len != parser->n_columns)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_RAGGED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: row %zu has %u field, but the header has %u",
                                "%s: row %zu has %u fields, but the header has %u",
                                parser->fields->len),
                   parser->source_name, parser->row, parser->fields->len, parser->n_columns);
      return FALSE;
    }

  if (parser->pending_blank > 0)
    {
      gsize gap[2] = { parser->n_rows, parser->pending_blank };

      g_array_append_vals (parser->gaps, gap, 2);
      parser->pending_blank = 0;
    }

  if (parser->n_rows == parser->capacity)
    grow_columns (parser);

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];
      const Field *field = &g_array_index (parser->fields, Field, i);

      if (!column->selected)
        continue;

      if (!column->is_string)
        {
          if (store_number (parser, column, field))
            continue;
          column_to_string (parser, column);
        }

      store_string (parser, column, field);
    }

  parser->n_rows++;

  return TRUE;
}

/* Converts the categories to UTF-8 once the encoding is known, or reports
 * the first value that is not in it, with its row and column. */
static gboolean
convert_categories (Parser  *parser,
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
      encoding = (valid || !header_ascii) ? "UTF-8" : FALLBACK_ENCODING;
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
                  set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING, row, i,
                                   _("the text is not valid UTF-8; is the file in another "
                                     "encoding, such as Windows-1251?"));
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

                  set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING, row, i, problem);
                  return FALSE;
                }
              g_free (category);
              g_ptr_array_index (column->categories, j) = converted;
            }
        }
    }

  return TRUE;
}

static DqSurveyData *
build_data (Parser *parser)
{
  DqCsvReader *self = parser->self;
  g_autoptr(DqSurveyData) data = dq_survey_data_new (parser->source_name);

  dq_survey_data_set_first_row (data, parser->header_row + 1);
  for (guint i = 0; i < parser->gaps->len; i += 2)
    dq_survey_data_skip_source_rows (data, g_array_index (parser->gaps, gsize, i),
                                     g_array_index (parser->gaps, gsize, i + 1));

  g_hash_table_remove_all (self->decimal_comma);

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      if (!column->selected)
        continue;

      if (column->is_string)
        {
          GStrv categories;

          g_ptr_array_add (column->categories, NULL);
          categories = (GStrv) g_ptr_array_steal (column->categories, NULL);
          /* Keys are the categories just stolen. */
          g_clear_pointer (&column->index, g_hash_table_unref);
          dq_survey_data_add_string (data, column->name,
                                     g_renew (guint32, g_steal_pointer (&column->codes),
                                              MAX (parser->n_rows, 1)),
                                     parser->n_rows, categories);
        }
      else
        {
          if (column->seen_comma)
            g_hash_table_add (self->decimal_comma, g_strdup (column->name));
          dq_survey_data_add_numeric (data, column->name,
                                      g_renew (double, g_steal_pointer (&column->numbers),
                                               MAX (parser->n_rows, 1)),
                                      parser->n_rows);
        }
    }

  return g_steal_pointer (&data);
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/**
 * dq_csv_reader_read_stream:
 * @self: a #DqCsvReader
 * @stream: the file's contents
 * @source_name: the name of the file, for messages
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads a CSV or TSV file with a header row. Each column becomes a numeric
 * variable when every non-empty value is a number (with a decimal point, or
 * a decimal comma when the delimiter is not a comma), and a string variable
 * otherwise. Empty values, "NA" and "." are system-missing in numeric
 * columns.
 *
 * Returns: (transfer full): the data, or %NULL with @error naming the file,
 *   the row, the column and the problem
 */
DqSurveyData *
dq_csv_reader_read_stream (DqCsvReader   *self,
                           GInputStream  *stream,
                           const char    *source_name,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_auto(Parser) parser = { NULL };
  g_autoptr(GInputStream) input = NULL;
  g_autofree char *buffer = NULL;
  gsize buffer_size = BLOCK_SIZE;
  gsize have = 0;
  gboolean first_block = TRUE;
  gboolean eof = FALSE;

  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser.self = self;
  parser.source_name = source_name;
  parser.fields = g_array_new (FALSE, FALSE, sizeof (Field));
  parser.scratch = g_string_new (NULL);
  parser.gaps = g_array_new (FALSE, FALSE, sizeof (gsize));
  parser.row = 1;
  parser.line = 1;

  g_clear_pointer (&self->detected_encoding, g_free);
  self->detected_delimiter = 0;

  /* A forced encoding other than UTF-8 is converted as the bytes arrive, so
   * that even encodings that are not ASCII-compatible, such as UTF-16, work. */
  if (self->encoding != NULL && !is_utf8_name (self->encoding))
    {
      g_autoptr(GCharsetConverter) converter = NULL;
      g_autoptr(GError) local_error = NULL;

      converter = g_charset_converter_new ("UTF-8", self->encoding, &local_error);
      if (converter == NULL)
        {
          g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                       _("%s: unknown encoding “%s”"), source_name, self->encoding);
          return NULL;
        }
      input = g_converter_input_stream_new (stream, G_CONVERTER (converter));
      parser.encoding = "UTF-8";
    }
  else
    {
      input = g_object_ref (stream);
      if (self->encoding != NULL)
        parser.encoding = "UTF-8";
    }

  buffer = g_malloc (buffer_size);

  while (TRUE)
    {
      g_autoptr(GError) local_error = NULL;
      gsize n_read = 0;
      gsize pos = 0;

      if (!g_input_stream_read_all (input, buffer + have, buffer_size - have, &n_read,
                                    cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
                   g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE))
            g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                         _("%s: near row %zu, the text is not valid %s: %s"),
                         source_name, parser.row, self->encoding, local_error->message);
          else
            g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                         _("%s: %s"), source_name, local_error->message);
          return NULL;
        }
      eof = n_read < buffer_size - have;
      have += n_read;

      if (first_block)
        {
          first_block = FALSE;

          if (have >= 3 && memcmp (buffer, "\xEF\xBB\xBF", 3) == 0)
            {
              pos = 3;
              parser.encoding = "UTF-8";
            }
          else if (have >= 2 && parser.encoding == NULL &&
                   (memcmp (buffer, "\xFF\xFE", 2) == 0 || memcmp (buffer, "\xFE\xFF", 2) == 0))
            {
              g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                           _("%s: the file is in UTF-16; save it as UTF-8, or give its "
                             "encoding as UTF-16"),
                           source_name);
              return NULL;
            }

          if (memchr (buffer + pos, '\0', have - pos) != NULL)
            {
              /* Text never holds NUL bytes: this is an image, an archive
               * or some other binary file with a .csv name. */
              g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                           _("%s: the file is not CSV or TSV text: it holds binary data"),
                           source_name);
              return NULL;
            }
          if (looks_like_json (buffer + pos, buffer + have))
            {
              g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                           _("%s: the file is JSON, not CSV or TSV; survey data is read from "
                             "CSV, TSV, SPSS and Stata files"),
                           source_name);
              return NULL;
            }

          if (self->delimiter != 0)
            parser.delimiter = self->delimiter;
          else
            parser.delimiter = sniff_delimiter (buffer + pos, buffer + have, eof);
          self->detected_delimiter = parser.delimiter;
          /* Under a comma delimiter, a quoted "1,500" is more likely a
           * thousands separator than a decimal comma. */
          parser.decimal_comma_allowed = parser.delimiter != ',';
          parser.stop[parser.delimiter] = 1;
          parser.stop['\n'] = 1;
          parser.stop['\r'] = 1;
        }

      while (pos < have)
        {
          gsize consumed = 0;
          guint n_lines = 0;
          RecordStatus status = tokenize_record (&parser, buffer + pos, buffer + have, eof,
                                                 &consumed, &n_lines, error);

          if (status == RECORD_NEED_MORE)
            break;
          if (status == RECORD_ERROR)
            return NULL;

          if (status == RECORD_BLANK)
            {
              if (parser.have_header)
                parser.pending_blank++;
            }
          else if (!commit_record (&parser, error))
            {
              return NULL;
            }

          pos += consumed;
          parser.row++;
          parser.line += n_lines;
        }

      if (eof)
        break;

      memmove (buffer, buffer + pos, have - pos);
      have -= pos;
      /* One record longer than the buffer: a very long quoted text. */
      if (have == buffer_size)
        {
          if (buffer_size >= MAX_RECORD_SIZE)
            {
              g_autofree char *max_str = g_format_size (MAX_RECORD_SIZE);

              g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                           _("%s: row %zu is longer than %s; a quoted field may not be closed"),
                           source_name, parser.row, max_str);
              return NULL;
            }
          buffer_size *= 2;
          buffer = g_realloc (buffer, buffer_size);
        }
    }

  if (!parser.have_header)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_EMPTY,
                   _("%s: the file is empty; it needs a header row naming the variables and "
                     "a row per respondent"),
                   source_name);
      return NULL;
    }

  if (!convert_categories (&parser, error))
    return NULL;

  return build_data (&parser);
}

/**
 * dq_csv_reader_read_file:
 * @self: a #DqCsvReader
 * @file: a CSV or TSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads @file with dq_csv_reader_read_stream(), naming it by its base name.
 *
 * Returns: (transfer full): the data, or %NULL with @error set
 */
DqSurveyData *
dq_csv_reader_read_file (DqCsvReader   *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  stream = g_file_read (file, cancellable, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (stream == NULL)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                   _("%s: %s"), name, local_error->message);
      return NULL;
    }

  return dq_csv_reader_read_stream (self, G_INPUT_STREAM (stream), name, cancellable, error);
}
