/* dq-cli-facts.c
 *
 * `dostyq facts`: every record of the dataset that carries a source
 * (figures, events and interviews, statements, centres, typologies), as
 * CSV with its kind, so that researchers can check and reuse them.
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

/* The columns, in order; a record leaves empty those that do not apply. */
enum {
  COLUMN_ID,
  COLUMN_RECORD,
  COLUMN_KIND,
  COLUMN_LABEL,
  COLUMN_VALUE,
  COLUMN_UNIT,
  COLUMN_BOUND,
  COLUMN_YEAR,
  COLUMN_DATE,
  COLUMN_COUNTRY,
  COLUMN_DOCUMENT,
  COLUMN_QUOTE,
  COLUMN_NOTE,
  N_COLUMNS
};

static const char header[] =
  "id,record,kind,label,value,unit,bound,year,date,country,document,quote,note\r\n";

typedef struct
{
  GString    *out;
  DqDataset  *dataset;
  DqLanguage  language;
  gboolean    terminal;
} Printer;

/* Writes one row; @fields has N_COLUMNS entries, NULL for empty, and the
 * source fills the document and quote columns. */
static void
append_row (Printer     *printer,
            const char **fields,
            DqSource    *source)
{
  /* A quote, or for a table cell its publication. */
  g_autofree char *citation = dq_source_dup_citation (source);

  fields[COLUMN_DOCUMENT] = dq_source_get_document_id (source);
  fields[COLUMN_QUOTE] = citation;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autofree char *escaped = printer->terminal && fields[i] != NULL
                                 ? dq_escape_terminal (fields[i]) : NULL;

      if (i > 0)
        g_string_append_c (printer->out, ',');
      dq_csv_append_field (printer->out, escaped != NULL ? escaped : fields[i]);
    }
  g_string_append (printer->out, "\r\n");
}

static const char *
text (Printer      *printer,
      const DqText *text)
{
  return text != NULL ? dq_text_get (text, printer->language) : NULL;
}

static void
append_figure (Printer  *printer,
               DqFigure *figure)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
  char year[16] = "";
  const DqText *note = dq_figure_has_value (figure) ? dq_figure_get_note (figure)
                                                    : dq_figure_get_gap (figure);
  const char *fields[N_COLUMNS] = { NULL, };

  if (dq_figure_has_value (figure))
    g_ascii_formatd (value, sizeof value, "%.10g", dq_figure_get_value (figure));
  if (dq_figure_get_year (figure) != 0)
    g_snprintf (year, sizeof year, "%d", dq_figure_get_year (figure));

  fields[COLUMN_ID] = dq_figure_get_id (figure);
  fields[COLUMN_RECORD] = "figure";
  fields[COLUMN_LABEL] = text (printer, dq_figure_get_label (figure));
  fields[COLUMN_VALUE] = value;
  fields[COLUMN_UNIT] = dq_unit_to_string (dq_figure_get_unit (figure));
  fields[COLUMN_BOUND] = dq_bound_to_string (dq_figure_get_bound (figure));
  fields[COLUMN_YEAR] = year;
  fields[COLUMN_COUNTRY] = dq_figure_get_country (figure);
  fields[COLUMN_NOTE] = text (printer, note);
  append_row (printer, fields, dq_figure_get_source (figure));
}

/* A date as ISO 8601 and its extension EDTF write the parts it has:
 * "2014-02-28", "2016-08", "1919", "XXXX-05-01" for a day of every year. */
static void
append_iso_date (GString *date,
                 int      year,
                 int      month,
                 int      day)
{
  if (year != 0)
    g_string_append_printf (date, "%04d", year);
  else if (month != 0)
    g_string_append (date, "XXXX");
  if (month != 0)
    g_string_append_printf (date, "-%02d", month);
  if (day != 0)
    g_string_append_printf (date, "-%02d", day);
}

