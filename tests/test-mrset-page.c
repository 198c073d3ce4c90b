/* test-mrset-page.c
 *
 * Multiple-response sets in the window: a set defined in the dialog from
 * the survey's variables, its weighted table as the model computes it for
 * the respondents the filter keeps, a set that does not read, and removing
 * a set. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dq-mrset-dialog.h"
#include "dq-mrset-page.h"
#include "dq-survey-reader.h"
#include "dq-test-util.h"

/* Five respondents; who speaks which language, their country and weight.
 * Respondent 5 speaks none of the three. */
static const char survey_csv[] =
  "id,country,speaks_kk,speaks_ru,speaks_uz,w\n"
  "1,KZ,1,1,0,1\n"
  "2,KZ,1,0,0,2\n"
  "3,UZ,0,1,1,1\n"
  "4,UZ,0,1,1,3\n"
  "5,KZ,0,0,0,1\n";

#define SET_TEXT "langs = speaks_kk, speaks_ru, speaks_uz: 1"

static DqSurveyData *
read_survey (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-mrset-page-XXXXXX", &error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(DqSurveyReader) reader = NULL;
  DqSurveyData *data;

  g_assert_no_error (error);
  file = dq_test_write_file (dir, "survey.csv", survey_csv, -1);
  reader = dq_survey_reader_new (file);
  data = dq_survey_reader_read (reader, NULL, &error);
  g_assert_no_error (error);
  dq_test_remove_dir (dir);

  return data;
}

static DqMrsetDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (DQ_IS_MRSET_DIALOG (window))
        return DQ_MRSET_DIALOG (window);
    }

  return NULL;
}

/* The page's table is the model's, category by category. */
static void
assert_table_is_model (DqMrsetPage  *page,
                       DqAnalysis   *analysis,
                       DqSurveyData *data)
{
  const DqMrsetTable *shown = dq_mrset_page_get_table (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMrsetTable) expected = NULL;

  expected = dq_analysis_compute_mrset (analysis, data, dq_mrset_page_get_set (page), &error);
  g_assert_no_error (error);
  g_assert_nonnull (shown);
  g_assert_cmpuint (shown->n_categories, ==, expected->n_categories);
  g_assert_cmpuint (shown->n_respondents, ==, expected->n_respondents);
  g_assert_cmpuint (shown->n_left_out, ==, expected->n_left_out);
  for (guint i = 0; i < expected->n_categories; i++)
    {
      g_assert_cmpstr (shown->categories[i].value, ==, expected->categories[i].value);
      g_assert_cmpfloat (shown->categories[i].respondent_percent, ==,
                         expected->categories[i].respondent_percent);
      g_assert_cmpfloat (shown->categories[i].response_low, ==,
                         expected->categories[i].response_low);
    }
}

static void
test_dialog (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  DqMrsetDialog *dialog = g_object_ref_sink (dq_mrset_dialog_new (data));
  g_autoptr(DqMrset) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* One variable is not a set; the message is the command line's. */
  dq_mrset_dialog_set_name (dialog, "langs");
  g_assert_true (dq_mrset_dialog_select_variable (dialog, "speaks_kk", TRUE));
  g_assert_false (dq_mrset_dialog_select_variable (dialog, "speaks_de", TRUE));
  set = dq_mrset_dialog_dup_set (dialog, &error);
  g_assert_null (set);
  g_assert_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "at least two variables"));
  g_clear_error (&error);

  /* Ticked in any order, the variables come in the data's. */
  g_assert_true (dq_mrset_dialog_select_variable (dialog, "speaks_uz", TRUE));
  g_assert_true (dq_mrset_dialog_select_variable (dialog, "speaks_ru", TRUE));
  dq_mrset_dialog_set_counted (dialog, "1");
  set = dq_mrset_dialog_dup_set (dialog, &error);
  g_assert_no_error (error);
  text = dq_mrset_dup_text (set);
  g_assert_cmpstr (text, ==, SET_TEXT);

  /* A name with a space does not read. */
  g_clear_object (&set);
  dq_mrset_dialog_set_name (dialog, "my langs");
  set = dq_mrset_dialog_dup_set (dialog, &error);
  g_assert_null (set);
  g_assert_error (error, DQ_MRSET_ERROR, DQ_MRSET_ERROR_SYNTAX);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
