/* dq-chart-census.c
 *
 * A series of tables over the years (Kazakhstan's censuses by ethnic
 * group) for one group or several compared: a point per cell on a time
 * scale, counts or shares, joined by a line only between years that both
 * have a figure, so that a gap shows as a gap. A derived cell (the sum of
 * two printed cells) is an open point; each point carries its figure, whose
 * table source the tooltip, the data table and the CSV give.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart-private.h"
#include "dq-format.h"
#include "dq-series-strings.h"

/* A census chart shows at most this many groups; more would repeat the
 * palette's colours. */
#define MAX_GROUPS DQ_THEME_N_SERIES

/* Majority groups are left out of the default comparison: at a tenth of
 * the population or more they flatten every other line. */
#define DEFAULT_MAX_SHARE 0.1
#define DEFAULT_N_GROUPS 5

typedef struct
{
  DqSeries *series;
  GStrv     groups;
  gboolean  shares;
} CensusData;

/* One cell of the chart: its figure (the count, or the stated share) and
 * the value drawn, or a gap. */
typedef struct
{
  DqFigure *figure;
  DqFigure *total;
  double    value;
  gboolean  has_value;
  gboolean  derived;
  double    x;
  double    y;
} Cell;

static void
census_data_free (gpointer data)
{
  CensusData *census = data;

  g_clear_object (&census->series);
  g_clear_pointer (&census->groups, g_strfreev);
  g_free (census);
}

static CensusData *
census_data (DqChart *chart)
{
  g_assert (dq_chart_get_kind (chart) == DQ_CHART_CENSUS);

  return _dq_chart_get_layout_data (chart);
}

/* The cell of @group in @year: the stated share, or the count, or the
 * count over the year's total. */
static Cell
lookup_cell (DqSeries   *series,
             const char *group,
             int         year,
             gboolean    shares)
{
  Cell cell = { NULL, };
  DqFigure *count = dq_series_lookup (series, group, year, DQ_UNIT_PEOPLE);
  DqFigure *share = shares ? dq_series_lookup (series, group, year, DQ_UNIT_PERCENT) : NULL;

  if (share != NULL && dq_figure_has_value (share))
    {
      cell.figure = share;
      cell.value = dq_figure_get_value (share);
      cell.has_value = TRUE;
    }
  else if (count != NULL && dq_figure_has_value (count))
    {
      DqFigure *total = dq_series_lookup (series, NULL, year, DQ_UNIT_PEOPLE);

      cell.figure = count;
      cell.value = dq_figure_get_value (count);
      cell.has_value = !shares;
      if (shares && total != NULL && dq_figure_has_value (total) &&
          dq_figure_get_value (total) > 0)
        {
          cell.total = total;
          cell.value = cell.value / dq_figure_get_value (total) * 100;
          cell.has_value = TRUE;
        }
    }

  if (cell.figure != NULL)
    cell.derived = dq_source_is_derived (dq_figure_get_source (cell.figure));

  return cell;
}

/* The figures the chart shows, for the data table and the source line:
 * its cells and the totals its shares are computed from. */
static void
collect_figures (DqChart *chart)
{
  CensusData *census = census_data (chart);
  GPtrArray *figures = dq_chart_get_figures (chart);
  const int *years;
  guint n_years;

  g_ptr_array_set_size (figures, 0);
  years = dq_series_get_years (census->series, &n_years);
  for (guint g = 0; census->groups[g] != NULL; g++)
    {
      for (guint y = 0; y < n_years; y++)
        {
          Cell cell = lookup_cell (census->series, census->groups[g], years[y], census->shares);

          if (cell.figure != NULL && cell.has_value)
            g_ptr_array_add (figures, g_object_ref (cell.figure));
          if (cell.total != NULL && !g_ptr_array_find (figures, cell.total, NULL))
            g_ptr_array_add (figures, g_object_ref (cell.total));
        }
    }
}

/* The groups with at least one count in the series, in the order of the
 * dataset's groups. */
