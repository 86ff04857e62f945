/* mit-bench-sync.c: syncing a large synthetic region from a local portal
 *
 *   mit-bench-sync [--locations N] [--events M] [--pages P] [--runs R] [--dir DIR]
 *
 * Generates a region "bench" deterministically (N locations, default
 * 10 000; M events, default 5 000, a fifth of them repeating; P pages in
 * each of "de" and "ar", default 2 000, as a tree), serves it with the
 * test portal server (its own thread) under /api/v3/bench/{de,ar}/…, and
 * measures, each step in a fresh child process of this program so that
 * VmHWM (which only grows) is the step's own peak and the server's copy
 * of the answers is not counted:
 *
 *   first   a new database with a subscription (languages de, ar) and
 *           mit_portal_sync_run(): wall and CPU time, the report's counts
 *           (which must be N / M / 2P added);
 *   resync  the same again on that database, nothing changed on the
 *           portal: time, and the report must say nothing was written;
 *   split   for information, a first sync on another new database as its
 *           two halves: mit_portal_fetch_snapshot() (download and parse)
 *           and mit_portal_sync_apply();
 *   json    the four answers downloaded once, then json-glib alone
 *           (json_parser_load_from_data on each), R times;
 *   parse   our parsers alone (mit_portal_parse_*) on the same bodies,
 *           R times.
 *
 * A child is this program with --step=STEP --url=URL --db=PATH; it may be
 * run by hand against any server serving the same paths.
 *
 * Prints machine-readable "key value" lines (times in ms, memory in KiB);
 * tests/bench/run-bench-sync.sh turns them into a report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>

#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-portal-client.h"
#include "mit-portal-parse.h"
#include "mit-portal-sync.h"
#include "mit-test-portal-server.h"
#include "mit-bench-common.h"

#define REGION "bench"
#define PATH_LOCATIONS "/api/v3/bench/de/locations/"
#define PATH_EVENTS    "/api/v3/bench/de/events/"
#define PATH_PAGES_DE  "/api/v3/bench/de/pages/"
#define PATH_PAGES_AR  "/api/v3/bench/ar/pages/"
#define SEED 20270105

/* ---- the synthetic region ------------------------------------------------ */

static const struct
{
  const char *name;
  const char *icon;
  const char *color;
} categories[] = {
  { "Behörde/Amt", "office", "#1DC6C6" },
  { "Beratung", "counselling", "#E65100" },
  { "Jobcenter und Arbeit", "work", "#6A1B9A" },
  { "Schule", "school", "#2E7D32" },
  { "Kita", "kindergarten", "#F9A825" },
  { "Sprachkurs", "language", "#1565C0" },
  { "Gesundheit", "health", "#C62828" },
  { "Wohnen", "house", "#4E342E" },
  { "Verein", "club", "#00838F" },
  { "Kultur und Freizeit", "culture", "#AD1457" },
  { "Religiöse Gemeinde", "church", "#37474F" },
  { "Jugend", "youth", "#558B2F" },
};

static const char *kinds[] = {
  "Beratungsstelle", "Treffpunkt", "Büro", "Zentrum", "Anlaufstelle", "Sprachcafé",
  "Familienzentrum", "Stadtteilbüro", "Werkstatt", "Begegnungsstätte",
};

static const char *districts[] = {
  "Lechhausen", "Oberhausen", "Haunstetten", "Göggingen", "Pfersee", "Kriegshaber",
  "Hochzoll", "Innenstadt", "Bärenkeller", "Firnhaberau", "Universitätsviertel", "Spickel",
};

static const char *streets[] = {
  "Wolfgangstraße", "Maximilianstraße", "Hermanstraße", "Frauentorstraße", "Am Schäfflerbach",
  "Gögginger Straße", "Donauwörther Straße", "Neuburger Straße", "Haunstetter Straße",
  "Ulmer Straße", "Bürgermeister-Fischer-Straße", "Jakoberstraße",
};

static const char *words_de[] = {
  "Beratung", "für", "Familien", "und", "Jugendliche", "in", "allen", "Fragen", "des",
  "Alltags", "wir", "helfen", "bei", "Anträgen", "Wohnungssuche", "Schule", "Arbeit",
  "Gesundheit", "Termine", "nach", "Vereinbarung", "kostenlos", "vertraulich", "mehrsprachig",
  "Übersetzung", "möglich", "Anmeldung", "erwünscht", "offene", "Sprechstunde", "Kinderbetreuung",
  "während", "der", "Kurse", "Stadt", "Augsburg", "Integration", "Nachbarschaft", "Begegnung",
};

static const char *words_ar[] = {
  "استشارة", "للعائلات", "والشباب", "في", "جميع", "أسئلة", "الحياة", "اليومية", "نساعد",
  "في", "الطلبات", "البحث", "عن", "سكن", "المدرسة", "العمل", "الصحة", "المواعيد", "مجانا",
  "سري", "بعدة", "لغات", "الترجمة", "ممكنة", "التسجيل", "مرغوب", "ساعات", "مفتوحة",
  "رعاية", "الأطفال", "أثناء", "الدورات", "مدينة", "أوغسبورغ", "الاندماج", "الجيران", "لقاء",
};

