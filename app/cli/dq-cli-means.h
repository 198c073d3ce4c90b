/* dq-cli-means.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int dq_cli_means_run (int    argc,
                      char **argv);

G_END_DECLS
