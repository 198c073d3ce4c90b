/* dq-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-application.h"
#include "dq-dataset.h"

G_BEGIN_DECLS

#define DQ_TYPE_WINDOW (dq_window_get_type ())

G_DECLARE_FINAL_TYPE (DqWindow, dq_window, DQ, WINDOW, AdwApplicationWindow)

DqWindow     *dq_window_new        (DqApplication *application) G_GNUC_WARN_UNUSED_RESULT;
AdwViewStack *dq_window_get_stack  (DqWindow      *self);
void          dq_window_show_toast (DqWindow      *self,
                                    const char    *message);
DqDataset    *dq_window_get_dataset  (DqWindow    *self);
void          dq_window_set_dataset  (DqWindow    *self,
                                      DqDataset   *dataset);
void          dq_window_open_dataset (DqWindow    *self,
                                      GFile       *file);

G_END_DECLS
