/* dq-event.c
 *
 * An event the documents report, such as an interethnic clash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-dataset-private.h"
#include "dq-event.h"

struct _DqEvent
{
  GObject     parent_instance;

  char       *id;
  DqText     *name;
  char       *kind;
  char       *place_id;
  char       *country;
  char       *centre_id;
  /* Only the parts of the dates the source gives; 0 for the others. The
   * end is set only for an event that lasts ("1919–1921"). */
  int         date[3];
  int         end[3];
  GStrv       group_ids;
  DqText     *description;
  GListStore *figures;
  GPtrArray  *statements;
  DqSource   *source;
};

/* The kinds of events, in the order the timeline's legend lists them. */
static const char * const event_kinds[] = {
  "conflict", "unrest", "famine", "deportation", "repression", "migration", "demography",
  "state", "policy", "institution", "commemoration", "meeting", "speech", "election",
  "fieldwork", "interview", NULL
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqEvent, dq_event, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_event_dispose (GObject *object)
{
  DqEvent *self = DQ_EVENT (object);

  g_clear_object (&self->figures);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (dq_event_parent_class)->dispose (object);
}

static void
dq_event_finalize (GObject *object)
{
  DqEvent *self = DQ_EVENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->place_id, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->centre_id, g_free);
  g_clear_pointer (&self->group_ids, g_strfreev);
  g_clear_pointer (&self->description, dq_text_free);

  G_OBJECT_CLASS (dq_event_parent_class)->finalize (object);
}

static void
dq_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DqEvent *self = DQ_EVENT (object);

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
dq_event_class_init (DqEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_event_dispose;
  object_class->finalize = dq_event_finalize;
  object_class->get_property = dq_event_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_event_init (DqEvent *self)
{
  self->statements = g_ptr_array_new_with_free_func (_dq_statement_free);
}

/* Reads the date @member ("date" or "end") into @parts: year, month, day. */
static gboolean
read_date (DqJsonReader  *reader,
           JsonObject    *object,
           const char    *member,
           int            parts[3],
           GError       **error)
{
  static const char * const members[] = { "year", "month", "day", NULL };
  JsonObject *date;
  gint64 year = 0;
  gint64 month = 0;
  gint64 day = 0;
  gboolean ok;

  if (!dq_json_reader_get_object (reader, object, member, DQ_OPTIONAL, &date, error))
    return FALSE;
  if (date == NULL)
    return TRUE;

  dq_json_reader_push_member (reader, member);
  ok = dq_json_reader_check_members (reader, date, members, error) &&
       dq_json_reader_get_int (reader, date, "year", DQ_OPTIONAL, 1000, 2100, &year, error) &&
       dq_json_reader_get_int (reader, date, "month", DQ_OPTIONAL, 1, 12, &month, error) &&
       dq_json_reader_get_int (reader, date, "day", DQ_OPTIONAL, 1, 31, &day, error);
  if (ok && day != 0 && month == 0)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "day",
                                _("a day needs its month"));
      ok = FALSE;
    }
  dq_json_reader_pop (reader);

  parts[0] = year;
  parts[1] = month;
  parts[2] = day;

  return ok;
}

/* Compares two dates part by part; a part the source leaves out counts as
 * the earliest, so that 1932 comes before June 1932. */
static int
compare_dates (const int a[3],
               const int b[3])
{
  for (guint i = 0; i < 3; i++)
    {
      if (a[i] != b[i])
        return a[i] < b[i] ? -1 : 1;
    }

  return 0;
}

