/* fuzz-readstat.h
 *
 * What the SPSS and Stata fuzz targets share: arbitrary bytes are written
 * to a temporary file with the format's extension, because the reader takes
 * a GFile and ReadStat picks its parser by the name, and read back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "dq-sav-reader.h"

static char *fuzz_readstat_path;

static void
fuzz_readstat_remove_tmp (void)
{
  g_unlink (fuzz_readstat_path);
}

/* Reads @data as a file whose name ends in @suffix (".sav", ".dta", …):
 * either data or an error, never both and never neither. */
static inline void
fuzz_readstat_one (const guint8 *data,
                   size_t        size,
                   const char   *suffix)
{
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(DqSurveyData) survey_data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  fuzz_init ();

  if (fuzz_readstat_path == NULL)
    {
      g_autofree char *template = g_strconcat ("dostyq-fuzz-XXXXXX", suffix, NULL);
      int fd = g_file_open_tmp (template, &fuzz_readstat_path, NULL);

      g_assert (fd >= 0);
      close (fd);
      atexit (fuzz_readstat_remove_tmp);
    }

  /* Without fsync: the file is scratch, written for every input. */
  if (!g_file_set_contents_full (fuzz_readstat_path, (const char *) data, size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    g_error ("cannot write %s", fuzz_readstat_path);

  file = g_file_new_for_path (fuzz_readstat_path);
  survey_data = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert ((survey_data == NULL) != (error == NULL));
}
