/* dq-chart-timeline.c
 *
 * The dated events of the dataset on a time axis: a point per event at its
 * date, coloured by the family of its kind, and its name above it in the
 * lowest row where it fits, joined to its point by a leader. A name that
 * fits no row is left out and counted in a note; its point keeps its
 * tooltip. Events whose documents give no year are counted too. The chart
 * can be narrowed to one group and one country.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "dq-chart-private.h"
#include "dq-format.h"
#include "dq-series-strings.h"

typedef struct
{
  char      *group;
  char      *country;
  /* DqEvent, dated and matching the filter, in order */
  GPtrArray *events;
  guint      n_undated;
} TimelineData;

static void
timeline_data_free (gpointer data)
{
  TimelineData *timeline = data;

  g_clear_pointer (&timeline->group, g_free);
  g_clear_pointer (&timeline->country, g_free);
  g_clear_pointer (&timeline->events, g_ptr_array_unref);
  g_free (timeline);
}

static TimelineData *
timeline_data (DqChart *chart)
{
  g_assert (dq_chart_get_kind (chart) == DQ_CHART_TIMELINE);

  return _dq_chart_get_layout_data (chart);
}

/* The country an event concerns: as the dataset states it (a famine, a
 * law, a fieldwork period have a country but no place), or else that of
 * its place. */
static const char *
event_country (DqDataset *dataset,
               DqEvent   *event)
{
  DqPlace *place;

  if (dq_event_get_country (event) != NULL)
    return dq_event_get_country (event);

  place = dq_dataset_lookup_place (dataset, dq_event_get_place_id (event));

  return place != NULL ? dq_place_get_country (place) : NULL;
}

/* The time of an event in years: its year, and within it its month and
 * day where the source gives them. */
static double
event_time (DqEvent *event)
{
  int year, month, day;

  dq_event_get_date (event, &year, &month, &day);

  return year + (month > 0 ? (month - 1) / 12.0 : 0) + (day > 0 ? (day - 1) / 365.0 : 0);
}

/* The end of an event that lasted, in years as event_time() counts them;
 * %FALSE for one of a day, or whose end is not after its start. */
static gboolean
event_end_time (DqEvent *event,
                double  *time)
{
  int year, month, day;

  dq_event_get_end_date (event, &year, &month, &day);
  if (year == 0)
    return FALSE;

  /* To the end of the day, month or year the source names. */
  if (day > 0)
    *time = year + (MAX (month, 1) - 1) / 12.0 + day / 365.0;
  else if (month > 0)
    *time = year + month / 12.0;
  else
    *time = year + 1;

  return *time > event_time (event);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  DqEvent *ea = *(DqEvent **) a;
  DqEvent *eb = *(DqEvent **) b;
  double ta = event_time (ea);
  double tb = event_time (eb);

  if (ta != tb)
    return ta < tb ? -1 : 1;

  return g_strcmp0 (dq_event_get_id (ea), dq_event_get_id (eb));
}

static gboolean
event_matches (DqDataset    *dataset,
               DqEvent      *event,
               TimelineData *timeline)
{
  const char * const *groups = dq_event_get_group_ids (event);

  if (timeline->group != NULL && (groups == NULL || !g_strv_contains (groups, timeline->group)))
    return FALSE;
  if (timeline->country != NULL &&
      g_strcmp0 (event_country (dataset, event), timeline->country) != 0)
    return FALSE;

  return TRUE;
}

/* The events the filter lets through, dated ones in order; the others are
 * counted. */
static void
collect_events (DqChart *chart)
{
  TimelineData *timeline = timeline_data (chart);
  DqDataset *dataset = dq_chart_get_dataset (chart);
  GListModel *events = dq_dataset_get_events (dataset);

  g_ptr_array_set_size (timeline->events, 0);
  timeline->n_undated = 0;
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DqEvent) event = g_list_model_get_item (events, i);
      int year;

      if (!event_matches (dataset, event, timeline))
        continue;

      dq_event_get_date (event, &year, NULL, NULL);
      if (year == 0)
        timeline->n_undated++;
      else
        g_ptr_array_add (timeline->events, g_object_ref (event));
    }

  g_ptr_array_sort (timeline->events, compare_events);
}

/**
 * dq_chart_new_timeline:
 * @dataset: the dataset
 *
 * Makes the timeline of the dataset's dated events, all of them until
 * dq_chart_set_filter() narrows it.
 *
 * Returns: (transfer full): the chart
 */
