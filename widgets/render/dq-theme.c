/* dq-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-theme.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1 }

/* Okabe & Ito, "Color Universal Design" (2008): blue, orange, bluish
 * green, vermillion, sky blue, reddish purple, yellow, grey. */
static const DqTheme light = {
  .background = RGB (255, 255, 255),
  .foreground = RGB (33, 33, 33),
  .muted = RGB (97, 97, 97),
  .grid = RGB (224, 224, 224),
  .axis = RGB (117, 117, 117),
  .neutral = RGB (200, 200, 200),
  .positive = RGB (0, 114, 178),
  .negative = RGB (213, 94, 0),
  .series = {
    RGB (0, 114, 178), RGB (230, 159, 0), RGB (0, 158, 115), RGB (213, 94, 0),
    RGB (86, 180, 233), RGB (204, 121, 167), RGB (240, 228, 66), RGB (120, 120, 120),
  },
  .extra_series = { RGB (120, 80, 160), RGB (140, 90, 40), RGB (0, 90, 80) },
  .land = RGB (243, 240, 232),
  .land_dim = RGB (249, 248, 245),
  .region_border = RGB (196, 190, 178),
  .country_border = RGB (105, 105, 100),
  .neighbour = RGB (232, 232, 232),
  .neighbour_border = RGB (205, 205, 205),
};

/* The same hues, lightened where they would be too dark on a dark
 * background. */
static const DqTheme dark = {
  .background = RGB (36, 36, 36),
  .foreground = RGB (238, 238, 238),
  .muted = RGB (176, 176, 176),
  .grid = RGB (66, 66, 66),
  .axis = RGB (150, 150, 150),
  .neutral = RGB (96, 96, 96),
  .positive = RGB (86, 180, 233),
  .negative = RGB (230, 159, 0),
  .series = {
    RGB (86, 180, 233), RGB (230, 159, 0), RGB (0, 158, 115), RGB (213, 94, 0),
    RGB (0, 114, 178), RGB (204, 121, 167), RGB (240, 228, 66), RGB (170, 170, 170),
  },
  .extra_series = { RGB (180, 140, 230), RGB (200, 150, 90), RGB (90, 200, 180) },
  .land = RGB (60, 60, 58),
  .land_dim = RGB (46, 46, 46),
  .region_border = RGB (100, 100, 96),
  .country_border = RGB (175, 175, 170),
  .neighbour = RGB (44, 44, 44),
  .neighbour_border = RGB (72, 72, 72),
};

/**
 * dq_theme_get:
 * @dark: whether the dark theme is wanted
 *
 * Returns: (transfer none): the theme
 */
const DqTheme *
dq_theme_get (gboolean dark_theme)
{
  return dark_theme ? &dark : &light;
}

/**
 * dq_theme_get_group_color:
 * @theme: a theme
 * @index: a group's place in the order colours are handed out, or -1 for
 *   a record of several groups or none
 *
 * Colours for groups: the series' first six hues, then a purple before
 * the yellow, which is the weakest on a light ground, then two darker
 * hues; the series' grey for several groups. Beyond
 * %DQ_THEME_N_GROUP_COLORS the colours repeat.
 *
 * Returns: (transfer none): the colour
 */
const DqColor *
dq_theme_get_group_color (const DqTheme *theme,
                          int            index)
{
  g_return_val_if_fail (theme != NULL, NULL);

  if (index < 0)
    return &theme->series[DQ_THEME_N_SERIES - 1];

  switch (index % DQ_THEME_N_GROUP_COLORS)
    {
    case 6:
      return &theme->extra_series[0];
    case 7:
      return &theme->series[6];
    case 8:
      return &theme->extra_series[1];
    case 9:
      return &theme->extra_series[2];
    default:
      return &theme->series[index % DQ_THEME_N_GROUP_COLORS];
    }
}

/**
 * dq_theme_get_series_color:
 * @theme: a theme
 * @index: the series, from 0
 *
 * The colour of a series: the Okabe–Ito palette, then the three darker
 * hues, so that a question of eleven answers repeats no colour; only past
 * %DQ_THEME_N_SERIES + %DQ_THEME_N_EXTRA_SERIES do the colours repeat,
 * which no chart lets happen: more series take a form that needs no
 * colour each, or dq_theme_get_ordinal_color().
 *
 * Returns: (transfer none): the colour
 */