static GPtrArray *
series_groups (DqDataset *dataset,
               DqSeries  *series)
{
  GListModel *groups = dq_dataset_get_groups (dataset);
  GPtrArray *ids = g_ptr_array_new ();
  const int *years;
  guint n_years;

  years = dq_series_get_years (series, &n_years);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
      const char *id = dq_group_get_id (group);

      for (guint y = 0; y < n_years; y++)
        {
          if (dq_series_lookup (series, id, years[y], DQ_UNIT_PEOPLE) != NULL ||
              dq_series_lookup (series, id, years[y], DQ_UNIT_PERCENT) != NULL)
            {
              g_ptr_array_add (ids, (gpointer) dq_group_get_id (group));
              break;
            }
        }
    }

  return ids;
}

static double
first_count (DqSeries   *series,
             const char *group)
{
  const int *years;
  guint n_years;

  years = dq_series_get_years (series, &n_years);
  for (guint y = 0; y < n_years; y++)
    {
      DqFigure *count = dq_series_lookup (series, group, years[y], DQ_UNIT_PEOPLE);

      if (count != NULL)
        return dq_figure_get_value (count);
    }

  return 0;
}

static int
compare_first_count (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  double ca = first_count (user_data, *(const char **) a);
  double cb = first_count (user_data, *(const char **) b);

  return ca < cb ? 1 : ca > cb ? -1 : 0;
}

/* The default comparison: the largest groups with a count in every year,
 * but not the majorities, whose size would flatten the others. */
static GStrv
default_groups (DqDataset *dataset,
                DqSeries  *series)
{
  g_autoptr(GPtrArray) candidates = series_groups (dataset, series);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const int *years;
  guint n_years, n = 0;

  years = dq_series_get_years (series, &n_years);
  g_ptr_array_sort_with_data (candidates, compare_first_count, series);
  for (guint i = 0; i < candidates->len && n < DEFAULT_N_GROUPS; i++)
    {
      const char *id = g_ptr_array_index (candidates, i);
      gboolean keep = TRUE;

      for (guint y = 0; keep && y < n_years; y++)
        {
          DqFigure *count = dq_series_lookup (series, id, years[y], DQ_UNIT_PEOPLE);
          DqFigure *total = dq_series_lookup (series, NULL, years[y], DQ_UNIT_PEOPLE);

          keep = count != NULL && total != NULL &&
                 dq_figure_get_value (count) < DEFAULT_MAX_SHARE * dq_figure_get_value (total);
        }
      if (keep)
        {
          g_strv_builder_add (builder, id);
          n++;
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * dq_chart_new_census:
 * @dataset: the dataset
 * @series: one of its series
 *
 * Makes a census chart of @series, comparing the largest groups that are
 * not majorities; dq_chart_set_groups() chooses others.
 *
 * Returns: (transfer full): the chart
 */
DqChart *
dq_chart_new_census (DqDataset *dataset,
                     DqSeries  *series)
{
  CensusData *census = g_new0 (CensusData, 1);
  g_autofree char *id = NULL;
  DqChart *chart;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (DQ_IS_SERIES (series), NULL);

  census->series = g_object_ref (series);
  census->groups = default_groups (dataset, series);
  /* The census of Kazakhstan, the one the command line's examples name, is
   * "census"; others take their series' id. */
  id = g_str_equal (dq_series_get_id (series), "kz-census")
         ? g_strdup ("census") : g_strdup_printf ("census-%s", dq_series_get_id (series));
  chart = _dq_chart_new (dataset, id, DQ_CHART_CENSUS, dq_text_copy (dq_series_get_name (series)),
                         census, census_data_free);
  collect_figures (chart);

  return chart;
}

void
_dq_chart_add_census_charts (GListStore *store,
                             DqDataset  *dataset)
{
  GListModel *series = dq_dataset_get_series (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(DqSeries) item = g_list_model_get_item (series, i);
      g_autoptr(DqChart) chart = dq_chart_new_census (dataset, item);

      g_list_store_append (store, chart);
    }
}

/**
 * dq_chart_get_series:
 * @self: a census chart
 *
 * Returns: (transfer none): the series it shows
 */
DqSeries *
dq_chart_get_series (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS, NULL);

  return census_data (self)->series;
}

/**
 * dq_chart_dup_series_groups:
 * @self: a census chart
 *
 * Returns: (transfer full): the ids of the groups its series has figures
 *   for, which dq_chart_set_groups() accepts
 */
GStrv
dq_chart_dup_series_groups (DqChart *self)
{
  g_autoptr(GPtrArray) ids = NULL;

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS, NULL);

  ids = series_groups (dq_chart_get_dataset (self), census_data (self)->series);
  g_ptr_array_add (ids, NULL);

  return g_strdupv ((char **) ids->pdata);
}

/**
 * dq_chart_get_groups:
 * @self: a census chart
 *
 * Returns: (transfer none): the ids of the groups it shows
 */
const char * const *
dq_chart_get_groups (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS, NULL);

  return (const char * const *) census_data (self)->groups;
}