DqChart *
dq_chart_new_timeline (DqDataset *dataset)
{
  TimelineData *timeline = g_new0 (TimelineData, 1);
  DqText *title;
  DqChart *chart;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);

  timeline->events = g_ptr_array_new_with_free_func (g_object_unref);
  title = dq_text_new (dq_series_string (DQ_SERIES_STRING_TIMELINE_TITLE, DQ_LANGUAGE_EN),
                       dq_series_string (DQ_SERIES_STRING_TIMELINE_TITLE, DQ_LANGUAGE_RU),
                       dq_series_string (DQ_SERIES_STRING_TIMELINE_TITLE, DQ_LANGUAGE_KK));
  chart = _dq_chart_new (dataset, "timeline", DQ_CHART_TIMELINE, title, timeline,
                         timeline_data_free);
  collect_events (chart);

  return chart;
}

void
_dq_chart_add_timeline (GListStore *store,
                        DqDataset  *dataset)
{
  g_autoptr(DqChart) chart = dq_chart_new_timeline (dataset);

  if (timeline_data (chart)->events->len > 0)
    g_list_store_append (store, chart);
}

/**
 * dq_chart_get_events:
 * @self: a timeline
 *
 * Returns: (transfer none) (element-type DqEvent): the events it shows, in
 *   the order of their dates
 */
GPtrArray *
dq_chart_get_events (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_TIMELINE, NULL);

  return timeline_data (self)->events;
}

/**
 * dq_chart_get_country:
 * @self: a timeline
 *
 * Returns: (nullable): the country it is narrowed to
 */
const char *
dq_chart_get_country (DqChart *self)
{
  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_TIMELINE, NULL);

  return timeline_data (self)->country;
}

/**
 * dq_chart_set_filter:
 * @self: a timeline
 * @group_id: (nullable): only the events of this group
 * @country: (nullable): only the events in this country ("KZ", "UZ")
 * @error: the place for an error
 *
 * Returns: %FALSE with @error set for a group or country the dataset does
 *   not know
 */
gboolean
dq_chart_set_filter (DqChart     *self,
                     const char  *group_id,
                     const char  *country,
                     GError     **error)
{
  TimelineData *timeline;
  DqDataset *dataset;

  g_return_val_if_fail (DQ_IS_CHART (self), FALSE);
  g_return_val_if_fail (dq_chart_get_kind (self) == DQ_CHART_TIMELINE, FALSE);

  timeline = timeline_data (self);
  dataset = dq_chart_get_dataset (self);
  if (group_id != NULL && dq_dataset_lookup_group (dataset, group_id) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("unknown group “%s”"),
                   group_id);
      return FALSE;
    }
  if (country != NULL && dq_country_name (country, DQ_LANGUAGE_EN) == country)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("unknown country “%s”; use KZ, UZ, KG, TJ or TM"), country);
      return FALSE;
    }

  g_free (timeline->group);
  timeline->group = g_strdup (group_id);
  g_free (timeline->country);
  timeline->country = g_strdup (country);
  collect_events (self);

  return TRUE;
}

/* "1997", "December 2017", "20 November 2022", as the language writes a
 * date; only the parts the source gives. */
static char *
format_date (DqEvent    *event,
             DqLanguage  language)
{
  static const char * const formats[DQ_N_LANGUAGES][3] = {
    [DQ_LANGUAGE_EN] = { "%Y", "%Y-%m", "%Y-%m-%d" },
    [DQ_LANGUAGE_RU] = { "%Y", "%m.%Y", "%d.%m.%Y" },
    [DQ_LANGUAGE_KK] = { "%Y", "%m.%Y", "%d.%m.%Y" },
  };
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  dq_event_get_date (event, &year, &month, &day);
  date = g_date_time_new_utc (year, MAX (month, 1), MAX (day, 1), 0, 0, 0);
  if (date == NULL)
    return g_strdup_printf ("%d", year);

  return g_date_time_format (date, formats[language][month == 0 ? 0 : day == 0 ? 1 : 2]);
}

/**
 * dq_chart_describe_event:
 * @self: a timeline
 * @event: one of its events
 * @language: the language of the text
 *
 * Returns: (transfer full): the event for a tooltip or a screen reader:
 *   its name and date, kind, description and the quote that states it
 */
