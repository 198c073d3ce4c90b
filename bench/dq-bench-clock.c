/* dq-bench-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "dq-bench-clock.h"

/* The time this thread has run, in ms: on a busy machine wall-clock time
 * would count other programs' work too. */
double
dq_bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @values in place. */
double
dq_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return values[n / 2];
}
