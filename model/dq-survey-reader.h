/* dq-survey-reader.h
 *
 * One entry point for a researcher's own survey file: CSV and TSV through
 * DqCsvReader, SPSS and Stata through DqSavReader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

/**
 * DqSurveyFormat:
 * @DQ_SURVEY_FORMAT_CSV: text with delimited fields; a comma or semicolon,
 *   or any delimiter before a read has found it
 * @DQ_SURVEY_FORMAT_TSV: text whose delimiter was found to be a tab
 * @DQ_SURVEY_FORMAT_SPSS: an SPSS file (.sav, .zsav or .por)
 * @DQ_SURVEY_FORMAT_STATA: a Stata file (.dta)
 */
typedef enum
{
  DQ_SURVEY_FORMAT_CSV,
  DQ_SURVEY_FORMAT_TSV,
  DQ_SURVEY_FORMAT_SPSS,
  DQ_SURVEY_FORMAT_STATA,
} DqSurveyFormat;

#define DQ_TYPE_SURVEY_READER (dq_survey_reader_get_type ())

G_DECLARE_FINAL_TYPE (DqSurveyReader, dq_survey_reader, DQ, SURVEY_READER, GObject)

DqSurveyFormat       dq_survey_format_for_file               (GFile               *file);
gboolean             dq_survey_format_is_text                (DqSurveyFormat       format);

DqSurveyReader      *dq_survey_reader_new                    (GFile               *file)
                                                              G_GNUC_WARN_UNUSED_RESULT;
GFile               *dq_survey_reader_get_file               (DqSurveyReader      *self);
const char          *dq_survey_reader_get_encoding           (DqSurveyReader      *self);
void                 dq_survey_reader_set_encoding           (DqSurveyReader      *self,
                                                              const char          *encoding);
guint                dq_survey_reader_get_delimiter          (DqSurveyReader      *self);
void                 dq_survey_reader_set_delimiter          (DqSurveyReader      *self,
                                                              guint                delimiter);
void                 dq_survey_reader_set_variables          (DqSurveyReader      *self,
                                                              const char * const  *names);
void                 dq_survey_reader_set_count_values       (DqSurveyReader      *self,
                                                              gboolean             count_values);

DqSurveyData        *dq_survey_reader_read                   (DqSurveyReader      *self,
                                                              GCancellable        *cancellable,
                                                              GError             **error)
                                                              G_GNUC_WARN_UNUSED_RESULT;
void                 dq_survey_reader_read_async             (DqSurveyReader      *self,
                                                              GCancellable        *cancellable,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
DqSurveyData        *dq_survey_reader_read_finish            (DqSurveyReader      *self,
                                                              GAsyncResult        *result,
                                                              GError             **error)
                                                              G_GNUC_WARN_UNUSED_RESULT;

DqSurveyFormat       dq_survey_reader_get_format             (DqSurveyReader      *self);
const char          *dq_survey_reader_get_detected_encoding  (DqSurveyReader      *self);
gboolean             dq_survey_reader_get_encoding_guessed   (DqSurveyReader      *self);
guint                dq_survey_reader_get_detected_delimiter (DqSurveyReader      *self);
gboolean             dq_survey_reader_has_decimal_comma      (DqSurveyReader      *self,
                                                              const char          *name);
const char          *dq_survey_reader_get_file_label         (DqSurveyReader      *self);
const DqValueCounts *dq_survey_reader_get_value_counts       (DqSurveyReader      *self,
                                                              guint                variable);

G_END_DECLS
