/* dq-data-writer.c
 *
 * Writes survey data, the respondents a filter keeps, as SPSS (.sav) and
 * Stata (.dta) files through ReadStat's writer, keeping variable labels,
 * value labels and, in .sav, the values declared missing; or as CSV, which
 * keeps only names and values. Every file is written whole or not at all
 * (dq-atomic-file.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <readstat.h>
#include <string.h>

#include "dq-atomic-file.h"
#include "dq-data-writer.h"
#include "dq-format.h"

G_DEFINE_QUARK (dq-data-writer-error-quark, dq_data_writer_error)

typedef struct
{
  DqAtomicFile *file;
  GError       *error;
} Output;

/**
 * dq_data_writer_format_for_file:
 * @file: the file to write
 * @format: (out): the format its name asks for
 * @error: the place for an error
 *
 * Returns: %FALSE with @error set (%DQ_DATA_WRITER_ERROR_FORMAT) when the
 *   name ends in none of .sav, .dta and .csv
 */
gboolean
dq_data_writer_format_for_file (GFile         *file,
                                DqDataFormat  *format,
                                GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  name = g_file_get_basename (file);
  folded = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (folded, ".sav"))
    *format = DQ_DATA_FORMAT_SAV;
  else if (g_str_has_suffix (folded, ".dta"))
    *format = DQ_DATA_FORMAT_DTA;
  else if (g_str_has_suffix (folded, ".csv"))
    *format = DQ_DATA_FORMAT_CSV;
  else
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (error, DQ_DATA_WRITER_ERROR, DQ_DATA_WRITER_ERROR_FORMAT,
                   /* TRANSLATORS: %s is a file name */
                   _("%s: the name must end in .sav (SPSS), .dta (Stata) or .csv"), display);
      return FALSE;
    }

  return TRUE;
}

static ssize_t
write_bytes (const void *bytes,
             size_t      length,
             void       *user_data)
{
  Output *output = user_data;

  if (output->error != NULL)
    return -1;
  if (!dq_atomic_file_write (output->file, bytes, length, &output->error))
    return -1;

  return length;
}

/* An SPSS print format that shows every value whole: without decimals
 * when all are whole numbers, and wide enough for the largest, so that
 * PSPP does not print "1E+010". */
/* Seconds from SPSS's day 0, 14 October 1582, to Stata's, 1 January 1960. */
#define SPSS_TO_STATA_SECONDS 11903760000.0

/* A date in the format's own count: SPSS counts seconds from 1582, Stata
 * days (or milliseconds) from 1960. */
static double
convert_date (DqDateKind   kind,
              DqDataFormat format,
              double       value)
{
  if (format == DQ_DATA_FORMAT_SAV && kind == DQ_DATE_STATA_DATE)
    return value * 86400 + SPSS_TO_STATA_SECONDS;
  if (format == DQ_DATA_FORMAT_SAV && kind == DQ_DATE_STATA_DATETIME)
    return value / 1000 + SPSS_TO_STATA_SECONDS;
  if (format == DQ_DATA_FORMAT_DTA && kind == DQ_DATE_SPSS_DATE)
    return floor ((value - SPSS_TO_STATA_SECONDS) / 86400);
  if (format == DQ_DATA_FORMAT_DTA && kind == DQ_DATE_SPSS_DATETIME)
    return (value - SPSS_TO_STATA_SECONDS) * 1000;

  return value;
}

/* The display format of a date in the format written, or NULL. */
static const char *
date_format (DqDateKind   kind,
             DqDataFormat format)
{
  gboolean day = kind == DQ_DATE_SPSS_DATE || kind == DQ_DATE_STATA_DATE;

  if (kind == DQ_DATE_NONE)
    return NULL;
  if (format == DQ_DATA_FORMAT_SAV)
    return day ? "DATE11" : "DATETIME20";

  return day ? "%td" : "%tc";
}

static char *
numeric_format (DqSurveyData *data,
                guint         variable)
{
  const double *numbers = dq_survey_data_get_numbers (data, variable);
  gboolean whole = TRUE;
  double largest = 0;
  int digits, width;

  for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
    {
      if (isnan (numbers[r]))
        continue;
      whole = whole && numbers[r] == floor (numbers[r]);
      largest = MAX (largest, fabs (numbers[r]));
    }

  digits = largest >= 1 ? (int) floor (log10 (largest)) + 1 : 1;
  width = CLAMP (digits + 1 + (whole ? 0 : 3), 8, 40);

  return g_strdup_printf ("F%d.%d", width, whole ? 0 : 2);
}

