/* dq-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dq-application.h"
#include "dq-dataset.h"
#include "dq-project.h"
#include "dq-recovery.h"

G_BEGIN_DECLS

#define DQ_TYPE_WINDOW (dq_window_get_type ())

G_DECLARE_FINAL_TYPE (DqWindow, dq_window, DQ, WINDOW, AdwApplicationWindow)

DqWindow     *dq_window_new              (DqApplication *application) G_GNUC_WARN_UNUSED_RESULT;
AdwViewStack *dq_window_get_stack        (DqWindow      *self);
GtkWidget    *dq_window_get_page         (DqWindow      *self,
                                          const char    *name);
void          dq_window_show_toast       (DqWindow      *self,
                                          const char    *message);
DqDataset    *dq_window_get_dataset      (DqWindow      *self);
DqProject    *dq_window_get_project      (DqWindow      *self);
void          dq_window_set_project      (DqWindow      *self,
                                          DqProject     *project);
void          dq_window_open_dataset     (DqWindow      *self,
                                          GFile         *file);
void          dq_window_open_project     (DqWindow      *self,
                                          GFile         *file);
gboolean      dq_window_open_file        (DqWindow      *self,
                                          GFile         *file);
gboolean      dq_window_save_project     (DqWindow      *self,
                                          GFile         *file,
                                          GError       **error);
gboolean      dq_window_export_data      (DqWindow      *self,
                                          GFile         *file,
                                          gsize         *n_written,
                                          GError       **error);
void          dq_window_import_data      (DqWindow      *self,
                                          GFile         *file);
void          dq_window_offer_recovery   (DqWindow      *self);
DqRecovery   *dq_window_get_recovery     (DqWindow      *self);

G_END_DECLS
