/* test-import-dialog.c
 *
 * The import dialog over files written here: a semicolon CSV from Excel in
 * a Russian locale (Windows-1251, decimal commas), broken CSV files, and an
 * SPSS file written with ReadStat's writer. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <readstat.h>
#include <stdio.h>

#include "dq-import-dialog-private.h"
#include "dq-import-variable.h"
#include "dq-sav-fixture.h"
#include "dq-test-util.h"

#define N_ROWS 150

static char *tmp_dir;

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
import_count_cb (DqImportDialog *dialog,
                 guint          *count)
{
  (*count)++;
}

static void
wait_loaded (DqImportDialog *dialog)
{
  while (dq_import_dialog_get_loading (dialog))
    g_main_context_iteration (NULL, TRUE);
}

/* 150 respondents as Excel in a Russian locale saves them: semicolons,
 * decimal commas, Windows-1251; respondent 5 has a negative weight and
 * respondent 7 none. */
static GFile *
write_cp1251_csv (void)
{
  static const char *regions[] = { "Алматы", "Астана", "Шымкент" };
  static const char *attitudes[] = {
    "Очень положительное", "Скорее положительное", "Затрудняюсь ответить",
  };
  g_autoptr(GString) text = g_string_new ("id;регион;отношение;доход;weight\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  for (guint i = 1; i <= N_ROWS; i++)
    {
      const char *weight = i == 5 ? "-0,5" : i == 7 ? "" : i % 2 ? "0,8" : "1,2";

      g_string_append_printf (text, "%u;%s;%s;%u,%u;%s\r\n",
                              i, regions[i % 3], attitudes[i % 3], 1000 + i, i % 10, weight);
    }

  bytes = g_convert (text->str, text->len, "CP1251", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);

  return dq_test_write_file (tmp_dir, "survey-cp1251.csv", bytes, length);
}

static guint
variable_index (DqSurveyData *data,
                const char   *name)
{
  guint variable = G_MAXUINT;

  g_assert_true (dq_survey_data_lookup_variable (data, name, &variable));

  return variable;
}

static DqImportVariable *
get_variable (DqImportDialog *dialog,
              guint           position)
{
  DqImportVariable *variable = g_list_model_get_item (dq_import_dialog_get_variables (dialog),
                                                      position);

  g_assert_nonnull (variable);
  /* The model holds it. */
  g_object_unref (variable);

  return variable;
}

static void
test_import_dialog_csv (void)
{
  g_autoptr(GFile) file = write_cp1251_csv ();
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (file));
  DqSurveyData *data;
  DqImportVariable *income;
  DqImportVariable *weight;
  g_autofree char *region = NULL;
  g_autofree char *cell = NULL;
  const double *codes;
  guint n_codes = 0;
  guint n_loading = 0;
  guint n_data = 0;
  guint n_imported = 0;

  g_signal_connect (dialog, "notify::loading", G_CALLBACK (notify_count_cb), &n_loading);
  g_signal_connect (dialog, "notify::data", G_CALLBACK (notify_count_cb), &n_data);
  g_signal_connect (dialog, "import", G_CALLBACK (import_count_cb), &n_imported);
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_true (dq_import_dialog_get_file (dialog) == file);
  g_assert_true (dq_import_dialog_get_loading (dialog));
  g_assert_null (dq_import_dialog_get_data (dialog));
  wait_loaded (dialog);
  g_assert_cmpuint (n_loading, ==, 1);
  g_assert_cmpuint (n_data, ==, 1);

  /* Read whole, with what was detected. */
  g_assert_null (dq_import_dialog_get_error (dialog));
  data = dq_import_dialog_get_data (dialog);
  g_assert_nonnull (data);
  g_assert_cmpuint (dq_survey_data_get_n_rows (data), ==, N_ROWS);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (dq_import_dialog_get_variables (dialog)), ==, 5);
  g_assert_null (dq_import_dialog_get_encoding (dialog));
  g_assert_cmpuint (dq_import_dialog_get_delimiter (dialog), ==, 0);
  g_assert_cmpuint (_dq_import_dialog_get_detected_delimiter (dialog), ==, ';');
  g_assert_nonnull (strstr (_dq_import_dialog_get_summary (dialog),
                            "150 respondents · 5 variables · Windows-1251 · semicolon"));

  /* Russian text in Windows-1251 comes out as UTF-8. */
  g_assert_cmpstr (dq_import_variable_get_name (get_variable (dialog, 1)), ==, "регион");
  region = dq_survey_data_dup_value_text (data, variable_index (data, "регион"), 0);
  g_assert_cmpstr (region, ==, "Астана");
  cell = _dq_import_dialog_dup_cell_text (dialog, 1, variable_index (data, "отношение"));
  g_assert_cmpstr (cell, ==, "Затрудняюсь ответить");

  /* The table of variables. */
  income = get_variable (dialog, 3);
  g_assert_cmpstr (dq_import_variable_get_name (income), ==, "доход");
  g_assert_cmpstr (dq_import_variable_get_value_type (income), ==, "Number, decimal comma");
  g_assert_cmpstr (dq_import_variable_get_missing (income), ==, "—");
  g_assert_cmpuint (dq_import_variable_get_n_valid (income), ==, N_ROWS);
  g_assert_cmpstr (dq_import_variable_get_valid (income), ==, "150");
  g_assert_cmpstr (dq_import_variable_get_value_type (get_variable (dialog, 1)), ==, "Text");

  /* The weight is found by its name, and its bad values are flagged. */
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "weight");
  weight = get_variable (dialog, 4);
  g_assert_cmpuint (dq_import_variable_get_n_valid (weight), ==, N_ROWS - 1);
  g_assert_cmpstr (_dq_import_dialog_get_weight_note (dialog), ==,
                   "Chosen by its name. 1 weight is negative; 1 respondent has no weight: tables "
                   "leave them out");
  dq_import_dialog_set_weight (dialog, NULL);
  g_assert_null (dq_import_dialog_get_weight (dialog));
  g_assert_cmpstr (_dq_import_dialog_get_weight_note (dialog), ==, "Every respondent counts once");
  dq_import_dialog_set_weight (dialog, "id");
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "id");
  g_assert_cmpstr (_dq_import_dialog_get_weight_note (dialog), ==,
                   "Every respondent has a valid weight");
  dq_import_dialog_set_weight (dialog, "weight");

  /* The preview: the first 100 rows, a column per variable. */
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_rows (dialog), ==, 100);
  g_assert_cmpstr (_dq_import_dialog_get_preview_note (dialog), ==,
                   "The first 100 of 150 respondents");
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_columns (dialog), ==, 5);

  /* Missing codes: a list of numbers, or an error that blocks importing. */
  codes = dq_import_dialog_get_missing_codes (dialog, &n_codes);
  g_assert_cmpuint (n_codes, ==, 0);
  _dq_import_dialog_set_missing_text (dialog, "9");
  codes = dq_import_dialog_get_missing_codes (dialog, &n_codes);
  g_assert_cmpuint (n_codes, ==, 1);
  g_assert_cmpfloat (codes[0], ==, 9);

  _dq_import_dialog_set_missing_text (dialog, "8, \"abc");
  dq_import_dialog_get_missing_codes (dialog, &n_codes);
  g_assert_cmpuint (n_codes, ==, 0);
  g_assert_nonnull (strstr (_dq_import_dialog_get_missing_note (dialog), "quote"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (n_imported, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  _dq_import_dialog_set_missing_text (dialog, "8; 9");
  codes = dq_import_dialog_get_missing_codes (dialog, &n_codes);
  g_assert_cmpuint (n_codes, ==, 2);
  g_assert_cmpfloat (codes[0], ==, 8);
  g_assert_cmpfloat (codes[1], ==, 9);

  /* Importing hands over the data already read and closes the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (n_imported, ==, 1);
  g_assert_true (dq_import_dialog_get_data (dialog) == data);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (n_loading, ==, 1);

  g_assert_finalize_object (dialog);
}

static void
test_import_dialog_errors (void)
{
  g_autoptr(GFile) ragged = dq_test_write_file (tmp_dir, "ragged.csv", "a;b;c\n1;2;3\n4;5\n", -1);
  g_autoptr(GFile) quoted = dq_test_write_file (tmp_dir, "quoted.csv", "a;b\n1;2\n3;\"x\"y\n", -1);
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (ragged));
  guint n_error = 0;
  guint n_loading = 0;
  guint n_delimiter = 0;
  guint n_imported = 0;

  g_signal_connect (dialog, "notify::error", G_CALLBACK (notify_count_cb), &n_error);
  g_signal_connect (dialog, "notify::loading", G_CALLBACK (notify_count_cb), &n_loading);
  g_signal_connect (dialog, "notify::delimiter", G_CALLBACK (notify_count_cb), &n_delimiter);
  g_signal_connect (dialog, "import", G_CALLBACK (import_count_cb), &n_imported);
  wait_loaded (dialog);

  /* The reader's message whole: the file and the row. */
  g_assert_null (dq_import_dialog_get_data (dialog));
  g_assert_cmpstr (dq_import_dialog_get_error (dialog), ==,
                   "ragged.csv: row 3 has 2 fields, but the header has 3");
  g_assert_cmpuint (n_error, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpuint (n_imported, ==, 0);

  /* The controls still work: read with commas, it is one column. */
  dq_import_dialog_set_delimiter (dialog, ',');
  dq_import_dialog_set_delimiter (dialog, ',');
  g_assert_cmpuint (n_delimiter, ==, 1);
  g_assert_true (dq_import_dialog_get_loading (dialog));
  wait_loaded (dialog);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_assert_cmpuint (n_error, ==, 2);
  g_assert_cmpuint (n_loading, ==, 3);
  g_assert_cmpuint (dq_import_dialog_get_delimiter (dialog), ==, ',');
  g_assert_cmpuint (dq_survey_data_get_n_variables (dq_import_dialog_get_data (dialog)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dq_import_dialog_get_variables (dialog)), ==, 1);
  g_assert_nonnull (strstr (_dq_import_dialog_get_summary (dialog), "comma"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  /* A field error names the row and the column. */
  dialog = g_object_ref_sink (dq_import_dialog_new (quoted));
  wait_loaded (dialog);
  g_assert_nonnull (dq_import_dialog_get_error (dialog));
  g_assert_true (g_str_has_prefix (dq_import_dialog_get_error (dialog),
                                   "quoted.csv: row 3, column 2 (“b”): "));
  g_assert_cmpuint (g_list_model_get_n_items (dq_import_dialog_get_variables (dialog)), ==, 0);
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_rows (dialog), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_import_dialog_encoding (void)
{
  g_autoptr(GFile) file = write_cp1251_csv ();
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (file));
  DqSurveyData *data;
  guint n_loading = 0;
  guint n_encoding = 0;
  guint variable;

  g_signal_connect (dialog, "notify::loading", G_CALLBACK (notify_count_cb), &n_loading);
  g_signal_connect (dialog, "notify::encoding", G_CALLBACK (notify_count_cb), &n_encoding);

  /* A new read drops the one under way. */
  dq_import_dialog_set_encoding (dialog, "UTF-8");
  g_assert_cmpuint (n_loading, ==, 0);
  wait_loaded (dialog);
  g_assert_cmpuint (n_loading, ==, 1);
  g_assert_cmpuint (n_encoding, ==, 1);
  g_assert_cmpstr (dq_import_dialog_get_encoding (dialog), ==, "UTF-8");

  /* Windows-1251 bytes are not UTF-8: the reader says so and reads
   * nothing. */
  g_assert_null (dq_import_dialog_get_data (dialog));
  g_assert_nonnull (dq_import_dialog_get_error (dialog));
  g_assert_nonnull (strstr (dq_import_dialog_get_error (dialog), "survey-cp1251.csv: row 1"));
  g_assert_nonnull (strstr (dq_import_dialog_get_error (dialog), "not valid UTF-8"));
  g_test_message ("With UTF-8 forced: %s", dq_import_dialog_get_error (dialog));

  /* KOI8-R reads any byte, so the file reads, as the wrong letters. */
  dq_import_dialog_set_encoding (dialog, "KOI8-R");
  wait_loaded (dialog);
  g_assert_cmpuint (n_loading, ==, 3);
  g_assert_null (dq_import_dialog_get_error (dialog));
  data = dq_import_dialog_get_data (dialog);
  g_assert_nonnull (data);
  g_assert_cmpuint (dq_survey_data_get_n_variables (data), ==, 5);
  g_assert_false (dq_survey_data_lookup_variable (data, "регион", &variable));
  g_assert_nonnull (strstr (_dq_import_dialog_get_summary (dialog), "KOI8-R"));

  /* Detected again, the text is right again. */
  dq_import_dialog_set_encoding (dialog, NULL);
  wait_loaded (dialog);
  g_assert_cmpuint (n_loading, ==, 5);
  g_assert_cmpuint (n_encoding, ==, 3);
  g_assert_null (dq_import_dialog_get_encoding (dialog));
  g_assert_null (dq_import_dialog_get_error (dialog));
  data = dq_import_dialog_get_data (dialog);
  g_assert_true (dq_survey_data_lookup_variable (data, "регион", &variable));

  /* A weight chosen by hand survives a new read. */
  dq_import_dialog_set_weight (dialog, "доход");
  dq_import_dialog_set_encoding (dialog, "CP1251");
  wait_loaded (dialog);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "доход");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* More variables than the preview has columns for. */
static void
test_import_dialog_wide (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  DqImportDialog *dialog;

  for (guint row = 0; row < 3; row++)
    {
      for (guint i = 0; i < 45; i++)
        {
          if (row == 0)
            g_string_append_printf (text, "%sq%u", i > 0 ? "\t" : "", i + 1);
          else
            g_string_append_printf (text, "%s%u", i > 0 ? "\t" : "", (row + i) % 5);
        }
      g_string_append_c (text, '\n');
    }
  file = dq_test_write_file (tmp_dir, "wide.tsv", text->str, text->len);

  dialog = g_object_ref_sink (dq_import_dialog_new (file));
  wait_loaded (dialog);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_assert_cmpuint (_dq_import_dialog_get_detected_delimiter (dialog), ==, '\t');
  g_assert_true (g_str_has_prefix (_dq_import_dialog_get_summary (dialog),
                                   "TSV file · 2 respondents · 45 variables"));
  g_assert_cmpuint (g_list_model_get_n_items (dq_import_dialog_get_variables (dialog)), ==, 45);
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_columns (dialog), ==, 40);
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_rows (dialog), ==, 2);
  g_assert_cmpstr (_dq_import_dialog_get_preview_note (dialog), ==,
                   "All 2 respondents; the first 40 of 45 variables");
  g_assert_null (dq_import_dialog_get_weight (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static ssize_t
write_bytes (const void *data,
             size_t      length,
             void       *user_data)
{
  return fwrite (data, 1, length, user_data) == length ? (ssize_t) length : -1;
}

#define N_CASES 6

/* Six respondents of test-sav.c: q_tj has value labels, with 9 and 98
 * user-missing; age has 97–99 user-missing. */
static GFile *
write_sav (void)
{
  static const char *regions[N_CASES] = { "Алматы", "Астана", "Алматы", "", "Шымкент", "Астана" };
  static const double q_tj[N_CASES] = { 1, 2, 9, 1, 98, 2 };
  static const double age[N_CASES] = { 34, NAN, 51, 99, 27, 45 };
  static const double weight[N_CASES] = { 0.5, 1.5, 1, 2, 1, 1 };
  g_autofree char *path = g_build_filename (tmp_dir, "survey.sav", NULL);
  readstat_writer_t *writer = readstat_writer_init ();
  readstat_label_set_t *attitude;
  readstat_variable_t *variables[5];
  FILE *out = fopen (path, "wb");

  g_assert_nonnull (out);
  readstat_set_data_writer (writer, write_bytes);

  attitude = readstat_add_label_set (writer, READSTAT_TYPE_DOUBLE, "attitude");
  readstat_label_double_value (attitude, 1, "очень положительное");
  readstat_label_double_value (attitude, 2, "скорее положительное");
  readstat_label_double_value (attitude, 9, "затрудняюсь ответить");

  variables[0] = readstat_add_variable (writer, "id", READSTAT_TYPE_DOUBLE, 0);
  variables[1] = readstat_add_variable (writer, "region", READSTAT_TYPE_STRING, 16);
  readstat_variable_set_label (variables[1], "Область");
  variables[2] = readstat_add_variable (writer, "q_tj", READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_label (variables[2], "Отношение к Таджикистану");
  readstat_variable_set_label_set (variables[2], attitude);
  variables[3] = readstat_add_variable (writer, "age", READSTAT_TYPE_DOUBLE, 0);
  variables[4] = readstat_add_variable (writer, "Weight", READSTAT_TYPE_DOUBLE, 0);
  g_assert_cmpint (readstat_variable_add_missing_double_value (variables[2], 9), ==, READSTAT_OK);
  g_assert_cmpint (readstat_variable_add_missing_double_value (variables[2], 98), ==, READSTAT_OK);
  g_assert_cmpint (readstat_variable_add_missing_double_range (variables[3], 97, 99), ==,
                   READSTAT_OK);

  g_assert_cmpint (readstat_begin_writing_sav (writer, out, N_CASES), ==, READSTAT_OK);
  for (int i = 0; i < N_CASES; i++)
    {
      g_assert_cmpint (readstat_begin_row (writer), ==, READSTAT_OK);
      readstat_insert_double_value (writer, variables[0], i + 1);
      readstat_insert_string_value (writer, variables[1], regions[i]);
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
  fclose (out);

  return g_file_new_for_path (path);
}

static void
test_import_dialog_sav (void)
{
  g_autoptr(GFile) file = write_sav ();
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (file));
  DqImportVariable *q_tj;
  DqImportVariable *age;
  g_autofree char *labelled = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *region = NULL;
  guint n_loading = 0;

  g_signal_connect (dialog, "notify::loading", G_CALLBACK (notify_count_cb), &n_loading);
  wait_loaded (dialog);
  g_assert_cmpuint (n_loading, ==, 1);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_assert_nonnull (dq_import_dialog_get_data (dialog));
  g_assert_true (g_str_has_prefix (_dq_import_dialog_get_summary (dialog),
                                   "SPSS file · 6 respondents · 5 variables"));

  /* Labels, value labels and user-missing values, as the file declares. */
  g_assert_cmpuint (g_list_model_get_n_items (dq_import_dialog_get_variables (dialog)), ==, 5);
  g_assert_cmpstr (dq_import_variable_get_label (get_variable (dialog, 1)), ==, "Область");
  q_tj = get_variable (dialog, 2);
  g_assert_cmpstr (dq_import_variable_get_label (q_tj), ==, "Отношение к Таджикистану");
  g_assert_cmpstr (dq_import_variable_get_value_type (q_tj), ==, "Categories (3 value labels)");
  g_assert_cmpstr (dq_import_variable_get_missing (q_tj), ==, "9, 98");
  g_assert_cmpuint (dq_import_variable_get_n_valid (q_tj), ==, 4);
  age = get_variable (dialog, 3);
  g_assert_cmpstr (dq_import_variable_get_missing (age), ==, "97–99");
  g_assert_cmpuint (dq_import_variable_get_n_valid (age), ==, 4);

  /* The preview puts the value label after the value. */
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_rows (dialog), ==, N_CASES);
  g_assert_cmpuint (_dq_import_dialog_get_n_preview_columns (dialog), ==, 5);
  labelled = _dq_import_dialog_dup_cell_text (dialog, 1, 2);
  g_assert_cmpstr (labelled, ==, "2 · скорее положительное");
  missing = _dq_import_dialog_dup_cell_text (dialog, 4, 2);
  g_assert_cmpstr (missing, ==, "98");
  region = _dq_import_dialog_dup_cell_text (dialog, 4, 1);
  g_assert_cmpstr (region, ==, "Шымкент");

  /* "Weight" is a weight whatever its case. */
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "Weight");
  g_assert_cmpstr (_dq_import_dialog_get_weight_note (dialog), ==,
                   "Chosen by its name. Every respondent has a valid weight");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A file saved after WEIGHT BY is weighted by that weight, which can be
 * switched off; its region codes show their labels; answers typed as
 * missing become missing. */
static void
test_import_dialog_stored_weight (void)
{
  g_autofree char *path = dq_sav_fixture_write (tmp_dir, "ess.sav");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (file));
  g_autofree char *region = NULL;
  g_autofree char *date = NULL;
  DqSurveyData *data;
  DqValueCounts counts;
  guint answer;

  wait_loaded (dialog);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "pspwght");
  g_test_message ("%s", _dq_import_dialog_get_weight_note (dialog));
  g_assert_true (g_str_has_prefix (_dq_import_dialog_get_weight_note (dialog),
                                   "The weight stored in the file, as SPSS uses it"));
  g_assert_nonnull (strstr (_dq_import_dialog_get_weight_note (dialog),
                            "1 weight is negative; 1 respondent has no weight: tables leave "
                            "them out"));

  dq_import_dialog_set_weight (dialog, NULL);
  g_assert_cmpstr (_dq_import_dialog_get_weight_note (dialog), ==,
                   "Every respondent counts once: the weight stored in the file, pspwght, is "
                   "switched off");

  region = _dq_import_dialog_dup_cell_text (dialog, 0, 0);
  g_assert_cmpstr (region, ==, "UA02 · Vinnytska oblast");
  g_assert_cmpstr (dq_import_variable_get_value_type (get_variable (dialog, 0)), ==,
                   "Text codes (2 value labels)");
  date = _dq_import_dialog_dup_cell_text (dialog, 0, 2);
  g_assert_cmpstr (date, ==, "2019-10-15");
  g_assert_cmpstr (dq_import_variable_get_value_type (get_variable (dialog, 2)), ==, "Date");

  _dq_import_dialog_set_missing_text (dialog, "\"Важко відповісти\", 99");
  g_assert_cmpuint (dq_import_dialog_get_missing_texts (dialog)->len, ==, 1);
  data = g_object_ref (dq_import_dialog_get_data (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  answer = variable_index (data, "answer");
  dq_survey_data_count_values (data, answer, &counts);
  g_assert_cmpuint (counts.n_user_missing, ==, 2);
  g_object_unref (data);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* A file that is not UTF-8 has its encoding guessed, and the dialog says
 * it is a guess. */
static void
test_import_dialog_guessed_encoding (void)
{
  g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_DIST), "data", "encodings",
                                            "rk1048.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DqImportDialog *dialog = g_object_ref_sink (dq_import_dialog_new (file));

  wait_loaded (dialog);
  g_assert_null (dq_import_dialog_get_error (dialog));
  g_test_message ("%s", _dq_import_dialog_get_encoding_note (dialog));
  g_assert_true (g_str_has_prefix (_dq_import_dialog_get_encoding_note (dialog),
                                   "Guessed: RK1048 (Kazakh) — the file is not UTF-8"));
  g_assert_nonnull (strstr (_dq_import_dialog_get_summary (dialog), "RK1048 (Kazakh)"));
  g_assert_cmpstr (dq_import_dialog_get_weight (dialog), ==, "салмақ");

  /* Chosen, it is no longer a guess. */
  dq_import_dialog_set_encoding (dialog, "RK1048");
  wait_loaded (dialog);
  g_assert_cmpstr (_dq_import_dialog_get_encoding_note (dialog), ==, "");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmp_dir = g_dir_make_tmp ("dostyq-import-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Widgets/ImportDialog/csv", test_import_dialog_csv);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/errors", test_import_dialog_errors);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/encoding", test_import_dialog_encoding);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/wide", test_import_dialog_wide);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/sav", test_import_dialog_sav);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/stored-weight", test_import_dialog_stored_weight);
  g_test_add_func ("/Dostyq/Widgets/ImportDialog/guessed-encoding",
                   test_import_dialog_guessed_encoding);

  status = g_test_run ();
  dq_test_remove_dir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);

  return status;
}
