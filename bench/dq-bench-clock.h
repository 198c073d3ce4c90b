/* dq-bench-clock.h
 *
 * The clock and the median the map benchmarks report by.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double dq_bench_cpu_ms (void);
double dq_bench_median (double *values,
                        guint   n);

G_END_DECLS
