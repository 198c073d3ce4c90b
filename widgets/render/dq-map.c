/* dq-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-map.h"
#include "dq-map-private.h"
#include "dq-map-strings.h"
#include "dq-projection.h"
#include "dq-theme.h"

/* Centres closer than this on the canvas are merged into one cluster. */
#define CLUSTER_DISTANCE 14.0

/* The side of a cell of the hit-testing grid, in scene units. */
#define INDEX_CELL 32.0

/* How far synthetic centres are scattered around their place, degrees. */
#define SYNTHETIC_SCATTER 1.5

#define N_PALETTE 10

/* A centre or an event that has a position. */
typedef struct
{
  char               *id;
  const DqText       *name;
  DqText             *owned_name;
  const char         *kind;
  const char * const *groups;
  const char         *synthetic_groups[2];
  DqPlace            *place;
  DqSource           *source;
  double              lon;
  double              lat;
  int                 color;
  guint               is_event : 1;
  guint               synthetic : 1;
} Item;

/* Where an item is drawn, once the view is known. */
typedef struct
{
  Item   *item;
  double  x;
  double  y;
  /* The place it belongs to, when fanned out around it. */
  double  anchor_x;
  double  anchor_y;
  int     cluster;
  guint   related : 1;
  guint   spread : 1;
} Symbol;

typedef struct
{
  double  x;
  double  y;
  double  sum_x;
  double  sum_y;
  /* Symbol indices */
  GArray *members;
} Cluster;

/* A box that labels must not cover. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} Box;

struct _DqMap
{
  GObject     parent_instance;

  /* Owned */
  DqDataset  *dataset;
  DqBasemap  *basemap;
  DqMapFilter *filter;
  GListStore *unlocated;
  /* Item, all located centres and events, real then synthetic */
  GPtrArray  *items;
  /* group id → palette index */
  GHashTable *group_colors;
  guint       n_synthetic;

  DqMapViewport *viewport;
  /* Set while a setter moves the viewport, which reports "changed" once */
  guint       moving;
  gboolean    moved;

  DqLanguage  language;
  gboolean    clustering;

  /* The last scene built, its view and its hit-testing grid */
  DqScene    *scene;
  DqViewport  view;
  gboolean    has_view;
  int         index_columns;
  int         index_rows;
  /* For each cell, where its entries start in index_entries; one more
   * than the number of cells. */
  GArray     *index_starts;
  /* guint mark indices, ascending within each cell */
  GArray     *index_entries;
};

G_DEFINE_FINAL_TYPE (DqMap, dq_map, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_LANGUAGE,
  PROP_GROUP,
  PROP_KINDS,
  PROP_COUNTRY,
  PROP_SEARCH_TEXT,
  PROP_ZOOM,
  PROP_CENTER_LONGITUDE,
  PROP_CENTER_LATITUDE,
  PROP_CLUSTERING,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Centre kinds in legend order, then the events' kind. */
static const char * const all_kinds[] = {
  "ethnocultural-centre",
  "association",
  "cultural-centre",
  "friendship-house",
  "confucius-institute",
  "memorial",
  "institution",
  DQ_MAP_KIND_CONFLICT,
  NULL
};

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->id);
  g_clear_pointer (&item->owned_name, dq_text_free);
  g_free (item);
}

static void
update_unlocated (DqMap *self);

static void
changed (DqMap *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

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
              const Item *item = g_ptr_array_index (self->items, k);

              placed = !item->synthetic && item->groups != NULL && item->groups[0] != NULL &&
                       item->groups[1] == NULL && g_str_equal (item->groups[0], id);
            }

          if (placed || pass == 1)
            g_hash_table_insert (self->group_colors, g_strdup (id),
                                 GINT_TO_POINTER (next++ % N_PALETTE));
        }
    }
}

static int
item_color (DqMap      *self,
            const Item *item)
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
          const char         *kind,
          const char * const *groups,
          DqPlace            *place,
          DqSource           *source,
          gboolean            is_event)
{
  Item *item = g_new0 (Item, 1);

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

static void
rebuild_items (DqMap *self)
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
                      dq_centre_get_kind (centre), dq_centre_get_group_ids (centre), place,
                      dq_centre_get_source (centre), FALSE);
        }

      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(DqEvent) event = g_list_model_get_item (events, i);
          const char *place_id = dq_event_get_place_id (event);
          DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (self->dataset,
                                                                       place_id) : NULL;

          if (place != NULL && dq_place_is_located (place))
            add_item (self, dq_event_get_id (event), dq_event_get_name (event),
                      DQ_MAP_KIND_CONFLICT, dq_event_get_group_ids (event), place,
                      dq_event_get_source (event), TRUE);
        }

      assign_colors (self);
      for (guint i = 0; i < self->items->len; i++)
        {
          Item *item = g_ptr_array_index (self->items, i);

          item->color = item_color (self, item);
        }
    }

  update_unlocated (self);
}

/* Records without a place */

static void
update_unlocated (DqMap *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *lists[2];

  if (self->dataset != NULL)
    {
      lists[0] = dq_dataset_get_centres (self->dataset);
      lists[1] = dq_dataset_get_events (self->dataset);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
            {
              g_autoptr(GObject) object = g_list_model_get_item (lists[l], i);
              const char *place_id, *kind;
              const char * const *groups;
              const DqText *name;
              DqPlace *place;

              if (DQ_IS_CENTRE (object))
                {
                  place_id = dq_centre_get_place_id (DQ_CENTRE (object));
                  kind = dq_centre_get_kind (DQ_CENTRE (object));
                  groups = dq_centre_get_group_ids (DQ_CENTRE (object));
                  name = dq_centre_get_name (DQ_CENTRE (object));
                }
              else
                {
                  place_id = dq_event_get_place_id (DQ_EVENT (object));
                  kind = DQ_MAP_KIND_CONFLICT;
                  groups = dq_event_get_group_ids (DQ_EVENT (object));
                  name = dq_event_get_name (DQ_EVENT (object));
                }

              place = place_id != NULL ? dq_dataset_lookup_place (self->dataset, place_id) : NULL;
              if (place != NULL && dq_place_is_located (place))
                continue;
              if (_dq_map_filter_passes (self->filter, kind, name, place, groups))
                g_ptr_array_add (found, object);
            }
        }
    }

  g_list_store_splice (self->unlocated, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->unlocated)),
                       found->pdata, found->len);
}

/* GObject */

static void
on_filter_notify_cb (DqMap      *self,
                     GParamSpec *pspec)
{
  GParamSpec *own = g_object_class_find_property (G_OBJECT_GET_CLASS (self), pspec->name);

  /* The dataset is the map's, set on both at once. */
  if (own == NULL || own == properties[PROP_DATASET])
    return;

  if (own != properties[PROP_GROUP])
    update_unlocated (self);
  g_object_notify_by_pspec (G_OBJECT (self), own);
  changed (self);
}

static void
on_viewport_notify_cb (DqMap      *self,
                       GParamSpec *pspec)
{
  GParamSpec *own = g_object_class_find_property (G_OBJECT_GET_CLASS (self), pspec->name);

  /* The size is the map's own doing, as it lays out the scene. */
  if (own == properties[PROP_ZOOM] || own == properties[PROP_CENTER_LONGITUDE] ||
      own == properties[PROP_CENTER_LATITUDE])
    {
      g_object_notify_by_pspec (G_OBJECT (self), own);
      if (self->moving > 0)
        self->moved = TRUE;
      else
        changed (self);
    }
}

static void
dq_map_dispose (GObject *object)
{
  DqMap *self = DQ_MAP (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->basemap);
  g_clear_object (&self->viewport);
  g_clear_object (&self->filter);
  g_clear_object (&self->scene);
  g_clear_object (&self->unlocated);

  G_OBJECT_CLASS (dq_map_parent_class)->dispose (object);
}

static void
dq_map_finalize (GObject *object)
{
  DqMap *self = DQ_MAP (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->group_colors, g_hash_table_unref);
  g_clear_pointer (&self->index_starts, g_array_unref);
  g_clear_pointer (&self->index_entries, g_array_unref);

  G_OBJECT_CLASS (dq_map_parent_class)->finalize (object);
}