/**
 * dq_chart_set_groups:
 * @self: a census chart
 * @group_ids: one group or several to compare, at most eight
 * @error: the place for an error
 *
 * Returns: %FALSE with @error set when a group has no figure in the series
 *   (the message names those that have) or there are too many
 */
gboolean
dq_chart_set_groups (DqChart             *self,
                     const char * const  *group_ids,
                     GError             **error)
{
  CensusData *census;
  g_auto(GStrv) known = NULL;

  g_return_val_if_fail (DQ_IS_CHART (self), FALSE);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS, FALSE);
  g_return_val_if_fail (group_ids != NULL, FALSE);

  census = census_data (self);
  known = dq_chart_dup_series_groups (self);
  if (g_strv_length ((char **) group_ids) > MAX_GROUPS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("a census chart compares at most %d groups"), MAX_GROUPS);
      return FALSE;
    }
  for (guint i = 0; group_ids[i] != NULL; i++)
    {
      if (!g_strv_contains ((const char * const *) known, group_ids[i]))
        {
          g_autofree char *allowed = g_strjoinv (", ", known);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” has no figure in the series “%s”; use one of: %s"),
                       group_ids[i], dq_series_get_id (census->series), allowed);
          return FALSE;
        }
    }

  g_strfreev (census->groups);
  census->groups = g_strdupv ((char **) group_ids);
  collect_figures (self);

  return TRUE;
}

gboolean
dq_chart_get_shares (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), FALSE);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS, FALSE);

  return census_data (self)->shares;
}

/**
 * dq_chart_set_shares:
 * @self: a census chart
 * @shares: %TRUE for shares of the population, %FALSE for counts
 *
 * A share is the one the table states, or else the count divided by the
 * table's total for the year.
 */
void
dq_chart_set_shares (DqChart  *self,
                     gboolean  shares)
{
  g_return_if_fail (DQ_IS_CHART (self));
  g_return_if_fail (dq_chart_get_kind (self) == DQ_CHART_CENSUS);

  census_data (self)->shares = !!shares;
  collect_figures (self);
}

