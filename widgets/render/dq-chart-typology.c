/* dq-chart-typology.c
 *
 * The 2 × 2 typology of diaspora networks: lived experience of the
 * diaspora (narrow to broad) across, engagement of the homeland's
 * institutions (low to high) up. The source classifies groups, it does not
 * measure them, so each quadrant holds its groups as a tidy grid of
 * labelled dots and a position inside a quadrant means nothing; a shift
 * the source describes is an arrow to a ghost of the group in the
 * quadrant it is moving to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-chart-private.h"

#define N_QUADRANTS 4

/* The source's definitions place the types: "symbolic" has institutional
 * recognition but no actual interaction, "nominal" no provision at all,
 * "expressive" broad lived experience that the homeland fails to engage,
 * "valued" broad lived experience and high institutionalisation. Column 0
 * is narrow experience, row 0 high engagement. */
static const struct
{
  const char    *type;
  DqChartString  name;
  int            column;
  int            row;
  /* An Okabe–Ito series colour */
  guint          color;
} quadrants[N_QUADRANTS] = {
  { "symbolic", DQ_CHART_STRING_SYMBOLIC, 0, 0, 5 },
  { "nominal", DQ_CHART_STRING_NOMINAL, 0, 1, 7 },
  { "expressive", DQ_CHART_STRING_EXPRESSIVE, 1, 1, 1 },
  { "valued", DQ_CHART_STRING_VALUED, 1, 0, 0 },
};

typedef struct _Item Item;

struct _Item
{
  DqGroup    *group;
  char       *name;
  guint       quadrant;
  /* A ghost shows where the group is moving; its partner is the group's
   * own item, and the other way round. */
  gboolean    ghost;
  Item       *partner;
  /* Which shift it belongs to, to give each its own column */
  int         shift;
  /* Placed: the cell, the dot's centre and the label's width */
  int         row;
  int         column;
  double      x;
  double      y;
  double      width;
};

typedef struct
{
  GPtrArray *items;
  double     x;
  double     y;
  double     width;
  double     height;
  /* The grid of cells inside */
  int        rows;
  int        columns;
  /* In a compact chart the type's name takes the first cells of the grid's
   * outer row instead of a line of its own. */
  int        name_row;
  int        name_cells;
  double     cell_left;
  double     cell_top;
} Quadrant;

typedef struct
{
  /* Of the groups' labels and of the types' names */
  double font;
  double name_font;
  double radius;
  double label_gap;
  double cell_width;
  double cell_height;
  double pad;
  gboolean inline_names;
  double name_height;
  double name_ascent;
} Metrics;

static int
quadrant_for_type (const char *type)
{
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      if (g_strcmp0 (quadrants[q].type, type) == 0)
        return q;
    }

  return -1;
}

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->name);
  g_free (item);
}

/* A group's name as a label: Russian and Kazakh write peoples in lower
 * case ("немцы"), but a label starts with a capital, as the chart's other
 * labels do. */
static char *
label_for_name (const char *name)
{
  char first[8] = { 0, };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

static Item *
add_item (Quadrant   *quadrant,
          guint       index,
          DqGroup    *group,
          DqLanguage  language,
          gboolean    ghost)
{
  Item *item = g_new0 (Item, 1);

  item->group = group;
  item->name = label_for_name (dq_text_get (dq_group_get_name (group), language));
  item->quadrant = index;
  item->ghost = ghost;
  item->shift = -1;
  item->row = item->column = -1;
  g_ptr_array_add (quadrant->items, item);

  return item;
}

static gboolean
has_item (Quadrant *quadrant,
          DqGroup  *group)
{
  for (guint i = 0; i < quadrant->items->len; i++)
    {
      Item *item = g_ptr_array_index (quadrant->items, i);

      if (item->group == group)
        return TRUE;
    }

  return FALSE;
}

/* The groups in their quadrants, in the dataset's order; one item per
 * group and type, however many documents agree on it. */
static guint
collect_items (DqChartFrame *frame,
               Quadrant     *quads)
{
  GListModel *groups = dq_dataset_get_groups (dq_chart_get_dataset (frame->chart));
  guint n_shifts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);

      for (guint t = 0; t < dq_group_get_n_typologies (group); t++)
        {
          const DqTypology *typology = dq_group_get_typology (group, t);
          int from = quadrant_for_type (typology->type);
          int to = quadrant_for_type (typology->shift_to);
          Item *item, *ghost;

          if (from < 0)
            {
              g_warning ("Group %s has an unknown type “%s”", dq_group_get_id (group),
                         typology->type);
              continue;
            }
          if (has_item (&quads[from], group))
            continue;

          /* The groups stay alive with the dataset, which the chart holds. */
          item = add_item (&quads[from], from, group, frame->language, FALSE);
          if (to < 0 || to == from || has_item (&quads[to], group))
            continue;

          ghost = add_item (&quads[to], to, group, frame->language, TRUE);
          item->partner = ghost;
          ghost->partner = item;
          item->shift = ghost->shift = n_shifts++;
        }
    }

  return n_shifts;
}

