/* dq-chart-grouped.c
 *
 * A survey question as grouped horizontal bars: one group per answer (or
 * per subject and answer), one bar per respondents' country, on a 0–100 %
 * scale. Exact shares carry their 95 % confidence interval; bounds are
 * drawn open with an arrow showing which way the truth lies; figures the
 * source refers to but does not state are dashed boxes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"

typedef struct
{
  DqFigure *figure;
  guint     series;
} Bar;

typedef struct
{
  char      *label;
  GPtrArray *lines;
  GArray    *bars;
  double     height;
} Group;

typedef struct
{
  double label_size;
  double small_size;
  double label_height;
  double label_line;
  double small_line;
  double gutter;
  double reserve;
  double slot;
  double gap;
  double gap_ratio;
  double axis_height;
} Metrics;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_clear_pointer (&group->lines, g_ptr_array_unref);
  g_array_unref (group->bars);
  g_free (group);
}

/* "Kazakhstan — never visited": the answer follows the dash in lower case,
 * unless it starts with an abbreviation such as "EU". */
static char *
subject_label (const char *subject,
               const char *answer,
               DqLanguage  language)
{
  const char *rest = g_utf8_next_char (answer);
  gunichar first = g_utf8_get_char (answer);

  if (*rest != '\0' && g_unichar_isupper (first) && !g_unichar_isupper (g_utf8_get_char (rest)))
    {
      char lower[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_tolower (first), lower);
      return g_strdup_printf ("%s — %s%s", dq_country_name (subject, language), lower, rest);
    }

  return g_strdup_printf ("%s — %s", dq_country_name (subject, language), answer);
}

static Group *
make_group (DqChartSource *source,
            const char    *subject,
            const char    *category,
            char          *label)
{
  Group *group = NULL;

  for (guint c = 0; c < dq_chart_source_get_n_groups (source); c++)
    {
      DqFigure *figure = dq_chart_source_lookup (source, dq_chart_source_get_group (source, c),
                                                 subject, category);
      Bar bar = { figure, c };

      if (figure == NULL)
        continue;
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
        }
      g_array_append_val (group->bars, bar);
    }

  if (group != NULL)
    group->label = label;
  else
    g_free (label);

  return group;
}

/* The groups in the question's order: by subject, then by answer. A
 * country with no figure for an answer gets no bar there, rather than an
 * empty slot that would read as zero. */
static GPtrArray *
collect_groups (DqChartFrame *frame)
{
  DqChartSource *source = _dq_chart_get_source (frame->chart);
  GPtrArray *figures = dq_chart_source_get_figures (source);
  const char * const *subjects = dq_chart_source_get_subjects (source);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  gboolean by_subject = FALSE;

  for (guint i = 0; subjects != NULL && i < figures->len; i++)
    by_subject |= dq_figure_get_subject (g_ptr_array_index (figures, i)) != NULL;

  for (guint s = 0; by_subject ? subjects[s] != NULL : s == 0; s++)
    {
      for (guint c = 0; c < dq_chart_source_get_n_categories (source); c++)
        {
          const char *answer = dq_text_get (dq_chart_source_get_category_label (source, c),
                                            frame->language);
          const char *subject = by_subject ? subjects[s] : NULL;
          Group *group;

          group = make_group (source, subject, dq_chart_source_get_category_id (source, c),
                              by_subject ? subject_label (subject, answer, frame->language)
                                         : g_strdup (answer));
          if (group != NULL)
            g_ptr_array_add (groups, group);
        }
    }

  return groups;
}

static double
label_block (const Group   *group,
             const Metrics *metrics)
{
  return (group->lines->len - 1) * metrics->label_line + metrics->label_height;
}

static double
total_height (GPtrArray     *groups,
              const Metrics *metrics,
              double         slot)
{
  double total = 0;

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      total += MAX (group->bars->len * slot, label_block (group, metrics));
    }

  return total + (groups->len - 1) * slot * metrics->gap_ratio;
}

