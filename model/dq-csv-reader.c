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
 * This file holds the reader and its reading loop; detection, the field
 * scanner and the typed columns have files of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-csv-reader-private.h"
#include "dq-input-file.h"

#define BLOCK_SIZE (1024 * 1024)
/* The longest record: survey answers are never this long, but a quote that
 * is never closed would otherwise take the rest of the file into memory. */
#define MAX_RECORD_SIZE (64 * 1024 * 1024)

enum {
  PROP_0,
  PROP_ENCODING,
  PROP_DELIMITER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqCsvReader, dq_csv_reader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

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

/*
 * _dq_csv_reader_set_plain_lines:
 * @enabled: whether plain lines take the scanner's fast way (the default)
 *
 * For tests, which compare what either way reads.
 */
void
_dq_csv_reader_set_plain_lines (DqCsvReader *self,
                                gboolean     enabled)
{
  g_return_if_fail (DQ_IS_CSV_READER (self));

  self->plain_lines_off = !enabled;
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
 * dq_csv_reader_get_encoding_guessed:
 * @self: a #DqCsvReader
 *
 * Returns: whether the last file read was not UTF-8 and had no encoding
 *   given, so that its encoding is a guess, which the caller should name
 */
gboolean
dq_csv_reader_get_encoding_guessed (DqCsvReader *self)
{
  g_return_val_if_fail (DQ_IS_CSV_READER (self), FALSE);

  return self->encoding_guessed;
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
/* Reads the next bytes after the @have kept, telling a cancelled read, a
 * text not in the forced encoding and a failing file apart. */
static gboolean
read_block (Parser        *parser,
            GInputStream  *input,
            char          *buffer,
            gsize          buffer_size,
            gsize         *have,
            gboolean      *eof,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize n_read = 0;

  if (!g_input_stream_read_all (input, buffer + *have, buffer_size - *have, &n_read,
                                cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
               g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE))
        g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                     _("%s: near row %zu, the text is not valid %s: %s"),
                     parser->source_name, parser->row, parser->self->encoding,
                     local_error->message);
      else
        g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                     _("%s: %s"), parser->source_name, local_error->message);
      return FALSE;
    }

  *eof = n_read < buffer_size - *have;
  *have += n_read;

  return TRUE;
}

/* Makes room for a record longer than the buffer, a very long quoted text,
 * up to MAX_RECORD_SIZE. */
static gboolean
grow_buffer (Parser   *parser,
             char    **buffer,
             gsize    *buffer_size,
             GError  **error)
{
  if (*buffer_size >= MAX_RECORD_SIZE)
    {
      g_autofree char *max_str = g_format_size (MAX_RECORD_SIZE);

      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                   _("%s: row %zu is longer than %s; a quoted field may not be closed"),
                   parser->source_name, parser->row, max_str);
      return FALSE;
    }

  *buffer_size *= 2;
  *buffer = g_realloc (*buffer, *buffer_size);

  return TRUE;
}

/* Text never holds NUL bytes. The first block is checked when it is looked
 * at as a whole; the rest as it arrives, so that a NUL after the first
 * block is not taken for the end of a field ("U\0Z" read as "U"). */
static gboolean
check_no_nul (Parser      *parser,
              const char  *buffer,
              gsize        start,
              gsize        have,
              guint64      offset,
              GError     **error)
{
  const char *nul = memchr (buffer + start, '\0', have - start);
  gsize row = parser->row;
  g_autofree char *at = NULL;

  if (nul == NULL)
    return TRUE;

  for (const char *p = memchr (buffer, '\n', nul - buffer); p != NULL;
       p = memchr (p + 1, '\n', nul - p - 1))
    row++;
  /* Counted from 1, as cmp counts bytes. */
  at = g_strdup_printf ("%" G_GUINT64_FORMAT, offset + (nul - buffer) + 1);

  g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
               _("%s: near row %zu, byte %s is a NUL byte, which text never holds: the file "
                 "is not CSV or TSV text, or it is damaged"),
               parser->source_name, row, at);

  return FALSE;
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
  return _dq_csv_reader_read_sized (self, stream, source_name, 0, cancellable, error);
}

/* After the first block, the rows the file will hold at that block's bytes
 * a row, a little more, so that the columns are sized once. At most the
 * rows the file can hold at all: each has its delimiters and a newline. */
static void
expect_rows (Parser *parser,
             guint64 n_bytes)
{
  guint64 rows;

  if (parser->size_hint == 0 || parser->n_rows == 0 || n_bytes == 0)
    return;

  rows = parser->size_hint / n_bytes * parser->n_rows +
         parser->size_hint % n_bytes * parser->n_rows / n_bytes;
  rows += rows / 32 + 1024;
  rows = MIN (rows, parser->size_hint / MAX (parser->n_columns, 1) + 1);
  parser->expected_rows = MIN (rows, G_MAXSIZE / sizeof (double));
}

/* Reads the records of @stream into @parser: its columns, or window after
 * window when it has a window function. */
