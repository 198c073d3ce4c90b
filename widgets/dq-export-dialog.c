/* dq-export-dialog.c
 *
 * Exporting a chart or the map to a file: format, size, language and
 * theme, the same choices as `dostyq export`, written through the same
 * renderers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-bundle.h"
#include "dq-export-dialog.h"
#include "dq-file-name.h"
#include "dq-map-strings.h"
#include "dq-provenance.h"

struct _DqExportDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkSwitch            *bundle_switch;
  AdwPreferencesGroup  *chart_group;
  AdwComboRow          *format_row;
  AdwActionRow         *height_row;
  GtkSpinButton        *height_spin;
  AdwComboRow          *language_row;
  AdwActionRow         *output_row;
  AdwComboRow          *resolution_row;
  AdwComboRow          *size_row;
  AdwComboRow          *theme_row;
  GtkSwitch            *transparent_switch;
  AdwComboRow          *unit_row;
  AdwActionRow         *width_row;
  GtkSpinButton        *width_spin;

  /* Owned */
  DqChart              *chart;
  DqMap                *map;
  GtkFileChooserNative *chooser;
  GSettings            *settings;
};

/* The resolutions of the Resolution row: the screen's, then what print
 * asks for. */
static const int resolutions[] = { 96, 150, 300, 600 };

/* The units of a custom size, in the order of the Unit row. */
enum {
  UNIT_PIXELS,
  UNIT_MILLIMETRES,
};

enum {
  PROP_0,
  PROP_CHART,
  PROP_MAP,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DqExportDialog, dq_export_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The size row lists the presets of `dostyq export --size`, in their
 * order, then Custom. */
static const DqSizePreset *
get_preset (DqExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->size_row);
  guint n_presets;
  const DqSizePreset *presets = dq_size_presets (&n_presets);

  return selected < n_presets ? &presets[selected] : NULL;
}

static int
get_dpi (DqExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->resolution_row);

  return resolutions[MIN (selected, G_N_ELEMENTS (resolutions) - 1)];
}

static gboolean
custom_in_millimetres (DqExportDialog *self)
{
  return adw_combo_row_get_selected (self->unit_row) == UNIT_MILLIMETRES;
}

static DqMap *copy_map (DqMap *map);

/* The tallest a chart or the map may be at the chosen size, when the size
 * leaves its height free; 0 otherwise. */
static double
get_max_height (DqExportDialog *self)
{
  const DqSizePreset *preset = get_preset (self);

  return preset != NULL ? dq_size_preset_scene_max_height (preset) : 0;
}

/* The scene's size in its units (1/96 inch) and the PNG's resolution, as
 * the command line works them out: a preset keeps its size, pixels are
 * pixels at the resolution, millimetres keep their physical size. */
static void
get_asked_size (DqExportDialog *self,
                double         *width,
                double         *height,
                double         *dpi)
{
  const DqSizePreset *preset = get_preset (self);

  *dpi = get_dpi (self);
  if (preset != NULL)
    dq_size_preset_scene_size (preset, width, height);
  else
    {
      double factor = custom_in_millimetres (self) ? 96 / 25.4 : 96 / *dpi;

      *width = gtk_spin_button_get_value (self->width_spin) * factor;
      *height = gtk_spin_button_get_value (self->height_spin) * factor;
    }
}

/* The size asked for; where the preset leaves the height free, with the
 * height the chart takes, which only laying it out tells; and, when
 * @overflows is given, whether the chart's content fits it (at a fixed
 * size, the chart is laid out only for that). */
static void
get_scene_size (DqExportDialog *self,
                double         *width,
                double         *height,
                double         *dpi,
                gboolean       *overflows)
{
  if (overflows != NULL)
    *overflows = FALSE;
  get_asked_size (self, width, height, dpi);
  if (get_max_height (self) > 0 && self->map != NULL)
    {
      g_autoptr(DqMap) copy = copy_map (self->map);
      g_autoptr(DqScene) scene = NULL;

      dq_map_set_language (copy, dq_export_dialog_get_language (self));
      scene = dq_map_build_scene_full (copy, *width, *height, get_max_height (self),
                                       dq_export_dialog_get_dark (self));
      *height = dq_scene_get_height (scene);
    }
  else if (self->chart != NULL && (get_max_height (self) > 0 || overflows != NULL))
    {
      DqChartOptions options = {
        .width = *width,
        .height = *height,
        .language = dq_export_dialog_get_language (self),
        .dark = dq_export_dialog_get_dark (self),
        .max_height = get_max_height (self),
      };
      g_autoptr(DqScene) scene = dq_chart_build_scene (self->chart, &options);

      *height = dq_scene_get_height (scene);
      if (overflows != NULL)
        *overflows = dq_scene_get_overflows (scene);
    }
}

