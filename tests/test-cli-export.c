/* test-cli-export.c
 *
 * `dostyq list` and `dostyq export`, run as a script would run them: with
 * no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-chart.h"
#include "dq-test-util.h"

static GListModel *charts;
static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree guint8 *data = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (path, (char **) &data, &size, NULL));
  g_assert_cmpuint (size, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  *width = ((guint) data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
  *height = ((guint) data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23];
}

static void
test_cli_list (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) run_kk = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n = g_list_model_get_n_items (charts);

  dq_test_spawn (&run, dq_test_dostyq (), "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  /* The charts, then the map (see test-cli-map.c). */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqChart) chart = g_list_model_get_item (charts, i);
      g_autofree char *expected = g_strdup_printf ("%s\t%s", dq_chart_get_id (chart),
                                                   dq_text_get (dq_chart_get_title (chart),
                                                                DQ_LANGUAGE_EN));

      g_assert_cmpstr (lines[i], ==, expected);
    }

  dq_test_spawn (&run_kk, dq_test_dostyq (), "list", "--lang", "kk", NULL);
  g_assert_cmpint (run_kk.status, ==, 0);
  g_assert_nonnull (strstr (run_kk.out, "Орталық Азия елдеріне көзқарас"));
}

/* A dataset's label with a terminal escape and an override: shown escaped,
 * so that the data cannot colour, clear or reverse the terminal. */
static void
test_cli_list_escapes (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *path = tmp_path ("escape.json");
  g_autofree char *data = NULL;
  g_autoptr(GString) text = NULL;
  g_auto(DqTestRun) run = { 0 };

  g_assert_true (g_file_get_contents (fixture, &data, NULL, NULL));
  text = g_string_new (data);
  /* Without subjects, the question's chart takes its wording as title. */
  g_assert_cmpuint (g_string_replace (text, "\"subjects\": [ \"KZ\", \"UZ\" ],", "", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "\"en\": \"What is your attitude?\"",
                                      "\"en\": \"What is \\u001b[31myour\\u202e attitude?\"", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  dq_test_spawn (&run, dq_test_dostyq (), "list", "--dataset", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_null (strstr (run.out, "\xe2\x80\xae"));
  g_assert_nonnull (strstr (run.out, "What is \\e[31myour\\u202E attitude?"));
  g_unlink (path);
}

static void
test_cli_export_svg (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("attitude.svg");
  g_autofree char *svg = NULL;

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "--format",
                 "svg",
                 "--lang", "ru", "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "xml:lang=\"ru\""));
  g_assert_nonnull (strstr (svg, ">Отношение к странам Центральной Азии</text>"));
  g_assert_nonnull (strstr (svg, "font-family=\"Noto Sans"));
}

static void
test_cli_export_sizes (void)
{
  /* A preset that leaves the height free gives a range: the journal sizes
   * from half their height to 225 mm, the screen from half its height to
   * all of it. The attitude chart needs more than 85 mm of a column to
   * keep its remainder column and its notes, and less than the screen. */
  static const struct
  {
    const char * const args[8];
    guint width;
    guint min_height;
    guint max_height;
  } cases[] = {
    { { "--size", "column", NULL }, 1004, 1005, 2657 },
    { { "--size", "slide", NULL }, 1920, 1080, 1080 },
    { { "--width", "800", "--height", "500", NULL }, 800, 500, 500 },
    /* 174 mm at 150 dpi are 1027.6 px: the nearest pixels. */
    { { "--size", "full", "--dpi", "150", NULL }, 1028, 343, 1329 },
    { { NULL }, 1600, 500, 999 },
    /* Millimetres: 300 dpi unless told; 60 mm are 708.7 px, 1417.3 at 600. */
    { { "--width", "85mm", "--height", "60mm", NULL }, 1004, 709, 709 },
    { { "--width", "85mm", "--height", "60mm", "--dpi", "600" }, 2008, 1417, 1417 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      g_autofree char *path = tmp_path ("size.png");
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      guint width, height;

      g_ptr_array_add (argv, (gpointer) dq_test_dostyq ());
      g_ptr_array_add (argv, (gpointer) "export");
      g_ptr_array_add (argv, (gpointer) "--chart");
      g_ptr_array_add (argv, (gpointer) "cab-2021-attitude");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[a]);
      g_ptr_array_add (argv, (gpointer) "-o");
      g_ptr_array_add (argv, path);
      g_ptr_array_add (argv, NULL);

      dq_test_spawn_v (&run, (const char **) argv->pdata);
      g_assert_cmpint (run.status, ==, 0);
      png_size (path, &width, &height);
      g_assert_cmpuint (width, ==, cases[i].width);
      g_assert_cmpuint (height, >=, cases[i].min_height);
      g_assert_cmpuint (height, <=, cases[i].max_height);
    }
}

/* --bundle writes the image and its data, alt text and citations beside
 * it; --transparent gives a PNG with alpha. */
static void
test_cli_export_bundle (void)
{
  static const char * const suffixes[] = { ".png", ".csv", ".alt.txt", ".citation.txt", ".bib" };
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("bundle.kk.png");
  g_autofree char *csv_path = tmp_path ("bundle.kk.csv");
  g_autofree char *csv = NULL;
  g_autofree guint8 *png = NULL;
  gsize size;

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "--lang", "kk",
                 "--bundle", "--transparent", "--size", "column", "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat ("bundle.kk", suffixes[i], NULL);
      g_autofree char *file = tmp_path (name);

      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
      g_unlink (file);
    }

  /* Written before it was removed: the chart's data, in Kazakh. */
  g_assert_false (g_file_test (csv_path, G_FILE_TEST_EXISTS));
  dq_test_run_clear (&run);
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "--lang", "kk",
                 "--bundle", "-o", path, NULL);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "id,label,"));
  g_assert_nonnull (strstr (csv, "cab-2021"));

  /* Colour type 6, RGBA, only when asked for. */
  g_assert_true (g_file_get_contents (path, (char **) &png, &size, NULL));
  g_assert_cmpuint (png[25], ==, 2);
  g_clear_pointer (&png, g_free);
  dq_test_run_clear (&run);
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "--transparent",
                 "-o", path, NULL);
  g_assert_true (g_file_get_contents (path, (char **) &png, &size, NULL));
  g_assert_cmpuint (png[25], ==, 6);
}

