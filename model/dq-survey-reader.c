/* dq-survey-reader.c
 *
 * The window, projects and the command line all read a researcher's own
 * file through here: the file's name chooses ReadStat for SPSS and Stata,
 * the CSV reader for anything else, and the reader reports what it found
 * (format, encoding, delimiter, decimal commas). A read may run in a
 * worker thread, so that a million respondents do not freeze the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-csv-reader.h"
#include "dq-sav-reader.h"
#include "dq-survey-reader.h"

struct _DqSurveyReader
{
  GObject         parent_instance;

  GFile          *file;
  char           *encoding;
  guint           delimiter;
  GStrv           variables;
  gboolean        count_values;

  /* What the last read found. */
  DqSurveyFormat  format;
  DqCsvReader    *csv;
  char           *file_label;
  /* DqValueCounts, one a variable, when asked for. */
  GArray         *counts;
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_ENCODING,
  PROP_DELIMITER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqSurveyReader, dq_survey_reader, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/**
 * dq_survey_format_for_file:
 * @file: a file
 *
 * Tells the format of @file by its name, as dq_sav_reader_handles_file()
 * does: a name that is not SPSS or Stata is read as text.
 *
 * Returns: %DQ_SURVEY_FORMAT_SPSS, %DQ_SURVEY_FORMAT_STATA or
 *   %DQ_SURVEY_FORMAT_CSV
 */
DqSurveyFormat
dq_survey_format_for_file (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), DQ_SURVEY_FORMAT_CSV);

  if (!dq_sav_reader_handles_file (file))
    return DQ_SURVEY_FORMAT_CSV;

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".dta") ? DQ_SURVEY_FORMAT_STATA : DQ_SURVEY_FORMAT_SPSS;
}

/**
 * dq_survey_format_is_text:
 * @format: a #DqSurveyFormat
 *
 * Returns: whether files of @format are delimited text, which has a
 *   delimiter and an encoding to detect
 */
gboolean
dq_survey_format_is_text (DqSurveyFormat format)
{
  return format == DQ_SURVEY_FORMAT_CSV || format == DQ_SURVEY_FORMAT_TSV;
}

static void
dq_survey_reader_dispose (GObject *object)
{
  DqSurveyReader *self = DQ_SURVEY_READER (object);

  g_clear_object (&self->file);
  g_clear_object (&self->csv);

  G_OBJECT_CLASS (dq_survey_reader_parent_class)->dispose (object);
}

static void
dq_survey_reader_finalize (GObject *object)
{
  DqSurveyReader *self = DQ_SURVEY_READER (object);

  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->variables, g_strfreev);
  g_clear_pointer (&self->file_label, g_free);
  g_clear_pointer (&self->counts, g_array_unref);

  G_OBJECT_CLASS (dq_survey_reader_parent_class)->finalize (object);
}

static void
dq_survey_reader_constructed (GObject *object)
{
  DqSurveyReader *self = DQ_SURVEY_READER (object);

  G_OBJECT_CLASS (dq_survey_reader_parent_class)->constructed (object);

  g_assert (self->file != NULL);
  self->format = dq_survey_format_for_file (self->file);
}

static void
dq_survey_reader_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DqSurveyReader *self = DQ_SURVEY_READER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;

    case PROP_DELIMITER:
      g_value_set_uint (value, self->delimiter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_survey_reader_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DqSurveyReader *self = DQ_SURVEY_READER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    case PROP_ENCODING:
      dq_survey_reader_set_encoding (self, g_value_get_string (value));
      break;

    case PROP_DELIMITER:
      dq_survey_reader_set_delimiter (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_survey_reader_class_init (DqSurveyReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dq_survey_reader_constructed;
  object_class->dispose = dq_survey_reader_dispose;
  object_class->finalize = dq_survey_reader_finalize;
  object_class->get_property = dq_survey_reader_get_property;
  object_class->set_property = dq_survey_reader_set_property;

  /**
   * DqSurveyReader:file:
   *
   * The file to read: CSV or TSV, or SPSS or Stata as
   * dq_survey_format_for_file() tells.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DqSurveyReader:encoding:
   *
   * The encoding to read the file in, as iconv names it, or %NULL to
   * detect it (CSV: UTF-8, or a guess among the region's encodings) or
   * take the file's own (SPSS, Stata).
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DqSurveyReader:delimiter:
   *
   * The field delimiter of a CSV file, or 0 to detect a comma, semicolon
   * or tab. SPSS and Stata files have none.
   */
  properties[PROP_DELIMITER] =
    g_param_spec_uint ("delimiter", NULL, NULL, 0, 127, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_survey_reader_init (DqSurveyReader *self)
{
}

/**
 * dq_survey_reader_new:
 * @file: a CSV, TSV, SPSS or Stata file
 *
 * Returns: (transfer full): a reader of @file that detects its encoding
 *   and delimiter and keeps every variable
 */
DqSurveyReader *
dq_survey_reader_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (DQ_TYPE_SURVEY_READER, "file", file, NULL);
}

/**
 * dq_survey_reader_get_file:
 * @self: a #DqSurveyReader
 *
 * Returns: (transfer none): the file the reader reads
 */
GFile *
dq_survey_reader_get_file (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);

  return self->file;
}

/**
 * dq_survey_reader_get_encoding:
 * @self: a #DqSurveyReader
 *
 * Returns: (nullable): the encoding the caller chose
 */
const char *
dq_survey_reader_get_encoding (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);

  return self->encoding;
}

/**
 * dq_survey_reader_set_encoding:
 * @self: a #DqSurveyReader
 * @encoding: (nullable): an encoding iconv knows, such as "CP1251", or
 *   %NULL to detect it
 */
void
dq_survey_reader_set_encoding (DqSurveyReader *self,
                               const char     *encoding)
{
  g_return_if_fail (DQ_IS_SURVEY_READER (self));

  if (g_strcmp0 (self->encoding, encoding) == 0)
    return;

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
}

/**
 * dq_survey_reader_get_delimiter:
 * @self: a #DqSurveyReader
 *
 * Returns: the delimiter the caller chose, or 0
 */
guint
dq_survey_reader_get_delimiter (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), 0);

  return self->delimiter;
}

