/* dq-sources-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-dataset.h"

G_BEGIN_DECLS

#define DQ_TYPE_SOURCES_PAGE (dq_sources_page_get_type ())

G_DECLARE_FINAL_TYPE (DqSourcesPage, dq_sources_page, DQ, SOURCES_PAGE, GtkWidget)

GtkWidget  *dq_sources_page_new          (void) G_GNUC_WARN_UNUSED_RESULT;
DqDataset  *dq_sources_page_get_dataset  (DqSourcesPage *self);
void        dq_sources_page_set_dataset  (DqSourcesPage *self,
                                          DqDataset     *dataset);
void        dq_sources_page_set_search   (DqSourcesPage *self,
                                          const char    *text);
GListModel *dq_sources_page_get_figures  (DqSourcesPage *self);
void        dq_sources_page_select_document (DqSourcesPage *self,
                                             guint          position);

G_END_DECLS
