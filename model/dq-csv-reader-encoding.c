/* dq-csv-reader-encoding.c
 *
 * The encoding of a CSV file that is not UTF-8. Files from the region come
 * in the Cyrillic code pages of Windows (Windows-1251, or RK1048 with the
 * Kazakh letters), of Unix (KOI8-R, KOI8-U), of DOS (CP866) and of ISO
 * (ISO-8859-5), or in Latin-1 from western Europe. All of them are single
 * bytes, so any byte reads as some letter in each: the text is read in
 * each, and the reading that looks most like text wins, by how often its
 * letters occur in Russian, Kazakh and Ukrainian, with penalties for
 * capitals inside a word, Latin and Cyrillic letters inside one word, and
 * signs that text seldom holds. Where uchardet (libuchardet) is built in,
 * it is asked first, and its answer is taken when it names an encoding of
 * another family, such as Windows-1250 or Shift JIS.
 *
 * uchardet is opened the first time a file needs it, not linked: it brings
 * the C++ runtime, whose loading was a quarter of the start-up of every
 * dostyq command (4 of 15 ms for a crosstab of a small file), for the few
 * files that are not UTF-8. Where it cannot be opened, the guess goes on
 * without it, as in a build without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <math.h>
#include <string.h>
#ifdef HAVE_UCHARDET
#include <gmodule.h>
#include <uchardet.h>
#endif

#include "dq-csv-reader-private.h"

/* Enough text to tell the encodings apart; the rest costs time. */
#define SAMPLE_SIZE (64 * 1024)

/* The encodings a guess chooses from, the fallback first: a tie keeps
 * it. */
static const char * const candidates[] = {
  FALLBACK_ENCODING, "KOI8-R", "KOI8-U", "CP866", "ISO-8859-5", "RK1048", "ISO-8859-1",
};

typedef struct
{
  gunichar letter;
  double   percent;
} Frequency;

/* How often lower-case Cyrillic letters occur in running text, in percent:
 * Russian for the letters it has, Kazakh and Ukrainian for theirs. The
 * Ukrainian letters that RK1048 puts Kazakh ones in place of (є, ї, ґ for
 * ғ, ү, ө) weigh as those, so that the letters that tell the two apart
 * decide. */
static const Frequency frequencies[] = {
  { 0x043E, 10.97 }, /* о */ { 0x0435, 8.45 }, /* е */ { 0x0430, 8.01 }, /* а */
  { 0x0438, 7.35 }, /* и */ { 0x043D, 6.70 }, /* н */ { 0x0442, 6.26 }, /* т */
  { 0x0441, 5.47 }, /* с */ { 0x0440, 4.73 }, /* р */ { 0x0432, 4.54 }, /* в */
  { 0x043B, 4.40 }, /* л */ { 0x043A, 3.49 }, /* к */ { 0x043C, 3.21 }, /* м */
  { 0x0434, 2.98 }, /* д */ { 0x043F, 2.81 }, /* п */ { 0x0443, 2.62 }, /* у */
  { 0x044F, 2.01 }, /* я */ { 0x044B, 1.90 }, /* ы */ { 0x044C, 1.74 }, /* ь */
  { 0x0433, 1.70 }, /* г */ { 0x0437, 1.65 }, /* з */ { 0x0431, 1.59 }, /* б */
  { 0x0447, 1.44 }, /* ч */ { 0x0439, 1.21 }, /* й */ { 0x0445, 0.97 }, /* х */
  { 0x0436, 0.94 }, /* ж */ { 0x0448, 0.73 }, /* ш */ { 0x044E, 0.64 }, /* ю */
  { 0x0446, 0.48 }, /* ц */ { 0x0449, 0.36 }, /* щ */ { 0x044D, 0.32 }, /* э */
  { 0x0444, 0.26 }, /* ф */ { 0x044A, 0.04 }, /* ъ */ { 0x0451, 0.04 }, /* ё */
  { 0x0456, 3.00 }, /* і */ { 0x04D9, 1.80 }, /* ә */ { 0x049B, 1.50 }, /* қ */
  { 0x04A3, 1.00 }, /* ң */ { 0x04AF, 1.20 }, /* ү */ { 0x04B1, 0.80 }, /* ұ */
  { 0x0493, 0.90 }, /* ғ */ { 0x04E9, 0.70 }, /* ө */ { 0x04BB, 0.05 }, /* һ */
  { 0x0457, 1.20 }, /* ї */ { 0x0454, 0.90 }, /* є */ { 0x0491, 0.70 }, /* ґ */
};

/* The score of a Cyrillic letter not listed: Serbian and Macedonian
 * letters, which a wrong reading of Kazakh brings. */
#define RARE_LETTER_PERCENT 0.005
/* Accented Latin letters, in Latin-1. */
#define LATIN_LETTER_PERCENT 0.3
/* A sign that text seldom holds, a control character or box drawing. */
#define ODD_SIGN_SCORE -5.0
/* A capital after a small letter, or a change of script inside a word. */
#define MIXED_WORD_SCORE -3.0
/* A capital after a capital. */
#define CAPITALS_SCORE -1.5

typedef enum
{
  SCRIPT_NONE,
  SCRIPT_LATIN,
  SCRIPT_CYRILLIC,
} Script;

static double
letter_score (gunichar lower)
{
  for (guint i = 0; i < G_N_ELEMENTS (frequencies); i++)
    {
      if (frequencies[i].letter == lower)
        return log (frequencies[i].percent);
    }

  return log (RARE_LETTER_PERCENT);
}

