/* dq-json-reader.h
 *
 * Typed reading of the dataset's JSON with the path of every value, so that
 * an error names the file, the place and the problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dq-json-text.h"
#include "dq-types.h"

G_BEGIN_DECLS

#define DQ_DATASET_ERROR (dq_dataset_error_quark ())

/**
 * DqDatasetError:
 * @DQ_DATASET_ERROR_PARSE: the file is not JSON
 * @DQ_DATASET_ERROR_MISSING: a required member is absent
 * @DQ_DATASET_ERROR_TYPE: a member has the wrong JSON type
 * @DQ_DATASET_ERROR_UNKNOWN_MEMBER: a member the format does not know
 * @DQ_DATASET_ERROR_REFERENCE: an id names no entry
 * @DQ_DATASET_ERROR_DUPLICATE: an id is defined twice
 * @DQ_DATASET_ERROR_RANGE: a number is out of its range
 * @DQ_DATASET_ERROR_VALUE: a value is not one of those allowed
 * @DQ_DATASET_ERROR_FORMAT: the file is not a Dostyq dataset or a version
 *   this program does not read
 */
typedef enum
{
  DQ_DATASET_ERROR_PARSE,
  DQ_DATASET_ERROR_MISSING,
  DQ_DATASET_ERROR_TYPE,
  DQ_DATASET_ERROR_UNKNOWN_MEMBER,
  DQ_DATASET_ERROR_REFERENCE,
  DQ_DATASET_ERROR_DUPLICATE,
  DQ_DATASET_ERROR_RANGE,
  DQ_DATASET_ERROR_VALUE,
  DQ_DATASET_ERROR_FORMAT,
} DqDatasetError;

GQuark dq_dataset_error_quark (void);

typedef struct _DqJsonReader DqJsonReader;

/* Whether a member must be present. */
typedef enum
{
  DQ_OPTIONAL,
  DQ_REQUIRED,
} DqPresence;

DqJsonReader *dq_json_reader_new            (const char    *filename);
void          dq_json_reader_free           (DqJsonReader  *reader);
const char   *dq_json_reader_get_filename   (DqJsonReader  *reader);
void          dq_json_reader_push_member    (DqJsonReader  *reader,
                                             const char    *member);
void          dq_json_reader_push_index     (DqJsonReader  *reader,
                                             guint          index);
void          dq_json_reader_pop            (DqJsonReader  *reader);
char         *dq_json_reader_dup_path       (DqJsonReader  *reader,
                                             const char    *member);
void          dq_json_reader_set_error      (DqJsonReader  *reader,
                                             GError       **error,
                                             DqDatasetError code,
                                             const char    *member,
                                             const char    *format,
                                             ...) G_GNUC_PRINTF (5, 6);
void          dq_json_reader_set_error_valist (DqJsonReader *reader,
                                               GError      **error,
                                               GQuark        domain,
                                               int           code,
                                               const char   *member,
                                               const char   *format,
                                               va_list       args) G_GNUC_PRINTF (6, 0);
gboolean      dq_json_reader_check_members  (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char * const *allowed,
                                             GError       **error);
gboolean      dq_json_reader_get_string     (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             char         **value,
                                             GError       **error);
gboolean      dq_json_reader_get_id         (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             char         **value,
                                             GError       **error);
gboolean      dq_json_reader_get_choice     (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             const char * const *choices,
                                             int           *value,
                                             GError       **error);
gboolean      dq_json_reader_get_enum       (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             GType          enum_type,
                                             int           *value,
                                             GError       **error);
gboolean      dq_json_reader_get_int        (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             gint64         min,
                                             gint64         max,
                                             gint64        *value,
                                             GError       **error);
gboolean      dq_json_reader_get_double     (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             gboolean       nullable,
                                             double        *value,
                                             gboolean      *is_null,
                                             GError       **error);
gboolean      dq_json_reader_get_text       (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             DqText       **value,
                                             GError       **error);
gboolean      dq_json_reader_get_strv       (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             GStrv         *value,
                                             GError       **error);
gboolean      dq_json_reader_get_array      (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             JsonArray    **value,
                                             GError       **error);
gboolean      dq_json_reader_get_object     (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             JsonObject   **value,
                                             GError       **error);
JsonObject   *dq_json_reader_array_object   (DqJsonReader  *reader,
                                             JsonArray     *array,
                                             guint          index,
                                             GError       **error);
typedef gboolean (*DqJsonObjectFunc) (DqJsonReader  *reader,
                                      JsonObject    *object,
                                      gpointer       user_data,
                                      GError       **error);

gboolean      dq_json_reader_foreach_object (DqJsonReader  *reader,
                                             JsonObject    *object,
                                             const char    *member,
                                             DqPresence     presence,
                                             DqJsonObjectFunc func,
                                             gpointer       user_data,
                                             GError       **error);
void          dq_json_reader_add_reference  (DqJsonReader  *reader,
                                             const char    *kind,
                                             const char    *id,
                                             const char    *member);
GPtrArray    *dq_json_reader_steal_references (DqJsonReader *reader);

/* A reference to check once every file is read. */
typedef struct
{
  char *kind;
  char *id;
  char *filename;
  char *path;
} DqJsonReference;

void          dq_json_reference_free        (DqJsonReference *reference);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DqJsonReader, dq_json_reader_free)

G_END_DECLS
