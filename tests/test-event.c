/* test-event.c
 *
 * Events: their kinds, dates that last, the country and centre they name,
 * and the statements they carry (an interview's words), with the loader's
 * errors for each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-dataset.h"
#include "dq-event.h"
#include "dq-json-reader.h"

/* A dataset of one document, one place, one centre and the events given. */
static DqDataset *
load_events (const char  *events,
             GError     **error)
{
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"dostyq-dataset\", \"version\": 1,"
    "  \"documents\": [ { \"id\": \"doc\", \"title\": \"Doc\", \"file\": \"doc.txt\","
    "    \"short\": { \"en\": \"Doc\", \"ru\": \"Док\", \"kk\": \"Құж\" } } ],"
    "  \"places\": [ { \"id\": \"almaty\", \"country\": \"KZ\", \"kind\": \"city\","
    "    \"name\": { \"en\": \"Almaty\", \"ru\": \"Алматы\", \"kk\": \"Алматы\" } } ],"
    "  \"centres\": [ { \"id\": \"centre\", \"kind\": \"ethnocultural-centre\","
    "    \"name\": { \"en\": \"C\", \"ru\": \"Ц\", \"kk\": \"О\" },"
    "    \"source\": { \"document\": \"doc\", \"quote\": \"a centre\" } } ],"
    "  \"events\": [ %s ] }", events);

  return dq_dataset_new_from_data (json, -1, "events.json", error);
}

#define EVENT(fields) \
  "{ \"id\": \"e\", \"name\": { \"en\": \"E\", \"ru\": \"Е\", \"kk\": \"О\" }," \
  "  \"source\": { \"document\": \"doc\", \"quote\": \"it happened\" }, " fields " }"

static void
test_event_kinds (void)
{
  const char * const *kinds = dq_event_kind_list ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  GListModel *events;

  g_assert_true (g_strv_contains (kinds, "conflict"));
  g_assert_true (g_strv_contains (kinds, "famine"));
  g_assert_true (g_strv_contains (kinds, "interview"));
  g_assert_true (g_strv_contains (kinds, "fieldwork"));
  g_assert_false (g_strv_contains (kinds, "rumour"));

  /* Every kind is accepted, in the order of the list. */
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autofree char *fields = g_strdup_printf ("\"kind\": \"%s\"", kinds[i]);
      g_autofree char *json = g_strdup_printf (EVENT ("%s"), fields);
      g_autoptr(DqDataset) one = load_events (json, &error);
      g_autoptr(DqEvent) event = NULL;

      g_assert_no_error (error);
      event = g_list_model_get_item (dq_dataset_get_events (one), 0);
      g_assert_cmpstr (dq_event_get_kind (event), ==, kinds[i]);
    }

  dataset = load_events (EVENT ("\"kind\": \"rumour\""), &error);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "events[0].kind"));
  g_assert_nonnull (strstr (error->message, "interview"));
  g_assert_null (dataset);
  g_clear_error (&error);

  /* The bundled dataset uses more kinds than conflicts alone. */
  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);
  events = dq_dataset_get_events (dataset);
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < g_list_model_get_n_items (events); i++)
      {
        g_autoptr(DqEvent) event = g_list_model_get_item (events, i);

        g_hash_table_add (seen, (gpointer) dq_event_get_kind (event));
      }
    g_assert_cmpuint (g_hash_table_size (seen), >=, 10);
    g_assert_true (g_hash_table_contains (seen, "famine"));
    g_assert_true (g_hash_table_contains (seen, "interview"));
  }
}

static void
test_event_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqEvent) event = NULL;
  int year = -1, month = -1, day = -1;

  dataset = load_events (EVENT ("\"kind\": \"famine\", \"date\": { \"year\": 1919 },"
                                "\"end\": { \"year\": 1921, \"month\": 3 }"), &error);
  g_assert_no_error (error);
  event = g_list_model_get_item (dq_dataset_get_events (dataset), 0);
  dq_event_get_date (event, &year, &month, &day);
  g_assert_cmpint (year, ==, 1919);
  g_assert_cmpint (month, ==, 0);
  g_assert_cmpint (day, ==, 0);
  dq_event_get_end_date (event, &year, &month, &day);
  g_assert_cmpint (year, ==, 1921);
  g_assert_cmpint (month, ==, 3);
  g_assert_cmpint (day, ==, 0);
  g_clear_object (&event);
  g_clear_object (&dataset);

  /* An event that does not last has no end. */
  dataset = load_events (EVENT ("\"kind\": \"interview\","
                                "\"date\": { \"year\": 2014, \"month\": 2, \"day\": 28 }"), &error);
  g_assert_no_error (error);
  event = g_list_model_get_item (dq_dataset_get_events (dataset), 0);
  dq_event_get_end_date (event, &year, &month, &day);
  g_assert_cmpint (year, ==, 0);
  g_assert_cmpint (month, ==, 0);
  g_clear_object (&event);
  g_clear_object (&dataset);

  /* A holiday without a year is kept. */
  dataset = load_events (EVENT ("\"kind\": \"commemoration\","
                                "\"date\": { \"month\": 5, \"day\": 1 }"), &error);
  g_assert_no_error (error);
  g_clear_object (&dataset);
}

