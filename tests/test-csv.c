/* test-csv.c
 *
 * The CSV reader on small files shaped like those researchers receive: Excel
 * in a Russian locale (semicolons, decimal commas, Windows-1251), R and
 * Python (commas, UTF-8, NA), SPSS exports (tabs), with quotes, byte-order
 * marks and blank lines; and its errors, each naming the file, the row and
 * the column. Also the crosstab errors that come from such files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "dq-crosstab.h"
#include "dq-csv-reader.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

static DqSurveyData *
read_bytes_with (DqCsvReader *reader,
                 const char  *bytes,
                 gssize       length,
                 GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  if (length < 0)
    length = strlen (bytes);
  stream = g_memory_input_stream_new_from_data (g_memdup2 (bytes, length), length, g_free);

  return dq_csv_reader_read_stream (reader, stream, "survey.csv", NULL, error);
}

static DqSurveyData *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();

  return read_bytes_with (reader, text, -1, error);
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
  guint index = variable (data, name);

  g_assert_cmpint (dq_survey_data_get_kind (data, index), ==, DQ_VARIABLE_NUMERIC);

  return dq_survey_data_get_numbers (data, index)[row];
}

static const char *
text (DqSurveyData *data,
      const char   *name,
      gsize         row)
{
  guint index = variable (data, name);
  guint32 code;

  g_assert_cmpint (dq_survey_data_get_kind (data, index), ==, DQ_VARIABLE_STRING);
  code = dq_survey_data_get_codes (data, index)[row];
  if (code == DQ_SURVEY_DATA_NO_CODE)
    return NULL;

  return dq_survey_data_get_categories (data, index, NULL)[code];
}

static void
assert_message_has (const GError *error,
                    const char   *first,
                    ...) G_GNUC_NULL_TERMINATED;

/* The message must hold every fragment: the file, the row, the column. */
static void
assert_message_has (const GError *error,
                    const char   *first,
                    ...)
{
  va_list args;

  g_assert_nonnull (error);
  va_start (args, first);
  for (const char *fragment = first; fragment != NULL; fragment = va_arg (args, const char *))
    {
      if (strstr (error->message, fragment) == NULL)
        g_error ("“%s” is not in the message “%s”", fragment, error->message);
    }
  va_end (args);
}

static void
test_comma (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_bytes_with (reader,
                          "id,country,sex,weight,q_attitude_tj\n"
                          "1,1,2,0.8123,1\n"
                          "2,2,1,1.5,9\n"
                          "3,1,1,2,\n",
                          -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_csv_reader_get_detected_delimiter (reader), ==, ',');
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "UTF-8");
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "survey.csv");
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 3);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 5);
  g_assert_cmpstr (dq_survey_data_get_name (data, 3), ==, "weight");
  g_assert_cmpfloat (number (data, "weight", 0), ==, 0.8123);
  g_assert_cmpfloat (number (data, "weight", 1), ==, 1.5);
  g_assert_cmpfloat (number (data, "q_attitude_tj", 1), ==, 9);
  g_assert_true (isnan (number (data, "q_attitude_tj", 2)));
  g_assert_false (dq_csv_reader_has_decimal_comma (reader, "weight"));

  /* Rows are numbered as in a spreadsheet: the header is row 1. */
  {
    g_autofree char *row = dq_survey_data_describe_row (data, 0);

    g_assert_cmpstr (row, ==, "row 2");
  }
}

/* Excel in a Russian or Kazakh locale: semicolons and decimal commas. */
static void
test_semicolon_decimal_comma (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_bytes_with (reader,
                          "id;region;weight;income;code\r\n"
                          "1;Алматы;1,25;150000;1.5\r\n"
                          "2;Астана;0,5;;2\r\n"
                          "3;Шымкент, город;2;98000,5;3\r\n",
                          -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_csv_reader_get_detected_delimiter (reader), ==, ';');
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 3);
  g_assert_cmpfloat (number (data, "weight", 0), ==, 1.25);
  g_assert_cmpfloat (number (data, "weight", 1), ==, 0.5);
  g_assert_cmpfloat (number (data, "income", 2), ==, 98000.5);
  g_assert_true (isnan (number (data, "income", 1)));
  g_assert_cmpfloat (number (data, "code", 0), ==, 1.5);
  g_assert_true (dq_csv_reader_has_decimal_comma (reader, "weight"));
  g_assert_true (dq_csv_reader_has_decimal_comma (reader, "income"));
  g_assert_false (dq_csv_reader_has_decimal_comma (reader, "code"));
  g_assert_cmpstr (text (data, "region", 2), ==, "Шымкент, город");
}

