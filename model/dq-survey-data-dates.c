/* dq-survey-data-dates.c
 *
 * Dates of DqSurveyData. SPSS stores a date as the seconds since
 * 14 October 1582, Stata as the days (or milliseconds) since 1 January
 * 1960; both say in the variable's display format that the number is a
 * date. Shown raw, 13,791,916,800 means nothing to a researcher: such
 * values are written as ISO dates, 2019-10-15, which read the same in
 * every language, and typed back the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dq-format.h"
#include "dq-survey-data-private.h"

#define SECONDS_PER_DAY 86400.0

static gboolean
has_prefix_ascii (const char *text,
                  const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

/**
 * dq_date_kind_for_format:
 * @format: (nullable): a variable's display format as ReadStat gives it,
 *   such as "DATE11", "ADATE10", "DATETIME20" (SPSS) or "%td", "%tc"
 *   (Stata)
 *
 * Returns: the kind of date the format shows, or %DQ_DATE_NONE; durations
 *   (TIME, DTIME) and Stata's weeks, months and quarters stay numbers
 */
DqDateKind
dq_date_kind_for_format (const char *format)
{
  static const char * const spss_dates[] = {
    "DATE", "ADATE", "EDATE", "JDATE", "SDATE", "MOYR", "QYR", "WKYR",
  };

  if (format == NULL)
    return DQ_DATE_NONE;

  if (format[0] == '%')
    {
      const char *p = format + 1;

      /* Left-aligned formats carry a minus: "%-td". */
      if (*p == '-')
        p++;
      if (g_str_has_prefix (p, "td") || (p[0] == 'd' && !g_ascii_isalpha (p[1])))
        return DQ_DATE_STATA_DATE;
      if (g_str_has_prefix (p, "tc") || g_str_has_prefix (p, "tC"))
        return DQ_DATE_STATA_DATETIME;
      return DQ_DATE_NONE;
    }

  /* DATETIME begins like DATE: it is looked at first. */
  if (has_prefix_ascii (format, "DATETIME") || has_prefix_ascii (format, "YMDHMS"))
    return DQ_DATE_SPSS_DATETIME;
  for (guint i = 0; i < G_N_ELEMENTS (spss_dates); i++)
    {
      const char *rest = format + strlen (spss_dates[i]);

      if (has_prefix_ascii (format, spss_dates[i]) && (*rest == '\0' || g_ascii_isdigit (*rest)))
        return DQ_DATE_SPSS_DATE;
    }

  return DQ_DATE_NONE;
}

/* The day numbers GDate counts from 1 January of year 1, of the two
 * epochs. */
static guint32
epoch_julian (DqDateKind kind)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  if (kind == DQ_DATE_SPSS_DATE || kind == DQ_DATE_SPSS_DATETIME)
    g_date_set_dmy (&epoch, 14, G_DATE_OCTOBER, 1582);
  else
    g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1960);

  return g_date_get_julian (&epoch);
}

/* @value in seconds since the kind's epoch. */
static double
to_seconds (DqDateKind kind,
            double     value)
{
  switch (kind)
    {
    case DQ_DATE_STATA_DATE:
      return value * SECONDS_PER_DAY;
    case DQ_DATE_STATA_DATETIME:
      return value / 1000.0;
    case DQ_DATE_SPSS_DATE:
    case DQ_DATE_SPSS_DATETIME:
    case DQ_DATE_NONE:
    default:
      return value;
    }
}

static double
from_seconds (DqDateKind kind,
              double     seconds)
{
  switch (kind)
    {
    case DQ_DATE_STATA_DATE:
      return seconds / SECONDS_PER_DAY;
    case DQ_DATE_STATA_DATETIME:
      return seconds * 1000.0;
    case DQ_DATE_SPSS_DATE:
    case DQ_DATE_SPSS_DATETIME:
    case DQ_DATE_NONE:
    default:
      return seconds;
    }
}

/* A date, or a date and a time, for @value of @kind; NULL when it is no
 * whole second of a year from 1 to 9999, which is then shown as the number
 * it is. */
