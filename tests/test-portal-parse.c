/* test-portal-parse.c: reading the Integreat API v3 answers, the
 * recurrence conversion and the content hashes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-portal-parse.h"
#include "mit-recurrence.h"

/* --- Helpers ------------------------------------------------------------- */

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *relative = g_build_filename ("portal", "augsburg", name, NULL);
  g_autofree char *path = mit_test_fixture_path (relative);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* The fixture as a JSON tree, read with json-glib alone: the counts the
 * tests compare with do not come from the code under test. */
static JsonNode *
load_fixture_json (const char *name)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_parser_steal_root (parser);
}

static guint
fixture_array_length (const char *name)
{
  g_autoptr(JsonNode) root = load_fixture_json (name);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_get_length (json_node_get_array (root));
}

static GBytes *
bytes_from_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *text;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static MitPortalPage *
find_page (GPtrArray  *pages,
           const char *path)
{
  for (guint i = 0; i < pages->len; i++)
    {
      MitPortalPage *page = g_ptr_array_index (pages, i);

      if (g_str_equal (page->path, path))
        return page;
    }
  return NULL;
}

static MitPortalRegion *
find_region (GPtrArray  *regions,
             const char *slug)
{
  for (guint i = 0; i < regions->len; i++)
    {
      MitPortalRegion *region = g_ptr_array_index (regions, i);

      if (g_str_equal (region->slug, slug))
        return region;
    }
  return NULL;
}

static void
assert_date_time (GDateTime  *time,
                  const char *expected_iso)
{
  g_autoptr(GDateTime) expected = g_date_time_new_from_iso8601 (expected_iso, NULL);

  g_assert_nonnull (time);
  g_assert_nonnull (expected);
  g_assert_true (g_date_time_equal (time, expected));
  /* Same instant and the same offset as the portal sent. */
  g_assert_cmpint (g_date_time_get_utc_offset (time), ==, g_date_time_get_utc_offset (expected));
}

/* The local starts of an event's occurrences in [from, to). */
static GPtrArray *
expand_starts (const char         *starts,
               const char         *ends,
               const char         *tzid,
               gboolean            all_day,
               const char         *rrule,
               const char * const *exdates,
               const char         *from_iso,
               const char         *to_iso)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitRecurrence) recurrence = mit_recurrence_new (starts, ends, tzid, all_day, rrule,
                                                            exdates, &error);
  g_autoptr(GArray) occurrences = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  g_autoptr(GDateTime) from = g_date_time_new_from_iso8601 (from_iso, NULL);
  g_autoptr(GDateTime) to = g_date_time_new_from_iso8601 (to_iso, NULL);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  mit_recurrence_expand (recurrence, 1, g_date_time_to_unix (from), g_date_time_to_unix (to),
                         0, occurrences);
  for (guint i = 0; i < occurrences->len; i++)
    {
      g_autoptr(GDateTime) local =
        mit_occurrence_dup_local_start (&g_array_index (occurrences, MitOccurrence, i), tzid);

      g_ptr_array_add (result, g_date_time_format (local, all_day ? "%Y-%m-%d"
                                                                  : "%Y-%m-%dT%H:%M:%S%z"));
    }
  return result;
}

/* --- Regions and languages -------------------------------------------------- */