static void
dq_map_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  DqMap *self = DQ_MAP (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_LANGUAGE:
      g_value_set_int (value, self->language);
      break;

    case PROP_GROUP:
    case PROP_KINDS:
    case PROP_COUNTRY:
    case PROP_SEARCH_TEXT:
      g_object_get_property (G_OBJECT (self->filter), pspec->name, value);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, dq_map_viewport_get_zoom (self->viewport));
      break;

    case PROP_CENTER_LONGITUDE:
    case PROP_CENTER_LATITUDE:
      g_object_get_property (G_OBJECT (self->viewport), pspec->name, value);
      break;

    case PROP_CLUSTERING:
      g_value_set_boolean (value, self->clustering);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  DqMap *self = DQ_MAP (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_map_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      dq_map_set_language (self, g_value_get_int (value));
      break;

    case PROP_GROUP:
    case PROP_KINDS:
    case PROP_COUNTRY:
    case PROP_SEARCH_TEXT:
      g_object_set_property (G_OBJECT (self->filter), pspec->name, value);
      break;

    case PROP_ZOOM:
      dq_map_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_CENTER_LONGITUDE:
    case PROP_CENTER_LATITUDE:
      g_object_set_property (G_OBJECT (self->viewport), pspec->name, value);
      break;

    case PROP_CLUSTERING:
      dq_map_set_clustering (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_class_init (DqMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_map_dispose;
  object_class->finalize = dq_map_finalize;
  object_class->get_property = dq_map_get_property;
  object_class->set_property = dq_map_set_property;

  /**
   * DqMap:dataset:
   *
   * The centres, events, places and groups to show.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:language:
   *
   * The #DqLanguage of the map's words and names.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_int ("language", NULL, NULL,
                      DQ_LANGUAGE_EN, DQ_N_LANGUAGES - 1, DQ_LANGUAGE_EN,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:group:
   *
   * The id of the group to highlight, or %NULL. Regions and places where
   * the group is concentrated are highlighted and everything else is
   * dimmed.
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:kinds:
   *
   * The kinds of centre to show (see dq_map_list_kinds(), which includes
   * "conflict" for events), or %NULL for all.
   */
  properties[PROP_KINDS] =
    g_param_spec_boxed ("kinds", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:country:
   *
   * "KZ" or "UZ" to show one country's centres and events, or %NULL for
   * both.
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:search-text:
   *
   * Shows only centres and events whose name, place or groups contain this
   * text in any language, ignoring case; %NULL or empty for all.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:zoom:
   *
   * How much the view is enlarged; 1 shows Kazakhstan and Uzbekistan
   * whole.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM, DQ_MAP_MIN_ZOOM,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:center-longitude:
   *
   * The longitude at the centre of the view.
   */
  properties[PROP_CENTER_LONGITUDE] =
    g_param_spec_double ("center-longitude", NULL, NULL,
                         -180, 180, 66,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:center-latitude:
   *
   * The latitude at the centre of the view.
   */
  properties[PROP_CENTER_LATITUDE] =
    g_param_spec_double ("center-latitude", NULL, NULL,
                         -90, 90, 45,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:clustering:
   *
   * Whether centres that would overlap are merged into a numbered circle.
   */
  properties[PROP_CLUSTERING] =
    g_param_spec_boolean ("clustering", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqMap::changed:
   *
   * Emitted when anything that the scene shows has changed, so that a
   * view knows to build it again.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dq_map_init (DqMap *self)
{
  g_autoptr(GError) error = NULL;

  self->filter = dq_map_filter_new ();
  g_signal_connect_object (self->filter, "notify", G_CALLBACK (on_filter_notify_cb), self,
                           G_CONNECT_SWAPPED);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->group_colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unlocated = g_list_store_new (G_TYPE_OBJECT);
  self->language = DQ_LANGUAGE_EN;
  self->clustering = TRUE;
  self->index_starts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->index_entries = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The base map is compiled into the program: failing to read it is a
   * build error, not something a reader can fix. */
  self->basemap = dq_basemap_dup_default (&error);
  if (self->basemap == NULL)
    g_error ("Cannot read the base map: %s", error->message);

  self->viewport = dq_map_viewport_new ();
  {
    double min_lon, min_lat, max_lon, max_lat;

    dq_basemap_get_bounds (self->basemap, &min_lon, &min_lat, &max_lon, &max_lat);
    dq_map_viewport_set_bounds (self->viewport, min_lon, min_lat, max_lon, max_lat);
  }
  dq_map_viewport_reset (self->viewport);
  g_signal_connect_object (self->viewport, "notify", G_CALLBACK (on_viewport_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * dq_map_new:
 * @dataset: (nullable): the dataset to show
 *
 * Returns: (transfer full): a map of the whole of both countries, in
 *   English, with every kind and country shown
 */
DqMap *
dq_map_new (DqDataset *dataset)
{
  g_return_val_if_fail (dataset == NULL || DQ_IS_DATASET (dataset), NULL);

  return g_object_new (DQ_TYPE_MAP, "dataset", dataset, NULL);
}

DqDataset *
dq_map_get_dataset (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return self->dataset;
}

void
dq_map_set_dataset (DqMap     *self,
                    DqDataset *dataset)
{
  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  dq_map_filter_set_dataset (self->filter, dataset);
  rebuild_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  changed (self);
}

DqLanguage
dq_map_get_language (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), DQ_LANGUAGE_EN);

  return self->language;
}

void
dq_map_set_language (DqMap      *self,
                     DqLanguage  language)
{
  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (language < DQ_N_LANGUAGES);

  if (self->language == language)
    return;

  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  changed (self);
}

const char *
dq_map_get_group (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return dq_map_filter_get_group (self->filter);
}

/**
 * dq_map_set_group:
 * @self: a #DqMap
 * @group_id: (nullable): a group id, or %NULL for none
 *
 * Selects a group to highlight.
 */
void
dq_map_set_group (DqMap      *self,
                  const char *group_id)
{
  g_return_if_fail (DQ_IS_MAP (self));

  dq_map_filter_set_group (self->filter, group_id);
}

/**
 * dq_map_get_kinds:
 * @self: a #DqMap
 *
 * Returns: (nullable) (transfer none): the kinds shown, or %NULL for all
 */
const char * const *
dq_map_get_kinds (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return dq_map_filter_get_kinds (self->filter);
}

/**
 * dq_map_set_kinds:
 * @self: a #DqMap
 * @kinds: (nullable) (array zero-terminated=1): the kinds to show, or
 *   %NULL for all
 */
void
dq_map_set_kinds (DqMap              *self,
                  const char * const *kinds)
{
  g_return_if_fail (DQ_IS_MAP (self));

  dq_map_filter_set_kinds (self->filter, kinds);
}

const char *
dq_map_get_country (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return dq_map_filter_get_country (self->filter);
}

/**
 * dq_map_set_country:
 * @self: a #DqMap
 * @country: (nullable): "KZ", "UZ", or %NULL for both
 */
void
dq_map_set_country (DqMap      *self,
                    const char *country)
{
  g_return_if_fail (DQ_IS_MAP (self));

  dq_map_filter_set_country (self->filter, country);
}

const char *
dq_map_get_search_text (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return dq_map_filter_get_search_text (self->filter);
}

/**
 * dq_map_set_search_text:
 * @self: a #DqMap
 * @text: (nullable): the text to look for
 */
void
dq_map_set_search_text (DqMap      *self,
                        const char *text)
{
  g_return_if_fail (DQ_IS_MAP (self));

  dq_map_filter_set_search_text (self->filter, text);
}

/**
 * dq_map_get_filter:
 * @self: a #DqMap
 *
 * Which records the map draws and which group it highlights. Changing the
 * filter is changing the map.
 *
 * Returns: (transfer none): the filter
 */
DqMapFilter *
dq_map_get_filter (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return self->filter;
}

double
dq_map_get_zoom (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), 1);

  return dq_map_viewport_get_zoom (self->viewport);
}

/**
 * dq_map_set_zoom:
 * @self: a #DqMap
 * @zoom: the enlargement, clamped to %DQ_MAP_MIN_ZOOM … %DQ_MAP_MAX_ZOOM
 */
void
dq_map_set_zoom (DqMap  *self,
                 double  zoom)
{
  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (isfinite (zoom));

  dq_map_viewport_set_zoom (self->viewport, zoom);
}

/**
 * dq_map_get_center:
 * @self: a #DqMap
 * @lon: (out) (optional): the longitude at the centre of the view
 * @lat: (out) (optional): the latitude at the centre of the view
 */
void
dq_map_get_center (DqMap  *self,
                   double *lon,
                   double *lat)
{
  g_return_if_fail (DQ_IS_MAP (self));

  dq_map_viewport_get_center (self->viewport, lon, lat);
}

/**
 * dq_map_set_center:
 * @self: a #DqMap
 * @lon: the longitude to show at the centre of the view
 * @lat: the latitude to show at the centre of the view
 *
 * Moves the view; the centre stays within the countries the map is about.
 */
void
dq_map_set_center (DqMap  *self,
                   double  lon,
                   double  lat)
{
  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (isfinite (lon) && isfinite (lat));

  self->moving++;
  dq_map_viewport_set_center (self->viewport, lon, lat);
  self->moving--;
  if (self->moved)
    {
      self->moved = FALSE;
      changed (self);
    }
}

/**
 * dq_map_get_viewport:
 * @self: a #DqMap
 *
 * Where the map looks: its centre, zoom and the size of its area in the
 * last scene built. Moving the viewport is moving the map.
 *
 * Returns: (transfer none): the viewport
 */
DqMapViewport *
dq_map_get_viewport (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return self->viewport;
}

gboolean
dq_map_get_clustering (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), TRUE);

  return self->clustering;
}

void
dq_map_set_clustering (DqMap    *self,
                       gboolean  clustering)
{
  g_return_if_fail (DQ_IS_MAP (self));

  clustering = !!clustering;
  if (self->clustering == clustering)
    return;

  self->clustering = clustering;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUSTERING]);
  changed (self);
}

/**
 * dq_map_get_basemap:
 * @self: a #DqMap
 *
 * Returns: (transfer none): the outlines the map draws
 */
DqBasemap *
dq_map_get_basemap (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return self->basemap;
}

/**
 * dq_map_get_unlocated:
 * @self: a #DqMap
 *
 * The centres and events that pass the kind, country and search filters
 * but are not drawn, because the dataset gives them no place or a place
 * without coordinates. The map never guesses a position; a view lists
 * these as "not located" instead. The model is updated as filters change.
 *
 * Returns: (transfer none): a list of #DqCentre and #DqEvent
 */
GListModel *
dq_map_get_unlocated (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return G_LIST_MODEL (self->unlocated);
}

/**
 * dq_map_list_kinds:
 *
 * Returns: (transfer none): the centre kinds the map draws, in legend
 *   order, followed by %DQ_MAP_KIND_CONFLICT for events
 */
const char * const *
dq_map_list_kinds (void)
{
  return all_kinds;
}

/**
 * _dq_map_set_extra_centres:
 * @self: a #DqMap
 * @n_centres: how many, 0 to remove them
 * @seed: the seed of the random positions, kinds and groups
 *
 * Adds synthetic centres for tests and benchmarks, scattered around random
 * located places. They are marked as synthetic in their ids
 * ("synthetic-…"), names and the map's footer. The widget and the command
 * line do not call this, so exports never contain them.
 */
void
_dq_map_set_extra_centres (DqMap   *self,
                           guint    n_centres,
                           guint32  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  GListModel *groups;
  guint n_groups;

  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (self->dataset != NULL);

  g_ptr_array_set_size (self->items, self->items->len - self->n_synthetic);
  self->n_synthetic = 0;

  for (guint i = 0; i < g_list_model_get_n_items (dq_dataset_get_places (self->dataset)); i++)
    {
      g_autoptr(DqPlace) place = g_list_model_get_item (dq_dataset_get_places (self->dataset), i);

      if (dq_place_is_located (place))
        g_ptr_array_add (places, place);
    }
  groups = dq_dataset_get_groups (self->dataset);
  n_groups = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n_centres && places->len > 0; i++)
    {
      DqPlace *place = g_ptr_array_index (places, g_rand_int_range (rand, 0, places->len));
      Item *item = g_new0 (Item, 1);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      double angle = g_rand_double_range (rand, 0, 2 * G_PI);
      double distance = SYNTHETIC_SCATTER * sqrt (g_rand_double (rand));

      g_autofree char *en = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_EN,
                                                  number);
      g_autofree char *ru = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_RU,
                                                  number);
      g_autofree char *kk = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_KK,
                                                  number);

      item->id = g_strdup_printf ("synthetic-%u", i + 1);
      item->owned_name = dq_text_new (en, ru, kk);
      item->name = item->owned_name;
      item->kind = all_kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (all_kinds) - 2)];
      item->place = place;
      item->lat = dq_place_get_latitude (place) + distance * sin (angle);
      item->lon = dq_place_get_longitude (place) +
                  distance * cos (angle) / cos (dq_place_get_latitude (place) * G_PI / 180);
      item->synthetic = TRUE;
      /* A third serve no one group, like the friendship houses. */
      if (n_groups > 0 && g_rand_int_range (rand, 0, 3) > 0)
        {
          g_autoptr(DqGroup) group = g_list_model_get_item (groups, g_rand_int_range (rand, 0,
                                                                                      n_groups));

          item->synthetic_groups[0] = dq_group_get_id (group);
        }
      item->groups = item->synthetic_groups;
      item->color = item_color (self, item);
      g_ptr_array_add (self->items, item);
      self->n_synthetic++;
    }

  changed (self);
}

/* Layout */

#define RGB(r, g, b) ((DqColor) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1 })

typedef struct
{
  const DqTheme *theme;
  DqColor        land;
  DqColor        land_dim;
  DqColor        border;
  DqColor        country_border;
  DqColor        neighbour;
  DqColor        neighbour_border;
  DqColor        symbol_outline;
  DqColor        neutral;
  DqColor        cluster;
  DqColor        palette[N_PALETTE];
} Style;

