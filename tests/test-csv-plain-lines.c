/* test-csv-plain-lines.c
 *
 * The CSV reader takes plain lines (no field beginning with a quote, ended
 * by a newline or CR LF within the block) its fast way, keeping only the
 * fields of the variables asked for, and plain decimals without the
 * general number parser. Whatever it reads that way must be what the
 * general scanner reads, bit for bit, and every error the same message:
 * each case here is read both ways, with every variable and with each one
 * alone, and the two descriptions compared.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dq-csv-reader-private.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

/* Everything a read gives: its error, or every variable's values (numbers
 * by their bits), categories, the rows each respondent came from, the
 * detected encoding, delimiter and decimal commas. */
static char *
describe_read (DqCsvReader  *reader,
               DqSurveyData *data,
               GError       *error)
{
  GString *out = g_string_new (NULL);
  gsize n_rows;

  if (data == NULL)
    {
      g_string_append_printf (out, "error %s %d: %s\n", g_quark_to_string (error->domain),
                              error->code, error->message);
      return g_string_free (out, FALSE);
    }

  n_rows = dq_survey_data_get_n_rows (data);
  g_string_append_printf (out, "rows %zu, encoding %s%s, delimiter %u\n", n_rows,
                          dq_csv_reader_get_detected_encoding (reader),
                          dq_csv_reader_get_encoding_guessed (reader) ? " (guessed)" : "",
                          dq_csv_reader_get_detected_delimiter (reader));
  for (gsize row = 0; row < n_rows; row++)
    {
      g_autofree char *where = dq_survey_data_describe_row (data, row);

      g_string_append_printf (out, "row %zu: %s\n", row, where);
    }

  for (guint i = 0; i < dq_survey_data_get_n_variables (data); i++)
    {
      const char *name = dq_survey_data_get_name (data, i);

      g_string_append_printf (out, "%s%s:", name,
                              dq_csv_reader_has_decimal_comma (reader, name) ? " (comma)" : "");
      if (dq_survey_data_get_kind (data, i) == DQ_VARIABLE_NUMERIC)
        {
          const double *numbers = dq_survey_data_get_numbers (data, i);

          for (gsize row = 0; row < n_rows; row++)
            {
              guint64 bits;

              memcpy (&bits, &numbers[row], sizeof bits);
              g_string_append_printf (out, " %" G_GINT64_MODIFIER "x", bits);
            }
        }
      else
        {
          const guint32 *codes = dq_survey_data_get_codes (data, i);
          const char * const *categories = dq_survey_data_get_categories (data, i, NULL);

          for (gsize row = 0; row < n_rows; row++)
            g_string_append_printf (out, " [%s]",
                                    codes[row] == DQ_SURVEY_DATA_NO_CODE ? "(none)"
                                                                         : categories[codes[row]]);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* Reads @bytes, from memory or (with @path) from a file, the fast way or
 * not, with @variables or all. */
static char *
read_described (const char         *bytes,
                gsize               length,
                const char         *path,
                const char * const *variables,
                const char         *encoding,
                gboolean            plain_lines)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GError) error = NULL;

  _dq_csv_reader_set_plain_lines (reader, plain_lines);
  dq_csv_reader_set_variables (reader, variables);
  dq_csv_reader_set_encoding (reader, encoding);

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      data = dq_csv_reader_read_file (reader, file, NULL, &error);
    }
  else
    {
      g_autoptr(GInputStream) stream =
        g_memory_input_stream_new_from_data (g_memdup2 (bytes, length), length, g_free);

      data = dq_csv_reader_read_stream (reader, stream, "survey.csv", NULL, &error);
    }

  return describe_read (reader, data, error);
}

/* The header's names, as the reader gives them, to ask for each alone. */
static GStrv
header_names (const char *bytes,
              gsize       length)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data (g_memdup2 (bytes, length), length, g_free);
  g_autoptr(DqSurveyData) data = dq_csv_reader_read_stream (reader, stream, "survey.csv", NULL,
                                                            NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; data != NULL && i < dq_survey_data_get_n_variables (data); i++)
    g_strv_builder_add (builder, dq_survey_data_get_name (data, i));

  return g_strv_builder_end (builder);
}

/* Asserts that both ways read @bytes alike, with every variable and with
 * each alone; returns how many reads were compared. */
static guint
assert_same_both_ways (const char *bytes,
                       gsize       length,
                       const char *path,
                       const char *encoding)
{
  g_auto(GStrv) names = header_names (bytes, length);
  guint n_compared = 0;

  for (gint i = -1; i < 0 || names[i] != NULL; i++)
    {
      const char *one[2] = { i >= 0 ? names[i] : NULL, NULL };
      const char * const *variables = i >= 0 ? one : NULL;
      g_autofree char *general = read_described (bytes, length, path, variables, encoding,
                                                 FALSE);
      g_autofree char *plain = read_described (bytes, length, path, variables, encoding, TRUE);

      g_assert_cmpstr (plain, ==, general);
      n_compared++;
    }

  return n_compared;
}