static int
string_width (DqSurveyData *data,
              guint         variable)
{
  guint n_categories;
  const char * const *categories = dq_survey_data_get_categories (data, variable, &n_categories);
  gsize width = 1;

  for (guint c = 0; c < n_categories; c++)
    width = MAX (width, strlen (categories[c]));

  /* ReadStat writes the labels of a long string with its width rounded up
   * to 8 bytes, and PSPP ignores them unless the variable's width is so
   * too. */
  width = (width + 7) / 8 * 8;

  return (int) MIN (width, 32767);
}

/* The labels of a text variable's values, such as "UA02" "Vinnytska oblast". */
static void
add_text_labels (readstat_writer_t   *writer,
                 DqSurveyData        *data,
                 guint                variable,
                 readstat_variable_t *added)
{
  g_autofree char *set_name = g_strdup_printf ("labels%u", variable);
  readstat_label_set_t *set = readstat_add_label_set (writer, READSTAT_TYPE_STRING, set_name);
  guint n_categories;
  const char * const *categories = dq_survey_data_get_categories (data, variable, &n_categories);

  for (guint c = 0; c < n_categories; c++)
    {
      const char *label = dq_survey_data_lookup_text_label (data, variable, categories[c]);

      if (label != NULL)
        readstat_label_string_value (set, categories[c], label);
    }
  readstat_variable_set_label_set (added, set);
}

static readstat_variable_t *
add_variable (readstat_writer_t *writer,
              DqSurveyData      *data,
              guint              variable,
              DqDataFormat       format)
{
  const char *name = dq_survey_data_get_name (data, variable);
  const char *label = dq_survey_data_get_label (data, variable);
  gboolean numeric = dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_NUMERIC;
  const DqValueLabel *labels;
  readstat_variable_t *added;
  guint n_labels;

  added = readstat_add_variable (writer, name,
                                 numeric ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING,
                                 numeric ? 0 : string_width (data, variable));
  if (label != NULL)
    readstat_variable_set_label (added, label);
  labels = dq_survey_data_get_value_labels (data, variable, &n_labels);
  if (numeric && date_format (dq_survey_data_get_date_kind (data, variable), format) != NULL)
    readstat_variable_set_format (added,
                                  date_format (dq_survey_data_get_date_kind (data, variable),
                                               format));
  else if (numeric && format == DQ_DATA_FORMAT_SAV)
    {
      g_autofree char *print = numeric_format (data, variable);

      readstat_variable_set_format (added, print);
      /* Labelled values are categories; others are measured. */
      readstat_variable_set_measure (added, n_labels > 0 ? READSTAT_MEASURE_NOMINAL
                                                         : READSTAT_MEASURE_SCALE);
    }
  if (numeric && n_labels > 0)
    {
      g_autofree char *set_name = g_strdup_printf ("labels%u", variable);
      readstat_label_set_t *set = readstat_add_label_set (writer, READSTAT_TYPE_DOUBLE, set_name);

      for (guint i = 0; i < n_labels; i++)
        readstat_label_double_value (set, labels[i].value, labels[i].label);
      readstat_variable_set_label_set (added, set);
    }
  /* Stata labels numbers only. */
  if (!numeric && format == DQ_DATA_FORMAT_SAV &&
      dq_survey_data_get_n_text_labels (data, variable) > 0)
    add_text_labels (writer, data, variable, added);

  /* Stata has no values declared missing: they are written as values. */
  if (format != DQ_DATA_FORMAT_SAV)
    return added;

  for (guint i = 0; i < dq_survey_data_get_n_missing (data, variable); i++)
    {
      if (numeric)
        {
          double low, high;

          dq_survey_data_get_missing_range (data, variable, i, &low, &high);
          if (low == high)
            readstat_variable_add_missing_double_value (added, low);
          else
            readstat_variable_add_missing_double_range (added, low, high);
        }
      else
        {
          readstat_variable_add_missing_string_value (added,
                                                      dq_survey_data_get_missing_string (data,
                                                                                         variable,
                                                                                         i));
        }
    }

  return added;
}

