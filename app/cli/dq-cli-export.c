/* dq-cli-export.c
 *
 * `dostyq list` and `dostyq export`: the charts and the map, as files,
 * without a display; and, with --data, a chart of a crosstab of the
 * researcher's own survey data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart.h"
#include "dq-chart-source.h"
#include "dq-cli-common.h"
#include "dq-cli-export.h"
#include "dq-crosstab.h"
#include "dq-map.h"
#include "dq-map-strings.h"
#include "dq-scene-render.h"

/* The id of the map among the charts of `dostyq list` and `--chart`. */
#define MAP_ID "map"

int
dq_cli_list_run (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GListModel) charts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *dataset_path = NULL;
  DqLanguage language = DQ_LANGUAGE_EN;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the titles: en, ru or kk (default: en)"), "LANG" },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset_path,
      N_("Read this dataset file instead of the bundled one"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("List the charts and the map: their ids, for "
                                           "“dostyq export”, and titles."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("list", error->message);
  if (argc > 1)
    return dq_cli_usage_error ("list", _("this command takes no arguments"));
  if (lang != NULL && !dq_language_from_code (lang, &language))
    {
      g_autofree char *message = g_strdup_printf (_("unknown language “%s”; use en, ru or kk"),
                                                  lang);
      return dq_cli_usage_error ("list", message);
    }

  dataset = dq_cli_load_dataset (dataset_path, &error);
  if (dataset == NULL)
    return dq_cli_data_error (error);

  charts = dq_chart_list_for_dataset (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(DqChart) chart = g_list_model_get_item (charts, i);

      g_print ("%s\t%s\n", dq_chart_get_id (chart),
               dq_text_get (dq_chart_get_title (chart), language));
    }
  g_print ("%s\t%s\n", MAP_ID, dq_map_string (DQ_MAP_STRING_TITLE, language));

  return EXIT_SUCCESS;
}

/* Joins a NULL-terminated list for a message: "a, b, c". */
static char *
join_allowed (const char * const *values)
{
  return g_strjoinv (", ", (char **) values);
}

/* Checks --group, --kind and --country against the dataset and sets them
 * on the map; on failure, returns the usage error's exit status. */
static int
configure_map (DqMap      *map,
               DqDataset  *dataset,
               const char *group,
               const char *kinds,
               const char *country)
{
  if (group != NULL && dq_dataset_lookup_group (dataset, group) == NULL)
    {
      GListModel *groups = dq_dataset_get_groups (dataset);
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autofree char *allowed = NULL;
      g_autofree char *message = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(DqGroup) item = g_list_model_get_item (groups, i);

          g_ptr_array_add (ids, (gpointer) dq_group_get_id (item));
        }
      g_ptr_array_add (ids, NULL);
      allowed = join_allowed ((const char * const *) ids->pdata);
      message = g_strdup_printf (_("unknown group “%s”; use one of: %s"), group, allowed);
      return dq_cli_usage_error ("export", message);
    }
  dq_map_set_group (map, group);

  if (kinds != NULL)
    {
      g_auto(GStrv) list = g_strsplit (kinds, ",", -1);

      for (guint i = 0; list[i] != NULL; i++)
        {
          if (!g_strv_contains (dq_map_list_kinds (), list[i]))
            {
              g_autofree char *allowed = join_allowed (dq_map_list_kinds ());
              g_autofree char *message = NULL;

              message = g_strdup_printf (_("unknown kind “%s”; use one or more of, separated by "
                                           "commas: %s"), list[i], allowed);
              return dq_cli_usage_error ("export", message);
            }
        }
      dq_map_set_kinds (map, (const char * const *) list);
    }

  if (country != NULL)
    {
      g_autofree char *code = g_ascii_strup (country, -1);

      if (!g_str_equal (code, "KZ") && !g_str_equal (code, "UZ"))
        {
          g_autofree char *message = g_strdup_printf (_("unknown country “%s”; use KZ or UZ"),
                                                      country);
          return dq_cli_usage_error ("export", message);
        }
      dq_map_set_country (map, code);
    }

  return EXIT_SUCCESS;
}

