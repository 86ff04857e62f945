/* mit-csv-import.c: the actor directory as CSV, in and out
 *
 * Copyright 2025 The Miteinander authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitCsv"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mit-csv-import.h"
#include "mit-languages.h"
#include "mit-store.h"
#include "mit-validate.h"

/* How many rows go between two progress reports and cancellation checks */
#define PROGRESS_INTERVAL 1000
/* How many bad rows an all-or-nothing import lists before it stops looking */
#define MAX_REPORTED_BAD_ROWS 200

/* Fields and the headers that mean them */

typedef struct
{
  const char *key;
  const char *label;
  /* Header synonyms, German and English; compared normalised */
  const char *synonyms[24];
} FieldInfo;

static const FieldInfo field_info[MIT_CSV_N_FIELDS] = {
  [MIT_CSV_FIELD_IGNORE] = { "ignore", N_("Do not import"), { NULL } },
  [MIT_CSV_FIELD_NAME] = { "name", N_("Name"), {
      "Bezeichnung", "Organisation", "Organization", "Einrichtung", "Name der Einrichtung",
      "Name der Organisation", "Organisationsname", "Einrichtungsname", "Akteur", "Akteurin",
      "Akteur*in", "Träger", "Institution", "Actor", "Titel", "Title", "Verein", NULL } },
  [MIT_CSV_FIELD_KIND] = { "kind", N_("Kind"), {
      "Art", "Typ", "Type", "Kategorie", "Category", "Art der Einrichtung", "Einrichtungsart",
      "Akteursart", "Organisationsart", "Organisationsform", "Trägerart", "Actor kind",
      "Kind of actor", NULL } },
  [MIT_CSV_FIELD_SECTOR] = { "sector", N_("Sector"), {
      "Sektor", "Bereich", "Hauptamt/Ehrenamt", "Haupt- oder Ehrenamt", "Ehrenamt",
      "Hauptamtlich/Ehrenamtlich", "Status", NULL } },
  [MIT_CSV_FIELD_FIELDS] = { "fields", N_("Fields of action"), {
      "Handlungsfeld", "Handlungsfelder", "Field of action", "Fields", "Themen",
      "Themenfelder", "Themenbereiche", "Arbeitsfelder", "Arbeitsbereiche", "Schwerpunkte",
      "Schwerpunkt", "Topics", NULL } },
  [MIT_CSV_FIELD_LANGUAGES] = { "languages", N_("Languages"), {
      "Sprachen", "Sprache", "Language", "Angebotene Sprachen", "Sprachkenntnisse",
      "Languages offered", "Languages spoken", "Sprachangebot", NULL } },
  [MIT_CSV_FIELD_DISTRICT] = { "district", N_("District"), {
      "Stadtteil", "Ortsteil", "Bezirk", "Stadtbezirk", "Quartier", "Viertel",
      "Neighbourhood", "Neighborhood", NULL } },
  [MIT_CSV_FIELD_STREET] = { "street", N_("Street"), {
      "Straße", "Strasse", "Str.", "Straße und Hausnummer", "Straße, Hausnummer",
      "Straße/Nr.", "Straße Nr.", "Adresse", "Anschrift", "Hausanschrift", "Address",
      "Street address", NULL } },
  [MIT_CSV_FIELD_POSTCODE] = { "postcode", N_("Postcode"), {
      "PLZ", "Postleitzahl", "Zip", "Zip code", "Postal code", NULL } },
  [MIT_CSV_FIELD_TOWN] = { "town", N_("Town"), {
      "Ort", "Stadt", "Gemeinde", "Wohnort", "Ortschaft", "Kommune", "City", "Place", NULL } },
  [MIT_CSV_FIELD_PHONE] = { "phone", N_("Phone"), {
      "Telefon", "Tel.", "Telefonnummer", "Rufnummer", "Fon", "Phone number", "Telephone",
      "Mobil", "Handy", NULL } },
  [MIT_CSV_FIELD_EMAIL] = { "email", N_("E-mail"), {
      "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Emailadresse", "E-mail address",
      "Email address", NULL } },
  [MIT_CSV_FIELD_WEBSITE] = { "website", N_("Website"), {
      "Homepage", "Webseite", "Internet", "Internetseite", "Internetadresse", "Web",
      "Web site", "URL", "WWW", NULL } },
  [MIT_CSV_FIELD_OPENING_HOURS] = { "opening-hours", N_("Opening hours"), {
      "Öffnungszeiten", "Sprechzeiten", "Sprechstunden", "Bürozeiten", "Hours", NULL } },
  [MIT_CSV_FIELD_DESCRIPTION] = { "description", N_("Description"), {
      "Beschreibung", "Kurzbeschreibung", "Angebot", "Angebote", "Info", "Informationen",
      "Bemerkungen", "Anmerkungen", "Notizen", "Notes", "Details", "Profil", NULL } },
  [MIT_CSV_FIELD_TAGS] = { "tags", N_("Tags"), {
      "Schlagworte", "Schlagwörter", "Stichworte", "Stichwörter", "Schlüsselwörter",
      "Keywords", "Labels", NULL } },
  [MIT_CSV_FIELD_LAST_VERIFIED] = { "last-verified", N_("Last verified"), {
      "Zuletzt geprüft", "Geprüft am", "Letzte Prüfung", "Stand", "Aktualisiert",
      "Last checked", "Verified", NULL } },
  [MIT_CSV_FIELD_UID] = { "uid", N_("UID"), { "UUID", NULL } },
  [MIT_CSV_FIELD_PERSONS] = { "persons", N_("Contact persons"), {
      "Ansprechpartner", "Ansprechpartnerin", "Ansprechpartner*in", "Ansprechpartner*innen",
      "Ansprechpartner:innen", "Ansprechpartner_innen", "Ansprechpartnerinnen",
      "Ansprechperson", "Ansprechpersonen", "Kontaktperson", "Kontaktpersonen", "Kontakt",
      "Kontakte", "Contact person", "Contact", "Contacts", NULL } },
};

/* For headers that match no synonym: parts of words, tried in order */
static const struct
{
  const char  *stem;
  MitCsvField  field;
} header_stems[] = {
  { "ansprechp", MIT_CSV_FIELD_PERSONS },
  { "kontaktp", MIT_CSV_FIELD_PERSONS },
  { "contactp", MIT_CSV_FIELD_PERSONS },
  { "email", MIT_CSV_FIELD_EMAIL },
  { "mail", MIT_CSV_FIELD_EMAIL },
  { "telefon", MIT_CSV_FIELD_PHONE },
  { "phone", MIT_CSV_FIELD_PHONE },
  { "postleitzahl", MIT_CSV_FIELD_POSTCODE },
  { "homepage", MIT_CSV_FIELD_WEBSITE },
  { "website", MIT_CSV_FIELD_WEBSITE },
  { "webseite", MIT_CSV_FIELD_WEBSITE },
  { "strasse", MIT_CSV_FIELD_STREET },
  { "street", MIT_CSV_FIELD_STREET },
  { "anschrift", MIT_CSV_FIELD_STREET },
  { "adresse", MIT_CSV_FIELD_STREET },
  { "address", MIT_CSV_FIELD_STREET },
  { "handlungsfeld", MIT_CSV_FIELD_FIELDS },
  { "sprache", MIT_CSV_FIELD_LANGUAGES },
  { "language", MIT_CSV_FIELD_LANGUAGES },
  { "offnungszeit", MIT_CSV_FIELD_OPENING_HOURS },
  { "sprechzeit", MIT_CSV_FIELD_OPENING_HOURS },
  { "stadtteil", MIT_CSV_FIELD_DISTRICT },
  { "beschreibung", MIT_CSV_FIELD_DESCRIPTION },
  { "description", MIT_CSV_FIELD_DESCRIPTION },
  { "schlagw", MIT_CSV_FIELD_TAGS },
  { "bezeichnung", MIT_CSV_FIELD_NAME },
  { "name", MIT_CSV_FIELD_NAME },
};

/* German and English words for the built-in vocabulary terms, besides
 * their own labels. */