typedef struct
{
  DqMap      *map;
  DqScene    *scene;
  DqLanguage  language;
  Style       style;
  double      width;
  double      height;
  double      margin;
  double      font_title;
  double      font_subtitle;
  double      font_label;
  double      font_region;
  double      font_small;
  double      radius;
  /* The map area */
  double      left;
  double      top;
  double      right;
  double      bottom;
  DqViewport  viewport;
  /* Item, those that pass the filters */
  GPtrArray  *items;
  GArray     *symbols;
  GArray     *clusters;
  /* Boxes that labels avoid: symbols, then labels as they are placed */
  GArray     *obstacles;
  /* guint, the marks that the hit-testing grid holds */
  GArray     *hit_marks;
  /* Region codes and place ids where the selected group is concentrated */
  GHashTable *highlight;
  GHashTable *context;
  GHashTable *highlight_places;
  DqColor     highlight_color;
  gboolean    has_clusters;
  gboolean    has_context;
} Layout;

static void
style_init (Style    *style,
            gboolean  dark)
{
  const DqTheme *theme = dq_theme_get (dark);
  /* Okabe–Ito first, then darker hues for the eighth group on; yellow is
   * last of the eight because it is the weakest on a light ground. */
  static const guint8 light_palette[N_PALETTE][3] = {
    { 0, 114, 178 }, { 230, 159, 0 }, { 0, 158, 115 }, { 213, 94, 0 }, { 86, 180, 233 },
    { 204, 121, 167 }, { 120, 80, 160 }, { 240, 228, 66 }, { 140, 90, 40 }, { 0, 90, 80 },
  };
  static const guint8 dark_palette[N_PALETTE][3] = {
    { 86, 180, 233 }, { 230, 159, 0 }, { 0, 178, 130 }, { 240, 120, 40 }, { 120, 160, 255 },
    { 220, 140, 185 }, { 180, 140, 230 }, { 240, 228, 66 }, { 200, 150, 90 }, { 90, 200, 180 },
  };
  const guint8 (*palette)[3] = dark ? dark_palette : light_palette;

  style->theme = theme;
  for (guint i = 0; i < N_PALETTE; i++)
    style->palette[i] = RGB (palette[i][0], palette[i][1], palette[i][2]);

  if (dark)
    {
      style->land = RGB (60, 60, 58);
      style->land_dim = RGB (46, 46, 46);
      style->border = RGB (100, 100, 96);
      style->country_border = RGB (175, 175, 170);
      style->neighbour = RGB (44, 44, 44);
      style->neighbour_border = RGB (72, 72, 72);
      style->symbol_outline = RGB (20, 20, 20);
      style->neutral = RGB (175, 175, 175);
      style->cluster = RGB (210, 210, 210);
    }
  else
    {
      style->land = RGB (243, 240, 232);
      style->land_dim = RGB (249, 248, 245);
      style->border = RGB (196, 190, 178);
      style->country_border = RGB (105, 105, 100);
      style->neighbour = RGB (232, 232, 232);
      style->neighbour_border = RGB (205, 205, 205);
      style->symbol_outline = RGB (255, 255, 255);
      style->neutral = RGB (115, 115, 115);
      style->cluster = RGB (60, 60, 60);
    }
}

static DqColor
with_alpha (DqColor color,
            double  alpha)
{
  color.alpha *= alpha;
  return color;
}

static const DqColor *
item_fill (const Layout *layout,
           const Item   *item)
{
  if (item->color < 0)
    return &layout->style.neutral;

  return &layout->style.palette[item->color];
}

static gboolean
boxes_overlap (const Box *a,
               const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_is_free (const Layout *layout,
             const Box    *box)
{
  if (box->x0 < layout->left || box->x1 > layout->right ||
      box->y0 < layout->top || box->y1 > layout->bottom)
    return FALSE;

  for (guint i = 0; i < layout->obstacles->len; i++)
    {
      if (boxes_overlap (box, &g_array_index (layout->obstacles, Box, i)))
        return FALSE;
    }

  return TRUE;
}

static void
add_obstacle (Layout *layout,
              double  x,
              double  y,
              double  radius)
{
  Box box = { x - radius, y - radius, x + radius, y + radius };

  g_array_append_val (layout->obstacles, box);
}

/* Symbols: one shape per kind, as paths, so that they look the same in
 * every renderer. Each is scaled so that the shapes look about equally
 * heavy. */

static void
regular_polygon (DqMark *mark,
                 double  x,
                 double  y,
                 double  radius,
                 int     sides,
                 double  rotation)
{
  for (int i = 0; i < sides; i++)
    {
      double angle = rotation + 2 * G_PI * i / sides;
      double px = x + radius * sin (angle);
      double py = y - radius * cos (angle);

      if (i == 0)
        dq_mark_path_move_to (mark, px, py);
      else
        dq_mark_path_line_to (mark, px, py);
    }
  dq_mark_path_close (mark);
}

static void
star (DqMark *mark,
      double  x,
      double  y,
      double  outer,
      double  inner,
      int     points)
{
  for (int i = 0; i < 2 * points; i++)
    {
      double radius = i % 2 == 0 ? outer : inner;
      double angle = G_PI * i / points;
      double px = x + radius * sin (angle);
      double py = y - radius * cos (angle);

      if (i == 0)
        dq_mark_path_move_to (mark, px, py);
      else
        dq_mark_path_line_to (mark, px, py);
    }
  dq_mark_path_close (mark);
}

static void
saltire (DqMark *mark,
         double  x,
         double  y,
         double  radius)
{
  /* An X, the usual sign of a clash; a plus sign turned by 45°. */
  static const double plus[12][2] = {
    { -1, -0.3 }, { -0.3, -0.3 }, { -0.3, -1 }, { 0.3, -1 }, { 0.3, -0.3 }, { 1, -0.3 },
    { 1, 0.3 }, { 0.3, 0.3 }, { 0.3, 1 }, { -0.3, 1 }, { -0.3, 0.3 }, { -1, 0.3 },
  };
  double c = cos (G_PI / 4), s = sin (G_PI / 4);

  for (guint i = 0; i < G_N_ELEMENTS (plus); i++)
    {
      double px = x + radius * (plus[i][0] * c - plus[i][1] * s);
      double py = y + radius * (plus[i][0] * s + plus[i][1] * c);

      if (i == 0)
        dq_mark_path_move_to (mark, px, py);
      else
        dq_mark_path_line_to (mark, px, py);
    }
  dq_mark_path_close (mark);
}

static DqMark *
add_symbol (DqScene       *scene,
            const char    *role,
            const char    *kind,
            double         x,
            double         y,
            double         r,
            const DqColor *fill,
            const DqColor *outline)
{
  DqMark *mark = dq_scene_add_path (scene, role, fill, outline, MAX (0.8, r / 6));

  if (g_strcmp0 (kind, "association") == 0)
    regular_polygon (mark, x, y, r * 1.2, 4, G_PI / 4);
  else if (g_strcmp0 (kind, "cultural-centre") == 0)
    regular_polygon (mark, x, y, r * 1.25, 4, 0);
  else if (g_strcmp0 (kind, "friendship-house") == 0)
    {
      /* A house: a square with a roof. */
      dq_mark_path_move_to (mark, x - 0.9 * r, y + 0.9 * r);
      dq_mark_path_line_to (mark, x + 0.9 * r, y + 0.9 * r);
      dq_mark_path_line_to (mark, x + 0.9 * r, y - 0.1 * r);
      dq_mark_path_line_to (mark, x, y - 1.1 * r);
      dq_mark_path_line_to (mark, x - 0.9 * r, y - 0.1 * r);
      dq_mark_path_close (mark);
    }
  else if (g_strcmp0 (kind, "confucius-institute") == 0)
    regular_polygon (mark, x, y + 0.2 * r, r * 1.35, 3, 0);
  else if (g_strcmp0 (kind, "memorial") == 0)
    regular_polygon (mark, x, y - 0.2 * r, r * 1.35, 3, G_PI);
  else if (g_strcmp0 (kind, "institution") == 0)
    star (mark, x, y + 0.1 * r, r * 1.35, r * 0.6, 5);
  else if (g_strcmp0 (kind, DQ_MAP_KIND_CONFLICT) == 0)
    saltire (mark, x, y, r * 1.25);
  else
    regular_polygon (mark, x, y, r, 20, 0);

  return mark;
}

/* The base map */

static void
add_area_path (Layout              *layout,
               DqMark              *mark,
               const DqBasemapArea *area)
{
  for (guint r = 0; r < area->n_rings; r++)
    {
      const DqBasemapRing *ring = &area->rings[r];

      for (guint i = 0; i < ring->n_points; i++)
        {
          double x, y;

          dq_viewport_to_canvas (&layout->viewport, ring->coords[2 * i], ring->coords[2 * i + 1],
                                 &x, &y);
          if (i == 0)
            dq_mark_path_move_to (mark, x, y);
          else
            dq_mark_path_line_to (mark, x, y);
        }
      dq_mark_path_close (mark);
    }
}

static gboolean
area_visible (Layout              *layout,
              const DqBasemapArea *area)
{
  double corners[4][2] = {
    { area->min_lon, area->min_lat }, { area->min_lon, area->max_lat },
    { area->max_lon, area->min_lat }, { area->max_lon, area->max_lat },
  };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double slack = (layout->right - layout->left) * 0.1;

  /* The projected box of a lon/lat box bulges a little; the slack covers
   * it, and drawing an area just off the canvas costs nothing. */
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double x, y;

      dq_viewport_to_canvas (&layout->viewport, corners[i][0], corners[i][1], &x, &y);
      x0 = MIN (x0, x);
      y0 = MIN (y0, y);
      x1 = MAX (x1, x);
      y1 = MAX (y1, y);
    }

  return x1 >= layout->left - slack && x0 <= layout->right + slack &&
         y1 >= layout->top - slack && y0 <= layout->bottom + slack;
}

static void
draw_basemap (Layout *layout)
{
  DqMap *self = layout->map;
  DqBasemap *basemap = self->basemap;
  const Style *style = &layout->style;
  gboolean selecting = dq_map_filter_get_group (self->filter) != NULL;
  const char *country = dq_map_filter_get_country (self->filter);

  /* Neighbours, faded: they are there to place the two countries. */
  for (guint i = 0; i < dq_basemap_get_n_countries (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_country (basemap, i);
      g_autofree char *datum = g_strconcat ("country:", area->code, NULL);
      DqMark *mark;

      if (area->focus || !area_visible (layout, area))
        continue;
      mark = dq_scene_add_path (layout->scene, "neighbour", &style->neighbour,
                                &style->neighbour_border, 0.8);
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }

  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);
      g_autofree char *datum = g_strconcat ("region:", area->code, NULL);
      gboolean dim;
      DqMark *mark;

      if (!area_visible (layout, area))
        continue;

      /* Regions that have nothing to do with the selection step back. */
      dim = (selecting && !g_hash_table_contains (layout->highlight, area->code) &&
             !g_hash_table_contains (layout->context, area->code)) ||
            (country != NULL && g_strcmp0 (country, area->country) != 0);

      mark = dq_scene_add_path (layout->scene, "region", dim ? &style->land_dim : &style->land,
                                &style->border, 0.7);
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }

  /* The highlight goes over the plain regions, in the group's colour. */
  for (guint i = 0; i < dq_basemap_get_n_regions (basemap) && selecting; i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);
      g_autofree char *datum = g_strconcat ("region:", area->code, NULL);
      gboolean full = g_hash_table_contains (layout->highlight, area->code);
      DqColor fill, stroke;
      DqMark *mark;

      if (!full && !g_hash_table_contains (layout->context, area->code))
        continue;
      if (!area_visible (layout, area))
        continue;

      fill = with_alpha (layout->highlight_color, full ? 0.32 : 0.12);
      stroke = with_alpha (layout->highlight_color, 0.9);
      mark = dq_scene_add_path (layout->scene, full ? "region-highlight" : "region-context",
                                &fill, &stroke, full ? 1.4 : 1.0);
      if (!full)
        mark->dash = 4;
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }

  for (guint i = 0; i < dq_basemap_get_n_countries (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_country (basemap, i);
      g_autofree char *datum = g_strconcat ("country:", area->code, NULL);
      DqMark *mark;

      if (!area->focus || !area_visible (layout, area))
        continue;
      mark = dq_scene_add_path (layout->scene, "country", NULL, &style->country_border, 1.3);
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }
}

