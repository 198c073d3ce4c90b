/* dq-chart-strings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include "dq-chart-strings.h"

/* English, Russian, Kazakh; terms as in the project glossary. */
static const char * const strings[DQ_N_CHART_STRINGS][DQ_N_LANGUAGES] = {
  [DQ_CHART_STRING_SOURCE] = { "Source:", "Источник:", "Дереккөз:" },
  [DQ_CHART_STRING_SOURCES] = { "Sources:", "Источники:", "Дереккөздер:" },
  [DQ_CHART_STRING_N_PER_COUNTRY] = { "n = %s per country", "n = %s в каждой стране",
                                      "әр елде n = %s" },
  [DQ_CHART_STRING_RESPONDENTS_IN] = { "Respondents in %s", "Респонденты: %s",
                                       "Респонденттер: %s" },
  [DQ_CHART_STRING_POSITIVE] = { "Positive (very or rather)",
                                 "Положительное (очень или скорее)",
                                 "Оң (өте немесе оң сияқты)" },
  [DQ_CHART_STRING_NEGATIVE] = { "Negative (very or rather)",
                                 "Отрицательное (очень или скорее)",
                                 "Теріс (өте немесе теріс сияқты)" },
  [DQ_CHART_STRING_REMAINDER] = { "Other or no answer", "Другое или нет ответа",
                                  "Басқа немесе жауап жоқ" },
  [DQ_CHART_STRING_SHARE_PERCENT] = { "Share of respondents, %", "Доля респондентов, %",
                                      "Респонденттердің үлесі, %" },
  [DQ_CHART_STRING_CI_NOTE] = {
    "Whiskers: 95% confidence interval, 1.96·√(p(1−p)/n), from the stated sample size.",
    "Усы: 95-процентный доверительный интервал, 1,96·√(p(1−p)/n), по указанному объёму выборки.",
    "Мұрттар: 95 пайыздық сенім аралығы, 1,96·√(p(1−p)/n), көрсетілген іріктеме көлемі бойынша." },
  [DQ_CHART_STRING_BOUND_NOTE] = {
    "Open bars: the source states only a bound or an approximate value (≈, >, ≤).",
    "Контурные столбцы: источник даёт только границу или приблизительное значение (≈, >, ≤).",
    "Контурлы бағандар: дереккөз тек шекті немесе шамалас мәнді береді (≈, >, ≤)." },
  [DQ_CHART_STRING_GAP] = { "no figure in source", "нет цифры в источнике",
                            "дереккөзде көрсеткіш жоқ" },
  [DQ_CHART_STRING_GAP_NOTE] = {
    "Dashed boxes: the source refers to a figure it does not state (a chart lost from the text); no value is shown.",
    "Пунктирные рамки: источник ссылается на цифру, которую не приводит (диаграмма утрачена в тексте); значение не показано.",
    "Үзік жақтаулар: дереккөз келтірмеген көрсеткішке сілтейді (мәтінде диаграмма сақталмаған); мән көрсетілмейді." },
  [DQ_CHART_STRING_ATTITUDE_TITLE] = { "Attitudes towards Central Asian countries",
                                       "Отношение к странам Центральной Азии",
                                       "Орталық Азия елдеріне көзқарас" },
  [DQ_CHART_STRING_ATTITUDE_SUBTITLE] = {
    "“What is your attitude towards …?” Share of respondents, %",
    "«Как вы относитесь к …?» Доля респондентов, %",
    "«… елге көзқарасыңыз қандай?» Респонденттердің үлесі, %" },
  [DQ_CHART_STRING_REMAINDER_NOTE] = {
    "“Other or no answer” is the remainder to 100% and is not stated in the source.",
    "«Другое или нет ответа» — остаток до 100 %, в источнике не приводится.",
    "«Басқа немесе жауап жоқ» — 100 %-ға дейінгі қалдық, дереккөзде келтірілмеген." },
  [DQ_CHART_STRING_POPULATION_TITLE] = { "Ethnic groups in %s, %s", "Этнические группы: %s, %s",
                                         "Этникалық топтар: %s, %s" },
  [DQ_CHART_STRING_POPULATION_SUBTITLE] = { "Share of the population, %", "Доля в населении, %",
                                            "Халықтағы үлесі, %" },
  [DQ_CHART_STRING_COMPOSITION_TITLE] = { "Ethnic composition of %s, %s",
                                          "Этнический состав: %s, %s",
                                          "Этникалық құрамы: %s, %s" },
  [DQ_CHART_STRING_OTHER_GROUPS] = { "Other groups", "Другие группы", "Басқа топтар" },
  [DQ_CHART_STRING_OTHER_GROUPS_NOTE] = {
    "“Other groups” is the remainder to 100% of the groups the source names.",
    "«Другие группы» — остаток до 100 % от групп, названных в источнике.",
    "«Басқа топтар» — дереккөзде аталған топтардан 100 %-ға дейінгі қалдық." },
  [DQ_CHART_STRING_LEARNERS_TITLE] = { "Learners of German in Kazakhstan",
                                       "Изучающие немецкий язык в Казахстане",
                                       "Қазақстанда неміс тілін үйренушілер" },
  [DQ_CHART_STRING_LEARNERS_SUBTITLE] = { "Number of people", "Число людей", "Адам саны" },
  [DQ_CHART_STRING_PEOPLE] = { "people", "чел.", "адам" },
  [DQ_CHART_STRING_NOW] = { "at the time of writing", "на момент публикации",
                            "жарияланған кезде" },
  [DQ_CHART_STRING_DASHED_NOTE] = {
    "Dashed line: the value at one end of it is approximate (≈) or has no year in the source.",
    "Пунктир: значение на одном из его концов приблизительное (≈) или приведено в источнике без года.",
    "Үзік сызық: оның бір ұшындағы мән шамамен алынған (≈) немесе дереккөзде жылсыз келтірілген." },
  [DQ_CHART_STRING_UNDATED_NOTE] = {
    "A value without a year (“today”) is placed at the year its source was published; the statement itself may be older.",
    "Значение без года («сегодня») отнесено к году публикации источника; само высказывание может быть более ранним.",
    "Жылы жоқ мән («бүгін») дереккөз жарияланған жылға жатқызылған; мәлімдеменің өзі бұдан ертерек жасалуы мүмкін." },
  [DQ_CHART_STRING_TYPOLOGY_TITLE] = { "European diasporas in Kazakhstan: types of networks",
                                       "Европейские диаспоры в Казахстане: типы сетей",
                                       "Қазақстандағы еуропалық диаспоралар: желі түрлері" },
  [DQ_CHART_STRING_TYPOLOGY_SUBTITLE] = {
    "Lived experience of the diaspora against engagement of the homeland's institutions",
    "Живой опыт диаспоры и вовлечённость институтов исторической родины",
    "Диаспораның тәжірибесі және тарихи отан мекемелерінің қатысуы" },
  [DQ_CHART_STRING_LIVED_EXPERIENCE] = { "Lived experience", "Живой опыт", "Тәжірибе" },
  [DQ_CHART_STRING_HOMELAND_ENGAGEMENT] = { "Homeland engagement", "Вовлечённость родины",
                                            "Отанның қатысуы" },
  [DQ_CHART_STRING_NARROW] = { "narrow", "узкий", "тар" },
  [DQ_CHART_STRING_BROAD] = { "broad", "широкий", "кең" },
  [DQ_CHART_STRING_LOW] = { "low", "низкая", "төмен" },
  [DQ_CHART_STRING_HIGH] = { "high", "высокая", "жоғары" },
  [DQ_CHART_STRING_SYMBOLIC] = { "Symbolic", "Символическая", "Символдық" },
  [DQ_CHART_STRING_NOMINAL] = { "Nominal", "Номинальная", "Номиналды" },
  [DQ_CHART_STRING_EXPRESSIVE] = { "Expressive", "Экспрессивная", "Экспрессивті" },
  [DQ_CHART_STRING_VALUED] = { "Valued", "Ценимая", "Бағаланатын" },
  [DQ_CHART_STRING_NO_GROUP_PLACED] = { "no diaspora placed here by the source",
                                        "источник не относит сюда ни одну диаспору",
                                        "дереккөз мұнда ешбір диаспораны жатқызбайды" },
  [DQ_CHART_STRING_SHIFT_NOTE] = { "Arrows: shifts the source describes.",
                                   "Стрелки: сдвиги, описанные в источнике.",
                                   "Көрсеткілер: дереккөз сипаттаған ығысулар." },
  [DQ_CHART_STRING_SCHEMATIC_NOTE] = {
    "Schematic: a group's position inside its quadrant carries no meaning.",
    "Схема: положение группы внутри квадранта значения не имеет.",
    "Сызба: топтың квадрант ішіндегі орнының мәні жоқ." },
  [DQ_CHART_STRING_YEAR_NOT_STATED] = { "year not stated", "год не указан", "жылы көрсетілмеген" },
  [DQ_CHART_STRING_BOUND_LEGEND] = { "bound or approximate", "граница или приблизительно",
                                     "шек немесе шамамен" },
  [DQ_CHART_STRING_CI_LEGEND] = { "95% confidence interval", "95-процентный доверительный интервал",
                                  "95 пайыздық сенім аралығы" },
  [DQ_CHART_STRING_CI_WILSON_NOTE] = {
    "Whiskers: 95% Wilson confidence interval on the effective sample size, which allows for weighting.",
    "Усы: 95-процентный доверительный интервал Уилсона по эффективному объёму выборки, учитывающему взвешивание.",
    "Мұрттар: салмақтауды ескеретін тиімді іріктеме көлемі бойынша Уилсонның 95 пайыздық сенім аралығы." },
  [DQ_CHART_STRING_CI_STATED_NOTE] = {
    "Whiskers: 95% confidence interval as the dataset states it for each figure.",
    "Усы: 95-процентный доверительный интервал, указанный в наборе данных для каждой цифры.",
    "Мұрттар: деректер жинағында әр көрсеткішке көрсетілген 95 пайыздық сенім аралығы." },
  [DQ_CHART_STRING_ALL_RESPONDENTS] = { "All respondents", "Все респонденты",
                                        "Барлық респонденттер" },
  [DQ_CHART_STRING_N_TOTAL] = { "n = %s", "n = %s", "n = %s" },
  [DQ_CHART_STRING_SHARE_BY] = { "Share of respondents by %s, %%", "Доля респондентов по «%s», %%",
                                 "Респонденттердің «%s» бойынша үлесі, %%" },
  [DQ_CHART_STRING_WEIGHTED_BY] = { "%s, weighted by %s", "%s, взвешено по %s",
                                    "%s, %s бойынша салмақталған" },
  [DQ_CHART_STRING_UNWEIGHTED] = { "%s, unweighted", "%s, без взвешивания",
                                   "%s, салмақталмаған" },
};

