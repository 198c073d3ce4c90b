/* dq-test-util.h
 *
 * Helpers shared by the tests: running the dostyq binary and finding the
 * source tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} DqTestRun;

void        dq_test_run_clear  (DqTestRun   *run);
void        dq_test_spawn      (DqTestRun   *run,
                                const char  *first_arg,
                                ...) G_GNUC_NULL_TERMINATED;
void        dq_test_spawn_v    (DqTestRun   *run,
                                const char **argv);
const char *dq_test_dostyq     (void);
const char *dq_test_srcdir     (void);
char       *dq_test_seeds_dir  (void);
void        dq_test_remove_dir (const char  *dir);
char       *dq_test_read_file  (const char  *path) G_GNUC_WARN_UNUSED_RESULT;
GFile      *dq_test_write_file (const char  *dir,
                                const char  *name,
                                const char  *contents,
                                gssize       length) G_GNUC_WARN_UNUSED_RESULT;

GStrv       dq_test_make_special_files (const char *dir,
                                        const char *suffix) G_GNUC_WARN_UNUSED_RESULT;
const char *dq_test_special_file_error (guint       index);
char       *dq_test_non_utf8_name      (const char *suffix) G_GNUC_WARN_UNUSED_RESULT;

GPtrArray  *dq_test_read_fixtures      (const char *name) G_GNUC_WARN_UNUSED_RESULT;
void        dq_test_assert_close       (double      value,
                                        double      expected,
                                        double      relative,
                                        const char *what);
double      dq_test_fixture_number     (GPtrArray  *rows,
                                        const char * const *match,
                                        guint       n_match,
                                        const char *key);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DqTestRun, dq_test_run_clear)

G_END_DECLS
