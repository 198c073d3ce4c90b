/* dq-scene.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dq-scene-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FcConfig, FcConfigDestroy)

struct _DqScene
{
  GObject       parent_instance;

  double        width;
  double        height;
  DqLanguage    language;
  DqColor       background;
  char         *title;
  /* Whether its layout could not fit its content on the canvas */
  gboolean      overflows;
  /* DqMark, in drawing order */
  GPtrArray    *marks;
  /* Measures text exactly as the renderers draw it. */
  PangoContext *pango;
  /* PangoLayout by layout_key (): each text measured, shaped once for
   * measuring and drawing alike */
  GHashTable   *layouts;
};

G_DEFINE_FINAL_TYPE (DqScene, dq_scene, G_TYPE_OBJECT)

static void
mark_free (gpointer data)
{
  DqMark *mark = data;

  g_free (mark->datum);
  g_clear_object (&mark->item);
  g_free (mark->text);
  g_clear_pointer (&mark->path, g_array_unref);
  g_free (mark);
}

static void
dq_scene_dispose (GObject *object)
{
  DqScene *self = DQ_SCENE (object);

  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (dq_scene_parent_class)->dispose (object);
}

static void
dq_scene_finalize (GObject *object)
{
  DqScene *self = DQ_SCENE (object);

  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (dq_scene_parent_class)->finalize (object);
}

static void
dq_scene_class_init (DqSceneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_scene_dispose;
  object_class->finalize = dq_scene_finalize;
}

/**
 * dq_scene_font_options_apply:
 *
 * Text is laid out without hinting, so that its metrics do not depend on
 * the output's scale: the same line breaks and widths on screen, in a
 * 300 dpi PNG and in a PDF.
 */
static void
apply_font_options (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
}

static void
dq_scene_init (DqScene *self)
{
  self->marks = g_ptr_array_new_with_free_func (mark_free);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  apply_font_options (self->pango);
  self->background = (DqColor) { 1, 1, 1, 1 };
}

/**
 * dq_scene_new:
 * @width: width in scene units (CSS pixels)
 * @height: height in scene units
 * @language: the language of the scene's text
 *
 * Returns: (transfer full): an empty scene
 */
DqScene *
dq_scene_new (double     width,
              double     height,
              DqLanguage language)
{
  DqScene *self;

  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_object_new (DQ_TYPE_SCENE, NULL);
  self->width = width;
  self->height = height;
  self->language = language;
  pango_context_set_language (self->pango,
                              pango_language_from_string (dq_language_to_code (language)));

  return self;
}

double
dq_scene_get_width (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), 0);

  return self->width;
}

double
dq_scene_get_height (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), 0);

  return self->height;
}

DqLanguage
dq_scene_get_language (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), DQ_LANGUAGE_EN);

  return self->language;
}

const DqColor *
dq_scene_get_background (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  return &self->background;
}

void
dq_scene_set_background (DqScene       *self,
                         const DqColor *color)
{
  g_return_if_fail (DQ_IS_SCENE (self));

  self->background = *color;
}

/**
 * dq_scene_get_title:
 * @self: a #DqScene
 *
 * Returns: (nullable): the title, for the SVG's `<title>` and the PDF's
 *   metadata
 */
const char *
dq_scene_get_title (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  return self->title;
}

void
dq_scene_set_title (DqScene    *self,
                    const char *title)
{
  g_return_if_fail (DQ_IS_SCENE (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * dq_scene_get_overflows:
 * @self: a #DqScene
 *
 * Returns: whether the layout could not fit its content on the canvas even
 *   at its smallest type, so that some of it runs past the canvas or
 *   overlaps: the size is too small for the chart, which whoever asked
 *   for it should be told
 */
gboolean
dq_scene_get_overflows (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), FALSE);

  return self->overflows;
}

void
dq_scene_set_overflows (DqScene  *self,
                        gboolean  overflows)
{
  g_return_if_fail (DQ_IS_SCENE (self));

  self->overflows = !!overflows;
}

guint
dq_scene_get_n_marks (DqScene *self)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), 0);

  return self->marks->len;
}

