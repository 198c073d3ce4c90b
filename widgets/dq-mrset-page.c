/* dq-mrset-page.c
 *
 * The Multiple Response page of the data page: the analysis's
 * multiple-response sets, one shown at a time as `dostyq mrset` prints it
 * (for each answer the weighted percentage of respondents who chose it and
 * its share of all responses, each with its 95 % interval, the weighted
 * and the unweighted count), for the respondents the filter keeps. Sets
 * are defined in DqMrsetDialog and kept in the project with the analysis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-format.h"
#include "dq-mrset-dialog.h"
#include "dq-mrset-page.h"
#include "dq-table-column.h"

/* The table's columns after the answer's. */
typedef enum
{
  COLUMN_RESPONDENTS,
  COLUMN_RESPONDENTS_INTERVAL,
  COLUMN_RESPONSES,
  COLUMN_RESPONSES_INTERVAL,
  COLUMN_WEIGHTED,
  COLUMN_UNWEIGHTED,
  N_COLUMNS
} Column;

struct _DqMrsetPage
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkLabel      *method_label;
  GtkDropDown   *set_dropdown;
  GtkStringList *set_names;
  GtkStack      *stack;
  GtkStringList *table_rows;
  GtkColumnView *table_view;
  GtkLabel      *title_label;

  /* Owned */
  DqAnalysis    *analysis;
  DqSurveyData  *data;
  DqMrset       *set;
  DqMrsetTable  *table;

  /* Set while the drop-down gets new names, so that the first name it
   * selects is not taken as a choice. */
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (DqMrsetPage, dq_mrset_page, GTK_TYPE_WIDGET)

static void
update_actions (DqMrsetPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mrset.define", self->data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mrset.remove", self->set != NULL);
}

/* The table */

static char *
describe_cell (const DqMrsetCategory *category,
               Column                 column)
{
  DqLanguage language = dq_language_get_default ();

  switch (column)
    {
    case COLUMN_RESPONDENTS:
      return dq_format_number (category->respondent_percent, 1, language);
    case COLUMN_RESPONDENTS_INTERVAL:
      return dq_format_interval (category->respondent_low, category->respondent_high, 1, language);
    case COLUMN_RESPONSES:
      return dq_format_number (category->response_percent, 1, language);
    case COLUMN_RESPONSES_INTERVAL:
      return dq_format_interval (category->response_low, category->response_high, 1, language);
    case COLUMN_WEIGHTED:
      return dq_format_number (category->weighted, 1, language);
    case COLUMN_UNWEIGHTED:
      return dq_format_number (category->n, 0, language);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
on_cell_bind_cb (DqMrsetPage              *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  guint row = g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)),
                                NULL, 10);
  int column = dq_table_column_get_column (GTK_LIST_ITEM_FACTORY (factory));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  const DqMrsetCategory *category;

  if (self->table == NULL || row >= self->table->n_categories)
    return;

  category = &self->table->categories[row];
  if (column < 0)
    {
      g_autofree char *markup = NULL;

      if (category->label == NULL || g_strcmp0 (category->label, category->value) == 0)
        markup = g_markup_escape_text (category->value, -1);
      else
        markup = g_markup_printf_escaped ("%s <span alpha=\"60%%\">(%s)</span>",
                                          category->label, category->value);
      gtk_label_set_markup (label, markup);
    }
  else
    {
      g_autofree char *text = describe_cell (category, column);

      gtk_label_set_text (label, text);
    }
}

