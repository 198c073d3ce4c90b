/* test-dataset-release.c
 *
 * A dataset's release, the version and date its citation names: read from
 * the file that gives it, absent when none does, and refused with the
 * place when it is malformed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "dq-dataset.h"

/* The bundled dataset's release is the one core.json states. */
static void
test_dataset_release_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_build_filename (g_getenv ("DOSTYQ_SRCDIR"), "resources", "dataset",
                                            "core.json", NULL);
  g_autofree char *date = NULL;
  JsonObject *release;

  g_assert_no_error (error);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  release = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                           "release");
  g_assert_nonnull (release);

  g_assert_cmpstr (dq_dataset_get_release_version (dataset), ==,
                   json_object_get_string_member (release, "version"));
  g_assert_nonnull (dq_dataset_get_release_date (dataset));
  date = g_date_time_format (dq_dataset_get_release_date (dataset), "%Y-%m-%d");
  g_assert_cmpstr (date, ==, json_object_get_string_member (release, "date"));
}

static void
test_dataset_release_absent (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;

  dataset = dq_dataset_new_from_data ("{ \"format\": \"dostyq-dataset\", \"version\": 1 }", -1,
                                      "plain.json", &error);
  g_assert_no_error (error);
  g_assert_null (dq_dataset_get_release_version (dataset));
  g_assert_null (dq_dataset_get_release_date (dataset));
}

static void
test_dataset_release_errors (void)
{
  static const struct
  {
    const char *release;
    const char *message;
  } cases[] = {
    { "{ \"version\": \"1\", \"date\": \"6 December 2026\" }", "release.date" },
    { "{ \"version\": \"1\", \"date\": \"2026-13-01\" }", "YYYY-MM-DD" },
    { "{ \"version\": \"1\", \"date\": \"2026-12-06T10:00:00Z\" }", "YYYY-MM-DD" },
    { "{ \"date\": \"2026-12-06\" }", "release" },
    { "{ \"version\": \"1\", \"date\": \"2026-12-06\", \"doi\": \"x\" }", "doi" },
    { "\"2026.12\"", "release" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("{ \"format\": \"dostyq-dataset\", \"version\": 1, "
                                               "\"release\": %s }", cases[i].release);
      g_autoptr(GError) error = NULL;
      g_autoptr(DqDataset) dataset = dq_dataset_new_from_data (data, -1, "release.json", &error);

      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "release.json"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/DatasetRelease/bundled", test_dataset_release_bundled);
  g_test_add_func ("/Dostyq/Model/DatasetRelease/absent", test_dataset_release_absent);
  g_test_add_func ("/Dostyq/Model/DatasetRelease/errors", test_dataset_release_errors);

  return g_test_run ();
}
