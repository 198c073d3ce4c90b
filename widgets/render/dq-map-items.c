/* dq-map-items.c
 *
 * The records the map can draw: located centres and events collected from
 * the dataset with their group colours, those that pass the filter, and
 * their symbols placed on the canvas, fanned out or merged into clusters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"

/* Items */

static void
assign_colors (DqMap *self)
{
  GListModel *groups = dq_dataset_get_groups (self->dataset);
  guint n = g_list_model_get_n_items (groups);
  guint next = 0;

  /* Groups that have a located centre or event of their own come first,
   * so that the map's few groups get distinct colours; the rest follow.
   * The order depends on the dataset only, never on filters, so a group
   * keeps its colour while the reader filters and zooms. */
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
          const char *id = dq_group_get_id (group);
          gboolean placed = FALSE;

          if (g_hash_table_contains (self->group_colors, id))
            continue;

          for (guint k = 0; k < self->items->len && !placed; k++)
            {
              const DqMapItem *item = g_ptr_array_index (self->items, k);

              placed = !item->synthetic && item->groups != NULL && item->groups[0] != NULL &&
                       item->groups[1] == NULL && g_str_equal (item->groups[0], id);
            }

          if (placed || pass == 1)
            g_hash_table_insert (self->group_colors, g_strdup (id),
                                 GINT_TO_POINTER (next++ % DQ_THEME_N_GROUP_COLORS));
        }
    }
}

int
_dq_map_item_color (DqMap           *self,
                    const DqMapItem *item)
{
  gpointer value;

  /* A centre of several groups, or of all, is drawn in the neutral colour:
   * no one group's colour would be true of it. */
  if (item->groups == NULL || item->groups[0] == NULL || item->groups[1] != NULL)
    return -1;

  if (g_hash_table_lookup_extended (self->group_colors, item->groups[0], NULL, &value))
    return GPOINTER_TO_INT (value);

  return -1;
}

static void
add_item (DqMap              *self,
          const char         *id,
          const DqText       *name,
          DqCentreKind        kind,
          const char * const *groups,
          DqPlace            *place,
          DqSource           *source,
          gboolean            is_event)
{
  DqMapItem *item = g_new0 (DqMapItem, 1);

  item->id = g_strdup (id);
  item->name = name;
  item->kind = kind;
  item->groups = groups;
  item->place = place;
  item->source = source;
  item->lon = dq_place_get_longitude (place);
  item->lat = dq_place_get_latitude (place);
  item->is_event = is_event;
  g_ptr_array_add (self->items, item);
}

void
_dq_map_rebuild_items (DqMap *self)
{
  g_ptr_array_set_size (self->items, 0);
  g_hash_table_remove_all (self->group_colors);
  self->n_synthetic = 0;

  if (self->dataset != NULL)
    {
      GListModel *centres = dq_dataset_get_centres (self->dataset);
      GListModel *events = dq_dataset_get_events (self->dataset);

      for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
        {
          g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);
          const char *place_id = dq_centre_get_place_id (centre);
          DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (self->dataset,
                                                                       place_id) : NULL;

          if (place != NULL && dq_place_is_located (place))
            add_item (self, dq_centre_get_id (centre), dq_centre_get_name (centre),
                      dq_centre_get_kind (centre),
                      dq_centre_get_group_ids (centre), place, dq_centre_get_source (centre),
                      FALSE);
        }

      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(DqEvent) event = g_list_model_get_item (events, i);
          const char *place_id = dq_event_get_place_id (event);
          DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (self->dataset,
                                                                       place_id) : NULL;

          if (place != NULL && dq_place_is_located (place) && _dq_map_draws_event (event))
            add_item (self, dq_event_get_id (event), dq_event_get_name (event),
                      0, dq_event_get_group_ids (event), place,
                      dq_event_get_source (event), TRUE);
        }

      assign_colors (self);
      for (guint i = 0; i < self->items->len; i++)
        {
          DqMapItem *item = g_ptr_array_index (self->items, i);

          item->color = _dq_map_item_color (self, item);
        }
    }

  _dq_map_update_unlocated (self);
}

static gboolean
item_is_related (DqMap           *self,
                 const DqMapItem *item)
{
  return _dq_map_filter_relates (self->filter, item->groups);
}

/* Symbols and clusters */

static gint64
cell_key (double x,
          double y,
          double size)
{
  gint64 cx = (gint64) floor (x / size);
  gint64 cy = (gint64) floor (y / size);

  return (cx << 32) ^ (cy & 0xffffffff);
}

/* Each item in view becomes a symbol at its place. */
static void
project_items (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  double pad = layout->radius * 2;

  for (guint i = 0; i < layout->items->len; i++)
    {
      DqMapItem *item = g_ptr_array_index (layout->items, i);
      DqMapSymbol symbol = { item, 0, 0, 0, 0, -1, item_is_related (self, item), FALSE };

      dq_viewport_to_canvas (&layout->viewport, item->lon, item->lat, &symbol.x, &symbol.y);
      symbol.anchor_x = symbol.x;
      symbol.anchor_y = symbol.y;
      /* Off the view: neither drawn nor clustered. */
      if (symbol.x < layout->left - pad || symbol.x > layout->right + pad ||
          symbol.y < layout->top - pad || symbol.y > layout->bottom + pad)
        continue;
      g_array_append_val (layout->symbols, symbol);
    }
}

