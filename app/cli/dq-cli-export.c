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

#include "dq-analysis.h"
#include "dq-bundle.h"
#include "dq-cli-cases.h"
#include "dq-chart.h"
#include "dq-chart-source.h"
#include "dq-cli-common.h"
#include "dq-cli-export.h"
#include "dq-crosstab.h"
#include "dq-escape.h"
#include "dq-file-name.h"
#include "dq-cli-map.h"
#include "dq-map.h"
#include "dq-map-strings.h"
#include "dq-project.h"
#include "dq-provenance.h"
#include "dq-scene.h"
#include "dq-scene-render.h"

/* The id of the map among the charts of `dostyq list` and `--chart`. */
#define MAP_ID "map"

/* The sizes an export may have: below 100 pixels a chart's text no longer
 * fits, and 20,000 is as many as the PNG writer draws on a side. */
#define MIN_PIXELS 100
#define MAX_PIXELS 20000
#define MIN_DPI    24
#define MAX_DPI    2400

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
      g_autofree char *title = dq_escape_terminal (dq_text_get (dq_chart_get_title (chart),
                                                                language));

      g_print ("%s\t%s\n", dq_chart_get_id (chart), title);
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

/* Go on to the next step of an export; any other value is an exit status. */
#define KEEP_GOING (-1)

/* One run of `dostyq export`: its options, then what they select. */
typedef struct
{
  /* Options */
  char                *chart_id;
  char                *group;
  char                *kinds;
  char                *country;
  char                *regions;
  char                *format_str;
  char                *lang_str;
  char                *size_str;
  char                *theme_str;
  char                *output;
  char                *out_dir;
  char                *dataset_path;
  char                *project_path;
  char                *data_path;
  char                *row;
  char                *column;
  char                *weight;
  char                *missing;
  char                *encoding;
  gboolean             no_weight;
  gboolean             reverse;
  gboolean             all;
  gboolean             shares;
  gboolean             bundle;
  gboolean             transparent;
  int                  repeat;
  char                *width_str;
  char                *height_str;
  char                *dpi_str;

  /* What they say: 0 when not given. */
  double               width;
  double               height;
  double               dpi;

  /* What they select */
  DqSurveyData        *project_data;
  guint                n_corrected;
  GArray              *missing_codes;
  DqAnalysis          *analysis;
  GStrv                filters;
  GStrv                recodes;
  GStrv                formats;
  GStrv                langs;
  const DqSizePreset  *preset;
  DqChartOptions       options;
  DqDataset           *dataset;
  GListModel          *charts;
  /* DqChart */
  GPtrArray           *selected;
  DqMap               *map;

  /* What was written: file name in the folder → its chart (or the map) */
  GHashTable          *names;
} Export;

