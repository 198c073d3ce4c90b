/* dq-sav-reader.c
 *
 * SPSS files are what researchers of the region receive from polling firms
 * and statistics offices, with the wording of every question as a variable
 * label, the answers as value labels and "don't know" as a user-missing
 * value. ReadStat reads them (and Stata's .dta) completely; a parser of our
 * own would get compression, encodings and very long strings wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <math.h>
#include <readstat.h>
#include <string.h>
#include <unistd.h>

#include "dq-input-file.h"
#include "dq-sav-reader.h"

struct _DqSavReader
{
  GObject  parent_instance;

  char    *encoding;
  GStrv    variables;

  char    *file_label;
};

enum {
  PROP_0,
  PROP_ENCODING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqSavReader, dq_sav_reader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  double  value;
  char   *label;
} LabelEntry;

typedef struct
{
  char       *name;
  char       *label;
  char       *label_set;
  gboolean    is_string;
  double     *numbers;
  guint32    *codes;
  /* Category → code + 1. */
  GHashTable *index;
  GPtrArray  *categories;
  /* (low, high) pairs of numbers, or strings for a string variable. */
  GArray     *missing_ranges;
  GPtrArray  *missing_strings;
  DqDateKind  date_kind;
} Column;

typedef struct
{
  DqSavReader  *self;
  GCancellable *cancellable;
  /* Column, in file order, of the variables kept. */
  GPtrArray    *columns;
  /* ReadStat's variable index → column + 1, 0 for a skipped variable. */
  GArray       *column_of;
  /* Label set name → GArray of LabelEntry. */
  GHashTable   *label_sets;
  /* Label set name → GPtrArray of value and label pairs, of strings. */
  GHashTable   *text_label_sets;
  /* The variable the file weights by (WEIGHT BY), or NULL. */
  char         *stored_weight;
  /* Every variable's name, kept or not, for the message about an unknown
   * one. */
  GPtrArray    *names;
  /* The same names, borrowed, to find a name used twice. */
  GHashTable   *name_set;
  gsize         n_rows;
  gsize         capacity;
  gsize         file_size;
  GString      *messages;

  /* Memory: the limit, the number of cases the header claims (0 if it
   * does not say), the bytes a case takes in the columns kept, the bytes of
   * the distinct strings, and what a refused file would have needed. */
  guint64       memory_limit;
  guint64       claimed_rows;
  gsize         row_bytes;
  guint64       string_bytes;
  guint64       needed_rows;
  guint64       needed_bytes;

  /* The bytes of a .dta file's entry for a variable's label set name; 0 for
   * other formats, whose names ReadStat ends with a NUL. */
  gsize         label_set_size;
} Context;

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->label);
  g_free (column->label_set);
  g_free (column->numbers);
  g_free (column->codes);
  g_clear_pointer (&column->index, g_hash_table_unref);
  g_clear_pointer (&column->categories, g_ptr_array_unref);
  g_array_unref (column->missing_ranges);
  g_ptr_array_unref (column->missing_strings);
  g_free (column);
}

static void
clear_label_entry (gpointer data)
{
  LabelEntry *entry = data;

  g_free (entry->label);
}

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->columns, g_ptr_array_unref);
  g_clear_pointer (&context->column_of, g_array_unref);
  g_clear_pointer (&context->label_sets, g_hash_table_unref);
  g_clear_pointer (&context->text_label_sets, g_hash_table_unref);
  g_clear_pointer (&context->stored_weight, g_free);
  g_clear_pointer (&context->name_set, g_hash_table_unref);
  g_clear_pointer (&context->names, g_ptr_array_unref);
  if (context->messages != NULL)
    g_string_free (g_steal_pointer (&context->messages), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (readstat_parser_t, readstat_parser_free)

static void
dq_sav_reader_finalize (GObject *object)
{
  DqSavReader *self = DQ_SAV_READER (object);

  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->variables, g_strfreev);
  g_clear_pointer (&self->file_label, g_free);

  G_OBJECT_CLASS (dq_sav_reader_parent_class)->finalize (object);
}

