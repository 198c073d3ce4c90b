/* dq-table-column.h
 *
 * The columns of the window's small tables of statistics (means,
 * multiple-response sets): a first column of wrapped labels, then numbers
 * aligned right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void dq_table_column_append     (GtkColumnView *view,
                                 const char    *title,
                                 int            column,
                                 GCallback      bind_cb,
                                 gpointer       instance);
int  dq_table_column_get_column (GtkListItemFactory *factory);
void dq_table_column_clear      (GtkColumnView *view);

G_END_DECLS