/* Selection */

static void
collect_highlight (Layout *layout)
{
  DqMap *self = layout->map;
  const char *group_id = dq_map_filter_get_group (self->filter);
  DqGroup *group;

  if (group_id == NULL || self->dataset == NULL)
    return;

  group = dq_dataset_lookup_group (self->dataset, group_id);
  if (group == NULL)
    return;

  {
    gpointer value;

    layout->highlight_color = layout->style.neutral;
    if (g_hash_table_lookup_extended (self->group_colors, group_id, NULL, &value))
      layout->highlight_color = layout->style.palette[GPOINTER_TO_INT (value)];
  }

  for (guint c = 0; c < dq_group_get_n_concentrations (group); c++)
    {
      const DqConcentration *concentration = dq_group_get_concentration (group, c);

      for (guint i = 0; concentration->places != NULL && concentration->places[i] != NULL; i++)
        {
          DqPlace *place = dq_dataset_lookup_place (self->dataset, concentration->places[i]);
          const char *hasc;

          if (place == NULL)
            continue;

          hasc = dq_place_get_hasc (place);
          if (hasc != NULL && dq_basemap_find_region (self->basemap, hasc) != NULL)
            {
              /* A region: the whole of it. */
              g_hash_table_add (layout->highlight, (gpointer) hasc);
            }
          else if (dq_place_is_located (place))
            {
              /* A city or village with coordinates: the place itself, not
               * the region around it, which would claim far too much. */
              g_hash_table_add (layout->highlight_places, (gpointer) dq_place_get_id (place));
            }
          else if (dq_place_get_region_id (place) != NULL)
            {
              /* A village without coordinates: the region it is in, drawn
               * more lightly, since where in it is not known. */
              DqPlace *region = dq_dataset_lookup_place (self->dataset,
                                                         dq_place_get_region_id (place));

              if (region != NULL && dq_place_get_hasc (region) != NULL)
                {
                  g_hash_table_add (layout->context, (gpointer) dq_place_get_hasc (region));
                  layout->has_context = TRUE;
                }
            }
        }
    }

  /* A region both named and holding a named village is simply named. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, layout->highlight);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_remove (layout->context, key);
    layout->has_context = g_hash_table_size (layout->context) > 0;
  }
}

static gboolean
item_is_related (DqMap      *self,
                 const Item *item)
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

static void
place_symbols (Layout *layout)
{
  DqMap *self = layout->map;
  gboolean spread = !self->clustering || dq_map_viewport_get_zoom (self->viewport) >= DQ_MAP_SPREAD_ZOOM;
  double pad = layout->radius * 2;
  g_autoptr(GHashTable) by_place = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                                          NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < layout->items->len; i++)
    {
      Item *item = g_ptr_array_index (layout->items, i);
      Symbol symbol = { item, 0, 0, 0, 0, -1, item_is_related (self, item), FALSE };

      dq_viewport_to_canvas (&layout->viewport, item->lon, item->lat, &symbol.x, &symbol.y);
      symbol.anchor_x = symbol.x;
      symbol.anchor_y = symbol.y;
      /* Off the view: neither drawn nor clustered. */
      if (symbol.x < layout->left - pad || symbol.x > layout->right + pad ||
          symbol.y < layout->top - pad || symbol.y > layout->bottom + pad)
        continue;
      g_array_append_val (layout->symbols, symbol);
    }

  /* Records at one place would hide each other whatever the zoom: once
   * they are not clustered, fan them out on a ring around the place, with
   * room for each symbol and a gap wider than the clustering distance. */
  if (spread)
    {
      for (guint i = 0; i < layout->symbols->len; i++)
        {
          Symbol *symbol = &g_array_index (layout->symbols, Symbol, i);
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

      {
        GHashTableIter iter;
        gpointer value;

        g_hash_table_iter_init (&iter, by_place);
        while (g_hash_table_iter_next (&iter, NULL, &value))
          {
            GArray *members = value;
            double step = MAX (2.6 * layout->radius + 2, CLUSTER_DISTANCE + 1);
            double ring;

            if (members->len < 2)
              continue;
            ring = MAX (step * members->len / (2 * G_PI), 2 * layout->radius);
            for (guint k = 0; k < members->len; k++)
              {
                Symbol *symbol = &g_array_index (layout->symbols, Symbol, g_array_index (members,
                                                                                         guint, k));
                double angle = 2 * G_PI * k / members->len;

                symbol->x = symbol->anchor_x + ring * sin (angle);
                symbol->y = symbol->anchor_y - ring * cos (angle);
                symbol->spread = TRUE;
              }
          }
      }
    }

  if (!self->clustering)
    return;

  /* Greedy clustering on a grid of cells as wide as the distance: each
   * centre joins the nearest cluster seed within the distance, or seeds a
   * new one. Events are never merged: there are few, and each matters. */
  {
    g_autoptr(GHashTable) cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);

    for (guint i = 0; i < layout->symbols->len; i++)
      {
        Symbol *symbol = &g_array_index (layout->symbols, Symbol, i);
        double best = CLUSTER_DISTANCE;
        int found = -1;

        if (symbol->item->is_event)
          continue;

        for (int dx = -1; dx <= 1; dx++)
          {
            for (int dy = -1; dy <= 1; dy++)
              {
                gint64 key = cell_key (symbol->x + dx * CLUSTER_DISTANCE,
                                       symbol->y + dy * CLUSTER_DISTANCE, CLUSTER_DISTANCE);
                GArray *seeds = g_hash_table_lookup (cells, &key);

                for (guint k = 0; seeds != NULL && k < seeds->len; k++)
                  {
                    int c = g_array_index (seeds, int, k);
                    const Cluster *cluster = &g_array_index (layout->clusters, Cluster, c);
                    double d = hypot (cluster->x - symbol->x, cluster->y - symbol->y);

                    if (d < best || (d == best && found < 0))
                      {
                        best = d;
                        found = c;
                      }
                  }
              }
          }

        if (found < 0)
          {
            Cluster cluster = { symbol->x, symbol->y, 0, 0, g_array_new (FALSE, FALSE,
                                                                         sizeof (guint)) };
            gint64 key = cell_key (symbol->x, symbol->y, CLUSTER_DISTANCE);
            GArray *seeds = g_hash_table_lookup (cells, &key);

            if (seeds == NULL)
              {
                seeds = g_array_new (FALSE, FALSE, sizeof (int));
                g_hash_table_insert (cells, g_memdup2 (&key, sizeof key), seeds);
              }
            found = layout->clusters->len;
            g_array_append_val (seeds, found);
            g_array_append_val (layout->clusters, cluster);
          }

        {
          Cluster *cluster = &g_array_index (layout->clusters, Cluster, found);

          g_array_append_val (cluster->members, i);
          cluster->sum_x += symbol->x;
          cluster->sum_y += symbol->y;
          symbol->cluster = found;
        }
      }
  }
}

static double
cluster_radius (const Layout *layout,
                guint         count)
{
  return layout->radius * (1.25 + 0.3 * log10 (count));
}

static void
record_hit_mark (Layout *layout)
{
  guint index = dq_scene_get_n_marks (layout->scene) - 1;

  g_array_append_val (layout->hit_marks, index);
}

static void
draw_cluster (Layout  *layout,
              Cluster *cluster,
              gboolean related)
{
  const Style *style = &layout->style;
  g_autoptr(GString) datum = g_string_new ("cluster:");
  g_autofree char *count = g_strdup_printf ("%u", cluster->members->len);
  double x = cluster->sum_x / cluster->members->len;
  double y = cluster->sum_y / cluster->members->len;
  double r = cluster_radius (layout, cluster->members->len);
  int color = -2;
  DqColor fill, text_color, outline;
  double font = layout->font_small * (cluster->members->len >= 100 ? 0.85 : 1);
  double w, h, ascent;
  DqMark *mark;

  for (guint k = 0; k < cluster->members->len; k++)
    {
      const Symbol *symbol = &g_array_index (layout->symbols, Symbol,
                                             g_array_index (cluster->members, guint, k));

      if (k > 0)
        g_string_append_c (datum, ',');
      g_string_append (datum, symbol->item->id);
      if (color == -2)
        color = symbol->item->color;
      else if (color != symbol->item->color)
        color = -3;
    }

  /* One group's colour if every member is of it, else a plain dark disc. */
  fill = color >= 0 ? style->palette[color] : style->cluster;
  {
    double luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue;

    text_color = luminance > 0.55 ? RGB (20, 20, 20) : RGB (255, 255, 255);
  }
  outline = style->symbol_outline;
  if (!related)
    {
      fill = with_alpha (fill, 0.3);
      text_color = with_alpha (text_color, 0.6);
      outline = with_alpha (outline, 0.3);
    }

  mark = dq_scene_add_circle (layout->scene, "cluster", x, y, r, &fill);
  mark->stroke = outline;
  mark->line_width = 1.2;
  dq_mark_set_datum (mark, datum->str);
  record_hit_mark (layout);
  add_obstacle (layout, x, y, r + 1);

  dq_scene_measure_text (layout->scene, count, font, TRUE, &w, &h, &ascent);
  dq_scene_add_text (layout->scene, "cluster-label", count, x, y - h / 2 + ascent, font, TRUE,
                     DQ_TEXT_ANCHOR_MIDDLE, &text_color);
}

static void
draw_symbol (Layout *layout,
             Symbol *symbol)
{
  const Style *style = &layout->style;
  DqColor fill = *item_fill (layout, symbol->item);
  DqColor outline = style->symbol_outline;
  double r = layout->radius;
  DqMark *mark;

  if (!symbol->related)
    {
      fill = with_alpha (fill, 0.25);
      outline = with_alpha (outline, 0.25);
    }

  mark = add_symbol (layout->scene, symbol->item->is_event ? "event" : "centre", symbol->item->kind,
                     symbol->x, symbol->y, symbol->item->is_event ? r * 1.1 : r, &fill, &outline);
  dq_mark_set_datum (mark, symbol->item->id);
  record_hit_mark (layout);
  add_obstacle (layout, symbol->x, symbol->y, r * 1.4);
}

