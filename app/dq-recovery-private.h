/* dq-recovery-private.h
 *
 * What the tests of DqRecovery look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-recovery.h"

G_BEGIN_DECLS

GThread *_dq_recovery_get_writer_thread (DqRecovery *self);

G_END_DECLS