static void
export_clear (Export *job)
{
  g_free (job->chart_id);
  g_free (job->group);
  g_free (job->kinds);
  g_free (job->country);
  g_free (job->regions);
  g_free (job->format_str);
  g_free (job->lang_str);
  g_free (job->size_str);
  g_free (job->theme_str);
  g_free (job->output);
  g_free (job->out_dir);
  g_free (job->dataset_path);
  g_free (job->project_path);
  g_free (job->data_path);
  g_free (job->row);
  g_free (job->column);
  g_free (job->weight);
  g_free (job->missing);
  g_free (job->encoding);
  g_free (job->width_str);
  g_free (job->height_str);
  g_free (job->dpi_str);
  g_clear_object (&job->project_data);
  g_clear_object (&job->analysis);
  g_clear_pointer (&job->missing_codes, g_array_unref);
  g_clear_pointer (&job->filters, g_strfreev);
  g_clear_pointer (&job->recodes, g_strfreev);
  g_clear_pointer (&job->formats, g_strfreev);
  g_clear_pointer (&job->langs, g_strfreev);
  g_clear_object (&job->dataset);
  g_clear_object (&job->charts);
  g_clear_pointer (&job->selected, g_ptr_array_unref);
  g_clear_object (&job->map);
  g_clear_pointer (&job->names, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

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

/* Lays out a chart, or the map when @chart is %NULL, in the job's
 * language and size: one scene for every format it is written in. */
static DqScene *
build_scene (Export        *job,
             DqChart       *chart,
             DqProvenance **provenance)
{
  DqScene *scene;

  if (chart != NULL)
    {
      scene = dq_chart_build_scene (chart, &job->options);
      *provenance = dq_provenance_new_for_chart (chart, scene);
    }
  else
    {
      dq_map_set_language (job->map, job->options.language);
      scene = dq_map_build_scene_full (job->map, job->options.width, job->options.height,
                                       job->options.max_height, job->options.dark);
      *provenance = dq_provenance_new_for_scene (scene);
    }

  return scene;
}

/* Writes @scene of a chart, or of the map when @chart is %NULL: the image,
 * with where it comes from written into it, and with --bundle the files
 * beside it. */
static gboolean
export_one (Export          *job,
            DqChart         *chart,
            DqScene         *scene,
            DqProvenance    *provenance,
            DqExportFormat   format,
            const char      *path,
            gboolean         progress,
            GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  DqExportSettings settings = { .dpi = job->dpi, .transparent = job->transparent };

  settings.provenance = provenance;

  /* A size too small for the chart is said, not left to be found in the
   * file, which is written all the same. */
  if (dq_scene_get_overflows (scene))
    {
      g_printerr (_("dostyq export: %s: the chart does not fit %.0f × %.0f px: some of it "
                    "overlaps or runs past the edge; give a larger --height, or a --size whose "
                    "height follows the chart"),
                  path, dq_scene_get_width (scene), dq_scene_get_height (scene));
      g_printerr ("\n");
    }

  if (job->bundle)
    {
      if (!dq_bundle_write (chart, scene, format, &settings, file, written, error))
        return FALSE;
    }
  else if (!dq_scene_export_file_full (scene, format, &settings, file, error))
    return FALSE;

  if (progress && job->bundle)
    {
      for (guint i = 0; i < written->len; i++)
        g_print ("%s\n", (const char *) g_ptr_array_index (written, i));
    }
  else if (progress)
    g_print ("%s\n", path);

  return TRUE;
}

/* Reads the command line into @job. */
static int
parse_options (Export  *job,
               int      argc,
               char   **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &job->chart_id,
      N_("The chart to export, or “map” (see “dostyq list”); with --data, grouped or "
         "diverging (default: grouped)"), "ID" },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &job->all, N_("Export every chart and the map"), NULL },
    { "group", 'g', 0, G_OPTION_ARG_STRING, &job->group,
      N_("The map: highlight the regions and centres of this ethnic group; a census chart: "
         "the groups to chart, separated by commas; the timeline: only this group's events"),
      "ID" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &job->kinds,
      N_("Map only: show only these kinds of centre, separated by commas; “conflict” stands "
         "for events"), N_("KIND") },
    { "country", 0, 0, G_OPTION_ARG_STRING, &job->country,
      N_("The map: show one country's centres and events, KZ or UZ; the timeline: only the "
         "events in this country"), N_("COUNTRY") },
    { "regions", 0, 0, G_OPTION_ARG_STRING, &job->regions,
      N_("Map only: which regions of Kazakhstan, 2024 (today’s, the default) or pre-2018 "
         "(with South Kazakhstan region)"), N_("DIVISION") },
    { "shares", 0, 0, G_OPTION_ARG_NONE, &job->shares,
      N_("The map: colour today’s regions by the --group’s share of the population, where a "
         "figure is published; a census chart: shares instead of counts"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &job->format_str,
      N_("png, svg or pdf, several separated by commas, or all (default: from the file "
         "name, else png)"), N_("FORMAT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &job->lang_str,
      N_("Language of the chart: en, ru or kk, several separated by commas, or all "
         "(default: en)"), "LANG" },
    { "width", 'W', 0, G_OPTION_ARG_STRING, &job->width_str,
      N_("Width in pixels, or in millimetres as 85mm"), "W" },
    { "height", 'H', 0, G_OPTION_ARG_STRING, &job->height_str,
      N_("Height in pixels, or in millimetres as 60mm"), "H" },
    { "size", 's', 0, G_OPTION_ARG_STRING, &job->size_str,
      N_("A size preset: screen (1600×1000 px), slide (1920×1080 px), column (85 × 85 mm at "
         "300 dpi) or full (174 mm at 300 dpi)"), N_("PRESET") },
    { "dpi", 0, 0, G_OPTION_ARG_STRING, &job->dpi_str,
      N_("Resolution: pixels per inch of a PNG (default: 96, or 300 for the print sizes)"), "N" },
    { "transparent", 0, 0, G_OPTION_ARG_NONE, &job->transparent,
      N_("Leave the background out: a PNG with an alpha channel, vector files without a "
         "background"), NULL },
    { "bundle", 'b', 0, G_OPTION_ARG_NONE, &job->bundle,
      N_("Write beside each image the chart’s data (.csv), its text for screen readers "
         "(.alt.txt) and the citation of its sources (.citation.txt, .bib)"), NULL },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &job->theme_str,
      N_("light or dark (default: light)"), N_("THEME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &job->output,
      N_("The file to write, for one chart in one language and format"), N_("FILE") },
    { "out-dir", 0, 0, G_OPTION_ARG_FILENAME, &job->out_dir,
      N_("The folder to write into, as CHART.LANG.FORMAT"), N_("DIR") },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &job->dataset_path,
      N_("Read this dataset file instead of the bundled one"), N_("FILE") },
    { "project", 'p', 0, G_OPTION_ARG_FILENAME, &job->project_path,
      N_("Export the charts of this project, with the figures corrected in it"), N_("FILE") },
#if DQ_BENCHMARKS
    { "repeat", 0, 0, G_OPTION_ARG_INT, &job->repeat,
      N_("For benchmarks: draw and write each file N times in this one process"), "N" },
#endif
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &job->data_path,
      N_("Chart your own survey data: a CSV, TSV, SPSS (.sav, .zsav, .por) or Stata (.dta) "
         "file"), N_("FILE") },
    { "row", 'r', 0, G_OPTION_ARG_STRING, &job->row,
      N_("With --data: the variable whose answers are charted"), N_("VAR") },
    { "col", 0, 0, G_OPTION_ARG_STRING, &job->column,
      N_("With --data: the variable that splits respondents into groups, one series or row "
         "each"), N_("VAR") },
    { "weight", 'w', 0, G_OPTION_ARG_STRING, &job->weight,
      N_("With --data: the variable of respondents’ weights"), N_("VAR") },
    { "no-weight", 0, 0, G_OPTION_ARG_NONE, &job->no_weight,
      N_("Count every respondent once, even when the file stores a weight"), NULL },
    { "missing", 'm', 0, G_OPTION_ARG_STRING, &job->missing,
      N_("With --data: codes to treat as missing values besides those the file declares, "
         "e.g. 9,99"), N_("CODES") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &job->encoding,
      N_("With --data: encoding of the file, e.g. UTF-8 or CP1251 (default: detected)"),
      N_("ENC") },
    { "reverse", 0, 0, G_OPTION_ARG_NONE, &job->reverse,
      N_("With --data and --chart diverging: the scale runs from positive to negative, as one "
         "coded 1 = very positive does"), NULL },
    DQ_CLI_CASES_ENTRIES (job->filters, job->recodes),
    { NULL }
  };

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

  return KEEP_GOING;
}

