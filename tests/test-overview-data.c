/* test-overview-data.c: counts and recent changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mit-test-util.h"
#include "mit-gaps.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-overview.h"

/* ---- helpers ------------------------------------------------------------------ */

static gint64
add_actor (MitStore   *store,
           const char *name)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(GError) error = NULL;

  mit_actor_set_name (actor, name);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  return mit_actor_get_id (actor);
}

static void
rename_actor (MitStore   *store,
              gint64      id,
              const char *name)
{
  g_autoptr(MitActor) actor = mit_store_load_actor (store, id, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (actor);
  mit_actor_set_name (actor, name);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
}

static MitPerson *
add_person (MitStore   *store,
            const char *name)
{
  MitPerson *person = mit_person_new ();
  g_autoptr(GError) error = NULL;

  mit_person_set_name (person, name);
  g_assert_true (mit_store_save_person (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static gint64
add_group (MitStore   *store,
           const char *name,
           gboolean    focus)
{
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;

  mit_target_group_set_name (group, name);
  mit_target_group_set_focus (group, focus);
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  return mit_target_group_get_id (group);
}

static gint64
assess (MitStore        *store,
        gint64           group,
        MitReachability  level,
        const char      *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id = mit_store_record_assessment (store, group, level, date, "", "", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
connect (MitStore *store,
         gint64    actor,
         gint64    group,
         gint64    contact)
{
  g_autoptr(MitChannel) channel = mit_channel_new (actor, group);
  g_autoptr(GError) error = NULL;

  mit_channel_set_contact_id (channel, contact);
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);
  return mit_channel_get_id (channel);
}

static GPtrArray *
list_recent (MitStore *store,
             guint     max)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = mit_store_list_recent_changes (store, max, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, <=, max);
  return changes;
}

/* Checks the @index-th recent change. */
static void
assert_change (GPtrArray     *changes,
               guint          index,
               MitRecordKind  kind,
               MitChangeOp    op,
               const char    *name,
               const char    *description)
{
  MitRecentChange *change;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, changes->len);
  change = g_ptr_array_index (changes, index);
  text = mit_recent_change_dup_description (change);
  g_assert_cmpstr (text, ==, description);
  g_assert_cmpint (mit_recent_change_get_kind (change), ==, kind);
  g_assert_cmpint (mit_recent_change_get_op (change), ==, op);
  g_assert_cmpstr (mit_recent_change_get_name (change), ==, name);
  g_assert_nonnull (mit_recent_change_get_stamp (change));
  g_assert_true (g_str_has_suffix (mit_recent_change_get_stamp (change), "Z"));
}

static void
assert_target (GPtrArray     *changes,
               guint          index,
               MitRecordKind  kind,
               gint64         id)
{
  MitRecentChange *change = g_ptr_array_index (changes, index);

  g_assert_cmpint (mit_recent_change_get_target_kind (change), ==, kind);
  g_assert_cmpint (mit_recent_change_get_target_id (change), ==, id);
}

/* Every change number once per record, newest first. */
static void
assert_ordered (GPtrArray *changes)
{
  for (guint i = 1; i < changes->len; i++)
    {
      MitRecentChange *a = g_ptr_array_index (changes, i - 1);
      MitRecentChange *b = g_ptr_array_index (changes, i);

      g_assert_cmpint (mit_recent_change_get_change (a), >=, mit_recent_change_get_change (b));
      g_assert_false (mit_recent_change_get_change (a) == mit_recent_change_get_change (b) &&
                      mit_recent_change_get_kind (a) == mit_recent_change_get_kind (b) &&
                      mit_recent_change_get_record_id (a) == mit_recent_change_get_record_id (b));
    }
}

/* ---- counts ------------------------------------------------------------------- */

static void
test_counts (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("counts.db");
  g_autoptr(MitPerson) anna = NULL;
  g_autoptr(MitPerson) ben = NULL;
  g_autoptr(GError) error = NULL;
  MitOverviewCounts counts;
  gint64 caritas, awo, jugend, frauen, senioren, eltern;

  memset (&counts, 0xff, sizeof counts);
  g_assert_true (mit_store_count_overview (store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.actors, ==, 0);
  g_assert_cmpuint (counts.persons, ==, 0);
  g_assert_cmpuint (counts.target_groups, ==, 0);
  g_assert_cmpuint (counts.focus_groups, ==, 0);
  g_assert_cmpuint (counts.channels, ==, 0);
  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS; i++)
    g_assert_cmpuint (counts.groups_by_level[i], ==, 0);

  caritas = add_actor (store, "Caritas");
  awo = add_actor (store, "AWO");
  add_actor (store, "Sportverein");
  anna = add_person (store, "Anna Becker");
  ben = add_person (store, "Ben Kaya");
  jugend = add_group (store, "Jugendliche", TRUE);
  frauen = add_group (store, "Frauen", FALSE);
  senioren = add_group (store, "Senior*innen", TRUE);
  eltern = add_group (store, "Eltern", FALSE);
  add_group (store, "Studierende", FALSE);
  /* The latest assessment counts: Jugendliche was LITTLE, is GOOD now. */
  assess (store, jugend, MIT_REACHABILITY_LITTLE_OR_NONE, "2024-01-01");
  assess (store, jugend, MIT_REACHABILITY_GOOD, "2025-01-01");
  assess (store, frauen, MIT_REACHABILITY_MEDIUM, "2025-02-01");
  assess (store, senioren, MIT_REACHABILITY_LITTLE_OR_NONE, "2025-03-01");
  assess (store, eltern, MIT_REACHABILITY_MEDIUM, "2025-03-01");
  connect (store, caritas, jugend, 0);
  connect (store, caritas, frauen, mit_person_get_id (anna));
  connect (store, awo, frauen, 0);

  g_assert_true (mit_store_count_overview (store, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.actors, ==, 3);
  g_assert_cmpuint (counts.persons, ==, 2);
  g_assert_cmpuint (counts.target_groups, ==, 5);
  g_assert_cmpuint (counts.focus_groups, ==, 2);
  g_assert_cmpuint (counts.channels, ==, 3);
  g_assert_cmpuint (counts.groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_GOOD)], ==, 1);
  g_assert_cmpuint (counts.groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_MEDIUM)], ==, 2);
  g_assert_cmpuint (counts.groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_LITTLE_OR_NONE)],
                    ==, 1);
  g_assert_cmpuint (counts.groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_UNKNOWN)], ==, 1);

  /* Deleting a group takes its assessments and channels along. */
  g_assert_cmpint (mit_store_delete_target_group (store, frauen, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (mit_store_count_overview (store, &counts, &error));
  g_assert_cmpuint (counts.target_groups, ==, 4);
  g_assert_cmpuint (counts.channels, ==, 1);
  g_assert_cmpuint (counts.groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_MEDIUM)], ==, 1);
  g_assert_cmpuint (counts.persons, ==, mit_store_count_persons (store));
  g_assert_cmpuint (counts.actors, ==, mit_store_count_actors (store));
}

