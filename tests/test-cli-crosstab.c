/* test-cli-crosstab.c
 *
 * `dostyq crosstab` without a display: its CSV, JSON and text output (the
 * JSON's tests against R's), its exit
 * statuses (0 done, 1 bad data, 2 bad command line) and its messages, which
 * name the file, the row and the column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-test-util.h"

#define N_CSV_FIELDS 14

static char *dir;

static char *
write_file (const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* Ten respondents, Excel-style: semicolons and decimal commas. Country 1 has
 * q = 1, 1, 2, 9 with weights 1, 3, 2, 1 (so 4/6 and 2/6 without the 9);
 * country 2 has q = 2, 2, 1, 1, 2, 1 with weights 1 each. */
static const char survey[] =
  "id;country;q;w\r\n"
  "1;1;1;1\r\n"
  "2;1;1;3\r\n"
  "3;1;2;2\r\n"
  "4;1;9;1\r\n"
  "5;2;2;1\r\n"
  "6;2;2;1,0\r\n"
  "7;2;1;1\r\n"
  "8;2;1;1\r\n"
  "9;2;2;1\r\n"
  "10;2;1;1\r\n";

/* Splits CRLF-terminated CSV lines without quotes into fields. */
static GPtrArray *
csv_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) raw = g_strsplit (text, "\r\n", -1);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      if (*raw[i] == '\0')
        continue;
      g_assert_null (strchr (raw[i], '\n'));
      g_ptr_array_add (lines, g_strsplit (raw[i], ",", -1));
    }

  return lines;
}

static GStrv
find_line (GPtrArray  *lines,
           const char *row_value,
           const char *column_label)
{
  for (guint i = 1; i < lines->len; i++)
    {
      GStrv fields = g_ptr_array_index (lines, i);

      if (g_str_equal (fields[0], row_value) &&
          (g_str_equal (fields[2], column_label) || g_str_equal (fields[3], column_label)))
        return fields;
    }

  g_error ("no line for %s / %s", row_value, column_label);
}

static void
test_csv (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = write_file ("survey.csv", survey);
  g_autoptr(GPtrArray) lines = NULL;
  GStrv fields;

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "q", "--col", "country",
                 "--weight", "w", "--missing", "9", "--format", "csv", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  lines = csv_lines (run.out);
  fields = g_ptr_array_index (lines, 0);
  g_assert_cmpuint (g_strv_length (fields), ==, N_CSV_FIELDS);
  g_assert_cmpstr (fields[0], ==, "row_value");
  g_assert_cmpstr (fields[6], ==, "column_percent");
  g_assert_cmpstr (fields[12], ==, "column_effective_n");
  g_assert_cmpstr (fields[13], ==, "total_percent");
  /* Two rows × (two columns + total). */
  g_assert_cmpuint (lines->len, ==, 1 + 2 * 3);

  fields = find_line (lines, "1", "1");
  g_assert_cmpuint (g_strv_length (fields), ==, N_CSV_FIELDS);
  g_assert_cmpstr (fields[4], ==, "4.0000");
  g_assert_cmpstr (fields[5], ==, "2");
  g_assert_cmpstr (fields[6], ==, "66.6667");
  g_assert_cmpstr (fields[10], ==, "6.0000");
  g_assert_cmpstr (fields[11], ==, "3");
  /* n_eff = 6² / (1 + 9 + 4) = 2.571… */
  g_assert_cmpstr (fields[12], ==, "2.57");
  /* 4 of all 12. */
  g_assert_cmpstr (fields[13], ==, "33.3333");
  g_assert_cmpfloat (g_ascii_strtod (fields[7], NULL), <, 66.6667);
  g_assert_cmpfloat (g_ascii_strtod (fields[8], NULL), >, 66.6667);

  fields = find_line (lines, "2", "2");
  g_assert_cmpstr (fields[6], ==, "50.0000");
  g_assert_cmpstr (fields[12], ==, "6.00");

  /* The total column: q = 1 weighs 4 + 3 of 12. */
  fields = find_line (lines, "1", "Total");
  g_assert_cmpstr (fields[2], ==, "");
  g_assert_cmpstr (fields[6], ==, "58.3333");
}

