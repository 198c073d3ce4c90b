/* dq-map-page.c
 *
 * The Map page: the schematic map of centres and events across Kazakhstan
 * and Uzbekistan, with a side panel to search and filter it, to choose a
 * diaspora to highlight, to read what the sources say about a centre, and
 * to list what the map cannot place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-export-dialog.h"
#include "dq-map-details.h"
#include "dq-map-page.h"
#include "dq-map-view-private.h"

struct _DqMapPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkDropDown       *country_dropdown;
  GtkBox            *details_box;
  DqMapDetails      *details_content;
  GtkLabel          *details_title;
  GtkDropDown       *group_dropdown;
  GtkStringList     *group_names;
  GtkBox            *kinds_box;
  GtkDropDown       *language_dropdown;
  DqMapView         *map_view;
  /* Bound so that disposing the template unparents it */
  AdwFlap           *flap;
  GtkDropDown       *regions_dropdown;
  GtkSearchEntry    *search_entry;
  GtkCheckButton    *shares_check;
  GtkScrolledWindow *side_scroller;
  GtkLabel          *unlocated_label;
  GtkNoSelection    *unlocated_selection;
  GtkListView       *unlocated_view;

  /* Owned */
  DqDataset         *dataset;
  DqMap             *map;
  /* char *, the group ids of the dropdown; NULL first, for all groups */
  GPtrArray         *group_ids;
  /* GtkCheckButton, borrowed, in the order of dq_map_list_kinds() */
  GPtrArray         *kind_buttons;
  /* The DqCentre or DqEvent whose details are shown */
  GObject           *details_item;

  DqLanguage         language;
  /* Set while the page fills its dropdowns, which then must not act */
  gboolean           updating;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_MAP_LANGUAGE,
  PROP_GROUP,
  N_PROPS
};

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqMapPage, dq_map_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of the country dropdown. */
static const char * const countries[] = { NULL, "KZ", "UZ" };

/* What the kind filter calls each kind of centre, in the interface
 * language. */
static const char * const kind_labels[] = {
  [DQ_CENTRE_ETHNOCULTURAL_CENTRE] = N_("Ethno-cultural centres"),
  [DQ_CENTRE_ASSOCIATION] = N_("Ethno-cultural associations"),
  [DQ_CENTRE_CULTURAL_CENTRE] = N_("Cultural centres"),
  [DQ_CENTRE_FRIENDSHIP_HOUSE] = N_("Friendship Houses"),
  [DQ_CENTRE_CONFUCIUS_INSTITUTE] = N_("Confucius Institutes"),
  [DQ_CENTRE_MEMORIAL] = N_("Memorials"),
  [DQ_CENTRE_INSTITUTION] = N_("Institutions"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_labels) == DQ_N_CENTRE_KINDS);

static const struct
{
  guint           keyval;
  GdkModifierType modifiers;
  const char     *action;
} page_shortcuts[] = {
  { GDK_KEY_e, GDK_CONTROL_MASK, "map.export" },
  { GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in" },
  { GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in" },
  { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "map.zoom-in" },
  { GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out" },
  { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "map.zoom-out" },
  { GDK_KEY_0, GDK_CONTROL_MASK, "map.reset" },
  { GDK_KEY_KP_0, GDK_CONTROL_MASK, "map.reset" },
};

static void
toast (DqMapPage  *self,
       const char *message)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}

static void
update_actions (DqMapPage *self)
{
  gboolean has_data = self->dataset != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-in", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-out", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.reset", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.close-details",
                                 self->details_item != NULL);
}

/* Groups */

static char *
capitalize (const char *text)
{
  gunichar first = g_unichar_totitle (g_utf8_get_char (text));
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (first, buffer);

  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static gboolean
group_is_mapped (DqDataset  *dataset,
                 const char *group_id)
{
  GListModel *centres = dq_dataset_get_centres (dataset);
  GListModel *events = dq_dataset_get_events (dataset);
  DqGroup *group = dq_dataset_lookup_group (dataset, group_id);

  if (group != NULL && dq_group_get_n_concentrations (group) > 0)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr(DqCentre) centre = g_list_model_get_item (centres, i);
      const char * const *ids = dq_centre_get_group_ids (centre);

      if (ids != NULL && g_strv_contains (ids, group_id))
        return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DqEvent) event = g_list_model_get_item (events, i);
      const char * const *ids = dq_event_get_group_ids (event);

      if (ids != NULL && g_strv_contains (ids, group_id))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  char *id;
  char *name;
  char *key;
} GroupEntry;

static int
compare_group_entries (gconstpointer a,
                       gconstpointer b)
{
  const GroupEntry *ea = a;
  const GroupEntry *eb = b;

  return strcmp (ea->key, eb->key);
}

static void
group_entry_clear (gpointer data)
{
  GroupEntry *entry = data;

  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->key);
}

