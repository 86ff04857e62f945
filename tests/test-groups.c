/* test-groups.c: target groups, reachability assessments and channels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-private.h"
#include "mit-test-util.h"

static MitTargetGroup *
add_group (MitStore   *store,
           const char *name,
           gboolean    focus)
{
  g_autoptr(GError) error = NULL;
  MitTargetGroup *group = mit_target_group_new ();

  mit_target_group_set_name (group, name);
  mit_target_group_set_focus (group, focus);
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_target_group_get_id (group), >, 0);
  return group;
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

static gint64
record (MitStore        *store,
        gint64           group_id,
        MitReachability  level,
        const char      *date)
{
  g_autoptr(GError) error = NULL;
  gint64 id = mit_store_record_assessment (store, group_id, level, date, "KIB", "", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static MitChannel *
add_channel (MitStore   *store,
             gint64      actor_id,
             gint64      group_id,
             const char *how)
{
  g_autoptr(GError) error = NULL;
  MitChannel *channel = mit_channel_new (actor_id, group_id);

  mit_channel_set_how (channel, how);
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_channel_get_id (channel), >, 0);
  return channel;
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

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_group_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("group-roundtrip.db");
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(MitTargetGroup) loaded = NULL;
  g_autoptr(MitTargetGroup) copy = NULL;
  g_autoptr(GError) error = NULL;
  const char *languages[] = { "ro", "de", "ro", "", NULL };
  const char *expected_languages[] = { "ro", "de", NULL };
  g_autofree char *modified = NULL;
  guint notified = 0;
  gint64 change;

  g_assert_cmpint (mit_target_group_get_size (group), ==, -1);
  g_assert_cmpint (mit_target_group_get_level (group), ==, MIT_REACHABILITY_UNKNOWN);

  /* Notify only on real change */
  g_signal_connect (group, "notify::focus", G_CALLBACK (notify_cb), &notified);
  mit_target_group_set_focus (group, TRUE);
  mit_target_group_set_focus (group, TRUE);
  g_assert_cmpuint (notified, ==, 1);

  mit_target_group_set_name (group, "  Die rumänische Community  ");
  mit_target_group_set_description (group, "Familien aus Rumänien, oft mit Saisonarbeit");
  mit_target_group_set_languages (group, languages);
  mit_target_group_set_district (group, "Nordstadt");
  mit_target_group_set_size (group, 800);
  mit_target_group_set_notes (group, "Kontakt über die orthodoxe Gemeinde");

  /* No name, no group */
  {
    g_autoptr(MitTargetGroup) nameless = mit_target_group_new ();

    g_assert_false (mit_store_save_target_group (store, nameless, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_target_group_get_id (group), >, 0);
  g_assert_nonnull (mit_target_group_get_uid (group));
  g_assert_cmpstr (mit_target_group_get_name (group), ==, "Die rumänische Community");
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, 1);

  loaded = mit_store_load_target_group (store, mit_target_group_get_id (group), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_target_group_get_uid (loaded), ==, mit_target_group_get_uid (group));
  g_assert_cmpstr (mit_target_group_get_name (loaded), ==, "Die rumänische Community");
  g_assert_cmpstr (mit_target_group_get_description (loaded), ==,
                   "Familien aus Rumänien, oft mit Saisonarbeit");
  g_assert_true (g_strv_equal ((const char * const *)mit_target_group_get_languages (loaded),
                               expected_languages));
  g_assert_cmpstr (mit_target_group_get_district (loaded), ==, "Nordstadt");
  g_assert_cmpint (mit_target_group_get_size (loaded), ==, 800);
  g_assert_cmpstr (mit_target_group_get_notes (loaded), ==, "Kontakt über die orthodoxe Gemeinde");
  g_assert_true (mit_target_group_get_focus (loaded));
  g_assert_cmpint (mit_target_group_get_level (loaded), ==, MIT_REACHABILITY_UNKNOWN);
  g_assert_cmpstr (mit_target_group_get_assessed (loaded), ==, "");
  g_assert_cmpstr (mit_target_group_get_created (loaded), ==, mit_target_group_get_created (group));

  copy = mit_target_group_copy (loaded);
  g_assert_cmpint (mit_target_group_get_id (copy), ==, mit_target_group_get_id (loaded));
  g_assert_cmpint (mit_target_group_get_size (copy), ==, 800);

  /* Saving unchanged writes nothing */
  change = mit_store_get_last_change (store);
  g_assert_true (mit_store_save_target_group (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);

  /* Size back to unknown, focus off */
  mit_target_group_set_size (loaded, -1);
  mit_target_group_set_focus (loaded, FALSE);
  g_assert_true (mit_store_save_target_group (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_last_change (store), >, change);
  g_clear_object (&loaded);
  loaded = mit_store_load_target_group (store, mit_target_group_get_id (group), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_target_group_get_size (loaded), ==, -1);
  g_assert_false (mit_target_group_get_focus (loaded));

  /* Properties */
  {
    g_autofree char *name = NULL;
    int size = 0;

    g_object_get (loaded, "name", &name, "size", &size, NULL);
    g_assert_cmpstr (name, ==, "Die rumänische Community");
    g_assert_cmpint (size, ==, -1);
  }

  /* A group that is gone */
  g_assert_null (mit_store_load_target_group (store, 999, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_assessment_roundtrip (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("assessment-roundtrip.db");
  g_autoptr(MitTargetGroup) group = add_group (store, "Jugendliche", FALSE);
  g_autoptr(MitAssessment) assessment = mit_assessment_new (mit_target_group_get_id (group));
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  MitAssessment *loaded;

  g_assert_cmpuint (strlen (mit_assessment_get_date (assessment)), ==, 10);
  mit_assessment_set_level (assessment, MIT_REACHABILITY_MEDIUM);
  mit_assessment_set_date (assessment, "2024-03-14");
  mit_assessment_set_assessor (assessment, "Steuerungsgruppe");
  mit_assessment_set_reasoning (assessment, "Jugendtreff erreicht nur Jungen");
  g_assert_true (mit_store_save_assessment (store, assessment, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_assessment_get_id (assessment), >, 0);
  g_assert_nonnull (mit_assessment_get_uid (assessment));

  list = mit_store_list_assessments (store, mit_target_group_get_id (group), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  loaded = g_ptr_array_index (list, 0);
  g_assert_cmpint (mit_assessment_get_id (loaded), ==, mit_assessment_get_id (assessment));
  g_assert_cmpint (mit_assessment_get_group_id (loaded), ==, mit_target_group_get_id (group));
  g_assert_cmpint (mit_assessment_get_level (loaded), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (mit_assessment_get_date (loaded), ==, "2024-03-14");
  g_assert_cmpstr (mit_assessment_get_assessor (loaded), ==, "Steuerungsgruppe");
  g_assert_cmpstr (mit_assessment_get_reasoning (loaded), ==, "Jugendtreff erreicht nur Jungen");
  g_assert_cmpstr (mit_assessment_get_uid (loaded), ==, mit_assessment_get_uid (assessment));

  /* The group carries its current level when loaded */
  {
    g_autoptr(MitTargetGroup) reloaded =
      mit_store_load_target_group (store, mit_target_group_get_id (group), &error);
    int level = -5;
    g_autofree char *assessed = NULL;

    g_assert_no_error (error);
    g_object_get (reloaded, "level", &level, "assessed", &assessed, NULL);
    g_assert_cmpint (level, ==, MIT_REACHABILITY_MEDIUM);
    g_assert_cmpstr (assessed, ==, "2024-03-14");
  }

  /* Deleting it */
  g_assert_cmpint (mit_store_delete_assessment (store, mit_assessment_get_id (assessment), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_current_level (store, mit_target_group_get_id (group), NULL),
                   ==, MIT_REACHABILITY_UNKNOWN);
  g_assert_cmpint (mit_store_delete_assessment (store, mit_assessment_get_id (assessment), &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

static void
test_current_level (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("current-level.db");
  g_autoptr(MitTargetGroup) group = add_group (store, "Frauen mit Fluchtgeschichte", TRUE);
  gint64 group_id = mit_target_group_get_id (group);
  g_autoptr(GPtrArray) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 march, old;
  MitAssessment *first;

  g_assert_cmpint (mit_store_get_current_level (store, group_id, &date), ==, MIT_REACHABILITY_UNKNOWN);
  g_assert_null (date);

  record (store, group_id, MIT_REACHABILITY_LITTLE_OR_NONE, "2023-09-01");
  march = record (store, group_id, MIT_REACHABILITY_MEDIUM, "2024-03-01");
  g_assert_cmpint (mit_store_get_current_level (store, group_id, &date), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (date, ==, "2024-03-01");
  g_clear_pointer (&date, g_free);

  /* An older assessment entered later does not become the current one */
  old = record (store, group_id, MIT_REACHABILITY_GOOD, "2022-05-10");
  g_assert_cmpint (mit_store_get_current_level (store, group_id, &date), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (date, ==, "2024-03-01");
  g_clear_pointer (&date, g_free);

  /* The timeline: oldest first */
  timeline = mit_store_list_assessments (store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (timeline->len, ==, 3);
  first = g_ptr_array_index (timeline, 0);
  g_assert_cmpint (mit_assessment_get_id (first), ==, old);
  g_assert_cmpstr (mit_assessment_get_date (g_ptr_array_index (timeline, 1)), ==, "2023-09-01");
  g_assert_cmpint (mit_assessment_get_id (g_ptr_array_index (timeline, 2)), ==, march);

  /* Editing an old assessment keeps the others, and the current level */
  mit_assessment_set_reasoning (first, "Nachgetragen aus dem Protokoll");
  mit_assessment_set_level (first, MIT_REACHABILITY_MEDIUM);
  g_assert_true (mit_store_save_assessment (store, first, &error));
  g_assert_no_error (error);
  g_clear_pointer (&timeline, g_ptr_array_unref);
  timeline = mit_store_list_assessments (store, group_id, &error);
  g_assert_cmpuint (timeline->len, ==, 3);
  g_assert_cmpint (mit_assessment_get_level (g_ptr_array_index (timeline, 0)), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (mit_assessment_get_reasoning (g_ptr_array_index (timeline, 0)), ==,
                   "Nachgetragen aus dem Protokoll");
  g_assert_cmpint (mit_assessment_get_level (g_ptr_array_index (timeline, 1)), ==,
                   MIT_REACHABILITY_LITTLE_OR_NONE);
  g_assert_cmpint (mit_store_get_current_level (store, group_id, NULL), ==, MIT_REACHABILITY_MEDIUM);

  /* A newer one, same day as the current: the later entry wins */
  record (store, group_id, MIT_REACHABILITY_GOOD, "2024-03-01");
  g_assert_cmpint (mit_store_get_current_level (store, group_id, NULL), ==, MIT_REACHABILITY_GOOD);

  /* The edit is in the history: undoing it brings the old values back */
  {
    MitAssessment *latest = g_ptr_array_index (timeline, 2);
    gint64 change;

    mit_assessment_set_level (latest, MIT_REACHABILITY_LITTLE_OR_NONE);
    g_assert_true (mit_store_save_assessment (store, latest, &error));
    change = mit_store_get_last_change (store);
    g_assert_true (mit_store_undo (store, change, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM assessment WHERE level = 2"), ==, 1);
  }
}

static void
test_invalid_assessment (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("invalid-assessment.db");
  g_autoptr(MitTargetGroup) group = add_group (store, "Senior*innen", FALSE);
  gint64 group_id = mit_target_group_get_id (group);
  g_autoptr(GError) error = NULL;
  const char *bad_dates[] = { "32.13.2024", "2024-02-30", "2024-3-1", "gestern", " " };
  gint64 change = mit_store_get_last_change (store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_assert_cmpint (mit_store_record_assessment (store, group_id, MIT_REACHABILITY_GOOD,
                                                    bad_dates[i], "", "", &error), ==, 0);
      g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
      if (i == 0)
        g_assert_nonnull (strstr (error->message, "“32.13.2024”"));
      g_clear_error (&error);
    }

  g_assert_cmpint (mit_store_record_assessment (store, group_id, 3, "2024-01-01", "", "", &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (mit_store_record_assessment (store, group_id, MIT_REACHABILITY_UNKNOWN,
                                                "2024-01-01", "", "", &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The group must exist */
  g_assert_cmpint (mit_store_record_assessment (store, 4711, MIT_REACHABILITY_GOOD,
                                                "2024-01-01", "", "", &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Inside an open transaction a refused save leaves the rest alone */
  g_assert_true (mit_store_begin (store, &error));
  record (store, group_id, MIT_REACHABILITY_GOOD, "2024-01-01");
  g_assert_cmpint (mit_store_record_assessment (store, group_id, MIT_REACHABILITY_GOOD,
                                                "2024-13-01", "", "", &error), ==, 0);
  g_clear_error (&error);
  mit_store_rollback (store);

  g_assert_cmpint (mit_store_get_last_change (store), ==, change);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM assessment"), ==, 0);

  /* Today, when no date is given */
  g_assert_cmpint (mit_store_record_assessment (store, group_id, MIT_REACHABILITY_GOOD,
                                                NULL, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_channels (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("channels.db");
  g_autoptr(MitTargetGroup) youth = add_group (store, "Jugendliche", FALSE);
  g_autoptr(MitTargetGroup) women = add_group (store, "Frauen", FALSE);
  g_autoptr(MitActor) caritas = add_actor (store, "Caritas");
  g_autoptr(MitActor) awo = add_actor (store, "AWO Kreisverband");
  g_autoptr(MitPerson) person = add_person (store, "Aylin Demir");
  g_autoptr(MitChannel) channel = mit_channel_new (mit_actor_get_id (caritas),
                                                   mit_target_group_get_id (youth));
  g_autoptr(MitChannel) other = NULL;
  g_autoptr(MitChannel) third = NULL;
  g_autoptr(MitChannel) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  mit_channel_set_how (channel, MIT_CHANNEL_HOW_OUTREACH);
  mit_channel_set_strength (channel, MIT_CHANNEL_STRONG);
  mit_channel_set_contact_id (channel, mit_person_get_id (person));
  mit_channel_set_notes (channel, "Streetwork am Bahnhof");
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_channel_get_id (channel), >, 0);
  g_assert_cmpstr (mit_channel_get_actor_name (channel), ==, "Caritas");
  g_assert_cmpstr (mit_channel_get_group_name (channel), ==, "Jugendliche");
  g_assert_cmpstr (mit_channel_get_contact_name (channel), ==, "Aylin Demir");

  loaded = mit_store_load_channel (store, mit_channel_get_id (channel), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_channel_get_uid (loaded), ==, mit_channel_get_uid (channel));
  g_assert_cmpint (mit_channel_get_actor_id (loaded), ==, mit_actor_get_id (caritas));
  g_assert_cmpint (mit_channel_get_group_id (loaded), ==, mit_target_group_get_id (youth));
  g_assert_cmpstr (mit_channel_get_how (loaded), ==, "outreach");
  g_assert_cmpint (mit_channel_get_strength (loaded), ==, MIT_CHANNEL_STRONG);
  g_assert_cmpint (mit_channel_get_contact_id (loaded), ==, mit_person_get_id (person));
  g_assert_cmpstr (mit_channel_get_notes (loaded), ==, "Streetwork am Bahnhof");
  g_assert_cmpstr (mit_channel_get_contact_name (loaded), ==, "Aylin Demir");

  /* Many to many, shown from both sides, sorted by name */
  other = add_channel (store, mit_actor_get_id (awo), mit_target_group_get_id (youth),
                       MIT_CHANNEL_HOW_EVENT);
  third = add_channel (store, mit_actor_get_id (caritas), mit_target_group_get_id (women),
                       MIT_CHANNEL_HOW_COUNSELLING);

  list = mit_store_list_channels_of_group (store, mit_target_group_get_id (youth), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (mit_channel_get_actor_name (g_ptr_array_index (list, 0)), ==, "AWO Kreisverband");
  g_assert_cmpstr (mit_channel_get_actor_name (g_ptr_array_index (list, 1)), ==, "Caritas");
  g_assert_cmpstr (mit_channel_get_contact_name (g_ptr_array_index (list, 0)), ==, "");
  g_clear_pointer (&list, g_ptr_array_unref);

  list = mit_store_list_channels_of_actor (store, mit_actor_get_id (caritas), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (mit_channel_get_group_name (g_ptr_array_index (list, 0)), ==, "Frauen");
  g_assert_cmpstr (mit_channel_get_group_name (g_ptr_array_index (list, 1)), ==, "Jugendliche");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The same actor may reach the same group another way, but not twice the
   * same way: a clear error, and nothing written */
  change = mit_store_get_last_change (store);
  {
    g_autoptr(MitChannel) twice = mit_channel_new (mit_actor_get_id (caritas),
                                                   mit_target_group_get_id (youth));

    mit_channel_set_how (twice, MIT_CHANNEL_HOW_OUTREACH);
    g_assert_false (mit_store_save_channel (store, twice, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "Caritas"));
    g_assert_nonnull (strstr (error->message, "Jugendliche"));
    g_assert_cmpint (mit_channel_get_id (twice), ==, 0);
    g_clear_error (&error);

    /* Changing another channel into a duplicate is refused too */
    mit_channel_set_actor_id (third, mit_actor_get_id (caritas));
    mit_channel_set_group_id (third, mit_target_group_get_id (youth));
    mit_channel_set_how (third, MIT_CHANNEL_HOW_OUTREACH);
    g_assert_false (mit_store_save_channel (store, third, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_clear_error (&error);

    mit_channel_set_how (twice, MIT_CHANNEL_HOW_MULTIPLIER);
    g_assert_cmpint (mit_store_get_last_change (store), ==, change);
    g_assert_true (mit_store_save_channel (store, twice, &error));
    g_assert_no_error (error);
  }

  /* Unknown way, missing actor or contact */
  {
    g_autoptr(MitChannel) bad = mit_channel_new (mit_actor_get_id (awo),
                                                 mit_target_group_get_id (women));

    change = mit_store_get_last_change (store);
    mit_channel_set_how (bad, "carrier-pigeon");
    g_assert_false (mit_store_save_channel (store, bad, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "carrier-pigeon"));
    g_clear_error (&error);

    mit_channel_set_how (bad, NULL);
    mit_channel_set_contact_id (bad, 4711);
    g_assert_false (mit_store_save_channel (store, bad, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    mit_channel_set_contact_id (bad, 0);
    mit_channel_set_actor_id (bad, 4711);
    g_assert_false (mit_store_save_channel (store, bad, &error));
    g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (mit_store_get_last_change (store), ==, change);
  }

  /* The contact person erased: the channel stays, without contact */
  g_assert_true (mit_store_erase_person (store, mit_person_get_id (person), &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_channel (store, mit_channel_get_id (channel), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_channel_get_contact_id (loaded), ==, 0);
  g_assert_cmpstr (mit_channel_get_contact_name (loaded), ==, "");
  g_assert_cmpstr (mit_channel_get_how (loaded), ==, "outreach");

  /* Deleting a channel, and undoing it */
  change = mit_store_delete_channel (store, mit_channel_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_null (mit_store_load_channel (store, mit_channel_get_id (other), &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_channel (store, mit_channel_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_channel_get_uid (loaded), ==, mit_channel_get_uid (other));

  /* Deleting the actor takes its channels along */
  g_assert_cmpint (mit_store_delete_actor (store, mit_actor_get_id (awo), &error), >, 0);
  g_assert_no_error (error);
  list = mit_store_list_channels_of_group (store, mit_target_group_get_id (youth), &error);
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpint (mit_channel_get_actor_id (g_ptr_array_index (list, i)), !=, mit_actor_get_id (awo));
}

static void
test_contact_delete_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("contact-undo.db");
  g_autoptr(MitTargetGroup) group = add_group (store, "Jugendliche", FALSE);
  g_autoptr(MitActor) actor = add_actor (store, "Caritas");
  g_autoptr(MitPerson) person = add_person (store, "Aylin Demir");
  g_autoptr(MitChannel) channel = mit_channel_new (mit_actor_get_id (actor),
                                                   mit_target_group_get_id (group));
  g_autoptr(MitChannel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  mit_channel_set_contact_id (channel, mit_person_get_id (person));
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);

  /* Deleting the person (undo still possible) clears the contact ... */
  change = mit_store_delete_person (store, mit_person_get_id (person), &error);
  g_assert_no_error (error);
  loaded = mit_store_load_channel (store, mit_channel_get_id (channel), &error);
  g_assert_cmpint (mit_channel_get_contact_id (loaded), ==, 0);
  g_clear_object (&loaded);

  /* ... and undoing it puts the contact back */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  loaded = mit_store_load_channel (store, mit_channel_get_id (channel), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_channel_get_contact_id (loaded), ==, mit_person_get_id (person));
  g_assert_cmpstr (mit_channel_get_contact_name (loaded), ==, "Aylin Demir");
}

static void
test_channel_labels (void)
{
  const char * const *hows = mit_channel_how_list ();

  g_assert_cmpuint (g_strv_length ((char **)hows), ==, 6);
  for (guint i = 0; hows[i]; i++)
    {
      g_assert_true (mit_channel_how_is_valid (hows[i]));
      g_assert_cmpstr (mit_channel_how_get_label (hows[i]), !=, hows[i]);
    }
  g_assert_cmpstr (mit_channel_how_get_label ("language-course"), ==, "Language course");
  g_assert_cmpstr (mit_channel_how_get_label ("unknown"), ==, "unknown");
  g_assert_false (mit_channel_how_is_valid ("unknown"));
  g_assert_false (mit_channel_how_is_valid (NULL));
  g_assert_cmpstr (mit_channel_strength_get_label (MIT_CHANNEL_STRONG), ==, "Strong");
  g_assert_cmpstr (mit_reachability_get_label (MIT_REACHABILITY_LITTLE_OR_NONE), ==, "Little or none");
  g_assert_cmpstr (mit_reachability_get_label (MIT_REACHABILITY_UNKNOWN), ==, "Not assessed");
}

static void
test_delete_group_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("delete-group.db");
  g_autoptr(MitTargetGroup) group = add_group (store, "Die rumänische Community", TRUE);
  g_autoptr(MitTargetGroup) kept = add_group (store, "Senior*innen", FALSE);
  g_autoptr(MitTargetGroup) restored = NULL;
  g_autoptr(MitActor) actor = add_actor (store, "Caritas");
  g_autoptr(MitPerson) person = add_person (store, "Ion Popescu");
  g_autoptr(MitChannel) channel = NULL;
  g_autoptr(MitChannel) kept_channel = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 group_id = mit_target_group_get_id (group);
  gint64 change;

  record (store, group_id, MIT_REACHABILITY_LITTLE_OR_NONE, "2023-01-15");
  record (store, group_id, MIT_REACHABILITY_MEDIUM, "2024-06-30");
  record (store, mit_target_group_get_id (kept), MIT_REACHABILITY_GOOD, "2024-06-30");
  channel = mit_channel_new (mit_actor_get_id (actor), group_id);
  mit_channel_set_how (channel, MIT_CHANNEL_HOW_MULTIPLIER);
  mit_channel_set_contact_id (channel, mit_person_get_id (person));
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);
  kept_channel = add_channel (store, mit_actor_get_id (actor), mit_target_group_get_id (kept),
                              MIT_CHANNEL_HOW_EVENT);

  change = mit_store_delete_target_group (store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (mit_store_count_target_groups (store), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM assessment"), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM channel"), ==, 1);
  list = mit_store_list_channels_of_actor (store, mit_actor_get_id (actor), &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_cmpint (mit_store_delete_target_group (store, group_id, &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo brings back the group, its timeline and its channels */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  restored = mit_store_load_target_group (store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_target_group_get_uid (restored), ==, mit_target_group_get_uid (group));
  g_assert_cmpstr (mit_target_group_get_name (restored), ==, "Die rumänische Community");
  g_assert_true (mit_target_group_get_focus (restored));
  g_assert_cmpint (mit_target_group_get_level (restored), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (mit_target_group_get_assessed (restored), ==, "2024-06-30");

  list = mit_store_list_assessments (store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (mit_assessment_get_date (g_ptr_array_index (list, 0)), ==, "2023-01-15");
  g_clear_pointer (&list, g_ptr_array_unref);

  list = mit_store_list_channels_of_group (store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (mit_channel_get_uid (g_ptr_array_index (list, 0)), ==, mit_channel_get_uid (channel));
  g_assert_cmpint (mit_channel_get_contact_id (g_ptr_array_index (list, 0)), ==,
                   mit_person_get_id (person));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The restored group sorts by name again */
  {
    g_autoptr(GArray) ids = mit_store_find_target_group_ids (store, NULL, -1, FALSE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 2);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, group_id);
  }
}

static void
changed_cb (MitStore *store,
            guint     kinds,
            GArray   *log)
{
  g_array_append_val (log, kinds);
}

static guint
last_kinds (GArray *log)
{
  g_assert_cmpuint (log->len, >, 0);
  return g_array_index (log, guint, log->len - 1);
}

static void
test_changed_kinds (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("changed-kinds.db");
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(MitTargetGroup) group = NULL;
  g_autoptr(MitActor) actor = add_actor (store, "Caritas");
  g_autoptr(MitChannel) channel = NULL;
  g_autoptr(GError) error = NULL;
  gint64 assessment_id;
  guint n;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), log);

  group = add_group (store, "Jugendliche", FALSE);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpuint (last_kinds (log), ==, MIT_RECORD_TARGET_GROUP);

  assessment_id = record (store, mit_target_group_get_id (group), MIT_REACHABILITY_GOOD, "2024-01-01");
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (last_kinds (log), ==, MIT_RECORD_ASSESSMENT);

  channel = add_channel (store, mit_actor_get_id (actor), mit_target_group_get_id (group),
                         MIT_CHANNEL_HOW_OUTREACH);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpuint (last_kinds (log), ==, MIT_RECORD_CHANNEL);

  /* Saving unchanged says nothing; a refused save neither */
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_cmpint (mit_store_record_assessment (store, mit_target_group_get_id (group),
                                                MIT_REACHABILITY_GOOD, "01.01.2024", NULL, NULL,
                                                &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpuint (log->len, ==, 3);

  /* One transaction, one signal with every kind */
  g_assert_true (mit_store_begin (store, &error));
  mit_target_group_set_notes (group, "neu");
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_cmpint (mit_store_delete_assessment (store, assessment_id, &error), >, 0);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_true (mit_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 4);
  g_assert_cmpuint (last_kinds (log), ==, MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT);

  g_assert_cmpint (mit_store_delete_channel (store, mit_channel_get_id (channel), &error), >, 0);
  g_assert_cmpuint (last_kinds (log), ==, MIT_RECORD_CHANNEL);

  n = log->len;
  g_assert_cmpint (mit_store_delete_target_group (store, mit_target_group_get_id (group), &error), >, 0);
  g_assert_cmpuint (log->len, ==, n + 1);
  g_assert_cmpuint (last_kinds (log), ==,
                    MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT | MIT_RECORD_CHANNEL);
}

static void
test_find (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("find.db");
  g_autoptr(MitTargetGroup) romanian = add_group (store, "Die rumänische Community", TRUE);
  g_autoptr(MitTargetGroup) elderly = add_group (store, "Ältere Migrant*innen", FALSE);
  g_autoptr(MitTargetGroup) youth = add_group (store, "Jugendliche", TRUE);
  g_autoptr(MitTargetGroup) women = add_group (store, "Frauen mit Fluchtgeschichte", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  mit_target_group_set_description (youth, "Schüler*innen an der Gesamtschule");
  g_assert_true (mit_store_save_target_group (store, youth, &error));

  record (store, mit_target_group_get_id (romanian), MIT_REACHABILITY_GOOD, "2022-01-01");
  record (store, mit_target_group_get_id (romanian), MIT_REACHABILITY_LITTLE_OR_NONE, "2024-01-01");
  record (store, mit_target_group_get_id (elderly), MIT_REACHABILITY_LITTLE_OR_NONE, "2023-05-01");
  record (store, mit_target_group_get_id (youth), MIT_REACHABILITY_GOOD, "2024-02-01");
  record (store, mit_target_group_get_id (youth), MIT_REACHABILITY_MEDIUM, "2021-02-01");

  /* All, sorted by name the way German sorts */
  ids = mit_store_find_target_group_ids (store, NULL, -1, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (elderly));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, mit_target_group_get_id (romanian));
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, mit_target_group_get_id (women));
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, mit_target_group_get_id (youth));
  g_clear_pointer (&ids, g_array_unref);

  /* By current level: an old GOOD does not count */
  ids = mit_store_find_target_group_ids (store, "", MIT_REACHABILITY_LITTLE_OR_NONE, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (elderly));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, mit_target_group_get_id (romanian));
  g_clear_pointer (&ids, g_array_unref);

  ids = mit_store_find_target_group_ids (store, NULL, MIT_REACHABILITY_GOOD, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (youth));
  g_clear_pointer (&ids, g_array_unref);

  ids = mit_store_find_target_group_ids (store, NULL, MIT_REACHABILITY_MEDIUM, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Focus groups */
  ids = mit_store_find_target_group_ids (store, NULL, -1, TRUE, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, NULL, MIT_REACHABILITY_LITTLE_OR_NONE, TRUE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (romanian));
  g_clear_pointer (&ids, g_array_unref);

  /* Text: case and accents ignored, in name or description, every word */
  ids = mit_store_find_target_group_ids (store, "RUMÄN", -1, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, "altere", -1, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (elderly));
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, "gesamtschule", -1, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, mit_target_group_get_id (youth));
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, "flucht frauen", -1, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, "%", -1, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  ids = mit_store_find_target_group_ids (store, "jugend", MIT_REACHABILITY_LITTLE_OR_NONE, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Loading many keeps the order asked for */
  {
    gint64 wanted[] = { mit_target_group_get_id (youth), 999, mit_target_group_get_id (elderly) };
    g_autoptr(GPtrArray) groups = mit_store_load_target_groups (store, wanted, G_N_ELEMENTS (wanted), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (groups->len, ==, 2);
    g_assert_cmpstr (mit_target_group_get_name (g_ptr_array_index (groups, 0)), ==, "Jugendliche");
    g_assert_cmpint (mit_target_group_get_level (g_ptr_array_index (groups, 0)), ==, MIT_REACHABILITY_GOOD);
    g_assert_cmpstr (mit_target_group_get_name (g_ptr_array_index (groups, 1)), ==, "Ältere Migrant*innen");
  }
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/groups/group-roundtrip", test_group_roundtrip);
  g_test_add_func ("/groups/assessment-roundtrip", test_assessment_roundtrip);
  g_test_add_func ("/groups/current-level", test_current_level);
  g_test_add_func ("/groups/invalid-assessment", test_invalid_assessment);
  g_test_add_func ("/groups/channels", test_channels);
  g_test_add_func ("/groups/contact-delete-undo", test_contact_delete_undo);
  g_test_add_func ("/groups/channel-labels", test_channel_labels);
  g_test_add_func ("/groups/delete-group-undo", test_delete_group_undo);
  g_test_add_func ("/groups/changed-kinds", test_changed_kinds);
  g_test_add_func ("/groups/find", test_find);

  return g_test_run ();
}
