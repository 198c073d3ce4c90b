/* dq-figure.c
 *
 * One number of the dataset, with its unit, its bound and its source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-dataset-private.h"
#include "dq-enum-nick.h"
#include "dq-escape.h"
#include "dq-figure-private.h"
#include "dq-figure.h"
#include "dq-format.h"

struct _DqFigure
{
  GObject   parent_instance;

  char     *id;
  DqText   *label;
  double    value;
  gboolean  has_value;
  char     *value_text;
  DqUnit    unit;
  DqBound   bound;
  int       year;
  char     *country;
  char     *group_id;
  char     *place_id;
  char     *category;
  char     *subject;
  DqText   *subgroup;
  DqSource *source;
  DqText   *note;
  DqText   *gap;
  /* A stated 95 % confidence interval, in percent. */
  gboolean  has_ci;
  double    ci_low;
  double    ci_high;
  /* The path of the record the figure belongs to, e.g. "groups/germans". */
  char     *context;
  /* The value the dataset gave, kept from the first edit on. */
  gboolean  edited;
  gboolean  original_has_value;
  double    original;
  /* When the edit that gave the value was made, in seconds since 1970
   * (0 when not known), and by whom. */
  gint64    corrected_time;
  char     *corrected_by;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_YEAR,
  PROP_SOURCE,
  PROP_DISPLAY_VALUE,
  PROP_DISPLAY_NOTE,
  PROP_HAS_NOTE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqFigure, dq_figure, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

const char * const _dq_country_codes[] = { "KZ", "UZ", "KG", "TJ", "TM", NULL };

static void
dq_figure_dispose (GObject *object)
{
  DqFigure *self = DQ_FIGURE (object);

  g_clear_object (&self->source);

  G_OBJECT_CLASS (dq_figure_parent_class)->dispose (object);
}

static void
dq_figure_finalize (GObject *object)
{
  DqFigure *self = DQ_FIGURE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, dq_text_free);
  g_clear_pointer (&self->value_text, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->group_id, g_free);
  g_clear_pointer (&self->place_id, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->corrected_by, g_free);
  g_clear_pointer (&self->subgroup, dq_text_free);
  g_clear_pointer (&self->note, dq_text_free);
  g_clear_pointer (&self->gap, dq_text_free);
  g_clear_pointer (&self->context, g_free);

  G_OBJECT_CLASS (dq_figure_parent_class)->finalize (object);
}

