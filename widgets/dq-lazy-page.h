/* dq-lazy-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DQ_TYPE_LAZY_PAGE (dq_lazy_page_get_type ())

G_DECLARE_FINAL_TYPE (DqLazyPage, dq_lazy_page, DQ, LAZY_PAGE, GtkWidget)

GtkWidget *dq_lazy_page_new       (void) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget *dq_lazy_page_get_page  (DqLazyPage *self);
GtkWidget *dq_lazy_page_peek_page (DqLazyPage *self);
void       dq_lazy_page_set_page  (DqLazyPage *self,
                                   GtkWidget  *page);

G_END_DECLS
