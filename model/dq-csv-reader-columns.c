/* dq-csv-reader-columns.c
 *
 * The CSV reader's typed columns: the header names them, and each field
 * goes into its column as a double while the column looks numeric or as a
 * dictionary code otherwise; at the end they become a DqSurveyData.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "dq-csv-reader-private.h"
#include "dq-format.h"

#define INITIAL_CAPACITY 4096
/* The rows of a window when the file is read a window at a time: their
 * columns stay in the caches between the reader and what counts them. */
#define WINDOW_ROWS INITIAL_CAPACITY
#define HUGE_PAGE_SIZE (2 * 1024 * 1024)

static void
column_clear (Column *column)
{
  g_clear_pointer (&column->name, g_free);
  g_clear_pointer (&column->numbers, g_free);
  g_clear_pointer (&column->codes, g_free);
  g_clear_pointer (&column->index, g_hash_table_unref);
  g_clear_pointer (&column->categories, g_ptr_array_unref);
  g_clear_pointer (&column->first_rows, g_array_unref);
}

void
_dq_csv_reader_parser_clear (Parser *parser)
{
  for (guint i = 0; i < parser->n_columns; i++)
    column_clear (&parser->columns[i]);
  g_clear_pointer (&parser->columns, g_free);
  g_clear_pointer (&parser->keep, g_free);
  g_clear_pointer (&parser->kept, g_free);
  g_clear_pointer (&parser->fields, g_array_unref);
  if (parser->scratch != NULL)
    g_string_free (g_steal_pointer (&parser->scratch), TRUE);
  g_clear_pointer (&parser->gaps, g_array_unref);
}

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Parses a whole field as a number. @separator is set to '.' or ',' when
 * the number has a fraction. Small decimals, which are nearly all survey
 * values, are computed as an integer divided by a power of ten: both are
 * exact doubles, so the quotient is correctly rounded, as strtod would give.
 * Anything else goes through g_ascii_strtod. A number too large for a
 * double is not a number here. */
static gboolean
parse_number (const char *s,
              gsize       len,
              gboolean    comma_allowed,
              double     *value,
              char       *separator)
{
  const char *p = s;
  const char *end = s + len;
  guint64 mantissa = 0;
  int n_digits = 0;
  int scale = 0;
  int exponent = 0;
  gboolean negative = FALSE;
  gboolean slow = FALSE;

  *separator = '\0';

  while (p < end && *p == ' ')
    p++;
  while (end > p && end[-1] == ' ')
    end--;

  /* Empty, R's NA and Stata's "." are system-missing values. */
  if (p == end || (end - p == 2 && p[0] == 'N' && p[1] == 'A') || (end - p == 1 && *p == '.'))
    {
      *value = NAN;
      return TRUE;
    }

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; p < end && g_ascii_isdigit (*p); p++)
    {
      if (mantissa < G_GUINT64_CONSTANT (100000000000000000))
        mantissa = mantissa * 10 + (*p - '0');
      else
        slow = TRUE;
      n_digits++;
    }

  if (p < end && (*p == '.' || (*p == ',' && comma_allowed)))
    {
      *separator = *p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        {
          /* Leading zeros keep the mantissa small but raise the scale,
           * which must stay within the table. */
          if (mantissa < G_GUINT64_CONSTANT (100000000000000000) &&
              scale < (int) G_N_ELEMENTS (powers_of_ten) - 1)
            {
              mantissa = mantissa * 10 + (*p - '0');
              scale++;
            }
          else
            slow = TRUE;
          n_digits++;
        }
    }

  if (n_digits == 0)
    return FALSE;

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean exponent_negative = FALSE;
      int n_exponent_digits = 0;

      p++;
      if (p < end && (*p == '-' || *p == '+'))
        exponent_negative = *p++ == '-';
      for (; p < end && g_ascii_isdigit (*p); p++, n_exponent_digits++)
        exponent = MIN (exponent * 10 + (*p - '0'), 10000);
      if (n_exponent_digits == 0)
        return FALSE;
      if (exponent_negative)
        exponent = -exponent;
      slow = TRUE;
    }

  if (p != end)
    return FALSE;

  if (!slow && mantissa < (G_GUINT64_CONSTANT (1) << 53))
    {
      double v = (double) mantissa / powers_of_ten[scale];

      *value = negative ? -v : v;
      return TRUE;
    }

  {
    /* The whole field, however long: a number of a hundred digits is as
     * much a number as one of ten, and strtod rounds it correctly. */
    g_autofree char *copy = g_strndup (s, len);
    char *number_end;

    g_strdelimit (copy, ",", '.');
    *value = g_ascii_strtod (g_strstrip (copy), &number_end);

    /* Beyond the largest double, strtod gives infinity, which is no value
     * a survey can hold: the field is text, which names itself in any
     * message about it. */
    return *number_end == '\0' && isfinite (*value);
  }
}

