/* dq-cli-mrset.c
 *
 * `dostyq mrset`: the weighted table of multiple-response sets given with
 * --mrset, or a project's: for each category the percentage of respondents
 * who chose it and its share of all responses, with 95 % intervals, as an
 * aligned table or as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "dq-analysis.h"
#include "dq-cli-cases.h"
#include "dq-cli-common.h"
#include "dq-cli-mrset.h"
#include "dq-cli-output.h"
#include "dq-escape.h"
#include "dq-format.h"
#include "dq-text.h"

static void
append_csv_number (GString *out,
                   double   value)
{
  g_autofree char *text = dq_format_decimal (value, 4);

  g_string_append_c (out, ',');
  g_string_append (out, text);
}

static void
write_csv (GString      *out,
           DqMrset      *set,
           DqMrsetTable *table)
{
  for (guint i = 0; i < table->n_categories; i++)
    {
      const DqMrsetCategory *c = &table->categories[i];

      dq_csv_append_field (out, dq_mrset_get_name (set));
      g_string_append_c (out, ',');
      dq_csv_append_field (out, c->value);
      g_string_append_c (out, ',');
      dq_csv_append_field (out, c->label != NULL ? c->label : "");
      append_csv_number (out, c->weighted);
      g_string_append_printf (out, ",%" G_GUINT64_FORMAT, c->n);
      append_csv_number (out, c->respondent_percent);
      append_csv_number (out, c->respondent_low);
      append_csv_number (out, c->respondent_high);
      append_csv_number (out, c->response_percent);
      append_csv_number (out, c->response_low);
      append_csv_number (out, c->response_high);
      g_string_append (out, "\r\n");
    }
}

static void
append_cell (GString    *out,
             const char *text,
             guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  for (glong i = length; i < width; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static char *
format_interval (double     low,
                 double     high,
                 DqLanguage language)
{
  g_autofree char *a = dq_format_number (low, 2, language);
  g_autofree char *b = dq_format_number (high, 2, language);

  return isnan (low) ? g_strdup (a) : g_strdup_printf ("%s–%s", a, b);
}

static void
write_text (GString      *out,
            DqMrset      *set,
            DqMrsetTable *table,
            const char   *weight)
{
  DqLanguage language = dq_language_from_environment ();
  g_autofree char *text = dq_mrset_dup_text (set);
  g_autofree char *escaped = dq_escape_terminal (text);
  g_autofree char *n = dq_format_number (table->n_respondents, 0, language);
  g_autofree char *left_out = dq_format_number (table->n_left_out, 0, language);
  const char *headings[] = {
    _("Respondents, %"), _("95 % CI"), _("Responses, %"), _("95 % CI"), _("Weighted"),
    _("Unweighted"),
  };
  guint widths[G_N_ELEMENTS (headings)];
  guint first = 12;

  g_string_append_printf (out, _("Multiple-response set %s"), escaped);
  g_string_append_c (out, '\n');
  if (weight != NULL)
    g_string_append_printf (out, _("Weighted by %s"), weight);
  else
    g_string_append (out, _("Not weighted"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("%s respondents with a response, %s without"), n, left_out);
  g_string_append (out, "\n\n");

  for (guint i = 0; i < table->n_categories; i++)
    {
      const DqMrsetCategory *c = &table->categories[i];
      g_autofree char *name = g_strdup_printf ("%s %s", c->value, c->label != NULL ? c->label : "");

      first = MAX (first, MIN (g_utf8_strlen (name, -1), 40));
    }
  for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
    widths[k] = MAX (13, g_utf8_strlen (headings[k], -1));

  for (guint k = 0; k < first; k++)
    g_string_append_c (out, ' ');
  for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
    {
      g_string_append (out, "  ");
      append_cell (out, headings[k], widths[k]);
    }
  g_string_append_c (out, '\n');

  for (guint i = 0; i < table->n_categories; i++)
    {
      const DqMrsetCategory *c = &table->categories[i];
      g_autofree char *name = g_strdup_printf ("%s %s", c->value, c->label != NULL ? c->label : "");
      g_autofree char *shown = dq_escape_terminal (name);
      /* Not g_autofree: on an array it frees the first element only. */
      char *cells[G_N_ELEMENTS (headings)] = { NULL };
      glong length = g_utf8_strlen (shown, -1);

      cells[0] = dq_format_number (c->respondent_percent, 2, language);
      cells[1] = format_interval (c->respondent_low, c->respondent_high, language);
      cells[2] = dq_format_number (c->response_percent, 2, language);
      cells[3] = format_interval (c->response_low, c->response_high, language);
      cells[4] = dq_format_number (c->weighted, 2, language);
      cells[5] = dq_format_number (c->n, 0, language);

      g_string_append (out, shown);
      for (glong k = length; k < first; k++)
        g_string_append_c (out, ' ');
      for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
        {
          g_string_append (out, "  ");
          append_cell (out, cells[k], widths[k]);
          g_free (cells[k]);
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_c (out, '\n');
  g_string_append (out, _("Respondents may choose several answers, so the percentages of "
                          "respondents add up to more than 100. The 95 % intervals come "
                          "from linearised standard errors, as R’s survey package computes "
                          "them for a design with weights only."));
  g_string_append (out, "\n\n");
}

