/* test-cli-map.c
 *
 * The map on the command line: `dostyq list` names it, `dostyq export
 * --chart map` writes it with its filters, and `--all` includes it. Runs
 * without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dq-map.h"
#include "dq-map-strings.h"
#include "dq-test-util.h"

static DqDataset *dataset;
static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* The values of an attribute of the elements of a class, in the SVG. */
static GPtrArray *
datums_of_class (const char *svg,
                 const char *class_name)
{
  g_autofree char *needle = g_strdup_printf ("class=\"%s\" data-datum=\"", class_name);
  GPtrArray *datums = g_ptr_array_new_with_free_func (g_free);
  const char *p = svg;

  while ((p = strstr (p, needle)) != NULL)
    {
      const char *start = p + strlen (needle);
      const char *end = strchr (start, '"');

      g_assert_nonnull (end);
      g_ptr_array_add (datums, g_strndup (start, end - start));
      p = end;
    }

  return datums;
}

static void
test_cli_map_list (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) run_kk = { 0 };
  g_autofree char *line = g_strdup_printf ("map\t%s\n",
                                           dq_map_string (DQ_MAP_STRING_TITLE, DQ_LANGUAGE_EN));
  g_autofree char *line_kk = g_strdup_printf ("map\t%s\n",
                                              dq_map_string (DQ_MAP_STRING_TITLE,
                                                             DQ_LANGUAGE_KK));

  dq_test_spawn (&run, dq_test_dostyq (), "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, line));

  dq_test_spawn (&run_kk, dq_test_dostyq (), "list", "--lang", "kk", NULL);
  g_assert_cmpint (run_kk.status, ==, 0);
  g_assert_nonnull (strstr (run_kk.out, line_kk));
}

static void
test_cli_map_svg (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.svg");
  g_autofree char *svg = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) centres = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  GListModel *all = dq_dataset_get_centres (dataset);
  guint located = 0;

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "map", "--lang", "kk", "-o", path,
                 NULL);
  g_assert_cmpint (run.status, ==, 0);
  svg = read_file (path);
  g_assert_true (g_str_has_prefix (svg, "<?xml") || g_str_has_prefix (svg, "<svg"));

  /* The whole of both countries, as the map opens: centres close together
   * are clusters, whose ids between them name every located centre. */
  centres = datums_of_class (svg, "centre");
  clusters = datums_of_class (svg, "cluster");
  g_assert_cmpuint (clusters->len, >, 0);
  for (guint i = 0; i < centres->len; i++)
    g_assert_true (g_hash_table_add (shown, g_strdup (g_ptr_array_index (centres, i))));
  for (guint i = 0; i < clusters->len; i++)
    {
      const char *datum = g_ptr_array_index (clusters, i);
      g_auto(GStrv) ids = NULL;

      g_assert_true (g_str_has_prefix (datum, "cluster:"));
      ids = g_strsplit (datum + strlen ("cluster:"), ",", -1);
      for (guint k = 0; ids[k] != NULL; k++)
        g_assert_true (g_hash_table_add (shown, g_strdup (ids[k])));
    }

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (all, i);
      const char *place_id = dq_centre_get_place_id (centre);
      DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;
      gboolean is_located = place != NULL && dq_place_is_located (place);

      g_assert_cmpint (g_hash_table_contains (shown, dq_centre_get_id (centre)), ==, is_located);
      located += is_located;
    }
  g_assert_cmpuint (located, >, 10);
  g_assert_cmpuint (g_hash_table_size (shown), ==, located);

  /* In Kazakh, and never with the synthetic centres of the benchmarks. */
  g_assert_nonnull (strstr (svg, ">Алматы</text>"));
  g_assert_nonnull (strstr (svg, dq_map_string (DQ_MAP_STRING_TITLE, DQ_LANGUAGE_KK)));
  g_assert_null (strstr (svg, ">Almaty</text>"));
  g_assert_null (strstr (svg, "synthetic"));
  g_assert_null (strstr (svg, "region-highlight"));

  g_unlink (path);
}

