/* test-project-settings.c
 *
 * What a project keeps for the window besides its analysis: the crosstab's
 * percentages and the text answers declared missing on import, saved,
 * read back and applied again to the data; and the errors of a project
 * file that gives them wrongly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "dq-project.h"
#include "dq-survey-reader.h"
#include "dq-test-util.h"

#define DONT_KNOW "Затрудняюсь ответить"

#define SURVEY_CSV \
  "id,lang,w\n" \
  "1,Казахский,1\n" \
  "2," DONT_KNOW ",1\n" \
  "3,Русский,2\n"

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dostyq-settings-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static DqSurveyData *
read_survey (GFile *file)
{
  g_autoptr(DqSurveyReader) reader = dq_survey_reader_new (file);
  g_autoptr(GError) error = NULL;
  DqSurveyData *data = dq_survey_reader_read (reader, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static DqProject *
new_project_with_survey (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(GFile) file = dq_test_write_file (dir, "survey.csv", SURVEY_CSV, -1);
  g_autoptr(DqSurveyData) data = read_survey (file);
  DqProject *project;

  g_assert_no_error (error);
  project = dq_project_new (dataset, NULL);
  dq_project_set_data (project, data, file, NULL, 0);

  return project;
}

/* Whether respondent @row's answer to "lang" counts as missing. */
static gboolean
lang_is_missing (DqSurveyData *data,
                 gsize         row)
{
  guint variable;

  g_assert_true (dq_survey_data_lookup_variable (data, "lang", &variable));

  return dq_survey_data_is_missing_category (data, variable,
                                             dq_survey_data_get_codes (data, variable)[row]);
}

static JsonObject *
parse_member (JsonParser *parser,
              const char *text,
              const char *member)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                        member);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_percent_round_trip (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(DqProject) project = new_project_with_survey (dir);
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "p.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  JsonObject *view;
  guint n_changed = 0;

  /* Column percentages, the default, are not written. */
  g_assert_cmpint (dq_project_get_percent (project), ==, DQ_CROSSTAB_PERCENT_COLUMN);
  text = dq_project_to_json (project, NULL);
  view = parse_member (parser, text, "view");
  g_assert_false (json_object_has_member (view, "percent"));
  g_clear_pointer (&text, g_free);

  g_signal_connect (project, "changed", G_CALLBACK (count_cb), &n_changed);
  dq_project_set_percent (project, DQ_CROSSTAB_PERCENT_ROW);
  dq_project_set_percent (project, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_true (dq_project_get_modified (project));

  text = dq_project_to_json (project, NULL);
  view = parse_member (parser, text, "view");
  g_assert_cmpstr (json_object_get_string_member (view, "percent"), ==, "row");

  dq_project_save (project, file, NULL, &error);
  g_assert_no_error (error);
  loaded = dq_project_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dq_project_get_percent (loaded), ==, DQ_CROSSTAB_PERCENT_ROW);
  g_assert_false (dq_project_get_modified (loaded));

  dq_test_remove_dir (dir);
}

static void
test_percent_error (void)
{
  static const char text[] =
    "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, \"data\": null,\n"
    "  \"view\": { \"percent\": \"cell\" } }\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nowhere/bad.dostyq");
  g_autoptr(DqProject) project = NULL;

  project = dq_project_load_from_data (text, sizeof text - 1, file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "bad.dostyq"));
  g_assert_nonnull (strstr (error->message, "view.percent"));
  g_assert_nonnull (strstr (error->message, "cell"));
}

static void
test_missing_texts_round_trip (void)
{
  const char *texts[] = { DONT_KNOW, NULL };
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(DqProject) project = new_project_with_survey (dir);
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "p.dostyq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  JsonObject *data;
  JsonArray *array;
  guint n_changed = 0;

  g_assert_null (dq_project_get_missing_texts (project));
  text = dq_project_to_json (project, NULL);
  data = parse_member (parser, text, "data");
  g_assert_false (json_object_has_member (data, "missing_texts"));
  g_clear_pointer (&text, g_free);

  /* As the import dialog does: the data first, then the project. */
  dq_survey_data_add_missing_texts (dq_project_get_data (project), texts);
  g_signal_connect (project, "changed", G_CALLBACK (count_cb), &n_changed);
  dq_project_set_missing_texts (project, texts);
  dq_project_set_missing_texts (project, texts);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstrv (dq_project_get_missing_texts (project), texts);

  text = dq_project_to_json (project, NULL);
  data = parse_member (parser, text, "data");
  array = json_object_get_array_member (data, "missing_texts");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, DONT_KNOW);

  dq_project_save (project, file, NULL, &error);
  g_assert_no_error (error);
  loaded = dq_project_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (dq_project_get_missing_texts (loaded), texts);
  /* Read afresh from the file, the answer is missing again. */
  g_assert_false (lang_is_missing (dq_project_get_data (loaded), 0));
  g_assert_true (lang_is_missing (dq_project_get_data (loaded), 1));
  g_assert_false (lang_is_missing (dq_project_get_data (loaded), 2));

  /* No texts is no member. */
  dq_project_set_missing_texts (loaded, NULL);
  g_assert_null (dq_project_get_missing_texts (loaded));
  g_clear_pointer (&text, g_free);
  text = dq_project_to_json (loaded, NULL);
  data = parse_member (parser, text, "data");
  g_assert_false (json_object_has_member (data, "missing_texts"));

  dq_test_remove_dir (dir);
}

static void
test_missing_texts_error (void)
{
  static const char text[] =
    "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null,\n"
    "  \"data\": { \"path\": \"survey.csv\", \"missing_texts\": [ 9 ] } }\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nowhere/bad.dostyq");
  g_autoptr(DqProject) project = NULL;

  project = dq_project_load_from_data (text, sizeof text - 1, file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "data.missing_texts[0]"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/ProjectSettings/percent-round-trip", test_percent_round_trip);
  g_test_add_func ("/Dostyq/Model/ProjectSettings/percent-error", test_percent_error);
  g_test_add_func ("/Dostyq/Model/ProjectSettings/missing-texts-round-trip",
                   test_missing_texts_round_trip);
  g_test_add_func ("/Dostyq/Model/ProjectSettings/missing-texts-error", test_missing_texts_error);

  return g_test_run ();
}