/* The name of a group as a label starts: with a capital. */
static char *
group_name (DqDataset  *dataset,
            const char *id,
            DqLanguage  language)
{
  DqGroup *group = dq_dataset_lookup_group (dataset, id);
  const char *name = group != NULL ? dq_text_get (dq_group_get_name (group), language) : id;
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

/* "Derived: the sum of the printed cells 13,380,107 + 117,784", after a
 * newline, or "" for a cell printed as such. */
char *
_dq_chart_describe_derived (DqSource   *source,
                            DqLanguage  language)
{
  guint n_terms;
  const double *terms = dq_source_get_sum_of (source, &n_terms);
  GString *sum = g_string_new (NULL);
  g_autofree char *line = NULL;

  if (terms == NULL)
    return g_string_free (sum, FALSE);

  for (guint i = 0; i < n_terms; i++)
    {
      g_autofree char *term = dq_format_number (terms[i], -1, language);

      g_string_append_printf (sum, "%s%s", i > 0 ? " + " : "", term);
    }
  line = dq_series_string_format (DQ_SERIES_STRING_DERIVED_SUM, language, sum->str);
  g_string_free (sum, TRUE);

  return g_strconcat ("\n", line, NULL);
}

/* One field of a CSV row, and the row's end after the last. */
void
_dq_chart_append_csv (GString    *out,
                      const char *field,
                      gboolean    last)
{
  dq_csv_append_field (out, field);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
format_double (char   buffer[G_ASCII_DTOSTR_BUF_SIZE],
               double value)
{
  g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%.10g", value);
}

/* One row of the census CSV: a cell, drawn or a gap, with its source. */
static void
append_census_row (GString    *out,
                   DqChart    *chart,
                   const char *group,
                   int         year,
                   DqLanguage  language)
{
  CensusData *census = census_data (chart);
  Cell cell = lookup_cell (census->series, group, year, census->shares);
  DqSource *source = cell.figure != NULL ? dq_figure_get_source (cell.figure) : NULL;
  g_autofree char *name = group_name (dq_chart_get_dataset (chart), group, language);
  g_autofree char *sum = NULL;
  char year_str[16], value[G_ASCII_DTOSTR_BUF_SIZE] = "", count[G_ASCII_DTOSTR_BUF_SIZE] = "";
  char total[G_ASCII_DTOSTR_BUF_SIZE] = "";
  guint n_terms;
  const double *terms = source != NULL ? dq_source_get_sum_of (source, &n_terms) : NULL;

  g_snprintf (year_str, sizeof year_str, "%d", year);
  if (cell.has_value)
    format_double (value, cell.value);
  if (cell.figure != NULL && dq_figure_get_unit (cell.figure) == DQ_UNIT_PEOPLE)
    format_double (count, dq_figure_get_value (cell.figure));
  if (cell.total != NULL)
    format_double (total, dq_figure_get_value (cell.total));
  if (terms != NULL)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < n_terms; i++)
        g_string_append_printf (text, "%s%.0f", i > 0 ? " + " : "", terms[i]);
      sum = g_string_free (text, FALSE);
    }

  _dq_chart_append_csv (out, cell.figure != NULL ? dq_figure_get_id (cell.figure) : "", FALSE);
  _dq_chart_append_csv (out, group, FALSE);
  _dq_chart_append_csv (out, name, FALSE);
  _dq_chart_append_csv (out, year_str, FALSE);
  _dq_chart_append_csv (out, census->shares ? "percent" : "people", FALSE);
  _dq_chart_append_csv (out, value, FALSE);
  _dq_chart_append_csv (out, count, FALSE);
  _dq_chart_append_csv (out, total, FALSE);
  _dq_chart_append_csv (out, cell.figure == NULL ? "gap" : cell.derived ? "derived" : "printed",
                        FALSE);
  _dq_chart_append_csv (out, sum, FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_publisher (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_title (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_table (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_url (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_retrieved (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_document_id (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_row (source) : "", FALSE);
  _dq_chart_append_csv (out, source != NULL ? dq_source_get_column (source) : "", FALSE);
  _dq_chart_append_csv (out, cell.figure != NULL && dq_figure_get_note (cell.figure) != NULL
                             ? dq_text_get (dq_figure_get_note (cell.figure), language) : "", TRUE);
}

static char *
census_to_csv (DqChart    *chart,
               DqLanguage  language)
{
  CensusData *census = census_data (chart);
  GString *out = g_string_new ("id,group,group_name,year,unit,value,count,total,cell,sum_of,"
                               "publisher,title,table,url,retrieved,document,row,column,"
                               "note\r\n");
  const int *years;
  guint n_years;

  years = dq_series_get_years (census->series, &n_years);
  for (guint g = 0; census->groups[g] != NULL; g++)
    {
      for (guint y = 0; y < n_years; y++)
        append_census_row (out, chart, census->groups[g], years[y], language);
    }

  return g_string_free (out, FALSE);
}

/**
 * _dq_chart_series_to_csv:
 * @chart: a census chart or a timeline
 * @language: the language of the names
 *
 * The census: a row per group and year, gaps included, with the value
 * drawn, the count and total a share comes from, whether the cell is
 * printed or derived, and its table source. The timeline: a row per event.
 *
 * Returns: (transfer full): the CSV text
 */
char *
_dq_chart_series_to_csv (DqChart    *chart,
                         DqLanguage  language)
{
  if (dq_chart_get_kind (chart) == DQ_CHART_TIMELINE)
    return _dq_chart_timeline_to_csv (chart, language);

  return census_to_csv (chart, language);
}

/* The layout */

typedef struct
{
  DqChartFrame *frame;
  CensusData   *census;
  const int    *years;
  guint         n_years;
  guint         n_groups;
  /* n_groups × n_years cells, group by group */
  Cell         *cells;
  double        max_value;
  gboolean      any_gap;
  gboolean      any_derived;
  double        line_height;
  double        ascent;
  double        small_height;
  double        small_ascent;
  double        radius;
  double        line_width;
  double        first;
  double        step;
  int           count;
  double        y_max;
  double        axis_left;
  double        plot_left;
  double        plot_right;
  double        plot_top;
  double        plot_bottom;
} CensusLayout;

static char *
format_value (CensusLayout *layout,
              double        value)
{
  if (layout->census->shares)
    return dq_format_percent (value, value < 10 ? 2 : 1, layout->frame->language);

  return dq_format_number (value, 0, layout->frame->language);
}

static void
collect_cells (CensusLayout *layout)
{
  layout->cells = g_new0 (Cell, layout->n_groups * layout->n_years);
  for (guint g = 0; g < layout->n_groups; g++)
    {
      for (guint y = 0; y < layout->n_years; y++)
        {
          Cell *cell = &layout->cells[g * layout->n_years + y];

          *cell = lookup_cell (layout->census->series, layout->census->groups[g],
                               layout->years[y], layout->census->shares);
          layout->any_gap |= !cell->has_value;
          layout->any_derived |= cell->has_value && cell->derived;
          if (cell->has_value)
            layout->max_value = MAX (layout->max_value, cell->value);
        }
    }
}

/* Title, legend of groups and of derived points, notes and source. */
static void
add_frame (CensusLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  DqLanguage language = frame->language;
  DqDataset *dataset = dq_chart_get_dataset (frame->chart);
  g_autofree DqLegendItem *items = g_new0 (DqLegendItem, layout->n_groups + 1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const DqText *note = dq_series_get_note (layout->census->series);
  const char *notes[5] = { NULL, };
  guint n_items = 0, n_notes = 0;
  const char *name = dq_text_get (dq_series_get_name (layout->census->series), language);
  const char *country = dq_country_name (dq_series_get_country (layout->census->series), language);

  for (guint g = 0; g < layout->n_groups; g++)
    g_ptr_array_add (names, group_name (dataset, layout->census->groups[g], language));

  title = g_strdup_printf ("%s, %d–%d",
                           layout->n_groups == 1 ? (char *) g_ptr_array_index (names, 0) : name,
                           layout->years[0], layout->years[layout->n_years - 1]);
  subtitle = dq_series_string_format (layout->census->shares ? DQ_SERIES_STRING_SHARE_SUBTITLE
                                                             : DQ_SERIES_STRING_COUNT_SUBTITLE,
                                      language,
                                      layout->n_groups == 1 ? name : country);
  _dq_chart_frame_title (frame, title, subtitle);

  for (guint g = 0; layout->n_groups > 1 && g < layout->n_groups; g++)
    items[n_items++] = (DqLegendItem) { g_ptr_array_index (names, g),
                                        &frame->theme->series[g % DQ_THEME_N_SERIES],
                                        DQ_LEGEND_FILL };
  if (layout->any_derived)
    items[n_items++] = (DqLegendItem) { dq_series_string (DQ_SERIES_STRING_DERIVED_LEGEND,
                                                          language),
                                        &frame->theme->foreground, DQ_LEGEND_OUTLINE };
  if (n_items > 0)
    _dq_chart_frame_legend (frame, items, n_items);

  if (layout->n_groups == 0)
    notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_NO_GROUP, language);
  if (layout->any_gap)
    notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_GAP_NOTE, language);
  if (layout->any_derived)
    notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_DERIVED_NOTE, language);
  if (layout->census->shares)
    notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_SHARE_NOTE, language);
  if (note != NULL)
    notes[n_notes++] = dq_text_get (note, language);
  _dq_chart_frame_footer (frame, notes);
}

static double
value_y (const CensusLayout *layout,
         double              value)
{
  return layout->plot_bottom - value / layout->y_max * (layout->plot_bottom - layout->plot_top);
}

static double
year_x (const CensusLayout *layout,
        int                 year)
{
  int first = layout->years[0];
  int last = layout->years[layout->n_years - 1];

  if (first == last)
    return (layout->plot_left + layout->plot_right) / 2;

  return layout->plot_left + (double) (year - first) / (last - first) *
                             (layout->plot_right - layout->plot_left);
}

/* Sizes, the y axis from zero and its gutter, and the plot area, inset so
 * that the first and last years' labels fit. */
static void
measure (CensusLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  double gutter = 0, inset = 0, value_width;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &layout->line_height,
                         &layout->ascent);
  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &layout->small_height,
                         &layout->small_ascent);
  layout->radius = MAX (3, frame->font_label * 0.36);
  layout->line_width = MAX (1.5, frame->font_label * 0.12);

  _dq_chart_nice_ticks (0, MAX (layout->max_value, layout->census->shares ? 1 : 10), 5,
                        &layout->first, &layout->step, &layout->count);
  layout->y_max = layout->first + (layout->count - 1) * layout->step;
  for (int t = 0; t < layout->count; t++)
    {
      g_autofree char *label = layout->census->shares
        ? dq_format_percent (layout->first + t * layout->step, -1, frame->language)
        : dq_format_number (layout->first + t * layout->step, -1, frame->language);
      double width;

      dq_scene_measure_text (frame->scene, label, frame->font_small, FALSE, &width, NULL, NULL);
      gutter = MAX (gutter, width);
    }

  /* A single group's values are written beside its points. */
  {
    g_autofree char *widest = format_value (layout, layout->max_value);

    dq_scene_measure_text (frame->scene, widest, frame->font_label, TRUE, &value_width, NULL,
                           NULL);
    inset = layout->n_groups == 1 ? value_width / 2 + layout->radius : layout->radius * 2;
    inset = MAX (inset, frame->font_small * 2);
  }

  layout->axis_left = frame->left + gutter + frame->font_small * 0.6;
  layout->plot_left = layout->axis_left + inset;
  layout->plot_right = frame->right - inset;
  layout->plot_top = frame->top + layout->line_height * 1.4;
  layout->plot_bottom = frame->bottom - layout->small_height * 1.6;
}

/* Gridlines and tick labels of the y axis; the census years below. */
static void
draw_axes (CensusLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  double year_y = layout->plot_bottom + layout->small_height * 0.3 + layout->small_ascent;

  for (int t = 0; t < layout->count; t++)
    {
      double value = layout->first + t * layout->step;
      double y = value_y (layout, value);
      g_autofree char *label = layout->census->shares
        ? dq_format_percent (value, -1, frame->language)
        : dq_format_number (value, -1, frame->language);

      dq_scene_add_line (frame->scene, t == 0 ? DQ_MARK_ROLE_AXIS : DQ_MARK_ROLE_GRID,
                         layout->axis_left, y, frame->right, y,
                         t == 0 ? &frame->theme->axis : &frame->theme->grid, t == 0 ? 1.2 : 0.8);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label,
                         layout->axis_left - frame->font_small * 0.6,
                         y + layout->small_ascent - layout->small_height / 2, frame->font_small,
                         FALSE, DQ_TEXT_ANCHOR_END, &frame->theme->muted);
    }

  for (guint y = 0; y < layout->n_years; y++)
    {
      double x = year_x (layout, layout->years[y]);
      g_autofree char *year = g_strdup_printf ("%d", layout->years[y]);

      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_TICK, x, layout->plot_bottom, x,
                         layout->plot_bottom + layout->small_height * 0.25, &frame->theme->axis, 1);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, year, x, year_y,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                         &frame->theme->foreground);
    }
}

