/* test-independence.c
 *
 * Tests of independence against R: Pearson's chi-square as chisq.test
 * (correct = FALSE), the Rao–Scott F test as survey::svychisq (statistic =
 * "F"), Cramér's V and the expected counts, on the tables that
 * tests/reference/make-fixtures.R computed from tests/data/survey-generated.csv;
 * the chi-square and F distributions against their closed forms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "dq-crosstab.h"
#include "dq-csv-reader.h"
#include "dq-survey-reader.h"
#include "dq-independence.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

/* R prints 15 significant digits; the sums differ in their last bits. */
#define RELATIVE 1e-9

static DqSurveyData *
load_generated (void)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "data",
                                            "survey-generated.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  DqSurveyData *data = dq_csv_reader_read_file (reader, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 600);

  return data;
}

static void
test_distributions (void)
{
  /* Two degrees of freedom: P (χ² > x) = e^(−x/2). */
  for (double x = 0.5; x < 60; x *= 1.7)
    dq_test_assert_close (dq_independence_chi2_upper (x, 2), exp (-x / 2), 1e-12, "chi2 df 2");
  /* One: erfc (√(x/2)). */
  for (double x = 0.01; x < 80; x *= 1.9)
    dq_test_assert_close (dq_independence_chi2_upper (x, 1),
                          erfc (sqrt (x / 2)),
                          1e-10,
                          "chi2 df 1");
  /* F with 2 and d degrees of freedom: (1 + 2f/d)^(−d/2), for whole and
   * fractional d. */
  for (double d = 1.5; d < 3000; d *= 3.1)
    for (double f = 0.1; f < 40; f *= 2.3)
      dq_test_assert_close (dq_independence_f_upper (f, 2, d), pow (1 + 2 * f / d, -d / 2), 1e-10,
                            "F df1 2");
  /* F (1, d) is t² (d): with d = 1, P (F > f) = 1 − 2/π · atan (√f). */
  for (double f = 0.2; f < 100; f *= 2.7)
    dq_test_assert_close (dq_independence_f_upper (f, 1, 1), 1 - 2 / G_PI * atan (sqrt (f)), 1e-10,
                          "F 1 1");

  g_assert_cmpfloat (dq_independence_chi2_upper (0, 3), ==, 1.0);
  g_assert_cmpfloat (dq_independence_f_upper (INFINITY, 3, 4), ==, 0.0);
  g_assert_true (isnan (dq_independence_chi2_upper (NAN, 3)));
  g_assert_true (isnan (dq_independence_f_upper (1, 0, 4)));
}

/* Each table that make-fixtures.R computed: the file, the row and column
 * variables, and whether it is weighted. */
/* A file of tests/data, as the application reads it. */
static DqSurveyData *
load_file (const char *name)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(GError) error = NULL;
  DqSurveyData *data = dq_survey_reader_read (reader, NULL, &error);

  g_assert_no_error (error);

  return data;
}

static const struct
{
  const char *file;
  const char *row;
  const char *column;
  gboolean    weighted;
} tables[] = {
  { "survey-generated.csv", "q", "region", FALSE },
  { "survey-generated.csv", "q", "region", TRUE },
  { "survey-generated.csv", "party", "sex", TRUE },
  { "survey-generated.csv", "sex", "party", FALSE },
  { "survey-generated.csv", "party", "region", TRUE },
  /* A real SPSS file, too small for the test but not for its numbers. */
  { "sample.sav", "myord", "mylabl", FALSE },
};

