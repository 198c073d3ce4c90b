/* dq-map-filter.h
 *
 * Which records the map draws: the kinds of centre, one country, a search
 * text, and the group that is highlighted while the rest steps back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-dataset.h"

G_BEGIN_DECLS

#define DQ_TYPE_MAP_FILTER (dq_map_filter_get_type ())

G_DECLARE_FINAL_TYPE (DqMapFilter, dq_map_filter, DQ, MAP_FILTER, GObject)

DqMapFilter        *dq_map_filter_new             (void) G_GNUC_WARN_UNUSED_RESULT;
DqDataset          *dq_map_filter_get_dataset     (DqMapFilter        *self);
void                dq_map_filter_set_dataset     (DqMapFilter        *self,
                                                   DqDataset          *dataset);
const char         *dq_map_filter_get_group       (DqMapFilter        *self);
void                dq_map_filter_set_group       (DqMapFilter        *self,
                                                   const char         *group_id);
const char * const *dq_map_filter_get_kinds       (DqMapFilter        *self);
void                dq_map_filter_set_kinds       (DqMapFilter        *self,
                                                   const char * const *kinds);
const char         *dq_map_filter_get_country     (DqMapFilter        *self);
void                dq_map_filter_set_country     (DqMapFilter        *self,
                                                   const char         *country);
const char         *dq_map_filter_get_search_text (DqMapFilter        *self);
void                dq_map_filter_set_search_text (DqMapFilter        *self,
                                                   const char         *text);
gboolean            dq_map_filter_match           (DqMapFilter        *self,
                                                   gpointer            record);
gboolean            dq_map_filter_is_related      (DqMapFilter        *self,
                                                   gpointer            record);

G_END_DECLS
