/* dq-map-private.h
 *
 * Hooks for tests and benchmarks, not for the widget or the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-map.h"

G_BEGIN_DECLS

void _dq_map_set_extra_centres (DqMap   *self,
                                guint    n_centres,
                                guint32  seed);

G_END_DECLS