/* Signs that text holds in any of the encodings. */
static gboolean
is_common_sign (gunichar c)
{
  static const gunichar signs[] = {
    0x00A0, 0x00AB, 0x00BB, 0x00B0, 0x00B7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
    0x201E, 0x2026, 0x2116,
  };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      if (signs[i] == c)
        return TRUE;
    }

  return FALSE;
}

/* How much @text (UTF-8) looks like text of the region. */
static double
score_text (const char *text)
{
  double score = 0;
  Script previous = SCRIPT_NONE;
  gboolean previous_lower = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      Script script = SCRIPT_NONE;

      if (c < 0x80)
        {
          script = g_ascii_isalpha (c) ? SCRIPT_LATIN : SCRIPT_NONE;
        }
      else if (g_unichar_isalpha (c) && c >= 0x0400 && c <= 0x04FF)
        {
          script = SCRIPT_CYRILLIC;
          score += letter_score (g_unichar_tolower (c));
        }
      else if (g_unichar_isalpha (c) && c < 0x0250)
        {
          script = SCRIPT_LATIN;
          score += log (LATIN_LETTER_PERCENT);
        }
      else if (!is_common_sign (c))
        {
          score += ODD_SIGN_SCORE;
        }

      if (script != SCRIPT_NONE && previous != SCRIPT_NONE &&
          (script != previous || (previous_lower && g_unichar_isupper (c))))
        score += MIXED_WORD_SCORE;
      /* Text is mostly small letters: a word in capitals is a wrong
       * reading of small letters more often than it is a word in
       * capitals (KOI8-R and Windows-1251 swap the two). */
      else if (script == SCRIPT_CYRILLIC && previous == SCRIPT_CYRILLIC && g_unichar_isupper (c))
        score += CAPITALS_SCORE;

      previous = script;
      previous_lower = script != SCRIPT_NONE && g_unichar_islower (c);
    }

  return score;
}

#ifdef HAVE_UCHARDET
/* The functions of uchardet that the guess calls, typed by its header. */
typedef struct
{
  __typeof__ (uchardet_new)         *new_detector;
  __typeof__ (uchardet_handle_data) *handle_data;
  __typeof__ (uchardet_data_end)    *data_end;
  __typeof__ (uchardet_get_charset) *get_charset;
  __typeof__ (uchardet_delete)      *delete_detector;
} Uchardet;

/* uchardet, opened the first time it is asked for and kept; NULL when it
 * cannot be opened. */
static const Uchardet *
open_uchardet (void)
{
  static gsize opened;
  static Uchardet functions;
  static gboolean found;

  if (g_once_init_enter (&opened))
    {
      GModule *module = g_module_open (UCHARDET_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      found = module != NULL &&
              g_module_symbol (module, "uchardet_new", (gpointer *) &functions.new_detector) &&
              g_module_symbol (module, "uchardet_handle_data",
                               (gpointer *) &functions.handle_data) &&
              g_module_symbol (module, "uchardet_data_end", (gpointer *) &functions.data_end) &&
              g_module_symbol (module, "uchardet_get_charset",
                               (gpointer *) &functions.get_charset) &&
              g_module_symbol (module, "uchardet_delete", (gpointer *) &functions.delete_detector);
      if (found)
        g_module_make_resident (module);
      else
        {
          g_debug ("uchardet: %s", g_module_error ());
          g_clear_pointer (&module, g_module_close);
        }
      g_once_init_leave (&opened, 1);
    }

  return found ? &functions : NULL;
}

/* uchardet's answer, when it names an encoding of a family other than the
 * candidates' (or NULL), and iconv reads @bytes in it. */
static const char *
ask_uchardet (const char *bytes,
              gsize       length)
{
  static const char * const family[] = {
    "ASCII", "UTF-8", "WINDOWS-1251", "KOI8-R", "KOI8-U", "IBM866", "ISO-8859-5",
    "ISO-8859-1", "WINDOWS-1252", "ISO-8859-15", "MAC-CYRILLIC", "IBM855",
  };
  const Uchardet *uchardet = open_uchardet ();
  uchardet_t detector;
  g_autofree char *answer = NULL;
  g_autofree char *converted = NULL;
  static const char *kept;

  if (uchardet == NULL)
    return NULL;

  detector = uchardet->new_detector ();
  uchardet->handle_data (detector, bytes, length);
  uchardet->data_end (detector);
  answer = g_strdup (uchardet->get_charset (detector));
  uchardet->delete_detector (detector);

  if (answer == NULL || *answer == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (family); i++)
    {
      if (g_ascii_strcasecmp (answer, family[i]) == 0)
        return NULL;
    }

  converted = g_convert (bytes, length, "UTF-8", answer, NULL, NULL, NULL);
  if (converted == NULL)
    return NULL;

  /* The names are few and live as long as the program. */
  kept = g_intern_string (answer);

  return kept;
}
#endif

/**
 * _dq_csv_reader_guess_encoding:
 * @bytes: text that is not UTF-8
 * @length: its length
 *
 * Returns: the encoding @bytes most likely has, as iconv names it
 */
const char *
_dq_csv_reader_guess_encoding (const char *bytes,
                               gsize       length)
{
  const char *best = FALLBACK_ENCODING;
  double best_score = -INFINITY;

  length = MIN (length, SAMPLE_SIZE);

#ifdef HAVE_UCHARDET
  {
    const char *answer = ask_uchardet (bytes, length);

    if (answer != NULL)
      return answer;
  }
#endif

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *text = g_convert (bytes, length, "UTF-8", candidates[i], NULL, NULL,
                                         NULL);
      double score;

      /* Windows-1251 has no character at 0x98: a file that has that byte
       * is in another encoding. */
      if (text == NULL)
        continue;
      score = score_text (text);
      if (score > best_score)
        {
          best_score = score;
          best = candidates[i];
        }
    }

  return best;
}