/* Awkward files, each a few lines: quotes, doubled quotes, newlines in
 * quotes, CR LF, a lone CR, byte-order marks, empty fields, spaces, NA,
 * decimal commas, a column that turns to text, ragged rows, a quote inside
 * an unquoted field, no newline at the end, numbers at the edges of the
 * fast parser. */
static const char *awkward[] = {
  "a,b,c\n1,2,3\n4,5,6\n",
  "a,b,c\n1,2,3\n4,5,6",
  "a,b,c\r\n1,2,3\r\n4,5,6\r\n",
  "a,b,c\r\n1,2,3\r\n4,5,6\r",
  "a,b,c\n1,2,3\r4,5,6\n",
  "a,b,c\n1,2\r,3\n",
  "\xEF\xBB\xBF" "a,b,c\n1,2,3\n",
  "a,b,c\n1,\"2\",3\n\"4\",5,6\n",
  "a,b,c\n1,\"x, y\",3\n4,\"say \"\"hi\"\"\",6\n",
  "a,b,c\n1,\"two\nlines\",3\n4,5,6\n",
  "a,b,c\n1,\"two\r\nlines\",3\r\n4,5,6\r\n",
  "a,b,c\n1,ab\"c,3\n4,5,6\n",
  "a,b,c\n1,,3\n,,\n4,5,\n",
  "a,b,c\n1, 2 ,3\n4,NA,.\n",
  "a,b,c\n1,2,3\n\n\n4,5,6\n\n",
  "a,b,c\n1,2,3\n4,5\n",
  "a,b,c\n1,2,3\n4,5,6,7\n",
  "a,b,c\n1,2,3\n4,5,6\n7\n",
  "a,b,c\n1,2,3\n4,\"5,6\n",
  "a,b,c\n1,\"2\"x,3\n",
  "a;b;c\n1,5;2;3\n4,25;5;6\n",
  "a;b;c\n1.5;2,5;3\n4;\"5,5\";6\n",
  "a\tb\tc\n1.5\t2\t3\n\"4\"\t5\t6\n",
  "a,b,c\n1,2,3\n4,yes,6\n7,8.50,9\n",
  "a,b,c\n1.,.5,-1\n+2,1e5,1E-3\n",
  "a,b,c\n123456789012345,1234567890.12345,0.00000000000001\n"
  "1234567890123456,12345678901234567,9007199254740993\n"
  "000000000000001,0.1000000000000,99999999999999.9\n",
  "a,b,c\n0.1,0.2,0.3\n1.1102,0.5,2.0000\n",
  "a,b,c\n1,2,3\n\"\",\"\",\"\"\n",
  "a,b,c\n1,2,3\n\"1\n",
  "id,name,w\n1,Алматы,1.5\n2,Ташкент,0.5\n",
  "id,name,w\n1,\xC0\xEB\xEC\xE0\xF2\xFB,1.5\n2,x,0.5\n",
  "a,a,b\n1,2,3\n",
  "1,2,3\n4,5,6\n",
  "a,b,c\n1,2,3\n4,5,6\n\r\n7,8,9\n",
  "a,b,c\n\"1\",2,\"3\"\r\n\"4\",\"5\",\"6\"",
  ",,\n1,2,3\n",
  "a,b,c\n1,2,3\n4,5,6\n\"7\",8,9\r",
  "a\n1\n2\n\n3\n",
  "a\n\"\"\n1\n",
};

static void
test_awkward (void)
{
  guint n_compared = 0;

  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    n_compared += assert_same_both_ways (awkward[i], strlen (awkward[i]), NULL, NULL);

  g_assert_cmpuint (n_compared, >=, 3 * G_N_ELEMENTS (awkward) - 8);
}

/* The project's sample files, and the files in each encoding. */
static void
test_fixtures (void)
{
  const char *dirs[] = { "tests/data", "tests/data/encodings" };
  guint n_files = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *dir_path = g_build_filename (dq_test_srcdir (), dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          g_autofree char *bytes = NULL;
          gsize length = 0;

          if (!g_str_has_suffix (name, ".csv"))
            continue;
          path = g_build_filename (dir_path, name, NULL);
          g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
          assert_same_both_ways (bytes, length, path, NULL);
          n_files++;
        }
    }

  g_assert_cmpuint (n_files, >=, 10);
}