/* A project: the file above with respondent 2 (country 1, weight 3)
 * corrected from q = 1 to q = 2, and its table. */
static const char project[] =
  "{\n"
  "  \"format\": \"dostyq-project\",\n"
  "  \"version\": 1,\n"
  "  \"dataset\": null,\n"
  "  \"data\": { \"path\": \"survey.csv\", \"encoding\": null, \"delimiter\": null },\n"
  "  \"analysis\": { \"weight\": \"w\", \"missing\": [9], \"row\": \"q\", "
  "\"column\": \"country\", \"chart\": \"grouped\" },\n"
  "  \"edits\": [ { \"variable\": \"q\", \"row\": 2, \"value\": \"2\", \"previous\": \"%s\" } ]\n"
  "}\n";

static void
test_project (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) export = { 0 };
  g_auto(DqTestRun) bad = { 0 };
  g_autofree char *data_path = write_file ("survey.csv", survey);
  g_autofree char *good_text = g_strdup_printf (project, "1");
  g_autofree char *bad_text = g_strdup_printf (project, "5");
  g_autofree char *path = write_file ("work.dostyq", good_text);
  g_autofree char *bad_path = write_file ("stale.dostyq", bad_text);
  g_autofree char *svg_path = g_build_filename (dir, "work.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  GStrv fields;

  /* The project's table, with its edit: country 1 has q = 1 with weight 1
   * of 6. */
  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--format", "csv", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  lines = csv_lines (run.out);
  fields = find_line (lines, "1", "1");
  g_assert_cmpstr (fields[4], ==, "1.0000");
  g_assert_cmpstr (fields[6], ==, "16.6667");
  /* Country 2 is as in the file. */
  fields = find_line (lines, "2", "2");
  g_assert_cmpstr (fields[6], ==, "50.0000");

  /* The chart of the same table. */
  dq_test_spawn (&export, dq_test_dostyq (), "export", "--data", path, "-o", svg_path, NULL);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "survey.csv"));
  g_assert_nonnull (strstr (svg, "16.7"));
  /* Its source line says the data were corrected. */
  g_assert_nonnull (strstr (svg, "values corrected in the project: 1"));
  /* At its size the chart fits: no word of it. */
  g_assert_null (strstr (export.err, "does not fit"));

  /* A size too small for the chart is said, and the file written all the
   * same. */
  {
    g_auto(DqTestRun) tiny = { 0 };

    dq_test_spawn (&tiny, dq_test_dostyq (), "export", "--data", path, "--width", "300", "--height",
                   "120",
                   "-o", svg_path, NULL);
    g_assert_cmpint (tiny.status, ==, 0);
    g_assert_nonnull (strstr (tiny.err, "work.svg"));
    g_assert_nonnull (strstr (tiny.err, "does not fit 300 × 120 px"));
    g_assert_true (g_file_test (svg_path, G_FILE_TEST_EXISTS));
  }

  /* A project whose data file changed since it was saved is refused,
   * saying where and why. */
  dq_test_spawn (&bad, dq_test_dostyq (), "crosstab", bad_path, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "stale.dostyq"));
  g_assert_nonnull (strstr (bad.err, "edits[0]"));
  g_assert_cmpstr (bad.out, ==, "");
}

