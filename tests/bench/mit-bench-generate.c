/* mit-bench-generate.c: a large, realistic, deterministic actor directory
 *
 * Writes N actors (default 100 000) and M persons (default 150 000), each
 * person linked to one or two actors, through the store API in one
 * transaction; then exports the actors as CSV (the app's own export) for
 * the import benchmark.
 *
 *   mit-bench-generate [--actors N] [--persons M] [--seed S] DB [CSV]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "mit-store-private.h"
#include "mit-csv-import.h"
#include "mit-bench-common.h"

/* ---- vocabulary --------------------------------------------------------- */

static const char *fields[] = {
  "language", "education", "work", "housing", "health", "counselling",
  "culture-sport", "participation", "anti-discrimination", "women-empowerment",
  "youth", "seniors",
};

static const char *languages[] = {
  "de", "tr", "ar", "ru", "uk", "pl", "fa", "en", "fr", "ku", "ro", "bg",
  "sr", "hr", "bs", "sq", "ti", "so", "ps", "vi", "it", "el", "es", "prs",
};

static const struct { const char *town; const char *prefix; const char *dialling; } towns[] = {
  { "Augsburg", "86", "0821" },      { "Nürnberg", "90", "0911" },
  { "Köln", "50", "0221" },          { "Düsseldorf", "40", "0211" },
  { "Mülheim an der Ruhr", "45", "0208" }, { "Gelsenkirchen", "45", "0209" },
  { "Offenbach am Main", "63", "069" }, { "Lüdenscheid", "58", "02351" },
  { "Göttingen", "37", "0551" },     { "Würzburg", "97", "0931" },
  { "Saarbrücken", "66", "0681" },   { "Fürth", "90", "0911" },
  { "Mannheim", "68", "0621" },      { "Duisburg", "47", "0203" },
  { "Bremen", "28", "0421" },        { "Chemnitz", "09", "0371" },
  { "Frankfurt (Oder)", "15", "0335" }, { "Lübeck", "23", "0451" },
  { "Bielefeld", "33", "0521" },     { "Neuss", "41", "02131" },
};

static const char *districts[] = {
  "Innenstadt", "Altstadt", "Nordstadt", "Südstadt", "Weststadt", "Oststadt",
  "Bahnhofsviertel", "Oberhausen", "Lechhausen", "Haunstetten", "Göggingen",
  "Pfersee", "Kriegshaber", "Hochzoll", "Bärenkeller", "Hammerschmiede",
  "Universitätsviertel", "Gostenhof", "Langwasser", "Chorweiler", "Kalk",
  "Mülheim", "Ehrenfeld", "Garath", "Marxloh", "Hochfeld", "Neckarstadt-West",
  "Gröpelingen", "Tenever", "Sonnenberg", "Buchforst", "Nord", "Mitte",
  "Süd", "Hafen", "Schönau", "Wüste", "Östliches Ringgebiet",
};

static const char *streets[] = {
  "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Kirchplatz", "Gartenweg",
  "Lindenallee", "Mühlgasse", "Friedrich-Ebert-Straße", "Goethestraße",
  "Schillerplatz", "Am Rathaus", "Marktplatz", "Rosenweg", "Bürgermeister-Ackermann-Straße",
  "Wertachstraße", "Jakoberstraße", "Keupstraße", "Weseler Straße", "Ulmer Straße",
  "Karl-Marx-Allee", "Sophie-Scholl-Weg", "Fürstenrieder Straße", "Am Brühl",
  "Zur Mühle", "Öhringer Straße", "Große Düwelstraße", "Königsplatz",
  "Hans-Böckler-Straße", "Rudolf-Diesel-Straße", "Äußere Uferstraße",
};

static const char *welfare[] = {
  "Caritas", "Diakonie", "AWO", "Paritätischer", "DRK", "Malteser",
  "Johanniter", "Innere Mission", "SkF", "IN VIA",
};

