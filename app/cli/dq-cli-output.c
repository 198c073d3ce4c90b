/* dq-cli-output.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "dq-cli-common.h"
#include "dq-cli-output.h"
#include "dq-format.h"

/**
 * dq_cli_append_csv_number:
 * @out: the text
 * @value: a number
 * @decimals: its decimals
 *
 * Appends @value with a decimal point, or nothing for NaN: every digit,
 * however large the number, since a count of a weighted table can have more
 * digits than a fixed buffer holds.
 */
void
dq_cli_append_csv_number (GString *out,
                          double   value,
                          int      decimals)
{
  g_autofree char *text = dq_format_decimal (value, decimals);

  g_string_append (out, text);
}

/**
 * dq_cli_append_padded:
 * @out: the text
 * @text: a cell
 * @width: the column's width in characters
 * @right: whether to align it right
 *
 * Appends @text padded with spaces to @width characters.
 */
void
dq_cli_append_padded (GString    *out,
                      const char *text,
                      guint       width,
                      gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);

  if (right)
    for (glong i = length; i < width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = length; i < width; i++)
      g_string_append_c (out, ' ');
}

/**
 * dq_cli_json_add_number:
 * @builder: a builder inside an object
 * @name: the member
 * @value: a number
 *
 * Adds @value, or null where there is no number (NaN, infinity).
 */
void
dq_cli_json_add_number (JsonBuilder *builder,
                        const char  *name,
                        double       value)
{
  json_builder_set_member_name (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * dq_cli_json_add_string:
 * @builder: a builder inside an object
 * @name: the member
 * @value: (nullable): a string
 *
 * Adds @value, or null.
 */
void
dq_cli_json_add_string (JsonBuilder *builder,
                        const char  *name,
                        const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * dq_cli_json_to_text:
 * @builder: a builder with its root closed
 *
 * Returns: (transfer full): the JSON, indented, with a final newline
 */
char *
dq_cli_json_to_text (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

/**
 * dq_cli_check_format:
 * @command: the command, for the message
 * @format: (nullable): the --format given
 *
 * Returns: 0 when @format is text, csv, json or not given; otherwise the
 *   usage error status, with the message printed
 */
int
dq_cli_check_format (const char *command,
                     const char *format)
{
  g_autofree char *message = NULL;

  if (format == NULL || g_str_equal (format, "csv") || g_str_equal (format, "text") ||
      g_str_equal (format, "json"))
    return 0;

  message = g_strdup_printf (_("unknown format “%s”; use text, csv or json"), format);

  return dq_cli_usage_error (command, message);
}

/**
 * dq_cli_write_out:
 * @command: the command, for the message
 * @out: what it prints
 *
 * Returns: the exit status: failure when standard output cannot take it
 */
int
dq_cli_write_out (const char *command,
                  GString    *out)
{
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      /* Translators: "dostyq crosstab: cannot write to standard output" */
      g_printerr (_("dostyq %s: cannot write to standard output"), command);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
