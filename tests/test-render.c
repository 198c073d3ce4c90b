/* test-render.c
 *
 * Charts as scenes, and the scenes as files: the geometry of marks, text
 * that stays inside the canvas and off other text, SVG that parses with
 * its text localized, PNGs of the asked size, PDFs, and numbers written as
 * each language writes them. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "dq-chart.h"
#include "dq-format.h"
#include "dq-scene-render.h"

static DqDataset *dataset;
static GListModel *charts;

static DqChart *
chart (const char *id)
{
  DqChart *c = dq_chart_lookup (charts, id);

  g_assert_nonnull (c);

  return c;
}

static DqScene *
build (DqChart    *c,
       double      width,
       double      height,
       DqLanguage  language)
{
  DqChartOptions options = { width, height, language, FALSE };

  return dq_chart_build_scene (c, &options);
}

/* A chart at a preset's size, with its height free where the preset
 * leaves it free, as the command line and the export dialog build it. */
static DqScene *
build_preset (DqChart            *c,
              const DqSizePreset *preset,
              DqLanguage          language)
{
  DqChartOptions options = { 0, 0, language, FALSE, dq_size_preset_scene_max_height (preset) };

  dq_size_preset_scene_size (preset, &options.width, &options.height);

  return dq_chart_build_scene (c, &options);
}

/* The marks of a role, in scene order. */
static GPtrArray *
marks_with_role (DqScene    *scene,
                 DqMarkRole  role)
{
  GPtrArray *marks = g_ptr_array_new ();

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == role)
        g_ptr_array_add (marks, (gpointer) mark);
    }

  return marks;
}

static const DqMark *
mark_for_datum (DqScene    *scene,
                DqMarkRole  role,
                const char *datum)
{
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->role == role && g_strcmp0 (mark->datum, datum) == 0)
        return mark;
    }

  return NULL;
}

/* Bars are proportional to their values: one scale for every bar of the
 * attitude chart, positive to the right of zero and negative to the left;
 * whiskers end at p ± 1.96·√(p(1−p)/n). */
static void
test_render_diverging_geometry (void)
{
  DqChart *c = chart ("cab-2021-attitude");
  g_autoptr(DqScene) scene = build (c, 1600, 1000, DQ_LANGUAGE_EN);
  g_autoptr(GPtrArray) bars = marks_with_role (scene, DQ_MARK_ROLE_BAR);
  GPtrArray *figures = dq_chart_get_figures (c);
  double units_per_percent = 0;
  guint n_positive = 0, n_negative = 0;

  g_assert_cmpuint (bars->len, >, 0);

  for (guint i = 0; i < bars->len; i++)
    {
      const DqMark *bar = g_ptr_array_index (bars, i);
      DqFigure *figure = dq_dataset_lookup_figure (dataset, bar->datum);
      double value = dq_figure_get_value (figure);
      double k = fabs (bar->width) / value;
      const DqMark *whisker;
      double zero, low, high, p, n, half;

      g_assert_nonnull (figure);
      g_assert_cmpfloat (value, >, 0);

      if (units_per_percent == 0)
        units_per_percent = k;
      g_assert_cmpfloat_with_epsilon (k, units_per_percent, 1e-6);

      /* Where zero is, from the side the bar is on. */
      if (g_str_equal (dq_figure_get_category (figure), "positive"))
        {
          zero = bar->x;
          n_positive++;
        }
      else
        {
          g_assert_cmpstr (dq_figure_get_category (figure), ==, "negative");
          zero = bar->x + bar->width;
          n_negative++;
        }

      /* The whisker of an exact figure, at the computed bounds. */
      whisker = mark_for_datum (scene, DQ_MARK_ROLE_WHISKER, bar->datum);
      g_assert_nonnull (whisker);
      n = dq_figure_get_value (dq_survey_lookup_sample (dq_dataset_lookup_survey (dataset, "cab-2021"),
                                                         dq_figure_get_country (figure)));
      p = value / 100;
      half = 1.96 * sqrt (p * (1 - p) / n) * 100;
      low = MIN (whisker->x, whisker->x2);
      high = MAX (whisker->x, whisker->x2);
      g_assert_cmpfloat_with_epsilon (fabs (high - low), 2 * half * units_per_percent, 1e-6);
      g_assert_cmpfloat_with_epsilon ((low + high) / 2,
                                      g_str_equal (dq_figure_get_category (figure), "positive")
                                        ? zero + value * units_per_percent
                                        : zero - value * units_per_percent,
                                      1e-6);
    }

  /* Every exact whole-sample attitude figure of the dataset has its bar. */
  g_assert_cmpuint (n_positive + n_negative, ==, figures->len);
  g_assert_cmpuint (n_positive, ==, n_negative);
}

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  /* A hair of tolerance: glyph boxes of adjacent lines may touch. */
  const double e = 0.5;

  return ax + aw > bx + e && bx + bw > ax + e && ay + ah > by + e && by + bh > ay + e;
}

