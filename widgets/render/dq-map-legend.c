/* dq-map-legend.c
 *
 * The map's legend: kinds of centre, clusters, groups and the highlighted
 * group's areas, wrapped and sent down columns beside or under the map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"
#include "dq-map-strings.h"

/* The legend */

typedef enum
{
  ENTRY_HEADING,
  ENTRY_SYMBOL,
  ENTRY_CLUSTER,
  ENTRY_AREA,
  ENTRY_RING,
  /* A hatched square: regions without data */
  ENTRY_HATCH,
  /* Words alone, such as the year and kind of the figures */
  ENTRY_TEXT,
} EntryType;

typedef struct
{
  EntryType     type;
  DqCentreKind  kind;
  gboolean      is_event;
  DqColor     fill;
  DqColor     stroke;
  double      dash;
  char       *label;
  GPtrArray  *lines;
  double      height;
  guint       column;
  double      y;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->lines, g_ptr_array_unref);
  g_clear_pointer (&entry->label, g_free);
}

/* Russian and Kazakh write the names of peoples in lower case ("немцы");
 * a legend line, like a heading, starts with a capital. */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buf[8];
  int length = g_unichar_to_utf8 (g_unichar_totitle (first), buf);

  return g_strconcat ((buf[length] = '\0', buf), g_utf8_next_char (text), NULL);
}

static void
add_entry (GArray        *entries,
           EntryType      type,
           DqCentreKind   kind,
           gboolean       is_event,
           const DqColor *fill,
           const DqColor *stroke,
           const char    *label)
{
  Entry entry = { type, kind, is_event, { 0 }, { 0 }, 0, capitalize (label), NULL, 0, 0, 0 };

  if (fill != NULL)
    entry.fill = *fill;
  if (stroke != NULL)
    entry.stroke = *stroke;
  g_array_append_val (entries, entry);
}

/* The choropleth's classes, from the lowest to the highest one shown (so
 * that the scale has no holes), "no data", and the year and kind of the
 * figures. */
static void
add_share_entries (DqMapLayout *layout,
                   GArray      *entries)
{
  const DqTheme *theme = layout->frame.theme;
  DqLanguage language = layout->frame.language;
  gboolean classes[DQ_N_SHARE_CLASSES];
  g_autoptr(GPtrArray) kinds = NULL;
  int first = -1, last = -1;
  guint n_missing;

  kinds = _dq_map_share_summary (layout, classes, &n_missing);
  for (guint c = 0; c < DQ_N_SHARE_CLASSES; c++)
    {
      if (classes[c] && first < 0)
        first = c;
      if (classes[c])
        last = c;
    }

  add_entry (entries, ENTRY_HEADING, 0, FALSE, NULL, NULL,
             dq_map_string (DQ_MAP_STRING_SHARES_LEGEND, language));
  for (int c = first; first >= 0 && c <= last; c++)
    {
      g_autofree char *label = _dq_map_share_class_label (layout, c);
      DqColor fill = _dq_map_share_color (c);

      add_entry (entries, ENTRY_AREA, 0, FALSE, &fill, &theme->region_border, label);
    }
  if (n_missing > 0)
    {
      DqColor hatch = _dq_map_with_alpha (theme->foreground, 0.35);

      add_entry (entries, ENTRY_HATCH, 0, FALSE, &theme->land, &hatch,
                 dq_map_string (DQ_MAP_STRING_SHARES_NO_DATA, language));
    }
  for (guint k = 0; k < kinds->len; k++)
    {
      g_autofree char *label = _dq_map_share_kind_label (layout, g_ptr_array_index (kinds, k));

      add_entry (entries, ENTRY_TEXT, 0, FALSE, NULL, NULL, label);
    }
}

