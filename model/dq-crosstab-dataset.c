/* dq-crosstab-dataset.c
 *
 * A crosstab of a researcher's own data as a dataset, so that the charts,
 * their export and their tooltips treat it like any survey of the bundled
 * dataset.
 *
 * The dataset is written as dataset JSON and read back through the loader,
 * so that it is checked like a file a user opens. It has one document (the
 * data file, a table), one survey whose samples are the crosstab's columns,
 * and one question: the row variable. Each figure is a column percentage
 * with its Wilson interval on the column's effective sample size, stated
 * in the figure's "ci" so that the charts draw that interval rather than
 * one of their own, and a quote that says how it was computed.
 *
 * A grouped chart has one category per value of the row variable. A
 * diverging chart reads the values, in order, as a scale: the lower half is
 * the negative end, the upper half the positive end, and a middle value of
 * an odd number of them is neither.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "dq-crosstab.h"

#define DOCUMENT_ID "imported"
#define SURVEY_ID "imported"

/* The words the dataset carries in each language; the charts' own words
 * live with the charts. */
typedef enum
{
  STRING_ALL_RESPONDENTS,
  STRING_RESPONDENTS,
  STRING_SHARE_BY,
  STRING_SHARE,
  STRING_WEIGHTED_BY,
  STRING_UNWEIGHTED,
  N_STRINGS
} String;

static const char * const strings[N_STRINGS][DQ_N_LANGUAGES] = {
  [STRING_ALL_RESPONDENTS] = { "All respondents", "Все респонденты", "Барлық респонденттер" },
  [STRING_RESPONDENTS] = { "Respondents: %s", "Респонденты: %s", "Респонденттер: %s" },
  [STRING_SHARE_BY] = { "Share of respondents by %s, %%", "Доля респондентов по «%s», %%",
                        "Респонденттердің «%s» бойынша үлесі, %%" },
  [STRING_SHARE] = { "Share of respondents, %", "Доля респондентов, %",
                     "Респонденттердің үлесі, %" },
  [STRING_WEIGHTED_BY] = { "%s, weighted by %s", "%s, взвешено по %s",
                           "%s, %s бойынша салмақталған" },
  [STRING_UNWEIGHTED] = { "%s, unweighted", "%s, без взвешивания", "%s, салмақталмаған" },
};

/* A column of the table, as the survey's samples have it. */
typedef struct
{
  /* The crosstab's column: dq_crosstab_get_n_columns() for all respondents. */
  guint  index;
  /* The samples' and figures' "country"; NULL for all respondents. */
  char  *name;
  /* "region = 1 “North”", for the quotes. */
  char  *description;
} Column;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->description);
}

static char *
format_string (String      id,
               DqLanguage  language,
               const char *arg1,
               const char *arg2)
{
  /* The formats are the constants above, each with at most two "%s". */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (strings[id][language], arg1, arg2);
#pragma GCC diagnostic pop
}

static char *
format_decimal (double value,
                int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_snprintf (format, sizeof format, "%%.%df", decimals);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/* "q1 = 2 “Rather positive”", or "q1 = 2" for a value without a label;
 * without @variable, "2 “Rather positive”". */
static char *
describe_value (const char *variable,
                const char *value,
                const char *label)
{
  g_autofree char *described = NULL;

  if (label == NULL || *label == '\0' || g_str_equal (label, value))
    described = g_strdup (value);
  else
    described = g_strdup_printf ("%s “%s”", value, label);

  if (variable == NULL)
    return g_steal_pointer (&described);

  return g_strdup_printf ("%s = %s", variable, described);
}

static const char *
row_label (DqCrosstab *self,
           guint       row)
{
  const char *label = dq_crosstab_get_row_label (self, row);

  return label != NULL && *label != '\0' ? label : dq_crosstab_get_row_value (self, row);
}

static const char *
column_label (DqCrosstab *self,
              guint       column)
{
  const char *label = dq_crosstab_get_column_label (self, column);

  return label != NULL && *label != '\0' ? label : dq_crosstab_get_column_value (self, column);
}

/* The label of a variable, or its name when it has none. */
static const char *
variable_title (DqSurveyData *data,
                const char   *name)
{
  guint variable;
  const char *label;

  if (!dq_survey_data_lookup_variable (data, name, &variable))
    return name;
  label = dq_survey_data_get_label (data, variable);

  return label != NULL && *label != '\0' ? label : name;
}

/* The columns, each named by its label. Two values with one label are told
 * apart by their values, since the charts match figures by that name. */
static GArray *
collect_columns (DqCrosstab *self)
{
  GArray *columns = g_array_new (FALSE, TRUE, sizeof (Column));
  guint n_columns = dq_crosstab_get_n_columns (self);
  const char *variable = dq_crosstab_get_column_variable (self);

  g_array_set_clear_func (columns, column_clear);

  if (n_columns == 0)
    {
      Column column = { n_columns, NULL, g_strdup ("all respondents") };

      g_array_append_val (columns, column);
      return columns;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      const char *label = column_label (self, c);
      gboolean shared = FALSE;
      Column column;

      for (guint o = 0; o < n_columns && !shared; o++)
        shared = o != c && g_str_equal (column_label (self, o), label);

      column.index = c;
      column.name = shared ? g_strdup_printf ("%s (%s)", label,
                                              dq_crosstab_get_column_value (self, c))
                           : g_strdup (label);
      column.description = describe_value (variable, dq_crosstab_get_column_value (self, c),
                                           dq_crosstab_get_column_label (self, c));
      g_array_append_val (columns, column);
    }

  return columns;
}

/* An id from a variable name: "Q1_a" becomes "q1-a". */
static char *
make_id (const char *name)
{
  GString *id = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "question");

  return g_string_free (id, FALSE);
}