/* Under a comma delimiter, a quoted "1,500" is not a decimal: the column is
 * text. A column that mixes "1.5" and "1,5" is text too. */
static void
test_ambiguous_decimals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) mixed = NULL;

  data = read_text ("id,amount\n1,\"1,500\"\n2,700\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text (data, "amount", 0), ==, "1,500");
  g_assert_cmpstr (text (data, "amount", 1), ==, "700");

  mixed = read_text ("id;x\n1;1.5\n2;2,5\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text (mixed, "x", 0), ==, "1.5");
  g_assert_cmpstr (text (mixed, "x", 1), ==, "2,5");
}

static void
test_tab (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_bytes_with (reader,
                          "id\tname\tscore\n"
                          "1\tAigerim, Astana\t3\n"
                          "2\tBobur; Tashkent\t4\n",
                          -1, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_csv_reader_get_detected_delimiter (reader), ==, '\t');
  g_assert_cmpstr (text (data, "name", 0), ==, "Aigerim, Astana");
  g_assert_cmpstr (text (data, "name", 1), ==, "Bobur; Tashkent");
  g_assert_cmpfloat (number (data, "score", 1), ==, 4);
}

/* R writes NA, Stata ".", everyone an empty field: all system-missing in a
 * numeric column. A column that turns out to hold text keeps its numbers as
 * categories. */
static void
test_missing_and_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  guint age;
  guint n_categories;

  data = read_text ("id,age,answer\n1,NA,1\n2,.,2\n3,,refused\n4,34,2\n", &error);
  g_assert_no_error (error);

  g_assert_true (isnan (number (data, "age", 0)));
  g_assert_true (isnan (number (data, "age", 1)));
  g_assert_true (isnan (number (data, "age", 2)));
  g_assert_cmpfloat (number (data, "age", 3), ==, 34);

  g_assert_cmpstr (text (data, "answer", 0), ==, "1");
  g_assert_cmpstr (text (data, "answer", 2), ==, "refused");
  g_assert_cmpstr (text (data, "answer", 3), ==, "2");
  age = variable (data, "answer");
  dq_survey_data_get_categories (data, age, &n_categories);
  g_assert_cmpuint (n_categories, ==, 3);
}

/* RFC 4180: delimiters, doubled quotes and line breaks inside quotes, CRLF. */
static void
test_quoted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) ragged = NULL;

  data = read_text ("id,comment,score\r\n"
                    "1,\"Good, very good\",5\r\n"
                    "2,\"He said \"\"enough\"\"\",\"4\"\r\n"
                    "3,\"two\r\nlines\",3\r\n"
                    "4,plain,2\r\n",
                    &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 4);
  g_assert_cmpstr (text (data, "comment", 0), ==, "Good, very good");
  g_assert_cmpstr (text (data, "comment", 1), ==, "He said \"enough\"");
  g_assert_cmpstr (text (data, "comment", 2), ==, "two\r\nlines");
  g_assert_cmpfloat (number (data, "score", 1), ==, 4);
  g_assert_cmpfloat (number (data, "score", 3), ==, 2);

  /* Rows count records, not lines: the record after the two-line one is
   * row 5, as a spreadsheet shows it. */
  ragged = read_text ("id,comment,score\n1,\"a\nb\",1\n2,c,2\n3,d\n", &error);
  g_assert_null (ragged);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_RAGGED);
  assert_message_has (error, "survey.csv", "row 4 has 2 fields", "header has 3", NULL);
}

static void
test_bom (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_bytes_with (reader, "\xEF\xBB\xBFid,город\n1,Ташкент\n2,Самарканд\n", -1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "id");
  g_assert_cmpstr (dq_survey_data_get_name (data, 1), ==, "город");
  g_assert_cmpstr (text (data, "город", 1), ==, "Самарканд");
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "UTF-8");
}

