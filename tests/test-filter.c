/* test-filter.c
 *
 * Filters: conditions read from text and written back, every operator's
 * mask over numeric and text variables with missing values, ANDed
 * conditions, value labels as values, and the errors a researcher sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-filter.h"

/* Eight respondents: an age (99 declared missing, one empty), a sex with
 * value labels and a text region with one empty value. */
static DqSurveyData *
make_data (void)
{
  DqSurveyData *data = dq_survey_data_new ("survey.sav");
  double ages[] = { 18, 25, 30, 31, 45, 99, NAN, 30 };
  double sexes[] = { 1, 2, 1, 2, 1, 2, 1, 2 };
  guint32 regions[] = { 0, 1, 2, 0, 1, DQ_SURVEY_DATA_NO_CODE, 0, 3 };
  const char *categories[] = { "Almaty", "Astana", "Shymkent", "Don't know", NULL };
  guint age, sex, region;

  age = dq_survey_data_add_numeric (data, "agea", g_memdup2 (ages, sizeof ages), 8);
  dq_survey_data_add_missing_range (data, age, 99, 99);
  sex = dq_survey_data_add_numeric (data, "sex", g_memdup2 (sexes, sizeof sexes), 8);
  dq_survey_data_add_value_label (data, sex, 1, "Male");
  dq_survey_data_add_value_label (data, sex, 2, "Female");
  region = dq_survey_data_add_string (data, "region", g_memdup2 (regions, sizeof regions), 8,
                                      g_strdupv ((GStrv) categories));
  dq_survey_data_add_missing_string (data, region, "Don't know");

  return data;
}

/* The mask of one or more conditions, as a string of 0 and 1. */
static char *
mask_of (DqSurveyData       *data,
         const char * const *conditions,
         gsize              *n_included)
{
  g_autoptr(DqFilter) filter = dq_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;
  gsize n_rows = dq_survey_data_get_n_rows (data);
  char *text;

  g_assert_true (dq_filter_set_texts (filter, conditions, &error));
  g_assert_no_error (error);
  mask = dq_filter_make_mask (filter, data, NULL, 0, n_included, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mask);

  text = g_malloc (n_rows + 1);
  for (gsize r = 0; r < n_rows; r++)
    text[r] = mask[r] ? '1' : '0';
  text[n_rows] = '\0';

  return text;
}

