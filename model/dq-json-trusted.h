/* dq-json-trusted.h
 *
 * A JSON parser for text that the build has already checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *dq_json_parse_trusted (const char *data,
                                 gsize       length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
