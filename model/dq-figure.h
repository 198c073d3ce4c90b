/* dq-figure.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dq-source.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_FIGURE (dq_figure_get_type ())

G_DECLARE_FINAL_TYPE (DqFigure, dq_figure, DQ, FIGURE, GObject)

const char   *dq_figure_get_id         (DqFigure   *self);
const DqText *dq_figure_get_label      (DqFigure   *self);
gboolean      dq_figure_has_value      (DqFigure   *self);
double        dq_figure_get_value      (DqFigure   *self);
void          dq_figure_set_value      (DqFigure   *self,
                                        double      value);
const char   *dq_figure_get_value_text (DqFigure   *self);
DqUnit        dq_figure_get_unit       (DqFigure   *self);
DqBound       dq_figure_get_bound      (DqFigure   *self);
int           dq_figure_get_year       (DqFigure   *self);
const char   *dq_figure_get_country    (DqFigure   *self);
const char   *dq_figure_get_group_id   (DqFigure   *self);
const char   *dq_figure_get_place_id   (DqFigure   *self);
const char   *dq_figure_get_category   (DqFigure   *self);
const char   *dq_figure_get_subject    (DqFigure   *self);
const DqText *dq_figure_get_subgroup   (DqFigure   *self);
DqSource     *dq_figure_get_source     (DqFigure   *self);
const DqText *dq_figure_get_note       (DqFigure   *self);
const DqText *dq_figure_get_gap        (DqFigure   *self);
gboolean      dq_figure_get_ci         (DqFigure   *self,
                                        double     *low,
                                        double     *high);
const char   *dq_figure_get_context    (DqFigure   *self);
gboolean      dq_figure_get_original   (DqFigure   *self,
                                        double     *value);
gboolean      dq_figure_is_corrected   (DqFigure   *self);
void          dq_figure_set_correction (DqFigure   *self,
                                        gint64      time,
                                        const char *author);
gint64        dq_figure_get_correction (DqFigure   *self,
                                        const char **author);
char         *dq_figure_dup_corrected_at (DqFigure *self) G_GNUC_WARN_UNUSED_RESULT;
const char   *dq_figure_get_corrected_by (DqFigure *self);

const char   *dq_unit_to_string        (DqUnit      unit);
const char   *dq_bound_to_string       (DqBound     bound);

G_END_DECLS