/* A project's corrected figure is marked on its chart, counted on the
 * source line and carried in the bundle's CSV with the stated value. */
static void
test_cli_export_project (void)
{
  static const char project[] =
    "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, \"data\": null,\n"
    "  \"edits\": [ { \"figure\": \"cab-2021-attitude-kz-kg-positive\", \"value\": 80,\n"
    "                 \"previous\": 90 } ] }\n";
  g_autofree char *project_path = tmp_path ("corrected.dostyq");
  g_autofree char *svg_path = tmp_path ("corrected.svg");
  g_autofree char *csv_path = tmp_path ("corrected.csv");
  g_autofree char *svg = NULL;
  g_autofree char *csv = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) run_both = { 0 };

  g_assert_true (g_file_set_contents (project_path, project, -1, NULL));
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--project", project_path, "--chart",
                 "cab-2021-attitude", "--bundle", "-o", svg_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "class=\"correction\" data-datum=\"cab-2021-attitude-kz-kg-positive\""));
  g_assert_nonnull (strstr (svg, "figures corrected in Dostyq (◆): 1</text>"));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "cab-2021-attitude-kz-kg-positive,"));
  g_assert_nonnull (strstr (csv, ",80,percent,"));
  /* The project's edit says neither when it was made nor by whom. */
  g_assert_nonnull (strstr (csv, ",yes,90,,\r\n"));

  dq_test_spawn (&run_both, dq_test_dostyq (), "export", "--project", project_path, "--dataset",
                 project_path, "--chart", "cab-2021-attitude", "-o", svg_path, NULL);
  g_assert_cmpint (run_both.status, ==, 2);
  g_assert_nonnull (strstr (run_both.err, "--project"));
}

