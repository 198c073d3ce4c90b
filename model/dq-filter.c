/* dq-filter.c
 *
 * Conditions on variables, ANDed, written and read as text ("agea >= 30",
 * "country in 1,2", "q3 not missing") so that the command line, the
 * project file and the window speak one language. A filter becomes a mask
 * over the rows of survey data, one byte a respondent, which the crosstab
 * and the means skip respondents by; the conditions are checked against
 * the data only then, so a filter can be written before the file is read.
 *
 * As in SPSS's SELECT IF, a respondent whose value is missing meets no
 * comparison, not even "!=": only "missing" selects them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-filter.h"

typedef struct
{
  char             *variable;
  DqFilterOperator  op;
  GStrv             values;
} Condition;

struct _DqFilter
{
  GObject    parent_instance;

  /* Owned: Condition, in the order they were added. */
  GPtrArray *conditions;
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

G_DEFINE_QUARK (dq-filter-error-quark, dq_filter_error)

G_DEFINE_FINAL_TYPE (DqFilter, dq_filter, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

/* As written in conditions, longest first so that "<=" is not read as "<". */
static const struct
{
  const char       *text;
  DqFilterOperator  op;
} operator_texts[] = {
  { "!=", DQ_FILTER_NOT_EQUAL },
  { "<>", DQ_FILTER_NOT_EQUAL },
  { "<=", DQ_FILTER_LESS_EQUAL },
  { ">=", DQ_FILTER_GREATER_EQUAL },
  { "==", DQ_FILTER_EQUAL },
  { "=", DQ_FILTER_EQUAL },
  { "<", DQ_FILTER_LESS },
  { ">", DQ_FILTER_GREATER },
};

static const char * const operator_names[DQ_FILTER_N_OPERATORS] = {
  "=", "!=", "<", "<=", ">", ">=", "in", "missing", "not missing",
};

static void
condition_free (gpointer data)
{
  Condition *condition = data;

  g_free (condition->variable);
  g_strfreev (condition->values);
  g_free (condition);
}

static void
dq_filter_finalize (GObject *object)
{
  DqFilter *self = DQ_FILTER (object);

  g_clear_pointer (&self->conditions, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_filter_parent_class)->finalize (object);
}

static void
dq_filter_class_init (DqFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_filter_finalize;

  /**
   * DqFilter::changed:
   * @self: a #DqFilter
   *
   * Emitted once after conditions were added or removed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
dq_filter_init (DqFilter *self)
{
  self->conditions = g_ptr_array_new_with_free_func (condition_free);
}

/**
 * dq_filter_new:
 *
 * Creates a filter without conditions, which every respondent passes.
 *
 * Returns: (transfer full): the filter
 */
DqFilter *
dq_filter_new (void)
{
  return g_object_new (DQ_TYPE_FILTER, NULL);
}

static Condition *
get_condition (DqFilter *self,
               guint     index)
{
  g_assert (index < self->conditions->len);

  return g_ptr_array_index (self->conditions, index);
}

/**
 * dq_filter_get_n_conditions:
 * @self: a #DqFilter
 *
 * Returns: the number of conditions
 */
guint
dq_filter_get_n_conditions (DqFilter *self)
{
  g_return_val_if_fail (DQ_IS_FILTER (self), 0);

  return self->conditions->len;
}

/**
 * dq_filter_get_variable:
 * @self: a #DqFilter
 * @index: a condition
 *
 * Returns: the name of the variable the condition is on
 */
const char *
dq_filter_get_variable (DqFilter *self,
                        guint     index)
{
  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);
  g_return_val_if_fail (index < self->conditions->len, NULL);

  return get_condition (self, index)->variable;
}

/**
 * dq_filter_get_operator:
 * @self: a #DqFilter
 * @index: a condition
 *
 * Returns: the comparison of the condition
 */
DqFilterOperator
dq_filter_get_operator (DqFilter *self,
                        guint     index)
{
  g_return_val_if_fail (DQ_IS_FILTER (self), DQ_FILTER_EQUAL);
  g_return_val_if_fail (index < self->conditions->len, DQ_FILTER_EQUAL);

  return get_condition (self, index)->op;
}

/**
 * dq_filter_get_values:
 * @self: a #DqFilter
 * @index: a condition
 *
 * Returns: (transfer none) (array zero-terminated=1): the values compared
 *   with: one, several for `in`, none for `missing` and `not missing`
 */
const char * const *
dq_filter_get_values (DqFilter *self,
                      guint     index)
{
  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);
  g_return_val_if_fail (index < self->conditions->len, NULL);

  return (const char * const *) get_condition (self, index)->values;
}

