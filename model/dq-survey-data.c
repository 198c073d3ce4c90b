/* dq-survey-data.c
 *
 * Columnar storage of respondent-level data. A numeric variable is one array
 * of doubles, NaN marking a system-missing value, so that statistics run over
 * contiguous memory. A string variable is dictionary-coded: one 32-bit code
 * per respondent into a short list of distinct categories, because survey
 * strings ("Kazakhstan", "female") repeat endlessly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dq-escape.h"
#include "dq-format.h"
#include "dq-survey-data-private.h"

enum {
  PROP_0,
  PROP_SOURCE_NAME,
  N_PROPS
};

enum {
  SIGNAL_VALUE_CHANGED,
  N_SIGNALS
};

G_DEFINE_QUARK (dq-survey-data-error-quark, dq_survey_data_error)

G_DEFINE_FINAL_TYPE (DqSurveyData, dq_survey_data, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_value_label (gpointer data)
{
  DqValueLabel *value_label = data;

  g_clear_pointer (&value_label->label, g_free);
}

static void
variable_free (gpointer data)
{
  Variable *variable = data;

  g_free (variable->name);
  g_free (variable->label);
  g_free (variable->numbers);
  g_free (variable->codes);
  g_strfreev (variable->categories);
  g_array_unref (variable->value_labels);
  g_array_unref (variable->missing_ranges);
  g_ptr_array_unref (variable->missing_strings);
  g_clear_pointer (&variable->text_labels, g_hash_table_unref);
  g_free (variable);
}

static void
dq_survey_data_finalize (GObject *object)
{
  DqSurveyData *self = DQ_SURVEY_DATA (object);

  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->gaps, g_array_unref);
  g_clear_pointer (&self->variables, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->folded_names, g_hash_table_unref);
  g_clear_pointer (&self->stored_weight, g_free);

  G_OBJECT_CLASS (dq_survey_data_parent_class)->finalize (object);
}

static void
dq_survey_data_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DqSurveyData *self = DQ_SURVEY_DATA (object);

  switch (prop_id)
    {
    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_survey_data_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DqSurveyData *self = DQ_SURVEY_DATA (object);

  switch (prop_id)
    {
    case PROP_SOURCE_NAME:
      g_free (self->source_name);
      self->source_name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_survey_data_class_init (DqSurveyDataClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_survey_data_finalize;
  object_class->get_property = dq_survey_data_get_property;
  object_class->set_property = dq_survey_data_set_property;

  /**
   * DqSurveyData:source-name:
   *
   * The name of the file the data came from, for error messages and the
   * source line under a table.
   */
  properties[PROP_SOURCE_NAME] =
    g_param_spec_string ("source-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqSurveyData::value-changed:
   * @self: a #DqSurveyData
   * @variable: the index of the variable
   * @row: the row index, from 0
   *
   * Emitted after dq_survey_data_set_value_text() changed a value.
   */
  signals[SIGNAL_VALUE_CHANGED] =
    g_signal_new ("value-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT64);
}

static void
dq_survey_data_init (DqSurveyData *self)
{
  self->first_row = 1;
  self->gaps = g_array_new (FALSE, FALSE, sizeof (RowGap));
  self->variables = g_ptr_array_new_with_free_func (variable_free);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->folded_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * dq_survey_data_new:
 * @source_name: the name of the file the data comes from
 *
 * Creates data with no variables; the readers fill it.
 *
 * Returns: (transfer full): the data
 */
DqSurveyData *
dq_survey_data_new (const char *source_name)
{
  g_return_val_if_fail (source_name != NULL, NULL);

  return g_object_new (DQ_TYPE_SURVEY_DATA, "source-name", source_name, NULL);
}

/**
 * dq_survey_data_get_source_name:
 * @self: a #DqSurveyData
 *
 * Returns: the name of the file the data comes from
 */
const char *
dq_survey_data_get_source_name (DqSurveyData *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);

  return self->source_name;
}

/**
 * dq_survey_data_set_first_row:
 * @self: a #DqSurveyData
 * @first_row: the number the source gives to the first respondent
 *
 * Sets how rows are numbered in messages, so that they match what the
 * researcher sees when opening the file: in a CSV file with a header the
 * first respondent is on row 2, as in a spreadsheet; in an SPSS file it is
 * case 1.
 */
void
dq_survey_data_set_first_row (DqSurveyData *self,
                              guint         first_row)
{
  g_return_if_fail (DQ_IS_SURVEY_DATA (self));

  self->first_row = first_row;
}

/**
 * dq_survey_data_skip_source_rows:
 * @self: a #DqSurveyData
 * @row: a row index, from 0
 * @n_skipped: how many rows of the source come before @row and hold no
 *   respondent, such as blank lines
 *
 * Keeps the row numbers of messages equal to those of the source file. Call
 * it in order of @row.
 */
void
dq_survey_data_skip_source_rows (DqSurveyData *self,
                                 gsize         row,
                                 guint         n_skipped)
{
  RowGap gap = { row, n_skipped };

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (self->gaps->len == 0 ||
                    g_array_index (self->gaps, RowGap, self->gaps->len - 1).row <= row);

  g_array_append_val (self->gaps, gap);
}

/**
 * dq_survey_data_new_with_rows_of:
 * @other: survey data
 *
 * Creates data without variables whose rows are numbered as those of
 * @other, for variables derived from it: a recoded variable, or a copy
 * written to another file.
 *
 * Returns: (transfer full): the data
 */
DqSurveyData *
dq_survey_data_new_with_rows_of (DqSurveyData *other)
{
  DqSurveyData *self;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (other), NULL);

  self = dq_survey_data_new (other->source_name);
  self->first_row = other->first_row;
  g_array_append_vals (self->gaps, other->gaps->data, other->gaps->len);

  return self;
}

