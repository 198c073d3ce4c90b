/* dq-chart-diverging.c
 *
 * Attitude bars: the positive share to the right of zero, the negative
 * share to the left, the remainder to 100 % in a column of its own; one
 * panel per respondents' country, a row per country they were asked about.
 * A scale of one's own data, a question without subjects, is one panel
 * with a row per group of respondents (the columns of its crosstab), and
 * its middle category, if it has one, as the remainder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"

typedef struct
{
  DqChartFrame *frame;
  double        left;
  double        right;
  double        zero;
  double        min;
  double        max;
} Scale;

static double
scale_x (const Scale *scale,
         double       value)
{
  return scale->left + (value - scale->min) / (scale->max - scale->min) * (scale->right - scale->left);
}

/* One side of a row: a bar from zero to the value, its interval and its
 * label; a bound is drawn open, a gap as a dashed box. Returns the x just
 * past the label on the outer side. */
static void
add_side (const Scale *scale,
          DqFigure    *figure,
          int          direction,
          double       y,
          double       thickness,
          const DqColor *color)
{
  DqChartFrame *frame = scale->frame;
  double cy = y + thickness / 2;
  double value, end, low, high, label_x;
  g_autofree char *label = NULL;
  DqMark *mark;

  if (figure == NULL || !dq_figure_has_value (figure))
    {
      double x0 = direction > 0 ? scale->zero : scale_x (scale, scale->min);
      double x1 = direction > 0 ? scale_x (scale, scale->max) : scale->zero;

      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_GAP, x0, y, x1 - x0, thickness, NULL);
      mark->stroke = frame->theme->muted;
      mark->line_width = 1;
      mark->dash = 3;
      if (figure != NULL)
        dq_mark_set_datum (mark, dq_figure_get_id (figure));
      dq_mark_set_item (mark, figure);
      if (direction > 0)
        dq_scene_add_text (frame->scene, DQ_MARK_ROLE_GAP_LABEL,
                           dq_chart_string (DQ_CHART_STRING_GAP, frame->language),
                           x0 + frame->font_small / 2, cy + frame->font_small * 0.35,
                           frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->muted);
      return;
    }

  value = dq_figure_get_value (figure);
  end = scale_x (scale, direction * value);
  mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_BAR, MIN (scale->zero, end), y,
                            fabs (end - scale->zero), thickness,
                            dq_figure_get_bound (figure) == DQ_BOUND_EQ ? color : NULL);
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_mark_set_item (mark, figure);
  if (dq_figure_get_bound (figure) != DQ_BOUND_EQ)
    {
      mark->role = DQ_MARK_ROLE_BOUND;
      mark->stroke = *color;
      mark->line_width = 1.5;
    }

  label_x = end;
  if (_dq_chart_figure_ci (frame->chart, figure, &low, &high))
    {
      double x_low = scale_x (scale, direction * low);
      double x_high = scale_x (scale, direction * high);

      _dq_chart_add_whisker (frame, figure, MIN (x_low, x_high), MAX (x_low, x_high), cy, thickness / 4);
      label_x = direction > 0 ? MAX (x_low, x_high) : MIN (x_low, x_high);
    }

  {
    g_autofree char *number = _dq_chart_format_figure_percent (figure, value, frame->language);
    static const char * const prefixes[] = { "", "≈", "<", "≤", ">", "≥" };

    label = g_strconcat (prefixes[dq_figure_get_bound (figure)], number, NULL);
  }
  dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, label,
                     label_x + direction * frame->font_small * 0.4,
                     cy + frame->font_small * 0.35, frame->font_small, FALSE,
                     direction > 0 ? DQ_TEXT_ANCHOR_START : DQ_TEXT_ANCHOR_END,
                     &frame->theme->foreground);
}

/* Adds a row of respondents in @country asked about @subject, if the
 * question has a share of theirs. */
static void
add_row (DqChartSource *source,
         const char    *country,
         const char    *subject,
         const char    *label,
         GPtrArray     *countries,
         GPtrArray     *subjects,
         GPtrArray     *labels)
{
  if (dq_chart_source_lookup (source, country, subject, "positive") == NULL &&
      dq_chart_source_lookup (source, country, subject, "negative") == NULL)
    return;

  g_ptr_array_add (countries, (gpointer) country);
  g_ptr_array_add (subjects, (gpointer) subject);
  g_ptr_array_add (labels, (gpointer) label);
}