/* "85", or "84.7" when it is not whole, in the interface's language. */
static char *
format_millimetres (double value)
{
  double rounded = round (value * 10) / 10;

  if (fabs (rounded - round (rounded)) < 1e-9)
    return g_strdup_printf ("%.0f", rounded);

  return g_strdup_printf ("%.1f", rounded);
}

static void
update_output (DqExportDialog *self)
{
  double width, height, dpi;
  gboolean overflows;
  g_autofree char *mm_width = NULL;
  g_autofree char *mm_height = NULL;
  g_autofree char *text = NULL;

  get_scene_size (self, &width, &height, &dpi, &overflows);
  mm_width = format_millimetres (width * 25.4 / 96);
  mm_height = format_millimetres (height * 25.4 / 96);

  if (dq_export_dialog_get_format (self) == DQ_EXPORT_PNG)
    /* Translators: the exact size of a PNG: its physical size, then its
     * pixels at its resolution; e.g. "85 × 85 mm, 1004 × 1004 px at 300 dpi" */
    text = g_strdup_printf (_("%s × %s mm, %d × %d px at %d dpi"), mm_width, mm_height,
                            dq_export_pixels (width, dpi), dq_export_pixels (height, dpi),
                            (int) dpi);
  else
    /* Translators: the physical size of a vector file, e.g. "85 × 85 mm" */
    text = g_strdup_printf (_("%s × %s mm"), mm_width, mm_height);

  /* A size too small for the chart is said, not left to be found in the
   * file. */
  if (overflows)
    {
      g_autofree char *size = g_steal_pointer (&text);

      /* Translators: %s is the size, e.g. "85 × 40 mm, 1004 × 472 px at
       * 300 dpi" */
      text = g_strdup_printf (_("%s. The chart does not fit this size: make it taller, or choose "
                                "a size whose height follows the chart"), size);
      gtk_widget_add_css_class (GTK_WIDGET (self->output_row), "warning");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->output_row), "warning");

  adw_action_row_set_subtitle (self->output_row, text);
}

static void
update_size (DqExportDialog *self)
{
  const DqSizePreset *preset = get_preset (self);
  g_autofree char *subtitle = NULL;
  int width, height;

  gtk_widget_set_visible (GTK_WIDGET (self->width_row), preset == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), preset == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), preset == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->resolution_row),
                          dq_export_dialog_get_format (self) == DQ_EXPORT_PNG);

  dq_export_dialog_get_pixel_size (self, &width, &height);
  if (preset != NULL && get_max_height (self) > 0 && preset->millimetres)
    /* Translators: a size whose height follows the chart; e.g. "85 mm wide,
     * as tall as the chart needs up to 225 mm" */
    subtitle = g_strdup_printf (_("%d mm wide, as tall as the chart needs up to %d mm"),
                                (int) preset->width, (int) preset->max_height);
  else if (preset != NULL && get_max_height (self) > 0)
    /* Translators: a size whose height follows the chart; e.g. "1600 px
     * wide, as tall as the chart needs up to 1000 px" */
    subtitle = g_strdup_printf (_("%d px wide, as tall as the chart needs up to %d px"),
                                (int) preset->width, (int) preset->max_height);
  else if (preset != NULL && preset->millimetres)
    /* Translators: the size of an export: millimetres, then pixels at a
     * resolution; e.g. "85 × 85 mm, 1004 × 1004 px at 300 dpi" */
    subtitle = g_strdup_printf (_("%d × %d mm, %d × %d px at %d dpi"),
                                (int) preset->width, (int) preset->height,
                                width, height, get_dpi (self));
  else if (preset != NULL)
    /* Translators: the size of an export in pixels, e.g. "1600 × 1000 px" */
    subtitle = g_strdup_printf (_("%d × %d px"), width, height);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), subtitle);
  update_output (self);
}