/* Sizes for the groups' labels in @font and the types' names in
 * @name_font; @compact packs them tighter, for a chart the size of a
 * journal column. */
static void
measure_items (DqChartFrame *frame,
               Quadrant     *quads,
               double        font,
               double        name_font,
               gboolean      compact,
               Metrics      *metrics)
{
  double line_height, widest = 0;

  dq_scene_measure_text (frame->scene, "Ag", font, FALSE, NULL, &line_height, NULL);
  dq_scene_measure_text (frame->scene, "Ag", name_font, TRUE, NULL, &metrics->name_height,
                         &metrics->name_ascent);

  metrics->font = font;
  metrics->name_font = name_font;
  metrics->radius = MAX (2.5, font * 0.32);
  metrics->label_gap = font * 0.4;
  metrics->pad = compact ? MAX (3, frame->font_small * 0.4) : MAX (6, frame->font_small * 0.8);
  metrics->inline_names = compact;

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      for (guint i = 0; i < quads[q].items->len; i++)
        {
          Item *item = g_ptr_array_index (quads[q].items, i);

          dq_scene_measure_text (frame->scene, item->name, font, FALSE, &item->width, NULL, NULL);
          widest = MAX (widest, item->width);
        }
    }

  /* One cell size for every quadrant, so that the columns line up across
   * them and an arrow between two quadrants can run straight. */
  metrics->cell_width = 2 * metrics->radius + metrics->label_gap + widest + font;
  metrics->cell_height = compact ? line_height : line_height * 1.3;
}

/* Lays out the grid of a quadrant in the width it has, and returns the
 * height it needs: its name, and its groups or the words that say there
 * are none. */
static double
quadrant_need (DqChartFrame  *frame,
               Quadrant      *quads,
               guint          index,
               const Metrics *metrics)
{
  Quadrant *quad = &quads[index];
  double inner_width = quad->width - 2 * metrics->pad;
  double content;
  guint n = quad->items->len;

  double name_width;

  dq_scene_measure_text (frame->scene, dq_chart_string (quadrants[index].name, frame->language),
                         metrics->name_font, TRUE, &name_width, NULL, NULL);
  quad->columns = MAX (1, (int) floor ((inner_width + metrics->font) / metrics->cell_width));
  quad->name_cells = 0;
  if (metrics->inline_names && n > 0)
    quad->name_cells = MIN (quad->columns,
                            (int) ceil ((name_width + metrics->font) / metrics->cell_width));
  else
    quad->columns = MIN (quad->columns, (int) MAX (1, n));
  quad->rows = n == 0 ? 0 : (int) ceil ((double) (n + quad->name_cells) / quad->columns);
  quad->name_row = quadrants[index].row == 0 ? 0 : quad->rows - 1;

  if (n > 0 && metrics->cell_width - metrics->font > inner_width)
    return G_MAXDOUBLE;

  if (quad->name_cells > 0)
    return 2 * metrics->pad + quad->rows * metrics->cell_height;

  if (n > 0)
    content = quad->rows * metrics->cell_height;
  else
    {
      g_autoptr(GPtrArray) lines = NULL;
      double line_height;

      const char *none = dq_chart_string (DQ_CHART_STRING_NO_GROUP_PLACED, frame->language);

      dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height,
                             NULL);
      lines = dq_scene_wrap_text (frame->scene, none, frame->font_small, FALSE, inner_width);
      content = lines->len * line_height;
    }

  return 2 * metrics->pad + metrics->name_height * 1.15 + content;
}

