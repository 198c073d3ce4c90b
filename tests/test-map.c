/* test-map.c
 *
 * The map without a display: the projection and its inverse, the base map
 * and its point-in-region lookup, clusters that merge and separate with
 * zoom, labels that stay off each other and inside the canvas in every
 * language, filters and the highlighted group, the SVG export, the
 * hit-testing grid against a scan of the scene, and the records the map
 * cannot place.
 *
 * Set DOSTYQ_MAP_PNG_DIR to a folder to have the label test write its
 * scenes there as PNGs, for looking at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dq-basemap.h"
#include "dq-chart.h"
#include "dq-enum-nick.h"
#include "dq-map.h"
#include "dq-map-private.h"
#include "dq-projection.h"
#include "dq-scene-render.h"

static DqDataset *dataset;

static DqPlace *
place (const char *id)
{
  DqPlace *p = dq_dataset_lookup_place (dataset, id);

  g_assert_nonnull (p);
  g_assert_true (dq_place_is_located (p));

  return p;
}

#define ROLE(mark) dq_enum_to_nick (DQ_TYPE_MARK_ROLE, (mark)->role)

static gboolean
is_symbol_role (DqMarkRole role)
{
  return role == DQ_MARK_ROLE_CENTRE || role == DQ_MARK_ROLE_CLUSTER ||
         role == DQ_MARK_ROLE_EVENT;
}

/* Ids of the located centres at a place, in dataset order. */
static GPtrArray *
centres_at (const char *place_id)
{
  GListModel *centres = dq_dataset_get_centres (dataset);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);

      if (g_strcmp0 (dq_centre_get_place_id (centre), place_id) == 0)
        g_ptr_array_add (ids, (gpointer) dq_centre_get_id (centre));
    }

  return ids;
}

static gboolean
is_located (const char *place_id)
{
  DqPlace *p = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;

  return p != NULL && dq_place_is_located (p);
}

static void
test_projection_round_trip (void)
{
  const char *ids[] = { "almaty", "tashkent", "astana", "samarkand" };
  DqProjection projection;

  dq_projection_init_central_asia (&projection);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      DqPlace *p = place (ids[i]);
      double x, y, lon, lat;

      dq_projection_forward (&projection, dq_place_get_longitude (p), dq_place_get_latitude (p), &x,
                             &y);
      dq_projection_inverse (&projection, x, y, &lon, &lat);
      g_assert_cmpfloat_with_epsilon (lon, dq_place_get_longitude (p), 1e-9);
      g_assert_cmpfloat_with_epsilon (lat, dq_place_get_latitude (p), 1e-9);
    }

  /* The origin projects to (0, 0), and the central meridian is vertical. */
  {
    double x, y, x2, y2;

    dq_projection_forward (&projection, 66, 45, &x, &y);
    g_assert_cmpfloat_with_epsilon (x, 0, 1e-12);
    g_assert_cmpfloat_with_epsilon (y, 0, 1e-12);
    dq_projection_forward (&projection, 66, 50, &x2, &y2);
    g_assert_cmpfloat_with_epsilon (x2, 0, 1e-12);
    g_assert_cmpfloat (y2, >, y);
  }
}

static void
test_projection_canvas (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
  double ax, ay, sx, sy, tx, ty, lon, lat;
  DqPlace *almaty = place ("almaty"), *astana = place ("astana"), *tashkent = place ("tashkent");

  g_assert_true (dq_map_lonlat_to_canvas (map, dq_place_get_longitude (almaty),
                                          dq_place_get_latitude (almaty), &ax, &ay));
  g_assert_true (dq_map_lonlat_to_canvas (map, dq_place_get_longitude (astana),
                                          dq_place_get_latitude (astana), &sx, &sy));
  g_assert_true (dq_map_lonlat_to_canvas (map, dq_place_get_longitude (tashkent),
                                          dq_place_get_latitude (tashkent), &tx, &ty));

  /* Almaty is south-east of Astana, Tashkent west of Almaty. */
  g_assert_cmpfloat (ax, >, sx);
  g_assert_cmpfloat (ay, >, sy);
  g_assert_cmpfloat (tx, <, ax);

  for (guint i = 0; i < 3; i++)
    {
      double x = (double[]) { ax, sx, tx }[i], y = (double[]) { ay, sy, ty }[i];

      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, 1200);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, 800);
    }

  g_assert_true (dq_map_canvas_to_lonlat (map, ax, ay, &lon, &lat));
  g_assert_cmpfloat_with_epsilon (lon, dq_place_get_longitude (almaty), 1e-9);
  g_assert_cmpfloat_with_epsilon (lat, dq_place_get_latitude (almaty), 1e-9);

  /* The viewport fits both countries, with a uniform scale: the map's
   * outlines stay within the canvas at zoom 1. */
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double x, y, w, h;

      if (mark->role != DQ_MARK_ROLE_COUNTRY)
        continue;
      dq_mark_get_bounds (mark, &x, &y, &w, &h);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, 1200);
      g_assert_cmpfloat (y + h, <=, 800);
    }
}

/* Every located place whose region the dataset names lies in that
 * region's polygon (on today's map, in a region holding its territory),
 * and in its own country. Returns how many were checked. */
