/* dq-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-centre.h"
#include "dq-source.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_EVENT (dq_event_get_type ())

G_DECLARE_FINAL_TYPE (DqEvent, dq_event, DQ, EVENT, GObject)

const char         *dq_event_get_id          (DqEvent *self);
const DqText       *dq_event_get_name        (DqEvent *self);
const char         *dq_event_get_kind        (DqEvent *self);
const char         *dq_event_get_place_id    (DqEvent *self);
void                dq_event_get_date        (DqEvent *self,
                                              int     *year,
                                              int     *month,
                                              int     *day);
void                dq_event_get_end_date    (DqEvent *self,
                                              int     *year,
                                              int     *month,
                                              int     *day);
const char         *dq_event_get_country     (DqEvent *self);
const char         *dq_event_get_centre_id   (DqEvent *self);
const char * const *dq_event_get_group_ids   (DqEvent *self);
const DqText       *dq_event_get_description (DqEvent *self);
GListModel         *dq_event_get_figures     (DqEvent *self);
guint               dq_event_get_n_statements (DqEvent *self);
const DqStatement  *dq_event_get_statement   (DqEvent *self,
                                              guint    index);
DqSource           *dq_event_get_source      (DqEvent *self);

const char * const *dq_event_kind_list       (void);

G_END_DECLS
