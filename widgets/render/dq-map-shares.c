/* dq-map-shares.c
 *
 * The choropleth: regions coloured by the highlighted group's share of
 * their population, in fixed classes; regions without a figure hatched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-format.h"
#include "dq-map-private.h"
#include "dq-map-strings.h"

/* One hue, deeper with the share; partly transparent so that the land
 * colour of the theme (light or dark) shows through, and names stay
 * legible on every class. */
static const DqColor share_hue = { 0.13, 0.44, 0.71, 1.0 };
static const double class_alpha[DQ_N_SHARE_CLASSES] = { 0.10, 0.20, 0.32, 0.44, 0.56, 0.68, 0.80 };

/* The distance between hatching lines, in scene units. */
#define HATCH_SPACING 6.0

/**
 * _dq_map_share_color:
 * @share_class: a class of dq_share_class()
 *
 * Returns: the class's fill
 */
DqColor
_dq_map_share_color (guint share_class)
{
  g_assert (share_class < DQ_N_SHARE_CLASSES);

  return _dq_map_with_alpha (share_hue, class_alpha[share_class]);
}

/**
 * _dq_map_region_share:
 * @layout: a layout
 * @area: a region
 *
 * Returns: (nullable): the share the region shows, or %NULL for no data
 */
const DqRegionShare *
_dq_map_region_share (DqMapLayout         *layout,
                      const DqBasemapArea *area)
{
  DqMap *self = layout->map;

  return dq_region_shares_lookup (self->region_shares, dq_map_filter_get_group (self->filter),
                                  area->code);
}

/* The canvas points of each ring of @area. */
static GPtrArray *
project_rings (DqMapLayout         *layout,
               const DqBasemapArea *area)
{
  GPtrArray *rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint r = 0; r < area->n_rings; r++)
    {
      const DqBasemapRing *ring = &area->rings[r];
      GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * ring->n_points);

      for (guint i = 0; i < ring->n_points; i++)
        {
          double xy[2];

          dq_viewport_to_canvas (&layout->viewport, ring->coords[2 * i], ring->coords[2 * i + 1],
                                 &xy[0], &xy[1]);
          g_array_append_vals (points, xy, 2);
        }
      g_ptr_array_add (rings, points);
    }

  return rings;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * _dq_map_add_hatching:
 * @layout: a layout
 * @mark: a path mark to add the lines to
 * @area: the region to hatch
 *
 * Adds diagonal lines (rising to the right) across @area, cut at its
 * edges by the even-odd rule, so that a hole stays clear. The lines are
 * computed here rather than clipped by a renderer, so that the screen,
 * PNG, PDF and SVG draw exactly the same marks.
 */
void
_dq_map_add_hatching (DqMapLayout         *layout,
                      DqMark              *mark,
                      const DqBasemapArea *area)
{
  g_autoptr(GPtrArray) rings = project_rings (layout, area);
  g_autoptr(GArray) crossings = g_array_new (FALSE, FALSE, sizeof (double));
  double u_min = G_MAXDOUBLE, u_max = -G_MAXDOUBLE;

  /* Lines of constant u = x + y; v = x − y runs along each. */
  for (guint r = 0; r < rings->len; r++)
    {
      GArray *points = g_ptr_array_index (rings, r);

      for (guint i = 0; i < points->len; i += 2)
        {
          double u = g_array_index (points, double, i) + g_array_index (points, double, i + 1);

          u_min = MIN (u_min, u);
          u_max = MAX (u_max, u);
        }
    }

  for (double u = ceil (u_min / HATCH_SPACING) * HATCH_SPACING; u <= u_max; u += HATCH_SPACING)
    {
      g_array_set_size (crossings, 0);
      for (guint r = 0; r < rings->len; r++)
        {
          GArray *points = g_ptr_array_index (rings, r);
          guint n = points->len / 2;

          for (guint i = 0; i < n; i++)
            {
              const double *p = &g_array_index (points, double, 2 * i);
              const double *q = &g_array_index (points, double, 2 * ((i + 1) % n));
              double up = p[0] + p[1], uq = q[0] + q[1], t, v;

              /* Half-open, so that a line through a vertex counts once. */
              if ((up <= u) == (uq <= u))
                continue;
              t = (u - up) / (uq - up);
              v = (p[0] + t * (q[0] - p[0])) - (p[1] + t * (q[1] - p[1]));
              g_array_append_val (crossings, v);
            }
        }

      g_array_sort (crossings, compare_doubles);
      for (guint i = 0; i + 1 < crossings->len; i += 2)
        {
          double v0 = g_array_index (crossings, double, i);
          double v1 = g_array_index (crossings, double, i + 1);

          dq_mark_path_move_to (mark, (u + v0) / 2, (u - v0) / 2);
          dq_mark_path_line_to (mark, (u + v1) / 2, (u - v1) / 2);
        }
    }
}

