/* dq-cli-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cli-common.h"
#include "dq-cli-map.h"
#include "dq-render-enums.h"

/**
 * dq_cli_map_configure:
 * @map: the map to export
 * @regions: (nullable): "2024" or "pre-2018", from --regions; %NULL for
 *   today's regions
 * @shares: whether --shares was given
 * @group: (nullable): the --group, already checked against the dataset
 *
 * Checks --regions and --shares and sets them on @map.
 *
 * Returns: %EXIT_SUCCESS, or the usage error's exit status
 */
int
dq_cli_map_configure (DqMap      *map,
                      const char *regions,
                      gboolean    shares,
                      const char *group)
{
  DqMapRegions division = DQ_MAP_REGIONS_2024;

  if (regions != NULL)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (DQ_TYPE_MAP_REGIONS);
      GEnumValue *value = g_enum_get_value_by_nick (klass, regions);

      if (value == NULL)
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("unknown division “%s”; use 2024 (today’s regions) or "
                                       "pre-2018 (the regions before 2018)"), regions);
          return dq_cli_usage_error ("export", message);
        }
      division = value->value;
    }

  if (shares && group == NULL)
    return dq_cli_usage_error ("export", _("--shares needs --group, the group whose share "
                                           "colours the regions"));
  if (shares && division != DQ_MAP_REGIONS_2024)
    return dq_cli_usage_error ("export", _("--shares draws today’s regions: the published "
                                           "shares are given for them, not for the regions "
                                           "before 2018"));

  dq_map_set_regions (map, division);
  dq_map_set_shares (map, shares);
  return EXIT_SUCCESS;
}
