/* dq-csv-reader-private.h
 *
 * The parts of the CSV reader share its state through here: the reading
 * loop in dq-csv-reader.c, the detection of encoding, delimiter and
 * formats that are not CSV in dq-csv-reader-detect.c, the field scanner and
 * its loop over records in dq-csv-reader-scan.c, and the typed columns in
 * dq-csv-reader-columns.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-csv-reader.h"

G_BEGIN_DECLS

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
  gboolean    encoding_guessed;
  guint       detected_delimiter;
  GHashTable *decimal_comma;

  /* For tests: every record through the general scanner. */
  gboolean    plain_lines_off;
};

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
  /* The encoding the first block most likely has, when it is not UTF-8. */
  const char  *guess;

  GArray      *fields;
  guint        fields_allocated;
  GString     *scratch;

  Column      *columns;
  guint        n_columns;
  /* Per column, whether it is kept: set with the header when the scanner
   * may take plain lines its fast way, NULL otherwise. */
  guint8      *keep;
  /* The kept columns' indices. */
  guint       *kept;
  guint        n_kept;
  gboolean     have_header;
  gsize        header_row;

  gsize        n_rows;
  gsize        capacity;
  /* The size of the file in bytes, or 0 when unknown, and the rows it is
   * expected to hold once the first block has been read, or 0. */
  guint64      size_hint;
  gsize        expected_rows;
  /* The source row of the record being read (the header is row 1, as in a
   * spreadsheet) and the line it begins on. */
  gsize        row;
  gsize        line;
  guint        pending_blank;
  /* Pairs of (data row, blank rows before it), for DqSurveyData. */
  GArray      *gaps;

  /* When the file is read a window of rows at a time: what takes each
   * window, and the place of the window's first row in the file. */
  DqCsvReaderWindowFunc window_func;
  gpointer     window_data;
  gsize        window_first_row;
} Parser;

typedef enum
{
  RECORD_DONE,
  RECORD_BLANK,
  RECORD_NEED_MORE,
  RECORD_ERROR,
} RecordStatus;

/* dq-csv-reader.c */
void           _dq_csv_reader_set_plain_lines    (DqCsvReader        *self,
                                                  gboolean            enabled);
DqSurveyData  *_dq_csv_reader_read_sized         (DqCsvReader        *self,
                                                  GInputStream       *stream,
                                                  const char         *source_name,
                                                  guint64             size,
                                                  GCancellable       *cancellable,
                                                  GError            **error);
gboolean       _dq_csv_reader_read_windows       (DqCsvReader           *self,
                                                  GInputStream          *stream,
                                                  const char            *source_name,
                                                  DqCsvReaderWindowFunc  func,
                                                  gpointer               user_data,
                                                  GCancellable          *cancellable,
                                                  GError               **error);

/* dq-csv-reader-detect.c */
GInputStream  *_dq_csv_reader_open_input         (Parser             *parser,
                                                  GInputStream       *stream,
                                                  GError            **error);
gboolean       _dq_csv_reader_begin              (Parser             *parser,
                                                  const char         *buffer,
                                                  gsize               have,
                                                  gboolean            eof,
                                                  gsize              *pos,
                                                  GError            **error);
gboolean       _dq_csv_reader_convert_categories (Parser             *parser,
                                                  GError            **error);

/* dq-csv-reader-encoding.c */
const char    *_dq_csv_reader_guess_encoding     (const char         *bytes,
                                                  gsize               length);

/* dq-csv-reader-scan.c */
void           _dq_csv_reader_set_field_error    (Parser             *parser,
                                                  GError            **error,
                                                  DqSurveyDataError   code,
                                                  gsize               row,
                                                  guint               column,
                                                  const char         *problem);
gboolean       _dq_csv_reader_parse_records      (Parser             *parser,
                                                  const char         *buffer,
                                                  gsize               have,
                                                  gboolean            eof,
                                                  gsize              *pos,
                                                  GError            **error);
const char    *_dq_csv_reader_field_text         (Parser             *parser,
                                                  const Field        *field);

/* dq-csv-reader-columns.c */
void           _dq_csv_reader_parser_clear       (Parser             *parser);
gboolean       _dq_csv_reader_commit_record      (Parser             *parser,
                                                  GError            **error);
DqSurveyData  *_dq_csv_reader_build_data         (Parser             *parser);
gboolean       _dq_csv_reader_pass_window        (Parser             *parser,
                                                  GError            **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parser, _dq_csv_reader_parser_clear)

G_END_DECLS
