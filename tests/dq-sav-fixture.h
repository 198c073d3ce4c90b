/* dq-sav-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The number of respondents of the file dq_sav_fixture_write() writes. */
#define DQ_SAV_FIXTURE_N_CASES 8

char *dq_sav_fixture_write (const char *dir,
                            const char *name) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