/* With --data: reads a project's settings, which the command line's
 * replace, and checks the crosstab's options. */
static int
check_data_options (Export *job)
{
  g_autoptr(GError) error = NULL;

  if (job->all || job->dataset_path != NULL)
    return dq_cli_usage_error ("export", _("--data makes one chart of your own data; it "
                                           "does not go with --all or --dataset"));
  /* A project's edits, its table and its chart, unless the command line
   * asks for others. */
  if (dq_cli_is_project (job->data_path))
    {
      job->project_data = dq_cli_load_project_data (job->data_path, &job->analysis,
                                                    &job->n_corrected, &error);
      if (job->project_data == NULL)
        return dq_cli_data_error (error);
    }
  else
    job->analysis = dq_analysis_new ();
  if (job->row != NULL)
    dq_analysis_set_row_variable (job->analysis, job->row);
  if (job->column != NULL)
    dq_analysis_set_column_variable (job->analysis, job->column);
  if (job->weight != NULL)
    dq_analysis_set_weight (job->analysis, job->weight);
  if (dq_analysis_get_row_variable (job->analysis) == NULL)
    return dq_cli_usage_error ("export", _("give the variable to chart with --row"));
  if (job->chart_id != NULL && g_str_equal (job->chart_id, "diverging"))
    dq_analysis_set_chart (job->analysis, DQ_ANALYSIS_CHART_DIVERGING);
  else if (job->chart_id != NULL && g_str_equal (job->chart_id, "grouped"))
    dq_analysis_set_chart (job->analysis, DQ_ANALYSIS_CHART_GROUPED);
  else if (job->chart_id != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("with --data, --chart is grouped or "
                                                    "diverging, not “%s”"), job->chart_id);
      return dq_cli_usage_error ("export", message);
    }
  if (job->chart_id != NULL || job->reverse)
    dq_analysis_set_reverse (job->analysis, job->reverse);
  if (job->reverse && dq_analysis_get_chart (job->analysis) != DQ_ANALYSIS_CHART_DIVERGING)
    return dq_cli_usage_error ("export", _("--reverse applies only to --chart diverging"));
  if (job->missing != NULL &&
      !dq_cli_parse_missing_codes ("export", job->missing, job->missing_codes))
    return DQ_EXIT_USAGE_ERROR;
  if (job->missing != NULL)
    dq_analysis_set_missing_codes (job->analysis,
                                   (const double *) (gpointer) job->missing_codes->data,
                                   job->missing_codes->len);
  if (!dq_cli_apply_cases ("export", job->analysis, job->filters, job->recodes))
    return DQ_EXIT_USAGE_ERROR;

  return KEEP_GOING;
}