static void
test_against_r (void)
{
  g_autoptr(GPtrArray) fixtures = dq_test_read_fixtures ("independence.csv");
  const double nine = 9;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const char *match[] = { tables[i].file, tables[i].row, tables[i].column,
                              tables[i].weighted ? "w" : "" };
      g_autoptr(DqSurveyData) data = load_file (tables[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(DqCrosstab) table = NULL;
      g_autoptr(DqIndependence) tests = NULL;

      table = dq_crosstab_new (data, tables[i].row, tables[i].column,
                               tables[i].weighted ? "w" : NULL, &nine, 1, &error);
      g_assert_no_error (error);
      tests = dq_independence_new (table);
      g_assert_true (dq_independence_is_defined (tests));
      g_assert_cmpint (tests->weighted, ==, tables[i].weighted);

      dq_test_assert_close (tests->n, dq_test_fixture_number (fixtures, match, 4, "n"), 0, "n");
      dq_test_assert_close (tests->pearson_chi2, dq_test_fixture_number (fixtures, match, 4,
                                                                         "pearson_chi2"),
                            RELATIVE, "Pearson chi2");
      dq_test_assert_close (tests->pearson_df,
                            dq_test_fixture_number (fixtures, match, 4, "pearson_df"),
                            0,
                            "Pearson df");
      dq_test_assert_close (tests->pearson_p,
                            dq_test_fixture_number (fixtures, match, 4, "pearson_p"),
                            1e-8,
                            "Pearson p");
      dq_test_assert_close (tests->cramers_v,
                            dq_test_fixture_number (fixtures, match, 4, "cramers_v"),
                            RELATIVE,
                            "Cramér's V");
      dq_test_assert_close (tests->n_small_expected,
                            dq_test_fixture_number (fixtures, match, 4, "n_small_expected"), 0,
                            "cells with small expected counts");
      dq_test_assert_close (tests->min_expected,
                            dq_test_fixture_number (fixtures, match, 4, "min_expected"), RELATIVE,
                            "smallest expected count");

      if (!tables[i].weighted)
        {
          g_assert_true (isnan (tests->rao_scott_f));
          continue;
        }
      dq_test_assert_close (tests->weighted_chi2,
                            dq_test_fixture_number (fixtures, match, 4, "weighted_chi2"), RELATIVE,
                            "weighted chi2");
      dq_test_assert_close (tests->rao_scott_f, dq_test_fixture_number (fixtures, match, 4,
                                                                        "rao_scott_f"),
                            1e-8, "Rao–Scott F");
      dq_test_assert_close (tests->rao_scott_df1,
                            dq_test_fixture_number (fixtures, match, 4, "rao_scott_df1"), 1e-8,
                            "Rao–Scott df1");
      dq_test_assert_close (tests->rao_scott_df2,
                            dq_test_fixture_number (fixtures, match, 4, "rao_scott_df2"), 1e-8,
                            "Rao–Scott df2");
      dq_test_assert_close (tests->rao_scott_p, dq_test_fixture_number (fixtures, match, 4,
                                                                        "rao_scott_p"),
                            1e-7, "Rao–Scott p");
    }
}

/* A rare party: 3 % of 600 respondents make expected counts below 5. */
static void
test_small_expected (void)
{
  g_autoptr(DqSurveyData) data = load_generated ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCrosstab) rare = NULL;
  g_autoptr(DqCrosstab) common = NULL;
  g_autoptr(DqIndependence) rare_tests = NULL;
  g_autoptr(DqIndependence) common_tests = NULL;
  g_autofree char *text = NULL;

  rare = dq_crosstab_new (data, "party", "region", "w", NULL, 0, &error);
  g_assert_no_error (error);
  rare_tests = dq_independence_new (rare);
  g_assert_cmpuint (rare_tests->n_cells, ==, 20);
  g_assert_cmpuint (rare_tests->n_small_expected, >, 4);
  g_assert_true (dq_independence_warns_small (rare_tests));
  text = dq_independence_describe (rare_tests, DQ_LANGUAGE_EN);
  g_assert_nonnull (strstr (text, "expected count below 5"));
  g_assert_nonnull (strstr (text, "may be inaccurate"));
  g_assert_nonnull (strstr (text, "Rao–Scott F = "));
  g_assert_nonnull (strstr (text, "unweighted counts"));
  g_clear_pointer (&text, g_free);

  common = dq_crosstab_new (data, "sex", "region", NULL, NULL, 0, &error);
  g_assert_no_error (error);
  common_tests = dq_independence_new (common);
  g_assert_cmpuint (common_tests->n_small_expected, ==, 0);
  g_assert_false (dq_independence_warns_small (common_tests));
  text = dq_independence_describe (common_tests, DQ_LANGUAGE_EN);
  g_assert_null (strstr (text, "expected count"));
  g_assert_null (strstr (text, "Rao–Scott"));
  g_assert_nonnull (strstr (text, "Pearson’s chi-square: χ² = "));
}

/* A frequency table, or a table of one column, has nothing to test. */
static void
test_undefined (void)
{
  g_autoptr(DqSurveyData) data = load_generated ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCrosstab) frequencies = NULL;
  g_autoptr(DqCrosstab) one_column = NULL;
  g_autoptr(DqIndependence) tests = NULL;
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *text = NULL;
  const double two = 2;

  frequencies = dq_crosstab_new (data, "q", NULL, "w", NULL, 0, &error);
  g_assert_no_error (error);
  tests = dq_independence_new (frequencies);
  g_assert_false (dq_independence_is_defined (tests));
  g_assert_false (dq_independence_warns_small (tests));
  g_assert_true (isnan (tests->cramers_v));
  text = dq_independence_describe (tests, DQ_LANGUAGE_EN);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&tests, dq_independence_free);

  one_column = dq_crosstab_new (data, "q", "sex", NULL, &two, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_columns (one_column), ==, 1);
  tests = dq_independence_new (one_column);
  g_assert_false (dq_independence_is_defined (tests));
}

