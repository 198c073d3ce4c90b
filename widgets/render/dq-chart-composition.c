/* dq-chart-composition.c
 *
 * Population shares as one 100 % stacked bar, largest first, with the
 * groups the source does not name as a neutral remainder. Segments wide
 * enough carry their label inside; other large ones are labelled above the
 * bar with a leader line; the smallest are named only in the legend, which
 * lists every segment with its value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-chart-private.h"

/* Shares below this many percent are not labelled on the bar. */
#define MIN_LABELLED_SHARE 2.0

typedef struct
{
  DqFigure      *figure;
  char          *name;
  char          *value;
  char          *legend;
  const DqColor *color;
  double         share;
  double         x;
  double         width;
  /* Where its label goes */
  gboolean       inside;
  gboolean       above;
  double         label_width;
  double         label_x;
} Segment;

static void
segment_clear (gpointer data)
{
  Segment *segment = data;

  g_free (segment->name);
  g_free (segment->value);
  g_free (segment->legend);
}

/* Dark text on light segments and white on dark ones, whatever the theme:
 * the label sits on the segment's colour, not on the background. */
static const DqColor *
text_color_on (const DqColor *fill)
{
  static const DqColor dark = { 33 / 255.0, 33 / 255.0, 33 / 255.0, 1 };
  static const DqColor light = { 1, 1, 1, 1 };
  double luminance = 0.2126 * fill->red + 0.7152 * fill->green + 0.0722 * fill->blue;

  return luminance > 0.5 ? &dark : &light;
}

/* Places the labels above the bar in one row, each as near the middle of
 * its segment as the others allow; a pass to the right and one back to the
 * left. Returns FALSE when they do not fit side by side. */
static gboolean
place_above (GArray *segments,
             double  left,
             double  right,
             double  spacing)
{
  double edge = left;

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);

      if (!segment->above)
        continue;
      segment->label_x = MAX (segment->x + segment->width / 2 - segment->label_width / 2, edge);
      edge = segment->label_x + segment->label_width + spacing;
    }

  edge = right;
  for (guint i = segments->len; i > 0; i--)
    {
      Segment *segment = &g_array_index (segments, Segment, i - 1);

      if (!segment->above)
        continue;
      segment->label_x = MIN (segment->label_x, edge - segment->label_width);
      edge = segment->label_x - spacing;
    }

  return edge + spacing >= left - 1e-6;
}

/* How many decimals a figure's source gives: 1 for "66.9", 2 for "1.01". */
static int
stated_decimals (DqFigure *figure)
{
  const char *text = dq_figure_get_value_text (figure);
  const char *mark = text != NULL ? strpbrk (text, ".,") : NULL;
  int n = 0;

  if (mark == NULL || !g_ascii_isdigit (mark[1]))
    return 0;
  for (const char *p = mark + 1; g_ascii_isdigit (*p); p++)
    n++;

  return n;
}

/* A segment per figure, then the rest of 100 %, when the named groups
 * leave any; a sum above 100 (rounded shares) stretches nothing and leaves
 * no remainder. The remainder is computed, not stated: it is rounded to the
 * least precise share it comes from and shown as approximate. Returns the
 * total the bar stands for. */
static double
collect_segments (DqChartFrame *frame,
                  GArray       *segments,
                  const char  **note)
{
  DqDataset *dataset = dq_chart_get_dataset (frame->chart);
  GPtrArray *figures = dq_chart_get_figures (frame->chart);
  double sum = 0;
  int decimals = 3;

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (figures, i);
      Segment segment = { 0, };

      decimals = MIN (decimals, stated_decimals (figure));

      segment.figure = figure;
      segment.share = MAX (0, dq_figure_get_value (figure));
      segment.name = _dq_chart_group_label (dataset, figure, frame->language);
      segment.color = dq_theme_get_series_color (frame->theme, i);
      g_array_append_val (segments, segment);
      sum += segment.share;
    }

  if (100 - sum > 0.005)
    {
      Segment segment = { 0, };

      segment.share = round ((100 - sum) * pow (10, decimals)) / pow (10, decimals);
      segment.name = g_strdup (dq_chart_string (DQ_CHART_STRING_OTHER_GROUPS, frame->language));
      segment.color = &frame->theme->neutral;
      g_array_append_val (segments, segment);
      *note = dq_chart_string (DQ_CHART_STRING_OTHER_GROUPS_NOTE, frame->language);
    }

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);

      g_autofree char *value = _dq_chart_format_percent (segment->share, frame->language);

      segment->value = segment->figure != NULL ? g_steal_pointer (&value)
                                               : g_strconcat ("≈\u00A0", value, NULL);
      segment->legend = g_strdup_printf ("%s %s", segment->name, segment->value);
    }

  return MAX (100, sum);
}