on_changed_cb (DqAnalysis  *analysis,
               DqMrsetPage *page)
{
  /* As the data page does after every change of the analysis. */
  dq_mrset_page_show (page, analysis, g_object_get_data (G_OBJECT (page), "dq-data"));
}

static void
test_page (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(GError) error = NULL;
  DqMrsetPage *page = g_object_ref_sink (DQ_MRSET_PAGE (dq_mrset_page_new ()));
  GtkWidget *window = gtk_window_new ();
  DqMrsetDialog *dialog;
  const DqMrsetTable *table;
  double unweighted_kk;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  g_object_set_data (G_OBJECT (page), "dq-data", data);
  g_signal_connect (analysis, "changed", G_CALLBACK (on_changed_cb), page);

  /* No set yet: nothing to show, and nothing to remove. */
  dq_mrset_page_show (page, analysis, data);
  g_assert_null (dq_mrset_page_get_set (page));
  g_assert_null (dq_mrset_page_get_table (page));

  /* Define Set… opens the dialog; what it defines joins the analysis. */
  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "mrset.define", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  dq_mrset_dialog_set_name (dialog, "langs");
  dq_mrset_dialog_set_counted (dialog, "1");
  dq_mrset_dialog_select_variable (dialog, "speaks_kk", TRUE);
  dq_mrset_dialog_select_variable (dialog, "speaks_ru", TRUE);
  dq_mrset_dialog_select_variable (dialog, "speaks_uz", TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mrset-dialog.define", NULL));
  while (find_dialog () != NULL)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_mrsets (analysis)), ==, 1);
  g_assert_nonnull (dq_mrset_page_get_set (page));
  g_assert_cmpstr (dq_mrset_get_name (dq_mrset_page_get_set (page)), ==, "langs");
  table = dq_mrset_page_get_table (page);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->n_categories, ==, 3);
  /* Respondent 5 speaks none: left out, as MULT RESPONSE leaves them. */
  g_assert_cmpuint (table->n_respondents, ==, 4);
  g_assert_cmpuint (table->n_left_out, ==, 1);
  assert_table_is_model (page, analysis, data);
  unweighted_kk = table->categories[0].respondent_percent;

  /* The weight and the filter change the table. */
  dq_analysis_set_weight (analysis, "w");
  assert_table_is_model (page, analysis, data);
  g_assert_cmpfloat (dq_mrset_page_get_table (page)->categories[0].respondent_percent, !=,
                     unweighted_kk);
  g_assert_true (dq_filter_add_text (dq_analysis_get_filter (analysis), "country = UZ", &error));
  g_assert_no_error (error);
  assert_table_is_model (page, analysis, data);
  g_assert_cmpuint (dq_mrset_page_get_table (page)->n_respondents, ==, 2);
  g_assert_cmpfloat (dq_mrset_page_get_table (page)->categories[0].respondent_percent, ==, 0);

  /* Removing the set leaves none. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "mrset.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_mrsets (analysis)), ==, 0);
  g_assert_null (dq_mrset_page_get_set (page));
  g_assert_null (dq_mrset_page_get_table (page));

  g_signal_handlers_disconnect_by_func (analysis, on_changed_cb, page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* A set whose variables are not all numbers or all text is shown with the
 * model's message instead of a table. */
static void
test_page_error (void)
{
  g_autoptr(DqSurveyData) data = read_survey ();
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqMrset) set = dq_mrset_new_from_text ("mixed = country, speaks_kk: 1", &error);
  DqMrsetPage *page = g_object_ref_sink (DQ_MRSET_PAGE (dq_mrset_page_new ()));

  g_assert_no_error (error);
  dq_analysis_add_mrset (analysis, set);
  dq_mrset_page_show (page, analysis, data);
  g_assert_true (dq_mrset_page_get_set (page) == set);
  g_assert_null (dq_mrset_page_get_table (page));

  dq_mrset_page_show (page, NULL, NULL);
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/MrsetPage/dialog", test_dialog);
  g_test_add_func ("/Dostyq/Widgets/MrsetPage/page", test_page);
  g_test_add_func ("/Dostyq/Widgets/MrsetPage/error", test_page_error);

  return g_test_run ();
}
