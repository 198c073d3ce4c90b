/* dq-table-column.c
 *
 * The columns of the window's small tables of statistics: each cell is a
 * label, the first column's wrapped and aligned left, the others' numbers
 * aligned right in tabular figures. What a cell shows is its table's
 * business, told by the column's number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include "dq-table-column.h"

/* The first column's width, wide enough for a group's or an answer's label. */
#define FIRST_COLUMN_WIDTH 250

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean first = dq_table_column_get_column (GTK_LIST_ITEM_FACTORY (factory)) < 0;

  gtk_label_set_xalign (GTK_LABEL (label), first ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), first);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (!first)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/**
 * dq_table_column_append:
 * @view: a column view
 * @title: the column's heading
 * @column: the table's number for the column, or -1 for the first column
 *   of labels
 * @bind_cb: the "bind" handler, called as (@instance, item, factory)
 * @instance: the table, which must outlive the column or disconnect it
 *
 * Appends a resizable column of labels to @view.
 */
void
dq_table_column_append (GtkColumnView *view,
                        const char    *title,
                        int            column,
                        GCallback      bind_cb,
                        gpointer       instance)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (instance));

  g_object_set_data (G_OBJECT (factory), "dq-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), NULL);
  g_signal_connect_object (factory, "bind", bind_cb, instance, G_CONNECT_SWAPPED);
  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (column < 0)
    gtk_column_view_column_set_fixed_width (view_column, FIRST_COLUMN_WIDTH);
  gtk_column_view_append_column (view, view_column);
}

/**
 * dq_table_column_get_column:
 * @factory: the factory of a column dq_table_column_append() made
 *
 * Returns: the table's number for the column, -1 for the first
 */
int
dq_table_column_get_column (GtkListItemFactory *factory)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "dq-column"));
}

/**
 * dq_table_column_clear:
 * @view: a column view
 *
 * Removes every column of @view.
 */
void
dq_table_column_clear (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}