static guint
check_places_in_regions (DqBasemap *basemap)
{
  GListModel *places = dq_dataset_get_places (dataset);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(DqPlace) p = g_list_model_get_item (places, i);
      const DqBasemapArea *area;
      DqPlace *region;

      if (!dq_place_is_located (p))
        continue;

      area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (p),
                                       dq_place_get_latitude (p));
      /* Bishkek and Ashgabat are outside both countries. */
      if (g_strcmp0 (dq_place_get_country (p), "KZ") != 0 &&
          g_strcmp0 (dq_place_get_country (p), "UZ") != 0)
        {
          g_assert_null (area);
          continue;
        }
      g_assert_nonnull (area);
      g_assert_cmpstr (area->country, ==, dq_place_get_country (p));

      if (dq_place_get_region_id (p) == NULL)
        continue;
      region = dq_dataset_lookup_place (dataset, dq_place_get_region_id (p));
      if (region == NULL || dq_place_get_hasc (region) == NULL)
        continue;
      if (!dq_basemap_area_matches (area, dq_place_get_hasc (region)))
        g_error ("%s lies in %s, not in %s", dq_place_get_id (p), area->code,
                 dq_place_get_hasc (region));
      checked++;
    }

  return checked;
}

static void
test_basemap_regions_pre_2018 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqBasemap) basemap = dq_basemap_dup_division (DQ_MAP_REGIONS_PRE_2018, &error);
  const DqBasemapArea *area;

  g_assert_no_error (error);
  g_assert_cmpuint (dq_basemap_get_n_countries (basemap), ==, 5);
  g_assert_cmpuint (dq_basemap_get_n_regions (basemap), ==, 30);

  /* Almaty and Tashkent are cities of republican significance: each is a
   * first-level unit of its own. */
  area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (place ("almaty")),
                                   dq_place_get_latitude (place ("almaty")));
  g_assert_nonnull (area);
  g_assert_cmpstr (area->country, ==, "KZ");
  g_assert_cmpstr (area->code, ==, "KZ.AC");
  area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (place ("tashkent")),
                                   dq_place_get_latitude (place ("tashkent")));
  g_assert_nonnull (area);
  g_assert_cmpstr (area->country, ==, "UZ");
  g_assert_cmpstr (area->code, ==, "UZ.TK");
  area = dq_basemap_lookup_country (basemap, dq_place_get_longitude (place ("tashkent")),
                                    dq_place_get_latitude (place ("tashkent")));
  g_assert_cmpstr (area->code, ==, "UZ");

  g_assert_cmpuint (check_places_in_regions (basemap), >=, 4);

  /* Outside both countries: Bishkek. */
  g_assert_null (dq_basemap_lookup_region (basemap, 74.59, 42.87));
  area = dq_basemap_lookup_country (basemap, 74.59, 42.87);
  g_assert_cmpstr (area->code, ==, "KG");

  /* Names in three languages, the old division's included; no region of
   * 2018 or 2022. */
  area = dq_basemap_find_region (basemap, "KZ.SK");
  g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_RU), ==, "Южно-Казахстанская область");
  g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_KK), ==, "Оңтүстік Қазақстан облысы");
  area = dq_basemap_find_region (basemap, "UZ.QR");
  g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_KK), ==, "Қарақалпақстан Республикасы");
  g_assert_null (dq_basemap_find_region (basemap, "KZ-61"));
  g_assert_null (dq_basemap_find_region (basemap, "KZ-10"));
}

static void
test_basemap_regions_2024 (void)
{
  /* The regions formed in 2018 and 2022, in English, Russian and Kazakh. */
  static const struct { const char *code, *en, *ru, *kk; } today[] = {
    { "KZ-10", "Abai region", "область Абай", "Абай облысы" },
    { "KZ-33", "Jetisu region", "область Жетісу", "Жетісу облысы" },
    { "KZ-62", "Ulytau region", "область Ұлытау", "Ұлытау облысы" },
    { "KZ-61", "Turkistan region", "Туркестанская область", "Түркістан облысы" },
    { "KZ-79", "Shymkent", "Шымкент", "Шымкент" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DqBasemap) basemap = dq_basemap_dup_default (&error);
  const DqBasemapArea *area;
  guint n_kz = 0, n_south = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (dq_basemap_get_n_countries (basemap), ==, 5);
  g_assert_cmpuint (dq_basemap_get_n_regions (basemap), ==, 34);
  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      area = dq_basemap_get_region (basemap, i);
      n_kz += g_str_equal (area->country, "KZ");
      n_south += dq_basemap_area_matches (area, "KZ.SK");
      /* Every name in every language, none empty. */
      for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
        g_assert_cmpstr (dq_text_get (area->name, l), !=, "");
    }
  /* 17 regions and 3 cities; South Kazakhstan region is now two units. */
  g_assert_cmpuint (n_kz, ==, 20);
  g_assert_cmpuint (n_south, ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (today); i++)
    {
      area = dq_basemap_find_region (basemap, today[i].code);
      g_assert_nonnull (area);
      g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_EN), ==, today[i].en);
      g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_RU), ==, today[i].ru);
      g_assert_cmpstr (dq_text_get (area->name, DQ_LANGUAGE_KK), ==, today[i].kk);
    }

  /* The cities of today, each in its unit. */
  area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (place ("almaty")),
                                   dq_place_get_latitude (place ("almaty")));
  g_assert_cmpstr (area->code, ==, "KZ-75");
  area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (place ("shymkent")),
                                   dq_place_get_latitude (place ("shymkent")));
  g_assert_cmpstr (area->code, ==, "KZ-79");
  area = dq_basemap_lookup_region (basemap, dq_place_get_longitude (place ("tashkent")),
                                   dq_place_get_latitude (place ("tashkent")));
  g_assert_cmpstr (area->code, ==, "UZ-TK");

  /* An old region's code finds a unit that holds its territory. */
  area = dq_basemap_find_region (basemap, "KZ.SK");
  g_assert_true (g_str_equal (area->code, "KZ-61") || g_str_equal (area->code, "KZ-79"));
  g_assert_cmpstr (dq_basemap_find_region (basemap, "UZ.QR")->code, ==, "UZ-QR");
  g_assert_null (dq_basemap_find_region (basemap, "KZ.XX"));

  g_assert_cmpuint (check_places_in_regions (basemap), >=, 4);

  /* The source names geokz, whose licence asks for credit. */
  g_assert_nonnull (strstr (dq_basemap_get_source (basemap), "geokz"));
  g_assert_nonnull (strstr (dq_basemap_get_source (basemap), "CC BY 4.0"));
}

