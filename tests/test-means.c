/* test-means.c
 *
 * Weighted means by group against R's survey::svyby and svymean, as
 * tests/reference/make-fixtures.R computed them from
 * tests/data/survey-generated.csv; errors; filters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "dq-crosstab.h"
#include "dq-csv-reader.h"
#include "dq-survey-reader.h"
#include "dq-means.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

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

  return data;
}

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
  const char *variable;
  const char *by;
  gboolean    weighted;
  guint       n_groups;
} cases[] = {
  { "survey-generated.csv", "trust", "region", TRUE, 5 },
  { "survey-generated.csv", "trust", "region", FALSE, 5 },
  { "survey-generated.csv", "age", "sex", TRUE, 2 },
  { "survey-generated.csv", "trust", NULL, TRUE, 0 },
  { "sample.sav", "mynum", "mylabl", FALSE, 2 },
};

static void
test_against_r (void)
{
  g_autoptr(GPtrArray) fixtures = dq_test_read_fixtures ("means.csv");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DqSurveyData) data = load_file (cases[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(DqMeans) means = NULL;

      means = dq_means_new (data, cases[i].variable, cases[i].by,
                            cases[i].weighted ? "w" : NULL, NULL, 0, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (dq_means_get_n_groups (means), ==, cases[i].n_groups);

      for (guint g = 0; g <= dq_means_get_n_groups (means); g++)
        {
          const char *match[] = { cases[i].file, cases[i].variable,
                                  cases[i].by != NULL ? cases[i].by : "",
                                  cases[i].weighted ? "w" : "",
                                  dq_means_get_group_value (means, g) };
          double low, high;

          dq_means_get_interval (means, g, &low, &high);
          dq_test_assert_close (dq_means_get_mean (means, g),
                                dq_test_fixture_number (fixtures, match, 5, "mean"),
                                RELATIVE,
                                "mean");
          dq_test_assert_close (dq_means_get_standard_error (means, g),
                                dq_test_fixture_number (fixtures, match, 5, "se"), 1e-8, "SE");
          dq_test_assert_close (low, dq_test_fixture_number (fixtures, match, 5, "ci_low"), 1e-8,
                                "CI low");
          dq_test_assert_close (high, dq_test_fixture_number (fixtures, match, 5, "ci_high"), 1e-8,
                                "CI high");
          dq_test_assert_close (dq_means_get_n (means, g),
                                dq_test_fixture_number (fixtures, match, 5, "n"), 0, "n");
          dq_test_assert_close (dq_means_get_weighted_n (means, g),
                                dq_test_fixture_number (fixtures, match, 5, "weighted_n"), RELATIVE,
                                "weighted n");
          dq_test_assert_close (dq_means_get_effective_n (means, g),
                                dq_test_fixture_number (fixtures, match, 5, "effective_n"),
                                RELATIVE,
                                "effective n");
        }
    }
}

/* Four respondents by hand: the variance of a domain uses the whole
 * sample's n / (n − 1). */
static void
test_by_hand (void)
{
  static const double y[] = { 1, 3, 5, NAN, 10 };
  static const double g[] = { 1, 1, 2, 2, 9 };
  static const double w[] = { 1, 3, 2, 1, 1 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("hand.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMeans) means = NULL;
  const double nine = 9;
  double expected_se;

  dq_survey_data_add_numeric (data, "y", g_memdup2 (y, sizeof y), G_N_ELEMENTS (y));
  dq_survey_data_add_numeric (data, "g", g_memdup2 (g, sizeof g), G_N_ELEMENTS (g));
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), G_N_ELEMENTS (w));

  means = dq_means_new (data, "y", "g", "w", &nine, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_means_get_n_groups (means), ==, 2);
  g_assert_cmpuint (dq_means_get_n_excluded (means), ==, 2);
  /* Group 1: (1·1 + 3·3) / 4 = 2.5; Σw²(y − m)² = 1·2.25 + 9·0.25 = 4.5;
   * n = 3 respondents in the design. */
  dq_test_assert_close (dq_means_get_mean (means, 0), 2.5, 1e-15, "mean 1");
  expected_se = sqrt (3.0 / 2.0 * 4.5) / 4.0;
  dq_test_assert_close (dq_means_get_standard_error (means, 0), expected_se, 1e-15, "SE 1");
  dq_test_assert_close (dq_means_get_effective_n (means, 0), 16.0 / 10.0, 1e-15, "n_eff 1");
  /* Group 2 has one respondent: its mean is 5 and its variance 0. */
  dq_test_assert_close (dq_means_get_mean (means, 1), 5, 1e-15, "mean 2");
  g_assert_cmpfloat (dq_means_get_standard_error (means, 1), ==, 0);
  /* All: (1 + 9 + 10) / 6. */
  dq_test_assert_close (dq_means_get_mean (means, 2), 20.0 / 6.0, 1e-15, "mean all");
  g_assert_cmpuint (dq_means_get_n (means, 2), ==, 3);
  dq_test_assert_close (dq_means_get_weighted_n (means, 2), 6, 1e-15, "weighted n");
}

