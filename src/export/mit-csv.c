/* mit-csv.c: reading and writing CSV the way spreadsheets write it
 *
 * Copyright 2025 The Miteinander authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitCsv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-csv.h"

G_DEFINE_QUARK (mit-csv-error-quark, mit_csv_error)

struct _MitCsvReader
{
  /* The whole input as UTF-8, NUL-terminated */
  char           *text;
  gsize           length;
  const char     *pos;
  guint           line;          /* physical line of @pos */

  MitCsvEncoding  encoding;
  char            delimiter;

  /* The current record: field contents separated by NULs in @buf, their
   * offsets in @offsets, and pointers into @buf in @fields. All three are
   * reused from record to record. */
  GString        *buf;
  GArray         *offsets;
  GPtrArray      *fields;
  guint           record_line;
};

const char *
mit_csv_encoding_get_label (MitCsvEncoding encoding)
{
  switch (encoding)
    {
    case MIT_CSV_ENCODING_UTF8:
      return _("UTF-8");
    case MIT_CSV_ENCODING_UTF8_BOM:
      return _("UTF-8 with byte order mark");
    case MIT_CSV_ENCODING_UTF16:
      return _("UTF-16");
    case MIT_CSV_ENCODING_WINDOWS_1252:
      return _("Windows-1252 (Western European)");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
mit_csv_delimiter_get_label (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      /* TRANSLATORS: in "columns separated by semicolons" */
      return _("semicolons");
    case ',':
      /* TRANSLATORS: in "columns separated by commas" */
      return _("commas");
    case '\t':
      /* TRANSLATORS: in "columns separated by tabs" */
      return _("tabs");
    default:
      return _("another character");
    }
}

static guint
count_lines_before (const char *text,
                    gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (text[i] == '\n')
        line++;
      else if (text[i] == '\r' && (i + 1 >= offset || text[i + 1] != '\n'))
        line++;
    }
  return line;
}

/* Length of the valid UTF-8 sequence at @p (at most @left bytes), or 0. */
static guint
utf8_sequence_length (const guchar *p,
                      gsize         left)
{
  guint n;
  gunichar c;

  if (p[0] < 0x80)
    return 1;
  else if ((p[0] & 0xe0) == 0xc0)
    n = 2, c = p[0] & 0x1f;
  else if ((p[0] & 0xf0) == 0xe0)
    n = 3, c = p[0] & 0x0f;
  else if ((p[0] & 0xf8) == 0xf0)
    n = 4, c = p[0] & 0x07;
  else
    return 0;

  if (n > left)
    return 0;
  for (guint i = 1; i < n; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
        return 0;
      c = (c << 6) | (p[i] & 0x3f);
    }
  /* overlong forms, surrogates, beyond Unicode */
  if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
      (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
    return 0;
  return n;
}

static gboolean
is_bad_control (guchar c)
{
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* Text that is not valid UTF-8: Windows-1252, or refused. See the header
 * for the reasoning. */
static char *
convert_non_utf8 (const char  *data,
                  gsize        length,
                  gsize       *out_length,
                  GError     **error)
{
  const guchar *p = (const guchar *) data;
  gsize n_valid_multibyte = 0;
  gsize n_invalid = 0;
  gssize first_invalid = -1;
  g_autoptr(GError) local_error = NULL;
  char *converted;

  for (gsize i = 0; i < length;)
    {
      guint n;

      if (p[i] == 0x81 || p[i] == 0x8d || p[i] == 0x8f || p[i] == 0x90 || p[i] == 0x9d ||
          is_bad_control (p[i]))
        {
          /* Might still be damaged UTF-8; but an undefined 1252 byte that is
           * not part of a valid sequence rules out Windows-1252 too. */
          n = utf8_sequence_length (p + i, length - i);
          if (n <= 1)
            {
              g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                           _("Line %u: the file is neither UTF-8 nor Windows-1252 text "
                             "(it contains the byte 0x%02X). Save it from the spreadsheet "
                             "again as “CSV UTF-8”."),
                           count_lines_before (data, i), p[i]);
              return NULL;
            }
          n_valid_multibyte++;
          i += n;
          continue;
        }

      n = utf8_sequence_length (p + i, length - i);
      if (n == 0)
        {
          if (first_invalid < 0)
            first_invalid = i;
          n_invalid++;
          i++;
        }
      else
        {
          if (n > 1)
            n_valid_multibyte++;
          i += n;
        }
    }

  /* Real Windows-1252 text hardly ever forms valid UTF-8 sequences (that
   * would take "Ã¼" and the like); UTF-8 with a few damaged bytes does. */
  if (n_valid_multibyte > 0 && n_valid_multibyte >= n_invalid && first_invalid >= 0)
    {
      g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                   _("Line %u: the file is UTF-8 text but contains an invalid byte "
                     "sequence there. Correct that line or save the file again as "
                     "“CSV UTF-8”."),
                   count_lines_before (data, first_invalid));
      return NULL;
    }

  converted = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, out_length, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                   _("The file is neither UTF-8 nor Windows-1252 text: %s"),
                   local_error->message);
      return NULL;
    }
  return converted;
}