static void
dq_figure_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqFigure *self = DQ_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, dq_text_get_default (self->label));
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    case PROP_DISPLAY_VALUE:
      g_value_take_string (value, dq_format_figure_value (self, dq_language_get_default ()));
      break;

    case PROP_DISPLAY_NOTE:
      g_value_set_string (value, dq_text_get_default (self->has_value ? self->note : self->gap));
      break;

    case PROP_HAS_NOTE:
      g_value_set_boolean (value, (self->has_value ? self->note : self->gap) != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_figure_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DqFigure *self = DQ_FIGURE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      dq_figure_set_value (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_figure_class_init (DqFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_figure_dispose;
  object_class->finalize = dq_figure_finalize;
  object_class->get_property = dq_figure_get_property;
  object_class->set_property = dq_figure_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * DqFigure:label:
   *
   * The label in the interface language.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, DQ_TYPE_SOURCE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DqFigure:display-value:
   *
   * The value with its unit and bound, in the interface language.
   */
  properties[PROP_DISPLAY_VALUE] =
    g_param_spec_string ("display-value", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqFigure:display-note:
   *
   * The note, or for a gap why there is no value, in the interface language.
   */
  properties[PROP_DISPLAY_NOTE] =
    g_param_spec_string ("display-note", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_NOTE] =
    g_param_spec_boolean ("has-note", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_figure_init (DqFigure *self)
{
}

/**
 * _dq_figure_check_value:
 * @self: a figure
 * @value: a value it could have, or NaN for a gap
 *
 * The one check of a figure's value, for a dataset being loaded and for an
 * edit alike: within the range of its unit (0–100 for a percentage) and
 * within its stated interval.
 *
 * Returns: (transfer full) (nullable): what is wrong, or %NULL
 */
char *
_dq_figure_check_value (DqFigure *self,
                        double    value)
{
  double min = -G_MAXDOUBLE;
  double max = G_MAXDOUBLE;

  if (isnan (value))
    return NULL;

  switch (self->unit)
    {
    case DQ_UNIT_PERCENT:
      min = 0;
      max = 100;
      break;

    case DQ_UNIT_YEAR:
      min = 1000;
      max = 2100;
      break;

    case DQ_UNIT_COUNT:
    case DQ_UNIT_PEOPLE:
    case DQ_UNIT_USD:
    case DQ_UNIT_TENGE:
    case DQ_UNIT_MINUTES:
    case DQ_UNIT_YEARS:
    case DQ_UNIT_TIMES:
      min = 0;
      break;

    case DQ_UNIT_PERCENT_POINTS:
    default:
      break;
    }

  if (!(value >= min && value <= max))
    return g_strdup_printf (_("%g is out of range for a figure in %s"), value,
                            dq_unit_to_string (self->unit));

  if (self->has_ci && !(self->ci_low <= value && value <= self->ci_high))
    return g_strdup_printf (_("the interval %g–%g does not hold the value %g within 0–100"),
                            self->ci_low, self->ci_high, value);

  return NULL;
}

static gboolean
check_value_range (DqFigure      *self,
                   DqJsonReader  *reader,
                   GError       **error)
{
  g_autofree char *problem = NULL;

  if (!self->has_value)
    return TRUE;

  problem = _dq_figure_check_value (self, self->value);
  if (problem != NULL)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, "value", "%s", problem);
      return FALSE;
    }

  return TRUE;
}

/* A figure's country is one the format knows. The samples and answers of a
 * survey may instead name a group of respondents that is not a country,
 * such as a column of a table of the researcher's own data ("Women",
 * "Almaty"); charts show that name as it is written. */
static gboolean
read_country (DqFigure      *self,
              DqJsonReader  *reader,
              JsonObject    *object,
              GError       **error)
{
  g_autofree char *path = dq_json_reader_dup_path (reader, NULL);
  int country = -1;

  if (g_str_has_prefix (path, "surveys["))
    return dq_json_reader_get_string (reader, object, "country", DQ_OPTIONAL, &self->country,
                                      error);

  if (!dq_json_reader_get_choice (reader, object, "country", DQ_OPTIONAL, _dq_country_codes,
                                  &country, error))
    return FALSE;
  if (country >= 0)
    self->country = g_strdup (_dq_country_codes[country]);

  return TRUE;
}

/* Reads the optional stated 95 % confidence interval of a percentage, which
 * must hold the value: 0 ≤ low ≤ value ≤ high ≤ 100. */
static gboolean
read_ci (DqFigure      *self,
         DqJsonReader  *reader,
         JsonObject    *object,
         GError       **error)
{
  static const char * const members[] = { "low", "high", NULL };
  JsonObject *ci;
  gboolean ok;

  if (!dq_json_reader_get_object (reader, object, "ci", DQ_OPTIONAL, &ci, error))
    return FALSE;
  if (ci == NULL)
    return TRUE;

  if (self->unit != DQ_UNIT_PERCENT || !self->has_value)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "ci",
                                _("only a percentage with a value has a confidence interval"));
      return FALSE;
    }

  dq_json_reader_push_member (reader, "ci");
  ok = dq_json_reader_check_members (reader, ci, members, error) &&
       dq_json_reader_get_double (reader, ci, "low", DQ_REQUIRED, FALSE, &self->ci_low, NULL,
                                  error) &&
       dq_json_reader_get_double (reader, ci, "high", DQ_REQUIRED, FALSE, &self->ci_high, NULL,
                                  error);
  dq_json_reader_pop (reader);
  if (!ok)
    return FALSE;

  if (!isfinite (self->ci_low) || !isfinite (self->ci_high) ||
      !(0 <= self->ci_low && self->ci_low <= self->value &&
        self->value <= self->ci_high && self->ci_high <= 100))
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, "ci",
                                _("the interval %g–%g does not hold the value %g within "
                                  "0–100"),
                                self->ci_low, self->ci_high, self->value);
      return FALSE;
    }

  self->has_ci = TRUE;

  return TRUE;
}

