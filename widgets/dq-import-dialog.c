/* dq-import-dialog.c
 *
 * Importing a researcher's own survey file: the whole file is read once, in
 * a thread, and shown as a table of variables and a preview of the first
 * rows, with the choices that change how it is read (encoding, delimiter)
 * or analysed (weight, missing codes). The caller takes the data it read,
 * so a file of a million respondents is never read twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-crosstab.h"
#include "dq-csv-reader.h"
#include "dq-format.h"
#include "dq-import-dialog-private.h"
#include "dq-import-variable.h"
#include "dq-sav-reader.h"
#include "dq-text.h"

/* The preview shows the first rows only: enough to recognise the file. */
#define PREVIEW_ROWS 100
/* A column view of hundreds of columns is slow and unreadable. */
#define PREVIEW_COLUMNS 40

/* The iconv names of the encoding drop-down, in its order; NULL detects. */
static const char * const encoding_names[] = {
  NULL, "UTF-8", "CP1251", "KOI8-R", "CP866", "ISO-8859-5",
};

/* The delimiters of the delimiter drop-down, in its order; 0 detects. */
static const guint delimiters[] = { 0, ',', ';', '\t' };

/* Names that say a variable is a survey weight, casefolded. */
static const char * const weight_names[] = {
  "weight", "weights", "wt", "w", "вес", "салмақ",
};

typedef struct
{
  /* Neither system-missing nor user-missing. */
  gsize n_valid;
  /* Valid and below zero, which no weight may be. */
  gsize n_negative;
} VariableStats;

struct _DqImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkStack            *content_stack;
  GtkStringList       *delimiter_list;
  AdwComboRow         *delimiter_row;
  GtkStringList       *encoding_list;
  AdwComboRow         *encoding_row;
  GtkLabel            *error_hint_label;
  GtkLabel            *error_label;
  GtkLabel            *file_label;
  GtkColumnViewColumn *label_column;
  GtkLabel            *missing_label;
  AdwEntryRow         *missing_row;
  GtkLabel            *preview_label;
  GtkStringList       *preview_rows;
  GtkColumnView       *preview_view;
  GtkSpinner          *spinner;
  GtkLabel            *summary_label;
  GListStore          *variables_store;
  GtkStringList       *weight_list;
  AdwComboRow         *weight_row;
  GtkImage            *weight_warning;

  /* Owned */
  GFile               *file;
  GCancellable        *cancellable;
  DqSurveyData        *data;
  GArray              *stats;
  char                *error;
  char                *encoding;
  char                *detected_encoding;
  char                *weight;
  GArray              *missing_codes;
  /* The values behind the encoding and delimiter drop-downs, which grow
   * when a caller asks for one they do not list. */
  GPtrArray           *encoding_values;
  GArray              *delimiter_values;

  guint                delimiter;
  guint                detected_delimiter;
  DqLanguage           language;
  /* Set while the dialog itself changes a drop-down. */
  guint                updating;
  guint                is_csv : 1;
  guint                loading : 1;
  guint                weight_chosen : 1;
  guint                missing_valid : 1;
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_LOADING,
  PROP_ERROR,
  PROP_DATA,
  PROP_ENCODING,
  PROP_DELIMITER,
  PROP_WEIGHT,
  N_PROPS
};

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqImportDialog, dq_import_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_read (DqImportDialog *self);

/* What a read needs in its thread, and what it leaves for the dialog. */
typedef struct
{
  GFile       *file;
  DqCsvReader *csv;
  DqSavReader *sav;
  GArray      *stats;
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->csv);
  g_clear_object (&job->sav);
  g_clear_pointer (&job->stats, g_array_unref);
  g_free (job);
}

/* Counts the valid and the negative values of every variable in one pass
 * over each column, in the reading thread: a million respondents cost a
 * few milliseconds a variable, which the main loop should not wait for. */
