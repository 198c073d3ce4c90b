/* dq-crosstab-export.c
 *
 * The crosstab as the window shows it, as a grid: a heading row (the row
 * variable, each column, the total), a row of percentages per category
 * (with a row of intervals under each when the percentages are column
 * percentages, whose intervals the model computes), the weighted,
 * unweighted and effective n, then notes: the weight, the tests and the
 * methods. The grid is written as tab-separated text for a spreadsheet's
 * paste (decimal mark of the language, no thousands separators, so that the
 * spreadsheet reads numbers), as CSV (decimal point) and as an HTML table
 * for a word processor (numbers as the language writes them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dq-crosstab-export.h"
#include "dq-format.h"
#include "dq-independence.h"
#include "dq-text.h"

typedef struct
{
  char   *text;
  double  number;
  /* Not NaN for an interval from number to high. */
  double  high;
  int     decimals;
} GridCell;

typedef enum
{
  TARGET_TSV,
  TARGET_CSV,
  TARGET_HTML,
} Target;

typedef struct
{
  char      *caption;
  /* Of GArray of GridCell; the first is the heading. */
  GPtrArray *rows;
  GPtrArray *notes;
} Grid;

static void
grid_cell_clear (gpointer data)
{
  GridCell *cell = data;

  g_free (cell->text);
}

static GArray *
grid_add_row (Grid *grid)
{
  GArray *row = g_array_new (FALSE, TRUE, sizeof (GridCell));

  g_array_set_clear_func (row, grid_cell_clear);
  g_ptr_array_add (grid->rows, row);

  return row;
}

static void
row_add_text (GArray     *row,
              const char *text)
{
  GridCell cell = { g_strdup (text != NULL ? text : ""), NAN, NAN, 0 };

  g_array_append_val (row, cell);
}

static void
row_add_number (GArray *row,
                double  number,
                int     decimals)
{
  GridCell cell = { NULL, number, NAN, decimals };

  g_array_append_val (row, cell);
}

static void
row_add_interval (GArray *row,
                  double  low,
                  double  high)
{
  GridCell cell = { NULL, low, high, 1 };

  g_array_append_val (row, cell);
}

