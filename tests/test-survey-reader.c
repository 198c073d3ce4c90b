/* test-survey-reader.c
 *
 * The one entry point for survey files: CSV, TSV and Windows-1251 files
 * written here, and SPSS and Stata files from pyreadstat's test data
 * (tests/data/SOURCE.md), checked against what pyreadstat's own tests state
 * of them; the async pair, cancelling, and files it cannot read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "dq-survey-reader.h"
#include "dq-test-util.h"

static char *tmp_dir;

static GFile *
data_file (const char *name)
{
  return g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", name, NULL));
}

static guint
variable (DqSurveyData *data,
          const char   *name)
{
  guint index = G_MAXUINT;

  if (!dq_survey_data_lookup_variable (data, name, &index))
    g_error ("no variable %s", name);

  return index;
}

static double
number (DqSurveyData *data,
        const char   *name,
        gsize         row)
{
  guint v = variable (data, name);

  g_assert_cmpint (dq_survey_data_get_kind (data, v), ==, DQ_VARIABLE_NUMERIC);

  return dq_survey_data_get_numbers (data, v)[row];
}

static const char *
text (DqSurveyData *data,
      const char   *name,
      gsize         row)
{
  guint v = variable (data, name);
  const char * const *categories;
  guint32 code;

  g_assert_cmpint (dq_survey_data_get_kind (data, v), ==, DQ_VARIABLE_STRING);
  categories = dq_survey_data_get_categories (data, v, NULL);
  code = dq_survey_data_get_codes (data, v)[row];

  return code == DQ_SURVEY_DATA_NO_CODE ? NULL : categories[code];
}

static DqSurveyData *
read_file (DqSurveyReader *reader)
{
  g_autoptr(GError) error = NULL;
  DqSurveyData *data = dq_survey_reader_read (reader, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static void
assert_message_has (const GError *error,
                    const char   *part)
{
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in “%s”", part, error->message);
}

static void
test_format_for_file (void)
{
  static const struct
  {
    const char     *name;
    DqSurveyFormat  format;
  } cases[] = {
    { "survey.csv", DQ_SURVEY_FORMAT_CSV },
    { "survey.tsv", DQ_SURVEY_FORMAT_CSV },
    { "survey.txt", DQ_SURVEY_FORMAT_CSV },
    { "SURVEY.SAV", DQ_SURVEY_FORMAT_SPSS },
    { "survey.zsav", DQ_SURVEY_FORMAT_SPSS },
    { "survey.por", DQ_SURVEY_FORMAT_SPSS },
    { "survey.dta", DQ_SURVEY_FORMAT_STATA },
    { "survey.dta.csv", DQ_SURVEY_FORMAT_CSV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].name);
      g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);

      g_assert_cmpint (dq_survey_format_for_file (file), ==, cases[i].format);
      g_assert_cmpint (dq_survey_reader_get_format (reader), ==, cases[i].format);
      g_assert_true (dq_survey_reader_get_file (reader) == file);
    }

  g_assert_true (dq_survey_format_is_text (DQ_SURVEY_FORMAT_CSV));
  g_assert_true (dq_survey_format_is_text (DQ_SURVEY_FORMAT_TSV));
  g_assert_false (dq_survey_format_is_text (DQ_SURVEY_FORMAT_SPSS));
  g_assert_false (dq_survey_format_is_text (DQ_SURVEY_FORMAT_STATA));
}

static void
test_csv (void)
{
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "survey.csv",
                                              "id,region,weight\n1,Almaty,0.5\n"
                                              "2,Astana,1.5\n3,,2\n", -1);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = read_file (reader);

  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_CSV);
  g_assert_cmpstr (dq_survey_reader_get_detected_encoding (reader), ==, "UTF-8");
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, ',');
  g_assert_false (dq_survey_reader_has_decimal_comma (reader, "weight"));
  g_assert_null (dq_survey_reader_get_file_label (reader));

  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "survey.csv");
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 3);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 3);
  g_assert_cmpstr (text (data, "region", 1), ==, "Astana");
  g_assert_null (text (data, "region", 2));
  g_assert_cmpfloat (number (data, "weight", 1), ==, 1.5);
}

static void
test_tsv (void)
{
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "export.txt",
                                              "id\tq1\tq2\n1\t2\t3\n4\t5\t6\n", -1);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = NULL;

  /* Before a read, text is CSV; the delimiter found makes it TSV. */
  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_CSV);
  data = read_file (reader);
  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_TSV);
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, '\t');
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 2);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 3);
  g_assert_cmpfloat (number (data, "q2", 1), ==, 6);
}