static void
dq_sav_reader_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DqSavReader *self = DQ_SAV_READER (object);

  switch (prop_id)
    {
    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_sav_reader_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DqSavReader *self = DQ_SAV_READER (object);

  switch (prop_id)
    {
    case PROP_ENCODING:
      dq_sav_reader_set_encoding (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_sav_reader_class_init (DqSavReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_sav_reader_finalize;
  object_class->get_property = dq_sav_reader_get_property;
  object_class->set_property = dq_sav_reader_set_property;

  /**
   * DqSavReader:encoding:
   *
   * The encoding of the text in the files to read, or %NULL to take it from
   * the file. Old SPSS files written on Windows in the region do not always
   * say that they are in Windows-1251.
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_sav_reader_init (DqSavReader *self)
{
}

/**
 * dq_sav_reader_new:
 *
 * Returns: (transfer full): a reader
 */
DqSavReader *
dq_sav_reader_new (void)
{
  return g_object_new (DQ_TYPE_SAV_READER, NULL);
}

/**
 * dq_sav_reader_get_encoding:
 * @self: a #DqSavReader
 *
 * Returns: (nullable): the encoding the caller forced
 */
const char *
dq_sav_reader_get_encoding (DqSavReader *self)
{
  g_return_val_if_fail (DQ_IS_SAV_READER (self), NULL);

  return self->encoding;
}

/**
 * dq_sav_reader_set_encoding:
 * @self: a #DqSavReader
 * @encoding: (nullable): an encoding iconv knows, or %NULL for the file's own
 */
void
dq_sav_reader_set_encoding (DqSavReader *self,
                            const char  *encoding)
{
  g_return_if_fail (DQ_IS_SAV_READER (self));

  if (g_strcmp0 (self->encoding, encoding) == 0)
    return;

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
}

/**
 * dq_sav_reader_set_variables:
 * @self: a #DqSavReader
 * @names: (nullable) (array zero-terminated=1): the variables to keep, or
 *   %NULL for all of them
 */
void
dq_sav_reader_set_variables (DqSavReader        *self,
                             const char * const *names)
{
  g_return_if_fail (DQ_IS_SAV_READER (self));

  g_strfreev (self->variables);
  self->variables = g_strdupv ((GStrv) names);
}

/**
 * dq_sav_reader_get_file_label:
 * @self: a #DqSavReader
 *
 * Returns: (nullable): the label of the last file read, often the survey's
 *   title
 */
const char *
dq_sav_reader_get_file_label (DqSavReader *self)
{
  g_return_val_if_fail (DQ_IS_SAV_READER (self), NULL);

  return self->file_label;
}

/**
 * dq_sav_reader_handles_file:
 * @file: a file
 *
 * Returns: whether the name of @file says it is an SPSS or Stata file
 */
gboolean
dq_sav_reader_handles_file (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".sav") || g_str_has_suffix (lower, ".zsav") ||
         g_str_has_suffix (lower, ".por") || g_str_has_suffix (lower, ".dta");
}

/* Whether @n_rows cases fit the memory limit; if not, says so in @context
 * for the error, and the read is aborted. */
static gboolean
fits_memory (Context *context,
             guint64  n_rows)
{
  guint64 row_bytes = MAX (context->row_bytes, 1);
  guint64 needed;

  if (n_rows > (G_MAXUINT64 - context->string_bytes) / row_bytes)
    needed = G_MAXUINT64;
  else
    needed = n_rows * row_bytes + context->string_bytes;

  if (needed <= context->memory_limit)
    return TRUE;

  context->needed_rows = n_rows;
  context->needed_bytes = needed;

  return FALSE;
}

static gboolean
grow (Context *context,
      gsize    capacity)
{
  if (!fits_memory (context, capacity))
    return FALSE;

  context->capacity = capacity;

  for (guint i = 0; i < context->columns->len; i++)
    {
      Column *column = g_ptr_array_index (context->columns, i);

      if (column->is_string)
        column->codes = g_renew (guint32, column->codes, capacity);
      else
        column->numbers = g_renew (double, column->numbers, capacity);
    }

  return TRUE;
}

/* A copy of a text of the file as UTF-8, with U+FFFD for what is not:
 * ReadStat passes bytes on unconverted when a file says it is UTF-8. */
static char *
dup_valid (const char *text)
{
  return text != NULL ? g_utf8_make_valid (text, -1) : NULL;
}

static int
on_metadata (readstat_metadata_t *metadata,
             void                *user_data)
{
  Context *context = user_data;
  const char *label = readstat_get_file_label (metadata);

  /* SPSS files state their number of cases, so the columns are allocated
   * once; files that do not grow as they are read. The count is trusted
   * only as far as the file could hold that many cases at a byte a value,
   * so that a damaged header cannot ask for gigabytes; a compressed file
   * that holds more grows too. */
  if (readstat_get_row_count (metadata) > 0)
    {
      context->claimed_rows = readstat_get_row_count (metadata);
      gsize n_values = MAX (readstat_get_var_count (metadata), 1);
      gsize most = MAX (context->file_size / n_values, 1);

      context->capacity = MIN ((gsize) readstat_get_row_count (metadata), most);
    }

  g_free (context->self->file_label);
  context->self->file_label = (label != NULL && *label != '\0') ? dup_valid (label) : NULL;

  return READSTAT_HANDLER_OK;
}

static double
value_as_double (readstat_value_t value)
{
  if (readstat_value_is_system_missing (value) || readstat_value_is_tagged_missing (value))
    return NAN;

  return readstat_double_value (value);
}

static void
on_error (const char *message,
          void       *user_data)
{
  Context *context = user_data;

  if (context->messages->len > 0)
    g_string_append (context->messages, "; ");
  g_string_append (context->messages, message);
  g_strchomp (context->messages->str);
  context->messages->len = strlen (context->messages->str);
}

/* Whether @name is one of the variables asked for, in any case. */
static gboolean
is_wanted (GStrv       wanted,
           const char *name)
{
  for (guint i = 0; wanted[i] != NULL; i++)
    {
      if (dq_survey_data_names_match (wanted[i], name))
        return TRUE;
    }

  return FALSE;
}

static int
on_fweight (readstat_variable_t *variable,
            void                *user_data)
{
  Context *context = user_data;

  g_free (context->stored_weight);
  context->stored_weight = dup_valid (readstat_variable_get_name (variable));

  return READSTAT_HANDLER_OK;
}

static int
on_fweight_only (readstat_variable_t *variable,
                 void                *user_data)
{
  char **name = user_data;

  *name = dup_valid (readstat_variable_get_name (variable));

  return READSTAT_HANDLER_ABORT;
}

static int
on_any_variable (int                  index,
                 readstat_variable_t *variable,
                 const char          *label_set,
                 void                *user_data)
{
  return READSTAT_HANDLER_OK;
}

static int
on_first_value (int                  obs_index,
                readstat_variable_t *variable,
                readstat_value_t     value,
                void                *user_data)
{
  return READSTAT_HANDLER_ABORT;
}

/* The name of the variable an SPSS file weights by. ReadStat names it
 * only after every variable has been kept or skipped, so a reader that
 * keeps some variables reads the dictionary once before, and stops at the
 * first value. */
static char *
find_stored_weight (DqSavReader *self,
                    const char  *path)
{
  g_autoptr(readstat_parser_t) parser = readstat_parser_init ();
  char *name = NULL;

  /* ReadStat names the weight by the variables it has handed over. */
  readstat_set_variable_handler (parser, on_any_variable);
  readstat_set_fweight_handler (parser, on_fweight_only);
  readstat_set_value_handler (parser, on_first_value);
  if (self->encoding != NULL)
    readstat_set_file_character_encoding (parser, self->encoding);
  readstat_parse_sav (parser, path, &name);

  return name;
}

static int
on_variable (int                  index,
             readstat_variable_t *variable,
             const char          *label_set,
             void                *user_data)
{
  Context *context = user_data;
  g_autofree char *name = dup_valid (readstat_variable_get_name (variable));
  const char *label = readstat_variable_get_label (variable);
  guint zero = 0;
  Column *column;

  /* ReadStat passes a damaged file's nameless or repeated variables on,
   * but a variable is looked up by its name. */
  if (name == NULL || *name == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("variable %d has no name"), index + 1);

      on_error (message, context);
      return READSTAT_HANDLER_ABORT;
    }
  if (g_hash_table_contains (context->name_set, name))
    {
      g_autofree char *message = g_strdup_printf (_("two variables are named “%s”"), name);

      on_error (message, context);
      return READSTAT_HANDLER_ABORT;
    }

  if ((guint) index >= context->column_of->len)
    g_array_set_size (context->column_of, index + 1);
  g_ptr_array_add (context->names, g_strdup (name));
  g_hash_table_add (context->name_set, g_ptr_array_index (context->names, context->names->len - 1));

  /* Names match whatever their case, as in SPSS; the file's weight is
   * kept whatever the caller asks for, since it weights every table. */
  if (context->self->variables != NULL &&
      !is_wanted (context->self->variables, name) &&
      g_strcmp0 (context->stored_weight, name) != 0)
    {
      g_array_index (context->column_of, guint, index) = zero;
      return READSTAT_HANDLER_SKIP_VARIABLE;
    }

  column = g_new0 (Column, 1);
  column->name = g_strdup (name);
  column->label = (label != NULL && *label != '\0') ? dup_valid (label) : NULL;
  /* ReadStat passes a .dta file's label set name as it lies in the file,
   * which need not end in a NUL: it is read no further than its entry. */
  column->label_set = context->label_set_size > 0 ? g_strndup (label_set, context->label_set_size)
                                                  : g_strdup (label_set);
  column->is_string = readstat_variable_get_type_class (variable) == READSTAT_TYPE_CLASS_STRING;
  if (!column->is_string)
    column->date_kind = dq_date_kind_for_format (readstat_variable_get_format (variable));
  column->missing_ranges = g_array_new (FALSE, FALSE, sizeof (double));
  column->missing_strings = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < readstat_variable_get_missing_ranges_count (variable); i++)
    {
      readstat_value_t low = readstat_variable_get_missing_range_lo (variable, i);
      readstat_value_t high = readstat_variable_get_missing_range_hi (variable, i);

      if (column->is_string)
        {
          g_ptr_array_add (column->missing_strings, g_strdup (readstat_string_value (low)));
        }
      else
        {
          double lo = value_as_double (low);
          double hi = value_as_double (high);
          /* A damaged file may give the ends the wrong way round. */
          double range[2] = { MIN (lo, hi), MAX (lo, hi) };

          /* SPSS writes LO and HI of "LOWEST THRU 0" as ±HUGE_VAL. */
          if (!isnan (lo) && !isnan (hi))
            g_array_append_vals (column->missing_ranges, range, 2);
        }
    }

  if (column->is_string)
    {
      column->index = g_hash_table_new (g_str_hash, g_str_equal);
      column->categories = g_ptr_array_new_with_free_func (g_free);
      column->codes = g_new (guint32, MAX (context->capacity, 1));
    }
  else
    {
      column->numbers = g_new (double, MAX (context->capacity, 1));
    }

  g_ptr_array_add (context->columns, column);
  g_array_index (context->column_of, guint, index) = context->columns->len;
  context->row_bytes += column->is_string ? sizeof (guint32) : sizeof (double);

  return READSTAT_HANDLER_OK;
}

static int
on_value_label (const char       *label_set,
                readstat_value_t  value,
                const char       *label,
                void             *user_data)
{
  Context *context = user_data;
  LabelEntry entry;
  GArray *entries;

  /* A string variable's labels name its codes: "UA02" is "Vinnytska
   * oblast". */
  if (readstat_value_type_class (value) != READSTAT_TYPE_CLASS_NUMERIC)
    {
      const char *text = readstat_string_value (value);
      GPtrArray *pairs;

      if (text == NULL || label == NULL)
        return READSTAT_HANDLER_OK;
      pairs = g_hash_table_lookup (context->text_label_sets, label_set);
      if (pairs == NULL)
        {
          pairs = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (context->text_label_sets, g_strdup (label_set), pairs);
        }
      g_ptr_array_add (pairs, dup_valid (text));
      g_ptr_array_add (pairs, dup_valid (label));
      return READSTAT_HANDLER_OK;
    }

  entry.value = value_as_double (value);
  if (isnan (entry.value))
    return READSTAT_HANDLER_OK;

  entries = g_hash_table_lookup (context->label_sets, label_set);
  if (entries == NULL)
    {
      entries = g_array_new (FALSE, FALSE, sizeof (LabelEntry));
      g_array_set_clear_func (entries, clear_label_entry);
      g_hash_table_insert (context->label_sets, g_strdup (label_set), entries);
    }
  entry.label = dup_valid (label);
  g_array_append_val (entries, entry);

  return READSTAT_HANDLER_OK;
}

static int
on_value (int                  obs_index,
          readstat_variable_t *variable,
          readstat_value_t     value,
          void                *user_data)
{
  Context *context = user_data;
  int index = readstat_variable_get_index (variable);
  Column *column;
  gsize row = obs_index;

  if ((guint) index >= context->column_of->len ||
      g_array_index (context->column_of, guint, index) == 0)
    return READSTAT_HANDLER_OK;

  column = g_ptr_array_index (context->columns,
                              g_array_index (context->column_of, guint, index) - 1);

  /* Once the variables kept are known, the cases the header claims must fit
   * in memory: a compressed file of a few megabytes can claim, and hold,
   * gigabytes of values. A file that does not say, or holds more than it
   * says, is checked as it grows. */
  if (row == 0 && context->n_rows == 0 && !fits_memory (context, context->claimed_rows))
    return READSTAT_HANDLER_ABORT;
  if (row >= context->capacity && !grow (context, MAX (context->capacity * 2, row + 1)))
    return READSTAT_HANDLER_ABORT;
  context->n_rows = MAX (context->n_rows, row + 1);

  if (!column->is_string)
    {
      column->numbers[row] = value_as_double (value);
      return READSTAT_HANDLER_OK;
    }

  {
    const char *text = readstat_value_is_system_missing (value) ? NULL
                                                                 : readstat_string_value (value);
    g_autofree char *valid = NULL;
    gpointer code;

    /* Most values are UTF-8 already: copy only those that are not. */
    if (text != NULL && !g_utf8_validate (text, -1, NULL))
      text = valid = dup_valid (text);

    if (text == NULL || *text == '\0')
      {
        column->codes[row] = DQ_SURVEY_DATA_NO_CODE;
        return READSTAT_HANDLER_OK;
      }

    code = g_hash_table_lookup (column->index, text);
    if (code == NULL)
      {
        char *category = g_strdup (text);

        /* The string, its pointer and its entry in the index. */
        context->string_bytes += strlen (text) + 1 + 4 * sizeof (gpointer);
        if (!fits_memory (context, context->capacity))
          {
            g_free (category);
            return READSTAT_HANDLER_ABORT;
          }
        g_ptr_array_add (column->categories, category);
        code = GUINT_TO_POINTER (column->categories->len);
        g_hash_table_insert (column->index, category, code);
      }
    column->codes[row] = GPOINTER_TO_UINT (code) - 1;
  }

  return READSTAT_HANDLER_OK;
}

static int
on_progress (double  progress,
             void   *user_data)
{
  Context *context = user_data;

  return g_cancellable_is_cancelled (context->cancellable) ? READSTAT_HANDLER_ABORT
                                                            : READSTAT_HANDLER_OK;
}

static void
add_text_labels (Context      *context,
                 Column       *column,
                 DqSurveyData *data,
                 guint         variable)
{
  GPtrArray *pairs = column->label_set != NULL
                     ? g_hash_table_lookup (context->text_label_sets, column->label_set)
                     : NULL;

  for (guint j = 0; pairs != NULL && j + 1 < pairs->len; j += 2)
    dq_survey_data_add_text_label (data, variable, g_ptr_array_index (pairs, j),
                                   g_ptr_array_index (pairs, j + 1));
}

static DqSurveyData *
build_data (Context    *context,
            const char *source_name)
{
  g_autoptr(DqSurveyData) data = dq_survey_data_new (source_name);

  for (guint i = 0; i < context->columns->len; i++)
    {
      Column *column = g_ptr_array_index (context->columns, i);
      GArray *labels = column->label_set != NULL
                       ? g_hash_table_lookup (context->label_sets, column->label_set)
                       : NULL;
      guint variable;

      if (column->is_string)
        {
          GStrv categories;

          g_clear_pointer (&column->index, g_hash_table_unref);
          g_ptr_array_add (column->categories, NULL);
          categories = (GStrv) g_ptr_array_steal (column->categories, NULL);
          variable = dq_survey_data_add_string (data, column->name,
                                                g_steal_pointer (&column->codes),
                                                context->n_rows, categories);
          for (guint j = 0; j < column->missing_strings->len; j++)
            dq_survey_data_add_missing_string (data, variable,
                                               g_ptr_array_index (column->missing_strings, j));
          add_text_labels (context, column, data, variable);
        }
      else
        {
          variable = dq_survey_data_add_numeric (data, column->name,
                                                 g_steal_pointer (&column->numbers),
                                                 context->n_rows);
          for (guint j = 0; j + 1 < column->missing_ranges->len; j += 2)
            {
              double *range = &g_array_index (column->missing_ranges, double, j);

              dq_survey_data_add_missing_range (data, variable, range[0], range[1]);
            }
          for (guint j = 0; labels != NULL && j < labels->len; j++)
            {
              LabelEntry *entry = &g_array_index (labels, LabelEntry, j);

              dq_survey_data_add_value_label (data, variable, entry->value, entry->label);
            }
          dq_survey_data_set_date_kind (data, variable, column->date_kind);
        }

      dq_survey_data_set_label (data, variable, column->label);
    }

  if (context->stored_weight != NULL)
    {
      guint variable;

      /* SPSS allows only a numeric weight; a damaged file may say
       * otherwise, and is then read unweighted. */
      if (dq_survey_data_lookup_variable (data, context->stored_weight, &variable) &&
          dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_NUMERIC)
        dq_survey_data_set_stored_weight (data, context->stored_weight);
    }

  return g_steal_pointer (&data);
}

/* Whether a file begins as a .sav file does, whatever its name: files
 * named .por are sometimes system files. */
static gboolean
has_sav_magic (const char *path)
{
  char head[4] = { 0 };
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  n = read (fd, head, sizeof head);
  close (fd);

  return n == 4 && (memcmp (head, "$FL2", 4) == 0 || memcmp (head, "$FL3", 4) == 0);
}

/* Stata 13 and later (formats 117 to 119) begin with a map of the byte
 * offsets of their sections, the last of which is the end of the file.
 * ReadStat reads a file cut short inside its value labels without a word,
 * and the labels are lost, so the size of the file is checked against the
 * map. Older formats have no map and no closing tag to check. */
#define DTA_MAP_ENTRIES 14
#define DTA_HEAD_SIZE 4096

static const char * const dta_sections[DTA_MAP_ENTRIES] = {
  "<stata_dta>", "<map>", "<variable_types>", "<varnames>", "<sortlist>", "<formats>",
  "<value_label_names>", "<variable_labels>", "<characteristics>", "<data>", "<strls>",
  "<value_labels>", "</stata_dta>", "",
};

/* Finds @needle in the first @length bytes of @data, which may hold NUL
 * bytes. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (data + i, needle, needle_length) == 0)
        return data + i;
    }

  return NULL;
}

/* The size of an entry of a .dta file's list of label set names, which
 * depends on the release of the format: 9 bytes up to 109, 33 up to 117,
 * 129 from 118, when names became UTF-8. The release is worked out exactly
 * as ReadStat works it out, digits or not, because a longer entry than
 * ReadStat's would read past the end of its list: from the first byte of
 * a binary file, or from the three bytes after "<stata_dta><header><release>"
 * (ReadStat reads the tags in that order, and stops if one is not there),
 * as 100 × (b0 − '0') + 10 × (b1 − '0') + (b2 − '0') kept to a byte. */
static gsize
dta_label_set_size (const char *path)
{
  static const char xml_head[] = "<stata_dta><header><release>";
  const gsize release_at = sizeof xml_head - 1;
  char head[64] = { 0 };
  guint8 release;
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return 9;
  n = read (fd, head, sizeof head);
  close (fd);
  if (n <= 0)
    return 9;

  if (n >= 4 && memcmp (head, "<sta", 4) == 0)
    {
      const signed char *digits = (const signed char *) head + release_at;

      if ((gsize) n < release_at + 3 || memcmp (head, xml_head, release_at) != 0)
        return 9;
      release = (guint8) (100 * (digits[0] - '0') + 10 * (digits[1] - '0') + (digits[2] - '0'));
    }
  else
    {
      release = (guint8) head[0];
    }

  return release < 110 ? 9 : release < 118 ? 33 : 129;
}

static gboolean
check_dta_complete (const char  *path,
                    const char  *name,
                    gsize        file_size,
                    GError     **error)
{
  g_autofree char *head = g_malloc0 (DTA_HEAD_SIZE + 1);
  const char *map;
  gboolean msf;
  guint64 offsets[DTA_MAP_ENTRIES];
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return TRUE;
  n = read (fd, head, DTA_HEAD_SIZE);
  close (fd);

  if (n <= 0 || !g_str_has_prefix (head, "<stata_dta>"))
    return TRUE;

  msf = find_bytes (head, n, "<byteorder>MSF</byteorder>") != NULL;
  map = find_bytes (head, n, "<map>");
  if (map == NULL || map + strlen ("<map>") + sizeof offsets > head + n)
    return TRUE;
  memcpy (offsets, map + strlen ("<map>"), sizeof offsets);

  for (guint i = 0; i < DTA_MAP_ENTRIES; i++)
    offsets[i] = msf ? GUINT64_FROM_BE (offsets[i]) : GUINT64_FROM_LE (offsets[i]);

  if (offsets[DTA_MAP_ENTRIES - 1] <= file_size)
    return TRUE;

  /* The section the file ends in is the last one that begins before the
   * end. */
  for (guint i = DTA_MAP_ENTRIES - 1; i-- > 0;)
    {
      if (offsets[i] < file_size)
        {
          g_autofree char *at = g_strdup_printf ("%" G_GSIZE_FORMAT, file_size);
          g_autofree char *whole = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                    offsets[DTA_MAP_ENTRIES - 1]);

          g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TRUNCATED,
                       _("%s: the file ends at byte %s, inside its %s section, but its map "
                         "says it has %s bytes; it is truncated, and what it holds is "
                         "incomplete"),
                       name, at, dta_sections[i], whole);
          return FALSE;
        }
    }

  return TRUE;
}

