/* test-region-shares.c
 *
 * The table of groups' shares by region: read as the shared table has it
 * (the copy in resources/map is that table, byte for byte), each figure's
 * kind taken from its basis, the figure a map shows chosen by year and
 * kind, the choropleth's classes, and errors that name the line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "dq-region-shares.h"
#include "dq-test-util.h"

static DqRegionShares *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return dq_region_shares_new_from_bytes (bytes, "test.csv", error);
}

static DqRegionShares *
read_copy (void)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "resources", "map",
                                            "kz-regions-ethnic-2021.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);

  return dq_region_shares_new_from_bytes (bytes, "kz-regions-ethnic-2021.csv", &error);
}

/* The copy the programs carry is the shared table, unchanged. */
static void
test_copy_is_shared_table (void)
{
  g_autofree char *copy = g_build_filename (dq_test_srcdir (), "resources", "map",
                                            "kz-regions-ethnic-2021.csv", NULL);
  g_autofree char *shared = g_build_filename (dq_test_srcdir (), "..", "shared", "data",
                                              "kz-regions-ethnic-2021.csv", NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;

  if (!g_file_test (shared, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/data/kz-regions-ethnic-2021.csv is not beside this clone");
      return;
    }

  g_assert_true (g_file_get_contents (copy, &a, &la, NULL));
  g_assert_true (g_file_get_contents (shared, &b, &lb, NULL));
  g_assert_cmpmem (a, la, b, lb);
}

static void
test_read (void)
{
  g_autoptr(DqRegionShares) shares = read_copy ();
  const DqRegionShare *share;
  guint n_unstated = 0, n_census = 0, n_estimate = 0;

  g_assert_nonnull (shares);
  /* Only printed shares: rows of counts and totals have none. */
  for (guint i = 0; i < dq_region_shares_get_n_shares (shares); i++)
    {
      share = dq_region_shares_get_share (shares, i);
      g_assert_cmpfloat (share->share, >, 0);
      g_assert_cmpfloat (share->share, <=, 100);
      g_assert_true (g_str_has_prefix (share->region, "KZ-"));
      g_assert_cmpstr (share->source, !=, "");
      n_unstated += share->kind == DQ_SHARE_UNSTATED;
      n_census += share->kind == DQ_SHARE_CENSUS;
      n_estimate += share->kind == DQ_SHARE_ESTIMATE;
    }
  /* The infoboxes of 2021 do not say; Pavlodar's 2009 figures are a
   * census's; Kostanay's of 2018 an estimate. */
  g_assert_cmpuint (n_unstated, >, 0);
  g_assert_cmpuint (n_census, >, 0);
  g_assert_cmpuint (n_estimate, >, 0);

  /* Pavlodar has 2009 census and 2021 figures: the map shows 2021's. */
  share = dq_region_shares_lookup (shares, "germans", "KZ-55");
  g_assert_nonnull (share);
  g_assert_cmpint (share->year, ==, 2021);
  g_assert_cmpfloat_with_epsilon (share->share, 3.21, 1e-9);
  g_assert_cmpint (share->kind, ==, DQ_SHARE_UNSTATED);

  share = dq_region_shares_lookup (shares, "germans", "KZ-39");
  g_assert_nonnull (share);
  g_assert_cmpint (share->year, ==, 2018);
  g_assert_cmpint (share->kind, ==, DQ_SHARE_ESTIMATE);

  /* No figure, no share: Abai region has none; Uyghurs have counts only,
   * and a share is never made from a count. */
  g_assert_null (dq_region_shares_lookup (shares, "germans", "KZ-10"));
  g_assert_null (dq_region_shares_lookup (shares, "germans", "UZ-TK"));
  g_assert_false (dq_region_shares_has_group (shares, "uyghurs"));
  g_assert_true (dq_region_shares_has_group (shares, "germans"));
  g_assert_null (dq_region_shares_lookup (shares, NULL, "KZ-55"));
}

static void
test_latest_and_kind (void)
{
  const char *text =
    "iso_3166_2,year,basis,group_en,share_pct,source\n"
    "KZ-55,2009,2009 census,Germans,2.8,a\n"
    "KZ-55,2021,\"2021, infobox (does not say whether census or estimate)\",Germans,3.2,b\n"
    "KZ-55,2021,2021 census (BNS),Germans,3.1,c\n"
    "KZ-11,2023,\"BNS estimate, 2023 (not census)\",Germans,4,d\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DqRegionShares) shares = read_text (text, &error);
  const DqRegionShare *share;

  g_assert_no_error (error);
  g_assert_cmpuint (dq_region_shares_get_n_shares (shares), ==, 4);

  /* The latest year; of two in one year, the census's. */
  share = dq_region_shares_lookup (shares, "germans", "KZ-55");
  g_assert_cmpstr (share->source, ==, "c");
  g_assert_cmpint (share->kind, ==, DQ_SHARE_CENSUS);
  g_assert_cmpint (dq_region_shares_get_share (shares, 1)->kind, ==, DQ_SHARE_UNSTATED);
  /* "(not census)" is an estimate, not a census. */
  g_assert_cmpint (dq_region_shares_lookup (shares, "germans", "KZ-11")->kind, ==,
                   DQ_SHARE_ESTIMATE);
}

static void
test_classes (void)
{
  static const struct { double share; guint class; } cases[] = {
    { 0, 0 }, { 0.99, 0 }, { 1, 1 }, { 1.99, 1 }, { 2, 2 }, { 3.85, 2 }, { 4.99, 2 },
    { 5, 3 }, { 9.99, 3 }, { 10, 4 }, { 19.99, 4 }, { 20, 5 }, { 44.48, 5 }, { 50, 6 },
    { 55.94, 6 }, { 100, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double lower, upper;
      guint c = dq_share_class (cases[i].share);

      g_assert_cmpuint (c, ==, cases[i].class);
      dq_share_class_bounds (c, &lower, &upper);
      g_assert_cmpfloat (cases[i].share, >=, lower);
      g_assert_true (cases[i].share < upper || (c == DQ_N_SHARE_CLASSES - 1 && upper == 100));
    }

  /* The classes tile 0–100 without a gap. */
  for (guint c = 1; c < DQ_N_SHARE_CLASSES; c++)
    {
      double lower, upper, previous_lower, previous_upper;

      dq_share_class_bounds (c, &lower, &upper);
      dq_share_class_bounds (c - 1, &previous_lower, &previous_upper);
      g_assert_cmpfloat (lower, ==, previous_upper);
      g_assert_cmpfloat (lower, <, upper);
    }
}

static void
expect_error (const char *text,
              int         code,
              const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqRegionShares) shares = read_text (text, &error);

  g_assert_null (shares);
  g_assert_error (error, DQ_REGION_SHARES_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_errors (void)
{
  const char *head = "iso_3166_2,year,basis,group_en,share_pct,source\n";
  g_autofree char *bad_share = g_strconcat (head, "KZ-55,2021,census,Germans,120,a\n", NULL);
  g_autofree char *bad_year = g_strconcat (head, "KZ-55,later,census,Germans,3,a\n", NULL);
  g_autofree char *fields = g_strconcat (head, "KZ-55,2021,census,Germans,3\n", NULL);
  g_autofree char *quote = g_strconcat (head, "KZ-55,2021,\"census,Germans,3,a\n", NULL);

  expect_error ("iso_3166_2,year,basis,group_en,source\n", DQ_REGION_SHARES_ERROR_FORMAT,
                "test.csv:1: the column “share_pct” is missing");
  expect_error (bad_share, DQ_REGION_SHARES_ERROR_VALUE, "test.csv:2: share_pct: “120”");
  expect_error (bad_year, DQ_REGION_SHARES_ERROR_VALUE, "test.csv:2: year");
  expect_error (fields, DQ_REGION_SHARES_ERROR_FORMAT, "test.csv:2: expected 6 fields, found 5");
  expect_error (quote, DQ_REGION_SHARES_ERROR_FORMAT, "test.csv:2: a quoted field is not closed");
  expect_error ("iso_3166_2\xff", DQ_REGION_SHARES_ERROR_FORMAT, "not UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/RegionShares/copy-is-shared-table", test_copy_is_shared_table);
  g_test_add_func ("/Dostyq/Model/RegionShares/read", test_read);
  g_test_add_func ("/Dostyq/Model/RegionShares/latest-and-kind", test_latest_and_kind);
  g_test_add_func ("/Dostyq/Model/RegionShares/classes", test_classes);
  g_test_add_func ("/Dostyq/Model/RegionShares/errors", test_errors);

  return g_test_run ();
}