/* Moves a column's @n_used values of @size bytes into room for
 * @capacity. Large columns are aligned to 2 MiB and offered to the kernel
 * for huge pages: a column of a million doubles is then a handful of page
 * faults instead of two thousand, which cost more than parsing its values.
 * The last 2 MiB the rows may not fill (the capacity has a margin of a
 * 32nd) keeps small pages, so that memory is not taken in huge steps past
 * the rows. The memory is malloc()'s all the same, freed with g_free(). */
static gpointer
column_realloc (gpointer  values,
                gsize     n_used,
                gsize     capacity,
                gsize     size,
                gboolean  may_fail)
{
  gsize bytes = capacity * size;
  gpointer moved = NULL;

#if defined(MADV_HUGEPAGE)
  if (bytes >= HUGE_PAGE_SIZE && posix_memalign (&moved, HUGE_PAGE_SIZE, bytes) == 0)
    {
      gsize huge = (bytes - bytes / 32) / HUGE_PAGE_SIZE * HUGE_PAGE_SIZE;

      if (huge > 0)
        madvise (moved, huge, MADV_HUGEPAGE);
      if (n_used > 0)
        memcpy (moved, values, n_used * size);
      g_free (values);
      return moved;
    }
#endif

  return may_fail ? g_try_realloc_n (values, capacity, size) : g_realloc_n (values, capacity, size);
}

/* Gives every kept column room for @capacity rows; when @may_fail, returns
 * FALSE if the memory is not there, some columns moved and some not. */
static gboolean
resize_columns (Parser   *parser,
                gsize     capacity,
                gboolean  may_fail)
{
  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];
      gpointer *values = column->is_string ? (gpointer *) &column->codes
                                           : (gpointer *) &column->numbers;
      gsize size = column->is_string ? sizeof (guint32) : sizeof (double);
      gpointer moved;

      if (!column->selected)
        continue;
      moved = column_realloc (*values, parser->n_rows, capacity, size, may_fail);
      if (moved == NULL)
        return FALSE;
      *values = moved;
    }
  parser->capacity = capacity;

  return TRUE;
}

/* Makes room for more rows: for as many as the file is expected to hold
 * once that is known, else twice as many. The expectation, from the first
 * block, may be far too many for a file whose first block is unlike the
 * rest: when that much memory cannot be had, the columns only double. */
static void
grow_columns (Parser *parser)
{
  gsize doubled = MAX (INITIAL_CAPACITY, parser->capacity * 2);

  if (parser->expected_rows > doubled && resize_columns (parser, parser->expected_rows, TRUE))
    return;
  parser->expected_rows = 0;
  resize_columns (parser, doubled, FALSE);
}

static guint32
intern_category (Column     *column,
                 const char *text,
                 gsize     row)
{
  gpointer code = g_hash_table_lookup (column->index, text);
  char *category;

  if (code != NULL)
    return GPOINTER_TO_UINT (code) - 1;

  category = g_strdup (text);
  g_ptr_array_add (column->categories, category);
  g_array_append_val (column->first_rows, row);
  g_hash_table_insert (column->index, category, GUINT_TO_POINTER (column->categories->len));

  return column->categories->len - 1;
}

