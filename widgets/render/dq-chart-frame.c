/* dq-chart-frame.c
 *
 * The parts every chart has: title and subtitle, legend, source line and
 * notes, around a plot area; and nice axis ticks.
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
 * Starts a scene for @chart. Type sizes follow the canvas, with floors
 * that keep a chart set at journal-column width legible in print.
 */
void
_dq_chart_frame_init (DqChartFrame         *frame,
                      DqChart              *chart,
                      const DqChartOptions *options)
{
  double scale = MIN (options->width / 900, options->height / 560);

  /* Below the design size type shrinks more slowly than the canvas, so a
   * chart in a window or a journal column stays legible; above it, type
   * grows with the canvas, as on a slide. */
  if (scale < 1)
    scale = sqrt (scale);
  scale = CLAMP (scale, 0.3, 3);

  frame->chart = chart;
  frame->options = *options;
  frame->language = options->language;
  frame->theme = dq_theme_get (options->dark);
  frame->scene = dq_scene_new (options->width, options->height, options->language);
  dq_scene_set_background (frame->scene, &frame->theme->background);

  frame->font_title = MAX (12, 24 * scale);
  frame->font_subtitle = MAX (10, 16 * scale);
  frame->font_label = MAX (9.5, 14.5 * scale);
  frame->font_small = MAX (8, 12 * scale);
  frame->margin = MAX (8, 20 * scale);

  frame->left = frame->margin;
  frame->top = frame->margin;
  frame->right = options->width - frame->margin;
  frame->bottom = options->height - frame->margin;
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
  DqChartOptions options = frame->options;

  g_clear_object (&frame->scene);
  _dq_chart_frame_init (frame, frame->chart, &options);
  dq_scene_set_title (frame->scene, dq_text_get (dq_chart_get_title (frame->chart), options.language));
}

static double
add_wrapped (DqChartFrame  *frame,
             const char    *role,
             const char    *text,
             double         y,
             double         font_size,
             gboolean       bold,
             const DqColor *color)
{
  g_autoptr(GPtrArray) lines = NULL;
  double line_height;
  double ascent;

  dq_scene_measure_text (frame->scene, "Ag", font_size, bold, NULL, &line_height, &ascent);
  lines = dq_scene_wrap_text (frame->scene, text, font_size, bold, frame->right - frame->left);

  for (guint i = 0; i < lines->len; i++)
    {
      dq_scene_add_text (frame->scene, role, g_ptr_array_index (lines, i),
                         frame->left, y + ascent, font_size, bold, DQ_TEXT_ANCHOR_START, color);
      y += line_height;
    }

  return y;
}

void
_dq_chart_frame_title (DqChartFrame *frame,
                       const char   *title,
                       const char   *subtitle)
{
  double y = frame->top;

  y = add_wrapped (frame, "title", title, y, frame->font_title, TRUE, &frame->theme->foreground);
  if (subtitle != NULL)
    {
      y += frame->font_subtitle * 0.2;
      y = add_wrapped (frame, "subtitle", subtitle, y, frame->font_subtitle, FALSE,
                       &frame->theme->muted);
    }

  frame->top = y + frame->font_label;
}

/**
 * _dq_chart_frame_legend:
 *
 * A row of swatches and labels under the title, wrapping onto more rows
 * when the canvas is narrow.
 */
void
_dq_chart_frame_legend (DqChartFrame       *frame,
                        const DqLegendItem *items,
                        guint               n_items)
{
  double size = frame->font_small;
  double x = frame->left;
  double line_height;
  double ascent;
  double y;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, &ascent);
  y = frame->top;

  for (guint i = 0; i < n_items; i++)
    {
      double width;
      double item_width;
      DqMark *mark;

      dq_scene_measure_text (frame->scene, items[i].label, frame->font_small, FALSE,
                             &width, NULL, NULL);
      item_width = size * 1.4 + width + size * 1.5;
      if (x > frame->left && x + item_width > frame->right)
        {
          x = frame->left;
          y += line_height * 1.3;
        }

      if (g_strcmp0 (items[i].style, "whisker") == 0)
        {
          double cy = y + line_height / 2;

          dq_scene_add_line (frame->scene, "legend", x, cy, x + size, cy, items[i].color, 1.2);
          dq_scene_add_line (frame->scene, "legend", x, cy - size / 3, x, cy + size / 3,
                             items[i].color, 1.2);
          dq_scene_add_line (frame->scene, "legend", x + size, cy - size / 3, x + size,
                             cy + size / 3, items[i].color, 1.2);
        }
      else
        {
          mark = dq_scene_add_rect (frame->scene, "legend", x, y + (line_height - size) / 2,
                                    size, size,
                                    g_strcmp0 (items[i].style, "fill") == 0 ? items[i].color : NULL);
          if (g_strcmp0 (items[i].style, "fill") != 0)
            {
              mark->stroke = *items[i].color;
              mark->line_width = 1.2;
              mark->dash = g_strcmp0 (items[i].style, "dashed") == 0 ? 3 : 0;
            }
        }

      dq_scene_add_text (frame->scene, "legend", items[i].label, x + size * 1.4, y + ascent,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->foreground);
      x += item_width;
    }

  frame->top = y + line_height + frame->font_label;
}

/**
 * _dq_chart_frame_footer:
 *
 * The source line and notes at the bottom, built up from the bottom edge;
 * the plot area ends above them.
 */
void
_dq_chart_frame_footer (DqChartFrame       *frame,
                        const char * const *notes)
{
  g_autofree char *source = _dq_chart_source_line (frame->chart, frame->language);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) roles = g_array_new (FALSE, FALSE, sizeof (const char *));
  double line_height;
  double ascent;
  double y;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, &ascent);

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) wrapped = dq_scene_wrap_text (frame->scene, notes[i], frame->font_small,
                                                         FALSE, frame->right - frame->left);
      const char *role = "note";

      for (guint j = 0; j < wrapped->len; j++)
        {
          g_ptr_array_add (lines, g_strdup (g_ptr_array_index (wrapped, j)));
          g_array_append_val (roles, role);
        }
    }

  {
    g_autoptr(GPtrArray) wrapped = dq_scene_wrap_text (frame->scene, source, frame->font_small,
                                                       FALSE, frame->right - frame->left);
    const char *role = "source";

    for (guint j = 0; j < wrapped->len; j++)
      {
        g_ptr_array_add (lines, g_strdup (g_ptr_array_index (wrapped, j)));
        g_array_append_val (roles, role);
      }
  }

  y = frame->bottom - lines->len * line_height;
  frame->bottom = y - frame->font_label;

  for (guint i = 0; i < lines->len; i++)
    {
      dq_scene_add_text (frame->scene, g_array_index (roles, const char *, i),
                         g_ptr_array_index (lines, i), frame->left, y + ascent,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->muted);
      y += line_height;
    }
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

  mark = dq_scene_add_line (frame->scene, "whisker", x_low, cy, x_high, cy, color, 1);
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_scene_add_line (frame->scene, "whisker", x_low, cy - cap, x_low, cy + cap, color, 1);
  dq_scene_add_line (frame->scene, "whisker", x_high, cy - cap, x_high, cy + cap, color, 1);
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