/* Every text mark of every chart, in every language and at the export
 * sizes, fixed or with the presets' free heights, lies inside the canvas
 * and overlaps no other text. */
static void
test_render_text_fits (void)
{
  static const struct
  {
    const char *name;
    double width;
    double height;
    double max_height;
  } sizes[] = {
    { "screen", 1600, 1000, 0 },
    { "slide", 1920, 1080, 0 },
    { "column", 85 / 25.4 * 96, 85 / 25.4 * 96, 0 },
    { "full", 174 / 25.4 * 96, 116 / 25.4 * 96, 0 },
    { "window", 900, 560, 0 },
    { "screen, free", 1600, 1000, 1000 },
    { "column, free", 85 / 25.4 * 96, 85 / 25.4 * 96, 225 / 25.4 * 96 },
    { "full, free", 174 / 25.4 * 96, 116 / 25.4 * 96, 225 / 25.4 * 96 },
  };
  GString *failures = g_string_new (NULL);

  for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
        {
          g_autoptr(DqChart) ch = g_list_model_get_item (charts, c);
          DqChartOptions options = { sizes[s].width, sizes[s].height, l, FALSE,
                                     sizes[s].max_height };
          g_autoptr(DqScene) scene = dq_chart_build_scene (ch, &options);
          g_autoptr(GPtrArray) texts = g_ptr_array_new ();
          double height = dq_scene_get_height (scene);

          for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
            {
              const DqMark *mark = dq_scene_get_mark (scene, i);

              if (mark->kind == DQ_MARK_TEXT)
                g_ptr_array_add (texts, (gpointer) mark);
            }

          g_assert_cmpuint (texts->len, >, 0);
          /* A ranking of a few groups at a height that follows it is not
           * left half empty. */
          if (dq_chart_get_kind (ch) == DQ_CHART_RANKED && sizes[s].max_height > 0 &&
              dq_chart_get_figures (ch)->len <= 10 && height >= sizes[s].height)
            g_string_append_printf (failures, "%s %s %s: %.0f px tall, nothing given back\n",
                                    dq_chart_get_id (ch), sizes[s].name,
                                    dq_language_to_code (l), height);

          for (guint i = 0; i < texts->len; i++)
            {
              const DqMark *a = g_ptr_array_index (texts, i);
              double ax, ay, aw, ah;

              dq_mark_get_bounds (a, &ax, &ay, &aw, &ah);
              if (ax < -0.5 || ay < -0.5 || ax + aw > sizes[s].width + 0.5 ||
                  ay + ah > height + 0.5)
                g_string_append_printf (failures, "%s %s %s: “%s” leaves the canvas\n",
                                        dq_chart_get_id (ch), sizes[s].name,
                                        dq_language_to_code (l), a->text);

              for (guint j = i + 1; j < texts->len; j++)
                {
                  const DqMark *b = g_ptr_array_index (texts, j);
                  double bx, by, bw, bh;

                  dq_mark_get_bounds (b, &bx, &by, &bw, &bh);
                  if (boxes_overlap (ax, ay, aw, ah, bx, by, bw, bh))
                    g_string_append_printf (failures, "%s %s %s: “%s” overlaps “%s”\n",
                                            dq_chart_get_id (ch), sizes[s].name,
                                            dq_language_to_code (l), a->text, b->text);
                }
            }
        }

  if (failures->len > 0)
    g_error ("text out of place:\n%s", failures->str);
  g_string_free (failures, TRUE);
}