static const char *page_titles_de[] = {
  "Ankommen", "Wohnen", "Arbeit", "Ausbildung", "Schule", "Kita", "Gesundheit", "Sprache",
  "Beratung", "Familie", "Freizeit", "Behörden", "Aufenthalt", "Mobilität", "Notfall",
};

static const char *page_titles_ar[] = {
  "الوصول", "السكن", "العمل", "التدريب", "المدرسة", "الحضانة", "الصحة", "اللغة",
  "الاستشارة", "العائلة", "وقت الفراغ", "الدوائر الحكومية", "الإقامة", "التنقل", "الطوارئ",
};

static const char *weekdays_ical[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* Appends @text as a JSON string. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          if ((guchar)*p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar)*p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_member (GString    *out,
               const char *name,
               const char *text)
{
  g_string_append_printf (out, "\"%s\": ", name);
  if (text)
    append_json_string (out, text);
  else
    g_string_append (out, "null");
  g_string_append (out, ", ");
}

static void
append_double (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.7f", value));
}

/* @n words from @words, as a sentence. */
static void
append_sentence (GString     *out,
                 GRand       *rand,
                 const char **words,
                 guint        n_words,
                 guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[g_rand_int_range (rand, 0, n_words)]);
    }
  g_string_append_c (out, '.');
}

/* A few paragraphs and a list, as the portal's editor writes them. */
static char *
make_html (GRand       *rand,
           const char **words,
           guint        n_words,
           guint        n_paragraphs,
           const char  *link)
{
  GString *html = g_string_new (NULL);

  for (guint p = 0; p < n_paragraphs; p++)
    {
      g_string_append (html, "<p>");
      append_sentence (html, rand, words, n_words, g_rand_int_range (rand, 8, 20));
      g_string_append_c (html, ' ');
      append_sentence (html, rand, words, n_words, g_rand_int_range (rand, 6, 14));
      g_string_append (html, "</p>\n");
      if (p == 0)
        {
          guint n_items = g_rand_int_range (rand, 2, 6);

          g_string_append (html, "<ul>\n");
          for (guint i = 0; i < n_items; i++)
            {
              g_string_append (html, "<li><strong>");
              append_sentence (html, rand, words, n_words, 2);
              g_string_append (html, "</strong> ");
              append_sentence (html, rand, words, n_words, g_rand_int_range (rand, 3, 8));
              g_string_append (html, "</li>\n");
            }
          g_string_append (html, "</ul>\n");
        }
    }
  if (link)
    g_string_append_printf (html, "<p><a href=\"%s\">%s</a></p>", link,
                            words[g_rand_int_range (rand, 0, n_words)]);
  return g_string_free (html, FALSE);
}

static const char *opening_patterns[][2] = {
  /* weekday slots, Saturday slots; NULL: closed */
  { "10:00-13:00,15:00-18:00", NULL },
  { "09:00-12:00", NULL },
  { "08:00-16:00", "09:00-12:00" },
  { "14:00-19:00", "10:00-14:00" },
};