static void
test_event_date_errors (void)
{
  static const struct { const char *fields; const char *path; } cases[] = {
    { "\"kind\": \"famine\", \"date\": { \"year\": 1921 }, \"end\": { \"year\": 1919 }",
      "events[0].end" },
    { "\"kind\": \"famine\", \"date\": { \"year\": 1932, \"month\": 6 },"
      "\"end\": { \"year\": 1932, \"month\": 2 }", "events[0].end" },
    { "\"kind\": \"famine\", \"end\": { \"year\": 1921 }", "events[0].end" },
    { "\"kind\": \"famine\", \"date\": { \"year\": 1919 }, \"end\": { \"month\": 3 }",
      "events[0].end" },
    { "\"kind\": \"famine\", \"end\": { \"year\": 1921, \"day\": 3 }", "events[0].end.day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (EVENT ("%s"), cases[i].fields);
      g_autoptr(GError) error = NULL;
      g_autoptr(DqDataset) dataset = load_events (json, &error);

      g_assert_null (dataset);
      g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE);
      g_assert_nonnull (strstr (error->message, cases[i].path));
      g_assert_nonnull (strstr (error->message, "events.json"));
    }
}

static void
test_event_references (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(DqEvent) event = NULL;
  const DqStatement *statement;

  dataset = load_events (EVENT ("\"kind\": \"interview\", \"place\": \"almaty\","
                                "\"centre\": \"centre\", \"country\": \"KZ\","
                                "\"statements\": [ { \"text\": { \"en\": \"Said\","
                                "  \"ru\": \"Сказал\", \"kk\": \"Айтты\" },"
                                "  \"source\": { \"document\": \"doc\", \"quote\": \"words\" } } ]"),
                         &error);
  g_assert_no_error (error);
  event = g_list_model_get_item (dq_dataset_get_events (dataset), 0);
  g_assert_cmpstr (dq_event_get_centre_id (event), ==, "centre");
  g_assert_cmpstr (dq_event_get_country (event), ==, "KZ");
  g_assert_cmpstr (dq_event_get_place_id (event), ==, "almaty");
  g_assert_cmpuint (dq_event_get_n_statements (event), ==, 1);
  statement = dq_event_get_statement (event, 0);
  g_assert_cmpstr (dq_text_get (statement->text, DQ_LANGUAGE_KK), ==, "Айтты");
  g_assert_cmpstr (dq_source_get_quote (statement->source), ==, "words");
  g_clear_object (&event);
  g_clear_object (&dataset);

  /* Without them, the getters say so. */
  dataset = load_events (EVENT ("\"kind\": \"policy\""), &error);
  g_assert_no_error (error);
  event = g_list_model_get_item (dq_dataset_get_events (dataset), 0);
  g_assert_null (dq_event_get_centre_id (event));
  g_assert_null (dq_event_get_country (event));
  g_assert_cmpuint (dq_event_get_n_statements (event), ==, 0);
  g_clear_object (&event);
  g_clear_object (&dataset);

  dataset = load_events (EVENT ("\"kind\": \"interview\", \"centre\": \"nowhere\""), &error);
  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_REFERENCE);
  g_assert_nonnull (strstr (error->message, "nowhere"));
  g_clear_error (&error);

  dataset = load_events (EVENT ("\"kind\": \"policy\", \"country\": \"RU\""), &error);
  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "events[0].country"));
  g_clear_error (&error);

  dataset = load_events (EVENT ("\"kind\": \"policy\", \"statements\": [ { \"text\": "
                                "{ \"en\": \"a\", \"ru\": \"б\", \"kk\": \"в\" } } ]"), &error);
  g_assert_null (dataset);
  g_assert_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "events[0].statements[0].source"));
}

static void
test_event_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DqDataset) dataset = load_events (EVENT ("\"kind\": \"policy\""), &error);
      g_autoptr(DqEvent) event = g_list_model_get_item (dq_dataset_get_events (dataset), 0);

      dq_event_get_statement (event, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*index < self->statements->len*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Event/kinds", test_event_kinds);
  g_test_add_func ("/Dostyq/Model/Event/dates", test_event_dates);
  g_test_add_func ("/Dostyq/Model/Event/date-errors", test_event_date_errors);
  g_test_add_func ("/Dostyq/Model/Event/references", test_event_references);
  g_test_add_func ("/Dostyq/Model/Event/preconditions", test_event_preconditions);

  return g_test_run ();
}
