/* dq-map-view-words.c
 *
 * The words the map view and the map page use for a centre, an event, a
 * cluster or a region, in the map's language: its kind, its groups, its
 * place, and what its tooltip says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-format.h"
#include "dq-map-strings.h"
#include "dq-map-view-private.h"

/* How many names a cluster's tooltip lists before it counts the rest. */
#define MAX_CLUSTER_NAMES 12

/**
 * _dq_map_view_kind_name:
 * @kind: a centre kind, or %DQ_MAP_KIND_CONFLICT
 * @language: the map's language
 *
 * Returns: (transfer none): the kind's name, as the map's legend has it
 */
const char *
_dq_map_view_kind_name (const char *kind,
                        DqLanguage  language)
{
  if (g_strcmp0 (kind, DQ_MAP_KIND_CONFLICT) == 0)
    return dq_map_string (DQ_MAP_STRING_CONFLICT, language);

  return dq_map_centre_kind_name (kind, language);
}

/**
 * _dq_map_view_dup_groups:
 * @dataset: the dataset
 * @group_ids: (nullable): the groups of a centre or event
 * @language: the map's language
 *
 * Returns: (transfer full): the groups' names, or the legend's words for a
 *   record of several or all groups when it names none
 */
char *
_dq_map_view_dup_groups (DqDataset          *dataset,
                         const char * const *group_ids,
                         DqLanguage          language)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; group_ids != NULL && group_ids[i] != NULL; i++)
    {
      DqGroup *group = dq_dataset_lookup_group (dataset, group_ids[i]);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, group != NULL ? dq_text_get (dq_group_get_name (group), language)
                                           : group_ids[i]);
    }

  if (text->len == 0)
    g_string_append (text, dq_map_string (DQ_MAP_STRING_SEVERAL_GROUPS, language));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * _dq_map_view_dup_place:
 * @dataset: the dataset
 * @place_id: (nullable): the place of a centre or event
 * @language: the map's language
 *
 * Returns: (transfer full) (nullable): the place's name and its region's,
 *   or %NULL if the record names no known place
 */
char *
_dq_map_view_dup_place (DqDataset  *dataset,
                        const char *place_id,
                        DqLanguage  language)
{
  DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;
  DqPlace *region;

  if (place == NULL)
    return NULL;

  region = dq_place_get_region_id (place) != NULL ?
           dq_dataset_lookup_place (dataset, dq_place_get_region_id (place)) : NULL;
  if (region != NULL)
    return g_strdup_printf ("%s, %s", dq_text_get (dq_place_get_name (place), language),
                            dq_text_get (dq_place_get_name (region), language));

  return g_strdup (dq_text_get (dq_place_get_name (place), language));
}

/* Descriptions */

static void
append_quote (GString  *text,
              DqSource *source)
{
  const char *quote = source != NULL ? dq_source_get_quote (source) : NULL;

  if (quote == NULL || *quote == '\0')
    return;

  g_string_append_c (text, '\n');
  /* Translators: a quotation from a source document, in the quotation
   * marks of your language */
  g_string_append_printf (text, _("“%s”"), quote);
}

static void
append_head (GString            *text,
             DqDataset          *dataset,
             DqLanguage          language,
             const char         *kind,
             const char * const *group_ids,
             const char         *place_id)
{
  g_autofree char *groups = _dq_map_view_dup_groups (dataset, group_ids, language);
  g_autofree char *place = _dq_map_view_dup_place (dataset, place_id, language);

  g_string_append_printf (text, "\n%s · %s", _dq_map_view_kind_name (kind, language), groups);
  if (place != NULL)
    g_string_append_printf (text, "\n%s", place);
}

/**
 * _dq_map_view_describe_centre:
 * @map: the map
 * @centre: a centre of its dataset
 *
 * Returns: (transfer full): what the tooltip and screen readers say about
 *   a centre: its name, kind, groups, place, founding year and source quote
 */
char *
_dq_map_view_describe_centre (DqMap    *map,
                              DqCentre *centre)
{
  DqDataset *dataset = dq_map_get_dataset (map);
  DqLanguage language = dq_map_get_language (map);
  GListModel *founded = dq_centre_get_founded (centre);
  DqSource *source = dq_centre_get_source (centre);
  const char *founded_quote = NULL;
  GString *text = g_string_new (dq_text_get (dq_centre_get_name (centre), language));

  append_head (text, dataset, language, dq_centre_kind_to_string (dq_centre_get_kind (centre)),
               dq_centre_get_group_ids (centre), dq_centre_get_place_id (centre));

  if (g_list_model_get_n_items (founded) > 0)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (founded, 0);
      g_autofree char *value = dq_format_figure_value (figure, language);

      g_string_append_c (text, '\n');
      /* Translators: %s is a year, or a phrase such as “about 1990” */
      g_string_append_printf (text, _("Founded: %s"), value);
      append_quote (text, dq_figure_get_source (figure));
      founded_quote = dq_source_get_quote (dq_figure_get_source (figure));
    }

  /* The record's own source, unless it is the quote just given. */
  if (source != NULL && g_strcmp0 (dq_source_get_quote (source), founded_quote) != 0)
    append_quote (text, source);

  return g_string_free (text, FALSE);
}

