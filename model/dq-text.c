/* dq-text.c
 *
 * A text of the dataset in each of its three languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-enum-nick.h"
#include "dq-escape.h"
#include "dq-text.h"

struct _DqText
{
  char *strings[DQ_N_LANGUAGES];
};

G_DEFINE_BOXED_TYPE (DqText, dq_text, dq_text_copy, dq_text_free)

static DqLanguage default_language = DQ_LANGUAGE_EN;

/**
 * dq_text_new:
 * @en: the English text
 * @ru: the Russian text
 * @kk: the Kazakh text
 *
 * A text that holds directional controls is kept isolated (see
 * dq_bidi_isolate()): texts are shown beside the program's own words, in
 * labels, tooltips and charts, and an override in one must not turn those
 * round.
 *
 * Returns: (transfer full): a new #DqText
 */
DqText *
dq_text_new (const char *en,
             const char *ru,
             const char *kk)
{
  DqText *text = g_new0 (DqText, 1);

  g_return_val_if_fail (en != NULL && ru != NULL && kk != NULL, NULL);

  text->strings[DQ_LANGUAGE_EN] = dq_bidi_isolate (en);
  text->strings[DQ_LANGUAGE_RU] = dq_bidi_isolate (ru);
  text->strings[DQ_LANGUAGE_KK] = dq_bidi_isolate (kk);

  return text;
}

DqText *
dq_text_copy (const DqText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return dq_text_new (text->strings[0], text->strings[1], text->strings[2]);
}

void
dq_text_free (DqText *text)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < DQ_N_LANGUAGES; i++)
    g_free (text->strings[i]);
  g_free (text);
}

/**
 * dq_text_get:
 * @text: a #DqText
 * @language: the language wanted
 *
 * Returns: (transfer none): the text in @language
 */
const char *
dq_text_get (const DqText *text,
             DqLanguage    language)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (language < DQ_N_LANGUAGES, NULL);

  return text->strings[language];
}

/**
 * dq_text_get_default:
 * @text: (nullable): a #DqText
 *
 * Returns: (transfer none) (nullable): the text in the interface language,
 *   or %NULL for a %NULL @text
 */
const char *
dq_text_get_default (const DqText *text)
{
  if (text == NULL)
    return NULL;

  return text->strings[default_language];
}

/**
 * dq_text_contains_casefold:
 * @text: (nullable): a #DqText
 * @needle: a case-folded, normalized string
 *
 * Returns: whether any of the three languages contains @needle, ignoring case
 */
gboolean
dq_text_contains_casefold (const DqText *text,
                           const char   *needle)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < DQ_N_LANGUAGES; i++)
    {
      g_autofree char *normalized = g_utf8_normalize (text->strings[i], -1, G_NORMALIZE_ALL);
      g_autofree char *folded = g_utf8_casefold (normalized, -1);

      if (strstr (folded, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * dq_language_to_code:
 * @language: a #DqLanguage
 *
 * Returns: the ISO 639-1 code: "en", "ru" or "kk"
 */
const char *
dq_language_to_code (DqLanguage language)
{
  g_return_val_if_fail (language < DQ_N_LANGUAGES, NULL);

  /* The codes are the nicks of DqLanguage. */
  return dq_enum_to_nick (DQ_TYPE_LANGUAGE, language);
}

/**
 * dq_language_from_code:
 * @code: "en", "ru" or "kk"
 * @language: (out): the language
 *
 * Returns: whether @code names one of the three languages
 */
gboolean
dq_language_from_code (const char *code,
                       DqLanguage *language)
{
  int value;

  if (!dq_enum_from_nick (DQ_TYPE_LANGUAGE, code, &value))
    return FALSE;

  *language = value;
  return TRUE;
}

/**
 * dq_language_get_default:
 *
 * Returns: the language in which data is shown where nothing else asks for
 *   one: the interface language
 */
DqLanguage
dq_language_get_default (void)
{
  return default_language;
}

void
dq_language_set_default (DqLanguage language)
{
  g_return_if_fail (language < DQ_N_LANGUAGES);

  default_language = language;
}

/**
 * dq_language_from_environment:
 *
 * Returns: the first of the three languages that the process's message
 *   locale and `LANGUAGE` ask for, English when none of them does
 */
DqLanguage
dq_language_from_environment (void)
{
  const char * const *names = g_get_language_names_with_category ("LC_MESSAGES");

  for (guint i = 0; names[i] != NULL; i++)
    {
      DqLanguage language;
      char code[3] = { 0 };

      g_strlcpy (code, names[i], sizeof code);
      if (strlen (names[i]) >= 2 && (names[i][2] == '\0' || names[i][2] == '_' ||
                                     names[i][2] == '.' || names[i][2] == '@') &&
          dq_language_from_code (code, &language))
        return language;

      if (g_str_equal (names[i], "C"))
        break;
    }

  return DQ_LANGUAGE_EN;
}
