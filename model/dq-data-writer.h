/* dq-data-writer.h
 *
 * Survey data written back to a file, for SPSS, Stata or R to go on from:
 * .sav and .dta through ReadStat's writer, or CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_DATA_WRITER_ERROR (dq_data_writer_error_quark ())

/**
 * DqDataWriterError:
 * @DQ_DATA_WRITER_ERROR_FORMAT: the file's name ends in none of .sav, .dta
 *   and .csv
 * @DQ_DATA_WRITER_ERROR_VARIABLE: a variable cannot be stored in the format,
 *   e.g. a name SPSS does not allow
 * @DQ_DATA_WRITER_ERROR_FAILED: ReadStat could not write the file
 */
typedef enum
{
  DQ_DATA_WRITER_ERROR_FORMAT,
  DQ_DATA_WRITER_ERROR_VARIABLE,
  DQ_DATA_WRITER_ERROR_FAILED,
} DqDataWriterError;

GQuark dq_data_writer_error_quark (void);

/**
 * DqDataFormat:
 * @DQ_DATA_FORMAT_SAV: an SPSS system file
 * @DQ_DATA_FORMAT_DTA: a Stata file
 * @DQ_DATA_FORMAT_CSV: comma-separated values in UTF-8
 */
typedef enum
{
  DQ_DATA_FORMAT_SAV,
  DQ_DATA_FORMAT_DTA,
  DQ_DATA_FORMAT_CSV,
} DqDataFormat;

gboolean dq_data_writer_format_for_file (GFile          *file,
                                         DqDataFormat   *format,
                                         GError        **error);
gboolean dq_data_writer_write           (DqSurveyData   *data,
                                         const guint8   *include,
                                         GFile          *file,
                                         DqDataFormat    format,
                                         gsize          *n_written,
                                         GError        **error);

G_END_DECLS
