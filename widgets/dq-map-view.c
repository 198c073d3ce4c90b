/* dq-map-view.c
 *
 * The map on screen: the scene the exports are made from, drawn with the
 * same cairo renderer, panned by dragging and zoomed with the wheel, a
 * pinch or the keyboard, with tooltips and keyboard focus on its centres,
 * events and clusters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "dq-focus-ring.h"
#include "dq-format.h"
#include "dq-map-strings.h"
#include "dq-map-view.h"
#include "dq-map-view-private.h"
#include "dq-projection.h"
#include "dq-scene-render.h"

/* How much one step of the keyboard or the buttons zooms. */
#define ZOOM_STEP 2.0

/* How far the pointer moves before a press becomes a drag, in pixels. */
#define DRAG_THRESHOLD 4.0

/* The distance at which the map merges centres into a cluster. */
#define CLUSTER_DISTANCE 14.0

/* How many names a cluster's tooltip lists before it counts the rest. */
#define MAX_CLUSTER_NAMES 12

#define MIN_WIDTH      320
#define MIN_HEIGHT     240
#define NATURAL_WIDTH  900
#define NATURAL_HEIGHT 600

/* One thing the keyboard can focus: a centre, an event or a cluster. */
typedef struct
{
  /* Borrowed from a mark of the scene */
  const char      *datum;
  graphene_rect_t  bounds;
  double           x;
  double           y;
} FocusEntry;

struct _DqMapView
{
  GtkWidget     parent_instance;

  /* Owned */
  DqMap        *map;
  GSignalGroup *map_signals;
  DqScene      *scene;
  /* FocusEntry, west to east */
  GArray       *entries;
  /* Datum (borrowed) → index in entries + 1 */
  GHashTable   *entry_index;
  /* graphene_rect_t, the frame around the map area, where the title,
   * legend and footer are */
  GArray       *frames;
  char         *focus_datum;

  int           hover_index;
  int           focus_index;
  gboolean      dark;
  /* The theme the cached scene was built with; it knows its own size. */
  gboolean      scene_dark;
  /* Whether the map has changed since the scene was built */
  gboolean      dirty;

  /* Where the pointer is, to zoom about it */
  double        pointer_x;
  double        pointer_y;
  gboolean      has_pointer;

  /* Where a drag began, in projected units, and the view's scale then */
  double        drag_x;
  double        drag_y;
  double        drag_scale;
  gboolean      dragging;
  /* Whether the last press moved the map, and so is no click */
  gboolean      panned;

  /* The zoom when a pinch began */
  double        pinch_zoom;

  GdkRGBA       accent;
};

enum {
  PROP_0,
  PROP_MAP,
  PROP_DARK,
  N_PROPS
};