/* Selects @dpi on the Resolution row, or the nearest it has. */
static void
select_dpi (DqExportDialog *self,
            double          dpi)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (resolutions); i++)
    {
      if (fabs (resolutions[i] - dpi) < fabs (resolutions[best] - dpi))
        best = i;
    }
  adw_combo_row_set_selected (self->resolution_row, best);
}

static void
on_size_row_notify_selected_cb (DqExportDialog *self,
                                GParamSpec     *pspec,
                                AdwComboRow    *row)
{
  const DqSizePreset *preset = get_preset (self);

  /* A preset brings its resolution; the row can change it after. */
  if (row == self->size_row && preset != NULL)
    select_dpi (self, preset->dpi);
  update_size (self);
}

static void
on_resolution_row_notify_selected_cb (DqExportDialog *self,
                                      GParamSpec     *pspec,
                                      AdwComboRow    *row)
{
  update_size (self);
}

/* A custom size changes unit, and keeps its size: pixels at the
 * resolution are millimetres and back. */
static void
on_unit_row_notify_selected_cb (DqExportDialog *self,
                                GParamSpec     *pspec,
                                AdwComboRow    *row)
{
  gboolean mm = custom_in_millimetres (self);
  double factor = mm ? 25.4 / get_dpi (self) : get_dpi (self) / 25.4;
  GtkSpinButton *spins[] = { self->width_spin, self->height_spin };
  AdwPreferencesRow *rows[] = { ADW_PREFERENCES_ROW (self->width_row),
                                ADW_PREFERENCES_ROW (self->height_row) };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    {
      GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spins[i]);
      double value = gtk_spin_button_get_value (spins[i]) * factor;

      gtk_spin_button_set_digits (spins[i], mm ? 1 : 0);
      gtk_adjustment_configure (adjustment, value, mm ? 10 : 100, mm ? 2000 : 10000,
                                mm ? 1 : 10, mm ? 10 : 100, 0);
    }
  adw_preferences_row_set_title (rows[0], mm ? _("_Width in millimetres") : _("_Width in pixels"));
  adw_preferences_row_set_title (rows[1], mm ? _("_Height in millimetres")
                                             : _("_Height in pixels"));
  update_size (self);
}

static void
on_width_spin_value_changed_cb (DqExportDialog *self,
                                GtkSpinButton  *spin)
{
  update_size (self);
}