/**
 * dq_survey_data_describe_row:
 * @self: a #DqSurveyData
 * @row: a row index, from 0
 *
 * Returns: (transfer full): the row as the source file numbers it, such as
 *   "row 17"
 */
char *
dq_survey_data_describe_row (DqSurveyData *self,
                             gsize         row)
{
  gsize source_row;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);

  source_row = row + self->first_row;
  for (guint i = 0; i < self->gaps->len && g_array_index (self->gaps, RowGap, i).row <= row; i++)
    source_row += g_array_index (self->gaps, RowGap, i).n_skipped;

  return g_strdup_printf (_("row %zu"), source_row);
}

/**
 * dq_survey_data_get_n_rows:
 * @self: a #DqSurveyData
 *
 * Returns: the number of respondents
 */
gsize
dq_survey_data_get_n_rows (DqSurveyData *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), 0);

  return self->n_rows;
}

/**
 * dq_survey_data_get_n_variables:
 * @self: a #DqSurveyData
 *
 * Returns: the number of variables
 */
guint
dq_survey_data_get_n_variables (DqSurveyData *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), 0);

  return self->variables->len;
}

/* The default limit: half of the machine's memory, and never more than
 * 4 GiB, which holds half a billion numbers. */
#define DEFAULT_MEMORY_LIMIT (G_GUINT64_CONSTANT (4) << 30)

/* Parses a size such as "8G", "512M" or "1000000" (bytes); 0 if it is not
 * one. */
static guint64
parse_size (const char *text)
{
  char *end = NULL;
  guint64 value;
  guint shift = 0;

  if (text == NULL || !g_ascii_isdigit (*text))
    return 0;

  value = g_ascii_strtoull (text, &end, 10);
  switch (g_ascii_toupper (*end))
    {
    case 'K': shift = 10; end++; break;
    case 'M': shift = 20; end++; break;
    case 'G': shift = 30; end++; break;
    case 'T': shift = 40; end++; break;
    default: break;
    }
  if (g_ascii_toupper (*end) == 'I')
    end++;
  if (g_ascii_toupper (*end) == 'B')
    end++;
  if (*end != '\0' || value > (G_MAXUINT64 >> shift))
    return 0;

  return value << shift;
}

/**
 * dq_survey_data_get_memory_limit:
 *
 * The most memory a reader of survey data may take for the values it keeps.
 * A compressed `.zsav` file of a few megabytes can hold gigabytes of values,
 * so readers check what a file's header claims, and what they have read so
 * far, against this limit rather than against the size of the file.
 *
 * The environment variable `DOSTYQ_MEMORY_LIMIT` sets it as a size: bytes,
 * or a number followed by K, M, G or T (binary units: `8G` is 8 GiB). By
 * default it is half of the machine's memory, and at most 4 GiB.
 *
 * Returns: the limit in bytes
 */
