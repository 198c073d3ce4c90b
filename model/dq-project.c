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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "dq-csv-reader.h"
#include "dq-json-reader.h"
#include "dq-project.h"
#include "dq-sav-reader.h"

#define FORMAT_NAME "dostyq-project"
#define FORMAT_VERSION 1
#define DEFAULT_CHART_KIND "grouped"

typedef enum
{
  EDIT_FIGURE,
  EDIT_DATA,
} EditKind;

/* One edit: enough to apply it, undo it and save it. */
typedef struct
{
  EditKind  kind;

  /* EDIT_FIGURE; NaN stands for a gap. */
  char     *figure_id;
  double    value;
  double    previous;

  /* EDIT_DATA: the row from 0, and the values as
   * dq_survey_data_dup_value_text() gives them. */
  char     *variable;
  gsize     row;
  char     *text;
  char     *previous_text;
} Edit;

struct _DqProject
{
  GObject       parent_instance;

  /* Owned */
  GFile        *file;
  DqDataset    *dataset;
  GFile        *dataset_file;
  DqSurveyData *data;
  GFile        *data_file;
  char         *encoding;
  char         *weight;
  GArray       *missing_codes;
  char         *row_variable;
  char         *column_variable;
  char         *chart_kind;
  char         *page;
  char         *chart_id;
  /* Edit, oldest first: the last is the one undo reverts. */
  GPtrArray    *undo_stack;
  /* Edit, in the order they were undone: the last is the one redo applies. */
  GPtrArray    *redo_stack;

  guint         delimiter;
  gboolean      modified;
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_DATASET,
  PROP_DATASET_FILE,
  PROP_DATA,
  PROP_DATA_FILE,
  PROP_WEIGHT,
  PROP_ROW_VARIABLE,
  PROP_COLUMN_VARIABLE,
  PROP_CHART_KIND,
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

static const char * const chart_kinds[] = { "grouped", "diverging", "diverging-reversed", NULL };

/* Edits */

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->figure_id);
  g_free (edit->variable);
  g_free (edit->text);
  g_free (edit->previous_text);
  g_free (edit);
}

static Edit *
edit_new_figure (const char *figure_id,
                 double      value,
                 double      previous)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = EDIT_FIGURE;
  edit->figure_id = g_strdup (figure_id);
  edit->value = value;
  edit->previous = previous;

  return edit;
}

static Edit *
edit_new_data (const char *variable,
               gsize       row,
               const char *text,
               const char *previous_text)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = EDIT_DATA;
  edit->variable = g_strdup (variable);
  edit->row = row;
  edit->text = g_strdup (text);
  edit->previous_text = g_strdup (previous_text);

  return edit;
}

/* The value of a figure, NaN for a gap. */
static double
figure_current_value (DqFigure *figure)
{
  return dq_figure_has_value (figure) ? dq_figure_get_value (figure) : NAN;
}

static gboolean
same_value (double a,
            double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);

  return a == b;
}

/* Whether a value saved in a file is the one there is now: a number written
 * by hand may differ from ours in the last digits. */
static gboolean
close_value (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);

  return fabs (a - b) <= 1e-9 * MAX (1.0, fabs (a));
}

/* Whether a value of @data saved in a file is the one there is now. */
static gboolean
same_value_text (DqSurveyData *data,
                 guint         variable,
                 const char   *a,
                 const char   *b)
{
  char *end_a;
  char *end_b;
  double x;
  double y;

  if (g_str_equal (a, b))
    return TRUE;
  if (dq_survey_data_get_kind (data, variable) != DQ_VARIABLE_NUMERIC || *a == '\0' || *b == '\0')
    return FALSE;

  /* "3.50" and "3.5" are the same number. */
  x = g_ascii_strtod (a, &end_a);
  y = g_ascii_strtod (b, &end_b);

  return *end_a == '\0' && *end_b == '\0' && close_value (x, y);
}

static char *
format_figure_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup (_("a gap"));

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* GObject */

static void
dq_project_dispose (GObject *object)
{
  DqProject *self = DQ_PROJECT (object);

  g_clear_object (&self->file);
  g_clear_object (&self->dataset);
  g_clear_object (&self->dataset_file);
  g_clear_object (&self->data);
  g_clear_object (&self->data_file);

  G_OBJECT_CLASS (dq_project_parent_class)->dispose (object);
}

