/* dq-collate.c
 *
 * Text categories ("Вінницька", "Івано-Франківська", "Қостанай") are sorted
 * as a reader of the language expects, not by their bytes, which put І
 * before А and Қ after Я. The C library's collation would do it only under
 * a locale that the machine has installed and that matches the language
 * shown: a sort of our own gives the same order in the window and on the
 * command line everywhere. Cyrillic letters take their place in the
 * alphabet of the language shown (Kazakh puts І after Ы, Ukrainian after
 * И); other text sorts by its letters, whatever their case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <string.h>

#include "dq-collate.h"

/* The Kazakh alphabet. */
static const char kazakh[] =
  "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/* The Russian alphabet with the letters of Ukrainian, Belarusian and
 * Kazakh after the letter they are nearest to, as Ukrainian orders Ґ, Є,
 * І and Ї. */
static const char cyrillic[] =
  "аәбвгґғдеёєжзиіїйкқлмнңоөпрстуўұүфхһцчшщъыьэюя";

/* Private-use code points: weights that sort after every Latin letter and
 * keep the Cyrillic alphabets apart from the code points of Cyrillic. */
#define ALPHABET_BASE 0xE000
#define OTHER_CYRILLIC_BASE 0xE100

static guint
rank_in (const char *alphabet,
         gunichar    c)
{
  guint rank = 1;

  for (const char *p = alphabet; *p != '\0'; p = g_utf8_next_char (p), rank++)
    {
      if (g_utf8_get_char (p) == c)
        return rank;
    }

  return 0;
}

/**
 * dq_collate_key:
 * @text: a text in UTF-8
 * @language: the language the categories are shown in
 *
 * A key whose byte order (strcmp()) is the order of @text in @language:
 * the letters first, whatever their case, and the text itself to break
 * ties, so that the order is total.
 *
 * Returns: (transfer full): the key
 */
char *
dq_collate_key (const char *text,
                DqLanguage  language)
{
  const char *alphabet = language == DQ_LANGUAGE_KK ? kazakh : cyrillic;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;

  g_return_val_if_fail (text != NULL, NULL);

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  folded = g_utf8_casefold (normal != NULL ? normal : text, -1);
  key = g_string_sized_new (strlen (folded) * 2 + strlen (text) + 2);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0400 && c <= 0x04FF)
        {
          guint rank = rank_in (alphabet, c);

          c = rank > 0 ? ALPHABET_BASE + rank : OTHER_CYRILLIC_BASE + (c - 0x0400);
        }
      g_string_append_unichar (key, c);
    }

  /* Below every weight: "Ар" before "Арал". */
  g_string_append_c (key, '\001');
  g_string_append (key, text);

  return g_string_free (key, FALSE);
}
