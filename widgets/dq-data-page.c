/* dq-data-page.c
 *
 * The researcher's own survey file: a weighted crosstab of a question by a
 * grouping variable with confidence intervals, its chart, and the
 * respondents' values, which can be corrected in place. Everything shown
 * follows the project: an edit, or its undoing, recomputes the table and
 * redraws the chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-chart-page.h"
#include "dq-cases-editor.h"
#include "dq-crosstab-table.h"
#include "dq-crosstab.h"
#include "dq-data-page.h"
#include "dq-format.h"
#include "dq-means-table.h"
#include "dq-mrset-page.h"
#include "dq-recent-list.h"
#include "dq-respondent-list.h"

/* The data table shows this many variables at most: a column view with
 * thousands of columns would be unusable and slow. */
#define MAX_TABLE_VARIABLES 200

struct _DqDataPage
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkDropDown      *chart_dropdown;
  DqChartPage      *chart_page;
  GtkDropDown      *column_dropdown;
  GtkStack         *content_stack;
  DqCasesEditor    *cases_editor;
  DqCrosstabTable  *crosstab_table;
  DqMeansTable     *means_table;
  GtkEntry         *missing_entry;
  DqMrsetPage      *mrset_page;
  GtkNoSelection   *respondents_selection;
  GtkColumnView    *respondents_view;
  GtkDropDown      *row_dropdown;
  GtkLabel         *status_label;
  GtkStack         *view_stack;
  GtkDropDown      *weight_dropdown;

  /* Owned */
  DqProject        *project;
  GSignalGroup     *project_signals;
  /* The project's analysis, which the controls are bound to. */
  GBindingGroup    *analysis_bindings;
  GSignalGroup     *analysis_signals;
  DqSurveyData     *data;
  DqCrosstab       *crosstab;
  /* The source of the chart shown, whose source line counts the
   * project's corrections. */
  DqChartSource    *chart_source;
  /* The respondent whose value changed last, until the project records
   * the edit: their row is bound again then, to say who corrected it. */
  gsize             changed_row;
  /* The variable behind each choice of the drop-downs; NULL for "none". */
  GPtrArray        *row_choices;
  GPtrArray        *column_choices;
  GPtrArray        *weight_choices;
  /* The analysis's recodes, which are choices of row and column too. */
  GSignalGroup     *recode_signals;
  GtkLabel         *filter_label;

  /* Set while the drop-downs get new choices, so that the first choice
   * they select is not written to the analysis. */
  gboolean          updating;
};

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CROSSTAB,
  N_PROPS
};

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqDataPage, dq_data_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
toast (DqDataPage *self,
       const char *message)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}

static char *
describe_variable (DqSurveyData *data,
                   guint         variable)
{
  const char *name = dq_survey_data_get_name (data, variable);
  const char *label = dq_survey_data_get_label (data, variable);

  if (label == NULL || *label == '\0' || g_str_equal (label, name))
    return g_strdup (name);

  return g_strdup_printf ("%s — %s", name, label);
}

/* The controls */

static void
fill_dropdown (GtkDropDown  *dropdown,
               GPtrArray    *choices,
               DqSurveyData *data,
               const char   *none_label,
               gboolean      numeric_only,
               GListModel   *recodes)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  g_ptr_array_set_size (choices, 0);
  if (none_label != NULL)
    {
      gtk_string_list_append (strings, none_label);
      g_ptr_array_add (choices, NULL);
    }

  for (guint i = 0; data != NULL && i < dq_survey_data_get_n_variables (data); i++)
    {
      g_autofree char *text = NULL;

      if (numeric_only && dq_survey_data_get_kind (data, i) != DQ_VARIABLE_NUMERIC)
        continue;
      text = describe_variable (data, i);
      gtk_string_list_append (strings, text);
      g_ptr_array_add (choices, (gpointer) dq_survey_data_get_name (data, i));
    }

  /* Recoded variables come last, under names that outlive their recode. */
  for (guint i = 0; data != NULL && recodes != NULL && i < g_list_model_get_n_items (recodes); i++)
    {
      g_autoptr(DqRecode) recode = g_list_model_get_item (recodes, i);
      g_autofree char *text = g_strdup_printf ("%s — %s", dq_recode_get_name (recode),
                                               dq_recode_get_source (recode));

      gtk_string_list_append (strings, text);
      g_ptr_array_add (choices, (gpointer) g_intern_string (dq_recode_get_name (recode)));
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
}

