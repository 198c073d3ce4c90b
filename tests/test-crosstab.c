/* test-crosstab.c
 *
 * Weighted crosstabs against numbers worked out by hand from a tiny dataset;
 * Kish's effective sample size; the Wilson interval against published
 * values; missing codes; and, where the peers' survey generator is at hand,
 * the column percentages of 20,000 generated respondents against a plain
 * reference computed here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>

#include "dq-crosstab.h"
#include "dq-csv-reader.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

#define EPSILON 1e-9

/* Eight respondents:
 *
 *   row  q    country  w
 *   0    1    1        1
 *   1    1    1        2
 *   2    2    1        1
 *   3    2    2        0.5
 *   4    9    2        1     (9 = don't know)
 *   5    1    2        1.5
 *   6    2    2        2
 *   7    NaN  1        1     (no answer)
 */
static DqSurveyData *
tiny_data (void)
{
  static const double q[] = { 1, 1, 2, 2, 9, 1, 2, NAN };
  static const double country[] = { 1, 1, 1, 2, 2, 2, 2, 1 };
  static const double w[] = { 1, 2, 1, 0.5, 1, 1.5, 2, 1 };
  DqSurveyData *data = dq_survey_data_new ("tiny.csv");
  guint variable;

  variable = dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), G_N_ELEMENTS (q));
  dq_survey_data_add_value_label (data, variable, 1, "positive");
  dq_survey_data_add_value_label (data, variable, 2, "negative");
  dq_survey_data_add_value_label (data, variable, 9, "don't know");
  variable = dq_survey_data_add_numeric (data, "country", g_memdup2 (country, sizeof country),
                                         G_N_ELEMENTS (country));
  dq_survey_data_add_value_label (data, variable, 1, "Kazakhstan");
  dq_survey_data_add_value_label (data, variable, 2, "Uzbekistan");
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), G_N_ELEMENTS (w));

  return data;
}

static void
test_weighted (void)
{
  g_autoptr(DqSurveyData) data = tiny_data ();
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  const double nine = 9;
  double low, high;

  table = dq_crosstab_new (data, "q", "country", "w", &nine, 1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 2);
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, 2);
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 0), ==, "1");
  g_assert_cmpstr (dq_crosstab_get_row_label (table, 0), ==, "positive");
  g_assert_cmpstr (dq_crosstab_get_row_label (table, 1), ==, "negative");
  g_assert_cmpstr (dq_crosstab_get_column_label (table, 1), ==, "Uzbekistan");
  /* Rows 4 (9) and 7 (no answer) are left out. */
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 2);

  /* Kazakhstan: q=1 has 1 + 2 = 3, q=2 has 1, of 4. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 0, 0), 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 1, 0), 1.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 2, 0), 4.0, EPSILON);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 0, 0), ==, 2);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 2, 0), ==, 3);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 0), 75.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 1, 0), 25.0, EPSILON);

  /* Uzbekistan: q=1 has 1.5, q=2 has 0.5 + 2 = 2.5, of 4. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 0, 1), 1.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 1, 1), 2.5, EPSILON);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 1, 1), ==, 2);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 1), 37.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 1, 1), 62.5, EPSILON);

  /* Row percentages: q=1 is 3 in Kazakhstan and 1.5 in Uzbekistan. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_row_percent (table, 0, 0), 200.0 / 3, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_row_percent (table, 0, 1), 100.0 / 3, EPSILON);

  /* Totals: 8 weighted, 6 respondents; q=1 is 4.5 of 8. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 2, 2), 8.0, EPSILON);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 2, 2), ==, 6);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 2), 56.25, EPSILON);

  /* Kish: Kazakhstan Σw = 4, Σw² = 1 + 4 + 1 = 6, n_eff = 16/6;
   * Uzbekistan Σw = 4, Σw² = 0.25 + 2.25 + 4 = 6.5, n_eff = 16/6.5;
   * all: Σw = 8, Σw² = 12.5, n_eff = 64/12.5 = 5.12. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, 0), 16.0 / 6, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, 1), 16.0 / 6.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, 2), 5.12, EPSILON);

  /* Wilson with p = 0.75, n = 8/3: z² = 3.841459, z²/n = 1.440547,
   * centre = (0.75 + 0.720274) / 2.440547 = 0.602436,
   * half = 1.959964 · √(0.1875·3/8 + 3.841459·9/256) / 2.440547 = 0.363934. */
  dq_crosstab_get_column_interval (table, 0, 0, &low, &high);
  g_assert_cmpfloat_with_epsilon (low, 23.8501877, 1e-6);
  g_assert_cmpfloat_with_epsilon (high, 96.6370222, 1e-6);
  /* p = 0.375, n = 16/6.5. */
  dq_crosstab_get_column_interval (table, 0, 1, &low, &high);
  g_assert_cmpfloat_with_epsilon (low, 6.5635084, 1e-6);
  g_assert_cmpfloat_with_epsilon (high, 83.6731269, 1e-6);
}

