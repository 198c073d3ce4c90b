/* dq-frame.h
 *
 * The frame that charts and the map share: title and subtitle, a legend
 * row, notes and the source line, around the area left for a plot or a
 * map, all in the theme's one type scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-scene.h"
#include "dq-theme.h"

G_BEGIN_DECLS

typedef struct _DqChart DqChart;

/**
 * DqLegendItem:
 * @label: what the swatch stands for
 * @color: the swatch's colour
 * @style: how the swatch is drawn
 */
typedef struct
{
  const char    *label;
  const DqColor *color;
  DqLegendStyle  style;
} DqLegendItem;

/**
 * DqFrame:
 * @scene: the scene being laid out (owned by whoever laid it out)
 * @chart: the chart being laid out, or %NULL for the map
 * @theme: the colours
 * @language: the language of the text
 * @dark: whether the theme is the dark one
 * @width: the canvas
 * @height: the canvas
 * @margin: the type scale's margin
 * @font_title: the type scale's title size
 * @font_subtitle: its subtitle size
 * @font_label: its size of category and axis labels
 * @font_small: its size of legends, notes and source lines
 * @left: the area left for a plot or a map, once the frame's parts are
 *   placed
 * @top: the area
 * @right: the area
 * @bottom: the area
 * @type_height: the height the type scale was chosen for, which stays
 *   while a chart whose height follows its content tries other heights
 * @slack: set by a layout: how much of the area's height its content left
 *   empty, which a canvas of free height gives back
 * @crowded: set by a layout: it made its type smaller or left something
 *   out to fit, which a canvas of free height avoids by growing
 * @overflows: set by a layout: even at its smallest type its content does
 *   not fit the canvas
 */
typedef struct
{
  DqScene       *scene;
  DqChart       *chart;
  const DqTheme *theme;
  DqLanguage     language;
  gboolean       dark;
  double         width;
  double         height;
  double         margin;
  double         font_title;
  double         font_subtitle;
  double         font_label;
  double         font_small;
  double         left;
  double         top;
  double         right;
  double         bottom;
  double         type_height;
  double         slack;
  gboolean       crowded;
  gboolean       overflows;
} DqFrame;

void   dq_frame_init          (DqFrame            *frame,
                               double              width,
                               double              height,
                               DqLanguage          language,
                               gboolean            dark);
void   dq_frame_init_full     (DqFrame            *frame,
                               double              width,
                               double              height,
                               DqLanguage          language,
                               gboolean            dark,
                               DqTypeGrowth        growth);
double dq_frame_title_height  (DqFrame            *frame,
                               const char         *title,
                               const char         *subtitle,
                               const char         *remark);
void   dq_frame_title         (DqFrame            *frame,
                               const char         *title,
                               const char         *subtitle,
                               const char         *remark);
void   dq_frame_legend        (DqFrame            *frame,
                               const DqLegendItem *items,
                               guint               n_items);
double dq_frame_footer_height (DqFrame            *frame,
                               const char * const *notes,
                               const char         *source);
void   dq_frame_footer        (DqFrame            *frame,
                               const char * const *notes,
                               const char         *source);
void   dq_frame_mask          (DqFrame            *frame,
                               double              left,
                               double              top,
                               double              right,
                               double              bottom);

G_END_DECLS
