/* dq-chart-private.h
 *
 * What the chart layouts share: the frame (title, legend, source line,
 * notes) around a plot area, which is the one the map has too, axes and
 * statistics.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-chart.h"
#include "dq-chart-strings.h"
#include "dq-frame.h"
#include "dq-theme.h"

G_BEGIN_DECLS

/* A chart being laid out: the shared frame, with the chart in it and the
 * plot area that is left once the title, legend and footer are placed. */
typedef DqFrame DqChartFrame;

/* Charts of new kinds, made in their own files */
DqChart    *_dq_chart_new               (DqDataset      *dataset,
                                         const char     *id,
                                         DqChartKind     kind,
                                         DqText         *title,
                                         gpointer        data,
                                         GDestroyNotify  destroy);
gpointer    _dq_chart_get_layout_data   (DqChart        *chart);
void        _dq_chart_add_census_charts (GListStore     *store,
                                         DqDataset      *dataset);
void        _dq_chart_add_timeline      (GListStore     *store,
                                         DqDataset      *dataset);
char       *_dq_chart_describe_derived  (DqSource       *source,
                                         DqLanguage      language);
char       *_dq_chart_series_to_csv     (DqChart        *chart,
                                         DqLanguage      language);
char       *_dq_chart_timeline_to_csv   (DqChart        *chart,
                                         DqLanguage      language);
void        _dq_chart_append_csv        (GString        *out,
                                         const char     *field,
                                         gboolean        last);

/* Figures, per chart kind */
DqChartSource *_dq_chart_get_source     (DqChart        *chart);
const char *_dq_chart_get_country       (DqChart        *chart);
int         _dq_chart_get_year          (DqChart        *chart);

/* The frame */
void        _dq_chart_frame_init        (DqChartFrame          *frame,
                                         DqChart               *chart,
                                         const DqChartOptions  *options);
void        _dq_chart_frame_init_at     (DqChartFrame          *frame,
                                         DqChart               *chart,
                                         const DqChartOptions  *options,
                                         double                 height);
void        _dq_chart_frame_reset       (DqChartFrame          *frame);
DqScene    *_dq_chart_frame_build       (DqChart               *chart,
                                         const DqChartOptions  *options);
void        _dq_chart_frame_title       (DqChartFrame          *frame,
                                         const char            *title,
                                         const char            *subtitle);
void        _dq_chart_frame_legend      (DqChartFrame          *frame,
                                         const DqLegendItem    *items,
                                         guint                  n_items);
void        _dq_chart_frame_footer      (DqChartFrame          *frame,
                                         const char * const    *notes);
void        _dq_chart_mark_corrections  (DqChartFrame          *frame);
char       *_dq_chart_describe_conditions (DqChartSource       *source,
                                           DqLanguage           language);
void        _dq_chart_nice_ticks        (double                 min,
                                         double                 max,
                                         int                    target,
                                         double                *first,
                                         double                *step,
                                         int                   *count);
double      _dq_chart_wrap_labels       (DqChartFrame          *frame,
                                         GPtrArray             *labels,
                                         double                 size,
                                         double                 max_width,
                                         GPtrArray             *lines);
double      _dq_chart_centred_baseline  (DqScene               *scene,
                                         double                 font_size,
                                         double                 cy);
void        _dq_chart_draw_label_lines  (DqChartFrame          *frame,
                                         GPtrArray             *lines,
                                         double                 right,
                                         double                 top,
                                         double                 size,
                                         double                 line);
void        _dq_chart_percent_axis      (DqChartFrame          *frame,
                                         double                 zero,
                                         double                 hundred,
                                         double                 top,
                                         double                 bottom,
                                         double                 font_size,
                                         double                 line,
                                         gboolean               grid);
char       *_dq_chart_format_percent    (double                 value,
                                         DqLanguage             language);
gboolean    _dq_chart_figure_ci         (DqChart               *chart,
                                         DqFigure              *figure,
                                         double                *low,
                                         double                *high);
char       *_dq_chart_source_line       (DqChart               *chart,
                                         DqLanguage             language);
gboolean    _dq_chart_is_from_table     (DqChart               *chart);
const char *_dq_chart_subtitle          (DqChart               *chart,
                                         const char            *fallback,
                                         DqLanguage             language);
const char *_dq_chart_ci_note           (DqChart               *chart,
                                         DqLanguage             language);
char       *_dq_chart_respondents       (const char            *country,
                                         DqLanguage             language);
char       *_dq_chart_format_figure_percent (DqFigure          *figure,
                                             double             value,
                                             DqLanguage         language);

void        _dq_chart_add_whisker       (DqChartFrame          *frame,
                                         DqFigure              *figure,
                                         double                 x_low,
                                         double                 x_high,
                                         double                 cy,
                                         double                 cap);
char       *_dq_chart_group_label       (DqDataset             *dataset,
                                         DqFigure              *figure,
                                         DqLanguage             language);

/* The layouts */
void        _dq_chart_layout_diverging   (DqChartFrame *frame);
void        _dq_chart_layout_grouped     (DqChartFrame *frame);
void        _dq_chart_layout_stacked     (DqChartFrame *frame);
void        _dq_chart_layout_ranked      (DqChartFrame *frame);
void        _dq_chart_layout_composition (DqChartFrame *frame);
void        _dq_chart_layout_line        (DqChartFrame *frame);
void        _dq_chart_layout_typology    (DqChartFrame *frame);
void        _dq_chart_layout_census      (DqChartFrame *frame);
void        _dq_chart_layout_timeline    (DqChartFrame *frame);

G_END_DECLS
