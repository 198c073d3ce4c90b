/* test-provenance.c
 *
 * Where a figure comes from, inside every file it is exported to: PNG
 * iTXt chunks, SVG Dublin Core metadata, PDF document information; and
 * SOURCE_DATE_EPOCH making two runs write the same bytes. Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-chart.h"
#include "dq-provenance.h"
#include "dq-scene-render.h"

static DqDataset *dataset;
static GListModel *charts;

static DqScene *
build (const char *id,
       DqLanguage  language)
{
  DqChartOptions options = { 85 / 25.4 * 96, 85 / 25.4 * 96, language, FALSE };
  DqChart *chart = dq_chart_lookup (charts, id);

  g_assert_nonnull (chart);

  return dq_chart_build_scene (chart, &options);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The text of the iTXt chunk @key, or NULL. */
static char *
png_itxt (GBytes     *bytes,
          const char *key)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  for (gsize at = 8; at + 12 <= size; at += 12 + read_be32 (data + at))
    {
      guint32 length = read_be32 (data + at);
      const char *chunk = (const char *) data + at + 8;
      const char *end = chunk + length;
      const char *p;

      if (memcmp (data + at + 4, "iTXt", 4) != 0 || strcmp (chunk, key) != 0)
        continue;

      /* keyword NUL, compression flag and method, language NUL,
       * translated keyword NUL, text */
      p = chunk + strlen (chunk) + 1;
      g_assert_cmpint (p[0], ==, 0);
      p += 2;
      p += strlen (p) + 1;
      p += strlen (p) + 1;
      g_assert_true (p <= end);

      return g_strndup (p, end - p);
    }

  return NULL;
}

static GBytes *
export (DqScene        *scene,
        DqChart        *chart,
        DqExportFormat  format)
{
  g_autoptr(DqProvenance) provenance = dq_provenance_new_for_chart (chart, scene);
  DqExportSettings settings = { 300, FALSE, provenance };
  g_autoptr(GError) error = NULL;
  GBytes *bytes = dq_scene_export_bytes_full (scene, format, &settings, &error);

  g_assert_no_error (error);

  return bytes;
}

/* What a chart says of itself: its title and source line as drawn, the
 * documents its figures quote and their terms, its figures' values. */
static void
test_provenance_chart (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");

  for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
    {
      g_autoptr(DqScene) scene = build ("cab-2021-attitude", l);
      g_autoptr(DqProvenance) provenance = dq_provenance_new_for_chart (chart, scene);
      GPtrArray *figures = dq_chart_get_figures (chart);

      g_assert_cmpstr (provenance->title, ==, dq_text_get (dq_chart_get_title (chart), l));
      g_assert_cmpstr (provenance->language, ==, dq_language_to_code (l));
      g_assert_nonnull (provenance->source);
      if (l == DQ_LANGUAGE_EN)
        g_assert_nonnull (strstr (provenance->source, "Central Asia Barometer"));
      g_assert_true (g_strv_contains ((const char * const *) provenance->documents, "cab-2021"));
      g_assert_nonnull (strstr (provenance->licence, "cab-2021: "));
      g_assert_true (g_str_has_prefix (provenance->software, "Dostyq "));
      /* The bundled dataset's release, as the Sources page shows it. */
      g_assert_nonnull (dq_dataset_get_release_version (dq_chart_get_dataset (chart)));
      g_assert_cmpstr (provenance->dataset_version, ==,
                       dq_dataset_get_release_version (dq_chart_get_dataset (chart)));

      /* Every figure's label is in the description. */
      for (guint i = 0; i < figures->len; i++)
        {
          g_autofree char *label = dq_chart_dup_figure_label (chart, g_ptr_array_index (figures, i),
                                                              l);

          g_assert_nonnull (strstr (provenance->description, label));
        }
    }
}

/* PNG: the iTXt chunks hold the title, source, documents, licence,
 * program and dataset version, in UTF-8. */
static void
test_provenance_png (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");
  g_autoptr(DqScene) scene = build ("cab-2021-attitude", DQ_LANGUAGE_KK);
  g_autoptr(DqProvenance) provenance = dq_provenance_new_for_chart (chart, scene);
  g_autoptr(GBytes) bytes = export (scene, chart, DQ_EXPORT_PNG);
  static const char * const keys[] = {
    "Title", "Description", "Source", "Copyright", "Software", "Creation Time",
    "Dostyq Documents", "Dostyq Dataset Version",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *text = png_itxt (bytes, keys[i]);

      g_assert_nonnull (text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }

  {
    g_autofree char *title = png_itxt (bytes, "Title");
    g_autofree char *source = png_itxt (bytes, "Source");
    g_autofree char *documents = png_itxt (bytes, "Dostyq Documents");

    g_assert_cmpstr (title, ==, dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_KK));
    g_assert_cmpstr (source, ==, provenance->source);
    g_assert_nonnull (strstr (documents, "cab-2021"));
  }
}

typedef struct
{
  GHashTable *elements;
  char       *current;
} Metadata;

static void
metadata_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  Metadata *data = user_data;

  g_free (data->current);
  data->current = g_strdup (element);
}

static void
metadata_text (GMarkupParseContext  *context,
               const char           *text,
               gsize                 length,
               gpointer              user_data,
               GError              **error)
{
  Metadata *data = user_data;

  if (data->current != NULL && g_str_has_prefix (data->current, "dc:") &&
      !g_hash_table_contains (data->elements, data->current))
    g_hash_table_insert (data->elements, g_strdup (data->current), g_strndup (text, length));
}