static gboolean
is_plain_id (const char *text)
{
  if (!g_ascii_islower (text[0]) && !g_ascii_isdigit (text[0]))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

/* The grouped chart's category ids: the values themselves when they all
 * make ids ("1", "2", "9"), so that the chart's data reads like the file;
 * otherwise "c1", "c2", …. The ids of the diverging chart's ends are never
 * used, lest a grouped chart be taken for one. */
static GStrv
make_category_ids (DqCrosstab *self)
{
  static const char * const reserved[] = { "positive", "negative", "middle", NULL };
  guint n_rows = dq_crosstab_get_n_rows (self);
  GStrv ids = g_new0 (char *, n_rows + 1);
  gboolean values = TRUE;

  for (guint r = 0; r < n_rows && values; r++)
    {
      const char *value = dq_crosstab_get_row_value (self, r);

      values = is_plain_id (value) && !g_strv_contains (reserved, value);
    }

  for (guint r = 0; r < n_rows; r++)
    ids[r] = values ? g_strdup (dq_crosstab_get_row_value (self, r))
                    : g_strdup_printf ("c%u", r + 1);

  return ids;
}

/* Builders. */

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *en,
          const char  *ru,
          const char  *kk)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, en);
  json_builder_set_member_name (builder, "ru");
  json_builder_add_string_value (builder, ru);
  json_builder_set_member_name (builder, "kk");
  json_builder_add_string_value (builder, kk);
  json_builder_end_object (builder);
}

/* The same words in every language: the data's own labels. */
static void
add_text_same (JsonBuilder *builder,
               const char  *member,
               const char  *text)
{
  add_text (builder, member, text, text, text);
}