GArray *
_dq_map_legend_entries (DqMapLayout *layout,
                        gboolean     with_clusters)
{
  DqMap *self = layout->map;
  const DqTheme *theme = layout->frame.theme;
  const DqColor *neutral = dq_theme_get_group_color (theme, -1);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  GListModel *groups = dq_dataset_get_groups (self->dataset);
  gboolean any_centre = FALSE, any_event = FALSE, any_neutral = FALSE;

  g_array_set_clear_func (entries, entry_clear);

  for (guint i = 0; i < layout->items->len; i++)
    {
      const DqMapItem *item = g_ptr_array_index (layout->items, i);

      any_centre |= !item->is_event && !layout->short_legend;
      any_event |= item->is_event && !layout->short_legend;
      any_neutral |= item->color < 0;
    }

  if (any_centre)
    {
      add_entry (entries, ENTRY_HEADING, 0, FALSE, NULL, NULL,
                 dq_map_string (DQ_MAP_STRING_LEGEND_KINDS, layout->frame.language));
      for (DqCentreKind k = 0; k < DQ_N_CENTRE_KINDS; k++)
        {
          gboolean present = FALSE;

          for (guint i = 0; i < layout->items->len && !present; i++)
            {
              const DqMapItem *item = g_ptr_array_index (layout->items, i);

              present = !item->is_event && item->kind == k;
            }
          if (present)
            add_entry (entries, ENTRY_SYMBOL, k, FALSE, neutral, &theme->background,
                       dq_map_centre_kind_name (dq_centre_kind_to_string (k),
                                                layout->frame.language));
        }
      if (with_clusters)
        add_entry (entries, ENTRY_CLUSTER, 0, FALSE, &theme->foreground, &theme->background,
                   dq_map_string (DQ_MAP_STRING_CLUSTER, layout->frame.language));
    }
  if (any_event)
    add_entry (entries, ENTRY_SYMBOL, 0, TRUE, neutral, &theme->background,
               dq_map_string (DQ_MAP_STRING_CONFLICT, layout->frame.language));

  /* Groups in the dataset's order, those with a record on the map; not in
   * a short legend of shares, where the regions' colours come first. */
  if (!(layout->short_legend && layout->shares))
  {
    guint heading = entries->len;

    for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
      {
        g_autoptr(DqGroup) group = g_list_model_get_item (groups, g);
        int color = -1;

        for (guint i = 0; i < layout->items->len && color < 0; i++)
          {
            const DqMapItem *item = g_ptr_array_index (layout->items, i);

            if (item->color >= 0 && g_str_equal (item->groups[0], dq_group_get_id (group)))
              color = item->color;
          }
        if (color < 0)
          continue;

        if (entries->len == heading)
          add_entry (entries, ENTRY_HEADING, 0, FALSE, NULL, NULL,
                     dq_map_string (DQ_MAP_STRING_LEGEND_GROUPS, layout->frame.language));
        add_entry (entries, ENTRY_SYMBOL, DQ_CENTRE_ETHNOCULTURAL_CENTRE, FALSE,
                   dq_theme_get_group_color (theme, color), &theme->background,
                   dq_text_get (dq_group_get_name (group), layout->frame.language));
      }
    if (any_neutral)
      {
        if (entries->len == heading)
          add_entry (entries, ENTRY_HEADING, 0, FALSE, NULL, NULL,
                     dq_map_string (DQ_MAP_STRING_LEGEND_GROUPS, layout->frame.language));
        add_entry (entries, ENTRY_SYMBOL, DQ_CENTRE_ETHNOCULTURAL_CENTRE, FALSE, neutral,
                   &theme->background, dq_map_string (DQ_MAP_STRING_SEVERAL_GROUPS,
                                                          layout->frame.language));
      }
  }

  if (layout->shares)
    add_share_entries (layout, entries);
  else if (g_hash_table_size (layout->highlight) > 0 || layout->has_context ||
           g_hash_table_size (layout->highlight_places) > 0)
    {
      DqColor fill = _dq_map_with_alpha (layout->highlight_color, 0.32);
      DqColor light = _dq_map_with_alpha (layout->highlight_color, 0.12);
      DqColor ring = _dq_map_with_alpha (layout->highlight_color, 0.25);

      add_entry (entries, ENTRY_HEADING, 0, FALSE, NULL, NULL,
                 dq_text_get (dq_group_get_name (dq_dataset_lookup_group (
                                self->dataset, dq_map_filter_get_group (self->filter))),
                              layout->frame.language));
      if (g_hash_table_size (layout->highlight) > 0)
        add_entry (entries, ENTRY_AREA, 0, FALSE, &fill, &layout->highlight_color,
                   dq_map_string (DQ_MAP_STRING_CONCENTRATION, layout->frame.language));
      if (layout->has_context)
        {
          add_entry (entries, ENTRY_AREA, 0, FALSE, &light, &layout->highlight_color,
                     dq_map_string (DQ_MAP_STRING_CONCENTRATION_CONTEXT, layout->frame.language));
          g_array_index (entries, Entry, entries->len - 1).dash = 4;
        }
      if (g_hash_table_size (layout->highlight_places) > 0)
        add_entry (entries, ENTRY_RING, 0, FALSE, &ring, &layout->highlight_color,
                   dq_map_string (DQ_MAP_STRING_CONCENTRATION_PLACE, layout->frame.language));
    }

  return entries;
}