/**
 * dq_filter_operator_to_string:
 * @op: an operator
 *
 * Returns: the operator as conditions write it: "=", "in", "not missing"…
 */
const char *
dq_filter_operator_to_string (DqFilterOperator op)
{
  g_return_val_if_fail ((guint) op < DQ_FILTER_N_OPERATORS, NULL);

  return operator_names[op];
}

/* Quotes a value that would not read back as itself. */
static void
append_value (GString    *out,
              const char *value)
{
  gboolean plain = *value != '\0';

  for (const char *p = value; *p != '\0' && plain; p++)
    plain = !g_ascii_isspace (*p) && strchr (",\"'", *p) == NULL;
  if (plain)
    g_string_append (out, value);
  else if (strchr (value, '"') == NULL)
    g_string_append_printf (out, "\"%s\"", value);
  else
    g_string_append_printf (out, "'%s'", value);
}

/**
 * dq_filter_dup_text:
 * @self: a #DqFilter
 * @index: a condition
 *
 * Returns: (transfer full): the condition as dq_filter_add_text() reads
 *   it, e.g. "agea >= 30"
 */
char *
dq_filter_dup_text (DqFilter *self,
                    guint     index)
{
  Condition *condition;
  GString *out;

  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);
  g_return_val_if_fail (index < self->conditions->len, NULL);

  condition = get_condition (self, index);
  out = g_string_new (condition->variable);
  g_string_append_printf (out, " %s", operator_names[condition->op]);
  for (guint i = 0; condition->values[i] != NULL; i++)
    {
      g_string_append_c (out, i == 0 ? ' ' : ',');
      append_value (out, condition->values[i]);
    }

  return g_string_free (out, FALSE);
}

/**
 * dq_filter_dup_texts:
 * @self: a #DqFilter
 *
 * Returns: (transfer full): every condition as dq_filter_dup_text() writes
 *   it, the way a project stores them
 */
GStrv
dq_filter_dup_texts (DqFilter *self)
{
  GStrv texts;

  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);

  texts = g_new0 (char *, self->conditions->len + 1);
  for (guint i = 0; i < self->conditions->len; i++)
    texts[i] = dq_filter_dup_text (self, i);

  return texts;
}

/**
 * dq_filter_describe:
 * @self: a #DqFilter
 *
 * Describes the filter for a reader, above a table or on a chart's source
 * line: "Filter: agea >= 30 and country = 1".
 *
 * Returns: (transfer full) (nullable): the description, or %NULL when the
 *   filter has no condition
 */
char *
dq_filter_describe (DqFilter *self)
{
  g_autoptr(GString) conditions = g_string_new (NULL);

  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);

  if (self->conditions->len == 0)
    return NULL;

  for (guint i = 0; i < self->conditions->len; i++)
    {
      g_autofree char *text = dq_filter_dup_text (self, i);

      if (i > 0)
        /* TRANSLATORS: joins two conditions of a filter, e.g. "age >= 30 and sex = 2" */
        g_string_append (conditions, _(" and "));
      g_string_append (conditions, text);
    }

  /* TRANSLATORS: %s is the conditions, e.g. "agea >= 30 and country = 1" */
  return g_strdup_printf (_("Filter: %s"), conditions->str);
}