static void
add_text_string (JsonBuilder *builder,
                 const char  *member,
                 String       id,
                 const char  *arg1,
                 const char  *arg2)
{
  g_autofree char *en = format_string (id, DQ_LANGUAGE_EN, arg1, arg2);
  g_autofree char *ru = format_string (id, DQ_LANGUAGE_RU, arg1, arg2);
  g_autofree char *kk = format_string (id, DQ_LANGUAGE_KK, arg1, arg2);

  add_text (builder, member, en, ru, kk);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_source (JsonBuilder *builder,
            const char  *quote)
{
  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  add_string (builder, "document", DOCUMENT_ID);
  add_string (builder, "quote", quote);
  json_builder_end_object (builder);
}

static void
add_document (JsonBuilder *builder,
              DqCrosstab  *self)
{
  const char *name = dq_survey_data_get_source_name (dq_crosstab_get_data (self));
  const char *weight = dq_crosstab_get_weight_variable (self);
  String short_id = weight != NULL ? STRING_WEIGHTED_BY : STRING_UNWEIGHTED;

  json_builder_begin_object (builder);
  add_string (builder, "id", DOCUMENT_ID);
  add_string (builder, "title", name);
  add_string (builder, "file", name);
  add_string (builder, "kind", "table");
  /* The charts' source line: the file, and how its respondents were
   * weighted. */
  add_text_string (builder, "short", short_id, name, weight);
  json_builder_end_object (builder);
}

static void
add_sample (JsonBuilder  *builder,
            DqCrosstab   *self,
            const Column *column)
{
  guint64 n = dq_crosstab_get_unweighted (self, dq_crosstab_get_n_rows (self), column->index);
  g_autofree char *id = g_strdup_printf ("%s-n-%u", SURVEY_ID, column->index + 1);
  g_autofree char *n_text = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  g_autofree char *quote = g_strdup_printf ("%s: %s respondents", column->description, n_text);

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  if (column->name != NULL)
    add_text_string (builder, "label", STRING_RESPONDENTS, column->name, NULL);
  else
    add_text (builder, "label", strings[STRING_ALL_RESPONDENTS][DQ_LANGUAGE_EN],
              strings[STRING_ALL_RESPONDENTS][DQ_LANGUAGE_RU],
              strings[STRING_ALL_RESPONDENTS][DQ_LANGUAGE_KK]);
  json_builder_set_member_name (builder, "value");
  json_builder_add_int_value (builder, n);
  add_string (builder, "value_text", n_text);
  add_string (builder, "unit", "people");
  if (column->name != NULL)
    add_string (builder, "country", column->name);
  add_source (builder, quote);
  json_builder_end_object (builder);
}

/* One figure: a share of a column's respondents, with its interval and the
 * sentence that says how both were computed. */
static void
add_figure (JsonBuilder  *builder,
            DqCrosstab   *self,
            const Column *column,
            const char   *id,
            const char   *category,
            const char   *answer,
            const char   *answer_description,
            double        percent,
            double        low,
            double        high)
{
  const char *weight = dq_crosstab_get_weight_variable (self);
  guint64 n = dq_crosstab_get_unweighted (self, dq_crosstab_get_n_rows (self), column->index);
  double n_eff = dq_crosstab_get_effective_n (self, column->index);
  g_autofree char *value_text = NULL;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  g_autofree char *n_eff_text = format_decimal (n_eff, 1);
  g_autofree char *quote = NULL;
  g_autofree char *weighting = NULL;
  char *labels[DQ_N_LANGUAGES];

  /* Sums of shares may pass 100 by a rounding error; the interval holds
   * the value, which the Wilson interval does but for the last bit. */
  percent = CLAMP (percent, 0, 100);
  value_text = format_decimal (percent, 1);
  if (isfinite (low) && isfinite (high))
    {
      low = MIN (low, percent);
      high = MAX (high, percent);
      low_text = format_decimal (low, 1);
      high_text = format_decimal (high, 1);
    }

  if (weight != NULL)
    weighting = g_strdup_printf ("weighted by %s (n = %" G_GUINT64_FORMAT
                                 ", effective n = %s)", weight, n, n_eff_text);
  else
    weighting = g_strdup_printf ("unweighted (n = %" G_GUINT64_FORMAT ")", n);
  if (low_text != NULL)
    quote = g_strdup_printf ("%s, %s: %s %% %s, Wilson 95 %% interval %s–%s %%",
                             answer_description, column->description, value_text, weighting,
                             low_text, high_text);
  else
    quote = g_strdup_printf ("%s, %s: %s %% %s", answer_description, column->description,
                             value_text, weighting);

  /* "Rather positive — North", as a tooltip names the bar. */
  for (guint l = 0; l < DQ_N_LANGUAGES; l++)
    labels[l] = g_strdup_printf ("%s — %s", answer,
                                 column->name != NULL ? column->name
                                                      : strings[STRING_ALL_RESPONDENTS][l]);

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_text (builder, "label", labels[DQ_LANGUAGE_EN], labels[DQ_LANGUAGE_RU],
            labels[DQ_LANGUAGE_KK]);
  for (guint l = 0; l < DQ_N_LANGUAGES; l++)
    g_free (labels[l]);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, percent);
  add_string (builder, "value_text", value_text);
  add_string (builder, "unit", "percent");
  if (column->name != NULL)
    add_string (builder, "country", column->name);
  add_string (builder, "category", category);
  if (low_text != NULL)
    {
      json_builder_set_member_name (builder, "ci");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "low");
      json_builder_add_double_value (builder, low);
      json_builder_set_member_name (builder, "high");
      json_builder_add_double_value (builder, high);
      json_builder_end_object (builder);
    }
  add_source (builder, quote);
  json_builder_end_object (builder);
}

static void
add_category (JsonBuilder *builder,
              const char  *id,
              const char  *label)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_text_same (builder, "label", label);
  json_builder_end_object (builder);
}

