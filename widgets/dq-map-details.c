/* dq-map-details.c
 *
 * The map page's details of a centre or an event: everything the dataset
 * says about it, each fact with its source's words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-format.h"
#include "dq-map-details.h"
#include "dq-map-view-private.h"

struct _DqMapDetails
{
  GtkBox      parent_instance;

  /* Owned */
  DqDataset  *dataset;
  char       *title;
  /* The quotes shown, each once */
  GHashTable *quotes;

  DqLanguage  language;
};

G_DEFINE_FINAL_TYPE (DqMapDetails, dq_map_details, GTK_TYPE_BOX)

static void
set_title (DqMapDetails *self,
           const char   *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable labels would otherwise take the focus in turn, and select
   * their whole text when they get it. */
  gtk_widget_set_focusable (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return label;
}

static void
add_heading (DqMapDetails *self,
             const char   *text)
{
  GtkWidget *label = add_label (GTK_BOX (self), text, "heading");

  gtk_widget_set_margin_top (label, 8);
}

/* A quote from a source, and which document it is from. */
static void
add_quote (DqMapDetails *self,
           DqSource     *source)
{
  const char *quote = source != NULL ? dq_source_get_quote (source) : NULL;
  DqDocument *document;
  g_autofree char *quoted = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (quote == NULL || *quote == '\0')
    return;
  g_hash_table_add (self->quotes, (gpointer) quote);

  /* Translators: a quotation from a source document, in the quotation
   * marks of your language */
  quoted = g_strdup_printf (_("“%s”"), quote);
  document = dq_dataset_lookup_document (self->dataset, dq_source_get_document_id (source));
  if (document != NULL && dq_document_get_short (document) != NULL)
    markup = g_markup_printf_escaped ("<i>%s</i> — %s", quoted,
                                      dq_text_get (dq_document_get_short (document),
                                                   self->language));
  else
    markup = g_markup_printf_escaped ("<i>%s</i>", quoted);

  label = add_label (GTK_BOX (self), NULL, "dim-label");
  gtk_label_set_markup (GTK_LABEL (label), markup);
}

static void
add_figures (DqMapDetails *self,
             const char   *heading,
             GListModel   *figures)
{
  guint n = figures != NULL ? g_list_model_get_n_items (figures) : 0;

  if (n == 0)
    return;

  add_heading (self, heading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);
      g_autofree char *value = dq_format_figure_value (figure, self->language);
      g_autofree char *text = g_strdup_printf ("%s: %s",
                                               dq_text_get (dq_figure_get_label (figure),
                                                            self->language),
                                               value);

      add_label (GTK_BOX (self), text, NULL);
      add_quote (self, dq_figure_get_source (figure));
    }
}

static void
add_head (DqMapDetails       *self,
          const char         *kind,
          const char * const *group_ids,
          const char         *place_id)
{
  g_autofree char *groups = _dq_map_view_dup_groups (self->dataset, group_ids, self->language);
  g_autofree char *place = _dq_map_view_dup_place (self->dataset, place_id, self->language);
  g_autofree char *line = g_strdup_printf ("%s · %s", _dq_map_view_kind_name (kind,
                                                                              self->language),
                                           groups);
  DqPlace *located = place_id != NULL ? dq_dataset_lookup_place (self->dataset, place_id) : NULL;

  add_label (GTK_BOX (self), line, "dim-label");

  if (located != NULL && dq_place_is_located (located))
    add_label (GTK_BOX (self), place, NULL);
  else
    {
      g_autofree char *text = NULL;

      if (place != NULL)
        /* Translators: %s is a place the sources name without a position */
        text = g_strdup_printf (_("%s — not on the map: the sources give no position"), place);
      else
        text = g_strdup (_("Not on the map: the sources give no place"));
      add_label (GTK_BOX (self), text, NULL);
    }
}

static void
fill_centre (DqMapDetails *self,
             DqCentre     *centre)
{
  guint n_statements = dq_centre_get_n_statements (centre);

  set_title (self, dq_text_get (dq_centre_get_name (centre), self->language));
  add_head (self, dq_centre_kind_to_string (dq_centre_get_kind (centre)),
            dq_centre_get_group_ids (centre), dq_centre_get_place_id (centre));

  add_figures (self, _("Founded"), dq_centre_get_founded (centre));
  add_figures (self, _("Figures"), dq_centre_get_figures (centre));

  if (n_statements > 0)
    add_heading (self, _("What the Sources Say"));
  for (guint i = 0; i < n_statements; i++)
    {
      const DqStatement *statement = dq_centre_get_statement (centre, i);

      add_label (GTK_BOX (self), dq_text_get (statement->text, self->language), NULL);
      add_quote (self, statement->source);
    }

  /* The record's own source, unless a fact above has quoted it. */
  if (dq_centre_get_source (centre) != NULL &&
      !g_hash_table_contains (self->quotes,
                              dq_source_get_quote (dq_centre_get_source (centre))))
    {
      add_heading (self, _("Source"));
      add_quote (self, dq_centre_get_source (centre));
    }
}

