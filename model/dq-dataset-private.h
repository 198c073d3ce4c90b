/* dq-dataset-private.h
 *
 * The loader's internal API: each record type reads itself from JSON.
 * The reader's path is at the object being read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-centre.h"
#include "dq-dataset.h"
#include "dq-document.h"
#include "dq-event.h"
#include "dq-figure.h"
#include "dq-group.h"
#include "dq-json-reader.h"
#include "dq-place.h"
#include "dq-question.h"
#include "dq-series.h"
#include "dq-source.h"
#include "dq-survey.h"

G_BEGIN_DECLS

/* Figures are read with or without the members of a survey answer. */
typedef enum
{
  DQ_FIGURE_PLAIN,
  DQ_FIGURE_SURVEY,
} DqFigureKind;

/* Country codes the format knows, for `country` and `subject`. */
extern const char * const _dq_country_codes[];

DqSource   *_dq_source_new_from_json   (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        const char    *member,
                                        GError       **error);
DqFigure   *_dq_figure_new_from_json   (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        DqFigureKind   kind,
                                        GError       **error);
GListStore *_dq_figures_from_json      (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        const char    *member,
                                        DqFigureKind   kind,
                                        GError       **error);
DqDocument *_dq_document_new_from_json (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqPlace    *_dq_place_new_from_json    (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqGroup    *_dq_group_new_from_json    (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqCentre   *_dq_centre_new_from_json   (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqQuestion *_dq_question_new_from_json (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqSurvey   *_dq_survey_new_from_json   (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
gboolean    _dq_statement_read         (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GPtrArray     *statements,
                                        GError       **error);
void        _dq_statement_free         (gpointer       data);
DqEvent    *_dq_event_new_from_json    (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
DqSeries   *_dq_series_new_from_json   (DqJsonReader  *reader,
                                        JsonObject    *object,
                                        GError       **error);
void        _dq_document_add_figure    (DqDocument    *self,
                                        DqFigure      *figure);
void        _dq_figure_set_context     (DqFigure      *figure,
                                        const char    *context);

G_END_DECLS