/* Records at one place would hide each other whatever the zoom: once they
 * are not clustered, fan them out on a ring around the place, with room
 * for each symbol and a gap wider than the clustering distance. */
static void
spread_symbols (DqMapLayout *layout)
{
  g_autoptr(GHashTable) by_place = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                          NULL, (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < layout->symbols->len; i++)
    {
      DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol, i);
      GArray *members;

      if (symbol->item->synthetic)
        continue;
      members = g_hash_table_lookup (by_place, symbol->item->place);
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_place, symbol->item->place, members);
        }
      g_array_append_val (members, i);
    }

  g_hash_table_iter_init (&iter, by_place);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *members = value;
      double step = MAX (2.6 * layout->radius + 2, DQ_MAP_CLUSTER_DISTANCE + 1);
      double ring;

      if (members->len < 2)
        continue;
      ring = MAX (step * members->len / (2 * G_PI), 2 * layout->radius);
      for (guint k = 0; k < members->len; k++)
        {
          DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol,
                                                g_array_index (members, guint, k));
          double angle = 2 * G_PI * k / members->len;

          symbol->x = symbol->anchor_x + ring * sin (angle);
          symbol->y = symbol->anchor_y - ring * cos (angle);
          symbol->spread = TRUE;
        }
    }
}

/* The nearest cluster seed within the clustering distance of a point, or
 * -1, looked up in the cells around it. */
static int
nearest_seed (DqMapLayout *layout,
              GHashTable  *cells,
              double       x,
              double       y)
{
  double best = DQ_MAP_CLUSTER_DISTANCE;
  int found = -1;

  for (int dx = -1; dx <= 1; dx++)
    {
      for (int dy = -1; dy <= 1; dy++)
        {
          gint64 key = cell_key (x + dx * DQ_MAP_CLUSTER_DISTANCE,
                                 y + dy * DQ_MAP_CLUSTER_DISTANCE, DQ_MAP_CLUSTER_DISTANCE);
          GArray *seeds = g_hash_table_lookup (cells, &key);

          for (guint k = 0; seeds != NULL && k < seeds->len; k++)
            {
              int c = g_array_index (seeds, int, k);
              const DqMapCluster *cluster = &g_array_index (layout->clusters, DqMapCluster, c);
              double d = hypot (cluster->x - x, cluster->y - y);

              if (d < best || (d == best && found < 0))
                {
                  best = d;
                  found = c;
                }
            }
        }
    }

  return found;
}

static int
add_seed (DqMapLayout *layout,
          GHashTable  *cells,
          double       x,
          double       y)
{
  DqMapCluster cluster = { x, y, 0, 0, g_array_new (FALSE, FALSE, sizeof (guint)) };
  gint64 key = cell_key (x, y, DQ_MAP_CLUSTER_DISTANCE);
  GArray *seeds = g_hash_table_lookup (cells, &key);
  int index = layout->clusters->len;

  if (seeds == NULL)
    {
      seeds = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (cells, g_memdup2 (&key, sizeof key), seeds);
    }
  g_array_append_val (seeds, index);
  g_array_append_val (layout->clusters, cluster);

  return index;
}

/* Greedy clustering on a grid of cells as wide as the distance: each
 * centre joins the nearest cluster seed within the distance, or seeds a
 * new one. Events are never merged: there are few, and each matters. */
static void
cluster_symbols (DqMapLayout *layout)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < layout->symbols->len; i++)
    {
      DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol, i);
      DqMapCluster *cluster;
      int found;

      if (symbol->item->is_event)
        continue;

      found = nearest_seed (layout, cells, symbol->x, symbol->y);
      if (found < 0)
        found = add_seed (layout, cells, symbol->x, symbol->y);

      cluster = &g_array_index (layout->clusters, DqMapCluster, found);
      g_array_append_val (cluster->members, i);
      cluster->sum_x += symbol->x;
      cluster->sum_y += symbol->y;
      symbol->cluster = found;
    }
}

/**
 * _dq_map_place_symbols:
 * @layout: a layout whose items are selected and whose view is fitted
 *
 * Places a symbol for each item in view: fanned out around its place once
 * records are no longer clustered, and merged into clusters otherwise.
 */
void
_dq_map_place_symbols (DqMapLayout *layout)
{
  DqMap *self = layout->map;

  project_items (layout);
  if (!self->clustering || dq_map_viewport_get_zoom (self->viewport) >= DQ_MAP_SPREAD_ZOOM)
    spread_symbols (layout);
  if (self->clustering)
    cluster_symbols (layout);
}

/* The items that pass the filter, for one scene. */
void
_dq_map_select_items (DqMapLayout *layout)
{
  DqMap *self = layout->map;

  for (guint i = 0; i < self->items->len; i++)
    {
      DqMapItem *item = g_ptr_array_index (self->items, i);

      if (_dq_map_filter_passes (self->filter, item->kind, item->is_event, item->name,
                                 item->place, item->groups))
        g_ptr_array_add (layout->items, item);
    }
}

void
_dq_map_cluster_clear (gpointer data)
{
  DqMapCluster *cluster = data;

  g_clear_pointer (&cluster->members, g_array_unref);
}

