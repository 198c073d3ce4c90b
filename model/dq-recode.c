/* dq-recode.c
 *
 * A recode groups the values of a source variable into new categories,
 * numbered 1, 2, … in the order written, each with a label. It is written
 * and read as one line of text, in words close to SPSS's RECODE:
 *
 *   ageband = agea: 18 thru 29 "18–29"; 30 thru 44 "30–44"; 45 thru hi "45+"
 *   agree3 = q5: 1,2 "Agree"; 3 "Neither"; 4,5 "Disagree"
 *   area = region: Almaty, Astana "Cities"; Shymkent "South"
 *
 * A value that no group lists, and a missing value of the source, is
 * missing in the new variable. The values are checked against the data
 * only when the variable is made, so a project keeps recodes of a file it
 * has not read yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-filter.h"
#include "dq-recode.h"

typedef struct
{
  /* A single value has no high end. */
  char *low;
  char *high;
} Match;

typedef struct
{
  char      *label;
  /* Match */
  GArray    *matches;
} Group;

struct _DqRecode
{
  GObject    parent_instance;

  char      *name;
  char      *source;
  /* Group, in the order of their new values 1, 2, … */
  GPtrArray *groups;
};

G_DEFINE_QUARK (dq-recode-error-quark, dq_recode_error)

G_DEFINE_FINAL_TYPE (DqRecode, dq_recode, G_TYPE_OBJECT)

static void
clear_match (gpointer data)
{
  Match *match = data;

  g_clear_pointer (&match->low, g_free);
  g_clear_pointer (&match->high, g_free);
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_array_unref (group->matches);
  g_free (group);
}

static void
dq_recode_finalize (GObject *object)
{
  DqRecode *self = DQ_RECODE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_recode_parent_class)->finalize (object);
}

static void
dq_recode_class_init (DqRecodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dq_recode_finalize;
}

static void
dq_recode_init (DqRecode *self)
{
  self->groups = g_ptr_array_new_with_free_func (group_free);
}

static gboolean
syntax_error (GError     **error,
              const char  *text,
              const char  *problem)
{
  g_set_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_SYNTAX,
               /* TRANSLATORS: the first %s is a recode as typed; the second says what is
                * wrong with it */
               _("the recode “%s” cannot be read: %s. Write it as NAME = SOURCE: VALUES "
                 "\"LABEL\"; …, e.g. “ageband = agea: 18 thru 29 \"18–29\"; 30 thru hi "
                 "\"30+\"”"),
               text, problem);
  return FALSE;
}

static gboolean
is_quote (char c)
{
  return c == '"' || c == '\'';
}

/* Splits @text at @separator outside quotes; NULL when a quote is open. */
static GPtrArray *
split_outside_quotes (const char *text,
                      char        separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  char quote = 0;

  for (const char *p = text;; p++)
    {
      if (*p == '\0' || (quote == 0 && *p == separator))
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          if (*p == '\0')
            break;
          start = p + 1;
        }
      else if (quote != 0 && *p == quote)
        quote = 0;
      else if (quote == 0 && is_quote (*p))
        quote = *p;
    }

  if (quote != 0)
    return NULL;

  return g_steal_pointer (&parts);
}

static char *
unquote (const char *text)
{
  gsize length = strlen (text);

  if (length >= 2 && is_quote (text[0]) && text[length - 1] == text[0])
    return g_strndup (text + 1, length - 2);

  return g_strdup (text);
}

/* Splits "18 thru 29" into its ends; a quoted value is never a range. */
static void
read_match (const char *text,
            Match      *match)
{
  const char *thru = NULL;

  if (!is_quote (text[0]))
    {
      for (const char *p = text; *p != '\0' && thru == NULL; p++)
        if (g_ascii_isspace (*p) && g_ascii_strncasecmp (p + 1, "thru", 4) == 0 &&
            (g_ascii_isspace (p[5]) || p[5] == '\0'))
          thru = p;
    }

  if (thru == NULL)
    {
      match->low = unquote (text);
      match->high = NULL;
      return;
    }

  match->low = g_strstrip (g_strndup (text, thru - text));
  match->high = g_strstrip (g_strdup (thru[5] == '\0' ? thru + 5 : thru + 6));
}