/* Excel in a Russian locale: Windows-1251, semicolons, decimal commas. */
static void
test_cp1251 (void)
{
  g_autofree char *bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqSurveyReader) reader = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  gsize length;

  bytes = g_convert ("id;регион;вес\r\n1;Алматы;0,5\r\n2;Шымкент;1,25\r\n", -1, "CP1251",
                     "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (bytes);
  file = dq_test_write_file (tmp_dir, "опрос.csv", bytes, length);
  reader = dq_survey_reader_new (file);
  data = read_file (reader);

  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_CSV);
  g_assert_cmpstr (dq_survey_reader_get_detected_encoding (reader), ==, "CP1251");
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, ';');
  g_assert_true (dq_survey_reader_has_decimal_comma (reader, "вес"));
  g_assert_false (dq_survey_reader_has_decimal_comma (reader, "id"));
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "опрос.csv");
  g_assert_cmpstr (text (data, "регион", 1), ==, "Шымкент");
  g_assert_cmpfloat (number (data, "вес", 1), ==, 1.25);
}

/* The caller's encoding and delimiter override what would be detected. */
static void
test_overrides (void)
{
  g_autofree char *bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqSurveyReader) reader = NULL;
  g_autoptr(DqSurveyData) detected = NULL;
  g_autoptr(DqSurveyData) forced = NULL;
  gsize length;

  bytes = g_convert ("a;b,c;d\nшкола;2,5;x\n", -1, "KOI8-R", "UTF-8", NULL, &length, NULL);
  file = dq_test_write_file (tmp_dir, "koi8.csv", bytes, length);
  reader = dq_survey_reader_new (file);

  detected = read_file (reader);
  g_assert_cmpuint (dq_survey_data_get_n_variables (detected), ==, 3);
  g_assert_cmpstr (dq_survey_data_get_name (detected, 1), ==, "b,c");
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, ';');
  /* Guessed, and said to be a guess. */
  g_assert_cmpstr (dq_survey_reader_get_detected_encoding (reader), ==, "KOI8-R");
  g_assert_true (dq_survey_reader_get_encoding_guessed (reader));
  g_assert_cmpstr (text (detected, "a", 0), ==, "школа");

  dq_survey_reader_set_encoding (reader, "KOI8-R");
  dq_survey_reader_set_delimiter (reader, ',');
  g_assert_cmpstr (dq_survey_reader_get_encoding (reader), ==, "KOI8-R");
  g_assert_cmpuint (dq_survey_reader_get_delimiter (reader), ==, ',');

  forced = read_file (reader);
  g_assert_cmpuint (dq_survey_data_get_n_variables (forced), ==, 2);
  g_assert_cmpstr (dq_survey_data_get_name (forced, 0), ==, "a;b");
  g_assert_cmpstr (dq_survey_reader_get_detected_encoding (reader), ==, "KOI8-R");
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, ',');
  g_assert_cmpstr (text (forced, "a;b", 0), ==, "школа;2");
  g_assert_false (dq_survey_reader_get_encoding_guessed (reader));
}

static void
test_variables (void)
{
  const char *keep[] = { "weight", "id", NULL };
  const char *wrong[] = { "id", "wieght", NULL };
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "three.csv", "id,q,weight\n1,2,0.5\n", -1);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) unknown = NULL;
  g_autoptr(GError) error = NULL;

  dq_survey_reader_set_variables (reader, keep);
  data = read_file (reader);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 2);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "id");
  g_assert_cmpstr (dq_survey_data_get_name (data, 1), ==, "weight");

  dq_survey_reader_set_variables (reader, wrong);
  unknown = dq_survey_reader_read (reader, NULL, &error);
  g_assert_null (unknown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  assert_message_has (error, "three.csv");
  assert_message_has (error, "wieght");
}

