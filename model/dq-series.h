/* dq-series.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-figure.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_SERIES (dq_series_get_type ())

G_DECLARE_FINAL_TYPE (DqSeries, dq_series, DQ, SERIES, GObject)

const char   *dq_series_get_id      (DqSeries *self);
const DqText *dq_series_get_name    (DqSeries *self);
const char   *dq_series_get_country (DqSeries *self);
const char   *dq_series_get_kind    (DqSeries *self);
const int    *dq_series_get_years   (DqSeries *self,
                                     guint    *n_years);
const DqText *dq_series_get_note    (DqSeries *self);
GListModel   *dq_series_get_figures (DqSeries *self);
DqFigure     *dq_series_lookup      (DqSeries   *self,
                                     const char *group_id,
                                     int         year,
                                     DqUnit      unit);

G_END_DECLS
