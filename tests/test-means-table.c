/* test-means-table.c
 *
 * The Means page: the means it is given, or the reason there are none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "dq-means-table.h"
#include "dq-survey-data.h"
#include "dq-test-util.h"

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The heading above the table: the first child of the page's box. */
static const char *
heading (DqMeansTable *table)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (table));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
}

static void
test_means (void)
{
  static const double y[] = { 1, 3, 5, 7 };
  static const double g[] = { 1, 1, 2, 2 };
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("hand.csv");
  g_autoptr(DqMeans) means = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reason = NULL;
  DqMeansTable *table = DQ_MEANS_TABLE (g_object_ref_sink (dq_means_table_new ()));
  guint n_means = 0;

  dq_survey_data_add_numeric (data, "y", g_memdup2 (y, sizeof y), G_N_ELEMENTS (y));
  dq_survey_data_add_numeric (data, "g", g_memdup2 (g, sizeof g), G_N_ELEMENTS (g));
  means = dq_means_new (data, "y", "g", NULL, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (table, "notify::means", G_CALLBACK (notify_count_cb), &n_means);

  dq_means_table_set_means (table, means, NULL);
  dq_means_table_set_means (table, means, NULL);
  g_assert_cmpuint (n_means, ==, 1);
  g_assert_true (dq_means_table_get_means (table) == means);
  g_assert_cmpstr (heading (table), ==, "Mean of y by g");

  /* Without means, the page says why. */
  g_set_error_literal (&reason, DQ_MEANS_ERROR, DQ_MEANS_ERROR_NOT_NUMERIC,
                       "hand.csv: the variable “s” is not numeric; a mean needs numbers");
  dq_means_table_set_means (table, NULL, reason);
  g_assert_cmpuint (n_means, ==, 2);
  g_assert_null (dq_means_table_get_means (table));
  g_assert_cmpstr (heading (table), ==, reason->message);

  g_assert_finalize_object (table);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Widgets/MeansTable/means", test_means);

  return g_test_run ();
}
