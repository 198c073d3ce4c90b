/* dq-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_SOURCE (dq_source_get_type ())

G_DECLARE_FINAL_TYPE (DqSource, dq_source, DQ, SOURCE, GObject)

DqSource   *dq_source_new             (const char *document_id,
                                       const char *quote) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_source_get_document_id (DqSource   *self);
const char *dq_source_get_quote       (DqSource   *self);

G_END_DECLS