static GArray *
compute_stats (DqSurveyData *data)
{
  guint n_variables = dq_survey_data_get_n_variables (data);
  gsize n_rows = dq_survey_data_get_n_rows (data);
  GArray *stats = g_array_sized_new (FALSE, TRUE, sizeof (VariableStats), n_variables);

  g_array_set_size (stats, n_variables);

  for (guint v = 0; v < n_variables; v++)
    {
      VariableStats *s = &g_array_index (stats, VariableStats, v);
      guint n_missing = dq_survey_data_get_n_missing (data, v);

      if (dq_survey_data_get_kind (data, v) == DQ_VARIABLE_NUMERIC)
        {
          const double *numbers = dq_survey_data_get_numbers (data, v);
          g_autofree double *ranges = g_new (double, 2 * MAX (n_missing, 1));

          for (guint m = 0; m < n_missing; m++)
            dq_survey_data_get_missing_range (data, v, m, &ranges[2 * m], &ranges[2 * m + 1]);

          for (gsize r = 0; r < n_rows; r++)
            {
              double value = numbers[r];
              gboolean missing = isnan (value);

              for (guint m = 0; m < n_missing && !missing; m++)
                missing = value >= ranges[2 * m] && value <= ranges[2 * m + 1];

              if (missing)
                continue;
              s->n_valid++;
              if (value < 0)
                s->n_negative++;
            }
        }
      else
        {
          const guint32 *codes = dq_survey_data_get_codes (data, v);
          guint n_categories = 0;
          g_autofree gboolean *category_missing = NULL;

          dq_survey_data_get_categories (data, v, &n_categories);
          category_missing = g_new (gboolean, MAX (n_categories, 1));
          for (guint c = 0; c < n_categories; c++)
            category_missing[c] = dq_survey_data_is_missing_category (data, v, c);

          for (gsize r = 0; r < n_rows; r++)
            {
              if (codes[r] != DQ_SURVEY_DATA_NO_CODE && codes[r] < n_categories &&
                  !category_missing[codes[r]])
                s->n_valid++;
            }
        }
    }

  return stats;
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GError *error = NULL;
  DqSurveyData *data;

  if (job->csv != NULL)
    data = dq_csv_reader_read_file (job->csv, job->file, cancellable, &error);
  else
    data = dq_sav_reader_read_file (job->sav, job->file, cancellable, &error);

  if (data == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  job->stats = compute_stats (data);
  g_task_return_pointer (task, data, g_object_unref);
}

/* How the interface names an encoding. */
static const char *
encoding_display_name (const char *encoding)
{
  if (encoding == NULL)
    return NULL;
  if (g_ascii_strcasecmp (encoding, "CP1251") == 0 ||
      g_ascii_strcasecmp (encoding, "WINDOWS-1251") == 0)
    return "Windows-1251";
  if (g_ascii_strcasecmp (encoding, "UTF8") == 0)
    return "UTF-8";

  return encoding;
}

/* How a sentence names a delimiter. */
static char *
dup_delimiter_name (guint delimiter)
{
  switch (delimiter)
    {
    case ',':
      return g_strdup (C_("delimiter", "comma"));
    case ';':
      return g_strdup (C_("delimiter", "semicolon"));
    case '\t':
      return g_strdup (C_("delimiter", "tab"));
    case '|':
      return g_strdup (C_("delimiter", "vertical bar"));
    default:
      return g_strdup_printf ("“%c”", (char) delimiter);
    }
}

static char *
format_count (DqImportDialog *self,
              gsize           count)
{
  return dq_format_number ((double) count, 0, self->language);
}

/* A code as the missing-codes entry takes it: ASCII, no grouping. */
static char *
format_code (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isinf (value))
    return g_strdup (value < 0 ? "−∞" : "∞");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static void
update_actions (DqImportDialog *self)
{
  gboolean can_import = self->data != NULL && self->error == NULL && !self->loading &&
                        self->missing_valid;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
}

static const char *
get_format_name (DqImportDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  if (self->is_csv)
    return self->detected_delimiter == '\t' ? _("TSV file") : _("CSV file");

  name = g_file_get_basename (self->file);
  lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".dta") ? _("Stata file") : _("SPSS file");
}

/* "CSV file · 1,000 respondents · 12 variables · Windows-1251 · semicolon" */
static void
update_summary (DqImportDialog *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  const char *encoding;

  g_ptr_array_add (parts, g_strdup (get_format_name (self)));

  if (self->data != NULL)
    {
      gsize n_rows = dq_survey_data_get_n_rows (self->data);
      guint n_variables = dq_survey_data_get_n_variables (self->data);
      g_autofree char *rows = format_count (self, n_rows);
      g_autofree char *variables = format_count (self, n_variables);

      /* Translators: %s is a number, formatted for the language. */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s respondent", "%s respondents",
                                                            n_rows),
                                               rows));
      /* Translators: %s is a number, formatted for the language. */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s variable", "%s variables",
                                                            n_variables),
                                               variables));
    }

  encoding = encoding_display_name (self->encoding != NULL ? self->encoding
                                                           : self->detected_encoding);
  if (encoding != NULL && self->data != NULL)
    g_ptr_array_add (parts, g_strdup (encoding));
  if (self->is_csv && self->detected_delimiter != 0 && self->data != NULL)
    g_ptr_array_add (parts, dup_delimiter_name (self->detected_delimiter));

  g_ptr_array_add (parts, NULL);
  summary = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_label (self->summary_label, summary);
}

