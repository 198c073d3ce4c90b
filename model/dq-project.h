/* dq-project.h
 *
 * A researcher's piece of work: the dataset (bundled or a file), the survey
 * file they imported with how it was read, their edits with the history to
 * undo and redo them, and the analysis and chart they were looking at. It
 * saves to a `.dostyq` file (JSON, described in the README under
 * “Project files”), and to the text of a recovery file that is offered
 * back after a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-analysis.h"
#include "dq-crosstab-export.h"
#include "dq-dataset.h"
#include "dq-edit-history.h"
#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_PROJECT_ERROR (dq_project_error_quark ())

/**
 * DqProjectError:
 * @DQ_PROJECT_ERROR_FORMAT: the file is not a project, or is malformed
 * @DQ_PROJECT_ERROR_VERSION: the project was written by a newer version
 * @DQ_PROJECT_ERROR_MISSING_FILE: a file the project refers to cannot be read
 * @DQ_PROJECT_ERROR_EDIT: an edit does not apply: no such figure, variable or
 *   row, or the value there is not the one the project expects
 * @DQ_PROJECT_ERROR_VALUE: a value typed into the data table cannot be
 *   stored in that variable
 */
typedef enum
{
  DQ_PROJECT_ERROR_FORMAT,
  DQ_PROJECT_ERROR_VERSION,
  DQ_PROJECT_ERROR_MISSING_FILE,
  DQ_PROJECT_ERROR_EDIT,
  DQ_PROJECT_ERROR_VALUE,
} DqProjectError;

GQuark dq_project_error_quark (void);

/* Larger project files are refused rather than read into memory. */
#define DQ_PROJECT_MAX_FILE_SIZE (64 * 1024 * 1024)

#define DQ_TYPE_PROJECT (dq_project_get_type ())

G_DECLARE_FINAL_TYPE (DqProject, dq_project, DQ, PROJECT, GObject)

DqProject    *dq_project_new                  (DqDataset     *dataset,
                                               GFile         *dataset_file) G_GNUC_WARN_UNUSED_RESULT;
DqProject    *dq_project_load                 (GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
DqProject    *dq_project_load_from_data       (const char    *data,
                                               gsize          length,
                                               GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      dq_project_save                 (DqProject     *self,
                                               GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error);
char         *dq_project_to_json              (DqProject     *self,
                                               GFile         *base) G_GNUC_WARN_UNUSED_RESULT;

/* Recovery after a crash */
char         *dq_project_to_recovery_json     (DqProject     *self) G_GNUC_WARN_UNUSED_RESULT;
DqProject    *dq_project_load_recovery        (GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* What it holds */
GFile        *dq_project_get_file             (DqProject     *self);
gboolean      dq_project_get_modified         (DqProject     *self);
DqDataset    *dq_project_get_dataset          (DqProject     *self);
GFile        *dq_project_get_dataset_file     (DqProject     *self);
DqSurveyData *dq_project_get_data             (DqProject     *self);
GFile        *dq_project_get_data_file        (DqProject     *self);
const char   *dq_project_get_encoding         (DqProject     *self);
guint         dq_project_get_delimiter        (DqProject     *self);
void          dq_project_set_data             (DqProject     *self,
                                               DqSurveyData  *data,
                                               GFile         *data_file,
                                               const char    *encoding,
                                               guint          delimiter);

/* The analysis of the imported data */
DqAnalysis   *dq_project_get_analysis         (DqProject     *self);

/* What the window was showing */
const char   *dq_project_get_page             (DqProject     *self);
void          dq_project_set_page             (DqProject     *self,
                                               const char    *page);
const char   *dq_project_get_chart_id         (DqProject     *self);
void          dq_project_set_chart_id         (DqProject     *self,
                                               const char    *chart_id);
DqCrosstabPercent dq_project_get_percent      (DqProject     *self);
void          dq_project_set_percent          (DqProject     *self,
                                               DqCrosstabPercent percent);
const char * const *dq_project_get_missing_texts (DqProject  *self);
void          dq_project_set_missing_texts    (DqProject     *self,
                                               const char * const *texts);
const char   *dq_project_get_author           (DqProject     *self);
void          dq_project_set_author           (DqProject     *self,
                                               const char    *author);

/* Edits, with their history */
gboolean      dq_project_edit_figure          (DqProject     *self,
                                               const char    *figure_id,
                                               double         value,
                                               GError       **error);
gboolean      dq_project_edit_data            (DqProject     *self,
                                               guint          variable,
                                               gsize          row,
                                               const char    *text,
                                               GError       **error);
DqEditHistory *dq_project_get_history         (DqProject     *self);
guint         dq_project_get_n_edits          (DqProject     *self);
guint         dq_project_count_corrected_values (DqProject   *self);
gboolean      dq_project_get_data_correction  (DqProject     *self,
                                               const char    *variable,
                                               gsize          row,
                                               const char   **original,
                                               gint64        *time,
                                               const char   **author);
gboolean      dq_project_get_can_undo         (DqProject     *self);
gboolean      dq_project_get_can_redo         (DqProject     *self);
gboolean      dq_project_undo                 (DqProject     *self);
gboolean      dq_project_redo                 (DqProject     *self);

G_END_DECLS
