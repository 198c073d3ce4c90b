/* dq-escape.h
 *
 * Text from data made safe for where it is written: XML, a terminal, and
 * a label beside the program's own words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  dq_unichar_is_bidi_control (gunichar    c);
gboolean  dq_text_has_bidi_controls  (const char *text);
char     *dq_bidi_isolate            (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_escape_xml              (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_escape_terminal         (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