static void
dq_project_finalize (GObject *object)
{
  DqProject *self = DQ_PROJECT (object);

  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->weight, g_free);
  g_clear_pointer (&self->missing_codes, g_array_unref);
  g_clear_pointer (&self->row_variable, g_free);
  g_clear_pointer (&self->column_variable, g_free);
  g_clear_pointer (&self->chart_kind, g_free);
  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->chart_id, g_free);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

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

    case PROP_WEIGHT:
      g_value_set_string (value, self->weight);
      break;

    case PROP_ROW_VARIABLE:
      g_value_set_string (value, self->row_variable);
      break;

    case PROP_COLUMN_VARIABLE:
      g_value_set_string (value, self->column_variable);
      break;

    case PROP_CHART_KIND:
      g_value_set_string (value, self->chart_kind);
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

    case PROP_WEIGHT:
      dq_project_set_weight (self, g_value_get_string (value));
      break;

    case PROP_ROW_VARIABLE:
      dq_project_set_row_variable (self, g_value_get_string (value));
      break;

    case PROP_COLUMN_VARIABLE:
      dq_project_set_column_variable (self, g_value_get_string (value));
      break;

    case PROP_CHART_KIND:
      dq_project_set_chart_kind (self, g_value_get_string (value));
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
   * DqProject:weight:
   *
   * The name of the weight variable, or %NULL for unweighted analysis.
   */
  properties[PROP_WEIGHT] =
    g_param_spec_string ("weight", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:row-variable:
   *
   * The name of the variable whose categories are the rows of the crosstab.
   */
  properties[PROP_ROW_VARIABLE] =
    g_param_spec_string ("row-variable", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:column-variable:
   *
   * The name of the variable whose categories are the columns of the
   * crosstab.
   */
  properties[PROP_COLUMN_VARIABLE] =
    g_param_spec_string ("column-variable", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqProject:chart-kind:
   *
   * How the crosstab is drawn: "grouped", "diverging", or
   * "diverging-reversed" for a scale coded from its positive end.
   */
  properties[PROP_CHART_KIND] =
    g_param_spec_string ("chart-kind", NULL, NULL, DEFAULT_CHART_KIND,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
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
  self->missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  self->chart_kind = g_strdup (DEFAULT_CHART_KIND);
  self->undo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->redo_stack = g_ptr_array_new_with_free_func (edit_free);
}

/* Changes */

/* The state of the history, to notify what an operation changed in it. */
typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  guint    n_edits;
} History;

static void
history_save (DqProject *self,
              History   *history)
{
  history->can_undo = dq_project_get_can_undo (self);
  history->can_redo = dq_project_get_can_redo (self);
  history->n_edits = dq_project_get_n_edits (self);
}

static void
history_notify (DqProject     *self,
                const History *history)
{
  if (history->can_undo != dq_project_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (history->can_redo != dq_project_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (history->n_edits != dq_project_get_n_edits (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EDITS]);
}

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
static void
changed (DqProject *self)
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

/* Sets a setting of the analysis or the view, notifying and asking for an
 * autosave on a change; "" is no value. */
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
  changed (self);
}

/* Errors */

static char *
dup_display_name (GFile *file)
{
  if (file == NULL)
    return g_strdup (_("Untitled project"));

  return g_file_get_basename (file);
}

static void set_error (DqJsonReader    *reader,
                       GError         **error,
                       DqProjectError   code,
                       const char      *member,
                       const char      *format,
                       ...) G_GNUC_PRINTF (5, 6);

/* Sets an error in the project's domain naming the file and the JSON path. */
static void
set_error (DqJsonReader    *reader,
           GError         **error,
           DqProjectError   code,
           const char      *member,
           const char      *format,
           ...)
{
  va_list args;

  va_start (args, format);
  dq_json_reader_set_error_valist (reader, error, DQ_PROJECT_ERROR, code, member, format, args);
  va_end (args);
}

/* Paths */

/* Where a path of the file refers to: relative paths are relative to the
 * directory of @base, the project file. */
static GFile *
resolve_path (const char *path,
              GFile      *base)
{
  g_autoptr(GFile) directory = NULL;

  if (g_path_is_absolute (path))
    return g_file_new_for_path (path);
  if (g_uri_peek_scheme (path) != NULL)
    return g_file_new_for_uri (path);

  if (base != NULL)
    directory = g_file_get_parent (base);
  if (directory == NULL)
    return g_file_new_for_path (path);

  return g_file_resolve_relative_path (directory, path);
}

/* The path to write: relative to the directory of @base when @file lies in
 * it or below it, so that the directory can be moved whole; absolute
 * otherwise. */
static char *
dup_path_for_json (GFile *file,
                   GFile *base)
{
  g_autoptr(GFile) directory = base != NULL ? g_file_get_parent (base) : NULL;
  char *path;

  if (directory != NULL)
    {
      path = g_file_get_relative_path (directory, file);
      if (path != NULL)
        {
          /* The same file on every system. */
          if (G_DIR_SEPARATOR != '/')
            g_strdelimit (path, G_DIR_SEPARATOR_S, '/');
          return path;
        }
    }

  path = g_file_get_path (file);
  if (path != NULL)
    return path;

  return g_file_get_uri (file);
}

/* Writing */

static void
add_number (JsonBuilder *builder,
            double       value)
{
  /* json-glib writes every double with 17 digits ("40.100000000000001")
   * and whole ones with ".0"; whole numbers at least can stay plain. */
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *member,
                   const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_file_member (JsonBuilder *builder,
                 const char  *member,
                 GFile       *file,
                 GFile       *base)
{
  g_autofree char *path = file != NULL ? dup_path_for_json (file, base) : NULL;

  add_string_member (builder, member, path);
}

static void
add_edit (JsonBuilder *builder,
          const Edit  *edit)
{
  json_builder_begin_object (builder);

  switch (edit->kind)
    {
    case EDIT_FIGURE:
      add_string_member (builder, "figure", edit->figure_id);
      json_builder_set_member_name (builder, "value");
      add_number (builder, edit->value);
      json_builder_set_member_name (builder, "previous");
      add_number (builder, edit->previous);
      break;

    case EDIT_DATA:
      add_string_member (builder, "variable", edit->variable);
      json_builder_set_member_name (builder, "row");
      json_builder_add_int_value (builder, (gint64) edit->row + 1);
      add_string_member (builder, "value", edit->text);
      add_string_member (builder, "previous", edit->previous_text);
      break;

    default:
      g_assert_not_reached ();
    }

  json_builder_end_object (builder);
}

static char *
build_json (DqProject *self,
            GFile     *base,
            gboolean   autosave)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);

  add_string_member (builder, "format", FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);

  json_builder_set_member_name (builder, "dataset");
  if (self->dataset_file != NULL)
    {
      json_builder_begin_object (builder);
      add_file_member (builder, "path", self->dataset_file, base);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "data");
  if (self->data_file != NULL)
    {
      char delimiter[2] = { (char) self->delimiter, '\0' };

      json_builder_begin_object (builder);
      add_file_member (builder, "path", self->data_file, base);
      add_string_member (builder, "encoding", self->encoding);
      add_string_member (builder, "delimiter", self->delimiter != 0 ? delimiter : NULL);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "analysis");
  json_builder_begin_object (builder);
  add_string_member (builder, "weight", self->weight);
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->missing_codes->len; i++)
    add_number (builder, g_array_index (self->missing_codes, double, i));
  json_builder_end_array (builder);
  add_string_member (builder, "row", self->row_variable);
  add_string_member (builder, "column", self->column_variable);
  add_string_member (builder, "chart", self->chart_kind);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "view");
  json_builder_begin_object (builder);
  add_string_member (builder, "page", self->page);
  add_string_member (builder, "chart", self->chart_id);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "edits");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->undo_stack->len; i++)
    add_edit (builder, g_ptr_array_index (self->undo_stack, i));
  json_builder_end_array (builder);

  if (autosave)
    add_file_member (builder, "saved_as", self->file, NULL);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

