/* test-scene-fonts.c
 *
 * The app's own fonts (dq_scene_use_app_fonts ()): charts of the bundled
 * dataset come out byte for byte as with the system's font configuration,
 * in every language and format, and text of a user's own in scripts those
 * fonts lack still goes through the system's configuration and its
 * fallback fonts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dq-scene.h"
#include "dq-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcConfig, FcConfigDestroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcFontSet, FcFontSetDestroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcPattern, FcPatternDestroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcObjectSet, FcObjectSetDestroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcCharSet, FcCharSetDestroy)

/* What fontconfig prints with FC_DEBUG=1024 as it reads a configuration. */
#define READS_CONFIG "Loading config file"

/* Text a user's own data may hold: Georgian, Arabic (which only DejaVu
 * Sans of the app's fonts draws), Chinese, Hindi and Thai (which neither
 * draws). */
static const char * const other_scripts[] = { "ქართული", "العربية", "中文", "हिन्दी", "ไทย" };
static const char * const lacking_scripts[] = { "中文", "हिन्दी", "ไทย" };

/* Exports every chart and the map in every language and format into
 * @out_dir, with the app's fonts or, when @system, with the system's font
 * configuration, and returns what the command printed. */
static char *
export_all (const char *out_dir,
            gboolean    system)
{
  g_auto(DqTestRun) run = { 0 };

  if (system)
    g_setenv ("FONTCONFIG_FILE", "fonts.conf", TRUE);
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--all", "--lang", "all", "--format", "all",
                 "--out-dir", out_dir, NULL);
  g_unsetenv ("FONTCONFIG_FILE");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  return g_steal_pointer (&run.out);
}

static void
test_identical (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dostyq-fonts-XXXXXX", NULL);
  g_autofree char *app_dir = g_build_filename (dir, "app", NULL);
  g_autofree char *system_dir = g_build_filename (dir, "system", NULL);
  g_autofree char *app_out = NULL;
  g_autofree char *system_out = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  /* The same date in both files' metadata, and fontconfig saying when it
   * reads a configuration. */
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_setenv ("FC_DEBUG", "1024", TRUE);
  app_out = export_all (app_dir, FALSE);
  system_out = export_all (system_dir, TRUE);
  g_unsetenv ("FC_DEBUG");
  g_unsetenv ("SOURCE_DATE_EPOCH");

  /* Only the second run read the system's configuration. */
  g_assert_null (strstr (app_out, READS_CONFIG));
  g_assert_nonnull (strstr (system_out, READS_CONFIG));

  listing = g_dir_open (system_dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *app_path = g_build_filename (app_dir, name, NULL);
      g_autofree char *system_path = g_build_filename (system_dir, name, NULL);
      g_autoptr(GBytes) app_bytes = NULL;
      g_autoptr(GBytes) system_bytes = NULL;
      g_autoptr(GMappedFile) app_file = g_mapped_file_new (app_path, FALSE, NULL);
      g_autoptr(GMappedFile) system_file = g_mapped_file_new (system_path, FALSE, NULL);

      g_assert_nonnull (app_file);
      g_assert_nonnull (system_file);
      app_bytes = g_mapped_file_get_bytes (app_file);
      system_bytes = g_mapped_file_get_bytes (system_file);
      if (!g_bytes_equal (app_bytes, system_bytes))
        g_error ("%s differs with the app's fonts", name);
      n++;
    }
  /* Every chart and the map, three languages, PNG, SVG and PDF. */
  g_assert_cmpuint (n, >=, 3 * 3 * 10);

  dq_test_remove_dir (dir);
}

/* A survey file of the user's own, with answers in scripts the app's fonts
 * lack, takes the system's configuration. */
static void
test_user_data (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dostyq-fonts-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "scripts.png", NULL);
  g_autoptr(GString) csv = g_string_new ("answer,country\n");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_auto(DqTestRun) run = { 0 };

  for (guint i = 0; i < 3 * G_N_ELEMENTS (other_scripts); i++)
    g_string_append_printf (csv, "%s,%u\n", other_scripts[i % G_N_ELEMENTS (other_scripts)],
                            1 + i % 2);
  file = dq_test_write_file (dir, "scripts.csv", csv->str, csv->len);
  path = g_file_get_path (file);

  g_setenv ("FC_DEBUG", "1024", TRUE);
  dq_test_spawn (&run, dq_test_dostyq (), "export", "--data", path, "--row", "answer", "--col",
                 "country",
                 "-o", out, NULL);
  g_unsetenv ("FC_DEBUG");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, READS_CONFIG));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  dq_test_remove_dir (dir);
}

/* The number of characters of @text that no font of the process's font
 * map draws. */
static int
unknown_glyphs (const char *text)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  PangoFontDescription *desc = dq_scene_font_description (12, FALSE);

  g_object_unref (context);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);

  return pango_layout_get_unknown_glyphs_count (layout);
}

/* Whether the system has a font that draws all of @text. */
static gboolean
system_draws (const char *text)
{
  g_autoptr(FcConfig) config = FcInitLoadConfigAndFonts ();
  g_autoptr(FcFontSet) fonts = NULL;
  g_autoptr(FcPattern) pattern = FcPatternCreate ();
  g_autoptr(FcObjectSet) objects = FcObjectSetBuild (FC_CHARSET, NULL);
  g_autoptr(FcCharSet) chars = FcCharSetCreate ();

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    FcCharSetAddChar (chars, g_utf8_get_char (p));
  fonts = FcFontList (config, pattern, objects);
  for (int i = 0; fonts != NULL && i < fonts->nfont; i++)
    {
      FcCharSet *charset = NULL;

      if (FcPatternGetCharSet (fonts->fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch &&
          FcCharSetIsSubset (chars, charset))
        return TRUE;
    }

  return FALSE;
}

/* The app's fonts lack these scripts: that is why a user's text keeps the
 * system's fallback, which draws them where the system has a font. */
static void
test_other_scripts (void)
{
  if (g_test_subprocess ())
    {
      g_assert_true (dq_scene_use_app_fonts ());
      g_assert_cmpint (unknown_glyphs ("Қазақстан Ә Ғ Қ Ң Ө Ұ Ү Һ І — 95 %"), ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (lacking_scripts); i++)
        g_assert_cmpint (unknown_glyphs (lacking_scripts[i]), >, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  for (guint i = 0; i < G_N_ELEMENTS (other_scripts); i++)
    {
      if (system_draws (other_scripts[i]))
        g_assert_cmpint (unknown_glyphs (other_scripts[i]), ==, 0);
      else
        g_test_message ("no font of this system draws %s", other_scripts[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/SceneFonts/identical", test_identical);
  g_test_add_func ("/Dostyq/Render/SceneFonts/user-data", test_user_data);
  g_test_add_func ("/Dostyq/Render/SceneFonts/other-scripts", test_other_scripts);

  return g_test_run ();
}