static void
test_regions (void)
{
  g_autoptr(GBytes) body = load_fixture ("regions.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regions = mit_portal_parse_regions (body, &error);
  MitPortalRegion *augsburg, *nurnberg;

  g_assert_no_error (error);
  g_assert_cmpuint (regions->len, ==, fixture_array_length ("regions.json"));

  augsburg = find_region (regions, "augsburg");
  g_assert_nonnull (augsburg);
  g_assert_cmpstr (augsburg->name, ==, "Stadt Augsburg");
  g_assert_cmpstr (augsburg->postcode, ==, "86150");
  g_assert_true (augsburg->live);
  g_assert_true (augsburg->has_coordinates);
  g_assert_cmpfloat_with_epsilon (augsburg->latitude, 48.36882, 1e-9);
  g_assert_cmpuint (g_strv_length (augsburg->aliases), ==, 4);
  g_assert_cmpstr (augsburg->aliases[0], ==, "Kissing");
  g_assert_cmpstr (augsburg->aliases[3], ==, "Steindorf");
  g_assert_cmpuint (augsburg->languages->len, ==, 4);
  g_assert_cmpuint (strlen (augsburg->hash), ==, 64);

  nurnberg = find_region (regions, "nurnberg");
  g_assert_nonnull (nurnberg);
  g_assert_cmpstr (nurnberg->name, ==, "Nürnberg");
  g_assert_cmpstr (nurnberg->aliases[0], ==, "Nuernberg");
}

static void
test_region (void)
{
  g_autoptr(GBytes) body = load_fixture ("regions_augsburg.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitPortalRegion) region = mit_portal_parse_region (body, "augsburg", &error);
  MitPortalLanguage *arabic;

  g_assert_no_error (error);
  g_assert_cmpstr (region->slug, ==, "augsburg");
  g_assert_cmpuint (region->languages->len, ==, 4);
  arabic = g_ptr_array_index (region->languages, 2);
  g_assert_cmpstr (arabic->code, ==, "ar");
  g_assert_cmpstr (arabic->bcp47_tag, ==, "ar-arb");
  g_assert_cmpstr (arabic->native_name, ==, "العربية");
  g_assert_cmpint (arabic->direction, ==, MIT_PORTAL_TEXT_DIRECTION_RTL);
  g_assert_cmpstr (mit_portal_text_direction_to_string (arabic->direction), ==, "rtl");
}

static void
test_languages (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_languages.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) languages = mit_portal_parse_languages (body, "augsburg", &error);
  MitPortalLanguage *german, *farsi;

  g_assert_no_error (error);
  g_assert_cmpuint (languages->len, ==, fixture_array_length ("augsburg_languages.json"));
  german = g_ptr_array_index (languages, 0);
  g_assert_cmpstr (german->code, ==, "de");
  g_assert_cmpstr (german->native_name, ==, "Deutsch");
  g_assert_cmpstr (mit_portal_text_direction_to_string (german->direction), ==, "ltr");
  farsi = g_ptr_array_index (languages, 3);
  g_assert_cmpstr (farsi->code, ==, "fa");
  g_assert_cmpstr (farsi->native_name, ==, "فارسی");
  g_assert_cmpint (farsi->direction, ==, MIT_PORTAL_TEXT_DIRECTION_RTL);
}

/* --- Locations ----------------------------------------------------------------- */

static void
assert_slot (const MitPortalOpeningDay *day,
             guint                      index,
             const char                *start,
             const char                *end)
{
  const MitPortalTimeSlot *slot;

  g_assert_cmpuint (index, <, day->slots->len);
  slot = g_ptr_array_index (day->slots, index);
  g_assert_cmpstr (slot->start, ==, start);
  g_assert_cmpstr (slot->end, ==, end);
}

static void
test_locations (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_de_locations.json");
  g_autoptr(GBytes) body_en = load_fixture ("augsburg_en_locations.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) locations = mit_portal_parse_locations (body, "augsburg", &error);
  g_autoptr(GPtrArray) locations_en = NULL;
  MitPortalLocation *location, *location_en;
  const MitPortalTranslation *english;

  g_assert_no_error (error);
  g_assert_cmpuint (locations->len, ==, fixture_array_length ("augsburg_de_locations.json"));
  location = g_ptr_array_index (locations, 0);

  /* The key is location.id (4), not the translation's id (2). */
  g_assert_cmpint (location->id, ==, 4);
  g_assert_cmpstr (location->name, ==, "Test-Ort");
  g_assert_cmpstr (location->path, ==, "/augsburg/de/locations/test-ort/");
  g_assert_cmpstr (location->address, ==, "Wolfgangstraße 2");
  g_assert_cmpstr (location->postcode, ==, "86153");
  g_assert_cmpstr (location->town, ==, "Augsburg");
  g_assert_cmpstr (location->country, ==, "Deutschland");
  g_assert_true (location->has_coordinates);
  g_assert_cmpfloat_with_epsilon (location->latitude, 48.3781092, 1e-9);
  g_assert_cmpfloat_with_epsilon (location->longitude, 10.887578, 1e-9);
  g_assert_cmpint (location->category_id, ==, 2);
  g_assert_cmpstr (location->category_name, ==, "Behörde/Amt");
  g_assert_null (location->email);
  g_assert_null (location->phone);
  g_assert_null (location->website);
  g_assert_cmpint (location->barrier_free, ==, MIT_PORTAL_YES);
  g_assert_false (location->temporarily_closed);
  g_assert_cmpstr (location->description_html, ==, "<p>Beschreibung des Test-Ortes</p>");
  g_assert_cmpstr (location->last_updated, ==, "2020-01-22T13:52:13.616+01:00");

  /* Monday 10–13 and 15–18, Wednesday closed, Friday 10–14, Sunday closed. */
  g_assert_true (location->has_opening_hours);
  g_assert_false (location->opening_hours[0].closed);
  g_assert_cmpuint (location->opening_hours[0].slots->len, ==, 2);
  assert_slot (&location->opening_hours[0], 0, "10:00", "13:00");
  assert_slot (&location->opening_hours[0], 1, "15:00", "18:00");
  g_assert_true (location->opening_hours[2].closed);
  g_assert_cmpuint (location->opening_hours[2].slots->len, ==, 0);
  g_assert_cmpuint (location->opening_hours[4].slots->len, ==, 1);
  assert_slot (&location->opening_hours[4], 0, "10:00", "14:00");
  g_assert_true (location->opening_hours[6].closed);
  g_assert_false (location->opening_hours[6].all_day);

  /* en, ar, fa; fa's translation id is null but its path is there. */
  g_assert_cmpuint (location->translations->len, ==, 3);
  english = mit_portal_translations_find (location->translations, "en");
  g_assert_nonnull (english);
  g_assert_cmpstr (english->path, ==, "/augsburg/en/locations/test-location/");
  g_assert_nonnull (mit_portal_translations_find (location->translations, "fa"));
  g_assert_null (mit_portal_translations_find (location->translations, "uk"));

  /* The English answer is the same place: same key, other text. */
  locations_en = mit_portal_parse_locations (body_en, "augsburg", &error);
  g_assert_no_error (error);
  location_en = g_ptr_array_index (locations_en, 0);
  g_assert_cmpint (location_en->id, ==, location->id);
  g_assert_cmpstr (location_en->name, ==, "Test location");
  g_assert_cmpstr (location_en->hash, !=, location->hash);
}

/* --- Events ---------------------------------------------------------------------- */

static void
test_events_combined (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_de_events_combine_recurring.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mit_portal_parse_events (body, "augsburg", &error);
  MitPortalEvent *event;

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==,
                    fixture_array_length ("augsburg_de_events_combine_recurring.json"));
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->id, ==, 1);
  g_assert_cmpstr (event->title, ==, "Test-Veranstaltung");
  g_assert_cmpstr (event->path, ==, "/augsburg/de/events/test-veranstaltung/");
  g_assert_cmpstr (event->description_html, ==,
                   "<p>Dies ist die Beschreibung einer Test-Veranstaltung.</p>");
  assert_date_time (event->start, "2030-01-01T13:00:00+01:00");
  assert_date_time (event->end, "2030-01-01T15:00:00+01:00");
  g_assert_cmpstr (event->tzid, ==, "Europe/Berlin");
  g_assert_false (event->all_day);
  g_assert_cmpstr (event->starts, ==, "2030-01-01T13:00:00");
  g_assert_cmpstr (event->ends, ==, "2030-01-01T15:00:00");
  g_assert_cmpint (event->location_id, ==, 0);
  g_assert_null (event->location_name);
  g_assert_null (event->location_address);

  /* The end date 2031-01-01 is the end of that day in Berlin, in UTC. */
  g_assert_nonnull (strstr (event->rrule, "FREQ=WEEKLY"));
  g_assert_nonnull (strstr (event->rrule, "INTERVAL=2"));
  g_assert_nonnull (strstr (event->rrule, "BYDAY=TU,TH"));
  g_assert_nonnull (strstr (event->rrule, "UNTIL=20310101T225959Z"));
  g_assert_cmpuint (g_strv_length (event->exdates), ==, 0);
  g_assert_nonnull (strstr (event->recurrence_rule, "DTSTART:20300101T120000"));
}

