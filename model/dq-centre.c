/* dq-centre.c
 *
 * An ethno-cultural centre, association, Friendship House, Confucius
 * Institute, memorial or state institution.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-centre.h"
#include "dq-dataset-private.h"
#include "dq-enum-nick.h"

struct _DqCentre
{
  GObject      parent_instance;

  char        *id;
  DqText      *name;
  DqCentreKind kind;
  GStrv        group_ids;
  char        *place_id;
  GListStore  *founded;
  GListStore  *figures;
  GPtrArray   *statements;
  DqSource    *source;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqCentre, dq_centre, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

void
_dq_statement_free (gpointer data)
{
  DqStatement *statement = data;

  g_clear_pointer (&statement->text, dq_text_free);
  g_clear_object (&statement->source);
  g_free (statement);
}

static void
dq_centre_dispose (GObject *object)
{
  DqCentre *self = DQ_CENTRE (object);

  g_clear_object (&self->founded);
  g_clear_object (&self->figures);
  g_clear_object (&self->source);
  g_clear_pointer (&self->statements, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_centre_parent_class)->dispose (object);
}

static void
dq_centre_finalize (GObject *object)
{
  DqCentre *self = DQ_CENTRE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->group_ids, g_strfreev);
  g_clear_pointer (&self->place_id, g_free);

  G_OBJECT_CLASS (dq_centre_parent_class)->finalize (object);
}

static void
dq_centre_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqCentre *self = DQ_CENTRE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, dq_text_get_default (self->name));
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_centre_class_init (DqCentreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_centre_dispose;
  object_class->finalize = dq_centre_finalize;
  object_class->get_property = dq_centre_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, DQ_TYPE_CENTRE_KIND, DQ_CENTRE_ETHNOCULTURAL_CENTRE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_centre_init (DqCentre *self)
{
  self->statements = g_ptr_array_new_with_free_func (_dq_statement_free);
}

/* Reads one statement (text and source) into @statements; shared with
 * events, which carry statements too. */
gboolean
_dq_statement_read (DqJsonReader  *reader,
                    JsonObject    *object,
                    GPtrArray     *statements,
                    GError       **error)
{
  static const char * const members[] = { "text", "source", NULL };
  DqStatement *statement = g_new0 (DqStatement, 1);

  g_ptr_array_add (statements, statement);

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_text (reader, object, "text", DQ_REQUIRED, &statement->text, error))
    return FALSE;

  statement->source = _dq_source_new_from_json (reader, object, "source", error);

  return statement->source != NULL;
}

static gboolean
read_statement (DqJsonReader  *reader,
                JsonObject    *object,
                gpointer       user_data,
                GError       **error)
{
  DqCentre *self = user_data;

  return _dq_statement_read (reader, object, self->statements, error);
}

DqCentre *
_dq_centre_new_from_json (DqJsonReader  *reader,
                          JsonObject    *object,
                          GError       **error)
{
  static const char * const members[] = {
    "id", "name", "kind", "groups", "place", "founded", "figures", "statements", "source", NULL
  };
  g_autoptr(DqCentre) self = g_object_new (DQ_TYPE_CENTRE, NULL);
  int kind = 0;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_enum (reader, object, "kind", DQ_REQUIRED, DQ_TYPE_CENTRE_KIND, &kind,
                                error) ||
      !dq_json_reader_get_strv (reader, object, "groups", DQ_OPTIONAL, &self->group_ids, error) ||
      !dq_json_reader_get_id (reader, object, "place", DQ_OPTIONAL, &self->place_id, error))
    return NULL;

  self->kind = kind;

  for (guint i = 0; self->group_ids[i] != NULL; i++)
    {
      g_autofree char *member = g_strdup_printf ("groups[%u]", i);

      dq_json_reader_add_reference (reader, "group", self->group_ids[i], member);
    }
  if (self->place_id != NULL)
    dq_json_reader_add_reference (reader, "place", self->place_id, "place");

  self->founded = _dq_figures_from_json (reader, object, "founded", DQ_FIGURE_PLAIN, error);
  if (self->founded == NULL)
    return NULL;
  self->figures = _dq_figures_from_json (reader, object, "figures", DQ_FIGURE_PLAIN, error);
  if (self->figures == NULL)
    return NULL;

  if (!dq_json_reader_foreach_object (reader, object, "statements", DQ_OPTIONAL,
                                      read_statement, self, error))
    return NULL;

  self->source = _dq_source_new_from_json (reader, object, "source", error);
  if (self->source == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dq_centre_get_id (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return self->id;
}

const DqText *
dq_centre_get_name (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return self->name;
}

/**
 * dq_centre_get_kind:
 * @self: a #DqCentre
 *
 * Returns: what the centre is
 */
DqCentreKind
dq_centre_get_kind (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), DQ_CENTRE_ETHNOCULTURAL_CENTRE);

  return self->kind;
}

/**
 * dq_centre_kind_to_string:
 * @kind: a #DqCentreKind
 *
 * Returns: (transfer none): the kind's name in the dataset, such as
 *   "friendship-house"
 */
const char *
dq_centre_kind_to_string (DqCentreKind kind)
{
  return dq_enum_to_nick (DQ_TYPE_CENTRE_KIND, kind);
}

/**
 * dq_centre_kind_from_string:
 * @str: a kind's name in the dataset, such as "friendship-house"
 * @kind: (out): the kind
 *
 * Returns: whether @str names a centre kind
 */
gboolean
dq_centre_kind_from_string (const char   *str,
                            DqCentreKind *kind)
{
  int value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!dq_enum_from_nick (DQ_TYPE_CENTRE_KIND, str, &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

/**
 * dq_centre_get_group_ids:
 * @self: a #DqCentre
 *
 * Returns: (transfer none): the ids of the groups it serves; empty for all
 */
const char * const *
dq_centre_get_group_ids (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return (const char * const *) self->group_ids;
}

const char *
dq_centre_get_place_id (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return self->place_id;
}

/**
 * dq_centre_get_founded:
 * @self: a #DqCentre
 *
 * Returns: (transfer none): founding years as #DqFigure; more than one
 *   where sources disagree
 */
GListModel *
dq_centre_get_founded (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return G_LIST_MODEL (self->founded);
}

/**
 * dq_centre_get_figures:
 * @self: a #DqCentre
 *
 * Returns: (transfer none): other figures about it, as #DqFigure
 */
GListModel *
dq_centre_get_figures (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return G_LIST_MODEL (self->figures);
}

guint
dq_centre_get_n_statements (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), 0);

  return self->statements->len;
}

const DqStatement *
dq_centre_get_statement (DqCentre *self,
                         guint     index)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);
  g_return_val_if_fail (index < self->statements->len, NULL);

  return g_ptr_array_index (self->statements, index);
}

/**
 * dq_centre_get_source:
 * @self: a #DqCentre
 *
 * Returns: (transfer none): where the centre is named
 */
DqSource *
dq_centre_get_source (DqCentre *self)
{
  g_return_val_if_fail (DQ_IS_CENTRE (self), NULL);

  return self->source;
}
