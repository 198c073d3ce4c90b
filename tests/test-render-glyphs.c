/* test-render-glyphs.c
 *
 * Text drawn from cached glyph masks, as PNGs draw it, against the same
 * text filled as a path, as PNGs drew it before and the screen still
 * does: in Kazakh, Russian and English, in scripts only the system's
 * fallback fonts have, at the scales of the size presets, a glyph on a
 * quarter pixel (where its mask is exact) and whole lines, whose glyphs
 * move by an eighth of a pixel at most. Text that the masks do not cover (rotated, or with a
 * character no font has) is left to the path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dq-scene-private.h"
#include "dq-scene-render-private.h"

static const char * const texts[] = {
  "Attitudes towards Central Asian countries",
  "Отношение к странам Центральной Азии, %",
  "Орталық Азия елдеріне көзқарас: Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і",
  /* Scripts the chart fonts lack: Arabic (right to left), Chinese,
   * Georgian, each in a run of its own fallback font. */
  "Алматы — ألماتي — 阿拉木图 — ალმათი",
  /* Combining marks, tabs and spaces, a lone digit, an empty text. */
  "Ы\xcc\x81 e\xcc\x8a  \t  1,96·√(p(1−p)/n)",
  "0",
  "",
};

/* Scales of the presets: screen, 300 dpi, and an odd fraction. */
static const double scales[] = { 1.0, 1.5, 300.0 / 96, 1004.0 / 321.26 };

static cairo_surface_t *
new_surface (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);

  return surface;
}

/* Draws @layout at (@x, @y), user space scaled by @scale: from glyph
 * masks, or as a filled path. */
static gboolean
draw (cairo_surface_t *surface,
      PangoLayout     *layout,
      double           scale,
      double           x,
      double           y,
      gboolean         masks)
{
  cairo_t *cr = cairo_create (surface);
  gboolean drawn = TRUE;

  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0.13, 0.13, 0.13);
  if (masks)
    drawn = _dq_scene_render_glyphs (cr, layout, x, y);
  else
    {
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  return drawn;
}

typedef struct
{
  int    max_difference;
  double ink_a;
  double ink_b;
} Comparison;

static Comparison
compare (cairo_surface_t *a,
         cairo_surface_t *b)
{
  Comparison result = { 0 };
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guchar *pa, *pb;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        /* The green channel: the text is grey on white. */
        int ga = pa[(gsize) y * stride + x * 4 + 1];
        int gb = pb[(gsize) y * stride + x * 4 + 1];

        result.max_difference = MAX (result.max_difference, ABS (ga - gb));
        result.ink_a += 255 - ga;
        result.ink_b += 255 - gb;
      }

  return result;
}

static PangoLayout *
layout_for (DqScene    *scene,
            const char *text,
            double      font_size,
            gboolean    bold)
{
  PangoLayout *layout = _dq_scene_get_layout (scene, text, font_size, bold);
  PangoRectangle logical;
  double width;

  /* The layout is the one the scene measures with. */
  dq_scene_measure_text (scene, text, font_size, bold, &width, NULL, NULL);
  g_assert_true (layout == _dq_scene_get_layout (scene, text, font_size, bold));
  pango_layout_get_extents (layout, NULL, &logical);
  g_assert_cmpfloat (width, ==, (double) logical.width / PANGO_SCALE);

  return layout;
}

/* A glyph of the chart fonts whose origin is on a quarter of a pixel is
 * drawn from the path's own coverage: the same pixels, but for rounding.
 * (Glyphs of fallback fonts differ from their paths by a few levels at
 * some sizes; test_glyphs_between () holds them to an eighth of a pixel.) */