/* Replaces @file with @contents, or leaves it as it was. */
static gboolean
write_atomically (GFile         *file,
                  const char    *contents,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Not g_file_replace_contents (): when a write fails half-way (a full
   * disk), it still closes the stream, which renames the truncated
   * temporary file over the previous one. Closing with a cancelled
   * cancellable instead removes the temporary file and keeps the old one. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                           &local_error);
  if (stream != NULL &&
      !g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, strlen (contents), NULL,
                                  cancellable, &local_error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
    }
  else if (stream != NULL)
    g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error);

  if (local_error != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot write the file: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Reading */

typedef enum
{
  STRING_REQUIRED = 1 << 0,
  STRING_NULLABLE = 1 << 1,
  STRING_EMPTY    = 1 << 2,
} StringFlags;

/* Reads a string member. Errors are in the dataset's domain, as those of
 * the other DqJsonReader functions; the loader moves them to the project's. */
static gboolean
read_string (DqJsonReader  *reader,
             JsonObject    *object,
             const char    *member,
             StringFlags    flags,
             char         **value,
             GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node != NULL && JSON_NODE_HOLDS_NULL (node) && (flags & STRING_NULLABLE) != 0)
    return TRUE;

  if (node != NULL && (flags & STRING_EMPTY) != 0 && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    *value = json_node_dup_string (node);
  else if (!dq_json_reader_get_string (reader, object, member,
                                       (flags & STRING_REQUIRED) != 0 ? DQ_REQUIRED : DQ_OPTIONAL,
                                       value, error))
    return FALSE;

  /* JSON escapes can spell lone surrogates, which are not UTF-8. */
  if (*value != NULL && !g_utf8_validate (*value, -1, NULL))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                                _("the text is not valid Unicode"));
      g_clear_pointer (value, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Reads an optional member that is an object or null. */
static gboolean
read_nullable_object (DqJsonReader  *reader,
                      JsonObject    *object,
                      const char    *member,
                      JsonObject   **value,
                      GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  return dq_json_reader_get_object (reader, object, member, DQ_OPTIONAL, value, error);
}

/* What a project file says, read before any file it names is loaded, so
 * that a malformed project is rejected at once. */
typedef struct
{
  char      *dataset_path;
  char      *data_path;
  char      *encoding;
  guint      delimiter;
  char      *weight;
  GArray    *missing_codes;
  char      *row_variable;
  char      *column_variable;
  char      *chart_kind;
  char      *page;
  char      *chart_id;
  char      *saved_as;
  /* Edit, with previous values as the file gives them. */
  GPtrArray *edits;
} Contents;

static void
contents_clear (Contents *contents)
{
  g_clear_pointer (&contents->dataset_path, g_free);
  g_clear_pointer (&contents->data_path, g_free);
  g_clear_pointer (&contents->encoding, g_free);
  g_clear_pointer (&contents->weight, g_free);
  g_clear_pointer (&contents->missing_codes, g_array_unref);
  g_clear_pointer (&contents->row_variable, g_free);
  g_clear_pointer (&contents->column_variable, g_free);
  g_clear_pointer (&contents->chart_kind, g_free);
  g_clear_pointer (&contents->page, g_free);
  g_clear_pointer (&contents->chart_id, g_free);
  g_clear_pointer (&contents->saved_as, g_free);
  g_clear_pointer (&contents->edits, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Contents, contents_clear)

static gboolean
read_data_member (DqJsonReader  *reader,
                  JsonObject    *object,
                  Contents      *contents,
                  GError       **error)
{
  g_autofree char *delimiter = NULL;
  JsonObject *data;
  gboolean ok;

  if (!read_nullable_object (reader, object, "data", &data, error))
    return FALSE;
  if (data == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, "data");
  ok = read_string (reader, data, "path", STRING_REQUIRED, &contents->data_path, error) &&
       read_string (reader, data, "encoding", STRING_NULLABLE, &contents->encoding, error) &&
       read_string (reader, data, "delimiter", STRING_NULLABLE, &delimiter, error);

  /* What the CSV reader can split on. */
  if (ok && delimiter != NULL)
    {
      guint8 c = delimiter[0];

      if (delimiter[1] != '\0' || c >= 128 || c == '"' || c == '\n' || c == '\r')
        {
          set_error (reader, error, DQ_PROJECT_ERROR_FORMAT, "delimiter",
                     _("“%s” is not a delimiter: expected one character other than a quote "
                       "or a line break"),
                     delimiter);
          ok = FALSE;
        }
      else
        contents->delimiter = c;
    }
  dq_json_reader_pop (reader);

  return ok;
}

static gboolean
read_missing_codes (DqJsonReader  *reader,
                    JsonObject    *object,
                    GArray        *codes,
                    GError       **error)
{
  JsonNode *node = json_object_get_member (object, "missing");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!dq_json_reader_get_array (reader, object, "missing", DQ_OPTIONAL, &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      double code;

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          (json_node_get_value_type (element) != G_TYPE_INT64 &&
           json_node_get_value_type (element) != G_TYPE_DOUBLE) ||
          !isfinite (json_node_get_double (element)))
        {
          g_autofree char *member = g_strdup_printf ("missing[%u]", i);

          set_error (reader, error, DQ_PROJECT_ERROR_FORMAT, member,
                     _("a missing code must be a finite number"));
          return FALSE;
        }

      code = json_node_get_double (element);
      g_array_append_val (codes, code);
    }

  return TRUE;
}

static gboolean
read_analysis_member (DqJsonReader  *reader,
                      JsonObject    *object,
                      Contents      *contents,
                      GError       **error)
{
  JsonObject *analysis;
  int chart = 0;
  gboolean ok;

  if (!read_nullable_object (reader, object, "analysis", &analysis, error))
    return FALSE;
  if (analysis == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, "analysis");
  ok = read_string (reader, analysis, "weight", STRING_NULLABLE, &contents->weight, error) &&
       read_missing_codes (reader, analysis, contents->missing_codes, error) &&
       read_string (reader, analysis, "row", STRING_NULLABLE, &contents->row_variable, error) &&
       read_string (reader, analysis, "column", STRING_NULLABLE, &contents->column_variable,
                    error);
  if (ok)
    {
      JsonNode *node = json_object_get_member (analysis, "chart");

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        {
          ok = dq_json_reader_get_choice (reader, analysis, "chart", DQ_OPTIONAL, chart_kinds,
                                          &chart, error);
          if (ok)
            contents->chart_kind = g_strdup (chart_kinds[chart]);
        }
    }
  dq_json_reader_pop (reader);

  return ok;
}

static gboolean
read_edit (DqJsonReader  *reader,
           JsonObject    *object,
           gpointer       user_data,
           GError       **error)
{
  GPtrArray *edits = user_data;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *previous_text = NULL;
  double value = NAN;
  double previous = NAN;
  gboolean is_null;
  gint64 row = 0;

  if (json_object_has_member (object, "figure"))
    {
      if (!read_string (reader, object, "figure", STRING_REQUIRED, &id, error) ||
          !dq_json_reader_get_double (reader, object, "value", DQ_REQUIRED, TRUE, &value,
                                      &is_null, error))
        return FALSE;
      if (is_null)
        value = NAN;
      if (!dq_json_reader_get_double (reader, object, "previous", DQ_REQUIRED, TRUE, &previous,
                                      &is_null, error))
        return FALSE;
      if (is_null)
        previous = NAN;

      g_ptr_array_add (edits, edit_new_figure (id, value, previous));
      return TRUE;
    }

  if (json_object_has_member (object, "variable"))
    {
      if (!read_string (reader, object, "variable", STRING_REQUIRED, &id, error) ||
          !dq_json_reader_get_int (reader, object, "row", DQ_REQUIRED, 1, G_MAXINT32, &row,
                                   error) ||
          !read_string (reader, object, "value", STRING_REQUIRED | STRING_EMPTY, &text, error) ||
          !read_string (reader, object, "previous", STRING_REQUIRED | STRING_EMPTY,
                        &previous_text, error))
        return FALSE;

      g_ptr_array_add (edits, edit_new_data (id, row - 1, text, previous_text));
      return TRUE;
    }

  set_error (reader, error, DQ_PROJECT_ERROR_FORMAT, NULL,
             _("an edit has either a “figure” or a “variable” member"));

  return FALSE;
}

/* Parses @data into @contents. */
static gboolean
read_contents (DqJsonReader  *reader,
               const char    *data,
               gsize          length,
               gboolean       recovery,
               Contents      *contents,
               GError       **error)
{
  const char *filename = dq_json_reader_get_filename (reader);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *format = NULL;
  JsonObject *object;
  JsonObject *dataset;
  JsonObject *view;
  JsonNode *root;
  gint64 version = 0;

  if (length > DQ_PROJECT_MAX_FILE_SIZE)
    {
      g_autofree char *size_str = g_format_size (length);
      g_autofree char *max_str = g_format_size (DQ_PROJECT_MAX_FILE_SIZE);

      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT,
                   _("%s: the file is %s, larger than the %s a project may have"),
                   filename, size_str, max_str);
      return FALSE;
    }

  if (!dq_json_parse_text (parser, data, length, filename, DQ_PROJECT_ERROR,
                           DQ_PROJECT_ERROR_FORMAT, error))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_FORMAT, NULL,
                 _("a project is a JSON object with “format”: “dostyq-project”"));
      return FALSE;
    }
  object = json_node_get_object (root);

  if (!read_string (reader, object, "format", STRING_REQUIRED, &format, error))
    return FALSE;
  if (!g_str_equal (format, FORMAT_NAME))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_FORMAT, "format",
                 _("expected “dostyq-project”, got “%s”"), format);
      return FALSE;
    }

  if (!dq_json_reader_get_int (reader, object, "version", DQ_REQUIRED, 1, G_MAXINT32,
                               &version, error))
    return FALSE;
  /* Nothing else of a newer file can be trusted to mean what it means
   * here, so this comes before the rest is read. */
  if (version > FORMAT_VERSION)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_VERSION, "version",
                 _("the project was written by a newer version of Dostyq (project version %d; "
                   "this version reads version %d); update Dostyq to open it"),
                 (int) version, FORMAT_VERSION);
      return FALSE;
    }

  if (!read_nullable_object (reader, object, "dataset", &dataset, error))
    return FALSE;
  if (dataset != NULL)
    {
      gboolean ok;

      dq_json_reader_push_member (reader, "dataset");
      ok = read_string (reader, dataset, "path", STRING_REQUIRED, &contents->dataset_path, error);
      dq_json_reader_pop (reader);
      if (!ok)
        return FALSE;
    }

  if (!read_data_member (reader, object, contents, error) ||
      !read_analysis_member (reader, object, contents, error))
    return FALSE;

  if (!read_nullable_object (reader, object, "view", &view, error))
    return FALSE;
  if (view != NULL)
    {
      gboolean ok;

      dq_json_reader_push_member (reader, "view");
      ok = read_string (reader, view, "page", STRING_NULLABLE, &contents->page, error) &&
           read_string (reader, view, "chart", STRING_NULLABLE, &contents->chart_id, error);
      dq_json_reader_pop (reader);
      if (!ok)
        return FALSE;
    }

  if (!dq_json_reader_foreach_object (reader, object, "edits", DQ_OPTIONAL, read_edit,
                                      contents->edits, error))
    return FALSE;

  if (recovery && !read_string (reader, object, "saved_as", STRING_NULLABLE, &contents->saved_as,
                                error))
    return FALSE;

  return TRUE;
}