static void
add_grouped (JsonBuilder *builder,
             DqCrosstab  *self,
             GArray      *columns,
             const char  *question_id)
{
  const char *variable = dq_crosstab_get_row_variable (self);
  guint n_rows = dq_crosstab_get_n_rows (self);
  g_auto(GStrv) ids = make_category_ids (self);

  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  for (guint r = 0; r < n_rows; r++)
    add_category (builder, ids[r], row_label (self, r));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "figures");
  json_builder_begin_array (builder);
  for (guint c = 0; c < columns->len; c++)
    {
      const Column *column = &g_array_index (columns, Column, c);

      for (guint r = 0; r < n_rows; r++)
        {
          g_autofree char *id = g_strdup_printf ("%s-%s-%u-%s", SURVEY_ID, question_id, c + 1,
                                                 ids[r]);
          g_autofree char *answer = describe_value (variable, dq_crosstab_get_row_value (self, r),
                                                    dq_crosstab_get_row_label (self, r));
          double low, high;

          dq_crosstab_get_column_interval (self, r, column->index, &low, &high);
          add_figure (builder, self, column, id, ids[r], row_label (self, r), answer,
                      dq_crosstab_get_column_percent (self, r, column->index), low, high);
        }
    }
  json_builder_end_array (builder);
}

/* The rows from @first to @last, inclusive, as one end of a scale: their
 * labels joined for the legend, and "q1 = 4 “Good” or 5 “Very good”". */
static void
describe_end (DqCrosstab  *self,
              guint        first,
              guint        last,
              char       **label,
              char       **description)
{
  const char *variable = dq_crosstab_get_row_variable (self);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);

  for (guint r = first; r <= last; r++)
    {
      /* Only the first names the variable: "q1 = 4 or 5". */
      g_autofree char *value = describe_value (r == first ? variable : NULL,
                                               dq_crosstab_get_row_value (self, r),
                                               dq_crosstab_get_row_label (self, r));

      if (r > first)
        {
          g_string_append (labels, ", ");
          g_string_append (values, " or ");
        }
      g_string_append (labels, row_label (self, r));
      g_string_append (values, value);
    }

  *label = g_strdup (labels->str);
  *description = g_strdup (values->str);
}

static void
add_diverging (JsonBuilder *builder,
               DqCrosstab  *self,
               GArray      *columns,
               const char  *question_id,
               gboolean     reverse)
{
  guint n_rows = dq_crosstab_get_n_rows (self);
  guint half = n_rows / 2;
  /* The rows of each end, lower first; a middle row is neither. */
  guint lower_last = half - 1;
  guint upper_first = n_rows - half;
  gboolean has_middle = n_rows % 2 == 1;
  const char *lower_id = reverse ? "positive" : "negative";
  const char *upper_id = reverse ? "negative" : "positive";
  g_autofree char *lower_label = NULL;
  g_autofree char *lower_description = NULL;
  g_autofree char *upper_label = NULL;
  g_autofree char *upper_description = NULL;
  g_autofree char *middle_label = NULL;
  g_autofree char *middle_description = NULL;

  describe_end (self, 0, lower_last, &lower_label, &lower_description);
  describe_end (self, upper_first, n_rows - 1, &upper_label, &upper_description);
  if (has_middle)
    describe_end (self, half, half, &middle_label, &middle_description);

  /* Categories in the order the bars read: negative, middle, positive. */
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  add_category (builder, "negative", reverse ? upper_label : lower_label);
  if (has_middle)
    add_category (builder, "middle", middle_label);
  add_category (builder, "positive", reverse ? lower_label : upper_label);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "figures");
  json_builder_begin_array (builder);
  for (guint c = 0; c < columns->len; c++)
    {
      const Column *column = &g_array_index (columns, Column, c);
      double n_eff = dq_crosstab_get_effective_n (self, column->index);
      double lower = 0, upper = 0;
      double low, high;
      g_autofree char *lower_fig = g_strdup_printf ("%s-%s-%u-%s", SURVEY_ID, question_id, c + 1,
                                                    lower_id);
      g_autofree char *upper_fig = g_strdup_printf ("%s-%s-%u-%s", SURVEY_ID, question_id, c + 1,
                                                    upper_id);

      for (guint r = 0; r <= lower_last; r++)
        lower += dq_crosstab_get_column_percent (self, r, column->index);
      for (guint r = upper_first; r < n_rows; r++)
        upper += dq_crosstab_get_column_percent (self, r, column->index);

      dq_crosstab_wilson_interval (CLAMP (lower / 100, 0, 1), n_eff, &low, &high);
      add_figure (builder, self, column, lower_fig, lower_id, lower_label, lower_description,
                  lower, low * 100, high * 100);

      if (has_middle)
        {
          g_autofree char *middle_fig = g_strdup_printf ("%s-%s-%u-middle", SURVEY_ID,
                                                         question_id, c + 1);

          dq_crosstab_get_column_interval (self, half, column->index, &low, &high);
          add_figure (builder, self, column, middle_fig, "middle", middle_label,
                      middle_description,
                      dq_crosstab_get_column_percent (self, half, column->index), low, high);
        }

      dq_crosstab_wilson_interval (CLAMP (upper / 100, 0, 1), n_eff, &low, &high);
      add_figure (builder, self, column, upper_fig, upper_id, upper_label, upper_description,
                  upper, low * 100, high * 100);
    }
  json_builder_end_array (builder);
}

