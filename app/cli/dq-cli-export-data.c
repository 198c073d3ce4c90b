/* dq-cli-export-data.c
 *
 * `dostyq export-data`: a researcher's survey data, or a project's with its
 * edits, written back as .sav, .dta or CSV with the project's (or the
 * command line's) filter and recodes applied, so that the work goes on in
 * SPSS, PSPP, Stata or R.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-analysis.h"
#include "dq-cli-cases.h"
#include "dq-cli-common.h"
#include "dq-cli-export-data.h"
#include "dq-data-writer.h"
#include "dq-escape.h"

int
dq_cli_export_data_run (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autoptr(DqAnalysis) analysis = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autofree guint8 *mask = NULL;
  g_autofree char *output = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) filters = NULL;
  g_auto(GStrv) recodes = NULL;
  gboolean no_filter = FALSE;
  DqDataFormat format;
  gsize n_written = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .sav (SPSS, PSPP), .dta (Stata 14 and later) or .csv"),
      N_("FILE") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("Encoding of a CSV or TSV file, e.g. UTF-8 or CP1251 (default: detected)"), N_("ENC") },
    DQ_CLI_CASES_ENTRIES (filters, recodes),
    { "no-filter", 0, 0, G_OPTION_ARG_NONE, &no_filter,
      N_("Write every respondent, leaving out a project's filter"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Write survey data as an SPSS (.sav), Stata (.dta) or CSV file, "
                                  "with the respondents the filter keeps and the recoded "
                                  "variables added. FILE is a data file or a project (.dostyq), "
                                  "whose edits, filter and recodes are applied. Variable and "
                                  "value labels are kept, and in .sav the values declared "
                                  "missing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("export-data", error->message);
  if (argc != 2)
    return dq_cli_usage_error ("export-data", _("give exactly one data file or project"));
  if (output == NULL)
    return dq_cli_usage_error ("export-data", _("give the file to write with -o"));

  output_file = g_file_new_for_commandline_arg (output);
  if (!dq_data_writer_format_for_file (output_file, &format, &error))
    return dq_cli_usage_error ("export-data", error->message);

  analysis = dq_cli_open_analysis (argv[1], NULL, NULL, &data, &error);
  if (analysis == NULL)
    return dq_cli_data_error (error);
  if (no_filter)
    dq_filter_clear (dq_analysis_get_filter (analysis));
  if (!dq_cli_apply_cases ("export-data", analysis, filters, recodes))
    return DQ_EXIT_USAGE_ERROR;
  if (data == NULL)
    data = dq_cli_load_analysis_data (argv[1], encoding, analysis, TRUE, &error);
  if (data != NULL)
    prepared = dq_analysis_prepare_data (analysis, data, TRUE, &error);
  if (prepared != NULL)
    mask = dq_analysis_make_mask (analysis, prepared, NULL, &error);

  if (error != NULL)
    {
      if (g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
        return dq_cli_usage_error ("export-data", error->message);
      return dq_cli_data_error (error);
    }

  if (!dq_data_writer_write (prepared, mask, output_file, format, &n_written, &error))
    return dq_cli_data_error (error);

  shown = dq_escape_terminal (output);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "dostyq export-data: %s: %zu respondent, %u variables",
                           "dostyq export-data: %s: %zu respondents, %u variables", n_written),
              shown, n_written, dq_survey_data_get_n_variables (prepared));
  g_printerr ("\n");

  return EXIT_SUCCESS;
}