/* Divides the grid into the quadrants: in halves, or with @by_need the
 * height in proportion to what each row holds, which a schematic allows.
 * Returns whether everything fits. */
static gboolean
arrange_quadrants (DqChartFrame  *frame,
                   Quadrant      *quads,
                   const Metrics *metrics,
                   double         left,
                   double         top,
                   double         right,
                   double         bottom,
                   double         gap,
                   gboolean       by_need)
{
  double width = (right - left - gap) / 2;
  double available = bottom - top - gap;
  double need[2] = { 0, 0 };
  double heights[2];

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      int row = quadrants[q].row;

      quads[q].width = width;
      quads[q].x = left + quadrants[q].column * (width + gap);
      need[row] = MAX (need[row], quadrant_need (frame, quads, q, metrics));
    }

  if (by_need && need[0] < G_MAXDOUBLE && need[1] < G_MAXDOUBLE)
    heights[0] = available * need[0] / (need[0] + need[1]);
  else
    heights[0] = available / 2;
  heights[1] = available - heights[0];

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      Quadrant *quad = &quads[q];

      quad->height = heights[quadrants[q].row];
      quad->y = quadrants[q].row == 0 ? top : top + heights[0] + gap;
      quad->cell_left = quad->x + metrics->pad;
      /* The groups gather towards the middle of the typology and the names
       * of the types sit at its outer edges, so that arrows between the
       * upper and lower quadrants are short and cross no name. */
      if (quadrants[q].row == 0)
        quad->cell_top = quad->y + quad->height - metrics->pad - quad->rows * metrics->cell_height;
      else
        quad->cell_top = quad->y + metrics->pad;
    }

  return need[0] <= heights[0] + 1e-6 && need[1] <= heights[1] + 1e-6;
}

static gboolean
cell_taken (Quadrant *quad,
            int       row,
            int       column)
{
  for (guint i = 0; i < quad->items->len; i++)
    {
      Item *item = g_ptr_array_index (quad->items, i);

      if (item->row == row && item->column == column)
        return TRUE;
    }

  return row == quad->name_row && column < quad->name_cells;
}

/* A cell for an item with an arrow: on the edge of the grid that faces
 * the other end of the arrow, and in a column of its own shift where
 * there are enough columns, so that arrows are short and never cross. */
static void
place_arrow_item (Quadrant *quads,
                  Item     *item)
{
  Quadrant *quad = &quads[item->quadrant];
  guint other = item->partner->quadrant;
  int d_row = quadrants[other].row - quadrants[item->quadrant].row;
  int d_column = quadrants[other].column - quadrants[item->quadrant].column;
  int row = d_row > 0 ? quad->rows - 1 : d_row < 0 ? 0 : item->shift % quad->rows;
  int column = d_column > 0 ? quad->columns - 1 : d_column < 0 ? 0 : item->shift % quad->columns;
  int n_cells = quad->rows * quad->columns;

  /* Step away from the edge until a cell is free. */
  for (int step = 0; step < n_cells; step++)
    {
      int r = row, c = column;

      if (d_row != 0)
        {
          r = d_row > 0 ? row - step % quad->rows : row + step % quad->rows;
          c = (column + step / quad->rows) % quad->columns;
        }
      else
        {
          c = d_column > 0 ? column - step % quad->columns : column + step % quad->columns;
          r = (row + step / quad->columns) % quad->rows;
        }

      if (!cell_taken (quad, r, c))
        {
          item->row = r;
          item->column = c;
          return;
        }
    }

  g_assert_not_reached ();
}

static void
place_items (Quadrant      *quads,
             const Metrics *metrics)
{
  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      for (guint i = 0; i < quads[q].items->len; i++)
        {
          Item *item = g_ptr_array_index (quads[q].items, i);

          if (item->partner != NULL)
            place_arrow_item (quads, item);
        }
    }

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      Quadrant *quad = &quads[q];
      int cell = 0;

      for (guint i = 0; i < quad->items->len; i++)
        {
          Item *item = g_ptr_array_index (quad->items, i);

          if (item->partner != NULL)
            continue;
          while (cell_taken (quad, cell / quad->columns, cell % quad->columns))
            cell++;
          item->row = cell / quad->columns;
          item->column = cell % quad->columns;
        }

      for (guint i = 0; i < quad->items->len; i++)
        {
          Item *item = g_ptr_array_index (quad->items, i);

          item->x = quad->cell_left + item->column * metrics->cell_width + metrics->radius;
          item->y = quad->cell_top + (item->row + 0.5) * metrics->cell_height;
        }
    }
}