static const char *services[] = {
  "Migrationsberatung", "Jugendmigrationsdienst", "Flüchtlingsberatung",
  "Schuldnerberatung", "Familienzentrum", "Mutter-Kind-Gruppe",
  "Frauenberatung", "Sozialberatung", "Integrationskurs", "Sprachkurs",
  "Erziehungsberatung", "Seniorentreff", "Stadtteilbüro", "Beratungsstelle",
  "Hausaufgabenhilfe", "Nachbarschaftshilfe", "Kleiderkammer", "Tafel",
};

static const char *clubs[] = {
  "Verein", "Kulturverein", "Sportverein", "Förderverein", "Elternverein",
  "Bildungsverein", "Frauenverein", "Jugendverein", "Freundeskreis",
};

static const char *origins[] = {
  "Türkisch-Deutscher", "Deutsch-Syrischer", "Afghanischer", "Eritreischer",
  "Kurdischer", "Polnischer", "Ukrainischer", "Russlanddeutscher", "Griechischer",
  "Italienischer", "Vietnamesischer", "Kroatischer", "Bosnischer", "Albanischer",
  "Somalischer", "Iranischer", "Irakischer", "Rumänischer", "Bulgarischer",
  "Afrikanischer", "Lateinamerikanischer", "Tamilischer",
};

static const char *initiatives[] = {
  "Initiative", "Netzwerk", "Bündnis", "Arbeitskreis", "Patenschaftsprojekt",
  "Willkommensinitiative", "Helferkreis", "Nachbarschaftsinitiative",
};

static const char *initiative_topics[] = {
  "Willkommen", "Miteinander", "Asyl", "Vielfalt", "Begegnung", "Zukunft",
  "Nachbarschaft", "Sprachpaten", "Bildungspaten", "Lesepaten", "Ankommen",
  "Gemeinsam stark", "Buntes Viertel", "Offene Türen",
};

static const char *religious[] = {
  "Moschee", "Moscheegemeinde", "DITIB-Gemeinde", "Evangelische Kirchengemeinde",
  "Katholische Pfarrei", "Griechisch-Orthodoxe Gemeinde", "Alevitische Gemeinde",
  "Jüdische Gemeinde", "Eritreisch-Orthodoxe Gemeinde", "Freie Christengemeinde",
  "Islamisches Zentrum", "Gemeinde",
};

static const char *saints[] = {
  "St. Ulrich", "St. Georg", "St. Maria", "Zum Guten Hirten", "Emmaus",
  "Fatih", "Yunus Emre", "Mevlana", "Al-Nour", "Ar-Rahman", "Eyüp Sultan",
  "Hl. Dimitrios", "Kidane Mehret", "Ulu Camii", "Bilal",
};

static const char *school_kinds[] = {
  "Grundschule", "Mittelschule", "Gesamtschule", "Realschule", "Gymnasium",
  "Berufsschule", "Förderschule", "Volkshochschule",
};

static const char *school_names[] = {
  "am Park", "an der Wertach", "Sophie Scholl", "Anne Frank", "Astrid Lindgren",
  "Goethe", "Heinrich Heine", "Nelson Mandela", "Erich Kästner", "Geschwister Scholl",
  "am Mühlbach", "Kerschensteiner", "Hans Adlhoch", "Marie Curie",
};

static const char *kita_names[] = {
  "Sonnenschein", "Regenbogen", "Pusteblume", "Kunterbunt", "Zwergenland",
  "Arche Noah", "Löwenzahn", "Sternschnuppe", "Spatzennest", "Weltentdecker",
  "Bärenhöhle", "Märchenwald",
};

static const char *cafe_names[] = {
  "Sprachcafé", "Internationales Café", "Elterncafé", "Frauencafé",
  "Begegnungscafé", "Mutter-Kind-Café", "Repair-Café", "Café Welcome",
  "Erzählcafé", "Nähcafé",
};

