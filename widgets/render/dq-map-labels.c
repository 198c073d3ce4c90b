/* dq-map-labels.c
 *
 * Labels of places, regions and neighbouring countries, placed greedily by
 * priority off the symbols and each other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"

static gboolean
boxes_overlap (const DqMapBox *a,
               const DqMapBox *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
box_is_free (const DqMapLayout *layout,
             const DqMapBox    *box)
{
  if (box->x0 < layout->left || box->x1 > layout->right ||
      box->y0 < layout->top || box->y1 > layout->bottom)
    return FALSE;

  for (guint i = 0; i < layout->obstacles->len; i++)
    {
      if (boxes_overlap (box, &g_array_index (layout->obstacles, DqMapBox, i)))
        return FALSE;
    }

  return TRUE;
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
  DqMarkRole           role;
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
box_inside_area (const DqMapLayout   *layout,
                 const DqBasemapArea *area,
                 const DqMapBox      *box)
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
try_label_at (DqMapLayout *layout,
              const Label *label,
              GPtrArray   *lines,
              double       line_height,
              double       ascent,
              double       box_width,
              double       left,
              double       top)
{
  DqMapBox box = { left - 1, top - 1, left + box_width + 1, top + line_height * lines->len + 1 };

  if (!box_is_free (layout, &box))
    return FALSE;
  if (label->area != NULL && !box_inside_area (layout, label->area, &box))
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      DqMark *mark = dq_scene_add_text (layout->frame.scene, label->role,
                                        g_ptr_array_index (lines, i), left + box_width / 2,
                                        top + ascent + i * line_height, label->font, label->bold,
                                        DQ_TEXT_ANCHOR_MIDDLE, label->color);

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
place_label (DqMapLayout *layout,
             const Label *label)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_free);
  double width, height, ascent;

  if (label->x < layout->left || label->x > layout->right ||
      label->y < layout->top || label->y > layout->bottom)
    return;

  g_ptr_array_add (one, g_strdup (label->text));
  dq_scene_measure_text (layout->frame.scene, label->text, label->font, label->bold, &width,
                         &height, &ascent);

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
        { -0.6, 0 }, { 0.6, 0 }, { -0.6, -1.2 }, { 0.6, -1.2 }, { -0.6, 1.2 }, { 0.6, 1.2 },
      };
      g_autoptr(GPtrArray) two = split_in_two (label->text);
      double two_width = 0;

      for (guint i = 0; i < two->len; i++)
        {
          double w;

          dq_scene_measure_text (layout->frame.scene, g_ptr_array_index (two, i), label->font,
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

/* Regions' names, and on the choropleth their shares. @region_color is
 * kept by the labels, and outlives them. */
static void
add_region_labels (DqMapLayout   *layout,
                   GArray        *labels,
                   GPtrArray     *datums,
                   const DqColor *region_color)
{
  DqBasemap *basemap = layout->map->basemap;
  const DqTheme *theme = layout->frame.theme;
  gboolean share_years = FALSE;

  /* On the choropleth, each region with a figure shows its share, with
   * its year when the figures are of several years or kinds. */
  if (layout->shares)
    {
      gboolean classes[DQ_N_SHARE_CLASSES];
      guint n_missing;
      g_autoptr(GPtrArray) kinds = _dq_map_share_summary (layout, classes, &n_missing);

      share_years = kinds->len > 1;
    }

  for (guint i = 0; i < dq_basemap_get_n_regions (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_region (basemap, i);
      gboolean highlighted = !layout->shares &&
                             g_hash_table_contains (layout->highlight, area->code);
      char *share = layout->shares ? _dq_map_share_label (layout, area, share_years) : NULL;
      double span_x0, span_y0, span_x1, span_y1;
      char *datum = g_strconcat ("region:", area->code, NULL);
      Label label = { 0 };

      g_ptr_array_add (datums, datum);
      if (share != NULL)
        {
          /* The share first, in bold at the region's label point; the
           * name fits around it where it can. Kept with the datums,
           * which outlive the labels. */
          g_ptr_array_add (datums, share);
          label.text = share;
          label.role = DQ_MARK_ROLE_VALUE_LABEL;
          label.datum = datum;
          dq_viewport_to_canvas (&layout->viewport, area->label_lon, area->label_lat, &label.x,
                                 &label.y);
          label.font = layout->font_region;
          label.bold = TRUE;
          label.color = &theme->foreground;
          label.style = LABEL_INSIDE;
          label.area = area;
          label.priority = 4000;
          g_array_append_val (labels, label);
          label.bold = FALSE;
        }
      label.text = dq_text_get (area->name, layout->frame.language);
      label.role = DQ_MARK_ROLE_REGION_LABEL;
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, area->label_lon, area->label_lat, &label.x,
                             &label.y);
      label.font = layout->font_region;
      label.color = highlighted ? &theme->foreground : region_color;
      label.style = LABEL_INSIDE;
      label.area = area;
      /* Larger regions first; the highlighted ones before any place. */
      dq_viewport_to_canvas (&layout->viewport, area->min_lon, area->min_lat, &span_x0, &span_y0);
      dq_viewport_to_canvas (&layout->viewport, area->max_lon, area->max_lat, &span_x1, &span_y1);
      label.priority = (highlighted ? 3000 : 0) + MIN (400, fabs (span_x1 - span_x0) / 4);
      g_array_append_val (labels, label);
    }
}

