/* test-project.c
 *
 * The project: a save and load that gives back every value, setting and
 * edit; paths relative to the project file and absolute outside it; undo
 * and redo with their notifications; typed values; the loader's errors,
 * each naming the file, the JSON path and the problem; atomic saves; and
 * the text of recovery files. The analysis, the edit history and the
 * recovery slots have tests of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "dq-csv-reader.h"
#include "dq-project.h"
#include "dq-test-util.h"

#define FIXTURE_RESOURCE "/io/github/dostyq/Dostyq/tests/minimal.json"

/* A figure of the bundled dataset, and one that is a gap. */
#define FIGURE_ID "cab-2021-help-kz-russia"
#define FIGURE_VALUE 50.0
#define GAP_ID "fact-eu-diasporas-census-table"

/* Survey data as Excel in a Russian locale writes it. */
#define SURVEY_CSV \
  "id;q1;country;w\r\n" \
  "1;2;Казахстан;1,5\r\n" \
  "2;1;Узбекистан;0,5\r\n" \
  "3;9;Казахстан;1\r\n"

/* Helpers */

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dostyq-project-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0755));
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Writes the survey in Windows-1251 to @dir/@name. */
static GFile *
write_survey (const char *dir,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *bytes = NULL;
  gsize length;

  bytes = g_convert (SURVEY_CSV, -1, "CP1251", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  write_file (path, bytes, length);

  return g_file_new_for_path (path);
}

static DqSurveyData *
read_survey (GFile *file)
{
  g_autoptr(DqCsvReader) reader = dq_csv_reader_new ();
  g_autoptr(GError) error = NULL;
  DqSurveyData *data;

  dq_csv_reader_set_encoding (reader, "windows-1251");
  dq_csv_reader_set_delimiter (reader, ';');
  data = dq_csv_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static DqProject *
new_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dq_project_new (dataset, NULL);
}

/* A project with the survey of @dir/@name imported. */
static DqProject *
new_project_with_survey (const char *dir,
                         const char *name)
{
  DqProject *project = new_project ();
  g_autoptr(GFile) file = write_survey (dir, name);
  g_autoptr(DqSurveyData) data = read_survey (file);

  dq_project_set_data (project, data, file, "windows-1251", ';');

  return project;
}

static guint
variable (DqProject  *project,
          const char *name)
{
  guint index = G_MAXUINT;

  g_assert_true (dq_survey_data_lookup_variable (dq_project_get_data (project), name, &index));

  return index;
}

static char *
value_text (DqProject  *project,
            const char *name,
            gsize       row)
{
  return dq_survey_data_dup_value_text (dq_project_get_data (project), variable (project, name),
                                        row);
}

static DqFigure *
figure (DqProject  *project,
        const char *id)
{
  DqFigure *result = dq_dataset_lookup_figure (dq_project_get_dataset (project), id);

  g_assert_nonnull (result);

  return result;
}

static void
edit_figure (DqProject  *project,
             const char *id,
             double      value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dq_project_edit_figure (project, id, value, &error));
  g_assert_no_error (error);
}

static void
edit_data (DqProject  *project,
           const char *name,
           gsize       row,
           const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dq_project_edit_data (project, variable (project, name), row, text, &error));
  g_assert_no_error (error);
}

static void
save (DqProject *project,
      GFile     *file)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dq_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
}

static DqProject *
load (GFile *file)
{
  g_autoptr(GError) error = NULL;
  DqProject *project = dq_project_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
parse_file (JsonParser *parser,
            GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);

  return parse_object (parser, contents);
}

static const char *
data_path (JsonObject *root)
{
  return json_object_get_string_member (json_object_get_object_member (root, "data"), "path");
}

static void
count_cb (gpointer  object,
          gpointer  pspec_or_null,
          guint    *count)
{
  (*count)++;
}

static void
changed_cb (DqProject *project,
            guint     *count)
{
  (*count)++;
}

/* Tests */

/* Every value, setting and edit survives a save and a load, and the loaded
 * history still undoes to the files' own values. */
