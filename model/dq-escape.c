/* dq-escape.c
 *
 * Text from data is written as it is, except where it could do what data
 * must not: break the XML of an SVG (control characters, bytes that are not
 * UTF-8), drive a terminal (escape sequences), or turn the program's own
 * words round it backwards (bidirectional overrides).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <string.h>

#include "dq-escape.h"

#define FIRST_STRONG_ISOLATE    0x2068
#define POP_DIRECTIONAL_ISOLATE 0x2069

/**
 * dq_unichar_is_bidi_control:
 * @c: a character
 *
 * Whether @c is an explicit directional formatting character: an
 * embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2069).
 *
 * Returns: %TRUE for those characters
 */
gboolean
dq_unichar_is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * dq_text_has_bidi_controls:
 * @text: text, in UTF-8 or not
 *
 * Returns: whether @text holds an explicit directional embedding, override
 *   or isolate
 */
gboolean
dq_text_has_bidi_controls (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      return dq_text_has_bidi_controls (valid);
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p >= 0xE2 && dq_unichar_is_bidi_control (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* Appends @text with its isolates balanced: a U+2069 that would close
 * more than @text opened is dropped, and isolates left open are closed.
 * Returns whether @text was already one balanced isolate, opened by its
 * first character and closed by its last. */
static gboolean
append_balanced (GString    *out,
                 const char *text)
{
  gboolean whole = g_utf8_get_char (text) == FIRST_STRONG_ISOLATE;
  guint depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (depth == 0 && p != text)
        whole = FALSE;
      if (c >= 0x2066 && c <= 0x2068)
        depth++;
      else if (c == POP_DIRECTIONAL_ISOLATE && depth == 0)
        {
          whole = FALSE;
          continue;
        }
      else if (c == POP_DIRECTIONAL_ISOLATE)
        depth--;
      g_string_append_unichar (out, c);
    }

  whole = whole && depth == 0;
  for (; depth > 0; depth--)
    g_string_append_unichar (out, POP_DIRECTIONAL_ISOLATE);

  return whole;
}

/**
 * dq_bidi_isolate:
 * @text: text from data, in UTF-8 or not
 *
 * Isolates text that holds directional controls, so that an override in a
 * label (U+202E) cannot reverse the words around it: the text is wrapped in
 * U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, which ends
 * every embedding and override opened inside it. A U+2069 that would close
 * more than the text opened is dropped, and isolates left open are closed.
 * Text without such controls is returned as it is, and so is text that is
 * one isolate already; bytes that are not UTF-8 become U+FFFD.
 *
 * Returns: (transfer full): the text, isolated when it needs to be
 */
char *
dq_bidi_isolate (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) balanced = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (!dq_text_has_bidi_controls (text))
    return g_strdup (text);

  balanced = g_string_new (NULL);
  if (append_balanced (balanced, text))
    return g_strdup (balanced->str);

  out = g_string_new (NULL);
  g_string_append_unichar (out, FIRST_STRONG_ISOLATE);
  g_string_append_len (out, balanced->str, balanced->len);
  g_string_append_unichar (out, POP_DIRECTIONAL_ISOLATE);

  return g_string_free (out, FALSE);
}

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

/**
 * dq_escape_terminal:
 * @text: text from data, in UTF-8 or not
 *
 * Escapes @text for a terminal, so that data cannot move the cursor, change
 * colours, set the window title or reverse the line: ESC is written "\e";
 * tab, line feed and carriage return "\t", "\n" and "\r"; the other C0
 * controls and DEL "\xHH"; the C1 controls and the directional embeddings,
 * overrides and isolates "\uHHHH". Bytes that are not UTF-8 become U+FFFD.
 * Everything else, a backslash too, is written as it is.
 *
 * Returns: (transfer full): the text to print
 */
char *
dq_escape_terminal (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x1B)
        g_string_append (out, "\\e");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7F)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c <= 0x9F) || dq_unichar_is_bidi_control (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
