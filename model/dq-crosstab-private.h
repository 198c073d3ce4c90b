/* dq-crosstab-private.h
 *
 * The pass over the respondents that a crosstab is counted in: each
 * variable's values mapped to categories, the weights checked, and the
 * cells filled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-crosstab.h"

G_BEGIN_DECLS

/* Values 0 … SMALL_VALUES − 1 that are integers go through a lookup table. */
#define SMALL_VALUES 1024

/* A slot of the lookup tables: 0 not seen yet, SLOT_MISSING, or category + 1. */
#define SLOT_MISSING (-1)
#define CLASSIFY_MISSING (-1)
#define CLASSIFY_TOO_MANY (-2)

typedef struct
{
  double  w;
  double  w2;
  guint64 n;
} Cell;

typedef struct
{
  char *value;
  char *label;
} Category;

typedef struct
{
  DqSurveyData  *data;
  guint          variable;
  DqVariableKind kind;
  const double  *numbers;
  const guint32 *codes;
  const double  *missing_codes;
  guint          n_missing_codes;

  gint32        *small;
  /* Other values: the bits of the double → slot. */
  GHashTable    *other;
  gint32        *by_code;

  /* For each category: its value (numeric) or code (string). */
  GArray        *values;
} Classifier;

/* The weights of a table's respondents, and the ranges the file declares
 * missing, which no respondent in the table may have. */
typedef struct
{
  guint         variable;
  const double *numbers;
  double       *missing;
  guint         n_missing;
} Weights;

/* The one pass over the respondents: cells by category in the order they
 * are first seen, grown as categories come. */
typedef struct
{
  Cell  *cells;
  guint  capacity_rows;
  guint  capacity_columns;
  gsize  n_valid_rows;
  gsize  n_valid_columns;
  gsize  n_counted;
  gsize  n_zero_weight;
  /* Respondents left out for a missing, negative or infinite weight, and
   * the first of their rows. */
  gsize  n_invalid_weight;
  gsize  invalid_rows[DQ_CROSSTAB_REPORTED_ROWS];
  gsize  n_filtered;
  /* The sums of the weights counted and of their squares, in row order. */
  double sum_w;
  double sum_w2;
} Pass;

void     _dq_crosstab_classifier_clear  (Classifier *classifier);
void     _dq_crosstab_classifier_init   (Classifier   *classifier,
                                         DqSurveyData *data,
                                         guint         variable,
                                         const double *missing_codes,
                                         guint         n_missing_codes);
guint    _dq_crosstab_finish_categories (Classifier     *classifier,
                                         const guint64  *counts,
                                         Category      **categories,
                                         guint         **order);
int      _dq_crosstab_classify          (Classifier   *classifier,
                                         gsize         row);
void     _dq_crosstab_weights_clear     (Weights *weights);
gboolean _dq_crosstab_weights_read      (const Weights  *weights,
                                         gsize           row,
                                         double         *weight);
void     _dq_crosstab_set_weight_error  (DqSurveyData   *data,
                                         const char     *weight_variable,
                                         gsize           first_row,
                                         GError        **error);
gboolean _dq_crosstab_weights_init      (Weights       *weights,
                                         DqSurveyData  *data,
                                         const char    *name,
                                         GError       **error);
void     _dq_crosstab_pass_clear        (Pass *pass);
void     _dq_crosstab_pass_init         (Pass *pass);
gboolean _dq_crosstab_count_rows        (Pass           *pass,
                                         DqSurveyData   *data,
                                         gsize           n_rows,
                                         gsize           first_row,
                                         Classifier     *rows,
                                         Classifier     *columns,
                                         const Weights  *weights,
                                         const guint8   *include,
                                         GError        **error);
gboolean _dq_crosstab_check_sums        (const Pass     *pass,
                                         DqSurveyData   *data,
                                         const Weights  *weights,
                                         GError        **error);
gboolean _dq_crosstab_count             (Pass           *pass,
                                         DqSurveyData   *data,
                                         Classifier     *rows,
                                         Classifier     *columns,
                                         const Weights  *weights,
                                         const guint8   *include,
                                         GError        **error);
gboolean _dq_crosstab_check_counted     (const Pass    *pass,
                                         DqSurveyData  *data,
                                         guint          row_var,
                                         const char    *row_variable,
                                         guint          column_var,
                                         const char    *column_variable,
                                         const char    *weight_variable,
                                         GError       **error);

DqCrosstab *_dq_crosstab_new_counted    (DqSurveyData  *data,
                                         gsize          n_rows,
                                         const char    *row_variable,
                                         const char    *column_variable,
                                         const char    *weight_variable,
                                         const double  *missing_codes,
                                         guint          n_missing_codes,
                                         const Pass    *pass,
                                         Classifier    *rows,
                                         Classifier    *columns) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Classifier, _dq_crosstab_classifier_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Weights, _dq_crosstab_weights_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pass, _dq_crosstab_pass_clear)

G_END_DECLS
