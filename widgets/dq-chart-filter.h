/* dq-chart-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-chart.h"

G_BEGIN_DECLS

#define DQ_TYPE_CHART_FILTER (dq_chart_filter_get_type ())

G_DECLARE_FINAL_TYPE (DqChartFilter, dq_chart_filter, DQ, CHART_FILTER, GtkWidget)

GtkWidget *dq_chart_filter_new       (void) G_GNUC_WARN_UNUSED_RESULT;
DqChart   *dq_chart_filter_get_chart (DqChartFilter *self);
void       dq_chart_filter_set_chart (DqChartFilter *self,
                                      DqChart       *chart);

G_END_DECLS
