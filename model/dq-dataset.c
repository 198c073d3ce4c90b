/* dq-dataset.c
 *
 * The dataset: every record of one or more dataset files, with lookups by
 * id. A dataset is loaded whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-dataset-private.h"
#include "dq-input-file.h"
#include "dq-json-trusted.h"
#include "dq-text.h"

/* One kind of record: its list, its index by id and how it is read. */
typedef struct
{
  const char  *member;
  const char  *kind;
  GListStore  *store;
  GHashTable  *index;
  gpointer   (*read) (DqJsonReader  *reader,
                      JsonObject    *object,
                      GError       **error);
  const char *(*get_id) (gpointer record);
} DqTable;

enum {
  TABLE_DOCUMENTS,
  TABLE_PLACES,
  TABLE_GROUPS,
  TABLE_CENTRES,
  TABLE_SURVEYS,
  TABLE_EVENTS,
  TABLE_SERIES,
  N_TABLES
};

struct _DqDataset
{
  GObject     parent_instance;

  char       *name;
  /* The release that a citation names, from the file that gives it. */
  char       *release_version;
  GDateTime  *release_date;
  DqTable     tables[N_TABLES];
  GListStore *facts;
  /* Every figure of the dataset, facts and those inside records. */
  GListStore *figures;
  GHashTable *figure_index;
};

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqDataset, dq_dataset, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const bundled_files[] = { "core.json", "cab2021.json", "census.json" };

static void
dq_dataset_dispose (GObject *object)
{
  DqDataset *self = DQ_DATASET (object);

  for (guint i = 0; i < N_TABLES; i++)
    {
      g_clear_pointer (&self->tables[i].index, g_hash_table_unref);
      g_clear_object (&self->tables[i].store);
    }
  g_clear_pointer (&self->figure_index, g_hash_table_unref);
  g_clear_object (&self->facts);
  g_clear_object (&self->figures);

  G_OBJECT_CLASS (dq_dataset_parent_class)->dispose (object);
}

static void
dq_dataset_finalize (GObject *object)
{
  DqDataset *self = DQ_DATASET (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->release_version, g_free);
  g_clear_pointer (&self->release_date, g_date_time_unref);

  G_OBJECT_CLASS (dq_dataset_parent_class)->finalize (object);
}

