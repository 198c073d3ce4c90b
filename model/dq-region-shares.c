/* dq-region-shares.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dq-region-shares.h"

struct _DqRegionShares
{
  GObject  parent_instance;

  /* DqRegionShare, owned */
  GArray  *shares;
};

G_DEFINE_FINAL_TYPE (DqRegionShares, dq_region_shares, G_TYPE_OBJECT)

G_DEFINE_QUARK (dq-region-shares-error-quark, dq_region_shares_error)

/* The upper bound of each class but the last, in per cent. */
static const double class_bounds[DQ_N_SHARE_CLASSES - 1] = { 1, 2, 5, 10, 20, 50 };

/* The columns read, by their header. */
enum { COL_REGION, COL_YEAR, COL_BASIS, COL_GROUP, COL_SHARE, COL_SOURCE, N_COLS };
static const char * const column_names[N_COLS] = {
  "iso_3166_2", "year", "basis", "group_en", "share_pct", "source",
};

static void
share_clear (gpointer data)
{
  DqRegionShare *share = data;

  g_free (share->region);
  g_free (share->group);
  g_free (share->basis);
  g_free (share->source);
}

static void
dq_region_shares_finalize (GObject *object)
{
  DqRegionShares *self = DQ_REGION_SHARES (object);

  g_clear_pointer (&self->shares, g_array_unref);

  G_OBJECT_CLASS (dq_region_shares_parent_class)->finalize (object);
}

static void
dq_region_shares_class_init (DqRegionSharesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dq_region_shares_finalize;
}

static void
dq_region_shares_init (DqRegionShares *self)
{
  self->shares = g_array_new (FALSE, TRUE, sizeof (DqRegionShare));
  g_array_set_clear_func (self->shares, share_clear);
}

/* Reading */

/* Splits one record off @text at *@pos into @fields (RFC 4180: quoted
 * fields may hold commas, doubled quotes and line breaks). Returns FALSE at
 * the end of the text. */
static gboolean
next_record (const char  *text,
             gsize        length,
             gsize       *pos,
             GPtrArray   *fields,
             gboolean    *unclosed)
{
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_ptr_array_set_size (fields, 0);
  *unclosed = FALSE;
  if (*pos >= length)
    return FALSE;

  while (*pos < length)
    {
      char c = text[(*pos)++];

      if (quoted)
        {
          if (c == '"' && *pos < length && text[*pos] == '"')
            {
              g_string_append_c (field, '"');
              (*pos)++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
        }
      else if (c == '"')
        quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (c == '\n')
        break;
      else if (c != '\r')
        g_string_append_c (field, c);
    }

  *unclosed = quoted;
  g_ptr_array_add (fields, g_strdup (field->str));
  return TRUE;
}

static DqShareKind
kind_of_basis (const char *basis)
{
  g_autofree char *lower = g_utf8_strdown (basis, -1);

  /* "BNS estimate (not census)", "does not say whether census or
   * estimate": the negations first. */
  if (strstr (lower, "does not say") != NULL)
    return DQ_SHARE_UNSTATED;
  if (strstr (lower, "estimate") != NULL)
    return DQ_SHARE_ESTIMATE;
  if (strstr (lower, "census") != NULL)
    return DQ_SHARE_CENSUS;
  return DQ_SHARE_UNSTATED;
}

static gboolean
parse_number (const char *text,
              double      min,
              double      max,
              double     *value)
{
  char *end;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value) && *value >= min && *value <= max;
}

static gboolean
read_record (DqRegionShares *self,
             GPtrArray      *fields,
             const int      *columns,
             const char     *name,
             guint           line,
             GError        **error)
{
  const char *share_text = g_ptr_array_index (fields, columns[COL_SHARE]);
  DqRegionShare share = { 0 };
  double year, value;

  /* Rows of counts and totals have no share. */
  if (*share_text == '\0')
    return TRUE;

  if (!parse_number (share_text, 0, 100, &value))
    {
      g_set_error (error, DQ_REGION_SHARES_ERROR, DQ_REGION_SHARES_ERROR_VALUE,
                   "%s:%u: share_pct: “%s” is not a percentage from 0 to 100", name, line,
                   share_text);
      return FALSE;
    }
  if (!parse_number (g_ptr_array_index (fields, columns[COL_YEAR]), 1800, 2100, &year) ||
      year != floor (year))
    {
      g_set_error (error, DQ_REGION_SHARES_ERROR, DQ_REGION_SHARES_ERROR_VALUE,
                   "%s:%u: year: “%s” is not a year", name, line,
                   (const char *) g_ptr_array_index (fields, columns[COL_YEAR]));
      return FALSE;
    }

  share.region = g_strdup (g_ptr_array_index (fields, columns[COL_REGION]));
  share.group = g_utf8_strdown (g_ptr_array_index (fields, columns[COL_GROUP]), -1);
  share.year = (int) year;
  share.basis = g_strdup (g_ptr_array_index (fields, columns[COL_BASIS]));
  share.kind = kind_of_basis (share.basis);
  share.share = value;
  share.source = g_strdup (g_ptr_array_index (fields, columns[COL_SOURCE]));
  g_array_append_val (self->shares, share);
  return TRUE;
}

/**
 * dq_region_shares_new_from_bytes:
 * @bytes: the CSV, UTF-8, with a header line
 * @name: what to call it in error messages
 * @error: return location for a #DQ_REGION_SHARES_ERROR
 *
 * Reads the shares of the table: the rows with a share_pct. Errors name
 * the file, the line and the column.
 *
 * Returns: (transfer full) (nullable): the shares
 */
