/* dq-edit-history.c
 *
 * Two stacks: the edits done, oldest first, and the edits undone, in the
 * order they were undone. Undo moves the last done edit to the undone ones
 * and hands it back for the document to revert; redo moves it back. A new
 * edit starts a new future: the undone ones are dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include "dq-edit-history.h"

struct _DqEditHistory
{
  GObject         parent_instance;

  /* Owned; the last of each is the one undo, or redo, takes. */
  GPtrArray      *done;
  GPtrArray      *undone;

};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_N_DONE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqEditHistory, dq_edit_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* What the properties were before an operation, to notify what it changed. */
typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  guint    n_done;
} State;

static State
get_state (DqEditHistory *self)
{
  return (State) { self->done->len > 0, self->undone->len > 0, self->done->len };
}

static void
notify_changes (DqEditHistory *self,
                State          before)
{
  State after = get_state (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.n_done != after.n_done)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
}

static void
dq_edit_history_finalize (GObject *object)
{
  DqEditHistory *self = DQ_EDIT_HISTORY (object);

  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);

  G_OBJECT_CLASS (dq_edit_history_parent_class)->finalize (object);
}

static void
dq_edit_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DqEditHistory *self = DQ_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->done->len > 0);
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->undone->len > 0);
      break;

    case PROP_N_DONE:
      g_value_set_uint (value, self->done->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_edit_history_class_init (DqEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dq_edit_history_finalize;
  object_class->get_property = dq_edit_history_get_property;

  /**
   * DqEditHistory:can-undo:
   *
   * Whether there is an edit to undo.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqEditHistory:can-redo:
   *
   * Whether there is an undone edit to apply again.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * DqEditHistory:n-done:
   *
   * The number of edits in effect.
   */
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_edit_history_init (DqEditHistory *self)
{
}

/**
 * dq_edit_history_new:
 * @free_func: (nullable): frees an edit the history drops
 *
 * Returns: (transfer full): an empty history
 */
DqEditHistory *
dq_edit_history_new (GDestroyNotify free_func)
{
  DqEditHistory *self = g_object_new (DQ_TYPE_EDIT_HISTORY, NULL);

  self->done = g_ptr_array_new_with_free_func (free_func);
  self->undone = g_ptr_array_new_with_free_func (free_func);

  return self;
}

/**
 * dq_edit_history_push:
 * @self: a #DqEditHistory
 * @edit: (transfer full): an edit that has just been applied
 *
 * Records @edit as the last one done, and drops the undone edits.
 */
void
dq_edit_history_push (DqEditHistory *self,
                      gpointer       edit)
{
  State before;

  g_return_if_fail (DQ_IS_EDIT_HISTORY (self));
  g_return_if_fail (edit != NULL);

  before = get_state (self);
  g_ptr_array_add (self->done, edit);
  g_ptr_array_set_size (self->undone, 0);
  notify_changes (self, before);
}

/**
 * dq_edit_history_undo:
 * @self: a #DqEditHistory
 *
 * Moves the last edit done to the undone ones; the caller reverts it.
 *
 * Returns: (transfer none) (nullable): the edit to revert, or %NULL when
 *   there is none
 */
gpointer
dq_edit_history_undo (DqEditHistory *self)
{
  State before;
  gpointer edit;

  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), NULL);

  if (self->done->len == 0)
    return NULL;

  before = get_state (self);
  edit = g_ptr_array_steal_index (self->done, self->done->len - 1);
  g_ptr_array_add (self->undone, edit);
  notify_changes (self, before);

  return edit;
}

/**
 * dq_edit_history_redo:
 * @self: a #DqEditHistory
 *
 * Moves the last undone edit back to those done; the caller applies it.
 *
 * Returns: (transfer none) (nullable): the edit to apply, or %NULL when
 *   there is none
 */
gpointer
dq_edit_history_redo (DqEditHistory *self)
{
  State before;
  gpointer edit;

  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), NULL);

  if (self->undone->len == 0)
    return NULL;

  before = get_state (self);
  edit = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  g_ptr_array_add (self->done, edit);
  notify_changes (self, before);

  return edit;
}

/**
 * dq_edit_history_clear:
 * @self: a #DqEditHistory
 *
 * Drops every edit, done and undone.
 */
void
dq_edit_history_clear (DqEditHistory *self)
{
  State before;

  g_return_if_fail (DQ_IS_EDIT_HISTORY (self));

  before = get_state (self);
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  notify_changes (self, before);
}

static void
remove_matching (GPtrArray         *edits,
                 DqEditHistoryFunc  func,
                 gpointer           user_data)
{
  for (guint i = edits->len; i > 0; i--)
    {
      if (func (g_ptr_array_index (edits, i - 1), user_data))
        g_ptr_array_remove_index (edits, i - 1);
    }
}

/**
 * dq_edit_history_remove:
 * @self: a #DqEditHistory
 * @func: (scope call): says which edits to drop
 * @user_data: data for @func
 *
 * Drops the edits, done and undone, for which @func returns %TRUE: edits
 * of something the document no longer has. The others keep their order.
 */
void
dq_edit_history_remove (DqEditHistory     *self,
                        DqEditHistoryFunc  func,
                        gpointer           user_data)
{
  State before;

  g_return_if_fail (DQ_IS_EDIT_HISTORY (self));
  g_return_if_fail (func != NULL);

  before = get_state (self);
  remove_matching (self->done, func, user_data);
  remove_matching (self->undone, func, user_data);
  notify_changes (self, before);
}

/**
 * dq_edit_history_get_can_undo:
 * @self: a #DqEditHistory
 *
 * Returns: whether there is an edit to undo
 */
gboolean
dq_edit_history_get_can_undo (DqEditHistory *self)
{
  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), FALSE);

  return self->done->len > 0;
}

/**
 * dq_edit_history_get_can_redo:
 * @self: a #DqEditHistory
 *
 * Returns: whether there is an undone edit to apply again
 */
gboolean
dq_edit_history_get_can_redo (DqEditHistory *self)
{
  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), FALSE);

  return self->undone->len > 0;
}

/**
 * dq_edit_history_get_n_done:
 * @self: a #DqEditHistory
 *
 * Returns: the number of edits in effect
 */
guint
dq_edit_history_get_n_done (DqEditHistory *self)
{
  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), 0);

  return self->done->len;
}

/**
 * dq_edit_history_get_done:
 * @self: a #DqEditHistory
 * @position: the position of an edit in effect, the oldest at 0
 *
 * Returns: (transfer none): the edit
 */
gpointer
dq_edit_history_get_done (DqEditHistory *self,
                          guint          position)
{
  g_return_val_if_fail (DQ_IS_EDIT_HISTORY (self), NULL);
  g_return_val_if_fail (position < self->done->len, NULL);

  return g_ptr_array_index (self->done, position);
}
