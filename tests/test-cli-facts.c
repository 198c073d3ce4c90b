/* test-cli-facts.c
 *
 * `dostyq facts`: the CSV of every sourced record, without a display, checked
 * row by row against the model (figures, then events with their statements,
 * centres, groups' typologies and fieldwork); its languages and its errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "dq-dataset.h"
#include "dq-test-util.h"

#define N_FIELDS 13

static const char * const header[N_FIELDS + 1] = {
  "id", "record", "kind", "label", "value", "unit", "bound", "year", "date", "country",
  "document", "quote", "note", NULL
};

enum {
  FIELD_ID,
  FIELD_RECORD,
  FIELD_KIND,
  FIELD_LABEL,
  FIELD_VALUE,
  FIELD_UNIT,
  FIELD_BOUND,
  FIELD_YEAR,
  FIELD_DATE,
  FIELD_COUNTRY,
  FIELD_DOCUMENT,
  FIELD_QUOTE,
  FIELD_NOTE,
};

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
}

/* CSV as RFC 4180 has it: fields separated by commas, records by CRLF (a
 * bare LF is accepted too), and fields that hold commas, quotes or line
 * breaks in double quotes, with quotes doubled. Fails the test on anything
 * else. Returns an array of records, each a GStrv. */
static GPtrArray *
parse_csv (const char *text)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gboolean end_of_record = FALSE;

      g_string_truncate (field, 0);
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              if (*p == '\0')
                g_error ("unterminated quoted field at offset %td", p - text);
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                {
                  g_string_append_c (field, *p);
                }
            }
        }
      else
        {
          for (; *p != '\0' && *p != ',' && *p != '\r' && *p != '\n'; p++)
            {
              if (*p == '"')
                g_error ("a quote inside an unquoted field at offset %td", p - text);
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (record, g_strdup (field->str));

      if (*p == ',')
        {
          p++;
        }
      else if (p[0] == '\r' && p[1] == '\n')
        {
          p += 2;
          end_of_record = TRUE;
        }
      else if (*p == '\n')
        {
          p++;
          end_of_record = TRUE;
        }
      else if (*p == '\0')
        {
          end_of_record = TRUE;
        }
      else
        {
          g_error ("unexpected character after a field at offset %td", p - text);
        }

      /* A comma at the very end of the text still ends a field. */
      if (*p == '\0' && !end_of_record)
        {
          g_ptr_array_add (record, g_strdup (""));
          end_of_record = TRUE;
        }

      if (end_of_record)
        {
          g_ptr_array_add (record, NULL);
          g_ptr_array_add (records, g_ptr_array_steal (record, NULL));
          g_ptr_array_set_free_func (record, g_free);
        }
    }

  return g_steal_pointer (&records);
}

static void
test_parse_csv_self_check (void)
{
  g_autoptr(GPtrArray) records = parse_csv ("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                            ",\"two\r\nlines\",\r\n"
                                            "last,row,x");
  const char * const *first;
  const char * const *second;
  const char * const *third;

  /* The CSV reader the other tests rely on reads what RFC 4180 writes. */
  g_assert_cmpuint (records->len, ==, 3);
  first = g_ptr_array_index (records, 0);
  second = g_ptr_array_index (records, 1);
  third = g_ptr_array_index (records, 2);
  g_assert_cmpstrv (first, ((const char * const []) { "a", "b,c", "say \"hi\"", NULL }));
  g_assert_cmpstrv (second, ((const char * const []) { "", "two\r\nlines", "", NULL }));
  g_assert_cmpstrv (third, ((const char * const []) { "last", "row", "x", NULL }));
}

static DqDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_bundled (&error);

  g_assert_no_error (error);

  return dataset;
}

static DqDataset *
load_fixture (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DqDataset *dataset = dq_dataset_new_from_file (file, &error);

  g_assert_no_error (error);

  return dataset;
}

/* Runs `dostyq facts` with @args, expects success and a well-formed CSV,
 * and returns its rows without the header. */
static GPtrArray *
run_facts (const char * const *args)
{
  g_auto(DqTestRun) run = { 0 };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GPtrArray) records = NULL;
  const char * const *first;

  g_ptr_array_add (argv, (gpointer) dq_test_dostyq ());
  g_ptr_array_add (argv, (gpointer) "facts");
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  dq_test_spawn_v (&run, (const char **) argv->pdata);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "id,record,kind,label,value,unit,bound,year,date,"
                                            "country,document,quote,note\r\n"));

  records = parse_csv (run.out);
  g_assert_cmpuint (records->len, >, 0);
  first = g_ptr_array_index (records, 0);
  g_assert_cmpstrv (first, header);
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (records, i)), ==, N_FIELDS);

  g_ptr_array_remove_index (records, 0);

  return g_steal_pointer (&records);
}

