/* dq-cli-crosstab.c
 *
 * `dostyq crosstab`: a weighted crosstab of a researcher's own survey file
 * (CSV, TSV, SPSS or Stata), with column percentages, their confidence
 * intervals, the weighted and unweighted counts and the tests of
 * independence, as CSV or JSON for a script or as an aligned table for a
 * terminal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "dq-analysis.h"
#include "dq-cli-cases.h"
#include "dq-cli-common.h"
#include "dq-cli-output.h"
#include "dq-cli-crosstab.h"
#include "dq-crosstab.h"
#include "dq-crosstab-counter.h"
#include "dq-csv-reader.h"
#include "dq-escape.h"
#include "dq-format.h"
#include "dq-independence.h"
#include "dq-survey-reader.h"
#include "dq-text.h"

/* CSV. */

/* One line per cell, the total column included (with an empty
 * column_value): a long table that scripts and spreadsheets filter easily. */
static void
write_csv (GString    *out,
           DqCrosstab *table)
{
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);

  g_string_append (out, "row_value,row_label,column_value,column_label,weighted_count,"
                        "unweighted_n,column_percent,ci_low,ci_high,row_percent,"
                        "column_weighted_n,column_unweighted_n,column_effective_n,"
                        "total_percent\r\n");

  for (guint c = 0; c <= n_columns; c++)
    {
      for (guint r = 0; r < n_rows; r++)
        {
          double low, high;

          dq_crosstab_get_column_interval (table, r, c, &low, &high);

          dq_csv_append_field (out, dq_crosstab_get_row_value (table, r));
          g_string_append_c (out, ',');
          dq_csv_append_field (out, dq_crosstab_get_row_label (table, r));
          g_string_append_c (out, ',');
          dq_csv_append_field (out, c < n_columns ? dq_crosstab_get_column_value (table, c) : "");
          g_string_append_c (out, ',');
          dq_csv_append_field (out, c < n_columns ? dq_crosstab_get_column_label (table, c) : "Total");
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, dq_crosstab_get_weighted (table, r, c), 4);
          g_string_append_printf (out, ",%" G_GUINT64_FORMAT ",",
                                  dq_crosstab_get_unweighted (table, r, c));
          dq_cli_append_csv_number (out, dq_crosstab_get_column_percent (table, r, c), 4);
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, low, 4);
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, high, 4);
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, dq_crosstab_get_row_percent (table, r, c), 4);
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, dq_crosstab_get_weighted (table, n_rows, c), 4);
          g_string_append_printf (out, ",%" G_GUINT64_FORMAT ",",
                                  dq_crosstab_get_unweighted (table, n_rows, c));
          dq_cli_append_csv_number (out, dq_crosstab_get_effective_n (table, c), 2);
          g_string_append_c (out, ',');
          dq_cli_append_csv_number (out, dq_crosstab_get_total_percent (table, r, c), 4);
          g_string_append (out, "\r\n");
        }
    }
}

/* JSON. */

static void
add_count (JsonBuilder *builder,
           const char  *name,
           guint64      value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, (gint64) value);
}

