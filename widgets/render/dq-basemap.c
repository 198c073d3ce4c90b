/* dq-basemap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-basemap.h"
#include "dq-json-reader.h"

struct _DqBasemap
{
  GObject  parent_instance;

  double   min_lon;
  double   min_lat;
  double   max_lon;
  double   max_lat;
  /* DqBasemapArea, owned */
  GArray  *countries;
  GArray  *regions;
  char    *source;
};

G_DEFINE_FINAL_TYPE (DqBasemap, dq_basemap, G_TYPE_OBJECT)

G_DEFINE_QUARK (dq-basemap-error-quark, dq_basemap_error)

#define FORMAT_NAME "dostyq-basemap"
/* Version 2 names regions by "code" and may list their "former" units;
 * version 1 named them by "hasc". */
#define FORMAT_VERSION 2

static void
area_clear (gpointer data)
{
  DqBasemapArea *area = data;

  g_free (area->code);
  g_free (area->country);
  g_strfreev (area->former);
  g_clear_pointer (&area->name, dq_text_free);
  for (guint i = 0; i < area->n_rings; i++)
    g_free (area->rings[i].coords);
  g_free (area->rings);
}

static void
dq_basemap_finalize (GObject *object)
{
  DqBasemap *self = DQ_BASEMAP (object);

  g_clear_pointer (&self->countries, g_array_unref);
  g_clear_pointer (&self->regions, g_array_unref);
  g_free (self->source);

  G_OBJECT_CLASS (dq_basemap_parent_class)->finalize (object);
}

static void
dq_basemap_class_init (DqBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_basemap_finalize;
}

static void
dq_basemap_init (DqBasemap *self)
{
  self->countries = g_array_new (FALSE, TRUE, sizeof (DqBasemapArea));
  g_array_set_clear_func (self->countries, area_clear);
  self->regions = g_array_new (FALSE, TRUE, sizeof (DqBasemapArea));
  g_array_set_clear_func (self->regions, area_clear);
}

/* Reading. Every error names the data and the JSON path of the value, as
 * in "basemap.json: regions[3].rings[0]: …". */

typedef struct
{
  const char *name;
  GString    *path;
} Reader;

G_GNUC_PRINTF (4, 5)
static void
set_error (Reader      *reader,
           GError     **error,
           int          code,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, DQ_BASEMAP_ERROR, code, "%s: %s: %s", reader->name,
               reader->path->len > 0 ? reader->path->str : "(top level)", message);
}

static JsonNode *
get_member (Reader      *reader,
            JsonObject  *object,
            const char  *member,
            JsonNodeType type,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gsize len = reader->path->len;

  if (node == NULL)
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_MISSING, "the member “%s” is missing", member);
      return NULL;
    }

  if (JSON_NODE_TYPE (node) != type)
    {
      static const char * const names[] = { "an object", "an array", "a value", "null" };

      if (len > 0)
        g_string_append_c (reader->path, '.');
      g_string_append (reader->path, member);
      set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "expected %s, found %s",
                 names[type], names[JSON_NODE_TYPE (node)]);
      g_string_truncate (reader->path, len);
      return NULL;
    }

  return node;
}

static gboolean
get_string (Reader      *reader,
            JsonObject  *object,
            const char  *member,
            const char **value,
            GError     **error)
{
  JsonNode *node = get_member (reader, object, member, JSON_NODE_VALUE, error);

  if (node == NULL)
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) == '\0')
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "“%s” must be a non-empty string", member);
      return FALSE;
    }

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else
    return FALSE;

  return isfinite (*value);
}

static gboolean
read_point (Reader     *reader,
            JsonArray  *array,
            guint       index,
            double     *lon,
            double     *lat,
            GError    **error)
{
  if (!node_get_number (json_array_get_element (array, index), lon) ||
      !node_get_number (json_array_get_element (array, index + 1), lat))
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "coordinate %u is not a number", index);
      return FALSE;
    }

  if (*lon < -180 || *lon > 180 || *lat < -90 || *lat > 90)
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_VALUE,
                 "point %u (%g, %g) is not a longitude and latitude", index / 2, *lon, *lat);
      return FALSE;
    }

  return TRUE;
}

