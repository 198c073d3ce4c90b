/* dq-filter.h
 *
 * Which respondents an analysis counts: conditions on variables, such as
 * "agea >= 30" or "country in 1,2", all of which a respondent must meet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_FILTER_ERROR (dq_filter_error_quark ())

/**
 * DqFilterError:
 * @DQ_FILTER_ERROR_SYNTAX: a condition is not "VARIABLE OPERATOR VALUE"
 * @DQ_FILTER_ERROR_VALUE: a value cannot be compared with the variable's:
 *   not a number nor a value label of a numeric variable, or an order
 *   asked of a text variable
 * @DQ_FILTER_ERROR_NO_RESPONDENT: no respondent meets the conditions
 */
typedef enum
{
  DQ_FILTER_ERROR_SYNTAX,
  DQ_FILTER_ERROR_VALUE,
  DQ_FILTER_ERROR_NO_RESPONDENT,
} DqFilterError;

GQuark dq_filter_error_quark (void);

/**
 * DqFilterOperator:
 * @DQ_FILTER_EQUAL: `=`
 * @DQ_FILTER_NOT_EQUAL: `!=`
 * @DQ_FILTER_LESS: `<`
 * @DQ_FILTER_LESS_EQUAL: `<=`
 * @DQ_FILTER_GREATER: `>`
 * @DQ_FILTER_GREATER_EQUAL: `>=`
 * @DQ_FILTER_IN: `in 1,2,3`
 * @DQ_FILTER_MISSING: `missing`: empty, or a code counted as missing
 * @DQ_FILTER_NOT_MISSING: `not missing`
 */
typedef enum
{
  DQ_FILTER_EQUAL,
  DQ_FILTER_NOT_EQUAL,
  DQ_FILTER_LESS,
  DQ_FILTER_LESS_EQUAL,
  DQ_FILTER_GREATER,
  DQ_FILTER_GREATER_EQUAL,
  DQ_FILTER_IN,
  DQ_FILTER_MISSING,
  DQ_FILTER_NOT_MISSING,
} DqFilterOperator;

#define DQ_FILTER_N_OPERATORS 9

#define DQ_TYPE_FILTER (dq_filter_get_type ())

G_DECLARE_FINAL_TYPE (DqFilter, dq_filter, DQ, FILTER, GObject)

DqFilter         *dq_filter_new                (void) G_GNUC_WARN_UNUSED_RESULT;

guint             dq_filter_get_n_conditions   (DqFilter          *self);
const char       *dq_filter_get_variable       (DqFilter          *self,
                                                guint              index);
DqFilterOperator  dq_filter_get_operator       (DqFilter          *self,
                                                guint              index);
const char * const *dq_filter_get_values       (DqFilter          *self,
                                                guint              index);
char             *dq_filter_dup_text           (DqFilter          *self,
                                                guint              index) G_GNUC_WARN_UNUSED_RESULT;
char             *dq_filter_describe           (DqFilter          *self) G_GNUC_WARN_UNUSED_RESULT;
GStrv             dq_filter_dup_texts          (DqFilter          *self) G_GNUC_WARN_UNUSED_RESULT;

void              dq_filter_add                (DqFilter          *self,
                                                const char        *variable,
                                                DqFilterOperator   op,
                                                const char * const *values);
gboolean          dq_filter_add_text           (DqFilter          *self,
                                                const char        *text,
                                                GError           **error);
gboolean          dq_filter_set_texts          (DqFilter          *self,
                                                const char * const *texts,
                                                GError           **error);
void              dq_filter_remove             (DqFilter          *self,
                                                guint              index);
void              dq_filter_clear              (DqFilter          *self);
gboolean          dq_filter_equal              (DqFilter          *self,
                                                DqFilter          *other);

const char       *dq_filter_operator_to_string (DqFilterOperator   op);
gboolean          dq_filter_read_number        (DqSurveyData      *data,
                                                guint              variable,
                                                const char        *text,
                                                double            *number);
void              dq_filter_add_variables      (DqFilter          *self,
                                                GPtrArray         *names);
guint8           *dq_filter_make_mask          (DqFilter          *self,
                                                DqSurveyData      *data,
                                                const double      *missing_codes,
                                                guint              n_missing_codes,
                                                gsize             *n_included,
                                                GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