static void
dq_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DqDataset *self = DQ_DATASET (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_dataset_class_init (DqDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_dataset_dispose;
  object_class->finalize = dq_dataset_finalize;
  object_class->get_property = dq_dataset_get_property;

  /**
   * DqDataset:name:
   *
   * The file name the dataset was loaded from, for display.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
init_table (DqTable     *table,
            const char  *member,
            const char  *kind,
            GType        type,
            gpointer   (*read) (DqJsonReader *, JsonObject *, GError **),
            const char *(*get_id) (gpointer))
{
  table->member = member;
  table->kind = kind;
  table->store = g_list_store_new (type);
  table->index = g_hash_table_new (g_str_hash, g_str_equal);
  table->read = read;
  table->get_id = get_id;
}

static void
dq_dataset_init (DqDataset *self)
{
  init_table (&self->tables[TABLE_DOCUMENTS], "documents", "document", DQ_TYPE_DOCUMENT,
              (gpointer) _dq_document_new_from_json, (gpointer) dq_document_get_id);
  init_table (&self->tables[TABLE_PLACES], "places", "place", DQ_TYPE_PLACE,
              (gpointer) _dq_place_new_from_json, (gpointer) dq_place_get_id);
  init_table (&self->tables[TABLE_GROUPS], "groups", "group", DQ_TYPE_GROUP,
              (gpointer) _dq_group_new_from_json, (gpointer) dq_group_get_id);
  init_table (&self->tables[TABLE_CENTRES], "centres", "centre", DQ_TYPE_CENTRE,
              (gpointer) _dq_centre_new_from_json, (gpointer) dq_centre_get_id);
  init_table (&self->tables[TABLE_SURVEYS], "surveys", "survey", DQ_TYPE_SURVEY,
              (gpointer) _dq_survey_new_from_json, (gpointer) dq_survey_get_id);
  init_table (&self->tables[TABLE_EVENTS], "events", "event", DQ_TYPE_EVENT,
              (gpointer) _dq_event_new_from_json, (gpointer) dq_event_get_id);
  init_table (&self->tables[TABLE_SERIES], "series", "series", DQ_TYPE_SERIES,
              (gpointer) _dq_series_new_from_json, (gpointer) dq_series_get_id);

  self->facts = g_list_store_new (DQ_TYPE_FIGURE);
  self->figures = g_list_store_new (DQ_TYPE_FIGURE);
  self->figure_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
set_too_large_error (GError     **error,
                     const char  *filename,
                     goffset      size)
{
  g_autofree char *size_str = g_format_size (size);
  g_autofree char *max_str = g_format_size (DQ_DATASET_MAX_FILE_SIZE);

  g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_FORMAT,
               _("%s: the file is %s, larger than the %s a dataset may have"),
               filename, size_str, max_str);
}

static gboolean
read_record (DqJsonReader  *reader,
             JsonObject    *object,
             gpointer       user_data,
             GError       **error)
{
  DqTable *table = user_data;
  g_autoptr(GObject) record = table->read (reader, object, error);
  const char *id;

  if (record == NULL)
    return FALSE;

  id = table->get_id (record);
  if (g_hash_table_contains (table->index, id))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_DUPLICATE, "id",
                                _("another entry of “%s” already has the id “%s”"),
                                table->member, id);
      return FALSE;
    }

  g_list_store_append (table->store, record);
  g_hash_table_insert (table->index, (gpointer) id, record);

  return TRUE;
}

static gboolean
read_fact (DqJsonReader  *reader,
           JsonObject    *object,
           gpointer       user_data,
           GError       **error)
{
  DqDataset *self = user_data;
  g_autoptr(DqFigure) figure = _dq_figure_new_from_json (reader, object, DQ_FIGURE_PLAIN, error);

  if (figure == NULL)
    return FALSE;

  g_list_store_append (self->facts, figure);

  return TRUE;
}

/* The dataset's release: a version and the date it was published, which
 * its citation names. Optional, and given by one file of a dataset. */
static gboolean
read_release (DqDataset     *self,
              DqJsonReader  *reader,
              JsonObject    *object,
              GError       **error)
{
  static const char * const members[] = { "version", "date", NULL };
  JsonObject *release;
  g_autofree char *version = NULL;
  g_autofree char *date = NULL;
  g_autofree char *midnight = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  gboolean ok;

  if (!dq_json_reader_get_object (reader, object, "release", DQ_OPTIONAL, &release, error))
    return FALSE;
  if (release == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, "release");
  ok = dq_json_reader_check_members (reader, release, members, error) &&
       dq_json_reader_get_string (reader, release, "version", DQ_REQUIRED, &version, error) &&
       dq_json_reader_get_string (reader, release, "date", DQ_REQUIRED, &date, error);
  if (ok)
    {
      /* A date alone, as in CITATION.cff: YYYY-MM-DD. */
      midnight = g_strconcat (date, "T00:00:00Z", NULL);
      parsed = strlen (date) == 10 ? g_date_time_new_from_iso8601 (midnight, NULL) : NULL;
      if (parsed == NULL)
        {
          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_FORMAT, "date",
                                    _("expected a date as YYYY-MM-DD, got “%s”"), date);
          ok = FALSE;
        }
    }
  dq_json_reader_pop (reader);

  if (!ok)
    return FALSE;

  g_free (self->release_version);
  self->release_version = g_steal_pointer (&version);
  g_clear_pointer (&self->release_date, g_date_time_unref);
  self->release_date = g_steal_pointer (&parsed);

  return TRUE;
}

/* Reads one file into @self, adding the references it makes to
 * @references. The bundled files' text was checked when the program was
 * built (test-json-trusted runs dq_json_parse_text () on each), so they
 * go through the faster parser; their records get every check. */
static gboolean
load_data (DqDataset   *self,
           const char  *data,
           gssize       length,
           const char  *filename,
           gboolean     bundled,
           GPtrArray   *references,
           GError     **error)
{
  static const char * const members[] = {
    "format", "version", "documents", "places", "groups", "centres", "surveys", "events",
    "series", "facts", "release", NULL
  };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonNode) trusted = NULL;
  g_autoptr(DqJsonReader) reader = dq_json_reader_new (filename);
  g_autofree char *format = NULL;
  JsonNode *root;
  JsonObject *object;
  gint64 version = 0;

  if (length < 0)
    length = strlen (data);

  if (length > DQ_DATASET_MAX_FILE_SIZE)
    {
      set_too_large_error (error, filename, length);
      return FALSE;
    }

  if (bundled)
    trusted = dq_json_parse_trusted (data, length);
  if (trusted != NULL)
    root = trusted;
  else
    {
      parser = json_parser_new_immutable ();
      if (!dq_json_parse_text (parser, data, length, filename, DQ_DATASET_ERROR,
                               DQ_DATASET_ERROR_PARSE, error))
        return FALSE;
      root = json_parser_get_root (parser);
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_FORMAT, NULL,
                                _("a dataset is a JSON object with “format”: “dostyq-dataset”"));
      return FALSE;
    }
  object = json_node_get_object (root);

  if (!dq_json_reader_get_string (reader, object, "format", DQ_REQUIRED, &format, error))
    return FALSE;
  if (!g_str_equal (format, "dostyq-dataset"))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_FORMAT, "format",
                                _("expected “dostyq-dataset”, got “%s”"), format);
      return FALSE;
    }
  if (!dq_json_reader_get_int (reader, object, "version", DQ_REQUIRED, G_MININT32, G_MAXINT32,
                               &version, error))
    return FALSE;
  /* A version this program does not read is a format error, not a range
   * error: the file may be fine for a newer Dostyq. */
  if (version != 1)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_FORMAT, "version",
                                _("version %d is not supported; this program reads version 1"),
                                (int) version);
      return FALSE;
    }
  if (!dq_json_reader_check_members (reader, object, members, error))
    return FALSE;
  if (!read_release (self, reader, object, error))
    return FALSE;

  for (guint i = 0; i < N_TABLES; i++)
    {
      if (!dq_json_reader_foreach_object (reader, object, self->tables[i].member, DQ_OPTIONAL,
                                          read_record, &self->tables[i], error))
        return FALSE;
    }

  if (!dq_json_reader_foreach_object (reader, object, "facts", DQ_OPTIONAL,
                                      read_fact, self, error))
    return FALSE;

  g_ptr_array_extend_and_steal (references, dq_json_reader_steal_references (reader));

  return TRUE;
}

