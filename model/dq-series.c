/* dq-series.c
 *
 * A series of tables over the years: the censuses of one country by ethnic
 * group, or a statistics office's estimates. Each cell is a figure with a
 * year, a group (none for the whole population) and a table source; a year
 * of the series without a figure for a group is a gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-dataset-private.h"
#include "dq-series.h"

struct _DqSeries
{
  GObject     parent_instance;

  char       *id;
  DqText     *name;
  char       *country;
  char       *kind;
  GArray     *years;
  DqText     *note;
  GListStore *figures;
};

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DqSeries, dq_series, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dq_series_dispose (GObject *object)
{
  DqSeries *self = DQ_SERIES (object);

  g_clear_object (&self->figures);

  G_OBJECT_CLASS (dq_series_parent_class)->dispose (object);
}

static void
dq_series_finalize (GObject *object)
{
  DqSeries *self = DQ_SERIES (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, dq_text_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->note, dq_text_free);

  G_OBJECT_CLASS (dq_series_parent_class)->finalize (object);
}

static void
dq_series_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DqSeries *self = DQ_SERIES (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dq_series_class_init (DqSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dq_series_dispose;
  object_class->finalize = dq_series_finalize;
  object_class->get_property = dq_series_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dq_series_init (DqSeries *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
}

/* The years, rising, each once. */
static gboolean
read_years (DqSeries      *self,
            DqJsonReader  *reader,
            JsonObject    *object,
            GError       **error)
{
  JsonArray *years;

  if (!dq_json_reader_get_array (reader, object, "years", DQ_REQUIRED, &years, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      JsonNode *node = json_array_get_element (years, i);
      int year;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 1000 || json_node_get_int (node) > 2100)
        {
          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_RANGE, "years",
                                    _("expected years from 1000 to 2100"));
          return FALSE;
        }
      year = json_node_get_int (node);
      if (i > 0 && year <= g_array_index (self->years, int, i - 1))
        {
          dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_VALUE, "years",
                                    _("the years rise, each once: %d comes after %d"),
                                    year, g_array_index (self->years, int, i - 1));
          return FALSE;
        }
      g_array_append_val (self->years, year);
    }

  if (self->years->len == 0)
    {
      dq_json_reader_set_error (reader, error, DQ_DATASET_ERROR_MISSING, "years",
                                _("a series has at least one year"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_year (DqSeries *self,
          int       year)
{
  for (guint i = 0; i < self->years->len; i++)
    {
      if (g_array_index (self->years, int, i) == year)
        return TRUE;
    }

  return FALSE;
}

/* What is wrong with a cell, and in which member, or %NULL: every cell is
 * a count of people or a share, of one of the series' years, from a
 * table, and stated once. */
static char *
check_figure (DqSeries    *self,
              GHashTable  *cells,
              DqFigure    *figure,
              const char **member)
{
  DqUnit unit = dq_figure_get_unit (figure);
  const char *group = dq_figure_get_group_id (figure);

  *member = NULL;
  if (unit != DQ_UNIT_PEOPLE && unit != DQ_UNIT_PERCENT)
    {
      *member = "unit";
      return g_strdup (_("a cell of a series is “people” or “percent”"));
    }
  if (!has_year (self, dq_figure_get_year (figure)))
    {
      *member = "year";
      return g_strdup_printf (_("%d is not one of the series’ years"),
                              dq_figure_get_year (figure));
    }
  if (!dq_source_is_table (dq_figure_get_source (figure)))
    {
      *member = "source";
      return g_strdup (_("a cell of a series cites a table: its source names the “table”"));
    }
  if (!g_hash_table_add (cells, g_strdup_printf ("%s\x1f%d\x1f%d", group != NULL ? group : "",
                                                 dq_figure_get_year (figure), unit)))
    return g_strdup (_("another cell of the series has the same group, year and unit"));

  return NULL;
}

static gboolean
check_figures (DqSeries      *self,
               DqJsonReader  *reader,
               GError       **error)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);
      const char *member;
      g_autofree char *problem = check_figure (self, cells, figure, &member);

      if (problem != NULL)
        {
          dq_json_reader_push_member (reader, "figures");
          dq_json_reader_push_index (reader, i);
          dq_json_reader_set_error (reader, error,
                                    member == NULL ? DQ_DATASET_ERROR_DUPLICATE
                                                   : DQ_DATASET_ERROR_VALUE,
                                    member, "%s", problem);
          dq_json_reader_pop (reader);
          dq_json_reader_pop (reader);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * _dq_series_new_from_json:
 * @reader: the reader, at @object
 * @object: a series
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the series, or %NULL with @error set
 */
DqSeries *
_dq_series_new_from_json (DqJsonReader  *reader,
                          JsonObject    *object,
                          GError       **error)
{
  static const char * const members[] = {
    "id", "name", "country", "kind", "years", "note", "figures", NULL
  };
  static const char * const kinds[] = { "census", "estimate", NULL };
  g_autoptr(DqSeries) self = g_object_new (DQ_TYPE_SERIES, NULL);
  int country = 0;
  int kind = 0;

  if (!dq_json_reader_check_members (reader, object, members, error) ||
      !dq_json_reader_get_id (reader, object, "id", DQ_REQUIRED, &self->id, error) ||
      !dq_json_reader_get_text (reader, object, "name", DQ_REQUIRED, &self->name, error) ||
      !dq_json_reader_get_choice (reader, object, "country", DQ_REQUIRED, _dq_country_codes,
                                  &country, error) ||
      !dq_json_reader_get_choice (reader, object, "kind", DQ_REQUIRED, kinds, &kind, error) ||
      !read_years (self, reader, object, error) ||
      !dq_json_reader_get_text (reader, object, "note", DQ_OPTIONAL, &self->note, error))
    return NULL;

  self->country = g_strdup (_dq_country_codes[country]);
  self->kind = g_strdup (kinds[kind]);

  self->figures = _dq_figures_from_json (reader, object, "figures", DQ_FIGURE_PLAIN, error);
  if (self->figures == NULL || !check_figures (self, reader, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dq_series_get_id (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return self->id;
}

const DqText *
dq_series_get_name (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return self->name;
}

const char *
dq_series_get_country (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return self->country;
}

/**
 * dq_series_get_kind:
 * @self: a #DqSeries
 *
 * Returns: “census”, or “estimate” for a statistics office's figures
 *   between censuses
 */
const char *
dq_series_get_kind (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return self->kind;
}

/**
 * dq_series_get_years:
 * @self: a #DqSeries
 * @n_years: (out): how many
 *
 * Returns: (array length=n_years): the years of the series, rising
 */
const int *
dq_series_get_years (DqSeries *self,
                     guint    *n_years)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  *n_years = self->years->len;

  return (const int *) (gpointer) self->years->data;
}

const DqText *
dq_series_get_note (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return self->note;
}

/**
 * dq_series_get_figures:
 * @self: a #DqSeries
 *
 * Returns: (transfer none): the cells, as #DqFigure<!-- -->s
 */
GListModel *
dq_series_get_figures (DqSeries *self)
{
  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  return G_LIST_MODEL (self->figures);
}

/**
 * dq_series_lookup:
 * @self: a #DqSeries
 * @group_id: (nullable): a group, or %NULL for the whole population
 * @year: one of the series' years
 * @unit: %DQ_UNIT_PEOPLE or %DQ_UNIT_PERCENT
 *
 * Returns: (transfer none) (nullable): the cell, or %NULL for a gap
 */
DqFigure *
dq_series_lookup (DqSeries   *self,
                  const char *group_id,
                  int         year,
                  DqUnit      unit)
{
  guint n;

  g_return_val_if_fail (DQ_IS_SERIES (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->figures));
  for (guint i = 0; i < n; i++)
    {
      DqFigure *figure = g_list_model_get_item (G_LIST_MODEL (self->figures), i);

      g_object_unref (figure);
      if (dq_figure_get_year (figure) == year && dq_figure_get_unit (figure) == unit &&
          g_strcmp0 (dq_figure_get_group_id (figure), group_id) == 0)
        return figure;
    }

  return NULL;
}
