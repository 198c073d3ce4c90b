/* dq-crosstab-export.h
 *
 * A crosstab as the window shows it, with its tests, written out for a
 * spreadsheet (tab-separated text or CSV) or a word processor (HTML).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-crosstab.h"
#include "dq-types.h"

G_BEGIN_DECLS

/**
 * DqCrosstabPercent:
 * @DQ_CROSSTAB_PERCENT_COLUMN: shares of each column's respondents
 * @DQ_CROSSTAB_PERCENT_ROW: shares of each row's respondents
 * @DQ_CROSSTAB_PERCENT_TOTAL: shares of all respondents of the table
 *
 * Which percentages a table shows.
 */
typedef enum
{
  DQ_CROSSTAB_PERCENT_COLUMN,
  DQ_CROSSTAB_PERCENT_ROW,
  DQ_CROSSTAB_PERCENT_TOTAL,
} DqCrosstabPercent;

double    dq_crosstab_get_percent        (DqCrosstab        *table,
                                          DqCrosstabPercent  percent,
                                          guint              row,
                                          guint              column);
gboolean  dq_crosstab_percent_from_nick  (const char        *nick,
                                          DqCrosstabPercent *percent);
const char *dq_crosstab_percent_to_nick  (DqCrosstabPercent  percent);
char     *dq_crosstab_to_tsv             (DqCrosstab        *table,
                                          DqCrosstabPercent  percent,
                                          DqLanguage         language) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_crosstab_to_csv             (DqCrosstab        *table,
                                          DqCrosstabPercent  percent) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_crosstab_to_html            (DqCrosstab        *table,
                                          DqCrosstabPercent  percent,
                                          DqLanguage         language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