/* Lists the groups that have centres, events or regions of concentration
 * on the map, by name in the interface language. */
static void
update_groups (DqMapPage *self)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (GroupEntry));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *selected = dq_map_get_group (self->map);
  DqLanguage ui_language = dq_language_get_default ();
  guint position = 0;

  g_array_set_clear_func (entries, group_entry_clear);

  if (self->dataset != NULL)
    {
      GListModel *groups = dq_dataset_get_groups (self->dataset);

      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(DqGroup) group = g_list_model_get_item (groups, i);
          GroupEntry entry;

          if (!group_is_mapped (self->dataset, dq_group_get_id (group)))
            continue;

          entry.id = g_strdup (dq_group_get_id (group));
          entry.name = capitalize (dq_text_get (dq_group_get_name (group), ui_language));
          entry.key = g_utf8_collate_key (entry.name, -1);
          g_array_append_val (entries, entry);
        }
    }
  g_array_sort (entries, compare_group_entries);

  g_ptr_array_set_size (self->group_ids, 0);
  g_ptr_array_add (self->group_ids, NULL);
  g_ptr_array_add (names, (gpointer) _("All groups"));
  for (guint i = 0; i < entries->len; i++)
    {
      GroupEntry *entry = &g_array_index (entries, GroupEntry, i);

      if (g_strcmp0 (entry->id, selected) == 0)
        position = i + 1;
      g_ptr_array_add (self->group_ids, g_strdup (entry->id));
      g_ptr_array_add (names, entry->name);
    }
  g_ptr_array_add (names, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->group_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->group_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->group_dropdown, position);
  self->updating = FALSE;

  /* A group no longer listed is no longer selected. */
  dq_map_set_group (self->map, g_ptr_array_index (self->group_ids, position));
}

static void
on_group_dropdown_notify_selected_cb (DqMapPage   *self,
                                      GParamSpec  *pspec,
                                      GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected >= self->group_ids->len)
    return;

  dq_map_set_group (self->map, g_ptr_array_index (self->group_ids, selected));
}

static void
rebind_unlocated (DqMapPage *self)
{
  gtk_no_selection_set_model (self->unlocated_selection, NULL);
  gtk_no_selection_set_model (self->unlocated_selection, dq_map_get_unlocated (self->map));
}