static void
test_missing_codes (void)
{
  g_autoptr(DqSurveyData) data = tiny_data ();
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqCrosstab) declared = NULL;
  g_autoptr(GError) error = NULL;
  guint q;

  /* Without the code, "don't know" is a category of its own. */
  table = dq_crosstab_new (data, "q", "country", "w", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 3);
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 2), ==, "9");
  g_assert_cmpstr (dq_crosstab_get_row_label (table, 2), ==, "don't know");
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 2, 1), 20.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 1), 30.0, EPSILON);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 1);

  /* Declared user-missing in the data, as an SPSS file does it. */
  g_assert_true (dq_survey_data_lookup_variable (data, "q", &q));
  dq_survey_data_add_missing_range (data, q, 9, 9);
  declared = dq_crosstab_new (data, "q", "country", "w", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (declared), ==, 2);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (declared, 0, 1), 37.5, EPSILON);
}

static void
test_unweighted (void)
{
  g_autoptr(DqSurveyData) data = tiny_data ();
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  const double nine = 9;
  double low, high;

  table = dq_crosstab_new (data, "q", "country", NULL, &nine, 1, &error);
  g_assert_no_error (error);

  /* Kazakhstan 2 of 3, Uzbekistan 1 of 3. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 0, 0), 2.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 0), 200.0 / 3,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, 0), 3.0, EPSILON);
  g_assert_null (dq_crosstab_get_weight_variable (table));

  dq_crosstab_wilson_interval (2.0 / 3, 3, &low, &high);
  {
    double cell_low, cell_high;

    dq_crosstab_get_column_interval (table, 0, 0, &cell_low, &cell_high);
    g_assert_cmpfloat_with_epsilon (cell_low, 100 * low, EPSILON);
    g_assert_cmpfloat_with_epsilon (cell_high, 100 * high, EPSILON);
  }
}

/* Newcombe (1998), Statistics in Medicine 17:857, table I: 1 of 10 gives
 * the Wilson interval 0.0179 to 0.4042; and 50 of 100, by hand,
 * 0.5 ± 1.96·√(0.25/100 + 3.8415/40000) / 1.038415 = 0.4038 to 0.5962. */
static void
test_wilson (void)
{
  double low, high;

  dq_crosstab_wilson_interval (0.1, 10, &low, &high);
  g_assert_cmpfloat_with_epsilon (low, 0.0179, 5e-5);
  g_assert_cmpfloat_with_epsilon (high, 0.4042, 5e-5);

  dq_crosstab_wilson_interval (0.5, 100, &low, &high);
  g_assert_cmpfloat_with_epsilon (low, 0.4038315, 1e-6);
  g_assert_cmpfloat_with_epsilon (high, 0.5961685, 1e-6);

  /* Unlike the Wald interval, it stays within [0, 1] at the edges. */
  dq_crosstab_wilson_interval (0, 20, &low, &high);
  g_assert_cmpfloat (low, ==, 0);
  g_assert_cmpfloat_with_epsilon (high, 0.1611252, 1e-6);

  dq_crosstab_wilson_interval (0.5, 0, &low, &high);
  g_assert_true (isnan (low) && isnan (high));

  g_assert_cmpfloat_with_epsilon (dq_crosstab_effective_n (4, 6), 16.0 / 6, EPSILON);
  g_assert_cmpfloat (dq_crosstab_effective_n (0, 0), ==, 0);
  /* Equal weights lose nothing. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_effective_n (10 * 1.7, 10 * 1.7 * 1.7), 10.0,
                                  EPSILON);

  g_assert_nonnull (strstr (dq_crosstab_describe_method (), "Kish"));
  g_assert_nonnull (strstr (dq_crosstab_describe_method (), "Wilson"));
}

static void
test_frequencies_and_strings (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("strings.csv");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqCrosstab) frequencies = NULL;
  g_autoptr(GError) error = NULL;
  static const guint32 city[] = { 1, 0, 1, DQ_SURVEY_DATA_NO_CODE, 2, 1 };
  static const guint32 sex[] = { 0, 1, 1, 0, 0, 1 };
  static const char * const cities[] = { "Ташкент", "Алматы", "refused", NULL };
  static const char * const sexes[] = { "male", "female", NULL };
  guint variable;

  variable = dq_survey_data_add_string (data, "city", g_memdup2 (city, sizeof city),
                                        G_N_ELEMENTS (city), g_strdupv ((GStrv) cities));
  dq_survey_data_add_missing_string (data, variable, "refused");
  dq_survey_data_add_string (data, "sex", g_memdup2 (sex, sizeof sex), G_N_ELEMENTS (sex),
                             g_strdupv ((GStrv) sexes));

  frequencies = dq_crosstab_new (data, "city", NULL, NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_columns (frequencies), ==, 0);
  g_assert_cmpuint (dq_crosstab_get_n_rows (frequencies), ==, 2);
  /* Byte order puts А before Т. */
  g_assert_cmpstr (dq_crosstab_get_row_value (frequencies, 0), ==, "Алматы");
  g_assert_cmpuint (dq_crosstab_get_unweighted (frequencies, 0, 0), ==, 3);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (frequencies, 0, 0), 75.0,
                                  EPSILON);
  g_assert_cmpuint (dq_crosstab_get_unweighted (frequencies, 2, 0), ==, 4);

  table = dq_crosstab_new (data, "city", "sex", NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_crosstab_get_column_value (table, 0), ==, "female");
  /* Female: Алматы ×2, Ташкент ×1. */
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 0, 0), ==, 2);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 1, 0), ==, 1);
  /* Male: Алматы ×1; the other two are missing. */
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, 2, 1), ==, 1);
}