static void
test_filtered (void)
{
  g_autoptr(DqSurveyData) data = load_generated ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMeans) all = NULL;
  g_autoptr(DqMeans) filtered = NULL;
  gsize n_rows = dq_survey_data_get_n_rows (data);
  g_autofree guint8 *include = g_new0 (guint8, n_rows);
  const double *region;
  guint variable;

  g_assert_true (dq_survey_data_lookup_variable (data, "region", &variable));
  region = dq_survey_data_get_numbers (data, variable);
  for (gsize i = 0; i < n_rows; i++)
    include[i] = region[i] <= 2;

  all = dq_means_new (data, "trust", "region", "w", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  filtered = dq_means_new (data, "trust", "region", "w", NULL, 0, include, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_means_get_n_groups (filtered), ==, 2);
  g_assert_cmpuint (dq_means_get_n_filtered (filtered), >, 0);
  /* The same groups' means, but a smaller design. */
  dq_test_assert_close (dq_means_get_mean (filtered, 0), dq_means_get_mean (all, 0), 1e-15, "mean");
  g_assert_cmpuint (dq_means_get_n (filtered, 0), ==, dq_means_get_n (all, 0));
  g_assert_cmpfloat (dq_means_get_standard_error (filtered, 0), !=,
                     dq_means_get_standard_error (all, 0));
}

static void
test_errors (void)
{
  static const double y[] = { NAN, NAN };
  static const double w[] = { 1, -1 };
  static const double bad[] = { -1, NAN };
  static const double ok[] = { 1, 2 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("bad.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMeans) means = NULL;
  GStrv categories = g_strsplit ("a,b", ",", -1);
  guint32 *codes = g_new (guint32, 2);

  codes[0] = 0;
  codes[1] = 1;
  dq_survey_data_add_numeric (data, "y", g_memdup2 (y, sizeof y), 2);
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), 2);
  dq_survey_data_add_numeric (data, "bad", g_memdup2 (bad, sizeof bad), 2);
  dq_survey_data_add_numeric (data, "ok", g_memdup2 (ok, sizeof ok), 2);
  dq_survey_data_add_string (data, "s", codes, 2, categories);

  means = dq_means_new (data, "s", NULL, NULL, NULL, 0, NULL, &error);
  g_assert_error (error, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NOT_NUMERIC);
  g_assert_nonnull (strstr (error->message, "bad.csv"));
  g_clear_error (&error);

  means = dq_means_new (data, "y", NULL, NULL, NULL, 0, NULL, &error);
  g_assert_error (error, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NO_VALUES);
  g_clear_error (&error);

  /* A negative weight leaves its respondent out, as in the crosstab. */
  means = dq_means_new (data, "ok", NULL, "w", NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_means_get_n (means, 0), ==, 1);
  g_assert_cmpuint (dq_means_get_n_invalid_weight (means), ==, 1);
  g_assert_cmpuint (dq_means_get_n_excluded (means), ==, 1);
  dq_test_assert_close (dq_means_get_mean (means, 0), 1, 0, "mean");
  g_clear_object (&means);

  /* With no valid weight at all, the error names the first row. */
  means = dq_means_new (data, "ok", NULL, "bad", NULL, 0, NULL, &error);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT);
  g_assert_nonnull (strstr (error->message, "row 1"));
  g_clear_error (&error);

  means = dq_means_new (data, "nope", NULL, NULL, NULL, 0, NULL, &error);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_null (means);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Means/against-r", test_against_r);
  g_test_add_func ("/Dostyq/Model/Means/by-hand", test_by_hand);
  g_test_add_func ("/Dostyq/Model/Means/filtered", test_filtered);
  g_test_add_func ("/Dostyq/Model/Means/errors", test_errors);

  return g_test_run ();
}
