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
  _dq_chart_frame_init_at (frame, chart, options, options->height);
}

/**
 * _dq_chart_frame_init_at:
 *
 * Starts a scene of @height for @chart, with the type scale of the size
 * @options ask for, so that a chart whose height follows its content keeps
 * its type while it tries heights.
 */
void
_dq_chart_frame_init_at (DqChartFrame         *frame,
                         DqChart              *chart,
                         const DqChartOptions *options,
                         double                height)
{
  dq_frame_init (frame, options->width, options->height, options->language, options->dark);
  frame->chart = chart;
  if (height == options->height)
    return;

  g_object_unref (frame->scene);
  frame->scene = dq_scene_new (options->width, height, options->language);
  dq_scene_set_background (frame->scene, &frame->theme->background);
  frame->height = height;
  frame->bottom = height - frame->margin;
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
    .height = frame->type_height,
    .language = frame->language,
    .dark = frame->dark,
  };

  g_clear_object (&frame->scene);
  _dq_chart_frame_init_at (frame, frame->chart, &options, frame->height);
  dq_scene_set_title (frame->scene, dq_text_get (dq_chart_get_title (frame->chart),
                                                 options.language));
}

/* Lays the chart out on a canvas of @height, telling how much of it the
 * content left empty and whether it had to crowd. */
static DqScene *
layout_at (DqChart              *self,
           const DqChartOptions *options,
           double                height,
           double               *slack,
           gboolean             *crowded)
{
  DqChartFrame frame;

  _dq_chart_frame_init_at (&frame, self, options, height);
  dq_scene_set_title (frame.scene, dq_text_get (dq_chart_get_title (self),
                                               options->language));

  switch (dq_chart_get_kind (self))
    {
    case DQ_CHART_DIVERGING:
      _dq_chart_layout_diverging (&frame);
      break;

    case DQ_CHART_GROUPED:
      _dq_chart_layout_grouped (&frame);
      break;

    case DQ_CHART_RANKED:
      _dq_chart_layout_ranked (&frame);
      break;

    case DQ_CHART_COMPOSITION:
      _dq_chart_layout_composition (&frame);
      break;

    case DQ_CHART_LINE:
      _dq_chart_layout_line (&frame);
      break;

    case DQ_CHART_TYPOLOGY:
      _dq_chart_layout_typology (&frame);
      break;

    case DQ_CHART_CENSUS:
      _dq_chart_layout_census (&frame);
      break;
    case DQ_CHART_TIMELINE:
      _dq_chart_layout_timeline (&frame);
      break;

    default:
      g_assert_not_reached ();
    }
  _dq_chart_mark_corrections (&frame);
  dq_scene_set_overflows (frame.scene, frame.overflows);

  if (slack != NULL)
    *slack = MAX (0, frame.slack);
  if (crowded != NULL)
    *crowded = frame.crowded;

  return frame.scene;
}

/* A height that follows the content: a crowded chart grows, by halving
 * the range between the heights that crowd and those that do not, to the
 * first within 1 % that does not; then the chart gives back what its
 * content leaves empty. Each try is a whole layout, so there are few. */
static DqScene *
layout_free_height (DqChart              *self,
                    const DqChartOptions *options)
{
  double min_height = options->height / 2;
  double height = options->height;
  double slack;
  gboolean crowded;
  DqScene *scene = layout_at (self, options, height, &slack, &crowded);

  if (crowded && options->max_height > height)
    {
      double low = height, high = options->max_height;

      g_object_unref (scene);
      scene = layout_at (self, options, high, &slack, &crowded);
      while (!crowded && high - low > options->height * 0.01)
        {
          double mid = (low + high) / 2;
          double mid_slack;
          gboolean mid_crowded;
          g_autoptr(DqScene) trial = layout_at (self, options, mid, &mid_slack, &mid_crowded);

          if (mid_crowded)
            low = mid;
          else
            {
              g_set_object (&scene, trial);
              high = mid;
              slack = mid_slack;
            }
        }
      height = high;
    }

  if (slack >= 1 && height > min_height)
    {
      g_object_unref (scene);
      scene = layout_at (self, options, MAX (min_height, ceil (height - slack)), NULL, NULL);
    }

  return scene;
}

/**
 * _dq_chart_frame_build:
 *
 * Lays @chart out at the size of @options: exactly, or, with a
 * @options.max_height, at the height its content needs.
 */
DqScene *
_dq_chart_frame_build (DqChart              *chart,
                       const DqChartOptions *options)
{
  if (options->max_height > 0)
    return layout_free_height (chart, options);

  return layout_at (chart, options, options->height, NULL, NULL);
}

/**
 * _dq_chart_percent_axis:
 *
 * A scale of 0 to 100 % from @zero to @hundred under a plot between @top
 * and @bottom: as many ticks as fit with room between their labels, the
 * labels under @bottom, gridlines if @grid, and the axis at zero.
 */
