/* dq-map.h
 *
 * The map of centres and events across Kazakhstan and Uzbekistan: its
 * state (what to show, where to look) and its layout into a scene. It
 * knows nothing of GTK, like libshumate's viewport: the widget shows the
 * scene and the command line exports it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-basemap.h"
#include "dq-dataset.h"
#include "dq-map-filter.h"
#include "dq-map-viewport.h"
#include "dq-region-shares.h"
#include "dq-render-types.h"
#include "dq-scene.h"

G_BEGIN_DECLS

/* The zoom range, DQ_MAP_MIN_ZOOM … DQ_MAP_MAX_ZOOM, is the viewport's;
 * 1 shows both countries whole. */

/* From this zoom on, centres at one place are fanned out around it rather
 * than counted in a cluster. */
#define DQ_MAP_SPREAD_ZOOM 4.0

/* Centres closer than this on the canvas are merged into one cluster. */
#define DQ_MAP_CLUSTER_DISTANCE 14.0

/* The kind that stands for events in a kind filter. */
#define DQ_MAP_KIND_CONFLICT "conflict"

#define DQ_TYPE_MAP (dq_map_get_type ())

G_DECLARE_FINAL_TYPE (DqMap, dq_map, DQ, MAP, GObject)

DqMap              *dq_map_new              (DqDataset          *dataset) G_GNUC_WARN_UNUSED_RESULT;
DqDataset          *dq_map_get_dataset      (DqMap              *self);
void                dq_map_set_dataset      (DqMap              *self,
                                             DqDataset          *dataset);
DqLanguage          dq_map_get_language     (DqMap              *self);
void                dq_map_set_language     (DqMap              *self,
                                             DqLanguage          language);
const char         *dq_map_get_group        (DqMap              *self);
void                dq_map_set_group        (DqMap              *self,
                                             const char         *group_id);
const char * const *dq_map_get_kinds        (DqMap              *self);
void                dq_map_set_kinds        (DqMap              *self,
                                             const char * const *kinds);
const char         *dq_map_get_country      (DqMap              *self);
void                dq_map_set_country      (DqMap              *self,
                                             const char         *country);
const char         *dq_map_get_search_text  (DqMap              *self);
void                dq_map_set_search_text  (DqMap              *self,
                                             const char         *text);
double              dq_map_get_zoom         (DqMap              *self);
void                dq_map_set_zoom         (DqMap              *self,
                                             double              zoom);
void                dq_map_get_center       (DqMap              *self,
                                             double             *lon,
                                             double             *lat);
void                dq_map_set_center       (DqMap              *self,
                                             double              lon,
                                             double              lat);
DqMapFilter        *dq_map_get_filter       (DqMap              *self);
DqMapViewport      *dq_map_get_viewport     (DqMap              *self);
gboolean            dq_map_get_clustering   (DqMap              *self);
void                dq_map_set_clustering   (DqMap              *self,
                                             gboolean            clustering);
DqMapRegions        dq_map_get_regions      (DqMap              *self);
void                dq_map_set_regions      (DqMap              *self,
                                             DqMapRegions        regions);
gboolean            dq_map_get_shares       (DqMap              *self);
void                dq_map_set_shares       (DqMap              *self,
                                             gboolean            shares);
gboolean            dq_map_shows_shares     (DqMap              *self);
DqRegionShares     *dq_map_get_region_shares (DqMap             *self);
DqBasemap          *dq_map_get_basemap      (DqMap              *self);
GListModel         *dq_map_get_unlocated    (DqMap              *self);

DqScene            *dq_map_build_scene      (DqMap              *self,
                                             double              width,
                                             double              height,
                                             gboolean            dark) G_GNUC_WARN_UNUSED_RESULT;
DqScene            *dq_map_build_scene_full (DqMap              *self,
                                             double              width,
                                             double              height,
                                             double              max_height,
                                             gboolean            dark) G_GNUC_WARN_UNUSED_RESULT;
const char         *dq_map_lookup           (DqMap              *self,
                                             double              x,
                                             double              y);
const char         *dq_map_lookup_region    (DqMap              *self,
                                             double              x,
                                             double              y);
gboolean            dq_map_canvas_to_lonlat (DqMap              *self,
                                             double              x,
                                             double              y,
                                             double             *lon,
                                             double             *lat);
gboolean            dq_map_lonlat_to_canvas (DqMap              *self,
                                             double              lon,
                                             double              lat,
                                             double             *x,
                                             double             *y);

const char * const *dq_map_list_kinds       (void);

G_END_DECLS
