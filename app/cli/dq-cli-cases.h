/* dq-cli-cases.h
 *
 * The options shared by the subcommands that read survey data: the
 * weight, missing codes and encoding, and those that select and derive
 * cases, --filter and --recode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-analysis.h"

G_BEGIN_DECLS

/* The option entries, for a subcommand's table. */
#define DQ_CLI_CASES_ENTRIES(filters, recodes) \
  { "filter", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(filters), \
    N_("Count only respondents who meet a condition, e.g. \"agea >= 30\", \"cntry in 1,2\", " \
       "\"q3 not missing\"; repeat it for several, all of which must hold"), N_("EXPR") }, \
  { "recode", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(recodes), \
    N_("Make a variable by grouping another's values, usable as --row, --col or in --filter, " \
       "e.g. \"ageband = agea: lo thru 29 'Under 30'; 30 thru hi '30+'\""), N_("RECODE") }

/* The options every subcommand that reads survey data takes, and the
 * missing codes they give once read. */
typedef struct
{
  char      *weight;
  gboolean   no_weight;
  char      *missing;
  char      *encoding;
  GStrv      filters;
  GStrv      recodes;
  GArray    *missing_codes;
  GPtrArray *missing_texts;
} DqCliSurveyOptions;

#define DQ_CLI_SURVEY_ENTRIES(options) \
  { "weight", 'w', 0, G_OPTION_ARG_STRING, &(options).weight, \
    N_("The variable of respondents’ weights (default: the weight an SPSS file stores)"), \
    N_("VAR") }, \
  { "no-weight", 0, 0, G_OPTION_ARG_NONE, &(options).no_weight, \
    N_("Count every respondent once, even when the file stores a weight"), NULL }, \
  { "missing", 'm', 0, G_OPTION_ARG_STRING, &(options).missing, \
    N_("Codes to treat as missing values besides those the file declares, numbers or " \
       "answers in quotes, e.g. 9,99,\"Don’t know\""), \
    N_("CODES") }, \
  { "encoding", 'e', 0, G_OPTION_ARG_STRING, &(options).encoding, \
    N_("Encoding of the file, e.g. UTF-8 or CP1251 (default: detected)"), N_("ENC") }, \
  DQ_CLI_CASES_ENTRIES ((options).filters, (options).recodes)

void          dq_cli_survey_options_clear (DqCliSurveyOptions *options);
gboolean      dq_cli_survey_options_check (const char         *command,
                                           DqCliSurveyOptions *options);
DqAnalysis   *dq_cli_survey_open        (DqCliSurveyOptions *options,
                                         const char         *path,
                                         DqSurveyData      **data,
                                         GError            **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData *dq_cli_survey_load        (DqCliSurveyOptions *options,
                                         const char         *path,
                                         DqAnalysis         *analysis,
                                         DqSurveyData       *data,
                                         gboolean            all_variables,
                                         GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DqCliSurveyOptions, dq_cli_survey_options_clear)

gboolean      dq_cli_apply_cases        (const char    *command,
                                         DqAnalysis    *analysis,
                                         GStrv          filters,
                                         GStrv          recodes);
DqAnalysis   *dq_cli_open_analysis      (const char    *path,
                                         const char    *weight,
                                         GArray        *missing_codes,
                                         DqSurveyData **data,
                                         GError       **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData *dq_cli_load_analysis_data (const char    *path,
                                         const char    *encoding,
                                         DqAnalysis    *analysis,
                                         gboolean       all_variables,
                                         GError       **error) G_GNUC_WARN_UNUSED_RESULT;
void          dq_cli_append_filter      (GString       *out,
                                         DqAnalysis    *analysis);

G_END_DECLS