static void
update_rows (DqImportDialog *self)
{
  const char *detected = NULL;
  g_autofree char *encoding_subtitle = NULL;
  g_autofree char *delimiter_subtitle = NULL;

  if (self->encoding == NULL && self->data != NULL)
    detected = encoding_display_name (self->detected_encoding);
  if (detected != NULL)
    /* Translators: the encoding found in a file, e.g. "Detected: Windows-1251" */
    encoding_subtitle = g_strdup_printf (_("Detected: %s"), detected);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row),
                               encoding_subtitle != NULL ? encoding_subtitle : "");

  if (self->delimiter == 0 && self->detected_delimiter != 0 && self->data != NULL)
    {
      g_autofree char *name = dup_delimiter_name (self->detected_delimiter);

      /* Translators: the delimiter found in a file, e.g. "Detected: semicolon" */
      delimiter_subtitle = g_strdup_printf (_("Detected: %s"), name);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->delimiter_row),
                               delimiter_subtitle != NULL ? delimiter_subtitle : "");
}

static void
update_page (DqImportDialog *self)
{
  const char *page = "data";

  if (self->loading)
    page = "loading";
  else if (self->error != NULL)
    page = "error";

  gtk_spinner_set_spinning (self->spinner, self->loading);
  gtk_stack_set_visible_child_name (self->content_stack, page);
}

/* The row keeps the space of its box of prefixes while that box is shown,
 * even with nothing visible in it: the title would move right. */
static void
set_weight_warning_visible (DqImportDialog *self,
                            gboolean        visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->weight_warning), visible);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->weight_warning)), visible);
}

/* Flags a weight that the crosstab would refuse: negative or missing for
 * some respondents. */
static void
update_weight_check (DqImportDialog *self)
{
  g_autofree char *subtitle = NULL;
  guint variable;

  if (self->data == NULL || self->weight == NULL ||
      !dq_survey_data_lookup_variable (self->data, self->weight, &variable))
    {
      set_weight_warning_visible (self, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->weight_row),
                                   self->data != NULL ? _("Every respondent counts once") : "");
      return;
    }

  {
    const VariableStats *s = &g_array_index (self->stats, VariableStats, variable);
    gsize n_missing = dq_survey_data_get_n_rows (self->data) - s->n_valid;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    if (s->n_negative > 0)
      {
        g_autofree char *n = format_count (self, s->n_negative);

        /* Translators: %s is a number of respondents */
        g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s weight is negative",
                                                                 "%s weights are negative",
                                                                 s->n_negative),
                                                    n));
      }
    if (n_missing > 0)
      {
        g_autofree char *n = format_count (self, n_missing);

        /* Translators: %s is a number of respondents */
        g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%s respondent has no weight",
                                                                 "%s respondents have no weight",
                                                                 n_missing),
                                                    n));
      }

    if (problems->len == 0)
      subtitle = g_strdup (_("Every respondent has a valid weight"));
    else
      {
        g_ptr_array_add (problems, NULL);
        subtitle = g_strjoinv ("; ", (char **) problems->pdata);
      }

    set_weight_warning_visible (self, problems->len > 0);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->weight_row), subtitle);
  }
}

static void
set_weight_internal (DqImportDialog *self,
                     const char     *weight)
{
  if (g_strcmp0 (self->weight, weight) == 0)
    return;

  g_free (self->weight);
  self->weight = g_strdup (weight);
  update_weight_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/* The position of a numeric variable in the weight drop-down. */
static guint
find_weight_position (DqImportDialog *self,
                      const char     *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->weight_list));

  if (name == NULL)
    return 0;

  for (guint i = 1; i < n; i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (self->weight_list, i), name) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_weight_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (weight_names); i++)
    {
      if (g_str_equal (folded, weight_names[i]))
        return TRUE;
    }

  return FALSE;
}

/* Fills the weight drop-down with the numeric variables and chooses one:
 * the caller's or user's choice if the file has it, otherwise a variable
 * whose name says it is the weight. */
static void
rebuild_weights (DqImportDialog *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->weight_list));
  const char *chosen = NULL;
  g_autofree char *keep = g_strdup (self->weight);
  guint position;

  for (guint v = 0; self->data != NULL && v < dq_survey_data_get_n_variables (self->data); v++)
    {
      if (dq_survey_data_get_kind (self->data, v) == DQ_VARIABLE_NUMERIC)
        g_ptr_array_add (names, (gpointer) dq_survey_data_get_name (self->data, v));
    }
  g_ptr_array_add (names, NULL);

  self->updating++;
  gtk_string_list_splice (self->weight_list, 1, n_items - 1, (const char * const *) names->pdata);

  if (self->data == NULL)
    {
      /* Keep the choice for the next read. */
      adw_combo_row_set_selected (self->weight_row, 0);
      self->updating--;
      update_weight_check (self);
      return;
    }

  if (self->weight_chosen)
    {
      if (keep != NULL && find_weight_position (self, keep) != GTK_INVALID_LIST_POSITION)
        chosen = keep;
    }
  else
    {
      for (guint i = 0; names->pdata[i] != NULL && chosen == NULL; i++)
        {
          if (is_weight_name (names->pdata[i]))
            chosen = names->pdata[i];
        }
    }

  position = find_weight_position (self, chosen);
  adw_combo_row_set_selected (self->weight_row, position);
  self->updating--;

  set_weight_internal (self, chosen);
  update_weight_check (self);
}

