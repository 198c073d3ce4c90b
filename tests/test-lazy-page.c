/* test-lazy-page.c
 *
 * DqLazyPage, a place in a stack for a page built the first time it is
 * needed: nothing is built until the page is asked for or shown, it is
 * built once, and it then fills its place. Needs a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "dq-lazy-page.h"

static void
on_build_cb (DqLazyPage *slot,
             guint      *n_builds)
{
  GtkWidget *label = gtk_label_new ("A page");

  (*n_builds)++;
  gtk_widget_set_size_request (label, 120, 80);
  dq_lazy_page_set_page (slot, label);
}

static void
test_lazy_page_asked (void)
{
  g_autoptr(DqLazyPage) slot = g_object_ref_sink (DQ_LAZY_PAGE (dq_lazy_page_new ()));
  guint n_builds = 0;
  GtkWidget *page;
  int minimum;

  g_signal_connect (slot, "build", G_CALLBACK (on_build_cb), &n_builds);

  /* Nothing is built, nor measured, until the page is asked for. */
  g_assert_null (dq_lazy_page_peek_page (slot));
  gtk_widget_measure (GTK_WIDGET (slot), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 0);
  g_assert_cmpuint (n_builds, ==, 0);

  page = dq_lazy_page_get_page (slot);
  g_assert_true (GTK_IS_LABEL (page));
  g_assert_true (gtk_widget_get_parent (page) == GTK_WIDGET (slot));
  g_assert_true (dq_lazy_page_peek_page (slot) == page);
  g_assert_cmpuint (n_builds, ==, 1);

  /* Built once. */
  g_assert_true (dq_lazy_page_get_page (slot) == page);
  g_assert_cmpuint (n_builds, ==, 1);

  /* And measured as the page is. */
  gtk_widget_measure (GTK_WIDGET (slot), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 120);
  gtk_widget_measure (GTK_WIDGET (slot), GTK_ORIENTATION_VERTICAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 80);
}

/* In a stack, only the page shown is built; another is built when it is
 * shown, and fills the stack. */
static void
test_lazy_page_shown (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *first = dq_lazy_page_new ();
  GtkWidget *second = dq_lazy_page_new ();
  guint first_builds = 0;
  guint second_builds = 0;
  GtkWidget *page;

  g_signal_connect (first, "build", G_CALLBACK (on_build_cb), &first_builds);
  g_signal_connect (second, "build", G_CALLBACK (on_build_cb), &second_builds);
  gtk_stack_add_named (GTK_STACK (stack), first, "first");
  gtk_stack_add_named (GTK_STACK (stack), second, "second");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < 500 && gtk_widget_get_width (stack) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  g_assert_cmpuint (first_builds, ==, 1);
  g_assert_cmpuint (second_builds, ==, 0);
  g_assert_null (dq_lazy_page_peek_page (DQ_LAZY_PAGE (second)));

  gtk_stack_set_visible_child (GTK_STACK (stack), second);
  g_assert_cmpuint (second_builds, ==, 1);
  page = dq_lazy_page_peek_page (DQ_LAZY_PAGE (second));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  for (guint i = 0; i < 500 && gtk_widget_get_width (page) != gtk_widget_get_width (stack); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  g_assert_cmpint (gtk_widget_get_width (page), ==, gtk_widget_get_width (stack));
  g_assert_cmpint (gtk_widget_get_height (page), ==, gtk_widget_get_height (stack));

  /* Shown again, not built again. */
  gtk_stack_set_visible_child (GTK_STACK (stack), first);
  gtk_stack_set_visible_child (GTK_STACK (stack), second);
  g_assert_cmpuint (first_builds, ==, 1);
  g_assert_cmpuint (second_builds, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Widgets/LazyPage/asked", test_lazy_page_asked);
  g_test_add_func ("/Dostyq/Widgets/LazyPage/shown", test_lazy_page_shown);

  return g_test_run ();
}
