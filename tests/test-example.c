/* test-example.c: loading the example network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitExample"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "mit-example.h"
#include "mit-languages.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-store-meetings.h"
#include "mit-store-private.h"
#include "mit-test-util.h"

/* Fixed uids from resources/example/network.json */
#define STABSSTELLE_UID "0575ee5e-4ccb-4718-8b0b-a505f0f02bcf"
#define YOUTH_GROUP_UID "5b877253-0386-4a0a-81cb-1c8cf5b4390e"   /* Jugendliche im Bahnhofsviertel */
#define A_GROUP_UID     "6d0fdd88-213a-4209-b62c-e1ea2d5047a3"
#define SPRACHCAFE_EVENT_UID    "4675b747-05b4-452e-afe8-5d3d07018ff4"
#define NETWORK_MEETING_UID     "77d8e252-58e3-4045-9003-c0b69c082a17"
#define KITA_WORKSHOP_UID       "9634c8d9-3508-4815-a4b5-8a06fd9495f6"
#define FESTIVAL_UID            "327a76b6-bbd6-4928-aa14-7e06a74ada23"
#define BIBLIOTHEK_UID          "e3eca0cd-7b9a-44de-8d46-a72e7c2221da"

/* The events in resources/example/network.json */
#define N_EXAMPLE_EVENTS 24

/* What mit_example_load() writes of the steering group (see the tables in
 * src/core/mit-example.c) */
#define N_EXAMPLE_MEMBERS        9
#define N_EXAMPLE_MEETINGS       4
#define N_EXAMPLE_AGENDA_ITEMS   18
#define N_EXAMPLE_ACKNOWLEDGED   4   /* Kenntnisnahme */
#define N_EXAMPLE_RESOLUTIONS    8   /* Beschluss, with votes */
#define N_EXAMPLE_RECOMMENDED    3   /* Empfehlung */
#define N_EXAMPLE_ACTIONS        13
#define N_EXAMPLE_OPEN_ACTIONS   5
#define N_EXAMPLE_DONE_ACTIONS   7
#define N_EXAMPLE_DROPPED        1
#define STEERING_EVENT_UID       "c143d992-9719-430e-9228-29bdcd66ea76"

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

/* Every target group, sorted by name */
static GPtrArray *
load_all_groups (MitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  GPtrArray *groups;

  ids = mit_store_find_target_group_ids (store, NULL, -1, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, mit_store_count_target_groups (store));
  if (ids->len == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  groups = mit_store_load_target_groups (store, &g_array_index (ids, gint64, 0), ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, ids->len);
  return groups;
}

static MitTargetGroup *
find_group_by_uid (GPtrArray  *groups,
                   const char *uid)
{
  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);

      if (g_strcmp0 (mit_target_group_get_uid (group), uid) == 0)
        return group;
    }
  return NULL;
}

/* The rows of a table, counted behind the API's back */
static guint
count_rows (MitStore   *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (_mit_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
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

static MitEvent *
load_event_by_uid (MitStore   *store,
                   const char *uid)
{
  g_autoptr(GError) error = NULL;
  MitEvent *event = mit_store_load_event_by_uid (store, uid, &error);

  g_assert_no_error (error);
  g_assert_nonnull (event);
  return event;
}

/* Every event, by first start */
static GPtrArray *
load_all_events (MitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = mit_store_find_event_ids (store, NULL, &error);
  GPtrArray *events;

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, mit_store_count_events (store));
  g_assert_cmpuint (ids->len, >, 0);
  events = mit_store_load_events (store, &g_array_index (ids, gint64, 0), ids->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, ids->len);
  return events;
}

/* Unix seconds of a local midnight in Lindenbrunn */
static gint64
berlin_midnight (int year,
                 int month,
                 int day)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) time = NULL;

  g_assert_nonnull (zone);
  time = g_date_time_new (zone, year, month, day, 0, 0, 0);
  return g_date_time_to_unix (time);
}

/* The occurrences of one event in [@from, @to) */
static GArray *
find_occurrences_of (MitStore *store,
                     gint64    event_id,
                     gint64    from,
                     gint64    to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = mit_store_find_occurrences (store, from, to, NULL, &error);
  GArray *mine = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      MitOccurrence *occurrence = &g_array_index (all, MitOccurrence, i);

      if (occurrence->event_id == event_id)
        g_array_append_val (mine, *occurrence);
    }
  return mine;
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

static gint64
days_between (const char *from,
              const char *to)
{
  guint y1, m1, d1, y2, m2, d2;
  GDate a, b;

  /* "YYYY-MM-DD"; g_date_set_parse() would follow the locale */
  g_assert_cmpint (sscanf (from, "%4u-%2u-%2u", &y1, &m1, &d1), ==, 3);
  g_assert_cmpint (sscanf (to, "%4u-%2u-%2u", &y2, &m2, &d2), ==, 3);
  g_assert_true (g_date_valid_dmy (d1, m1, y1));
  g_assert_true (g_date_valid_dmy (d2, m2, y2));
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);
  return g_date_days_between (&a, &b);
}

static void
test_example_groups (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("groups.db");
  g_autoptr(GPtrArray) groups = load_all_groups (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) focus_ids = NULL;
  static const char * const districts[] = {
    "Altstadt", "Bahnhofsviertel", "Nordstadt", "Südstadt", "Am Hang", "Ried", NULL,
  };
  guint current[MIT_REACHABILITY_LAST + 1] = { 0, };
  gboolean moved_up = FALSE;
  char first[11] = "9999-12-31";
  char last[11] = "0000-01-01";
  const char *oldest_current = NULL;
  guint n_focus = 0;
  guint n_assessments = 0;
  guint n_by_level = 0;
  MitTargetGroup *youth;

  g_assert_cmpuint (groups->len, >=, 10);
  g_assert_cmpuint (groups->len, <=, 15);

  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) assessments = NULL;
      g_autofree char *date = NULL;
      MitReachability level = mit_target_group_get_level (group);
      MitAssessment *latest;

      g_assert_true (g_uuid_string_is_valid (mit_target_group_get_uid (group)));
      g_assert_cmpstr (mit_target_group_get_name (group), !=, "");
      g_assert_cmpstr (mit_target_group_get_description (group), !=, "");
      g_assert_cmpstr (mit_target_group_get_notes (group), !=, "");
      g_assert_true (g_strv_contains (districts, mit_target_group_get_district (group)));
      g_assert_cmpint (mit_target_group_get_size (group), >, 0);
      g_assert_cmpuint (g_strv_length ((char **) mit_target_group_get_languages (group)), >=, 1);
      assert_languages_known (mit_target_group_get_languages (group));
      if (mit_target_group_get_focus (group))
        n_focus++;

      /* A history, oldest first, every entry explained */
      assessments = mit_store_list_assessments (store, mit_target_group_get_id (group), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (assessments->len, >=, 2);
      n_assessments += assessments->len;
      for (guint j = 0; j < assessments->len; j++)
        {
          MitAssessment *assessment = g_ptr_array_index (assessments, j);
          const char *when = mit_assessment_get_date (assessment);

          g_assert_true (mit_reachability_is_valid (mit_assessment_get_level (assessment)));
          g_assert_true (g_uuid_string_is_valid (mit_assessment_get_uid (assessment)));
          g_assert_cmpint (mit_assessment_get_group_id (assessment), ==,
                           mit_target_group_get_id (group));
          g_assert_cmpstr (mit_assessment_get_assessor (assessment), !=, "");
          g_assert_cmpstr (mit_assessment_get_reasoning (assessment), !=, "");
          if (j > 0)
            {
              MitAssessment *before = g_ptr_array_index (assessments, j - 1);

              g_assert_cmpint (days_between (mit_assessment_get_date (before), when), >=, 0);
              /* better than before: little → medium → good */
              if (mit_assessment_get_level (assessment) < mit_assessment_get_level (before))
                moved_up = TRUE;
            }
          if (strcmp (when, first) < 0)
            g_strlcpy (first, when, sizeof first);
          if (strcmp (when, last) > 0)
            g_strlcpy (last, when, sizeof last);
        }

      /* The current level is the latest assessment */
      latest = g_ptr_array_index (assessments, assessments->len - 1);
      g_assert_cmpint (level, ==, mit_assessment_get_level (latest));
      g_assert_cmpstr (mit_target_group_get_assessed (group), ==, mit_assessment_get_date (latest));
      g_assert_cmpint (mit_store_get_current_level (store, mit_target_group_get_id (group), &date),
                       ==, level);
      g_assert_cmpstr (date, ==, mit_assessment_get_date (latest));
      current[level]++;
      if (oldest_current == NULL || strcmp (mit_target_group_get_assessed (group), oldest_current) < 0)
        oldest_current = mit_target_group_get_assessed (group);
    }

  /* Every level is someone's current one; a few focus groups */
  for (guint l = 0; l <= MIT_REACHABILITY_LAST; l++)
    {
      g_autoptr(GArray) ids = mit_store_find_target_group_ids (store, NULL, (int) l, FALSE, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (current[l], >=, 1);
      g_assert_cmpuint (ids->len, ==, current[l]);
      n_by_level += ids->len;
    }
  g_assert_cmpuint (n_by_level, ==, groups->len);
  g_assert_cmpuint (n_focus, >=, 2);
  g_assert_cmpuint (n_focus, <=, 4);
  focus_ids = mit_store_find_target_group_ids (store, NULL, -1, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focus_ids->len, ==, n_focus);

  /* Two years of history; some group got better; and at least one was
   * last looked at more than a year before the latest session */
  g_assert_cmpuint (n_assessments, >=, 2 * groups->len);
  g_assert_cmpint (days_between (first, last), >=, 2 * 365);
  g_assert_true (moved_up);
  g_assert_cmpint (days_between (oldest_current, last), >, 366);

  /* The youth are the first focus and the story of the example: from
   * little or none to good */
  youth = find_group_by_uid (groups, YOUTH_GROUP_UID);
  g_assert_nonnull (youth);
  g_assert_cmpstr (mit_target_group_get_name (youth), ==, "Jugendliche im Bahnhofsviertel");
  g_assert_true (mit_target_group_get_focus (youth));
  g_assert_cmpint (mit_target_group_get_level (youth), ==, MIT_REACHABILITY_GOOD);
  {
    g_autoptr(GPtrArray) history = mit_store_list_assessments (store,
                                                               mit_target_group_get_id (youth),
                                                               &error);
    g_assert_no_error (error);
    g_assert_cmpint (mit_assessment_get_level (g_ptr_array_index (history, 0)), ==,
                     MIT_REACHABILITY_LITTLE_OR_NONE);
  }
}