static void
add_arrow_head (DqMark *mark,
                double  x,
                double  y,
                double  ux,
                double  uy,
                double  length)
{
  double width = length * 0.55;

  dq_mark_path_move_to (mark, x - ux * length - uy * width, y - uy * length + ux * width);
  dq_mark_path_line_to (mark, x, y);
  dq_mark_path_line_to (mark, x - ux * length + uy * width, y - uy * length - ux * width);
}

/* An arrow from a group's dot to its ghost. Between quadrants one above
 * the other it runs straight down or up when nothing lies between; else it
 * leaves the dot to the left and runs beside the column, clear of the
 * labels. Side by side it runs from the end of one label to the other dot. */
static void
add_shift_arrow (DqChartFrame  *frame,
                 Quadrant      *quads,
                 const Metrics *metrics,
                 Item          *item)
{
  Item *ghost = item->partner;
  const DqColor *color = &frame->theme->foreground;
  double r = metrics->radius;
  double head = MAX (4, metrics->font * 0.5);
  double x0, y0, x1, y1, length;
  DqMark *mark;

  mark = dq_scene_add_path (frame->scene, DQ_MARK_ROLE_SHIFT, NULL, color,
                            MAX (1, metrics->font * 0.1));
  dq_mark_set_datum (mark, dq_group_get_id (item->group));
  dq_mark_set_item (mark, item->group);

  if (quadrants[item->quadrant].column == quadrants[ghost->quadrant].column)
    {
      Quadrant *from = &quads[item->quadrant];
      Quadrant *to = &quads[ghost->quadrant];
      int sign = ghost->y > item->y ? 1 : -1;
      gboolean clear;

      /* Nothing between them: each sits on the edge row facing the other. */
      clear = item->column == ghost->column &&
              item->row == (sign > 0 ? from->rows - 1 : 0) &&
              ghost->row == (sign > 0 ? 0 : to->rows - 1);

      if (clear)
        {
          dq_mark_path_move_to (mark, item->x, item->y + sign * (r + 2));
          dq_mark_path_line_to (mark, ghost->x, ghost->y - sign * (r + 2));
          add_arrow_head (mark, ghost->x, ghost->y - sign * (r + 2), 0, sign, head);
        }
      else
        {
          double side = MIN (item->x, ghost->x) - r - MAX (2, metrics->pad * 0.45);

          dq_mark_path_move_to (mark, item->x - r - 1, item->y);
          dq_mark_path_line_to (mark, side, item->y);
          dq_mark_path_line_to (mark, side, ghost->y);
          dq_mark_path_line_to (mark, ghost->x - r - 2, ghost->y);
          add_arrow_head (mark, ghost->x - r - 2, ghost->y, 1, 0,
                          MIN (head, ghost->x - r - 2 - side));
        }
      return;
    }

  /* Side by side, or across the diagonal. */
  if (ghost->x > item->x)
    {
      x0 = item->x + r + metrics->label_gap + item->width + metrics->label_gap;
      x1 = ghost->x - r - 2;
    }
  else
    {
      x0 = item->x - r - 2;
      x1 = ghost->x + r + metrics->label_gap + ghost->width + metrics->label_gap;
    }
  y0 = item->y;
  y1 = ghost->y;
  length = hypot (x1 - x0, y1 - y0);

  dq_mark_path_move_to (mark, x0, y0);
  dq_mark_path_line_to (mark, x1, y1);
  if (length > 0)
    add_arrow_head (mark, x1, y1, (x1 - x0) / length, (y1 - y0) / length, head);
}

