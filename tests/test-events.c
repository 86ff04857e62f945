/* test-events.c: events, recurrence, planning tasks, registrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-store-private.h"
#include "mit-recurrence.h"
#include "mit-test-util.h"

/* ---- helpers -------------------------------------------------------------- */

static gint64
unix_of (const char *iso_utc)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso_utc, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

/* "YYYY-MM-DDTHH:MM" of @t in @tzid. */
static char *
local_text (gint64      t,
            const char *tzid)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%dT%H:%M");
}

static char *
utc_text (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%MZ");
}

static GArray *
expand (const char         *starts,
        const char         *ends,
        gboolean            all_day,
        const char         *rrule,
        const char * const *exdates,
        const char         *from,
        const char         *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitRecurrence) recurrence = NULL;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));

  recurrence = mit_recurrence_new (starts, ends, "Europe/Berlin", all_day, rrule, exdates, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recurrence);
  mit_recurrence_expand (recurrence, 1, unix_of (from), unix_of (to), 0, out);
  return out;
}

static void
assert_local_starts (GArray             *occurrences,
                     const char * const *expected)
{
  guint n = g_strv_length ((char **)expected);

  for (guint i = 0; i < MIN (n, occurrences->len); i++)
    {
      g_autofree char *text = local_text (g_array_index (occurrences, MitOccurrence, i).start,
                                          "Europe/Berlin");

      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_cmpuint (occurrences->len, ==, n);
}

static MitEvent *
add_event (MitStore   *store,
           const char *title,
           const char *starts,
           const char *ends,
           const char *rrule)
{
  g_autoptr(GError) error = NULL;
  MitEvent *event = mit_event_new ();

  mit_event_set_title (event, title);
  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_rrule (event, rrule);
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_event_get_id (event), >, 0);
  return event;
}

static MitActor *
add_actor (MitStore   *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  MitActor *actor = mit_actor_new ();

  mit_actor_set_name (actor, name);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  return actor;
}

