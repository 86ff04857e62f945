/* test-csv.c: CSV reading, writing, import and export of actors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitCsv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-csv.h"
#include "mit-csv-import.h"
#include "mit-store.h"
#include "mit-test-util.h"

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = NULL;
  g_autofree char *rel = g_build_filename ("csv", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  path = mit_test_fixture_path (rel);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static MitCsvReader *
reader_for_string (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  MitCsvReader *reader = mit_csv_reader_new (bytes, &error);

  g_assert_no_error (error);
  return reader;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/* Reader */

static void
test_reader_bom_semicolon (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("actors-semicolon-bom.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);
  guint n_records = 0;

  g_assert_no_error (error);
  g_assert_cmpint (mit_csv_reader_get_encoding (reader), ==, MIT_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (mit_csv_reader_get_delimiter (reader), ==, ';');

  while (mit_csv_reader_next (reader, &error))
    {
      n_records++;
      g_assert_cmpuint (mit_csv_reader_get_n_fields (reader), ==, 15);
      g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, n_records);
      if (n_records == 1)
        g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==, "Bezeichnung");
      if (n_records == 2)
        {
          g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==,
                           "Caritasverband Singen-Hegau e.V.");
          g_assert_cmpstr (mit_csv_reader_get_field (reader, 12), ==,
                           "Mo–Do 9–12 Uhr; Di 14–17 Uhr");
          g_assert_cmpstr (mit_csv_reader_get_field (reader, 14), ==,
                           "Ayşe Demir (Ansprechpartnerin Beratung); Jonas Weber");
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_records, ==, 5);
  g_assert_cmpfloat (mit_csv_reader_get_fraction (reader), ==, 1.0);
}

static void
test_reader_windows_1252 (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("actors-windows-1252.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpint (mit_csv_reader_get_encoding (reader), ==, MIT_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (mit_csv_reader_get_delimiter (reader), ==, ';');

  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 1), ==, "Straße");
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==,
                   "Diakonisches Werk Überlingen-Stockach");
  /* 0x84, 0x93 and 0x96 are „ “ – in Windows-1252, C1 controls in Latin-1 */
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 7), ==,
                   "„Schuldnerberatung“ und Flüchtlingshilfe – für alle");
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_reader_multiline (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("actors-multiline.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpint (mit_csv_reader_get_encoding (reader), ==, MIT_CSV_ENCODING_UTF8);

  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, 1);
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpuint (mit_csv_reader_get_n_fields (reader), ==, 3);
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 1), ==,
                   "Treffen jeden Dienstag.\nKinderbetreuung vorhanden;\n"
                   "bitte anmelden: \"Frau Schulz\".");
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, 5);
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, 7);
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_reader_line_ends (void)
{
  g_autoptr(MitCsvReader) reader = reader_for_string ("a,b\r\n1,2\n\n3,4\r5,\"x\r\ny\"\r\n6,7");
  g_autoptr(GError) error = NULL;
  const guint lines[] = { 1, 2, 4, 5, 7 };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_assert_true (mit_csv_reader_next (reader, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mit_csv_reader_get_line (reader), ==, lines[i]);
      g_assert_cmpuint (mit_csv_reader_get_n_fields (reader), ==, 2);
    }
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_reader_delimiter (void)
{
  struct { const char *text; char delimiter; } cases[] = {
    { "Name,Ort,PLZ\n", ',' },
    { "Name;Ort;PLZ\n", ';' },
    { "Name\tOrt\tPLZ\n", '\t' },
    { "\"Name, Bezeichnung\";Ort\n", ';' },
    { "\"a;b;c\",Ort,PLZ\n", ',' },
    { "Name\n", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MitCsvReader) reader = reader_for_string (cases[i].text);

      g_assert_cmpint (mit_csv_reader_get_delimiter (reader), ==, cases[i].delimiter);
    }
}

static void
test_reader_unterminated_quote (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("broken-unterminated-quote.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_QUOTING);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: "));
}

static void
test_reader_text_after_quote (void)
{
  g_autoptr(MitCsvReader) reader = reader_for_string ("a;b\n\"x\"y;z\n");
  g_autoptr(GError) error = NULL;

  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_QUOTING);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: "));
}

static void
test_reader_encoding_errors (void)
{
#define CASE(s, p) { s, sizeof (s) - 1, p }
  struct { const char *data; gsize len; const char *prefix; } cases[] = {
    /* 0x81 is undefined in Windows-1252 and not UTF-8 */
    CASE ("Name\nM\x81ller\n", "Line 2: "),
    /* UTF-8 with one damaged sequence: not Windows-1252 text */
    CASE ("Name\nM\xc3\xbcller\nK\xc3\n", "Line 3: "),
    /* a NUL byte */
    CASE ("Name\nA\0B\n", "Line 2: "),
    /* a UTF-8 BOM and then not UTF-8 */
    CASE ("\xef\xbb\xbfName\n\xe9t\xe9\n", "Line 2: "),
  };
#undef CASE

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].data, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

      g_assert_null (reader);
      g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
    }

  {
    g_autoptr(GBytes) bytes = load_fixture ("broken-encoding.csv");
    g_autoptr(GError) error = NULL;
    g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

    g_assert_null (reader);
    g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_ENCODING);
    g_assert_true (g_str_has_prefix (error->message, "Line 3: "));
  }
}

