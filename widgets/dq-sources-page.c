/* dq-sources-page.c
 *
 * The Sources page: the documents of the dataset, and for each one every
 * figure that cites it, with its quote; searchable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-citation.h"
#include "dq-format.h"
#include "dq-sources-page.h"

struct _DqSourcesPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkLabel           *details_label;
  GtkSingleSelection *documents_selection;
  GtkListView        *documents_view;
  GtkColumnView      *figures_view;
  GtkFilterListModel *figures_filter_model;
  AdwFlap            *flap;
  GtkLabel           *release_label;
  GtkStack           *results_stack;
  GtkSearchEntry     *search_entry;
  GtkCustomFilter    *search_filter;
  GtkLabel           *title_label;

  /* Owned */
  DqDataset          *dataset;
  char               *search;
};

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqSourcesPage, dq_sources_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
figure_matches (gpointer item,
                gpointer user_data)
{
  DqSourcesPage *self = user_data;
  DqFigure *figure = item;
  g_autofree char *quote = NULL;
  g_autofree char *display = NULL;

  if (self->search == NULL)
    return TRUE;

  if (dq_text_contains_casefold (dq_figure_get_label (figure), self->search) ||
      dq_text_contains_casefold (dq_figure_get_note (figure), self->search) ||
      dq_text_contains_casefold (dq_figure_get_gap (figure), self->search))
    return TRUE;

  {
    /* A quote, or for a table cell its publication. */
    g_autofree char *citation = dq_source_dup_citation (dq_figure_get_source (figure));

    quote = g_utf8_casefold (citation, -1);
    if (strstr (quote, self->search) != NULL)
      return TRUE;
  }

  display = dq_format_figure_value (figure, dq_language_get_default ());

  return strstr (display, self->search) != NULL ||
         strstr (dq_figure_get_id (figure), self->search) != NULL;
}

static void
update_results (DqSourcesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures_filter_model));

  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "figures" : "empty");
}

static void
on_search_entry_search_changed_cb (DqSourcesPage  *self,
                                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->search, g_free);
  if (text[0] != '\0')
    {
      g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

      self->search = g_utf8_casefold (normalized, -1);
    }

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

static void
show_document (DqSourcesPage *self,
               DqDocument    *document)
{
  g_autoptr(GString) details = g_string_new (NULL);
  const char * const *authors;
  guint n_figures;

  if (document == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->details_label, "");
      gtk_filter_list_model_set_model (self->figures_filter_model, NULL);
      update_results (self);
      return;
    }

  gtk_label_set_label (self->title_label, dq_document_get_title (document));

  authors = dq_document_get_authors (document);
  if (authors[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (GStrv) authors);
      g_autofree char *escaped = g_markup_escape_text (joined, -1);

      g_string_append (details, escaped);
    }

  if (dq_document_get_publisher (document) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (dq_document_get_publisher (document), -1);

      if (details->len > 0)
        g_string_append (details, " · ");
      g_string_append (details, escaped);
    }

  if (dq_document_get_year (document) != 0)
    g_string_append_printf (details, "%s%d", details->len > 0 ? " · " : "",
                            dq_document_get_year (document));

  if (dq_document_get_licence (document) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (dq_document_get_licence (document), -1);

      /* Translators: the licence of a source document, e.g. "Licence: CC BY 4.0" */
      g_string_append_printf (details, "%s%s %s", details->len > 0 ? " · " : "",
                              _("Licence:"), escaped);
    }

  if (dq_document_get_url (document) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (dq_document_get_url (document), -1);

      g_string_append_printf (details, "\n<a href=\"%s\">%s</a>", escaped, escaped);
    }

  n_figures = g_list_model_get_n_items (dq_document_get_figures (document));
  g_string_append_c (details, '\n');
  g_string_append_printf (details,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u figure cites this document",
                                       "%u figures cite this document",
                                       n_figures),
                          n_figures);

  gtk_label_set_markup (self->details_label, details->str);
  gtk_filter_list_model_set_model (self->figures_filter_model, dq_document_get_figures (document));
  update_results (self);
}

static void
on_documents_selection_notify_selected_item_cb (DqSourcesPage      *self,
                                                GParamSpec         *pspec,
                                                GtkSingleSelection *selection)
{
  show_document (self, gtk_single_selection_get_selected_item (selection));

  /* In a narrow window the list covers the figures: a choice shows them. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* "Dataset version 2026.12, released 2026-12-06", when its files say. */
static void
update_release (DqSourcesPage *self)
{
  const char *version = self->dataset != NULL ? dq_dataset_get_release_version (self->dataset)
                                              : NULL;
  GDateTime *date = self->dataset != NULL ? dq_dataset_get_release_date (self->dataset) : NULL;
  g_autofree char *day = date != NULL ? g_date_time_format (date, "%Y-%m-%d") : NULL;
  g_autofree char *text = NULL;

  if (version != NULL && day != NULL)
    /* Translators: the bundled dataset's version and the day it was released, as 2026-12-06 */
    text = g_strdup_printf (_("Dataset version %s, released %s"), version, day);

  gtk_label_set_label (self->release_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->release_label), text != NULL);
}

