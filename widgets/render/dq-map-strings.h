/* dq-map-strings.h
 *
 * The words the map prints, in each map language. Like the chart words
 * (dq-chart-strings.h) they are chosen per map, not per process: an
 * English interface exports a map in Kazakh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-types.h"

G_BEGIN_DECLS

typedef enum
{
  DQ_MAP_STRING_TITLE,
  DQ_MAP_STRING_SUBTITLE,
  DQ_MAP_STRING_SUBTITLE_GROUP,
  DQ_MAP_STRING_SUBTITLE_GROUP_NONE,
  DQ_MAP_STRING_LEGEND_KINDS,
  DQ_MAP_STRING_LEGEND_GROUPS,
  DQ_MAP_STRING_LEGEND_REGIONS,
  DQ_MAP_STRING_CONFLICT,
  DQ_MAP_STRING_CLUSTER,
  DQ_MAP_STRING_SEVERAL_GROUPS,
  DQ_MAP_STRING_CONCENTRATION,
  DQ_MAP_STRING_CONCENTRATION_CONTEXT,
  DQ_MAP_STRING_CONCENTRATION_PLACE,
  DQ_MAP_STRING_NOT_LOCATED,
  DQ_MAP_STRING_NOT_LOCATED_COUNT,
  DQ_MAP_STRING_SOURCE,
  DQ_MAP_STRING_SYNTHETIC,
  DQ_MAP_STRING_SYNTHETIC_NAME,
  DQ_MAP_STRING_SUBTITLE_2024,
  DQ_MAP_STRING_SOURCE_2024,
  DQ_MAP_STRING_NOTE_PRE_2018,
  DQ_MAP_STRING_SHARES_SUBTITLE,
  DQ_MAP_STRING_SHARES_SUBTITLE_NONE,
  DQ_MAP_STRING_SHARES_LEGEND,
  DQ_MAP_STRING_SHARES_UNDER,
  DQ_MAP_STRING_SHARES_OVER,
  DQ_MAP_STRING_SHARES_NO_DATA,
  DQ_MAP_STRING_SHARES_CENSUS,
  DQ_MAP_STRING_SHARES_ESTIMATE,
  DQ_MAP_STRING_SHARES_UNSTATED,
  DQ_MAP_STRING_SHARES_NO_CENSUS_UZ,
  DQ_N_MAP_STRINGS
} DqMapString;

const char *dq_map_string            (DqMapString  id,
                                      DqLanguage   language);
char       *dq_map_string_format     (DqMapString  id,
                                      DqLanguage   language,
                                      const char  *arg) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_map_centre_kind_name  (const char  *kind,
                                      DqLanguage   language);

G_END_DECLS
