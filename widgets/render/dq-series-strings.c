/* dq-series-strings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-series-strings.h"

/* The words, in English, marked with the context "chart"; the table of
 * every chart language, series_strings[][DQ_N_LANGUAGES], is generated
 * from them and po/ at build time (see po/make-string-table.py). */
G_GNUC_UNUSED static const char * const series_strings_en[DQ_N_SERIES_STRINGS] = {
  [DQ_SERIES_STRING_COUNT_SUBTITLE] = NC_("chart", "%s: number of people"),
  [DQ_SERIES_STRING_SHARE_SUBTITLE] = NC_("chart", "%s: share of the population, %%"),
  [DQ_SERIES_STRING_GAP_NOTE] =
    NC_("chart", "A break in a line: the table has no figure for that year."),
  [DQ_SERIES_STRING_DERIVED_NOTE] =
    NC_("chart", "Open points: derived, not printed as such (the sum of two printed cells)."),
  [DQ_SERIES_STRING_DERIVED_LEGEND] = NC_("chart", "derived (sum of printed cells)"),
  [DQ_SERIES_STRING_SHARE_NOTE] =
    NC_("chart", "Shares: each count divided by the table’s total for its year, unless the "
                 "table states the share."),
  [DQ_SERIES_STRING_NO_FIGURE] = NC_("chart", "no figure"),
  [DQ_SERIES_STRING_DERIVED_SUM] = NC_("chart", "Derived: the sum of the printed cells %s"),
  [DQ_SERIES_STRING_NO_GROUP] = NC_("chart", "No group chosen."),
  [DQ_SERIES_STRING_TIMELINE_TITLE] = NC_("chart", "Timeline of events and interviews"),
  [DQ_SERIES_STRING_TIMELINE_SUBTITLE] =
    NC_("chart", "Dated events and interviews of the documents"),
  [DQ_SERIES_STRING_ONLY] = NC_("chart", "Only: %s"),
  [DQ_SERIES_STRING_UNLABELLED_NOTE] =
    NC_("chart", "Events without a label for want of room: %s; their points have tooltips, "
                 "and the data lists them."),
  [DQ_SERIES_STRING_UNDATED_NOTE] =
    NC_("chart", "Events left out, as their documents give no year: %s."),
  [DQ_SERIES_STRING_NO_EVENTS] = NC_("chart", "No dated event matches the filter."),
  [DQ_SERIES_STRING_PERIOD_NOTE] =
    NC_("chart", "A bar: an event that lasted, from its first year to its last."),
  [DQ_SERIES_STRING_FAMILY_VIOLENCE] = NC_("chart", "Conflict, famine and repression"),
  [DQ_SERIES_STRING_FAMILY_PEOPLE] = NC_("chart", "Migration and population"),
  [DQ_SERIES_STRING_FAMILY_STATE] = NC_("chart", "State and policy"),
  [DQ_SERIES_STRING_FAMILY_PUBLIC] = NC_("chart", "Public life"),
  [DQ_SERIES_STRING_FAMILY_RESEARCH] = NC_("chart", "Fieldwork and interviews"),
  [DQ_SERIES_STRING_FAMILY_OTHER] = NC_("chart", "Other events"),
};

/* The kinds of events, as the dataset names them, and the family each is
 * coloured by on the timeline: sixteen colours could not be told apart. */
static const char * const event_kinds[] = {
  "conflict", "unrest", "famine", "deportation", "repression", "migration", "demography",
  "state", "policy", "institution", "commemoration", "meeting", "speech", "election",
  "fieldwork", "interview",
};

static const DqSeriesString event_families[] = {
  DQ_SERIES_STRING_FAMILY_VIOLENCE, DQ_SERIES_STRING_FAMILY_VIOLENCE,
  DQ_SERIES_STRING_FAMILY_VIOLENCE, DQ_SERIES_STRING_FAMILY_VIOLENCE,
  DQ_SERIES_STRING_FAMILY_VIOLENCE, DQ_SERIES_STRING_FAMILY_PEOPLE,
  DQ_SERIES_STRING_FAMILY_PEOPLE, DQ_SERIES_STRING_FAMILY_STATE, DQ_SERIES_STRING_FAMILY_STATE,
  DQ_SERIES_STRING_FAMILY_STATE, DQ_SERIES_STRING_FAMILY_PUBLIC, DQ_SERIES_STRING_FAMILY_PUBLIC,
  DQ_SERIES_STRING_FAMILY_PUBLIC, DQ_SERIES_STRING_FAMILY_STATE,
  DQ_SERIES_STRING_FAMILY_RESEARCH, DQ_SERIES_STRING_FAMILY_RESEARCH,
};

G_STATIC_ASSERT (G_N_ELEMENTS (event_kinds) == G_N_ELEMENTS (event_families));

G_GNUC_UNUSED static const char * const event_kind_names_en[] = {
  NC_("chart", "Conflict"),
  NC_("chart", "Unrest"),
  NC_("chart", "Famine"),
  NC_("chart", "Deportation"),
  NC_("chart", "Repression"),
  NC_("chart", "Migration"),
  NC_("chart", "Demography"),
  NC_("chart", "State"),
  NC_("chart", "Policy"),
  NC_("chart", "Institution"),
  NC_("chart", "Commemoration"),
  NC_("chart", "Meeting"),
  NC_("chart", "Speech"),
  NC_("chart", "Election"),
  NC_("chart", "Fieldwork"),
  NC_("chart", "Interview"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (event_kinds) == G_N_ELEMENTS (event_kind_names_en));

#include "dq-series-strings-table.h"

/**
 * dq_series_string:
 * @id: which string
 * @language: the chart's language
 *
 * Returns: (transfer none): the string
 */
const char *
dq_series_string (DqSeriesString id,
                  DqLanguage     language)
{
  g_return_val_if_fail (id < DQ_N_SERIES_STRINGS, "");
  g_return_val_if_fail (language < DQ_N_LANGUAGES, "");

  return series_strings[id][language];
}

/**
 * dq_series_string_format:
 * @id: a string with one "%s"
 * @language: the chart's language
 * @arg: the argument
 *
 * Returns: (transfer full): the string with its argument
 */
char *
dq_series_string_format (DqSeriesString  id,
                         DqLanguage      language,
                         const char     *arg)
{
  /* The formats are the constants above, each with at most one "%s". */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (dq_series_string (id, language), arg);
#pragma GCC diagnostic pop
}

/**
 * dq_event_kind_name:
 * @kind: a kind of event, e.g. "conflict"
 * @language: the language
 *
 * Returns: (transfer none): the kind's name, or @kind for one the table
 *   does not know
 */
const char *
dq_event_kind_name (const char *kind,
                    DqLanguage  language)
{
  g_return_val_if_fail (language < DQ_N_LANGUAGES, kind);

  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    {
      if (g_strcmp0 (event_kinds[i], kind) == 0)
        return event_kind_names[i][language];
    }

  return kind;
}

/**
 * dq_event_kind_family:
 * @kind: a kind of event
 *
 * Returns: the family the timeline colours @kind by, one of the
 *   %DQ_SERIES_STRING_FAMILY_* names; other events for a kind the table
 *   does not know
 */
DqSeriesString
dq_event_kind_family (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    {
      if (g_strcmp0 (event_kinds[i], kind) == 0)
        return event_families[i];
    }

  return DQ_SERIES_STRING_FAMILY_OTHER;
}