static void
draw_places (Layout *layout)
{
  DqMap *self = layout->map;
  GListModel *places = dq_dataset_get_places (self->dataset);
  const DqColor *dot = &layout->style.theme->foreground;

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(DqPlace) place = g_list_model_get_item (places, i);
      g_autofree char *datum = NULL;
      double x, y;
      DqMark *mark;

      if (!dq_place_is_located (place) || g_strcmp0 (dq_place_get_kind (place), "city") != 0)
        continue;

      dq_viewport_to_canvas (&layout->viewport, dq_place_get_longitude (place),
                             dq_place_get_latitude (place), &x, &y);
      if (x < layout->left || x > layout->right || y < layout->top || y > layout->bottom)
        continue;

      datum = g_strconcat ("place:", dq_place_get_id (place), NULL);
      mark = dq_scene_add_circle (layout->scene, "place", x, y, 2.2, dot);
      dq_mark_set_datum (mark, datum);
      add_obstacle (layout, x, y, 3);
    }

  /* Places of concentration with coordinates get a ring in the group's
   * colour, the counterpart of a highlighted region. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, layout->highlight_places);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        DqPlace *place = dq_dataset_lookup_place (self->dataset, key);
        g_autofree char *datum = g_strconcat ("place:", (const char *) key, NULL);
        double x, y;
        DqMark *mark;

        dq_viewport_to_canvas (&layout->viewport, dq_place_get_longitude (place),
                               dq_place_get_latitude (place), &x, &y);
        mark = dq_scene_add_circle (layout->scene, "place-highlight", x, y, layout->radius * 2.6,
                                    NULL);
        mark->fill = with_alpha (layout->highlight_color, 0.25);
        mark->stroke = layout->highlight_color;
        mark->line_width = 1.5;
        dq_mark_set_datum (mark, datum);
      }
  }
}

static void
draw_symbols (Layout *layout)
{
  const Style *style = &layout->style;
  DqColor leader = with_alpha (style->theme->foreground, 0.6);

  /* Leaders from fanned-out symbols to their place, under the symbols. */
  for (guint i = 0; i < layout->symbols->len; i++)
    {
      const Symbol *symbol = &g_array_index (layout->symbols, Symbol, i);

      if (!symbol->spread ||
          (symbol->cluster >= 0 &&
           g_array_index (layout->clusters, Cluster, symbol->cluster).members->len > 1))
        continue;
      dq_scene_add_line (layout->scene, "leader", symbol->anchor_x, symbol->anchor_y,
                         symbol->x, symbol->y, &leader, 0.8);
    }

  /* Unrelated records first, so the selected group's lie on top; events
   * last of all. */
  for (int pass = 0; pass < 4; pass++)
    {
      gboolean related = pass % 2 == 1;
      gboolean events = pass >= 2;

      for (guint i = 0; i < layout->symbols->len; i++)
        {
          Symbol *symbol = &g_array_index (layout->symbols, Symbol, i);

          if (symbol->related != related || symbol->item->is_event != events)
            continue;

          if (symbol->cluster >= 0)
            {
              Cluster *cluster = &g_array_index (layout->clusters, Cluster, symbol->cluster);
              gboolean any_related = FALSE;

              if (cluster->members->len == 1)
                {
                  draw_symbol (layout, symbol);
                  continue;
                }

              /* A cluster is drawn once, with its first member. */
              if (g_array_index (cluster->members, guint, 0) != i)
                continue;

              for (guint k = 0; k < cluster->members->len; k++)
                any_related |= g_array_index (layout->symbols, Symbol,
                                              g_array_index (cluster->members, guint, k)).related;
              if (any_related != related)
                continue;

              draw_cluster (layout, cluster, related);
              layout->has_clusters = TRUE;
            }
          else
            draw_symbol (layout, symbol);
        }

      /* A cluster whose first member is unrelated but which holds related
       * members is drawn with the related ones. */
      if (related && !events)
        {
          for (guint c = 0; c < layout->clusters->len; c++)
            {
              Cluster *cluster = &g_array_index (layout->clusters, Cluster, c);
              const Symbol *first;
              gboolean any_related = FALSE;

              if (cluster->members->len < 2)
                continue;
              first = &g_array_index (layout->symbols, Symbol, g_array_index (cluster->members,
                                                                              guint, 0));
              if (first->related)
                continue;
              for (guint k = 1; k < cluster->members->len; k++)
                any_related |= g_array_index (layout->symbols, Symbol,
                                              g_array_index (cluster->members, guint, k)).related;
              if (any_related)
                {
                  draw_cluster (layout, cluster, TRUE);
                  layout->has_clusters = TRUE;
                }
            }
        }
    }
}

/* Labels, placed greedily by priority: each takes the first free spot of
 * its candidates, and a label with none drops out. */

typedef enum
{
  LABEL_AROUND,
  LABEL_INSIDE,
} LabelStyle;

typedef struct
{
  const char          *text;
  const char          *role;
  const char          *datum;
  double               x;
  double               y;
  double               font;
  gboolean             bold;
  const DqColor       *color;
  LabelStyle           style;
  /* For a region label, the region it must fit in */
  const DqBasemapArea *area;
  double               priority;
  guint                order;
} Label;

static gboolean
box_inside_area (const Layout        *layout,
                 const DqBasemapArea *area,
                 const Box           *box)
{
  double xs[3] = { box->x0, (box->x0 + box->x1) / 2, box->x1 };
  double ys[3] = { box->y0, (box->y0 + box->y1) / 2, box->y1 };

  for (guint i = 0; i < 3; i++)
    {
      for (guint j = 0; j < 3; j++)
        {
          double lon, lat;

          dq_viewport_from_canvas (&layout->viewport, xs[i], ys[j], &lon, &lat);
          if (!dq_basemap_area_contains (area, lon, lat))
            return FALSE;
        }
    }

  return TRUE;
}

/* Tries one position of a (possibly two-line) label, given its box's
 * top-left corner. */
static gboolean
try_label_at (Layout             *layout,
              const Label        *label,
              GPtrArray          *lines,
              double              line_height,
              double              ascent,
              double              box_width,
              double              left,
              double              top)
{
  Box box = { left - 1, top - 1, left + box_width + 1, top + line_height * lines->len + 1 };

  if (!box_is_free (layout, &box))
    return FALSE;
  if (label->area != NULL && !box_inside_area (layout, label->area, &box))
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      DqMark *mark = dq_scene_add_text (layout->scene, label->role, g_ptr_array_index (lines, i),
                                        left + box_width / 2, top + ascent + i * line_height,
                                        label->font, label->bold, DQ_TEXT_ANCHOR_MIDDLE,
                                          label->color);

      dq_mark_set_datum (mark, label->datum);
    }
  g_array_append_val (layout->obstacles, box);

  return TRUE;
}

static GPtrArray *
split_in_two (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  glong length = g_utf8_strlen (text, -1);
  const char *best = NULL;
  glong best_distance = G_MAXLONG;
  glong position = 0;

  /* At the space nearest the middle. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      if (*p == ' ' && labs (position - length / 2) < best_distance)
        {
          best = p;
          best_distance = labs (position - length / 2);
        }
    }

  if (best == NULL)
    {
      g_ptr_array_add (lines, g_strdup (text));
      return lines;
    }

  g_ptr_array_add (lines, g_strndup (text, best - text));
  g_ptr_array_add (lines, g_strdup (best + 1));
  return lines;
}

static void
place_label (Layout      *layout,
             const Label *label)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);
  double width, height, ascent;

  if (label->x < layout->left || label->x > layout->right ||
      label->y < layout->top || label->y > layout->bottom)
    return;

  g_ptr_array_add (one, g_strdup (label->text));
  dq_scene_measure_text (layout->scene, label->text, label->font, label->bold, &width, &height,
                         &ascent);

  if (label->style == LABEL_AROUND)
    {
      /* Right of the point first, as cartographers do, then left, above,
       * below and the diagonals; nearer spots before farther ones. */
      static const double directions[8][2] = {
        { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 },
      };
      static const double distances[] = { 4, 9, 15, 22, 30 };

      for (guint d = 0; d < G_N_ELEMENTS (distances); d++)
        {
          for (guint k = 0; k < G_N_ELEMENTS (directions); k++)
            {
              double dx = directions[k][0], dy = directions[k][1];
              double gap = distances[d] * (dx != 0 && dy != 0 ? 0.75 : 1);
              double left, top;

              if (dx > 0)
                left = label->x + gap;
              else if (dx < 0)
                left = label->x - gap - width;
              else
                left = label->x - width / 2;

              if (dy > 0)
                top = label->y + gap;
              else if (dy < 0)
                top = label->y - gap - height;
              else
                top = label->y - height / 2;

              if (try_label_at (layout, label, one, height, ascent, width, left, top))
                return;
            }
        }
    }
  else
    {
      static const double shifts[][2] = {
        { 0, 0 }, { 0, -0.6 }, { 0, 0.6 }, { 0, -1.2 }, { 0, 1.2 }, { -0.3, 0 }, { 0.3, 0 },
        { 0, -2 }, { 0, 2 }, { -0.3, -1.2 }, { 0.3, -1.2 }, { -0.3, 1.2 }, { 0.3, 1.2 },
      };
      g_autoptr(GPtrArray) two = split_in_two (label->text);
      double two_width = 0;

      for (guint i = 0; i < two->len; i++)
        {
          double w;

          dq_scene_measure_text (layout->scene, g_ptr_array_index (two, i), label->font,
                                 label->bold,
                                 &w, NULL, NULL);
          two_width = MAX (two_width, w);
        }

      /* One line if it fits in the region, else two, nudged up or down
       * off whatever is in the way. */
      for (guint k = 0; k < G_N_ELEMENTS (shifts); k++)
        {
          double dx = shifts[k][0], dy = shifts[k][1] * height;

          if (try_label_at (layout, label, one, height, ascent, width,
                            label->x - width / 2 + dx * width,
                            label->y - height / 2 + dy))
            return;
          if (two->len == 2 &&
              try_label_at (layout, label, two, height, ascent, two_width,
                            label->x - two_width / 2 + dx * two_width, label->y - height + dy))
            return;
        }
    }
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const Label *la = a, *lb = b;

  /* Higher priority first; ties in the order the labels were made, so
   * that the layout does not depend on the sort's stability. */
  if (la->priority != lb->priority)
    return la->priority > lb->priority ? -1 : 1;

  return (la->order > lb->order) - (la->order < lb->order);
}