static void
test_text (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = write_file ("survey.csv", survey);

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "q", "--col", "country",
                 "--weight", "w", "--missing", "9", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_nonnull (strstr (run.out, "Crosstab of q (rows) by country (columns)"));
  g_assert_nonnull (strstr (run.out, "Weighted by w"));
  g_assert_nonnull (strstr (run.out, "survey.csv"));
  g_assert_nonnull (strstr (run.out, "country = 1"));
  g_assert_nonnull (strstr (run.out, "Column %"));
  g_assert_nonnull (strstr (run.out, "66.67"));
  g_assert_nonnull (strstr (run.out, "effective n 2.6"));
  g_assert_nonnull (strstr (run.out, "Wilson"));
  /* 10 respondents, one left out for the 9. */
  g_assert_nonnull (strstr (run.out, "9 respondents counted, 1 left out"));

  /* Columns line up: every row of a block is as wide as its heading. */
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);
    glong heading = -1;

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (g_str_has_prefix (lines[i], "q ") && strstr (lines[i], "Column %") != NULL)
          heading = g_utf8_strlen (lines[i], -1);
        else if (heading > 0 && (g_str_has_prefix (lines[i], "1 ") ||
                                 g_str_has_prefix (lines[i], "Total")))
          g_assert_cmpint (g_utf8_strlen (lines[i], -1), ==, heading);
      }
    g_assert_cmpint (heading, >, 0);
  }
}

static void
test_frequencies (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = write_file ("survey.csv", survey);

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "q", "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Three values, only the total column. */
  g_assert_nonnull (strstr (run.out, "\r\n9,,,Total,1.0000,1,10.0000,"));
}

static void
test_usage_errors (void)
{
  g_autofree char *path = write_file ("survey.csv", survey);
  const char *cases[][8] = {
    { "crosstab", "--row", "q", NULL },
    { "crosstab", path, NULL },
    { "crosstab", path, "--row", "q", "--format", "xlsx", NULL },
    { "crosstab", path, "--row", "q", "--missing", "9,\"dk", NULL },
    { "crosstab", path, "--row", "q", "--col", "region", NULL },
    { "crosstab", path, "--no-such-option", NULL },
  };
  const char *expected[] = { "one data file", "--row", "“xlsx”", "quote", "“region”", "no-such" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      const char *argv[10] = { dq_test_dostyq () };

      for (guint k = 0; cases[i][k] != NULL; k++)
        argv[k + 1] = cases[i][k];
      dq_test_spawn_v (&run, argv);

      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "dostyq crosstab: "));
      if (strstr (run.err, expected[i]) == NULL)
        g_error ("“%s” is not in “%s”", expected[i], run.err);
    }
}

static void
test_data_errors (void)
{
  g_autofree char *ragged = write_file ("ragged.csv", "id,q,w\n1,1,1\n2,2\n");
  g_autofree char *weights = write_file ("weights.csv", "id,q,w\n1,1,1\n2,2,-\n");
  g_autofree char *negative = write_file ("negative.csv", "id;q;w\n1;1;1\n2;2;1,5\n3;1;-0,5\n");
  g_autofree char *truncated = write_file ("truncated.csv", "id,q,w,note\n1,1,1,\"open");
  g_autofree char *empty = write_file ("empty.csv", "");
  g_autofree char *missing = write_file ("missing.csv", "id,q\n1,\n2,\n");
  g_autofree char *json = write_file ("dataset.json", "{ \"format\": \"dostyq-dataset\" }\n");
  g_autofree char *absent = g_build_filename (dir, "absent.csv", NULL);
  /* A URI of a scheme no GIO module reads: asking what kind of file it is
   * fails before reading it does. */
  const char *unknown_scheme = "nosuch.:survey.csv";
  const char *files[] = { ragged, weights, truncated, empty, missing, json, absent, unknown_scheme };
  const char *expected[][4] = {
    { "ragged.csv", "row 3 has 2 fields", "header has 3", NULL },
    { "weights.csv", "“w”", "row 3", "“-”" },
    { "truncated.csv", "row 2", "column 4 (“note”)", "truncated" },
    { "empty.csv", "empty", NULL },
    { "missing.csv", "“q”", "no valid values", NULL },
    { "dataset.json", "is JSON, not CSV", NULL },
    { "absent.csv", NULL },
    { "survey.csv", "cannot read the file", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_auto(DqTestRun) run = { 0 };

      /* The last files have no weight variable to name. */
      if (i < 3)
        dq_test_spawn (&run, dq_test_dostyq (), "crosstab", files[i], "--row", "q", "--weight", "w",
                       NULL);
      else
        dq_test_spawn (&run, dq_test_dostyq (), "crosstab", files[i], "--row", "q", NULL);

      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "dostyq: "));
      for (guint k = 0; k < 4 && expected[i][k] != NULL; k++)
        {
          if (strstr (run.err, expected[i][k]) == NULL)
            g_error ("“%s” is not in “%s”", expected[i][k], run.err);
        }
    }

  /* A negative weight leaves its respondent out, as in SPSS, and the
   * table says which. */
  {
    g_auto(DqTestRun) run = { 0 };

    dq_test_spawn (&run, dq_test_dostyq (), "crosstab", negative, "--row", "q", "--weight", "w",
                   NULL);
    g_assert_cmpint (run.status, ==, 0);
    if (strstr (run.out, "2 respondents counted, 0 left out as missing, 1 left out without a "
                         "valid weight (row 4)") == NULL)
      g_error ("no count of weights left out in “%s”", run.out);
  }
}

