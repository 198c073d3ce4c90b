/* test-data-page.c
 *
 * The researcher's own data in the window: the crosstab and chart of an
 * imported file follow every edit and its undoing; autosave and recovery of
 * unsaved work; saving and opening a project. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dq-application.h"
#include "dq-csv-reader.h"
#include "dq-crosstab-table.h"
#include "dq-data-page.h"
#include "dq-data-writer.h"
#include "dq-project.h"
#include "dq-recovery.h"
#include "dq-test-util.h"
#include "dq-window.h"

static char *tmp_dir;

/* Six respondents in two countries; q1 is 1 or 2, w the weight.
 * Weighted, Kazakhstan answers 1 with weight 1 and 2 with weight 3 + 1,
 * so 20 % and 80 %; Uzbekistan 2 + 2 and 1, so 80 % and 20 %. */
static const char survey_csv[] =
  "id;country;q1;w\n"
  "1;KZ;1;1\n"
  "2;KZ;2;3\n"
  "3;KZ;2;1\n"
  "4;UZ;1;2\n"
  "5;UZ;1;2\n"
  "6;UZ;2;1\n";

static GFile *
write_survey (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "survey.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, survey_csv, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static DqProject *
new_project_with_survey (void)
{
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GFile) file = write_survey ();
  g_autoptr(GError) error = NULL;
  DqAnalysis *analysis;
  DqProject *project;

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);

  project = dq_project_new (dataset, NULL);
  dq_project_set_data (project, data, file, NULL, 0);
  analysis = dq_project_get_analysis (project);
  dq_analysis_set_weight (analysis, "w");
  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "country");

  return project;
}

static guint
find_row (DqCrosstab *table,
          const char *value)
{
  for (guint r = 0; r < dq_crosstab_get_n_rows (table); r++)
    {
      if (g_strcmp0 (dq_crosstab_get_row_value (table, r), value) == 0)
        return r;
    }

  g_assert_not_reached ();
}

static guint
find_column (DqCrosstab *table,
             const char *value)
{
  for (guint c = 0; c < dq_crosstab_get_n_columns (table); c++)
    {
      if (g_strcmp0 (dq_crosstab_get_column_value (table, c), value) == 0)
        return c;
    }

  g_assert_not_reached ();
}

static double
kz_share_of_1 (DqDataPage *page)
{
  DqCrosstab *table = dq_data_page_get_crosstab (page);

  g_assert_nonnull (table);

  return dq_crosstab_get_column_percent (table, find_row (table, "1"), find_column (table, "KZ"));
}

/* Whether the source line of the data page's chart, in English, says
 * @text. */