/* The title, a legend entry for every segment with its value, and the
 * notes. */
static void
add_frame (DqChartFrame *frame,
           GArray       *segments,
           const char   *note)
{
  g_autoptr(GArray) legend = g_array_new (FALSE, FALSE, sizeof (DqLegendItem));
  const char *notes[2] = { note, NULL };

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);
      DqLegendItem item = { segment->legend, segment->color, DQ_LEGEND_FILL };

      g_array_append_val (legend, item);
    }

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), frame->language),
                         dq_chart_string (DQ_CHART_STRING_POPULATION_SUBTITLE, frame->language));
  _dq_chart_frame_legend (frame, (const DqLegendItem *) (gpointer) legend->data, legend->len);
  _dq_chart_frame_footer (frame, notes);
}

/* Where each segment goes along the bar, and where its label goes: inside
 * on one line or two, above, or only in the legend. */
static void
measure_segments (DqChartFrame *frame,
                  GArray       *segments,
                  double        total,
                  double        bar_height,
                  double        line,
                  double        pad)
{
  double width = frame->right - frame->left;
  double x = frame->left;

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);
      double name_width, value_width;

      segment->x = x;
      segment->width = segment->share / total * width;
      x += segment->width;

      dq_scene_measure_text (frame->scene, segment->legend, frame->font_label, FALSE,
                             &segment->label_width, NULL, NULL);
      dq_scene_measure_text (frame->scene, segment->name, frame->font_label, FALSE,
                             &name_width, NULL, NULL);
      dq_scene_measure_text (frame->scene, segment->value, frame->font_label, FALSE,
                             &value_width, NULL, NULL);

      if (segment->label_width + 2 * pad <= segment->width)
        segment->inside = TRUE;
      else if (MAX (name_width, value_width) + 2 * pad <= segment->width &&
               bar_height >= line * 2.2)
        segment->inside = TRUE;
      else if (segment->share >= MIN_LABELLED_SHARE)
        segment->above = TRUE;
    }
}

/* Labels above that cannot stand side by side give way, the smallest
 * first; the legend still names them. Returns whether any is left. */
static gboolean
fit_above (DqChartFrame *frame,
           GArray       *segments,
           double        pad)
{
  gboolean any_above = FALSE;

  while (!place_above (segments, frame->left, frame->right, pad * 2))
    {
      Segment *smallest = NULL;

      for (guint i = 0; i < segments->len; i++)
        {
          Segment *segment = &g_array_index (segments, Segment, i);

          if (segment->above && (smallest == NULL || segment->share < smallest->share))
            smallest = segment;
        }
      g_assert (smallest != NULL);
      smallest->above = FALSE;
    }

  for (guint i = 0; i < segments->len; i++)
    any_above |= g_array_index (segments, Segment, i).above;

  return any_above;
}

static void
draw_bar (DqChartFrame *frame,
          GArray       *segments,
          double        bar_top,
          double        bar_height)
{
  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);
      DqMark *mark;

      mark = dq_scene_add_rect (frame->scene,
                                segment->figure != NULL ? DQ_MARK_ROLE_BAR : DQ_MARK_ROLE_REMAINDER,
                                segment->x, bar_top, segment->width, bar_height, segment->color);
      if (segment->figure != NULL)
        dq_mark_set_datum (mark, dq_figure_get_id (segment->figure));
      dq_mark_set_item (mark, segment->figure);
    }
}