static void
place_labels (Layout *layout)
{
  DqMap *self = layout->map;
  GListModel *places = dq_dataset_get_places (self->dataset);
  DqBasemap *basemap = self->basemap;
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) datums = g_ptr_array_new_with_free_func (g_free);
  const DqTheme *theme = layout->style.theme;
  DqColor region_color = with_alpha (theme->muted, 0.95);
  DqColor faint = with_alpha (theme->muted, 0.7);

  /* How many drawn records each place has: busier places are labelled
   * first. */
  for (guint i = 0; i < layout->symbols->len; i++)
    {
      const Symbol *symbol = &g_array_index (layout->symbols, Symbol, i);

      guint count;

      if (symbol->item->synthetic)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, symbol->item->place));
      g_hash_table_insert (counts, symbol->item->place, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(DqPlace) place = g_list_model_get_item (places, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, place));
      gboolean city = g_strcmp0 (dq_place_get_kind (place), "city") == 0;
      char *datum;
      Label label = { 0 };

      if (!dq_place_is_located (place) || (!city && count == 0))
        continue;

      datum = g_strconcat ("place:", dq_place_get_id (place), NULL);
      g_ptr_array_add (datums, datum);
      label.text = dq_text_get (dq_place_get_name (place), layout->language);
      label.role = "place-label";
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, dq_place_get_longitude (place),
                             dq_place_get_latitude (place), &label.x, &label.y);
      label.font = city ? layout->font_label : layout->font_label * 0.9;
      label.color = &theme->foreground;
      label.style = LABEL_AROUND;
      label.priority = (city ? 1000 : 500) + count * 10 +
                       (g_hash_table_contains (layout->highlight_places,
                                               dq_place_get_id (place)) ? 2000 : 0);
      label.bold = g_hash_table_contains (layout->highlight_places, dq_place_get_id (place));
      g_array_append_val (labels, label);
    }

  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);
      gboolean highlighted = g_hash_table_contains (layout->highlight, area->code);
      double span_x0, span_y0, span_x1, span_y1;
      char *datum = g_strconcat ("region:", area->code, NULL);
      Label label = { 0 };

      g_ptr_array_add (datums, datum);
      label.text = dq_text_get (area->name, layout->language);
      label.role = "region-label";
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, area->label_lon, area->label_lat, &label.x,
                             &label.y);
      label.font = layout->font_region;
      label.color = highlighted ? &theme->foreground : &region_color;
      label.style = LABEL_INSIDE;
      label.area = area;
      /* Larger regions first; the highlighted ones before any place. */
      dq_viewport_to_canvas (&layout->viewport, area->min_lon, area->min_lat, &span_x0, &span_y0);
      dq_viewport_to_canvas (&layout->viewport, area->max_lon, area->max_lat, &span_x1, &span_y1);
      label.priority = (highlighted ? 3000 : 0) + MIN (400, fabs (span_x1 - span_x0) / 4);
      g_array_append_val (labels, label);
    }

  for (guint i = 0; i < dq_basemap_get_n_countries (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_country (basemap, i);
      char *datum;
      Label label = { 0 };

      if (area->focus)
        continue;

      datum = g_strconcat ("country:", area->code, NULL);
      g_ptr_array_add (datums, datum);
      label.text = dq_text_get (area->name, layout->language);
      label.role = "country-label";
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, area->label_lon, area->label_lat, &label.x,
                             &label.y);
      label.font = layout->font_label;
      label.color = &faint;
      label.style = LABEL_INSIDE;
      label.area = area;
      label.priority = 450;
      g_array_append_val (labels, label);
    }

  for (guint i = 0; i < labels->len; i++)
    g_array_index (labels, Label, i).order = i;
  g_array_sort (labels, compare_labels);
  for (guint i = 0; i < labels->len; i++)
    place_label (layout, &g_array_index (labels, Label, i));
}

/* The legend */

typedef enum
{
  ENTRY_HEADING,
  ENTRY_SYMBOL,
  ENTRY_CLUSTER,
  ENTRY_AREA,
  ENTRY_RING,
} EntryType;

typedef struct
{
  EntryType   type;
  const char *kind;
  DqColor     fill;
  DqColor     stroke;
  double      dash;
  char       *label;
  GPtrArray  *lines;
  double      height;
  guint       column;
  double      y;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->lines, g_ptr_array_unref);
  g_clear_pointer (&entry->label, g_free);
}

/* Russian and Kazakh write the names of peoples in lower case ("немцы");
 * a legend line, like a heading, starts with a capital. */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buf[8];
  int length = g_unichar_to_utf8 (g_unichar_totitle (first), buf);

  return g_strconcat ((buf[length] = '\0', buf), g_utf8_next_char (text), NULL);
}

static void
add_entry (GArray        *entries,
           EntryType      type,
           const char    *kind,
           const DqColor *fill,
           const DqColor *stroke,
           const char    *label)
{
  Entry entry = { type, kind, { 0 }, { 0 }, 0, capitalize (label), NULL, 0, 0, 0 };

  if (fill != NULL)
    entry.fill = *fill;
  if (stroke != NULL)
    entry.stroke = *stroke;
  g_array_append_val (entries, entry);
}

static GArray *
legend_entries (Layout   *layout,
                gboolean  with_clusters)
{
  DqMap *self = layout->map;
  const Style *style = &layout->style;
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  GListModel *groups = dq_dataset_get_groups (self->dataset);
  gboolean any_centre = FALSE, any_event = FALSE, any_neutral = FALSE;

  g_array_set_clear_func (entries, entry_clear);

  for (guint i = 0; i < layout->items->len; i++)
    {
      const Item *item = g_ptr_array_index (layout->items, i);

      any_centre |= !item->is_event;
      any_event |= item->is_event;
      any_neutral |= item->color < 0;
    }

  if (any_centre)
    {
      add_entry (entries, ENTRY_HEADING, NULL, NULL, NULL,
                 dq_map_string (DQ_MAP_STRING_LEGEND_KINDS, layout->language));
      for (guint k = 0; all_kinds[k] != NULL; k++)
        {
          gboolean present = FALSE;

          if (g_str_equal (all_kinds[k], DQ_MAP_KIND_CONFLICT))
            continue;
          for (guint i = 0; i < layout->items->len && !present; i++)
            present = g_strcmp0 (((const Item *) g_ptr_array_index (layout->items, i))->kind,
                                 all_kinds[k]) == 0;
          if (present)
            add_entry (entries, ENTRY_SYMBOL, all_kinds[k], &style->neutral, &style->symbol_outline,
                       dq_map_centre_kind_name (all_kinds[k], layout->language));
        }
      if (with_clusters)
        add_entry (entries, ENTRY_CLUSTER, NULL, &style->cluster, &style->symbol_outline,
                   dq_map_string (DQ_MAP_STRING_CLUSTER, layout->language));
    }
  if (any_event)
    add_entry (entries, ENTRY_SYMBOL, DQ_MAP_KIND_CONFLICT, &style->neutral, &style->symbol_outline,
               dq_map_string (DQ_MAP_STRING_CONFLICT, layout->language));

  /* Groups in the dataset's order, those with a record on the map. */
  {
    guint heading = entries->len;

    for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
      {
        g_autoptr(DqGroup) group = g_list_model_get_item (groups, g);
        int color = -1;

        for (guint i = 0; i < layout->items->len && color < 0; i++)
          {
            const Item *item = g_ptr_array_index (layout->items, i);

            if (item->color >= 0 && g_str_equal (item->groups[0], dq_group_get_id (group)))
              color = item->color;
          }
        if (color < 0)
          continue;

        if (entries->len == heading)
          add_entry (entries, ENTRY_HEADING, NULL, NULL, NULL,
                     dq_map_string (DQ_MAP_STRING_LEGEND_GROUPS, layout->language));
        add_entry (entries, ENTRY_SYMBOL, "ethnocultural-centre", &style->palette[color],
                   &style->symbol_outline, dq_text_get (dq_group_get_name (group),
                                                        layout->language));
      }
    if (any_neutral)
      {
        if (entries->len == heading)
          add_entry (entries, ENTRY_HEADING, NULL, NULL, NULL,
                     dq_map_string (DQ_MAP_STRING_LEGEND_GROUPS, layout->language));
        add_entry (entries, ENTRY_SYMBOL, "ethnocultural-centre", &style->neutral,
                   &style->symbol_outline, dq_map_string (DQ_MAP_STRING_SEVERAL_GROUPS,
                                                          layout->language));
      }
  }

  if (g_hash_table_size (layout->highlight) > 0 || layout->has_context ||
      g_hash_table_size (layout->highlight_places) > 0)
    {
      DqColor fill = with_alpha (layout->highlight_color, 0.32);
      DqColor light = with_alpha (layout->highlight_color, 0.12);
      DqColor ring = with_alpha (layout->highlight_color, 0.25);

      add_entry (entries, ENTRY_HEADING, NULL, NULL, NULL,
                 dq_text_get (dq_group_get_name (dq_dataset_lookup_group (self->dataset,
                                                                          dq_map_filter_get_group (self->filter))),
                              layout->language));
      if (g_hash_table_size (layout->highlight) > 0)
        add_entry (entries, ENTRY_AREA, NULL, &fill, &layout->highlight_color,
                   dq_map_string (DQ_MAP_STRING_CONCENTRATION, layout->language));
      if (layout->has_context)
        {
          add_entry (entries, ENTRY_AREA, NULL, &light, &layout->highlight_color,
                     dq_map_string (DQ_MAP_STRING_CONCENTRATION_CONTEXT, layout->language));
          g_array_index (entries, Entry, entries->len - 1).dash = 4;
        }
      if (g_hash_table_size (layout->highlight_places) > 0)
        add_entry (entries, ENTRY_RING, NULL, &ring, &layout->highlight_color,
                   dq_map_string (DQ_MAP_STRING_CONCENTRATION_PLACE, layout->language));
    }

  return entries;
}

static double
swatch_width (const Layout *layout)
{
  return layout->radius * 2 + layout->font_label;
}

/* Wraps each entry to the column width and measures it. Returns the width
 * of the widest entry. */
static double
measure_entries (Layout *layout,
                 GArray *entries,
                 double  column_width)
{
  double widest = 0;
  double line_height;

  dq_scene_measure_text (layout->scene, "Ag", layout->font_label, FALSE, NULL, &line_height, NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      double indent = entry->type == ENTRY_HEADING ? 0 : swatch_width (layout);
      double width;

      g_clear_pointer (&entry->lines, g_ptr_array_unref);
      entry->lines = dq_scene_wrap_text (layout->scene, entry->label, layout->font_label,
                                         entry->type == ENTRY_HEADING, column_width - indent);
      for (guint l = 0; l < entry->lines->len; l++)
        {
          dq_scene_measure_text (layout->scene, g_ptr_array_index (entry->lines, l),
                                 layout->font_label,
                                 entry->type == ENTRY_HEADING, &width, NULL, NULL);
          widest = MAX (widest, indent + width);
        }
      entry->height = entry->lines->len * line_height + line_height * 0.2;
      if (entry->type == ENTRY_HEADING && i > 0)
        entry->height += line_height * 0.5;
    }

  return widest;
}

/* Sends entries down columns no taller than max_height; a heading never
 * ends a column. Returns the number of columns. */
static guint
flow_entries (GArray *entries,
              double  max_height,
              double *used_height)
{
  guint column = 0;
  double y = 0, tallest = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      double needed = entry->height;

      if (entry->type == ENTRY_HEADING && i + 1 < entries->len)
        needed += g_array_index (entries, Entry, i + 1).height;
      if (y > 0 && y + needed > max_height)
        {
          column++;
          y = 0;
        }
      entry->column = column;
      entry->y = y;
      y += entry->height;
      tallest = MAX (tallest, y);
    }

  *used_height = tallest;
  return entries->len > 0 ? column + 1 : 0;
}

