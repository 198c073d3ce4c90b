/* dq-cli-cases.h
 *
 * The options that select and derive cases, shared by the subcommands that
 * read survey data: --filter and --recode.
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
