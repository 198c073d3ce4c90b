/* dq-map-scene.c
 *
 * The map laid out as a scene: the base map and the highlighted group's
 * regions, the frame around the map area, and the hit-testing grid that
 * answers dq_map_lookup().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-map-private.h"
#include "dq-frame.h"
#include "dq-map-strings.h"

/* The base map */

static void
add_area_path (DqMapLayout         *layout,
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
area_visible (DqMapLayout         *layout,
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

/* The choropleth over the plain regions: each region with a figure in its
 * class's colour, each without one hatched. */
static void
draw_shares (DqMapLayout *layout)
{
  DqBasemap *basemap = layout->map->basemap;
  const DqTheme *theme = layout->frame.theme;
  DqColor hatch = _dq_map_with_alpha (theme->foreground, 0.35);

  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);
      const DqRegionShare *share = _dq_map_region_share (layout, area);
      g_autofree char *datum = g_strconcat ("region:", area->code, NULL);
      DqMark *mark;

      if (!area_visible (layout, area))
        continue;

      if (share != NULL)
        {
          DqColor fill = _dq_map_share_color (dq_share_class (share->share));

          mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_REGION_HIGHLIGHT, &fill,
                                    &theme->region_border, 0.7);
          add_area_path (layout, mark, area);
        }
      else
        {
          mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_GAP, NULL, &hatch, 0.6);
          _dq_map_add_hatching (layout, mark, area);
        }
      dq_mark_set_datum (mark, datum);
    }
}

static void
draw_basemap (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  DqBasemap *basemap = self->basemap;
  const DqTheme *theme = layout->frame.theme;
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
      mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_NEIGHBOUR, &theme->neighbour,
                                &theme->neighbour_border, 0.8);
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

      /* Regions that have nothing to do with the selection step back;
       * not when they show the group's share, which all of them do. */
      dim = (selecting && !layout->shares && !g_hash_table_contains (layout->highlight, area->code) &&
             !g_hash_table_contains (layout->context, area->code)) ||
            (country != NULL && g_strcmp0 (country, area->country) != 0);

      mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_REGION,
                                dim ? &theme->land_dim : &theme->land, &theme->region_border, 0.7);
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }

  if (layout->shares)
    draw_shares (layout);

  /* The highlight goes over the plain regions, in the group's colour. */
  for (guint i = 0; i < dq_basemap_get_n_regions (basemap) && selecting && !layout->shares; i++)
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

      fill = _dq_map_with_alpha (layout->highlight_color, full ? 0.32 : 0.12);
      stroke = _dq_map_with_alpha (layout->highlight_color, 0.9);
      mark = dq_scene_add_path (layout->frame.scene,
                                full ? DQ_MARK_ROLE_REGION_HIGHLIGHT : DQ_MARK_ROLE_REGION_CONTEXT,
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
      mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_COUNTRY, NULL,
                                &theme->country_border, 1.3);
      dq_mark_set_datum (mark, datum);
      add_area_path (layout, mark, area);
    }
}

/* Selection */

/* Adds to @set the codes of the regions that @hasc names: itself, or the
 * regions of today that hold its territory. */
static void
add_regions (DqBasemap  *basemap,
             GHashTable *set,
             const char *hasc)
{
  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);

      if (dq_basemap_area_matches (area, hasc))
        g_hash_table_add (set, area->code);
    }
}

static void
collect_highlight (DqMapLayout *layout)
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

    int color = -1;

    if (g_hash_table_lookup_extended (self->group_colors, group_id, NULL, &value))
      color = GPOINTER_TO_INT (value);
    layout->highlight_color = *dq_theme_get_group_color (layout->frame.theme, color);
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
              /* A region: the whole of it, or on today's map every region
               * that holds its territory. */
              add_regions (self->basemap, layout->highlight, hasc);
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
                  add_regions (self->basemap, layout->context, dq_place_get_hasc (region));
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

/* The frame: title, notes and the source line */