static void
test_example_channels (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("channels.db");
  g_autoptr(GPtrArray) groups = load_all_groups (store);
  g_autoptr(GPtrArray) actors = load_all_actors (store);
  g_autoptr(GHashTable) reaching_good = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                               g_free, NULL);
  g_autoptr(GHashTable) counselling_languages = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) hows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  gboolean strengths[MIT_CHANNEL_STRENGTH_LAST + 1] = { FALSE, };
  guint n_channels = 0;
  guint n_from_actors = 0;
  guint n_contacts = 0;
  guint n_no_channel = 0;
  guint n_weak_only = 0;
  guint n_no_multiplier = 0;
  guint n_amplified = 0;
  guint n_language_gaps = 0;

  for (guint i = 0; i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);
      const char * const *languages = mit_actor_get_languages (actor);

      if (g_strcmp0 (mit_actor_get_kind (actor), "counselling") == 0 ||
          strv_contains (mit_actor_get_fields (actor), "counselling"))
        for (guint l = 0; languages[l] != NULL; l++)
          g_hash_table_add (counselling_languages, (gpointer) languages[l]);
    }

  /* Every channel, seen from its group */
  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) channels = NULL;

      channels = mit_store_list_channels_of_group (store, mit_target_group_get_id (group), &error);
      g_assert_no_error (error);
      n_channels += channels->len;
      for (guint j = 0; j < channels->len; j++)
        {
          MitChannel *channel = g_ptr_array_index (channels, j);
          gint64 actor_id = mit_channel_get_actor_id (channel);
          gint64 contact_id = mit_channel_get_contact_id (channel);
          g_autoptr(MitActor) actor = mit_store_load_actor (store, actor_id, &error);

          g_assert_no_error (error);
          g_assert_nonnull (actor);
          g_assert_true (g_uuid_string_is_valid (mit_channel_get_uid (channel)));
          g_assert_cmpint (mit_channel_get_group_id (channel), ==, mit_target_group_get_id (group));
          g_assert_cmpstr (mit_channel_get_actor_name (channel), ==, mit_actor_get_name (actor));
          g_assert_cmpstr (mit_channel_get_group_name (channel), ==, mit_target_group_get_name (group));
          g_assert_true (mit_channel_how_is_valid (mit_channel_get_how (channel)));
          g_assert_cmpint (mit_channel_get_strength (channel), <=, MIT_CHANNEL_STRENGTH_LAST);
          g_assert_cmpstr (mit_channel_get_notes (channel), !=, "");
          strengths[mit_channel_get_strength (channel)] = TRUE;
          g_hash_table_add (hows, (gpointer) g_intern_string (mit_channel_get_how (channel)));

          /* The contact is a person of that actor */
          if (contact_id != 0)
            {
              g_autoptr(GPtrArray) affiliations = NULL;
              gboolean linked = FALSE;

              n_contacts++;
              g_assert_cmpstr (mit_channel_get_contact_name (channel), !=, "");
              affiliations = mit_store_list_affiliations_of_actor (store, actor_id, &error);
              g_assert_no_error (error);
              for (guint k = 0; k < affiliations->len; k++)
                if (mit_affiliation_get_person_id (g_ptr_array_index (affiliations, k)) == contact_id)
                  linked = TRUE;
              g_assert_true (linked);
            }

          if (mit_target_group_get_level (group) == MIT_REACHABILITY_GOOD)
            g_hash_table_add (reaching_good, g_memdup2 (&actor_id, sizeof actor_id));
        }
    }
  g_assert_cmpuint (n_channels, >=, 30);
  g_assert_cmpuint (n_channels, <=, 45);
  g_assert_cmpuint (n_contacts, >=, n_channels - 5);
  g_assert_true (strengths[MIT_CHANNEL_WEAK] && strengths[MIT_CHANNEL_REGULAR] &&
                 strengths[MIT_CHANNEL_STRONG]);
  g_assert_cmpuint (g_hash_table_size (hows), ==, g_strv_length ((char **) mit_channel_how_list ()));

  /* … and the same channels seen from the actors */
  for (guint i = 0; i < actors->len; i++)
    {
      g_autoptr(GPtrArray) channels = NULL;

      channels = mit_store_list_channels_of_actor (store,
                                                   mit_actor_get_id (g_ptr_array_index (actors, i)),
                                                   &error);
      g_assert_no_error (error);
      n_from_actors += channels->len;
    }
  g_assert_cmpuint (n_from_actors, ==, n_channels);

  /* The well-reached act as multipliers for others, and the gaps are
   * there on purpose: a group nobody reaches, one reached only weakly, a
   * medium one without a multiplier from a well-reached group's actor, a
   * language no counselling service speaks */
  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) channels = NULL;
      const char * const *languages = mit_target_group_get_languages (group);
      gboolean all_weak = TRUE;
      gboolean amplified = FALSE;

      channels = mit_store_list_channels_of_group (store, mit_target_group_get_id (group), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < channels->len; j++)
        {
          MitChannel *channel = g_ptr_array_index (channels, j);
          gint64 actor_id = mit_channel_get_actor_id (channel);

          if (mit_channel_get_strength (channel) != MIT_CHANNEL_WEAK)
            all_weak = FALSE;
          if (g_strcmp0 (mit_channel_get_how (channel), MIT_CHANNEL_HOW_MULTIPLIER) == 0 &&
              g_hash_table_contains (reaching_good, &actor_id))
            amplified = TRUE;
        }

      if (channels->len == 0)
        n_no_channel++;
      else if (all_weak)
        n_weak_only++;
      if (mit_target_group_get_level (group) == MIT_REACHABILITY_MEDIUM)
        {
          if (amplified)
            n_amplified++;
          else
            n_no_multiplier++;
        }
      for (guint l = 0; languages[l] != NULL; l++)
        if (!g_hash_table_contains (counselling_languages, languages[l]))
          n_language_gaps++;
    }
  g_assert_cmpuint (n_no_channel, >=, 1);
  g_assert_cmpuint (n_weak_only, >=, 1);
  g_assert_cmpuint (n_no_multiplier, >=, 1);
  g_assert_cmpuint (n_amplified, >=, 2);
  g_assert_cmpuint (n_language_gaps, >=, 1);
  g_assert_cmpuint (n_no_channel + n_weak_only + n_no_multiplier, <=, 5);
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
  g_autoptr(MitTargetGroup) youth_before = NULL;
  g_autoptr(MitTargetGroup) youth_after = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint n_changed = 0;
  guint n_actors, n_persons, n_groups, n_assessments, n_channels;
  guint n_events, n_tasks, n_registrations;
  gint64 last_change;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &n_changed);

  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  /* One transaction, one notification */
  g_assert_cmpuint (n_changed, ==, 1);

  n_actors = mit_store_count_actors (store);
  n_persons = mit_store_count_persons (store);
  n_groups = mit_store_count_target_groups (store);
  n_assessments = count_rows (store, "assessment");
  n_channels = count_rows (store, "channel");
  n_events = mit_store_count_events (store);
  n_tasks = count_rows (store, "event_task");
  n_registrations = count_rows (store, "registration");
  last_change = mit_store_get_last_change (store);
  g_assert_cmpuint (n_groups, >=, 10);
  g_assert_cmpuint (n_assessments, >=, 2 * n_groups);
  g_assert_cmpuint (n_channels, >=, 30);
  g_assert_cmpuint (n_events, ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (n_tasks, >=, 20);
  g_assert_cmpuint (n_registrations, >=, 20);
  g_assert_cmpuint (count_rows (store, "steering_member"), ==, N_EXAMPLE_MEMBERS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);

  groups = load_all_groups (store);
  youth_before = mit_target_group_copy (find_group_by_uid (groups, YOUTH_GROUP_UID));

  g_assert_false (mit_example_load (store, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty directory"));
  g_clear_error (&error);

  g_assert_cmpuint (mit_store_count_actors (store), ==, n_actors);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, n_groups);
  g_assert_cmpuint (count_rows (store, "assessment"), ==, n_assessments);
  g_assert_cmpuint (count_rows (store, "channel"), ==, n_channels);
  g_assert_cmpuint (mit_store_count_events (store), ==, n_events);
  g_assert_cmpuint (count_rows (store, "event_task"), ==, n_tasks);
  g_assert_cmpuint (count_rows (store, "registration"), ==, n_registrations);
  g_assert_cmpuint (count_rows (store, "steering_member"), ==, N_EXAMPLE_MEMBERS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "agenda_item"), ==, N_EXAMPLE_AGENDA_ITEMS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);
  g_assert_cmpint (mit_store_get_last_change (store), ==, last_change);
  g_assert_cmpuint (n_changed, ==, 1);

  youth_after = mit_store_load_target_group (store, mit_target_group_get_id (youth_before), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_target_group_get_modified (youth_after), ==,
                   mit_target_group_get_modified (youth_before));
  g_assert_cmpint (mit_target_group_get_level (youth_after), ==,
                   mit_target_group_get_level (youth_before));
  g_assert_cmpstr (mit_target_group_get_assessed (youth_after), ==,
                   mit_target_group_get_assessed (youth_before));
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
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, 0);
  g_assert_cmpuint (count_rows (store, "target_group"), ==, 0);
  g_assert_cmpuint (count_rows (store, "assessment"), ==, 0);
  g_assert_cmpuint (count_rows (store, "channel"), ==, 0);
  g_assert_cmpuint (mit_store_count_events (store), ==, 0);
  g_assert_cmpuint (count_rows (store, "event"), ==, 0);
  g_assert_cmpuint (count_rows (store, "event_task"), ==, 0);
  g_assert_cmpuint (count_rows (store, "registration"), ==, 0);
  g_assert_cmpuint (count_rows (store, "steering_member"), ==, 0);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, 0);
  g_assert_cmpuint (count_rows (store, "agenda_item"), ==, 0);
  g_assert_cmpuint (count_rows (store, "decision"), ==, 0);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, 0);
  g_assert_cmpuint (count_rows (store, "agenda_action"), ==, 0);
}

