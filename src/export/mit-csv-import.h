/* mit-csv-import.h: the actor directory as CSV, in and out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-csv.h"

G_BEGIN_DECLS

/**
 * MitCsvField:
 * What a column of an actor CSV file holds.
 *
 * Cells of the list fields (fields of action, languages, tags, contact
 * persons) hold several values. They are separated by "|", ";" or ",":
 * the strongest of these that occurs in the cell (outside parentheses)
 * separates, in that order, so "Sprache, Bildung" is two values and
 * "Demir, Ayşe; Weber, Jonas" is two persons. A line break counts as ";".
 * A contact person is written "Name (role)".
 */
typedef enum
{
  MIT_CSV_FIELD_IGNORE = 0,
  MIT_CSV_FIELD_NAME,
  MIT_CSV_FIELD_KIND,
  MIT_CSV_FIELD_SECTOR,
  MIT_CSV_FIELD_FIELDS,
  MIT_CSV_FIELD_LANGUAGES,
  MIT_CSV_FIELD_DISTRICT,
  MIT_CSV_FIELD_STREET,
  MIT_CSV_FIELD_POSTCODE,
  MIT_CSV_FIELD_TOWN,
  MIT_CSV_FIELD_PHONE,
  MIT_CSV_FIELD_EMAIL,
  MIT_CSV_FIELD_WEBSITE,
  MIT_CSV_FIELD_OPENING_HOURS,
  MIT_CSV_FIELD_DESCRIPTION,
  MIT_CSV_FIELD_TAGS,
  MIT_CSV_FIELD_LAST_VERIFIED,
  MIT_CSV_FIELD_UID,
  MIT_CSV_FIELD_PERSONS,
  MIT_CSV_N_FIELDS
} MitCsvField;

/* A stable key ("name", "postcode", "persons", "ignore"), used in saved
 * mappings. */
const char   *mit_csv_field_get_key        (MitCsvField  field);
/* The translated name for the user ("Postcode"); also the export header. */
const char   *mit_csv_field_get_label      (MitCsvField  field);
/* The field for a key, or MIT_CSV_FIELD_IGNORE. */
MitCsvField   mit_csv_field_from_key       (const char  *key);
/* The field a column header most likely means ("PLZ", "E-Mail-Adresse",
 * "Ansprechpartner*in", the export's own headers …), or IGNORE. Case,
 * accents, spaces and punctuation do not matter. */
MitCsvField   mit_csv_field_match_header   (const char  *header);

/* Lower case, no accents, only letters and digits: "Straße / Nr." →
 * "strassenr". Caller frees. */
char         *mit_csv_normalize_word       (const char  *text);

/* Mapping: which field each column goes to. */
typedef struct _MitCsvMapping MitCsvMapping;

MitCsvMapping *mit_csv_mapping_new               (const char * const *headers,
                                                  guint               n_columns);
/* Matches every header with mit_csv_field_match_header(); a field that
 * holds one value is given to the first column that matches it only. */
MitCsvMapping *mit_csv_mapping_new_from_headers  (const char * const *headers,
                                                  guint               n_columns);
/* The mapping remembered in @saved (from mit_csv_mapping_to_string())
 * applied to these headers: a header found there gets its saved field,
 * the others are matched by name. */
MitCsvMapping *mit_csv_mapping_new_from_string   (const char         *saved,
                                                  const char * const *headers,
                                                  guint               n_columns);
MitCsvMapping *mit_csv_mapping_copy              (const MitCsvMapping *self);
void           mit_csv_mapping_free              (MitCsvMapping      *self);
guint          mit_csv_mapping_get_n_columns     (const MitCsvMapping *self);
const char    *mit_csv_mapping_get_header        (const MitCsvMapping *self,
                                                  guint               column);
MitCsvField    mit_csv_mapping_get_field         (const MitCsvMapping *self,
                                                  guint               column);
void           mit_csv_mapping_set_field         (MitCsvMapping      *self,
                                                  guint               column,
                                                  MitCsvField         field);
