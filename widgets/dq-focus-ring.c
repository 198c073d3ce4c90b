/* dq-focus-ring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include "dq-focus-ring.h"

/**
 * dq_focus_ring_append:
 * @snapshot: where to draw
 * @bounds: the mark's bounds
 * @spacing: how far the ring stands off the mark
 * @line_width: the ring's width
 * @pill: whether the ring is fully rounded, as for the map's round
 *   symbols, rather than a rounded rectangle, as for a chart's bars
 * @color: the ring's colour
 *
 * Draws a ring around a mark, over the scene rather than in it, so that
 * exports stay clean.
 */
void
dq_focus_ring_append (GtkSnapshot           *snapshot,
                      const graphene_rect_t *bounds,
                      double                 spacing,
                      float                  line_width,
                      gboolean               pill,
                      const GdkRGBA         *color)
{
  GskRoundedRect outline;
  graphene_rect_t rect;
  const float widths[4] = { line_width, line_width, line_width, line_width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  graphene_rect_inset_r (bounds, -spacing, -spacing, &rect);
  gsk_rounded_rect_init_from_rect (&outline, &rect,
                                   pill ? MIN (rect.size.width, rect.size.height) / 2
                                        : 4 + spacing);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/**
 * dq_focus_ring_lookup_accent:
 * @widget: a view whose style changed
 * @accent: (out): the theme's accent colour
 */
void
dq_focus_ring_lookup_accent (GtkWidget *widget,
                             GdkRGBA   *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    gdk_rgba_parse (accent, DQ_FOCUS_RING_DEFAULT_ACCENT);
}

/**
 * dq_focus_ring_enter_index:
 * @direction: how the focus comes into the view
 * @n_entries: how many marks can take the focus
 *
 * Returns: the mark to focus when the view takes the focus: Tab enters at
 *   the first, Shift+Tab at the last; -1 to keep the focused mark as it is
 */
int
dq_focus_ring_enter_index (GtkDirectionType direction,
                           int              n_entries)
{
  if (n_entries > 0 && direction == GTK_DIR_TAB_FORWARD)
    return 0;
  if (n_entries > 0 && direction == GTK_DIR_TAB_BACKWARD)
    return n_entries - 1;

  return -1;
}

/**
 * dq_focus_ring_tab_step:
 * @direction: the key pressed while the view has the focus
 * @focus_index: the focused mark, or -1
 * @n_entries: how many marks can take the focus
 *
 * Returns: 1 or -1 to move to the next or previous mark; 0 when Tab leaves
 *   the view past its last or first mark, or for the arrow keys, which the
 *   view's own key bindings handle
 */
int
dq_focus_ring_tab_step (GtkDirectionType direction,
                        int              focus_index,
                        int              n_entries)
{
  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      return focus_index + 1 < n_entries ? 1 : 0;

    case GTK_DIR_TAB_BACKWARD:
      return focus_index > 0 ? -1 : 0;

    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return 0;
    }
}
