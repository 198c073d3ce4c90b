/* dq-event-list.c
 *
 * The data of a timeline shown as a table: one row per event the chart
 * draws, in its order, with its date, kind, description and the document
 * and quote that state it, as the event's tooltip says them. The text can
 * be selected and copied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dq-event-list.h"
#include "dq-event.h"

struct _DqEventList
{
  GtkWidget   parent_instance;

  GListStore *events;
  DqChart    *chart;
  DqLanguage  language;
};

G_DEFINE_FINAL_TYPE (DqEventList, dq_event_list, GTK_TYPE_WIDGET)

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DqEventList              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DqEventList              *self)
{
  DqEvent *event = DQ_EVENT (gtk_list_item_get_item (item));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *text = NULL;
  const char *first_break;
  PangoAttribute *bold;

  if (self->chart != NULL)
    text = dq_chart_describe_event (self->chart, event, self->language);
  gtk_label_set_label (label, text);

  /* The first line, the event's name and date, in bold to scan by. */
  first_break = text != NULL ? strchr (text, '\n') : NULL;
  bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  bold->start_index = 0;
  bold->end_index = first_break != NULL ? (guint) (first_break - text) : G_MAXUINT;
  pango_attr_list_insert (attributes, bold);
  gtk_label_set_attributes (label, attributes);
}

static void
dq_event_list_dispose (GObject *object)
{
  DqEventList *self = DQ_EVENT_LIST (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->events);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (dq_event_list_parent_class)->dispose (object);
}

static void
dq_event_list_class_init (DqEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_event_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_event_list_init (DqEventList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;

  self->events = g_list_store_new (DQ_TYPE_EVENT);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              G_LIST_MODEL (g_object_ref (self->events)))),
                            factory);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events of the timeline"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

/**
 * dq_event_list_new:
 *
 * Returns: (transfer floating): an empty list
 */
GtkWidget *
dq_event_list_new (void)
{
  return g_object_new (DQ_TYPE_EVENT_LIST, NULL);
}

/**
 * dq_event_list_set_chart:
 * @self: the list
 * @chart: (nullable): a chart, whose events are listed (none unless it is
 *   a timeline)
 * @language: the language of the text
 *
 * Lists the events @chart draws, after its filter, in its order.
 */
void
dq_event_list_set_chart (DqEventList *self,
                         DqChart     *chart,
                         DqLanguage   language)
{
  GPtrArray *events;

  g_return_if_fail (DQ_IS_EVENT_LIST (self));
  g_return_if_fail (chart == NULL || DQ_IS_CHART (chart));

  g_set_object (&self->chart, chart);
  self->language = language;
  events = chart != NULL && dq_chart_get_kind (chart) == DQ_CHART_TIMELINE
           ? dq_chart_get_events (chart) : NULL;
  /* Splicing every row anew binds them again, in the new language too. */
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       events != NULL ? events->pdata : NULL, events != NULL ? events->len : 0);
}

/**
 * dq_event_list_get_n_events:
 * @self: the list
 *
 * Returns: the number of events listed
 */
guint
dq_event_list_get_n_events (DqEventList *self)
{
  g_return_val_if_fail (DQ_IS_EVENT_LIST (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->events));
}
