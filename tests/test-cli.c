/* test-cli.c: the command line, run as a user would, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "mit-test-util.h"
#include "mit-test-portal-server.h"
#include "mit-store-overview.h"
#include "mit-store-portal.h"

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

/* Runs the app with @args and no display at all: DISPLAY and
 * WAYLAND_DISPLAY are removed, so a command that opened one would fail. */
static void
run_app (Run        *run,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *build_root = g_getenv ("MIT_BUILD_ROOT");
  const char *arg;
  int wait_status = 0;
  va_list ap;

  g_assert_nonnull (build_root);
  g_ptr_array_add (argv, g_build_filename (build_root, "src", "miteinander", NULL));
  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
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

static char *
database_arg (const char *name)
{
  g_autofree char *path = mit_test_tmp_path (name);

  return g_strconcat ("--database=", path, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "miteinander " PACKAGE_VERSION "\n");
}

static void
test_example_and_search (void)
{
  g_autofree char *db = database_arg ("cli-example.db");
  g_auto(Run) load = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) nothing = { 0 };
  g_auto(GStrv) lines = NULL;

  run_app (&load, db, "--load-example", NULL);
  g_assert_cmpint (load.status, ==, 0);
  g_assert_nonnull (strstr (load.out, "actors"));
  /* … and names what it loaded, down to the steering group's meetings */
  g_assert_nonnull (strstr (load.out, " target groups, 24 events, 4 meetings.\n"));

  /* A second load would mix two towns: refused, with the reason */
  run_app (&again, db, "--load-example", NULL);
  g_assert_cmpint (again.status, !=, 0);
  g_assert_nonnull (strstr (again.err, "empty"));

  /* uid TAB name TAB kind, accents ignored */
  run_app (&search, db, "--search=mutter", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpuint (count_lines (search.out), >=, 1);
  lines = g_strsplit (search.out, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, 3);
      g_assert_true (g_uuid_string_is_valid (cells[0]));
      g_assert_cmpstr (cells[1], !=, "");
      g_assert_cmpstr (cells[2], !=, "");
    }
  g_assert_nonnull (strstr (search.out, "Mütter"));

  run_app (&nothing, db, "--search=xylophonorchester", NULL);
  g_assert_cmpint (nothing.status, ==, 0);
  g_assert_cmpstr (nothing.out, ==, "");
}

static void
test_export_import_roundtrip (void)
{
  g_autofree char *db = database_arg ("cli-source.db");
  g_autofree char *copy = database_arg ("cli-copy.db");
  g_autofree char *csv = mit_test_tmp_path ("directory.csv");
  g_autofree char *csv2 = mit_test_tmp_path ("directory-again.csv");
  g_autofree char *export_arg = g_strconcat ("--export-csv=", csv, NULL);
  g_autofree char *export2_arg = g_strconcat ("--export-csv=", csv2, NULL);
  g_autofree char *import_arg = g_strconcat ("--import-csv=", csv, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(Run) load = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) export2 = { 0 };
  g_auto(Run) search1 = { 0 };
  g_auto(Run) search2 = { 0 };
  gsize len1, len2;

  run_app (&load, db, "--load-example", NULL);
  g_assert_cmpint (load.status, ==, 0);
  run_app (&export, db, export_arg, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &first, &len1, NULL));
  /* Excel needs the byte order mark to read UTF-8 */
  g_assert_true (len1 > 3 && memcmp (first, "\xEF\xBB\xBF", 3) == 0);

  run_app (&import, copy, import_arg, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_app (&export2, copy, export2_arg, NULL);
  g_assert_cmpint (export2.status, ==, 0);
  g_assert_true (g_file_get_contents (csv2, &second, &len2, NULL));
  /* Re-importing the export gives the same directory */
  g_assert_cmpstr (first, ==, second);

  run_app (&search1, db, "--search=a", NULL);
  run_app (&search2, copy, "--search=a", NULL);
  g_assert_cmpuint (count_lines (search1.out), >, 5);
  g_assert_cmpstr (search1.out, ==, search2.out);
}

