/* dq-group.h
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
 * DqTypology:
 * @type: "symbolic", "nominal", "expressive" or "valued"
 * @shift_to: (nullable): the type the document says the group is moving to
 * @source: where the document says so
 *
 * The type of a diaspora's network, as one document classifies it.
 */
typedef struct
{
  char     *type;
  char     *shift_to;
  DqSource *source;
} DqTypology;

/**
 * DqConcentration:
 * @places: ids of the places (mostly regions) where the group is concentrated
 * @source: where the document says so
 */
typedef struct
{
  GStrv     places;
  DqSource *source;
} DqConcentration;

#define DQ_TYPE_GROUP (dq_group_get_type ())

G_DECLARE_FINAL_TYPE (DqGroup, dq_group, DQ, GROUP, GObject)

const char            *dq_group_get_id                (DqGroup *self);
const DqText          *dq_group_get_name              (DqGroup *self);
const DqText          *dq_group_get_homeland          (DqGroup *self);
GListModel            *dq_group_get_populations       (DqGroup *self);
guint                  dq_group_get_n_typologies      (DqGroup *self);
const DqTypology      *dq_group_get_typology          (DqGroup *self,
                                                       guint    index);
guint                  dq_group_get_n_concentrations  (DqGroup *self);
const DqConcentration *dq_group_get_concentration     (DqGroup *self,
                                                       guint    index);

G_END_DECLS