static MitPerson *
add_person (MitStore   *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  MitPerson *person = mit_person_new ();

  mit_person_set_name (person, name);
  g_assert_true (mit_store_save_person (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static MitRegistration *
add_registration (MitStore   *store,
                  gint64      event_id,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  MitRegistration *registration = mit_registration_new (event_id);

  mit_registration_set_name (registration, name);
  mit_registration_set_contact (registration, "kontakt@example.org");
  g_assert_true (mit_store_save_registration (store, registration, &error));
  g_assert_no_error (error);
  return registration;
}

static MitRegistrationStatus
status_of (MitStore *store,
           gint64    id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitRegistration) registration = mit_store_load_registration (store, id, &error);

  g_assert_no_error (error);
  return mit_registration_get_status (registration);
}

static guint
count_rows (MitStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (_mit_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* ---- the record ----------------------------------------------------------------- */

static void
test_event_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-roundtrip.db");
  g_autoptr(MitEvent) event = mit_event_new ();
  g_autoptr(MitEvent) loaded = NULL;
  g_autoptr(MitEvent) by_uid = NULL;
  g_autoptr(MitActor) venue = add_actor (store, "Bürgerhaus Lindenbrunn");
  g_autoptr(MitActor) organiser = add_actor (store, "Brückenschlag e.V.");
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;
  const char *languages[] = { "de", "tr", NULL };
  const char *exdates[] = { "2026-04-07T18:00", "2026-05-05", NULL };
  gint64 organisers[2];
  gint64 group_id;
  gint64 change;
  guint n;

  mit_target_group_set_name (group, "Jugendliche");
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  group_id = mit_target_group_get_id (group);
  organisers[0] = mit_actor_get_id (organiser);
  organisers[1] = mit_actor_get_id (venue);

  mit_event_set_title (event, "  Sprachcafé  ");
  mit_event_set_kind (event, MIT_EVENT_KIND_WORKSHOP);
  mit_event_set_description (event, "Deutsch üben bei Kaffee und Kuchen");
  mit_event_set_starts (event, "2026-03-17T18:00");
  mit_event_set_ends (event, "2026-03-17 20:00:00");
  mit_event_set_rrule (event, "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229");
  mit_event_set_exdates (event, exdates);
  mit_event_set_venue_id (event, mit_actor_get_id (venue));
  mit_event_set_organisers (event, organisers, 2);
  mit_event_set_target_groups (event, &group_id, 1);
  mit_event_set_languages (event, languages);
  mit_event_set_capacity (event, 20);
  mit_event_set_status (event, MIT_EVENT_CONFIRMED);
  mit_event_set_notes (event, "Protokoll folgt");
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_event_get_id (event), >, 0);
  g_assert_nonnull (mit_event_get_uid (event));

  /* Written back in the stored form. */
  g_assert_cmpstr (mit_event_get_starts (event), ==, "2026-03-17T18:00:00");
  g_assert_cmpstr (mit_event_get_ends (event), ==, "2026-03-17T20:00:00");
  /* A date UNTIL of a timed event is the end of that day, in UTC. */
  g_assert_cmpstr (mit_event_get_rrule (event), ==, "FREQ=WEEKLY;UNTIL=20261229T225959Z;BYDAY=TU");
  g_assert_cmpstr (mit_event_get_exdates (event)[0], ==, "2026-04-07T18:00:00");
  /* A date alone becomes the occurrence of that day. */
  g_assert_cmpstr (mit_event_get_exdates (event)[1], ==, "2026-05-05T18:00:00");

  loaded = mit_store_load_event (store, mit_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_true (mit_event_equal_content (event, loaded));
  g_assert_cmpstr (mit_event_get_title (loaded), ==, "Sprachcafé");
  g_assert_cmpstr (mit_event_get_tzid (loaded), ==, "Europe/Berlin");
  g_assert_cmpint (mit_event_get_capacity (loaded), ==, 20);
  g_assert_true (mit_event_has_organiser (loaded, organisers[0]));
  g_assert_true (mit_event_has_target_group (loaded, group_id));
  mit_event_get_organisers (loaded, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (mit_event_get_uid (loaded), ==, mit_event_get_uid (event));

  by_uid = mit_store_load_event_by_uid (store, mit_event_get_uid (event), &error);
  g_assert_no_error (error);
  g_assert_nonnull (by_uid);
  g_assert_cmpint (mit_event_get_id (by_uid), ==, mit_event_get_id (event));
  g_assert_null (mit_store_load_event_by_uid (store, "no-such-uid", &error));
  g_assert_no_error (error);

  /* Saving the same values writes nothing. */
  change = mit_store_get_last_change (store);
  g_assert_true (mit_store_save_event (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);

  /* Deleting the organiser takes it off the event. */
  g_assert_cmpint (mit_store_delete_actor (store, organisers[0], &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_event (store, mit_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_false (mit_event_has_organiser (loaded, organisers[0]));
  g_assert_true (mit_event_has_organiser (loaded, organisers[1]));
  g_assert_cmpuint (mit_store_count_events (store), ==, 1);
}

static void
assert_invalid (MitStore   *store,
                MitEvent   *event,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (mit_store_save_event (store, event, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_event_invalid (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-invalid.db");
  g_autoptr(MitEvent) event = mit_event_new ();
  g_autoptr(GError) error = NULL;
  gint64 no_group = 4711;

  assert_invalid (store, event, "title");
  mit_event_set_title (event, "Netzwerktreffen");
  assert_invalid (store, event, "start");
  mit_event_set_starts (event, "2026-02-30T10:00");
  assert_invalid (store, event, "2026-02-30T10:00");
  mit_event_set_starts (event, "2026-02-10T10:00");
  mit_event_set_ends (event, "2026-02-10T09:00");
  assert_invalid (store, event, "before it starts");
  mit_event_set_ends (event, "2026-02-10T12:00");
  mit_event_set_rrule (event, "FREQ=SOMETIMES");
  assert_invalid (store, event, "FREQ=SOMETIMES");
  mit_event_set_rrule (event, "FREQ=MONTHLY;BYDAY=2TU");
  mit_event_set_tzid (event, "Mars/Olympus_Mons");
  assert_invalid (store, event, "Mars/Olympus_Mons");
  mit_event_set_tzid (event, NULL);
  mit_event_set_kind (event, "picnic");
  assert_invalid (store, event, "picnic");
  mit_event_set_kind (event, MIT_EVENT_KIND_NETWORK_MEETING);
  mit_event_set_exdates (event, (const char *[]) { "someday", NULL });
  assert_invalid (store, event, "someday");
  mit_event_set_exdates (event, NULL);
  mit_event_set_target_groups (event, &no_group, 1);
  g_assert_false (mit_store_save_event (store, event, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mit_event_set_target_groups (event, NULL, 0);
  g_assert_cmpuint (mit_store_count_events (store), ==, 0);

  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_events (store), ==, 1);
}

/* ---- recurrence ---------------------------------------------------------------- */

/* A weekly event at 18:00 stays at 18:00 local time across both changes
 * of Europe/Berlin in 2026 (29 March, 25 October); its UTC time moves. */
static void
test_recurrence_dst (void)
{
  g_autoptr(GArray) weekly = expand ("2026-03-17T18:00", "2026-03-17T20:00", FALSE,
                                     "FREQ=WEEKLY;BYDAY=TU", NULL,
                                     "2026-03-01T00:00:00Z", "2026-11-15T00:00:00Z");
  g_autoptr(GArray) daily = expand ("2026-10-23T18:00", "2026-10-23T19:30", FALSE,
                                    "FREQ=DAILY;COUNT=4", NULL,
                                    "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z");
  g_autoptr(GArray) spring = expand ("2026-03-27T09:00", "2026-03-27T10:00", FALSE,
                                     "FREQ=DAILY;COUNT=4", NULL,
                                     "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  const char * const daily_utc[] = { "2026-10-23T16:00Z", "2026-10-24T16:00Z",
                                     "2026-10-25T17:00Z", "2026-10-26T17:00Z" };
  const char * const spring_utc[] = { "2026-03-27T08:00Z", "2026-03-28T08:00Z",
                                      "2026-03-29T07:00Z", "2026-03-30T07:00Z" };

  /* 17 March to 10 November: 35 Tuesdays. */
  g_assert_cmpuint (weekly->len, ==, 35);
  for (guint i = 0; i < weekly->len; i++)
    {
      MitOccurrence *o = &g_array_index (weekly, MitOccurrence, i);
      g_autofree char *local = local_text (o->start, "Europe/Berlin");
      g_autofree char *utc = utc_text (o->start);
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (o, "Europe/Berlin");

      g_assert_true (g_str_has_suffix (local, "T18:00"));
      g_assert_cmpint (g_date_time_get_hour (start), ==, 18);
      g_assert_cmpint (g_date_time_get_day_of_week (start), ==, 2);
      g_assert_cmpint (o->end - o->start, ==, 2 * 3600);
      g_assert_false (o->all_day);
      /* Winter time is UTC+1, summer time UTC+2. */
      if (o->start < unix_of ("2026-03-29T01:00:00Z") || o->start >= unix_of ("2026-10-25T01:00:00Z"))
        g_assert_true (g_str_has_suffix (utc, "T17:00Z"));
      else
        g_assert_true (g_str_has_suffix (utc, "T16:00Z"));
      if (i > 0)
        g_assert_cmpint (o->start, >, g_array_index (weekly, MitOccurrence, i - 1).start);
    }
  /* The last Tuesday before and the first after each change. */
  {
    g_autofree char *a = utc_text (g_array_index (weekly, MitOccurrence, 1).start);
    g_autofree char *b = utc_text (g_array_index (weekly, MitOccurrence, 2).start);
    g_autofree char *c = utc_text (g_array_index (weekly, MitOccurrence, 31).start);
    g_autofree char *d = utc_text (g_array_index (weekly, MitOccurrence, 32).start);

    g_assert_cmpstr (a, ==, "2026-03-24T17:00Z");
    g_assert_cmpstr (b, ==, "2026-03-31T16:00Z");
    g_assert_cmpstr (c, ==, "2026-10-20T16:00Z");
    g_assert_cmpstr (d, ==, "2026-10-27T17:00Z");
  }

  /* Daily over the change days: 25 hours and 23 hours between two days. */
  g_assert_cmpuint (daily->len, ==, 4);
  g_assert_cmpuint (spring->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *a = utc_text (g_array_index (daily, MitOccurrence, i).start);
      g_autofree char *b = utc_text (g_array_index (spring, MitOccurrence, i).start);

      g_assert_cmpstr (a, ==, daily_utc[i]);
      g_assert_cmpstr (b, ==, spring_utc[i]);
    }
  g_assert_cmpint (g_array_index (daily, MitOccurrence, 2).start
                   - g_array_index (daily, MitOccurrence, 1).start, ==, 25 * 3600);
  g_assert_cmpint (g_array_index (spring, MitOccurrence, 2).start
                   - g_array_index (spring, MitOccurrence, 1).start, ==, 23 * 3600);
}

static void
test_recurrence_rules (void)
{
  const char * const second_tuesdays[] = {
    "2026-04-14T18:00", "2026-05-12T18:00", "2026-06-09T18:00", "2026-07-14T18:00", NULL
  };
  const char * const yearly[] = {
    "2026-07-20T09:00", "2027-07-20T09:00", "2028-07-20T09:00", NULL
  };
  const char * const until[] = {
    "2026-09-01T10:00", "2026-09-15T10:00", "2026-09-29T10:00", NULL
  };
  const char * const excluded[] = {
    "2026-12-01T18:00", "2026-12-15T18:00", NULL
  };
  const char * const exdates[] = { "2026-12-08T18:00:00", "2026-12-22", NULL };
  g_autoptr(GArray) monthly = expand ("2026-04-14T18:00", "2026-04-14T20:00", FALSE,
                                      "FREQ=MONTHLY;BYDAY=2TU", NULL,
                                      "2026-04-01T00:00:00Z", "2026-08-01T00:00:00Z");
  g_autoptr(GArray) year = expand ("2026-07-20T09:00", "2026-07-21T17:00", FALSE,
                                   "FREQ=YEARLY;COUNT=3", NULL,
                                   "2020-01-01T00:00:00Z", "2040-01-01T00:00:00Z");
  g_autoptr(GArray) fortnight = expand ("2026-09-01T10:00", "2026-09-01T11:00", FALSE,
                                        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20260929T080000Z", NULL,
                                        "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
  g_autoptr(GArray) without = expand ("2026-12-01T18:00", "2026-12-01T19:00", FALSE,
                                      "FREQ=WEEKLY", exdates,
                                      "2026-11-30T00:00:00Z", "2026-12-28T00:00:00Z");
  g_autoptr(GArray) festival = expand ("2026-06-20", "2026-06-21", TRUE,
                                       "FREQ=YEARLY;UNTIL=20280101", NULL,
                                       "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
  g_autoptr(MitRecurrence) counted = NULL;
  g_autoptr(MitRecurrence) endless = NULL;
  gint64 first, last;

  assert_local_starts (monthly, second_tuesdays);
  assert_local_starts (year, yearly);
  assert_local_starts (fortnight, until);
  assert_local_starts (without, excluded);

  /* All-day: dates, from local midnight to the midnight after the last day. */
  g_assert_cmpuint (festival->len, ==, 2);
  for (guint i = 0; i < festival->len; i++)
    {
      MitOccurrence *o = &g_array_index (festival, MitOccurrence, i);
      g_autofree char *start = local_text (o->start, "Europe/Berlin");
      g_autofree char *end = local_text (o->end, "Europe/Berlin");

      g_assert_true (o->all_day);
      g_assert_cmpstr (start, ==, i == 0 ? "2026-06-20T00:00" : "2027-06-20T00:00");
      g_assert_cmpstr (end, ==, i == 0 ? "2026-06-22T00:00" : "2027-06-22T00:00");
    }

  /* Bounds: a counted rule ends, one without COUNT or UNTIL does not. */
  counted = mit_recurrence_new ("2026-07-20T09:00", "2026-07-21T17:00", "Europe/Berlin", FALSE,
                                "FREQ=YEARLY;COUNT=3", NULL, NULL);
  mit_recurrence_get_bounds (counted, &first, &last);
  g_assert_cmpint (first, ==, unix_of ("2026-07-20T07:00:00Z"));
  g_assert_cmpint (last, ==, unix_of ("2028-07-21T15:00:00Z"));
  endless = mit_recurrence_new ("2026-07-20T09:00", NULL, "Europe/Berlin", FALSE,
                                "FREQ=DAILY", NULL, NULL);
  mit_recurrence_get_bounds (endless, &first, &last);
  g_assert_cmpint (last, ==, MIT_RECURRENCE_FOREVER);
}

/* Expanding a range far from the first occurrence (where libical is told
 * to start late) gives the same as expanding everything and cutting. */
static void
test_recurrence_late_range (void)
{
  const char * const rules[] = {
    "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=WEEKLY;INTERVAL=3", "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=DAILY;INTERVAL=5", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  };

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    {
      g_autoptr(GArray) all = expand ("2025-01-02T19:30", "2025-01-02T21:00", FALSE, rules[r], NULL,
                                      "2025-01-01T00:00:00Z", "2031-01-01T00:00:00Z");
      g_autoptr(GArray) late = expand ("2025-01-02T19:30", "2025-01-02T21:00", FALSE, rules[r], NULL,
                                       "2029-03-01T00:00:00Z", "2029-09-01T00:00:00Z");
      guint j = 0;

      g_assert_cmpuint (late->len, >, 0);
      for (guint i = 0; i < all->len; i++)
        {
          MitOccurrence *o = &g_array_index (all, MitOccurrence, i);

          if (o->end <= unix_of ("2029-03-01T00:00:00Z") || o->start >= unix_of ("2029-09-01T00:00:00Z"))
            continue;
          g_assert_cmpuint (j, <, late->len);
          g_assert_cmpint (g_array_index (late, MitOccurrence, j).start, ==, o->start);
          j++;
        }
      g_assert_cmpuint (j, ==, late->len);
    }
}


/* Weekly and daily rules are counted by mit-recurrence.c itself, the rest
 * by libical: both give the same occurrences for every simple rule, start
 * (also one on a day the rule does not name, over the changes of summer
 * time, all-day, with COUNT, UNTIL and excluded dates) and range. */
static void
test_recurrence_simple_matches_libical (void)
{
  const char * const rules[] = {
    "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=WEEKLY;BYDAY=SU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,SA,SU",
    "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=40", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630",
    "FREQ=WEEKLY;INTERVAL=2;COUNT=7", "FREQ=WEEKLY;BYDAY=TU,SU;WKST=SU",
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;COUNT=10", "FREQ=DAILY;UNTIL=20260402",
    "FREQ=WEEKLY;BYDAY=WE", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=9",
  };
  const char * const starts[] = {
    "2026-03-24T18:00", "2026-03-28T02:30", "2026-10-21T09:00", "2025-12-29T23:30", "2026-03-25",
  };
  const char * const ranges[][2] = {
    { "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z" },
    { "2026-03-27T00:00:00Z", "2026-04-06T00:00:00Z" },
    { "2026-10-20T12:00:00Z", "2026-11-03T00:00:00Z" },
    { "2027-06-01T00:00:00Z", "2027-07-03T00:00:00Z" },
  };
  const char * const exdates[] = { "2026-04-01", "2026-10-24T09:00:00", NULL };
  guint n_compared = 0, n_simple_rules = 0;

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
      for (guint g = 0; g < G_N_ELEMENTS (ranges); g++)
        for (guint x = 0; x < 2; x++)
          {
            gboolean all_day = strlen (starts[s]) == 10;
            g_autoptr(GArray) own = NULL;
            g_autoptr(GArray) libical = NULL;
            g_autoptr(GError) error = NULL;
            g_autofree char *end = g_strdup (starts[s]);
            g_autoptr(MitRecurrence) recurrence = NULL;
            guint max = x == 0 ? 0 : 3;

            /* Timed events last 90 minutes. */
            if (!all_day)
              {
                g_autoptr(GDateTime) dt = NULL;
                g_autofree char *iso = g_strconcat (starts[s], ":00", NULL);
                g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
                g_autoptr(GDateTime) later = NULL;

                dt = g_date_time_new_from_iso8601 (iso, zone);
                later = g_date_time_add_minutes (dt, 90);
                g_free (end);
                end = g_date_time_format (later, "%Y-%m-%dT%H:%M");
              }
            recurrence = mit_recurrence_new (starts[s], end, "Europe/Berlin", all_day, rules[r],
                                             x == 0 ? NULL : exdates, &error);
            g_assert_no_error (error);
            /* Two ways of counting are compared: at 18:00 every rule is
             * counted without libical, at night each is left to libical. */
            if (s == 0)
              g_assert_true (_mit_recurrence_counts_itself (recurrence));
            if (s == 1)
              g_assert_false (_mit_recurrence_counts_itself (recurrence));
            own = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
            libical = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
            mit_recurrence_expand (recurrence, 1, unix_of (ranges[g][0]), unix_of (ranges[g][1]),
                                   max, own);
            _mit_recurrence_set_force_libical (TRUE);
            mit_recurrence_expand (recurrence, 1, unix_of (ranges[g][0]), unix_of (ranges[g][1]),
                                   max, libical);
            _mit_recurrence_set_force_libical (FALSE);

            if (g_test_verbose () && own->len != libical->len)
              g_printerr ("%s from %s in %s: %u, libical %u\n", rules[r], starts[s], ranges[g][0],
                          own->len, libical->len);
            g_assert_cmpuint (own->len, ==, libical->len);
            for (guint i = 0; i < own->len; i++)
              {
                MitOccurrence *a = &g_array_index (own, MitOccurrence, i);
                MitOccurrence *b = &g_array_index (libical, MitOccurrence, i);

                g_assert_cmpint (a->start, ==, b->start);
                g_assert_cmpint (a->end, ==, b->end);
                g_assert_cmpint (a->all_day, ==, b->all_day);
              }
            n_compared += own->len;
            if (r == 0 && s == 0 && g == 0 && x == 0)
              n_simple_rules = own->len;
          }
  /* The comparison saw occurrences, not only empty ranges. */
  g_assert_cmpuint (n_simple_rules, ==, 93);
  g_assert_cmpuint (n_compared, >, 3000);
}

/* ---- finding occurrences ----------------------------------------------------------- */

static void
test_find_range (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-range.db");
  g_autoptr(MitActor) organiser = add_actor (store, "Stabsstelle Integration");
  g_autoptr(MitEvent) cafe = add_event (store, "Sprachcafé", "2026-01-06T18:00", "2026-01-06T20:00",
                                        "FREQ=WEEKLY;BYDAY=TU");
  g_autoptr(MitEvent) meeting = add_event (store, "Netzwerktreffen Integration", "2026-01-14T16:00",
                                           "2026-01-14T18:00", "FREQ=MONTHLY;BYDAY=2WE");
  g_autoptr(MitEvent) workshop = add_event (store, "Mehrsprachigkeit in Kitas", "2026-03-12T09:00",
                                            "2026-03-12T13:00", "");
  g_autoptr(MitEvent) festival = add_event (store, "Fest der Kulturen", "2026-03-21", "2026-03-22", "");
  g_autoptr(MitEvent) old = add_event (store, "Jugendveranstaltung", "2025-02-15T14:00",
                                       "2025-02-15T18:00", "");
  g_autoptr(GArray) march = NULL;
  g_autoptr(GArray) next = NULL;
  g_autoptr(GArray) past = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  MitEventFilter filter;
  gint64 organiser_id = mit_actor_get_id (organiser);
  guint n_cafe = 0, n_meeting = 0;

  mit_event_set_all_day (festival, TRUE);
  mit_event_set_starts (festival, "2026-03-21");
  mit_event_set_ends (festival, "2026-03-22");
  g_assert_true (mit_store_save_event (store, festival, &error));
  g_assert_no_error (error);
  mit_event_set_organisers (meeting, &organiser_id, 1);
  mit_event_set_status (meeting, MIT_EVENT_CONFIRMED);
  g_assert_true (mit_store_save_event (store, meeting, &error));
  g_assert_no_error (error);
  mit_event_set_status (workshop, MIT_EVENT_CANCELLED);
  g_assert_true (mit_store_save_event (store, workshop, &error));
  g_assert_no_error (error);

  /* March 2026 in local time. */
  march = mit_store_find_occurrences (store, unix_of ("2026-02-28T23:00:00Z"),
                                      unix_of ("2026-03-31T22:00:00Z"), NULL, &error);
  g_assert_no_error (error);
  /* Five Tuesdays, one second Wednesday, the workshop and the festival. */
  g_assert_cmpuint (march->len, ==, 8);
  for (guint i = 0; i < march->len; i++)
    {
      MitOccurrence *o = &g_array_index (march, MitOccurrence, i);

      if (i > 0)
        g_assert_cmpint (o->start, >=, g_array_index (march, MitOccurrence, i - 1).start);
      n_cafe += o->event_id == mit_event_get_id (cafe);
      n_meeting += o->event_id == mit_event_get_id (meeting);
      g_assert_cmpint (o->event_id, !=, mit_event_get_id (old));
      if (o->event_id == mit_event_get_id (festival))
        {
          g_assert_true (o->all_day);
          g_assert_cmpint (o->start, ==, unix_of ("2026-03-20T23:00:00Z"));
        }
    }
  g_assert_cmpuint (n_cafe, ==, 5);
  g_assert_cmpuint (n_meeting, ==, 1);
  g_clear_pointer (&march, g_array_unref);

  /* Filters. */
  mit_event_filter_init (&filter);
  filter.organiser_id = organiser_id;
  march = mit_store_find_occurrences (store, unix_of ("2026-02-28T23:00:00Z"),
                                      unix_of ("2026-03-31T22:00:00Z"), &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 1);
  g_assert_cmpint (g_array_index (march, MitOccurrence, 0).event_id, ==, mit_event_get_id (meeting));
  g_clear_pointer (&march, g_array_unref);
  mit_event_filter_init (&filter);
  filter.include_cancelled = FALSE;
  march = mit_store_find_occurrences (store, unix_of ("2026-02-28T23:00:00Z"),
                                      unix_of ("2026-03-31T22:00:00Z"), &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 7);
  mit_event_filter_init (&filter);
  filter.status = MIT_EVENT_CANCELLED;
  ids = mit_store_find_event_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_event_get_id (workshop));
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_event_ids (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_event_get_id (old));

  /* The agenda: the next ten from 1 March, in order. */
  next = mit_store_find_next_occurrences (store, unix_of ("2026-03-01T00:00:00Z"), 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (next->len, ==, 10);
  g_assert_cmpint (g_array_index (next, MitOccurrence, 0).start, ==, unix_of ("2026-03-03T17:00:00Z"));
  for (guint i = 1; i < next->len; i++)
    g_assert_cmpint (g_array_index (next, MitOccurrence, i).start, >=,
                     g_array_index (next, MitOccurrence, i - 1).start);
  /* Far ahead only the recurring ones are left. */
  g_clear_pointer (&next, g_array_unref);
  next = mit_store_find_next_occurrences (store, unix_of ("2030-01-01T00:00:00Z"), 50, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (next->len, ==, 50);

  /* An edit is seen by the next query (the store keeps expansions). */
  mit_event_add_exdate (cafe, "2026-03-10");
  g_assert_true (mit_store_save_event (store, cafe, &error));
  g_assert_no_error (error);
  g_clear_pointer (&march, g_array_unref);
  mit_event_filter_init (&filter);
  march = mit_store_find_occurrences (store, unix_of ("2026-02-28T23:00:00Z"),
                                      unix_of ("2026-03-31T22:00:00Z"), &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 7);
  for (guint i = 0; i < march->len; i++)
    g_assert_cmpint (g_array_index (march, MitOccurrence, i).start, !=, unix_of ("2026-03-10T17:00:00Z"));

  /* Past: latest first, reaching back to the old one. */
  past = mit_store_find_past_occurrences (store, unix_of ("2026-01-10T00:00:00Z"), 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, ==, 2);
  g_assert_cmpint (g_array_index (past, MitOccurrence, 0).event_id, ==, mit_event_get_id (cafe));
  g_assert_cmpint (g_array_index (past, MitOccurrence, 1).event_id, ==, mit_event_get_id (old));
}

/* ---- registrations and the waiting list ----------------------------------------------- */

static void
test_waiting_list (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-waiting.db");
  g_autoptr(MitEvent) event = add_event (store, "Mehrsprachigkeit in Kitas", "2026-03-12T09:00",
                                         "2026-03-12T13:00", "");
  g_autoptr(MitRegistration) a = NULL;
  g_autoptr(MitRegistration) b = NULL;
  g_autoptr(MitRegistration) c = NULL;
  g_autoptr(MitRegistration) d = NULL;
  g_autoptr(MitRegistration) e = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 event_id = mit_event_get_id (event);
  guint taken, waiting;
  gint64 change;

  mit_event_set_capacity (event, 2);
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);

  a = add_registration (store, event_id, "Ayşe Demir");
  b = add_registration (store, event_id, "Bernd Maier");
  c = add_registration (store, event_id, "Chiara Rossi");
  d = add_registration (store, event_id, "Dawit Tesfaye");
  g_assert_cmpint (mit_registration_get_status (a), ==, MIT_REGISTRATION_REGISTERED);
  g_assert_cmpint (mit_registration_get_status (b), ==, MIT_REGISTRATION_REGISTERED);
  g_assert_cmpint (mit_registration_get_status (c), ==, MIT_REGISTRATION_WAITING);
  g_assert_cmpint (mit_registration_get_status (d), ==, MIT_REGISTRATION_WAITING);
  g_assert_cmpint (mit_registration_get_position (d), ==, 4);
  mit_store_count_registrations (store, event_id, &taken, &waiting);
  g_assert_cmpuint (taken, ==, 2);
  g_assert_cmpuint (waiting, ==, 2);

  /* Ayşe cancels: Chiara, the first waiting, moves up in the same change. */
  change = mit_store_set_registration_status (store, mit_registration_get_id (a),
                                              MIT_REGISTRATION_CANCELLED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpint (status_of (store, mit_registration_get_id (a)), ==, MIT_REGISTRATION_CANCELLED);
  g_assert_cmpint (status_of (store, mit_registration_get_id (c)), ==, MIT_REGISTRATION_REGISTERED);
  g_assert_cmpint (status_of (store, mit_registration_get_id (d)), ==, MIT_REGISTRATION_WAITING);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);

  /* Asking for a place again when it is full means waiting. */
  g_assert_cmpint (mit_store_set_registration_status (store, mit_registration_get_id (a),
                                                      MIT_REGISTRATION_REGISTERED, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, mit_registration_get_id (a)), ==, MIT_REGISTRATION_WAITING);

  /* Attendance on the day keeps the place; a deleted registration frees it. */
  g_assert_cmpint (mit_store_set_registration_status (store, mit_registration_get_id (b),
                                                      MIT_REGISTRATION_ATTENDED, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, mit_registration_get_id (d)), ==, MIT_REGISTRATION_WAITING);
  g_assert_cmpint (mit_store_delete_registration (store, mit_registration_get_id (c), &error), >, 0);
  g_assert_no_error (error);
  /* Dawit waited longer than Ayşe's second try. */
  g_assert_cmpint (status_of (store, mit_registration_get_id (d)), ==, MIT_REGISTRATION_REGISTERED);
  g_assert_cmpint (status_of (store, mit_registration_get_id (a)), ==, MIT_REGISTRATION_WAITING);

  /* A larger room: the waiting list moves up. */
  mit_event_set_capacity (event, 3);
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, mit_registration_get_id (a)), ==, MIT_REGISTRATION_REGISTERED);

  /* Without a limit nobody waits. */
  mit_event_set_capacity (event, -1);
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  e = add_registration (store, event_id, "Emre Yılmaz");
  g_assert_cmpint (mit_registration_get_status (e), ==, MIT_REGISTRATION_REGISTERED);

  list = mit_store_list_registrations (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  /* Ayşe queued again, so she comes after Dawit now. */
  g_assert_cmpstr (mit_registration_get_name (g_ptr_array_index (list, 0)), ==, "Bernd Maier");
  g_assert_cmpint (mit_registration_get_status (g_ptr_array_index (list, 0)), ==,
                   MIT_REGISTRATION_ATTENDED);
  g_assert_cmpstr (mit_registration_get_name (g_ptr_array_index (list, 1)), ==, "Dawit Tesfaye");
  g_assert_cmpstr (mit_registration_get_name (g_ptr_array_index (list, 2)), ==, "Ayşe Demir");
  g_assert_cmpint (mit_registration_get_position (g_ptr_array_index (list, 2)), ==, 5);

  /* Nameless registrations and unknown events are refused. */
  {
    g_autoptr(MitRegistration) nobody = mit_registration_new (event_id);
    g_autoptr(MitRegistration) lost = mit_registration_new (4711);

    g_assert_false (mit_store_save_registration (store, nobody, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    mit_registration_set_name (lost, "Irgendwer");
    g_assert_false (mit_store_save_registration (store, lost, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  }
}

/* ---- conflicts at the same venue ---------------------------------------------------------- */

static void
test_conflicts (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-conflicts.db");
  g_autoptr(MitActor) hall = add_actor (store, "Bürgerhaus");
  g_autoptr(MitActor) school = add_actor (store, "Grundschule Nord");
  g_autoptr(MitEvent) cafe = add_event (store, "Sprachcafé", "2026-03-03T18:00", "2026-03-03T20:00",
                                        "FREQ=WEEKLY;BYDAY=TU;COUNT=10");
  g_autoptr(MitEvent) talk = mit_event_new ();
  g_autoptr(GArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;

  mit_event_set_venue_id (cafe, mit_actor_get_id (hall));
  g_assert_true (mit_store_save_event (store, cafe, &error));
  g_assert_no_error (error);

  /* Tuesday 24 March, 19:00–21:00 in the same hall: one overlap. */
  mit_event_set_title (talk, "Infoabend Ausbildung");
  mit_event_set_starts (talk, "2026-03-24T19:00");
  mit_event_set_ends (talk, "2026-03-24T21:00");
  mit_event_set_venue_id (talk, mit_actor_get_id (hall));
  conflicts = mit_store_find_event_conflicts (store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (g_array_index (conflicts, MitEventConflict, 0).other_event_id, ==,
                   mit_event_get_id (cafe));
  g_assert_cmpint (g_array_index (conflicts, MitEventConflict, 0).other_start, ==,
                   unix_of ("2026-03-24T17:00:00Z"));
  g_clear_pointer (&conflicts, g_array_unref);

  /* The café checked against the stored talk finds it too. */
  g_assert_true (mit_store_save_event (store, talk, &error));
  g_assert_no_error (error);
  conflicts = mit_store_find_event_conflicts (store, cafe, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpint (g_array_index (conflicts, MitEventConflict, 0).start, ==,
                   unix_of ("2026-03-24T17:00:00Z"));
  g_clear_pointer (&conflicts, g_array_unref);

  /* Another venue: none. */
  mit_event_set_venue_id (talk, mit_actor_get_id (school));
  conflicts = mit_store_find_event_conflicts (store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_array_unref);

  /* Same hall, right after the café (20:00): none. */
  mit_event_set_venue_id (talk, mit_actor_get_id (hall));
  mit_event_set_starts (talk, "2026-03-24T20:00");
  mit_event_set_ends (talk, "2026-03-24T22:00");
  conflicts = mit_store_find_event_conflicts (store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_array_unref);

  /* An excluded Tuesday does not conflict. */
  mit_event_set_starts (talk, "2026-03-31T18:30");
  mit_event_set_ends (talk, "2026-03-31T19:00");
  conflicts = mit_store_find_event_conflicts (store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_clear_pointer (&conflicts, g_array_unref);
  mit_event_add_exdate (cafe, "2026-03-31");
  g_assert_true (mit_store_save_event (store, cafe, &error));
  g_assert_no_error (error);
  conflicts = mit_store_find_event_conflicts (store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_clear_pointer (&conflicts, g_array_unref);

  /* A free address matches the same address, ignoring case and spaces. */
  {
    g_autoptr(MitEvent) picnic = add_event (store, "Picknick", "2026-06-01T12:00", "2026-06-01T15:00", "");
    g_autoptr(MitEvent) games = mit_event_new ();

    mit_event_set_venue_address (picnic, "Stadtpark, Lindenallee 1");
    g_assert_true (mit_store_save_event (store, picnic, &error));
    g_assert_no_error (error);
    mit_event_set_title (games, "Spielefest");
    mit_event_set_starts (games, "2026-06-01T14:00");
    mit_event_set_ends (games, "2026-06-01T18:00");
    mit_event_set_venue_address (games, " stadtpark, lindenallee 1 ");
    conflicts = mit_store_find_event_conflicts (store, games, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (conflicts->len, ==, 1);
    g_clear_pointer (&conflicts, g_array_unref);

    /* A cancelled event frees the place. */
    mit_event_set_status (picnic, MIT_EVENT_CANCELLED);
    g_assert_true (mit_store_save_event (store, picnic, &error));
    g_assert_no_error (error);
    conflicts = mit_store_find_event_conflicts (store, games, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (conflicts->len, ==, 0);
  }
}

/* ---- tasks, and undo of a deleted event --------------------------------------------------- */

static MitEventTask *
add_task (MitStore   *store,
          gint64      event_id,
          const char *title,
          const char *due,
          gint64      owner_id)
{
  g_autoptr(GError) error = NULL;
  MitEventTask *task = mit_event_task_new (event_id);

  mit_event_task_set_title (task, title);
  mit_event_task_set_due (task, due);
  mit_event_task_set_owner_id (task, owner_id);
  g_assert_true (mit_store_save_event_task (store, task, &error));
  g_assert_no_error (error);
  return task;
}

static void
test_tasks (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-tasks.db");
  g_autoptr(MitEvent) event = add_event (store, "Fest der Kulturen", "2026-06-20T14:00",
                                         "2026-06-20T22:00", "");
  g_autoptr(MitPerson) person = add_person (store, "Martina Keller");
  gint64 event_id = mit_event_get_id (event);
  g_autoptr(MitEventTask) room = add_task (store, event_id, "Raum buchen", "2026-04-01",
                                           mit_person_get_id (person));
  g_autoptr(MitEventTask) flyer = add_task (store, event_id, "Flyer drucken", "2026-05-15", 0);
  g_autoptr(MitEventTask) thanks = add_task (store, event_id, "Dankesbriefe", "", 0);
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (mit_event_task_get_owner_name (room), ==, "Martina Keller");
  g_assert_cmpuint (mit_store_count_open_event_tasks (store, event_id), ==, 3);
  mit_event_task_set_done (room, TRUE);
  g_assert_true (mit_store_save_event_task (store, room, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_open_event_tasks (store, event_id), ==, 2);

  /* Open ones by due date, those without a date after, done ones last. */
  tasks = mit_store_list_event_tasks (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 3);
  g_assert_cmpstr (mit_event_task_get_title (g_ptr_array_index (tasks, 0)), ==, "Flyer drucken");
  g_assert_cmpstr (mit_event_task_get_title (g_ptr_array_index (tasks, 1)), ==, "Dankesbriefe");
  g_assert_cmpstr (mit_event_task_get_title (g_ptr_array_index (tasks, 2)), ==, "Raum buchen");
  g_assert_true (mit_event_task_get_done (g_ptr_array_index (tasks, 2)));
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* A bad due date, an empty title. */
  mit_event_task_set_due (flyer, "15.05.2026");
  g_assert_false (mit_store_save_event_task (store, flyer, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_event_task_set_due (flyer, "2026-05-15");
  mit_event_task_set_title (thanks, " ");
  g_assert_false (mit_store_save_event_task (store, thanks, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The owner leaves: the task stays, without an owner. */
  g_assert_cmpint (mit_store_delete_person (store, mit_person_get_id (person), &error), >, 0);
  g_assert_no_error (error);
  tasks = mit_store_list_event_tasks (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_event_task_get_owner_id (g_ptr_array_index (tasks, 2)), ==, 0);
  g_assert_cmpstr (mit_event_task_get_owner_name (g_ptr_array_index (tasks, 2)), ==, "");

  g_assert_cmpint (mit_store_delete_event_task (store, mit_event_task_get_id (flyer), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_open_event_tasks (store, event_id), ==, 1);
}

static void
test_undo_delete (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-undo.db");
  g_autoptr(MitEvent) event = add_event (store, "Netzwerktreffen Integration", "2026-02-11T16:00",
                                         "2026-02-11T18:00", "FREQ=MONTHLY;BYDAY=2WE");
  g_autoptr(MitPerson) person = add_person (store, "Sabine Roth");
  gint64 event_id = mit_event_get_id (event);
  g_autoptr(MitEventTask) task1 = add_task (store, event_id, "Einladung verschicken", "2026-02-01",
                                            mit_person_get_id (person));
  g_autoptr(MitEventTask) task2 = add_task (store, event_id, "Protokoll schreiben", "2026-02-18", 0);
  g_autoptr(MitRegistration) reg1 = add_registration (store, event_id, "Ayşe Demir");
  g_autoptr(MitRegistration) reg2 = add_registration (store, event_id, "Bernd Maier");
  g_autoptr(MitEvent) restored = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) registrations = NULL;
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  mit_event_add_exdate (event, "2026-08-12");
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_set_registration_status (store, mit_registration_get_id (reg2),
                                                      MIT_REGISTRATION_ATTENDED, &error), >, 0);
  g_assert_no_error (error);

  change = mit_store_delete_event (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (mit_store_count_events (store), ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM event_task"), ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM registration"), ==, 0);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);

  restored = mit_store_load_event (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_true (mit_event_equal_content (event, restored));
  g_assert_cmpstr (mit_event_get_uid (restored), ==, mit_event_get_uid (event));
  tasks = mit_store_list_event_tasks (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 2);
  g_assert_cmpstr (mit_event_task_get_owner_name (g_ptr_array_index (tasks, 0)), ==, "Sabine Roth");
  registrations = mit_store_list_registrations (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (registrations->len, ==, 2);
  g_assert_cmpstr (mit_registration_get_name (g_ptr_array_index (registrations, 0)), ==, "Ayşe Demir");
  g_assert_cmpint (mit_registration_get_status (g_ptr_array_index (registrations, 1)), ==,
                   MIT_REGISTRATION_ATTENDED);

  /* The bounds came back too: the month view finds it again. */
  occurrences = mit_store_find_occurrences (store, unix_of ("2026-08-01T00:00:00Z"),
                                            unix_of ("2026-10-01T00:00:00Z"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (occurrences->len, ==, 1);

  /* And the new registration after the undo continues the numbering. */
  {
    g_autoptr(MitRegistration) reg3 = add_registration (store, event_id, "Chiara Rossi");

    g_assert_cmpint (mit_registration_get_position (reg3), ==, 3);
  }
}

int
main (int    argc,
      char **argv)
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/events/roundtrip", test_event_roundtrip);
  g_test_add_func ("/events/invalid", test_event_invalid);
  g_test_add_func ("/events/recurrence/dst", test_recurrence_dst);
  g_test_add_func ("/events/recurrence/rules", test_recurrence_rules);
  g_test_add_func ("/events/recurrence/late-range", test_recurrence_late_range);
  g_test_add_func ("/events/recurrence/simple-matches-libical",
                   test_recurrence_simple_matches_libical);
  g_test_add_func ("/events/find-range", test_find_range);
  g_test_add_func ("/events/waiting-list", test_waiting_list);
  g_test_add_func ("/events/conflicts", test_conflicts);
  g_test_add_func ("/events/tasks", test_tasks);
  g_test_add_func ("/events/undo-delete", test_undo_delete);

  return g_test_run ();
}