/* The portal's own expansion (one event per occurrence, for 31 days) and
 * ours of the combined rule agree, date and time of day. */
static void
test_events_expanded (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_de_events.json");
  g_autoptr(GBytes) combined_body = load_fixture ("augsburg_de_events_combine_recurring.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mit_portal_parse_events (body, "augsburg", &error);
  g_autoptr(GPtrArray) combined = mit_portal_parse_events (combined_body, "augsburg", &error);
  g_autoptr(GPtrArray) ours = NULL;
  MitPortalEvent *series;

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, fixture_array_length ("augsburg_de_events.json"));
  series = g_ptr_array_index (combined, 0);
  ours = expand_starts (series->starts, series->ends, series->tzid, FALSE, series->rrule,
                        (const char * const *) series->exdates,
                        "2030-01-01T00:00:00+01:00", "2030-02-01T00:00:00+01:00");
  g_assert_cmpuint (ours->len, ==, events->len);
  for (guint i = 0; i < events->len; i++)
    {
      MitPortalEvent *event = g_ptr_array_index (events, i);
      g_autofree char *theirs = g_date_time_format (event->start, "%Y-%m-%dT%H:%M:%S%z");

      /* Dated copies carry no event id. */
      g_assert_cmpint (event->id, ==, 0);
      g_assert_cmpstr (theirs, ==, g_ptr_array_index (ours, i));
    }
  g_assert_cmpstr (((MitPortalEvent *) g_ptr_array_index (events, 1))->path, ==,
                   "/augsburg/de/events/test-veranstaltung$2030-01-03/");
}

static void
test_events_english (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_en_events.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mit_portal_parse_events (body, "augsburg", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, fixture_array_length ("augsburg_en_events.json"));
  g_assert_cmpstr (((MitPortalEvent *) g_ptr_array_index (events, 0))->title, ==, "Test-Event");
}

/* Sundays at 00:30 in Berlin, which is Saturday 23:30 in UTC. UNTIL
 * 20300330T233000 (UTC) is 00:30 on Sunday 31 March, the night the clocks
 * go forward: that occurrence is the last one. Read as local time, UNTIL
 * would end the series a week early. */
static void
test_recurrence_until_across_midnight (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2030-01-06T00:30:00+01:00", NULL);
  g_autofree char *rrule = NULL;
  g_auto(GStrv) exdates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) starts = NULL;

  mit_portal_convert_recurrence ("DTSTART:20300105T233000\n"
                                 "RRULE:FREQ=WEEKLY;UNTIL=20300330T233000;BYDAY=SU",
                                 start, "Europe/Berlin", FALSE, &rrule, &exdates, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (rrule, "UNTIL=20300330T233000Z"));

  starts = expand_starts ("2030-01-06T00:30:00", "2030-01-06T01:30:00", "Europe/Berlin", FALSE,
                          rrule, NULL, "2030-01-01T00:00:00Z", "2031-01-01T00:00:00Z");
  g_assert_cmpuint (starts->len, ==, 13);
  g_assert_cmpstr (g_ptr_array_index (starts, 0), ==, "2030-01-06T00:30:00+0100");
  g_assert_cmpstr (g_ptr_array_index (starts, starts->len - 1), ==, "2030-03-31T00:30:00+0100");
}

