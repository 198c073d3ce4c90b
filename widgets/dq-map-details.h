/* dq-map-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-dataset.h"

G_BEGIN_DECLS

#define DQ_TYPE_MAP_DETAILS (dq_map_details_get_type ())

G_DECLARE_FINAL_TYPE (DqMapDetails, dq_map_details, DQ, MAP_DETAILS, GtkBox)

GtkWidget  *dq_map_details_new       (void) G_GNUC_WARN_UNUSED_RESULT;
void        dq_map_details_show      (DqMapDetails *self,
                                      DqDataset    *dataset,
                                      DqLanguage    language,
                                      GObject      *item);
const char *dq_map_details_get_title (DqMapDetails *self);

G_END_DECLS