/* The label is a quoted text at the end of a group, after its values and
 * a space; a quoted text alone, or after a comma, is a value. */
static char *
take_label (char *item)
{
  gsize length = strlen (item);
  char *open = NULL;
  char *before;
  char *label;
  char quote;

  if (length < 2 || !is_quote (item[length - 1]))
    return NULL;

  quote = item[length - 1];
  for (char *p = item + length - 2; p >= item && open == NULL; p--)
    if (*p == quote)
      open = p;
  if (open == NULL || open == item || !g_ascii_isspace (open[-1]))
    return NULL;

  before = open - 1;
  while (before > item && g_ascii_isspace (*before))
    before--;
  if (*before == ',')
    return NULL;

  label = g_strndup (open + 1, item + length - 1 - (open + 1));
  *open = '\0';
  g_strstrip (item);

  return label;
}

static gboolean
parse_group (DqRecode    *self,
             const char  *text,
             char        *item,
             GError     **error)
{
  g_autoptr(GPtrArray) values = NULL;
  Group *group;
  char *label = take_label (item);

  values = split_outside_quotes (item, ',');
  if (values == NULL || *item == '\0')
    {
      g_free (label);
      return syntax_error (error, text, _("a group lists no value"));
    }

  group = g_new0 (Group, 1);
  group->label = label != NULL ? label : g_strdup (item);
  group->matches = g_array_new (FALSE, TRUE, sizeof (Match));
  g_array_set_clear_func (group->matches, clear_match);
  g_ptr_array_add (self->groups, group);

  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);
      Match match;

      if (*value == '\0')
        return syntax_error (error, text, _("a value is missing"));
      read_match (value, &match);
      g_array_append_val (group->matches, match);
      if (*match.low == '\0' || (match.high != NULL && *match.high == '\0'))
        return syntax_error (error, text, _("a range lacks an end"));
    }

  return TRUE;
}

/**
 * dq_recode_new_from_text:
 * @text: a recode, e.g. "ageband = agea: 18 thru 29 \"18–29\"; 30 thru hi
 *   \"30+\""
 * @error: the place for an error
 *
 * Reads a recode: the new variable's name, `=`, the source variable, `:`,
 * then groups separated by `;`. A group lists values separated by commas
 * (numbers, `LOW thru HIGH` with `lo` and `hi` for open ends, value labels,
 * or text of a text variable) and ends with its label in quotes; without a
 * label, the values are the label.
 *
 * Returns: (transfer full) (nullable): the recode, or %NULL with @error set
 *   (%DQ_RECODE_ERROR_SYNTAX)
 */