static gboolean
read_dates (DqEvent       *self,
            DqJsonReader  *reader,
            JsonObject    *object,
            GError       **error)
{
  if (!read_date (reader, object, "date", self->date, error) ||
      !read_date (reader, object, "end", self->end, error))
    return FALSE;

  if (self->end[0] != 0 && self->date[0] == 0)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "end",
                                _("an end date needs a start date with its year"));
      return FALSE;
    }
  if (self->end[0] == 0 && (self->end[1] != 0 || self->end[2] != 0))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "end",
                                _("an end date needs its year"));
      return FALSE;
    }
  if (self->end[0] != 0 && compare_dates (self->end, self->date) < 0)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "end",
                                _("the end date comes before the start date"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_statement (DqJsonReader  *reader,
                JsonObject    *object,
                gpointer       user_data,
                GError       **error)
{
  DqEvent *self = user_data;

  return _dq_statement_read (reader, object, self->statements, error);
}

DqEvent *
_dq_event_new_from_json (DqJsonReader  *reader,
                         JsonObject    *object,
                         GError       **error)
{
  static const char * const members[] = {
    "id", "name", "kind", "place", "country", "centre", "date", "end", "groups", "description",
    "figures", "statements", "source", NULL
  };
  g_autoptr(DqEvent) self = g_object_new (DQ_TYPE_EVENT, NULL);
  int kind = 0;
  int country = -1;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_choice (reader, object, "kind", DQ_REQUIRED, event_kinds, &kind,
                                  error) ||
      !dq_json_reader_get_id (reader, object, "place", DQ_OPTIONAL, &self->place_id, error) ||
      !dq_json_reader_get_choice (reader, object, "country", DQ_OPTIONAL, _dq_country_codes,
                                  &country, error) ||
      !dq_json_reader_get_id (reader, object, "centre", DQ_OPTIONAL, &self->centre_id, error) ||
      !read_dates (self, reader, object, error) ||
      !dq_json_reader_get_strv (reader, object, "groups", DQ_OPTIONAL, &self->group_ids, error) ||
      !dq_json_reader_get_text (reader, object, "description", DQ_OPTIONAL, &self->description,
                                error))
    return NULL;

  self->kind = g_strdup (event_kinds[kind]);
  if (country >= 0)
    self->country = g_strdup (_dq_country_codes[country]);
  if (self->place_id != NULL)
    dq_json_reader_add_reference (reader, "place", self->place_id, "place");
  if (self->centre_id != NULL)
    dq_json_reader_add_reference (reader, "centre", self->centre_id, "centre");
  for (guint i = 0; self->group_ids[i] != NULL; i++)
    {
      g_autofree char *member = g_strdup_printf ("groups[%u]", i);

      dq_json_reader_add_reference (reader, "group", self->group_ids[i], member);
    }

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
dq_event_get_id (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->id;
}

const DqText *
dq_event_get_name (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->name;
}

const char *
dq_event_get_kind (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->kind;
}

const char *
dq_event_get_place_id (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->place_id;
}

/**
 * dq_event_get_date:
 * @self: a #DqEvent
 * @year: (out) (optional): the year, or 0 when the source gives none
 * @month: (out) (optional): the month, 1 to 12, or 0
 * @day: (out) (optional): the day, or 0
 */
void
dq_event_get_date (DqEvent *self,
                   int     *year,
                   int     *month,
                   int     *day)
{
  g_return_if_fail (DQ_IS_EVENT (self));

  if (year != NULL)
    *year = self->date[0];
  if (month != NULL)
    *month = self->date[1];
  if (day != NULL)
    *day = self->date[2];
}

/**
 * dq_event_get_end_date:
 * @self: a #DqEvent
 * @year: (out) (optional): the year the event ended, or 0 for an event
 *   that does not last (or whose end the source does not give)
 * @month: (out) (optional): the month, 1 to 12, or 0
 * @day: (out) (optional): the day, or 0
 *
 * The end of an event that lasts: the famine of 1919–1921 ends in 1921.
 */
void
dq_event_get_end_date (DqEvent *self,
                       int     *year,
                       int     *month,
                       int     *day)
{
  g_return_if_fail (DQ_IS_EVENT (self));

  if (year != NULL)
    *year = self->end[0];
  if (month != NULL)
    *month = self->end[1];
  if (day != NULL)
    *day = self->end[2];
}

/**
 * dq_event_get_country:
 * @self: a #DqEvent
 *
 * Returns: (nullable): the country the event concerns (`KZ`, `UZ`, …) as the
 *   dataset states it, or %NULL; an event with a place also has its place's
 *   country
 */
const char *
dq_event_get_country (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->country;
}

/**
 * dq_event_get_centre_id:
 * @self: a #DqEvent
 *
 * Returns: (nullable): the id of the centre the event belongs to (the
 *   centre whose head was interviewed), or %NULL
 */
const char *
dq_event_get_centre_id (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->centre_id;
}

guint
dq_event_get_n_statements (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), 0);

  return self->statements->len;
}

/**
 * dq_event_get_statement:
 * @self: a #DqEvent
 * @index: below dq_event_get_n_statements()
 *
 * A fact without a number that the document ties to the event: for an
 * interview, what the interviewee said, quoted verbatim.
 *
 * Returns: (transfer none): the statement
 */
const DqStatement *
dq_event_get_statement (DqEvent *self,
                        guint    index)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);
  g_return_val_if_fail (index < self->statements->len, NULL);

  return g_ptr_array_index (self->statements, index);
}

/**
 * dq_event_kind_list:
 *
 * Returns: (transfer none): the kinds an event may have, %NULL-terminated,
 *   in the order a legend lists them
 */
const char * const *
dq_event_kind_list (void)
{
  return event_kinds;
}

const char * const *
dq_event_get_group_ids (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return (const char * const *) self->group_ids;
}

const DqText *
dq_event_get_description (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->description;
}

GListModel *
dq_event_get_figures (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return G_LIST_MODEL (self->figures);
}

DqSource *
dq_event_get_source (DqEvent *self)
{
  g_return_val_if_fail (DQ_IS_EVENT (self), NULL);

  return self->source;
}