/* What a chart may never drop to fit a size: for the attitude chart, the
 * remainder column (a bar and a label a row), both notes and the source
 * line, at every preset in every language. In 85 × 85 mm the sixteen rows
 * do not fit with all of them: the journal column leaves the height free,
 * and the chart takes more of it rather than drop anything. */
static void
test_render_never_dropped (void)
{
  const DqSizePreset *presets;
  guint n_presets;
  DqChart *c = chart ("cab-2021-attitude");
  /* Two shares a row: a row per respondents' country and country asked
   * about. */
  guint n_rows = dq_chart_get_figures (c)->len / 2;
  gboolean column_grew = FALSE;

  presets = dq_size_presets (&n_presets);
  for (guint p = 0; p < n_presets; p++)
    for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
      {
        double width, height;
        g_autoptr(DqScene) scene = NULL;
        g_autoptr(GPtrArray) remainders = NULL;
        g_autoptr(GPtrArray) labels = NULL;
        g_autoptr(GPtrArray) notes = NULL;
        g_autoptr(GPtrArray) sources = NULL;
        g_autoptr(GString) text = g_string_new (NULL);

        dq_size_preset_scene_size (&presets[p], &width, &height);
        scene = build_preset (c, &presets[p], l);
        remainders = marks_with_role (scene, DQ_MARK_ROLE_REMAINDER);
        labels = marks_with_role (scene, DQ_MARK_ROLE_REMAINDER_LABEL);
        notes = marks_with_role (scene, DQ_MARK_ROLE_NOTE);
        sources = marks_with_role (scene, DQ_MARK_ROLE_SOURCE);

        if (g_str_equal (presets[p].name, "column"))
          column_grew |= dq_scene_get_height (scene) > height + 1;
        g_assert_cmpuint (remainders->len, ==, n_rows);
        g_assert_cmpuint (labels->len, ==, n_rows);
        g_assert_cmpuint (sources->len, >, 0);
        for (guint i = 0; i < notes->len; i++)
          g_string_append_printf (text, "%s ", ((const DqMark *) g_ptr_array_index (notes, i))->text);
        /* The notes' first words, wherever they wrap. */
        g_assert_nonnull (strstr (text->str, "1,96") != NULL ? text->str
                          : strstr (text->str, "1.96"));
        g_assert_nonnull (strstr (text->str, "100"));
      }

  g_assert_true (column_grew);
}

/* Every chart shows each of its figures: a mark carries its id. */
static void
test_render_every_figure_drawn (void)
{
  for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
    {
      g_autoptr(DqChart) ch = g_list_model_get_item (charts, c);
      g_autoptr(DqScene) scene = build (ch, 1600, 1000, DQ_LANGUAGE_EN);
      GPtrArray *figures = dq_chart_get_figures (ch);
      g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
        {
          const DqMark *mark = dq_scene_get_mark (scene, i);

          if (mark->datum != NULL)
            g_hash_table_add (drawn, mark->datum);
        }

      for (guint i = 0; i < figures->len; i++)
        {
          DqFigure *figure = g_ptr_array_index (figures, i);

          if (!g_hash_table_contains (drawn, dq_figure_get_id (figure)))
            g_error ("%s does not draw %s", dq_chart_get_id (ch), dq_figure_get_id (figure));
        }
    }
}

/* The source line names the documents of the figures shown, and the
 * survey's sample size. */