/* A chart that --group (and for the timeline --country) narrows. */
static gboolean
is_series_chart (const char *chart_id)
{
  return chart_id != NULL && (g_str_has_prefix (chart_id, "census") ||
                              g_str_equal (chart_id, "timeline"));
}

/* Which chart or map options go together. */
static int
check_chart_options (Export *job)
{
  int status;

  if (job->data_path != NULL)
    {
      status = check_data_options (job);
      if (status != KEEP_GOING)
        return status;
    }
  else
    {
      if (job->row != NULL || job->column != NULL || job->weight != NULL ||
          job->missing != NULL || job->encoding != NULL || job->reverse)
        return dq_cli_usage_error ("export", _("--row, --col, --weight, --missing, --encoding "
                                               "and --reverse apply only to --data"));
      if ((job->chart_id == NULL) == !job->all)
        return dq_cli_usage_error ("export", _("give either --chart ID or --all"));
    }
  if (job->project_path != NULL && (job->dataset_path != NULL || job->data_path != NULL))
    return dq_cli_usage_error ("export", _("give either --project, --dataset or --data"));
  if ((job->kinds != NULL || ((job->group != NULL || job->country != NULL) &&
                                !is_series_chart (job->chart_id))) &&
      g_strcmp0 (job->chart_id, MAP_ID) != 0)
    return dq_cli_usage_error ("export", _("--kind applies only to --chart map; --group and "
                                           "--country to the map, a census chart and the "
                                           "timeline"));
  if ((job->regions != NULL || (job->shares && !is_series_chart (job->chart_id))) &&
      g_strcmp0 (job->chart_id, MAP_ID) != 0)
    return dq_cli_usage_error ("export", _("--regions applies only to --chart map; --shares to "
                                           "the map and a census chart"));

  return KEEP_GOING;
}

/* Formats: as asked, else from the output's extension, else PNG; and the
 * languages. */
