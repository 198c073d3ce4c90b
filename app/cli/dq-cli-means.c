/* dq-cli-means.c
 *
 * `dostyq means`: the weighted mean of a numeric variable of a researcher's
 * survey file, by the categories of another, with 95 % intervals, n,
 * weighted n and effective n; as text, CSV or JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-analysis.h"
#include "dq-cli-cases.h"
#include "dq-cli-common.h"
#include "dq-cli-output.h"
#include "dq-cli-means.h"
#include "dq-escape.h"
#include "dq-format.h"
#include "dq-means.h"
#include "dq-text.h"

static void
write_csv (GString *out,
           DqMeans *means)
{
  guint n_groups = dq_means_get_n_groups (means);

  g_string_append (out, "value,label,mean,ci_low,ci_high,standard_error,n,weighted_n,"
                        "effective_n\r\n");
  for (guint g = 0; g <= n_groups; g++)
    {
      double low, high;

      dq_means_get_interval (means, g, &low, &high);
      dq_csv_append_field (out, g < n_groups ? dq_means_get_group_value (means, g) : "");
      g_string_append_c (out, ',');
      dq_csv_append_field (out, g < n_groups ? dq_means_get_group_label (means, g) : "Total");
      g_string_append_c (out, ',');
      dq_cli_append_csv_number (out, dq_means_get_mean (means, g), 6);
      g_string_append_c (out, ',');
      dq_cli_append_csv_number (out, low, 6);
      g_string_append_c (out, ',');
      dq_cli_append_csv_number (out, high, 6);
      g_string_append_c (out, ',');
      dq_cli_append_csv_number (out, dq_means_get_standard_error (means, g), 6);
      g_string_append_printf (out, ",%" G_GUINT64_FORMAT ",", dq_means_get_n (means, g));
      dq_cli_append_csv_number (out, dq_means_get_weighted_n (means, g), 4);
      g_string_append_c (out, ',');
      dq_cli_append_csv_number (out, dq_means_get_effective_n (means, g), 2);
      g_string_append (out, "\r\n");
    }
}

static void
add_group (JsonBuilder *builder,
           DqMeans     *means,
           guint        g)
{
  guint n_groups = dq_means_get_n_groups (means);
  double low, high;

  dq_means_get_interval (means, g, &low, &high);
  json_builder_begin_object (builder);
  if (g < n_groups)
    {
      dq_cli_json_add_string (builder, "value", dq_means_get_group_value (means, g));
      dq_cli_json_add_string (builder, "label", dq_means_get_group_label (means, g));
    }
  dq_cli_json_add_number (builder, "mean", dq_means_get_mean (means, g));
  dq_cli_json_add_number (builder, "ci_low", low);
  dq_cli_json_add_number (builder, "ci_high", high);
  dq_cli_json_add_number (builder, "standard_error", dq_means_get_standard_error (means, g));
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, (gint64) dq_means_get_n (means, g));
  dq_cli_json_add_number (builder, "weighted_n", dq_means_get_weighted_n (means, g));
  dq_cli_json_add_number (builder, "effective_n", dq_means_get_effective_n (means, g));
  json_builder_end_object (builder);
}

static void
write_json (GString *out,
            DqMeans *means)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *text = NULL;
  guint n_groups = dq_means_get_n_groups (means);

  json_builder_begin_object (builder);
  dq_cli_json_add_string (builder, "file",
                          dq_survey_data_get_source_name (dq_means_get_data (means)));
  dq_cli_json_add_string (builder, "variable", dq_means_get_variable (means));
  dq_cli_json_add_string (builder, "by", dq_means_get_group_variable (means));
  dq_cli_json_add_string (builder, "weight", dq_means_get_weight_variable (means));
  json_builder_set_member_name (builder, "excluded");
  json_builder_add_int_value (builder, dq_means_get_n_excluded (means));
  json_builder_set_member_name (builder, "filtered_out");
  json_builder_add_int_value (builder, dq_means_get_n_filtered (means));
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint g = 0; g < n_groups; g++)
    add_group (builder, means, g);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "total");
  add_group (builder, means, n_groups);
  json_builder_end_object (builder);

  text = dq_cli_json_to_text (builder);
  g_string_append (out, text);
}

static char *
describe_group (DqMeans *means,
                guint    g)
{
  const char *value = dq_means_get_group_value (means, g);
  const char *label = dq_means_get_group_label (means, g);
  g_autofree char *text = label == NULL ? g_strdup (value)
                                         : g_strdup_printf ("%s %s", value, label);

  return dq_escape_terminal (text);
}

static void
write_text (GString *out,
            DqMeans *means)
{
  DqLanguage language = dq_language_from_environment ();
  guint n_groups = dq_means_get_n_groups (means);
  g_autofree char *variable = dq_escape_terminal (dq_means_get_variable (means));
  g_autofree char *source = dq_escape_terminal (dq_survey_data_get_source_name (
                                                  dq_means_get_data (means)));
  g_autofree char *excluded = dq_format_number (dq_means_get_n_excluded (means), 0, language);
  const char *headings[6] = {
    "", _("Mean"), _("95 % CI"), _("n"), _("Weighted n"), _("Effective n"),
  };
  guint widths[6] = { 8, 9, 17, 7, 12, 11 };
  /* The groups' heading, as long as the table is written. */
  g_autofree char *by = NULL;

  if (dq_means_get_group_variable (means) != NULL)
    {
      by = dq_escape_terminal (dq_means_get_group_variable (means));
      g_string_append_printf (out, _("Mean of %s by %s"), variable, by);
      headings[0] = by;
    }
  else
    g_string_append_printf (out, _("Mean of %s"), variable);
  g_string_append_c (out, '\n');
  if (dq_means_get_weight_variable (means) != NULL)
    {
      g_autofree char *weight = dq_escape_terminal (dq_means_get_weight_variable (means));

      g_string_append_printf (out, _("Weighted by %s"), weight);
    }
  else
    g_string_append (out, _("Not weighted"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Source: %s; %s left out as missing"), source, excluded);
  g_string_append (out, "\n\n");

  for (guint g = 0; g <= n_groups; g++)
    {
      g_autofree char *group = describe_group (means, g);

      widths[0] = MAX (widths[0], MIN (g_utf8_strlen (group, -1), 32));
    }
  for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
    {
      widths[k] = MAX (widths[k], g_utf8_strlen (headings[k], -1));
      if (k > 0)
        g_string_append (out, "  ");
      dq_cli_append_padded (out, headings[k], widths[k], k > 0);
    }
  g_string_append_c (out, '\n');

  for (guint g = 0; g <= n_groups; g++)
    {
      g_autofree char *group = describe_group (means, g);
      g_autofree char *mean = dq_format_number (dq_means_get_mean (means, g), 2, language);
      g_autofree char *low_text = NULL;
      g_autofree char *high_text = NULL;
      g_autofree char *interval = NULL;
      g_autofree char *n = dq_format_number (dq_means_get_n (means, g), 0, language);
      g_autofree char *weighted = dq_format_number (dq_means_get_weighted_n (means, g), 1,
                                                    language);
      g_autofree char *effective = dq_format_number (dq_means_get_effective_n (means, g), 1,
                                                     language);
      double low, high;

      dq_means_get_interval (means, g, &low, &high);
      low_text = dq_format_number (low, 2, language);
      high_text = dq_format_number (high, 2, language);
      interval = isnan (low) ? g_strdup (low_text) : g_strdup_printf ("%s–%s", low_text, high_text);

      dq_cli_append_padded (out, group, widths[0], FALSE);
      g_string_append (out, "  ");
      dq_cli_append_padded (out, mean, widths[1], TRUE);
      g_string_append (out, "  ");
      dq_cli_append_padded (out, interval, widths[2], TRUE);
      g_string_append (out, "  ");
      dq_cli_append_padded (out, n, widths[3], TRUE);
      g_string_append (out, "  ");
      dq_cli_append_padded (out, weighted, widths[4], TRUE);
      g_string_append (out, "  ");
      dq_cli_append_padded (out, effective, widths[5], TRUE);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\n%s\n", dq_means_describe_method ());
}

int
dq_cli_means_run (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqAnalysis) analysis = NULL;
  g_autoptr(DqMeans) means = NULL;
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autofree guint8 *include = NULL;
  g_auto(DqCliSurveyOptions) options = { NULL, };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *variable = NULL;
  g_autofree char *by = NULL;
  g_autofree char *format = NULL;
  const double *codes;
  guint n_codes;
  const GOptionEntry entries[] = {
    { "var", 'v', 0, G_OPTION_ARG_STRING, &variable,
      N_("The numeric variable to average, e.g. age or a 0–10 scale"), N_("VAR") },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by,
      N_("The variable whose categories are the groups; without it, one mean of all"),
      N_("VAR") },
    DQ_CLI_SURVEY_ENTRIES (options),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (aligned, the default), csv or json"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Print weighted means of a numeric variable of survey "
                                  "microdata (CSV, TSV, SPSS or Stata file, or a project), by "
                                  "group: the mean, its 95 % confidence interval, n, weighted n "
                                  "and effective n."));
  g_option_context_set_description (context, dq_means_describe_method ());
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("means", error->message);
  if (argc != 2)
    return dq_cli_usage_error ("means", _("give exactly one data file"));
  if (variable == NULL)
    return dq_cli_usage_error ("means", _("give the variable to average with --var"));
  if (dq_cli_check_format ("means", format) != 0 ||
      !dq_cli_survey_options_check ("means", &options))
    return DQ_EXIT_USAGE_ERROR;

  /* A project gives its data with its edits, and its weight and missing
   * codes unless the command line gives others; a file its stored weight. */
  analysis = dq_cli_survey_open (&options, argv[1], &data, &error);
  if (analysis == NULL)
    return dq_cli_data_error (error);
  /* The variable and the groups as the analysis's row and column, so that
   * a recode may make them and the filter's variables are read too. */
  dq_analysis_set_row_variable (analysis, variable);
  dq_analysis_set_column_variable (analysis, by);
  if (!dq_cli_apply_cases ("means", analysis, options.filters, options.recodes))
    return DQ_EXIT_USAGE_ERROR;
  data = dq_cli_survey_load (&options, argv[1], analysis, g_steal_pointer (&data), FALSE, &error);
  codes = dq_analysis_get_missing_codes (analysis, &n_codes);
  /* Only the respondents the filter keeps. */
  if (data != NULL)
    {
      prepared = dq_analysis_prepare_cases (analysis, data, &include, &error);
      if (prepared != NULL)
        means = dq_means_new (prepared, variable, by, dq_analysis_get_weight (analysis), codes,
                              n_codes, include, &error);
    }
  if (means == NULL)
    {
      if (g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
        return dq_cli_usage_error ("means", error->message);
      return dq_cli_data_error (error);
    }

  if (format != NULL && g_str_equal (format, "csv"))
    write_csv (out, means);
  else if (format != NULL && g_str_equal (format, "json"))
    write_json (out, means);
  else
    {
      dq_cli_append_filter (out, analysis);
      write_text (out, means);
    }

  return dq_cli_write_out ("means", out);
}
