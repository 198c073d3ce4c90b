/* test-data-writer.c
 *
 * Survey data written as .sav, .dta and CSV and read back: the respondents
 * a filter keeps, recoded variables, labels and values declared missing,
 * and the same crosstab from the file as from the data. A .sav file is
 * also opened in PSPP, when it is installed, to see the same labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-analysis.h"
#include "dq-data-writer.h"
#include "dq-survey-reader.h"
#include "dq-test-util.h"

/* Ten respondents: a scale with labels and 9 declared missing, a text
 * region with "DK" declared missing, an age and a weight. */
static DqSurveyData *
make_data (void)
{
  DqSurveyData *data = dq_survey_data_new ("survey.csv");
  double q[] = { 1, 2, 3, 1, 2, 9, 3, 1, NAN, 2 };
  double ages[] = { 18, 25, 33, 41, 52, 67, 29, 35, 44, 70 };
  double weights[] = { 1.5, 0.5, 1, 2, 1, 1, 0.25, 1.75, 1, 1 };
  guint32 regions[] = { 0, 1, 0, 2, 1, 0, 3, 2, 1, DQ_SURVEY_DATA_NO_CODE };
  const char *categories[] = { "Алматы", "Astana", "Shymkent", "DK", NULL };
  double days[10];
  guint v;

  v = dq_survey_data_add_numeric (data, "q1", g_memdup2 (q, sizeof q), 10);
  dq_survey_data_set_label (data, v, "Trust in neighbours");
  dq_survey_data_add_value_label (data, v, 1, "Трудно сказать");
  dq_survey_data_add_value_label (data, v, 2, "Yes");
  dq_survey_data_add_value_label (data, v, 3, "No");
  dq_survey_data_add_value_label (data, v, 9, "Refused");
  dq_survey_data_add_missing_range (data, v, 9, 9);
  v = dq_survey_data_add_string (data, "region", g_memdup2 (regions, sizeof regions), 10,
                                 g_strdupv ((GStrv) categories));
  dq_survey_data_add_missing_string (data, v, "DK");
  dq_survey_data_add_text_label (data, v, "Astana", "Capital city");
  dq_survey_data_add_numeric (data, "agea", g_memdup2 (ages, sizeof ages), 10);
  dq_survey_data_add_numeric (data, "w", g_memdup2 (weights, sizeof weights), 10);
  dq_survey_data_set_stored_weight (data, "w");
  /* Interview days in SPSS's count: seconds from 14 October 1582. */
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    days[i] = 13744944000.0 + 86400.0 * i;
  days[3] = NAN;
  v = dq_survey_data_add_numeric (data, "day", g_memdup2 (days, sizeof days), 10);
  dq_survey_data_set_date_kind (data, v, DQ_DATE_SPSS_DATE);

  return data;
}