/* The first column mapped to @field, or -1. */
int            mit_csv_mapping_find_field        (const MitCsvMapping *self,
                                                  MitCsvField         field);
/* "header=field;header=field" with '%', '=' and ';' in headers escaped;
 * for the GSettings key "csv-mapping". */
char          *mit_csv_mapping_to_string         (const MitCsvMapping *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitCsvMapping, mit_csv_mapping_free)

/* Report */
typedef struct
{
  guint  line;      /* physical line in the file */
  char  *reason;    /* "Line 14: the e-mail address “x@” is not valid." */
} MitCsvBadRow;

typedef struct
{
  guint           n_rows;        /* data rows read */
  guint           n_added;       /* actors added */
  guint           n_updated;     /* actors updated (their UID was known) */
  guint           n_persons_added;
  GPtrArray      *bad_rows;      /* MitCsvBadRow: skipped, or the reasons the import failed */
  MitCsvEncoding  encoding;
  char            delimiter;
} MitCsvImportReport;

void           mit_csv_import_report_free        (MitCsvImportReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitCsvImportReport, mit_csv_import_report_free)

/* Called now and then with the share of the file read, 0 … 1, in the
 * thread that imports. */
typedef void (*MitCsvProgressFunc) (double   fraction,
                                    gpointer user_data);

/* Imports actors from CSV into @store, in one transaction: either every
 * row (or, with @skip_bad_rows, every good row) is imported, or nothing.
 * A row whose UID names an existing actor updates it. With @mapping NULL,
 * columns are matched by their headers. Returns FALSE with @error set when
 * nothing was imported; @out_report (may be NULL) is filled in either case
 * and on failure lists every bad row found. */
gboolean       mit_csv_import_bytes              (MitStore            *store,
                                                  GBytes              *bytes,
                                                  const MitCsvMapping *mapping,
                                                  gboolean             skip_bad_rows,
                                                  GCancellable        *cancellable,
                                                  MitCsvProgressFunc   progress,
                                                  gpointer             progress_data,
                                                  MitCsvImportReport **out_report,
                                                  GError             **error);
gboolean       mit_csv_import_file               (MitStore            *store,
                                                  const char          *path,
                                                  const MitCsvMapping *mapping,
                                                  gboolean             skip_bad_rows,
                                                  GCancellable        *cancellable,
                                                  MitCsvProgressFunc   progress,
                                                  gpointer             progress_data,
                                                  MitCsvImportReport **out_report,
                                                  GError             **error);

/* The same in a worker thread on its own connection to the same database;
 * @store announces the change when it is done. @progress is called on the
 * thread-default main context of the caller. A store on ":memory:" is
 * imported into directly. */
void           mit_csv_import_bytes_async        (MitStore            *store,
                                                  GBytes              *bytes,
                                                  const MitCsvMapping *mapping,
                                                  gboolean             skip_bad_rows,
                                                  GCancellable        *cancellable,
                                                  MitCsvProgressFunc   progress,
                                                  gpointer             progress_data,
                                                  GDestroyNotify       progress_data_free,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
/* Returns FALSE with @error set when nothing was imported. @out_report as
 * for mit_csv_import_bytes(). */
gboolean       mit_csv_import_finish             (MitStore            *store,
                                                  GAsyncResult        *result,
                                                  MitCsvImportReport **out_report,
                                                  GError             **error);

/* Export: every actor, with a header line of mit_csv_field_get_label(),
 * semicolon-separated (what Excel expects on German systems) in UTF-8 with
 * a byte order mark and CRLF. Contact persons are named only with consent
 * MIT_CONSENT_INTERNAL or wider. The file is replaced atomically. */
GBytes        *mit_csv_export_actors_to_bytes    (MitStore            *store,
                                                  GError             **error);
gboolean       mit_csv_export_actors             (MitStore            *store,
                                                  const char          *path,
                                                  GError             **error);

G_END_DECLS
