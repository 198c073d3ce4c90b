/* test-escape.c
 *
 * Text from data made safe for where it is written: XML 1.0 that parsers
 * accept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-escape.h"

/* Whether @text parses as XML once put in an element and in an attribute. */
static gboolean
parses_as_xml (const char *escaped)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *document = g_strdup_printf ("<t a=\"%s\">%s</t>", escaped, escaped);
  GMarkupParser parser = { NULL };
  g_autoptr(GError) error = NULL;

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  if (!g_markup_parse_context_parse (context, document, -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      g_test_message ("%s: %s", document, error->message);
      return FALSE;
    }

  return TRUE;
}

static void
assert_xml (const char *text,
            const char *expected)
{
  g_autofree char *escaped = dq_escape_xml (text);

  g_assert_cmpstr (escaped, ==, expected);
  g_assert_true (g_utf8_validate (escaped, -1, NULL));
  g_assert_true (parses_as_xml (escaped));
}

static void
test_xml (void)
{
  assert_xml ("Алматы & <Ташкент> \"'", "Алматы &amp; &lt;Ташкент&gt; &quot;&apos;");
  /* C0 controls XML 1.0 forbids, even as references, are left out. */
  assert_xml ("a\x01" "b\x1b" "c\x0b" "d\x7f", "abcd&#x7f;");
  assert_xml ("tab\tline\nreturn\r", "tab\tline\nreturn\r");
  /* U+FFFE and U+FFFF are not characters. */
  assert_xml ("x\xef\xbf\xbey\xef\xbf\xbfz", "xyz");
  /* Bytes that are not UTF-8, and a lone surrogate spelt in UTF-8. */
  assert_xml ("a\xff" "b", "a\xef\xbf\xbd" "b");
  assert_xml ("a\xed\xa0\x80" "b", "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "b");
  /* A C1 control is allowed, as a reference. */
  assert_xml ("next\xc2\x85line", "next&#x85;line");

  /* What GMarkup used to write was not XML 1.0 at all. */
  {
    g_autofree char *markup = g_markup_escape_text ("a\x01" "b", -1);

    g_assert_cmpstr (markup, ==, "a&#x1;b");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Escape/xml", test_xml);

  return g_test_run ();
}
