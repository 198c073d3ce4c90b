/* dq-survey-data-names.c
 *
 * Variable names of DqSurveyData and their look-up. SPSS matches names
 * whatever their case, so that `q3` finds `Q3`; a name that matches none
 * gets an error that suggests the nearest one, since a mistyped name is
 * the commonest mistake on the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-survey-data-private.h"

/* The folded form names are compared in: the same letters in either case,
 * composed the same way. */
static char *
fold_name (const char *name)
{
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : name, -1);
}

void
_dq_survey_data_add_name (DqSurveyData *self,
                          Variable     *variable)
{
  char *folded = fold_name (variable->name);
  guint index = self->variables->len;

  g_hash_table_insert (self->names, variable->name, GUINT_TO_POINTER (index));
  /* Two names that differ only in case (possible in a CSV file) are each
   * found by their exact spelling alone. */
  if (g_hash_table_contains (self->folded_names, folded))
    g_hash_table_replace (self->folded_names, folded, GUINT_TO_POINTER (G_MAXUINT));
  else
    g_hash_table_insert (self->folded_names, folded, GUINT_TO_POINTER (index));
}

/**
 * dq_survey_data_names_match:
 * @a: a variable name
 * @b: another
 *
 * Returns: whether @a and @b name the same variable as SPSS reads names:
 *   alike but for case
 */
gboolean
dq_survey_data_names_match (const char *a,
                            const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (strcmp (a, b) == 0)
    return TRUE;

  folded_a = fold_name (a);
  folded_b = fold_name (b);

  return strcmp (folded_a, folded_b) == 0;
}

/**
 * dq_survey_data_find_name:
 * @names: (array zero-terminated=1): the variables of a file
 * @name: a name asked for
 *
 * Returns: (nullable): the entry of @names spelt as @name, or else the one
 *   alike but for case; %NULL when there is none, or several
 */
const char *
dq_survey_data_find_name (const char * const *names,
                          const char         *name)
{
  const char *found = NULL;

  g_return_val_if_fail (names != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], name) == 0)
        return names[i];
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!dq_survey_data_names_match (names[i], name))
        continue;
      if (found != NULL)
        return NULL;
      found = names[i];
    }

  return found;
}

/**
 * dq_survey_data_lookup_variable:
 * @self: a #DqSurveyData
 * @name: a variable name, in any case
 * @variable: (out) (optional): its index
 *
 * Finds the variable spelt as @name or, as SPSS does, the one alike but
 * for case. When two variables differ only in case, only their exact
 * spellings find them.
 *
 * Returns: whether the data has a variable called @name
 */
gboolean
dq_survey_data_lookup_variable (DqSurveyData *self,
                                const char   *name,
                                guint        *variable)
{
  g_autofree char *folded = NULL;
  gpointer index;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_hash_table_lookup_extended (self->names, name, NULL, &index))
    {
      folded = fold_name (name);
      if (!g_hash_table_lookup_extended (self->folded_names, folded, NULL, &index) ||
          GPOINTER_TO_UINT (index) == G_MAXUINT)
        return FALSE;
    }

  if (variable != NULL)
    *variable = GPOINTER_TO_UINT (index);

  return TRUE;
}

/* The edit distance of two folded names, in characters. */
static guint
edit_distance (const char *a,
               const char *b)
{
  glong n_a, n_b;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &n_a);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &n_b);
  g_autofree guint *row = g_new (guint, n_b + 1);

  for (glong j = 0; j <= n_b; j++)
    row[j] = j;

  for (glong i = 1; i <= n_a; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= n_b; j++)
        {
          guint above = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);

          row[j] = MIN (best, diagonal + (ua[i - 1] != ub[j - 1]));
          diagonal = above;
        }
    }

  return row[n_b];
}

/* The name nearest to @name: fewest edits, and no more than a third of its
 * letters (at least one), so that the suggestion is a likely typing
 * mistake rather than any name at all. */
