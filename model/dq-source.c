/* dq-source.c
 *
 * Where a figure or statement comes from: a document and a quote copied
 * verbatim from it, or a cell of a published table (a census or a
 * statistics office's table), named by its publisher, title, table or
 * sheet, URL and the date it was read, and found in the bundled copy of the
 * table by its row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dq-dataset-private.h"
#include "dq-escape.h"
#include "dq-source.h"

struct _DqSource
{
  GObject  parent_instance;

  char    *document_id;
  char    *quote;
  /* A table source: the publication and the cell. */
  char    *publisher;
  char    *title;
  char    *table;
  char    *url;
  char    *retrieved;
  char    *row;
  char    *column;
  /* The printed cells a derived value is the sum of. */
  GArray  *sum_of;
};

enum {
  PROP_0,
  PROP_DOCUMENT_ID,
  PROP_QUOTE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqSource, dq_source, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_source_finalize (GObject *object)
{
  DqSource *self = DQ_SOURCE (object);

  g_clear_pointer (&self->document_id, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->retrieved, g_free);
  g_clear_pointer (&self->row, g_free);
  g_clear_pointer (&self->column, g_free);
  g_clear_pointer (&self->sum_of, g_array_unref);

  G_OBJECT_CLASS (dq_source_parent_class)->finalize (object);
}

static void
dq_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqSource *self = DQ_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      g_value_set_string (value, self->document_id);
      break;

    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_source_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DqSource *self = DQ_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_ID:
      self->document_id = g_value_dup_string (value);
      break;

