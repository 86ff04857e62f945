/* test-store.c: the database: migrations, refusal, rollback, search, erasure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "mit-languages.h"
#include "mit-store.h"
#include "mit-store-private.h"
#include "mit-test-util.h"

static MitActor *
add_actor (MitStore   *store,
           const char *name,
           const char *kind,
           MitSector   sector,
           const char *district)
{
  g_autoptr(GError) error = NULL;
  MitActor *actor = mit_actor_new ();

  mit_actor_set_name (actor, name);
  mit_actor_set_kind (actor, kind);
  mit_actor_set_sector (actor, sector);
  mit_actor_set_text (actor, MIT_ACTOR_DISTRICT, district);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_actor_get_id (actor), >, 0);
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

static guint
count_matches (MitStore   *store,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  MitActorFilter filter;

  mit_actor_filter_init (&filter);
  filter.text = (char *)text;
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_no_error (error);
  return ids->len;
}

static char *
pragma_text (MitStore   *store,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_mit_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_create (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("create.db");
  g_autofree char *version = pragma_text (store, "PRAGMA user_version");
  g_autofree char *journal = pragma_text (store, "PRAGMA journal_mode");
  g_autofree char *fk = pragma_text (store, "PRAGMA foreign_keys");
  g_autofree char *strict = pragma_text (store, "SELECT strict FROM pragma_table_list WHERE name = 'actor'");
  g_autofree char *backup = g_strconcat (mit_store_get_path (store), ".backup-v1", NULL);

  g_assert_cmpint (mit_store_get_schema_version (), ==, 6);
  g_assert_cmpstr (version, ==, "6");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (fk, ==, "1");
  g_assert_cmpstr (strict, ==, "1");
  /* A new file needs no backup. */
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
}

static void
test_strict_tables (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("strict.db");
  int rc;

  rc = sqlite3_exec (_mit_store_get_db (store),
                     "INSERT INTO actor (uid, name, sort_key, match_key, sector, created, modified) "
                     "VALUES ('x', 'n', x'00', 'n', 'not a number', 'c', 'm')",
                     NULL, NULL, NULL);
  g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
}

