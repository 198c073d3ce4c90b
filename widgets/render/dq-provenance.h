/* dq-provenance.h
 *
 * Where an exported figure comes from, written into the file itself: PNG
 * iTXt chunks, SVG Dublin Core metadata and PDF document information.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dq-chart.h"
#include "dq-scene.h"

G_BEGIN_DECLS

/**
 * DqProvenance:
 * @title: the figure's title
 * @description: what a screen reader is told: the title, each value, the
 *   source
 * @source: the source line, as the figure prints it
 * @documents: the ids of the documents its figures quote
 * @licence: the terms of its sources, "cab-2021: not stated; …"
 * @language: the figure's language code
 * @keywords: comma-separated keywords: the chart's id and kind
 * @software: "Dostyq" and its version
 * @dataset_version: the version of the dataset its figures come from
 * @created: when it was made, seconds since 1970 (UTC); from
 *   `SOURCE_DATE_EPOCH` when that is set, so that two runs write the same
 *   bytes
 *
 * Strings are owned; any may be %NULL.
 */
typedef struct
{
  char   *title;
  char   *description;
  char   *source;
  GStrv   documents;
  char   *licence;
  char   *language;
  char   *keywords;
  char   *software;
  char   *dataset_version;
  gint64  created;
} DqProvenance;

DqProvenance *dq_provenance_new_for_scene (DqScene            *scene) G_GNUC_WARN_UNUSED_RESULT;
DqProvenance *dq_provenance_new_for_chart (DqChart            *chart,
                                           DqScene            *scene) G_GNUC_WARN_UNUSED_RESULT;
void          dq_provenance_free          (DqProvenance       *self);
char         *dq_provenance_dup_date      (const DqProvenance *self) G_GNUC_WARN_UNUSED_RESULT;
gint64        dq_provenance_get_now       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqProvenance, dq_provenance_free)

G_END_DECLS
