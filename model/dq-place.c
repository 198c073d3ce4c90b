/* dq-place.c
 *
 * A city, village, site, district or region named in the documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-dataset-private.h"
#include "dq-place.h"

struct _DqPlace
{
  GObject   parent_instance;

  char     *id;
  DqText   *name;
  char     *country;
  char     *kind;
  gboolean  located;
  double    latitude;
  double    longitude;
  char     *hasc;
  char     *region_id;
  char     *location_source;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COUNTRY,
  PROP_LOCATED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqPlace, dq_place, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_place_finalize (GObject *object)
{
  DqPlace *self = DQ_PLACE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->hasc, g_free);
  g_clear_pointer (&self->region_id, g_free);
  g_clear_pointer (&self->location_source, g_free);

  G_OBJECT_CLASS (dq_place_parent_class)->finalize (object);
}

static void
dq_place_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DqPlace *self = DQ_PLACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, dq_text_get_default (self->name));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_LOCATED:
      g_value_set_boolean (value, self->located);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_place_class_init (DqPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_place_finalize;
  object_class->get_property = dq_place_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOCATED] =
    g_param_spec_boolean ("located", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_place_init (DqPlace *self)
{
}

DqPlace *
_dq_place_new_from_json (DqJsonReader  *reader,
                         JsonObject    *object,
                         GError       **error)
{
  static const char * const members[] = {
    "id", "name", "country", "kind", "lat", "lon", "hasc", "region", "location_source", NULL
  };
  static const char * const kinds[] = { "city", "village", "site", "region", "district", NULL };
  g_autoptr(DqPlace) self = g_object_new (DQ_TYPE_PLACE, NULL);
  gboolean no_lat = TRUE;
  gboolean no_lon = TRUE;
  int country = 0;
  int kind = 0;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_choice (reader, object, "country", DQ_REQUIRED, _dq_country_codes,
                                  &country, error) ||
      !dq_json_reader_get_choice (reader, object, "kind", DQ_REQUIRED, kinds, &kind, error) ||
      !dq_json_reader_get_double (reader, object, "lat", DQ_OPTIONAL, TRUE, &self->latitude,
                                  &no_lat, error) ||
      !dq_json_reader_get_double (reader, object, "lon", DQ_OPTIONAL, TRUE, &self->longitude,
                                  &no_lon, error) ||
      !dq_json_reader_get_string (reader, object, "hasc", DQ_OPTIONAL, &self->hasc, error) ||
      !dq_json_reader_get_id (reader, object, "region", DQ_OPTIONAL, &self->region_id, error) ||
      !dq_json_reader_get_string (reader, object, "location_source", DQ_OPTIONAL,
                                  &self->location_source, error))
    return NULL;

  self->country = g_strdup (_dq_country_codes[country]);
  self->kind = g_strdup (kinds[kind]);

  if (no_lat != no_lon)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, no_lat ? "lat" : "lon",
                                _("a place has both “lat” and “lon”, or neither"));
      return NULL;
    }
  self->located = !no_lat;

  if (self->located && (self->latitude < -90 || self->latitude > 90))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, "lat",
                                _("%g is out of range; expected −90 to 90"), self->latitude);
      return NULL;
    }
  if (self->located && (self->longitude < -180 || self->longitude > 180))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, "lon",
                                _("%g is out of range; expected −180 to 180"), self->longitude);
      return NULL;
    }

  if (self->region_id != NULL)
    dq_json_reader_add_reference (reader, "place", self->region_id, "region");

  return g_steal_pointer (&self);
}

const char *
dq_place_get_id (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->id;
}

const DqText *
dq_place_get_name (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->name;
}

const char *
dq_place_get_country (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->country;
}

/**
 * dq_place_get_kind:
 * @self: a #DqPlace
 *
 * Returns: "city", "village", "site", "region" or "district"
 */
const char *
dq_place_get_kind (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->kind;
}

/**
 * dq_place_is_located:
 * @self: a #DqPlace
 *
 * Returns: whether the place has coordinates; an unlocated place is listed,
 *   never drawn at a guessed position
 */
gboolean
dq_place_is_located (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), FALSE);

  return self->located;
}

double
dq_place_get_latitude (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), 0);

  return self->latitude;
}

double
dq_place_get_longitude (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), 0);

  return self->longitude;
}

const char *
dq_place_get_hasc (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->hasc;
}

const char *
dq_place_get_region_id (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->region_id;
}

const char *
dq_place_get_location_source (DqPlace *self)
{
  g_return_val_if_fail (DQ_IS_PLACE (self), NULL);

  return self->location_source;
}