static void
test_round_trip (void)
{
  static const double missing[] = { 8, 9 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "work.dostyq", NULL);
  g_autofree char *text = NULL;
  g_autofree char *csv_path = g_build_filename (dir, "survey.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(DqProject) project = new_project_with_survey (dir, "survey.csv");
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const double *codes;
  JsonObject *root;
  JsonObject *data;
  JsonArray *edits;
  DqFigure *loaded_figure;
  DqAnalysis *analysis;
  guint n_codes;

  g_assert_null (dq_project_get_file (project));
  g_assert_true (dq_project_get_modified (project));

  edit_figure (project, FIGURE_ID, 42.5);
  edit_data (project, "q1", 1, "3");
  edit_data (project, "country", 0, "Кыргызстан");
  edit_data (project, "w", 2, "2,25");
  analysis = dq_project_get_analysis (project);
  dq_analysis_set_weight (analysis, "w");
  dq_analysis_set_missing_codes (analysis, missing, G_N_ELEMENTS (missing));
  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "country");
  dq_analysis_set_chart (analysis, DQ_ANALYSIS_CHART_DIVERGING);
  dq_project_set_page (project, "data");
  dq_project_set_chart_id (project, "cab-2021-attitudes");
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 4);

  save (project, file);
  g_assert_false (dq_project_get_modified (project));
  g_assert_true (g_file_equal (dq_project_get_file (project), file));

  /* The text is what the README documents. */
  text = dq_project_to_json (project, file);
  g_assert_true (g_str_has_suffix (text, "}\n"));
  root = parse_object (parser, text);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "dostyq-project");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (json_node_is_null (json_object_get_member (root, "dataset")));
  data = json_object_get_object_member (root, "data");
  g_assert_cmpstr (json_object_get_string_member (data, "path"), ==, "survey.csv");
  g_assert_cmpstr (json_object_get_string_member (data, "encoding"), ==, "windows-1251");
  g_assert_cmpstr (json_object_get_string_member (data, "delimiter"), ==, ";");
  edits = json_object_get_array_member (root, "edits");
  g_assert_cmpuint (json_array_get_length (edits), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (edits, 0),
                                                  "figure"), ==, FIGURE_ID);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (edits, 0),
                                                    "previous"), ==, FIGURE_VALUE);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (edits, 1), "row"),
                   ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (edits, 1),
                                                  "previous"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (edits, 3),
                                                  "value"), ==, "2.25");

  loaded = load (file);
  g_assert_false (dq_project_get_modified (loaded));
  g_assert_true (g_file_equal (dq_project_get_file (loaded), file));
  g_assert_null (dq_project_get_dataset_file (loaded));
  g_assert_true (g_file_equal (dq_project_get_data_file (loaded), csv_file));
  g_assert_cmpstr (dq_project_get_encoding (loaded), ==, "windows-1251");
  g_assert_cmpuint (dq_project_get_delimiter (loaded), ==, ';');
  analysis = dq_project_get_analysis (loaded);
  g_assert_cmpstr (dq_analysis_get_weight (analysis), ==, "w");
  codes = dq_analysis_get_missing_codes (analysis, &n_codes);
  g_assert_cmpuint (n_codes, ==, 2);
  g_assert_cmpfloat (codes[0], ==, 8);
  g_assert_cmpfloat (codes[1], ==, 9);
  g_assert_cmpstr (dq_analysis_get_row_variable (analysis), ==, "q1");
  g_assert_cmpstr (dq_analysis_get_column_variable (analysis), ==, "country");
  g_assert_cmpint (dq_analysis_get_chart (analysis), ==, DQ_ANALYSIS_CHART_DIVERGING);
  g_assert_false (dq_analysis_get_reverse (analysis));
  g_assert_cmpstr (dq_project_get_page (loaded), ==, "data");
  g_assert_cmpstr (dq_project_get_chart_id (loaded), ==, "cab-2021-attitudes");
  g_assert_cmpuint (dq_project_get_n_edits (loaded), ==, 4);
  g_assert_true (dq_project_get_can_undo (loaded));
  g_assert_false (dq_project_get_can_redo (loaded));

  /* A dataset of its own, with the edit applied. */
  g_assert_true (dq_project_get_dataset (loaded) != dq_project_get_dataset (project));
  loaded_figure = figure (loaded, FIGURE_ID);
  g_assert_cmpfloat_with_epsilon (dq_figure_get_value (loaded_figure), 42.5, 1e-9);
  g_assert_cmpuint (dq_survey_data_get_n_rows (dq_project_get_data (loaded)), ==, 3);
  {
    g_autofree char *q1 = value_text (loaded, "q1", 1);
    g_autofree char *country = value_text (loaded, "country", 0);
    g_autofree char *other = value_text (loaded, "country", 1);
    g_autofree char *w = value_text (loaded, "w", 2);

    g_assert_cmpstr (q1, ==, "3");
    g_assert_cmpstr (country, ==, "Кыргызстан");
    g_assert_cmpstr (other, ==, "Узбекистан");
    g_assert_cmpstr (w, ==, "2.25");
  }
  g_assert_cmpfloat_with_epsilon (dq_survey_data_get_numbers (dq_project_get_data (loaded),
                                                              variable (loaded, "w"))[0],
                                  1.5, 1e-12);

  /* Saving the loaded project gives the same text. */
  {
    g_autofree char *again = dq_project_to_json (loaded, file);

    g_assert_cmpstr (again, ==, text);
  }

  /* Undo after loading restores the files' values. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (dq_project_undo (loaded));
  g_assert_false (dq_project_undo (loaded));
  g_assert_true (dq_project_get_modified (loaded));
  g_assert_cmpfloat (dq_figure_get_value (loaded_figure), ==, FIGURE_VALUE);
  {
    g_autofree char *q1 = value_text (loaded, "q1", 1);
    g_autofree char *country = value_text (loaded, "country", 0);
    g_autofree char *w = value_text (loaded, "w", 2);

    g_assert_cmpstr (q1, ==, "1");
    g_assert_cmpstr (country, ==, "Казахстан");
    g_assert_cmpstr (w, ==, "1");
  }

  dq_test_remove_dir (dir);
}

/* Files in the project's directory are written relative to it, so the
 * directory can be moved whole. */
static void
test_relative_paths (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *old_dir = g_build_filename (dir, "before", NULL);
  g_autofree char *new_dir = g_build_filename (dir, "after", NULL);
  g_autofree char *old_path = g_build_filename (old_dir, "work.dostyq", NULL);
  g_autofree char *new_path = g_build_filename (new_dir, "work.dostyq", NULL);
  g_autofree char *dataset_path = g_build_filename (old_dir, "sets", "minimal.json", NULL);
  g_autofree char *new_csv = g_build_filename (new_dir, "data", "survey.csv", NULL);
  g_autofree char *new_dataset = g_build_filename (new_dir, "sets", "minimal.json", NULL);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dataset_path);
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GBytes) fixture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqProject) project = NULL;
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data_dir = g_build_filename (old_dir, "data", NULL);
  JsonObject *root;
  JsonObject *data_member;

  fixture = g_resources_lookup_data (FIXTURE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  write_file (dataset_path, g_bytes_get_data (fixture, NULL), g_bytes_get_size (fixture));
  dataset = dq_dataset_new_from_file (dataset_file, &error);
  g_assert_no_error (error);

  project = dq_project_new (dataset, dataset_file);
  csv_file = write_survey (data_dir, "survey.csv");
  data = read_survey (csv_file);
  dq_project_set_data (project, data, csv_file, NULL, 0);
  edit_figure (project, "fact-centres", 1400);
  save (project, old_file);

  root = parse_file (parser, old_file);
  g_assert_cmpstr (data_path (root), ==, "data/survey.csv");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "dataset"),
                                                  "path"), ==, "sets/minimal.json");
  data_member = json_object_get_object_member (root, "data");
  g_assert_true (json_node_is_null (json_object_get_member (data_member, "encoding")));
  g_assert_true (json_node_is_null (json_object_get_member (data_member, "delimiter")));

  g_assert_no_errno (g_rename (old_dir, new_dir));

  loaded = load (new_file);
  g_assert_nonnull (dq_project_get_dataset_file (loaded));
  g_assert_cmpstr (g_file_peek_path (dq_project_get_dataset_file (loaded)), ==, new_dataset);
  g_assert_cmpstr (g_file_peek_path (dq_project_get_data_file (loaded)), ==, new_csv);
  g_assert_null (dq_project_get_encoding (loaded));
  g_assert_cmpuint (dq_project_get_delimiter (loaded), ==, 0);
  g_assert_cmpfloat (dq_figure_get_value (figure (loaded, "fact-centres")), ==, 1400);
  g_assert_cmpuint (dq_project_get_n_edits (loaded), ==, 1);

  dq_test_remove_dir (dir);
}

