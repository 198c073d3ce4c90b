/* dq-escape.h
 *
 * Text from data made safe for where it is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dq_escape_xml (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