/* Wraps the labels and sizes the rows for one type size. Returns FALSE when
 * even the thinnest rows that keep every label clear of the next do not
 * fit between @top and @bottom. */
static gboolean
measure (DqChartFrame *frame,
         GPtrArray    *groups,
         double        factor,
         gboolean      tight,
         double        top,
         double        bottom,
         Metrics      *metrics)
{
  double width = frame->right - frame->left;
  g_autofree char *widest = NULL;
  g_autofree char *widest_bound = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double natural, label_width, chevron, min_slot, max_slot, available;

  /* Groups stand apart by half a row; when every unit counts, by less,
   * and long labels may take a little more of the width. */
  metrics->gap_ratio = tight ? 0.3 : 0.5;
  metrics->label_size = frame->font_label * factor;
  metrics->small_size = frame->font_small * factor;
  dq_scene_measure_text (frame->scene, "Ag", metrics->label_size, FALSE, NULL,
                         &metrics->label_line, NULL);
  dq_scene_measure_text (frame->scene, "Ag", metrics->small_size, FALSE, NULL,
                         &metrics->small_line, NULL);
  metrics->label_height = metrics->label_line;

  /* The gutter takes what the longest label needs, up to about a third of
   * the width; longer labels wrap. */
  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (labels, ((Group *) g_ptr_array_index (groups, i))->label);
  natural = _dq_chart_wrap_labels (frame, labels, metrics->label_size,
                                   width * (tight ? 0.42 : 0.35), lines);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      g_clear_pointer (&group->lines, g_ptr_array_unref);
      group->lines = g_ptr_array_ref (g_ptr_array_index (lines, i));
    }
  metrics->gutter = natural + metrics->label_size * 0.7;

  /* Right of 100 %: the widest value label, after a bound's arrow. */
  widest = _dq_chart_format_percent (100, frame->language);
  widest_bound = g_strconcat ("≥", widest, NULL);
  dq_scene_measure_text (frame->scene, widest_bound, metrics->small_size, FALSE, &label_width, NULL,
                         NULL);
  chevron = metrics->small_size * 0.8;
  metrics->reserve = chevron + label_width + metrics->small_size * 0.5;

  metrics->axis_height = metrics->small_line * 1.4;
  available = bottom - top - metrics->axis_height;

  /* A row must be at least as tall as its value label. */
  min_slot = metrics->small_line * 1.1;
  max_slot = metrics->label_size * 2.4;
  metrics->slot = min_slot;
  metrics->gap = min_slot * metrics->gap_ratio;
  if (total_height (groups, metrics, min_slot) > available)
    return FALSE;

  /* The thickest rows, up to a limit, that fit. */
  for (int i = 0; i < 30; i++)
    {
      double mid = (min_slot + max_slot) / 2;

      if (total_height (groups, metrics, mid) <= available)
        min_slot = mid;
      else
        max_slot = mid;
    }
  metrics->slot = min_slot;
  metrics->gap = metrics->slot * metrics->gap_ratio;

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

/* A chevron just past the end of a bound's bar: pointing right for "more
 * than", left for "less than". Returns the x where the label may start. */
static double
add_chevron (DqChartFrame  *frame,
             DqFigure      *figure,
             double         x,
             double         cy,
             double         size,
             const DqColor *color)
{
  DqBound bound = dq_figure_get_bound (figure);
  double half = size / 2;
  double x0 = x + size * 0.3;
  DqMark *mark;

  if (bound == DQ_BOUND_EQ || bound == DQ_BOUND_APPROX)
    return x;

  mark = dq_scene_add_path (frame->scene, DQ_MARK_ROLE_BOUND_ARROW, NULL, color, 1.5);
  dq_mark_set_datum (mark, dq_figure_get_id (figure));
  dq_mark_set_item (mark, figure);
  if (bound == DQ_BOUND_GT || bound == DQ_BOUND_GE)
    {
      dq_mark_path_move_to (mark, x0, cy - half);
      dq_mark_path_line_to (mark, x0 + half, cy);
      dq_mark_path_line_to (mark, x0, cy + half);
    }
  else
    {
      dq_mark_path_move_to (mark, x0 + half, cy - half);
      dq_mark_path_line_to (mark, x0, cy);
      dq_mark_path_line_to (mark, x0 + half, cy + half);
    }

  return x0 + half;
}

