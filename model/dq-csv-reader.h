/* dq-csv-reader.h
 *
 * Streaming import of CSV and TSV survey microdata into a DqSurveyData.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_TYPE_CSV_READER (dq_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (DqCsvReader, dq_csv_reader, DQ, CSV_READER, GObject)

/**
 * DqCsvReaderWindowFunc:
 * @window: the next rows of the file, as data of their own
 * @first_row: the place of @window's first row among all the file's rows
 * @user_data: the data given with the function
 * @error: the place for an error
 *
 * Takes a window of rows dq_csv_reader_read_file_windows() has read.
 *
 * Returns: %TRUE to go on reading, %FALSE with @error set to stop
 */
typedef gboolean (*DqCsvReaderWindowFunc) (DqSurveyData  *window,
                                           gsize          first_row,
                                           gpointer       user_data,
                                           GError       **error);

DqCsvReader  *dq_csv_reader_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
const char   *dq_csv_reader_get_encoding           (DqCsvReader         *self);
void          dq_csv_reader_set_encoding           (DqCsvReader         *self,
                                                    const char          *encoding);
guint         dq_csv_reader_get_delimiter          (DqCsvReader         *self);
void          dq_csv_reader_set_delimiter          (DqCsvReader         *self,
                                                    guint                delimiter);
void          dq_csv_reader_set_variables          (DqCsvReader         *self,
                                                    const char * const  *names);
const char   *dq_csv_reader_get_detected_encoding  (DqCsvReader         *self);
gboolean      dq_csv_reader_get_encoding_guessed   (DqCsvReader         *self);
guint         dq_csv_reader_get_detected_delimiter (DqCsvReader         *self);
gboolean      dq_csv_reader_has_decimal_comma      (DqCsvReader         *self,
                                                    const char          *name);
DqSurveyData *dq_csv_reader_read_stream            (DqCsvReader         *self,
                                                    GInputStream        *stream,
                                                    const char          *source_name,
                                                    GCancellable        *cancellable,
                                                    GError             **error)
                                                    G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData *dq_csv_reader_read_file              (DqCsvReader         *self,
                                                    GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GError             **error)
                                                    G_GNUC_WARN_UNUSED_RESULT;
gboolean      dq_csv_reader_read_file_windows      (DqCsvReader           *self,
                                                    GFile                 *file,
                                                    DqCsvReaderWindowFunc  func,
                                                    gpointer               user_data,
                                                    GCancellable          *cancellable,
                                                    GError               **error);

G_END_DECLS
