/* dq-respondent-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_TYPE_RESPONDENT_LIST (dq_respondent_list_get_type ())

G_DECLARE_FINAL_TYPE (DqRespondentList, dq_respondent_list, DQ, RESPONDENT_LIST, GObject)

DqRespondentList *dq_respondent_list_new      (DqSurveyData     *data) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData     *dq_respondent_list_get_data (DqRespondentList *self);
gsize             dq_respondent_list_get_row  (GObject          *item);
void              dq_respondent_list_row_changed (DqRespondentList *self,
                                                  gsize             row);

G_END_DECLS