/* A column that looked numeric meets its first text. The numbers read so
 * far become categories again, written back with the column's decimal
 * separator; "1.50" comes back as "1.5", which is the price of not keeping
 * every cell's text for the rare column that changes its mind. */
static void
column_to_string (Parser *parser,
                  Column *column)
{
  column->is_string = TRUE;
  column->codes = g_new (guint32, parser->capacity);
  column->index = g_hash_table_new (g_str_hash, g_str_equal);
  column->categories = g_ptr_array_new_with_free_func (g_free);
  column->first_rows = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < parser->n_rows; i++)
    {
      g_autofree char *buffer = NULL;

      if (isnan (column->numbers[i]))
        {
          column->codes[i] = DQ_SURVEY_DATA_NO_CODE;
          continue;
        }

      buffer = dq_format_exact (column->numbers[i]);
      if (column->seen_comma)
        g_strdelimit (buffer, ".", ',');
      column->codes[i] = intern_category (column, buffer, 0);
    }

  g_clear_pointer (&column->numbers, g_free);
  column->seen_point = column->seen_comma = FALSE;
}

/* parse_number() for what survey files nearly always hold: digits, perhaps
 * with a decimal point and more digits, at most 15 characters, so that the
 * digits make an integer below 2^53 and the power of ten is exact. The
 * value is then the very quotient parse_number() computes, bit for bit.
 * Returns FALSE for anything else, which parse_number() reads. */
static inline gboolean
parse_plain_decimal (const char *s,
                     gsize       len,
                     double     *value,
                     char       *separator)
{
  guint64 mantissa = 0;
  gsize i = 0;
  gsize point;

  if (len == 0 || len > 15)
    return FALSE;

  for (; i < len && (guint) (s[i] - '0') < 10; i++)
    mantissa = mantissa * 10 + (guint) (s[i] - '0');
  if (i == len)
    {
      *separator = '\0';
      *value = (double) mantissa;
      return TRUE;
    }
  if (i == 0 || s[i] != '.' || i + 1 == len)
    return FALSE;

  point = i++;
  for (; i < len && (guint) (s[i] - '0') < 10; i++)
    mantissa = mantissa * 10 + (guint) (s[i] - '0');
  if (i != len)
    return FALSE;

  *separator = '.';
  *value = (double) mantissa / powers_of_ten[len - point - 1];

  return TRUE;
}

static gboolean
store_number (Parser      *parser,
              Column      *column,
              const Field *field)
{
  double value;
  char separator;

  if (!parse_plain_decimal (field->start, field->len, &value, &separator) &&
      !parse_number (field->start, field->len, parser->decimal_comma_allowed, &value,
                     &separator))
    return FALSE;

  if (separator == '.')
    {
      if (column->seen_comma)
        return FALSE;
      column->seen_point = TRUE;
    }
  else if (separator == ',')
    {
      if (column->seen_point)
        return FALSE;
      column->seen_comma = TRUE;
    }

  column->numbers[parser->n_rows] = value;

  return TRUE;
}

static void
store_string (Parser      *parser,
              Column      *column,
              const Field *field)
{
  const char *text = _dq_csv_reader_field_text (parser, field);

  column->codes[parser->n_rows] = *text == '\0' ? DQ_SURVEY_DATA_NO_CODE
                                                : intern_category (column, text, parser->row);
}

