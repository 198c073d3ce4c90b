/* dq-map-private.h
 *
 * What the parts of the map share: the map's state, the records it can
 * draw, a scene being laid out, and the functions of each part (items and
 * clustering, symbols, labels, legend, the scene and its hit-testing
 * grid). Also hooks for tests and benchmarks, not for the widget or the
 * command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-frame.h"
#include "dq-map.h"
#include "dq-map-filter.h"
#include "dq-map-viewport.h"
#include "dq-projection.h"
#include "dq-theme.h"

G_BEGIN_DECLS

/* The side of a cell of the hit-testing grid, in scene units. */
#define DQ_MAP_INDEX_CELL 32.0

/* A centre or an event that has a position. */
typedef struct
{
  char               *id;
  const DqText       *name;
  DqText             *owned_name;
  /* What a centre is; an event's is ignored */
  DqCentreKind        kind;
  const char * const *groups;
  const char         *synthetic_groups[2];
  DqPlace            *place;
  DqSource           *source;
  double              lon;
  double              lat;
  int                 color;
  guint               is_event : 1;
  guint               synthetic : 1;
} DqMapItem;

/* Where an item is drawn, once the view is known. */
typedef struct
{
  DqMapItem *item;
  double     x;
  double     y;
  /* The place it belongs to, when fanned out around it. */
  double     anchor_x;
  double     anchor_y;
  int        cluster;
  guint      related : 1;
  guint      spread : 1;
} DqMapSymbol;

typedef struct
{
  double  x;
  double  y;
  double  sum_x;
  double  sum_y;
  /* DqMapSymbol indices */
  GArray *members;
} DqMapCluster;

/* A box that labels must not cover. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} DqMapBox;

struct _DqMap
{
  GObject        parent_instance;

  /* Owned */
  DqDataset     *dataset;
  DqBasemap     *basemap;
  DqRegionShares *region_shares;
  DqMapFilter   *filter;
  GListStore    *unlocated;
  /* DqMapItem, all located centres and events, real then synthetic */
  GPtrArray     *items;
  /* group id → palette index */
  GHashTable    *group_colors;
  guint          n_synthetic;

  DqMapViewport *viewport;
  /* Set while a setter moves the viewport, which reports "changed" once */
  guint          moving;
  gboolean       moved;

  DqLanguage     language;
  gboolean       clustering;
  DqMapRegions   regions;
  gboolean       shares;

  /* The last scene built, its view and its hit-testing grid */
  DqScene       *scene;
  DqViewport     view;
  gboolean       has_view;
  int            index_columns;
  int            index_rows;
  /* For each cell, where its entries start in index_entries; one more
   * than the number of cells. */
  GArray        *index_starts;
  /* guint mark indices, ascending within each cell */
  GArray        *index_entries;
};

/* A scene being laid out: the frame, the map area and what is drawn in it */
typedef struct
{
  DqMap         *map;
  /* The scene, its theme and type scale, and the title and footer */
  DqFrame        frame;
  /* Sizes for places and the legend, regions, clusters' counts; symbols */
  double         font_label;
  double         font_region;
  double         font_count;
  double         radius;
  /* The map area */
  double         left;
  double         top;
  double         right;
  double         bottom;
  DqViewport     viewport;
  /* DqMapItem, those that pass the filters */
  GPtrArray     *items;
  GArray        *symbols;
  GArray        *clusters;
  /* Boxes that labels avoid: symbols, then labels as they are placed */
  GArray        *obstacles;
  /* guint, the marks that the hit-testing grid holds */
  GArray        *hit_marks;
  /* Region codes and place ids where the selected group is concentrated */
  GHashTable    *highlight;
  GHashTable    *context;
  GHashTable    *highlight_places;
  DqColor        highlight_color;
  /* Where the notes and sources start when they sit under the legend
   * beside the map; 0 when they run across the foot of the canvas */
  double         footer_left;
  /* Whether the legend leaves out the kinds, for want of room */
  gboolean       short_legend;
  gboolean       free_height;
  gboolean       has_clusters;
  gboolean       has_context;
  /* Whether regions show the group's share rather than its concentration */
  gboolean       shares;
} DqMapLayout;

