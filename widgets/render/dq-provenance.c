/* dq-provenance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-render"

#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include "dq-chart-private.h"
#include "dq-dataset.h"
#include "dq-document.h"
#include "dq-enum-nick.h"
#include "dq-provenance.h"

/* The bundled dataset ships inside the program, so its version is the
 * program's unless the build names one of its own. */
#ifndef DQ_DATASET_VERSION
#define DQ_DATASET_VERSION PACKAGE_VERSION
#endif

/**
 * dq_provenance_get_now:
 *
 * Reproducible builds' convention: when `SOURCE_DATE_EPOCH` holds a number
 * of seconds, that is the time every export states, so that two runs write
 * the same bytes.
 *
 * Returns: the time to write into a file, in seconds since 1970 (UTC)
 */
gint64
dq_provenance_get_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (epoch != NULL && *epoch != '\0')
    {
      char *end;
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (epoch, &end, 10);
      if (errno == 0 && *end == '\0' && value >= 0)
        return value;
      g_warning ("SOURCE_DATE_EPOCH=%s is not a number of seconds; using the current time",
                 epoch);
    }

  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The text of every mark of @role, in order, joined by spaces: a source
 * line wrapped over two lines is one line again. */
static char *
join_role (DqScene    *scene,
           DqMarkRole  role)
{
  GString *text = NULL;

  for (guint i = 0; i < dq_scene_get_n_marks (scene); i++)
    {
      const DqMark *mark = dq_scene_get_mark (scene, i);

      if (mark->kind != DQ_MARK_TEXT || mark->role != role)
        continue;
      if (text == NULL)
        text = g_string_new (mark->text);
      else
        g_string_append_printf (text, " %s", mark->text);
    }

  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

/**
 * dq_provenance_new_for_scene:
 * @scene: a laid-out chart or map
 *
 * What any scene says of itself: its title and its source line, as drawn,
 * the language, the program and the time.
 *
 * Returns: (transfer full): the provenance
 */
DqProvenance *
dq_provenance_new_for_scene (DqScene *scene)
{
  DqProvenance *self;
  GString *description;

  g_return_val_if_fail (DQ_IS_SCENE (scene), NULL);

  self = g_new0 (DqProvenance, 1);
  self->title = g_strdup (dq_scene_get_title (scene));
  if (self->title == NULL)
    self->title = join_role (scene, DQ_MARK_ROLE_TITLE);
  self->source = join_role (scene, DQ_MARK_ROLE_SOURCE);
  self->language = g_strdup (dq_language_to_code (dq_scene_get_language (scene)));
  self->software = g_strdup ("Dostyq " PACKAGE_VERSION);
  self->dataset_version = g_strdup (DQ_DATASET_VERSION);
  self->created = dq_provenance_get_now ();

  description = g_string_new (self->title);
  if (self->source != NULL)
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "",
                            self->source);
  self->description = g_string_free (description, FALSE);

  return self;
}

/* The ids of the documents the chart's figures quote, in the order they
 * first appear, and their terms. */
static void
collect_documents (DqProvenance *self,
                   DqChart      *chart)
{
  GPtrArray *figures = dq_chart_get_figures (chart);
  DqDataset *dataset = dq_chart_get_dataset (chart);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) licence = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      DqSource *source = dq_figure_get_source (g_ptr_array_index (figures, i));
      const char *id = source != NULL ? dq_source_get_document_id (source) : NULL;
      DqDocument *document;

      if (id == NULL || g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        continue;
      g_ptr_array_add (ids, g_strdup (id));

      document = dataset != NULL ? dq_dataset_lookup_document (dataset, id) : NULL;
      if (document != NULL && dq_document_get_licence (document) != NULL)
        g_string_append_printf (licence, "%s%s: %s", licence->len > 0 ? "; " : "", id,
                                dq_document_get_licence (document));
    }
  g_ptr_array_add (ids, NULL);

  self->documents = (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  if (licence->len > 0)
    self->licence = g_strdup (licence->str);
}

/* What a screen reader is told: the title, every figure's label and value
 * (without the quotes, which the data file holds), the source. */
static char *
describe_chart (DqChart    *chart,
                DqLanguage  language,
                const char *title,
                const char *source)
{
  GPtrArray *figures = dq_chart_get_figures (chart);
  GString *text = g_string_new (title);
  gboolean survey = dq_chart_get_topic (chart) == DQ_CHART_TOPIC_SURVEY;
  const char *country = NULL;

  for (guint i = 0; i < figures->len; i++)
    {
      DqFigure *item = g_ptr_array_index (figures, i);
      g_autofree char *figure = dq_chart_describe_figure (chart, item, language);
      char *newline = strchr (figure, '\n');

      /* The respondents of each country under a heading of their own, or
       * two countries' answers would read the same. */
      if (survey && dq_figure_get_country (item) != NULL &&
          g_strcmp0 (dq_figure_get_country (item), country) != 0)
        {
          g_autofree char *respondents = NULL;

          country = dq_figure_get_country (item);
          respondents = _dq_chart_respondents (country, language);
          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", respondents);
        }

      if (newline != NULL)
        *newline = '\0';
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", figure);
    }
  if (source != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", source);

  return g_string_free (text, FALSE);
}

/**
 * dq_provenance_new_for_chart:
 * @chart: a chart
 * @scene: its scene, laid out in the language of the export
 *
 * dq_provenance_new_for_scene() with what the chart adds: the documents
 * its figures quote and their terms, its figures for a screen reader, its
 * id and kind as keywords.
 *
 * Returns: (transfer full): the provenance
 */
DqProvenance *
dq_provenance_new_for_chart (DqChart *chart,
                             DqScene *scene)
{
  DqProvenance *self;
  DqLanguage language;
  DqDataset *dataset;

  g_return_val_if_fail (DQ_IS_CHART (chart), NULL);
  g_return_val_if_fail (DQ_IS_SCENE (scene), NULL);

  self = dq_provenance_new_for_scene (scene);
  language = dq_scene_get_language (scene);
  collect_documents (self, chart);

  /* The release of the dataset the figures come from, as the Sources page
   * and the dataset's citation name it; a dataset that names none keeps
   * the program's version, which ships it. */
  dataset = dq_chart_get_dataset (chart);
  if (dataset != NULL && dq_dataset_get_release_version (dataset) != NULL)
    {
      g_free (self->dataset_version);
      self->dataset_version = g_strdup (dq_dataset_get_release_version (dataset));
    }

  g_free (self->description);
  self->description = describe_chart (chart, language, self->title, self->source);
  self->keywords = g_strdup_printf ("Dostyq, %s, %s", dq_chart_get_id (chart),
                                    dq_enum_to_nick (DQ_TYPE_CHART_KIND,
                                                     dq_chart_get_kind (chart)));

  return self;
}

/**
 * dq_provenance_dup_date:
 * @self: a provenance
 *
 * Returns: (transfer full): the time it was made, ISO 8601 in UTC:
 *   "2026-12-06T07:30:00Z"
 */
char *
dq_provenance_dup_date (const DqProvenance *self)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  time = g_date_time_new_from_unix_utc (self->created);
  if (time == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

void
dq_provenance_free (DqProvenance *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->description);
  g_free (self->source);
  g_strfreev (self->documents);
  g_free (self->licence);
  g_free (self->language);
  g_free (self->keywords);
  g_free (self->software);
  g_free (self->dataset_version);
  g_free (self);
}
