/* dq-independence.c
 *
 * Whether a crosstab's rows depend on its columns.
 *
 * Without weights the test is Pearson's chi-square of the counts, as R's
 * chisq.test (correct = FALSE) and PSPP's CROSSTABS compute it. Weighted
 * counts are not counts: Pearson's chi-square of a weighted table is too
 * large by the design effects of the weighting, and its p-value too small.
 * With weights the test is therefore Rao and Scott's (1984) second-order
 * correction, as R's survey::svychisq (statistic = "F") computes it on a
 * design with weights only (svydesign (ids = ~1, weights = ~w)): the
 * Pearson statistic of the weighted table scaled to the n respondents is
 * divided by the mean of the generalised design effects δ, the eigenvalues
 * of Δ = (C′ D⁻¹ C / n)⁻¹ (C′ D⁻¹ V D⁻¹ C), and compared with an F
 * distribution of d = (Σδ)² / Σδ² and d (n − 1) degrees of freedom. Here p
 * are the weighted cell proportions, D = diag (p), V their linearised
 * covariance, and C spans the contrasts of interaction, orthogonal to the
 * rows and columns.
 *
 * Every cell is a category, so V follows from three sums per cell:
 * V = n / (n − 1) / W² · (diag (s) − s p′ − p s′ + S p p′), with s the
 * cell's Σw² and S = Σs. C′y is the table y double-centred (each cell less
 * its row and column means, plus the grand mean) and read at the cells of
 * the first rows − 1 and columns − 1: any basis of the contrasts gives the
 * same δ.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-format.h"
#include "dq-independence.h"

/* Cochran's rule: expected counts below 5 in more than a fifth of the
 * cells, or any below 1, make the chi-square approximation doubtful. */
#define SMALL_EXPECTED 5.0
#define SMALL_SHARE 0.2

G_DEFINE_BOXED_TYPE (DqIndependence, dq_independence, dq_independence_copy,
                     dq_independence_free)

/* Distributions. */

#define EPS 1e-15
#define TINY 1e-300
#define MAX_ITERATIONS 100000

/* The regularised lower incomplete gamma function P (a, x) by its series,
 * for x < a + 1. */
static double
gamma_p_series (double a,
                double x)
{
  double term = 1.0 / a;
  double sum = term;

  for (int i = 1; i < MAX_ITERATIONS; i++)
    {
      term *= x / (a + i);
      sum += term;
      if (fabs (term) < fabs (sum) * EPS)
        break;
    }

  return sum * exp (-x + a * log (x) - lgamma (a));
}

/* The regularised upper incomplete gamma function Q (a, x) by its
 * continued fraction (modified Lentz), for x ≥ a + 1. */
static double
gamma_q_fraction (double a,
                  double x)
{
  double b = x + 1.0 - a;
  double c = 1.0 / TINY;
  double d = 1.0 / b;
  double h = d;

  for (int i = 1; i < MAX_ITERATIONS; i++)
    {
      double an = -i * (i - a);
      double delta;

      b += 2.0;
      d = an * d + b;
      if (fabs (d) < TINY)
        d = TINY;
      c = b + an / c;
      if (fabs (c) < TINY)
        c = TINY;
      d = 1.0 / d;
      delta = d * c;
      h *= delta;
      if (fabs (delta - 1.0) < EPS)
        break;
    }

  return exp (-x + a * log (x) - lgamma (a)) * h;
}

/**
 * dq_independence_chi2_upper:
 * @chi2: a chi-square statistic
 * @df: its degrees of freedom
 *
 * Returns: the probability that a chi-square variable of @df degrees of
 *   freedom exceeds @chi2, as R's pchisq (chi2, df, lower.tail = FALSE)
 */
double
dq_independence_chi2_upper (double chi2,
                            double df)
{
  double a = df / 2.0;
  double x = chi2 / 2.0;

  if (isnan (chi2) || !(df > 0))
    return NAN;
  if (x <= 0)
    return 1.0;
  if (isinf (x))
    return 0.0;

  return x < a + 1.0 ? 1.0 - gamma_p_series (a, x) : gamma_q_fraction (a, x);
}

/* The continued fraction of the incomplete beta function (modified
 * Lentz). */