static void
test_render_source_line (void)
{
  g_autoptr(DqScene) scene = build (chart ("cab-2021-attitude"), 1600, 1000, DQ_LANGUAGE_RU);
  g_autoptr(GPtrArray) sources = marks_with_role (scene, DQ_MARK_ROLE_SOURCE);
  const DqText *short_title = dq_document_get_short (dq_dataset_lookup_document (dataset, "cab-2021"));
  g_autoptr(GString) line = g_string_new (NULL);

  g_assert_cmpuint (sources->len, >=, 1);
  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (line, "%s ", ((const DqMark *) g_ptr_array_index (sources, i))->text);

  g_assert_nonnull (strstr (line->str, "Источник:"));
  g_assert_nonnull (strstr (line->str, dq_text_get (short_title, DQ_LANGUAGE_RU)));
  g_assert_nonnull (strstr (line->str, "n = 800"));
}

typedef struct
{
  gboolean    in_title;
  gboolean    in_text;
  GString    *title;
  GString    *text;
  guint       n_text;
  guint       n_bars;
  char       *lang;
} SvgData;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgData *data = user_data;

  if (g_str_equal (element, "svg"))
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "xml:lang"))
          data->lang = g_strdup (values[i]);
    }
  else if (g_str_equal (element, "title"))
    data->in_title = TRUE;
  else if (g_str_equal (element, "text"))
    {
      data->in_text = TRUE;
      data->n_text++;
    }
  else if (g_str_equal (element, "rect"))
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "class") && g_str_equal (values[i], "bar"))
          data->n_bars++;
    }
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  SvgData *data = user_data;

  data->in_title = FALSE;
  if (g_str_equal (element, "text"))
    {
      data->in_text = FALSE;
      g_string_append_c (data->text, '\n');
    }
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  SvgData *data = user_data;

  if (data->in_title)
    g_string_append_len (data->title, text, length);
  if (data->in_text)
    g_string_append_len (data->text, text, length);
}

static void
test_render_svg (void)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  DqChart *c = chart ("cab-2021-attitude");

  for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
    {
      g_autoptr(DqScene) scene = build (c, 1600, 1000, l);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = dq_scene_export_bytes (scene, DQ_EXPORT_SVG, 96, &error);
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GPtrArray) bars = marks_with_role (scene, DQ_MARK_ROLE_BAR);
      SvgData data = { 0 };

      g_assert_no_error (error);
      data.title = g_string_new (NULL);
      data.text = g_string_new (NULL);

      /* Well-formed XML, all of it. */
      context = g_markup_parse_context_new (&parser, 0, &data, NULL);
      g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL),
                                    g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);

      g_assert_cmpstr (data.lang, ==, dq_language_to_code (l));
      g_assert_cmpstr (data.title->str, ==, dq_text_get (dq_chart_get_title (c), l));
      /* The title is real text, not outlines. */
      g_assert_nonnull (strstr (data.text->str, dq_text_get (dq_chart_get_title (c), l)));
      g_assert_cmpuint (data.n_bars, ==, bars->len);
      g_assert_cmpuint (data.n_text, >, 10);

      g_string_free (data.title, TRUE);
      g_string_free (data.text, TRUE);
      g_free (data.lang);
    }
}

/* Text with markup characters is escaped. */
static void
test_render_svg_escapes (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (200, 100, DQ_LANGUAGE_EN);
  const DqColor black = { 0, 0, 0, 1 };
  g_autofree char *svg = NULL;

  dq_scene_set_title (scene, "A & B <C>");
  dq_scene_add_text (scene, DQ_MARK_ROLE_LABEL, "\"x\" < 'y' & z", 10, 50, 12, FALSE,
                     DQ_TEXT_ANCHOR_START, &black);
  svg = dq_scene_to_svg (scene, NULL, NULL);

  g_assert_nonnull (strstr (svg, "<title>A &amp; B &lt;C&gt;</title>"));
  g_assert_nonnull (strstr (svg, "&quot;x&quot; &lt; &apos;y&apos; &amp; z</text>"));
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_render_png_size (void)
{
  static const struct { double width; double height; double dpi; } cases[] = {
    { 1600, 1000, 96 },
    { 1920, 1080, 96 },
    { 85 / 25.4 * 96, 85 / 25.4 * 96, 300 },
  };
  DqChart *c = chart ("cab-2021-attitude");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DqScene) scene = build (c, cases[i].width, cases[i].height, DQ_LANGUAGE_KK);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = dq_scene_export_bytes (scene, DQ_EXPORT_PNG, cases[i].dpi, &error);
      const guint8 *data;
      gsize size;

      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      g_assert_cmpuint (size, >, 33);
      g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
      g_assert_cmpmem (data + 12, 4, "IHDR", 4);
      /* The nearest whole pixel, as the README says. */
      g_assert_cmpuint (read_be32 (data + 16), ==, (guint32) floor (cases[i].width * cases[i].dpi / 96 + 0.5));
      g_assert_cmpuint (read_be32 (data + 20), ==, (guint32) floor (cases[i].height * cases[i].dpi / 96 + 0.5));
    }
}

