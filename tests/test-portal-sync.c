/* test-portal-sync.c: a portal's region into the store, kept current
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case syncs from the local test server (its own thread, since the
 * sync blocks) serving the Augsburg fixtures, events with
 * ?combine_recurring=True as the client asks.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-portal.h"
#include "mit-portal-client.h"
#include "mit-portal-map.h"
#include "mit-portal-sync.h"
#include "mit-test-util.h"
#include "mit-test-portal-server.h"

#define LOCATIONS "/api/v3/augsburg/de/locations/"
#define EVENTS    "/api/v3/augsburg/de/events/"
#define PAGES     "/api/v3/augsburg/de/pages/"

typedef struct
{
  MitTestPortalServer *server;
  MitPortalClient     *client;
  MitStore            *store;
  MitSubscription     *subscription;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *name = data;

  fixture->server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_OWN_THREAD);
  mit_test_portal_server_add_file (fixture->server, EVENTS,
                                   "portal/augsburg/augsburg_de_events_combine_recurring.json");
  fixture->client = mit_portal_client_new (mit_test_portal_server_get_url (fixture->server));
  mit_portal_client_set_retry_delay (fixture->client, 10);
  mit_portal_client_set_timeout (fixture->client, 2);
  fixture->store = mit_test_open_store (name ? name : "sync.db");

  fixture->subscription = mit_subscription_new (mit_test_portal_server_get_url (fixture->server),
                                                "augsburg");
  g_strfreev (fixture->subscription->languages);
  fixture->subscription->languages = g_strsplit ("de", ",", -1);
  g_assert_true (mit_store_save_subscription (fixture->store, fixture->subscription, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mit_subscription_free (fixture->subscription);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->client);
  g_clear_object (&fixture->server);
}

static gboolean
run_sync (Fixture        *fixture,
          MitSyncReport  *report,
          GError        **error)
{
  return mit_portal_sync_run (fixture->store, fixture->client, fixture->subscription,
                              report, NULL, error);
}

static guint
count_rows (MitStore   *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (mit_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The length of the JSON array in a fixture file. */
static guint
fixture_length (const char *name)
{
  g_autofree char *path = mit_test_fixture_path (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_array_get_length (json_node_get_array (json_parser_get_root (parser)));
}

static GBytes *
read_file_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_bytes_new (NULL, 0);
  return g_bytes_new_take (contents, length);
}

/* The database file and its WAL, byte for byte, and the change number. */
typedef struct
{
  GBytes *db;
  GBytes *wal;
  gint64  change;
} Snapshot;

static void
take_snapshot (Fixture  *fixture,
               Snapshot *snap)
{
  g_autofree char *wal = g_strconcat (mit_store_get_path (fixture->store), "-wal", NULL);

  snap->db = read_file_bytes (mit_store_get_path (fixture->store));
  snap->wal = read_file_bytes (wal);
  snap->change = mit_store_get_last_change (fixture->store);
}

static void
assert_unchanged (Fixture  *fixture,
                  Snapshot *before)
{
  Snapshot after;

  take_snapshot (fixture, &after);
  g_assert_true (g_bytes_equal (before->db, after.db));
  g_assert_true (g_bytes_equal (before->wal, after.wal));
  g_assert_cmpint (before->change, ==, after.change);
  g_bytes_unref (after.db);
  g_bytes_unref (after.wal);
}

static void
snapshot_clear (Snapshot *snap)
{
  g_clear_pointer (&snap->db, g_bytes_unref);
  g_clear_pointer (&snap->wal, g_bytes_unref);
}

static gint64
synced_actor_id (Fixture *fixture)
{
  g_autoptr(GHashTable) origins = NULL;
  g_autoptr(GError) error = NULL;
  MitOrigin *origin;

  origins = mit_store_load_origins (fixture->store, fixture->subscription->id, "actor", &error);
  g_assert_no_error (error);
  origin = g_hash_table_lookup (origins, "4");
  g_assert_nonnull (origin);
  return origin->row_id;
}

static MitOrigin *
actor_origin (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  MitOrigin *origin = mit_store_find_origin (fixture->store, "actor", synced_actor_id (fixture),
                                             &error);
  g_assert_no_error (error);
  g_assert_nonnull (origin);
  return origin;
}

