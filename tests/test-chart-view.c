/* test-chart-view.c
 *
 * Charts on screen: the chart view (scene, hit-testing, keyboard focus,
 * language), the chart page (its list, copying) and the export dialog.
 * Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dq-chart-page.h"
#include "dq-chart-view.h"
#include "dq-export-dialog.h"

#define ATTITUDE "cab-2021-attitude"

static DqDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dataset;
}

static DqChart *
lookup_chart (GListModel *charts,
              const char *id)
{
  DqChart *chart = dq_chart_lookup (charts, id);

  g_assert_nonnull (chart);

  return chart;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
wait_for_scene (DqChartView *view)
{
  while (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == NULL ||
         gtk_widget_get_width (GTK_WIDGET (view)) <= 0)
    g_main_context_iteration (NULL, TRUE);
}

static const DqMark *
find_mark (DqScene    *scene,
           DqMarkRole  role)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == role && mark->datum != NULL)
        return mark;
    }

  return NULL;
}

static void
test_chart_view_scene (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GListModel) charts = dq_chart_list_for_dataset (dataset);
  DqChart *chart = lookup_chart (charts, ATTITUDE);
  DqChartView *view = g_object_ref_sink (DQ_CHART_VIEW (dq_chart_view_new ()));
  GtkWidget *window = gtk_window_new ();
  guint chart_notified = 0;
  guint language_notified = 0;
  /* Held, so that a scene built later cannot take the address of one
   * already freed and pass for it. */
  g_autoptr(DqScene) scene = NULL;
  const DqMark *bar;
  DqFigure *figure;
  g_autofree char *text = NULL;
  g_autofree char *corner = NULL;
  double x, y, width, height;

  g_assert_cmpint (dq_chart_view_get_language (view), ==, dq_language_get_default ());
  g_assert_null (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));

  g_signal_connect (view, "notify::chart", G_CALLBACK (notify_count_cb), &chart_notified);
  g_signal_connect (view, "notify::language", G_CALLBACK (notify_count_cb), &language_notified);

  dq_chart_view_set_chart (view, chart);
  dq_chart_view_set_chart (view, chart);
  g_assert_cmpuint (chart_notified, ==, 1);
  dq_chart_view_set_language (view, DQ_LANGUAGE_EN);
  dq_scene_view_set_dark (DQ_SCENE_VIEW (view), FALSE);

  /* Without a size there is nothing to lay out. */
  g_assert_null (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_scene (view);

  /* The scene has the size of the allocation: one unit a pixel. */
  g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_assert_cmpfloat (dq_scene_get_width (scene), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (dq_scene_get_height (scene), ==, gtk_widget_get_height (GTK_WIDGET (view)));
  g_assert_cmpint (dq_scene_get_language (scene), ==, DQ_LANGUAGE_EN);
  g_assert_cmpstr (dq_scene_get_title (scene), ==,
                   dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_EN));

  /* The same size again keeps the scene. */
  gtk_widget_queue_resize (GTK_WIDGET (view));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) == scene);

  /* The middle of a bar describes its figure, with the source's words. */
  bar = find_mark (scene, DQ_MARK_ROLE_BAR);
  g_assert_nonnull (bar);
  figure = dq_dataset_lookup_figure (dataset, bar->datum);
  g_assert_nonnull (figure);
  dq_mark_get_bounds (bar, &x, &y, &width, &height);
  text = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), x + width / 2, y + height / 2);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, dq_text_get (dq_figure_get_label (figure), DQ_LANGUAGE_EN)));
  g_assert_nonnull (strstr (text, dq_source_get_quote (dq_figure_get_source (figure))));

  /* Hit-testing gives back the figure itself. */
  g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), x + width / 2,
                                            y + height / 2) == G_OBJECT (figure));

  /* An empty corner describes nothing, and holds no item. */
  corner = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), 1, 1);
  g_assert_null (corner);
  g_assert_null (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), 1, 1));

  /* An edit of the figure redraws its bar at once, in proportion. */
  {
    double old_value = dq_figure_get_value (figure);
    double old_width = bar->width;
    const DqMark *edited;
    g_autofree char *datum = g_strdup (bar->datum);

    dq_figure_set_value (figure, old_value / 2);
    g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) != scene);
    g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
    edited = NULL;
    for (guint i = 0; i < dq_scene_get_n_marks (scene) && edited == NULL; i++)
      {
        const DqMark *mark = dq_scene_get_mark (scene, i);

        if (mark->role == DQ_MARK_ROLE_BAR && g_strcmp0 (mark->datum, datum) == 0)
          edited = mark;
      }
    g_assert_nonnull (edited);
    g_assert_cmpfloat_with_epsilon (edited->width, old_width / 2, 0.5);

    dq_figure_set_value (figure, old_value);
    g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
    bar = find_mark (scene, DQ_MARK_ROLE_BAR);
    g_assert_cmpstr (bar->datum, ==, datum);
    g_assert_cmpfloat_with_epsilon (bar->width, old_width, 1e-6);
  }

  /* Another language lays the chart out again, in that language. */
  dq_chart_view_set_language (view, DQ_LANGUAGE_KK);
  dq_chart_view_set_language (view, DQ_LANGUAGE_KK);
  g_assert_cmpuint (language_notified, ==, dq_language_get_default () == DQ_LANGUAGE_EN ? 1 : 2);
  g_set_object (&scene, dq_scene_view_get_scene (DQ_SCENE_VIEW (view)));
  g_assert_nonnull (scene);
  g_assert_cmpint (dq_scene_get_language (scene), ==, DQ_LANGUAGE_KK);
  g_assert_cmpstr (dq_scene_get_title (scene), ==,
                   dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_KK));

  /* So does the dark theme. */
  dq_scene_view_set_dark (DQ_SCENE_VIEW (view), TRUE);
  g_assert_true (dq_scene_view_get_dark (DQ_SCENE_VIEW (view)));
  g_assert_true (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)) != scene);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_chart_view_focus (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GListModel) charts = dq_chart_list_for_dataset (dataset);
  g_autoptr(GHashTable) datums = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DqChart *chart = lookup_chart (charts, ATTITUDE);
  DqChartView *view = g_object_ref_sink (DQ_CHART_VIEW (dq_chart_view_new ()));
  GtkWidget *window = gtk_window_new ();
  g_autofree char *first = NULL;
  DqScene *scene;
  guint steps = 0;

  g_object_set (view, "chart", chart, "language", DQ_LANGUAGE_RU, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 560);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_scene (view);

  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_RU));

  scene = dq_scene_view_get_scene (DQ_SCENE_VIEW (view));
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->datum != NULL)
        g_hash_table_add (datums, mark->datum);
    }
  g_assert_cmpuint (g_hash_table_size (datums), >, 1);

  /* Forward visits every figure once, in scene order, and tells screen
   * readers about each. */
  g_assert_null (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)));
  while (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), 1))
    {
      const char *datum = dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view));
      DqFigure *figure = dq_dataset_lookup_figure (dataset, datum);
      g_autofree char *description = NULL;

      g_assert_nonnull (datum);
      g_assert_true (g_hash_table_contains (datums, datum));
      g_assert_true (g_hash_table_add (visited, g_strdup (datum)));
      if (first == NULL)
        first = g_strdup (datum);

      g_assert_nonnull (figure);
      description = dq_chart_describe_figure (chart, figure, DQ_LANGUAGE_RU);
      gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
      steps++;
    }
  g_assert_cmpuint (steps, ==, g_hash_table_size (datums));
  g_assert_cmpuint (g_hash_table_size (visited), ==, g_hash_table_size (datums));

  /* And back to the first. */
  while (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), -1));
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), ==, first);

  /* The focus stays on its figure when the chart is laid out again. */
  dq_chart_view_set_language (view, DQ_LANGUAGE_EN);
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), ==, first);

  /* The arrow keys move it too. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_widget_activate_action (GTK_WIDGET (view), "scene-view.focus-step", "i", 1);
  g_assert_cmpstr (dq_scene_view_get_focused_datum (DQ_SCENE_VIEW (view)), !=, first);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_chart_view_groups (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GListModel) charts = dq_chart_list_for_dataset (dataset);
  DqChart *chart = lookup_chart (charts, "typology");
  DqChartView *view = g_object_ref_sink (DQ_CHART_VIEW (dq_chart_view_new ()));
  GtkWidget *window = gtk_window_new ();
  g_autofree char *text = NULL;
  const DqMark *mark;
  DqGroup *group;
  double x, y, width, height;

  g_object_set (view, "chart", chart, "language", DQ_LANGUAGE_KK, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 560);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_scene (view);

  /* The typology shows groups, not figures: a group's mark names it. */
  mark = find_mark (dq_scene_view_get_scene (DQ_SCENE_VIEW (view)), DQ_MARK_ROLE_GROUP);
  g_assert_nonnull (mark);
  group = dq_dataset_lookup_group (dataset, mark->datum);
  g_assert_nonnull (group);
  dq_mark_get_bounds (mark, &x, &y, &width, &height);
  text = dq_scene_view_describe_at (DQ_SCENE_VIEW (view), x + width / 2, y + height / 2);
  g_assert_cmpstr (text, ==, dq_text_get (dq_group_get_name (group), DQ_LANGUAGE_KK));
  g_assert_true (dq_scene_view_lookup_item (DQ_SCENE_VIEW (view), x + width / 2,
                                            y + height / 2) == G_OBJECT (group));

  g_assert_true (dq_scene_view_move_focus (DQ_SCENE_VIEW (view), 1));
  g_assert_nonnull (dq_dataset_lookup_group (dataset, dq_scene_view_get_focused_datum (
                                                        DQ_SCENE_VIEW (view))));
  g_assert_true (DQ_IS_GROUP (dq_scene_view_get_focused_item (DQ_SCENE_VIEW (view))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

typedef struct
{
  GMainLoop  *loop;
  char       *text;
  GdkTexture *texture;
} ClipboardData;

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardData *data = user_data;
  g_autoptr(GError) error = NULL;

  data->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (data->loop);
}

static void
read_texture_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ClipboardData *data = user_data;
  g_autoptr(GError) error = NULL;

  data->texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (data->loop);
}

