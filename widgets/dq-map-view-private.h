/* dq-map-view-private.h
 *
 * The words the map view and the map page both use for a centre or an
 * event: its kind, its groups and its place, in the map's language.
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

G_END_DECLS
