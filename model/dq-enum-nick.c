/* dq-enum-nick.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-enum-nick.h"

static GEnumClass *
enum_class (GType enum_type)
{
  gpointer klass = g_type_class_peek (enum_type);

  /* The first reference is kept: the classes of our enums live as long as
   * the program, so their nicks can be handed out as borrowed strings. */
  if (klass == NULL)
    klass = g_type_class_ref (enum_type);

  return klass;
}

/**
 * dq_enum_to_nick:
 * @enum_type: a #GEnum type
 * @value: one of its values
 *
 * Returns: (transfer none): the value's nick, such as "friendship-house"
 */
const char *
dq_enum_to_nick (GType enum_type,
                 int   value)
{
  const GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  found = g_enum_get_value (enum_class (enum_type), value);
  g_return_val_if_fail (found != NULL, NULL);

  return found->value_nick;
}

/**
 * dq_enum_from_nick:
 * @enum_type: a #GEnum type
 * @nick: (nullable): a nick
 * @value: (out): the value it names; left alone when there is none
 *
 * Returns: whether @nick names a value of @enum_type
 */
gboolean
dq_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  const GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  found = g_enum_get_value_by_nick (enum_class (enum_type), nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}