static char *
source_line (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *joined = NULL;

  /* The documents behind what the map shows, in the order first met. */
  for (guint i = 0; i < layout->items->len; i++)
    {
      const DqMapItem *item = g_ptr_array_index (layout->items, i);
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
                                                        layout->frame.language));
      else if (document != NULL)
        g_ptr_array_add (names, (gpointer) dq_document_get_title (document));
    }
  g_ptr_array_add (names, NULL);

  joined = names->len > 1 ? g_strjoinv ("; ", (char **) names->pdata) : g_strdup ("—");
  /* Today's regions of Kazakhstan are geokz's, which asks for credit. */
  return dq_map_string_format (self->regions == DQ_MAP_REGIONS_2024 ? DQ_MAP_STRING_SOURCE_2024
                                                                     : DQ_MAP_STRING_SOURCE,
                               layout->frame.language, joined);
}

/* The notes above the source line: records not located, synthetic ones. */
static GStrv
footer_notes (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  GPtrArray *notes = g_ptr_array_new ();
  guint n_unlocated = g_list_model_get_n_items (G_LIST_MODEL (self->unlocated));
  guint n_synthetic = 0;

  for (guint i = 0; i < layout->items->len; i++)
    n_synthetic += ((const DqMapItem *) g_ptr_array_index (layout->items, i))->synthetic;

  if (n_unlocated > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_unlocated);

      g_ptr_array_add (notes, dq_map_string_format (DQ_MAP_STRING_NOT_LOCATED_COUNT,
                                                    layout->frame.language, count));
    }
  if (self->regions == DQ_MAP_REGIONS_PRE_2018)
    g_ptr_array_add (notes, g_strdup (dq_map_string (DQ_MAP_STRING_NOTE_PRE_2018,
                                                     layout->frame.language)));
  if (layout->shares)
    g_ptr_array_add (notes, g_strdup (dq_map_string (DQ_MAP_STRING_SHARES_NO_CENSUS_UZ,
                                                     layout->frame.language)));
  if (n_synthetic > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_synthetic);

      g_ptr_array_add (notes, dq_map_string_format (DQ_MAP_STRING_SYNTHETIC,
                                                    layout->frame.language, count));
    }

  g_ptr_array_add (notes, NULL);
  return (GStrv) g_ptr_array_free (notes, FALSE);
}

/* The line under the subtitle that says what the highlighted group is, and
 * whether it has any place of concentration on the map. */
static char *
group_remark (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  const char *group_id = dq_map_filter_get_group (self->filter);
  DqGroup *group = group_id != NULL ? dq_dataset_lookup_group (self->dataset, group_id) : NULL;
  gboolean any;

  if (group == NULL)
    return NULL;

  if (layout->shares)
    return dq_map_string_format (dq_region_shares_has_group (self->region_shares, group_id)
                                 ? DQ_MAP_STRING_SHARES_SUBTITLE
                                 : DQ_MAP_STRING_SHARES_SUBTITLE_NONE,
                                 layout->frame.language,
                                 dq_text_get (dq_group_get_name (group), layout->frame.language));

  any = g_hash_table_size (layout->highlight) > 0 || layout->has_context ||
        g_hash_table_size (layout->highlight_places) > 0;
  return dq_map_string_format (any ? DQ_MAP_STRING_SUBTITLE_GROUP
                                   : DQ_MAP_STRING_SUBTITLE_GROUP_NONE,
                               layout->frame.language,
                               dq_text_get (dq_group_get_name (group), layout->frame.language));
}

/* The height of the notes and the source from the frame's left edge, or
 * from the footer's own left edge when it sits beside the map. */
static double
footer_height (DqMapLayout *layout)
{
  g_autofree char *source = source_line (layout);
  g_auto(GStrv) notes = footer_notes (layout);
  double saved_left = layout->frame.left;
  double height;

  if (layout->footer_left > 0)
    layout->frame.left = layout->footer_left;
  height = dq_frame_footer_height (&layout->frame, (const char * const *) notes, source);
  layout->frame.left = saved_left;

  return height;
}

/* The frame's title and footer: measured first, to leave the map its
 * area, and drawn last, over the masks. */
