/* dq-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_DOCUMENT (dq_document_get_type ())

G_DECLARE_FINAL_TYPE (DqDocument, dq_document, DQ, DOCUMENT, GObject)

const char         *dq_document_get_id        (DqDocument *self);
const char         *dq_document_get_title     (DqDocument *self);
const char * const *dq_document_get_authors   (DqDocument *self);
const char         *dq_document_get_publisher (DqDocument *self);
int                 dq_document_get_year      (DqDocument *self);
const char         *dq_document_get_licence   (DqDocument *self);
const char         *dq_document_get_url       (DqDocument *self);
const char         *dq_document_get_file      (DqDocument *self);
gboolean            dq_document_is_table      (DqDocument *self);
const DqText       *dq_document_get_short     (DqDocument *self);
GListModel         *dq_document_get_figures   (DqDocument *self);

G_END_DECLS
