/* dq-respondent-list.c
 *
 * The respondents of a survey file as a list model for the data table. A
 * file may hold a million respondents, so items are made only when the
 * view asks for the rows it shows: each is a #GtkStringObject holding the
 * respondent's number, 1 for the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include "dq-respondent-list.h"

struct _DqRespondentList
{
  GObject       parent_instance;

  DqSurveyData *data;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DqRespondentList, dq_respondent_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
dq_respondent_list_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
dq_respondent_list_get_n_items (GListModel *model)
{
  DqRespondentList *self = DQ_RESPONDENT_LIST (model);

  return MIN (dq_survey_data_get_n_rows (self->data), G_MAXUINT);
}

static gpointer
dq_respondent_list_get_item (GListModel *model,
                             guint       position)
{
  DqRespondentList *self = DQ_RESPONDENT_LIST (model);
  char number[24];

  if (position >= dq_survey_data_get_n_rows (self->data))
    return NULL;

  g_snprintf (number, sizeof number, "%u", position + 1);

  return gtk_string_object_new (number);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dq_respondent_list_get_item_type;
  iface->get_n_items = dq_respondent_list_get_n_items;
  iface->get_item = dq_respondent_list_get_item;
}

/* An edit, or its undoing, changed one value: the row is bound again. */
static void
on_data_value_changed_cb (DqRespondentList *self,
                          guint             variable,
                          guint64           row,
                          DqSurveyData     *data)
{
  if (row < G_MAXUINT)
    g_list_model_items_changed (G_LIST_MODEL (self), row, 1, 1);
}

static void
dq_respondent_list_dispose (GObject *object)
{
  DqRespondentList *self = DQ_RESPONDENT_LIST (object);

  g_clear_object (&self->data);

  G_OBJECT_CLASS (dq_respondent_list_parent_class)->dispose (object);
}

static void
dq_respondent_list_class_init (DqRespondentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_respondent_list_dispose;
}

static void
dq_respondent_list_init (DqRespondentList *self)
{
}

/**
 * dq_respondent_list_new:
 * @data: survey data
 *
 * Returns: (transfer full): a list with one item per respondent of @data
 */
DqRespondentList *
dq_respondent_list_new (DqSurveyData *data)
{
  DqRespondentList *self;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);

  self = g_object_new (DQ_TYPE_RESPONDENT_LIST, NULL);
  self->data = g_object_ref (data);
  g_signal_connect_object (data, "value-changed",
                           G_CALLBACK (on_data_value_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

DqSurveyData *
dq_respondent_list_get_data (DqRespondentList *self)
{
  g_return_val_if_fail (DQ_IS_RESPONDENT_LIST (self), NULL);

  return self->data;
}

/**
 * dq_respondent_list_get_row:
 * @item: an item of a #DqRespondentList
 *
 * Returns: the row of the respondent in the data, 0 for the first
 */
gsize
dq_respondent_list_get_row (GObject *item)
{
  const char *number;

  g_return_val_if_fail (GTK_IS_STRING_OBJECT (item), 0);

  number = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

  return g_ascii_strtoull (number, NULL, 10) - 1;
}

/**
 * dq_respondent_list_row_changed:
 * @self: the list
 * @row: a respondent, from 0
 *
 * Binds the row of @row again, for what its widgets show besides the
 * values (such as who corrected one), which changed without a value.
 */
void
dq_respondent_list_row_changed (DqRespondentList *self,
                                gsize             row)
{
  g_return_if_fail (DQ_IS_RESPONDENT_LIST (self));

  if (row < MIN (dq_survey_data_get_n_rows (self->data), G_MAXUINT))
    g_list_model_items_changed (G_LIST_MODEL (self), row, 1, 1);
}