static void
add_frame (DqMapLayout *layout,
           gboolean     draw)
{
  DqLanguage language = layout->frame.language;
  const char *title = dq_map_string (DQ_MAP_STRING_TITLE, language);
  const char *subtitle = dq_map_string (layout->map->regions == DQ_MAP_REGIONS_2024
                                          ? DQ_MAP_STRING_SUBTITLE_2024
                                          : DQ_MAP_STRING_SUBTITLE, language);
  g_autofree char *remark = group_remark (layout);

  if (draw)
    {
      g_autofree char *source = source_line (layout);
      g_auto(GStrv) notes = footer_notes (layout);
      double saved_left = layout->frame.left;

      dq_frame_mask (&layout->frame, layout->left, layout->top, layout->right, layout->bottom);
      dq_frame_title (&layout->frame, title, subtitle, remark);
      if (layout->footer_left > 0)
        layout->frame.left = layout->footer_left;
      dq_frame_footer (&layout->frame, (const char * const *) notes, source);
      layout->frame.left = saved_left;
      return;
    }

  layout->top = layout->frame.top + dq_frame_title_height (&layout->frame, title, subtitle,
                                                           remark);
  layout->bottom = layout->frame.bottom - footer_height (layout);
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
build_index (DqMap       *self,
             DqMapLayout *layout)
{
  guint n_cells;
  g_autoptr(GArray) fill = NULL;

  self->index_columns = MAX (1, (int) ceil (layout->frame.width / DQ_MAP_INDEX_CELL));
  self->index_rows = MAX (1, (int) ceil (layout->frame.height / DQ_MAP_INDEX_CELL));
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
          const DqMark *mark = dq_scene_get_mark (layout->frame.scene, index);
          double x, y, w, h;
          int c0, c1, r0, r1;

          mark_hit_box (mark, &x, &y, &w, &h);
          c0 = CLAMP ((int) floor (x / DQ_MAP_INDEX_CELL), 0, self->index_columns - 1);
          c1 = CLAMP ((int) floor ((x + w) / DQ_MAP_INDEX_CELL), 0, self->index_columns - 1);
          r0 = CLAMP ((int) floor (y / DQ_MAP_INDEX_CELL), 0, self->index_rows - 1);
          r1 = CLAMP ((int) floor ((y + h) / DQ_MAP_INDEX_CELL), 0, self->index_rows - 1);

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
fit_view (DqMapLayout *layout)
{
  DqMap *self = layout->map;

  dq_map_viewport_set_size (self->viewport, MAX (1, layout->right - layout->left),
                            MAX (1, layout->bottom - layout->top));
  _dq_map_viewport_compute (self->viewport, layout->left, layout->top, &layout->viewport);
}

/* Where the legend goes, and how it is flowed into columns. */
typedef struct
{
  GArray   *entries;
  gboolean  side;
  guint     n_columns;
  double    natural;
  double    column_gap;
  double    line_height;
  double    height;
} LegendPlan;

static void
layout_init (DqMapLayout *layout,
             DqMap       *self,
             double       width,
             double       height,
             gboolean     dark)
{
  dq_frame_init_full (&layout->frame, width, height, self->language, dark, DQ_TYPE_GROWTH_MAP);
  layout->map = self;
  layout->items = g_ptr_array_new ();
  layout->symbols = g_array_new (FALSE, TRUE, sizeof (DqMapSymbol));
  layout->clusters = g_array_new (FALSE, TRUE, sizeof (DqMapCluster));
  g_array_set_clear_func (layout->clusters, _dq_map_cluster_clear);
  layout->obstacles = g_array_new (FALSE, FALSE, sizeof (DqMapBox));
  layout->hit_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  layout->highlight = g_hash_table_new (g_str_hash, g_str_equal);
  layout->context = g_hash_table_new (g_str_hash, g_str_equal);
  layout->highlight_places = g_hash_table_new (g_str_hash, g_str_equal);
  layout->shares = dq_map_shows_shares (self);

  /* Labels and the legend in the type scale's small size, as charts'
   * legends; regions' names a step lighter. Symbols grow a little with the
   * canvas, within limits, so that a thumbnail and a poster both read, and
   * a cluster's count is sized to fit its disc. */
  layout->font_label = layout->frame.font_small;
  layout->font_region = layout->frame.font_small * 0.9;
  layout->radius = 5.5 * CLAMP (MIN (width / 1100, height / 760), 0.75, 1.6);
  layout->font_count = layout->radius * 1.8;

  dq_scene_set_title (layout->frame.scene, dq_map_string (DQ_MAP_STRING_TITLE, self->language));
}

/* Frees what the layout holds; the scene is the caller's. Clusters hold
 * their member arrays, the rest is borrowed. */
static void
layout_clear (DqMapLayout *layout)
{
  g_clear_pointer (&layout->items, g_ptr_array_unref);
  g_clear_pointer (&layout->symbols, g_array_unref);
  g_clear_pointer (&layout->clusters, g_array_unref);
  g_clear_pointer (&layout->obstacles, g_array_unref);
  g_clear_pointer (&layout->hit_marks, g_array_unref);
  g_clear_pointer (&layout->highlight, g_hash_table_unref);
  g_clear_pointer (&layout->context, g_hash_table_unref);
  g_clear_pointer (&layout->highlight_places, g_hash_table_unref);
}

/* How large the whole map is drawn, at zoom 1, in an area. */
static double
whole_map_scale (DqMapLayout *layout,
                 double       right,
                 double       bottom)
{
  double min_lon, min_lat, max_lon, max_lat;
  DqProjection projection;
  DqViewport plain;

  dq_basemap_get_bounds (layout->map->basemap, &min_lon, &min_lat, &max_lon, &max_lat);
  dq_projection_init_central_asia (&projection);
  dq_viewport_fit (&plain, &projection, min_lon, min_lat, max_lon, max_lat, 0.01,
                   layout->left, layout->top, MAX (1, right - layout->left),
                   MAX (1, bottom - layout->top));

  return plain.scale;
}

/* The legend in columns beside the map: the right edge left to the map. */
static double
flow_beside (DqMapLayout *layout,
             LegendPlan  *plan)
{
  double legend_width;

  plan->n_columns = _dq_map_flow_entries (plan->entries, layout->bottom - layout->top,
                                          &plan->height);
  legend_width = plan->n_columns * plan->natural +
                 (plan->n_columns > 0 ? plan->n_columns - 1 : 0) * plan->column_gap;

  return layout->frame.right - legend_width - (plan->n_columns > 0 ? layout->frame.margin : 0);
}

/* The legend in the shortest band of columns under the map that fits
 * across the canvas: the bottom edge left to the map. */
static double
flow_below (DqMapLayout *layout,
            LegendPlan  *plan)
{
  guint fit = MAX (1, (guint) ((layout->frame.right - layout->frame.left + plan->column_gap) /
                               (plan->natural + plan->column_gap)));
  double max_height = plan->line_height;

  while ((plan->n_columns = _dq_map_flow_entries (plan->entries, max_height,
                                                  &plan->height)) > fit)
    max_height += plan->line_height / 2;

  return layout->bottom - plan->height - (plan->n_columns > 0 ? layout->frame.margin : 0);
}

/* Flows the legend beside the map or under it, wherever it leaves the map
 * larger. Returns whether the map keeps at least half the room the title
 * and footer leave. */
static gboolean
try_legend (DqMapLayout *layout,
            LegendPlan  *plan,
            double       bottom)
{
  double right, below;

  layout->bottom = bottom;
  g_clear_pointer (&plan->entries, g_array_unref);
  plan->entries = _dq_map_legend_entries (layout, dq_map_get_clustering (layout->map));
  plan->natural = _dq_map_measure_entries (layout, plan->entries, layout->frame.width * 0.3);

  /* One column beside the map is the compact legend: it takes only the
   * width of its longest line, where the map has room to spare. On a
   * canvas a journal column wide it has none, and a canvas of free height
   * may make room under the map: the legend goes in columns under it, if
   * that leaves the map larger. */
  right = flow_beside (layout, plan);
  if (plan->n_columns <= 1 && layout->frame.width >= 640 && !layout->free_height)
    plan->side = TRUE;
  else
    {
      below = flow_below (layout, plan);
      plan->side = whole_map_scale (layout, right, bottom) >=
                   whole_map_scale (layout, layout->frame.right, below);
    }

  if (plan->side)
    {
      layout->right = flow_beside (layout, plan);
      return layout->right - layout->left >= (layout->frame.right - layout->left) / 2;
    }

  layout->right = layout->frame.right;
  layout->bottom = flow_below (layout, plan);
  return layout->bottom - layout->top >= (bottom - layout->top) / 2;
}

/* With the legend in one column beside the map, the notes and sources
 * go under it when they fit there, in a column widened as far as the map
 * can spare, and the map takes the whole height under the title: a map is
 * wider than it is tall, and a band of small print across the foot of the
 * canvas costs it more than a column does. Kept only where it leaves the
 * whole map larger. */
static void
footer_beside (DqMapLayout *layout,
               LegendPlan  *plan)
{
  double room = layout->frame.bottom - layout->top;
  double scale = whole_map_scale (layout, layout->right, layout->bottom);

  if (!plan->side || plan->n_columns != 1)
    return;

  for (double widen = 1; widen <= 2.001; widen += 0.125)
    {
      double column = plan->natural * widen;
      double right = layout->frame.right - column - layout->frame.margin;
      double footer, used;

      if (whole_map_scale (layout, right, layout->frame.bottom) <= scale)
        break;
      layout->footer_left = layout->frame.right - column;
      footer = footer_height (layout);
      if (footer < room &&
          _dq_map_flow_entries (plan->entries, room - footer - layout->frame.margin, &used) == 1)
        {
          plan->height = used;
          plan->natural = column;
          layout->right = right;
          layout->bottom = layout->frame.bottom;
          return;
        }
    }

  layout->footer_left = 0;
  _dq_map_flow_entries (plan->entries, layout->bottom - layout->top, &plan->height);
}

/* The legend beside the map or under it; the map area is what is left.
 * A legend that would take more than half the room, as on a figure a
 * journal column wide, leaves out the shapes of the kinds of centre and
 * keeps what the colours mean, so that it never swamps the map. */
static void
place_legend (DqMapLayout *layout,
              LegendPlan  *plan)
{
  double bottom = layout->bottom;

  plan->column_gap = layout->font_label * 1.5;
  dq_scene_measure_text (layout->frame.scene, "Ag", layout->font_label, FALSE, NULL,
                         &plan->line_height, NULL);
  layout->left = layout->frame.left;
  layout->short_legend = FALSE;

  if (!try_legend (layout, plan, bottom))
    {
      layout->short_legend = TRUE;
      try_legend (layout, plan, bottom);
    }
  footer_beside (layout, plan);
}

/* On a tall canvas the whole map is narrower than the canvas is high:
 * brings the legend up under it rather than leave a band of nothing. */
static void
fit_height (DqMapLayout *layout)
{
  DqBasemap *basemap = layout->map->basemap;
  double min_lon, min_lat, max_lon, max_lat;
  double y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  DqProjection projection;
  DqViewport plain;

  dq_basemap_get_bounds (basemap, &min_lon, &min_lat, &max_lon, &max_lat);
  dq_projection_init_central_asia (&projection);
  /* Measured at zoom 1, so that zooming never moves the frame. */
  dq_viewport_fit (&plain, &projection, min_lon, min_lat, max_lon, max_lat, 0.01,
                   layout->left, layout->top, MAX (1, layout->right - layout->left),
                   MAX (1, layout->bottom - layout->top));
  for (int i = 0; i <= 32; i++)
    {
      double t = i / 32.0, x, y;
      double lon = min_lon + t * (max_lon - min_lon);
      double lats[2] = { min_lat, max_lat };

      for (int k = 0; k < 2; k++)
        {
          dq_viewport_to_canvas (&plain, lon, lats[k], &x, &y);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
    }

  if (y1 - y0 > 0 && (y1 - y0) * 1.02 < layout->bottom - layout->top)
    {
      layout->bottom = layout->top + (y1 - y0) * 1.02;
      fit_view (layout);
    }
}

static void
draw_map (DqMapLayout *layout)
{
  draw_basemap (layout);
  if (layout->map->dataset != NULL)
    {
      _dq_map_place_symbols (layout);
      _dq_map_draw_places (layout);
      _dq_map_draw_symbols (layout);
      _dq_map_place_labels (layout);
    }
}

static void
draw_legend (DqMapLayout *layout,
             LegendPlan  *plan)
{
  /* Without clusters on the map, the legend does not explain them. */
  if (dq_map_get_clustering (layout->map) && !layout->has_clusters)
    {
      g_clear_pointer (&plan->entries, g_array_unref);
      plan->entries = _dq_map_legend_entries (layout, FALSE);
      _dq_map_measure_entries (layout, plan->entries, layout->frame.width * 0.3);
      _dq_map_flow_entries (plan->entries,
                            plan->side && layout->footer_left == 0
                              ? layout->bottom - layout->top
                              : plan->height + plan->line_height,
                            &plan->height);
    }

  if (plan->side)
    _dq_map_draw_entries (layout, plan->entries, layout->right + layout->frame.margin, layout->top,
                          plan->natural, plan->column_gap);
  else
    _dq_map_draw_entries (layout, plan->entries, layout->frame.left,
                          layout->bottom + layout->frame.margin,
                          plan->natural, plan->column_gap);
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
/* Lays the map out on a canvas of @height. Sets @slack to the height
 * left empty between the legend under the map and the footer, and
 * @crowded to whether the legend had to leave the kinds of centre out. */
static DqScene *
build_at (DqMap    *self,
          double    width,
          double    height,
          gboolean  free_height,
          gboolean  dark,
          double   *slack,
          gboolean *crowded)
{
  DqMapLayout layout = { 0 };
  LegendPlan legend = { 0 };

  layout_init (&layout, self, width, height, dark);
  layout.free_height = free_height;
  if (self->dataset != NULL)
    {
      _dq_map_select_items (&layout);
      collect_highlight (&layout);
    }

  add_frame (&layout, FALSE);
  place_legend (&layout, &legend);
  fit_view (&layout);
  if (!legend.side)
    fit_height (&layout);

  if (layout.right - layout.left < 40 || layout.bottom - layout.top < 40)
    {
      /* Too small for a map: the frame alone. */
      layout.right = MAX (layout.left, layout.right);
      layout.bottom = MAX (layout.top, layout.bottom);
    }

  draw_map (&layout);
  add_frame (&layout, TRUE);
  draw_legend (&layout, &legend);

  *crowded = layout.short_legend;
  /* The frame's bottom is already above the footer. */
  *slack = legend.side ? 0 : layout.frame.bottom - layout.bottom - layout.frame.margin * 2 -
                             legend.height;

  g_set_object (&self->scene, layout.frame.scene);
  self->view = layout.viewport;
  self->has_view = TRUE;
  build_index (self, &layout);

  g_clear_pointer (&legend.entries, g_array_unref);
  layout_clear (&layout);

  return layout.frame.scene;
}

DqScene *
dq_map_build_scene (DqMap    *self,
                    double    width,
                    double    height,
                    gboolean  dark)
{
  double slack;
  gboolean crowded;

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  return build_at (self, width, height, FALSE, dark, &slack, &crowded);
}

/**
 * dq_map_build_scene_full:
 * @self: a #DqMap
 * @width: the width in scene units (CSS pixels)
 * @height: the height in scene units
 * @max_height: 0 for a canvas of exactly @height; more, for a height that
 *   follows the map, as #DqChartOptions.max_height does a chart's
 * @dark: whether to use the dark theme
 *
 * dq_map_build_scene() on a canvas whose height may follow its content:
 * the legend goes in columns under the map where that leaves the map
 * larger, and the figure is as tall as the map at the full width, its
 * whole legend and its sources need, up to @max_height; no shorter than
 * the height at which the type scale stays that of @width.
 *
 * Returns: (transfer full): the scene
 */
DqScene *
dq_map_build_scene_full (DqMap    *self,
                         double    width,
                         double    height,
                         double    max_height,
                         gboolean  dark)
{
  double min_height = MIN (height, MAX (height / 2, width * 560 / 900));
  double slack;
  gboolean crowded;
  DqScene *scene;

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (max_height <= height)
    return build_at (self, width, height, FALSE, dark, &slack, &crowded);

  /* At the greatest height the map takes the full width and the legend
   * all of its entries; the canvas then gives back what lies empty. The
   * map keeps the scene built last, for dq_map_lookup(), which is the one
   * returned. */
  scene = build_at (self, width, max_height, TRUE, dark, &slack, &crowded);
  height = max_height;

  /* The legend's columns and the map's frame follow the canvas: what is
   * given back is measured again, a few times at most. */
  for (int i = 0; i < 4 && slack >= 1 && height > min_height; i++)
    {
      height = MAX (min_height, ceil (height - slack));
      g_object_unref (scene);
      scene = build_at (self, width, height, TRUE, dark, &slack, &crowded);
    }

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

  cell = MIN ((int) (y / DQ_MAP_INDEX_CELL), self->index_rows - 1) * self->index_columns +
         MIN ((int) (x / DQ_MAP_INDEX_CELL), self->index_columns - 1);
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

