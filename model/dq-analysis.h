/* dq-analysis.h
 *
 * What a researcher asks of their survey data: the crosstab of a row
 * variable by a column variable, weighted or not, with some codes counted
 * as missing, and how it is charted. The data page, a project and the
 * command line all fill one and compute from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-chart-source.h"
#include "dq-crosstab.h"
#include "dq-filter.h"
#include "dq-mrset.h"
#include "dq-recode.h"
#include "dq-survey-data.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_ANALYSIS_ERROR (dq_analysis_error_quark ())

/**
 * DqAnalysisError:
 * @DQ_ANALYSIS_ERROR_NO_ROW: no row variable is chosen
 * @DQ_ANALYSIS_ERROR_CHART: a chart name is not one of "grouped",
 *   "diverging" and "diverging-reversed"
 */
typedef enum
{
  DQ_ANALYSIS_ERROR_NO_ROW,
  DQ_ANALYSIS_ERROR_CHART,
} DqAnalysisError;

GQuark dq_analysis_error_quark (void);

#define DQ_TYPE_ANALYSIS (dq_analysis_get_type ())

G_DECLARE_FINAL_TYPE (DqAnalysis, dq_analysis, DQ, ANALYSIS, GObject)

DqAnalysis      *dq_analysis_new                 (void) G_GNUC_WARN_UNUSED_RESULT;

const char      *dq_analysis_get_row_variable    (DqAnalysis     *self);
void             dq_analysis_set_row_variable    (DqAnalysis     *self,
                                                  const char     *name);
const char      *dq_analysis_get_column_variable (DqAnalysis     *self);
void             dq_analysis_set_column_variable (DqAnalysis     *self,
                                                  const char     *name);
const char      *dq_analysis_get_weight          (DqAnalysis     *self);
void             dq_analysis_set_weight          (DqAnalysis     *self,
                                                  const char     *name);
const double    *dq_analysis_get_missing_codes   (DqAnalysis     *self,
                                                  guint          *n_codes);
void             dq_analysis_set_missing_codes   (DqAnalysis     *self,
                                                  const double   *codes,
                                                  guint           n_codes);
DqAnalysisChart  dq_analysis_get_chart           (DqAnalysis     *self);
void             dq_analysis_set_chart           (DqAnalysis     *self,
                                                  DqAnalysisChart chart);
gboolean         dq_analysis_get_reverse         (DqAnalysis     *self);
void             dq_analysis_set_reverse         (DqAnalysis     *self,
                                                  gboolean        reverse);

const char      *dq_analysis_get_chart_name      (DqAnalysis     *self);
gboolean         dq_analysis_set_chart_name      (DqAnalysis     *self,
                                                  const char     *name,
                                                  GError        **error);
gboolean         dq_analysis_forget_unknown      (DqAnalysis     *self,
                                                  DqSurveyData   *data);

DqFilter        *dq_analysis_get_filter          (DqAnalysis     *self);
guint8          *dq_analysis_make_mask           (DqAnalysis     *self,
                                                  DqSurveyData   *data,
                                                  gsize          *n_included,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv            dq_analysis_dup_variables       (DqAnalysis     *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *dq_analysis_get_recodes         (DqAnalysis     *self);
DqRecode        *dq_analysis_lookup_recode       (DqAnalysis     *self,
                                                  const char     *name);
void             dq_analysis_add_recode          (DqAnalysis     *self,
                                                  DqRecode       *recode);
void             dq_analysis_remove_recode       (DqAnalysis     *self,
                                                  guint           index);
GListModel      *dq_analysis_get_mrsets          (DqAnalysis     *self);
void             dq_analysis_add_mrset           (DqAnalysis     *self,
                                                  DqMrset        *set);
void             dq_analysis_remove_mrset        (DqAnalysis     *self,
                                                  guint           index);
DqMrsetTable    *dq_analysis_compute_mrset       (DqAnalysis     *self,
                                                  DqSurveyData   *data,
                                                  DqMrset        *set,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData    *dq_analysis_prepare_cases       (DqAnalysis     *self,
                                                  DqSurveyData   *data,
                                                  guint8        **include,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData    *dq_analysis_prepare_data        (DqAnalysis     *self,
                                                  DqSurveyData   *data,
                                                  gboolean        all_variables,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;

DqCrosstab      *dq_analysis_compute             (DqAnalysis     *self,
                                                  DqSurveyData   *data,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;
DqChartSource   *dq_analysis_chart_crosstab      (DqAnalysis     *self,
                                                  DqCrosstab     *crosstab,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