/**
 * _dq_map_share_label:
 * @layout: a layout
 * @area: a region
 * @with_year: whether to add the figure's year
 *
 * Returns: (nullable) (transfer full): the region's share as a label,
 *   "3.85%" or "3.85% (2018)", or %NULL for no data
 */
char *
_dq_map_share_label (DqMapLayout         *layout,
                     const DqBasemapArea *area,
                     gboolean             with_year)
{
  const DqRegionShare *share = _dq_map_region_share (layout, area);
  g_autofree char *value = NULL;

  if (share == NULL)
    return NULL;

  value = dq_format_percent (share->share, -1, layout->frame.language);
  if (!with_year)
    return g_steal_pointer (&value);
  return g_strdup_printf ("%s (%d)", value, share->year);
}

/**
 * _dq_map_share_summary:
 * @layout: a layout
 * @classes: (out caller-allocates): for each class, whether a region
 *   shown is in it
 * @n_missing: (out): how many regions shown have no figure
 *
 * Returns: (transfer full): the distinct years and kinds of the figures
 *   shown, as DqRegionShare pointers, latest year first
 */
GPtrArray *
_dq_map_share_summary (DqMapLayout *layout,
                       gboolean     classes[DQ_N_SHARE_CLASSES],
                       guint       *n_missing)
{
  DqBasemap *basemap = layout->map->basemap;
  GPtrArray *kinds = g_ptr_array_new ();

  *n_missing = 0;
  for (guint c = 0; c < DQ_N_SHARE_CLASSES; c++)
    classes[c] = FALSE;

  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqRegionShare *share = _dq_map_region_share (layout,
                                                         dq_basemap_get_region (basemap, i));
      gboolean seen = FALSE;

      if (share == NULL)
        {
          (*n_missing)++;
          continue;
        }
      classes[dq_share_class (share->share)] = TRUE;
      for (guint k = 0; k < kinds->len && !seen; k++)
        {
          const DqRegionShare *other = g_ptr_array_index (kinds, k);

          seen = other->year == share->year && other->kind == share->kind;
        }
      if (!seen)
        g_ptr_array_add (kinds, (gpointer) share);
    }

  /* Latest first, by insertion among equals. */
  for (guint i = 1; i < kinds->len; i++)
    for (guint j = i; j > 0 && ((const DqRegionShare *) kinds->pdata[j])->year >
                                ((const DqRegionShare *) kinds->pdata[j - 1])->year; j--)
      {
        gpointer swap = kinds->pdata[j];

        kinds->pdata[j] = kinds->pdata[j - 1];
        kinds->pdata[j - 1] = swap;
      }

  return kinds;
}

/**
 * _dq_map_share_class_label:
 * @layout: a layout
 * @share_class: a class
 *
 * Returns: (transfer full): the class as the legend names it: "under 1%",
 *   "2–5%", "50% and over"
 */
char *
_dq_map_share_class_label (DqMapLayout *layout,
                           guint        share_class)
{
  DqLanguage language = layout->frame.language;
  g_autofree char *low = NULL, *high = NULL;
  double lower, upper;

  dq_share_class_bounds (share_class, &lower, &upper);
  if (share_class == 0)
    {
      high = dq_format_percent (upper, 0, language);
      return dq_map_string_format (DQ_MAP_STRING_SHARES_UNDER, language, high);
    }
  if (share_class + 1 == DQ_N_SHARE_CLASSES)
    {
      low = dq_format_percent (lower, 0, language);
      return dq_map_string_format (DQ_MAP_STRING_SHARES_OVER, language, low);
    }
  low = dq_format_number (lower, 0, language);
  high = dq_format_percent (upper, 0, language);
  return g_strdup_printf ("%s–%s", low, high);
}

/**
 * _dq_map_share_kind_label:
 * @layout: a layout
 * @share: a share standing for its year and kind
 *
 * Returns: (transfer full): the year and kind of figure: "Census of
 *   2021", "Estimate for 2018", …
 */
char *
_dq_map_share_kind_label (DqMapLayout         *layout,
                          const DqRegionShare *share)
{
  static const DqMapString kinds[DQ_N_SHARE_KINDS] = {
    [DQ_SHARE_CENSUS] = DQ_MAP_STRING_SHARES_CENSUS,
    [DQ_SHARE_ESTIMATE] = DQ_MAP_STRING_SHARES_ESTIMATE,
    [DQ_SHARE_UNSTATED] = DQ_MAP_STRING_SHARES_UNSTATED,
  };
  g_autofree char *year = g_strdup_printf ("%d", share->year);

  return dq_map_string_format (kinds[share->kind], layout->frame.language, year);
}
