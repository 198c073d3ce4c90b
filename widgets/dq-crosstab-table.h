/* dq-crosstab-table.h
 *
 * A crosstab in the window: its percentages (column, row or of all), the
 * counts, the tests of independence and the notes; copied to the clipboard
 * or saved as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-crosstab-export.h"
#include "dq-crosstab.h"

G_BEGIN_DECLS

#define DQ_TYPE_CROSSTAB_TABLE (dq_crosstab_table_get_type ())

G_DECLARE_FINAL_TYPE (DqCrosstabTable, dq_crosstab_table, DQ, CROSSTAB_TABLE, GtkWidget)

GtkWidget         *dq_crosstab_table_new          (void) G_GNUC_WARN_UNUSED_RESULT;
DqCrosstab        *dq_crosstab_table_get_crosstab (DqCrosstabTable   *self);
void               dq_crosstab_table_set_crosstab (DqCrosstabTable   *self,
                                                   DqCrosstab        *crosstab);
DqCrosstabPercent  dq_crosstab_table_get_percent  (DqCrosstabTable   *self);
void               dq_crosstab_table_set_percent  (DqCrosstabTable   *self,
                                                   DqCrosstabPercent  percent);
const char        *dq_crosstab_table_get_tests    (DqCrosstabTable   *self);
gboolean           dq_crosstab_table_save_csv     (DqCrosstabTable   *self,
                                                   GFile             *file,
                                                   GError           **error);

G_END_DECLS