DqRegionShares *
dq_region_shares_new_from_bytes (GBytes      *bytes,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(DqRegionShares) self = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  int columns[N_COLS];
  guint n_fields, line = 1;
  gboolean unclosed;
  gsize length, pos = 0;
  const char *text;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = name != NULL ? name : "shares";
  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = "";

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, DQ_REGION_SHARES_ERROR, DQ_REGION_SHARES_ERROR_FORMAT,
                   "%s: the text is not UTF-8", name);
      return NULL;
    }

  next_record (text, length, &pos, fields, &unclosed);
  n_fields = fields->len;
  for (guint c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      for (guint f = 0; f < fields->len; f++)
        if (g_str_equal (g_ptr_array_index (fields, f), column_names[c]))
          columns[c] = f;
      if (columns[c] < 0)
        {
          g_set_error (error, DQ_REGION_SHARES_ERROR, DQ_REGION_SHARES_ERROR_FORMAT,
                       "%s:1: the column “%s” is missing", name, column_names[c]);
          return NULL;
        }
    }

  self = g_object_new (DQ_TYPE_REGION_SHARES, NULL);
  while (line++, next_record (text, length, &pos, fields, &unclosed))
    {
      if (fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0')
        continue;
      if (unclosed || fields->len != n_fields)
        {
          g_set_error (error, DQ_REGION_SHARES_ERROR, DQ_REGION_SHARES_ERROR_FORMAT,
                       unclosed ? "%s:%u: a quoted field is not closed"
                                : "%s:%u: expected %u fields, found %u",
                       name, line, n_fields, fields->len);
          return NULL;
        }
      if (!read_record (self, fields, columns, name, line, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dq_region_shares_dup_default:
 * @error: return location for an error
 *
 * The table compiled into the programs (%DQ_REGION_SHARES_RESOURCE), read
 * once and shared.
 *
 * Returns: (transfer full) (nullable): the shares
 */
DqRegionShares *
dq_region_shares_dup_default (GError **error)
{
  static GMutex lock;
  static DqRegionShares *shared;
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (shared == NULL)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (DQ_REGION_SHARES_RESOURCE,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      if (bytes == NULL)
        return NULL;
      shared = dq_region_shares_new_from_bytes (bytes, "kz-regions-ethnic-2021.csv", error);
      if (shared == NULL)
        return NULL;
    }

  return g_object_ref (shared);
}

guint
dq_region_shares_get_n_shares (DqRegionShares *self)
{
  g_return_val_if_fail (DQ_IS_REGION_SHARES (self), 0);

  return self->shares->len;
}

const DqRegionShare *
dq_region_shares_get_share (DqRegionShares *self,
                            guint           index)
{
  g_return_val_if_fail (DQ_IS_REGION_SHARES (self), NULL);
  g_return_val_if_fail (index < self->shares->len, NULL);

  return &g_array_index (self->shares, DqRegionShare, index);
}

/**
 * dq_region_shares_lookup:
 * @self: a #DqRegionShares
 * @group_id: a group id, such as "germans"
 * @region: a region's ISO 3166-2 code
 *
 * The share a map shows for the group in the region: the latest year's,
 * and of two figures for one year, a census result before an estimate.
 *
 * Returns: (nullable) (transfer none): the share, or %NULL where there is
 *   no figure
 */
const DqRegionShare *
dq_region_shares_lookup (DqRegionShares *self,
                         const char     *group_id,
                         const char     *region)
{
  const DqRegionShare *best = NULL;

  g_return_val_if_fail (DQ_IS_REGION_SHARES (self), NULL);

  if (group_id == NULL || region == NULL)
    return NULL;

  for (guint i = 0; i < self->shares->len; i++)
    {
      const DqRegionShare *share = &g_array_index (self->shares, DqRegionShare, i);

      if (!g_str_equal (share->group, group_id) || !g_str_equal (share->region, region))
        continue;
      if (best == NULL || share->year > best->year ||
          (share->year == best->year && share->kind < best->kind))
        best = share;
    }

  return best;
}

/**
 * dq_region_shares_has_group:
 * @self: a #DqRegionShares
 * @group_id: a group id
 *
 * Returns: whether any region has a share of the group
 */
gboolean
dq_region_shares_has_group (DqRegionShares *self,
                            const char     *group_id)
{
  g_return_val_if_fail (DQ_IS_REGION_SHARES (self), FALSE);

  for (guint i = 0; group_id != NULL && i < self->shares->len; i++)
    if (g_str_equal (g_array_index (self->shares, DqRegionShare, i).group, group_id))
      return TRUE;

  return FALSE;
}

/**
 * dq_share_class:
 * @share: a share in per cent
 *
 * The choropleth class of @share: classes are [0, 1), [1, 2), [2, 5),
 * [5, 10), [10, 20), [20, 50) and [50, 100].
 *
 * Returns: the class, 0 to %DQ_N_SHARE_CLASSES − 1
 */
guint
dq_share_class (double share)
{
  guint c = 0;

  while (c < G_N_ELEMENTS (class_bounds) && share >= class_bounds[c])
    c++;

  return c;
}

/**
 * dq_share_class_bounds:
 * @share_class: a class, below %DQ_N_SHARE_CLASSES
 * @lower: (out): its lower bound in per cent, included
 * @upper: (out): its upper bound, excluded (100 for the last, included)
 */
void
dq_share_class_bounds (guint   share_class,
                       double *lower,
                       double *upper)
{
  g_return_if_fail (share_class < DQ_N_SHARE_CLASSES);

  *lower = share_class == 0 ? 0 : class_bounds[share_class - 1];
  *upper = share_class + 1 < DQ_N_SHARE_CLASSES ? class_bounds[share_class] : 100;
}
