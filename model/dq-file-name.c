/* dq-file-name.c
 *
 * A file name made from data keeps its letters, in any script: only the
 * characters a file system rejects or that would change the name's meaning
 * are replaced by "-": "/", control characters, bidirectional controls and
 * a leading dot (which hides the file, or makes "." and ".."). The name is cut to the bytes a
 * file system takes, between two characters, never inside one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq-model"

#include "config.h"

#include <string.h>

#include "dq-escape.h"
#include "dq-file-name.h"

#define REPLACEMENT '-'

/* Characters that make a name read in another order than it is stored, so
 * that "gnp.exe" shows as "exe.png": the directional formatting characters,
 * and the marks ALM, LRM and RLM. */
static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F || dq_unichar_is_bidi_control (c);
}

/**
 * dq_file_name_from_text:
 * @stem: text from the data, such as a chart's id; UTF-8, or not
 * @suffix: (nullable): what follows it, such as ".en.png", taken as it is
 *
 * Makes a file name of @stem and @suffix, as the comment at the top of this
 * file says. Text that is not UTF-8 has its bad bytes replaced; an empty
 * @stem gives "chart".
 *
 * Returns: (transfer full): a name of at most %DQ_FILE_NAME_MAX_BYTES
 *   bytes, without a folder
 */
char *
dq_file_name_from_text (const char *stem,
                        const char *suffix)
{
  g_autofree char *valid = NULL;
  GString *name;
  gsize suffix_length;
  gsize room;

  g_return_val_if_fail (stem != NULL, NULL);

  if (suffix == NULL)
    suffix = "";
  suffix_length = strlen (suffix);
  g_return_val_if_fail (suffix_length < DQ_FILE_NAME_MAX_BYTES, NULL);
  room = DQ_FILE_NAME_MAX_BYTES - suffix_length;

  valid = g_utf8_make_valid (stem, -1);
  name = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize length = g_utf8_next_char (p) - p;

      if (name->len + length > room)
        break;

      if (c == '/' || g_unichar_iscntrl (c) || is_bidi_control (c) ||
          (c == '.' && name->len == 0))
        g_string_append_c (name, REPLACEMENT);
      else
        g_string_append_len (name, p, length);
    }

  if (name->len == 0)
    g_string_append_len (name, "chart", MIN (room, strlen ("chart")));
  g_string_append (name, suffix);

  return g_string_free (name, FALSE);
}