static void
toast_cb (DqChartPage *page,
          const char  *message,
          guint       *count)
{
  g_assert_nonnull (message);
  (*count)++;
}

static void
test_chart_page (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GListModel) all = dq_chart_list_for_dataset (dataset);
  DqChartPage *page = g_object_ref_sink (DQ_CHART_PAGE (dq_chart_page_new ()));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (page));
  ClipboardData data = { g_main_loop_new (NULL, FALSE), NULL, NULL };
  g_autofree char *expected = NULL;
  GListModel *listed;
  DqChart *chart;
  guint n_survey = 0;
  guint notified = 0;
  guint toasts = 0;
  guint j = 0;

  g_signal_connect (page, "notify::dataset", G_CALLBACK (notify_count_cb), &notified);
  g_signal_connect (page, "toast", G_CALLBACK (toast_cb), &toasts);

  dq_chart_page_set_page (page, "survey");
  g_assert_cmpstr (dq_chart_page_get_page (page), ==, "survey");
  g_assert_null (dq_chart_page_get_selected_chart (page));

  dq_chart_page_set_dataset (page, dataset);
  dq_chart_page_set_dataset (page, dataset);
  g_assert_cmpuint (notified, ==, 1);

  /* Exactly the survey's charts, in order. */
  listed = dq_chart_page_get_charts (page);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DqChart) c = g_list_model_get_item (all, i);
      g_autoptr(DqChart) shown = NULL;

      if (dq_chart_get_topic (c) != DQ_CHART_TOPIC_SURVEY)
        continue;

      n_survey++;
      shown = g_list_model_get_item (listed, j++);
      g_assert_nonnull (shown);
      g_assert_cmpstr (dq_chart_get_id (shown), ==, dq_chart_get_id (c));
      g_assert_cmpint (dq_chart_get_topic (shown), ==, DQ_CHART_TOPIC_SURVEY);
    }
  g_assert_cmpuint (n_survey, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n_survey);

  /* The first is shown, with its figures in the table. */
  chart = dq_chart_page_get_selected_chart (page);
  g_assert_nonnull (chart);
  g_assert_true (dq_chart_view_get_chart (dq_chart_page_get_chart_view (page)) == chart);
  g_assert_cmpuint (g_list_model_get_n_items (dq_chart_page_get_data (page)), ==,
                    dq_chart_get_figures (chart)->len);

  /* The chart language reaches the view. */
  dq_chart_page_set_chart_language (page, DQ_LANGUAGE_RU);
  g_assert_cmpint (dq_chart_view_get_language (dq_chart_page_get_chart_view (page)), ==,
                   DQ_LANGUAGE_RU);

  gtk_widget_activate_action (GTK_WIDGET (page), "chart.show-data", NULL);
  g_assert_true (dq_chart_page_get_show_data (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "chart.show-data", NULL);
  g_assert_false (dq_chart_page_get_show_data (page));

  /* Copy Data puts the chart's CSV, in the chart language, on the
   * clipboard. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chart.copy-data", NULL);
  g_assert_cmpuint (toasts, ==, 1);
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &data);
  g_main_loop_run (data.loop);
  expected = dq_chart_to_csv (chart, DQ_LANGUAGE_RU);
  g_assert_cmpstr (data.text, ==, expected);

  /* Copy Image puts a picture of it there. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chart.copy-image", NULL);
  g_assert_cmpuint (toasts, ==, 2);
  gdk_clipboard_read_texture_async (clipboard, NULL, read_texture_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_nonnull (data.texture);
  g_assert_cmpint (gdk_texture_get_width (data.texture), >=, 320);
  g_assert_cmpint (gdk_texture_get_height (data.texture), >=, 240);

  /* With no charts for the page, there is nothing to copy. */
  dq_chart_page_set_page (page, "no-such-page");
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  g_assert_null (dq_chart_page_get_selected_chart (page));

  g_clear_pointer (&data.text, g_free);
  g_clear_object (&data.texture);
  g_main_loop_unref (data.loop);
  g_assert_finalize_object (page);
}

