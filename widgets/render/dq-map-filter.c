/* dq-map-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include "dq-map.h"
#include "dq-map-filter.h"
#include "dq-map-private.h"

struct _DqMapFilter
{
  GObject    parent_instance;

  /* Owned */
  DqDataset *dataset;
  char      *group;
  GStrv      kinds;
  /* The kinds as bits, see kind_bit() */
  guint      kind_mask;
  char      *country;
  char      *search_text;
  /* The search text, normalized and case-folded once */
  char      *search_folded;
};

G_DEFINE_FINAL_TYPE (DqMapFilter, dq_map_filter, G_TYPE_OBJECT)

/* A record's bit in the kind mask: its centre kind's, or the one past
 * them for an event. */
static guint
kind_bit (DqCentreKind kind,
          gboolean     is_event)
{
  return 1u << (is_event ? DQ_N_CENTRE_KINDS : kind);
}

/* The names of kinds as a mask, read once: the nicks of DqCentreKind and
 * DQ_MAP_KIND_CONFLICT. A name that is neither lets nothing through. */
static guint
kind_mask (const char * const *kinds)
{
  guint mask = 0;

  for (guint i = 0; kinds != NULL && kinds[i] != NULL; i++)
    {
      DqCentreKind kind;

      if (g_str_equal (kinds[i], DQ_MAP_KIND_CONFLICT))
        mask |= kind_bit (0, TRUE);
      else if (dq_centre_kind_from_string (kinds[i], &kind))
        mask |= kind_bit (kind, FALSE);
    }

  return mask;
}

enum {
  PROP_0,
  PROP_DATASET,
  PROP_GROUP,
  PROP_KINDS,
  PROP_COUNTRY,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dq_map_filter_dispose (GObject *object)
{
  DqMapFilter *self = DQ_MAP_FILTER (object);

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_map_filter_parent_class)->dispose (object);
}

static void
dq_map_filter_finalize (GObject *object)
{
  DqMapFilter *self = DQ_MAP_FILTER (object);

  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->kinds, g_strfreev);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_folded, g_free);

  G_OBJECT_CLASS (dq_map_filter_parent_class)->finalize (object);
}

static void
dq_map_filter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqMapFilter *self = DQ_MAP_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_KINDS:
      g_value_set_boxed (value, self->kinds);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_filter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqMapFilter *self = DQ_MAP_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_map_filter_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_GROUP:
      dq_map_filter_set_group (self, g_value_get_string (value));
      break;

    case PROP_KINDS:
      dq_map_filter_set_kinds (self, g_value_get_boxed (value));
      break;

    case PROP_COUNTRY:
      dq_map_filter_set_country (self, g_value_get_string (value));
      break;

    case PROP_SEARCH_TEXT:
      dq_map_filter_set_search_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_filter_class_init (DqMapFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_map_filter_dispose;
  object_class->finalize = dq_map_filter_finalize;
  object_class->get_property = dq_map_filter_get_property;
  object_class->set_property = dq_map_filter_set_property;

  /**
   * DqMapFilter:dataset:
   *
   * Where the places and groups of the records are looked up.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapFilter:group:
   *
   * The id of the group to highlight, or %NULL. It lets every record
   * through; those of other groups are drawn dimmed.
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapFilter:kinds:
   *
   * The kinds of centre to let through (see dq_map_list_kinds(), which
   * includes "conflict" for events), or %NULL for all.
   */
  properties[PROP_KINDS] =
    g_param_spec_boxed ("kinds", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapFilter:country:
   *
   * "KZ" or "UZ" to let one country's records through, or %NULL for both.
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqMapFilter:search-text:
   *
   * Lets through only records whose name, place or groups contain this
   * text in any language, ignoring case; %NULL or empty for all.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_map_filter_init (DqMapFilter *self)
{
}

/**
 * dq_map_filter_new:
 *
 * Returns: (transfer full): a filter that lets every record through
 */
DqMapFilter *
dq_map_filter_new (void)
{
  return g_object_new (DQ_TYPE_MAP_FILTER, NULL);
}

DqDataset *
dq_map_filter_get_dataset (DqMapFilter *self)
{
  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), NULL);

  return self->dataset;
}

