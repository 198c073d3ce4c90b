/* dq-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include "dq-frame.h"

/**
 * dq_frame_init:
 * @frame: (out caller-allocates): the frame
 * @width: the canvas, in scene units
 * @height: the canvas
 * @language: the language of the text
 * @dark: whether to use the dark theme
 *
 * Starts a chart's scene: dq_frame_init_full() with the type scale that
 * grows with the canvas.
 */
void
dq_frame_init (DqFrame    *frame,
               double      width,
               double      height,
               DqLanguage  language,
               gboolean    dark)
{
  dq_frame_init_full (frame, width, height, language, dark, DQ_TYPE_GROWTH_CHART);
}

/**
 * dq_frame_init_full:
 * @frame: (out caller-allocates): the frame
 * @width: the canvas, in scene units
 * @height: the canvas
 * @language: the language of the text
 * @dark: whether to use the dark theme
 * @growth: how the type scale follows a canvas above its design size
 *
 * Starts a scene with the theme's background and type scale; the area is
 * the whole canvas less the margin until the frame's parts are placed.
 * The scene is the caller's.
 */
void
dq_frame_init_full (DqFrame      *frame,
                    double        width,
                    double        height,
                    DqLanguage    language,
                    gboolean      dark,
                    DqTypeGrowth  growth)
{
  DqTypeScale scale;

  g_return_if_fail (frame != NULL);

  dq_theme_get_type_scale (width, height, growth, &scale);

  *frame = (DqFrame) { 0 };
  frame->language = language;
  frame->dark = dark;
  frame->width = width;
  frame->height = height;
  frame->type_height = height;
  frame->theme = dq_theme_get (dark);
  frame->scene = dq_scene_new (width, height, language);
  dq_scene_set_background (frame->scene, &frame->theme->background);

  frame->font_title = scale.title;
  frame->font_subtitle = scale.subtitle;
  frame->font_label = scale.label;
  frame->font_small = scale.small;
  frame->margin = scale.margin;

  frame->left = frame->margin;
  frame->top = frame->margin;
  frame->right = width - frame->margin;
  frame->bottom = height - frame->margin;
}

/* Writes @text wrapped to the frame's width from @y, if @draw; returns
 * where the next line would start. */
static double
add_wrapped (DqFrame       *frame,
             DqMarkRole     role,
             const char    *text,
             double         y,
             double         font_size,
             gboolean       bold,
             const DqColor *color,
             gboolean       draw)
{
  g_autoptr(GPtrArray) lines = NULL;
  double line_height;
  double ascent;

  dq_scene_measure_text (frame->scene, "Ag", font_size, bold, NULL, &line_height, &ascent);
  lines = dq_scene_wrap_text (frame->scene, text, font_size, bold, frame->right - frame->left);

  for (guint i = 0; i < lines->len; i++)
    {
      if (draw)
        dq_scene_add_text (frame->scene, role, g_ptr_array_index (lines, i),
                           frame->left, y + ascent, font_size, bold, DQ_TEXT_ANCHOR_START, color);
      y += line_height;
    }

  return y;
}

/* Where the area starts under the title, subtitle and remark. */
static double
add_title (DqFrame    *frame,
           const char *title,
           const char *subtitle,
           const char *remark,
           gboolean    draw)
{
  double y = frame->top;

  y = add_wrapped (frame, DQ_MARK_ROLE_TITLE, title, y, frame->font_title, TRUE,
                   &frame->theme->foreground, draw);
  if (subtitle != NULL)
    {
      y += frame->font_subtitle * 0.2;
      y = add_wrapped (frame, DQ_MARK_ROLE_SUBTITLE, subtitle, y, frame->font_subtitle, FALSE,
                       &frame->theme->muted, draw);
    }
  if (remark != NULL)
    y = add_wrapped (frame, DQ_MARK_ROLE_SUBTITLE, remark, y, frame->font_subtitle, FALSE,
                     &frame->theme->foreground, draw);

  return y + frame->font_label;
}

/**
 * dq_frame_title_height:
 * @frame: a frame
 * @title: the title
 * @subtitle: (nullable): the subtitle
 * @remark: (nullable): a line under the subtitle, in the foreground colour
 *
 * Returns: how far dq_frame_title() with the same text moves the top of
 *   the area down; nothing is drawn
 */
double
dq_frame_title_height (DqFrame    *frame,
                       const char *title,
                       const char *subtitle,
                       const char *remark)
{
  g_return_val_if_fail (frame != NULL && title != NULL, 0);

  return add_title (frame, title, subtitle, remark, FALSE) - frame->top;
}

/**
 * dq_frame_title:
 * @frame: a frame
 * @title: the title
 * @subtitle: (nullable): the subtitle
 * @remark: (nullable): a line under the subtitle, in the foreground colour,
 *   such as what the map highlights
 *
 * Writes the title at the top of the area and moves the area's top under
 * it.
 */
void
dq_frame_title (DqFrame    *frame,
                const char *title,
                const char *subtitle,
                const char *remark)
{
  g_return_if_fail (frame != NULL && title != NULL);

  frame->top = add_title (frame, title, subtitle, remark, TRUE);
}