/* Checks the rows after the figures: each event (its kind, date, source
 * and description) followed by its statements, then each centre with its
 * statements. Returns the row after the last centre's. */
static guint
assert_event_rows_match (GPtrArray  *rows,
                         guint       first,
                         DqDataset  *dataset,
                         DqLanguage  language)
{
  GListModel *events = dq_dataset_get_events (dataset);
  GListModel *centres = dq_dataset_get_centres (dataset);
  guint r = first;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DqEvent) event = g_list_model_get_item (events, i);
      const char * const *row = g_ptr_array_index (rows, r++);
      const DqText *description = dq_event_get_description (event);
      int year;

      g_assert_cmpstr (row[FIELD_ID], ==, dq_event_get_id (event));
      g_assert_cmpstr (row[FIELD_RECORD], ==, "event");
      g_assert_cmpstr (row[FIELD_KIND], ==, dq_event_get_kind (event));
      g_assert_cmpstr (row[FIELD_LABEL], ==, dq_text_get (dq_event_get_name (event), language));
      g_assert_cmpstr (row[FIELD_VALUE], ==, "");
      g_assert_cmpstr (row[FIELD_QUOTE], ==, dq_source_get_quote (dq_event_get_source (event)));
      g_assert_cmpstr (row[FIELD_NOTE], ==,
                       description != NULL ? dq_text_get (description, language) : "");
      dq_event_get_date (event, &year, NULL, NULL);
      if (year != 0)
        g_assert_true (g_str_has_prefix (row[FIELD_DATE], row[FIELD_YEAR]));
      else
        g_assert_cmpstr (row[FIELD_YEAR], ==, "");

      for (guint s = 0; s < dq_event_get_n_statements (event); s++)
        {
          const DqStatement *statement = dq_event_get_statement (event, s);

          row = g_ptr_array_index (rows, r++);
          g_assert_true (g_str_has_prefix (row[FIELD_ID], dq_event_get_id (event)));
          g_assert_cmpstr (row[FIELD_RECORD], ==, "statement");
          g_assert_cmpstr (row[FIELD_LABEL], ==, dq_text_get (statement->text, language));
          g_assert_cmpstr (row[FIELD_QUOTE], ==, dq_source_get_quote (statement->source));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);
      const char * const *row = g_ptr_array_index (rows, r++);

      g_assert_cmpstr (row[FIELD_ID], ==, dq_centre_get_id (centre));
      g_assert_cmpstr (row[FIELD_RECORD], ==, "centre");
      g_assert_cmpstr (row[FIELD_KIND], ==, dq_centre_kind_to_string (dq_centre_get_kind (centre)));
      g_assert_cmpstr (row[FIELD_QUOTE], ==, dq_source_get_quote (dq_centre_get_source (centre)));
      r += dq_centre_get_n_statements (centre);
    }

  /* What follows is the groups' typologies and concentrations, and the
   * fieldwork of surveys. */
  for (; r < rows->len; r++)
    {
      const char * const *row = g_ptr_array_index (rows, r);
      const char * const rest[] = { "typology", "concentration", "fieldwork", NULL };

      g_assert_true (g_strv_contains (rest, row[FIELD_RECORD]));
      g_assert_cmpstr (row[FIELD_QUOTE], !=, "");
    }

  return r;
}

/* Checks every row against the figure of the same id in @dataset, in the
 * order of the dataset's figures, then the other records. */