static double
beta_fraction (double a,
               double b,
               double x)
{
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  double h;

  if (fabs (d) < TINY)
    d = TINY;
  d = 1.0 / d;
  h = d;

  for (int m = 1; m < MAX_ITERATIONS; m++)
    {
      int m2 = 2 * m;
      double an = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
      double delta;

      d = 1.0 + an * d;
      if (fabs (d) < TINY)
        d = TINY;
      c = 1.0 + an / c;
      if (fabs (c) < TINY)
        c = TINY;
      d = 1.0 / d;
      h *= d * c;

      an = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
      d = 1.0 + an * d;
      if (fabs (d) < TINY)
        d = TINY;
      c = 1.0 + an / c;
      if (fabs (c) < TINY)
        c = TINY;
      d = 1.0 / d;
      delta = d * c;
      h *= delta;
      if (fabs (delta - 1.0) < EPS)
        break;
    }

  return h;
}

/* The regularised incomplete beta function I_x (a, b). */
static double
beta_regularised (double a,
                  double b,
                  double x)
{
  double front;

  if (x <= 0)
    return 0.0;
  if (x >= 1)
    return 1.0;

  front = exp (lgamma (a + b) - lgamma (a) - lgamma (b) + a * log (x) + b * log1p (-x));
  if (x < (a + 1.0) / (a + b + 2.0))
    return front * beta_fraction (a, b, x) / a;

  return 1.0 - front * beta_fraction (b, a, 1.0 - x) / b;
}

/**
 * dq_independence_f_upper:
 * @f: an F statistic
 * @df1: its numerator degrees of freedom (need not be whole)
 * @df2: its denominator degrees of freedom
 *
 * Returns: the probability that an F variable exceeds @f, as R's
 *   pf (f, df1, df2, lower.tail = FALSE)
 */
double
dq_independence_f_upper (double f,
                         double df1,
                         double df2)
{
  double x;

  if (isnan (f) || !(df1 > 0) || !(df2 > 0))
    return NAN;
  if (f <= 0)
    return 1.0;
  if (isinf (f))
    return 0.0;

  /* P (F > f) = I_x (df2 / 2, df1 / 2) with x = df2 / (df2 + df1 f);
   * beta_regularised () takes the side of the continued fraction that
   * keeps the precision of a small p. */
  x = df2 / (df2 + df1 * f);

  return beta_regularised (df2 / 2.0, df1 / 2.0, x);
}

/* The Rao–Scott correction. */

/* Double-centres an n_rows × n_columns table, stored by rows. */
static void
double_centre (double *x,
               guint   n_rows,
               guint   n_columns)
{
  g_autofree double *row_means = g_new0 (double, n_rows);
  g_autofree double *column_means = g_new0 (double, n_columns);
  double grand = 0;

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        row_means[r] += x[r * n_columns + c] / n_columns;
        column_means[c] += x[r * n_columns + c] / n_rows;
        grand += x[r * n_columns + c] / ((double) n_rows * n_columns);
      }
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      x[r * n_columns + c] += grand - row_means[r] - column_means[c];
}

/* C′y: @y double-centred, at the cells of the first rows − 1 and
 * columns − 1. @y is overwritten. */
static void
contrasts_apply (double *y,
                 guint   n_rows,
                 guint   n_columns,
                 double *out)
{
  double_centre (y, n_rows, n_columns);
  for (guint r = 0; r + 1 < n_rows; r++)
    for (guint c = 0; c + 1 < n_columns; c++)
      out[r * (n_columns - 1) + c] = y[r * n_columns + c];
}

/* Fills column @l of C′ diag (@x) C into @matrix (m × m). */
static void
fill_quadratic_column (const double *x,
                       guint         n_rows,
                       guint         n_columns,
                       guint         l,
                       double       *work,
                       double       *column,
                       double       *matrix,
                       guint         m)
{
  guint k = n_rows * n_columns;
  guint r = l / (n_columns - 1);
  guint c = l % (n_columns - 1);

  /* Column l of C: the indicator of its cell, double-centred. */
  memset (work, 0, k * sizeof (double));
  work[r * n_columns + c] = 1.0;
  double_centre (work, n_rows, n_columns);
  for (guint i = 0; i < k; i++)
    work[i] *= x[i];
  contrasts_apply (work, n_rows, n_columns, column);
  for (guint j = 0; j < m; j++)
    matrix[j * m + l] = column[j];
}

