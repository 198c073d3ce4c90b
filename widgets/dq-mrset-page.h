/* dq-mrset-page.h
 *
 * The multiple-response sets of the analysis in the window: define one,
 * and see its weighted table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-analysis.h"

G_BEGIN_DECLS

#define DQ_TYPE_MRSET_PAGE (dq_mrset_page_get_type ())

G_DECLARE_FINAL_TYPE (DqMrsetPage, dq_mrset_page, DQ, MRSET_PAGE, GtkWidget)

GtkWidget          *dq_mrset_page_new        (void) G_GNUC_WARN_UNUSED_RESULT;
void                dq_mrset_page_show       (DqMrsetPage  *self,
                                              DqAnalysis   *analysis,
                                              DqSurveyData *data);
DqMrset            *dq_mrset_page_get_set    (DqMrsetPage  *self);
const DqMrsetTable *dq_mrset_page_get_table  (DqMrsetPage  *self);
void                dq_mrset_page_select     (DqMrsetPage  *self,
                                              const char   *name);

G_END_DECLS
