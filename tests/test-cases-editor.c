/* test-cases-editor.c
 *
 * The editor of the filter and the recodes: a condition typed and entered
 * joins the analysis's filter and shows as a chip; its button removes it;
 * a text that does not read stays in its entry with the error shown; a
 * recode likewise; another analysis shows its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dq-cases-editor.h"

/* The descendants of @widget of @type, depth first. */
static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);

  return found;
}

static void
enter_text (GtkEntry   *entry,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* The remove buttons of the chips, which are the only buttons. */
static guint
count_chips (GtkWidget *editor)
{
  g_autoptr(GPtrArray) buttons = find_all (editor, GTK_TYPE_BUTTON);

  return buttons->len;
}

static const char *
error_text (GtkWidget *editor)
{
  g_autoptr(GPtrArray) labels = find_all (editor, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error"))
      return gtk_widget_get_visible (g_ptr_array_index (labels, i))
             ? gtk_label_get_label (g_ptr_array_index (labels, i)) : NULL;

  g_assert_not_reached ();
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_edit (void)
{
  g_autoptr(DqAnalysis) analysis = dq_analysis_new ();
  g_autoptr(DqAnalysis) other = dq_analysis_new ();
  GtkWidget *editor = g_object_ref_sink (dq_cases_editor_new ());
  g_autoptr(GPtrArray) entries = find_all (editor, GTK_TYPE_ENTRY);
  DqFilter *filter = dq_analysis_get_filter (analysis);
  GtkEntry *filter_entry, *recode_entry;
  guint notified = 0;

  g_assert_cmpuint (entries->len, ==, 2);
  filter_entry = g_ptr_array_index (entries, 0);
  recode_entry = g_ptr_array_index (entries, 1);

  g_signal_connect (editor, "notify::analysis", G_CALLBACK (notify_count_cb), &notified);
  dq_cases_editor_set_analysis (DQ_CASES_EDITOR (editor), analysis);
  dq_cases_editor_set_analysis (DQ_CASES_EDITOR (editor), analysis);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (dq_cases_editor_get_analysis (DQ_CASES_EDITOR (editor)) == analysis);
  g_assert_cmpuint (count_chips (editor), ==, 0);

  enter_text (filter_entry, "agea >= 30");
  enter_text (filter_entry, "cntry in 1,2");
  g_assert_cmpuint (dq_filter_get_n_conditions (filter), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (filter_entry)), ==, "");
  g_assert_cmpuint (count_chips (editor), ==, 2);
  g_assert_null (error_text (editor));

  /* A text that does not read stays to be corrected. */
  enter_text (filter_entry, "agea >>= 30");
  g_assert_cmpuint (dq_filter_get_n_conditions (filter), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (filter_entry)), ==, "agea >>= 30");
  g_assert_nonnull (error_text (editor));

  enter_text (recode_entry, "band = agea: lo thru 29 'young'; 30 thru hi 'older'");
  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_recodes (analysis)), ==, 1);
  g_assert_cmpuint (count_chips (editor), ==, 3);
  g_assert_null (error_text (editor));

  /* The first chip's button removes the first condition. */
  {
    g_autoptr(GPtrArray) buttons = find_all (editor, GTK_TYPE_BUTTON);

    g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
    g_assert_cmpuint (dq_filter_get_n_conditions (filter), ==, 1);
    g_assert_cmpstr (dq_filter_get_variable (filter, 0), ==, "cntry");
    g_assert_cmpuint (count_chips (editor), ==, 2);
  }

  /* A change made elsewhere shows too. */
  dq_analysis_remove_recode (analysis, 0);
  g_assert_cmpuint (count_chips (editor), ==, 1);

  dq_cases_editor_set_analysis (DQ_CASES_EDITOR (editor), other);
  g_assert_cmpuint (count_chips (editor), ==, 0);
  dq_filter_clear (filter);
  g_assert_cmpuint (count_chips (editor), ==, 0);

  g_clear_pointer (&entries, g_ptr_array_unref);
  g_assert_finalize_object (editor);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Dostyq/Widgets/CasesEditor/edit", test_edit);

  return g_test_run ();
}