static void
test_errors (void)
{
  g_autoptr(DqSurveyData) data = tiny_data ();
  g_autoptr(DqSurveyData) many = dq_survey_data_new ("many.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCrosstab) unknown = NULL;
  g_autoptr(DqCrosstab) too_many = NULL;
  g_autoptr(DqCrosstab) zero = NULL;
  double *values = g_new (double, 1000);
  double *zeros = g_new0 (double, 1000);

  unknown = dq_crosstab_new (data, "q", "region", NULL, NULL, 0, &error);
  g_assert_null (unknown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_nonnull (strstr (error->message, "“region”"));
  g_assert_nonnull (strstr (error->message, "q, country, w"));
  g_clear_error (&error);

  for (guint i = 0; i < 1000; i++)
    values[i] = i * 0.37;
  dq_survey_data_add_numeric (many, "income", values, 1000);
  dq_survey_data_add_numeric (many, "w", zeros, 1000);
  too_many = dq_crosstab_new (many, "income", NULL, NULL, NULL, 0, &error);
  g_assert_null (too_many);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_TOO_MANY_CATEGORIES);
  g_assert_nonnull (strstr (error->message, "“income”"));
  g_clear_error (&error);

  zero = dq_crosstab_new (many, "w", NULL, "w", NULL, 0, &error);
  g_assert_null (zero);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING);
  g_assert_nonnull (strstr (error->message, "weight of zero"));
}