static void
add_figures (DqDataset  *self,
             GListModel *figures,
             const char *kind,
             const char *id)
{
  g_autofree char *context = id != NULL ? g_strdup_printf ("%s/%s", kind, id) : g_strdup (kind);
  guint n = g_list_model_get_n_items (figures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      _dq_figure_set_context (figure, context);
      g_list_store_append (self->figures, figure);
    }
}

/* Gathers the figures of every record into one list, in a stable order. */
static void
collect_figures (DqDataset *self)
{
  GListModel *model;
  guint n;

  add_figures (self, G_LIST_MODEL (self->facts), "facts", NULL);

  model = G_LIST_MODEL (self->tables[TABLE_GROUPS].store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (model, i);

      add_figures (self, dq_group_get_populations (group), "groups", dq_group_get_id (group));
    }

  model = G_LIST_MODEL (self->tables[TABLE_CENTRES].store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (model, i);

      add_figures (self, dq_centre_get_founded (centre), "centres", dq_centre_get_id (centre));
      add_figures (self, dq_centre_get_figures (centre), "centres", dq_centre_get_id (centre));
    }

  model = G_LIST_MODEL (self->tables[TABLE_SURVEYS].store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqSurvey) survey = g_list_model_get_item (model, i);
      GListModel *questions = dq_survey_get_questions (survey);
      const char *survey_id = dq_survey_get_id (survey);
      DqFigure *margin = dq_survey_get_margin_of_error (survey);

      add_figures (self, dq_survey_get_samples (survey), "surveys", survey_id);
      if (margin != NULL)
        {
          g_autofree char *context = g_strdup_printf ("surveys/%s", survey_id);

          _dq_figure_set_context (margin, context);
          g_list_store_append (self->figures, margin);
        }

      for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
        {
          g_autoptr(DqQuestion) question = g_list_model_get_item (questions, q);
          g_autofree char *id = g_strdup_printf ("%s/%s", survey_id, dq_question_get_id (question));

          add_figures (self, dq_question_get_figures (question), "surveys", id);
        }
    }

  model = G_LIST_MODEL (self->tables[TABLE_EVENTS].store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqEvent) event = g_list_model_get_item (model, i);

      add_figures (self, dq_event_get_figures (event), "events", dq_event_get_id (event));
    }

  model = G_LIST_MODEL (self->tables[TABLE_SERIES].store);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqSeries) series = g_list_model_get_item (model, i);

      add_figures (self, dq_series_get_figures (series), "series", dq_series_get_id (series));
    }
}

