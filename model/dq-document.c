/* dq-document.c
 *
 * A source document, or a data table, that figures cite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-dataset-private.h"
#include "dq-document.h"
#include "dq-figure.h"

struct _DqDocument
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  GStrv       authors;
  char       *publisher;
  int         year;
  char       *licence;
  char       *url;
  char       *file;
  gboolean    is_table;
  DqText     *short_title;
  /* The figures that cite it, filled in when the dataset is resolved. */
  GListStore *figures;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SHORT_TITLE,
  PROP_YEAR,
  PROP_N_FIGURES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqDocument, dq_document, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_document_dispose (GObject *object)
{
  DqDocument *self = DQ_DOCUMENT (object);

  g_clear_object (&self->figures);

  G_OBJECT_CLASS (dq_document_parent_class)->dispose (object);
}

static void
dq_document_finalize (GObject *object)
{
  DqDocument *self = DQ_DOCUMENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->licence, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->short_title, dq_text_free);

  G_OBJECT_CLASS (dq_document_parent_class)->finalize (object);
}

static void
dq_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqDocument *self = DQ_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SHORT_TITLE:
      g_value_set_string (value, dq_text_get_default (self->short_title));
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_N_FIGURES:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->figures)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_document_class_init (DqDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_document_dispose;
  object_class->finalize = dq_document_finalize;
  object_class->get_property = dq_document_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * DqDocument:short-title:
   *
   * The short citation in the interface language.
   */
  properties[PROP_SHORT_TITLE] =
    g_param_spec_string ("short-title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_FIGURES] =
    g_param_spec_uint ("n-figures", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_document_init (DqDocument *self)
{
  self->figures = g_list_store_new (DQ_TYPE_FIGURE);
}

DqDocument *
_dq_document_new_from_json (DqJsonReader  *reader,
                            JsonObject    *object,
                            GError       **error)
{
  static const char * const members[] = {
    "id", "title", "authors", "publisher", "year", "licence", "url", "file", "kind", "short", NULL
  };
  static const char * const kinds[] = { "text", "table", NULL };
  g_autoptr(DqDocument) self = g_object_new (DQ_TYPE_DOCUMENT, NULL);
  gint64 year = 0;
  int kind = 0;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_string (reader, object, "title", DQ_REQUIRED, &self->title, error) ||
      !dq_json_reader_get_strv (reader, object, "authors", DQ_OPTIONAL, &self->authors, error) ||
      !dq_json_reader_get_string (reader, object, "publisher", DQ_OPTIONAL, &self->publisher,
                                  error) ||
      !dq_json_reader_get_int (reader, object, "year", DQ_OPTIONAL, 1000, 2100, &year, error) ||
      !dq_json_reader_get_string (reader, object, "licence", DQ_OPTIONAL, &self->licence, error) ||
      !dq_json_reader_get_string (reader, object, "url", DQ_OPTIONAL, &self->url, error) ||
      !dq_json_reader_get_string (reader, object, "file", DQ_REQUIRED, &self->file, error) ||
      !dq_json_reader_get_choice (reader, object, "kind", DQ_OPTIONAL, kinds, &kind, error) ||
      !dq_json_reader_get_text (reader, object, "short", DQ_REQUIRED, &self->short_title, error))
    return NULL;

  self->year = year;
  self->is_table = kind == 1;

  return g_steal_pointer (&self);
}

void
_dq_document_add_figure (DqDocument *self,
                         DqFigure   *figure)
{
  g_list_store_append (self->figures, figure);
}

const char *
dq_document_get_id (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->id;
}

const char *
dq_document_get_title (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * dq_document_get_authors:
 * @self: a #DqDocument
 *
 * Returns: (transfer none): the authors; empty when the document names none
 */
const char * const *
dq_document_get_authors (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  if (self->authors == NULL)
    {
      static const char * const none[] = { NULL };
      return none;
    }

  return (const char * const *) self->authors;
}

const char *
dq_document_get_publisher (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->publisher;
}

int
dq_document_get_year (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), 0);

  return self->year;
}

const char *
dq_document_get_licence (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->licence;
}

const char *
dq_document_get_url (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->url;
}

/**
 * dq_document_get_file:
 * @self: a #DqDocument
 *
 * Returns: the file name of the text its quotes are checked against
 */
const char *
dq_document_get_file (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->file;
}

gboolean
dq_document_is_table (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), FALSE);

  return self->is_table;
}

const DqText *
dq_document_get_short (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return self->short_title;
}

/**
 * dq_document_get_figures:
 * @self: a #DqDocument
 *
 * Returns: (transfer none): the #DqFigure<!-- -->s that cite this document
 */
GListModel *
dq_document_get_figures (DqDocument *self)
{
  g_return_val_if_fail (DQ_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->figures);
}