static const struct
{
  const char *vocabulary;
  const char *key;
  const char *words[16];
} builtin_synonyms[] = {
  { "actor-kind", "welfare-association", { "Wohlfahrtsverband", "Wohlfahrtsverbände",
      "Freie Wohlfahrtspflege", "Welfare association", NULL } },
  { "actor-kind", "migrant-organisation", { "Migrantenorganisation",
      "Migrant*innenorganisation", "Migrantinnenorganisation", "Migrantenselbstorganisation",
      "MO", "MSO", "Migrant organisation", "Migrant organization", NULL } },
  { "actor-kind", "volunteer-initiative", { "Initiative", "Ehrenamtliche Initiative",
      "Ehrenamtsinitiative", "Freiwilligeninitiative", "Helferkreis", "Asylkreis",
      "Arbeitskreis Asyl", "Volunteer initiative", NULL } },
  { "actor-kind", "club", { "Verein", "Sportverein", "Kulturverein", "Club", NULL } },
  { "actor-kind", "school", { "Schule", "Grundschule", "Realschule", "Gymnasium",
      "Berufsschule", "Gemeinschaftsschule", "Werkrealschule", "School", NULL } },
  { "actor-kind", "day-care", { "Kita", "Kindertagesstätte", "Kindergarten",
      "Kindertageseinrichtung", "Day care", "Daycare", "Day-care centre", NULL } },
  { "actor-kind", "authority", { "Behörde", "Verwaltung", "Amt", "Stadtverwaltung",
      "Landratsamt", "Ausländerbehörde", "Authority", "Public authority", NULL } },
  { "actor-kind", "job-centre", { "Jobcenter", "Job centre", "Job center",
      "Agentur für Arbeit", "Arbeitsagentur", NULL } },
  { "actor-kind", "religious-community", { "Religionsgemeinschaft", "Religiöse Gemeinde",
      "Glaubensgemeinschaft", "Moschee", "Moscheegemeinde", "Moscheeverein", "Kirche",
      "Kirchengemeinde", "Synagoge", "Religious community", NULL } },
  { "actor-kind", "counselling", { "Beratung", "Beratungsstelle", "Migrationsberatung",
      "Counselling", "Counseling", "Counselling service", NULL } },
  { "actor-kind", "education-provider", { "Bildungsträger", "Bildungsanbieter",
      "Sprachschule", "Volkshochschule", "VHS", "Education provider", NULL } },
  { "actor-kind", "other", { "Sonstige", "Sonstiges", "Andere", "Other", NULL } },

  { "field", "language", { "Sprache", "Sprachförderung", "Deutschkurs", "Deutschkurse",
      "Sprachkurs", "Sprachkurse", "Language", NULL } },
  { "field", "education", { "Bildung", "Education", NULL } },
  { "field", "work", { "Arbeit", "Arbeitsmarkt", "Beruf", "Ausbildung", "Arbeit und Ausbildung",
      "Work", "Employment", NULL } },
  { "field", "housing", { "Wohnen", "Wohnungssuche", "Housing", NULL } },
  { "field", "health", { "Gesundheit", "Health", NULL } },
  { "field", "counselling", { "Beratung", "Counselling", "Counseling", NULL } },
  { "field", "culture-sport", { "Kultur und Sport", "Kultur & Sport", "Kultur", "Sport",
      "Culture and sport", "Culture & sport", NULL } },
  { "field", "participation", { "Teilhabe", "Partizipation", "Participation", NULL } },
  { "field", "anti-discrimination", { "Antidiskriminierung", "Anti-Diskriminierung",
      "Diskriminierung", "Anti-discrimination", NULL } },
  { "field", "women-empowerment", { "Frauen/Empowerment", "Frauen und Empowerment",
      "Frauen", "Empowerment", "Women/empowerment", "Women", NULL } },
  { "field", "youth", { "Jugend", "Jugendarbeit", "Kinder und Jugend", "Youth", NULL } },
  { "field", "seniors", { "Senioren", "Senior*innen", "Seniorinnen", "Ältere", "Seniors",
      NULL } },
};

static const char *sector_labels[] = {
  [MIT_SECTOR_PROFESSIONAL] = N_("Professional"),
  [MIT_SECTOR_VOLUNTEER] = N_("Volunteer"),
  [MIT_SECTOR_MIGRANT_ORGANISATION] = N_("Migrant organisation"),
};

static const struct
{
  MitSector   sector;
  const char *words[12];
} sector_synonyms[] = {
  { MIT_SECTOR_PROFESSIONAL, { "Hauptamt", "Hauptamtlich", "Hauptamtliche", "Beruflich",
      "Professional", "Professionals", "Paid", NULL } },
  { MIT_SECTOR_VOLUNTEER, { "Ehrenamt", "Ehrenamtlich", "Ehrenamtliche", "Freiwillig",
      "Freiwillige", "Volunteer", "Volunteers", "Voluntary", NULL } },
  { MIT_SECTOR_MIGRANT_ORGANISATION, { "Migrantenorganisation", "Migrant*innenorganisation",
      "Migrantinnenorganisation", "Migrantenselbstorganisation", "MO", "MSO",
      "Migrant organisation", "Migrant organization", NULL } },
};

char *
mit_csv_normalize_word (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean ascii = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      {
        ascii = FALSE;
        break;
      }

  out = g_string_sized_new (strlen (text));

  if (ascii)
    {
      for (const char *p = text; *p != '\0'; p++)
        if (g_ascii_isalnum (*p))
          g_string_append_c (out, g_ascii_tolower (*p));
      return g_string_free (out, FALSE);
    }

  /* casefold turns "ß" into "ss"; NFKD splits "ü" into "u" and a mark */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

const char *
mit_csv_field_get_key (MitCsvField field)
{
  g_return_val_if_fail (field < MIT_CSV_N_FIELDS, NULL);
  return field_info[field].key;
}

const char *
mit_csv_field_get_label (MitCsvField field)
{
  g_return_val_if_fail (field < MIT_CSV_N_FIELDS, NULL);
  return _(field_info[field].label);
}

MitCsvField
mit_csv_field_from_key (const char *key)
{
  if (key == NULL)
    return MIT_CSV_FIELD_IGNORE;
  for (guint i = 0; i < MIT_CSV_N_FIELDS; i++)
    if (g_str_equal (key, field_info[i].key))
      return i;
  return MIT_CSV_FIELD_IGNORE;
}

static GHashTable *
get_header_table (void)
{
  static gsize table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 1; i < MIT_CSV_N_FIELDS; i++)
        {
          g_hash_table_insert (t, mit_csv_normalize_word (field_info[i].key),
                               GUINT_TO_POINTER (i));
          g_hash_table_insert (t, mit_csv_normalize_word (field_info[i].label),
                               GUINT_TO_POINTER (i));
          for (guint j = 0; field_info[i].synonyms[j] != NULL; j++)
            g_hash_table_insert (t, mit_csv_normalize_word (field_info[i].synonyms[j]),
                                 GUINT_TO_POINTER (i));
        }
      g_once_init_leave (&table, (gsize) t);
    }
  return (GHashTable *) table;
}

MitCsvField
mit_csv_field_match_header (const char *header)
{
  g_autofree char *norm = NULL;
  gpointer value;

  if (header == NULL)
    return MIT_CSV_FIELD_IGNORE;

  norm = mit_csv_normalize_word (header);
  if (*norm == '\0')
    return MIT_CSV_FIELD_IGNORE;

  if (g_hash_table_lookup_extended (get_header_table (), norm, NULL, &value))
    return GPOINTER_TO_UINT (value);

  /* The export's headers in the user's language */
  for (guint i = 1; i < MIT_CSV_N_FIELDS; i++)
    {
      g_autofree char *label = mit_csv_normalize_word (_(field_info[i].label));

      if (g_str_equal (label, norm))
        return i;
    }

  for (guint i = 0; i < G_N_ELEMENTS (header_stems); i++)
    if (strstr (norm, header_stems[i].stem) != NULL)
      return header_stems[i].field;

  return MIT_CSV_FIELD_IGNORE;
}

/* Mapping */

struct _MitCsvMapping
{
  guint         n_columns;
  char        **headers;
  MitCsvField  *fields;
};