static const struct
{
  const char *code;
  const char *names[DQ_N_LANGUAGES];
} countries[] = {
  { "KZ", { "Kazakhstan", "Казахстан", "Қазақстан" } },
  { "UZ", { "Uzbekistan", "Узбекистан", "Өзбекстан" } },
  { "KG", { "Kyrgyzstan", "Кыргызстан", "Қырғызстан" } },
  { "TJ", { "Tajikistan", "Таджикистан", "Тәжікстан" } },
  { "TM", { "Turkmenistan", "Туркменистан", "Түрікменстан" } },
};

/**
 * dq_chart_string:
 * @id: which string
 * @language: the chart's language
 *
 * Returns: (transfer none): the string
 */
const char *
dq_chart_string (DqChartString id,
                 DqLanguage    language)
{
  g_return_val_if_fail (id < DQ_N_CHART_STRINGS, "");
  g_return_val_if_fail (language < DQ_N_LANGUAGES, "");

  return strings[id][language];
}

/**
 * dq_chart_string_format:
 * @id: a string with up to two "%s"
 * @language: the chart's language
 * @arg1: (nullable): the first argument
 * @arg2: (nullable): the second argument
 *
 * Returns: (transfer full): the string with its arguments
 */
char *
dq_chart_string_format (DqChartString  id,
                        DqLanguage     language,
                        const char    *arg1,
                        const char    *arg2)
{
  /* The formats are the constants above, each with at most two "%s". */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (dq_chart_string (id, language), arg1, arg2);
#pragma GCC diagnostic pop
}

/**
 * dq_country_name:
 * @code: a country code, e.g. "KZ"
 * @language: the language
 *
 * Returns: (transfer none): the country's name, or @code for a country the
 *   table does not know
 */
const char *
dq_country_name (const char *code,
                 DqLanguage  language)
{
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      if (g_strcmp0 (countries[i].code, code) == 0)
        return countries[i].names[language];
    }

  return code;
}