/* The Cholesky factor L of a symmetric positive definite @a (m × m), in
 * place in the lower triangle. */
static gboolean
cholesky (double *a,
          guint   m)
{
  for (guint j = 0; j < m; j++)
    {
      double sum = a[j * m + j];

      for (guint k = 0; k < j; k++)
        sum -= a[j * m + k] * a[j * m + k];
      if (!(sum > 0))
        return FALSE;
      a[j * m + j] = sqrt (sum);
      for (guint i = j + 1; i < m; i++)
        {
          double s = a[i * m + j];

          for (guint k = 0; k < j; k++)
            s -= a[i * m + k] * a[j * m + k];
          a[i * m + j] = s / a[j * m + j];
        }
    }

  return TRUE;
}

/* Solves L y = b in place for each row of @b, taken as a right-hand side. */
static void
forward_solve_rows (const double *l,
                    double       *b,
                    guint         m)
{
  for (guint row = 0; row < m; row++)
    {
      double *y = &b[row * m];

      for (guint i = 0; i < m; i++)
        {
          double s = y[i];

          for (guint k = 0; k < i; k++)
            s -= l[i * m + k] * y[k];
          y[i] = s / l[i * m + i];
        }
    }
}

/* Transposes an m × m matrix in place. */
static void
transpose (double *a,
           guint   m)
{
  for (guint i = 0; i < m; i++)
    for (guint j = i + 1; j < m; j++)
      {
        double t = a[i * m + j];

        a[i * m + j] = a[j * m + i];
        a[j * m + i] = t;
      }
}

/* tr (Δ) and tr (Δ²) with Δ = A⁻¹ B: both are those of the symmetric
 * L⁻¹ B L⁻ᵀ, with A = L Lᵀ. */
static gboolean
delta_traces (double *a,
              double *b,
              guint   m,
              double *trace,
              double *trace_squared)
{
  if (!cholesky (a, m))
    return FALSE;

  /* Rows of B are columns (B is symmetric): Y = L⁻¹ B, by rows Yᵀ. */
  forward_solve_rows (a, b, m);
  /* Now b holds (L⁻¹ B)ᵀ = B L⁻ᵀ by rows; its transpose's rows solved
   * again give (L⁻¹ B L⁻ᵀ)ᵀ, the same symmetric matrix. */
  transpose (b, m);
  forward_solve_rows (a, b, m);

  *trace = 0;
  *trace_squared = 0;
  for (guint i = 0; i < m; i++)
    {
      *trace += b[i * m + i];
      for (guint j = 0; j < m; j++)
        *trace_squared += b[i * m + j] * b[j * m + i];
    }

  return TRUE;
}

typedef struct
{
  guint   n_rows;
  guint   n_columns;
  double *w;
  double *w2;
  double  n;
} Table;

/* The numerator and denominator of Δ: C′ D⁻¹ C / n and C′ D⁻¹ V D⁻¹ C. */
static void
fill_delta_matrices (const Table *t,
                     double      *denominator,
                     double      *numerator)
{
  guint k = t->n_rows * t->n_columns;
  guint m = (t->n_rows - 1) * (t->n_columns - 1);
  g_autofree double *x_denominator = g_new0 (double, k);
  g_autofree double *x_numerator = g_new0 (double, k);
  g_autofree double *u = g_new0 (double, k);
  g_autofree double *one = g_new0 (double, k);
  g_autofree double *a = g_new0 (double, m);
  g_autofree double *b = g_new0 (double, m);
  g_autofree double *work = g_new0 (double, k);
  g_autofree double *column = g_new0 (double, m);
  double total = 0, sum_s = 0, scale;

  for (guint i = 0; i < k; i++)
    {
      total += t->w[i];
      sum_s += t->w2[i];
    }
  for (guint i = 0; i < k; i++)
    {
      double p = t->w[i] / total;
      /* R's iDmat: a cell without respondents has 0, not infinity. */
      double inverse = p > 0 ? 1.0 / p : 0.0;

      x_denominator[i] = inverse / t->n;
      x_numerator[i] = t->w2[i] * inverse * inverse;
      u[i] = t->w2[i] * inverse;
      one[i] = p > 0 ? 1.0 : 0.0;
    }

  for (guint l = 0; l < m; l++)
    {
      fill_quadratic_column (x_denominator, t->n_rows, t->n_columns, l, work, column,
                             denominator, m);
      fill_quadratic_column (x_numerator, t->n_rows, t->n_columns, l, work, column,
                             numerator, m);
    }

  contrasts_apply (u, t->n_rows, t->n_columns, a);
  contrasts_apply (one, t->n_rows, t->n_columns, b);
  scale = t->n / (t->n - 1.0) / (total * total);
  for (guint i = 0; i < m; i++)
    for (guint j = 0; j < m; j++)
      numerator[i * m + j] = scale * (numerator[i * m + j] - a[i] * b[j] - b[i] * a[j] +
                                      sum_s * b[i] * b[j]);
}

