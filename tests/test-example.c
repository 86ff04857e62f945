/* test-example.c: loading the example network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitExample"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-example.h"
#include "mit-languages.h"
#include "mit-store.h"
#include "mit-test-util.h"

/* Fixed uids from resources/example/network.json */
#define STABSSTELLE_UID "0575ee5e-4ccb-4718-8b0b-a505f0f02bcf"

static MitStore *
open_loaded_store (const char *name)
{
  g_autoptr(GError) error = NULL;
  MitStore *store = mit_test_open_store (name);

  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static GArray *
find_actor_ids (MitStore   *store,
                const char *text,
                const char *kind,
                int         sector)
{
  g_autoptr(GError) error = NULL;
  MitActorFilter filter;
  GArray *ids;

  mit_actor_filter_init (&filter);
  filter.text = g_strdup (text);
  filter.kind = g_strdup (kind);
  filter.sector = sector;
  ids = mit_store_find_actor_ids (store, &filter, &error);
  mit_actor_filter_clear (&filter);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return ids;
}

static GPtrArray *
load_all_actors (MitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = find_actor_ids (store, NULL, NULL, -1);
  GPtrArray *actors;

  g_assert_cmpuint (ids->len, ==, mit_store_count_actors (store));
  actors = mit_store_load_actors (store, &g_array_index (ids, gint64, 0), ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actors->len, ==, ids->len);
  return actors;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *value)
{
  return strv != NULL && g_strv_contains (strv, value);
}

/* Every language code is one the language list knows, so it shows a name */
static void
assert_languages_known (const char * const *codes)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (mit_languages_get_name (codes[i]) == NULL)
        g_test_message ("unknown language code “%s”", codes[i]);
      g_assert_nonnull (mit_languages_get_name (codes[i]));
    }
}

static void
test_example_load (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("load.db");
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) stabsstelle = NULL;
  guint n_actors = mit_store_count_actors (store);
  guint n_persons = mit_store_count_persons (store);
  gboolean sectors[MIT_SECTOR_LAST + 1] = { FALSE, };

  g_assert_cmpuint (n_actors, >=, 35);
  g_assert_cmpuint (n_actors, <=, 45);
  g_assert_cmpuint (n_persons, >=, 55);
  g_assert_cmpuint (n_persons, <=, 70);

  actors = load_all_actors (store);
  for (guint i = 0; i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);
      MitSector sector = mit_actor_get_sector (actor);
      guint n_fields = g_strv_length ((char **) mit_actor_get_fields (actor));

      g_assert_cmpint (sector, <=, MIT_SECTOR_LAST);
      sectors[sector] = TRUE;
      g_assert_cmpuint (n_fields, >=, 1);
      g_assert_cmpuint (n_fields, <=, 4);
      g_assert_cmpstr (mit_actor_get_kind (actor), !=, "");
      g_assert_cmpuint (g_strv_length ((char **) mit_actor_get_languages (actor)), >=, 1);
      assert_languages_known (mit_actor_get_languages (actor));
      g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_DESCRIPTION), !=, "");
      g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_LAST_VERIFIED), !=, "");
      g_assert_true (g_uuid_string_is_valid (mit_actor_get_uid (actor)));
    }
  for (guint s = 0; s <= MIT_SECTOR_LAST; s++)
    g_assert_true (sectors[s]);

  /* Every built-in actor kind and field of action is used */
  for (guint v = 0; v < 2; v++)
    {
      const char *vocabulary = v == 0 ? "actor-kind" : "field";
      g_autoptr(GPtrArray) terms = mit_store_list_vocabulary (store, vocabulary, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (terms->len, >=, 12);
      for (guint t = 0; t < terms->len; t++)
        {
          MitVocabTerm *term = g_ptr_array_index (terms, t);
          gboolean used = FALSE;

          if (!term->builtin)
            continue;
          for (guint i = 0; i < actors->len && !used; i++)
            {
              MitActor *actor = g_ptr_array_index (actors, i);

              used = v == 0 ? g_strcmp0 (mit_actor_get_kind (actor), term->key) == 0
                            : strv_contains (mit_actor_get_fields (actor), term->key);
            }
          if (!used)
            g_test_message ("%s “%s” is not used", vocabulary, term->key);
          g_assert_true (used);
        }
    }

  /* The fixed uid from the file is kept, with every field */
  stabsstelle = mit_store_load_actor_by_uid (store, STABSSTELLE_UID, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stabsstelle);
  g_assert_cmpstr (mit_actor_get_uid (stabsstelle), ==, STABSSTELLE_UID);
  g_assert_cmpstr (mit_actor_get_name (stabsstelle), ==,
                   "Stadt Lindenbrunn – Stabsstelle Integration");
  g_assert_cmpstr (mit_actor_get_kind (stabsstelle), ==, "authority");
  g_assert_cmpint (mit_actor_get_sector (stabsstelle), ==, MIT_SECTOR_PROFESSIONAL);
  g_assert_cmpstr (mit_actor_get_text (stabsstelle, MIT_ACTOR_DISTRICT), ==, "Altstadt");
  g_assert_cmpstr (mit_actor_get_text (stabsstelle, MIT_ACTOR_POSTCODE), ==, "78990");
  g_assert_cmpstr (mit_actor_get_text (stabsstelle, MIT_ACTOR_OPENING_HOURS), ==,
                   "Mo–Fr 9–12 Uhr, Do 14–18 Uhr und nach Vereinbarung");
  g_assert_cmpstr (mit_actor_get_text (stabsstelle, MIT_ACTOR_LAST_VERIFIED), ==, "2026-10-14");
  g_assert_true (strv_contains (mit_actor_get_fields (stabsstelle), "participation"));
  g_assert_true (strv_contains (mit_actor_get_languages (stabsstelle), "tr"));
  g_assert_true (strv_contains (mit_actor_get_tags (stabsstelle), "KIB"));
}

