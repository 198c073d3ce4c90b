/* dq-survey-data.h
 *
 * A researcher's own survey microdata: one row per respondent, one column per
 * variable, held column by column so that a million respondents cost a few
 * contiguous arrays rather than millions of strings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DQ_SURVEY_DATA_ERROR (dq_survey_data_error_quark ())

/**
 * DqSurveyDataError:
 * @DQ_SURVEY_DATA_ERROR_EMPTY: the file holds no data at all
 * @DQ_SURVEY_DATA_ERROR_NO_HEADER: the first row does not name the variables
 * @DQ_SURVEY_DATA_ERROR_RAGGED: a row has more or fewer fields than the header
 * @DQ_SURVEY_DATA_ERROR_TRUNCATED: a quoted field is not closed before the end
 * @DQ_SURVEY_DATA_ERROR_SYNTAX: a field is malformed, e.g. text after a
 *   closing quote
 * @DQ_SURVEY_DATA_ERROR_ENCODING: the text is not in the expected encoding
 * @DQ_SURVEY_DATA_ERROR_DUPLICATE: two variables have the same name
 * @DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE: a variable the file does not have
 * @DQ_SURVEY_DATA_ERROR_FORMAT: the file is not in a format that can be read,
 *   or its reader reported a problem
 * @DQ_SURVEY_DATA_ERROR_VALUE: a value typed in cannot be stored in a
 *   variable: it is neither a number nor one of the variable's value labels
 * @DQ_SURVEY_DATA_ERROR_TOO_LARGE: the data would need more memory than
 *   dq_survey_data_get_memory_limit() allows
 */
typedef enum
{
  DQ_SURVEY_DATA_ERROR_EMPTY,
  DQ_SURVEY_DATA_ERROR_NO_HEADER,
  DQ_SURVEY_DATA_ERROR_RAGGED,
  DQ_SURVEY_DATA_ERROR_TRUNCATED,
  DQ_SURVEY_DATA_ERROR_SYNTAX,
  DQ_SURVEY_DATA_ERROR_ENCODING,
  DQ_SURVEY_DATA_ERROR_DUPLICATE,
  DQ_SURVEY_DATA_ERROR_UNKNOWN_VARIABLE,
  DQ_SURVEY_DATA_ERROR_FORMAT,
  DQ_SURVEY_DATA_ERROR_VALUE,
  DQ_SURVEY_DATA_ERROR_TOO_LARGE,
} DqSurveyDataError;

GQuark dq_survey_data_error_quark (void);

/* The environment variable that sets dq_survey_data_get_memory_limit(). */
#define DQ_SURVEY_DATA_MEMORY_LIMIT_VARIABLE "DOSTYQ_MEMORY_LIMIT"

guint64 dq_survey_data_get_memory_limit          (void);
void    dq_survey_data_set_memory_error          (GError            **error,
                                                  const char         *source_name,
                                                  guint64             n_cases,
                                                  guint64             needed);
void   dq_survey_data_propagate_file_error       (GError            **error,
                                                  GError             *file_error);
void   dq_survey_data_set_unknown_variable_error (GError            **error,
                                                  const char         *source_name,
                                                  const char         *name,
                                                  const char * const *names);
gboolean dq_survey_data_names_match              (const char         *a,
                                                  const char         *b);
const char *dq_survey_data_find_name             (const char * const *names,
                                                  const char         *name);

/**
 * DqVariableKind:
 * @DQ_VARIABLE_NUMERIC: values are doubles; NaN is system-missing
 * @DQ_VARIABLE_STRING: values are codes into the variable's categories;
 *   %DQ_SURVEY_DATA_NO_CODE is system-missing
 */
typedef enum
{
  DQ_VARIABLE_NUMERIC,
  DQ_VARIABLE_STRING,
} DqVariableKind;

/**
 * DqDateKind:
 * @DQ_DATE_NONE: the values are plain numbers
 * @DQ_DATE_SPSS_DATE: seconds since 14 October 1582, shown as a day
 *   (SPSS's DATE, ADATE, EDATE, SDATE and similar formats)
 * @DQ_DATE_SPSS_DATETIME: seconds since 14 October 1582, shown as a day
 *   and a time (DATETIME, YMDHMS)
 * @DQ_DATE_STATA_DATE: days since 1 January 1960 (Stata's %td)
 * @DQ_DATE_STATA_DATETIME: milliseconds since 1 January 1960 (%tc, %tC)
 *
 * How the numbers of a variable stand for dates, as SPSS and Stata store
 * them.
 */
typedef enum
{
  DQ_DATE_NONE,
  DQ_DATE_SPSS_DATE,
  DQ_DATE_SPSS_DATETIME,
  DQ_DATE_STATA_DATE,
  DQ_DATE_STATA_DATETIME,
} DqDateKind;

DqDateKind dq_date_kind_for_format (const char *format);

/* The code of a system-missing (empty) value in a string column. */
#define DQ_SURVEY_DATA_NO_CODE G_MAXUINT32

/**
 * DqValueLabel:
 * @value: a numeric value
 * @label: what it means, e.g. "very positive"
 */
typedef struct
{
  double  value;
  char   *label;
} DqValueLabel;

/**
 * DqValueCounts:
 * @n_valid: values neither system-missing nor user-missing
 * @n_user_missing: values the file declares missing, such as 9 "don't know"
 * @n_system_missing: empty values
 * @n_negative: valid values below zero, which no weight may have; always 0
 *   for a string variable
 *
 * How many respondents have which kind of value of a variable.
 */
typedef struct
{
  gsize n_valid;
  gsize n_user_missing;
  gsize n_system_missing;
  gsize n_negative;
} DqValueCounts;

#define DQ_TYPE_SURVEY_DATA (dq_survey_data_get_type ())

