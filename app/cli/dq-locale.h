/* dq-locale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void dq_locale_setup (void);

G_END_DECLS