/* pyreadstat's sample.sav: five cases of seven variables, as its
 * test_sav, test_sav_formatted and sample.csv state them. */
static void
test_sav (void)
{
  g_autoptr(GFile) file = data_file ("sample.sav");
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = read_file (reader);
  guint mylabl = variable (data, "mylabl");
  guint myord = variable (data, "myord");
  static const char * const names[] = {
    "mychar", "mynum", "mydate", "dtime", "mylabl", "myord", "mytime",
  };

  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_SPSS);
  g_assert_null (dq_survey_reader_get_detected_encoding (reader));
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, 0);
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "sample.sav");
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 5);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (dq_survey_data_get_name (data, i), ==, names[i]);

  g_assert_cmpstr (text (data, "mychar", 0), ==, "a");
  g_assert_cmpstr (text (data, "mychar", 4), ==, "e");
  g_assert_cmpfloat_with_epsilon (number (data, "mynum", 2), -1000.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (number (data, "mynum", 4), 1000.3, 1e-9);
  /* Dates stay SPSS's seconds since 1582 (sample_nodate_spss.csv). */
  g_assert_cmpfloat (number (data, "mydate", 0), ==, 13744944000.0);
  g_assert_true (isnan (number (data, "mydate", 4)));

  g_assert_cmpfloat (number (data, "mylabl", 1), ==, 2);
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, mylabl, 1), ==, "Male");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, mylabl, 2), ==, "Female");
  g_assert_cmpfloat (number (data, "myord", 2), ==, 3);
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, myord, 1), ==, "low");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, myord, 2), ==, "medium");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, myord, 3), ==, "high");
}

/* As pyreadstat's test_sav_usecols: only the columns asked for. */
static void
test_sav_variables (void)
{
  const char *keep[] = { "mynum", "myord", NULL };
  g_autoptr(GFile) file = data_file ("sample.sav");
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = NULL;

  dq_survey_reader_set_variables (reader, keep);
  data = read_file (reader);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 5);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 2);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "mynum");
  g_assert_cmpstr (dq_survey_data_get_name (data, 1), ==, "myord");
  g_assert_cmpfloat_with_epsilon (number (data, "mynum", 3), -1.4, 1e-9);
}

/* pyreadstat's sample.dta: the same five cases (test_dta), dates as
 * Stata's days since 1960 (sample_nodate_sas_stata.csv). */
static void
test_dta (void)
{
  g_autoptr(GFile) file = data_file ("sample.dta");
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = read_file (reader);

  g_assert_cmpint (dq_survey_reader_get_format (reader), ==, DQ_SURVEY_FORMAT_STATA);
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "sample.dta");
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 5);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 7);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "mychar");
  g_assert_cmpstr (dq_survey_data_get_name (data, 6), ==, "mytime");

  g_assert_cmpstr (text (data, "mychar", 3), ==, "d");
  g_assert_cmpfloat_with_epsilon (number (data, "mynum", 0), 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (number (data, "mynum", 3), -1.4, 1e-9);
  g_assert_cmpfloat (number (data, "mydate", 0), ==, 21310);
  g_assert_cmpfloat (number (data, "mydate", 3), ==, -137696);
  g_assert_true (isnan (number (data, "mydate", 4)));
  g_assert_cmpfloat (number (data, "mylabl", 3), ==, 2);
  g_assert_cmpfloat (number (data, "myord", 2), ==, 3);
}

/* pyreadstat's sample_missing.sav: mynum declares 2000–3000 and -1 missing
 * (test_sav_missing; sample_missing.csv and sample_missing_user.csv). */