static void
test_reader_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *utf16 = g_convert ("\xef\xbb\xbfName\tOrt\r\nMüttercafé\tSingen\r\n", -1,
                                      "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MitCsvReader) reader = NULL;

  g_assert_no_error (error);
  bytes = g_bytes_new (utf16, len);
  reader = mit_csv_reader_new (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_csv_reader_get_encoding (reader), ==, MIT_CSV_ENCODING_UTF16);
  g_assert_cmpint (mit_csv_reader_get_delimiter (reader), ==, '\t');
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==, "Name");
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==, "Müttercafé");
}

static void
test_reader_empty (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("empty.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* Writer */

static void
test_writer_quoting_and_guard (void)
{
  const char *values[] = {
    "plain", "Straße; Nr.", "Er sagte \"Hallo\"", "zwei\nZeilen", "=HYPERLINK(\"x\")",
    "+49 7731 85-0", "-5 Grad", "@SUM(A1)", "'=already", "''+x", "'plain", "", "\tTab",
    "Ende\r\n", "ä ö ü ß", NULL,
  };
  g_autoptr(MitCsvWriter) writer = mit_csv_writer_new (';');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MitCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize len;

  mit_csv_writer_add_row (writer, values, -1);
  mit_csv_writer_add_field (writer, "second");
  mit_csv_writer_end_row (writer);
  bytes = mit_csv_writer_free_to_bytes (g_steal_pointer (&writer));

  data = g_bytes_get_data (bytes, &len);
  g_assert_true (len > 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0);
  g_assert_true (memcmp (data + len - 10, "\r\nsecond\r\n", 10) == 0);
  g_assert_nonnull (g_strstr_len (data, len, ";\"'=HYPERLINK(\"\"x\"\")\""));
  g_assert_nonnull (g_strstr_len (data, len, ";'+49 7731 85-0;"));
  g_assert_nonnull (g_strstr_len (data, len, ";\"Straße; Nr.\";"));
  g_assert_nonnull (g_strstr_len (data, len, ";'plain;"));
  /* No cell starts with a formula character */
  g_assert_null (g_strstr_len (data, len, ";="));
  g_assert_null (g_strstr_len (data, len, ";+"));
  g_assert_null (g_strstr_len (data, len, ";-"));
  g_assert_null (g_strstr_len (data, len, ";@"));

  reader = mit_csv_reader_new (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpuint (mit_csv_reader_get_n_fields (reader), ==, g_strv_length ((char **) values));
  for (guint i = 0; values[i] != NULL; i++)
    g_assert_cmpstr (mit_csv_unguard_cell (mit_csv_reader_get_field (reader, i)), ==, values[i]);
  g_assert_true (mit_csv_reader_next (reader, &error));
  g_assert_cmpstr (mit_csv_reader_get_field (reader, 0), ==, "second");
  g_assert_false (mit_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* Mapping */

static void
test_mapping_headers (void)
{
  struct { const char *header; MitCsvField field; } cases[] = {
    { "Name", MIT_CSV_FIELD_NAME },
    { "Bezeichnung", MIT_CSV_FIELD_NAME },
    { "ORGANISATION", MIT_CSV_FIELD_NAME },
    { "Name der Einrichtung", MIT_CSV_FIELD_NAME },
    { "Straße", MIT_CSV_FIELD_STREET },
    { "Strasse und Hausnummer", MIT_CSV_FIELD_STREET },
    { "Adresse", MIT_CSV_FIELD_STREET },
    { "PLZ", MIT_CSV_FIELD_POSTCODE },
    { "Ort", MIT_CSV_FIELD_TOWN },
    { "Stadt", MIT_CSV_FIELD_TOWN },
    { "Telefon", MIT_CSV_FIELD_PHONE },
    { "Tel.", MIT_CSV_FIELD_PHONE },
    { "E-Mail", MIT_CSV_FIELD_EMAIL },
    { "e-mail-adresse", MIT_CSV_FIELD_EMAIL },
    { "Website", MIT_CSV_FIELD_WEBSITE },
    { "Homepage", MIT_CSV_FIELD_WEBSITE },
    { "Sprachen", MIT_CSV_FIELD_LANGUAGES },
    { "Handlungsfeld", MIT_CSV_FIELD_FIELDS },
    { "Ansprechpartner", MIT_CSV_FIELD_PERSONS },
    { "Ansprechpartner*innen", MIT_CSV_FIELD_PERSONS },
    { "Name Ansprechpartner", MIT_CSV_FIELD_PERSONS },
    { "Öffnungszeiten", MIT_CSV_FIELD_OPENING_HOURS },
    { "Art", MIT_CSV_FIELD_KIND },
    { "Bereich", MIT_CSV_FIELD_SECTOR },
    { "Stadtteil", MIT_CSV_FIELD_DISTRICT },
    { "Zuletzt geprüft", MIT_CSV_FIELD_LAST_VERIFIED },
    { "UID", MIT_CSV_FIELD_UID },
    { "Schlagworte", MIT_CSV_FIELD_TAGS },
    { "Beschreibung", MIT_CSV_FIELD_DESCRIPTION },
    { "  ", MIT_CSV_FIELD_IGNORE },
    { "Lieblingsfarbe", MIT_CSV_FIELD_IGNORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (mit_csv_field_match_header (cases[i].header), ==, cases[i].field);
    }

  /* The export's own headers */
  for (MitCsvField f = MIT_CSV_FIELD_NAME; f < MIT_CSV_N_FIELDS; f++)
    {
      g_assert_cmpint (mit_csv_field_match_header (mit_csv_field_get_label (f)), ==, f);
      g_assert_cmpint (mit_csv_field_from_key (mit_csv_field_get_key (f)), ==, f);
    }
}

static void
test_mapping_string (void)
{
  const char *headers[] = { "Name", "Ort", "Notiz=1;2", "Telefon", "Telefon 2" };
  const char *reordered[] = { "Telefon", "Notiz=1;2", "Name", "Neu", "PLZ" };
  g_autoptr(MitCsvMapping) mapping = mit_csv_mapping_new_from_headers (headers, 5);
  g_autoptr(MitCsvMapping) again = NULL;
  g_autoptr(MitCsvMapping) other = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 0), ==, MIT_CSV_FIELD_NAME);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 1), ==, MIT_CSV_FIELD_TOWN);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 2), ==, MIT_CSV_FIELD_IGNORE);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 3), ==, MIT_CSV_FIELD_PHONE);
  /* one value per field: the second phone column is not taken */
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 4), ==, MIT_CSV_FIELD_IGNORE);

  mit_csv_mapping_set_field (mapping, 2, MIT_CSV_FIELD_DESCRIPTION);
  mit_csv_mapping_set_field (mapping, 1, MIT_CSV_FIELD_DISTRICT);
  saved = mit_csv_mapping_to_string (mapping);
  g_assert_cmpstr (saved, ==,
                   "Name=name;Ort=district;Notiz%3D1%3B2=description;Telefon=phone;"
                   "Telefon 2=ignore");

  again = mit_csv_mapping_new_from_string (saved, headers, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (mit_csv_mapping_get_field (again, i), ==,
                     mit_csv_mapping_get_field (mapping, i));

  /* Another file: remembered headers keep their field, new ones are matched */
  other = mit_csv_mapping_new_from_string (saved, reordered, 5);
  g_assert_cmpint (mit_csv_mapping_get_field (other, 0), ==, MIT_CSV_FIELD_PHONE);
  g_assert_cmpint (mit_csv_mapping_get_field (other, 1), ==, MIT_CSV_FIELD_DESCRIPTION);
  g_assert_cmpint (mit_csv_mapping_get_field (other, 2), ==, MIT_CSV_FIELD_NAME);
  g_assert_cmpint (mit_csv_mapping_get_field (other, 3), ==, MIT_CSV_FIELD_IGNORE);
  g_assert_cmpint (mit_csv_mapping_get_field (other, 4), ==, MIT_CSV_FIELD_POSTCODE);
}

