/* dq-scene-render-glyphs.c
 *
 * Text in PNGs, drawn from masks of the glyphs' outlines.
 *
 * Drawing each text as a filled path puts every glyph exactly where the
 * layout measured it, but rasterises every outline anew, each time. cairo
 * 1.16's own glyph drawing (cairo_show_glyphs ()) caches the glyphs, but
 * places each on a whole pixel, which spaces small text unevenly. Here a
 * glyph's outline is filled once into a mask at each quarter of a pixel
 * across and down, cached, and the masks of a line are added into one mask
 * that is painted in the text's colour: glyphs land within an eighth of a
 * pixel of where the path would put them, and each is rasterised once a
 * process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dq-scene-render-private.h"

/* Positions are rounded to a quarter of a pixel in each direction. */
#define PHASES 4

/* The cache is emptied when its masks pass this many bytes. */
#define MAX_CACHE_BYTES (8 * 1024 * 1024)

typedef struct
{
  cairo_font_face_t *face;
  cairo_matrix_t     font_matrix;
  gulong             options_hash;
  double             scale_x;
  double             scale_y;
  PangoGlyph         glyph;
  guint              phase_x;
  guint              phase_y;
} GlyphKey;

typedef struct
{
  GlyphKey  key;
  /* The mask's place relative to the pixel the glyph's origin is in */
  int       left;
  int       top;
  int       width;
  int       height;
  int       stride;
  guchar   *coverage;
} GlyphMask;

static GMutex      cache_lock;
static GHashTable *cache;
static gsize       cache_bytes;

static guint
glyph_key_hash (gconstpointer data)
{
  const GlyphKey *key = data;
  guint hash = g_direct_hash (key->face);

  hash = hash * 31 + key->glyph;
  hash = hash * 31 + key->phase_x * PHASES + key->phase_y;
  hash = hash * 31 + (guint) key->options_hash;
  hash = hash * 31 + g_double_hash (&key->font_matrix.xx);
  hash = hash * 31 + g_double_hash (&key->scale_x);

  return hash;
}

static gboolean
glyph_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const GlyphKey *x = a, *y = b;

  return x->face == y->face && x->glyph == y->glyph && x->phase_x == y->phase_x &&
         x->phase_y == y->phase_y && x->options_hash == y->options_hash &&
         x->scale_x == y->scale_x && x->scale_y == y->scale_y &&
         memcmp (&x->font_matrix, &y->font_matrix, sizeof x->font_matrix) == 0;
}

static void
glyph_mask_free (gpointer data)
{
  GlyphMask *mask = data;

  cairo_font_face_destroy (mask->key.face);
  g_free (mask->coverage);
  g_free (mask);
}

/* Fills the glyph's outline, scaled to device pixels and moved by its
 * phase, into a mask of its own: the same outline and the same rasteriser
 * as pango_cairo_layout_path () and cairo_fill () would use. */
