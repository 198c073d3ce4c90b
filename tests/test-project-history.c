/* test-project-history.c
 *
 * Who changed which value and when: each edit keeps its time and the name
 * set in Preferences; a project saves and reads them back; the figure
 * knows who corrected it through undo and redo, and the chart's CSV says
 * so; a time that does not read is an error naming its place, and a
 * project of an earlier version, without times, still opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "dq-chart.h"
#include "dq-project.h"
#include "dq-test-util.h"

/* A figure of the bundled dataset. */
#define FIGURE_ID "cab-2021-help-kz-russia"

static DqProject *
new_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dq_project_new (dataset, NULL);
}

static DqFigure *
figure_of (DqProject *project)
{
  DqFigure *figure = dq_dataset_lookup_figure (dq_project_get_dataset (project), FIGURE_ID);

  g_assert_nonnull (figure);

  return figure;
}

static JsonObject *
first_edit (JsonParser *parser,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonArray *edits;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  edits = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "edits");
  g_assert_cmpuint (json_array_get_length (edits), >=, 1);

  return json_array_get_object_element (edits, 0);
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
test_stamp (void)
{
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(DqProject) loaded = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autofree char *text = NULL;
  DqFigure *figure = figure_of (project);
  const char *author = NULL;
  JsonObject *edit;
  gint64 before, after, time;
  double original = dq_figure_get_value (figure);

  /* Spaces around the name are no part of it. */
  dq_project_set_author (project, "  Айгерим Сейтқали ");
  g_assert_cmpstr (dq_project_get_author (project), ==, "Айгерим Сейтқали");
  g_assert_false (dq_project_get_modified (project));

  before = now ();
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, original + 1, &error));
  g_assert_no_error (error);
  after = now ();

  time = dq_figure_get_correction (figure, &author);
  g_assert_cmpint (time, >=, before);
  g_assert_cmpint (time, <=, after);
  g_assert_cmpstr (author, ==, "Айгерим Сейтқали");
  g_assert_cmpstr (dq_figure_get_corrected_by (figure), ==, "Айгерим Сейтқали");

  /* Saved as a UTC time and the name. */
  text = dq_project_to_json (project, NULL);
  edit = first_edit (parser, text);
  g_assert_cmpstr (json_object_get_string_member (edit, "author"), ==, "Айгерим Сейтқали");
  written = g_date_time_new_from_iso8601 (json_object_get_string_member (edit, "time"), NULL);
  g_assert_nonnull (written);
  g_assert_cmpint (g_date_time_to_unix (written), ==, time);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (edit, "time"), "Z"));

  /* Read back, the figure knows again who corrected it and when. */
  loaded = dq_project_load_from_data (text, strlen (text), NULL, NULL, &error);
  g_assert_no_error (error);
  author = NULL;
  g_assert_cmpint (dq_figure_get_correction (figure_of (loaded), &author), ==, time);
  g_assert_cmpstr (author, ==, "Айгерим Сейтқали");
}

/* Undo gives the figure the note of the edit before, or none. */
static void
test_undo_redo (void)
{
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *corrected_at = NULL;
  DqFigure *figure = figure_of (project);
  double original = dq_figure_get_value (figure);
  const char *author = NULL;

  dq_project_set_author (project, "Aigerim");
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, original + 1, &error));
  dq_project_set_author (project, "Dilshod");
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, original + 2, &error));
  g_assert_no_error (error);

  dq_figure_get_correction (figure, &author);
  g_assert_cmpstr (author, ==, "Dilshod");
  corrected_at = dq_figure_dup_corrected_at (figure);
  g_assert_nonnull (corrected_at);

  g_assert_true (dq_project_undo (project));
  dq_figure_get_correction (figure, &author);
  g_assert_cmpstr (author, ==, "Aigerim");

  g_assert_true (dq_project_undo (project));
  g_assert_cmpint (dq_figure_get_correction (figure, &author), ==, 0);
  g_assert_null (author);
  g_assert_null (dq_figure_dup_corrected_at (figure));

  /* A redone edit keeps the time and the name it was made with. */
  g_assert_true (dq_project_redo (project));
  dq_figure_get_correction (figure, &author);
  g_assert_cmpstr (author, ==, "Aigerim");
}