static gboolean
parse_list (const char  *value,
            const char  *all,
            GStrv       *out)
{
  if (value == NULL)
    return TRUE;

  *out = g_strsplit (g_str_equal (value, "all") ? all : value, ",", -1);

  return TRUE;
}

/* The chart of one's own data: the crosstab of @row by @column in the file
 * at @path, and the chart of its source. */
static DqChart *
load_survey_chart (DqSurveyData     *project_data,
                   const char       *path,
                   const char       *encoding,
                   const char       *row,
                   const char       *column,
                   const char       *weight,
                   GArray           *missing_codes,
                   DqCrosstabChart   kind,
                   gboolean          reverse,
                   GError          **error)
{
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChartSource) source = NULL;

  if (project_data != NULL)
    data = g_object_ref (project_data);
  else
    data = dq_cli_load_survey_data (path, encoding, row, column, weight, FALSE, error);
  if (data == NULL)
    return NULL;

  table = dq_crosstab_new (data, row, column, weight, (const double *) missing_codes->data,
                           missing_codes->len, error);
  if (table == NULL)
    return NULL;

  source = dq_chart_source_new_for_crosstab (table, kind, reverse, error);
  if (source == NULL)
    return NULL;

  return dq_chart_new_for_source (source);
}

/* Exports a chart, or the map when @chart is %NULL. */
static gboolean
export_one (DqChart              *chart,
            DqMap                *map,
            const DqChartOptions *options,
            DqExportFormat        format,
            double                dpi,
            const char           *path,
            gboolean              progress,
            GError              **error)
{
  g_autoptr(DqScene) scene = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  if (chart != NULL)
    scene = dq_chart_build_scene (chart, options);
  else
    {
      dq_map_set_language (map, options->language);
      scene = dq_map_build_scene (map, options->width, options->height, options->dark);
    }

  if (!dq_scene_export_file (scene, format, dpi, file, error))
    return FALSE;

  if (progress)
    g_print ("%s\n", path);

  return TRUE;
}

int
dq_cli_export_run (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GListModel) charts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(DqMap) map = NULL;
  g_autofree char *chart_id = NULL;
  g_autofree char *group = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *country = NULL;
  g_autofree char *format_str = NULL;
  g_autofree char *lang_str = NULL;
  g_autofree char *size_str = NULL;
  g_autofree char *theme_str = NULL;
  g_autofree char *output = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *dataset_path = NULL;
  g_autofree char *data_path = NULL;
  g_autoptr(DqSurveyData) project_data = NULL;
  g_autofree char *row = NULL;
  g_autofree char *column = NULL;
  g_autofree char *weight = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *encoding = NULL;
  g_autoptr(GArray) missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) formats = NULL;
  g_auto(GStrv) langs = NULL;
  DqCrosstabChart data_chart = DQ_CROSSTAB_CHART_GROUPED;
  gboolean reverse = FALSE;
  gboolean all = FALSE;
  int repeat = 1;
  double width = 0, height = 0, dpi = 0;
  const DqSizePreset *preset = dq_size_preset_lookup ("screen");
  DqChartOptions options = { 0 };
  const GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart_id,
      N_("The chart to export, or “map” (see “dostyq list”); with --data, grouped or "
         "diverging (default: grouped)"), "ID" },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, N_("Export every chart and the map"), NULL },
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group,
      N_("Map only: highlight the regions and centres of this ethnic group"), "ID" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kinds,
      N_("Map only: show only these kinds of centre, separated by commas; “conflict” stands "
         "for events"), N_("KIND") },
    { "country", 0, 0, G_OPTION_ARG_STRING, &country,
      N_("Map only: show one country's centres and events, KZ or UZ"), N_("COUNTRY") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_str,
      N_("png, svg or pdf, several separated by commas, or all (default: from the file "
         "name, else png)"), N_("FORMAT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_str,
      N_("Language of the chart: en, ru or kk, several separated by commas, or all "
         "(default: en)"), "LANG" },
    { "width", 'W', 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels"), "W" },
    { "height", 'H', 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in pixels"), "H" },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size_str,
      N_("A size preset: screen (1600×1000 px), slide (1920×1080 px), column (85 × 85 mm at "
         "300 dpi) or full (174 mm at 300 dpi)"), N_("PRESET") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi,
      N_("Resolution: pixels per inch of a PNG (default: 96, or 300 for the print sizes)"), "N" },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &theme_str,
      N_("light or dark (default: light)"), N_("THEME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write, for one chart in one language and format"), N_("FILE") },
    { "out-dir", 0, 0, G_OPTION_ARG_FILENAME, &out_dir,
      N_("The folder to write into, as CHART.LANG.FORMAT"), N_("DIR") },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset_path,
      N_("Read this dataset file instead of the bundled one"), N_("FILE") },
