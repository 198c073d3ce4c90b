/* dq-chart-strings.h
 *
 * The words charts print, in each chart language. They are chosen per
 * chart, not per process, so they live here rather than in the gettext
 * catalogue: an English interface exports a chart in Russian.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-types.h"

G_BEGIN_DECLS

typedef enum
{
  DQ_CHART_STRING_SOURCE,
  DQ_CHART_STRING_SOURCES,
  DQ_CHART_STRING_N_PER_COUNTRY,
  DQ_CHART_STRING_RESPONDENTS_IN,
  DQ_CHART_STRING_POSITIVE,
  DQ_CHART_STRING_NEGATIVE,
  DQ_CHART_STRING_REMAINDER,
  DQ_CHART_STRING_SHARE_PERCENT,
  DQ_CHART_STRING_CI_NOTE,
  DQ_CHART_STRING_BOUND_NOTE,
  DQ_CHART_STRING_GAP,
  DQ_CHART_STRING_GAP_NOTE,
  DQ_CHART_STRING_ATTITUDE_TITLE,
  DQ_CHART_STRING_ATTITUDE_SUBTITLE,
  DQ_CHART_STRING_REMAINDER_NOTE,
  DQ_CHART_STRING_POPULATION_TITLE,
  DQ_CHART_STRING_POPULATION_SUBTITLE,
  DQ_CHART_STRING_COMPOSITION_TITLE,
  DQ_CHART_STRING_OTHER_GROUPS,
  DQ_CHART_STRING_OTHER_GROUPS_NOTE,
  DQ_CHART_STRING_LEARNERS_TITLE,
  DQ_CHART_STRING_LEARNERS_SUBTITLE,
  DQ_CHART_STRING_PEOPLE,
  DQ_CHART_STRING_NOW,
  DQ_CHART_STRING_DASHED_NOTE,
  DQ_CHART_STRING_UNDATED_NOTE,
  DQ_CHART_STRING_TYPOLOGY_TITLE,
  DQ_CHART_STRING_TYPOLOGY_SUBTITLE,
  DQ_CHART_STRING_LIVED_EXPERIENCE,
  DQ_CHART_STRING_HOMELAND_ENGAGEMENT,
  DQ_CHART_STRING_NARROW,
  DQ_CHART_STRING_BROAD,
  DQ_CHART_STRING_LOW,
  DQ_CHART_STRING_HIGH,
  DQ_CHART_STRING_SYMBOLIC,
  DQ_CHART_STRING_NOMINAL,
  DQ_CHART_STRING_EXPRESSIVE,
  DQ_CHART_STRING_VALUED,
  DQ_CHART_STRING_NO_GROUP_PLACED,
  DQ_CHART_STRING_SHIFT_NOTE,
  DQ_CHART_STRING_SCHEMATIC_NOTE,
  DQ_CHART_STRING_YEAR_NOT_STATED,
  DQ_CHART_STRING_BOUND_LEGEND,
  DQ_CHART_STRING_CI_LEGEND,
  DQ_N_CHART_STRINGS
} DqChartString;

const char *dq_chart_string  (DqChartString  id,
                              DqLanguage     language);
char       *dq_chart_string_format (DqChartString  id,
                                    DqLanguage     language,
                                    const char    *arg1,
                                    const char    *arg2) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_country_name  (const char    *code,
                              DqLanguage     language);

G_END_DECLS
