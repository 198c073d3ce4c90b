/* dq-crosstab-table.c
 *
 * The crosstab of the data page: one column per category of the column
 * variable and the total, one row per category of the row variable and
 * three rows of counts. The percentages are of the column (with their
 * intervals), of the row or of all respondents, as the researcher
 * switches; under the table, the tests of independence and how everything
 * was computed. The table copies to the clipboard as tab-separated text
 * and HTML (a spreadsheet and a word processor each take the form it
 * reads) and saves as CSV, with the same content as on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dq-atomic-file.h"
#include "dq-crosstab-table.h"
#include "dq-format.h"
#include "dq-independence.h"
#include "dq-text.h"

/* The rows of the table besides its categories. */
#define ROW_WEIGHTED_N "weighted-n"
#define ROW_UNWEIGHTED_N "unweighted-n"
#define ROW_EFFECTIVE_N "effective-n"

struct _DqCrosstabTable
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkBox            *box;
  GtkStringList     *crosstab_rows;
  GtkColumnView     *crosstab_view;
  GtkLabel          *method_label;
  GtkLabel          *tests_label;

  /* Owned */
  DqCrosstab        *crosstab;
  DqIndependence    *tests;
  char              *tests_text;
  GtkNativeDialog   *save_dialog;

  DqCrosstabPercent  percent;
};

enum {
  PROP_0,
  PROP_CROSSTAB,
  PROP_PERCENT,
  N_PROPS
};

enum {
  SIGNAL_TOAST,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqCrosstabTable, dq_crosstab_table, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  float xalign = GPOINTER_TO_INT (user_data) ? 0 : 1;

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), xalign == 0);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  if (xalign != 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* The first column: the answer, or what the count rows count. */
static void
on_row_label_bind_cb (DqCrosstabTable          *self,
                      GtkListItem              *item,
                      GtkSignalListItemFactory *factory)
{
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *markup = NULL;

  if (self->crosstab == NULL)
    return;

  if (g_str_equal (key, ROW_WEIGHTED_N))
    markup = g_markup_printf_escaped ("<b>%s</b>", _("Weighted n"));
  else if (g_str_equal (key, ROW_UNWEIGHTED_N))
    markup = g_markup_printf_escaped ("<b>%s</b>", _("Respondents (unweighted n)"));
  else if (g_str_equal (key, ROW_EFFECTIVE_N))
    markup = g_markup_printf_escaped ("<b>%s</b>", _("Effective n"));
  else
    {
      guint row = g_ascii_strtoull (key, NULL, 10);
      const char *value = dq_crosstab_get_row_value (self->crosstab, row);
      const char *text = dq_crosstab_get_row_label (self->crosstab, row);

      if (row == dq_crosstab_get_n_rows (self->crosstab))
        markup = g_markup_printf_escaped ("<b>%s</b>", value);
      else if (text == NULL || g_strcmp0 (text, value) == 0)
        markup = g_markup_escape_text (value, -1);
      else
        markup = g_markup_printf_escaped ("%s <span alpha=\"60%%\">(%s)</span>", text, value);
    }

  gtk_label_set_markup (label, markup);
}

static char *
describe_percent_cell (DqCrosstabTable *self,
                       guint            row,
                       guint            column,
                       DqLanguage       language)
{
  double value = dq_crosstab_get_percent (self->crosstab, self->percent, row, column);
  g_autofree char *percent = dq_format_percent (value, 1, language);
  g_autofree char *l = NULL;
  g_autofree char *h = NULL;
  double low, high;

  /* Only column percentages have intervals; the total row has none. */
  if (self->percent != DQ_CROSSTAB_PERCENT_COLUMN ||
      row == dq_crosstab_get_n_rows (self->crosstab))
    return g_markup_escape_text (percent, -1);

  dq_crosstab_get_column_interval (self->crosstab, row, column, &low, &high);
  l = dq_format_number (low, 1, language);
  h = dq_format_number (high, 1, language);

  return g_markup_printf_escaped ("%s\n<small><span alpha=\"70%%\">%s–%s</span></small>",
                                  percent, l, h);
}

static void
on_cell_bind_cb (DqCrosstabTable          *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "dq-column"));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  DqLanguage language = dq_language_get_default ();
  double count = NAN;
  int decimals = 1;
  guint n_rows;
  g_autofree char *markup = NULL;

  if (self->crosstab == NULL)
    return;

  n_rows = dq_crosstab_get_n_rows (self->crosstab);

  /* The count rows: the column's totals. */
  if (g_str_equal (key, ROW_WEIGHTED_N))
    count = dq_crosstab_get_weighted (self->crosstab, n_rows, column);
  else if (g_str_equal (key, ROW_UNWEIGHTED_N))
    {
      count = dq_crosstab_get_unweighted (self->crosstab, n_rows, column);
      decimals = 0;
    }
  else if (g_str_equal (key, ROW_EFFECTIVE_N))
    count = dq_crosstab_get_effective_n (self->crosstab, column);

  if (!isnan (count))
    {
      g_autofree char *n = dq_format_number (count, decimals, language);

      markup = g_markup_escape_text (n, -1);
    }
  else
    markup = describe_percent_cell (self, g_ascii_strtoull (key, NULL, 10), column, language);

  gtk_label_set_markup (label, markup);
}

