/* test-sources-page.c
 *
 * The Sources page and opening a dataset in the window. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dq-application.h"
#include "dq-citation.h"
#include "dq-sources-page.h"
#include "dq-window.h"

static DqDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dataset;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_sources_page_documents (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  DqSourcesPage *page = g_object_ref_sink (DQ_SOURCES_PAGE (dq_sources_page_new ()));
  GListModel *documents = dq_dataset_get_documents (dataset);
  guint notified = 0;

  g_signal_connect (page, "notify::dataset", G_CALLBACK (notify_count_cb), &notified);

  g_assert_cmpuint (g_list_model_get_n_items (dq_sources_page_get_figures (page)), ==, 0);

  dq_sources_page_set_dataset (page, dataset);
  dq_sources_page_set_dataset (page, dataset);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (dq_sources_page_get_dataset (page) == dataset);

  /* Each document shows exactly the figures that cite it. */
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(DqDocument) document = g_list_model_get_item (documents, i);
      GListModel *shown;
      guint n;

      dq_sources_page_select_document (page, i);
      shown = dq_sources_page_get_figures (page);
      n = g_list_model_get_n_items (shown);

      g_assert_cmpuint (n, ==, g_list_model_get_n_items (dq_document_get_figures (document)));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(DqFigure) figure = g_list_model_get_item (shown, j);

          g_assert_cmpstr (dq_source_get_document_id (dq_figure_get_source (figure)), ==,
                           dq_document_get_id (document));
        }
    }

  dq_sources_page_set_dataset (page, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (dq_sources_page_get_figures (page)), ==, 0);

  g_assert_finalize_object (page);
}

static guint
find_document (DqDataset  *dataset,
               const char *id)
{
  GListModel *documents = dq_dataset_get_documents (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(DqDocument) document = g_list_model_get_item (documents, i);

      if (g_str_equal (dq_document_get_id (document), id))
        return i;
    }

  g_assert_not_reached ();
}

static void
test_sources_page_search (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  DqSourcesPage *page = g_object_ref_sink (DQ_SOURCES_PAGE (dq_sources_page_new ()));
  DqDocument *document = dq_dataset_lookup_document (dataset, "cab-2021");
  g_autoptr(DqFigure) first = NULL;
  GListModel *shown;
  const char *quote;
  g_autofree char *fragment = NULL;
  guint all;

  dq_sources_page_set_dataset (page, dataset);
  dq_sources_page_select_document (page, find_document (dataset, "cab-2021"));
  shown = dq_sources_page_get_figures (page);
  all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (all, ==, g_list_model_get_n_items (dq_document_get_figures (document)));

  /* A piece of one quote, typed in another case, finds that figure. */
  first = g_list_model_get_item (shown, 0);
  quote = dq_source_get_quote (dq_figure_get_source (first));
  fragment = g_utf8_strup (quote, MIN (strlen (quote), 24));
  dq_sources_page_set_search (page, fragment);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (shown, i);
      g_autofree char *folded = g_utf8_casefold (dq_source_get_quote (dq_figure_get_source (figure)), -1);
      g_autofree char *needle = g_utf8_casefold (fragment, -1);

      g_assert_nonnull (strstr (folded, needle));
    }

  /* Labels are searched in Kazakh too. */
  dq_sources_page_set_search (page, dq_text_get (dq_figure_get_label (first), DQ_LANGUAGE_KK));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);

  dq_sources_page_set_search (page, "no figure says this 0x7f3a");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);

  dq_sources_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  g_assert_finalize_object (page);
}

typedef struct
{
  GMainLoop *loop;
  DqWindow  *window;
} OpenData;

static gboolean
quit_when_loaded_cb (gpointer user_data)
{
  OpenData *data = user_data;

  g_main_loop_quit (data->loop);

  return G_SOURCE_REMOVE;
}

static void
on_dataset_notify_cb (GObject    *object,
                      GParamSpec *pspec,
                      OpenData   *data)
{
  g_idle_add (quit_when_loaded_cb, data);
}

static GtkWindow *
find_dialog (DqWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;
    }

  return NULL;
}

static void
on_clipboard_text_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text_cb,
                                 &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static void
on_toast_cb (DqSourcesPage *page,
             const char    *message,
             guint         *count)
{
  (*count)++;
}

/* The dataset's release is shown, and "Copy Citation" puts the selected
 * document's citation, or the dataset's, on the clipboard. */