static void
add_settings (JsonBuilder *builder,
              DqCrosstab  *table)
{
  const double *codes;
  guint n_codes;

  dq_cli_json_add_string (builder, "file",
                          dq_survey_data_get_source_name (dq_crosstab_get_data (table)));
  dq_cli_json_add_string (builder, "row", dq_crosstab_get_row_variable (table));
  dq_cli_json_add_string (builder, "column", dq_crosstab_get_column_variable (table));
  dq_cli_json_add_string (builder, "weight", dq_crosstab_get_weight_variable (table));
  codes = dq_crosstab_get_missing_codes (table, &n_codes);
  json_builder_set_member_name (builder, "missing_codes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_codes; i++)
    json_builder_add_double_value (builder, codes[i]);
  json_builder_end_array (builder);
  add_count (builder, "excluded", dq_crosstab_get_n_excluded (table));
  add_count (builder, "filtered_out", dq_crosstab_get_n_filtered (table));
}

/* The cells inside the table; a frequency table's are its rows, with a
 * null column. */
static void
add_cells (JsonBuilder *builder,
           DqCrosstab  *table)
{
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);

  json_builder_set_member_name (builder, "cells");
  json_builder_begin_array (builder);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < MAX (n_columns, 1); c++)
      {
        double low, high;

        dq_crosstab_get_column_interval (table, r, c, &low, &high);
        json_builder_begin_object (builder);
        dq_cli_json_add_string (builder, "row_value", dq_crosstab_get_row_value (table, r));
        dq_cli_json_add_string (builder, "row_label", dq_crosstab_get_row_label (table, r));
        dq_cli_json_add_string (builder, "column_value",
                    n_columns > 0 ? dq_crosstab_get_column_value (table, c) : NULL);
        dq_cli_json_add_string (builder, "column_label",
                    n_columns > 0 ? dq_crosstab_get_column_label (table, c) : NULL);
        dq_cli_json_add_number (builder, "weighted_count", dq_crosstab_get_weighted (table, r, c));
        add_count (builder, "unweighted_n", dq_crosstab_get_unweighted (table, r, c));
        dq_cli_json_add_number (builder, "column_percent",
                                dq_crosstab_get_column_percent (table, r, c));
        dq_cli_json_add_number (builder, "row_percent", dq_crosstab_get_row_percent (table, r, c));
        dq_cli_json_add_number (builder, "total_percent",
                                dq_crosstab_get_total_percent (table, r, c));
        dq_cli_json_add_number (builder, "ci_low", low);
        dq_cli_json_add_number (builder, "ci_high", high);
        json_builder_end_object (builder);
      }
  json_builder_end_array (builder);
}

static void
add_totals (JsonBuilder *builder,
            DqCrosstab  *table)
{
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint r = 0; r < n_rows; r++)
    {
      json_builder_begin_object (builder);
      dq_cli_json_add_string (builder, "row_value", dq_crosstab_get_row_value (table, r));
      dq_cli_json_add_string (builder, "row_label", dq_crosstab_get_row_label (table, r));
      dq_cli_json_add_number (builder, "weighted_count",
                              dq_crosstab_get_weighted (table, r, n_columns));
      add_count (builder, "unweighted_n", dq_crosstab_get_unweighted (table, r, n_columns));
      dq_cli_json_add_number (builder, "total_percent",
                              dq_crosstab_get_total_percent (table, r, n_columns));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint c = 0; c < n_columns; c++)
    {
      json_builder_begin_object (builder);
      dq_cli_json_add_string (builder, "column_value", dq_crosstab_get_column_value (table, c));
      dq_cli_json_add_string (builder, "column_label", dq_crosstab_get_column_label (table, c));
      dq_cli_json_add_number (builder, "weighted_count",
                              dq_crosstab_get_weighted (table, n_rows, c));
      add_count (builder, "unweighted_n", dq_crosstab_get_unweighted (table, n_rows, c));
      dq_cli_json_add_number (builder, "effective_n", dq_crosstab_get_effective_n (table, c));
      dq_cli_json_add_number (builder, "total_percent",
                              dq_crosstab_get_total_percent (table, n_rows, c));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "all");
  json_builder_begin_object (builder);
  dq_cli_json_add_number (builder, "weighted_count",
                          dq_crosstab_get_weighted (table, n_rows, n_columns));
  add_count (builder, "unweighted_n", dq_crosstab_get_unweighted (table, n_rows, n_columns));
  dq_cli_json_add_number (builder, "effective_n", dq_crosstab_get_effective_n (table, n_columns));
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_tests (JsonBuilder          *builder,
           const DqIndependence *tests)
{
  json_builder_set_member_name (builder, "tests");
  json_builder_begin_object (builder);
  if (dq_independence_is_defined (tests))
    {
      json_builder_set_member_name (builder, "pearson");
      json_builder_begin_object (builder);
      dq_cli_json_add_number (builder, "chi2", tests->pearson_chi2);
      dq_cli_json_add_number (builder, "df", tests->pearson_df);
      dq_cli_json_add_number (builder, "p", tests->pearson_p);
      json_builder_end_object (builder);
      if (tests->weighted)
        {
          json_builder_set_member_name (builder, "rao_scott");
          json_builder_begin_object (builder);
          dq_cli_json_add_number (builder, "f", tests->rao_scott_f);
          dq_cli_json_add_number (builder, "df1", tests->rao_scott_df1);
          dq_cli_json_add_number (builder, "df2", tests->rao_scott_df2);
          dq_cli_json_add_number (builder, "p", tests->rao_scott_p);
          dq_cli_json_add_number (builder, "weighted_chi2", tests->weighted_chi2);
          dq_cli_json_add_number (builder, "mean_design_effect", tests->mean_design_effect);
          json_builder_end_object (builder);
        }
      json_builder_set_member_name (builder, "expected");
      json_builder_begin_object (builder);
      add_count (builder, "cells", tests->n_cells);
      add_count (builder, "below_5", tests->n_small_expected);
      dq_cli_json_add_number (builder, "min", tests->min_expected);
      json_builder_set_member_name (builder, "warning");
      json_builder_add_boolean_value (builder, dq_independence_warns_small (tests));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  dq_cli_json_add_number (builder, "cramers_v", tests->cramers_v);
}

static void
write_json (GString              *out,
            DqCrosstab           *table,
            const DqIndependence *tests)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  add_settings (builder, table);
  add_cells (builder, table);
  add_totals (builder, table);
  add_tests (builder, tests);
  json_builder_end_object (builder);

  text = dq_cli_json_to_text (builder);
  g_string_append (out, text);
}

