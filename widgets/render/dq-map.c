/* dq-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map.h"
#include "dq-map-private.h"
#include "dq-render-enums.h"

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
  PROP_REGIONS,
  PROP_SHARES,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Centre kinds in legend order (the nicks of DqCentreKind), then the
 * events' kind; filled by dq_map_list_kinds(). */
static const char *all_kinds[DQ_N_CENTRE_KINDS + 2];


void
_dq_map_item_free (gpointer data)
{
  DqMapItem *item = data;

  g_free (item->id);
  g_clear_pointer (&item->owned_name, dq_text_free);
  g_free (item);
}

void
_dq_map_changed (DqMap *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}


/* Records without a place */

/* Whether the map shows @event: its legend and filter name events as
 * conflicts, so the other kinds (a law, an interview, the capital's move)
 * are left to the timeline. */
gboolean
_dq_map_draws_event (DqEvent *event)
{
  return g_str_equal (dq_event_get_kind (event), "conflict");
}

void
_dq_map_update_unlocated (DqMap *self)
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
              const char *place_id;
              DqCentreKind kind = 0;
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
                  /* An event of a whole country (a famine, a law) has no
                   * place to locate. */
                  if (dq_event_get_place_id (DQ_EVENT (object)) == NULL ||
                      !_dq_map_draws_event (DQ_EVENT (object)))
                    continue;
                  place_id = dq_event_get_place_id (DQ_EVENT (object));
                  groups = dq_event_get_group_ids (DQ_EVENT (object));
                  name = dq_event_get_name (DQ_EVENT (object));
                }

              place = place_id != NULL ? dq_dataset_lookup_place (self->dataset, place_id) : NULL;
              if (place != NULL && dq_place_is_located (place))
                continue;
              if (_dq_map_filter_passes (self->filter, kind, DQ_IS_EVENT (object), name, place,
                                         groups))
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
    _dq_map_update_unlocated (self);
  g_object_notify_by_pspec (G_OBJECT (self), own);
  _dq_map_changed (self);
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
        _dq_map_changed (self);
    }
}

static void
dq_map_dispose (GObject *object)
{
  DqMap *self = DQ_MAP (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->basemap);
  g_clear_object (&self->region_shares);
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
      g_value_set_enum (value, self->language);
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

    case PROP_REGIONS:
      g_value_set_enum (value, self->regions);
      break;

    case PROP_SHARES:
      g_value_set_boolean (value, self->shares);
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
      dq_map_set_language (self, g_value_get_enum (value));
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

    case PROP_REGIONS:
      dq_map_set_regions (self, g_value_get_enum (value));
      break;

    case PROP_SHARES:
      dq_map_set_shares (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The map's properties, apart from its class's other set-up. */
static void
install_properties (GObjectClass *object_class)
{
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
    g_param_spec_enum ("language", NULL, NULL,
                       DQ_TYPE_LANGUAGE, DQ_LANGUAGE_EN,
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

  /**
   * DqMap:regions:
   *
   * Which division of Kazakhstan the map draws: today's regions (the
   * default) or those before 2018, for data that names them.
   */
  properties[PROP_REGIONS] =
    g_param_spec_enum ("regions", NULL, NULL,
                       DQ_TYPE_MAP_REGIONS, DQ_MAP_REGIONS_2024,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMap:shares:
   *
   * Whether regions are coloured by the share of the highlighted group
   * (#DqMap:group) in their population, where a figure exists; regions
   * without one are hatched. Only today's regions have figures.
   */
  properties[PROP_SHARES] =
    g_param_spec_boolean ("shares", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_map_class_init (DqMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_map_dispose;
  object_class->finalize = dq_map_finalize;
  object_class->get_property = dq_map_get_property;
  object_class->set_property = dq_map_set_property;

  /* The kind table is filled before any map reads it. */
  dq_map_list_kinds ();

  install_properties (object_class);

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
  self->items = g_ptr_array_new_with_free_func (_dq_map_item_free);
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
  self->region_shares = dq_region_shares_dup_default (&error);
  if (self->region_shares == NULL)
    g_error ("Cannot read the regional shares: %s", error->message);

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
  _dq_map_rebuild_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  _dq_map_changed (self);
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
  _dq_map_changed (self);
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
      _dq_map_changed (self);
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
  _dq_map_changed (self);
}

DqMapRegions
dq_map_get_regions (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), DQ_MAP_REGIONS_2024);

  return self->regions;
}

/**
 * dq_map_set_regions:
 * @self: a #DqMap
 * @regions: which division of Kazakhstan to draw
 *
 * Swaps the outlines; the view stays where it is.
 */
void
dq_map_set_regions (DqMap        *self,
                    DqMapRegions  regions)
{
  g_autoptr(GError) error = NULL;
  DqBasemap *basemap;

  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (regions == DQ_MAP_REGIONS_2024 || regions == DQ_MAP_REGIONS_PRE_2018);

  if (self->regions == regions)
    return;

  /* Compiled into the program, like the default one. */
  basemap = dq_basemap_dup_division (regions, &error);
  if (basemap == NULL)
    g_error ("Cannot read the base map: %s", error->message);
  g_set_object (&self->basemap, basemap);
  g_object_unref (basemap);

  self->regions = regions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIONS]);
  _dq_map_changed (self);
}

gboolean
dq_map_get_shares (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), FALSE);

  return self->shares;
}

/**
 * dq_map_set_shares:
 * @self: a #DqMap
 * @shares: whether to colour regions by the group's share
 *
 * See #DqMap:shares. The map draws shares only with a group and today's
 * regions; dq_map_shows_shares() says whether it does.
 */
void
dq_map_set_shares (DqMap    *self,
                   gboolean  shares)
{
  g_return_if_fail (DQ_IS_MAP (self));

  shares = !!shares;
  if (self->shares == shares)
    return;

  self->shares = shares;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARES]);
  _dq_map_changed (self);
}

/**
 * dq_map_shows_shares:
 * @self: a #DqMap
 *
 * Whether the scene colours regions by share: #DqMap:shares is on, a
 * group is highlighted and the regions are today's, the only ones the
 * figures are given for.
 *
 * Returns: %TRUE if the regions show shares
 */
gboolean
dq_map_shows_shares (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), FALSE);

  return self->shares && self->regions == DQ_MAP_REGIONS_2024 &&
         dq_map_filter_get_group (self->filter) != NULL;
}

/**
 * dq_map_get_region_shares:
 * @self: a #DqMap
 *
 * Returns: (transfer none): the table of shares the map colours by
 */
DqRegionShares *
dq_map_get_region_shares (DqMap *self)
{
  g_return_val_if_fail (DQ_IS_MAP (self), NULL);

  return self->region_shares;
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
  static gsize filled;

  if (g_once_init_enter (&filled))
    {
      for (guint k = 0; k < DQ_N_CENTRE_KINDS; k++)
        all_kinds[k] = dq_centre_kind_to_string (k);
      all_kinds[DQ_N_CENTRE_KINDS] = DQ_MAP_KIND_CONFLICT;
      g_once_init_leave (&filled, 1);
    }

  return all_kinds;
}