static void
on_map_notify_group_cb (DqMapPage  *self,
                        GParamSpec *pspec,
                        DqMap      *map)
{
  /* The rows of other groups step back, as their symbols do. */
  rebind_unlocated (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

/* Filters */

static void
on_search_entry_search_changed_cb (DqMapPage      *self,
                                   GtkSearchEntry *entry)
{
  dq_map_set_search_text (self->map, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_country_dropdown_notify_selected_cb (DqMapPage   *self,
                                        GParamSpec  *pspec,
                                        GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < G_N_ELEMENTS (countries))
    dq_map_set_country (self->map, countries[selected]);
}

static void
on_regions_dropdown_notify_selected_cb (DqMapPage   *self,
                                        GParamSpec  *pspec,
                                        GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The dropdown lists the divisions in the order of DqMapRegions. */
  if (selected == DQ_MAP_REGIONS_2024 || selected == DQ_MAP_REGIONS_PRE_2018)
    dq_map_set_regions (self->map, selected);
}

static void
on_map_notify_regions_cb (DqMapPage *self)
{
  gtk_drop_down_set_selected (self->regions_dropdown, dq_map_get_regions (self->map));
}

/* The shares are given for today's regions only. */
static gboolean
regions_to_shares_sensitive (GBinding     *binding,
                             const GValue *from,
                             GValue       *to,
                             gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == DQ_MAP_REGIONS_2024);
  return TRUE;
}

static void
on_kind_button_toggled_cb (DqMapPage      *self,
                           GtkCheckButton *button)
{
  const char * const *kinds = dq_map_list_kinds ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; i < self->kind_buttons->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->kind_buttons, i)))
        g_ptr_array_add (shown, (gpointer) kinds[i]);
    }

  /* Every kind is no filter at all, and stays so when a kind is added. */
  if (shown->len == self->kind_buttons->len)
    {
      dq_map_set_kinds (self->map, NULL);
      return;
    }

  g_ptr_array_add (shown, NULL);
  dq_map_set_kinds (self->map, (const char * const *) shown->pdata);
}

static const char *
kind_label (const char *kind)
{
  DqCentreKind centre_kind;

  if (dq_centre_kind_from_string (kind, &centre_kind))
    return _(kind_labels[centre_kind]);
  if (g_str_equal (kind, DQ_MAP_KIND_CONFLICT))
    return _("Conflicts");

  return kind;
}

static void
add_kind_buttons (DqMapPage *self)
{
  const char * const *kinds = dq_map_list_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (kind_label (kinds[i]));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
      gtk_widget_set_name (button, kinds[i]);
      g_signal_connect_object (button, "toggled",
                               G_CALLBACK (on_kind_button_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->kinds_box, button);
      g_ptr_array_add (self->kind_buttons, button);
    }
}

/* Details */

static void
update_details (DqMapPage *self)
{
  if (self->dataset == NULL)
    g_clear_object (&self->details_item);

  dq_map_details_show (self->details_content, self->dataset, self->language, self->details_item);
  gtk_label_set_label (self->details_title, dq_map_details_get_title (self->details_content));

  gtk_widget_set_visible (GTK_WIDGET (self->details_box), self->details_item != NULL);
  update_actions (self);
}

static void
on_map_view_activate_item_cb (DqMapPage *self,
                              GObject   *item,
                              DqMapView *view)
{
  dq_map_page_show_details (self, item);
}

/* Not located */

static void
update_unlocated_label (DqMapPage *self)
{
  guint n = g_list_model_get_n_items (dq_map_get_unlocated (self->map));

  if (n == 0)
    gtk_label_set_label (self->unlocated_label,
                         _("Every centre and event shown has a position in the sources."));
  else
    gtk_label_set_label (self->unlocated_label,
                         _("These are not drawn, because the sources give no position for "
                           "them. Select one to read what is known."));
}

static void
on_unlocated_items_changed_cb (DqMapPage  *self,
                               guint       position,
                               guint       removed,
                               guint       added,
                               GListModel *model)
{
  update_unlocated_label (self);
}

static void
on_unlocated_factory_setup_cb (DqMapPage                *self,
                               GtkListItem              *item,
                               GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_list_item_set_child (item, box);
}