/* A line of a generated file: numbers of every shape the fast parser
 * takes or refuses, with now and then a quoted field, a CR LF, a blank
 * line or an empty field. */
static void
append_random_line (GString *out,
                    GRand   *rand,
                    gboolean awkward_lines)
{
  for (guint column = 0; column < 6; column++)
    {
      int kind = g_rand_int_range (rand, 0, awkward_lines ? 12 : 6);

      if (column > 0)
        g_string_append_c (out, ',');
      switch (kind)
        {
        case 0: case 1:
          g_string_append_printf (out, "%d", g_rand_int_range (rand, 0, 10));
          break;
        case 2: case 3:
          g_string_append_printf (out, "%.*f", g_rand_int_range (rand, 1, 6),
                                  g_rand_double_range (rand, 0, 3));
          break;
        case 4:
          g_string_append_printf (out, "%" G_GUINT64_FORMAT, g_rand_int (rand) *
                                  (guint64) g_rand_int_range (rand, 1, 1000000));
          break;
        case 5:
          g_string_append_printf (out, "%.*f", g_rand_int_range (rand, 0, 14),
                                  g_rand_double_range (rand, 0, 1e6));
          break;
        case 6:
          g_string_append_printf (out, "\"%d\"", g_rand_int_range (rand, 0, 10));
          break;
        case 7:
          break;
        case 8:
          g_string_append (out, " 7 ");
          break;
        case 9:
          g_string_append (out, "NA");
          break;
        case 10:
          g_string_append (out, "-0.5");
          break;
        default:
          g_string_append (out, "1e2");
          break;
        }
    }
  if (awkward_lines && g_rand_int_range (rand, 0, 50) == 0)
    g_string_append (out, "\r");
  g_string_append_c (out, '\n');
  if (awkward_lines && g_rand_int_range (rand, 0, 200) == 0)
    g_string_append_c (out, '\n');
}

/* Files larger than a block, so that lines are cut at the block's end,
 * read from a file, as the columns are then sized from its size. */
static void
test_large (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2021);
  g_autofree char *dir = g_dir_make_tmp ("dostyq-plain-XXXXXX", NULL);

  for (guint variant = 0; variant < 3; variant++)
    {
      g_autoptr(GString) out = g_string_new ("a,b,c,d,e,f\n");
      g_autofree char *path = g_build_filename (dir, "large.csv", NULL);

      while (out->len < 3 * 1024 * 1024 / (variant + 1))
        append_random_line (out, rand, variant > 0);
      /* The last, a ragged row, is an error both ways. */
      if (variant == 2)
        g_string_append (out, "1,2\n");
      g_assert_true (g_file_set_contents (path, out->str, out->len, NULL));
      assert_same_both_ways (out->str, out->len, path, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Plain decimals of every length the fast parser takes, and a few longer:
 * each value read is the double g_ascii_strtod() gives, bit for bit. */
static void
test_decimals (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  g_autoptr(GString) out = g_string_new ("x\n");
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GError) error = NULL;
  const double *numbers;

  for (guint i = 0; i < 200000; i++)
    {
      guint n_digits = g_rand_int_range (rand, 1, 18);
      gint point = g_rand_boolean (rand) ? g_rand_int_range (rand, 0, n_digits) : -1;
      GString *text = g_string_new (NULL);

      for (guint d = 0; d < n_digits; d++)
        {
          if ((gint) d == point && d > 0)
            g_string_append_c (text, '.');
          g_string_append_c (text, '0' + g_rand_int_range (rand, 0, 10));
        }
      g_string_append_printf (out, "%s\n", text->str);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }

  stream = g_memory_input_stream_new_from_data (g_strdup (out->str), out->len, g_free);
  data = dq_csv_reader_read_stream (reader, stream, "decimals.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, texts->len);
  g_assert_cmpint (dq_survey_data_get_kind (data, 0), ==, DQ_VARIABLE_NUMERIC);
  numbers = dq_survey_data_get_numbers (data, 0);

  for (guint i = 0; i < texts->len; i++)
    {
      double expected = g_ascii_strtod (g_ptr_array_index (texts, i), NULL);

      if (memcmp (&expected, &numbers[i], sizeof expected) != 0)
        g_error ("%s read as %.17g, not %.17g", (char *) g_ptr_array_index (texts, i),
                 numbers[i], expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/CsvReader/plain-lines/awkward", test_awkward);
  g_test_add_func ("/Dostyq/Model/CsvReader/plain-lines/fixtures", test_fixtures);
  g_test_add_func ("/Dostyq/Model/CsvReader/plain-lines/large", test_large);
  g_test_add_func ("/Dostyq/Model/CsvReader/plain-lines/decimals", test_decimals);

  return g_test_run ();
}