const DqMark *
dq_scene_get_mark (DqScene *self,
                   guint    index)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_ptr_array_index (self->marks, index);
}

static DqMark *
add_mark (DqScene    *self,
          DqMarkKind  kind,
          DqMarkRole  role)
{
  DqMark *mark = g_new0 (DqMark, 1);

  mark->kind = kind;
  mark->role = role;
  g_ptr_array_add (self->marks, mark);

  return mark;
}

DqMark *
dq_scene_add_rect (DqScene       *self,
                   DqMarkRole     role,
                   double         x,
                   double         y,
                   double         width,
                   double         height,
                   const DqColor *fill)
{
  DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  mark = add_mark (self, DQ_MARK_RECT, role);
  mark->x = x;
  mark->y = y;
  mark->width = width;
  mark->height = height;
  if (fill != NULL)
    mark->fill = *fill;

  return mark;
}

DqMark *
dq_scene_add_line (DqScene       *self,
                   DqMarkRole     role,
                   double         x1,
                   double         y1,
                   double         x2,
                   double         y2,
                   const DqColor *stroke,
                   double         line_width)
{
  DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  mark = add_mark (self, DQ_MARK_LINE, role);
  mark->x = x1;
  mark->y = y1;
  mark->x2 = x2;
  mark->y2 = y2;
  mark->stroke = *stroke;
  mark->line_width = line_width;

  return mark;
}

DqMark *
dq_scene_add_circle (DqScene       *self,
                     DqMarkRole     role,
                     double         x,
                     double         y,
                     double         radius,
                     const DqColor *fill)
{
  DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  mark = add_mark (self, DQ_MARK_CIRCLE, role);
  mark->x = x;
  mark->y = y;
  mark->width = radius;
  if (fill != NULL)
    mark->fill = *fill;

  return mark;
}

DqMark *
dq_scene_add_path (DqScene       *self,
                   DqMarkRole     role,
                   const DqColor *fill,
                   const DqColor *stroke,
                   double         line_width)
{
  DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  mark = add_mark (self, DQ_MARK_PATH, role);
  mark->path = g_array_new (FALSE, FALSE, sizeof (DqPathPoint));
  if (fill != NULL)
    mark->fill = *fill;
  if (stroke != NULL)
    mark->stroke = *stroke;
  mark->line_width = line_width;

  return mark;
}

static void
path_add (DqMark   *mark,
          DqPathOp  op,
          double    x,
          double    y)
{
  DqPathPoint point = { op, x, y };

  g_return_if_fail (mark->kind == DQ_MARK_PATH);

  g_array_append_val (mark->path, point);
}

void
dq_mark_path_move_to (DqMark *mark,
                      double  x,
                      double  y)
{
  path_add (mark, DQ_PATH_MOVE, x, y);
}

void
dq_mark_path_line_to (DqMark *mark,
                      double  x,
                      double  y)
{
  path_add (mark, DQ_PATH_LINE, x, y);
}

void
dq_mark_path_close (DqMark *mark)
{
  path_add (mark, DQ_PATH_CLOSE, 0, 0);
}

/* The fonts of dq_scene_font_description (), as fonts-noto-core and
 * fonts-dejavu-core install them under a system data folder. */
static const char * const app_font_files[] = {
  "fonts/truetype/noto/NotoSans-Regular.ttf",
  "fonts/truetype/noto/NotoSans-Bold.ttf",
  "fonts/truetype/dejavu/DejaVuSans.ttf",
  "fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
};

static gboolean
add_app_font (FcConfig   *config,
              const char *file)
{
  const char * const *dirs = g_get_system_data_dirs ();

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], file, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return FcConfigAppFontAddFile (config, (const FcChar8 *) path);
    }

  return FALSE;
}

/**
 * dq_scene_use_app_fonts:
 *
 * Makes the fonts of dq_scene_font_description () the only fonts of this
 * process, without reading the system's font configuration: its files
 * (60 of them on Debian 12) and the sorting of every installed font for
 * each font asked for are most of the text's set-up. Only text those fonts
 * cover may then be drawn: the bundled dataset and the words of charts
 * and the map in every language, which a test checks. Text of a user's
 * own (Arabic, Chinese, Georgian…) keeps the system's configuration and
 * its fallback fonts: do not call this for it.
 *
 * Call it before any scene is made, once. When a font is missing, or when
 * `FONTCONFIG_FILE` or `FONTCONFIG_PATH` names a configuration to use, the
 * system's configuration stays.
 *
 * Returns: whether the app's fonts are now the process's fonts
 */