static void
draw_entries (Layout *layout,
              GArray *entries,
              double  left,
              double  top,
              double  column_width,
              double  column_gap)
{
  const DqTheme *theme = layout->style.theme;
  double line_height, ascent;

  dq_scene_measure_text (layout->scene, "Ag", layout->font_label, FALSE, NULL, &line_height,
                         &ascent);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      double x = left + entry->column * (column_width + column_gap);
      double y = top + entry->y + entry->height - entry->lines->len * line_height
        - line_height * 0.2;
      double sx = x + layout->radius * 1.4;
      double sy = y + line_height / 2;
      double indent = swatch_width (layout);
      DqMark *mark;

      switch (entry->type)
        {
        case ENTRY_HEADING:
          indent = 0;
          break;

        case ENTRY_SYMBOL:
          add_symbol (layout->scene, "legend", entry->kind, sx, sy,
                      g_strcmp0 (entry->kind,
                                 DQ_MAP_KIND_CONFLICT) == 0 ? layout->radius * 1.1 : layout->radius,
                      &entry->fill, &entry->stroke);
          break;

        case ENTRY_CLUSTER:
          {
            double r = cluster_radius (layout, 3);
            DqColor white = RGB (255, 255, 255);
            double w, h, a;

            mark = dq_scene_add_circle (layout->scene, "legend", sx, sy, MIN (r, line_height / 2),
                                        &entry->fill);
            mark->stroke = entry->stroke;
            mark->line_width = 1.2;
            dq_scene_measure_text (layout->scene, "3", layout->font_small * 0.9, TRUE, &w, &h, &a);
            if (layout->style.cluster.red > 0.5)
              white = RGB (20, 20, 20);
            dq_scene_add_text (layout->scene, "legend", "3", sx, sy - h / 2 + a,
                               layout->font_small * 0.9,
                               TRUE, DQ_TEXT_ANCHOR_MIDDLE, &white);
          }
          break;

        case ENTRY_AREA:
          mark = dq_scene_add_rect (layout->scene, "legend", sx - layout->radius * 1.3,
                                    sy - layout->radius, layout->radius * 2.6, layout->radius * 2,
                                    &entry->fill);
          mark->stroke = entry->stroke;
          mark->line_width = 1.2;
          mark->dash = entry->dash;
          break;

        case ENTRY_RING:
          mark = dq_scene_add_circle (layout->scene, "legend", sx, sy, layout->radius * 1.2,
                                      &entry->fill);
          mark->stroke = entry->stroke;
          mark->line_width = 1.5;
          break;

        default:
          g_assert_not_reached ();
        }

      for (guint l = 0; l < entry->lines->len; l++)
        dq_scene_add_text (layout->scene, "legend", g_ptr_array_index (entry->lines, l), x + indent,
                           y + ascent + l * line_height, layout->font_label,
                           entry->type == ENTRY_HEADING, DQ_TEXT_ANCHOR_START, &theme->foreground);
    }
}

/* The frame: title, footer and legend */

static char *
source_line (Layout *layout)
{
  DqMap *self = layout->map;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *joined = NULL;

  /* The documents behind what the map shows, in the order first met. */
  for (guint i = 0; i < layout->items->len; i++)
    {
      const Item *item = g_ptr_array_index (layout->items, i);
      const char *document_id;
      DqDocument *document;

      if (item->source == NULL)
        continue;
      document_id = dq_source_get_document_id (item->source);
      if (document_id == NULL || !g_hash_table_add (seen, (gpointer) document_id))
        continue;
      document = dq_dataset_lookup_document (self->dataset, document_id);
      if (document != NULL && dq_document_get_short (document) != NULL)
        g_ptr_array_add (names, (gpointer) dq_text_get (dq_document_get_short (document),
                                                        layout->language));
      else if (document != NULL)
        g_ptr_array_add (names, (gpointer) dq_document_get_title (document));
    }
  g_ptr_array_add (names, NULL);

  joined = names->len > 1 ? g_strjoinv ("; ", (char **) names->pdata) : g_strdup ("—");
  return dq_map_string_format (DQ_MAP_STRING_SOURCE, layout->language, joined);
}

static double
add_lines (Layout        *layout,
           const char    *role,
           const char    *text,
           double         font,
           gboolean       bold,
           const DqColor *color,
           double         y,
           gboolean       draw)
{
  g_autoptr(GPtrArray) lines = dq_scene_wrap_text (layout->scene, text, font, bold,
                                                   layout->width - 2 * layout->margin);
  double height, ascent;

  dq_scene_measure_text (layout->scene, "Ag", font, bold, NULL, &height, &ascent);
  for (guint i = 0; i < lines->len && draw; i++)
    dq_scene_add_text (layout->scene, role, g_ptr_array_index (lines, i), layout->margin,
                       y + ascent + i * height, font, bold, DQ_TEXT_ANCHOR_START, color);

  return lines->len * height;
}

static double
add_footer (Layout   *layout,
            gboolean  draw)
{
  DqMap *self = layout->map;
  const DqTheme *theme = layout->style.theme;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  guint n_unlocated = g_list_model_get_n_items (G_LIST_MODEL (self->unlocated));
  guint n_synthetic = 0;
  double total = 0, y;

  for (guint i = 0; i < layout->items->len; i++)
    n_synthetic += ((const Item *) g_ptr_array_index (layout->items, i))->synthetic;

  if (n_unlocated > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_unlocated);

      g_ptr_array_add (notes, dq_map_string_format (DQ_MAP_STRING_NOT_LOCATED_COUNT,
                                                    layout->language, count));
    }
  if (n_synthetic > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_synthetic);

      g_ptr_array_add (notes, dq_map_string_format (DQ_MAP_STRING_SYNTHETIC, layout->language,
                                                    count));
    }
  g_ptr_array_add (notes, source_line (layout));

  for (guint i = 0; i < notes->len; i++)
    total += add_lines (layout, "source", g_ptr_array_index (notes, i), layout->font_small, FALSE,
                        &theme->muted, 0, FALSE);

  y = layout->height - layout->margin - total;
  for (guint i = 0; i < notes->len && draw; i++)
    y += add_lines (layout, i + 1 == notes->len ? "source" : "note", g_ptr_array_index (notes, i),
                    layout->font_small, FALSE, &theme->muted, y, TRUE);

  return total;
}

static double
add_header (Layout   *layout,
            gboolean  draw)
{
  DqMap *self = layout->map;
  const DqTheme *theme = layout->style.theme;
  double y = layout->margin;
  const char *group_id = dq_map_filter_get_group (self->filter);
  DqGroup *group = group_id != NULL ? dq_dataset_lookup_group (self->dataset, group_id) : NULL;

  y += add_lines (layout, "title", dq_map_string (DQ_MAP_STRING_TITLE, layout->language),
                  layout->font_title, TRUE, &theme->foreground, y, draw);
  y += add_lines (layout, "subtitle", dq_map_string (DQ_MAP_STRING_SUBTITLE, layout->language),
                  layout->font_subtitle, FALSE, &theme->muted, y, draw);
  if (group != NULL)
    {
      gboolean any = g_hash_table_size (layout->highlight) > 0 || layout->has_context ||
                     g_hash_table_size (layout->highlight_places) > 0;
      g_autofree char *line = dq_map_string_format (any ? DQ_MAP_STRING_SUBTITLE_GROUP
                                                        : DQ_MAP_STRING_SUBTITLE_GROUP_NONE,
                                                    layout->language,
                                                    dq_text_get (dq_group_get_name (group),
                                                                 layout->language));

      y += add_lines (layout, "subtitle", line, layout->font_subtitle, FALSE, &theme->foreground, y,
                      draw);
    }

  return y;
}

static void
add_frame_masks (Layout *layout)
{
  const DqColor *background = &layout->style.theme->background;
  double w = layout->width, h = layout->height;

  /* A zoomed map runs past its area; the frame covers what would run
   * under the title, the legend and the footer, as a clip would. */
  dq_scene_add_rect (layout->scene, "frame", 0, 0, w, layout->top, background);
  dq_scene_add_rect (layout->scene, "frame", 0, layout->bottom, w, h - layout->bottom, background);
  dq_scene_add_rect (layout->scene, "frame", 0, layout->top, layout->left,
                     layout->bottom - layout->top,
                     background);
  dq_scene_add_rect (layout->scene, "frame", layout->right, layout->top, w - layout->right,
                     layout->bottom - layout->top, background);
}

/* The hit-testing grid */

static void
mark_hit_box (const DqMark *mark,
              double       *x,
              double       *y,
              double       *w,
              double       *h)
{
  /* The same box and slack as dq_scene_lookup_mark(), so that the grid
   * finds exactly what a scan of the scene would. */
  dq_mark_get_bounds (mark, x, y, w, h);
  if (*w < 6)
    {
      *x -= (6 - *w) / 2;
      *w = 6;
    }
  if (*h < 6)
    {
      *y -= (6 - *h) / 2;
      *h = 6;
    }
}

static void
build_index (DqMap  *self,
             Layout *layout)
{
  guint n_cells;
  g_autoptr(GArray) fill = NULL;

  self->index_columns = MAX (1, (int) ceil (layout->width / INDEX_CELL));
  self->index_rows = MAX (1, (int) ceil (layout->height / INDEX_CELL));
  n_cells = self->index_columns * self->index_rows;

  g_array_set_size (self->index_starts, n_cells + 1);
  memset (self->index_starts->data, 0, sizeof (guint) * (n_cells + 1));

  /* Two passes: count the entries of each cell, then fill them in, so
   * that the grid is two flat arrays. */
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          guint total = 0;

          for (guint c = 0; c <= n_cells; c++)
            {
              guint count = g_array_index (self->index_starts, guint, c);

              g_array_index (self->index_starts, guint, c) = total;
              total += count;
            }
          g_array_set_size (self->index_entries, total);
          fill = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_cells);
          g_array_set_size (fill, n_cells);
          memcpy (fill->data, self->index_starts->data, sizeof (guint) * n_cells);
        }

      for (guint i = 0; i < layout->hit_marks->len; i++)
        {
          guint index = g_array_index (layout->hit_marks, guint, i);
          const DqMark *mark = dq_scene_get_mark (layout->scene, index);
          double x, y, w, h;
          int c0, c1, r0, r1;

          mark_hit_box (mark, &x, &y, &w, &h);
          c0 = CLAMP ((int) floor (x / INDEX_CELL), 0, self->index_columns - 1);
          c1 = CLAMP ((int) floor ((x + w) / INDEX_CELL), 0, self->index_columns - 1);
          r0 = CLAMP ((int) floor (y / INDEX_CELL), 0, self->index_rows - 1);
          r1 = CLAMP ((int) floor ((y + h) / INDEX_CELL), 0, self->index_rows - 1);

          for (int r = r0; r <= r1; r++)
            {
              for (int c = c0; c <= c1; c++)
                {
                  guint cell = r * self->index_columns + c;

                  if (pass == 0)
                    g_array_index (self->index_starts, guint, cell)++;
                  else
                    g_array_index (self->index_entries, guint, g_array_index (fill, guint,
                                                                              cell)++) = index;
                }
            }
        }
    }
}

/* Builds the scene */

