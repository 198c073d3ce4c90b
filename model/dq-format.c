/* dq-format.c
 *
 * Numbers as each language writes them: English "1,338.5" and "66.9%";
 * Russian and Kazakh "1 338,5" and "66,9 %", with no-break spaces, as their
 * style guides and statistical offices write them. The process locale is
 * not used: a chart in Russian is often made on a system in English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "dq-figure.h"
#include "dq-format.h"

#define NO_BREAK_SPACE        "\xc2\xa0"
#define NARROW_NO_BREAK_SPACE "\xe2\x80\xaf"

typedef struct
{
  const char *decimal;
  const char *thousands;
  const char *percent;
} NumberStyle;

static const NumberStyle styles[DQ_N_LANGUAGES] = {
  [DQ_LANGUAGE_EN] = { ".", ",", "%" },
  [DQ_LANGUAGE_RU] = { ",", NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE "%" },
  [DQ_LANGUAGE_KK] = { ",", NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE "%" },
};

/* The fewest decimals, up to @max, that show @value exactly. */
static int
natural_decimals (double value,
                  int    max)
{
  for (int d = 0; d < max; d++)
    {
      double scaled = value * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6)
        return d;
    }

  return max;
}

/**
 * dq_format_interval:
 * @low: the lower end, or NaN when there is no interval
 * @high: the higher end
 * @decimals: digits after the decimal separator
 * @language: whose conventions to follow
 *
 * Returns: (transfer full): the interval as "40.1–52.3", or what
 *   dq_format_number() writes for NaN when there is none
 */
char *
dq_format_interval (double     low,
                    double     high,
                    int        decimals,
                    DqLanguage language)
{
  g_autofree char *l = dq_format_number (low, decimals, language);
  g_autofree char *h = NULL;

  if (isnan (low))
    return g_steal_pointer (&l);

  h = dq_format_number (high, decimals, language);

  return g_strdup_printf ("%s–%s", l, h);
}

/**
 * dq_format_number:
 * @value: a number
 * @decimals: digits after the decimal separator, or -1 for as many as the
 *   value needs (up to 3)
 * @language: whose conventions to follow
 *
 * Returns: (transfer full): @value as @language writes it
 */
char *
dq_format_number (double     value,
                  int        decimals,
                  DqLanguage language)
{
  const NumberStyle *style;
  g_autofree char *digits = NULL;
  GString *out;
  const char *point;
  const char *p;
  gsize int_len;

  g_return_val_if_fail (language < DQ_N_LANGUAGES, NULL);

  /* Infinity and NaN are no numbers a reader can use: they are shown as a
   * gap, like a figure without a value. */
  if (!isfinite (value))
    return g_strdup ("—");

  style = &styles[language];
  if (decimals < 0)
    decimals = natural_decimals (fabs (value), 3);

  digits = g_strdup_printf ("%.*f", decimals, fabs (value));
  point = strchr (digits, '.');
  int_len = point != NULL ? (gsize) (point - digits) : strlen (digits);

  out = g_string_new (NULL);
  if (value < 0 && round (value * pow (10, decimals)) != 0)
    g_string_append (out, "−");

  /* Thousands separators only from five digits on in Russian and Kazakh
   * ("1338" but "14 000"), as their typography has it; always in English. */
  for (p = digits; p < digits + int_len; p++)
    {
      gsize left = int_len - (p - digits);

      if (p != digits && left % 3 == 0 &&
          (language == DQ_LANGUAGE_EN || int_len > 4))
        g_string_append (out, style->thousands);
      g_string_append_c (out, *p);
    }

  if (point != NULL)
    {
      g_string_append (out, style->decimal);
      g_string_append (out, point + 1);
    }

  return g_string_free (out, FALSE);
}

/* Room for the longest "%.*f" of a double: 309 digits before the point,
 * the decimals after it, the sign and the point. */
#define MAX_FIXED_DECIMALS 20
#define FIXED_BUFFER_SIZE  (DBL_MAX_10_EXP + 1 + MAX_FIXED_DECIMALS + 3)

/**
 * dq_format_decimal:
 * @value: a number
 * @decimals: digits after the decimal point, from 0 to 20
 *
 * Writes @value in plain decimal notation with a point, whatever the
 * locale, for files that programs read (CSV): every digit before the point,
 * however many there are. Infinity and NaN give an empty string, an empty
 * field, never "inf" or "nan".
 *
 * Returns: (transfer full): the text
 */