static void
append_opening_hours (GString *out,
                      GRand   *rand)
{
  guint pattern = g_rand_int_range (rand, 0, G_N_ELEMENTS (opening_patterns) + 1);

  g_string_append (out, "\"opening_hours\": ");
  if (pattern == G_N_ELEMENTS (opening_patterns))
    {
      g_string_append (out, "null, ");
      return;
    }
  g_string_append_c (out, '[');
  for (guint day = 0; day < 7; day++)
    {
      const char *slots = day < 5 ? opening_patterns[pattern][0]
                                  : day == 5 ? opening_patterns[pattern][1] : NULL;
      gboolean appointment = day == 2 && pattern == 1;

      if (day > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "{\"allDay\": false, \"closed\": %s, \"appointmentOnly\": %s, "
                              "\"timeSlots\": [",
                              slots ? "false" : "true", appointment ? "true" : "false");
      if (slots)
        {
          g_auto(GStrv) parts = g_strsplit (slots, ",", -1);

          for (guint s = 0; parts[s]; s++)
            {
              g_auto(GStrv) times = g_strsplit (parts[s], "-", 2);

              g_string_append_printf (out, "%s{\"end\": \"%s\", \"start\": \"%s\"}",
                                      s > 0 ? ", " : "", times[1], times[0]);
            }
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "], ");
}

static char *
generate_locations (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GString *out = g_string_sized_new (n * 3000);

  g_string_append (out, "[");
  for (guint i = 0; i < n; i++)
    {
      guint cat = g_rand_int_range (rand, 0, G_N_ELEMENTS (categories));
      gboolean no_category = g_rand_int_range (rand, 0, 20) == 0;
      const char *kind = PICK (rand, kinds);
      const char *district = PICK (rand, districts);
      g_autofree char *title = g_strdup_printf ("%s %s %u", kind, district, i + 1);
      g_autofree char *slug = g_strdup_printf ("ort-%u", i + 1);
      g_autofree char *address = g_strdup_printf ("%s %u", PICK (rand, streets),
                                                  g_rand_int_range (rand, 1, 120));
      g_autofree char *postcode = g_strdup_printf ("86%03d", g_rand_int_range (rand, 150, 200));
      g_autofree char *html = make_html (rand, words_de, G_N_ELEMENTS (words_de),
                                         g_rand_int_range (rand, 1, 4), NULL);
      g_autofree char *email = g_rand_boolean (rand)
                               ? g_strdup_printf ("kontakt%u@beispiel-verein.de", i + 1) : NULL;
      g_autofree char *phone = g_rand_int_range (rand, 0, 3) > 0
                               ? g_strdup_printf ("0821 %u-%u", 300000 + i, g_rand_int_range (rand, 0, 99)) : NULL;
      g_autofree char *website = g_rand_int_range (rand, 0, 3) == 0
                                 ? g_strdup_printf ("https://www.beispiel-%u.de/", i + 1) : NULL;
      g_autofree char *appointment = g_rand_int_range (rand, 0, 10) == 0
                                     ? g_strdup_printf ("https://termine.beispiel.de/%u", i + 1) : NULL;
      guint barrier = g_rand_int_range (rand, 0, 3);
      guint day = g_rand_int_range (rand, 1, 29);

      if (i > 0)
        g_string_append (out, ",\n");
      g_string_append_printf (out, "{\"id\": %u, ", 100000 + i);
      g_string_append_printf (out, "\"url\": \"https://integreat.app/bench/de/locations/%s/\", ", slug);
      g_string_append_printf (out, "\"path\": \"/bench/de/locations/%s/\", ", slug);
      append_member (out, "title", title);
      g_string_append_printf (out, "\"modified_gmt\": \"2026-%02u-%02uT08:15:00.000Z\", ",
                              (i % 12) + 1, day);
      g_string_append_printf (out, "\"last_updated\": \"2026-%02u-%02uT09:15:00.000+01:00\", ",
                              (i % 12) + 1, day);
      append_member (out, "excerpt", title);
      append_member (out, "meta_description", NULL);
      append_member (out, "content", html);
      append_member (out, "appointment_url", appointment);
      g_string_append_printf (out, "\"available_languages\": {\"ar\": {\"id\": %u, "
                              "\"url\": \"https://integreat.app/bench/ar/locations/%s/\", "
                              "\"path\": \"/bench/ar/locations/%s/\"}}, ",
                              300000 + i, slug, slug);
      g_string_append (out, "\"icon\": null, \"thumbnail\": null, ");
      append_member (out, "website", website);
      append_member (out, "email", email);
      append_member (out, "phone_number", phone);
      if (no_category)
        g_string_append (out, "\"category\": null, ");
      else
        g_string_append_printf (out, "\"category\": {\"id\": %u, \"name\": \"%s\", \"color\": \"%s\", "
                                "\"icon\": \"%s\", \"icon_url\": \"https://integreat.app/static/svg/%s.svg\", "
                                "\"icon_color\": \"%s_%s\"}, ",
                                cat + 1, categories[cat].name, categories[cat].color,
                                categories[cat].icon, categories[cat].icon,
                                categories[cat].icon, categories[cat].color);
      g_string_append_printf (out, "\"temporarily_closed\": %s, ",
                              i % 97 == 0 ? "true" : "false");
      append_opening_hours (out, rand);
      g_string_append_printf (out, "\"location\": {\"id\": %u, ", i + 1);
      append_member (out, "name", title);
      append_member (out, "address", address);
      g_string_append (out, "\"town\": \"Augsburg\", \"state\": null, ");
      append_member (out, "postcode", postcode);
      g_string_append (out, "\"region\": null, \"country\": \"Deutschland\", \"latitude\": ");
      append_double (out, 48.30 + g_rand_double (rand) * 0.12);
      g_string_append (out, ", \"longitude\": ");
      append_double (out, 10.82 + g_rand_double (rand) * 0.14);
      g_string_append (out, "}, \"hash\": null, ");
      if (i % 5 == 0)
        g_string_append_printf (out, "\"organization\": {\"id\": %u, \"slug\": \"traeger-%u\", "
                                "\"name\": \"Träger %u\", \"logo\": null, \"website\": null}, ",
                                i / 5 + 1, i / 5 + 1, i / 5 + 1);
      else
        g_string_append (out, "\"organization\": null, ");
      g_string_append_printf (out, "\"barrier_free\": %s}",
                              barrier == 0 ? "true" : barrier == 1 ? "false" : "null");
    }
  g_string_append (out, "]\n");
  return g_string_free (out, FALSE);
}

static char *
generate_events (guint n,
                 guint n_locations)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  GString *out = g_string_sized_new (n * 2000);

  if (berlin == NULL)
    g_error ("the time zone Europe/Berlin is not known (tzdata)");

  g_string_append (out, "[");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) jan1 = g_date_time_new (berlin, 2027, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) day = g_date_time_add_days (jan1, (i * 37 + i / 365) % 365);
      gboolean all_day = i % 20 == 7;
      gboolean recurring = i % 5 == 2;
      int hour = all_day ? 0 : g_rand_int_range (rand, 9, 20);
      g_autoptr(GDateTime) start = g_date_time_new (berlin, g_date_time_get_year (day),
                                                    g_date_time_get_month (day),
                                                    g_date_time_get_day_of_month (day),
                                                    hour, all_day ? 0 : 30 * (i % 2), 0);
      g_autoptr(GDateTime) end = all_day ? g_date_time_add_seconds (start, 86399)
                                         : g_date_time_add_hours (start, 2);
      g_autoptr(GDateTime) start_utc = g_date_time_to_utc (start);
      g_autofree char *start_s = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S%:z");
      g_autofree char *end_s = g_date_time_format (end, "%Y-%m-%dT%H:%M:%S%:z");
      g_autofree char *title = g_strdup_printf ("%s %s %u", PICK (rand, kinds),
                                                PICK (rand, words_de), i + 1);
      g_autofree char *slug = g_strdup_printf ("veranstaltung-%u", i + 1);
      g_autofree char *html = make_html (rand, words_de, G_N_ELEMENTS (words_de),
                                         g_rand_int_range (rand, 1, 3), NULL);
      gboolean has_place = n_locations > 0 && g_rand_int_range (rand, 0, 10) < 7;
      guint place = has_place ? (i * 7919) % n_locations + 1 : 0;

      if (i > 0)
        g_string_append (out, ",\n");
      g_string_append_printf (out, "{\"id\": %u, ", 200000 + i);
      g_string_append_printf (out, "\"url\": \"https://integreat.app/bench/de/events/%s/\", ", slug);
      g_string_append_printf (out, "\"path\": \"/bench/de/events/%s/\", ", slug);
      append_member (out, "title", title);
      g_string_append (out, "\"modified_gmt\": \"2026-11-02T10:00:00.000Z\", "
                       "\"last_updated\": \"2026-11-02T11:00:00.000+01:00\", ");
      append_member (out, "excerpt", title);
      append_member (out, "content", html);
      g_string_append_printf (out, "\"available_languages\": {\"ar\": {\"id\": null, "
                              "\"url\": \"https://integreat.app/bench/ar/events/%s/\", "
                              "\"path\": \"/bench/ar/events/%s/\"}}, \"thumbnail\": null, ",
                              slug, slug);
      if (has_place)
        {
          g_string_append_printf (out, "\"location\": {\"id\": %u, \"name\": \"Ort %u\", "
                                  "\"address\": \"%s %u\", \"town\": \"Augsburg\", \"state\": null, "
                                  "\"postcode\": \"86150\", \"region\": null, "
                                  "\"country\": \"Deutschland\", \"latitude\": null, "
                                  "\"longitude\": null}, ",
                                  place, place, streets[place % G_N_ELEMENTS (streets)], place % 90 + 1);
          g_string_append_printf (out, "\"location_url\": \"https://integreat.app/bench/de/locations/ort-%u/\", ",
                                  place);
        }
      else
        g_string_append (out, "\"location\": {\"id\": null, \"name\": null, \"address\": null, "
                         "\"town\": null, \"state\": null, \"postcode\": null, \"region\": null, "
                         "\"country\": null, \"latitude\": null, \"longitude\": null}, "
                         "\"location_url\": null, ");
      g_string_append_printf (out, "\"event\": {\"id\": %u, ", i + 1);
      append_member (out, "start", start_s);
      g_string_append_printf (out, "\"start_date\": \"%.10s\", \"start_time\": \"%.8s\", ",
                              start_s, start_s + 11);
      append_member (out, "end", end_s);
      g_string_append_printf (out, "\"end_date\": \"%.10s\", \"end_time\": \"%.8s\", ",
                              end_s, end_s + 11);
      g_string_append_printf (out, "\"all_day\": %s, \"recurrence_id\": %s, "
                              "\"timezone\": \"Europe/Berlin\"}, \"hash\": null, ",
                              all_day ? "true" : "false", recurring ? "1" : "null");
      if (recurring)
        {
          g_autofree char *dtstart = g_date_time_format (start_utc, "%Y%m%dT%H%M%S");
          const char *byday = weekdays_ical[g_date_time_get_day_of_week (start) - 1];
          g_autofree char *rule = NULL;

          if (i % 15 == 7)
            rule = g_strdup_printf ("DTSTART:%s\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20271231T235959;BYDAY=%s",
                                    dtstart, byday);
          else if (i % 15 == 12)
            rule = g_strdup_printf ("DTSTART:%s\nRRULE:FREQ=MONTHLY;UNTIL=20271231T235959", dtstart);
          else
            rule = g_strdup_printf ("DTSTART:%s\nRRULE:FREQ=WEEKLY;UNTIL=20271231T235959;BYDAY=%s",
                                    dtstart, byday);
          g_string_append (out, "\"recurrence_rule\": ");
          append_json_string (out, rule);
          g_string_append (out, "}");
        }
      else
        g_string_append (out, "\"recurrence_rule\": null}");
    }
  g_string_append (out, "]\n");
  return g_string_free (out, FALSE);
}

