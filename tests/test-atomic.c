/* test-atomic.c
 *
 * Exports replace a file atomically: a write that fails half-way leaves the
 * previous file as it was and no temporary file behind. The failure is a
 * file-size limit (RLIMIT_FSIZE), which makes write () fail with EFBIG in
 * the middle of the export, as a full disk would, without needing root to
 * mount a small file system. The same holds when the file does not exist
 * yet: nothing is left under its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "dq-scene-render.h"

#define OLD_CONTENTS "the previous export\n"

/* A scene whose PNG is far larger than the limit below. */
static DqScene *
make_scene (void)
{
  DqScene *scene = dq_scene_new (400, 300, DQ_LANGUAGE_EN);
  DqColor colour = { 0.2, 0.4, 0.6, 1.0 };

  for (guint i = 0; i < 40; i++)
    {
      colour.red = (i % 7) / 7.0;
      dq_scene_add_rect (scene, DQ_MARK_ROLE_BAR, 5 + i * 9, 300 - i * 7, 8, i * 7, &colour);
      dq_scene_add_text (scene, DQ_MARK_ROLE_LABEL, "Қазақстан, Oʻzbekiston", i * 10, i * 7 + 10, 9,
                         FALSE, DQ_TEXT_ANCHOR_START, &colour);
    }

  return scene;
}

/* Exports with a file-size limit of 1 KiB, far below the file's size. */
static gboolean
export_with_size_limit (DqScene         *scene,
                        DqExportFormat   format,
                        GFile           *file,
                        GError         **error)
{
  struct rlimit old_limit;
  struct rlimit limit;
  gboolean ok;

  /* Past the limit, write () fails with EFBIG instead of raising SIGXFSZ. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  ok = dq_scene_export_file (scene, format, 96, file, error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);

  return ok;
}

static void
test_atomic_failed_write (gconstpointer user_data)
{
  DqExportFormat format = GPOINTER_TO_INT (user_data);
  g_autoptr(DqScene) scene = make_scene ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  gboolean ok;
  guint n_files = 0;

  tmp_dir = g_dir_make_tmp ("dostyq-atomic-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp_dir, "chart.out", NULL);
  g_file_set_contents (path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  ok = export_with_size_limit (scene, format, file, &error);

  g_assert_false (ok);
  g_assert_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);

  /* Only the old file: no temporary file left over. */
  dir = g_dir_open (tmp_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("found %s", name);
      g_assert_cmpstr (name, ==, "chart.out");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);

  /* Without the limit, the same export replaces the file. */
  ok = dq_scene_export_file (scene, format, 96, file, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, !=, OLD_CONTENTS);

  g_unlink (path);
  g_rmdir (tmp_dir);
}

static void
test_atomic_failed_new_file (gconstpointer user_data)
{
  DqExportFormat format = GPOINTER_TO_INT (user_data);
  g_autoptr(DqScene) scene = make_scene ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  const char *name;
  gboolean ok;

  tmp_dir = g_dir_make_tmp ("dostyq-atomic-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp_dir, "новый график.out", NULL);
  file = g_file_new_for_path (path);

  ok = export_with_size_limit (scene, format, file, &error);

  g_assert_false (ok);
  g_assert_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Neither a truncated file under the final name nor a temporary one. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (tmp_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_error ("found %s", name);

  ok = dq_scene_export_file (scene, format, 96, file, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_unlink (path);
  g_rmdir (tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/Dostyq/Export/Atomic/png", GINT_TO_POINTER (DQ_EXPORT_PNG),
                        test_atomic_failed_write);
  g_test_add_data_func ("/Dostyq/Export/Atomic/svg", GINT_TO_POINTER (DQ_EXPORT_SVG),
                        test_atomic_failed_write);
  g_test_add_data_func ("/Dostyq/Export/Atomic/pdf", GINT_TO_POINTER (DQ_EXPORT_PDF),
                        test_atomic_failed_write);

  g_test_add_data_func ("/Dostyq/Export/Atomic/png-new", GINT_TO_POINTER (DQ_EXPORT_PNG),
                        test_atomic_failed_new_file);
  g_test_add_data_func ("/Dostyq/Export/Atomic/svg-new", GINT_TO_POINTER (DQ_EXPORT_SVG),
                        test_atomic_failed_new_file);
  g_test_add_data_func ("/Dostyq/Export/Atomic/pdf-new", GINT_TO_POINTER (DQ_EXPORT_PDF),
                        test_atomic_failed_new_file);

  return g_test_run ();
}
