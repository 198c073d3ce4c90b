/* dq-map-symbols.c
 *
 * Symbols of centres and events, one shape per kind, and clusters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"

DqColor
_dq_map_with_alpha (DqColor color,
                    double  alpha)
{
  color.alpha *= alpha;
  return color;
}

static const DqColor *
item_fill (const DqMapLayout *layout,
           const DqMapItem   *item)
{
  if (item->color < 0)
    return dq_theme_get_group_color (layout->frame.theme, -1);

  return dq_theme_get_group_color (layout->frame.theme, item->color);
}

void
_dq_map_add_obstacle (DqMapLayout *layout,
                      double       x,
                      double       y,
                      double       radius)
{
  DqMapBox box = { x - radius, y - radius, x + radius, y + radius };

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

DqMark *
_dq_map_add_symbol (DqScene       *scene,
                    DqMarkRole     role,
                    DqCentreKind   kind,
                    gboolean       is_event,
                    double         x,
                    double         y,
                    double         r,
                    const DqColor *fill,
                    const DqColor *outline)
{
  DqMark *mark = dq_scene_add_path (scene, role, fill, outline, MAX (0.8, r / 6));

  if (is_event)
    {
      saltire (mark, x, y, r * 1.25);
      return mark;
    }

  switch (kind)
    {
    case DQ_CENTRE_ASSOCIATION:
      regular_polygon (mark, x, y, r * 1.2, 4, G_PI / 4);
      break;

    case DQ_CENTRE_CULTURAL_CENTRE:
      regular_polygon (mark, x, y, r * 1.25, 4, 0);
      break;

    case DQ_CENTRE_FRIENDSHIP_HOUSE:
      /* A house: a square with a roof. */
      dq_mark_path_move_to (mark, x - 0.9 * r, y + 0.9 * r);
      dq_mark_path_line_to (mark, x + 0.9 * r, y + 0.9 * r);
      dq_mark_path_line_to (mark, x + 0.9 * r, y - 0.1 * r);
      dq_mark_path_line_to (mark, x, y - 1.1 * r);
      dq_mark_path_line_to (mark, x - 0.9 * r, y - 0.1 * r);
      dq_mark_path_close (mark);
      break;

    case DQ_CENTRE_CONFUCIUS_INSTITUTE:
      regular_polygon (mark, x, y + 0.2 * r, r * 1.35, 3, 0);
      break;

    case DQ_CENTRE_MEMORIAL:
      regular_polygon (mark, x, y - 0.2 * r, r * 1.35, 3, G_PI);
      break;

    case DQ_CENTRE_INSTITUTION:
      star (mark, x, y + 0.1 * r, r * 1.35, r * 0.6, 5);
      break;

    case DQ_CENTRE_ETHNOCULTURAL_CENTRE:
    default:
      regular_polygon (mark, x, y, r, 20, 0);
      break;
    }

  return mark;
}

double
_dq_map_cluster_radius (const DqMapLayout *layout,
                        guint              count)
{
  return layout->radius * (1.25 + 0.3 * log10 (count));
}

static void
record_hit_mark (DqMapLayout *layout)
{
  guint index = dq_scene_get_n_marks (layout->frame.scene) - 1;

  g_array_append_val (layout->hit_marks, index);
}

/* The centre or event an item stands for; none for synthetic centres. */
static gpointer
item_object (DqMapLayout     *layout,
             const DqMapItem *item)
{
  DqDataset *dataset = dq_map_get_dataset (layout->map);

  if (item->synthetic || dataset == NULL)
    return NULL;
  if (item->is_event)
    return dq_dataset_lookup_event (dataset, item->id);

  return dq_dataset_lookup_centre (dataset, item->id);
}

static void
draw_cluster (DqMapLayout  *layout,
              DqMapCluster *cluster,
              gboolean      related)
{
  const DqTheme *theme = layout->frame.theme;
  g_autoptr(GString) datum = g_string_new ("cluster:");
  g_autoptr(GListStore) members = g_list_store_new (DQ_TYPE_CENTRE);
  g_autofree char *count = g_strdup_printf ("%u", cluster->members->len);
  double x = cluster->sum_x / cluster->members->len;
  double y = cluster->sum_y / cluster->members->len;
  double r = _dq_map_cluster_radius (layout, cluster->members->len);
  int color = -2;
  DqColor fill, text_color, outline;
  double font = layout->font_count * (cluster->members->len >= 100 ? 0.85 : 1);
  double w, h, ascent;
  DqMark *mark;

  for (guint k = 0; k < cluster->members->len; k++)
    {
      const DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol,
                                             g_array_index (cluster->members, guint, k));

      if (k > 0)
        g_string_append_c (datum, ',');
      g_string_append (datum, symbol->item->id);
      if (item_object (layout, symbol->item) != NULL)
        g_list_store_append (members, item_object (layout, symbol->item));
      if (color == -2)
        color = symbol->item->color;
      else if (color != symbol->item->color)
        color = -3;
    }

  /* One group's colour if every member is of it, else a plain dark disc. */
  fill = color >= 0 ? *dq_theme_get_group_color (theme, color) : theme->foreground;
  text_color = *dq_theme_get_text_on (theme, &fill);
  outline = theme->background;
  if (!related)
    {
      fill = _dq_map_with_alpha (fill, 0.3);
      text_color = _dq_map_with_alpha (text_color, 0.6);
      outline = _dq_map_with_alpha (outline, 0.3);
    }

  mark = dq_scene_add_circle (layout->frame.scene, DQ_MARK_ROLE_CLUSTER, x, y, r, &fill);
  mark->stroke = outline;
  mark->line_width = 1.2;
  dq_mark_set_datum (mark, datum->str);
  dq_mark_set_item (mark, members);
  record_hit_mark (layout);
  _dq_map_add_obstacle (layout, x, y, r + 1);

  dq_scene_measure_text (layout->frame.scene, count, font, TRUE, &w, &h, &ascent);
  dq_scene_add_text (layout->frame.scene, DQ_MARK_ROLE_CLUSTER_LABEL, count, x, y - h / 2 + ascent,
                     font, TRUE, DQ_TEXT_ANCHOR_MIDDLE, &text_color);
}

