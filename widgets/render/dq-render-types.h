/* dq-render-types.h
 *
 * The enums of the drawing core. Their GTypes and name tables come from
 * glib-mkenums (dq-render-enums.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DqChartKind:
 * @DQ_CHART_DIVERGING: attitude bars, positive right of zero, negative left
 * @DQ_CHART_GROUPED: bars per answer and country, with 95 % confidence
 *   intervals
 * @DQ_CHART_RANKED: horizontal bars, largest first
 * @DQ_CHART_COMPOSITION: one 100 % stacked bar
 * @DQ_CHART_LINE: values over time
 * @DQ_CHART_TYPOLOGY: the 2 × 2 typology of diaspora networks
 * @DQ_CHART_CENSUS: groups' counts or shares across the years of a series
 *   of tables (censuses), gaps as gaps and derived cells open
 * @DQ_CHART_TIMELINE: dated events on a time axis
 */
typedef enum
{
  DQ_CHART_DIVERGING,
  DQ_CHART_GROUPED,
  DQ_CHART_RANKED,
  DQ_CHART_COMPOSITION,
  DQ_CHART_LINE,
  DQ_CHART_TYPOLOGY,
  DQ_CHART_CENSUS,
  DQ_CHART_TIMELINE,
} DqChartKind;

/**
 * DqChartTopic:
 * @DQ_CHART_TOPIC_SURVEY: a question of an opinion survey
 * @DQ_CHART_TOPIC_GROUPS: ethnic groups and their diasporas: populations,
 *   series over time, the typology of networks
 *
 * What a chart is about, so that an interface can list it with its kind.
 */
typedef enum
{
  DQ_CHART_TOPIC_SURVEY,
  DQ_CHART_TOPIC_GROUPS,
} DqChartTopic;

/**
 * DqMapRegions:
 * @DQ_MAP_REGIONS_2024: Kazakhstan's regions after the reform of 2022
 *   (Abai, Jetisu, Ulytau; Turkistan region and the city of Shymkent since
 *   2018), as they are today
 * @DQ_MAP_REGIONS_PRE_2018: Kazakhstan's regions as divided before 2018,
 *   with South Kazakhstan region, for data that refers to them
 *
 * Which division of Kazakhstan the map draws; Uzbekistan's is the same in
 * both.
 */
typedef enum
{
  DQ_MAP_REGIONS_2024,
  DQ_MAP_REGIONS_PRE_2018,
} DqMapRegions;

/**
 * DqMarkKind:
 *
 * The shape of a mark of a scene.
 */
typedef enum
{
  DQ_MARK_RECT,
  DQ_MARK_LINE,
  DQ_MARK_PATH,
  DQ_MARK_CIRCLE,
  DQ_MARK_TEXT,
} DqMarkKind;

/**
 * DqMarkRole:
 *
 * What a mark of a scene shows. Tests and hit-testing tell marks apart by
 * it, and the SVG writer writes its nick as the element's class, so the
 * nicks are part of the SVG output: keep them.
 */
