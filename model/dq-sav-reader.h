/* dq-sav-reader.h
 *
 * Import of SPSS (.sav, .zsav, .por) and Stata (.dta) files through ReadStat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_TYPE_SAV_READER (dq_sav_reader_get_type ())

G_DECLARE_FINAL_TYPE (DqSavReader, dq_sav_reader, DQ, SAV_READER, GObject)

DqSavReader  *dq_sav_reader_new              (void) G_GNUC_WARN_UNUSED_RESULT;
const char   *dq_sav_reader_get_encoding     (DqSavReader         *self);
void          dq_sav_reader_set_encoding     (DqSavReader         *self,
                                              const char          *encoding);
void          dq_sav_reader_set_variables    (DqSavReader         *self,
                                              const char * const  *names);
const char   *dq_sav_reader_get_file_label   (DqSavReader         *self);
DqSurveyData *dq_sav_reader_read_file        (DqSavReader         *self,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      dq_sav_reader_handles_file     (GFile               *file);

G_END_DECLS
