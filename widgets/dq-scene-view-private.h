/* dq-scene-view-private.h
 *
 * What the scene view's files share: its private data and its focus
 * entries (dq-scene-view-focus.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-scene-view.h"

G_BEGIN_DECLS

/* One thing the keyboard can focus: every mark that shows one item. */
typedef struct
{
  /* Borrowed from the scene: the first mark that shows the item */
  const DqMark    *mark;
  graphene_rect_t  bounds;
  double           x;
  double           y;
} DqSceneViewEntry;

typedef struct
{
  /* Owned */
  DqScene       *scene;
  /* The scene drawn once, replayed by every frame */
  GskRenderNode *node;
  /* DqSceneViewEntry, in focus order */
  GArray        *entries;
  /* Datum (borrowed) → index in entries + 1 */
  GHashTable    *entry_index;
  char          *focus_datum;
  GObject       *focus_item;

  /* Borrowed from the scene: the mark under the pointer */
  const DqMark  *hover_mark;
  int            hover_index;
  int            focus_index;

  gboolean       dark;
  /* What the cached scene was built for */
  gboolean       valid;
  int            built_width;
  int            built_height;
  gboolean       built_dark;
  int            node_scale;

  /* Set while the subclass moves the scene about, as the map does while it
   * is dragged or zoomed: the scene point (scene_x, scene_y) is drawn at
   * (view_x, view_y), enlarged by scale. */
  gboolean       transformed;
  double         scale;
  double         scene_x;
  double         scene_y;
  double         view_x;
  double         view_y;

  /* Whether a drag is under way, and whether the last press was one */
  gboolean       panning;
  gboolean       panned;

  GdkRGBA        accent;
} DqSceneViewPrivate;

DqSceneViewPrivate     *_dq_scene_view_get_private          (DqSceneView      *self);
void                    _dq_scene_view_ensure_scene         (DqSceneView      *self);
void                    _dq_scene_view_mark_bounds          (const DqMark     *mark,
                                                             graphene_rect_t  *bounds);
const DqSceneViewEntry *_dq_scene_view_get_entry            (DqSceneView      *self,
                                                             int               index);
int                     _dq_scene_view_find_entry           (DqSceneView      *self,
                                                             const char       *datum);
int                     _dq_scene_view_find_successor       (DqSceneView      *self,
                                                             const char       *datum,
                                                             GObject          *item);
void                    _dq_scene_view_collect_entries      (DqSceneView      *self);
void                    _dq_scene_view_set_focus_index      (DqSceneView      *self,
                                                             int               index);
gboolean                _dq_scene_view_move_focus_direction (DqSceneView      *self,
                                                             GtkDirectionType  direction);

G_END_DECLS
