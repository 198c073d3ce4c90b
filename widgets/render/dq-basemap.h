/* dq-basemap.h
 *
 * The outlines of the map: countries and first-level regions in lon/lat,
 * read from the JSON that resources/map/make-basemap.py writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-render-types.h"
#include "dq-text.h"

G_BEGIN_DECLS

#define DQ_BASEMAP_RESOURCE_2024 "/io/github/dostyq/Dostyq/map/basemap-2024.json"
#define DQ_BASEMAP_RESOURCE_PRE_2018 "/io/github/dostyq/Dostyq/map/basemap-pre2018.json"

#define DQ_BASEMAP_ERROR (dq_basemap_error_quark ())

/**
 * DqBasemapError:
 * @DQ_BASEMAP_ERROR_PARSE: the data is not JSON
 * @DQ_BASEMAP_ERROR_FORMAT: not a base map, or a version this program does
 *   not read
 * @DQ_BASEMAP_ERROR_MISSING: a required member is absent
 * @DQ_BASEMAP_ERROR_TYPE: a member has the wrong JSON type
 * @DQ_BASEMAP_ERROR_VALUE: a value is out of range (a coordinate off the
 *   globe, a ring of fewer than three points, an odd coordinate count)
 */
typedef enum
{
  DQ_BASEMAP_ERROR_PARSE,
  DQ_BASEMAP_ERROR_FORMAT,
  DQ_BASEMAP_ERROR_MISSING,
  DQ_BASEMAP_ERROR_TYPE,
  DQ_BASEMAP_ERROR_VALUE,
} DqBasemapError;

/**
 * DqBasemapRing:
 * @n_points: the number of points
 * @coords: (array): longitude and latitude of each point, 2 × @n_points
 *   values
 *
 * One closed ring; outer rings run anticlockwise and holes clockwise, so
 * that the non-zero fill rule draws holes.
 */
typedef struct
{
  guint   n_points;
  double *coords;
} DqBasemapRing;

/**
 * DqBasemapArea:
 * @code: the country code ("KZ"), or the region's code: ISO 3166-2
 *   ("KZ-61") on today's map, HASC ("KZ.SK") on the map before 2018
 * @country: the country code
 * @former: (nullable): for a region of today's map, the HASC codes of the
 *   units before 2018 whose territory it holds (Turkistan region and
 *   Shymkent both hold "KZ.SK", South Kazakhstan region)
 * @name: the name in each language
 * @focus: for a country, whether the map is about it (Kazakhstan and
 *   Uzbekistan) rather than shown for context; for a region, %TRUE
 * @label_lon: a point well inside the area, for its label
 * @label_lat: a point well inside the area, for its label
 * @min_lon: the bounding box
 * @min_lat: the bounding box
 * @max_lon: the bounding box
 * @max_lat: the bounding box
 * @n_rings: the number of rings
 * @rings: (array length=n_rings): the rings
 *
 * A country or a region.
 */
typedef struct
{
  char          *code;
  char          *country;
  char         **former;
  DqText        *name;
  gboolean       focus;
  double         label_lon;
  double         label_lat;
  double         min_lon;
  double         min_lat;
  double         max_lon;
  double         max_lat;
  guint          n_rings;
  DqBasemapRing *rings;
} DqBasemapArea;

#define DQ_TYPE_BASEMAP (dq_basemap_get_type ())

G_DECLARE_FINAL_TYPE (DqBasemap, dq_basemap, DQ, BASEMAP, GObject)

GQuark               dq_basemap_error_quark      (void);
DqBasemap           *dq_basemap_new_from_bytes   (GBytes     *bytes,
                                                  const char *name,
                                                  GError    **error) G_GNUC_WARN_UNUSED_RESULT;
DqBasemap           *dq_basemap_new_from_resource (const char *path,
                                                   GError    **error) G_GNUC_WARN_UNUSED_RESULT;
DqBasemap           *dq_basemap_dup_default      (GError    **error) G_GNUC_WARN_UNUSED_RESULT;
DqBasemap           *dq_basemap_dup_division     (DqMapRegions division,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;
const char          *dq_basemap_get_source      (DqBasemap  *self);
void                 dq_basemap_get_bounds       (DqBasemap  *self,
                                                  double     *min_lon,
                                                  double     *min_lat,
                                                  double     *max_lon,
                                                  double     *max_lat);
guint                dq_basemap_get_n_countries  (DqBasemap  *self);
const DqBasemapArea *dq_basemap_get_country      (DqBasemap  *self,
                                                  guint       index);
guint                dq_basemap_get_n_regions    (DqBasemap  *self);
const DqBasemapArea *dq_basemap_get_region       (DqBasemap  *self,
                                                  guint       index);
const DqBasemapArea *dq_basemap_find_region      (DqBasemap  *self,
                                                  const char *hasc);
const DqBasemapArea *dq_basemap_lookup_region    (DqBasemap  *self,
                                                  double      lon,
                                                  double      lat);
const DqBasemapArea *dq_basemap_lookup_country   (DqBasemap  *self,
                                                  double      lon,
                                                  double      lat);
gboolean             dq_basemap_area_matches     (const DqBasemapArea *area,
                                                  const char          *code);
gboolean             dq_basemap_area_contains    (const DqBasemapArea *area,
                                                  double               lon,
                                                  double               lat);

G_END_DECLS