static char *
to_cp1251 (const char *utf8,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *bytes = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, length, &error);

  g_assert_no_error (error);

  return bytes;
}

/* Excel's "CSV" in a Russian locale: Windows-1251 with Russian labels. */
static void
test_cp1251 (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  gsize length;
  g_autofree char *bytes = to_cp1251 ("№;Область;Отношение;Вес\r\n"
                                      "1;Алматинская;очень положительное;1,2\r\n"
                                      "2;Туркестанская;затрудняюсь ответить;0,8\r\n",
                                      &length);

  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "CP1251");
  g_assert_cmpuint (dq_csv_reader_get_detected_delimiter (reader), ==, ';');
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "№");
  g_assert_cmpstr (text (data, "Область", 1), ==, "Туркестанская");
  g_assert_cmpstr (text (data, "Отношение", 0), ==, "очень положительное");
  g_assert_cmpfloat (number (data, "Вес", 0), ==, 1.2);
}

/* An ASCII header and the first Cyrillic letter past the first block of
 * 1 MiB: the encoding is still detected, from the categories. */
static void
test_cp1251_late (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) utf8 = g_string_new ("id,city,weight\n");
  g_autofree char *bytes = NULL;
  gsize length;

  for (guint i = 1; i <= 80000; i++)
    g_string_append_printf (utf8, "%u,Almaty,1.%u\n", i, i % 10);
  g_string_append (utf8, "80001,Костанай,1\n");
  bytes = to_cp1251 (utf8->str, &length);
  g_assert_cmpuint (length, >, 1024 * 1024);

  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "CP1251");
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 80001);
  g_assert_cmpstr (text (data, "city", 80000), ==, "Костанай");
  g_assert_cmpstr (text (data, "city", 79999), ==, "Almaty");
  g_assert_cmpfloat (number (data, "weight", 12344), ==, 1.5);
}

/* Files in each of the region's encodings, made by
 * tests/data/encodings/make-fixtures.sh from UTF-8 copies: each is read
 * as its copy is, and its encoding is named as a guess. */
static void
test_encodings (void)
{
  static const char * const fixtures[][2] = {
    { "cp1251", "CP1251" }, { "rk1048", "RK1048" }, { "koi8-r", "KOI8-R" },
    { "koi8-u", "KOI8-U" }, { "cp866", "CP866" }, { "iso-8859-5", "ISO-8859-5" },
    { "latin1", "ISO-8859-1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", fixtures[i][0]);
      g_autofree char *utf8_name = g_strdup_printf ("%s.utf8.csv", fixtures[i][0]);
      g_autoptr(GFile) file = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data",
                                                         "encodings", name, NULL);
      g_autoptr(GFile) utf8_file = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST),
                                                              "data", "encodings", utf8_name,
                                                              NULL);
      g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
      g_autoptr(DqCsvReader) utf8_reader = dq_csv_reader_new ();
      g_autoptr(DqSurveyData) data = NULL;
      g_autoptr(DqSurveyData) expected = NULL;
      g_autoptr(GError) error = NULL;

      data = dq_csv_reader_read_file (reader, file, NULL, &error);
      g_assert_no_error (error);
      expected = dq_csv_reader_read_file (utf8_reader, utf8_file, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", name, dq_csv_reader_get_detected_encoding (reader));

      g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, fixtures[i][1]);
      g_assert_true (dq_csv_reader_get_encoding_guessed (reader));
      g_assert_false (dq_csv_reader_get_encoding_guessed (utf8_reader));
      g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==,
                        dq_survey_data_get_n_rows (expected));
      g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 3);
      for (guint v = 0; v < 3; v++)
        {
          g_assert_cmpstr (dq_survey_data_get_name (data, v), ==,
                           dq_survey_data_get_name (expected, v));
          for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
            {
              g_autofree char *got = dq_survey_data_dup_value_text (data, v, r);
              g_autofree char *want = dq_survey_data_dup_value_text (expected, v, r);

              g_assert_cmpstr (got, ==, want);
            }
        }
    }
}

