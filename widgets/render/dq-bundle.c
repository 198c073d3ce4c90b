/* dq-bundle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-atomic-file.h"
#include "dq-bundle.h"
#include "dq-dataset.h"
#include "dq-document.h"

/* The documents of @provenance that the dataset of @chart knows. */
static GPtrArray *
collect_documents (DqChart            *chart,
                   const DqProvenance *provenance)
{
  DqDataset *dataset = chart != NULL ? dq_chart_get_dataset (chart) : NULL;
  GPtrArray *documents = g_ptr_array_new ();

  for (guint i = 0; dataset != NULL && provenance->documents != NULL &&
                    provenance->documents[i] != NULL; i++)
    {
      DqDocument *document = dq_dataset_lookup_document (dataset, provenance->documents[i]);

      if (document != NULL)
        g_ptr_array_add (documents, document);
    }

  return documents;
}

/* "Timur Alexandrov and Jane Doe", as BibTeX and the plain text both
 * take authors. */
static char *
join_authors (DqDocument *document)
{
  const char * const *authors = dq_document_get_authors (document);

  if (authors == NULL || authors[0] == NULL)
    return NULL;

  return g_strjoinv (" and ", (char **) authors);
}

/**
 * dq_bundle_citation_text:
 * @chart: (nullable): the chart, or %NULL for the map
 * @provenance: the figure's provenance
 *
 * The citation of a figure, for a reference list: each document its
 * figures quote (authors, year, title, publisher, address), then the
 * figure itself, the program and dataset that drew it.
 *
 * Returns: (transfer full): the text, one reference a paragraph
 */
char *
dq_bundle_citation_text (DqChart            *chart,
                         const DqProvenance *provenance)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *date = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (provenance != NULL, NULL);

  documents = collect_documents (chart, provenance);
  for (guint i = 0; i < documents->len; i++)
    {
      DqDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *authors = join_authors (document);

      if (authors != NULL)
        g_string_append_printf (text, "%s. ", authors);
      if (dq_document_get_year (document) > 0)
        g_string_append_printf (text, "(%d). ", dq_document_get_year (document));
      g_string_append_printf (text, "%s.", dq_document_get_title (document));
      if (dq_document_get_publisher (document) != NULL)
        g_string_append_printf (text, " %s.", dq_document_get_publisher (document));
      if (dq_document_get_url (document) != NULL)
        g_string_append_printf (text, " %s", dq_document_get_url (document));
      g_string_append_printf (text, " [%s]\n\n", dq_document_get_id (document));
    }

  /* Data of one's own, or the map, are cited by their source line. */
  if (documents->len == 0 && provenance->source != NULL)
    g_string_append_printf (text, "%s\n\n", provenance->source);

  date = dq_provenance_dup_date (provenance);
  date[10] = '\0';
  g_string_append_printf (text, "“%s”. Figure drawn with %s, dataset version %s, %s.\n",
                          provenance->title != NULL ? provenance->title : "",
                          provenance->software, provenance->dataset_version, date);

  return g_string_free (text, FALSE);
}