static readstat_error_t
insert_row (readstat_writer_t    *writer,
            DqSurveyData         *data,
            DqDataFormat          format,
            readstat_variable_t **variables,
            gsize                 row)
{
  readstat_error_t status = readstat_begin_row (writer);

  for (guint v = 0; v < dq_survey_data_get_n_variables (data) && status == READSTAT_OK; v++)
    {
      if (dq_survey_data_get_kind (data, v) == DQ_VARIABLE_NUMERIC)
        {
          double value = dq_survey_data_get_numbers (data, v)[row];
          DqDateKind kind = dq_survey_data_get_date_kind (data, v);

          status = isnan (value)
                   ? readstat_insert_missing_value (writer, variables[v])
                   : readstat_insert_double_value (writer, variables[v],
                                                   convert_date (kind, format, value));
        }
      else
        {
          guint32 code = dq_survey_data_get_codes (data, v)[row];
          const char *text = code == DQ_SURVEY_DATA_NO_CODE
                             ? ""
                             : dq_survey_data_get_categories (data, v, NULL)[code];

          status = readstat_insert_string_value (writer, variables[v], text);
        }
    }

  return status == READSTAT_OK ? readstat_end_row (writer) : status;
}

/* The variable whose name ReadStat refuses: ReadStat says what is wrong
 * with a name, not whose it is. */
static const char *
find_refused (DqSurveyData     *data,
              DqDataFormat      format,
              readstat_error_t  status)
{
  static const char * const reserved[] = {
    "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH", NULL
  };
  gsize longest = format == DQ_DATA_FORMAT_SAV ? 64 : 32;

  if (status != READSTAT_ERROR_NAME_BEGINS_WITH_ILLEGAL_CHARACTER &&
      status != READSTAT_ERROR_NAME_CONTAINS_ILLEGAL_CHARACTER &&
      status != READSTAT_ERROR_NAME_IS_RESERVED_WORD &&
      status != READSTAT_ERROR_NAME_IS_TOO_LONG &&
      status != READSTAT_ERROR_NAME_IS_ZERO_LENGTH)
    return NULL;

  for (guint v = 0; v < dq_survey_data_get_n_variables (data); v++)
    {
      const char *name = dq_survey_data_get_name (data, v);
      g_autofree char *upper = g_ascii_strup (name, -1);
      gboolean fits = *name != '\0' && strlen (name) <= longest && !g_ascii_isdigit (*name) &&
                      !(format == DQ_DATA_FORMAT_SAV && g_strv_contains (reserved, upper));

      for (const char *p = name; *p != '\0' && fits; p++)
        fits = g_ascii_isalnum (*p) || *p == '_' || (guchar) *p >= 0x80 ||
               (format == DQ_DATA_FORMAT_SAV && strchr (".@#$", *p) != NULL);
      if (!fits)
        return name;
    }

  return NULL;
}

static gboolean
set_readstat_error (GError           **error,
                    Output            *output,
                    readstat_error_t   status,
                    DqSurveyData      *data,
                    DqDataFormat       format)
{
  const char *what = find_refused (data, format, status);

  if (output->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&output->error));
      return FALSE;
    }

  g_set_error (error, DQ_DATA_WRITER_ERROR,
               what != NULL ? DQ_DATA_WRITER_ERROR_VARIABLE : DQ_DATA_WRITER_ERROR_FAILED,
               /* TRANSLATORS: the first %s is a variable name, or empty; the second is
                * ReadStat's message, in English */
               _("%s%sReadStat could not write the file: %s"),
               what != NULL ? what : "", what != NULL ? ": " : "",
               readstat_error_message (status));

  return FALSE;
}

static gboolean
write_readstat (DqSurveyData  *data,
                const guint8  *include,
                gsize          n_rows,
                DqDataFormat   format,
                Output        *output,
                GError       **error)
{
  readstat_writer_t *writer = readstat_writer_init ();
  guint n_variables = dq_survey_data_get_n_variables (data);
  g_autofree readstat_variable_t **variables = g_new0 (readstat_variable_t *, MAX (n_variables, 1));
  readstat_error_t status;
  const char *stored;
  guint weight;
  gboolean ok = FALSE;

  readstat_set_data_writer (writer, write_bytes);
  /* Files written twice from the same data are the same. */
  readstat_writer_set_file_timestamp (writer, 0);
  if (format == DQ_DATA_FORMAT_DTA)
    readstat_writer_set_file_format_version (writer, 118);

  for (guint v = 0; v < n_variables; v++)
    variables[v] = add_variable (writer, data, v, format);

  /* SPSS keeps the weight (WEIGHT BY) in the file; Stata has no such thing. */
  stored = dq_survey_data_get_stored_weight (data);
  if (format == DQ_DATA_FORMAT_SAV && stored != NULL &&
      dq_survey_data_lookup_variable (data, stored, &weight))
    readstat_writer_set_fweight_variable (writer, variables[weight]);

  status = format == DQ_DATA_FORMAT_SAV ? readstat_begin_writing_sav (writer, output, n_rows)
                                        : readstat_begin_writing_dta (writer, output, n_rows);
  if (status != READSTAT_OK)
    {
      set_readstat_error (error, output, status, data, format);
      goto out;
    }

  for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
    {
      if (include != NULL && !include[r])
        continue;
      status = insert_row (writer, data, format, variables, r);
      if (status != READSTAT_OK)
        {
          set_readstat_error (error, output, status, data, format);
          goto out;
        }
    }

  status = readstat_end_writing (writer);
  if (status != READSTAT_OK)
    set_readstat_error (error, output, status, data, format);
  else
    ok = TRUE;

out:
  readstat_writer_free (writer);

  return ok;
}