/* The portal writes its "end date" as 23:59:59 UTC. For an event at 00:30
 * on Wednesdays and Thursdays ending Wednesday 30 January, Thursday 31 at
 * 00:30 (23:30 UTC on the 30th) must not be one more occurrence. */
static void
test_recurrence_until_end_date (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2030-01-02T00:30:00+01:00", NULL);
  g_autofree char *rrule = NULL;
  g_auto(GStrv) exdates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) starts = NULL;

  mit_portal_convert_recurrence ("DTSTART:20300101T233000\n"
                                 "RRULE:FREQ=WEEKLY;UNTIL=20300130T235959;BYDAY=WE,TH",
                                 start, "Europe/Berlin", FALSE, &rrule, &exdates, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (rrule, "UNTIL=20300130T225959Z"));

  starts = expand_starts ("2030-01-02T00:30:00", "2030-01-02T01:30:00", "Europe/Berlin", FALSE,
                          rrule, NULL, "2030-01-01T00:00:00Z", "2030-03-01T00:00:00Z");
  g_assert_cmpuint (starts->len, ==, 9);
  g_assert_cmpstr (g_ptr_array_index (starts, starts->len - 1), ==, "2030-01-30T00:30:00+0100");
}

/* The time of day is the local one of event.start, on both sides of the
 * change to summer time; the rule's DTSTART (UTC) would make it 14:00 in
 * summer. An EXDATE the portal computed in UTC still hits the occurrence. */
static void
test_recurrence_across_dst (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2030-03-26T13:00:00+01:00", NULL);
  g_autofree char *rrule = NULL;
  g_auto(GStrv) exdates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) starts = NULL;

  mit_portal_convert_recurrence ("DTSTART:20300326T120000\n"
                                 "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4\n"
                                 "EXDATE:20300409T120000",
                                 start, "Europe/Berlin", FALSE, &rrule, &exdates, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (exdates), ==, 1);
  g_assert_cmpstr (exdates[0], ==, "2030-04-09T13:00:00");

  starts = expand_starts ("2030-03-26T13:00:00", "2030-03-26T15:00:00", "Europe/Berlin", FALSE,
                          rrule, (const char * const *) exdates,
                          "2030-03-01T00:00:00Z", "2030-05-01T00:00:00Z");
  g_assert_cmpuint (starts->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (starts, 0), ==, "2030-03-26T13:00:00+0100");
  g_assert_cmpstr (g_ptr_array_index (starts, 1), ==, "2030-04-02T13:00:00+0200");
  g_assert_cmpstr (g_ptr_array_index (starts, 2), ==, "2030-04-16T13:00:00+0200");
}

static void
test_recurrence_all_day (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2030-01-01T00:00:00+01:00", NULL);
  g_autofree char *rrule = NULL;
  g_auto(GStrv) exdates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) starts = NULL;

  mit_portal_convert_recurrence ("DTSTART:20291231T230000\n"
                                 "RRULE:FREQ=DAILY;UNTIL=20300103T235959\n"
                                 "EXDATE:20300101T230000",
                                 start, "Europe/Berlin", TRUE, &rrule, &exdates, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (rrule, "UNTIL=20300103"));
  g_assert_null (strstr (rrule, "UNTIL=20300103T"));
  /* 23:00 UTC on the 1st is the 2nd in Berlin. */
  g_assert_cmpstr (exdates[0], ==, "2030-01-02");

  starts = expand_starts ("2030-01-01", "2030-01-01", "Europe/Berlin", TRUE, rrule,
                          (const char * const *) exdates,
                          "2029-12-01T00:00:00Z", "2030-02-01T00:00:00Z");
  g_assert_cmpuint (starts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (starts, 0), ==, "2030-01-01");
  g_assert_cmpstr (g_ptr_array_index (starts, 1), ==, "2030-01-03");
}

static void
test_recurrence_none_and_invalid (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2030-01-01T13:00:00+01:00", NULL);
  char *rrule = NULL;
  GStrv exdates = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mit_portal_convert_recurrence (NULL, start, "Europe/Berlin", FALSE,
                                                &rrule, &exdates, &error));
  g_assert_cmpstr (rrule, ==, "");
  g_assert_cmpuint (g_strv_length (exdates), ==, 0);
  g_clear_pointer (&rrule, g_free);
  g_clear_pointer (&exdates, g_strfreev);

  g_assert_false (mit_portal_convert_recurrence ("RRULE:FREQ=SOMETIMES", start, "Europe/Berlin",
                                                 FALSE, &rrule, &exdates, &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE);
  g_assert_null (rrule);
  g_clear_error (&error);

  g_assert_false (mit_portal_convert_recurrence ("RRULE:FREQ=DAILY;UNTIL=soon", start,
                                                 "Europe/Berlin", FALSE, &rrule, &exdates,
                                                 &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "UNTIL=soon"));
}

