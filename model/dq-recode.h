/* dq-recode.h
 *
 * A new variable made by grouping the values of another into labelled
 * categories: ages into bands, a five-point scale into three.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-survey-data.h"

G_BEGIN_DECLS

#define DQ_RECODE_ERROR (dq_recode_error_quark ())

/**
 * DqRecodeError:
 * @DQ_RECODE_ERROR_SYNTAX: a recode is not "NAME = SOURCE: VALUES "LABEL"; …"
 * @DQ_RECODE_ERROR_VALUE: a value does not fit the source variable: not a
 *   number nor a value label of a numeric variable, or a range of text
 * @DQ_RECODE_ERROR_NAME: the new name is already a variable of the data
 */
typedef enum
{
  DQ_RECODE_ERROR_SYNTAX,
  DQ_RECODE_ERROR_VALUE,
  DQ_RECODE_ERROR_NAME,
} DqRecodeError;

GQuark dq_recode_error_quark (void);

#define DQ_TYPE_RECODE (dq_recode_get_type ())

G_DECLARE_FINAL_TYPE (DqRecode, dq_recode, DQ, RECODE, GObject)

DqRecode   *dq_recode_new_from_text  (const char   *text,
                                      GError      **error) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_recode_get_name       (DqRecode     *self);
const char *dq_recode_get_source     (DqRecode     *self);
guint       dq_recode_get_n_groups   (DqRecode     *self);
const char *dq_recode_get_label      (DqRecode     *self,
                                      guint         group);
char       *dq_recode_dup_text       (DqRecode     *self) G_GNUC_WARN_UNUSED_RESULT;
guint       dq_recode_add_to         (DqRecode     *self,
                                      DqSurveyData *source,
                                      DqSurveyData *target,
                                      GError      **error);

guint       dq_recode_copy_variable  (DqSurveyData *source,
                                      guint         variable,
                                      DqSurveyData *target);

G_END_DECLS