/* Text. */

/* Cuts a long label so that the table stays aligned. */
static char *
truncate_text (const char *text,
               guint       width)
{
  if (g_utf8_strlen (text, -1) <= width)
    return g_strdup (text);

  {
    g_autofree char *start = g_utf8_substring (text, 0, width - 1);

    return g_strconcat (start, "…", NULL);
  }
}

static char *
describe_category (const char *value,
                   const char *label)
{
  g_autofree char *text = label == NULL ? g_strdup (value)
                                         : g_strdup_printf ("%s %s", value, label);

  return dq_escape_terminal (text);
}

/* Under the table: the tests, then how the intervals and tests were
 * computed. */
static void
append_notes (GString              *out,
              const DqIndependence *tests,
              DqLanguage            language)
{
  if (dq_independence_is_defined (tests))
    {
      g_autofree char *described = dq_independence_describe (tests, language);

      g_string_append_printf (out, "\n%s", described);
    }

  g_string_append_printf (out, "\n%s\n", dq_crosstab_describe_method ());
  if (dq_independence_is_defined (tests))
    g_string_append_printf (out, "%s\n", dq_independence_describe_method ());
}

static void
write_text (GString              *out,
            DqCrosstab           *table,
            gboolean              no_weight,
            const DqIndependence *tests)
{
  DqLanguage language = dq_language_from_environment ();
  DqSurveyData *data = dq_crosstab_get_data (table);
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);
  g_autofree char *row_variable = dq_escape_terminal (dq_crosstab_get_row_variable (table));
  g_autofree char *column_variable = dq_crosstab_get_column_variable (table) != NULL
                                     ? dq_escape_terminal (dq_crosstab_get_column_variable (table))
                                     : NULL;
  g_autofree char *source_name = dq_escape_terminal (dq_survey_data_get_source_name (data));
  const char *headings[6] = {
    row_variable, _("Column %"), _("95 % CI"), _("Row %"), _("Weighted"), _("Unweighted"),
  };
  guint widths[6] = { 0 };
  guint first_width = 8;
  g_autofree char *weighting = NULL;
  g_autofree char *counted = NULL;

  if (column_variable != NULL)
    g_string_append_printf (out, _("Crosstab of %s (rows) by %s (columns)"), row_variable,
                            column_variable);
  else
    g_string_append_printf (out, _("Frequencies of %s"), row_variable);
  g_string_append (out, "\n");
  weighting = dq_cli_describe_weight (data, dq_crosstab_get_weight_variable (table), no_weight);
  counted = dq_cli_describe_counted (table, source_name);
  g_string_append_printf (out, "%s\n%s\n", weighting, counted);

  for (guint r = 0; r <= n_rows; r++)
    {
      g_autofree char *category = describe_category (dq_crosstab_get_row_value (table, r),
                                                     dq_crosstab_get_row_label (table, r));

      first_width = MAX (first_width, MIN (g_utf8_strlen (category, -1), 32));
    }
  widths[0] = MAX (first_width, g_utf8_strlen (row_variable, -1));
  widths[1] = MAX (8, g_utf8_strlen (headings[1], -1));
  widths[2] = MAX (13, g_utf8_strlen (headings[2], -1));
  widths[3] = MAX (7, g_utf8_strlen (headings[3], -1));
  widths[4] = MAX (14, g_utf8_strlen (headings[4], -1));
  widths[5] = MAX (10, g_utf8_strlen (headings[5], -1));

  /* One block per column, then one for all respondents: it reads well in a
   * terminal whatever the number of columns. */
  for (guint c = 0; c <= n_columns; c++)
    {
      g_autofree char *weighted = NULL;
      g_autofree char *unweighted = NULL;
      g_autofree char *effective = NULL;

      g_string_append (out, "\n");
      if (c < n_columns)
        {
          g_autofree char *category = describe_category (dq_crosstab_get_column_value (table, c),
                                                         dq_crosstab_get_column_label (table, c));

          g_string_append_printf (out, "%s = %s\n", column_variable, category);
        }
      else
        {
          g_string_append_printf (out, "%s\n", _("All respondents"));
        }

      for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
        {
          g_autofree char *heading = truncate_text (headings[k], widths[k]);

          if (k > 0)
            g_string_append (out, "  ");
          dq_cli_append_padded (out, heading, widths[k], k > 0);
        }
      g_string_append (out, "\n");

      for (guint r = 0; r <= n_rows; r++)
        {
          g_autofree char *category = describe_category (dq_crosstab_get_row_value (table, r),
                                                         dq_crosstab_get_row_label (table, r));
          g_autofree char *first = truncate_text (category, widths[0]);
          g_autofree char *percent = dq_format_number (dq_crosstab_get_column_percent (table, r, c),
                                                       2, language);
          g_autofree char *interval = NULL;
          g_autofree char *row_percent = NULL;
          g_autofree char *cell_weighted = dq_format_number (dq_crosstab_get_weighted (table, r, c),
                                                             2, language);
          g_autofree char *cell_n = dq_format_number (dq_crosstab_get_unweighted (table, r, c), 0,
                                                      language);

          if (r < n_rows)
            {
              double low, high;
              g_autofree char *low_text = NULL;
              g_autofree char *high_text = NULL;

              dq_crosstab_get_column_interval (table, r, c, &low, &high);
              low_text = dq_format_number (low, 2, language);
              high_text = dq_format_number (high, 2, language);
              /* A column without an interval shows one gap, not two. */
              interval = isnan (low) ? g_strdup (low_text)
                                     : g_strdup_printf ("%s–%s", low_text, high_text);
              /* Within all respondents every row percentage is 100. */
              row_percent = c < n_columns
                            ? dq_format_number (dq_crosstab_get_row_percent (table, r, c), 2,
                                                language)
                            : g_strdup ("");
            }
          else
            {
              interval = g_strdup ("");
              row_percent = g_strdup ("");
            }

          dq_cli_append_padded (out, first, widths[0], FALSE);
          g_string_append (out, "  ");
          dq_cli_append_padded (out, percent, widths[1], TRUE);
          g_string_append (out, "  ");
          dq_cli_append_padded (out, interval, widths[2], TRUE);
          g_string_append (out, "  ");
          dq_cli_append_padded (out, row_percent, widths[3], TRUE);
          g_string_append (out, "  ");
          dq_cli_append_padded (out, cell_weighted, widths[4], TRUE);
          g_string_append (out, "  ");
          dq_cli_append_padded (out, cell_n, widths[5], TRUE);
          g_string_append (out, "\n");
        }

      weighted = dq_format_number (dq_crosstab_get_weighted (table, n_rows, c), 2, language);
      unweighted = dq_format_number (dq_crosstab_get_unweighted (table, n_rows, c), 0, language);
      effective = dq_format_number (dq_crosstab_get_effective_n (table, c), 1, language);
      g_string_append_printf (out, _("Weighted n %s, unweighted n %s, effective n %s"),
                              weighted, unweighted, effective);
      g_string_append (out, "\n");
    }

  append_notes (out, tests, language);
}