/* The first sync brings every location, event and page, mapped. */
static void
test_first_sync (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(MitSubscription) stored = NULL;
  MitSyncReport report;
  double latitude, longitude;
  guint n_pages = fixture_length ("portal/augsburg/augsburg_de_pages.json");

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_true (report.wrote);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].added, ==,
                    fixture_length ("portal/augsburg/augsburg_de_locations.json"));
  g_assert_cmpuint (report.counts[MIT_SYNC_EVENTS].added, ==,
                    fixture_length ("portal/augsburg/augsburg_de_events_combine_recurring.json"));
  g_assert_cmpuint (report.counts[MIT_SYNC_TOPICS].added, ==, n_pages);
  g_assert_cmpuint (count_rows (fixture->store, "SELECT count(*) FROM topic"), ==, n_pages);

  /* The location "Test-Ort" (location.id 4) as an actor. */
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_actor_get_name (actor), ==, "Test-Ort");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_STREET), ==, "Wolfgangstraße 2");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_POSTCODE), ==, "86153");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_TOWN), ==, "Augsburg");
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_DESCRIPTION), ==,
                   "Beschreibung des Test-Ortes");
  /* "Behörde/Amt" is guessed to be an authority. */
  g_assert_cmpstr (mit_actor_get_kind (actor), ==, "authority");
  g_assert_cmpint (mit_actor_get_barrier_free (actor), ==, MIT_BARRIER_FREE_YES);
  g_assert_true (mit_actor_get_coordinates (actor, &latitude, &longitude));
  g_assert_cmpfloat_with_epsilon (latitude, 48.3781092, 1e-7);
  g_assert_cmpfloat_with_epsilon (longitude, 10.887578, 1e-7);
  /* Monday, Tuesday and Thursday share their hours; Wednesday is closed. */
  g_assert_nonnull (strstr (mit_actor_get_text (actor, MIT_ACTOR_OPENING_HOURS),
                            "Mon, Tue, Thu 10:00–13:00, 15:00–18:00"));
  g_assert_nonnull (strstr (mit_actor_get_text (actor, MIT_ACTOR_OPENING_HOURS),
                            "Fri 10:00–14:00"));
  g_assert_nonnull (strstr (mit_actor_get_text (actor, MIT_ACTOR_OPENING_HOURS),
                            "Wed, Sat, Sun closed"));

  /* The repeating event, with the time of day from "start" (13:00 in
   * Berlin) and the pattern of the rule. */
  {
    g_autoptr(GArray) ids = mit_store_find_event_ids (fixture->store, NULL, &error);

    g_assert_no_error (error);
    events = mit_store_load_events (fixture->store, (const gint64 *)ids->data, ids->len, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (events->len, ==, 1);
  {
    MitEvent *event = g_ptr_array_index (events, 0);

    g_assert_cmpstr (mit_event_get_title (event), ==, "Test-Veranstaltung");
    g_assert_cmpstr (mit_event_get_starts (event), ==, "2030-01-01T13:00:00");
    g_assert_cmpstr (mit_event_get_tzid (event), ==, "Europe/Berlin");
    g_assert_nonnull (strstr (mit_event_get_rrule (event), "FREQ=WEEKLY"));
    g_assert_nonnull (strstr (mit_event_get_rrule (event), "BYDAY=TU,TH"));
  }

  /* The pages as a tree: parents before children. */
  topics = mit_store_list_topics (fixture->store, "de", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, ==, n_pages);
  {
    g_autoptr(GHashTable) before = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < topics->len; i++)
      {
        MitTopic *topic = g_ptr_array_index (topics, i);

        if (*topic->parent_path)
          g_assert_true (g_hash_table_contains (before, topic->parent_path));
        g_assert_null (strstr (topic->content, "<script"));
        g_hash_table_add (before, topic->path);
      }
  }

  /* The category got a target the user can change. */
  stored = mit_store_load_subscription (fixture->store, fixture->subscription->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (stored->category_map, "\"authority\""));
  g_assert_cmpstr (stored->last_sync, !=, "");
}

