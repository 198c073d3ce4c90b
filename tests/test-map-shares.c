/* test-map-shares.c
 *
 * The choropleth of a group's share by region: regions with a published
 * figure filled in their class's colour, every other region hatched, with
 * lines that stay inside it; the legend's classes, "no data", and the year
 * and kind of the figures; Uzbekistan's missing census said on the map;
 * and no choropleth without a group or on the regions before 2018.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-format.h"
#include "dq-map.h"
#include "dq-map-private.h"
#include "dq-map-strings.h"

static DqDataset *dataset;

static DqMap *
map_of (const char *group)
{
  DqMap *map = dq_map_new (dataset);

  dq_map_set_group (map, group);
  dq_map_set_shares (map, TRUE);
  return map;
}

/* Whether the scene's words hold @text; lines that wrap are joined with
 * a space, as they were split. */
static gboolean
scene_has_text (DqScene    *scene,
                const char *text)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind == DQ_MARK_TEXT)
        g_string_append_printf (words, "%s ", mark->text);
    }
  return strstr (words->str, text) != NULL;
}

static gboolean
colors_equal (const DqColor *a,
              const DqColor *b)
{
  return G_APPROX_VALUE (a->red, b->red, 1e-9) && G_APPROX_VALUE (a->green, b->green, 1e-9) &&
         G_APPROX_VALUE (a->blue, b->blue, 1e-9) && G_APPROX_VALUE (a->alpha, b->alpha, 1e-9);
}

/* Every hatching line's ends and middle lie in its region (a pixel of
 * slack at the edges, where the line is cut). */
static void
assert_hatching_inside (DqMap        *map,
                        const DqMark *mark)
{
  const DqBasemapArea *area = dq_basemap_find_region (dq_map_get_basemap (map),
                                                      mark->datum + strlen ("region:"));
  guint lines = 0;

  g_assert_nonnull (area);
  for (guint p = 0; p + 1 < mark->path->len; p += 2)
    {
      const DqPathPoint *a = &g_array_index (mark->path, DqPathPoint, p);
      const DqPathPoint *b = &g_array_index (mark->path, DqPathPoint, p + 1);
      double x = (a->x + b->x) / 2, y = (a->y + b->y) / 2, lon, lat;

      g_assert_cmpint (a->op, ==, DQ_PATH_MOVE);
      g_assert_cmpint (b->op, ==, DQ_PATH_LINE);
      /* Lines rise to the right at 45°. */
      g_assert_cmpfloat (fabs ((b->x - a->x) + (b->y - a->y)), <, 1e-6);
      if (hypot (b->x - a->x, b->y - a->y) < 3)
        continue;
      g_assert_true (dq_map_canvas_to_lonlat (map, x, y, &lon, &lat));
      if (!dq_basemap_area_contains (area, lon, lat))
        g_error ("a hatching line of %s leaves it at %g, %g", area->code, lon, lat);
      lines++;
    }
  g_assert_cmpuint (lines, >, 0);
}

static void
test_germans (void)
{
  g_autoptr(DqMap) map = map_of ("germans");
  g_autoptr(DqScene) scene = NULL;
  g_autoptr(GHashTable) with_data = g_hash_table_new (g_str_hash, g_str_equal);
  DqRegionShares *shares = dq_map_get_region_shares (map);
  DqBasemap *basemap = dq_map_get_basemap (map);
  guint filled = 0, hatched = 0, hatched_uz = 0;
  g_autofree char *kostanay = NULL;

  g_assert_true (dq_map_shows_shares (map));
  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);

      if (dq_region_shares_lookup (shares, "germans", area->code) != NULL)
        g_hash_table_add (with_data, area->code);
    }
  /* Akmola, Kostanay, Pavlodar and North Kazakhstan publish a share. */
  g_assert_cmpuint (g_hash_table_size (with_data), ==, 4);
  g_assert_true (g_hash_table_contains (with_data, "KZ-39"));

  scene = dq_map_build_scene (map, 1200, 800, FALSE);
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      const char *code;

      if (mark->role != DQ_MARK_ROLE_REGION_HIGHLIGHT && mark->role != DQ_MARK_ROLE_GAP)
        continue;
      g_assert_true (g_str_has_prefix (mark->datum, "region:"));
      code = mark->datum + strlen ("region:");

      if (mark->role == DQ_MARK_ROLE_REGION_HIGHLIGHT)
        {
          const DqRegionShare *share = dq_region_shares_lookup (shares, "germans", code);
          DqColor expected;

          g_assert_nonnull (share);
          expected = _dq_map_share_color (dq_share_class (share->share));
          g_assert_true (colors_equal (&mark->fill, &expected));
          filled++;
        }
      else
        {
          g_assert_false (g_hash_table_contains (with_data, code));
          g_assert_cmpfloat (mark->fill.alpha, ==, 0);
          assert_hatching_inside (map, mark);
          hatched++;
          hatched_uz += g_str_has_prefix (code, "UZ-");
        }
    }
  g_assert_cmpuint (filled, ==, 4);
  g_assert_cmpuint (hatched, ==, dq_basemap_get_n_regions (basemap) - 4);
  g_assert_cmpuint (hatched_uz, ==, 14);

  /* The legend: the one class the four fall in, "no data", and the year
   * and kind of each figure; Kostanay's share carries its year. */
  g_assert_true (scene_has_text (scene, "2–5%"));
  g_assert_false (scene_has_text (scene, "5–10%"));
  g_assert_true (scene_has_text (scene, "No data"));
  g_assert_true (scene_has_text (scene, "Estimate for 2018"));
  g_assert_true (scene_has_text (scene, "Figures for 2021: census or estimate, the source "
                                        "does not say"));
  kostanay = g_strdup ("3.14% (2018)");
  g_assert_true (scene_has_text (scene, kostanay));
  g_assert_true (scene_has_text (scene, dq_map_string (DQ_MAP_STRING_SHARES_NO_CENSUS_UZ,
                                                       DQ_LANGUAGE_EN)));
}