/* A label above the bar, with a leader straight up from the segment
 * first, so that the line says which sliver it belongs to, then across to
 * its label. */
static void
add_label_above (DqChartFrame  *frame,
                 const Segment *segment,
                 double         bar_top,
                 double         leader,
                 double         line,
                 double         ascent)
{
  double cx = segment->x + segment->width / 2;
  double label_bottom = bar_top - leader;
  DqMark *mark;

  dq_scene_add_text (frame->scene, DQ_MARK_ROLE_SEGMENT_LABEL, segment->legend, segment->label_x,
                     label_bottom - line + ascent, frame->font_label, FALSE,
                     DQ_TEXT_ANCHOR_START, &frame->theme->foreground);
  mark = dq_scene_add_path (frame->scene, DQ_MARK_ROLE_LEADER, NULL, &frame->theme->muted, 0.8);
  dq_mark_path_move_to (mark, cx, bar_top - 1);
  dq_mark_path_line_to (mark, cx, bar_top - leader * 0.45);
  dq_mark_path_line_to (mark, segment->label_x + segment->label_width / 2,
                        label_bottom + leader * 0.1);
}

static void
draw_labels (DqChartFrame *frame,
             GArray       *segments,
             double        bar_top,
             double        bar_height,
             double        leader,
             double        pad)
{
  double line, ascent;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &line, &ascent);

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);
      double cx = segment->x + segment->width / 2;
      double cy = bar_top + bar_height / 2;

      if (segment->inside && segment->label_width + 2 * pad <= segment->width)
        {
          dq_scene_add_text (frame->scene, DQ_MARK_ROLE_SEGMENT_LABEL, segment->legend, cx,
                             cy - line / 2 + ascent, frame->font_label, FALSE,
                             DQ_TEXT_ANCHOR_MIDDLE, text_color_on (segment->color));
        }
      else if (segment->inside)
        {
          dq_scene_add_text (frame->scene, DQ_MARK_ROLE_SEGMENT_LABEL, segment->name, cx,
                             cy - line + ascent, frame->font_label, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                             text_color_on (segment->color));
          dq_scene_add_text (frame->scene, DQ_MARK_ROLE_SEGMENT_LABEL, segment->value, cx,
                             cy + ascent, frame->font_label, FALSE, DQ_TEXT_ANCHOR_MIDDLE,
                             text_color_on (segment->color));
        }
      else if (segment->above)
        add_label_above (frame, segment, bar_top, leader, line, ascent);
    }
}

void
_dq_chart_layout_composition (DqChartFrame *frame)
{
  g_autoptr(GArray) segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  const char *note = NULL;
  double total, line, ascent, bar_height, leader, block, bar_top, pad;
  gboolean any_above;

  g_array_set_clear_func (segments, segment_clear);

  total = collect_segments (frame, segments, &note);
  add_frame (frame, segments, note);
  if (segments->len == 0)
    return;

  pad = frame->font_label * 0.4;
  dq_scene_measure_text (frame->scene, "Ag", frame->font_label, FALSE, NULL, &line, &ascent);

  /* The bar: tall enough for two lines inside, no taller than the room
   * left under a row of labels above it. */
  leader = frame->font_label * 1.2;
  bar_height = MIN (frame->font_label * 4.5, frame->bottom - frame->top - line - leader);
  bar_height = MAX (bar_height, line * 1.2);

  measure_segments (frame, segments, total, bar_height, line, pad);
  any_above = fit_above (frame, segments, pad);

  /* The bar, with its labels above, in the middle of the plot area. */
  block = bar_height + (any_above ? line + leader : 0);
  bar_top = frame->top + MAX (0, (frame->bottom - frame->top - block) / 2) +
            (any_above ? line + leader : 0);

  /* A canvas of free height keeps two lines above and below the block,
   * for the labels of segments too narrow to hold them. */
  frame->slack = frame->bottom - frame->top - block - line * 4;

  draw_bar (frame, segments, bar_top, bar_height);
  draw_labels (frame, segments, bar_top, bar_height, leader, pad);
}
