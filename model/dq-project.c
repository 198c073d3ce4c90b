/* dq-project.c
 *
 * The document a window shows. Everything the researcher did is kept as
 * settings and as a list of edits on top of files that are never changed:
 * the dataset and the survey file are read again when a project is opened,
 * and the edits are applied to them in order. Each edit records the value
 * it replaced, so that it can be undone, and so that opening a project whose
 * files have changed since it was saved stops at the first edit that no
 * longer fits instead of silently changing other values.
 *
 * This file holds the project's state: its files, its analysis, what the
 * window was showing, and its edits with their history. Reading and
 * writing `.dostyq` files is in dq-project-io.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-project-private.h"

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_DATASET,
  PROP_DATASET_FILE,
  PROP_DATA,
  PROP_DATA_FILE,
  PROP_ANALYSIS,
  PROP_PAGE,
  PROP_CHART_ID,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_N_EDITS,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_QUARK (dq-project-error-quark, dq_project_error)

G_DEFINE_FINAL_TYPE (DqProject, dq_project, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Edits */

static gboolean
is_data_edit (gconstpointer edit,
              gpointer      user_data)
{
  return ((const DqProjectEdit *) edit)->kind == DQ_PROJECT_EDIT_DATA;
}

/* GObject */

static void
on_analysis_changed_cb (DqProject  *self,
                        DqAnalysis *analysis)
{
  _dq_project_changed (self);
}

/* The history's state is the project's. */
static void
on_history_notify_cb (DqProject     *self,
                      GParamSpec    *pspec,
                      DqEditHistory *history)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "can-undo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  else if (g_str_equal (name, "can-redo"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  else if (g_str_equal (name, "n-done"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EDITS]);
}