static char *
describe_value_type (DqImportDialog *self,
                     guint           variable,
                     DqCsvReader    *csv)
{
  guint n_labels = 0;
  const char *name = dq_survey_data_get_name (self->data, variable);

  if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_STRING)
    return g_strdup (_("Text"));

  dq_survey_data_get_value_labels (self->data, variable, &n_labels);
  if (n_labels > 0)
    /* Translators: a variable whose values are codes of answers, such as
     * 1 "very positive", with this many of them labelled */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Categories (%u value label)",
                                         "Categories (%u value labels)", n_labels),
                            n_labels);

  if (csv != NULL && dq_csv_reader_has_decimal_comma (csv, name))
    return g_strdup (_("Number, decimal comma"));

  return g_strdup (_("Number"));
}

/* The user-missing values the file declares: "8, 9", "97–99" or a dash. */
static char *
describe_missing (DqImportDialog *self,
                  guint           variable)
{
  guint n_missing = dq_survey_data_get_n_missing (self->data, variable);
  g_autoptr(GString) text = g_string_new (NULL);

  if (n_missing == 0)
    return g_strdup ("—");

  for (guint m = 0; m < n_missing; m++)
    {
      if (m > 0)
        g_string_append (text, ", ");

      if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_STRING)
        g_string_append_printf (text, "“%s”",
                                dq_survey_data_get_missing_string (self->data, variable, m));
      else
        {
          double low, high;
          g_autofree char *low_text = NULL;

          dq_survey_data_get_missing_range (self->data, variable, m, &low, &high);
          low_text = format_code (low);
          if (low == high)
            g_string_append (text, low_text);
          else
            {
              g_autofree char *high_text = format_code (high);

              g_string_append_printf (text, "%s–%s", low_text, high_text);
            }
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
rebuild_variables (DqImportDialog *self,
                   DqCsvReader    *csv)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->variables_store));
  gboolean has_labels = FALSE;

  for (guint v = 0; self->data != NULL && v < dq_survey_data_get_n_variables (self->data); v++)
    {
      const VariableStats *s = &g_array_index (self->stats, VariableStats, v);
      const char *label = dq_survey_data_get_label (self->data, v);
      g_autofree char *value_type = describe_value_type (self, v, csv);
      g_autofree char *missing = describe_missing (self, v);
      g_autofree char *valid = format_count (self, s->n_valid);

      g_ptr_array_add (items, dq_import_variable_new (v,
                                                      dq_survey_data_get_name (self->data, v),
                                                      label,
                                                      value_type,
                                                      missing,
                                                      s->n_valid,
                                                      valid));
      has_labels = has_labels || (label != NULL && *label != '\0');
    }

  /* CSV files have no labels: their column would stay empty. */
  gtk_column_view_column_set_visible (self->label_column, has_labels);
  g_list_store_splice (self->variables_store, 0, n_items, items->pdata, items->len);
}

static void
preview_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  DqImportDialog           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

/* A cell of the preview: the value, and its label when it has one, as in
 * "2 · Rather positive". */
static char *
dup_cell_text (DqImportDialog *self,
               guint           row,
               guint           variable,
               gboolean       *labelled,
               gboolean       *missing)
{
  g_autofree char *value = NULL;
  const char *value_label = NULL;

  *labelled = FALSE;
  *missing = FALSE;

  if (self->data == NULL || variable >= dq_survey_data_get_n_variables (self->data) ||
      row >= dq_survey_data_get_n_rows (self->data))
    return g_strdup ("");

  value = dq_survey_data_dup_value_text (self->data, variable, row);
  if (dq_survey_data_get_kind (self->data, variable) == DQ_VARIABLE_NUMERIC)
    {
      double number = dq_survey_data_get_numbers (self->data, variable)[row];

      value_label = dq_survey_data_lookup_value_label (self->data, variable, number);
      *missing = !isnan (number) && dq_survey_data_is_missing_number (self->data, variable, number);
    }
  else
    {
      guint32 code = dq_survey_data_get_codes (self->data, variable)[row];

      *missing = code != DQ_SURVEY_DATA_NO_CODE &&
                 dq_survey_data_is_missing_category (self->data, variable, code);
    }

  if (value_label == NULL)
    return g_steal_pointer (&value);

  *labelled = TRUE;

  return g_strdup_printf ("%s · %s", value, value_label);
}

/* User-missing values are dimmed; a labelled value, which may not fit its
 * column, has a tooltip. */
static void
preview_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 DqImportDialog           *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  guint variable = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "variable"));
  g_autofree char *text = NULL;
  gboolean labelled, missing;

  text = dup_cell_text (self, gtk_list_item_get_position (item), variable, &labelled, &missing);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, labelled ? text : NULL);
  if (missing)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* Room for "2 · Rather positive" where values have labels, less for bare
 * numbers. */
