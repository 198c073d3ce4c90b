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

/* A line chart being laid out: its points, sizes and plot area. */
typedef struct
{
  DqChartFrame  *frame;
  GArray        *points;
  const DqColor *color;
  gboolean       any_undated;
  double         max_value;
  int            min_year;
  int            max_year;
  double         line_height;
  double         ascent;
  double         small_height;
  double         small_ascent;
  double         radius;
  double         line_width;
  /* The y axis */
  double         first;
  double         step;
  int            count;
  double         y_max;
  /* The plot area, and the inset of the first and last points */
  double         plot_left;
  double         plot_right;
  double         plot_top;
  double         plot_bottom;
  double         pad_left;
  double         pad_right;
} LineLayout;

/* The title, and notes that say why a segment is dashed and where an
 * undated value was put. */
static void
add_frame (LineLayout *line)
{
  DqChartFrame *frame = line->frame;
  const char *notes[3] = { NULL, };
  guint n_notes = 0;
  gboolean any_dashed = FALSE;

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), frame->language),
                         dq_chart_string (DQ_CHART_STRING_LEARNERS_SUBTITLE, frame->language));

  line->min_year = G_MAXINT;
  line->max_year = G_MININT;
  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);

      line->any_undated |= point->undated;
      if (i > 0)
        any_dashed |= point_is_loose (point) || point_is_loose (point - 1);
      line->max_value = MAX (line->max_value, dq_figure_get_value (point->figure));
      line->min_year = MIN (line->min_year, point->year);
      line->max_year = MAX (line->max_year, point->year);
    }

  if (any_dashed)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_DASHED_NOTE, frame->language);
  if (line->any_undated)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_UNDATED_NOTE, frame->language);
  _dq_chart_frame_footer (frame, notes);
}

/* The widest tick label of the y axis, and the room after it. */
static double
y_axis_gutter (LineLayout *line)
{
  DqChartFrame *frame = line->frame;
  double gutter = 0;

  for (int t = 0; t < line->count; t++)
    {
      g_autofree char *label = dq_format_number (line->first + t * line->step, -1,
                                                 frame->language);
      double width;

      dq_scene_measure_text (frame->scene, label, frame->font_small, FALSE, &width, NULL, NULL);
      gutter = MAX (gutter, width);
    }

  return gutter + frame->font_small * 0.6;
}

/* The first and last value labels sit beside their points, outside the
 * line, so the plot is inset by them; the years below are centred on
 * their points and must fit as well. */
static void
measure_insets (LineLayout *line)
{
  DqChartFrame *frame = line->frame;

  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);
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

      side = MAX (value_width + line->radius + frame->font_small * 0.6,
                  MAX (year_width, note_width) / 2);
      if (i == 0)
        line->pad_left = MAX (line->pad_left, side);
      if (i == line->points->len - 1)
        line->pad_right = MAX (line->pad_right, side);
    }
}

/* Sizes, the y axis from zero, and the plot area. */
static void
measure (LineLayout *line)
{
  DqChartFrame *frame = line->frame;
  double x_axis_height;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &line->line_height,
                         &line->ascent);
  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line->small_height,
                         &line->small_ascent);
  line->radius = MAX (3, frame->font_label * 0.36);
  line->line_width = MAX (1.5, frame->font_label * 0.12);

  /* The y axis starts at zero: a count's fall is read from the lengths. */
  _dq_chart_nice_ticks (0, MAX (line->max_value, 1), 5, &line->first, &line->step, &line->count);
  line->y_max = line->first + (line->count - 1) * line->step;

  measure_insets (line);
  x_axis_height = line->small_height * (line->any_undated ? 2 : 1) + line->small_height * 0.4;

  line->plot_left = frame->left + y_axis_gutter (line);
  line->plot_right = frame->right;
  line->plot_top = frame->top + line->line_height * 0.5;
  line->plot_bottom = frame->bottom - x_axis_height;
}

static double
value_y (const LineLayout *line,
         double            value)
{
  return line->plot_bottom - value / line->y_max * (line->plot_bottom - line->plot_top);
}

/* Gridlines and tick labels. */
static void
draw_y_axis (LineLayout *line)
{
  DqChartFrame *frame = line->frame;

  for (int t = 0; t < line->count; t++)
    {
      double value = line->first + t * line->step;
      double y = value_y (line, value);
      g_autofree char *label = dq_format_number (value, -1, frame->language);

      dq_scene_add_line (frame->scene, t == 0 ? DQ_MARK_ROLE_AXIS : DQ_MARK_ROLE_GRID,
                         line->plot_left, y, line->plot_right, y,
                         t == 0 ? &frame->theme->axis : &frame->theme->grid, t == 0 ? 1.2 : 0.8);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label,
                         line->plot_left - frame->font_small * 0.6,
                         y + line->small_ascent - line->small_height / 2, frame->font_small, FALSE,
                         DQ_TEXT_ANCHOR_END, &frame->theme->muted);
    }
}