static void
add_items (DqChartFrame  *frame,
           Quadrant      *quads,
           const Metrics *metrics)
{
  double ascent, height;

  dq_scene_measure_text (frame->scene, "Ag", metrics->font, FALSE, NULL, &height, &ascent);

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      const DqColor *color = &frame->theme->series[quadrants[q].color];

      for (guint i = 0; i < quads[q].items->len; i++)
        {
          Item *item = g_ptr_array_index (quads[q].items, i);
          const char *id = dq_group_get_id (item->group);
          DqMarkRole role;
          DqMark *mark;

          /* A ghost is drawn open and dashed, and its name muted: the
           * group is on its way there, not there. */
          if (item->ghost)
            {
              mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_GHOST, item->x, item->y,
                                          metrics->radius, &frame->theme->background);
              mark->stroke = *color;
              mark->line_width = MAX (1, metrics->font * 0.1);
              mark->dash = mark->line_width * 2;
            }
          else
            mark = dq_scene_add_circle (frame->scene, DQ_MARK_ROLE_GROUP, item->x, item->y,
                                        metrics->radius, color);
          dq_mark_set_datum (mark, id);
          dq_mark_set_item (mark, item->group);

          role = item->ghost ? DQ_MARK_ROLE_GHOST_LABEL : DQ_MARK_ROLE_GROUP_LABEL;
          mark = dq_scene_add_text (frame->scene, role,
                                    item->name, item->x + metrics->radius + metrics->label_gap,
                                    item->y + ascent - height / 2, metrics->font, FALSE,
                                    DQ_TEXT_ANCHOR_START,
                                    item->ghost ? &frame->theme->muted : &frame->theme->foreground);
          dq_mark_set_datum (mark, id);
          dq_mark_set_item (mark, item->group);
        }
    }

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      for (guint i = 0; i < quads[q].items->len; i++)
        {
          Item *item = g_ptr_array_index (quads[q].items, i);

          if (item->partner != NULL && !item->ghost)
            add_shift_arrow (frame, quads, metrics, item);
        }
    }
}

static void
add_quadrant (DqChartFrame  *frame,
              Quadrant      *quad,
              guint          index,
              const Metrics *metrics)
{
  DqColor fill = frame->theme->series[quadrants[index].color];
  DqColor border = fill;
  double name_y;
  DqMark *mark;

  fill.alpha = 0.09;
  border.alpha = 0.55;
  mark = dq_scene_add_rect (frame->scene, DQ_MARK_ROLE_QUADRANT, quad->x, quad->y, quad->width,
                            quad->height, &fill);
  mark->stroke = border;
  mark->line_width = 1;

  if (quad->name_cells > 0)
    name_y = quad->cell_top + (quad->name_row + 0.5) * metrics->cell_height +
             metrics->name_ascent - metrics->name_height / 2;
  else if (quadrants[index].row == 0)
    name_y = quad->y + metrics->pad + metrics->name_ascent;
  else
    name_y = quad->y + quad->height - metrics->pad - (metrics->name_height - metrics->name_ascent);
  dq_scene_add_text (frame->scene, DQ_MARK_ROLE_QUADRANT_LABEL,
                     dq_chart_string (quadrants[index].name, frame->language),
                     quad->x + metrics->pad, name_y, metrics->name_font, TRUE, DQ_TEXT_ANCHOR_START,
                     &frame->theme->foreground);

  /* Say that the source places no group here, rather than leave a blank
   * that could be read as missing data. */
  if (quad->items->len == 0)
    {
      const char *none = dq_chart_string (DQ_CHART_STRING_NO_GROUP_PLACED, frame->language);
      g_autoptr(GPtrArray) lines = NULL;
      double line_height, small_ascent;
      double y = quadrants[index].row == 0 ? quad->y + metrics->pad + metrics->name_height * 1.15
                                           : quad->y + metrics->pad;

      dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height,
                             &small_ascent);
      lines = dq_scene_wrap_text (frame->scene, none, frame->font_small, FALSE,
                                  quad->width - 2 * metrics->pad);
      for (guint i = 0; i < lines->len; i++)
        {
          dq_scene_add_text (frame->scene, DQ_MARK_ROLE_EMPTY_LABEL, g_ptr_array_index (lines, i),
                             quad->x + metrics->pad, y + small_ascent, frame->font_small, FALSE,
                             DQ_TEXT_ANCHOR_START, &frame->theme->muted);
          y += line_height;
        }
    }
}

