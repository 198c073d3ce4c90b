/* dq-project-private.h
 *
 * What dq-project.c, the project's state and edits, and dq-project-io.c,
 * its reading and writing, share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dq-analysis.h"
#include "dq-crosstab-export.h"
#include "dq-json-reader.h"
#include "dq-edit-history.h"
#include "dq-project.h"

G_BEGIN_DECLS

typedef enum
{
  DQ_PROJECT_EDIT_FIGURE,
  DQ_PROJECT_EDIT_DATA,
} DqProjectEditKind;

/* One edit: enough to apply it, undo it and save it. */
typedef struct
{
  DqProjectEditKind  kind;

  /* DQ_PROJECT_EDIT_FIGURE; NaN stands for a gap. */
  char              *figure_id;
  double             value;
  double             previous;

  /* DQ_PROJECT_EDIT_DATA: the row from 0, and the values as
   * dq_survey_data_dup_value_text() gives them. */
  char              *variable;
  gsize              row;
  char              *text;
  char              *previous_text;

  /* When the edit was made, in seconds since 1970 (UTC; 0 when a project
   * of an older version did not say), and who made it (NULL when no name
   * was set in Preferences). */
  gint64             time;
  char              *author;
} DqProjectEdit;

struct _DqProject
{
  GObject        parent_instance;

  /* Owned */
  GFile         *file;
  DqDataset     *dataset;
  GFile         *dataset_file;
  DqSurveyData  *data;
  GFile         *data_file;
  char          *encoding;
  DqAnalysis    *analysis;
  char          *page;
  char          *chart_id;
  /* Answers the import dialog declared missing in text variables, such
   * as "Затрудняюсь ответить", applied again when the data is read. */
  GStrv          missing_texts;
  /* The name edits are recorded under, or NULL. */
  char          *author;
  /* Of DqProjectEdit. */
  DqEditHistory *history;

  guint          delimiter;
  DqCrosstabPercent percent;
  gboolean       modified;
};

void           _dq_project_edit_free       (gpointer       edit);
DqProjectEdit *_dq_project_edit_new_figure (const char    *figure_id,
                                            double         value,
                                            double         previous);
DqProjectEdit *_dq_project_edit_new_data   (const char    *variable,
                                            gsize          row,
                                            const char    *text,
                                            const char    *previous_text);
double         _dq_project_figure_value    (DqFigure      *figure);
char          *_dq_project_check_data_edit (DqSurveyData  *data,
                                            const char    *weight,
                                            guint          variable,
                                            gsize          row) G_GNUC_WARN_UNUSED_RESULT;
void           _dq_project_changed         (DqProject     *self);
void           _dq_project_note_figure     (DqProject     *self,
                                            const char    *figure_id);

void           _dq_project_add_texts           (JsonBuilder   *builder,
                                                const char    *member,
                                                GStrv          texts);
void           _dq_project_add_analysis_cases  (JsonBuilder   *builder,
                                                DqAnalysis    *analysis);
gboolean       _dq_project_read_analysis_cases (DqJsonReader  *reader,
                                                JsonObject    *object,
                                                DqAnalysis    *analysis,
                                                GError       **error);
void           _dq_project_add_edit_stamp  (JsonBuilder         *builder,
                                            const DqProjectEdit *edit);
gboolean       _dq_project_read_edit_stamp (DqJsonReader   *reader,
                                            JsonObject     *object,
                                            DqProjectEdit  *edit,
                                            GError        **error);
char          *_dq_project_write_json      (DqProject     *self,
                                            GFile         *base,
                                            gboolean       recovery);
gboolean       _dq_project_write_file      (GFile         *file,
                                            const char    *contents,
                                            GCancellable  *cancellable,
                                            GError       **error);
char          *_dq_project_read_file       (GFile         *file,
                                            gsize         *length,
                                            GCancellable  *cancellable,
                                            GError       **error);
DqProject     *_dq_project_read            (const char    *data,
                                            gsize          length,
                                            GFile         *base,
                                            gboolean       recovery,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
