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
#include "dq-table-column.h"
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

  switch (column)
    {
    case COLUMN_MEAN:
      return dq_format_number (dq_means_get_mean (means, group), 2, language);
    case COLUMN_INTERVAL:
      dq_means_get_interval (means, group, &low, &high);
      return dq_format_interval (low, high, 2, language);
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
  int column = dq_table_column_get_column (GTK_LIST_ITEM_FACTORY (factory));
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
rebuild (DqMeansTable *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->means_rows));

  dq_table_column_clear (self->means_view);
  if (self->means != NULL)
    {
      const char *by = dq_means_get_group_variable (self->means);

      const char *titles[N_COLUMNS] = {
        _("Mean"), _("95 % CI"), _("n"), _("Weighted n"), _("Effective n"),
      };

      dq_table_column_append (self->means_view, by != NULL ? by : "", -1,
                              G_CALLBACK (on_cell_bind_cb), self);
      for (int c = 0; c < N_COLUMNS; c++)
        dq_table_column_append (self->means_view, titles[c], c, G_CALLBACK (on_cell_bind_cb), self);
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