static gboolean
field_is_list (MitCsvField field)
{
  return field == MIT_CSV_FIELD_FIELDS || field == MIT_CSV_FIELD_LANGUAGES ||
         field == MIT_CSV_FIELD_TAGS || field == MIT_CSV_FIELD_PERSONS ||
         field == MIT_CSV_FIELD_IGNORE;
}

/* The text field of the actor that a column holds as it is, or -1 for the
 * columns that need more (kind, sector, lists, UID, persons). Import and
 * export share the pairs. */
static int
field_get_actor_text (MitCsvField field)
{
  switch (field)
    {
    case MIT_CSV_FIELD_NAME: return MIT_ACTOR_NAME;
    case MIT_CSV_FIELD_DISTRICT: return MIT_ACTOR_DISTRICT;
    case MIT_CSV_FIELD_STREET: return MIT_ACTOR_STREET;
    case MIT_CSV_FIELD_POSTCODE: return MIT_ACTOR_POSTCODE;
    case MIT_CSV_FIELD_TOWN: return MIT_ACTOR_TOWN;
    case MIT_CSV_FIELD_PHONE: return MIT_ACTOR_PHONE;
    case MIT_CSV_FIELD_EMAIL: return MIT_ACTOR_EMAIL;
    case MIT_CSV_FIELD_WEBSITE: return MIT_ACTOR_WEBSITE;
    case MIT_CSV_FIELD_OPENING_HOURS: return MIT_ACTOR_OPENING_HOURS;
    case MIT_CSV_FIELD_DESCRIPTION: return MIT_ACTOR_DESCRIPTION;
    case MIT_CSV_FIELD_LAST_VERIFIED: return MIT_ACTOR_LAST_VERIFIED;
    default: return -1;
    }
}

MitCsvMapping *
mit_csv_mapping_new (const char * const *headers,
                     guint               n_columns)
{
  MitCsvMapping *self = g_new0 (MitCsvMapping, 1);

  self->n_columns = n_columns;
  self->headers = g_new0 (char *, n_columns + 1);
  self->fields = g_new0 (MitCsvField, MAX (n_columns, 1));
  for (guint i = 0; i < n_columns; i++)
    self->headers[i] = g_strdup (headers != NULL && headers[i] != NULL ? headers[i] : "");
  return self;
}

MitCsvMapping *
mit_csv_mapping_new_from_headers (const char * const *headers,
                                  guint               n_columns)
{
  return mit_csv_mapping_new_from_string (NULL, headers, n_columns);
}

static char *
escape_header (const char *header)
{
  GString *s = g_string_new (NULL);

  for (const char *p = header; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '=' || *p == ';')
        g_string_append_printf (s, "%%%02X", (guchar) *p);
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

char *
mit_csv_mapping_to_string (const MitCsvMapping *self)
{
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *header = escape_header (self->headers[i]);

      if (i > 0)
        g_string_append_c (s, ';');
      g_string_append_printf (s, "%s=%s", header, field_info[self->fields[i]].key);
    }
  return g_string_free (s, FALSE);
}

MitCsvMapping *
mit_csv_mapping_new_from_string (const char         *saved,
                                 const char * const *headers,
                                 guint               n_columns)
{
  MitCsvMapping *self = mit_csv_mapping_new (headers, n_columns);
  g_autoptr(GHashTable) remembered = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
  gboolean taken[MIT_CSV_N_FIELDS] = { FALSE, };

  if (saved != NULL && *saved != '\0')
    {
      g_auto(GStrv) pairs = g_strsplit (saved, ";", -1);

      for (guint i = 0; pairs[i] != NULL; i++)
        {
          const char *eq = strrchr (pairs[i], '=');
          g_autofree char *header = NULL;
          g_autofree char *unescaped = NULL;

          if (eq == NULL)
            continue;
          header = g_strndup (pairs[i], eq - pairs[i]);
          unescaped = g_uri_unescape_string (header, NULL);
          if (unescaped == NULL)
            continue;
          g_hash_table_insert (remembered, mit_csv_normalize_word (unescaped),
                               GUINT_TO_POINTER (mit_csv_field_from_key (eq + 1)));
        }
    }

  /* Remembered columns first, so that matching by name does not take their
   * fields away from them. */
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *norm = mit_csv_normalize_word (self->headers[i]);
      gpointer value;

      if (*norm != '\0' && g_hash_table_lookup_extended (remembered, norm, NULL, &value))
        {
          MitCsvField field = GPOINTER_TO_UINT (value);

          if (!field_is_list (field) && taken[field])
            field = MIT_CSV_FIELD_IGNORE;
          self->fields[i] = field;
          taken[field] = TRUE;
          g_hash_table_remove (remembered, norm);
          /* mark as decided */
          g_hash_table_insert (remembered, g_strdup (norm), GUINT_TO_POINTER (G_MAXUINT));
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *norm = mit_csv_normalize_word (self->headers[i]);
      MitCsvField field;

      if (*norm != '\0' && g_hash_table_contains (remembered, norm))
        continue;
      field = mit_csv_field_match_header (self->headers[i]);
      if (!field_is_list (field) && taken[field])
        field = MIT_CSV_FIELD_IGNORE;
      self->fields[i] = field;
      taken[field] = TRUE;
    }

  return self;
}

MitCsvMapping *
mit_csv_mapping_copy (const MitCsvMapping *self)
{
  MitCsvMapping *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = mit_csv_mapping_new ((const char * const *) self->headers, self->n_columns);
  memcpy (copy->fields, self->fields, sizeof (MitCsvField) * self->n_columns);
  return copy;
}

void
mit_csv_mapping_free (MitCsvMapping *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->headers);
  g_free (self->fields);
  g_free (self);
}

guint
mit_csv_mapping_get_n_columns (const MitCsvMapping *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_columns;
}

const char *
mit_csv_mapping_get_header (const MitCsvMapping *self,
                            guint                column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return self->headers[column];
}

MitCsvField
mit_csv_mapping_get_field (const MitCsvMapping *self,
                           guint                column)
{
  g_return_val_if_fail (self != NULL, MIT_CSV_FIELD_IGNORE);

  if (column >= self->n_columns)
    return MIT_CSV_FIELD_IGNORE;
  return self->fields[column];
}

void
mit_csv_mapping_set_field (MitCsvMapping *self,
                           guint          column,
                           MitCsvField    field)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (field < MIT_CSV_N_FIELDS);

  self->fields[column] = field;
}

int
mit_csv_mapping_find_field (const MitCsvMapping *self,
                            MitCsvField          field)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->n_columns; i++)
    if (self->fields[i] == field)
      return i;
  return -1;
}

/* Report */

static void
bad_row_free (MitCsvBadRow *row)
{
  g_free (row->reason);
  g_free (row);
}

static MitCsvImportReport *
import_report_new (void)
{
  MitCsvImportReport *report = g_new0 (MitCsvImportReport, 1);

  report->bad_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) bad_row_free);
  return report;
}

void
mit_csv_import_report_free (MitCsvImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->bad_rows);
  g_free (report);
}

/* Multi-value cells */

/* The separator a cell's values are split at: the strongest of '|', ';'
 * (and line breaks) and ',' that occurs outside parentheses; 0 for one
 * value. */
static char
find_list_separator (const char *cell)
{
  gboolean comma = FALSE, semicolon = FALSE;
  int depth = 0;

  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth > 0)
        continue;
      else if (*p == '|')
        return '|';
      else if (*p == ';' || *p == '\n' || *p == '\r')
        semicolon = TRUE;
      else if (*p == ',')
        comma = TRUE;
    }
  return semicolon ? ';' : comma ? ',' : 0;
}

/* Splits a list cell into trimmed, non-empty values. */
static GPtrArray *
split_list (const char *cell)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  char sep = find_list_separator (cell);
  const char *start = cell;
  int depth = 0;

  for (const char *p = cell;; p++)
    {
      gboolean at_sep = FALSE;

      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && sep != 0)
        at_sep = (*p == sep) || (sep == ';' && (*p == '\n' || *p == '\r'));

      if (at_sep || *p == '\0')
        {
          char *value = g_strstrip (g_strndup (start, p - start));

          if (*value != '\0')
            g_ptr_array_add (values, value);
          else
            g_free (value);
          start = p + 1;
        }
      if (*p == '\0')
        break;
    }
  return values;
}