/* A segment joins two neighbouring years only when both have a value: a
 * gap is never bridged. */
static void
draw_lines (CensusLayout *layout)
{
  for (guint g = 0; g < layout->n_groups; g++)
    {
      const DqColor *color = &layout->frame->theme->series[g % DQ_THEME_N_SERIES];

      for (guint y = 1; y < layout->n_years; y++)
        {
          const Cell *a = &layout->cells[g * layout->n_years + y - 1];
          const Cell *b = a + 1;

          if (a->has_value && b->has_value)
            dq_scene_add_line (layout->frame->scene, DQ_MARK_ROLE_LINE, a->x, a->y, b->x, b->y,
                               color, layout->line_width);
        }
    }
}

/* A gap of a single group is labelled where its point would be: at the
 * foot of the axis, in the muted colour. */
static void
draw_gaps (CensusLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  const char *label = dq_series_string (DQ_SERIES_STRING_NO_FIGURE, frame->language);
  const DqColor *muted = &frame->theme->muted;
  double label_y = layout->plot_bottom - layout->radius * 2 - layout->small_height * 0.3;

  for (guint g = 0; g < layout->n_groups; g++)
    {
      const DqColor *color = &frame->theme->series[g % DQ_THEME_N_SERIES];

      for (guint y = 0; y < layout->n_years; y++)
        {
          const Cell *cell = &layout->cells[g * layout->n_years + y];
          DqMark *mark;

          if (cell->has_value)
            continue;

          /* A dotted stub in the group's colour where its point would be. */
          mark = dq_scene_add_line (frame->scene, DQ_MARK_ROLE_GAP, cell->x,
                                    layout->plot_bottom - layout->radius * 2, cell->x,
                                    layout->plot_bottom, layout->n_groups == 1 ? muted : color, 1.5);
          mark->dash = 2;
          dq_mark_set_datum (mark, layout->census->groups[g]);
          if (layout->n_groups == 1)
            dq_scene_add_text (frame->scene, DQ_MARK_ROLE_GAP_LABEL, label, cell->x, label_y,
                               frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE, muted);
        }
    }
}

