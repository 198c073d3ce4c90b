/* test-sav.c
 *
 * SPSS and Stata import: small files are written here with ReadStat's
 * writer, with the variable labels, value labels and user-missing values a
 * polling firm's file has, then read back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <readstat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "dq-crosstab.h"
#include "dq-sav-reader.h"
#include "dq-survey-data.h"
#include "dq-sav-fixture.h"
#include "dq-test-util.h"

typedef enum
{
  FORMAT_SAV,
  FORMAT_ZSAV,
  FORMAT_DTA,
} Format;

static ssize_t
write_bytes (const void *data,
             size_t      length,
             void       *user_data)
{
  return fwrite (data, 1, length, user_data) == length ? (ssize_t) length : -1;
}

#define N_CASES 6

/* Six respondents of a survey in Kazakhstan:
 *
 *   id  region   q_tj  age  weight
 *   1   Алматы   1     34   0.5
 *   2   Астана   2     .    1.5
 *   3   Алматы   9     51   1
 *   4   ""       1     99   2
 *   5   Шымкент  98    27   1
 *   6   Астана   2     45   1
 *
 * q_tj: 9 "don't know" and 98 "refused" are user-missing; age: 97–99. */
static char *
write_survey (const char *dir,
              Format      format)
{
  static const char *regions[N_CASES] = { "Алматы", "Астана", "Алматы", "", "Шымкент", "Астана" };
  static const double q_tj[N_CASES] = { 1, 2, 9, 1, 98, 2 };
  static const double age[N_CASES] = { 34, NAN, 51, 99, 27, 45 };
  static const double weight[N_CASES] = { 0.5, 1.5, 1, 2, 1, 1 };
  const char *names[] = { "survey.sav", "survey.zsav", "survey.dta" };
  char *path = g_build_filename (dir, names[format], NULL);
  readstat_writer_t *writer = readstat_writer_init ();
  readstat_label_set_t *attitude;
  readstat_variable_t *variables[5];
  FILE *file = fopen (path, "wb");

  g_assert_nonnull (file);
  readstat_set_data_writer (writer, write_bytes);
  readstat_writer_set_file_label (writer, "Central Asia Barometer, wave 9");
  if (format == FORMAT_ZSAV)
    readstat_writer_set_compression (writer, READSTAT_COMPRESS_BINARY);

  attitude = readstat_add_label_set (writer, format == FORMAT_DTA ? READSTAT_TYPE_INT32
                                                                  : READSTAT_TYPE_DOUBLE,
                                     "attitude");
  if (format == FORMAT_DTA)
    {
      readstat_label_int32_value (attitude, 1, "очень положительное");
      readstat_label_int32_value (attitude, 2, "скорее положительное");
      readstat_label_int32_value (attitude, 9, "затрудняюсь ответить");
    }
  else
    {
      readstat_label_double_value (attitude, 1, "очень положительное");
      readstat_label_double_value (attitude, 2, "скорее положительное");
      readstat_label_double_value (attitude, 9, "затрудняюсь ответить");
    }

  variables[0] = readstat_add_variable (writer, "id", READSTAT_TYPE_DOUBLE, 0);
  variables[1] = readstat_add_variable (writer, "region", READSTAT_TYPE_STRING, 16);
  readstat_variable_set_label (variables[1], "Область");
  variables[2] = readstat_add_variable (writer, "q_tj",
                                        format == FORMAT_DTA ? READSTAT_TYPE_INT32
                                                             : READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_label (variables[2], "Отношение к Таджикистану");
  readstat_variable_set_label_set (variables[2], attitude);
  variables[3] = readstat_add_variable (writer, "age", READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_label (variables[3], "Age of the respondent");
  variables[4] = readstat_add_variable (writer, "weight", READSTAT_TYPE_DOUBLE, 0);

  /* Stata has no user-missing values. */
  if (format != FORMAT_DTA)
    {
      g_assert_cmpint (readstat_variable_add_missing_double_value (variables[2], 9), ==,
                       READSTAT_OK);
      g_assert_cmpint (readstat_variable_add_missing_double_value (variables[2], 98), ==,
                       READSTAT_OK);
      g_assert_cmpint (readstat_variable_add_missing_double_range (variables[3], 97, 99), ==,
                       READSTAT_OK);
    }

  if (format == FORMAT_DTA)
    g_assert_cmpint (readstat_begin_writing_dta (writer, file, N_CASES), ==, READSTAT_OK);
  else
    g_assert_cmpint (readstat_begin_writing_sav (writer, file, N_CASES), ==, READSTAT_OK);

  for (int i = 0; i < N_CASES; i++)
    {
      g_assert_cmpint (readstat_begin_row (writer), ==, READSTAT_OK);
      readstat_insert_double_value (writer, variables[0], i + 1);
      readstat_insert_string_value (writer, variables[1], regions[i]);
      if (format == FORMAT_DTA)
        readstat_insert_int32_value (writer, variables[2], (int) q_tj[i]);
      else
        readstat_insert_double_value (writer, variables[2], q_tj[i]);
      if (isnan (age[i]))
        readstat_insert_missing_value (writer, variables[3]);
      else
        readstat_insert_double_value (writer, variables[3], age[i]);
      readstat_insert_double_value (writer, variables[4], weight[i]);
      g_assert_cmpint (readstat_end_row (writer), ==, READSTAT_OK);
    }

  g_assert_cmpint (readstat_end_writing (writer), ==, READSTAT_OK);
  readstat_writer_free (writer);
  fclose (file);

  return path;
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

static DqSurveyData *
read_survey (const char  *path,
             GError     **error)
{
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return dq_sav_reader_read_file (reader, file, NULL, error);
}

static void
check_common (DqSurveyData *data,
              const char   *source_name)
{
  guint region = variable (data, "region");
  guint q_tj = variable (data, "q_tj");
  guint age = variable (data, "age");
  const guint32 *codes = dq_survey_data_get_codes (data, region);
  const char * const *categories;
  const double *answers = dq_survey_data_get_numbers (data, q_tj);
  const double *ages = dq_survey_data_get_numbers (data, age);
  const DqValueLabel *labels;
  guint n_labels;
  guint n_categories;

  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, source_name);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, N_CASES);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 5);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "id");

  /* Strings: dictionary-coded, an empty one system-missing. */
  g_assert_cmpint (dq_survey_data_get_kind (data, region), ==, DQ_VARIABLE_STRING);
  categories = dq_survey_data_get_categories (data, region, &n_categories);
  g_assert_cmpuint (n_categories, ==, 3);
  g_assert_cmpstr (categories[codes[0]], ==, "Алматы");
  g_assert_cmpuint (codes[0], ==, codes[2]);
  g_assert_cmpstr (categories[codes[4]], ==, "Шымкент");
  g_assert_cmpuint (codes[3], ==, DQ_SURVEY_DATA_NO_CODE);
  g_assert_cmpstr (dq_survey_data_get_label (data, region), ==, "Область");

  /* Numbers, with labels. */
  g_assert_cmpint (dq_survey_data_get_kind (data, q_tj), ==, DQ_VARIABLE_NUMERIC);
  g_assert_cmpfloat (answers[0], ==, 1);
  g_assert_cmpfloat (answers[4], ==, 98);
  g_assert_cmpstr (dq_survey_data_get_label (data, q_tj), ==, "Отношение к Таджикистану");
  labels = dq_survey_data_get_value_labels (data, q_tj, &n_labels);
  g_assert_cmpuint (n_labels, ==, 3);
  g_assert_cmpfloat (labels[2].value, ==, 9);
  g_assert_cmpstr (labels[2].label, ==, "затрудняюсь ответить");
  g_assert_cmpstr (dq_survey_data_lookup_value_label (data, q_tj, 1), ==, "очень положительное");
  g_assert_null (dq_survey_data_lookup_value_label (data, q_tj, 98));

  g_assert_true (isnan (ages[1]));
  g_assert_cmpfloat (ages[3], ==, 99);
  g_assert_null (dq_survey_data_get_label (data, variable (data, "weight")));
}

