/* test-frame.c
 *
 * The frame that charts and the map share: it starts in the theme's type
 * scale, measures what it then draws, wraps long text, and moves the area
 * left for a plot or a map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-frame.h"

static guint
count_role (DqScene    *scene,
            DqMarkRole  role)
{
  guint n = 0;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    n += dq_scene_get_mark (scene, i)->role == role;

  return n;
}

static void
test_init (void)
{
  DqFrame frame;
  DqTypeScale scale;

  dq_frame_init (&frame, 1200, 800, DQ_LANGUAGE_KK, TRUE);
  dq_theme_get_type_scale (1200, 800, DQ_TYPE_GROWTH_CHART, &scale);

  g_assert_nonnull (frame.scene);
  g_assert_null (frame.chart);
  g_assert_true (frame.theme == dq_theme_get (TRUE));
  g_assert_cmpint (dq_scene_get_language (frame.scene), ==, DQ_LANGUAGE_KK);
  g_assert_cmpfloat (frame.font_title, ==, scale.title);
  g_assert_cmpfloat (frame.font_small, ==, scale.small);
  g_assert_cmpfloat (frame.left, ==, scale.margin);
  g_assert_cmpfloat (frame.right, ==, 1200 - scale.margin);
  g_assert_cmpfloat (frame.bottom, ==, 800 - scale.margin);
  g_assert_cmpuint (dq_scene_get_n_marks (frame.scene), ==, 0);

  g_assert_finalize_object (frame.scene);
}

static void
test_title (void)
{
  DqFrame frame;
  double top, height, with_remark;
  g_autofree char *long_title = NULL;

  dq_frame_init (&frame, 600, 400, DQ_LANGUAGE_EN, FALSE);
  top = frame.top;

  /* Measuring draws nothing and moves nothing; drawing moves the top by
   * as much. */
  height = dq_frame_title_height (&frame, "A title", "A subtitle", NULL);
  with_remark = dq_frame_title_height (&frame, "A title", "A subtitle", "A remark");
  g_assert_cmpfloat (height, >, frame.font_title + frame.font_subtitle);
  g_assert_cmpfloat (with_remark, >, height);
  g_assert_cmpuint (dq_scene_get_n_marks (frame.scene), ==, 0);
  g_assert_cmpfloat (frame.top, ==, top);

  dq_frame_title (&frame, "A title", "A subtitle", "A remark");
  g_assert_cmpfloat_with_epsilon (frame.top, top + with_remark, 1e-9);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_TITLE), ==, 1);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_SUBTITLE), ==, 2);
  g_clear_object (&frame.scene);

  /* A title longer than the canvas is wide wraps onto more lines. */
  dq_frame_init (&frame, 300, 400, DQ_LANGUAGE_EN, FALSE);
  long_title = g_strjoin (" ", "Ethno-cultural centres", "of the peoples", "of Kazakhstan",
                          "and Uzbekistan", "by kind and group", NULL);
  dq_frame_title (&frame, long_title, NULL, NULL);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_TITLE), >, 1);
  for (guint i = 0; i < dq_scene_get_n_marks (frame.scene); i++)
    {
      double x, y, w, h;

      dq_mark_get_bounds (dq_scene_get_mark (frame.scene, i), &x, &y, &w, &h);
      g_assert_cmpfloat (x + w, <=, 300 - frame.margin + 1e-6);
    }
  g_clear_object (&frame.scene);
}

static void
test_footer (void)
{
  const char *notes[] = { "A note", "Another note", NULL };
  DqFrame frame;
  double bottom, height;

  dq_frame_init (&frame, 600, 400, DQ_LANGUAGE_RU, FALSE);
  bottom = frame.bottom;

  height = dq_frame_footer_height (&frame, notes, "Source: somewhere");
  g_assert_cmpfloat (height, >, 3 * frame.font_small);
  g_assert_cmpfloat (dq_frame_footer_height (&frame, NULL, "Source: somewhere"), <, height);
  g_assert_cmpuint (dq_scene_get_n_marks (frame.scene), ==, 0);

  dq_frame_footer (&frame, notes, "Source: somewhere");
  g_assert_cmpfloat_with_epsilon (frame.bottom, bottom - height, 1e-9);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_NOTE), ==, 2);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_SOURCE), ==, 1);

  /* The lines sit between the new bottom of the area and the old one. */
  for (guint i = 0; i < dq_scene_get_n_marks (frame.scene); i++)
    {
      double x, y, w, h;

      dq_mark_get_bounds (dq_scene_get_mark (frame.scene, i), &x, &y, &w, &h);
      g_assert_cmpfloat (y, >=, frame.bottom);
      g_assert_cmpfloat (y + h, <=, bottom + 1e-6);
    }
  g_clear_object (&frame.scene);
}

static void
test_legend_and_mask (void)
{
  const DqColor *color = &dq_theme_get (FALSE)->series[0];
  const DqLegendItem items[] = {
    { "Filled", color, DQ_LEGEND_FILL },
    { "Outlined", color, DQ_LEGEND_OUTLINE },
    { "Whisker", color, DQ_LEGEND_WHISKER },
  };
  DqFrame frame;
  double top;

  dq_frame_init (&frame, 600, 400, DQ_LANGUAGE_EN, FALSE);
  top = frame.top;
  dq_frame_legend (&frame, items, G_N_ELEMENTS (items));
  g_assert_cmpfloat (frame.top, >, top);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_LEGEND), ==, 2 + 2 + 4);

  /* The mask leaves the area open and covers the rest. */
  dq_frame_mask (&frame, 100, 80, 500, 300);
  g_assert_cmpuint (count_role (frame.scene, DQ_MARK_ROLE_FRAME), ==, 4);
  for (guint i = 0; i < dq_scene_get_n_marks (frame.scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (frame.scene, i);

      if (mark->role == DQ_MARK_ROLE_FRAME)
        g_assert_false (mark->x < 500 && mark->x + mark->width > 100 &&
                        mark->y < 300 && mark->y + mark->height > 80);
    }
  g_clear_object (&frame.scene);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/Frame/init", test_init);
  g_test_add_func ("/Dostyq/Render/Frame/title", test_title);
  g_test_add_func ("/Dostyq/Render/Frame/footer", test_footer);
  g_test_add_func ("/Dostyq/Render/Frame/legend-and-mask", test_legend_and_mask);

  return g_test_run ();
}