/* The pages of one language: a few roots, then each page below an earlier
 * one, so parents come before their children as in the API. */
static char *
generate_pages (guint       n,
                const char *language)
{
  gboolean arabic = g_str_equal (language, "ar");
  const char **words = arabic ? words_ar : words_de;
  guint n_words = arabic ? G_N_ELEMENTS (words_ar) : G_N_ELEMENTS (words_de);
  const char **titles = arabic ? page_titles_ar : page_titles_de;
  const char *other = arabic ? "de" : "ar";
  /* The same structure in both languages, the text differs. */
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + (arabic ? 3 : 2));
  g_autoptr(GPtrArray) slugs = g_ptr_array_new_with_free_func (g_free);   /* "a/b/c" */
  GString *out = g_string_sized_new (n * 4000);
  const guint n_roots = 15;

  g_string_append (out, "[");
  for (guint j = 0; j < n; j++)
    {
      gint parent = j < n_roots ? -1 : (gint)((j - n_roots) / 4);
      g_autofree char *own = g_strdup_printf ("%s-%u", arabic ? "صفحة" : "seite", j + 1);
      char *slug = parent < 0 ? g_strdup (own)
                              : g_strconcat (g_ptr_array_index (slugs, parent), "/", own, NULL);
      g_autofree char *other_slug = g_strdup_printf ("%s-%u", arabic ? "seite" : "صفحة", j + 1);
      g_autofree char *title = g_strdup_printf ("%s %u", titles[j % 15], j + 1);
      g_autofree char *link = NULL;
      g_autofree char *html = NULL;

      g_ptr_array_add (slugs, slug);
      if (j > 0 && j % 3 == 0)
        link = g_strdup_printf ("https://integreat.app/bench/%s/%s/", language,
                                (char *)g_ptr_array_index (slugs, g_rand_int_range (rand, 0, j)));
      html = make_html (rand, words, n_words, g_rand_int_range (rand, 2, 6), link);

      if (j > 0)
        g_string_append (out, ",\n");
      g_string_append_printf (out, "{\"id\": %u, ", (arabic ? 500000 : 400000) + j);
      g_string_append_printf (out, "\"url\": \"https://integreat.app/bench/%s/%s/\", ", language, slug);
      g_string_append_printf (out, "\"path\": \"/bench/%s/%s/\", ", language, slug);
      append_member (out, "title", title);
      g_string_append (out, "\"modified_gmt\": \"2026-08-12T07:57:42.456Z\", "
                       "\"last_updated\": \"2026-08-12T09:57:42.456+02:00\", ");
      append_member (out, "excerpt", title);
      append_member (out, "content", html);
      if (parent < 0)
        g_string_append (out, "\"parent\": {\"id\": 0, \"url\": null, \"path\": null}, ");
      else
        g_string_append_printf (out, "\"parent\": {\"id\": %u, "
                                "\"url\": \"https://integreat.app/bench/%s/%s/\", "
                                "\"path\": \"/bench/%s/%s/\"}, ",
                                (arabic ? 500000 : 400000) + parent, language,
                                (char *)g_ptr_array_index (slugs, parent), language,
                                (char *)g_ptr_array_index (slugs, parent));
      g_string_append_printf (out, "\"order\": %u, ", j % 10);
      g_string_append_printf (out, "\"available_languages\": {\"%s\": {\"id\": %u, "
                              "\"url\": \"https://integreat.app/bench/%s/%s/\", "
                              "\"path\": \"/bench/%s/%s/\"}}, ",
                              other, (arabic ? 400000 : 500000) + j, other, other_slug,
                              other, other_slug);
      g_string_append (out, "\"thumbnail\": null, \"organization\": null, "
                       "\"embedded_offers\": [], \"hash\": null}");
    }
  g_string_append (out, "]\n");
  return g_string_free (out, FALSE);
}