static void
test_example_persons (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("persons.db");
  g_autoptr(GPtrArray) actors = load_all_actors (store);
  g_autoptr(GHashTable) links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GError) error = NULL;
  gboolean consents[MIT_CONSENT_LAST + 1] = { FALSE, };
  guint n_two = 0;
  guint n_volunteers = 0;
  GHashTableIter iter;
  gpointer key, value;

  /* Count each person's links, walking from the actors */
  for (guint i = 0; i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);
      g_autoptr(GPtrArray) affiliations = NULL;

      affiliations = mit_store_list_affiliations_of_actor (store, mit_actor_get_id (actor), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < affiliations->len; j++)
        {
          MitAffiliation *affiliation = g_ptr_array_index (affiliations, j);
          gint64 person_id = mit_affiliation_get_person_id (affiliation);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (links, &person_id));

          g_assert_cmpint (mit_affiliation_get_actor_id (affiliation), ==,
                           mit_actor_get_id (actor));
          g_assert_cmpstr (mit_affiliation_get_role (affiliation), !=, "");
          g_hash_table_insert (links, g_memdup2 (&person_id, sizeof person_id),
                               GUINT_TO_POINTER (n + 1));
        }
    }

  /* Every person is linked to at least one actor */
  g_assert_cmpuint (g_hash_table_size (links), ==, mit_store_count_persons (store));

  g_hash_table_iter_init (&iter, links);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_array_append_val (person_ids, *(gint64 *) key);
      if (GPOINTER_TO_UINT (value) >= 2)
        n_two++;
    }
  g_assert_cmpuint (n_two, >=, 3);

  persons = mit_store_load_persons (store, &g_array_index (person_ids, gint64, 0),
                                    person_ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (persons->len, ==, person_ids->len);
  for (guint i = 0; i < persons->len; i++)
    {
      MitPerson *person = g_ptr_array_index (persons, i);
      g_autoptr(GPtrArray) affiliations = NULL;
      MitConsent consent = mit_person_get_consent (person);
      gint64 person_id;

      g_assert_cmpint (consent, <=, MIT_CONSENT_LAST);
      consents[consent] = TRUE;
      if (mit_person_get_volunteer (person))
        n_volunteers++;
      g_assert_cmpstr (mit_person_get_name (person), !=, "");
      g_assert_true (g_uuid_string_is_valid (mit_person_get_uid (person)));
      assert_languages_known (mit_person_get_languages (person));

      /* The same links seen from the person's side */
      affiliations = mit_store_list_affiliations_of_person (store, mit_person_get_id (person),
                                                            &error);
      g_assert_no_error (error);
      person_id = mit_person_get_id (person);
      g_assert_cmpuint (affiliations->len, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (links, &person_id)));
    }
  for (guint c = 0; c <= MIT_CONSENT_LAST; c++)
    g_assert_true (consents[c]);
  g_assert_cmpuint (n_volunteers, >, 0);
  g_assert_cmpuint (n_volunteers, <, persons->len);
}

