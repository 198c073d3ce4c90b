/* dq-chart-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-crosstab.h"
#include "dq-dataset.h"

G_BEGIN_DECLS

/**
 * DqIntervalMethod:
 * @DQ_INTERVAL_NORMAL: p ± 1.96·√(p(1−p)/n) on the stated sample size of
 *   each group
 * @DQ_INTERVAL_STATED: the intervals the source states with its figures
 * @DQ_INTERVAL_WILSON: Wilson 95 % intervals on each group's effective
 *   sample size, computed from microdata
 *
 * How the 95 % intervals of a chart source were found.
 */
typedef enum
{
  DQ_INTERVAL_NORMAL,
  DQ_INTERVAL_STATED,
  DQ_INTERVAL_WILSON,
} DqIntervalMethod;

#define DQ_TYPE_CHART_SOURCE (dq_chart_source_get_type ())

G_DECLARE_FINAL_TYPE (DqChartSource, dq_chart_source, DQ, CHART_SOURCE, GObject)

DqChartSource      *dq_chart_source_new_for_question     (DqDataset      *dataset,
                                                          DqSurvey       *survey,
                                                          DqQuestion     *question) G_GNUC_WARN_UNUSED_RESULT;
DqChartSource      *dq_chart_source_new_for_crosstab     (DqCrosstab     *crosstab,
                                                          DqAnalysisChart chart,
                                                          gboolean        reverse,
                                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
const char         *dq_chart_source_get_id               (DqChartSource  *self);
const DqText       *dq_chart_source_get_title            (DqChartSource  *self);
gboolean            dq_chart_source_is_diverging         (DqChartSource  *self);
guint               dq_chart_source_get_n_categories     (DqChartSource  *self);
const char         *dq_chart_source_get_category_id      (DqChartSource  *self,
                                                          guint           category);
const DqText       *dq_chart_source_get_category_label   (DqChartSource  *self,
                                                          guint           category);
const DqText       *dq_chart_source_lookup_category      (DqChartSource  *self,
                                                          const char     *id);
guint               dq_chart_source_get_n_groups         (DqChartSource  *self);
const char         *dq_chart_source_get_group            (DqChartSource  *self,
                                                          guint           group);
double              dq_chart_source_get_group_n          (DqChartSource  *self,
                                                          guint           group);
const char * const *dq_chart_source_get_subjects         (DqChartSource  *self);
GPtrArray          *dq_chart_source_get_figures          (DqChartSource  *self);
DqFigure           *dq_chart_source_lookup               (DqChartSource  *self,
                                                          const char     *group,
                                                          const char     *subject,
                                                          const char     *category);
double              dq_chart_source_get_value            (DqChartSource  *self,
                                                          DqFigure       *figure);
gboolean            dq_chart_source_get_interval         (DqChartSource  *self,
                                                          DqFigure       *figure,
                                                          double         *low,
                                                          double         *high);
DqIntervalMethod    dq_chart_source_get_interval_method  (DqChartSource  *self);
gboolean            dq_chart_source_is_from_table        (DqChartSource  *self);
const DqText       *dq_chart_source_get_survey_name      (DqChartSource  *self);
GPtrArray          *dq_chart_source_get_documents        (DqChartSource  *self);
DqDocument         *dq_chart_source_lookup_document      (DqChartSource  *self,
                                                          DqFigure       *figure);
DqCrosstab         *dq_chart_source_get_crosstab         (DqChartSource  *self);
const char         *dq_chart_source_get_file             (DqChartSource  *self);
const char         *dq_chart_source_get_weight           (DqChartSource  *self);
const char         *dq_chart_source_get_split_title      (DqChartSource  *self);
void                dq_chart_source_set_n_corrected_values (DqChartSource *self,
                                                            guint          n_values);
guint               dq_chart_source_get_n_corrected_values (DqChartSource *self);
void                dq_chart_source_set_filter_description (DqChartSource *self,
                                                            const char    *description);
const char         *dq_chart_source_get_filter_description (DqChartSource *self);
void                dq_chart_source_set_missing_codes    (DqChartSource  *self,
                                                          const double   *codes,
                                                          gsize           n_codes);
const double       *dq_chart_source_get_missing_codes    (DqChartSource  *self,
                                                          gsize          *n_codes);

G_END_DECLS