/* Says which respondents the table counts and how, under it. */
static char *
describe_method (DqMrsetPage *self)
{
  DqLanguage language = dq_language_get_default ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *filter = dq_filter_describe (dq_analysis_get_filter (self->analysis));
  g_autofree char *n = dq_format_number (self->table->n_respondents, 0, language);
  g_autofree char *left_out = dq_format_number (self->table->n_left_out, 0, language);
  const char *weight = dq_analysis_get_weight (self->analysis);

  if (weight != NULL)
    g_string_append_printf (text, _("Weighted by %s"), weight);
  else
    g_string_append (text, _("Not weighted"));
  g_string_append (text, " · ");
  g_string_append_printf (text, _("%s respondents with a response, %s without"), n, left_out);
  if (filter != NULL)
    g_string_append_printf (text, " · %s", filter);
  g_string_append (text, "\n");
  g_string_append (text, _("Respondents may choose several answers, so the percentages of "
                           "respondents add up to more than 100. The 95 % intervals come "
                           "from linearised standard errors, as R’s survey package computes "
                           "them for a design with weights only."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
clear_table (DqMrsetPage *self)
{
  g_clear_pointer (&self->table, dq_mrset_table_free);
  gtk_string_list_splice (self->table_rows, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->table_rows)), NULL);
  dq_table_column_clear (self->table_view);
}

/* Computes the table of the set chosen again: after an edit, a change of
 * the weight, the missing codes or the filter, or another set. */
static void
recompute (DqMrsetPage *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  const char *titles[N_COLUMNS] = {
    _("Respondents, %"), _("95 % CI"), _("Responses, %"), _("95 % CI"),
    _("Weighted"), _("Unweighted"),
  };

  clear_table (self);
  update_actions (self);

  if (self->set == NULL || self->data == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "table");

  text = dq_mrset_dup_text (self->set);
  /* Translators: %s is a set as the command line writes it, e.g.
   * "langs = speaks_kk, speaks_ru: 1" */
  title = g_strdup_printf (_("Multiple-response set %s"), text);
  self->table = dq_analysis_compute_mrset (self->analysis, self->data, self->set, &error);
  if (self->table == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s\n%s", title, error->message);

      gtk_label_set_text (self->title_label, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "error");
      gtk_label_set_text (self->method_label, "");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "error");
  gtk_label_set_text (self->title_label, title);
  {
    g_autofree char *method = describe_method (self);

    gtk_label_set_text (self->method_label, method);
  }

  /* Translators: the column of the answers of a multiple-response set */
  dq_table_column_append (self->table_view, _("Answer"), -1, G_CALLBACK (on_cell_bind_cb), self);
  for (int c = 0; c < N_COLUMNS; c++)
    dq_table_column_append (self->table_view, titles[c], c, G_CALLBACK (on_cell_bind_cb), self);
  for (guint i = 0; i < self->table->n_categories; i++)
    g_ptr_array_add (keys, g_strdup_printf ("%u", i));
  g_ptr_array_add (keys, NULL);
  gtk_string_list_splice (self->table_rows, 0, 0, (const char * const *) keys->pdata);
}

/* The sets */

static DqMrset *
lookup_set (DqMrsetPage *self,
            const char  *name,
            guint       *index)
{
  GListModel *sets = self->analysis != NULL ? dq_analysis_get_mrsets (self->analysis) : NULL;

  for (guint i = 0; name != NULL && sets != NULL && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (sets, i);

      if (g_str_equal (dq_mrset_get_name (set), name))
        {
          if (index != NULL)
            *index = i;
          return set;
        }
    }

  return NULL;
}

/* Fills the drop-down with the analysis's sets, choosing @name when there
 * is such a set and the first otherwise. */
static void
fill_sets (DqMrsetPage *self,
           const char  *name)
{
  GListModel *sets = self->analysis != NULL ? dq_analysis_get_mrsets (self->analysis) : NULL;
  guint n = sets != NULL ? g_list_model_get_n_items (sets) : 0;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (sets, i);

      if (g_strcmp0 (dq_mrset_get_name (set), name) == 0)
        selected = i;
      g_ptr_array_add (names, g_strdup (dq_mrset_get_name (set)));
    }
  g_ptr_array_add (names, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->set_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->set_names)),
                          (const char * const *) names->pdata);
  if (n > 0)
    gtk_drop_down_set_selected (self->set_dropdown, selected);
  self->updating = FALSE;

  if (n > 0)
    {
      g_autoptr(DqMrset) set = g_list_model_get_item (sets, selected);

      g_set_object (&self->set, set);
    }
  else
    g_clear_object (&self->set);
}

static void
on_set_dropdown_notify_selected_cb (DqMrsetPage *self,
                                    GParamSpec  *pspec,
                                    GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  if (self->updating || item == NULL)
    return;

  g_set_object (&self->set, lookup_set (self, gtk_string_object_get_string (item), NULL));
  recompute (self);
}

static void
on_dialog_define_cb (DqMrsetPage   *self,
                     DqMrset       *set,
                     DqMrsetDialog *dialog)
{
  if (self->analysis == NULL)
    return;

  /* The analysis changes, and the data page shows the page again; the new
   * set is the one chosen. */
  g_set_object (&self->set, set);
  dq_analysis_add_mrset (self->analysis, set);
  dq_mrset_page_select (self, dq_mrset_get_name (set));
}

