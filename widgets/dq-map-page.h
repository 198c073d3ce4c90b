/* dq-map-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-dataset.h"
#include "dq-map-view.h"

G_BEGIN_DECLS

#define DQ_TYPE_MAP_PAGE (dq_map_page_get_type ())

G_DECLARE_FINAL_TYPE (DqMapPage, dq_map_page, DQ, MAP_PAGE, GtkWidget)

GtkWidget  *dq_map_page_new              (void) G_GNUC_WARN_UNUSED_RESULT;
DqDataset  *dq_map_page_get_dataset      (DqMapPage  *self);
void        dq_map_page_set_dataset      (DqMapPage  *self,
                                          DqDataset  *dataset);
DqLanguage  dq_map_page_get_map_language (DqMapPage  *self);
void        dq_map_page_set_map_language (DqMapPage  *self,
                                          DqLanguage  language);
const char *dq_map_page_get_group        (DqMapPage  *self);
void        dq_map_page_set_group        (DqMapPage  *self,
                                          const char *group_id);
void        dq_map_page_set_kind_shown   (DqMapPage  *self,
                                          const char *kind,
                                          gboolean    shown);
DqMap      *dq_map_page_get_map          (DqMapPage  *self);
DqMapView  *dq_map_page_get_map_view     (DqMapPage  *self);
GListModel *dq_map_page_get_unlocated    (DqMapPage  *self);
void        dq_map_page_show_details     (DqMapPage  *self,
                                          GObject    *item);
GObject    *dq_map_page_get_details_item (DqMapPage  *self);

G_END_DECLS
