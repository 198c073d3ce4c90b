/* dq-scene-render-png.c
 *
 * The PNG writer: an ARGB32 image surface to a PNG's bytes.
 *
 * cairo_surface_write_to_png_stream () compresses at zlib's default level
 * and tries every row filter: about 40 ms of the 50 ms a 1600 × 1000 chart
 * took. A chart is flat colour, and most of its rows repeat the row above
 * (the margins, the bars, the space between labels): such a row is
 * written with the Up filter, all zeros, and every other row unfiltered,
 * at zlib level 2. The chunks are written here rather than through libpng,
 * so that zlib makes a raw deflate stream and the Adler-32 checksum of
 * the rows of zeros is combined rather than counted byte by byte. The
 * measured variants are in README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

#include "dq-scene-render-private.h"

#define PNG_FILTER_NONE 0
#define PNG_FILTER_UP   2

#define IDAT_CHUNK (1024 * 1024)

/* A PNG chunk: length, type, data, then the CRC of type and data. */
static void
append_chunk (GByteArray   *data,
              const char   *type,
              const guchar *body,
              gsize         length)
{
  guint32 be = GUINT32_TO_BE ((guint32) length);
  guint32 crc = crc32 (0, (const Bytef *) type, 4);

  g_assert (length <= G_MAXINT32);

  g_byte_array_append (data, (const guint8 *) &be, 4);
  g_byte_array_append (data, (const guint8 *) type, 4);
  if (length > 0)
    {
      g_byte_array_append (data, body, (guint) length);
      crc = crc32 (crc, body, (uInt) length);
    }
  be = GUINT32_TO_BE (crc);
  g_byte_array_append (data, (const guint8 *) &be, 4);
}

static void
append_be32 (GByteArray *body,
             guint32     value)
{
  guint32 be = GUINT32_TO_BE (value);

  g_byte_array_append (body, (const guint8 *) &be, 4);
}

/* One uncompressed iTXt chunk, if @value is set: keyword, compression
 * flag and method, language, translated keyword (none), text. Keywords
 * are PNG's registered ones where one fits, so that viewers show them. */
static void
append_text (GByteArray *data,
             const char *key,
             const char *value,
             const char *language)
{
  g_autoptr(GByteArray) body = NULL;
  static const guint8 flags[2] = { 0, 0 };

  if (value == NULL || *value == '\0')
    return;

  body = g_byte_array_new ();
  g_byte_array_append (body, (const guint8 *) key, strlen (key) + 1);
  g_byte_array_append (body, flags, 2);
  if (language != NULL)
    g_byte_array_append (body, (const guint8 *) language, strlen (language));
  g_byte_array_append (body, (const guint8 *) "\0", 2);
  g_byte_array_append (body, (const guint8 *) value, strlen (value));
  append_chunk (data, "iTXt", body->data, body->len);
}

/* The resolution, and where the figure comes from. */
static void
append_metadata (GByteArray         *data,
                 double              dpi,
                 const DqProvenance *provenance)
{
  /* pHYs counts pixels per metre: 300 dpi is 11811. */
  guint32 per_metre = (guint32) round (dpi / 0.0254);
  g_autoptr(GByteArray) phys = g_byte_array_new ();
  g_autofree char *date = NULL;
  g_autofree char *documents = NULL;
  const char *lang;

  append_be32 (phys, per_metre);
  append_be32 (phys, per_metre);
  g_byte_array_append (phys, (const guint8 *) "\1", 1);
  append_chunk (data, "pHYs", phys->data, phys->len);
  if (provenance == NULL)
    return;

  date = dq_provenance_dup_date (provenance);
  if (provenance->documents != NULL && provenance->documents[0] != NULL)
    documents = g_strjoinv (", ", provenance->documents);

  lang = provenance->language;
  append_text (data, "Title", provenance->title, lang);
  append_text (data, "Description", provenance->description, lang);
  append_text (data, "Source", provenance->source, lang);
  append_text (data, "Copyright", provenance->licence, NULL);
  append_text (data, "Software", provenance->software, NULL);
  append_text (data, "Creation Time", date, NULL);
  append_text (data, "Dostyq Documents", documents, NULL);
  append_text (data, "Dostyq Dataset Version", provenance->dataset_version, NULL);
  append_text (data, "Keywords", provenance->keywords, NULL);
}

/* Whether every pixel of an ARGB32 surface is opaque, so that the PNG can
 * be RGB: a quarter smaller, and what cairo wrote for our charts. */
static gboolean
surface_is_opaque (const guchar *pixels,
                   int           width,
                   int           height,
                   int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (pixels + (gsize) y * stride);
      guint32 all = 0xffffffff;

      /* No early exit, so that the compiler can vectorise the loop. */
      for (int x = 0; x < width; x++)
        all &= row[x];
      if ((all >> 24) != 0xff)
        return FALSE;
    }

  return TRUE;
}

/* Converts one row of cairo's native-endian, premultiplied ARGB32 to the
 * PNG's RGB or straight (not premultiplied) RGBA bytes. */