/* The chunk @type of a PNG, or NULL; @length gets its length. */
static const guint8 *
png_chunk (GBytes     *bytes,
           const char *type,
           guint32    *length)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  for (gsize at = 8; at + 12 <= size; at += 12 + read_be32 (data + at))
    {
      if (memcmp (data + at + 4, type, 4) == 0)
        {
          *length = read_be32 (data + at);
          return data + at + 8;
        }
    }

  return NULL;
}

static cairo_status_t
read_from_bytes (void          *closure,
                 unsigned char *out,
                 unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, out, length, NULL, NULL, NULL) ?
         CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

/* The last column and row are the background, as the first are: the
 * background reaches every edge pixel whole. */
static void
assert_edges_painted (GBytes *bytes)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  cairo_surface_t *image = cairo_image_surface_create_from_png_stream (read_from_bytes, stream);
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *pixels = cairo_image_surface_get_data (image);
  guint32 corner = *(const guint32 *) (gconstpointer) pixels;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (pixels + (gsize) y * stride);

      g_assert_cmphex (row[width - 1] & 0xffffff, ==, corner & 0xffffff);
    }
  for (int x = 0; x < width; x++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (pixels + (gsize) (height - 1) * stride);

      g_assert_cmphex (row[x] & 0xffffff, ==, corner & 0xffffff);
    }
  cairo_surface_destroy (image);
}

/* Every preset in every language: the pixel size is the physical size at
 * the resolution, rounded to the nearest pixel; the resolution is in the
 * pHYs chunk; an opaque background gives RGB without alpha, whose edge
 * pixels are then opaque by construction; a transparent one, RGBA. */
static void
test_render_png_print (void)
{
  const DqSizePreset *presets;
  guint n_presets;

  presets = dq_size_presets (&n_presets);
  for (guint p = 0; p < n_presets; p++)
    for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
      for (guint transparent = 0; transparent < 2; transparent++)
        {
          const DqSizePreset *preset = &presets[p];
          double width, height, exact_width, exact_height;
          DqExportSettings settings = { preset->dpi, transparent, NULL };
          g_autoptr(DqScene) scene = NULL;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          const guint8 *ihdr, *phys;
          guint32 length;

          dq_size_preset_scene_size (preset, &width, &height);
          scene = build (chart ("cab-2021-attitude"), width, height, l);
          bytes = dq_scene_export_bytes_full (scene, DQ_EXPORT_PNG, &settings, &error);
          g_assert_no_error (error);

          exact_width = preset->millimetres ? preset->width / 25.4 * preset->dpi : preset->width;
          exact_height = preset->millimetres ? preset->height / 25.4 * preset->dpi : preset->height;
          ihdr = png_chunk (bytes, "IHDR", &length);
          g_assert_nonnull (ihdr);
          g_assert_cmpuint (read_be32 (ihdr), ==, (guint32) floor (exact_width + 0.5));
          g_assert_cmpuint (read_be32 (ihdr + 4), ==, (guint32) floor (exact_height + 0.5));
          /* Colour type 2 is RGB, 6 RGBA. */
          g_assert_cmpuint (ihdr[9], ==, transparent ? 6 : 2);

          phys = png_chunk (bytes, "pHYs", &length);
          g_assert_nonnull (phys);
          g_assert_cmpuint (length, ==, 9);
          g_assert_cmpuint (read_be32 (phys), ==, (guint32) round (preset->dpi / 0.0254));
          g_assert_cmpuint (read_be32 (phys + 4), ==, read_be32 (phys));
          g_assert_cmpuint (phys[8], ==, 1);
          /* Read back, it is the preset's resolution within half a pixel a
           * metre (96 dpi is 3780 a metre, 96.012 dpi). */
          g_assert_cmpfloat_with_epsilon (read_be32 (phys) * 0.0254, preset->dpi, 0.0127);

          if (!transparent)
            assert_edges_painted (bytes);
        }

  /* 85 mm at 300 dpi: 1003.9 pixels are 1004. */
  g_assert_cmpint (dq_export_pixels (85 / 25.4 * 96, 300), ==, 1004);
  g_assert_cmpint (dq_export_pixels (1600, 96), ==, 1600);
  g_assert_cmpint (dq_export_pixels (1600.0 * 96 / 300, 300), ==, 1600);
}