guint64
dq_survey_data_get_memory_limit (void)
{
  guint64 limit = parse_size (g_getenv (DQ_SURVEY_DATA_MEMORY_LIMIT_VARIABLE));
  long pages = sysconf (_SC_PHYS_PAGES);
  long page_size = sysconf (_SC_PAGESIZE);

  if (limit > 0)
    return limit;

  if (pages > 0 && page_size > 0)
    return MIN (DEFAULT_MEMORY_LIMIT, (guint64) pages * (guint64) page_size / 2);

  return DEFAULT_MEMORY_LIMIT;
}

/**
 * dq_survey_data_set_memory_error:
 * @error: the place for an error
 * @source_name: the name of a file
 * @n_cases: the number of cases the file holds or claims
 * @needed: the bytes they would take
 *
 * Sets %DQ_SURVEY_DATA_ERROR_TOO_LARGE, naming the limit and how to raise
 * it.
 */
void
dq_survey_data_set_memory_error (GError     **error,
                                 const char  *source_name,
                                 guint64      n_cases,
                                 guint64      needed)
{
  g_autofree char *cases_str = g_strdup_printf ("%" G_GUINT64_FORMAT, n_cases);
  g_autofree char *needed_str = g_format_size_full (needed, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_str = g_format_size_full (dq_survey_data_get_memory_limit (),
                                                   G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TOO_LARGE,
               _("%s: holding %s cases would need %s of memory, more than the limit of %s; "
                 "set %s (for example to 16G) to raise it"),
               source_name, cases_str, needed_str, limit_str,
               DQ_SURVEY_DATA_MEMORY_LIMIT_VARIABLE);
}

/**
 * dq_survey_data_propagate_file_error:
 * @error: the place for an error
 * @file_error: (transfer full): an error from opening a file, whose message
 *   names the file
 *
 * Passes on an error of dq_input_file_read() in the domain of survey data,
 * keeping its message, so that a reader's errors all have one domain. A
 * cancelled read stays %G_IO_ERROR_CANCELLED.
 */
void
dq_survey_data_propagate_file_error (GError **error,
                                     GError  *file_error)
{
  g_return_if_fail (file_error != NULL);

  if (!g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_set_error_literal (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                           file_error->message);
      g_error_free (file_error);
      return;
    }

  g_propagate_error (error, file_error);
}

static guint
add_variable (DqSurveyData *self,
              Variable     *variable,
              gsize         n_rows)
{
  if (self->variables->len == 0)
    self->n_rows = n_rows;

  variable->value_labels = g_array_new (FALSE, FALSE, sizeof (DqValueLabel));
  g_array_set_clear_func (variable->value_labels, clear_value_label);
  variable->missing_ranges = g_array_new (FALSE, FALSE, sizeof (MissingRange));
  variable->missing_strings = g_ptr_array_new_with_free_func (g_free);

  _dq_survey_data_add_name (self, variable);
  g_ptr_array_add (self->variables, variable);

  return self->variables->len - 1;
}

/**
 * dq_survey_data_add_numeric:
 * @self: a #DqSurveyData
 * @name: the name of a new variable
 * @values: (transfer full) (array length=n_rows): its values, NaN for
 *   system-missing, allocated with g_malloc()
 * @n_rows: the number of values, the same for every variable
 *
 * Returns: the index of the new variable
 */
guint
dq_survey_data_add_numeric (DqSurveyData *self,
                            const char   *name,
                            double       *values,
                            gsize         n_rows)
{
  Variable *variable;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), G_MAXUINT);
  g_return_val_if_fail (name != NULL, G_MAXUINT);
  g_return_val_if_fail (values != NULL || n_rows == 0, G_MAXUINT);
  g_return_val_if_fail (self->variables->len == 0 || n_rows == self->n_rows, G_MAXUINT);
  g_return_val_if_fail (!g_hash_table_contains (self->names, name), G_MAXUINT);

  variable = g_new0 (Variable, 1);
  variable->name = g_strdup (name);
  variable->kind = DQ_VARIABLE_NUMERIC;
  variable->numbers = values;

  return add_variable (self, variable, n_rows);
}

/**
 * dq_survey_data_add_string:
 * @self: a #DqSurveyData
 * @name: the name of a new variable
 * @codes: (transfer full) (array length=n_rows): for each row, an index into
 *   @categories or %DQ_SURVEY_DATA_NO_CODE, allocated with g_malloc()
 * @n_rows: the number of values, the same for every variable
 * @categories: (transfer full): the distinct values, in UTF-8
 *
 * Returns: the index of the new variable
 */