static void
emit_changed (DqFilter *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * dq_filter_add:
 * @self: a #DqFilter
 * @variable: the name of a variable
 * @op: the comparison
 * @values: (array zero-terminated=1) (nullable): the values compared with:
 *   one for a comparison, at least one for %DQ_FILTER_IN, none for
 *   %DQ_FILTER_MISSING and %DQ_FILTER_NOT_MISSING
 *
 * Adds a condition that respondents must meet besides the others.
 */
void
dq_filter_add (DqFilter           *self,
               const char         *variable,
               DqFilterOperator    op,
               const char * const *values)
{
  Condition *condition;
  guint n_values = values != NULL ? g_strv_length ((GStrv) values) : 0;

  g_return_if_fail (DQ_IS_FILTER (self));
  g_return_if_fail (variable != NULL && *variable != '\0');
  g_return_if_fail ((guint) op < DQ_FILTER_N_OPERATORS);
  g_return_if_fail (op == DQ_FILTER_MISSING || op == DQ_FILTER_NOT_MISSING ? n_values == 0
                    : op == DQ_FILTER_IN ? n_values > 0 : n_values == 1);

  condition = g_new0 (Condition, 1);
  condition->variable = g_strdup (variable);
  condition->op = op;
  condition->values = values != NULL ? g_strdupv ((GStrv) values) : g_new0 (char *, 1);
  g_ptr_array_add (self->conditions, condition);
  emit_changed (self);
}

/* Reads a value, quoted or not, up to @stop (a comma in a list) or the end. */
static char *
read_value (const char **p,
            gboolean     list)
{
  const char *start;
  char quote;

  while (g_ascii_isspace (**p))
    (*p)++;

  quote = **p;
  if (quote == '"' || quote == '\'')
    {
      const char *end = strchr (*p + 1, quote);

      if (end == NULL)
        return NULL;
      start = *p + 1;
      *p = end + 1;
      while (g_ascii_isspace (**p))
        (*p)++;
      return g_strndup (start, end - start);
    }

  start = *p;
  while (**p != '\0' && !(list && **p == ','))
    (*p)++;

  return g_strstrip (g_strndup (start, *p - start));
}

static gboolean
syntax_error (GError     **error,
              const char  *text,
              const char  *problem)
{
  g_set_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_SYNTAX,
               /* TRANSLATORS: the first %s is a condition as typed, e.g. "age >> 30"; the
                * second says what is wrong with it */
               _("the condition “%s” cannot be read: %s. Write it as VARIABLE OPERATOR "
                 "VALUE, e.g. “agea >= 30”, “country in 1,2”, “q3 not missing”"),
               text, problem);
  return FALSE;
}