/* --- Pages ------------------------------------------------------------------------- */

static void
test_pages (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_de_pages.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = mit_portal_parse_pages (body, "augsburg", &error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  MitPortalPage *welcome, *map;

  g_assert_no_error (error);
  g_assert_cmpuint (pages->len, ==, fixture_array_length ("augsburg_de_pages.json"));

  welcome = find_page (pages, "/augsburg/de/willkommen/");
  g_assert_nonnull (welcome);
  g_assert_cmpstr (welcome->title, ==, "Willkommen");
  g_assert_null (welcome->parent_path);
  g_assert_cmpint (welcome->order, ==, 2);
  g_assert_cmpstr (welcome->content_html, ==, "<p>Willkommen in Augsburg</p>");
  g_assert_cmpstr (welcome->last_updated, ==, "2019-08-12T09:57:42.456+02:00");
  g_assert_cmpuint (welcome->translations->len, ==, 3);
  g_assert_cmpstr (((MitPortalTranslation *) g_ptr_array_index (welcome->translations, 0))->language,
                   ==, "ar");
  g_assert_cmpstr (mit_portal_translations_find (welcome->translations, "en")->path, ==,
                   "/augsburg/en/welcome/");

  map = find_page (pages, "/augsburg/de/willkommen/stadtplan/");
  g_assert_nonnull (map);
  g_assert_cmpstr (map->parent_path, ==, "/augsburg/de/willkommen/");
  g_assert_cmpint (map->order, ==, 8);

  g_assert_nonnull (find_page (pages, "/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"));
  g_assert_cmpuint (find_page (pages, "/augsburg/de/willkommen/kontakt-zu-app-team-augsburg/")
                      ->translations->len, ==, 0);

  /* The tree holds: every parent is listed, before its children. */
  for (guint i = 0; i < pages->len; i++)
    {
      MitPortalPage *page = g_ptr_array_index (pages, i);

      if (page->parent_path)
        g_assert_true (g_hash_table_contains (seen, page->parent_path));
      g_assert_false (g_hash_table_contains (seen, page->path));
      g_hash_table_add (seen, page->path);
    }
}

/* --- Broken answers ------------------------------------------------------------------ */

static void
test_truncated (void)
{
  g_autoptr(GBytes) whole = load_fixture ("augsburg_de_pages.json");
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (whole, 0, 300);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = mit_portal_parse_pages (cut, "augsburg", &error);

  g_assert_null (pages);
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "not valid JSON"));
  g_assert_nonnull (strstr (error->message, "line "));
  g_clear_error (&error);

  {
    g_autoptr(GBytes) broken = bytes_from_string ("[\n {\"path\": \"/a/\",\n  \"title\": tru }\n]");
    g_autoptr(GPtrArray) none = mit_portal_parse_pages (broken, "augsburg", &error);

    g_assert_null (none);
    g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED);
    g_assert_nonnull (strstr (error->message, "line 3"));
  }
}

static void
test_html_answer (void)
{
  g_autoptr(GBytes) body = bytes_from_string ("\n<!DOCTYPE html>\n<html><head><title>404</title>"
                                              "</head><body>Not found</body></html>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = mit_portal_parse_pages (body, "nirgendwo", &error);
  g_autoptr(GPtrArray) regions = NULL;

  g_assert_null (pages);
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_UNKNOWN_REGION);
  g_assert_nonnull (strstr (error->message, "“nirgendwo”"));
  g_clear_error (&error);

  regions = mit_portal_parse_regions (body, &error);
  g_assert_null (regions);
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_NOT_JSON);
}

