/* dq-chart-stacked.c
 *
 * A crosstab of many groups or many answers as stacked bars: a bar per
 * group of respondents, divided into its answers, which add to 100 %.
 * Grouped bars take a bar, and a colour, per group and answer: eleven
 * regions by a scale of 0 to 10 are 121 bars in eleven colours, which no
 * canvas holds and no reader tells apart. A journal prints such a table as
 * stacked bars, as for a Likert scale: a row per group, as many as a page
 * takes, and one colour per answer, on an ordered scale when the answers
 * are numbers. Every share is still drawn, and labelled where its
 * segment is wide enough; its interval is in the chart's data, which the
 * note says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"

typedef struct
{
  const char *group;
  char       *label;
  GPtrArray  *lines;
} Row;

typedef struct
{
  double label_size;
  double small_size;
  double label_line;
  double small_line;
  double gutter;
  double reserve;
  double slot;
  double axis_height;
  double slack;
} Metrics;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->label);
  g_clear_pointer (&row->lines, g_ptr_array_unref);
  g_free (row);
}

/* A row per group of respondents with a figure for any answer, in the
 * order of the source's groups. */
static GPtrArray *
collect_rows (DqChartFrame *frame)
{
  DqChartSource *source = _dq_chart_get_source (frame->chart);
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);

  for (guint g = 0; g < dq_chart_source_get_n_groups (source); g++)
    {
      const char *group = dq_chart_source_get_group (source, g);
      gboolean any = FALSE;
      Row *row;

      for (guint c = 0; !any && c < dq_chart_source_get_n_categories (source); c++)
        any = dq_chart_source_lookup (source, group, NULL,
                                      dq_chart_source_get_category_id (source, c)) != NULL;
      if (!any)
        continue;

      row = g_new0 (Row, 1);
      row->group = group;
      row->label = _dq_chart_respondents (group, frame->language);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

/* Whether the answers are numbers, as a scale of 0 to 10 without labels
 * is: then they are ordered, and their colours say so. */
static gboolean
answers_are_numbers (DqChartSource *source)
{
  guint n = dq_chart_source_get_n_categories (source);

  for (guint c = 0; c < n; c++)
    {
      const char *label = dq_text_get (dq_chart_source_get_category_label (source, c),
                                       DQ_LANGUAGE_EN);
      char *end = NULL;

      if (label == NULL || *label == '\0')
        return FALSE;
      g_ascii_strtod (label, &end);
      if (end == label || *end != '\0')
        return FALSE;
    }

  return n > 0;
}

/* The answers' colours: the series' eleven, which stay apart for readers
 * with colour blindness, for up to eleven answers of no order; an ordered
 * scale for numbers and for more answers, so that no colour repeats. */
static DqColor *
answer_colors (DqChartFrame *frame)
{
  DqChartSource *source = _dq_chart_get_source (frame->chart);
  guint n = dq_chart_source_get_n_categories (source);
  gboolean ordinal = n > DQ_THEME_N_SERIES + DQ_THEME_N_EXTRA_SERIES ||
                     answers_are_numbers (source);
  DqColor *colors = g_new0 (DqColor, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    {
      if (ordinal)
        dq_theme_get_ordinal_color (frame->theme, c, n, &colors[c]);
      else
        colors[c] = *dq_theme_get_series_color (frame->theme, c);
    }

  return colors;
}

static void
add_chrome (DqChartFrame  *frame,
            const DqColor *colors)
{
  DqChartSource *source = _dq_chart_get_source (frame->chart);
  guint n = dq_chart_source_get_n_categories (source);
  g_autofree DqLegendItem *legend = g_new0 (DqLegendItem, MAX (n, 1));
  const char *notes[] = { dq_chart_string (DQ_CHART_STRING_STACKED_NOTE, frame->language),
                          NULL };

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), frame->language),
                         _dq_chart_subtitle (frame->chart,
                                             dq_chart_string (DQ_CHART_STRING_SHARE_PERCENT,
                                                              frame->language),
                                             frame->language));
  for (guint c = 0; c < n; c++)
    legend[c] = (DqLegendItem) { dq_text_get (dq_chart_source_get_category_label (source, c),
                                              frame->language),
                                 &colors[c], DQ_LEGEND_FILL };
  _dq_chart_frame_legend (frame, legend, n);
  _dq_chart_frame_footer (frame, notes);
}

/* Wraps the row labels and sizes the rows for one type size. Returns
 * FALSE when rows that keep every label clear of the next do not fit. */
static gboolean
measure (DqChartFrame *frame,
         GPtrArray    *rows,
         double        factor,
         Metrics      *metrics)
{
  double width = frame->right - frame->left;
  g_autofree char *hundred = _dq_chart_format_percent (100, frame->language);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double natural, tallest = 0, available, tick_width;

  metrics->label_size = frame->font_label * factor;
  metrics->small_size = frame->font_small * factor;
  dq_scene_measure_text (frame->scene, "Ag", metrics->label_size, FALSE, NULL,
                         &metrics->label_line, NULL);
  dq_scene_measure_text (frame->scene, "Ag", metrics->small_size, FALSE, NULL,
                         &metrics->small_line, NULL);

  /* The gutter takes what the longest label needs, up to about a third of
   * the width; longer labels wrap, and every row is as tall as the
   * tallest label. */
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (labels, ((Row *) g_ptr_array_index (rows, i))->label);
  natural = _dq_chart_wrap_labels (frame, labels, metrics->label_size, width * 0.35, lines);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      g_clear_pointer (&row->lines, g_ptr_array_unref);
      row->lines = g_ptr_array_ref (g_ptr_array_index (lines, i));
      tallest = MAX (tallest, row->lines->len * metrics->label_line);
    }
  metrics->gutter = natural + metrics->label_size * 0.7;

  /* The last tick label is centred on 100 %. */
  dq_scene_measure_text (frame->scene, hundred, metrics->small_size, FALSE, &tick_width, NULL,
                         NULL);
  metrics->reserve = tick_width / 2;

  metrics->axis_height = metrics->small_line * 1.4;
  available = frame->bottom - frame->top - metrics->axis_height;
  metrics->slot = MAX (tallest * 1.05, metrics->small_line * 1.3);
  if (metrics->slot * rows->len > available)
    return FALSE;

  /* Rows grow with the room, up to a limit; never below what their labels
   * need. */
  metrics->slot = MAX (metrics->slot, MIN (available / rows->len, metrics->label_size * 2.6));
  metrics->slack = available - metrics->slot * rows->len;

  return TRUE;
}