/* A second sync of the same answers writes nothing at all. */
static void
test_unchanged (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MitSyncReport report;
  Snapshot before;

  g_assert_true (run_sync (fixture, &report, &error));
  take_snapshot (fixture, &before);

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_false (report.wrote);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].unchanged, ==, 1);
  g_assert_cmpuint (report.counts[MIT_SYNC_EVENTS].unchanged, ==, 1);
  g_assert_cmpuint (report.counts[MIT_SYNC_TOPICS].added + report.counts[MIT_SYNC_TOPICS].updated,
                    ==, 0);
  assert_unchanged (fixture, &before);
  snapshot_clear (&before);
}

/* A change on the portal updates the record; a volatile id alone does not. */
static void
test_changed_item (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  MitSyncReport report;
  Snapshot before;

  g_assert_true (run_sync (fixture, &report, &error));

  /* The translation id changes on every save in the portal's editor. */
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "id", "77"));
  take_snapshot (fixture, &before);
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_false (report.wrote);
  assert_unchanged (fixture, &before);
  snapshot_clear (&before);

  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "77",
                                                     "phone_number", "\"0821 324-0\""));
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_true (report.wrote);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].updated, ==, 1);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].conflicts, ==, 0);
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_PHONE), ==, "0821 324-0");
}

/* An item gone from the portal is marked, and the record stays. */
static void
test_removed_item (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitOrigin) origin = NULL;
  g_autoptr(MitOrigin) back = NULL;
  MitSyncReport report;
  gint64 id;

  g_assert_true (run_sync (fixture, &report, &error));
  id = synced_actor_id (fixture);
  g_assert_true (mit_test_portal_server_drop_item (fixture->server, LOCATIONS, "id", "2"));

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].removed, ==, 1);
  origin = mit_store_find_origin (fixture->store, "actor", id, &error);
  g_assert_cmpstr (origin->removed, !=, "");
  g_assert_nonnull (mit_store_load_actor (fixture->store, id, &error));
  g_object_unref (mit_store_load_actor (fixture->store, id, NULL));

  /* Marked once, not again. */
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].removed, ==, 0);
  g_assert_false (report.wrote);

  /* A page gone is marked too. */
  g_assert_true (mit_test_portal_server_drop_item (fixture->server, PAGES, "id", "4"));
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_cmpuint (report.counts[MIT_SYNC_TOPICS].removed, ==, 1);
  g_assert_cmpuint (count_rows (fixture->store, "SELECT count(*) FROM topic WHERE removed <> ''"),
                    ==, 1);
  (void)back;
}

/* Edited here and changed there: the other fields merge, the field changed
 * on both sides waits for the user, who chooses field by field. */
static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(MitActor) after = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GHashTable) take = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(MitOrigin) settled = NULL;
  MitOrigin *conflict;
  MitSyncReport report;

  g_assert_true (run_sync (fixture, &report, &error));
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  mit_actor_set_name (actor, "Bürgeramt Augsburg (Test-Ort)");
  mit_actor_set_text (actor, MIT_ACTOR_EMAIL, "buergeramt@augsburg.example");
  g_assert_true (mit_store_save_actor (fixture->store, actor, &error));

  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Test-Ort (neu)\""));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "website", "\"https://augsburg.example/\""));
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].conflicts, ==, 1);

  after = mit_store_load_actor (fixture->store, mit_actor_get_id (actor), &error);
  /* Mine kept, theirs merged where only they changed. */
  g_assert_cmpstr (mit_actor_get_name (after), ==, "Bürgeramt Augsburg (Test-Ort)");
  g_assert_cmpstr (mit_actor_get_text (after, MIT_ACTOR_EMAIL), ==, "buergeramt@augsburg.example");
  g_assert_cmpstr (mit_actor_get_text (after, MIT_ACTOR_WEBSITE), ==, "https://augsburg.example/");
  g_clear_object (&after);

  conflicts = mit_store_list_conflicts (fixture->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_nonnull (strstr (conflict->theirs, "Test-Ort (neu)"));
  g_assert_null (strstr (conflict->theirs, "website"));

  /* Syncing again while it waits changes nothing. */
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_false (report.wrote);

  /* The user takes the portal's name. */
  g_hash_table_add (take, (gpointer)"name");
  g_assert_true (mit_portal_resolve_conflict (fixture->store, conflict->id, take, &error));
  g_assert_no_error (error);
  after = mit_store_load_actor (fixture->store, mit_actor_get_id (actor), &error);
  g_assert_cmpstr (mit_actor_get_name (after), ==, "Test-Ort (neu)");
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = mit_store_list_conflicts (fixture->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  settled = actor_origin (fixture);
  g_assert_null (settled->theirs);

  /* Settled twice is an error that says so. */
  g_assert_false (mit_portal_resolve_conflict (fixture->store, settled->id, take, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

/* Keeping the local value makes the portal's the new base: the next sync
 * brings no conflict back. */
static void
test_conflict_keep_mine (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(MitActor) after = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  MitSyncReport report;

  g_assert_true (run_sync (fixture, &report, &error));
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  mit_actor_set_name (actor, "Bürgerbüro");
  g_assert_true (mit_store_save_actor (fixture->store, actor, &error));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Ort der Tests\""));
  g_assert_true (run_sync (fixture, &report, &error));
  conflicts = mit_store_list_conflicts (fixture->store, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);

  g_assert_true (mit_portal_resolve_conflict (fixture->store,
                                              ((MitOrigin *)g_ptr_array_index (conflicts, 0))->id,
                                              NULL, &error));
  after = mit_store_load_actor (fixture->store, mit_actor_get_id (actor), &error);
  g_assert_cmpstr (mit_actor_get_name (after), ==, "Bürgerbüro");

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].conflicts, ==, 0);
  g_assert_false (report.wrote);
}