void
_dq_chart_percent_axis (DqChartFrame *frame,
                        double        zero,
                        double        hundred,
                        double        top,
                        double        bottom,
                        double        font_size,
                        double        line,
                        gboolean      grid)
{
  g_autofree char *widest_tick = _dq_chart_format_percent (100, frame->language);
  double tick_width, first, step, ascent;
  int count, target;

  dq_scene_measure_text (frame->scene, widest_tick, font_size, FALSE, &tick_width, NULL, &ascent);
  target = (int) ((hundred - zero) / (tick_width * 2));
  _dq_chart_nice_ticks (0, 100, CLAMP (target, 2, 5), &first, &step, &count);

  for (int t = 0; t < count; t++)
    {
      double value = first + t * step;
      double x = zero + value / 100 * (hundred - zero);
      g_autofree char *label = NULL;

      if (value < -1e-9 || value > 100 + 1e-9)
        continue;

      if (grid && value != 0)
        dq_scene_add_line (frame->scene, DQ_MARK_ROLE_GRID, x, top, x, bottom, &frame->theme->grid,
                           0.8);
      label = _dq_chart_format_percent (value, frame->language);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label, x,
                         bottom + line * 0.3 + ascent, font_size, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                         &frame->theme->muted);
    }

  dq_scene_add_line (frame->scene, DQ_MARK_ROLE_AXIS, zero, top, zero, bottom, &frame->theme->axis,
                     1.2);
}

/**
 * _dq_chart_wrap_labels:
 * @labels: (element-type utf8): the row labels of a bar chart
 * @size: their type size
 * @max_width: the most of the width their gutter may take
 * @lines: (element-type GPtrArray): filled with each label's lines
 *
 * The gutter of a bar chart takes what its longest label needs, up to
 * @max_width; longer labels wrap.
 *
 * Returns: the gutter's width for the labels, before its padding
 */
double
_dq_chart_wrap_labels (DqChartFrame *frame,
                       GPtrArray    *labels,
                       double        size,
                       double        max_width,
                       GPtrArray    *lines)
{
  double natural = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      double w;

      dq_scene_measure_text (frame->scene, g_ptr_array_index (labels, i), size, FALSE, &w, NULL,
                             NULL);
      natural = MAX (natural, w);
    }
  natural = MIN (natural, max_width);

  g_ptr_array_set_size (lines, 0);
  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (lines, dq_scene_wrap_text (frame->scene, g_ptr_array_index (labels, i), size,
                                                FALSE, natural));

  return natural;
}

/**
 * _dq_chart_centred_baseline:
 *
 * The baseline that centres a line of text of @font_size on @cy.
 */
double
_dq_chart_centred_baseline (DqScene *scene,
                            double   font_size,
                            double   cy)
{
  double height, ascent;

  dq_scene_measure_text (scene, "Ag", font_size, FALSE, NULL, &height, &ascent);

  return cy - height / 2 + ascent;
}

/**
 * _dq_chart_draw_label_lines:
 *
 * A row label's @lines, set right against @right from @top, @line apart.
 */
void
_dq_chart_draw_label_lines (DqChartFrame *frame,
                            GPtrArray    *lines,
                            double        right,
                            double        top,
                            double        size,
                            double        line)
{
  double ascent;

  dq_scene_measure_text (frame->scene, "Ag", size, FALSE, NULL, NULL, &ascent);
  for (guint l = 0; l < lines->len; l++)
    dq_scene_add_text (frame->scene, DQ_MARK_ROLE_ROW_LABEL, g_ptr_array_index (lines, l), right,
                       top + ascent + l * line, size, FALSE, DQ_TEXT_ANCHOR_END,
                       &frame->theme->foreground);
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
  GPtrArray *figures = dq_chart_get_figures (frame->chart);
  guint n_corrected = 0;

  for (guint i = 0; i < figures->len; i++)
    n_corrected += dq_figure_is_corrected (g_ptr_array_index (figures, i));

  /* A corrected figure is no longer what the source states: the source
   * line says how many are not. */
  if (n_corrected > 0)
    {
      g_autofree char *count = dq_format_number (n_corrected, 0, frame->language);
      g_autofree char *corrected = dq_chart_string_format (DQ_CHART_STRING_CORRECTED_COUNT,
                                                           frame->language, count, NULL);
      char *line = g_strdup_printf ("%s; %s", source, corrected);

      g_free (source);
      source = line;
    }

  dq_frame_footer (frame, notes, source);
}

/* A small diamond, the mark the source line names. */
static void
add_diamond (DqChartFrame *frame,
             DqFigure     *figure,
             double        cx,
             double        cy,
             double        r)
{
  DqMark *mark;

  mark = dq_scene_add_path (frame->scene, DQ_MARK_ROLE_CORRECTION, &frame->theme->foreground,
                            NULL, 0);
  dq_mark_path_move_to (mark, cx, cy - r);
  dq_mark_path_line_to (mark, cx + r, cy);
  dq_mark_path_line_to (mark, cx, cy + r);
  dq_mark_path_line_to (mark, cx - r, cy);
  dq_mark_path_close (mark);
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_mark_set_item (mark, figure);
}

