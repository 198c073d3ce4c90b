/* dq-cli-cases.c
 *
 * The options of the subcommands that read survey data. --filter and
 * --recode are read into the analysis before the data, so that a mistyped
 * condition is reported before a large file is read, and so that only the
 * variables the analysis needs are kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cli-cases.h"
#include "dq-cli-common.h"
#include "dq-escape.h"
#include "dq-survey-reader.h"

/**
 * dq_cli_survey_options_clear:
 * @options: the options
 *
 * Frees what the options hold and leaves them empty.
 */
void
dq_cli_survey_options_clear (DqCliSurveyOptions *options)
{
  g_clear_pointer (&options->weight, g_free);
  g_clear_pointer (&options->missing, g_free);
  g_clear_pointer (&options->encoding, g_free);
  g_clear_pointer (&options->filters, g_strfreev);
  g_clear_pointer (&options->recodes, g_strfreev);
  g_clear_pointer (&options->missing_codes, g_array_unref);
  g_clear_pointer (&options->missing_texts, g_ptr_array_unref);
}

/**
 * dq_cli_survey_options_check:
 * @command: the subcommand, for messages
 * @options: the options as parsed
 *
 * Checks the options that cannot go together and reads `--missing` into
 * @options' missing codes (numbers) and texts (answers in quotes).
 *
 * Returns: %FALSE after printing a usage error
 */
gboolean
dq_cli_survey_options_check (const char         *command,
                             DqCliSurveyOptions *options)
{
  if (options->weight != NULL && options->no_weight)
    {
      dq_cli_usage_error (command, _("give either --weight or --no-weight"));
      return FALSE;
    }

  options->missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  options->missing_texts = g_ptr_array_new_with_free_func (g_free);
  if (options->missing == NULL)
    return TRUE;

  return dq_cli_parse_missing (command, options->missing, options->missing_codes,
                               options->missing_texts);
}

/**
 * dq_cli_survey_open:
 * @options: the checked options
 * @path: a data file or a project
 * @data: (out) (transfer full): a project's data, or %NULL for a data file
 * @error: the place for an error
 *
 * dq_cli_open_analysis() with the weight and missing codes of @options.
 *
 * Returns: (transfer full) (nullable): the analysis
 */
DqAnalysis *
dq_cli_survey_open (DqCliSurveyOptions *options,
                    const char         *path,
                    DqSurveyData      **data,
                    GError            **error)
{
  return dq_cli_open_analysis (path, options->weight,
                               options->missing != NULL ? options->missing_codes : NULL, data,
                               error);
}

/**
 * dq_cli_survey_load:
 * @options: the checked options
 * @path: the data file
 * @analysis: the analysis, with its variables, filter and recodes
 * @data: (transfer full) (nullable): a project's data, or %NULL to read
 *   @path
 * @all_variables: whether to keep every variable of @path
 * @error: the place for an error
 *
 * The data the analysis runs on: @data, or @path read for the variables
 * @analysis needs; then weighted as SPSS and PSPP weigh (a file by the
 * weight it stores unless the command line names another; a project as it
 * was saved, as the window weighs it; either unweighted with
 * `--no-weight`), with the answers `--missing` gives in quotes declared
 * missing.
 *
 * Returns: (transfer full) (nullable): the data
 */
DqSurveyData *
dq_cli_survey_load (DqCliSurveyOptions *options,
                    const char         *path,
                    DqAnalysis         *analysis,
                    DqSurveyData       *data,
                    gboolean            all_variables,
                    GError            **error)
{
  gboolean from_project = data != NULL;

  if (data == NULL)
    data = dq_cli_load_analysis_data (path, options->encoding, analysis, all_variables, error);
  if (data == NULL)
    return NULL;

  if (!from_project || options->no_weight)
    dq_cli_choose_weight (analysis, data, options->no_weight);
  dq_cli_add_missing_texts (data, options->missing_texts);

  return data;
}

