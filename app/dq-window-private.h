/* dq-window-private.h
 *
 * What dq-window.c and dq-window-actions.c share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-chart-page.h"
#include "dq-lazy-page.h"
#include "dq-project.h"
#include "dq-recovery.h"
#include "dq-window.h"

G_BEGIN_DECLS

struct _DqWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets; each page is built in its slot when first needed. */
  DqLazyPage           *data_slot;
  DqLazyPage           *diasporas_slot;
  AdwHeaderBar         *header_bar;
  DqLazyPage           *map_slot;
  GMenu                *recent_menu;
  GtkWidget            *redo_button;
  DqLazyPage           *sources_slot;
  AdwViewStack         *stack;
  DqLazyPage           *survey_slot;
  AdwViewSwitcherBar   *switcher_bar;
  AdwSqueezer          *title_squeezer;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *undo_button;
  GtkWidget            *wide_title;
  AdwWindowTitle       *wide_window_title;
  AdwWindowTitle       *window_title;

  /* Owned */
  GSettings            *settings;
  DqProject            *project;
  GSignalGroup         *project_signals;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  DqRecovery           *recovery;
  /* Set once the user has answered "Save changes?" on closing. */
  gboolean              close_confirmed;
};

void _dq_window_actions_init   (DqWindowClass *klass);
GtkWidget   *_dq_window_get_visible_page (DqWindow *self);
DqChartPage *_dq_window_get_survey_page  (DqWindow *self);
void _dq_window_actions_update (DqWindow      *self);
void _dq_window_follow_editor_name (DqWindow *self);
void _dq_window_show_error     (DqWindow      *self,
                                const char    *heading,
                                const char    *body);
void _dq_window_ask_to_save    (DqWindow      *self);
void _dq_window_confirm_open   (DqWindow      *self,
                                GFile         *file,
                                gboolean       project);

void       _dq_window_files_init       (DqWindowClass *klass);
void       _dq_window_files_setup      (DqWindow      *self);
gboolean   _dq_window_open_files       (DqWindow      *self,
                                        GSList        *files);
void       _dq_window_add_recent       (DqWindow      *self,
                                        GFile         *file);
GPtrArray *_dq_window_dup_recent_files (DqWindow      *self);

G_END_DECLS