void
dq_map_filter_set_dataset (DqMapFilter *self,
                           DqDataset   *dataset)
{
  g_return_if_fail (DQ_IS_MAP_FILTER (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

const char *
dq_map_filter_get_group (DqMapFilter *self)
{
  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), NULL);

  return self->group;
}

/* An empty string stands for none, as an entry that was cleared gives. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * dq_map_filter_set_group:
 * @self: a #DqMapFilter
 * @group_id: (nullable): a group id, or %NULL for none
 */
void
dq_map_filter_set_group (DqMapFilter *self,
                         const char  *group_id)
{
  g_return_if_fail (DQ_IS_MAP_FILTER (self));

  if (set_string (&self->group, group_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

/**
 * dq_map_filter_get_kinds:
 * @self: a #DqMapFilter
 *
 * Returns: (nullable) (transfer none): the kinds let through, or %NULL for
 *   all
 */
const char * const *
dq_map_filter_get_kinds (DqMapFilter *self)
{
  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), NULL);

  return (const char * const *) self->kinds;
}

/**
 * dq_map_filter_set_kinds:
 * @self: a #DqMapFilter
 * @kinds: (nullable) (array zero-terminated=1): the kinds to let through,
 *   or %NULL for all
 */
void
dq_map_filter_set_kinds (DqMapFilter        *self,
                         const char * const *kinds)
{
  g_return_if_fail (DQ_IS_MAP_FILTER (self));

  if (self->kinds == NULL && kinds == NULL)
    return;
  if (self->kinds != NULL && kinds != NULL &&
      g_strv_equal ((const char * const *) self->kinds, kinds))
    return;

  g_strfreev (self->kinds);
  self->kinds = g_strdupv ((char **) kinds);
  self->kind_mask = kind_mask (kinds);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KINDS]);
}

const char *
dq_map_filter_get_country (DqMapFilter *self)
{
  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), NULL);

  return self->country;
}

/**
 * dq_map_filter_set_country:
 * @self: a #DqMapFilter
 * @country: (nullable): "KZ", "UZ", or %NULL for both
 */
void
dq_map_filter_set_country (DqMapFilter *self,
                           const char  *country)
{
  g_return_if_fail (DQ_IS_MAP_FILTER (self));

  if (set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
dq_map_filter_get_search_text (DqMapFilter *self)
{
  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), NULL);

  return self->search_text;
}

/**
 * dq_map_filter_set_search_text:
 * @self: a #DqMapFilter
 * @text: (nullable): the text to look for
 */
