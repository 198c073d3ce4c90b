/* dq-import-dialog.c
 *
 * Importing a researcher's own survey file: the whole file is read once, in
 * a thread, by DqSurveyReader, and shown as a table of variables and a
 * preview of the first rows, with the choices that change how it is read
 * (encoding, delimiter) or analysed (weight, missing codes). The caller
 * takes the data it read, so a file of a million respondents is never read
 * twice. This file reads and sums up the file; the tabs and the weight and
 * missing-code controls have files of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-format.h"
#include "dq-import-dialog-private.h"
#include "dq-import-variable.h"

/* The iconv names of the encoding drop-down, in its order; NULL detects. */
static const char * const encoding_names[] = {
  NULL, "UTF-8", "CP1251", "KOI8-R", "CP866", "ISO-8859-5", "KOI8-U", "RK1048", "ISO-8859-1",
};

/* The delimiters of the delimiter drop-down, in its order; 0 detects. */
static const guint delimiters[] = { 0, ',', ';', '\t' };

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
  if (g_ascii_strcasecmp (encoding, "RK1048") == 0)
    return _("RK1048 (Kazakh)");
  if (g_ascii_strcasecmp (encoding, "ISO-8859-1") == 0)
    return _("Latin-1 (ISO-8859-1)");
  if (g_ascii_strcasecmp (encoding, "CP866") == 0)
    return _("CP866 (DOS)");

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

char *
_dq_import_dialog_format_count (DqImportDialog *self,
                                gsize           count)
{
  return dq_format_number ((double) count, 0, self->language);
}

void
_dq_import_dialog_update_actions (DqImportDialog *self)
{
  gboolean can_import = self->data != NULL && self->error == NULL && !self->loading &&
                        self->missing_valid;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
}

