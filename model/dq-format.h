/* dq-format.h
 *
 * Numbers as each language writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-types.h"

G_BEGIN_DECLS

char     *dq_format_number        (double      value,
                                   int         decimals,
                                   DqLanguage  language) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_format_percent       (double      value,
                                   int         decimals,
                                   DqLanguage  language) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_format_interval      (double      low,
                                   double      high,
                                   int         decimals,
                                   DqLanguage  language) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_format_decimal       (double      value,
                                   int         decimals) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_format_exact         (double      value) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_format_figure_value  (DqFigure   *figure,
                                   DqLanguage  language) G_GNUC_WARN_UNUSED_RESULT;
gboolean  dq_csv_field_is_formula (const char *field);
void      dq_csv_append_field     (GString    *out,
                                   const char *field);

G_END_DECLS
