/* dq-question.c
 *
 * A survey question: its wording, answer categories and the figures the
 * source gives for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-dataset-private.h"
#include "dq-figure.h"
#include "dq-question.h"

struct _DqQuestion
{
  GObject     parent_instance;

  char       *id;
  DqText     *wording;
  GPtrArray  *categories;
  /* Category id → DqCategory, so that a question with many answers and
   * figures loads in time proportional to their number. */
  GHashTable *category_index;
  GStrv       subjects;
  GListStore *figures;
  DqSource   *source;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_WORDING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqQuestion, dq_question, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
category_free (gpointer data)
{
  DqCategory *category = data;

  g_free (category->id);
  g_clear_pointer (&category->label, dq_text_free);
  g_free (category);
}

static void
dq_question_dispose (GObject *object)
{
  DqQuestion *self = DQ_QUESTION (object);

  g_clear_object (&self->figures);
  g_clear_object (&self->source);
  g_clear_pointer (&self->category_index, g_hash_table_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_question_parent_class)->dispose (object);
}

static void
dq_question_finalize (GObject *object)
{
  DqQuestion *self = DQ_QUESTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->wording, dq_text_free);
  g_clear_pointer (&self->subjects, g_strfreev);

  G_OBJECT_CLASS (dq_question_parent_class)->finalize (object);
}

static void
dq_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqQuestion *self = DQ_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WORDING:
      g_value_set_string (value, dq_text_get_default (self->wording));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_question_class_init (DqQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_question_dispose;
  object_class->finalize = dq_question_finalize;
  object_class->get_property = dq_question_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_WORDING] =
    g_param_spec_string ("wording", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_question_init (DqQuestion *self)
{
  self->categories = g_ptr_array_new_with_free_func (category_free);
  self->category_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
read_category (DqJsonReader  *reader,
               JsonObject    *object,
               gpointer       user_data,
               GError       **error)
{
  static const char * const members[] = { "id", "label", NULL };
  DqQuestion *self = user_data;
  DqCategory *category = g_new0 (DqCategory, 1);

  g_ptr_array_add (self->categories, category);

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &category->id, error) ||
      !dq_json_reader_get_text (reader, object, "label", DQ_REQUIRED, &category->label, error))
    return FALSE;

  if (g_hash_table_contains (self->category_index, category->id))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_DUPLICATE, "id",
                                _("the category “%s” is defined twice"), category->id);
      return FALSE;
    }
  g_hash_table_insert (self->category_index, category->id, category);

  return TRUE;
}

DqQuestion *
_dq_question_new_from_json (DqJsonReader  *reader,
                            JsonObject    *object,
                            GError       **error)
{
  static const char * const members[] = {
    "id", "wording", "categories", "subjects", "figures", "source", NULL
  };
  g_autoptr(DqQuestion) self = g_object_new (DQ_TYPE_QUESTION, NULL);
  guint n_figures;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "wording", DQ_REQUIRED, &self->wording, error) ||
      !dq_json_reader_foreach_object (reader, object, "categories", DQ_REQUIRED,
                                      read_category, self, error) ||
      !dq_json_reader_get_strv (reader, object, "subjects", DQ_OPTIONAL, &self->subjects, error))
    return NULL;

  for (guint i = 0; self->subjects != NULL && self->subjects[i] != NULL; i++)
    {
      if (!g_strv_contains (_dq_country_codes, self->subjects[i]))
        {
          g_autofree char *member = g_strdup_printf ("subjects[%u]", i);
          g_autofree char *list = g_strjoinv (", ", (GStrv) _dq_country_codes);

          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, member,
                                    _("“%s” is not allowed; expected one of: %s"),
                                    self->subjects[i], list);
          return NULL;
        }
    }

  self->figures = _dq_figures_from_json (reader, object, "figures", DQ_FIGURE_SURVEY, error);
  if (self->figures == NULL)
    return NULL;

  /* A figure's category belongs to its own question, so it is checked here
   * rather than with the dataset's references. */
  n_figures = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  for (guint i = 0; i < n_figures; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
      const char *category = dq_figure_get_category (figure);

      if (dq_question_lookup_category (self, category) == NULL)
        {
          g_autofree char *member = g_strdup_printf ("figures[%u].category", i);

          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_REFERENCE, member,
                                    _("“%s” is not a category of this question"), category);
          return NULL;
        }
    }

  if (json_object_has_member (object, "source"))
    {
      self->source = _dq_source_new_from_json (reader, object, "source", error);
      if (self->source == NULL)
        return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
dq_question_get_id (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return self->id;
}

const DqText *
dq_question_get_wording (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return self->wording;
}

guint
dq_question_get_n_categories (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), 0);

  return self->categories->len;
}

const DqCategory *
dq_question_get_category (DqQuestion *self,
                          guint       index)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, index);
}

/**
 * dq_question_lookup_category:
 * @self: a #DqQuestion
 * @id: a category id
 *
 * Returns: (nullable): the category, or %NULL when the question has none
 *   with that id
 */
const DqCategory *
dq_question_lookup_category (DqQuestion *self,
                             const char *id)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->category_index, id) : NULL;
}

/**
 * dq_question_get_subjects:
 * @self: a #DqQuestion
 *
 * Returns: (transfer none) (nullable): the country codes the question asks
 *   about, for questions asked of several countries
 */
const char * const *
dq_question_get_subjects (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return (const char * const *) self->subjects;
}

/**
 * dq_question_get_figures:
 * @self: a #DqQuestion
 *
 * Returns: (transfer none): the answers' figures, as #DqFigure
 */
GListModel *
dq_question_get_figures (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return G_LIST_MODEL (self->figures);
}

/**
 * dq_question_get_source:
 * @self: a #DqQuestion
 *
 * Returns: (transfer none) (nullable): where the document states the question
 */
DqSource *
dq_question_get_source (DqQuestion *self)
{
  g_return_val_if_fail (DQ_IS_QUESTION (self), NULL);

  return self->source;
}