/* KOI8-R text only after the first block: guessed from the text values. */
static void
test_koi8_late (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) utf8 = g_string_new ("id,city\n");
  g_autofree char *bytes = NULL;
  gsize length;

  for (guint i = 1; i <= 80000; i++)
    g_string_append_printf (utf8, "%u,Omsk\n", i);
  g_string_append (utf8, "80001,Новосибирская область\n");
  bytes = g_convert (utf8->str, -1, "KOI8-R", "UTF-8", NULL, &length, NULL);
  g_assert_cmpuint (length, >, 512 * 1024);

  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "KOI8-R");
  g_assert_true (dq_csv_reader_get_encoding_guessed (reader));
  g_assert_cmpstr (text (data, "city", 80000), ==, "Новосибирская область");
}

/* An encoding of another family than the region's: uchardet, opened when
 * the file needs it, names it. */
static void
test_other_family (void)
{
#ifdef HAVE_UCHARDET
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) utf8 = g_string_new ("id,city\n");
  g_autofree char *bytes = NULL;
  gsize length;

  for (guint i = 1; i <= 40; i++)
    g_string_append_printf (utf8, "%u,%s\n", i, i % 2 ? "東京都の中心部" : "大阪府と京都府");
  bytes = g_convert (utf8->str, -1, "SHIFT_JIS", "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (bytes);

  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "SHIFT_JIS");
  g_assert_true (dq_csv_reader_get_encoding_guessed (reader));
  g_assert_cmpstr (text (data, "city", 1), ==, "大阪府と京都府");
#else
  g_test_skip ("built without uchardet");
#endif
}

static void
test_forced_encoding (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) invalid = NULL;
  g_autoptr(DqSurveyData) unknown = NULL;
  gsize length;
  g_autofree char *bytes = to_cp1251 ("id,city\n1,Tashkent\n2,Nukus\n3,Бухара\n", &length);

  dq_csv_reader_set_encoding (reader, "CP1251");
  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text (data, "city", 2), ==, "Бухара");
  g_assert_cmpstr (dq_csv_reader_get_detected_encoding (reader), ==, "CP1251");

  /* Forced UTF-8: the Windows-1251 bytes are an error naming where they are. */
  dq_csv_reader_set_encoding (reader, "UTF-8");
  invalid = read_bytes_with (reader, bytes, length, &error);
  g_assert_null (invalid);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING);
  assert_message_has (error, "survey.csv", "row 4", "column 2 (“city”)", "UTF-8", NULL);
  g_clear_error (&error);

  dq_csv_reader_set_encoding (reader, "NO-SUCH-ENCODING");
  unknown = read_bytes_with (reader, bytes, length, &error);
  g_assert_null (unknown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING);
  assert_message_has (error, "survey.csv", "NO-SUCH-ENCODING", NULL);
}

static void
test_utf16 (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) converted = NULL;
  gsize length;
  g_autofree char *bytes = g_convert ("\xEF\xBB\xBFid\tназвание\n1\tДостық\n", -1, "UTF-16LE",
                                      "UTF-8", NULL, &length, NULL);

  g_assert_nonnull (bytes);
  data = read_bytes_with (reader, bytes, length, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING);
  assert_message_has (error, "survey.csv", "UTF-16", NULL);
  g_clear_error (&error);

  dq_csv_reader_set_encoding (reader, "UTF-16");
  converted = read_bytes_with (reader, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_survey_data_get_name (converted, 1), ==, "название");
  g_assert_cmpstr (text (converted, "название", 0), ==, "Достық");
}

/* A UTF-32 file was reported as UTF-16, whose little-endian mark begins
 * its own. Both byte orders are named UTF-32, and given as the encoding,
 * UTF-32 is read. */
static void
test_utf32 (void)
{
  const char *encodings[] = { "UTF-32LE", "UTF-32BE" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DqSurveyData) data = NULL;
      g_autoptr(DqSurveyData) converted = NULL;
      gsize length;
      g_autofree char *bytes = g_convert ("\xEF\xBB\xBFid\tназвание\n1\tДостық\n", -1,
                                          encodings[i], "UTF-8", NULL, &length, NULL);

      g_assert_nonnull (bytes);
      data = read_bytes_with (reader, bytes, length, &error);
      g_assert_null (data);
      g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING);
      assert_message_has (error, "survey.csv: the file is in UTF-32;", "encoding as UTF-32", NULL);
      g_assert_null (strstr (error->message, "UTF-16"));
      g_clear_error (&error);

      dq_csv_reader_set_encoding (reader, "UTF-32");
      converted = read_bytes_with (reader, bytes, length, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (dq_survey_data_get_name (converted, 1), ==, "название");
      g_assert_cmpstr (text (converted, "название", 0), ==, "Достық");
    }
}

