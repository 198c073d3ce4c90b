/* dq-import-variable.c
 *
 * One row of the import dialog's table of variables: what a researcher
 * checks before importing a file, already put into words, so that the
 * table binds plain properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include "dq-import-variable.h"

struct _DqImportVariable
{
  GObject  parent_instance;

  guint    index;
  char    *name;
  char    *label;
  char    *value_type;
  char    *missing;
  guint64  n_valid;
  char    *valid;
};

enum {
  PROP_0,
  PROP_INDEX,
  PROP_NAME,
  PROP_LABEL,
  PROP_VALUE_TYPE,
  PROP_MISSING,
  PROP_N_VALID,
  PROP_VALID,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqImportVariable, dq_import_variable, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_import_variable_finalize (GObject *object)
{
  DqImportVariable *self = DQ_IMPORT_VARIABLE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->value_type, g_free);
  g_clear_pointer (&self->missing, g_free);
  g_clear_pointer (&self->valid, g_free);

  G_OBJECT_CLASS (dq_import_variable_parent_class)->finalize (object);
}

static void
dq_import_variable_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DqImportVariable *self = DQ_IMPORT_VARIABLE (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_VALUE_TYPE:
      g_value_set_string (value, self->value_type);
      break;

    case PROP_MISSING:
      g_value_set_string (value, self->missing);
      break;

    case PROP_N_VALID:
      g_value_set_uint64 (value, self->n_valid);
      break;

    case PROP_VALID:
      g_value_set_string (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_import_variable_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DqImportVariable *self = DQ_IMPORT_VARIABLE (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    case PROP_VALUE_TYPE:
      self->value_type = g_value_dup_string (value);
      break;

    case PROP_MISSING:
      self->missing = g_value_dup_string (value);
      break;

    case PROP_N_VALID:
      self->n_valid = g_value_get_uint64 (value);
      break;

    case PROP_VALID:
      self->valid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_import_variable_class_init (DqImportVariableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dq_import_variable_finalize;
  object_class->get_property = dq_import_variable_get_property;
  object_class->set_property = dq_import_variable_set_property;

  /**
   * DqImportVariable:index:
   *
   * The variable's index in the file's #DqSurveyData.
   */
  properties[PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * DqImportVariable:name:
   *
   * The variable's name, as the file gives it.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * DqImportVariable:label:
   *
   * The variable's label, often the wording of the question; empty when
   * the file has none, as in CSV files.
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);

  /**
   * DqImportVariable:value-type:
   *
   * What the values are, in words: "Number", "Text", "Categories (5 value
   * labels)".
   */
  properties[PROP_VALUE_TYPE] = g_param_spec_string ("value-type", NULL, NULL, NULL, flags);

  /**
   * DqImportVariable:missing:
   *
   * The user-missing values the file declares, such as "8, 9", or a dash.
   */
  properties[PROP_MISSING] = g_param_spec_string ("missing", NULL, NULL, NULL, flags);

  /**
   * DqImportVariable:n-valid:
   *
   * The number of respondents whose value is neither system-missing nor
   * user-missing.
   */
  properties[PROP_N_VALID] = g_param_spec_uint64 ("n-valid", NULL, NULL,
                                                  0, G_MAXUINT64, 0, flags);

  /**
   * DqImportVariable:valid:
   *
   * #DqImportVariable:n-valid as the interface language writes it.
   */
  properties[PROP_VALID] = g_param_spec_string ("valid", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_import_variable_init (DqImportVariable *self)
{
}

/**
 * dq_import_variable_new:
 * @index: the variable's index in its #DqSurveyData
 * @name: its name
 * @label: (nullable): its label
 * @value_type: what its values are, in words
 * @missing: its user-missing values, in words
 * @n_valid: how many of its values are valid
 * @valid: @n_valid, formatted
 *
 * Returns: (transfer full): a row of the table of variables
 */
DqImportVariable *
dq_import_variable_new (guint       index,
                        const char *name,
                        const char *label,
                        const char *value_type,
                        const char *missing,
                        guint64     n_valid,
                        const char *valid)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (DQ_TYPE_IMPORT_VARIABLE,
                       "index", index,
                       "name", name,
                       "label", label != NULL ? label : "",
                       "value-type", value_type,
                       "missing", missing,
                       "n-valid", n_valid,
                       "valid", valid,
                       NULL);
}

/**
 * dq_import_variable_get_index:
 * @self: a #DqImportVariable
 *
 * Returns: the variable's index in the file's #DqSurveyData
 */
guint
dq_import_variable_get_index (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), 0);

  return self->index;
}

/**
 * dq_import_variable_get_name:
 * @self: a #DqImportVariable
 *
 * Returns: the variable's name
 */
const char *
dq_import_variable_get_name (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), NULL);

  return self->name;
}

/**
 * dq_import_variable_get_label:
 * @self: a #DqImportVariable
 *
 * Returns: the variable's label, empty when the file has none
 */
const char *
dq_import_variable_get_label (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), NULL);

  return self->label;
}

/**
 * dq_import_variable_get_value_type:
 * @self: a #DqImportVariable
 *
 * Returns: what the values are, in words
 */
const char *
dq_import_variable_get_value_type (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), NULL);

  return self->value_type;
}

/**
 * dq_import_variable_get_missing:
 * @self: a #DqImportVariable
 *
 * Returns: the user-missing values the file declares, in words
 */
const char *
dq_import_variable_get_missing (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), NULL);

  return self->missing;
}

/**
 * dq_import_variable_get_n_valid:
 * @self: a #DqImportVariable
 *
 * Returns: the number of values neither system- nor user-missing
 */
guint64
dq_import_variable_get_n_valid (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), 0);

  return self->n_valid;
}

/**
 * dq_import_variable_get_valid:
 * @self: a #DqImportVariable
 *
 * Returns: #DqImportVariable:n-valid, formatted
 */
const char *
dq_import_variable_get_valid (DqImportVariable *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_VARIABLE (self), NULL);

  return self->valid;
}
