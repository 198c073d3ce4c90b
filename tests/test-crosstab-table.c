/* test-crosstab-table.c
 *
 * The crosstab in the window: its percentages switch, its tests show under
 * it, it copies to the clipboard as text and HTML and saves as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "dq-crosstab-table.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

static DqCrosstab *
tiny_table (void)
{
  static const double q[] = { 1, 1, 2, 2, 1, 1, 2, 2, 1, 2 };
  static const double country[] = { 1, 1, 1, 2, 2, 2, 2, 1, 1, 2 };
  static const double w[] = { 1, 2, 1, 0.5, 1, 1.5, 2, 1, 1, 1 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("tiny.csv");
  g_autoptr(GError) error = NULL;
  DqCrosstab *table;

  dq_survey_data_add_numeric (data, "q", g_memdup2 (q, sizeof q), G_N_ELEMENTS (q));
  dq_survey_data_add_numeric (data, "country", g_memdup2 (country, sizeof country),
                              G_N_ELEMENTS (country));
  dq_survey_data_add_numeric (data, "w", g_memdup2 (w, sizeof w), G_N_ELEMENTS (w));
  table = dq_crosstab_new (data, "q", "country", "w", NULL, 0, &error);
  g_assert_no_error (error);

  return table;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
toast_cb (DqCrosstabTable *table,
          const char      *message,
          char           **last)
{
  g_free (*last);
  *last = g_strdup (message);
}

static void
test_percent (void)
{
  g_autoptr(DqCrosstab) crosstab = tiny_table ();
  DqCrosstabTable *table = DQ_CROSSTAB_TABLE (g_object_ref_sink (dq_crosstab_table_new ()));
  guint n_percent = 0, n_crosstab = 0;
  g_autofree char *nick = NULL;
  g_autofree char *toast = NULL;

  g_signal_connect (table, "notify::percent", G_CALLBACK (notify_count_cb), &n_percent);
  g_signal_connect (table, "notify::crosstab", G_CALLBACK (notify_count_cb), &n_crosstab);
  g_signal_connect (table, "toast", G_CALLBACK (toast_cb), &toast);

  /* Nothing to copy before there is a table. */
  gtk_widget_activate_action (GTK_WIDGET (table), "crosstab.copy", NULL);
  g_assert_null (toast);
  g_assert_cmpstr (dq_crosstab_table_get_tests (table), ==, "");

  dq_crosstab_table_set_crosstab (table, crosstab);
  dq_crosstab_table_set_crosstab (table, crosstab);
  g_assert_cmpuint (n_crosstab, ==, 1);
  g_assert_true (dq_crosstab_table_get_crosstab (table) == crosstab);
  g_assert_nonnull (strstr (dq_crosstab_table_get_tests (table), "Rao–Scott F = "));

  g_assert_cmpint (dq_crosstab_table_get_percent (table), ==, DQ_CROSSTAB_PERCENT_COLUMN);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "crosstab.percent", "s",
                                             "row"));
  g_assert_cmpint (dq_crosstab_table_get_percent (table), ==, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpuint (n_percent, ==, 1);
  dq_crosstab_table_set_percent (table, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpuint (n_percent, ==, 1);
  dq_crosstab_table_set_percent (table, DQ_CROSSTAB_PERCENT_TOTAL);
  g_object_get (table, "percent", &nick, NULL);
  g_assert_cmpstr (nick, ==, "total");
  g_assert_cmpuint (n_percent, ==, 2);

  dq_crosstab_table_set_crosstab (table, NULL);
  g_assert_cmpstr (dq_crosstab_table_get_tests (table), ==, "");
  g_assert_cmpuint (n_crosstab, ==, 2);

  g_assert_finalize_object (table);
}

static void
test_save (void)
{
  g_autoptr(DqCrosstab) crosstab = tiny_table ();
  DqCrosstabTable *table = DQ_CROSSTAB_TABLE (g_object_ref_sink (dq_crosstab_table_new ()));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-crosstab-table-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "table.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  dq_crosstab_table_set_crosstab (table, crosstab);
  dq_crosstab_table_set_percent (table, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_true (dq_crosstab_table_save_csv (table, file, &error));
  g_assert_no_error (error);

  /* The file holds the table as shown: row percentages. */
  g_file_get_contents (path, &saved, NULL, &error);
  g_assert_no_error (error);
  expected = dq_crosstab_to_csv (crosstab, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpstr (saved, ==, expected);
  g_assert_nonnull (strstr (saved, "Row percentages"));

  /* A folder that does not exist is an error, not a crash. */
  {
    g_autofree char *bad_path = g_build_filename (dir, "absent", "table.csv", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);

    g_assert_false (dq_crosstab_table_save_csv (table, bad, &error));
    g_assert_nonnull (error);
  }

  dq_test_remove_dir (dir);
  g_assert_finalize_object (table);
}

static void
on_read_text_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (void)
{
  g_autoptr(DqCrosstab) crosstab = tiny_table ();
  DqCrosstabTable *table = DQ_CROSSTAB_TABLE (g_object_ref_sink (dq_crosstab_table_new ()));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (table));
  GdkContentFormats *formats;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *toast = NULL;

  g_signal_connect (table, "toast", G_CALLBACK (toast_cb), &toast);
  dq_crosstab_table_set_crosstab (table, crosstab);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "crosstab.copy", NULL));
  g_assert_cmpstr (toast, ==, "Table copied");

  /* Both forms are offered: HTML for a word processor, text for a
   * spreadsheet. */
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING));

  gdk_clipboard_read_text_async (clipboard, NULL, on_read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  expected = dq_crosstab_to_tsv (crosstab, DQ_CROSSTAB_PERCENT_COLUMN, DQ_LANGUAGE_EN);
  g_assert_cmpstr (text, ==, expected);

  g_assert_finalize_object (table);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Widgets/CrosstabTable/percent", test_percent);
  g_test_add_func ("/Dostyq/Widgets/CrosstabTable/save", test_save);
  g_test_add_func ("/Dostyq/Widgets/CrosstabTable/copy", test_copy);

  return g_test_run ();
}