static void
test_sav (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  guint q_tj, age;
  double low, high;

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_SAV);
  data = read_survey (path, &error);
  g_assert_no_error (error);
  check_common (data, "survey.sav");

  /* The user-missing values come with the file. */
  q_tj = variable (data, "q_tj");
  g_assert_cmpuint (dq_survey_data_get_n_missing (data, q_tj), ==, 2);
  g_assert_true (dq_survey_data_is_missing_number (data, q_tj, 9));
  g_assert_true (dq_survey_data_is_missing_number (data, q_tj, 98));
  g_assert_false (dq_survey_data_is_missing_number (data, q_tj, 2));
  age = variable (data, "age");
  g_assert_cmpuint (dq_survey_data_get_n_missing (data, age), ==, 1);
  dq_survey_data_get_missing_range (data, age, 0, &low, &high);
  g_assert_cmpfloat (low, ==, 97);
  g_assert_cmpfloat (high, ==, 99);
  g_assert_true (dq_survey_data_is_missing_number (data, age, 98));

  /* So a crosstab leaves them out without being told: q_tj 1 weighs
   * 0.5 + 2 (cases 1 and 4), q_tj 2 weighs 1.5 + 1 (cases 2 and 6). */
  table = dq_crosstab_new (data, "q_tj", NULL, "weight", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_rows (table), ==, 2);
  g_assert_cmpstr (dq_crosstab_get_row_label (table, 1), ==, "скорее положительное");
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, 0, 0), 50.0, 1e-9);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 2);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_zsav (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_ZSAV);
  data = read_survey (path, &error);
  g_assert_no_error (error);
  check_common (data, "survey.zsav");
  g_assert_cmpuint (dq_survey_data_get_n_missing (data, variable (data, "q_tj")), ==, 2);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_dta (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_DTA);
  file = g_file_new_for_path (path);
  g_assert_true (dq_sav_reader_handles_file (file));
  data = read_survey (path, &error);
  g_assert_no_error (error);
  check_common (data, "survey.dta");
  g_assert_cmpuint (dq_survey_data_get_n_missing (data, variable (data, "q_tj")), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_file_label_and_variables (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) unknown = NULL;
  g_autoptr(GFile) file = NULL;
  const char *keep[] = { "weight", "region", NULL };
  const char *wrong[] = { "q_kz", NULL };

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_SAV);
  file = g_file_new_for_path (path);

  dq_sav_reader_set_variables (reader, keep);
  data = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_sav_reader_get_file_label (reader), ==, "Central Asia Barometer, wave 9");
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 2);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "region");
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, variable (data, "weight"))[1], ==, 1.5);

  dq_sav_reader_set_variables (reader, wrong);
  unknown = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert_null (unknown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_nonnull (strstr (error->message, "survey.sav"));
  g_assert_nonnull (strstr (error->message, "“q_kz”"));
  g_assert_nonnull (strstr (error->message, "id, region, q_tj, age, weight"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *absent = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) none = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "not-spss.sav", NULL);
  g_file_set_contents (path, "id,q\n1,2\n", -1, &error);
  g_assert_no_error (error);

  data = read_survey (path, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "not-spss.sav"));
  g_assert_nonnull (strstr (error->message, "is not an SPSS system file"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  absent = g_build_filename (dir, "absent.sav", NULL);
  none = read_survey (absent, &error);
  g_assert_null (none);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "absent.sav"));

  g_unlink (path);
  g_rmdir (dir);
}