/* ---- the steps (in a child) ------------------------------------------------ */

static void
print_memory (const char *step,
              const char *when)
{
  guint64 rss, hwm;

  bench_read_rss (&rss, &hwm);
  g_print ("%s_hwm_%s_kib %" G_GUINT64_FORMAT "\n", step, when, hwm);
}

static MitPortalClient *
new_client (const char *url)
{
  MitPortalClient *client = mit_portal_client_new (url);

  mit_portal_client_set_timeout (client, 300);
  mit_portal_client_set_max_attempts (client, 1);
  mit_portal_client_set_max_size (client, G_MAXUINT);
  return client;
}

static void
print_counts (const char          *step,
              const MitSyncReport *report)
{
  static const char *names[] = { "actors", "events", "topics" };

  for (guint k = 0; k < MIT_SYNC_N_KINDS; k++)
    g_print ("%s_%s_added %u\n%s_%s_updated %u\n%s_%s_removed %u\n%s_%s_conflicts %u\n"
             "%s_%s_unchanged %u\n",
             step, names[k], report->counts[k].added, step, names[k], report->counts[k].updated,
             step, names[k], report->counts[k].removed, step, names[k], report->counts[k].conflicts,
             step, names[k], report->counts[k].unchanged);
  g_print ("%s_wrote %d\n", step, report->wrote ? 1 : 0);
}