char *
dq_chart_describe_event (DqChart    *self,
                         DqEvent    *event,
                         DqLanguage  language)
{
  DqDataset *dataset;
  DqSource *source;
  DqDocument *document;
  g_autofree char *date = NULL;
  g_autofree char *citation = NULL;
  GString *text;

  g_return_val_if_fail (DQ_IS_CHART (self), NULL);
  g_return_val_if_fail (DQ_IS_EVENT (event), NULL);

  dataset = dq_chart_get_dataset (self);
  source = dq_event_get_source (event);
  document = dq_dataset_lookup_document (dataset, dq_source_get_document_id (source));
  date = format_date (event, language);
  citation = dq_source_dup_citation (source);

  text = g_string_new (dq_text_get (dq_event_get_name (event), language));
  g_string_append_printf (text, " — %s\n%s", date,
                          dq_event_kind_name (dq_event_get_kind (event), language));
  if (dq_event_get_description (event) != NULL)
    g_string_append_printf (text, "\n%s", dq_text_get (dq_event_get_description (event), language));
  if (document != NULL)
    g_string_append_printf (text, "\n%s “%s”", dq_text_get (dq_document_get_short (document),
                                                             language), citation);

  return g_string_free (text, FALSE);
}

/**
 * _dq_chart_timeline_to_csv:
 * @chart: a timeline
 * @language: the language of the names
 *
 * Returns: (transfer full): a row per event, in order, with its date, kind,
 *   groups, country and source
 */
char *
_dq_chart_timeline_to_csv (DqChart    *chart,
                           DqLanguage  language)
{
  TimelineData *timeline = timeline_data (chart);
  DqDataset *dataset = dq_chart_get_dataset (chart);
  GString *out = g_string_new ("id,year,month,day,kind,name,country,groups,place,document,"
                               "quote\r\n");

  for (guint i = 0; i < timeline->events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (timeline->events, i);
      DqSource *source = dq_event_get_source (event);
      const char * const *groups = dq_event_get_group_ids (event);
      g_autofree char *group_list = groups != NULL ? g_strjoinv (" ", (char **) groups) : NULL;
      g_autofree char *citation = dq_source_dup_citation (source);
      char parts[3][16];
      int date[3];

      dq_event_get_date (event, &date[0], &date[1], &date[2]);
      for (guint p = 0; p < 3; p++)
        {
          if (date[p] != 0)
            g_snprintf (parts[p], sizeof parts[p], "%d", date[p]);
          else
            parts[p][0] = '\0';
        }

      _dq_chart_append_csv (out, dq_event_get_id (event), FALSE);
      for (guint p = 0; p < 3; p++)
        _dq_chart_append_csv (out, parts[p], FALSE);
      _dq_chart_append_csv (out, dq_event_get_kind (event), FALSE);
      _dq_chart_append_csv (out, dq_text_get (dq_event_get_name (event), language), FALSE);
      _dq_chart_append_csv (out, event_country (dataset, event), FALSE);
      _dq_chart_append_csv (out, group_list, FALSE);
      _dq_chart_append_csv (out, dq_event_get_place_id (event), FALSE);
      _dq_chart_append_csv (out, dq_source_get_document_id (source), FALSE);
      _dq_chart_append_csv (out, citation, TRUE);
    }

  return g_string_free (out, FALSE);
}

/* The layout */

#define N_FAMILIES (DQ_SERIES_STRING_FAMILY_OTHER - DQ_SERIES_STRING_FAMILY_VIOLENCE + 1)

typedef struct
{
  DqChartFrame *frame;
  TimelineData *timeline;
  double        first_year;
  double        last_year;
  double        line_height;
  double        ascent;
  double        small_height;
  double        small_ascent;
  double        radius;
  double        plot_left;
  double        plot_right;
  double        axis_y;
  guint         n_lanes;
  guint         n_unlabelled;
} TimelineLayout;

static const DqColor *
family_color (const DqTheme  *theme,
              DqSeriesString  family)
{
  return &theme->series[(family - DQ_SERIES_STRING_FAMILY_VIOLENCE) % DQ_THEME_N_SERIES];
}

static double
time_x (const TimelineLayout *layout,
        double                time)
{
  double span = layout->last_year - layout->first_year;

  return layout->plot_left + (time - layout->first_year) / span *
                             (layout->plot_right - layout->plot_left);
}

/* "Sources: …": the documents of the events shown, which are not figures
 * and so not in the chart's own source line. */
