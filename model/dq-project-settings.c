/* dq-project-settings.c
 *
 * Settings a project keeps for the window besides its analysis: which
 * percentages the crosstab shows, and the text answers the import dialog
 * declared missing, which are declared again each time the survey file is
 * read.
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
