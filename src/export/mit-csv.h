/* mit-csv.h: reading and writing CSV the way spreadsheets write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MIT_CSV_ERROR (mit_csv_error_quark ())

typedef enum
{
  MIT_CSV_ERROR_EMPTY,      /* no header line */
  MIT_CSV_ERROR_ENCODING,   /* neither UTF-8 nor Windows-1252 text */
  MIT_CSV_ERROR_QUOTING,    /* a quoted field that is not closed correctly */
  MIT_CSV_ERROR_COLUMNS,    /* a row with a different number of columns than the header */
  MIT_CSV_ERROR_INVALID,    /* a value that cannot be imported */
  MIT_CSV_ERROR_MAPPING,    /* the column mapping cannot be used (no name column …) */
  MIT_CSV_ERROR_FAILED,     /* anything else (reading or writing the file) */
} MitCsvError;

typedef enum
{
  MIT_CSV_ENCODING_UTF8,
  MIT_CSV_ENCODING_UTF8_BOM,
  MIT_CSV_ENCODING_UTF16,          /* with a byte order mark, as Excel's "Unicode text" */
  MIT_CSV_ENCODING_WINDOWS_1252,
} MitCsvEncoding;

GQuark       mit_csv_error_quark          (void);

/* A short name for the user: "UTF-8", "Windows-1252" … */
const char  *mit_csv_encoding_get_label   (MitCsvEncoding encoding);
/* "semicolons", "commas", "tabs", translated, for a sentence such as
 * "columns separated by semicolons". */
const char  *mit_csv_delimiter_get_label  (char           delimiter);

/* Reader
 *
 * Takes the whole file as bytes. A UTF-8 byte order mark is stripped; text
 * that is not valid UTF-8 is read as Windows-1252 (what Excel writes on
 * German Windows) unless it contains bytes that Windows-1252 leaves
 * undefined or control characters, or looks like UTF-8 with a few damaged
 * sequences — then it is refused with MIT_CSV_ERROR_ENCODING. The
 * delimiter (';', ',' or tab) is the one found most often in the first
 * record outside quotes. Quoting follows RFC 4180; line ends may be CRLF,
 * LF or CR. Empty lines are skipped. */
typedef struct _MitCsvReader MitCsvReader;

MitCsvReader       *mit_csv_reader_new            (GBytes        *bytes,
                                                   GError       **error);
/* As above with a fixed delimiter (0: detect). */
MitCsvReader       *mit_csv_reader_new_full       (GBytes        *bytes,
                                                   char           delimiter,
                                                   GError       **error);
void                mit_csv_reader_free           (MitCsvReader  *self);

MitCsvEncoding      mit_csv_reader_get_encoding   (MitCsvReader  *self);
char                mit_csv_reader_get_delimiter  (MitCsvReader  *self);

/* Reads the next record. Returns FALSE at the end of the input (error not
 * set) or on a quoting error (error set, with the line number). */
gboolean            mit_csv_reader_next           (MitCsvReader  *self,
                                                   GError       **error);
/* The fields of the current record: valid until the next call of
 * mit_csv_reader_next(). NULL-terminated. */
const char * const *mit_csv_reader_get_fields     (MitCsvReader  *self);
guint               mit_csv_reader_get_n_fields   (MitCsvReader  *self);
const char         *mit_csv_reader_get_field      (MitCsvReader  *self,
                                                   guint          column);
/* The physical line (1-based) on which the current record starts. */
guint               mit_csv_reader_get_line       (MitCsvReader  *self);
/* How much of the input has been read, from 0 to 1. */
double              mit_csv_reader_get_fraction   (MitCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitCsvReader, mit_csv_reader_free)

/* Writer
 *
 * Writes what LibreOffice and Excel open without a question: a UTF-8 byte
 * order mark, CRLF line ends, fields quoted when they contain the
 * delimiter, a quote or a line break. A cell that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR, possibly after
 * apostrophes) gets one more apostrophe in front; the reader's
 * mit_csv_unguard_cell() takes exactly that one away again. */
typedef struct _MitCsvWriter MitCsvWriter;

MitCsvWriter       *mit_csv_writer_new            (char           delimiter);
void                mit_csv_writer_free           (MitCsvWriter  *self);
void                mit_csv_writer_add_field      (MitCsvWriter  *self,
                                                   const char    *value);
void                mit_csv_writer_end_row        (MitCsvWriter  *self);
/* Convenience: a whole row at once. */
void                mit_csv_writer_add_row        (MitCsvWriter  *self,
                                                   const char * const *fields,
                                                   gssize         n_fields);
/* Frees the writer. */
GBytes             *mit_csv_writer_free_to_bytes  (MitCsvWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitCsvWriter, mit_csv_writer_free)

/* Whether a spreadsheet would take @value as a formula. */
gboolean            mit_csv_cell_needs_guard      (const char    *value);
/* The value without the apostrophe the writer added against formula
 * injection; @value itself when there is none. */
const char         *mit_csv_unguard_cell          (const char    *value);

G_END_DECLS