    case PROP_QUOTE:
      self->quote = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_source_class_init (DqSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_source_finalize;
  object_class->get_property = dq_source_get_property;
  object_class->set_property = dq_source_set_property;

  properties[PROP_DOCUMENT_ID] =
    g_param_spec_string ("document-id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_source_init (DqSource *self)
{
}

/**
 * dq_source_new:
 * @document_id: the id of the document
 * @quote: the words of the document that state the figure
 *
 * Returns: (transfer full): a new #DqSource
 */
DqSource *
dq_source_new (const char *document_id,
               const char *quote)
{
  g_return_val_if_fail (document_id != NULL, NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  return g_object_new (DQ_TYPE_SOURCE, "document-id", document_id, "quote", quote, NULL);
}

const char *
dq_source_get_document_id (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->document_id;
}

/**
 * dq_source_get_quote:
 * @self: a #DqSource
 *
 * Returns: (nullable): the words of the document; %NULL for a table
 *   source, which cites a cell instead (see dq_source_dup_citation())
 */
const char *
dq_source_get_quote (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->quote;
}

/**
 * dq_source_new_table:
 * @document_id: the id of the dataset's document that holds the bundled
 *   copy of the table
 * @publisher: who published the table
 * @title: the publication's title
 * @table: the table or sheet inside it
 * @url: where it was read
 * @retrieved: the date it was read, YYYY-MM-DD
 * @row: the row of the cell in the bundled copy (its first column's value)
 * @column: the column of the cell in the bundled copy (its header)
 *
 * A source of a new kind: a cell of a published table instead of a quote.
 *
 * Returns: (transfer full): a new #DqSource
 */
DqSource *
dq_source_new_table (const char *document_id,
                     const char *publisher,
                     const char *title,
                     const char *table,
                     const char *url,
                     const char *retrieved,
                     const char *row,
                     const char *column)
{
  DqSource *self;

  g_return_val_if_fail (document_id != NULL, NULL);
  g_return_val_if_fail (publisher != NULL && title != NULL && table != NULL, NULL);
  g_return_val_if_fail (url != NULL && retrieved != NULL, NULL);
  g_return_val_if_fail (row != NULL && column != NULL, NULL);

  self = g_object_new (DQ_TYPE_SOURCE, "document-id", document_id, NULL);
  self->publisher = g_strdup (publisher);
  self->title = g_strdup (title);
  self->table = g_strdup (table);
  self->url = g_strdup (url);
  self->retrieved = g_strdup (retrieved);
  self->row = g_strdup (row);
  self->column = g_strdup (column);

  return self;
}

/**
 * dq_source_is_table:
 * @self: a #DqSource
 *
 * Returns: whether the source is a cell of a table rather than a quote
 */
gboolean
dq_source_is_table (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), FALSE);

  return self->table != NULL;
}

const char *
dq_source_get_publisher (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
dq_source_get_title (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->title;
}

/**
 * dq_source_get_table:
 * @self: a #DqSource
 *
 * Returns: (nullable): the table or sheet of a table source
 */
const char *
dq_source_get_table (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->table;
}

const char *
dq_source_get_url (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
dq_source_get_retrieved (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->retrieved;
}

const char *
dq_source_get_row (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->row;
}

const char *
dq_source_get_column (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->column;
}

/**
 * dq_source_get_sum_of:
 * @self: a #DqSource
 * @n_terms: (out): how many printed cells
 *
 * Returns: (nullable) (array length=n_terms): the printed cells whose sum
 *   the figure's value is, for a derived cell; %NULL otherwise
 */
const double *
dq_source_get_sum_of (DqSource *self,
                      guint    *n_terms)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  *n_terms = self->sum_of != NULL ? self->sum_of->len : 0;

  return self->sum_of != NULL ? (const double *) (gpointer) self->sum_of->data : NULL;
}

/**
 * dq_source_is_derived:
 * @self: a #DqSource
 *
 * Returns: whether the value is not printed as such but derived from
 *   printed cells (their sum)
 */
gboolean
dq_source_is_derived (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), FALSE);

  return self->sum_of != NULL;
}

/**
 * dq_source_dup_citation:
 * @self: a #DqSource
 *
 * The source in one line, in no particular language: a table source as
 * “Publisher, «Title», table — URL (YYYY-MM-DD)”, followed for a derived
 * cell by the printed cells it adds up, “[= 100000 + 18450]”; a quote as
 * itself.
 *
 * Returns: (transfer full): the citation
 */
char *
dq_source_dup_citation (DqSource *self)
{
  GString *citation;

  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  if (self->table == NULL)
    return g_strdup (self->quote);

  citation = g_string_new (NULL);
  g_string_printf (citation, "%s, «%s», %s — %s (%s)", self->publisher, self->title, self->table,
                   self->url, self->retrieved);
  /* A derived cell shows the printed cells it adds up. */
  for (guint i = 0; self->sum_of != NULL && i < self->sum_of->len; i++)
    g_string_append_printf (citation, "%s%.0f", i == 0 ? " [= " : " + ",
                            g_array_index (self->sum_of, double, i));
  if (self->sum_of != NULL)
    g_string_append_c (citation, ']');

  return g_string_free (citation, FALSE);
}

/* A date of the form YYYY-MM-DD that the calendar has. */
static gboolean
is_iso_date (const char *text)
{
  unsigned year, month, day;
  char end;

  if (strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

static gboolean
read_sum_of (DqSource      *self,
             DqJsonReader  *reader,
             JsonObject    *source,
             GError       **error)
{
  JsonArray *terms = NULL;

  if (!dq_json_reader_get_array (reader, source, "sum_of", DQ_OPTIONAL, &terms, error))
    return FALSE;
  if (terms == NULL)
    return TRUE;

  if (json_array_get_length (terms) < 2)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "sum_of",
                                _("a sum has at least two printed cells"));
      return FALSE;
    }

  self->sum_of = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < json_array_get_length (terms); i++)
    {
      JsonNode *node = json_array_get_element (terms, i);
      double term;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_INT64 &&
           json_node_get_value_type (node) != G_TYPE_DOUBLE) ||
          (term = json_node_get_double (node)) < 0 || !isfinite (term))
        {
          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_TYPE, "sum_of",
                                    _("expected the printed cells as numbers that are not "
                                      "negative"));
          return FALSE;
        }
      g_array_append_val (self->sum_of, term);
    }

  return TRUE;
}