static void
add_bar (DqChartFrame  *frame,
         const Metrics *metrics,
         const Bar     *bar,
         double         y)
{
  static const char * const prefixes[] = { "", "≈", "<", "≤", ">", "≥" };
  const DqColor *color = dq_theme_get_series_color (frame->theme, bar->series);
  DqFigure *figure = bar->figure;
  double thickness = metrics->slot * 0.72;
  double bar_y = y + (metrics->slot - thickness) / 2;
  double cy = bar_y + thickness / 2;
  double baseline = _dq_chart_centred_baseline (frame->scene, metrics->small_size, cy);
  double zero = scale_x (frame, metrics, 0);
  double end, low, high, label_x;
  g_autofree char *number = NULL;
  g_autofree char *label = NULL;
  DqMark *mark;

  if (!dq_figure_has_value (figure))
    {
      /* The box spans the whole scale: the figure could be anything. It
       * is at least as tall as its words, in rows packed tight. */
      double height = MIN (metrics->slot * 0.92, MAX (thickness, metrics->small_size * 1.3));

      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_GAP, zero, cy - height / 2,
                                scale_x (frame, metrics, 100) - zero, height, NULL);
      mark->stroke = *color;
      mark->line_width = 1;
      mark->dash = 3;
      dq_mark_set_datum (mark, dq_figure_get_id (figure));
      dq_mark_set_item (mark, figure);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_GAP_LABEL,
                         dq_chart_string (DQ_CHART_STRING_GAP, frame->language),
                         zero + metrics->small_size * 0.6, baseline, metrics->small_size, FALSE,
                         DQ_TEXT_ANCHOR_START, &frame->theme->muted);
      return;
    }

  end = scale_x (frame, metrics, dq_figure_get_value (figure));
  label_x = end;

  if (dq_figure_get_bound (figure) == DQ_BOUND_EQ)
    {
      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_BAR, zero, bar_y, end - zero, thickness,
                                color);
      dq_mark_set_datum (mark, dq_figure_get_id (figure));
      dq_mark_set_item (mark, figure);

      if (_dq_chart_figure_ci (frame->chart, figure, &low, &high))
        {
          _dq_chart_add_whisker (frame, figure, scale_x (frame, metrics, low), scale_x (frame, metrics, high),
                       cy, thickness / 4);
          label_x = MAX (label_x, scale_x (frame, metrics, high));
        }
    }
  else
    {
      /* Inset by half the stroke, so the outline ends where a filled bar
       * of the same value would. */
      mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_BOUND, zero + 0.75, bar_y + 0.75,
                                MAX (0, end - zero - 1.5), thickness - 1.5, NULL);
      mark->stroke = *color;
      mark->line_width = 1.5;
      dq_mark_set_datum (mark, dq_figure_get_id (figure));
      dq_mark_set_item (mark, figure);
      label_x = add_chevron (frame, figure, end, cy,
                             MIN (thickness * 0.6, metrics->small_size * 0.8), color);
    }

  number = _dq_chart_format_figure_percent (figure, dq_figure_get_value (figure),
                                            frame->language);
  label = g_strconcat (prefixes[dq_figure_get_bound (figure)], number, NULL);
  dq_scene_add_text (frame->scene, DQ_MARK_ROLE_VALUE_LABEL, label,
                     label_x + metrics->small_size * 0.35, baseline, metrics->small_size, FALSE,
                     DQ_TEXT_ANCHOR_START, &frame->theme->foreground);
}

/* What the frame around the plot shows, which depends on the figures. */
typedef struct
{
  GPtrArray *countries;
  gboolean  *present;
  gboolean   has_ci;
  gboolean   has_bound;
  gboolean   has_gap;
} Chrome;