/* A region's "former" units: an optional array of non-empty strings. */
static gboolean
read_former (Reader        *reader,
             JsonObject    *object,
             DqBasemapArea *area,
             GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  gsize len = reader->path->len;

  if (!json_object_has_member (object, "former"))
    return TRUE;
  if (get_member (reader, object, "former", JSON_NODE_ARRAY, error) == NULL)
    return FALSE;

  array = json_object_get_array_member (object, "former");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          *json_node_get_string (node) == '\0')
        {
          g_string_append_printf (reader->path, ".former[%u]", i);
          set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "expected a non-empty string");
          g_string_truncate (reader->path, len);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  area->former = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_area (Reader        *reader,
           JsonObject    *object,
           gboolean       is_region,
           DqBasemapArea *area,
           GError       **error)
{
  const char *code, *country, *names[DQ_N_LANGUAGES];
  static const char * const languages[DQ_N_LANGUAGES] = { "en", "ru", "kk" };
  JsonObject *name;
  JsonArray *label, *rings;
  JsonNode *node;
  gsize len = reader->path->len;

  if (!get_string (reader, object, "code", &code, error))
    return FALSE;
  if (is_region)
    {
      if (!get_string (reader, object, "country", &country, error) ||
          !read_former (reader, object, area, error))
        return FALSE;
    }
  else
    country = code;

  if ((node = get_member (reader, object, "name", JSON_NODE_OBJECT, error)) == NULL)
    return FALSE;
  name = json_node_get_object (node);
  g_string_append (reader->path, ".name");
  for (guint i = 0; i < DQ_N_LANGUAGES; i++)
    {
      if (!get_string (reader, name, languages[i], &names[i], error))
        return FALSE;
    }
  g_string_truncate (reader->path, len);

  area->code = g_strdup (code);
  area->country = g_strdup (country);
  area->name = dq_text_new (names[0], names[1], names[2]);
  /* Not json_object_get_boolean_member_with_default (): it is critical
   * about an object or array where a value should be. */
  node = json_object_get_member (object, "focus");
  area->focus = is_region || (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
                              json_node_get_boolean (node));

  if ((node = get_member (reader, object, "label", JSON_NODE_ARRAY, error)) == NULL)
    return FALSE;
  label = json_node_get_array (node);
  g_string_append (reader->path, ".label");
  if (json_array_get_length (label) != 2)
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_VALUE, "expected [longitude, latitude]");
      return FALSE;
    }
  if (!read_point (reader, label, 0, &area->label_lon, &area->label_lat, error))
    return FALSE;
  g_string_truncate (reader->path, len);

  if ((node = get_member (reader, object, "rings", JSON_NODE_ARRAY, error)) == NULL)
    return FALSE;
  rings = json_node_get_array (node);
  if (json_array_get_length (rings) == 0)
    {
      set_error (reader, error, DQ_BASEMAP_ERROR_VALUE, "“%s” has no rings", code);
      return FALSE;
    }

  area->min_lon = area->min_lat = G_MAXDOUBLE;
  area->max_lon = area->max_lat = -G_MAXDOUBLE;
  area->n_rings = json_array_get_length (rings);
  area->rings = g_new0 (DqBasemapRing, area->n_rings);

  for (guint r = 0; r < area->n_rings; r++)
    {
      JsonNode *ring_node = json_array_get_element (rings, r);
      DqBasemapRing *ring = &area->rings[r];
      JsonArray *coords;
      guint n;

      g_string_append_printf (reader->path, ".rings[%u]", r);
      if (JSON_NODE_TYPE (ring_node) != JSON_NODE_ARRAY)
        {
          set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "a ring must be an array of numbers");
          return FALSE;
        }
      coords = json_node_get_array (ring_node);
      n = json_array_get_length (coords);
      if (n % 2 != 0)
        {
          set_error (reader, error, DQ_BASEMAP_ERROR_VALUE,
                     "%u coordinates: expected longitude and latitude pairs", n);
          return FALSE;
        }
      if (n < 6)
        {
          set_error (reader, error, DQ_BASEMAP_ERROR_VALUE,
                     "a ring needs at least three points, found %u", n / 2);
          return FALSE;
        }

      ring->n_points = n / 2;
      ring->coords = g_new (double, n);
      for (guint i = 0; i < n; i += 2)
        {
          double lon, lat;

          if (!read_point (reader, coords, i, &lon, &lat, error))
            return FALSE;
          ring->coords[i] = lon;
          ring->coords[i + 1] = lat;
          area->min_lon = MIN (area->min_lon, lon);
          area->max_lon = MAX (area->max_lon, lon);
          area->min_lat = MIN (area->min_lat, lat);
          area->max_lat = MAX (area->max_lat, lat);
        }
      g_string_truncate (reader->path, len);
    }

  return TRUE;
}

