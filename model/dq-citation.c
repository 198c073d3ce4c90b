/* dq-citation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <string.h>

#include "dq-citation.h"

/* The dataset's authors and title, as its CITATION.cff gives them. */
#define DATASET_AUTHOR "The Dostyq developers"
#define DATASET_TITLE "Dostyq dataset: diasporas, ethno-cultural centres and public opinion " \
                      "in Kazakhstan and Uzbekistan"

/* Appends @text with BibTeX's special characters escaped, so that a title
 * with "&" or "%" does not break the entry. */
static void
append_bibtex_escaped (GString    *out,
                       const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("&%$#_{}", *p) != NULL)
        g_string_append_printf (out, "\\%c", *p);
      else if (*p == '\\')
        g_string_append (out, "\\textbackslash{}");
      else if (*p == '~')
        g_string_append (out, "\\textasciitilde{}");
      else if (*p == '^')
        g_string_append (out, "\\textasciicircum{}");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_bibtex_field (GString    *out,
                     const char *name,
                     const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, ",\n  %s = {", name);
  /* Braced twice, so that BibTeX keeps the title's capitals. */
  if (g_str_equal (name, "title"))
    g_string_append_c (out, '{');
  append_bibtex_escaped (out, value);
  if (g_str_equal (name, "title"))
    g_string_append_c (out, '}');
  g_string_append_c (out, '}');
}

/* A citation key of letters, digits, hyphens and dots only. */
static char *
bibtex_key (const char *id)
{
  GString *key = g_string_new (NULL);

  for (const char *p = id; *p != '\0'; p++)
    g_string_append_c (key, g_ascii_isalnum (*p) || *p == '-' || *p == '.' ? *p : '-');

  return g_string_free (key, FALSE);
}

/**
 * dq_citation_document_text:
 * @document: a source document
 *
 * Returns: (transfer full): "Authors (Year). Title. Publisher. URL", with
 *   what the dataset does not say about the document left out
 */
char *
dq_citation_document_text (DqDocument *document)
{
  GString *out = g_string_new (NULL);
  const char * const *authors;

  g_return_val_if_fail (DQ_IS_DOCUMENT (document), NULL);

  authors = dq_document_get_authors (document);
  if (authors[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (GStrv) authors);

      g_string_append (out, joined);
    }
  else if (dq_document_get_publisher (document) != NULL)
    g_string_append (out, dq_document_get_publisher (document));

  if (dq_document_get_year (document) != 0)
    g_string_append_printf (out, "%s(%d)", out->len > 0 ? " " : "", dq_document_get_year (document));
  if (out->len > 0)
    g_string_append (out, ". ");

  g_string_append (out, dq_document_get_title (document));
  if (!g_str_has_suffix (out->str, ".") && !g_str_has_suffix (out->str, "?"))
    g_string_append_c (out, '.');

  if (authors[0] != NULL && dq_document_get_publisher (document) != NULL)
    g_string_append_printf (out, " %s.", dq_document_get_publisher (document));

  if (dq_document_get_url (document) != NULL)
    g_string_append_printf (out, " %s", dq_document_get_url (document));

  return g_string_free (out, FALSE);
}

/**
 * dq_citation_document_bibtex:
 * @document: a source document
 *
 * Returns: (transfer full): a BibTeX `@misc` entry keyed by the document's
 *   id
 */
char *
dq_citation_document_bibtex (DqDocument *document)
{
  GString *out = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *authors = NULL;
  g_autofree char *year = NULL;

  g_return_val_if_fail (DQ_IS_DOCUMENT (document), NULL);

  key = bibtex_key (dq_document_get_id (document));
  authors = g_strjoinv (" and ", (GStrv) dq_document_get_authors (document));
  if (dq_document_get_year (document) != 0)
    year = g_strdup_printf ("%d", dq_document_get_year (document));

  g_string_append_printf (out, "@misc{%s", key);
  append_bibtex_field (out, "author", authors);
  append_bibtex_field (out, "title", dq_document_get_title (document));
  append_bibtex_field (out, "publisher", dq_document_get_publisher (document));
  append_bibtex_field (out, "year", year);
  append_bibtex_field (out, "url", dq_document_get_url (document));
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}

/**
 * dq_citation_dataset_text:
 * @dataset: a dataset
 *
 * Returns: (transfer full): the dataset's citation, naming its release
 *   when its files give one
 */
char *
dq_citation_dataset_text (DqDataset *dataset)
{
  GString *out = g_string_new (DATASET_AUTHOR);
  GDateTime *date;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);

  date = dq_dataset_get_release_date (dataset);
  if (date != NULL)
    g_string_append_printf (out, " (%d)", g_date_time_get_year (date));
  g_string_append (out, ". " DATASET_TITLE);

  if (dq_dataset_get_release_version (dataset) != NULL)
    g_string_append_printf (out, " (version %s)", dq_dataset_get_release_version (dataset));
  g_string_append (out, ". " DQ_DATASET_URL);

  return g_string_free (out, FALSE);
}

/**
 * dq_citation_dataset_bibtex:
 * @dataset: a dataset
 *
 * Returns: (transfer full): a BibTeX `@misc` entry for the dataset
 */
char *
dq_citation_dataset_bibtex (DqDataset *dataset)
{
  GString *out = g_string_new ("@misc{dostyq-dataset");
  GDateTime *date;
  g_autofree char *year = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);

  date = dq_dataset_get_release_date (dataset);
  if (date != NULL)
    {
      year = g_strdup_printf ("%d", g_date_time_get_year (date));
      day = g_date_time_format (date, "%Y-%m-%d");
    }

  /* Braced whole, so that BibTeX reads a body, not a person's name. */
  g_string_append (out, ",\n  author = {{" DATASET_AUTHOR "}}");
  append_bibtex_field (out, "title", DATASET_TITLE);
  append_bibtex_field (out, "version", dq_dataset_get_release_version (dataset));
  append_bibtex_field (out, "year", year);
  append_bibtex_field (out, "date", day);
  append_bibtex_field (out, "url", DQ_DATASET_URL);
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}