static void
test_actor_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("roundtrip.db");
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(MitActor) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[] = { "language", "counselling", NULL };
  const char *languages[] = { "de", "tr", "ar", NULL };
  const char *tags[] = { "Sprachcafé", "Frauen", NULL };

  mit_actor_set_name (actor, "  Müttercafé Nordstadt ");
  mit_actor_set_kind (actor, "volunteer-initiative");
  mit_actor_set_sector (actor, MIT_SECTOR_VOLUNTEER);
  mit_actor_set_fields (actor, fields);
  mit_actor_set_languages (actor, languages);
  mit_actor_set_tags (actor, tags);
  mit_actor_set_text (actor, MIT_ACTOR_STREET, "Lindenstraße 4");
  mit_actor_set_text (actor, MIT_ACTOR_POSTCODE, "78224");
  mit_actor_set_text (actor, MIT_ACTOR_TOWN, "Singen");
  mit_actor_set_text (actor, MIT_ACTOR_DESCRIPTION, "Treffpunkt für Mütter mit \"Kindern\"\nund Tee.");

  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_actor_get_id (actor), >, 0);
  g_assert_true (g_uuid_string_is_valid (mit_actor_get_uid (actor)));
  g_assert_nonnull (mit_actor_get_created (actor));
  g_assert_cmpstr (mit_actor_get_name (actor), ==, "Müttercafé Nordstadt");

  loaded = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_actor_get_name (loaded), ==, "Müttercafé Nordstadt");
  g_assert_cmpstr (mit_actor_get_kind (loaded), ==, "volunteer-initiative");
  g_assert_cmpint (mit_actor_get_sector (loaded), ==, MIT_SECTOR_VOLUNTEER);
  g_assert_true (g_strv_equal (mit_actor_get_fields (loaded), fields));
  g_assert_true (g_strv_equal (mit_actor_get_languages (loaded), languages));
  g_assert_true (g_strv_equal (mit_actor_get_tags (loaded), tags));
  g_assert_cmpstr (mit_actor_get_text (loaded, MIT_ACTOR_DESCRIPTION), ==,
                   "Treffpunkt für Mütter mit \"Kindern\"\nund Tee.");
  g_assert_cmpstr (mit_actor_get_uid (loaded), ==, mit_actor_get_uid (actor));

  /* Update in place */
  mit_actor_set_text (actor, MIT_ACTOR_TOWN, "Konstanz");
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_clear_object (&loaded);
  loaded = mit_store_load_actor_by_uid (store, mit_actor_get_uid (actor), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_actor_get_text (loaded, MIT_ACTOR_TOWN), ==, "Konstanz");
  g_assert_cmpuint (mit_store_count_actors (store), ==, 1);

  /* Saving again what is stored records no change */
  {
    gint64 before = mit_store_get_last_change (store);

    g_assert_true (mit_store_save_actor (store, actor, &error));
    g_assert_no_error (error);
    g_assert_cmpint (mit_store_get_last_change (store), ==, before);
  }

  /* An empty name is refused and nothing is written. */
  {
    g_autoptr(MitActor) nameless = mit_actor_new ();
    gint64 before = mit_store_get_last_change (store);

    mit_actor_set_name (nameless, "   ");
    g_assert_false (mit_store_save_actor (store, nameless, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (mit_store_get_last_change (store), ==, before);
  }
}

static void
test_refuse_newer (void)
{
  g_autofree char *path = mit_test_tmp_path ("newer.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) refused = NULL;
  sqlite3 *db;

  {
    g_autoptr(MitStore) store = mit_test_open_store ("newer.db");
    g_autoptr(MitActor) actor = add_actor (store, "Jobcenter", "job-centre", 0, "Mitte");
  }
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  before = read_file (path);
  refused = mit_store_open (path, &error);
  g_assert_null (refused);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  after = read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_refuse_foreign_file (void)
{
  g_autofree char *text_path = mit_test_tmp_path ("notes.txt");
  g_autofree char *other_path = mit_test_tmp_path ("other.sqlite");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  MitStore *store;
  sqlite3 *db;

  g_assert_true (g_file_set_contents (text_path, "Name;Ort\nCaritas;Singen\n", -1, NULL));
  before = read_file (text_path);
  store = mit_store_open (text_path, &error);
  g_assert_null (store);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  after = read_file (text_path);
  g_assert_true (g_bytes_equal (before, after));

  /* Some other program's database */
  g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = mit_store_open (other_path, &error);
  g_assert_null (store);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT);
}

/* tests/fixtures/store/v1.db was written by the version-1 schema (the first
 * release) and holds two actors, one person and a link. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *fixture = mit_test_fixture_path ("store/v1.db");
  g_autofree char *path = mit_test_tmp_path ("migrate.db");
  g_autofree char *backup_path = g_strconcat (path, ".backup-v1", NULL);
  g_autoptr(GBytes) original = read_file (fixture);
  g_autoptr(GBytes) backup = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *version = NULL;
  g_autofree char *index = NULL;
  MitActorFilter filter;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (original, NULL),
                                      g_bytes_get_size (original), NULL));
  store = mit_store_open (path, &error);
  g_assert_no_error (error);

  version = pragma_text (store, "PRAGMA user_version");
  g_assert_cmpint (atoi (version), ==, mit_store_get_schema_version ());
  index = pragma_text (store, "SELECT name FROM sqlite_schema WHERE name = 'history_stamp'");
  g_assert_cmpstr (index, ==, "history_stamp");

  /* The backup is a readable copy of the old file, at version 1. */
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  {
    g_autoptr(MitStore) old = NULL;
    sqlite3 *db;
    sqlite3_stmt *stmt;

    g_assert_cmpint (sqlite3_open (backup_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM actor", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* The data survived and is still searchable. */
  g_assert_cmpuint (mit_store_count_actors (store), ==, 2);
  g_assert_cmpuint (mit_store_count_persons (store), ==, 1);
  mit_actor_filter_init (&filter);
  filter.text = (char *)"sprachcafe";
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  links = mit_store_list_affiliations_of_actor (store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (mit_affiliation_get_person_name (g_ptr_array_index (links, 0)), ==, "Leyla Aydın");

  /* Opening again does not migrate (or back up) again. */
  g_clear_object (&store);
  g_unlink (backup_path);
  store = mit_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  (void)backup;
}

static void
test_transactions (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("transactions.db");
  g_autoptr(MitActor) a = mit_actor_new ();
  g_autoptr(MitActor) b = mit_actor_new ();
  g_autoptr(MitActor) c = mit_actor_new ();
  g_autoptr(MitActor) nameless = mit_actor_new ();
  g_autoptr(GError) error = NULL;
  gint64 before;

  /* A failure inside a transaction, then rollback: nothing stays. */
  before = mit_store_get_last_change (store);
  g_assert_true (mit_store_begin (store, &error));
  mit_actor_set_name (a, "Caritasverband");
  g_assert_true (mit_store_save_actor (store, a, &error));
  g_assert_false (mit_store_save_actor (store, nameless, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_store_rollback (store);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpint (mit_store_get_last_change (store), ==, before);

  /* Nested: the inner part rolls back alone. */
  g_assert_true (mit_store_begin (store, &error));
  mit_actor_set_name (b, "Diakonie");
  g_assert_true (mit_store_save_actor (store, b, &error));
  g_assert_true (mit_store_begin (store, &error));
  mit_actor_set_name (c, "AWO");
  g_assert_true (mit_store_save_actor (store, c, &error));
  mit_store_rollback (store);
  g_assert_true (mit_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 1);
  g_assert_cmpuint (count_matches (store, "Diakonie"), ==, 1);
  g_assert_cmpuint (count_matches (store, "AWO"), ==, 0);
}

static void
test_disk_full (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("full.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *limit = NULL;
  gboolean ok = TRUE;
  gint64 before;

  g_autoptr(MitActor) first = add_actor (store, "Stadt Singen", "authority", 0, "Mitte");
  before = mit_store_get_last_change (store);

  /* Let the file grow by no more than a few pages: a full disk. */
  pages = pragma_text (store, "PRAGMA page_count");
  limit = g_strdup_printf ("PRAGMA max_page_count = %d", atoi (pages) + 2);
  g_free (pragma_text (store, limit));

  g_assert_true (mit_store_begin (store, &error));
  for (guint i = 0; i < 2000 && ok; i++)
    {
      g_autoptr(MitActor) actor = mit_actor_new ();
      g_autofree char *name = g_strdup_printf ("Verein Nummer %u mit einem langen Namen", i);

      mit_actor_set_name (actor, name);
      mit_actor_set_text (actor, MIT_ACTOR_DESCRIPTION,
                          "Ein Verein, der Sprachkurse, Beratung und Begegnung anbietet.");
      ok = mit_store_save_actor (store, actor, &error);
    }
  g_assert_false (ok);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  mit_store_rollback (store);

  g_assert_cmpuint (mit_store_count_actors (store), ==, 1);
  g_assert_cmpint (mit_store_get_last_change (store), ==, before);
  g_assert_cmpuint (count_matches (store, "Verein"), ==, 0);
}

static void
test_search (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("search.db");
  g_autoptr(MitActor) cafe = add_actor (store, "Müttercafé Nordstadt", "volunteer-initiative",
                                        MIT_SECTOR_VOLUNTEER, "Nordstadt");
  g_autoptr(MitActor) caritas = add_actor (store, "Caritasverband Singen-Hegau e.V.",
                                           "welfare-association", MIT_SECTOR_PROFESSIONAL, "Mitte");
  g_autoptr(MitPerson) person = add_person (store, "Ayşe Demir");
  g_autoptr(GError) error = NULL;
  gint64 link;

  /* Diacritics-insensitive prefix search on names */
  g_assert_cmpuint (count_matches (store, "Mutter"), ==, 1);
  g_assert_cmpuint (count_matches (store, "mütt"), ==, 1);
  g_assert_cmpuint (count_matches (store, "MUTTERCAFE"), ==, 1);
  g_assert_cmpuint (count_matches (store, "caritas hegau"), ==, 1);
  g_assert_cmpuint (count_matches (store, "caritas nordstadt"), ==, 0);
  g_assert_cmpuint (count_matches (store, "\"*()"), ==, 0);

  /* Addresses, descriptions, tags */
  mit_actor_set_text (caritas, MIT_ACTOR_STREET, "Erzbergerstraße 12");
  mit_actor_set_text (caritas, MIT_ACTOR_DESCRIPTION, "Migrationsberatung für Erwachsene");
  {
    const char *tags[] = { "MBE", NULL };
    mit_actor_set_tags (caritas, tags);
  }
  g_assert_true (mit_store_save_actor (store, caritas, &error));
  g_assert_cmpuint (count_matches (store, "erzberger"), ==, 1);
  /* ß is typed as ss on many keyboards */
  g_assert_cmpuint (count_matches (store, "erzbergerstrasse"), ==, 1);
  g_assert_cmpuint (count_matches (store, "erzbergerstraße"), ==, 1);
  g_assert_cmpuint (count_matches (store, "migrationsber"), ==, 1);
  g_assert_cmpuint (count_matches (store, "mbe"), ==, 1);

  /* The people linked to an actor */
  g_assert_cmpuint (count_matches (store, "ayse"), ==, 0);
  link = mit_store_link_person (store, mit_person_get_id (person), mit_actor_get_id (cafe),
                                "Ansprechpartnerin", &error);
  g_assert_no_error (error);
  g_assert_cmpint (link, >, 0);
  g_assert_cmpuint (count_matches (store, "ayse"), ==, 1);
  g_assert_cmpuint (count_matches (store, "Demir"), ==, 1);

  /* Renaming the person updates the actor's entry */
  mit_person_set_name (person, "Ayşe Yılmaz");
  g_assert_true (mit_store_save_person (store, person, &error));
  g_assert_cmpuint (count_matches (store, "demir"), ==, 0);
  g_assert_cmpuint (count_matches (store, "yilmaz"), ==, 1);

  g_assert_true (mit_store_unlink_person (store, link, &error));
  g_assert_cmpuint (count_matches (store, "yilmaz"), ==, 0);

  /* Persons on their own */
  {
    g_autoptr(GArray) ids = mit_store_find_person_ids (store, "yilm", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
  }

  /* Deleting removes from search */
  g_assert_cmpint (mit_store_delete_actor (store, mit_actor_get_id (cafe), &error), >, 0);
  g_assert_cmpuint (count_matches (store, "mutter"), ==, 0);
}

static void
test_match_query (void)
{
  g_autofree char *a = mit_store_build_match_query ("Mütter  café");
  g_autofree char *b = mit_store_build_match_query ("\"; DROP TABLE actor; --");
  g_autofree char *c = mit_store_build_match_query ("  -*  ");

  g_assert_cmpstr (a, ==, "\"Mütter\"* \"café\"*");
  g_assert_cmpstr (b, ==, "\"DROP\"* \"TABLE\"* \"actor\"*");
  g_assert_null (c);
}

static void
test_filters (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("filters.db");
  g_autoptr(MitActor) a = add_actor (store, "Sprachcafé", "volunteer-initiative", MIT_SECTOR_VOLUNTEER, "Nordstadt");
  g_autoptr(MitActor) b = add_actor (store, "Türkisch-Islamische Gemeinde", "religious-community",
                                     MIT_SECTOR_MIGRANT_ORGANISATION, "Südstadt");
  g_autoptr(MitActor) c = add_actor (store, "Jobcenter", "job-centre", MIT_SECTOR_PROFESSIONAL, "Nordstadt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_auto(GStrv) districts = NULL;
  const char *fa[] = { "language", "participation", NULL };
  const char *fb[] = { "participation", NULL };
  const char *la[] = { "de", "ar", NULL };
  const char *lb[] = { "tr", "de", NULL };
  MitActorFilter filter;

  mit_actor_set_fields (a, fa);
  mit_actor_set_languages (a, la);
  mit_actor_set_fields (b, fb);
  mit_actor_set_languages (b, lb);
  g_assert_true (mit_store_save_actor (store, a, &error));
  g_assert_true (mit_store_save_actor (store, b, &error));

  mit_actor_filter_init (&filter);
  filter.field = (char *)"participation";
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  filter.language = (char *)"tr";
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_actor_get_id (b));
  g_clear_pointer (&ids, g_array_unref);

  mit_actor_filter_init (&filter);
  filter.district = (char *)"Nordstadt";
  filter.sector = MIT_SECTOR_PROFESSIONAL;
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_actor_get_id (c));
  g_clear_pointer (&ids, g_array_unref);

  mit_actor_filter_init (&filter);
  filter.kind = (char *)"volunteer-initiative";
  filter.text = (char *)"sprach";
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* Changing the lists updates the index tables */
  mit_actor_set_fields (a, NULL);
  g_assert_true (mit_store_save_actor (store, a, &error));
  mit_actor_filter_init (&filter);
  filter.field = (char *)"language";
  ids = mit_store_find_actor_ids (store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 0);

  districts = mit_store_list_districts (store);
  g_assert_cmpuint (g_strv_length (districts), ==, 2);
  g_assert_cmpstr (districts[0], ==, "Nordstadt");
  g_assert_cmpstr (districts[1], ==, "Südstadt");
}

static void
test_sorting (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("sorting.db");
  const char *names[] = { "Zentrum für Migration", "Ärztehaus am Markt", "arbeitsagentur",
                          "Bürgerhaus", "Arbeitskreis Asyl", "Öffentliche Bücherei" };
  const char *expected[] = { "arbeitsagentur", "Arbeitskreis Asyl", "Ärztehaus am Markt",
                             "Bürgerhaus", "Öffentliche Bücherei", "Zentrum für Migration" };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_actor (store, names[i], "other", 0, ""));

  ids = mit_store_find_actor_ids (store, NULL, &error);
  g_assert_no_error (error);
  actors = mit_store_load_actors (store, (gint64 *)(gpointer)ids->data, ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actors->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < actors->len; i++)
    g_assert_cmpstr (mit_actor_get_name (g_ptr_array_index (actors, i)), ==, expected[i]);
}

static void
changed_cb (MitStore *store,
            guint     kinds,
            GArray   *log)
{
  g_array_append_val (log, kinds);
}

static void
test_changed_signal (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("signal.db");
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(MitPerson) person = NULL;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), log);

  actor = add_actor (store, "VHS Singen", "education-provider", 0, "");
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpuint (g_array_index (log, guint, 0), ==, MIT_RECORD_ACTOR);

  /* One transaction, one signal, every kind in it */
  g_assert_true (mit_store_begin (store, &error));
  person = add_person (store, "Jonas Weber");
  mit_store_link_person (store, mit_person_get_id (person), mit_actor_get_id (actor), "Leitung", &error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_true (mit_store_commit (store, &error));
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, guint, 1), ==, MIT_RECORD_PERSON | MIT_RECORD_AFFILIATION);

  /* A rolled-back transaction says nothing */
  g_assert_true (mit_store_begin (store, &error));
  g_object_unref (add_actor (store, "Verworfen", "other", 0, ""));
  mit_store_rollback (store);
  g_assert_cmpuint (log->len, ==, 2);
}

static void
test_undo_delete (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("undo.db");
  g_autoptr(MitActor) actor = add_actor (store, "Syrischer Kulturverein", "migrant-organisation",
                                         MIT_SECTOR_MIGRANT_ORGANISATION, "Südstadt");
  g_autoptr(MitPerson) p1 = add_person (store, "Rami Haddad");
  g_autoptr(MitPerson) p2 = add_person (store, "Lina Saleh");
  g_autoptr(MitActor) restored = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[] = { "culture-sport", NULL };
  gint64 change;

  mit_actor_set_fields (actor, fields);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  mit_store_link_person (store, mit_person_get_id (p1), mit_actor_get_id (actor), "Vorsitzender", &error);
  mit_store_link_person (store, mit_person_get_id (p2), mit_actor_get_id (actor), "Kasse", &error);
  g_assert_no_error (error);

  change = mit_store_delete_actor (store, mit_actor_get_id (actor), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpuint (count_matches (store, "haddad"), ==, 0);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  restored = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_actor_get_uid (restored), ==, mit_actor_get_uid (actor));
  g_assert_cmpstr (mit_actor_get_name (restored), ==, "Syrischer Kulturverein");
  g_assert_true (g_strv_equal (mit_actor_get_fields (restored), fields));
  links = mit_store_list_affiliations_of_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpuint (count_matches (store, "haddad"), ==, 1);
  g_assert_cmpuint (count_matches (store, "kulturverein"), ==, 1);
  {
    MitActorFilter filter;
    g_autoptr(GArray) ids = NULL;

    mit_actor_filter_init (&filter);
    filter.field = (char *)"culture-sport";
    ids = mit_store_find_actor_ids (store, &filter, &error);
    g_assert_cmpuint (ids->len, ==, 1);
  }
  /* The sort key came back too: it sorts with the others */
  g_object_unref (add_actor (store, "Arbeitskreis", "other", 0, ""));
  {
    g_autoptr(GArray) ids = mit_store_find_actor_ids (store, NULL, &error);
    g_assert_cmpint (g_array_index (ids, gint64, 1), ==, mit_actor_get_id (actor));
  }

  /* An unknown change cannot be undone */
  g_assert_false (mit_store_undo (store, 99999, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

static void
assert_file_lacks (const char *path,
                   const char *needle)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  if (mit_test_file_contains (path, needle))
    g_error ("“%s” is still in %s", needle, path);
  if (g_file_test (wal, G_FILE_TEST_EXISTS) && mit_test_file_contains (wal, needle))
    g_error ("“%s” is still in %s", needle, wal);
}

static void
test_erase_person (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("erase.db");
  g_autoptr(MitActor) actor = add_actor (store, "Frauenberatung", "counselling", 0, "Mitte");
  g_autoptr(MitPerson) keep = add_person (store, "Helga Brenner");
  g_autoptr(MitPerson) person = add_person (store, "Zeynepsu Karakayalı");
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = g_strdup (mit_person_get_uid (person));
  g_autofree char *history = NULL;
  const char *path = mit_store_get_path (store);

  mit_person_set_text (person, MIT_PERSON_EMAIL, "zeynepsu.k@beispiel.example");
  mit_person_set_text (person, MIT_PERSON_PHONE, "+49 7731 555123");
  g_assert_true (mit_store_save_person (store, person, &error));
  mit_store_link_person (store, mit_person_get_id (person), mit_actor_get_id (actor),
                         "Ansprechpartnerin Beratung", &error);
  mit_store_link_person (store, mit_person_get_id (keep), mit_actor_get_id (actor), "Leitung", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_matches (store, "karakayali"), ==, 1);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_true (mit_test_file_contains (path, "Zeynepsu") || mit_test_file_contains (wal, "Zeynepsu"));
  }

  g_assert_true (mit_store_erase_person (store, mit_person_get_id (person), &error));
  g_assert_no_error (error);

  /* Gone from the tables, the history and the search */
  g_assert_cmpuint (mit_store_count_persons (store), ==, 1);
  g_assert_cmpuint (count_matches (store, "karakayali"), ==, 0);
  g_assert_cmpuint (count_matches (store, "brenner"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM history WHERE uid = '%s' "
                                            "OR old LIKE '%%Zeynepsu%%' OR new LIKE '%%Zeynepsu%%'", uid);
    history = pragma_text (store, sql);
  }
  g_assert_cmpstr (history, ==, "0");
  {
    g_autoptr(GArray) ids = mit_store_find_person_ids (store, "zeynepsu", &error);
    g_assert_cmpuint (ids->len, ==, 0);
  }

  /* And from the bytes of the file */
  g_clear_object (&store);
  {
    g_autofree char *file = mit_test_tmp_path ("erase.db");

    assert_file_lacks (file, "Zeynepsu");
    assert_file_lacks (file, "zeynepsu");
    assert_file_lacks (file, "Karakayal");
    assert_file_lacks (file, "karakayali");
    assert_file_lacks (file, "555123");
    assert_file_lacks (file, uid);
    g_assert_true (mit_test_file_contains (file, "Helga Brenner"));
  }
}

static void
test_delete_person_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("person-undo.db");
  g_autoptr(MitActor) actor = add_actor (store, "Jugendmigrationsdienst", "counselling", 0, "");
  g_autoptr(MitPerson) person = add_person (store, "Mihai Popescu");
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  mit_store_link_person (store, mit_person_get_id (person), mit_actor_get_id (actor), "Beratung", &error);
  change = mit_store_delete_person (store, mit_person_get_id (person), &error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (mit_store_count_persons (store), ==, 0);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  links = mit_store_list_affiliations_of_person (store, mit_person_get_id (person), &error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (mit_affiliation_get_role (g_ptr_array_index (links, 0)), ==, "Beratung");
  g_assert_cmpuint (count_matches (store, "popescu"), ==, 1);

  /* After the traces are erased, the deletion can no longer be undone */
  change = mit_store_delete_person (store, mit_person_get_id (person), &error);
  g_assert_true (mit_store_erase_person_traces (store, mit_person_get_uid (person), &error));
  g_assert_false (mit_store_undo (store, change, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

/* A second connection for a worker (import, overview) must not erase a
 * person whose deletion the first one still offers to undo; opening the
 * file anew (a later start) does. */
static void
test_secondary_keeps_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("secondary.db");
  g_autoptr(MitPerson) person = add_person (store, "Ioana Popescu");
  g_autoptr(MitStore) second = NULL;
  g_autoptr(MitStore) third = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  change = mit_store_delete_person (store, mit_person_get_id (person), &error);
  g_assert_cmpint (change, >, 0);

  second = mit_store_open_secondary (mit_store_get_path (store), &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_cmpuint (mit_store_count_persons (second), ==, 0);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_persons (store), ==, 1);

  change = mit_store_delete_person (store, mit_person_get_id (person), &error);
  third = mit_store_open (mit_store_get_path (store), &error);
  g_assert_no_error (error);
  g_assert_false (mit_store_undo (store, change, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

static void
test_duplicates (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("duplicates.db");
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) same = NULL;
  g_autoptr(GArray) other_street = NULL;
  g_autoptr(GArray) other_name = NULL;
  g_autoptr(GArray) no_street = NULL;

  mit_actor_set_name (actor, "Türkisch-Islamische Gemeinde e.V.");
  mit_actor_set_text (actor, MIT_ACTOR_STREET, "Hauptstraße 5");
  mit_actor_set_text (actor, MIT_ACTOR_POSTCODE, "78224");
  g_assert_true (mit_store_save_actor (store, actor, &error));

  same = mit_store_find_likely_duplicates (store, "turkisch islamische gemeinde e. V.", "Hauptstr. 5", "78224", &error);
  g_assert_cmpuint (same->len, ==, 1);
  other_street = mit_store_find_likely_duplicates (store, "Türkisch-Islamische Gemeinde e.V.", "Bahnhofstraße 1", "78224", &error);
  g_assert_cmpuint (other_street->len, ==, 0);
  other_name = mit_store_find_likely_duplicates (store, "Türkischer Elternverein", "Hauptstraße 5", "78224", &error);
  g_assert_cmpuint (other_name->len, ==, 0);
  no_street = mit_store_find_likely_duplicates (store, "Türkisch-Islamische Gemeinde e.V.", "", "", &error);
  g_assert_cmpuint (no_street->len, ==, 1);
}

static void
test_vocabulary (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("vocab.db");
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *again = NULL;
  g_autofree char *builtin = NULL;
  MitVocabTerm *last;

  kinds = mit_store_list_vocabulary (store, "actor-kind", &error);
  g_assert_cmpuint (kinds->len, ==, 12);
  fields = mit_store_list_vocabulary (store, "field", &error);
  g_assert_cmpuint (fields->len, ==, 12);
  g_assert_cmpstr (mit_store_get_vocabulary_label (store, "actor-kind", "job-centre"), ==, "Job centre");

  key = mit_store_add_vocabulary_term (store, "actor-kind", "Stadtteilzentrum", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "stadtteilzentrum");
  again = mit_store_add_vocabulary_term (store, "actor-kind", "stadtteilzentrum ", &error);
  g_assert_cmpstr (again, ==, key);
  builtin = mit_store_add_vocabulary_term (store, "actor-kind", "Job centre", &error);
  g_assert_cmpstr (builtin, ==, "job-centre");
  g_assert_cmpstr (mit_store_get_vocabulary_label (store, "actor-kind", key), ==, "Stadtteilzentrum");

  g_clear_pointer (&kinds, g_ptr_array_unref);
  kinds = mit_store_list_vocabulary (store, "actor-kind", &error);
  g_assert_cmpuint (kinds->len, ==, 13);
  /* New terms go before "Other" */
  last = g_ptr_array_index (kinds, kinds->len - 1);
  g_assert_cmpstr (last->key, ==, "other");
}

static void
test_languages (void)
{
  const char * const *codes = mit_languages_list_codes ();

  g_assert_cmpstr (mit_languages_get_name ("de"), ==, "German");
  g_assert_cmpstr (mit_languages_get_name ("prs"), ==, "Dari");
  g_assert_null (mit_languages_get_name ("xx"));
  g_assert_cmpstr (mit_languages_lookup ("TR"), ==, "tr");
  g_assert_cmpstr (mit_languages_lookup ("tur"), ==, "tr");
  g_assert_cmpstr (mit_languages_lookup ("ger"), ==, "de");
  g_assert_cmpstr (mit_languages_lookup (" turkish "), ==, "tr");
  g_assert_cmpstr (mit_languages_lookup ("Northern Kurdish"), ==, "kmr");
  g_assert_null (mit_languages_lookup ("Klingonisch"));
  g_assert_cmpuint (g_strv_length ((char **)codes), >=, 180);
  g_assert_true (g_strv_contains (codes, "uk"));
}

static void
test_external_changes (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("external.db");
  g_autoptr(MitStore) other = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;

  other = mit_store_open (mit_store_get_path (store), &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), log);

  /* Its own writes are not "external" */
  g_object_unref (add_actor (store, "Moscheeverein", "religious-community", 0, ""));
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_false (mit_store_check_external_changes (store));

  /* Another connection's (the command line's) are, once */
  g_object_unref (add_actor (other, "Sportverein", "club", 0, ""));
  g_assert_true (mit_store_check_external_changes (store));
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, guint, 1) & MIT_RECORD_ACTOR, ==, MIT_RECORD_ACTOR);
  g_assert_false (mit_store_check_external_changes (store));
  g_assert_cmpuint (count_matches (store, "sportverein"), ==, 1);
}

static void
test_settings (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("settings.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *missing = mit_store_get_setting (store, "nothing");

  g_assert_null (missing);
  g_assert_true (mit_store_set_setting (store, "csv-mapping", "Name=name", &error));
  g_assert_true (mit_store_set_setting (store, "csv-mapping", "Bezeichnung=name", &error));
  value = mit_store_get_setting (store, "csv-mapping");
  g_assert_cmpstr (value, ==, "Bezeichnung=name");
}

/* Barrier-free and the coordinates (schema 6) are kept, changed, compared
 * for "unchanged", and brought back by undoing a deletion and an update. */
static void
test_actor_place (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("place.db");
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(MitActor) loaded = NULL;
  g_autoptr(MitActor) restored = NULL;
  g_autoptr(GError) error = NULL;
  double latitude, longitude;
  gint64 change;

  mit_actor_set_name (actor, "Bürgerbüro Oberhausen");
  g_assert_true (mit_store_save_actor (store, actor, &error));
  loaded = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpint (mit_actor_get_barrier_free (loaded), ==, MIT_BARRIER_FREE_UNKNOWN);
  g_assert_false (mit_actor_get_coordinates (loaded, NULL, NULL));
  g_clear_object (&loaded);

  mit_actor_set_barrier_free (actor, MIT_BARRIER_FREE_YES);
  mit_actor_set_coordinates (actor, 48.3781092, 10.887578);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  change = mit_store_get_last_change (store);
  loaded = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpint (mit_actor_get_barrier_free (loaded), ==, MIT_BARRIER_FREE_YES);
  g_assert_true (mit_actor_get_coordinates (loaded, &latitude, &longitude));
  g_assert_cmpfloat_with_epsilon (latitude, 48.3781092, 1e-9);
  g_assert_cmpfloat_with_epsilon (longitude, 10.887578, 1e-9);

  /* Saving the same values writes nothing. */
  g_assert_true (mit_store_save_actor (store, loaded, &error));
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);

  /* Undoing the update forgets them again. */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpint (mit_actor_get_barrier_free (loaded), ==, MIT_BARRIER_FREE_UNKNOWN);
  g_assert_false (mit_actor_get_coordinates (loaded, NULL, NULL));

  /* Undoing a deletion brings them back. */
  mit_actor_set_barrier_free (loaded, MIT_BARRIER_FREE_NO);
  mit_actor_set_coordinates (loaded, -33.5, 151.25);
  g_assert_true (mit_store_save_actor (store, loaded, &error));
  change = mit_store_delete_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpint (change, >, 0);
  g_assert_true (mit_store_undo (store, change, &error));
  restored = mit_store_load_actor (store, mit_actor_get_id (actor), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_actor_get_barrier_free (restored), ==, MIT_BARRIER_FREE_NO);
  g_assert_true (mit_actor_get_coordinates (restored, &latitude, &longitude));
  g_assert_cmpfloat (latitude, ==, -33.5);
  g_assert_cmpfloat (longitude, ==, 151.25);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/store/create", test_create);
  g_test_add_func ("/store/strict-tables", test_strict_tables);
  g_test_add_func ("/store/actor-roundtrip", test_actor_roundtrip);
  g_test_add_func ("/store/actor-place", test_actor_place);
  g_test_add_func ("/store/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/refuse-foreign-file", test_refuse_foreign_file);
  g_test_add_func ("/store/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/store/transactions", test_transactions);
  g_test_add_func ("/store/disk-full", test_disk_full);
  g_test_add_func ("/store/search", test_search);
  g_test_add_func ("/store/match-query", test_match_query);
  g_test_add_func ("/store/filters", test_filters);
  g_test_add_func ("/store/sorting", test_sorting);
  g_test_add_func ("/store/changed-signal", test_changed_signal);
  g_test_add_func ("/store/undo-delete", test_undo_delete);
  g_test_add_func ("/store/erase-person", test_erase_person);
  g_test_add_func ("/store/delete-person-undo", test_delete_person_undo);
  g_test_add_func ("/store/secondary-keeps-undo", test_secondary_keeps_undo);
  g_test_add_func ("/store/duplicates", test_duplicates);
  g_test_add_func ("/store/vocabulary", test_vocabulary);
  g_test_add_func ("/store/languages", test_languages);
  g_test_add_func ("/store/settings", test_settings);
  g_test_add_func ("/store/external-changes", test_external_changes);

  return g_test_run ();
}
