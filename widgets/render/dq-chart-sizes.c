/* dq-chart-sizes.c
 *
 * The export sizes researchers ask for, which the command line and the
 * export dialog offer alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart.h"

/* A screen-sized default, a 16:9 slide, and a journal's single column and
 * full page width at 300 dpi; a single-column figure is about as tall as it
 * is wide. The command line and the export dialog offer the same.
 *
 * A slide's height is fixed. On a screen, a chart of few answers gives
 * back the height it does not use, rather than leave half its frame empty.
 * A journal fixes a figure's width, not its height: a chart of many
 * answers grows up to the depth of a page's type area (225 mm leaves room
 * for a caption) before its type gets smaller or its notes give way. */
static const DqSizePreset size_presets[] = {
  { "screen", N_("Screen"), 1600, 1000, FALSE, 96, 1000 },
  { "slide", N_("Slide"), 1920, 1080, FALSE, 96, 0 },
  { "column", N_("Journal column"), 85, 85, TRUE, 300, 225 },
  { "full", N_("Full page width"), 174, 116, TRUE, 300, 225 },
};

/**
 * dq_size_presets:
 * @n_presets: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_presets): the export sizes
 */
const DqSizePreset *
dq_size_presets (guint *n_presets)
{
  *n_presets = G_N_ELEMENTS (size_presets);

  return size_presets;
}

/**
 * dq_size_preset_lookup:
 * @name: "screen", "slide", "column" or "full"
 *
 * Returns: (transfer none) (nullable): the preset
 */
const DqSizePreset *
dq_size_preset_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
    {
      if (g_strcmp0 (size_presets[i].name, name) == 0)
        return &size_presets[i];
    }

  return NULL;
}

/**
 * dq_size_preset_scene_size:
 * @preset: a preset
 * @width: (out): the scene's width in its units, 1/96 inch
 * @height: (out): the scene's height
 *
 * A size in millimetres keeps its physical size; one in pixels gives a PNG
 * of exactly that many pixels at the preset's resolution.
 */
void
dq_size_preset_scene_size (const DqSizePreset *preset,
                           double             *width,
                           double             *height)
{
  double factor = preset->millimetres ? 96 / 25.4 : 96 / preset->dpi;

  *width = preset->width * factor;
  *height = preset->height * factor;
}

/**
 * dq_size_preset_scene_max_height:
 * @preset: a preset
 *
 * Returns: the tallest a chart of free height may be at @preset, in scene
 *   units, for #DqChartOptions.max_height; 0 when the height is fixed
 */
double
dq_size_preset_scene_max_height (const DqSizePreset *preset)
{
  g_return_val_if_fail (preset != NULL, 0);

  return preset->max_height * (preset->millimetres ? 96 / 25.4 : 96 / preset->dpi);
}
