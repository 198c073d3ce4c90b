/* dq-collate.h
 *
 * The order of text categories as a reader of the language expects it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dq-types.h"

G_BEGIN_DECLS

char *dq_collate_key (const char *text,
                      DqLanguage  language) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