/* A record deleted here stays deleted. */
static void
test_deleted_here (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MitSyncReport report;

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_cmpint (mit_store_delete_actor (fixture->store, synced_actor_id (fixture), &error), >, 0);
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Wieder da?\""));
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].added, ==, 0);
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 0);
}

/* Every failure leaves the database as it was, with a message. */
static void
test_failures_change_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  static const struct
  {
    const char         *path;
    MitTestPortalFault  fault;
  } cases[] = {
    { LOCATIONS, MIT_TEST_PORTAL_FAULT_ERROR_500 },
    { EVENTS, MIT_TEST_PORTAL_FAULT_MALFORMED },
    { PAGES, MIT_TEST_PORTAL_FAULT_TRUNCATED },
    { PAGES, MIT_TEST_PORTAL_FAULT_RESET },
    { EVENTS, MIT_TEST_PORTAL_FAULT_HTML_200 },
    { LOCATIONS, MIT_TEST_PORTAL_FAULT_STALL },
  };
  g_autoptr(GError) error = NULL;
  MitSyncReport report;

  /* A first sync, then a change there, so that a sync would write. */
  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Geändert\""));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, PAGES, "id", "4",
                                                     "title", "\"Geändert\""));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Snapshot before;

      take_snapshot (fixture, &before);
      mit_test_portal_server_set_fault (fixture->server, cases[i].path, cases[i].fault, 0);
      g_assert_false (run_sync (fixture, &report, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
      mit_test_portal_server_set_fault (fixture->server, cases[i].path,
                                        MIT_TEST_PORTAL_FAULT_NONE, 0);
      assert_unchanged (fixture, &before);
      snapshot_clear (&before);
    }

  /* A field of the wrong type in a required place: an error naming it. */
  g_assert_true (mit_test_portal_server_change_item (fixture->server, PAGES, "id", "4",
                                                     "path", "42"));
  g_assert_false (run_sync (fixture, &report, &error));
  g_assert_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_WRONG_TYPE);
}