static char *
source_line (TimelineLayout *layout)
{
  DqDataset *dataset = dq_chart_get_dataset (layout->frame->chart);
  DqLanguage language = layout->frame->language;
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < layout->timeline->events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (layout->timeline->events, i);
      DqSource *source = dq_event_get_source (event);
      DqDocument *document = dq_dataset_lookup_document (dataset,
                                                         dq_source_get_document_id (source));

      if (document != NULL && !g_ptr_array_find (documents, document, NULL))
        g_ptr_array_add (documents, document);
    }

  g_string_append (line, dq_chart_string (documents->len > 1 ? DQ_CHART_STRING_SOURCES
                                                             : DQ_CHART_STRING_SOURCE,
                                          language));
  for (guint i = 0; i < documents->len; i++)
    g_string_append_printf (line, "%s%s", i == 0 ? " " : "; ",
                            dq_text_get (dq_document_get_short (g_ptr_array_index (documents, i)),
                                         language));

  return g_string_free (line, FALSE);
}

/* The title, with the filter in the subtitle, the legend of the families
 * present, and the notes; the counts of left-out labels are known only once
 * the labels are placed, so the frame is laid out twice. */
static void
add_frame (TimelineLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  DqLanguage language = frame->language;
  DqDataset *dataset = dq_chart_get_dataset (frame->chart);
  TimelineData *timeline = layout->timeline;
  DqLegendItem items[N_FAMILIES];
  gboolean present[N_FAMILIES] = { FALSE, };
  g_autofree char *subtitle = NULL;
  g_autofree char *unlabelled = NULL;
  g_autofree char *undated = NULL;
  const char *notes[5] = { NULL, };
  guint n_items = 0, n_notes = 0;

  if (timeline->group != NULL || timeline->country != NULL)
    {
      DqGroup *group = dq_dataset_lookup_group (dataset, timeline->group);
      g_autofree char *filter = g_strjoin (", ",
                                           group != NULL ? dq_text_get (dq_group_get_name (group),
                                                                        language)
                                                         : dq_country_name (timeline->country,
                                                                            language),
                                           group != NULL && timeline->country != NULL
                                             ? dq_country_name (timeline->country, language)
                                             : NULL,
                                           NULL);

      subtitle = dq_series_string_format (DQ_SERIES_STRING_ONLY, language, filter);
    }
  else
    subtitle = g_strdup (dq_series_string (DQ_SERIES_STRING_TIMELINE_SUBTITLE, language));
  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), language),
                         subtitle);

  for (guint i = 0; i < timeline->events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (timeline->events, i);

      present[dq_event_kind_family (dq_event_get_kind (event)) -
              DQ_SERIES_STRING_FAMILY_VIOLENCE] = TRUE;
    }
  for (guint f = 0; f < N_FAMILIES; f++)
    {
      if (present[f])
        items[n_items++] = (DqLegendItem) { dq_series_string (DQ_SERIES_STRING_FAMILY_VIOLENCE + f,
                                                              language),
                                            family_color (frame->theme,
                                                          DQ_SERIES_STRING_FAMILY_VIOLENCE + f),
                                            DQ_LEGEND_FILL };
    }
  if (n_items > 0)
    _dq_chart_frame_legend (frame, items, n_items);

  if (timeline->events->len == 0)
    notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_NO_EVENTS, language);
  if (layout->n_unlabelled > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", layout->n_unlabelled);

      unlabelled = dq_series_string_format (DQ_SERIES_STRING_UNLABELLED_NOTE, language, number);
      notes[n_notes++] = unlabelled;
    }
  if (timeline->n_undated > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", timeline->n_undated);

      undated = dq_series_string_format (DQ_SERIES_STRING_UNDATED_NOTE, language, number);
      notes[n_notes++] = undated;
    }
  for (guint i = 0; i < timeline->events->len; i++)
    {
      double end;

      if (event_end_time (g_ptr_array_index (timeline->events, i), &end))
        {
          notes[n_notes++] = dq_series_string (DQ_SERIES_STRING_PERIOD_NOTE, language);
          break;
        }
    }
  {
    g_autofree char *sources = source_line (layout);

    dq_frame_footer (frame, notes, sources);
  }
}

static char *
event_label (DqEvent    *event,
             DqLanguage  language)
{
  int year;

  dq_event_get_date (event, &year, NULL, NULL);

  return g_strdup_printf ("%d · %s", year, dq_text_get (dq_event_get_name (event), language));
}

