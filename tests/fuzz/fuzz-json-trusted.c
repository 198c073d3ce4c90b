/* fuzz-json-trusted.c
 *
 * libFuzzer target: arbitrary bytes through the parser for checked text.
 * Whatever it reads, the full parser with every check reads too, into
 * the same tree; whatever the full parser refuses, it gives up on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "fuzz-common.h"
#include "dq-dataset.h"
#include "dq-json-text.h"
#include "dq-json-trusted.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) trusted = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trusted_text = NULL;
  g_autofree char *full_text = NULL;

  fuzz_init ();

  trusted = dq_json_parse_trusted ((const char *) data, size);
  if (trusted == NULL)
    return 0;

  parser = json_parser_new_immutable ();
  if (!dq_json_parse_text (parser, (const char *) data, size, "fuzz.json", DQ_DATASET_ERROR,
                           DQ_DATASET_ERROR_PARSE, &error))
    g_error ("read what the full parser refuses: %s", error->message);

  /* The same tree writes the same text; a whole number and a double of
   * the same value write differently. */
  trusted_text = json_to_string (trusted, FALSE);
  full_text = json_to_string (json_parser_get_root (parser), FALSE);
  if (strcmp (trusted_text, full_text) != 0)
    g_error ("read %s where the full parser reads %s", trusted_text, full_text);

  return 0;
}