/* An unknown region: the message names it. */
static void
test_unknown_region (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MitSyncReport report;

  g_free (fixture->subscription->region);
  fixture->subscription->region = g_strdup ("nirgendwo");
  g_assert_false (run_sync (fixture, &report, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nirgendwo"));
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 0);
}

/* The mapping of a category can be changed; the next sync applies it to
 * records not edited here. */
static void
test_category_mapping (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  MitSyncReport report;

  g_assert_true (run_sync (fixture, &report, &error));
  g_free (fixture->subscription->category_map);
  fixture->subscription->category_map =
    g_strdup ("{\"2\": {\"name\": \"Behörde/Amt\", \"kind\": \"counselling\", "
              "\"fields\": [\"counselling\", \"housing\"]}}");
  g_assert_true (mit_store_save_subscription (fixture->store, fixture->subscription, &error));

  g_assert_true (run_sync (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].updated, ==, 1);
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  g_assert_cmpstr (mit_actor_get_kind (actor), ==, "counselling");
  g_assert_cmpstr (mit_actor_get_fields (actor)[0], ==, "counselling");
  g_assert_cmpstr (mit_actor_get_fields (actor)[1], ==, "housing");
}

/* The worker-thread sync reports progress in the main context and leaves
 * the same result as the blocking one. */
static void
progress_cb (double      fraction,
             const char *what,
             gpointer    user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;
  *out = g_object_ref (result);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  MitSyncReport report = { 0, };
  double last = 0;

  mit_portal_sync_async (mit_store_get_path (fixture->store), fixture->client,
                         fixture->subscription, progress_cb, &last, NULL,
                         async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (mit_portal_sync_finish (result, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.counts[MIT_SYNC_ACTORS].added, ==, 1);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_true (mit_store_check_external_changes (fixture->store));
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 1);
}

static void
test_subscription_validation (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("subscriptions.db");
  g_autoptr(MitSubscription) sub = mit_subscription_new ("ftp://example.org", "augsburg");
  g_autoptr(MitSubscription) twin = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_strfreev (sub->languages);
  sub->languages = g_strsplit ("de,en", ",", -1);
  g_assert_false (mit_store_save_subscription (store, sub, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_free (sub->base_url);
  sub->base_url = g_strdup ("https://cms.integreat-app.de/");
  g_free (sub->region);
  sub->region = g_strdup ("augs burg");
  g_assert_false (mit_store_save_subscription (store, sub, &error));
  g_clear_error (&error);

  g_free (sub->region);
  sub->region = g_strdup ("augsburg");
  g_assert_true (mit_store_save_subscription (store, sub, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sub->base_url, ==, "https://cms.integreat-app.de");

  twin = mit_subscription_copy (sub);
  twin->id = 0;
  g_assert_false (mit_store_save_subscription (store, twin, &error));
  g_assert_nonnull (strstr (error->message, "augsburg"));
  g_clear_error (&error);

  list = mit_store_list_subscriptions (store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((MitSubscription *)g_ptr_array_index (list, 0))->languages[1], ==, "en");

  g_assert_true (mit_store_delete_subscription (store, sub->id, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = mit_store_list_subscriptions (store, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

/* Opening hours for people: shared days joined, appointment-only days. */
static void
test_opening_hours (void)
{
  MitPortalLocation location = { 0, };
  MitPortalTimeSlot morning = { (char *)"09:00", (char *)"12:00" };
  g_autofree char *text = NULL;

  location.has_opening_hours = TRUE;
  for (int d = 0; d < 7; d++)
    {
      location.opening_hours[d].known = TRUE;
      location.opening_hours[d].slots = g_ptr_array_new ();
    }
  g_ptr_array_add (location.opening_hours[0].slots, &morning);
  g_ptr_array_add (location.opening_hours[2].slots, &morning);
  location.opening_hours[1].appointment_only = TRUE;
  location.opening_hours[5].closed = TRUE;
  location.opening_hours[6].closed = TRUE;
  location.opening_hours[3].known = FALSE;
  location.opening_hours[4].appointment_only = TRUE;
  g_ptr_array_add (location.opening_hours[4].slots, &morning);

  text = mit_portal_format_opening_hours (&location);
  g_assert_cmpstr (text, ==,
                   "Mon, Wed 09:00–12:00; Tue by appointment only; "
                   "Fri 09:00–12:00 by appointment only; Sat, Sun closed");
  for (int d = 0; d < 7; d++)
    g_ptr_array_unref (location.opening_hours[d].slots);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/portal-sync/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first", test_first_sync);
  ADD ("unchanged", test_unchanged);
  ADD ("changed-item", test_changed_item);
  ADD ("removed-item", test_removed_item);
  ADD ("conflict", test_conflict);
  ADD ("conflict-keep-mine", test_conflict_keep_mine);
  ADD ("deleted-here", test_deleted_here);
  ADD ("failures-change-nothing", test_failures_change_nothing);
  ADD ("unknown-region", test_unknown_region);
  ADD ("category-mapping", test_category_mapping);
  ADD ("async", test_async);
#undef ADD
  g_test_add_func ("/portal-sync/subscription-validation", test_subscription_validation);
  g_test_add_func ("/portal-sync/opening-hours", test_opening_hours);

  return g_test_run ();
}