gboolean
dq_scene_use_app_fonts (void)
{
  g_autoptr(FcConfig) config = NULL;
  gboolean found = TRUE;

  if (g_getenv ("FONTCONFIG_FILE") != NULL || g_getenv ("FONTCONFIG_PATH") != NULL)
    return FALSE;

  config = FcConfigCreate ();

  for (guint i = 0; found && i < G_N_ELEMENTS (app_font_files); i++)
    found = add_app_font (config, app_font_files[i]);

  /* Made current before pango's font map exists, the configuration is the
   * one that pango's start-up (FcInit, in a thread of its own) finds, so
   * that the system's is never read. */
  return found && FcConfigSetCurrent (config);
}

/**
 * dq_scene_font_description:
 * @font_size: the size in scene units
 * @bold: whether bold
 *
 * Returns: (transfer full): the font the scene's text is drawn in
 */
PangoFontDescription *
dq_scene_font_description (double   font_size,
                           gboolean bold)
{
  PangoFontDescription *desc = pango_font_description_new ();

  /* Pango's family list is the SVG one, less the generic family. */
  pango_font_description_set_family (desc, "Noto Sans,DejaVu Sans,Sans");
  pango_font_description_set_absolute_size (desc, font_size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);

  return desc;
}

/**
 * dq_scene_measure_text:
 * @self: a #DqScene
 * @text: one line of text
 * @font_size: the size in scene units
 * @bold: whether bold
 * @width: (out) (optional): the width
 * @height: (out) (optional): the height of the line
 * @ascent: (out) (optional): from the top of the line to the baseline
 *
 * Measures text as the renderers will draw it.
 */
void
dq_scene_measure_text (DqScene    *self,
                       const char *text,
                       double      font_size,
                       gboolean    bold,
                       double     *width,
                       double     *height,
                       double     *ascent)
{
  PangoLayout *layout;
  PangoRectangle logical;

  g_return_if_fail (DQ_IS_SCENE (self));

  layout = _dq_scene_get_layout (self, text, font_size, bold);
  pango_layout_get_extents (layout, NULL, &logical);

  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
  if (ascent != NULL)
    *ascent = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* The size to 17 digits, so that sizes that differ in the last bit do not
 * share a layout. */
static char *
layout_key (const char *text,
            double      font_size,
            gboolean    bold)
{
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.17g", font_size);

  return g_strconcat (size, bold ? "|b|" : "|r|", text, NULL);
}

/* Layouts shaped for any scene, by font map, language and layout_key ():
 * the PNG and SVG of a chart, a chart in the window and in its export, or
 * a batch of charts shape the texts they share once. Each layout holds its
 * context and so its font map, whose address cannot then be reused. */
#define MAX_SHARED_LAYOUTS 2048

static GMutex      shared_lock;
static GHashTable *shared_layouts;

/* The layout of @text, wrapped at @max_width if @wrap. */
static PangoLayout *
shape (DqScene    *self,
       const char *text,
       double      font_size,
       gboolean    bold,
       gboolean    wrap,
       double      max_width,
       const char *key)
{
  g_autofree char *shared_key = NULL;
  PangoFontDescription *desc;
  PangoLayout *layout;

  shared_key = g_strdup_printf ("%p|%s|%s", (gpointer) pango_context_get_font_map (self->pango),
                                dq_language_to_code (self->language), key);

  g_mutex_lock (&shared_lock);
  if (shared_layouts == NULL)
    shared_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  layout = g_hash_table_lookup (shared_layouts, shared_key);
  if (layout == NULL)
    {
      layout = pango_layout_new (self->pango);
      desc = dq_scene_font_description (font_size, bold);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
      if (wrap)
        {
          pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
        }
      pango_layout_set_text (layout, text, -1);
      /* Laid out now, under the lock: afterwards it is only read. */
      pango_layout_get_extents (layout, NULL, NULL);

      if (g_hash_table_size (shared_layouts) >= MAX_SHARED_LAYOUTS)
        g_hash_table_remove_all (shared_layouts);
      g_hash_table_insert (shared_layouts, g_steal_pointer (&shared_key), layout);
    }
  g_object_ref (layout);
  g_mutex_unlock (&shared_lock);

  return layout;
}

/**
 * _dq_scene_get_layout:
 * @self: a #DqScene
 * @text: one line of text
 * @font_size: the size in scene units
 * @bold: whether bold
 *
 * The layout that measures @text in the scene's language and fonts. Text
 * is shaped once: charts measure a text, then add it, the renderers draw
 * the same layout rather than shape it again, and scenes in the same
 * language share their layouts.
 *
 * Returns: (transfer none): the layout, which the scene keeps
 */
PangoLayout *
_dq_scene_get_layout (DqScene    *self,
                      const char *text,
                      double      font_size,
                      gboolean    bold)
{
  g_autofree char *key = layout_key (text, font_size, bold);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  if (layout != NULL)
    return layout;

  layout = shape (self, text, font_size, bold, FALSE, 0, key);
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);

  return layout;
}