/* Adds the values of a list cell to *@list: a field may have more than
 * one column. */
static void
add_list_cell (GPtrArray  **list,
               const char  *cell)
{
  g_autoptr(GPtrArray) values = split_list (cell);

  if (*list == NULL)
    *list = g_steal_pointer (&values);
  else
    g_ptr_array_extend_and_steal (*list, g_steal_pointer (&values));
}

/* Joins values so that split_list() gives them back: with the weakest
 * separator that none of them contains. */
static void
append_list (GString            *out,
             const char * const *values,
             guint               n_values)
{
  static const char *separators[] = { ", ", "; ", " | " };
  guint level = 0;

  for (guint i = 0; i < n_values; i++)
    {
      char sep = find_list_separator (values[i]);

      if (sep == ',' && level < 1)
        level = 1;
      else if (sep == ';' && level < 2)
        level = 2;
    }
  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append (out, separators[level]);
      g_string_append (out, values[i]);
    }
  /* A single value with a weaker separator inside needs a stronger one
   * behind it, or it would be split. */
  if (n_values == 1 && level > 0)
    g_string_append_c (out, separators[level][level == 2 ? 1 : 0]);
}

/* Import */

typedef struct
{
  MitStore            *store;
  const MitCsvMapping *mapping;
  gboolean             dry_run;     /* after a failure: only look for more bad rows */

  /* normalised word → vocabulary key, for "actor-kind" and "field" */
  GHashTable          *kinds;
  GHashTable          *fields;
  GHashTable          *sectors;
  /* normalised name → person id, persons added or found in this import */
  GHashTable          *persons;

  MitCsvImportReport  *report;
} ImportContext;

typedef struct
{
  char *name;
  char *role;
  char *email;
} PersonCell;

static void
person_cell_free (PersonCell *p)
{
  g_free (p->name);
  g_free (p->role);
  g_free (p->email);
  g_free (p);
}

/* The values of one row, checked and converted */
typedef struct
{
  const char *text[MIT_ACTOR_N_TEXT_FIELDS];
  gboolean    has_text[MIT_ACTOR_N_TEXT_FIELDS];
  char       *owned[MIT_ACTOR_N_TEXT_FIELDS];
  int         sector;                /* -1: not given */
  char       *kind_label;
  GPtrArray  *field_labels;
  GPtrArray  *languages;             /* codes */
  GPtrArray  *tags;
  GPtrArray  *persons;               /* PersonCell */
  gboolean    has_fields, has_languages, has_tags;
  char       *uid;
  gboolean    empty;                 /* every mapped cell is empty */
} RowValues;

static void
row_values_clear (RowValues *row)
{
  for (guint i = 0; i < MIT_ACTOR_N_TEXT_FIELDS; i++)
    g_free (row->owned[i]);
  g_free (row->kind_label);
  g_free (row->uid);
  g_clear_pointer (&row->field_labels, g_ptr_array_unref);
  g_clear_pointer (&row->languages, g_ptr_array_unref);
  g_clear_pointer (&row->tags, g_ptr_array_unref);
  g_clear_pointer (&row->persons, g_ptr_array_unref);
  memset (row, 0, sizeof *row);
  row->sector = -1;
}

static void
add_vocabulary_words (GHashTable *table,
                      const char *word,
                      const char *key)
{
  char *norm = mit_csv_normalize_word (word);

  if (*norm == '\0' || g_hash_table_contains (table, norm))
    {
      g_free (norm);
      return;
    }
  g_hash_table_insert (table, norm, g_strdup (key));
}

static GHashTable *
load_vocabulary (MitStore    *store,
                 const char  *vocabulary,
                 GError     **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) terms = mit_store_list_vocabulary (store, vocabulary, error);

  if (terms == NULL)
    return NULL;

  for (guint i = 0; i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);

      add_vocabulary_words (table, term->key, term->key);
      add_vocabulary_words (table, term->label, term->key);
      if (term->builtin)
        add_vocabulary_words (table, _(term->label), term->key);
    }

  for (guint i = 0; i < G_N_ELEMENTS (builtin_synonyms); i++)
    {
      g_autofree char *norm_key = mit_csv_normalize_word (builtin_synonyms[i].key);

      if (!g_str_equal (builtin_synonyms[i].vocabulary, vocabulary))
        continue;
      /* Only for terms that exist */
      if (!g_hash_table_contains (table, norm_key))
        continue;
      for (guint j = 0; builtin_synonyms[i].words[j] != NULL; j++)
        add_vocabulary_words (table, builtin_synonyms[i].words[j], builtin_synonyms[i].key);
    }

  return g_steal_pointer (&table);
}

static void
set_row_error (GError    **error,
               guint       line,
               const char *format,
               ...) G_GNUC_PRINTF (3, 4);

static void
set_row_error (GError    **error,
               guint       line,
               const char *format,
               ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: "Line 14: the e-mail address “x@” is not valid." */
  g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_INVALID, _("Line %u: %s"), line, reason);
}

/* Spreadsheets in German towns name languages in German even when the
 * desktop speaks English, so besides mit_languages_lookup() (English and
 * the user's language) the German names of iso-codes are tried too, read
 * straight from its German message catalogue. */
static guint32
mo_word (const guchar *data,
         gsize         offset,
         gboolean      swap)
{
  guint32 v;

  memcpy (&v, data + offset, 4);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

static GHashTable *
load_german_language_names (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "locale", "de",
                                            "LC_MESSAGES", "iso_639-3.mo", NULL);
  g_autofree char *contents = NULL;
  const guchar *data;
  gsize length = 0;
  guint32 n, originals, translations;
  gboolean swap;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 28)
    return table;
  data = (const guchar *) contents;
  if (mo_word (data, 0, FALSE) == 0x950412de)
    swap = FALSE;
  else if (mo_word (data, 0, TRUE) == 0x950412de)
    swap = TRUE;
  else
    return table;

  n = mo_word (data, 8, swap);
  originals = mo_word (data, 12, swap);
  translations = mo_word (data, 16, swap);
  if ((gsize) originals + 8 * (gsize) n > length || (gsize) translations + 8 * (gsize) n > length)
    return table;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = mo_word (data, originals + 8 * i, swap);
      guint32 ooff = mo_word (data, originals + 8 * i + 4, swap);
      guint32 tlen = mo_word (data, translations + 8 * i, swap);
      guint32 toff = mo_word (data, translations + 8 * i + 4, swap);
      g_autofree char *english = NULL;
      g_autofree char *german = NULL;
      const char *code;

      if (olen == 0 || (gsize) ooff + olen >= length || (gsize) toff + tlen >= length)
        continue;
      english = g_strndup ((const char *) data + ooff, olen);
      german = g_strndup ((const char *) data + toff, tlen);
      if (!g_utf8_validate (german, -1, NULL))
        continue;
      code = mit_languages_lookup (english);
      if (code != NULL)
        g_hash_table_insert (table, mit_csv_normalize_word (german), g_strdup (code));
    }
  return table;
}

static const char *
lookup_language (const char *name)
{
  static gsize german;
  const char *code = mit_languages_lookup (name);
  g_autofree char *norm = NULL;

  if (code != NULL)
    return code;

  if (g_once_init_enter (&german))
    g_once_init_leave (&german, (gsize) load_german_language_names ());

  norm = mit_csv_normalize_word (name);
  code = g_hash_table_lookup ((GHashTable *) german, norm);
  /* mit_languages_lookup() gives interned strings; so do we */
  return code != NULL ? g_intern_string (code) : NULL;
}

