/* test-map-filter.c
 *
 * Which records the map's filter lets through, condition by condition, on
 * the bundled dataset: none, kinds, country, search text, their
 * combination, and the highlighted group, which dims but never hides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-map.h"
#include "dq-map-filter.h"

static DqDataset *dataset;

typedef gboolean (*RecordTest) (gpointer record, gconstpointer data);

/* All centres, then all events. */
static GPtrArray *
all_records (void)
{
  GListModel *lists[] = { dq_dataset_get_centres (dataset), dq_dataset_get_events (dataset) };
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      g_ptr_array_add (records, g_list_model_get_item (lists[l], i));

  return records;
}

static guint
count_matches (DqMapFilter *filter,
               GPtrArray   *records)
{
  guint n = 0;

  for (guint i = 0; i < records->len; i++)
    n += dq_map_filter_match (filter, g_ptr_array_index (records, i));

  return n;
}

/* That the filter lets through exactly the records @test picks. */
static guint
assert_yields (DqMapFilter   *filter,
               GPtrArray     *records,
               RecordTest     test,
               gconstpointer  data)
{
  guint n = 0;

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);
      gboolean expected = test (record, data);

      if (dq_map_filter_match (filter, record) != expected)
        g_error ("%s: expected %s", DQ_IS_CENTRE (record) ? dq_centre_get_id (record)
                                                          : dq_event_get_id (record),
                 expected ? "a match" : "no match");
      n += expected;
    }

  return n;
}

static const char *
record_kind (gpointer record)
{
  return DQ_IS_CENTRE (record) ? dq_centre_kind_to_string (dq_centre_get_kind (record))
                               : DQ_MAP_KIND_CONFLICT;
}

static const char *
record_country (gpointer record)
{
  const char *place_id = DQ_IS_CENTRE (record) ? dq_centre_get_place_id (record)
                                               : dq_event_get_place_id (record);
  DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;

  return place != NULL ? dq_place_get_country (place) : NULL;
}

static const char * const *
record_groups (gpointer record)
{
  return DQ_IS_CENTRE (record) ? dq_centre_get_group_ids (record)
                               : dq_event_get_group_ids (record);
}

static gboolean
is_of_kind (gpointer      record,
            gconstpointer kind)
{
  return g_strcmp0 (record_kind (record), kind) == 0;
}

static gboolean
is_in_country (gpointer      record,
               gconstpointer country)
{
  const char *found = record_country (record);

  /* Nothing says a record without a place is elsewhere. */
  return found == NULL || g_strcmp0 (found, country) == 0;
}

static gboolean
is_memorial_in_kz (gpointer      record,
                   gconstpointer data)
{
  return is_of_kind (record, "memorial") && is_in_country (record, "KZ");
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  const char *kinds[] = { "memorial", NULL };
  guint notified = 0;

  g_signal_connect_swapped (filter, "notify", G_CALLBACK (count_cb), &notified);

  dq_map_filter_set_dataset (filter, dataset);
  dq_map_filter_set_dataset (filter, dataset);
  g_assert_true (dq_map_filter_get_dataset (filter) == dataset);
  g_assert_cmpuint (notified, ==, 1);

  dq_map_filter_set_group (filter, "germans");
  dq_map_filter_set_group (filter, "germans");
  g_assert_cmpstr (dq_map_filter_get_group (filter), ==, "germans");
  g_assert_cmpuint (notified, ==, 2);
  /* Empty is none. */
  dq_map_filter_set_group (filter, "");
  g_assert_null (dq_map_filter_get_group (filter));
  g_assert_cmpuint (notified, ==, 3);

  dq_map_filter_set_kinds (filter, kinds);
  dq_map_filter_set_kinds (filter, kinds);
  g_assert_cmpstrv (dq_map_filter_get_kinds (filter), kinds);
  g_assert_cmpuint (notified, ==, 4);
  dq_map_filter_set_kinds (filter, NULL);
  g_assert_null (dq_map_filter_get_kinds (filter));
  g_assert_cmpuint (notified, ==, 5);

  g_object_set (filter, "country", "UZ", "search-text", "Конфуц", NULL);
  g_assert_cmpstr (dq_map_filter_get_country (filter), ==, "UZ");
  g_assert_cmpstr (dq_map_filter_get_search_text (filter), ==, "Конфуц");
  g_assert_cmpuint (notified, ==, 7);
  dq_map_filter_set_search_text (filter, "");
  g_assert_null (dq_map_filter_get_search_text (filter));
  g_assert_cmpuint (notified, ==, 8);

  g_assert_finalize_object (g_steal_pointer (&filter));
}