/* Sets the number of cases in the header of an SPSS file: a 32-bit
 * integer after the record type, the product name and four other fields. */
static void
set_case_count (const char *path,
                gint32      n_cases)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint32 le = GUINT32_TO_LE ((guint32) n_cases);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 84);
  memcpy (contents + 80, &le, sizeof le);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A compressed file of a few megabytes can expand to gigabytes: what the
 * header claims, and what the file holds as it is read, must fit the
 * memory limit, which the message names with the way to raise it. */
static void
test_memory_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) claimed = NULL;
  g_autoptr(DqSurveyData) grown = NULL;
  g_autoptr(DqSurveyData) fits = NULL;

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_ZSAV);

  /* A header that claims two billion cases of five variables. */
  g_unsetenv ("DOSTYQ_MEMORY_LIMIT");
  g_assert_cmpuint (dq_survey_data_get_memory_limit (), <=, G_GUINT64_CONSTANT (4) << 30);
  set_case_count (path, G_MAXINT32);
  claimed = read_survey (path, &error);
  g_assert_null (claimed);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "survey.zsav: holding 2147483647 cases would need "));
  g_assert_nonnull (strstr (error->message, "GiB of memory, more than the limit of "));
  g_assert_nonnull (strstr (error->message, "set DOSTYQ_MEMORY_LIMIT"));
  g_clear_error (&error);

  /* A header that does not say: the limit holds as the columns grow. */
  set_case_count (path, -1);
  g_setenv ("DOSTYQ_MEMORY_LIMIT", "100", TRUE);
  grown = read_survey (path, &error);
  g_assert_null (grown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "more than the limit of 100 bytes"));
  g_clear_error (&error);

  /* Raised, the limit lets the six cases in. */
  g_setenv ("DOSTYQ_MEMORY_LIMIT", "1K", TRUE);
  g_assert_cmpuint (dq_survey_data_get_memory_limit (), ==, 1024);
  fits = read_survey (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (fits), ==, N_CASES);

  g_unsetenv ("DOSTYQ_MEMORY_LIMIT");
  dq_test_remove_dir (dir);
}