/* A file outside the project's directory is written with an absolute path,
 * and so is every file when there is no project file to be relative to. */
static void
test_absolute_paths (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *project_path = g_build_filename (dir, "projects", "work.dostyq", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "survey.csv", NULL);
  g_autofree char *projects_dir = g_path_get_dirname (project_path);
  g_autoptr(GFile) file = g_file_new_for_path (project_path);
  g_autoptr(DqProject) project = new_project_with_survey (dir, "survey.csv");
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;

  g_assert_no_errno (g_mkdir_with_parents (projects_dir, 0755));
  save (project, file);
  g_assert_cmpstr (data_path (parse_file (parser, file)), ==, csv_path);

  text = dq_project_to_json (project, NULL);
  g_assert_cmpstr (data_path (parse_object (parser, text)), ==, csv_path);

  loaded = load (file);
  g_assert_cmpstr (g_file_peek_path (dq_project_get_data_file (loaded)), ==, csv_path);

  dq_test_remove_dir (dir);
}

/* Undo and redo, with one notification per change of can-undo and
 * can-redo, and a gap that becomes a gap again. */
static void
test_undo_redo (void)
{
  g_autoptr(DqProject) project = new_project ();
  DqFigure *gap = figure (project, GAP_ID);
  DqFigure *plain = figure (project, FIGURE_ID);
  guint can_undo = 0;
  guint can_redo = 0;
  guint n_edits = 0;
  guint has_value = 0;
  guint n_changed = 0;

  g_signal_connect (project, "notify::can-undo", G_CALLBACK (count_cb), &can_undo);
  g_signal_connect (project, "notify::can-redo", G_CALLBACK (count_cb), &can_redo);
  g_signal_connect (project, "notify::n-edits", G_CALLBACK (count_cb), &n_edits);
  g_signal_connect (project, "changed", G_CALLBACK (changed_cb), &n_changed);
  g_signal_connect (gap, "notify::has-value", G_CALLBACK (count_cb), &has_value);

  g_assert_false (dq_project_get_can_undo (project));
  g_assert_false (dq_project_undo (project));
  g_assert_false (dq_project_redo (project));
  g_assert_false (dq_figure_has_value (gap));

  edit_figure (project, GAP_ID, 7);
  g_assert_true (dq_figure_has_value (gap));
  g_assert_cmpfloat (dq_figure_get_value (gap), ==, 7);
  edit_figure (project, FIGURE_ID, 60);
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (can_redo, ==, 0);
  g_assert_cmpuint (n_edits, ==, 2);
  g_assert_cmpuint (has_value, ==, 1);
  g_assert_cmpuint (n_changed, ==, 2);

  /* The same value again is no edit. */
  edit_figure (project, FIGURE_ID, 60);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 2);
  g_assert_cmpuint (n_changed, ==, 2);

  g_assert_true (dq_project_undo (project));
  g_assert_cmpfloat (dq_figure_get_value (plain), ==, FIGURE_VALUE);
  g_assert_true (dq_project_get_can_undo (project));
  g_assert_true (dq_project_get_can_redo (project));
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (can_redo, ==, 1);

  g_assert_true (dq_project_undo (project));
  g_assert_false (dq_figure_has_value (gap));
  g_assert_cmpuint (has_value, ==, 2);
  g_assert_false (dq_project_get_can_undo (project));
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 0);
  g_assert_cmpuint (can_undo, ==, 2);
  g_assert_cmpuint (can_redo, ==, 1);
  g_assert_false (dq_project_undo (project));

  g_assert_true (dq_project_redo (project));
  g_assert_true (dq_figure_has_value (gap));
  g_assert_cmpfloat (dq_figure_get_value (gap), ==, 7);
  g_assert_true (dq_project_redo (project));
  g_assert_cmpfloat (dq_figure_get_value (plain), ==, 60);
  g_assert_false (dq_project_redo (project));
  g_assert_cmpuint (can_undo, ==, 3);
  g_assert_cmpuint (can_redo, ==, 2);
  g_assert_cmpuint (n_edits, ==, 6);
  g_assert_cmpuint (n_changed, ==, 6);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 2);

  /* An edit that makes a figure a gap. */
  edit_figure (project, FIGURE_ID, NAN);
  g_assert_false (dq_figure_has_value (plain));
  g_assert_true (dq_project_undo (project));
  g_assert_true (dq_figure_has_value (plain));
  g_assert_cmpfloat (dq_figure_get_value (plain), ==, 60);
}

/* A new edit after an undo drops what could have been redone. */
static void
test_redo_cleared (void)
{
  g_autoptr(DqProject) project = new_project ();
  guint can_redo = 0;

  g_signal_connect (project, "notify::can-redo", G_CALLBACK (count_cb), &can_redo);

  edit_figure (project, FIGURE_ID, 1);
  edit_figure (project, FIGURE_ID, 2);
  g_assert_true (dq_project_undo (project));
  g_assert_true (dq_project_get_can_redo (project));
  g_assert_cmpfloat (dq_figure_get_value (figure (project, FIGURE_ID)), ==, 1);

  edit_figure (project, FIGURE_ID, 3);
  g_assert_false (dq_project_get_can_redo (project));
  g_assert_cmpuint (can_redo, ==, 2);
  g_assert_false (dq_project_redo (project));
  g_assert_cmpfloat (dq_figure_get_value (figure (project, FIGURE_ID)), ==, 3);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 2);

  g_assert_true (dq_project_undo (project));
  g_assert_true (dq_project_undo (project));
  g_assert_cmpfloat (dq_figure_get_value (figure (project, FIGURE_ID)), ==, FIGURE_VALUE);
}