static int
check_formats (Export *job)
{
  if (job->format_str == NULL && job->output != NULL && strrchr (job->output, '.') != NULL)
    {
      DqExportFormat format;

      if (dq_export_format_from_string (strrchr (job->output, '.') + 1, &format))
        job->format_str = g_strdup (dq_export_format_to_string (format));
    }
  parse_list (job->format_str != NULL ? job->format_str : "png", "png,svg,pdf", &job->formats);
  parse_list (job->lang_str != NULL ? job->lang_str : "en", "en,ru,kk", &job->langs);

  for (guint i = 0; job->formats[i] != NULL; i++)
    {
      DqExportFormat format;

      if (!dq_export_format_from_string (job->formats[i], &format))
        {
          g_autofree char *message = g_strdup_printf (_("unknown format “%s”; use png, svg, pdf "
                                                        "or all"), job->formats[i]);
          return dq_cli_usage_error ("export", message);
        }
    }
  for (guint i = 0; job->langs[i] != NULL; i++)
    {
      DqLanguage language;

      if (!dq_language_from_code (job->langs[i], &language))
        {
          g_autofree char *message = g_strdup_printf (_("unknown language “%s”; use en, ru, kk "
                                                        "or all"), job->langs[i]);
          return dq_cli_usage_error ("export", message);
        }
    }

  return KEEP_GOING;
}

/* A number as people type it: digits with a point and an exponent. strtod
 * would also take "nan", "inf" and "0x10", none of them a size. */
static gboolean
parse_positive (const char *text,
                double     *value)
{
  char *end;

  if (*text == '\0' || text[strspn (text, "0123456789.eE+-")] != '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);

  return *end == '\0' && isfinite (*value) && *value > 0;
}

/* --width and --height: when given, a number of pixels, or of millimetres
 * with "mm" after it, that makes a PNG within what an export can write at
 * @dpi. Each message names the option and what was typed. */
static int
parse_length (const char *option,
              const char *text,
              double      dpi,
              double     *value,
              gboolean   *millimetres)
{
  g_autofree char *message = NULL;
  g_autofree char *number = NULL;
  double pixels;

  if (text == NULL)
    return KEEP_GOING;

  *millimetres = g_str_has_suffix (text, "mm");
  number = g_strndup (text, strlen (text) - (*millimetres ? 2 : 0));
  if (!parse_positive (number, value))
    message = g_strdup_printf (_("%s must be a positive number of pixels, not %s"), option, text);
  else
    {
      pixels = *millimetres ? dq_export_pixels (*value * 96 / 25.4, dpi) : *value;
      if (pixels < MIN_PIXELS || pixels > MAX_PIXELS)
        message = g_strdup_printf (_("%s must be from %d to %d pixels, not %s"), option,
                                   MIN_PIXELS, MAX_PIXELS, text);
      else
        return KEEP_GOING;
    }

  return dq_cli_usage_error ("export", message);
}

static int
parse_dpi (const char *text,
           double     *value)
{
  g_autofree char *message = NULL;

  if (text == NULL ||
      (parse_positive (text, value) && *value >= MIN_DPI && *value <= MAX_DPI))
    return KEEP_GOING;

  message = g_strdup_printf (_("%s must be a number of pixels per inch from %d to %d, not %s"),
                             "--dpi", MIN_DPI, MAX_DPI, text);

  return dq_cli_usage_error ("export", message);
}

/* The size, resolution and theme of the scenes. */
static int
check_size (Export *job)
{
  gboolean width_mm = FALSE, height_mm = FALSE;
  double dpi_for_mm;
  int status;

  /* A size in millimetres is for print: 300 dpi unless told. */
  if ((status = parse_dpi (job->dpi_str, &job->dpi)) != KEEP_GOING)
    return status;
  dpi_for_mm = job->dpi > 0 ? job->dpi : 300;
  if ((status = parse_length ("--width", job->width_str, dpi_for_mm, &job->width,
                              &width_mm)) != KEEP_GOING ||
      (status = parse_length ("--height", job->height_str, dpi_for_mm, &job->height,
                              &height_mm)) != KEEP_GOING)
    return status;

  if (job->size_str != NULL)
    {
      job->preset = dq_size_preset_lookup (job->size_str);
      if (job->preset == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("unknown size “%s”; use screen, slide, "
                                                        "column or full"), job->size_str);
          return dq_cli_usage_error ("export", message);
        }
      if (job->width > 0 || job->height > 0)
        return dq_cli_usage_error ("export", _("give either --size or --width and --height"));
    }

  if ((job->width > 0) != (job->height > 0))
    return dq_cli_usage_error ("export", _("give both --width and --height"));

  if (job->repeat < 1)
    return dq_cli_usage_error ("export", _("--repeat must be at least 1"));

  if (job->dpi == 0)
    job->dpi = job->width > 0 ? (width_mm || height_mm ? dpi_for_mm : 96) : job->preset->dpi;

  /* Scene units are 1/96 inch: a size in pixels at the given resolution,
   * or in millimetres. */
  if (job->width > 0)
    {
      job->options.width = width_mm ? job->width * 96 / 25.4 : job->width * 96 / job->dpi;
      job->options.height = height_mm ? job->height * 96 / 25.4 : job->height * 96 / job->dpi;
    }
  else
    {
      dq_size_preset_scene_size (job->preset, &job->options.width, &job->options.height);
      job->options.max_height = dq_size_preset_scene_max_height (job->preset);
    }

  if (job->theme_str != NULL && !g_str_equal (job->theme_str, "light") &&
      !g_str_equal (job->theme_str, "dark"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown theme “%s”; use light or dark"),
                                                  job->theme_str);
      return dq_cli_usage_error ("export", message);
    }
  job->options.dark = g_strcmp0 (job->theme_str, "dark") == 0;

  return KEEP_GOING;
}

