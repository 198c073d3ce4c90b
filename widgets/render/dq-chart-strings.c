/* dq-chart-strings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-chart-strings.h"

/* The words, in English, marked for gettext with the context "chart" so
 * that a chart's word never shares a catalogue entry with an interface
 * word, whose translation may differ. The table of every chart language,
 * strings[][DQ_N_LANGUAGES], is generated from them and po/ru.po and
 * po/kk.po at build time (see po/make-string-table.py); terms as in the
 * project glossary. */
G_GNUC_UNUSED static const char * const strings_en[DQ_N_CHART_STRINGS] = {
  [DQ_CHART_STRING_SOURCE] = NC_("chart", "Source:"),
  [DQ_CHART_STRING_SOURCES] = NC_("chart", "Sources:"),
  [DQ_CHART_STRING_N_PER_COUNTRY] = NC_("chart", "n = %s per country"),
  [DQ_CHART_STRING_RESPONDENTS_IN] = NC_("chart", "Respondents in %s"),
  [DQ_CHART_STRING_POSITIVE] = NC_("chart", "Positive (very or rather)"),
  [DQ_CHART_STRING_NEGATIVE] = NC_("chart", "Negative (very or rather)"),
  [DQ_CHART_STRING_REMAINDER] = NC_("chart", "Other or no answer"),
  /* xgettext:no-c-format */
  [DQ_CHART_STRING_SHARE_PERCENT] = NC_("chart", "Share of respondents, %"),
  [DQ_CHART_STRING_CI_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "Whiskers: 95% confidence interval, 1.96·√(p(1−p)/n), from the stated sample "
                 "size."),
  [DQ_CHART_STRING_BOUND_NOTE] =
    NC_("chart", "Open bars: the source states only a bound or an approximate value (≈, >, ≤)."),
  [DQ_CHART_STRING_GAP] = NC_("chart", "no figure in source"),
  [DQ_CHART_STRING_GAP_NOTE] =
    NC_("chart", "Dashed boxes: the source refers to a figure it does not state (a chart lost "
                 "from the text); no value is shown."),
  [DQ_CHART_STRING_ATTITUDE_TITLE] = NC_("chart", "Attitudes towards Central Asian countries"),
  [DQ_CHART_STRING_ATTITUDE_SUBTITLE] =
    /* xgettext:no-c-format */
    NC_("chart", "“What is your attitude towards …?” Share of respondents, %"),
  [DQ_CHART_STRING_REMAINDER_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "“Other or no answer” is the remainder to 100% and is not stated in the source."),
  [DQ_CHART_STRING_POPULATION_TITLE] = NC_("chart", "Ethnic groups in %s, %s"),
  /* xgettext:no-c-format */
  [DQ_CHART_STRING_POPULATION_SUBTITLE] = NC_("chart", "Share of the population, %"),
  [DQ_CHART_STRING_COMPOSITION_TITLE] = NC_("chart", "Ethnic composition of %s, %s"),
  [DQ_CHART_STRING_OTHER_GROUPS] = NC_("chart", "Other groups"),
  [DQ_CHART_STRING_OTHER_GROUPS_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "“Other groups” is the remainder to 100% of the groups the source names, rounded to the least precise of their shares."),
  [DQ_CHART_STRING_LEARNERS_TITLE] = NC_("chart", "Secondary school pupils learning German in Kazakhstan"),
  [DQ_CHART_STRING_LEARNERS_SUBTITLE] = NC_("chart", "Number of people"),
  [DQ_CHART_STRING_PEOPLE] = NC_("chart", "people"),
  [DQ_CHART_STRING_NOW] = NC_("chart", "at the time of writing"),
  [DQ_CHART_STRING_DASHED_NOTE] =
    NC_("chart", "Dashed line: the value at one end of it is approximate (≈) or has no year in "
                 "the source."),
  [DQ_CHART_STRING_UNDATED_NOTE] =
    NC_("chart", "A value without a year (“today”) is placed at the year its source was "
                 "published; the statement itself may be older."),
  [DQ_CHART_STRING_TYPOLOGY_TITLE] =
    NC_("chart", "European diasporas in Kazakhstan: types of networks"),
  [DQ_CHART_STRING_TYPOLOGY_SUBTITLE] =
    NC_("chart", "Lived experience of the diaspora against engagement of the homeland's "
                 "institutions"),
  [DQ_CHART_STRING_LIVED_EXPERIENCE] = NC_("chart", "Lived experience"),
  [DQ_CHART_STRING_HOMELAND_ENGAGEMENT] = NC_("chart", "Homeland engagement"),
  [DQ_CHART_STRING_NARROW] = NC_("chart", "narrow"),
  [DQ_CHART_STRING_BROAD] = NC_("chart", "broad"),
  [DQ_CHART_STRING_LOW] = NC_("chart", "low"),
  [DQ_CHART_STRING_HIGH] = NC_("chart", "high"),
  [DQ_CHART_STRING_SYMBOLIC] = NC_("chart", "Symbolic"),
  [DQ_CHART_STRING_NOMINAL] = NC_("chart", "Nominal"),
  [DQ_CHART_STRING_EXPRESSIVE] = NC_("chart", "Expressive"),
  [DQ_CHART_STRING_VALUED] = NC_("chart", "Valued"),
  [DQ_CHART_STRING_NO_GROUP_PLACED] = NC_("chart", "no diaspora placed here by the source"),
  [DQ_CHART_STRING_SHIFT_NOTE] = NC_("chart", "Arrows: shifts the source describes."),
  [DQ_CHART_STRING_SCHEMATIC_NOTE] =
    NC_("chart", "Schematic: a group's position inside its quadrant carries no meaning."),
  [DQ_CHART_STRING_YEAR_NOT_STATED] = NC_("chart", "year not stated"),
  [DQ_CHART_STRING_BOUND_LEGEND] = NC_("chart", "bound or approximate"),
  /* xgettext:no-c-format */
  [DQ_CHART_STRING_CI_LEGEND] = NC_("chart", "95% confidence interval"),
  [DQ_CHART_STRING_CI_WILSON_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "Whiskers: 95% Wilson confidence interval on the effective sample size, which "
                 "allows for weighting."),
  [DQ_CHART_STRING_CI_STATED_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "Whiskers: 95% confidence interval as the dataset states it for each figure."),
  [DQ_CHART_STRING_ALL_RESPONDENTS] = NC_("chart", "All respondents"),
  [DQ_CHART_STRING_N_TOTAL] = NC_("chart", "n = %s"),
  [DQ_CHART_STRING_SHARE_BY] = NC_("chart", "Share of respondents by %s, %%"),
  [DQ_CHART_STRING_WEIGHTED_BY] = NC_("chart", "%s, weighted by %s"),
  [DQ_CHART_STRING_UNWEIGHTED] = NC_("chart", "%s, unweighted"),
  [DQ_CHART_STRING_CORRECTED_COUNT] = NC_("chart", "figures corrected in Dostyq (◆): %s"),
  [DQ_CHART_STRING_CORRECTED_FROM] = NC_("chart", "Corrected in Dostyq; the source states %s"),
  /* TRANSLATORS: %s is the conditions respondents were selected by, e.g.
   * "agea >= 30, sex = 2" */
  [DQ_CHART_STRING_FILTER] = NC_("chart", "only respondents with %s"),
  [DQ_CHART_STRING_MISSING_CODES] = NC_("chart", "%s as missing"),
  [DQ_CHART_STRING_VALUES_CORRECTED] = NC_("chart", "values corrected in the project: %s"),
  [DQ_CHART_STRING_STACKED_NOTE] =
    /* xgettext:no-c-format */
    NC_("chart", "Each bar is one group's answers, adding to 100%; the 95% confidence interval "
                 "of each share is in the chart's data."),
};

/* In the order of country_names_en. */
static const char * const country_codes[] = { "KZ", "UZ", "KG", "TJ", "TM" };

G_GNUC_UNUSED static const char * const country_names_en[] = {
  NC_("chart", "Kazakhstan"),
  NC_("chart", "Uzbekistan"),
  NC_("chart", "Kyrgyzstan"),
  NC_("chart", "Tajikistan"),
  NC_("chart", "Turkmenistan"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (country_codes) == G_N_ELEMENTS (country_names_en));

#include "dq-chart-strings-table.h"

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
  g_return_val_if_fail (language < DQ_N_LANGUAGES, code);

  for (guint i = 0; i < G_N_ELEMENTS (country_codes); i++)
    {
      if (g_strcmp0 (country_codes[i], code) == 0)
        return country_names[i][language];
    }

  return code;
}