/* New data drops the edits of the old data, keeps those of figures, and
 * keeps the settings whose variables it has. */
static void
test_set_data (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *other_path = g_build_filename (dir, "other.csv", NULL);
  g_autoptr(DqProject) project = new_project_with_survey (dir, "survey.csv");
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(DqSurveyData) other = NULL;
  g_autoptr(GError) error = NULL;
  DqAnalysis *analysis = dq_project_get_analysis (project);
  guint n_weight = 0;
  guint n_column = 0;
  guint n_data = 0;
  guint n_changed = 0;

  edit_data (project, "q1", 0, "1");
  edit_figure (project, FIGURE_ID, 1);
  edit_data (project, "country", 2, "Тажикистан");
  g_assert_true (dq_project_undo (project));
  dq_analysis_set_weight (analysis, "w");
  dq_analysis_set_row_variable (analysis, "q1");
  dq_analysis_set_column_variable (analysis, "country");
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 2);
  g_assert_true (dq_project_get_can_redo (project));

  g_signal_connect (analysis, "notify::weight", G_CALLBACK (count_cb), &n_weight);
  g_signal_connect (analysis, "notify::column-variable", G_CALLBACK (count_cb), &n_column);
  g_signal_connect (project, "notify::data", G_CALLBACK (count_cb), &n_data);
  g_signal_connect (project, "changed", G_CALLBACK (changed_cb), &n_changed);

  write_file (other_path, "q1;w\n4;1\n5;2\n", -1);
  other = read_survey (other_file);
  dq_project_set_data (project, other, other_file, NULL, ';');

  g_assert_true (dq_project_get_data (project) == other);
  g_assert_true (g_file_equal (dq_project_get_data_file (project), other_file));
  g_assert_null (dq_project_get_encoding (project));
  g_assert_cmpuint (dq_project_get_delimiter (project), ==, ';');
  g_assert_cmpstr (dq_analysis_get_weight (analysis), ==, "w");
  g_assert_cmpstr (dq_analysis_get_row_variable (analysis), ==, "q1");
  g_assert_null (dq_analysis_get_column_variable (analysis));
  g_assert_cmpuint (n_weight, ==, 0);
  g_assert_cmpuint (n_column, ==, 1);
  g_assert_cmpuint (n_data, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Only the figure edit is left, and nothing to redo. */
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 1);
  g_assert_false (dq_project_get_can_redo (project));
  g_assert_true (dq_project_undo (project));
  g_assert_cmpfloat (dq_figure_get_value (figure (project, FIGURE_ID)), ==, FIGURE_VALUE);
  g_assert_false (dq_project_get_can_undo (project));
  {
    g_autofree char *q1 = value_text (project, "q1", 0);

    g_assert_cmpstr (q1, ==, "4");
  }

  /* No data at all. */
  dq_project_set_data (project, NULL, NULL, NULL, 0);
  g_assert_null (dq_project_get_data (project));
  g_assert_null (dq_analysis_get_weight (analysis));
  g_assert_false (dq_project_edit_data (project, 0, 0, "1", &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT);

  dq_test_remove_dir (dir);
}

static void
value_changed_cb (DqSurveyData *data,
                  guint         var,
                  guint64       row,
                  guint        *count)
{
  (*count)++;
}

/* Text typed into the data table: decimal commas, value labels in any case,
 * empty for missing, new categories of string variables, and errors that
 * name the variable. */
static void
test_value_text (void)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new ("typed.sav");
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/typed.sav");
  g_autoptr(GError) error = NULL;
  double *numbers = g_new (double, 3);
  double *plain = g_new (double, 3);
  guint32 *codes = g_new (guint32, 3);
  const char * const *categories;
  guint n_categories;
  guint n_changed = 0;
  guint q1, age, city;

  numbers[0] = 1;
  numbers[1] = 2;
  numbers[2] = NAN;
  plain[0] = plain[1] = plain[2] = 30;
  codes[0] = 0;
  codes[1] = 1;
  codes[2] = DQ_SURVEY_DATA_NO_CODE;
  q1 = dq_survey_data_add_numeric (data, "q1", numbers, 3);
  age = dq_survey_data_add_numeric (data, "age", plain, 3);
  city = dq_survey_data_add_string (data, "city", codes, 3,
                                    g_strsplit ("Almaty,Astana", ",", -1));
  dq_survey_data_add_value_label (data, q1, 1, "Very positive");
  dq_survey_data_add_value_label (data, q1, 2, "Positive");
  dq_survey_data_add_value_label (data, q1, 9, "Ёлка");
  g_signal_connect (data, "value-changed", G_CALLBACK (value_changed_cb), &n_changed);

  g_assert_true (dq_survey_data_set_value_text (data, q1, 0, "2,5", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 2.5);
  g_assert_true (dq_survey_data_set_value_text (data, q1, 0, " 3.25 ", &error));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 3.25);
  g_assert_true (dq_survey_data_set_value_text (data, q1, 0, "very POSITIVE", &error));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 1);
  g_assert_true (dq_survey_data_set_value_text (data, q1, 0, "ёЛКА", &error));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 9);
  g_assert_true (dq_survey_data_set_value_text (data, q1, 1, "  ", &error));
  g_assert_true (isnan (dq_survey_data_get_numbers (data, q1)[1]));
  g_assert_true (dq_survey_data_set_value_text (data, q1, 2, "-1e2", &error));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[2], ==, -100);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 6);

  /* The same value is no change. */
  g_assert_true (dq_survey_data_set_value_text (data, q1, 2, "-100,0", &error));
  g_assert_cmpuint (n_changed, ==, 6);

  g_assert_false (dq_survey_data_set_value_text (data, q1, 0, "abc", &error));
  g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "“abc” is not a number or a value label of “q1” "
                   "(1 = Very positive, 2 = Positive, 9 = Ёлка)");
  g_clear_error (&error);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const bad[] = { "inf", "nan", "0x10", "1,5,0" };

      g_assert_false (dq_survey_data_set_value_text (data, age, 0, bad[i], &error));
      g_assert_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_VALUE);
      g_assert_nonnull (strstr (error->message, "“age”"));
      g_clear_error (&error);
    }
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 9);
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, age)[0], ==, 30);
  g_assert_cmpuint (n_changed, ==, 6);

  /* String variables: a new value is a new category. */
  g_assert_true (dq_survey_data_set_value_text (data, city, 2, "Astana", &error));
  g_assert_cmpuint (dq_survey_data_get_codes (data, city)[2], ==, 1);
  g_assert_true (dq_survey_data_set_value_text (data, city, 0, "Shymkent", &error));
  g_assert_no_error (error);
  categories = dq_survey_data_get_categories (data, city, &n_categories);
  g_assert_cmpuint (n_categories, ==, 3);
  g_assert_cmpuint (g_strv_length ((GStrv) categories), ==, 3);
  g_assert_cmpstr (categories[2], ==, "Shymkent");
  g_assert_cmpuint (dq_survey_data_get_codes (data, city)[0], ==, 2);
  g_assert_true (dq_survey_data_set_value_text (data, city, 1, "", &error));
  g_assert_cmpuint (dq_survey_data_get_codes (data, city)[1], ==, DQ_SURVEY_DATA_NO_CODE);
  g_assert_cmpuint (n_changed, ==, 9);

  /* Through the project, the errors are its own. */
  dq_project_set_data (project, data, file, NULL, 0);
  g_assert_false (dq_project_edit_data (project, q1, 0, "abc", &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "“q1”"));
  g_assert_nonnull (strstr (error->message, "1 = Very positive"));
  g_clear_error (&error);
  g_assert_false (dq_project_edit_data (project, q1, 3, "1", &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_EDIT);
  g_clear_error (&error);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 0);

  /* A label typed in is saved as its value; the same value is no edit. */
  g_assert_true (dq_project_edit_data (project, q1, 0, "positive", &error));
  g_assert_true (dq_project_edit_data (project, q1, 0, "2,0", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 1);
  {
    g_autofree char *text = dq_project_to_json (project, NULL);

    g_assert_nonnull (strstr (text, "\"value\" : \"2\""));
    g_assert_nonnull (strstr (text, "\"previous\" : \"9\""));
  }
  g_assert_true (dq_project_undo (project));
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, q1)[0], ==, 9);
}