static void
test_bad_import (void)
{
  g_autofree char *db = database_arg ("cli-bad.db");
  g_autofree char *csv = mit_test_tmp_path ("bad.csv");
  g_autofree char *import_arg = g_strconcat ("--import-csv=", csv, NULL);
  g_autofree char *missing_arg = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) skip = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) missing = { 0 };

  g_assert_true (g_file_set_contents (csv,
                                      "Name;E-Mail;PLZ\n"
                                      "Sprachcafé Nordstadt;info@sprachcafe.example;78224\n"
                                      "Elterninitiative;kein-at-zeichen;78224\n", -1, NULL));

  run_app (&import, db, import_arg, NULL);
  g_assert_cmpint (import.status, !=, 0);
  g_assert_nonnull (strstr (import.err, "3"));
  g_assert_nonnull (strstr (import.err, "kein-at-zeichen"));
  run_app (&search, db, "--search=sprachcafe", NULL);
  g_assert_cmpstr (search.out, ==, "");

  run_app (&skip, db, import_arg, "--skip-bad-rows", NULL);
  g_assert_cmpint (skip.status, ==, 0);
  g_assert_nonnull (strstr (skip.err, "kein-at-zeichen"));
  run_clear (&search);
  run_app (&search, db, "--search=sprachcafe", NULL);
  g_assert_cmpuint (count_lines (search.out), ==, 1);

  missing_arg = g_strconcat ("--import-csv=", csv, ".nonexistent", NULL);
  run_app (&missing, db, missing_arg, NULL);
  g_assert_cmpint (missing.status, !=, 0);
  g_assert_cmpstr (missing.err, !=, "");
}

static void
test_newer_database (void)
{
  g_autofree char *path = mit_test_tmp_path ("cli-newer.db");
  g_autofree char *db = g_strconcat ("--database=", path, NULL);
  g_auto(Run) run = { 0 };
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 42", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  run_app (&run, db, "--search=x", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "newer version"));
}

static void
test_report_gaps (void)
{
  g_autofree char *db = database_arg ("cli-gaps.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) load = { 0 };
  g_auto(Run) tsv = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) bad_report = { 0 };
  g_auto(Run) bad_months = { 0 };
  g_auto(Run) lonely_format = { 0 };
  g_auto(Run) shorter = { 0 };
  g_auto(Run) stored = { 0 };
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  guint n_lines;

  run_app (&load, db, "--load-example", NULL);
  g_assert_cmpint (load.status, ==, 0);

  /* TSV by default: a header, then kind, record, uid, name, detail */
  run_app (&tsv, db, "--report=gaps", NULL);
  g_assert_cmpint (tsv.status, ==, 0);
  g_assert_cmpstr (tsv.err, ==, "");
  lines = g_strsplit (tsv.out, "\n", -1);
  n_lines = g_strv_length (lines);
  g_assert_cmpstr (lines[0], ==, "kind\trecord\tuid\tname\tdetail");
  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  g_assert_cmpuint (n_lines, >, 3);
  for (guint i = 1; i < n_lines - 1; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, 5);
      g_assert_true (g_str_equal (cells[1], "district") ? *cells[2] == '\0'
                                                       : g_uuid_string_is_valid (cells[2]));
      g_assert_cmpstr (cells[3], !=, "");
    }
  /* The example network has gaps of the target-group rules too */
  g_assert_nonnull (strstr (tsv.out, "\nno-channel\ttarget-group\t"));
  g_assert_nonnull (strstr (tsv.out, "\nlanguage-gap\ttarget-group\t"));
  g_assert_nonnull (strstr (tsv.out, "\nfield-gap\tdistrict\t\t"));

  /* JSON: the same gaps in the same order */
  run_app (&json, db, "--report=gaps", "--format=json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, n_lines - 2);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *line = NULL;
      const char *uid = json_object_get_null_member (object, "uid")
                      ? "" : json_object_get_string_member (object, "uid");
      const char *detail = json_object_get_null_member (object, "detail")
                         ? "" : json_object_get_string_member (object, "detail");

      line = g_strjoin ("\t", json_object_get_string_member (object, "kind"),
                        json_object_get_string_member (object, "record"), uid,
                        json_object_get_string_member (object, "name"), detail, NULL);
      g_assert_cmpstr (line, ==, lines[i + 1]);
      g_assert_cmpstr (json_object_get_string_member (object, "description"), !=, "");
    }

  /* Fewer months: at least as many assessments and actors out of date */
  run_app (&shorter, db, "--report=gaps", "--stale-months=1", NULL);
  g_assert_cmpint (shorter.status, ==, 0);
  g_assert_cmpuint (count_lines (shorter.out), >=, count_lines (tsv.out));

  /* Without --stale-months the age set in the window (kept in the
   * database) is used */
  {
    g_autoptr(MitStore) store = mit_store_open (db + strlen ("--database="), &error);

    g_assert_no_error (error);
    g_assert_true (mit_store_set_stale_months (store, 1, &error));
    g_assert_no_error (error);
  }
  run_app (&stored, db, "--report=gaps", NULL);
  g_assert_cmpint (stored.status, ==, 0);
  g_assert_cmpstr (stored.out, ==, shorter.out);

  /* Wrong options: a clear message, status 2, nothing printed on stdout */
  run_app (&bad_format, db, "--report=gaps", "--format=xml", NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_cmpstr (bad_format.out, ==, "");
  g_assert_nonnull (strstr (bad_format.err, "xml"));
  g_assert_nonnull (strstr (bad_format.err, "--format=json"));

  run_app (&bad_report, db, "--report=holes", NULL);
  g_assert_cmpint (bad_report.status, ==, 2);
  g_assert_nonnull (strstr (bad_report.err, "holes"));

  run_app (&bad_months, db, "--report=gaps", "--stale-months=0", NULL);
  g_assert_cmpint (bad_months.status, ==, 2);
  g_assert_nonnull (strstr (bad_months.err, "--stale-months"));

  run_app (&lonely_format, db, "--format=json", NULL);
  g_assert_cmpint (lonely_format.status, ==, 2);
  g_assert_nonnull (strstr (lonely_format.err, "--report=gaps"));
}

