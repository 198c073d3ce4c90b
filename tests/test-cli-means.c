/* test-cli-means.c
 *
 * `dostyq means` without a display: its JSON against R's survey package
 * (tests/reference), its CSV and text, and its errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-test-util.h"

static char *
data_file (const char *name)
{
  return g_build_filename (dq_test_srcdir (), "tests", "data", name, NULL);
}

static void
assert_group (JsonObject *group,
              GPtrArray  *fixtures,
              const char *value)
{
  const char *match[] = { "survey-generated.csv", "trust", "region", "w", value };

  dq_test_assert_close (json_object_get_double_member (group, "mean"),
                        dq_test_fixture_number (fixtures, match, 5, "mean"), 1e-9, "mean");
  dq_test_assert_close (json_object_get_double_member (group, "ci_low"),
                        dq_test_fixture_number (fixtures, match, 5, "ci_low"), 1e-8, "ci_low");
  dq_test_assert_close (json_object_get_double_member (group, "ci_high"),
                        dq_test_fixture_number (fixtures, match, 5, "ci_high"), 1e-8, "ci_high");
  dq_test_assert_close (json_object_get_double_member (group, "standard_error"),
                        dq_test_fixture_number (fixtures, match, 5, "se"), 1e-8, "se");
  g_assert_cmpint (json_object_get_int_member (group, "n"), ==,
                   dq_test_fixture_number (fixtures, match, 5, "n"));
  dq_test_assert_close (json_object_get_double_member (group, "weighted_n"),
                        dq_test_fixture_number (fixtures, match, 5, "weighted_n"),
                        1e-9,
                        "weighted_n");
  dq_test_assert_close (json_object_get_double_member (group, "effective_n"),
                        dq_test_fixture_number (fixtures, match, 5, "effective_n"), 1e-9,
                        "effective_n");
}

static void
test_json (void)
{
  g_auto(DqTestRun) run = { 0 };
  g_autofree char *path = data_file ("survey-generated.csv");
  g_autoptr(GPtrArray) fixtures = dq_test_read_fixtures ("means.csv");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *groups;

  dq_test_spawn (&run, dq_test_dostyq (), "means", path, "--var", "trust", "--by", "region",
                 "--weight", "w", "--format", "json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "variable"), ==, "trust");
  g_assert_cmpstr (json_object_get_string_member (root, "by"), ==, "region");
  g_assert_cmpstr (json_object_get_string_member (root, "weight"), ==, "w");
  groups = json_object_get_array_member (root, "groups");
  g_assert_cmpuint (json_array_get_length (groups), ==, 5);
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *group = json_array_get_object_element (groups, i);

      g_assert_true (json_object_has_member (group, "label"));
      assert_group (group, fixtures, json_object_get_string_member (group, "value"));
    }
  assert_group (json_object_get_object_member (root, "total"), fixtures, "Total");
}

static void
test_text_and_csv (void)
{
  g_auto(DqTestRun) text = { 0 };
  g_auto(DqTestRun) csv = { 0 };
  g_autofree char *path = data_file ("sample.sav");
  g_auto(GStrv) lines = NULL;

  /* The real SPSS file: value labels name the groups. */
  dq_test_spawn (&text, dq_test_dostyq (), "means", path, "--var", "mynum", "--by", "mylabl", NULL);
  g_assert_cmpstr (text.err, ==, "");
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Mean of mynum by mylabl\nNot weighted\n"));
  g_assert_nonnull (strstr (text.out, "1 Male"));
  /* The groups' column is headed by their variable. */
  g_assert_nonnull (strstr (text.out, "\nmylabl "));
  g_assert_nonnull (strstr (text.out, "2 Female"));
  g_assert_nonnull (strstr (text.out, "linearised"));

  dq_test_spawn (&csv, dq_test_dostyq (), "means", path, "--var", "mynum", "--by", "mylabl",
                 "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "value,label,mean,ci_low,ci_high,standard_error,n,weighted_n,"
                                 "effective_n");
  g_assert_true (g_str_has_prefix (lines[1], "1,Male,0.366667,"));
  g_assert_true (g_str_has_prefix (lines[3], ",Total,0.180000,"));
  g_assert_cmpstr (lines[4], ==, "");
}

static void
test_errors (void)
{
  g_autofree char *path = data_file ("survey-generated.csv");
  struct
  {
    const char *args[10];
    int         status;
    const char *message;
  } cases[] = {
    { { "means", path, NULL }, 2, "--var" },
    { { "means", path, "--var", "trust", "--format", "xlsx", NULL }, 2, "xlsx" },
    { { "means", path, "--var", "nope", NULL }, 2, "nope" },
    { { "means", path, "--var", "trust", "--weight", "w", "--no-weight", NULL }, 2,
      "--no-weight" },
    { { "means", path, "--var", "trust", "--weight", "nope", NULL }, 2, "nope" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(DqTestRun) run = { 0 };
      const char *argv[12] = { dq_test_dostyq () };

      for (guint k = 0; cases[i].args[k] != NULL; k++)
        argv[k + 1] = cases[i].args[k];
      dq_test_spawn_v (&run, argv);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].message));
    }
}

static JsonObject *
run_json (JsonParser *parser,
          const char *first_arg,
          ...)
{
  g_auto(DqTestRun) run = { 0 };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) dq_test_dostyq ());
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  dq_test_spawn_v (&run, (const char **) argv->pdata);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

/* The mean of the respondents a filter keeps is that of their group in
 * the unfiltered table, and the filter is said above the text table. */
static void
test_filter (void)
{
  g_autofree char *path = data_file ("survey-generated.csv");
  g_autoptr(JsonParser) all_parser = json_parser_new ();
  g_autoptr(JsonParser) kept_parser = json_parser_new ();
  g_auto(DqTestRun) text = { 0 };
  JsonObject *all;
  JsonObject *kept;
  JsonObject *women = NULL;
  JsonObject *total;
  JsonArray *groups;

  all = run_json (all_parser, "means", path, "--var", "trust", "--by", "sex", "--weight", "w",
                  "--format", "json", NULL);
  kept = run_json (kept_parser, "means", path, "--var", "trust", "--weight", "w",
                   "--filter", "sex = 2", "--format", "json", NULL);

  groups = json_object_get_array_member (all, "groups");
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *group = json_array_get_object_element (groups, i);

      if (g_str_equal (json_object_get_string_member (group, "value"), "2"))
        women = group;
    }
  g_assert_nonnull (women);
  total = json_object_get_object_member (kept, "total");
  g_assert_cmpint (json_object_get_int_member (total, "n"), ==,
                   json_object_get_int_member (women, "n"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (total, "mean"),
                                  json_object_get_double_member (women, "mean"), 1e-12);
  g_assert_cmpint (json_object_get_int_member (kept, "filtered_out"), >, 0);

  dq_test_spawn (&text, dq_test_dostyq (), "means", path, "--var", "trust", "--filter", "sex = 2",
                 NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_str_has_prefix (text.out, "Filter: sex = 2\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Cli/Means/json", test_json);
  g_test_add_func ("/Dostyq/Cli/Means/text-and-csv", test_text_and_csv);
  g_test_add_func ("/Dostyq/Cli/Means/errors", test_errors);
  g_test_add_func ("/Dostyq/Cli/Means/filter", test_filter);

  return g_test_run ();
}