static void
test_glyphs_exact (void)
{
  static const char * const glyphs[] = {
    "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і",
    "Ж", "щ", "Q", "g", "%", "0",
  };
  g_autoptr(DqScene) scene = dq_scene_new (100, 100, DQ_LANGUAGE_KK);

  for (guint t = 0; t < G_N_ELEMENTS (glyphs); t++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      for (guint size = 0; size < 3; size++)
        {
          static const double sizes[] = { 11.72, 21.33, 42.67 };
          PangoLayout *layout = layout_for (scene, glyphs[t], sizes[size], size == 2);
          int side = (int) ceil (60 * scales[s]);
          cairo_surface_t *masks = new_surface (side, side);
          cairo_surface_t *path = new_surface (side, side);
          double baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
          /* The glyph's origin, on the baseline, on a quarter of a device
           * pixel. */
          double x = round (3.3 * scales[s] * 4) / 4 / scales[s];
          double y = round ((5.6 + baseline) * scales[s] * 4) / 4 / scales[s] - baseline;
          Comparison c;

          g_assert_true (draw (masks, layout, scales[s], x, y, TRUE));
          draw (path, layout, scales[s], x, y, FALSE);
          c = compare (masks, path);

          g_test_message ("“%s” at %g × %g: max difference %d, ink %g against %g", glyphs[t],
                          sizes[size], scales[s], c.max_difference, c.ink_a, c.ink_b);
          g_assert_cmpint (c.max_difference, <=, 2);
          g_assert_cmpfloat (c.ink_b, >, 0);

          cairo_surface_destroy (masks);
          cairo_surface_destroy (path);
        }
}

/* Between quarter pixels a glyph moves by an eighth of a pixel at most:
 * no pixel changes by more than that much of its coverage, and the ink is
 * the same. */
static void
test_glyphs_between (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (800, 100, DQ_LANGUAGE_RU);
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (guint i = 0; i < 8; i++)
      {
        double scale = scales[i % G_N_ELEMENTS (scales)];
        double font_size = g_rand_double_range (rand, 8, 30);
        PangoLayout *layout = layout_for (scene, texts[t], font_size, i % 2);
        int width = (int) ceil (820 * scale);
        int height = (int) ceil (80 * scale);
        cairo_surface_t *masks = new_surface (width, height);
        cairo_surface_t *path = new_surface (width, height);
        double x = g_rand_double_range (rand, 1, 10);
        double y = g_rand_double_range (rand, 1, 10);
        Comparison c;

        g_assert_true (draw (masks, layout, scale, x, y, TRUE));
        draw (path, layout, scale, x, y, FALSE);
        c = compare (masks, path);

        g_test_message ("“%s” at %g × %g, (%g, %g): max difference %d", texts[t], font_size,
                        scale, x, y, c.max_difference);
        /* An eighth of a pixel across and down changes a pixel that an
         * outline crosses (up to three pixels' length of edge in it) by
         * at most three eighths of its coverage; where joined Arabic
         * letters overlap, two glyphs moved apart add their edges. */
        g_assert_cmpint (c.max_difference, <=, strstr (texts[t], "ألماتي") != NULL ? 128 : 96);
        g_assert_cmpfloat (fabs (c.ink_a - c.ink_b), <=, 0.005 * c.ink_b + 255);
        if (*texts[t] != '\0')
          g_assert_cmpfloat (c.ink_b, >, 0);

        cairo_surface_destroy (masks);
        cairo_surface_destroy (path);
      }
}

/* Rotated text, and a character no font has (Pango draws a box with its
 * code), are left to the path: the masks draw nothing and say so. */
static void
test_glyphs_declined (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (400, 100, DQ_LANGUAGE_EN);
  PangoLayout *plain = layout_for (scene, "Respondents", 16, FALSE);
  /* An unassigned code point: in no font. */
  PangoLayout *missing = layout_for (scene, "A\xcd\xb8" "B", 16, FALSE);
  cairo_surface_t *surface = new_surface (200, 100);
  cairo_surface_t *blank = new_surface (200, 100);
  cairo_t *cr;

  g_assert_false (draw (surface, missing, 1, 5, 5, TRUE));
  g_assert_cmpint (compare (surface, blank).max_difference, ==, 0);

  cr = cairo_create (surface);
  cairo_rotate (cr, G_PI / 2);
  g_assert_false (_dq_scene_render_glyphs (cr, plain, 5, -50));
  cairo_destroy (cr);
  g_assert_cmpint (compare (surface, blank).max_difference, ==, 0);

  /* The same text, not rotated, is drawn. */
  g_assert_true (draw (surface, plain, 1, 5, 5, TRUE));
  g_assert_cmpint (compare (surface, blank).max_difference, >, 100);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (blank);
}

/* A scene shapes a text once, whatever asks for it, and tells apart
 * texts that differ only in size or weight; scenes in one language share
 * their layouts, scenes in another do not. */
/* A window on a display of scale 2 draws on a surface with a device
 * scale, which cairo's matrix leaves out: its text is the same pixels as
 * text drawn at twice the size, never a blown-up copy of the small one. */
static void
test_glyphs_device_scale (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (100, 100, DQ_LANGUAGE_KK);

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      {
        PangoLayout *layout = layout_for (scene, texts[t], 11.72, FALSE);
        int width = (int) ceil (300 * scales[s]);
        cairo_surface_t *scaled = new_surface (width, 40 * 3);
        cairo_surface_t *device = new_surface (width, 40 * 3);
        cairo_t *cr;

        g_assert_true (draw (scaled, layout, scales[s], 3.3, 5.6, TRUE));

        cairo_surface_set_device_scale (device, scales[s], scales[s]);
        cr = cairo_create (device);
        cairo_set_source_rgb (cr, 0.13, 0.13, 0.13);
        g_assert_true (_dq_scene_render_glyphs (cr, layout, 3.3, 5.6));
        cairo_destroy (cr);

        g_assert_cmpint (compare (device, scaled).max_difference, ==, 0);

        cairo_surface_destroy (scaled);
        cairo_surface_destroy (device);
      }
}

static void
test_glyphs_layouts_shared (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (400, 100, DQ_LANGUAGE_EN);
  g_autoptr(DqScene) same = dq_scene_new (200, 300, DQ_LANGUAGE_EN);
  g_autoptr(DqScene) other = dq_scene_new (400, 100, DQ_LANGUAGE_KK);
  PangoLayout *a = _dq_scene_get_layout (scene, "Kazakhstan", 16, FALSE);
  const DqColor black = { 0, 0, 0, 1 };
  PangoRectangle logical;
  DqMark *mark;

  g_assert_true (a == _dq_scene_get_layout (scene, "Kazakhstan", 16, FALSE));
  g_assert_true (a != _dq_scene_get_layout (scene, "Kazakhstan", 16, TRUE));
  g_assert_true (a != _dq_scene_get_layout (scene, "Kazakhstan", 16.000001, FALSE));
  g_assert_true (a != _dq_scene_get_layout (scene, "Kazakhstan ", 16, FALSE));
  g_assert_true (a == _dq_scene_get_layout (same, "Kazakhstan", 16, FALSE));
  g_assert_true (a != _dq_scene_get_layout (other, "Kazakhstan", 16, FALSE));
  g_assert_cmpstr (pango_language_to_string (pango_context_get_language (
                     pango_layout_get_context (_dq_scene_get_layout (other, "Kazakhstan", 16,
                                                                     FALSE)))), ==, "kk");

  /* Wrapping is shared too, by width: the same lines from either scene,
   * more of them at a narrower width. */
  {
    const char *note = "Whiskers: 95% confidence interval, from the stated sample size.";
    g_autoptr(GPtrArray) wide = dq_scene_wrap_text (scene, note, 12, FALSE, 200);
    g_autoptr(GPtrArray) wide_again = dq_scene_wrap_text (same, note, 12, FALSE, 200);
    g_autoptr(GPtrArray) narrow = dq_scene_wrap_text (same, note, 12, FALSE, 100);

    g_assert_cmpuint (wide->len, >=, 2);
    g_assert_cmpuint (wide_again->len, ==, wide->len);
    for (guint i = 0; i < wide->len; i++)
      g_assert_cmpstr (g_ptr_array_index (wide, i), ==, g_ptr_array_index (wide_again, i));
    g_assert_cmpuint (narrow->len, >, wide->len);
  }

  mark = dq_scene_add_text (scene, DQ_MARK_ROLE_AXIS_LABEL, "Kazakhstan", 10, 20, 16, FALSE,
                            DQ_TEXT_ANCHOR_START, &black);
  pango_layout_get_extents (a, NULL, &logical);
  g_assert_cmpfloat (mark->width, ==, (double) logical.width / PANGO_SCALE);
  g_assert_cmpfloat (mark->ascent, ==, (double) pango_layout_get_baseline (a) / PANGO_SCALE);
  g_assert_cmpstr (pango_layout_get_text (a), ==, "Kazakhstan");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/Glyphs/exact", test_glyphs_exact);
  g_test_add_func ("/Dostyq/Render/Glyphs/between", test_glyphs_between);
  g_test_add_func ("/Dostyq/Render/Glyphs/declined", test_glyphs_declined);
  g_test_add_func ("/Dostyq/Render/Glyphs/device-scale", test_glyphs_device_scale);
  g_test_add_func ("/Dostyq/Render/Glyphs/layouts-shared", test_glyphs_layouts_shared);

  return g_test_run ();
}
