/* test-edit-history.c
 *
 * The edit history: push, undo, redo and clear, what each hands back,
 * their notifications, a new edit dropping the undone ones, and removing
 * the edits of something the document no longer has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dq-edit-history.h"

static guint n_freed;

static void
free_edit (gpointer edit)
{
  n_freed++;
  g_free (edit);
}

static char *
new_edit (const char *name)
{
  return g_strdup (name);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

typedef struct
{
  guint can_undo;
  guint can_redo;
  guint n_done;
} Counts;

static void
watch (DqEditHistory *history,
       Counts        *counts)
{
  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_cb), &counts->can_undo);
  g_signal_connect (history, "notify::can-redo", G_CALLBACK (count_cb), &counts->can_redo);
  g_signal_connect (history, "notify::n-done", G_CALLBACK (count_cb), &counts->n_done);
}

static void
test_undo_redo (void)
{
  g_autoptr(DqEditHistory) history = dq_edit_history_new (free_edit);
  Counts counts = { 0 };
  gboolean can_undo;

  watch (history, &counts);
  g_assert_false (dq_edit_history_get_can_undo (history));
  g_assert_false (dq_edit_history_get_can_redo (history));
  g_assert_null (dq_edit_history_undo (history));
  g_assert_null (dq_edit_history_redo (history));
  g_assert_cmpuint (counts.can_undo + counts.can_redo + counts.n_done, ==, 0);

  dq_edit_history_push (history, new_edit ("a"));
  g_assert_cmpuint (counts.can_undo, ==, 1);
  dq_edit_history_push (history, new_edit ("b"));
  /* Still able to undo: no second notification. */
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (counts.n_done, ==, 2);
  g_assert_cmpuint (dq_edit_history_get_n_done (history), ==, 2);
  g_assert_cmpstr (dq_edit_history_get_done (history, 0), ==, "a");
  g_object_get (history, "can-undo", &can_undo, NULL);
  g_assert_true (can_undo);

  /* Undo hands back the last edit done. */
  g_assert_cmpstr (dq_edit_history_undo (history), ==, "b");
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_true (dq_edit_history_get_can_redo (history));
  g_assert_cmpstr (dq_edit_history_undo (history), ==, "a");
  g_assert_false (dq_edit_history_get_can_undo (history));
  g_assert_cmpuint (counts.can_undo, ==, 2);
  g_assert_null (dq_edit_history_undo (history));
  g_assert_cmpuint (dq_edit_history_get_n_done (history), ==, 0);

  /* Redo in the order of the edits. */
  g_assert_cmpstr (dq_edit_history_redo (history), ==, "a");
  g_assert_cmpuint (counts.can_undo, ==, 3);
  g_assert_cmpstr (dq_edit_history_redo (history), ==, "b");
  g_assert_false (dq_edit_history_get_can_redo (history));
  g_assert_cmpuint (counts.can_redo, ==, 2);
  g_assert_cmpuint (n_freed, ==, 0);
}

/* A new edit starts a new future. */
static void
test_redo_cleared (void)
{
  g_autoptr(DqEditHistory) history = dq_edit_history_new (free_edit);
  Counts counts = { 0 };

  n_freed = 0;
  dq_edit_history_push (history, new_edit ("a"));
  dq_edit_history_push (history, new_edit ("b"));
  dq_edit_history_undo (history);
  watch (history, &counts);
  g_assert_true (dq_edit_history_get_can_redo (history));

  dq_edit_history_push (history, new_edit ("c"));
  g_assert_false (dq_edit_history_get_can_redo (history));
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 0);
  g_assert_cmpuint (n_freed, ==, 1);
  g_assert_null (dq_edit_history_redo (history));
  g_assert_cmpstr (dq_edit_history_get_done (history, 1), ==, "c");
}

static void
test_clear (void)
{
  g_autoptr(DqEditHistory) history = dq_edit_history_new (free_edit);
  Counts counts = { 0 };

  n_freed = 0;
  dq_edit_history_push (history, new_edit ("a"));
  dq_edit_history_push (history, new_edit ("b"));
  dq_edit_history_undo (history);
  watch (history, &counts);

  dq_edit_history_clear (history);
  g_assert_false (dq_edit_history_get_can_undo (history));
  g_assert_false (dq_edit_history_get_can_redo (history));
  g_assert_cmpuint (counts.can_undo, ==, 1);
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpuint (counts.n_done, ==, 1);
  g_assert_cmpuint (n_freed, ==, 2);

  dq_edit_history_clear (history);
  g_assert_cmpuint (counts.can_undo + counts.can_redo + counts.n_done, ==, 3);
}

static gboolean
starts_with_x (gconstpointer edit,
               gpointer      user_data)
{
  return ((const char *) edit)[0] == 'x';
}

/* Edits of something gone leave; the others keep their order. */
static void
test_remove (void)
{
  g_autoptr(DqEditHistory) history = dq_edit_history_new (free_edit);
  Counts counts = { 0 };

  n_freed = 0;
  dq_edit_history_push (history, new_edit ("a"));
  dq_edit_history_push (history, new_edit ("x1"));
  dq_edit_history_push (history, new_edit ("b"));
  dq_edit_history_push (history, new_edit ("x2"));
  dq_edit_history_undo (history);
  watch (history, &counts);

  dq_edit_history_remove (history, starts_with_x, NULL);
  g_assert_cmpuint (n_freed, ==, 2);
  g_assert_cmpuint (dq_edit_history_get_n_done (history), ==, 2);
  g_assert_cmpstr (dq_edit_history_get_done (history, 0), ==, "a");
  g_assert_cmpstr (dq_edit_history_get_done (history, 1), ==, "b");
  g_assert_false (dq_edit_history_get_can_redo (history));
  g_assert_cmpuint (counts.can_redo, ==, 1);
  g_assert_cmpuint (counts.n_done, ==, 1);
  g_assert_cmpuint (counts.can_undo, ==, 0);
}

static void
test_finalize_frees (void)
{
  DqEditHistory *history = dq_edit_history_new (free_edit);

  n_freed = 0;
  dq_edit_history_push (history, new_edit ("a"));
  dq_edit_history_push (history, new_edit ("b"));
  dq_edit_history_undo (history);
  g_assert_finalize_object (history);
  g_assert_cmpuint (n_freed, ==, 2);
}

static void
test_preconditions (void)
{
  g_autoptr(DqEditHistory) history = dq_edit_history_new (free_edit);

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*edit != NULL*");
  dq_edit_history_push (history, NULL);
  g_test_assert_expected_messages ();
  g_assert_false (dq_edit_history_get_can_undo (history));

  g_test_expect_message ("dostyq-model", G_LOG_LEVEL_CRITICAL, "*position*");
  g_assert_null (dq_edit_history_get_done (history, 0));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Model/EditHistory/undo-redo", test_undo_redo);
  g_test_add_func ("/Dostyq/Model/EditHistory/redo-cleared", test_redo_cleared);
  g_test_add_func ("/Dostyq/Model/EditHistory/clear", test_clear);
  g_test_add_func ("/Dostyq/Model/EditHistory/remove", test_remove);
  g_test_add_func ("/Dostyq/Model/EditHistory/finalize", test_finalize_frees);
  g_test_add_func ("/Dostyq/Model/EditHistory/preconditions", test_preconditions);

  return g_test_run ();
}
