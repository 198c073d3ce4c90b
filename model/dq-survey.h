/* dq-survey.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-figure.h"
#include "dq-question.h"
#include "dq-source.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_SURVEY (dq_survey_get_type ())

G_DECLARE_FINAL_TYPE (DqSurvey, dq_survey, DQ, SURVEY, GObject)

const char   *dq_survey_get_id               (DqSurvey   *self);
const DqText *dq_survey_get_name             (DqSurvey   *self);
const char   *dq_survey_get_document_id      (DqSurvey   *self);
const char   *dq_survey_get_fieldwork_start  (DqSurvey   *self);
const char   *dq_survey_get_fieldwork_end    (DqSurvey   *self);
DqSource     *dq_survey_get_fieldwork_source (DqSurvey   *self);
GListModel   *dq_survey_get_samples          (DqSurvey   *self);
DqFigure     *dq_survey_get_margin_of_error  (DqSurvey   *self);
GListModel   *dq_survey_get_questions        (DqSurvey   *self);
DqQuestion   *dq_survey_lookup_question      (DqSurvey   *self,
                                              const char *id);
DqFigure     *dq_survey_lookup_sample        (DqSurvey   *self,
                                              const char *country);

G_END_DECLS