/* Import */

static MitCsvImportReport *
import_fixture (MitStore   *store,
                const char *name,
                gboolean    skip_bad_rows,
                GError    **error)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  MitCsvImportReport *report = NULL;

  mit_csv_import_bytes (store, bytes, NULL, skip_bad_rows, NULL, NULL, NULL, &report, error);
  g_assert_nonnull (report);
  return report;
}

static void
test_import_semicolon_bom (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-bom.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = import_fixture (store, "actors-semicolon-bom.csv",
                                                         FALSE, &error);
  g_autoptr(MitActor) caritas = NULL;
  g_autoptr(MitActor) cafe = NULL;
  g_autoptr(MitActor) mosque = NULL;
  g_autoptr(GPtrArray) links = NULL;
  const char *caritas_fields[] = { "counselling", "work", "housing", NULL };
  const char *caritas_languages[] = { "de", "tr", "ar", NULL };
  const char *cafe_fields[] = { "women-empowerment", "language", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 4);
  g_assert_cmpuint (report->n_added, ==, 4);
  g_assert_cmpuint (report->n_updated, ==, 0);
  g_assert_cmpuint (report->n_persons_added, ==, 4);
  g_assert_cmpuint (report->bad_rows->len, ==, 0);
  g_assert_cmpint (report->encoding, ==, MIT_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (report->delimiter, ==, ';');
  g_assert_cmpuint (mit_store_count_actors (store), ==, 4);

  caritas = mit_test_load_actor_named (store, "Caritasverband Singen-Hegau e.V.");
  g_assert_cmpstr (mit_actor_get_kind (caritas), ==, "welfare-association");
  g_assert_cmpint (mit_actor_get_sector (caritas), ==, MIT_SECTOR_PROFESSIONAL);
  g_assert_true (strv_equal (mit_actor_get_fields (caritas), caritas_fields));
  g_assert_true (strv_equal (mit_actor_get_languages (caritas), caritas_languages));
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_STREET), ==, "Erzbergerstraße 22");
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_POSTCODE), ==, "78224");
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_TOWN), ==, "Singen (Hohentwiel)");
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_DISTRICT), ==, "Innenstadt");
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_OPENING_HOURS), ==,
                   "Mo–Do 9–12 Uhr; Di 14–17 Uhr");

  links = mit_store_list_affiliations_of_actor (store, mit_actor_get_id (caritas), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      MitAffiliation *link = g_ptr_array_index (links, i);

      if (g_str_equal (mit_affiliation_get_person_name (link), "Ayşe Demir"))
        g_assert_cmpstr (mit_affiliation_get_role (link), ==, "Ansprechpartnerin Beratung");
      else
        g_assert_cmpstr (mit_affiliation_get_person_name (link), ==, "Jonas Weber");
    }

  cafe = mit_test_load_actor_named (store, "Müttercafé Nordstadt");
  g_assert_cmpstr (mit_actor_get_kind (cafe), ==, "volunteer-initiative");
  g_assert_cmpint (mit_actor_get_sector (cafe), ==, MIT_SECTOR_VOLUNTEER);
  g_assert_true (strv_equal (mit_actor_get_fields (cafe), cafe_fields));
  g_assert_cmpstr (mit_actor_get_text (cafe, MIT_ACTOR_DESCRIPTION), ==,
                   "Offener Treff für Mütter mit kleinen Kindern, mit Kinderbetreuung.");

  mosque = mit_test_load_actor_named (store, "Türkisch-Islamische Gemeinde");
  g_assert_cmpstr (mit_actor_get_kind (mosque), ==, "religious-community");
  g_assert_cmpint (mit_actor_get_sector (mosque), ==, MIT_SECTOR_MIGRANT_ORGANISATION);
}

