/* dq-survey-data-private.h
 *
 * The storage of DqSurveyData, shared by its files: the columns and their
 * labels in dq-survey-data.c, missing values and their counts in
 * dq-survey-data-missing.c, names and their look-up in
 * dq-survey-data-names.c, dates in dq-survey-data-dates.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-survey-data.h"

G_BEGIN_DECLS

typedef struct
{
  double low;
  double high;
} MissingRange;

typedef struct
{
  gsize row;
  guint n_skipped;
} RowGap;

typedef struct
{
  char           *name;
  char           *label;
  DqVariableKind  kind;

  /* DQ_VARIABLE_NUMERIC */
  double         *numbers;

  /* DQ_VARIABLE_STRING */
  guint32        *codes;
  GStrv           categories;
  guint           n_categories;

  /* DqValueLabel, sorted by value so that lookups can bisect. */
  GArray         *value_labels;
  /* MissingRange for numeric variables; a single value is a range of one. */
  GArray         *missing_ranges;
  /* User-missing values of a string variable. */
  GPtrArray      *missing_strings;
  /* Value text → label, of a string variable; NULL until it has one. */
  GHashTable     *text_labels;
  /* How a numeric variable's values read as dates. */
  DqDateKind      date_kind;
} Variable;

struct _DqSurveyData
{
  GObject     parent_instance;

  char       *source_name;
  guint       first_row;
  /* RowGap, by row: rows of the source that hold no respondent. */
  GArray     *gaps;
  gsize       n_rows;
  /* Variable, in file order. */
  GPtrArray  *variables;
  /* Name → index. */
  GHashTable *names;
  /* Casefolded name → index, or G_MAXUINT when two names fold alike. */
  GHashTable *folded_names;
  /* The variable the file weights by, as SPSS stores WEIGHT BY. */
  char       *stored_weight;
};

static inline Variable *
get_variable (DqSurveyData *self,
              guint         variable)
{
  g_assert (variable < self->variables->len);

  return g_ptr_array_index (self->variables, variable);
}

/* dq-survey-data-names.c */
void _dq_survey_data_add_name (DqSurveyData *self,
                               Variable     *variable);

/* dq-survey-data-dates.c */
char     *_dq_survey_data_format_date (DqDateKind  kind,
                                       double      value) G_GNUC_WARN_UNUSED_RESULT;
gboolean  _dq_survey_data_parse_date  (DqDateKind  kind,
                                       const char *text,
                                       double     *value);

G_END_DECLS