static void
test_sources_page_citation (void)
{
  g_autoptr(DqDataset) dataset = bundled ();
  DqSourcesPage *page = g_object_ref_sink (DQ_SOURCES_PAGE (dq_sources_page_new ()));
  g_autoptr(DqDocument) document = g_list_model_get_item (dq_dataset_get_documents (dataset), 0);
  GtkLabel *release = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                DQ_TYPE_SOURCES_PAGE,
                                                                "release_label"));
  g_autofree char *day = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bibtex = NULL;
  g_autofree char *dataset_text = NULL;
  guint toasts = 0;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (release)));
  dq_sources_page_set_dataset (page, dataset);
  g_signal_connect (page, "toast", G_CALLBACK (on_toast_cb), &toasts);

  g_assert_nonnull (dq_dataset_get_release_version (dataset));
  day = g_date_time_format (dq_dataset_get_release_date (dataset), "%Y-%m-%d");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (release)));
  g_assert_nonnull (strstr (gtk_label_get_label (release), dq_dataset_get_release_version (dataset)));
  g_assert_nonnull (strstr (gtk_label_get_label (release), day));

  dq_sources_page_select_document (page, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sources.copy-document-citation",
                                             "s", "text"));
  text = read_clipboard (GTK_WIDGET (page));
  expected = dq_citation_document_text (document);
  g_assert_cmpstr (text, ==, expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sources.copy-document-citation",
                                             "s", "bibtex"));
  bibtex = read_clipboard (GTK_WIDGET (page));
  g_assert_true (g_str_has_prefix (bibtex, "@misc{"));
  g_assert_nonnull (strstr (bibtex, dq_document_get_id (document)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sources.copy-dataset-citation",
                                             "s", "text"));
  dataset_text = read_clipboard (GTK_WIDGET (page));
  g_assert_nonnull (strstr (dataset_text, dq_dataset_get_release_version (dataset)));
  g_assert_cmpuint (toasts, ==, 3);

  g_assert_finalize_object (page);
}

static void
check_open (DqApplication *app,
            DqWindow      *window)
{
  g_autofree char *bad_path = NULL;
  g_autofree char *good_path = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GFile) good = NULL;
  g_autoptr(GError) error = NULL;
  /* Held, so that the dataset that replaces it cannot take its address. */
  g_autoptr(DqDataset) before = g_object_ref (dq_window_get_dataset (window));
  OpenData data = { g_main_loop_new (NULL, FALSE), window };
  GtkWindow *dialog;
  int fd;

  g_assert_nonnull (before);
  g_assert_cmpuint (g_list_model_get_n_items (dq_dataset_get_documents (before)), >, 0);

  /* A file with an error: the window keeps its dataset and says what is
   * wrong, naming the file and the place. */
  fd = g_file_open_tmp ("dostyq-bad-XXXXXX.json", &bad_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (bad_path,
                       "{ \"format\": \"dostyq-dataset\", \"version\": 1, "
                       "\"places\": [ { \"id\": \"x\", \"name\": 5 } ] }", -1, &error);
  g_assert_no_error (error);
  bad = g_file_new_for_path (bad_path);

  g_test_expect_message ("dostyq", G_LOG_LEVEL_WARNING, "*places[0].name*");
  dq_window_open_dataset (window, bad);
  while ((dialog = find_dialog (window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();

  g_assert_true (dq_window_get_dataset (window) == before);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), bad_path));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "places[0].name"));
  gtk_window_destroy (dialog);

  /* A good file replaces the dataset, and the pages follow. */
  good_path = g_build_filename (g_getenv ("DOSTYQ_SRCDIR"), "tests", "data", "minimal.json", NULL);
  good = g_file_new_for_path (good_path);
  g_signal_connect (window, "notify::dataset", G_CALLBACK (on_dataset_notify_cb), &data);
  dq_window_open_dataset (window, good);
  g_main_loop_run (data.loop);

  g_assert_true (dq_window_get_dataset (window) != before);
  g_assert_nonnull (strstr (dq_dataset_get_name (dq_window_get_dataset (window)), "minimal.json"));

  g_signal_handlers_disconnect_by_func (window, on_dataset_notify_cb, &data);
  g_main_loop_unref (data.loop);
  g_unlink (bad_path);
}

static gboolean
run_check_cb (gpointer user_data)
{
  DqApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  check_open (app, DQ_WINDOW (window));
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
test_window_open_dataset (void)
{
  g_autoptr(DqApplication) app = dq_application_new ();
  char *argv[] = { (char *) "dostyq", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (g_object_get_data (G_OBJECT (app), "dq-test-ran"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Widgets/SourcesPage/documents", test_sources_page_documents);
  g_test_add_func ("/Dostyq/Widgets/SourcesPage/search", test_sources_page_search);
  g_test_add_func ("/Dostyq/Widgets/SourcesPage/citation", test_sources_page_citation);
  g_test_add_func ("/Dostyq/App/Window/open-dataset", test_window_open_dataset);

  return g_test_run ();
}