static void
test_import_comma (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-comma.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = import_fixture (store, "actors-comma.csv", FALSE,
                                                         &error);
  g_autoptr(MitActor) city = NULL;
  g_autoptr(MitActor) cafe = NULL;
  g_autoptr(GPtrArray) links = NULL;
  const char *tags[] = { "KIB", "Steuerungsgruppe", NULL };
  const char *languages[] = { "de", "fa", "ar", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (report->delimiter, ==, ',');
  g_assert_cmpuint (report->n_added, ==, 3);

  city = mit_test_load_actor_named (store, "Stadt Singen, Integrationsbeauftragte");
  g_assert_cmpstr (mit_actor_get_kind (city), ==, "authority");
  g_assert_cmpstr (mit_actor_get_text (city, MIT_ACTOR_PHONE), ==, "+49 7731 85-0");
  g_assert_true (strv_equal (mit_actor_get_tags (city), tags));

  cafe = mit_test_load_actor_named (store, "Sprachcafé International");
  g_assert_true (strv_equal (mit_actor_get_languages (cafe), languages));
  links = mit_store_list_affiliations_of_actor (store, mit_actor_get_id (cafe), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
}

static void
test_import_windows_1252 (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-1252.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = import_fixture (store, "actors-windows-1252.csv",
                                                         FALSE, &error);
  g_autoptr(MitActor) actor = NULL;
  const char *languages[] = { "de", "fr", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (report->encoding, ==, MIT_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (report->n_added, ==, 2);

  actor = mit_test_load_actor_named (store, "Diakonisches Werk Überlingen-Stockach");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_TOWN), ==, "Überlingen");
  g_assert_true (strv_equal (mit_actor_get_languages (actor), languages));
}

static void
test_import_vocabulary (void)
{
  const char *csv =
    "Name;Art;Handlungsfelder\n"
    "Elterninitiative Kita Sonnenschein;Elterninitiative;Bildung, Frühe Hilfen\n"
    "Elterninitiative Regenbogen;elterninitiative;frühe hilfen\n";
  g_autoptr(MitStore) store = mit_test_open_store ("import-vocab.db");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) a = NULL;
  g_autoptr(MitActor) b = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  guint n_kinds;

  kinds = mit_store_list_vocabulary (store, "actor-kind", &error);
  n_kinds = kinds->len;

  g_assert_true (mit_csv_import_bytes (store, bytes, NULL, FALSE, NULL, NULL, NULL, NULL,
                                       &error));
  g_assert_no_error (error);

  a = mit_test_load_actor_named (store, "Elterninitiative Kita Sonnenschein");
  b = mit_test_load_actor_named (store, "Elterninitiative Regenbogen");
  g_assert_cmpstr (mit_actor_get_kind (a), ==, mit_actor_get_kind (b));
  g_assert_cmpstr (mit_store_get_vocabulary_label (store, "actor-kind", mit_actor_get_kind (a)),
                   ==, "Elterninitiative");
  g_assert_cmpstr (mit_actor_get_fields (a)[0], ==, "education");
  g_assert_cmpstr (mit_actor_get_fields (a)[1], ==, mit_actor_get_fields (b)[0]);

  g_clear_pointer (&kinds, g_ptr_array_unref);
  kinds = mit_store_list_vocabulary (store, "actor-kind", &error);
  g_assert_cmpuint (kinds->len, ==, n_kinds + 1);
}

static void
test_import_all_or_nothing (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-all-or-nothing.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) first = import_fixture (store, "actors-comma.csv", FALSE,
                                                        &error);
  g_autoptr(MitCsvImportReport) report = NULL;
  guint n_before;
  gint64 change_before;
  const guint bad_lines[] = { 3, 4, 5 };

  g_assert_no_error (error);
  n_before = mit_store_count_actors (store);
  change_before = mit_store_get_last_change (store);
  g_assert_cmpuint (n_before, ==, 3);

  report = import_fixture (store, "bad-rows.csv", FALSE, &error);
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Line 3: the e-mail address “x@” is not valid."));
  g_assert_nonnull (strstr (error->message, "2 more rows have problems."));
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->bad_rows->len, ==, G_N_ELEMENTS (bad_lines));
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    {
      MitCsvBadRow *bad = g_ptr_array_index (report->bad_rows, i);

      g_assert_cmpuint (bad->line, ==, bad_lines[i]);
    }

  g_assert_cmpuint (mit_store_count_actors (store), ==, n_before);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change_before);
}