/* "14.03.2024" or "2024-03-14" → "2024-03-14"; NULL when it is neither. */
static char *
parse_date (const char *value)
{
  guint day, month, year;
  char tail;

  if (mit_validate_date (value))
    return g_strdup (value);
  if (sscanf (value, "%u.%u.%u%c", &day, &month, &year, &tail) == 3 &&
      year >= 1900 && year <= 2999 && g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return NULL;
}

static PersonCell *
parse_person (const char *value)
{
  PersonCell *person = g_new0 (PersonCell, 1);
  GString *name = g_string_new (NULL);
  GString *role = g_string_new (NULL);
  int depth = 0;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '(' && depth++ == 0)
        continue;
      if (*p == ')' && depth > 0 && --depth == 0)
        continue;
      if (*p == '<' && depth == 0)
        {
          const char *end = strchr (p, '>');

          if (end != NULL)
            {
              g_free (person->email);
              person->email = g_strstrip (g_strndup (p + 1, end - p - 1));
              p = end;
              continue;
            }
        }
      if (depth > 0)
        {
          if (role->len > 0 && depth == 1 && p[-1] == '(')
            g_string_append (role, ", ");
          g_string_append_c (role, *p);
        }
      else
        g_string_append_c (name, *p);
    }

  person->name = g_strstrip (g_string_free (name, FALSE));
  person->role = g_strstrip (g_string_free (role, FALSE));
  return person;
}

static char *
dup_cell (const char *cell)
{
  return g_strstrip (g_strdup (mit_csv_unguard_cell (cell)));
}

/* Checks and converts one row. Does not touch the store. */
static gboolean
read_row (ImportContext       *ctx,
          const char * const  *cells,
          guint                n_cells,
          guint                line,
          RowValues           *row,
          GError             **error)
{
  const MitCsvMapping *mapping = ctx->mapping;
  guint n_columns = mapping->n_columns;
  gboolean empty = TRUE;

  if (n_cells != n_columns)
    {
      gboolean extra_empty = n_cells > n_columns;

      for (guint i = n_columns; i < n_cells && extra_empty; i++)
        if (*cells[i] != '\0')
          extra_empty = FALSE;
      if (!extra_empty)
        {
          if (n_cells > n_columns)
            g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_COLUMNS,
                         _("Line %u: the row has %u columns, but the header line has %u. "
                           "Is there a delimiter inside a value that is not in quotes?"),
                         line, n_cells, n_columns);
          else
            g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_COLUMNS,
                         _("Line %u: the row has only %u columns, but the header line has "
                           "%u. Is there a line break inside a value that is not in quotes?"),
                         line, n_cells, n_columns);
          return FALSE;
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      MitCsvField field = mapping->fields[i];
      int text = field_get_actor_text (field);
      g_autofree char *value = NULL;

      if (field == MIT_CSV_FIELD_IGNORE)
        continue;

      value = dup_cell (cells[i]);
      if (*value != '\0')
        empty = FALSE;

      switch (field)
        {
        case MIT_CSV_FIELD_NAME:
        case MIT_CSV_FIELD_DISTRICT:
        case MIT_CSV_FIELD_STREET:
        case MIT_CSV_FIELD_TOWN:
        case MIT_CSV_FIELD_OPENING_HOURS:
        case MIT_CSV_FIELD_DESCRIPTION:
          break;

        case MIT_CSV_FIELD_PHONE:
          if (!mit_validate_phone (value))
            {
              set_row_error (error, line, _("the phone number “%s” does not look like a "
                                            "phone number."), value);
              return FALSE;
            }
          break;

        case MIT_CSV_FIELD_EMAIL:
          if (g_ascii_strncasecmp (value, "mailto:", 7) == 0)
            memmove (value, value + 7, strlen (value + 7) + 1);
          if (!mit_validate_email (value))
            {
              set_row_error (error, line, _("the e-mail address “%s” is not valid."), value);
              return FALSE;
            }
          break;

        case MIT_CSV_FIELD_WEBSITE:
          if (!mit_validate_url (value))
            {
              set_row_error (error, line, _("the website “%s” is not a valid web address."),
                             value);
              return FALSE;
            }
          break;

        case MIT_CSV_FIELD_POSTCODE:
          if ((value[0] == 'D' || value[0] == 'd') && (value[1] == '-' || value[1] == ' '))
            memmove (value, value + 2, strlen (value + 2) + 1);
          if (!mit_validate_postcode (value))
            {
              if (strlen (value) == 4 && strspn (value, "0123456789") == 4)
                set_row_error (error, line,
                               _("the postcode “%s” is not a German postcode (five digits). "
                                 "If a spreadsheet dropped a leading zero, write “0%s”."),
                               value, value);
              else
                set_row_error (error, line,
                               _("the postcode “%s” is not a German postcode (five digits)."),
                               value);
              return FALSE;
            }
          break;

        case MIT_CSV_FIELD_LAST_VERIFIED:
          if (*value != '\0')
            {
              char *date = parse_date (value);

              if (date == NULL)
                {
                  set_row_error (error, line,
                                 _("the date “%s” is not a date like 2024-03-14 or 14.03.2024."),
                                 value);
                  return FALSE;
                }
              g_free (value);
              value = date;
            }
          break;

        case MIT_CSV_FIELD_KIND:
          if (*value != '\0')
            {
              g_free (row->kind_label);
              row->kind_label = g_steal_pointer (&value);
            }
          break;

        case MIT_CSV_FIELD_SECTOR:
          if (*value != '\0')
            {
              g_autofree char *norm = mit_csv_normalize_word (value);
              gpointer sector;

              if (!g_hash_table_lookup_extended (ctx->sectors, norm, NULL, &sector))
                {
                  set_row_error (error, line,
                                 _("the sector “%s” is none of “%s”, “%s” or “%s”."),
                                 value, _(sector_labels[0]), _(sector_labels[1]),
                                 _(sector_labels[2]));
                  return FALSE;
                }
              row->sector = GPOINTER_TO_INT (sector);
            }
          break;

        case MIT_CSV_FIELD_FIELDS:
          add_list_cell (&row->field_labels, value);
          row->has_fields = TRUE;
          break;

        case MIT_CSV_FIELD_LANGUAGES:
          {
            g_autoptr(GPtrArray) names = split_list (value);

            if (row->languages == NULL)
              row->languages = g_ptr_array_new ();
            for (guint j = 0; j < names->len; j++)
              {
                const char *code = lookup_language (g_ptr_array_index (names, j));

                if (code == NULL)
                  {
                    set_row_error (error, line,
                                   _("“%s” is not a language Miteinander knows. Write its "
                                     "name in English or German, or its ISO 639 code."),
                                   (const char *) g_ptr_array_index (names, j));
                    return FALSE;
                  }
                if (!g_ptr_array_find_with_equal_func (row->languages, code, g_str_equal, NULL))
                  g_ptr_array_add (row->languages, (gpointer) code);
              }
            row->has_languages = TRUE;
          }
          break;

        case MIT_CSV_FIELD_TAGS:
          add_list_cell (&row->tags, value);
          row->has_tags = TRUE;
          break;

        case MIT_CSV_FIELD_UID:
          if (*value != '\0')
            {
              if (!g_uuid_string_is_valid (value))
                {
                  set_row_error (error, line,
                                 _("“%s” is not a UID as Miteinander writes them. Leave the "
                                   "UID column empty for new entries."),
                                 value);
                  return FALSE;
                }
              g_free (row->uid);
              row->uid = g_steal_pointer (&value);
            }
          break;

        case MIT_CSV_FIELD_PERSONS:
          {
            g_autoptr(GPtrArray) names = split_list (value);

            if (row->persons == NULL)
              row->persons = g_ptr_array_new_with_free_func ((GDestroyNotify) person_cell_free);
            for (guint j = 0; j < names->len; j++)
              {
                PersonCell *person = parse_person (g_ptr_array_index (names, j));

                if (*person->name == '\0')
                  {
                    set_row_error (error, line,
                                   _("the contact person “%s” has no name."),
                                   (const char *) g_ptr_array_index (names, j));
                    person_cell_free (person);
                    return FALSE;
                  }
                if (person->email != NULL && !mit_validate_email (person->email))
                  {
                    set_row_error (error, line,
                                   _("the e-mail address “%s” of %s is not valid."),
                                   person->email, person->name);
                    person_cell_free (person);
                    return FALSE;
                  }
                g_ptr_array_add (row->persons, person);
              }
          }
          break;

        case MIT_CSV_FIELD_IGNORE:
        case MIT_CSV_N_FIELDS:
        default:
          g_assert_not_reached ();
        }

      if (text >= 0)
        {
          /* With two columns for one field, the first value wins */
          if (row->has_text[text] && *row->text[text] != '\0')
            continue;
          g_free (row->owned[text]);
          row->owned[text] = g_steal_pointer (&value);
          row->text[text] = row->owned[text];
          row->has_text[text] = TRUE;
        }
    }

  row->empty = empty;
  if (empty)
    return TRUE;

  if (!row->has_text[MIT_ACTOR_NAME] || *row->text[MIT_ACTOR_NAME] == '\0')
    {
      set_row_error (error, line, "%s", _("the name is empty; every entry needs a name."));
      return FALSE;
    }

  return TRUE;
}