const DqColor *
dq_theme_get_series_color (const DqTheme *theme,
                           guint          index)
{
  g_return_val_if_fail (theme != NULL, NULL);

  index %= DQ_THEME_N_SERIES + DQ_THEME_N_EXTRA_SERIES;
  if (index < DQ_THEME_N_SERIES)
    return &theme->series[index];

  return &theme->extra_series[index - DQ_THEME_N_SERIES];
}

/* Viridis (van der Walt and Smith, matplotlib, 2015) at nine even steps:
 * its lightness rises evenly from dark purple to yellow, so that its
 * order reads in grey and to every common form of colour blindness. */
static const DqColor viridis[] = {
  RGB (68, 1, 84), RGB (71, 45, 123), RGB (59, 82, 139), RGB (44, 114, 142),
  RGB (33, 145, 140), RGB (39, 173, 129), RGB (92, 200, 99), RGB (170, 220, 50),
  RGB (253, 231, 37),
};

/**
 * dq_theme_get_ordinal_color:
 * @theme: a theme
 * @index: an answer's place on its scale, from 0
 * @n: how many answers the scale has
 * @color: (out caller-allocates): the colour
 *
 * The colours of ordered answers, such as a scale of 0 to 10, however many
 * there are: even steps along viridis, each one apart from its
 * neighbours, none repeated. On a light background the scale stops short
 * of its palest yellow, on a dark one of its darkest purple, so that both
 * ends stand out from the background.
 */
void
dq_theme_get_ordinal_color (const DqTheme *theme,
                            guint          index,
                            guint          n,
                            DqColor       *color)
{
  gboolean dark_theme = theme == &dark;
  double start = dark_theme ? 0.12 : 0, end = dark_theme ? 1 : 0.9;
  double t, position;
  guint step;

  g_return_if_fail (theme != NULL && color != NULL && index < n);

  t = n > 1 ? (double) index / (n - 1) : 0.5;
  position = (start + t * (end - start)) * (G_N_ELEMENTS (viridis) - 1);
  step = MIN ((guint) position, G_N_ELEMENTS (viridis) - 2);
  position -= step;

  color->red = viridis[step].red + position * (viridis[step + 1].red - viridis[step].red);
  color->green = viridis[step].green + position * (viridis[step + 1].green - viridis[step].green);
  color->blue = viridis[step].blue + position * (viridis[step + 1].blue - viridis[step].blue);
  color->alpha = 1;
}

/**
 * dq_theme_get_text_on:
 * @theme: a theme
 * @fill: the colour that text is written on
 *
 * Returns: (transfer none): the theme's foreground or background, whichever
 *   reads on @fill: dark text on a light colour, light text on a dark one
 */
const DqColor *
dq_theme_get_text_on (const DqTheme *theme,
                      const DqColor *fill)
{
  double luminance, foreground;

  g_return_val_if_fail (theme != NULL && fill != NULL, NULL);

  luminance = 0.2126 * fill->red + 0.7152 * fill->green + 0.0722 * fill->blue;
  foreground = 0.2126 * theme->foreground.red + 0.7152 * theme->foreground.green +
               0.0722 * theme->foreground.blue;

  /* Dark text on a light fill, light text on a dark one. */
  return (foreground < 0.5) == (luminance > 0.55) ? &theme->foreground : &theme->background;
}

/**
 * dq_theme_get_type_scale:
 * @width: the canvas, in scene units
 * @height: the canvas, in scene units
 * @growth: how type follows a canvas above the design size
 * @scale: (out caller-allocates): the type sizes and margin
 *
 * The one type scale of charts and the map. Sizes follow the canvas from
 * a design size of 900 × 560: below it, type shrinks more slowly than the
 * canvas, with floors that keep a figure set at journal-column width
 * legible in print. Above it, a chart's type grows with the canvas, as on
 * a slide; a map's grows only with the fourth root of the canvas, since a
 * larger map shows more of its regions rather than larger names, and the
 * title and sources must not take the room the map gains.
 */
void
dq_theme_get_type_scale (double        width,
                         double        height,
                         DqTypeGrowth  growth,
                         DqTypeScale  *scale)
{
  double factor = MIN (width / 900, height / 560);

  g_return_if_fail (scale != NULL);

  if (factor < 1)
    factor = sqrt (factor);
  else if (growth == DQ_TYPE_GROWTH_MAP)
    factor = sqrt (sqrt (factor));
  factor = CLAMP (factor, 0.3, 3);

  scale->title = MAX (12, 24 * factor);
  scale->subtitle = MAX (10, 16 * factor);
  scale->label = MAX (9.5, 14.5 * factor);
  scale->small = MAX (8, 12 * factor);
  scale->margin = MAX (8, 20 * factor);
}