/* The rows of one panel, and where they go. */
typedef struct
{
  DqChartFrame  *frame;
  DqChartSource *source;
  GPtrArray     *countries;
  GPtrArray     *subjects;
  GPtrArray     *labels;
  gboolean       show_remainder;
  double         left;
  double         top;
  double         right;
  double         gutter;
  double         remainder_width;
  double         row_height;
  double         thickness;
  Scale          scale;
} Panel;

/* The panel's heading, if the question has subjects, and its rows: a row
 * per subject asked about in @country, or a row per group of respondents
 * in @countries. */
static void
collect_rows (Panel      *panel,
              const char *country,
              GPtrArray  *countries)
{
  DqChartFrame *frame = panel->frame;
  DqChartSource *source = panel->source;
  const char * const *subjects = dq_chart_source_get_subjects (source);

  if (subjects != NULL)
    {
      g_autofree char *heading = NULL;
      double line_height, ascent;

      heading = dq_chart_string_format (DQ_CHART_STRING_RESPONDENTS_IN, frame->language,
                                        dq_country_name (country, frame->language), NULL);
      dq_scene_measure_text (frame->scene, heading, frame->font_label, TRUE, NULL, &line_height,
                             &ascent);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_PANEL_TITLE, heading, panel->left,
                         panel->top + ascent, frame->font_label, TRUE, DQ_TEXT_ANCHOR_START,
                         &frame->theme->foreground);
      panel->top += line_height * 1.25;

      for (guint i = 0; subjects[i] != NULL; i++)
        {
          if (!g_str_equal (subjects[i], country))
            add_row (source, country, subjects[i],
                     dq_country_name (subjects[i], frame->language),
                     panel->countries, panel->subjects, panel->labels);
        }
    }
  else
    {
      for (guint i = 0; i < countries->len; i++)
        {
          const char *group = g_ptr_array_index (countries, i);

          add_row (source, group, NULL,
                   group != NULL ? dq_country_name (group, frame->language)
                                 : dq_chart_string (DQ_CHART_STRING_ALL_RESPONDENTS,
                                                    frame->language),
                   panel->countries, panel->subjects, panel->labels);
        }
    }
}

/* The widest row label, and the room after it. */
static double
row_label_gutter (Panel *panel)
{
  DqChartFrame *frame = panel->frame;
  double gutter = 0;

  for (guint r = 0; r < panel->labels->len; r++)
    {
      double width;

      dq_scene_measure_text (frame->scene, g_ptr_array_index (panel->labels, r),
                             frame->font_label, FALSE, &width, NULL, NULL);
      gutter = MAX (gutter, width);
    }

  return gutter + frame->font_label;
}

/* The scale between the row labels and the remainders, less room for the
 * outer value labels. */
static void
init_scale (Panel  *panel,
            double  negative_max)
{
  DqChartFrame *frame = panel->frame;
  double label_width;

  panel->scale.frame = frame;
  panel->scale.left = panel->left + panel->gutter;
  panel->scale.right = panel->right - panel->remainder_width;
  panel->scale.min = -negative_max;
  panel->scale.max = 100;
  dq_scene_measure_text (frame->scene, "≥100%", frame->font_small, FALSE, &label_width, NULL,
                         NULL);
  panel->scale.left += label_width;
  panel->scale.right -= label_width;
  panel->scale.zero = scale_x (&panel->scale, 0);
}

/* Grid and tick labels, absolute values on both sides of zero; as many as
 * fit side by side. */
