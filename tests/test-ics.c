/* test-ics.c: events to and from iCalendar files, and the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-ics.h"
#include "mit-test-util.h"

static gint64
unix_of (const char *iso_utc)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso_utc, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static MitEvent *
add_event (MitStore   *store,
           const char *title,
           const char *starts,
           const char *ends,
           gboolean    all_day,
           const char *rrule)
{
  g_autoptr(GError) error = NULL;
  MitEvent *event = mit_event_new ();

  mit_event_set_title (event, title);
  mit_event_set_all_day (event, all_day);
  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_rrule (event, rrule);
  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  return event;
}

/* The calendar text without the lines that say when it was written. */
static char *
without_stamps (const char *ics)
{
  g_auto(GStrv) lines = g_strsplit (ics, "\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:") && !g_str_has_prefix (lines[i], "CREATED:")
        && !g_str_has_prefix (lines[i], "LAST-MODIFIED:"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Line by line, so that a failure shows the line that differs. */
static void
assert_same_lines (const char *a,
                   const char *b)
{
  g_auto(GStrv) la = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lb = g_strsplit (b, "\n", -1);

  for (guint i = 0; la[i] && lb[i]; i++)
    g_assert_cmpstr (la[i], ==, lb[i]);
  g_assert_cmpuint (g_strv_length (la), ==, g_strv_length (lb));
}

static MitIcsImport *
parse_fixture (MitStore   *store,
               const char *name)
{
  g_autofree char *path = mit_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  MitIcsImport *import = mit_ics_import_parse_file (store, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static MitEvent *
find_imported (MitIcsImport *import,
               const char   *title)
{
  for (guint i = 0; i < mit_ics_import_get_n_events (import); i++)
    if (g_str_equal (mit_event_get_title (mit_ics_import_get_event (import, i)), title))
      return mit_ics_import_get_event (import, i);
  g_assert_not_reached ();
  return NULL;
}

/* ---- round trip ----------------------------------------------------------------- */

static void
test_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("ics-roundtrip-a.db");
  g_autoptr(MitStore) copy = mit_test_open_store ("ics-roundtrip-b.db");
  g_autoptr(MitActor) venue = mit_actor_new ();
  g_autoptr(MitEvent) cafe = NULL;
  g_autoptr(MitEvent) festival = NULL;
  g_autoptr(MitEvent) online = NULL;
  g_autoptr(MitEvent) training = NULL;
  g_autoptr(MitIcsImport) import = NULL;
  g_autoptr(GArray) ids_a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_cut = NULL;
  g_autofree char *second_cut = NULL;
  const char *exdates[] = { "2026-04-07T18:00", "2026-10-27", NULL };
  guint n = 0, added = 0, updated = 0;

  mit_actor_set_name (venue, "Bürgerhaus Lindenbrunn");
  mit_actor_set_text (venue, MIT_ACTOR_STREET, "Lindenallee 12");
  mit_actor_set_text (venue, MIT_ACTOR_POSTCODE, "78990");
  mit_actor_set_text (venue, MIT_ACTOR_TOWN, "Lindenbrunn");
  g_assert_true (mit_store_save_actor (store, venue, &error));
  g_assert_no_error (error);

  cafe = add_event (store, "Sprachcafé", "2026-03-03T18:00", "2026-03-03T20:00", FALSE,
                    "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222");
  mit_event_set_exdates (cafe, exdates);
  mit_event_set_venue_id (cafe, mit_actor_get_id (venue));
  mit_event_set_kind (cafe, MIT_EVENT_KIND_WORKSHOP);
  mit_event_set_description (cafe, "Deutsch üben; mit Kaffee, Tee und Kuchen.\nJede Woche.");
  mit_event_set_status (cafe, MIT_EVENT_CONFIRMED);
  g_assert_true (mit_store_save_event (store, cafe, &error));
  g_assert_no_error (error);
  festival = add_event (store, "Fest der Kulturen", "2026-06-20", "2026-06-21", TRUE,
                        "FREQ=YEARLY;COUNT=3");
  mit_event_set_kind (festival, MIT_EVENT_KIND_FESTIVAL);
  mit_event_set_venue_address (festival, "Marktplatz");
  mit_event_add_exdate (festival, "2027-06-20");
  g_assert_true (mit_store_save_event (store, festival, &error));
  g_assert_no_error (error);
  online = add_event (store, "Online-Infoabend", "2026-05-12T16:00", "2026-05-12T18:00", FALSE, "");
  mit_event_set_tzid (online, "UTC");
  mit_event_set_status (online, MIT_EVENT_IDEA);
  g_assert_true (mit_store_save_event (store, online, &error));
  g_assert_no_error (error);
  training = add_event (store, "Fortbildung Teil 2", "2026-07-20T09:00", "2026-07-21T16:30", FALSE, "");
  mit_event_set_tzid (training, "Europe/Zurich");
  mit_event_set_kind (training, MIT_EVENT_KIND_TRAINING_DAY);
  mit_event_set_status (training, MIT_EVENT_CANCELLED);
  g_assert_true (mit_store_save_event (store, training, &error));
  g_assert_no_error (error);

  first = mit_ics_export_events (store, NULL, 0, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);
  g_assert_nonnull (strstr (first, "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
  g_assert_nonnull (strstr (first, "TZID:Europe/Zurich"));
  g_assert_nonnull (strstr (first, "DTSTART;TZID=Europe/Berlin:20260303T180000\r\n"));
  g_assert_nonnull (strstr (first, "RRULE:FREQ=WEEKLY;UNTIL=20261222T225959Z;BYDAY=TU\r\n"));
  g_assert_nonnull (strstr (first, "EXDATE;TZID=Europe/Berlin:20261027T180000\r\n"));
  g_assert_nonnull (strstr (first, "DTSTART;VALUE=DATE:20260620\r\n"));
  /* iCalendar's all-day end is the day after. */
  g_assert_nonnull (strstr (first, "DTEND;VALUE=DATE:20260622\r\n"));
  g_assert_nonnull (strstr (first, "EXDATE;VALUE=DATE:20270620\r\n"));
  g_assert_nonnull (strstr (first, "DTSTART:20260512T160000Z\r\n"));
  g_assert_nonnull (strstr (first, "LOCATION:Bürgerhaus Lindenbrunn\\, Lindenallee 12\\, 78990 Lindenbrunn"));
  g_assert_nonnull (strstr (first, "STATUS:CANCELLED"));
  g_assert_nonnull (strstr (first, "CATEGORIES:Training day"));
  g_assert_nonnull (strstr (first, "UID:"));
  g_assert_nonnull (strstr (first, mit_event_get_uid (cafe)));

  import = mit_ics_import_parse (copy, first, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_ics_import_get_n_events (import), ==, 4);
  g_assert_cmpuint (mit_ics_import_get_n_updates (import), ==, 0);
  g_assert_true (mit_ics_import_apply (import, copy, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpuint (updated, ==, 0);

  second = mit_ics_export_events (copy, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  first_cut = without_stamps (first);
  second_cut = without_stamps (second);
  assert_same_lines (first_cut, second_cut);

  /* Field by field, too. */
  ids_a = mit_store_find_event_ids (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids_a->len; i++)
    {
      g_autoptr(MitEvent) a = mit_store_load_event (store, g_array_index (ids_a, gint64, i), &error);
      g_autoptr(MitEvent) b = NULL;

      g_assert_no_error (error);
      b = mit_store_load_event_by_uid (copy, mit_event_get_uid (a), &error);
      g_assert_no_error (error);
      g_assert_nonnull (b);
      g_assert_cmpstr (mit_event_get_title (a), ==, mit_event_get_title (b));
      g_assert_cmpstr (mit_event_get_starts (a), ==, mit_event_get_starts (b));
      g_assert_cmpstr (mit_event_get_ends (a), ==, mit_event_get_ends (b));
      g_assert_cmpstr (mit_event_get_tzid (a), ==, mit_event_get_tzid (b));
      g_assert_cmpint (mit_event_get_all_day (a), ==, mit_event_get_all_day (b));
      g_assert_cmpstr (mit_event_get_rrule (a), ==, mit_event_get_rrule (b));
      g_assert_true (g_strv_equal (mit_event_get_exdates (a), mit_event_get_exdates (b)));
      g_assert_cmpstr (mit_event_get_kind (a), ==, mit_event_get_kind (b));
      g_assert_cmpint (mit_event_get_status (a), ==, mit_event_get_status (b));
      g_assert_cmpstr (mit_event_get_description (a), ==, mit_event_get_description (b));
    }

  /* Importing the same file again updates, and keeps what iCalendar does not
   * carry (the venue from the directory). */
  g_clear_pointer (&import, mit_ics_import_free);
  import = mit_ics_import_parse (store, first, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_ics_import_get_n_updates (import), ==, 4);
  g_assert_true (mit_ics_import_is_update (import, 0));
  g_assert_true (mit_ics_import_apply (import, store, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 4);
  g_assert_cmpuint (mit_store_count_events (store), ==, 4);
  {
    g_autoptr(MitEvent) again = mit_store_load_event (store, mit_event_get_id (cafe), &error);

    g_assert_no_error (error);
    g_assert_cmpint (mit_event_get_venue_id (again), ==, mit_actor_get_id (venue));
    g_assert_true (mit_event_equal_content (again, cafe));
  }
}

/* ---- files of other programs --------------------------------------------------------- */

static void
test_import_thunderbird (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("ics-thunderbird.db");
  g_autoptr(MitIcsImport) import = parse_fixture (store, "ics/thunderbird-berlin.ics");
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  MitEvent *cafe, *festival, *online;
  guint added = 0;

  g_assert_cmpuint (mit_ics_import_get_n_events (import), ==, 3);
  cafe = find_imported (import, "Elterncafé Grundschule Nord");
  g_assert_cmpstr (mit_event_get_uid (cafe), ==, "3f1e2d7a-5b8c-4e0f-9a61-2c7d4b9e8f10");
  g_assert_cmpstr (mit_event_get_tzid (cafe), ==, "Europe/Berlin");
  g_assert_cmpstr (mit_event_get_starts (cafe), ==, "2026-03-03T18:00:00");
  g_assert_cmpstr (mit_event_get_ends (cafe), ==, "2026-03-03T19:30:00");
  g_assert_cmpstr (mit_event_get_exdates (cafe)[0], ==, "2026-04-07T18:00:00");
  g_assert_cmpstr (mit_event_get_exdates (cafe)[1], ==, "2026-10-27T18:00:00");
  g_assert_cmpstr (mit_event_get_kind (cafe), ==, MIT_EVENT_KIND_WORKSHOP);
  g_assert_cmpstr (mit_event_get_venue_address (cafe), ==, "Grundschule Nord, Schulstraße 4, 78991 Lindenbrunn");
  g_assert_nonnull (strstr (mit_event_get_description (cafe), "Türkisch und Arabisch"));
  festival = find_imported (import, "Fest der Kulturen");
  g_assert_true (mit_event_get_all_day (festival));
  g_assert_cmpstr (mit_event_get_starts (festival), ==, "2026-06-20");
  g_assert_cmpstr (mit_event_get_ends (festival), ==, "2026-06-21");
  g_assert_cmpint (mit_event_get_status (festival), ==, MIT_EVENT_CONFIRMED);
  g_assert_cmpstr (mit_event_get_kind (festival), ==, MIT_EVENT_KIND_FESTIVAL);
  /* UTC times stay in UTC. */
  online = find_imported (import, "Online-Infoabend Anerkennung ausländischer Abschlüsse");
  g_assert_cmpstr (mit_event_get_tzid (online), ==, "UTC");
  g_assert_cmpstr (mit_event_get_starts (online), ==, "2026-05-12T16:00:00");

  g_assert_true (mit_ics_import_apply (import, store, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);

  /* The Tuesdays keep 18:00 across the change of 29 March; 7 April and
   * 27 October are left out; UNTIL keeps 15 December. */
  occurrences = mit_store_find_occurrences (store, unix_of ("2026-03-01T00:00:00Z"),
                                            unix_of ("2027-01-01T00:00:00Z"), NULL, &error);
  g_assert_no_error (error);
  {
    guint n_cafe = 0;
    gint64 last = 0;

    for (guint i = 0; i < occurrences->len; i++)
      {
        MitOccurrence *o = &g_array_index (occurrences, MitOccurrence, i);
        g_autoptr(GDateTime) local = NULL;

        if (o->event_id != mit_event_get_id (cafe))
          continue;
        local = mit_occurrence_dup_local_start (o, "Europe/Berlin");
        g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
        g_assert_false (o->start == unix_of ("2026-04-07T16:00:00Z"));
        last = o->start;
        n_cafe++;
      }
    /* 3 March to 15 December: 42 Tuesdays, two excluded. */
    g_assert_cmpuint (n_cafe, ==, 40);
    g_assert_cmpint (last, ==, unix_of ("2026-12-15T17:00:00Z"));
  }
}

static void
test_import_outlook (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("ics-outlook.db");
  g_autoptr(MitIcsImport) import = parse_fixture (store, "ics/outlook-w-europe.ics");
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  MitEvent *meeting, *workshop;

  /* The moved occurrence (RECURRENCE-ID) is left out and counted. */
  g_assert_cmpuint (mit_ics_import_get_n_events (import), ==, 2);
  g_assert_cmpuint (mit_ics_import_get_n_skipped (import), ==, 1);

  /* "W. Europe Standard Time" is known only by its VTIMEZONE: the times
   * are converted to Europe/Berlin, which here changes nothing. */
  meeting = find_imported (import, "Netzwerktreffen Integration");
  g_assert_cmpstr (mit_event_get_tzid (meeting), ==, "Europe/Berlin");
  g_assert_cmpstr (mit_event_get_starts (meeting), ==, "2026-01-14T16:00:00");
  g_assert_cmpstr (mit_event_get_ends (meeting), ==, "2026-01-14T18:00:00");
  g_assert_cmpstr (mit_event_get_exdates (meeting)[0], ==, "2026-08-12T16:00:00");
  g_assert_nonnull (strstr (mit_event_get_uid (meeting), "040000008200E00074C5B7101A82E008"));
  g_assert_nonnull (strstr (mit_event_get_rrule (meeting), "COUNT=12"));
  g_assert_cmpstr (mit_event_get_venue_address (meeting), ==, "Rathaus Lindenbrunn, Sitzungssaal");
  /* Floating times are taken as local times here. */
  workshop = find_imported (import, "Workshop Mehrsprachigkeit in Kitas");
  g_assert_cmpstr (mit_event_get_starts (workshop), ==, "2026-03-05T09:00:00");
  g_assert_cmpstr (mit_event_get_tzid (workshop), ==, "Europe/Berlin");

  g_assert_true (mit_ics_import_apply (import, store, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Second Wednesdays at 16:00 local, in winter and in summer; August
   * excluded; twelve counted, so eleven shown. */
  occurrences = mit_store_find_occurrences (store, unix_of ("2026-01-01T00:00:00Z"),
                                            unix_of ("2027-06-01T00:00:00Z"), NULL, &error);
  g_assert_no_error (error);
  {
    guint n = 0;

    for (guint i = 0; i < occurrences->len; i++)
      {
        MitOccurrence *o = &g_array_index (occurrences, MitOccurrence, i);
        g_autoptr(GDateTime) local = NULL;

        if (o->event_id != mit_event_get_id (meeting))
          continue;
        local = mit_occurrence_dup_local_start (o, "Europe/Berlin");
        g_assert_cmpint (g_date_time_get_hour (local), ==, 16);
        g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 3);
        g_assert_cmpint (g_date_time_get_day_of_month (local), >=, 8);
        g_assert_cmpint (g_date_time_get_day_of_month (local), <=, 14);
        n++;
      }
    g_assert_cmpuint (n, ==, 11);
  }
}

/* ---- malformed files ---------------------------------------------------------------------- */

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_bytes_new (NULL, 0);
  return g_bytes_new_take (contents, length);
}

static void
test_malformed (void)
{
  const struct {
    const char *name;
    int         code;
    const char *fragment;
  } cases[] = {
    { "ics/not-calendar.ics", MIT_ICS_ERROR_MALFORMED, "not an iCalendar file" },
    { "ics/broken-line.ics", MIT_ICS_ERROR_MALFORMED, "DTSTART20260301T100000" },
    { "ics/truncated.ics", MIT_ICS_ERROR_MALFORMED, "ends before" },
    { "ics/invalid-date.ics", MIT_ICS_ERROR_INVALID, "Schulfest" },
    { "ics/bad-rule.ics", MIT_ICS_ERROR_MALFORMED, "FREQ=FORTNIGHTLY" },
    { "ics/no-events.ics", MIT_ICS_ERROR_NO_EVENTS, "no events" },
  };
  g_autoptr(MitStore) store = mit_test_open_store ("ics-malformed.db");
  g_autoptr(MitEvent) kept = add_event (store, "Netzwerktreffen", "2026-02-11T16:00",
                                        "2026-02-11T18:00", FALSE, "FREQ=MONTHLY;BYDAY=2WE");
  g_autofree char *wal = g_strconcat (mit_store_get_path (store), "-wal", NULL);
  g_autoptr(GBytes) db_before = read_bytes (mit_store_get_path (store));
  g_autoptr(GBytes) wal_before = read_bytes (wal);
  gint64 change = mit_store_get_last_change (store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = mit_test_fixture_path (cases[i].name);
      g_autoptr(MitIcsImport) import = NULL;
      g_autoptr(GError) error = NULL;

      import = mit_ics_import_parse_file (store, path, &error);
      g_assert_null (import);
      g_assert_error (error, MIT_ICS_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("%s: “%s” does not say “%s”", cases[i].name, error->message, cases[i].fragment);
    }

  /* Binary and empty input. */
  {
    g_autoptr(GError) error = NULL;
    const char binary[] = "BEGIN:VCALENDAR\0\x01\x02";

    g_assert_null (mit_ics_import_parse (store, binary, sizeof binary, &error));
    g_assert_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_MALFORMED);
    g_clear_error (&error);
    g_assert_null (mit_ics_import_parse (store, "", 0, &error));
    g_assert_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_MALFORMED);
  }

  /* Nothing was written: same events, same change, same bytes. */
  g_assert_cmpuint (mit_store_count_events (store), ==, 1);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);
  {
    g_autoptr(GBytes) db_after = read_bytes (mit_store_get_path (store));
    g_autoptr(GBytes) wal_after = read_bytes (wal);

    g_assert_true (g_bytes_equal (db_before, db_after));
    g_assert_true (g_bytes_equal (wal_before, wal_after));
  }
}

/* ---- the command line ------------------------------------------------------------------------ */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the app without a display. */
static void
run_app (Run        *run,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *build_root = g_getenv ("MIT_BUILD_ROOT");
  int wait_status = 0;
  va_list ap;

  g_assert_nonnull (build_root);
  g_ptr_array_add (argv, g_build_filename (build_root, "src", "miteinander", NULL));
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "GDK_BACKEND", "none-such", TRUE);
  g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = g_spawn_check_wait_status (wait_status, NULL) ? 0
              : (WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1);
}

static void
test_cli (void)
{
  g_autofree char *db = mit_test_tmp_path ("ics-cli.db");
  g_autofree char *db2 = mit_test_tmp_path ("ics-cli-2.db");
  g_autofree char *out = mit_test_tmp_path ("ics-cli.ics");
  g_autofree char *fixture = mit_test_fixture_path ("ics/thunderbird-berlin.ics");
  g_autofree char *broken = mit_test_fixture_path ("ics/broken-line.ics");
  g_autofree char *database = g_strconcat ("--database=", db, NULL);
  g_autofree char *database2 = g_strconcat ("--database=", db2, NULL);
  g_autofree char *import_arg = g_strconcat ("--import-ics=", fixture, NULL);
  g_autofree char *broken_arg = g_strconcat ("--import-ics=", broken, NULL);
  g_autofree char *export_arg = g_strconcat ("--export-ics=", out, NULL);
  g_autofree char *out_import_arg = g_strconcat ("--import-ics=", out, NULL);

  g_remove (db);
  g_remove (db2);

  {
    g_auto(Run) run = { 0 };

    run_app (&run, database, import_arg, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Imported 3 events: 3 added, 0 updated."));
  }
  {
    g_auto(Run) run = { 0 };

    run_app (&run, database, import_arg, export_arg, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "3 updated"));
    g_assert_nonnull (strstr (run.out, "Exported 3 events to"));
    g_assert_true (mit_test_file_contains (out, "UID:3f1e2d7a-5b8c-4e0f-9a61-2c7d4b9e8f10"));
    g_assert_true (mit_test_file_contains (out, "BEGIN:VTIMEZONE"));
  }
  {
    g_auto(Run) run = { 0 };

    /* What was exported goes into a new database. */
    run_app (&run, database2, out_import_arg, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "3 added"));
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(MitStore) store = NULL;
    g_autoptr(GError) error = NULL;

    run_app (&run, database2, broken_arg, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "broken-line.ics"));
    g_assert_nonnull (strstr (run.err, "Nothing was imported"));
    g_assert_cmpstr (run.out, ==, "");
    store = mit_store_open (db2, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (mit_store_count_events (store), ==, 3);
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *missing = g_strconcat ("--import-ics=", db, ".nowhere.ics", NULL);

    run_app (&run, database2, missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, ".nowhere.ics"));
  }
}

/* Exporting all events to a file (the window's "Export Events…"): every
 * event once, readable by the import; an existing file is replaced. */
static void
test_export_all (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("ics-export-all.db");
  g_autoptr(MitStore) other = mit_test_open_store ("ics-export-all-other.db");
  g_autoptr(MitEvent) a = add_event (store, "Sprachcafé", "2026-11-03T18:00", "2026-11-03T19:30",
                                     FALSE, "FREQ=WEEKLY;BYDAY=TU");
  g_autoptr(MitEvent) b = add_event (store, "Sommerfest", "2026-07-01", "2026-07-01", TRUE, NULL);
  g_autoptr(MitEvent) c = add_event (store, "Netzwerktreffen", "2026-11-24T18:00",
                                     "2026-11-24T20:00", FALSE, NULL);
  g_autofree char *path = mit_test_tmp_path ("all-events.ics");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-folder/events.ics");
  g_autoptr(MitIcsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0, n_added = 0;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_true (mit_ics_export_all_events (store, file, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_assert_null (strstr (text, "old contents"));
  for (const char *uid_of[] = { mit_event_get_uid (a), mit_event_get_uid (b),
                                mit_event_get_uid (c), NULL }, **u = uid_of; *u; u++)
    {
      g_autofree char *line = g_strconcat ("UID:", *u, NULL);

      g_assert_nonnull (strstr (text, line));
    }

  import = mit_ics_import_parse_file (other, path, &error);
  g_assert_no_error (error);
  g_assert_true (mit_ics_import_apply (import, other, &n_added, NULL, &error));
  g_assert_cmpuint (n_added, ==, 3);

  /* A folder that does not exist: an error that names the file */
  g_assert_false (mit_ics_export_all_events (store, missing, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/events.ics"));
}

int
main (int    argc,
      char **argv)
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/ics/roundtrip", test_roundtrip);
  g_test_add_func ("/ics/import-thunderbird", test_import_thunderbird);
  g_test_add_func ("/ics/import-outlook", test_import_outlook);
  g_test_add_func ("/ics/malformed", test_malformed);
  g_test_add_func ("/ics/cli", test_cli);
  g_test_add_func ("/ics/export-all", test_export_all);

  return g_test_run ();
}