static void
test_other_answers (void)
{
  g_autoptr(GBytes) not_found = load_fixture ("augsburg_non-existing_pages.json");
  g_autoptr(GBytes) object = load_fixture ("regions_augsburg.json");
  g_autoptr(GBytes) empty = bytes_from_string (" \n");
  g_autoptr(GBytes) text = bytes_from_string ("Internal Server Error");
  g_autoptr(GBytes) scalar_items = bytes_from_string ("[{\"path\": \"/a/\"}, 42]");
  g_autoptr(GError) error = NULL;

  g_assert_null (mit_portal_parse_pages (not_found, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_SERVER_MESSAGE);
  g_assert_nonnull (strstr (error->message, "No language matches the given query."));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_pages (object, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_WRONG_TYPE);
  g_assert_nonnull (strstr (error->message, "should be a list"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_events (empty, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_locations (text, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_NOT_JSON);
  g_assert_nonnull (strstr (error->message, "Internal Server Error"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_pages (scalar_items, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_WRONG_TYPE);
  g_assert_nonnull (strstr (error->message, "Item 2 "));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_pages (NULL, "augsburg", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED);
}

/* Optional fields of the wrong type are absent; nothing crashes. */
static void
test_wrong_types (void)
{
  g_autoptr(GBytes) pages_body = bytes_from_string (
    "[{\"path\": \"/r/de/a/\", \"title\": 42, \"order\": \"x\", \"parent\": \"oops\","
    "  \"content\": {\"html\": 1}, \"available_languages\": [1, 2], \"last_updated\": false}]");
  g_autoptr(GBytes) locations_body = bytes_from_string (
    "[{\"title\": [\"T\"], \"location\": {\"id\": \"7\", \"latitude\": \"north\","
    "  \"longitude\": 10.0, \"postcode\": 86150, \"address\": null},"
    "  \"opening_hours\": \"always\", \"barrier_free\": \"yes\", \"email\": [\"a@b.de\"],"
    "  \"category\": 3, \"website\": \"  \", \"temporarily_closed\": \"no\"}]");
  g_autoptr(GBytes) events_body = bytes_from_string (
    "[{\"title\": \"E\", \"event\": {\"id\": true, \"start\": \"2030-05-01T10:00:00+02:00\","
    "  \"end\": 5, \"all_day\": \"no\", \"timezone\": \"Mars/Olympus\"},"
    "  \"location\": [], \"recurrence_rule\": 7}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = mit_portal_parse_pages (pages_body, "r", &error);
  g_autoptr(GPtrArray) locations = NULL;
  g_autoptr(GPtrArray) events = NULL;
  MitPortalPage *page;
  MitPortalLocation *location;
  MitPortalEvent *event;

  g_assert_no_error (error);
  page = g_ptr_array_index (pages, 0);
  g_assert_cmpstr (page->title, ==, "");
  g_assert_cmpint (page->order, ==, 0);
  g_assert_null (page->parent_path);
  g_assert_cmpstr (page->content_html, ==, "");
  g_assert_cmpuint (page->translations->len, ==, 0);
  g_assert_null (page->last_updated);

  locations = mit_portal_parse_locations (locations_body, "r", &error);
  g_assert_no_error (error);
  location = g_ptr_array_index (locations, 0);
  g_assert_cmpint (location->id, ==, 7);
  g_assert_cmpstr (location->name, ==, "");
  g_assert_false (location->has_coordinates);
  g_assert_cmpstr (location->postcode, ==, "86150");
  g_assert_null (location->address);
  g_assert_false (location->has_opening_hours);
  g_assert_cmpint (location->barrier_free, ==, MIT_PORTAL_UNKNOWN);
  g_assert_null (location->email);
  g_assert_null (location->website);
  g_assert_cmpint (location->category_id, ==, 0);
  g_assert_false (location->temporarily_closed);

  events = mit_portal_parse_events (events_body, "r", &error);
  g_assert_no_error (error);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->id, ==, 0);
  g_assert_cmpstr (event->tzid, ==, "Europe/Berlin");
  g_assert_false (event->all_day);
  g_assert_cmpstr (event->starts, ==, "2030-05-01T10:00:00");
  /* No readable end: the start. */
  g_assert_cmpstr (event->ends, ==, "2030-05-01T10:00:00");
  g_assert_cmpstr (event->rrule, ==, "");
  g_assert_cmpint (event->location_id, ==, 0);
}

static void
test_missing_fields (void)
{
  g_autoptr(GBytes) no_path = bytes_from_string ("[{\"path\": \"/r/de/a/\"}, {\"title\": \"Zwei\"}]");
  g_autoptr(GBytes) path_number = bytes_from_string ("[{\"path\": 5, \"title\": \"Fünf\"}]");
  g_autoptr(GBytes) no_start = bytes_from_string (
    "[{\"title\": \"Sommerfest\", \"event\": {\"id\": 3, \"end\": \"2030-07-01T18:00:00+02:00\"}}]");
  g_autoptr(GBytes) bad_start = bytes_from_string (
    "[{\"title\": \"Sommerfest\", \"event\": {\"id\": 3, \"start\": \"bald\"}}]");
  g_autoptr(GBytes) parts_start = bytes_from_string (
    "[{\"title\": \"Sommerfest\", \"event\": {\"start_date\": \"2030-07-01\","
    " \"start_time\": \"16:00:00\", \"timezone\": \"Europe/Berlin\"},"
    " \"location\": {\"id\": 4, \"name\": \"Test-Ort\", \"address\": \"Wolfgangstraße 2\","
    " \"postcode\": \"86153\", \"town\": \"Augsburg\"}}]");
  g_autoptr(GBytes) no_location = bytes_from_string ("[{\"title\": \"Ort\", \"location\": {}}]");
  g_autoptr(GBytes) bad_rule = bytes_from_string (
    "[{\"title\": \"Kurs\", \"event\": {\"id\": 3, \"start\": \"2030-07-01T18:00:00+02:00\"},"
    "  \"recurrence_rule\": \"RRULE:FREQ=OFTEN\"}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  MitPortalEvent *event;

  g_assert_null (mit_portal_parse_pages (no_path, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "Item 2 (“Zwei”)"));
  g_assert_nonnull (strstr (error->message, "“path”"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_pages (path_number, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_WRONG_TYPE);
  g_assert_nonnull (strstr (error->message, "a number"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_events (no_start, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "“Sommerfest”"));
  g_assert_nonnull (strstr (error->message, "event.start"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_events (bad_start, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_locations (no_location, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "location.id"));
  g_clear_error (&error);

  g_assert_null (mit_portal_parse_events (bad_rule, "r", &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“Kurs”"));
  g_assert_nonnull (strstr (error->message, "FREQ=OFTEN"));
  g_clear_error (&error);

  /* start_date and start_time stand in for a missing "start". */
  events = mit_portal_parse_events (parts_start, "r", &error);
  g_assert_no_error (error);
  event = g_ptr_array_index (events, 0);
  assert_date_time (event->start, "2030-07-01T16:00:00+02:00");
  g_assert_cmpstr (event->starts, ==, "2030-07-01T16:00:00");
  g_assert_cmpint (event->location_id, ==, 4);
  g_assert_cmpstr (event->location_name, ==, "Test-Ort");
  g_assert_cmpstr (event->location_address, ==, "Wolfgangstraße 2, 86153 Augsburg");
}

/* All-day events keep dates; an end at the midnight after the last day
 * does not add a day. A region without a slug is refused. */
static void
test_all_day_and_region_slug (void)
{
  g_autoptr(GBytes) body = bytes_from_string (
    "[{\"title\": \"Fest\", \"event\": {\"id\": 8, \"all_day\": true,"
    "  \"start\": \"2030-07-01T00:00:00+02:00\", \"end\": \"2030-07-02T23:59:00+02:00\"}},"
    " {\"title\": \"Markt\", \"event\": {\"id\": 9, \"all_day\": true,"
    "  \"start\": \"2030-07-01T00:00:00+02:00\", \"end\": \"2030-07-03T00:00:00+02:00\"}}]");
  g_autoptr(GBytes) slashes = bytes_from_string ("[{\"name\": \"Ohne\", \"path\": \"//\"}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mit_portal_parse_events (body, "r", &error);
  MitPortalEvent *fest, *markt;

  g_assert_no_error (error);
  fest = g_ptr_array_index (events, 0);
  markt = g_ptr_array_index (events, 1);
  g_assert_true (fest->all_day);
  g_assert_cmpstr (fest->starts, ==, "2030-07-01");
  g_assert_cmpstr (fest->ends, ==, "2030-07-02");
  g_assert_cmpstr (markt->ends, ==, "2030-07-02");
  g_assert_cmpstr (fest->hash, !=, markt->hash);

  g_assert_null (mit_portal_parse_regions (slashes, &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "“Ohne”"));
}

/* --- Hashes ---------------------------------------------------------------------------- */

/* Sets @member of every translation in "available_languages" of @item. */
static void
set_translation_ids (JsonObject *item,
                     gint64      id)
{
  JsonObject *languages = json_object_get_object_member (item, "available_languages");
  g_autoptr(GList) codes = json_object_get_members (languages);

  for (GList *l = codes; l; l = l->next)
    json_object_set_int_member (json_object_get_object_member (languages, l->data), "id", id);
}

static void
test_hash_pages (void)
{
  g_autoptr(GBytes) body = load_fixture ("augsburg_de_pages.json");
  g_autoptr(JsonNode) root = load_fixture_json ("augsburg_de_pages.json");
  JsonArray *array = json_node_get_array (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = mit_portal_parse_pages (body, "augsburg", &error);
  g_autoptr(GPtrArray) again = mit_portal_parse_pages (body, "augsburg", &error);
  g_autoptr(GPtrArray) edited = NULL;
  g_autoptr(GPtrArray) retitled = NULL;
  g_autoptr(GBytes) edited_body = NULL;
  g_autoptr(GBytes) retitled_body = NULL;
  g_autoptr(GHashTable) hashes = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  for (guint i = 0; i < first->len; i++)
    {
      MitPortalPage *a = g_ptr_array_index (first, i);
      MitPortalPage *b = g_ptr_array_index (again, i);
      g_autofree char *recomputed = mit_portal_page_compute_hash (a);

      g_assert_cmpuint (strlen (a->hash), ==, 64);
      g_assert_cmpstr (a->hash, ==, b->hash);
      g_assert_cmpstr (a->hash, ==, recomputed);
      g_hash_table_add (hashes, a->hash);
    }
  /* Different pages, different hashes. */
  g_assert_cmpuint (g_hash_table_size (hashes), ==, first->len);

  /* A save in the portal without a change: new translation ids and a new
   * last_updated, same content. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      json_object_set_int_member (item, "id", 1000 + i);
      json_object_set_string_member (item, "last_updated", "2025-01-01T00:00:00+01:00");
      json_object_set_string_member (item, "modified_gmt", "2024-12-31T23:00:00Z");
      set_translation_ids (item, 5000 + i);
    }
  edited_body = bytes_from_json (root);
  edited = mit_portal_parse_pages (edited_body, "augsburg", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (((MitPortalPage *) g_ptr_array_index (first, i))->hash, ==,
                     ((MitPortalPage *) g_ptr_array_index (edited, i))->hash);

  /* A new title changes that page's hash and no other. */
  json_object_set_string_member (json_array_get_object_element (array, 4), "title", "Stadtpläne");
  retitled_body = bytes_from_json (root);
  retitled = mit_portal_parse_pages (retitled_body, "augsburg", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < first->len; i++)
    {
      const char *before = ((MitPortalPage *) g_ptr_array_index (first, i))->hash;
      const char *after = ((MitPortalPage *) g_ptr_array_index (retitled, i))->hash;

      if (i == 4)
        g_assert_cmpstr (before, !=, after);
      else
        g_assert_cmpstr (before, ==, after);
    }
}

static void
test_hash_locations_events (void)
{
  g_autoptr(JsonNode) locations_root = load_fixture_json ("augsburg_de_locations.json");
  g_autoptr(JsonNode) events_root = load_fixture_json ("augsburg_de_events_combine_recurring.json");
  JsonObject *location = json_array_get_object_element (json_node_get_array (locations_root), 0);
  JsonObject *event = json_array_get_object_element (json_node_get_array (events_root), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) l1 = bytes_from_json (locations_root);
  g_autoptr(GBytes) e1 = bytes_from_json (events_root);
  g_autoptr(GBytes) l2 = NULL, l3 = NULL, e2 = NULL, e3 = NULL;
  g_autoptr(GPtrArray) la = NULL, lb = NULL, lc = NULL, ea = NULL, eb = NULL, ec = NULL;

  /* Only volatile ids change. */
  json_object_set_int_member (location, "id", 99);
  set_translation_ids (location, 77);
  l2 = bytes_from_json (locations_root);
  json_object_set_int_member (event, "id", 98);
  set_translation_ids (event, 76);
  e2 = bytes_from_json (events_root);

  /* A real change: the opening hours of Friday, the event's end date. */
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (
                                     json_array_get_object_element (
                                       json_object_get_array_member (location, "opening_hours"), 4),
                                     "timeSlots"), 0),
                                 "end", "15:00");
  l3 = bytes_from_json (locations_root);
  json_object_set_string_member (event, "recurrence_rule",
                                 "DTSTART:20300101T120000\n"
                                 "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20301201T235959;BYDAY=TU,TH");
  e3 = bytes_from_json (events_root);

  la = mit_portal_parse_locations (l1, "augsburg", &error);
  lb = mit_portal_parse_locations (l2, "augsburg", &error);
  lc = mit_portal_parse_locations (l3, "augsburg", &error);
  ea = mit_portal_parse_events (e1, "augsburg", &error);
  eb = mit_portal_parse_events (e2, "augsburg", &error);
  ec = mit_portal_parse_events (e3, "augsburg", &error);
  g_assert_no_error (error);

#define HASH(array, type) (((type *) g_ptr_array_index (array, 0))->hash)
  g_assert_cmpstr (HASH (la, MitPortalLocation), ==, HASH (lb, MitPortalLocation));
  g_assert_cmpstr (HASH (la, MitPortalLocation), !=, HASH (lc, MitPortalLocation));
  g_assert_cmpstr (HASH (ea, MitPortalEvent), ==, HASH (eb, MitPortalEvent));
  g_assert_cmpstr (HASH (ea, MitPortalEvent), !=, HASH (ec, MitPortalEvent));
#undef HASH
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/portal-parse/regions", test_regions);
  g_test_add_func ("/portal-parse/region", test_region);
  g_test_add_func ("/portal-parse/languages", test_languages);
  g_test_add_func ("/portal-parse/locations", test_locations);
  g_test_add_func ("/portal-parse/events/combined", test_events_combined);
  g_test_add_func ("/portal-parse/events/expanded", test_events_expanded);
  g_test_add_func ("/portal-parse/events/english", test_events_english);
  g_test_add_func ("/portal-parse/recurrence/until-across-midnight",
                   test_recurrence_until_across_midnight);
  g_test_add_func ("/portal-parse/recurrence/until-end-date", test_recurrence_until_end_date);
  g_test_add_func ("/portal-parse/recurrence/across-dst", test_recurrence_across_dst);
  g_test_add_func ("/portal-parse/recurrence/all-day", test_recurrence_all_day);
  g_test_add_func ("/portal-parse/recurrence/none-and-invalid", test_recurrence_none_and_invalid);
  g_test_add_func ("/portal-parse/pages", test_pages);
  g_test_add_func ("/portal-parse/errors/truncated", test_truncated);
  g_test_add_func ("/portal-parse/errors/html", test_html_answer);
  g_test_add_func ("/portal-parse/errors/other", test_other_answers);
  g_test_add_func ("/portal-parse/errors/wrong-types", test_wrong_types);
  g_test_add_func ("/portal-parse/errors/missing-fields", test_missing_fields);
  g_test_add_func ("/portal-parse/errors/all-day-and-slug", test_all_day_and_region_slug);
  g_test_add_func ("/portal-parse/hash/pages", test_hash_pages);
  g_test_add_func ("/portal-parse/hash/locations-events", test_hash_locations_events);

  return g_test_run ();
}