static void
show_missing_codes (DqDataPage *self,
                    DqAnalysis *analysis)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const double *codes;
  guint n_codes;

  codes = dq_analysis_get_missing_codes (analysis, &n_codes);
  for (guint i = 0; i < n_codes; i++)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ascii_formatd (buffer, sizeof buffer, "%.15g", codes[i]));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->missing_entry), text->str);
  gtk_widget_remove_css_class (GTK_WIDGET (self->missing_entry), "error");
}

/* The chart drop-down: grouped, diverging, diverging reversed. */
static void
show_chart (DqDataPage *self,
            DqAnalysis *analysis)
{
  guint selected = 0;

  if (dq_analysis_get_chart (analysis) == DQ_ANALYSIS_CHART_DIVERGING)
    selected = dq_analysis_get_reverse (analysis) ? 2 : 1;

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->chart_dropdown, selected);
  self->updating = FALSE;
}

/* The variable behind each choice of a drop-down of variables. */
static GPtrArray *
dup_choices (GBinding *binding)
{
  g_autoptr(GObject) dropdown = g_binding_dup_target (binding);

  return g_ptr_array_ref (g_object_get_data (dropdown, "dq-choices"));
}

/* A drop-down of variables shows the analysis's variable; one the data
 * does not have shows as the first choice. */
static gboolean
name_to_selected (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  g_autoptr(GPtrArray) choices = dup_choices (binding);
  const char *name = g_value_get_string (from_value);
  guint selected = 0;

  for (guint i = 0; i < choices->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (choices, i), name) == 0)
        {
          selected = i;
          break;
        }
    }

  g_value_set_uint (to_value, selected);

  return TRUE;
}

static gboolean
selected_to_name (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  DqDataPage *self = user_data;
  g_autoptr(GPtrArray) choices = dup_choices (binding);
  guint selected = g_value_get_uint (from_value);

  if (self->updating || selected >= choices->len)
    return FALSE;

  g_value_set_string (to_value, g_ptr_array_index (choices, selected));

  return TRUE;
}

static void
bind_variable (DqDataPage  *self,
               const char  *property,
               GtkDropDown *dropdown,
               GPtrArray   *choices)
{
  g_object_set_data (G_OBJECT (dropdown), "dq-choices", choices);
  g_binding_group_bind_full (self->analysis_bindings, property, dropdown, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             name_to_selected, selected_to_name, self, NULL);
}

/* Shows the analysis in the drop-downs again, after they got new choices. */
static void
sync_variables (DqDataPage *self)
{
  g_autoptr(GObject) analysis = g_binding_group_dup_source (self->analysis_bindings);

  g_binding_group_set_source (self->analysis_bindings, NULL);
  g_binding_group_set_source (self->analysis_bindings, analysis);
}

/* A question worth tabulating first: one with value labels or text
 * answers, which is not the weight. */
static const char *
default_row_variable (DqSurveyData *data,
                      const char   *weight)
{
  guint n = dq_survey_data_get_n_variables (data);

  for (guint i = 0; i < n; i++)
    {
      const char *name = dq_survey_data_get_name (data, i);
      guint n_labels = 0;

      if (g_strcmp0 (name, weight) == 0)
        continue;
      dq_survey_data_get_value_labels (data, i, &n_labels);
      if (n_labels > 0 || dq_survey_data_get_kind (data, i) == DQ_VARIABLE_STRING)
        return name;
    }

  return n > 0 ? dq_survey_data_get_name (data, 0) : NULL;
}

static void
on_chart_dropdown_notify_selected_cb (DqDataPage  *self,
                                      GParamSpec  *pspec,
                                      GtkDropDown *dropdown)
{
  static const char * const names[] = { "grouped", "diverging", "diverging-reversed" };
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!self->updating && self->project != NULL && selected < G_N_ELEMENTS (names))
    dq_analysis_set_chart_name (dq_project_get_analysis (self->project), names[selected], NULL);
}

