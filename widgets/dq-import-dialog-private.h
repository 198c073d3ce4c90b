/* dq-import-dialog-private.h
 *
 * The import dialog's parts share its struct through here: reading and the
 * summary in dq-import-dialog.c, the variables and preview tabs in
 * dq-import-dialog-variables.c, the weight and missing-code controls in
 * dq-import-dialog-weights.c. Its tests read what it shows through the
 * getters at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-import-dialog.h"
#include "dq-survey-reader.h"
#include "dq-text.h"

G_BEGIN_DECLS

struct _DqImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkStack            *content_stack;
  GtkStringList       *delimiter_list;
  AdwComboRow         *delimiter_row;
  GtkStringList       *encoding_list;
  AdwComboRow         *encoding_row;
  GtkLabel            *error_hint_label;
  GtkLabel            *error_label;
  GtkLabel            *file_label;
  GtkColumnViewColumn *label_column;
  GtkLabel            *missing_label;
  AdwEntryRow         *missing_row;
  GtkLabel            *preview_label;
  GtkStringList       *preview_rows;
  GtkColumnView       *preview_view;
  GtkSpinner          *spinner;
  GtkLabel            *summary_label;
  GListStore          *variables_store;
  GtkStringList       *weight_list;
  AdwComboRow         *weight_row;
  GtkImage            *weight_warning;

  /* Owned */
  GFile               *file;
  GCancellable        *cancellable;
  DqSurveyData        *data;
  /* The reader of the data shown, with its counts of values. */
  DqSurveyReader      *reader;
  char                *error;
  char                *encoding;
  char                *detected_encoding;
  char                *weight;
  GArray              *missing_codes;
  GPtrArray           *missing_texts;
  /* The values behind the encoding and delimiter drop-downs, which grow
   * when a caller asks for one they do not list. */
  GPtrArray           *encoding_values;
  GArray              *delimiter_values;

  guint                delimiter;
  guint                detected_delimiter;
  DqSurveyFormat       format;
  DqLanguage           language;
  /* Set while the dialog itself changes a drop-down. */
  guint                updating;
  guint                is_csv : 1;
  guint                loading : 1;
  guint                weight_chosen : 1;
  guint                encoding_guessed : 1;
  guint                missing_valid : 1;
};

void        _dq_import_dialog_update_actions         (DqImportDialog *self);
char       *_dq_import_dialog_format_count           (DqImportDialog *self,
                                                      gsize           count)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void        _dq_import_dialog_set_weight_internal    (DqImportDialog *self,
                                                      const char     *weight);

void        _dq_import_dialog_rebuild_variables      (DqImportDialog *self);
void        _dq_import_dialog_rebuild_preview        (DqImportDialog *self);

void        _dq_import_dialog_rebuild_weights        (DqImportDialog *self);
void        _dq_import_dialog_update_weight_check    (DqImportDialog *self);
guint       _dq_import_dialog_find_weight_position   (DqImportDialog *self,
                                                      const char     *name);
void        _dq_import_dialog_update_missing         (DqImportDialog *self,
                                                      const char     *text);

guint       _dq_import_dialog_get_detected_delimiter (DqImportDialog *self);
const char *_dq_import_dialog_get_summary            (DqImportDialog *self);
const char *_dq_import_dialog_get_weight_note        (DqImportDialog *self);
const char *_dq_import_dialog_get_missing_note       (DqImportDialog *self);
const char *_dq_import_dialog_get_encoding_note      (DqImportDialog *self);
const char *_dq_import_dialog_get_preview_note       (DqImportDialog *self);
guint       _dq_import_dialog_get_n_preview_rows     (DqImportDialog *self);
guint       _dq_import_dialog_get_n_preview_columns  (DqImportDialog *self);
char       *_dq_import_dialog_dup_cell_text          (DqImportDialog *self,
                                                      guint           row,
                                                      guint           variable)
                                                      G_GNUC_WARN_UNUSED_RESULT;
void        _dq_import_dialog_set_missing_text       (DqImportDialog *self,
                                                      const char     *text);

G_END_DECLS
