/* dq-centre.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-source.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

/**
 * DqStatement:
 * @text: a fact without a number
 * @source: where the document states it
 */
typedef struct
{
  DqText   *text;
  DqSource *source;
} DqStatement;

#define DQ_TYPE_CENTRE (dq_centre_get_type ())

G_DECLARE_FINAL_TYPE (DqCentre, dq_centre, DQ, CENTRE, GObject)

const char         *dq_centre_get_id           (DqCentre *self);
const DqText       *dq_centre_get_name         (DqCentre *self);
DqCentreKind        dq_centre_get_kind         (DqCentre *self);
const char * const *dq_centre_get_group_ids    (DqCentre *self);
const char         *dq_centre_get_place_id     (DqCentre *self);
GListModel         *dq_centre_get_founded      (DqCentre *self);
GListModel         *dq_centre_get_figures      (DqCentre *self);
guint               dq_centre_get_n_statements (DqCentre *self);
const DqStatement  *dq_centre_get_statement    (DqCentre *self,
                                                guint     index);
DqSource           *dq_centre_get_source       (DqCentre *self);

const char         *dq_centre_kind_to_string   (DqCentreKind  kind);
gboolean            dq_centre_kind_from_string (const char   *str,
                                                DqCentreKind *kind);

G_END_DECLS