/* The shortest of 15 or 17 digits that reads back as the same number:
 * 1.1 rather than 1.1000000000000001. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (out, buffer);
}

static gboolean
write_csv (DqSurveyData  *data,
           const guint8  *include,
           Output        *output,
           GError       **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint n_variables = dq_survey_data_get_n_variables (data);

  for (guint v = 0; v < n_variables; v++)
    {
      if (v > 0)
        g_string_append_c (line, ',');
      dq_csv_append_field (line, dq_survey_data_get_name (data, v));
    }
  g_string_append (line, "\r\n");

  for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
    {
      if (include != NULL && !include[r])
        continue;
      for (guint v = 0; v < n_variables; v++)
        {
          g_autofree char *text = NULL;

          if (v > 0)
            g_string_append_c (line, ',');
          if (dq_survey_data_get_kind (data, v) == DQ_VARIABLE_NUMERIC)
            {
              double value = dq_survey_data_get_numbers (data, v)[r];

              if (isnan (value))
                continue;
              if (dq_survey_data_get_date_kind (data, v) == DQ_DATE_NONE)
                {
                  append_number (line, value);
                  continue;
                }
              /* Dates as ISO 8601 text, which R and spreadsheets read. */
              text = dq_survey_data_format_number (data, v, value);
              g_string_append (line, text);
              continue;
            }
          text = dq_survey_data_dup_value_text (data, v, r);
          dq_csv_append_field (line, text);
        }
      g_string_append (line, "\r\n");

      /* Written as it goes, so that a large file needs no second copy. */
      if (line->len > 1 << 20)
        {
          if (!dq_atomic_file_write (output->file, line->str, line->len, error))
            return FALSE;
          g_string_truncate (line, 0);
        }
    }

  return dq_atomic_file_write (output->file, line->str, line->len, error);
}

/**
 * dq_data_writer_write:
 * @data: survey data
 * @include: (nullable): one byte per row, 0 for a respondent to leave out
 *   (see dq_filter_make_mask()), or %NULL for all
 * @file: the file to write, replaced whole or left as it was
 * @format: the format
 * @n_written: (out) (optional): the number of respondents written
 * @error: the place for an error
 *
 * Writes the data. In .sav files variable labels, value labels (of text
 * too), the values declared missing, the stored weight and dates are kept;
 * .dta files keep labels of numbers and dates and write declared missing
 * values as values, as Stata has no such declaration; CSV keeps names and
 * values, dates as ISO 8601 text.
 *
 * Returns: %FALSE with @error set when the file cannot be written
 */
gboolean
dq_data_writer_write (DqSurveyData  *data,
                      const guint8  *include,
                      GFile         *file,
                      DqDataFormat   format,
                      gsize         *n_written,
                      GError       **error)
{
  g_autoptr(DqAtomicFile) atomic = NULL;
  Output output = { NULL };
  gsize n_rows = 0;
  gboolean ok;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (data), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format <= DQ_DATA_FORMAT_CSV, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (gsize r = 0; r < dq_survey_data_get_n_rows (data); r++)
    n_rows += include == NULL || include[r];

  atomic = dq_atomic_file_open (file, DQ_ATOMIC_FILE_NONE, error);
  if (atomic == NULL)
    return FALSE;
  output.file = atomic;

  if (format == DQ_DATA_FORMAT_CSV)
    ok = write_csv (data, include, &output, error);
  else
    ok = write_readstat (data, include, n_rows, format, &output, error);
  g_clear_error (&output.error);

  if (!ok || !dq_atomic_file_commit (atomic, NULL, error))
    return FALSE;

  if (n_written != NULL)
    *n_written = n_rows;

  return TRUE;
}
