/* test-window-narrow.c
 *
 * The window at 360 pixels wide, the width the metainfo promises, in
 * Kazakh, Russian and English: every page fits, nothing is cut off at the
 * right edge, the page switcher moves to the bottom, the header keeps the
 * project's title, and the window keeps its size from page to page (only
 * the visible page is measured). Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "dq-application.h"
#include "dq-text.h"
#include "dq-window.h"

#define NARROW_WIDTH 360
#define NARROW_HEIGHT 640

static void
use_language (const char *language)
{
  g_autofree char *po_dir = g_build_filename (g_getenv ("DOSTYQ_BUILDDIR"), "po", NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  dq_language_set_default (dq_language_from_environment ());
}

/* Waits for @window to be allocated @width at most (the default size
 * counts the frame round the content too), and more than @at_least. */
static void
wait_for_allocation (GtkWidget *widget,
                     int        width,
                     int        at_least)
{
  for (guint i = 0;
       i < 500 && (gtk_widget_get_width (widget) > width ||
                   gtk_widget_get_width (widget) <= at_least);
       i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  /* And the frames after it, for the squeezer's choice. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Every widget drawn in @window lies inside its width. */
static void
assert_inside (GtkWidget *widget,
               GtkWidget *window,
               int        width)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return;

  /* What scrolls is clipped by its scrolled window, not cut off. */
  if (GTK_IS_VIEWPORT (gtk_widget_get_parent (widget)) ||
      GTK_IS_SCROLLED_WINDOW (gtk_widget_get_parent (widget)))
    return;

  if (gtk_widget_compute_bounds (widget, window, &bounds))
    {
      if (bounds.origin.x < -1.5 || bounds.origin.x + bounds.size.width > width + 1.5)
        g_test_message ("%s (%s, in %s) spans %.0f to %.0f",
                        G_OBJECT_TYPE_NAME (widget), gtk_widget_get_css_name (widget),
                        G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                        bounds.origin.x, bounds.origin.x + bounds.size.width);
      /* The header bar reaches a pixel into the window's frame. */
      g_assert_cmpfloat (bounds.origin.x, >=, -1.5);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width + 1.5);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_inside (child, window, width);
}

/* After a few frames, for what changed to be laid out, @window is still
 * @width × @height and everything in it lies inside. */
static void
assert_laid_out_in (GtkWidget *window,
                    int        width,
                    int        height)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  for (guint j = 0; j < 30; j++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  assert_inside (content, content, gtk_widget_get_width (content));
  g_assert_cmpint (gtk_widget_get_width (window), ==, width);
  g_assert_cmpint (gtk_widget_get_height (window), ==, height);
}

static void
test_window_narrow (gconstpointer data)
{
  const char *language = data;
  g_autoptr(DqApplication) app = dq_application_new ();
  g_autoptr(GtkSelectionModel) pages = NULL;
  DqWindow *window;
  AdwViewStack *stack;
  GObject *switcher_bar;
  GObject *title;
  GtkWidget *content;
  int minimum;
  int narrow_width;
  int narrow_height;
  int window_min_height;

  use_language (language);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = dq_window_new (app);
  stack = dq_window_get_stack (window);
  pages = adw_view_stack_get_pages (stack);
  gtk_widget_get_size_request (GTK_WIDGET (window), NULL, &window_min_height);

  /* The window's content: the decorations' shadow lies outside. */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("%s: the window needs %d px", language, minimum);
  g_assert_cmpint (minimum, <=, NARROW_WIDTH);

  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH, NARROW_HEIGHT);
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (window), NARROW_WIDTH, 0);
  g_test_message ("%s: narrow, %d px", language, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);

  /* The switcher is at the bottom, the title in the header. */
  switcher_bar = gtk_widget_get_template_child (GTK_WIDGET (window), DQ_TYPE_WINDOW,
                                                "switcher_bar");
  title = gtk_widget_get_template_child (GTK_WIDGET (window), DQ_TYPE_WINDOW, "window_title");
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (switcher_bar)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (title)));

  narrow_width = gtk_widget_get_width (GTK_WIDGET (window));
  narrow_height = gtk_widget_get_height (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_test_message ("%s: page %s", language, adw_view_stack_page_get_name (page));
      adw_view_stack_set_visible_child (stack, adw_view_stack_page_get_child (page));
      /* The window does not jump when the page changes. */
      assert_laid_out_in (GTK_WIDGET (window), narrow_width, narrow_height);
    }

  /* Nor when a chart page shows its data instead of its chart: each of its
     views is measured alone too. */
  adw_view_stack_set_visible_child_name (stack, "survey");
  g_object_set (dq_window_get_page (window, "survey"), "show-data", TRUE, NULL);
  assert_laid_out_in (GTK_WIDGET (window), narrow_width, narrow_height);
  g_object_set (dq_window_get_page (window, "survey"), "show-data", FALSE, NULL);

  /* Each page, and so the window, can be as narrow as the metainfo says. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      /* Built when it was shown. */
      GtkWidget *child = dq_window_get_page (window, adw_view_stack_page_get_name (page));

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: page %s needs %d px", language, adw_view_stack_page_get_name (page),
                      minimum);
      g_assert_cmpint (minimum, <=, NARROW_WIDTH);
      /* Nor does any page need more height than the window's minimum, so
         that the window keeps its size from page to page. */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, NARROW_WIDTH, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, window_min_height);
    }

  /* Wide again, the switcher returns to the header. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_for_allocation (GTK_WIDGET (window), 1280, 1200);
  g_test_message ("%s: wide, %d px", language, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_false (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (switcher_bar)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/Dostyq/App/WindowNarrow/kk", "kk", test_window_narrow);
  g_test_add_data_func ("/Dostyq/App/WindowNarrow/ru", "ru", test_window_narrow);
  g_test_add_data_func ("/Dostyq/App/WindowNarrow/en", "en", test_window_narrow);

  return g_test_run ();
}