static const char *
find_nearest (const char * const *names,
              const char         *name)
{
  g_autofree char *folded = fold_name (name);
  guint limit = MAX (1, g_utf8_strlen (folded, -1) / 3);
  const char *nearest = NULL;
  guint best = G_MAXUINT;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *candidate = fold_name (names[i]);
      guint distance;

      /* Long names cost much to compare and are no typing mistake of a
       * short one. */
      if (ABS ((glong) strlen (candidate) - (glong) strlen (folded)) > (glong) limit * 4)
        continue;
      distance = edit_distance (folded, candidate);
      if (distance < best)
        {
          best = distance;
          nearest = names[i];
        }
    }

  return best <= limit ? nearest : NULL;
}

/**
 * dq_survey_data_set_unknown_variable_error:
 * @error: the place for an error
 * @source_name: the name of a file
 * @name: a variable name the file does not have
 * @names: (array zero-terminated=1): the variables it has
 *
 * Sets an error that suggests the nearest name when one is close, and
 * lists the variables there are, since a mistyped name is the commonest
 * mistake.
 */
void
dq_survey_data_set_unknown_variable_error (GError            **error,
                                           const char         *source_name,
                                           const char         *name,
                                           const char * const *names)
{
  g_autoptr(GString) list = g_string_new (NULL);
  const char *nearest = find_nearest (names, name);

  for (guint i = 0; names[i] != NULL; i++)
    {
      /* A file may have hundreds of variables; the first ones suffice to
       * show how they are spelt. */
      if (i == 20)
        {
          g_string_append (list, ", …");
          break;
        }
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, names[i]);
    }

  if (nearest != NULL)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE,
                 /* Translators: "survey.sav: there is no variable “agea”; did you mean
                  * “age”? The variables are: …" */
                 _("%s: there is no variable “%s”; did you mean “%s”? The variables are: %s"),
                 source_name, name, nearest, list->str);
  else
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE,
                 _("%s: there is no variable “%s”; the variables are: %s"),
                 source_name, name, list->str);
}

/**
 * dq_survey_data_require_variable:
 * @self: a #DqSurveyData
 * @name: a variable name, in any case
 * @error: the place for an error
 *
 * Looks a variable up as dq_survey_data_lookup_variable() does, with an
 * error that suggests the nearest name and lists the variables there are.
 *
 * Returns: the index of the variable, or %G_MAXUINT with @error set
 */
guint
dq_survey_data_require_variable (DqSurveyData  *self,
                                 const char    *name,
                                 GError       **error)
{
  g_autoptr(GPtrArray) names = NULL;
  guint variable;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), G_MAXUINT);
  g_return_val_if_fail (name != NULL, G_MAXUINT);

  if (dq_survey_data_lookup_variable (self, name, &variable))
    return variable;

  names = g_ptr_array_new ();
  for (guint i = 0; i < self->variables->len; i++)
    g_ptr_array_add (names, get_variable (self, i)->name);
  g_ptr_array_add (names, NULL);

  dq_survey_data_set_unknown_variable_error (error, self->source_name, name,
                                             (const char * const *) names->pdata);

  return G_MAXUINT;
}

/**
 * dq_survey_data_get_stored_weight:
 * @self: a #DqSurveyData
 *
 * Returns: (nullable): the variable the file itself weights by, as an SPSS
 *   file saved after WEIGHT BY does; SPSS and PSPP weight every table by
 *   it unless told not to
 */
const char *
dq_survey_data_get_stored_weight (DqSurveyData *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);

  return self->stored_weight;
}

/**
 * dq_survey_data_set_stored_weight:
 * @self: a #DqSurveyData
 * @name: (nullable): a numeric variable of the data, or %NULL
 */
void
dq_survey_data_set_stored_weight (DqSurveyData *self,
                                  const char   *name)
{
  guint variable;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (name == NULL || (dq_survey_data_lookup_variable (self, name, &variable) &&
                                     get_variable (self, variable)->kind == DQ_VARIABLE_NUMERIC));

  g_free (self->stored_weight);
  self->stored_weight = name != NULL ? g_strdup (get_variable (self, variable)->name) : NULL;
}