static gboolean
decode (MitCsvReader  *self,
        GBytes        *bytes,
        GError       **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *end = NULL;

  if (data == NULL)
    data = "";

  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                      ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      g_autoptr(GError) local_error = NULL;

      self->encoding = MIT_CSV_ENCODING_UTF16;
      self->text = g_convert (data, length, "UTF-8", "UTF-16", NULL, &self->length,
                              &local_error);
      if (self->text == NULL)
        {
          g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                       _("The file says it is UTF-16 text but cannot be read as such: %s"),
                       local_error->message);
          return FALSE;
        }
      /* iconv may keep the byte order mark as U+FEFF */
      if (self->length >= 3 && memcmp (self->text, "\xef\xbb\xbf", 3) == 0)
        {
          memmove (self->text, self->text + 3, self->length - 3 + 1);
          self->length -= 3;
        }
    }
  else if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      self->encoding = MIT_CSV_ENCODING_UTF8_BOM;
      data += 3;
      length -= 3;
      if (!g_utf8_validate_len (data, length, &end))
        {
          g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                       _("Line %u: the file says it is UTF-8 text but contains an invalid "
                         "byte sequence there. Correct that line or save the file again as "
                         "“CSV UTF-8”."),
                       count_lines_before (data, end - data));
          return FALSE;
        }
      self->text = g_strndup (data, length);
      self->length = length;
    }
  else if (g_utf8_validate_len (data, length, NULL))
    {
      self->encoding = MIT_CSV_ENCODING_UTF8;
      self->text = g_strndup (data, length);
      self->length = length;
    }
  else
    {
      self->encoding = MIT_CSV_ENCODING_WINDOWS_1252;
      self->text = convert_non_utf8 (data, length, &self->length, error);
      if (self->text == NULL)
        return FALSE;
    }

  /* UTF-16 and 1252 both may carry NULs or stray controls after conversion */
  if (self->encoding == MIT_CSV_ENCODING_UTF16 && strlen (self->text) != self->length)
    {
      g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING,
                   _("Line %u: the file contains a NUL character and is probably not a "
                     "text file."),
                   count_lines_before (self->text, strlen (self->text)));
      return FALSE;
    }

  return TRUE;
}

/* The delimiter used most often in the first record, outside quotes. */
static char
detect_delimiter (const char *text)
{
  guint n_semicolon = 0, n_comma = 0, n_tab = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ';')
        n_semicolon++;
      else if (*p == ',')
        n_comma++;
      else if (*p == '\t')
        n_tab++;
    }

  if (n_tab > n_semicolon && n_tab > n_comma)
    return '\t';
  if (n_semicolon >= n_comma && n_semicolon > 0)
    return ';';
  return ',';
}

MitCsvReader *
mit_csv_reader_new_full (GBytes      *bytes,
                         char         delimiter,
                         GError     **error)
{
  g_autoptr(MitCsvReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (MitCsvReader, 1);
  self->buf = g_string_sized_new (1024);
  self->offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 32);
  self->fields = g_ptr_array_sized_new (32);
  self->line = 1;

  if (!decode (self, bytes, error))
    return NULL;

  self->pos = self->text;
  self->delimiter = delimiter != 0 ? delimiter : detect_delimiter (self->text);

  return g_steal_pointer (&self);
}

MitCsvReader *
mit_csv_reader_new (GBytes  *bytes,
                    GError **error)
{
  return mit_csv_reader_new_full (bytes, 0, error);
}