/* The first sync adds everything; the second changes nothing. */
static void
check_counts (const char          *step,
              const MitSyncReport *report,
              const guint          expected[3])
{
  gboolean first = g_str_equal (step, "first");
  guint want[MIT_SYNC_N_KINDS] = { expected[0], expected[1], 2 * expected[2] };

  for (guint k = 0; k < MIT_SYNC_N_KINDS; k++)
    {
      const MitSyncCounts *c = &report->counts[k];
      guint n = first ? c->added : c->unchanged;

      if (n != want[k] || c->updated || c->removed || c->conflicts || (first ? c->unchanged : c->added))
        g_error ("%s sync, kind %u: expected %u %s, got %u added, %u updated, %u removed, "
                 "%u conflicts, %u unchanged", step, k, want[k], first ? "added" : "unchanged",
                 c->added, c->updated, c->removed, c->conflicts, c->unchanged);
    }
  if (report->wrote != first)
    g_error ("%s sync: the database was %swritten", step, report->wrote ? "" : "not ");
  g_print ("%s_counts_ok 1\n", step);
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
}

static MitSubscription *
new_subscription (MitStore   *store,
                  const char *url)
{
  g_autoptr(GError) error = NULL;
  MitSubscription *subscription = mit_subscription_new (url, REGION);

  g_strfreev (subscription->languages);
  subscription->languages = g_strsplit ("de,ar", ",", -1);
  if (!mit_store_save_subscription (store, subscription, &error))
    g_error ("subscription: %s", error->message);
  return subscription;
}

static guint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64)st.st_size : 0;
}

/* first (a new database) or resync (the database of first). */
static void
step_sync (const char  *step,
           const char  *url,
           const char  *db,
           const guint  expected[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitPortalClient) client = new_client (url);
  g_autoptr(MitSubscription) subscription = NULL;
  gboolean first = g_str_equal (step, "first");
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  MitSyncReport report;
  double w0, c0;

  if (first)
    remove_database (db);
  store = mit_store_open (db, &error);
  if (store == NULL)
    g_error ("%s: %s", db, error->message);
  if (first)
    subscription = new_subscription (store, url);
  else
    {
      g_autoptr(GPtrArray) list = mit_store_list_subscriptions (store, &error);

      if (list == NULL || list->len != 1)
        g_error ("%s: expected the subscription of the first sync (%s)", db,
                 error ? error->message : "none or several");
      subscription = mit_subscription_copy (g_ptr_array_index (list, 0));
    }
  print_memory (step, "before");

  w0 = bench_wall_seconds ();
  c0 = bench_cpu_seconds ();
  if (!mit_portal_sync_run (store, client, subscription, &report, NULL, &error))
    g_error ("%s sync: %s", step, error->message);
  g_print ("%s_ms %.1f\n", step, (bench_wall_seconds () - w0) * 1000);
  g_print ("%s_cpu_ms %.1f\n", step, (bench_cpu_seconds () - c0) * 1000);
  print_memory (step, "after");
  print_counts (step, &report);
  check_counts (step, &report, expected);
  g_print ("%s_db_bytes %" G_GUINT64_FORMAT "\n", step, file_size (db) + file_size (wal));
}

/* A first sync on a new database, as download + parse, then apply. */
static void
step_split (const char *url,
            const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitPortalClient) client = new_client (url);
  g_autoptr(MitSubscription) subscription = NULL;
  g_autoptr(MitPortalSnapshot) snapshot = NULL;
  MitSyncReport report;
  double w0, c0;

  remove_database (db);
  store = mit_store_open (db, &error);
  if (store == NULL)
    g_error ("%s: %s", db, error->message);
  subscription = new_subscription (store, url);

  w0 = bench_wall_seconds ();
  c0 = bench_cpu_seconds ();
  snapshot = mit_portal_fetch_snapshot (client, subscription, NULL, NULL, NULL, &error);
  if (snapshot == NULL)
    g_error ("fetch: %s", error->message);
  g_print ("split_fetch_ms %.1f\nsplit_fetch_cpu_ms %.1f\n", (bench_wall_seconds () - w0) * 1000,
           (bench_cpu_seconds () - c0) * 1000);
  print_memory ("split", "fetched");

  w0 = bench_wall_seconds ();
  c0 = bench_cpu_seconds ();
  if (!mit_portal_sync_apply (store, subscription, snapshot, &report, &error))
    g_error ("apply: %s", error->message);
  g_print ("split_apply_ms %.1f\nsplit_apply_cpu_ms %.1f\n", (bench_wall_seconds () - w0) * 1000,
           (bench_cpu_seconds () - c0) * 1000);
  print_memory ("split", "after");
}

/* The four answers of a sync, downloaded (timed, for information). */
static GPtrArray *
fetch_bodies (const char *step,
              const char *url)
{
  static const struct
  {
    MitPortalClientEndpoint endpoint;
    const char *language;
  } requests[] = {
    { MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "de" },
    { MIT_PORTAL_CLIENT_ENDPOINT_EVENTS, "de" },
    { MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "de" },
    { MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "ar" },
  };
  g_autoptr(MitPortalClient) client = new_client (url);
  GPtrArray *bodies = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  guint64 total = 0;
  double w0 = bench_wall_seconds ();

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      g_autoptr(GError) error = NULL;
      GBytes *body = mit_portal_client_fetch_sync (client, requests[i].endpoint, REGION,
                                                   requests[i].language, NULL, &error);

      if (body == NULL)
        g_error ("download: %s", error->message);
      total += g_bytes_get_size (body);
      g_ptr_array_add (bodies, body);
    }
  g_print ("%s_download_ms %.1f\n", step, (bench_wall_seconds () - w0) * 1000);
  g_print ("%s_body_bytes %" G_GUINT64_FORMAT "\n", step, total);
  return bodies;
}