static void
assert_same_data (DqSurveyData *a,
                  DqSurveyData *b)
{
  g_assert_cmpuint (dq_survey_data_get_n_rows (a), ==, dq_survey_data_get_n_rows (b));
  g_assert_cmpuint (dq_survey_data_get_n_variables (a), ==, dq_survey_data_get_n_variables (b));

  for (guint v = 0; v < dq_survey_data_get_n_variables (a); v++)
    {
      const DqValueLabel *labels_a;
      const DqValueLabel *labels_b;
      guint n_a = 0;
      guint n_b = 0;

      g_assert_cmpstr (dq_survey_data_get_name (a, v), ==, dq_survey_data_get_name (b, v));
      g_assert_cmpstr (dq_survey_data_get_label (a, v), ==, dq_survey_data_get_label (b, v));
      labels_a = dq_survey_data_get_value_labels (a, v, &n_a);
      labels_b = dq_survey_data_get_value_labels (b, v, &n_b);
      g_assert_cmpuint (n_a, ==, n_b);
      for (guint i = 0; i < n_a; i++)
        {
          g_assert_cmpfloat (labels_a[i].value, ==, labels_b[i].value);
          g_assert_cmpstr (labels_a[i].label, ==, labels_b[i].label);
        }
      for (gsize row = 0; row < dq_survey_data_get_n_rows (a); row++)
        {
          g_autofree char *text_a = dq_survey_data_dup_value_text (a, v, row);
          g_autofree char *text_b = dq_survey_data_dup_value_text (b, v, row);

          g_assert_cmpstr (text_a, ==, text_b);
        }
    }
}

/* Cuts @path at many places: each cut file either loads exactly as the
 * whole one or fails with a message that names it. A .dta cut inside its
 * value labels loaded without them. */
static void
assert_truncations (const char *path,
                    const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) whole = read_survey (path, &error);
  g_autofree char *contents = NULL;
  g_autofree char *cut = g_build_filename (dir, "cut.dta", NULL);
  gsize length;
  guint n_failed = 0;

  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  for (gsize at = 0; at < length; at += (at + 64 < length ? 7 : 1))
    {
      g_autoptr(DqSurveyData) data = NULL;

      /* Without fsync: hundreds of files are written. */
      g_file_set_contents_full (cut, contents, at, G_FILE_SET_CONTENTS_NONE, 0600, &error);
      g_assert_no_error (error);

      data = read_survey (cut, &error);
      if (data != NULL)
        {
          assert_same_data (whole, data);
          continue;
        }

      n_failed++;
      g_assert_true (error->domain == DQ_SURVEY_DATA_ERROR);
      if (!g_str_has_prefix (error->message, "cut.dta: "))
        g_error ("cut at %" G_GSIZE_FORMAT ": “%s” does not name the file", at, error->message);
      g_clear_error (&error);
    }

  g_assert_cmpuint (n_failed, >, 0);
  g_unlink (cut);
}