static gboolean
parse_stream (Parser        *parser,
              GInputStream  *stream,
              GCancellable  *cancellable,
              GError       **error)
{
  DqCsvReader *self = parser->self;
  g_autoptr(GInputStream) input = NULL;
  g_autofree char *buffer = NULL;
  gsize buffer_size = BLOCK_SIZE;
  gsize have = 0;
  gboolean first_block = TRUE;
  gboolean eof = FALSE;
  /* Where the buffer begins in the text. */
  guint64 offset = 0;

  parser->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  parser->scratch = g_string_new (NULL);
  parser->gaps = g_array_new (FALSE, FALSE, sizeof (gsize));
  parser->row = 1;
  parser->line = 1;

  g_clear_pointer (&self->detected_encoding, g_free);
  self->encoding_guessed = FALSE;
  self->detected_delimiter = 0;

  input = _dq_csv_reader_open_input (parser, stream, error);
  if (input == NULL)
    return FALSE;

  buffer = g_malloc (buffer_size);

  while (TRUE)
    {
      gsize pos = 0;
      gsize kept = have;

      if (!read_block (parser, input, buffer, buffer_size, &have, &eof, cancellable, error))
        return FALSE;

      if (first_block)
        {
          first_block = FALSE;
          if (!_dq_csv_reader_begin (parser, buffer, have, eof, &pos, error))
            return FALSE;
        }
      else if (!check_no_nul (parser, buffer, kept, have, offset, error))
        {
          return FALSE;
        }

      if (!_dq_csv_reader_parse_records (parser, buffer, have, eof, &pos, error))
        return FALSE;

      if (eof)
        break;

      if (parser->expected_rows == 0)
        expect_rows (parser, offset + pos);

      memmove (buffer, buffer + pos, have - pos);
      have -= pos;
      offset += pos;
      if (have == buffer_size && !grow_buffer (parser, &buffer, &buffer_size, error))
        return FALSE;
    }

  if (!parser->have_header)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_EMPTY,
                   _("%s: the file is empty; it needs a header row naming the variables and "
                     "a row per respondent"),
                   parser->source_name);
      return FALSE;
    }

  return TRUE;
}

/*
 * _dq_csv_reader_read_sized:
 * @size: the size of the file in bytes, or 0 when it is not known
 *
 * dq_csv_reader_read_stream(), sizing the columns for the rows the file
 * seems to hold once its first block has been read.
 */
DqSurveyData *
_dq_csv_reader_read_sized (DqCsvReader   *self,
                           GInputStream  *stream,
                           const char    *source_name,
                           guint64        size,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_auto(Parser) parser = { NULL };

  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser.self = self;
  parser.source_name = source_name;
  parser.size_hint = size;

  if (!parse_stream (&parser, stream, cancellable, error) ||
      !_dq_csv_reader_convert_categories (&parser, error))
    return NULL;

  return _dq_csv_reader_build_data (&parser);
}

/* Opens @file for reading, naming it by its base name. */
static GInputStream *
open_file (GFile         *file,
           char         **name,
           goffset       *size,
           GCancellable  *cancellable,
           GError       **error)
{
  GError *local_error = NULL;
  GInputStream *stream;

  *name = dq_input_file_dup_display_basename (file);
  stream = dq_input_file_read (file, *name, size, cancellable, &local_error);
  if (stream == NULL)
    dq_survey_data_propagate_file_error (error, local_error);

  return stream;
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
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *name = NULL;
  goffset size = 0;

  g_return_val_if_fail (DQ_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = open_file (file, &name, &size, cancellable, error);
  if (stream == NULL)
    return NULL;

  return _dq_csv_reader_read_sized (self, stream, name, MAX (size, 0), cancellable, error);
}

/**
 * dq_csv_reader_read_file_windows:
 * @self: a #DqCsvReader
 * @file: a CSV or TSV file
 * @func: (scope call): what takes each window of rows
 * @user_data: the data for @func
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads @file as dq_csv_reader_read_file() does, but hands its rows to
 * @func a window of a few thousand at a time instead of keeping them all:
 * the memory a large file would need is never taken. Only files whose
 * selected variables are all numeric can be read so; for any other the
 * read stops with %G_IO_ERROR_NOT_SUPPORTED, perhaps after some windows,
 * and the file is read whole with dq_csv_reader_read_file() instead. Any
 * error may come after some windows.
 *
 * Returns: whether the whole file was read and every window taken
 */
gboolean
dq_csv_reader_read_file_windows (DqCsvReader            *self,
                                 GFile                  *file,
                                 DqCsvReaderWindowFunc   func,
                                 gpointer                user_data,
                                 GCancellable           *cancellable,
                                 GError                **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *name = NULL;
  goffset size = 0;

  g_return_val_if_fail (DQ_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = open_file (file, &name, &size, cancellable, error);
  if (stream == NULL)
    return FALSE;

  return _dq_csv_reader_read_windows (self, stream, name, func, user_data, cancellable, error);
}

/*
 * _dq_csv_reader_read_windows:
 *
 * dq_csv_reader_read_file_windows() of a stream.
 */
gboolean
_dq_csv_reader_read_windows (DqCsvReader            *self,
                             GInputStream           *stream,
                             const char             *source_name,
                             DqCsvReaderWindowFunc   func,
                             gpointer                user_data,
                             GCancellable           *cancellable,
                             GError                **error)
{
  g_auto(Parser) parser = { NULL };

  /* No size: the columns hold a window, not the file. */
  parser.self = self;
  parser.source_name = source_name;
  parser.window_func = func;
  parser.window_data = user_data;

  /* The encoding is settled (and said) as for the whole file. */
  if (!parse_stream (&parser, stream, cancellable, error) ||
      !_dq_csv_reader_convert_categories (&parser, error))
    return FALSE;

  return parser.n_rows == 0 || _dq_csv_reader_pass_window (&parser, error);
}
