/* test-coverage.c
 *
 * How much of what the five documents state the bundled dataset holds. The
 * review of the dataset beside the project (../shared/reviews/
 * data-coverage.md) lists every fact, document by document, with its scope
 * (C core, X peripheral) and whether the dataset held it when the review
 * was written; tests/coverage-map.tsv names the records that now hold the
 * facts it found missing or partial. Every record named must exist, every
 * fact left out must be named in SOURCES.md with its reason, and at least
 * 95 % of the core facts must be held. A clone without the review skips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-dataset.h"
#include "dq-test-util.h"

typedef struct
{
  char *section;
  char *scope;
  char *status;
  char *fact;
  char *held_by;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->section);
  g_free (row->scope);
  g_free (row->status);
  g_free (row->fact);
  g_free (row->held_by);
  g_free (row);
}

/* The text with every run of white space made one space, so that a fact
 * matches across the line breaks of a wrapped paragraph. */
static char *
collapse_whitespace (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The rows of the review's tables: "| C | M | fact | quote | id |", each
 * under its document's heading ("## 000 Alexandrov 2018"). */
static GPtrArray *
parse_review (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *section = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) cells = NULL;
      Row *row;

      if (g_str_has_prefix (line, "## "))
        {
          g_free (section);
          section = g_strndup (line + 3, 3);
          continue;
        }
      if (!g_str_has_prefix (line, "| C |") && !g_str_has_prefix (line, "| X |"))
        continue;

      /* "", scope, status, fact, quote, id, "" */
      cells = g_strsplit (line, "|", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 7);
      g_assert_nonnull (section);

      row = g_new0 (Row, 1);
      row->section = g_strdup (section);
      row->scope = g_strstrip (g_strdup (cells[1]));
      row->status = g_strstrip (g_strdup (cells[2]));
      row->fact = g_strstrip (g_strdup (cells[3]));
      row->held_by = g_strstrip (g_strdup (cells[5]));
      g_ptr_array_add (rows, row);
    }

  return rows;
}

/* section + "\t" + fact → the ids that hold it, or "-" */
static GHashTable *
parse_map (const char *text)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 3);
      g_hash_table_insert (map, g_strdup_printf ("%s\t%s", cells[0], cells[1]),
                           g_strdup (cells[2]));
    }

  return map;
}

/* Whether @id names a record of @dataset: a figure, event, centre, group or
 * place, or "owner#statement-N", the Nth statement of an event or centre. */
static gboolean
dataset_holds (DqDataset  *dataset,
               const char *id)
{
  const char *hash = strchr (id, '#');

  if (hash != NULL)
    {
      g_autofree char *owner = g_strndup (id, hash - id);
      DqEvent *event = dq_dataset_lookup_event (dataset, owner);
      DqCentre *centre = dq_dataset_lookup_centre (dataset, owner);
      guint64 n = 0;

      if (!g_str_has_prefix (hash, "#statement-") ||
          !g_ascii_string_to_unsigned (hash + strlen ("#statement-"), 10, 1, G_MAXUINT, &n, NULL))
        return FALSE;

      return (event != NULL && n <= dq_event_get_n_statements (event)) ||
             (centre != NULL && n <= dq_centre_get_n_statements (centre));
    }

  return dq_dataset_lookup_figure (dataset, id) != NULL ||
         dq_dataset_lookup_event (dataset, id) != NULL ||
         dq_dataset_lookup_centre (dataset, id) != NULL ||
         dq_dataset_lookup_group (dataset, id) != NULL ||
         dq_dataset_lookup_place (dataset, id) != NULL;
}

/* The review's id column names a single record for most held facts
 * ("fact-registered-centres", "cab-2021-common-uz-dont-know (gap)"); where
 * it does, that record must still be there. Descriptions such as
 * "2 figures" are not ids. */
static void
check_held (DqDataset  *dataset,
            const Row  *row)
{
  g_autofree char *id = g_strdup (row->held_by);
  char *space = strchr (id, ' ');

  if (space != NULL && g_str_equal (space, " (gap)"))
    *space = '\0';
  if (!g_regex_match_simple ("^[a-z][a-z0-9.-]*-[a-z0-9.-]+$", id, 0, 0))
    return;

  if (!dataset_holds (dataset, id))
    g_error ("%s “%s”: the review found it held by %s, which is gone", row->section, row->fact,
             id);
}