static void
expect_basemap_error (const char *json,
                      int         code,
                      const char *fragment)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(DqBasemap) basemap = dq_basemap_new_from_bytes (bytes, "test.json", &error);

  g_assert_null (basemap);
  g_assert_error (error, DQ_BASEMAP_ERROR, code);
  g_assert_nonnull (strstr (error->message, "test.json"));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

#define NAME "{\"en\":\"a\",\"ru\":\"б\",\"kk\":\"ә\"}"

static void
test_basemap_errors (void)
{
  const char *head = "{\"format\":\"dostyq-basemap\",\"version\":2,";
  const char *country = "{\"code\":\"KZ\",\"focus\":true,\"name\":" NAME ","
                        "\"label\":[70,48],\"rings\":[[60,40,70,40,70,50]]}";
  g_autofree char *odd = g_strdup_printf ("%s\"countries\":[%s],\"regions\":[{\"code\":\"KZ.AA\","
                                          "\"country\":\"KZ\",\"name\":" NAME ","
                                          "\"label\":[70,48],\"rings\":[[60,40,70]]}]}",
                                          head, country);
  g_autofree char *missing = g_strdup_printf ("%s\"countries\":[%s]}", head, country);
  g_autofree char *off = g_strdup_printf ("%s\"countries\":[{\"code\":\"KZ\",\"focus\":true,"
                                          "\"name\":" NAME ","
                                          "\"label\":[70,48],\"rings\":[[60,40,70,40,270,50]]}],"
                                          "\"regions\":[]}", head);
  g_autofree char *good = g_strdup_printf ("%s\"countries\":[%s],\"regions\":[]}", head, country);
  g_autofree char *former = g_strdup_printf ("%s\"countries\":[%s],\"regions\":[{\"code\":"
                                             "\"KZ-61\",\"country\":\"KZ\",\"former\":"
                                             "[\"KZ.SK\",7],\"name\":" NAME ","
                                             "\"label\":[70,48],\"rings\":[[60,40,70,40,70,50]]}]}",
                                             head, country);
  g_autofree char *old = g_strdup_printf ("{\"format\":\"dostyq-basemap\",\"version\":1,"
                                          "\"countries\":[%s],\"regions\":[]}", country);
  g_autoptr(GBytes) bytes = g_bytes_new (good, strlen (good));
  g_autoptr(GError) error = NULL;
  g_autoptr(DqBasemap) basemap = dq_basemap_new_from_bytes (bytes, "good.json", &error);

  g_assert_no_error (error);
  g_assert_true (dq_basemap_lookup_country (basemap, 68, 43) != NULL);
  g_assert_null (dq_basemap_lookup_country (basemap, 61, 49));

  expect_basemap_error ("{", DQ_BASEMAP_ERROR_PARSE, NULL);
  expect_basemap_error ("{\"format\":\"dostyq\",\"version\":1}", DQ_BASEMAP_ERROR_FORMAT, "dostyq");
  expect_basemap_error (odd, DQ_BASEMAP_ERROR_VALUE, "regions[0].rings[0]");
  expect_basemap_error (missing, DQ_BASEMAP_ERROR_MISSING, "regions");
  expect_basemap_error (off, DQ_BASEMAP_ERROR_VALUE, "countries[0].rings[0]");
  expect_basemap_error (former, DQ_BASEMAP_ERROR_TYPE, "regions[0].former[1]");
  expect_basemap_error (old, DQ_BASEMAP_ERROR_FORMAT, "version 2");
}

/* The members of a cluster mark. */
static GStrv
cluster_members (const DqMark *mark)
{
  g_assert_true (g_str_has_prefix (mark->datum, "cluster:"));

  return g_strsplit (mark->datum + strlen ("cluster:"), ",", -1);
}

static void
test_clusters (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(GPtrArray) almaty = centres_at ("almaty");
  DqPlace *p = place ("almaty");
  guint found = 0;

  g_assert_cmpuint (almaty->len, >=, 3);

  /* Zoom 1: one cluster holds exactly the centres placed in Almaty. */
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);
        g_auto(GStrv) members = NULL;

        if (mark->role != DQ_MARK_ROLE_CLUSTER)
          continue;
        members = cluster_members (mark);
        if (!g_strv_contains ((const char * const *) members, g_ptr_array_index (almaty, 0)))
          continue;

        found++;
        g_assert_cmpuint (g_strv_length (members), ==, almaty->len);
        for (guint k = 0; k < almaty->len; k++)
          g_assert_true (g_strv_contains ((const char * const *) members, g_ptr_array_index (almaty,
                                                                                             k)));
      }
    g_assert_cmpuint (found, ==, 1);
  }

  /* Zoomed in on Almaty, they separate: a symbol each, no cluster. */
  dq_map_set_center (map, dq_place_get_longitude (p), dq_place_get_latitude (p));
  dq_map_set_zoom (map, 8);
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
    guint separate = 0;

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_CLUSTER);
        if (mark->role == DQ_MARK_ROLE_CENTRE &&
            g_ptr_array_find_with_equal_func (almaty, mark->datum, g_str_equal, NULL))
          separate++;
      }
    g_assert_cmpuint (separate, ==, almaty->len);
  }

  /* Clustering off: separate at zoom 1 too. */
  dq_map_set_zoom (map, 1);
  dq_map_set_clustering (map, FALSE);
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      g_assert_cmpint (dq_scene_get_mark (scene, i)->role, !=, DQ_MARK_ROLE_CLUSTER);
  }
}

