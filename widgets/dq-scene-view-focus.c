/* dq-scene-view-focus.c
 *
 * The scene view's keyboard focus: the marks that can take it, the order
 * Tab and the arrow keys walk them in, where the focus goes when the scene
 * is laid out again, and what screen readers are told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-scene-view-private.h"

void
_dq_scene_view_mark_bounds (const DqMark    *mark,
                            graphene_rect_t *bounds)
{
  double x, y, width, height;

  dq_mark_get_bounds (mark, &x, &y, &width, &height);
  graphene_rect_init (bounds, x, y, width, height);
}

/* Focus entries */

const DqSceneViewEntry *
_dq_scene_view_get_entry (DqSceneView *self,
           int          index)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_assert (index >= 0 && index < (int) priv->entries->len);

  return &g_array_index (priv->entries, DqSceneViewEntry, index);
}

int
_dq_scene_view_find_entry (DqSceneView *self,
            const char  *datum)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  if (datum == NULL)
    return -1;

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (priv->entry_index, datum)) - 1;
}

static int
find_entry_for_item (DqSceneView *self,
                     GObject     *item)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  for (guint i = 0; item != NULL && i < priv->entries->len; i++)
    {
      if (g_array_index (priv->entries, DqSceneViewEntry, i).mark->item == item)
        return i;
    }

  return -1;
}

static gboolean
list_holds (GObject *list,
            GObject *item)
{
  guint n;

  if (!G_IS_LIST_MODEL (list))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) member = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (member == item)
        return TRUE;
    }

  return FALSE;
}

/* The entry that now shows what the focused entry showed: the same mark,
 * or after a zoom one of the centres of a cluster, or the cluster that a
 * centre joined. */
int
_dq_scene_view_find_successor (DqSceneView *self,
                const char  *datum,
                GObject     *item)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  int index = _dq_scene_view_find_entry (self, datum);

  if (index >= 0 || item == NULL)
    return index;

  if (G_IS_LIST_MODEL (item))
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (item)); i++)
        g_ptr_array_add (members, g_list_model_get_item (G_LIST_MODEL (item), i));
    }
  else
    g_ptr_array_add (members, g_object_ref (item));

  for (guint m = 0; m < members->len; m++)
    {
      index = find_entry_for_item (self, g_ptr_array_index (members, m));
      if (index >= 0)
        return index;
    }

  for (guint e = 0; e < priv->entries->len; e++)
    {
      GObject *other = g_array_index (priv->entries, DqSceneViewEntry, e).mark->item;

      for (guint m = 0; m < members->len; m++)
        {
          if (list_holds (other, g_ptr_array_index (members, m)))
            return e;
        }
    }

  return -1;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const DqSceneViewEntry *ea = a;
  const DqSceneViewEntry *eb = b;

  /* West to east, then north to south: the order a reader scans in. */
  if (ea->x != eb->x)
    return ea->x < eb->x ? -1 : 1;
  if (ea->y != eb->y)
    return ea->y < eb->y ? -1 : 1;

  return 0;
}

/* Lists the marks that show an item, one entry per distinct datum. An
 * entry's bounds take in the run of marks that first show its datum, such
 * as a bar and its whisker; a datum shown again elsewhere (a group in two
 * places) keeps the bounds of its first place. */