void
_dq_map_place_labels (DqMapLayout *layout)
{
  DqMap *self = layout->map;
  GListModel *places = dq_dataset_get_places (self->dataset);
  DqBasemap *basemap = self->basemap;
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) datums = g_ptr_array_new_with_free_func (g_free);
  const DqTheme *theme = layout->frame.theme;
  DqColor region_color = _dq_map_with_alpha (theme->muted, 0.95);
  DqColor faint = _dq_map_with_alpha (theme->muted, 0.7);

  /* How many drawn records each place has: busier places are labelled
   * first. */
  for (guint i = 0; i < layout->symbols->len; i++)
    {
      const DqMapSymbol *symbol = &g_array_index (layout->symbols, DqMapSymbol, i);

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
      label.text = dq_text_get (dq_place_get_name (place), layout->frame.language);
      label.role = DQ_MARK_ROLE_PLACE_LABEL;
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, dq_place_get_longitude (place),
                             dq_place_get_latitude (place), &label.x, &label.y);
      label.font = city ? layout->font_label : layout->font_label * 0.9;
      label.color = &theme->foreground;
      label.style = LABEL_AROUND;
      /* The neighbours' capitals place the two countries; they give way
       * to the places of the two. */
      label.priority = (city ? 1000 : 500) + count * 10 -
                       (g_strcmp0 (dq_place_get_country (place), "KZ") != 0 &&
                        g_strcmp0 (dq_place_get_country (place), "UZ") != 0 ? 800 : 0) +
                       (g_hash_table_contains (layout->highlight_places,
                                               dq_place_get_id (place)) ? 2000 : 0);
      label.bold = g_hash_table_contains (layout->highlight_places, dq_place_get_id (place));
      g_array_append_val (labels, label);
    }

  add_region_labels (layout, labels, datums, &region_color);

  for (guint i = 0; i < dq_basemap_get_n_countries (basemap); i++)
    {
      const DqBasemapArea *area = dq_basemap_get_country (basemap, i);
      char *datum;
      Label label = { 0 };

      if (area->focus)
        continue;

      datum = g_strconcat ("country:", area->code, NULL);
      g_ptr_array_add (datums, datum);
      label.text = dq_text_get (area->name, layout->frame.language);
      label.role = DQ_MARK_ROLE_COUNTRY_LABEL;
      label.datum = datum;
      dq_viewport_to_canvas (&layout->viewport, area->label_lon, area->label_lat, &label.x,
                             &label.y);
      /* The size of regions' names: both name areas, not points. */
      label.font = layout->font_region;
      label.color = &faint;
      label.style = LABEL_INSIDE;
      label.area = area;
      /* A neighbour's name places the two countries, and fits only inside
       * it; places' names can go around their point instead. It comes
       * before them, after the highlighted group's places. */
      label.priority = 1500;
      g_array_append_val (labels, label);
    }

  for (guint i = 0; i < labels->len; i++)
    g_array_index (labels, Label, i).order = i;
  g_array_sort (labels, compare_labels);
  for (guint i = 0; i < labels->len; i++)
    place_label (layout, &g_array_index (labels, Label, i));
}

