/* test-escape.c
 *
 * Text from data made safe for where it is written: XML 1.0 that parsers
 * accept, terminal output that cannot drive the terminal, and labels whose
 * directional overrides stay inside them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-escape.h"
#include "dq-text.h"

#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"
#define RLO "\xe2\x80\xae"
#define PDF "\xe2\x80\xac"
#define LRI "\xe2\x81\xa6"

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

static void
assert_terminal (const char *text,
                 const char *expected)
{
  g_autofree char *escaped = dq_escape_terminal (text);

  g_assert_cmpstr (escaped, ==, expected);
  for (const char *p = escaped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false (g_unichar_iscntrl (c));
      g_assert_false (c == 0x202E || c == 0x2066);
    }
}

static void
test_terminal (void)
{
  assert_terminal ("Алматы", "Алматы");
  assert_terminal ("\x1b[31mred\x1b[0m", "\\e[31mred\\e[0m");
  assert_terminal ("\x1b]0;title\x07", "\\e]0;title\\x07");
  assert_terminal ("a\tb\nc\rd", "a\\tb\\nc\\rd");
  assert_terminal ("del\x7f", "del\\x7f");
  assert_terminal ("csi\xc2\x9b" "2J", "csi\\u009B2J");
  assert_terminal ("yes" RLO "on", "yes\\u202Eon");
  assert_terminal ("a" LRI "b", "a\\u2066b");
  assert_terminal ("bad\xff", "bad\xef\xbf\xbd");
  assert_terminal ("back\\slash", "back\\slash");
}

static void
assert_isolated (const char *text,
                 const char *expected)
{
  g_autofree char *isolated = dq_bidi_isolate (text);
  g_autofree char *again = dq_bidi_isolate (isolated);

  g_assert_cmpstr (isolated, ==, expected);
  /* Isolating twice changes nothing. */
  g_assert_cmpstr (again, ==, isolated);
}

static void
test_bidi (void)
{
  g_assert_false (dq_text_has_bidi_controls ("Алматы, عربي"));
  g_assert_true (dq_text_has_bidi_controls ("a" RLO "b"));
  g_assert_true (dq_text_has_bidi_controls ("a" PDI));

  /* Text without controls is left as it is, right-to-left script too. */
  assert_isolated ("Алматы", "Алматы");
  assert_isolated ("עברית", "עברית");
  /* An override is wrapped in an isolate, which ends it. */
  assert_isolated ("yes" RLO "on", FSI "yes" RLO "on" PDI);
  assert_isolated ("a" RLO "b" PDF "c", FSI "a" RLO "b" PDF "c" PDI);
  /* A closing isolate that would end ours is dropped; one left open is
   * closed. */
  assert_isolated ("a" PDI RLO "b", FSI "a" RLO "b" PDI);
  assert_isolated (LRI "a", FSI LRI "a" PDI PDI);
  assert_isolated (FSI "a" PDI "b", FSI FSI "a" PDI "b" PDI);
  assert_isolated (FSI "a" PDI, FSI "a" PDI);
}

static void
test_text_isolated (void)
{
  g_autoptr(DqText) text = dq_text_new ("yes" RLO "on", "да", "иә");
  g_autoptr(DqText) copy = dq_text_copy (text);

  /* Texts of the data are kept isolated, and copies stay as they are. */
  g_assert_cmpstr (dq_text_get (text, DQ_LANGUAGE_EN), ==, FSI "yes" RLO "on" PDI);
  g_assert_cmpstr (dq_text_get (text, DQ_LANGUAGE_RU), ==, "да");
  g_assert_cmpstr (dq_text_get (copy, DQ_LANGUAGE_EN), ==, FSI "yes" RLO "on" PDI);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/Escape/xml", test_xml);
  g_test_add_func ("/Dostyq/Model/Escape/terminal", test_terminal);
  g_test_add_func ("/Dostyq/Model/Escape/bidi", test_bidi);
  g_test_add_func ("/Dostyq/Model/Escape/text-isolated", test_text_isolated);

  return g_test_run ();
}
