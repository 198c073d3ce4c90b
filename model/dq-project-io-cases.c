/* dq-project-io-cases.c
 *
 * The parts of a project's analysis that select and derive cases: its
 * filter's conditions and its recodes, each kept as the one line of text
 * the command line reads, so that a project file stays readable and can be
 * edited by hand:
 *
 *   "filters": [ "agea >= 30", "cntry in 1,2" ],
 *   "recodes": [ "ageband = agea: lo thru 29 \"18–29\"; 30 thru hi \"30+\"" ],
 *   "mrsets": [ "langs = speaks_kk, speaks_ru, speaks_uz: 1" ]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-project-private.h"

/**
 * _dq_project_add_texts:
 * @builder: a builder inside an object
 * @member: the member's name
 * @texts: (nullable): the texts
 *
 * Writes @texts as an array of strings, when there are any.
 */
void
_dq_project_add_texts (JsonBuilder *builder,
                       const char  *member,
                       GStrv        texts)
{
  /* Projects without them are written as before. */
  if (texts == NULL || texts[0] == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    json_builder_add_string_value (builder, texts[i]);
  json_builder_end_array (builder);
}

/**
 * _dq_project_add_analysis_cases:
 * @builder: a builder inside the analysis object
 * @analysis: the analysis
 *
 * Writes the filter and the recodes, when there are any.
 */
void
_dq_project_add_analysis_cases (JsonBuilder *builder,
                                DqAnalysis  *analysis)
{
  GListModel *recodes = dq_analysis_get_recodes (analysis);
  GListModel *mrsets = dq_analysis_get_mrsets (analysis);
  g_auto(GStrv) mrset_texts = g_new0 (char *, g_list_model_get_n_items (mrsets) + 1);
  g_auto(GStrv) filters = dq_filter_dup_texts (dq_analysis_get_filter (analysis));
  g_auto(GStrv) recode_texts = g_new0 (char *, g_list_model_get_n_items (recodes) + 1);

  for (guint i = 0; i < g_list_model_get_n_items (recodes); i++)
    {
      g_autoptr(DqRecode) recode = g_list_model_get_item (recodes, i);

      recode_texts[i] = dq_recode_dup_text (recode);
    }

  for (guint i = 0; i < g_list_model_get_n_items (mrsets); i++)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (mrsets, i);

      mrset_texts[i] = dq_mrset_dup_text (set);
    }

  _dq_project_add_texts (builder, "filters", filters);
  _dq_project_add_texts (builder, "recodes", recode_texts);
  _dq_project_add_texts (builder, "mrsets", mrset_texts);
}

static void set_error (DqJsonReader  *reader,
                       GError       **error,
                       const char    *member,
                       const char    *format,
                       ...) G_GNUC_PRINTF (4, 5);

static void
set_error (DqJsonReader  *reader,
           GError       **error,
           const char    *member,
           const char    *format,
           ...)
{
  va_list args;

  va_start (args, format);
  dq_json_reader_set_error_valist (reader, error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT,
                                   member, format, args);
  va_end (args);
}

/* Names the element of the array whose text does not read. */
static gboolean
set_text_error (DqJsonReader  *reader,
                GError       **error,
                const char    *member,
                guint          index,
                const char    *message)
{
  g_autofree char *place = g_strdup_printf ("%s[%u]", member, index);

  set_error (reader, error, place, "%s", message);

  return FALSE;
}

/**
 * _dq_project_read_analysis_cases:
 * @reader: a reader inside the analysis object
 * @object: the analysis object
 * @analysis: the analysis to fill
 * @error: the place for an error
 *
 * Reads the filter and the recodes; each must read as the command line
 * would read it.
 *
 * Returns: %FALSE with @error set when one does not
 */
gboolean
_dq_project_read_analysis_cases (DqJsonReader  *reader,
                                 JsonObject    *object,
                                 DqAnalysis    *analysis,
                                 GError       **error)
{
  g_auto(GStrv) filters = NULL;
  g_auto(GStrv) recodes = NULL;
  g_auto(GStrv) mrsets = NULL;
  DqFilter *filter = dq_analysis_get_filter (analysis);

  if (!dq_json_reader_get_strv (reader, object, "filters", DQ_OPTIONAL, &filters, error) ||
      !dq_json_reader_get_strv (reader, object, "recodes", DQ_OPTIONAL, &recodes, error) ||
      !dq_json_reader_get_strv (reader, object, "mrsets", DQ_OPTIONAL, &mrsets, error))
    return FALSE;

  for (guint i = 0; filters != NULL && filters[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!dq_filter_add_text (filter, filters[i], &local_error))
        return set_text_error (reader, error, "filters", i, local_error->message);
    }

  for (guint i = 0; recodes != NULL && recodes[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(DqRecode) recode = dq_recode_new_from_text (recodes[i], &local_error);

      if (recode == NULL)
        return set_text_error (reader, error, "recodes", i, local_error->message);
      dq_analysis_add_recode (analysis, recode);
    }

  for (guint i = 0; mrsets != NULL && mrsets[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(DqMrset) set = dq_mrset_new_from_text (mrsets[i], &local_error);

      if (set == NULL)
        return set_text_error (reader, error, "mrsets", i, local_error->message);
      dq_analysis_add_mrset (analysis, set);
    }

  return TRUE;
}