static void
grid_clear (Grid *grid)
{
  g_clear_pointer (&grid->caption, g_free);
  g_clear_pointer (&grid->rows, g_ptr_array_unref);
  g_clear_pointer (&grid->notes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Grid, grid_clear)

/**
 * dq_crosstab_get_percent:
 * @table: a crosstab
 * @percent: which percentage
 * @row: a row, or the total row
 * @column: a column, or the total column
 *
 * Returns: the cell's column, row or total percentage
 */
double
dq_crosstab_get_percent (DqCrosstab        *table,
                         DqCrosstabPercent  percent,
                         guint              row,
                         guint              column)
{
  switch (percent)
    {
    case DQ_CROSSTAB_PERCENT_ROW:
      return dq_crosstab_get_row_percent (table, row, column);
    case DQ_CROSSTAB_PERCENT_TOTAL:
      return dq_crosstab_get_total_percent (table, row, column);
    case DQ_CROSSTAB_PERCENT_COLUMN:
    default:
      return dq_crosstab_get_column_percent (table, row, column);
    }
}

static const char * const percent_nicks[] = { "column", "row", "total" };

/**
 * dq_crosstab_percent_from_nick:
 * @nick: "column", "row" or "total"
 * @percent: (out): the percentage it names
 *
 * Returns: whether @nick names one
 */
gboolean
dq_crosstab_percent_from_nick (const char        *nick,
                               DqCrosstabPercent *percent)
{
  for (guint i = 0; i < G_N_ELEMENTS (percent_nicks); i++)
    {
      if (g_strcmp0 (nick, percent_nicks[i]) == 0)
        {
          *percent = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * dq_crosstab_percent_to_nick:
 * @percent: a percentage
 *
 * Returns: its name: "column", "row" or "total"
 */
const char *
dq_crosstab_percent_to_nick (DqCrosstabPercent percent)
{
  g_return_val_if_fail (percent <= DQ_CROSSTAB_PERCENT_TOTAL, NULL);

  return percent_nicks[percent];
}

static const char *
describe_percent (DqCrosstabPercent percent)
{
  switch (percent)
    {
    case DQ_CROSSTAB_PERCENT_ROW:
      return _("Row percentages");
    case DQ_CROSSTAB_PERCENT_TOTAL:
      return _("Percentages of all respondents");
    case DQ_CROSSTAB_PERCENT_COLUMN:
    default:
      return _("Column percentages with 95 % confidence intervals");
    }
}

static char *
describe_category (const char *value,
                   const char *label)
{
  if (label == NULL || g_strcmp0 (label, value) == 0)
    return g_strdup (value);

  return g_strdup_printf ("%s (%s)", label, value);
}

static void
add_count_rows (Grid       *grid,
                DqCrosstab *table)
{
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);
  GArray *weighted = grid_add_row (grid);
  GArray *unweighted = grid_add_row (grid);
  GArray *effective = grid_add_row (grid);

  row_add_text (weighted, _("Weighted n"));
  row_add_text (unweighted, _("Respondents (unweighted n)"));
  row_add_text (effective, _("Effective n"));
  for (guint c = 0; c <= n_columns; c++)
    {
      row_add_number (weighted, dq_crosstab_get_weighted (table, n_rows, c), 1);
      row_add_number (unweighted, dq_crosstab_get_unweighted (table, n_rows, c), 0);
      row_add_number (effective, dq_crosstab_get_effective_n (table, c), 1);
    }
}

static void
add_notes (Grid       *grid,
           DqCrosstab *table,
           DqLanguage  language)
{
  g_autoptr(DqIndependence) tests = dq_independence_new (table);
  g_autofree char *described = dq_independence_describe (tests, language);
  g_auto(GStrv) lines = g_strsplit (described, "\n", -1);
  const char *weight = dq_crosstab_get_weight_variable (table);

  g_ptr_array_add (grid->notes, weight != NULL ? g_strdup_printf (_("Weighted by %s"), weight)
                                               : g_strdup (_("Not weighted")));
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (grid->notes, g_strdup (lines[i]));
  if (dq_independence_is_defined (tests))
    g_ptr_array_add (grid->notes, g_strdup (dq_independence_describe_method ()));
  g_ptr_array_add (grid->notes, g_strdup (dq_crosstab_describe_method ()));
}

static void
grid_fill (Grid              *grid,
           DqCrosstab        *table,
           DqCrosstabPercent  percent,
           DqLanguage         language)
{
  guint n_rows = dq_crosstab_get_n_rows (table);
  guint n_columns = dq_crosstab_get_n_columns (table);
  const char *column_variable = dq_crosstab_get_column_variable (table);
  GArray *heading;

  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  grid->notes = g_ptr_array_new_with_free_func (g_free);
  if (column_variable != NULL)
    grid->caption = g_strdup_printf (_("%s by %s: %s"), dq_crosstab_get_row_variable (table),
                                     column_variable, describe_percent (percent));
  else
    grid->caption = g_strdup_printf (_("%s: %s"), dq_crosstab_get_row_variable (table),
                                     describe_percent (percent));

  heading = grid_add_row (grid);
  row_add_text (heading, dq_crosstab_get_row_variable (table));
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *text = describe_category (dq_crosstab_get_column_value (table, c),
                                                 dq_crosstab_get_column_label (table, c));

      row_add_text (heading, text);
    }
  row_add_text (heading, column_variable != NULL ? _("Total") : _("All respondents"));

  for (guint r = 0; r <= n_rows; r++)
    {
      g_autofree char *text = describe_category (dq_crosstab_get_row_value (table, r),
                                                 dq_crosstab_get_row_label (table, r));
      GArray *row = grid_add_row (grid);

      row_add_text (row, text);
      for (guint c = 0; c <= n_columns; c++)
        row_add_number (row, dq_crosstab_get_percent (table, percent, r, c), 1);

      if (percent != DQ_CROSSTAB_PERCENT_COLUMN || r == n_rows)
        continue;
      row = grid_add_row (grid);
      row_add_text (row, _("95 % CI"));
      for (guint c = 0; c <= n_columns; c++)
        {
          double low, high;

          dq_crosstab_get_column_interval (table, r, c, &low, &high);
          row_add_interval (row, low, high);
        }
    }

  add_count_rows (grid, table);
  add_notes (grid, table, language);
}

static char *
format_number (double     value,
               int        decimals,
               Target     target,
               DqLanguage language)
{
  char *text;

  if (target == TARGET_HTML)
    return dq_format_number (value, decimals, language);

  text = dq_format_decimal (value, decimals);
  /* A spreadsheet in Russian or Kazakh reads "12,5" as a number. */
  if (target == TARGET_TSV && language != DQ_LANGUAGE_EN)
    g_strdelimit (text, ".", ',');

  return text;
}

static char *
format_cell (const GridCell *cell,
             Target          target,
             DqLanguage      language)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (cell->text != NULL)
    return g_strdup (cell->text);
  if (isnan (cell->high))
    return format_number (cell->number, cell->decimals, target, language);
  if (isnan (cell->number))
    return g_strdup ("");

  low = format_number (cell->number, cell->decimals, target, language);
  high = format_number (cell->high, cell->decimals, target, language);

  return g_strdup_printf ("%s–%s", low, high);
}

/* A field of tab-separated text: tabs and line breaks would split it. */
static void
append_tsv_field (GString    *out,
                  const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

static char *
write_delimited (Grid       *grid,
                 Target      target,
                 DqLanguage  language)
{
  GString *out = g_string_new (NULL);
  const char *end = target == TARGET_CSV ? "\r\n" : "\n";
  char separator = target == TARGET_CSV ? ',' : '\t';

  if (target == TARGET_CSV)
    dq_csv_append_field (out, grid->caption);
  else
    append_tsv_field (out, grid->caption);
  g_string_append (out, end);

  for (guint i = 0; i < grid->rows->len; i++)
    {
      GArray *row = g_ptr_array_index (grid->rows, i);

      for (guint k = 0; k < row->len; k++)
        {
          g_autofree char *text = format_cell (&g_array_index (row, GridCell, k), target,
                                               language);

          if (k > 0)
            g_string_append_c (out, separator);
          if (target == TARGET_CSV)
            dq_csv_append_field (out, text);
          else
            append_tsv_field (out, text);
        }
      g_string_append (out, end);
    }

  g_string_append (out, end);
  for (guint i = 0; i < grid->notes->len; i++)
    {
      if (target == TARGET_CSV)
        dq_csv_append_field (out, g_ptr_array_index (grid->notes, i));
      else
        append_tsv_field (out, g_ptr_array_index (grid->notes, i));
      g_string_append (out, end);
    }

  return g_string_free (out, FALSE);
}

/**
 * dq_crosstab_to_tsv:
 * @table: a crosstab
 * @percent: which percentages to show
 * @language: the language of the labels and the decimal mark
 *
 * Returns: (transfer full): the table as tab-separated text, for the
 *   clipboard: it pastes into a spreadsheet as cells
 */
char *
dq_crosstab_to_tsv (DqCrosstab        *table,
                    DqCrosstabPercent  percent,
                    DqLanguage         language)
{
  g_auto(Grid) grid = { NULL };

  g_return_val_if_fail (DQ_IS_CROSSTAB (table), NULL);

  grid_fill (&grid, table, percent, language);

  return write_delimited (&grid, TARGET_TSV, language);
}

/**
 * dq_crosstab_to_csv:
 * @table: a crosstab
 * @percent: which percentages to show
 *
 * Returns: (transfer full): the table as CSV with a decimal point, as the
 *   window shows it
 */
char *
dq_crosstab_to_csv (DqCrosstab        *table,
                    DqCrosstabPercent  percent)
{
  g_auto(Grid) grid = { NULL };
  DqLanguage language = dq_language_get_default ();

  g_return_val_if_fail (DQ_IS_CROSSTAB (table), NULL);

  grid_fill (&grid, table, percent, language);

  return write_delimited (&grid, TARGET_CSV, language);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/**
 * dq_crosstab_to_html:
 * @table: a crosstab
 * @percent: which percentages to show
 * @language: the language of the labels and numbers
 *
 * Returns: (transfer full): the table as an HTML fragment, a `<table>` and
 *   its notes, for the clipboard: it pastes into a word processor as a
 *   table
 */
char *
dq_crosstab_to_html (DqCrosstab        *table,
                     DqCrosstabPercent  percent,
                     DqLanguage         language)
{
  g_auto(Grid) grid = { NULL };
  GString *out;

  g_return_val_if_fail (DQ_IS_CROSSTAB (table), NULL);

  grid_fill (&grid, table, percent, language);

  out = g_string_new ("<meta charset=\"utf-8\"><table border=\"1\" cellspacing=\"0\" "
                      "cellpadding=\"3\">\n<caption>");
  append_escaped (out, grid.caption);
  g_string_append (out, "</caption>\n");
  for (guint i = 0; i < grid.rows->len; i++)
    {
      GArray *row = g_ptr_array_index (grid.rows, i);
      const char *tag = i == 0 ? "th" : "td";

      g_string_append (out, "<tr>");
      for (guint k = 0; k < row->len; k++)
        {
          g_autofree char *text = format_cell (&g_array_index (row, GridCell, k), TARGET_HTML,
                                               language);

          g_string_append_printf (out, "<%s%s>", k == 0 && i > 0 ? "th" : tag,
                                  k > 0 && i > 0 ? " align=\"right\"" : "");
          append_escaped (out, text);
          g_string_append_printf (out, "</%s>", k == 0 && i > 0 ? "th" : tag);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
  for (guint i = 0; i < grid.notes->len; i++)
    {
      g_string_append (out, "<p>");
      append_escaped (out, g_ptr_array_index (grid.notes, i));
      g_string_append (out, "</p>\n");
    }

  return g_string_free (out, FALSE);
}