/* The most a chart can say about itself, at @level 0, to the least, at
 * @level 3. The notes say at length what the legend names in a few words,
 * and bounds and gaps label themselves ("≈25%", "no figure in source"), so
 * when a chart of many answers is set at journal-column size their notes
 * go first, then the interval's, then the legend's bound and gap keys:
 * anything but type too small to read or rows run into each other. */
#define N_LEVELS 4

static void
add_chrome (DqChartFrame *frame,
            const Chrome *chrome,
            guint         level)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) legend = g_array_new (FALSE, FALSE, sizeof (DqLegendItem));
  const char *notes[4];
  guint n_notes = 0;

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), frame->language),
                         _dq_chart_subtitle (frame->chart,
                                             dq_chart_string (DQ_CHART_STRING_SHARE_PERCENT,
                                                              frame->language),
                                             frame->language));

  for (guint c = 0; c < chrome->countries->len; c++)
    {
      DqLegendItem item;
      char *label;

      if (!chrome->present[c])
        continue;

      label = _dq_chart_respondents (g_ptr_array_index (chrome->countries, c), frame->language);
      g_ptr_array_add (labels, label);
      item = (DqLegendItem) { label, dq_theme_get_series_color (frame->theme, c),
                              DQ_LEGEND_FILL };
      g_array_append_val (legend, item);
    }
  if (chrome->has_ci)
    {
      DqLegendItem item = { dq_chart_string (DQ_CHART_STRING_CI_LEGEND, frame->language),
                            &frame->theme->foreground, DQ_LEGEND_WHISKER };

      g_array_append_val (legend, item);
    }
  if (chrome->has_bound && level < 3)
    {
      DqLegendItem item = { dq_chart_string (DQ_CHART_STRING_BOUND_LEGEND, frame->language),
                            &frame->theme->muted, DQ_LEGEND_OUTLINE };

      g_array_append_val (legend, item);
    }
  if (chrome->has_gap && level < 3)
    {
      DqLegendItem item = { dq_chart_string (DQ_CHART_STRING_GAP, frame->language),
                            &frame->theme->muted, DQ_LEGEND_DASHED };

      g_array_append_val (legend, item);
    }
  _dq_chart_frame_legend (frame, (const DqLegendItem *) (gpointer) legend->data, legend->len);

  if (chrome->has_ci && level < 2)
    notes[n_notes++] = _dq_chart_ci_note (frame->chart, frame->language);
  if (chrome->has_bound && level < 1)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_BOUND_NOTE, frame->language);
  if (chrome->has_gap && level < 1)
    notes[n_notes++] = dq_chart_string (DQ_CHART_STRING_GAP_NOTE, frame->language);
  notes[n_notes] = NULL;
  _dq_chart_frame_footer (frame, notes);
}

/* Tries the frame of one @level on a scratch scene, and whether the rows
 * then fit at a type size not much smaller than the frame's. */
static gboolean
try_level (DqChartFrame *frame,
           const Chrome *chrome,
           GPtrArray    *groups,
           guint         level,
           Metrics      *metrics)
{
  DqChartFrame scratch = *frame;
  g_autoptr(DqScene) scene = dq_scene_new (dq_scene_get_width (frame->scene),
                                           dq_scene_get_height (frame->scene),
                                           frame->language);
  double floor = level + 1 < N_LEVELS ? 0.85 : 0.7;

  scratch.scene = scene;
  add_chrome (&scratch, chrome, level);

  for (double factor = 1; factor > floor - 1e-9; factor -= 0.05)
    {
      if (measure (frame, groups, factor, level + 1 == N_LEVELS, scratch.top, scratch.bottom,
                   metrics))
        return TRUE;
    }

  return FALSE;
}

/* Whether the bars fit, in any of the forms, the canvas whose height the
 * type was chosen for: the canvas that a chart of free height starts
 * from, so that the choice of form does not change while it grows. */
