/* test-map-legend.c
 *
 * The map's legend in print: at a journal's sizes, with the height free
 * as the presets leave it, the legend is complete (every symbol that a
 * slide's legend explains) and compact, in columns under the map, which
 * keeps more of the figure than the legend. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-chart.h"
#include "dq-map.h"

static DqDataset *dataset;

/* The swatches of the legend: its marks that are not words. */
static guint
count_swatches (DqScene *scene)
{
  guint n = 0;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      n += mark->role == DQ_MARK_ROLE_LEGEND && mark->kind != DQ_MARK_TEXT;
    }

  return n;
}

/* The box around the marks of @role; returns its area. */
static double
role_box (DqScene    *scene,
          DqMarkRole  role,
          double     *x0,
          double     *y0,
          double     *x1,
          double     *y1)
{
  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double x, y, w, h;

      if (mark->role != role)
        continue;
      dq_mark_get_bounds (mark, &x, &y, &w, &h);
      *x0 = MIN (*x0, x);
      *y0 = MIN (*y0, y);
      *x1 = MAX (*x1, x + w);
      *y1 = MAX (*y1, y + h);
    }

  return *x1 > *x0 ? (*x1 - *x0) * (*y1 - *y0) : 0;
}

static DqScene *
build (const DqSizePreset *preset,
       DqLanguage          language,
       const char         *group)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  double width, height;

  dq_size_preset_scene_size (preset, &width, &height);
  dq_map_set_language (map, language);
  dq_map_set_group (map, group);

  return dq_map_build_scene_full (map, width, height, dq_size_preset_scene_max_height (preset),
                                  FALSE);
}

/* At the journal sizes, in every language, for all groups and for one:
 * as many swatches as on a slide, the legend under the map, the map
 * wider than most of the canvas and larger than its legend, and every
 * word within the canvas, no taller than the preset's greatest height. */
static void
test_map_legend_print (void)
{
  const char *groups[] = { NULL, "germans" };
  const DqSizePreset *slide = dq_size_preset_lookup ("slide");
  const char *names[] = { "column", "full" };

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          const DqSizePreset *preset = dq_size_preset_lookup (names[p]);
          g_autoptr(DqScene) reference = build (slide, language, groups[g]);
          g_autoptr(DqScene) scene = build (preset, language, groups[g]);
          double width = dq_scene_get_width (scene);
          double map_area, legend_area;
          double mx0, my0, mx1, my1, lx0, ly0, lx1, ly1;

          map_area = role_box (scene, DQ_MARK_ROLE_REGION, &mx0, &my0, &mx1, &my1);
          legend_area = role_box (scene, DQ_MARK_ROLE_LEGEND, &lx0, &ly0, &lx1, &ly1);
          g_test_message ("%s %s %s: %.0f × %.0f, map %.0f, legend %.0f", names[p],
                          dq_language_to_code (language), groups[g] ? groups[g] : "all", width,
                          dq_scene_get_height (scene), map_area, legend_area);

          g_assert_cmpuint (count_swatches (scene), ==, count_swatches (reference));
          g_assert_cmpfloat (dq_scene_get_height (scene), <=,
                             dq_size_preset_scene_max_height (preset) + 1);
          g_assert_cmpfloat (map_area, >, legend_area);
          g_assert_cmpfloat (ly0, >=, my1 - 1);
          g_assert_cmpfloat (mx1 - mx0, >=, 0.6 * width);
          for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
            {
              const DqMark *mark = dq_scene_get_mark (scene, i);
              double x, y, w, h;

              if (mark->kind != DQ_MARK_TEXT)
                continue;
              dq_mark_get_bounds (mark, &x, &y, &w, &h);
              if (x < -0.5 || y < -0.5 || x + w > width + 0.5 ||
                  y + h > dq_scene_get_height (scene) + 0.5)
                g_error ("%s %s: “%s” leaves the canvas", names[p],
                         dq_language_to_code (language), mark->text);
            }
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Map/Legend/print", test_map_legend_print);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