static void
select_items (Layout *layout)
{
  DqMap *self = layout->map;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (_dq_map_filter_passes (self->filter, item->kind, item->name, item->place,
                                 item->groups))
        g_ptr_array_add (layout->items, item);
    }
}

static void
cluster_clear (gpointer data)
{
  Cluster *cluster = data;

  g_clear_pointer (&cluster->members, g_array_unref);
}

static void
fit_view (Layout *layout)
{
  DqMap *self = layout->map;

  dq_map_viewport_set_size (self->viewport, MAX (1, layout->right - layout->left),
                            MAX (1, layout->bottom - layout->top));
  _dq_map_viewport_compute (self->viewport, layout->left, layout->top, &layout->viewport);
}

/**
 * dq_map_build_scene:
 * @self: a #DqMap
 * @width: the width in scene units (CSS pixels)
 * @height: the height in scene units
 * @dark: whether to use the dark theme (screen); exports use light
 *
 * Lays the map out as a scene: the base map, regions highlighted for the
 * selected group, centres and events as symbols (or clusters), labels
 * placed without overlap, the legend, the title and the sources. The map
 * keeps the scene, so that dq_map_lookup() can answer for it.
 *
 * Returns: (transfer full): the scene
 */
DqScene *
dq_map_build_scene (DqMap    *self,
                    double    width,
                    double    height,
                    gboolean  dark)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GArray) symbols = g_array_new (FALSE, TRUE, sizeof (Symbol));
  g_autoptr(GArray) clusters = g_array_new (FALSE, TRUE, sizeof (Cluster));
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) hit_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) highlight = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) context = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) highlight_places = g_hash_table_new (g_str_hash, g_str_equal);
  double min_lon, min_lat, max_lon, max_lat;
  double s, header, footer, legend_width, legend_height, natural, column_gap, line_height;
  guint n_columns;
  gboolean side;
  DqProjection projection;
  Layout layout = { 0 };
  DqScene *scene;

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  scene = dq_scene_new (width, height, self->language);
  g_array_set_clear_func (clusters, cluster_clear);

  layout.map = self;
  layout.scene = scene;
  layout.language = self->language;
  layout.width = width;
  layout.height = height;
  layout.items = items;
  layout.symbols = symbols;
  layout.clusters = clusters;
  layout.obstacles = obstacles;
  layout.hit_marks = hit_marks;
  layout.highlight = highlight;
  layout.context = context;
  layout.highlight_places = highlight_places;
  style_init (&layout.style, dark);

  /* Type and symbols grow a little with the canvas, within limits, so that
   * a thumbnail and a poster both read. */
  s = CLAMP (MIN (width / 1100, height / 760), 0.75, 1.6);
  layout.margin = 16 * s;
  layout.font_title = 19 * s;
  layout.font_subtitle = 12.5 * s;
  layout.font_label = 11.5 * s;
  layout.font_region = 10 * s;
  layout.font_small = 10 * s;
  layout.radius = 5.5 * s;
  column_gap = layout.font_label * 1.5;

  dq_scene_set_background (scene, &layout.style.theme->background);
  dq_scene_set_title (scene, dq_map_string (DQ_MAP_STRING_TITLE, self->language));

  if (self->dataset != NULL)
    {
      select_items (&layout);
      collect_highlight (&layout);
    }

  header = add_header (&layout, FALSE) + layout.margin * 0.75;
  footer = add_footer (&layout, FALSE) + layout.margin * 1.25;
  layout.top = header;
  layout.bottom = height - footer;

  /* The legend beside the map on a wide canvas, under it on a tall one. */
  entries = legend_entries (&layout, self->clustering);
  natural = measure_entries (&layout, entries, width * 0.3);
  dq_scene_measure_text (scene, "Ag", layout.font_label, FALSE, NULL, &line_height, NULL);
  side = width >= height * 1.15;
  if (side)
    {
      n_columns = flow_entries (entries, layout.bottom - layout.top, &legend_height);
      legend_width = n_columns * natural + (n_columns > 0 ? n_columns - 1 : 0) * column_gap;
      layout.left = layout.margin;
      layout.right = width - layout.margin - legend_width - (n_columns > 0 ? layout.margin : 0);
    }
  else
    {
      guint fit = MAX (1,
                       (guint) ((width - 2 * layout.margin + column_gap) / (natural + column_gap)));
      double max_height = line_height;

      /* The shortest band whose columns fit across the canvas. */
      while ((n_columns = flow_entries (entries, max_height, &legend_height)) > fit)
        max_height += line_height / 2;
      layout.left = layout.margin;
      layout.right = width - layout.margin;
      layout.bottom -= legend_height + (n_columns > 0 ? layout.margin : 0);
    }

  dq_basemap_get_bounds (self->basemap, &min_lon, &min_lat, &max_lon, &max_lat);
  dq_projection_init_central_asia (&projection);
  fit_view (&layout);

  /* On a tall canvas the whole map is narrower than the canvas is high:
   * bring the legend up under it rather than leave a band of nothing. */
  if (!side)
    {
      double y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      for (int i = 0; i <= 32; i++)
        {
          double t = i / 32.0, x, y;
          double lons[2] = { min_lon + t * (max_lon - min_lon), min_lon + t * (max_lon - min_lon) };
          double lats[2] = { min_lat, max_lat };

          for (int k = 0; k < 2; k++)
            {
              DqViewport plain = layout.viewport;

              /* Measured at zoom 1, so that zooming never moves the frame. */
              dq_viewport_fit (&plain, &projection, min_lon, min_lat, max_lon, max_lat, 0.01,
                               layout.left, layout.top, MAX (1, layout.right - layout.left),
                               MAX (1, layout.bottom - layout.top));
              dq_viewport_to_canvas (&plain, lons[k], lats[k], &x, &y);
              y0 = MIN (y0, y);
              y1 = MAX (y1, y);
            }
        }
      if (y1 - y0 > 0 && (y1 - y0) * 1.02 < layout.bottom - layout.top)
        {
          layout.bottom = layout.top + (y1 - y0) * 1.02;
          fit_view (&layout);
        }
    }

  if (layout.right - layout.left < 40 || layout.bottom - layout.top < 40)
    {
      /* Too small for a map: the frame alone. */
      layout.right = MAX (layout.left, layout.right);
      layout.bottom = MAX (layout.top, layout.bottom);
    }


  draw_basemap (&layout);
  if (self->dataset != NULL)
    {
      place_symbols (&layout);
      draw_places (&layout);
      draw_symbols (&layout);
      place_labels (&layout);
    }

  add_frame_masks (&layout);
  add_header (&layout, TRUE);
  add_footer (&layout, TRUE);

  /* Without clusters on the map, the legend does not explain them. */
  if (self->clustering && !layout.has_clusters)
    {
      g_clear_pointer (&entries, g_array_unref);
      entries = legend_entries (&layout, FALSE);
      measure_entries (&layout, entries, width * 0.3);
      flow_entries (entries, side ? layout.bottom - layout.top : legend_height + line_height,
                    &legend_height);
    }
  if (side)
    draw_entries (&layout, entries, layout.right + layout.margin, layout.top, natural, column_gap);
  else
    draw_entries (&layout, entries, layout.margin, layout.bottom + layout.margin, natural,
                  column_gap);

  g_set_object (&self->scene, scene);
  self->view = layout.viewport;
  self->has_view = TRUE;
  build_index (self, &layout);

  /* Clusters hold their member arrays; the rest is borrowed. */
  return scene;
}

static gboolean
in_map_area (DqMap  *self,
             double  x,
             double  y)
{
  return self->scene != NULL && x >= 0 && y >= 0 &&
         x < dq_scene_get_width (self->scene) && y < dq_scene_get_height (self->scene);
}

/**
 * dq_map_lookup:
 * @self: a #DqMap
 * @x: a point of the last scene built, in scene units
 * @y: a point of the last scene built
 *
 * Finds the topmost centre, cluster or event under a point of the scene
 * last returned by dq_map_build_scene(), through a grid of the symbols'
 * boxes rather than a scan of every mark.
 *
 * Returns: (nullable) (transfer none): the datum of the mark: a centre
 *   id, an event id, or "cluster:" and the members' ids separated by
 *   commas; %NULL for none
 */
const char *
dq_map_lookup (DqMap  *self,
               double  x,
               double  y)
{
  guint cell, start, end;

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  if (!in_map_area (self, x, y) || self->index_starts->len == 0)
    return NULL;

  cell = MIN ((int) (y / INDEX_CELL), self->index_rows - 1) * self->index_columns +
         MIN ((int) (x / INDEX_CELL), self->index_columns - 1);
  start = g_array_index (self->index_starts, guint, cell);
  end = g_array_index (self->index_starts, guint, cell + 1);

  /* Entries are in drawing order: the last hit is the one on top. */
  for (guint i = end; i > start; i--)
    {
      const DqMark *mark = dq_scene_get_mark (self->scene, g_array_index (self->index_entries,
                                                                          guint, i - 1));
      double bx, by, bw, bh;

      mark_hit_box (mark, &bx, &by, &bw, &bh);
      if (x >= bx && x <= bx + bw && y >= by && y <= by + bh)
        return mark->datum;
    }

  return NULL;
}

/**
 * dq_map_lookup_region:
 * @self: a #DqMap
 * @x: a point of the last scene built
 * @y: a point of the last scene built
 *
 * Returns: (nullable) (transfer none): the HASC code of the region under
 *   the point, or %NULL
 */
const char *
dq_map_lookup_region (DqMap  *self,
                      double  x,
                      double  y)
{
  const DqBasemapArea *area;
  double lon, lat;

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  if (!dq_map_canvas_to_lonlat (self, x, y, &lon, &lat))
    return NULL;

  area = dq_basemap_lookup_region (self->basemap, lon, lat);
  return area != NULL ? area->code : NULL;
}

/**
 * dq_map_canvas_to_lonlat:
 * @self: a #DqMap
 * @x: a point of the last scene built
 * @y: a point of the last scene built
 * @lon: (out): its longitude
 * @lat: (out): its latitude
 *
 * For panning and zooming about the pointer.
 *
 * Returns: %FALSE if no scene has been built
 */
gboolean
dq_map_canvas_to_lonlat (DqMap  *self,
                         double  x,
                         double  y,
                         double *lon,
                         double *lat)
{
  g_return_val_if_fail (DQ_IS_MAP (self), FALSE);

  if (!self->has_view)
    return FALSE;

  dq_viewport_from_canvas (&self->view, x, y, lon, lat);
  return TRUE;
}

/**
 * dq_map_lonlat_to_canvas:
 * @self: a #DqMap
 * @lon: a longitude
 * @lat: a latitude
 * @x: (out): where it is in the last scene built
 * @y: (out): where it is in the last scene built
 *
 * Returns: %FALSE if no scene has been built
 */
gboolean
dq_map_lonlat_to_canvas (DqMap  *self,
                         double  lon,
                         double  lat,
                         double *x,
                         double *y)
{
  g_return_val_if_fail (DQ_IS_MAP (self), FALSE);

  if (!self->has_view)
    return FALSE;

  dq_viewport_to_canvas (&self->view, lon, lat, x, y);
  return TRUE;
}