static void
draw_ticks (Panel  *panel,
            double  line_height,
            double  ascent)
{
  DqChartFrame *frame = panel->frame;
  const Scale *scale = &panel->scale;
  double bottom = panel->top + panel->row_height * panel->labels->len;
  double tick_width, first, step;
  int count;

  dq_scene_measure_text (frame->scene, "100%", frame->font_small, FALSE, &tick_width, NULL, NULL);
  _dq_chart_nice_ticks (scale->min, scale->max,
                        CLAMP ((int) ((scale->right - scale->left) / (tick_width * 1.6)), 2, 6),
                        &first, &step, &count);

  for (int t = 0; t < count; t++)
    {
      double value = first + t * step;
      double x;
      g_autofree char *label = NULL;

      if (value < scale->min - 1e-9 || value > scale->max + 1e-9)
        continue;

      x = scale_x (scale, value);
      dq_scene_add_line (frame->scene, value == 0 ? DQ_MARK_ROLE_AXIS : DQ_MARK_ROLE_GRID, x,
                         panel->top, x, bottom,
                         value == 0 ? &frame->theme->axis : &frame->theme->grid,
                         value == 0 ? 1.2 : 0.8);
      label = _dq_chart_format_percent (fabs (value), frame->language);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_TICK_LABEL, label, x,
                         bottom + ascent + line_height * 0.2, frame->font_small, FALSE,
                         DQ_TEXT_ANCHOR_MIDDLE, &frame->theme->muted);
    }
}

/* The remainder of a row, only where both shares are stated exactly. A
 * scale's middle category is stated; otherwise the remainder is what the
 * two shares leave. */
static void
add_remainder (Panel    *panel,
               guint     r,
               DqFigure *positive,
               DqFigure *negative,
               double    bar_y)
{
  DqChartFrame *frame = panel->frame;
  const char *row_country = g_ptr_array_index (panel->countries, r);
  const char *subject = g_ptr_array_index (panel->subjects, r);
  DqFigure *middle;
  double remainder, column, width, cy = bar_y + panel->thickness / 2;
  g_autofree char *label = NULL;
  DqMark *mark;

  if (!panel->show_remainder || positive == NULL || negative == NULL ||
      !dq_figure_has_value (positive) || !dq_figure_has_value (negative) ||
      dq_figure_get_bound (positive) != DQ_BOUND_EQ ||
      dq_figure_get_bound (negative) != DQ_BOUND_EQ)
    return;

  middle = dq_chart_source_lookup (panel->source, row_country, subject, "middle");
  remainder = middle != NULL && dq_figure_has_value (middle)
              ? dq_figure_get_value (middle)
              : 100 - dq_figure_get_value (positive) - dq_figure_get_value (negative);
  column = panel->right - panel->remainder_width + frame->font_small;
  width = (panel->remainder_width - frame->font_small * 2) * MAX (0, remainder) / 100;
  label = _dq_chart_format_figure_percent (positive, remainder, frame->language);

  mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_REMAINDER, column, bar_y, width,
                            panel->thickness, &frame->theme->neutral);
  if (middle != NULL)
    dq_mark_set_datum (mark, dq_figure_get_id (middle));
  dq_mark_set_item (mark, middle);
  dq_scene_add_text (frame->scene, DQ_MARK_ROLE_REMAINDER_LABEL, label,
                     column + width + frame->font_small * 0.3, cy + frame->font_small * 0.35,
                     frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->muted);
}

static void
draw_rows (Panel *panel)
{
  DqChartFrame *frame = panel->frame;
  double y = panel->top;

  for (guint r = 0; r < panel->labels->len; r++)
    {
      const char *row_country = g_ptr_array_index (panel->countries, r);
      const char *subject = g_ptr_array_index (panel->subjects, r);
      DqFigure *positive = dq_chart_source_lookup (panel->source, row_country, subject,
                                                   "positive");
      DqFigure *negative = dq_chart_source_lookup (panel->source, row_country, subject,
                                                   "negative");
      double bar_y = y + (panel->row_height - panel->thickness) / 2;
      double cy = bar_y + panel->thickness / 2;

      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_ROW_LABEL, g_ptr_array_index (panel->labels, r),
                         panel->left + panel->gutter - frame->font_label / 2,
                         cy + frame->font_label * 0.35, frame->font_label, FALSE,
                         DQ_TEXT_ANCHOR_END, &frame->theme->foreground);

      add_side (&panel->scale, positive, 1, bar_y, panel->thickness, &frame->theme->positive);
      add_side (&panel->scale, negative, -1, bar_y, panel->thickness, &frame->theme->negative);
      add_remainder (panel, r, positive, negative, bar_y);

      y += panel->row_height;
    }
}

/* Lays out one panel: of the respondents in @country, a row per subject;
 * or, for a question without subjects, a row per group of respondents in
 * @countries, under no heading. Returns FALSE, having drawn nothing but its
 * heading, when its rows would be too tight to read, unless @force; sets
 * @slack to the height its rows leave empty. */
