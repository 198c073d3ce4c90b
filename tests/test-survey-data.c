/* test-survey-data.c
 *
 * Counts of valid and missing values: the numbers the import dialog shows
 * for each variable and for the weight, from the model's own test of a
 * missing value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-survey-data.h"

#define N_ROWS 8

/* Eight respondents:
 *
 *   q     weight  region
 *   1     0.5     Алматы
 *   9     -1      "don't know"
 *   .     1.5     ""
 *   2     .       Астана
 *   98    2       Алматы
 *   99    -0.5    "refused"
 *   3     1       Астана
 *   .     0       ""
 *
 * q: 9 and 97–99 are user-missing; region: "don't know" and "refused". */
static DqSurveyData *
make_data (void)
{
  static const double q[N_ROWS] = { 1, 9, NAN, 2, 98, 99, 3, NAN };
  static const double weight[N_ROWS] = { 0.5, -1, 1.5, NAN, 2, -0.5, 1, 0 };
  static const guint32 region[N_ROWS] = { 0, 2, DQ_SURVEY_DATA_NO_CODE, 1, 0, 3, 1,
                                          DQ_SURVEY_DATA_NO_CODE };
  const char *categories[] = { "Алматы", "Астана", "don't know", "refused", NULL };
  DqSurveyData *data = dq_survey_data_new ("survey.sav");
  guint v;

  v = dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), N_ROWS);
  dq_survey_data_add_missing_range (data, v, 9, 9);
  dq_survey_data_add_missing_range (data, v, 97, 99);
  dq_survey_data_add_numeric (data, "weight", g_memdup2 (weight, sizeof weight), N_ROWS);
  v = dq_survey_data_add_string (data, "region", g_memdup2 (region, sizeof region), N_ROWS,
                                 g_strdupv ((GStrv) categories));
  dq_survey_data_add_missing_string (data, v, "don't know");
  dq_survey_data_add_missing_string (data, v, "refused");

  return data;
}

/* The counts agree, respondent by respondent, with the test the crosstab
 * and the preview use. */
static void
assert_counts_agree (DqSurveyData        *data,
                     guint                variable,
                     const DqValueCounts *counts)
{
  gsize n_missing = 0;

  for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
    {
      if (dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_NUMERIC)
        n_missing += dq_survey_data_is_missing_number (data, variable,
                                                       dq_survey_data_get_numbers (data,
                                                                                   variable)[r]);
      else
        n_missing += dq_survey_data_is_missing_category (data, variable,
                                                         dq_survey_data_get_codes (data,
                                                                                   variable)[r]);
    }

  g_assert_cmpuint (counts->n_user_missing + counts->n_system_missing, ==, n_missing);
  g_assert_cmpuint (counts->n_valid + n_missing, ==, dq_survey_data_get_n_rows (data));
}

static void
test_counts_numeric (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  DqValueCounts counts;

  dq_survey_data_count_values (data, 0, &counts);
  g_assert_cmpuint (counts.n_valid, ==, 3);
  g_assert_cmpuint (counts.n_user_missing, ==, 3);
  g_assert_cmpuint (counts.n_system_missing, ==, 2);
  g_assert_cmpuint (counts.n_negative, ==, 0);
  assert_counts_agree (data, 0, &counts);

  /* A weight: negatives are valid values, counted apart; zero is not
   * negative. */
  dq_survey_data_count_values (data, 1, &counts);
  g_assert_cmpuint (counts.n_valid, ==, 7);
  g_assert_cmpuint (counts.n_user_missing, ==, 0);
  g_assert_cmpuint (counts.n_system_missing, ==, 1);
  g_assert_cmpuint (counts.n_negative, ==, 2);
  assert_counts_agree (data, 1, &counts);
}

static void
test_counts_string (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  DqValueCounts counts;

  dq_survey_data_count_values (data, 2, &counts);
  g_assert_cmpuint (counts.n_valid, ==, 4);
  g_assert_cmpuint (counts.n_user_missing, ==, 2);
  g_assert_cmpuint (counts.n_system_missing, ==, 2);
  g_assert_cmpuint (counts.n_negative, ==, 0);
  assert_counts_agree (data, 2, &counts);
}