/* What went wrong, said for a researcher: the file, where, and what to do,
 * rather than ReadStat's "Unable to read from file". */
static void
set_readstat_error (GError           **error,
                    DqSavReader       *self,
                    const char        *path,
                    const char        *name,
                    const char        *lower,
                    readstat_error_t   status,
                    const char        *messages,
                    gsize              file_size)
{
  g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, file_size);
  g_autofree char *detail = *messages != '\0'
                            ? g_strdup_printf ("%s (%s)", readstat_error_message (status), messages)
                            : g_strdup (readstat_error_message (status));

  if (file_size == 0)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_EMPTY,
                 _("%s: the file is empty"), name);
  else if (status == READSTAT_ERROR_UNSUPPORTED_CHARSET && self->encoding != NULL)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                 _("%s: “%s” is not an encoding this system knows; choose one such as UTF-8 "
                   "or CP1251"),
                 name, self->encoding);
  else if (status == READSTAT_ERROR_UNSUPPORTED_CHARSET || status == READSTAT_ERROR_CONVERT ||
           status == READSTAT_ERROR_CONVERT_BAD_STRING)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_ENCODING,
                 _("%s: the text of the file is not in the encoding it says it has; choose its "
                   "encoding, such as CP1251"),
                 name);
  else if (!g_str_has_suffix (lower, ".dta") && !g_str_has_suffix (lower, ".por") &&
           !has_sav_magic (path))
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                 _("%s: the file is not an SPSS system file: it does not begin as one does; "
                   "it may be a file of another kind with a .sav name"),
                 name);
  else if (g_str_has_suffix (lower, ".por"))
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                 _("%s: this portable (.por) file cannot be read (%s); ReadStat, which reads "
                   "SPSS files here, does not read every .por file, such as those PSPP writes. "
                   "Open it in PSPP or SPSS and save it as a .sav file, which can be read"),
                 name, detail);
  else if (status == READSTAT_ERROR_READ || status == READSTAT_ERROR_SEEK ||
           status == READSTAT_ERROR_ROW_COUNT_MISMATCH)
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_TRUNCATED,
                 _("%s: the file ends at byte %s, before the end of what it holds; it is "
                   "truncated or damaged: copy it again from its source"),
                 name, size);
  else
    g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                 _("%s: the file cannot be read as %s: %s"), name,
                 g_str_has_suffix (lower, ".dta") ? _("a Stata file") : _("an SPSS file"),
                 detail);
}