static void
on_language_row_notify_selected_cb (DqExportDialog *self,
                                    GParamSpec     *pspec,
                                    AdwComboRow    *row)
{
  /* A chart's height may follow its text, which the language changes. */
  update_size (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
show_error (DqExportDialog *self,
            const char     *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   self->map != NULL ? _("Could Not Export the Map")
                                                     : _("Could Not Export the Chart"),
                                   message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (DqExportDialog       *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (!dq_export_dialog_export_to_file (self, file, &error))
    {
      g_warning ("%s", error->message);
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DqExportDialog *self = DQ_EXPORT_DIALOG (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  name = dq_export_dialog_dup_suggested_name (self);
  self->chooser = gtk_file_chooser_native_new (self->map != NULL ? _("Export Map")
                                                                 : _("Export Chart"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The settings, when the schema is installed: a dialog built without it
 * (a test, an uninstalled build) simply starts from the defaults. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "export-size"))
    return NULL;

  return g_settings_new (SCHEMA_ID);
}

/* Starts where the last export left off. */
static void
load_settings (DqExportDialog *self)
{
  g_autofree char *format = NULL;
  g_autofree char *size = NULL;
  g_autofree char *unit = NULL;
  DqExportFormat format_value;
  double width, height;
  int dpi;

  format = g_settings_get_string (self->settings, "export-format");
  if (dq_export_format_from_string (format, &format_value))
    dq_export_dialog_set_format (self, format_value);

  size = g_settings_get_string (self->settings, "export-size");
  unit = g_settings_get_string (self->settings, "export-custom-unit");
  g_settings_get (self->settings, "export-custom-size", "(dd)", &width, &height);
  if (dq_size_preset_lookup (size) != NULL)
    dq_export_dialog_set_preset (self, size);
  else if (g_str_equal (unit, "mm"))
    dq_export_dialog_set_custom_size_mm (self, width, height);
  else
    dq_export_dialog_set_custom_size (self, (int) width, (int) height);

  dpi = g_settings_get_int (self->settings, "export-dpi");
  if (dpi > 0)
    select_dpi (self, dpi);

  dq_export_dialog_set_dark (self, g_settings_get_boolean (self->settings, "export-dark"));
  gtk_switch_set_active (self->transparent_switch,
                         g_settings_get_boolean (self->settings, "export-transparent"));
  gtk_switch_set_active (self->bundle_switch,
                         g_settings_get_boolean (self->settings, "export-bundle"));
}

static void
save_settings (DqExportDialog *self)
{
  const DqSizePreset *preset = get_preset (self);

  if (self->settings == NULL)
    return;

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "export-format",
                         dq_export_format_to_string (dq_export_dialog_get_format (self)));
  g_settings_set_string (self->settings, "export-size", preset != NULL ? preset->name : "custom");
  g_settings_set_string (self->settings, "export-custom-unit",
                         custom_in_millimetres (self) ? "mm" : "px");
  g_settings_set (self->settings, "export-custom-size", "(dd)",
                  gtk_spin_button_get_value (self->width_spin),
                  gtk_spin_button_get_value (self->height_spin));
  g_settings_set_int (self->settings, "export-dpi", get_dpi (self));
  g_settings_set_boolean (self->settings, "export-dark", dq_export_dialog_get_dark (self));
  g_settings_set_boolean (self->settings, "export-transparent",
                          dq_export_dialog_get_transparent (self));
  g_settings_set_boolean (self->settings, "export-bundle", dq_export_dialog_get_bundle (self));
  g_settings_apply (self->settings);
}

static void
dq_export_dialog_constructed (GObject *object)
{
  DqExportDialog *self = DQ_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (dq_export_dialog_parent_class)->constructed (object);

  if (self->chart != NULL)
    adw_preferences_group_set_title (self->chart_group,
                                     dq_text_get_default (dq_chart_get_title (self->chart)));
  if (self->map != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Export Map"));
      adw_preferences_group_set_title (self->chart_group,
                                       dq_map_string (DQ_MAP_STRING_TITLE,
                                                      dq_language_get_default ()));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->language_row),
                                     _("Map _Language"));
    }

  self->settings = open_settings ();
  if (self->settings != NULL)
    load_settings (self);
  update_size (self);
}

static void
dq_export_dialog_dispose (GObject *object)
{
  DqExportDialog *self = DQ_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->chart);
  g_clear_object (&self->map);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dq_export_dialog_parent_class)->dispose (object);
}