static gboolean
boxes_overlap (const DqMark *a,
               const DqMark *b)
{
  double ax, ay, aw, ah, bx, by, bw, bh;

  dq_mark_get_bounds (a, &ax, &ay, &aw, &ah);
  dq_mark_get_bounds (b, &bx, &by, &bw, &bh);

  /* Half a unit of tolerance for lines that touch. */
  return ax + 0.5 < bx + bw && bx + 0.5 < ax + aw && ay + 0.5 < by + bh && by + 0.5 < ay + ah;
}

static void
check_text (DqScene    *scene,
            const char *what)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint labels = 0;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double x, y, w, h;

      if (mark->kind != DQ_MARK_TEXT)
        continue;

      dq_mark_get_bounds (mark, &x, &y, &w, &h);
      if (x < -0.01 || y < -0.01 || x + w > dq_scene_get_width (scene) + 0.01 ||
          y + h > dq_scene_get_height (scene) + 0.01)
        g_error ("%s: “%s” (%s) leaves the canvas: %g,%g %gx%g", what, mark->text,
                 ROLE (mark), x, y, w, h);

      for (guint k = 0; k < texts->len; k++)
        {
          const DqMark *other = g_ptr_array_index (texts, k);

          if (boxes_overlap (mark, other))
            g_error ("%s: “%s” (%s) overlaps “%s” (%s)", what, mark->text, ROLE (mark),
                     other->text, ROLE (other));
        }
      g_ptr_array_add (texts, (gpointer) mark);
      labels += mark->role == DQ_MARK_ROLE_PLACE_LABEL || mark->role == DQ_MARK_ROLE_REGION_LABEL;
    }

  /* Labels do not drop out wholesale. */
  g_assert_cmpuint (labels, >=, 8);

  /* Nor do they cover a centre, a cluster or an event. */
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role != DQ_MARK_ROLE_PLACE_LABEL && mark->role != DQ_MARK_ROLE_REGION_LABEL)
        continue;
      for (guint k = 0; k < dq_scene_get_n_marks (scene); k++)
        {
          const DqMark *symbol = dq_scene_get_mark (scene, k);

          if (is_symbol_role (symbol->role) && boxes_overlap (mark, symbol))
            g_error ("%s: “%s” covers %s", what, mark->text, symbol->datum);
        }
    }
}

static void
test_labels (void)
{
  const char *dir = g_getenv ("DOSTYQ_MAP_PNG_DIR");
  const double sizes[][2] = { { 1200, 800 }, { 700, 1000 }, { 800, 560 } };
  const char *groups[] = { NULL, "germans", "tajiks" };

  for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
    {
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
            {
              g_autoptr(DqMap) map = dq_map_new (dataset);
              g_autoptr(DqScene) scene = NULL;
              g_autofree char *what = g_strdup_printf ("%s-%gx%g-%s",
                                                       dq_language_to_code (language),
                                                       sizes[s][0], sizes[s][1],
                                                       groups[g] != NULL ? groups[g] : "all");

              dq_map_set_language (map, language);
              dq_map_set_group (map, groups[g]);
              scene = dq_map_build_scene (map, sizes[s][0], sizes[s][1], g == 2);
              check_text (scene, what);

              if (dir != NULL)
                {
                  g_autoptr(GError) error = NULL;
                  g_autofree char *name = g_strdup_printf ("map-%s.png", what);
                  g_autofree char *path = g_build_filename (dir, name, NULL);
                  g_autoptr(GFile) file = g_file_new_for_path (path);

                  dq_scene_export_file (scene, DQ_EXPORT_PNG, 96, file, &error);
                  g_assert_no_error (error);
                }
            }
        }
    }
}

