/* test-recode.c
 *
 * Recodes: read from text and written back, age bands with open ends, a
 * scale collapsed by values and value labels, text categories grouped,
 * missing values kept missing, the errors a researcher sees, and a recoded
 * variable as the row and the filter of an analysis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-analysis.h"
#include "dq-recode.h"

/* Eight respondents: an age (99 declared missing, one empty), a five-point
 * scale with labels, a text region and a weight. */
static DqSurveyData *
make_data (void)
{
  DqSurveyData *data = dq_survey_data_new ("survey.sav");
  double ages[] = { 18, 25, 30, 31, 45, 99, NAN, 70 };
  double scale[] = { 1, 2, 3, 4, 5, 1, 2, 9 };
  double weights[] = { 1, 2, 1, 2, 1, 2, 1, 2 };
  guint32 regions[] = { 0, 1, 2, 0, 1, DQ_SURVEY_DATA_NO_CODE, 0, 2 };
  const char *categories[] = { "Almaty", "Astana", "Shymkent", NULL };
  guint age, q;

  age = dq_survey_data_add_numeric (data, "agea", g_memdup2 (ages, sizeof ages), 8);
  dq_survey_data_add_missing_range (data, age, 99, 99);
  dq_survey_data_set_label (data, age, "Age of respondent");
  q = dq_survey_data_add_numeric (data, "q5", g_memdup2 (scale, sizeof scale), 8);
  dq_survey_data_add_value_label (data, q, 1, "Agree strongly");
  dq_survey_data_add_value_label (data, q, 5, "Disagree strongly");
  dq_survey_data_add_missing_range (data, q, 9, 9);
  dq_survey_data_add_string (data, "region", g_memdup2 (regions, sizeof regions), 8,
                             g_strdupv ((GStrv) categories));
  dq_survey_data_add_numeric (data, "w", g_memdup2 (weights, sizeof weights), 8);

  return data;
}