static gboolean
commit_header (Parser  *parser,
               GError **error)
{
  DqCsvReader *self = parser->self;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean all_numbers = TRUE;
  gboolean header_utf8 = TRUE;

  parser->n_columns = parser->fields->len;
  parser->columns = g_new0 (Column, parser->n_columns);
  parser->header_row = parser->row;

  for (guint i = 0; i < parser->n_columns; i++)
    {
      const Field *field = &g_array_index (parser->fields, Field, i);
      const char *text = _dq_csv_reader_field_text (parser, field);
      double value;
      char separator;

      if (!parse_number (text, strlen (text), TRUE, &value, &separator) || isnan (value))
        all_numbers = FALSE;

      parser->columns[i].name = g_strdup (text);
      header_utf8 = header_utf8 && g_utf8_validate (text, -1, NULL);
    }

  if (all_numbers)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_NO_HEADER,
                   _("%s: row %zu holds numbers, not variable names; the "
                     "first row must name the variables"),
                   parser->source_name, parser->row);
      return FALSE;
    }

  /* Without a byte-order mark or a forced encoding, the header decides as
   * soon as it has a byte that cannot be UTF-8, so that the variables the
   * caller asks for can be matched by name: the encoding is the one the
   * first block of the file most likely has. */
  if (parser->encoding == NULL && !header_utf8)
    {
      parser->encoding = parser->guess != NULL ? parser->guess : FALLBACK_ENCODING;
      self->encoding_guessed = TRUE;
    }

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      if (parser->encoding != NULL && g_ascii_strcasecmp (parser->encoding, "UTF-8") != 0)
        {
          g_autofree char *converted = g_convert (column->name, -1, "UTF-8", parser->encoding,
                                                  NULL, NULL, NULL);

          if (converted == NULL)
            {
              g_autofree char *problem =
                g_strdup_printf (_("the variable name is not valid %s"), parser->encoding);

              _dq_csv_reader_set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING,
                                              parser->row, i, problem);
              return FALSE;
            }
          g_free (column->name);
          column->name = g_steal_pointer (&converted);
        }
      else if (!g_utf8_validate (column->name, -1, NULL))
        {
          _dq_csv_reader_set_field_error (parser, error, DQ_SURVEY_DATA_ERROR_ENCODING,
                                          parser->row, i,
                                          _("the variable name is not valid UTF-8; is the file "
                                            "in another encoding, such as Windows-1251?"));
          return FALSE;
        }

      /* SPSS numbers unnamed variables the same way. */
      if (column->name[0] == '\0')
        {
          g_free (column->name);
          column->name = g_strdup_printf ("V%u", i + 1);
        }

      if (g_hash_table_contains (seen, column->name))
        {
          g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_DUPLICATE,
                       _("%s: row %zu: columns %u and %u are both called "
                         "“%s”; every variable needs its own name"),
                       parser->source_name, parser->row,
                       GPOINTER_TO_UINT (g_hash_table_lookup (seen, column->name)), i + 1,
                       column->name);
          return FALSE;
        }
      g_hash_table_insert (seen, column->name, GUINT_TO_POINTER (i + 1));

    }

  if (self->variables != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint j = 0; j < parser->n_columns; j++)
        g_ptr_array_add (names, parser->columns[j].name);
      g_ptr_array_add (names, NULL);

      /* Names match as in SPSS, whatever their case. */
      for (guint i = 0; self->variables[i] != NULL; i++)
        {
          const char *found = dq_survey_data_find_name ((const char * const *) names->pdata,
                                                        self->variables[i]);

          if (found == NULL)
            {
              dq_survey_data_set_unknown_variable_error (error, parser->source_name,
                                                         self->variables[i],
                                                         (const char * const *) names->pdata);
              return FALSE;
            }
          for (guint j = 0; j < parser->n_columns; j++)
            parser->columns[j].selected |= parser->columns[j].name == found;
        }
    }
  else
    {
      for (guint j = 0; j < parser->n_columns; j++)
        parser->columns[j].selected = TRUE;
    }

  parser->kept = g_new (guint, parser->n_columns);
  for (guint j = 0; j < parser->n_columns; j++)
    if (parser->columns[j].selected)
      parser->kept[parser->n_kept++] = j;
  if (!self->plain_lines_off)
    {
      /* The header's fields were stored: the array has room for a row. */
      g_assert (parser->fields_allocated >= parser->n_columns);
      parser->keep = g_new (guint8, parser->n_columns);
      for (guint j = 0; j < parser->n_columns; j++)
        parser->keep[j] = parser->columns[j].selected;
    }

  parser->have_header = TRUE;

  return TRUE;
}

