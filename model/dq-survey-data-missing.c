/* dq-survey-data-missing.c
 *
 * Missing values of DqSurveyData: the user-missing codes and ranges a file
 * declares, the one test of whether a value is missing, and the counts of
 * valid and missing values that the import dialog shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-survey-data-private.h"

/* Whether @value, not NaN, falls in one of @var's user-missing ranges. */
static inline gboolean
is_user_missing_number (Variable *var,
                        double    value)
{
  for (guint i = 0; i < var->missing_ranges->len; i++)
    {
      MissingRange *range = &g_array_index (var->missing_ranges, MissingRange, i);

      if (value >= range->low && value <= range->high)
        return TRUE;
    }

  return FALSE;
}

/* Whether category @code of a string variable is user-missing. */
static gboolean
is_user_missing_category (Variable *var,
                          guint32   code)
{
  for (guint i = 0; i < var->missing_strings->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (var->missing_strings, i), var->categories[code]))
        return TRUE;
    }

  return FALSE;
}

/**
 * dq_survey_data_add_missing_range:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 * @low: the lowest user-missing value
 * @high: the highest, equal to @low for a single value
 *
 * Declares values as user-missing, as SPSS does for codes such as 9 "don't
 * know" or 99 "refused": they stay in the data but are left out of
 * percentages.
 */
void
dq_survey_data_add_missing_range (DqSurveyData *self,
                                  guint         variable,
                                  double        low,
                                  double        high)
{
  MissingRange range = { low, high };

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_NUMERIC);
  g_return_if_fail (low <= high);

  g_array_append_val (get_variable (self, variable)->missing_ranges, range);
}

/**
 * dq_survey_data_add_missing_string:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 * @value: a user-missing value
 */
void
dq_survey_data_add_missing_string (DqSurveyData *self,
                                   guint         variable,
                                   const char   *value)
{
  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_STRING);
  g_return_if_fail (value != NULL);

  g_ptr_array_add (get_variable (self, variable)->missing_strings, g_strdup (value));
}

/**
 * dq_survey_data_get_n_missing:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: the number of user-missing ranges of a numeric variable, or of
 *   user-missing values of a string variable
 */
guint
dq_survey_data_get_n_missing (DqSurveyData *self,
                              guint         variable)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), 0);
  g_return_val_if_fail (variable < self->variables->len, 0);

  var = get_variable (self, variable);

  return var->kind == DQ_VARIABLE_NUMERIC ? var->missing_ranges->len : var->missing_strings->len;
}

/**
 * dq_survey_data_get_missing_range:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 * @index: which range, below dq_survey_data_get_n_missing()
 * @low: (out): its lowest value
 * @high: (out): its highest value
 */
void
dq_survey_data_get_missing_range (DqSurveyData *self,
                                  guint         variable,
                                  guint         index,
                                  double       *low,
                                  double       *high)
{
  MissingRange *range;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (index < get_variable (self, variable)->missing_ranges->len);

  range = &g_array_index (get_variable (self, variable)->missing_ranges, MissingRange, index);
  *low = range->low;
  *high = range->high;
}

/**
 * dq_survey_data_get_missing_string:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 * @index: which value, below dq_survey_data_get_n_missing()
 *
 * Returns: a user-missing value
 */
const char *
dq_survey_data_get_missing_string (DqSurveyData *self,
                                   guint         variable,
                                   guint         index)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (index < get_variable (self, variable)->missing_strings->len, NULL);

  return g_ptr_array_index (get_variable (self, variable)->missing_strings, index);
}

/**
 * dq_survey_data_is_missing_number:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 * @value: a value
 *
 * Returns: whether @value is system-missing or user-missing
 */
gboolean
dq_survey_data_is_missing_number (DqSurveyData *self,
                                  guint         variable,
                                  double        value)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), TRUE);
  g_return_val_if_fail (variable < self->variables->len, TRUE);

  return isnan (value) || is_user_missing_number (get_variable (self, variable), value);
}

/**
 * dq_survey_data_is_missing_category:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 * @code: a category index or %DQ_SURVEY_DATA_NO_CODE
 *
 * Returns: whether the value is empty or user-missing
 */
gboolean
dq_survey_data_is_missing_category (DqSurveyData *self,
                                    guint         variable,
                                    guint32       code)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), TRUE);
  g_return_val_if_fail (variable < self->variables->len, TRUE);

  if (code == DQ_SURVEY_DATA_NO_CODE)
    return TRUE;

  var = get_variable (self, variable);
  g_return_val_if_fail (var->kind == DQ_VARIABLE_STRING && code < var->n_categories, TRUE);

  return is_user_missing_category (var, code);
}

static void
count_numbers (Variable      *var,
               gsize          n_rows,
               DqValueCounts *counts)
{
  for (gsize r = 0; r < n_rows; r++)
    {
      double value = var->numbers[r];

      if (isnan (value))
        counts->n_system_missing++;
      else if (is_user_missing_number (var, value))
        counts->n_user_missing++;
      else
        {
          counts->n_valid++;
          if (value < 0)
            counts->n_negative++;
        }
    }
}