static const char *
get_format_name (DqImportDialog *self)
{
  switch (self->format)
    {
    case DQ_SURVEY_FORMAT_TSV:
      return _("TSV file");
    case DQ_SURVEY_FORMAT_SPSS:
      return _("SPSS file");
    case DQ_SURVEY_FORMAT_STATA:
      return _("Stata file");
    case DQ_SURVEY_FORMAT_CSV:
    default:
      return _("CSV file");
    }
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
      g_autofree char *rows = _dq_import_dialog_format_count (self, n_rows);
      g_autofree char *variables = _dq_import_dialog_format_count (self, n_variables);

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
  if (detected != NULL && self->encoding_guessed)
    /* Translators: the encoding guessed for a file, e.g. "Guessed: KOI8-R — …" */
    encoding_subtitle = g_strdup_printf (_("Guessed: %s — the file is not UTF-8; if the text "
                                           "looks wrong, choose its encoding"),
                                         detected);
  else if (detected != NULL)
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

void
_dq_import_dialog_set_weight_internal (DqImportDialog *self,
                                       const char     *weight)
{
  if (g_strcmp0 (self->weight, weight) == 0)
    return;

  g_free (self->weight);
  self->weight = g_strdup (weight);
  _dq_import_dialog_update_weight_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
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
  _dq_import_dialog_update_actions (self);
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
  _dq_import_dialog_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Takes the data of a read (or none) and shows it. */
static void
set_data (DqImportDialog *self,
          DqSurveyData   *data,
          DqSurveyReader *reader)
{
  if (self->data == data)
    return;

  g_assert ((data == NULL) == (reader == NULL));

  g_set_object (&self->data, data);
  g_set_object (&self->reader, reader);

  _dq_import_dialog_rebuild_variables (self);
  _dq_import_dialog_rebuild_preview (self);
  _dq_import_dialog_rebuild_weights (self);
  update_summary (self);
  update_rows (self);
  _dq_import_dialog_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(DqImportDialog) self = user_data;
  DqSurveyReader *reader = DQ_SURVEY_READER (object);
  g_autoptr(DqSurveyData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = dq_survey_reader_read_finish (reader, result, &error);
  /* A newer read took over, or the dialog is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->format = dq_survey_reader_get_format (reader);
  g_free (self->detected_encoding);
  self->detected_encoding = g_strdup (dq_survey_reader_get_detected_encoding (reader));
  self->encoding_guessed = dq_survey_reader_get_encoding_guessed (reader);
  self->detected_delimiter = dq_survey_reader_get_detected_delimiter (reader);

  if (data != NULL)
    set_data (self, data, reader);
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
  g_autoptr(DqSurveyReader) reader = NULL;

  g_assert (self->file != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Each read has its own reader: one still running in its thread after
   * a cancel keeps its own. The counts of values come with the data, so
   * that the main loop does not wait for them. */
  reader = dq_survey_reader_new (self->file);
  dq_survey_reader_set_encoding (reader, self->encoding);
  dq_survey_reader_set_delimiter (reader, self->delimiter);
  dq_survey_reader_set_count_values (reader, TRUE);

  set_loading (self, TRUE);
  set_error (self, NULL);
  set_data (self, NULL, NULL);
  update_summary (self);
  update_rows (self);

  dq_survey_reader_read_async (reader, self->cancellable, read_cb, g_object_ref (self));
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
  const char *weight;

  if (self->updating > 0 || selected == GTK_INVALID_LIST_POSITION)
    return;

  self->weight_chosen = TRUE;
  weight = selected == 0 ? NULL : gtk_string_list_get_string (self->weight_list, selected);
  _dq_import_dialog_set_weight_internal (self, weight);
}

static void
on_missing_row_changed_cb (DqImportDialog *self,
                           GtkEditable    *editable)
{
  _dq_import_dialog_update_missing (self, gtk_editable_get_text (editable));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (widget);

  if (self->data == NULL || self->error != NULL || self->loading || !self->missing_valid)
    return;

  /* Answers typed as missing become user-missing values of the string
   * variables that have them, as SPSS's MISSING VALUES would declare. */
  g_ptr_array_add (self->missing_texts, NULL);
  dq_survey_data_add_missing_texts (self->data, (const char * const *) self->missing_texts->pdata);
  g_ptr_array_remove_index (self->missing_texts, self->missing_texts->len - 1);

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

  self->format = dq_survey_format_for_file (self->file);
  self->is_csv = dq_survey_format_is_text (self->format);
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
  g_clear_object (&self->reader);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (dq_import_dialog_parent_class)->dispose (object);
}

static void
dq_import_dialog_finalize (GObject *object)
{
  DqImportDialog *self = DQ_IMPORT_DIALOG (object);

  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->detected_encoding, g_free);
  g_clear_pointer (&self->weight, g_free);
  g_clear_pointer (&self->missing_codes, g_array_unref);
  g_clear_pointer (&self->missing_texts, g_ptr_array_unref);
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
   * dq_survey_format_for_file() tells.
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
  self->missing_texts = g_ptr_array_new_with_free_func (g_free);
  self->encoding_values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    g_ptr_array_add (self->encoding_values, g_strdup (encoding_names[i]));
  self->delimiter_values = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (self->delimiter_values, delimiters, G_N_ELEMENTS (delimiters));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_label (self->missing_label,
                       _("e.g. 8, 9, “Don’t know” — codes or answers to leave "
                         "out"));
  _dq_import_dialog_update_actions (self);
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
      _dq_import_dialog_set_weight_internal (self, weight);
      return;
    }

  position = _dq_import_dialog_find_weight_position (self, weight);
  g_return_if_fail (position != GTK_INVALID_LIST_POSITION);

  self->updating++;
  adw_combo_row_set_selected (self->weight_row, position);
  self->updating--;

  _dq_import_dialog_set_weight_internal (self, weight);
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
 * dq_import_dialog_get_missing_texts:
 * @self: a #DqImportDialog
 *
 * The answers typed as missing, such as "Затрудняюсь ответить", which
 * become user-missing values of the string variables that have them when
 * the data is imported.
 *
 * Returns: (transfer none) (element-type utf8): the answers
 */
GPtrArray *
dq_import_dialog_get_missing_texts (DqImportDialog *self)
{
  g_return_val_if_fail (DQ_IS_IMPORT_DIALOG (self), NULL);

  return self->missing_texts;
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

void
_dq_import_dialog_set_missing_text (DqImportDialog *self,
                                    const char     *text)
{
  g_return_if_fail (DQ_IS_IMPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->missing_row), text);
}