/* The map */
void           _dq_map_changed           (DqMap              *self);
void           _dq_map_update_unlocated  (DqMap              *self);
gboolean       _dq_map_draws_event       (DqEvent            *event);
void           _dq_map_set_extra_centres (DqMap              *self,
                                          guint               n_centres,
                                          guint32             seed);

/* The filter */
gboolean       _dq_map_filter_passes     (DqMapFilter        *self,
                                          DqCentreKind        kind,
                                          gboolean            is_event,
                                          const DqText       *name,
                                          DqPlace            *place,
                                          const char * const *groups);
gboolean       _dq_map_filter_relates    (DqMapFilter        *self,
                                          const char * const *groups);

/* The viewport */
void           _dq_map_viewport_compute  (DqMapViewport      *self,
                                          double              left,
                                          double              top,
                                          DqViewport         *view);

/* Items and clusters */
void           _dq_map_item_free         (gpointer            data);
void           _dq_map_rebuild_items     (DqMap              *self);
int            _dq_map_item_color        (DqMap              *self,
                                          const DqMapItem    *item);
void           _dq_map_select_items      (DqMapLayout        *layout);
void           _dq_map_place_symbols     (DqMapLayout        *layout);
void           _dq_map_cluster_clear     (gpointer            data);

/* Symbols */
DqColor        _dq_map_with_alpha        (DqColor             color,
                                          double              alpha);
void           _dq_map_add_obstacle      (DqMapLayout        *layout,
                                          double              x,
                                          double              y,
                                          double              radius);
DqMark        *_dq_map_add_symbol        (DqScene            *scene,
                                          DqMarkRole          role,
                                          DqCentreKind        kind,
                                          gboolean            is_event,
                                          double              x,
                                          double              y,
                                          double              r,
                                          const DqColor      *fill,
                                          const DqColor      *outline);
double         _dq_map_cluster_radius    (const DqMapLayout  *layout,
                                          guint               count);
void           _dq_map_draw_places       (DqMapLayout        *layout);
void           _dq_map_draw_symbols      (DqMapLayout        *layout);

/* The choropleth of shares */
DqColor        _dq_map_share_color       (guint               share_class);
const DqRegionShare *_dq_map_region_share (DqMapLayout       *layout,
                                          const DqBasemapArea *area);
void           _dq_map_add_hatching      (DqMapLayout        *layout,
                                          DqMark             *mark,
                                          const DqBasemapArea *area);
char          *_dq_map_share_label       (DqMapLayout        *layout,
                                          const DqBasemapArea *area,
                                          gboolean            with_year);
GPtrArray     *_dq_map_share_summary     (DqMapLayout        *layout,
                                          gboolean            classes[DQ_N_SHARE_CLASSES],
                                          guint              *n_missing);
char          *_dq_map_share_class_label (DqMapLayout        *layout,
                                          guint               share_class);
char          *_dq_map_share_kind_label  (DqMapLayout        *layout,
                                          const DqRegionShare *share);

/* Labels */
void           _dq_map_place_labels      (DqMapLayout        *layout);

/* The legend: entries measured, sent down columns, then drawn */
GArray        *_dq_map_legend_entries    (DqMapLayout        *layout,
                                          gboolean            with_clusters);
double         _dq_map_measure_entries   (DqMapLayout        *layout,
                                          GArray             *entries,
                                          double              column_width);
guint          _dq_map_flow_entries      (GArray             *entries,
                                          double              max_height,
                                          double             *used_height);
void           _dq_map_draw_entries      (DqMapLayout        *layout,
                                          GArray             *entries,
                                          double              left,
                                          double              top,
                                          double              column_width,
                                          double              column_gap);

G_END_DECLS
