/* dq-application-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dq-application.h"

G_BEGIN_DECLS

struct _DqApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  GSettings      *settings;
  char           *dataset_path;
  char           *project_path;

  /* Plain data */
  gint64          start_time;
};

void _dq_application_actions_init (DqApplication *self);

G_END_DECLS