static void
count_codes (Variable      *var,
             gsize          n_rows,
             DqValueCounts *counts)
{
  g_autofree gboolean *category_missing = g_new (gboolean, MAX (var->n_categories, 1));

  /* The test runs once a category, not once a respondent. */
  for (guint c = 0; c < var->n_categories; c++)
    category_missing[c] = is_user_missing_category (var, c);

  for (gsize r = 0; r < n_rows; r++)
    {
      guint32 code = var->codes[r];

      if (code == DQ_SURVEY_DATA_NO_CODE || code >= var->n_categories)
        counts->n_system_missing++;
      else if (category_missing[code])
        counts->n_user_missing++;
      else
        counts->n_valid++;
    }
}

/**
 * dq_survey_data_count_values:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @counts: (out caller-allocates): the counts
 *
 * Counts the values of @variable by the test of
 * dq_survey_data_is_missing_number() and
 * dq_survey_data_is_missing_category(), in one pass over its column. It
 * only reads, so a reading thread may count before it hands the data over.
 */
void
dq_survey_data_count_values (DqSurveyData  *self,
                             guint          variable,
                             DqValueCounts *counts)
{
  Variable *var;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (counts != NULL);

  *counts = (DqValueCounts) { 0 };
  var = get_variable (self, variable);

  if (var->kind == DQ_VARIABLE_NUMERIC)
    count_numbers (var, self->n_rows, counts);
  else
    count_codes (var, self->n_rows, counts);
}

/**
 * dq_survey_data_add_missing_texts:
 * @self: a #DqSurveyData
 * @texts: (array zero-terminated=1): answers to leave out, such as
 *   "Затрудняюсь ответить"
 *
 * Declares each text user-missing in every string variable that has it as
 * a value, as typing it into SPSS's MISSING VALUES for each would.
 *
 * Returns: the number of string variables that have one of @texts
 */
guint
dq_survey_data_add_missing_texts (DqSurveyData       *self,
                                  const char * const *texts)
{
  guint n_variables = 0;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), 0);
  g_return_val_if_fail (texts != NULL, 0);

  for (guint v = 0; v < self->variables->len; v++)
    {
      Variable *var = get_variable (self, v);
      gboolean has_one = FALSE;

      if (var->kind != DQ_VARIABLE_STRING)
        continue;

      for (guint t = 0; texts[t] != NULL; t++)
        {
          if (!g_strv_contains ((const char * const *) var->categories, texts[t]))
            continue;
          has_one = TRUE;
          if (!g_ptr_array_find_with_equal_func (var->missing_strings, texts[t], g_str_equal,
                                                 NULL))
            g_ptr_array_add (var->missing_strings, g_strdup (texts[t]));
        }
      n_variables += has_one;
    }

  return n_variables;
}

/* The end of a part of the missing codes, from @p: a closing quote for a
 * quoted part, or else a comma or a semicolon. */
static const char *
read_part (const char *p,
           GString    *part,
           gboolean   *quoted)
{
  *quoted = *p == '"';
  if (!*quoted)
    {
      const char *end = p + strcspn (p, ",;");

      g_string_append_len (part, p, end - p);
      return end;
    }

  for (p++; *p != '\0'; p++)
    {
      if (*p == '"' && p[1] == '"')
        p++;
      else if (*p == '"')
        return p + 1;
      g_string_append_c (part, *p);
    }

  return NULL;
}

/**
 * dq_survey_data_parse_missing_codes:
 * @text: codes as a researcher types them: `9, 99, Затрудняюсь ответить`,
 *   parts apart by commas or semicolons; a part in double quotes is text
 *   even when it holds a comma or reads as a number
 * @numbers: (element-type double): where numeric codes are appended
 * @texts: (element-type utf8): where text codes are appended, as
 *   g_strdup() copies
 *
 * Returns: %FALSE if a quote is not closed, or a closing quote is followed
 *   by something other than a comma or a semicolon
 */
gboolean
dq_survey_data_parse_missing_codes (const char *text,
                                    GArray     *numbers,
                                    GPtrArray  *texts)
{
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (numbers != NULL, FALSE);
  g_return_val_if_fail (texts != NULL, FALSE);

  while (*p != '\0')
    {
      g_autoptr(GString) part = g_string_new (NULL);
      gboolean quoted;
      char *end;
      double value;

      while (g_ascii_isspace (*p))
        p++;
      p = read_part (p, part, &quoted);
      if (p == NULL)
        return FALSE;
      while (g_ascii_isspace (*p))
        p++;
      if (*p != '\0' && *p != ',' && *p != ';')
        return FALSE;
      if (*p != '\0')
        p++;

      if (!quoted)
        g_strstrip (part->str);
      if (part->str[0] == '\0')
        continue;

      value = g_ascii_strtod (part->str, &end);
      if (!quoted && end != part->str && *end == '\0' && isfinite (value))
        g_array_append_val (numbers, value);
      else
        g_ptr_array_add (texts, g_strdup (part->str));
    }

  return TRUE;
}