/* Without a name, an edit keeps its time only. */
static void
test_no_author (void)
{
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DqFigure *figure = figure_of (project);
  JsonObject *edit;

  dq_project_set_author (project, "   ");
  g_assert_null (dq_project_get_author (project));
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, dq_figure_get_value (figure) + 1,
                                         &error));
  g_assert_no_error (error);
  g_assert_null (dq_figure_get_corrected_by (figure));

  text = dq_project_to_json (project, NULL);
  edit = first_edit (parser, text);
  g_assert_false (json_object_has_member (edit, "author"));
  g_assert_true (json_object_has_member (edit, "time"));
}

/* The chart's CSV carries the time and the name of a corrected figure. */
static void
test_csv (void)
{
  g_autoptr(DqProject) project = new_project ();
  g_autoptr(GListModel) charts = dq_chart_list_for_dataset (dq_project_get_dataset (project));
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *corrected_at = NULL;
  g_auto(GStrv) lines = NULL;
  DqFigure *figure = figure_of (project);
  DqChart *chart = NULL;

  for (guint i = 0; chart == NULL && i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(DqChart) candidate = g_list_model_get_item (charts, i);

      if (dq_chart_lookup_figure (candidate, FIGURE_ID) != NULL)
        chart = candidate;
    }
  g_assert_nonnull (chart);

  dq_project_set_author (project, "Aigerim, \"KZ\"");
  g_assert_true (dq_project_edit_figure (project, FIGURE_ID, dq_figure_get_value (figure) + 1,
                                         &error));
  g_assert_no_error (error);
  corrected_at = dq_figure_dup_corrected_at (figure);

  csv = dq_chart_to_csv (chart, DQ_LANGUAGE_EN);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_true (g_str_has_suffix (lines[0],
                                   ",corrected,original_value,corrected_at,corrected_by"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autofree char *tail = g_strdup_printf (",%s,\"Aigerim, \"\"KZ\"\"\"", corrected_at);

      if (g_str_has_prefix (lines[i], FIGURE_ID ","))
        g_assert_true (g_str_has_suffix (lines[i], tail));
      else if (*lines[i] != '\0')
        /* Figures not corrected leave both empty. */
        g_assert_true (g_str_has_suffix (lines[i], ",,"));
    }
}

static void
test_errors (void)
{
  static const char bad_time[] =
    "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, \"data\": null,\n"
    "  \"edits\": [ { \"figure\": \"" FIGURE_ID "\", \"value\": 1, \"previous\": 50,\n"
    "                \"time\": \"yesterday\" } ] }\n";
  static const char old[] =
    "{ \"format\": \"dostyq-project\", \"version\": 1, \"dataset\": null, \"data\": null,\n"
    "  \"edits\": [ { \"figure\": \"" FIGURE_ID "\", \"value\": 1, \"previous\": 50 } ] }\n";
  g_autoptr(GFile) file = g_file_new_for_path ("/nowhere/history.dostyq");
  g_autoptr(DqProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *author = NULL;

  project = dq_project_load_from_data (bad_time, sizeof bad_time - 1, file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, DQ_PROJECT_ERROR, DQ_PROJECT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "history.dostyq"));
  g_assert_nonnull (strstr (error->message, "edits[0].time"));
  g_assert_nonnull (strstr (error->message, "yesterday"));
  g_clear_error (&error);

  /* A project of an earlier version says neither; its edits still apply. */
  project = dq_project_load_from_data (old, sizeof old - 1, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (dq_figure_get_value (figure_of (project)), ==, 1);
  g_assert_cmpint (dq_figure_get_correction (figure_of (project), &author), ==, 0);
  g_assert_null (author);
  g_assert_null (dq_figure_dup_corrected_at (figure_of (project)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/ProjectHistory/stamp", test_stamp);
  g_test_add_func ("/Dostyq/Model/ProjectHistory/undo-redo", test_undo_redo);
  g_test_add_func ("/Dostyq/Model/ProjectHistory/no-author", test_no_author);
  g_test_add_func ("/Dostyq/Model/ProjectHistory/csv", test_csv);
  g_test_add_func ("/Dostyq/Model/ProjectHistory/errors", test_errors);

  return g_test_run ();
}