/* How many lines the labels of an axis of @length need: one when its title
 * fits centred between the end labels, else two, the title apart. */
static int
axis_lines (DqChartFrame  *frame,
            double         length,
            DqChartString  title,
            DqChartString  start,
            DqChartString  end)
{
  double title_width, start_width, end_width;
  double space = frame->font_small;

  dq_scene_measure_text (frame->scene, dq_chart_string (title, frame->language), frame->font_small,
                         TRUE, &title_width, NULL, NULL);
  dq_scene_measure_text (frame->scene, dq_chart_string (start, frame->language), frame->font_small,
                         FALSE, &start_width, NULL, NULL);
  dq_scene_measure_text (frame->scene, dq_chart_string (end, frame->language), frame->font_small,
                         FALSE, &end_width, NULL, NULL);

  return (length - title_width) / 2 >= MAX (start_width, end_width) + space ? 1 : 2;
}

/* An axis: a line with an arrow head from (@x0, @y0) to (@x1, @y1), its
 * end labels beside it and its title centred, on the line's outer side:
 * below the x axis, left of the y axis. The text runs along the axis, so
 * the y axis's reads upwards. */
static void
add_axis (DqChartFrame  *frame,
          gboolean       vertical,
          double         x0,
          double         y0,
          double         x1,
          double         y1,
          double         text_offset,
          int            lines,
          DqChartString  title,
          DqChartString  start,
          DqChartString  end)
{
  double line_height, ascent, first, second;
  double head = MAX (4, frame->font_small * 0.6);
  double rotation = vertical ? -90 : 0;
  DqMark *mark;

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, &ascent);

  mark = dq_scene_add_path (frame->scene, DQ_MARK_ROLE_AXIS, NULL, &frame->theme->axis, 1.2);
  dq_mark_path_move_to (mark, x0, y0);
  dq_mark_path_line_to (mark, x1, y1);
  add_arrow_head (mark, x1, y1, vertical ? 0 : 1, vertical ? -1 : 0, head);

  /* From the line to the baselines of the first and second lines of text.
   * Turned up, a line's descent faces the plot and its ascent away. */
  first = text_offset + (vertical ? line_height - ascent : ascent);
  second = first + (lines > 1 ? line_height : 0);

  if (vertical)
    {
      mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_LABEL,
                                dq_chart_string (start, frame->language), x0 - first, y0,
                                frame->font_small, FALSE, DQ_TEXT_ANCHOR_START,
                                &frame->theme->muted);
      mark->rotation = rotation;
      mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_LABEL,
                                dq_chart_string (end, frame->language), x1 - first, y1,
                                frame->font_small, FALSE, DQ_TEXT_ANCHOR_END, &frame->theme->muted);
      mark->rotation = rotation;
      mark = dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_TITLE,
                                dq_chart_string (title, frame->language), x0 - second,
                                (y0 + y1) / 2, frame->font_small, TRUE, DQ_TEXT_ANCHOR_MIDDLE,
                                &frame->theme->foreground);
      mark->rotation = rotation;
    }
  else
    {
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_LABEL,
                         dq_chart_string (start, frame->language), x0, y0 + first,
                         frame->font_small, FALSE, DQ_TEXT_ANCHOR_START, &frame->theme->muted);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_LABEL,
                         dq_chart_string (end, frame->language), x1, y1 + first, frame->font_small,
                         FALSE, DQ_TEXT_ANCHOR_END, &frame->theme->muted);
      dq_scene_add_text (frame->scene, DQ_MARK_ROLE_AXIS_TITLE,
                         dq_chart_string (title, frame->language), (x0 + x1) / 2, y0 + second,
                         frame->font_small, TRUE, DQ_TEXT_ANCHOR_MIDDLE, &frame->theme->foreground);
    }
}

