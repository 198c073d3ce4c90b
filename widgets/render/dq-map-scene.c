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
#include "dq-map-strings.h"

static void
style_init (DqMapStyle *style,
            gboolean    dark)
{
  const DqTheme *theme = dq_theme_get (dark);
  /* Okabe–Ito first, then darker hues for the eighth group on; yellow is
   * last of the eight because it is the weakest on a light ground. */
  static const guint8 light_palette[DQ_MAP_N_PALETTE][3] = {
    { 0, 114, 178 }, { 230, 159, 0 }, { 0, 158, 115 }, { 213, 94, 0 }, { 86, 180, 233 },
    { 204, 121, 167 }, { 120, 80, 160 }, { 240, 228, 66 }, { 140, 90, 40 }, { 0, 90, 80 },
  };
  static const guint8 dark_palette[DQ_MAP_N_PALETTE][3] = {
    { 86, 180, 233 }, { 230, 159, 0 }, { 0, 178, 130 }, { 240, 120, 40 }, { 120, 160, 255 },
    { 220, 140, 185 }, { 180, 140, 230 }, { 240, 228, 66 }, { 200, 150, 90 }, { 90, 200, 180 },
  };
  const guint8 (*palette)[3] = dark ? dark_palette : light_palette;

  style->theme = theme;
  for (guint i = 0; i < DQ_MAP_N_PALETTE; i++)
    style->palette[i] = DQ_MAP_RGB (palette[i][0], palette[i][1], palette[i][2]);

  if (dark)
    {
      style->land = DQ_MAP_RGB (60, 60, 58);
      style->land_dim = DQ_MAP_RGB (46, 46, 46);
      style->border = DQ_MAP_RGB (100, 100, 96);
      style->country_border = DQ_MAP_RGB (175, 175, 170);
      style->neighbour = DQ_MAP_RGB (44, 44, 44);
      style->neighbour_border = DQ_MAP_RGB (72, 72, 72);
      style->symbol_outline = DQ_MAP_RGB (20, 20, 20);
      style->neutral = DQ_MAP_RGB (175, 175, 175);
      style->cluster = DQ_MAP_RGB (210, 210, 210);
    }
  else
    {
      style->land = DQ_MAP_RGB (243, 240, 232);
      style->land_dim = DQ_MAP_RGB (249, 248, 245);
      style->border = DQ_MAP_RGB (196, 190, 178);
      style->country_border = DQ_MAP_RGB (105, 105, 100);
      style->neighbour = DQ_MAP_RGB (232, 232, 232);
      style->neighbour_border = DQ_MAP_RGB (205, 205, 205);
      style->symbol_outline = DQ_MAP_RGB (255, 255, 255);
      style->neutral = DQ_MAP_RGB (115, 115, 115);
      style->cluster = DQ_MAP_RGB (60, 60, 60);
    }
}

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

static void
draw_basemap (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  DqBasemap *basemap = self->basemap;
  const DqMapStyle *style = &layout->style;
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

      fill = _dq_map_with_alpha (layout->highlight_color, full ? 0.32 : 0.12);
      stroke = _dq_map_with_alpha (layout->highlight_color, 0.9);
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

/* The frame: title, footer and legend */

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
                                                        layout->language));
      else if (document != NULL)
        g_ptr_array_add (names, (gpointer) dq_document_get_title (document));
    }
  g_ptr_array_add (names, NULL);

  joined = names->len > 1 ? g_strjoinv ("; ", (char **) names->pdata) : g_strdup ("—");
  return dq_map_string_format (DQ_MAP_STRING_SOURCE, layout->language, joined);
}

