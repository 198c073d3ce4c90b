/* test-bundle.c
 *
 * A figure bundle: the image with its data, alt text and citation beside
 * it. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dq-bundle.h"
#include "dq-chart.h"
#include "dq-test-util.h"

static DqDataset *dataset;
static GListModel *charts;

static char *
read_sibling (GFile      *image,
              const char *suffix)
{
  g_autoptr(GFile) file = dq_bundle_sibling (image, suffix);
  g_autofree char *path = g_file_get_path (file);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

/* The files of a bundle: the CSV is the chart's data, the alt text its
 * description, the citations name its documents. */
static void
test_bundle_write (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");
  DqChartOptions options = { 800, 500, DQ_LANGUAGE_KK, FALSE };
  g_autoptr(DqScene) scene = dq_chart_build_scene (chart, &options);
  g_autoptr(DqProvenance) provenance = dq_provenance_new_for_chart (chart, scene);
  DqExportSettings settings = { 96, FALSE, provenance };
  g_autofree char *dir = g_dir_make_tmp ("dostyq-bundle-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "attitude.kk.png", NULL);
  g_autoptr(GFile) image = g_file_new_for_path (path);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected_csv = dq_chart_to_csv (chart, DQ_LANGUAGE_KK);
  g_autofree char *alt = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *bibtex = NULL;

  g_assert_true (dq_bundle_write (chart, scene, DQ_EXPORT_PNG, &settings, image, written,
                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 5);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  csv = read_sibling (image, ".csv");
  g_assert_cmpstr (csv, ==, expected_csv);

  alt = read_sibling (image, ".alt.txt");
  g_assert_true (g_str_has_prefix (alt, dq_text_get (dq_chart_get_title (chart),
                                                     DQ_LANGUAGE_KK)));
  g_assert_nonnull (strstr (alt, provenance->source));

  citation = read_sibling (image, ".citation.txt");
  g_assert_nonnull (strstr (citation, "[cab-2021]"));
  g_assert_nonnull (strstr (citation, provenance->software));

  bibtex = read_sibling (image, ".bib");
  g_assert_nonnull (strstr (bibtex, "@misc{cab-2021,\n"));
  g_assert_nonnull (strstr (bibtex, "@misc{cab-2021-attitude,\n"));

  dq_test_remove_dir (dir);
}

/* BibTeX's special characters are escaped; authors are joined by "and". */
static void
test_bundle_bibtex_escapes (void)
{
  DqProvenance provenance = { 0 };
  g_autofree char *bibtex = NULL;

  provenance.title = (char *) "50% & more_of {them} #1";
  provenance.software = (char *) "Dostyq 1";
  provenance.dataset_version = (char *) "1";
  provenance.created = 0;
  bibtex = dq_bundle_citation_bibtex (NULL, &provenance);

  g_assert_nonnull (strstr (bibtex, "title = {50\\% \\& more\\_of \\{them\\} \\#1},"));
  g_assert_nonnull (strstr (bibtex, "year = {1970},"));
}

static void
test_bundle_sibling (void)
{
  static const struct { const char *image; const char *suffix; const char *sibling; } cases[] = {
    { "/tmp/a/attitude.kk.png", ".csv", "/tmp/a/attitude.kk.csv" },
    { "/tmp/a/figure", ".bib", "/tmp/a/figure.bib" },
    { "/tmp/a/.hidden", ".alt.txt", "/tmp/a/.hidden.alt.txt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) image = g_file_new_for_path (cases[i].image);
      g_autoptr(GFile) sibling = dq_bundle_sibling (image, cases[i].suffix);
      g_autofree char *path = g_file_get_path (sibling);

      g_assert_cmpstr (path, ==, cases[i].sibling);
    }
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
  charts = dq_chart_list_for_dataset (dataset);

  g_test_add_func ("/Dostyq/Bundle/Write/chart", test_bundle_write);
  g_test_add_func ("/Dostyq/Bundle/Citation/bibtex-escapes", test_bundle_bibtex_escapes);
  g_test_add_func ("/Dostyq/Bundle/Sibling/names", test_bundle_sibling);

  status = g_test_run ();

  g_clear_object (&charts);
  g_clear_object (&dataset);

  return status;
}
