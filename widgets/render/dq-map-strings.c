/* dq-map-strings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dq-centre.h"
#include "dq-map-strings.h"

/* The words, in English, marked for gettext with the context "map" so that
 * a map's word never shares a catalogue entry with an interface word. The
 * tables of every map language, strings[][DQ_N_LANGUAGES] and
 * kind_names[][DQ_N_LANGUAGES], are generated from them and po/ru.po and
 * po/kk.po at build time (see po/make-string-table.py); terms as in the
 * project glossary. Counts are written after a colon, which avoids plural
 * forms in Russian and Kazakh. */
G_GNUC_UNUSED static const char * const strings_en[DQ_N_MAP_STRINGS] = {
  [DQ_MAP_STRING_TITLE] = NC_("map", "Ethno-cultural centres in Kazakhstan and Uzbekistan"),
  [DQ_MAP_STRING_SUBTITLE] =
    NC_("map", "Schematic map. Regions of Kazakhstan as divided before 2018"),
  [DQ_MAP_STRING_SUBTITLE_GROUP] =
    NC_("map", "Regions and places of concentration highlighted: %s"),
  [DQ_MAP_STRING_SUBTITLE_GROUP_NONE] =
    NC_("map", "The sources name no region or place of concentration: %s"),
  [DQ_MAP_STRING_LEGEND_KINDS] = NC_("map", "Centres"),
  [DQ_MAP_STRING_LEGEND_GROUPS] = NC_("map", "Ethnic groups"),
  [DQ_MAP_STRING_LEGEND_REGIONS] = NC_("map", "Regions"),
  [DQ_MAP_STRING_CONFLICT] = NC_("map", "Conflict"),
  [DQ_MAP_STRING_CLUSTER] = NC_("map", "Several centres (number)"),
  [DQ_MAP_STRING_SEVERAL_GROUPS] = NC_("map", "Several or all groups"),
  [DQ_MAP_STRING_CONCENTRATION] = NC_("map", "Region of concentration"),
  [DQ_MAP_STRING_CONCENTRATION_CONTEXT] = NC_("map", "Region of a village of concentration"),
  [DQ_MAP_STRING_CONCENTRATION_PLACE] = NC_("map", "Place of concentration"),
  [DQ_MAP_STRING_NOT_LOCATED] = NC_("map", "Not located"),
  [DQ_MAP_STRING_NOT_LOCATED_COUNT] =
    NC_("map", "Not located on the map (no coordinates in the data): %s"),
  [DQ_MAP_STRING_SOURCE] =
    NC_("map", "Boundaries: Natural Earth (public domain), simplified. Centres and events: %s."),
  [DQ_MAP_STRING_SYNTHETIC] = NC_("map", "Includes synthetic test centres: %s"),
  [DQ_MAP_STRING_SYNTHETIC_NAME] = NC_("map", "Synthetic centre %s"),
  [DQ_MAP_STRING_SUBTITLE_2024] =
    NC_("map", "Schematic map. Regions of Kazakhstan as divided since 2022"),
  [DQ_MAP_STRING_SOURCE_2024] =
    NC_("map", "Boundaries: Kazakhstan, geokz by A. Rodionov after OCHA COD-AB 2024 (CC BY 4.0); "
               "Uzbekistan and neighbours, Natural Earth (public domain); simplified. "
               "Centres and events: %s."),
  [DQ_MAP_STRING_NOTE_PRE_2018] =
    NC_("map", "Regions before 2018. In 2018 South Kazakhstan region became Turkistan region, and "
               "Shymkent a city of republican significance; in 2022 Abai, Jetisu and Ulytau "
               "regions were formed."),
  [DQ_MAP_STRING_SHARES_SUBTITLE] = NC_("map", "Regions coloured by the group's share of the population: %s"),
  [DQ_MAP_STRING_SHARES_SUBTITLE_NONE] = NC_("map", "No region has a published share of this group: %s"),
  [DQ_MAP_STRING_SHARES_LEGEND] = NC_("map", "Share of the population"),
  [DQ_MAP_STRING_SHARES_UNDER] = NC_("map", "under %s"),
  [DQ_MAP_STRING_SHARES_OVER] = NC_("map", "%s and over"),
  [DQ_MAP_STRING_SHARES_NO_DATA] = NC_("map", "No data"),
  [DQ_MAP_STRING_SHARES_CENSUS] = NC_("map", "Census of %s"),
  [DQ_MAP_STRING_SHARES_ESTIMATE] = NC_("map", "Estimate for %s"),
  [DQ_MAP_STRING_SHARES_UNSTATED] =
    NC_("map", "Figures for %s: census or estimate, the source does not say"),
  [DQ_MAP_STRING_SHARES_NO_CENSUS_UZ] =
    NC_("map", "Uzbekistan has held no census since 1989 and publishes no ethnic composition "
               "by region."),
};

/* The names of the centre kinds, in the legend. */
G_GNUC_UNUSED static const char * const kind_names_en[DQ_N_CENTRE_KINDS] = {
  [DQ_CENTRE_ETHNOCULTURAL_CENTRE] = NC_("map", "Ethno-cultural centre"),
  [DQ_CENTRE_ASSOCIATION] = NC_("map", "Ethno-cultural association"),
  [DQ_CENTRE_CULTURAL_CENTRE] = NC_("map", "Cultural centre"),
  [DQ_CENTRE_FRIENDSHIP_HOUSE] = NC_("map", "Friendship House"),
  [DQ_CENTRE_CONFUCIUS_INSTITUTE] = NC_("map", "Confucius Institute"),
  [DQ_CENTRE_MEMORIAL] = NC_("map", "Memorial"),
  [DQ_CENTRE_INSTITUTION] = NC_("map", "Institution"),
};

#include "dq-map-strings-table.h"

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
