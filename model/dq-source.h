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

DqSource     *dq_source_new             (const char   *document_id,
                                         const char   *quote) G_GNUC_WARN_UNUSED_RESULT;
DqSource     *dq_source_new_table       (const char   *document_id,
                                         const char   *publisher,
                                         const char   *title,
                                         const char   *table,
                                         const char   *url,
                                         const char   *retrieved,
                                         const char   *row,
                                         const char   *column) G_GNUC_WARN_UNUSED_RESULT;
const char   *dq_source_get_document_id (DqSource     *self);
const char   *dq_source_get_quote       (DqSource     *self);
gboolean      dq_source_is_table        (DqSource     *self);
const char   *dq_source_get_publisher   (DqSource     *self);
const char   *dq_source_get_title       (DqSource     *self);
const char   *dq_source_get_table       (DqSource     *self);
const char   *dq_source_get_url         (DqSource     *self);
const char   *dq_source_get_retrieved   (DqSource     *self);
const char   *dq_source_get_row         (DqSource     *self);
const char   *dq_source_get_column      (DqSource     *self);
const double *dq_source_get_sum_of      (DqSource     *self,
                                         guint        *n_terms);
gboolean      dq_source_is_derived      (DqSource     *self);
char         *dq_source_dup_citation    (DqSource     *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