char *
dq_format_decimal (double value,
                   int    decimals)
{
  char buffer[FIXED_BUFFER_SIZE];
  char format[8];

  g_return_val_if_fail (decimals >= 0 && decimals <= MAX_FIXED_DECIMALS, NULL);

  if (!isfinite (value))
    return g_strdup ("");

  g_snprintf (format, sizeof format, "%%.%df", decimals);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/**
 * dq_format_exact:
 * @value: a number
 *
 * Writes @value with the fewest significant digits (15 to 17) that read
 * back as the same double, with a point, whatever the locale: "0.1", not
 * "0.10000000000000001"; "1.2345678901234568e+39", not "1.23456789012346e+39",
 * which is another number. Infinity and NaN give an empty string.
 *
 * Returns: (transfer full): the text
 */
char *
dq_format_exact (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");

  for (int digits = 15; digits < 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.17g", value));
}

/**
 * dq_format_percent:
 * @value: a percentage
 * @decimals: digits after the decimal separator, or -1 for as many as the
 *   value needs (up to 3)
 * @language: whose conventions to follow
 *
 * Returns: (transfer full): @value with the percent sign as @language
 *   writes it: "66.9%", "66,9 %"
 */
char *
dq_format_percent (double     value,
                   int        decimals,
                   DqLanguage language)
{
  g_autofree char *number = dq_format_number (value, decimals, language);

  if (!isfinite (value))
    return g_steal_pointer (&number);

  return g_strconcat (number, styles[language].percent, NULL);
}

/* The word after a length of time in years, agreeing with the number in
 * Russian (1 год, 3 года, 25 лет). */
static const char *
years_suffix (double     value,
              DqLanguage language)
{
  guint64 n = (guint64) fabs (value);

  if (language == DQ_LANGUAGE_KK)
    return NO_BREAK_SPACE "жыл";
  if (language == DQ_LANGUAGE_EN)
    return value == 1 ? NO_BREAK_SPACE "year" : NO_BREAK_SPACE "years";
  if (value != floor (value))
    return NO_BREAK_SPACE "года";
  if (n % 10 == 1 && n % 100 != 11)
    return NO_BREAK_SPACE "год";
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
    return NO_BREAK_SPACE "года";

  return NO_BREAK_SPACE "лет";
}

/**
 * dq_format_figure_value:
 * @figure: a #DqFigure
 * @language: the language to write it in
 *
 * Writes a figure's value with its unit and bound: "≤ 7%", "≈ 50%",
 * "1,338", "2017". A gap is written as an em dash.
 *
 * Returns: (transfer full): the text
 */
char *
dq_format_figure_value (DqFigure   *figure,
                        DqLanguage  language)
{
  g_autofree char *number = NULL;
  const char *prefix = "";
  const char *suffix = "";

  g_return_val_if_fail (DQ_IS_FIGURE (figure), NULL);

  if (!dq_figure_has_value (figure))
    return g_strdup ("—");

  switch (dq_figure_get_bound (figure))
    {
    case DQ_BOUND_APPROX:
      prefix = "≈" NO_BREAK_SPACE;
      break;
    case DQ_BOUND_LT:
      prefix = "<" NO_BREAK_SPACE;
      break;
    case DQ_BOUND_LE:
      prefix = "≤" NO_BREAK_SPACE;
      break;
    case DQ_BOUND_GT:
      prefix = ">" NO_BREAK_SPACE;
      break;
    case DQ_BOUND_GE:
      prefix = "≥" NO_BREAK_SPACE;
      break;
    case DQ_BOUND_EQ:
    default:
      break;
    }

  switch (dq_figure_get_unit (figure))
    {
    case DQ_UNIT_YEAR:
      /* Years take no separators. */
      number = g_strdup_printf ("%.0f", dq_figure_get_value (figure));
      break;

    case DQ_UNIT_PERCENT:
      number = dq_format_percent (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_PERCENT_POINTS:
      suffix = language == DQ_LANGUAGE_EN ? " pp" : NO_BREAK_SPACE "п.п.";
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_USD:
      prefix = dq_figure_get_bound (figure) == DQ_BOUND_EQ ? "$" : prefix;
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      if (dq_figure_get_bound (figure) != DQ_BOUND_EQ)
        suffix = NO_BREAK_SPACE "USD";
      break;

    case DQ_UNIT_TENGE:
      suffix = NO_BREAK_SPACE "₸";
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_MINUTES:
      suffix = language == DQ_LANGUAGE_EN ? NO_BREAK_SPACE "min" : NO_BREAK_SPACE "мин";
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_YEARS:
      suffix = years_suffix (dq_figure_get_value (figure), language);
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_TIMES:
      suffix = "×";
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;

    case DQ_UNIT_COUNT:
    case DQ_UNIT_PEOPLE:
    default:
      number = dq_format_number (dq_figure_get_value (figure), -1, language);
      break;
    }

  return g_strconcat (prefix, number, suffix, NULL);
}

/* Whether @field is a plain number as our writers and spreadsheets write it:
 * an optional minus, digits with at most one decimal point or comma, and an
 * optional exponent ("-3.5", "-1,5", "-1e5", "2.5E-3"). A leading plus is
 * not part of a number: none of our writers puts one there. */
static gboolean
is_plain_number (const char *field)
{
  const char *p = field;
  gboolean digits = FALSE;

  if (*p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.' || *p == ',')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits)
    return FALSE;

  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

/**
 * dq_csv_field_is_formula:
 * @field: a field's text
 *
 * Whether a spreadsheet could take @field for a formula: it begins with
 * "=", "+", "-", "@", a tab or a carriage return, as OWASP lists them, and
 * is not a plain number such as "-3.5".
 *
 * Returns: %TRUE when @field must be neutralised before it is written
 */
gboolean
dq_csv_field_is_formula (const char *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  return strchr ("=+-@\t\r", field[0]) != NULL && field[0] != '\0' &&
         !is_plain_number (field);
}

/**
 * dq_csv_append_field:
 * @out: the CSV text being built
 * @field: (nullable): a field's text; %NULL for an empty field
 *
 * Appends one field as RFC 4180 has it: quoted, with its quotes doubled,
 * when it holds a comma, a quote or a line break. A field that a
 * spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(A1)") gets a
 * leading apostrophe, as OWASP recommends against CSV injection, so that it
 * opens as the text it is; plain numbers ("-3.5") are written as they are.
 */
void
dq_csv_append_field (GString    *out,
                     const char *field)
{
  gboolean formula;

  if (field == NULL)
    field = "";

  formula = dq_csv_field_is_formula (field);
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      if (formula)
        g_string_append_c (out, '\'');
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
