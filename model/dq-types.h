/* dq-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DqCentre   DqCentre;
typedef struct _DqDataset  DqDataset;
typedef struct _DqDocument DqDocument;
typedef struct _DqEvent    DqEvent;
typedef struct _DqFigure   DqFigure;
typedef struct _DqGroup    DqGroup;
typedef struct _DqPlace    DqPlace;
typedef struct _DqQuestion DqQuestion;
typedef struct _DqSource   DqSource;
typedef struct _DqSurvey   DqSurvey;
typedef struct _DqText     DqText;

/**
 * DqLanguage:
 * @DQ_LANGUAGE_EN: English
 * @DQ_LANGUAGE_RU: Russian
 * @DQ_LANGUAGE_KK: Kazakh (Cyrillic)
 *
 * The languages of the interface, the data and the charts.
 */
typedef enum
{
  DQ_LANGUAGE_EN,
  DQ_LANGUAGE_RU,
  DQ_LANGUAGE_KK,
} DqLanguage;

#define DQ_N_LANGUAGES 3

/**
 * DqCentreKind:
 * @DQ_CENTRE_ETHNOCULTURAL_CENTRE: a centre of one people's culture
 * @DQ_CENTRE_ASSOCIATION: an ethno-cultural association
 * @DQ_CENTRE_CULTURAL_CENTRE: a foreign state's cultural centre
 * @DQ_CENTRE_FRIENDSHIP_HOUSE: a House of Friendship
 * @DQ_CENTRE_CONFUCIUS_INSTITUTE: a Confucius Institute
 * @DQ_CENTRE_MEMORIAL: a memorial
 * @DQ_CENTRE_INSTITUTION: another institution
 *
 * What a centre is, in the order of the map's legend. The nicks are the
 * dataset's names ("friendship-house").
 */
typedef enum
{
  DQ_CENTRE_ETHNOCULTURAL_CENTRE,
  DQ_CENTRE_ASSOCIATION,
  DQ_CENTRE_CULTURAL_CENTRE,
  DQ_CENTRE_FRIENDSHIP_HOUSE,
  DQ_CENTRE_CONFUCIUS_INSTITUTE,
  DQ_CENTRE_MEMORIAL,
  DQ_CENTRE_INSTITUTION,
} DqCentreKind;

#define DQ_N_CENTRE_KINDS (DQ_CENTRE_INSTITUTION + 1)

/**
 * DqUnit:
 * @DQ_UNIT_YEAR: a calendar year
 * @DQ_UNIT_MINUTES: a length of time in minutes (an interview's)
 * @DQ_UNIT_YEARS: a length of time in years (a sentence, a term)
 * @DQ_UNIT_TIMES: how many times one thing is another ("twice as often")
 *
 * What a figure counts.
 */
typedef enum
{
  DQ_UNIT_PERCENT,
  DQ_UNIT_COUNT,
  DQ_UNIT_PEOPLE,
  DQ_UNIT_YEAR,
  DQ_UNIT_USD,
  DQ_UNIT_TENGE,
  DQ_UNIT_PERCENT_POINTS,
  DQ_UNIT_MINUTES,
  DQ_UNIT_YEARS,
  DQ_UNIT_TIMES,
} DqUnit;

/**
 * DqBound:
 *
 * How a figure's value relates to the truth, as its source states it:
 * exactly, about, or as an upper or lower bound.
 */
typedef enum
{
  DQ_BOUND_EQ,
  DQ_BOUND_APPROX,
  DQ_BOUND_LT,
  DQ_BOUND_LE,
  DQ_BOUND_GT,
  DQ_BOUND_GE,
} DqBound;

/**
 * DqAnalysisChart:
 * @DQ_ANALYSIS_CHART_GROUPED: one bar per answer and group, with its
 *   confidence interval
 * @DQ_ANALYSIS_CHART_DIVERGING: the answers as a scale, its lower half
 *   negative and its upper half positive, one row of bars per group
 *
 * How an analysis of survey data is charted.
 */
typedef enum
{
  DQ_ANALYSIS_CHART_GROUPED,   /*< nick=grouped >*/
  DQ_ANALYSIS_CHART_DIVERGING, /*< nick=diverging >*/
} DqAnalysisChart;

G_END_DECLS

#include "dq-enums.h"
