/* test-render-png.c
 *
 * The PNG writer against cairo's own: the same surfaces, opaque and not,
 * with rows that repeat and rows that do not, of awkward sizes, written by
 * both and read back by libpng (through cairo) must give the same pixels;
 * the chunks are well formed, with their CRCs, and carry the resolution
 * and the provenance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "dq-scene-render-private.h"

typedef enum
{
  FILL_NOISE,
  FILL_BANDS,
  FILL_ALPHA,
  FILL_ONE_COLOUR,
} Fill;

/* A surface of @fill: noise in every pixel; bands of flat colour whose
 * rows repeat, with a line of noise now and then (a chart); translucent
 * pixels of every alpha, premultiplied as cairo keeps them; one colour. */
static cairo_surface_t *
make_surface (int    width,
              int    height,
              Fill   fill,
              GRand *rand)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guchar *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 band = 0xff1f77b4;

  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (pixels + (gsize) y * stride);

      if (fill == FILL_BANDS && g_rand_int_range (rand, 0, 8) == 0)
        band = 0xff000000 | g_rand_int (rand);

      for (int x = 0; x < width; x++)
        {
          switch (fill)
            {
            case FILL_NOISE:
              row[x] = 0xff000000 | g_rand_int (rand);
              break;

            case FILL_BANDS:
              row[x] = (y % 13 == 5 && x % 7 < 3) ? 0xff000000 | g_rand_int (rand) : band;
              break;

            case FILL_ALPHA:
              {
                guint a = (guint) (x + y * 7) % 256;
                guint r = a ? (guint) g_rand_int_range (rand, 0, (gint32) a + 1) : 0;
                guint g = a ? (guint) g_rand_int_range (rand, 0, (gint32) a + 1) : 0;
                guint b = a ? (guint) g_rand_int_range (rand, 0, (gint32) a + 1) : 0;

                /* Every other row repeats the row above. */
                if (y % 2 == 1)
                  row[x] = ((guint32 *) (gpointer) (pixels + (gsize) (y - 1) * stride))[x];
                else
                  row[x] = a << 24 | r << 16 | g << 8 | b;
              }
              break;

            case FILL_ONE_COLOUR:
              row[x] = 0xfff5f5f5;
              break;

            default:
              g_assert_not_reached ();
            }
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_from (void          *closure,
           unsigned char *data,
           unsigned int   length)
{
  Reader *reader = closure;

  if (reader->length - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_to (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Decodes a PNG with libpng, through cairo, into premultiplied ARGB32. */
static cairo_surface_t *
decode (GByteArray *png)
{
  Reader reader = { png->data, png->len, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_from, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (reader.offset, ==, reader.length);

  return surface;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  g_assert_cmpint (cairo_image_surface_get_format (a), ==, cairo_image_surface_get_format (b));

  for (int y = 0; y < height; y++)
    {
      const guchar *ra = cairo_image_surface_get_data (a) + (gsize) y * cairo_image_surface_get_stride (a);
      const guchar *rb = cairo_image_surface_get_data (b) + (gsize) y * cairo_image_surface_get_stride (b);

      if (memcmp (ra, rb, (gsize) width * 4) != 0)
        g_error ("row %d of %d differs", y, height);
    }
}

/* The chunks in order, each with its CRC checked: "IHDR pHYs … IEND". */
static GString *
list_chunks (GByteArray *png,
             GPtrArray  *texts,
             guint32    *colour_type,
             guint32    *per_metre)
{
  GString *names = g_string_new (NULL);
  gsize offset = 8;

  g_assert_cmpmem (png->data, 8, "\x89PNG\r\n\x1a\n", 8);
  while (offset < png->len)
    {
      guint32 length, crc;
      const guchar *type, *body;

      g_assert_cmpuint (png->len - offset, >=, 12);
      memcpy (&length, png->data + offset, 4);
      length = GUINT32_FROM_BE (length);
      g_assert_cmpuint (png->len - offset - 12, >=, length);
      type = png->data + offset + 4;
      body = type + 4;
      memcpy (&crc, body + length, 4);
      g_assert_cmpuint (GUINT32_FROM_BE (crc), ==, crc32 (0, type, length + 4));

      if (names->len == 0 || memcmp (type, "IDAT", 4) != 0 ||
          !g_str_has_suffix (names->str, "IDAT"))
        g_string_append_printf (names, "%s%.4s", names->len > 0 ? " " : "", type);
      if (memcmp (type, "IHDR", 4) == 0)
        *colour_type = body[9];
      if (memcmp (type, "pHYs", 4) == 0)
        {
          memcpy (per_metre, body, 4);
          *per_metre = GUINT32_FROM_BE (*per_metre);
          g_assert_cmpint (body[8], ==, 1);
        }
      if (memcmp (type, "iTXt", 4) == 0)
        {
          /* The fields are separated by nul bytes: keep them all. */
          char *text = g_malloc0 ((gsize) length + 1);

          memcpy (text, body, length);
          g_ptr_array_add (texts, text);
        }
      offset += 12 + length;
    }
  g_assert_cmpuint (offset, ==, png->len);

  return names;
}

/* Every fill at awkward sizes: the same pixels as cairo's writer. */
static void
test_png_same_pixels (void)
{
  static const struct { int width, height; } sizes[] = {
    { 1, 1 }, { 1, 37 }, { 37, 1 }, { 3, 3 }, { 257, 129 }, { 1600, 40 }, { 5000, 3 },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1600);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (Fill fill = FILL_NOISE; fill <= FILL_ONE_COLOUR; fill++)
      {
        cairo_surface_t *surface = make_surface (sizes[s].width, sizes[s].height, fill, rand);
        g_autoptr(GByteArray) ours = g_byte_array_new ();
        g_autoptr(GByteArray) cairos = g_byte_array_new ();
        g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GString) chunks = NULL;
        cairo_surface_t *a, *b;
        guint32 colour_type = 0, per_metre = 0;

        g_assert_cmpint (_dq_scene_render_write_png (surface, ours, 96, NULL), ==,
                         CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_to, cairos), ==,
                         CAIRO_STATUS_SUCCESS);

        a = decode (ours);
        b = decode (cairos);
        assert_same_pixels (a, b);

        chunks = list_chunks (ours, texts, &colour_type, &per_metre);
        g_assert_cmpstr (chunks->str, ==, "IHDR pHYs IDAT IEND");
        g_assert_cmpuint (colour_type, ==, fill == FILL_ALPHA ? 6 : 2);
        g_assert_cmpuint (per_metre, ==, 3780);
        g_assert_cmpuint (texts->len, ==, 0);

        cairo_surface_destroy (a);
        cairo_surface_destroy (b);
        cairo_surface_destroy (surface);
      }
}

/* A chart's provenance as iTXt chunks, the resolution in pHYs; a large
 * image's data in several IDAT chunks, read back whole. */
static void
test_png_chunks (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (300);
  cairo_surface_t *surface = make_surface (1200, 900, FILL_NOISE, rand);
  const char * const documents[] = { "cab-2021", "census-2021", NULL };
  DqProvenance provenance = {
    .title = (char *) "Орталық Азия елдеріне көзқарас",
    .description = (char *) "",
    .source = (char *) "Дереккөз: Орталық Азия барометрі, 2021",
    .documents = (GStrv) documents,
    .language = (char *) "kk",
    .software = (char *) "Dostyq 0.1.0",
    .created = 1700000000,
  };
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) chunks = NULL;
  guint32 colour_type = 0, per_metre = 0;
  cairo_surface_t *decoded;
  const char *text;

  g_assert_cmpint (_dq_scene_render_write_png (surface, png, 300, &provenance), ==,
                   CAIRO_STATUS_SUCCESS);
  chunks = list_chunks (png, texts, &colour_type, &per_metre);
  g_assert_cmpstr (chunks->str, ==, "IHDR pHYs iTXt iTXt iTXt iTXt iTXt IDAT IEND");
  g_assert_cmpuint (per_metre, ==, 11811);

  /* Keyword, no compression, language, no translated keyword, text; the
   * empty description is left out. */
  text = g_ptr_array_index (texts, 0);
  g_assert_cmpstr (text, ==, "Title");
  g_assert_cmpmem (text + 6, 2, "\0\0", 2);
  g_assert_cmpstr (text + 8, ==, "kk");
  g_assert_cmpstr (text + 11, ==, "");
  g_assert_cmpstr (text + 12, ==, provenance.title);
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, "Source");
  g_assert_cmpstr (g_ptr_array_index (texts, 2), ==, "Software");
  g_assert_cmpstr ((char *) g_ptr_array_index (texts, 2) + 13, ==, "Dostyq 0.1.0");
  g_assert_cmpstr (g_ptr_array_index (texts, 3), ==, "Creation Time");
  text = g_ptr_array_index (texts, 4);
  g_assert_cmpstr (text, ==, "Dostyq Documents");
  g_assert_cmpstr (text + strlen (text) + 5, ==, "cab-2021, census-2021");

  /* Noise does not compress: more than one IDAT chunk, read as one. */
  g_assert_cmpuint (png->len, >, 2 * 1024 * 1024);
  decoded = decode (png);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, 1200);
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Render/Png/same-pixels", test_png_same_pixels);
  g_test_add_func ("/Dostyq/Render/Png/chunks", test_png_chunks);

  return g_test_run ();
}