static void
test_truncated_dta (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "sample.dta", NULL);
  g_autofree char *written = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  gsize length;

  g_assert_no_error (error);

  /* The place where the file ends is named: here, in its value labels. */
  g_file_get_contents (sample, &contents, &length, &error);
  g_assert_no_error (error);
  cut = g_build_filename (dir, "labels-cut.dta", NULL);
  g_file_set_contents (cut, contents, length - 200, &error);
  g_assert_no_error (error);
  data = read_survey (cut, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TRUNCATED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "labels-cut.dta: the file ends at byte 4449, "
                                            "inside its <value_labels> section"));
  g_assert_nonnull (strstr (error->message, "4649 bytes"));
  g_unlink (cut);

  /* A file from pyreadstat and one from ReadStat's writer. */
  assert_truncations (sample, dir);
  written = write_survey (dir, FORMAT_DTA);
  assert_truncations (written, dir);

  dq_test_remove_dir (dir);
}

/* Devices, FIFOs, directories and loops of symbolic links are refused
 * before ReadStat opens them (a directory named x.sav was “Invalid file, or
 * file has unsupported features”); an alarm ends the test if a FIFO
 * blocks it. */
static void
test_error_special_files (void)
{
  const char *suffixes[] = { ".sav", ".dta", ".por" };

  alarm (20);
  for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
      g_auto(GStrv) paths = NULL;

      g_assert_no_error (error);
      paths = dq_test_make_special_files (dir, suffixes[s]);
      for (guint i = 0; paths[i] != NULL; i++)
        {
          g_autofree char *basename = g_path_get_basename (paths[i]);
          g_autoptr(DqSurveyData) data = read_survey (paths[i], &error);

          g_assert_null (data);
          g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
          g_test_message ("%s", error->message);
          g_assert_true (g_str_has_prefix (error->message, basename));
          g_assert_nonnull (strstr (error->message, dq_test_special_file_error (i)));
          g_clear_error (&error);
        }
      dq_test_remove_dir (dir);
    }
  alarm (0);
}

/* A file name that is not UTF-8 is shown with replacement characters. */
static void
test_non_utf8_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *name = dq_test_non_utf8_name (".sav");
  g_autofree char *path = NULL;
  g_autofree char *odd = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) none = NULL;
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(GFile) file = NULL;
  const char *wrong[] = { "q_kz", NULL };

  g_assert_no_error (error);
  path = write_survey (dir, FORMAT_SAV);
  odd = g_build_filename (dir, name, NULL);
  g_assert_no_errno (g_rename (path, odd));

  data = read_survey (odd, &error);
  g_assert_no_error (error);
  check_common (data, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.sav");

  file = g_file_new_for_path (odd);
  dq_sav_reader_set_variables (reader, wrong);
  none = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert_null (none);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.sav: "));

  dq_test_remove_dir (dir);
}

static void
test_real_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autofree char *date = NULL;
  g_autofree char *typed = NULL;
  guint region, answer, inwdate;

  g_assert_no_error (error);
  path = dq_sav_fixture_write (dir, "ess.sav");
  data = read_survey (path, &error);
  g_assert_no_error (error);

  /* The weight SPSS would use. */
  g_assert_cmpstr (dq_survey_data_get_stored_weight (data), ==, "pspwght");

  /* Names match whatever their case. */
  region = variable (data, "region");
  answer = variable (data, "ANSWER");
  g_assert_cmpstr (dq_survey_data_get_name (data, region), ==, "REGION");

  /* Value labels of a string variable. */
  g_assert_cmpuint (dq_survey_data_get_n_text_labels (data, region), ==, 2);
  g_assert_cmpstr (dq_survey_data_lookup_text_label (data, region, "UA02"), ==,
                   "Vinnytska oblast");
  g_assert_null (dq_survey_data_lookup_text_label (data, region, "UA99"));

  /* A text missing code of the file. */
  g_assert_cmpuint (dq_survey_data_get_n_missing (data, answer), ==, 1);
  g_assert_cmpstr (dq_survey_data_get_missing_string (data, answer, 0), ==, "н/в");

  /* Dates shown as dates, and typed back as dates. */
  inwdate = variable (data, "inwdate");
  g_assert_cmpint (dq_survey_data_get_date_kind (data, inwdate), ==, DQ_DATE_SPSS_DATE);
  date = dq_survey_data_dup_value_text (data, inwdate, 1);
  g_assert_cmpstr (date, ==, "2019-10-16");
  g_assert_true (dq_survey_data_set_value_text (data, inwdate, 1, "2019-10-15", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, inwdate)[1], ==,
                     dq_survey_data_get_numbers (data, inwdate)[0]);
  g_assert_true (dq_survey_data_set_value_text (data, inwdate, 1, "2019-10-15 14:30", &error));
  typed = dq_survey_data_dup_value_text (data, inwdate, 1);
  g_assert_cmpstr (typed, ==, "2019-10-15 14:30:00");

  dq_test_remove_dir (dir);
}