/* Counting a window of rows at a time. */

typedef struct
{
  DqAnalysis         *analysis;
  gboolean            no_weight;
  DqCrosstabCounter  *counter;
  gsize               n_rows;
  guint               n_variables;
} Windows;

static gboolean
count_window (DqSurveyData  *window,
              gsize          first_row,
              gpointer       user_data,
              GError       **error)
{
  Windows *windows = user_data;
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autofree guint8 *mask = NULL;

  if (windows->counter == NULL)
    {
      const double *codes;
      guint n_codes;

      dq_cli_choose_weight (windows->analysis, window, windows->no_weight);
      codes = dq_analysis_get_missing_codes (windows->analysis, &n_codes);
      windows->counter = dq_crosstab_counter_new (dq_analysis_get_row_variable (windows->analysis),
                                                  dq_analysis_get_column_variable (windows->analysis),
                                                  dq_analysis_get_weight (windows->analysis),
                                                  codes, n_codes);
      windows->n_variables = dq_survey_data_get_n_variables (window);
    }

  /* The filter and recodes of each row, as dq_analysis_compute() makes
   * them for all rows. */
  prepared = dq_analysis_prepare_cases (windows->analysis, window, &mask, error);
  if (prepared == NULL ||
      !dq_crosstab_counter_add (windows->counter, prepared, mask, error))
    return FALSE;
  windows->n_rows = first_row + dq_survey_data_get_n_rows (window);

  return TRUE;
}