DqFigure *
_dq_figure_new_from_json (DqJsonReader  *reader,
                          JsonObject    *object,
                          DqFigureKind   kind,
                          GError       **error)
{
  static const char * const plain_members[] = {
    "id", "label", "value", "value_text", "unit", "bound", "year", "country", "group",
    "place", "source", "note", "gap", "ci", NULL
  };
  static const char * const survey_members[] = {
    "id", "label", "value", "value_text", "unit", "bound", "year", "country", "group",
    "place", "source", "note", "gap", "ci", "category", "subject", "subgroup", NULL
  };
  g_autoptr(DqFigure) self = g_object_new (DQ_TYPE_FIGURE, NULL);
  int unit = 0;
  int bound = DQ_BOUND_EQ;
  int subject = -1;
  gint64 year = 0;
  gboolean is_null = FALSE;

  if (!dq_json_reader_check_members (reader, object,
                                     kind == DQ_FIGURE_SURVEY ? survey_members : plain_members,
                                     error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "label", DQ_REQUIRED, &self->label, error) ||
      !dq_json_reader_get_double (reader, object, "value", DQ_REQUIRED, TRUE, &self->value,
                                  &is_null, error) ||
      !dq_json_reader_get_enum (reader, object, "unit", DQ_REQUIRED, DQ_TYPE_UNIT, &unit,
                                error) ||
      !dq_json_reader_get_enum (reader, object, "bound", DQ_OPTIONAL, DQ_TYPE_BOUND, &bound,
                                error) ||
      !dq_json_reader_get_int (reader, object, "year", DQ_OPTIONAL, 1000, 2100, &year, error) ||
      !read_country (self, reader, object, error) ||
      !dq_json_reader_get_id (reader, object, "group", DQ_OPTIONAL, &self->group_id, error) ||
      !dq_json_reader_get_id (reader, object, "place", DQ_OPTIONAL, &self->place_id, error) ||
      !dq_json_reader_get_text (reader, object, "note", DQ_OPTIONAL, &self->note, error) ||
      !dq_json_reader_get_text (reader, object, "gap", DQ_OPTIONAL, &self->gap, error))
    return NULL;

  self->has_value = !is_null;
  self->unit = unit;
  self->bound = bound;
  self->year = year;

  if (self->has_value && self->gap != NULL)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "gap",
                                _("a figure with a value has no gap; remove “gap” or set "
                                  "“value” to null"));
      return NULL;
    }
  if (!self->has_value && self->gap == NULL)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_MISSING, "gap",
                                _("a figure whose value is null needs a “gap” saying why"));
      return NULL;
    }

  if (!dq_json_reader_get_string (reader, object, "value_text",
                                  self->has_value ? DQ_REQUIRED : DQ_OPTIONAL,
                                  &self->value_text, error))
    return NULL;

  if (!check_value_range (self, reader, error) ||
      !read_ci (self, reader, object, error))
    return NULL;

  if (kind == DQ_FIGURE_SURVEY)
    {
      if (!dq_json_reader_get_id (reader, object, "category", DQ_REQUIRED, &self->category,
                                  error) ||
          !dq_json_reader_get_choice (reader, object, "subject", DQ_OPTIONAL, _dq_country_codes,
                                      &subject, error) ||
          !dq_json_reader_get_text (reader, object, "subgroup", DQ_OPTIONAL, &self->subgroup,
                                    error))
        return NULL;

      if (subject >= 0)
        self->subject = g_strdup (_dq_country_codes[subject]);
    }

  self->source = _dq_source_new_from_json (reader, object, "source", error);
  if (self->source == NULL)
    return NULL;

  if (self->group_id != NULL)
    dq_json_reader_add_reference (reader, "group", self->group_id, "group");
  if (self->place_id != NULL)
    dq_json_reader_add_reference (reader, "place", self->place_id, "place");
  dq_json_reader_add_reference (reader, "figure", self->id, "id");

  return g_steal_pointer (&self);
}

/*
 * _dq_figure_new_estimate:
 * @id: the figure's id
 * @label: (transfer full): its label
 * @percent: a share of respondents, in percent
 * @value_text: @percent as the quote writes it
 * @country: (nullable): the respondents' group
 * @category: the answer
 * @ci_low: the lower end of its 95 % interval, or NAN for none
 * @ci_high: the upper end, or NAN
 * @source: (transfer full): how it was computed
 *
 * A share the model estimates from microdata, with the interval it states.
 *
 * Returns: (transfer full): the figure
 */