/* A value typed into the data changes what is counted. */
static void
test_counts_after_edit (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(GError) error = NULL;
  DqValueCounts counts;

  g_assert_true (dq_survey_data_set_value_text (data, 0, 2, "98", &error));
  g_assert_no_error (error);
  g_assert_true (dq_survey_data_set_value_text (data, 0, 1, "4", &error));
  g_assert_no_error (error);
  dq_survey_data_add_missing_range (data, 0, 1, 1);

  dq_survey_data_count_values (data, 0, &counts);
  g_assert_cmpuint (counts.n_valid, ==, 3);
  g_assert_cmpuint (counts.n_user_missing, ==, 4);
  g_assert_cmpuint (counts.n_system_missing, ==, 1);
  assert_counts_agree (data, 0, &counts);
}

static void
test_counts_empty (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("empty.csv");
  DqValueCounts counts = { 1, 1, 1, 1 };

  dq_survey_data_add_numeric (data, "q", g_new (double, 1), 0);
  dq_survey_data_count_values (data, 0, &counts);
  g_assert_cmpuint (counts.n_valid, ==, 0);
  g_assert_cmpuint (counts.n_user_missing, ==, 0);
  g_assert_cmpuint (counts.n_system_missing, ==, 0);
  g_assert_cmpuint (counts.n_negative, ==, 0);
}

static void
test_counts_no_variable (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  DqValueCounts counts = { 5, 5, 5, 5 };

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*variable < *");
  dq_survey_data_count_values (data, 3, &counts);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (counts.n_valid, ==, 5);
}

/* A label with a directional override is kept isolated, so that it cannot
 * turn the words shown around it; one without stays as it is. */
static void
test_labels_isolated (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  guint q;

  g_assert_true (dq_survey_data_lookup_variable (data, "q", &q));
  dq_survey_data_set_label (data, q, "Trust \xe2\x80\xae" "in neighbours");
  dq_survey_data_add_value_label (data, q, 1, "yes\xe2\x80\xae" "no");
  dq_survey_data_add_value_label (data, q, 2, "Иә");

  g_assert_cmpstr (dq_survey_data_get_label (data, q), ==,
                   "\xe2\x81\xa8Trust \xe2\x80\xae" "in neighbours\xe2\x81\xa9");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, q, 1), ==,
                   "\xe2\x81\xa8yes\xe2\x80\xae" "no\xe2\x81\xa9");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, q, 2), ==, "Иә");
}

/* Names match whatever their case, as in SPSS, unless two names differ only
 * in case; a name that matches none gets the nearest suggested. */
static void
test_names (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqSurveyData) twins = dq_survey_data_new ("twins.csv");
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Q3", "agea", "pspwght", NULL };
  guint v = G_MAXUINT;

  g_assert_true (dq_survey_data_lookup_variable (data, "WEIGHT", &v));
  g_assert_cmpstr (dq_survey_data_get_name (data, v), ==, "weight");
  g_assert_true (dq_survey_data_names_match ("РЕГИОН", "регион"));
  g_assert_false (dq_survey_data_names_match ("q3", "q30"));
  g_assert_cmpstr (dq_survey_data_find_name (names, "q3"), ==, "Q3");
  g_assert_null (dq_survey_data_find_name (names, "q"));

  /* Two names alike but for case are each found by their spelling only. */
  dq_survey_data_add_numeric (twins, "Ab", g_new0 (double, 1), 1);
  dq_survey_data_add_numeric (twins, "aB", g_new0 (double, 1), 1);
  g_assert_true (dq_survey_data_lookup_variable (twins, "aB", &v));
  g_assert_cmpuint (v, ==, 1);
  g_assert_false (dq_survey_data_lookup_variable (twins, "AB", NULL));

  g_assert_cmpuint (dq_survey_data_require_variable (data, "wieght", &error), ==, G_MAXUINT);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_cmpstr (error->message, ==,
                   "survey.sav: there is no variable “wieght”; did you mean “weight”? The "
                   "variables are: q, weight, region");
  g_clear_error (&error);

  /* Nothing near: no suggestion. */
  dq_survey_data_require_variable (data, "income", &error);
  g_assert_cmpstr (error->message, ==,
                   "survey.sav: there is no variable “income”; the variables are: q, weight, "
                   "region");
}

