/* dq-question.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dq-source.h"
#include "dq-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

/**
 * DqCategory:
 * @id: the id figures refer to
 * @label: the answer as shown
 */
typedef struct
{
  char   *id;
  DqText *label;
} DqCategory;

#define DQ_TYPE_QUESTION (dq_question_get_type ())

G_DECLARE_FINAL_TYPE (DqQuestion, dq_question, DQ, QUESTION, GObject)

const char         *dq_question_get_id           (DqQuestion *self);
const DqText       *dq_question_get_wording      (DqQuestion *self);
guint               dq_question_get_n_categories (DqQuestion *self);
const DqCategory   *dq_question_get_category     (DqQuestion *self,
                                                  guint       index);
const DqCategory   *dq_question_lookup_category  (DqQuestion *self,
                                                  const char *id);
const char * const *dq_question_get_subjects     (DqQuestion *self);
GListModel         *dq_question_get_figures      (DqQuestion *self);
DqSource           *dq_question_get_source       (DqQuestion *self);

G_END_DECLS