static void
test_none (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  g_autoptr(GPtrArray) records = all_records ();

  dq_map_filter_set_dataset (filter, dataset);
  g_assert_cmpuint (records->len, >, 0);
  g_assert_cmpuint (count_matches (filter, records), ==, records->len);
}

static void
test_kinds (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  g_autoptr(GPtrArray) records = all_records ();
  const char * const *kinds = dq_map_list_kinds ();
  guint total = 0;

  dq_map_filter_set_dataset (filter, dataset);

  /* Each kind alone: every record falls under exactly one. */
  for (guint k = 0; kinds[k] != NULL; k++)
    {
      const char *one[] = { kinds[k], NULL };

      dq_map_filter_set_kinds (filter, one);
      total += assert_yields (filter, records, is_of_kind, kinds[k]);
    }
  g_assert_cmpuint (total, ==, records->len);

  /* Events are the "conflict" kind; there are some. */
  {
    const char *one[] = { DQ_MAP_KIND_CONFLICT, NULL };

    dq_map_filter_set_kinds (filter, one);
    g_assert_cmpuint (count_matches (filter, records), ==,
                      g_list_model_get_n_items (dq_dataset_get_events (dataset)));
    g_assert_cmpuint (count_matches (filter, records), >, 0);
  }

  /* No kind lets nothing through; NULL lets everything through. */
  {
    const char *none[] = { NULL };

    dq_map_filter_set_kinds (filter, none);
    g_assert_cmpuint (count_matches (filter, records), ==, 0);
    dq_map_filter_set_kinds (filter, NULL);
    g_assert_cmpuint (count_matches (filter, records), ==, records->len);
  }

  /* A name that is no kind matches no record, and adds none to a known
   * kind's. */
  {
    const char *unknown[] = { "mosque", NULL };
    const char *memorial[] = { "memorial", NULL };
    const char *both[] = { "mosque", "memorial", NULL };
    guint memorials;

    dq_map_filter_set_kinds (filter, unknown);
    g_assert_cmpuint (count_matches (filter, records), ==, 0);
    dq_map_filter_set_kinds (filter, memorial);
    memorials = count_matches (filter, records);
    g_assert_cmpuint (memorials, >, 0);
    dq_map_filter_set_kinds (filter, both);
    g_assert_cmpuint (count_matches (filter, records), ==, memorials);
  }
}

static void
test_country (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  g_autoptr(GPtrArray) records = all_records ();
  const char *kinds[] = { "memorial", NULL };
  guint kz, uz, memorials;

  dq_map_filter_set_dataset (filter, dataset);

  dq_map_filter_set_country (filter, "KZ");
  kz = assert_yields (filter, records, is_in_country, "KZ");
  dq_map_filter_set_country (filter, "UZ");
  uz = assert_yields (filter, records, is_in_country, "UZ");
  g_assert_cmpuint (kz, >, 0);
  g_assert_cmpuint (uz, >, 0);
  g_assert_cmpuint (kz + uz, >=, records->len);

  /* Conditions combine. */
  dq_map_filter_set_country (filter, "KZ");
  dq_map_filter_set_kinds (filter, kinds);
  memorials = assert_yields (filter, records, is_memorial_in_kz, NULL);
  g_assert_cmpuint (memorials, <=, kz);
}