static void
test_filter_kind (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  const char *kinds[] = { "confucius-institute", NULL };
  GListModel *centres = dq_dataset_get_centres (dataset);
  g_autoptr(DqScene) scene = NULL;
  guint expected = 0, drawn = 0;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);

      expected += dq_centre_get_kind (centre) == DQ_CENTRE_CONFUCIUS_INSTITUTE &&
                  is_located (dq_centre_get_place_id (centre));
    }
  g_assert_cmpuint (expected, >, 0);

  dq_map_set_kinds (map, kinds);
  dq_map_set_clustering (map, FALSE);
  scene = dq_map_build_scene (map, 1200, 800, FALSE);

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      DqCentre *centre;

      g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_EVENT);
      if (mark->role != DQ_MARK_ROLE_CENTRE)
        continue;
      centre = dq_dataset_lookup_centre (dataset, mark->datum);
      g_assert_nonnull (centre);
      g_assert_cmpint (dq_centre_get_kind (centre), ==, DQ_CENTRE_CONFUCIUS_INSTITUTE);
      drawn++;
    }
  g_assert_cmpuint (drawn, ==, expected);

  /* The unlocated list is filtered the same way. */
  for (guint i = 0; i < g_list_model_get_n_items (dq_map_get_unlocated (map)); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (dq_map_get_unlocated (map), i);

      g_assert_true (DQ_IS_CENTRE (object));
      g_assert_cmpint (dq_centre_get_kind (DQ_CENTRE (object)), ==, DQ_CENTRE_CONFUCIUS_INSTITUTE);
    }

  /* And back to every kind. */
  dq_map_set_kinds (map, NULL);
  g_clear_object (&scene);
  scene = dq_map_build_scene (map, 1200, 800, FALSE);
  drawn = 0;
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    drawn += dq_scene_get_mark (scene, i)->role == DQ_MARK_ROLE_CENTRE;
  g_assert_cmpuint (drawn, >, expected);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  guint zoom_notified = 0, changed = 0;
  double lon, lat;

  g_signal_connect_swapped (map, "notify::zoom", G_CALLBACK (count_cb), &zoom_notified);
  g_signal_connect_swapped (map, "changed", G_CALLBACK (count_cb), &changed);

  dq_map_set_zoom (map, 3);
  dq_map_set_zoom (map, 3);
  g_assert_cmpuint (zoom_notified, ==, 1);
  g_assert_cmpfloat (dq_map_get_zoom (map), ==, 3);
  dq_map_set_zoom (map, 0.2);
  g_assert_cmpfloat (dq_map_get_zoom (map), ==, DQ_MAP_MIN_ZOOM);
  g_assert_cmpuint (zoom_notified, ==, 2);

  dq_map_set_group (map, "germans");
  dq_map_set_group (map, "germans");
  g_assert_cmpstr (dq_map_get_group (map), ==, "germans");
  dq_map_set_group (map, "");
  g_assert_null (dq_map_get_group (map));
  dq_map_set_country (map, "UZ");
  dq_map_set_search_text (map, "Конфуц");
  dq_map_set_language (map, DQ_LANGUAGE_KK);
  g_object_set (map, "center-longitude", 70.0, NULL);
  dq_map_get_center (map, &lon, &lat);
  g_assert_cmpfloat (lon, ==, 70);
  g_assert_cmpuint (changed, ==, 8);

  /* Confucius Institutes are all in Kazakhstan. */
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 900, 600, FALSE);

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      g_assert_false (is_symbol_role (dq_scene_get_mark (scene, i)->role));
  }
  dq_map_set_country (map, NULL);
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 900, 600, FALSE);
    guint symbols = 0;

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      symbols += is_symbol_role (dq_scene_get_mark (scene, i)->role);
    g_assert_cmpuint (symbols, >, 0);
  }
}

static void
test_filter_group (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(GHashTable) highlighted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  /* On today's map Karaganda region of the data is Karaganda and Ulytau
   * regions, both highlighted; before 2018 it was one region. */
  const char *germans[] = { "region:KZ-35", "region:KZ-62", "region:KZ-11", "region:KZ-55",
                            "region:KZ-39" };
  const char *germans_pre_2018[] = { "region:KZ.QG", "region:KZ.AM", "region:KZ.PA",
                                     "region:KZ.QS" };
  DqGroup *group = dq_dataset_lookup_group (dataset, "germans");

  /* The regions are those of the dataset's concentration list. */
  g_assert_nonnull (group);
  g_assert_cmpuint (dq_group_get_n_concentrations (group), ==, 1);
  for (guint i = 0; dq_group_get_concentration (group, 0)->places[i] != NULL; i++)
    {
      DqPlace *p = dq_dataset_lookup_place (dataset, dq_group_get_concentration (group,
                                                                                 0)->places[i]);

      g_assert_nonnull (dq_place_get_hasc (p));
    }
  for (guint i = 0; i < G_N_ELEMENTS (germans); i++)
    g_hash_table_add (expected, (gpointer) germans[i]);

  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      g_assert_cmpint (dq_scene_get_mark (scene, i)->role, !=, DQ_MARK_ROLE_REGION_HIGHLIGHT);
  }

  dq_map_set_group (map, "germans");
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
    guint regions = 0;

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        regions += mark->role == DQ_MARK_ROLE_REGION;
        if (mark->role == DQ_MARK_ROLE_REGION_HIGHLIGHT)
          g_hash_table_add (highlighted, g_strdup (mark->datum));
        g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_REGION_CONTEXT);

        /* Centres of other groups are dimmed. */
        if (mark->role == DQ_MARK_ROLE_CENTRE)
          {
            DqCentre *centre = dq_dataset_lookup_centre (dataset, mark->datum);
            gboolean german = g_strv_contains (dq_centre_get_group_ids (centre), "germans");

            g_assert_cmpint (mark->fill.alpha < 1, ==, !german);
          }
      }

    g_assert_cmpuint (regions, ==, 34);
    g_assert_cmpuint (g_hash_table_size (highlighted), ==, g_hash_table_size (expected));
    for (guint i = 0; i < G_N_ELEMENTS (germans); i++)
      g_assert_true (g_hash_table_contains (highlighted, germans[i]));
  }

  /* The regions before 2018: the data's own four, of 30. */
  dq_map_set_regions (map, DQ_MAP_REGIONS_PRE_2018);
  g_assert_cmpuint (dq_basemap_get_n_regions (dq_map_get_basemap (map)), ==, 30);
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
    g_autoptr(GPtrArray) old = g_ptr_array_new ();

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      if (dq_scene_get_mark (scene, i)->role == DQ_MARK_ROLE_REGION_HIGHLIGHT)
        g_ptr_array_add (old, dq_scene_get_mark (scene, i)->datum);
    g_assert_cmpuint (old->len, ==, G_N_ELEMENTS (germans_pre_2018));
    for (guint i = 0; i < G_N_ELEMENTS (germans_pre_2018); i++)
      g_assert_true (g_ptr_array_find_with_equal_func (old, germans_pre_2018[i], g_str_equal,
                                                       NULL));
  }
  dq_map_set_regions (map, DQ_MAP_REGIONS_2024);

  /* Bulgarians live in villages the data cannot place: their regions are
   * drawn as context, not as regions of concentration. */
  dq_map_set_group (map, "bulgarians");
  {
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
    guint context = 0;

    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        g_assert_cmpint (mark->role, !=, DQ_MARK_ROLE_REGION_HIGHLIGHT);
        context += mark->role == DQ_MARK_ROLE_REGION_CONTEXT;
      }
    g_assert_cmpuint (context, ==, 2);
  }
}

