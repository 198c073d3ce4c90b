/* dq-means-table.h
 *
 * Weighted means of the question by group in the window, with their
 * intervals and counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-means.h"

G_BEGIN_DECLS

#define DQ_TYPE_MEANS_TABLE (dq_means_table_get_type ())

G_DECLARE_FINAL_TYPE (DqMeansTable, dq_means_table, DQ, MEANS_TABLE, GtkWidget)

GtkWidget *dq_means_table_new       (void) G_GNUC_WARN_UNUSED_RESULT;
DqMeans   *dq_means_table_get_means (DqMeansTable *self);
void       dq_means_table_set_means (DqMeansTable *self,
                                     DqMeans      *means,
                                     const GError *error);

G_END_DECLS