/* A NUL byte anywhere in the file is refused, not only in the first block
 * of 1 MiB: later, "U\0Z" was read as "U". */
static void
test_error_nul_late (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GString) csv = g_string_new ("id,q\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autofree char *row = NULL;
  guint n_rows = 0;

  while (csv->len < 3 * 1024 * 1024)
    g_string_append_printf (csv, "%u,yes\n", ++n_rows);
  g_string_append_len (csv, "0,U\0Z\n", 7);
  g_string_append (csv, "0,yes\n");

  data = read_bytes_with (reader, csv->str, csv->len, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  row = g_strdup_printf ("near row %u, byte %" G_GSIZE_FORMAT " is a NUL byte", n_rows + 2,
                         csv->len - strlen ("0,yes\n") - 3);
  assert_message_has (error, "survey.csv: ", row, "not CSV or TSV text", NULL);
}

/* Blank lines hold no respondent but keep the rows' numbers right. */
static void
test_blank_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autofree char *row = NULL;

  data = read_text ("\nid,weight\n1,1\n\n\n2,-1\n3,1\n\n", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, 3);
  row = dq_survey_data_describe_row (data, 1);
  g_assert_cmpstr (row, ==, "row 6");
  g_free (row);
  row = dq_survey_data_describe_row (data, 0);
  g_assert_cmpstr (row, ==, "row 3");
}

/* A quoted text longer than the 1 MiB block. */
static void
test_long_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) csv = g_string_new ("id,text\n1,\"");

  for (guint i = 0; i < 300000; i++)
    g_string_append (csv, "a,\"\"b");
  g_string_append (csv, "\"\n2,short\n");

  data = read_text (csv->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (text (data, "text", 0)), ==, 300000 * 4);
  g_assert_cmpstr (text (data, "text", 1), ==, "short");
}

/* A quote that is never closed does not take the whole file into memory. */
static void
test_error_record_too_long (void)
{
  const gsize length = 65 * 1024 * 1024;
  g_autofree char *csv = g_malloc (length + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  memset (csv, 'a', length);
  memcpy (csv, "id,text\n1,\"", strlen ("id,text\n1,\""));
  csv[length] = '\0';

  data = read_text (csv, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  assert_message_has (error, "survey.csv", "row 2", "longer than", "not be closed", NULL);
}

static void
test_variables (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) unknown = NULL;
  const char *keep[] = { "weight", "q1", NULL };
  const char *wrong[] = { "q2", NULL };

  dq_csv_reader_set_variables (reader, keep);
  data = read_bytes_with (reader, "id,q1,weight,name\n1,2,0.5,x\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 2);
  g_assert_cmpstr (dq_survey_data_get_name (data, 0), ==, "q1");
  g_assert_cmpfloat (number (data, "weight", 0), ==, 0.5);

  dq_csv_reader_set_variables (reader, wrong);
  unknown = read_bytes_with (reader, "id,q1,weight,name\n1,2,0.5,x\n", -1, &error);
  g_assert_null (unknown);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE);
  assert_message_has (error, "survey.csv", "“q2”", "id, q1, weight, name", NULL);
}

static void
test_error_ragged (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) csv = g_string_new ("id,a,b,c,d,e\n");

  for (guint i = 2; i < 17; i++)
    g_string_append_printf (csv, "%u,1,2,3,4,5\n", i);
  g_string_append (csv, "17,1,2,3,4\n");

  data = read_text (csv->str, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_RAGGED);
  g_assert_cmpstr (error->message, ==, "survey.csv: row 17 has 5 fields, but the header has 6");
}

