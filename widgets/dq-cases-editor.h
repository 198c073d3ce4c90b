/* dq-cases-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dq-analysis.h"

G_BEGIN_DECLS

#define DQ_TYPE_CASES_EDITOR (dq_cases_editor_get_type ())

G_DECLARE_FINAL_TYPE (DqCasesEditor, dq_cases_editor, DQ, CASES_EDITOR, GtkWidget)

GtkWidget  *dq_cases_editor_new          (void) G_GNUC_WARN_UNUSED_RESULT;
DqAnalysis *dq_cases_editor_get_analysis (DqCasesEditor *self);
void        dq_cases_editor_set_analysis (DqCasesEditor *self,
                                          DqAnalysis    *analysis);

G_END_DECLS