static void
on_missing_entry_activate_cb (DqDataPage *self,
                              GtkEntry   *entry)
{
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *bad = NULL;

  if (self->project == NULL)
    return;

  if (!dq_crosstab_parse_missing_codes (gtk_editable_get_text (GTK_EDITABLE (entry)), codes, &bad))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is what the user typed among the missing codes */
      message = g_strdup_printf (_("“%s” is not a number; give missing codes such as 8, 9"), bad);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      toast (self, message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  dq_analysis_set_missing_codes (dq_project_get_analysis (self->project),
                                 (const double *) (gpointer) codes->data, codes->len);
}

/* The percentages shown are kept in the project, to be shown again when
 * it is opened. */
static void
on_crosstab_table_notify_percent_cb (DqDataPage      *self,
                                     GParamSpec      *pspec,
                                     DqCrosstabTable *table)
{
  if (self->project != NULL)
    dq_project_set_percent (self->project, dq_crosstab_table_get_percent (table));
}

/* A message of the chart or of the crosstab for the window. */
static void
on_page_toast_cb (DqDataPage *self,
                  const char *message,
                  GtkWidget  *page)
{
  toast (self, message);
}

/* The crosstab */

static void
clear_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

static void
update_status (DqDataPage *self,
               GError     *error)
{
  DqLanguage language = dq_language_get_default ();
  g_autoptr(GString) status = g_string_new (dq_survey_data_get_source_name (self->data));
  g_autofree char *n_text = dq_format_number (dq_survey_data_get_n_rows (self->data), 0, language);
  const char *weight = dq_analysis_get_weight (dq_project_get_analysis (self->project));

  g_string_append (status, " · ");
  /* Translators: %s is a number of respondents */
  g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%s respondent", "%s respondents",
                                               dq_survey_data_get_n_rows (self->data)),
                          n_text);
  g_string_append (status, " · ");
  if (weight != NULL)
    /* Translators: %s is the name of the weight variable */
    g_string_append_printf (status, _("weighted by %s"), weight);
  else
    g_string_append (status, _("unweighted"));

  if (error != NULL)
    {
      g_string_append (status, "\n");
      g_string_append (status, error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }

  gtk_label_set_label (self->status_label, status->str);
}

/* The means of the question by the same groups, of the respondents the
 * filter keeps, when the question is numeric; the Means page says why not
 * otherwise. */
static void
update_means (DqDataPage *self,
              DqAnalysis *analysis)
{
  g_autoptr(DqSurveyData) prepared = NULL;
  g_autoptr(DqMeans) means = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *include = NULL;
  const double *codes;
  guint n_codes;

  codes = dq_analysis_get_missing_codes (analysis, &n_codes);
  if (dq_analysis_get_row_variable (analysis) != NULL)
    prepared = dq_analysis_prepare_cases (analysis, self->data, &include, &error);
  if (prepared != NULL)
    means = dq_means_new (prepared, dq_analysis_get_row_variable (analysis),
                          dq_analysis_get_column_variable (analysis),
                          dq_analysis_get_weight (analysis), codes, n_codes, include, &error);
  dq_means_table_set_means (self->means_table, means, error);
}

/* Says above the table which respondents it counts, so that a filtered
 * table is never read as one of everyone. */
static void
update_filter (DqDataPage *self,
               DqAnalysis *analysis)
{
  g_autofree char *description = dq_filter_describe (dq_analysis_get_filter (analysis));

  gtk_label_set_label (self->filter_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->filter_label), description != NULL);
}

/* Computes the crosstab and its chart again from the data and the
 * settings: one pass over the respondents. */
static void
recompute (DqDataPage *self)
{
  g_autoptr(DqCrosstab) crosstab = NULL;
  g_autoptr(DqChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  DqAnalysis *analysis;

  if (self->data == NULL)
    {
      g_clear_object (&self->crosstab);
      dq_crosstab_table_set_crosstab (self->crosstab_table, NULL);
      dq_means_table_set_means (self->means_table, NULL, NULL);
      dq_mrset_page_show (self->mrset_page, NULL, NULL);
      dq_chart_page_set_source (self->chart_page, NULL);
      g_clear_object (&self->chart_source);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CROSSTAB]);
      return;
    }

  gtk_stack_set_visible_child_name (self->content_stack, "data");

  /* No row variable yet is no table, and no error either. */
  analysis = dq_project_get_analysis (self->project);
  if (dq_analysis_get_row_variable (analysis) != NULL)
    crosstab = dq_analysis_compute (analysis, self->data, &error);
  if (crosstab != NULL)
    source = dq_analysis_chart_crosstab (analysis, crosstab, &error);
  if (source != NULL)
    dq_chart_source_set_n_corrected_values (source,
                                            dq_project_count_corrected_values (self->project));

  g_set_object (&self->crosstab, crosstab);

  update_status (self, error);
  update_filter (self, analysis);
  dq_crosstab_table_set_crosstab (self->crosstab_table, crosstab);
  update_means (self, analysis);
  dq_mrset_page_show (self->mrset_page, analysis, self->data);
  dq_chart_page_set_source (self->chart_page, source);
  g_set_object (&self->chart_source, source);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CROSSTAB]);
}