void
_dq_scene_view_collect_entries (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  DqSceneViewClass *klass = DQ_SCENE_VIEW_GET_CLASS (self);
  const char *last = NULL;

  g_array_set_size (priv->entries, 0);
  g_hash_table_remove_all (priv->entry_index);
  if (priv->scene == NULL)
    return;

  for (guint i = 0; i < dq_scene_get_n_marks (priv->scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (priv->scene, i);
      graphene_rect_t bounds;

      if (mark->datum == NULL || (klass->accepts_mark != NULL && !klass->accepts_mark (self, mark)))
        continue;

      _dq_scene_view_mark_bounds (mark, &bounds);
      if (last != NULL && g_str_equal (last, mark->datum))
        {
          DqSceneViewEntry *entry = &g_array_index (priv->entries, DqSceneViewEntry, priv->entries->len - 1);

          graphene_rect_union (&entry->bounds, &bounds, &entry->bounds);
        }
      else if (!g_hash_table_contains (priv->entry_index, mark->datum))
        {
          DqSceneViewEntry entry = { mark, bounds, 0, 0 };

          entry.x = bounds.origin.x + bounds.size.width / 2;
          entry.y = bounds.origin.y + bounds.size.height / 2;
          g_array_append_val (priv->entries, entry);
          g_hash_table_insert (priv->entry_index, mark->datum, GUINT_TO_POINTER (1));
          last = mark->datum;
        }
      else
        last = NULL;
    }

  if (klass->focus_west_to_east)
    g_array_sort (priv->entries, compare_entries);
  for (guint i = 0; i < priv->entries->len; i++)
    g_hash_table_insert (priv->entry_index,
                         g_array_index (priv->entries, DqSceneViewEntry, i).mark->datum,
                         GUINT_TO_POINTER (i + 1));
}


/* Accessibility */

/**
 * dq_scene_view_update_labels:
 * @self: a #DqSceneView
 *
 * Tells screen readers again what the view shows and what has the focus,
 * as subclasses do when the words for them change, such as the language.
 */
void
dq_scene_view_update_labels (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  DqSceneViewClass *klass = DQ_SCENE_VIEW_GET_CLASS (self);
  const char *title = priv->scene != NULL ? dq_scene_get_title (priv->scene) : NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  if (title == NULL && klass->get_title != NULL)
    title = klass->get_title (self);
  if (title == NULL)
    title = klass->untitled_label != NULL ? _(klass->untitled_label) : "";
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  if (priv->focus_index >= 0)
    text = dq_scene_view_describe_item (self, _dq_scene_view_get_entry (self, priv->focus_index)->mark->item);

  /* With nothing focused, say how to reach something. */
  if (text == NULL)
    text = g_strdup (klass->focus_hint != NULL ? _(klass->focus_hint) : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

void
_dq_scene_view_set_focus_index (DqSceneView *self,
                 int          index)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_assert (index >= -1 && index < (int) priv->entries->len);

  priv->focus_index = index;
  g_clear_pointer (&priv->focus_datum, g_free);
  g_clear_object (&priv->focus_item);
  if (index >= 0)
    {
      priv->focus_datum = g_strdup (_dq_scene_view_get_entry (self, index)->mark->datum);
      g_set_object (&priv->focus_item, _dq_scene_view_get_entry (self, index)->mark->item);
    }

  dq_scene_view_update_labels (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}


/* Moves the focus to the nearest entry that lies in a direction, favouring
 * those straight ahead. */
gboolean
_dq_scene_view_move_focus_direction (DqSceneView      *self,
                      GtkDirectionType  direction)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  const DqSceneViewEntry *from;
  double dir_x = 0, dir_y = 0;
  double best_score = G_MAXDOUBLE;
  int best = -1;

  _dq_scene_view_ensure_scene (self);
  if (priv->entries->len == 0)
    return FALSE;
  if (priv->focus_index < 0)
    {
      _dq_scene_view_set_focus_index (self, 0);
      return TRUE;
    }

  switch (direction)
    {
    case GTK_DIR_LEFT:
      dir_x = -1;
      break;
    case GTK_DIR_RIGHT:
      dir_x = 1;
      break;
    case GTK_DIR_UP:
      dir_y = -1;
      break;
    case GTK_DIR_DOWN:
      dir_y = 1;
      break;
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
    default:
      g_assert_not_reached ();
    }

  from = _dq_scene_view_get_entry (self, priv->focus_index);
  for (guint i = 0; i < priv->entries->len; i++)
    {
      const DqSceneViewEntry *entry = _dq_scene_view_get_entry (self, i);
      double vx = entry->x - from->x;
      double vy = entry->y - from->y;
      double along = vx * dir_x + vy * dir_y;
      double across = fabs (vx * dir_y - vy * dir_x);
      double score;

      if ((int) i == priv->focus_index || along <= 0 || across > 2 * along)
        continue;
      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  if (best < 0)
    return FALSE;

  _dq_scene_view_set_focus_index (self, best);

  return TRUE;
}


/**
 * dq_scene_view_find_mark:
 * @self: a #DqSceneView
 * @datum: (nullable): the datum of a mark that can take the focus
 *
 * Returns: (nullable): the first mark of the scene that shows @datum
 */
const DqMark *
dq_scene_view_find_mark (DqSceneView *self,
                         const char  *datum)
{
  int index;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  index = _dq_scene_view_find_entry (self, datum);

  return index >= 0 ? _dq_scene_view_get_entry (self, index)->mark : NULL;
}


/**
 * dq_scene_view_get_focused_datum:
 * @self: a #DqSceneView
 *
 * Returns: (nullable): the datum of the mark that has the keyboard focus
 */
const char *
dq_scene_view_get_focused_datum (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  return priv->focus_index >= 0 ? priv->focus_datum : NULL;
}

/**
 * dq_scene_view_get_focused_item:
 * @self: a #DqSceneView
 *
 * Returns: (transfer none) (nullable): the item that has the keyboard focus
 */
GObject *
dq_scene_view_get_focused_item (DqSceneView *self)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), NULL);

  return priv->focus_index >= 0 ? priv->focus_item : NULL;
}