/**
 * dq_sav_reader_read_file:
 * @self: a #DqSavReader
 * @file: an SPSS file (.sav, .zsav or .por) or a Stata file (.dta), told
 *   apart by the name's extension
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads the data with the variables' labels, value labels and user-missing
 * values. Stata's extended missing values (.a to .z) become system-missing.
 *
 * Returns: (transfer full): the data, or %NULL with @error naming the file
 *   and what ReadStat reported
 */
DqSurveyData *
dq_sav_reader_read_file (DqSavReader   *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_auto(Context) context = { NULL };
  g_autoptr(readstat_parser_t) parser = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  readstat_error_t status;
  GError *local_error = NULL;
  goffset file_size;

  g_return_val_if_fail (DQ_IS_SAV_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = dq_input_file_dup_display_basename (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_FORMAT,
                   _("%s: only local files can be read"), name);
      return NULL;
    }

  /* ReadStat opens the file by its path, and would wait on a FIFO or read
   * a device for ever. */
  if (!dq_input_file_check (file, name, &file_size, cancellable, &local_error))
    {
      dq_survey_data_propagate_file_error (error, local_error);
      return NULL;
    }
  context.file_size = file_size;

  context.self = self;
  context.cancellable = cancellable;
  context.memory_limit = dq_survey_data_get_memory_limit ();
  context.columns = g_ptr_array_new_with_free_func (column_free);
  context.column_of = g_array_new (FALSE, TRUE, sizeof (guint));
  context.label_sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_array_unref);
  context.text_label_sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_ptr_array_unref);
  context.names = g_ptr_array_new_with_free_func (g_free);
  context.name_set = g_hash_table_new (g_str_hash, g_str_equal);
  context.messages = g_string_new (NULL);
  g_clear_pointer (&self->file_label, g_free);

  parser = readstat_parser_init ();
  readstat_set_metadata_handler (parser, on_metadata);
  readstat_set_variable_handler (parser, on_variable);
  readstat_set_value_label_handler (parser, on_value_label);
  readstat_set_value_handler (parser, on_value);
  readstat_set_progress_handler (parser, on_progress);
  readstat_set_error_handler (parser, on_error);
  readstat_set_fweight_handler (parser, on_fweight);
  if (self->encoding != NULL)
    readstat_set_file_character_encoding (parser, self->encoding);

  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, ".dta"))
    context.label_set_size = dta_label_set_size (path);
  if (self->variables != NULL && !g_str_has_suffix (lower, ".dta") &&
      !g_str_has_suffix (lower, ".por"))
    context.stored_weight = find_stored_weight (self, path);
  if (g_str_has_suffix (lower, ".dta"))
    status = readstat_parse_dta (parser, path, &context);
  else if (g_str_has_suffix (lower, ".por") && !has_sav_magic (path))
    status = readstat_parse_por (parser, path, &context);
  else
    status = readstat_parse_sav (parser, path, &context);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (context.needed_bytes > 0)
    {
      dq_survey_data_set_memory_error (error, name, context.needed_rows, context.needed_bytes);
      return NULL;
    }

  if (status != READSTAT_OK)
    {
      set_readstat_error (error, self, path, name, lower, status, context.messages->str,
                          context.file_size);
      return NULL;
    }

  if (g_str_has_suffix (lower, ".dta") &&
      !check_dta_complete (path, name, context.file_size, error))
    return NULL;

  g_ptr_array_add (context.names, NULL);
  for (guint i = 0; self->variables != NULL && self->variables[i] != NULL; i++)
    {
      if (dq_survey_data_find_name ((const char * const *) context.names->pdata,
                                    self->variables[i]) == NULL)
        {
          dq_survey_data_set_unknown_variable_error (error, name, self->variables[i],
                                                     (const char * const *) context.names->pdata);
          return NULL;
        }
    }

  return build_data (&context, name);
}
