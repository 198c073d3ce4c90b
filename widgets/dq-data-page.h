/* dq-data-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-chart-page.h"
#include "dq-crosstab.h"
#include "dq-project.h"

G_BEGIN_DECLS

#define DQ_TYPE_DATA_PAGE (dq_data_page_get_type ())

G_DECLARE_FINAL_TYPE (DqDataPage, dq_data_page, DQ, DATA_PAGE, GtkWidget)

GtkWidget   *dq_data_page_new            (void) G_GNUC_WARN_UNUSED_RESULT;
DqProject   *dq_data_page_get_project    (DqDataPage *self);
void         dq_data_page_set_project    (DqDataPage *self,
                                          DqProject  *project);
DqCrosstab  *dq_data_page_get_crosstab   (DqDataPage *self);
DqChartPage *dq_data_page_get_chart_page (DqDataPage *self);
GListModel  *dq_data_page_get_respondents (DqDataPage *self);
void         dq_data_page_set_view       (DqDataPage *self,
                                          const char *name);

G_END_DECLS
