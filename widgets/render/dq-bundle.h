/* dq-bundle.h
 *
 * A figure bundle: the image beside the data it shows (CSV), the text a
 * screen reader gets (alt text) and the citation of its sources (plain
 * text and BibTeX), so that a paper's figure, its data and its citation
 * stay together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-chart.h"
#include "dq-provenance.h"
#include "dq-scene-render.h"

G_BEGIN_DECLS

char     *dq_bundle_citation_text   (DqChart                *chart,
                                     const DqProvenance     *provenance) G_GNUC_WARN_UNUSED_RESULT;
char     *dq_bundle_citation_bibtex (DqChart                *chart,
                                     const DqProvenance     *provenance) G_GNUC_WARN_UNUSED_RESULT;
GFile    *dq_bundle_sibling         (GFile                  *image,
                                     const char             *suffix) G_GNUC_WARN_UNUSED_RESULT;
gboolean  dq_bundle_write           (DqChart                *chart,
                                     DqScene                *scene,
                                     DqExportFormat          format,
                                     const DqExportSettings *settings,
                                     GFile                  *image,
                                     GPtrArray              *written,
                                     GError                **error);

G_END_DECLS