/* An example with one actor "a", one person "p" of it and the target
 * groups @list, still open for more sections */
#define GROUPS(list) \
  "{ \"actors\": [ { \"key\": \"a\", \"name\": \"A\" } ]," \
  "  \"persons\": [ { \"key\": \"p\", \"name\": \"P\", \"affiliations\": [ \"a\" ] } ]," \
  "  \"target_groups\": [ " list " ]"

/* The same with the events @list: an event names actor "a", target group
 * "g" and person "p" */
#define EVENTS(list) \
  GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"events\": [ " list " ] }"

/* One event at 2026-05-06 10:00 with the members @more */
#define EVENT(more) \
  EVENTS ("{ \"key\": \"e\", \"title\": \"E\", \"starts\": \"2026-05-06T10:00\"" more " }")

static void
store_clear_for_lenient (MitStore  **store,
                         const char *name)
{
  g_clear_object (store);
  *store = mit_test_open_store (name);
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
    /* Target groups and their assessments */
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"channels\": {} }",
    "{ \"actors\": [], \"target_groups\": { \"key\": \"g\" } }",
    GROUPS ("{ \"name\": \"No key\" }") " }",
    GROUPS ("{ \"key\": \"g\" }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }, { \"key\": \"g\", \"name\": \"H\" }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"uid\": \"not-a-uid\" }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"languages\": [\"Tigrinya\"] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"size\": \"about 300\" }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"size\": -5 }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"size\": 2.5 }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"assessments\": { \"level\": \"good\" } }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"assessments\": [ \"good\" ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"date\": \"2025-01-01\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"excellent\", \"date\": \"2025-01-01\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"unknown\", \"date\": \"2025-01-01\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"good\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"good\", \"date\": \"2025-02-30\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"good\", \"date\": \"01.02.2025\" } ] }") " }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\","
            "  \"assessments\": [ { \"level\": \"good\", \"date\": \"2025-01-01\","
            "                       \"uid\": \"nope\" } ] }") " }",
    /* Channels */
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"channels\": [ 7 ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"channels\": [ { \"group\": \"g\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"channels\": [ { \"actor\": \"a\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"b\", \"group\": \"g\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"h\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"how\": \"telepathy\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"strength\": \"mighty\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"contact\": \"q\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"contact\": \"a\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"uid\": \"x\" } ] }",
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\", \"how\": \"event\" },"
    "                  { \"actor\": \"a\", \"group\": \"g\", \"how\": \"event\" } ] }",
    /* a channel to a group the example does not have, even if the key is an actor's */
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }")
    ", \"channels\": [ { \"actor\": \"a\", \"group\": \"a\" } ] }",
    /* Events, their tasks and registrations */
    GROUPS ("{ \"key\": \"g\", \"name\": \"G\" }") ", \"events\": { \"key\": \"e\" } }",
    EVENTS ("7"),
    EVENTS ("{ \"title\": \"No key\", \"starts\": \"2026-05-06T10:00\" }"),
    EVENTS ("{ \"key\": \"e\", \"starts\": \"2026-05-06T10:00\" }"),
    EVENTS ("{ \"key\": \"e\", \"title\": \"E\", \"starts\": \"2026-05-06T10:00\" },"
            "{ \"key\": \"e\", \"title\": \"F\", \"starts\": \"2026-05-07T10:00\" }"),
    EVENTS ("{ \"key\": \"e\", \"title\": \"E\" }"),
    EVENT (", \"uid\": \"not-a-uid\""),
    EVENT (", \"kind\": \"party\""),
    EVENT (", \"status\": \"postponed\""),
    EVENT (", \"ends\": \"2026-05-06T09:00\""),
    EVENT (", \"ends\": \"2026-05-06T25:00\""),
    EVENT (", \"all_day\": true"),
    EVENT (", \"tzid\": \"Europe/Lindenbrunn\""),
    EVENT (", \"rrule\": \"FREQ=SOMETIMES\""),
    EVENT (", \"rrule\": \"FREQ=WEEKLY\", \"exdates\": [\"2026-05-32\"]"),
    EVENT (", \"venue\": \"g\""),
    EVENT (", \"organisers\": [\"a\", \"b\"]"),
    EVENT (", \"target_groups\": [\"a\"]"),
    EVENT (", \"languages\": [\"Deutsch\"]"),
    EVENT (", \"capacity\": -1"),
    EVENT (", \"capacity\": \"twenty\""),
    EVENT (", \"tasks\": { \"title\": \"T\" }"),
    EVENT (", \"tasks\": [ \"T\" ]"),
    EVENT (", \"tasks\": [ { \"due\": \"2026-05-01\" } ]"),
    EVENT (", \"tasks\": [ { \"title\": \"T\", \"due\": \"1. Mai\" } ]"),
    EVENT (", \"tasks\": [ { \"title\": \"T\", \"owner\": \"a\" } ]"),
    EVENT (", \"tasks\": [ { \"title\": \"T\", \"uid\": \"x\" } ]"),
    EVENT (", \"registrations\": 3"),
    EVENT (", \"registrations\": [ { \"contact\": \"x@example.org\" } ]"),
    EVENT (", \"registrations\": [ { \"name\": \"R\", \"status\": \"maybe\" } ]"),
    EVENT (", \"registrations\": [ { \"name\": \"R\", \"consent\": \"always\" } ]"),
    EVENT (", \"registrations\": [ { \"name\": \"R\", \"uid\": \"x\" } ]"),
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
                            "{ \"version\": 99, \"meetings\": [ { \"x\": 1 } ],"
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
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, 0);

  /* Target groups: only key and name needed; no size is an unknown one,
   * no assessments a group never assessed; a channel without how,
   * strength and contact reaches it "other", "regular", through nobody */
  store_clear_for_lenient (&store, "lenient.db");
  g_assert_true (load_text (store,
                            GROUPS ("{ \"key\": \"g\", \"name\": \" G \", \"size\": null,"
                                    "  \"languages\": \"TI\", \"focus\": 1, \"colour\": 3 },"
                                    "{ \"key\": \"h\", \"name\": \"H\", \"size\": 40,"
                                    "  \"assessments\": [ { \"level\": \"Medium\", \"date\": \"2025-03-01\" },"
                                    "                     { \"level\": \"good\", \"date\": \"2025-01-01\" } ] }")
                            ", \"channels\": [ { \"actor\": \"a\", \"group\": \"g\" },"
                            "                  { \"actor\": \"a\", \"group\": \"h\", \"how\": \"event\","
                            "                    \"strength\": \"strong\", \"contact\": \"p\" } ] }",
                            &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) groups = load_all_groups (store);
    g_autoptr(GPtrArray) channels = NULL;
    MitTargetGroup *g, *h;
    MitChannel *channel;

    g_assert_cmpuint (groups->len, ==, 2);
    g = g_ptr_array_index (groups, 0);
    h = g_ptr_array_index (groups, 1);
    g_assert_cmpstr (mit_target_group_get_name (g), ==, "G");
    g_assert_cmpint (mit_target_group_get_size (g), ==, -1);
    g_assert_true (mit_target_group_get_focus (g));
    g_assert_true (strv_contains (mit_target_group_get_languages (g), "ti"));
    g_assert_cmpint (mit_target_group_get_level (g), ==, MIT_REACHABILITY_UNKNOWN);
    g_assert_cmpint (mit_target_group_get_size (h), ==, 40);
    g_assert_false (mit_target_group_get_focus (h));
    /* the latest by date, not the last in the file */
    g_assert_cmpint (mit_target_group_get_level (h), ==, MIT_REACHABILITY_MEDIUM);
    g_assert_cmpstr (mit_target_group_get_assessed (h), ==, "2025-03-01");

    channels = mit_store_list_channels_of_group (store, mit_target_group_get_id (g), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (channels->len, ==, 1);
    channel = g_ptr_array_index (channels, 0);
    g_assert_cmpstr (mit_channel_get_how (channel), ==, MIT_CHANNEL_HOW_OTHER);
    g_assert_cmpint (mit_channel_get_strength (channel), ==, MIT_CHANNEL_REGULAR);
    g_assert_cmpint (mit_channel_get_contact_id (channel), ==, 0);
    g_clear_pointer (&channels, g_ptr_array_unref);

    channels = mit_store_list_channels_of_group (store, mit_target_group_get_id (h), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (channels->len, ==, 1);
    channel = g_ptr_array_index (channels, 0);
    g_assert_cmpstr (mit_channel_get_how (channel), ==, MIT_CHANNEL_HOW_EVENT);
    g_assert_cmpint (mit_channel_get_strength (channel), ==, MIT_CHANNEL_STRONG);
    g_assert_cmpstr (mit_channel_get_contact_name (channel), ==, "P");
  }

  /* Events: a title and a start are enough (an event of the kind
   * "other", planned, ending when it starts, without limit); a waiting
   * place asked for when there are free places stays on the waiting list,
   * a place asked for beyond the capacity goes there */
  store_clear_for_lenient (&store, "lenient-events.db");
  g_assert_true (load_text (store,
                            EVENTS ("{ \"key\": \"e\", \"title\": \" E \","
                                    "  \"starts\": \"2026-05-06T10:00\", \"capacity\": null,"
                                    "  \"organisers\": \"a\", \"colour\": \"red\" },"
                                    "{ \"key\": \"f\", \"title\": \"F\", \"kind\": \"workshop\","
                                    "  \"status\": \"confirmed\", \"starts\": \"2026-06-01\","
                                    "  \"all_day\": 1, \"venue\": \"a\", \"capacity\": 1,"
                                    "  \"target_groups\": [\"g\"],"
                                    "  \"tasks\": [ { \"title\": \"T\", \"owner\": \"p\" },"
                                    "             { \"title\": \"U\", \"done\": true } ],"
                                    "  \"registrations\": [ { \"name\": \"R\" },"
                                    "    { \"name\": \"S\", \"consent\": \"web\" } ] }"),
                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_events (store), ==, 2);
  {
    g_autoptr(GError) local_error = NULL;
    g_autoptr(GArray) ids = mit_store_find_event_ids (store, NULL, &local_error);
    g_autoptr(GPtrArray) events = NULL;
    g_autoptr(GPtrArray) registrations = NULL;
    MitEvent *e, *f;
    guint n_taken = 0, n_waiting = 0, n_organisers = 0;

    g_assert_no_error (local_error);
    g_assert_cmpuint (ids->len, ==, 2);
    events = mit_store_load_events (store, &g_array_index (ids, gint64, 0), ids->len, &local_error);
    g_assert_no_error (local_error);
    e = g_ptr_array_index (events, 0);
    f = g_ptr_array_index (events, 1);

    g_assert_cmpstr (mit_event_get_title (e), ==, "E");
    g_assert_cmpstr (mit_event_get_kind (e), ==, MIT_EVENT_KIND_OTHER);
    g_assert_cmpint (mit_event_get_status (e), ==, MIT_EVENT_PLANNED);
    g_assert_cmpstr (mit_event_get_starts (e), ==, "2026-05-06T10:00:00");
    g_assert_cmpstr (mit_event_get_ends (e), ==, "2026-05-06T10:00:00");
    g_assert_cmpstr (mit_event_get_tzid (e), ==, MIT_EVENT_DEFAULT_TZID);
    g_assert_cmpint (mit_event_get_capacity (e), ==, -1);
    g_assert_cmpint (mit_event_get_venue_id (e), ==, 0);
    mit_event_get_organisers (e, &n_organisers);
    g_assert_cmpuint (n_organisers, ==, 1);
    g_assert_true (g_uuid_string_is_valid (mit_event_get_uid (e)));

    g_assert_cmpstr (mit_event_get_kind (f), ==, MIT_EVENT_KIND_WORKSHOP);
    g_assert_cmpint (mit_event_get_status (f), ==, MIT_EVENT_CONFIRMED);
    g_assert_true (mit_event_get_all_day (f));
    g_assert_cmpint (mit_event_get_venue_id (f), !=, 0);
    g_assert_cmpuint (mit_store_count_open_event_tasks (store, mit_event_get_id (f)), ==, 1);
    mit_store_count_registrations (store, mit_event_get_id (f), &n_taken, &n_waiting);
    g_assert_cmpuint (n_taken, ==, 1);
    g_assert_cmpuint (n_waiting, ==, 1);
    registrations = mit_store_list_registrations (store, mit_event_get_id (f), &local_error);
    g_assert_no_error (local_error);
    g_assert_cmpint (mit_registration_get_status (g_ptr_array_index (registrations, 1)), ==,
                     MIT_REGISTRATION_WAITING);
    g_assert_cmpint (mit_registration_get_consent (g_ptr_array_index (registrations, 0)), ==,
                     MIT_CONSENT_NONE);
    g_assert_cmpint (mit_registration_get_consent (g_ptr_array_index (registrations, 1)), ==,
                     MIT_CONSENT_WEB);
  }
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

  /* The same late in the load: actors, persons and a first group are
   * written before the second group's uid is refused */
  g_assert_false (load_text (store,
                             GROUPS ("{ \"key\": \"g\", \"name\": \"G\", \"uid\": \"" A_GROUP_UID "\","
                                     "  \"assessments\": [ { \"level\": \"good\", \"date\": \"2025-01-01\" } ] },"
                                     "{ \"key\": \"h\", \"name\": \"H\", \"uid\": \"" A_GROUP_UID "\" }")
                             " }",
                             &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_empty (store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* Events come last: two with one uid fail after everything else was
   * written, and all of it goes */
  g_assert_false (load_text (store,
                             EVENTS ("{ \"key\": \"e\", \"title\": \"E\","
                                     "  \"uid\": \"" SPRACHCAFE_EVENT_UID "\","
                                     "  \"starts\": \"2026-05-06T10:00\","
                                     "  \"tasks\": [ { \"title\": \"T\" } ] },"
                                     "{ \"key\": \"f\", \"title\": \"F\","
                                     "  \"uid\": \"" SPRACHCAFE_EVENT_UID "\","
                                     "  \"starts\": \"2026-05-07T10:00\" }"),
                             &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_empty (store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* … and so does a registration of the last event that the store refuses */
  g_assert_false (load_text (store,
                             EVENTS ("{ \"key\": \"e\", \"title\": \"E\","
                                     "  \"starts\": \"2026-05-06T10:00\","
                                     "  \"registrations\": ["
                                     "    { \"name\": \"R\", \"uid\": \"" A_GROUP_UID "\" },"
                                     "    { \"name\": \"S\", \"uid\": \"" A_GROUP_UID "\" } ] }"),
                             &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_empty (store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* The steering group is written last of all, after its meetings have
   * carried their open action items: when the database refuses the very
   * last action item, nothing of the example stays behind */
  g_assert_cmpint (sqlite3_exec (_mit_store_get_db (store),
                                 "CREATE TEMP TRIGGER refuse_last_action BEFORE INSERT ON action_item "
                                 "WHEN new.title LIKE 'Einladungsliste%' "
                                 "BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (mit_example_load (store, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_empty (store);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpint (sqlite3_exec (_mit_store_get_db (store), "DROP TRIGGER refuse_last_action",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* The store is still usable, and the real example loads */
  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), >=, 35);
  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);
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
  guint n_groups = mit_store_count_target_groups (store);
  guint n_assessments = count_rows (store, "assessment");
  guint n_channels = count_rows (store, "channel");
  guint n_tasks = count_rows (store, "event_task");
  guint n_registrations = count_rows (store, "registration");
  g_autoptr(MitEvent) sprachcafe = load_event_by_uid (store, SPRACHCAFE_EVENT_UID);
  g_autoptr(MitEvent) festival = load_event_by_uid (store, FESTIVAL_UID);
  g_autoptr(MitEvent) sprachcafe_after = NULL;
  g_autoptr(MitEvent) festival_after = NULL;
  guint n_organisers = 0;

  /* The user deletes every actor but keeps the persons and target groups
   * (the channels go with the actors); loading again links the persons
   * and reaches the groups that are still there instead of adding them
   * twice */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 change = mit_store_delete_actor (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (change, >, 0);
    }
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, n_groups);
  g_assert_cmpuint (count_rows (store, "assessment"), ==, n_assessments);
  g_assert_cmpuint (count_rows (store, "channel"), ==, 0);
  /* the events stay, without their venues and organisers */
  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (count_rows (store, "event_task"), ==, n_tasks);
  g_assert_cmpuint (count_rows (store, "registration"), ==, n_registrations);
  /* the steering group and its meetings too, without their actors */
  g_assert_cmpuint (count_rows (store, "steering_member WHERE actor_id IS NULL"), ==,
                    N_EXAMPLE_MEMBERS);
  g_assert_cmpuint (count_rows (store, "meeting WHERE venue_id IS NULL"), ==, N_EXAMPLE_MEETINGS);
  sprachcafe_after = load_event_by_uid (store, SPRACHCAFE_EVENT_UID);
  g_assert_cmpint (mit_event_get_venue_id (sprachcafe_after), ==, 0);
  mit_event_get_organisers (sprachcafe_after, &n_organisers);
  g_assert_cmpuint (n_organisers, ==, 0);
  g_clear_object (&sprachcafe_after);

  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), ==, n_actors);
  g_assert_cmpuint (mit_store_count_persons (store), ==, n_persons);
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, n_groups);
  g_assert_cmpuint (count_rows (store, "assessment"), ==, n_assessments);
  g_assert_cmpuint (count_rows (store, "channel"), ==, n_channels);
  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (count_rows (store, "event_task"), ==, n_tasks);
  g_assert_cmpuint (count_rows (store, "registration"), ==, n_registrations);

  /* The members and meetings are kept, not added twice, and sit for and
   * meet at their actors again */
  g_assert_cmpuint (count_rows (store, "steering_member"), ==, N_EXAMPLE_MEMBERS);
  g_assert_cmpuint (count_rows (store, "steering_member WHERE actor_id IS NULL"), ==, 0);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "meeting WHERE venue_id IS NULL"), ==, 0);
  g_assert_cmpuint (count_rows (store, "agenda_item"), ==, N_EXAMPLE_AGENDA_ITEMS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);

  /* The kept events have their venue and organisers back; the festival at
   * a free address kept its address */
  sprachcafe_after = load_event_by_uid (store, SPRACHCAFE_EVENT_UID);
  g_assert_cmpint (mit_event_get_id (sprachcafe_after), ==, mit_event_get_id (sprachcafe));
  {
    g_autoptr(MitActor) bibliothek = NULL;

    bibliothek = mit_store_load_actor_by_uid (store, BIBLIOTHEK_UID, &error);

    g_assert_no_error (error);
    g_assert_nonnull (bibliothek);
    g_assert_cmpint (mit_event_get_venue_id (sprachcafe_after), ==, mit_actor_get_id (bibliothek));
    g_assert_true (mit_event_has_organiser (sprachcafe_after, mit_actor_get_id (bibliothek)));
  }
  mit_event_get_organisers (sprachcafe_after, &n_organisers);
  g_assert_cmpuint (n_organisers, ==, 3);
  g_assert_cmpstr (mit_event_get_rrule (sprachcafe_after), ==, mit_event_get_rrule (sprachcafe));
  festival_after = load_event_by_uid (store, FESTIVAL_UID);
  g_assert_cmpint (mit_event_get_venue_id (festival_after), ==, 0);
  g_assert_cmpstr (mit_event_get_venue_address (festival_after), ==,
                   mit_event_get_venue_address (festival));

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

  g_assert_cmpuint (mit_store_count_target_groups (store), >=, 10);
  g_assert_cmpuint (count_rows (store, "channel"), >=, 30);
  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "agenda_action"), >, 0);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  assert_empty (store);

  /* … and it can be loaded again afterwards, with the same uids */
  g_assert_true (mit_example_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_actors (store), >=, 35);
  g_assert_cmpuint (mit_store_count_target_groups (store), >=, 10);
  g_assert_cmpuint (count_rows (store, "channel"), >=, 30);
  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);
  g_assert_cmpuint (count_rows (store, "steering_member"), ==, N_EXAMPLE_MEMBERS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);
  {
    g_autoptr(MitEvent) sprachcafe = load_event_by_uid (store, SPRACHCAFE_EVENT_UID);

    g_assert_true (mit_event_is_recurring (sprachcafe));
  }
}

static void
test_example_events (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("events.db");
  g_autoptr(GPtrArray) events = load_all_events (store);
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GError) error = NULL;
  gboolean statuses[MIT_EVENT_STATUS_LAST + 1] = { FALSE, };
  gint64 first = berlin_midnight (2026, 1, 1);
  gint64 last = berlin_midnight (2027, 4, 1);
  guint n_recurring = 0, n_all_day = 0, n_free_address = 0, n_with_capacity = 0;
  guint n_2027 = 0;

  g_assert_cmpuint (mit_store_count_events (store), ==, N_EXAMPLE_EVENTS);

  for (guint i = 0; i < events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GArray) conflicts = NULL;
      g_autoptr(GArray) occurrences = NULL;
      guint n_organisers = 0, n_groups = 0;

      g_assert_true (g_uuid_string_is_valid (mit_event_get_uid (event)));
      g_assert_cmpstr (mit_event_get_title (event), !=, "");
      g_assert_cmpstr (mit_event_get_description (event), !=, "");
      g_assert_cmpstr (mit_event_get_tzid (event), ==, "Europe/Berlin");
      mit_event_get_organisers (event, &n_organisers);
      mit_event_get_target_groups (event, &n_groups);
      g_assert_cmpuint (n_organisers, >=, 1);
      g_assert_cmpuint (n_groups, >=, 1);
      g_assert_cmpuint (g_strv_length ((char **) mit_event_get_languages (event)), >=, 1);
      assert_languages_known (mit_event_get_languages (event));
      /* a place: an actor of the directory or an address */
      g_assert_true (mit_event_get_venue_id (event) != 0 ||
                     *mit_event_get_venue_address (event) != '\0');

      statuses[mit_event_get_status (event)] = TRUE;
      if (mit_event_is_recurring (event))
        n_recurring++;
      if (mit_event_get_all_day (event))
        n_all_day++;
      if (mit_event_get_venue_id (event) == 0)
        n_free_address++;
      if (mit_event_get_capacity (event) >= 0)
        n_with_capacity++;
      if (g_str_has_prefix (mit_event_get_starts (event), "2027-"))
        n_2027++;

      /* From January 2026 to the first quarter of 2027, and every rule ends */
      occurrences = find_occurrences_of (store, mit_event_get_id (event), 0, G_MAXINT64 / 2);
      g_assert_cmpuint (occurrences->len, >=, 1);
      g_assert_cmpint (g_array_index (occurrences, MitOccurrence, 0).start, >=, first);
      g_assert_cmpint (g_array_index (occurrences, MitOccurrence, occurrences->len - 1).end,
                       <=, last);

      /* Nothing double-booked: no two events at one venue at once */
      conflicts = mit_store_find_event_conflicts (store, event, &error);
      g_assert_no_error (error);
      if (conflicts->len > 0)
        g_test_message ("“%s” overlaps another event at its venue", mit_event_get_title (event));
      g_assert_cmpuint (conflicts->len, ==, 0);
    }

  for (guint s = 0; s <= MIT_EVENT_STATUS_LAST; s++)
    g_assert_true (statuses[s]);
  g_assert_cmpuint (n_recurring, >=, 5);
  g_assert_cmpuint (n_all_day, >=, 2);
  g_assert_cmpuint (n_free_address, >=, 1);
  g_assert_cmpuint (n_with_capacity, >=, 3);
  g_assert_cmpuint (n_2027, >=, 3);

  /* Every built-in kind of event is used */
  kinds = mit_store_list_vocabulary (store, "event-kind", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kinds->len, >=, 6);
  for (guint k = 0; k < kinds->len; k++)
    {
      MitVocabTerm *term = g_ptr_array_index (kinds, k);
      gboolean used = FALSE;

      for (guint i = 0; i < events->len && !used; i++)
        used = g_strcmp0 (mit_event_get_kind (g_ptr_array_index (events, i)), term->key) == 0;
      if (!used)
        g_test_message ("event kind “%s” is not used", term->key);
      g_assert_true (!term->builtin || used);
    }

  /* The festival: all day, at a free address, over a weekend */
  {
    g_autoptr(MitEvent) festival = load_event_by_uid (store, FESTIVAL_UID);
    guint n_organisers = 0;

    g_assert_cmpstr (mit_event_get_kind (festival), ==, MIT_EVENT_KIND_FESTIVAL);
    g_assert_true (mit_event_get_all_day (festival));
    g_assert_cmpstr (mit_event_get_starts (festival), ==, "2026-06-20");
    g_assert_cmpstr (mit_event_get_ends (festival), ==, "2026-06-21");
    g_assert_cmpint (mit_event_get_venue_id (festival), ==, 0);
    g_assert_cmpstr (mit_event_get_venue_address (festival), ==,
                     "Marktplatz, 78990 Lindenbrunn");
    mit_event_get_organisers (festival, &n_organisers);
    g_assert_cmpuint (n_organisers, >=, 5);
    g_assert_cmpint (mit_event_get_status (festival), ==, MIT_EVENT_DONE);
  }
}

