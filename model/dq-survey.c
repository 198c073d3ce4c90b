/* dq-survey.c
 *
 * A survey: fieldwork, samples, margin of error and questions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-dataset-private.h"
#include "dq-survey.h"

struct _DqSurvey
{
  GObject     parent_instance;

  char       *id;
  DqText     *name;
  char       *document_id;
  char       *fieldwork_start;
  char       *fieldwork_end;
  DqSource   *fieldwork_source;
  GListStore *samples;
  DqFigure   *margin_of_error;
  GListStore *questions;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqSurvey, dq_survey, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_survey_dispose (GObject *object)
{
  DqSurvey *self = DQ_SURVEY (object);

  g_clear_object (&self->fieldwork_source);
  g_clear_object (&self->samples);
  g_clear_object (&self->margin_of_error);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (dq_survey_parent_class)->dispose (object);
}

static void
dq_survey_finalize (GObject *object)
{
  DqSurvey *self = DQ_SURVEY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->document_id, g_free);
  g_clear_pointer (&self->fieldwork_start, g_free);
  g_clear_pointer (&self->fieldwork_end, g_free);

  G_OBJECT_CLASS (dq_survey_parent_class)->finalize (object);
}

static void
dq_survey_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqSurvey *self = DQ_SURVEY (object);

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
dq_survey_class_init (DqSurveyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_survey_dispose;
  object_class->finalize = dq_survey_finalize;
  object_class->get_property = dq_survey_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_survey_init (DqSurvey *self)
{
  self->questions = g_list_store_new (DQ_TYPE_QUESTION);
}

static gboolean
is_partial_date (const char *date)
{
  static const char * const formats[] = { "dddd", "dddd-dd", "dddd-dd-dd", NULL };

  for (guint i = 0; formats[i] != NULL; i++)
    {
      const char *f = formats[i];
      const char *d = date;

      for (; *f != '\0' && *d != '\0'; f++, d++)
        {
          if (*f == 'd' ? !g_ascii_isdigit (*d) : *f != *d)
            break;
        }
      if (*f == '\0' && *d == '\0')
        return TRUE;
    }

  return FALSE;
}

static gboolean
read_fieldwork (DqSurvey      *self,
                DqJsonReader  *reader,
                JsonObject    *object,
                GError       **error)
{
  static const char * const members[] = { "start", "end", "source", NULL };
  JsonObject *fieldwork;
  gboolean ok;

  if (!dq_json_reader_get_object (reader, object, "fieldwork", DQ_OPTIONAL, &fieldwork, error))
    return FALSE;
  if (fieldwork == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, "fieldwork");
  ok = dq_json_reader_check_members (reader, fieldwork, members, error) &&
       dq_json_reader_get_string (reader, fieldwork, "start", DQ_REQUIRED, &self->fieldwork_start,
                                  error) &&
       dq_json_reader_get_string (reader, fieldwork, "end", DQ_OPTIONAL, &self->fieldwork_end,
                                  error);

  if (ok && !is_partial_date (self->fieldwork_start))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "start",
                                _("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"));
      ok = FALSE;
    }
  if (ok && self->fieldwork_end != NULL && !is_partial_date (self->fieldwork_end))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "end",
                                _("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"));
      ok = FALSE;
    }
  if (ok)
    {
      self->fieldwork_source = _dq_source_new_from_json (reader, fieldwork, "source", error);
      ok = self->fieldwork_source != NULL;
    }
  dq_json_reader_pop (reader);

  return ok;
}

static gboolean
read_question (DqJsonReader  *reader,
               JsonObject    *object,
               gpointer       user_data,
               GError       **error)
{
  DqSurvey *self = user_data;
  g_autoptr(DqQuestion) question = _dq_question_new_from_json (reader, object, error);

  if (question == NULL)
    return FALSE;

  if (dq_survey_lookup_question (self, dq_question_get_id (question)) != NULL)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_DUPLICATE, "id",
                                _("the question “%s” is defined twice"),
                                dq_question_get_id (question));
      return FALSE;
    }

  g_list_store_append (self->questions, question);

  return TRUE;
}

DqSurvey *
_dq_survey_new_from_json (DqJsonReader  *reader,
                          JsonObject    *object,
                          GError       **error)
{
  static const char * const members[] = {
    "id", "name", "document", "fieldwork", "samples", "margin_of_error", "questions", NULL
  };
  g_autoptr(DqSurvey) self = g_object_new (DQ_TYPE_SURVEY, NULL);
  JsonObject *margin;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_id (reader, object, "document", DQ_REQUIRED, &self->document_id,
                              error) ||
      !read_fieldwork (self, reader, object, error))
    return NULL;

  dq_json_reader_add_reference (reader, "document", self->document_id, "document");

  self->samples = _dq_figures_from_json (reader, object, "samples", DQ_FIGURE_PLAIN, error);
  if (self->samples == NULL)
    return NULL;

  if (!dq_json_reader_get_object (reader, object, "margin_of_error", DQ_OPTIONAL, &margin, error))
    return NULL;
  if (margin != NULL)
    {
      dq_json_reader_push_member (reader, "margin_of_error");
      self->margin_of_error = _dq_figure_new_from_json (reader, margin, DQ_FIGURE_PLAIN, error);
      dq_json_reader_pop (reader);
      if (self->margin_of_error == NULL)
        return NULL;
    }

  if (!dq_json_reader_foreach_object (reader, object, "questions", DQ_OPTIONAL,
                                      read_question, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dq_survey_get_id (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->id;
}

const DqText *
dq_survey_get_name (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->name;
}

const char *
dq_survey_get_document_id (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->document_id;
}

/**
 * dq_survey_get_fieldwork_start:
 * @self: a #DqSurvey
 *
 * Returns: (nullable): the first day of fieldwork, as YYYY, YYYY-MM or
 *   YYYY-MM-DD, as precise as the source is
 */
