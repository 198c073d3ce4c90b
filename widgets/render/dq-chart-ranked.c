/* dq-chart-ranked.c
 *
 * Population shares as ranked horizontal bars, largest first, on a linear
 * scale from zero. The shares span nearly three orders of magnitude
 * (66.9 % down to 0.09 %), so every value is written beside its bar, where
 * even a bar too short to see still has its number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"

static double
scale_x (double left,
         double right,
         double max,
         double value)
{
  return left + value / max * (right - left);
}

void
_dq_chart_layout_ranked (DqChartFrame *frame)
{
  DqChart *chart = frame->chart;
  DqDataset *dataset = dq_chart_get_dataset (chart);
  GPtrArray *figures = dq_chart_get_figures (chart);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *widest_tick = _dq_chart_format_percent (100, frame->language);
  double label_size = frame->font_label;
  double small_size = frame->font_small;
  double gutter = 0, reserve = 0, max = 0;
  double left, right, row, thickness, line, small_line, ascent, first, step, y, tick_width;
  int count, target;

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (chart), frame->language),
                         dq_chart_string (DQ_CHART_STRING_POPULATION_SUBTITLE, frame->language));
  /* Figure notes (a year not stated, two documents that differ) belong to
   * the tooltip and the data view; the chart only names its source. */
  _dq_chart_frame_footer (frame, NULL);

  if (figures->len == 0)
    return;

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);

      g_ptr_array_add (labels, _dq_chart_group_label (dataset, figure, frame->language));
      g_ptr_array_add (values, _dq_chart_format_percent (dq_figure_get_value (figure),
                                                         frame->language));
      max = MAX (max, dq_figure_get_value (figure));
    }

  /* Rows no thicker than a comfortable bar, and no thinner than a line of
   * text; with many groups on a small canvas the type gives way first. */
  for (double factor = 1; ; factor -= 0.05)
    {
      label_size = frame->font_label * factor;
      small_size = frame->font_small * factor;
      dq_scene_measure_text (frame->scene, "Ag", label_size, FALSE, NULL, &line, NULL);
      dq_scene_measure_text (frame->scene, "Ag", small_size, FALSE, NULL, &small_line, NULL);
      row = (frame->bottom - frame->top - small_line * 1.4) / figures->len;
      if (row >= line * 1.1 || factor < 0.75)
        break;
    }
  row = MIN (row, label_size * 2.6);
  thickness = row * 0.68;
  /* A canvas of free height gives back what rows of a comfortable
   * thickness leave empty, and grows rather than shrink the type. */
  frame->slack = frame->bottom - frame->top - row * figures->len - small_line * 1.4;
  frame->crowded = label_size < frame->font_label - 1e-9;

  for (guint i = 0; i < figures->len; i++)
    {
      double width;

      dq_scene_measure_text (frame->scene, g_ptr_array_index (labels, i), label_size, FALSE,
                             &width, NULL, NULL);
      gutter = MAX (gutter, width);
      dq_scene_measure_text (frame->scene, g_ptr_array_index (values, i), small_size, FALSE,
                             &width, NULL, NULL);
      reserve = MAX (reserve, width);
    }
  gutter = MIN (gutter, (frame->right - frame->left) * 0.35) + label_size * 0.7;
  reserve += small_size * 0.6;

  /* The scale ends on a tick at or above the largest share. */
  left = frame->left + gutter;
  right = frame->right - reserve;
  dq_scene_measure_text (frame->scene, widest_tick, small_size, FALSE, &tick_width, NULL, &ascent);
  target = (int) ((right - left) / (tick_width * 2));
  _dq_chart_nice_ticks (0, max, CLAMP (target, 2, 6), &first, &step, &count);
  max = first + (count - 1) * step;

  y = frame->top + row * figures->len;
  for (int t = 0; t < count; t++)
    {
      double value = first + t * step;
      g_autofree char *label = _dq_chart_format_percent (value, frame->language);
      double x = scale_x (left, right, max, value);

      if (value > 0)
        dq_scene_add_line (frame->scene, DQ_MARK_ROLE_GRID, x, frame->top, x, y,
                           &frame->theme->grid, 0.8);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label, x,
                         y + small_line * 0.3 + ascent, small_size, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                         &frame->theme->muted);
    }

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      double top = frame->top + i * row;
      double cy = top + row / 2;
      g_autoptr(GPtrArray) lines = NULL;
      double width = scale_x (left, right, max, dq_figure_get_value (figure)) - left;
      DqMark *mark;

      /* A group name too long for the gutter wraps when the row has room
       * for its lines, and is shortened when it has not. */
      lines = dq_scene_wrap_text (frame->scene, g_ptr_array_index (labels, i), label_size, FALSE,
                                  gutter - label_size * 0.7);
      if (lines->len * line > row && lines->len > 1)
        {
          char *shortened = g_strconcat (g_ptr_array_index (lines, 0), "…", NULL);

          g_ptr_array_set_size (lines, 1);
          g_free (g_ptr_array_index (lines, 0));
          g_ptr_array_index (lines, 0) = shortened;
        }
      for (guint l = 0; l < lines->len; l++)
        dq_scene_add_text (frame->scene, DQ_MARK_ROLE_ROW_LABEL, g_ptr_array_index (lines, l),
                           left - label_size * 0.5,
                           _dq_chart_centred_baseline (frame->scene, label_size,
                                                       cy + (l - (lines->len - 1) / 2.0) * line),
                           label_size, FALSE, DQ_TEXT_ANCHOR_END, &frame->theme->foreground);

      /* At least a hairline, so that 0.09 % is seen to be there. */
      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_BAR, left, cy - thickness / 2,
                                MAX (width, 1), thickness, &frame->theme->series[0]);
      dq_mark_set_datum (mark, dq_figure_get_id (figure));
      dq_mark_set_item (mark, figure);

      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, g_ptr_array_index (values, i),
                         left + MAX (width, 1) + small_size * 0.4,
                         _dq_chart_centred_baseline (frame->scene, small_size, cy), small_size,
                         FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->foreground);
    }

  dq_scene_add_line (frame->scene, DQ_MARK_ROLE_AXIS, left, frame->top, left, y,
                     &frame->theme->axis, 1.2);
}