static void
test_example_recurring (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("recurring.db");
  g_autoptr(MitEvent) sprachcafe = load_event_by_uid (store, SPRACHCAFE_EVENT_UID);
  g_autoptr(MitEvent) meeting = load_event_by_uid (store, NETWORK_MEETING_UID);
  g_autoptr(MitActor) bibliothek = NULL;
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  static const int march_days[] = { 4, 11, 18, 25 };

  /* Weekly on Wednesdays at the Stadtbibliothek, with two weeks off */
  bibliothek = mit_store_load_actor_by_uid (store, BIBLIOTHEK_UID, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_event_get_venue_id (sprachcafe), ==, mit_actor_get_id (bibliothek));
  g_assert_true (mit_event_has_organiser (sprachcafe, mit_actor_get_id (bibliothek)));
  g_assert_true (mit_event_is_recurring (sprachcafe));
  g_assert_cmpuint (g_strv_length ((char **) mit_event_get_exdates (sprachcafe)), ==, 2);

  /* August 2026: the 5th and 12th are off, the 19th and 26th take place */
  occurrences = find_occurrences_of (store, mit_event_get_id (sprachcafe),
                                     berlin_midnight (2026, 8, 1), berlin_midnight (2026, 9, 1));
  g_assert_cmpuint (occurrences->len, ==, 2);
  for (guint i = 0; i < occurrences->len; i++)
    {
      MitOccurrence *occurrence = &g_array_index (occurrences, MitOccurrence, i);
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence, "Europe/Berlin");

      g_assert_cmpint (g_date_time_get_day_of_month (start), ==, i == 0 ? 19 : 26);
      g_assert_cmpint (g_date_time_get_day_of_week (start), ==, 3);
      g_assert_cmpint (g_date_time_get_hour (start), ==, 16);
      g_assert_cmpint (occurrence->end - occurrence->start, ==, 2 * 3600);
    }
  g_clear_pointer (&occurrences, g_array_unref);

  /* March 2026, across the change to summer time: still 16:00 local */
  occurrences = find_occurrences_of (store, mit_event_get_id (sprachcafe),
                                     berlin_midnight (2026, 3, 1), berlin_midnight (2026, 4, 1));
  g_assert_cmpuint (occurrences->len, ==, G_N_ELEMENTS (march_days));
  for (guint i = 0; i < occurrences->len; i++)
    {
      MitOccurrence *occurrence = &g_array_index (occurrences, MitOccurrence, i);
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence, "Europe/Berlin");

      g_assert_cmpint (g_date_time_get_day_of_month (start), ==, march_days[i]);
      g_assert_cmpint (g_date_time_get_hour (start), ==, 16);
      g_assert_cmpint (g_date_time_get_minute (start), ==, 0);
    }
  g_clear_pointer (&occurrences, g_array_unref);

  /* It ends before Christmas */
  occurrences = find_occurrences_of (store, mit_event_get_id (sprachcafe),
                                     berlin_midnight (2026, 12, 17), berlin_midnight (2027, 4, 1));
  g_assert_cmpuint (occurrences->len, ==, 0);
  g_clear_pointer (&occurrences, g_array_unref);

  /* The network meeting: the second Tuesday of every month of 2026 but
   * August */
  occurrences = find_occurrences_of (store, mit_event_get_id (meeting),
                                     berlin_midnight (2026, 1, 1), berlin_midnight (2028, 1, 1));
  g_assert_cmpuint (occurrences->len, ==, 11);
  for (guint i = 0; i < occurrences->len; i++)
    {
      MitOccurrence *occurrence = &g_array_index (occurrences, MitOccurrence, i);
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence, "Europe/Berlin");
      int day = g_date_time_get_day_of_month (start);

      g_assert_cmpint (g_date_time_get_year (start), ==, 2026);
      g_assert_cmpint (g_date_time_get_month (start), !=, 8);
      g_assert_cmpint (g_date_time_get_day_of_week (start), ==, 2);
      g_assert_cmpint (day, >=, 8);
      g_assert_cmpint (day, <=, 14);
      g_assert_cmpint (g_date_time_get_hour (start), ==, 14);
    }
  g_clear_pointer (&occurrences, g_array_unref);

  /* A month of the agenda holds the one-off events as well */
  occurrences = mit_store_find_occurrences (store, berlin_midnight (2026, 12, 1),
                                            berlin_midnight (2027, 1, 1), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (occurrences->len, >=, 8);
}