static void
test_cli_export_format_from_name (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("attitude.pdf");
  g_autofree char *pdf = NULL;
  gsize size;

  dq_test_spawn (&run, dq_test_dostyq (), "export", "-c", "cab-2021-attitude", "--theme", "dark",
                 "-o", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &pdf, &size, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

static void
test_cli_export_all (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *dir = tmp_path ("all");
  g_auto(GStrv) lines = NULL;
  guint n = g_list_model_get_n_items (charts);
  static const char * const langs[] = { "en", "ru", "kk" };
  static const char * const formats[] = { "png", "svg", "pdf" };

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--all", "--out-dir", dir, "--lang", "all",
                 "--format", "all", "--size", "column", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* A progress line per file, and every file there and not empty. */
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  /* With the map's nine (see test-cli-map.c). */
  g_assert_cmpuint (g_strv_length (lines), ==, (n + 1) * 9);

  for (guint i = 0; i < n; i++)
    for (guint l = 0; l < 3; l++)
      for (guint f = 0; f < 3; f++)
        {
          g_autoptr(DqChart) chart = g_list_model_get_item (charts, i);
          g_autofree char *name = g_strdup_printf ("%s.%s.%s", dq_chart_get_id (chart), langs[l],
                                                   formats[f]);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          GStatBuf st;

          g_assert_true (g_strv_contains ((const char * const *) lines, path));
          g_assert_cmpint (g_stat (path, &st), ==, 0);
          g_assert_cmpint (st.st_size, >, 0);
          g_unlink (path);
        }
  for (guint l = 0; l < 3; l++)
    for (guint f = 0; f < 3; f++)
      {
        g_autofree char *name = g_strdup_printf ("map.%s.%s", langs[l], formats[f]);
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_assert_true (g_strv_contains ((const char * const *) lines, path));
        g_unlink (path);
      }

  g_rmdir (dir);
}

static void
test_cli_export_errors (void)
{
  static const struct { const char * const args[8]; int status; const char *message; } cases[] = {
    { { "--chart", "no-such-chart", "-o", "x.png", NULL }, 2, "no-such-chart" },
    { { "--chart", "cab-2021-attitude", "--format", "gif", "-o", "x.gif", NULL }, 2, "gif" },
    { { "--chart", "cab-2021-attitude", "--lang", "de", "-o", "x.png", NULL }, 2, "de" },
    { { "--chart", "cab-2021-attitude", "--size", "huge", "-o", "x.png", NULL }, 2, "huge" },
    { { "--chart", "cab-2021-attitude", "--theme", "blue", "-o", "x.png", NULL }, 2, "blue" },
    { { "--chart", "cab-2021-attitude", "--width", "800", "-o", "x.png", NULL }, 2, "--height" },
    { { "--chart", "cab-2021-attitude", NULL }, 2, "-o" },
    { { "-o", "x.png", NULL }, 2, "--all" },
    { { "--all", "-o", "x.png", NULL }, 2, "--out-dir" },
    { { "--chart", "cab-2021-attitude", "--lang", "all", "-o", "x.png", NULL }, 2, "--out-dir" },
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
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_nonnull (strstr (run.err, cases[i].message));
      g_assert_false (g_file_test ("x.png", G_FILE_TEST_EXISTS));
    }
}

/* Each numeric option refuses zero, negative, non-numeric, NaN, infinite
 * and huge values, saying which option and what was given, never
 * "give both --width and --height" for a width that was given. */
static void
test_cli_export_bad_numbers (void)
{
  static const struct { const char *option; const char *value; const char *message; } cases[] = {
    { "--width", "0", "--width must be a positive number of pixels, not 0" },
    { "--width", "-800", "--width must be a positive number of pixels, not -800" },
    { "--width", "wide", "--width must be a positive number of pixels, not wide" },
    { "--width", "nan", "--width must be a positive number of pixels, not nan" },
    { "--width", "inf", "--width must be a positive number of pixels, not inf" },
    { "--width", "0x400", "--width must be a positive number of pixels, not 0x400" },
    { "--width", "1e300", "--width must be from 100 to 20000 pixels, not 1e300" },
    { "--width", "99", "--width must be from 100 to 20000 pixels, not 99" },
    { "--height", "0", "--height must be a positive number of pixels, not 0" },
    { "--height", "NaN", "--height must be a positive number of pixels, not NaN" },
    { "--height", "20001", "--height must be from 100 to 20000 pixels, not 20001" },
    { "--dpi", "0", "--dpi must be a number of pixels per inch from 24 to 2400, not 0" },
    { "--dpi", "-96", "--dpi must be a number of pixels per inch from 24 to 2400, not -96" },
    { "--dpi", "nan", "--dpi must be a number of pixels per inch from 24 to 2400, not nan" },
    { "--dpi", "1e9", "--dpi must be a number of pixels per inch from 24 to 2400, not 1e9" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      const char *width = g_str_equal (cases[i].option, "--width") ? cases[i].value : "800";
      const char *height = g_str_equal (cases[i].option, "--height") ? cases[i].value : "500";
      const char *dpi = g_str_equal (cases[i].option, "--dpi") ? cases[i].value : "96";
      g_autofree char *width_arg = g_strconcat ("--width=", width, NULL);
      g_autofree char *height_arg = g_strconcat ("--height=", height, NULL);
      g_autofree char *dpi_arg = g_strconcat ("--dpi=", dpi, NULL);

      dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", width_arg,
                     height_arg, dpi_arg, "-o", "x.png", NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("“%s” is not in “%s”", cases[i].message, run.err);
      g_assert_false (g_file_test ("x.png", G_FILE_TEST_EXISTS));
    }
}

static void
test_cli_export_unwritable (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("missing/attitude.png");

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "-o", path,
                 NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cli_export_bad_dataset (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *dataset = tmp_path ("bad.json");
  g_autofree char *path = tmp_path ("never.png");

  g_assert_true (g_file_set_contents (dataset, "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
                                      " \"facts\": [ 1 ] }", -1, NULL));
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--all", "--dataset", dataset, "--out-dir",
                 tmpdir,
                 NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "bad.json"));
  g_assert_nonnull (strstr (run.err, "facts[0]"));
  g_unlink (dataset);
}

/* A small survey file: text answers, which label themselves, a numeric
 * scale, a weight, and a weight column that is not numeric. */
static char *
write_survey_csv (void)
{
  static const char * const answers[] = { "Rather positive", "Rather negative", "Very positive",
                                          "Hard to say" };
  g_autoptr(GString) csv = g_string_new ("id,answer,scale,region,w,wtext\n");
  char *path = tmp_path ("survey.csv");

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (csv, "%u,%s,%u,%s,%s,%s\n", i + 1, answers[(i * 7 + i / 5) % 4],
                            1 + (i * 5 + i / 4) % 4, i % 3 == 0 ? "North" : "South",
                            i % 2 == 0 ? "0.5" : "1.5", i == 17 ? "heavy" : "1");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  return path;
}

static void
svg_well_formed (const char *svg)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, svg, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

/* A chart of one's own data, as SVG and as PNG. */
static void
test_cli_export_data (void)
{
  g_autofree char *data = write_survey_csv ();
  g_autofree char *svg_path = tmp_path ("answer.svg");
  g_autofree char *png_path = tmp_path ("scale.png");
  g_autofree char *svg = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) run_png = { 0 };
  guint width, height;

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", data, "--row", "answer", "--col",
                 "region",
                 "--weight", "w", "-o", svg_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  svg_well_formed (svg);
  g_assert_nonnull (strstr (svg, ">Rather positive</text>"));
  g_assert_nonnull (strstr (svg, ">Hard to say</text>"));
  g_assert_nonnull (strstr (svg, ">North</text>"));
  g_assert_nonnull (strstr (svg, "survey.csv, weighted by w"));
  g_assert_nonnull (strstr (svg, "Wilson"));
  g_unlink (svg_path);
  g_clear_pointer (&svg, g_free);

  /* The source line names the codes left out as missing. */
  dq_test_run_clear (&run);
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", data, "--row", "answer", "--col",
                 "region",
                 "--weight", "w", "--missing", "9,99", "-o", svg_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "survey.csv, weighted by w, 9; 99 as missing"));
  g_unlink (svg_path);

  dq_test_spawn (&run_png, dq_test_dostyq (), "export", "--data", data, "--row", "scale", "--chart",
                 "diverging", "--reverse", "--missing", "9", "--lang", "kk", "-o", png_path, NULL);
  g_assert_cmpint (run_png.status, ==, 0);
  g_assert_cmpstr (run_png.err, ==, "");
  png_size (png_path, &width, &height);
  g_assert_cmpuint (width, ==, 1600);
  /* One row of all respondents gives back the screen's height it does not
   * use, down to half of it. */
  g_assert_cmpuint (height, <, 1000);
  g_assert_cmpuint (height, >=, 500);
  g_unlink (png_path);
  g_unlink (data);
}

