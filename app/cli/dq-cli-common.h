/* dq-cli-common.h
 *
 * What the subcommands share: loading the dataset or a survey data file,
 * and reporting errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-analysis.h"
#include "dq-crosstab.h"
#include "dq-dataset.h"
#include "dq-project.h"
#include "dq-survey-data.h"
#include "dq-survey-reader.h"

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define DQ_EXIT_DATA_ERROR  1
#define DQ_EXIT_USAGE_ERROR 2

DqDataset    *dq_cli_load_dataset     (const char    *path,
                                       GError       **error);
DqSurveyData *dq_cli_load_survey_data (const char    *path,
                                       const char    *encoding,
                                       const char    *row,
                                       const char    *column,
                                       const char    *weight,
                                       gboolean       all_variables,
                                       GError       **error);
DqSurveyData *dq_cli_read_survey_data (DqSurveyReader *reader,
                                       GError        **error);
gboolean      dq_cli_is_project       (const char    *path);
DqSurveyData *dq_cli_load_project_data (const char   *path,
                                       DqAnalysis  **analysis,
                                       guint        *n_corrected,
                                       GError      **error);
gboolean      dq_cli_parse_missing_codes (const char  *command,
                                          const char  *text,
                                          GArray      *codes);
gboolean      dq_cli_parse_missing    (const char    *command,
                                       const char    *text,
                                       GArray        *codes,
                                       GPtrArray     *texts);
void          dq_cli_add_missing_texts (DqSurveyData *data,
                                        GPtrArray    *texts);
const char   *dq_cli_choose_weight    (DqAnalysis    *analysis,
                                       DqSurveyData  *data,
                                       gboolean       no_weight);
char         *dq_cli_describe_weight  (DqSurveyData  *data,
                                       const char    *weight,
                                       gboolean       no_weight)
                                       G_GNUC_WARN_UNUSED_RESULT;
char         *dq_cli_describe_counted (DqCrosstab    *table,
                                       const char    *source_name)
                                       G_GNUC_WARN_UNUSED_RESULT;
int           dq_cli_usage_error      (const char    *command,
                                       const char    *message);
int           dq_cli_data_error       (const GError  *error);

G_END_DECLS