static void
test_coverage_review (void)
{
  g_autofree char *seeds = dq_test_seeds_dir ();
  g_autofree char *shared = NULL;
  g_autofree char *review_path = NULL;
  g_autofree char *review = NULL;
  g_autofree char *map_path = NULL;
  g_autofree char *map_text = NULL;
  g_autofree char *sources_path = NULL;
  g_autofree char *sources = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) map = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  guint n[2] = { 0, 0 }, held[2] = { 0, 0 }, added = 0;

  if (seeds != NULL)
    {
      shared = g_path_get_dirname (seeds);
      review_path = g_build_filename (shared, "reviews", "data-coverage.md", NULL);
    }
  if (review_path == NULL || !g_file_test (review_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the review of the dataset (../shared/reviews/data-coverage.md beside the "
                   "project) is not here; coverage cannot be measured in this clone");
      return;
    }

  review = dq_test_read_file (review_path);
  map_path = g_build_filename (dq_test_srcdir (), "tests", "coverage-map.tsv", NULL);
  map_text = dq_test_read_file (map_path);
  sources_path = g_build_filename (dq_test_srcdir (), "resources", "dataset", "SOURCES.md", NULL);
  {
    g_autofree char *raw = dq_test_read_file (sources_path);

    sources = collapse_whitespace (raw);
  }
  rows = parse_review (review);
  map = parse_map (map_text);
  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = g_ptr_array_index (rows, i);
      guint scope = g_str_equal (row->scope, "C") ? 0 : 1;
      g_autofree char *key = g_strdup_printf ("%s\t%s", row->section, row->fact);
      const char *ids;

      n[scope]++;
      if (g_str_equal (row->status, "H") || g_str_equal (row->status, "W"))
        {
          check_held (dataset, row);
          held[scope]++;
          continue;
        }

      g_assert_true (g_str_equal (row->status, "M") || g_str_equal (row->status, "P"));
      ids = g_hash_table_lookup (map, key);
      if (ids == NULL)
        g_error ("%s “%s” is %s in the review but not in coverage-map.tsv", row->section,
                 row->fact, row->status);
      g_hash_table_add (used, g_steal_pointer (&key));

      if (g_str_equal (ids, "-"))
        {
          /* Left out: SOURCES.md says which and why. */
          if (strstr (sources, row->fact) == NULL)
            g_error ("%s “%s” is left out of the dataset but SOURCES.md does not name it",
                     row->section, row->fact);
          continue;
        }

      {
        g_auto(GStrv) list = g_strsplit (ids, " ", -1);

        for (guint j = 0; list[j] != NULL; j++)
          {
            if (!dataset_holds (dataset, list[j]))
              g_error ("%s “%s”: coverage-map.tsv names %s, which the dataset lacks",
                       row->section, row->fact, list[j]);
          }
      }
      held[scope]++;
      added++;
    }

  /* No entry of the map is stale. */
  g_assert_cmpuint (g_hash_table_size (used), ==, g_hash_table_size (map));

  g_test_message ("core facts: %u of %u held (%.1f %%); peripheral facts: %u of %u held; "
                  "%u of them added since the review",
                  held[0], n[0], 100.0 * held[0] / n[0], held[1], n[1], added);

  g_assert_cmpuint (n[0], >, 0);
  g_assert_cmpuint (100 * held[0], >=, 95 * n[0]);
}

static void
test_coverage_parse (void)
{
  g_autoptr(GPtrArray) rows = parse_review ("## 001 A brief\n"
                                            "| scope | status | fact | quote | id |\n"
                                            "|---|---|---|---|---|\n"
                                            "| C | M | Nine states | the nine |  |\n"
                                            "| X | H | A year | in 1999 | fact-year |\n"
                                            "## 002 Another\n"
                                            "| C | P | Part | of it | note on x |\n");
  g_autoptr(GHashTable) map = parse_map ("# comment\n001\tNine states\ta b\n\n002\tPart\t-\n");
  const Row *row;

  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->section, ==, "001");
  g_assert_cmpstr (row->scope, ==, "C");
  g_assert_cmpstr (row->status, ==, "M");
  g_assert_cmpstr (row->fact, ==, "Nine states");
  g_assert_cmpstr (row->held_by, ==, "");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row->held_by, ==, "fact-year");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row->section, ==, "002");

  g_assert_cmpuint (g_hash_table_size (map), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (map, "001\tNine states"), ==, "a b");
  g_assert_cmpstr (g_hash_table_lookup (map, "002\tPart"), ==, "-");
}

static void
test_coverage_holds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_true (dataset_holds (dataset, "fact-registered-centres"));
  g_assert_true (dataset_holds (dataset, "interview-dederer-2014"));
  g_assert_true (dataset_holds (dataset, "kalmyk-centre-almaty"));
  g_assert_true (dataset_holds (dataset, "interview-dederer-2014#statement-1"));
  g_assert_true (dataset_holds (dataset, "kalmyk-centre-almaty#statement-1"));
  g_assert_false (dataset_holds (dataset, "interview-dederer-2014#statement-99"));
  g_assert_false (dataset_holds (dataset, "interview-dederer-2014#quote-1"));
  g_assert_false (dataset_holds (dataset, "no-such-record"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Coverage/parse", test_coverage_parse);
  g_test_add_func ("/Dostyq/Model/Coverage/holds", test_coverage_holds);
  g_test_add_func ("/Dostyq/Model/Coverage/review", test_coverage_review);

  return g_test_run ();
}