/* Control characters in a survey's answers, and bytes that are not UTF-8
 * in a dataset's label: the SVG is still XML, with the rest of the text. */
static void
test_cli_export_svg_control_characters (void)
{
  g_autofree char *data = tmp_path ("control.csv");
  g_autofree char *svg_path = tmp_path ("control.svg");
  g_autofree char *svg = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_autoptr(GString) csv = g_string_new ("id,answer\n");

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (csv, "%u,%s\n", i + 1,
                            i % 3 == 0 ? "Rather\x01 positive"
                            : i % 3 == 1 ? "Hard\x1b[1m to \x0bsay" : "Tab\there");
  g_assert_true (g_file_set_contents (data, csv->str, csv->len, NULL));

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", data, "--row", "answer", "-o",
                 svg_path,
                 NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_true (g_utf8_validate (svg, -1, NULL));
  svg_well_formed (svg);
  /* GMarkup accepts references to any control character: XML 1.0 does not,
   * neither written out nor as a reference. */
  for (const char *p = svg; *p != '\0'; p++)
    g_assert_true ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r');
  g_assert_null (strstr (svg, "&#x1;"));
  g_assert_null (strstr (svg, "&#x1b;"));
  g_assert_null (strstr (svg, "&#xb;"));
  g_assert_nonnull (strstr (svg, ">Rather positive</text>"));
  g_assert_nonnull (strstr (svg, ">Hard[1m to say</text>"));
  g_unlink (svg_path);
  g_unlink (data);
}