static gboolean
read_operator (const char       **p,
               DqFilterOperator  *op)
{
  for (guint i = 0; i < G_N_ELEMENTS (operator_texts); i++)
    {
      if (g_str_has_prefix (*p, operator_texts[i].text))
        {
          *p += strlen (operator_texts[i].text);
          *op = operator_texts[i].op;
          return TRUE;
        }
    }

  /* The word operators stand alone: "in" before a space, "missing" last. */
  if (g_ascii_strncasecmp (*p, "in", 2) == 0 && g_ascii_isspace ((*p)[2]))
    {
      *p += 2;
      *op = DQ_FILTER_IN;
      return TRUE;
    }
  if (g_ascii_strncasecmp (*p, "not", 3) == 0 && g_ascii_isspace ((*p)[3]))
    {
      const char *q = *p + 3;

      while (g_ascii_isspace (*q))
        q++;
      if (g_ascii_strncasecmp (q, "missing", 7) == 0)
        {
          *p = q + 7;
          *op = DQ_FILTER_NOT_MISSING;
          return TRUE;
        }
    }
  if (g_ascii_strncasecmp (*p, "missing", 7) == 0)
    {
      *p += 7;
      *op = DQ_FILTER_MISSING;
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_condition (const char        *text,
                 char             **variable,
                 DqFilterOperator  *op,
                 GPtrArray         *values,
                 GError           **error)
{
  const char *p = text;
  const char *start;

  while (g_ascii_isspace (*p))
    p++;
  start = p;
  while (*p != '\0' && !g_ascii_isspace (*p) && strchr ("=!<>", *p) == NULL)
    p++;
  if (p == start)
    return syntax_error (error, text, _("no variable is named"));
  *variable = g_strndup (start, p - start);

  while (g_ascii_isspace (*p))
    p++;
  if (!read_operator (&p, op))
    return syntax_error (error, text, _("no operator follows the variable"));

  if (*op == DQ_FILTER_MISSING || *op == DQ_FILTER_NOT_MISSING)
    {
      while (g_ascii_isspace (*p))
        p++;
      if (*p != '\0')
        return syntax_error (error, text, _("nothing may follow “missing”"));
      return TRUE;
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' && strchr ("=!<>", *p) != NULL)
    return syntax_error (error, text, _("two operators follow each other"));

  for (;;)
    {
      char *value = read_value (&p, *op == DQ_FILTER_IN);

      if (value == NULL)
        return syntax_error (error, text, _("a quotation mark is not closed"));
      if (*value == '\0')
        {
          g_free (value);
          return syntax_error (error, text, _("a value is missing"));
        }
      g_ptr_array_add (values, value);
      if (*p == ',' && *op == DQ_FILTER_IN)
        p++;
      else if (*p != '\0')
        return syntax_error (error, text, _("there is text after the value"));
      else
        return TRUE;
    }
}

/**
 * dq_filter_add_text:
 * @self: a #DqFilter
 * @text: a condition, e.g. "agea >= 30", "country in 1,2,3",
 *   "region = \"UA02\"", "q3 missing"
 * @error: the place for an error
 *
 * Reads a condition and adds it. The operators are `=`, `!=`, `<`, `<=`,
 * `>`, `>=`, `in` with values separated by commas, `missing` and `not
 * missing`. A value with spaces or commas is quoted.
 *
 * Returns: %FALSE with @error set (%DQ_FILTER_ERROR_SYNTAX) when @text is
 *   not a condition
 */
gboolean
dq_filter_add_text (DqFilter    *self,
                    const char  *text,
                    GError     **error)
{
  g_autofree char *variable = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  DqFilterOperator op;

  g_return_val_if_fail (DQ_IS_FILTER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_condition (text, &variable, &op, values, error))
    return FALSE;

  g_ptr_array_add (values, NULL);
  dq_filter_add (self, variable, op, (const char * const *) values->pdata);

  return TRUE;
}

/**
 * dq_filter_set_texts:
 * @self: a #DqFilter
 * @texts: (array zero-terminated=1) (nullable): conditions, as
 *   dq_filter_add_text() reads them
 * @error: the place for an error
 *
 * Replaces every condition, as one change; on an error the filter is left
 * as it was.
 *
 * Returns: %FALSE with @error set when a text is not a condition
 */
gboolean
dq_filter_set_texts (DqFilter           *self,
                     const char * const *texts,
                     GError            **error)
{
  g_autoptr(DqFilter) parsed = dq_filter_new ();

  g_return_val_if_fail (DQ_IS_FILTER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    if (!dq_filter_add_text (parsed, texts[i], error))
      return FALSE;

  if (dq_filter_equal (self, parsed))
    return TRUE;

  g_ptr_array_set_size (self->conditions, 0);
  g_ptr_array_extend_and_steal (self->conditions, g_steal_pointer (&parsed->conditions));
  parsed->conditions = g_ptr_array_new_with_free_func (condition_free);
  emit_changed (self);

  return TRUE;
}

/**
 * dq_filter_remove:
 * @self: a #DqFilter
 * @index: a condition
 *
 * Removes a condition.
 */
void
dq_filter_remove (DqFilter *self,
                  guint     index)
{
  g_return_if_fail (DQ_IS_FILTER (self));
  g_return_if_fail (index < self->conditions->len);

  g_ptr_array_remove_index (self->conditions, index);
  emit_changed (self);
}

/**
 * dq_filter_clear:
 * @self: a #DqFilter
 *
 * Removes every condition.
 */
void
dq_filter_clear (DqFilter *self)
{
  g_return_if_fail (DQ_IS_FILTER (self));

  if (self->conditions->len == 0)
    return;

  g_ptr_array_set_size (self->conditions, 0);
  emit_changed (self);
}

/**
 * dq_filter_equal:
 * @self: a #DqFilter
 * @other: another #DqFilter
 *
 * Returns: whether both have the same conditions in the same order
 */
gboolean
dq_filter_equal (DqFilter *self,
                 DqFilter *other)
{
  g_return_val_if_fail (DQ_IS_FILTER (self), FALSE);
  g_return_val_if_fail (DQ_IS_FILTER (other), FALSE);

  if (self->conditions->len != other->conditions->len)
    return FALSE;

  for (guint i = 0; i < self->conditions->len; i++)
    {
      Condition *a = get_condition (self, i);
      Condition *b = get_condition (other, i);

      if (a->op != b->op || !g_str_equal (a->variable, b->variable) ||
          !g_strv_equal ((const char * const *) a->values, (const char * const *) b->values))
        return FALSE;
    }

  return TRUE;
}

/**
 * dq_filter_add_variables:
 * @self: a #DqFilter
 * @names: (element-type utf8): names, borrowed from @self
 *
 * Adds the names of the variables the conditions are on, once each, so
 * that a reader keeps them.
 */
void
dq_filter_add_variables (DqFilter  *self,
                         GPtrArray *names)
{
  g_return_if_fail (DQ_IS_FILTER (self));
  g_return_if_fail (names != NULL);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      const char *variable = get_condition (self, i)->variable;

      if (!g_ptr_array_find_with_equal_func (names, variable, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer) variable);
    }
}

/**
 * dq_filter_read_number:
 * @data: survey data
 * @variable: one of its numeric variables
 * @text: a value as a researcher writes it
 * @number: (out): the number it stands for
 *
 * Reads a value of a numeric variable: a number, or, as SPSS users write
 * "sex = Female", one of the variable's value labels. Recodes and
 * multiple-response sets read their values so too.
 *
 * Returns: whether @text is a finite number or a value label of @variable
 */
gboolean
dq_filter_read_number (DqSurveyData *data,
                       guint         variable,
                       const char   *text,
                       double       *number)
{
  const DqValueLabel *labels;
  guint n_labels;
  char *end;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), FALSE);
  g_return_val_if_fail (text != NULL && number != NULL, FALSE);

  *number = g_ascii_strtod (text, &end);
  if (end != text && *end == '\0' && isfinite (*number))
    return TRUE;

  labels = dq_survey_data_get_value_labels (data, variable, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      if (g_utf8_collate (labels[i].label, text) == 0)
        {
          *number = labels[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
resolve_number (DqSurveyData  *data,
                guint          variable,
                DqFilter      *self,
                guint          index,
                const char    *text,
                double        *number,
                GError       **error)
{
  if (dq_filter_read_number (data, variable, text, number))
    return TRUE;

  {
    g_autofree char *condition = dq_filter_dup_text (self, index);

    g_set_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_VALUE,
                 /* TRANSLATORS: the first %s is a condition, e.g. "age >= thirty"; the second a
                  * value of it; the third a variable name */
                 _("in the condition “%s”, “%s” is neither a number nor a value label of %s"),
                 condition, text, dq_survey_data_get_name (data, variable));
  }

  return FALSE;
}

static gboolean
compare (DqFilterOperator  op,
         double            value,
         const double     *targets,
         guint             n_targets)
{
  switch (op)
    {
    case DQ_FILTER_EQUAL:
      return value == targets[0];
    case DQ_FILTER_NOT_EQUAL:
      return value != targets[0];
    case DQ_FILTER_LESS:
      return value < targets[0];
    case DQ_FILTER_LESS_EQUAL:
      return value <= targets[0];
    case DQ_FILTER_GREATER:
      return value > targets[0];
    case DQ_FILTER_GREATER_EQUAL:
      return value >= targets[0];
    case DQ_FILTER_IN:
      for (guint i = 0; i < n_targets; i++)
        if (value == targets[i])
          return TRUE;
      return FALSE;
    case DQ_FILTER_MISSING:
    case DQ_FILTER_NOT_MISSING:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_missing_code (const double *codes,
                 guint         n_codes,
                 double        value)
{
  for (guint i = 0; i < n_codes; i++)
    if (value == codes[i])
      return TRUE;

  return FALSE;
}

static gboolean
apply_numeric (DqFilter      *self,
               guint          index,
               DqSurveyData  *data,
               guint          variable,
               const double  *missing_codes,
               guint          n_missing_codes,
               guint8        *mask,
               GError       **error)
{
  Condition *condition = get_condition (self, index);
  const double *numbers = dq_survey_data_get_numbers (data, variable);
  gsize n_rows = dq_survey_data_get_n_rows (data);
  guint n_targets = g_strv_length (condition->values);
  g_autofree double *targets = g_new0 (double, MAX (n_targets, 1));

  for (guint i = 0; i < n_targets; i++)
    if (!resolve_number (data, variable, self, index, condition->values[i], &targets[i], error))
      return FALSE;

  for (gsize r = 0; r < n_rows; r++)
    {
      gboolean missing;

      if (!mask[r])
        continue;
      missing = dq_survey_data_is_missing_number (data, variable, numbers[r]) ||
                is_missing_code (missing_codes, n_missing_codes, numbers[r]);
      if (condition->op == DQ_FILTER_MISSING)
        mask[r] = missing;
      else if (condition->op == DQ_FILTER_NOT_MISSING)
        mask[r] = !missing;
      else
        mask[r] = !missing && compare (condition->op, numbers[r], targets, n_targets);
    }

  return TRUE;
}

/* Whether a category is missing: empty, declared missing by the file, or
 * text that reads as one of the analysis's missing codes, as the crosstab
 * counts it. */
static gboolean
is_missing_category (DqSurveyData *data,
                     guint         variable,
                     guint32       code,
                     const double *missing_codes,
                     guint         n_missing_codes)
{
  const char *text;
  double value;
  char *end;

  if (dq_survey_data_is_missing_category (data, variable, code))
    return TRUE;

  text = dq_survey_data_get_categories (data, variable, NULL)[code];
  value = g_ascii_strtod (text, &end);

  return end != text && *end == '\0' && is_missing_code (missing_codes, n_missing_codes, value);
}

static gboolean
apply_string (DqFilter      *self,
              guint          index,
              DqSurveyData  *data,
              guint          variable,
              const double  *missing_codes,
              guint          n_missing_codes,
              guint8        *mask,
              GError       **error)
{
  Condition *condition = get_condition (self, index);
  const guint32 *codes = dq_survey_data_get_codes (data, variable);
  gsize n_rows = dq_survey_data_get_n_rows (data);
  guint n_categories;
  const char * const *categories = dq_survey_data_get_categories (data, variable, &n_categories);
  g_autofree guint8 *passes = g_new0 (guint8, n_categories + 1);

  if (condition->op >= DQ_FILTER_LESS && condition->op <= DQ_FILTER_GREATER_EQUAL)
    {
      g_autofree char *text = dq_filter_dup_text (self, index);

      g_set_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_VALUE,
                   /* TRANSLATORS: %s is a condition, e.g. "region < UA02"; the second a
                    * variable name */
                   _("the condition “%s” orders text: %s holds text, which can only be equal "
                     "or not, in a list, or missing"),
                   text, condition->variable);
      return FALSE;
    }

  /* Each category passes or not, once; the rows then look it up. */
  for (guint c = 0; c < n_categories; c++)
    {
      gboolean missing = is_missing_category (data, variable, c, missing_codes, n_missing_codes);
      gboolean listed = g_strv_contains ((const char * const *) condition->values,
                                         categories[c]);

      if (condition->op == DQ_FILTER_MISSING)
        passes[c] = missing;
      else if (condition->op == DQ_FILTER_NOT_MISSING)
        passes[c] = !missing;
      else if (condition->op == DQ_FILTER_NOT_EQUAL)
        passes[c] = !missing && !listed;
      else
        passes[c] = !missing && listed;
    }
  passes[n_categories] = condition->op == DQ_FILTER_MISSING;

  for (gsize r = 0; r < n_rows; r++)
    if (mask[r])
      mask[r] = passes[codes[r] == DQ_SURVEY_DATA_NO_CODE ? n_categories : codes[r]];

  return TRUE;
}

/**
 * dq_filter_make_mask:
 * @self: a #DqFilter
 * @data: survey data
 * @missing_codes: (array length=n_missing_codes) (nullable): codes the
 *   analysis counts as missing besides those @data declares
 * @n_missing_codes: their number
 * @n_included: (out) (optional): the number of respondents the filter keeps
 * @error: the place for an error
 *
 * Finds the respondents that meet every condition.
 *
 * Returns: (transfer full) (nullable): one byte per row of @data, 1 for a
 *   respondent kept and 0 for one left out; %NULL without an error when the
 *   filter has no condition (every respondent is kept). %NULL with @error
 *   set when a condition names a variable @data lacks
 *   (%DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE), compares with a value that
 *   does not fit (%DQ_FILTER_ERROR_VALUE) or when no respondent is left
 *   (%DQ_FILTER_ERROR_NO_RESPONDENT).
 */
guint8 *
dq_filter_make_mask (DqFilter      *self,
                     DqSurveyData  *data,
                     const double  *missing_codes,
                     guint          n_missing_codes,
                     gsize         *n_included,
                     GError       **error)
{
  g_autofree guint8 *mask = NULL;
  gsize n_rows, kept = 0;

  g_return_val_if_fail (DQ_IS_FILTER (self), NULL);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), NULL);
  g_return_val_if_fail (missing_codes != NULL || n_missing_codes == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_rows = dq_survey_data_get_n_rows (data);
  if (n_included != NULL)
    *n_included = n_rows;
  if (self->conditions->len == 0)
    return NULL;

  mask = g_malloc (MAX (n_rows, 1));
  memset (mask, 1, n_rows);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      guint variable = dq_survey_data_require_variable (data, get_condition (self, i)->variable,
                                                        error);
      gboolean ok;

      if (variable == G_MAXUINT)
        return NULL;
      if (dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_NUMERIC)
        ok = apply_numeric (self, i, data, variable, missing_codes, n_missing_codes, mask, error);
      else
        ok = apply_string (self, i, data, variable, missing_codes, n_missing_codes, mask, error);
      if (!ok)
        return NULL;
    }

  for (gsize r = 0; r < n_rows; r++)
    kept += mask[r];
  if (n_included != NULL)
    *n_included = kept;

  if (kept == 0)
    {
      g_autofree char *description = dq_filter_describe (self);

      g_set_error (error, DQ_FILTER_ERROR, DQ_FILTER_ERROR_NO_RESPONDENT,
                   /* TRANSLATORS: %s is a filter, e.g. "Filter: age >= 130"; the second %s a
                    * file name */
                   _("no respondent of %s meets the conditions (%s)"),
                   dq_survey_data_get_source_name (data), description);
      return NULL;
    }

  return g_steal_pointer (&mask);
}