/* Escapes the characters that mean something to TeX. */
static void
append_bibtex_value (GString    *out,
                     const char *field,
                     const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (out, "  %s = {", field);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (strchr ("&%$#_{}", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\\')
        g_string_append (out, "\\textbackslash{}");
      else if (*p == '~' || *p == '^')
        g_string_append_printf (out, "\\%c{}", *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, "},\n");
}

/**
 * dq_bundle_citation_bibtex:
 * @chart: (nullable): the chart, or %NULL for the map
 * @provenance: the figure's provenance
 *
 * The citation as BibTeX: an entry for each document the figure's figures
 * quote, keyed by its id, and one for the figure.
 *
 * Returns: (transfer full): the BibTeX entries
 */
char *
dq_bundle_citation_bibtex (DqChart            *chart,
                           const DqProvenance *provenance)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *year = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (provenance != NULL, NULL);

  documents = collect_documents (chart, provenance);
  for (guint i = 0; i < documents->len; i++)
    {
      DqDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *authors = join_authors (document);
      g_autofree char *doc_year = NULL;

      if (dq_document_get_year (document) > 0)
        doc_year = g_strdup_printf ("%d", dq_document_get_year (document));
      g_string_append_printf (out, "@misc{%s,\n", dq_document_get_id (document));
      append_bibtex_value (out, "author", authors);
      append_bibtex_value (out, "title", dq_document_get_title (document));
      append_bibtex_value (out, "howpublished", dq_document_get_publisher (document));
      append_bibtex_value (out, "year", doc_year);
      append_bibtex_value (out, "url", dq_document_get_url (document));
      g_string_append (out, "}\n\n");
    }

  year = dq_provenance_dup_date (provenance);
  year[4] = '\0';
  g_string_append_printf (out, "@misc{%s,\n",
                          chart != NULL ? dq_chart_get_id (chart) : "dostyq-map");
  append_bibtex_value (out, "title", provenance->title);
  append_bibtex_value (out, "note", provenance->source);
  append_bibtex_value (out, "howpublished", provenance->software);
  append_bibtex_value (out, "version", provenance->dataset_version);
  append_bibtex_value (out, "year", year);
  append_bibtex_value (out, "language", provenance->language);
  g_string_append (out, "}\n");

  return g_string_free (out, FALSE);
}

/**
 * dq_bundle_sibling:
 * @image: the image of a bundle, "attitude.kk.png"
 * @suffix: what the sibling ends in, ".csv"
 *
 * Returns: (transfer full): the file beside @image with its extension
 *   replaced by @suffix: "attitude.kk.csv"
 */
GFile *
dq_bundle_sibling (GFile      *image,
                   const char *suffix)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (image), NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  parent = g_file_get_parent (image);
  base = g_file_get_basename (image);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_strconcat (base, suffix, NULL);

  return parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

static gboolean
write_text (GFile       *file,
            const char  *text,
            GPtrArray   *written,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!dq_atomic_file_replace_contents (file, text, strlen (text), DQ_ATOMIC_FILE_NONE, NULL,
                                        &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, DQ_EXPORT_ERROR, DQ_EXPORT_ERROR_WRITE,
                   _("%s: cannot write the file: %s"), name, local_error->message);
      return FALSE;
    }

  if (written != NULL)
    g_ptr_array_add (written, g_file_get_parse_name (file));

  return TRUE;
}

/**
 * dq_bundle_write:
 * @chart: (nullable): the chart, or %NULL for the map
 * @scene: its scene, laid out as it is exported
 * @format: the image's format
 * @settings: the image's settings; a %NULL provenance is made from @chart
 *   and @scene
 * @image: where the image goes; the other files go beside it
 * @written: (nullable) (element-type utf8): where to add the names of the
 *   files written
 * @error: the place for an error naming the file
 *
 * Writes the figure bundle: @image, NAME.csv (the chart's data, with the
 * documents and quotes of its figures; not for the map), NAME.alt.txt (what
 * a screen reader is told), NAME.citation.txt and NAME.bib. Each file is
 * written whole or not at all; the image is written last.
 *
 * Returns: whether every file was written
 */
gboolean
dq_bundle_write (DqChart                 *chart,
                 DqScene                 *scene,
                 DqExportFormat           format,
                 const DqExportSettings  *settings,
                 GFile                   *image,
                 GPtrArray               *written,
                 GError                 **error)
{
  g_autoptr(DqProvenance) own = NULL;
  const DqProvenance *provenance = settings->provenance;
  DqExportSettings resolved = *settings;
  g_autofree char *citation = NULL;
  g_autofree char *bibtex = NULL;
  g_autofree char *alt = NULL;

  g_return_val_if_fail (chart == NULL || DQ_IS_CHART (chart), FALSE);
  g_return_val_if_fail (DQ_IS_SCENE (scene), FALSE);
  g_return_val_if_fail (G_IS_FILE (image), FALSE);

  if (provenance == NULL)
    provenance = own = chart != NULL ? dq_provenance_new_for_chart (chart, scene)
                                     : dq_provenance_new_for_scene (scene);
  resolved.provenance = provenance;

  if (chart != NULL)
    {
      g_autoptr(GFile) csv = dq_bundle_sibling (image, ".csv");
      g_autofree char *data = dq_chart_to_csv (chart, dq_scene_get_language (scene));

      if (!write_text (csv, data, written, error))
        return FALSE;
    }

  {
    g_autoptr(GFile) alt_file = dq_bundle_sibling (image, ".alt.txt");
    g_autoptr(GFile) text_file = dq_bundle_sibling (image, ".citation.txt");
    g_autoptr(GFile) bib_file = dq_bundle_sibling (image, ".bib");

    alt = g_strconcat (provenance->description != NULL ? provenance->description : "", "\n",
                       NULL);
    citation = dq_bundle_citation_text (chart, provenance);
    bibtex = dq_bundle_citation_bibtex (chart, provenance);
    if (!write_text (alt_file, alt, written, error) ||
        !write_text (text_file, citation, written, error) ||
        !write_text (bib_file, bibtex, written, error))
      return FALSE;
  }

  if (!dq_scene_export_file_full (scene, format, &resolved, image, error))
    return FALSE;
  if (written != NULL)
    g_ptr_array_add (written, g_file_get_parse_name (image));

  return TRUE;
}
