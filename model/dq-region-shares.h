/* dq-region-shares.h
 *
 * Ethnic groups' shares of the population by region of Kazakhstan, as
 * published (resources/map/kz-regions-ethnic-2021.csv), and the classes a
 * choropleth map sorts them into. Only printed shares are used: a share is
 * never computed from a count and a total of another year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DQ_REGION_SHARES_RESOURCE "/io/github/dostyq/Dostyq/map/kz-regions-ethnic-2021.csv"

#define DQ_REGION_SHARES_ERROR (dq_region_shares_error_quark ())

/**
 * DqRegionSharesError:
 * @DQ_REGION_SHARES_ERROR_FORMAT: a header is missing, or a line has an
 *   unclosed quote or the wrong number of fields
 * @DQ_REGION_SHARES_ERROR_VALUE: a year or a share is not a number in range
 */
typedef enum
{
  DQ_REGION_SHARES_ERROR_FORMAT,
  DQ_REGION_SHARES_ERROR_VALUE,
} DqRegionSharesError;

/**
 * DqShareKind:
 * @DQ_SHARE_CENSUS: a census result
 * @DQ_SHARE_ESTIMATE: an estimate of the statistics office between censuses
 * @DQ_SHARE_UNSTATED: the source does not say which of the two it is
 *
 * What kind of figure a share is, as its source says.
 */
typedef enum
{
  DQ_SHARE_CENSUS,
  DQ_SHARE_ESTIMATE,
  DQ_SHARE_UNSTATED,
} DqShareKind;

#define DQ_N_SHARE_KINDS 3

/* The class boundaries of the choropleth, in per cent: the 1-2-5 series, so
 * that every group's map reads on the same scale. */
#define DQ_N_SHARE_CLASSES 7

/**
 * DqRegionShare:
 * @region: the region's ISO 3166-2 code ("KZ-55")
 * @group: the group, as a dataset group id ("germans")
 * @year: the year the share refers to
 * @kind: census, estimate or not stated
 * @share: the share in per cent, as printed
 * @basis: the table's words on what the figure is
 * @source: where it was read
 */
typedef struct
{
  char        *region;
  char        *group;
  int          year;
  DqShareKind  kind;
  double       share;
  char        *basis;
  char        *source;
} DqRegionShare;

#define DQ_TYPE_REGION_SHARES (dq_region_shares_get_type ())

G_DECLARE_FINAL_TYPE (DqRegionShares, dq_region_shares, DQ, REGION_SHARES, GObject)

GQuark               dq_region_shares_error_quark   (void);
DqRegionShares      *dq_region_shares_new_from_bytes (GBytes         *bytes,
                                                      const char     *name,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
DqRegionShares      *dq_region_shares_dup_default   (GError        **error) G_GNUC_WARN_UNUSED_RESULT;
guint                dq_region_shares_get_n_shares  (DqRegionShares *self);
const DqRegionShare *dq_region_shares_get_share     (DqRegionShares *self,
                                                      guint           index);
const DqRegionShare *dq_region_shares_lookup        (DqRegionShares *self,
                                                      const char     *group_id,
                                                      const char     *region);
gboolean             dq_region_shares_has_group     (DqRegionShares *self,
                                                      const char     *group_id);

guint                dq_share_class                 (double          share);
void                 dq_share_class_bounds          (guint           share_class,
                                                      double         *lower,
                                                      double         *upper);

G_END_DECLS