/**
 * dq_survey_reader_set_delimiter:
 * @self: a #DqSurveyReader
 * @delimiter: an ASCII delimiter such as ';', or 0 to detect it; SPSS
 *   and Stata files do not use it
 */
void
dq_survey_reader_set_delimiter (DqSurveyReader *self,
                                guint           delimiter)
{
  g_return_if_fail (DQ_IS_SURVEY_READER (self));
  g_return_if_fail (delimiter < 128 && delimiter != '"' && delimiter != '\n' && delimiter != '\r');

  if (self->delimiter == delimiter)
    return;

  self->delimiter = delimiter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIMITER]);
}

/**
 * dq_survey_reader_set_variables:
 * @self: a #DqSurveyReader
 * @names: (nullable) (array zero-terminated=1): the variables to keep, or
 *   %NULL for all of them
 *
 * Keeps only some variables, so that a table over three variables of a
 * large file costs three columns of memory. A name the file does not have
 * fails the read with %DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE.
 */
void
dq_survey_reader_set_variables (DqSurveyReader     *self,
                                const char * const *names)
{
  g_return_if_fail (DQ_IS_SURVEY_READER (self));

  g_strfreev (self->variables);
  self->variables = g_strdupv ((GStrv) names);
}

/**
 * dq_survey_reader_set_count_values:
 * @self: a #DqSurveyReader
 * @count_values: whether a read also counts values
 *
 * Has a read count the valid and missing values of every variable with
 * dq_survey_data_count_values(), in the thread that reads, for a caller
 * that shows them; dq_survey_reader_get_value_counts() gives them.
 */
void
dq_survey_reader_set_count_values (DqSurveyReader *self,
                                   gboolean        count_values)
{
  g_return_if_fail (DQ_IS_SURVEY_READER (self));

  self->count_values = !!count_values;
}

static DqSurveyData *
read_text (DqSurveyReader  *self,
           GCancellable    *cancellable,
           GError         **error)
{
  DqSurveyData *data;

  self->csv = dq_csv_reader_new ();
  dq_csv_reader_set_encoding (self->csv, self->encoding);
  dq_csv_reader_set_delimiter (self->csv, self->delimiter);
  dq_csv_reader_set_variables (self->csv, (const char * const *) self->variables);

  data = dq_csv_reader_read_file (self->csv, self->file, cancellable, error);
  if (dq_csv_reader_get_detected_delimiter (self->csv) == '\t')
    self->format = DQ_SURVEY_FORMAT_TSV;

  return data;
}

static DqSurveyData *
read_readstat (DqSurveyReader  *self,
               GCancellable    *cancellable,
               GError         **error)
{
  g_autoptr(DqSavReader) sav = dq_sav_reader_new ();
  DqSurveyData *data;

  dq_sav_reader_set_encoding (sav, self->encoding);
  dq_sav_reader_set_variables (sav, (const char * const *) self->variables);

  data = dq_sav_reader_read_file (sav, self->file, cancellable, error);
  self->file_label = g_strdup (dq_sav_reader_get_file_label (sav));

  return data;
}

/**
 * dq_survey_reader_read:
 * @self: a #DqSurveyReader
 * @cancellable: (nullable): a #GCancellable
 * @error: the place for an error
 *
 * Reads the whole file: CSV and TSV with dq_csv_reader_read_file(), SPSS
 * and Stata with dq_sav_reader_read_file(). What the read found is kept
 * until the next read, even when it fails: a wrong encoding's error comes
 * with the delimiter found.
 *
 * Returns: (transfer full): the data, or %NULL with @error naming the file
 *   and the problem, or %G_IO_ERROR_CANCELLED
 */