static void
test_cli_map_filters (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) run_kind = { 0 };
  g_autofree char *path = tmp_path ("germans.svg");
  g_autofree char *kind_path = tmp_path ("memorials.svg");
  g_autofree char *svg = NULL;
  g_autofree char *kind_svg = NULL;
  g_autoptr(GPtrArray) highlighted = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  /* Karaganda region of the data is Karaganda and Ulytau regions today. */
  const char * const germans[] = { "region:KZ-35", "region:KZ-62", "region:KZ-11",
                                   "region:KZ-55", "region:KZ-39" };

  /* The Germans: their regions highlighted, and no others. */
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "map", "--group", "germans",
                 "--format", "svg", "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  svg = read_file (path);
  highlighted = datums_of_class (svg, "region-highlight");
  g_assert_cmpuint (highlighted->len, ==, G_N_ELEMENTS (germans));
  for (guint i = 0; i < G_N_ELEMENTS (germans); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (highlighted, germans[i], g_str_equal, NULL));

  /* Memorials in Kazakhstan only: the Spassk memorial and the monument at
   * Steplag, and no event. */
  dq_test_spawn (&run_kind, dq_test_dostyq (), "export", "--chart", "map", "--kind", "memorial",
                 "--country", "kz", "-o", kind_path, NULL);
  g_assert_cmpint (run_kind.status, ==, 0);
  kind_svg = read_file (kind_path);
  kept = datums_of_class (kind_svg, "centre");
  g_assert_cmpuint (kept->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (kept, "spassk-memorial", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (kept, "steplag-lithuanian-monument",
                                                   g_str_equal, NULL));
  g_assert_null (strstr (kind_svg, "class=\"event\""));
  g_assert_null (strstr (kind_svg, "class=\"cluster\""));

  g_unlink (path);
  g_unlink (kind_path);
}

/* The regions before 2018, and the choropleth of a group's share. */
static void
test_cli_map_regions_and_shares (void)
{
  g_auto(DqTestRun) run_old = { 0 };
  g_auto(DqTestRun) run_shares = { 0 };
  g_autofree char *old_path = tmp_path ("pre-2018.svg");
  g_autofree char *shares_path = tmp_path ("shares.svg");
  g_autofree char *old_svg = NULL;
  g_autofree char *shares_svg = NULL;
  g_autoptr(GPtrArray) highlighted = NULL;
  g_autoptr(GPtrArray) hatched = NULL;
  const char * const germans_pre_2018[] = { "region:KZ.QG", "region:KZ.AM", "region:KZ.PA",
                                            "region:KZ.QS" };
  const char * const germans_shares[] = { "region:KZ-11", "region:KZ-39", "region:KZ-55",
                                          "region:KZ-59" };

  /* Before 2018: the data's own four regions, and the note on South
   * Kazakhstan region. */
  dq_test_spawn (&run_old, dq_test_dostyq (), "export", "--chart", "map", "--group", "germans",
                 "--regions", "pre-2018", "-o", old_path, NULL);
  g_assert_cmpint (run_old.status, ==, 0);
  old_svg = read_file (old_path);
  highlighted = datums_of_class (old_svg, "region-highlight");
  g_assert_cmpuint (highlighted->len, ==, G_N_ELEMENTS (germans_pre_2018));
  for (guint i = 0; i < G_N_ELEMENTS (germans_pre_2018); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (highlighted, germans_pre_2018[i],
                                                     g_str_equal, NULL));
  g_assert_nonnull (strstr (old_svg, ">Regions before 2018. "));
  g_assert_null (strstr (old_svg, "geokz"));
  g_clear_pointer (&highlighted, g_ptr_array_unref);

  /* The Germans' share: four regions filled, the other thirty hatched. */
  dq_test_spawn (&run_shares, dq_test_dostyq (), "export", "--chart", "map", "--group", "germans",
                 "--shares", "--lang", "kk", "-o", shares_path, NULL);
  g_assert_cmpint (run_shares.status, ==, 0);
  shares_svg = read_file (shares_path);
  highlighted = datums_of_class (shares_svg, "region-highlight");
  hatched = datums_of_class (shares_svg, "gap");
  g_assert_cmpuint (highlighted->len, ==, G_N_ELEMENTS (germans_shares));
  for (guint i = 0; i < G_N_ELEMENTS (germans_shares); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (highlighted, germans_shares[i],
                                                     g_str_equal, NULL));
  g_assert_cmpuint (hatched->len, ==, 30);
  g_assert_nonnull (strstr (shares_svg, dq_map_string (DQ_MAP_STRING_SHARES_NO_DATA,
                                                       DQ_LANGUAGE_KK)));
  g_assert_nonnull (strstr (shares_svg, dq_map_string (DQ_MAP_STRING_SHARES_NO_CENSUS_UZ,
                                                       DQ_LANGUAGE_KK)));

  g_unlink (old_path);
  g_unlink (shares_path);
}

