/* dq-series-strings.h
 *
 * The words the census chart and the timeline print, in each chart
 * language, taken from po/ at build time like the other charts' words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-types.h"

G_BEGIN_DECLS

typedef enum
{
  DQ_SERIES_STRING_COUNT_SUBTITLE,
  DQ_SERIES_STRING_SHARE_SUBTITLE,
  DQ_SERIES_STRING_GAP_NOTE,
  DQ_SERIES_STRING_DERIVED_NOTE,
  DQ_SERIES_STRING_DERIVED_LEGEND,
  DQ_SERIES_STRING_SHARE_NOTE,
  DQ_SERIES_STRING_NO_FIGURE,
  DQ_SERIES_STRING_DERIVED_SUM,
  DQ_SERIES_STRING_NO_GROUP,
  DQ_SERIES_STRING_TIMELINE_TITLE,
  DQ_SERIES_STRING_TIMELINE_SUBTITLE,
  DQ_SERIES_STRING_ONLY,
  DQ_SERIES_STRING_UNLABELLED_NOTE,
  DQ_SERIES_STRING_UNDATED_NOTE,
  DQ_SERIES_STRING_NO_EVENTS,
  DQ_SERIES_STRING_PERIOD_NOTE,
  DQ_SERIES_STRING_FAMILY_VIOLENCE,
  DQ_SERIES_STRING_FAMILY_PEOPLE,
  DQ_SERIES_STRING_FAMILY_STATE,
  DQ_SERIES_STRING_FAMILY_PUBLIC,
  DQ_SERIES_STRING_FAMILY_RESEARCH,
  DQ_SERIES_STRING_FAMILY_OTHER,
  DQ_N_SERIES_STRINGS
} DqSeriesString;

const char *dq_series_string        (DqSeriesString  id,
                                     DqLanguage      language);
char       *dq_series_string_format (DqSeriesString  id,
                                     DqLanguage      language,
                                     const char     *arg) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_event_kind_name      (const char     *kind,
                                     DqLanguage      language);
DqSeriesString dq_event_kind_family (const char     *kind);

G_END_DECLS