static void
test_example_search (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("search.db");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen = FALSE;

  /* "mutter" finds "Müttercafé": diacritics and prefixes */
  ids = find_actor_ids (store, "mutter", NULL, -1);
  g_assert_cmpuint (ids->len, >=, 1);
  found = mit_store_load_actors (store, &g_array_index (ids, gint64, 0), ids->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    {
      MitActor *actor = g_ptr_array_index (found, i);

      if (g_strcmp0 (mit_actor_get_name (actor), "Müttercafé Nordstadt") == 0)
        seen = TRUE;
    }
  g_assert_true (seen);
  g_clear_pointer (&ids, g_array_unref);

  ids = find_actor_ids (store, "Sprachcafe", NULL, -1);
  g_assert_cmpuint (ids->len, >=, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* The filters see the example too */
  ids = find_actor_ids (store, NULL, "day-care", -1);
  g_assert_cmpuint (ids->len, >=, 1);
  g_clear_pointer (&ids, g_array_unref);

  ids = find_actor_ids (store, NULL, NULL, MIT_SECTOR_MIGRANT_ORGANISATION);
  g_assert_cmpuint (ids->len, >=, 5);
  g_clear_pointer (&ids, g_array_unref);
}

static void
count_changed (MitStore *store,
               guint     kinds,
               gpointer  user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_example_twice (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("twice.db");
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  guint n_actors, n_persons;
  gint64 last_change;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &n_changed);

  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  /* One transaction, one notification */
  g_assert_cmpuint (n_changed, ==, 1);

  n_actors = mit_store_count_actors (store);
  n_persons = mit_store_count_persons (store);
  last_change = mit_store_get_last_change (store);

  g_assert_false (mit_example_load (store, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty directory"));
  g_clear_error (&error);

  g_assert_cmpuint (mit_store_count_actors (store), ==, n_actors);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);
  g_assert_cmpint (mit_store_get_last_change (store), ==, last_change);
  g_assert_cmpuint (n_changed, ==, 1);
}

static gboolean
load_text (MitStore   *store,
           const char *text,
           GError    **error)
{
  g_autoptr(GBytes) data = g_bytes_new (text, strlen (text));

  return mit_example_load_bytes (store, data, error);
}

static void
assert_empty (MitStore *store)
{
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpuint (mit_store_count_persons (store), ==, 0);
}

static void
test_example_broken (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("broken.db");
  g_autoptr(GError) error = NULL;
  static const char * const damaged[] = {
    "",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\" ",
    "[ 1, 2, 3 ]",
    "{ \"persons\": [] }",
    "{ \"actors\": { \"key\": \"a\" } }",
    "{ \"actors\": [ { \"name\": \"No key\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\" }, { \"key\": \"a\", \"name\": \"B\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"kind\": \"spaceship\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"sector\": \"hobby\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"fields\": [\"astrology\"] } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"languages\": [\"Deutsch\"] } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"last_verified\": \"2025-02-30\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\", \"uid\": \"not-a-uid\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\" } ],"
    "  \"persons\": [ { \"key\": \"p\", \"name\": \"P\", \"consent\": \"everywhere\" } ] }",
    "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\" } ],"
    "  \"persons\": [ { \"key\": \"p\", \"name\": \"P\","
    "                   \"affiliations\": [ { \"actor\": \"b\", \"role\": \"R\" } ] } ] }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_test_message ("damaged example %u", i);
      g_assert_false (load_text (store, damaged[i], &error));
      g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      assert_empty (store);
    }

  /* Lenient: unknown members and sections, missing optional ones, a
   * number for a postcode, a plain actor key as affiliation */
  g_assert_true (load_text (store,
                            "{ \"version\": 99, \"events\": [ { \"x\": 1 } ],"
                            "  \"actors\": [ { \"key\": \"a\", \"name\": \" A \","
                            "                  \"postcode\": 78990,"
                            "                  \"colour\": \"blue\", \"languages\": \"DE\" } ],"
                            "  \"persons\": [ { \"key\": \"p\", \"name\": \"P\","
                            "                   \"volunteer\": \"yes\","
                            "                   \"affiliations\": [ \"a\" ] } ] }",
                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, 1);
  g_assert_cmpuint (mit_store_count_persons (store), ==, 1);
}

static void
test_example_rollback (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("rollback.db");
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &n_changed);

  /* Two actors with one uid: the store refuses the second inside the
   * transaction, and the first must not stay behind */
  g_assert_false (load_text (store,
                             "{ \"actors\": ["
                             "  { \"key\": \"a\", \"name\": \"A\","
                             "    \"uid\": \"" STABSSTELLE_UID "\" },"
                             "  { \"key\": \"b\", \"name\": \"B\","
                             "    \"uid\": \"" STABSSTELLE_UID "\" } ] }",
                             &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_empty (store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* The store is still usable, and the real example loads */
  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), >=, 35);
  g_assert_cmpuint (n_changed, ==, 1);
}

static void
test_example_reload (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("reload.db");
  g_autoptr(GArray) ids = find_actor_ids (store, NULL, NULL, -1);
  g_autoptr(GArray) person_ids = NULL;
  g_autoptr(GPtrArray) affiliations = NULL;
  g_autoptr(GError) error = NULL;
  guint n_actors = mit_store_count_actors (store);
  guint n_persons = mit_store_count_persons (store);

  /* The user deletes every actor but keeps the persons; loading again
   * links the persons that are still there instead of adding them twice */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 change = mit_store_delete_actor (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (change, >, 0);
    }
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);

  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, n_actors);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);

  /* … and linked again: Deniz Aydoğan works for two actors */
  person_ids = mit_store_find_person_ids (store, "Aydoğan", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (person_ids->len, ==, 1);
  affiliations = mit_store_list_affiliations_of_person (store,
                                                        g_array_index (person_ids, gint64, 0),
                                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (affiliations->len, ==, 2);
}

static void
test_example_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("undo.db");
  g_autoptr(GError) error = NULL;
  gint64 change;

  /* The load is one change, so one undo takes the whole example away */
  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  change = mit_store_get_last_change (store);
  g_assert_cmpint (change, >, 0);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  assert_empty (store);

  /* … and it can be loaded again afterwards */
  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), >=, 35);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/example/load", test_example_load);
  g_test_add_func ("/example/persons", test_example_persons);
  g_test_add_func ("/example/search", test_example_search);
  g_test_add_func ("/example/twice", test_example_twice);
  g_test_add_func ("/example/broken", test_example_broken);
  g_test_add_func ("/example/rollback", test_example_rollback);
  g_test_add_func ("/example/reload", test_example_reload);
  g_test_add_func ("/example/undo", test_example_undo);

  return g_test_run ();
}