/* Mistakes with --data: a message naming the problem, and no file. */
static void
test_cli_export_data_errors (void)
{
  g_autofree char *data = write_survey_csv ();
  g_autofree char *missing = tmp_path ("no-such-file.csv");
  g_autofree char *out = tmp_path ("never.svg");
  const struct { const char * const args[10]; int status; const char *message; } cases[] = {
    { { "--data", data, "--row", "nosuch", NULL }, 2, "nosuch" },
    { { "--data", data, "--row", "answer", "--col", "nowhere", NULL }, 2, "nowhere" },
    { { "--data", data, "--row", "answer", "--weight", "wtext", NULL }, 1, "wtext" },
    { { "--data", data, "--row", "answer", "--weight", "wtext", NULL }, 1, "heavy" },
    { { "--data", data, "--row", "answer", "--weight", "wtext", NULL }, 1, "survey.csv" },
    { { "--data", missing, "--row", "answer", NULL }, 1, "no-such-file.csv" },
    { { "--data", data, NULL }, 2, "--row" },
    { { "--data", data, "--row", "answer", "--chart", "pie", NULL }, 2, "pie" },
    { { "--data", data, "--row", "answer", "--reverse", NULL }, 2, "--reverse" },
    { { "--data", data, "--row", "answer", "--all", NULL }, 2, "--all" },
    { { "--data", data, "--row", "answer", "--missing", "9,x", NULL }, 2, "x" },
    { { "--chart", "cab-2021-attitude", "--row", "answer", NULL }, 2, "--data" },
    { { "--data", data, "--row", "region", "--missing", "North", "--chart", "diverging",
        NULL }, 2, "North" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();

      g_ptr_array_add (argv, (gpointer) dq_test_dostyq ());
      g_ptr_array_add (argv, (gpointer) "export");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[a]);
      g_ptr_array_add (argv, (gpointer) "-o");
      g_ptr_array_add (argv, out);
      g_ptr_array_add (argv, NULL);

      dq_test_spawn_v (&run, (const char **) argv->pdata);
      if (run.status != cases[i].status || strstr (run.err, cases[i].message) == NULL)
        g_error ("case %u: exit %d, “%s”; expected exit %d naming “%s”", i, run.status,
                 run.err, cases[i].status, cases[i].message);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  g_unlink (data);
}

/* The files of two variables with Cyrillic names, exported into one
 * folder one after the other: each keeps its letters, and the second run
 * does not replace the first one's files. A name too long for a file
 * system is cut, not refused. */
static void
test_cli_export_data_names (void)
{
  g_autofree char *data = tmp_path ("cyrillic.csv");
  g_autofree char *dir = tmp_path ("cyrillic");
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GString) long_name = g_string_new (NULL);
  static const char * const variables[] = { "возраст", "пол", NULL };
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  for (guint i = 0; i < 200; i++)
    g_string_append (long_name, "ә");
  g_string_append_printf (csv, "id,возраст,пол,%s\n", long_name->str);
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (csv, "%u,%u,%u,%u\n", i + 1, 1 + i % 4, 1 + i % 2, 1 + i % 3);
  g_assert_true (g_file_set_contents (data, csv->str, csv->len, NULL));

  for (guint v = 0; v < 3; v++)
    {
      g_auto(DqTestRun) run = { 0 };
      const char *variable = variables[v] != NULL ? variables[v] : long_name->str;

      dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", data, "--row", variable,
                     "--format",
                     "svg", "--out-dir", dir, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_test_message ("%s", run.out);
      if (variables[v] != NULL)
        {
          g_autofree char *expected = g_strdup_printf ("%s/imported-%s.en.svg\n", dir, variable);

          g_assert_cmpstr (run.out, ==, expected);
        }
    }

  /* Three files, one a chart, each of its own variable. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_test_message ("%s", name);
      g_assert_cmpuint (strlen (name), <=, 255);
      g_assert_true (g_str_has_prefix (name, "imported-"));
      g_assert_true (g_str_has_suffix (name, ".en.svg"));
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_unlink (path);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 3);

  g_rmdir (dir);
  g_unlink (data);
}

/* Gives every "id" member of the objects that hold a figure's "value"
 * below @node a prefix, so that a copied survey's figures are its own. */
static void
prefix_figure_ids (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        prefix_figure_ids (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = NULL;

      if (json_object_has_member (object, "value") && json_object_has_member (object, "id"))
        {
          g_autofree char *id = g_strconcat ("b-", json_object_get_string_member (object, "id"),
                                             NULL);

          json_object_set_string_member (object, "id", id);
        }
      /* After the change, which replaces the member's name too. */
      members = json_object_get_members (object);
      for (GList *l = members; l != NULL; l = l->next)
        prefix_figure_ids (json_object_get_member (object, l->data));
    }
}

/* Two charts of one run whose ids are the same ("poll-2021" asks
 * "attitude", "poll" asks "2021-attitude") never share a file: the
 * second gets a number, and a note says so. */
static void
test_cli_export_same_names (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("DOSTYQ_SRCDIR"), "tests", "data",
                                              "minimal.json", NULL);
  g_autofree char *dataset = tmp_path ("same-names.json");
  g_autofree char *dir = tmp_path ("same-names");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *first_svg = NULL;
  g_autofree char *second_svg = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  JsonArray *surveys;
  JsonObject *copy;
  JsonObject *question;

  json_parser_load_from_file (parser, source, &error);
  g_assert_no_error (error);
  surveys = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "surveys");
  /* A deep copy: json_node_copy () shares the object. */
  text = json_to_string (json_array_get_element (surveys, 0), FALSE);
  node = json_from_string (text, &error);
  g_assert_no_error (error);
  copy = json_node_get_object (node);
  json_object_set_string_member (copy, "id", "poll");
  question = json_array_get_object_element (json_object_get_array_member (copy, "questions"), 0);
  g_assert_cmpstr (json_object_get_string_member (question, "id"), ==, "attitude");
  json_object_set_string_member (question, "id", "2021-attitude");
  prefix_figure_ids (node);
  json_array_add_element (surveys, g_steal_pointer (&node));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, dataset, &error);
  g_assert_no_error (error);

  dq_test_spawn (&run, dq_test_dostyq (), "export", "--all", "--dataset", dataset, "--format",
                 "svg",
                 "--out-dir", dir, NULL);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  first = g_build_filename (dir, "poll-2021-attitude.en.svg", NULL);
  second = g_build_filename (dir, "poll-2021-attitude-2.en.svg", NULL);
  g_assert_nonnull (strstr (run.out, first));
  g_assert_nonnull (strstr (run.out, second));
  g_assert_nonnull (strstr (run.err, "poll-2021-attitude-2.en.svg"));
  g_assert_true (g_file_get_contents (first, &first_svg, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &second_svg, NULL, NULL));
  g_assert_nonnull (strstr (first_svg, "\"poll-2021-attitude-kz-uz-positive\""));
  g_assert_nonnull (strstr (second_svg, "\"b-poll-2021-attitude-kz-uz-positive\""));

  dq_test_remove_dir (dir);
  g_unlink (dataset);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  charts = dq_chart_list_for_dataset (dataset);
  tmpdir = g_dir_make_tmp ("dostyq-cli-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Cli/List/charts", test_cli_list);
  g_test_add_func ("/Dostyq/Cli/List/escapes", test_cli_list_escapes);
  g_test_add_func ("/Dostyq/Cli/Export/svg", test_cli_export_svg);
  g_test_add_func ("/Dostyq/Cli/Export/sizes", test_cli_export_sizes);
  g_test_add_func ("/Dostyq/Cli/Export/bundle", test_cli_export_bundle);
  g_test_add_func ("/Dostyq/Cli/Export/project", test_cli_export_project);
  g_test_add_func ("/Dostyq/Cli/Export/format-from-name", test_cli_export_format_from_name);
  g_test_add_func ("/Dostyq/Cli/Export/all", test_cli_export_all);
  g_test_add_func ("/Dostyq/Cli/Export/errors", test_cli_export_errors);
  g_test_add_func ("/Dostyq/Cli/Export/bad-numbers", test_cli_export_bad_numbers);
  g_test_add_func ("/Dostyq/Cli/Export/unwritable", test_cli_export_unwritable);
  g_test_add_func ("/Dostyq/Cli/Export/bad-dataset", test_cli_export_bad_dataset);
  g_test_add_func ("/Dostyq/Cli/Export/data", test_cli_export_data);
  g_test_add_func ("/Dostyq/Cli/Export/data-errors", test_cli_export_data_errors);
  g_test_add_func ("/Dostyq/Cli/Export/svg-control-characters",
                   test_cli_export_svg_control_characters);
  g_test_add_func ("/Dostyq/Cli/Export/data-names", test_cli_export_data_names);
  g_test_add_func ("/Dostyq/Cli/Export/same-names", test_cli_export_same_names);

  status = g_test_run ();

  /* What the tests wrote is removed; the folder must then be empty. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmpdir);
  }

  g_clear_object (&charts);
  g_free (tmpdir);

  return status;
}