/* Weights at the limits of a double: refused with exit 1 and a message that
 * names the variable, never a table of "inf" and "nan". */
static void
test_weight_limits (void)
{
  g_autofree char *sum = write_file ("sum.csv", "q,w\n1,1\n2,1e308\n1,1e308\n2,1\n");
  g_autofree char *huge = write_file ("huge.csv", "q,w\n1,1\n2,1e309\n");
  g_autofree char *nan = write_file ("nan.csv", "q,w\n1,1\n2,NaN\n");
  const char *files[] = { sum, huge, nan };
  const char *expected[][2] = {
    { "the weights of “w” add up to more than", NULL },
    { "“w”", "1e309 in row 3 is beyond the largest number a weight can have" },
    { "“w”", "row 3 has “NaN”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      for (guint format = 0; format < 2; format++)
        {
          g_auto(DqTestRun) run = { 0 };

          dq_test_spawn (&run, dq_test_dostyq (), "crosstab", files[i], "--row", "q", "--weight",
                         "w",
                         "--format", format == 0 ? "text" : "csv", NULL);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_cmpstr (run.out, ==, "");
          for (guint k = 0; k < 2 && expected[i][k] != NULL; k++)
            {
              if (strstr (run.err, expected[i][k]) == NULL)
                g_error ("“%s” is not in “%s”", expected[i][k], run.err);
            }
        }
    }
}

/* A weighted count has every digit in CSV, not the first 38. */
static void
test_long_counts (void)
{
  g_autofree char *large = write_file ("large.csv", "q,w\n1,1e100\n2,3e100\n");
  g_auto(DqTestRun) run = { 0 };
  g_autoptr(GPtrArray) lines = NULL;
  GStrv fields;

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", large, "--row", "q", "--weight", "w",
                 "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "inf"));
  g_assert_null (strstr (run.out, "nan"));
  lines = csv_lines (run.out);
  fields = find_line (lines, "2", "Total");
  /* 3e100 with four decimals: 101 digits, a point and 4 zeros. */
  g_assert_cmpuint (strlen (fields[4]), ==, 106);
  g_assert_cmpfloat (g_ascii_strtod (fields[4], NULL), ==, 3e100);
  g_assert_cmpstr (fields[6], ==, "75.0000");
}

/* Windows-1251 is detected; --encoding forces an encoding. */
static void
test_encoding (void)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *bytes = g_convert ("id;Страна;Ответ\n1;Казахстан;да\n2;Узбекистан;нет\n"
                                      "3;Казахстан;нет\n",
                                      -1, "CP1251", "UTF-8", NULL, &length, &error);
  g_autofree char *path = g_build_filename (dir, "cp1251.csv", NULL);

  g_assert_no_error (error);
  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);

  {
    g_auto(DqTestRun) run = { 0 };

    dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "Ответ", "--col", "Страна",
                   "--format", "csv", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "нет,,Узбекистан,,1.0000,1,100.0000,"));
  }
  {
    g_auto(DqTestRun) run = { 0 };

    dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "Ответ", "--encoding",
                   "UTF-8",
                   NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "cp1251.csv"));
    g_assert_nonnull (strstr (run.err, "UTF-8"));
  }
}

