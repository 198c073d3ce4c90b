/* dq-sav-fixture.c
 *
 * An SPSS file written with ReadStat's writer for the tests of the readers
 * and of the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <readstat.h>
#include <stdio.h>

#include "dq-sav-fixture.h"

static ssize_t
write_bytes (const void *data,
             size_t      length,
             void       *user_data)
{
  return fwrite (data, 1, length, user_data) == length ? (ssize_t) length : -1;
}

/* A file as the European Social Survey and the region's pollsters publish
 * them: saved after WEIGHT BY, region codes with value labels, a text
 * answer declared missing, and the date of the interview:
 *
 *   row  region  answer                 interview   pspwght
 *   1    UA02    Так                    2019-10-15  1
 *   2    UA26    Ні                     2019-10-16  2
 *   3    UA02    н/в                    2019-10-15  0.5
 *   4    UA26    Так                    2019-10-16  0
 *   5    UA02    Ні                     2019-10-15  .
 *   6    UA26    Так                    2019-10-16  -1
 *   7    UA02    Важко відповісти       2019-10-15  1
 *   8    UA26    Так                    2019-10-16  1.5
 *
 * "н/в" (no answer) is user-missing in the file; "Важко відповісти" is
 * only a text the researcher declares missing. */
/**
 * dq_sav_fixture_write:
 * @dir: a folder
 * @name: the file's name, ending in .sav
 *
 * Returns: (transfer full): the path of the file written
 */
char *
dq_sav_fixture_write (const char *dir,
                      const char *name)
{
  static const char *regions[DQ_SAV_FIXTURE_N_CASES] = { "UA02", "UA26", "UA02", "UA26", "UA02", "UA26", "UA02",
                                         "UA26" };
  static const char *answers[DQ_SAV_FIXTURE_N_CASES] = { "Так", "Ні", "н/в", "Так", "Ні", "Так",
                                         "Важко відповісти", "Так" };
  static const double weights[DQ_SAV_FIXTURE_N_CASES] = { 1, 2, 0.5, 0, NAN, -1, 1, 1.5 };
  char *path = g_build_filename (dir, name, NULL);
  readstat_writer_t *writer = readstat_writer_init ();
  readstat_label_set_t *oblasts;
  readstat_variable_t *variables[4];
  FILE *file = fopen (path, "wb");
  GDate epoch, day;

  g_assert_nonnull (file);
  readstat_set_data_writer (writer, write_bytes);

  oblasts = readstat_add_label_set (writer, READSTAT_TYPE_STRING, "oblasts");
  readstat_label_string_value (oblasts, "UA02", "Vinnytska oblast");
  readstat_label_string_value (oblasts, "UA26", "Ivano-Frankivska oblast");

  variables[0] = readstat_add_variable (writer, "REGION", READSTAT_TYPE_STRING, 8);
  readstat_variable_set_label_set (variables[0], oblasts);
  variables[1] = readstat_add_variable (writer, "Answer", READSTAT_TYPE_STRING, 40);
  g_assert_cmpint (readstat_variable_add_missing_string_value (variables[1], "н/в"), ==,
                   READSTAT_OK);
  variables[2] = readstat_add_variable (writer, "inwdate", READSTAT_TYPE_DOUBLE, 0);
  readstat_variable_set_format (variables[2], "DATE11");
  variables[3] = readstat_add_variable (writer, "pspwght", READSTAT_TYPE_DOUBLE, 0);
  g_assert_cmpint (readstat_writer_set_fweight_variable (writer, variables[3]), ==, READSTAT_OK);

  g_assert_cmpint (readstat_begin_writing_sav (writer, file, DQ_SAV_FIXTURE_N_CASES), ==, READSTAT_OK);

  /* SPSS counts seconds from 14 October 1582; GDate counts the days. */
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 14, G_DATE_OCTOBER, 1582);
  g_date_clear (&day, 1);
  for (int i = 0; i < DQ_SAV_FIXTURE_N_CASES; i++)
    {
      g_date_set_dmy (&day, 15 + i % 2, G_DATE_OCTOBER, 2019);
      g_assert_cmpint (readstat_begin_row (writer), ==, READSTAT_OK);
      readstat_insert_string_value (writer, variables[0], regions[i]);
      readstat_insert_string_value (writer, variables[1], answers[i]);
      readstat_insert_double_value (writer, variables[2],
                                    86400.0 * g_date_days_between (&epoch, &day));
      if (isnan (weights[i]))
        readstat_insert_missing_value (writer, variables[3]);
      else
        readstat_insert_double_value (writer, variables[3], weights[i]);
      g_assert_cmpint (readstat_end_row (writer), ==, READSTAT_OK);
    }

  g_assert_cmpint (readstat_end_writing (writer), ==, READSTAT_OK);
  readstat_writer_free (writer);
  fclose (file);

  return path;
}

