/* dq-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

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
