/* dq-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-chart.h"

G_BEGIN_DECLS

#define DQ_TYPE_CHART_VIEW (dq_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (DqChartView, dq_chart_view, DQ, CHART_VIEW, GtkWidget)

GtkWidget  *dq_chart_view_new                (void) G_GNUC_WARN_UNUSED_RESULT;
DqChart    *dq_chart_view_get_chart          (DqChartView *self);
void        dq_chart_view_set_chart          (DqChartView *self,
                                              DqChart     *chart);
DqLanguage  dq_chart_view_get_language       (DqChartView *self);
void        dq_chart_view_set_language       (DqChartView *self,
                                              DqLanguage   language);
gboolean    dq_chart_view_get_dark           (DqChartView *self);
void        dq_chart_view_set_dark           (DqChartView *self,
                                              gboolean     dark);
DqScene    *dq_chart_view_get_scene          (DqChartView *self);
const char *dq_chart_view_get_focused_datum  (DqChartView *self);
gboolean    dq_chart_view_move_focus         (DqChartView *self,
                                              int          delta);
char       *dq_chart_view_describe_at        (DqChartView *self,
                                              double       x,
                                              double       y) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