DqFigure *
_dq_figure_new_estimate (const char *id,
                         DqText     *label,
                         double      percent,
                         const char *value_text,
                         const char *country,
                         const char *category,
                         double      ci_low,
                         double      ci_high,
                         DqSource   *source)
{
  DqFigure *self = g_object_new (DQ_TYPE_FIGURE, NULL);

  g_assert (isfinite (percent));

  self->id = g_strdup (id);
  self->label = label;
  self->value = percent;
  self->has_value = TRUE;
  self->value_text = g_strdup (value_text);
  self->unit = DQ_UNIT_PERCENT;
  self->bound = DQ_BOUND_EQ;
  self->country = g_strdup (country);
  self->category = g_strdup (category);
  self->source = source;
  if (isfinite (ci_low) && isfinite (ci_high))
    {
      self->has_ci = TRUE;
      self->ci_low = ci_low;
      self->ci_high = ci_high;
    }

  return self;
}

static gboolean
append_figure (DqJsonReader  *reader,
               JsonObject    *object,
               gpointer       user_data,
               GError       **error)
{
  GListStore *store = user_data;
  DqFigureKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (store), "dq-figure-kind"));
  g_autoptr(DqFigure) figure = _dq_figure_new_from_json (reader, object, kind, error);

  if (figure == NULL)
    return FALSE;

  g_list_store_append (store, figure);

  return TRUE;
}

/*
 * _dq_figures_from_json:
 *
 * Reads an optional array of figures.
 *
 * Returns: (transfer full) (nullable): a store of #DqFigure, empty when the
 *   member is absent, or %NULL with @error set
 */
GListStore *
_dq_figures_from_json (DqJsonReader  *reader,
                       JsonObject    *object,
                       const char    *member,
                       DqFigureKind   kind,
                       GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (DQ_TYPE_FIGURE);

  g_object_set_data (G_OBJECT (store), "dq-figure-kind", GINT_TO_POINTER (kind));
  if (!dq_json_reader_foreach_object (reader, object, member, DQ_OPTIONAL,
                                      append_figure, store, error))
    return NULL;

  return g_steal_pointer (&store);
}

void
_dq_figure_set_context (DqFigure   *figure,
                        const char *context)
{
  g_free (figure->context);
  figure->context = g_strdup (context);
}

const char *
dq_figure_get_id (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->id;
}

const DqText *
dq_figure_get_label (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->label;
}

/**
 * dq_figure_has_value:
 * @self: a #DqFigure
 *
 * Returns: whether the figure has a value; %FALSE for a gap, a figure its
 *   source refers to but does not state
 */
gboolean
dq_figure_has_value (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), FALSE);

  return self->has_value;
}

double
dq_figure_get_value (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), 0);

  return self->value;
}

/**
 * dq_figure_set_value:
 * @self: a #DqFigure
 * @value: the new value, or NaN to make the figure a gap
 *
 * Changes the value, as an edit in the data table does. NaN takes the value
 * away, as undoing the first edit of a gap does: the figure becomes a gap
 * again, with a value of 0 like a gap read from the dataset.
 */
void
dq_figure_set_value (DqFigure *self,
                     double    value)
{
  g_return_if_fail (DQ_IS_FIGURE (self));

  if (!self->edited)
    {
      self->edited = TRUE;
      self->original_has_value = self->has_value;
      self->original = self->value;
    }

  if (isnan (value))
    {
      if (!self->has_value)
        return;

      self->value = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
      self->has_value = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALUE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NOTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NOTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_VALUE]);
      return;
    }

  if (self->has_value && self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);

  if (!self->has_value)
    {
      self->has_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALUE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NOTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NOTE]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_VALUE]);
}

const char *
dq_figure_get_value_text (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->value_text;
}

DqUnit
dq_figure_get_unit (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), 0);

  return self->unit;
}

DqBound
dq_figure_get_bound (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), 0);

  return self->bound;
}

/**
 * dq_figure_get_year:
 * @self: a #DqFigure
 *
 * Returns: the year the figure refers to, or 0 when the source gives none
 */
int
dq_figure_get_year (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), 0);

  return self->year;
}

const char *
dq_figure_get_country (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->country;
}

const char *
dq_figure_get_group_id (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->group_id;
}

const char *
dq_figure_get_place_id (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->place_id;
}

const char *
dq_figure_get_category (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->category;
}

const char *
dq_figure_get_subject (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->subject;
}

const DqText *
dq_figure_get_subgroup (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->subgroup;
}

/**
 * dq_figure_get_source:
 * @self: a #DqFigure
 *
 * Returns: (transfer none): where the figure comes from
 */
DqSource *
dq_figure_get_source (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->source;
}

const DqText *
dq_figure_get_note (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->note;
}

const DqText *
dq_figure_get_gap (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->gap;
}