static void
dq_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DqExportDialog *self = DQ_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    case PROP_MAP:
      g_value_set_object (value, self->map);
      break;

    case PROP_LANGUAGE:
      g_value_set_enum (value, dq_export_dialog_get_language (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DqExportDialog *self = DQ_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_set_object (&self->chart, g_value_get_object (value));
      break;

    case PROP_MAP:
      g_set_object (&self->map, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      dq_export_dialog_set_language (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_export_dialog_class_init (DqExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dq_export_dialog_constructed;
  object_class->dispose = dq_export_dialog_dispose;
  object_class->get_property = dq_export_dialog_get_property;
  object_class->set_property = dq_export_dialog_set_property;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, DQ_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DqExportDialog:map:
   *
   * The map to export, instead of a chart: as it is on screen, with its
   * filters, selected group and view, at the chosen size.
   */
  properties[PROP_MAP] =
    g_param_spec_object ("map", NULL, NULL, DQ_TYPE_MAP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DqExportDialog:language:
   *
   * The #DqLanguage of the exported chart.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, DQ_TYPE_LANGUAGE, DQ_LANGUAGE_EN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DqExportDialog::exported:
   * @self: the dialog
   * @file: the file written
   *
   * Emitted when the chosen file has been written, before the dialog
   * closes.
   */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "export.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dq-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, bundle_switch);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, chart_group);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, transparent_switch);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, DqExportDialog, width_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_language_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_resolution_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_size_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_row_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_width_spin_value_changed_cb);
}

static void
dq_export_dialog_init (DqExportDialog *self)
{
  g_autoptr(GtkStringList) sizes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) dpis = gtk_string_list_new (NULL);
  const DqSizePreset *presets;
  guint n_presets;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* One list of sizes for the command line and the dialog. */
  presets = dq_size_presets (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    gtk_string_list_append (sizes, _(presets[i].label));
  gtk_string_list_append (sizes, _("Custom"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));

  for (guint i = 0; i < G_N_ELEMENTS (resolutions); i++)
    {
      /* Translators: a resolution, e.g. "300 dpi" */
      g_autofree char *label = g_strdup_printf (_("%d dpi"), resolutions[i]);

      gtk_string_list_append (dpis, label);
    }
  adw_combo_row_set_model (self->resolution_row, G_LIST_MODEL (dpis));
  /* The first preset's. */
  select_dpi (self, presets[0].dpi);
}

/**
 * dq_export_dialog_new:
 * @chart: the chart to export
 * @language: the language to start with, usually the chart's on screen
 *
 * Returns: (transfer none): a new export dialog, which belongs to GTK like
 *   every window until it is destroyed; present it with
 *   gtk_window_set_transient_for() and gtk_window_present()
 */
DqExportDialog *
dq_export_dialog_new (DqChart    *chart,
                      DqLanguage  language)
{
  g_return_val_if_fail (DQ_IS_CHART (chart), NULL);
  g_return_val_if_fail (language < DQ_N_LANGUAGES, NULL);

  return g_object_new (DQ_TYPE_EXPORT_DIALOG,
                       "chart", chart,
                       "language", language,
                       NULL);
}

/**
 * dq_export_dialog_new_for_map:
 * @map: the map to export
 * @language: the language to start with, usually the map's on screen
 *
 * Returns: (transfer none): a new export dialog for the map, which
 *   belongs to GTK like every window until it is destroyed
 */
DqExportDialog *
dq_export_dialog_new_for_map (DqMap      *map,
                              DqLanguage  language)
{
  g_return_val_if_fail (DQ_IS_MAP (map), NULL);
  g_return_val_if_fail (language < DQ_N_LANGUAGES, NULL);

  return g_object_new (DQ_TYPE_EXPORT_DIALOG,
                       "map", map,
                       "language", language,
                       NULL);
}

/**
 * dq_export_dialog_get_chart:
 * @self: a #DqExportDialog
 *
 * Returns: (transfer none) (nullable): the chart to export, or %NULL when
 *   the dialog exports the map
 */
DqChart *
dq_export_dialog_get_chart (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), NULL);

  return self->chart;
}

/**
 * dq_export_dialog_get_map:
 * @self: a #DqExportDialog
 *
 * Returns: (transfer none) (nullable): the map to export, or %NULL when the
 *   dialog exports a chart
 */
DqMap *
dq_export_dialog_get_map (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), NULL);

  return self->map;
}

DqExportFormat
dq_export_dialog_get_format (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), DQ_EXPORT_PNG);

  return adw_combo_row_get_selected (self->format_row);
}

void
dq_export_dialog_set_format (DqExportDialog *self,
                             DqExportFormat  format)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= DQ_EXPORT_PDF);

  adw_combo_row_set_selected (self->format_row, format);
}

/**
 * dq_export_dialog_get_preset:
 * @self: a #DqExportDialog
 *
 * Returns: (transfer none) (nullable): the chosen size, one of
 *   dq_size_presets(); %NULL for a custom size in pixels
 */
const DqSizePreset *
dq_export_dialog_get_preset (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), NULL);

  return get_preset (self);
}

/**
 * dq_export_dialog_set_preset:
 * @self: a #DqExportDialog
 * @name: the name of a size preset, as `dostyq export --size` has it
 *
 * Chooses one of dq_size_presets().
 */
