/* dq-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DQ_TYPE_PREFERENCES_WINDOW (dq_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DqPreferencesWindow, dq_preferences_window, DQ, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

DqPreferencesWindow *dq_preferences_window_new (GSettings *settings) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
