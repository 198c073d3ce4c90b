/* dq-chart-frame.c
 *
 * A chart in the shared frame (title and subtitle, legend, source line and
 * notes, around a plot area), and what chart layouts share besides: nice
 * axis ticks, percentages, whiskers and group names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"
#include "dq-format.h"

/**
 * _dq_chart_frame_init:
 *
 * Starts a scene for @chart in the shared frame, with the theme's type
 * scale.
 */
void
_dq_chart_frame_init (DqChartFrame         *frame,
                      DqChart              *chart,
                      const DqChartOptions *options)
{
  dq_frame_init (frame, options->width, options->height, options->language, options->dark);
  frame->chart = chart;
}

/**
 * _dq_chart_frame_reset:
 *
 * Starts the scene again, for a layout that tries a simpler form when the
 * first does not fit the canvas.
 */
void
_dq_chart_frame_reset (DqChartFrame *frame)
{
  DqChartOptions options = {
    .width = frame->width,
    .height = frame->height,
    .language = frame->language,
    .dark = frame->dark,
  };

  g_clear_object (&frame->scene);
  _dq_chart_frame_init (frame, frame->chart, &options);
  dq_scene_set_title (frame->scene, dq_text_get (dq_chart_get_title (frame->chart),
                                                 options.language));
}

void
_dq_chart_frame_title (DqChartFrame *frame,
                       const char   *title,
                       const char   *subtitle)
{
  dq_frame_title (frame, title, subtitle, NULL);
}

void
_dq_chart_frame_legend (DqChartFrame       *frame,
                        const DqLegendItem *items,
                        guint               n_items)
{
  dq_frame_legend (frame, items, n_items);
}

/**
 * _dq_chart_frame_footer:
 *
 * The notes and the chart's source line at the bottom; the plot area ends
 * above them.
 */
void
_dq_chart_frame_footer (DqChartFrame       *frame,
                        const char * const *notes)
{
  g_autofree char *source = _dq_chart_source_line (frame->chart, frame->language);

  dq_frame_footer (frame, notes, source);
}

/**
 * _dq_chart_nice_ticks:
 * @min: the smallest value to cover
 * @max: the largest value to cover
 * @target: about how many ticks are wanted
 * @first: (out): the first tick, at or below @min
 * @step: (out): the distance between ticks: 1, 2, 2.5 or 5 times a power
 *   of ten
 * @count: (out): how many ticks reach @max
 */
void
_dq_chart_nice_ticks (double  min,
                      double  max,
                      int     target,
                      double *first,
                      double *step,
                      int    *count)
{
  static const double multiples[] = { 1, 2, 2.5, 5, 10 };
  double range = max - min;
  double raw, magnitude;

  if (range <= 0)
    range = fabs (max) > 0 ? fabs (max) : 1;

  raw = range / MAX (1, target);
  magnitude = pow (10, floor (log10 (raw)));
  *step = multiples[G_N_ELEMENTS (multiples) - 1] * magnitude;
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      if (multiples[i] * magnitude >= raw)
        {
          *step = multiples[i] * magnitude;
          break;
        }
    }

  *first = floor (min / *step + 1e-9) * *step;
  *count = (int) ceil ((max - *first) / *step - 1e-9) + 1;
}

/**
 * _dq_chart_format_percent:
 *
 * A percentage for a label, as the chart's language writes it.
 */
char *
_dq_chart_format_percent (double     value,
                          DqLanguage language)
{
  return dq_format_percent (value, -1, language);
}

/**
 * _dq_chart_add_whisker:
 *
 * A 95 % confidence interval: a line from @x_low to @x_high at @cy, with
 * end caps. The line carries the figure's id, for tooltips.
 */
void
_dq_chart_add_whisker (DqChartFrame *frame,
                       DqFigure     *figure,
                       double        x_low,
                       double        x_high,
                       double        cy,
                       double        cap)
{
  const DqColor *color = &frame->theme->foreground;
  DqMark *mark;

  mark = dq_scene_add_line (frame->scene, DQ_MARK_ROLE_WHISKER, x_low, cy, x_high, cy, color, 1);
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_mark_set_item (mark, figure);
  dq_scene_add_line (frame->scene, DQ_MARK_ROLE_WHISKER, x_low, cy - cap, x_low, cy + cap, color,
                     1);
  dq_scene_add_line (frame->scene, DQ_MARK_ROLE_WHISKER, x_high, cy - cap, x_high, cy + cap, color,
                     1);
}

/**
 * _dq_chart_group_label:
 *
 * The name of the group a population figure belongs to, for a label: the
 * dataset writes peoples as running text does ("казахи"), a label starts
 * with a capital. A population figure names its group or sits in the
 * group's record ("groups/kazakhs").
 */
char *
_dq_chart_group_label (DqDataset  *dataset,
                       DqFigure   *figure,
                       DqLanguage  language)
{
  const char *context = dq_figure_get_context (figure);
  DqGroup *group = NULL;
  const char *name;
  char first[8] = { 0 };

  if (dq_figure_get_group_id (figure) != NULL)
    group = dq_dataset_lookup_group (dataset, dq_figure_get_group_id (figure));
  else if (context != NULL && g_str_has_prefix (context, "groups/"))
    group = dq_dataset_lookup_group (dataset, context + strlen ("groups/"));

  name = group != NULL ? dq_text_get (dq_group_get_name (group), language)
                       : dq_text_get (dq_figure_get_label (figure), language);
  if (name == NULL || *name == '\0')
    return g_strdup (dq_figure_get_id (figure));

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}
