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
 */
typedef enum
{
  DQ_CHART_DIVERGING,
  DQ_CHART_GROUPED,
  DQ_CHART_RANKED,
  DQ_CHART_COMPOSITION,
  DQ_CHART_LINE,
  DQ_CHART_TYPOLOGY,
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