/* ---- recent changes ----------------------------------------------------------- */

static void
test_recent_order (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("recent.db");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(MitPerson) anna = NULL;
  g_autoptr(GError) error = NULL;
  gint64 caritas, jugend, link;

  changes = list_recent (store, 10);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  caritas = add_actor (store, "Caritas");
  jugend = add_group (store, "Jugendliche", TRUE);
  assess (store, jugend, MIT_REACHABILITY_MEDIUM, "2025-05-01");
  connect (store, caritas, jugend, 0);
  rename_actor (store, caritas, "Caritas Mitte");
  anna = add_person (store, "Anna Becker");
  link = mit_store_link_person (store, mit_person_get_id (anna), caritas, "Leitung", &error);
  g_assert_no_error (error);
  g_assert_cmpint (link, >, 0);

  changes = list_recent (store, 10);
  g_assert_cmpuint (changes->len, ==, 7);
  assert_ordered (changes);
  assert_change (changes, 0, MIT_RECORD_AFFILIATION, MIT_CHANGE_ADDED, "Caritas Mitte",
                 "Contact person linked to “Caritas Mitte”");
  assert_target (changes, 0, MIT_RECORD_ACTOR, caritas);
  assert_change (changes, 1, MIT_RECORD_PERSON, MIT_CHANGE_ADDED, "Anna Becker",
                 "Contact person “Anna Becker” added");
  assert_target (changes, 1, MIT_RECORD_PERSON, mit_person_get_id (anna));
  assert_change (changes, 2, MIT_RECORD_ACTOR, MIT_CHANGE_CHANGED, "Caritas Mitte",
                 "Actor “Caritas Mitte” changed");
  assert_change (changes, 3, MIT_RECORD_CHANNEL, MIT_CHANGE_ADDED, "Jugendliche",
                 "Channel to “Jugendliche” added");
  assert_target (changes, 3, MIT_RECORD_TARGET_GROUP, jugend);
  assert_change (changes, 4, MIT_RECORD_ASSESSMENT, MIT_CHANGE_ADDED, "Jugendliche",
                 "Assessment of “Jugendliche” recorded");
  assert_target (changes, 4, MIT_RECORD_TARGET_GROUP, jugend);
  assert_change (changes, 5, MIT_RECORD_TARGET_GROUP, MIT_CHANGE_ADDED, "Jugendliche",
                 "Target group “Jugendliche” added");
  /* The current name, not the one it was added with. */
  assert_change (changes, 6, MIT_RECORD_ACTOR, MIT_CHANGE_ADDED, "Caritas Mitte",
                 "Actor “Caritas Mitte” added");
  assert_target (changes, 6, MIT_RECORD_ACTOR, caritas);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* The limit keeps the newest. */
  changes = list_recent (store, 3);
  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 2, MIT_RECORD_ACTOR, MIT_CHANGE_CHANGED, "Caritas Mitte",
                 "Actor “Caritas Mitte” changed");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Two saves of one record in one transaction are one entry; a new
   * record saved twice is "added". */
  g_assert_true (mit_store_begin (store, &error));
  rename_actor (store, caritas, "Caritas Nord");
  rename_actor (store, caritas, "Caritas Süd");
  {
    gint64 awo = add_actor (store, "AWO");

    rename_actor (store, awo, "AWO Lindenbrunn");
  }
  g_assert_true (mit_store_commit (store, &error));
  g_assert_no_error (error);

  changes = list_recent (store, 10);
  assert_ordered (changes);
  assert_change (changes, 0, MIT_RECORD_ACTOR, MIT_CHANGE_ADDED, "AWO Lindenbrunn",
                 "Actor “AWO Lindenbrunn” added");
  assert_change (changes, 1, MIT_RECORD_ACTOR, MIT_CHANGE_CHANGED, "Caritas Süd",
                 "Actor “Caritas Süd” changed");
  g_assert_cmpint (mit_recent_change_get_change (g_ptr_array_index (changes, 0)), ==,
                   mit_recent_change_get_change (g_ptr_array_index (changes, 1)));
  assert_change (changes, 2, MIT_RECORD_AFFILIATION, MIT_CHANGE_ADDED, "Caritas Süd",
                 "Contact person linked to “Caritas Süd”");
}