DqSurveyData *
dq_survey_reader_read (DqSurveyReader  *self,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(DqSurveyData) data = NULL;

  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->format = dq_survey_format_for_file (self->file);
  g_clear_object (&self->csv);
  g_clear_pointer (&self->file_label, g_free);
  g_clear_pointer (&self->counts, g_array_unref);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (dq_survey_format_is_text (self->format))
    data = read_text (self, cancellable, error);
  else
    data = read_readstat (self, cancellable, error);

  if (data == NULL)
    return NULL;

  if (self->count_values)
    {
      guint n_variables = dq_survey_data_get_n_variables (data);

      self->counts = g_array_sized_new (FALSE, TRUE, sizeof (DqValueCounts), n_variables);
      g_array_set_size (self->counts, n_variables);
      for (guint v = 0; v < n_variables; v++)
        dq_survey_data_count_values (data, v, &g_array_index (self->counts, DqValueCounts, v));
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&data);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  DqSurveyData *data = dq_survey_reader_read (source_object, cancellable, &error);

  if (data == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, data, g_object_unref);
}

/**
 * dq_survey_reader_read_async:
 * @self: a #DqSurveyReader, left unchanged until the read is over
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the data is read
 * @user_data: data for @callback
 *
 * Reads the file as dq_survey_reader_read() does, in a worker thread.
 */
void
dq_survey_reader_read_async (DqSurveyReader      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DQ_IS_SURVEY_READER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dq_survey_reader_read_async);
  g_task_run_in_thread (task, read_thread);
}

/**
 * dq_survey_reader_read_finish:
 * @self: a #DqSurveyReader
 * @result: the result passed to the callback
 * @error: the place for an error
 *
 * Returns: (transfer full): the data, or %NULL with @error set
 */
DqSurveyData *
dq_survey_reader_read_finish (DqSurveyReader  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dq_survey_reader_read_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dq_survey_reader_get_format:
 * @self: a #DqSurveyReader
 *
 * Returns: the format of the file: by its name, and for text by the
 *   delimiter the last read found
 */
DqSurveyFormat
dq_survey_reader_get_format (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), DQ_SURVEY_FORMAT_CSV);

  return self->format;
}

/**
 * dq_survey_reader_get_detected_encoding:
 * @self: a #DqSurveyReader
 *
 * Returns: (nullable): the encoding the last read of a CSV or TSV file
 *   found or was given; %NULL for SPSS and Stata, which name their own
 */
const char *
dq_survey_reader_get_detected_encoding (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);

  return self->csv != NULL ? dq_csv_reader_get_detected_encoding (self->csv) : NULL;
}

/**
 * dq_survey_reader_get_encoding_guessed:
 * @self: a #DqSurveyReader
 *
 * Returns: whether the last read was of a CSV or TSV file that is not
 *   UTF-8 and had no encoding given, whose encoding
 *   dq_survey_reader_get_detected_encoding() names is then a guess
 */
gboolean
dq_survey_reader_get_encoding_guessed (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), FALSE);

  return self->csv != NULL && dq_csv_reader_get_encoding_guessed (self->csv);
}

/**
 * dq_survey_reader_get_detected_delimiter:
 * @self: a #DqSurveyReader
 *
 * Returns: the delimiter of the CSV or TSV file last read, or 0
 */
guint
dq_survey_reader_get_detected_delimiter (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), 0);

  return self->csv != NULL ? dq_csv_reader_get_detected_delimiter (self->csv) : 0;
}

/**
 * dq_survey_reader_has_decimal_comma:
 * @self: a #DqSurveyReader
 * @name: a variable of the last file read
 *
 * Returns: whether the numbers of @name were written with a decimal comma
 */
gboolean
dq_survey_reader_has_decimal_comma (DqSurveyReader *self,
                                    const char     *name)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return self->csv != NULL && dq_csv_reader_has_decimal_comma (self->csv, name);
}

/**
 * dq_survey_reader_get_file_label:
 * @self: a #DqSurveyReader
 *
 * Returns: (nullable): the label of the SPSS or Stata file last read, such
 *   as the survey's title
 */
const char *
dq_survey_reader_get_file_label (DqSurveyReader *self)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);

  return self->file_label;
}

/**
 * dq_survey_reader_get_value_counts:
 * @self: a #DqSurveyReader
 * @variable: a variable of the data last read
 *
 * Returns: (transfer none): the counts of @variable's values, taken as
 *   dq_survey_reader_set_count_values() asks
 */
const DqValueCounts *
dq_survey_reader_get_value_counts (DqSurveyReader *self,
                                   guint           variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_READER (self), NULL);
  g_return_val_if_fail (self->counts != NULL, NULL);
  g_return_val_if_fail (variable < self->counts->len, NULL);

  return &g_array_index (self->counts, DqValueCounts, variable);
}