guint
dq_survey_data_add_string (DqSurveyData *self,
                           const char   *name,
                           guint32      *codes,
                           gsize         n_rows,
                           GStrv         categories)
{
  Variable *variable;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), G_MAXUINT);
  g_return_val_if_fail (name != NULL, G_MAXUINT);
  g_return_val_if_fail (codes != NULL || n_rows == 0, G_MAXUINT);
  g_return_val_if_fail (categories != NULL, G_MAXUINT);
  g_return_val_if_fail (self->variables->len == 0 || n_rows == self->n_rows, G_MAXUINT);
  g_return_val_if_fail (!g_hash_table_contains (self->names, name), G_MAXUINT);

  variable = g_new0 (Variable, 1);
  variable->name = g_strdup (name);
  variable->kind = DQ_VARIABLE_STRING;
  variable->codes = codes;
  variable->categories = categories;
  variable->n_categories = g_strv_length (categories);

  return add_variable (self, variable, n_rows);
}

/**
 * dq_survey_data_get_name:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: the variable's name, as in the file
 */
const char *
dq_survey_data_get_name (DqSurveyData *self,
                         guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);

  return get_variable (self, variable)->name;
}

/**
 * dq_survey_data_get_kind:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: whether the variable holds numbers or strings
 */
DqVariableKind
dq_survey_data_get_kind (DqSurveyData *self,
                         guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), DQ_VARIABLE_NUMERIC);
  g_return_val_if_fail (variable < self->variables->len, DQ_VARIABLE_NUMERIC);

  return get_variable (self, variable)->kind;
}

/**
 * dq_survey_data_get_label:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: (nullable): the variable's label, such as the question's wording
 */
const char *
dq_survey_data_get_label (DqSurveyData *self,
                          guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);

  return get_variable (self, variable)->label;
}

/**
 * dq_survey_data_set_label:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @label: (nullable): the variable's label
 */
void
dq_survey_data_set_label (DqSurveyData *self,
                          guint         variable,
                          const char   *label)
{
  Variable *var;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);

  var = get_variable (self, variable);
  g_free (var->label);
  /* Labels are shown beside the program's own words: an override in one
   * must not turn those round. */
  var->label = (label != NULL && *label != '\0') ? dq_bidi_isolate (label) : NULL;
}

/**
 * dq_survey_data_get_numbers:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 *
 * Returns: (array) (transfer none): one value per row, NaN for system-missing
 */
const double *
dq_survey_data_get_numbers (DqSurveyData *self,
                            guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_NUMERIC, NULL);

  return get_variable (self, variable)->numbers;
}

/**
 * dq_survey_data_get_codes:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 *
 * Returns: (array) (transfer none): one category index per row, or
 *   %DQ_SURVEY_DATA_NO_CODE for an empty value
 */
const guint32 *
dq_survey_data_get_codes (DqSurveyData *self,
                          guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_STRING, NULL);

  return get_variable (self, variable)->codes;
}

/**
 * dq_survey_data_get_categories:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 * @n_categories: (out) (optional): their number
 *
 * Returns: (array zero-terminated=1) (transfer none): the distinct values
 */
const char * const *
dq_survey_data_get_categories (DqSurveyData *self,
                               guint         variable,
                               guint        *n_categories)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_STRING, NULL);

  var = get_variable (self, variable);
  if (n_categories != NULL)
    *n_categories = var->n_categories;

  return (const char * const *) var->categories;
}

/**
 * dq_survey_data_dup_value_text:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @row: a row index
 *
 * Returns: (transfer full): the value as text, empty when system-missing
 */
char *
dq_survey_data_dup_value_text (DqSurveyData *self,
                               guint         variable,
                               gsize         row)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);

  var = get_variable (self, variable);
  if (var->kind == DQ_VARIABLE_STRING)
    return g_strdup (var->codes[row] == DQ_SURVEY_DATA_NO_CODE ? ""
                                                               : var->categories[var->codes[row]]);

  if (isnan (var->numbers[row]))
    return g_strdup ("");

  return dq_survey_data_format_number (self, variable, var->numbers[row]);
}

/* Parses a number as a researcher types it, with a decimal point or, as in
 * a Russian or Kazakh locale, a decimal comma. Only plain decimal notation
 * counts: g_ascii_strtod() would also take "0x1A", "inf" and "nan". */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strdup (text);
  char *comma = strchr (copy, ',');
  char *end;

  if (comma != NULL)
    *comma = '.';

  for (const char *p = copy; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
        return FALSE;
    }

  *value = g_ascii_strtod (copy, &end);

  return end != copy && *end == '\0' && isfinite (*value);
}

