/* dq-project-io.c
 *
 * Reading and writing `.dostyq` files: the JSON text of a project, checked
 * whole before any file it names is read, then the files it names and its
 * edits, each checked against the value it replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "dq-atomic-file.h"
#include "dq-figure-private.h"
#include "dq-input-file.h"
#include "dq-json-reader.h"
#include "dq-project-private.h"
#include "dq-survey-reader.h"

#define FORMAT_NAME "dostyq-project"
#define FORMAT_VERSION 1

/* Values */

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
add_edit (JsonBuilder         *builder,
          const DqProjectEdit *edit)
{
  json_builder_begin_object (builder);

  switch (edit->kind)
    {
    case DQ_PROJECT_EDIT_FIGURE:
      add_string_member (builder, "figure", edit->figure_id);
      json_builder_set_member_name (builder, "value");
      add_number (builder, edit->value);
      json_builder_set_member_name (builder, "previous");
      add_number (builder, edit->previous);
      break;

    case DQ_PROJECT_EDIT_DATA:
      add_string_member (builder, "variable", edit->variable);
      json_builder_set_member_name (builder, "row");
      json_builder_add_int_value (builder, (gint64) edit->row + 1);
      add_string_member (builder, "value", edit->text);
      add_string_member (builder, "previous", edit->previous_text);
      break;

    default:
      g_assert_not_reached ();
    }

  _dq_project_add_edit_stamp (builder, edit);
  json_builder_end_object (builder);
}

static void
add_analysis (JsonBuilder *builder,
              DqAnalysis  *analysis)
{
  const double *codes;
  guint n_codes;

  json_builder_begin_object (builder);
  add_string_member (builder, "weight", dq_analysis_get_weight (analysis));
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  codes = dq_analysis_get_missing_codes (analysis, &n_codes);
  for (guint i = 0; i < n_codes; i++)
    add_number (builder, codes[i]);
  json_builder_end_array (builder);
  add_string_member (builder, "row", dq_analysis_get_row_variable (analysis));
  add_string_member (builder, "column", dq_analysis_get_column_variable (analysis));
  add_string_member (builder, "chart", dq_analysis_get_chart_name (analysis));
  _dq_project_add_analysis_cases (builder, analysis);
  json_builder_end_object (builder);
}

/**
 * _dq_project_write_json:
 * @self: a #DqProject
 * @base: (nullable): the project file the text is for, or %NULL
 * @recovery: whether the text is for a recovery file, which names the
 *   project file the work belongs to
 *
 * Returns: (transfer full): the JSON of a `.dostyq` file, ending with a
 *   line break
 */
char *
_dq_project_write_json (DqProject *self,
                        GFile     *base,
                        gboolean   recovery)
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
      _dq_project_add_texts (builder, "missing_texts", self->missing_texts);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "analysis");
  add_analysis (builder, self->analysis);

  json_builder_set_member_name (builder, "view");
  json_builder_begin_object (builder);
  add_string_member (builder, "page", self->page);
  add_string_member (builder, "chart", self->chart_id);
  /* Column percentages, the default, are written as before. */
  if (self->percent != DQ_CROSSTAB_PERCENT_COLUMN)
    add_string_member (builder, "percent", dq_crosstab_percent_to_nick (self->percent));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "edits");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dq_edit_history_get_n_done (self->history); i++)
    add_edit (builder, dq_edit_history_get_done (self->history, i));
  json_builder_end_array (builder);

  if (recovery)
    add_file_member (builder, "saved_as", self->file, NULL);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

/**
 * _dq_project_write_file:
 * @file: the file to replace
 * @contents: its new text
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Replaces @file with @contents, or leaves it as it was.
 *
 * Returns: whether @file was written
 */
gboolean
_dq_project_write_file (GFile         *file,
                        const char    *contents,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!dq_atomic_file_replace_contents (file, contents, strlen (contents), DQ_ATOMIC_FILE_NONE,
                                        cancellable, &local_error))
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
  /* Variables not checked yet against the data. */
  DqAnalysis *analysis;
  char      *page;
  char      *chart_id;
  int        percent;
  GStrv      missing_texts;
  char      *saved_as;
  /* DqProjectEdit, with previous values as the file gives them. */
  GPtrArray *edits;
} Contents;