static double
scale_x (DqChartFrame  *frame,
         const Metrics *metrics,
         double         value)
{
  double left = frame->left + metrics->gutter;
  double right = frame->right - metrics->reserve;

  return left + CLAMP (value, 0, 100) / 100 * (right - left);
}

/* One answer's segment of a row, labelled inside where it is wide enough.
 * Returns where the next segment starts, in percent. */
static double
add_segment (DqChartFrame  *frame,
             const Metrics *metrics,
             DqFigure      *figure,
             const DqColor *color,
             double         start,
             double         y)
{
  double thickness = metrics->slot * 0.72;
  double bar_y = y + (metrics->slot - thickness) / 2;
  double value = dq_figure_has_value (figure) ? MAX (0, dq_figure_get_value (figure)) : 0;
  double x0 = scale_x (frame, metrics, start);
  double x1 = scale_x (frame, metrics, start + value);
  g_autofree char *label = NULL;
  double label_width, label_height, ascent;
  DqMark *mark;

  /* A hairline of the background parts neighbouring segments. */
  mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_BAR, x0, bar_y, x1 - x0, thickness, color);
  mark->stroke = frame->theme->background;
  mark->line_width = 0.75;
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_mark_set_item (mark, figure);

  label = _dq_chart_format_figure_percent (figure, value, frame->language);
  dq_scene_measure_text (frame->scene, label, metrics->small_size, FALSE, &label_width,
                         &label_height, &ascent);
  if (label_width + metrics->small_size * 0.4 <= x1 - x0 && label_height <= thickness * 1.15)
    dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, label, (x0 + x1) / 2,
                       bar_y + (thickness - label_height) / 2 + ascent, metrics->small_size,
                       FALSE, DQ_TEXT_ANCHOR_MIDDLE, dq_theme_get_text_on (frame->theme, color));

  return start + value;
}

static void
add_row (DqChartFrame  *frame,
         const Metrics *metrics,
         const Row     *row,
         const DqColor *colors,
         double         y)
{
  DqChartSource *source = _dq_chart_get_source (frame->chart);
  double lines_height = row->lines->len * metrics->label_line;
  double start = 0;

  _dq_chart_draw_label_lines (frame, row->lines,
                              scale_x (frame, metrics, 0) - metrics->label_size * 0.5,
                              y + (metrics->slot - lines_height) / 2, metrics->label_size,
                              metrics->label_line);

  for (guint c = 0; c < dq_chart_source_get_n_categories (source); c++)
    {
      DqFigure *figure = dq_chart_source_lookup (source, row->group, NULL,
                                                 dq_chart_source_get_category_id (source, c));

      if (figure != NULL)
        start = add_segment (frame, metrics, figure, &colors[c], start, y);
    }
}

/**
 * _dq_chart_layout_stacked:
 * @frame: a chart of a crosstab, in its frame
 *
 * Lays the crosstab out as stacked bars, a row per group of respondents.
 * Type gets smaller only where the rows do not fit otherwise, which a
 * canvas of free height avoids by growing.
 */
void
_dq_chart_layout_stacked (DqChartFrame *frame)
{
  g_autoptr(GPtrArray) rows = collect_rows (frame);
  g_autofree DqColor *colors = answer_colors (frame);
  Metrics metrics = { 0 };
  double factor, lowest, y;

  add_chrome (frame, colors);
  if (rows->len == 0)
    return;

  /* Type gets smaller while it stays legible, to half its size on a large
   * canvas and not below the type scale's floor; past that, only when the
   * height is fixed, to 70 %. */
  lowest = MIN (0.7, MAX (0.5, 9.5 / frame->font_label));
  for (factor = 1; factor > lowest - 1e-9; factor -= 0.05)
    {
      if (measure (frame, rows, factor, &metrics))
        break;
    }
  if (factor < lowest - 1e-9 && !measure (frame, rows, lowest, &metrics))
    {
      frame->overflows = TRUE;
      metrics.slack = 0;
    }
  frame->crowded = factor < 1 - 1e-9;
  frame->slack = metrics.slack;

  _dq_chart_percent_axis (frame, scale_x (frame, &metrics, 0), scale_x (frame, &metrics, 100),
                          frame->top, frame->top + metrics.slot * rows->len, metrics.small_size,
                          metrics.small_line, FALSE);
  y = frame->top;
  for (guint r = 0; r < rows->len; r++)
    {
      add_row (frame, &metrics, g_ptr_array_index (rows, r), colors, y);
      y += metrics.slot;
    }
}