static gboolean
layout_panel (DqChartFrame  *frame,
              DqChartSource *source,
              const char    *country,
              GPtrArray     *countries,
              double         left,
              double         top,
              double         right,
              double         bottom,
              double         negative_max,
              gboolean       show_remainder,
              gboolean       force,
              double        *slack)
{
  g_autoptr(GPtrArray) row_countries = g_ptr_array_new ();
  g_autoptr(GPtrArray) row_subjects = g_ptr_array_new ();
  g_autoptr(GPtrArray) row_labels = g_ptr_array_new ();
  Panel panel = {
    .frame = frame,
    .source = source,
    .countries = row_countries,
    .subjects = row_subjects,
    .labels = row_labels,
    .show_remainder = show_remainder,
    .left = left,
    .top = top,
    .right = right,
  };
  double line_height, ascent, label_height;

  *slack = bottom - top;
  collect_rows (&panel, country, countries);
  if (row_labels->len == 0)
    return TRUE;

  panel.gutter = row_label_gutter (&panel);
  if (show_remainder)
    {
      dq_scene_measure_text (frame->scene, "100%", frame->font_small, FALSE,
                             &panel.remainder_width, NULL, NULL);
      panel.remainder_width += frame->font_small * 3;
    }

  /* Room for the tick labels under the bars. */
  dq_scene_measure_text (frame->scene, "0", frame->font_small, FALSE, NULL, &line_height, &ascent);
  bottom -= line_height * 1.3;

  /* A row must hold its label's full line, descenders included. */
  panel.row_height = MIN ((bottom - panel.top) / row_labels->len, frame->font_label * 4.5);
  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &label_height, NULL);
  if (panel.row_height < label_height * 1.05 && !force)
    return FALSE;
  panel.thickness = panel.row_height * 0.56;
  *slack = MAX (0, bottom - panel.top - panel.row_height * row_labels->len);

  init_scale (&panel, negative_max);
  draw_ticks (&panel, line_height, ascent);
  draw_rows (&panel);

  return TRUE;
}

/* What changes when a chart does not fit, in order: first what loses
 * nothing (the whiskers' legend item, which their note repeats), then the
 * type. */
typedef enum
{
  FORM_FULL,
  FORM_NO_CI_LEGEND,
  FORM_SMALL_TYPE,
  FORM_NO_CI_NOTE,
  FORM_NO_REMAINDER,
  N_FORMS
} Form;