/* Checks that a file the project names can be read, so that a missing file
 * is reported as such rather than as whatever a reader makes of it, and a
 * device such as /dev/zero is not read for ever. */
static gboolean
check_file (DqJsonReader  *reader,
            GFile         *file,
            const char    *member,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, member,
                   _("the file “%s” does not exist; has it been moved or renamed?"), name);
      else
        set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, member,
                   _("cannot read “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, member,
                 _("“%s” is not a file"), name);
      return FALSE;
    }

  return TRUE;
}

static DqSurveyData *
read_data_file (GFile         *file,
                const char    *encoding,
                guint          delimiter,
                GCancellable  *cancellable,
                GError       **error)
{
  if (dq_sav_reader_handles_file (file))
    {
      g_autoptr(DqSavReader) reader = dq_sav_reader_new ();

      dq_sav_reader_set_encoding (reader, encoding);

      return dq_sav_reader_read_file (reader, file, cancellable, error);
    }
  else
    {
      g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();

      dq_csv_reader_set_encoding (reader, encoding);
      dq_csv_reader_set_delimiter (reader, delimiter);

      return dq_csv_reader_read_file (reader, file, cancellable, error);
    }
}

/* Loads the dataset and the data the project names into @self. */
static gboolean
load_files (DqProject     *self,
            DqJsonReader  *reader,
            Contents      *contents,
            GFile         *base,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (contents->dataset_path == NULL)
    {
      self->dataset = dq_dataset_new_bundled (error);
      if (self->dataset == NULL)
        return FALSE;
    }
  else
    {
      self->dataset_file = resolve_path (contents->dataset_path, base);

      dq_json_reader_push_member (reader, "dataset");
      if (check_file (reader, self->dataset_file, "path", cancellable, error))
        {
          self->dataset = dq_dataset_new_from_file (self->dataset_file, &local_error);
          if (self->dataset == NULL)
            set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, "path",
                       _("cannot read the dataset: %s"), local_error->message);
        }
      dq_json_reader_pop (reader);

      if (self->dataset == NULL)
        return FALSE;
    }

  if (contents->data_path != NULL)
    {
      self->data_file = resolve_path (contents->data_path, base);
      self->encoding = g_strdup (contents->encoding);
      self->delimiter = contents->delimiter;

      dq_json_reader_push_member (reader, "data");
      if (check_file (reader, self->data_file, "path", cancellable, error))
        {
          self->data = read_data_file (self->data_file, self->encoding, self->delimiter,
                                       cancellable, &local_error);
          if (self->data == NULL)
            set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, "path",
                       _("cannot read the data file: %s"), local_error->message);
        }
      dq_json_reader_pop (reader);

      if (self->data == NULL)
        return FALSE;
    }

  return TRUE;
}

