/* dq-enum-nick.h
 *
 * The names of enum values as the dataset, projects and the command line
 * write them: the nicks of the GTypes that glib-mkenums makes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *dq_enum_to_nick   (GType       enum_type,
                               int         value);
gboolean    dq_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);

G_END_DECLS