static gboolean
layout_form (DqChartFrame *frame,
             Form          form)
{
  DqChart *chart = frame->chart;
  DqChartSource *source = _dq_chart_get_source (chart);
  GPtrArray *figures = dq_chart_get_figures (chart);
  gboolean by_subject = dq_chart_source_get_subjects (source) != NULL;
  const DqText *middle = dq_chart_source_lookup_category (source, "middle");
  /* A scale with an even number of values has no remainder: every valid
   * answer is at one end or the other. */
  gboolean show_remainder = form < FORM_NO_REMAINDER && (by_subject || middle != NULL);

  /* The last resort: the smallest type that is still legible in print. */
  if (form >= FORM_SMALL_TYPE)
    {
      frame->font_title = 12;
      frame->font_subtitle = 10;
      frame->font_label = 9.5;
      frame->font_small = 8;
    }
  const char *notes[3] = { NULL };
  guint n_notes = 0;
  DqLegendItem legend[] = {
    { dq_chart_string (DQ_CHART_STRING_POSITIVE, frame->language),
      &frame->theme->positive, DQ_LEGEND_FILL },
    { dq_chart_string (DQ_CHART_STRING_NEGATIVE, frame->language),
      &frame->theme->negative, DQ_LEGEND_FILL },
    { dq_chart_string (DQ_CHART_STRING_CI_LEGEND, frame->language),
      &frame->theme->foreground, DQ_LEGEND_WHISKER },
    { dq_chart_string (DQ_CHART_STRING_REMAINDER, frame->language),
      &frame->theme->neutral, DQ_LEGEND_FILL },
  };
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  double negative_max = 0;
  double first, step, gap;
  int count;
  gboolean side_by_side;
  gboolean no_ci_legend;
  guint n_panels;

  /* A scale of one's own data names its ends by the answers they hold. */
  if (!by_subject)
    {
      legend[0].label = dq_text_get (dq_chart_source_lookup_category (source, "positive"),
                                     frame->language);
      legend[1].label = dq_text_get (dq_chart_source_lookup_category (source, "negative"),
                                     frame->language);
      if (middle != NULL)
        legend[3].label = dq_text_get (middle, frame->language);
    }

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (chart), frame->language),
                         _dq_chart_subtitle (chart,
                                             dq_chart_string (DQ_CHART_STRING_ATTITUDE_SUBTITLE,
                                                              frame->language),
                                             frame->language));
  /* The whiskers are explained once: by their note, or, where the note
   * gave way, by their legend item. */
  no_ci_legend = form == FORM_NO_CI_LEGEND || form == FORM_SMALL_TYPE;
  if (no_ci_legend)
    legend[2] = legend[3];
  _dq_chart_frame_legend (frame, legend, (show_remainder ? 4 : 3) - no_ci_legend);

  if (show_remainder && by_subject)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_REMAINDER_NOTE, frame->language);
  if (form < FORM_NO_CI_NOTE)
    notes[n_notes++] = _dq_chart_ci_note (chart, frame->language);
  _dq_chart_frame_footer (frame, notes);

  /* Panels in the order of the survey's samples. */
  for (guint i = 0; i < dq_chart_source_get_n_groups (source); i++)
    g_ptr_array_add (countries, (gpointer) dq_chart_source_get_group (source, i));

  /* One scale for every panel, wide enough for the largest negative share
   * and its interval. */
  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      double low, high;

      if (g_strcmp0 (dq_figure_get_category (figure), "negative") != 0 || !dq_figure_has_value (figure))
        continue;
      negative_max = MAX (negative_max, dq_figure_get_value (figure));
      if (_dq_chart_figure_ci (chart, figure, &low, &high))
        negative_max = MAX (negative_max, high);
    }
  _dq_chart_nice_ticks (0, MAX (negative_max, 10), 3, &first, &step, &count);
  negative_max = first + (count - 1) * step;

  gap = frame->font_label * (form >= FORM_SMALL_TYPE ? 1 : 2);
  /* Panels side by side on a wide canvas, stacked on a narrow one. */
  side_by_side = dq_scene_get_width (frame->scene) >= 640 &&
                 dq_scene_get_width (frame->scene) >= 1.1 * dq_scene_get_height (frame->scene);

  /* A panel per respondents' country; a scale of one's own data has one,
   * with a row per group of respondents. */
  n_panels = by_subject ? countries->len : 1;
  frame->slack = side_by_side ? G_MAXDOUBLE : 0;
  for (guint i = 0; i < n_panels; i++)
    {
      double left, right, top, bottom, slack;

      if (side_by_side)
        {
          double width = (frame->right - frame->left - gap * (n_panels - 1)) / n_panels;

          left = frame->left + i * (width + gap);
          right = left + width;
          top = frame->top;
          bottom = frame->bottom;
        }
      else
        {
          double height = (frame->bottom - frame->top - gap * (n_panels - 1)) / n_panels;

          left = frame->left;
          right = frame->right;
          top = frame->top + i * (height + gap);
          bottom = top + height;
        }

      if (!layout_panel (frame, source, by_subject ? g_ptr_array_index (countries, i) : NULL,
                         countries, left, top, right, bottom, negative_max, show_remainder,
                         form == N_FORMS - 1, &slack))
        return FALSE;
      /* Stacked panels give back what each leaves; side by side, what all
       * of them leave. */
      frame->slack = side_by_side ? MIN (frame->slack, slack) : frame->slack + slack;
    }
  if (n_panels == 0)
    frame->slack = 0;

  return TRUE;
}

void
_dq_chart_layout_diverging (DqChartFrame *frame)
{
  for (Form form = FORM_FULL; form < N_FORMS; form++)
    {
      if (form > FORM_FULL)
        _dq_chart_frame_reset (frame);
      /* Small type, or a note or column left out, is what a canvas of
       * free height grows to avoid. */
      frame->crowded = form >= FORM_SMALL_TYPE;
      if (layout_form (frame, form))
        return;
    }
}