static DqTable *
table_for_kind (DqDataset  *self,
                const char *kind)
{
  for (guint i = 0; i < N_TABLES; i++)
    {
      if (g_str_equal (self->tables[i].kind, kind))
        return &self->tables[i];
    }

  return NULL;
}

/* The cell an answer figure states: its question, answer, country,
 * subject, subgroup, group, place, year and unit, and whether it is a gap,
 * an exact value or a bound. A chart shows one figure a cell and prefers a
 * value to a gap and an exact value to a bound; two figures alike in all
 * of these leave it nothing to choose by. */
static char *
dup_cell_key (DqFigure *figure)
{
  const DqText *subgroup = dq_figure_get_subgroup (figure);

  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%d\x1f%d\x1f%d",
                          dq_figure_get_context (figure),
                          dq_figure_get_category (figure),
                          dq_figure_get_country (figure) != NULL ? dq_figure_get_country (figure) : "",
                          dq_figure_get_subject (figure) != NULL ? dq_figure_get_subject (figure) : "",
                          subgroup != NULL ? dq_text_get_default (subgroup) : "",
                          dq_figure_get_group_id (figure) != NULL ? dq_figure_get_group_id (figure) : "",
                          dq_figure_get_place_id (figure) != NULL ? dq_figure_get_place_id (figure) : "",
                          dq_figure_get_year (figure),
                          dq_figure_get_unit (figure),
                          dq_figure_has_value (figure),
                          dq_figure_get_bound (figure) == DQ_BOUND_EQ);
}

/* The figure's place in its file, from the reference to its id. */
static char *
dup_figure_place (GHashTable *figure_refs,
                  DqFigure   *figure)
{
  const DqJsonReference *ref = g_hash_table_lookup (figure_refs, dq_figure_get_id (figure));
  gsize length = strlen (ref->path);

  if (g_str_has_suffix (ref->path, ".id"))
    length -= strlen (".id");

  return g_strdup_printf ("%s: %.*s", ref->filename, (int) length, ref->path);
}

/* Refuses two answer figures for the same cell, naming both, unless the
 * later one has a note: a document may state a number twice, and the note
 * says so beside it. */
static gboolean
check_cells (DqDataset   *self,
             GHashTable  *figure_refs,
             GError     **error)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *figures = G_LIST_MODEL (self->figures);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      char *key;
      DqFigure *first;

      if (dq_figure_get_category (figure) == NULL)
        continue;

      if (dq_figure_get_note (figure) != NULL)
        continue;

      key = dup_cell_key (figure);
      first = g_hash_table_lookup (cells, key);
      if (first != NULL)
        {
          g_autofree char *place = dup_figure_place (figure_refs, figure);
          g_autofree char *first_place = dup_figure_place (figure_refs, first);

          g_free (key);
          g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_DUPLICATE,
                       _("%s: states the same cell (question, answer, country, subgroup, "
                         "year and unit) as %s; keep one, or add a note that says why the "
                         "document states it twice"),
                       place, first_place);
          return FALSE;
        }
      g_hash_table_insert (cells, key, figure);
    }

  return TRUE;
}