static void
test_error_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_text ("id,comment\n1,fine\n2,\"cut off in the mid", &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TRUNCATED);
  assert_message_has (error, "survey.csv", "row 3", "column 2 (“comment”)", "line 3",
                      "truncated", NULL);
}

static void
test_error_after_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_text ("id,comment\n1,\"a\"b\n", &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_SYNTAX);
  assert_message_has (error, "survey.csv", "row 2", "column 2 (“comment”)", NULL);
}

static void
test_error_empty (void)
{
  const char *empties[] = { "", "\xEF\xBB\xBF", "\n\r\n\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqSurveyData) data = read_text (empties[i], &error);

      g_assert_null (data);
      g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_EMPTY);
      assert_message_has (error, "survey.csv", "empty", NULL);
    }
}

/* A PNG renamed .csv, and a dataset's JSON given as survey data. */
static void
test_error_not_csv (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  const char *json[] = { "{ \"format\": \"dostyq-dataset\" }", "\xEF\xBB\xBF\n [ { \"id\": 1 } ]" };
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_bytes_with (reader, png, sizeof png - 1, &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  assert_message_has (error, "survey.csv", "binary", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (json); i++)
    {
      g_autoptr(GError) json_error = NULL;
      g_autoptr(DqSurveyData) json_data = read_text (json[i], &json_error);

      g_assert_null (json_data);
      g_assert_error (json_error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
      assert_message_has (json_error, "survey.csv", "JSON", NULL);
    }

  /* A header that merely starts with a bracket is still a header. */
  g_clear_object (&data);
  g_clear_error (&error);
  data = read_text ("[id],q\n1,2\n", &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
}

/* Zeros after the decimal point beyond the table of powers of ten. */
static void
test_long_fraction (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;

  data = read_text ("x,y\n.000000000000000000000000000000000000000000000000015,1\n", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (number (data, "x", 0), 1.5e-50, 1e-60);
}

/* A number is read whole, however many digits it has, and comes out as
 * strtod reads it; one beyond the largest double is text, not infinity. */
static void
test_long_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GString) csv = g_string_new ("id,x\n");
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DqSurveyData) huge = NULL;
  g_autofree char *zeros = g_strnfill (59, '0');
  g_autofree char *ones = g_strnfill (150, '1');
  g_autofree char *threes = g_strnfill (150, '3');

  g_ptr_array_add (numbers, g_strconcat ("0.", zeros, "1", NULL));
  g_ptr_array_add (numbers, g_strnfill (200, '9'));
  g_ptr_array_add (numbers, g_strdup ("1234567890123456789012345678901234567890.5"));
  g_ptr_array_add (numbers, g_strdup ("0.1000000000000000055511151231257827021181583404541015625"));
  g_ptr_array_add (numbers, g_strconcat ("-", ones, ".", threes, NULL));
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (csv, "%u,%s\n", i + 1, (char *) numbers->pdata[i]);

  data = read_text (csv->str, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < numbers->len; i++)
    g_assert_cmpfloat (number (data, "x", i), ==, g_ascii_strtod (numbers->pdata[i], NULL));

  huge = read_text ("id,x\n1,1\n2,1e309\n3,2.5\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text (huge, "x", 1), ==, "1e309");
  g_assert_cmpstr (text (huge, "x", 2), ==, "2.5");
}

static void
test_error_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) duplicate = NULL;

  data = read_text ("1,2,0.5\n2,1,1.5\n", &error);
  g_assert_null (data);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_NO_HEADER);
  assert_message_has (error, "survey.csv", "row 1", NULL);
  g_clear_error (&error);

  duplicate = read_text ("id,q,q\n1,2,3\n", &error);
  g_assert_null (duplicate);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_DUPLICATE);
  assert_message_has (error, "survey.csv", "columns 2 and 3", "“q”", NULL);
}

static void
test_file (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) missing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-csv-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "опрос 2021.csv", NULL);
  g_file_set_contents (path, "id,q\n1,2\n", -1, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "опрос 2021.csv");

  parent = g_file_get_parent (file);
  nowhere = g_file_get_child (parent, "absent.csv");
  missing = dq_csv_reader_read_file (reader, nowhere, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
  assert_message_has (error, "absent.csv", NULL);

  g_unlink (path);
  g_rmdir (dir);
}