static const double *
numbers_of (DqSurveyData *data,
            const char   *name)
{
  guint variable;

  g_assert_true (dq_survey_data_lookup_variable (data, name, &variable));

  return dq_survey_data_get_numbers (data, variable);
}

/* The test of a filtered table is that of the respondents the filter
 * keeps: the same as a table of a file with only them. */
static void
test_filtered (void)
{
  static const char *names[] = { "q", "region", "w" };
  g_autoptr(DqSurveyData) data = load_generated ();
  g_autoptr(DqSurveyData) men = dq_survey_data_new ("men.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCrosstab) filtered = NULL;
  g_autoptr(DqCrosstab) subset = NULL;
  g_autoptr(DqIndependence) tests = NULL;
  g_autoptr(DqIndependence) expected = NULL;
  gsize n_rows = dq_survey_data_get_n_rows (data);
  g_autofree guint8 *include = g_new0 (guint8, n_rows);
  const double *sex = numbers_of (data, "sex");
  gsize n_men = 0;

  for (gsize i = 0; i < n_rows; i++)
    {
      include[i] = sex[i] == 1;
      n_men += include[i];
    }
  g_assert_cmpuint (n_men, >, 200);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      const double *all = numbers_of (data, names[k]);
      double *kept = g_new (double, n_men);
      gsize j = 0;

      for (gsize i = 0; i < n_rows; i++)
        if (include[i])
          kept[j++] = all[i];
      dq_survey_data_add_numeric (men, names[k], kept, n_men);
    }

  filtered = dq_crosstab_new_filtered (data, "q", "region", "w", NULL, 0, include, &error);
  g_assert_no_error (error);
  subset = dq_crosstab_new (men, "q", "region", "w", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_filtered (filtered), ==, n_rows - n_men);
  g_assert_cmpuint (dq_crosstab_get_n_filtered (subset), ==, 0);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (filtered), ==,
                    dq_crosstab_get_n_excluded (subset));

  tests = dq_independence_new (filtered);
  expected = dq_independence_new (subset);
  g_assert_cmpfloat (tests->n, ==, expected->n);
  g_assert_cmpfloat (tests->n, <, n_men);
  dq_test_assert_close (tests->pearson_chi2, expected->pearson_chi2, 1e-12, "filtered chi2");
  dq_test_assert_close (tests->rao_scott_f, expected->rao_scott_f, 1e-12, "filtered F");
  dq_test_assert_close (tests->rao_scott_df2, expected->rao_scott_df2, 1e-12, "filtered df2");
  dq_test_assert_close (tests->cramers_v, expected->cramers_v, 1e-12, "filtered V");
}

/* A weighted table of more than DQ_INDEPENDENCE_MAX_DF degrees of freedom
 * has Pearson's test, and a note instead of the Rao–Scott test. */
static void
test_too_large (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("wide.csv");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqIndependence) tests = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize n = 30 * 20;
  double *rows = g_new (double, n);
  double *columns = g_new (double, n);
  double *weights = g_new (double, n);

  for (gsize i = 0; i < n; i++)
    {
      rows[i] = i % 30;
      columns[i] = (i / 30) % 20;
      weights[i] = 1 + i % 3;
    }
  dq_survey_data_add_numeric (data, "r", rows, n);
  dq_survey_data_add_numeric (data, "c", columns, n);
  dq_survey_data_add_numeric (data, "w", weights, n);
  table = dq_crosstab_new (data, "r", "c", "w", NULL, 0, &error);
  g_assert_no_error (error);

  tests = dq_independence_new (table);
  g_assert_cmpfloat (tests->pearson_df, ==, 29 * 19);
  g_assert_cmpfloat (tests->pearson_df, >, DQ_INDEPENDENCE_MAX_DF);
  g_assert_false (isnan (tests->pearson_p));
  g_assert_true (isnan (tests->rao_scott_f));
  g_assert_true (isnan (tests->rao_scott_p));
  text = dq_independence_describe (tests, DQ_LANGUAGE_EN);
  g_assert_nonnull (strstr (text, "Rao–Scott test: not computed for tables of more than 500 "
                                  "degrees of freedom"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Independence/distributions", test_distributions);
  g_test_add_func ("/Dostyq/Model/Independence/against-r", test_against_r);
  g_test_add_func ("/Dostyq/Model/Independence/small-expected", test_small_expected);
  g_test_add_func ("/Dostyq/Model/Independence/undefined", test_undefined);
  g_test_add_func ("/Dostyq/Model/Independence/filtered", test_filtered);
  g_test_add_func ("/Dostyq/Model/Independence/too-large", test_too_large);

  return g_test_run ();
}