DqRecode *
dq_recode_new_from_text (const char  *text,
                         GError     **error)
{
  g_autoptr(DqRecode) self = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *equals, *colon;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  equals = strchr (text, '=');
  colon = equals != NULL ? strchr (equals, ':') : NULL;
  if (equals == NULL || colon == NULL)
    return syntax_error (error, text, _("“=” or “:” is missing")), NULL;

  self = g_object_new (DQ_TYPE_RECODE, NULL);
  self->name = g_strstrip (g_strndup (text, equals - text));
  self->source = g_strstrip (g_strndup (equals + 1, colon - equals - 1));
  if (*self->name == '\0' || strpbrk (self->name, " \t\"',;:") != NULL)
    return syntax_error (error, text, _("the new name is empty or has spaces")), NULL;
  if (*self->source == '\0' || strpbrk (self->source, " \t\"',;") != NULL)
    return syntax_error (error, text, _("the source variable is empty or has spaces")), NULL;

  items = split_outside_quotes (colon + 1, ';');
  if (items == NULL)
    return syntax_error (error, text, _("a quotation mark is not closed")), NULL;
  for (guint i = 0; i < items->len; i++)
    {
      char *item = g_ptr_array_index (items, i);

      /* A trailing ";" leaves an empty group, which is no mistake. */
      if (*item == '\0' && i == items->len - 1 && i > 0)
        break;
      if (!parse_group (self, text, item, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dq_recode_get_name:
 * @self: a #DqRecode
 *
 * Returns: the name of the new variable
 */
const char *
dq_recode_get_name (DqRecode *self)
{
  g_return_val_if_fail (DQ_IS_RECODE (self), NULL);

  return self->name;
}

/**
 * dq_recode_get_source:
 * @self: a #DqRecode
 *
 * Returns: the name of the variable whose values are grouped
 */
const char *
dq_recode_get_source (DqRecode *self)
{
  g_return_val_if_fail (DQ_IS_RECODE (self), NULL);

  return self->source;
}

/**
 * dq_recode_get_n_groups:
 * @self: a #DqRecode
 *
 * Returns: the number of new categories
 */
guint
dq_recode_get_n_groups (DqRecode *self)
{
  g_return_val_if_fail (DQ_IS_RECODE (self), 0);

  return self->groups->len;
}

/**
 * dq_recode_get_label:
 * @self: a #DqRecode
 * @group: a new category, from 0; its value is @group + 1
 *
 * Returns: its label
 */
const char *
dq_recode_get_label (DqRecode *self,
                     guint     group)
{
  g_return_val_if_fail (DQ_IS_RECODE (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  return ((Group *) g_ptr_array_index (self->groups, group))->label;
}

static void
append_quoted (GString    *out,
               const char *text)
{
  char quote = strchr (text, '"') != NULL ? '\'' : '"';

  g_string_append_printf (out, "%c%s%c", quote, text, quote);
}

static void
append_value (GString    *out,
              const char *value)
{
  gboolean plain = TRUE;

  for (const char *p = value; *p != '\0' && plain; p++)
    plain = strchr (",;\"'", *p) == NULL;
  if (plain && strstr (value, " thru ") == NULL)
    g_string_append (out, value);
  else
    append_quoted (out, value);
}

/**
 * dq_recode_dup_text:
 * @self: a #DqRecode
 *
 * Returns: (transfer full): the recode as dq_recode_new_from_text() reads it
 */
char *
dq_recode_dup_text (DqRecode *self)
{
  GString *out;

  g_return_val_if_fail (DQ_IS_RECODE (self), NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s = %s:", self->name, self->source);
  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);

      g_string_append (out, g == 0 ? " " : "; ");
      for (guint m = 0; m < group->matches->len; m++)
        {
          Match *match = &g_array_index (group->matches, Match, m);

          if (m > 0)
            g_string_append (out, ", ");
          if (match->high != NULL)
            g_string_append_printf (out, "%s thru %s", match->low, match->high);
          else
            append_value (out, match->low);
        }
      g_string_append_c (out, ' ');
      append_quoted (out, group->label);
    }

  return g_string_free (out, FALSE);
}

/* A bound of a numeric source: a number, lo or hi, or a value label. */
static gboolean
resolve_bound (DqRecode      *self,
               DqSurveyData  *data,
               guint          variable,
               const char    *text,
               double        *number,
               GError       **error)
{
  if (g_ascii_strcasecmp (text, "lo") == 0 || g_ascii_strcasecmp (text, "lowest") == 0)
    {
      *number = -INFINITY;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "hi") == 0 || g_ascii_strcasecmp (text, "highest") == 0)
    {
      *number = INFINITY;
      return TRUE;
    }

  if (dq_filter_read_number (data, variable, text, number))
    return TRUE;

  g_set_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_VALUE,
               /* TRANSLATORS: the first %s is the new variable's name; the second a value;
                * the third the source variable's name */
               _("in the recode of %s, “%s” is neither a number nor a value label of %s"),
               self->name, text, self->source);

  return FALSE;
}

/* The new value (group + 1) of each valid number, NaN for none. */
static double *
recode_numbers (DqRecode      *self,
                DqSurveyData  *data,
                guint          variable,
                GError       **error)
{
  const double *numbers = dq_survey_data_get_numbers (data, variable);
  gsize n_rows = dq_survey_data_get_n_rows (data);
  g_autoptr(GArray) lows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) highs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *values = NULL;

  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);
      double value = g + 1;

      for (guint m = 0; m < group->matches->len; m++)
        {
          Match *match = &g_array_index (group->matches, Match, m);
          double low, high;

          if (!resolve_bound (self, data, variable, match->low, &low, error))
            return NULL;
          high = low;
          if (match->high != NULL &&
              !resolve_bound (self, data, variable, match->high, &high, error))
            return NULL;
          g_array_append_val (lows, low);
          g_array_append_val (highs, high);
          g_array_append_val (groups, value);
        }
    }

  values = g_new (double, MAX (n_rows, 1));
  for (gsize r = 0; r < n_rows; r++)
    {
      double x = numbers[r];

      values[r] = NAN;
      if (dq_survey_data_is_missing_number (data, variable, x))
        continue;
      /* The first group that lists a value takes it, as in SPSS. */
      for (guint i = 0; i < lows->len; i++)
        {
          if (x >= g_array_index (lows, double, i) && x <= g_array_index (highs, double, i))
            {
              values[r] = g_array_index (groups, double, i);
              break;
            }
        }
    }

  return g_steal_pointer (&values);
}

