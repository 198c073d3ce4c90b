/* dq-map-private.h
 *
 * Hooks for tests and benchmarks, not for the widget or the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-map.h"
#include "dq-map-viewport.h"
#include "dq-projection.h"

G_BEGIN_DECLS

void _dq_map_set_extra_centres (DqMap   *self,
                                guint    n_centres,
                                guint32  seed);

gboolean _dq_map_filter_passes  (DqMapFilter        *self,
                                 const char         *kind,
                                 const DqText       *name,
                                 DqPlace            *place,
                                 const char * const *groups);
gboolean _dq_map_filter_relates (DqMapFilter        *self,
                                 const char * const *groups);

void _dq_map_viewport_compute  (DqMapViewport *self,
                                double         left,
                                double         top,
                                DqViewport    *view);

G_END_DECLS