static void
test_sav_counts (void)
{
  g_autoptr(GFile) file = data_file ("sample_missing.sav");
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = NULL;
  const DqValueCounts *counts;
  guint mynum;
  gboolean has_range = FALSE;

  dq_survey_reader_set_count_values (reader, TRUE);
  data = read_file (reader);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 7);
  mynum = variable (data, "mynum");

  for (guint m = 0; m < dq_survey_data_get_n_missing (data, mynum); m++)
    {
      double low, high;

      dq_survey_data_get_missing_range (data, mynum, m, &low, &high);
      has_range = has_range || (low == 2000 && high == 3000);
    }
  g_assert_true (has_range);
  g_assert_cmpfloat (number (data, "mynum", 6), ==, 2500);
  g_assert_true (dq_survey_data_is_missing_number (data, mynum, 2500));

  counts = dq_survey_reader_get_value_counts (reader, mynum);
  g_assert_cmpuint (counts->n_valid, ==, 5);
  g_assert_cmpuint (counts->n_user_missing, ==, 2);
  g_assert_cmpuint (counts->n_system_missing, ==, 0);
  g_assert_cmpuint (counts->n_negative, ==, 2);

  counts = dq_survey_reader_get_value_counts (reader, variable (data, "mylabl"));
  g_assert_cmpuint (counts->n_valid, ==, 5);
  g_assert_cmpuint (counts->n_user_missing, ==, 1);
  g_assert_cmpuint (counts->n_system_missing, ==, 1);
}

/* Counts are taken only when asked for. */
static void
test_counts_not_asked (void)
{
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "plain.csv", "id\n1\n", -1);
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyData) data = read_file (reader);

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*counts != NULL*");
  g_assert_null (dq_survey_reader_get_value_counts (reader, 0));
  g_test_assert_expected_messages ();
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

/* The window reads in a worker thread; the counts come with the data. */
static void
test_async (void)
{
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "async.csv",
                                              "id;w\n1;0,5\n2;-1,5\n3;\n", -1);
  g_autoptr(GFile) sav_file = data_file ("sample.sav");
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyReader) sav_reader = dq_survey_reader_new (sav_file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) sav_result = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) sav_data = NULL;
  g_autoptr(GError) error = NULL;
  const DqValueCounts *counts;

  dq_survey_reader_set_count_values (reader, TRUE);
  dq_survey_reader_read_async (reader, NULL, on_read_cb, &result);
  dq_survey_reader_read_async (sav_reader, NULL, on_read_cb, &sav_result);

  data = dq_survey_reader_read_finish (reader, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "async.csv");
  g_assert_cmpfloat (number (data, "w", 1), ==, -1.5);
  g_assert_cmpuint (dq_survey_reader_get_detected_delimiter (reader), ==, ';');
  g_assert_true (dq_survey_reader_has_decimal_comma (reader, "w"));
  counts = dq_survey_reader_get_value_counts (reader, variable (data, "w"));
  g_assert_cmpuint (counts->n_valid, ==, 2);
  g_assert_cmpuint (counts->n_negative, ==, 1);
  g_assert_cmpuint (counts->n_system_missing, ==, 1);

  sav_data = dq_survey_reader_read_finish (sav_reader, wait_for (&sav_result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (sav_data), ==, 5);
  g_assert_cmpint (dq_survey_reader_get_format (sav_reader), ==, DQ_SURVEY_FORMAT_SPSS);
}

static void
test_cancelled (void)
{
  g_autoptr(GFile) file = dq_test_write_file (tmp_dir, "cancelled.csv", "id\n1\n", -1);
  g_autoptr(GFile) sav_file = data_file ("sample.dta");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(DqSurveyReader) sav_reader = dq_survey_reader_new (sav_file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) sav_result = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) sav_data = NULL;
  g_autoptr(DqSurveyData) sync_data = NULL;
  g_autoptr(GError) error = NULL;

  dq_survey_reader_read_async (reader, cancellable, on_read_cb, &result);
  dq_survey_reader_read_async (sav_reader, cancellable, on_read_cb, &sav_result);
  g_cancellable_cancel (cancellable);

  data = dq_survey_reader_read_finish (reader, wait_for (&result), &error);
  g_assert_null (data);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  sav_data = dq_survey_reader_read_finish (sav_reader, wait_for (&sav_result), &error);
  g_assert_null (sav_data);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  sync_data = dq_survey_reader_read (reader, cancellable, &error);
  g_assert_null (sync_data);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Whatever the name promises, a file that is not survey data fails with a
 * message that names it. */