static void
print_runs (const char *step,
            double     *wall,
            double     *cpu,
            guint       runs)
{
  g_print ("%s_runs %u\n", step, runs);
  g_print ("%s_min_ms %.1f\n", step, bench_percentile (wall, runs, 0));
  g_print ("%s_median_ms %.1f\n", step, bench_percentile (wall, runs, 50));
  g_print ("%s_max_ms %.1f\n", step, bench_percentile (wall, runs, 100));
  g_print ("%s_cpu_median_ms %.1f\n", step, bench_percentile (cpu, runs, 50));
}

/* json-glib alone: what any reader of these answers has to pay. */
static void
step_json (const char *url,
           guint       runs)
{
  g_autoptr(GPtrArray) bodies = fetch_bodies ("json", url);
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree double *cpu = g_new0 (double, runs);

  print_memory ("json", "before");
  for (guint r = 0; r < runs; r++)
    {
      double w0 = bench_wall_seconds (), c0 = bench_cpu_seconds ();

      for (guint i = 0; i < bodies->len; i++)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;
          gsize size;
          const char *data = g_bytes_get_data (g_ptr_array_index (bodies, i), &size);

          if (!json_parser_load_from_data (parser, data, size, &error))
            g_error ("json-glib: %s", error->message);
          if (!JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
            g_error ("json-glib: answer %u is not a list", i);
        }
      wall[r] = (bench_wall_seconds () - w0) * 1000;
      cpu[r] = (bench_cpu_seconds () - c0) * 1000;
    }
  print_memory ("json", "after");
  print_runs ("json", wall, cpu, runs);
}

/* Our parsers, which read into structs, hash every item and convert the
 * repetition rules. */
static void
step_parse (const char *url,
            guint       runs)
{
  g_autoptr(GPtrArray) bodies = fetch_bodies ("parse", url);
  g_autofree double *wall = g_new0 (double, runs);
  g_autofree double *cpu = g_new0 (double, runs);
  guint n_items = 0;

  print_memory ("parse", "before");
  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) locations = NULL;
      g_autoptr(GPtrArray) events = NULL;
      g_autoptr(GPtrArray) pages_de = NULL;
      g_autoptr(GPtrArray) pages_ar = NULL;
      double w0 = bench_wall_seconds (), c0 = bench_cpu_seconds ();

      if (!(locations = mit_portal_parse_locations (g_ptr_array_index (bodies, 0), REGION, &error))
          || !(events = mit_portal_parse_events (g_ptr_array_index (bodies, 1), REGION, &error))
          || !(pages_de = mit_portal_parse_pages (g_ptr_array_index (bodies, 2), REGION, &error))
          || !(pages_ar = mit_portal_parse_pages (g_ptr_array_index (bodies, 3), REGION, &error)))
        g_error ("parse: %s", error->message);
      wall[r] = (bench_wall_seconds () - w0) * 1000;
      cpu[r] = (bench_cpu_seconds () - c0) * 1000;
      n_items = locations->len + events->len + pages_de->len + pages_ar->len;
    }
  print_memory ("parse", "after");
  g_print ("parse_items %u\n", n_items);
  print_runs ("parse", wall, cpu, runs);
}

/* ---- the parent ------------------------------------------------------------ */

static void
run_child (const char *self,
           const char *step,
           const char *url,
           const char *db,
           guint       runs,
           const guint expected[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *step_arg = g_strdup_printf ("--step=%s", step);
  g_autofree char *url_arg = g_strdup_printf ("--url=%s", url);
  g_autofree char *db_arg = g_strdup_printf ("--db=%s", db);
  g_autofree char *runs_arg = g_strdup_printf ("--runs=%u", runs);
  g_autofree char *locations_arg = g_strdup_printf ("--locations=%u", expected[0]);
  g_autofree char *events_arg = g_strdup_printf ("--events=%u", expected[1]);
  g_autofree char *pages_arg = g_strdup_printf ("--pages=%u", expected[2]);

  fflush (stdout);
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, self, step_arg, url_arg, db_arg,
                            runs_arg, locations_arg, events_arg, pages_arg, NULL);
  if (child == NULL || !g_subprocess_wait_check (child, NULL, &error))
    g_error ("step %s: %s", step, error->message);
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value && *value ? (guint)g_ascii_strtoull (value, NULL, 10) : fallback;
}

static void
serve (MitTestPortalServer *server,
       const char          *path,
       char                *json,
       const char          *key)
{
  g_print ("%s_bytes %" G_GSIZE_FORMAT "\n", key, strlen (json));
  mit_test_portal_server_add_json (server, path, json);
  g_free (json);
}