/* Looks up a kind or field of action by key or label, adding it to the
 * vocabulary when it is new. The key is owned by the table. */
static const char *
resolve_term (ImportContext  *ctx,
              GHashTable     *table,
              const char     *vocabulary,
              const char     *label,
              GError        **error)
{
  g_autofree char *norm = mit_csv_normalize_word (label);
  const char *key;
  char *new_key;

  key = g_hash_table_lookup (table, norm);
  if (key != NULL)
    return key;
  if (*norm == '\0')
    return NULL;

  new_key = mit_store_add_vocabulary_term (ctx->store, vocabulary, label, error);
  if (new_key == NULL)
    return NULL;
  g_hash_table_insert (table, g_steal_pointer (&norm), new_key);
  return new_key;
}

static gboolean
resolve_terms (ImportContext  *ctx,
               GHashTable     *table,
               const char     *vocabulary,
               GPtrArray      *labels,
               GPtrArray     **out_keys,
               GError        **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      const char *key = resolve_term (ctx, table, vocabulary, g_ptr_array_index (labels, i),
                                      &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (key != NULL && !g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
        g_ptr_array_add (keys, (gpointer) key);
    }
  g_ptr_array_add (keys, NULL);
  *out_keys = g_steal_pointer (&keys);
  return TRUE;
}

static gint64
find_or_add_person (ImportContext  *ctx,
                    GPtrArray      *existing,
                    PersonCell     *cell,
                    GError        **error)
{
  g_autofree char *norm = mit_csv_normalize_word (cell->name);
  g_autoptr(MitPerson) person = NULL;
  gpointer id;

  /* Someone already linked to this actor */
  for (guint i = 0; existing != NULL && i < existing->len; i++)
    {
      MitAffiliation *affiliation = g_ptr_array_index (existing, i);
      g_autofree char *other = mit_csv_normalize_word (
          mit_affiliation_get_person_name (affiliation));

      if (g_str_equal (norm, other))
        return mit_affiliation_get_person_id (affiliation);
    }

  /* Named before in this file: the same person at another actor */
  if (g_hash_table_lookup_extended (ctx->persons, norm, NULL, &id))
    return *(gint64 *) id;

  person = mit_person_new ();
  mit_person_set_name (person, cell->name);
  /* The file comes from inside the network, and the export names only
   * persons who agreed at least to that: "internal only" is what lets the
   * directory round-trip, and never more (not print, not web). */
  mit_person_set_consent (person, MIT_CONSENT_INTERNAL);
  if (cell->email != NULL)
    mit_person_set_text (person, MIT_PERSON_EMAIL, cell->email);
  if (!mit_store_save_person (ctx->store, person, error))
    return 0;

  ctx->report->n_persons_added++;
  g_hash_table_insert (ctx->persons, g_steal_pointer (&norm),
                       g_memdup2 (&(gint64) { mit_person_get_id (person) }, sizeof (gint64)));
  return mit_person_get_id (person);
}

static gboolean
write_row (ImportContext  *ctx,
           RowValues      *row,
           GError        **error)
{
  g_autoptr(MitActor) actor = NULL;
  gboolean update = FALSE;

  if (row->uid != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      actor = mit_store_load_actor_by_uid (ctx->store, row->uid, &local_error);
      if (actor == NULL && local_error != NULL &&
          !g_error_matches (local_error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      update = actor != NULL;
    }

  if (actor == NULL)
    {
      actor = mit_actor_new ();
      /* An actor from another copy of Miteinander keeps its identity */
      if (row->uid != NULL)
        _mit_actor_set_identity (actor, 0, row->uid, NULL, NULL);
    }

  for (guint i = 0; i < MIT_ACTOR_N_TEXT_FIELDS; i++)
    if (row->has_text[i])
      mit_actor_set_text (actor, i, row->text[i]);

  if (row->kind_label != NULL)
    {
      const char *key = resolve_term (ctx, ctx->kinds, "actor-kind", row->kind_label, error);

      if (key == NULL)
        return FALSE;
      mit_actor_set_kind (actor, key);
    }

  if (row->sector >= 0)
    mit_actor_set_sector (actor, row->sector);

  if (row->has_fields)
    {
      g_autoptr(GPtrArray) keys = NULL;

      if (!resolve_terms (ctx, ctx->fields, "field", row->field_labels, &keys, error))
        return FALSE;
      mit_actor_set_fields (actor, (const char * const *) keys->pdata);
    }

  if (row->has_languages)
    {
      g_ptr_array_add (row->languages, NULL);
      mit_actor_set_languages (actor, (const char * const *) row->languages->pdata);
    }

  if (row->has_tags)
    {
      g_ptr_array_add (row->tags, NULL);
      mit_actor_set_tags (actor, (const char * const *) row->tags->pdata);
    }

  if (!mit_store_save_actor (ctx->store, actor, error))
    return FALSE;

  if (row->persons != NULL && row->persons->len > 0)
    {
      g_autoptr(GPtrArray) existing = NULL;
      gint64 actor_id = mit_actor_get_id (actor);

      if (update)
        {
          existing = mit_store_list_affiliations_of_actor (ctx->store, actor_id, error);
          if (existing == NULL)
            return FALSE;
        }

      for (guint i = 0; i < row->persons->len; i++)
        {
          PersonCell *cell = g_ptr_array_index (row->persons, i);
          gint64 person_id = find_or_add_person (ctx, existing, cell, error);

          if (person_id <= 0)
            return FALSE;
          if (mit_store_link_person (ctx->store, person_id, actor_id,
                                     *cell->role != '\0' ? cell->role : NULL, error) <= 0)
            return FALSE;
        }
    }

  if (update)
    ctx->report->n_updated++;
  else
    ctx->report->n_added++;
  return TRUE;
}

static GHashTable *
make_sector_table (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sector_synonyms); i++)
    {
      MitSector sector = sector_synonyms[i].sector;

      g_hash_table_insert (table, mit_csv_normalize_word (_(sector_labels[sector])),
                           GINT_TO_POINTER (sector));
      g_hash_table_insert (table, mit_csv_normalize_word (sector_labels[sector]),
                           GINT_TO_POINTER (sector));
      for (guint j = 0; sector_synonyms[i].words[j] != NULL; j++)
        g_hash_table_insert (table, mit_csv_normalize_word (sector_synonyms[i].words[j]),
                             GINT_TO_POINTER (sector));
    }
  return table;
}

static void
add_bad_row (MitCsvImportReport *report,
             guint               line,
             const char         *reason)
{
  MitCsvBadRow *bad = g_new0 (MitCsvBadRow, 1);

  bad->line = line;
  bad->reason = g_strdup (reason);
  g_ptr_array_add (report->bad_rows, bad);
}

gboolean
mit_csv_import_bytes (MitStore            *store,
                      GBytes              *bytes,
                      const MitCsvMapping *mapping,
                      gboolean             skip_bad_rows,
                      GCancellable        *cancellable,
                      MitCsvProgressFunc   progress,
                      gpointer             progress_data,
                      MitCsvImportReport **out_report,
                      GError             **error)
{
  g_autoptr(MitCsvImportReport) report = import_report_new ();
  g_autoptr(MitCsvReader) reader = NULL;
  g_autoptr(MitCsvMapping) own_mapping = NULL;
  g_autoptr(GError) first_error = NULL;
  g_autoptr(GError) local_error = NULL;
  ImportContext ctx = { 0, };
  RowValues row = { 0, };
  gboolean in_transaction = FALSE;
  gboolean ok = FALSE;
  guint n_columns;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = mit_csv_reader_new (bytes, &local_error);
  if (reader == NULL)
    goto out;
  report->encoding = mit_csv_reader_get_encoding (reader);
  report->delimiter = mit_csv_reader_get_delimiter (reader);

  if (!mit_csv_reader_next (reader, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, MIT_CSV_ERROR, MIT_CSV_ERROR_EMPTY,
                             _("The file is empty. A CSV file for import needs a header "
                               "line with the column names and one line per entry."));
      goto out;
    }

  n_columns = mit_csv_reader_get_n_fields (reader);
  if (mapping == NULL)
    mapping = own_mapping = mit_csv_mapping_new_from_headers (
        mit_csv_reader_get_fields (reader), n_columns);
  else if (mit_csv_mapping_get_n_columns (mapping) != n_columns)
    {
      g_set_error (&local_error, MIT_CSV_ERROR, MIT_CSV_ERROR_MAPPING,
                   _("The column mapping was made for %u columns, but the file has %u."),
                   mit_csv_mapping_get_n_columns (mapping), n_columns);
      goto out;
    }

  if (mit_csv_mapping_find_field (mapping, MIT_CSV_FIELD_NAME) < 0)
    {
      g_set_error (&local_error, MIT_CSV_ERROR, MIT_CSV_ERROR_MAPPING,
                   _("No column holds the names of the organisations. Choose “%s” for "
                     "one of the columns."),
                   mit_csv_field_get_label (MIT_CSV_FIELD_NAME));
      goto out;
    }

  ctx.store = store;
  ctx.mapping = mapping;
  ctx.report = report;
  ctx.sectors = make_sector_table ();
  ctx.persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!(ctx.kinds = load_vocabulary (store, "actor-kind", &local_error)) ||
      !(ctx.fields = load_vocabulary (store, "field", &local_error)))
    goto out;

  if (!mit_store_begin (store, &local_error))
    goto out;
  in_transaction = TRUE;
  row.sector = -1;

  for (;;)
    {
      g_autoptr(GError) row_error = NULL;
      guint line;

      row_values_clear (&row);

      if (!mit_csv_reader_next (reader, &local_error))
        {
          if (local_error != NULL)
            goto out;
          break;
        }
      line = mit_csv_reader_get_line (reader);

      if (!read_row (&ctx, mit_csv_reader_get_fields (reader),
                     mit_csv_reader_get_n_fields (reader), line, &row, &row_error))
        {
          report->n_rows++;
          add_bad_row (report, line, row_error->message);
          if (skip_bad_rows)
            continue;
          if (!ctx.dry_run)
            {
              /* Nothing of this file will be kept; go on reading only to
               * tell about every bad row at once. */
              mit_store_rollback (store);
              in_transaction = FALSE;
              ctx.dry_run = TRUE;
              first_error = g_steal_pointer (&row_error);
            }
          if (report->bad_rows->len >= MAX_REPORTED_BAD_ROWS)
            break;
          continue;
        }
      if (row.empty)
        continue;

      report->n_rows++;
      if (report->n_rows % PROGRESS_INTERVAL == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
            goto out;
          if (progress != NULL)
            progress (mit_csv_reader_get_fraction (reader), progress_data);
        }

      if (ctx.dry_run)
        continue;

      if (!write_row (&ctx, &row, &local_error))
        {
          g_prefix_error (&local_error, _("Line %u: "), line);
          goto out;
        }
    }

  if (ctx.dry_run)
    {
      guint n_more = report->bad_rows->len - 1;

      if (n_more == 0)
        g_propagate_error (&local_error, g_steal_pointer (&first_error));
      else
        {
          g_autofree char *more = NULL;

          more = g_strdup_printf (ngettext ("One more row has a problem.",
                                            "%u more rows have problems.", n_more),
                                  n_more);
          g_set_error (&local_error, first_error->domain, first_error->code, "%s %s",
                       first_error->message, more);
        }
      goto out;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    goto out;

  if (!mit_store_commit (store, &local_error))
    goto out;
  in_transaction = FALSE;

  if (progress != NULL)
    progress (1.0, progress_data);
  ok = TRUE;

out:
  row_values_clear (&row);
  if (in_transaction)
    mit_store_rollback (store);
  g_clear_pointer (&ctx.kinds, g_hash_table_unref);
  g_clear_pointer (&ctx.fields, g_hash_table_unref);
  g_clear_pointer (&ctx.sectors, g_hash_table_unref);
  g_clear_pointer (&ctx.persons, g_hash_table_unref);

  if (!ok)
    {
      report->n_added = 0;
      report->n_updated = 0;
      report->n_persons_added = 0;
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  if (out_report != NULL)
    *out_report = g_steal_pointer (&report);
  return ok;
}

gboolean
mit_csv_import_file (MitStore            *store,
                     const char          *path,
                     const MitCsvMapping *mapping,
                     gboolean             skip_bad_rows,
                     GCancellable        *cancellable,
                     MitCsvProgressFunc   progress,
                     gpointer             progress_data,
                     MitCsvImportReport **out_report,
                     GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_FAILED,
                   _("Could not read “%s”: %s"), display, local_error->message);
      if (out_report != NULL)
        *out_report = import_report_new ();
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return mit_csv_import_bytes (store, bytes, mapping, skip_bad_rows, cancellable,
                               progress, progress_data, out_report, error);
}

/* Import in a worker thread */

typedef struct
{
  char                *path;
  GBytes              *bytes;
  MitCsvMapping       *mapping;
  gboolean             skip_bad_rows;
  MitCsvProgressFunc   progress;
  gpointer             progress_data;
  GDestroyNotify       progress_data_free;
  GMainContext        *context;
  MitCsvImportReport  *report;
  GTask               *outer;

  /* Progress from the worker, handed to the main context */
  gint                 progress_pending;
  double               fraction;
  gboolean             done;
} ImportJob;

static void
import_job_clear (ImportJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->mapping, mit_csv_mapping_free);
  if (job->progress_data_free != NULL)
    job->progress_data_free (job->progress_data);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_clear_pointer (&job->report, mit_csv_import_report_free);
}

