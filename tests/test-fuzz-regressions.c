/* test-fuzz-regressions.c
 *
 * Every input in tests/fuzz/regressions/<loader>/ once crashed a loader, or
 * stands for a class of bad input the fuzzers explore. Each goes through
 * the normal loader, which must return a value or an error, never both,
 * never neither, and never crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dq-basemap.h"
#include "dq-csv-reader.h"
#include "dq-dataset.h"
#include "dq-sav-reader.h"

typedef GObject *(*LoadFunc) (GFile   *file,
                              GError **error);

static GObject *
load_dataset (GFile   *file,
              GError **error)
{
  return (GObject *) dq_dataset_new_from_file (file, error);
}

static GObject *
load_basemap (GFile   *file,
              GError **error)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);

  if (bytes == NULL)
    return NULL;

  return (GObject *) dq_basemap_new_from_bytes (bytes, "regression", error);
}

static GObject *
load_csv (GFile   *file,
          GError **error)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();

  return (GObject *) dq_csv_reader_read_file (reader, file, NULL, error);
}

static GObject *
load_sav (GFile   *file,
          GError **error)
{
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();

  return (GObject *) dq_sav_reader_read_file (reader, file, NULL, error);
}

static void
test_regressions (gconstpointer user_data)
{
  const char *loader = user_data;
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  LoadFunc load;
  const char *name;
  guint n_inputs = 0;

  if (g_str_equal (loader, "dataset"))
    load = load_dataset;
  else if (g_str_equal (loader, "basemap"))
    load = load_basemap;
  else if (g_str_equal (loader, "csv"))
    load = load_csv;
  else
    load = load_sav;

  dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", loader, NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no regression inputs for this loader");
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GObject) result = NULL;
      g_autoptr(GError) load_error = NULL;

      result = load (file, &load_error);
      g_test_message ("%s: %s", name, load_error != NULL ? load_error->message : "loaded");
      g_assert_true ((result == NULL) != (load_error == NULL));
      n_inputs++;
    }

  g_assert_cmpuint (n_inputs, >, 0);
}

/* json-glib recurses once a level, so without the depth check this runs
 * out of stack. */
static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  g_autofree char *data = g_malloc (2 * depth + 2);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqBasemap) basemap = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  data[0] = '\n';
  memset (data + 1, '[', depth);
  memset (data + 1 + depth, ']', depth);
  data[2 * depth + 1] = '\0';

  dataset = dq_dataset_new_from_data (data, -1, "deep.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "deep.json:2: arrays and objects are nested more than 64 levels deep");
  g_clear_error (&error);

  bytes = g_bytes_new_static (data, 2 * depth + 1);
  basemap = dq_basemap_new_from_bytes (bytes, "deep.json", &error);
  g_assert_null (basemap);
  g_assert_error (error, DQ_BASEMAP_ERROR, DQ_BASEMAP_ERROR_PARSE);
}

/* Brackets inside strings do not count, and 64 levels are fine. */
static void
test_depth_limit (void)
{
  g_autoptr(GString) str = g_string_new ("\"[[[[\\\"[[[\"");
  guint line = 0;

  for (guint i = 0; i < DQ_JSON_MAX_DEPTH; i++)
    g_string_prepend_c (str, '[');
  for (guint i = 0; i < DQ_JSON_MAX_DEPTH; i++)
    g_string_append_c (str, ']');
  g_assert_true (dq_json_check_depth (str->str, str->len, DQ_JSON_MAX_DEPTH, &line));

  g_string_prepend_c (str, '{');
  g_assert_false (dq_json_check_depth (str->str, str->len, DQ_JSON_MAX_DEPTH, &line));
  g_assert_cmpuint (line, ==, 1);
}

/* A PNG renamed .json. */
static void
test_binary_dataset (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = dq_dataset_new_from_data (png, sizeof png - 1, "chart.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "chart.json: the file is not JSON text: it holds binary data");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/Dostyq/Fuzz/Regressions/dataset", "dataset", test_regressions);
  g_test_add_data_func ("/Dostyq/Fuzz/Regressions/basemap", "basemap", test_regressions);
  g_test_add_data_func ("/Dostyq/Fuzz/Regressions/csv", "csv", test_regressions);
  g_test_add_data_func ("/Dostyq/Fuzz/Regressions/sav", "sav", test_regressions);
  g_test_add_data_func ("/Dostyq/Fuzz/Regressions/dta", "dta", test_regressions);
  g_test_add_func ("/Dostyq/Fuzz/Limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/Dostyq/Fuzz/Limits/depth-limit", test_depth_limit);
  g_test_add_func ("/Dostyq/Fuzz/Limits/binary-dataset", test_binary_dataset);

  return g_test_run ();
}
