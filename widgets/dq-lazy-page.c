/* dq-lazy-page.c
 *
 * A place in a stack for a page that is built the first time it is needed:
 * when it is shown, or when code asks for it. Until then it holds nothing
 * and costs nothing to build, measure or lay out, so that the window's
 * first frame waits only for the page it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include "dq-lazy-page.h"

struct _DqLazyPage
{
  GtkWidget  parent_instance;

  GtkWidget *page;
  /* Set while the "build" signal runs, to catch a handler asking again. */
  gboolean   building;
};

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

enum {
  SIGNAL_BUILD,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqLazyPage, dq_lazy_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A page shown by any way at all (a stack, a test presenting the window)
 * is there by the time it is drawn. */
static void
dq_lazy_page_map (GtkWidget *widget)
{
  dq_lazy_page_get_page (DQ_LAZY_PAGE (widget));

  GTK_WIDGET_CLASS (dq_lazy_page_parent_class)->map (widget);
}

static void
dq_lazy_page_dispose (GObject *object)
{
  DqLazyPage *self = DQ_LAZY_PAGE (object);

  g_clear_pointer (&self->page, gtk_widget_unparent);

  G_OBJECT_CLASS (dq_lazy_page_parent_class)->dispose (object);
}

static void
dq_lazy_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DqLazyPage *self = DQ_LAZY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_object (value, self->page);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_lazy_page_class_init (DqLazyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_lazy_page_dispose;
  object_class->get_property = dq_lazy_page_get_property;

  widget_class->map = dq_lazy_page_map;

  /**
   * DqLazyPage:page:
   *
   * The page once built, or %NULL before.
   */
  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqLazyPage::build:
   * @self: the #DqLazyPage
   *
   * Emitted once, the first time the page is needed; a handler builds it
   * and gives it with dq_lazy_page_set_page().
   */
  signals[SIGNAL_BUILD] =
    g_signal_new ("build",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lazypage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
dq_lazy_page_init (DqLazyPage *self)
{
}

/**
 * dq_lazy_page_new:
 *
 * Returns: (transfer floating): a new place for a page, empty until the
 *   page is needed
 */
GtkWidget *
dq_lazy_page_new (void)
{
  return g_object_new (DQ_TYPE_LAZY_PAGE, NULL);
}

/**
 * dq_lazy_page_get_page:
 * @self: a #DqLazyPage
 *
 * The page, built now by the #DqLazyPage::build handler if it was not yet.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
dq_lazy_page_get_page (DqLazyPage *self)
{
  g_return_val_if_fail (DQ_IS_LAZY_PAGE (self), NULL);

  if (self->page == NULL)
    {
      g_assert (!self->building);
      self->building = TRUE;
      g_signal_emit (self, signals[SIGNAL_BUILD], 0);
      self->building = FALSE;
      g_assert (self->page != NULL);
    }

  return self->page;
}

/**
 * dq_lazy_page_peek_page:
 * @self: a #DqLazyPage
 *
 * Returns: (transfer none) (nullable): the page if it is built, without
 *   building it
 */
GtkWidget *
dq_lazy_page_peek_page (DqLazyPage *self)
{
  g_return_val_if_fail (DQ_IS_LAZY_PAGE (self), NULL);

  return self->page;
}

/**
 * dq_lazy_page_set_page:
 * @self: a #DqLazyPage
 * @page: the page built
 *
 * Puts @page in its place; called once, by the #DqLazyPage::build
 * handler.
 */
void
dq_lazy_page_set_page (DqLazyPage *self,
                       GtkWidget  *page)
{
  g_return_if_fail (DQ_IS_LAZY_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (self->page == NULL);
  g_return_if_fail (gtk_widget_get_parent (page) == NULL);

  self->page = page;
  gtk_widget_set_parent (page, GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}