static GlyphMask *
glyph_mask_new (const GlyphKey      *key,
                cairo_scaled_font_t *font)
{
  GlyphMask *mask = g_new0 (GlyphMask, 1);
  cairo_glyph_t glyph = { key->glyph, 0, 0 };
  cairo_surface_t *surface;
  cairo_path_t *path;
  double x1, y1, x2, y2;
  cairo_t *cr;

  mask->key = *key;
  cairo_font_face_reference (mask->key.face);

  /* The outline in device pixels, and the pixels it touches. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  cairo_translate (cr, (double) key->phase_x / PHASES, (double) key->phase_y / PHASES);
  cairo_scale (cr, key->scale_x, key->scale_y);
  cairo_set_scaled_font (cr, font);
  cairo_glyph_path (cr, &glyph, 1);
  cairo_identity_matrix (cr);
  cairo_fill_extents (cr, &x1, &y1, &x2, &y2);
  path = cairo_copy_path (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (x2 > x1 && y2 > y1 && path->status == CAIRO_STATUS_SUCCESS)
    {
      mask->left = (int) floor (x1) - 1;
      mask->top = (int) floor (y1) - 1;
      mask->width = (int) ceil (x2) + 1 - mask->left;
      mask->height = (int) ceil (y2) + 1 - mask->top;
      mask->stride = cairo_format_stride_for_width (CAIRO_FORMAT_A8, mask->width);
      mask->coverage = g_malloc0 ((gsize) mask->stride * mask->height);
      surface = cairo_image_surface_create_for_data (mask->coverage, CAIRO_FORMAT_A8,
                                                     mask->width, mask->height, mask->stride);
      cr = cairo_create (surface);
      cairo_translate (cr, -mask->left, -mask->top);
      cairo_append_path (cr, path);
      cairo_fill (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      cairo_surface_destroy (surface);
    }
  cairo_path_destroy (path);

  return mask;
}

static const GlyphMask *
lookup_glyph (const GlyphKey      *key,
              cairo_scaled_font_t *font)
{
  GlyphMask *mask;

  mask = g_hash_table_lookup (cache, key);
  if (mask != NULL)
    return mask;

  mask = glyph_mask_new (key, font);
  cache_bytes += sizeof *mask + (gsize) mask->stride * mask->height;
  g_hash_table_add (cache, mask);

  return mask;
}

/* One glyph to draw: its mask and the pixel its origin falls in. */
typedef struct
{
  const GlyphMask *mask;
  int              x;
  int              y;
} Placed;

/* Places one run's glyphs, from the run's origin in device pixels.
 * Returns FALSE for what this drawing does not cover: a glyph missing
 * from every font (Pango draws a box with its code), a run moved by an
 * attribute, or a font that is not cairo's. */
static gboolean
place_run (PangoGlyphItem *run,
           double          origin_x,
           double          origin_y,
           double          scale_x,
           double          scale_y,
           GArray         *placed)
{
  PangoGlyphString *glyphs = run->glyphs;
  cairo_scaled_font_t *font;
  cairo_font_options_t *options;
  GlyphKey key = { 0 };
  int position = 0;

  if (run->y_offset != 0 || run->start_x_offset != 0 || run->end_x_offset != 0)
    return FALSE;

  if (!PANGO_IS_CAIRO_FONT (run->item->analysis.font))
    return FALSE;
  font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  key.face = cairo_scaled_font_get_font_face (font);
  cairo_scaled_font_get_font_matrix (font, &key.font_matrix);
  options = cairo_font_options_create ();
  cairo_scaled_font_get_font_options (font, options);
  key.options_hash = cairo_font_options_hash (options);
  cairo_font_options_destroy (options);
  key.scale_x = scale_x;
  key.scale_y = scale_y;

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];
      double x, y;
      Placed place;

      if (info->glyph == PANGO_GLYPH_EMPTY)
        {
          position += info->geometry.width;
          continue;
        }
      if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        return FALSE;

      /* Where pango_cairo_layout_path () would put the glyph, to the
       * nearest quarter of a pixel. */
      x = round ((origin_x + (double) (position + info->geometry.x_offset) / PANGO_SCALE * scale_x) * PHASES);
      y = round ((origin_y + (double) info->geometry.y_offset / PANGO_SCALE * scale_y) * PHASES);
      place.x = (int) floor (x / PHASES);
      place.y = (int) floor (y / PHASES);
      key.glyph = info->glyph;
      key.phase_x = (guint) (x - (double) place.x * PHASES);
      key.phase_y = (guint) (y - (double) place.y * PHASES);
      place.mask = lookup_glyph (&key, font);
      if (place.mask->width > 0)
        g_array_append_val (placed, place);

      position += info->geometry.width;
    }

  return TRUE;
}

/* Places every glyph of the layout, whose top left corner is at
 * (@x, @y) in device pixels. */
static gboolean
place_layout (PangoLayout *layout,
              double       x,
              double       y,
              double       scale_x,
              double       scale_y,
              GArray      *placed)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean ok = TRUE;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline;
      int offset = 0;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE * scale_y;

      for (GSList *l = line->runs; l != NULL && ok; l = l->next)
        {
          PangoGlyphItem *run = l->data;

          ok = place_run (run, x + (double) (logical.x + offset) / PANGO_SCALE * scale_x,
                          baseline, scale_x, scale_y, placed);
          offset += pango_glyph_string_get_width (run->glyphs);
        }
    }
  while (ok && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return ok;
}

