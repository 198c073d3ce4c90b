/* dq-independence.h
 *
 * Tests of independence of a crosstab's rows and columns: Pearson's
 * chi-square of the unweighted counts, the Rao–Scott second-order corrected
 * F test of a weighted table, Cramér's V, and the check of small expected
 * counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-crosstab.h"
#include "dq-types.h"

G_BEGIN_DECLS

/* The largest (rows − 1) × (columns − 1) for which the Rao–Scott
 * correction is computed: its cost grows with the cube of the degrees of
 * freedom, 0.3 s for 400 in an optimised build, and the window computes
 * it at once. */
#define DQ_INDEPENDENCE_MAX_DF 500

typedef struct _DqIndependence DqIndependence;

/**
 * DqIndependence:
 * @n_rows: the row categories tested
 * @n_columns: the column categories tested
 * @n: the respondents in the table (unweighted)
 * @pearson_chi2: Pearson's chi-square of the unweighted counts
 * @pearson_df: its degrees of freedom, (rows − 1) × (columns − 1)
 * @pearson_p: its p-value
 * @weighted: whether the table is weighted, so that the Rao–Scott fields
 *   are set
 * @weighted_chi2: Pearson's chi-square of the weighted table scaled to @n
 *   respondents, before the correction
 * @mean_design_effect: the mean of the generalised design effects, by
 *   which the correction divides @weighted_chi2
 * @rao_scott_f: the Rao–Scott second-order corrected F statistic
 * @rao_scott_df1: its numerator degrees of freedom
 * @rao_scott_df2: its denominator degrees of freedom
 * @rao_scott_p: its p-value
 * @cramers_v: Cramér's V of the table as shown (weighted when weighted)
 * @n_cells: the cells of the table
 * @n_small_expected: the cells whose expected count is below 5
 * @min_expected: the smallest expected count
 *
 * The tests of one table. Every number is NaN where it cannot be computed:
 * a table with one row or one column has no test, and the Rao–Scott
 * correction is left out of tables larger than %DQ_INDEPENDENCE_MAX_DF
 * degrees of freedom.
 */
struct _DqIndependence
{
  guint    n_rows;
  guint    n_columns;
  double   n;

  double   pearson_chi2;
  double   pearson_df;
  double   pearson_p;

  gboolean weighted;
  double   weighted_chi2;
  double   mean_design_effect;
  double   rao_scott_f;
  double   rao_scott_df1;
  double   rao_scott_df2;
  double   rao_scott_p;

  double   cramers_v;

  guint    n_cells;
  guint    n_small_expected;
  double   min_expected;
};

#define DQ_TYPE_INDEPENDENCE (dq_independence_get_type ())

GType           dq_independence_get_type        (void) G_GNUC_CONST;
DqIndependence *dq_independence_new             (DqCrosstab           *table)
                                                 G_GNUC_WARN_UNUSED_RESULT;
DqIndependence *dq_independence_copy            (const DqIndependence *self)
                                                 G_GNUC_WARN_UNUSED_RESULT;
void            dq_independence_free            (DqIndependence       *self);
gboolean        dq_independence_is_defined      (const DqIndependence *self);
gboolean        dq_independence_warns_small     (const DqIndependence *self);
char           *dq_independence_describe        (const DqIndependence *self,
                                                 DqLanguage            language)
                                                 G_GNUC_WARN_UNUSED_RESULT;
char           *dq_independence_format_p        (double                p,
                                                 DqLanguage            language)
                                                 G_GNUC_WARN_UNUSED_RESULT;
const char     *dq_independence_describe_method (void);

double          dq_independence_chi2_upper      (double                chi2,
                                                 double                df);
double          dq_independence_f_upper         (double                f,
                                                 double                df1,
                                                 double                df2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqIndependence, dq_independence_free)

G_END_DECLS