/* The weight is kept when only some variables are asked for, in any case,
 * and a crosstab leaves out respondents without a valid weight, counting
 * them, as SPSS does. */
static void
test_real_file_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqCrosstab) wrong = NULL;
  g_autofree char *rows = NULL;
  const char *keep[] = { "answer", "region", NULL };
  const char *missing[] = { "Важко відповісти", NULL };
  double total = 0;

  g_assert_no_error (error);
  path = dq_sav_fixture_write (dir, "ess.sav");
  file = g_file_new_for_path (path);
  dq_sav_reader_set_variables (reader, keep);
  data = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 3);
  g_assert_cmpstr (dq_survey_data_get_stored_weight (data), ==, "pspwght");

  g_assert_cmpuint (dq_survey_data_add_missing_texts (data, missing), ==, 1);
  table = dq_crosstab_new (data, "answer", "region",
                           dq_survey_data_get_stored_weight (data), NULL, 0, &error);
  g_assert_no_error (error);

  /* Rows 3 and 7 missing, row 4 of weight zero, rows 5 and 6 without a
   * valid weight; rows 1, 2 and 8 counted. */
  g_assert_cmpuint (dq_crosstab_get_n_missing (table), ==, 2);
  g_assert_cmpuint (dq_crosstab_get_n_zero_weight (table), ==, 1);
  g_assert_cmpuint (dq_crosstab_get_n_invalid_weight (table), ==, 2);
  g_assert_cmpuint (dq_crosstab_get_n_excluded (table), ==, 5);
  rows = dq_crosstab_dup_invalid_weight_rows (table);
  g_assert_cmpstr (rows, ==, "row 5, row 6");
  for (guint r = 0; r < dq_crosstab_get_n_rows (table); r++)
    total += dq_crosstab_get_weighted (table, r, dq_crosstab_get_n_columns (table));
  g_assert_cmpfloat_with_epsilon (total, 1 + 2 + 1.5, 1e-12);

  /* The columns carry the labels of the region codes. */
  g_assert_cmpuint (dq_crosstab_get_n_columns (table), ==, 2);
  g_assert_cmpstr (dq_crosstab_get_column_value (table, 0), ==, "UA02");
  g_assert_cmpstr (dq_crosstab_get_column_label (table, 0), ==, "Vinnytska oblast");

  /* A mistyped name gets the nearest one suggested. */
  wrong = dq_crosstab_new (data, "answer", "region", "pspwgt", NULL, 0, &error);
  g_assert_null (wrong);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  g_assert_nonnull (strstr (error->message, "did you mean “pspwght”?"));

  dq_test_remove_dir (dir);
}

/* The messages of files that cannot be read say what is wrong with them. */
static void
test_bad_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(DqSavReader) reader = dq_sav_reader_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  gsize length;

  g_assert_no_error (error);
  path = dq_sav_fixture_write (dir, "ess.sav");

  empty = g_build_filename (dir, "empty.sav", NULL);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  data = read_survey (empty, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "empty.sav: the file is empty");
  g_clear_error (&error);

  /* Cut inside its data: the message says where it ends. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  cut = g_build_filename (dir, "cut.sav", NULL);
  g_assert_true (g_file_set_contents (cut, contents, length - 20, NULL));
  data = read_survey (cut, &error);
  g_assert_null (data);
  g_test_message ("%s", error->message);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TRUNCATED);
  g_assert_true (g_str_has_prefix (error->message, "cut.sav: the file ends at byte "));
  g_assert_null (strstr (error->message, "Unable"));
  g_clear_error (&error);

  /* An encoding iconv does not know. */
  file = g_file_new_for_path (path);
  dq_sav_reader_set_encoding (reader, "NO-SUCH-ENCODING");
  data = dq_sav_reader_read_file (reader, file, NULL, &error);
  g_assert_null (data);
  g_test_message ("%s", error->message);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "ess.sav: “NO-SUCH-ENCODING” is not an encoding this system knows; choose "
                   "one such as UTF-8 or CP1251");
  g_clear_error (&error);

  /* A system file named .por is read as what it is. */
  g_assert_no_errno (g_rename (path, cut));
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "named.por", NULL);
  g_assert_no_errno (g_rename (cut, path));
  data = read_survey (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, DQ_SAV_FIXTURE_N_CASES);
  g_clear_object (&data);

  /* A portable file ReadStat cannot read names the way out. */
  g_assert_true (g_file_set_contents (path, "ASCII SPSS PORT FILE", -1, NULL));
  data = read_survey (path, &error);
  g_assert_null (data);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "named.por: this portable (.por) file cannot be read"));
  g_assert_nonnull (strstr (error->message, "save it as a .sav file"));

  dq_test_remove_dir (dir);
}