G_DECLARE_FINAL_TYPE (DqSurveyData, dq_survey_data, DQ, SURVEY_DATA, GObject)

DqSurveyData        *dq_survey_data_new                 (const char   *source_name)
                                                         G_GNUC_WARN_UNUSED_RESULT;
DqSurveyData        *dq_survey_data_new_with_rows_of    (DqSurveyData *other)
                                                         G_GNUC_WARN_UNUSED_RESULT;
const char          *dq_survey_data_get_source_name     (DqSurveyData *self);
void                 dq_survey_data_set_first_row       (DqSurveyData *self,
                                                         guint         first_row);
void                 dq_survey_data_skip_source_rows    (DqSurveyData *self,
                                                         gsize         row,
                                                         guint         n_skipped);
char                *dq_survey_data_describe_row        (DqSurveyData *self,
                                                         gsize         row)
                                                         G_GNUC_WARN_UNUSED_RESULT;
gsize                dq_survey_data_get_n_rows          (DqSurveyData *self);
guint                dq_survey_data_get_n_variables     (DqSurveyData *self);
gboolean             dq_survey_data_lookup_variable     (DqSurveyData *self,
                                                         const char   *name,
                                                         guint        *variable);
const char          *dq_survey_data_get_stored_weight   (DqSurveyData *self);
void                 dq_survey_data_set_stored_weight   (DqSurveyData *self,
                                                         const char   *name);
guint                dq_survey_data_require_variable    (DqSurveyData *self,
                                                         const char   *name,
                                                         GError      **error);

guint                dq_survey_data_add_numeric         (DqSurveyData *self,
                                                         const char   *name,
                                                         double       *values,
                                                         gsize         n_rows);
guint                dq_survey_data_add_string          (DqSurveyData *self,
                                                         const char   *name,
                                                         guint32      *codes,
                                                         gsize         n_rows,
                                                         GStrv         categories);

const char          *dq_survey_data_get_name            (DqSurveyData *self,
                                                         guint         variable);
DqVariableKind       dq_survey_data_get_kind            (DqSurveyData *self,
                                                         guint         variable);
const char          *dq_survey_data_get_label           (DqSurveyData *self,
                                                         guint         variable);
void                 dq_survey_data_set_label           (DqSurveyData *self,
                                                         guint         variable,
                                                         const char   *label);
const double        *dq_survey_data_get_numbers         (DqSurveyData *self,
                                                         guint         variable);
const guint32       *dq_survey_data_get_codes           (DqSurveyData *self,
                                                         guint         variable);
const char * const  *dq_survey_data_get_categories      (DqSurveyData *self,
                                                         guint         variable,
                                                         guint        *n_categories);
char                *dq_survey_data_dup_value_text      (DqSurveyData *self,
                                                         guint         variable,
                                                         gsize         row)
                                                         G_GNUC_WARN_UNUSED_RESULT;
gboolean             dq_survey_data_set_value_text      (DqSurveyData *self,
                                                         guint         variable,
                                                         gsize         row,
                                                         const char   *text,
                                                         GError      **error);

void                 dq_survey_data_add_value_label     (DqSurveyData *self,
                                                         guint         variable,
                                                         double        value,
                                                         const char   *label);
const DqValueLabel  *dq_survey_data_get_value_labels    (DqSurveyData *self,
                                                         guint         variable,
                                                         guint        *n_labels);
const char          *dq_survey_data_lookup_value_label  (DqSurveyData *self,
                                                         guint         variable,
                                                         double        value);
void                 dq_survey_data_add_text_label      (DqSurveyData *self,
                                                         guint         variable,
                                                         const char   *value,
                                                         const char   *label);
const char          *dq_survey_data_lookup_text_label   (DqSurveyData *self,
                                                         guint         variable,
                                                         const char   *value);
guint                dq_survey_data_get_n_text_labels   (DqSurveyData *self,
                                                         guint         variable);

DqDateKind           dq_survey_data_get_date_kind       (DqSurveyData *self,
                                                         guint         variable);
void                 dq_survey_data_set_date_kind       (DqSurveyData *self,
                                                         guint         variable,
                                                         DqDateKind    kind);
char                *dq_survey_data_format_number       (DqSurveyData *self,
                                                         guint         variable,
                                                         double        value)
                                                         G_GNUC_WARN_UNUSED_RESULT;

void                 dq_survey_data_add_missing_range   (DqSurveyData *self,
                                                         guint         variable,
                                                         double        low,
                                                         double        high);
void                 dq_survey_data_add_missing_string  (DqSurveyData *self,
                                                         guint         variable,
                                                         const char   *value);
guint                dq_survey_data_add_missing_texts   (DqSurveyData       *self,
                                                         const char * const *texts);
gboolean             dq_survey_data_parse_missing_codes (const char   *text,
                                                         GArray       *numbers,
                                                         GPtrArray    *texts);
guint                dq_survey_data_get_n_missing       (DqSurveyData *self,
                                                         guint         variable);
void                 dq_survey_data_get_missing_range   (DqSurveyData *self,
                                                         guint         variable,
                                                         guint         index,
                                                         double       *low,
                                                         double       *high);
const char          *dq_survey_data_get_missing_string  (DqSurveyData *self,
                                                         guint         variable,
                                                         guint         index);
gboolean             dq_survey_data_is_missing_number   (DqSurveyData *self,
                                                         guint         variable,
                                                         double        value);
gboolean             dq_survey_data_is_missing_category (DqSurveyData *self,
                                                         guint         variable,
                                                         guint32       code);
void                 dq_survey_data_count_values        (DqSurveyData  *self,
                                                         guint          variable,
                                                         DqValueCounts *counts);

G_END_DECLS