/* Loads @text as the project @name in @dir, expecting an error. */
static void
assert_load_error (const char     *dir,
                   const char     *text,
                   DqProjectError  code,
                   const char     *fragment)
{
  g_autofree char *path = g_build_filename (dir, "broken.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqProject) project = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, text, -1);
  project = dq_project_load (file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, DQ_PROJECT_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "broken.dostyq"));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, error->message);
}

#define HEAD "{ \"format\": \"dostyq-project\", \"version\": 1, "
#define DATA \
  "\"data\": { \"path\": \"survey.csv\", \"encoding\": \"CP1251\", \"delimiter\": \";\" }, "

/* An edit passes the checks a dataset or a table passes: a percentage of
 * 200 is refused as an edit as the loader refuses 150, and a negative
 * weight is refused as the edit it is, typed or read from a project file,
 * not blamed later on the data file's row. */
static void
test_edit_checks (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(DqProject) surveyed = new_project_with_survey (dir, "survey.csv");
  g_autoptr(GError) error = NULL;
  DqSurveyData *data = dq_project_get_data (surveyed);
  DqFigure *figure = dq_dataset_lookup_figure (dq_project_get_dataset (project), FIGURE_ID);
  guint w;

  g_assert_false (dq_project_edit_figure (project, FIGURE_ID, 200, &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "200 is out of range"));
  g_clear_error (&error);
  g_assert_false (dq_project_edit_figure (project, FIGURE_ID, -1, &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_cmpfloat (dq_figure_get_value (figure), ==, FIGURE_VALUE);
  g_assert_cmpuint (dq_project_get_n_edits (project), ==, 0);
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, 100, &error));
  g_assert_no_error (error);

  g_assert_true (dq_survey_data_lookup_variable (data, "w", &w));
  dq_analysis_set_weight (dq_project_get_analysis (surveyed), "w");
  g_assert_false (dq_project_edit_data (surveyed, w, 1, "-1", &error));
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "respondent 2's weight “w” becomes -1; weights must be zero or more");
  g_clear_error (&error);
  g_assert_cmpfloat (dq_survey_data_get_numbers (data, w)[1], ==, 0.5);
  g_assert_cmpuint (dq_project_get_n_edits (surveyed), ==, 0);
  /* Another variable may be negative; so may the weight without an
   * analysis that weights by it. */
  dq_analysis_set_weight (dq_project_get_analysis (surveyed), NULL);
  g_assert_true (dq_project_edit_data (surveyed, w, 1, "-1", &error));
  g_assert_no_error (error);

  assert_load_error (dir, HEAD "\"edits\": [ { \"figure\": \"" FIGURE_ID "\", \"value\": 200, "
                     "\"previous\": 50 } ] }",
                     DQ_PROJECT_ERROR_VALUE, "edits[0].value: " FIGURE_ID ": 200 is out of range");
  assert_load_error (dir, HEAD DATA "\"analysis\": { \"weight\": \"w\" }, \"edits\": [ "
                     "{ \"variable\": \"q1\", \"row\": 1, \"value\": \"1\", \"previous\": \"2\" }, "
                     "{ \"variable\": \"w\", \"row\": 2, \"value\": \"-1\", \"previous\": \"0.5\" } ] }",
                     DQ_PROJECT_ERROR_VALUE,
                     "broken.dostyq: edits[1]: respondent 2's weight “w” becomes -1; weights must "
                     "be zero or more");
}