static int
preview_column_width (DqSurveyData *data,
                      guint         variable)
{
  guint n_labels = 0;

  if (dq_survey_data_get_kind (data, variable) == DQ_VARIABLE_STRING)
    return 150;

  dq_survey_data_get_value_labels (data, variable, &n_labels);

  return n_labels > 0 ? 220 : 100;
}

static void
rebuild_preview (DqImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  guint n_old_rows = g_list_model_get_n_items (G_LIST_MODEL (self->preview_rows));
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = NULL;
  gsize n_rows = 0;
  guint n_variables = 0;
  guint n_shown;

  /* The first column, the row number, is the template's. */
  for (guint i = 1; i < g_list_model_get_n_items (columns); i++)
    g_ptr_array_add (old, g_list_model_get_item (columns, i));
  for (guint i = 0; i < old->len; i++)
    gtk_column_view_remove_column (self->preview_view, g_ptr_array_index (old, i));

  if (self->data != NULL)
    {
      n_rows = dq_survey_data_get_n_rows (self->data);
      n_variables = dq_survey_data_get_n_variables (self->data);
    }

  for (gsize r = 0; r < MIN (n_rows, PREVIEW_ROWS); r++)
    g_ptr_array_add (numbers, format_count (self, r + 1));
  g_ptr_array_add (numbers, NULL);
  gtk_string_list_splice (self->preview_rows, 0, n_old_rows, (const char * const *) numbers->pdata);

  n_shown = MIN (n_variables, PREVIEW_COLUMNS);
  for (guint v = 0; v < n_shown; v++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "variable", GUINT_TO_POINTER (v));
      g_signal_connect_object (factory, "setup", G_CALLBACK (preview_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (preview_bind_cb), self, 0);
      column = gtk_column_view_column_new (dq_survey_data_get_name (self->data, v), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, preview_column_width (self->data, v));
      gtk_column_view_append_column (self->preview_view, column);
    }

  if (self->data != NULL)
    {
      g_autofree char *shown = format_count (self, MIN (n_rows, PREVIEW_ROWS));
      g_autofree char *total = format_count (self, n_rows);
      g_autofree char *rows_note = NULL;

      if (n_rows <= PREVIEW_ROWS)
        /* Translators: %s is a number of respondents, all of whom the
         * preview shows */
        rows_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "All %s respondent", "All %s respondents",
                                                  n_rows),
                                     total);
      else
        /* Translators: the preview of a file, e.g. "The first 100 of 1,000
         * respondents" */
        rows_note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The first %s of %s respondent",
                                                  "The first %s of %s respondents", n_rows),
                                     shown, total);

      if (n_variables > PREVIEW_COLUMNS)
        {
          g_autofree char *all = format_count (self, n_variables);

          /* Translators: the preview shows this many variables as columns;
           * %s is the number of variables in the file */
          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s; the first 40 of %s variable",
                                               "%s; the first 40 of %s variables", n_variables),
                                  rows_note, all);
        }
      else
        note = g_steal_pointer (&rows_note);
    }

  gtk_label_set_label (self->preview_label, note != NULL ? note : "");
}