static void
assert_mask (DqSurveyData *data,
             const char   *condition,
             const char   *expected)
{
  const char *conditions[] = { condition, NULL };
  g_autofree char *got = mask_of (data, conditions, NULL);

  g_test_message ("%s", condition);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_text (void)
{
  const struct
  {
    const char       *text;
    const char       *written;
    DqFilterOperator  op;
    guint             n_values;
  } cases[] = {
    { "agea >= 30", "agea >= 30", DQ_FILTER_GREATER_EQUAL, 1 },
    { "agea>=30", "agea >= 30", DQ_FILTER_GREATER_EQUAL, 1 },
    { "agea == 30", "agea = 30", DQ_FILTER_EQUAL, 1 },
    { "agea <> 30", "agea != 30", DQ_FILTER_NOT_EQUAL, 1 },
    { "agea < 30", "agea < 30", DQ_FILTER_LESS, 1 },
    { "agea <= 30", "agea <= 30", DQ_FILTER_LESS_EQUAL, 1 },
    { "agea > 30", "agea > 30", DQ_FILTER_GREATER, 1 },
    { "cntry in 1, 2,3", "cntry in 1,2,3", DQ_FILTER_IN, 3 },
    { "region IN \"Almaty\",'New, town'", "region in Almaty,\"New, town\"", DQ_FILTER_IN, 2 },
    { "region = \"North Kazakhstan\"", "region = \"North Kazakhstan\"", DQ_FILTER_EQUAL, 1 },
    { "q3 missing", "q3 missing", DQ_FILTER_MISSING, 0 },
    { "  q3   not   missing ", "q3 not missing", DQ_FILTER_NOT_MISSING, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DqFilter) filter = dq_filter_new ();
      g_autoptr(DqFilter) again = dq_filter_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *written = NULL;

      g_assert_true (dq_filter_add_text (filter, cases[i].text, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (dq_filter_get_operator (filter, 0), ==, cases[i].op);
      g_assert_cmpuint (g_strv_length ((GStrv) dq_filter_get_values (filter, 0)), ==,
                        cases[i].n_values);
      written = dq_filter_dup_text (filter, 0);
      g_assert_cmpstr (written, ==, cases[i].written);

      /* What is written reads back as the same condition. */
      g_assert_true (dq_filter_add_text (again, written, &error));
      g_assert_no_error (error);
      g_assert_true (dq_filter_equal (filter, again));
    }
}

static void
test_syntax_errors (void)
{
  const char *bad[] = {
    "", ">= 30", "agea", "agea 30", "agea >=", "agea in", "agea in 1,,2",
    "agea = \"30", "agea missing 9", "agea = \"30\" 40", "agea >> 30", "agea = <30",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DqFilter) filter = dq_filter_new ();
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (dq_filter_add_text (filter, bad[i], &error));
      g_assert_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_cmpuint (dq_filter_get_n_conditions (filter), ==, 0);
    }
}

static void
test_numeric (void)
{
  g_autoptr(DqSurveyData) data = make_data ();

  /* 99 is declared missing and the seventh is empty: neither meets any
   * comparison, not even "!=". */
  assert_mask (data, "agea >= 30", "00111001");
  assert_mask (data, "agea > 30", "00011000");
  assert_mask (data, "agea < 30", "11000000");
  assert_mask (data, "agea <= 30", "11100001");
  assert_mask (data, "agea = 30", "00100001");
  assert_mask (data, "agea != 30", "11011000");
  assert_mask (data, "agea in 18,45,99", "10001000");
  assert_mask (data, "agea missing", "00000110");
  assert_mask (data, "agea not missing", "11111001");
  /* A value label stands for its value. */
  assert_mask (data, "sex = Female", "01010101");
  assert_mask (data, "sex in Male,2", "11111111");
}

static void
test_string (void)
{
  g_autoptr(DqSurveyData) data = make_data ();

  assert_mask (data, "region = Almaty", "10010010");
  assert_mask (data, "region in Astana,Shymkent", "01101000");
  /* The empty value and "Don't know" (declared missing) are missing. */
  assert_mask (data, "region != Almaty", "01101000");
  assert_mask (data, "region missing", "00000101");
  assert_mask (data, "region not missing", "11111010");
  /* A category no respondent has is no error with "!=". */
  assert_mask (data, "region != Aktobe", "11111010");
}

static void
test_and (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  const char *conditions[] = { "agea >= 30", "sex = 1", NULL };
  g_autofree char *mask = NULL;
  gsize n_included = 0;

  mask = mask_of (data, conditions, &n_included);
  g_assert_cmpstr (mask, ==, "00101000");
  g_assert_cmpuint (n_included, ==, 2);
}

static void
test_missing_codes (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqFilter) filter = dq_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;
  const double codes[] = { 45 };
  gsize n_included;

  /* The analysis's own missing codes count as missing in conditions. */
  g_assert_true (dq_filter_add_text (filter, "agea > 30", &error));
  mask = dq_filter_make_mask (filter, data, codes, 1, &n_included, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_included, ==, 1);
  g_assert_true (mask[3]);
  g_assert_false (mask[4]);
}

static void
test_no_condition (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqFilter) filter = dq_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;
  gsize n_included = 0;

  mask = dq_filter_make_mask (filter, data, NULL, 0, &n_included, &error);
  g_assert_no_error (error);
  g_assert_null (mask);
  g_assert_cmpuint (n_included, ==, 8);
  g_assert_null (dq_filter_describe (filter));
}

