/* dq-figure-private.h
 *
 * Figures the model computes itself, rather than reads from a dataset, and
 * the one check of a figure's value, for loading and editing alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-figure.h"

G_BEGIN_DECLS

char     *_dq_figure_check_value  (DqFigure   *self,
                                   double      value) G_GNUC_WARN_UNUSED_RESULT;
DqFigure *_dq_figure_new_estimate (const char *id,
                                   DqText     *label,
                                   double      percent,
                                   const char *value_text,
                                   const char *country,
                                   const char *category,
                                   double      ci_low,
                                   double      ci_high,
                                   DqSource   *source) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