static void
on_unlocated_factory_bind_cb (DqMapPage                *self,
                              GtkListItem              *item,
                              GtkSignalListItemFactory *factory)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *kind = gtk_widget_get_next_sibling (name);
  const char *selected = dq_map_get_group (self->map);
  const char * const *group_ids;
  g_autofree char *groups = NULL;
  g_autofree char *line = NULL;

  if (DQ_IS_CENTRE (object))
    {
      DqCentre *centre = DQ_CENTRE (object);
      const char *kind_nick = dq_centre_kind_to_string (dq_centre_get_kind (centre));

      group_ids = dq_centre_get_group_ids (centre);
      groups = _dq_map_view_dup_groups (self->dataset, dq_centre_get_group_ids (centre),
                                        self->language);
      line = g_strdup_printf ("%s · %s", _dq_map_view_kind_name (kind_nick, self->language),
                              groups);
      gtk_label_set_label (GTK_LABEL (name), dq_text_get (dq_centre_get_name (centre),
                                                          self->language));
    }
  else
    {
      DqEvent *event = DQ_EVENT (object);

      group_ids = dq_event_get_group_ids (event);
      groups = _dq_map_view_dup_groups (self->dataset, dq_event_get_group_ids (event),
                                        self->language);
      line = g_strdup_printf ("%s · %s", _dq_map_view_kind_name (DQ_MAP_KIND_CONFLICT,
                                                                 self->language), groups);
      gtk_label_set_label (GTK_LABEL (name), dq_text_get (dq_event_get_name (event),
                                                          self->language));
    }

  gtk_label_set_label (GTK_LABEL (kind), line);

  if (selected == NULL || (group_ids != NULL && g_strv_contains (group_ids, selected)))
    gtk_widget_remove_css_class (name, "dim-label");
  else
    gtk_widget_add_css_class (name, "dim-label");
}

static void
on_unlocated_view_activate_cb (DqMapPage   *self,
                               guint        position,
                               GtkListView *view)
{
  g_autoptr(GObject) object = g_list_model_get_item (dq_map_get_unlocated (self->map), position);

  dq_map_page_show_details (self, object);
}

/* Language */

static void
on_language_dropdown_notify_selected_cb (DqMapPage   *self,
                                         GParamSpec  *pspec,
                                         GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < DQ_N_LANGUAGES)
    dq_map_page_set_map_language (self, selected);
}

/* Actions */

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DqMapPage *self = DQ_MAP_PAGE (widget);

  /* The view does the zooming; the page has the actions too, for its
   * toolbar and its shortcuts. */
  gtk_widget_activate_action_variant (GTK_WIDGET (self->map_view), action_name, param);
}

static void
close_details_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  dq_map_page_show_details (DQ_MAP_PAGE (widget), NULL);
}

static void
on_export_dialog_exported_cb (DqMapPage      *self,
                              GFile          *file,
                              DqExportDialog *dialog)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported %s"), name);
  toast (self, message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqMapPage *self = DQ_MAP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  DqExportDialog *dialog;

  if (self->dataset == NULL)
    return;

  dialog = dq_export_dialog_new_for_map (self->map, self->language);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "exported",
                           G_CALLBACK (on_export_dialog_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
dq_map_page_dispose (GObject *object)
{
  DqMapPage *self = DQ_MAP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_MAP_PAGE);
  g_clear_object (&self->details_item);
  g_clear_object (&self->map);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_map_page_parent_class)->dispose (object);
}