static DqSurveyData *
read_back (GFile *file)
{
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(GError) error = NULL;
  DqSurveyData *data;

  dq_survey_reader_set_encoding (reader, "UTF-8");
  data = dq_survey_reader_read (reader, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

/* The same cells, by value, in both tables. */
static void
assert_same_table (DqCrosstab *a,
                   DqCrosstab *b,
                   gboolean    labelled)
{
  g_assert_cmpuint (dq_crosstab_get_n_rows (a), ==, dq_crosstab_get_n_rows (b));
  g_assert_cmpuint (dq_crosstab_get_n_columns (a), ==, dq_crosstab_get_n_columns (b));

  for (guint r = 0; r < dq_crosstab_get_n_rows (a); r++)
    {
      g_assert_cmpstr (dq_crosstab_get_row_value (a, r), ==, dq_crosstab_get_row_value (b, r));
      if (labelled)
        g_assert_cmpstr (dq_crosstab_get_row_label (a, r), ==, dq_crosstab_get_row_label (b, r));
      for (guint c = 0; c <= dq_crosstab_get_n_columns (a); c++)
        {
          if (c < dq_crosstab_get_n_columns (a))
            g_assert_cmpstr (dq_crosstab_get_column_value (a, c), ==,
                             dq_crosstab_get_column_value (b, c));
          g_assert_cmpfloat_with_epsilon (dq_crosstab_get_weighted (a, r, c),
                                          dq_crosstab_get_weighted (b, r, c), 1e-9);
          g_assert_cmpuint (dq_crosstab_get_unweighted (a, r, c), ==,
                            dq_crosstab_get_unweighted (b, r, c));
        }
    }
}

/* An analysis with a filter and a recode, as a researcher sets one up. */
static DqAnalysis *
make_analysis (void)
{
  DqAnalysis *analysis = dq_analysis_new ();
  g_autoptr(DqRecode) bands = NULL;
  g_autoptr(GError) error = NULL;

  bands = dq_recode_new_from_text ("ageband = agea: lo thru 29 \"18–29\"; 30 thru 49 \"30–49\"; "
                                   "50 thru hi \"50+\"", &error);
  g_assert_no_error (error);
  dq_analysis_add_recode (analysis, bands);
  g_assert_true (dq_filter_add_text (dq_analysis_get_filter (analysis), "agea >= 25", &error));
  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "ageband");
  dq_analysis_set_weight (analysis, "w");

  return analysis;
}

/* Writes the prepared, filtered data and reads it back. */
static DqSurveyData *
write_and_read (DqAnalysis   *analysis,
                DqSurveyData *data,
                const char   *dir,
                const char   *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *mask = NULL;
  DqDataFormat format;
  gsize n_written = 0;

  prepared = dq_analysis_prepare_data (analysis, data, TRUE, &error);
  g_assert_no_error (error);
  mask = dq_analysis_make_mask (analysis, prepared, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dq_data_writer_format_for_file (file, &format, &error));
  g_assert_true (dq_data_writer_write (prepared, mask, file, format, &n_written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 9);

  return read_back (file);
}

static void
test_round_trip (gconstpointer user_data)
{
  const char *name = user_data;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-data-writer-XXXXXX", NULL);
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqAnalysis) analysis = make_analysis ();
  g_autoptr(DqAnalysis) plain = dq_analysis_new ();
  g_autoptr(DqSurveyData) written = NULL;
  g_autoptr(DqCrosstab) expected = NULL;
  g_autoptr(DqCrosstab) got = NULL;
  g_autoptr(GError) error = NULL;
  gboolean labelled = !g_str_has_suffix (name, ".csv");
  guint v;

  expected = dq_analysis_compute (analysis, data, &error);
  g_assert_no_error (error);

  written = write_and_read (analysis, data, dir, name);
  g_assert_cmpuint (dq_survey_data_get_n_rows (written), ==, 9);
  g_assert_cmpuint (dq_survey_data_get_n_variables (written), ==, 6);

  /* The recoded variable is in the file; the filter is no longer needed. */
  dq_analysis_set_row_variable (plain, "q1");
  dq_analysis_set_column_variable (plain, "ageband");
  dq_analysis_set_weight (plain, "w");
  if (!g_str_has_suffix (name, ".sav"))
    {
      /* Stata and CSV have no values declared missing: 9 is a value. */
      const double nine = 9;

      dq_analysis_set_missing_codes (plain, &nine, 1);
    }
  got = dq_analysis_compute (plain, written, &error);
  g_assert_no_error (error);
  g_assert_true (labelled || dq_crosstab_get_row_label (got, 0) == NULL);
  assert_same_table (expected, got, labelled);

  /* Text survives in UTF-8. */
  g_assert_true (dq_survey_data_lookup_variable (written, "region", &v));
  {
    g_autofree char *text = dq_survey_data_dup_value_text (written, v, 1);

    g_assert_cmpstr (text, ==, "Алматы");
  }

  /* Dates stay the same days, in each format's own count. */
  g_assert_true (dq_survey_data_lookup_variable (written, "day", &v));
  {
    g_autofree char *day = NULL;
    g_autofree char *text = dq_survey_data_dup_value_text (written, v, 0);

    day = labelled ? dq_survey_data_format_number (written, v,
                                                   dq_survey_data_get_numbers (written, v)[0])
                   : g_strdup (text);
    g_assert_cmpstr (day, ==, "2018-05-07");
    g_assert_true (labelled == (dq_survey_data_get_date_kind (written, v) != DQ_DATE_NONE));
  }

  if (labelled)
    {
      g_assert_true (dq_survey_data_lookup_variable (written, "q1", &v));
      g_assert_cmpstr (dq_survey_data_get_label (written, v), ==, "Trust in neighbours");
      g_assert_cmpstr (dq_survey_data_lookup_value_label (written, v, 1), ==, "Трудно сказать");
      g_assert_true (dq_survey_data_lookup_variable (written, "ageband", &v));
      g_assert_cmpstr (dq_survey_data_lookup_value_label (written, v, 2), ==, "30–49");
    }
  if (g_str_has_suffix (name, ".sav"))
    {
      /* Only SPSS declares values missing. */
      g_assert_true (dq_survey_data_lookup_variable (written, "q1", &v));
      g_assert_true (dq_survey_data_is_missing_number (written, v, 9));
      g_assert_true (dq_survey_data_lookup_variable (written, "region", &v));
      g_assert_cmpuint (dq_survey_data_get_n_missing (written, v), ==, 1);
      g_assert_cmpstr (dq_survey_data_get_missing_string (written, v, 0), ==, "DK");
      /* Only SPSS labels text values. */
      g_assert_true (dq_survey_data_lookup_variable (written, "region", &v));
      g_assert_cmpstr (dq_survey_data_lookup_text_label (written, v, "Astana"), ==,
                       "Capital city");
      /* And the weight it stores. */
      g_assert_cmpstr (dq_survey_data_get_stored_weight (written), ==, "w");
    }

  dq_test_remove_dir (dir);
}

/* PSPP reads the .sav with the same labels and missing values. */
static void
test_pspp (void)
{
  g_autofree char *pspp = g_find_program_in_path ("pspp");
  g_autofree char *dir = NULL;
  g_autofree char *syntax_path = NULL;
  g_autofree char *syntax = NULL;
  g_autofree char *out = NULL;
  g_autoptr(DqSurveyData) data = make_data ();
  g_autoptr(DqAnalysis) analysis = make_analysis ();
  g_autoptr(DqSurveyData) written = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (pspp == NULL)
    {
      g_test_skip ("pspp is not installed");
      return;
    }

  dir = g_dir_make_tmp ("dostyq-data-writer-XXXXXX", NULL);
  written = write_and_read (analysis, data, dir, "survey.sav");
  syntax_path = g_build_filename (dir, "check.sps", NULL);
  syntax = g_strdup_printf ("GET FILE='%s/survey.sav'.\n"
                            "DISPLAY DICTIONARY.\n"
                            "FREQUENCIES /VARIABLES=q1 ageband.\n", dir);
  g_file_set_contents (syntax_path, syntax, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { pspp, "-O", "format=txt", "-O", "box=ascii", syntax_path, NULL };

    g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                  &status, &error);
  }
  g_assert_no_error (error);
  g_test_message ("%s", out);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_null (strstr (out, "error"));
  g_assert_null (strstr (out, "warning"));
  g_assert_nonnull (strstr (out, "Trust in neighbours"));
  g_assert_nonnull (strstr (out, "Трудно сказать"));
  g_assert_nonnull (strstr (out, "30–49"));
  g_assert_nonnull (strstr (out, "Refused"));
  g_assert_nonnull (strstr (out, "Capital city"));
  /* PSPP counts 9 as missing: one respondent of the nine. */
  g_assert_nonnull (strstr (out, "User-missing"));

  dq_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dostyq-data-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.sav", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) xlsx = g_file_new_for_path ("/tmp/out.xlsx");
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("survey.csv");
  g_autoptr(GError) error = NULL;
  double values[] = { 1, 2 };
  DqDataFormat format;

  g_assert_false (dq_data_writer_format_for_file (xlsx, &format, &error));
  g_assert_error (error, DQ_DATA_WRITER_ERROR, DQ_DATA_WRITER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "out.xlsx"));
  g_clear_error (&error);

  /* A name SPSS does not allow is named, and nothing is written. */
  dq_survey_data_add_numeric (data, "2nd wave", g_memdup2 (values, sizeof values), 2);
  g_assert_false (dq_data_writer_write (data, NULL, file, DQ_DATA_FORMAT_SAV, NULL, &error));
  g_assert_error (error, DQ_DATA_WRITER_ERROR, DQ_DATA_WRITER_ERROR_VARIABLE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "2nd wave"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  dq_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/Dostyq/Model/DataWriter/round-trip-sav", "survey.sav",
                        test_round_trip);
  g_test_add_data_func ("/Dostyq/Model/DataWriter/round-trip-dta", "survey.dta",
                        test_round_trip);
  g_test_add_data_func ("/Dostyq/Model/DataWriter/round-trip-csv", "survey.csv",
                        test_round_trip);
  g_test_add_func ("/Dostyq/Model/DataWriter/pspp", test_pspp);
  g_test_add_func ("/Dostyq/Model/DataWriter/errors", test_errors);

  return g_test_run ();
}