/* A derived cell is the sum of the printed cells it names. */
static gboolean
check_derived (DqDataset   *self,
               GHashTable  *figure_refs,
               GError     **error)
{
  GListModel *figures = G_LIST_MODEL (self->figures);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      guint n_terms;
      const double *terms = dq_source_get_sum_of (dq_figure_get_source (figure), &n_terms);
      double sum = 0;

      for (guint t = 0; t < n_terms; t++)
        sum += terms[t];

      if (terms != NULL &&
          (!dq_figure_has_value (figure) ||
           fabs (sum - dq_figure_get_value (figure)) > 1e-9 * MAX (1, fabs (sum))))
        {
          g_autofree char *place = dup_figure_place (figure_refs, figure);
          char sum_str[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (sum_str, sizeof sum_str, "%.15g", sum);
          g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_VALUE,
                       _("%s: the printed cells of “sum_of” add up to %s, not to the value"),
                       place, sum_str);
          return FALSE;
        }
    }

  return TRUE;
}

/* Checks every reference once all files are read, and indexes the
 * figures. */
static gboolean
resolve (DqDataset  *self,
         GPtrArray  *references,
         GError    **error)
{
  g_autoptr(GHashTable) figure_refs = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  for (guint i = 0; i < references->len; i++)
    {
      const DqJsonReference *ref = g_ptr_array_index (references, i);
      DqTable *table;

      /* Figure ids are unique across the whole dataset; they are recorded
       * with the references so that a duplicate is reported at its path. */
      if (g_str_equal (ref->kind, "figure"))
        {
          if (!g_hash_table_add (self->figure_index, ref->id))
            {
              g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_DUPLICATE,
                           _("%s: %s: the figure id “%s” is used twice"),
                           ref->filename, ref->path, ref->id);
              return FALSE;
            }
          g_hash_table_insert (figure_refs, ref->id, (gpointer) ref);
          continue;
        }

      table = table_for_kind (self, ref->kind);
      g_assert (table != NULL);

      if (!g_hash_table_contains (table->index, ref->id))
        {
          g_set_error (error, DQ_DATASET_ERROR, DQ_DATASET_ERROR_REFERENCE,
                       _("%s: %s: “%s” names no entry of “%s”"),
                       ref->filename, ref->path, ref->id, table->member);
          return FALSE;
        }
    }

  collect_figures (self);
  if (!check_cells (self, figure_refs, error) || !check_derived (self, figure_refs, error))
    return FALSE;

  /* The index held the ids of the references; hold the figures instead. */
  g_hash_table_remove_all (self->figure_index);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
      DqDocument *document;

      g_hash_table_insert (self->figure_index, (gpointer) dq_figure_get_id (figure), figure);

      document = dq_dataset_lookup_document (self,
                                             dq_source_get_document_id (dq_figure_get_source (figure)));
      _dq_document_add_figure (document, figure);
    }

  return TRUE;
}

/**
 * dq_dataset_new_from_data:
 * @data: the contents of a dataset file
 * @length: the length of @data, or -1 when it is nul-terminated
 * @filename: the name to use in error messages
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
DqDataset *
dq_dataset_new_from_data (const char  *data,
                          gssize       length,
                          const char  *filename,
                          GError     **error)
{
  g_autoptr(DqDataset) self = g_object_new (DQ_TYPE_DATASET, NULL);
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func ((GDestroyNotify) dq_json_reference_free);

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  self->name = g_strdup (filename);

  if (!load_data (self, data, length, filename, FALSE, references, error) ||
      !resolve (self, references, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dq_dataset_new_from_file:
 * @file: a dataset file
 * @error: the place for an error
 *
 * Loads a user's dataset file. Errors name the file, the JSON path of the
 * problem and what was expected.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
DqDataset *
dq_dataset_new_from_file (GFile   *file,
                          GError **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  const char *data;
  goffset size = 0;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = dq_input_file_dup_display_name (file);

  stream = dq_input_file_read (file, name, &size, NULL, error);
  if (stream == NULL)
    return NULL;
  if (size > DQ_DATASET_MAX_FILE_SIZE)
    {
      set_too_large_error (error, name, size);
      return NULL;
    }

  /* One byte more than a dataset may have tells a file that grew since it
   * was opened (or reports no size) from one that fits. */
  bytes = dq_input_file_read_bytes (stream, name, DQ_DATASET_MAX_FILE_SIZE + 1, NULL, error);
  if (bytes == NULL)
    return NULL;

  /* An empty file has no data pointer, but is still text to report on. */
  data = g_bytes_get_data (bytes, &length);

  return dq_dataset_new_from_data (data != NULL ? data : "", length, name, error);
}

