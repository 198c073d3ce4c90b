/* dq-cli-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cli-common.h"
#include "dq-crosstab.h"
#include "dq-survey-reader.h"

/**
 * dq_cli_load_dataset:
 * @path: (nullable): a dataset file, or %NULL for the bundled dataset
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the dataset
 */
DqDataset *
dq_cli_load_dataset (const char  *path,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return dq_dataset_new_bundled (error);

  file = g_file_new_for_commandline_arg (path);

  return dq_dataset_new_from_file (file, error);
}

/**
 * dq_cli_load_survey_data:
 * @path: a data file: CSV, TSV, SPSS (.sav, .zsav, .por) or Stata (.dta)
 * @encoding: (nullable): the file's encoding, or %NULL to detect it
 * @row: the row variable of the table to make
 * @column: (nullable): its column variable
 * @weight: (nullable): its weight variable
 * @all_variables: whether to keep every variable rather than those three
 * @error: the place for an error
 *
 * Reads a researcher's own survey data for a crosstab with
 * #DqSurveyReader, which chooses the reader the file's name calls for.
 *
 * Returns: (transfer full) (nullable): the data
 */
DqSurveyData *
dq_cli_load_survey_data (const char  *path,
                         const char  *encoding,
                         const char  *row,
                         const char  *column,
                         const char  *weight,
                         gboolean     all_variables,
                         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(DqSurveyReader) reader = NULL;
  const char *variables[4] = { NULL };
  guint n = 0;

  /* Only the variables of the table are kept, so that a large file costs
   * three columns of memory rather than all of them. */
  variables[n++] = row;
  if (column != NULL && g_strcmp0 (column, row) != 0)
    variables[n++] = column;
  if (weight != NULL && g_strcmp0 (weight, row) != 0 && g_strcmp0 (weight, column) != 0)
    variables[n++] = weight;

  reader = dq_survey_reader_new (file);
  dq_survey_reader_set_encoding (reader, encoding);
  if (!all_variables)
    dq_survey_reader_set_variables (reader, variables);

  return dq_survey_reader_read (reader, NULL, error);
}

/**
 * dq_cli_is_project:
 * @path: a file named on the command line
 *
 * Returns: whether @path names a project file rather than a data file
 */
gboolean
dq_cli_is_project (const char *path)
{
  return g_str_has_suffix (path, ".dostyq");
}

/**
 * dq_cli_load_project_data:
 * @path: a `.dostyq` project file
 * @analysis: (out) (transfer full): the project's analysis, for the
 *   command line's options to override
 * @error: the place for an error
 *
 * Reads a project with the survey file it imported and its edits applied,
 * so that the command line computes exactly what the window shows.
 *
 * Returns: (transfer full) (nullable): the project's survey data
 */
DqSurveyData *
dq_cli_load_project_data (const char  *path,
                          DqAnalysis **analysis,
                          GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(DqProject) project = NULL;
  DqSurveyData *data;

  project = dq_project_load (file, NULL, error);
  if (project == NULL)
    return NULL;

  data = dq_project_get_data (project);
  if (data == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: %s is a project file's name */
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_MISSING_FILE,
                   _("%s: the project has no survey data; import a file into it in the window"),
                   name);
      return NULL;
    }

  *analysis = g_object_ref (dq_project_get_analysis (project));

  return g_object_ref (data);
}

/**
 * dq_cli_parse_missing_codes:
 * @command: the subcommand
 * @text: the value of `--missing`, e.g. "9,99"
 * @codes: (element-type double): where the codes are appended
 *
 * Reads `--missing`; on a part that is not a number, says so as a usage
 * error.
 *
 * Returns: %FALSE if @text is not a list of numbers
 */
gboolean
dq_cli_parse_missing_codes (const char *command,
                            const char *text,
                            GArray     *codes)
{
  g_autofree char *bad = NULL;
  g_autofree char *message = NULL;

  if (dq_crosstab_parse_missing_codes (text, codes, &bad))
    return TRUE;

  message = g_strdup_printf (_("“%s” in --missing is not a number; give codes such as 9,99"), bad);
  dq_cli_usage_error (command, message);

  return FALSE;
}

/**
 * dq_cli_usage_error:
 * @command: the subcommand
 * @message: what is wrong with the command line
 *
 * Returns: the exit status for a usage error
 */
int
dq_cli_usage_error (const char *command,
                    const char *message)
{
  g_printerr ("dostyq %s: %s\n", command, message);
  g_printerr (_("Run “dostyq %s --help” for its options."), command);
  g_printerr ("\n");

  return DQ_EXIT_USAGE_ERROR;
}

/**
 * dq_cli_data_error:
 * @error: what went wrong with the data
 *
 * Returns: the exit status for bad input
 */
int
dq_cli_data_error (const GError *error)
{
  g_printerr ("dostyq: %s\n", error->message);

  return DQ_EXIT_DATA_ERROR;
}