static void
set_loading (DqImportDialog *self,
             gboolean        loading)
{
  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  update_page (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_error (DqImportDialog *self,
           const char     *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (error);
  gtk_label_set_label (self->error_label, error != NULL ? error : "");
  update_page (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Takes the data of a read (or none) and shows it. */
static void
set_data (DqImportDialog *self,
          DqSurveyData   *data,
          GArray         *stats,
          DqCsvReader    *csv)
{
  if (self->data == data)
    return;

  g_assert (data == NULL || stats != NULL);

  g_set_object (&self->data, data);
  g_clear_pointer (&self->stats, g_array_unref);
  if (stats != NULL)
    self->stats = g_array_ref (stats);

  rebuild_variables (self, csv);
  rebuild_preview (self);
  rebuild_weights (self);
  update_summary (self);
  update_rows (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(DqImportDialog) self = user_data;
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GError) error = NULL;
  ReadJob *job = g_task_get_task_data (G_TASK (result));

  data = g_task_propagate_pointer (G_TASK (result), &error);
  /* A newer read took over, or the dialog is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (job->csv != NULL)
    {
      g_free (self->detected_encoding);
      self->detected_encoding = g_strdup (dq_csv_reader_get_detected_encoding (job->csv));
      self->detected_delimiter = dq_csv_reader_get_detected_delimiter (job->csv);
    }

  if (data != NULL)
    set_data (self, data, job->stats, job->csv);
  else
    set_error (self, error->message);

  update_summary (self);
  update_rows (self);
  set_loading (self, FALSE);
}

/* Reads the whole file again with the chosen encoding and delimiter,
 * dropping a read still under way. */
static void
start_read (DqImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  g_assert (self->file != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (ReadJob, 1);
  job->file = g_object_ref (self->file);
  if (self->is_csv)
    {
      job->csv = dq_csv_reader_new ();
      dq_csv_reader_set_encoding (job->csv, self->encoding);
      dq_csv_reader_set_delimiter (job->csv, self->delimiter);
    }
  else
    {
      job->sav = dq_sav_reader_new ();
      dq_sav_reader_set_encoding (job->sav, self->encoding);
    }

  set_loading (self, TRUE);
  set_error (self, NULL);
  set_data (self, NULL, NULL, NULL);
  update_summary (self);
  update_rows (self);

  task = g_task_new (NULL, self->cancellable, read_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_read);
  g_task_set_task_data (task, job, read_job_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_encoding_row_notify_selected_cb (DqImportDialog *self,
                                    GParamSpec     *pspec,
                                    AdwComboRow    *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating > 0 || selected >= self->encoding_values->len)
    return;

  dq_import_dialog_set_encoding (self, g_ptr_array_index (self->encoding_values, selected));
}

static void
on_delimiter_row_notify_selected_cb (DqImportDialog *self,
                                     GParamSpec     *pspec,
                                     AdwComboRow    *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating > 0 || selected >= self->delimiter_values->len)
    return;

  dq_import_dialog_set_delimiter (self, g_array_index (self->delimiter_values, guint, selected));
}

static void
on_weight_row_notify_selected_cb (DqImportDialog *self,
                                  GParamSpec     *pspec,
                                  AdwComboRow    *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating > 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  self->weight_chosen = TRUE;
  set_weight_internal (self, selected == 0 ? NULL
                                           : gtk_string_list_get_string (self->weight_list,
                                                                         selected));
}

static void
on_missing_row_changed_cb (DqImportDialog *self,
                           GtkEditable    *editable)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *bad = NULL;

  g_array_set_size (self->missing_codes, 0);
  self->missing_valid = dq_crosstab_parse_missing_codes (text, self->missing_codes, &bad);

  if (self->missing_valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_label_set_label (self->missing_label,
                           _("e.g. 8, 9 — answers such as “don’t know” to leave out"));
    }
  else
    {
      g_autofree char *message = NULL;

      g_array_set_size (self->missing_codes, 0);
      /* Translators: %s is the part of the missing codes that is not a number */
      message = g_strdup_printf (_("“%s” is not a number; give missing codes such as 8, 9"), bad);
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "dim-label");
      gtk_label_set_label (self->missing_label, message);
    }

  update_actions (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (widget);

  if (self->data == NULL || self->error != NULL || self->loading || !self->missing_valid)
    return;

  g_signal_emit (self, signals[SIGNAL_IMPORT], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
dq_import_dialog_constructed (GObject *object)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (dq_import_dialog_parent_class)->constructed (object);

  g_assert (self->file != NULL);

  self->is_csv = !dq_sav_reader_handles_file (self->file);
  gtk_widget_set_visible (GTK_WIDGET (self->delimiter_row), self->is_csv);
  if (self->is_csv)
    gtk_label_set_label (self->error_hint_label,
                         _("Choose another encoding or delimiter to read the file again."));
  else
    gtk_label_set_label (self->error_hint_label,
                         _("Choose another encoding to read the file again."));

  name = g_file_get_basename (self->file);
  gtk_label_set_label (self->file_label, name);

  start_read (self);
}

static void
dq_import_dialog_dispose (GObject *object)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->data);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (dq_import_dialog_parent_class)->dispose (object);
}

static void
dq_import_dialog_finalize (GObject *object)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);

  g_clear_pointer (&self->stats, g_array_unref);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->detected_encoding, g_free);
  g_clear_pointer (&self->weight, g_free);
  g_clear_pointer (&self->missing_codes, g_array_unref);
  g_clear_pointer (&self->encoding_values, g_ptr_array_unref);
  g_clear_pointer (&self->delimiter_values, g_array_unref);

  G_OBJECT_CLASS (dq_import_dialog_parent_class)->finalize (object);
}

static void
dq_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    case PROP_DATA:
      g_value_set_object (value, self->data);
      break;

    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;

    case PROP_DELIMITER:
      g_value_set_uint (value, self->delimiter);
      break;

    case PROP_WEIGHT:
      g_value_set_string (value, self->weight);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    case PROP_ENCODING:
      dq_import_dialog_set_encoding (self, g_value_get_string (value));
      break;

    case PROP_DELIMITER:
      dq_import_dialog_set_delimiter (self, g_value_get_uint (value));
      break;

    case PROP_WEIGHT:
      dq_import_dialog_set_weight (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_import_dialog_class_init (DqImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dq_import_dialog_constructed;
  object_class->dispose = dq_import_dialog_dispose;
  object_class->finalize = dq_import_dialog_finalize;
  object_class->get_property = dq_import_dialog_get_property;
  object_class->set_property = dq_import_dialog_set_property;

  /**
   * DqImportDialog:file:
   *
   * The survey file to import: CSV or TSV, or SPSS or Stata as
   * dq_sav_reader_handles_file() tells.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:loading:
   *
   * Whether the file is being read.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:error:
   *
   * Why the file could not be read, naming the file, row and column, as
   * the dialog shows it; %NULL when it was read.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:data:
   *
   * The data read from the file, or %NULL while it is read or when it
   * could not be.
   */
  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, DQ_TYPE_SURVEY_DATA,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:encoding:
   *
   * The encoding to read the file in, as iconv names it, or %NULL to
   * detect it (CSV) or take the file's own (SPSS, Stata).
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:delimiter:
   *
   * The field delimiter of a CSV file, or 0 to detect it.
   */
  properties[PROP_DELIMITER] =
    g_param_spec_uint ("delimiter", NULL, NULL, 0, 127, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DqImportDialog:weight:
   *
   * The name of the numeric variable that weights respondents, or %NULL
   * for unweighted analysis.
   */
  properties[PROP_WEIGHT] =
    g_param_spec_string ("weight", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqImportDialog::import:
   * @self: the dialog
   *
   * Emitted when the user imports the data read, before the dialog
   * closes. The data, weight and missing codes are the dialog's.
   */
  signals[SIGNAL_IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dq-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, delimiter_list);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, delimiter_row);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, encoding_list);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, error_hint_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, label_column);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, missing_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, missing_row);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, preview_rows);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, variables_store);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, weight_list);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, weight_row);
  gtk_widget_class_bind_template_child (widget_class, DqImportDialog, weight_warning);
  gtk_widget_class_bind_template_callback (widget_class, on_delimiter_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_encoding_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_missing_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_weight_row_notify_selected_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);

  g_type_ensure (DQ_TYPE_IMPORT_VARIABLE);
}