/* The members of a table source, once `table` says it is one. */
static DqSource *
read_table (DqJsonReader  *reader,
            JsonObject    *source,
            const char    *document,
            GError       **error)
{
  g_autofree char *publisher = NULL;
  g_autofree char *title = NULL;
  g_autofree char *table = NULL;
  g_autofree char *url = NULL;
  g_autofree char *retrieved = NULL;
  g_autofree char *row = NULL;
  g_autofree char *column = NULL;
  g_autoptr(DqSource) self = NULL;

  if (!dq_json_reader_get_string (reader, source, "publisher", DQ_REQUIRED, &publisher, error) ||
      !dq_json_reader_get_string (reader, source, "title", DQ_REQUIRED, &title, error) ||
      !dq_json_reader_get_string (reader, source, "table", DQ_REQUIRED, &table, error) ||
      !dq_json_reader_get_string (reader, source, "url", DQ_REQUIRED, &url, error) ||
      !dq_json_reader_get_string (reader, source, "retrieved", DQ_REQUIRED, &retrieved, error) ||
      !dq_json_reader_get_string (reader, source, "row", DQ_REQUIRED, &row, error) ||
      !dq_json_reader_get_string (reader, source, "column", DQ_REQUIRED, &column, error))
    return NULL;

  if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "url",
                                _("expected a web address starting with https:// or http://, "
                                  "got “%s”"), url);
      return NULL;
    }
  if (!is_iso_date (retrieved))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "retrieved",
                                _("expected a date as YYYY-MM-DD, got “%s”"), retrieved);
      return NULL;
    }

  self = dq_source_new_table (document, publisher, title, table, url, retrieved, row, column);
  if (!read_sum_of (self, reader, source, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * _dq_source_new_from_json:
 * @reader: the reader, at @object
 * @object: the record that has a source
 * @member: the name of its source member
 * @error: the place for an error
 *
 * Reads a source of either kind: a document and a quote, or a document
 * (the bundled copy of a table) and a cell of the published table.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL with @error set
 */
DqSource *
_dq_source_new_from_json (DqJsonReader  *reader,
                          JsonObject    *object,
                          const char    *member,
                          GError       **error)
{
  static const char * const members[] = {
    "document", "quote", "publisher", "title", "table", "url", "retrieved", "row", "column",
    "sum_of", NULL
  };
  g_autofree char *document = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *isolated = NULL;
  g_autoptr(DqSource) source = NULL;
  JsonObject *json;
  gboolean is_table;

  if (!dq_json_reader_get_object (reader, object, member, DQ_REQUIRED, &json, error))
    return NULL;

  dq_json_reader_push_member (reader, member);
  is_table = json_object_has_member (json, "table");
  if (!dq_json_reader_check_members (reader, json, members, error) ||
      !dq_json_reader_get_id (reader, json, "document", DQ_REQUIRED, &document, error))
    goto out;

  if (is_table && json_object_has_member (json, "quote"))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_UNKNOWN_MEMBER, "quote",
                                _("a source is a quote or a table cell, not both; remove "
                                  "“quote” or “table”"));
      goto out;
    }

  if (is_table)
    source = read_table (reader, json, document, error);
  else
    {
      static const char * const table_members[] = {
        "publisher", "title", "url", "retrieved", "row", "column", "sum_of", NULL
      };

      /* The members of a table source without "table" are a slip. */
      for (guint i = 0; table_members[i] != NULL; i++)
        {
          if (json_object_has_member (json, table_members[i]))
            {
              dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_MISSING, "table",
                                        _("“%s” belongs to a table source, which names its "
                                          "“table”"), table_members[i]);
              goto out;
            }
        }
      if (dq_json_reader_get_string (reader, json, "quote", DQ_REQUIRED, &quote, error))
        {
          /* The quote is shown after the document's name. */
          isolated = dq_bidi_isolate (quote);
          source = dq_source_new (document, isolated);
        }
    }

  if (source != NULL)
    dq_json_reader_add_reference (reader, "document", document, "document");

out:
  dq_json_reader_pop (reader);

  return g_steal_pointer (&source);
}
