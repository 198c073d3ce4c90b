/* dq-crosstab.h
 *
 * Weighted frequencies and crosstabs of survey microdata, with confidence
 * intervals for column percentages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_CROSSTAB_ERROR (dq_crosstab_error_quark ())

/**
 * DqCrosstabError:
 * @DQ_CROSSTAB_ERROR_WEIGHT: a weight is not a number, missing, negative or
 *   infinite
 * @DQ_CROSSTAB_ERROR_ALL_MISSING: a variable has no valid value, or no
 *   respondent has valid values of both variables
 * @DQ_CROSSTAB_ERROR_TOO_MANY_CATEGORIES: a variable has too many distinct
 *   values to be a category
 * @DQ_CROSSTAB_ERROR_NO_DATA: the data has no respondents
 * @DQ_CROSSTAB_ERROR_NOT_A_SCALE: a diverging chart needs a row variable with
 *   at least two categories, to split into a negative and a positive end
 */
typedef enum
{
  DQ_CROSSTAB_ERROR_WEIGHT,
  DQ_CROSSTAB_ERROR_ALL_MISSING,
  DQ_CROSSTAB_ERROR_TOO_MANY_CATEGORIES,
  DQ_CROSSTAB_ERROR_NO_DATA,
  DQ_CROSSTAB_ERROR_NOT_A_SCALE,
} DqCrosstabError;

GQuark dq_crosstab_error_quark (void);

/* How many rows of respondents left out for their weight are named. */
#define DQ_CROSSTAB_REPORTED_ROWS 5

/* The most categories a row or column variable may have. */
#define DQ_CROSSTAB_MAX_CATEGORIES 500

#define DQ_TYPE_CROSSTAB (dq_crosstab_get_type ())

G_DECLARE_FINAL_TYPE (DqCrosstab, dq_crosstab, DQ, CROSSTAB, GObject)

DqCrosstab   *dq_crosstab_new                    (DqSurveyData  *data,
                                                  const char    *row_variable,
                                                  const char    *column_variable,
                                                  const char    *weight_variable,
                                                  const double  *missing_codes,
                                                  guint          n_missing_codes,
                                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;
DqCrosstab   *dq_crosstab_new_filtered           (DqSurveyData  *data,
                                                  const char    *row_variable,
                                                  const char    *column_variable,
                                                  const char    *weight_variable,
                                                  const double  *missing_codes,
                                                  guint          n_missing_codes,
                                                  const guint8  *include,
                                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData *dq_crosstab_get_data               (DqCrosstab    *self);
const char   *dq_crosstab_get_row_variable       (DqCrosstab    *self);
const char   *dq_crosstab_get_column_variable    (DqCrosstab    *self);
const char   *dq_crosstab_get_weight_variable    (DqCrosstab    *self);
const double *dq_crosstab_get_missing_codes      (DqCrosstab    *self,
                                                  guint         *n_codes);
guint         dq_crosstab_get_n_rows             (DqCrosstab    *self);
guint         dq_crosstab_get_n_columns          (DqCrosstab    *self);
const char   *dq_crosstab_get_row_value          (DqCrosstab    *self,
                                                  guint          row);
const char   *dq_crosstab_get_row_label          (DqCrosstab    *self,
                                                  guint          row);
const char   *dq_crosstab_get_column_value       (DqCrosstab    *self,
                                                  guint          column);
const char   *dq_crosstab_get_column_label       (DqCrosstab    *self,
                                                  guint          column);
double        dq_crosstab_get_weighted           (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
guint64       dq_crosstab_get_unweighted         (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
double        dq_crosstab_get_column_percent     (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
double        dq_crosstab_get_squared_weights    (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
double        dq_crosstab_get_total_percent      (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
double        dq_crosstab_get_row_percent        (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column);
double        dq_crosstab_get_effective_n        (DqCrosstab    *self,
                                                  guint          column);
void          dq_crosstab_get_column_interval    (DqCrosstab    *self,
                                                  guint          row,
                                                  guint          column,
                                                  double        *low,
                                                  double        *high);
gsize         dq_crosstab_get_n_excluded         (DqCrosstab    *self);
gsize         dq_crosstab_get_n_missing          (DqCrosstab    *self);
gsize         dq_crosstab_get_n_zero_weight      (DqCrosstab    *self);
gsize         dq_crosstab_get_n_invalid_weight   (DqCrosstab    *self);
char         *dq_crosstab_dup_invalid_weight_rows (DqCrosstab   *self)
                                                  G_GNUC_WARN_UNUSED_RESULT;
gsize         dq_crosstab_get_n_filtered         (DqCrosstab    *self);

gboolean      dq_crosstab_parse_missing_codes    (const char    *text,
                                                  GArray        *codes,
                                                  char         **bad);
const char   *dq_crosstab_describe_method        (void);
gboolean      dq_crosstab_is_weight              (double         value);
double        dq_crosstab_effective_n            (double         sum_weights,
                                                  double         sum_squared_weights);
void          dq_crosstab_wilson_interval        (double         proportion,
                                                  double         n,
                                                  double        *low,
                                                  double        *high);

G_END_DECLS