static gboolean
read_areas (Reader      *reader,
            JsonObject  *root,
            const char  *member,
            gboolean     is_region,
            GArray      *areas,
            GError     **error)
{
  JsonNode *node = get_member (reader, root, member, JSON_NODE_ARRAY, error);
  JsonArray *array;

  if (node == NULL)
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      DqBasemapArea area = { 0 };

      g_string_printf (reader->path, "%s[%u]", member, i);
      if (JSON_NODE_TYPE (element) != JSON_NODE_OBJECT)
        {
          set_error (reader, error, DQ_BASEMAP_ERROR_TYPE, "expected an object");
          return FALSE;
        }

      if (!read_area (reader, json_node_get_object (element), is_region, &area, error))
        {
          area_clear (&area);
          return FALSE;
        }
      g_array_append_val (areas, area);
    }

  g_string_truncate (reader->path, 0);
  return TRUE;
}

/**
 * dq_basemap_new_from_bytes:
 * @bytes: the JSON
 * @name: what to call the data in error messages, such as a file name
 * @error: return location for a #DQ_BASEMAP_ERROR
 *
 * Reads a base map.
 *
 * Returns: (transfer full) (nullable): the base map, or %NULL with @error
 *   set, naming the JSON path of what is wrong
 */
DqBasemap *
dq_basemap_new_from_bytes (GBytes     *bytes,
                           const char *name,
                           GError    **error)
{
  g_autoptr(DqBasemap) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  Reader reader = { name != NULL ? name : "base map", path };
  const char *format;
  JsonObject *root;
  JsonNode *node;
  gsize size;
  const char *data;
  guint line;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);

  /* Empty bytes may have no data at all, which json-glib refuses. */
  if (data == NULL)
    data = "";

  if (!dq_json_check_depth (data, size, DQ_JSON_MAX_DEPTH, &line))
    {
      g_set_error (error, DQ_BASEMAP_ERROR, DQ_BASEMAP_ERROR_PARSE,
                   "%s:%u: arrays and objects are nested more than %u levels deep", reader.name,
                   line, DQ_JSON_MAX_DEPTH);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, DQ_BASEMAP_ERROR, DQ_BASEMAP_ERROR_PARSE, "%s: %s", reader.name,
                   local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_OBJECT)
    {
      set_error (&reader, error, DQ_BASEMAP_ERROR_FORMAT, "expected a JSON object");
      return NULL;
    }
  root = json_node_get_object (node);

  if (!get_string (&reader, root, "format", &format, error))
    return NULL;
  if (!g_str_equal (format, FORMAT_NAME))
    {
      set_error (&reader, error, DQ_BASEMAP_ERROR_FORMAT, "format “%s” is not “%s”", format,
                 FORMAT_NAME);
      return NULL;
    }
  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_int (node) != FORMAT_VERSION)
    {
      set_error (&reader, error, DQ_BASEMAP_ERROR_FORMAT, "this program reads version %d only",
                 FORMAT_VERSION);
      return NULL;
    }

  self = g_object_new (DQ_TYPE_BASEMAP, NULL);
  node = json_object_get_member (root, "source");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    self->source = g_strdup (json_node_get_string (node));
  if (!read_areas (&reader, root, "countries", FALSE, self->countries, error) ||
      !read_areas (&reader, root, "regions", TRUE, self->regions, error))
    return NULL;

  if (self->countries->len == 0)
    {
      set_error (&reader, error, DQ_BASEMAP_ERROR_VALUE, "there are no countries");
      return NULL;
    }

  /* The map is framed on the countries it is about. */
  self->min_lon = self->min_lat = G_MAXDOUBLE;
  self->max_lon = self->max_lat = -G_MAXDOUBLE;
  for (guint i = 0; i < self->countries->len; i++)
    {
      const DqBasemapArea *area = &g_array_index (self->countries, DqBasemapArea, i);

      if (!area->focus)
        continue;
      self->min_lon = MIN (self->min_lon, area->min_lon);
      self->min_lat = MIN (self->min_lat, area->min_lat);
      self->max_lon = MAX (self->max_lon, area->max_lon);
      self->max_lat = MAX (self->max_lat, area->max_lat);
    }
  if (self->min_lon > self->max_lon)
    {
      set_error (&reader, error, DQ_BASEMAP_ERROR_VALUE, "no country has “focus”: true");
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dq_basemap_new_from_resource:
 * @path: a resource path
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the base map
 */
DqBasemap *
dq_basemap_new_from_resource (const char *path,
                              GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  name = g_path_get_basename (path);
  return dq_basemap_new_from_bytes (bytes, name, error);
}

/**
 * dq_basemap_dup_division:
 * @division: which division of Kazakhstan
 * @error: return location for an error
 *
 * A base map compiled into the program. Each is read once and shared,
 * since it never changes.
 *
 * Returns: (transfer full) (nullable): the base map
 */
DqBasemap *
dq_basemap_dup_division (DqMapRegions   division,
                         GError       **error)
{
  static GMutex lock;
  static DqBasemap *shared[2];
  static const char * const paths[2] = {
    [DQ_MAP_REGIONS_2024] = DQ_BASEMAP_RESOURCE_2024,
    [DQ_MAP_REGIONS_PRE_2018] = DQ_BASEMAP_RESOURCE_PRE_2018,
  };
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  g_return_val_if_fail (division < G_N_ELEMENTS (paths), NULL);

  if (shared[division] == NULL)
    {
      shared[division] = dq_basemap_new_from_resource (paths[division], error);
      if (shared[division] == NULL)
        return NULL;
    }

  return g_object_ref (shared[division]);
}

/**
 * dq_basemap_dup_default:
 * @error: return location for an error
 *
 * The base map of today's regions, compiled into the program.
 *
 * Returns: (transfer full) (nullable): the base map
 */
DqBasemap *
dq_basemap_dup_default (GError **error)
{
  return dq_basemap_dup_division (DQ_MAP_REGIONS_2024, error);
}

/**
 * dq_basemap_get_source:
 * @self: a #DqBasemap
 *
 * Returns: (nullable): where the outlines come from, as the file says
 */
const char *
dq_basemap_get_source (DqBasemap *self)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);

  return self->source;
}

