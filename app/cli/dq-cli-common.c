/* dq-cli-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cli-common.h"
#include "dq-crosstab.h"
#include "dq-escape.h"
#include "dq-format.h"
#include "dq-survey-reader.h"
#include "dq-text.h"

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
 * #DqSurveyReader, which chooses the reader the file's name calls for. The
 * weight an SPSS file stores is read too. When the encoding of a text file
 * had to be guessed, says which on standard error.
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

  return dq_cli_read_survey_data (reader, error);
}

/**
 * dq_cli_read_survey_data:
 * @reader: a reader, set up
 * @error: the place for an error
 *
 * Reads survey data, and says on standard error which encoding was used
 * when it was a guess.
 *
 * Returns: (transfer full) (nullable): the data
 */
DqSurveyData *
dq_cli_read_survey_data (DqSurveyReader  *reader,
                         GError         **error)
{
  DqSurveyData *data = dq_survey_reader_read (reader, NULL, error);

  /* A guessed encoding is said, on standard error so that a table on
   * standard output stays clean: a wrong guess would garble every label. */
  if (data != NULL && dq_survey_reader_get_encoding_guessed (reader))
    {
      g_autofree char *name = dq_escape_terminal (dq_survey_data_get_source_name (data));

      g_printerr (_("dostyq: %s is not UTF-8; read as %s, the encoding it most likely has "
                    "(give --encoding to choose another)"),
                  name, dq_survey_reader_get_detected_encoding (reader));
      g_printerr ("\n");
    }

  return data;
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
 * @n_corrected: (out) (optional): how many values of the data the
 *   project's edits change, for a chart's source line
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
                          guint       *n_corrected,
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
  if (n_corrected != NULL)
    *n_corrected = dq_project_count_corrected_values (project);

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
 * dq_cli_parse_missing:
 * @command: the subcommand
 * @text: the value of `--missing`, e.g. `9,99,"Затрудняюсь ответить"`
 * @codes: (element-type double): where numeric codes are appended
 * @texts: (element-type utf8): where text codes are appended
 *
 * Reads `--missing` with dq_survey_data_parse_missing_codes(): numbers,
 * and answers given as text.
 *
 * Returns: %FALSE, having said so as a usage error, if a quote is not
 *   closed
 */
gboolean
dq_cli_parse_missing (const char *command,
                      const char *text,
                      GArray     *codes,
                      GPtrArray  *texts)
{
  if (dq_survey_data_parse_missing_codes (text, codes, texts))
    return TRUE;

  dq_cli_usage_error (command, _("a quote in --missing is not closed, or text follows it; give "
                                 "codes such as 9,99,\"Don’t know\""));

  return FALSE;
}

/**
 * dq_cli_add_missing_texts:
 * @data: survey data
 * @texts: (element-type utf8): answers given as missing on the command
 *   line
 *
 * Declares @texts user-missing in the string variables of @data, and warns
 * of one that no string variable has, which is likely mistyped.
 */
void
dq_cli_add_missing_texts (DqSurveyData *data,
                          GPtrArray    *texts)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *one[] = { g_ptr_array_index (texts, i), NULL };

      if (dq_survey_data_add_missing_texts (data, one) == 0)
        {
          g_autofree char *name = dq_escape_terminal (dq_survey_data_get_source_name (data));
          g_autofree char *text = dq_escape_terminal (one[0]);

          g_printerr (_("dostyq: %s: no variable of the table has the answer “%s” given in "
                        "--missing"),
                      name, text);
          g_printerr ("\n");
        }
    }
}

/**
 * dq_cli_choose_weight:
 * @analysis: the analysis the command line asks for
 * @data: its data
 * @no_weight: whether `--no-weight` was given
 *
 * Weights as SPSS and PSPP do: by the weight the file stores unless the
 * command line names another or switches weighting off.
 *
 * Returns: (nullable): the weight variable the table uses
 */
const char *
dq_cli_choose_weight (DqAnalysis   *analysis,
                      DqSurveyData *data,
                      gboolean      no_weight)
{
  if (no_weight)
    dq_analysis_set_weight (analysis, NULL);
  else if (dq_analysis_get_weight (analysis) == NULL)
    dq_analysis_set_weight (analysis, dq_survey_data_get_stored_weight (data));

  return dq_analysis_get_weight (analysis);
}

/**
 * dq_cli_describe_weight:
 * @data: the data of a table
 * @weight: (nullable): the weight the table uses
 * @no_weight: whether `--no-weight` was given
 *
 * Returns: (transfer full): "Weighted by pspwght, the weight stored in the
 *   file", "Weighted by w", "Not weighted" or, when the file's weight was
 *   switched off, says that
 */
char *
dq_cli_describe_weight (DqSurveyData *data,
                        const char   *weight,
                        gboolean      no_weight)
{
  const char *stored = dq_survey_data_get_stored_weight (data);
  g_autofree char *name = weight != NULL ? dq_escape_terminal (weight) : NULL;
  g_autofree char *stored_name = stored != NULL ? dq_escape_terminal (stored) : NULL;

  if (weight != NULL && stored != NULL && dq_survey_data_names_match (weight, stored))
    return g_strdup_printf (_("Weighted by %s, the weight stored in the file (--no-weight "
                              "counts every respondent once)"),
                            name);
  if (weight != NULL)
    return g_strdup_printf (_("Weighted by %s"), name);
  if (stored != NULL && no_weight)
    return g_strdup_printf (_("Not weighted: the weight stored in the file, %s, is switched off"),
                            stored_name);

  return g_strdup (_("Not weighted"));
}

/**
 * dq_cli_describe_counted:
 * @table: a crosstab
 * @source_name: the name of its file, as printed
 *
 * Returns: (transfer full): the source line under a table: the file, how
 *   many respondents were counted, and how many were left out for each
 *   reason, with the first rows left out for their weight
 */
char *
dq_cli_describe_counted (DqCrosstab *table,
                         const char *source_name)
{
  DqLanguage language = dq_language_from_environment ();
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);
  guint64 n_counted = dq_crosstab_get_unweighted (table, n_rows, n_columns);
  gsize n_missing = dq_crosstab_get_n_missing (table);
  gsize n_zero = dq_crosstab_get_n_zero_weight (table);
  gsize n_invalid = dq_crosstab_get_n_invalid_weight (table);
  g_autofree char *counted = dq_format_number (n_counted, 0, language);
  g_autofree char *missing = dq_format_number (n_missing, 0, language);
  GString *line = g_string_new (NULL);

  /* Translators: "Source: survey.sav; 1,204 respondents counted" */
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "Source: %s; %s respondent counted",
                                             "Source: %s; %s respondents counted", n_counted),
                          source_name, counted);
  g_string_append (line, ", ");
  /* Translators: part of the source line: "12 left out as missing" */
  g_string_append_printf (line, _("%s left out as missing"), missing);
  if (n_zero > 0)
    {
      g_autofree char *zero = dq_format_number (n_zero, 0, language);

      g_string_append (line, ", ");
      /* Translators: part of the source line: "3 with a weight of zero" */
      g_string_append_printf (line, _("%s with a weight of zero"), zero);
    }
  if (n_invalid > 0)
    {
      g_autofree char *invalid = dq_format_number (n_invalid, 0, language);
      g_autofree char *rows = dq_crosstab_dup_invalid_weight_rows (table);

      g_string_append (line, ", ");
      /* Translators: part of the source line: "2 left out without a valid weight (row 4,
       * row 9)" */
      g_string_append_printf (line, _("%s left out without a valid weight (%s)"), invalid, rows);
    }

  return g_string_free (line, FALSE);
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
