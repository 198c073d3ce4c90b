/* dq-chart-line.c
 *
 * Counts over time: a point per figure on a time scale, joined by a line,
 * with a y axis from zero. The sources behind these series state few
 * values, often loosely ("today … around 30 thousand"), so the chart shows
 * how loosely: an approximate value is an open point, and a segment that
 * reaches an approximate or undated value is dashed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"
#include "dq-format.h"

typedef struct
{
  DqFigure *figure;
  int       year;
  /* The figure states no year and is placed at its document's. */
  gboolean  undated;
  double    x;
  double    y;
} Point;

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *pa = a;
  const Point *pb = b;

  return pa->year - pb->year;
}

static gboolean
point_is_loose (const Point *point)
{
  return point->undated || dq_figure_get_bound (point->figure) != DQ_BOUND_EQ;
}

/* The points the chart can place honestly: a value and a year, the
 * figure's own or, failing that, the year its document was published. A
 * figure with neither is left out rather than given a year. */
static GArray *
collect_points (DqChart *chart)
{
  GPtrArray *figures = dq_chart_get_figures (chart);
  DqDataset *dataset = dq_chart_get_dataset (chart);
  GArray *points = g_array_new (FALSE, TRUE, sizeof (Point));

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      Point point = { figure, dq_figure_get_year (figure), FALSE, 0, 0 };

      if (!dq_figure_has_value (figure))
        continue;

      if (point.year == 0)
        {
          const char *document_id = dq_source_get_document_id (dq_figure_get_source (figure));
          DqDocument *document = dq_dataset_lookup_document (dataset, document_id);

          if (document == NULL || dq_document_get_year (document) == 0)
            continue;
          point.year = dq_document_get_year (document);
          point.undated = TRUE;
        }

      g_array_append_val (points, point);
    }

  g_array_sort (points, compare_points);

  return points;
}

/* The year under a point, and for an undated figure the words that say
 * where that year comes from, on a line of their own so that they fit a
 * narrow column. */
static void
x_label_lines (DqChartFrame *frame,
               const Point  *point,
               char        **year,
               char        **note)
{
  *year = g_strdup_printf ("%d", point->year);
  *note = point->undated ? g_strdup_printf ("(%s)", dq_chart_string (DQ_CHART_STRING_NOW,
                                                                     frame->language))
                         : NULL;
}

