/* dq-dataset.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-centre.h"
#include "dq-document.h"
#include "dq-event.h"
#include "dq-figure.h"
#include "dq-group.h"
#include "dq-json-reader.h"
#include "dq-place.h"
#include "dq-series.h"
#include "dq-survey.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_DATASET (dq_dataset_get_type ())

G_DECLARE_FINAL_TYPE (DqDataset, dq_dataset, DQ, DATASET, GObject)

/* Larger dataset files are refused rather than read into memory. */
#define DQ_DATASET_MAX_FILE_SIZE (64 * 1024 * 1024)

DqDataset  *dq_dataset_new_bundled    (GError    **error) G_GNUC_WARN_UNUSED_RESULT;
DqDataset  *dq_dataset_new_from_file  (GFile      *file,
                                       GError    **error) G_GNUC_WARN_UNUSED_RESULT;
DqDataset  *dq_dataset_new_from_data  (const char *data,
                                       gssize      length,
                                       const char *filename,
                                       GError    **error) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_dataset_get_name       (DqDataset  *self);
const char *dq_dataset_get_release_version (DqDataset *self);
GDateTime  *dq_dataset_get_release_date    (DqDataset *self);
GListModel *dq_dataset_get_documents  (DqDataset  *self);
GListModel *dq_dataset_get_places     (DqDataset  *self);
GListModel *dq_dataset_get_groups     (DqDataset  *self);
GListModel *dq_dataset_get_centres    (DqDataset  *self);
GListModel *dq_dataset_get_surveys    (DqDataset  *self);
GListModel *dq_dataset_get_events     (DqDataset  *self);
GListModel *dq_dataset_get_series     (DqDataset  *self);
GListModel *dq_dataset_get_facts      (DqDataset  *self);
GListModel *dq_dataset_get_figures    (DqDataset  *self);
DqDocument *dq_dataset_lookup_document (DqDataset *self,
                                        const char *id);
DqPlace    *dq_dataset_lookup_place   (DqDataset  *self,
                                       const char *id);
DqGroup    *dq_dataset_lookup_group   (DqDataset  *self,
                                       const char *id);
DqCentre   *dq_dataset_lookup_centre  (DqDataset  *self,
                                       const char *id);
DqSurvey   *dq_dataset_lookup_survey  (DqDataset  *self,
                                       const char *id);
DqEvent    *dq_dataset_lookup_event   (DqDataset  *self,
                                       const char *id);
DqFigure   *dq_dataset_lookup_figure  (DqDataset  *self,
                                       const char *id);
DqSeries   *dq_dataset_lookup_series  (DqDataset  *self,
                                       const char *id);

G_END_DECLS
