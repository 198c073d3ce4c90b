/* dq-cli-output.h
 *
 * What the table-printing commands (crosstab, means) share: numbers in CSV,
 * padded columns of text, numbers and text in JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void  dq_cli_append_csv_number (GString     *out,
                                double       value,
                                int          decimals);
void  dq_cli_append_padded     (GString     *out,
                                const char  *text,
                                guint        width,
                                gboolean     right);
void  dq_cli_json_add_number   (JsonBuilder *builder,
                                const char  *name,
                                double       value);
void  dq_cli_json_add_string   (JsonBuilder *builder,
                                const char  *name,
                                const char  *value);
char *dq_cli_json_to_text      (JsonBuilder *builder) G_GNUC_WARN_UNUSED_RESULT;
int   dq_cli_check_format      (const char  *command,
                                const char  *format);
int   dq_cli_write_out         (const char  *command,
                                GString     *out);

G_END_DECLS