/* Text output follows the language: a decimal comma in Russian. */
static void
test_russian_numbers (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = write_file ("survey.csv", survey);

  g_setenv ("LANGUAGE", "ru", TRUE);
  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "q", "--col", "country",
                 "--weight", "w", "--missing", "9", NULL);
  g_setenv ("LANGUAGE", "en", TRUE);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "66,67"));
}

/* Answers that would drive a terminal or a spreadsheet: escaped in the
 * text, neutralised in the CSV, and numbers left as they are. */
static void
test_unsafe_text (void)
{
  g_autofree char *path = write_file ("unsafe.csv",
                                      "id,answer,score\n"
                                      "1,\x1b[31mred\x1b[0m,-1.5\n"
                                      "2,=HYPERLINK(\"http://x\"),-1.5\n"
                                      "3,@SUM(A1),2\n"
                                      "4,plain,2\n");
  g_auto(DqTestRun) text = { 0 };
  g_auto(DqTestRun) csv = { 0 };
  g_auto(DqTestRun) numbers = { 0 };

  dq_test_spawn (&text, dq_test_dostyq (), "crosstab", path, "--row", "answer", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_null (strchr (text.out, '\x1b'));
  g_assert_nonnull (strstr (text.out, "\\e[31mred\\e[0m"));
  g_assert_nonnull (strstr (text.out, "plain"));

  dq_test_spawn (&csv, dq_test_dostyq (), "crosstab", path, "--row", "answer", "--format", "csv",
                 NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_nonnull (strstr (csv.out, "\r\n\"'=HYPERLINK(\"\"http://x\"\")\","));
  g_assert_nonnull (strstr (csv.out, "\r\n'@SUM(A1),"));
  g_assert_nonnull (strstr (csv.out, "\r\nplain,"));
  g_assert_null (strstr (csv.out, "\r\n="));
  g_assert_null (strstr (csv.out, "\r\n\"="));

  dq_test_spawn (&numbers, dq_test_dostyq (), "crosstab", path, "--row", "score", "--format", "csv",
                 NULL);
  g_assert_cmpint (numbers.status, ==, 0);
  g_assert_nonnull (strstr (numbers.out, "\r\n-1.5,"));
}

/* A FIFO, a device, a directory or a loop of symbolic links given as the
 * survey file or as the dataset fails at once: a FIFO blocked the command for
 * ever. `timeout` kills a command that hangs, so that the test fails rather
 * than waits. */
static void
test_special_files (void)
{
  g_autofree char *special = g_build_filename (dir, "special", NULL);
  g_auto(GStrv) paths = NULL;

  g_assert_no_errno (g_mkdir (special, 0700));
  paths = dq_test_make_special_files (special, ".csv");
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_auto(DqTestRun) run = { 0 };
      g_auto(DqTestRun) facts = { 0 };
      gint64 start = g_get_monotonic_time ();

      dq_test_spawn (&run, "timeout", "-s", "KILL", "20", dq_test_dostyq (), "crosstab", paths[i],
                     "--row", "q", NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "dostyq: "));
      g_assert_nonnull (strstr (run.err, dq_test_special_file_error (i)));

      dq_test_spawn (&facts, "timeout", "-s", "KILL", "20", dq_test_dostyq (), "facts", "--dataset",
                     paths[i], NULL);
      g_assert_cmpint (facts.status, ==, 1);
      g_assert_nonnull (strstr (facts.err, paths[i]));
      g_assert_nonnull (strstr (facts.err, dq_test_special_file_error (i)));
    }
  dq_test_remove_dir (special);
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  g_assert_true (json_object_has_member (object, name));

  return json_object_get_object_member (object, name);
}

