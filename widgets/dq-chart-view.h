/* dq-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-chart.h"
#include "dq-scene-view.h"

G_BEGIN_DECLS

#define DQ_TYPE_CHART_VIEW (dq_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (DqChartView, dq_chart_view, DQ, CHART_VIEW, DqSceneView)

GtkWidget  *dq_chart_view_new          (void) G_GNUC_WARN_UNUSED_RESULT;
DqChart    *dq_chart_view_get_chart    (DqChartView *self);
void        dq_chart_view_set_chart    (DqChartView *self,
                                        DqChart     *chart);
DqLanguage  dq_chart_view_get_language (DqChartView *self);
void        dq_chart_view_set_language (DqChartView *self,
                                        DqLanguage   language);

G_END_DECLS