/* Stata's dates are days, or milliseconds, since 1960. */
static void
test_stata_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-sav-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autofree char *day = NULL;
  g_autofree char *moment = NULL;
  readstat_writer_t *writer = readstat_writer_init ();
  readstat_variable_t *variables[2];
  FILE *file;
  GDate epoch, date;
  double days;

  g_assert_no_error (error);
  path = g_build_filename (dir, "dates.dta", NULL);
  file = fopen (path, "wb");
  readstat_set_data_writer (writer, write_bytes);
  variables[0] = readstat_add_variable (writer, "day", READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_format (variables[0], "%td");
  variables[1] = readstat_add_variable (writer, "moment", READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_format (variables[1], "%tc");
  g_assert_cmpint (readstat_begin_writing_dta (writer, file, 1), ==, READSTAT_OK);
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1960);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_OCTOBER, 2019);
  days = g_date_days_between (&epoch, &date);
  readstat_begin_row (writer);
  readstat_insert_double_value (writer, variables[0], days);
  readstat_insert_double_value (writer, variables[1], (days * 86400 + 14 * 3600 + 30 * 60 + 5) * 1000);
  g_assert_cmpint (readstat_end_row (writer), ==, READSTAT_OK);
  g_assert_cmpint (readstat_end_writing (writer), ==, READSTAT_OK);
  readstat_writer_free (writer);
  fclose (file);

  data = read_survey (path, &error);
  g_assert_no_error (error);
  day = dq_survey_data_dup_value_text (data, 0, 0);
  moment = dq_survey_data_dup_value_text (data, 1, 0);
  g_assert_cmpstr (day, ==, "2019-10-15");
  g_assert_cmpstr (moment, ==, "2019-10-15 14:30:05");
  g_assert_cmpint (dq_date_kind_for_format ("%tdDD/NN/CCYY"), ==, DQ_DATE_STATA_DATE);
  g_assert_cmpint (dq_date_kind_for_format ("DATETIME20"), ==, DQ_DATE_SPSS_DATETIME);
  g_assert_cmpint (dq_date_kind_for_format ("F8.2"), ==, DQ_DATE_NONE);
  g_assert_cmpint (dq_date_kind_for_format ("%tm"), ==, DQ_DATE_NONE);

  dq_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/SavReader/sav", test_sav);
  g_test_add_func ("/Dostyq/Model/SavReader/zsav", test_zsav);
  g_test_add_func ("/Dostyq/Model/SavReader/dta", test_dta);
  g_test_add_func ("/Dostyq/Model/SavReader/file-label-and-variables",
                   test_file_label_and_variables);
  g_test_add_func ("/Dostyq/Model/SavReader/errors", test_errors);
  g_test_add_func ("/Dostyq/Model/SavReader/truncated-dta", test_truncated_dta);
  g_test_add_func ("/Dostyq/Model/SavReader/memory-limit", test_memory_limit);
  g_test_add_func ("/Dostyq/Model/SavReader/error-special-files", test_error_special_files);
  g_test_add_func ("/Dostyq/Model/SavReader/non-utf8-name", test_non_utf8_name);
  g_test_add_func ("/Dostyq/Model/SavReader/real-file", test_real_file);
  g_test_add_func ("/Dostyq/Model/SavReader/real-file-table", test_real_file_table);
  g_test_add_func ("/Dostyq/Model/SavReader/bad-files", test_bad_files);
  g_test_add_func ("/Dostyq/Model/SavReader/stata-dates", test_stata_dates);

  return g_test_run ();
}