/* The JSON of a weighted table of the generated survey: the shape the
 * README documents, and the tests R computed (tests/reference). */
static void
test_json (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "data",
                                            "survey-generated.csv", NULL);
  g_autoptr(GPtrArray) fixtures = dq_test_read_fixtures ("independence.csv");
  const char *match[] = { "survey-generated.csv", "q", "region", "w" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *tests, *pearson, *rao_scott, *cell, *totals;
  JsonArray *cells;
  double sum = 0;

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "q", "--col", "region",
                 "--weight", "w", "--missing", "9", "--format", "json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "row"), ==, "q");
  g_assert_cmpstr (json_object_get_string_member (root, "column"), ==, "region");
  g_assert_cmpstr (json_object_get_string_member (root, "weight"), ==, "w");
  g_assert_cmpfloat (json_array_get_double_element (json_object_get_array_member (root,
                                                                                  "missing_codes"),
                                                    0), ==, 9);

  /* Five answers by five regions: the inner cells only. */
  cells = json_object_get_array_member (root, "cells");
  g_assert_cmpuint (json_array_get_length (cells), ==, 25);
  for (guint i = 0; i < json_array_get_length (cells); i++)
    {
      cell = json_array_get_object_element (cells, i);
      g_assert_true (json_object_has_member (cell, "row_label"));
      g_assert_true (json_object_has_member (cell, "column_label"));
      g_assert_true (json_object_has_member (cell, "unweighted_n"));
      g_assert_true (json_object_has_member (cell, "row_percent"));
      g_assert_cmpfloat (json_object_get_double_member (cell, "ci_low"), <=,
                         json_object_get_double_member (cell, "column_percent"));
      g_assert_cmpfloat (json_object_get_double_member (cell, "ci_high"), >=,
                         json_object_get_double_member (cell, "column_percent"));
      sum += json_object_get_double_member (cell, "total_percent");
    }
  dq_test_assert_close (sum, 100, 1e-9, "sum of total percentages");
  totals = member_object (root, "totals");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (totals, "rows")), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (totals, "columns")), ==,
                    5);
  g_assert_cmpint (json_object_get_int_member (member_object (totals, "all"), "unweighted_n"), ==,
                   dq_test_fixture_number (fixtures, match, 4, "n"));

  tests = member_object (root, "tests");
  pearson = member_object (tests, "pearson");
  rao_scott = member_object (tests, "rao_scott");
  dq_test_assert_close (json_object_get_double_member (pearson, "chi2"),
                        dq_test_fixture_number (fixtures, match, 4, "pearson_chi2"), 1e-9, "chi2");
  dq_test_assert_close (json_object_get_double_member (pearson, "df"),
                        dq_test_fixture_number (fixtures, match, 4, "pearson_df"), 0, "df");
  dq_test_assert_close (json_object_get_double_member (pearson, "p"),
                        dq_test_fixture_number (fixtures, match, 4, "pearson_p"), 1e-8, "p");
  dq_test_assert_close (json_object_get_double_member (rao_scott, "f"),
                        dq_test_fixture_number (fixtures, match, 4, "rao_scott_f"), 1e-8, "F");
  dq_test_assert_close (json_object_get_double_member (rao_scott, "df1"),
                        dq_test_fixture_number (fixtures, match, 4, "rao_scott_df1"), 1e-8, "df1");
  dq_test_assert_close (json_object_get_double_member (rao_scott, "df2"),
                        dq_test_fixture_number (fixtures, match, 4, "rao_scott_df2"), 1e-8, "df2");
  dq_test_assert_close (json_object_get_double_member (rao_scott, "p"),
                        dq_test_fixture_number (fixtures, match, 4, "rao_scott_p"), 1e-7, "p (F)");
  dq_test_assert_close (json_object_get_double_member (root, "cramers_v"),
                        dq_test_fixture_number (fixtures, match, 4, "cramers_v"), 1e-9, "V");
  g_assert_cmpint (json_object_get_int_member (member_object (tests, "expected"), "below_5"), ==,
                   dq_test_fixture_number (fixtures, match, 4, "n_small_expected"));
}