enum {
  SIGNAL_ACTIVATE_ITEM,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqMapView, dq_map_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Words shared with the page */

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

static char *
describe_centre (DqMapView *self,
                 DqCentre  *centre)
{
  DqDataset *dataset = dq_map_get_dataset (self->map);
  DqLanguage language = dq_map_get_language (self->map);
  GListModel *founded = dq_centre_get_founded (centre);
  DqSource *source = dq_centre_get_source (centre);
  const char *founded_quote = NULL;
  GString *text = g_string_new (dq_text_get (dq_centre_get_name (centre), language));

  append_head (text, dataset, language, dq_centre_get_kind (centre),
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

static char *
describe_event (DqMapView *self,
                DqEvent   *event)
{
  DqDataset *dataset = dq_map_get_dataset (self->map);
  DqLanguage language = dq_map_get_language (self->map);
  GString *text = g_string_new (dq_text_get (dq_event_get_name (event), language));

  append_head (text, dataset, language, DQ_MAP_KIND_CONFLICT, dq_event_get_group_ids (event),
               dq_event_get_place_id (event));
  append_quote (text, dq_event_get_source (event));

  return g_string_free (text, FALSE);
}

static char *
describe_cluster (DqMapView  *self,
                  const char *datum)
{
  DqDataset *dataset = dq_map_get_dataset (self->map);
  DqLanguage language = dq_map_get_language (self->map);
  g_auto(GStrv) ids = g_strsplit (datum + strlen ("cluster:"), ",", -1);
  guint n = g_strv_length (ids);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("%u centre — click to expand",
                                          "%u centres — click to expand", n), n);

  for (guint i = 0; i < n && i < MAX_CLUSTER_NAMES; i++)
    {
      DqCentre *centre = dq_dataset_lookup_centre (dataset, ids[i]);
      DqEvent *event = centre == NULL ? dq_dataset_lookup_event (dataset, ids[i]) : NULL;
      const char *name = ids[i];

      if (centre != NULL)
        name = dq_text_get (dq_centre_get_name (centre), language);
      else if (event != NULL)
        name = dq_text_get (dq_event_get_name (event), language);
      g_string_append_printf (text, "\n• %s", name);
    }

  if (n > MAX_CLUSTER_NAMES)
    {
      guint rest = n - MAX_CLUSTER_NAMES;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", rest), rest);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_region (DqMapView  *self,
                 const char *hasc)
{
  DqDataset *dataset = dq_map_get_dataset (self->map);
  DqLanguage language = dq_map_get_language (self->map);
  const DqBasemapArea *area = dq_basemap_find_region (dq_map_get_basemap (self->map), hasc);
  const char *selected = dq_map_get_group (self->map);
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

              if (place != NULL && g_strcmp0 (dq_place_get_hasc (place), hasc) == 0)
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

  if (names->len > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: %s is a list of ethnic groups */
      g_string_append_printf (text, _("Region of concentration of: %s"), names->str);
      append_quote (text, selected_source);
    }

  return g_string_free (text, FALSE);
}

/**
 * dq_map_view_describe_datum:
 * @self: a #DqMapView
 * @datum: the datum of a mark: a centre or event id, or a cluster
 *
 * Returns: (transfer full) (nullable): what the tooltip and screen
 *   readers say about it: the name, kind, groups, place, founding year
 *   and source quote of a centre or event, or the names in a cluster
 */
char *
dq_map_view_describe_datum (DqMapView  *self,
                            const char *datum)
{
  DqDataset *dataset;
  DqCentre *centre;
  DqEvent *event;

  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  if (self->map == NULL || datum == NULL)
    return NULL;

  dataset = dq_map_get_dataset (self->map);
  if (dataset == NULL)
    return NULL;

  if (g_str_has_prefix (datum, "cluster:"))
    return describe_cluster (self, datum);

  centre = dq_dataset_lookup_centre (dataset, datum);
  if (centre != NULL)
    return describe_centre (self, centre);

  event = dq_dataset_lookup_event (dataset, datum);
  if (event != NULL)
    return describe_event (self, event);

  return NULL;
}

/* Focus */

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const FocusEntry *ea = a;
  const FocusEntry *eb = b;

  /* West to east, then north to south: the order a reader scans in. */
  if (ea->x != eb->x)
    return ea->x < eb->x ? -1 : 1;
  if (ea->y != eb->y)
    return ea->y < eb->y ? -1 : 1;

  return 0;
}

static gboolean
is_symbol_role (const char *role)
{
  return g_strcmp0 (role, "centre") == 0 || g_strcmp0 (role, "event") == 0 ||
         g_strcmp0 (role, "cluster") == 0;
}

static void
collect_entries (DqMapView *self)
{
  g_array_set_size (self->entries, 0);
  g_array_set_size (self->frames, 0);
  g_hash_table_remove_all (self->entry_index);
  if (self->scene == NULL)
    return;

  for (guint i = 0; i < dq_scene_get_n_marks (self->scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (self->scene, i);
      FocusEntry entry;
      double x, y, width, height;

      if (g_strcmp0 (mark->role, "frame") == 0)
        {
          graphene_rect_t frame;

          dq_mark_get_bounds (mark, &x, &y, &width, &height);
          graphene_rect_init (&frame, x, y, width, height);
          g_array_append_val (self->frames, frame);
          continue;
        }

      if (mark->datum == NULL || !is_symbol_role (mark->role))
        continue;

      dq_mark_get_bounds (mark, &x, &y, &width, &height);
      entry.datum = mark->datum;
      graphene_rect_init (&entry.bounds, x, y, width, height);
      entry.x = x + width / 2;
      entry.y = y + height / 2;
      g_array_append_val (self->entries, entry);
    }

  g_array_sort (self->entries, compare_entries);
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_insert (self->entry_index,
                         (gpointer) g_array_index (self->entries, FocusEntry, i).datum,
                         GUINT_TO_POINTER (i + 1));
}

static int
find_entry (DqMapView  *self,
            const char *datum)
{
  if (datum == NULL)
    return -1;

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->entry_index, datum)) - 1;
}

static gboolean
cluster_holds (const char *cluster,
               const char *id)
{
  g_auto(GStrv) ids = g_strsplit (cluster + strlen ("cluster:"), ",", -1);

  return g_strv_contains ((const char * const *) ids, id);
}

/* The entry that now shows what @datum showed: the same mark, or after a
 * zoom one of the centres of a cluster, or the cluster a centre joined. */
static int
find_successor (DqMapView  *self,
                const char *datum)
{
  g_auto(GStrv) ids = NULL;
  int index = find_entry (self, datum);

  if (index >= 0 || datum == NULL)
    return index;

  if (g_str_has_prefix (datum, "cluster:"))
    ids = g_strsplit (datum + strlen ("cluster:"), ",", -1);
  else
    ids = g_strsplit (datum, ",", 1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      index = find_entry (self, ids[i]);
      if (index >= 0)
        return index;
    }

  for (guint e = 0; e < self->entries->len; e++)
    {
      const char *other = g_array_index (self->entries, FocusEntry, e).datum;

      if (!g_str_has_prefix (other, "cluster:"))
        continue;
      for (guint i = 0; ids[i] != NULL; i++)
        {
          if (cluster_holds (other, ids[i]))
            return e;
        }
    }

  return -1;
}

static void
update_accessible_description (DqMapView *self)
{
  g_autofree char *text = NULL;

  if (self->focus_index >= 0)
    text = dq_map_view_describe_datum (self, self->focus_datum);

  /* With nothing focused, say how to reach something. */
  if (text == NULL)
    text = g_strdup (_("Use the arrow keys to move between the centres, Enter to open one, "
                       "and plus and minus to zoom"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
update_accessible_label (DqMapView *self)
{
  const char *title = self->scene != NULL ? dq_scene_get_title (self->scene) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Map"),
                                  -1);
}

static void
set_focus_index (DqMapView *self,
                 int        index)
{
  g_assert (index >= -1 && index < (int) self->entries->len);

  self->focus_index = index;
  g_clear_pointer (&self->focus_datum, g_free);
  if (index >= 0)
    self->focus_datum = g_strdup (g_array_index (self->entries, FocusEntry, index).datum);

  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The region under a point of the map area; the title, legend and footer
 * have none, though the map's view runs on beneath them. */
static const char *
lookup_region (DqMapView *self,
               double     x,
               double     y)
{
  for (guint i = 0; i < self->frames->len; i++)
    {
      if (graphene_rect_contains_point (&g_array_index (self->frames, graphene_rect_t, i),
                                        &GRAPHENE_POINT_INIT (x, y)))
        return NULL;
    }

  return dq_map_lookup_region (self->map, x, y);
}

/* The scene */

static void
set_hover_index (DqMapView *self,
                 int        index)
{
  if (self->hover_index == index)
    return;

  self->hover_index = index;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), index >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Builds the scene again if the map, the size or the theme has changed
 * since it was built. Called on allocation and before anything reads the
 * map's view, never while drawing. */
static void
ensure_scene (DqMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autofree char *focus_datum = NULL;

  if (self->scene != NULL && !self->dirty &&
      (int) dq_scene_get_width (self->scene) == width &&
      (int) dq_scene_get_height (self->scene) == height &&
      self->scene_dark == self->dark)
    return;

  if (self->scene == NULL && (self->map == NULL || width <= 0 || height <= 0))
    return;

  g_clear_object (&self->scene);
  self->dirty = FALSE;
  if (self->map != NULL && width > 0 && height > 0)
    {
      self->scene = dq_map_build_scene (self->map, width, height, self->dark);
      self->scene_dark = self->dark;
    }

  /* Keep the focus on the same centre, or on what now holds it. */
  focus_datum = g_steal_pointer (&self->focus_datum);
  collect_entries (self);
  set_hover_index (self, -1);
  self->focus_index = -1;
  if (focus_datum != NULL)
    set_focus_index (self, find_successor (self, focus_datum));

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_map_changed_cb (DqMapView *self,
                   DqMap     *map)
{
  /* Several changes in a row (a zoom and its new centre) make one scene,
   * built at the next allocation or when the view is next asked. */
  self->dirty = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_style_manager_notify_dark_cb (DqMapView       *self,
                                 GParamSpec      *pspec,
                                 AdwStyleManager *manager)
{
  dq_map_view_set_dark (self, adw_style_manager_get_dark (manager));
}

/* Moving about */

static void
clamp_center (DqMapView *self,
              double    *lon,
              double    *lat)
{
  double min_lon, min_lat, max_lon, max_lat;

  /* Never so far that the two countries leave the view altogether. */
  dq_basemap_get_bounds (dq_map_get_basemap (self->map), &min_lon, &min_lat, &max_lon, &max_lat);
  *lon = CLAMP (*lon, min_lon, max_lon);
  *lat = CLAMP (*lat, min_lat, max_lat);
}

/* Where the map's centre is on the canvas: the middle of the map area. */
static gboolean
get_middle (DqMapView *self,
            double    *x,
            double    *y)
{
  double lon, lat;

  ensure_scene (self);
  if (self->scene == NULL)
    return FALSE;

  dq_map_get_center (self->map, &lon, &lat);

  return dq_map_lonlat_to_canvas (self->map, lon, lat, x, y);
}

static void
zoom_to (DqMapView *self,
         double     zoom,
         double     x,
         double     y,
         gboolean   recentre)
{
  double old_zoom, mid_x, mid_y, lon, lat, k;

  zoom = CLAMP (zoom, DQ_MAP_MIN_ZOOM, DQ_MAP_MAX_ZOOM);
  old_zoom = dq_map_get_zoom (self->map);

  if (!get_middle (self, &mid_x, &mid_y))
    {
      dq_map_set_zoom (self->map, zoom);
      return;
    }

  if (recentre)
    {
      /* The point goes to the middle. */
      dq_map_canvas_to_lonlat (self->map, x, y, &lon, &lat);
    }
  else
    {
      if (zoom == old_zoom)
        return;

      /* Zooming by k about (x, y) takes a point q to (x, y) + k (q - (x, y)):
       * the new middle is the point that lands on the old middle. */
      k = zoom / old_zoom;
      dq_map_canvas_to_lonlat (self->map, x + (mid_x - x) / k, y + (mid_y - y) / k, &lon, &lat);
    }

  clamp_center (self, &lon, &lat);
  dq_map_set_zoom (self->map, zoom);
  dq_map_set_center (self->map, lon, lat);
}

static void
zoom_about_pointer (DqMapView *self,
                    double     factor)
{
  double x, y;

  if (self->map == NULL)
    return;

  if (self->has_pointer)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  else if (!get_middle (self, &x, &y))
    {
      dq_map_set_zoom (self->map, dq_map_get_zoom (self->map) * factor);
      return;
    }

  if ((factor > 1 && dq_map_get_zoom (self->map) >= DQ_MAP_MAX_ZOOM) ||
      (factor < 1 && dq_map_get_zoom (self->map) <= DQ_MAP_MIN_ZOOM))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  zoom_to (self, dq_map_get_zoom (self->map) * factor, x, y, FALSE);
}

static gboolean
item_position (DqDataset  *dataset,
               const char *id,
               DqPlace   **place)
{
  DqCentre *centre = dq_dataset_lookup_centre (dataset, id);
  DqEvent *event = centre == NULL ? dq_dataset_lookup_event (dataset, id) : NULL;
  const char *place_id = NULL;

  if (centre != NULL)
    place_id = dq_centre_get_place_id (centre);
  else if (event != NULL)
    place_id = dq_event_get_place_id (event);

  *place = place_id != NULL ? dq_dataset_lookup_place (dataset, place_id) : NULL;

  return *place != NULL && dq_place_is_located (*place);
}

/* Zooms in on a cluster far enough to part its members, at least
 * twice, with the cluster in the middle. */
static void
expand_cluster (DqMapView  *self,
                const char *datum)
{
  g_auto(GStrv) ids = g_strsplit (datum + strlen ("cluster:"), ",", -1);
  DqDataset *dataset = dq_map_get_dataset (self->map);
  double zoom = dq_map_get_zoom (self->map);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  DqPlace *first = NULL;
  gboolean one_place = TRUE;
  double target, extent;
  int index;

  ensure_scene (self);
  index = find_entry (self, datum);
  if (index < 0 || dataset == NULL)
    return;

  if (zoom >= DQ_MAP_MAX_ZOOM)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      DqPlace *place;
      double x, y;

      if (!item_position (dataset, ids[i], &place))
        continue;
      if (first == NULL)
        first = place;
      one_place &= place == first;
      dq_map_lonlat_to_canvas (self->map, dq_place_get_longitude (place),
                               dq_place_get_latitude (place), &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }

  /* Centres at one place part only when the map fans them out. */
  extent = first != NULL ? MAX (max_x - min_x, max_y - min_y) : 0;
  if (one_place || extent <= 0)
    target = MAX (zoom * ZOOM_STEP, DQ_MAP_SPREAD_ZOOM);
  else
    target = zoom * CLAMP (3 * CLUSTER_DISTANCE / extent, ZOOM_STEP, 8);

  zoom_to (self, target, g_array_index (self->entries, FocusEntry, index).x,
           g_array_index (self->entries, FocusEntry, index).y, TRUE);
}

/* Events */

static void
on_motion_cb (DqMapView                *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;

  if (self->dragging || self->map == NULL || self->scene == NULL)
    return;

  /* The map's grid answers for the scene on screen: the view is the only
   * one that builds scenes of its map. */
  set_hover_index (self, find_entry (self, dq_map_lookup (self->map, x, y)));
}

static void
on_leave_cb (DqMapView                *self,
             GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
  set_hover_index (self, -1);
}

static void
on_pressed_cb (DqMapView       *self,
               int              n_press,
               double           x,
               double           y,
               GtkGestureClick *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_released_cb (DqMapView       *self,
                int              n_press,
                double           x,
                double           y,
                GtkGestureClick *gesture)
{
  const char *datum;
  int index;

  if (self->map == NULL || self->scene == NULL || self->panned)
    return;

  datum = dq_map_lookup (self->map, x, y);
  index = find_entry (self, datum);
  if (index < 0)
    return;

  set_focus_index (self, index);
  dq_map_view_activate_datum (self, self->focus_datum);
}

static void
on_drag_begin_cb (DqMapView      *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  DqProjection projection;
  double mid_x, mid_y, lon, lat, lon2, lat2, px2, py2;

  self->dragging = FALSE;
  self->panned = FALSE;
  self->drag_scale = 0;
  if (self->map == NULL || !get_middle (self, &mid_x, &mid_y))
    return;

  /* The view as the drag began, so that each step of the drag moves the
   * centre without waiting for the scene to be built again: canvas and
   * projected units differ by a scale and an offset only. */
  dq_projection_init_central_asia (&projection);
  dq_map_get_center (self->map, &lon, &lat);
  dq_projection_forward (&projection, lon, lat, &self->drag_x, &self->drag_y);
  dq_map_canvas_to_lonlat (self->map, mid_x + 100, mid_y, &lon2, &lat2);
  dq_projection_forward (&projection, lon2, lat2, &px2, &py2);
  if (px2 - self->drag_x > 0)
    self->drag_scale = 100 / (px2 - self->drag_x);
}

static void
on_drag_update_cb (DqMapView      *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *gesture)
{
  if (self->map == NULL)
    return;

  if (!self->dragging)
    {
      if (hypot (offset_x, offset_y) < DRAG_THRESHOLD)
        return;
      self->dragging = TRUE;
      self->panned = TRUE;
      set_hover_index (self, -1);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  if (self->drag_scale > 0)
    {
      DqProjection projection;
      double lon, lat;

      dq_projection_init_central_asia (&projection);
      dq_projection_inverse (&projection, self->drag_x - offset_x / self->drag_scale,
                             self->drag_y + offset_y / self->drag_scale, &lon, &lat);
      clamp_center (self, &lon, &lat);
      dq_map_set_center (self->map, lon, lat);
    }
}

static void
on_drag_end_cb (DqMapView      *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  if (self->dragging)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  self->dragging = FALSE;
}

static gboolean
on_scroll_cb (DqMapView                *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  double steps = dy;

  if (self->map == NULL || dy == 0)
    return FALSE;

  /* A notch of the wheel zooms by √2; a touchpad, smoothly. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    steps = dy / 50;

  zoom_about_pointer (self, pow (2, -steps / 2));

  return TRUE;
}

static void
on_zoom_begin_cb (DqMapView        *self,
                  GdkEventSequence *sequence,
                  GtkGestureZoom   *gesture)
{
  if (self->map != NULL)
    self->pinch_zoom = dq_map_get_zoom (self->map);
}

static void
on_zoom_scale_changed_cb (DqMapView      *self,
                          double          scale,
                          GtkGestureZoom *gesture)
{
  double x, y;

  if (self->map == NULL || self->pinch_zoom <= 0 ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  zoom_to (self, self->pinch_zoom * scale, x, y, FALSE);
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  zoom_about_pointer (DQ_MAP_VIEW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  zoom_about_pointer (DQ_MAP_VIEW (widget), 1 / ZOOM_STEP);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  dq_map_view_reset (DQ_MAP_VIEW (widget));
}

/* Moves the focus to the nearest entry that lies in a direction, favouring
 * those straight ahead. */
static gboolean
move_focus_direction (DqMapView        *self,
                      GtkDirectionType  direction)
{
  const FocusEntry *from;
  double dir_x = 0, dir_y = 0;
  double best_score = G_MAXDOUBLE;
  int best = -1;

  if (self->entries->len == 0)
    return FALSE;
  if (self->focus_index < 0)
    {
      set_focus_index (self, 0);
      return TRUE;
    }

  switch (direction)
    {
    case GTK_DIR_LEFT:
      dir_x = -1;
      break;
    case GTK_DIR_RIGHT:
      dir_x = 1;
      break;
    case GTK_DIR_UP:
      dir_y = -1;
      break;
    case GTK_DIR_DOWN:
      dir_y = 1;
      break;
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
    default:
      g_assert_not_reached ();
    }

  from = &g_array_index (self->entries, FocusEntry, self->focus_index);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const FocusEntry *entry = &g_array_index (self->entries, FocusEntry, i);
      double vx = entry->x - from->x;
      double vy = entry->y - from->y;
      double along = vx * dir_x + vy * dir_y;
      double across = fabs (vx * dir_y - vy * dir_x);
      double score;

      if ((int) i == self->focus_index || along <= 0 || across > 2 * along)
        continue;
      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  if (best < 0)
    return FALSE;

  set_focus_index (self, best);

  return TRUE;
}

static void
focus_direction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DqMapView *self = DQ_MAP_VIEW (widget);

  if (!move_focus_direction (self, g_variant_get_int32 (param)))
    gtk_widget_error_bell (widget);
}

static void
focus_end_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DqMapView *self = DQ_MAP_VIEW (widget);

  if (self->entries->len > 0)
    set_focus_index (self, g_variant_get_boolean (param) ? (int) self->entries->len - 1 : 0);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  DqMapView *self = DQ_MAP_VIEW (widget);

  if (self->focus_index < 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dq_map_view_activate_datum (self, self->focus_datum);
}

/* GtkWidget */

static void
dq_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
dq_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  ensure_scene (DQ_MAP_VIEW (widget));
}

static void
dq_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  DqMapView *self = DQ_MAP_VIEW (widget);
  cairo_t *cr;

  if (self->scene == NULL || gtk_widget_get_width (widget) <= 0 ||
      gtk_widget_get_height (widget) <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0,
                                                       dq_scene_get_width (self->scene),
                                                       dq_scene_get_height (self->scene)));
  dq_scene_render_cairo (self->scene, cr);
  cairo_destroy (cr);

  /* Hover and focus are drawn over the scene, not in it, so that exports
   * stay clean. */
  if (self->hover_index >= 0 && self->hover_index != self->focus_index)
    {
      GdkRGBA color = self->accent;

      color.alpha *= 0.6;
      dq_focus_ring_append (snapshot,
                            &g_array_index (self->entries, FocusEntry, self->hover_index).bounds,
                            2, 1.5, TRUE, &color);
    }

  if (self->focus_index >= 0 && gtk_widget_has_focus (widget))
    dq_focus_ring_append (snapshot,
                          &g_array_index (self->entries, FocusEntry, self->focus_index).bounds,
                          3, 2, TRUE, &self->accent);
}

static gboolean
dq_map_view_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip)
{
  DqMapView *self = DQ_MAP_VIEW (widget);
  g_autofree char *text = NULL;
  int index;

  if (self->scene == NULL || self->map == NULL || self->dragging)
    return FALSE;

  if (keyboard_mode)
    index = self->focus_index;
  else
    index = find_entry (self, dq_map_lookup (self->map, x, y));

  if (index >= 0)
    {
      const FocusEntry *entry = &g_array_index (self->entries, FocusEntry, index);
      GdkRectangle area;

      text = dq_map_view_describe_datum (self, entry->datum);
      if (text == NULL)
        return FALSE;

      /* The tooltip stays while the pointer is over the same symbol. */
      area.x = floor (entry->bounds.origin.x);
      area.y = floor (entry->bounds.origin.y);
      area.width = MAX (1, ceil (entry->bounds.size.width));
      area.height = MAX (1, ceil (entry->bounds.size.height));
      gtk_tooltip_set_tip_area (tooltip, &area);
    }
  else if (!keyboard_mode)
    {
      const char *hasc = lookup_region (self, x, y);

      if (hasc != NULL)
        text = describe_region (self, hasc);
    }

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static gboolean
dq_map_view_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  DqMapView *self = DQ_MAP_VIEW (widget);
  int n = self->entries->len;
  int step;

  if (!gtk_widget_has_focus (widget))
    {
      /* The entries run west to east: Tab enters the map at its
       * westernmost symbol, Shift+Tab at its easternmost. */
      int index = dq_focus_ring_enter_index (direction, n);

      gtk_widget_grab_focus (widget);
      if (index >= 0)
        set_focus_index (self, index);
      return TRUE;
    }

  step = dq_focus_ring_tab_step (direction, self->focus_index, n);

  return step != 0 && dq_map_view_move_focus (self, step);
}

static void
dq_map_view_state_flags_changed (GtkWidget     *widget,
                                 GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (dq_map_view_parent_class)->state_flags_changed (widget, previous);

  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);
}

static void
dq_map_view_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  DqMapView *self = DQ_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (dq_map_view_parent_class)->css_changed (widget, change);

  /* The focus ring takes the accent colour of the theme. */
  dq_focus_ring_lookup_accent (widget, &self->accent);

  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
dq_map_view_dispose (GObject *object)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  if (self->map_signals != NULL)
    g_signal_group_set_target (self->map_signals, NULL);
  g_clear_object (&self->map_signals);
  g_clear_object (&self->scene);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (dq_map_view_parent_class)->dispose (object);
}

static void
dq_map_view_finalize (GObject *object)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->entry_index, g_hash_table_unref);
  g_clear_pointer (&self->frames, g_array_unref);
  g_clear_pointer (&self->focus_datum, g_free);

