/* dq-file-kind.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <string.h>

#include "dq-file-kind.h"

typedef struct
{
  const char *suffix;
  DqFileKind  kind;
} Suffix;

/* The suffixes the import dialog's chooser offers, and the two of our own. */
static const Suffix suffixes[] = {
  { ".dostyq", DQ_FILE_KIND_PROJECT },
  { ".json", DQ_FILE_KIND_DATASET },
  { ".csv", DQ_FILE_KIND_SURVEY },
  { ".tsv", DQ_FILE_KIND_SURVEY },
  { ".txt", DQ_FILE_KIND_SURVEY },
  { ".sav", DQ_FILE_KIND_SURVEY },
  { ".zsav", DQ_FILE_KIND_SURVEY },
  { ".por", DQ_FILE_KIND_SURVEY },
  { ".dta", DQ_FILE_KIND_SURVEY },
};

/* Content types, for a file whose name has none of the suffixes: a file
 * manager may hand over a `.sav` saved without its suffix, known by its
 * magic bytes. */
static const struct
{
  const char *content_type;
  DqFileKind  kind;
} content_types[] = {
  { DQ_PROJECT_MIME_TYPE, DQ_FILE_KIND_PROJECT },
  { "application/x-spss-sav", DQ_FILE_KIND_SURVEY },
  { "application/x-spss-por", DQ_FILE_KIND_SURVEY },
  { "application/x-stata-dta", DQ_FILE_KIND_SURVEY },
  { "text/csv", DQ_FILE_KIND_SURVEY },
  { "text/tab-separated-values", DQ_FILE_KIND_SURVEY },
  { "application/json", DQ_FILE_KIND_DATASET },
};

/**
 * dq_file_kind_for_name:
 * @name: a file name or path, in the file system's encoding
 *
 * Tells a file's kind by its suffix, in any letter case (`DATA.SAV` is a
 * survey file).
 *
 * Returns: the kind, or %DQ_FILE_KIND_UNKNOWN
 */
DqFileKind
dq_file_kind_for_name (const char *name)
{
  g_autofree char *lower = NULL;
  size_t length;

  g_return_val_if_fail (name != NULL, DQ_FILE_KIND_UNKNOWN);

  /* ASCII only: the suffixes are, and a name need not be UTF-8. */
  lower = g_ascii_strdown (name, -1);
  length = strlen (lower);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      size_t suffix_length = strlen (suffixes[i].suffix);

      /* A name that is the suffix alone ("/tmp/.json") is a hidden file of
       * no kind. */
      if (length > suffix_length && g_str_has_suffix (lower, suffixes[i].suffix) &&
          lower[length - suffix_length - 1] != G_DIR_SEPARATOR)
        return suffixes[i].kind;
    }

  return DQ_FILE_KIND_UNKNOWN;
}

/**
 * dq_file_kind_for_content_type:
 * @content_type: a content type, as GIO gives it
 *
 * Returns: the kind of a file of @content_type, or %DQ_FILE_KIND_UNKNOWN
 */
DqFileKind
dq_file_kind_for_content_type (const char *content_type)
{
  g_return_val_if_fail (content_type != NULL, DQ_FILE_KIND_UNKNOWN);

  for (guint i = 0; i < G_N_ELEMENTS (content_types); i++)
    {
      if (g_content_type_is_a (content_type, content_types[i].content_type))
        return content_types[i].kind;
    }

  return DQ_FILE_KIND_UNKNOWN;
}

/**
 * dq_file_kind_for_file:
 * @file: a file
 *
 * Tells @file's kind by its name, else by its content type, which reads
 * the start of a local file.
 *
 * Returns: the kind, or %DQ_FILE_KIND_UNKNOWN
 */
DqFileKind
dq_file_kind_for_file (GFile *file)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  DqFileKind kind;

  g_return_val_if_fail (G_IS_FILE (file), DQ_FILE_KIND_UNKNOWN);

  name = g_file_get_basename (file);
  kind = name != NULL ? dq_file_kind_for_name (name) : DQ_FILE_KIND_UNKNOWN;
  if (kind != DQ_FILE_KIND_UNKNOWN)
    return kind;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || g_file_info_get_content_type (info) == NULL)
    return DQ_FILE_KIND_UNKNOWN;

  return dq_file_kind_for_content_type (g_file_info_get_content_type (info));
}
