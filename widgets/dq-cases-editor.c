/* dq-cases-editor.c
 *
 * The analysis's filter and recodes as a researcher edits them: each
 * condition and each recode a chip with a remove button, and an entry that
 * adds one, written as on the command line. A text that does not read is
 * shown under the entries, and stays in its entry to be corrected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cases-editor.h"

struct _DqCasesEditor
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkLabel     *error_label;
  GtkFlowBox   *filter_box;
  GtkEntry     *filter_entry;
  GtkFlowBox   *recode_box;
  GtkEntry     *recode_entry;

  /* Owned */
  DqAnalysis   *analysis;
  GSignalGroup *filter_signals;
  GSignalGroup *recode_signals;
};

enum {
  PROP_0,
  PROP_ANALYSIS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqCasesEditor, dq_cases_editor, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
show_error (DqCasesEditor *self,
            const GError  *error)
{
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
on_remove_clicked_cb (GtkButton     *button,
                      DqCasesEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dq-index"));
  gboolean recode = g_object_get_data (G_OBJECT (button), "dq-recode") != NULL;

  if (self->analysis == NULL)
    return;

  if (recode)
    dq_analysis_remove_recode (self->analysis, index);
  else
    dq_filter_remove (dq_analysis_get_filter (self->analysis), index);
}

/* A chip: the text, and a button that removes it. */
static GtkWidget *
make_chip (DqCasesEditor *self,
           const char    *text,
           guint          index,
           gboolean       recode)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *description = NULL;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  description = recode ? g_strdup_printf (_("Remove the recode %s"), text)
                       : g_strdup_printf (_("Remove the condition %s"), text);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  g_object_set_data (G_OBJECT (button), "dq-index", GUINT_TO_POINTER (index));
  if (recode)
    g_object_set_data (G_OBJECT (button), "dq-recode", GINT_TO_POINTER (1));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "card");

  return box;
}

static void
clear_box (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

static void
rebuild_filter (DqCasesEditor *self)
{
  DqFilter *filter;

  clear_box (self->filter_box);
  if (self->analysis == NULL)
    return;

  filter = dq_analysis_get_filter (self->analysis);
  for (guint i = 0; i < dq_filter_get_n_conditions (filter); i++)
    {
      g_autofree char *text = dq_filter_dup_text (filter, i);

      gtk_flow_box_append (self->filter_box, make_chip (self, text, i, FALSE));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->filter_box), dq_filter_get_n_conditions (filter) > 0);
}

static void
rebuild_recodes (DqCasesEditor *self)
{
  GListModel *recodes;

  clear_box (self->recode_box);
  if (self->analysis == NULL)
    return;

  recodes = dq_analysis_get_recodes (self->analysis);
  for (guint i = 0; i < g_list_model_get_n_items (recodes); i++)
    {
      g_autoptr(DqRecode) recode = g_list_model_get_item (recodes, i);
      g_autofree char *text = dq_recode_dup_text (recode);

      gtk_flow_box_append (self->recode_box, make_chip (self, text, i, TRUE));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recode_box), g_list_model_get_n_items (recodes) > 0);
}

static void
on_filter_entry_activate_cb (DqCasesEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));

  if (self->analysis == NULL || *text == '\0')
    return;

  if (dq_filter_add_text (dq_analysis_get_filter (self->analysis), text, &error))
    gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
  show_error (self, error);
}

static void
on_recode_entry_activate_cb (DqCasesEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqRecode) recode = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->recode_entry));

  if (self->analysis == NULL || *text == '\0')
    return;

  recode = dq_recode_new_from_text (text, &error);
  if (recode != NULL)
    {
      dq_analysis_add_recode (self->analysis, recode);
      gtk_editable_set_text (GTK_EDITABLE (self->recode_entry), "");
    }
  show_error (self, error);
}

static void
dq_cases_editor_dispose (GObject *object)
{
  DqCasesEditor *self = DQ_CASES_EDITOR (object);
  GtkWidget *child;

  if (self->filter_signals != NULL)
    g_signal_group_set_target (self->filter_signals, NULL);
  if (self->recode_signals != NULL)
    g_signal_group_set_target (self->recode_signals, NULL);
  g_clear_object (&self->filter_signals);
  g_clear_object (&self->recode_signals);
  g_clear_object (&self->analysis);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_CASES_EDITOR);
  /* The rows of the template have no name to be disposed by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dq_cases_editor_parent_class)->dispose (object);
}

static void
dq_cases_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DqCasesEditor *self = DQ_CASES_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_cases_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DqCasesEditor *self = DQ_CASES_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      dq_cases_editor_set_analysis (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_cases_editor_class_init (DqCasesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_cases_editor_dispose;
  object_class->get_property = dq_cases_editor_get_property;
  object_class->set_property = dq_cases_editor_set_property;

  /**
   * DqCasesEditor:analysis:
   *
   * The analysis whose filter and recodes are edited.
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, DQ_TYPE_ANALYSIS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-cases-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DqCasesEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, DqCasesEditor, filter_box);
  gtk_widget_class_bind_template_child (widget_class, DqCasesEditor, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, DqCasesEditor, recode_box);
  gtk_widget_class_bind_template_child (widget_class, DqCasesEditor, recode_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recode_entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "caseseditor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_cases_editor_init (DqCasesEditor *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->filter_signals = g_signal_group_new (DQ_TYPE_FILTER);
  g_signal_group_connect_object (self->filter_signals, "changed", G_CALLBACK (rebuild_filter),
                                 self, G_CONNECT_SWAPPED);
  self->recode_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->recode_signals, "items-changed",
                                 G_CALLBACK (rebuild_recodes), self, G_CONNECT_SWAPPED);
  rebuild_filter (self);
  rebuild_recodes (self);
}

/**
 * dq_cases_editor_new:
 *
 * Returns: (transfer full): a new editor, without an analysis
 */
GtkWidget *
dq_cases_editor_new (void)
{
  return g_object_new (DQ_TYPE_CASES_EDITOR, NULL);
}

/**
 * dq_cases_editor_get_analysis:
 * @self: a #DqCasesEditor
 *
 * Returns: (transfer none) (nullable): the analysis edited
 */
DqAnalysis *
dq_cases_editor_get_analysis (DqCasesEditor *self)
{
  g_return_val_if_fail (DQ_IS_CASES_EDITOR (self), NULL);

  return self->analysis;
}

/**
 * dq_cases_editor_set_analysis:
 * @self: a #DqCasesEditor
 * @analysis: (nullable): the analysis to edit
 */
void
dq_cases_editor_set_analysis (DqCasesEditor *self,
                              DqAnalysis    *analysis)
{
  g_return_if_fail (DQ_IS_CASES_EDITOR (self));
  g_return_if_fail (analysis == NULL || DQ_IS_ANALYSIS (analysis));

  if (!g_set_object (&self->analysis, analysis))
    return;

  g_signal_group_set_target (self->filter_signals,
                             analysis != NULL ? dq_analysis_get_filter (analysis) : NULL);
  g_signal_group_set_target (self->recode_signals,
                             analysis != NULL ? dq_analysis_get_recodes (analysis) : NULL);
  show_error (self, NULL);
  rebuild_filter (self);
  rebuild_recodes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}