/* A setting naming a variable the data does not have is dropped, as
 * dq_project_set_data() drops it. */
static char *
steal_variable_setting (DqProject  *self,
                        char      **name)
{
  if (*name == NULL || self->data == NULL ||
      !dq_survey_data_lookup_variable (self->data, *name, NULL))
    {
      g_clear_pointer (name, g_free);
      return NULL;
    }

  return g_steal_pointer (name);
}

static gboolean
apply_saved_figure_edit (DqProject     *self,
                         DqJsonReader  *reader,
                         Edit          *edit,
                         GError       **error)
{
  DqFigure *figure = dq_dataset_lookup_figure (self->dataset, edit->figure_id);
  double current;

  if (figure == NULL)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "figure",
                 _("there is no figure “%s” in the dataset"), edit->figure_id);
      return FALSE;
    }

  current = figure_current_value (figure);
  if (!close_value (current, edit->previous))
    {
      g_autofree char *current_str = format_figure_value (current);
      g_autofree char *previous_str = format_figure_value (edit->previous);

      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "previous",
                 _("the figure “%s” is %s, not %s as when the project was saved: the dataset "
                   "has changed since"),
                 edit->figure_id, current_str, previous_str);
      return FALSE;
    }

  /* Undo restores the value there is, not the one written by hand. */
  edit->previous = current;
  dq_figure_set_value (figure, edit->value);

  return TRUE;
}

static gboolean
apply_saved_data_edit (DqProject     *self,
                       DqJsonReader  *reader,
                       Edit          *edit,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *current = NULL;
  gsize n_rows;
  guint variable;

  if (self->data == NULL)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "variable",
                 _("the edit is of survey data, but the project has none"));
      return FALSE;
    }

  if (!dq_survey_data_lookup_variable (self->data, edit->variable, &variable))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "variable",
                 _("the data has no variable “%s”"), edit->variable);
      return FALSE;
    }

  n_rows = dq_survey_data_get_n_rows (self->data);
  if (edit->row >= n_rows)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "row",
                 _("there is no respondent %zu; the last is respondent %zu"),
                 edit->row + 1, n_rows);
      return FALSE;
    }

  current = dq_survey_data_dup_value_text (self->data, variable, edit->row);
  if (!same_value_text (self->data, variable, current, edit->previous_text))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "previous",
                 _("respondent %zu has “%s” in “%s”, not “%s” as when the project was saved: "
                   "the data file has changed since"),
                 edit->row + 1, current, edit->variable, edit->previous_text);
      return FALSE;
    }

  if (!dq_survey_data_set_value_text (self->data, variable, edit->row, edit->text, &local_error))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_VALUE, "value", "%s", local_error->message);
      return FALSE;
    }

  /* The history holds values as the table shows them. */
  g_free (edit->previous_text);
  edit->previous_text = g_steal_pointer (&current);
  g_free (edit->text);
  edit->text = dq_survey_data_dup_value_text (self->data, variable, edit->row);

  return TRUE;
}

static gboolean
apply_saved_edits (DqProject     *self,
                   DqJsonReader  *reader,
                   Contents      *contents,
                   GError       **error)
{
  dq_json_reader_push_member (reader, "edits");

  for (guint i = 0; i < contents->edits->len; i++)
    {
      Edit *edit = g_ptr_array_index (contents->edits, i);
      gboolean ok;

      dq_json_reader_push_index (reader, i);
      if (edit->kind == EDIT_FIGURE)
        ok = apply_saved_figure_edit (self, reader, edit, error);
      else
        ok = apply_saved_data_edit (self, reader, edit, error);
      dq_json_reader_pop (reader);

      if (!ok)
        {
          dq_json_reader_pop (reader);
          return FALSE;
        }
    }

  dq_json_reader_pop (reader);

  /* The edits now belong to the history. */
  g_ptr_array_extend_and_steal (self->undo_stack, g_steal_pointer (&contents->edits));

  return TRUE;
}