static double
add_lines (DqMapLayout   *layout,
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
add_footer (DqMapLayout *layout,
            gboolean     draw)
{
  DqMap *self = layout->map;
  const DqTheme *theme = layout->style.theme;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  guint n_unlocated = g_list_model_get_n_items (G_LIST_MODEL (self->unlocated));
  guint n_synthetic = 0;
  double total = 0, y;

  for (guint i = 0; i < layout->items->len; i++)
    n_synthetic += ((const DqMapItem *) g_ptr_array_index (layout->items, i))->synthetic;

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
add_header (DqMapLayout *layout,
            gboolean     draw)
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
add_frame_masks (DqMapLayout *layout)
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
build_index (DqMap       *self,
             DqMapLayout *layout)
{
  guint n_cells;
  g_autoptr(GArray) fill = NULL;

  self->index_columns = MAX (1, (int) ceil (layout->width / DQ_MAP_INDEX_CELL));
  self->index_rows = MAX (1, (int) ceil (layout->height / DQ_MAP_INDEX_CELL));
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
  double s;

  layout->map = self;
  layout->scene = dq_scene_new (width, height, self->language);
  layout->language = self->language;
  layout->width = width;
  layout->height = height;
  layout->items = g_ptr_array_new ();
  layout->symbols = g_array_new (FALSE, TRUE, sizeof (DqMapSymbol));
  layout->clusters = g_array_new (FALSE, TRUE, sizeof (DqMapCluster));
  g_array_set_clear_func (layout->clusters, _dq_map_cluster_clear);
  layout->obstacles = g_array_new (FALSE, FALSE, sizeof (DqMapBox));
  layout->hit_marks = g_array_new (FALSE, FALSE, sizeof (guint));
  layout->highlight = g_hash_table_new (g_str_hash, g_str_equal);
  layout->context = g_hash_table_new (g_str_hash, g_str_equal);
  layout->highlight_places = g_hash_table_new (g_str_hash, g_str_equal);
  style_init (&layout->style, dark);

  /* Type and symbols grow a little with the canvas, within limits, so that
   * a thumbnail and a poster both read. */
  s = CLAMP (MIN (width / 1100, height / 760), 0.75, 1.6);
  layout->margin = 16 * s;
  layout->font_title = 19 * s;
  layout->font_subtitle = 12.5 * s;
  layout->font_label = 11.5 * s;
  layout->font_region = 10 * s;
  layout->font_small = 10 * s;
  layout->radius = 5.5 * s;

  dq_scene_set_background (layout->scene, &layout->style.theme->background);
  dq_scene_set_title (layout->scene, dq_map_string (DQ_MAP_STRING_TITLE, self->language));
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

/* The legend beside the map on a wide canvas, under it on a tall one; the
 * map area is what is left. */
static void
place_legend (DqMapLayout *layout,
              LegendPlan  *plan)
{
  double width = layout->width;

  plan->column_gap = layout->font_label * 1.5;
  plan->entries = _dq_map_legend_entries (layout, dq_map_get_clustering (layout->map));
  plan->natural = _dq_map_measure_entries (layout, plan->entries, width * 0.3);
  dq_scene_measure_text (layout->scene, "Ag", layout->font_label, FALSE, NULL, &plan->line_height,
                         NULL);
  plan->side = width >= layout->height * 1.15;
  layout->left = layout->margin;
  if (plan->side)
    {
      double legend_width;

      plan->n_columns = _dq_map_flow_entries (plan->entries, layout->bottom - layout->top,
                                              &plan->height);
      legend_width = plan->n_columns * plan->natural +
                     (plan->n_columns > 0 ? plan->n_columns - 1 : 0) * plan->column_gap;
      layout->right = width - layout->margin - legend_width -
                      (plan->n_columns > 0 ? layout->margin : 0);
    }
  else
    {
      guint fit = MAX (1, (guint) ((width - 2 * layout->margin + plan->column_gap) /
                                   (plan->natural + plan->column_gap)));
      double max_height = plan->line_height;

      /* The shortest band whose columns fit across the canvas. */
      while ((plan->n_columns = _dq_map_flow_entries (plan->entries, max_height,
                                                      &plan->height)) > fit)
        max_height += plan->line_height / 2;
      layout->right = width - layout->margin;
      layout->bottom -= plan->height + (plan->n_columns > 0 ? layout->margin : 0);
    }
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
      _dq_map_measure_entries (layout, plan->entries, layout->width * 0.3);
      _dq_map_flow_entries (plan->entries, plan->side ? layout->bottom - layout->top
                                                      : plan->height + plan->line_height,
                            &plan->height);
    }

  if (plan->side)
    _dq_map_draw_entries (layout, plan->entries, layout->right + layout->margin, layout->top,
                          plan->natural, plan->column_gap);
  else
    _dq_map_draw_entries (layout, plan->entries, layout->margin, layout->bottom + layout->margin,
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
DqScene *
dq_map_build_scene (DqMap    *self,
                    double    width,
                    double    height,
                    gboolean  dark)
{
  DqMapLayout layout = { 0 };
  LegendPlan legend = { 0 };

  g_return_val_if_fail (DQ_IS_MAP (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  layout_init (&layout, self, width, height, dark);
  if (self->dataset != NULL)
    {
      _dq_map_select_items (&layout);
      collect_highlight (&layout);
    }

  layout.top = add_header (&layout, FALSE) + layout.margin * 0.75;
  layout.bottom = height - add_footer (&layout, FALSE) - layout.margin * 1.25;
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
  add_frame_masks (&layout);
  add_header (&layout, TRUE);
  add_footer (&layout, TRUE);
  draw_legend (&layout, &legend);

  g_set_object (&self->scene, layout.scene);
  self->view = layout.viewport;
  self->has_view = TRUE;
  build_index (self, &layout);

  g_clear_pointer (&legend.entries, g_array_unref);
  layout_clear (&layout);

  return layout.scene;
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