static void
dq_map_page_finalize (GObject *object)
{
  DqMapPage *self = DQ_MAP_PAGE (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_pointer (&self->kind_buttons, g_ptr_array_unref);


  G_OBJECT_CLASS (dq_map_page_parent_class)->finalize (object);
}

static void
dq_map_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DqMapPage *self = DQ_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_MAP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;

    case PROP_GROUP:
      g_value_set_string (value, dq_map_page_get_group (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DqMapPage *self = DQ_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_map_page_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_MAP_LANGUAGE:
      dq_map_page_set_map_language (self, g_value_get_enum (value));
      break;

    case PROP_GROUP:
      dq_map_page_set_group (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_map_page_class_init (DqMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_map_page_dispose;
  object_class->finalize = dq_map_page_finalize;
  object_class->get_property = dq_map_page_get_property;
  object_class->set_property = dq_map_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqMapPage:map-language:
   *
   * The #DqLanguage of the map, its details and its exports, independent of
   * the interface's; it starts as the interface language.
   */
  properties[PROP_MAP_LANGUAGE] =
    g_param_spec_enum ("map-language", NULL, NULL, DQ_TYPE_LANGUAGE, DQ_LANGUAGE_EN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqMapPage:group:
   *
   * The id of the diaspora highlighted, or %NULL for none.
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqMapPage::toast:
   * @self: the page
   * @message: what to tell the user
   *
   * Asks the window to show a short message, such as that the map was
   * exported.
   */
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "map.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "map.close-details", NULL,
                                   close_details_action);
  for (guint i = 0; i < G_N_ELEMENTS (page_shortcuts); i++)
    gtk_widget_class_add_binding_action (widget_class, page_shortcuts[i].keyval,
                                         page_shortcuts[i].modifiers, page_shortcuts[i].action,
                                         NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dq-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, details_content);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, details_title);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, group_names);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, flap);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, regions_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, shares_check);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, side_scroller);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, unlocated_label);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, unlocated_selection);
  gtk_widget_class_bind_template_child (widget_class, DqMapPage, unlocated_view);
  gtk_widget_class_bind_template_callback (widget_class, on_country_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_regions_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_group_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_view_activate_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unlocated_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unlocated_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unlocated_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mappage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_map_page_init (DqMapPage *self)
{
  GtkEventController *shortcuts;

  g_type_ensure (DQ_TYPE_MAP_DETAILS);
  g_type_ensure (DQ_TYPE_MAP_VIEW);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->kind_buttons = g_ptr_array_new ();
  self->language = dq_language_get_default ();

  /* The class's shortcuts work while the focus is inside the page; these
   * make them work from anywhere in the window, such as the header bar,
   * for the page on screen. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (page_shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (page_shortcuts[i].keyval,
                                                            page_shortcuts[i].modifiers);
      GtkShortcutAction *action = gtk_named_action_new (page_shortcuts[i].action);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->map = dq_map_new (NULL);
  dq_map_set_language (self->map, self->language);
  g_signal_connect_object (self->map, "notify::group",
                           G_CALLBACK (on_map_notify_group_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dq_map_get_unlocated (self->map), "items-changed",
                           G_CALLBACK (on_unlocated_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map, "notify::regions",
                           G_CALLBACK (on_map_notify_regions_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->map, "shares", self->shares_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->map, "regions", self->shares_check, "sensitive",
                               G_BINDING_SYNC_CREATE, regions_to_shares_sensitive, NULL, NULL,
                               NULL);
  dq_map_view_set_map (self->map_view, self->map);
  gtk_no_selection_set_model (self->unlocated_selection, dq_map_get_unlocated (self->map));

  gtk_drop_down_set_selected (self->language_dropdown, self->language);
  add_kind_buttons (self);
  update_groups (self);
  update_unlocated_label (self);
  update_details (self);
}

GtkWidget *
dq_map_page_new (void)
{
  return g_object_new (DQ_TYPE_MAP_PAGE, NULL);
}

/**
 * dq_map_page_get_dataset:
 * @self: a #DqMapPage
 *
 * Returns: (transfer none) (nullable): the dataset whose centres are shown
 */
DqDataset *
dq_map_page_get_dataset (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return self->dataset;
}

void
dq_map_page_set_dataset (DqMapPage *self,
                         DqDataset *dataset)
{
  g_return_if_fail (DQ_IS_MAP_PAGE (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  dq_map_set_dataset (self->map, dataset);
  update_groups (self);
  g_clear_object (&self->details_item);
  update_details (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

DqLanguage
dq_map_page_get_map_language (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), DQ_LANGUAGE_EN);

  return self->language;
}

/**
 * dq_map_page_set_map_language:
 * @self: a #DqMapPage
 * @language: the language of the map
 *
 * Shows the map, its details and its exports in @language, as the
 * “Map language” menu does.
 */
void
dq_map_page_set_map_language (DqMapPage  *self,
                              DqLanguage  language)
{
  g_return_if_fail (DQ_IS_MAP_PAGE (self));
  g_return_if_fail (language < DQ_N_LANGUAGES);

  if (self->language == language)
    return;

  self->language = language;
  gtk_drop_down_set_selected (self->language_dropdown, language);
  dq_map_set_language (self->map, language);

  /* The rows and the details are bound in the map language. */
  rebind_unlocated (self);
  update_details (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_LANGUAGE]);
}

/**
 * dq_map_page_get_group:
 * @self: a #DqMapPage
 *
 * Returns: (nullable): the id of the diaspora highlighted
 */
const char *
dq_map_page_get_group (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return dq_map_get_group (self->map);
}

/**
 * dq_map_page_set_group:
 * @self: a #DqMapPage
 * @group_id: (nullable): the id of a group the page lists, or %NULL
 *
 * Chooses a diaspora in the dropdown: the map highlights its regions of
 * concentration and its centres. A group with nothing on the map is not
 * listed, and choosing it chooses none.
 */
void
dq_map_page_set_group (DqMapPage  *self,
                       const char *group_id)
{
  guint position = 0;

  g_return_if_fail (DQ_IS_MAP_PAGE (self));

  for (guint i = 1; i < self->group_ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->group_ids, i), group_id) == 0)
        position = i;
    }

  gtk_drop_down_set_selected (self->group_dropdown, position);
}