/* Reads a project from @data. Relative paths are resolved against the
 * directory of @base. In @recovery, the file is the autosave file, whose
 * "saved_as" says which project file the work belongs to. */
static DqProject *
load_project (const char    *data,
              gsize          length,
              GFile         *base,
              gboolean       recovery,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *name = dup_display_name (base);
  g_autoptr(DqJsonReader) reader = dq_json_reader_new (name);
  g_autoptr(DqProject) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Contents) contents = { NULL };

  contents.missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  contents.edits = g_ptr_array_new_with_free_func (edit_free);

  if (!read_contents (reader, data, length, recovery, &contents, &local_error))
    {
      /* DqJsonReader's own errors are in the dataset's domain; to the
       * caller they are all a malformed project. */
      if (local_error->domain == DQ_DATASET_ERROR)
        {
          local_error->domain = DQ_PROJECT_ERROR;
          local_error->code = DQ_PROJECT_ERROR_FORMAT;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self = g_object_new (DQ_TYPE_PROJECT, NULL);

  if (!load_files (self, reader, &contents, base, cancellable, error))
    return NULL;

  self->weight = steal_variable_setting (self, &contents.weight);
  self->row_variable = steal_variable_setting (self, &contents.row_variable);
  self->column_variable = steal_variable_setting (self, &contents.column_variable);
  g_array_append_vals (self->missing_codes, contents.missing_codes->data,
                       contents.missing_codes->len);
  if (contents.chart_kind != NULL)
    replace_string (&self->chart_kind, contents.chart_kind);
  self->page = g_steal_pointer (&contents.page);
  self->chart_id = g_steal_pointer (&contents.chart_id);

  if (!apply_saved_edits (self, reader, &contents, error))
    return NULL;

  if (recovery)
    {
      if (contents.saved_as != NULL)
        self->file = resolve_path (contents.saved_as, NULL);
      self->modified = TRUE;
    }
  else if (base != NULL)
    self->file = g_object_ref (base);

  return g_steal_pointer (&self);
}

/* Reads the whole of @file, refusing a file too large to be a project. */
static char *
read_project_file (GFile         *file,
                   gsize         *length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  char *contents = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT,
                   _("%s: the file is not a project: it is not a regular file"), name);
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > DQ_PROJECT_MAX_FILE_SIZE)
    {
      g_autofree char *size_str = g_format_size (g_file_info_get_size (info));
      g_autofree char *max_str = g_format_size (DQ_PROJECT_MAX_FILE_SIZE);

      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT,
                   _("%s: the file is %s, larger than the %s a project may have"),
                   name, size_str, max_str);
      return NULL;
    }
  /* A file that cannot be queried is reported by the read below. */
  g_clear_error (&local_error);

  if (!g_file_load_contents (file, cancellable, &contents, length, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot read the file: %s"), name, local_error->message);
      return NULL;
    }

  return contents;
}

/* Public API */

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

  return load_project (data != NULL ? data : "", length, file, FALSE, cancellable, error);
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

  contents = read_project_file (file, &length, cancellable, error);
  if (contents == NULL)
    return NULL;

  return load_project (contents, length, file, FALSE, cancellable, error);
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

  return build_json (self, base, FALSE);
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

  text = build_json (self, file, FALSE);
  if (!write_atomically (file, text, cancellable, error))
    return FALSE;

  if (replace_file (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  set_modified (self, FALSE);

  return TRUE;
}

/**
 * dq_project_dup_autosave_file:
 *
 * Returns: (transfer full): the autosave file,
 *   `$XDG_DATA_HOME/dostyq/autosave.dostyq`
 */
GFile *
dq_project_dup_autosave_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dostyq", "autosave.dostyq",
                                            NULL);

  return g_file_new_for_path (path);
}

/**
 * dq_project_autosave:
 * @self: a #DqProject
 * @error: the place for an error
 *
 * Writes the project to the autosave file, atomically, with absolute paths
 * and the project file it belongs to, so that dq_project_load_recovery()
 * can bring the work back after a crash. Neither #DqProject:file nor
 * #DqProject:modified change.
 *
 * Returns: whether the autosave file was written
 */
gboolean
dq_project_autosave (DqProject  *self,
                     GError    **error)
{
  g_autoptr(GFile) file = dq_project_dup_autosave_file ();
  g_autoptr(GFile) directory = g_file_get_parent (file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_make_directory_with_parents (directory, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (directory);

      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot create the folder: %s"), name, local_error->message);
      return FALSE;
    }

  text = build_json (self, NULL, TRUE);

  return write_atomically (file, text, NULL, error);
}

/**
 * dq_project_has_recovery:
 *
 * Returns: whether there is an autosave file to recover
 */
gboolean
dq_project_has_recovery (void)
{
  g_autoptr(GFile) file = dq_project_dup_autosave_file ();

  return g_file_query_exists (file, NULL);
}

/**
 * dq_project_load_recovery:
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Loads the autosave file as dq_project_load() loads a project.
 *
 * Returns: (transfer full) (nullable): the project, modified, with
 *   #DqProject:file the project file the work belongs to, or %NULL if it
 *   was never saved; or %NULL with @error set
 */
DqProject *
dq_project_load_recovery (GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFile) file = dq_project_dup_autosave_file ();
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = read_project_file (file, &length, cancellable, error);
  if (contents == NULL)
    return NULL;

  return load_project (contents, length, file, TRUE, cancellable, error);
}

/**
 * dq_project_discard_recovery:
 *
 * Deletes the autosave file, if there is one.
 */
