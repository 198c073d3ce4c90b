/* dq-dataset-fixture.h
 *
 * The small dataset the model tests load, and helpers to break it one
 * member at a time and to check the loader's messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dq-dataset.h"

G_BEGIN_DECLS

#define FIXTURE_RESOURCE "/io/github/dostyq/Dostyq/tests/minimal.json"

/* The fixture's contents, as the tests expect them. */
#define FIXTURE_N_FIGURES 13

GBytes     *dq_fixture_bytes           (void);
DqDataset  *dq_fixture_load            (void);
JsonNode   *dq_fixture_parse_json      (const char *data,
                                        gssize      length);
JsonNode   *dq_fixture_parse           (void);
JsonNode   *dq_fixture_node_at_path    (JsonNode   *root,
                                        const char *path);
JsonObject *dq_fixture_object_at_path  (JsonNode   *root,
                                        const char *path);
char       *dq_fixture_edit            (const char *path,
                                        const char *member,
                                        const char *json);
void        dq_fixture_assert_error_at (const GError *error,
                                        GQuark        domain,
                                        int           code,
                                        const char   *filename,
                                        const char   *path,
                                        const char   *word);
void        dq_fixture_assert_error_in (const GError *error,
                                        GQuark        domain,
                                        int           code,
                                        const char   *filename,
                                        const char   *word);
char       *dq_fixture_make_temp_dir   (void);

G_END_DECLS
