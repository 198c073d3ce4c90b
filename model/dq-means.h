/* dq-means.h
 *
 * Weighted means of a numeric variable by group, with 95 % intervals from
 * the linearised standard error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_MEANS_ERROR (dq_means_error_quark ())

/**
 * DqMeansError:
 * @DQ_MEANS_ERROR_NOT_NUMERIC: the variable to average is not numeric
 * @DQ_MEANS_ERROR_NO_VALUES: no respondent has a valid value
 */
typedef enum
{
  DQ_MEANS_ERROR_NOT_NUMERIC,
  DQ_MEANS_ERROR_NO_VALUES,
} DqMeansError;

GQuark dq_means_error_quark (void);

#define DQ_TYPE_MEANS (dq_means_get_type ())

G_DECLARE_FINAL_TYPE (DqMeans, dq_means, DQ, MEANS, GObject)

DqMeans      *dq_means_new                 (DqSurveyData  *data,
                                            const char    *variable,
                                            const char    *group_variable,
                                            const char    *weight_variable,
                                            const double  *missing_codes,
                                            guint          n_missing_codes,
                                            const guint8  *include,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData *dq_means_get_data            (DqMeans       *self);
const char   *dq_means_get_variable        (DqMeans       *self);
const char   *dq_means_get_group_variable  (DqMeans       *self);
const char   *dq_means_get_weight_variable (DqMeans       *self);
guint         dq_means_get_n_groups        (DqMeans       *self);
const char   *dq_means_get_group_value     (DqMeans       *self,
                                            guint          group);
const char   *dq_means_get_group_label     (DqMeans       *self,
                                            guint          group);
double        dq_means_get_mean            (DqMeans       *self,
                                            guint          group);
double        dq_means_get_standard_error  (DqMeans       *self,
                                            guint          group);
void          dq_means_get_interval        (DqMeans       *self,
                                            guint          group,
                                            double        *low,
                                            double        *high);
guint64       dq_means_get_n               (DqMeans       *self,
                                            guint          group);
double        dq_means_get_weighted_n      (DqMeans       *self,
                                            guint          group);
double        dq_means_get_effective_n     (DqMeans       *self,
                                            guint          group);
gsize         dq_means_get_n_excluded      (DqMeans       *self);
gsize         dq_means_get_n_invalid_weight (DqMeans      *self);
gsize         dq_means_get_n_filtered      (DqMeans       *self);
const char   *dq_means_describe_method     (void);

G_END_DECLS
