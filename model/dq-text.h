/* dq-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_TYPE_TEXT (dq_text_get_type ())

GType       dq_text_get_type             (void) G_GNUC_CONST;
DqText     *dq_text_new                  (const char *en,
                                          const char *ru,
                                          const char *kk) G_GNUC_WARN_UNUSED_RESULT;
DqText     *dq_text_copy                 (const DqText *text);
void        dq_text_free                 (DqText       *text);
const char *dq_text_get                  (const DqText *text,
                                          DqLanguage    language);
const char *dq_text_get_default          (const DqText *text);
gboolean    dq_text_contains_casefold    (const DqText *text,
                                          const char   *needle);

const char *dq_language_to_code          (DqLanguage  language);
gboolean    dq_language_from_code        (const char *code,
                                          DqLanguage *language);
DqLanguage  dq_language_get_default      (void);
void        dq_language_set_default      (DqLanguage  language);
DqLanguage  dq_language_from_environment (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqText, dq_text_free)

G_END_DECLS