static void
dq_import_dialog_init (DqImportDialog *self)
{
  self->language = dq_language_get_default ();
  self->missing_valid = TRUE;
  self->missing_codes = g_array_new (FALSE, FALSE, sizeof (double));
  self->encoding_values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    g_ptr_array_add (self->encoding_values, g_strdup (encoding_names[i]));
  self->delimiter_values = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (self->delimiter_values, delimiters, G_N_ELEMENTS (delimiters));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_label (self->missing_label,
                       _("e.g. 8, 9 — answers such as “don’t know” to leave out"));
  update_actions (self);
}

/**
 * dq_import_dialog_new:
 * @file: a CSV, TSV, SPSS or Stata file
 *
 * Creates a dialog that starts reading @file at once.
 *
 * Returns: (transfer floating): the dialog
 */
DqImportDialog *
dq_import_dialog_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (DQ_TYPE_IMPORT_DIALOG, "file", file, NULL);
}

/**
 * dq_import_dialog_get_file:
 * @self: a #DqImportDialog
 *
 * Returns: (transfer none): the file the dialog imports
 */
GFile *
dq_import_dialog_get_file (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->file;
}

/**
 * dq_import_dialog_get_loading:
 * @self: a #DqImportDialog
 *
 * Returns: whether the file is being read
 */
gboolean
dq_import_dialog_get_loading (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), FALSE);

  return self->loading;
}

/**
 * dq_import_dialog_get_error:
 * @self: a #DqImportDialog
 *
 * Returns: (nullable): the message the dialog shows because the file could
 *   not be read
 */
const char *
dq_import_dialog_get_error (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->error;
}

/**
 * dq_import_dialog_get_data:
 * @self: a #DqImportDialog
 *
 * Returns: (transfer none) (nullable): the data read from the file, to
 *   take when #DqImportDialog::import is emitted
 */
DqSurveyData *
dq_import_dialog_get_data (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->data;
}

/**
 * dq_import_dialog_get_encoding:
 * @self: a #DqImportDialog
 *
 * Returns: (nullable): the encoding chosen, or %NULL when it is detected
 */
const char *
dq_import_dialog_get_encoding (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->encoding;
}

/**
 * dq_import_dialog_set_encoding:
 * @self: a #DqImportDialog
 * @encoding: (nullable): an encoding iconv knows, such as "CP1251", or
 *   %NULL to detect it
 *
 * Chooses the encoding and reads the file again.
 */
void
dq_import_dialog_set_encoding (DqImportDialog *self,
                               const char     *encoding)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (DQ_IS_IMPORT_DIALOG (self));

  if (g_strcmp0 (self->encoding, encoding) == 0)
    return;

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);

  for (guint i = 0; i < self->encoding_values->len && position == GTK_INVALID_LIST_POSITION; i++)
    {
      const char *value = g_ptr_array_index (self->encoding_values, i);

      if (value == NULL ? encoding == NULL
                        : encoding != NULL && g_ascii_strcasecmp (value, encoding) == 0)
        position = i;
    }
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* An encoding the drop-down does not list is listed by its name. */
      position = self->encoding_values->len;
      g_ptr_array_add (self->encoding_values, g_strdup (encoding));
      gtk_string_list_append (self->encoding_list, encoding);
    }

  self->updating++;
  adw_combo_row_set_selected (self->encoding_row, position);
  self->updating--;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);

  if (self->file != NULL && self->cancellable != NULL)
    start_read (self);
}