/**
 * dq_basemap_get_bounds:
 * @self: a #DqBasemap
 * @min_lon: (out): the west edge of the countries the map is about
 * @min_lat: (out): the south edge
 * @max_lon: (out): the east edge
 * @max_lat: (out): the north edge
 */
void
dq_basemap_get_bounds (DqBasemap *self,
                       double    *min_lon,
                       double    *min_lat,
                       double    *max_lon,
                       double    *max_lat)
{
  g_return_if_fail (DQ_IS_BASEMAP (self));

  *min_lon = self->min_lon;
  *min_lat = self->min_lat;
  *max_lon = self->max_lon;
  *max_lat = self->max_lat;
}

guint
dq_basemap_get_n_countries (DqBasemap *self)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), 0);

  return self->countries->len;
}

const DqBasemapArea *
dq_basemap_get_country (DqBasemap *self,
                        guint      index)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (index < self->countries->len, NULL);

  return &g_array_index (self->countries, DqBasemapArea, index);
}

guint
dq_basemap_get_n_regions (DqBasemap *self)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), 0);

  return self->regions->len;
}

const DqBasemapArea *
dq_basemap_get_region (DqBasemap *self,
                       guint      index)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);

  return &g_array_index (self->regions, DqBasemapArea, index);
}

/**
 * dq_basemap_find_region:
 * @self: a #DqBasemap
 * @hasc: a region's code, or the HASC code of a unit before 2018, such as
 *   "KZ.QG"
 *
 * Finds a region by its own code first, then the first region that holds
 * the territory of the old unit @hasc names (see
 * dq_basemap_area_matches() for all of them).
 *
 * Returns: (nullable) (transfer none): the region
 */