static void
draw_points (CensusLayout *layout)
{
  DqChartFrame *frame = layout->frame;

  for (guint g = 0; g < layout->n_groups; g++)
    {
      const DqColor *color = &frame->theme->series[g % DQ_THEME_N_SERIES];

      for (guint y = 0; y < layout->n_years; y++)
        {
          const Cell *cell = &layout->cells[g * layout->n_years + y];
          DqMark *mark;

          if (!cell->has_value)
            continue;

          /* A derived cell is open, as other charts draw what the source
           * does not print as such. */
          if (cell->derived)
            {
              mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_POINT, cell->x, cell->y,
                                          layout->radius, &frame->theme->background);
              mark->stroke = *color;
              mark->line_width = layout->line_width;
            }
          else
            mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_POINT, cell->x, cell->y,
                                        layout->radius, color);
          dq_mark_set_datum (mark, dq_figure_get_id (cell->figure));
          dq_mark_set_item (mark, cell->figure);

          if (layout->n_groups == 1)
            {
              g_autofree char *value = format_value (layout, cell->value);

              mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, value, cell->x,
                                        cell->y - layout->radius - layout->line_height * 0.25 -
                                        (layout->line_height - layout->ascent),
                                        frame->font_label, TRUE, DQ_TEXT_ANCHOR_MIDDLE,
                                        &frame->theme->foreground);
              dq_mark_set_datum (mark, dq_figure_get_id (cell->figure));
              dq_mark_set_item (mark, cell->figure);
            }
        }
    }
}

void
_dq_chart_layout_census (DqChartFrame *frame)
{
  CensusLayout layout = { 0 };

  layout.frame = frame;
  layout.census = census_data (frame->chart);
  layout.years = dq_series_get_years (layout.census->series, &layout.n_years);
  layout.n_groups = g_strv_length (layout.census->groups);
  collect_cells (&layout);

  add_frame (&layout);
  if (layout.n_groups > 0)
    {
      measure (&layout);
      for (guint i = 0; i < layout.n_groups * layout.n_years; i++)
        {
          Cell *cell = &layout.cells[i];

          cell->x = year_x (&layout, layout.years[i % layout.n_years]);
          cell->y = cell->has_value ? value_y (&layout, cell->value) : layout.plot_bottom;
        }
      draw_axes (&layout);
      draw_lines (&layout);
      draw_gaps (&layout);
      draw_points (&layout);
    }

  g_free (layout.cells);
}