static gboolean
fits_type_height (DqChartFrame *frame,
                  const Chrome *chrome,
                  GPtrArray    *groups)
{
  DqChartFrame nominal = *frame;
  g_autoptr(DqScene) scene = dq_scene_new (frame->width, frame->type_height, frame->language);
  Metrics metrics;

  nominal.scene = scene;
  nominal.height = frame->type_height;
  nominal.bottom = frame->type_height - frame->margin;
  for (guint level = 0; level < N_LEVELS; level++)
    {
      if (try_level (&nominal, chrome, groups, level, &metrics))
        return TRUE;
    }

  return FALSE;
}

void
_dq_chart_layout_grouped (DqChartFrame *frame)
{
  DqChart *chart = frame->chart;
  DqChartSource *source = _dq_chart_get_source (chart);
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree gboolean *present = NULL;
  Chrome chrome = { 0, };
  Metrics metrics;
  guint level, n_present = 0;
  double y;

  /* Series in the order of the source's groups, a survey's samples, so
   * that a country keeps its colour from one question to the next. */
  for (guint i = 0; i < dq_chart_source_get_n_groups (source); i++)
    g_ptr_array_add (countries, (gpointer) dq_chart_source_get_group (source, i));

  groups = collect_groups (frame);
  present = g_new0 (gboolean, countries->len);
  chrome.countries = countries;
  chrome.present = present;
  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);

      for (guint b = 0; b < group->bars->len; b++)
        {
          Bar *bar = &g_array_index (group->bars, Bar, b);
          double low, high;

          present[bar->series] = TRUE;
          if (!dq_figure_has_value (bar->figure))
            chrome.has_gap = TRUE;
          else if (dq_figure_get_bound (bar->figure) != DQ_BOUND_EQ)
            chrome.has_bound = TRUE;
          else if (_dq_chart_figure_ci (chart, bar->figure, &low, &high))
            chrome.has_ci = TRUE;
        }
    }

  if (groups->len == 0)
    {
      add_chrome (frame, &chrome, 0);
      return;
    }

  /* A crosstab of more groups than there are colours, or of more bars
   * than the canvas holds, is drawn as a journal draws it: stacked. */
  for (guint c = 0; c < countries->len; c++)
    n_present += present[c];
  if (_dq_chart_is_from_table (chart) &&
      (n_present > DQ_THEME_N_SERIES + DQ_THEME_N_EXTRA_SERIES ||
       !fits_type_height (frame, &chrome, groups)))
    {
      _dq_chart_layout_stacked (frame);
      return;
    }

  for (level = 0; level + 1 < N_LEVELS; level++)
    {
      if (try_level (frame, &chrome, groups, level, &metrics))
        break;
    }
  if (level + 1 == N_LEVELS && !try_level (frame, &chrome, groups, level, &metrics))
    frame->overflows = TRUE;
  add_chrome (frame, &chrome, level);
  frame->crowded = level > 0 || metrics.label_size < frame->font_label - 1e-9;
  frame->slack = frame->bottom - frame->top - metrics.axis_height -
                 total_height (groups, &metrics, metrics.slot);

  /* Gridlines first, so that the bars are drawn over them. */
  _dq_chart_percent_axis (frame, scale_x (frame, &metrics, 0), scale_x (frame, &metrics, 100),
                          frame->top, frame->top + total_height (groups, &metrics, metrics.slot),
                          metrics.small_size, metrics.small_line, TRUE);

  y = frame->top;
  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      double bars_height = group->bars->len * metrics.slot;
      double lines_height = label_block (group, &metrics);
      double height = MAX (bars_height, lines_height);

      /* The label and the bars are each centred on the group. */
      _dq_chart_draw_label_lines (frame, group->lines,
                                  scale_x (frame, &metrics, 0) - metrics.label_size * 0.5,
                                  y + (height - lines_height) / 2, metrics.label_size,
                                  metrics.label_line);

      for (guint b = 0; b < group->bars->len; b++)
        add_bar (frame, &metrics, &g_array_index (group->bars, Bar, b),
                 y + (height - bars_height) / 2 + b * metrics.slot);

      y += height + metrics.gap;
    }
}