static void
test_search (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  g_autoptr(GPtrArray) records = all_records ();
  g_autoptr(DqCentre) centre = g_list_model_get_item (dq_dataset_get_centres (dataset), 0);
  const char *name = dq_text_get (dq_centre_get_name (centre), DQ_LANGUAGE_RU);
  g_autofree char *upper = g_utf8_strup (name, -1);
  guint exact, found;

  dq_map_filter_set_dataset (filter, dataset);

  /* A centre's whole name finds it, in any case. */
  dq_map_filter_set_search_text (filter, name);
  exact = count_matches (filter, records);
  g_assert_cmpuint (exact, >=, 1);
  g_assert_true (dq_map_filter_match (filter, centre));
  dq_map_filter_set_search_text (filter, upper);
  g_assert_cmpuint (count_matches (filter, records), ==, exact);

  /* Text that is nowhere finds nothing. */
  dq_map_filter_set_search_text (filter, "zzqx-nowhere");
  g_assert_cmpuint (count_matches (filter, records), ==, 0);

  /* A group's name finds the records of that group, and others only when
   * their own name or place has it. */
  {
    DqGroup *group = dq_dataset_lookup_group (dataset, "germans");
    guint of_group = 0;

    g_assert_nonnull (group);
    dq_map_filter_set_search_text (filter, dq_text_get (dq_group_get_name (group),
                                                        DQ_LANGUAGE_EN));
    for (guint i = 0; i < records->len; i++)
      {
        gpointer record = g_ptr_array_index (records, i);
        const char * const *groups = record_groups (record);

        if (groups != NULL && g_strv_contains (groups, "germans"))
          {
            g_assert_true (dq_map_filter_match (filter, record));
            of_group++;
          }
      }
    g_assert_cmpuint (of_group, >, 0);
    found = count_matches (filter, records);
    g_assert_cmpuint (found, >=, of_group);
    g_assert_cmpuint (found, <, records->len);
  }

  /* With another kind as well, the name no longer finds its centre. */
  {
    const char *other[] = { DQ_MAP_KIND_CONFLICT, NULL };

    dq_map_filter_set_search_text (filter, name);
    dq_map_filter_set_kinds (filter, other);
    g_assert_false (dq_map_filter_match (filter, centre));
    g_assert_cmpuint (count_matches (filter, records), <, exact);
  }
}

static void
test_group (void)
{
  g_autoptr(DqMapFilter) filter = dq_map_filter_new ();
  g_autoptr(GPtrArray) records = all_records ();
  guint related = 0;

  dq_map_filter_set_dataset (filter, dataset);

  /* Without a group, everything is related. */
  for (guint i = 0; i < records->len; i++)
    g_assert_true (dq_map_filter_is_related (filter, g_ptr_array_index (records, i)));

  /* With one, the group's records are; nothing is hidden. */
  dq_map_filter_set_group (filter, "germans");
  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);
      const char * const *groups = record_groups (record);
      gboolean expected = groups != NULL && g_strv_contains (groups, "germans");

      g_assert_cmpint (dq_map_filter_is_related (filter, record), ==, expected);
      related += expected;
    }
  g_assert_cmpuint (related, >, 0);
  g_assert_cmpuint (related, <, records->len);
  g_assert_cmpuint (count_matches (filter, records), ==, records->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = dq_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/Dostyq/Map/Filter/properties", test_properties);
  g_test_add_func ("/Dostyq/Map/Filter/none", test_none);
  g_test_add_func ("/Dostyq/Map/Filter/kinds", test_kinds);
  g_test_add_func ("/Dostyq/Map/Filter/country", test_country);
  g_test_add_func ("/Dostyq/Map/Filter/search", test_search);
  g_test_add_func ("/Dostyq/Map/Filter/group", test_group);

  ret = g_test_run ();
  g_clear_object (&dataset);

  return ret;
}