/* Devices, FIFOs, directories and loops of symbolic links are refused
 * before a byte is read; an alarm ends the test if a FIFO blocks it. */
static void
test_error_special_files (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-csv-XXXXXX", &error);
  g_auto(GStrv) paths = NULL;

  g_assert_no_error (error);
  paths = dq_test_make_special_files (dir, ".csv");

  alarm (20);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(DqSurveyData) data = NULL;

      data = dq_csv_reader_read_file (reader, file, NULL, &error);
      g_assert_null (data);
      g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, basename));
      assert_message_has (error, dq_test_special_file_error (i), NULL);
      g_clear_error (&error);
    }
  alarm (0);

  dq_test_remove_dir (dir);
}

/* A file name that is not UTF-8 is shown with replacement characters and
 * says nothing about the contents. */
static void
test_non_utf8_name (void)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-csv-XXXXXX", &error);
  g_autofree char *name = dq_test_non_utf8_name (".csv");
  g_autofree char *ragged_name = dq_test_non_utf8_name ("-ragged.csv");
  g_autoptr(GFile) file = dq_test_write_file (dir, name, "id,q\n1,2\n", -1);
  g_autoptr(GFile) ragged = dq_test_write_file (dir, ragged_name, "id,q\n1,2,3\n", -1);
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqSurveyData) none = NULL;

  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dq_survey_data_get_source_name (data), ==, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.csv");

  none = dq_csv_reader_read_file (reader, ragged, NULL, &error);
  g_assert_null (none);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD-ragged.csv: row 2"));

  dq_test_remove_dir (dir);
}

/* Crosstab errors that come from a CSV file name its rows as the file has
 * them. */
static void
test_crosstab_weight_not_numeric (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;

  data = read_text ("id,q,country,weight\n1,1,1,0.5\n2,2,1,1.5\n3,1,2,n/a\n4,2,2,1\n", &error);
  g_assert_no_error (error);

  table = dq_crosstab_new (data, "q", "country", "weight", NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT);
  assert_message_has (error, "survey.csv", "“weight”", "row 4", "n/a", NULL);
}

/* Text that strtod reads but no survey writes as a weight, and a number
 * too large for one: each named with its row. */
static void
test_crosstab_weight_not_a_number (void)
{
  const char *values[] = { "NaN", "inf", "0x10", "-Infinity", "1e309" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqSurveyData) data = NULL;
      g_autoptr(DqCrosstab) table = NULL;
      g_autofree char *csv = g_strdup_printf ("id,q,w\n1,1,1\n2,2,%s\n3,1,2\n", values[i]);
      g_autofree char *quoted = g_strdup_printf ("“%s”", values[i]);

      data = read_text (csv, &error);
      g_assert_no_error (error);

      table = dq_crosstab_new (data, "q", NULL, "w", NULL, 0, &error);
      g_assert_null (table);
      g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT);
      if (i < 4)
        assert_message_has (error, "survey.csv", "“w”", "row 3", quoted, "not numeric", NULL);
      else
        assert_message_has (error, "survey.csv", "“w”", "1e309 in row 3",
                            "beyond the largest number a weight can have", NULL);
    }
}

static void
test_crosstab_weight_negative (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;

  g_autoptr(DqSurveyData) none = NULL;
  g_autoptr(DqCrosstab) refused = NULL;
  g_autofree char *rows = NULL;

  /* As in SPSS, the respondent of row 3 is left out, and the table says
   * so. */
  data = read_text ("id;q;country;w\n1;1;1;0,5\n2;2;1;-1,5\n", &error);
  g_assert_no_error (error);

  table = dq_crosstab_new (data, "q", "country", "w", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_crosstab_get_n_invalid_weight (table), ==, 1);
  g_assert_cmpuint (dq_crosstab_get_n_missing (table), ==, 0);
  g_assert_cmpuint (dq_crosstab_get_unweighted (table, dq_crosstab_get_n_rows (table), 1), ==, 1);
  rows = dq_crosstab_dup_invalid_weight_rows (table);
  g_assert_cmpstr (rows, ==, "row 3");

  /* With no valid weight at all there is no table. */
  none = read_text ("id;q;w\n1;1;-1\n2;2;\n", &error);
  g_assert_no_error (error);
  refused = dq_crosstab_new (none, "q", NULL, "w", NULL, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_WEIGHT);
  assert_message_has (error, "survey.csv", "“w”", "row 2", "above zero", NULL);
}