static void
test_cli_map_errors (void)
{
  static const struct { const char * const args[10]; const char *message[3]; } cases[] = {
    { { "--chart", "map", "--group", "martians", "-o", "x.png", NULL },
      { "martians", "germans", "koreans" } },
    { { "--chart", "map", "--kind", "memorial,castle", "-o", "x.png", NULL },
      { "castle", "friendship-house", "conflict" } },
    { { "--chart", "map", "--country", "KG", "-o", "x.png", NULL },
      { "KG", "KZ", "UZ" } },
    { { "--chart", "cab-2021-attitude", "--group", "germans", "-o", "x.png", NULL },
      { "--group", "map", NULL } },
    { { "--all", "--kind", "memorial", "--out-dir", "x", NULL },
      { "--kind", "map", NULL } },
    { { "--chart", "map", "--regions", "2019", "-o", "x.png", NULL },
      { "2019", "2024", "pre-2018" } },
    { { "--chart", "map", "--shares", "-o", "x.png", NULL },
      { "--shares", "--group", NULL } },
    { { "--chart", "map", "--group", "germans", "--shares", "--regions", "pre-2018", "-o",
        "x.png" }, { "--shares", "before 2018", NULL } },
    { { "--chart", "cab-2021-attitude", "--shares", "-o", "x.png", NULL },
      { "--shares", "map", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();

      g_ptr_array_add (argv, (gpointer) dq_test_dostyq ());
      g_ptr_array_add (argv, (gpointer) "export");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[a]);
      g_ptr_array_add (argv, NULL);

      dq_test_spawn_v (&run, (const char **) argv->pdata);
      g_assert_cmpint (run.status, ==, 2);
      for (guint m = 0; m < G_N_ELEMENTS (cases[i].message) && cases[i].message[m] != NULL; m++)
        g_assert_nonnull (strstr (run.err, cases[i].message[m]));
      g_assert_false (g_file_test ("x.png", G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test ("x", G_FILE_TEST_EXISTS));
    }
}

static void
test_cli_map_all (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *dir = tmp_path ("all");
  g_autoptr(GDir) listing = NULL;
  const char *name;
  static const char * const langs[] = { "en", "ru", "kk" };

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--all", "--out-dir", dir, "--lang", "all",
                 "--format", "svg", NULL);
  g_assert_cmpint (run.status, ==, 0);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *file = g_strdup_printf ("map.%s.svg", langs[l]);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *svg = NULL;

      g_assert_nonnull (strstr (run.out, path));
      svg = read_file (path);
      g_assert_nonnull (strstr (svg, dq_map_string (DQ_MAP_STRING_TITLE, l)));
    }

  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
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
  tmpdir = g_dir_make_tmp ("dostyq-cli-map-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Cli/Map/list", test_cli_map_list);
  g_test_add_func ("/Dostyq/Cli/Map/svg", test_cli_map_svg);
  g_test_add_func ("/Dostyq/Cli/Map/filters", test_cli_map_filters);
  g_test_add_func ("/Dostyq/Cli/Map/regions-and-shares", test_cli_map_regions_and_shares);
  g_test_add_func ("/Dostyq/Cli/Map/errors", test_cli_map_errors);
  g_test_add_func ("/Dostyq/Cli/Map/all", test_cli_map_all);

  status = g_test_run ();

  g_rmdir (tmpdir);
  g_free (tmpdir);
  g_clear_object (&dataset);

  return status;
}