/* An edit was recorded, undone or redone. The data tell of a changed
 * value before the project records the edit, so the chart's count of
 * corrected values is brought up to date here; an edit of a figure
 * changes nothing. */
static void
on_project_notify_n_edits_cb (DqDataPage *self,
                              GParamSpec *pspec,
                              DqProject  *project)
{
  guint n_corrected;

  /* The row edited last says now who corrected it. */
  if (self->changed_row != G_MAXSIZE)
    {
      GListModel *respondents = gtk_no_selection_get_model (self->respondents_selection);

      if (DQ_IS_RESPONDENT_LIST (respondents))
        dq_respondent_list_row_changed (DQ_RESPONDENT_LIST (respondents), self->changed_row);
      self->changed_row = G_MAXSIZE;
    }

  if (self->chart_source == NULL)
    return;

  n_corrected = dq_project_count_corrected_values (project);
  if (n_corrected == dq_chart_source_get_n_corrected_values (self->chart_source))
    return;

  dq_chart_source_set_n_corrected_values (self->chart_source, n_corrected);
  dq_chart_page_set_source (self->chart_page, self->chart_source);
}

/* The respondents */

static void
on_value_editing_notify_cb (GtkEditableLabel *label,
                            GParamSpec       *pspec,
                            DqDataPage       *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "dq-list-item");
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "dq-variable"));
  g_autofree char *current = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize row;

  if (gtk_editable_label_get_editing (label) || self->data == NULL ||
      gtk_list_item_get_item (item) == NULL)
    return;

  row = dq_respondent_list_get_row (gtk_list_item_get_item (item));
  if (row >= dq_survey_data_get_n_rows (self->data))
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (label));
  current = dq_survey_data_dup_value_text (self->data, variable, row);
  if (g_str_equal (text, current))
    return;

  if (!dq_project_edit_data (self->project, variable, row, text, &error))
    {
      toast (self, error->message);
      gtk_editable_set_text (GTK_EDITABLE (label), current);
    }
}

/* "Corrected from “2” by Aigerim on 2026-12-06 11:05", or NULL for a
 * value as the file has it. */
static char *
describe_data_correction (DqDataPage *self,
                          guint       variable,
                          gsize       row)
{
  const char *original = NULL;
  const char *author = NULL;
  gint64 time = 0;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (self->project == NULL ||
      !dq_project_get_data_correction (self->project,
                                       dq_survey_data_get_name (self->data, variable), row,
                                       &original, &time, &author))
    return NULL;

  if (original == NULL)
    original = "";
  local = time != 0 ? g_date_time_new_from_unix_local (time) : NULL;
  when = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;
  if (when != NULL && author != NULL)
    /* Translators: "Corrected from “2” by Aigerim on 2026-12-06 11:05" */
    return g_strdup_printf (_("Corrected from “%s” by %s on %s"), original, author, when);
  if (when != NULL)
    /* Translators: "Corrected from “2” on 2026-12-06 11:05" */
    return g_strdup_printf (_("Corrected from “%s” on %s"), original, when);

  /* Translators: "Corrected from “2”", the value the file has */
  return g_strdup_printf (_("Corrected from “%s”"), original);
}

static void
on_value_setup_cb (DqDataPage               *self,
                   GtkListItem              *item,
                   GtkSignalListItemFactory *factory)
{
  GtkWidget *label = gtk_editable_label_new ("");
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "dq-variable"));

  g_object_set_data (G_OBJECT (label), "dq-list-item", item);
  g_object_set_data (G_OBJECT (label), "dq-variable", GUINT_TO_POINTER (variable));
  gtk_editable_set_width_chars (GTK_EDITABLE (label), 6);
  g_signal_connect_object (label, "notify::editing",
                           G_CALLBACK (on_value_editing_notify_cb), self, 0);
  gtk_list_item_set_child (item, label);
}