static void
test_example_registrations (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("registrations.db");
  g_autoptr(MitEvent) workshop = load_event_by_uid (store, KITA_WORKSHOP_UID);
  g_autoptr(GPtrArray) registrations = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gboolean statuses[MIT_REGISTRATION_STATUS_LAST + 1] = { FALSE, };
  gboolean consents[MIT_CONSENT_LAST + 1] = { FALSE, };
  MitRegistration *waiting = NULL;
  MitRegistration *first_registered = NULL;
  guint n_taken = 0, n_waiting = 0, n_cancelled = 0;
  gint64 change;

  /* "Mehrsprachigkeit in Kitas": every place taken, one on the waiting list */
  g_assert_cmpstr (mit_event_get_kind (workshop), ==, MIT_EVENT_KIND_WORKSHOP);
  g_assert_cmpint (mit_event_get_capacity (workshop), ==, 10);
  mit_store_count_registrations (store, mit_event_get_id (workshop), &n_taken, &n_waiting);
  g_assert_cmpuint (n_taken, ==, 10);
  g_assert_cmpuint (n_waiting, ==, 1);

  registrations = mit_store_list_registrations (store, mit_event_get_id (workshop), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (registrations->len, ==, 12);
  for (guint i = 0; i < registrations->len; i++)
    {
      MitRegistration *registration = g_ptr_array_index (registrations, i);

      g_assert_true (g_uuid_string_is_valid (mit_registration_get_uid (registration)));
      g_assert_cmpint (mit_registration_get_position (registration), ==, (int) i + 1);
      switch (mit_registration_get_status (registration))
        {
        case MIT_REGISTRATION_WAITING:
          waiting = registration;
          break;
        case MIT_REGISTRATION_CANCELLED:
          n_cancelled++;
          break;
        case MIT_REGISTRATION_REGISTERED:
          if (first_registered == NULL)
            first_registered = registration;
          break;
        case MIT_REGISTRATION_ATTENDED:
        case MIT_REGISTRATION_NO_SHOW:
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (n_cancelled, ==, 1);
  g_assert_nonnull (waiting);
  g_assert_cmpstr (mit_registration_get_name (waiting), ==, "Teresa Beck");
  /* the last to come in */
  g_assert_true (waiting == g_ptr_array_index (registrations, registrations->len - 1));

  /* Across the example: every status and every consent occurs, and the
   * events that took place have no one still just registered */
  events = load_all_events (store);
  for (guint i = 0; i < events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) list = mit_store_list_registrations (store, mit_event_get_id (event),
                                                                &error);

      g_assert_no_error (error);
      for (guint j = 0; j < list->len; j++)
        {
          MitRegistration *registration = g_ptr_array_index (list, j);
          MitRegistrationStatus status = mit_registration_get_status (registration);

          statuses[status] = TRUE;
          consents[mit_registration_get_consent (registration)] = TRUE;
          g_assert_cmpstr (mit_registration_get_name (registration), !=, "");
          if (mit_event_get_status (event) == MIT_EVENT_DONE)
            g_assert_true (status != MIT_REGISTRATION_REGISTERED &&
                           status != MIT_REGISTRATION_WAITING);
        }
    }
  for (guint s = 0; s <= MIT_REGISTRATION_STATUS_LAST; s++)
    g_assert_true (statuses[s]);
  for (guint c = 0; c <= MIT_CONSENT_LAST; c++)
    g_assert_true (consents[c]);

  /* The example follows the store's rules: when someone cancels, the
   * waiting list moves up */
  g_assert_nonnull (first_registered);
  change = mit_store_set_registration_status (store, mit_registration_get_id (first_registered),
                                              MIT_REGISTRATION_CANCELLED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  mit_store_count_registrations (store, mit_event_get_id (workshop), &n_taken, &n_waiting);
  g_assert_cmpuint (n_taken, ==, 10);
  g_assert_cmpuint (n_waiting, ==, 0);
  {
    g_autoptr(MitRegistration) moved = NULL;

    moved = mit_store_load_registration (store, mit_registration_get_id (waiting), &error);

    g_assert_no_error (error);
    g_assert_cmpint (mit_registration_get_status (moved), ==, MIT_REGISTRATION_REGISTERED);
  }
}

static void
test_example_tasks (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("tasks.db");
  g_autoptr(MitEvent) workshop = load_event_by_uid (store, KITA_WORKSHOP_UID);
  g_autoptr(GPtrArray) events = load_all_events (store);
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GError) error = NULL;
  guint n_open = 0, n_done = 0, n_tasks = 0;

  /* The workshop: two done, two open, open ones first by due date, each
   * with its owner */
  g_assert_cmpuint (mit_store_count_open_event_tasks (store, mit_event_get_id (workshop)), ==, 2);
  tasks = mit_store_list_event_tasks (store, mit_event_get_id (workshop), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 4);
  for (guint i = 0; i < tasks->len; i++)
    {
      MitEventTask *task = g_ptr_array_index (tasks, i);

      g_assert_true (mit_event_task_get_done (task) == (i >= 2));
      g_assert_cmpstr (mit_event_task_get_owner_name (task), !=, "");
    }
  g_assert_cmpstr (mit_event_task_get_due (g_ptr_array_index (tasks, 0)), ==, "2026-12-04");
  g_assert_cmpstr (mit_event_task_get_owner_name (g_ptr_array_index (tasks, 0)), ==,
                   "Svetlana Berg");
  g_clear_pointer (&tasks, g_ptr_array_unref);

  for (guint i = 0; i < events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (events, i);
      guint n = mit_store_count_open_event_tasks (store, mit_event_get_id (event));

      tasks = mit_store_list_event_tasks (store, mit_event_get_id (event), &error);
      g_assert_no_error (error);
      n_tasks += tasks->len;
      for (guint j = 0; j < tasks->len; j++)
        {
          MitEventTask *task = g_ptr_array_index (tasks, j);

          g_assert_true (g_uuid_string_is_valid (mit_event_task_get_uid (task)));
          g_assert_cmpstr (mit_event_task_get_title (task), !=, "");
          if (mit_event_task_get_done (task))
            n_done++;
          else
            /* every open task has someone who does it */
            g_assert_cmpint (mit_event_task_get_owner_id (task), !=, 0);
        }
      n_open += n;
      /* what took place left nothing open */
      if (mit_event_get_status (event) == MIT_EVENT_DONE)
        g_assert_cmpuint (n, ==, 0);
      g_clear_pointer (&tasks, g_ptr_array_unref);
    }
  g_assert_cmpuint (n_tasks, ==, count_rows (store, "event_task"));
  g_assert_cmpuint (n_open, >=, 10);
  g_assert_cmpuint (n_done, >=, 10);
}


static GPtrArray *
list_meetings_oldest_first (MitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) newest_first = mit_store_list_meetings (store, &error);
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = newest_first->len; i > 0; i--)
    g_ptr_array_add (meetings, g_object_ref (g_ptr_array_index (newest_first, i - 1)));
  return meetings;
}

