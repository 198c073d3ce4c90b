/* dq-recovery.h
 *
 * Autosave and recovery: each window keeps its unsaved work in a slot of
 * its own, written a moment after each change, and a window that starts
 * offers back the work of a window that stopped without saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-project.h"

G_BEGIN_DECLS

/* At most this much work is lost if Dostyq stops without saving. */
#define DQ_RECOVERY_DELAY_SECONDS 2

#define DQ_TYPE_RECOVERY (dq_recovery_get_type ())

G_DECLARE_FINAL_TYPE (DqRecovery, dq_recovery, DQ, RECOVERY, GObject)

GFile      *dq_recovery_dup_default_directory (void) G_GNUC_WARN_UNUSED_RESULT;
DqRecovery *dq_recovery_new                   (GFile                *directory)
                                               G_GNUC_WARN_UNUSED_RESULT;
GFile      *dq_recovery_get_directory         (DqRecovery           *self);
GFile      *dq_recovery_get_file              (DqRecovery           *self);

void        dq_recovery_schedule              (DqRecovery           *self,
                                               DqProject            *project);
void        dq_recovery_cancel                (DqRecovery           *self);
void        dq_recovery_save_async            (DqRecovery           *self,
                                               DqProject            *project,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean    dq_recovery_save_finish           (DqRecovery           *self,
                                               GAsyncResult         *result,
                                               GError              **error);
gboolean    dq_recovery_flush                 (DqRecovery           *self,
                                               GError              **error);
void        dq_recovery_discard               (DqRecovery           *self);

GFile      *dq_recovery_claim_orphan          (DqRecovery           *self);
void        dq_recovery_adopt_orphan          (DqRecovery           *self);
void        dq_recovery_discard_orphan        (DqRecovery           *self);

G_END_DECLS
