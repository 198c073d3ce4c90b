/* dq-map-view-private.h
 *
 * The words the map view and the map page both use for a centre, an
 * event, a cluster or a region: its kind, its groups, its place and its
 * description, in the map's language (dq-map-view-words.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-map-view.h"

G_BEGIN_DECLS

const char *_dq_map_view_kind_name  (const char         *kind,
                                     DqLanguage          language);
char       *_dq_map_view_dup_groups (DqDataset          *dataset,
                                     const char * const *group_ids,
                                     DqLanguage          language) G_GNUC_WARN_UNUSED_RESULT;
char       *_dq_map_view_dup_place  (DqDataset          *dataset,
                                     const char         *place_id,
                                     DqLanguage          language) G_GNUC_WARN_UNUSED_RESULT;

char       *_dq_map_view_describe_centre  (DqMap      *map,
                                           DqCentre   *centre) G_GNUC_WARN_UNUSED_RESULT;
char       *_dq_map_view_describe_event   (DqMap      *map,
                                           DqEvent    *event) G_GNUC_WARN_UNUSED_RESULT;
char       *_dq_map_view_describe_cluster (DqMap      *map,
                                           GListModel *members) G_GNUC_WARN_UNUSED_RESULT;
char       *_dq_map_view_describe_region  (DqMap      *map,
                                           const char *hasc) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