static void
copy_citation (DqSourcesPage *self,
               char          *citation)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), citation);
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, _("Citation copied"));
  g_free (citation);
}

static void
copy_document_citation_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (widget);
  DqDocument *document = gtk_single_selection_get_selected_item (self->documents_selection);

  if (document == NULL)
    return;

  if (g_str_equal (g_variant_get_string (param, NULL), "bibtex"))
    copy_citation (self, dq_citation_document_bibtex (document));
  else
    copy_citation (self, dq_citation_document_text (document));
}

static void
copy_dataset_citation_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (widget);

  if (self->dataset == NULL)
    return;

  if (g_str_equal (g_variant_get_string (param, NULL), "bibtex"))
    copy_citation (self, dq_citation_dataset_bibtex (self->dataset));
  else
    copy_citation (self, dq_citation_dataset_text (self->dataset));
}

static void
dq_sources_page_dispose (GObject *object)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_SOURCES_PAGE);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dq_sources_page_parent_class)->dispose (object);
}

static void
dq_sources_page_finalize (GObject *object)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (object);

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (dq_sources_page_parent_class)->finalize (object);
}

static void
dq_sources_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_sources_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DqSourcesPage *self = DQ_SOURCES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      dq_sources_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_sources_page_class_init (DqSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_sources_page_dispose;
  object_class->finalize = dq_sources_page_finalize;
  object_class->get_property = dq_sources_page_get_property;
  object_class->set_property = dq_sources_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DQ_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqSourcesPage::toast:
   * @self: the page
   * @message: what to tell the user
   *
   * Asks the window to show a short message, such as that a citation was
   * copied.
   */
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "sources.copy-document-citation", "s",
                                   copy_document_citation_action);
  gtk_widget_class_install_action (widget_class, "sources.copy-dataset-citation", "s",
                                   copy_dataset_citation_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dq-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, documents_selection);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, documents_view);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, figures_filter_model);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, figures_view);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, flap);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, release_label);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, DqSourcesPage, title_label);
  gtk_widget_class_bind_template_callback (widget_class, on_documents_selection_notify_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcespage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_sources_page_init (DqSourcesPage *self)
{
  g_type_ensure (DQ_TYPE_DOCUMENT);
  g_type_ensure (DQ_TYPE_FIGURE);
  g_type_ensure (DQ_TYPE_SOURCE);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->search_filter, figure_matches, self, NULL);
  update_release (self);
}

GtkWidget *
dq_sources_page_new (void)
{
  return g_object_new (DQ_TYPE_SOURCES_PAGE, NULL);
}

/**
 * dq_sources_page_get_dataset:
 * @self: a #DqSourcesPage
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
DqDataset *
dq_sources_page_get_dataset (DqSourcesPage *self)
{
  g_return_val_if_fail (DQ_IS_SOURCES_PAGE (self), NULL);

  return self->dataset;
}

void
dq_sources_page_set_dataset (DqSourcesPage *self,
                             DqDataset     *dataset)
{
  g_return_if_fail (DQ_IS_SOURCES_PAGE (self));
  g_return_if_fail (dataset == NULL || DQ_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  gtk_single_selection_set_model (self->documents_selection,
                                  dataset != NULL ? dq_dataset_get_documents (dataset) : NULL);
  show_document (self, gtk_single_selection_get_selected_item (self->documents_selection));
  update_release (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * dq_sources_page_set_search:
 * @self: a #DqSourcesPage
 * @text: the text to search for
 *
 * Searches the figures of the selected document, as typing in the search
 * entry does.
 */
void
dq_sources_page_set_search (DqSourcesPage *self,
                            const char    *text)
{
  g_return_if_fail (DQ_IS_SOURCES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Apply it now rather than after the entry's delay. */
  on_search_entry_search_changed_cb (self, self->search_entry);
}

/**
 * dq_sources_page_get_figures:
 * @self: a #DqSourcesPage
 *
 * Returns: (transfer none): the figures shown: those of the selected
 *   document that match the search
 */
GListModel *
dq_sources_page_get_figures (DqSourcesPage *self)
{
  g_return_val_if_fail (DQ_IS_SOURCES_PAGE (self), NULL);

  return G_LIST_MODEL (self->figures_filter_model);
}

void
dq_sources_page_select_document (DqSourcesPage *self,
                                 guint          position)
{
  g_return_if_fail (DQ_IS_SOURCES_PAGE (self));

  gtk_single_selection_set_selected (self->documents_selection, position);
}
