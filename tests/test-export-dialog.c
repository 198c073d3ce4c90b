/* test-export-dialog.c
 *
 * The export dialog's print settings: resolutions, sizes in millimetres,
 * the exact size it shows, bundles, and the settings it remembers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dq-export-dialog.h"
#include "dq-test-util.h"

static DqDataset *dataset;
static GListModel *charts;

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static DqExportDialog *
new_dialog (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");

  return g_object_ref (dq_export_dialog_new (chart, DQ_LANGUAGE_KK));
}

static void
destroy_dialog (DqExportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A preset brings its resolution, the row changes it, and the PNG has the
 * pixels and the pHYs the dialog says, as `dostyq export --dpi` does. */
static void
test_export_dialog_resolution (void)
{
  DqExportDialog *dialog = new_dialog ();
  g_autofree char *dir = g_dir_make_tmp ("dostyq-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree guchar *png = NULL;
  g_autofree char *expected = NULL;
  gsize length;
  int width, height, column_height;

  g_assert_cmpint (dq_export_dialog_get_dpi (dialog), ==, 96);
  /* The screen's height is the most the chart takes: the attitude chart's
   * eight rows give some of it back, and the dialog says exactly how much. */
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1600);
  g_assert_cmpint (height, <, 1000);
  g_assert_cmpint (height, >=, 500);
  expected = g_strdup_printf ("423.3 × %.1f mm, 1600 × %d px at 96 dpi", height * 25.4 / 96,
                              height);
  g_assert_cmpstr (dq_export_dialog_get_output_size (dialog), ==, expected);

  /* A journal column fixes the width; in Kazakh the chart needs more than
   * 85 mm of height to keep its remainder column and its notes, and takes
   * it. */
  dq_export_dialog_set_preset (dialog, "column");
  g_assert_cmpint (dq_export_dialog_get_dpi (dialog), ==, 300);
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1004);
  g_assert_cmpint (height, >, 1004);
  g_assert_true (g_str_has_prefix (dq_export_dialog_get_output_size (dialog), "85 × "));
  column_height = height;

  dq_export_dialog_set_dpi (dialog, 600);
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 2008);
  g_assert_cmpint (abs (height - 2 * column_height), <=, 1);

  g_assert_true (dq_export_dialog_export_to_file (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, (char **) &png, &length, NULL));
  g_assert_cmpuint (read_be32 (png + 20), ==, height);
  g_assert_cmpuint (read_be32 (png + 16), ==, 2008);
  /* Colour type 2: RGB, no alpha; the pHYs chunk follows IHDR. */
  g_assert_cmpuint (png[25], ==, 2);
  g_assert_cmpmem (png + 37, 4, "pHYs", 4);
  g_assert_cmpuint (read_be32 (png + 41), ==, 23622);

  /* Millimetres keep their size at any resolution: the command line's
   * --width 85mm --height 60mm. */
  dq_export_dialog_set_dpi (dialog, 300);
  dq_export_dialog_set_custom_size_mm (dialog, 85, 60);
  dq_export_dialog_get_pixel_size (dialog, &width, &height);
  g_assert_cmpint (width, ==, 1004);
  g_assert_cmpint (height, ==, 709);

  /* A vector file has no pixels to show. */
  dq_export_dialog_set_format (dialog, DQ_EXPORT_PDF);
  g_assert_cmpstr (dq_export_dialog_get_output_size (dialog), ==, "85 × 60 mm");

  destroy_dialog (dialog);
  dq_test_remove_dir (dir);

  /* A size too small for a chart's bars is said under the size, in the
   * dialog's language, and only then. */
  {
    DqExportDialog *small = g_object_ref (dq_export_dialog_new (dq_chart_lookup (charts,
                                                                                 "cab-2021-informed"),
                                                                DQ_LANGUAGE_EN));

    dq_export_dialog_set_format (small, DQ_EXPORT_SVG);
    dq_export_dialog_set_custom_size_mm (small, 300, 200);
    g_assert_null (strstr (dq_export_dialog_get_output_size (small), "does not fit"));
    dq_export_dialog_set_custom_size_mm (small, 80, 30);
    g_assert_nonnull (strstr (dq_export_dialog_get_output_size (small), "does not fit"));
    destroy_dialog (small);
  }
}

/* A bundle from the dialog: the image, and its data, alt text and
 * citations beside it; and the next dialog starts where this one left. */
static void
test_export_dialog_bundle_and_memory (void)
{
  DqExportDialog *dialog = new_dialog ();
  static const char * const names[] = {
    "chart.svg", "chart.csv", "chart.alt.txt", "chart.citation.txt", "chart.bib",
  };
  g_autofree char *dir = g_dir_make_tmp ("dostyq-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  dq_export_dialog_set_format (dialog, DQ_EXPORT_SVG);
  dq_export_dialog_set_preset (dialog, "full");
  dq_export_dialog_set_dpi (dialog, 600);
  dq_export_dialog_set_transparent (dialog, TRUE);
  dq_export_dialog_set_bundle (dialog, TRUE);
  dq_export_dialog_set_dark (dialog, TRUE);
  g_assert_true (dq_export_dialog_export_to_file (dialog, file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_test (name, G_FILE_TEST_IS_REGULAR));
    }
  destroy_dialog (dialog);

  dialog = new_dialog ();
  g_assert_cmpint (dq_export_dialog_get_format (dialog), ==, DQ_EXPORT_SVG);
  g_assert_cmpstr (dq_export_dialog_get_preset (dialog)->name, ==, "full");
  g_assert_cmpint (dq_export_dialog_get_dpi (dialog), ==, 600);
  g_assert_true (dq_export_dialog_get_transparent (dialog));
  g_assert_true (dq_export_dialog_get_bundle (dialog));
  g_assert_true (dq_export_dialog_get_dark (dialog));

  /* A custom size in millimetres is remembered as such. */
  dq_export_dialog_set_bundle (dialog, FALSE);
  dq_export_dialog_set_custom_size_mm (dialog, 120, 80);
  g_assert_true (dq_export_dialog_export_to_file (dialog, file, &error));
  g_assert_no_error (error);
  destroy_dialog (dialog);

  dialog = new_dialog ();
  g_assert_null (dq_export_dialog_get_preset (dialog));
  g_assert_false (dq_export_dialog_get_bundle (dialog));
  g_assert_cmpstr (dq_export_dialog_get_output_size (dialog), ==, "120 × 80 mm");
  destroy_dialog (dialog);

  dq_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  charts = dq_chart_list_for_dataset (dataset);

  g_test_add_func ("/Dostyq/Widgets/ExportDialog/resolution", test_export_dialog_resolution);
  g_test_add_func ("/Dostyq/Widgets/ExportDialog/bundle-and-memory",
                   test_export_dialog_bundle_and_memory);

  status = g_test_run ();

  g_clear_object (&charts);
  g_clear_object (&dataset);

  return status;
}
