/* dq-place.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_PLACE (dq_place_get_type ())

G_DECLARE_FINAL_TYPE (DqPlace, dq_place, DQ, PLACE, GObject)

const char   *dq_place_get_id              (DqPlace *self);
const DqText *dq_place_get_name            (DqPlace *self);
const char   *dq_place_get_country         (DqPlace *self);
const char   *dq_place_get_kind            (DqPlace *self);
gboolean      dq_place_is_located          (DqPlace *self);
double        dq_place_get_latitude        (DqPlace *self);
double        dq_place_get_longitude       (DqPlace *self);
const char   *dq_place_get_hasc            (DqPlace *self);
const char   *dq_place_get_region_id       (DqPlace *self);
const char   *dq_place_get_location_source (DqPlace *self);

G_END_DECLS
