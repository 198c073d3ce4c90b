/* dq-file-kind.h
 *
 * What a file given to Dostyq is, told by its name (and, failing that, by
 * its content type): a project, a dataset, or a survey file to import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * DqFileKind:
 * @DQ_FILE_KIND_UNKNOWN: none that Dostyq opens
 * @DQ_FILE_KIND_PROJECT: a project (`.dostyq`)
 * @DQ_FILE_KIND_DATASET: a dataset (`.json`)
 * @DQ_FILE_KIND_SURVEY: a survey file to import: CSV, TSV, SPSS (`.sav`,
 *   `.zsav`, `.por`) or Stata (`.dta`)
 *
 * What opening a file does with it.
 */
typedef enum
{
  DQ_FILE_KIND_UNKNOWN,
  DQ_FILE_KIND_PROJECT,
  DQ_FILE_KIND_DATASET,
  DQ_FILE_KIND_SURVEY,
} DqFileKind;

/**
 * DQ_PROJECT_MIME_TYPE:
 *
 * The MIME type of a project file, registered by the shared-mime-info
 * package that Dostyq installs.
 */
#define DQ_PROJECT_MIME_TYPE "application/x-dostyq"

DqFileKind  dq_file_kind_for_name         (const char *name);
DqFileKind  dq_file_kind_for_content_type (const char *content_type);
DqFileKind  dq_file_kind_for_file         (GFile      *file);

G_END_DECLS
