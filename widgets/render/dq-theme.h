/* dq-theme.h
 *
 * The colours of charts and maps, light and dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-scene.h"

G_BEGIN_DECLS

#define DQ_THEME_N_SERIES 8

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
 *   the common forms of colour blindness
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
} DqTheme;

const DqTheme *dq_theme_get (gboolean dark);

G_END_DECLS