static double
swatch_width (const DqMapLayout *layout)
{
  return layout->radius * 2 + layout->font_label;
}

/* Wraps each entry to the column width and measures it. Returns the width
 * of the widest entry. */
double
_dq_map_measure_entries (DqMapLayout *layout,
                         GArray      *entries,
                         double       column_width)
{
  double widest = 0;
  double line_height;

  dq_scene_measure_text (layout->frame.scene, "Ag", layout->font_label, FALSE, NULL, &line_height,
                         NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      double indent = entry->type == ENTRY_HEADING || entry->type == ENTRY_TEXT
                      ? 0 : swatch_width (layout);
      double width;

      g_clear_pointer (&entry->lines, g_ptr_array_unref);
      entry->lines = dq_scene_wrap_text (layout->frame.scene, entry->label, layout->font_label,
                                         entry->type == ENTRY_HEADING, column_width - indent);
      for (guint l = 0; l < entry->lines->len; l++)
        {
          dq_scene_measure_text (layout->frame.scene, g_ptr_array_index (entry->lines, l),
                                 layout->font_label,
                                 entry->type == ENTRY_HEADING, &width, NULL, NULL);
          widest = MAX (widest, indent + width);
        }
      /* Lines as close as in running text: type in the shared scale is
       * large enough to read without more room, and a legend that is
       * taller than it need be pushes the map aside. */
      entry->height = entry->lines->len * line_height;
      if (entry->type == ENTRY_HEADING && i > 0)
        entry->height += line_height * 0.5;
    }

  return widest;
}

/* Sends entries down columns no taller than max_height; a heading never
 * ends a column. Returns the number of columns. */
guint
_dq_map_flow_entries (GArray *entries,
                      double  max_height,
                      double *used_height)
{
  guint column = 0;
  double y = 0, tallest = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      double needed = entry->height;

      if (entry->type == ENTRY_HEADING && i + 1 < entries->len)
        needed += g_array_index (entries, Entry, i + 1).height;
      if (y > 0 && y + needed > max_height)
        {
          column++;
          y = 0;
        }
      entry->column = column;
      entry->y = y;
      y += entry->height;
      tallest = MAX (tallest, y);
    }

  *used_height = tallest;
  return entries->len > 0 ? column + 1 : 0;
}

/* A region's swatch: a small rectangle in its fill and border. */
static void
area_swatch (DqMapLayout *layout,
             const Entry *entry,
             double       sx,
             double       sy,
             double       line_width)
{
  DqMark *mark = dq_scene_add_rect (layout->frame.scene, DQ_MARK_ROLE_LEGEND,
                                    sx - layout->radius * 1.3, sy - layout->radius,
                                    layout->radius * 2.6, layout->radius * 2, &entry->fill);

  mark->stroke = entry->stroke;
  mark->line_width = line_width;
  mark->dash = entry->dash;
}

