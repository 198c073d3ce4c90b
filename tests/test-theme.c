/* test-theme.c
 *
 * The one type scale and palette of charts and the map: sizes that follow
 * the canvas within their floors, group colours that differ, and text
 * that reads on a fill.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "dq-theme.h"

static gboolean
same_color (const DqColor *a,
            const DqColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

static double
luminance (const DqColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

static void
test_type_scale (void)
{
  DqTypeScale design, small, large, tiny;

  dq_theme_get_type_scale (900, 560, DQ_TYPE_GROWTH_CHART, &design);
  g_assert_cmpfloat (design.title, ==, 24);
  g_assert_cmpfloat (design.subtitle, ==, 16);
  g_assert_cmpfloat (design.label, ==, 14.5);
  g_assert_cmpfloat (design.small, ==, 12);
  g_assert_cmpfloat (design.margin, ==, 20);

  /* The steps keep their order at every size. */
  dq_theme_get_type_scale (450, 280, DQ_TYPE_GROWTH_CHART, &small);
  dq_theme_get_type_scale (1800, 1120, DQ_TYPE_GROWTH_CHART, &large);
  dq_theme_get_type_scale (50, 50, DQ_TYPE_GROWTH_CHART, &tiny);
  for (guint i = 0; i < 4; i++)
    {
      const DqTypeScale *s = (const DqTypeScale *[]) { &design, &small, &large, &tiny }[i];

      g_assert_cmpfloat (s->title, >, s->subtitle);
      g_assert_cmpfloat (s->subtitle, >, s->label);
      g_assert_cmpfloat (s->label, >, s->small);
    }

  /* Below the design size type shrinks more slowly than the canvas; above
   * it, it grows with the canvas. */
  g_assert_cmpfloat (small.title, <, design.title);
  g_assert_cmpfloat (small.title, >, design.title / 2);
  g_assert_cmpfloat_with_epsilon (large.title, design.title * 2, 1e-9);

  /* The narrower side decides. */
  {
    DqTypeScale wide;

    dq_theme_get_type_scale (1800, 560, DQ_TYPE_GROWTH_CHART, &wide);
    g_assert_cmpfloat (wide.title, ==, design.title);
  }

  /* A map's type follows the chart's at and below the design size, and
   * grows more slowly above it, but still grows. */
  {
    DqTypeScale map_design, map_small, map_large;

    dq_theme_get_type_scale (900, 560, DQ_TYPE_GROWTH_MAP, &map_design);
    dq_theme_get_type_scale (450, 280, DQ_TYPE_GROWTH_MAP, &map_small);
    dq_theme_get_type_scale (1800, 1120, DQ_TYPE_GROWTH_MAP, &map_large);
    g_assert_cmpfloat (map_design.title, ==, design.title);
    g_assert_cmpfloat (map_design.small, ==, design.small);
    g_assert_cmpfloat (map_small.title, ==, small.title);
    g_assert_cmpfloat (map_small.small, ==, small.small);
    g_assert_cmpfloat (map_large.small, >, design.small);
    g_assert_cmpfloat (map_large.small, <, large.small);
    g_assert_cmpfloat (map_large.title, <, large.title);
    g_assert_cmpfloat (map_large.margin, <, large.margin);
    g_assert_cmpfloat (map_large.title, >, map_large.subtitle);
    g_assert_cmpfloat (map_large.subtitle, >, map_large.label);
    g_assert_cmpfloat (map_large.label, >, map_large.small);
  }

  /* Floors keep a tiny canvas legible. */
  g_assert_cmpfloat (tiny.title, ==, 12);
  g_assert_cmpfloat (tiny.small, ==, 8);
  g_assert_cmpfloat (tiny.margin, ==, 8);
}

static void
test_group_colors (void)
{
  for (int dark = 0; dark < 2; dark++)
    {
      const DqTheme *theme = dq_theme_get (dark);
      const DqColor *neutral = dq_theme_get_group_color (theme, -1);

      /* Every group colour differs from the others and from the colour of
       * several groups. */
      for (int i = 0; i < DQ_THEME_N_GROUP_COLORS; i++)
        {
          const DqColor *color = dq_theme_get_group_color (theme, i);

          g_assert_false (same_color (color, neutral));
          for (int j = 0; j < i; j++)
            g_assert_false (same_color (color, dq_theme_get_group_color (theme, j)));
        }

      /* The first are the series' hues, and the colours repeat. */
      g_assert_true (dq_theme_get_group_color (theme, 0) == &theme->series[0]);
      g_assert_true (dq_theme_get_group_color (theme, DQ_THEME_N_GROUP_COLORS + 3) ==
                     dq_theme_get_group_color (theme, 3));
      g_assert_true (neutral == &theme->series[DQ_THEME_N_SERIES - 1]);
    }
}

/* Eleven series, the answers of an 11-point scale, are eleven colours. */
static void
test_series_colors (void)
{
  for (int dark = 0; dark < 2; dark++)
    {
      const DqTheme *theme = dq_theme_get (dark);
      guint n = DQ_THEME_N_SERIES + DQ_THEME_N_EXTRA_SERIES;

      g_assert_cmpuint (n, >=, 11);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < i; j++)
          g_assert_false (same_color (dq_theme_get_series_color (theme, i),
                                      dq_theme_get_series_color (theme, j)));
      g_assert_true (dq_theme_get_series_color (theme, 0) == &theme->series[0]);
      g_assert_true (dq_theme_get_series_color (theme, n) == dq_theme_get_series_color (theme, 0));
    }
}

/* An ordered scale of any length: its colours grow lighter step by step,
 * so that no two are alike and their order reads in grey too; the ends
 * stand apart from the background, light or dark. */
static void
test_ordinal_colors (void)
{
  static const guint lengths[] = { 2, 5, 11, 25 };

  for (int dark = 0; dark < 2; dark++)
    for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
      {
        const DqTheme *theme = dq_theme_get (dark);
        double previous = -1;

        for (guint i = 0; i < lengths[k]; i++)
          {
            DqColor color;

            dq_theme_get_ordinal_color (theme, i, lengths[k], &color);
            g_assert_cmpfloat (color.alpha, ==, 1);
            g_assert_cmpfloat (luminance (&color), >, previous);
            g_assert_cmpfloat (fabs (luminance (&color) - luminance (&theme->background)), >, 0.05);
            previous = luminance (&color);
          }
      }
}

static void
test_text_on (void)
{
  for (int dark = 0; dark < 2; dark++)
    {
      const DqTheme *theme = dq_theme_get (dark);
      const DqColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

      g_assert_cmpfloat (luminance (dq_theme_get_text_on (theme, &black)), >, 0.5);
      g_assert_cmpfloat (luminance (dq_theme_get_text_on (theme, &white)), <, 0.5);
      g_assert_cmpfloat (luminance (dq_theme_get_text_on (theme, &theme->foreground)), !=,
                         luminance (&theme->foreground));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/Theme/type-scale", test_type_scale);
  g_test_add_func ("/Dostyq/Render/Theme/ordinal-colors", test_ordinal_colors);
  g_test_add_func ("/Dostyq/Render/Theme/group-colors", test_group_colors);
  g_test_add_func ("/Dostyq/Render/Theme/series-colors", test_series_colors);
  g_test_add_func ("/Dostyq/Render/Theme/text-on", test_text_on);

  return g_test_run ();
}