static void
on_value_bind_cb (DqDataPage               *self,
                  GtkListItem              *item,
                  GtkSignalListItemFactory *factory)
{
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "dq-variable"));
  GtkWidget *label = gtk_list_item_get_child (item);
  gsize row = dq_respondent_list_get_row (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;
  g_autofree char *correction = NULL;
  const char *value_label = NULL;

  if (self->data == NULL || row >= dq_survey_data_get_n_rows (self->data))
    return;

  text = dq_survey_data_dup_value_text (self->data, variable, row);
  gtk_editable_set_text (GTK_EDITABLE (label), text);

  if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_NUMERIC)
    {
      double value = dq_survey_data_get_numbers (self->data, variable)[row];

      value_label = dq_survey_data_lookup_value_label (self->data, variable, value);
    }

  /* A corrected value stands out, and says what the file has and who
   * corrected it when. */
  correction = describe_data_correction (self, variable, row);
  if (correction != NULL)
    {
      g_autofree char *tooltip = value_label != NULL
                                 ? g_strconcat (value_label, "\n", correction, NULL)
                                 : g_strdup (correction);

      gtk_widget_add_css_class (label, "accent");
      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else
    {
      gtk_widget_remove_css_class (label, "accent");
      gtk_widget_set_tooltip_text (label, value_label);
    }
}

static void
on_number_bind_cb (DqDataPage               *self,
                   GtkListItem              *item,
                   GtkSignalListItemFactory *factory)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
on_number_setup_cb (DqDataPage               *self,
                    GtkListItem              *item,
                    GtkSignalListItemFactory *factory)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
rebuild_respondents (DqDataPage *self)
{
  g_autoptr(DqRespondentList) respondents = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkColumnViewColumn) number_column = NULL;
  guint n_variables;

  clear_columns (self->respondents_view);

  if (self->data == NULL)
    {
      gtk_no_selection_set_model (self->respondents_selection, NULL);
      return;
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_number_setup_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_number_bind_cb), self,
                           G_CONNECT_SWAPPED);
  /* Translators: the column of respondents' numbers in the data table */
  number_column = gtk_column_view_column_new (_("No."), g_steal_pointer (&factory));
  gtk_column_view_append_column (self->respondents_view, number_column);

  n_variables = MIN (dq_survey_data_get_n_variables (self->data), MAX_TABLE_VARIABLES);
  for (guint i = 0; i < n_variables; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;

      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data (G_OBJECT (factory), "dq-variable", GUINT_TO_POINTER (i));
      g_signal_connect_object (factory, "setup", G_CALLBACK (on_value_setup_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_value_bind_cb), self,
                               G_CONNECT_SWAPPED);
      column = gtk_column_view_column_new (dq_survey_data_get_name (self->data, i),
                                           g_steal_pointer (&factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->respondents_view, column);
    }

  respondents = dq_respondent_list_new (self->data);
  gtk_no_selection_set_model (self->respondents_selection, G_LIST_MODEL (respondents));
}

/* The project */

/* An edit of a respondent's value, or its undoing. */
static void
on_data_value_changed_cb (DqDataPage   *self,
                          guint         variable,
                          guint64       row,
                          DqSurveyData *data)
{
  self->changed_row = row;
  recompute (self);
}

/* Follows the edits of @data; %FALSE when it is the data shown already. */
static gboolean
watch_data (DqDataPage   *self,
            DqSurveyData *data)
{
  if (self->data == data)
    return FALSE;

  if (self->data != NULL)
    g_signal_handlers_disconnect_by_func (self->data, on_data_value_changed_cb, self);
  g_set_object (&self->data, data);
  if (data != NULL)
    g_signal_connect_object (data, "value-changed", G_CALLBACK (on_data_value_changed_cb), self,
                             G_CONNECT_SWAPPED);

  return TRUE;
}

static void
fill_variables (DqDataPage   *self,
                DqSurveyData *data,
                DqAnalysis   *analysis)
{
  GListModel *recodes = dq_analysis_get_recodes (analysis);

  /* New models select their first item, which is not a choice made. */
  self->updating = TRUE;
  fill_dropdown (self->row_dropdown, self->row_choices, data, NULL, FALSE, recodes);
  fill_dropdown (self->column_dropdown, self->column_choices, data, _("All respondents"), FALSE,
                 recodes);
  fill_dropdown (self->weight_dropdown, self->weight_choices, data, _("No weight (unweighted)"),
                 TRUE, NULL);
  self->updating = FALSE;
  sync_variables (self);
}