void
dq_export_dialog_set_preset (DqExportDialog *self,
                             const char     *name)
{
  const DqSizePreset *preset;
  const DqSizePreset *presets;
  guint n_presets;

  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  preset = dq_size_preset_lookup (name);
  g_return_if_fail (preset != NULL);

  presets = dq_size_presets (&n_presets);
  adw_combo_row_set_selected (self->size_row, preset - presets);
}

/**
 * dq_export_dialog_set_custom_size:
 * @self: a #DqExportDialog
 * @width: in pixels, at least 100
 * @height: in pixels, at least 100
 *
 * Chooses a size of its own in pixels, as the Custom size does.
 */
void
dq_export_dialog_set_custom_size (DqExportDialog *self,
                                  int             width,
                                  int             height)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->unit_row, UNIT_PIXELS);
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  /* Custom follows the presets. */
  adw_combo_row_set_selected (self->size_row,
                              g_list_model_get_n_items (adw_combo_row_get_model (self->size_row)) - 1);
  update_size (self);
}

/**
 * dq_export_dialog_set_custom_size_mm:
 * @self: a #DqExportDialog
 * @width: in millimetres
 * @height: in millimetres
 *
 * Chooses a size of its own in millimetres, kept whatever the resolution.
 */
void
dq_export_dialog_set_custom_size_mm (DqExportDialog *self,
                                     double          width,
                                     double          height)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->unit_row, UNIT_MILLIMETRES);
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  adw_combo_row_set_selected (self->size_row,
                              g_list_model_get_n_items (adw_combo_row_get_model (self->size_row)) - 1);
  update_size (self);
}

/**
 * dq_export_dialog_get_dpi:
 * @self: a #DqExportDialog
 *
 * Returns: the resolution of a PNG, in pixels per inch
 */
int
dq_export_dialog_get_dpi (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), 96);

  return get_dpi (self);
}

/**
 * dq_export_dialog_set_dpi:
 * @self: a #DqExportDialog
 * @dpi: 96, 150, 300 or 600; another value chooses the nearest of them
 *
 * Sets the resolution of a PNG, as `dostyq export --dpi` does.
 */
void
dq_export_dialog_set_dpi (DqExportDialog *self,
                          int             dpi)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  select_dpi (self, dpi);
}

gboolean
dq_export_dialog_get_transparent (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->transparent_switch);
}

void
dq_export_dialog_set_transparent (DqExportDialog *self,
                                  gboolean        transparent)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->transparent_switch, transparent);
}

gboolean
dq_export_dialog_get_bundle (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->bundle_switch);
}

/**
 * dq_export_dialog_set_bundle:
 * @self: a #DqExportDialog
 * @bundle: whether to write the chart's data, alt text and citation
 *   beside the image
 */
void
dq_export_dialog_set_bundle (DqExportDialog *self,
                             gboolean        bundle)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->bundle_switch, bundle);
}

/**
 * dq_export_dialog_get_output_size:
 * @self: a #DqExportDialog
 *
 * Returns: (transfer none): the exact size of the file, as the dialog
 *   shows it: "85 × 85 mm, 1004 × 1004 px at 300 dpi"
 */
const char *
dq_export_dialog_get_output_size (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), NULL);

  return adw_action_row_get_subtitle (self->output_row);
}

DqLanguage
dq_export_dialog_get_language (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), DQ_LANGUAGE_EN);

  return MIN (adw_combo_row_get_selected (self->language_row), DQ_N_LANGUAGES - 1);
}

void
dq_export_dialog_set_language (DqExportDialog *self,
                               DqLanguage      language)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));
  g_return_if_fail (language < DQ_N_LANGUAGES);

  /* The row notifies, and the dialog's property with it. */
  adw_combo_row_set_selected (self->language_row, language);
}

gboolean
dq_export_dialog_get_dark (DqExportDialog *self)
{
  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), FALSE);

  return adw_combo_row_get_selected (self->theme_row) == 1;
}

void
dq_export_dialog_set_dark (DqExportDialog *self,
                           gboolean        dark)
{
  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->theme_row, dark ? 1 : 0);
}

/**
 * dq_export_dialog_get_pixel_size:
 * @self: a #DqExportDialog
 * @width: (out): the width of a PNG, in pixels
 * @height: (out): the height of a PNG, in pixels
 *
 * The size of the picture, as a PNG has it.
 */