/* The generator of the peers' benchmark survey, beside the project. */
static char *
find_generator (void)
{
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "..", "shared", "bench", "peers",
                                            "gen-survey.c", NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS) ? g_steal_pointer (&path) : NULL;
}

/* Reads the generated CSV line by line with sscanf: slow and obvious. */
static void
reference_crosstab (const char *path,
                    double      sums[3][10])
{
  FILE *file = fopen (path, "r");
  char line[256];

  g_assert_nonnull (file);
  g_assert_nonnull (fgets (line, sizeof line, file));
  while (fgets (line, sizeof line, file) != NULL)
    {
      long id;
      int country, age, sex, kg, uz, tj;
      double weight;

      g_assert_cmpint (sscanf (line, "%ld,%d,%d,%d,%lf,%d,%d,%d", &id, &country, &age, &sex,
                               &weight, &kg, &uz, &tj), ==, 8);
      sums[country][tj] += weight;
      sums[country][0] += weight;
    }
  fclose (file);
}

static void
test_generated_survey (void)
{
  g_autofree char *generator = find_generator ();
  g_autofree char *dir = NULL;
  g_autofree char *program = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *compiler = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GFile) file = NULL;
  double sums[3][10] = { { 0 } };
  static const int codes[] = { 1, 2, 3, 4, 5, 9 };

  if (generator == NULL)
    {
      g_test_skip ("../shared/bench/peers/gen-survey.c is not beside this clone");
      return;
    }
  compiler = g_find_program_in_path ("cc");
  if (compiler == NULL)
    {
      g_test_skip ("no C compiler (cc) to build gen-survey.c");
      return;
    }

  dir = g_dir_make_tmp ("dostyq-crosstab-XXXXXX", &error);
  g_assert_no_error (error);
  program = g_build_filename (dir, "gen-survey", NULL);
  csv = g_build_filename (dir, "survey.csv", NULL);

  {
    g_auto(DqTestRun) run = { 0 };

    dq_test_spawn (&run, compiler, "-O2", "-o", program, generator, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
    g_autoptr(GSubprocess) process = NULL;

    g_subprocess_launcher_set_stdout_file_path (launcher, csv);
    process = g_subprocess_launcher_spawn (launcher, &error, program, "20000", "2021", NULL);
    g_assert_no_error (error);
    g_subprocess_wait_check (process, NULL, &error);
    g_assert_no_error (error);
  }

  file = g_file_new_for_path (csv);
  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 20000);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 10);

  table = dq_crosstab_new (data, "q_attitude_tj", "country", "weight", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 6);
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, 2);

  reference_crosstab (csv, sums);
  for (int country = 1; country <= 2; country++)
    {
      g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 6, country - 1),
                                      sums[country][0], 1e-6);
      for (guint k = 0; k < G_N_ELEMENTS (codes); k++)
        {
          double expected = 100.0 * sums[country][codes[k]] / sums[country][0];

          g_assert_cmpint (atoi (dq_crosstab_get_row_value (table, k)), ==, codes[k]);
          g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, k, country - 1),
                                          expected, 1e-9);
        }
    }

  g_unlink (csv);
  g_unlink (program);
  g_rmdir (dir);
}

static DqSurveyData *
weighted_data (const double *w,
               gsize         n)
{
  g_autofree double *q = g_new (double, n);
  DqSurveyData *data = dq_survey_data_new ("limits.csv");

  for (gsize i = 0; i < n; i++)
    q[i] = 1 + i % 2;
  dq_survey_data_add_numeric (data, "q", g_steal_pointer (&q), n);
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, n * sizeof (double)), n);

  return data;
}

static void
assert_weight_error (const double *w,
                     gsize         n,
                     const char   *fragment)
{
  g_autoptr(DqSurveyData) data = weighted_data (w, n);
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;

  table = dq_crosstab_new (data, "q", NULL, "w", NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT);
  if (strstr (error->message, fragment) == NULL || strstr (error->message, "“w”") == NULL)
    g_error ("“%s” is not in “%s”", fragment, error->message);
  g_assert_null (strstr (error->message, "inf"));
}