/* The chart of one's own data: the crosstab of --row by --col in the file
 * of --data, and the chart of its source. */
static int
select_data_chart (Export *job)
{
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(GError) error = NULL;

  if (job->project_data != NULL)
    data = g_object_ref (job->project_data);
  else
    data = dq_cli_load_analysis_data (job->data_path, job->encoding, job->analysis, FALSE,
                                      &error);
  /* A file's stored weight weights the chart, as in dostyq crosstab; a
   * project keeps the weighting it was saved with. */
  if (data != NULL && (job->project_data == NULL || job->no_weight))
    dq_cli_choose_weight (job->analysis, data, job->no_weight);
  if (data != NULL)
    table = dq_analysis_compute (job->analysis, data, &error);
  if (table != NULL)
    source = dq_analysis_chart_crosstab (job->analysis, table, &error);
  if (source != NULL)
    dq_chart_source_set_n_corrected_values (source, job->n_corrected);

  if (source == NULL)
    {
      /* A variable the file does not have is a mistake on the command
       * line, as for “dostyq crosstab”. */
      if (g_error_matches (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE))
        return dq_cli_usage_error ("export", error->message);
      return dq_cli_data_error (error);
    }

  g_ptr_array_add (job->selected, dq_chart_new_for_source (source));

  return KEEP_GOING;
}

/* The groups, shares and country of a census chart or the timeline. */
static gboolean
configure_series_chart (Export  *job,
                        DqChart *chart)
{
  g_autoptr(GError) error = NULL;
  DqChartKind kind = dq_chart_get_kind (chart);

  if (job->shares && kind != DQ_CHART_CENSUS)
    error = g_error_new_literal (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                                 _("--shares applies to the map and a census chart, not to "
                                   "the timeline"));
  else if (kind == DQ_CHART_CENSUS && job->country != NULL)
    error = g_error_new_literal (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                                 _("a census chart is of one country; --country narrows the "
                                   "timeline"));
  else if (kind == DQ_CHART_CENSUS && job->group != NULL)
    {
      g_auto(GStrv) groups = g_strsplit (job->group, ",", -1);

      dq_chart_set_groups (chart, (const char * const *) groups, &error);
    }
  if (kind == DQ_CHART_CENSUS && error == NULL)
    dq_chart_set_shares (chart, job->shares);
  else if (kind == DQ_CHART_TIMELINE && error == NULL)
    dq_chart_set_filter (chart, job->group, job->country, &error);

  if (error != NULL)
    {
      dq_cli_usage_error ("export", error->message);
      return FALSE;
    }

  return TRUE;
}