static void
rao_scott (DqIndependence *self,
           const Table    *t)
{
  guint m = (t->n_rows - 1) * (t->n_columns - 1);
  g_autofree double *denominator = NULL;
  g_autofree double *numerator = NULL;
  double trace, trace_squared, d;

  if (m > DQ_INDEPENDENCE_MAX_DF || !(t->n > 1))
    return;

  denominator = g_new0 (double, (gsize) m * m);
  numerator = g_new0 (double, (gsize) m * m);
  fill_delta_matrices (t, denominator, numerator);
  if (!delta_traces (denominator, numerator, m, &trace, &trace_squared) || !(trace > 0))
    return;

  d = trace * trace / trace_squared;
  self->mean_design_effect = trace / m;
  self->rao_scott_f = self->weighted_chi2 / trace;
  self->rao_scott_df1 = d;
  self->rao_scott_df2 = d * (t->n - 1.0);
  self->rao_scott_p = dq_independence_f_upper (self->rao_scott_f, d, self->rao_scott_df2);
}

/* Pearson's X² of a table of @cells with its margins; @expected gets the
 * expected counts when not NULL. */
static double
pearson (const double *cells,
         guint         n_rows,
         guint         n_columns,
         double       *expected)
{
  g_autofree double *row_sums = g_new0 (double, n_rows);
  g_autofree double *column_sums = g_new0 (double, n_columns);
  double total = 0, chi2 = 0;

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        row_sums[r] += cells[r * n_columns + c];
        column_sums[c] += cells[r * n_columns + c];
        total += cells[r * n_columns + c];
      }
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        double e = row_sums[r] * column_sums[c] / total;
        double o = cells[r * n_columns + c];

        chi2 += (o - e) * (o - e) / e;
        if (expected != NULL)
          expected[r * n_columns + c] = e;
      }

  return chi2;
}

static void
count_small_expected (DqIndependence *self,
                      const double   *expected)
{
  self->min_expected = INFINITY;
  for (guint i = 0; i < self->n_cells; i++)
    {
      self->min_expected = MIN (self->min_expected, expected[i]);
      self->n_small_expected += expected[i] < SMALL_EXPECTED;
    }
}

/**
 * dq_independence_new:
 * @table: a crosstab
 *
 * Tests the independence of @table's rows and columns: see
 * #DqIndependence for what is computed, and the comment at the top of
 * this file for how.
 *
 * Returns: (transfer full): the tests
 */
