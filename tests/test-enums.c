/* test-enums.c
 *
 * The enums of the model and the drawing core have GTypes from
 * glib-mkenums, and each value's nick leads back to the value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib-object.h>

#include "dq-centre.h"
#include "dq-enum-nick.h"
#include "dq-figure.h"
#include "dq-map.h"
#include "dq-render-types.h"
#include "dq-scene-render.h"
#include "dq-types.h"

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
  guint       n_values;
  const char *first_nick;
} EnumCase;

static void
test_round_trip (gconstpointer data)
{
  const EnumCase *c = data;
  GType type = c->get_type ();
  g_autoptr(GEnumClass) klass = NULL;

  g_assert_true (G_TYPE_IS_ENUM (type));
  g_assert_cmpstr (g_type_name (type), ==, c->name);

  klass = g_type_class_ref (type);
  g_assert_cmpuint (klass->n_values, ==, c->n_values);
  g_assert_cmpstr (klass->values[0].value_nick, ==, c->first_nick);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *value = &klass->values[i];
      const GEnumValue *by_nick = g_enum_get_value_by_nick (klass, value->value_nick);
      const GEnumValue *by_value = g_enum_get_value (klass, value->value);

      /* The values are dense, in declaration order. */
      g_assert_cmpint (value->value, ==, i);
      g_assert_nonnull (by_nick);
      g_assert_cmpint (by_nick->value, ==, value->value);
      g_assert_nonnull (by_value);
      g_assert_cmpstr (by_value->value_nick, ==, value->value_nick);
    }

  g_assert_null (g_enum_get_value_by_nick (klass, "no-such-value"));
  g_assert_null (g_enum_get_value (klass, klass->n_values));
}

static const EnumCase cases[] = {
  { "DqLanguage", dq_language_get_type, DQ_N_LANGUAGES, "en" },
  { "DqUnit", dq_unit_get_type, DQ_UNIT_TIMES + 1, "percent" },
  { "DqBound", dq_bound_get_type, DQ_BOUND_GE + 1, "eq" },
  { "DqCentreKind", dq_centre_kind_get_type, DQ_N_CENTRE_KINDS, "ethnocultural-centre" },
  { "DqChartKind", dq_chart_kind_get_type, DQ_CHART_TIMELINE + 1, "diverging" },
  { "DqChartTopic", dq_chart_topic_get_type, DQ_CHART_TOPIC_GROUPS + 1, "survey" },
  { "DqMarkKind", dq_mark_kind_get_type, DQ_MARK_TEXT + 1, "rect" },
  { "DqTextAnchor", dq_text_anchor_get_type, DQ_TEXT_ANCHOR_END + 1, "start" },
  { "DqPathOp", dq_path_op_get_type, DQ_PATH_CLOSE + 1, "move" },
  { "DqExportFormat", dq_export_format_get_type, DQ_EXPORT_PDF + 1, "png" },
  { "DqMarkRole", dq_mark_role_get_type, DQ_MARK_ROLE_WHISKER + 1, "axis" },
  { "DqLegendStyle", dq_legend_style_get_type, DQ_LEGEND_WHISKER + 1, "fill" },
};

static void
test_language_nicks (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (DQ_TYPE_LANGUAGE);

  /* The nicks are the language codes the command line and projects use. */
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "en")->value, ==, DQ_LANGUAGE_EN);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "ru")->value, ==, DQ_LANGUAGE_RU);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "kk")->value, ==, DQ_LANGUAGE_KK);
}

/* The names marks had as strings, which the SVG writer still writes as
 * their class: a renamed value would change every exported SVG. */