/**
 * dq_import_dialog_get_delimiter:
 * @self: a #DqImportDialog
 *
 * Returns: the delimiter chosen for a CSV file, or 0 when it is detected
 */
guint
dq_import_dialog_get_delimiter (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  return self->delimiter;
}

/**
 * dq_import_dialog_set_delimiter:
 * @self: a #DqImportDialog
 * @delimiter: an ASCII delimiter such as ';', or 0 to detect it
 *
 * Chooses the delimiter of a CSV file and reads it again.
 */
void
dq_import_dialog_set_delimiter (DqImportDialog *self,
                                guint           delimiter)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (DQ_IS_IMPORT_DIALOG (self));
  g_return_if_fail (delimiter < 128 && delimiter != '"' && delimiter != '\n' &&
                    delimiter != '\r');

  if (self->delimiter == delimiter)
    return;

  self->delimiter = delimiter;

  for (guint i = 0; i < self->delimiter_values->len && position == GTK_INVALID_LIST_POSITION; i++)
    {
      if (g_array_index (self->delimiter_values, guint, i) == delimiter)
        position = i;
    }
  if (position == GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *name = dup_delimiter_name (delimiter);

      position = self->delimiter_values->len;
      g_array_append_val (self->delimiter_values, delimiter);
      gtk_string_list_append (self->delimiter_list, name);
    }

  self->updating++;
  adw_combo_row_set_selected (self->delimiter_row, position);
  self->updating--;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIMITER]);

  if (self->file != NULL && self->cancellable != NULL && self->is_csv)
    start_read (self);
}

/**
 * dq_import_dialog_get_weight:
 * @self: a #DqImportDialog
 *
 * Returns: (nullable): the name of the weight variable, or %NULL for
 *   unweighted analysis
 */
const char *
dq_import_dialog_get_weight (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->weight;
}

/**
 * dq_import_dialog_set_weight:
 * @self: a #DqImportDialog
 * @weight: (nullable): the name of a numeric variable, or %NULL for
 *   unweighted analysis
 *
 * Chooses the weight. Before the file is read, the choice waits for the
 * data, and is dropped if the file has no such numeric variable.
 */
void
dq_import_dialog_set_weight (DqImportDialog *self,
                             const char     *weight)
{
  guint position;

  g_return_if_fail (DQ_IS_IMPORT_DIALOG (self));

  self->weight_chosen = TRUE;

  if (self->data == NULL)
    {
      set_weight_internal (self, weight);
      return;
    }

  position = find_weight_position (self, weight);
  g_return_if_fail (position != GTK_INVALID_LIST_POSITION);

  self->updating++;
  adw_combo_row_set_selected (self->weight_row, position);
  self->updating--;

  set_weight_internal (self, weight);
}

/**
 * dq_import_dialog_get_missing_codes:
 * @self: a #DqImportDialog
 * @n_codes: (out): the number of codes
 *
 * The codes typed as missing, such as 8 and 9 for "don't know" and
 * "refused", which crosstabs leave out. None while the text typed is not
 * a list of numbers.
 *
 * Returns: (array length=n_codes) (transfer none): the codes
 */
const double *
dq_import_dialog_get_missing_codes (DqImportDialog *self,
                                    guint          *n_codes)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (n_codes != NULL, NULL);

  *n_codes = self->missing_codes->len;

  return (const double *) self->missing_codes->data;
}

/**
 * dq_import_dialog_get_variables:
 * @self: a #DqImportDialog
 *
 * Returns: (transfer none): a #GListModel of #DqImportVariable, one for
 *   each variable of the file in file order, as the table shows them
 */
GListModel *
dq_import_dialog_get_variables (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->variables_store);
}

guint
_dq_import_dialog_get_detected_delimiter (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  return self->detected_delimiter;
}

const char *
_dq_import_dialog_get_summary (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->summary_label);
}

const char *
_dq_import_dialog_get_weight_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self->weight_row));
}

const char *
_dq_import_dialog_get_missing_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->missing_label);
}

const char *
_dq_import_dialog_get_preview_note (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_label (self->preview_label);
}

guint
_dq_import_dialog_get_n_preview_rows (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->preview_rows));
}

guint
_dq_import_dialog_get_n_preview_columns (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), 0);

  /* Less the row number. */
  return g_list_model_get_n_items (gtk_column_view_get_columns (self->preview_view)) - 1;
}

char *
_dq_import_dialog_dup_cell_text (DqImportDialog *self,
                                 guint           row,
                                 guint           variable)
{
  gboolean labelled, missing;

  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return dup_cell_text (self, row, variable, &labelled, &missing);
}

void
_dq_import_dialog_set_missing_text (DqImportDialog *self,
                                    const char     *text)
{
  g_return_if_fail (DQ_IS_IMPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->missing_row), text);
}