/* The years of the axis, whole decades or so around the events. */
static void
measure (TimelineLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  GPtrArray *events = layout->timeline->events;
  double first = event_time (g_ptr_array_index (events, 0));
  double last = event_time (g_ptr_array_index (events, events->len - 1));

  /* The axis reaches the end of the longest period too. */
  for (guint i = 0; i < events->len; i++)
    {
      double end;

      if (event_end_time (g_ptr_array_index (events, i), &end))
        last = MAX (last, end);
    }

  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &layout->line_height,
                         &layout->ascent);
  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &layout->small_height,
                         &layout->small_ascent);
  layout->radius = MAX (3, frame->font_label * 0.32);
  layout->first_year = floor (first);
  layout->last_year = MAX (ceil (last + 1e-9), layout->first_year + 1);
  layout->plot_left = frame->left + layout->radius;
  layout->plot_right = frame->right - layout->radius;
  layout->axis_y = frame->bottom - layout->small_height * 1.6;
  layout->n_lanes = MAX (1, (guint) floor ((layout->axis_y - frame->top - layout->radius * 3) /
                                           (layout->small_height * 1.2)));
}

static void
draw_axis (TimelineLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  double first, step;
  int count;

  dq_scene_add_line (frame->scene, DQ_MARK_ROLE_AXIS, layout->plot_left - layout->radius,
                     layout->axis_y, layout->plot_right + layout->radius, layout->axis_y,
                     &frame->theme->axis, 1.2);

  _dq_chart_nice_ticks (layout->first_year, layout->last_year,
                        MAX (2, (int) ((layout->plot_right - layout->plot_left) /
                                       (frame->font_small * 6))),
                        &first, &step, &count);
  step = MAX (step, 1);
  for (double year = ceil (layout->first_year / step) * step; year <= layout->last_year;
       year += step)
    {
      double x = time_x (layout, year);
      g_autofree char *label = g_strdup_printf ("%.0f", year);

      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_TICK, x, layout->axis_y, x,
                         layout->axis_y + layout->small_height * 0.25, &frame->theme->axis, 1);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label, x,
                         layout->axis_y + layout->small_height * 0.3 + layout->small_ascent,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE, &frame->theme->muted);
    }
}

/* A label placed, or the leader of one. */
typedef struct
{
  guint  lane;
  double left;
  double right;
  double x;
} Placed;

/* Whether a label in @lane from @left to @right, with its leader at @x,
 * touches nothing placed: no label of its row, no leader that rises
 * through it to a higher row, and no label of a lower row that its own
 * leader would cross. */
static gboolean
fits (GArray *placed,
      guint   lane,
      double  left,
      double  right,
      double  x,
      double  gap)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *other = &g_array_index (placed, Placed, i);

      if (other->lane == lane && other->left < right + gap && left < other->right + gap)
        return FALSE;
      if (other->lane > lane && other->x >= left - gap && other->x <= right + gap)
        return FALSE;
      if (other->lane < lane && x >= other->left - gap && x <= other->right + gap)
        return FALSE;
    }

  return TRUE;
}

/* Where a label starts: right of its point, or left of it where it would
 * run past the right edge. */
static double
label_left (TimelineLayout *layout,
            double          x,
            double          width)
{
  double pad = layout->radius * 0.8;

  if (x - layout->radius + width + pad + layout->radius <= layout->frame->right)
    return x - layout->radius;

  return x + layout->radius - width - pad;
}

