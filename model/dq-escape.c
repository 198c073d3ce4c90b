/* dq-escape.c
 *
 * Text from data is written as it is, except where it could do what data
 * must not: break the XML of an SVG (control characters, bytes that are not
 * UTF-8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <string.h>

#include "dq-escape.h"

/**
 * dq_escape_xml:
 * @text: text, in UTF-8 or not
 *
 * Escapes @text for XML 1.0 content and attribute values, writing only
 * characters XML 1.0 allows: bytes that are not UTF-8 become U+FFFD, and
 * the C0 controls other than tab, line feed and carriage return, and
 * U+FFFE and U+FFFF, which no XML 1.0 document may hold even as character
 * references, are left out.
 *
 * Returns: (transfer full): the escaped text
 */
char *
dq_escape_xml (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&apos;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_c (out, (char) c);
          break;
        default:
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
            break;
          /* C1 controls are allowed, but only readable as references. */
          if (c >= 0x7F && c <= 0x9F)
            g_string_append_printf (out, "&#x%x;", c);
          else
            g_string_append_unichar (out, c);
          break;
        }
    }

  return g_string_free (out, FALSE);
}