static ImportJob *
import_job_ref (ImportJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
import_job_unref (ImportJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) import_job_clear);
}

static gboolean
progress_idle_cb (gpointer data)
{
  ImportJob *job = data;

  g_atomic_int_set (&job->progress_pending, 0);
  if (!job->done && job->progress != NULL)
    job->progress (job->fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
worker_progress_cb (double   fraction,
                    gpointer data)
{
  ImportJob *job = data;

  job->fraction = fraction;
  if (g_atomic_int_compare_and_exchange (&job->progress_pending, 0, 1))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_idle_cb,
                                import_job_ref (job), (GDestroyNotify) import_job_unref);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = mit_store_open_secondary (job->path, &error);
  if (store == NULL)
    {
      job->report = import_report_new ();
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!mit_csv_import_bytes (store, job->bytes, job->mapping, job->skip_bad_rows, cancellable,
                             worker_progress_cb, job, &job->report, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
import_thread_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  MitStore *store = MIT_STORE (object);
  g_autoptr(GTask) outer = user_data;
  ImportJob *job = g_task_get_task_data (outer);
  g_autoptr(GError) error = NULL;

  job->done = TRUE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  if (job->report != NULL && job->report->n_added + job->report->n_updated > 0)
    mit_store_notify_changed (store, MIT_RECORD_ACTOR | MIT_RECORD_PERSON |
                                     MIT_RECORD_AFFILIATION | MIT_RECORD_VOCABULARY);
  g_task_return_boolean (outer, TRUE);
}

void
mit_csv_import_bytes_async (MitStore            *store,
                            GBytes              *bytes,
                            const MitCsvMapping *mapping,
                            gboolean             skip_bad_rows,
                            GCancellable        *cancellable,
                            MitCsvProgressFunc   progress,
                            gpointer             progress_data,
                            GDestroyNotify       progress_data_free,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;
  const char *path;

  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  job = g_atomic_rc_box_new0 (ImportJob);
  path = mit_store_get_path (store);
  job->path = g_strdup (path);
  job->bytes = g_bytes_ref (bytes);
  job->mapping = mapping != NULL ? mit_csv_mapping_copy (mapping) : NULL;
  job->skip_bad_rows = skip_bad_rows;
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_data_free = progress_data_free;
  job->context = g_main_context_ref_thread_default ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, mit_csv_import_bytes_async);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_unref);
  /* The import checks the cancellable itself, up to its commit. A cancel
   * that comes after the commit must not report "nothing imported" (and
   * skip announcing the change) for rows that are in the database. */
  g_task_set_check_cancellable (task, FALSE);

  /* The language table is filled on first use; do that here, not in two
   * threads at once. */
  mit_languages_list_codes ();

  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:") ||
      g_str_has_prefix (path, "file::memory:"))
    {
      /* A second connection would see another, empty database */
      g_autoptr(GError) error = NULL;

      if (!mit_csv_import_bytes (store, bytes, job->mapping, skip_bad_rows, cancellable,
                                 progress, progress_data, &job->report, &error))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_boolean (task, TRUE);
      job->done = TRUE;
      return;
    }

  {
    g_autoptr(GTask) inner = g_task_new (store, cancellable, import_thread_done_cb,
                                         g_object_ref (task));

    g_task_set_source_tag (inner, import_thread);
    g_task_set_check_cancellable (inner, FALSE);
    g_task_set_task_data (inner, import_job_ref (job), (GDestroyNotify) import_job_unref);
    g_task_run_in_thread (inner, import_thread);
  }
}