/* The charts of the dataset that --chart or --all ask for, and the map. */
static int
select_charts (Export *job)
{
  g_autoptr(GError) error = NULL;

  if (job->data_path != NULL)
    return select_data_chart (job);

  /* Every word of the bundled dataset's charts is in the app's fonts (a
   * test checks it), so they need not the system's font configuration;
   * a dataset or project of the user's own keeps it, with its fallback
   * fonts for scripts the app's fonts lack. */
  if (job->project_path == NULL && job->dataset_path == NULL)
    dq_scene_use_app_fonts ();

  /* A project's dataset has its corrected figures, which its charts mark
   * as corrected. */
  if (job->project_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (job->project_path);
      g_autoptr(DqProject) project = dq_project_load (file, NULL, &error);

      if (project == NULL)
        return dq_cli_data_error (error);
      job->dataset = g_object_ref (dq_project_get_dataset (project));
    }
  else
    job->dataset = dq_cli_load_dataset (job->dataset_path, &error);
  if (job->dataset == NULL)
    return dq_cli_data_error (error);

  job->charts = dq_chart_list_for_dataset (job->dataset);
  if (job->all || g_str_equal (job->chart_id, MAP_ID))
    {
      int status;

      /* The map as it opens: both countries whole. The synthetic centres
       * of the tests are never added here. */
      job->map = dq_map_new (job->dataset);
      status = configure_map (job->map, job->dataset, job->group, job->kinds, job->country);
      if (status == EXIT_SUCCESS)
        status = dq_cli_map_configure (job->map, job->regions, job->shares, job->group);
      if (status != EXIT_SUCCESS)
        return status;
    }
  if (job->all)
    {
      for (guint i = 0; i < g_list_model_get_n_items (job->charts); i++)
        g_ptr_array_add (job->selected, g_list_model_get_item (job->charts, i));
    }
  else if (job->map == NULL)
    {
      DqChart *chart = dq_chart_lookup (job->charts, job->chart_id);

      if (chart == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("there is no chart “%s”; “dostyq list” "
                                                        "shows the charts"), job->chart_id);
          return dq_cli_usage_error ("export", message);
        }
      if (!configure_series_chart (job, chart))
        return DQ_EXIT_USAGE_ERROR;
      g_ptr_array_add (job->selected, g_object_ref (chart));
    }

  return KEEP_GOING;
}

/* Where the files go: -o for one, else a folder, made if need be. */
static int
check_destination (Export *job)
{
  guint n_files;

  n_files = (job->selected->len + (job->map != NULL)) * g_strv_length (job->formats) *
            g_strv_length (job->langs);
  if (job->output != NULL && (n_files != 1 || job->out_dir != NULL))
    return dq_cli_usage_error ("export", _("-o writes one file: one chart in one language and "
                                           "format; use --out-dir for more"));
  if (job->output == NULL && job->out_dir == NULL)
    return dq_cli_usage_error ("export", _("give -o FILE or --out-dir DIR"));

  if (job->out_dir != NULL && g_mkdir_with_parents (job->out_dir, 0755) != 0)
    {
      g_printerr (_("dostyq: %s: cannot create the folder: %s"), job->out_dir,
                  g_strerror (errno));
      g_printerr ("\n");
      return DQ_EXIT_DATA_ERROR;
    }

  return KEEP_GOING;
}

/* The path of a file in the folder, DIR/CHART.LANG.FORMAT (@suffix is
 * .LANG.FORMAT), with a name that keeps the letters of the chart's id and
 * is one a file system takes. Two charts of one run never share a file:
 * the second is written as CHART-2.LANG.FORMAT, and a note says so. A file
 * of an earlier run is replaced, as a run that is repeated expects. */
