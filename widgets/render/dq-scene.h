/* dq-scene.h
 *
 * A chart or map as a list of marks, laid out once and drawn identically on
 * screen, to PNG, PDF and SVG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <pango/pango.h>

#include "dq-render-types.h"
#include "dq-text.h"

G_BEGIN_DECLS

/**
 * DqColor:
 *
 * A colour with alpha, each channel 0 to 1.
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} DqColor;

typedef struct
{
  DqPathOp op;
  double   x;
  double   y;
} DqPathPoint;

/**
 * DqMark:
 * @kind: what it is
 * @role: what it shows; tests and the SVG's class attribute (its nick)
 *   use it
 * @datum: (nullable): id of the figure or record it shows
 * @item: (nullable): the model object it shows, which hit-testing gives
 *   back; set with dq_mark_set_item()
 * @x: left (rect), centre (circle), start (line), anchor point (text)
 * @y: top (rect), centre (circle), start (line), baseline (text)
 * @width: width (rect), radius (circle), measured width (text)
 * @height: height (rect), measured height (text, from top to bottom)
 * @x2: end of a line
 * @y2: end of a line
 * @path: (element-type DqPathPoint): points of a path
 * @fill: fill colour; alpha 0 for none
 * @stroke: stroke colour; alpha 0 for none
 * @line_width: stroke width
 * @dash: dash length, 0 for a solid line
 * @text: the text of a text mark
 * @font_size: in scene units
 * @bold: whether the text is bold
 * @anchor: which point of the text @x is
 * @rotation: degrees, clockwise, about (@x, @y)
 * @ascent: distance from the top of the text to its baseline
 *
 * One mark of a scene. Scene units are CSS pixels (1/96 inch).
 */
typedef struct
{
  DqMarkKind    kind;
  DqMarkRole    role;
  char         *datum;
  GObject      *item;
  double        x;
  double        y;
  double        width;
  double        height;
  double        x2;
  double        y2;
  GArray       *path;
  DqColor       fill;
  DqColor       stroke;
  double        line_width;
  double        dash;
  char         *text;
  double        font_size;
  gboolean      bold;
  DqTextAnchor  anchor;
  double        rotation;
  double        ascent;
} DqMark;

/* The fonts charts use, in order; all cover Kazakh Cyrillic. */
#define DQ_SCENE_FONT_FAMILY "Noto Sans, DejaVu Sans, sans-serif"

#define DQ_TYPE_SCENE (dq_scene_get_type ())

G_DECLARE_FINAL_TYPE (DqScene, dq_scene, DQ, SCENE, GObject)

DqScene       *dq_scene_new              (double         width,
                                          double         height,
                                          DqLanguage     language) G_GNUC_WARN_UNUSED_RESULT;
double         dq_scene_get_width        (DqScene       *self);
double         dq_scene_get_height       (DqScene       *self);
DqLanguage     dq_scene_get_language     (DqScene       *self);
const DqColor *dq_scene_get_background   (DqScene       *self);
void           dq_scene_set_background   (DqScene       *self,
                                          const DqColor *color);
const char    *dq_scene_get_title        (DqScene       *self);
gboolean       dq_scene_get_overflows    (DqScene       *self);
void           dq_scene_set_overflows    (DqScene       *self,
                                          gboolean       overflows);
void           dq_scene_set_title        (DqScene       *self,
                                          const char    *title);
guint          dq_scene_get_n_marks      (DqScene       *self);
const DqMark  *dq_scene_get_mark         (DqScene       *self,
                                          guint          index);
DqMark        *dq_scene_add_rect         (DqScene       *self,
                                          DqMarkRole     role,
                                          double         x,
                                          double         y,
                                          double         width,
                                          double         height,
                                          const DqColor *fill);
DqMark        *dq_scene_add_line         (DqScene       *self,
                                          DqMarkRole     role,
                                          double         x1,
                                          double         y1,
                                          double         x2,
                                          double         y2,
                                          const DqColor *stroke,
                                          double         line_width);
DqMark        *dq_scene_add_circle       (DqScene       *self,
                                          DqMarkRole     role,
                                          double         x,
                                          double         y,
                                          double         radius,
                                          const DqColor *fill);
DqMark        *dq_scene_add_path         (DqScene       *self,
                                          DqMarkRole     role,
                                          const DqColor *fill,
                                          const DqColor *stroke,
                                          double         line_width);
void           dq_mark_path_move_to      (DqMark        *mark,
                                          double         x,
                                          double         y);
void           dq_mark_path_line_to      (DqMark        *mark,
                                          double         x,
                                          double         y);
void           dq_mark_path_close        (DqMark        *mark);
DqMark        *dq_scene_add_text         (DqScene       *self,
                                          DqMarkRole     role,
                                          const char    *text,
                                          double         x,
                                          double         y,
                                          double         font_size,
                                          gboolean       bold,
                                          DqTextAnchor   anchor,
                                          const DqColor *color);
void           dq_scene_measure_text     (DqScene       *self,
                                          const char    *text,
                                          double         font_size,
                                          gboolean       bold,
                                          double        *width,
                                          double        *height,
                                          double        *ascent);
GPtrArray     *dq_scene_wrap_text        (DqScene       *self,
                                          const char    *text,
                                          double         font_size,
                                          gboolean       bold,
                                          double         max_width);
void           dq_mark_set_datum         (DqMark        *mark,
                                          const char    *datum);
void           dq_mark_set_item          (DqMark        *mark,
                                          gpointer       item);
void           dq_mark_get_bounds        (const DqMark  *mark,
                                          double        *x,
                                          double        *y,
                                          double        *width,
                                          double        *height);
const DqMark  *dq_scene_lookup_mark      (DqScene       *self,
                                          double         x,
                                          double         y);
PangoFontDescription *dq_scene_font_description (double   font_size,
                                                 gboolean bold);
gboolean       dq_scene_use_app_fonts    (void);

G_END_DECLS
