/* fuzz-sav.c
 *
 * libFuzzer target: arbitrary bytes through the SPSS reader (ReadStat),
 * written to a temporary .sav file because the reader takes a GFile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "dq-sav-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static char *path;

static void
remove_tmp (void)
{
  g_unlink (path);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(DqSurveyData) survey_data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  fuzz_init ();

  if (path == NULL)
    {
      int fd = g_file_open_tmp ("dostyq-fuzz-XXXXXX.sav", &path, NULL);

      g_assert (fd >= 0);
      close (fd);
      atexit (remove_tmp);
    }

  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    g_error ("cannot write %s", path);

  file = g_file_new_for_path (path);
  survey_data = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert ((survey_data == NULL) != (error == NULL));

  return 0;
}
