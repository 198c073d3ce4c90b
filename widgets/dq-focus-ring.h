/* dq-focus-ring.h
 *
 * What the chart view and the map view share about their keyboard focus:
 * the ring drawn around the focused or hovered mark, its colour, and how
 * Tab walks through the marks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The colour of the ring when the theme names no accent. */
#define DQ_FOCUS_RING_DEFAULT_ACCENT "#3584e4"

void dq_focus_ring_append        (GtkSnapshot           *snapshot,
                                  const graphene_rect_t *bounds,
                                  double                 spacing,
                                  float                  line_width,
                                  gboolean               pill,
                                  const GdkRGBA         *color);
void dq_focus_ring_lookup_accent (GtkWidget             *widget,
                                  GdkRGBA               *accent);
int  dq_focus_ring_enter_index   (GtkDirectionType       direction,
                                  int                    n_entries);
int  dq_focus_ring_tab_step      (GtkDirectionType       direction,
                                  int                    focus_index,
                                  int                    n_entries);

G_END_DECLS