const DqBasemapArea *
dq_basemap_find_region (DqBasemap  *self,
                        const char *hasc)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);

  if (hasc == NULL)
    return NULL;

  for (guint i = 0; i < self->regions->len; i++)
    {
      const DqBasemapArea *area = &g_array_index (self->regions, DqBasemapArea, i);

      if (g_str_equal (area->code, hasc))
        return area;
    }
  for (guint i = 0; i < self->regions->len; i++)
    {
      const DqBasemapArea *area = &g_array_index (self->regions, DqBasemapArea, i);

      if (dq_basemap_area_matches (area, hasc))
        return area;
    }

  return NULL;
}

/**
 * dq_basemap_area_matches:
 * @area: a region
 * @code: a region's code, or the HASC code of a unit before 2018
 *
 * Whether @area is the region @code names, or holds territory of the old
 * unit it names: on today's map, "KZ.SK" (South Kazakhstan region) matches
 * both Turkistan region and the city of Shymkent.
 *
 * Returns: %TRUE if it matches
 */
gboolean
dq_basemap_area_matches (const DqBasemapArea *area,
                         const char          *code)
{
  g_return_val_if_fail (area != NULL, FALSE);

  if (code == NULL)
    return FALSE;

  return g_str_equal (area->code, code) ||
         (area->former != NULL && g_strv_contains ((const char * const *) area->former, code));
}

/**
 * dq_basemap_area_contains:
 * @area: a country or region
 * @lon: longitude
 * @lat: latitude
 *
 * Whether the point lies inside the area, by the even-odd rule over all its
 * rings (so a hole, such as a city carved out of its region, is outside).
 *
 * Returns: %TRUE if inside
 */
gboolean
dq_basemap_area_contains (const DqBasemapArea *area,
                          double               lon,
                          double               lat)
{
  gboolean inside = FALSE;

  g_return_val_if_fail (area != NULL, FALSE);

  if (lon < area->min_lon || lon > area->max_lon || lat < area->min_lat || lat > area->max_lat)
    return FALSE;

  for (guint r = 0; r < area->n_rings; r++)
    {
      const DqBasemapRing *ring = &area->rings[r];
      guint j = ring->n_points - 1;

      for (guint i = 0; i < ring->n_points; j = i++)
        {
          double xi = ring->coords[2 * i], yi = ring->coords[2 * i + 1];
          double xj = ring->coords[2 * j], yj = ring->coords[2 * j + 1];

          if ((yi > lat) != (yj > lat) && lon < xi + (lat - yi) * (xj - xi) / (yj - yi))
            inside = !inside;
        }
    }

  return inside;
}

static const DqBasemapArea *
lookup (GArray *areas,
        double  lon,
        double  lat)
{
  for (guint i = 0; i < areas->len; i++)
    {
      const DqBasemapArea *area = &g_array_index (areas, DqBasemapArea, i);

      if (dq_basemap_area_contains (area, lon, lat))
        return area;
    }

  return NULL;
}

/**
 * dq_basemap_lookup_region:
 * @self: a #DqBasemap
 * @lon: longitude
 * @lat: latitude
 *
 * Finds the region that contains a point. Regions do not overlap, so there
 * is at most one; a point on the shared border goes to either.
 *
 * Returns: (nullable) (transfer none): the region, or %NULL outside
 *   Kazakhstan and Uzbekistan
 */
const DqBasemapArea *
dq_basemap_lookup_region (DqBasemap *self,
                          double     lon,
                          double     lat)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);

  return lookup (self->regions, lon, lat);
}

/**
 * dq_basemap_lookup_country:
 * @self: a #DqBasemap
 * @lon: longitude
 * @lat: latitude
 *
 * Returns: (nullable) (transfer none): the country that contains the point
 */
const DqBasemapArea *
dq_basemap_lookup_country (DqBasemap *self,
                           double     lon,
                           double     lat)
{
  g_return_val_if_fail (DQ_IS_BASEMAP (self), NULL);

  return lookup (self->countries, lon, lat);
}