/* The lowest row where a label fits; FALSE when none does. */
static gboolean
place_label (TimelineLayout *layout,
             GArray         *placed,
             double          x,
             double          width,
             Placed         *where)
{
  DqChartFrame *frame = layout->frame;
  double gap = frame->font_small * 0.5;
  double left = label_left (layout, x, width);
  double right = left + width + layout->radius * 1.8;

  if (left < frame->left)
    return FALSE;

  for (guint lane = 0; lane < layout->n_lanes; lane++)
    {
      if (fits (placed, lane, left, right, x, gap))
        {
          *where = (Placed) { lane, left, right, x };
          return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  guint  index;
  double left;
} Order;

static int
compare_left_descending (gconstpointer a,
                         gconstpointer b)
{
  const Order *oa = a;
  const Order *ob = b;

  return oa->left < ob->left ? 1 : oa->left > ob->left ? -1 : (int) ob->index - (int) oa->index;
}

/* Each label goes in the lowest row where it touches no other label nor
 * leader. The labels are placed from the one that starts furthest right
 * back to the first, so that a label reaching over later points sits above
 * their labels, as a staircase. A label that fits no row is left out, and
 * counted. The marks are then drawn in the order of the dates, which the
 * keyboard follows. */
static void
draw_events (TimelineLayout *layout)
{
  DqChartFrame *frame = layout->frame;
  GPtrArray *events = layout->timeline->events;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autofree Placed *where = g_new0 (Placed, events->len);
  g_autofree gboolean *labelled = g_new0 (gboolean, events->len);
  g_autofree double *widths = g_new0 (double, events->len);
  g_autofree Order *order = g_new0 (Order, events->len);

  for (guint i = 0; i < events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (events, i);
      g_autofree char *label = event_label (event, frame->language);

      dq_scene_measure_text (frame->scene, label, frame->font_small, FALSE, &widths[i], NULL,
                             NULL);
      order[i] = (Order) { i, label_left (layout, time_x (layout, event_time (event)), widths[i]) };
    }
  qsort (order, events->len, sizeof (Order), compare_left_descending);

  for (guint o = 0; o < events->len; o++)
    {
      guint i = order[o].index;
      DqEvent *event = g_ptr_array_index (events, i);

      labelled[i] = place_label (layout, placed, time_x (layout, event_time (event)), widths[i],
                                 &where[i]);
      if (labelled[i])
        g_array_append_val (placed, where[i]);
      else
        layout->n_unlabelled++;
    }

  /* An event that lasted is a band along the axis from its start to its
   * end, under the points. */
  for (guint i = 0; i < events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (events, i);
      DqColor color = *family_color (frame->theme,
                                     dq_event_kind_family (dq_event_get_kind (event)));
      double x = time_x (layout, event_time (event));
      double end;
      DqMark *mark;

      if (!event_end_time (event, &end))
        continue;
      color.alpha *= 0.45;
      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_PERIOD, x, layout->axis_y -
                                layout->radius * 0.45,
                                MAX (MIN (time_x (layout, end), layout->plot_right) - x, 1),
                                layout->radius * 0.9, &color);
      /* Its tooltip is the event's; keyboard focus stays on the point,
       * which alone carries the event's datum. */
      dq_mark_set_item (mark, event);
    }

  for (guint i = 0; i < events->len; i++)
    {
      DqEvent *event = g_ptr_array_index (events, i);
      const DqColor *color = family_color (frame->theme,
                                           dq_event_kind_family (dq_event_get_kind (event)));
      double x = time_x (layout, event_time (event));
      DqMark *mark;

      if (labelled[i])
        {
          g_autofree char *label = event_label (event, frame->language);
          gboolean right = where[i].left >= x - layout->radius;
          double baseline = layout->axis_y - layout->radius * 2.5 -
                            where[i].lane * layout->small_height * 1.2 -
                            (layout->small_height - layout->small_ascent);

          dq_scene_add_line (frame->scene, DQ_MARK_ROLE_LEADER, x, layout->axis_y, x,
                             baseline - layout->small_ascent, color, 0.8);
          mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_LABEL, label,
                                    right ? x + layout->radius * 0.8 : x - layout->radius * 0.8,
                                    baseline, frame->font_small, FALSE,
                                    right ? DQ_TEXT_ANCHOR_START : DQ_TEXT_ANCHOR_END,
                                    &frame->theme->foreground);
          dq_mark_set_datum (mark, dq_event_get_id (event));
          dq_mark_set_item (mark, event);
        }

      mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_EVENT, x, layout->axis_y,
                                  layout->radius, color);
      mark->stroke = frame->theme->background;
      mark->line_width = 1;
      dq_mark_set_datum (mark, dq_event_get_id (event));
      dq_mark_set_item (mark, event);
    }
}

void
_dq_chart_layout_timeline (DqChartFrame *frame)
{
  TimelineLayout layout = { 0 };
  guint noted = 0;

  layout.frame = frame;
  layout.timeline = timeline_data (frame->chart);

  /* How many labels are left out is known only once they are placed, and
   * the note that says so takes room from them: the frame is laid out
   * again until the count holds. */
  for (guint pass = 0; pass < 3; pass++)
    {
      if (pass > 0)
        _dq_chart_frame_reset (frame);
      layout.n_unlabelled = noted;
      add_frame (&layout);
      if (layout.timeline->events->len == 0)
        return;

      measure (&layout);
      draw_axis (&layout);
      layout.n_unlabelled = 0;
      draw_events (&layout);
      if (layout.n_unlabelled == noted)
        break;
      noted = layout.n_unlabelled;
    }
}