DqIndependence *
dq_independence_new (DqCrosstab *table)
{
  g_autoptr(DqIndependence) self = g_new0 (DqIndependence, 1);
  g_autofree double *counts = NULL;
  g_autofree double *expected = NULL;
  Table t = { 0 };
  guint k;

  g_return_val_if_fail (DQ_IS_CROSSTAB (table), NULL);

  self->n_rows = dq_crosstab_get_n_rows (table);
  self->n_columns = dq_crosstab_get_n_columns (table);
  self->n = dq_crosstab_get_unweighted (table, self->n_rows, self->n_columns);
  self->weighted = dq_crosstab_get_weight_variable (table) != NULL;
  self->pearson_chi2 = self->pearson_df = self->pearson_p = NAN;
  self->weighted_chi2 = self->mean_design_effect = NAN;
  self->rao_scott_f = self->rao_scott_df1 = self->rao_scott_df2 = self->rao_scott_p = NAN;
  self->cramers_v = self->min_expected = NAN;

  if (self->n_rows < 2 || self->n_columns < 2)
    return g_steal_pointer (&self);

  k = self->n_rows * self->n_columns;
  self->n_cells = k;
  counts = g_new (double, k);
  expected = g_new (double, k);
  t.n_rows = self->n_rows;
  t.n_columns = self->n_columns;
  t.n = self->n;
  t.w = g_new (double, k);
  t.w2 = g_new (double, k);
  for (guint r = 0; r < self->n_rows; r++)
    for (guint c = 0; c < self->n_columns; c++)
      {
        double w = dq_crosstab_get_weighted (table, r, c);
        double n = dq_crosstab_get_unweighted (table, r, c);

        counts[r * self->n_columns + c] = n;
        t.w[r * self->n_columns + c] = w;
        t.w2[r * self->n_columns + c] = dq_crosstab_get_squared_weights (table, r, c);
      }

  self->pearson_chi2 = pearson (counts, self->n_rows, self->n_columns, expected);
  self->pearson_df = (self->n_rows - 1.0) * (self->n_columns - 1.0);
  self->pearson_p = dq_independence_chi2_upper (self->pearson_chi2, self->pearson_df);
  count_small_expected (self, expected);

  /* The weighted table scaled to n respondents, as svytable (Ntotal = n). */
  {
    double total = dq_crosstab_get_weighted (table, self->n_rows, self->n_columns);
    g_autofree double *scaled = g_new (double, k);

    for (guint i = 0; i < k; i++)
      scaled[i] = t.w[i] * self->n / total;
    self->weighted_chi2 = pearson (scaled, self->n_rows, self->n_columns, NULL);
  }

  /* Cramér's V of the table as it is shown: it describes the strength of
   * the association, so it uses the weighted shares. */
  self->cramers_v = sqrt (self->weighted_chi2 / self->n /
                          (MIN (self->n_rows, self->n_columns) - 1.0));

  if (self->weighted)
    rao_scott (self, &t);
  else
    self->weighted_chi2 = NAN;

  g_free (t.w);
  g_free (t.w2);

  return g_steal_pointer (&self);
}

/**
 * dq_independence_copy:
 * @self: tests
 *
 * Returns: (transfer full): a copy of @self
 */
DqIndependence *
dq_independence_copy (const DqIndependence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

/**
 * dq_independence_free:
 * @self: tests
 *
 * Frees @self.
 */
void
dq_independence_free (DqIndependence *self)
{
  g_free (self);
}

/**
 * dq_independence_is_defined:
 * @self: tests
 *
 * Returns: whether the table has a test: two rows and two columns or more
 */
gboolean
dq_independence_is_defined (const DqIndependence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !isnan (self->pearson_chi2);
}

/**
 * dq_independence_warns_small:
 * @self: tests
 *
 * Returns: whether expected counts are too small for the chi-square
 *   approximation by Cochran's rule: below 5 in more than a fifth of the
 *   cells, or below 1 in any
 */
gboolean
dq_independence_warns_small (const DqIndependence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!dq_independence_is_defined (self))
    return FALSE;

  return self->min_expected < 1.0 || self->n_small_expected > SMALL_SHARE * self->n_cells;
}

/**
 * dq_independence_format_p:
 * @p: a p-value
 * @language: the language to write it in
 *
 * Returns: (transfer full): "p = 0.042", or "p < 0.001" for smaller ones
 */
char *
dq_independence_format_p (double     p,
                          DqLanguage language)
{
  g_autofree char *number = NULL;

  if (p < 0.001)
    {
      number = dq_format_number (0.001, 3, language);
      return g_strdup_printf ("p < %s", number);
    }
  number = dq_format_number (p, 3, language);

  return g_strdup_printf ("p = %s", number);
}