static void
test_crosstab_all_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(DqCrosstab) table = NULL;
  g_autoptr(DqCrosstab) by_code = NULL;
  const double nine = 9;

  data = read_text ("id,q,country,dk\n1,,1,9\n2,NA,2,9\n3,,1,\n", &error);
  g_assert_no_error (error);

  table = dq_crosstab_new (data, "q", "country", NULL, NULL, 0, &error);
  g_assert_null (table);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING);
  assert_message_has (error, "survey.csv", "“q”", NULL);
  g_clear_error (&error);

  by_code = dq_crosstab_new (data, "dk", "country", NULL, &nine, 1, &error);
  g_assert_null (by_code);
  g_assert_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_ALL_MISSING);
  assert_message_has (error, "survey.csv", "“dk”", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/CsvReader/comma", test_comma);
  g_test_add_func ("/Dostyq/Model/CsvReader/semicolon-decimal-comma", test_semicolon_decimal_comma);
  g_test_add_func ("/Dostyq/Model/CsvReader/ambiguous-decimals", test_ambiguous_decimals);
  g_test_add_func ("/Dostyq/Model/CsvReader/tab", test_tab);
  g_test_add_func ("/Dostyq/Model/CsvReader/missing-and-types", test_missing_and_types);
  g_test_add_func ("/Dostyq/Model/CsvReader/quoted", test_quoted);
  g_test_add_func ("/Dostyq/Model/CsvReader/bom", test_bom);
  g_test_add_func ("/Dostyq/Model/CsvReader/cp1251", test_cp1251);
  g_test_add_func ("/Dostyq/Model/CsvReader/cp1251-late", test_cp1251_late);
  g_test_add_func ("/Dostyq/Model/CsvReader/encodings", test_encodings);
  g_test_add_func ("/Dostyq/Model/CsvReader/koi8-late", test_koi8_late);
  g_test_add_func ("/Dostyq/Model/CsvReader/other-family", test_other_family);
  g_test_add_func ("/Dostyq/Model/CsvReader/forced-encoding", test_forced_encoding);
  g_test_add_func ("/Dostyq/Model/CsvReader/utf16", test_utf16);
  g_test_add_func ("/Dostyq/Model/CsvReader/utf32", test_utf32);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-nul-late", test_error_nul_late);
  g_test_add_func ("/Dostyq/Model/CsvReader/blank-lines", test_blank_lines);
  g_test_add_func ("/Dostyq/Model/CsvReader/long-field", test_long_field);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-record-too-long", test_error_record_too_long);
  g_test_add_func ("/Dostyq/Model/CsvReader/variables", test_variables);
  g_test_add_func ("/Dostyq/Model/CsvReader/file", test_file);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-special-files", test_error_special_files);
  g_test_add_func ("/Dostyq/Model/CsvReader/non-utf8-name", test_non_utf8_name);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-ragged", test_error_ragged);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-truncated", test_error_truncated);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-after-quote", test_error_after_quote);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-empty", test_error_empty);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-header", test_error_header);
  g_test_add_func ("/Dostyq/Model/CsvReader/error-not-csv", test_error_not_csv);
  g_test_add_func ("/Dostyq/Model/CsvReader/long-fraction", test_long_fraction);
  g_test_add_func ("/Dostyq/Model/CsvReader/long-numbers", test_long_numbers);
  g_test_add_func ("/Dostyq/Model/CsvReader/crosstab-weight-not-numeric",
                   test_crosstab_weight_not_numeric);
  g_test_add_func ("/Dostyq/Model/CsvReader/crosstab-weight-not-a-number",
                   test_crosstab_weight_not_a_number);
  g_test_add_func ("/Dostyq/Model/CsvReader/crosstab-weight-negative",
                   test_crosstab_weight_negative);
  g_test_add_func ("/Dostyq/Model/CsvReader/crosstab-all-missing", test_crosstab_all_missing);

  return g_test_run ();
}