/* The hatching of a "no data" swatch: the same lines as on the map. */
static void
hatch_swatch (DqMapLayout   *layout,
              double         sx,
              double         sy,
              const DqColor *color)
{
  double w = layout->radius * 1.3, h = layout->radius;
  DqMark *mark = dq_scene_add_path (layout->frame.scene, DQ_MARK_ROLE_LEGEND, NULL, color, 0.6);

  /* Lines x + y = u across the box [sx − w, sx + w] × [sy − h, sy + h]. */
  for (double u = -w - h + 3; u < w + h; u += 6)
    {
      double x0 = MAX (-w, u - h), x1 = MIN (w, u + h);

      if (x1 <= x0)
        continue;
      dq_mark_path_move_to (mark, sx + x0, sy + u - x0);
      dq_mark_path_line_to (mark, sx + x1, sy + u - x1);
    }
}

void
_dq_map_draw_entries (DqMapLayout *layout,
                      GArray      *entries,
                      double       left,
                      double       top,
                      double       column_width,
                      double       column_gap)
{
  const DqTheme *theme = layout->frame.theme;
  double line_height, ascent;

  dq_scene_measure_text (layout->frame.scene, "Ag", layout->font_label, FALSE, NULL, &line_height,
                         &ascent);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      double x = left + entry->column * (column_width + column_gap);
      double y = top + entry->y + entry->height - entry->lines->len * line_height;
      double sx = x + layout->radius * 1.4;
      double sy = y + line_height / 2;
      double indent = swatch_width (layout);
      DqMark *mark;

      switch (entry->type)
        {
        case ENTRY_HEADING:
        case ENTRY_TEXT:
          indent = 0;
          break;

        case ENTRY_HATCH:
          area_swatch (layout, entry, sx, sy, 0.8);
          hatch_swatch (layout, sx, sy, &entry->stroke);
          break;

        case ENTRY_SYMBOL:
          _dq_map_add_symbol (layout->frame.scene, DQ_MARK_ROLE_LEGEND, entry->kind,
                              entry->is_event, sx, sy,
                              entry->is_event ? layout->radius * 1.1 : layout->radius,
                              &entry->fill, &entry->stroke);
          break;

        case ENTRY_CLUSTER:
          {
            double r = _dq_map_cluster_radius (layout, 3);
            double w, h, a;

            mark = dq_scene_add_circle (layout->frame.scene, DQ_MARK_ROLE_LEGEND, sx, sy,
                                        MIN (r, line_height / 2), &entry->fill);
            mark->stroke = entry->stroke;
            mark->line_width = 1.2;
            dq_scene_measure_text (layout->frame.scene, "3", layout->font_count * 0.9, TRUE, &w, &h,
                                   &a);
            dq_scene_add_text (layout->frame.scene, DQ_MARK_ROLE_LEGEND, "3", sx, sy - h / 2 + a,
                               layout->font_count * 0.9, TRUE, DQ_TEXT_ANCHOR_MIDDLE,
                               dq_theme_get_text_on (theme, &entry->fill));
          }
          break;

        case ENTRY_AREA:
          area_swatch (layout, entry, sx, sy, 1.2);
          break;

        case ENTRY_RING:
          mark = dq_scene_add_circle (layout->frame.scene, DQ_MARK_ROLE_LEGEND, sx, sy,
                                      layout->radius * 1.2, &entry->fill);
          mark->stroke = entry->stroke;
          mark->line_width = 1.5;
          break;

        default:
          g_assert_not_reached ();
        }

      for (guint l = 0; l < entry->lines->len; l++)
        dq_scene_add_text (layout->frame.scene, DQ_MARK_ROLE_LEGEND,
                           g_ptr_array_index (entry->lines, l), x + indent,
                           y + ascent + l * line_height, layout->font_label,
                           entry->type == ENTRY_HEADING, DQ_TEXT_ANCHOR_START, &theme->foreground);
    }
}