static const DqMark *
label_beside (DqScene      *scene,
              const DqMark *bar)
{
  double end = bar->x + MAX (bar->width, 0);
  double top = MIN (bar->y, bar->y + bar->height);
  double bottom = MAX (bar->y, bar->y + bar->height);
  const DqMark *best = NULL;

  for (guint m = 0; m < dq_scene_get_n_marks (scene); m++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, m);
      double middle;

      if (mark->kind != DQ_MARK_TEXT || mark->role != DQ_MARK_ROLE_VALUE_LABEL)
        continue;
      middle = mark->y - mark->ascent + mark->height / 2;
      if (middle < top || middle > bottom || mark->x < end - 1)
        continue;
      if (best == NULL || mark->x < best->x)
        best = mark;
    }

  return best;
}

/**
 * _dq_chart_mark_corrections:
 *
 * Marks each corrected figure with a diamond beside its value label, or
 * at the end of its bar or point when it has none, inside the canvas.
 */
void
_dq_chart_mark_corrections (DqChartFrame *frame)
{
  GPtrArray *figures = dq_chart_get_figures (frame->chart);
  double r = frame->font_small * 0.3;

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      const DqMark *label = NULL, *shape = NULL;
      double cx, cy;

      if (!dq_figure_is_corrected (figure))
        continue;

      for (guint m = 0; m < dq_scene_get_n_marks (frame->scene); m++)
        {
          const DqMark *mark = dq_scene_get_mark (frame->scene, m);

          if (g_strcmp0 (mark->datum, dq_figure_get_id (figure)) != 0)
            continue;
          if (mark->kind == DQ_MARK_TEXT && label == NULL)
            label = mark;
          else if (mark->kind != DQ_MARK_TEXT && shape == NULL)
            shape = mark;
        }

      /* A layout that does not tie its value labels to their figures:
       * the value label level with the bar, nearest beyond its end. */
      if (label == NULL && shape != NULL && shape->kind == DQ_MARK_RECT)
        label = label_beside (frame->scene, shape);

      if (label != NULL)
        {
          double left = label->x - (label->anchor == DQ_TEXT_ANCHOR_END ? label->width
                                    : label->anchor == DQ_TEXT_ANCHOR_MIDDLE ? label->width / 2
                                    : 0);

          cy = label->y - label->ascent + label->height / 2;
          /* After the label, or before it where there is no room. */
          cx = left + label->width + 2 * r;
          if (cx + r > frame->width - frame->margin / 2)
            cx = left - 2 * r;
        }
      else if (shape != NULL)
        {
          cx = shape->kind == DQ_MARK_RECT ? shape->x + shape->width : shape->x;
          cy = shape->y;
        }
      else
        continue;

      add_diamond (frame, figure, cx, cy, r);
    }
}

/**
 * _dq_chart_describe_conditions:
 * @source: a chart source of survey data
 * @language: the chart's language
 *
 * Returns: (transfer full): which respondents it counts, for its source
 *   line after the file and weight: ", only region = North, 9; 99 as
 *   missing, values corrected in the project: 3", or "" for all
 */
char *
_dq_chart_describe_conditions (DqChartSource *source,
                               DqLanguage     language)
{
  const char *filter = dq_chart_source_get_filter_description (source);
  GString *text = g_string_new (NULL);
  const double *codes;
  gsize n_codes;

  if (filter != NULL)
    {
      g_autofree char *part = dq_chart_string_format (DQ_CHART_STRING_FILTER, language, filter,
                                                      NULL);

      g_string_append_printf (text, ", %s", part);
    }

  codes = dq_chart_source_get_missing_codes (source, &n_codes);
  if (n_codes > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);
      g_autofree char *part = NULL;

      /* Semicolons: a comma is the decimal separator in Russian and
       * Kazakh. */
      for (gsize i = 0; i < n_codes; i++)
        {
          g_autofree char *code = dq_format_number (codes[i], -1, language);

          g_string_append_printf (list, "%s%s", i > 0 ? "; " : "", code);
        }
      part = dq_chart_string_format (DQ_CHART_STRING_MISSING_CODES, language, list->str, NULL);
      g_string_append_printf (text, ", %s", part);
    }

  if (dq_chart_source_get_n_corrected_values (source) > 0)
    {
      g_autofree char *count = dq_format_number (dq_chart_source_get_n_corrected_values (source),
                                                 0, language);
      g_autofree char *part = dq_chart_string_format (DQ_CHART_STRING_VALUES_CORRECTED, language,
                                                      count, NULL);

      g_string_append_printf (text, ", %s", part);
    }

  return g_string_free (text, FALSE);
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