static DqRecode *
read_recode (const char *text)
{
  g_autoptr(GError) error = NULL;
  DqRecode *recode = dq_recode_new_from_text (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (recode);

  return recode;
}

/* The recoded values as text, "." for missing. */
static char *
recode_values (DqSurveyData *data,
               const char   *text)
{
  g_autoptr(DqRecode) recode = read_recode (text);
  g_autoptr(DqSurveyData) target = dq_survey_data_new_with_rows_of (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const double *values;
  guint variable;

  variable = dq_recode_add_to (recode, data, target, &error);
  g_assert_no_error (error);
  values = dq_survey_data_get_numbers (target, variable);
  for (gsize r = 0; r < dq_survey_data_get_n_rows (target); r++)
    {
      if (isnan (values[r]))
        g_string_append_c (out, '.');
      else
        g_string_append_printf (out, "%g", values[r]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_text (void)
{
  const char *texts[][2] = {
    { "ageband = agea: 18 thru 29 \"18–29\"; 30 thru 44 \"30–44\"; 45 thru hi \"45+\"",
      "ageband = agea: 18 thru 29 \"18–29\"; 30 thru 44 \"30–44\"; 45 thru hi \"45+\"" },
    { "agree3=q5:1,2 'Agree';3;4, 5 \"Disagree\";",
      "agree3 = q5: 1, 2 \"Agree\"; 3 \"3\"; 4, 5 \"Disagree\"" },
    { "area = region: \"Almaty\", Astana \"Cities; north\"; Shymkent",
      "area = region: Almaty, Astana \"Cities; north\"; Shymkent \"Shymkent\"" },
    { "l = q5: lo thru 2 'The \"agree\" side'",
      "l = q5: lo thru 2 'The \"agree\" side'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DqRecode) recode = read_recode (texts[i][0]);
      g_autoptr(DqRecode) again = NULL;
      g_autofree char *written = dq_recode_dup_text (recode);
      g_autofree char *rewritten = NULL;

      g_assert_cmpstr (written, ==, texts[i][1]);
      again = read_recode (written);
      rewritten = dq_recode_dup_text (again);
      g_assert_cmpstr (rewritten, ==, written);
    }

  {
    g_autoptr(DqRecode) recode = read_recode (texts[2][0]);

    g_assert_cmpstr (dq_recode_get_name (recode), ==, "area");
    g_assert_cmpstr (dq_recode_get_source (recode), ==, "region");
    g_assert_cmpuint (dq_recode_get_n_groups (recode), ==, 2);
    g_assert_cmpstr (dq_recode_get_label (recode, 0), ==, "Cities; north");
  }
}

static void
test_syntax_errors (void)
{
  const char *bad[] = {
    "ageband agea 18 thru 29", "ageband = agea 18", " = agea: 1", "age band = agea: 1",
    "b = : 1", "b = agea: 1 \"open", "b = agea: ;2", "b = agea: 1,,2", "b = agea: 18 thru ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqRecode) recode = NULL;

      g_test_message ("%s", bad[i]);
      recode = dq_recode_new_from_text (bad[i], &error);
      g_assert_null (recode);
      g_assert_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_values (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autofree char *bands = NULL;
  g_autofree char *scale = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *regions = NULL;
  g_autofree char *first = NULL;

  /* 99 is declared missing and the seventh is empty: both stay missing. */
  bands = recode_values (data,
                         "b = agea: lo thru 29 'young'; 30 thru 44 'middle'; 45 thru hi 'old'");
  g_assert_cmpstr (bands, ==, "11223..3");
  /* 9 is missing; a value no group lists is missing too. */
  scale = recode_values (data, "s = q5: 1,2 'agree'; 4,5 'disagree'");
  g_assert_cmpstr (scale, ==, "11.2211.");
  /* A value label stands for its value. */
  labels = recode_values (data, "s = q5: Agree strongly 'a'; Disagree strongly 'd'");
  g_assert_cmpstr (labels, ==, "1...21..");
  regions = recode_values (data, "r = region: Almaty, Astana 'cities'; Shymkent 'south'");
  g_assert_cmpstr (regions, ==, "11211.12");
  /* The first group that lists a value takes it. */
  first = recode_values (data, "f = agea: 18 thru 30 'a'; 25 thru 45 'b'");
  g_assert_cmpstr (first, ==, "11122...");
}

static void
test_variable (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqRecode) recode =
    read_recode ("ageband = agea: lo thru 29 \"18–29\"; 30 thru hi \"30+\"");
  g_autoptr(GError) error = NULL;
  const DqValueLabel *labels;
  guint variable, n_labels;

  /* The new variable joins the data it is made from. */
  variable = dq_recode_add_to (recode, data, data, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_survey_data_get_name (data, variable), ==, "ageband");
  g_assert_cmpstr (dq_survey_data_get_label (data, variable), ==, "Age of respondent");
  labels = dq_survey_data_get_value_labels (data, variable, &n_labels);
  g_assert_cmpuint (n_labels, ==, 2);
  g_assert_cmpfloat (labels[1].value, ==, 2);
  g_assert_cmpstr (labels[1].label, ==, "30+");

  /* Its name is now taken. */
  g_assert_cmpuint (dq_recode_add_to (recode, data, data, &error), ==, G_MAXUINT);
  g_assert_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_NAME);
}

static void
assert_add_error (DqSurveyData *data,
                  const char   *text,
                  GQuark        domain,
                  int           code)
{
  g_autoptr(DqRecode) recode = read_recode (text);
  g_autoptr(DqSurveyData) target = dq_survey_data_new_with_rows_of (data);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (dq_recode_add_to (recode, data, target, &error), ==, G_MAXUINT);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (dq_survey_data_get_n_variables (target), ==, 0);
}

static void
test_errors (void)
{
  g_autoptr(DqSurveyData) data = make_data ();

  assert_add_error (data, "b = age: 1 thru 2", DQ_SURVEY_DATA_ERROR,
                    DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  assert_add_error (data, "b = agea: 18 thru thirty", DQ_RECODE_ERROR, DQ_RECODE_ERROR_VALUE);
  assert_add_error (data, "b = region: Almaty thru Astana", DQ_RECODE_ERROR,
                    DQ_RECODE_ERROR_VALUE);
  assert_add_error (data, "q5 = agea: 1", DQ_RECODE_ERROR, DQ_RECODE_ERROR_NAME);
}

static void
test_analysis (void)
{
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(DqRecode) bands = read_recode ("ageband = agea: lo thru 29 'young'; 30 thru hi 'old'");
  g_autoptr(DqRecode) agree = read_recode ("agree = q5: 1,2 'agree'; 3 thru 5 'not'");
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) variables = NULL;
  const char *expected_variables[] = { "agea", "q5", "w", NULL };

  dq_analysis_add_recode (analysis, bands);
  dq_analysis_add_recode (analysis, agree);
  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_recodes (analysis)), ==, 2);
  g_assert_true (dq_analysis_lookup_recode (analysis, "agree") == agree);

  dq_analysis_set_row_variable (analysis, "ageband");
  dq_analysis_set_column_variable (analysis, "agree");
  dq_analysis_set_weight (analysis, "w");
  g_assert_true (dq_filter_add_text (dq_analysis_get_filter (analysis), "agree = agree",
                                     &error));
  /* A reader keeps the sources of the recoded variables. */
  variables = dq_analysis_dup_variables (analysis);
  g_assert_true (g_strv_equal ((const char * const *) variables, expected_variables));

  table = dq_analysis_compute (analysis, data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);

  /* Those who agree (q5 1 or 2): ages 18, 25 (young, weights 1 + 2) and
   * 99 (missing) and empty; the filter leaves out the rest, which are not
   * missing. */
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 1);
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, 1);
  g_assert_cmpstr (dq_crosstab_get_row_label (table, 0), ==, "young");
  g_assert_cmpstr (dq_crosstab_get_column_label (table, 0), ==, "agree");
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (table, 0, 0), 3.0, 1e-12);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 2);

  /* Replacing a recode of the same name is one change. */
  {
    g_autoptr(DqRecode) wider = read_recode ("ageband = agea: lo thru 100 'all'");

    dq_analysis_add_recode (analysis, wider);
    g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_recodes (analysis)), ==, 2);
    g_assert_true (dq_analysis_lookup_recode (analysis, "ageband") == wider);
  }

  /* A new file without the sources drops what it cannot compute. */
  {
    g_autoptr(DqSurveyData) other = dq_survey_data_new ("other.csv");
    double values[] = { 1, 2 };

    dq_survey_data_add_numeric (other, "q5", g_memdup2 (values, sizeof values), 2);
    g_assert_true (dq_analysis_forget_unknown (analysis, other));
    g_assert_null (dq_analysis_get_row_variable (analysis));
    g_assert_cmpstr (dq_analysis_get_column_variable (analysis), ==, "agree");
    g_assert_cmpuint (dq_filter_get_n_conditions (dq_analysis_get_filter (analysis)), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Recode/text", test_text);
  g_test_add_func ("/Dostyq/Model/Recode/syntax-errors", test_syntax_errors);
  g_test_add_func ("/Dostyq/Model/Recode/values", test_values);
  g_test_add_func ("/Dostyq/Model/Recode/variable", test_variable);
  g_test_add_func ("/Dostyq/Model/Recode/errors", test_errors);
  g_test_add_func ("/Dostyq/Model/Recode/analysis", test_analysis);

  return g_test_run ();
}