/**
 * dq_scene_add_text:
 * @self: a #DqScene
 * @role: what the text is
 * @text: one line of text
 * @x: the anchor point
 * @y: the baseline
 * @font_size: the size in scene units
 * @bold: whether bold
 * @anchor: which point of the text @x is
 * @color: the colour
 *
 * Adds one line of text, measured now so that every renderer places it
 * identically.
 *
 * Returns: (transfer none): the mark
 */
DqMark *
dq_scene_add_text (DqScene       *self,
                   DqMarkRole     role,
                   const char    *text,
                   double         x,
                   double         y,
                   double         font_size,
                   gboolean       bold,
                   DqTextAnchor   anchor,
                   const DqColor *color)
{
  DqMark *mark;

  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  mark = add_mark (self, DQ_MARK_TEXT, role);
  mark->text = g_strdup (text);
  mark->x = x;
  mark->y = y;
  mark->font_size = font_size;
  mark->bold = bold;
  mark->anchor = anchor;
  mark->fill = *color;
  dq_scene_measure_text (self, text, font_size, bold, &mark->width, &mark->height, &mark->ascent);

  return mark;
}

/**
 * dq_scene_wrap_text:
 * @self: a #DqScene
 * @text: a text
 * @font_size: the size in scene units
 * @bold: whether bold
 * @max_width: the width to fit
 *
 * Breaks @text into lines no wider than @max_width, at the places Pango
 * allows for the scene's language.
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
dq_scene_wrap_text (DqScene    *self,
                    const char *text,
                    double      font_size,
                    gboolean    bold,
                    double      max_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = NULL;
  g_autofree char *wrapped_key = NULL;
  char width[G_ASCII_DTOSTR_BUF_SIZE];
  GSList *l;

  g_return_val_if_fail (DQ_IS_SCENE (self), lines);

  /* Shaped once a process too, by the width as well: the chart layouts
   * try several widths and sizes, and each scene of a chart the same. */
  key = layout_key (text, font_size, bold);
  g_ascii_formatd (width, sizeof width, "%.17g", max_width);
  wrapped_key = g_strconcat ("wrapped to ", width, "|", key, NULL);
  layout = shape (self, text, font_size, bold, TRUE, max_width, wrapped_key);

  for (l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      g_autofree char *str = g_strndup (text + line->start_index, line->length);

      g_ptr_array_add (lines, g_strdup (g_strstrip (str)));
    }

  return lines;
}

void
dq_mark_set_datum (DqMark     *mark,
                   const char *datum)
{
  g_free (mark->datum);
  mark->datum = g_strdup (datum);
}

/**
 * dq_mark_set_item:
 * @mark: a mark
 * @item: (nullable): the model object the mark shows
 *
 * Sets the object that hit-testing gives back for the mark: a #DqFigure
 * or #DqGroup of a chart, a #DqCentre or #DqEvent of the map, or for a
 * cluster a #GListModel of its centres. The mark keeps a reference.
 */
