/* dq-chart-source-private.h
 *
 * What the makers of chart sources share: a bundled question's in
 * dq-chart-source.c, a crosstab's in dq-chart-source-crosstab.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-chart-source.h"
#include "dq-figure-private.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  DqText *label;
} Category;

typedef struct
{
  /* A country code, a crosstab's column, or NULL for all respondents. */
  char   *id;
  /* Respondents; negative when no sample size is stated. */
  double  n;
} Group;

struct _DqChartSource
{
  GObject           parent_instance;

  char             *id;
  DqText           *title;
  GArray           *categories;
  GArray           *groups;
  GStrv             subjects;
  /* DqFigure, one per cell */
  GPtrArray        *figures;
  /* CellKey → DqFigure (borrowed from figures): the figure of each cell,
   * found in one step however many figures a question has. */
  GHashTable       *index;
  DqIntervalMethod  method;
  gboolean          from_table;

  /* A bundled question: the dataset holds the survey and its documents. */
  DqDataset        *dataset;
  DqSurvey         *survey;
  /* DqDocument, borrowed from the dataset */
  GPtrArray        *documents;

  /* A crosstab */
  DqCrosstab       *crosstab;
  char             *split_title;
  /* What the source line says of the data besides its file and weight */
  char             *filter_description;
  guint             n_corrected_values;
  GArray           *missing_codes;
};

/* A cell of a chart: the group of respondents (a country or a crosstab's
 * column), the country asked about, and the answer; each may be NULL. The
 * strings are borrowed from a figure. */
typedef struct
{
  const char *group;
  const char *subject;
  const char *category;
} CellKey;

void     _dq_chart_source_add_figure       (DqChartSource *self,
                                            DqFigure      *figure);
/* For tests: how many times two cells' keys were compared, which grows with
 * the figures when the index works and with their square when it does
 * not. */
guint64  _dq_chart_source_get_n_comparisons (void);

void _dq_chart_source_add_category (DqChartSource *self,
                                    const char    *id,
                                    DqText        *label);
void _dq_chart_source_add_group    (DqChartSource *self,
                                    const char    *id,
                                    double         n);

G_END_DECLS