/* The "Open action items" item of a meeting, or NULL */
static MitAgendaItem *
find_open_actions_item (GPtrArray *items)
{
  MitAgendaItem *found = NULL;

  for (guint i = 0; i < items->len; i++)
    if (mit_agenda_item_get_kind (g_ptr_array_index (items, i)) == MIT_AGENDA_ITEM_OPEN_ACTIONS)
      {
        /* one at most */
        g_assert_null (found);
        found = g_ptr_array_index (items, i);
      }
  return found;
}

static void
test_example_steering_group (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("steering-group.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;
  guint n_roles[MIT_MEMBER_ROLE_LAST + 1] = { 0 };
  g_autoptr(GHashTable) actors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  members = mit_store_list_steering_members (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, N_EXAMPLE_MEMBERS);

  for (guint i = 0; i < members->len; i++)
    {
      MitSteeringMember *member = g_ptr_array_index (members, i);
      g_autoptr(GPtrArray) affiliations = NULL;
      gint64 actor_id = mit_steering_member_get_actor_id (member);
      gboolean works_there = FALSE;

      n_roles[mit_steering_member_get_role (member)]++;
      g_assert_cmpstr (mit_steering_member_get_person_name (member), !=, "");

      /* Each sits for an actor of the directory they work for */
      g_assert_cmpint (actor_id, >, 0);
      g_assert_cmpstr (mit_steering_member_get_actor_name (member), !=, "");
      g_hash_table_add (actors, g_memdup2 (&actor_id, sizeof actor_id));
      affiliations =
        mit_store_list_affiliations_of_person (store, mit_steering_member_get_person_id (member),
                                               &error);
      g_assert_no_error (error);
      for (guint j = 0; j < affiliations->len; j++)
        if (mit_affiliation_get_actor_id (g_ptr_array_index (affiliations, j)) == actor_id)
          works_there = TRUE;
      if (!works_there)
        g_test_message ("%s does not work for %s",
                        mit_steering_member_get_person_name (member),
                        mit_steering_member_get_actor_name (member));
      g_assert_true (works_there);
    }

  /* One chair (listed first), one deputy, one minute-taker, the rest members */
  g_assert_cmpint (mit_steering_member_get_role (g_ptr_array_index (members, 0)), ==,
                   MIT_MEMBER_CHAIR);
  g_assert_cmpuint (n_roles[MIT_MEMBER_CHAIR], ==, 1);
  g_assert_cmpuint (n_roles[MIT_MEMBER_DEPUTY_CHAIR], ==, 1);
  g_assert_cmpuint (n_roles[MIT_MEMBER_MINUTE_TAKER], ==, 1);
  g_assert_cmpuint (n_roles[MIT_MEMBER_MEMBER], ==, N_EXAMPLE_MEMBERS - 3);
  /* … from across the network, not one office */
  g_assert_cmpuint (g_hash_table_size (actors), >=, N_EXAMPLE_MEMBERS - 1);
}

static void
test_example_meetings (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("meetings.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) open_actions = NULL;
  g_autoptr(MitEvent) steering = load_event_by_uid (store, STEERING_EVENT_UID);
  g_autoptr(GArray) occurrences = NULL;
  guint n_items = 0, n_actions = 0;
  guint n_decisions[MIT_DECISION_KIND_LAST + 1] = { 0 };
  guint n_status[MIT_ACTION_STATUS_LAST + 1] = { 0 };
  guint n_item_events = 0, n_item_actors = 0, n_item_groups = 0, n_presented = 0;
  guint n_action_events = 0, n_action_actors = 0, n_action_groups = 0;
  guint n_carried_total = 0, n_carried_open_into_last = 0;

  meetings = list_meetings_oldest_first (store);
  g_assert_cmpuint (meetings->len, ==, N_EXAMPLE_MEETINGS);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, N_EXAMPLE_MEETINGS);

  /* The meetings are the first four dates of the steering group's own
   * event in the calendar, at 09:30 local time */
  occurrences = find_occurrences_of (store, mit_event_get_id (steering),
                                     berlin_midnight (2026, 1, 1), berlin_midnight (2027, 1, 1));
  g_assert_cmpuint (occurrences->len, ==, N_EXAMPLE_MEETINGS);

  for (guint m = 0; m < meetings->len; m++)
    {
      MitMeeting *meeting = g_ptr_array_index (meetings, m);
      gint64 meeting_id = mit_meeting_get_id (meeting);
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GPtrArray) actions = NULL;
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *date = NULL;
      MitAgendaItem *carried_item;

      utc = g_date_time_new_from_unix_utc (g_array_index (occurrences, MitOccurrence, m).start);
      start = g_date_time_to_timezone (utc, zone);
      date = g_date_time_format (start, "%Y-%m-%d");
      g_assert_cmpstr (mit_meeting_get_date (meeting), ==, date);
      g_assert_cmpstr (mit_meeting_get_time (meeting), ==, "09:30");

      /* Held, at an actor of the directory, with notes on who was there */
      g_assert_cmpint (mit_meeting_get_status (meeting), ==, MIT_MEETING_HELD);
      g_assert_cmpint (mit_meeting_get_venue_id (meeting), >, 0);
      g_assert_cmpstr (mit_meeting_get_venue_name (meeting), !=, "");
      g_assert_nonnull (strstr (mit_meeting_get_notes (meeting), "Anwesend"));

      items = mit_store_list_agenda_items (store, meeting_id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, >=, 3);
      g_assert_cmpuint (items->len, <=, 5);
      g_assert_cmpstr (mit_agenda_item_get_title (g_ptr_array_index (items, 0)), ==,
                       "Begrüßung und Protokoll");
      n_items += items->len;

      for (guint i = 0; i < items->len; i++)
        {
          MitAgendaItem *item = g_ptr_array_index (items, i);
          g_autoptr(GPtrArray) decisions = NULL;

          /* dense positions, each with minutes */
          g_assert_cmpint (mit_agenda_item_get_position (item), ==, (int) i + 1);
          g_assert_cmpstr (mit_agenda_item_get_minutes (item), !=, "");
          n_presented += mit_agenda_item_get_presenter_id (item) > 0;
          n_item_events += mit_agenda_item_get_event_id (item) > 0;
          n_item_actors += mit_agenda_item_get_actor_id (item) > 0;
          n_item_groups += mit_agenda_item_get_target_group_id (item) > 0;

          decisions = mit_store_list_decisions (store, mit_agenda_item_get_id (item), &error);
          g_assert_no_error (error);
          for (guint d = 0; d < decisions->len; d++)
            {
              MitDecision *decision = g_ptr_array_index (decisions, d);

              n_decisions[mit_decision_get_kind (decision)]++;
              g_assert_cmpstr (mit_decision_get_text (decision), !=, "");
              /* A resolution is voted on, by no more than the members */
              g_assert_cmpint (mit_decision_get_has_votes (decision), ==,
                               mit_decision_get_kind (decision) == MIT_DECISION_RESOLUTION);
              if (mit_decision_get_has_votes (decision))
                {
                  g_assert_cmpint (mit_decision_get_votes_yes (decision), >,
                                   mit_decision_get_votes_no (decision));
                  g_assert_cmpint (mit_decision_get_votes_yes (decision) +
                                   mit_decision_get_votes_no (decision) +
                                   mit_decision_get_votes_abstain (decision), <=,
                                   N_EXAMPLE_MEMBERS);
                }
            }
        }

      /* The first meeting has nothing to carry; each later one lists the
       * action items still open when it met, all of earlier meetings */
      carried_item = find_open_actions_item (items);
      if (m == 0)
        {
          g_assert_null (carried_item);
        }
      else
        {
          g_autoptr(GPtrArray) carried = NULL;

          g_assert_nonnull (carried_item);
          g_assert_cmpstr (mit_agenda_item_get_title (carried_item), ==, "Offene Arbeitsaufträge");
          carried = mit_store_list_item_action_items (store, mit_agenda_item_get_id (carried_item),
                                                      &error);
          g_assert_no_error (error);
          g_assert_cmpuint (carried->len, >, 0);
          n_carried_total += carried->len;
          for (guint c = 0; c < carried->len; c++)
            {
              MitActionItem *action = g_ptr_array_index (carried, c);
              g_autoptr(MitMeeting) from = NULL;

              from = mit_store_load_meeting (store, mit_action_item_get_meeting_id (action),
                                             &error);
              g_assert_no_error (error);
              g_assert_cmpstr (mit_meeting_get_date (from), <, mit_meeting_get_date (meeting));
              if (m == meetings->len - 1 && mit_action_item_get_status (action) == MIT_ACTION_OPEN)
                n_carried_open_into_last++;
            }
        }

      actions = mit_store_list_meeting_action_items (store, meeting_id, &error);
      g_assert_no_error (error);
      n_actions += actions->len;
      for (guint a = 0; a < actions->len; a++)
        {
          MitActionItem *action = g_ptr_array_index (actions, a);

          /* Recorded under an agenda item of its meeting, with an owner
           * and a due date */
          g_assert_cmpint (mit_action_item_get_meeting_id (action), ==, meeting_id);
          g_assert_cmpint (mit_action_item_get_item_id (action), >, 0);
          g_assert_cmpint (mit_action_item_get_owner_id (action), >, 0);
          g_assert_cmpstr (mit_action_item_get_owner_name (action), !=, "");
          g_assert_cmpuint (strlen (mit_action_item_get_due (action)), ==, 10);
          g_assert_cmpstr (mit_action_item_get_due (action), >, mit_meeting_get_date (meeting));
          n_status[mit_action_item_get_status (action)]++;
          n_action_events += mit_action_item_get_event_id (action) > 0;
          n_action_actors += mit_action_item_get_actor_id (action) > 0;
          n_action_groups += mit_action_item_get_target_group_id (action) > 0;
        }
    }

  g_assert_cmpuint (n_items, ==, N_EXAMPLE_AGENDA_ITEMS);
  g_assert_cmpuint (count_rows (store, "agenda_item"), ==, N_EXAMPLE_AGENDA_ITEMS);
  g_assert_cmpuint (n_presented, ==, n_items);

  /* Decisions of all three kinds */
  g_assert_cmpuint (n_decisions[MIT_DECISION_ACKNOWLEDGEMENT], ==, N_EXAMPLE_ACKNOWLEDGED);
  g_assert_cmpuint (n_decisions[MIT_DECISION_RESOLUTION], ==, N_EXAMPLE_RESOLUTIONS);
  g_assert_cmpuint (n_decisions[MIT_DECISION_RECOMMENDATION], ==, N_EXAMPLE_RECOMMENDED);
  g_assert_cmpuint (count_rows (store, "decision"), ==,
                    N_EXAMPLE_ACKNOWLEDGED + N_EXAMPLE_RESOLUTIONS + N_EXAMPLE_RECOMMENDED);

  /* Action items done, dropped and still open */
  g_assert_cmpuint (n_actions, ==, N_EXAMPLE_ACTIONS);
  g_assert_cmpuint (count_rows (store, "action_item"), ==, N_EXAMPLE_ACTIONS);
  g_assert_cmpuint (n_status[MIT_ACTION_OPEN], ==, N_EXAMPLE_OPEN_ACTIONS);
  g_assert_cmpuint (n_status[MIT_ACTION_DONE], ==, N_EXAMPLE_DONE_ACTIONS);
  g_assert_cmpuint (n_status[MIT_ACTION_DROPPED], ==, N_EXAMPLE_DROPPED);
  open_actions = mit_store_list_open_action_items (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open_actions->len, ==, N_EXAMPLE_OPEN_ACTIONS);

  /* Carried over: into every later meeting, and the last one lists items
   * that are open still */
  g_assert_cmpuint (n_carried_total, >=, N_EXAMPLE_MEETINGS - 1);
  g_assert_cmpuint (count_rows (store, "agenda_action"), ==, n_carried_total);
  g_assert_cmpuint (n_carried_open_into_last, >, 0);

  /* Linked to the calendar, the directory and the target groups */
  g_assert_cmpuint (n_item_events, >=, 4);
  g_assert_cmpuint (n_item_actors, >=, 4);
  g_assert_cmpuint (n_item_groups, >=, 4);
  g_assert_cmpuint (n_action_events, >=, 3);
  g_assert_cmpuint (n_action_actors, >=, 3);
  g_assert_cmpuint (n_action_groups, >=, 3);
}

