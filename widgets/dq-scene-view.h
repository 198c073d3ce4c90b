/* dq-scene-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-scene.h"

G_BEGIN_DECLS

#define DQ_TYPE_SCENE_VIEW (dq_scene_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (DqSceneView, dq_scene_view, DQ, SCENE_VIEW, GtkWidget)

/**
 * DqSceneViewClass:
 * @build_scene: lays the view's data out as a scene of @width × @height,
 *   in the dark theme or not; returns %NULL when there is nothing to show
 * @describe_item: the tooltip and accessible description of a mark's item
 * @describe_background: the tooltip of a point under no mark, such as a
 *   region of the map
 * @lookup_mark: the focusable mark under a point of the scene
 * @activate_item: what a click, Enter or Space on an item does
 * @accepts_mark: whether a mark that shows an item can take the focus
 * @get_title: the accessible label while there is no scene, such as
 *   before the view has a size
 * @untitled_label: the accessible label while the scene has no title
 * @focus_hint: the accessible description while no mark has the focus
 * @focus_west_to_east: whether Tab walks the marks from west to east,
 *   rather than in the order they are drawn
 * @round_marks: whether the marks are round symbols, with round rings,
 *   rather than bars and points
 */
struct _DqSceneViewClass
{
  GtkWidgetClass parent_class;

  DqScene      *(*build_scene)         (DqSceneView  *self,
                                        int           width,
                                        int           height,
                                        gboolean      dark);
  char         *(*describe_item)       (DqSceneView  *self,
                                        GObject      *item);
  char         *(*describe_background) (DqSceneView  *self,
                                        double        x,
                                        double        y);
  const DqMark *(*lookup_mark)         (DqSceneView  *self,
                                        double        x,
                                        double        y);
  void          (*activate_item)       (DqSceneView  *self,
                                        GObject      *item);
  gboolean      (*accepts_mark)        (DqSceneView  *self,
                                        const DqMark *mark);
  const char   *(*get_title)           (DqSceneView  *self);

  const char    *untitled_label;
  const char    *focus_hint;
  gboolean       focus_west_to_east;
  gboolean       round_marks;

  /*< private >*/
  gpointer padding[8];
};

gboolean      dq_scene_view_get_dark           (DqSceneView *self);
void          dq_scene_view_set_dark           (DqSceneView *self,
                                                gboolean     dark);
DqScene      *dq_scene_view_get_scene          (DqSceneView *self);
DqScene      *dq_scene_view_peek_scene         (DqSceneView *self);
void          dq_scene_view_invalidate         (DqSceneView *self);
void          dq_scene_view_update_labels      (DqSceneView *self);
const DqMark *dq_scene_view_find_mark          (DqSceneView *self,
                                                const char  *datum);
GObject      *dq_scene_view_lookup_item        (DqSceneView *self,
                                                double       x,
                                                double       y);
char         *dq_scene_view_describe_at        (DqSceneView *self,
                                                double       x,
                                                double       y) G_GNUC_WARN_UNUSED_RESULT;
char         *dq_scene_view_describe_item      (DqSceneView *self,
                                                GObject     *item) G_GNUC_WARN_UNUSED_RESULT;
void          dq_scene_view_activate_item      (DqSceneView *self,
                                                GObject     *item);
const char   *dq_scene_view_get_focused_datum  (DqSceneView *self);
GObject      *dq_scene_view_get_focused_item   (DqSceneView *self);
gboolean      dq_scene_view_move_focus         (DqSceneView *self,
                                                int          delta);
void          dq_scene_view_reset_focus        (DqSceneView *self);
gboolean      dq_scene_view_find_item          (DqSceneView *self,
                                                GObject     *item,
                                                double      *x,
                                                double      *y);
void          dq_scene_view_set_panning        (DqSceneView *self,
                                                gboolean     panning);
void          dq_scene_view_set_transform      (DqSceneView *self,
                                                double       scale,
                                                double       scene_x,
                                                double       scene_y,
                                                double       view_x,
                                                double       view_y);
gboolean      dq_scene_view_is_transformed     (DqSceneView *self);
void          dq_scene_view_end_transform      (DqSceneView *self);
void          dq_scene_view_view_to_scene      (DqSceneView *self,
                                                double       view_x,
                                                double       view_y,
                                                double      *scene_x,
                                                double      *scene_y);

G_END_DECLS