/* A figure edited away from its source is marked on the chart with a
 * diamond, counted on the source line, said in its tooltip and carried in
 * the CSV with the value the source states; edited back, it is not. */
static void
test_render_corrections (void)
{
  DqChart *c = chart ("cab-2021-attitude");
  DqFigure *figure = g_ptr_array_index (dq_chart_get_figures (c), 0);
  const char *id = dq_figure_get_id (figure);
  double stated = dq_figure_get_value (figure);
  /* Corrected here, not in a project: no time nor name of the edit. */
  g_autofree char *stated_text = g_strdup_printf (",yes,%.10g,,\r\n", stated);

  for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
    {
      g_autoptr(DqScene) scene = NULL;
      g_autoptr(GPtrArray) sources = NULL;
      g_autoptr(GString) source = g_string_new (NULL);
      g_autofree char *tooltip = NULL;
      g_autofree char *csv = NULL;
      const DqMark *marker;
      double original;

      dq_figure_set_value (figure, stated - 10);
      g_assert_true (dq_figure_is_corrected (figure));
      g_assert_true (dq_figure_get_original (figure, &original));
      g_assert_cmpfloat (original, ==, stated);

      scene = build (c, 800, 500, l);
      marker = mark_for_datum (scene, DQ_MARK_ROLE_CORRECTION, id);
      g_assert_nonnull (marker);
      g_assert_cmpfloat (marker->kind, ==, DQ_MARK_PATH);
      sources = marks_with_role (scene, DQ_MARK_ROLE_SOURCE);
      for (guint i = 0; i < sources->len; i++)
        g_string_append (source, ((const DqMark *) g_ptr_array_index (sources, i))->text);
      g_assert_nonnull (strstr (source->str, "◆"));

      tooltip = dq_chart_describe_figure (c, figure, l);
      g_assert_nonnull (strstr (tooltip, "◆"));
      csv = dq_chart_to_csv (c, l);
      g_assert_nonnull (strstr (csv, stated_text));

      /* Edited back to what the source states: nothing to mark. */
      dq_figure_set_value (figure, stated);
      g_assert_false (dq_figure_is_corrected (figure));
      g_clear_object (&scene);
      scene = build (c, 800, 500, l);
      g_assert_null (mark_for_datum (scene, DQ_MARK_ROLE_CORRECTION, id));
    }
}

static void
test_render_png_too_large (void)
{
  g_autoptr(DqScene) scene = dq_scene_new (20000, 100, DQ_LANGUAGE_EN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dq_scene_export_bytes (scene, DQ_EXPORT_PNG, 300, &error);

  g_assert_null (bytes);
  g_assert_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_SIZE);
}

/* Finds @needle in binary data, which may hold NULs. */
static const char *
find_bytes (GBytes     *bytes,
            const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return data + i;
    }

  return NULL;
}