static void
append_pearson (GString              *out,
                const DqIndependence *self,
                DqLanguage            language)
{
  g_autofree char *chi2 = dq_format_number (self->pearson_chi2, 2, language);
  g_autofree char *df = dq_format_number (self->pearson_df, 0, language);
  g_autofree char *p = dq_independence_format_p (self->pearson_p, language);

  if (self->weighted)
    /* Translators: the chi-square test of the unweighted counts of a
     * weighted table: "Pearson’s chi-square of unweighted counts: χ² = 12.34,
     * df = 4, p = 0.015" */
    g_string_append_printf (out, _("Pearson’s chi-square of unweighted counts: χ² = %s, "
                                   "df = %s, %s"), chi2, df, p);
  else
    g_string_append_printf (out, _("Pearson’s chi-square: χ² = %s, df = %s, %s"), chi2, df, p);
  g_string_append_c (out, '\n');
}

static void
append_rao_scott (GString              *out,
                  const DqIndependence *self,
                  DqLanguage            language)
{
  g_autofree char *f = dq_format_number (self->rao_scott_f, 2, language);
  g_autofree char *df1 = dq_format_number (self->rao_scott_df1, 2, language);
  g_autofree char *df2 = dq_format_number (self->rao_scott_df2, 1, language);
  g_autofree char *p = dq_independence_format_p (self->rao_scott_p, language);

  if (isnan (self->rao_scott_f))
    {
      g_autofree char *most = dq_format_number (DQ_INDEPENDENCE_MAX_DF, 0, language);

      g_string_append_printf (out, _("Rao–Scott test: not computed for tables of more than %s "
                                     "degrees of freedom"), most);
    }
  else
    /* Translators: "Rao–Scott F = 3.21, df = 1.93 and 1,234.5, p = 0.042" */
    g_string_append_printf (out, _("Rao–Scott F = %s, df = %s and %s, %s (weighted)"),
                            f, df1, df2, p);
  g_string_append_c (out, '\n');
}

/**
 * dq_independence_describe:
 * @self: tests
 * @language: the language of the numbers
 *
 * Describes the tests in a few lines, for the notes under a table and the
 * command line: the Rao–Scott test first when the table is weighted, then
 * Pearson's, Cramér's V and, when expected counts are small, a warning.
 *
 * Returns: (transfer full): the lines, each ending in a newline; empty when
 *   the table has no test
 */
char *
dq_independence_describe (const DqIndependence *self,
                          DqLanguage            language)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  if (!dq_independence_is_defined (self))
    return g_string_free (out, FALSE);

  if (self->weighted)
    append_rao_scott (out, self, language);
  append_pearson (out, self, language);

  {
    g_autofree char *v = dq_format_number (self->cramers_v, 3, language);

    g_string_append_printf (out, _("Cramér’s V = %s"), v);
    g_string_append_c (out, '\n');
  }

  if (self->n_small_expected > 0)
    {
      g_autofree char *share = dq_format_percent (100.0 * self->n_small_expected / self->n_cells,
                                                  0, language);
      g_autofree char *least = dq_format_number (self->min_expected, 2, language);

      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u cell of %u (%s) has an expected count below 5; "
                                           "the smallest is %s.",
                                           "%u cells of %u (%s) have an expected count below "
                                           "5; the smallest is %s.",
                                           self->n_small_expected),
                              self->n_small_expected, self->n_cells, share, least);
      if (dq_independence_warns_small (self))
        {
          g_string_append_c (out, ' ');
          g_string_append (out, _("The test may be inaccurate: combine small categories or "
                                  "leave them out."));
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * dq_independence_describe_method:
 *
 * Returns: which test is shown and why, in a few sentences for the notes
 *   under a table
 */
const char *
dq_independence_describe_method (void)
{
  return _("Without weights, the test of independence is Pearson’s chi-square of the counts. "
           "Weighted counts are not counts: their chi-square would overstate the evidence, so "
           "a weighted table is tested with the Rao–Scott second-order correction (an F test, "
           "as R’s survey::svychisq computes it for a sample with weights only), and "
           "Pearson’s chi-square is given for the unweighted counts. Cramér’s V describes the "
           "table as shown. Expected counts below 5 in more than a fifth of the cells, or any "
           "below 1, make the tests inaccurate.");
}