static void
define_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqMrsetPage *self = DQ_MRSET_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  DqMrsetDialog *dialog;

  if (self->data == NULL)
    return;

  dialog = dq_mrset_dialog_new (self->data);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "define", G_CALLBACK (on_dialog_define_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqMrsetPage *self = DQ_MRSET_PAGE (widget);
  guint index;

  if (self->set != NULL &&
      lookup_set (self, dq_mrset_get_name (self->set), &index) != NULL)
    {
      g_clear_object (&self->set);
      dq_analysis_remove_mrset (self->analysis, index);
    }
}

static void
dq_mrset_page_dispose (GObject *object)
{
  DqMrsetPage *self = DQ_MRSET_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_MRSET_PAGE);
  g_clear_object (&self->analysis);
  g_clear_object (&self->data);
  g_clear_object (&self->set);

  G_OBJECT_CLASS (dq_mrset_page_parent_class)->dispose (object);
}

static void
dq_mrset_page_finalize (GObject *object)
{
  DqMrsetPage *self = DQ_MRSET_PAGE (object);

  g_clear_pointer (&self->table, dq_mrset_table_free);

  G_OBJECT_CLASS (dq_mrset_page_parent_class)->finalize (object);
}

static void
dq_mrset_page_class_init (DqMrsetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_mrset_page_dispose;
  object_class->finalize = dq_mrset_page_finalize;

  gtk_widget_class_install_action (widget_class, "mrset.define", NULL, define_action);
  gtk_widget_class_install_action (widget_class, "mrset.remove", NULL, remove_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-mrset-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, method_label);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, set_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, set_names);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, table_rows);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, table_view);
  gtk_widget_class_bind_template_child (widget_class, DqMrsetPage, title_label);
  gtk_widget_class_bind_template_callback (widget_class, on_set_dropdown_notify_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mrsetpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_mrset_page_init (DqMrsetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * dq_mrset_page_new:
 *
 * Returns: (transfer full): a new, empty page
 */
GtkWidget *
dq_mrset_page_new (void)
{
  return g_object_new (DQ_TYPE_MRSET_PAGE, NULL);
}

/**
 * dq_mrset_page_show:
 * @self: a #DqMrsetPage
 * @analysis: (nullable): the analysis whose sets, weight, missing codes and
 *   filter the page follows
 * @data: (nullable): the survey data
 *
 * Shows the sets of @analysis, keeping the one chosen while it exists, and
 * computes its table again. The data page calls it after every change.
 */
void
dq_mrset_page_show (DqMrsetPage  *self,
                    DqAnalysis   *analysis,
                    DqSurveyData *data)
{
  g_autofree char *name = NULL;

  g_return_if_fail (DQ_IS_MRSET_PAGE (self));
  g_return_if_fail (analysis == NULL || DQ_IS_ANALYSIS (analysis));
  g_return_if_fail (data == NULL || DQ_IS_SURVEY_DATA (data));

  name = self->set != NULL ? g_strdup (dq_mrset_get_name (self->set)) : NULL;
  g_set_object (&self->analysis, analysis);
  g_set_object (&self->data, data);
  fill_sets (self, name);
  recompute (self);
}

/**
 * dq_mrset_page_get_set:
 * @self: a #DqMrsetPage
 *
 * Returns: (transfer none) (nullable): the set shown
 */
DqMrset *
dq_mrset_page_get_set (DqMrsetPage *self)
{
  g_return_val_if_fail (DQ_IS_MRSET_PAGE (self), NULL);

  return self->set;
}

/**
 * dq_mrset_page_get_table:
 * @self: a #DqMrsetPage
 *
 * Returns: (transfer none) (nullable): the table shown, or %NULL when
 *   there is no set or it cannot be computed
 */
const DqMrsetTable *
dq_mrset_page_get_table (DqMrsetPage *self)
{
  g_return_val_if_fail (DQ_IS_MRSET_PAGE (self), NULL);

  return self->table;
}

/**
 * dq_mrset_page_select:
 * @self: a #DqMrsetPage
 * @name: the name of one of the analysis's sets
 */
void
dq_mrset_page_select (DqMrsetPage *self,
                      const char  *name)
{
  g_return_if_fail (DQ_IS_MRSET_PAGE (self));
  g_return_if_fail (name != NULL);

  fill_sets (self, name);
  recompute (self);
}