static void
test_recent_delete_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("recent-undo.db");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 caritas, jugend, assessment, change;

  caritas = add_actor (store, "Caritas");
  jugend = add_group (store, "Jugendliche", FALSE);
  assessment = assess (store, jugend, MIT_REACHABILITY_GOOD, "2025-05-01");
  assess (store, jugend, MIT_REACHABILITY_MEDIUM, "2025-06-01");
  connect (store, caritas, jugend, 0);

  /* Deleting an assessment, then undoing it */
  change = mit_store_delete_assessment (store, assessment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  changes = list_recent (store, 10);
  assert_change (changes, 0, MIT_RECORD_ASSESSMENT, MIT_CHANGE_DELETED, "Jugendliche",
                 "Assessment of “Jugendliche” deleted");
  assert_target (changes, 0, MIT_RECORD_TARGET_GROUP, jugend);
  g_assert_cmpint (mit_recent_change_get_change (g_ptr_array_index (changes, 0)), ==, change);
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  changes = list_recent (store, 10);
  assert_change (changes, 0, MIT_RECORD_ASSESSMENT, MIT_CHANGE_ADDED, "Jugendliche",
                 "Assessment of “Jugendliche” recorded");
  g_assert_cmpint (mit_recent_change_get_change (g_ptr_array_index (changes, 0)), >, change);
  assert_change (changes, 1, MIT_RECORD_ASSESSMENT, MIT_CHANGE_DELETED, "Jugendliche",
                 "Assessment of “Jugendliche” deleted");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Deleting the group: one entry, not one per assessment and channel.
   * The older entries keep its name, with nothing to open. */
  change = mit_store_delete_target_group (store, jugend, &error);
  g_assert_no_error (error);
  changes = list_recent (store, 20);
  assert_ordered (changes);
  assert_change (changes, 0, MIT_RECORD_TARGET_GROUP, MIT_CHANGE_DELETED, "Jugendliche",
                 "Target group “Jugendliche” deleted");
  assert_target (changes, 0, 0, 0);
  g_assert_cmpint (mit_recent_change_get_change (g_ptr_array_index (changes, 1)), <, change);
  assert_change (changes, 1, MIT_RECORD_ASSESSMENT, MIT_CHANGE_ADDED, "Jugendliche",
                 "Assessment of “Jugendliche” recorded");
  assert_target (changes, 1, 0, 0);
  g_assert_cmpuint (changes->len, ==, 8);
  assert_change (changes, 7, MIT_RECORD_ACTOR, MIT_CHANGE_ADDED, "Caritas",
                 "Actor “Caritas” added");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undo brings the group back, again as one entry. */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  changes = list_recent (store, 20);
  assert_change (changes, 0, MIT_RECORD_TARGET_GROUP, MIT_CHANGE_ADDED, "Jugendliche",
                 "Target group “Jugendliche” added");
  assert_target (changes, 0, MIT_RECORD_TARGET_GROUP, jugend);
  assert_change (changes, 1, MIT_RECORD_TARGET_GROUP, MIT_CHANGE_DELETED, "Jugendliche",
                 "Target group “Jugendliche” deleted");
  assert_target (changes, 1, MIT_RECORD_TARGET_GROUP, jugend);
  g_assert_cmpuint (changes->len, ==, 9);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Deleting the actor: its name comes from the history now. */
  g_assert_cmpint (mit_store_delete_actor (store, caritas, &error), >, 0);
  g_assert_no_error (error);
  changes = list_recent (store, 20);
  assert_change (changes, 0, MIT_RECORD_ACTOR, MIT_CHANGE_DELETED, "Caritas",
                 "Actor “Caritas” deleted");
  assert_target (changes, 0, 0, 0);
  assert_change (changes, changes->len - 1, MIT_RECORD_ACTOR, MIT_CHANGE_ADDED, "Caritas",
                 "Actor “Caritas” added");
  assert_target (changes, changes->len - 1, 0, 0);
  /* The channel went with the actor and is not listed on its own. */
  g_assert_cmpint (mit_recent_change_get_kind (g_ptr_array_index (changes, 1)), ==,
                   MIT_RECORD_TARGET_GROUP);
}