void
dq_export_dialog_get_pixel_size (DqExportDialog *self,
                                 int            *width,
                                 int            *height)
{
  double scene_width, scene_height, dpi;

  g_return_if_fail (DQ_IS_EXPORT_DIALOG (self));

  get_scene_size (self, &scene_width, &scene_height, &dpi, NULL);
  /* As the PNG writer rounds. */
  *width = dq_export_pixels (scene_width, dpi);
  *height = dq_export_pixels (scene_height, dpi);
}

/**
 * dq_export_dialog_dup_suggested_name:
 * @self: a #DqExportDialog
 *
 * Returns: (transfer full): the file name to offer, as `dostyq export
 *   --out-dir` names files: CHART.LANG.FORMAT, with "map" for the map
 */
char *
dq_export_dialog_dup_suggested_name (DqExportDialog *self)
{
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), NULL);

  suffix = g_strdup_printf (".%s.%s", dq_language_to_code (dq_export_dialog_get_language (self)),
                            dq_export_format_to_string (dq_export_dialog_get_format (self)));

  return dq_file_name_from_text (self->map != NULL ? "map" : dq_chart_get_id (self->chart),
                                 suffix);
}

/* The map as it is on screen, in a map of its own: building a scene makes
 * it the one a map answers lookups for, and the view's map must keep
 * answering for the view. */
static DqMap *
copy_map (DqMap *map)
{
  DqMap *copy = dq_map_new (dq_map_get_dataset (map));
  double lon, lat;

  dq_map_get_center (map, &lon, &lat);
  dq_map_set_group (copy, dq_map_get_group (map));
  dq_map_set_kinds (copy, dq_map_get_kinds (map));
  dq_map_set_country (copy, dq_map_get_country (map));
  dq_map_set_search_text (copy, dq_map_get_search_text (map));
  dq_map_set_clustering (copy, dq_map_get_clustering (map));
  dq_map_set_zoom (copy, dq_map_get_zoom (map));
  dq_map_set_center (copy, lon, lat);

  return copy;
}

/**
 * dq_export_dialog_export_to_file:
 * @self: a #DqExportDialog
 * @file: the file to write
 * @error: return location for an error naming the file
 *
 * Lays the chart or the map out with the chosen size, language and theme
 * and writes it in the chosen format, with its provenance inside; with
 * Bundle, its data, alt text and citation beside it. Each file is
 * replaced only once the whole of it is written. The settings are kept
 * for the next export.
 *
 * Returns: whether the file was written
 */
gboolean
dq_export_dialog_export_to_file (DqExportDialog  *self,
                                 GFile           *file,
                                 GError         **error)
{
  g_autoptr(DqScene) scene = NULL;
  g_autoptr(DqProvenance) provenance = NULL;
  DqChartOptions options = { 0 };
  DqExportSettings settings = { 0 };
  DqExportFormat format;
  gboolean ok;

  g_return_val_if_fail (DQ_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  get_asked_size (self, &options.width, &options.height, &settings.dpi);
  options.max_height = get_max_height (self);
  options.language = dq_export_dialog_get_language (self);
  options.dark = dq_export_dialog_get_dark (self);
  format = dq_export_dialog_get_format (self);

  if (self->map != NULL)
    {
      g_autoptr(DqMap) copy = copy_map (self->map);

      dq_map_set_language (copy, options.language);
      scene = dq_map_build_scene_full (copy, options.width, options.height, options.max_height,
                                       options.dark);
      provenance = dq_provenance_new_for_scene (scene);
    }
  else
    {
      scene = dq_chart_build_scene (self->chart, &options);
      provenance = dq_provenance_new_for_chart (self->chart, scene);
    }
  settings.transparent = dq_export_dialog_get_transparent (self);
  settings.provenance = provenance;

  if (dq_export_dialog_get_bundle (self))
    ok = dq_bundle_write (self->chart, scene, format, &settings, file, NULL, error);
  else
    ok = dq_scene_export_file_full (scene, format, &settings, file, error);

  if (ok)
    save_settings (self);

  return ok;
}