const char *
dq_survey_get_fieldwork_start (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->fieldwork_start;
}

const char *
dq_survey_get_fieldwork_end (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->fieldwork_end;
}

DqSource *
dq_survey_get_fieldwork_source (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->fieldwork_source;
}

/**
 * dq_survey_get_samples:
 * @self: a #DqSurvey
 *
 * Returns: (transfer none): the sample sizes per country, as #DqFigure
 */
GListModel *
dq_survey_get_samples (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return G_LIST_MODEL (self->samples);
}

/**
 * dq_survey_get_margin_of_error:
 * @self: a #DqSurvey
 *
 * Returns: (transfer none) (nullable): the stated margin of error
 */
DqFigure *
dq_survey_get_margin_of_error (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return self->margin_of_error;
}

/**
 * dq_survey_get_questions:
 * @self: a #DqSurvey
 *
 * Returns: (transfer none): the questions, as #DqQuestion
 */
GListModel *
dq_survey_get_questions (DqSurvey *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  return G_LIST_MODEL (self->questions);
}

/**
 * dq_survey_lookup_question:
 * @self: a #DqSurvey
 * @id: a question id
 *
 * Returns: (transfer none) (nullable): the question
 */
DqQuestion *
dq_survey_lookup_question (DqSurvey   *self,
                           const char *id)
{
  guint n;

  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      if (g_strcmp0 (dq_question_get_id (question), id) == 0)
        return question;
    }

  return NULL;
}

/**
 * dq_survey_lookup_sample:
 * @self: a #DqSurvey
 * @country: a country code
 *
 * Returns: (transfer none) (nullable): the sample size of respondents in
 *   @country
 */
DqFigure *
dq_survey_lookup_sample (DqSurvey   *self,
                         const char *country)
{
  guint n;

  g_return_val_if_fail (DQ_IS_SURVEY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->samples));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->samples), i);

      if (g_strcmp0 (dq_figure_get_country (figure), country) == 0)
        return figure;
    }

  return NULL;
}