static gboolean
changes_mention (GPtrArray  *changes,
                 const char *text)
{
  for (guint i = 0; i < changes->len; i++)
    {
      MitRecentChange *change = g_ptr_array_index (changes, i);
      g_autofree char *description = mit_recent_change_dup_description (change);

      if (strstr (description, text) || strstr (mit_recent_change_get_name (change), text))
        return TRUE;
    }
  return FALSE;
}

static guint
count_kind (GPtrArray     *changes,
            MitRecordKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < changes->len; i++)
    if (mit_recent_change_get_kind (g_ptr_array_index (changes, i)) == kind)
      n++;
  return n;
}

static void
test_recent_erased (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("recent-erased.db");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(MitPerson) zora = NULL;
  g_autoptr(MitPerson) yusuf = NULL;
  g_autoptr(MitPerson) anna = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *yusuf_uid = NULL;
  gint64 caritas, jugend, change;

  caritas = add_actor (store, "Caritas");
  jugend = add_group (store, "Jugendliche", FALSE);
  anna = add_person (store, "Anna Becker");
  zora = add_person (store, "Zora Geheim");
  mit_person_set_name (zora, "Zora Geheim-Vertraulich");
  g_assert_true (mit_store_save_person (store, zora, &error));
  mit_store_link_person (store, mit_person_get_id (zora), caritas, "Beratung", &error);
  g_assert_no_error (error);
  connect (store, caritas, jugend, mit_person_get_id (zora));
  yusuf = add_person (store, "Yusuf Diskret");
  yusuf_uid = g_strdup (mit_person_get_uid (yusuf));
  mit_store_link_person (store, mit_person_get_id (yusuf), caritas, "", &error);
  g_assert_no_error (error);

  changes = list_recent (store, 50);
  g_assert_true (changes_mention (changes, "Zora"));
  g_assert_true (changes_mention (changes, "Yusuf"));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Erased at once */
  g_assert_true (mit_store_erase_person (store, mit_person_get_id (zora), &error));
  g_assert_no_error (error);
  /* Deleted with undo, then erased when the undo toast goes */
  change = mit_store_delete_person (store, mit_person_get_id (yusuf), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  changes = list_recent (store, 50);
  /* Until erased, the deletion can still be seen (and undone). */
  g_assert_true (changes_mention (changes, "Yusuf"));
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_assert_true (mit_store_erase_person_traces (store, yusuf_uid, &error));
  g_assert_no_error (error);

  changes = list_recent (store, 50);
  assert_ordered (changes);
  g_assert_false (changes_mention (changes, "Zora"));
  g_assert_false (changes_mention (changes, "Yusuf"));
  g_assert_false (changes_mention (changes, "Geheim"));
  /* Anna is still there, the only person listed. */
  g_assert_true (changes_mention (changes, "Anna Becker"));
  g_assert_cmpuint (count_kind (changes, MIT_RECORD_PERSON), ==, 1);
  /* Their links went with their history. */
  g_assert_cmpuint (count_kind (changes, MIT_RECORD_AFFILIATION), ==, 0);
  for (guint i = 0; i < changes->len; i++)
    {
      MitRecentChange *c = g_ptr_array_index (changes, i);

      g_assert_false (mit_recent_change_get_target_kind (c) == MIT_RECORD_PERSON &&
                      mit_recent_change_get_target_id (c) != mit_person_get_id (anna));
    }
}

static guint
count_in_change (GPtrArray *changes,
                 gint64     change)
{
  guint n = 0;

  for (guint i = 0; i < changes->len; i++)
    if (mit_recent_change_get_change (g_ptr_array_index (changes, i)) == change)
      n++;
  return n;
}

static void
test_recent_person_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("recent-person.db");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(MitPerson) anna = NULL;
  g_autoptr(MitPerson) ben = NULL;
  g_autoptr(GError) error = NULL;
  gint64 caritas, awo, jugend, change, link;

  caritas = add_actor (store, "Caritas");
  jugend = add_group (store, "Jugendliche", FALSE);
  anna = add_person (store, "Anna Becker");
  mit_store_link_person (store, mit_person_get_id (anna), caritas, "Leitung", &error);
  g_assert_no_error (error);
  connect (store, caritas, jugend, mit_person_get_id (anna));

  /* The person's links go, and the channel loses its contact: one entry */
  change = mit_store_delete_person (store, mit_person_get_id (anna), &error);
  g_assert_no_error (error);
  changes = list_recent (store, 10);
  assert_change (changes, 0, MIT_RECORD_PERSON, MIT_CHANGE_DELETED, "Anna Becker",
                 "Contact person “Anna Becker” deleted");
  assert_target (changes, 0, 0, 0);
  g_assert_cmpuint (count_in_change (changes, change), ==, 1);
  assert_change (changes, 1, MIT_RECORD_CHANNEL, MIT_CHANGE_ADDED, "Jugendliche",
                 "Channel to “Jugendliche” added");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undo brings all of it back, again as one entry */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  changes = list_recent (store, 10);
  assert_change (changes, 0, MIT_RECORD_PERSON, MIT_CHANGE_ADDED, "Anna Becker",
                 "Contact person “Anna Becker” added");
  assert_target (changes, 0, MIT_RECORD_PERSON, mit_person_get_id (anna));
  g_assert_cmpuint (count_in_change (changes, mit_recent_change_get_change (g_ptr_array_index (changes, 0))),
                    ==, 1);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* As an import does: new actors and persons with their links in one
   * transaction are listed by actor and person. */
  g_assert_true (mit_store_begin (store, &error));
  awo = add_actor (store, "AWO");
  ben = add_person (store, "Ben Kaya");
  link = mit_store_link_person (store, mit_person_get_id (ben), awo, "", &error);
  g_assert_cmpint (link, >, 0);
  g_assert_true (mit_store_commit (store, &error));
  g_assert_no_error (error);
  changes = list_recent (store, 10);
  change = mit_recent_change_get_change (g_ptr_array_index (changes, 0));
  g_assert_cmpuint (count_in_change (changes, change), ==, 2);
  g_assert_cmpuint (count_kind (changes, MIT_RECORD_AFFILIATION), ==, 1);  /* Anna's, earlier */
  assert_change (changes, 0, MIT_RECORD_PERSON, MIT_CHANGE_ADDED, "Ben Kaya",
                 "Contact person “Ben Kaya” added");
  assert_change (changes, 1, MIT_RECORD_ACTOR, MIT_CHANGE_ADDED, "AWO", "Actor “AWO” added");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* A link on its own is listed. */
  mit_store_unlink_person (store, link, &error);
  g_assert_no_error (error);
  changes = list_recent (store, 10);
  assert_change (changes, 0, MIT_RECORD_AFFILIATION, MIT_CHANGE_DELETED, "AWO",
                 "Contact person unlinked from “AWO”");
  assert_target (changes, 0, MIT_RECORD_ACTOR, awo);
}