static void
assert_rows_match (GPtrArray  *rows,
                   DqDataset  *dataset,
                   DqLanguage  language)
{
  GListModel *figures = dq_dataset_get_figures (dataset);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_figures = g_list_model_get_n_items (figures);
  guint n_gaps = 0;

  g_assert_cmpuint (rows->len, >=, n_figures);
  g_assert_cmpuint (assert_event_rows_match (rows, n_figures, dataset, language), ==, rows->len);

  for (guint i = 0; i < n_figures; i++)
    {
      const char * const *row = g_ptr_array_index (rows, i);
      g_autoptr(DqFigure) expected = g_list_model_get_item (figures, i);
      DqFigure *figure = dq_dataset_lookup_figure (dataset, row[FIELD_ID]);
      const char *country;
      DqSource *source;
      g_autofree char *citation = NULL;

      if (!g_hash_table_add (ids, (gpointer) row[FIELD_ID]))
        g_error ("the id “%s” is on two rows", row[FIELD_ID]);
      g_assert_nonnull (figure);
      g_assert_true (figure == expected);
      source = dq_figure_get_source (figure);
      country = dq_figure_get_country (figure);

      g_assert_cmpstr (row[FIELD_RECORD], ==, "figure");
      g_assert_cmpstr (row[FIELD_LABEL], ==, dq_text_get (dq_figure_get_label (figure), language));
      g_assert_cmpstr (row[FIELD_UNIT], ==, dq_unit_to_string (dq_figure_get_unit (figure)));
      g_assert_cmpstr (row[FIELD_BOUND], ==, dq_bound_to_string (dq_figure_get_bound (figure)));
      g_assert_cmpstr (row[FIELD_COUNTRY], ==, country != NULL ? country : "");
      g_assert_cmpstr (row[FIELD_DOCUMENT], ==, dq_source_get_document_id (source));
      citation = dq_source_dup_citation (source);
      g_assert_cmpstr (row[FIELD_QUOTE], ==, citation);

      if (dq_figure_get_year (figure) != 0)
        g_assert_cmpint (g_ascii_strtoll (row[FIELD_YEAR], NULL, 10), ==,
                         dq_figure_get_year (figure));
      else
        g_assert_cmpstr (row[FIELD_YEAR], ==, "");

      if (row[FIELD_VALUE][0] != '\0')
        {
          char *end = NULL;
          double value = g_ascii_strtod (row[FIELD_VALUE], &end);

          if (end == row[FIELD_VALUE] || *end != '\0')
            g_error ("“%s” on the row of “%s” is not a number",
                     row[FIELD_VALUE], row[FIELD_ID]);
          g_assert_true (dq_figure_has_value (figure));
          g_assert_cmpfloat_with_epsilon (value, dq_figure_get_value (figure),
                                          1e-9 * MAX (1, fabs (value)));
          if (dq_figure_get_note (figure) != NULL)
            g_assert_cmpstr (row[FIELD_NOTE], ==, dq_text_get (dq_figure_get_note (figure),
                                                                 language));
          else
            g_assert_cmpstr (row[FIELD_NOTE], ==, "");
        }
      else
        {
          /* A gap: no value, and the note says why. */
          g_assert_false (dq_figure_has_value (figure));
          g_assert_cmpstr (row[FIELD_NOTE], !=, "");
          g_assert_cmpstr (row[FIELD_NOTE], ==, dq_text_get (dq_figure_get_gap (figure), language));
          n_gaps++;
        }
    }

  /* Both datasets the tests use have gaps. */
  g_assert_cmpuint (n_gaps, >, 0);
}

static void
test_cli_facts_bundled (void)
{
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) rows = run_facts (NULL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) event_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  const char * const *row;

  assert_rows_match (rows, dataset, DQ_LANGUAGE_EN);

  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      g_hash_table_insert (by_id, (gpointer) row[FIELD_ID], (gpointer) row);
      if (g_str_equal (row[FIELD_RECORD], "event"))
        g_hash_table_add (event_kinds, (gpointer) row[FIELD_KIND]);
    }
  g_assert_cmpuint (g_hash_table_size (event_kinds), >=, 10);

  /* A dated interview, an event that lasts, a day of every year. */
  row = g_hash_table_lookup (by_id, "interview-dederer-2014");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[FIELD_KIND], ==, "interview");
  g_assert_cmpstr (row[FIELD_DATE], ==, "2014-02-28");
  g_assert_cmpstr (row[FIELD_YEAR], ==, "2014");
  g_assert_cmpstr (row[FIELD_COUNTRY], ==, "KZ");
  row = g_hash_table_lookup (by_id, "famine-1919-1921");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[FIELD_KIND], ==, "famine");
  g_assert_cmpstr (row[FIELD_DATE], ==, "1919/1921");
  row = g_hash_table_lookup (by_id, "unity-day");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[FIELD_DATE], ==, "XXXX-05-01");
  g_assert_cmpstr (row[FIELD_YEAR], ==, "");

  /* What an interviewee said, with its verbatim quote. */
  row = g_hash_table_lookup (by_id, "interview-korean-centre-tashkent-2014#statement-1");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[FIELD_RECORD], ==, "statement");
  g_assert_cmpstr (row[FIELD_QUOTE], ==, "My generation who were born in the 1980s speak only "
                                         "Russian.");

  row = g_hash_table_lookup (by_id, "cab-2021");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[FIELD_RECORD], ==, "fieldwork");
  g_assert_cmpstr (row[FIELD_DATE], ==, "2021-08-19/2021-09-08");
}

static void
test_cli_facts_lang_ru (void)
{
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) rows = run_facts ((const char * const []) { "--lang", "ru", NULL });
  g_autoptr(DqFigure) first = g_list_model_get_item (dq_dataset_get_figures (dataset), 0);
  const char * const *row = g_ptr_array_index (rows, 0);

  assert_rows_match (rows, dataset, DQ_LANGUAGE_RU);

  /* The labels really are Russian, not the English ones again. */
  g_assert_cmpstr (row[FIELD_LABEL], ==, dq_text_get (dq_figure_get_label (first), DQ_LANGUAGE_RU));
  g_assert_cmpstr (row[FIELD_LABEL], !=, dq_text_get (dq_figure_get_label (first), DQ_LANGUAGE_EN));
}

