/* dq-scene-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dq-atomic-file.h"
#include "dq-enum-nick.h"
#include "dq-escape.h"
#include "dq-scene-private.h"
#include "dq-scene-render-private.h"
#include "dq-scene-render.h"

G_DEFINE_QUARK (dq-export-error-quark, dq_export_error)

/* Exports larger than this many pixels a side are refused, not attempted. */
#define MAX_PIXELS_PER_SIDE 20000

/* The names of the formats are the nicks of DqExportFormat, in any case. */
gboolean
dq_export_format_from_string (const char     *str,
                              DqExportFormat *format)
{
  g_autofree char *lower = str != NULL ? g_ascii_strdown (str, -1) : NULL;
  int value;

  if (!dq_enum_from_nick (DQ_TYPE_EXPORT_FORMAT, lower, &value))
    return FALSE;

  *format = value;
  return TRUE;
}

const char *
dq_export_format_to_string (DqExportFormat format)
{
  g_return_val_if_fail (format <= DQ_EXPORT_PDF, NULL);

  return dq_enum_to_nick (DQ_TYPE_EXPORT_FORMAT, format);
}

static void
set_source (cairo_t       *cr,
            const DqColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
fill_and_stroke (cairo_t      *cr,
                 const DqMark *mark)
{
  if (mark->fill.alpha > 0)
    {
      set_source (cr, &mark->fill);
      if (mark->stroke.alpha > 0)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }

  if (mark->stroke.alpha > 0 && mark->line_width > 0)
    {
      set_source (cr, &mark->stroke);
      cairo_set_line_width (cr, mark->line_width);
      if (mark->dash > 0)
        cairo_set_dash (cr, &mark->dash, 1, 0);
      else
        cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }

  cairo_new_path (cr);
}

/* Draws a text mark from the layout the scene measured it with. A PNG
 * draws its glyphs from cached masks (dq-scene-render-glyphs.c) where it
 * can; vector files keep real, selectable text; the screen, and a PNG's
 * rotated text or text with a glyph missing from every font, draw the
 * glyphs as paths: cairo 1.16's own glyph drawing rounds each glyph to a
 * whole pixel, which spaces small text unevenly, while a path lands
 * exactly where the layout measured it. */
static void
render_text (cairo_t      *cr,
             DqScene      *scene,
             const DqMark *mark,
             gboolean      glyph_masks)
{
  PangoLayout *layout = _dq_scene_get_layout (scene, mark->text, mark->font_size, mark->bold);
  cairo_surface_type_t type;
  double left = 0;

  if (mark->anchor == DQ_TEXT_ANCHOR_MIDDLE)
    left = -mark->width / 2;
  else if (mark->anchor == DQ_TEXT_ANCHOR_END)
    left = -mark->width;

  cairo_save (cr);
  cairo_translate (cr, mark->x, mark->y);
  if (mark->rotation != 0)
    cairo_rotate (cr, mark->rotation * G_PI / 180);
  set_source (cr, &mark->fill);

  type = cairo_surface_get_type (cairo_get_target (cr));
  if (glyph_masks && _dq_scene_render_glyphs (cr, layout, left, -mark->ascent))
    {
      /* drawn */
    }
  else if (type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS ||
           type == CAIRO_SURFACE_TYPE_SVG)
    {
      cairo_move_to (cr, left, -mark->ascent);
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      cairo_move_to (cr, left, -mark->ascent);
      pango_cairo_layout_path (cr, layout);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

static void  render_marks (DqScene            *scene,
                           cairo_t            *cr,
                           gboolean            glyph_masks);
static char *scene_to_svg (DqScene            *scene,
                           const char         *width_attr,
                           const char         *height_attr,
                           const DqProvenance *provenance,
                           gboolean            transparent);

/**
 * dq_scene_render_cairo:
 * @scene: a #DqScene
 * @cr: a cairo context whose user space is the scene's units
 *
 * Draws the scene, background first. The widget, PNG and PDF all draw
 * through here; on an image surface, text comes from cached glyph masks
 * (see dq-scene-render-glyphs.c), elsewhere it is real text.
 */
void
dq_scene_render_cairo (DqScene *scene,
                       cairo_t *cr)
{
  g_return_if_fail (DQ_IS_SCENE (scene));

  cairo_save (cr);
  set_source (cr, dq_scene_get_background (scene));
  cairo_rectangle (cr, 0, 0, dq_scene_get_width (scene), dq_scene_get_height (scene));
  cairo_fill (cr);
  cairo_restore (cr);

  /* A raster (the window, a PNG) draws its text from glyph masks. */
  render_marks (scene, cr,
                cairo_surface_get_type (cairo_get_group_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE);
}

/* Draws the marks, without the background; text from glyph masks where
 * @glyph_masks (a PNG). */
static void
render_marks (DqScene  *scene,
              cairo_t  *cr,
              gboolean  glyph_masks)
{
  cairo_save (cr);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      switch (mark->kind)
        {
        case DQ_MARK_RECT:
          cairo_rectangle (cr, mark->x, mark->y, mark->width, mark->height);
          fill_and_stroke (cr, mark);
          break;

        case DQ_MARK_LINE:
          cairo_move_to (cr, mark->x, mark->y);
          cairo_line_to (cr, mark->x2, mark->y2);
          fill_and_stroke (cr, mark);
          break;

        case DQ_MARK_CIRCLE:
          cairo_new_sub_path (cr);
          cairo_arc (cr, mark->x, mark->y, mark->width, 0, 2 * G_PI);
          fill_and_stroke (cr, mark);
          break;

        case DQ_MARK_PATH:
          for (guint p = 0; p < mark->path->len; p++)
            {
              const DqPathPoint *point = &g_array_index (mark->path, DqPathPoint, p);

              if (point->op == DQ_PATH_MOVE)
                cairo_move_to (cr, point->x, point->y);
              else if (point->op == DQ_PATH_LINE)
                cairo_line_to (cr, point->x, point->y);
              else
                cairo_close_path (cr);
            }
          fill_and_stroke (cr, mark);
          break;

        case DQ_MARK_TEXT:
          render_text (cr, scene, mark, glyph_masks);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}

static void
append_number (GString *svg,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* Two decimals are a hundredth of a pixel: more than enough. */
  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  /* "12.50" → "12.5", "12.00" → "12" */
  if (strchr (buf, '.') != NULL)
    {
      char *end = buf + strlen (buf) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (g_str_equal (buf, "-0"))
    g_strlcpy (buf, "0", sizeof buf);

  g_string_append (svg, buf);
}

static void
append_attr_number (GString    *svg,
                    const char *name,
                    double      value)
{
  g_string_append_printf (svg, " %s=\"", name);
  append_number (svg, value);
  g_string_append_c (svg, '"');
}

static void
append_color (GString       *svg,
              const char    *name,
              const DqColor *color)
{
  if (color->alpha <= 0)
    {
      g_string_append_printf (svg, " %s=\"none\"", name);
      return;
    }

  g_string_append_printf (svg, " %s=\"#%02x%02x%02x\"", name,
                          (int) round (CLAMP (color->red, 0, 1) * 255),
                          (int) round (CLAMP (color->green, 0, 1) * 255),
                          (int) round (CLAMP (color->blue, 0, 1) * 255));
  if (color->alpha < 1)
    {
      g_autofree char *opacity = g_strdup_printf ("%s-opacity", name);

      append_attr_number (svg, opacity, color->alpha);
    }
}

static void
append_common (GString      *svg,
               const DqMark *mark)
{
  g_string_append_printf (svg, " class=\"%s\"", dq_enum_to_nick (DQ_TYPE_MARK_ROLE, mark->role));
  if (mark->datum != NULL)
    {
      g_autofree char *datum = dq_escape_xml (mark->datum);

      g_string_append_printf (svg, " data-datum=\"%s\"", datum);
    }

  if (mark->kind != DQ_MARK_TEXT)
    {
      append_color (svg, "fill", &mark->fill);
      if (mark->stroke.alpha > 0 && mark->line_width > 0)
        {
          append_color (svg, "stroke", &mark->stroke);
          append_attr_number (svg, "stroke-width", mark->line_width);
          if (mark->dash > 0)
            {
              g_string_append (svg, " stroke-dasharray=\"");
              append_number (svg, mark->dash);
              g_string_append_c (svg, '"');
            }
        }
    }
}

/**
 * dq_scene_to_svg:
 * @scene: a #DqScene
 * @width_attr: (nullable): the SVG's width, with its unit ("85mm"), or
 *   %NULL for the scene's width in pixels
 * @height_attr: (nullable): the SVG's height
 *
 * Writes the scene as SVG 1.1 with real `<text>` elements, so that text
 * stays selectable and editable in Inkscape or Illustrator.
 *
 * Returns: (transfer full): the SVG document
 */
char *
dq_scene_to_svg (DqScene    *scene,
                 const char *width_attr,
                 const char *height_attr)
{
  g_return_val_if_fail (DQ_IS_SCENE (scene), NULL);

  return scene_to_svg (scene, width_attr, height_attr, NULL, FALSE);
}

static void
append_element (GString    *svg,
                const char *name,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = dq_escape_xml (text);
  g_string_append_printf (svg, "<%s>%s</%s>\n", name, escaped, name);
}

/* Dublin Core, in RDF as Inkscape writes it: what the figure is, where its
 * numbers come from, when and in which language it was made, on what
 * terms; and Dostyq's own words for its version and its dataset's. */
static void
append_metadata (GString            *svg,
                 const DqProvenance *provenance)
{
  g_autofree char *date = dq_provenance_dup_date (provenance);

  g_string_append (svg, "<metadata>\n<rdf:RDF"
                   " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                   " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                   " xmlns:dostyq=\"urn:dostyq:provenance\">\n"
                   "<rdf:Description rdf:about=\"\">\n"
                   "<dc:format>image/svg+xml</dc:format>\n"
                   "<dc:type>StillImage</dc:type>\n");
  append_element (svg, "dc:title", provenance->title);
  append_element (svg, "dc:description", provenance->description);
  append_element (svg, "dc:source", provenance->source);
  for (guint i = 0; provenance->documents != NULL && provenance->documents[i] != NULL; i++)
    append_element (svg, "dc:relation", provenance->documents[i]);
  append_element (svg, "dc:date", date);
  append_element (svg, "dc:rights", provenance->licence);
  append_element (svg, "dc:language", provenance->language);
  append_element (svg, "dc:subject", provenance->keywords);
  append_element (svg, "dostyq:software", provenance->software);
  append_element (svg, "dostyq:dataset-version", provenance->dataset_version);
  g_string_append (svg, "</rdf:Description>\n</rdf:RDF>\n</metadata>\n");
}

static char *
scene_to_svg (DqScene            *scene,
              const char         *width_attr,
              const char         *height_attr,
              const DqProvenance *provenance,
              gboolean            transparent)
{
  GString *svg = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const char *lang = dq_language_to_code (dq_scene_get_language (scene));
  double width = dq_scene_get_width (scene);
  double height = dq_scene_get_height (scene);

  g_string_append (svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  g_string_append_printf (svg, " xml:lang=\"%s\"", lang);
  if (width_attr != NULL)
    g_string_append_printf (svg, " width=\"%s\"", width_attr);
  else
    append_attr_number (svg, "width", width);
  if (height_attr != NULL)
    g_string_append_printf (svg, " height=\"%s\"", height_attr);
  else
    append_attr_number (svg, "height", height);
  g_string_append (svg, " viewBox=\"0 0 ");
  append_number (svg, width);
  g_string_append_c (svg, ' ');
  append_number (svg, height);
  g_string_append_printf (svg, "\" font-family=\"%s\">\n", DQ_SCENE_FONT_FAMILY);

  if (dq_scene_get_title (scene) != NULL)
    {
      g_autofree char *title = dq_escape_xml (dq_scene_get_title (scene));

      g_string_append_printf (svg, "<title>%s</title>\n", title);
    }
  if (provenance != NULL)
    append_metadata (svg, provenance);

  if (!transparent)
    {
      g_string_append (svg, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" "
                       "height=\"100%\"");
      append_color (svg, "fill", dq_scene_get_background (scene));
      g_string_append (svg, "/>\n");
    }

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      switch (mark->kind)
        {
        case DQ_MARK_RECT:
          g_string_append (svg, "<rect");
          append_attr_number (svg, "x", MIN (mark->x, mark->x + mark->width));
          append_attr_number (svg, "y", MIN (mark->y, mark->y + mark->height));
          append_attr_number (svg, "width", fabs (mark->width));
          append_attr_number (svg, "height", fabs (mark->height));
          append_common (svg, mark);
          g_string_append (svg, "/>\n");
          break;

        case DQ_MARK_LINE:
          g_string_append (svg, "<line");
          append_attr_number (svg, "x1", mark->x);
          append_attr_number (svg, "y1", mark->y);
          append_attr_number (svg, "x2", mark->x2);
          append_attr_number (svg, "y2", mark->y2);
          append_common (svg, mark);
          g_string_append (svg, "/>\n");
          break;

        case DQ_MARK_CIRCLE:
          g_string_append (svg, "<circle");
          append_attr_number (svg, "cx", mark->x);
          append_attr_number (svg, "cy", mark->y);
          append_attr_number (svg, "r", mark->width);
          append_common (svg, mark);
          g_string_append (svg, "/>\n");
          break;

        case DQ_MARK_PATH:
          g_string_append (svg, "<path d=\"");
          for (guint p = 0; p < mark->path->len; p++)
            {
              const DqPathPoint *point = &g_array_index (mark->path, DqPathPoint, p);

              if (p > 0)
                g_string_append_c (svg, ' ');
              if (point->op == DQ_PATH_CLOSE)
                {
                  g_string_append_c (svg, 'Z');
                  continue;
                }
              g_string_append_c (svg, point->op == DQ_PATH_MOVE ? 'M' : 'L');
              append_number (svg, point->x);
              g_string_append_c (svg, ' ');
              append_number (svg, point->y);
            }
          g_string_append_c (svg, '"');
          append_common (svg, mark);
          g_string_append (svg, "/>\n");
          break;

        case DQ_MARK_TEXT:
          {
            static const char * const anchors[] = { "start", "middle", "end" };
            g_autofree char *text = dq_escape_xml (mark->text);

            g_string_append (svg, "<text");
            append_attr_number (svg, "x", mark->x);
            append_attr_number (svg, "y", mark->y);
            append_common (svg, mark);
            append_attr_number (svg, "font-size", mark->font_size);
            if (mark->bold)
              g_string_append (svg, " font-weight=\"bold\"");
            if (mark->anchor != DQ_TEXT_ANCHOR_START)
              g_string_append_printf (svg, " text-anchor=\"%s\"", anchors[mark->anchor]);
            append_color (svg, "fill", &mark->fill);
            if (mark->rotation != 0)
              {
                g_string_append (svg, " transform=\"rotate(");
                append_number (svg, mark->rotation);
                g_string_append_c (svg, ' ');
                append_number (svg, mark->x);
                g_string_append_c (svg, ' ');
                append_number (svg, mark->y);
                g_string_append (svg, ")\"");
              }
            /* Keep spaces as they are; labels are single lines. */
            g_string_append_printf (svg, " xml:space=\"preserve\">%s</text>\n", text);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_string_append (svg, "</svg>\n");

  return g_string_free (svg, FALSE);
}

static cairo_status_t
write_to_byte_array (void                *closure,
                     const unsigned char *data,
                     unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * dq_export_pixels:
 * @length: a length in scene units (1/96 inch)
 * @dpi: the resolution
 *
 * How many pixels a PNG has along @length: @length × @dpi / 96, rounded to
 * the nearest whole pixel (a half up). A length in millimetres is
 * mm × 96 / 25.4 units, so 85 mm at 300 dpi is 85 / 25.4 × 300 = 1003.9,
 * 1004 pixels. The drawing is then stretched by that fraction of a pixel
 * so that it covers every pixel whole: no edge pixel is half painted.
 *
 * Returns: the number of pixels, at least 1
 */
int
dq_export_pixels (double length,
                  double dpi)
{
  double pixels = floor (length * dpi / 96 + 0.5);

  return pixels < 1 ? 1 : pixels > G_MAXINT ? G_MAXINT : (int) pixels;
}

static cairo_status_t
export_png (DqScene                *scene,
            const DqExportSettings *settings,
            GByteArray             *data,
            GError                **error)
{
  double width = dq_scene_get_width (scene);
  double height = dq_scene_get_height (scene);
  int pixel_width = dq_export_pixels (width, settings->dpi);
  int pixel_height = dq_export_pixels (height, settings->dpi);
  cairo_surface_t *surface;
  cairo_status_t status;
  guchar *pixels;
  int stride;
  cairo_t *cr;

  if (pixel_width > MAX_PIXELS_PER_SIDE || pixel_height > MAX_PIXELS_PER_SIDE)
    {
      g_set_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_SIZE,
                   _("a PNG of %d × %d pixels is outside the supported 1 to %d pixels a side"),
                   pixel_width, pixel_height, MAX_PIXELS_PER_SIDE);
      return CAIRO_STATUS_INVALID_SIZE;
    }

  /* The background covers every pixel, in the device's own units, before
   * the scene is stretched onto the whole pixels; painted as the source
   * rather than over, it needs no cleared surface beneath it. */
  stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, pixel_width);
  pixels = settings->transparent ? g_try_malloc0 ((gsize) stride * pixel_height)
                                 : g_try_malloc ((gsize) stride * pixel_height);
  if (pixels == NULL)
    return CAIRO_STATUS_NO_MEMORY;
  surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, pixel_width,
                                                 pixel_height, stride);
  cr = cairo_create (surface);
  if (!settings->transparent)
    {
      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      set_source (cr, dq_scene_get_background (scene));
      cairo_paint (cr);
      cairo_restore (cr);
    }
  cairo_scale (cr, pixel_width / width, pixel_height / height);
  render_marks (scene, cr, TRUE);

  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = _dq_scene_render_write_png (surface, data, settings->dpi, settings->provenance);
  cairo_surface_destroy (surface);
  g_free (pixels);

  return status;
}

static void
set_pdf_metadata (cairo_surface_t    *surface,
                  const DqProvenance *provenance)
{
  static const struct { cairo_pdf_metadata_t key; gsize offset; } fields[] = {
    { CAIRO_PDF_METADATA_TITLE, G_STRUCT_OFFSET (DqProvenance, title) },
    { CAIRO_PDF_METADATA_SUBJECT, G_STRUCT_OFFSET (DqProvenance, source) },
    { CAIRO_PDF_METADATA_KEYWORDS, G_STRUCT_OFFSET (DqProvenance, keywords) },
    { CAIRO_PDF_METADATA_CREATOR, G_STRUCT_OFFSET (DqProvenance, software) },
  };
  g_autofree char *date = dq_provenance_dup_date (provenance);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = G_STRUCT_MEMBER (const char *, provenance, fields[i].offset);

      if (value != NULL)
        cairo_pdf_surface_set_metadata (surface, fields[i].key, value);
    }

  /* cairo would otherwise write the time of the run, and the file would
   * differ from one run to the next. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static cairo_status_t
export_pdf (DqScene                *scene,
            const DqExportSettings *settings,
            GByteArray             *data)
{
  double width = dq_scene_get_width (scene);
  double height = dq_scene_get_height (scene);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* PDF points are 1/72 inch; scene units 1/96 inch. */
  surface = cairo_pdf_surface_create_for_stream (write_to_byte_array, data,
                                                 width * 72 / 96, height * 72 / 96);
  set_pdf_metadata (surface, settings->provenance);
  cr = cairo_create (surface);
  cairo_scale (cr, 72.0 / 96, 72.0 / 96);
  if (settings->transparent)
    render_marks (scene, cr, FALSE);
  else
    dq_scene_render_cairo (scene, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * dq_scene_export_bytes_full:
 * @scene: a #DqScene
 * @format: PNG, SVG or PDF
 * @settings: the resolution, background and provenance
 * @error: the place for an error
 *
 * Draws the scene into a file's contents. A PNG is
 * dq_export_pixels() of the scene's size, with the resolution in its
 * `pHYs` chunk, and RGB without alpha unless it has transparent pixels.
 * Every format carries the provenance: PNG `iTXt` chunks, SVG Dublin Core
 * metadata, PDF document information; its date is `SOURCE_DATE_EPOCH`
 * when that is set, so that two runs write the same bytes.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
dq_scene_export_bytes_full (DqScene                 *scene,
                            DqExportFormat           format,
                            const DqExportSettings  *settings,
                            GError                 **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(DqProvenance) own = NULL;
  DqExportSettings resolved;
  cairo_status_t status;

  g_return_val_if_fail (DQ_IS_SCENE (scene), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (settings->dpi > 0, NULL);

  resolved = *settings;
  if (resolved.provenance == NULL)
    resolved.provenance = own = dq_provenance_new_for_scene (scene);

  switch (format)
    {
    case DQ_EXPORT_SVG:
      {
        char *svg = scene_to_svg (scene, NULL, NULL, resolved.provenance, resolved.transparent);

        return g_bytes_new_take (svg, strlen (svg));
      }

    case DQ_EXPORT_PNG:
      status = export_png (scene, &resolved, data, error);
      if (status == CAIRO_STATUS_INVALID_SIZE)
        return NULL;
      break;

    case DQ_EXPORT_PDF:
      status = export_pdf (scene, &resolved, data);
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_RENDER,
                   _("drawing the %s failed: %s"), dq_export_format_to_string (format),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * dq_scene_export_bytes:
 * @scene: a #DqScene
 * @format: PNG, SVG or PDF
 * @dpi: for PNG, the resolution: the PNG is the scene's size (in 1/96 inch
 *   units) times @dpi / 96 pixels; ignored for the vector formats, which
 *   keep the scene's physical size
 * @error: the place for an error
 *
 * dq_scene_export_bytes_full() with an opaque background and the
 * provenance the scene gives.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
dq_scene_export_bytes (DqScene         *scene,
                       DqExportFormat   format,
                       double           dpi,
                       GError         **error)
{
  DqExportSettings settings = { .dpi = dpi };

  return dq_scene_export_bytes_full (scene, format, &settings, error);
}

/**
 * dq_scene_export_file:
 * @scene: a #DqScene
 * @format: PNG, SVG or PDF
 * @dpi: for PNG, the resolution
 * @file: where to write
 * @error: the place for an error
 *
 * dq_scene_export_file_full() with an opaque background and the
 * provenance the scene gives.
 *
 * Returns: whether the file was written
 */
gboolean
dq_scene_export_file (DqScene         *scene,
                      DqExportFormat   format,
                      double           dpi,
                      GFile           *file,
                      GError         **error)
{
  DqExportSettings settings = { .dpi = dpi };

  return dq_scene_export_file_full (scene, format, &settings, file, error);
}

/**
 * dq_scene_export_file_full:
 * @scene: a #DqScene
 * @format: PNG, SVG or PDF
 * @settings: the resolution, background and provenance
 * @file: where to write
 * @error: the place for an error
 *
 * Writes the scene to @file atomically: the whole file is drawn first, then
 * written to a temporary file beside @file and renamed over it, so a
 * failure leaves no partial file and any previous file intact.
 *
 * Returns: whether the file was written
 */
gboolean
dq_scene_export_file_full (DqScene                 *scene,
                           DqExportFormat           format,
                           const DqExportSettings  *settings,
                           GFile                   *file,
                           GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DQ_IS_SCENE (scene), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);

  bytes = dq_scene_export_bytes_full (scene, format, settings, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  if (!dq_atomic_file_replace_contents (file, g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), DQ_ATOMIC_FILE_NONE, NULL,
                                        &local_error))
    {
      g_set_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_WRITE,
                   _("%s: cannot write the file: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
