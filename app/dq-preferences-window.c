/* dq-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-preferences-window.h"

struct _DqPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  AdwEntryRow          *editor_name_row;
  AdwComboRow          *language_row;

  /* Owned */
  GSettings            *settings;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqPreferencesWindow, dq_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GParamSpec *properties[N_PROPS];

/* The rows of the language combo, in order; "" follows the system. */
static const char * const languages[] = { "", "kk", "ru", "en", NULL };
static const char * const color_schemes[] = { "default", "light", "dark", NULL };

static gboolean
string_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *strings = user_data;
  const char *str = g_variant_get_string (variant, NULL);

  for (guint i = 0; strings[i] != NULL; i++)
    {
      if (g_str_equal (strings[i], str))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);

  return TRUE;
}

static GVariant *
position_to_string (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *strings = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((GStrv) strings))
    return NULL;

  return g_variant_new_string (strings[position]);
}

static void
dq_preferences_window_constructed (GObject *object)
{
  DqPreferencesWindow *self = DQ_PREFERENCES_WINDOW (object);
  G_OBJECT_CLASS (dq_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                string_to_position, position_to_string,
                                (gpointer) color_schemes, NULL);
  g_settings_bind_with_mapping (self->settings, "language",
                                self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                string_to_position, position_to_string,
                                (gpointer) languages, NULL);
  g_settings_bind (self->settings, "editor-name", self->editor_name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
dq_preferences_window_dispose (GObject *object)
{
  DqPreferencesWindow *self = DQ_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DQ_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dq_preferences_window_parent_class)->dispose (object);
}

static void
dq_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DqPreferencesWindow *self = DQ_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DqPreferencesWindow *self = DQ_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_preferences_window_class_init (DqPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dq_preferences_window_constructed;
  object_class->dispose = dq_preferences_window_dispose;
  object_class->get_property = dq_preferences_window_get_property;
  object_class->set_property = dq_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dq-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DqPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, DqPreferencesWindow, editor_name_row);
  gtk_widget_class_bind_template_child (widget_class, DqPreferencesWindow, language_row);
}

static void
dq_preferences_window_init (DqPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dq_preferences_window_new:
 * @settings: the application's settings
 *
 * Returns: (transfer full): a new preferences window
 */
DqPreferencesWindow *
dq_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (DQ_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