void
dq_map_filter_set_search_text (DqMapFilter *self,
                               const char  *text)
{
  g_return_if_fail (DQ_IS_MAP_FILTER (self));

  if (!set_string (&self->search_text, text))
    return;

  g_clear_pointer (&self->search_folded, g_free);
  if (self->search_text != NULL)
    {
      g_autofree char *normalized = g_utf8_normalize (self->search_text, -1, G_NORMALIZE_ALL);

      self->search_folded = g_utf8_casefold (normalized, -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static gboolean
text_matches (const DqText *text,
              const char   *needle)
{
  return text != NULL && dq_text_contains_casefold (text, needle);
}

static gboolean
matches_search (DqMapFilter        *self,
                const DqText       *name,
                DqPlace            *place,
                const char * const *groups)
{
  if (self->search_folded == NULL)
    return TRUE;

  if (text_matches (name, self->search_folded))
    return TRUE;
  if (place != NULL && text_matches (dq_place_get_name (place), self->search_folded))
    return TRUE;

  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      DqGroup *group = self->dataset != NULL ? dq_dataset_lookup_group (self->dataset,
                                                                        groups[i]) : NULL;

      if (group != NULL && text_matches (dq_group_get_name (group), self->search_folded))
        return TRUE;
    }

  return FALSE;
}

/**
 * _dq_map_filter_passes:
 * @self: a #DqMapFilter
 * @kind: the record's kind, if it is a centre
 * @is_event: whether it is an event
 * @name: (nullable): its name
 * @place: (nullable): its place
 * @groups: (nullable): the ids of its groups
 *
 * Whether the kind, country and search filters let a record through. A
 * record without a place has no country, and stays under a country
 * filter: nothing says it is elsewhere.
 */
gboolean
_dq_map_filter_passes (DqMapFilter        *self,
                       DqCentreKind        kind,
                       gboolean            is_event,
                       const DqText       *name,
                       DqPlace            *place,
                       const char * const *groups)
{
  g_assert (DQ_IS_MAP_FILTER (self));

  if (self->kinds != NULL && (self->kind_mask & kind_bit (kind, is_event)) == 0)
    return FALSE;

  if (self->country != NULL && place != NULL &&
      g_strcmp0 (dq_place_get_country (place), self->country) != 0)
    return FALSE;

  return matches_search (self, name, place, groups);
}

/**
 * _dq_map_filter_relates:
 * @self: a #DqMapFilter
 * @groups: (nullable): the ids of a record's groups
 *
 * Whether a record belongs with the highlighted group, or any record when
 * no group is. Centres for several or all groups are dimmed too: the map
 * is then about the one group.
 */
gboolean
_dq_map_filter_relates (DqMapFilter        *self,
                        const char * const *groups)
{
  g_assert (DQ_IS_MAP_FILTER (self));

  return self->group == NULL || (groups != NULL && g_strv_contains (groups, self->group));
}

/* The fields of a centre or an event that the filter looks at. */
static void
record_fields (DqMapFilter         *self,
               gpointer             record,
               DqCentreKind        *kind,
               gboolean            *is_event,
               const DqText       **name,
               DqPlace            **place,
               const char * const **groups)
{
  const char *place_id;

  if (DQ_IS_CENTRE (record))
    {
      place_id = dq_centre_get_place_id (record);
      *kind = dq_centre_get_kind (record);
      *is_event = FALSE;
      *groups = dq_centre_get_group_ids (record);
      *name = dq_centre_get_name (record);
    }
  else
    {
      place_id = dq_event_get_place_id (record);
      *kind = 0;
      *is_event = TRUE;
      *groups = dq_event_get_group_ids (record);
      *name = dq_event_get_name (record);
    }

  *place = place_id != NULL && self->dataset != NULL ? dq_dataset_lookup_place (self->dataset,
                                                                                place_id)
                                                     : NULL;
}

/**
 * dq_map_filter_match:
 * @self: a #DqMapFilter
 * @record: (type GObject): a #DqCentre or a #DqEvent
 *
 * Returns: whether the kind, country and search filters let @record
 *   through, so that the map draws it (or lists it as not located)
 */
gboolean
dq_map_filter_match (DqMapFilter *self,
                     gpointer     record)
{
  DqCentreKind kind;
  gboolean is_event;
  const DqText *name;
  DqPlace *place;
  const char * const *groups;

  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), FALSE);
  g_return_val_if_fail (DQ_IS_CENTRE (record) || DQ_IS_EVENT (record), FALSE);

  record_fields (self, record, &kind, &is_event, &name, &place, &groups);

  return _dq_map_filter_passes (self, kind, is_event, name, place, groups);
}

/**
 * dq_map_filter_is_related:
 * @self: a #DqMapFilter
 * @record: (type GObject): a #DqCentre or a #DqEvent
 *
 * Returns: whether @record is of the highlighted group, or %TRUE when no
 *   group is; the map dims the records that are not
 */
gboolean
dq_map_filter_is_related (DqMapFilter *self,
                          gpointer     record)
{
  DqCentreKind kind;
  gboolean is_event;
  const DqText *name;
  DqPlace *place;
  const char * const *groups;

  g_return_val_if_fail (DQ_IS_MAP_FILTER (self), FALSE);
  g_return_val_if_fail (DQ_IS_CENTRE (record) || DQ_IS_EVENT (record), FALSE);

  record_fields (self, record, &kind, &is_event, &name, &place, &groups);

  return _dq_map_filter_relates (self, groups);
}