/* The value whose label is @text, ignoring case. */
static gboolean
lookup_label_value (Variable   *var,
                    const char *text,
                    double     *value)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < var->value_labels->len; i++)
    {
      const DqValueLabel *value_label = &g_array_index (var->value_labels, DqValueLabel, i);
      g_autofree char *label = g_utf8_casefold (value_label->label, -1);

      if (g_str_equal (folded, label))
        {
          *value = value_label->value;
          return TRUE;
        }
    }

  return FALSE;
}

static void
set_value_error (Variable    *var,
                 const char  *text,
                 GError     **error)
{
  g_autoptr(GString) list = NULL;

  if (var->value_labels->len == 0)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_VALUE,
                   _("“%s” is not a number, and “%s” holds numbers"), text, var->name);
      return;
    }

  list = g_string_new (NULL);
  for (guint i = 0; i < var->value_labels->len; i++)
    {
      const DqValueLabel *value_label = &g_array_index (var->value_labels, DqValueLabel, i);
      g_autofree char *value = NULL;

      /* The first few show what kind of text is expected. */
      if (i == 10)
        {
          g_string_append (list, ", …");
          break;
        }
      if (i > 0)
        g_string_append (list, ", ");
      value = dq_format_exact (value_label->value);
      g_string_append_printf (list, "%s = %s", value, value_label->label);
    }

  g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_VALUE,
               /* Translators: the list is of value labels: "1 = Very positive, 2 = Positive" */
               _("“%s” is not a number or a value label of “%s” (%s)"),
               text, var->name, list->str);
}

/* The code of @text among the categories, appending it when it is new. */
static guint32
ensure_category (Variable   *var,
                 const char *text)
{
  for (guint i = 0; i < var->n_categories; i++)
    {
      if (g_str_equal (var->categories[i], text))
        return i;
    }

  var->categories = g_renew (char *, var->categories, var->n_categories + 2);
  var->categories[var->n_categories] = g_strdup (text);
  var->categories[var->n_categories + 1] = NULL;

  return var->n_categories++;
}

/**
 * dq_survey_data_set_value_text:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @row: a row index, from 0
 * @text: the value as typed into the data table
 * @error: the place for an error
 *
 * Stores a value typed in by the researcher. For a numeric variable, @text
 * is a number with a decimal point or comma, a date as
 * dq_survey_data_dup_value_text() writes it for a date variable, or one of
 * the variable's value labels, in any case, with white space around it ignored; for a string
 * variable it is the value itself, which becomes a new category if there is
 * none like it. Empty text, or only white space, is system-missing. The text
 * dq_survey_data_dup_value_text() gives stores the same value again. Emits
 * #DqSurveyData::value-changed when the value changes.
 *
 * Returns: %TRUE when the value was stored, %FALSE with @error set
 *   (%DQ_SURVEY_DATA_ERROR_VALUE) when @text cannot be a value of @variable
 */