static void
test_unreadable (void)
{
  static const guint8 garbage[] = {
    0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02, 0x03,
  };
  static const char * const names[] = {
    "garbage.sav", "garbage.zsav", "garbage.dta", "garbage.csv", "garbage.xlsx", "absent.sav",
    "absent.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(DqSurveyReader) reader = NULL;
      g_autoptr(DqSurveyData) data = NULL;
      g_autoptr(GError) error = NULL;

      if (g_str_has_prefix (names[i], "absent"))
        {
          g_autofree char *path = g_build_filename (tmp_dir, names[i], NULL);

          file = g_file_new_for_path (path);
        }
      else
        file = dq_test_write_file (tmp_dir, names[i], (const char *) garbage, sizeof garbage);

      reader = dq_survey_reader_new (file);
      data = dq_survey_reader_read (reader, NULL, &error);
      g_assert_null (data);
      g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
      assert_message_has (error, names[i]);
    }
}

/* The window reads a survey file in a thread: a FIFO or a device must fail
 * there at once, not block the thread without a word. An alarm ends the
 * test if it hangs. */
static void
test_special_files_async (void)
{
  const char *suffixes[] = { ".csv", ".sav" };

  alarm (20);
  for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
    {
      g_autofree char *dir = g_build_filename (tmp_dir, suffixes[s] + 1, NULL);
      g_auto(GStrv) paths = NULL;

      g_assert_no_errno (g_mkdir (dir, 0700));
      paths = dq_test_make_special_files (dir, suffixes[s]);
      for (guint i = 0; paths[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
          g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
          g_autoptr(GAsyncResult) result = NULL;
          g_autoptr(DqSurveyData) data = NULL;
          g_autoptr(GError) error = NULL;

          dq_survey_reader_read_async (reader, NULL, on_read_cb, &result);
          data = dq_survey_reader_read_finish (reader, wait_for (&result), &error);
          g_assert_null (data);
          g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
          assert_message_has (error, dq_test_special_file_error (i));
        }
      dq_test_remove_dir (dir);
    }
  alarm (0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dostyq-survey-reader-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Model/SurveyReader/format-for-file", test_format_for_file);
  g_test_add_func ("/Dostyq/Model/SurveyReader/csv", test_csv);
  g_test_add_func ("/Dostyq/Model/SurveyReader/tsv", test_tsv);
  g_test_add_func ("/Dostyq/Model/SurveyReader/cp1251", test_cp1251);
  g_test_add_func ("/Dostyq/Model/SurveyReader/overrides", test_overrides);
  g_test_add_func ("/Dostyq/Model/SurveyReader/variables", test_variables);
  g_test_add_func ("/Dostyq/Model/SurveyReader/sav", test_sav);
  g_test_add_func ("/Dostyq/Model/SurveyReader/sav-variables", test_sav_variables);
  g_test_add_func ("/Dostyq/Model/SurveyReader/dta", test_dta);
  g_test_add_func ("/Dostyq/Model/SurveyReader/sav-counts", test_sav_counts);
  g_test_add_func ("/Dostyq/Model/SurveyReader/counts-not-asked", test_counts_not_asked);
  g_test_add_func ("/Dostyq/Model/SurveyReader/async", test_async);
  g_test_add_func ("/Dostyq/Model/SurveyReader/cancelled", test_cancelled);
  g_test_add_func ("/Dostyq/Model/SurveyReader/unreadable", test_unreadable);
  g_test_add_func ("/Dostyq/Model/SurveyReader/special-files-async", test_special_files_async);

  status = g_test_run ();

  dq_test_remove_dir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);

  return status;
}