static void
on_recodes_changed_cb (DqDataPage *self)
{
  if (self->project != NULL)
    fill_variables (self, dq_project_get_data (self->project),
                    dq_project_get_analysis (self->project));
}

/* Fills the controls for the data of @project. */
static void
show_data (DqDataPage *self,
           DqProject  *project)
{
  DqSurveyData *data = dq_project_get_data (project);
  DqAnalysis *analysis = dq_project_get_analysis (project);

  watch_data (self, data);

  /* New models select their first item, which is not a choice made. */
  fill_variables (self, data, analysis);
  rebuild_respondents (self);

  if (data != NULL && dq_analysis_get_row_variable (analysis) == NULL)
    {
      /* Something to look at at once; the researcher picks the question. */
      dq_analysis_set_row_variable (analysis,
                                    default_row_variable (data, dq_analysis_get_weight (analysis)));
    }
}

static void
on_project_notify_data_cb (DqDataPage *self,
                           GParamSpec *pspec,
                           DqProject  *project)
{
  if (dq_project_get_data (project) == self->data)
    return;

  /* Other data: whatever the settings, the table is computed again. */
  show_data (self, project);
  recompute (self);
}

/* Any setting of the analysis: the drop-downs of variables follow through
 * their bindings. */
static void
on_analysis_changed_cb (DqDataPage *self,
                        DqAnalysis *analysis)
{
  show_chart (self, analysis);
  show_missing_codes (self, analysis);
  recompute (self);
}

static void
dq_data_page_dispose (GObject *object)
{
  DqDataPage *self = DQ_DATA_PAGE (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);
  if (self->analysis_signals != NULL)
    g_signal_group_set_target (self->analysis_signals, NULL);
  g_clear_object (&self->analysis_signals);
  if (self->recode_signals != NULL)
    g_signal_group_set_target (self->recode_signals, NULL);
  g_clear_object (&self->recode_signals);
  if (self->analysis_bindings != NULL)
    g_binding_group_set_source (self->analysis_bindings, NULL);
  g_clear_object (&self->analysis_bindings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_DATA_PAGE);

  g_clear_object (&self->project);
  watch_data (self, NULL);
  g_clear_object (&self->crosstab);
  g_clear_object (&self->chart_source);

  G_OBJECT_CLASS (dq_data_page_parent_class)->dispose (object);
}

static void
dq_data_page_finalize (GObject *object)
{
  DqDataPage *self = DQ_DATA_PAGE (object);

  g_clear_pointer (&self->row_choices, g_ptr_array_unref);
  g_clear_pointer (&self->column_choices, g_ptr_array_unref);
  g_clear_pointer (&self->weight_choices, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_data_page_parent_class)->finalize (object);
}

static void
dq_data_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DqDataPage *self = DQ_DATA_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_CROSSTAB:
      g_value_set_object (value, self->crosstab);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_data_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DqDataPage *self = DQ_DATA_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      dq_data_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_data_page_class_init (DqDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_data_page_dispose;
  object_class->finalize = dq_data_page_finalize;
  object_class->get_property = dq_data_page_get_property;
  object_class->set_property = dq_data_page_set_property;

  /**
   * DqDataPage:project:
   *
   * The project whose imported data the page shows and edits.
   */
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, DQ_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqDataPage:crosstab:
   *
   * The table shown, computed again after every change.
   */
  properties[PROP_CROSSTAB] =
    g_param_spec_object ("crosstab", NULL, NULL, DQ_TYPE_CROSSTAB,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqDataPage::toast:
   * @self: the page
   * @message: what to tell the user
   */
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, cases_editor);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, chart_page);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, column_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, crosstab_table);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, means_table);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, missing_entry);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, mrset_page);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, respondents_selection);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, respondents_view);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, row_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DqDataPage, weight_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_crosstab_table_notify_percent_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_missing_entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "datapage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_data_page_init (DqDataPage *self)
{
  g_type_ensure (DQ_TYPE_CASES_EDITOR);
  g_type_ensure (DQ_TYPE_CHART_PAGE);
  g_type_ensure (DQ_TYPE_CROSSTAB_TABLE);
  g_type_ensure (DQ_TYPE_MEANS_TABLE);
  g_type_ensure (DQ_TYPE_MRSET_PAGE);
  g_type_ensure (DQ_TYPE_RECENT_LIST);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->changed_row = G_MAXSIZE;
  self->row_choices = g_ptr_array_new ();
  self->column_choices = g_ptr_array_new ();
  self->weight_choices = g_ptr_array_new ();

  self->project_signals = g_signal_group_new (DQ_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "notify::data",
                                 G_CALLBACK (on_project_notify_data_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->project_signals, "notify::n-edits",
                                 G_CALLBACK (on_project_notify_n_edits_cb), self,
                                 G_CONNECT_SWAPPED);

  self->recode_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->recode_signals, "items-changed",
                                 G_CALLBACK (on_recodes_changed_cb), self, G_CONNECT_SWAPPED);

  self->analysis_signals = g_signal_group_new (DQ_TYPE_ANALYSIS);
  g_signal_group_connect_object (self->analysis_signals, "changed",
                                 G_CALLBACK (on_analysis_changed_cb), self, G_CONNECT_SWAPPED);

  self->analysis_bindings = g_binding_group_new ();
  bind_variable (self, "row-variable", self->row_dropdown, self->row_choices);
  bind_variable (self, "column-variable", self->column_dropdown, self->column_choices);
  bind_variable (self, "weight", self->weight_dropdown, self->weight_choices);
}