/**
 * dq_figure_get_ci:
 * @self: a #DqFigure
 * @low: (out) (optional): the lower bound of the 95 % confidence interval,
 *   in percent
 * @high: (out) (optional): the upper bound
 *
 * Gives the confidence interval the dataset states for a percentage, as a
 * crosstab of microdata does; the bounds are left alone when it states
 * none.
 *
 * Returns: whether the figure has a stated interval
 */
gboolean
dq_figure_get_ci (DqFigure *self,
                  double   *low,
                  double   *high)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), FALSE);

  if (!self->has_ci)
    return FALSE;

  if (low != NULL)
    *low = self->ci_low;
  if (high != NULL)
    *high = self->ci_high;

  return TRUE;
}

/**
 * dq_figure_get_context:
 * @self: a #DqFigure
 *
 * Returns: (nullable): the record the figure belongs to, as
 *   "kind/id", e.g. "groups/germans" or "surveys/cab-2021/attitude"
 */
const char *
dq_figure_get_context (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return self->context;
}

const char *
dq_unit_to_string (DqUnit unit)
{
  /* The dataset's names of the units are the nicks of DqUnit. */
  return dq_enum_to_nick (DQ_TYPE_UNIT, unit);
}

const char *
dq_bound_to_string (DqBound bound)
{
  return dq_enum_to_nick (DQ_TYPE_BOUND, bound);
}

/**
 * dq_figure_get_original:
 * @self: a #DqFigure
 * @value: (out) (optional): the value the dataset gives
 *
 * The value as the dataset gives it, whatever edits changed it since.
 *
 * Returns: whether the dataset gives a value (not a gap)
 */
gboolean
dq_figure_get_original (DqFigure *self,
                        double   *value)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), FALSE);

  if (value != NULL)
    *value = self->edited ? self->original : self->value;

  return self->edited ? self->original_has_value : self->has_value;
}

/**
 * dq_figure_is_corrected:
 * @self: a #DqFigure
 *
 * Returns: whether the figure's value is not the one its source states:
 *   edited, and not edited back
 */
gboolean
dq_figure_is_corrected (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), FALSE);

  if (!self->edited)
    return FALSE;
  if (self->has_value != self->original_has_value)
    return TRUE;

  return self->has_value && self->value != self->original;
}

/**
 * dq_figure_set_correction:
 * @self: a #DqFigure
 * @time: when the edit that gave the value was made, in seconds since
 *   1970 (UTC), or 0 when not known
 * @author: (nullable): who made it, as named in Preferences
 *
 * Records who corrected the figure and when, for the data table and the
 * chart's CSV; the project keeps it in step with its edits.
 */
void
dq_figure_set_correction (DqFigure   *self,
                          gint64      time,
                          const char *author)
{
  g_return_if_fail (DQ_IS_FIGURE (self));

  self->corrected_time = time;
  if (author != NULL && *author == '\0')
    author = NULL;
  if (g_strcmp0 (self->corrected_by, author) != 0)
    {
      g_free (self->corrected_by);
      self->corrected_by = g_strdup (author);
    }
}

/**
 * dq_figure_get_correction:
 * @self: a #DqFigure
 * @author: (out) (optional) (transfer none) (nullable): who made the edit
 *
 * Returns: when the edit that gave the value was made, in seconds since
 *   1970 (UTC), or 0 when not known
 */
gint64
dq_figure_get_correction (DqFigure    *self,
                          const char **author)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), 0);

  if (author != NULL)
    *author = self->corrected_by;

  return self->corrected_time;
}

/**
 * dq_figure_dup_corrected_at:
 * @self: a #DqFigure
 *
 * Returns: (transfer full) (nullable): when a corrected figure was
 *   corrected, in UTC as "2026-12-06T11:05:00Z", or %NULL when it is not
 *   corrected or the time is not known
 */
char *
dq_figure_dup_corrected_at (DqFigure *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  if (!dq_figure_is_corrected (self) || self->corrected_time == 0)
    return NULL;

  utc = g_date_time_new_from_unix_utc (self->corrected_time);

  return utc != NULL ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/**
 * dq_figure_get_corrected_by:
 * @self: a #DqFigure
 *
 * Returns: (nullable): who corrected a corrected figure, when a name was
 *   given
 */
const char *
dq_figure_get_corrected_by (DqFigure *self)
{
  g_return_val_if_fail (DQ_IS_FIGURE (self), NULL);

  return dq_figure_is_corrected (self) ? self->corrected_by : NULL;
}