static void
add_column (DqCrosstabTable *self,
            const char      *title,
            int              column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (column < 0));
  if (column < 0)
    g_signal_connect_object (factory, "bind", G_CALLBACK (on_row_label_bind_cb), self,
                             G_CONNECT_SWAPPED);
  else
    {
      g_object_set_data (G_OBJECT (factory), "dq-column", GUINT_TO_POINTER (column));
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind_cb), self,
                               G_CONNECT_SWAPPED);
    }

  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (column < 0)
    gtk_column_view_column_set_fixed_width (view_column, 260);
  gtk_column_view_append_column (self->crosstab_view, view_column);
}

static void
rebuild (DqCrosstabTable *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->crosstab_rows));

  clear_columns (self->crosstab_view);

  if (self->crosstab != NULL)
    {
      guint n_rows = dq_crosstab_get_n_rows (self->crosstab);
      guint n_columns = dq_crosstab_get_n_columns (self->crosstab);
      gboolean grouped = dq_crosstab_get_column_variable (self->crosstab) != NULL;

      add_column (self, dq_crosstab_get_row_variable (self->crosstab), -1);
      for (guint c = 0; c < n_columns && grouped; c++)
        {
          const char *label = dq_crosstab_get_column_label (self->crosstab, c);

          if (label == NULL)
            label = dq_crosstab_get_column_value (self->crosstab, c);
          add_column (self, label, c);
        }
      add_column (self, grouped ? _("Total") : _("All respondents"), n_columns);

      for (guint r = 0; r < n_rows; r++)
        g_ptr_array_add (keys, g_strdup_printf ("%u", r));
      /* The total row shows 100 % in column percentages, but the
       * columns' shares of all in row and total percentages. */
      if (self->percent != DQ_CROSSTAB_PERCENT_COLUMN && grouped)
        g_ptr_array_add (keys, g_strdup_printf ("%u", n_rows));
      g_ptr_array_add (keys, g_strdup (ROW_WEIGHTED_N));
      g_ptr_array_add (keys, g_strdup (ROW_UNWEIGHTED_N));
      g_ptr_array_add (keys, g_strdup (ROW_EFFECTIVE_N));
    }

  g_ptr_array_add (keys, NULL);
  gtk_string_list_splice (self->crosstab_rows, 0, n_old, (const char * const *) keys->pdata);
}

static void
update_notes (DqCrosstabTable *self)
{
  g_autoptr(GString) text = NULL;
  DqLanguage language = dq_language_get_default ();
  gsize excluded, filtered;

  g_clear_pointer (&self->tests, dq_independence_free);
  g_clear_pointer (&self->tests_text, g_free);
  if (self->crosstab == NULL)
    {
      gtk_label_set_label (self->tests_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->tests_label), FALSE);
      gtk_label_set_label (self->method_label, "");
      return;
    }

  self->tests = dq_independence_new (self->crosstab);
  self->tests_text = g_strchomp (dq_independence_describe (self->tests, language));
  gtk_label_set_label (self->tests_label, self->tests_text);
  gtk_widget_set_visible (GTK_WIDGET (self->tests_label), *self->tests_text != '\0');

  text = g_string_new (dq_crosstab_describe_method ());
  if (dq_independence_is_defined (self->tests))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, dq_independence_describe_method ());
    }
  excluded = dq_crosstab_get_n_excluded (self->crosstab);
  if (excluded > 0)
    {
      g_autofree char *n = dq_format_number (excluded, 0, language);

      g_string_append (text, " ");
      /* Translators: %s is a number of respondents */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s respondent is left out: a missing answer, "
                                           "group or weight.",
                                           "%s respondents are left out: a missing answer, "
                                           "group or weight.",
                                           excluded),
                              n);
    }
  if (dq_crosstab_get_n_invalid_weight (self->crosstab) > 0)
    {
      gsize n_invalid = dq_crosstab_get_n_invalid_weight (self->crosstab);
      g_autofree char *n = dq_format_number (n_invalid, 0, language);
      g_autofree char *rows = dq_crosstab_dup_invalid_weight_rows (self->crosstab);

      g_string_append (text, " ");
      /* Translators: the first %s is a number of respondents, the second their rows:
       * "row 5, row 9" */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s of them has no valid weight (%s); SPSS leaves "
                                           "such respondents out too.",
                                           "%s of them have no valid weight (%s); SPSS leaves "
                                           "such respondents out too.",
                                           n_invalid),
                              n, rows);
    }
  filtered = dq_crosstab_get_n_filtered (self->crosstab);
  if (filtered > 0)
    {
      g_autofree char *n = dq_format_number (filtered, 0, language);

      g_string_append (text, " ");
      /* Translators: %s is a number of respondents */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The filter leaves out %s respondent.",
                                           "The filter leaves out %s respondents.",
                                           filtered),
                              n);
    }

  gtk_label_set_label (self->method_label, text->str);
}