  G_OBJECT_CLASS (dq_map_view_parent_class)->finalize (object);
}

static void
dq_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DqMapView *self = DQ_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MAP:
      dq_map_view_set_map (self, g_value_get_object (value));
      break;

    case PROP_DARK:
      dq_map_view_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_view_class_init (DqMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    guint       keyval;
    const char *action;
  } zoom_keys[] = {
    { GDK_KEY_plus, "map.zoom-in" },
    { GDK_KEY_equal, "map.zoom-in" },
    { GDK_KEY_KP_Add, "map.zoom-in" },
    { GDK_KEY_minus, "map.zoom-out" },
    { GDK_KEY_KP_Subtract, "map.zoom-out" },
    { GDK_KEY_0, "map.reset" },
    { GDK_KEY_KP_0, "map.reset" },
  };
  static const struct {
    guint            keyval;
    GtkDirectionType direction;
  } arrow_keys[] = {
    { GDK_KEY_Left, GTK_DIR_LEFT },
    { GDK_KEY_KP_Left, GTK_DIR_LEFT },
    { GDK_KEY_Right, GTK_DIR_RIGHT },
    { GDK_KEY_KP_Right, GTK_DIR_RIGHT },
    { GDK_KEY_Up, GTK_DIR_UP },
    { GDK_KEY_KP_Up, GTK_DIR_UP },
    { GDK_KEY_Down, GTK_DIR_DOWN },
    { GDK_KEY_KP_Down, GTK_DIR_DOWN },
  };

  object_class->dispose = dq_map_view_dispose;
  object_class->finalize = dq_map_view_finalize;
  object_class->get_property = dq_map_view_get_property;
  object_class->set_property = dq_map_view_set_property;

  widget_class->measure = dq_map_view_measure;
  widget_class->size_allocate = dq_map_view_size_allocate;
  widget_class->snapshot = dq_map_view_snapshot;
  widget_class->query_tooltip = dq_map_view_query_tooltip;
  widget_class->focus = dq_map_view_focus;
  widget_class->state_flags_changed = dq_map_view_state_flags_changed;
  widget_class->css_changed = dq_map_view_css_changed;

  /**
   * DqMapView:map:
   *
   * The map shown. The view builds its scenes, and answers tooltips and
   * clicks from the map's hit-testing grid, so nothing else should build
   * scenes of the same map.
   */
  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, DQ_TYPE_MAP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqMapView:dark:
   *
   * Whether the map is drawn in its dark theme. It follows the style
   * manager, which sets it again whenever the style changes.
   */
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqMapView::activate-item:
   * @self: the view
   * @id: the id of a centre or event
   *
   * Emitted when a centre or an event is clicked, or activated with the
   * keyboard. Clusters are not items: activating one zooms in on it.
   */
  signals[SIGNAL_ACTIVATE_ITEM] =
    g_signal_new ("activate-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].keyval, 0,
                                           zoom_keys[i].action, NULL);
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].keyval, GDK_CONTROL_MASK,
                                           zoom_keys[i].action, NULL);
    }

  gtk_widget_class_install_action (widget_class, "map-view.focus-direction", "i",
                                   focus_direction_action);
  gtk_widget_class_install_action (widget_class, "map-view.focus-end", "b", focus_end_action);
  gtk_widget_class_install_action (widget_class, "map-view.activate", NULL, activate_action);
  for (guint i = 0; i < G_N_ELEMENTS (arrow_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, arrow_keys[i].keyval, 0,
                                         "map-view.focus-direction", "i",
                                         arrow_keys[i].direction);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0,
                                       "map-view.focus-end", "b", FALSE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0,
                                       "map-view.focus-end", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "map-view.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "map-view.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0,
                                       "map-view.activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "mapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dq_map_view_init (DqMapView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *motion;
  GtkEventController *scroll;
  GtkGesture *click;
  GtkGesture *drag;
  GtkGesture *zoom;

  self->entries = g_array_new (FALSE, FALSE, sizeof (FocusEntry));
  self->entry_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->frames = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  self->dark = adw_style_manager_get_dark (manager);
  self->focus_index = -1;
  self->hover_index = -1;
  gdk_rgba_parse (&self->accent, DQ_FOCUS_RING_DEFAULT_ACCENT);

  self->map_signals = g_signal_group_new (DQ_TYPE_MAP);
  g_signal_group_connect_object (self->map_signals, "changed",
                                 G_CALLBACK (on_map_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (manager, "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  update_accessible_label (self);
  update_accessible_description (self);
}

/**
 * dq_map_view_new:
 *
 * Returns: (transfer floating): a new map view, without a map
 */
GtkWidget *
dq_map_view_new (void)
{
  return g_object_new (DQ_TYPE_MAP_VIEW, NULL);
}

/**
 * dq_map_view_get_map:
 * @self: a #DqMapView
 *
 * Returns: (transfer none) (nullable): the map shown
 */
DqMap *
dq_map_view_get_map (DqMapView *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  return self->map;
}

void
dq_map_view_set_map (DqMapView *self,
                     DqMap     *map)
{
  g_return_if_fail (DQ_IS_MAP_VIEW (self));
  g_return_if_fail (map == NULL || DQ_IS_MAP (map));

  if (!g_set_object (&self->map, map))
    return;

  g_signal_group_set_target (self->map_signals, map);

  /* Another map's centres are not this one's. */
  g_clear_pointer (&self->focus_datum, g_free);
  self->dirty = TRUE;
  g_clear_object (&self->scene);
  ensure_scene (self);
  if (self->scene == NULL)
    {
      collect_entries (self);
      self->focus_index = -1;
      self->hover_index = -1;
      update_accessible_description (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP]);
}

gboolean
dq_map_view_get_dark (DqMapView *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), FALSE);

  return self->dark;
}

void
dq_map_view_set_dark (DqMapView *self,
                      gboolean   dark)
{
  g_return_if_fail (DQ_IS_MAP_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  ensure_scene (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

/**
 * dq_map_view_get_scene:
 * @self: a #DqMapView
 *
 * The scene on screen, laid out for the view's size and theme. If the map
 * has changed since, the scene is built again first, so that it is always
 * the map's latest.
 *
 * Returns: (transfer none) (nullable): the scene; %NULL before the view has
 *   a size or a map
 */
DqScene *
dq_map_view_get_scene (DqMapView *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  ensure_scene (self);

  return self->scene;
}

/**
 * dq_map_view_zoom_at:
 * @self: a #DqMapView
 * @factor: how much to enlarge, below 1 to reduce
 * @x: a point of the view that stays where it is
 * @y: a point of the view that stays where it is
 *
 * Zooms about a point, as the wheel does about the pointer: the place
 * under the point stays under it. The zoom is kept within
 * %DQ_MAP_MIN_ZOOM … %DQ_MAP_MAX_ZOOM.
 */
void
dq_map_view_zoom_at (DqMapView *self,
                     double     factor,
                     double     x,
                     double     y)
{
  g_return_if_fail (DQ_IS_MAP_VIEW (self));
  g_return_if_fail (factor > 0);

  if (self->map == NULL)
    return;

  zoom_to (self, dq_map_get_zoom (self->map) * factor, x, y, FALSE);
}

/**
 * dq_map_view_pan:
 * @self: a #DqMapView
 * @dx: how far to move the map to the right, in pixels
 * @dy: how far to move the map down, in pixels
 *
 * Moves the map as dragging it does. The centre of the view stays within
 * the two countries' box.
 */
void
dq_map_view_pan (DqMapView *self,
                 double     dx,
                 double     dy)
{
  double mid_x, mid_y, lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEW (self));

  if (self->map == NULL || !get_middle (self, &mid_x, &mid_y))
    return;

  dq_map_canvas_to_lonlat (self->map, mid_x - dx, mid_y - dy, &lon, &lat);
  clamp_center (self, &lon, &lat);
  dq_map_set_center (self->map, lon, lat);
}

/**
 * dq_map_view_reset:
 * @self: a #DqMapView
 *
 * Shows both countries whole again.
 */
void
dq_map_view_reset (DqMapView *self)
{
  DqProjection projection;
  DqViewport viewport;
  double min_lon, min_lat, max_lon, max_lat, lon, lat;

  g_return_if_fail (DQ_IS_MAP_VIEW (self));

  if (self->map == NULL)
    return;

  /* The centre of the fitted view, as the map starts with. */
  dq_projection_init_central_asia (&projection);
  dq_basemap_get_bounds (dq_map_get_basemap (self->map), &min_lon, &min_lat, &max_lon, &max_lat);
  dq_viewport_fit (&viewport, &projection, min_lon, min_lat, max_lon, max_lat, 0, 0, 0, 100, 100);
  dq_viewport_from_canvas (&viewport, 50, 50, &lon, &lat);

  dq_map_set_zoom (self->map, DQ_MAP_MIN_ZOOM);
  dq_map_set_center (self->map, lon, lat);
}

/**
 * dq_map_view_activate_datum:
 * @self: a #DqMapView
 * @datum: the datum of a centre, an event or a cluster
 *
 * Does what a click on the symbol does: zooms in on a cluster, or emits
 * #DqMapView::activate-item for a centre or an event.
 */
void
dq_map_view_activate_datum (DqMapView  *self,
                            const char *datum)
{
  g_autofree char *copy = g_strdup (datum);

  g_return_if_fail (DQ_IS_MAP_VIEW (self));
  g_return_if_fail (datum != NULL);

  if (self->map == NULL)
    return;

  /* The datum may belong to the scene that the zoom replaces. */
  if (g_str_has_prefix (copy, "cluster:"))
    expand_cluster (self, copy);
  else
    g_signal_emit (self, signals[SIGNAL_ACTIVATE_ITEM], 0, copy);
}

/**
 * dq_map_view_get_focused_datum:
 * @self: a #DqMapView
 *
 * Returns: (nullable): the datum of the centre, event or cluster that has
 *   the keyboard focus
 */
const char *
dq_map_view_get_focused_datum (DqMapView *self)
{
  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  return self->focus_index >= 0 ? self->focus_datum : NULL;
}

/**
 * dq_map_view_move_focus:
 * @self: a #DqMapView
 * @delta: +1 for the next symbol, -1 for the previous one
 *
 * Moves the keyboard focus through the centres, events and clusters from
 * west to east, and tells screen readers about the one it lands on. With
 * nothing focused, +1 focuses the first and -1 the last.
 *
 * Returns: %FALSE if there is no symbol that way
 */
gboolean
dq_map_view_move_focus (DqMapView *self,
                        int        delta)
{
  int n;
  int index;

  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (delta != 0, FALSE);

  ensure_scene (self);
  n = self->entries->len;
  if (n == 0)
    return FALSE;

  if (self->focus_index < 0)
    index = delta > 0 ? 0 : n - 1;
  else
    index = self->focus_index + delta;

  if (index < 0 || index >= n)
    return FALSE;

  set_focus_index (self, index);

  return TRUE;
}

/**
 * dq_map_view_describe_at:
 * @self: a #DqMapView
 * @x: a point in widget coordinates
 * @y: a point in widget coordinates
 *
 * Returns: (transfer full) (nullable): the tooltip for that point: the
 *   centre, event or cluster under it, else the region
 */
char *
dq_map_view_describe_at (DqMapView *self,
                         double     x,
                         double     y)
{
  const char *datum;
  const char *hasc;

  g_return_val_if_fail (DQ_IS_MAP_VIEW (self), NULL);

  ensure_scene (self);
  if (self->scene == NULL)
    return NULL;

  datum = dq_map_lookup (self->map, x, y);
  if (datum != NULL)
    return dq_map_view_describe_datum (self, datum);

  hasc = lookup_region (self, x, y);

  return hasc != NULL ? describe_region (self, hasc) : NULL;
}