static void
test_render_pdf (void)
{
  g_autoptr(DqScene) scene = build (chart ("cab-2021-attitude"), 85 / 25.4 * 96, 85 / 25.4 * 96,
                                    DQ_LANGUAGE_RU);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dq_scene_export_bytes (scene, DQ_EXPORT_PDF, 300, &error);
  g_autofree char *media = NULL;
  const char *found;
  const char *data;
  double width, height;
  gsize size;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  g_assert_true (find_bytes (bytes, "%%EOF") >= data + size - 8);

  /* One page, 85 mm wide, in points. */
  found = find_bytes (bytes, "/MediaBox [ 0 0 ");
  g_assert_nonnull (found);
  media = g_strndup (found, MIN (64, data + size - found));
  g_assert_nonnull (media);
  g_assert_cmpint (sscanf (media, "/MediaBox [ 0 0 %lf %lf", &width, &height), ==, 2);
  g_assert_cmpfloat_with_epsilon (width, 85 / 25.4 * 72, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 85 / 25.4 * 72, 0.5);
}

/* An export that cannot be written leaves no file, and says which. */
static void
test_render_export_unwritable (void)
{
  g_autoptr(DqScene) scene = build (chart ("cab-2021-attitude"), 800, 500, DQ_LANGUAGE_EN);
  g_autofree char *dir = g_dir_make_tmp ("dostyq-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "chart.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (dq_scene_export_file (scene, DQ_EXPORT_SVG, 96, file, &error));
  g_assert_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

/* A second export replaces the first whole. */
static void
test_render_export_replaces (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dostyq-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
    {
      g_autoptr(DqScene) scene = build (chart ("cab-2021-attitude"), 800, 500, l);

      g_assert_true (dq_scene_export_file (scene, DQ_EXPORT_SVG, 96, file, &error));
      g_assert_no_error (error);
    }

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "xml:lang=\"kk\""));
  g_assert_null (strstr (contents, "xml:lang=\"en\""));

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_render_lookup_mark (void)
{
  g_autoptr(DqScene) scene = build (chart ("cab-2021-attitude"), 1600, 1000, DQ_LANGUAGE_EN);
  g_autoptr(GPtrArray) bars = marks_with_role (scene, DQ_MARK_ROLE_BAR);

  for (guint i = 0; i < bars->len; i++)
    {
      const DqMark *bar = g_ptr_array_index (bars, i);
      const DqMark *found;
      double x, y, w, h;

      dq_mark_get_bounds (bar, &x, &y, &w, &h);
      found = dq_scene_lookup_mark (scene, x + w / 2, y + h / 2);
      g_assert_nonnull (found);
      g_assert_cmpstr (found->datum, ==, bar->datum);
    }

  g_assert_null (dq_scene_lookup_mark (scene, 1, 1));
}

static void
test_render_number_format (void)
{
  struct { double value; int decimals; DqLanguage language; const char *expected; } cases[] = {
    { 1338, 0, DQ_LANGUAGE_EN, "1,338" },
    { 1338, 0, DQ_LANGUAGE_RU, "1338" },
    { 14000, 0, DQ_LANGUAGE_RU, "14\xe2\x80\xaf" "000" },
    { 14000, 0, DQ_LANGUAGE_KK, "14\xe2\x80\xaf" "000" },
    { 550000, 0, DQ_LANGUAGE_EN, "550,000" },
    { 66.9, -1, DQ_LANGUAGE_EN, "66.9" },
    { 66.9, -1, DQ_LANGUAGE_RU, "66,9" },
    { 66.9, -1, DQ_LANGUAGE_KK, "66,9" },
    { 0.09, -1, DQ_LANGUAGE_KK, "0,09" },
    { 3.5, 1, DQ_LANGUAGE_EN, "3.5" },
    { -2.5, 1, DQ_LANGUAGE_RU, "−2,5" },
    { 2981946, 0, DQ_LANGUAGE_EN, "2,981,946" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = dq_format_number (cases[i].value, cases[i].decimals, cases[i].language);

      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

/* Infinity and NaN never come out as "inf" or "nan"; a number comes out
 * whole, with every digit it needs. */
static void
test_render_limits_format (void)
{
  const double odd[] = { INFINITY, -INFINITY, NAN };
  g_autofree char *large = dq_format_decimal (3e100, 4);
  g_autofree char *tenth = dq_format_exact (0.1);
  g_autofree char *long_number = dq_format_exact (1234567890123456789012345678901234567890.5);
  g_autofree char *smallest = dq_format_exact (5e-324);

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *number = dq_format_number (odd[i], 2, DQ_LANGUAGE_EN);
      g_autofree char *percent = dq_format_percent (odd[i], -1, DQ_LANGUAGE_RU);
      g_autofree char *decimal = dq_format_decimal (odd[i], 2);
      g_autofree char *exact = dq_format_exact (odd[i]);

      g_assert_cmpstr (number, ==, "—");
      g_assert_cmpstr (percent, ==, "—");
      g_assert_cmpstr (decimal, ==, "");
      g_assert_cmpstr (exact, ==, "");
    }

  g_assert_cmpuint (strlen (large), ==, 106);
  g_assert_cmpfloat (g_ascii_strtod (large, NULL), ==, 3e100);
  g_assert_cmpstr (tenth, ==, "0.1");
  g_assert_cmpfloat (g_ascii_strtod (long_number, NULL), ==,
                     1234567890123456789012345678901234567890.5);
  g_assert_cmpfloat (g_ascii_strtod (smallest, NULL), ==, 5e-324);
}

static void
test_render_figure_format (void)
{
  DqFigure *share = dq_dataset_lookup_figure (dataset, "kz-2017-kazakhs-share");
  g_autofree char *en = dq_format_figure_value (share, DQ_LANGUAGE_EN);
  g_autofree char *ru = dq_format_figure_value (share, DQ_LANGUAGE_RU);
  g_autofree char *kk = dq_format_figure_value (share, DQ_LANGUAGE_KK);

  g_assert_cmpstr (en, ==, "66.9%");
  g_assert_cmpstr (ru, ==, "66,9\xc2\xa0%");
  g_assert_cmpstr (kk, ==, "66,9\xc2\xa0%");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  charts = dq_chart_list_for_dataset (dataset);

  g_test_add_func ("/Dostyq/Render/Chart/diverging-geometry", test_render_diverging_geometry);
  g_test_add_func ("/Dostyq/Render/Chart/text-fits", test_render_text_fits);
  g_test_add_func ("/Dostyq/Render/Chart/never-dropped", test_render_never_dropped);
  g_test_add_func ("/Dostyq/Render/Chart/every-figure-drawn", test_render_every_figure_drawn);
  g_test_add_func ("/Dostyq/Render/Chart/source-line", test_render_source_line);
  g_test_add_func ("/Dostyq/Render/Chart/corrections", test_render_corrections);
  g_test_add_func ("/Dostyq/Render/Scene/lookup-mark", test_render_lookup_mark);
  g_test_add_func ("/Dostyq/Render/Export/svg", test_render_svg);
  g_test_add_func ("/Dostyq/Render/Export/svg-escapes", test_render_svg_escapes);
  g_test_add_func ("/Dostyq/Render/Export/png-size", test_render_png_size);
  g_test_add_func ("/Dostyq/Render/Export/png-print", test_render_png_print);
  g_test_add_func ("/Dostyq/Render/Export/png-too-large", test_render_png_too_large);
  g_test_add_func ("/Dostyq/Render/Export/pdf", test_render_pdf);
  g_test_add_func ("/Dostyq/Render/Export/unwritable", test_render_export_unwritable);
  g_test_add_func ("/Dostyq/Render/Export/replaces", test_render_export_replaces);
  g_test_add_func ("/Dostyq/Render/Format/number", test_render_number_format);
  g_test_add_func ("/Dostyq/Render/Format/figure", test_render_figure_format);
  g_test_add_func ("/Dostyq/Render/Format/limits", test_render_limits_format);

  status = g_test_run ();

  g_clear_object (&charts);
  g_clear_object (&dataset);

  return status;
}