/* What the example leaves open is what the next meeting starts with */
static void
test_example_next_meeting (void)
{
  g_autoptr(MitStore) store = open_loaded_store ("next-meeting.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = list_meetings_oldest_first (store);
  g_autoptr(MitMeeting) next = mit_meeting_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) carried = NULL;
  MitMeeting *last = g_ptr_array_index (meetings, meetings->len - 1);
  MitAgendaItem *carried_item;
  guint n_carried = G_MAXUINT;

  /* The example is carried through: nothing is left to add to the last
   * meeting */
  g_assert_true (mit_store_carry_over_action_items (store, mit_meeting_get_id (last),
                                                    &n_carried, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_carried, ==, 0);

  mit_meeting_set_title (next, "Quartalssitzung Januar 2027");
  mit_meeting_set_date (next, "2027-01-14");
  mit_meeting_set_time (next, "09:30");
  g_assert_true (mit_store_save_meeting (store, next, &error));
  g_assert_no_error (error);

  items = mit_store_list_agenda_items (store, mit_meeting_get_id (next), &error);
  g_assert_no_error (error);
  carried_item = find_open_actions_item (items);
  g_assert_nonnull (carried_item);
  carried = mit_store_list_item_action_items (store, mit_agenda_item_get_id (carried_item), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carried->len, ==, N_EXAMPLE_OPEN_ACTIONS);
  for (guint i = 0; i < carried->len; i++)
    g_assert_cmpint (mit_action_item_get_status (g_ptr_array_index (carried, i)), ==,
                     MIT_ACTION_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/example/load", test_example_load);
  g_test_add_func ("/example/persons", test_example_persons);
  g_test_add_func ("/example/search", test_example_search);
  g_test_add_func ("/example/groups", test_example_groups);
  g_test_add_func ("/example/channels", test_example_channels);
  g_test_add_func ("/example/events", test_example_events);
  g_test_add_func ("/example/recurring", test_example_recurring);
  g_test_add_func ("/example/registrations", test_example_registrations);
  g_test_add_func ("/example/tasks", test_example_tasks);
  g_test_add_func ("/example/steering-group", test_example_steering_group);
  g_test_add_func ("/example/meetings", test_example_meetings);
  g_test_add_func ("/example/next-meeting", test_example_next_meeting);
  g_test_add_func ("/example/twice", test_example_twice);
  g_test_add_func ("/example/broken", test_example_broken);
  g_test_add_func ("/example/rollback", test_example_rollback);
  g_test_add_func ("/example/reload", test_example_reload);
  g_test_add_func ("/example/undo", test_example_undo);

  return g_test_run ();
}