static const char *youth[] = {
  "Jugendtreff", "Jugendhaus", "Jugendzentrum", "Mädchentreff", "Abenteuerspielplatz",
  "Jugendsozialarbeit an Schulen", "Streetwork",
};

static const char *authorities[] = {
  "Ausländerbehörde", "Amt für Soziale Leistungen", "Integrationsbeirat",
  "Büro für Migration, Interkultur und Vielfalt", "Bürgerbüro", "Gesundheitsamt",
  "Jugendamt", "Sozialamt",
};

static const char *description_parts[] = {
  "Beratung zu Aufenthalt, Arbeit und Wohnen",
  "Hausaufgabenhilfe für Kinder der Klassen 1 bis 6",
  "offener Treff für Frauen mit und ohne Kinder",
  "Deutschkurse auf den Niveaus A1 bis B2, auch mit Kinderbetreuung",
  "Begleitung zu Ämtern und Arztbesuchen",
  "Sport- und Freizeitangebote für Jugendliche",
  "Gesprächskreis für Seniorinnen und Senioren",
  "Unterstützung bei der Anerkennung ausländischer Abschlüsse",
  "Bewerbungstraining und Vermittlung in Ausbildung",
  "interkulturelle Feste und Begegnungen im Stadtteil",
  "Beratung für Schwangere und junge Familien",
  "Sprachpatenschaften und Lernbegleitung",
  "Freitagsgebet, Koranunterricht und Nachbarschaftsfeste",
  "Kleiderkammer und Möbelbörse",
  "Antidiskriminierungsberatung und Empowerment-Workshops",
  "Elternarbeit in mehreren Sprachen",
  "Theater, Musik und Tanz für alle Generationen",
  "psychosoziale Beratung für Geflüchtete",
  "Hilfe bei der Wohnungssuche",
  "ehrenamtliche Dolmetscherinnen und Dolmetscher",
};

static const char *tag_words[] = {
  "barrierefrei", "kostenlos", "Kinderbetreuung", "Ehrenamt", "Frauen",
  "Jugend", "Familie", "Geflüchtete", "Sprache", "Sport", "Kultur",
  "Gesundheit", "Arbeit", "online", "Dolmetschen",
};

static const char *hours[] = {
  "Mo–Fr 9–12 Uhr", "Di und Do 14–17 Uhr", "Mo, Mi 10–13 Uhr, Do 15–18 Uhr",
  "nach Vereinbarung", "Sa 10–14 Uhr", "Mo–Do 8–16 Uhr, Fr 8–12 Uhr",
  "jeden 1. Sonntag im Monat", "",
};

static const char *first_names[] = {
  /* German */
  "Jürgen", "Ursula", "Jörg", "Käthe", "Günter", "Björn", "Sören", "Anna",
  "Lena", "Thomas", "Sabine", "Michael", "Maximilian", "Hannah", "Lukas",
  "Brigitte", "Uwe", "Gerda", "Jonas", "Sophie", "Katrin", "Klaus",
  /* Turkish */
  "Ayşe", "Ömer", "Gül", "Çağla", "Şükrü", "Mehmet", "Emine", "Hatice",
  "Mustafa", "Zeynep", "Özlem", "Hüseyin", "İbrahim", "Elif", "Tülay", "Ahmet",
  /* Arabic, Persian, Kurdish, Afghan */
  "Mohammed", "Fatima", "Ahmad", "Rania", "Youssef", "Leila", "Khaled", "Amal",
  "Omar", "Nour", "Reza", "Maryam", "Dilan", "Rojda", "Hamid", "Zahra",
  /* Slavic and other European */
  "Katarzyna", "Oleksandr", "Dragan", "Miloš", "Jelena", "Małgorzata",
  "Łukasz", "Tetiana", "Dmytro", "Svetlana", "Ivana", "Zoran", "Agnieszka",
  "Bogdan", "Nataša", "Vesna", "Irina", "Andrei", "Ioana", "Dimitrios",
  /* African, Asian */
  "Ngozi", "Amani", "Abebe", "Senait", "Yonas", "Fartun", "Thi Thu Hà",
  "Minh", "Thanh", "Arjun", "Priya", "Kofi", "Aminata", "Chidi",
};

