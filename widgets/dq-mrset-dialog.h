/* dq-mrset-dialog.h
 *
 * Defines a multiple-response set from the survey's variables.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-mrset.h"
#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_TYPE_MRSET_DIALOG (dq_mrset_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DqMrsetDialog, dq_mrset_dialog, DQ, MRSET_DIALOG, AdwWindow)

DqMrsetDialog *dq_mrset_dialog_new             (DqSurveyData  *data) G_GNUC_WARN_UNUSED_RESULT;
void           dq_mrset_dialog_set_name        (DqMrsetDialog *self,
                                                const char    *name);
void           dq_mrset_dialog_set_counted     (DqMrsetDialog *self,
                                                const char    *counted);
gboolean       dq_mrset_dialog_select_variable (DqMrsetDialog *self,
                                                const char    *name,
                                                gboolean       selected);
DqMrset       *dq_mrset_dialog_dup_set         (DqMrsetDialog *self,
                                                GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