/* A time scale: the distance between points is the time between them. */
static void
place_points (LineLayout *line)
{
  double inner_left = line->plot_left + line->pad_left;
  double inner_right = line->plot_right - line->pad_right;

  for (guint i = 0; i < line->points->len; i++)
    {
      Point *point = &g_array_index (line->points, Point, i);

      if (line->max_year == line->min_year)
        point->x = (inner_left + inner_right) / 2;
      else
        point->x = inner_left + (double) (point->year - line->min_year) /
                                (line->max_year - line->min_year) * (inner_right - inner_left);
      point->y = value_y (line, dq_figure_get_value (point->figure));
    }
}

/* Years under the points. */
static void
draw_years (LineLayout *line)
{
  DqChartFrame *frame = line->frame;

  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);
      g_autofree char *year = NULL;
      g_autofree char *note = NULL;
      double y = line->plot_bottom + line->small_height * 0.3 + line->small_ascent;

      x_label_lines (frame, point, &year, &note);
      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_TICK, point->x, line->plot_bottom, point->x,
                         line->plot_bottom + line->small_height * 0.25, &frame->theme->axis, 1);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, year, point->x, y,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                         &frame->theme->foreground);
      if (note != NULL)
        dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, note, point->x,
                           y + line->small_height, frame->font_small, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                           &frame->theme->muted);
    }
}

/* The line, under the points. */
static void
draw_line (LineLayout *line)
{
  for (guint i = 1; i < line->points->len; i++)
    {
      const Point *a = &g_array_index (line->points, Point, i - 1);
      const Point *b = &g_array_index (line->points, Point, i);
      DqMark *mark;

      mark = dq_scene_add_line (line->frame->scene, DQ_MARK_ROLE_LINE, a->x, a->y, b->x, b->y,
                                line->color, line->line_width);
      if (point_is_loose (a) || point_is_loose (b))
        mark->dash = line->line_width * 3;
    }
}

/* Where a point's value goes: beside the point at either end, away from
 * the line; between, below a trough and otherwise above. */
static void
value_label_position (LineLayout   *line,
                      guint         i,
                      double       *x,
                      double       *y,
                      DqTextAnchor *anchor)
{
  const Point *point = &g_array_index (line->points, Point, i);
  double gap = line->frame->font_small * 0.6;
  guint n = line->points->len;

  *x = point->x;
  *y = point->y + line->ascent - line->line_height / 2;
  *anchor = DQ_TEXT_ANCHOR_MIDDLE;

  if (i == 0 && n > 1)
    {
      *x = point->x - line->radius - gap;
      *anchor = DQ_TEXT_ANCHOR_END;
    }
  else if (i == n - 1 && n > 1)
    {
      *x = point->x + line->radius + gap;
      *anchor = DQ_TEXT_ANCHOR_START;
    }
  else
    {
      gboolean trough = n > 1 &&
                        point->y > g_array_index (line->points, Point, i - 1).y &&
                        point->y > g_array_index (line->points, Point, i + 1).y;

      if (trough)
        *y = point->y + line->radius + line->line_height * 0.2 + line->ascent;
      else
        *y = point->y - line->radius - line->line_height * 0.2 - (line->line_height - line->ascent);
    }
}

static void
draw_points (LineLayout *line)
{
  DqChartFrame *frame = line->frame;

  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);
      const char *id = dq_figure_get_id (point->figure);
      g_autofree char *value = dq_format_figure_value (point->figure, frame->language);
      double label_x, label_y;
      DqTextAnchor anchor;
      DqMark *mark;

      /* An approximate value is drawn open, as the diverging chart draws
       * a bound. */
      if (dq_figure_get_bound (point->figure) == DQ_BOUND_EQ)
        mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_POINT, point->x, point->y,
                                    line->radius, line->color);
      else
        {
          mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_POINT, point->x, point->y,
                                      line->radius, &frame->theme->background);
          mark->stroke = *line->color;
          mark->line_width = line->line_width;
        }
      dq_mark_set_datum (mark, id);
      dq_mark_set_item (mark, point->figure);

      value_label_position (line, i, &label_x, &label_y, &anchor);
      mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, value, label_x, label_y,
                                frame->font_label, TRUE, anchor, &frame->theme->foreground);
      dq_mark_set_datum (mark, id);
      dq_mark_set_item (mark, point->figure);
    }
}

void
_dq_chart_layout_line (DqChartFrame *frame)
{
  g_autoptr(GArray) points = collect_points (frame->chart);
  LineLayout line = { 0 };

  line.frame = frame;
  line.points = points;
  line.color = &frame->theme->series[0];

  add_frame (&line);
  if (points->len == 0)
    return;

  measure (&line);
  draw_y_axis (&line);
  place_points (&line);
  draw_years (&line);
  draw_line (&line);
  draw_points (&line);
}