/* Adds the glyphs' coverage into one mask, saturating as overlapping
 * outlines filled as one path would. */
static void
add_coverage (const Placed *glyph,
              guchar       *data,
              int           stride,
              int           left,
              int           top)
{
  const GlyphMask *mask = glyph->mask;
  int x0 = glyph->x + mask->left - left;
  int y0 = glyph->y + mask->top - top;

  for (int row = 0; row < mask->height; row++)
    {
      const guchar *src = mask->coverage + (gsize) row * mask->stride;
      guchar *dst = data + (gsize) (y0 + row) * stride + x0;

      for (int col = 0; col < mask->width; col++)
        {
          guint sum = dst[col] + src[col];

          dst[col] = sum > 255 ? 255 : sum;
        }
    }
}

/* Paints the placed glyphs in the current source, in pixels of a target
 * whose device scale is @device_x × @device_y. */
static void
paint_placed (cairo_t *cr,
              GArray  *placed,
              double   device_x,
              double   device_y)
{
  int left = G_MAXINT, top = G_MAXINT, right = G_MININT, bottom = G_MININT;
  cairo_surface_t *surface;
  g_autofree guchar *data = NULL;
  int stride;

  if (placed->len == 0)
    return;

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *glyph = &g_array_index (placed, Placed, i);

      left = MIN (left, glyph->x + glyph->mask->left);
      top = MIN (top, glyph->y + glyph->mask->top);
      right = MAX (right, glyph->x + glyph->mask->left + glyph->mask->width);
      bottom = MAX (bottom, glyph->y + glyph->mask->top + glyph->mask->height);
    }

  stride = cairo_format_stride_for_width (CAIRO_FORMAT_A8, right - left);
  data = g_malloc0 ((gsize) stride * (bottom - top));
  for (guint i = 0; i < placed->len; i++)
    add_coverage (&g_array_index (placed, Placed, i), data, stride, left, top);

  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_A8, right - left,
                                                 bottom - top, stride);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1 / device_x, 1 / device_y);
  cairo_mask_surface (cr, surface, left, top);
  cairo_restore (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

/**
 * _dq_scene_render_glyphs:
 * @cr: a context on an image surface, with the source set; the surface
 *   may have a device scale (a window's on a display of scale 2)
 * @layout: the text
 * @x: the layout's left edge, in @cr's user space
 * @y: the layout's top edge
 *
 * Draws @layout from cached glyph masks, where the user space is only
 * scaled and moved (not rotated) and Pango has a glyph for every
 * character; otherwise draws nothing.
 *
 * Returns: whether the text was drawn
 */
gboolean
_dq_scene_render_glyphs (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  cairo_matrix_t matrix;
  double device_x, device_y;
  gboolean ok;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.yy <= 0)
    return FALSE;

  /* cairo's matrix and device space leave the surface's device scale
   * out; the masks are of its pixels. */
  cairo_surface_get_device_scale (cairo_get_group_target (cr), &device_x, &device_y);
  cairo_user_to_device (cr, &x, &y);
  x *= device_x;
  y *= device_y;
  matrix.xx *= device_x;
  matrix.yy *= device_y;

  g_mutex_lock (&cache_lock);
  /* Emptied only here, so that no mask of this text is freed while it is
   * drawn. */
  if (cache == NULL)
    cache = g_hash_table_new_full (glyph_key_hash, glyph_key_equal, NULL, glyph_mask_free);
  if (cache_bytes > MAX_CACHE_BYTES)
    {
      g_hash_table_remove_all (cache);
      cache_bytes = 0;
    }
  ok = place_layout (layout, x, y, matrix.xx, matrix.yy, placed);
  if (ok)
    paint_placed (cr, placed, device_x, device_y);
  g_mutex_unlock (&cache_lock);

  return ok;
}