int
dq_cli_mrset_run (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqAnalysis) analysis = NULL;
  g_auto(DqCliSurveyOptions) options = { NULL, };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *format = NULL;
  g_auto(GStrv) sets = NULL;
  gboolean csv;
  GListModel *mrsets;
  const GOptionEntry entries[] = {
    { "mrset", 's', 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      N_("A multiple-response set: yes/no variables and the value that counts, e.g. "
         "\"langs = speaks_kk, speaks_ru, speaks_uz: 1\", or variables that hold the answers "
         "chosen, e.g. \"reasons = reason1, reason2\"; repeatable"), N_("SET") },
    DQ_CLI_SURVEY_ENTRIES (options),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (aligned, the default) or csv"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Print the weighted table of multiple-response sets of survey "
                                  "data: for each answer the percentage of respondents who chose "
                                  "it and its share of all responses, with 95 % intervals. FILE "
                                  "may be a project (.dostyq), whose sets are printed unless "
                                  "--mrset gives others."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("mrset", error->message);
  if (argc != 2)
    return dq_cli_usage_error ("mrset", _("give exactly one data file or project"));
  csv = format != NULL && g_str_equal (format, "csv");
  if (format != NULL && !csv && !g_str_equal (format, "text"))
    return dq_cli_usage_error ("mrset", _("unknown format; use csv or text"));
  if (!dq_cli_survey_options_check ("mrset", &options))
    return DQ_EXIT_USAGE_ERROR;

  analysis = dq_cli_survey_open (&options, argv[1], &data, &error);
  if (analysis == NULL)
    return dq_cli_data_error (error);
  if (sets != NULL)
    g_list_store_remove_all (G_LIST_STORE (dq_analysis_get_mrsets (analysis)));
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_autoptr(DqMrset) set = dq_mrset_new_from_text (sets[i], &error);

      if (set == NULL)
        return dq_cli_usage_error ("mrset", error->message);
      dq_analysis_add_mrset (analysis, set);
    }
  mrsets = dq_analysis_get_mrsets (analysis);
  if (g_list_model_get_n_items (mrsets) == 0)
    return dq_cli_usage_error ("mrset", _("give a multiple-response set with --mrset"));
  if (!dq_cli_apply_cases ("mrset", analysis, options.filters, options.recodes))
    return DQ_EXIT_USAGE_ERROR;
  data = dq_cli_survey_load (&options, argv[1], analysis, g_steal_pointer (&data), FALSE, &error);
  if (data == NULL && g_error_matches (error, DQ_SURVEY_DATA_ERROR,
                                       DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
    return dq_cli_usage_error ("mrset", error->message);
  if (data == NULL)
    return dq_cli_data_error (error);

  if (csv)
    g_string_append (out, "set,value,label,weighted_count,unweighted_n,respondent_percent,"
                          "respondent_ci_low,respondent_ci_high,response_percent,"
                          "response_ci_low,response_ci_high\r\n");
  else
    dq_cli_append_filter (out, analysis);

  for (guint i = 0; i < g_list_model_get_n_items (mrsets); i++)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (mrsets, i);
      g_autoptr(DqMrsetTable) table = dq_analysis_compute_mrset (analysis, data, set, &error);

      if (table == NULL)
        {
          if (g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
            return dq_cli_usage_error ("mrset", error->message);
          return dq_cli_data_error (error);
        }
      if (csv)
        write_csv (out, set, table);
      else
        write_text (out, set, table, dq_analysis_get_weight (analysis));
    }

  return dq_cli_write_out ("mrset", out);
}
