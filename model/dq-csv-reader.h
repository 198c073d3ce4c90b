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

G_END_DECLS