static void
convert_row (const guint32 *src,
             guchar        *dst,
             int            width,
             gboolean       opaque)
{
  if (opaque)
    {
      for (int x = 0; x < width; x++, dst += 3)
        {
          guint32 p = src[x];

          dst[0] = p >> 16;
          dst[1] = p >> 8;
          dst[2] = p;
        }
      return;
    }

  for (int x = 0; x < width; x++, dst += 4)
    {
      guint32 p = src[x];
      guint a = p >> 24;

      if (a == 0)
        dst[0] = dst[1] = dst[2] = 0;
      else
        {
          dst[0] = (((p >> 16) & 0xff) * 255 + a / 2) / a;
          dst[1] = (((p >> 8) & 0xff) * 255 + a / 2) / a;
          dst[2] = ((p & 0xff) * 255 + a / 2) / a;
        }
      dst[3] = a;
    }
}

/* Feeds @length bytes to the compressor, which writes straight onto the
 * end of @out. */
static gboolean
deflate_into (z_stream     *zs,
              GByteArray   *out,
              const guchar *in,
              gsize         length,
              int           flush)
{
  zs->next_in = (Bytef *) in;
  zs->avail_in = (uInt) length;
  do
    {
      guint used = out->len;
      guint room = MAX (65536, used / 2);

      g_byte_array_set_size (out, used + room);
      zs->next_out = out->data + used;
      zs->avail_out = room;
      if (deflate (zs, flush) == Z_STREAM_ERROR)
        return FALSE;
      g_byte_array_set_size (out, used + room - zs->avail_out);
    }
  while (zs->avail_out == 0);

  return TRUE;
}

/* The image data as a zlib stream: a raw deflate stream between a zlib
 * header and the Adler-32 checksum of the filtered rows. */
static gboolean
compress_rows (const guchar *pixels,
               int           width,
               int           height,
               int           stride,
               gboolean      opaque,
               GByteArray   *idat)
{
  gsize row_length = 1 + (gsize) width * (opaque ? 3 : 4);
  g_autofree guchar *row = g_malloc (row_length);
  g_autofree guchar *zeros = g_malloc0 (row_length);
  z_stream zs = { 0 };
  uLong adler = adler32 (0, NULL, 0);
  uLong zeros_adler;
  gboolean ok = TRUE;
  guint32 be;

  /* 0x78 0x01: deflate, a 32 KB window, the check bits. */
  g_byte_array_append (idat, (const guint8 *) "\x78\x01", 2);
  if (deflateInit2 (&zs, 2, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return FALSE;

  zeros[0] = PNG_FILTER_UP;
  zeros_adler = adler32 (adler32 (0, NULL, 0), zeros, (uInt) row_length);

  for (int y = 0; y < height && ok; y++)
    {
      const guchar *src = pixels + (gsize) y * stride;

      if (y > 0 && memcmp (src, src - stride, (gsize) width * 4) == 0)
        {
          adler = adler32_combine (adler, zeros_adler, (z_off_t) row_length);
          ok = deflate_into (&zs, idat, zeros, row_length, Z_NO_FLUSH);
          continue;
        }

      row[0] = PNG_FILTER_NONE;
      convert_row ((const guint32 *) (gconstpointer) src, row + 1, width, opaque);
      adler = adler32 (adler, row, (uInt) row_length);
      ok = deflate_into (&zs, idat, row, row_length, Z_NO_FLUSH);
    }
  if (ok)
    ok = deflate_into (&zs, idat, NULL, 0, Z_FINISH);
  deflateEnd (&zs);

  be = GUINT32_TO_BE ((guint32) adler);
  g_byte_array_append (idat, (const guint8 *) &be, 4);

  return ok;
}

/**
 * _dq_scene_render_write_png:
 * @surface: an ARGB32 image surface
 * @data: where to append the file's bytes
 * @dpi: the resolution, for the `pHYs` chunk
 * @provenance: (nullable): for the `iTXt` chunks
 *
 * Encodes @surface as an 8-bit PNG: RGB when every pixel is opaque, else
 * straight (not premultiplied) RGBA.
 *
 * Returns: %CAIRO_STATUS_SUCCESS, or why not
 */
cairo_status_t
_dq_scene_render_write_png (cairo_surface_t    *surface,
                            GByteArray         *data,
                            double              dpi,
                            const DqProvenance *provenance)
{
  g_autoptr(GByteArray) ihdr = g_byte_array_new ();
  g_autoptr(GByteArray) idat = g_byte_array_new ();
  const guchar *pixels;
  int width, height, stride;
  gboolean opaque;
  guint8 header[5] = { 8, 0, 0, 0, 0 };

  g_assert (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32);

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  opaque = surface_is_opaque (pixels, width, height, stride);

  if (!compress_rows (pixels, width, height, stride, opaque, idat))
    return CAIRO_STATUS_NO_MEMORY;

  g_byte_array_append (data, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
  append_be32 (ihdr, (guint32) width);
  append_be32 (ihdr, (guint32) height);
  /* 8 bits a sample, RGB (2) or RGBA (6), deflate, filters of method 0,
   * not interlaced. */
  header[1] = opaque ? 2 : 6;
  g_byte_array_append (ihdr, header, sizeof header);
  append_chunk (data, "IHDR", ihdr->data, ihdr->len);
  append_metadata (data, dpi, provenance);
  /* IDAT chunks of at most 1 MiB, as any reader takes them. */
  for (guint done = 0; done < idat->len; done += IDAT_CHUNK)
    append_chunk (data, "IDAT", idat->data + done, MIN (IDAT_CHUNK, idat->len - done));
  append_chunk (data, "IEND", NULL, 0);

  return CAIRO_STATUS_SUCCESS;
}
