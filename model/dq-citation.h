/* dq-citation.h
 *
 * Citations of the source documents and of the dataset, as text in the
 * author–date style and as BibTeX, for "Copy Citation".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dq-dataset.h"
#include "dq-document.h"

G_BEGIN_DECLS

/**
 * DQ_DATASET_URL:
 *
 * Where the dataset is published, with the program.
 */
#define DQ_DATASET_URL "https://github.com/dostyq/dostyq"

char *dq_citation_document_text   (DqDocument *document) G_GNUC_WARN_UNUSED_RESULT;
char *dq_citation_document_bibtex (DqDocument *document) G_GNUC_WARN_UNUSED_RESULT;
char *dq_citation_dataset_text    (DqDataset  *dataset) G_GNUC_WARN_UNUSED_RESULT;
char *dq_citation_dataset_bibtex  (DqDataset  *dataset) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