/**
 * _dq_map_view_describe_event:
 * @map: the map
 * @event: an event of its dataset
 *
 * Returns: (transfer full): the event's name, groups, place and source quote
 */
char *
_dq_map_view_describe_event (DqMap   *map,
                             DqEvent *event)
{
  DqDataset *dataset = dq_map_get_dataset (map);
  DqLanguage language = dq_map_get_language (map);
  GString *text = g_string_new (dq_text_get (dq_event_get_name (event), language));

  append_head (text, dataset, language, DQ_MAP_KIND_CONFLICT, dq_event_get_group_ids (event),
               dq_event_get_place_id (event));
  append_quote (text, dq_event_get_source (event));

  return g_string_free (text, FALSE);
}

/**
 * _dq_map_view_describe_cluster:
 * @map: the map
 * @members: (element-type DqCentre): the centres of a cluster
 *
 * Returns: (transfer full): how many centres the cluster holds, and their
 *   names
 */
char *
_dq_map_view_describe_cluster (DqMap      *map,
                               GListModel *members)
{
  DqLanguage language = dq_map_get_language (map);
  guint n = g_list_model_get_n_items (members);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("%u centre — click to expand",
                                          "%u centres — click to expand", n), n);

  for (guint i = 0; i < n && i < MAX_CLUSTER_NAMES; i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (members, i);

      g_string_append_printf (text, "\n• %s",
                              dq_text_get (dq_centre_get_name (centre), language));
    }

  if (n > MAX_CLUSTER_NAMES)
    {
      guint rest = n - MAX_CLUSTER_NAMES;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", rest), rest);
    }

  return g_string_free (text, FALSE);
}

/* On the choropleth: the group's share in the region, with its year, kind
 * and source, or that there is none. */
static void
append_share (GString             *text,
              DqMap               *map,
              const DqBasemapArea *area)
{
  const DqRegionShare *share = dq_region_shares_lookup (dq_map_get_region_shares (map),
                                                        dq_map_get_group (map), area->code);
  g_autofree char *value = NULL;

  g_string_append_c (text, '\n');
  if (share == NULL)
    {
      g_string_append (text, _("No published share of this group"));
      return;
    }

  value = dq_format_percent (share->share, -1, dq_map_get_language (map));
  switch (share->kind)
    {
    case DQ_SHARE_CENSUS:
      /* Translators: a group's share of a region's population, then the year */
      g_string_append_printf (text, _("Share of the population: %s (census of %d)"), value,
                              share->year);
      break;

    case DQ_SHARE_ESTIMATE:
      /* Translators: a group's share of a region's population, then the year */
      g_string_append_printf (text, _("Share of the population: %s (estimate for %d)"), value,
                              share->year);
      break;

    case DQ_SHARE_UNSTATED:
    default:
      /* Translators: a group's share of a region's population, then the year */
      g_string_append_printf (text, _("Share of the population: %s (%d; the source does not "
                                      "say whether census or estimate)"), value, share->year);
      break;
    }
  g_string_append_c (text, '\n');
  /* Translators: where a figure was read, a web address or a table */
  g_string_append_printf (text, _("Source: %s"), share->source);
}

/**
 * _dq_map_view_describe_region:
 * @map: the map
 * @hasc: the code of a region of the basemap
 *
 * Returns: (transfer full) (nullable): the region's name, and the groups
 *   whose sources name it as one of concentration
 */
char *
_dq_map_view_describe_region (DqMap      *map,
                              const char *hasc)
{
  DqDataset *dataset = dq_map_get_dataset (map);
  DqLanguage language = dq_map_get_language (map);
  const DqBasemapArea *area = dq_basemap_find_region (dq_map_get_basemap (map), hasc);
  const char *selected = dq_map_get_group (map);
  GListModel *groups = dataset != NULL ? dq_dataset_get_groups (dataset) : NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  DqSource *selected_source = NULL;
  GString *text;

  if (area == NULL)
    return NULL;

  text = g_string_new (dq_text_get (area->name, language));

  /* The groups whose sources name this region as one of concentration. */
  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
      gboolean here = FALSE;

      for (guint c = 0; c < dq_group_get_n_concentrations (group) && !here; c++)
        {
          const DqConcentration *concentration = dq_group_get_concentration (group, c);

          for (guint p = 0; concentration->places != NULL && concentration->places[p] != NULL;
               p++)
            {
              DqPlace *place = dq_dataset_lookup_place (dataset, concentration->places[p]);

              /* The data names the regions before 2018; today's region
               * is one of concentration if it holds such a region's land. */
              if (place != NULL && dq_place_get_hasc (place) != NULL &&
                  dq_basemap_area_matches (area, dq_place_get_hasc (place)))
                {
                  here = TRUE;
                  if (g_strcmp0 (dq_group_get_id (group), selected) == 0)
                    selected_source = concentration->source;
                  break;
                }
            }
        }

      if (!here)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, dq_text_get (dq_group_get_name (group), language));
    }

  if (dq_map_shows_shares (map))
    append_share (text, map, area);

  if (names->len > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: %s is a list of ethnic groups */
      g_string_append_printf (text, _("Region of concentration of: %s"), names->str);
      append_quote (text, selected_source);
    }

  return g_string_free (text, FALSE);
}