static void
test_import_skip_bad_rows (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-skip.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = import_fixture (store, "bad-rows.csv", TRUE, &error);
  MitCsvBadRow *bad;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 2);
  g_assert_cmpuint (report->bad_rows->len, ==, 3);

  bad = g_ptr_array_index (report->bad_rows, 0);
  g_assert_cmpuint (bad->line, ==, 3);
  g_assert_cmpstr (bad->reason, ==, "Line 3: the e-mail address “x@” is not valid.");
  bad = g_ptr_array_index (report->bad_rows, 1);
  g_assert_cmpuint (bad->line, ==, 4);
  g_assert_nonnull (strstr (bad->reason, "name is empty"));
  bad = g_ptr_array_index (report->bad_rows, 2);
  g_assert_cmpuint (bad->line, ==, 5);
  g_assert_nonnull (strstr (bad->reason, "“7822”"));
  g_assert_nonnull (strstr (bad->reason, "“07822”"));
}

static void
test_import_columns (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-columns.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = NULL;
  g_autoptr(MitCsvImportReport) skipped = NULL;
  const char *fewer = "Name;Ort;Telefon\nA;B;07731 1\nC;D\n";
  const char *trailing = "Name;Ort\nA;B;;\nC;D;\n";
  g_autoptr(GBytes) fewer_bytes = g_bytes_new_static (fewer, strlen (fewer));
  g_autoptr(GBytes) trailing_bytes = g_bytes_new_static (trailing, strlen (trailing));

  report = import_fixture (store, "broken-columns.csv", FALSE, &error);
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_COLUMNS);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: the row has 4 columns"));
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_clear_error (&error);

  skipped = import_fixture (store, "broken-columns.csv", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (skipped->n_added, ==, 2);
  g_assert_cmpuint (skipped->bad_rows->len, ==, 1);

  g_assert_false (mit_csv_import_bytes (store, fewer_bytes, NULL, FALSE, NULL, NULL, NULL,
                                        NULL, &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_COLUMNS);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: the row has only 2 columns"));
  g_clear_error (&error);

  /* Empty cells beyond the header, as spreadsheets write them, are fine */
  g_assert_true (mit_csv_import_bytes (store, trailing_bytes, NULL, FALSE, NULL, NULL, NULL,
                                       NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 4);
}

static void
test_import_broken_files (void)
{
  struct { const char *name; int code; const char *prefix; } cases[] = {
    { "broken-unterminated-quote.csv", MIT_CSV_ERROR_QUOTING, "Line 3: " },
    { "broken-encoding.csv", MIT_CSV_ERROR_ENCODING, "Line 3: " },
    { "empty.csv", MIT_CSV_ERROR_EMPTY, "The file is empty." },
    { "actors-multiline.csv", MIT_CSV_ERROR_INVALID,
      "Line 7: the e-mail address “nachbarschaft@@example.org” is not valid." },
  };
  g_autoptr(MitStore) store = mit_test_open_store ("import-broken.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) first = import_fixture (store, "actors-comma.csv", FALSE,
                                                        &error);
  guint n_before = mit_store_count_actors (store);
  gint64 change_before = mit_store_get_last_change (store);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint skip = 0; skip < 2; skip++)
      {
        g_autoptr(MitCsvImportReport) report = NULL;

        /* A bad row can be skipped; a broken file cannot */
        if (skip && cases[i].code == MIT_CSV_ERROR_INVALID)
          continue;

        report = import_fixture (store, cases[i].name, skip, &error);
        g_test_message ("%s: %s", cases[i].name, error ? error->message : "(no error)");
        g_assert_error (error, MIT_CSV_ERROR, cases[i].code);
        g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
        g_clear_error (&error);
        g_assert_cmpuint (mit_store_count_actors (store), ==, n_before);
        g_assert_cmpint (mit_store_get_last_change (store), ==, change_before);
      }
}

static void
test_import_mapping (void)
{
  const char *csv = "Einrichtung;Notiz;Ort\nInternationaler Chor Singen;Probe donnerstags;Singen\n";
  const char *headers[] = { "Einrichtung", "Notiz", "Ort" };
  g_autoptr(MitStore) store = mit_test_open_store ("import-mapping.db");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(MitCsvMapping) mapping = mit_csv_mapping_new_from_headers (headers, 3);
  g_autoptr(MitCsvMapping) nameless = NULL;
  g_autoptr(MitCsvMapping) wrong = mit_csv_mapping_new_from_headers (headers, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;

  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 1), ==, MIT_CSV_FIELD_IGNORE);
  mit_csv_mapping_set_field (mapping, 1, MIT_CSV_FIELD_OPENING_HOURS);
  mit_csv_mapping_set_field (mapping, 2, MIT_CSV_FIELD_DISTRICT);
  nameless = mit_csv_mapping_copy (mapping);
  mit_csv_mapping_set_field (nameless, 0, MIT_CSV_FIELD_IGNORE);

  g_assert_false (mit_csv_import_bytes (store, bytes, nameless, FALSE, NULL, NULL, NULL, NULL,
                                        &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (mit_csv_import_bytes (store, bytes, wrong, FALSE, NULL, NULL, NULL, NULL,
                                        &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_MAPPING);
  g_clear_error (&error);

  g_assert_true (mit_csv_import_bytes (store, bytes, mapping, FALSE, NULL, NULL, NULL, NULL,
                                       &error));
  g_assert_no_error (error);
  actor = mit_test_load_actor_named (store, "Internationaler Chor Singen");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_OPENING_HOURS), ==, "Probe donnerstags");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_DISTRICT), ==, "Singen");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_TOWN), ==, "");
}

