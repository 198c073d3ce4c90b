/* dq-map-synthetic.c
 *
 * Synthetic centres for tests and benchmarks, kept apart from the drawing
 * core: the widget and the command line never add them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <math.h>

#include "dq-map-private.h"
#include "dq-map-strings.h"

/* How far synthetic centres are scattered around their place, degrees. */
#define SYNTHETIC_SCATTER 1.5

/**
 * _dq_map_set_extra_centres:
 * @self: a #DqMap
 * @n_centres: how many, 0 to remove them
 * @seed: the seed of the random positions, kinds and groups
 *
 * Adds synthetic centres for tests and benchmarks, scattered around random
 * located places. They are marked as synthetic in their ids
 * ("synthetic-…"), names and the map's footer. The widget and the command
 * line do not call this, so exports never contain them.
 */
void
_dq_map_set_extra_centres (DqMap   *self,
                           guint    n_centres,
                           guint32  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  GListModel *groups;
  guint n_groups;

  g_return_if_fail (DQ_IS_MAP (self));
  g_return_if_fail (self->dataset != NULL);

  g_ptr_array_set_size (self->items, self->items->len - self->n_synthetic);
  self->n_synthetic = 0;

  for (guint i = 0; i < g_list_model_get_n_items (dq_dataset_get_places (self->dataset)); i++)
    {
      g_autoptr(DqPlace) place = g_list_model_get_item (dq_dataset_get_places (self->dataset), i);

      if (dq_place_is_located (place))
        g_ptr_array_add (places, place);
    }
  groups = dq_dataset_get_groups (self->dataset);
  n_groups = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n_centres && places->len > 0; i++)
    {
      DqPlace *place = g_ptr_array_index (places, g_rand_int_range (rand, 0, places->len));
      DqMapItem *item = g_new0 (DqMapItem, 1);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      double angle = g_rand_double_range (rand, 0, 2 * G_PI);
      double distance = SYNTHETIC_SCATTER * sqrt (g_rand_double (rand));

      g_autofree char *en = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_EN,
                                                  number);
      g_autofree char *ru = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_RU,
                                                  number);
      g_autofree char *kk = dq_map_string_format (DQ_MAP_STRING_SYNTHETIC_NAME, DQ_LANGUAGE_KK,
                                                  number);

      item->id = g_strdup_printf ("synthetic-%u", i + 1);
      item->owned_name = dq_text_new (en, ru, kk);
      item->name = item->owned_name;
      item->kind = g_rand_int_range (rand, 0, DQ_N_CENTRE_KINDS);
      item->place = place;
      item->lat = dq_place_get_latitude (place) + distance * sin (angle);
      item->lon = dq_place_get_longitude (place) +
                  distance * cos (angle) / cos (dq_place_get_latitude (place) * G_PI / 180);
      item->synthetic = TRUE;
      /* A third serve no one group, like the friendship houses. */
      if (n_groups > 0 && g_rand_int_range (rand, 0, 3) > 0)
        {
          g_autoptr(DqGroup) group = g_list_model_get_item (groups, g_rand_int_range (rand, 0,
                                                                                      n_groups));

          item->synthetic_groups[0] = dq_group_get_id (group);
        }
      item->groups = item->synthetic_groups;
      item->color = _dq_map_item_color (self, item);
      g_ptr_array_add (self->items, item);
      self->n_synthetic++;
    }

  _dq_map_changed (self);
}