static char *
make_path (Export     *job,
           const char *id,
           gpointer    chart,
           const char *suffix)
{
  g_autofree char *name = dq_file_name_from_text (id, suffix);
  g_autofree char *first = NULL;
  gpointer owner;

  for (guint n = 2; g_hash_table_lookup_extended (job->names, name, NULL, &owner) &&
                    owner != chart; n++)
    {
      g_autofree char *numbered = g_strdup_printf ("-%u%s", n, suffix);

      if (first == NULL)
        first = g_steal_pointer (&name);
      g_free (name);
      name = dq_file_name_from_text (id, numbered);
    }

  if (!g_hash_table_contains (job->names, name))
    {
      if (first != NULL)
        {
          g_printerr (_("dostyq: another chart of this export is written to %s; “%s” is "
                        "written to %s"), first, id, name);
          g_printerr ("\n");
        }
      g_hash_table_insert (job->names, g_strdup (name), chart);
    }

  return g_build_filename (job->out_dir, name, NULL);
}

/* Writes @scene of one chart (or of the map, for NULL) in one format:
 * copy @copy of --repeat's. */
static int
write_file (Export         *job,
            DqChart        *chart,
            DqScene        *scene,
            DqProvenance   *provenance,
            const char     *lang,
            DqExportFormat  format,
            int             copy)
{
  const char *id = chart != NULL ? dq_chart_get_id (chart) : MAP_ID;
  gpointer owner = chart != NULL ? (gpointer) chart : (gpointer) job->map;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *suffix = NULL;

  /* Into a folder, each copy of --repeat gets its own file,
   * CHART.LANG-NNN.FORMAT, as the peers' batches do. */
  if (job->output != NULL)
    path = g_strdup (job->output);
  else if (job->repeat > 1)
    {
      suffix = g_strdup_printf (".%s-%03d.%s", lang, copy + 1, dq_export_format_to_string (format));
      path = make_path (job, id, owner, suffix);
    }
  else
    {
      suffix = g_strdup_printf (".%s.%s", lang, dq_export_format_to_string (format));
      path = make_path (job, id, owner, suffix);
    }

  if (!export_one (job, chart, scene, provenance, format, path,
                   job->output == NULL && copy == job->repeat - 1, &error))
    return dq_cli_data_error (error);

  return KEEP_GOING;
}

/* The charts, then the map; each in every language, laid out once and
 * written in every format. --repeat redoes the whole job, scene included,
 * as a batch of charts would. */
static int
write_files (Export *job)
{
  for (guint c = 0; c < job->selected->len + (job->map != NULL); c++)
    for (guint l = 0; job->langs[l] != NULL; l++)
      for (int r = 0; r < job->repeat; r++)
        {
          DqChart *chart = c < job->selected->len ? g_ptr_array_index (job->selected, c) : NULL;
          g_autoptr(DqScene) scene = NULL;
          g_autoptr(DqProvenance) provenance = NULL;

          dq_language_from_code (job->langs[l], &job->options.language);
          scene = build_scene (job, chart, &provenance);

          for (guint f = 0; job->formats[f] != NULL; f++)
            {
              DqExportFormat format;
              int status;

              dq_export_format_from_string (job->formats[f], &format);
              status = write_file (job, chart, scene, provenance, job->langs[l], format, r);
              if (status != KEEP_GOING)
                return status;
            }
        }

  return EXIT_SUCCESS;
}

int
dq_cli_export_run (int    argc,
                   char **argv)
{
  g_auto(Export) job = { 0 };
  int (*const steps[]) (Export *) = {
    check_chart_options, check_formats, check_size, select_charts, check_destination,
    write_files,
  };
  int status;

  job.repeat = 1;
  job.preset = dq_size_preset_lookup ("screen");
  job.missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  job.selected = g_ptr_array_new_with_free_func (g_object_unref);
  job.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  status = parse_options (&job, argc, argv);
  for (guint i = 0; status == KEEP_GOING && i < G_N_ELEMENTS (steps); i++)
    status = steps[i] (&job);

  return status;
}