/* The table of a plain CSV or TSV file whose variables are numbers, counted
 * as it is read instead of after keeping every row: the memory the rows
 * would take is most of the time of a large file's table. %NULL for any
 * other file, and whenever the file cannot be counted so or has a problem
 * (text among the numbers, an unknown variable, a bad weight): it is then
 * read whole, which gives the very table or the error with its rows
 * named. */
static DqCrosstab *
count_in_windows (DqCliSurveyOptions *options,
                  const char         *path,
                  DqAnalysis         *analysis,
                  gsize              *n_rows,
                  guint              *n_variables)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(DqCsvReader) reader = NULL;
  g_autoptr(DqCrosstabCounter) counter = NULL;
  g_auto(GStrv) variables = NULL;
  Windows windows = { analysis, options->no_weight, NULL, 0, 0 };
  DqCrosstab *table;

  /* A regular file, so that it can be read again; --missing answers are
   * for string variables, which a window cannot hold. */
  if (g_file_peek_path (file) == NULL ||
      !g_file_test (g_file_peek_path (file), G_FILE_TEST_IS_REGULAR) ||
      !dq_survey_format_is_text (dq_survey_format_for_file (file)) ||
      options->missing_texts->len > 0)
    return NULL;

  reader = dq_csv_reader_new ();
  variables = dq_analysis_dup_variables (analysis);
  dq_csv_reader_set_encoding (reader, options->encoding);
  dq_csv_reader_set_variables (reader, (const char * const *) variables);
  if (!dq_csv_reader_read_file_windows (reader, file, count_window, &windows, NULL, NULL))
    {
      dq_crosstab_counter_free (windows.counter);
      return NULL;
    }
  counter = windows.counter;
  if (counter == NULL)
    return NULL;
  table = dq_crosstab_counter_finish (counter, NULL);
  if (table == NULL)
    return NULL;

  if (dq_csv_reader_get_encoding_guessed (reader))
    {
      g_autofree char *name = dq_escape_terminal (dq_survey_data_get_source_name (
                                                    dq_crosstab_get_data (table)));

      g_printerr (_("dostyq: %s is not UTF-8; read as %s, the encoding it most likely has "
                    "(give --encoding to choose another)"),
                  name, dq_csv_reader_get_detected_encoding (reader));
      g_printerr ("\n");
    }
  *n_rows = windows.n_rows;
  *n_variables = windows.n_variables;

  return table;
}

