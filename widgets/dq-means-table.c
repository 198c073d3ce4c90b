/* dq-means-table.c
 *
 * The Means page of the data page: the weighted mean of the question in
 * each group of the By variable and of all respondents, with its 95 %
 * interval, n, weighted n and effective n; or why there is none (a
 * question that is not numeric).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-format.h"
#include "dq-means-table.h"
#include "dq-text.h"

/* The table's columns after the group's. */
typedef enum
{
  COLUMN_MEAN,
  COLUMN_INTERVAL,
  COLUMN_N,
  COLUMN_WEIGHTED_N,
  COLUMN_EFFECTIVE_N,
  N_COLUMNS
} Column;

struct _DqMeansTable
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkBox        *box;
  GtkStringList *means_rows;
  GtkColumnView *means_view;
  GtkLabel      *method_label;
  GtkLabel      *title_label;

  /* Owned */
  DqMeans       *means;
};

enum {
  PROP_0,
  PROP_MEANS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqMeansTable, dq_means_table, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean first = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), first ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), first);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (!first)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static char *
describe_group (DqMeans *means,
                guint    group)
{
  const char *value = dq_means_get_group_value (means, group);
  const char *label = dq_means_get_group_label (means, group);

  if (group == dq_means_get_n_groups (means))
    return g_markup_printf_escaped ("<b>%s</b>", value);
  if (label == NULL || g_strcmp0 (label, value) == 0)
    return g_markup_escape_text (value, -1);

  return g_markup_printf_escaped ("%s <span alpha=\"60%%\">(%s)</span>", label, value);
}

static char *
describe_cell (DqMeans *means,
               guint    group,
               Column   column)
{
  DqLanguage language = dq_language_get_default ();
  double low, high;
  g_autofree char *l = NULL;
  g_autofree char *h = NULL;

  switch (column)
    {
    case COLUMN_MEAN:
      return dq_format_number (dq_means_get_mean (means, group), 2, language);
    case COLUMN_INTERVAL:
      dq_means_get_interval (means, group, &low, &high);
      l = dq_format_number (low, 2, language);
      h = dq_format_number (high, 2, language);
      return isnan (low) ? g_strdup (l) : g_strdup_printf ("%s–%s", l, h);
    case COLUMN_N:
      return dq_format_number (dq_means_get_n (means, group), 0, language);
    case COLUMN_WEIGHTED_N:
      return dq_format_number (dq_means_get_weighted_n (means, group), 1, language);
    case COLUMN_EFFECTIVE_N:
      return dq_format_number (dq_means_get_effective_n (means, group), 1, language);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
on_cell_bind_cb (DqMeansTable             *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  guint group = g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)),
                                  NULL, 10);
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "dq-column"));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  if (self->means == NULL || group > dq_means_get_n_groups (self->means))
    return;

  if (column < 0)
    {
      g_autofree char *markup = describe_group (self->means, group);

      gtk_label_set_markup (label, markup);
    }
  else
    {
      g_autofree char *text = describe_cell (self->means, group, column);

      gtk_label_set_text (label, text);
    }
}

static void
add_column (DqMeansTable *self,
            const char   *title,
            int           column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "dq-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (column < 0));
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind_cb), self,
                           G_CONNECT_SWAPPED);
  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (column < 0)
    gtk_column_view_column_set_fixed_width (view_column, 260);
  gtk_column_view_append_column (self->means_view, view_column);
}

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
rebuild (DqMeansTable *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->means_rows));

  clear_columns (self->means_view);
  if (self->means != NULL)
    {
      const char *by = dq_means_get_group_variable (self->means);

      add_column (self, by != NULL ? by : "", -1);
      add_column (self, _("Mean"), COLUMN_MEAN);
      add_column (self, _("95 % CI"), COLUMN_INTERVAL);
      add_column (self, _("n"), COLUMN_N);
      add_column (self, _("Weighted n"), COLUMN_WEIGHTED_N);
      add_column (self, _("Effective n"), COLUMN_EFFECTIVE_N);
      for (guint g = 0; g <= dq_means_get_n_groups (self->means); g++)
        g_ptr_array_add (keys, g_strdup_printf ("%u", g));
    }
  g_ptr_array_add (keys, NULL);
  gtk_string_list_splice (self->means_rows, 0, n_old, (const char * const *) keys->pdata);
}

static void
dq_means_table_dispose (GObject *object)
{
  DqMeansTable *self = DQ_MEANS_TABLE (object);

  g_clear_object (&self->means);
  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_MEANS_TABLE);

  G_OBJECT_CLASS (dq_means_table_parent_class)->dispose (object);
}

static void
dq_means_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DqMeansTable *self = DQ_MEANS_TABLE (object);

  switch (prop_id)
    {
    case PROP_MEANS:
      g_value_set_object (value, self->means);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_means_table_class_init (DqMeansTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_means_table_dispose;
  object_class->get_property = dq_means_table_get_property;

  /**
   * DqMeansTable:means:
   *
   * The means shown, or %NULL.
   */
  properties[PROP_MEANS] =
    g_param_spec_object ("means", NULL, NULL, DQ_TYPE_MEANS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dostyq/Dostyq/dq-means-table.ui");
  gtk_widget_class_bind_template_child (widget_class, DqMeansTable, box);
  gtk_widget_class_bind_template_child (widget_class, DqMeansTable, means_rows);
  gtk_widget_class_bind_template_child (widget_class, DqMeansTable, means_view);
  gtk_widget_class_bind_template_child (widget_class, DqMeansTable, method_label);
  gtk_widget_class_bind_template_child (widget_class, DqMeansTable, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meanstable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_means_table_init (DqMeansTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dq_means_table_new:
 *
 * Returns: (transfer full): a new, empty table
 */
GtkWidget *
dq_means_table_new (void)
{
  return g_object_new (DQ_TYPE_MEANS_TABLE, NULL);
}

/**
 * dq_means_table_get_means:
 * @self: a #DqMeansTable
 *
 * Returns: (transfer none) (nullable): the means shown
 */
DqMeans *
dq_means_table_get_means (DqMeansTable *self)
{
  g_return_val_if_fail (DQ_IS_MEANS_TABLE (self), NULL);

  return self->means;
}

/**
 * dq_means_table_set_means:
 * @self: a #DqMeansTable
 * @means: (nullable): the means to show
 * @error: (nullable): why there are none, shown instead
 *
 * Shows @means, or the reason there are none.
 */
void
dq_means_table_set_means (DqMeansTable *self,
                          DqMeans      *means,
                          const GError *error)
{
  g_return_if_fail (DQ_IS_MEANS_TABLE (self));
  g_return_if_fail (means == NULL || DQ_IS_MEANS (means));

  if (g_set_object (&self->means, means))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEANS]);

  rebuild (self);
  if (means != NULL)
    {
      const char *by = dq_means_get_group_variable (means);
      g_autofree char *title = by != NULL
                               ? g_strdup_printf (_("Mean of %s by %s"),
                                                  dq_means_get_variable (means), by)
                               : g_strdup_printf (_("Mean of %s"), dq_means_get_variable (means));

      gtk_label_set_text (self->title_label, title);
      gtk_label_set_text (self->method_label, dq_means_describe_method ());
    }
  else
    {
      gtk_label_set_text (self->title_label, error != NULL ? error->message : "");
      gtk_label_set_text (self->method_label, "");
    }
}