void
_dq_chart_layout_line (DqChartFrame *frame)
{
  DqChart *chart = frame->chart;
  g_autoptr(GArray) points = collect_points (chart);
  const DqColor *color = &frame->theme->series[0];
  const char *notes[3] = { NULL, };
  guint n_notes = 0;
  gboolean any_undated = FALSE;
  gboolean any_dashed = FALSE;
  double max_value = 0;
  double line_height, ascent, small_height, small_ascent;
  double gutter = 0, pad_left = 0, pad_right = 0, x_axis_height;
  double plot_left, plot_right, plot_top, plot_bottom, y_max;
  double first, step, radius, line_width;
  int min_year = G_MAXINT, max_year = G_MININT;
  int count;

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (chart), frame->language),
                         dq_chart_string (DQ_CHART_STRING_LEARNERS_SUBTITLE, frame->language));

  for (guint i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);

      any_undated |= point->undated;
      if (i > 0)
        any_dashed |= point_is_loose (point) || point_is_loose (point - 1);
      max_value = MAX (max_value, dq_figure_get_value (point->figure));
      min_year = MIN (min_year, point->year);
      max_year = MAX (max_year, point->year);
    }

  /* Say why a segment is dashed, and where an undated value was put. */
  if (any_dashed)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_DASHED_NOTE, frame->language);
  if (any_undated)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_UNDATED_NOTE, frame->language);
  _dq_chart_frame_footer (frame, notes);

  if (points->len == 0)
    return;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &line_height, &ascent);
  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &small_height,
                         &small_ascent);
  radius = MAX (3, frame->font_label * 0.36);
  line_width = MAX (1.5, frame->font_label * 0.12);

  /* The y axis starts at zero: a count's fall is read from the lengths. */
  _dq_chart_nice_ticks (0, MAX (max_value, 1), 5, &first, &step, &count);
  y_max = first + (count - 1) * step;

  for (int t = 0; t < count; t++)
    {
      g_autofree char *label = dq_format_number (first + t * step, -1, frame->language);
      double width;

      dq_scene_measure_text (frame->scene, label, frame->font_small, FALSE, &width, NULL, NULL);
      gutter = MAX (gutter, width);
    }
  gutter += frame->font_small * 0.6;

  /* The first and last value labels sit beside their points, outside the
   * line, so the plot is inset by them; the years below are centred on
   * their points and must fit as well. */
  for (guint i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);
      g_autofree char *value = dq_format_figure_value (point->figure, frame->language);
      g_autofree char *year = NULL;
      g_autofree char *note = NULL;
      double value_width, year_width, note_width = 0, side;

      x_label_lines (frame, point, &year, &note);
      dq_scene_measure_text (frame->scene, value, frame->font_label, TRUE, &value_width, NULL,
                             NULL);
      dq_scene_measure_text (frame->scene, year, frame->font_small, FALSE, &year_width, NULL, NULL);
      if (note != NULL)
        dq_scene_measure_text (frame->scene, note, frame->font_small, FALSE, &note_width, NULL,
                               NULL);

      side = MAX (value_width + radius + frame->font_small * 0.6, MAX (year_width, note_width) / 2);
      if (i == 0)
        pad_left = MAX (pad_left, side);
      if (i == points->len - 1)
        pad_right = MAX (pad_right, side);
    }

  x_axis_height = small_height * (any_undated ? 2 : 1) + small_height * 0.4;

  plot_left = frame->left + gutter;
  plot_right = frame->right;
  plot_top = frame->top + line_height * 0.5;
  plot_bottom = frame->bottom - x_axis_height;

  /* Gridlines and tick labels. */
  for (int t = 0; t < count; t++)
    {
      double value = first + t * step;
      double y = plot_bottom - value / y_max * (plot_bottom - plot_top);
      g_autofree char *label = dq_format_number (value, -1, frame->language);

      dq_scene_add_line (frame->scene, t == 0 ? "axis" : "grid", plot_left, y, plot_right, y,
                         t == 0 ? &frame->theme->axis : &frame->theme->grid, t == 0 ? 1.2 : 0.8);
      dq_scene_add_text (frame->scene, "tick-label", label, plot_left - frame->font_small * 0.6,
                         y + small_ascent - small_height / 2, frame->font_small, FALSE,
                         DQ_TEXT_ANCHOR_END, &frame->theme->muted);
    }

  /* A time scale: the distance between points is the time between them. */
  for (guint i = 0; i < points->len; i++)
    {
      Point *point = &g_array_index (points, Point, i);
      double inner_left = plot_left + pad_left;
      double inner_right = plot_right - pad_right;
      double value = dq_figure_get_value (point->figure);

      if (max_year == min_year)
        point->x = (inner_left + inner_right) / 2;
      else
        point->x = inner_left + (double) (point->year - min_year) / (max_year - min_year) *
                                (inner_right - inner_left);
      point->y = plot_bottom - value / y_max * (plot_bottom - plot_top);
    }

  /* Years under the points. */
  for (guint i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);
      g_autofree char *year = NULL;
      g_autofree char *note = NULL;
      double y = plot_bottom + small_height * 0.3 + small_ascent;

      x_label_lines (frame, point, &year, &note);
      dq_scene_add_line (frame->scene, "tick", point->x, plot_bottom, point->x,
                         plot_bottom + small_height * 0.25, &frame->theme->axis, 1);
      dq_scene_add_text (frame->scene, "tick-label", year, point->x, y, frame->font_small, FALSE,
                         DQ_TEXT_ANCHOR_MIDDLE, &frame->theme->foreground);
      if (note != NULL)
        dq_scene_add_text (frame->scene, "tick-label", note, point->x, y + small_height,
                           frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE, &frame->theme->muted);
    }

  /* The line, under the points. */
  for (guint i = 1; i < points->len; i++)
    {
      const Point *a = &g_array_index (points, Point, i - 1);
      const Point *b = &g_array_index (points, Point, i);
      DqMark *mark;

      mark = dq_scene_add_line (frame->scene, "line", a->x, a->y, b->x, b->y, color, line_width);
      if (point_is_loose (a) || point_is_loose (b))
        mark->dash = line_width * 3;
    }

  for (guint i = 0; i < points->len; i++)
    {
      const Point *point = &g_array_index (points, Point, i);
      const char *id = dq_figure_get_id (point->figure);
      g_autofree char *value = dq_format_figure_value (point->figure, frame->language);
      double label_x = point->x, label_y;
      DqTextAnchor anchor = DQ_TEXT_ANCHOR_MIDDLE;
      DqMark *mark;

      /* An approximate value is drawn open, as the diverging chart draws
       * a bound. */
      if (dq_figure_get_bound (point->figure) == DQ_BOUND_EQ)
        mark = dq_scene_add_circle (frame->scene, "point", point->x, point->y, radius, color);
      else
        {
          mark = dq_scene_add_circle (frame->scene, "point", point->x, point->y, radius,
                                      &frame->theme->background);
          mark->stroke = *color;
          mark->line_width = line_width;
        }
      dq_mark_set_datum (mark, id);

      /* Beside the point at either end, away from the line; between, below
       * a trough and otherwise above. */
      label_y = point->y + ascent - line_height / 2;
      if (i == 0 && points->len > 1)
        {
          label_x = point->x - radius - frame->font_small * 0.6;
          anchor = DQ_TEXT_ANCHOR_END;
        }
      else if (i == points->len - 1 && points->len > 1)
        {
          label_x = point->x + radius + frame->font_small * 0.6;
          anchor = DQ_TEXT_ANCHOR_START;
        }
      else
        {
          gboolean trough = points->len > 1 &&
                            point->y > g_array_index (points, Point, i - 1).y &&
                            point->y > g_array_index (points, Point, i + 1).y;

          if (trough)
            label_y = point->y + radius + line_height * 0.2 + ascent;
          else
            label_y = point->y - radius - line_height * 0.2 - (line_height - ascent);
        }

      mark = dq_scene_add_text (frame->scene, "value-label", value, label_x, label_y,
                                frame->font_label, TRUE, anchor, &frame->theme->foreground);
      dq_mark_set_datum (mark, id);
    }
}