static double *
recode_categories (DqRecode      *self,
                   DqSurveyData  *data,
                   guint          variable,
                   GError       **error)
{
  const guint32 *codes = dq_survey_data_get_codes (data, variable);
  gsize n_rows = dq_survey_data_get_n_rows (data);
  guint n_categories;
  const char * const *categories = dq_survey_data_get_categories (data, variable, &n_categories);
  g_autofree double *by_code = g_new (double, n_categories + 1);
  g_autofree double *values = NULL;

  for (guint c = 0; c <= n_categories; c++)
    by_code[c] = NAN;

  for (guint g = self->groups->len; g-- > 0;)
    {
      Group *group = g_ptr_array_index (self->groups, g);

      for (guint m = 0; m < group->matches->len; m++)
        {
          Match *match = &g_array_index (group->matches, Match, m);

          if (match->high != NULL)
            {
              g_set_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_VALUE,
                           /* TRANSLATORS: the first %s is the new variable's name; the second
                            * the source variable's name */
                           _("the recode of %s gives a range of %s, which holds text: list "
                             "its values instead"),
                           self->name, self->source);
              return NULL;
            }
          /* Groups are gone through backwards so that the first one wins. */
          for (guint c = 0; c < n_categories; c++)
            if (g_str_equal (categories[c], match->low) &&
                !dq_survey_data_is_missing_category (data, variable, c))
              by_code[c] = g + 1;
        }
    }

  values = g_new (double, MAX (n_rows, 1));
  for (gsize r = 0; r < n_rows; r++)
    values[r] = by_code[codes[r] == DQ_SURVEY_DATA_NO_CODE ? n_categories : codes[r]];

  return g_steal_pointer (&values);
}

/**
 * dq_recode_add_to:
 * @self: a #DqRecode
 * @source: the data that holds the source variable
 * @target: the data to add the new variable to, with the rows of @source;
 *   may be @source
 * @error: the place for an error
 *
 * Makes the new variable: a numeric variable whose values 1, 2, … are the
 * groups, labelled, and whose label is that of the source variable.
 *
 * Returns: the index of the new variable in @target, or %G_MAXUINT with
 *   @error set: %DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE when @source lacks
 *   the source variable, %DQ_RECODE_ERROR_NAME when the new name is taken,
 *   %DQ_RECODE_ERROR_VALUE when a value does not fit the source
 */