#if DQ_BENCHMARKS
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat,
      N_("For benchmarks: draw and write each file N times in this one process"), "N" },
#endif
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_path,
      N_("Chart your own survey data: a CSV, TSV, SPSS (.sav, .zsav, .por) or Stata (.dta) "
         "file"), N_("FILE") },
    { "row", 'r', 0, G_OPTION_ARG_STRING, &row,
      N_("With --data: the variable whose answers are charted"), N_("VAR") },
    { "col", 0, 0, G_OPTION_ARG_STRING, &column,
      N_("With --data: the variable that splits respondents into groups, one series or row "
         "each"), N_("VAR") },
    { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight,
      N_("With --data: the variable of respondents’ weights"), N_("VAR") },
    { "missing", 'm', 0, G_OPTION_ARG_STRING, &missing,
      N_("With --data: codes to treat as missing values besides those the file declares, "
         "e.g. 9,99"), N_("CODES") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("With --data: encoding of the file, e.g. UTF-8 or CP1251 (default: detected)"),
      N_("ENC") },
    { "reverse", 0, 0, G_OPTION_ARG_NONE, &reverse,
      N_("With --data and --chart diverging: the scale runs from positive to negative, as one "
         "coded 1 = very positive does"), NULL },
    { NULL }
  };
  guint n_files;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Export charts and the map as PNG, SVG or PDF, without a "
                                  "display.\n\n"
                                  "  dostyq export --chart ID --format svg --lang ru -o chart.svg\n"
                                  "  dostyq export --chart map --group germans -o map.png\n"
                                  "  dostyq export --all --out-dir charts --lang all --format all\n"
                                  "  dostyq export --data survey.sav --row q1 --col region "
                                  "--weight w -o q1.svg"));
  g_option_context_set_description (context,
                                    _("With --data, the chart is drawn from a weighted crosstab "
                                      "of your own survey data: grouped bars of the column "
                                      "percentages of every answer, or, with --chart diverging, "
                                      "the lower half of the answers’ values to the left as "
                                      "negative and the upper half to the right as positive, a "
                                      "middle value apart. Whiskers are 95 % Wilson intervals on "
                                      "each group’s effective sample size."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("export", error->message);
  if (argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[1]);
      return dq_cli_usage_error ("export", message);
    }

  if (data_path != NULL)
    {
      if (all || dataset_path != NULL)
        return dq_cli_usage_error ("export", _("--data makes one chart of your own data; it "
                                               "does not go with --all or --dataset"));
      if (dq_cli_is_project (data_path))
        {
          g_autofree char *project_chart = NULL;
          g_autoptr(GArray) given_codes = g_array_new (FALSE, FALSE, sizeof (double));

          /* A project's edits, its table and its chart, unless the command
           * line asks for others; --missing, read below, replaces the
           * project's codes. */
          project_data = dq_cli_load_project_data (data_path, &row, &column, &weight,
                                                   missing != NULL ? given_codes : missing_codes,
                                                   &project_chart, &error);
          if (project_data == NULL)
            return dq_cli_data_error (error);
          if (chart_id == NULL && g_str_has_prefix (project_chart, "diverging"))
            {
              chart_id = g_strdup ("diverging");
              reverse = reverse || g_str_equal (project_chart, "diverging-reversed");
            }
        }
      if (row == NULL)
        return dq_cli_usage_error ("export", _("give the variable to chart with --row"));
      if (chart_id != NULL && g_str_equal (chart_id, "diverging"))
        data_chart = DQ_CROSSTAB_CHART_DIVERGING;
      else if (chart_id != NULL && !g_str_equal (chart_id, "grouped"))
        {
          g_autofree char *message = g_strdup_printf (_("with --data, --chart is grouped or "
                                                        "diverging, not “%s”"), chart_id);
          return dq_cli_usage_error ("export", message);
        }
      if (reverse && data_chart != DQ_CROSSTAB_CHART_DIVERGING)
        return dq_cli_usage_error ("export", _("--reverse applies only to --chart diverging"));
      if (missing != NULL && !dq_cli_parse_missing_codes ("export", missing, missing_codes))
        return DQ_EXIT_USAGE_ERROR;
    }
  else
    {
      if (row != NULL || column != NULL || weight != NULL || missing != NULL ||
          encoding != NULL || reverse)
        return dq_cli_usage_error ("export", _("--row, --col, --weight, --missing, --encoding "
                                               "and --reverse apply only to --data"));
      if ((chart_id == NULL) == !all)
        return dq_cli_usage_error ("export", _("give either --chart ID or --all"));
    }
  if ((group != NULL || kinds != NULL || country != NULL) && g_strcmp0 (chart_id, MAP_ID) != 0)
    return dq_cli_usage_error ("export", _("--group, --kind and --country apply only to "
                                           "--chart map"));

  /* Formats: as asked, else from the output's extension, else PNG. */
  if (format_str == NULL && output != NULL && strrchr (output, '.') != NULL)
    {
      DqExportFormat format;

      if (dq_export_format_from_string (strrchr (output, '.') + 1, &format))
        format_str = g_strdup (dq_export_format_to_string (format));
    }
  parse_list (format_str != NULL ? format_str : "png", "png,svg,pdf", &formats);
  parse_list (lang_str != NULL ? lang_str : "en", "en,ru,kk", &langs);

  for (guint i = 0; formats[i] != NULL; i++)
    {
      DqExportFormat format;

      if (!dq_export_format_from_string (formats[i], &format))
        {
          g_autofree char *message = g_strdup_printf (_("unknown format “%s”; use png, svg, pdf "
                                                        "or all"), formats[i]);
          return dq_cli_usage_error ("export", message);
        }
    }
  for (guint i = 0; langs[i] != NULL; i++)
    {
      DqLanguage language;

      if (!dq_language_from_code (langs[i], &language))
        {
          g_autofree char *message = g_strdup_printf (_("unknown language “%s”; use en, ru, kk "
                                                        "or all"), langs[i]);
          return dq_cli_usage_error ("export", message);
        }
    }

  if (size_str != NULL)
    {
      preset = dq_size_preset_lookup (size_str);
      if (preset == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("unknown size “%s”; use screen, slide, "
                                                        "column or full"), size_str);
          return dq_cli_usage_error ("export", message);
        }
      if (width > 0 || height > 0)
        return dq_cli_usage_error ("export", _("give either --size or --width and --height"));
    }

  if ((width > 0) != (height > 0))
    return dq_cli_usage_error ("export", _("give both --width and --height"));
  if (width < 0 || height < 0 || dpi < 0 || (width > 0 && (width < 100 || height < 100)))
    return dq_cli_usage_error ("export", _("the width and height must be at least 100 pixels, "
                                           "and the resolution positive"));

  if (repeat < 1)
    return dq_cli_usage_error ("export", _("--repeat must be at least 1"));

  if (dpi == 0)
    dpi = width > 0 ? 96 : preset->dpi;
  if (dpi < 24 || dpi > 2400)
    return dq_cli_usage_error ("export", _("the resolution must be between 24 and 2400 dpi"));

  /* Scene units are 1/96 inch: a size in pixels at the given resolution,
   * or in millimetres. */
  if (width > 0)
    {
      options.width = width * 96 / dpi;
      options.height = height * 96 / dpi;
    }
  else
    dq_size_preset_scene_size (preset, &options.width, &options.height);

  if (theme_str != NULL && !g_str_equal (theme_str, "light") && !g_str_equal (theme_str, "dark"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown theme “%s”; use light or dark"),
                                                  theme_str);
      return dq_cli_usage_error ("export", message);
    }
  options.dark = g_strcmp0 (theme_str, "dark") == 0;

  if (data_path != NULL)
    {
      DqChart *chart = load_survey_chart (project_data, data_path, encoding, row, column,
                                          weight, missing_codes, data_chart, reverse, &error);

      /* A variable the file does not have is a mistake on the command
       * line, as for “dostyq crosstab”. */
      if (chart == NULL &&
          g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
        return dq_cli_usage_error ("export", error->message);
      if (chart == NULL)
        return dq_cli_data_error (error);
      g_ptr_array_add (selected, chart);
      g_ptr_array_set_free_func (selected, g_object_unref);
    }
  else
    {
      dataset = dq_cli_load_dataset (dataset_path, &error);
      if (dataset == NULL)
        return dq_cli_data_error (error);
      charts = dq_chart_list_for_dataset (dataset);
    }

  if (data_path == NULL && (all || g_str_equal (chart_id, MAP_ID)))
    {
      int status;

      /* The map as it opens: both countries whole. The synthetic centres
       * of the tests are never added here. */
      map = dq_map_new (dataset);
      status = configure_map (map, dataset, group, kinds, country);
      if (status != EXIT_SUCCESS)
        return status;
    }
  if (all)
    {
      for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
        g_ptr_array_add (selected, g_list_model_get_item (charts, i));
      g_ptr_array_set_free_func (selected, g_object_unref);
    }
  else if (map == NULL && data_path == NULL)
    {
      DqChart *chart = dq_chart_lookup (charts, chart_id);

      if (chart == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("there is no chart “%s”; “dostyq list” "
                                                        "shows the charts"), chart_id);
          return dq_cli_usage_error ("export", message);
        }
      g_ptr_array_add (selected, chart);
    }

  n_files = (selected->len + (map != NULL)) * g_strv_length (formats) * g_strv_length (langs);
  if (output != NULL && (n_files != 1 || out_dir != NULL))
    return dq_cli_usage_error ("export", _("-o writes one file: one chart in one language and "
                                           "format; use --out-dir for more"));
  if (output == NULL && out_dir == NULL)
    return dq_cli_usage_error ("export", _("give -o FILE or --out-dir DIR"));

  if (out_dir != NULL && g_mkdir_with_parents (out_dir, 0755) != 0)
    {
      g_printerr (_("dostyq: %s: cannot create the folder: %s"), out_dir, g_strerror (errno));
      g_printerr ("\n");
      return DQ_EXIT_DATA_ERROR;
    }

  /* The charts, then the map. */
  for (guint c = 0; c < selected->len + (map != NULL); c++)
    for (guint l = 0; langs[l] != NULL; l++)
      for (guint f = 0; formats[f] != NULL; f++)
        {
          DqChart *chart = c < selected->len ? g_ptr_array_index (selected, c) : NULL;
          DqExportFormat format;
          g_autofree char *path = NULL;

          dq_language_from_code (langs[l], &options.language);
          dq_export_format_from_string (formats[f], &format);

          if (output != NULL)
            path = g_strdup (output);
          else
            {
              g_autofree char *name = g_strdup_printf ("%s.%s.%s",
                                                       chart != NULL ? dq_chart_get_id (chart)
                                                                     : MAP_ID,
                                                       langs[l], dq_export_format_to_string (format));
              path = g_build_filename (out_dir, name, NULL);
            }

          /* --repeat redoes the whole job, scene included, as a batch of
           * charts would. Into a folder, each copy gets its own file,
           * CHART.LANG-NNN.FORMAT, as the peers' batches do: replacing a
           * file costs an fsync () that writing a new one does not. */
          for (int r = 0; r < repeat; r++)
            {
              g_autofree char *copy = NULL;

              if (repeat > 1 && output == NULL)
                {
                  g_autofree char *name = NULL;

                  name = g_strdup_printf ("%s.%s-%03d.%s",
                                          chart != NULL ? dq_chart_get_id (chart) : MAP_ID,
                                          langs[l], r + 1, dq_export_format_to_string (format));
                  copy = g_build_filename (out_dir, name, NULL);
                }
              if (!export_one (chart, map, &options, format, dpi, copy != NULL ? copy : path,
                               output == NULL && r == repeat - 1, &error))
                return dq_cli_data_error (error);
            }
        }

  return EXIT_SUCCESS;
}
