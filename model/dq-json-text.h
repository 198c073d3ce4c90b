/* dq-json-text.h
 *
 * JSON text checked before and after json-glib parses it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How deep arrays and objects may nest; json-glib recurses once a level. */
#define DQ_JSON_MAX_DEPTH 64

gboolean dq_json_check_depth (const char  *data,
                              gsize        length,
                              guint        max_depth,
                              guint       *line);
gboolean dq_json_parse_text  (JsonParser  *parser,
                              const char  *data,
                              gsize        length,
                              const char  *filename,
                              GQuark       domain,
                              int          code,
                              GError     **error);

G_END_DECLS