static void
fill_event (DqMapDetails *self,
            DqEvent      *event)
{
  const DqText *description = dq_event_get_description (event);
  int year = 0, month = 0, day = 0;

  set_title (self, dq_text_get (dq_event_get_name (event), self->language));
  add_head (self, DQ_MAP_KIND_CONFLICT, dq_event_get_group_ids (event),
            dq_event_get_place_id (event));

  dq_event_get_date (event, &year, &month, &day);
  if (year > 0 || month > 0)
    {
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;

      if (year > 0 && month > 0 && day > 0)
        date = g_strdup_printf ("%02d.%02d.%04d", day, month, year);
      else if (year > 0 && month > 0)
        date = g_strdup_printf ("%02d.%04d", month, year);
      else if (year > 0)
        date = g_strdup_printf ("%d", year);
      else if (day > 0)
        /* Translators: a date whose year the source does not give, e.g.
         * “27.10, year not given” */
        date = g_strdup_printf (_("%02d.%02d, year not given"), day, month);
      else
        /* Translators: a month whose year the source does not give */
        date = g_strdup_printf (_("month %02d, year not given"), month);

      /* Translators: %s is a date */
      text = g_strdup_printf (_("Date: %s"), date);
      add_label (GTK_BOX (self), text, NULL);
    }

  if (description != NULL)
    add_label (GTK_BOX (self), dq_text_get (description, self->language), NULL);

  add_figures (self, _("Figures"), dq_event_get_figures (event));

  if (dq_event_get_source (event) != NULL &&
      !g_hash_table_contains (self->quotes,
                              dq_source_get_quote (dq_event_get_source (event))))
    {
      add_heading (self, _("Source"));
      add_quote (self, dq_event_get_source (event));
    }
}

static void
dq_map_details_dispose (GObject *object)
{
  DqMapDetails *self = DQ_MAP_DETAILS (object);

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_map_details_parent_class)->dispose (object);
}

static void
dq_map_details_finalize (GObject *object)
{
  DqMapDetails *self = DQ_MAP_DETAILS (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->quotes, g_hash_table_unref);

  G_OBJECT_CLASS (dq_map_details_parent_class)->finalize (object);
}

static void
dq_map_details_class_init (DqMapDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_map_details_dispose;
  object_class->finalize = dq_map_details_finalize;

  gtk_widget_class_set_css_name (widget_class, "mapdetails");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_map_details_init (DqMapDetails *self)
{
  self->quotes = g_hash_table_new (g_str_hash, g_str_equal);
  self->language = dq_language_get_default ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
}

/**
 * dq_map_details_new:
 *
 * Returns: (transfer floating): new, empty details
 */
GtkWidget *
dq_map_details_new (void)
{
  return g_object_new (DQ_TYPE_MAP_DETAILS, NULL);
}

/**
 * dq_map_details_show:
 * @self: a #DqMapDetails
 * @dataset: (nullable): the dataset @item is from
 * @language: the language of the dataset's text
 * @item: (nullable): a #DqCentre or #DqEvent, or %NULL to show nothing
 *
 * Shows everything the dataset says about a centre or an event, each fact
 * with its source's words.
 */
void
dq_map_details_show (DqMapDetails *self,
                     DqDataset    *dataset,
                     DqLanguage    language,
                     GObject      *item)
{
  GtkWidget *child;

  g_return_if_fail (DQ_IS_MAP_DETAILS (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));
  g_return_if_fail (item == NULL || DQ_IS_CENTRE (item) || DQ_IS_EVENT (item));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  g_hash_table_remove_all (self->quotes);
  g_clear_pointer (&self->title, g_free);

  g_set_object (&self->dataset, dataset);
  self->language = language;
  if (dataset == NULL)
    return;

  if (DQ_IS_CENTRE (item))
    fill_centre (self, DQ_CENTRE (item));
  else if (DQ_IS_EVENT (item))
    fill_event (self, DQ_EVENT (item));
}

/**
 * dq_map_details_get_title:
 * @self: a #DqMapDetails
 *
 * Returns: (nullable): the name of the centre or event shown
 */
const char *
dq_map_details_get_title (DqMapDetails *self)
{
  g_return_val_if_fail (DQ_IS_MAP_DETAILS (self), NULL);

  return self->title;
}