gboolean
dq_survey_data_set_value_text (DqSurveyData  *self,
                               guint          variable,
                               gsize          row,
                               const char    *text,
                               GError       **error)
{
  g_autofree char *stripped = NULL;
  gboolean changed;
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), FALSE);
  g_return_val_if_fail (variable < self->variables->len, FALSE);
  g_return_val_if_fail (row < self->n_rows, FALSE);
  g_return_val_if_fail (text != NULL && g_utf8_validate (text, -1, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  var = get_variable (self, variable);
  stripped = g_strstrip (g_strdup (text));

  if (var->kind == DQ_VARIABLE_NUMERIC)
    {
      double value = NAN;
      double old = var->numbers[row];

      if (*stripped != '\0' &&
          !_dq_survey_data_parse_date (var->date_kind, stripped, &value) &&
          !parse_number (stripped, &value) &&
          !lookup_label_value (var, stripped, &value))
        {
          set_value_error (var, stripped, error);
          return FALSE;
        }

      changed = isnan (value) ? !isnan (old) : (isnan (old) || old != value);
      var->numbers[row] = value;
    }
  else
    {
      /* Kept as typed, spaces and all, like the categories a reader finds,
       * so that the text of any value stores that same value again. */
      guint32 code = *stripped == '\0' ? DQ_SURVEY_DATA_NO_CODE : ensure_category (var, text);

      changed = var->codes[row] != code;
      var->codes[row] = code;
    }

  if (changed)
    g_signal_emit (self, signals[SIGNAL_VALUE_CHANGED], 0, variable, (guint64) row);

  return TRUE;
}

static int
compare_value_labels (gconstpointer a,
                      gconstpointer b)
{
  const DqValueLabel *la = a;
  const DqValueLabel *lb = b;

  return (la->value > lb->value) - (la->value < lb->value);
}

/**
 * dq_survey_data_add_value_label:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 * @value: a value
 * @label: what @value means; replaces an earlier label of @value
 */
void
dq_survey_data_add_value_label (DqSurveyData *self,
                                guint         variable,
                                double        value,
                                const char   *label)
{
  DqValueLabel key = { value, NULL };
  DqValueLabel *found;
  Variable *var;
  guint i;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (!isnan (value));
  g_return_if_fail (label != NULL);

  var = get_variable (self, variable);
  /* bsearch() may not be given the NULL data of an empty array. */
  found = var->value_labels->len == 0 ? NULL
                                      : bsearch (&key, var->value_labels->data,
                                                 var->value_labels->len, sizeof (DqValueLabel),
                                                 compare_value_labels);
  if (found != NULL)
    {
      g_free (found->label);
      found->label = dq_bidi_isolate (label);
      return;
    }

  for (i = 0; i < var->value_labels->len; i++)
    {
      if (g_array_index (var->value_labels, DqValueLabel, i).value > value)
        break;
    }
  key.label = dq_bidi_isolate (label);
  g_array_insert_val (var->value_labels, i, key);
}

/**
 * dq_survey_data_get_value_labels:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @n_labels: (out): the number of labels
 *
 * Returns: (array length=n_labels) (transfer none): the value labels, sorted
 *   by value
 */
const DqValueLabel *
dq_survey_data_get_value_labels (DqSurveyData *self,
                                 guint         variable,
                                 guint        *n_labels)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (n_labels != NULL, NULL);

  var = get_variable (self, variable);
  *n_labels = var->value_labels->len;

  /* A GArray of DqValueLabel: its data is aligned for its elements. */
  return (const DqValueLabel *) (gpointer) var->value_labels->data;
}

/**
 * dq_survey_data_lookup_value_label:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @value: a value
 *
 * Returns: (nullable): the label of @value
 */
const char *
dq_survey_data_lookup_value_label (DqSurveyData *self,
                                   guint         variable,
                                   double        value)
{
  DqValueLabel key = { value, NULL };
  DqValueLabel *found;
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);

  var = get_variable (self, variable);
  if (var->value_labels->len == 0 || isnan (value))
    return NULL;

  found = bsearch (&key, var->value_labels->data, var->value_labels->len, sizeof (DqValueLabel),
                   compare_value_labels);

  return found != NULL ? found->label : NULL;
}

/**
 * dq_survey_data_add_text_label:
 * @self: a #DqSurveyData
 * @variable: the index of a string variable
 * @value: a value, such as "UA02"
 * @label: what @value means, such as "Vinnytska oblast"; replaces an
 *   earlier label of @value
 *
 * Labels a value of a string variable, as SPSS files label region codes.
 */
void
dq_survey_data_add_text_label (DqSurveyData *self,
                               guint         variable,
                               const char   *value,
                               const char   *label)
{
  Variable *var;

  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (get_variable (self, variable)->kind == DQ_VARIABLE_STRING);
  g_return_if_fail (value != NULL && label != NULL);

  var = get_variable (self, variable);
  if (var->text_labels == NULL)
    var->text_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (var->text_labels, g_strdup (value), dq_bidi_isolate (label));
}

/**
 * dq_survey_data_lookup_text_label:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @value: a value of a string variable
 *
 * Returns: (nullable): the label of @value; %NULL for a numeric variable
 */
const char *
dq_survey_data_lookup_text_label (DqSurveyData *self,
                                  guint         variable,
                                  const char   *value)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  var = get_variable (self, variable);

  return var->text_labels != NULL ? g_hash_table_lookup (var->text_labels, value) : NULL;
}

/**
 * dq_survey_data_get_n_text_labels:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: the number of values of a string variable that have a label
 */
guint
dq_survey_data_get_n_text_labels (DqSurveyData *self,
                                  guint         variable)
{
  Variable *var;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), 0);
  g_return_val_if_fail (variable < self->variables->len, 0);

  var = get_variable (self, variable);

  return var->text_labels != NULL ? g_hash_table_size (var->text_labels) : 0;
}