/* An event's date, with its end after a slash when it lasts: "1919/1921". */
static char *
event_date (DqEvent *event)
{
  GString *date = g_string_new (NULL);
  int year, month, day;

  dq_event_get_date (event, &year, &month, &day);
  append_iso_date (date, year, month, day);
  dq_event_get_end_date (event, &year, &month, &day);
  if (year != 0)
    {
      g_string_append_c (date, '/');
      append_iso_date (date, year, month, day);
    }

  return g_string_free (date, FALSE);
}

static const char *
place_country (Printer    *printer,
               const char *place_id)
{
  DqPlace *place = place_id != NULL ? dq_dataset_lookup_place (printer->dataset, place_id) : NULL;

  return place != NULL ? dq_place_get_country (place) : NULL;
}

/* A statement, with an id made of its owner's and its position. */
static void
append_statement (Printer           *printer,
                  const char        *owner,
                  guint              index,
                  const DqStatement *statement)
{
  g_autofree char *id = g_strdup_printf ("%s#statement-%u", owner, index + 1);
  const char *fields[N_COLUMNS] = { NULL, };

  fields[COLUMN_ID] = id;
  fields[COLUMN_RECORD] = "statement";
  fields[COLUMN_LABEL] = text (printer, statement->text);
  append_row (printer, fields, statement->source);
}

static void
append_event (Printer *printer,
              DqEvent *event)
{
  g_autofree char *date = event_date (event);
  char year[16] = "";
  const char *fields[N_COLUMNS] = { NULL, };
  const char *country = dq_event_get_country (event);
  int start;

  dq_event_get_date (event, &start, NULL, NULL);
  if (start != 0)
    g_snprintf (year, sizeof year, "%d", start);

  fields[COLUMN_ID] = dq_event_get_id (event);
  fields[COLUMN_RECORD] = "event";
  fields[COLUMN_KIND] = dq_event_get_kind (event);
  fields[COLUMN_LABEL] = text (printer, dq_event_get_name (event));
  fields[COLUMN_YEAR] = year;
  fields[COLUMN_DATE] = date;
  fields[COLUMN_COUNTRY] = country != NULL ? country
                                           : place_country (printer, dq_event_get_place_id (event));
  fields[COLUMN_NOTE] = text (printer, dq_event_get_description (event));
  append_row (printer, fields, dq_event_get_source (event));

  for (guint i = 0; i < dq_event_get_n_statements (event); i++)
    append_statement (printer, dq_event_get_id (event), i, dq_event_get_statement (event, i));
}

static void
append_centre (Printer  *printer,
               DqCentre *centre)
{
  const char *fields[N_COLUMNS] = { NULL, };

  fields[COLUMN_ID] = dq_centre_get_id (centre);
  fields[COLUMN_RECORD] = "centre";
  fields[COLUMN_KIND] = dq_centre_kind_to_string (dq_centre_get_kind (centre));
  fields[COLUMN_LABEL] = text (printer, dq_centre_get_name (centre));
  fields[COLUMN_COUNTRY] = place_country (printer, dq_centre_get_place_id (centre));
  append_row (printer, fields, dq_centre_get_source (centre));

  for (guint i = 0; i < dq_centre_get_n_statements (centre); i++)
    append_statement (printer, dq_centre_get_id (centre), i, dq_centre_get_statement (centre, i));
}

/* A group's typologies (the type as kind, a shift in the note) and the
 * places it is concentrated in (their names in the note). */