/* ---- --sync ------------------------------------------------------------- */

#define LOCATIONS "/api/v3/augsburg/de/locations/"
#define EVENTS    "/api/v3/augsburg/de/events/"
#define EN_PAGES  "/api/v3/augsburg/en/pages/"

/* The test server in a thread of its own, since the app runs as a
 * subprocess while this one waits. Events as asked for with
 * ?combine_recurring=True (the server ignores the query), and an empty
 * English page tree, which the fixtures do not have. */
static MitTestPortalServer *
new_portal_server (void)
{
  MitTestPortalServer *server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_OWN_THREAD);

  mit_test_portal_server_add_file (server, EVENTS,
                                   "portal/augsburg/augsburg_de_events_combine_recurring.json");
  mit_test_portal_server_add_json (server, EN_PAGES, "[]");
  return server;
}

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

/* The first column of the first row of @sql, as text ("" for none). */
static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  text = g_strdup (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0)
                   ? (const char *)sqlite3_column_text (stmt, 0) : "");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static guint
query_count (const char *path,
             const char *sql)
{
  g_autofree char *text = query_text (path, sql);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

/* The database file and its WAL, byte for byte. */
static GBytes *
read_database (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *db = NULL;
  g_autofree char *wal = NULL;
  gsize db_len = 0, wal_len = 0;
  GByteArray *bytes = g_byte_array_new ();

  g_assert_true (g_file_get_contents (path, &db, &db_len, NULL));
  g_byte_array_append (bytes, (const guint8 *)db, db_len);
  /* A separator, so the same bytes split differently do not compare equal. */
  g_byte_array_append (bytes, (const guint8 *)"|wal|", 5);
  if (g_file_get_contents (wal_path, &wal, &wal_len, NULL))
    g_byte_array_append (bytes, (const guint8 *)wal, wal_len);
  return g_byte_array_free_to_bytes (bytes);
}

static char *
expected_report (const char *name,
                 guint       actors_added,
                 guint       actors_updated,
                 guint       events_added,
                 guint       topics_added)
{
  return g_strdup_printf ("%s:\n"
                          "  Places (actors): %u added, %u updated, 0 removed, 0 conflicts\n"
                          "  Events: %u added, 0 updated, 0 removed, 0 conflicts\n"
                          "  Topics: %u added, 0 updated, 0 removed, 0 conflicts\n",
                          name, actors_added, actors_updated, events_added, topics_added);
}

/* A region named on the command line is subscribed on its first run and
 * found again on the next; a run without changes writes nothing. */
static void
test_sync_portal (void)
{
  g_autoptr(MitTestPortalServer) server = new_portal_server ();
  g_autofree char *path = mit_test_tmp_path ("cli-sync.db");
  g_autofree char *db = g_strconcat ("--database=", path, NULL);
  const char *url = mit_test_portal_server_get_url (server);
  g_autofree char *portal = g_strconcat ("--portal=", url, NULL);
  g_autofree char *portal_slash = g_strconcat ("--portal=", url, "/", NULL);
  g_autofree char *name = g_strconcat ("augsburg at ", url, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *expected_first = NULL;
  g_autofree char *expected_nothing = g_strconcat (name, ": nothing changed.\n", NULL);
  g_autofree char *languages = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_auto(Run) stored = { 0 };
  g_auto(Run) other_languages = { 0 };
  guint n_locations = fixture_length ("portal/augsburg/augsburg_de_locations.json");
  guint n_events = fixture_length ("portal/augsburg/augsburg_de_events_combine_recurring.json");
  guint n_pages = fixture_length ("portal/augsburg/augsburg_de_pages.json");

  g_remove (path);

  /* Languages repeated and separated by commas, each taken once */
  run_app (&first, db, "--sync", portal, "--region=augsburg", "--language=de",
           "--language=en,de", NULL);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_cmpint (first.status, ==, 0);
  expected = expected_report (name, n_locations, 0, n_events, n_pages);
  expected_first = g_strconcat ("Subscribed to ", name, " in the languages de,en.\n", expected,
                                NULL);
  g_assert_cmpstr (first.out, ==, expected_first);

  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM subscription"), ==, 1);
  languages = query_text (path, "SELECT languages FROM subscription");
  g_assert_cmpstr (languages, ==, "[\"de\",\"en\"]");
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM actor"), ==, n_locations);
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM event"), ==, n_events);
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM topic"), ==, n_pages);
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM origin"), ==, n_locations + n_events);

  /* The same answers again: a line that says so, and not a byte written */
  before = read_database (path);
  run_app (&second, db, "--sync", portal, "--region=augsburg", "--language=de,en", NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.err, ==, "");
  g_assert_cmpstr (second.out, ==, expected_nothing);
  after = read_database (path);
  g_assert_true (g_bytes_equal (before, after));

  /* The same portal written with a slash is the same subscription; its
   * languages stay as they are, with a note */
  run_app (&other_languages, db, "--sync", portal_slash, "--region=augsburg", "--language=en",
           NULL);
  g_assert_cmpint (other_languages.status, ==, 0);
  g_assert_cmpstr (other_languages.out, ==, expected_nothing);
  g_assert_nonnull (strstr (other_languages.err, "de,en"));
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM subscription"), ==, 1);

  /* Without --portal: every stored subscription, here with a change */
  g_assert_true (mit_test_portal_server_change_item (server, LOCATIONS, "id", "2",
                                                     "phone_number", "\"0821 324-0\""));
  run_app (&stored, db, "--sync", NULL);
  g_assert_cmpint (stored.status, ==, 0);
  g_assert_cmpstr (stored.err, ==, "");
  g_clear_pointer (&expected, g_free);
  expected = expected_report (name, 0, 1, 0, 0);
  g_assert_cmpstr (stored.out, ==, expected);
  g_clear_pointer (&languages, g_free);
  languages = query_text (path, "SELECT phone FROM actor");
  g_assert_cmpstr (languages, ==, "0821 324-0");
}

static void
add_subscription (const char *path,
                  const char *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = mit_store_open (path, &error);
  g_autoptr(MitSubscription) subscription = mit_subscription_new (url, "augsburg");

  g_assert_no_error (error);
  g_strfreev (subscription->languages);
  subscription->languages = g_strsplit ("de", ",", -1);
  g_assert_true (mit_store_save_subscription (store, subscription, &error));
  g_assert_no_error (error);
}

/* A portal that answers only with errors: the others are synced all the
 * same, the status says it failed, and it leaves the database as it was. */
static void
test_sync_failing (void)
{
  g_autoptr(MitTestPortalServer) good = new_portal_server ();
  g_autoptr(MitTestPortalServer) bad = new_portal_server ();
  g_autofree char *path = mit_test_tmp_path ("cli-sync-failing.db");
  g_autofree char *db = g_strconcat ("--database=", path, NULL);
  g_autofree char *bad_portal = g_strconcat ("--portal=", mit_test_portal_server_get_url (bad),
                                             NULL);
  g_autofree char *bad_prefix = g_strconcat ("miteinander: augsburg at ",
                                             mit_test_portal_server_get_url (bad), ": ", NULL);
  g_autofree char *good_name = g_strconcat ("augsburg at ", mit_test_portal_server_get_url (good),
                                            NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(Run) named = { 0 };
  g_auto(Run) stored = { 0 };
  g_auto(Run) both = { 0 };

  /* Three attempts, as always, but without seconds of waiting between */
  g_setenv ("MIT_PORTAL_RETRY_DELAY_MS", "1", TRUE);
  mit_test_portal_server_set_fault (bad, LOCATIONS, MIT_TEST_PORTAL_FAULT_ERROR_500, 0);
  g_remove (path);
  {
    g_autoptr(MitStore) store = mit_test_open_store ("cli-sync-failing.db");
  }

  /* Named on the command line: not subscribed, nothing written */
  before = read_database (path);
  run_app (&named, db, "--sync", bad_portal, "--region=augsburg", "--language=de", NULL);
  g_assert_cmpint (named.status, ==, 1);
  g_assert_cmpstr (named.out, ==, "");
  g_assert_true (g_str_has_prefix (named.err, bad_prefix));
  g_assert_nonnull (strstr (named.err, "500"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (bad, LOCATIONS), ==, 3);
  after = read_database (path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_pointer (&before, g_bytes_unref);
  g_clear_pointer (&after, g_bytes_unref);

  /* Stored */
  add_subscription (path, mit_test_portal_server_get_url (bad));
  before = read_database (path);
  run_app (&stored, db, "--sync", NULL);
  g_assert_cmpint (stored.status, ==, 1);
  g_assert_cmpstr (stored.out, ==, "");
  g_assert_true (g_str_has_prefix (stored.err, bad_prefix));
  after = read_database (path);
  g_assert_true (g_bytes_equal (before, after));

  /* Beside one that works, whichever comes first */
  add_subscription (path, mit_test_portal_server_get_url (good));
  run_app (&both, db, "--sync", NULL);
  g_assert_cmpint (both.status, ==, 1);
  g_assert_true (g_str_has_prefix (both.err, bad_prefix));
  g_assert_cmpuint (count_lines (both.err), ==, 1);
  g_assert_true (g_str_has_prefix (both.out, good_name));
  g_assert_nonnull (strstr (both.out, "  Places (actors): 1 added,"));
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM actor"), ==, 1);
  g_assert_cmpuint (query_count (path, "SELECT count(*) FROM subscription WHERE last_sync <> ''"),
                    ==, 1);

  g_unsetenv ("MIT_PORTAL_RETRY_DELAY_MS");
}

/* Wrong or missing options: a message that says what to do, status 2,
 * and no portal asked. */
static void
test_sync_usage (void)
{
  g_autofree char *db = database_arg ("cli-sync-usage.db");
  static const struct
  {
    const char *args[5];
    const char *message;
  } cases[] = {
    { { "--portal=http://127.0.0.1:9", NULL }, "--sync" },
    { { "--region=augsburg", NULL }, "--sync" },
    { { "--language=de", NULL }, "--sync" },
    { { "--sync", "--region=augsburg", NULL }, "--portal=URL" },
    { { "--sync", "--language=de", NULL }, "--portal=URL" },
    { { "--sync", "--portal=http://127.0.0.1:9", NULL }, "--region=" },
    { { "--sync", "--portal=ftp://127.0.0.1:9", "--region=augsburg", NULL }, "ftp://" },
    { { "--sync", "--portal=http://127.0.0.1:9", "--region=aug/sburg", NULL }, "aug/sburg" },
    { { "--sync", "--portal=http://127.0.0.1:9", "--region=augsburg", "--language=d e", NULL },
      "d e" },
    /* Nothing subscribed and nothing named */
    { { "--sync", NULL }, "--portal=URL --region=REGION --language=CODE" },
    /* Not subscribed, and no language to subscribe with */
    { { "--sync", "--portal=http://127.0.0.1:9", "--region=augsburg", NULL }, "--language=" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_app (&run, db, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3],
               cases[i].args[4], NULL);
      g_test_message ("case %u: %s", i, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "miteinander: "));
      g_assert_nonnull (strstr (run.err, cases[i].message));
    }
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/example-and-search", test_example_and_search);
  g_test_add_func ("/cli/export-import-roundtrip", test_export_import_roundtrip);
  g_test_add_func ("/cli/bad-import", test_bad_import);
  g_test_add_func ("/cli/newer-database", test_newer_database);
  g_test_add_func ("/cli/report-gaps", test_report_gaps);
  g_test_add_func ("/cli/sync-portal", test_sync_portal);
  g_test_add_func ("/cli/sync-failing", test_sync_failing);
  g_test_add_func ("/cli/sync-usage", test_sync_usage);

  return g_test_run ();
}