static const struct
{
  DqMarkRole  role;
  const char *nick;
} mark_roles[] = {
  { DQ_MARK_ROLE_AXIS, "axis" },
  { DQ_MARK_ROLE_AXIS_LABEL, "axis-label" },
  { DQ_MARK_ROLE_AXIS_TITLE, "axis-title" },
  { DQ_MARK_ROLE_BACKGROUND, "background" },
  { DQ_MARK_ROLE_BAR, "bar" },
  { DQ_MARK_ROLE_BOUND, "bound" },
  { DQ_MARK_ROLE_BOUND_ARROW, "bound-arrow" },
  { DQ_MARK_ROLE_CENTRE, "centre" },
  { DQ_MARK_ROLE_CLUSTER, "cluster" },
  { DQ_MARK_ROLE_CLUSTER_LABEL, "cluster-label" },
  { DQ_MARK_ROLE_CORRECTION, "correction" },
  { DQ_MARK_ROLE_COUNTRY, "country" },
  { DQ_MARK_ROLE_COUNTRY_LABEL, "country-label" },
  { DQ_MARK_ROLE_EMPTY_LABEL, "empty-label" },
  { DQ_MARK_ROLE_EVENT, "event" },
  { DQ_MARK_ROLE_FRAME, "frame" },
  { DQ_MARK_ROLE_GAP, "gap" },
  { DQ_MARK_ROLE_GAP_LABEL, "gap-label" },
  { DQ_MARK_ROLE_GHOST, "ghost" },
  { DQ_MARK_ROLE_GHOST_LABEL, "ghost-label" },
  { DQ_MARK_ROLE_GRID, "grid" },
  { DQ_MARK_ROLE_GROUP, "group" },
  { DQ_MARK_ROLE_GROUP_LABEL, "group-label" },
  { DQ_MARK_ROLE_LABEL, "label" },
  { DQ_MARK_ROLE_LEADER, "leader" },
  { DQ_MARK_ROLE_LEGEND, "legend" },
  { DQ_MARK_ROLE_LINE, "line" },
  { DQ_MARK_ROLE_NEIGHBOUR, "neighbour" },
  { DQ_MARK_ROLE_NOTE, "note" },
  { DQ_MARK_ROLE_PANEL_TITLE, "panel-title" },
  { DQ_MARK_ROLE_PERIOD, "period" },
  { DQ_MARK_ROLE_PLACE, "place" },
  { DQ_MARK_ROLE_PLACE_HIGHLIGHT, "place-highlight" },
  { DQ_MARK_ROLE_PLACE_LABEL, "place-label" },
  { DQ_MARK_ROLE_POINT, "point" },
  { DQ_MARK_ROLE_QUADRANT, "quadrant" },
  { DQ_MARK_ROLE_QUADRANT_LABEL, "quadrant-label" },
  { DQ_MARK_ROLE_REGION, "region" },
  { DQ_MARK_ROLE_REGION_CONTEXT, "region-context" },
  { DQ_MARK_ROLE_REGION_HIGHLIGHT, "region-highlight" },
  { DQ_MARK_ROLE_REGION_LABEL, "region-label" },
  { DQ_MARK_ROLE_REMAINDER, "remainder" },
  { DQ_MARK_ROLE_REMAINDER_LABEL, "remainder-label" },
  { DQ_MARK_ROLE_ROW_LABEL, "row-label" },
  { DQ_MARK_ROLE_SEGMENT_LABEL, "segment-label" },
  { DQ_MARK_ROLE_SHIFT, "shift" },
  { DQ_MARK_ROLE_SOURCE, "source" },
  { DQ_MARK_ROLE_SUBTITLE, "subtitle" },
  { DQ_MARK_ROLE_TICK, "tick" },
  { DQ_MARK_ROLE_TICK_LABEL, "tick-label" },
  { DQ_MARK_ROLE_TITLE, "title" },
  { DQ_MARK_ROLE_VALUE_LABEL, "value-label" },
  { DQ_MARK_ROLE_WHISKER, "whisker" },
};

static void
test_mark_role_nicks (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (DQ_TYPE_MARK_ROLE);

  /* Every role is in the table, once. */
  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (mark_roles));
  for (guint i = 0; i < G_N_ELEMENTS (mark_roles); i++)
    {
      g_assert_cmpstr (dq_enum_to_nick (DQ_TYPE_MARK_ROLE, mark_roles[i].role), ==,
                       mark_roles[i].nick);
      for (guint k = 0; k < i; k++)
        g_assert_cmpint (mark_roles[k].role, !=, mark_roles[i].role);
    }
}