int
main (int   argc,
      char *argv[])
{
  gint n_locations = env_uint ("BENCH_SYNC_LOCATIONS", 10000);
  gint n_events = env_uint ("BENCH_SYNC_EVENTS", 5000);
  gint n_pages = env_uint ("BENCH_SYNC_PAGES", 2000);
  gint runs = env_uint ("BENCH_SYNC_RUNS", 3);
  g_autofree char *step = NULL;
  g_autofree char *url = NULL;
  g_autofree char *db = NULL;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "locations", 'l', 0, G_OPTION_ARG_INT, &n_locations, "Number of locations (BENCH_SYNC_LOCATIONS)", "N" },
    { "events", 'e', 0, G_OPTION_ARG_INT, &n_events, "Number of events (BENCH_SYNC_EVENTS)", "M" },
    { "pages", 'p', 0, G_OPTION_ARG_INT, &n_pages, "Pages per language (BENCH_SYNC_PAGES)", "P" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of the parse steps (BENCH_SYNC_RUNS)", "R" },
    { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir, "Folder for the databases (default: a new temporary one)", "DIR" },
    { "step", 0, 0, G_OPTION_ARG_STRING, &step, "Run one step: first, resync, split, json, parse", "STEP" },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, "The portal (with --step)", "URL" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database (with --step)", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MitTestPortalServer) server = NULL;
  g_autofree char *self = NULL;
  g_autofree char *first_db = NULL;
  g_autofree char *split_db = NULL;
  gboolean own_dir = FALSE;
  guint expected[3];
  double t0;

  setlocale (LC_ALL, "");
  /* The desktop's proxy module would read settings this needs not; the
   * server is local. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1 || runs < 1
      || n_locations < 0 || n_events < 0 || n_pages < 0)
    {
      g_printerr ("usage: %s [--locations N] [--events M] [--pages P] [--runs R] [--dir DIR]\n%s\n",
                  g_get_prgname (), error ? error->message : "");
      return 2;
    }

  /* The report's counts the syncs must give: N actors, M events, P
   * topics in each of two languages. */
  expected[0] = n_locations;
  expected[1] = n_events;
  expected[2] = n_pages;

  if (step)
    {
      if (url == NULL || (db == NULL && (g_str_equal (step, "first") || g_str_equal (step, "resync")
                                         || g_str_equal (step, "split"))))
        {
          g_printerr ("--step needs --url (and --db for the syncs)\n");
          return 2;
        }
      if (g_str_equal (step, "first") || g_str_equal (step, "resync"))
        step_sync (step, url, db, expected);
      else if (g_str_equal (step, "split"))
        step_split (url, db);
      else if (g_str_equal (step, "json"))
        step_json (url, runs);
      else if (g_str_equal (step, "parse"))
        step_parse (url, runs);
      else
        {
          g_printerr ("unknown step “%s”\n", step);
          return 2;
        }
      return 0;
    }

  /* The test server finds its fixtures (the Augsburg region it always
   * serves) through the test framework. */
  {
    int test_argc = 1;
    char *test_argv_data[] = { argv[0], NULL };
    char **test_argv = test_argv_data;

    g_setenv ("G_TEST_SRCDIR", MIT_BENCH_TESTS_SRCDIR, FALSE);
    g_test_init (&test_argc, &test_argv, NULL);
  }

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);
  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("mit-bench-sync-XXXXXX", &error);
      if (dir == NULL)
        g_error ("%s", error->message);
      own_dir = TRUE;
    }
  first_db = g_build_filename (dir, "sync.db", NULL);
  split_db = g_build_filename (dir, "split.db", NULL);

  g_print ("locations %d\nevents %d\npages_per_language %d\n", n_locations, n_events, n_pages);

  server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_OWN_THREAD);
  t0 = bench_wall_seconds ();
  serve (server, PATH_LOCATIONS, generate_locations (n_locations), "locations");
  serve (server, PATH_EVENTS, generate_events (n_events, n_locations), "events");
  serve (server, PATH_PAGES_DE, generate_pages (n_pages, "de"), "pages_de");
  serve (server, PATH_PAGES_AR, generate_pages (n_pages, "ar"), "pages_ar");
  g_print ("generate_ms %.1f\n", (bench_wall_seconds () - t0) * 1000);
  /* Region and language list, for clients that look before they sync. */
  mit_test_portal_server_add_json (server, "/api/v3/bench/languages/",
                                   "[{\"id\": 1, \"code\": \"de\", \"bcp47_tag\": \"de-DE\", "
                                   "\"native_name\": \"Deutsch\", \"dir\": \"ltr\"}, "
                                   "{\"id\": 2, \"code\": \"ar\", \"bcp47_tag\": \"ar\", "
                                   "\"native_name\": \"العربية\", \"dir\": \"rtl\"}]");

  run_child (self, "first", mit_test_portal_server_get_url (server), first_db, runs, expected);
  run_child (self, "resync", mit_test_portal_server_get_url (server), first_db, runs, expected);
  run_child (self, "split", mit_test_portal_server_get_url (server), split_db, runs, expected);
  run_child (self, "json", mit_test_portal_server_get_url (server), first_db, runs, expected);
  run_child (self, "parse", mit_test_portal_server_get_url (server), first_db, runs, expected);

  if (own_dir && g_getenv ("BENCH_KEEP") == NULL)
    {
      remove_database (first_db);
      remove_database (split_db);
      g_rmdir (dir);
    }
  return 0;
}