void
dq_project_discard_recovery (void)
{
  g_autoptr(GFile) file = dq_project_dup_autosave_file ();
  g_autoptr(GError) error = NULL;

  if (!g_file_delete (file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_warning ("Cannot delete the autosave file: %s", error->message);
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

static void
drop_data_edits (GPtrArray *stack)
{
  for (guint i = stack->len; i > 0; i--)
    {
      const Edit *edit = g_ptr_array_index (stack, i - 1);

      if (edit->kind == EDIT_DATA)
        g_ptr_array_remove_index (stack, i - 1);
    }
}

/* Keeps a setting that names a variable only if @data has it. */
static void
keep_variable_setting (DqProject  *self,
                       char      **field,
                       guint       prop_id)
{
  if (*field == NULL ||
      (self->data != NULL && dq_survey_data_lookup_variable (self->data, *field, NULL)))
    return;

  g_clear_pointer (field, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
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
 * edits of figures stay. The weight and the row and column variables stay
 * if @data has variables of those names.
 */
void
dq_project_set_data (DqProject    *self,
                     DqSurveyData *data,
                     GFile        *data_file,
                     const char   *encoding,
                     guint         delimiter)
{
  History history;

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

  history_save (self, &history);
  drop_data_edits (self->undo_stack);
  drop_data_edits (self->redo_stack);

  if (g_set_object (&self->data, data))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  if (replace_file (&self->data_file, data_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_FILE]);
  replace_string (&self->encoding, encoding);
  self->delimiter = delimiter;

  keep_variable_setting (self, &self->weight, PROP_WEIGHT);
  keep_variable_setting (self, &self->row_variable, PROP_ROW_VARIABLE);
  keep_variable_setting (self, &self->column_variable, PROP_COLUMN_VARIABLE);

  history_notify (self, &history);
  changed (self);
}

/**
 * dq_project_get_weight:
 * @self: a #DqProject
 *
 * Returns: (nullable): the name of the weight variable
 */
const char *
dq_project_get_weight (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->weight;
}

/**
 * dq_project_set_weight:
 * @self: a #DqProject
 * @weight: (nullable): the name of the weight variable, or %NULL
 */
void
dq_project_set_weight (DqProject  *self,
                       const char *weight)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  set_setting (self, &self->weight, weight, PROP_WEIGHT);
}

/**
 * dq_project_get_missing_codes:
 * @self: a #DqProject
 * @n_codes: (out): the number of codes
 *
 * Returns: (array length=n_codes) (transfer none): the values counted as
 *   missing in every variable, such as 9 for "don't know"
 */
const double *
dq_project_get_missing_codes (DqProject *self,
                              guint     *n_codes)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = self->missing_codes->len;

  return (const double *) (gpointer) self->missing_codes->data;
}

/**
 * dq_project_set_missing_codes:
 * @self: a #DqProject
 * @codes: (array length=n_codes) (nullable): finite values
 * @n_codes: the number of @codes
 *
 * Sets the values counted as missing in every variable.
 */
void
dq_project_set_missing_codes (DqProject    *self,
                              const double *codes,
                              guint         n_codes)
{
  g_return_if_fail (DQ_IS_PROJECT (self));
  g_return_if_fail (codes != NULL || n_codes == 0);

  for (guint i = 0; i < n_codes; i++)
    g_return_if_fail (isfinite (codes[i]));

  if (n_codes == self->missing_codes->len &&
      (n_codes == 0 || memcmp (codes, self->missing_codes->data, n_codes * sizeof (double)) == 0))
    return;

  g_array_set_size (self->missing_codes, 0);
  g_array_append_vals (self->missing_codes, codes, n_codes);
  changed (self);
}

/**
 * dq_project_get_row_variable:
 * @self: a #DqProject
 *
 * Returns: (nullable): the name of the crosstab's row variable
 */
const char *
dq_project_get_row_variable (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->row_variable;
}

/**
 * dq_project_set_row_variable:
 * @self: a #DqProject
 * @name: (nullable): the name of the crosstab's row variable
 */
void
dq_project_set_row_variable (DqProject  *self,
                             const char *name)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  set_setting (self, &self->row_variable, name, PROP_ROW_VARIABLE);
}

/**
 * dq_project_get_column_variable:
 * @self: a #DqProject
 *
 * Returns: (nullable): the name of the crosstab's column variable
 */
const char *
dq_project_get_column_variable (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->column_variable;
}

/**
 * dq_project_set_column_variable:
 * @self: a #DqProject
 * @name: (nullable): the name of the crosstab's column variable
 */
void
dq_project_set_column_variable (DqProject  *self,
                                const char *name)
{
  g_return_if_fail (DQ_IS_PROJECT (self));

  set_setting (self, &self->column_variable, name, PROP_COLUMN_VARIABLE);
}

/**
 * dq_project_get_chart_kind:
 * @self: a #DqProject
 *
 * Returns: how the crosstab is drawn: "grouped", "diverging" or "diverging-reversed"
 */
const char *
dq_project_get_chart_kind (DqProject *self)
{
  g_return_val_if_fail (DQ_IS_PROJECT (self), NULL);

  return self->chart_kind;
}

/**
 * dq_project_set_chart_kind:
 * @self: a #DqProject
 * @kind: (nullable): "grouped", "diverging" or "diverging-reversed" (a
 *   scale coded from its positive end); %NULL is "grouped"
 */
void
dq_project_set_chart_kind (DqProject  *self,
                           const char *kind)
{
  g_return_if_fail (DQ_IS_PROJECT (self));
  g_return_if_fail (kind == NULL || g_strv_contains (chart_kinds, kind));

  set_setting (self, &self->chart_kind, kind != NULL ? kind : DEFAULT_CHART_KIND,
               PROP_CHART_KIND);
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

/* Records an edit that has just been applied. */
static void
push_edit (DqProject *self,
           Edit      *edit)
{
  History history;

  history_save (self, &history);
  g_ptr_array_add (self->undo_stack, edit);
  /* A new edit starts a new future. */
  g_ptr_array_set_size (self->redo_stack, 0);
  history_notify (self, &history);
  changed (self);
}

/**
 * dq_project_edit_figure:
 * @self: a #DqProject
 * @figure_id: the id of a figure of the dataset
 * @value: its new value, or NaN to make it a gap
 * @error: the place for an error
 *
 * Changes the value of a figure, as an edit that can be undone. Setting the
 * value the figure has already is no edit.
 *
 * Returns: %TRUE when the value is set; %FALSE with @error set
 *   (%DQ_PROJECT_ERROR_EDIT) when there is no such figure, or
 *   (%DQ_PROJECT_ERROR_VALUE) when @value is infinite
 */
gboolean
dq_project_edit_figure (DqProject   *self,
                        const char  *figure_id,
                        double       value,
                        GError     **error)
{
  DqFigure *figure;
  double previous;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (figure_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  figure = dq_dataset_lookup_figure (self->dataset, figure_id);
  if (figure == NULL)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no figure “%s” in the dataset"), figure_id);
      return FALSE;
    }

  if (isinf (value))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE,
                   _("the value of “%s” must be a finite number"), figure_id);
      return FALSE;
    }

  previous = figure_current_value (figure);
  if (same_value (previous, value))
    return TRUE;

  dq_figure_set_value (figure, value);
  push_edit (self, edit_new_figure (figure_id, value, previous));

  return TRUE;
}

/**
 * dq_project_edit_data:
 * @self: a #DqProject
 * @variable: the index of a variable of the data
 * @row: a row index, from 0
 * @text: the value as typed into the data table; see
 *   dq_survey_data_set_value_text()
 * @error: the place for an error
 *
 * Changes a value of the imported data, as an edit that can be undone.
 * Typing the value there is already is no edit.
 *
 * Returns: %TRUE when the value is set; %FALSE with @error set
 *   (%DQ_PROJECT_ERROR_EDIT) when there is no data or no such variable or
 *   row, or (%DQ_PROJECT_ERROR_VALUE) when @text cannot be a value of the
 *   variable
 */
gboolean
dq_project_edit_data (DqProject   *self,
                      guint        variable,
                      gsize        row,
                      const char  *text,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *current = NULL;
  gboolean numeric;
  double old_number = NAN;
  guint32 old_code = DQ_SURVEY_DATA_NO_CODE;
  gsize n_rows;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->data == NULL)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no imported data to edit"));
      return FALSE;
    }

  if (variable >= dq_survey_data_get_n_variables (self->data))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("the data has no variable number %u"), variable + 1);
      return FALSE;
    }

  n_rows = dq_survey_data_get_n_rows (self->data);
  if (row >= n_rows)
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT,
                   _("there is no respondent %zu; the last is respondent %zu"),
                   row + 1, n_rows);
      return FALSE;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE,
                   _("the text is not valid Unicode"));
      return FALSE;
    }

  numeric = dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_NUMERIC;
  if (numeric)
    old_number = dq_survey_data_get_numbers (self->data, variable)[row];
  else
    old_code = dq_survey_data_get_codes (self->data, variable)[row];
  previous = dq_survey_data_dup_value_text (self->data, variable, row);

  if (!dq_survey_data_set_value_text (self->data, variable, row, text, &local_error))
    {
      g_set_error_literal (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE, local_error->message);
      return FALSE;
    }

  if (numeric ? same_value (old_number, dq_survey_data_get_numbers (self->data, variable)[row])
              : old_code == dq_survey_data_get_codes (self->data, variable)[row])
    return TRUE;

  current = dq_survey_data_dup_value_text (self->data, variable, row);
  push_edit (self, edit_new_data (dq_survey_data_get_name (self->data, variable), row, current,
                                  previous));

  return TRUE;
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

  return self->undo_stack->len;
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

  return self->undo_stack->len > 0;
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

  return self->redo_stack->len > 0;
}

