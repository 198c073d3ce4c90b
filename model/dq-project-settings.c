/* dq-project-settings.c
 *
 * Settings a project keeps for the window besides its analysis: which
 * percentages the crosstab shows, the text answers the import dialog
 * declared missing, which are declared again each time the survey file is
 * read, and the name its edits are recorded under.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-project-private.h"

/**
 * dq_project_get_percent:
 * @self: a #DqProject
 *
 * Returns: which percentages the crosstab shows: of the column, of the row
 *   or of the whole table
 */
DqCrosstabPercent
dq_project_get_percent (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), DQ_CROSSTAB_PERCENT_COLUMN);

  return self->percent;
}

/**
 * dq_project_set_percent:
 * @self: a #DqProject
 * @percent: which percentages the crosstab shows
 *
 * A change is a change of the project, saved with it.
 */
void
dq_project_set_percent (DqProject         *self,
                        DqCrosstabPercent  percent)
{
  g_return_if_fail (DQ_IS_PROJECT (self));
  g_return_if_fail (percent <= DQ_CROSSTAB_PERCENT_TOTAL);

  if (self->percent == percent)
    return;

  self->percent = percent;
  _dq_project_changed (self);
}

/**
 * dq_project_get_missing_texts:
 * @self: a #DqProject
 *
 * Returns: (nullable) (array zero-terminated=1): the text answers declared
 *   missing when the data was imported, or %NULL for none
 */
const char * const *
dq_project_get_missing_texts (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return (const char * const *) self->missing_texts;
}

/**
 * dq_project_set_missing_texts:
 * @self: a #DqProject
 * @texts: (nullable) (array zero-terminated=1): text answers to declare
 *   missing, or %NULL for none
 *
 * Keeps the text answers the import dialog declared missing in the data,
 * so that opening the project declares them again. It does not change the
 * data: the dialog has declared them already.
 */
void
dq_project_set_missing_texts (DqProject          *self,
                              const char * const *texts)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  if (texts != NULL && texts[0] == NULL)
    texts = NULL;
  if (texts == NULL && self->missing_texts == NULL)
    return;
  if (texts != NULL && self->missing_texts != NULL &&
      g_strv_equal (texts, (const char * const *) self->missing_texts))
    return;

  g_strfreev (self->missing_texts);
  self->missing_texts = g_strdupv ((char **) texts);
  _dq_project_changed (self);
}

/**
 * dq_project_get_author:
 * @self: a #DqProject
 *
 * Returns: (nullable): the name new edits are recorded under
 */
const char *
dq_project_get_author (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->author;
}

/**
 * dq_project_set_author:
 * @self: a #DqProject
 * @author: (nullable): the name to record new edits under, as set in
 *   Preferences, or %NULL for none
 *
 * Each edit made from now on is kept with this name and its time; it is
 * not itself a change of the project.
 */
void
dq_project_set_author (DqProject  *self,
                       const char *author)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  if (author != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (author));

      g_free (self->author);
      self->author = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
    }
  else
    g_clear_pointer (&self->author, g_free);
}

/**
 * _dq_project_add_edit_stamp:
 * @builder: a builder inside an edit's object
 * @edit: the edit
 *
 * Writes when the edit was made, as "2026-12-06T11:05:00Z", and who made
 * it, when they are known.
 */
void
_dq_project_add_edit_stamp (JsonBuilder         *builder,
                            const DqProjectEdit *edit)
{
  if (edit->time != 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (edit->time);

      if (time != NULL)
        {
          g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

          json_builder_set_member_name (builder, "time");
          json_builder_add_string_value (builder, text);
        }
    }

  if (edit->author != NULL)
    {
      json_builder_set_member_name (builder, "author");
      json_builder_add_string_value (builder, edit->author);
    }
}

/**
 * _dq_project_read_edit_stamp:
 * @reader: a reader inside the edit's object
 * @object: the edit's object
 * @edit: the edit to fill
 * @error: the place for an error
 *
 * Reads when the edit was made and who made it; projects of earlier
 * versions say neither.
 *
 * Returns: %FALSE with @error set when the time is not one
 */
gboolean
_dq_project_read_edit_stamp (DqJsonReader   *reader,
                             JsonObject     *object,
                             DqProjectEdit  *edit,
                             GError        **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) time = NULL;

  if (!dq_json_reader_get_string (reader, object, "time", DQ_OPTIONAL, &text, error) ||
      !dq_json_reader_get_string (reader, object, "author", DQ_OPTIONAL, &edit->author, error))
    return FALSE;

  if (text == NULL)
    return TRUE;

  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "time",
                                _("“%s” is not a time such as 2026-12-06T11:05:00Z"), text);
      return FALSE;
    }
  edit->time = g_date_time_to_unix (time);

  return TRUE;
}