GtkWidget *
dq_data_page_new (void)
{
  return g_object_new (DQ_TYPE_DATA_PAGE, NULL);
}

DqProject *
dq_data_page_get_project (DqDataPage *self)
{
  g_return_val_if_fail (DQ_IS_DATA_PAGE (self), NULL);

  return self->project;
}

/**
 * dq_data_page_set_project:
 * @self: a #DqDataPage
 * @project: (nullable): the project to show
 */
void
dq_data_page_set_project (DqDataPage *self,
                          DqProject  *project)
{
  g_return_if_fail (DQ_IS_DATA_PAGE (self));
  g_return_if_fail (project == NULL || DQ_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  g_signal_group_set_target (self->project_signals, project);
  g_signal_group_set_target (self->analysis_signals,
                             project != NULL ? dq_project_get_analysis (project) : NULL);
  g_signal_group_set_target (self->recode_signals,
                             project != NULL
                             ? dq_analysis_get_recodes (dq_project_get_analysis (project))
                             : NULL);
  dq_cases_editor_set_analysis (self->cases_editor,
                                project != NULL ? dq_project_get_analysis (project) : NULL);
  g_binding_group_set_source (self->analysis_bindings,
                              project != NULL ? dq_project_get_analysis (project) : NULL);

  if (project != NULL)
    {
      dq_crosstab_table_set_percent (self->crosstab_table, dq_project_get_percent (project));
      show_data (self, project);
      show_chart (self, dq_project_get_analysis (project));
      show_missing_codes (self, dq_project_get_analysis (project));
    }
  else
    watch_data (self, NULL);
  recompute (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * dq_data_page_get_crosstab:
 * @self: a #DqDataPage
 *
 * Returns: (transfer none) (nullable): the crosstab shown, or %NULL when
 *   there is no data or it cannot be computed
 */
DqCrosstab *
dq_data_page_get_crosstab (DqDataPage *self)
{
  g_return_val_if_fail (DQ_IS_DATA_PAGE (self), NULL);

  return self->crosstab;
}

/**
 * dq_data_page_get_chart_page:
 * @self: a #DqDataPage
 *
 * Returns: (transfer none): the page that charts the crosstab
 */
DqChartPage *
dq_data_page_get_chart_page (DqDataPage *self)
{
  g_return_val_if_fail (DQ_IS_DATA_PAGE (self), NULL);

  return self->chart_page;
}

/**
 * dq_data_page_get_respondents:
 * @self: a #DqDataPage
 *
 * Returns: (transfer none) (nullable): the rows of the data table
 */
GListModel *
dq_data_page_get_respondents (DqDataPage *self)
{
  g_return_val_if_fail (DQ_IS_DATA_PAGE (self), NULL);

  return gtk_no_selection_get_model (self->respondents_selection);
}

/**
 * dq_data_page_set_view:
 * @self: a #DqDataPage
 * @name: "table", "chart" or "respondents"
 */
void
dq_data_page_set_view (DqDataPage *self,
                       const char *name)
{
  g_return_if_fail (DQ_IS_DATA_PAGE (self));

  if (gtk_stack_get_child_by_name (self->view_stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->view_stack, name);
}