static void
contents_clear (Contents *contents)
{
  g_clear_pointer (&contents->dataset_path, g_free);
  g_clear_pointer (&contents->data_path, g_free);
  g_clear_pointer (&contents->encoding, g_free);
  g_clear_object (&contents->analysis);
  g_clear_pointer (&contents->page, g_free);
  g_clear_pointer (&contents->chart_id, g_free);
  g_clear_pointer (&contents->saved_as, g_free);
  g_clear_pointer (&contents->missing_texts, g_strfreev);
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
       read_string (reader, data, "delimiter", STRING_NULLABLE, &delimiter, error) &&
       dq_json_reader_get_strv (reader, data, "missing_texts", DQ_OPTIONAL,
                                &contents->missing_texts, error);

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

/* The kinds of percentages a project file may give, in the order of
 * DqCrosstabPercent. */
static const char * const percent_names[] = { "column", "row", "total", NULL };

/* The names of charts a project file may give. */
static const char * const chart_names[] = { "grouped", "diverging", "diverging-reversed", NULL };

static gboolean
read_analysis_member (DqJsonReader  *reader,
                      JsonObject    *object,
                      Contents      *contents,
                      GError       **error)
{
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *weight = NULL;
  g_autofree char *row = NULL;
  g_autofree char *column = NULL;
  JsonObject *analysis;
  JsonNode *chart_node;
  int chart = 0;
  gboolean ok;

  if (!read_nullable_object (reader, object, "analysis", &analysis, error))
    return FALSE;
  if (analysis == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, "analysis");
  ok = read_string (reader, analysis, "weight", STRING_NULLABLE, &weight, error) &&
       read_missing_codes (reader, analysis, codes, error) &&
       read_string (reader, analysis, "row", STRING_NULLABLE, &row, error) &&
       read_string (reader, analysis, "column", STRING_NULLABLE, &column, error) &&
       _dq_project_read_analysis_cases (reader, analysis, contents->analysis, error);

  chart_node = json_object_get_member (analysis, "chart");
  if (ok && chart_node != NULL && !JSON_NODE_HOLDS_NULL (chart_node))
    {
      ok = dq_json_reader_get_choice (reader, analysis, "chart", DQ_OPTIONAL, chart_names,
                                      &chart, error);
      if (ok)
        dq_analysis_set_chart_name (contents->analysis, chart_names[chart], NULL);
    }
  dq_json_reader_pop (reader);

  dq_analysis_set_weight (contents->analysis, weight);
  dq_analysis_set_row_variable (contents->analysis, row);
  dq_analysis_set_column_variable (contents->analysis, column);
  dq_analysis_set_missing_codes (contents->analysis, (const double *) (gpointer) codes->data,
                                 codes->len);

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

      g_ptr_array_add (edits, _dq_project_edit_new_figure (id, value, previous));
      return _dq_project_read_edit_stamp (reader, object, g_ptr_array_index (edits, edits->len - 1),
                                          error);
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

      g_ptr_array_add (edits, _dq_project_edit_new_data (id, row - 1, text, previous_text));
      return _dq_project_read_edit_stamp (reader, object, g_ptr_array_index (edits, edits->len - 1),
                                          error);
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
           read_string (reader, view, "chart", STRING_NULLABLE, &contents->chart_id, error) &&
           dq_json_reader_get_choice (reader, view, "percent", DQ_OPTIONAL, percent_names,
                                      &contents->percent, error);
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

  if (!dq_input_file_check (file, name, NULL, cancellable, &local_error))
    {
      set_error (reader, error, DQ_PROJECT_ERROR_MISSING_FILE, member, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Reads the survey file the project names, as it was imported. */
static DqSurveyData *
read_data_file (GFile         *file,
                const char    *encoding,
                guint          delimiter,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);

  dq_survey_reader_set_encoding (reader, encoding);
  dq_survey_reader_set_delimiter (reader, delimiter);

  return dq_survey_reader_read (reader, cancellable, error);
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
          /* As the import dialog declared them, before any edit is checked. */
          if (self->data != NULL && contents->missing_texts != NULL)
            {
              dq_survey_data_add_missing_texts (self->data,
                                                (const char * const *) contents->missing_texts);
              self->missing_texts = g_steal_pointer (&contents->missing_texts);
            }
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

static gboolean
apply_saved_figure_edit (DqProject     *self,
                         DqJsonReader  *reader,
                         DqProjectEdit *edit,
                         GError       **error)
{
  DqFigure *figure = dq_dataset_lookup_figure (self->dataset, edit->figure_id);
  g_autofree char *problem = NULL;
  double current;

  if (figure == NULL)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_EDIT, "figure",
                 _("there is no figure “%s” in the dataset"), edit->figure_id);
      return FALSE;
    }

  current = _dq_project_figure_value (figure);
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

  /* The same check as when the dataset is loaded: a percentage of 200 is
   * no more a value in a project than in a dataset. */
  problem = _dq_figure_check_value (figure, edit->value);
  if (problem != NULL)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_VALUE, "value", "%s: %s", edit->figure_id,
                 problem);
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
                       DqProjectEdit *edit,
                       const char    *weight,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *current = NULL;
  g_autofree char *problem = NULL;
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

  problem = _dq_project_check_data_edit (self->data, weight, variable, edit->row);
  if (problem != NULL)
    {
      set_error (reader, error, DQ_PROJECT_ERROR_VALUE, NULL, "%s", problem);
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
      DqProjectEdit *edit = g_ptr_array_index (contents->edits, i);
      gboolean ok;

      dq_json_reader_push_index (reader, i);
      if (edit->kind == DQ_PROJECT_EDIT_FIGURE)
        ok = apply_saved_figure_edit (self, reader, edit, error);
      else
        ok = apply_saved_data_edit (self, reader, edit,
                                    dq_analysis_get_weight (contents->analysis), error);
      dq_json_reader_pop (reader);

      if (!ok)
        {
          dq_json_reader_pop (reader);
          return FALSE;
        }
    }

  dq_json_reader_pop (reader);

  /* The edits now belong to the history; each figure learns who corrected
   * it and when. */
  while (contents->edits->len > 0)
    {
      DqProjectEdit *edit = g_ptr_array_steal_index (contents->edits, 0);

      dq_edit_history_push (self->history, edit);
      if (edit->kind == DQ_PROJECT_EDIT_FIGURE)
        _dq_project_note_figure (self, edit->figure_id);
    }

  return TRUE;
}

/**
 * _dq_project_read:
 * @data: (array length=length): the text of a project file
 * @length: the length of @data
 * @base: (nullable): the project file, to name it in errors and to resolve
 *   relative paths against its directory
 * @recovery: whether @data is a recovery file, whose "saved_as" says which
 *   project file the work belongs to
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the project, or %NULL with @error set
 */
DqProject *
_dq_project_read (const char    *data,
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

  contents.analysis = dq_analysis_new ();
  contents.edits = g_ptr_array_new_with_free_func (_dq_project_edit_free);

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

  self = g_object_new (DQ_TYPE_PROJECT, "analysis", contents.analysis, NULL);

  if (!load_files (self, reader, &contents, base, cancellable, error))
    return NULL;

  /* A setting naming a variable the data does not have is dropped, as
   * dq_project_set_data() drops it. */
  dq_analysis_forget_unknown (self->analysis, self->data);
  self->page = g_steal_pointer (&contents.page);
  self->chart_id = g_steal_pointer (&contents.chart_id);
  self->percent = contents.percent;

  if (!apply_saved_edits (self, reader, &contents, error))
    return NULL;

  if (recovery && contents.saved_as != NULL)
    self->file = resolve_path (contents.saved_as, NULL);
  else if (!recovery && base != NULL)
    self->file = g_object_ref (base);
  /* Recovered work was never saved; an opened project is as it was. */
  self->modified = recovery;

  return g_steal_pointer (&self);
}

/**
 * _dq_project_read_file:
 * @file: a project file
 * @length: (out): the length of the text
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads the whole of @file, refusing a file too large to be a project.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 */
char *
_dq_project_read_file (GFile         *file,
                       gsize         *length,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = dq_input_file_dup_display_basename (file);
  char *contents = NULL;

  if (!dq_input_file_check (file, name, NULL, cancellable, error))
    return NULL;
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