static void
update_actions (DqCrosstabTable *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "crosstab.copy", self->crosstab != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "crosstab.save-csv", self->crosstab != NULL);
}

/* Copy and save */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (widget);
  DqLanguage language = dq_language_get_default ();
  g_autofree char *tsv = NULL;
  char *html;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;

  if (self->crosstab == NULL)
    return;

  tsv = dq_crosstab_to_tsv (self->crosstab, self->percent, language);
  html = dq_crosstab_to_html (self->crosstab, self->percent, language);
  /* HTML first: a word processor takes the richest form offered. */
  providers[0] = gdk_content_provider_new_for_bytes ("text/html",
                                                     g_bytes_new_take (html, strlen (html)));
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, tsv);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);

  g_signal_emit (self, signals[SIGNAL_TOAST], 0, _("Table copied"));
}

/**
 * dq_crosstab_table_save_csv:
 * @self: a #DqCrosstabTable
 * @file: where to save
 * @error: the place for an error
 *
 * Saves the table as it is shown, with its tests and notes, as CSV.
 *
 * Returns: whether the file was written
 */
gboolean
dq_crosstab_table_save_csv (DqCrosstabTable  *self,
                            GFile            *file,
                            GError          **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (DQ_IS_CROSSTAB_TABLE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->crosstab != NULL, FALSE);

  csv = dq_crosstab_to_csv (self->crosstab, self->percent);

  return dq_atomic_file_replace_contents (file, csv, strlen (csv), DQ_ATOMIC_FILE_NONE, NULL,
                                          error);
}

static void
on_save_dialog_response_cb (DqCrosstabTable      *self,
                            int                   response,
                            GtkFileChooserNative *dialog)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->save_dialog);
  if (file == NULL || self->crosstab == NULL)
    return;

  if (!dq_crosstab_table_save_csv (self, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("Could not save the table as %s: %s"), name,
                                                  error->message);

      g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_TOAST], 0, _("Table saved"));
}

static void
save_csv_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->crosstab == NULL || self->save_dialog != NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Table as CSV"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (dq_crosstab_get_column_variable (self->crosstab) != NULL)
    name = g_strdup_printf ("%s-by-%s.csv", dq_crosstab_get_row_variable (self->crosstab),
                            dq_crosstab_get_column_variable (self->crosstab));
  else
    name = g_strdup_printf ("%s.csv", dq_crosstab_get_row_variable (self->crosstab));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->save_dialog = GTK_NATIVE_DIALOG (dialog);
  gtk_native_dialog_show (self->save_dialog);
}

/* GObject */

static void
dq_crosstab_table_dispose (GObject *object)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (object);

  if (self->save_dialog != NULL)
    gtk_native_dialog_destroy (self->save_dialog);
  g_clear_object (&self->save_dialog);
  g_clear_object (&self->crosstab);
  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_CROSSTAB_TABLE);

  G_OBJECT_CLASS (dq_crosstab_table_parent_class)->dispose (object);
}

static void
dq_crosstab_table_finalize (GObject *object)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (object);

  g_clear_pointer (&self->tests, dq_independence_free);
  g_clear_pointer (&self->tests_text, g_free);

  G_OBJECT_CLASS (dq_crosstab_table_parent_class)->finalize (object);
}

