/* test-citation.c
 *
 * "Copy Citation": a document's and the dataset's citation as text and as
 * BibTeX, with what the dataset says about them and BibTeX's special
 * characters escaped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-citation.h"
#include "dq-dataset.h"

/* A document with two authors and the characters BibTeX treats as
 * commands, and one with neither authors nor year. */
static const char dataset_json[] =
  "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
  "  \"release\": { \"version\": \"2026.12\", \"date\": \"2026-12-06\" },"
  "  \"documents\": ["
  "    { \"id\": \"trust.2020\", \"title\": \"Trust & distrust: 50% of {all}\","
  "      \"authors\": [ \"A. Author\", \"B. Writer\" ], \"publisher\": \"Journal #1\","
  "      \"year\": 2020, \"url\": \"https://example.org/a_b\", \"kind\": \"text\", \"file\": \"a.txt\","
  "      \"short\": { \"en\": \"Author, 2020\", \"ru\": \"Author, 2020\", \"kk\": \"Author, 2020\" } },"
  "    { \"id\": \"brief\", \"title\": \"A policy brief\", \"kind\": \"text\", \"file\": \"a.txt\","
  "      \"short\": { \"en\": \"Brief\", \"ru\": \"Brief\", \"kk\": \"Brief\" } }"
  "  ] }";

static DqDataset *
load_dataset (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_from_data (dataset_json, -1, "citation.json", &error);

  g_assert_no_error (error);

  return dataset;
}

static gboolean
braces_balance (const char *text)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth < 0)
        return FALSE;
    }

  return depth == 0;
}

static void
test_citation_document (void)
{
  g_autoptr(DqDataset) dataset = load_dataset ();
  GListModel *documents = dq_dataset_get_documents (dataset);
  g_autoptr(DqDocument) full = g_list_model_get_item (documents, 0);
  g_autoptr(DqDocument) bare = g_list_model_get_item (documents, 1);
  g_autofree char *text = dq_citation_document_text (full);
  g_autofree char *bare_text = dq_citation_document_text (bare);
  g_autofree char *bibtex = dq_citation_document_bibtex (full);
  g_autofree char *bare_bibtex = dq_citation_document_bibtex (bare);

  g_test_message ("%s\n%s\n%s\n%s", text, bare_text, bibtex, bare_bibtex);

  g_assert_true (g_str_has_prefix (text, "A. Author, B. Writer (2020). "));
  g_assert_nonnull (strstr (text, dq_document_get_title (full)));
  g_assert_nonnull (strstr (text, "Journal #1."));
  g_assert_true (g_str_has_suffix (text, " https://example.org/a_b"));
  g_assert_cmpstr (bare_text, ==, "A policy brief.");

  g_assert_true (g_str_has_prefix (bibtex, "@misc{trust.2020,\n"));
  g_assert_nonnull (strstr (bibtex, "author = {A. Author and B. Writer}"));
  g_assert_nonnull (strstr (bibtex, "title = {{Trust \\& distrust: 50\\% of \\{all\\}}}"));
  g_assert_nonnull (strstr (bibtex, "publisher = {Journal \\#1}"));
  g_assert_nonnull (strstr (bibtex, "year = {2020}"));
  g_assert_nonnull (strstr (bibtex, "url = {https://example.org/a\\_b}"));
  g_assert_true (braces_balance (bibtex));

  /* What the dataset does not say is left out, not left empty. */
  g_assert_null (strstr (bare_bibtex, "author"));
  g_assert_null (strstr (bare_bibtex, "year"));
  g_assert_true (braces_balance (bare_bibtex));
}

static void
test_citation_dataset (void)
{
  g_autoptr(DqDataset) dataset = load_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) plain = NULL;
  g_autofree char *text = dq_citation_dataset_text (dataset);
  g_autofree char *bibtex = dq_citation_dataset_bibtex (dataset);
  g_autofree char *plain_text = NULL;
  g_autofree char *plain_bibtex = NULL;

  g_test_message ("%s\n%s", text, bibtex);
  g_assert_nonnull (strstr (text, "(2026)"));
  g_assert_nonnull (strstr (text, "(version 2026.12)"));
  g_assert_true (g_str_has_suffix (text, DQ_DATASET_URL));
  g_assert_nonnull (strstr (bibtex, "version = {2026.12}"));
  g_assert_nonnull (strstr (bibtex, "date = {2026-12-06}"));
  g_assert_nonnull (strstr (bibtex, "year = {2026}"));
  g_assert_true (braces_balance (bibtex));

  /* A dataset that names no release is cited without one. */
  plain = dq_dataset_new_from_data ("{ \"format\": \"dostyq-dataset\", \"version\": 1 }", -1,
                                    "plain.json", &error);
  g_assert_no_error (error);
  plain_text = dq_citation_dataset_text (plain);
  plain_bibtex = dq_citation_dataset_bibtex (plain);
  g_assert_null (strstr (plain_text, "version"));
  g_assert_null (strstr (plain_bibtex, "version"));
  g_assert_null (strstr (plain_bibtex, "year"));
  g_assert_true (braces_balance (plain_bibtex));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Citation/document", test_citation_document);
  g_test_add_func ("/Dostyq/Model/Citation/dataset", test_citation_dataset);

  return g_test_run ();
}
