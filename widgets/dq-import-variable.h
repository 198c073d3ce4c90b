/* dq-import-variable.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DQ_TYPE_IMPORT_VARIABLE (dq_import_variable_get_type ())

G_DECLARE_FINAL_TYPE (DqImportVariable, dq_import_variable, DQ, IMPORT_VARIABLE, GObject)

DqImportVariable *dq_import_variable_new            (guint             index,
                                                     const char       *name,
                                                     const char       *label,
                                                     const char       *value_type,
                                                     const char       *missing,
                                                     guint64           n_valid,
                                                     const char       *valid)
                                                     G_GNUC_WARN_UNUSED_RESULT;
guint             dq_import_variable_get_index      (DqImportVariable *self);
const char       *dq_import_variable_get_name       (DqImportVariable *self);
const char       *dq_import_variable_get_label      (DqImportVariable *self);
const char       *dq_import_variable_get_value_type (DqImportVariable *self);
const char       *dq_import_variable_get_missing    (DqImportVariable *self);
guint64           dq_import_variable_get_n_valid    (DqImportVariable *self);
const char       *dq_import_variable_get_valid      (DqImportVariable *self);

G_END_DECLS