static char *
export_svg (DqMap *map)
{
  g_autoptr(DqScene) scene = dq_map_build_scene (map, 1200, 800, FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = dq_scene_export_bytes (scene, DQ_EXPORT_SVG, 96, &error);
  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_export_svg (void)
{
  GListModel *centres = dq_dataset_get_centres (dataset);
  guint located = 0;

  /* Clustering off: every located centre has a mark of its own, and no
   * other centre does. */
  {
    g_autoptr(DqMap) map = dq_map_new (dataset);
    g_autofree char *svg = NULL;

    dq_map_set_clustering (map, FALSE);
    svg = export_svg (map);

    for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
      {
        g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);
        g_autofree char *attr = g_strdup_printf ("class=\"centre\" data-datum=\"%s\"",
                                                 dq_centre_get_id (centre));
        g_autofree char *datum = g_strdup_printf ("data-datum=\"%s\"", dq_centre_get_id (centre));

        if (!is_located (dq_centre_get_place_id (centre)))
          {
            g_assert_null (strstr (svg, datum));
            continue;
          }
        located++;
        if (strstr (svg, attr) == NULL)
          g_error ("no mark for %s", dq_centre_get_id (centre));
      }
    g_assert_cmpuint (located, >, 10);
    g_assert_null (strstr (svg, "synthetic"));
  }

  /* Clustering on, zoomed in on each centre's place: a mark each too. */
  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);
      g_autoptr(DqMap) map = dq_map_new (dataset);
      g_autofree char *attr = g_strdup_printf ("class=\"centre\" data-datum=\"%s\"",
                                               dq_centre_get_id (centre));
      g_autofree char *svg = NULL;
      DqPlace *p;

      if (!is_located (dq_centre_get_place_id (centre)))
        continue;
      p = place (dq_centre_get_place_id (centre));
      dq_map_set_zoom (map, 2 * DQ_MAP_SPREAD_ZOOM);
      dq_map_set_center (map, dq_place_get_longitude (p), dq_place_get_latitude (p));
      svg = export_svg (map);
      if (strstr (svg, attr) == NULL)
        g_error ("zoomed in: no mark for %s", dq_centre_get_id (centre));
    }

  for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
    {
      g_autoptr(DqMap) map = dq_map_new (dataset);
      g_autoptr(DqScene) scene = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *svg = NULL;

      dq_map_set_language (map, language);
      scene = dq_map_build_scene (map, 1200, 800, FALSE);
      bytes = dq_scene_export_bytes (scene, DQ_EXPORT_SVG, 96, &error);
      g_assert_no_error (error);
      svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      /* Every language credits both sources of the outlines; geokz's
       * licence asks for it. */
      g_assert_nonnull (strstr (svg, "Natural Earth"));
      g_assert_nonnull (strstr (svg, "geokz"));
      g_assert_nonnull (strstr (svg, "CC BY 4.0"));
      if (language == DQ_LANGUAGE_EN)
        {
          g_assert_nonnull (strstr (svg, ">Almaty</text>"));
          g_assert_nonnull (strstr (svg, ">Kyrgyzstan</text>"));
          g_assert_nonnull (strstr (svg, ">Abai region</text>"));
          g_assert_nonnull (strstr (svg, ">Ulytau region</text>"));
        }
      else
        {
          g_assert_nonnull (strstr (svg, ">Алматы</text>"));
          g_assert_null (strstr (svg, ">Almaty</text>"));
        }
      if (language == DQ_LANGUAGE_RU)
        {
          g_assert_nonnull (strstr (svg, ">Ташкент</text>"));
          g_assert_nonnull (strstr (svg, ">область Абай</text>"));
        }
      if (language == DQ_LANGUAGE_KK)
        {
          /* Regions of 2022 by their Kazakh names. */
          g_assert_nonnull (strstr (svg, ">Ұлытау облысы</text>"));
          g_assert_nonnull (strstr (svg, ">Абай облысы</text>"));
          g_assert_nonnull (strstr (svg, ">Қырғызстан</text>"));
        }
    }
}

/* What dq_scene_lookup_mark() would find among the symbols: the topmost
 * whose box, with the same slack, holds the point. */
static const char *
brute_force_lookup (DqScene *scene,
                    double   x,
                    double   y)
{
  for (guint i = dq_scene_get_n_marks (scene); i > 0; i--)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i - 1);
      double bx, by, bw, bh;

      if (!is_symbol_role (mark->role))
        continue;
      dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
      if (bw < 6)
        {
          bx -= (6 - bw) / 2;
          bw = 6;
        }
      if (bh < 6)
        {
          by -= (6 - bh) / 2;
          bh = 6;
        }
      if (x >= bx && x <= bx + bw && y >= by && y <= by + bh)
        return mark->datum;
    }

  return NULL;
}