static void
test_dates (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("dates.sav");
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *early = NULL;
  g_autofree char *fraction = NULL;
  g_autofree char *typed = NULL;
  double *values = g_new (double, 3);
  GDate epoch, date;
  guint v;

  /* 15 October 1582, the first day of the Gregorian calendar, is SPSS's
   * second day. */
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 14, G_DATE_OCTOBER, 1582);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2024);
  values[0] = 86400.0 * g_date_days_between (&epoch, &date);
  values[1] = 86400;
  values[2] = 0.5;
  v = dq_survey_data_add_numeric (data, "day", values, 3);
  dq_survey_data_set_date_kind (data, v, DQ_DATE_SPSS_DATE);

  day = dq_survey_data_dup_value_text (data, v, 0);
  early = dq_survey_data_dup_value_text (data, v, 1);
  fraction = dq_survey_data_dup_value_text (data, v, 2);
  g_assert_cmpstr (day, ==, "2024-03-01");
  g_assert_cmpstr (early, ==, "1582-10-15");
  /* Not a whole second: shown as the number it is. */
  g_assert_cmpstr (fraction, ==, "0.5");

  /* What is shown is typed back as the same value. */
  g_assert_true (dq_survey_data_set_value_text (data, v, 2, day, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, v)[2], ==, values[0]);
  g_assert_false (dq_survey_data_set_value_text (data, v, 2, "2024-02-30", &error));
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_VALUE);
  g_clear_error (&error);

  dq_survey_data_set_date_kind (data, v, DQ_DATE_STATA_DATETIME);
  g_assert_true (dq_survey_data_set_value_text (data, v, 1, "1960-01-02 00:00:01", &error));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, v)[1], ==, 86401000);
  typed = dq_survey_data_format_number (data, v, 86401000);
  g_assert_cmpstr (typed, ==, "1960-01-02 00:00:01");
}

/* Missing codes as a researcher types them: numbers and answers. */
static void
test_missing_texts (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint region;
  DqValueCounts counts;

  g_assert_true (dq_survey_data_parse_missing_codes ("8; 9, don't know,\"Да, нет\", \"9\"",
                                                     numbers, texts));
  g_assert_cmpuint (numbers->len, ==, 2);
  g_assert_cmpfloat (g_array_index (numbers, double, 1), ==, 9);
  g_assert_cmpuint (texts->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "don't know");
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, "Да, нет");
  g_assert_cmpstr (g_ptr_array_index (texts, 2), ==, "9");
  g_assert_false (dq_survey_data_parse_missing_codes ("9, \"open", numbers, texts));
  g_assert_false (dq_survey_data_parse_missing_codes ("\"a\" b", numbers, texts));

  /* "refused" is declared in the file already: only "Астана" adds. */
  g_assert_true (dq_survey_data_lookup_variable (data, "region", &region));
  g_ptr_array_set_size (texts, 0);
  g_ptr_array_add (texts, g_strdup ("Астана"));
  g_ptr_array_add (texts, g_strdup ("refused"));
  g_ptr_array_add (texts, NULL);
  g_assert_cmpuint (dq_survey_data_add_missing_texts (data,
                                                      (const char * const *) texts->pdata),
                    ==, 1);
  dq_survey_data_count_values (data, region, &counts);
  g_assert_cmpuint (counts.n_user_missing, ==, 4);
  g_assert_cmpuint (counts.n_valid, ==, 2);
}

static void
test_text_labels (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  guint region;

  g_assert_true (dq_survey_data_lookup_variable (data, "region", &region));
  g_assert_cmpuint (dq_survey_data_get_n_text_labels (data, region), ==, 0);
  dq_survey_data_add_text_label (data, region, "Алматы", "Almaty city");
  dq_survey_data_add_text_label (data, region, "Алматы", "Almaty");
  g_assert_cmpuint (dq_survey_data_get_n_text_labels (data, region), ==, 1);
  g_assert_cmpstr (dq_survey_data_lookup_text_label (data, region, "Алматы"), ==, "Almaty");
  g_assert_null (dq_survey_data_lookup_text_label (data, region, "Астана"));

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*DQ_VARIABLE_STRING*");
  dq_survey_data_add_text_label (data, 0, "1", "one");
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/SurveyData/counts-numeric", test_counts_numeric);
  g_test_add_func ("/Dostyq/Model/SurveyData/counts-string", test_counts_string);
  g_test_add_func ("/Dostyq/Model/SurveyData/counts-after-edit", test_counts_after_edit);
  g_test_add_func ("/Dostyq/Model/SurveyData/counts-empty", test_counts_empty);
  g_test_add_func ("/Dostyq/Model/SurveyData/counts-no-variable", test_counts_no_variable);
  g_test_add_func ("/Dostyq/Model/SurveyData/labels-isolated", test_labels_isolated);
  g_test_add_func ("/Dostyq/Model/SurveyData/names", test_names);
  g_test_add_func ("/Dostyq/Model/SurveyData/dates", test_dates);
  g_test_add_func ("/Dostyq/Model/SurveyData/missing-texts", test_missing_texts);
  g_test_add_func ("/Dostyq/Model/SurveyData/text-labels", test_text_labels);

  return g_test_run ();
}