static const char *surnames[] = {
  "Müller", "Schröder", "Weiß", "Schmidt", "Schneider", "Fischer", "Meyer",
  "Wagner", "Becker", "Schäfer", "Koch", "Bauer", "Groß", "Köhler", "Lehmann",
  "Krüger", "Hoffmann", "Jäger", "Böhm", "Günther",
  "Öztürk", "Yılmaz", "Demir", "Çelik", "Şahin", "Kaya", "Doğan", "Aydın",
  "Arslan", "Koç", "Kılıç", "Özdemir", "Erdoğan", "Güneş", "Aksoy",
  "Al-Hassan", "Haddad", "Khalil", "Nasser", "Ibrahim", "Hussein", "Saleh",
  "Abdullah", "Rahimi", "Ahmadi", "Hosseini", "Karimi", "Barzani", "Mansour",
  "Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Petrović", "Jovanović",
  "Kovačević", "Shevchenko", "Kovalenko", "Bondarenko", "Popescu", "Ivanova",
  "Horvat", "Novak", "Dimitrov", "Papadopoulos", "Krasniqi", "Hoxha",
  "Nguyễn", "Trần", "Tesfaye", "Haile", "Mohamed Ali", "Okonkwo", "Mensah",
  "Diallo", "Traoré", "Singh", "Sivakumar",
};

static const char *roles[] = {
  "Leitung", "Ansprechpartnerin", "Ansprechpartner", "Koordination", "Vorsitz",
  "Ehrenamt", "Beratung", "Integrationslotsin", "", "", "",
};

static const char *salutations[] = { "", "", "Frau", "Herr", "sie/ihr", "er/ihm", "" };

#define PICK(rand, array) (array[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* ---- helpers ------------------------------------------------------------ */

/* "Straße der Vielfalt e. V." → "strasse-der-vielfalt-e-v" for host names */
static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
      if (out->len > 40)
        break;
    }
  if (out->len == 0)
    g_string_append (out, "verein");
  return g_string_free (out, FALSE);
}

static char *
random_date (GRand *rand)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2019, 2026),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

/* Up to @max distinct entries of @array, at least @min. NULL-terminated. */
static const char **
pick_some (GRand        *rand,
           const char  **array,
           guint         n_array,
           guint         min,
           guint         max)
{
  guint n = g_rand_int_range (rand, min, max + 1);
  const char **out = g_new0 (const char *, n + 1);
  guint k = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *candidate = array[g_rand_int_range (rand, 0, n_array)];
      gboolean seen = FALSE;

      for (guint j = 0; j < k; j++)
        seen |= out[j] == candidate;
      if (!seen)
        out[k++] = candidate;
    }
  return out;
}