static void
add_survey (JsonBuilder     *builder,
            DqCrosstab      *self,
            DqCrosstabChart  chart,
            gboolean         reverse)
{
  DqSurveyData *data = dq_crosstab_get_data (self);
  const char *row_variable = dq_crosstab_get_row_variable (self);
  const char *column_variable = dq_crosstab_get_column_variable (self);
  const char *wording = variable_title (data, row_variable);
  g_autofree char *question_id = make_id (row_variable);
  g_autoptr(GArray) columns = collect_columns (self);

  json_builder_begin_object (builder);
  add_string (builder, "id", SURVEY_ID);
  /* The charts' subtitle: by which variable respondents are split. */
  if (column_variable != NULL && dq_crosstab_get_n_columns (self) > 0)
    add_text_string (builder, "name", STRING_SHARE_BY, variable_title (data, column_variable),
                     NULL);
  else
    add_text (builder, "name", strings[STRING_SHARE][DQ_LANGUAGE_EN],
              strings[STRING_SHARE][DQ_LANGUAGE_RU], strings[STRING_SHARE][DQ_LANGUAGE_KK]);
  add_string (builder, "document", DOCUMENT_ID);

  json_builder_set_member_name (builder, "samples");
  json_builder_begin_array (builder);
  for (guint c = 0; c < columns->len; c++)
    add_sample (builder, self, &g_array_index (columns, Column, c));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string (builder, "id", question_id);
  add_text_same (builder, "wording", wording);
  if (chart == DQ_CROSSTAB_CHART_DIVERGING)
    add_diverging (builder, self, columns, question_id, reverse);
  else
    add_grouped (builder, self, columns, question_id);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * dq_crosstab_to_dataset:
 * @self: a #DqCrosstab
 * @chart: the chart to prepare
 * @reverse: for %DQ_CROSSTAB_CHART_DIVERGING, whether the scale runs from
 *   positive to negative, as one coded 1 = very positive does
 * @error: the place for an error
 *
 * Makes a dataset of the table's column percentages, for the chart
 * dq_chart_list_for_dataset() then finds in it: grouped bars of every
 * category, or diverging bars of the two ends of a scale. Each figure
 * states its Wilson 95 % interval on the column's effective sample size,
 * which the chart draws. The samples are the columns, named by their value
 * labels (or values), with their unweighted counts; without a column
 * variable there is one sample of all respondents.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 *   when a diverging chart is asked of fewer than two categories
 */
DqDataset *
dq_crosstab_to_dataset (DqCrosstab       *self,
                        DqCrosstabChart   chart,
                        gboolean          reverse,
                        GError          **error)
{
  DqSurveyData *data;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  gsize length;

  g_return_val_if_fail (DQ_IS_CROSSTAB (self), NULL);
  g_return_val_if_fail (chart == DQ_CROSSTAB_CHART_GROUPED ||
                        chart == DQ_CROSSTAB_CHART_DIVERGING, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = dq_crosstab_get_data (self);
  if (chart == DQ_CROSSTAB_CHART_DIVERGING && dq_crosstab_get_n_rows (self) < 2)
    {
      g_set_error (error, DQ_CROSSTAB_ERROR, DQ_CROSSTAB_ERROR_NOT_A_SCALE,
                   _("%s: a diverging chart needs a scale of at least two values, but “%s” has "
                     "only one valid value"),
                   dq_survey_data_get_source_name (data), dq_crosstab_get_row_variable (self));
      return NULL;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  add_string (builder, "format", "dostyq-dataset");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);

  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  add_document (builder, self);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "surveys");
  json_builder_begin_array (builder);
  add_survey (builder, self, chart, reverse);
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);

  return dq_dataset_new_from_data (json, length, dq_survey_data_get_source_name (data), error);
}
