/* dq-theme.h
 *
 * The colours of charts and maps, light and dark, and the one type scale
 * their frames and labels use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-scene.h"

G_BEGIN_DECLS

#define DQ_THEME_N_SERIES 8
#define DQ_THEME_N_EXTRA_SERIES 3

/* How many colours dq_theme_get_group_color() tells apart. */
#define DQ_THEME_N_GROUP_COLORS 10

/**
 * DqTheme:
 * @background: behind everything
 * @foreground: titles and labels
 * @muted: subtitles, source lines, tick labels
 * @grid: gridlines
 * @axis: axis lines and the zero line
 * @neutral: "other / don't know" and remainders
 * @positive: the positive side of diverging bars
 * @negative: the negative side of diverging bars
 * @series: colours of series and groups, the Okabe–Ito palette, safe for
 *   the common forms of colour blindness; grey is last
 * @extra_series: three darker hues for when seven are not enough, as for
 *   the map's groups
 * @land: the regions of the countries a map is about
 * @land_dim: regions that step back while a group is highlighted
 * @region_border: borders between regions
 * @country_border: the borders of the countries a map is about
 * @neighbour: neighbouring countries, there to place the others
 * @neighbour_border: their borders
 */
typedef struct
{
  DqColor background;
  DqColor foreground;
  DqColor muted;
  DqColor grid;
  DqColor axis;
  DqColor neutral;
  DqColor positive;
  DqColor negative;
  DqColor series[DQ_THEME_N_SERIES];
  DqColor extra_series[DQ_THEME_N_EXTRA_SERIES];
  DqColor land;
  DqColor land_dim;
  DqColor region_border;
  DqColor country_border;
  DqColor neighbour;
  DqColor neighbour_border;
} DqTheme;

/**
 * DqTypeScale:
 * @margin: around the canvas
 * @title: the title
 * @subtitle: the subtitle
 * @label: category and axis labels
 * @small: legends, notes, source lines and labels on a map
 *
 * Type sizes and the margin for a canvas, in scene units.
 */
typedef struct
{
  double margin;
  double title;
  double subtitle;
  double label;
  double small;
} DqTypeScale;

/**
 * DqTypeGrowth:
 * @DQ_TYPE_GROWTH_CHART: type grows with the canvas above the design size,
 *   as a chart's does on a slide
 * @DQ_TYPE_GROWTH_MAP: type grows only slowly above the design size: a
 *   larger map shows more detail rather than larger text
 *
 * How the type scale follows a canvas larger than its design size.
 */
typedef enum
{
  DQ_TYPE_GROWTH_CHART,
  DQ_TYPE_GROWTH_MAP,
} DqTypeGrowth;

const DqTheme *dq_theme_get             (gboolean       dark);
const DqColor *dq_theme_get_group_color (const DqTheme *theme,
                                         int            index);
const DqColor *dq_theme_get_series_color (const DqTheme *theme,
                                          guint          index);
void           dq_theme_get_ordinal_color (const DqTheme *theme,
                                           guint          index,
                                           guint          n,
                                           DqColor       *color);
const DqColor *dq_theme_get_text_on     (const DqTheme *theme,
                                         const DqColor *fill);
void           dq_theme_get_type_scale  (double         width,
                                         double         height,
                                         DqTypeGrowth   growth,
                                         DqTypeScale   *scale);

G_END_DECLS
