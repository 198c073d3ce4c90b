/* dq-mrset.h
 *
 * A multiple-response set: several variables that together answer one
 * question ("Which languages do you speak?"), as yes/no variables or as
 * variables holding the categories chosen, and its weighted table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_MRSET_ERROR (dq_mrset_error_quark ())

/**
 * DqMrsetError:
 * @DQ_MRSET_ERROR_SYNTAX: a set is not "NAME = VAR, VAR, …[: VALUE]"
 * @DQ_MRSET_ERROR_KIND: the variables of a set are not all numeric or all
 *   text
 * @DQ_MRSET_ERROR_WEIGHT: a weight is missing, negative or not a number
 * @DQ_MRSET_ERROR_NO_RESPONDENT: no respondent gave a response
 */
typedef enum
{
  DQ_MRSET_ERROR_SYNTAX,
  DQ_MRSET_ERROR_KIND,
  DQ_MRSET_ERROR_WEIGHT,
  DQ_MRSET_ERROR_NO_RESPONDENT,
} DqMrsetError;

GQuark dq_mrset_error_quark (void);

/**
 * DqMrsetCategory:
 * @value: the category's value, or for a set of yes/no variables the
 *   variable's name
 * @label: (nullable): its label, or the variable's label
 * @weighted: the weighted number of respondents who chose it
 * @n: the unweighted number
 * @respondent_percent: the percentage of respondents with a response
 * @respondent_low: the lower end of its 95 % interval
 * @respondent_high: the higher end
 * @response_percent: the percentage of all responses
 * @response_low: the lower end of its 95 % interval
 * @response_high: the higher end
 *
 * A row of a multiple-response table.
 */
typedef struct
{
  char    *value;
  char    *label;
  double   weighted;
  guint64  n;
  double   respondent_percent;
  double   respondent_low;
  double   respondent_high;
  double   response_percent;
  double   response_low;
  double   response_high;
} DqMrsetCategory;

/**
 * DqMrsetTable:
 * @categories: (array length=n_categories): the rows, in the order of the
 *   variables (yes/no) or of the values
 * @n_categories: their number
 * @n_respondents: respondents with at least one response
 * @weighted_respondents: their weighted number
 * @weighted_responses: the weighted number of responses
 * @n_left_out: respondents the filter kept who gave no response
 *
 * The weighted table of a set: for each category the percentage of
 * respondents who chose it (they may choose several, so these add up to
 * more than 100) and its share of all responses (which adds up to 100).
 */
typedef struct
{
  DqMrsetCategory *categories;
  guint            n_categories;
  guint64          n_respondents;
  double           weighted_respondents;
  double           weighted_responses;
  gsize            n_left_out;
} DqMrsetTable;

void dq_mrset_table_free (DqMrsetTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqMrsetTable, dq_mrset_table_free)

#define DQ_TYPE_MRSET (dq_mrset_get_type ())

G_DECLARE_FINAL_TYPE (DqMrset, dq_mrset, DQ, MRSET, GObject)

DqMrset            *dq_mrset_new_from_text   (const char    *text,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
const char         *dq_mrset_get_name        (DqMrset       *self);
const char * const *dq_mrset_get_variables   (DqMrset       *self);
const char         *dq_mrset_get_counted     (DqMrset       *self);
char               *dq_mrset_dup_text        (DqMrset       *self) G_GNUC_WARN_UNUSED_RESULT;
DqMrsetTable       *dq_mrset_compute         (DqMrset       *self,
                                              DqSurveyData  *data,
                                              const char    *weight,
                                              const guint8  *include,
                                              const double  *missing_codes,
                                              guint          n_missing_codes,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