static void
test_index (void)
{
  for (guint variant = 0; variant < 3; variant++)
    {
      g_autoptr(DqMap) map = dq_map_new (dataset);
      g_autoptr(DqScene) scene = NULL;
      g_autoptr(GRand) rand = g_rand_new_with_seed (7 + variant);
      g_autoptr(GPtrArray) symbols = g_ptr_array_new ();
      guint hits = 0, synthetic = 0;

      _dq_map_set_extra_centres (map, 10000, 1234);
      dq_map_set_clustering (map, variant != 1);
      if (variant == 2)
        dq_map_set_zoom (map, 5);
      scene = dq_map_build_scene (map, 1200, 800, FALSE);

      for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
        {
          const DqMark *mark = dq_scene_get_mark (scene, i);

          if (is_symbol_role (mark->role))
            g_ptr_array_add (symbols, (gpointer) mark);
          synthetic += mark->datum != NULL && g_str_has_prefix (mark->datum, "synthetic-");
        }
      g_assert_cmpuint (symbols->len, >, 0);
      if (variant == 1)
        g_assert_cmpuint (synthetic, >, 5000);

      /* Half the points anywhere, half near a symbol, so that both misses
       * and overlapping hits are tried. */
      for (guint i = 0; i < 200; i++)
        {
          double x, y;
          const char *fast, *slow;

          if (i % 2 == 0)
            {
              x = g_rand_double_range (rand, 0, 1200);
              y = g_rand_double_range (rand, 0, 800);
            }
          else
            {
              const DqMark *mark = g_ptr_array_index (symbols, g_rand_int_range (rand, 0,
                                                                                 symbols->len));
              double bx, by, bw, bh;

              dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
              x = bx + g_rand_double_range (rand, -2, bw + 2);
              y = by + g_rand_double_range (rand, -2, bh + 2);
            }

          fast = dq_map_lookup (map, x, y);
          slow = brute_force_lookup (scene, x, y);
          g_assert_cmpstr (fast, ==, slow);
          hits += fast != NULL;
        }
      g_assert_cmpuint (hits, >=, 50);
    }

  /* Off the canvas, nothing. */
  {
    g_autoptr(DqMap) map = dq_map_new (dataset);
    g_autoptr(DqScene) scene = dq_map_build_scene (map, 600, 400, FALSE);

    g_assert_null (dq_map_lookup (map, -10, 20));
    g_assert_null (dq_map_lookup (map, 20, 900));
  }
}

static void
test_unlocated (void)
{
  g_autoptr(DqMap) map = dq_map_new (dataset);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *unlocated = dq_map_get_unlocated (map);
  GListModel *centres = dq_dataset_get_centres (dataset);
  GListModel *events = dq_dataset_get_events (dataset);
  guint n_centres = 0, n_events = 0;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);

      if (!is_located (dq_centre_get_place_id (centre)))
        g_hash_table_add (expected, (gpointer) dq_centre_get_id (centre));
    }
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DqEvent) event = g_list_model_get_item (events, i);

      /* The map shows conflicts; an event of a whole country is not a place
       * it fails to locate. */
      if (dq_event_get_place_id (event) != NULL && !is_located (dq_event_get_place_id (event)) &&
          g_str_equal (dq_event_get_kind (event), "conflict"))
        g_hash_table_add (expected, (gpointer) dq_event_get_id (event));
    }

  g_assert_cmpuint (g_list_model_get_n_items (unlocated), ==, g_hash_table_size (expected));
  for (guint i = 0; i < g_list_model_get_n_items (unlocated); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (unlocated, i);
      const char *id;

      if (DQ_IS_CENTRE (object))
        {
          id = dq_centre_get_id (DQ_CENTRE (object));
          n_centres++;
        }
      else
        {
          g_assert_true (DQ_IS_EVENT (object));
          id = dq_event_get_id (DQ_EVENT (object));
          n_events++;
        }
      g_assert_true (g_hash_table_contains (expected, id));
    }

  /* Pidzhim has no coordinates, Masanchi has. */
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_cmpuint (n_centres, >, 0);
  g_assert_false (g_hash_table_contains (expected, "masanchi-clashes"));
  g_assert_true (g_hash_table_contains (expected, "pidzhim-conflict"));

  /* None of them is drawn anywhere. */
  {
    g_autoptr(DqScene) scene = NULL;

    dq_map_set_clustering (map, FALSE);
    scene = dq_map_build_scene (map, 1200, 800, FALSE);
    for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        if (is_symbol_role (mark->role))
          g_assert_false (g_hash_table_contains (expected, mark->datum));
      }
  }

  /* A search narrows the list and tells the model. */
  {
    guint changes = 0;

    g_signal_connect_swapped (unlocated, "items-changed", G_CALLBACK (count_cb), &changes);
    dq_map_set_search_text (map, "Wiedergeburt");
    g_assert_cmpuint (changes, ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (unlocated), ==, 1);
    dq_map_set_search_text (map, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (unlocated), ==, g_hash_table_size (expected));
  }
}