/* Applies @edit, or with @undo reverts it. */
static void
apply_edit (DqProject  *self,
            const Edit *edit,
            gboolean    undo)
{
  switch (edit->kind)
    {
    case EDIT_FIGURE:
      {
        DqFigure *figure = dq_dataset_lookup_figure (self->dataset, edit->figure_id);

        g_assert (figure != NULL);
        dq_figure_set_value (figure, undo ? edit->previous : edit->value);
      }
      break;

    case EDIT_DATA:
      {
        g_autoptr(GError) error = NULL;
        guint variable = 0;
        gboolean found G_GNUC_UNUSED;

        /* Data edits leave the history with their data. */
        found = dq_survey_data_lookup_variable (self->data, edit->variable, &variable);
        g_assert (found);

        /* The text of a value stores that value again. */
        if (!dq_survey_data_set_value_text (self->data, variable, edit->row,
                                            undo ? edit->previous_text : edit->text, &error))
          g_critical ("Cannot %s an edit of “%s”: %s", undo ? "undo" : "redo", edit->variable,
                      error->message);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * dq_project_undo:
 * @self: a #DqProject
 *
 * Reverts the last edit: a figure gets back its previous value, or becomes
 * a gap again; a value of the data gets back its previous text.
 *
 * Returns: whether there was an edit to undo
 */
gboolean
dq_project_undo (DqProject *self)
{
  History history;
  Edit *edit;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  if (self->undo_stack->len == 0)
    return FALSE;

  history_save (self, &history);
  edit = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  apply_edit (self, edit, TRUE);
  g_ptr_array_add (self->redo_stack, edit);
  history_notify (self, &history);
  changed (self);

  return TRUE;
}

/**
 * dq_project_redo:
 * @self: a #DqProject
 *
 * Applies the last undone edit again.
 *
 * Returns: whether there was an edit to redo
 */
gboolean
dq_project_redo (DqProject *self)
{
  History history;
  Edit *edit;

  g_return_val_if_fail (DQ_IS_PROJECT (self), FALSE);

  if (self->redo_stack->len == 0)
    return FALSE;

  history_save (self, &history);
  edit = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  apply_edit (self, edit, FALSE);
  g_ptr_array_add (self->undo_stack, edit);
  history_notify (self, &history);
  changed (self);

  return TRUE;
}
