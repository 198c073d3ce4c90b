/* dq-crosstab-counter.h
 *
 * A crosstab counted a window of respondents at a time, for a file too
 * large to be worth keeping whole when only its table is wanted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-crosstab.h"

G_BEGIN_DECLS

typedef struct _DqCrosstabCounter DqCrosstabCounter;

DqCrosstabCounter *dq_crosstab_counter_new    (const char         *row_variable,
                                               const char         *column_variable,
                                               const char         *weight_variable,
                                               const double       *missing_codes,
                                               guint               n_missing_codes)
                                               G_GNUC_WARN_UNUSED_RESULT;
void               dq_crosstab_counter_free   (DqCrosstabCounter  *self);
gboolean           dq_crosstab_counter_add    (DqCrosstabCounter  *self,
                                               DqSurveyData       *window,
                                               const guint8       *include,
                                               GError            **error);
DqCrosstab        *dq_crosstab_counter_finish (DqCrosstabCounter  *self,
                                               GError            **error)
                                               G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqCrosstabCounter, dq_crosstab_counter_free)

G_END_DECLS