gboolean
mit_csv_import_finish (MitStore            *store,
                       GAsyncResult        *result,
                       MitCsvImportReport **out_report,
                       GError             **error)
{
  ImportJob *job;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mit_csv_import_bytes_async,
                        FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (out_report != NULL)
    *out_report = job->report != NULL ? g_steal_pointer (&job->report) : import_report_new ();
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Export */

static const char *
sector_get_label (MitSector sector)
{
  if (sector > MIT_SECTOR_LAST)
    sector = MIT_SECTOR_PROFESSIONAL;
  return _(sector_labels[sector]);
}

static void
add_list_field (MitCsvWriter       *writer,
                GString            *scratch,
                const char * const *values,
                guint               n_values)
{
  g_string_truncate (scratch, 0);
  append_list (scratch, values, n_values);
  mit_csv_writer_add_field (writer, scratch->str);
}

static gboolean
add_persons_field (MitStore      *store,
                   MitCsvWriter  *writer,
                   GString       *scratch,
                   GHashTable    *consents,
                   MitActor      *actor,
                   GError       **error)
{
  g_autoptr(GPtrArray) affiliations = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);

  affiliations = mit_store_list_affiliations_of_actor (store, mit_actor_get_id (actor), error);
  if (affiliations == NULL)
    return FALSE;

  for (guint i = 0; i < affiliations->len; i++)
    {
      MitAffiliation *affiliation = g_ptr_array_index (affiliations, i);
      gint64 person_id = mit_affiliation_get_person_id (affiliation);
      const char *role = mit_affiliation_get_role (affiliation);
      gpointer value;
      MitConsent consent;

      if (g_hash_table_lookup_extended (consents, &person_id, NULL, &value))
        consent = GPOINTER_TO_INT (value);
      else
        {
          g_autoptr(MitPerson) person = mit_store_load_person (store, person_id, error);

          if (person == NULL)
            return FALSE;
          consent = mit_person_get_consent (person);
          g_hash_table_insert (consents, g_memdup2 (&person_id, sizeof person_id),
                               GINT_TO_POINTER (consent));
        }

      if (consent < MIT_CONSENT_INTERNAL)
        continue;

      if (role != NULL && *role != '\0')
        g_ptr_array_add (entries, g_strdup_printf ("%s (%s)",
                                                   mit_affiliation_get_person_name (affiliation),
                                                   role));
      else
        g_ptr_array_add (entries, g_strdup (mit_affiliation_get_person_name (affiliation)));
    }

  add_list_field (writer, scratch, (const char * const *) entries->pdata, entries->len);
  return TRUE;
}

static gboolean
write_actor (MitStore      *store,
             MitCsvWriter  *writer,
             GString       *scratch,
             GHashTable    *consents,
             MitActor      *actor,
             GError       **error)
{
  const char * const *keys;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (MitCsvField field = MIT_CSV_FIELD_NAME; field < MIT_CSV_N_FIELDS; field++)
    {
      int text = field_get_actor_text (field);

      if (text >= 0)
        {
          mit_csv_writer_add_field (writer, mit_actor_get_text (actor, text));
          continue;
        }

      switch (field)
        {
        case MIT_CSV_FIELD_KIND:
          mit_csv_writer_add_field (writer,
                                    mit_store_get_vocabulary_label (store, "actor-kind",
                                                                    mit_actor_get_kind (actor)));
          break;
        case MIT_CSV_FIELD_SECTOR:
          mit_csv_writer_add_field (writer, sector_get_label (mit_actor_get_sector (actor)));
          break;
        case MIT_CSV_FIELD_FIELDS:
          g_ptr_array_set_size (labels, 0);
          keys = mit_actor_get_fields (actor);
          for (guint i = 0; keys[i] != NULL; i++)
            g_ptr_array_add (labels,
                             (gpointer) mit_store_get_vocabulary_label (store, "field", keys[i]));
          add_list_field (writer, scratch, (const char * const *) labels->pdata, labels->len);
          break;
        case MIT_CSV_FIELD_LANGUAGES:
          g_ptr_array_set_size (labels, 0);
          keys = mit_actor_get_languages (actor);
          for (guint i = 0; keys[i] != NULL; i++)
            {
              const char *name = mit_languages_get_name (keys[i]);

              g_ptr_array_add (labels, (gpointer) (name != NULL ? name : keys[i]));
            }
          add_list_field (writer, scratch, (const char * const *) labels->pdata, labels->len);
          break;
        case MIT_CSV_FIELD_TAGS:
          keys = mit_actor_get_tags (actor);
          add_list_field (writer, scratch, keys, g_strv_length ((char **) keys));
          break;
        case MIT_CSV_FIELD_UID:
          mit_csv_writer_add_field (writer, mit_actor_get_uid (actor));
          break;
        case MIT_CSV_FIELD_PERSONS:
          if (!add_persons_field (store, writer, scratch, consents, actor, error))
            return FALSE;
          break;
        case MIT_CSV_FIELD_IGNORE:
        case MIT_CSV_N_FIELDS:
        default:
          g_assert_not_reached ();
        }
    }
  mit_csv_writer_end_row (writer);
  return TRUE;
}

GBytes *
mit_csv_export_actors_to_bytes (MitStore  *store,
                                GError   **error)
{
  g_autoptr(MitCsvWriter) writer = mit_csv_writer_new (';');
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GHashTable) consents = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GArray) ids = NULL;
  MitActorFilter filter;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (MitCsvField field = MIT_CSV_FIELD_NAME; field < MIT_CSV_N_FIELDS; field++)
    mit_csv_writer_add_field (writer, mit_csv_field_get_label (field));
  mit_csv_writer_end_row (writer);

  mit_actor_filter_init (&filter);
  ids = mit_store_find_actor_ids (store, &filter, error);
  mit_actor_filter_clear (&filter);
  if (ids == NULL)
    return NULL;

  for (guint start = 0; start < ids->len; start += 500)
    {
      guint n = MIN (500, ids->len - start);
      g_autoptr(GPtrArray) actors = NULL;

      actors = mit_store_load_actors (store, &g_array_index (ids, gint64, start), n, error);
      if (actors == NULL)
        return NULL;
      for (guint i = 0; i < actors->len; i++)
        if (!write_actor (store, writer, scratch, consents, g_ptr_array_index (actors, i), error))
          return NULL;
    }

  return mit_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

gboolean
mit_csv_export_actors (MitStore    *store,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = mit_csv_export_actors_to_bytes (store, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  /* Written beside the target and renamed over it: a full disk or a crash
   * leaves the old file, never half a new one. */
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, MIT_CSV_ERROR, MIT_CSV_ERROR_FAILED,
                   _("Could not write “%s”: %s"), display, local_error->message);
      return FALSE;
    }
  return TRUE;
}
