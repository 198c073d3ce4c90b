/* test-format.c
 *
 * Writing values out: CSV fields, quoted as RFC 4180 has it and neutralised
 * when a spreadsheet would run them as formulas, while numbers stay numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-format.h"

static char *
csv_field (const char *field)
{
  GString *out = g_string_new (NULL);

  dq_csv_append_field (out, field);

  return g_string_free (out, FALSE);
}

static void
assert_field (const char *field,
              const char *expected)
{
  g_autofree char *written = csv_field (field);

  g_assert_cmpstr (written, ==, expected);
}

static void
test_csv_quoting (void)
{
  assert_field (NULL, "");
  assert_field ("", "");
  assert_field ("Алматы", "Алматы");
  assert_field ("a,b", "\"a,b\"");
  assert_field ("say \"yes\"", "\"say \"\"yes\"\"\"");
  assert_field ("two\nlines", "\"two\nlines\"");
}

static void
test_csv_formula (void)
{
  /* Each of OWASP's trigger characters, with and without quoting. */
  assert_field ("=1+1", "'=1+1");
  assert_field ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  assert_field ("@SUM(A1)", "'@SUM(A1)");
  assert_field ("+7", "'+7");
  assert_field ("+7 701 123 45 67", "'+7 701 123 45 67");
  assert_field ("-", "'-");
  assert_field ("--1", "'--1");
  assert_field ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0");
  assert_field ("-1e", "'-1e");
  assert_field ("-1e+", "'-1e+");
  assert_field ("-.", "'-.");
  assert_field ("-1.5.2", "'-1.5.2");
  assert_field ("-inf", "'-inf");
  assert_field ("\tx", "'\tx");
  assert_field ("\rx", "\"'\rx\"");
  assert_field ("=a,b", "\"'=a,b\"");

  g_assert_true (dq_csv_field_is_formula ("=1"));
  g_assert_true (dq_csv_field_is_formula ("@"));
  g_assert_false (dq_csv_field_is_formula (""));
  g_assert_false (dq_csv_field_is_formula ("a=1"));
  g_assert_false (dq_csv_field_is_formula ("'=1"));
}

static void
test_csv_numbers (void)
{
  /* Real negative numbers are written as they are. */
  assert_field ("-3.5", "-3.5");
  assert_field ("-1,5", "\"-1,5\"");
  assert_field ("-1e5", "-1e5");
  assert_field ("-1e+20", "-1e+20");
  assert_field ("-2.5E-3", "-2.5E-3");
  assert_field ("-.5", "-.5");
  assert_field ("-7.", "-7.");
  assert_field ("-0", "-0");
  assert_field ("42", "42");
  assert_field ("0.25", "0.25");

  g_assert_false (dq_csv_field_is_formula ("-3.5"));
  g_assert_false (dq_csv_field_is_formula ("-1e5"));
}

/* An interval is its two ends as the language writes numbers; without
 * one, what a missing number is written as. */
static void
test_interval (void)
{
  g_autofree char *en = dq_format_interval (40.14, 52.26, 1, DQ_LANGUAGE_EN);
  g_autofree char *ru = dq_format_interval (40.14, 52.26, 1, DQ_LANGUAGE_RU);
  g_autofree char *low_en = dq_format_number (40.14, 1, DQ_LANGUAGE_EN);
  g_autofree char *high_ru = dq_format_number (52.26, 1, DQ_LANGUAGE_RU);
  g_autofree char *none = dq_format_interval (NAN, NAN, 1, DQ_LANGUAGE_KK);
  g_autofree char *missing = dq_format_number (NAN, 1, DQ_LANGUAGE_KK);

  g_assert_true (g_str_has_prefix (en, low_en));
  g_assert_nonnull (strstr (en, "–"));
  g_assert_true (g_str_has_suffix (ru, high_ru));
  g_assert_cmpstr (strstr (ru, "–") + strlen ("–"), ==, high_ru);
  g_assert_cmpstr (none, ==, missing);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Format/csv-quoting", test_csv_quoting);
  g_test_add_func ("/Dostyq/Model/Format/csv-formula", test_csv_formula);
  g_test_add_func ("/Dostyq/Model/Format/csv-numbers", test_csv_numbers);
  g_test_add_func ("/Dostyq/Model/Format/interval", test_interval);

  return g_test_run ();
}