static void
test_import_values (void)
{
  const char *csv =
    "Name;PLZ;Zuletzt geprüft;E-Mail;Website;Bereich;Sprachen\n"
    "A;D-78224;14.03.2024;mailto:a@example.org;www.example.org;ehrenamtlich;Türkisch\n"
    "B;78224;31.02.2024;;;;\n"
    "C;;;;http//kaputt;;\n"
    "D;;;;;irgendwas;\n"
    "E;;;;;;Klingonisch\n"
    "F;;2024-03-14;;;;Deutsch | Englisch\n";
  g_autoptr(MitStore) store = mit_test_open_store ("import-values.db");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = NULL;
  g_autoptr(MitActor) a = NULL;
  g_autoptr(MitActor) f = NULL;
  const char *tr[] = { "tr", NULL };
  const char *de_en[] = { "de", "en", NULL };

  g_assert_true (mit_csv_import_bytes (store, bytes, NULL, TRUE, NULL, NULL, NULL, &report,
                                       &error));
  g_assert_no_error (error);
  for (guint i = 0; i < report->bad_rows->len; i++)
    g_test_message ("%s", ((MitCsvBadRow *) g_ptr_array_index (report->bad_rows, i))->reason);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->bad_rows->len, ==, 4);

  a = mit_test_load_actor_named (store, "A");
  g_assert_cmpstr (mit_actor_get_text (a, MIT_ACTOR_POSTCODE), ==, "78224");
  g_assert_cmpstr (mit_actor_get_text (a, MIT_ACTOR_LAST_VERIFIED), ==, "2024-03-14");
  g_assert_cmpstr (mit_actor_get_text (a, MIT_ACTOR_EMAIL), ==, "a@example.org");
  g_assert_cmpstr (mit_actor_get_text (a, MIT_ACTOR_WEBSITE), ==, "www.example.org");
  g_assert_cmpint (mit_actor_get_sector (a), ==, MIT_SECTOR_VOLUNTEER);
  g_assert_true (strv_equal (mit_actor_get_languages (a), tr));

  f = mit_test_load_actor_named (store, "F");
  g_assert_true (strv_equal (mit_actor_get_languages (f), de_en));
}

/* Export */