static void
test_errors (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(GFile) survey = write_survey (dir, "survey.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(DqProject) project = NULL;

  assert_load_error (dir, "this is not JSON", DQ_PROJECT_ERROR_FORMAT, "not valid JSON");
  assert_load_error (dir, "[1, 2]", DQ_PROJECT_ERROR_FORMAT, "dostyq-project");
  assert_load_error (dir, "{ \"format\": \"dostyq-dataset\", \"version\": 1 }",
                     DQ_PROJECT_ERROR_FORMAT, "format: expected “dostyq-project”");
  assert_load_error (dir, "{ \"format\": \"dostyq-project\" }",
                     DQ_PROJECT_ERROR_FORMAT, "version: required member is missing");
  assert_load_error (dir, "{ \"format\": \"dostyq-project\", \"version\": 2, \"data\": 7 }",
                     DQ_PROJECT_ERROR_VERSION, "newer version of Dostyq");
  assert_load_error (dir, HEAD "\"data\": { \"path\": \"gone.csv\" } }",
                     DQ_PROJECT_ERROR_MISSING_FILE, "data.path: the file “");
  assert_load_error (dir, HEAD "\"data\": { \"path\": \"gone.csv\" } }",
                     DQ_PROJECT_ERROR_MISSING_FILE, "gone.csv");
  assert_load_error (dir, HEAD "\"dataset\": { \"path\": \"nowhere/set.json\" } }",
                     DQ_PROJECT_ERROR_MISSING_FILE, "set.json");
  assert_load_error (dir, HEAD "\"data\": { \"path\": \".\" } }",
                     DQ_PROJECT_ERROR_MISSING_FILE, "is a directory, not a file");
  /* json-glib cuts a string at an escaped NUL: "survey.csv" would load. */
  assert_load_error (dir, HEAD "\"data\": { \"path\": \"survey.csv\\u0000.sav\" } }",
                     DQ_PROJECT_ERROR_FORMAT, "data.path: a string holds a NUL character");
  /* And keeps the first of two values. */
  assert_load_error (dir, HEAD DATA "\"analysis\": { \"chart\": \"grouped\" } }\n"
                     HEAD "\"data\": { \"path\": \"gone.csv\" } }",
                     DQ_PROJECT_ERROR_FORMAT, "broken.dostyq:2: a second JSON value");
  assert_load_error (dir, HEAD DATA "\"analysis\": { \"chart\": \"pie\" } }",
                     DQ_PROJECT_ERROR_FORMAT, "analysis.chart: “pie” is not allowed");
  assert_load_error (dir, HEAD DATA "\"analysis\": { \"missing\": [ 9, \"x\" ] } }",
                     DQ_PROJECT_ERROR_FORMAT, "analysis.missing[1]");
  assert_load_error (dir, HEAD "\"data\": { \"path\": \"survey.csv\", \"delimiter\": \";;\" } }",
                     DQ_PROJECT_ERROR_FORMAT, "data.delimiter");
  assert_load_error (dir, HEAD "\"edits\": [ { \"figure\": \"no-such-figure\", \"value\": 1, "
                     "\"previous\": null } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[0].figure: there is no figure “no-such-figure”");
  assert_load_error (dir, HEAD "\"edits\": [ { \"value\": 1 } ] }",
                     DQ_PROJECT_ERROR_FORMAT, "edits[0]");
  assert_load_error (dir, HEAD "\"edits\": [ { \"figure\": \"" FIGURE_ID "\", \"value\": 1, "
                     "\"previous\": \"x\" } ] }",
                     DQ_PROJECT_ERROR_FORMAT, "edits[0].previous");

  /* The dataset has changed since: the figure is 50, not 12345. */
  assert_load_error (dir, HEAD "\"edits\": [ { \"figure\": \"" FIGURE_ID "\", \"value\": 1, "
                     "\"previous\": 50 }, { \"figure\": \"" FIGURE_ID "\", \"value\": 2, "
                     "\"previous\": 12345 } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[1].previous: the figure “" FIGURE_ID
                     "” is 1, not 12345");
  assert_load_error (dir, HEAD "\"edits\": [ { \"figure\": \"" GAP_ID "\", \"value\": 1, "
                     "\"previous\": 3 } ] }",
                     DQ_PROJECT_ERROR_EDIT, "is a gap, not 3");

  /* And the data file: respondent 2 answered 1, not 7. */
  assert_load_error (dir, HEAD DATA "\"edits\": [ { \"variable\": \"q1\", \"row\": 2, "
                     "\"value\": \"3\", \"previous\": \"7\" } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[0].previous: respondent 2 has “1” in “q1”, "
                     "not “7”");
  assert_load_error (dir, HEAD DATA "\"edits\": [ { \"variable\": \"q1\", \"row\": 4, "
                     "\"value\": \"3\", \"previous\": \"\" } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[0].row: there is no respondent 4");
  assert_load_error (dir, HEAD DATA "\"edits\": [ { \"variable\": \"q1\", \"row\": 0, "
                     "\"value\": \"3\", \"previous\": \"\" } ] }",
                     DQ_PROJECT_ERROR_FORMAT, "edits[0].row");
  assert_load_error (dir, HEAD DATA "\"edits\": [ { \"variable\": \"q9\", \"row\": 1, "
                     "\"value\": \"3\", \"previous\": \"2\" } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[0].variable: the data has no variable “q9”");
  assert_load_error (dir, HEAD "\"edits\": [ { \"variable\": \"q1\", \"row\": 1, "
                     "\"value\": \"3\", \"previous\": \"2\" } ] }",
                     DQ_PROJECT_ERROR_EDIT, "edits[0]");
  assert_load_error (dir, HEAD DATA "\"edits\": [ { \"variable\": \"q1\", \"row\": 1, "
                     "\"value\": \"three\", \"previous\": \"2\" } ] }",
                     DQ_PROJECT_ERROR_VALUE, "edits[0].value: “three” is not a number");

  /* What does load: a data edit, with the number written another way, and
   * unknown members, which a later version may add. */
  {
    static const char text[] =
      HEAD DATA "\"future\": [ 1 ], \"edits\": [ { \"variable\": \"q1\", \"row\": 1, "
      "\"value\": \"3\", \"previous\": \"2.0\", \"note\": 1 } ] }";
    g_autofree char *path = g_build_filename (dir, "fine.dostyq", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *q1 = NULL;

    project = dq_project_load_from_data (text, strlen (text), file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_equal (dq_project_get_file (project), file));
    q1 = value_text (project, "q1", 0);
    g_assert_cmpstr (q1, ==, "3");
    g_assert_cmpstr (dq_analysis_get_chart_name (dq_project_get_analysis (project)), ==,
                     "grouped");
  }

  /* Binary data, and a file too large to be a project. */
  {
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/chart.dostyq");
    g_autoptr(DqProject) none = NULL;

    none = dq_project_load_from_data (png, sizeof png - 1, file, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
    g_assert_cmpstr (error->message, ==,
                     "chart.dostyq: the file is not JSON text: it holds binary data");
    g_clear_error (&error);

    /* The length is checked before the data is read. */
    none = dq_project_load_from_data ("{}", DQ_PROJECT_MAX_FILE_SIZE + 1, file, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
    g_clear_error (&error);
  }

  dq_test_remove_dir (dir);
}

/* A save that fails leaves no file, or the previous one as it was. */
static void
test_atomic_save (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing_path = g_build_filename (dir, "no", "such", "dir", "work.dostyq", NULL);
  g_autofree char *path = g_build_filename (dir, "work.dostyq", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct rlimit old_limit;
  struct rlimit limit;
  const char *name;
  gboolean ok;

  edit_figure (project, FIGURE_ID, 1);
  g_assert_false (dq_project_save (project, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "work.dostyq"));
  g_clear_error (&error);
  g_assert_null (dq_project_get_file (project));
  g_assert_true (dq_project_get_modified (project));
  g_assert_false (g_file_query_exists (missing_file, NULL));

  save (project, file);
  g_file_get_contents (path, &before, NULL, &error);
  g_assert_no_error (error);

  /* A write that fails half-way, as on a full disk: past a file-size limit
   * write () fails with EFBIG instead of raising SIGXFSZ. Unlike a
   * read-only directory, the limit holds for root too. */
  edit_figure (project, FIGURE_ID, 2);
  dq_project_set_page (project, "a page whose name makes the file longer than the limit");
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 64;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  ok = dq_project_save (project, file, NULL, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_true (dq_project_get_modified (project));

  g_file_get_contents (path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);

  /* No temporary file left behind. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "work.dostyq");

  save (project, file);
  g_clear_pointer (&after, g_free);
  g_file_get_contents (path, &after, NULL, &error);
  g_assert_cmpstr (after, !=, before);

  dq_test_remove_dir (dir);
}

/* The text of a recovery file brings the work back after a crash, with
 * the project file it belongs to; the slots it is kept in are
 * DqRecovery's. */
static void
test_recovery_text (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "work.dostyq", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "survey.csv", NULL);
  g_autofree char *slot_path = g_build_filename (dir, "slot.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) slot = g_file_new_for_path (slot_path);
  g_autoptr(DqProject) project = new_project_with_survey (dir, "survey.csv");
  g_autoptr(DqProject) recovered = NULL;
  g_autoptr(DqProject) unsaved = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_modified = 0;
  JsonObject *root;

  edit_figure (project, FIGURE_ID, 11);
  save (project, file);
  edit_data (project, "q1", 2, "2");
  edit_figure (project, GAP_ID, 5);

  g_signal_connect (project, "notify::modified", G_CALLBACK (count_cb), &n_modified);
  text = dq_project_to_recovery_json (project);
  write_file (slot_path, text, -1);
  g_assert_true (dq_project_get_modified (project));
  g_assert_true (g_file_equal (dq_project_get_file (project), file));
  g_assert_cmpuint (n_modified, ==, 0);

  /* Absolute paths, and the project file the work belongs to. */
  root = parse_file (parser, slot);
  g_assert_cmpstr (json_object_get_string_member (root, "saved_as"), ==, path);
  g_assert_cmpstr (data_path (root), ==, csv_path);

  recovered = dq_project_load_recovery (slot, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);
  g_assert_true (g_file_equal (dq_project_get_file (recovered), file));
  g_assert_true (dq_project_get_modified (recovered));
  g_assert_cmpuint (dq_project_get_n_edits (recovered), ==, 3);
  g_assert_cmpfloat (dq_figure_get_value (figure (recovered, FIGURE_ID)), ==, 11);
  g_assert_cmpfloat (dq_figure_get_value (figure (recovered, GAP_ID)), ==, 5);
  {
    g_autofree char *q1 = value_text (recovered, "q1", 2);

    g_assert_cmpstr (q1, ==, "2");
  }
  g_assert_true (dq_project_undo (recovered));
  g_assert_false (dq_figure_has_value (figure (recovered, GAP_ID)));

  /* A project never saved has nowhere to go back to. */
  unsaved = new_project ();
  edit_figure (unsaved, FIGURE_ID, 3);
  g_clear_pointer (&text, g_free);
  text = dq_project_to_recovery_json (unsaved);
  write_file (slot_path, text, -1);
  g_clear_object (&recovered);
  recovered = dq_project_load_recovery (slot, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (dq_project_get_file (recovered));
  g_assert_true (dq_project_get_modified (recovered));
  g_assert_cmpuint (dq_project_get_n_edits (recovered), ==, 1);

  g_assert_true (g_file_delete (slot, NULL, NULL));
  g_clear_object (&recovered);
  recovered = dq_project_load_recovery (slot, NULL, &error);
  g_assert_null (recovered);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  dq_test_remove_dir (dir);
}

/* Settings notify once per change, mark the project modified and ask for
 * an autosave. */
static void
test_settings (void)
{
  g_autoptr(DqProject) project = new_project ();
  DqAnalysis *analysis;
  guint n_page = 0;
  guint n_changed = 0;
  guint n_modified = 0;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "work.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  save (project, file);
  g_assert_false (dq_project_get_modified (project));
  analysis = dq_project_get_analysis (project);
  g_assert_cmpint (dq_analysis_get_chart (analysis), ==, DQ_ANALYSIS_CHART_GROUPED);

  g_signal_connect (project, "notify::page", G_CALLBACK (count_cb), &n_page);
  g_signal_connect (project, "notify::modified", G_CALLBACK (count_cb), &n_modified);
  g_signal_connect (project, "changed", G_CALLBACK (changed_cb), &n_changed);

  dq_project_set_page (project, "charts");
  dq_project_set_page (project, "charts");
  g_assert_cmpuint (n_page, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_modified, ==, 1);
  g_assert_true (dq_project_get_modified (project));

  /* A change of the analysis is a change of the project. */
  g_object_set (analysis, "chart", DQ_ANALYSIS_CHART_DIVERGING, "weight", "w", NULL);
  g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, "diverging");
  dq_analysis_set_chart (analysis, DQ_ANALYSIS_CHART_GROUPED);
  g_assert_cmpstr (dq_analysis_get_chart_name (analysis), ==, "grouped");
  dq_analysis_set_weight (analysis, "");
  g_assert_null (dq_analysis_get_weight (analysis));
  dq_analysis_set_missing_codes (analysis, NULL, 0);
  g_assert_cmpuint (n_changed, ==, 5);
  g_assert_cmpuint (n_modified, ==, 1);

  save (project, file);
  g_assert_false (dq_project_get_modified (project));
  g_assert_cmpuint (n_modified, ==, 2);

  dq_test_remove_dir (dir);
}

/* A project file, or a data file it names, that is a FIFO, a device, a
 * directory or a loop of symbolic links is refused without reading it; an
 * alarm ends the test if a FIFO blocks it. */
static void
test_special_files (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_auto(GStrv) paths = dq_test_make_special_files (dir, ".dostyq");

  alarm (20);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autofree char *text = g_strdup_printf (HEAD "\"data\": { \"path\": \"%s\" } }", paths[i]);
      g_autoptr(DqProject) project = NULL;
      g_autoptr(DqProject) with_data = NULL;
      g_autoptr(GError) error = NULL;

      project = dq_project_load (file, NULL, &error);
      g_assert_null (project);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, dq_test_special_file_error (i)));
      g_clear_error (&error);

      with_data = dq_project_load_from_data (text, strlen (text), file, NULL, &error);
      g_assert_null (with_data);
      g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_MISSING_FILE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "data.path: "));
      g_assert_nonnull (strstr (error->message, dq_test_special_file_error (i)));
    }
  alarm (0);

  dq_test_remove_dir (dir);
}

/* The filter and the recodes are saved as the command line reads them,
 * and a text that does not read is an error naming its place. */
static void
test_cases (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "work.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DqProject) project = new_project_with_survey (dir, "survey.csv");
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(DqRecode) recode = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *recode_text = NULL;
  g_auto(GStrv) filters = NULL;
  DqAnalysis *analysis = dq_project_get_analysis (project);
  const char *expected_filters[] = { "q1 in 1,2", "country != \"Kyrgyz Republic\"", NULL };

  recode = dq_recode_new_from_text ("agree = q1: 1 'yes'; 2 thru hi 'no'", &error);
  g_assert_no_error (error);
  dq_analysis_add_recode (analysis, recode);
  g_assert_true (dq_filter_set_texts (dq_analysis_get_filter (analysis), expected_filters,
                                      &error));
  dq_analysis_set_row_variable (analysis, "agree");
  {
    g_autoptr(DqMrset) set = dq_mrset_new_from_text ("both = q1, w: 1", &error);

    g_assert_no_error (error);
    dq_analysis_add_mrset (analysis, set);
  }
  save (project, file);

  loaded = load (file);
  analysis = dq_project_get_analysis (loaded);
  filters = dq_filter_dup_texts (dq_analysis_get_filter (analysis));
  g_assert_true (g_strv_equal ((const char * const *) filters, expected_filters));
  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_recodes (analysis)), ==, 1);
  recode_text = dq_recode_dup_text (dq_analysis_lookup_recode (analysis, "agree"));
  g_assert_cmpstr (recode_text, ==, "agree = q1: 1 \"yes\"; 2 thru hi \"no\"");
  g_assert_cmpuint (g_list_model_get_n_items (dq_analysis_get_mrsets (analysis)), ==, 1);
  {
    g_autoptr(DqMrset) set = g_list_model_get_item (dq_analysis_get_mrsets (analysis), 0);
    g_autofree char *set_text = dq_mrset_dup_text (set);

    g_assert_cmpstr (set_text, ==, "both = q1, w: 1");
  }
  /* A recoded row variable survives the check against the data. */
  g_assert_cmpstr (dq_analysis_get_row_variable (analysis), ==, "agree");

  /* A project without them is written as before. */
  dq_filter_clear (dq_analysis_get_filter (analysis));
  dq_analysis_remove_recode (analysis, 0);
  g_list_store_remove_all (G_LIST_STORE (dq_analysis_get_mrsets (analysis)));
  text = dq_project_to_json (loaded, file);
  g_assert_null (strstr (text, "filters"));
  g_assert_null (strstr (text, "recodes"));
  g_assert_null (strstr (text, "mrsets"));

  {
    const char *bad = "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, "
                      "\"analysis\": { \"filters\": [ \"q1 >= 1\", \"q1 >=\" ] } }";
    g_autoptr(DqProject) none = dq_project_load_from_data (bad, strlen (bad), file, NULL, &error);

    g_assert_null (none);
    g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
    g_assert_nonnull (strstr (error->message, "filters[1]"));
  }

  dq_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Project/round-trip", test_round_trip);
  g_test_add_func ("/Dostyq/Model/Project/cases", test_cases);
  g_test_add_func ("/Dostyq/Model/Project/relative-paths", test_relative_paths);
  g_test_add_func ("/Dostyq/Model/Project/absolute-paths", test_absolute_paths);
  g_test_add_func ("/Dostyq/Model/Project/undo-redo", test_undo_redo);
  g_test_add_func ("/Dostyq/Model/Project/redo-cleared", test_redo_cleared);
  g_test_add_func ("/Dostyq/Model/Project/set-data", test_set_data);
  g_test_add_func ("/Dostyq/Model/Project/value-text", test_value_text);
  g_test_add_func ("/Dostyq/Model/Project/errors", test_errors);
  g_test_add_func ("/Dostyq/Model/Project/edit-checks", test_edit_checks);
  g_test_add_func ("/Dostyq/Model/Project/atomic-save", test_atomic_save);
  g_test_add_func ("/Dostyq/Model/Project/recovery-text", test_recovery_text);
  g_test_add_func ("/Dostyq/Model/Project/settings", test_settings);
  g_test_add_func ("/Dostyq/Model/Project/special-files", test_special_files);

  return g_test_run ();
}