static void
test_centre_kind_strings (void)
{
  for (DqCentreKind kind = 0; kind < DQ_N_CENTRE_KINDS; kind++)
    {
      const char *str = dq_centre_kind_to_string (kind);
      DqCentreKind back = DQ_N_CENTRE_KINDS;

      g_assert_nonnull (str);
      g_assert_true (dq_centre_kind_from_string (str, &back));
      g_assert_cmpint (back, ==, kind);
    }

  g_assert_cmpstr (dq_centre_kind_to_string (DQ_CENTRE_FRIENDSHIP_HOUSE), ==, "friendship-house");
  g_assert_false (dq_centre_kind_from_string ("mosque", &(DqCentreKind) { 0 }));
  g_assert_false (dq_centre_kind_from_string (NULL, &(DqCentreKind) { 0 }));
}

static void
test_nick_helpers (void)
{
  int value = -1;

  g_assert_cmpstr (dq_enum_to_nick (DQ_TYPE_UNIT, DQ_UNIT_PERCENT_POINTS), ==, "percent-points");
  g_assert_cmpstr (dq_enum_to_nick (DQ_TYPE_EXPORT_FORMAT, DQ_EXPORT_SVG), ==, "svg");
  g_assert_true (dq_enum_from_nick (DQ_TYPE_BOUND, "approx", &value));
  g_assert_cmpint (value, ==, DQ_BOUND_APPROX);

  /* An unknown or absent name leaves the value alone. */
  g_assert_false (dq_enum_from_nick (DQ_TYPE_BOUND, "about", &value));
  g_assert_false (dq_enum_from_nick (DQ_TYPE_BOUND, NULL, &value));
  g_assert_cmpint (value, ==, DQ_BOUND_APPROX);

  /* The wrappers of the model and the drawing core read the same names. */
  g_assert_cmpstr (dq_language_to_code (DQ_LANGUAGE_KK), ==, "kk");
  g_assert_true (dq_language_from_code ("ru", &(DqLanguage) { 0 }));
  g_assert_false (dq_language_from_code ("de", &(DqLanguage) { 0 }));
  g_assert_false (dq_language_from_code (NULL, &(DqLanguage) { 0 }));
  g_assert_cmpstr (dq_unit_to_string (DQ_UNIT_TENGE), ==, "tenge");
  g_assert_cmpstr (dq_bound_to_string (DQ_BOUND_LE), ==, "le");
  g_assert_cmpstr (dq_export_format_to_string (DQ_EXPORT_PDF), ==, "pdf");
  g_assert_true (dq_export_format_from_string ("PNG", &(DqExportFormat) { 0 }));
  g_assert_false (dq_export_format_from_string ("jpeg", &(DqExportFormat) { 0 }));
}

static void
test_invalid_value (void)
{
  if (g_test_subprocess ())
    {
      dq_enum_to_nick (DQ_TYPE_LANGUAGE, DQ_N_LANGUAGES);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*found != NULL*");
}

static void
test_language_property (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DqDataset) dataset = dq_dataset_new_bundled (&error);
  g_autoptr(DqMap) map = NULL;
  GParamSpec *pspec;
  DqLanguage language = DQ_LANGUAGE_EN;

  g_assert_no_error (error);
  map = dq_map_new (dataset);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (map), "language");

  /* A language property is an enum, so bindings and GtkBuilder can use
   * the nicks. */
  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == DQ_TYPE_LANGUAGE);

  g_object_set (map, "language", DQ_LANGUAGE_KK, NULL);
  g_object_get (map, "language", &language, NULL);
  g_assert_cmpint (language, ==, DQ_LANGUAGE_KK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Dostyq/Model/Enums/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_round_trip);
    }
  g_test_add_func ("/Dostyq/Model/Enums/language-nicks", test_language_nicks);
  g_test_add_func ("/Dostyq/Model/Enums/mark-role-nicks", test_mark_role_nicks);
  g_test_add_func ("/Dostyq/Model/Enums/centre-kind-strings", test_centre_kind_strings);
  g_test_add_func ("/Dostyq/Model/Enums/nick-helpers", test_nick_helpers);
  g_test_add_func ("/Dostyq/Model/Enums/invalid-value", test_invalid_value);
  g_test_add_func ("/Dostyq/Model/Enums/language-property", test_language_property);

  return g_test_run ();
}