static void
test_export_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("export.db");
  g_autoptr(MitStore) copy = mit_test_open_store ("export-copy.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) r1 = import_fixture (store, "actors-semicolon-bom.csv", FALSE,
                                                     &error);
  g_autoptr(MitCsvImportReport) r2 = import_fixture (store, "actors-comma.csv", FALSE, &error);
  g_autoptr(MitCsvImportReport) into_copy = NULL;
  g_autoptr(MitActor) tricky = mit_actor_new ();
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) exported_again = NULL;
  g_autoptr(GBytes) exported_copy = NULL;
  g_autoptr(GArray) person_ids = NULL;
  /* The store keeps tags comma-separated, so ";" and "|" are tested here */
  const char *tags[] = { "Treff; offen", "Nachbarschaft", NULL };
  const char *data;
  gsize len;

  g_assert_no_error (error);

  mit_actor_set_name (tricky, "=HYPERLINK(\"http://evil.example\"; \"Klick\")");
  mit_actor_set_text (tricky, MIT_ACTOR_DESCRIPTION, "-5 Grad\r\nzweite Zeile; mit \"Zitat\"");
  mit_actor_set_text (tricky, MIT_ACTOR_PHONE, "+49 7731 85-0");
  mit_actor_set_text (tricky, MIT_ACTOR_LAST_VERIFIED, "2024-05-01");
  mit_actor_set_tags (tricky, tags);
  g_assert_true (mit_store_save_actor (store, tricky, &error));
  g_assert_no_error (error);

  /* Imported persons may be named inside the network; Jonas Weber then
   * withdrew his consent. */
  person_ids = mit_store_find_person_ids (store, "Weber", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (person_ids->len, ==, 1);
  {
    g_autoptr(MitPerson) jonas = mit_store_load_person (store, g_array_index (person_ids, gint64, 0),
                                                        &error);

    g_assert_cmpint (mit_person_get_consent (jonas), ==, MIT_CONSENT_INTERNAL);
    mit_person_set_consent (jonas, MIT_CONSENT_NONE);
    g_assert_true (mit_store_save_person (store, jonas, &error));
  }

  exported = mit_csv_export_actors_to_bytes (store, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (exported, &len);
  g_assert_true (memcmp (data, "\xef\xbb\xbf" "Name;Kind;Sector;Fields of action;", 37) == 0);
  g_assert_nonnull (g_strstr_len (data, len, "\r\n"));
  g_assert_nonnull (g_strstr_len (data, len, "\"'=HYPERLINK("));
  g_assert_nonnull (g_strstr_len (data, len, ";'+49 7731 85-0;"));
  g_assert_nonnull (g_strstr_len (data, len, "Ayşe Demir (Ansprechpartnerin Beratung)"));
  g_assert_nonnull (g_strstr_len (data, len, "Selin Aydın (Integrationsbeauftragte)"));
  g_assert_null (g_strstr_len (data, len, "Jonas Weber"));

  /* Importing the export again changes nothing and adds nothing */
  {
    g_autoptr(MitCsvImportReport) report = NULL;

    g_assert_true (mit_csv_import_bytes (store, exported, NULL, FALSE, NULL, NULL, NULL,
                                         &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report->n_added, ==, 0);
    g_assert_cmpuint (report->n_updated, ==, 8);
    g_assert_cmpuint (report->n_persons_added, ==, 0);
  }
  g_assert_cmpuint (mit_store_count_actors (store), ==, 8);
  exported_again = mit_csv_export_actors_to_bytes (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (exported, exported_again));

  /* Into another database: the same actors, with the same UIDs */
  g_assert_true (mit_csv_import_bytes (copy, exported, NULL, FALSE, NULL, NULL, NULL,
                                       &into_copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (into_copy->n_added, ==, 8);
  {
    g_autoptr(MitActor) loaded = mit_store_load_actor_by_uid (copy, mit_actor_get_uid (tricky),
                                                              &error);

    g_assert_no_error (error);
    g_assert_nonnull (loaded);
    g_assert_cmpstr (mit_actor_get_name (loaded), ==, mit_actor_get_name (tricky));
    g_assert_cmpstr (mit_actor_get_text (loaded, MIT_ACTOR_DESCRIPTION), ==,
                     "-5 Grad\r\nzweite Zeile; mit \"Zitat\"");
    g_assert_true (strv_equal (mit_actor_get_tags (loaded), tags));
  }
  exported_copy = mit_csv_export_actors_to_bytes (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (exported, exported_copy));
}

static void
test_export_file (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("export-file.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = import_fixture (store, "actors-windows-1252.csv", FALSE,
                                                         &error);
  g_autofree char *path = mit_test_tmp_path ("directory.csv");
  g_autofree char *bad_path = mit_test_tmp_path ("no-such-folder/directory.csv");

  g_assert_no_error (error);
  g_assert_true (mit_csv_export_actors (store, path, &error));
  g_assert_no_error (error);
  g_assert_true (mit_test_file_contains (path, "\xef\xbb\xbfName;"));
  g_assert_true (mit_test_file_contains (path, "Überlingen"));

  g_assert_false (mit_csv_export_actors (store, bad_path, &error));
  g_assert_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_FAILED);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* Async and size */

static GBytes *
make_big_csv (guint n_rows)
{
  GString *s = g_string_new ("\xef\xbb\xbfName;Art;Bereich;Handlungsfelder;Sprachen;Straße;PLZ;Ort;"
                             "Telefon;E-Mail;Website;Beschreibung\r\n");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (s, "Verein Nummer %u e.V.;Verein;Ehrenamt;Sprache, Bildung;"
                               "Deutsch, Türkisch;Hauptstraße %u;78224;Singen;07731 %05u;"
                               "verein%u@example.org;https://verein%u.example.org;"
                               "\"Ein Verein, der sich trifft.\nZweite Zeile.\"\r\n",
                            i, i % 200 + 1, i, i, i);
  return g_string_free_to_bytes (s);
}

typedef struct
{
  GMainLoop          *loop;
  gboolean            ok;
  GError             *error;
  MitCsvImportReport *report;
  guint               n_progress;
  guint               n_changed;
  double              last_fraction;
} AsyncData;

static void
async_progress_cb (double   fraction,
                   gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_cmpfloat (fraction, >=, data->last_fraction);
  data->last_fraction = fraction;
  data->n_progress++;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = mit_csv_import_finish (MIT_STORE (object), result, &data->report, &data->error);
  g_main_loop_quit (data->loop);
}

static void
changed_cb (MitStore *store,
            guint     kinds,
            gpointer  user_data)
{
  AsyncData *data = user_data;

  if (kinds & MIT_RECORD_ACTOR)
    data->n_changed++;
}

static void
test_import_async (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("import-async.db");
  g_autoptr(GBytes) bytes = make_big_csv (5000);
  AsyncData data = { 0, };

  data.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &data);

  mit_csv_import_bytes_async (store, bytes, NULL, FALSE, NULL, async_progress_cb, &data, NULL,
                              async_done_cb, &data);
  g_main_loop_run (data.loop);

  g_assert_no_error (data.error);
  g_assert_true (data.ok);
  g_assert_cmpuint (data.report->n_added, ==, 5000);
  g_assert_cmpuint (data.n_changed, ==, 1);
  g_assert_cmpuint (data.n_progress, >=, 1);
  /* The main connection sees what the worker's connection wrote */
  g_assert_cmpuint (mit_store_count_actors (store), ==, 5000);

  /* Cancelled: nothing */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    AsyncData cancelled = { 0, };

    cancelled.loop = data.loop;
    g_cancellable_cancel (cancellable);
    mit_csv_import_bytes_async (store, bytes, NULL, FALSE, cancellable, NULL, NULL, NULL,
                                async_done_cb, &cancelled);
    g_main_loop_run (data.loop);
    g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_false (cancelled.ok);
    g_clear_error (&cancelled.error);
    mit_csv_import_report_free (cancelled.report);
    g_assert_cmpuint (mit_store_count_actors (store), ==, 5000);
  }

  mit_csv_import_report_free (data.report);
  g_main_loop_unref (data.loop);
}

static void
test_import_async_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = mit_store_open (":memory:", &error);
  g_autoptr(GBytes) bytes = make_big_csv (10);
  AsyncData data = { 0, };

  g_assert_no_error (error);
  data.loop = g_main_loop_new (NULL, FALSE);
  mit_csv_import_bytes_async (store, bytes, NULL, FALSE, NULL, NULL, NULL, NULL,
                              async_done_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 10);
  mit_csv_import_report_free (data.report);
  g_main_loop_unref (data.loop);
}

static void
test_import_speed (void)
{
  guint n = g_test_slow () ? 100000 : 2000;
  g_autoptr(MitStore) store = mit_test_open_store ("import-speed.db");
  g_autoptr(GBytes) bytes = make_big_csv (n);
  g_autoptr(GError) error = NULL;
  g_autoptr(MitCsvImportReport) report = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  g_assert_true (mit_csv_import_bytes (store, bytes, NULL, FALSE, NULL, NULL, NULL, &report,
                                       &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("%u rows in %.2f s: %.0f rows/s", n, seconds, n / seconds);
  g_assert_cmpuint (mit_store_count_actors (store), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/csv/reader/bom-semicolon", test_reader_bom_semicolon);
  g_test_add_func ("/csv/reader/windows-1252", test_reader_windows_1252);
  g_test_add_func ("/csv/reader/multiline", test_reader_multiline);
  g_test_add_func ("/csv/reader/line-ends", test_reader_line_ends);
  g_test_add_func ("/csv/reader/delimiter", test_reader_delimiter);
  g_test_add_func ("/csv/reader/unterminated-quote", test_reader_unterminated_quote);
  g_test_add_func ("/csv/reader/text-after-quote", test_reader_text_after_quote);
  g_test_add_func ("/csv/reader/encoding-errors", test_reader_encoding_errors);
  g_test_add_func ("/csv/reader/utf16", test_reader_utf16);
  g_test_add_func ("/csv/reader/empty", test_reader_empty);
  g_test_add_func ("/csv/writer/quoting-and-guard", test_writer_quoting_and_guard);
  g_test_add_func ("/csv/mapping/headers", test_mapping_headers);
  g_test_add_func ("/csv/mapping/string", test_mapping_string);
  g_test_add_func ("/csv/import/semicolon-bom", test_import_semicolon_bom);
  g_test_add_func ("/csv/import/comma", test_import_comma);
  g_test_add_func ("/csv/import/windows-1252", test_import_windows_1252);
  g_test_add_func ("/csv/import/vocabulary", test_import_vocabulary);
  g_test_add_func ("/csv/import/values", test_import_values);
  g_test_add_func ("/csv/import/mapping", test_import_mapping);
  g_test_add_func ("/csv/import/all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/csv/import/skip-bad-rows", test_import_skip_bad_rows);
  g_test_add_func ("/csv/import/columns", test_import_columns);
  g_test_add_func ("/csv/import/broken-files", test_import_broken_files);
  g_test_add_func ("/csv/import/async", test_import_async);
  g_test_add_func ("/csv/import/async-memory", test_import_async_memory);
  g_test_add_func ("/csv/import/speed", test_import_speed);
  g_test_add_func ("/csv/export/roundtrip", test_export_roundtrip);
  g_test_add_func ("/csv/export/file", test_export_file);

  return g_test_run ();
}