static void
dq_crosstab_table_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (object);

  switch (prop_id)
    {
    case PROP_CROSSTAB:
      g_value_set_object (value, self->crosstab);
      break;

    case PROP_PERCENT:
      g_value_set_string (value, dq_crosstab_percent_to_nick (self->percent));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_crosstab_table_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DqCrosstabTable *self = DQ_CROSSTAB_TABLE (object);

  switch (prop_id)
    {
    case PROP_CROSSTAB:
      dq_crosstab_table_set_crosstab (self, g_value_get_object (value));
      break;

    case PROP_PERCENT:
      {
        DqCrosstabPercent percent;

        if (dq_crosstab_percent_from_nick (g_value_get_string (value), &percent))
          dq_crosstab_table_set_percent (self, percent);
        else
          g_warning ("“%s” is not a kind of percentage", g_value_get_string (value));
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_crosstab_table_class_init (DqCrosstabTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dq_crosstab_table_dispose;
  object_class->finalize = dq_crosstab_table_finalize;
  object_class->get_property = dq_crosstab_table_get_property;
  object_class->set_property = dq_crosstab_table_set_property;

  /**
   * DqCrosstabTable:crosstab:
   *
   * The table shown, or %NULL.
   */
  properties[PROP_CROSSTAB] =
    g_param_spec_object ("crosstab", NULL, NULL, DQ_TYPE_CROSSTAB,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * DqCrosstabTable:percent:
   *
   * Which percentages are shown: "column", "row" or "total".
   */
  properties[PROP_PERCENT] =
    g_param_spec_string ("percent", NULL, NULL, "column",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqCrosstabTable::toast:
   * @self: the table
   * @message: what to tell the researcher
   *
   * Asks the window to show a short message: the table was copied, or
   * could not be saved.
   */
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_property_action (widget_class, "crosstab.percent", "percent");
  gtk_widget_class_install_action (widget_class, "crosstab.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "crosstab.save-csv", NULL, save_csv_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dostyq/Dostyq/dq-crosstab-table.ui");
  gtk_widget_class_bind_template_child (widget_class, DqCrosstabTable, box);
  gtk_widget_class_bind_template_child (widget_class, DqCrosstabTable, crosstab_rows);
  gtk_widget_class_bind_template_child (widget_class, DqCrosstabTable, crosstab_view);
  gtk_widget_class_bind_template_child (widget_class, DqCrosstabTable, method_label);
  gtk_widget_class_bind_template_child (widget_class, DqCrosstabTable, tests_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "crosstabtable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dq_crosstab_table_init (DqCrosstabTable *self)
{
  self->percent = DQ_CROSSTAB_PERCENT_COLUMN;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * dq_crosstab_table_new:
 *
 * Returns: (transfer full): a new, empty table
 */
GtkWidget *
dq_crosstab_table_new (void)
{
  return g_object_new (DQ_TYPE_CROSSTAB_TABLE, NULL);
}

/**
 * dq_crosstab_table_get_crosstab:
 * @self: a #DqCrosstabTable
 *
 * Returns: (transfer none) (nullable): the table shown
 */
DqCrosstab *
dq_crosstab_table_get_crosstab (DqCrosstabTable *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB_TABLE (self), NULL);

  return self->crosstab;
}

/**
 * dq_crosstab_table_set_crosstab:
 * @self: a #DqCrosstabTable
 * @crosstab: (nullable): the table to show
 *
 * Shows @crosstab with its tests, or nothing.
 */
void
dq_crosstab_table_set_crosstab (DqCrosstabTable *self,
                                DqCrosstab      *crosstab)
{
  g_return_if_fail (DQ_IS_CROSSTAB_TABLE (self));
  g_return_if_fail (crosstab == NULL || DQ_IS_CROSSTAB (crosstab));

  if (!g_set_object (&self->crosstab, crosstab))
    return;

  update_notes (self);
  rebuild (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CROSSTAB]);
}

/**
 * dq_crosstab_table_get_percent:
 * @self: a #DqCrosstabTable
 *
 * Returns: which percentages are shown
 */
DqCrosstabPercent
dq_crosstab_table_get_percent (DqCrosstabTable *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB_TABLE (self), DQ_CROSSTAB_PERCENT_COLUMN);

  return self->percent;
}

/**
 * dq_crosstab_table_set_percent:
 * @self: a #DqCrosstabTable
 * @percent: which percentages to show
 *
 * Switches between column, row and total percentages.
 */
void
dq_crosstab_table_set_percent (DqCrosstabTable   *self,
                               DqCrosstabPercent  percent)
{
  g_return_if_fail (DQ_IS_CROSSTAB_TABLE (self));
  g_return_if_fail (percent <= DQ_CROSSTAB_PERCENT_TOTAL);

  if (self->percent == percent)
    return;

  self->percent = percent;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENT]);
}

/**
 * dq_crosstab_table_get_tests:
 * @self: a #DqCrosstabTable
 *
 * Returns: the tests as shown under the table; empty when the table has
 *   none
 */
const char *
dq_crosstab_table_get_tests (DqCrosstabTable *self)
{
  g_return_val_if_fail (DQ_IS_CROSSTAB_TABLE (self), NULL);

  return self->tests_text != NULL ? self->tests_text : "";
}