/**
 * dq_map_page_set_kind_shown:
 * @self: a #DqMapPage
 * @kind: one of dq_map_list_kinds()
 * @shown: whether to show it
 *
 * Ticks or clears a kind in the kind filter.
 */
void
dq_map_page_set_kind_shown (DqMapPage  *self,
                            const char *kind,
                            gboolean    shown)
{
  const char * const *kinds = dq_map_list_kinds ();

  g_return_if_fail (DQ_IS_MAP_PAGE (self));
  g_return_if_fail (kind != NULL);

  for (guint i = 0; i < self->kind_buttons->len; i++)
    {
      if (g_str_equal (kinds[i], kind))
        {
          gtk_check_button_set_active (g_ptr_array_index (self->kind_buttons, i), shown);
          return;
        }
    }

  g_critical ("%s: unknown kind “%s”", G_STRFUNC, kind);
}

/**
 * dq_map_page_get_map:
 * @self: a #DqMapPage
 *
 * Returns: (transfer none): the map the page shows and filters
 */
DqMap *
dq_map_page_get_map (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return self->map;
}

/**
 * dq_map_page_get_map_view:
 * @self: a #DqMapPage
 *
 * Returns: (transfer none): the view that draws the map
 */
DqMapView *
dq_map_page_get_map_view (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return self->map_view;
}

/**
 * dq_map_page_get_unlocated:
 * @self: a #DqMapPage
 *
 * Returns: (transfer none): the rows of the “Not on the map” list
 */
GListModel *
dq_map_page_get_unlocated (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return G_LIST_MODEL (self->unlocated_selection);
}

/**
 * dq_map_page_show_details:
 * @self: a #DqMapPage
 * @item: (nullable): a #DqCentre or #DqEvent of the page's dataset, or
 *   %NULL to close
 *
 * Shows everything the dataset says about a centre or an event in the
 * side panel, each fact with its source's words.
 */
void
dq_map_page_show_details (DqMapPage *self,
                          GObject   *item)
{
  g_return_if_fail (DQ_IS_MAP_PAGE (self));
  g_return_if_fail (item == NULL || DQ_IS_CENTRE (item) || DQ_IS_EVENT (item));

  g_set_object (&self->details_item, item);
  update_details (self);

  /* The details are at the top of the panel, which a narrow window shows
   * over the map. */
  if (self->details_item != NULL)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->side_scroller), 0);
      if (adw_flap_get_folded (self->flap))
        adw_flap_set_reveal_flap (self->flap, TRUE);
    }
}

/**
 * dq_map_page_get_details_item:
 * @self: a #DqMapPage
 *
 * Returns: (transfer none) (nullable): the centre or event whose details
 *   are shown
 */
GObject *
dq_map_page_get_details_item (DqMapPage *self)
{
  g_return_val_if_fail (DQ_IS_MAP_PAGE (self), NULL);

  return self->details_item;
}