static void
assert_mask_error (DqSurveyData *data,
                   const char   *condition,
                   GQuark        domain,
                   int           code,
                   const char   *part)
{
  g_autoptr(DqFilter) filter = dq_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;

  g_assert_true (dq_filter_add_text (filter, condition, &error));
  mask = dq_filter_make_mask (filter, data, NULL, 0, NULL, &error);
  g_assert_null (mask);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, part));
}

static void
test_errors (void)
{
  g_autoptr(DqSurveyData) data = make_data ();

  assert_mask_error (data, "age >= 30", DQ_SURVEY_DATA_ERROR,
                     DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE, "agea");
  assert_mask_error (data, "agea >= thirty", DQ_FILTER_ERROR, DQ_FILTER_ERROR_VALUE, "thirty");
  assert_mask_error (data, "region < Astana", DQ_FILTER_ERROR, DQ_FILTER_ERROR_VALUE, "region");
  assert_mask_error (data, "agea > 200", DQ_FILTER_ERROR, DQ_FILTER_ERROR_NO_RESPONDENT,
                     "survey.sav");
}

static void
changed_cb (DqFilter *filter,
            guint    *count)
{
  (*count)++;
}

static void
test_changed (void)
{
  g_autoptr(DqFilter) filter = dq_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) texts = NULL;
  const char *two[] = { "agea >= 30", "sex = 2", NULL };
  guint count = 0;

  g_signal_connect (filter, "changed", G_CALLBACK (changed_cb), &count);

  g_assert_true (dq_filter_set_texts (filter, two, &error));
  g_assert_cmpuint (count, ==, 1);
  /* The same conditions again are no change. */
  g_assert_true (dq_filter_set_texts (filter, two, &error));
  g_assert_cmpuint (count, ==, 1);

  description = dq_filter_describe (filter);
  g_assert_nonnull (strstr (description, "agea >= 30"));
  g_assert_nonnull (strstr (description, "sex = 2"));
  texts = dq_filter_dup_texts (filter);
  g_assert_true (g_strv_equal ((const char * const *) texts, two));

  /* A bad text leaves the filter as it was. */
  {
    const char *bad[] = { "agea >= 40", "sex", NULL };

    g_assert_false (dq_filter_set_texts (filter, bad, &error));
    g_assert_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_SYNTAX);
    g_assert_cmpuint (dq_filter_get_n_conditions (filter), ==, 2);
    g_assert_cmpuint (count, ==, 1);
  }

  dq_filter_remove (filter, 0);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (dq_filter_get_variable (filter, 0), ==, "sex");
  dq_filter_clear (filter);
  g_assert_cmpuint (count, ==, 3);
  dq_filter_clear (filter);
  g_assert_cmpuint (count, ==, 3);
}

static void
test_preconditions (void)
{
  g_autoptr(DqFilter) filter = dq_filter_new ();
  const char *two[] = { "1", "2", NULL };

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*n_values == 1*");
  dq_filter_add (filter, "agea", DQ_FILTER_EQUAL, two);
  g_test_assert_expected_messages ();
  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*index < self->conditions->len*");
  dq_filter_remove (filter, 0);
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Filter/text", test_text);
  g_test_add_func ("/Dostyq/Model/Filter/syntax-errors", test_syntax_errors);
  g_test_add_func ("/Dostyq/Model/Filter/numeric", test_numeric);
  g_test_add_func ("/Dostyq/Model/Filter/string", test_string);
  g_test_add_func ("/Dostyq/Model/Filter/and", test_and);
  g_test_add_func ("/Dostyq/Model/Filter/missing-codes", test_missing_codes);
  g_test_add_func ("/Dostyq/Model/Filter/no-condition", test_no_condition);
  g_test_add_func ("/Dostyq/Model/Filter/errors", test_errors);
  g_test_add_func ("/Dostyq/Model/Filter/changed", test_changed);
  g_test_add_func ("/Dostyq/Model/Filter/preconditions", test_preconditions);

  return g_test_run ();
}