static void
draw_symbol (DqMapLayout *layout,
             DqMapSymbol *symbol)
{
  DqColor fill = *item_fill (layout, symbol->item);
  DqColor outline = layout->frame.theme->background;
  double r = layout->radius;
  DqMark *mark;

  if (!symbol->related)
    {
      fill = _dq_map_with_alpha (fill, 0.25);
      outline = _dq_map_with_alpha (outline, 0.25);
    }

  mark = _dq_map_add_symbol (layout->frame.scene,
                             symbol->item->is_event ? DQ_MARK_ROLE_EVENT : DQ_MARK_ROLE_CENTRE,
                             symbol->item->kind, symbol->item->is_event, symbol->x, symbol->y,
                             symbol->item->is_event ? r * 1.1 : r, &fill, &outline);
  dq_mark_set_datum (mark, symbol->item->id);
  dq_mark_set_item (mark, item_object (layout, symbol->item));
  record_hit_mark (layout);
  _dq_map_add_obstacle (layout, symbol->x, symbol->y, r * 1.4);
}

void
_dq_map_draw_places (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  GListModel *places = dq_dataset_get_places (self->dataset);
  const DqColor *dot = &layout->frame.theme->foreground;

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
      mark = dq_scene_add_circle (layout->frame.scene, DQ_MARK_ROLE_PLACE, x, y, 2.2, dot);
      dq_mark_set_datum (mark, datum);
      _dq_map_add_obstacle (layout, x, y, 3);
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
        mark = dq_scene_add_circle (layout->frame.scene, DQ_MARK_ROLE_PLACE_HIGHLIGHT, x, y,
                                    layout->radius * 2.6, NULL);
        mark->fill = _dq_map_with_alpha (layout->highlight_color, 0.25);
        mark->stroke = layout->highlight_color;
        mark->line_width = 1.5;
        dq_mark_set_datum (mark, datum);
      }
  }
}

void
_dq_map_draw_symbols (DqMapLayout *layout)
{
  DqColor leader = _dq_map_with_alpha (layout->frame.theme->foreground, 0.6);

  /* Leaders from fanned-out symbols to their place, under the symbols. */
  for (guint i = 0; i < layout->symbols->len; i++)
    {
      const DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol, i);

      if (!symbol->spread ||
          (symbol->cluster >= 0 &&
           g_array_index (layout->clusters, DqMapCluster, symbol->cluster).members->len > 1))
        continue;
      dq_scene_add_line (layout->frame.scene, DQ_MARK_ROLE_LEADER, symbol->anchor_x,
                         symbol->anchor_y, symbol->x, symbol->y, &leader, 0.8);
    }

  /* Unrelated records first, so the selected group's lie on top; events
   * last of all. */
  for (int pass = 0; pass < 4; pass++)
    {
      gboolean related = pass % 2 == 1;
      gboolean events = pass >= 2;

      for (guint i = 0; i < layout->symbols->len; i++)
        {
          DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol, i);

          if (symbol->related != related || symbol->item->is_event != events)
            continue;

          if (symbol->cluster >= 0)
            {
              DqMapCluster *cluster = &g_array_index (layout->clusters, DqMapCluster,
                                                      symbol->cluster);
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
                any_related |= g_array_index (layout->symbols, DqMapSymbol,
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
              DqMapCluster *cluster = &g_array_index (layout->clusters, DqMapCluster, c);
              const DqMapSymbol *first;
              gboolean any_related = FALSE;

              if (cluster->members->len < 2)
                continue;
              first = &g_array_index (layout->symbols, DqMapSymbol, g_array_index (cluster->members,
                                                                              guint, 0));
              if (first->related)
                continue;
              for (guint k = 1; k < cluster->members->len; k++)
                any_related |= g_array_index (layout->symbols, DqMapSymbol,
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