/* Weights near the largest double: their sum, or the sum of their squares,
 * would be infinite and every percentage NaN. Such a table is refused,
 * naming the variable; weights that stay within range still give numbers. */
static void
test_weight_limits (void)
{
  const double sum_overflows[] = { 1, 1e308, 1e308, 1 };
  const double squares_overflow[] = { 1, 1e200, 1e200 };
  const double infinite[] = { 1, INFINITY };
  const double large[] = { 1e150, 3e150, 1e150, 1e150 };
  g_autoptr(DqSurveyData) data = weighted_data (large, G_N_ELEMENTS (large));
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  double low, high;

  assert_weight_error (sum_overflows, G_N_ELEMENTS (sum_overflows), "add up to more than");
  assert_weight_error (squares_overflow, G_N_ELEMENTS (squares_overflow),
                       "squares of the weights");

  /* An infinite weight is no weight: the respondent is left out, and
   * counted, as SPSS leaves out a missing one. */
  {
    g_autoptr(DqSurveyData) inf_data = weighted_data (infinite, G_N_ELEMENTS (infinite));
    g_autoptr(DqCrosstab) inf_table = dq_crosstab_new (inf_data, "q", NULL, "w", NULL, 0,
                                                       &error);

    g_assert_no_error (error);
    g_assert_cmpuint (dq_crosstab_get_n_invalid_weight (inf_table), ==, 1);
    g_assert_cmpuint (dq_crosstab_get_n_rows (inf_table), ==, 1);
    g_assert_cmpfloat (dq_crosstab_get_column_percent (inf_table, 0, 0), ==, 100);
  }

  /* (Σw)² = 3.6e301 but Σw² = 1.2e301: all finite, n_eff = 3. */
  table = dq_crosstab_new (data, "q", NULL, "w", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 0), 100.0 * 2 / 6,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, 0), 36.0 / 12, EPSILON);
  dq_crosstab_get_column_interval (table, 0, 0, &low, &high);
  g_assert_true (isfinite (low) && isfinite (high));

  /* (Σw)² overflows here though Σw and Σw² do not. */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_effective_n (1e300, 1e300), 1e300, 1e285);
}

/* Category values are written with every digit they need, and no more. */
static void
test_exact_values (void)
{
  static const double w[] = { 1, 1, 1 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("values.csv");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  const double values[] = { 0.1, 1234567890123456789012345678901234567890.5, 1e-59 };

  dq_survey_data_add_numeric (data, "v", g_memdup2 (values, sizeof values), 3);
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), 3);
  table = dq_crosstab_new (data, "v", NULL, "w", NULL, 0, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < 3; r++)
    {
      const char *text = dq_crosstab_get_row_value (table, r);
      double back = g_ascii_strtod (text, NULL);

      g_assert_true (back == values[0] || back == values[1] || back == values[2]);
    }
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 0), ==, "1e-59");
  g_assert_cmpstr (dq_crosstab_get_row_value (table, 1), ==, "0.1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Crosstab/weighted", test_weighted);
  g_test_add_func ("/Dostyq/Model/Crosstab/missing-codes", test_missing_codes);
  g_test_add_func ("/Dostyq/Model/Crosstab/unweighted", test_unweighted);
  g_test_add_func ("/Dostyq/Model/Crosstab/wilson", test_wilson);
  g_test_add_func ("/Dostyq/Model/Crosstab/frequencies-and-strings", test_frequencies_and_strings);
  g_test_add_func ("/Dostyq/Model/Crosstab/errors", test_errors);
  g_test_add_func ("/Dostyq/Model/Crosstab/generated-survey", test_generated_survey);
  g_test_add_func ("/Dostyq/Model/Crosstab/weight-limits", test_weight_limits);
  g_test_add_func ("/Dostyq/Model/Crosstab/exact-values", test_exact_values);

  return g_test_run ();
}