typedef enum
{
  DQ_MARK_ROLE_AXIS,
  DQ_MARK_ROLE_AXIS_LABEL,
  DQ_MARK_ROLE_AXIS_TITLE,
  DQ_MARK_ROLE_BACKGROUND,
  DQ_MARK_ROLE_BAR,
  DQ_MARK_ROLE_BOUND,
  DQ_MARK_ROLE_BOUND_ARROW,
  DQ_MARK_ROLE_CENTRE,
  DQ_MARK_ROLE_CLUSTER,
  DQ_MARK_ROLE_CLUSTER_LABEL,
  DQ_MARK_ROLE_CORRECTION,
  DQ_MARK_ROLE_COUNTRY,
  DQ_MARK_ROLE_COUNTRY_LABEL,
  DQ_MARK_ROLE_EMPTY_LABEL,
  DQ_MARK_ROLE_EVENT,
  DQ_MARK_ROLE_FRAME,
  DQ_MARK_ROLE_GAP,
  DQ_MARK_ROLE_GAP_LABEL,
  DQ_MARK_ROLE_GHOST,
  DQ_MARK_ROLE_GHOST_LABEL,
  DQ_MARK_ROLE_GRID,
  DQ_MARK_ROLE_GROUP,
  DQ_MARK_ROLE_GROUP_LABEL,
  DQ_MARK_ROLE_LABEL,
  DQ_MARK_ROLE_LEADER,
  DQ_MARK_ROLE_LEGEND,
  DQ_MARK_ROLE_LINE,
  DQ_MARK_ROLE_NEIGHBOUR,
  DQ_MARK_ROLE_NOTE,
  DQ_MARK_ROLE_PANEL_TITLE,
  DQ_MARK_ROLE_PERIOD,
  DQ_MARK_ROLE_PLACE,
  DQ_MARK_ROLE_PLACE_HIGHLIGHT,
  DQ_MARK_ROLE_PLACE_LABEL,
  DQ_MARK_ROLE_POINT,
  DQ_MARK_ROLE_QUADRANT,
  DQ_MARK_ROLE_QUADRANT_LABEL,
  DQ_MARK_ROLE_REGION,
  DQ_MARK_ROLE_REGION_CONTEXT,
  DQ_MARK_ROLE_REGION_HIGHLIGHT,
  DQ_MARK_ROLE_REGION_LABEL,
  DQ_MARK_ROLE_REMAINDER,
  DQ_MARK_ROLE_REMAINDER_LABEL,
  DQ_MARK_ROLE_ROW_LABEL,
  DQ_MARK_ROLE_SEGMENT_LABEL,
  DQ_MARK_ROLE_SHIFT,
  DQ_MARK_ROLE_SOURCE,
  DQ_MARK_ROLE_SUBTITLE,
  DQ_MARK_ROLE_TICK,
  DQ_MARK_ROLE_TICK_LABEL,
  DQ_MARK_ROLE_TITLE,
  DQ_MARK_ROLE_VALUE_LABEL,
  DQ_MARK_ROLE_WHISKER,
} DqMarkRole;

/**
 * DqLegendStyle:
 * @DQ_LEGEND_FILL: a filled square, for a series or a kind of bar
 * @DQ_LEGEND_OUTLINE: an outlined square, for a bound
 * @DQ_LEGEND_DASHED: a dashed square, for a gap in the data
 * @DQ_LEGEND_WHISKER: an error bar, for a confidence interval
 *
 * How a chart legend's swatch is drawn.
 */
typedef enum
{
  DQ_LEGEND_FILL,
  DQ_LEGEND_OUTLINE,
  DQ_LEGEND_DASHED,
  DQ_LEGEND_WHISKER,
} DqLegendStyle;

/**
 * DqTextAnchor:
 *
 * Which point of a text mark its x coordinate places.
 */
typedef enum
{
  DQ_TEXT_ANCHOR_START,
  DQ_TEXT_ANCHOR_MIDDLE,
  DQ_TEXT_ANCHOR_END,
} DqTextAnchor;

/**
 * DqPathOp:
 *
 * One step of a path mark.
 */
typedef enum
{
  DQ_PATH_MOVE,
  DQ_PATH_LINE,
  DQ_PATH_CLOSE,
} DqPathOp;

/**
 * DqExportFormat:
 * @DQ_EXPORT_PNG: a PNG image
 * @DQ_EXPORT_SVG: an SVG drawing with real text
 * @DQ_EXPORT_PDF: a PDF page
 *
 * The file formats a scene exports to; the nicks are the names of
 * `dostyq export --format`.
 */
typedef enum
{
  DQ_EXPORT_PNG,
  DQ_EXPORT_SVG,
  DQ_EXPORT_PDF,
} DqExportFormat;

G_END_DECLS

#include "dq-render-enums.h"
