/* dq-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int       dq_cli_run               (int         argc,
                                    char      **argv);
gboolean  dq_cli_is_command        (const char *name);
char     *dq_cli_describe_commands (void);

G_END_DECLS