/* The area left open by the frame's masks: the map's area. */
static void
open_area (DqScene *scene,
           double  *x0,
           double  *y0,
           double  *x1,
           double  *y1)
{
  double w = dq_scene_get_width (scene);

  *x0 = 0;
  *y0 = 0;
  *x1 = w;
  *y1 = dq_scene_get_height (scene);
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role != DQ_MARK_ROLE_FRAME || mark->kind != DQ_MARK_RECT)
        continue;
      if (mark->width == w && mark->y == 0)
        *y0 = MAX (*y0, mark->height);
      else if (mark->width == w)
        *y1 = MIN (*y1, mark->y);
      else if (mark->x == 0)
        *x0 = MAX (*x0, mark->width);
      else
        *x1 = MIN (*x1, mark->x);
    }
}

/* The box of the marks of some roles, clipped to a box; its area. */
static double
roles_box (DqScene          *scene,
           const DqMarkRole *roles,
           guint             n_roles,
           const double      clip[4],
           double            box[4])
{
  box[0] = box[1] = G_MAXDOUBLE;
  box[2] = box[3] = -G_MAXDOUBLE;
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);
      double x, y, w, h;
      gboolean wanted = FALSE;

      for (guint r = 0; r < n_roles; r++)
        wanted |= mark->role == roles[r];
      if (!wanted)
        continue;
      dq_mark_get_bounds (mark, &x, &y, &w, &h);
      box[0] = MIN (box[0], x);
      box[1] = MIN (box[1], y);
      box[2] = MAX (box[2], x + w);
      box[3] = MAX (box[3], y + h);
    }
  box[0] = MAX (box[0], clip[0]);
  box[1] = MAX (box[1], clip[1]);
  box[2] = MIN (box[2], clip[2]);
  box[3] = MIN (box[3], clip[3]);

  return box[2] > box[0] && box[3] > box[1] ? (box[2] - box[0]) * (box[3] - box[1]) : 0;
}

/* At the export sizes for a screen and a slide, with and without a group
 * highlighted, the map keeps most of what the title and the sources
 * leave: the box of its regions, as far as it is not masked, covers at
 * least half of it. */
static void
test_area (void)
{
  const DqMarkRole regions[] = { DQ_MARK_ROLE_REGION, DQ_MARK_ROLE_REGION_HIGHLIGHT,
                                 DQ_MARK_ROLE_REGION_CONTEXT };
  const DqMarkRole titles[] = { DQ_MARK_ROLE_TITLE, DQ_MARK_ROLE_SUBTITLE };
  const DqMarkRole footer[] = { DQ_MARK_ROLE_NOTE, DQ_MARK_ROLE_SOURCE };
  const char *groups[] = { NULL, "germans" };
  const DqSizePreset *presets;
  guint n_presets;

  presets = dq_size_presets (&n_presets);
  for (guint p = 0; p < n_presets; p++)
    for (DqLanguage language = DQ_LANGUAGE_EN; language < DQ_N_LANGUAGES; language++)
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          g_autoptr(DqMap) map = dq_map_new (dataset);
          g_autoptr(DqScene) scene = NULL;
          double width, height, canvas[4], area[4], box[4], title[4], foot[4];
          double map_area, available;

          dq_size_preset_scene_size (&presets[p], &width, &height);
          dq_map_set_language (map, language);
          dq_map_set_group (map, groups[g]);
          scene = dq_map_build_scene (map, width, height, FALSE);

          canvas[0] = canvas[1] = 0;
          canvas[2] = width;
          canvas[3] = height;
          open_area (scene, &area[0], &area[1], &area[2], &area[3]);
          map_area = roles_box (scene, regions, G_N_ELEMENTS (regions), area, box);
          roles_box (scene, titles, G_N_ELEMENTS (titles), canvas, title);
          available = width * height - width * title[3] -
                      roles_box (scene, footer, G_N_ELEMENTS (footer), canvas, foot);

          g_test_message ("%s %s %s: map %.0f of %.0f (%.0f %%)", presets[p].name,
                          dq_language_to_code (language), groups[g] != NULL ? groups[g] : "all",
                          map_area, available, 100 * map_area / available);
          g_assert_cmpfloat (available, >, 0);
          /* A figure in print, a column wide, keeps the title and the
           * sources legible and the map gets what is left; on a screen or
           * a slide the map must have most of it. */
          if (!presets[p].millimetres)
            g_assert_cmpfloat (map_area, >=, 0.5 * available);
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

  g_test_add_func ("/Dostyq/Map/Projection/round-trip", test_projection_round_trip);
  g_test_add_func ("/Dostyq/Map/Projection/canvas", test_projection_canvas);
  g_test_add_func ("/Dostyq/Map/Basemap/regions-2024", test_basemap_regions_2024);
  g_test_add_func ("/Dostyq/Map/Basemap/regions-pre-2018", test_basemap_regions_pre_2018);
  g_test_add_func ("/Dostyq/Map/Basemap/errors", test_basemap_errors);
  g_test_add_func ("/Dostyq/Map/Map/properties", test_properties);
  g_test_add_func ("/Dostyq/Map/Map/clusters", test_clusters);
  g_test_add_func ("/Dostyq/Map/Map/labels", test_labels);
  g_test_add_func ("/Dostyq/Map/Map/filter-kind", test_filter_kind);
  g_test_add_func ("/Dostyq/Map/Map/filter-group", test_filter_group);
  g_test_add_func ("/Dostyq/Map/Map/export-svg", test_export_svg);
  g_test_add_func ("/Dostyq/Map/Map/index", test_index);
  g_test_add_func ("/Dostyq/Map/Map/unlocated", test_unlocated);
  g_test_add_func ("/Dostyq/Map/Map/area", test_area);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