void
_dq_chart_layout_typology (DqChartFrame *frame)
{
  Quadrant quads[N_QUADRANTS];
  g_autofree char *note = NULL;
  const char *notes[2] = { NULL, NULL };
  double line_height, gap, axis_gap, grid_left, grid_top, grid_right, grid_bottom;
  int x_lines = 1, y_lines = 1;
  guint n_shifts;
  Metrics metrics;

  for (guint q = 0; q < N_QUADRANTS; q++)
    {
      memset (&quads[q], 0, sizeof quads[q]);
      quads[q].items = g_ptr_array_new_with_free_func (item_free);
    }

  _dq_chart_frame_title (frame, dq_text_get (dq_chart_get_title (frame->chart), frame->language),
                         dq_chart_string (DQ_CHART_STRING_TYPOLOGY_SUBTITLE, frame->language));

  n_shifts = collect_items (frame, quads);

  /* The two notes as one paragraph: it wraps into fewer lines, which a
   * column-wide chart needs. */
  if (n_shifts > 0)
    note = g_strdup_printf ("%s %s", dq_chart_string (DQ_CHART_STRING_SHIFT_NOTE, frame->language),
                            dq_chart_string (DQ_CHART_STRING_SCHEMATIC_NOTE, frame->language));
  else
    note = g_strdup (dq_chart_string (DQ_CHART_STRING_SCHEMATIC_NOTE, frame->language));
  notes[0] = note;
  _dq_chart_frame_footer (frame, notes);

  dq_scene_measure_text (frame->scene, "Ag", frame->font_small, FALSE, NULL, &line_height, NULL);
  axis_gap = frame->font_small * 0.5;
  gap = MAX (4, frame->font_small * 0.5);

  /* The axes' labels take one line each, or two where a title does not
   * fit between its end labels; the y axis's depend on the height the x
   * axis leaves, and the other way round, so settle them twice. */
  for (int pass = 0; pass < 2; pass++)
    {
      grid_left = frame->left + y_lines * line_height + 2 * axis_gap;
      grid_right = frame->right;
      grid_top = frame->top;
      grid_bottom = frame->bottom - x_lines * line_height - 2 * axis_gap;

      x_lines = axis_lines (frame, grid_right - grid_left, DQ_CHART_STRING_LIVED_EXPERIENCE,
                            DQ_CHART_STRING_NARROW, DQ_CHART_STRING_BROAD);
      y_lines = axis_lines (frame, grid_bottom - grid_top, DQ_CHART_STRING_HOMELAND_ENGAGEMENT,
                            DQ_CHART_STRING_LOW, DQ_CHART_STRING_HIGH);
    }
  grid_left = frame->left + y_lines * line_height + 2 * axis_gap;
  grid_bottom = frame->bottom - x_lines * line_height - 2 * axis_gap;

  /* The groups at label size where they fit, else smaller, else packed
   * tight in rows as high as they need. */
  measure_items (frame, quads, frame->font_label, frame->font_label, FALSE, &metrics);
  if (!arrange_quadrants (frame, quads, &metrics, grid_left, grid_top, grid_right, grid_bottom, gap,
                          FALSE))
    {
      measure_items (frame, quads, frame->font_small, frame->font_label, FALSE, &metrics);
      if (!arrange_quadrants (frame, quads, &metrics, grid_left, grid_top, grid_right, grid_bottom,
                              gap, FALSE))
        {
          measure_items (frame, quads, frame->font_small, frame->font_small, TRUE, &metrics);
          arrange_quadrants (frame, quads, &metrics, grid_left, grid_top, grid_right, grid_bottom,
                             gap, TRUE);
        }
    }

  add_axis (frame, FALSE, grid_left - axis_gap, grid_bottom + axis_gap, grid_right,
            grid_bottom + axis_gap, axis_gap, x_lines, DQ_CHART_STRING_LIVED_EXPERIENCE,
            DQ_CHART_STRING_NARROW, DQ_CHART_STRING_BROAD);
  add_axis (frame, TRUE, grid_left - axis_gap, grid_bottom + axis_gap, grid_left - axis_gap,
            grid_top, axis_gap, y_lines, DQ_CHART_STRING_HOMELAND_ENGAGEMENT,
            DQ_CHART_STRING_LOW, DQ_CHART_STRING_HIGH);

  for (guint q = 0; q < N_QUADRANTS; q++)
    add_quadrant (frame, &quads[q], q, &metrics);

  place_items (quads, &metrics);
  add_items (frame, quads, &metrics);

  for (guint q = 0; q < N_QUADRANTS; q++)
    g_ptr_array_unref (quads[q].items);
}