static void
test_classes_in_legend (void)
{
  g_autoptr(DqMap) map = map_of ("kazakhs");
  g_autoptr(DqScene) scene = NULL;

  /* Kazakhs: 37.57 % (North Kazakhstan) to 55.94 % (Pavlodar): the
   * classes from 20–50 % to 50 % and over, in Russian too. */
  scene = dq_map_build_scene (map, 1200, 800, FALSE);
  g_assert_true (scene_has_text (scene, "20–50%"));
  g_assert_true (scene_has_text (scene, "50% and over"));
  g_assert_false (scene_has_text (scene, "10–20%"));

  dq_map_set_language (map, DQ_LANGUAGE_RU);
  g_clear_object (&scene);
  scene = dq_map_build_scene (map, 1200, 800, FALSE);
  {
    g_autofree char *fifty = dq_format_percent (50, 0, DQ_LANGUAGE_RU);
    g_autofree char *range = g_strconcat ("20–", fifty, NULL);

    g_assert_true (scene_has_text (scene, range));
  }
  g_assert_true (scene_has_text (scene, "Нет данных"));
  g_assert_true (scene_has_text (scene, "Оценка на 2018 год"));
}

static void
test_no_choropleth (void)
{
  g_autoptr(DqMap) map = map_of (NULL);
  DqMapRegions divisions[] = { DQ_MAP_REGIONS_2024, DQ_MAP_REGIONS_PRE_2018 };

  /* Without a group, or on the regions before 2018, which the figures are
   * not given for, the map is the ordinary one. */
  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      g_autoptr(DqScene) scene = NULL;

      dq_map_set_regions (map, divisions[d]);
      dq_map_set_group (map, d == 0 ? NULL : "germans");
      g_assert_true (dq_map_get_shares (map));
      g_assert_false (dq_map_shows_shares (map));
      scene = dq_map_build_scene (map, 1200, 800, FALSE);
      for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
        g_assert_cmpint (dq_scene_get_mark (scene, i)->role, !=, DQ_MARK_ROLE_GAP);
      g_assert_false (scene_has_text (scene, "No data"));
    }
}

static void
test_group_without_figures (void)
{
  g_autoptr(DqMap) map = map_of ("koreans");
  g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
  guint hatched = 0;

  /* Every region hatched, and the subtitle says why. */
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_REGION_HIGHLIGHT);
      hatched += mark->role == DQ_MARK_ROLE_GAP;
    }
  g_assert_cmpuint (hatched, ==, dq_basemap_get_n_regions (dq_map_get_basemap (map)));
  g_assert_true (scene_has_text (scene, "No region has a published share of this group: "
                                        "Koreans"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Map/Shares/germans", test_germans);
  g_test_add_func ("/Dostyq/Map/Shares/classes-in-legend", test_classes_in_legend);
  g_test_add_func ("/Dostyq/Map/Shares/no-choropleth", test_no_choropleth);
  g_test_add_func ("/Dostyq/Map/Shares/group-without-figures", test_group_without_figures);

  status = g_test_run ();
  g_clear_object (&dataset);

  return status;
}