/* Chooses a kind and a name that fits it. */
static char *
make_actor_name (GRand       *rand,
                 const char **kind,
                 MitSector   *sector,
                 const char  *district,
                 const char  *town)
{
  int r = g_rand_int_range (rand, 0, 100);
  const char *where = g_rand_boolean (rand) ? district : town;

  *sector = MIT_SECTOR_PROFESSIONAL;
  if (r < 16)
    {
      *kind = "welfare-association";
      return g_strdup_printf ("%s %s %s", PICK (rand, welfare), PICK (rand, services), where);
    }
  if (r < 28)
    {
      *kind = "migrant-organisation";
      *sector = MIT_SECTOR_MIGRANT_ORGANISATION;
      return g_strdup_printf ("%s %s %s e. V.", PICK (rand, origins), PICK (rand, clubs), where);
    }
  if (r < 38)
    {
      *kind = "volunteer-initiative";
      *sector = MIT_SECTOR_VOLUNTEER;
      return g_strdup_printf ("%s „%s“ %s", PICK (rand, initiatives),
                              PICK (rand, initiative_topics), where);
    }
  if (r < 46)
    {
      *kind = "club";
      *sector = MIT_SECTOR_VOLUNTEER;
      if (g_rand_boolean (rand))
        return g_strdup_printf ("%s %s e. V.", PICK (rand, cafe_names), where);
      return g_strdup_printf ("%s %s e. V.", PICK (rand, clubs), where);
    }
  if (r < 54)
    {
      *kind = "school";
      return g_strdup_printf ("%s %s", PICK (rand, school_kinds), PICK (rand, school_names));
    }
  if (r < 62)
    {
      *kind = "day-care";
      return g_strdup_printf ("Kita %s %s", PICK (rand, kita_names), where);
    }
  if (r < 66)
    {
      *kind = "authority";
      return g_strdup_printf ("%s %s", PICK (rand, authorities), town);
    }
  if (r < 68)
    {
      *kind = "job-centre";
      return g_strdup_printf ("Jobcenter %s, Standort %s", town, district);
    }
  if (r < 78)
    {
      *kind = "religious-community";
      *sector = g_rand_boolean (rand) ? MIT_SECTOR_MIGRANT_ORGANISATION : MIT_SECTOR_VOLUNTEER;
      return g_strdup_printf ("%s %s %s", PICK (rand, religious), PICK (rand, saints), where);
    }
  if (r < 86)
    {
      *kind = "counselling";
      return g_strdup_printf ("%s %s", PICK (rand, services), where);
    }
  if (r < 94)
    {
      *kind = "education-provider";
      if (g_rand_boolean (rand))
        return g_strdup_printf ("%s %s", PICK (rand, cafe_names), where);
      return g_strdup_printf ("Bildungswerk %s – %s", where, PICK (rand, services));
    }
  *kind = "other";
  *sector = MIT_SECTOR_VOLUNTEER;
  return g_strdup_printf ("%s %s", PICK (rand, youth), where);
}

static gboolean
make_actor (MitStore  *store,
            GRand     *rand,
            gint64    *out_id,
            GError   **error)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  guint t = g_rand_int_range (rand, 0, G_N_ELEMENTS (towns));
  const char *district = PICK (rand, districts);
  const char *kind = NULL;
  MitSector sector;
  g_autofree char *name = make_actor_name (rand, &kind, &sector, district, towns[t].town);
  g_autofree char *host = slug (name);
  g_autofree char *street = g_strdup_printf ("%s %d", PICK (rand, streets),
                                             g_rand_int_range (rand, 1, 140));
  g_autofree char *postcode = g_strdup_printf ("%s%03d", towns[t].prefix,
                                               g_rand_int_range (rand, 0, 1000));
  g_autofree char *phone = g_strdup_printf ("%s %d", towns[t].dialling,
                                            g_rand_int_range (rand, 100000, 9999999));
  g_autofree char *email = g_strdup_printf ("info@%s.de", host);
  g_autofree char *website = g_strdup_printf ("https://www.%s.de", host);
  g_autofree char *verified = random_date (rand);
  g_autofree const char **field_keys = pick_some (rand, fields, G_N_ELEMENTS (fields), 1, 3);
  g_autofree const char **language_codes = pick_some (rand, languages, G_N_ELEMENTS (languages),
                                                      1, 3);
  g_autofree const char **tags = pick_some (rand, tag_words, G_N_ELEMENTS (tag_words), 0, 3);
  GString *description = g_string_new (NULL);

  for (guint i = 0, n = g_rand_int_range (rand, 1, 4); i < n; i++)
    {
      const char *part = PICK (rand, description_parts);

      if (i == 0)
        {
          g_autofree char *upper = g_utf8_strup (part, 1);

          g_string_append_len (description, upper, 1);
          g_string_append (description, part + 1);
        }
      else
        {
          g_string_append (description, ", ");
          g_string_append (description, part);
        }
    }
  g_string_append_c (description, '.');

  mit_actor_set_name (actor, name);
  mit_actor_set_kind (actor, kind);
  mit_actor_set_sector (actor, sector);
  mit_actor_set_text (actor, MIT_ACTOR_DISTRICT, district);
  mit_actor_set_text (actor, MIT_ACTOR_STREET, street);
  mit_actor_set_text (actor, MIT_ACTOR_POSTCODE, postcode);
  mit_actor_set_text (actor, MIT_ACTOR_TOWN, towns[t].town);
  if (g_rand_int_range (rand, 0, 10) < 8)
    mit_actor_set_text (actor, MIT_ACTOR_PHONE, phone);
  if (g_rand_int_range (rand, 0, 10) < 7)
    mit_actor_set_text (actor, MIT_ACTOR_EMAIL, email);
  if (g_rand_int_range (rand, 0, 10) < 6)
    mit_actor_set_text (actor, MIT_ACTOR_WEBSITE, website);
  mit_actor_set_text (actor, MIT_ACTOR_OPENING_HOURS, PICK (rand, hours));
  mit_actor_set_text (actor, MIT_ACTOR_DESCRIPTION, description->str);
  if (g_rand_boolean (rand))
    mit_actor_set_text (actor, MIT_ACTOR_LAST_VERIFIED, verified);
  mit_actor_set_fields (actor, field_keys);
  mit_actor_set_languages (actor, language_codes);
  mit_actor_set_tags (actor, tags);
  g_string_free (description, TRUE);

  if (!mit_store_save_actor (store, actor, error))
    return FALSE;
  *out_id = mit_actor_get_id (actor);
  return TRUE;
}

