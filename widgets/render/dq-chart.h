/* dq-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-chart-source.h"
#include "dq-dataset.h"
#include "dq-scene.h"

G_BEGIN_DECLS

/**
 * DqChartOptions:
 * @width: in scene units (1/96 inch)
 * @height: in scene units
 * @language: the language of the chart's text, independent of the
 *   interface's
 * @dark: the dark theme (screen); exports default to light
 * @max_height: 0 for a canvas of exactly @height; more, for a height that
 *   follows the chart's content: no taller than its content needs at the
 *   type size of @width × @height, no shorter than half @height, and as
 *   tall as @max_height where the content needs it rather than smaller
 *   type or fewer notes
 */
typedef struct
{
  double     width;
  double     height;
  DqLanguage language;
  gboolean   dark;
  double     max_height;
} DqChartOptions;

/**
 * DqSizePreset:
 * @name: the id of `dostyq export --size`
 * @label: its name in an interface, to be translated with gettext
 * @width: the width, in pixels or millimetres
 * @height: the height, in pixels or millimetres
 * @millimetres: whether the size is in millimetres
 * @dpi: the resolution of a PNG
 * @max_height: 0 for a fixed height; else the height is free: @height is
 *   the chart's usual height, and its content may make it shorter, or
 *   taller up to this, in the same unit
 *
 * An export size researchers ask for.
 */
typedef struct
{
  const char *name;
  const char *label;
  double      width;
  double      height;
  gboolean    millimetres;
  double      dpi;
  double      max_height;
} DqSizePreset;

const DqSizePreset *dq_size_presets           (guint              *n_presets);
const DqSizePreset *dq_size_preset_lookup     (const char         *name);
void                dq_size_preset_scene_size (const DqSizePreset *preset,
                                               double             *width,
                                               double             *height);
double              dq_size_preset_scene_max_height (const DqSizePreset *preset);

#define DQ_TYPE_CHART (dq_chart_get_type ())

G_DECLARE_FINAL_TYPE (DqChart, dq_chart, DQ, CHART, GObject)

GListModel    *dq_chart_list_for_dataset (DqDataset            *dataset) G_GNUC_WARN_UNUSED_RESULT;
DqChart       *dq_chart_new_for_source   (DqChartSource        *source) G_GNUC_WARN_UNUSED_RESULT;
DqChart       *dq_chart_lookup           (GListModel           *charts,
                                          const char           *id);
const char    *dq_chart_get_id           (DqChart              *self);
DqChartKind    dq_chart_get_kind         (DqChart              *self);
const DqText  *dq_chart_get_title        (DqChart              *self);
DqChartTopic   dq_chart_get_topic        (DqChart              *self);
DqDataset     *dq_chart_get_dataset      (DqChart              *self);
DqChartSource *dq_chart_get_source       (DqChart              *self);
GPtrArray     *dq_chart_get_figures      (DqChart              *self);
DqFigure      *dq_chart_lookup_figure    (DqChart              *self,
                                          const char           *id);
DqScene       *dq_chart_build_scene      (DqChart              *self,
                                          const DqChartOptions *options) G_GNUC_WARN_UNUSED_RESULT;
char          *dq_chart_to_csv           (DqChart              *self,
                                          DqLanguage            language) G_GNUC_WARN_UNUSED_RESULT;
gboolean       dq_chart_get_figure_ci    (DqChart              *self,
                                          DqFigure             *figure,
                                          double               *low,
                                          double               *high);
char          *dq_chart_describe_figure  (DqChart              *self,
                                          DqFigure             *figure,
                                          DqLanguage            language) G_GNUC_WARN_UNUSED_RESULT;
char          *dq_chart_dup_figure_label (DqChart              *self,
                                          DqFigure             *figure,
                                          DqLanguage            language) G_GNUC_WARN_UNUSED_RESULT;

/* The census chart (dq-chart-census.c) */
DqChart       *dq_chart_new_census        (DqDataset           *dataset,
                                           DqSeries            *series) G_GNUC_WARN_UNUSED_RESULT;
DqSeries      *dq_chart_get_series        (DqChart             *self);
GStrv          dq_chart_dup_series_groups (DqChart             *self) G_GNUC_WARN_UNUSED_RESULT;
const char * const *dq_chart_get_groups   (DqChart             *self);
gboolean       dq_chart_set_groups        (DqChart             *self,
                                           const char * const  *group_ids,
                                           GError             **error);
gboolean       dq_chart_get_shares        (DqChart             *self);
void           dq_chart_set_shares        (DqChart             *self,
                                           gboolean             shares);

/* The timeline (dq-chart-timeline.c) */
DqChart       *dq_chart_new_timeline      (DqDataset           *dataset) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray     *dq_chart_get_events        (DqChart             *self);
const char    *dq_chart_get_country       (DqChart             *self);
gboolean       dq_chart_set_filter        (DqChart             *self,
                                           const char          *group_id,
                                           const char          *country,
                                           GError             **error);
char          *dq_chart_describe_event    (DqChart             *self,
                                           DqEvent             *event,
                                           DqLanguage           language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
