/* test-mrset.c
 *
 * Multiple-response sets: read from text and written back, and their
 * weighted tables against R's survey package (tests/data/mrset/reference.R
 * computed tests/data/mrset/reference.csv once), for a set of yes/no
 * variables and a set of categories; text variables, the filter's mask and
 * the errors a researcher sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-mrset.h"
#include "dq-survey-reader.h"

static DqSurveyData *
read_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mrset", "mrset.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(GError) error = NULL;
  DqSurveyData *data;

  data = dq_survey_reader_read (reader, NULL, &error);
  g_assert_no_error (error);

  return data;
}

static DqMrset *
read_set (const char *text)
{
  g_autoptr(GError) error = NULL;
  DqMrset *set = dq_mrset_new_from_text (text, &error);

  g_assert_no_error (error);

  return set;
}

static const DqMrsetCategory *
find_category (DqMrsetTable *table,
               const char   *value)
{
  for (guint i = 0; i < table->n_categories; i++)
    if (g_str_equal (table->categories[i].value, value))
      return &table->categories[i];

  g_assert_not_reached ();
}

static void
test_text (void)
{
  g_autoptr(DqMrset) dichotomies = read_set ("langs=speaks_kk ,speaks_ru,speaks_uz : Yes");
  g_autoptr(DqMrset) categories = read_set ("first = lang1, lang2");
  g_autofree char *a = dq_mrset_dup_text (dichotomies);
  g_autofree char *b = dq_mrset_dup_text (categories);
  const char *bad[] = {
    "langs speaks_kk", "= a, b", "s = a", "s = a, , b", "s = a, b:", "s t = a, b",
  };

  g_assert_cmpstr (a, ==, "langs = speaks_kk, speaks_ru, speaks_uz: Yes");
  g_assert_cmpstr (b, ==, "first = lang1, lang2");
  g_assert_cmpstr (dq_mrset_get_counted (dichotomies), ==, "Yes");
  g_assert_null (dq_mrset_get_counted (categories));
  g_assert_cmpuint (g_strv_length ((GStrv) dq_mrset_get_variables (dichotomies)), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqMrset) set = dq_mrset_new_from_text (bad[i], &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (set);
      g_assert_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

/* Every number R gave, to 1e-9 percentage points. */
static void
test_reference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mrset", "reference.csv",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(DqSurveyData) data = read_fixture ();
  g_autoptr(DqMrset) langs = read_set ("langs = speaks_kk, speaks_ru, speaks_uz: 1");
  g_autoptr(DqMrset) first = read_set ("first = lang1, lang2");
  g_autoptr(DqMrsetTable) langs_table = NULL;
  g_autoptr(DqMrsetTable) first_table = NULL;
  g_autoptr(GError) error = NULL;
  const double nine = 9;
  guint n_checked = 0;

  langs_table = dq_mrset_compute (langs, data, "w", NULL, &nine, 1, &error);
  g_assert_no_error (error);
  first_table = dq_mrset_compute (first, data, "w", NULL, &nine, 1, &error);
  g_assert_no_error (error);

  /* Respondent 6 gave no response. */
  g_assert_cmpuint (langs_table->n_respondents, ==, 11);
  g_assert_cmpuint (langs_table->n_left_out, ==, 1);
  g_assert_cmpuint (first_table->n_categories, ==, 3);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", -1);
      DqMrsetTable *table;
      const DqMrsetCategory *c;
      double expected[6];

      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (g_strv_length (f), ==, 8);
      table = g_str_equal (f[0], "langs") ? langs_table : first_table;
      c = find_category (table, f[1]);
      for (guint k = 0; k < 6; k++)
        expected[k] = g_ascii_strtod (f[2 + k], NULL);

      g_test_message ("%s %s", f[0], f[1]);
      g_assert_cmpfloat_with_epsilon (c->respondent_percent, expected[0], 1e-9);
      g_assert_cmpfloat_with_epsilon (c->respondent_low, expected[1], 1e-9);
      g_assert_cmpfloat_with_epsilon (c->respondent_high, expected[2], 1e-9);
      g_assert_cmpfloat_with_epsilon (c->response_percent, expected[3], 1e-9);
      g_assert_cmpfloat_with_epsilon (c->response_low, expected[4], 1e-9);
      g_assert_cmpfloat_with_epsilon (c->response_high, expected[5], 1e-9);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 6);
}

static void
test_text_variables (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("survey.sav");
  guint32 first[] = { 0, 1, 0, DQ_SURVEY_DATA_NO_CODE };
  guint32 second[] = { 1, DQ_SURVEY_DATA_NO_CODE, 2, DQ_SURVEY_DATA_NO_CODE };
  const char *a[] = { "Русский", "Қазақ", NULL };
  const char *b[] = { "Қазақ", "Русский", "Ўзбек", NULL };
  g_autoptr(DqMrset) set = read_set ("langs = l1, l2");
  g_autoptr(DqMrset) yes = read_set ("ru = l1, l2: Русский");
  g_autoptr(DqMrsetTable) table = NULL;
  g_autoptr(DqMrsetTable) yes_table = NULL;
  g_autoptr(GError) error = NULL;
  const guint8 mask[] = { 1, 1, 0, 1 };

  dq_survey_data_add_string (data, "l1", g_memdup2 (first, sizeof first), 4,
                             g_strdupv ((GStrv) a));
  dq_survey_data_add_string (data, "l2", g_memdup2 (second, sizeof second), 4,
                             g_strdupv ((GStrv) b));

  /* Respondents 1 (Русский, Русский: one response) and 2 (Қазақ); 3 is
   * filtered out and 4 gave none. */
  table = dq_mrset_compute (set, data, NULL, mask, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->n_respondents, ==, 2);
  g_assert_cmpuint (table->n_left_out, ==, 1);
  g_assert_cmpuint (table->n_categories, ==, 2);
  g_assert_cmpfloat (find_category (table, "Русский")->respondent_percent, ==, 50);
  g_assert_cmpfloat (find_category (table, "Қазақ")->response_percent, ==, 50);

  yes_table = dq_mrset_compute (yes, data, NULL, NULL, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (yes_table->n_respondents, ==, 2);
  g_assert_cmpfloat (find_category (yes_table, "l1")->weighted, ==, 2);
  g_assert_cmpfloat (find_category (yes_table, "l2")->weighted, ==, 1);
}

static void
test_errors (void)
{
  g_autoptr(DqSurveyData) data = read_fixture ();
  g_autoptr(DqMrset) unknown = read_set ("s = speaks_kk, speaks_de: 1");
  g_autoptr(DqMrset) label = read_set ("s = speaks_kk, speaks_ru: Yes");
  g_autoptr(DqMrset) none = read_set ("s = speaks_kk, speaks_ru: 5");
  g_autoptr(DqMrsetTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = dq_mrset_compute (unknown, data, NULL, NULL, NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_clear_error (&error);

  table = dq_mrset_compute (label, data, NULL, NULL, NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Yes"));
  g_clear_error (&error);

  table = dq_mrset_compute (none, data, "w", NULL, NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_NO_RESPONDENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Mrset/text", test_text);
  g_test_add_func ("/Dostyq/Model/Mrset/reference", test_reference);
  g_test_add_func ("/Dostyq/Model/Mrset/text-variables", test_text_variables);
  g_test_add_func ("/Dostyq/Model/Mrset/errors", test_errors);

  return g_test_run ();
}