void
mit_csv_reader_free (MitCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_string_free (self->buf, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

MitCsvEncoding
mit_csv_reader_get_encoding (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, MIT_CSV_ENCODING_UTF8);
  return self->encoding;
}

char
mit_csv_reader_get_delimiter (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');
  return self->delimiter;
}

static inline void
end_field (MitCsvReader *self)
{
  g_string_append_c (self->buf, '\0');
}

static inline void
start_field (MitCsvReader *self)
{
  gsize offset = self->buf->len;

  g_array_append_val (self->offsets, offset);
}

gboolean
mit_csv_reader_next (MitCsvReader  *self,
                     GError       **error)
{
  const char delim = self->delimiter;
  const char *p;
  guint column;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_string_truncate (self->buf, 0);
  g_array_set_size (self->offsets, 0);
  g_ptr_array_set_size (self->fields, 0);

  p = self->pos;

  /* Skip empty lines */
  while (*p == '\r' || *p == '\n')
    {
      if (*p == '\r' && p[1] == '\n')
        p++;
      p++;
      self->line++;
    }

  if (*p == '\0')
    {
      self->pos = p;
      return FALSE;
    }

  self->record_line = self->line;

  for (column = 1;; column++)
    {
      start_field (self);

      if (*p == '"')
        {
          p++;
          for (;;)
            {
              const char *q = p;

              /* Copy up to the next quote, counting line breaks */
              while (*q != '"' && *q != '\0')
                {
                  if (*q == '\n' || (*q == '\r' && q[1] != '\n'))
                    self->line++;
                  q++;
                }
              g_string_append_len (self->buf, p, q - p);

              if (*q == '\0')
                {
                  g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_QUOTING,
                               _("Line %u: the quote that opens column %u is never closed. "
                                 "Check that every quote character inside a value is "
                                 "doubled (\"\")."),
                               self->record_line, column);
                  self->pos = q;
                  return FALSE;
                }
              if (q[1] == '"')
                {
                  g_string_append_c (self->buf, '"');
                  p = q + 2;
                  continue;
                }
              p = q + 1;
              break;
            }

          if (*p != delim && *p != '\r' && *p != '\n' && *p != '\0')
            {
              g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_QUOTING,
                           _("Line %u: in column %u a quoted value is followed by more "
                             "text. A quote character inside a value must be doubled "
                             "(\"\") and the whole value put in quotes."),
                           self->line, column);
              self->pos = p;
              return FALSE;
            }
        }
      else
        {
          const char *q = p;

          while (*q != delim && *q != '\n' && *q != '\r' && *q != '\0')
            q++;
          g_string_append_len (self->buf, p, q - p);
          p = q;
        }

      end_field (self);

      if (*p == delim)
        {
          p++;
          continue;
        }

      /* End of the record */
      if (*p == '\r' && p[1] == '\n')
        p += 2, self->line++;
      else if (*p == '\r' || *p == '\n')
        p++, self->line++;
      break;
    }

  self->pos = p;

  for (guint i = 0; i < self->offsets->len; i++)
    g_ptr_array_add (self->fields,
                     self->buf->str + g_array_index (self->offsets, gsize, i));
  g_ptr_array_add (self->fields, NULL);

  return TRUE;
}

const char * const *
mit_csv_reader_get_fields (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->fields->len == 0)
    g_ptr_array_add (self->fields, NULL);
  return (const char * const *) self->fields->pdata;
}

guint
mit_csv_reader_get_n_fields (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->offsets->len;
}

const char *
mit_csv_reader_get_field (MitCsvReader *self,
                          guint         column)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (column >= self->offsets->len)
    return NULL;
  return self->buf->str + g_array_index (self->offsets, gsize, column);
}

guint
mit_csv_reader_get_line (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

double
mit_csv_reader_get_fraction (MitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  if (self->length == 0)
    return 1.0;
  return (double) (self->pos - self->text) / (double) self->length;
}

/* Writer */

struct _MitCsvWriter
{
  GString *out;
  char     delimiter;
  gboolean row_started;
};

MitCsvWriter *
mit_csv_writer_new (char delimiter)
{
  MitCsvWriter *self = g_new0 (MitCsvWriter, 1);

  self->out = g_string_sized_new (64 * 1024);
  self->delimiter = delimiter;
  g_string_append (self->out, "\xef\xbb\xbf");
  return self;
}

void
mit_csv_writer_free (MitCsvWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

gboolean
mit_csv_cell_needs_guard (const char *value)
{
  if (value == NULL)
    return FALSE;
  while (*value == '\'')
    value++;
  return *value == '=' || *value == '+' || *value == '-' || *value == '@' ||
         *value == '\t' || *value == '\r';
}

const char *
mit_csv_unguard_cell (const char *value)
{
  if (value != NULL && value[0] == '\'' && mit_csv_cell_needs_guard (value + 1))
    return value + 1;
  return value;
}

void
mit_csv_writer_add_field (MitCsvWriter *self,
                          const char   *value)
{
  gboolean quote = FALSE;

  g_return_if_fail (self != NULL);

  if (value == NULL)
    value = "";

  if (self->row_started)
    g_string_append_c (self->out, self->delimiter);
  self->row_started = TRUE;

  for (const char *p = value; *p != '\0'; p++)
    if (*p == self->delimiter || *p == '"' || *p == '\n' || *p == '\r')
      {
        quote = TRUE;
        break;
      }

  if (!quote)
    {
      if (mit_csv_cell_needs_guard (value))
        g_string_append_c (self->out, '\'');
      g_string_append (self->out, value);
      return;
    }

  g_string_append_c (self->out, '"');
  if (mit_csv_cell_needs_guard (value))
    g_string_append_c (self->out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  g_string_append_c (self->out, '"');
}

void
mit_csv_writer_end_row (MitCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->out, "\r\n");
  self->row_started = FALSE;
}

void
mit_csv_writer_add_row (MitCsvWriter       *self,
                        const char * const *fields,
                        gssize              n_fields)
{
  g_return_if_fail (self != NULL);

  if (n_fields < 0)
    n_fields = fields != NULL ? g_strv_length ((char **) fields) : 0;
  for (gssize i = 0; i < n_fields; i++)
    mit_csv_writer_add_field (self, fields[i]);
  mit_csv_writer_end_row (self);
}

GBytes *
mit_csv_writer_free_to_bytes (MitCsvWriter *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = self->out;
  g_free (self);
  return g_string_free_to_bytes (out);
}
