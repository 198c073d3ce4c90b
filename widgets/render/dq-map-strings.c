/* dq-map-strings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <string.h>

#include "dq-centre.h"
#include "dq-map-strings.h"

/* English, Russian, Kazakh; terms as in the project glossary. Counts are
 * written after a colon, which avoids plural forms in Russian and Kazakh. */
static const char * const strings[DQ_N_MAP_STRINGS][DQ_N_LANGUAGES] = {
  [DQ_MAP_STRING_TITLE] = { "Ethno-cultural centres in Kazakhstan and Uzbekistan",
                            "Этнокультурные центры Казахстана и Узбекистана",
                            "Қазақстан мен Өзбекстанның этномәдени орталықтары" },
  [DQ_MAP_STRING_SUBTITLE] = {
    "Schematic map. Regions of Kazakhstan as divided before 2018",
    "Схематическая карта. Области Казахстана в делении до 2018 года",
    "Сызбалық карта. Қазақстан облыстары 2018 жылға дейінгі бөлініс бойынша" },
  [DQ_MAP_STRING_SUBTITLE_GROUP] = {
    "Regions and places of concentration highlighted: %s",
    "Выделены области и места компактного проживания: %s",
    "Шоғырланған облыстары мен мекендері белгіленген: %s" },
  [DQ_MAP_STRING_SUBTITLE_GROUP_NONE] = {
    "The sources name no region or place of concentration: %s",
    "В источниках не названы области или места компактного проживания: %s",
    "Дереккөздерде шоғырланған облыстары мен мекендері аталмаған: %s" },
  [DQ_MAP_STRING_LEGEND_KINDS] = { "Centres", "Центры", "Орталықтар" },
  [DQ_MAP_STRING_LEGEND_GROUPS] = { "Ethnic groups", "Этнические группы", "Этникалық топтар" },
  [DQ_MAP_STRING_LEGEND_REGIONS] = { "Regions", "Области", "Облыстар" },
  [DQ_MAP_STRING_CONFLICT] = { "Conflict", "Конфликт", "Қақтығыс" },
  [DQ_MAP_STRING_CLUSTER] = { "Several centres (number)", "Несколько центров (число)",
                              "Бірнеше орталық (саны)" },
  [DQ_MAP_STRING_SEVERAL_GROUPS] = { "Several or all groups", "Несколько или все группы",
                                     "Бірнеше немесе барлық топ" },
  [DQ_MAP_STRING_CONCENTRATION] = { "Region of concentration", "Область компактного проживания",
                                    "Шоғырланған облыс" },
  [DQ_MAP_STRING_CONCENTRATION_CONTEXT] = {
    "Region of a village of concentration",
    "Область, где находится село компактного проживания",
    "Шоғырланған ауылы бар облыс" },
  [DQ_MAP_STRING_CONCENTRATION_PLACE] = { "Place of concentration", "Место компактного проживания",
                                          "Шоғырланған мекен" },
  [DQ_MAP_STRING_NOT_LOCATED] = { "Not located", "Не нанесены на карту",
                                  "Картаға түсірілмеген" },
  [DQ_MAP_STRING_NOT_LOCATED_COUNT] = {
    "Not located on the map (no coordinates in the data): %s",
    "Не нанесены на карту (нет координат в данных): %s",
    "Картаға түсірілмеген (деректерде координаттары жоқ): %s" },
  [DQ_MAP_STRING_SOURCE] = {
    "Boundaries: Natural Earth (public domain), simplified. Centres and events: %s.",
    "Границы: Natural Earth (общественное достояние), упрощены. Центры и события: %s.",
    "Шекаралар: Natural Earth (қоғамдық игілік), жеңілдетілген. Орталықтар мен оқиғалар: %s." },
  [DQ_MAP_STRING_SYNTHETIC] = {
    "Includes synthetic test centres: %s",
    "Включает синтетические тестовые центры: %s",
    "Синтетикалық сынақ орталықтары қосылған: %s" },
  [DQ_MAP_STRING_SYNTHETIC_NAME] = { "Synthetic centre %s", "Синтетический центр %s",
                                     "Синтетикалық орталық %s" },
};

static const char * const kind_names[][DQ_N_LANGUAGES] = {
  [DQ_CENTRE_ETHNOCULTURAL_CENTRE] = { "Ethno-cultural centre", "Этнокультурный центр",
                                       "Этномәдени орталық" },
  [DQ_CENTRE_ASSOCIATION] = { "Ethno-cultural association", "Этнокультурное объединение",
                              "Этномәдени бірлестік" },
  [DQ_CENTRE_CULTURAL_CENTRE] = { "Cultural centre", "Культурный центр", "Мәдени орталық" },
  [DQ_CENTRE_FRIENDSHIP_HOUSE] = { "Friendship House", "Дом дружбы", "Достық үйі" },
  [DQ_CENTRE_CONFUCIUS_INSTITUTE] = { "Confucius Institute", "Институт Конфуция",
                                      "Конфуций институты" },
  [DQ_CENTRE_MEMORIAL] = { "Memorial", "Мемориал", "Мемориал" },
  [DQ_CENTRE_INSTITUTION] = { "Institution", "Учреждение", "Мекеме" },
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == DQ_N_CENTRE_KINDS);

/**
 * dq_map_string:
 * @id: which string
 * @language: the map's language
 *
 * Returns: (transfer none): the string
 */
const char *
dq_map_string (DqMapString id,
               DqLanguage  language)
{
  g_return_val_if_fail (id < DQ_N_MAP_STRINGS, "");
  g_return_val_if_fail (language < DQ_N_LANGUAGES, "");

  return strings[id][language];
}

/**
 * dq_map_string_format:
 * @id: a string with one `%s`
 * @language: the map's language
 * @arg: what to put in place of `%s`
 *
 * Returns: (transfer full): the formatted string
 */
char *
dq_map_string_format (DqMapString  id,
                      DqLanguage   language,
                      const char  *arg)
{
  const char *format = dq_map_string (id, language);
  const char *mark = strstr (format, "%s");

  if (mark == NULL)
    return g_strdup (format);

  /* The table's formats are not literals, so they are spliced rather than
   * given to printf, which -Wformat-nonliteral would refuse. */
  return g_strdup_printf ("%.*s%s%s", (int) (mark - format), format, arg, mark + 2);
}

/**
 * dq_map_centre_kind_name:
 * @kind: a centre kind, such as "friendship-house"
 * @language: the map's language
 *
 * Returns: (transfer none): the kind's name, or @kind itself for a kind the
 *   table does not know
 */
const char *
dq_map_centre_kind_name (const char *kind,
                         DqLanguage  language)
{
  DqCentreKind centre_kind;

  g_return_val_if_fail (language < DQ_N_LANGUAGES, kind);

  if (dq_centre_kind_from_string (kind, &centre_kind))
    return kind_names[centre_kind][language];

  return kind;
}
