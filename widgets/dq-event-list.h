/* dq-event-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-chart.h"

G_BEGIN_DECLS

#define DQ_TYPE_EVENT_LIST (dq_event_list_get_type ())

G_DECLARE_FINAL_TYPE (DqEventList, dq_event_list, DQ, EVENT_LIST, GtkWidget)

GtkWidget *dq_event_list_new      (void) G_GNUC_WARN_UNUSED_RESULT;
void       dq_event_list_set_chart (DqEventList *self,
                                    DqChart     *chart,
                                    DqLanguage   language);
guint      dq_event_list_get_n_events (DqEventList *self);

G_END_DECLS
