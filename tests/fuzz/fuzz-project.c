/* fuzz-project.c
 *
 * libFuzzer target: arbitrary bytes through the project loader, with the
 * bundled dataset. The project file lies in the seed corpus's folder, so
 * that a relative path such as "data/survey.csv" names a small survey file
 * there and the data files are loaded and edited too. A project that loads
 * must save to text that loads again, and its edits must undo and redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "fuzz-common.h"
#include "dq-project.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GFile) file = g_file_new_for_path (FUZZ_PROJECT_DIR "/fuzz.dostyq");
  g_autoptr(DqProject) project = NULL;
  g_autoptr(DqProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_edits;

  fuzz_init ();

  project = dq_project_load_from_data ((const char *) data, size, file, NULL, &error);

  /* Either a project or an error, never both and never neither. */
  g_assert ((project == NULL) != (error == NULL));
  if (project == NULL)
    return 0;

  text = dq_project_to_json (project, file);
  again = dq_project_load_from_data (text, strlen (text), file, NULL, &error);
  if (again == NULL)
    g_error ("The saved project does not load: %s\n%s", error->message, text);
  g_assert_cmpuint (dq_project_get_n_edits (again), ==, dq_project_get_n_edits (project));

  n_edits = dq_project_get_n_edits (project);
  while (dq_project_undo (project))
    ;
  while (dq_project_redo (project))
    ;
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, n_edits);

  return 0;
}
