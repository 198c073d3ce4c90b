/* dq-chart-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-chart-view.h"
#include "dq-chart-source.h"
#include "dq-dataset.h"

G_BEGIN_DECLS

#define DQ_TYPE_CHART_PAGE (dq_chart_page_get_type ())

G_DECLARE_FINAL_TYPE (DqChartPage, dq_chart_page, DQ, CHART_PAGE, GtkWidget)

GtkWidget   *dq_chart_page_new                (void) G_GNUC_WARN_UNUSED_RESULT;
DqDataset   *dq_chart_page_get_dataset        (DqChartPage *self);
void         dq_chart_page_set_dataset        (DqChartPage *self,
                                               DqDataset   *dataset);
void         dq_chart_page_set_source         (DqChartPage   *self,
                                               DqChartSource *source);
const char  *dq_chart_page_get_page           (DqChartPage *self);
void         dq_chart_page_set_page           (DqChartPage *self,
                                               const char  *page);
DqLanguage   dq_chart_page_get_chart_language (DqChartPage *self);
void         dq_chart_page_set_chart_language (DqChartPage *self,
                                               DqLanguage   language);
gboolean     dq_chart_page_get_show_data      (DqChartPage *self);
void         dq_chart_page_set_show_data      (DqChartPage *self,
                                               gboolean     show_data);
GListModel  *dq_chart_page_get_charts         (DqChartPage *self);
void         dq_chart_page_select_chart       (DqChartPage *self,
                                               guint        position);
DqChart     *dq_chart_page_get_selected_chart (DqChartPage *self);
DqChartView *dq_chart_page_get_chart_view     (DqChartPage *self);
GListModel  *dq_chart_page_get_data           (DqChartPage *self);

G_END_DECLS
