/* dq-cli-map.h
 *
 * The map's own options of `dostyq export`: which division of Kazakhstan
 * (--regions) and the choropleth of a group's share (--shares).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-map.h"

G_BEGIN_DECLS

int dq_cli_map_configure (DqMap      *map,
                          const char *regions,
                          gboolean    shares,
                          const char *group);

G_END_DECLS