/* ---- the age of out-of-date records ---------------------------------------------- */

static void
test_stale_months (void)
{
  g_autofree char *path = mit_test_tmp_path ("stale.db");
  g_autoptr(MitStore) store = mit_test_open_store ("stale.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  g_assert_cmpuint (mit_store_get_stale_months (store), ==, MIT_GAP_DEFAULT_STALE_MONTHS);
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 12);

  g_assert_true (mit_store_set_stale_months (store, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 6);
  stored = mit_store_get_setting (store, "stale-months");
  g_assert_cmpstr (stored, ==, "6");

  /* Out of range: refused, the stored value stays */
  g_assert_false (mit_store_set_stale_months (store, 0, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mit_store_set_stale_months (store, MIT_STALE_MONTHS_MAX + 1, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 6);

  /* The limits themselves are fine. */
  g_assert_true (mit_store_set_stale_months (store, MIT_STALE_MONTHS_MIN, &error));
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 1);
  g_assert_true (mit_store_set_stale_months (store, MIT_STALE_MONTHS_MAX, &error));
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 120);
  g_assert_no_error (error);

  /* Kept in the file */
  g_assert_true (mit_store_set_stale_months (store, 18, &error));
  g_clear_object (&store);
  store = mit_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 18);

  /* A value written by something else that is not valid reads as the default. */
  g_assert_true (mit_store_set_setting (store, "stale-months", "zwölf", &error));
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 12);
  g_assert_true (mit_store_set_setting (store, "stale-months", "500", &error));
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 12);
  g_assert_true (mit_store_set_setting (store, "stale-months", "-3", &error));
  g_assert_cmpuint (mit_store_get_stale_months (store), ==, 12);
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/overview-data/counts", test_counts);
  g_test_add_func ("/overview-data/recent/order", test_recent_order);
  g_test_add_func ("/overview-data/recent/delete-undo", test_recent_delete_undo);
  g_test_add_func ("/overview-data/recent/erased", test_recent_erased);
  g_test_add_func ("/overview-data/recent/person-undo", test_recent_person_undo);
  g_test_add_func ("/overview-data/stale-months", test_stale_months);

  return g_test_run ();
}
