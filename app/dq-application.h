/* dq-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DQ_TYPE_APPLICATION (dq_application_get_type ())

G_DECLARE_FINAL_TYPE (DqApplication, dq_application, DQ, APPLICATION, AdwApplication)

DqApplication *dq_application_new          (void) G_GNUC_WARN_UNUSED_RESULT;
void           dq_application_skip_unused_gl (void);
GSettings     *dq_application_get_settings (DqApplication *self);
const char    *dq_application_get_dataset_path (DqApplication *self);

G_END_DECLS