static gboolean
source_line_says (DqDataPage *page,
                  const char *text)
{
  DqChart *chart = dq_chart_page_get_selected_chart (dq_data_page_get_chart_page (page));
  DqChartOptions options = { 1600, 1000, DQ_LANGUAGE_EN, FALSE };
  g_autoptr(DqScene) scene = NULL;

  g_assert_nonnull (chart);
  scene = dq_chart_build_scene (chart, &options);
  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind == DQ_MARK_TEXT && strstr (mark->text, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_data_page_follows_edits (void)
{
  g_autoptr(DqProject) project = new_project_with_survey ();
  DqDataPage *page = g_object_ref_sink (DQ_DATA_PAGE (dq_data_page_new ()));
  g_autoptr(GError) error = NULL;
  DqCrosstab *table;
  DqChartPage *chart_page;
  DqChart *chart;
  g_autofree char *original = NULL;
  g_autofree char *other = NULL;
  GListModel *respondents;
  double low, high;
  guint n_crosstab = 0;
  guint q1;

  g_assert_null (dq_data_page_get_crosstab (page));
  g_signal_connect (page, "notify::crosstab", G_CALLBACK (notify_count_cb), &n_crosstab);

  dq_data_page_set_project (page, project);
  g_assert_cmpuint (n_crosstab, ==, 1);

  /* The weighted table, by hand: see survey_csv. */
  table = dq_data_page_get_crosstab (page);
  g_assert_nonnull (table);
  g_assert_cmpstr (dq_crosstab_get_weight_variable (table), ==, "w");
  g_assert_cmpfloat_with_epsilon (kz_share_of_1 (page), 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_column_percent (table, find_row (table, "1"),
                                                                  find_column (table, "UZ")),
                                  80.0, 1e-9);
  /* Kish: (1 + 3 + 1)² / (1 + 9 + 1) */
  g_assert_cmpfloat_with_epsilon (dq_crosstab_get_effective_n (table, find_column (table, "KZ")),
                                  25.0 / 11.0, 1e-9);

  /* The chart shows the same shares, with the table's intervals. */
  chart_page = dq_data_page_get_chart_page (page);
  chart = dq_chart_page_get_selected_chart (chart_page);
  g_assert_nonnull (chart);
  dq_crosstab_get_column_interval (table, find_row (table, "1"), find_column (table, "KZ"),
                                   &low, &high);
  for (guint i = 0; i < dq_chart_get_figures (chart)->len; i++)
    {
      DqFigure *figure = g_ptr_array_index (dq_chart_get_figures (chart), i);
      double figure_low, figure_high;

      if (g_strcmp0 (dq_figure_get_country (figure), "KZ") != 0 ||
          dq_figure_get_value (figure) > 50)
        continue;
      g_assert_cmpfloat_with_epsilon (dq_figure_get_value (figure), 20.0, 1e-6);
      g_assert_true (dq_chart_get_figure_ci (chart, figure, &figure_low, &figure_high));
      g_assert_cmpfloat_with_epsilon (figure_low, low, 1e-6);
      g_assert_cmpfloat_with_epsilon (figure_high, high, 1e-6);
    }

  /* One row per respondent in the data table. */
  respondents = dq_data_page_get_respondents (page);
  g_assert_nonnull (respondents);
  g_assert_cmpuint (g_list_model_get_n_items (respondents), ==, 6);

  /* Respondent 2 (Kazakhstan, weight 3) answered 1 after all: 80 %. */
  g_assert_true (dq_survey_data_lookup_variable (dq_project_get_data (project), "q1", &q1));
  original = dq_survey_data_dup_value_text (dq_project_get_data (project), q1, 1);
  g_assert_false (source_line_says (page, "values corrected"));
  g_assert_false (dq_project_get_data_correction (project, "q1", 1, NULL, NULL, NULL));
  dq_project_set_author (project, "Aigerim");
  g_assert_true (dq_project_edit_data (project, q1, 1, "1", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_crosstab, ==, 2);
  g_assert_cmpfloat_with_epsilon (kz_share_of_1 (page), 80.0, 1e-9);
  /* The chart says its data are not the file's as published, and the
   * value knows what the file has, who corrected it and when. */
  {
    const char *was = NULL;
    const char *who = NULL;
    gint64 when = 0;

    g_assert_true (dq_project_get_data_correction (project, "q1", 1, &was, &when, &who));
    g_assert_cmpstr (was, ==, original);
    g_assert_cmpstr (who, ==, "Aigerim");
    g_assert_cmpint (when, >, 0);
    g_assert_false (dq_project_get_data_correction (project, "q1", 0, NULL, NULL, NULL));
  }
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 1);
  g_assert_true (source_line_says (page, "values corrected in the project: 1"));

  /* A value that q1 cannot hold changes nothing. */
  g_assert_false (dq_project_edit_data (project, q1, 1, "yes", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "q1"));
  g_clear_error (&error);
  g_assert_cmpfloat_with_epsilon (kz_share_of_1 (page), 80.0, 1e-9);

  /* An edit elsewhere in the project leaves the table as it is. */
  {
    GListModel *figures = dq_dataset_get_figures (dq_project_get_dataset (project));
    g_autoptr(DqFigure) figure = g_list_model_get_item (figures, 0);

    g_assert_true (dq_project_edit_figure (project, dq_figure_get_id (figure), 1, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_crosstab, ==, 2);
    g_assert_true (dq_project_undo (project));
    g_assert_cmpuint (n_crosstab, ==, 2);
  }

  g_assert_true (dq_project_undo (project));
  g_assert_cmpfloat_with_epsilon (kz_share_of_1 (page), 20.0, 1e-9);
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 0);
  g_assert_false (dq_project_get_data_correction (project, "q1", 1, NULL, NULL, NULL));
  g_assert_false (source_line_says (page, "values corrected"));
  g_assert_true (dq_project_redo (project));
  g_assert_cmpfloat_with_epsilon (kz_share_of_1 (page), 80.0, 1e-9);
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 1);

  /* A value edited back to the file's counts no more; a second value
   * counts once more. */
  g_assert_true (dq_project_edit_data (project, q1, 1, original, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 0);
  g_assert_true (dq_project_undo (project));
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 1);
  other = dq_survey_data_dup_value_text (dq_project_get_data (project), q1, 0);
  g_assert_true (dq_project_edit_data (project, q1, 0, g_strcmp0 (other, "1") == 0 ? "2" : "1",
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 2);
  g_assert_true (source_line_says (page, "values corrected in the project: 2"));
  g_assert_true (dq_project_undo (project));
  g_assert_cmpuint (dq_project_count_corrected_values (project), ==, 1);

  /* Another question and no grouping: a single column. */
  dq_analysis_set_column_variable (dq_project_get_analysis (project), NULL);
  table = dq_data_page_get_crosstab (page);
  g_assert_nonnull (table);
  g_assert_null (dq_crosstab_get_column_variable (table));

  /* A weight that is not numeric in every row is an error, not a table. */
  dq_analysis_set_weight (dq_project_get_analysis (project), "country");
  g_assert_null (dq_data_page_get_crosstab (page));

  dq_data_page_set_project (page, NULL);
  g_assert_null (dq_data_page_get_crosstab (page));

  g_assert_finalize_object (page);
}

/* The window */

static GtkWindow *
find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent &&
          gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

static DqFigure *
first_survey_figure (DqDataset *dataset)
{
  GListModel *figures = dq_dataset_get_figures (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      if (dq_figure_has_value (figure) && dq_figure_get_unit (figure) == DQ_UNIT_PERCENT &&
          g_str_has_prefix (dq_figure_get_id (figure), "cab-2021-"))
        return figure;
    }

  g_assert_not_reached ();
}

/* Export Data writes what `dostyq export-data` writes: the edited data of
 * the respondents the filter keeps. */
static void
check_export_data (DqWindow *window)
{
  DqProject *project = dq_window_get_project (window);
  DqAnalysis *analysis = dq_project_get_analysis (project);
  g_autofree char *path = g_build_filename (tmp_dir, "export.csv", NULL);
  g_autofree char *bad_path = g_build_filename (tmp_dir, "export.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gsize n_written = 0;

  g_assert_true (dq_filter_add_text (dq_analysis_get_filter (analysis), "country = UZ", &error));
  g_assert_no_error (error);

  g_assert_true (dq_window_export_data (window, file, &n_written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, 3);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  /* A header and the three respondents from Uzbekistan. */
  g_assert_nonnull (strstr (lines[0], "q1"));
  g_assert_nonnull (strstr (lines[1], "UZ"));
  g_assert_nonnull (strstr (lines[3], "UZ"));
  g_assert_true (lines[4] == NULL || *lines[4] == '\0');

  /* A name the writer does not know is an error, and nothing is written. */
  g_assert_false (dq_window_export_data (window, bad_file, NULL, &error));
  g_assert_error (error, DQ_DATA_WRITER_ERROR, DQ_DATA_WRITER_ERROR_FORMAT);
  g_assert_false (g_file_query_exists (bad_file, NULL));

  dq_filter_clear (dq_analysis_get_filter (analysis));
}

static void
check_recovery (DqWindow *window)
{
  GFile *autosave;
  g_autoptr(GFile) saved = NULL;
  g_autofree char *saved_path = NULL;
  g_autoptr(GError) error = NULL;
  DqProject *start = dq_window_get_project (window);
  GtkWindow *dialog;
  DqFigure *figure;
  DqSurveyData *data;
  double original;
  guint q1;

  /* The application asked at start: recover the edit made last time. */
  while ((dialog = find_message_dialog (GTK_WINDOW (window))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "Recover"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "recover");

  while (dq_window_get_project (window) == start)
    g_main_context_iteration (NULL, TRUE);

  /* The recovered work stays in its slot, now the window's. */
  autosave = dq_recovery_get_file (dq_window_get_recovery (window));
  g_assert_true (g_file_query_exists (autosave, NULL));

  figure = first_survey_figure (dq_window_get_dataset (window));
  g_assert_cmpfloat (dq_figure_get_value (figure), ==, 12.5);
  g_assert_true (dq_project_get_modified (dq_window_get_project (window)));
  g_assert_cmpint (dq_project_get_n_edits (dq_window_get_project (window)), ==, 1);
  g_assert_nonnull (dq_project_get_data (dq_window_get_project (window)));

  /* The name set in Preferences is the one edits are recorded under, in
   * whichever project the window shows. */
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

    g_assert_null (dq_project_get_author (dq_window_get_project (window)));
    g_settings_set_string (settings, "editor-name", "Aigerim");
    g_assert_cmpstr (dq_project_get_author (dq_window_get_project (window)), ==, "Aigerim");
  }

  /* Undo through the window's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  original = dq_figure_get_value (figure);
  g_assert_cmpfloat (original, !=, 12.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpfloat (dq_figure_get_value (figure), ==, 12.5);

  /* A new change is autosaved within seconds, without any saving by hand. */
  g_assert_true (g_file_delete (autosave, NULL, &error));
  g_assert_no_error (error);
  data = dq_project_get_data (dq_window_get_project (window));
  g_assert_true (dq_survey_data_lookup_variable (data, "q1", &q1));
  g_assert_true (dq_project_edit_data (dq_window_get_project (window), q1, 0, "2", &error));
  g_assert_no_error (error);
  while (!g_file_query_exists (autosave, NULL))
    g_main_context_iteration (NULL, TRUE);

  {
    g_autoptr(DqProject) recovered = dq_project_load_recovery (autosave, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (dq_project_get_n_edits (recovered), ==, 2);
  }

  check_export_data (window);

  /* Saving by hand leaves nothing to recover, and the project unmodified. */
  saved_path = g_build_filename (tmp_dir, "work.dostyq", NULL);
  saved = g_file_new_for_path (saved_path);
  g_assert_true (dq_window_save_project (window, saved, &error));
  g_assert_no_error (error);
  g_assert_false (dq_project_get_modified (dq_window_get_project (window)));
  g_assert_false (g_file_query_exists (autosave, NULL));

  /* Opened again, the project holds both edits and the same table. */
  start = dq_window_get_project (window);
  dq_window_open_project (window, saved);
  while (dq_window_get_project (window) == start)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (dq_project_get_n_edits (dq_window_get_project (window)), ==, 2);
  g_assert_cmpstr (dq_project_get_author (dq_window_get_project (window)), ==, "Aigerim");
  g_assert_cmpstr (dq_analysis_get_weight (dq_project_get_analysis (dq_window_get_project (window))),
                   ==, "w");
  figure = first_survey_figure (dq_window_get_dataset (window));
  g_assert_cmpfloat (dq_figure_get_value (figure), ==, 12.5);

}

static gboolean
run_check_cb (gpointer user_data)
{
  DqApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  check_recovery (DQ_WINDOW (window));
  g_object_set_data (G_OBJECT (app), "dq-test-ran", GINT_TO_POINTER (TRUE));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  g_idle_add (run_check_cb, app);
}

static void
test_window_recovery (void)
{
  g_autoptr(DqApplication) app = dq_application_new ();
  g_autoptr(DqProject) project = new_project_with_survey ();
  g_autoptr(DqRecovery) previous = dq_recovery_new (NULL);
  g_autoptr(DqRecovery) later = NULL;
  g_autoptr(GError) error = NULL;
  char *argv[] = { (char *) "dostyq", NULL };
  DqFigure *figure = first_survey_figure (dq_project_get_dataset (project));

  /* Work of a window that stopped without saving. */
  g_assert_true (dq_project_edit_figure (project, dq_figure_get_id (figure), 12.5, &error));
  g_assert_no_error (error);
  dq_recovery_schedule (previous, project);
  g_assert_true (dq_recovery_flush (previous, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (dq_recovery_get_file (previous), NULL));
  g_clear_object (&previous);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (g_object_get_data (G_OBJECT (app), "dq-test-ran"));

  /* Saved, and the window closed: nothing is left to recover. */
  later = dq_recovery_new (NULL);
  g_assert_null (dq_recovery_claim_orphan (later));
}

static DqCrosstabTable *
find_crosstab_table (GtkWidget *widget)
{
  if (DQ_IS_CROSSTAB_TABLE (widget))
    return DQ_CROSSTAB_TABLE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      DqCrosstabTable *table = find_crosstab_table (child);

      if (table != NULL)
        return table;
    }

  return NULL;
}

/* The percentages shown come from the project, and a choice in the table
 * goes back to it. */
static void
test_data_page_percent (void)
{
  g_autoptr(DqProject) project = new_project_with_survey ();
  g_autoptr(DqProject) other = new_project_with_survey ();
  DqDataPage *page = g_object_ref_sink (DQ_DATA_PAGE (dq_data_page_new ()));
  DqCrosstabTable *table = find_crosstab_table (GTK_WIDGET (page));

  g_assert_nonnull (table);
  dq_project_set_percent (project, DQ_CROSSTAB_PERCENT_TOTAL);
  dq_data_page_set_project (page, project);
  g_assert_cmpint (dq_crosstab_table_get_percent (table), ==, DQ_CROSSTAB_PERCENT_TOTAL);

  dq_crosstab_table_set_percent (table, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpint (dq_project_get_percent (project), ==, DQ_CROSSTAB_PERCENT_ROW);

  /* Another project shows its own, and leaves the first as it was. */
  dq_data_page_set_project (page, other);
  g_assert_cmpint (dq_crosstab_table_get_percent (table), ==, DQ_CROSSTAB_PERCENT_COLUMN);
  g_assert_cmpint (dq_project_get_percent (project), ==, DQ_CROSSTAB_PERCENT_ROW);

  dq_data_page_set_project (page, NULL);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Autosaves go to a directory of the test's own, never the user's. */
  tmp_dir = g_dir_make_tmp ("dostyq-data-page-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_build_filename (tmp_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Widgets/DataPage/follows-edits", test_data_page_follows_edits);
  g_test_add_func ("/Dostyq/Widgets/DataPage/percent", test_data_page_percent);
  g_test_add_func ("/Dostyq/App/Window/recovery", test_window_recovery);

  status = g_test_run ();

  dq_test_remove_dir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