static void
assert_well_formed (const char *xml)
{
  static const GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
test_export_dialog (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  g_autoptr(GListModel) charts = dq_chart_list_for_dataset (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-export-XXXXXX", &error);
  g_autofree char *svg_path = NULL;
  g_autofree char *png_path = NULL;
  g_autofree char *missing_dir = NULL;
  g_autofree char *missing_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) svg = NULL;
  g_autoptr(GFile) png = NULL;
  g_autoptr(GFile) missing = NULL;
  DqChart *chart = lookup_chart (charts, ATTITUDE);
  DqExportDialog *dialog;
  const guchar *bytes;
  gsize length;
  guint notified = 0;
  int width, height;

  g_assert_no_error (error);

  dialog = g_object_ref (dq_export_dialog_new (chart, DQ_LANGUAGE_KK));
  g_signal_connect (dialog, "notify::language", G_CALLBACK (notify_count_cb), &notified);

  /* It starts with the page's chart language and a light screen-sized
   * PNG. */
  g_assert_true (dq_export_dialog_get_chart (dialog) == chart);
  g_assert_cmpint (dq_export_dialog_get_language (dialog), ==, DQ_LANGUAGE_KK);
  g_assert_cmpint (dq_export_dialog_get_format (dialog), ==, DQ_EXPORT_PNG);
  g_assert_cmpstr (dq_export_dialog_get_preset (dialog)->name, ==, "screen");
  g_assert_false (dq_export_dialog_get_dark (dialog));
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1600);
  /* The screen's height is the most the chart takes; its rows leave some. */
  g_assert_cmpint (height, <=, 1000);
  g_assert_cmpint (height, >=, 500);
  name = dq_export_dialog_dup_suggested_name (dialog);
  g_assert_cmpstr (name, ==, ATTITUDE ".kk.png");

  /* SVG in Russian: well-formed XML with the Russian title. */
  dq_export_dialog_set_format (dialog, DQ_EXPORT_SVG);
  dq_export_dialog_set_language (dialog, DQ_LANGUAGE_RU);
  dq_export_dialog_set_language (dialog, DQ_LANGUAGE_RU);
  g_assert_cmpuint (notified, ==, 1);
  svg_path = g_build_filename (dir, "chart.svg", NULL);
  svg = g_file_new_for_path (svg_path);
  g_assert_true (dq_export_dialog_export_to_file (dialog, svg, &error));
  g_assert_no_error (error);
  g_file_get_contents (svg_path, &contents, &length, &error);
  g_assert_no_error (error);
  assert_well_formed (contents);
  title = g_markup_escape_text (dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_RU), -1);
  g_assert_nonnull (strstr (contents, title));
  g_clear_pointer (&contents, g_free);

  /* PNG of the journal-column preset: 85 mm wide at 300 dpi, and as tall
   * as the chart needs in Russian to keep its remainder column and its
   * notes, more than 85 mm; the file is the size the dialog says. */
  dq_export_dialog_set_format (dialog, DQ_EXPORT_PNG);
  dq_export_dialog_set_preset (dialog, "column");
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1004);
  g_assert_cmpint (height, >, 1004);
  png_path = g_build_filename (dir, "chart.png", NULL);
  png = g_file_new_for_path (png_path);
  g_assert_true (dq_export_dialog_export_to_file (dialog, png, &error));
  g_assert_no_error (error);
  g_file_get_contents (png_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 24);
  bytes = (const guchar *) contents;
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (bytes + 16)), ==, 1004);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (bytes + 20)), ==, height);
  g_clear_pointer (&contents, g_free);

  /* A custom size in pixels. */
  dq_export_dialog_set_custom_size (dialog, 640, 400);
  g_assert_null (dq_export_dialog_get_preset (dialog));
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 400);

  /* A folder that does not exist: an error naming the file, and no
   * file. */
  dq_export_dialog_set_format (dialog, DQ_EXPORT_SVG);
  missing_dir = g_build_filename (dir, "missing", NULL);
  missing_path = g_build_filename (missing_dir, "chart.svg", NULL);
  missing = g_file_new_for_path (missing_path);
  g_assert_false (dq_export_dialog_export_to_file (dialog, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing_path));
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  g_unlink (svg_path);
  g_unlink (png_path);
  g_rmdir (dir);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/ChartView/scene", test_chart_view_scene);
  g_test_add_func ("/Dostyq/Widgets/ChartView/focus", test_chart_view_focus);
  g_test_add_func ("/Dostyq/Widgets/ChartView/groups", test_chart_view_groups);
  g_test_add_func ("/Dostyq/Widgets/ChartPage/charts", test_chart_page);
  g_test_add_func ("/Dostyq/Widgets/ExportDialog/export", test_export_dialog);

  return g_test_run ();
}