int
dq_cli_crosstab_run (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqIndependence) tests = NULL;
  g_autoptr(DqAnalysis) analysis = NULL;
  g_auto(DqCliSurveyOptions) options = { NULL, };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *row = NULL;
  g_autofree char *column = NULL;
  g_autofree char *format = NULL;
  gboolean timings = FALSE;
  gboolean all_variables = FALSE;
  gboolean whole_file = FALSE;
  gsize n_rows = 0;
  guint n_variables = 0;
  gint64 start, loaded, computed;
  const GOptionEntry entries[] = {
    { "row", 'r', 0, G_OPTION_ARG_STRING, &row,
      N_("The variable whose distribution is shown, one table row per value"), N_("VAR") },
    { "col", 'c', 0, G_OPTION_ARG_STRING, &column,
      N_("The variable that splits respondents into columns; without it, a frequency table"),
      N_("VAR") },
    DQ_CLI_SURVEY_ENTRIES (options),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (aligned, the default), csv or json"), N_("FORMAT") },
    { "timings", 0, 0, G_OPTION_ARG_NONE, &timings,
      N_("Print the time taken to load the file and to compute the table on standard error"),
      NULL },
    /* For the tests: count over the whole data even where a window of rows
     * at a time would do, to compare the two. */
    { "whole-file", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &whole_file, NULL, NULL },
#if DQ_BENCHMARKS
    /* For the benchmark: load every variable, as the application will. */
    { "all-variables", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &all_variables, NULL, NULL },
#endif
    { NULL }
  };

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Print a weighted crosstab of survey microdata in a CSV, TSV, "
                                  "SPSS (.sav, .zsav, .por) or Stata (.dta) file: weighted "
                                  "counts, unweighted n, column, row and total percentages, 95 % "
                                  "confidence intervals of the column percentages and tests of "
                                  "independence. FILE may also be a project (.dostyq): its "
                                  "survey file with its edits, and its table unless options ask "
                                  "for another."));
  g_option_context_set_description (context, dq_crosstab_describe_method ());
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("crosstab", error->message);
  if (argc != 2)
    return dq_cli_usage_error ("crosstab", _("give exactly one data file"));
  if (dq_cli_check_format ("crosstab", format) != 0 ||
      !dq_cli_survey_options_check ("crosstab", &options))
    return DQ_EXIT_USAGE_ERROR;

  start = g_get_monotonic_time ();
  /* A project's data with its edits, and its table unless the command line
   * asks for another. */
  analysis = dq_cli_survey_open (&options, argv[1], &data, &error);
  if (analysis == NULL)
    return dq_cli_data_error (error);
  if (row != NULL)
    dq_analysis_set_row_variable (analysis, row);
  if (column != NULL)
    dq_analysis_set_column_variable (analysis, column);
  if (dq_analysis_get_row_variable (analysis) == NULL)
    return dq_cli_usage_error ("crosstab", _("give the row variable with --row"));
  if (!dq_cli_apply_cases ("crosstab", analysis, options.filters, options.recodes))
    return DQ_EXIT_USAGE_ERROR;
  /* CSV and JSON: the text table names the rows left out for their weight,
   * which only the whole data can name. */
  if (data == NULL && !all_variables && !whole_file && format != NULL &&
      (g_str_equal (format, "csv") || g_str_equal (format, "json")))
    table = count_in_windows (&options, argv[1], analysis, &n_rows, &n_variables);
  if (table == NULL)
    {
      data = dq_cli_survey_load (&options, argv[1], analysis, g_steal_pointer (&data),
                                 all_variables, &error);
      loaded = g_get_monotonic_time ();
      if (data != NULL)
        {
          n_rows = dq_survey_data_get_n_rows (data);
          n_variables = dq_survey_data_get_n_variables (data);
          table = dq_analysis_compute (analysis, data, &error);
        }
    }
  else
    loaded = g_get_monotonic_time ();
  computed = g_get_monotonic_time ();

  if (table == NULL)
    {
      /* A variable the file does not have is a mistake on the command line. */
      if (g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
        return dq_cli_usage_error ("crosstab", error->message);
      return dq_cli_data_error (error);
    }

  tests = dq_independence_new (table);
  if (format != NULL && g_str_equal (format, "csv"))
    write_csv (out, table);
  else if (format != NULL && g_str_equal (format, "json"))
    write_json (out, table, tests);
  else
    {
      dq_cli_append_filter (out, analysis);
      write_text (out, table, options.no_weight, tests);
    }

  if (dq_cli_write_out ("crosstab", out) != EXIT_SUCCESS)
    return EXIT_FAILURE;

  if (timings)
    {
      g_printerr (_("dostyq crosstab: load %.3f s (%zu rows, %u variables), crosstab %.3f s"),
                  (loaded - start) / 1e6, n_rows, n_variables, (computed - loaded) / 1e6);
      g_printerr ("\n");
    }

  return EXIT_SUCCESS;
}