void
dq_mark_set_item (DqMark   *mark,
                  gpointer  item)
{
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  g_set_object (&mark->item, item);
}

/**
 * dq_mark_get_bounds:
 * @mark: a mark
 * @x: (out): left
 * @y: (out): top
 * @width: (out): width
 * @height: (out): height
 *
 * The box the mark covers; for rotated text, the box of the rotated text.
 */
void
dq_mark_get_bounds (const DqMark *mark,
                    double       *x,
                    double       *y,
                    double       *width,
                    double       *height)
{
  switch (mark->kind)
    {
    case DQ_MARK_RECT:
      *x = MIN (mark->x, mark->x + mark->width);
      *y = MIN (mark->y, mark->y + mark->height);
      *width = fabs (mark->width);
      *height = fabs (mark->height);
      break;

    case DQ_MARK_LINE:
      *x = MIN (mark->x, mark->x2) - mark->line_width / 2;
      *y = MIN (mark->y, mark->y2) - mark->line_width / 2;
      *width = fabs (mark->x2 - mark->x) + mark->line_width;
      *height = fabs (mark->y2 - mark->y) + mark->line_width;
      break;

    case DQ_MARK_CIRCLE:
      *x = mark->x - mark->width;
      *y = mark->y - mark->width;
      *width = *height = 2 * mark->width;
      break;

    case DQ_MARK_PATH:
      {
        double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

        for (guint i = 0; i < mark->path->len; i++)
          {
            const DqPathPoint *p = &g_array_index (mark->path, DqPathPoint, i);

            if (p->op == DQ_PATH_CLOSE)
              continue;
            x0 = MIN (x0, p->x);
            y0 = MIN (y0, p->y);
            x1 = MAX (x1, p->x);
            y1 = MAX (y1, p->y);
          }
        *x = x0;
        *y = y0;
        *width = MAX (0, x1 - x0);
        *height = MAX (0, y1 - y0);
      }
      break;

    case DQ_MARK_TEXT:
      {
        double left = mark->x;

        if (mark->anchor == DQ_TEXT_ANCHOR_MIDDLE)
          left -= mark->width / 2;
        else if (mark->anchor == DQ_TEXT_ANCHOR_END)
          left -= mark->width;

        if (fabs (mark->rotation) == 90)
          {
            /* Rotated about its anchor: the text runs up (-90) or down (90). */
            double along = left - mark->x;
            double sign = mark->rotation > 0 ? 1 : -1;

            *x = mark->x - (sign > 0 ? mark->height - mark->ascent : mark->ascent);
            *width = mark->height;
            *height = mark->width;
            *y = sign > 0 ? mark->y + along : mark->y - along - mark->width;
          }
        else
          {
            *x = left;
            *y = mark->y - mark->ascent;
            *width = mark->width;
            *height = mark->height;
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dq_scene_lookup_mark:
 * @self: a #DqScene
 * @x: a point in scene units
 * @y: a point in scene units
 *
 * Finds the topmost mark that shows a datum under a point, for tooltips,
 * clicks and keyboard focus.
 *
 * Returns: (nullable) (transfer none): the mark
 */
const DqMark *
dq_scene_lookup_mark (DqScene *self,
                      double   x,
                      double   y)
{
  g_return_val_if_fail (DQ_IS_SCENE (self), NULL);

  for (guint i = self->marks->len; i > 0; i--)
    {
      const DqMark *mark = g_ptr_array_index (self->marks, i - 1);
      double bx, by, bw, bh;

      if (mark->datum == NULL)
        continue;

      dq_mark_get_bounds (mark, &bx, &by, &bw, &bh);
      /* Thin marks get a few units of slack, so they can be pointed at. */
      if (bw < 6)
        {
          bx -= (6 - bw) / 2;
          bw = 6;
        }
      if (bh < 6)
        {
          by -= (6 - bh) / 2;
          bh = 6;
        }

      if (x >= bx && x <= bx + bw && y >= by && y <= by + bh)
        return mark;
    }

  return NULL;
}