/**
 * dq_dataset_new_bundled:
 * @error: the place for an error
 *
 * Loads the dataset that ships with Dostyq, from its files in the
 * application's resources.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
DqDataset *
dq_dataset_new_bundled (GError **error)
{
  g_autoptr(DqDataset) self = g_object_new (DQ_TYPE_DATASET, NULL);
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func ((GDestroyNotify) dq_json_reference_free);

  self->name = g_strdup (_("Bundled dataset"));

  for (guint i = 0; i < G_N_ELEMENTS (bundled_files); i++)
    {
      g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/dataset/%s", bundled_files[i]);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                         error);

      if (bytes == NULL)
        return NULL;

      if (!load_data (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                      bundled_files[i], TRUE, references, error))
        return NULL;
    }

  if (!resolve (self, references, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dq_dataset_get_name (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return self->name;
}

/**
 * dq_dataset_get_release_version:
 * @self: a #DqDataset
 *
 * Returns: (nullable): the version of the dataset's release, such as
 *   "2026.12", or %NULL when its files name none
 */
const char *
dq_dataset_get_release_version (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return self->release_version;
}

/**
 * dq_dataset_get_release_date:
 * @self: a #DqDataset
 *
 * Returns: (transfer none) (nullable): the day the release was published,
 *   at midnight UTC, or %NULL when its files name none
 */
GDateTime *
dq_dataset_get_release_date (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return self->release_date;
}

/**
 * dq_dataset_get_documents:
 * @self: a #DqDataset
 *
 * Returns: (transfer none): the #DqDocument<!-- -->s
 */
GListModel *
dq_dataset_get_documents (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_DOCUMENTS].store);
}

GListModel *
dq_dataset_get_places (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_PLACES].store);
}

GListModel *
dq_dataset_get_groups (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_GROUPS].store);
}

GListModel *
dq_dataset_get_centres (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_CENTRES].store);
}

GListModel *
dq_dataset_get_surveys (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_SURVEYS].store);
}

GListModel *
dq_dataset_get_events (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_EVENTS].store);
}

/**
 * dq_dataset_get_series:
 * @self: a #DqDataset
 *
 * Returns: (transfer none): the #DqSeries: censuses and estimates over the
 *   years, cell by cell
 */
GListModel *
dq_dataset_get_series (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->tables[TABLE_SERIES].store);
}

/**
 * dq_dataset_get_facts:
 * @self: a #DqDataset
 *
 * Returns: (transfer none): the figures that belong to no record
 */
GListModel *
dq_dataset_get_facts (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->facts);
}

/**
 * dq_dataset_get_figures:
 * @self: a #DqDataset
 *
 * Returns: (transfer none): every #DqFigure of the dataset: facts, then the
 *   figures of groups, centres, surveys, events and series
 */
GListModel *
dq_dataset_get_figures (DqDataset *self)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->figures);
}

DqDocument *
dq_dataset_lookup_document (DqDataset  *self,
                            const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_DOCUMENTS].index, id) : NULL;
}

DqPlace *
dq_dataset_lookup_place (DqDataset  *self,
                         const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_PLACES].index, id) : NULL;
}

DqGroup *
dq_dataset_lookup_group (DqDataset  *self,
                         const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_GROUPS].index, id) : NULL;
}

DqCentre *
dq_dataset_lookup_centre (DqDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_CENTRES].index, id) : NULL;
}

DqSurvey *
dq_dataset_lookup_survey (DqDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_SURVEYS].index, id) : NULL;
}

DqEvent *
dq_dataset_lookup_event (DqDataset  *self,
                         const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_EVENTS].index, id) : NULL;
}

DqFigure *
dq_dataset_lookup_figure (DqDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->figure_index, id) : NULL;
}

DqSeries *
dq_dataset_lookup_series (DqDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (DQ_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->tables[TABLE_SERIES].index, id) : NULL;
}