/**
 * dq_scene_view_move_focus:
 * @self: a #DqSceneView
 * @delta: +1 for the next mark, -1 for the previous one
 *
 * Moves the keyboard focus through the marks that show items, in the
 * subclass's order, and tells screen readers about the one it lands on.
 * With nothing focused, +1 focuses the first and -1 the last.
 *
 * Returns: %FALSE if there is no mark that way
 */
gboolean
dq_scene_view_move_focus (DqSceneView *self,
                          int          delta)
{
  DqSceneViewPrivate *priv = _dq_scene_view_get_private (self);
  int n;
  int index;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), FALSE);
  g_return_val_if_fail (delta != 0, FALSE);

  _dq_scene_view_ensure_scene (self);
  n = priv->entries->len;
  if (n == 0)
    return FALSE;

  if (priv->focus_index < 0)
    index = delta > 0 ? 0 : n - 1;
  else
    index = priv->focus_index + delta;

  if (index < 0 || index >= n)
    return FALSE;

  _dq_scene_view_set_focus_index (self, index);

  return TRUE;
}

/**
 * dq_scene_view_reset_focus:
 * @self: a #DqSceneView
 *
 * Takes the keyboard focus off every mark, as when the view is given other
 * data, whose items are not the focused one's successors.
 */
void
dq_scene_view_reset_focus (DqSceneView *self)
{
  g_return_if_fail (DQ_IS_SCENE_VIEW (self));

  _dq_scene_view_set_focus_index (self, -1);
}

/**
 * dq_scene_view_find_item:
 * @self: a #DqSceneView
 * @item: an item
 * @x: (out): the middle of its marks, in scene coordinates
 * @y: (out): the middle of its marks, in scene coordinates
 *
 * Returns: whether the scene shows @item
 */
gboolean
dq_scene_view_find_item (DqSceneView *self,
                         GObject     *item,
                         double      *x,
                         double      *y)
{
  int index;

  g_return_val_if_fail (DQ_IS_SCENE_VIEW (self), FALSE);

  index = find_entry_for_item (self, item);
  if (index < 0)
    return FALSE;

  *x = _dq_scene_view_get_entry (self, index)->x;
  *y = _dq_scene_view_get_entry (self, index)->y;

  return TRUE;
}