gboolean
_dq_csv_reader_commit_record (Parser  *parser,
                              GError **error)
{
  if (!parser->have_header)
    return commit_header (parser, error);

  if (parser->fields->len != parser->n_columns)
    {
      g_set_error (error, DQ_SURVEY_DATA_ERROR, DQ_SURVEY_DATA_ERROR_RAGGED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: row %zu has %u field, but the header has %u",
                                "%s: row %zu has %u fields, but the header has %u",
                                parser->fields->len),
                   parser->source_name, parser->row, parser->fields->len, parser->n_columns);
      return FALSE;
    }

  if (parser->pending_blank > 0)
    {
      gsize gap[2] = { parser->n_rows, parser->pending_blank };

      g_array_append_vals (parser->gaps, gap, 2);
      parser->pending_blank = 0;
    }

  if (parser->window_func != NULL && parser->n_rows == WINDOW_ROWS &&
      !_dq_csv_reader_pass_window (parser, error))
    return FALSE;

  if (parser->n_rows == parser->capacity)
    grow_columns (parser);

  for (guint k = 0; k < parser->n_kept; k++)
    {
      guint i = parser->kept[k];
      Column *column = &parser->columns[i];
      const Field *field = &g_array_index (parser->fields, Field, i);

      if (!column->is_string)
        {
          if (store_number (parser, column, field))
            continue;
          column_to_string (parser, column);
        }

      store_string (parser, column, field);
    }

  parser->n_rows++;

  return TRUE;
}

DqSurveyData *
_dq_csv_reader_build_data (Parser *parser)
{
  DqCsvReader *self = parser->self;
  g_autoptr(DqSurveyData) data = dq_survey_data_new (parser->source_name);

  dq_survey_data_set_first_row (data, parser->header_row + 1);
  for (guint i = 0; i < parser->gaps->len; i += 2)
    dq_survey_data_skip_source_rows (data, g_array_index (parser->gaps, gsize, i),
                                     g_array_index (parser->gaps, gsize, i + 1));

  g_hash_table_remove_all (self->decimal_comma);

  for (guint i = 0; i < parser->n_columns; i++)
    {
      Column *column = &parser->columns[i];

      if (!column->selected)
        continue;

      if (column->is_string)
        {
          GStrv categories;

          g_ptr_array_add (column->categories, NULL);
          categories = (GStrv) g_ptr_array_steal (column->categories, NULL);
          /* Keys are the categories just stolen. */
          g_clear_pointer (&column->index, g_hash_table_unref);
          dq_survey_data_add_string (data, column->name,
                                     g_renew (guint32, g_steal_pointer (&column->codes),
                                              MAX (parser->n_rows, 1)),
                                     parser->n_rows, categories);
        }
      else
        {
          if (column->seen_comma)
            g_hash_table_add (self->decimal_comma, g_strdup (column->name));
          dq_survey_data_add_numeric (data, column->name,
                                      g_renew (double, g_steal_pointer (&column->numbers),
                                               MAX (parser->n_rows, 1)),
                                      parser->n_rows);
        }
    }

  return g_steal_pointer (&data);
}

/* Hands the rows read since the last window to the window function, as
 * data of their own, and starts the next window in the same columns. Only
 * numeric columns can be read so: a string column's codes would belong to
 * categories that later windows may convert. */
gboolean
_dq_csv_reader_pass_window (Parser  *parser,
                            GError **error)
{
  g_autoptr(DqSurveyData) window = dq_survey_data_new (parser->source_name);
  gsize first_row = parser->window_first_row;

  g_assert (parser->window_func != NULL);

  for (guint k = 0; k < parser->n_kept; k++)
    {
      Column *column = &parser->columns[parser->kept[k]];

      if (column->is_string)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       "%s: “%s” is not numeric: the file is read whole",
                       parser->source_name, column->name);
          return FALSE;
        }
      dq_survey_data_add_numeric (window, column->name,
                                  g_memdup2 (column->numbers,
                                             MAX (parser->n_rows, 1) * sizeof (double)),
                                  parser->n_rows);
    }

  parser->window_first_row += parser->n_rows;
  parser->n_rows = 0;
  g_array_set_size (parser->gaps, 0);

  return parser->window_func (window, first_row, parser->window_data, error);
}