/* SVG: Dublin Core in RDF, well-formed, with the title, source, date,
 * licence and language. */
static void
test_provenance_svg (void)
{
  static const GMarkupParser parser = { metadata_start, NULL, metadata_text, NULL, NULL };
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");
  g_autoptr(DqScene) scene = build ("cab-2021-attitude", DQ_LANGUAGE_RU);
  g_autoptr(GBytes) bytes = export (scene, chart, DQ_EXPORT_SVG);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Metadata data = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), NULL };

  context = g_markup_parse_context_new (&parser, 0, &data, NULL);
  g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (g_hash_table_lookup (data.elements, "dc:title"), ==,
                   dq_text_get (dq_chart_get_title (chart), DQ_LANGUAGE_RU));
  g_assert_cmpstr (g_hash_table_lookup (data.elements, "dc:language"), ==, "ru");
  g_assert_cmpstr (g_hash_table_lookup (data.elements, "dc:relation"), ==, "cab-2021");
  g_assert_nonnull (g_hash_table_lookup (data.elements, "dc:source"));
  g_assert_nonnull (g_hash_table_lookup (data.elements, "dc:rights"));
  g_assert_nonnull (g_hash_table_lookup (data.elements, "dc:date"));

  g_hash_table_unref (data.elements);
  g_free (data.current);
}

static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* PDF: the document information: title, subject (the source line),
 * keywords, creator and the date of SOURCE_DATE_EPOCH. */
static void
test_provenance_pdf (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");
  g_autoptr(DqScene) scene = build ("cab-2021-attitude", DQ_LANGUAGE_EN);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  bytes = export (scene, chart, DQ_EXPORT_PDF);
  g_unsetenv ("SOURCE_DATE_EPOCH");

  title = g_strdup_printf ("/Title (%s)", dq_text_get (dq_chart_get_title (chart),
                                                       DQ_LANGUAGE_EN));
  g_assert_true (contains (bytes, title));
  /* A source line with a narrow no-break space is written in UTF-16. */
  g_assert_true (contains (bytes, "/Subject (Source") ||
                 contains (bytes, "/Subject <FEFF0053006F0075007200630065"));
  g_assert_true (contains (bytes, "/Keywords (Dostyq, cab-2021-attitude"));
  g_assert_true (contains (bytes, "/Creator (Dostyq "));
  /* 1,700,000,000 seconds is 14 November 2023, 22:13:20 UTC. */
  g_assert_true (contains (bytes, "/CreationDate (D:20231114221320") ||
                 /* cairo 1.16 leaves out the "D:" */
                 contains (bytes, "/CreationDate (20231114221320"));
}

/* Under SOURCE_DATE_EPOCH, two runs (two scenes, laid out afresh) give the
 * same bytes in every format and language; another epoch changes them. */
static void
test_provenance_reproducible (void)
{
  DqChart *chart = dq_chart_lookup (charts, "cab-2021-attitude");

  for (DqExportFormat f = DQ_EXPORT_PNG; f <= DQ_EXPORT_PDF; f++)
    for (DqLanguage l = 0; l < DQ_N_LANGUAGES; l++)
      {
        g_autoptr(DqScene) first_scene = build ("cab-2021-attitude", l);
        g_autoptr(DqScene) second_scene = build ("cab-2021-attitude", l);
        g_autoptr(GBytes) first = NULL;
        g_autoptr(GBytes) second = NULL;
        g_autoptr(GBytes) later = NULL;

        g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
        first = export (first_scene, chart, f);
        second = export (second_scene, chart, f);
        g_setenv ("SOURCE_DATE_EPOCH", "1800000000", TRUE);
        later = export (second_scene, chart, f);
        g_unsetenv ("SOURCE_DATE_EPOCH");

        g_assert_true (g_bytes_equal (first, second));
        g_assert_false (g_bytes_equal (first, later));
      }
}

/* An epoch that is not a number is said, and the time of the run used. */
static void
test_provenance_bad_epoch (void)
{
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 now;

  g_setenv ("SOURCE_DATE_EPOCH", "yesterday", TRUE);
  g_test_expect_message ("dostyq-render", G_LOG_LEVEL_WARNING, "*SOURCE_DATE_EPOCH=yesterday*");
  now = dq_provenance_get_now ();
  g_test_assert_expected_messages ();
  g_unsetenv ("SOURCE_DATE_EPOCH");

  g_assert_cmpint (now, >=, before);
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);
  g_assert_cmpint (dq_provenance_get_now (), ==, 0);
  g_unsetenv ("SOURCE_DATE_EPOCH");
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

  g_test_add_func ("/Dostyq/Provenance/Chart/fields", test_provenance_chart);
  g_test_add_func ("/Dostyq/Provenance/Export/png", test_provenance_png);
  g_test_add_func ("/Dostyq/Provenance/Export/svg", test_provenance_svg);
  g_test_add_func ("/Dostyq/Provenance/Export/pdf", test_provenance_pdf);
  g_test_add_func ("/Dostyq/Provenance/Export/reproducible", test_provenance_reproducible);
  g_test_add_func ("/Dostyq/Provenance/Epoch/bad", test_provenance_bad_epoch);

  status = g_test_run ();

  g_clear_object (&charts);
  g_clear_object (&dataset);

  return status;
}