static void
append_group (Printer *printer,
              DqGroup *group)
{
  const char *group_id = dq_group_get_id (group);

  for (guint i = 0; i < dq_group_get_n_typologies (group); i++)
    {
      const DqTypology *typology = dq_group_get_typology (group, i);
      g_autofree char *id = g_strdup_printf ("%s#typology-%u", group_id, i + 1);
      g_autofree char *note = typology->shift_to != NULL
                              ? g_strdup_printf ("→ %s", typology->shift_to) : NULL;
      const char *fields[N_COLUMNS] = { NULL, };

      fields[COLUMN_ID] = id;
      fields[COLUMN_RECORD] = "typology";
      fields[COLUMN_KIND] = typology->type;
      fields[COLUMN_LABEL] = text (printer, dq_group_get_name (group));
      fields[COLUMN_NOTE] = note;
      append_row (printer, fields, typology->source);
    }

  for (guint i = 0; i < dq_group_get_n_concentrations (group); i++)
    {
      const DqConcentration *concentration = dq_group_get_concentration (group, i);
      g_autofree char *id = g_strdup_printf ("%s#concentration-%u", group_id, i + 1);
      g_autoptr(GString) places = g_string_new (NULL);
      const char *fields[N_COLUMNS] = { NULL, };

      for (guint p = 0; concentration->places[p] != NULL; p++)
        {
          DqPlace *place = dq_dataset_lookup_place (printer->dataset, concentration->places[p]);

          g_string_append (places, p > 0 ? "; " : "");
          g_string_append (places, text (printer, dq_place_get_name (place)));
        }

      fields[COLUMN_ID] = id;
      fields[COLUMN_RECORD] = "concentration";
      fields[COLUMN_LABEL] = text (printer, dq_group_get_name (group));
      fields[COLUMN_NOTE] = places->str;
      append_row (printer, fields, concentration->source);
    }
}

static void
append_fieldwork (Printer  *printer,
                  DqSurvey *survey)
{
  g_autofree char *date = NULL;
  const char *fields[N_COLUMNS] = { NULL, };
  const char *start = dq_survey_get_fieldwork_start (survey);
  const char *end = dq_survey_get_fieldwork_end (survey);
  char year[5] = "";

  if (dq_survey_get_fieldwork_source (survey) == NULL)
    return;

  date = end != NULL ? g_strdup_printf ("%s/%s", start, end) : g_strdup (start);
  if (start != NULL)
    g_strlcpy (year, start, sizeof year);

  fields[COLUMN_ID] = dq_survey_get_id (survey);
  fields[COLUMN_RECORD] = "fieldwork";
  fields[COLUMN_LABEL] = text (printer, dq_survey_get_name (survey));
  fields[COLUMN_YEAR] = year;
  fields[COLUMN_DATE] = date;
  append_row (printer, fields, dq_survey_get_fieldwork_source (survey));
}

/* Every record that carries a source: figures first, as before, then
 * events (with their statements), centres, groups and fieldwork. */
static void
append_records (Printer *printer)
{
  GListModel *lists[] = {
    dq_dataset_get_figures (printer->dataset),
    dq_dataset_get_events (printer->dataset),
    dq_dataset_get_centres (printer->dataset),
    dq_dataset_get_groups (printer->dataset),
    dq_dataset_get_surveys (printer->dataset),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);

          if (DQ_IS_FIGURE (item))
            append_figure (printer, DQ_FIGURE (item));
          else if (DQ_IS_EVENT (item))
            append_event (printer, DQ_EVENT (item));
          else if (DQ_IS_CENTRE (item))
            append_centre (printer, DQ_CENTRE (item));
          else if (DQ_IS_GROUP (item))
            append_group (printer, DQ_GROUP (item));
          else if (DQ_IS_SURVEY (item))
            append_fieldwork (printer, DQ_SURVEY (item));
        }
    }
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
  Printer printer = { 0, };
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the labels and notes: en, ru or kk (default: en)"), "LANG" },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset_path,
      N_("Read this dataset file instead of the bundled one"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Print every record of the dataset that carries a source, as "
                                  "CSV: id, record (figure, event, statement, centre, typology, "
                                  "concentration or fieldwork), kind (of event, centre or "
                                  "typology), label, value, unit, bound, year, date, country, "
                                  "document, quote and note. A figure with an empty value is a "
                                  "gap: the source refers to it but does not state it, and the "
                                  "note says why."));
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
  out = g_string_new (header);
  printer.out = out;
  printer.dataset = dataset;
  printer.language = language;
  printer.terminal = isatty (STDOUT_FILENO);
  append_records (&printer);

  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      g_printerr (_("dostyq facts: cannot write to standard output"));
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