/**
 * dq_cli_apply_cases:
 * @command: the subcommand, for messages
 * @analysis: the analysis, perhaps a project's
 * @filters: (nullable): the --filter options
 * @recodes: (nullable): the --recode options
 *
 * Adds the recodes (replacing a project's of the same name) and the
 * conditions (besides a project's) to @analysis, or prints why one cannot
 * be read.
 *
 * Returns: %FALSE after printing a usage error
 */
gboolean
dq_cli_apply_cases (const char *command,
                    DqAnalysis *analysis,
                    GStrv       filters,
                    GStrv       recodes)
{
  for (guint i = 0; recodes != NULL && recodes[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqRecode) recode = dq_recode_new_from_text (recodes[i], &error);

      if (recode == NULL)
        {
          g_autofree char *message = dq_escape_terminal (error->message);

          dq_cli_usage_error (command, message);
          return FALSE;
        }
      dq_analysis_add_recode (analysis, recode);
    }

  for (guint i = 0; filters != NULL && filters[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!dq_filter_add_text (dq_analysis_get_filter (analysis), filters[i], &error))
        {
          g_autofree char *message = dq_escape_terminal (error->message);

          dq_cli_usage_error (command, message);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * dq_cli_open_analysis:
 * @path: a data file or a project
 * @weight: (nullable): the weight the command line names
 * @missing_codes: (nullable) (element-type double): the missing codes it
 *   gives, or %NULL for none
 * @data: (out) (transfer full): a project's data with its edits, or %NULL
 *   for a data file, which is read once the analysis says what it needs
 * @error: the place for an error
 *
 * The analysis a survey command starts from: a project's, or a new one;
 * then the weight and missing codes of the command line, which replace the
 * project's.
 *
 * Returns: (transfer full) (nullable): the analysis, or %NULL with @error
 *   set when a project cannot be read
 */
DqAnalysis *
dq_cli_open_analysis (const char    *path,
                      const char    *weight,
                      GArray        *missing_codes,
                      DqSurveyData **data,
                      GError       **error)
{
  g_autoptr(DqAnalysis) analysis = NULL;

  *data = NULL;
  if (dq_cli_is_project (path))
    {
      *data = dq_cli_load_project_data (path, &analysis, NULL, error);
      if (*data == NULL)
        return NULL;
    }
  else
    analysis = dq_analysis_new ();

  if (weight != NULL)
    dq_analysis_set_weight (analysis, weight);
  if (missing_codes != NULL)
    dq_analysis_set_missing_codes (analysis, (const double *) (gpointer) missing_codes->data,
                                   missing_codes->len);

  return g_steal_pointer (&analysis);
}

/**
 * dq_cli_load_analysis_data:
 * @path: a data file
 * @encoding: (nullable): its encoding, or %NULL to detect it
 * @analysis: the analysis the data is for
 * @all_variables: whether to keep every variable rather than those the
 *   analysis reads
 * @error: the place for an error
 *
 * Reads survey data, keeping only the variables of the analysis: its row,
 * column, weight, the variables of its filter and the sources of its
 * recodes.
 *
 * Returns: (transfer full) (nullable): the data
 */
DqSurveyData *
dq_cli_load_analysis_data (const char  *path,
                           const char  *encoding,
                           DqAnalysis  *analysis,
                           gboolean     all_variables,
                           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_auto(GStrv) variables = dq_analysis_dup_variables (analysis);

  dq_survey_reader_set_encoding (reader, encoding);
  if (!all_variables)
    dq_survey_reader_set_variables (reader, (const char * const *) variables);

  return dq_cli_read_survey_data (reader, error);
}

/**
 * dq_cli_append_filter:
 * @out: the output
 * @analysis: the analysis
 *
 * Writes the line that says which respondents were selected, when a
 * filter selects some, so that no table is read as that of everyone.
 */
void
dq_cli_append_filter (GString    *out,
                      DqAnalysis *analysis)
{
  g_autofree char *description = dq_filter_describe (dq_analysis_get_filter (analysis));
  g_autofree char *escaped = NULL;

  if (description == NULL)
    return;

  escaped = dq_escape_terminal (description);
  g_string_append_printf (out, "%s\n", escaped);
}