static void
test_cli_facts_lang_kk (void)
{
  g_autoptr(DqDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) rows = run_facts ((const char * const []) { "-l", "kk", NULL });

  assert_rows_match (rows, dataset, DQ_LANGUAGE_KK);
}

static void
test_cli_facts_lang_unknown (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "--lang", "xx", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "“xx”"));
}

static void
test_cli_facts_extra_argument (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "extra", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "dostyq facts: "));
}

static void
test_cli_facts_unknown_option (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "--colour", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "--colour"));
}

static void
test_cli_facts_fixture (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(DqDataset) dataset = load_fixture ();
  g_autoptr(GPtrArray) rows = run_facts ((const char * const []) { "--dataset", path, NULL });
  g_autoptr(DqDataset) bundled = load_bundled ();
  DqFigure *centres = dq_dataset_lookup_figure (dataset, "fact-centres");
  const char * const *row = g_ptr_array_index (rows, 0);

  /* Only the fixture's figures: none of the bundled ones. */
  assert_rows_match (rows, dataset, DQ_LANGUAGE_EN);
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *r = g_ptr_array_index (rows, i);

      if (g_str_equal (r[FIELD_RECORD], "figure"))
        g_assert_null (dq_dataset_lookup_figure (bundled, r[FIELD_ID]));
    }

  /* Fields with commas, quotes and line breaks come back whole. */
  g_assert_cmpstr (row[FIELD_ID], ==, "fact-centres");
  g_assert_cmpstr (row[FIELD_LABEL], ==, "Registered centres, \"ethno-cultural\"");
  g_assert_cmpstr (row[FIELD_QUOTE], ==, dq_source_get_quote (dq_figure_get_source (centres)));
  g_assert_nonnull (strchr (row[FIELD_QUOTE], '\n'));
}

static void
test_cli_facts_bad_dataset (void)
{
  g_autofree char *fixture = fixture_path ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(DqTestRun) run = { 0 };
  g_auto(GStrv) parts = NULL;

  g_file_get_contents (fixture, &contents, NULL, &error);
  g_assert_no_error (error);

  /* The Germans' share of population, made 101 per cent. */
  parts = g_strsplit (contents, "\"value\": 1.01,", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  broken = g_strjoinv ("\"value\": 101,", parts);

  dir = g_dir_make_tmp ("dostyq-test-cli-facts-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "broken.json", NULL);
  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "--dataset", path, NULL);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, path));
  g_assert_nonnull (strstr (run.err, ": groups[0].populations[0].value: "));
  g_assert_nonnull (strstr (run.err, "101"));

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_cli_facts_missing_dataset (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(DqTestRun) run = { 0 };

  dir = g_dir_make_tmp ("dostyq-test-cli-facts-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "no-such-file.json", NULL);

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "--dataset", path, NULL);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "dostyq: "));
  g_assert_nonnull (strstr (run.err, path));
  /* One error, reported once: no warning from GLib about the error. */
  g_assert_null (strstr (run.err, "WARNING"));

  g_assert_no_errno (g_rmdir (dir));
}

static void
test_cli_facts_help (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "facts", "--help", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--lang"));
  g_assert_nonnull (strstr (run.out, "--dataset"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Cli/Facts/csv-reader", test_parse_csv_self_check);
  g_test_add_func ("/Dostyq/Cli/Facts/bundled", test_cli_facts_bundled);
  g_test_add_func ("/Dostyq/Cli/Facts/lang-ru", test_cli_facts_lang_ru);
  g_test_add_func ("/Dostyq/Cli/Facts/lang-kk", test_cli_facts_lang_kk);
  g_test_add_func ("/Dostyq/Cli/Facts/lang-unknown", test_cli_facts_lang_unknown);
  g_test_add_func ("/Dostyq/Cli/Facts/extra-argument", test_cli_facts_extra_argument);
  g_test_add_func ("/Dostyq/Cli/Facts/unknown-option", test_cli_facts_unknown_option);
  g_test_add_func ("/Dostyq/Cli/Facts/fixture", test_cli_facts_fixture);
  g_test_add_func ("/Dostyq/Cli/Facts/bad-dataset", test_cli_facts_bad_dataset);
  g_test_add_func ("/Dostyq/Cli/Facts/missing-dataset", test_cli_facts_missing_dataset);
  g_test_add_func ("/Dostyq/Cli/Facts/help", test_cli_facts_help);

  return g_test_run ();
}