static void
dq_project_constructed (GObject *object)
{
  DqProject *self = DQ_PROJECT (object);

  G_OBJECT_CLASS (dq_project_parent_class)->constructed (object);

  if (self->analysis == NULL)
    self->analysis = dq_analysis_new ();
  g_signal_connect_object (self->analysis, "changed", G_CALLBACK (on_analysis_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify", G_CALLBACK (on_history_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
dq_project_dispose (GObject *object)
{
  DqProject *self = DQ_PROJECT (object);

  g_clear_object (&self->file);
  g_clear_object (&self->dataset);
  g_clear_object (&self->dataset_file);
  g_clear_object (&self->data);
  g_clear_object (&self->data_file);
  g_clear_object (&self->analysis);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (dq_project_parent_class)->dispose (object);
}

static void
dq_project_finalize (GObject *object)
{
  DqProject *self = DQ_PROJECT (object);

  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->chart_id, g_free);
  g_clear_pointer (&self->missing_texts, g_strfreev);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (dq_project_parent_class)->finalize (object);
}

static void
dq_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DqProject *self = DQ_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_DATASET_FILE:
      g_value_set_object (value, self->dataset_file);
      break;

    case PROP_DATA:
      g_value_set_object (value, self->data);
      break;

    case PROP_DATA_FILE:
      g_value_set_object (value, self->data_file);
      break;

    case PROP_ANALYSIS:
      g_value_set_object (value, self->analysis);
      break;

    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;

    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dq_project_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, dq_project_get_can_redo (self));
      break;

    case PROP_N_EDITS:
      g_value_set_uint (value, dq_project_get_n_edits (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DqProject *self = DQ_PROJECT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_DATASET_FILE:
      self->dataset_file = g_value_dup_object (value);
      break;

    case PROP_ANALYSIS:
      self->analysis = g_value_dup_object (value);
      break;

    case PROP_PAGE:
      dq_project_set_page (self, g_value_get_string (value));
      break;

    case PROP_CHART_ID:
      dq_project_set_chart_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_project_class_init (DqProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dq_project_constructed;
  object_class->dispose = dq_project_dispose;
  object_class->finalize = dq_project_finalize;
  object_class->get_property = dq_project_get_property;
  object_class->set_property = dq_project_set_property;

  /**
   * DqProject:file:
   *
   * The project file, or %NULL before the project is first saved.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:modified:
   *
   * Whether the project has changed since it was last saved or opened.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:dataset:
   *
   * The dataset whose figures the project shows and edits.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:dataset-file:
   *
   * The file the dataset was loaded from, or %NULL for the bundled dataset.
   */
  properties[PROP_DATASET_FILE] =
    g_param_spec_object ("dataset-file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:data:
   *
   * The imported survey microdata, or %NULL.
   */
  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, DQ_TYPE_SURVEY_DATA,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:data-file:
   *
   * The file the survey microdata was imported from, or %NULL.
   */
  properties[PROP_DATA_FILE] =
    g_param_spec_object ("data-file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:analysis:
   *
   * The analysis of the imported data: its crosstab and chart.
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_object ("analysis", NULL, NULL, DQ_TYPE_ANALYSIS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:page:
   *
   * The name of the page the window shows, or %NULL.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:chart-id:
   *
   * The id of the chart the window shows, or %NULL.
   */
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:can-undo:
   *
   * Whether there is an edit to undo.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:can-redo:
   *
   * Whether there is an undone edit to apply again.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:n-edits:
   *
   * The number of edits in effect, those a save writes.
   */
  properties[PROP_N_EDITS] =
    g_param_spec_uint ("n-edits", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqProject::changed:
   * @self: a #DqProject
   *
   * Emitted once after every change worth saving: an edit, an undo or a
   * redo, new data, or a change of the analysis or the view. The window
   * autosaves on it.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
dq_project_init (DqProject *self)
{
  self->history = dq_edit_history_new (_dq_project_edit_free);
}

/* Changes */

static void
set_modified (DqProject *self,
              gboolean   modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Called once a change is complete and notified. */
void
_dq_project_changed (DqProject *self)
{
  set_modified (self, TRUE);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static gboolean
replace_file (GFile **field,
              GFile  *value)
{
  if (*field == value || (*field != NULL && value != NULL && g_file_equal (*field, value)))
    return FALSE;

  g_set_object (field, value);

  return TRUE;
}

/* Sets a setting of the view, notifying and asking for an autosave on a
 * change; "" is no value. */
static void
set_setting (DqProject   *self,
             char       **field,
             const char  *value,
             guint        prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (!replace_string (field, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  _dq_project_changed (self);
}

/**
 * dq_project_new:
 * @dataset: the dataset the project shows
 * @dataset_file: (nullable): the file @dataset was loaded from, or %NULL for
 *   the bundled dataset
 *
 * Creates a project with no data, no edits and no file yet.
 *
 * Returns: (transfer full): the project
 */
DqProject *
dq_project_new (DqDataset *dataset,
                GFile     *dataset_file)
{
  g_return_val_if_fail (DQ_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (dataset_file == NULL || G_IS_FILE (dataset_file), NULL);

  return g_object_new (DQ_TYPE_PROJECT,
                       "dataset", dataset,
                       "dataset-file", dataset_file,
                       NULL);
}

/**
 * dq_project_load_from_data:
 * @data: (array length=length): the contents of a project file
 * @length: the length of @data
 * @file: (nullable): the project file, to name it in errors and to resolve
 *   the relative paths it holds; it is not read
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads a project: loads the dataset and the data file it names, with the
 * encoding and delimiter it names, and applies its edits in order. A
 * project is loaded whole or not at all. Errors name the project file, the
 * JSON path of the problem and the problem: %DQ_PROJECT_ERROR_FORMAT for a
 * file that is not a project, %DQ_PROJECT_ERROR_VERSION for one from a
 * newer Dostyq, %DQ_PROJECT_ERROR_MISSING_FILE for a dataset or data file
 * that cannot be read, and %DQ_PROJECT_ERROR_EDIT for an edit that does not
 * fit the files as they are now.
 *
 * Settings that name a variable the data does not have are dropped.
 *
 * Returns: (transfer full) (nullable): the project, not modified, with
 *   #DqProject:file set to @file; or %NULL with @error set
 */
DqProject *
dq_project_load_from_data (const char    *data,
                           gsize          length,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _dq_project_read (data != NULL ? data : "", length, file, FALSE, cancellable, error);
}

/**
 * dq_project_load:
 * @file: a project file
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads @file as dq_project_load_from_data() does, refusing a file larger
 * than %DQ_PROJECT_MAX_FILE_SIZE.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL with @error set
 */
DqProject *
dq_project_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = _dq_project_read_file (file, &length, cancellable, error);
  if (contents == NULL)
    return NULL;

  return _dq_project_read (contents, length, file, FALSE, cancellable, error);
}

/**
 * dq_project_to_json:
 * @self: a #DqProject
 * @base: (nullable): the project file the text is for, or %NULL
 *
 * Writes the project as the JSON of a `.dostyq` file. Paths of files in the
 * directory of @base, or below it, are written relative to it, so that the
 * directory can be moved whole; others, and all when @base is %NULL, are
 * absolute.
 *
 * Returns: (transfer full): the text, ending with a line break
 */
char *
dq_project_to_json (DqProject *self,
                    GFile     *base)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);
  g_return_val_if_fail (base == NULL || G_IS_FILE (base), NULL);

  return _dq_project_write_json (self, base, FALSE);
}

/**
 * dq_project_save:
 * @self: a #DqProject
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Saves the project to @file atomically: the text is written to a
 * temporary file beside @file and renamed over it, so that a failure
 * leaves no partial file and any previous file intact. Then @file becomes
 * #DqProject:file and the project is no longer modified.
 *
 * Returns: whether the project was saved
 */
gboolean
dq_project_save (DqProject     *self,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = _dq_project_write_json (self, file, FALSE);
  if (!_dq_project_write_file (file, text, cancellable, error))
    return FALSE;

  if (replace_file (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  set_modified (self, FALSE);

  return TRUE;
}

/**
 * dq_project_to_recovery_json:
 * @self: a #DqProject
 *
 * Writes the project as the JSON of a recovery file: absolute paths, and
 * the project file the work belongs to, so that dq_project_load_recovery()
 * can bring the work back after a crash.
 *
 * Returns: (transfer full): the text, ending with a line break
 */
char *
dq_project_to_recovery_json (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return _dq_project_write_json (self, NULL, TRUE);
}

/**
 * dq_project_load_recovery:
 * @file: a file with the text dq_project_to_recovery_json() gave
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Loads a recovery file as dq_project_load() loads a project.
 *
 * Returns: (transfer full) (nullable): the project, modified, with
 *   #DqProject:file the project file the work belongs to, or %NULL if it
 *   was never saved; or %NULL with @error set
 */
DqProject *
dq_project_load_recovery (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = _dq_project_read_file (file, &length, cancellable, error);
  if (contents == NULL)
    return NULL;

  return _dq_project_read (contents, length, file, TRUE, cancellable, error);
}

/**
 * dq_project_get_file:
 * @self: a #DqProject
 *
 * Returns: (transfer none) (nullable): the project file, or %NULL before
 *   the project is first saved
 */
GFile *
dq_project_get_file (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->file;
}

/**
 * dq_project_get_modified:
 * @self: a #DqProject
 *
 * Returns: whether the project has changed since it was saved or opened
 */
gboolean
dq_project_get_modified (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  return self->modified;
}

/**
 * dq_project_get_dataset:
 * @self: a #DqProject
 *
 * Returns: (transfer none): the dataset
 */
DqDataset *
dq_project_get_dataset (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->dataset;
}

/**
 * dq_project_get_dataset_file:
 * @self: a #DqProject
 *
 * Returns: (transfer none) (nullable): the dataset file, or %NULL for the
 *   bundled dataset
 */
GFile *
dq_project_get_dataset_file (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->dataset_file;
}

/**
 * dq_project_get_data:
 * @self: a #DqProject
 *
 * Returns: (transfer none) (nullable): the imported survey microdata
 */
DqSurveyData *
dq_project_get_data (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->data;
}

/**
 * dq_project_get_data_file:
 * @self: a #DqProject
 *
 * Returns: (transfer none) (nullable): the file the data was imported from
 */
GFile *
dq_project_get_data_file (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->data_file;
}

/**
 * dq_project_get_encoding:
 * @self: a #DqProject
 *
 * Returns: (nullable): the encoding the data file is read with, or %NULL
 *   when it is detected
 */
const char *
dq_project_get_encoding (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->encoding;
}

/**
 * dq_project_get_delimiter:
 * @self: a #DqProject
 *
 * Returns: the delimiter a CSV data file is read with, or 0 when it is
 *   detected
 */
guint
dq_project_get_delimiter (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), 0);

  return self->delimiter;
}

/**
 * dq_project_set_data:
 * @self: a #DqProject
 * @data: (nullable): the imported survey microdata, or %NULL for none
 * @data_file: (nullable): the file @data was read from; %NULL exactly when
 *   @data is
 * @encoding: (nullable): the encoding @data_file was read with, or %NULL
 *   when it was detected
 * @delimiter: the delimiter of a CSV file, or 0 when it was detected
 *
 * Replaces the imported data. Edits of the previous data leave the history,
 * edits of figures stay. The analysis keeps the variables @data has.
 */
void
dq_project_set_data (DqProject    *self,
                     DqSurveyData *data,
                     GFile        *data_file,
                     const char   *encoding,
                     guint         delimiter)
{
  g_return_if_fail (DQ_IS_PROJECT (self));
  g_return_if_fail (data == NULL || DQ_IS_SURVEY_DATA (data));
  g_return_if_fail (data_file == NULL || G_IS_FILE (data_file));
  g_return_if_fail ((data == NULL) == (data_file == NULL));
  g_return_if_fail (delimiter < 128 && delimiter != '"' && delimiter != '\n' && delimiter != '\r');

  if (encoding != NULL && *encoding == '\0')
    encoding = NULL;

  /* The same data keeps its edits: they are still applied to it. */
  if (data == self->data && data_file == self->data_file &&
      g_strcmp0 (encoding, self->encoding) == 0 && delimiter == self->delimiter)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  dq_edit_history_remove (self->history, is_data_edit, NULL);

  if (g_set_object (&self->data, data))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  if (replace_file (&self->data_file, data_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_FILE]);
  replace_string (&self->encoding, encoding);
  self->delimiter = delimiter;

  /* One change of the project, not one more for the analysis. */
  g_signal_handlers_block_by_func (self->analysis, on_analysis_changed_cb, self);
  dq_analysis_forget_unknown (self->analysis, data);
  g_signal_handlers_unblock_by_func (self->analysis, on_analysis_changed_cb, self);

  g_object_thaw_notify (G_OBJECT (self));
  _dq_project_changed (self);
}

/**
 * dq_project_get_analysis:
 * @self: a #DqProject
 *
 * The analysis of the imported data. The project saves it, and a change
 * of it is a change of the project.
 *
 * Returns: (transfer none): the analysis
 */
DqAnalysis *
dq_project_get_analysis (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->analysis;
}

/**
 * dq_project_get_page:
 * @self: a #DqProject
 *
 * Returns: (nullable): the name of the page the window shows
 */
const char *
dq_project_get_page (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->page;
}

/**
 * dq_project_set_page:
 * @self: a #DqProject
 * @page: (nullable): the name of the page the window shows
 */
void
dq_project_set_page (DqProject  *self,
                     const char *page)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  set_setting (self, &self->page, page, PROP_PAGE);
}

/**
 * dq_project_get_chart_id:
 * @self: a #DqProject
 *
 * Returns: (nullable): the id of the chart the window shows
 */
const char *
dq_project_get_chart_id (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->chart_id;
}

/**
 * dq_project_set_chart_id:
 * @self: a #DqProject
 * @chart_id: (nullable): the id of the chart the window shows
 */
void
dq_project_set_chart_id (DqProject  *self,
                         const char *chart_id)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  set_setting (self, &self->chart_id, chart_id, PROP_CHART_ID);
}

/**
 * dq_project_get_history:
 * @self: a #DqProject
 *
 * Returns: (transfer none): the history of the project's edits
 */
DqEditHistory *
dq_project_get_history (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->history;
}

/**
 * dq_project_get_n_edits:
 * @self: a #DqProject
 *
 * Returns: the number of edits in effect, those a save writes
 */
guint
dq_project_get_n_edits (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), 0);

  return dq_edit_history_get_n_done (self->history);
}

/**
 * dq_project_get_can_undo:
 * @self: a #DqProject
 *
 * Returns: whether there is an edit to undo
 */
gboolean
dq_project_get_can_undo (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  return dq_edit_history_get_can_undo (self->history);
}

/**
 * dq_project_get_can_redo:
 * @self: a #DqProject
 *
 * Returns: whether there is an undone edit to apply again
 */
gboolean
dq_project_get_can_redo (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  return dq_edit_history_get_can_redo (self->history);
}
