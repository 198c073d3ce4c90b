/* dq-group.c
 *
 * A diaspora or ethnic group: its population figures, the type of its
 * network and where it is concentrated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-dataset-private.h"
#include "dq-group.h"

struct _DqGroup
{
  GObject     parent_instance;

  char       *id;
  DqText     *name;
  DqText     *homeland;
  GListStore *populations;
  GPtrArray  *typologies;
  GPtrArray  *concentrations;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqGroup, dq_group, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const typology_types[] = {
  "symbolic", "nominal", "expressive", "valued", NULL
};

static void
typology_free (gpointer data)
{
  DqTypology *typology = data;

  g_free (typology->type);
  g_free (typology->shift_to);
  g_clear_object (&typology->source);
  g_free (typology);
}

static void
concentration_free (gpointer data)
{
  DqConcentration *concentration = data;

  g_strfreev (concentration->places);
  g_clear_object (&concentration->source);
  g_free (concentration);
}

static void
dq_group_dispose (GObject *object)
{
  DqGroup *self = DQ_GROUP (object);

  g_clear_object (&self->populations);
  g_clear_pointer (&self->typologies, g_ptr_array_unref);
  g_clear_pointer (&self->concentrations, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_group_parent_class)->dispose (object);
}

static void
dq_group_finalize (GObject *object)
{
  DqGroup *self = DQ_GROUP (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->homeland, dq_text_free);

  G_OBJECT_CLASS (dq_group_parent_class)->finalize (object);
}

static void
dq_group_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DqGroup *self = DQ_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, dq_text_get_default (self->name));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_group_class_init (DqGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_group_dispose;
  object_class->finalize = dq_group_finalize;
  object_class->get_property = dq_group_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_group_init (DqGroup *self)
{
  self->typologies = g_ptr_array_new_with_free_func (typology_free);
  self->concentrations = g_ptr_array_new_with_free_func (concentration_free);
}

static gboolean
read_typology (DqJsonReader  *reader,
               JsonObject    *object,
               gpointer       user_data,
               GError       **error)
{
  static const char * const members[] = { "type", "shift_to", "source", NULL };
  DqGroup *self = user_data;
  DqTypology *typology;
  int type = 0;
  int shift_to = -1;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_choice (reader, object, "type", DQ_REQUIRED, typology_types, &type,
                                  error) ||
      !dq_json_reader_get_choice (reader, object, "shift_to", DQ_OPTIONAL, typology_types,
                                  &shift_to, error))
    return FALSE;

  typology = g_new0 (DqTypology, 1);
  typology->type = g_strdup (typology_types[type]);
  if (shift_to >= 0)
    typology->shift_to = g_strdup (typology_types[shift_to]);
  g_ptr_array_add (self->typologies, typology);

  typology->source = _dq_source_new_from_json (reader, object, "source", error);

  return typology->source != NULL;
}

static gboolean
read_concentration (DqJsonReader  *reader,
                    JsonObject    *object,
                    gpointer       user_data,
                    GError       **error)
{
  static const char * const members[] = { "places", "source", NULL };
  DqGroup *self = user_data;
  DqConcentration *concentration = g_new0 (DqConcentration, 1);

  g_ptr_array_add (self->concentrations, concentration);

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_strv (reader, object, "places", DQ_REQUIRED, &concentration->places,
                                error))
    return FALSE;

  for (guint i = 0; concentration->places[i] != NULL; i++)
    {
      g_autofree char *member = g_strdup_printf ("places[%u]", i);

      dq_json_reader_add_reference (reader, "place", concentration->places[i], member);
    }

  concentration->source = _dq_source_new_from_json (reader, object, "source", error);

  return concentration->source != NULL;
}

DqGroup *
_dq_group_new_from_json (DqJsonReader  *reader,
                         JsonObject    *object,
                         GError       **error)
{
  static const char * const members[] = {
    "id", "name", "homeland", "populations", "typology", "concentration", NULL
  };
  g_autoptr(DqGroup) self = g_object_new (DQ_TYPE_GROUP, NULL);

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_text (reader, object, "homeland", DQ_OPTIONAL, &self->homeland, error))
    return NULL;

  self->populations = _dq_figures_from_json (reader, object, "populations", DQ_FIGURE_PLAIN,
                                             error);
  if (self->populations == NULL ||
      !dq_json_reader_foreach_object (reader, object, "typology", DQ_OPTIONAL,
                                      read_typology, self, error) ||
      !dq_json_reader_foreach_object (reader, object, "concentration", DQ_OPTIONAL,
                                      read_concentration, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dq_group_get_id (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);

  return self->id;
}

const DqText *
dq_group_get_name (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);

  return self->name;
}

/**
 * dq_group_get_homeland:
 * @self: a #DqGroup
 *
 * Returns: (nullable): the kin state, where there is one
 */
const DqText *
dq_group_get_homeland (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);

  return self->homeland;
}

/**
 * dq_group_get_populations:
 * @self: a #DqGroup
 *
 * Returns: (transfer none): the population shares and counts, as #DqFigure
 */
GListModel *
dq_group_get_populations (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);

  return G_LIST_MODEL (self->populations);
}

guint
dq_group_get_n_typologies (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), 0);

  return self->typologies->len;
}

const DqTypology *
dq_group_get_typology (DqGroup *self,
                       guint    index)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);
  g_return_val_if_fail (index < self->typologies->len, NULL);

  return g_ptr_array_index (self->typologies, index);
}

guint
dq_group_get_n_concentrations (DqGroup *self)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), 0);

  return self->concentrations->len;
}

const DqConcentration *
dq_group_get_concentration (DqGroup *self,
                            guint    index)
{
  g_return_val_if_fail (DQ_IS_GROUP (self), NULL);
  g_return_val_if_fail (index < self->concentrations->len, NULL);

  return g_ptr_array_index (self->concentrations, index);
}