guint
dq_recode_add_to (DqRecode      *self,
                  DqSurveyData  *source,
                  DqSurveyData  *target,
                  GError       **error)
{
  g_autofree double *values = NULL;
  const char *label;
  guint variable, added;

  g_return_val_if_fail (DQ_IS_RECODE (self), G_MAXUINT);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (source), G_MAXUINT);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (target), G_MAXUINT);
  g_return_val_if_fail (error == NULL || *error == NULL, G_MAXUINT);

  variable = dq_survey_data_require_variable (source, self->source, error);
  if (variable == G_MAXUINT)
    return G_MAXUINT;
  if (dq_survey_data_lookup_variable (source, self->name, NULL) ||
      dq_survey_data_lookup_variable (target, self->name, NULL))
    {
      g_set_error (error, DQ_RECODE_ERROR, DQ_RECODE_ERROR_NAME,
                   /* TRANSLATORS: the first %s is a variable name, the second a file name */
                   _("%s is already a variable of %s: give the recode another name"),
                   self->name, dq_survey_data_get_source_name (source));
      return G_MAXUINT;
    }

  if (dq_survey_data_get_kind (source, variable) == DQ_VARIABLE_NUMERIC)
    values = recode_numbers (self, source, variable, error);
  else
    values = recode_categories (self, source, variable, error);
  if (values == NULL)
    return G_MAXUINT;

  added = dq_survey_data_add_numeric (target, self->name, g_steal_pointer (&values),
                                      dq_survey_data_get_n_rows (source));
  label = dq_survey_data_get_label (source, variable);
  dq_survey_data_set_label (target, added, label != NULL ? label : self->source);
  for (guint g = 0; g < self->groups->len; g++)
    dq_survey_data_add_value_label (target, added, g + 1, dq_recode_get_label (self, g));

  return added;
}

/* The labels of a text variable's values, and a numeric variable's dates. */
static void
copy_text_labels (DqSurveyData *source,
                  guint         variable,
                  DqSurveyData *target,
                  guint         copy)
{
  guint n_categories;
  const char * const *categories;

  if (dq_survey_data_get_kind (source, variable) == DQ_VARIABLE_NUMERIC)
    {
      dq_survey_data_set_date_kind (target, copy, dq_survey_data_get_date_kind (source, variable));
      return;
    }

  categories = dq_survey_data_get_categories (source, variable, &n_categories);
  for (guint c = 0; c < n_categories; c++)
    {
      const char *label = dq_survey_data_lookup_text_label (source, variable, categories[c]);

      if (label != NULL)
        dq_survey_data_add_text_label (target, copy, categories[c], label);
    }
}

/**
 * dq_recode_copy_variable:
 * @source: survey data
 * @variable: one of its variables
 * @target: data with the rows of @source
 *
 * Copies a variable with its label, value labels and missing values, so
 * that derived data holds the variables of an analysis beside recoded ones.
 *
 * Returns: the index of the copy in @target
 */
guint
dq_recode_copy_variable (DqSurveyData *source,
                         guint         variable,
                         DqSurveyData *target)
{
  const char *name;
  const DqValueLabel *labels;
  gsize n_rows;
  guint n_labels, copy;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (source), G_MAXUINT);
  g_return_val_if_fail (variable < dq_survey_data_get_n_variables (source), G_MAXUINT);
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (target), G_MAXUINT);

  name = dq_survey_data_get_name (source, variable);
  n_rows = dq_survey_data_get_n_rows (source);
  if (dq_survey_data_get_kind (source, variable) == DQ_VARIABLE_NUMERIC)
    {
      copy = dq_survey_data_add_numeric (target, name,
                                         g_memdup2 (dq_survey_data_get_numbers (source, variable),
                                                    MAX (n_rows, 1) * sizeof (double)),
                                         n_rows);
      for (guint i = 0; i < dq_survey_data_get_n_missing (source, variable); i++)
        {
          double low, high;

          dq_survey_data_get_missing_range (source, variable, i, &low, &high);
          dq_survey_data_add_missing_range (target, copy, low, high);
        }
    }
  else
    {
      guint n_categories;
      const char * const *categories = dq_survey_data_get_categories (source, variable,
                                                                      &n_categories);
      const guint32 *codes = dq_survey_data_get_codes (source, variable);

      copy = dq_survey_data_add_string (target, name,
                                        g_memdup2 (codes, MAX (n_rows, 1) * sizeof (guint32)),
                                        n_rows, g_strdupv ((GStrv) categories));
      for (guint i = 0; i < dq_survey_data_get_n_missing (source, variable); i++)
        dq_survey_data_add_missing_string (target, copy,
                                           dq_survey_data_get_missing_string (source, variable,
                                                                              i));
    }

  dq_survey_data_set_label (target, copy, dq_survey_data_get_label (source, variable));
  labels = dq_survey_data_get_value_labels (source, variable, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    dq_survey_data_add_value_label (target, copy, labels[i].value, labels[i].label);
  copy_text_labels (source, variable, target, copy);

  return copy;
}