static gboolean
make_person (MitStore     *store,
             GRand        *rand,
             const gint64 *actor_ids,
             guint         n_actors,
             GError      **error)
{
  g_autoptr(MitPerson) person = mit_person_new ();
  const char *first = PICK (rand, first_names);
  const char *last = PICK (rand, surnames);
  g_autofree char *name = NULL;
  g_autofree char *first_slug = slug (first);
  g_autofree char *last_slug = slug (last);
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree const char **langs = pick_some (rand, languages, G_N_ELEMENTS (languages), 1, 3);
  MitConsent consent;
  gint64 first_actor = 0;
  guint n_links;

  /* A few double names ("Ayşe Demir-Schmidt") */
  if (g_rand_int_range (rand, 0, 12) == 0)
    name = g_strdup_printf ("%s %s-%s", first, last, PICK (rand, surnames));
  else
    name = g_strdup_printf ("%s %s", first, last);
  email = g_strdup_printf ("%c.%s%u@%s", first_slug[0], last_slug,
                           g_rand_int_range (rand, 0, 100),
                           g_rand_boolean (rand) ? "posteo.de" : "web.de");
  phone = g_strdup_printf ("01%d %d", g_rand_int_range (rand, 51, 80),
                           g_rand_int_range (rand, 1000000, 99999999));

  consent = g_rand_int_range (rand, 0, MIT_CONSENT_LAST + 1);
  mit_person_set_name (person, name);
  mit_person_set_text (person, MIT_PERSON_SALUTATION, PICK (rand, salutations));
  if (g_rand_int_range (rand, 0, 10) < 7)
    mit_person_set_text (person, MIT_PERSON_PHONE, phone);
  if (g_rand_int_range (rand, 0, 10) < 8)
    mit_person_set_text (person, MIT_PERSON_EMAIL, email);
  mit_person_set_volunteer (person, g_rand_int_range (rand, 0, 3) == 0);
  mit_person_set_consent (person, consent);
  if (consent != MIT_CONSENT_NONE)
    {
      g_autofree char *date = random_date (rand);

      mit_person_set_text (person, MIT_PERSON_CONSENT_DATE, date);
    }
  mit_person_set_languages (person, langs);

  if (!mit_store_save_person (store, person, error))
    return FALSE;

  if (n_actors == 0)
    return TRUE;

  n_links = g_rand_int_range (rand, 0, 2) + 1;
  for (guint i = 0; i < n_links; i++)
    {
      gint64 actor_id = actor_ids[g_rand_int_range (rand, 0, n_actors)];

      if (actor_id == first_actor)
        continue;
      first_actor = actor_id;
      if (mit_store_link_person (store, mit_person_get_id (person), actor_id,
                                 PICK (rand, roles), error) <= 0)
        return FALSE;
    }
  return TRUE;
}

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  gint n_actors = 100000;
  gint n_persons = 150000;
  gint seed = 20240611;
  gboolean verbose = FALSE;
  gboolean plain = FALSE;
  GOptionEntry entries[] = {
    { "actors", 'a', 0, G_OPTION_ARG_INT, &n_actors, "Number of actors", "N" },
    { "persons", 'p', 0, G_OPTION_ARG_INT, &n_persons, "Number of persons", "M" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed", "S" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Progress on stderr", NULL },
    { "plain", 0, 0, G_OPTION_ARG_NONE, &plain,
      "Keep the store's own connection settings (slower; see below)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DB [CSV]");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GArray) actor_ids = NULL;
  g_autoptr(GRand) rand = NULL;
  gint64 t0, t1, t2, t3;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("usage: %s [--actors N] [--persons M] [--seed S] DB [CSV]\n%s\n", g_get_prgname (),
                  error ? error->message : "");
      return 2;
    }

  remove_database (argv[1]);
  store = mit_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  /* A bulk load of this size spends most of its time writing SQLite's
   * statement journals to a temporary file (every INSERT fires triggers, so
   * each one opens a statement journal, and FTS5 rewrites index pages in
   * each). Keeping temporary files in memory and a larger page cache does
   * not change what is written to the database, only how fast. */
  if (!plain &&
      sqlite3_exec (_mit_store_get_db (store),
                    "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;",
                    NULL, NULL, NULL) != SQLITE_OK)
    g_error ("could not set the bulk-load pragmas");

  rand = g_rand_new_with_seed (seed);
  actor_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_actors);

  t0 = g_get_monotonic_time ();
  if (!mit_store_begin (store, &error))
    g_error ("%s", error->message);
  for (gint i = 0; i < n_actors; i++)
    {
      gint64 id;

      if (!make_actor (store, rand, &id, &error))
        g_error ("actor %d: %s", i, error->message);
      g_array_append_val (actor_ids, id);
      if (verbose && (i + 1) % 10000 == 0)
        g_printerr ("  %d actors, %.1f s\n", i + 1, bench_wall_seconds () - t0 / 1e6);
    }
  t1 = g_get_monotonic_time ();
  for (gint i = 0; i < n_persons; i++)
    {
      if (!make_person (store, rand, (const gint64 *) (gpointer) actor_ids->data, actor_ids->len,
                        &error))
        g_error ("person %d: %s", i, error->message);
      if (verbose && (i + 1) % 10000 == 0)
        g_printerr ("  %d persons, %.1f s\n", i + 1, bench_wall_seconds () - t1 / 1e6);
    }
  if (!mit_store_commit (store, &error))
    g_error ("%s", error->message);
  t2 = g_get_monotonic_time ();

  g_print ("generate: %d actors in %.1f s, %d persons with links in %.1f s (one transaction)\n",
           n_actors, (t1 - t0) / 1e6, n_persons, (t2 - t1) / 1e6);

  if (argc >= 3)
    {
      if (!mit_csv_export_actors (store, argv[2], &error))
        g_error ("export: %s", error->message);
      t3 = g_get_monotonic_time ();
      g_print ("generate: exported %u actors to CSV in %.1f s\n",
               mit_store_count_actors (store), (t3 - t2) / 1e6);
    }

  return 0;
}