char *
_dq_survey_data_format_date (DqDateKind kind,
                             double     value)
{
  double seconds = to_seconds (kind, value);
  double days = floor (seconds / SECONDS_PER_DAY);
  double in_day = seconds - days * SECONDS_PER_DAY;
  gint64 julian;
  GDate date;
  char text[64];

  if (kind == DQ_DATE_NONE || !isfinite (seconds) || seconds != floor (seconds) ||
      fabs (days) > 4e6)
    return NULL;

  julian = (gint64) epoch_julian (kind) + (gint64) days;
  if (julian < 1 || julian > 3652059 /* 31 December 9999 */)
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) julian);

  /* A date variable whose value has a time of day keeps it on screen, so
   * that the text typed back is the same value. */
  if (in_day == 0 && kind != DQ_DATE_SPSS_DATETIME && kind != DQ_DATE_STATA_DATETIME)
    g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&date),
                g_date_get_month (&date), g_date_get_day (&date));
  else
    {
      guint s = (guint) in_day;

      g_snprintf (text, sizeof text, "%04u-%02u-%02u %02u:%02u:%02u", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date), s / 3600, s / 60 % 60,
                  s % 60);
    }

  return g_strdup (text);
}

/* Reads "2019-10-15" or "2019-10-15 14:30[:05]" back into a value of
 * @kind. */
gboolean
_dq_survey_data_parse_date (DqDateKind  kind,
                            const char *text,
                            double     *value)
{
  guint year, month, day, hour = 0, minute = 0, second = 0;
  int used = 0;
  int n;
  GDate date;
  double seconds;

  if (kind == DQ_DATE_NONE)
    return FALSE;

  n = sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &used);
  if (n != 3 || used != 10)
    return FALSE;
  if (text[used] != '\0')
    {
      int more = 0;

      n = sscanf (text + used, " %2u:%2u%n", &hour, &minute, &more);
      if (n != 2)
        return FALSE;
      used += more;
      if (text[used] == ':')
        {
          n = sscanf (text + used, ":%2u%n", &second, &more);
          if (n != 1)
            return FALSE;
          used += more;
        }
      if (text[used] != '\0' || hour > 23 || minute > 59 || second > 59)
        return FALSE;
    }
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  seconds = ((double) g_date_get_julian (&date) - (double) epoch_julian (kind)) * SECONDS_PER_DAY +
            hour * 3600.0 + minute * 60.0 + second;
  *value = from_seconds (kind, seconds);

  return TRUE;
}

/**
 * dq_survey_data_get_date_kind:
 * @self: a #DqSurveyData
 * @variable: a variable index
 *
 * Returns: how the variable's numbers stand for dates, or %DQ_DATE_NONE
 */
DqDateKind
dq_survey_data_get_date_kind (DqSurveyData *self,
                              guint         variable)
{
  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), DQ_DATE_NONE);
  g_return_val_if_fail (variable < self->variables->len, DQ_DATE_NONE);

  return get_variable (self, variable)->date_kind;
}

/**
 * dq_survey_data_set_date_kind:
 * @self: a #DqSurveyData
 * @variable: the index of a numeric variable
 * @kind: how its numbers stand for dates
 */
void
dq_survey_data_set_date_kind (DqSurveyData *self,
                              guint         variable,
                              DqDateKind    kind)
{
  g_return_if_fail (DQ_IS_SURVEY_DATA (self));
  g_return_if_fail (variable < self->variables->len);
  g_return_if_fail (kind == DQ_DATE_NONE ||
                    get_variable (self, variable)->kind == DQ_VARIABLE_NUMERIC);

  get_variable (self, variable)->date_kind = kind;
}

/**
 * dq_survey_data_format_number:
 * @self: a #DqSurveyData
 * @variable: a variable index
 * @value: a value of it, not NaN
 *
 * Writes a value as the data table and a crosstab's categories show it: a
 * date for a date variable ("2019-10-15", or "2019-10-15 14:30:00" with a
 * time), otherwise every digit of the number, as dq_format_exact() does.
 *
 * Returns: (transfer full): the text
 */
char *
dq_survey_data_format_number (DqSurveyData *self,
                              guint         variable,
                              double        value)
{
  char *date;

  g_return_val_if_fail (DQ_IS_SURVEY_DATA (self), NULL);
  g_return_val_if_fail (variable < self->variables->len, NULL);

  date = _dq_survey_data_format_date (get_variable (self, variable)->date_kind, value);

  return date != NULL ? date : dq_format_exact (value);
}