static void
add_swatch (DqFrame            *frame,
            const DqLegendItem *item,
            double              x,
            double              y,
            double              line_height)
{
  double size = frame->font_small;
  DqMark *mark;

  if (item->style == DQ_LEGEND_WHISKER)
    {
      double cy = y + line_height / 2;

      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_LEGEND, x, cy, x + size, cy, item->color, 1.2);
      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_LEGEND, x, cy - size / 3, x, cy + size / 3,
                         item->color, 1.2);
      dq_scene_add_line (frame->scene, DQ_MARK_ROLE_LEGEND, x + size, cy - size / 3, x + size,
                         cy + size / 3, item->color, 1.2);
      return;
    }

  mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_LEGEND, x, y + (line_height - size) / 2,
                            size, size, item->style == DQ_LEGEND_FILL ? item->color : NULL);
  if (item->style != DQ_LEGEND_FILL)
    {
      mark->stroke = *item->color;
      mark->line_width = 1.2;
      mark->dash = item->style == DQ_LEGEND_DASHED ? 3 : 0;
    }
}

/**
 * dq_frame_legend:
 * @frame: a frame
 * @items: (array length=n_items): the entries
 * @n_items: how many
 *
 * A row of swatches and labels at the top of the area, wrapping onto more
 * rows when the canvas is narrow; the area's top moves under it.
 */
void
dq_frame_legend (DqFrame            *frame,
                 const DqLegendItem *items,
                 guint               n_items)
{
  double size = frame->font_small;
  double x = frame->left;
  double line_height;
  double ascent;
  double y;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, &ascent);
  y = frame->top;

  for (guint i = 0; i < n_items; i++)
    {
      double width;
      double item_width;

      dq_scene_measure_text (frame->scene, items[i].label, frame->font_small, FALSE,
                             &width, NULL, NULL);
      item_width = size * 1.4 + width + size * 1.5;
      if (x > frame->left && x + item_width > frame->right)
        {
          x = frame->left;
          y += line_height * 1.3;
        }

      add_swatch (frame, &items[i], x, y, line_height);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_LEGEND, items[i].label, x + size * 1.4,
                         y + ascent, frame->font_small, FALSE, DQ_TEXT_ANCHOR_START,
                         &frame->theme->foreground);
      x += item_width;
    }

  frame->top = y + line_height + frame->font_label;
}

/* The notes' lines and then the source's, each wrapped, with the role of
 * each line. */
static GPtrArray *
footer_lines (DqFrame            *frame,
              const char * const *notes,
              const char         *source,
              GArray             *roles)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n_notes = notes != NULL ? g_strv_length ((char **) notes) : 0;

  for (guint i = 0; i <= n_notes; i++)
    {
      const char *text = i < n_notes ? notes[i] : source;
      DqMarkRole role = i < n_notes ? DQ_MARK_ROLE_NOTE : DQ_MARK_ROLE_SOURCE;
      g_autoptr(GPtrArray) wrapped = NULL;

      if (text == NULL)
        continue;
      wrapped = dq_scene_wrap_text (frame->scene, text, frame->font_small, FALSE,
                                    frame->right - frame->left);
      for (guint j = 0; j < wrapped->len; j++)
        {
          g_ptr_array_add (lines, g_strdup (g_ptr_array_index (wrapped, j)));
          g_array_append_val (roles, role);
        }
    }

  return lines;
}

/**
 * dq_frame_footer_height:
 * @frame: a frame
 * @notes: (nullable) (array zero-terminated=1): notes above the source
 * @source: (nullable): the source line
 *
 * Returns: how far dq_frame_footer() with the same text moves the bottom
 *   of the area up; nothing is drawn
 */
double
dq_frame_footer_height (DqFrame            *frame,
                        const char * const *notes,
                        const char         *source)
{
  g_autoptr(GArray) roles = g_array_new (FALSE, FALSE, sizeof (DqMarkRole));
  g_autoptr(GPtrArray) lines = NULL;
  double line_height;

  g_return_val_if_fail (frame != NULL, 0);

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, NULL);
  lines = footer_lines (frame, notes, source, roles);

  return lines->len * line_height + frame->font_label;
}

/**
 * dq_frame_footer:
 * @frame: a frame
 * @notes: (nullable) (array zero-terminated=1): notes above the source
 * @source: (nullable): the source line
 *
 * The notes and the source line at the bottom of the area, built up from
 * its bottom edge; the area then ends above them.
 */
void
dq_frame_footer (DqFrame            *frame,
                 const char * const *notes,
                 const char         *source)
{
  g_autoptr(GArray) roles = g_array_new (FALSE, FALSE, sizeof (DqMarkRole));
  g_autoptr(GPtrArray) lines = NULL;
  double line_height;
  double ascent;
  double y;

  g_return_if_fail (frame != NULL);

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, &ascent);
  lines = footer_lines (frame, notes, source, roles);

  y = frame->bottom - lines->len * line_height;
  frame->bottom = y - frame->font_label;

  for (guint i = 0; i < lines->len; i++)
    {
      dq_scene_add_text (frame->scene, g_array_index (roles, DqMarkRole, i),
                         g_ptr_array_index (lines, i), frame->left, y + ascent,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->muted);
      y += line_height;
    }
}

/**
 * dq_frame_mask:
 * @frame: a frame
 * @left: the area to leave open
 * @top: the area to leave open
 * @right: the area to leave open
 * @bottom: the area to leave open
 *
 * Covers the canvas around an area with the background, as a clip would:
 * a zoomed map runs past its area, and must not run under the title, the
 * legend or the footer.
 */
void
dq_frame_mask (DqFrame *frame,
               double   left,
               double   top,
               double   right,
               double   bottom)
{
  const DqColor *background;
  double w, h;

  g_return_if_fail (frame != NULL);

  background = &frame->theme->background;
  w = frame->width;
  h = frame->height;
  dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_FRAME, 0, 0, w, top, background);
  dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_FRAME, 0, bottom, w, h - bottom, background);
  dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_FRAME, 0, top, left, bottom - top, background);
  dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_FRAME, right, top, w - right, bottom - top,
                     background);
}
