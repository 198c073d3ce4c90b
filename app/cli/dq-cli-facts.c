/* dq-cli-facts.c
 *
 * `dostyq facts`: every figure of the dataset with its source, as CSV, so
 * that researchers can check and reuse the numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "dq-cli-common.h"
#include "dq-cli-facts.h"
#include "dq-dataset.h"
#include "dq-escape.h"
#include "dq-format.h"

static void
append_figure (GString    *out,
               DqFigure   *figure,
               DqLanguage  language,
               gboolean    terminal)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
  char year[16] = "";
  const DqText *note = dq_figure_has_value (figure) ? dq_figure_get_note (figure)
                                                    : dq_figure_get_gap (figure);
  DqSource *source = dq_figure_get_source (figure);
  /* A quote, or for a table cell its publication. */
  g_autofree char *citation = dq_source_dup_citation (source);
  const char *fields[10];

  if (dq_figure_has_value (figure))
    g_ascii_formatd (value, sizeof value, "%.10g", dq_figure_get_value (figure));
  if (dq_figure_get_year (figure) != 0)
    g_snprintf (year, sizeof year, "%d", dq_figure_get_year (figure));

  fields[0] = dq_figure_get_id (figure);
  fields[1] = dq_text_get (dq_figure_get_label (figure), language);
  fields[2] = value;
  fields[3] = dq_unit_to_string (dq_figure_get_unit (figure));
  fields[4] = dq_bound_to_string (dq_figure_get_bound (figure));
  fields[5] = year;
  fields[6] = dq_figure_get_country (figure);
  fields[7] = dq_source_get_document_id (source);
  fields[8] = citation;
  fields[9] = note != NULL ? dq_text_get (note, language) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *escaped = terminal && fields[i] != NULL ? dq_escape_terminal (fields[i])
                                                               : NULL;

      if (i > 0)
        g_string_append_c (out, ',');
      dq_csv_append_field (out, escaped != NULL ? escaped : fields[i]);
    }
  g_string_append (out, "\r\n");
}

int
dq_cli_facts_run (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DqDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *dataset_path = NULL;
  DqLanguage language = DQ_LANGUAGE_EN;
  GListModel *figures;
  gboolean terminal;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the labels and notes: en, ru or kk (default: en)"), "LANG" },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset_path,
      N_("Read this dataset file instead of the bundled one"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Print every figure of the dataset as CSV: id, label, value, "
                                  "unit, bound, year, country, document, quote and note. An "
                                  "empty value is a gap: the source refers to the figure but "
                                  "does not state it, and the note says why."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dq_cli_usage_error ("facts", error->message);
  if (argc > 1)
    return dq_cli_usage_error ("facts", _("this command takes no arguments"));

  if (lang != NULL && !dq_language_from_code (lang, &language))
    {
      g_autofree char *message = g_strdup_printf (_("unknown language “%s”; use en, ru or kk"),
                                                  lang);
      return dq_cli_usage_error ("facts", message);
    }

  dataset = dq_cli_load_dataset (dataset_path, &error);
  if (dataset == NULL)
    return dq_cli_data_error (error);

  /* Data printed to a terminal could drive it: its control characters are
   * shown escaped there. Written to a file, the CSV keeps them. */
  terminal = isatty (STDOUT_FILENO);
  out = g_string_new ("id,label,value,unit,bound,year,country,document,quote,note\r\n");
  figures = dq_dataset_get_figures (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DqFigure) figure = g_list_model_get_item (figures, i);

      append_figure (out, figure, language, terminal);
    }

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      g_printerr (_("dostyq facts: cannot write to standard output"));
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
