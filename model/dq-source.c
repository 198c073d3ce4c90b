/* dq-source.c
 *
 * Where a figure or statement comes from: a document and a quote copied
 * verbatim from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-source.h"

struct _DqSource
{
  GObject  parent_instance;

  char    *document_id;
  char    *quote;
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

const char *
dq_source_get_quote (DqSource *self)
{
  g_return_val_if_fail (DQ_IS_SOURCE (self), NULL);

  return self->quote;
}