/* Without weights there is no Rao–Scott test; a frequency table has no
 * test and its cells have no column. The text ends with the tests. */
static void
test_json_unweighted (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_auto(DqTestRun) frequencies = { 0 };
  g_auto(DqTestRun) text = { 0 };
  g_autofree char *path = g_build_filename (dq_test_srcdir (), "tests", "data",
                                            "survey-generated.csv", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *tests;
  JsonArray *cells;

  dq_test_spawn (&run, dq_test_dostyq (), "crosstab", path, "--row", "sex", "--col", "party",
                 "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  tests = json_object_get_object_member (root, "tests");
  g_assert_true (json_object_has_member (tests, "pearson"));
  g_assert_false (json_object_has_member (tests, "rao_scott"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "weight")));

  dq_test_spawn (&frequencies, dq_test_dostyq (), "crosstab", path, "--row", "sex", "--format",
                 "json",
                 NULL);
  g_assert_cmpint (frequencies.status, ==, 0);
  json_parser_load_from_data (parser, frequencies.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (root, "tests")), ==, 0);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "cramers_v")));
  cells = json_object_get_array_member (root, "cells");
  g_assert_cmpuint (json_array_get_length (cells), ==, 2);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (
                   json_array_get_object_element (cells, 0), "column_value")));

  dq_test_spawn (&text, dq_test_dostyq (), "crosstab", path, "--row", "q", "--col", "region",
                 "--weight", "w", "--missing", "9", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Rao–Scott F = 1.88, df = 15.10 and 8,109.5, p = 0.020"));
  g_assert_nonnull (strstr (text.out, "Pearson’s chi-square of unweighted counts: χ² = 39.72, "
                                      "df = 16, p < 0.001"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("dostyq-cli-crosstab-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Cli/Crosstab/csv", test_csv);
  g_test_add_func ("/Dostyq/Cli/Crosstab/text", test_text);
  g_test_add_func ("/Dostyq/Cli/Crosstab/json", test_json);
  g_test_add_func ("/Dostyq/Cli/Crosstab/json-unweighted", test_json_unweighted);
  g_test_add_func ("/Dostyq/Cli/Crosstab/frequencies", test_frequencies);
  g_test_add_func ("/Dostyq/Cli/Crosstab/usage-errors", test_usage_errors);
  g_test_add_func ("/Dostyq/Cli/Crosstab/data-errors", test_data_errors);
  g_test_add_func ("/Dostyq/Cli/Crosstab/encoding", test_encoding);
  g_test_add_func ("/Dostyq/Cli/Crosstab/russian-numbers", test_russian_numbers);
  g_test_add_func ("/Dostyq/Cli/Crosstab/project", test_project);
  g_test_add_func ("/Dostyq/Cli/Crosstab/unsafe-text", test_unsafe_text);
  g_test_add_func ("/Dostyq/Cli/Crosstab/weight-limits", test_weight_limits);
  g_test_add_func ("/Dostyq/Cli/Crosstab/long-counts", test_long_counts);
  g_test_add_func ("/Dostyq/Cli/Crosstab/special-files", test_special_files);

  status = g_test_run ();

  {
    g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
    const char *name;

    while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (dir);
  g_free (dir);

  return status;
}
