/* test-meetings.c: the steering group, meetings, agenda, decisions and
 * action items in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-meetings.h"
#include "mit-store-private.h"
#include "mit-test-util.h"

/* ---- helpers -------------------------------------------------------------- */

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

static MitMeeting *
add_meeting (MitStore   *store,
             const char *title,
             const char *date,
             const char *time)
{
  g_autoptr(GError) error = NULL;
  MitMeeting *meeting = mit_meeting_new ();

  mit_meeting_set_title (meeting, title);
  mit_meeting_set_date (meeting, date);
  mit_meeting_set_time (meeting, time);
  g_assert_true (mit_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_meeting_get_id (meeting), >, 0);
  return meeting;
}

static MitAgendaItem *
add_item (MitStore   *store,
          MitMeeting *meeting,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  MitAgendaItem *item = mit_agenda_item_new (mit_meeting_get_id (meeting));

  mit_agenda_item_set_title (item, title);
  g_assert_true (mit_store_save_agenda_item (store, item, &error));
  g_assert_no_error (error);
  return item;
}

static MitActionItem *
add_action (MitStore      *store,
            MitMeeting    *meeting,
            MitAgendaItem *item,
            const char    *title,
            const char    *due)
{
  g_autoptr(GError) error = NULL;
  MitActionItem *action = mit_action_item_new (mit_meeting_get_id (meeting));

  if (item)
    mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
  mit_action_item_set_title (action, title);
  mit_action_item_set_due (action, due);
  g_assert_true (mit_store_save_action_item (store, action, &error));
  g_assert_no_error (error);
  return action;
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

/* The titles of the meeting's agenda, joined by "|". */
static char *
agenda_titles (MitStore   *store,
               MitMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = mit_store_list_agenda_items (store, mit_meeting_get_id (meeting),
                                                            &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      MitAgendaItem *item = g_ptr_array_index (items, i);

      /* Positions are 1 … n in order. */
      g_assert_cmpint (mit_agenda_item_get_position (item), ==, (int)i + 1);
      g_string_append_printf (out, "%s%s", i ? "|" : "", mit_agenda_item_get_title (item));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The titles of what an agenda item lists, joined by "|". */
static char *
action_titles (MitStore *store,
               gint64    item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) actions = mit_store_list_item_action_items (store, item_id, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < actions->len; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            mit_action_item_get_title (g_ptr_array_index (actions, i)));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The "Open action items" item of a meeting, or NULL. */
static MitAgendaItem *
open_actions_item (MitStore   *store,
                   MitMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = mit_store_list_agenda_items (store, mit_meeting_get_id (meeting),
                                                            &error);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    if (mit_agenda_item_get_kind (g_ptr_array_index (items, i)) == MIT_AGENDA_ITEM_OPEN_ACTIONS)
      return g_object_ref (g_ptr_array_index (items, i));
  return NULL;
}

/* ---- meetings ---------------------------------------------------------------- */

static void
test_meeting_crud (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-crud.db");
  g_autoptr(MitActor) venue = add_actor (store, "Rathaus Bergkamen");
  g_autoptr(MitMeeting) first = add_meeting (store, "Steuerungsgruppe", "2019-11-05", "16:00");
  g_autoptr(MitMeeting) second = add_meeting (store, "Steuerungsgruppe", "2020-01-14", "");
  g_autoptr(MitMeeting) third = add_meeting (store, "Sondersitzung", "2020-01-14", "09:30");
  g_autoptr(MitMeeting) loaded = NULL;
  g_autoptr(MitMeeting) bad = mit_meeting_new ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 last_change;

  g_assert_cmpuint (mit_store_count_meetings (store), ==, 3);
  g_assert_nonnull (mit_meeting_get_uid (first));
  g_assert_cmpint (mit_meeting_get_status (first), ==, MIT_MEETING_PLANNED);

  mit_meeting_set_venue_id (first, mit_actor_get_id (venue));
  mit_meeting_set_status (first, MIT_MEETING_HELD);
  mit_meeting_set_notes (first, "Vorstellung der Erreichbarkeitsebenen");
  mit_meeting_set_title (first, "  Steuerungsgruppe Integrationsmanagement  ");
  g_assert_true (mit_store_save_meeting (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mit_meeting_get_title (first), ==, "Steuerungsgruppe Integrationsmanagement");
  g_assert_cmpstr (mit_meeting_get_venue_name (first), ==, "Rathaus Bergkamen");

  loaded = mit_store_load_meeting (store, mit_meeting_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_meeting_get_title (loaded), ==, "Steuerungsgruppe Integrationsmanagement");
  g_assert_cmpstr (mit_meeting_get_date (loaded), ==, "2019-11-05");
  g_assert_cmpstr (mit_meeting_get_time (loaded), ==, "16:00");
  g_assert_cmpint (mit_meeting_get_venue_id (loaded), ==, mit_actor_get_id (venue));
  g_assert_cmpstr (mit_meeting_get_venue_name (loaded), ==, "Rathaus Bergkamen");
  g_assert_cmpint (mit_meeting_get_status (loaded), ==, MIT_MEETING_HELD);
  g_assert_cmpstr (mit_meeting_get_notes (loaded), ==, "Vorstellung der Erreichbarkeitsebenen");
  g_assert_cmpstr (mit_meeting_get_uid (loaded), ==, mit_meeting_get_uid (first));

  /* Saving what is stored already writes nothing. */
  last_change = mit_store_get_last_change (store);
  g_assert_true (mit_store_save_meeting (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_last_change (store), ==, last_change);

  /* Newest first: on the same day, the later time first; no time sorts
   * before a time. */
  meetings = mit_store_list_meetings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 3);
  g_assert_cmpint (mit_meeting_get_id (g_ptr_array_index (meetings, 0)), ==, mit_meeting_get_id (third));
  g_assert_cmpint (mit_meeting_get_id (g_ptr_array_index (meetings, 1)), ==, mit_meeting_get_id (second));
  g_assert_cmpint (mit_meeting_get_id (g_ptr_array_index (meetings, 2)), ==, mit_meeting_get_id (first));

  g_assert_true (mit_meeting_is_upcoming (second, "2020-01-14"));
  g_assert_false (mit_meeting_is_upcoming (first, "2020-01-14"));

  /* What the store does not keep. */
  mit_meeting_set_title (bad, " ");
  mit_meeting_set_date (bad, "2020-01-01");
  g_assert_false (mit_store_save_meeting (store, bad, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_meeting_set_title (bad, "Treffen");
  mit_meeting_set_date (bad, "14.01.2020");
  g_assert_false (mit_store_save_meeting (store, bad, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_meeting_set_date (bad, "2020-01-14");
  mit_meeting_set_time (bad, "25:00");
  g_assert_false (mit_store_save_meeting (store, bad, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_meeting_set_time (bad, "");
  mit_meeting_set_venue_id (bad, 9999);
  g_assert_false (mit_store_save_meeting (store, bad, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (mit_meeting_get_id (bad), ==, 0);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, 3);

  /* The venue leaves the directory: the meeting stays, without it. */
  g_assert_cmpint (mit_store_delete_actor (store, mit_actor_get_id (venue), &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_meeting (store, mit_meeting_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_meeting_get_venue_id (loaded), ==, 0);
  g_assert_cmpstr (mit_meeting_get_venue_name (loaded), ==, "");

  g_assert_cmpint (mit_store_delete_meeting (store, mit_meeting_get_id (third), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, 2);
  g_assert_cmpint (mit_store_delete_meeting (store, mit_meeting_get_id (third), &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mit_store_load_meeting (store, mit_meeting_get_id (third), &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
}

/* ---- the agenda ------------------------------------------------------------------ */

static void
test_agenda_order (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-agenda.db");
  g_autoptr(MitMeeting) meeting = add_meeting (store, "Steuerungsgruppe", "2020-02-04", "16:00");
  g_autoptr(MitPerson) presenter = add_person (store, "Dr. Lena Hoffmann");
  g_autoptr(MitAgendaItem) a = add_item (store, meeting, "Begrüßung");
  g_autoptr(MitAgendaItem) b = add_item (store, meeting, "Vortrag Institut für soziale Innovation");
  g_autoptr(MitAgendaItem) c = add_item (store, meeting, "Jugendveranstaltung 15.02.");
  g_autoptr(MitAgendaItem) d = add_item (store, meeting, "Verschiedenes");
  g_autoptr(MitAgendaItem) loaded = NULL;
  g_autoptr(MitAgendaItem) orphan = mit_agenda_item_new (9999);
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  gint64 change;

  /* New items go to the end. */
  g_assert_cmpint (mit_agenda_item_get_position (a), ==, 1);
  g_assert_cmpint (mit_agenda_item_get_position (d), ==, 4);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Begrüßung|Vortrag Institut für soziale Innovation|"
                                "Jugendveranstaltung 15.02.|Verschiedenes");
  g_clear_pointer (&titles, g_free);

  /* Presenter and minutes. */
  mit_agenda_item_set_presenter_id (b, mit_person_get_id (presenter));
  mit_agenda_item_set_minutes (b, "Die Mitglieder nehmen die Ausführungen zur Kenntnis.");
  g_assert_true (mit_store_save_agenda_item (store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mit_agenda_item_get_presenter_name (b), ==, "Dr. Lena Hoffmann");
  loaded = mit_store_load_agenda_item (store, mit_agenda_item_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_agenda_item_get_minutes (loaded), ==,
                   "Die Mitglieder nehmen die Ausführungen zur Kenntnis.");
  g_assert_cmpstr (mit_agenda_item_get_presenter_name (loaded), ==, "Dr. Lena Hoffmann");
  g_assert_cmpint (mit_agenda_item_get_position (loaded), ==, 2);

  /* Down one, up one, to the top, past the end (clamped). */
  g_assert_cmpint (mit_store_move_agenda_item (store, mit_agenda_item_get_id (b), 3, &error), >, 0);
  g_assert_no_error (error);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Begrüßung|Jugendveranstaltung 15.02.|"
                                "Vortrag Institut für soziale Innovation|Verschiedenes");
  g_clear_pointer (&titles, g_free);

  change = mit_store_move_agenda_item (store, mit_agenda_item_get_id (d), 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Verschiedenes|Begrüßung|Jugendveranstaltung 15.02.|"
                                "Vortrag Institut für soziale Innovation");
  g_clear_pointer (&titles, g_free);

  change = mit_store_move_agenda_item (store, mit_agenda_item_get_id (d), 99, &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Begrüßung|Jugendveranstaltung 15.02.|"
                                "Vortrag Institut für soziale Innovation|Verschiedenes");
  g_clear_pointer (&titles, g_free);

  /* Where it is already: no change, no error. */
  g_assert_cmpint (mit_store_move_agenda_item (store, mit_agenda_item_get_id (a), 0, &error), ==, 0);
  g_assert_no_error (error);

  /* The last move is undone as one change. */
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Verschiedenes|Begrüßung|Jugendveranstaltung 15.02.|"
                                "Vortrag Institut für soziale Innovation");
  g_clear_pointer (&titles, g_free);

  /* Deleting one closes the gap. */
  g_assert_cmpint (mit_store_delete_agenda_item (store, mit_agenda_item_get_id (a), &error), >, 0);
  g_assert_no_error (error);
  titles = agenda_titles (store, meeting);
  g_assert_cmpstr (titles, ==, "Verschiedenes|Jugendveranstaltung 15.02.|"
                                "Vortrag Institut für soziale Innovation");
  g_clear_pointer (&titles, g_free);

  /* A moved item that is gone. */
  g_assert_cmpint (mit_store_move_agenda_item (store, mit_agenda_item_get_id (a), 1, &error), ==, 0);
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* No title, no meeting, a presenter who does not exist. */
  mit_agenda_item_set_title (orphan, "Irgendwas");
  g_assert_false (mit_store_save_agenda_item (store, orphan, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mit_agenda_item_set_title (c, "");
  g_assert_false (mit_store_save_agenda_item (store, c, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_agenda_item_set_title (c, "Jugendveranstaltung 15.02.");
  mit_agenda_item_set_presenter_id (c, 4242);
  g_assert_false (mit_store_save_agenda_item (store, c, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* ---- decisions ---------------------------------------------------------------------- */

static void
test_decisions (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-decisions.db");
  g_autoptr(MitMeeting) meeting = add_meeting (store, "Integrationsrat", "2020-02-04", "");
  g_autoptr(MitAgendaItem) item = add_item (store, meeting, "Potentiale der Vielfalt");
  g_autoptr(MitDecision) ack = mit_decision_new (mit_agenda_item_get_id (item));
  g_autoptr(MitDecision) res = mit_decision_new (mit_agenda_item_get_id (item));
  g_autoptr(MitDecision) orphan = mit_decision_new (9999);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *votes = NULL;
  MitDecision *loaded;

  mit_decision_set_kind (ack, MIT_DECISION_ACKNOWLEDGEMENT);
  mit_decision_set_text (ack, "Die Mitglieder des Integrationsrates nehmen die Ausführungen "
                              "des Instituts für soziale Innovation zur Kenntnis.");
  g_assert_true (mit_store_save_decision (store, ack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_decision_get_id (ack), >, 0);

  mit_decision_set_kind (res, MIT_DECISION_RESOLUTION);
  mit_decision_set_text (res, "Die Steuerungsgruppe wird als Netzwerk verstetigt.");
  mit_decision_set_votes (res, 9, 0, 1);
  g_assert_true (mit_store_save_decision (store, res, &error));
  g_assert_no_error (error);

  decisions = mit_store_list_decisions (store, mit_agenda_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  loaded = g_ptr_array_index (decisions, 0);
  g_assert_cmpint (mit_decision_get_kind (loaded), ==, MIT_DECISION_ACKNOWLEDGEMENT);
  g_assert_false (mit_decision_get_has_votes (loaded));
  loaded = g_ptr_array_index (decisions, 1);
  g_assert_cmpint (mit_decision_get_kind (loaded), ==, MIT_DECISION_RESOLUTION);
  g_assert_cmpstr (mit_decision_get_text (loaded), ==, "Die Steuerungsgruppe wird als Netzwerk verstetigt.");
  g_assert_true (mit_decision_get_has_votes (loaded));
  g_assert_cmpint (mit_decision_get_votes_yes (loaded), ==, 9);
  g_assert_cmpint (mit_decision_get_votes_no (loaded), ==, 0);
  g_assert_cmpint (mit_decision_get_votes_abstain (loaded), ==, 1);
  votes = mit_decision_format_votes (loaded);
  g_assert_cmpstr (votes, ==, "9 yes, 0 no, 1 abstentions");
  g_clear_pointer (&decisions, g_ptr_array_unref);

  /* Negative counts are refused, and nothing changes. */
  mit_decision_set_votes_no (res, -2);
  g_assert_false (mit_store_save_decision (store, res, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM decision WHERE votes_no = 0"), ==, 1);

  /* Votes taken back: all three go. */
  mit_decision_set_has_votes (res, FALSE);
  g_assert_true (mit_store_save_decision (store, res, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM decision WHERE votes_yes IS NULL "
                                       "AND votes_no IS NULL AND votes_abstain IS NULL"), ==, 2);

  /* The database refuses half counts and negative ones by itself too. */
  g_assert_cmpint (sqlite3_exec (_mit_store_get_db (store),
                                 "UPDATE decision SET votes_yes = 3", NULL, NULL, NULL) & 0xff,
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (_mit_store_get_db (store),
                                 "UPDATE decision SET votes_yes = -1, votes_no = 0, votes_abstain = 0",
                                 NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);

  g_assert_false (mit_store_save_decision (store, orphan, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (mit_store_delete_decision (store, mit_decision_get_id (ack), &error), >, 0);
  g_assert_no_error (error);
  decisions = mit_store_list_decisions (store, mit_agenda_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 1);
}

/* ---- action items and carrying them over ------------------------------------------ */

static void
test_action_items (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-actions.db");
  g_autoptr(MitMeeting) meeting = add_meeting (store, "Steuerungsgruppe", "2020-02-04", "");
  g_autoptr(MitMeeting) other = add_meeting (store, "Steuerungsgruppe", "2020-03-03", "");
  g_autoptr(MitAgendaItem) item = add_item (store, meeting, "Jugendveranstaltung");
  g_autoptr(MitAgendaItem) other_item = add_item (store, other, "Verschiedenes");
  g_autoptr(MitPerson) owner = add_person (store, "Kemal Yıldız");
  g_autoptr(MitActor) actor = add_actor (store, "Jugendzentrum Yellowstone");
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(MitActionItem) action = NULL;
  g_autoptr(MitActionItem) loaded = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  mit_target_group_set_name (group, "Jugendliche");
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);

  action = mit_action_item_new (mit_meeting_get_id (meeting));
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
  mit_action_item_set_title (action, "Raum im Jugendzentrum anfragen");
  mit_action_item_set_owner_id (action, mit_person_get_id (owner));
  mit_action_item_set_due (action, "2020-02-10");
  mit_action_item_set_actor_id (action, mit_actor_get_id (actor));
  mit_action_item_set_target_group_id (action, mit_target_group_get_id (group));
  g_assert_true (mit_store_save_action_item (store, action, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mit_action_item_get_owner_name (action), ==, "Kemal Yıldız");

  loaded = mit_store_load_action_item (store, mit_action_item_get_id (action), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_action_item_get_title (loaded), ==, "Raum im Jugendzentrum anfragen");
  g_assert_cmpstr (mit_action_item_get_due (loaded), ==, "2020-02-10");
  g_assert_cmpint (mit_action_item_get_status (loaded), ==, MIT_ACTION_OPEN);
  g_assert_cmpint (mit_action_item_get_item_id (loaded), ==, mit_agenda_item_get_id (item));
  g_assert_cmpint (mit_action_item_get_actor_id (loaded), ==, mit_actor_get_id (actor));
  g_assert_cmpint (mit_action_item_get_target_group_id (loaded), ==, mit_target_group_get_id (group));
  g_assert_cmpstr (mit_action_item_get_owner_name (loaded), ==, "Kemal Yıldız");

  actions = mit_store_list_item_action_items (store, mit_agenda_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_clear_pointer (&actions, g_ptr_array_unref);
  actions = mit_store_list_meeting_action_items (store, mit_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* An item of another meeting, a bad date, no title. */
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (other_item));
  g_assert_false (mit_store_save_action_item (store, action, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
  mit_action_item_set_due (action, "morgen");
  g_assert_false (mit_store_save_action_item (store, action, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_action_item_set_due (action, "2020-02-10");
  mit_action_item_set_title (action, "");
  g_assert_false (mit_store_save_action_item (store, action, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  mit_action_item_set_title (action, "Raum im Jugendzentrum anfragen");

  /* Done: no longer among the open ones. */
  actions = mit_store_list_open_action_items (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  g_clear_pointer (&actions, g_ptr_array_unref);
  mit_action_item_set_status (action, MIT_ACTION_DONE);
  g_assert_true (mit_store_save_action_item (store, action, &error));
  g_assert_no_error (error);
  actions = mit_store_list_open_action_items (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 0);
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* Links that leave: the action item stays without them. */
  g_assert_cmpint (mit_store_delete_person (store, mit_person_get_id (owner), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_delete_target_group (store, mit_target_group_get_id (group), &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = mit_store_load_action_item (store, mit_action_item_get_id (action), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_action_item_get_owner_id (loaded), ==, 0);
  g_assert_cmpstr (mit_action_item_get_owner_name (loaded), ==, "");
  g_assert_cmpint (mit_action_item_get_target_group_id (loaded), ==, 0);
  g_assert_cmpint (mit_action_item_get_actor_id (loaded), ==, mit_actor_get_id (actor));

  g_assert_cmpint (mit_store_delete_action_item (store, mit_action_item_get_id (action), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM action_item"), ==, 0);
}

static void
test_carry_over (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-carry.db");
  g_autoptr(MitMeeting) m1 = add_meeting (store, "Steuerungsgruppe", "2019-09-10", "16:00");
  g_autoptr(MitAgendaItem) m1_item = add_item (store, m1, "Jugendveranstaltung");
  g_autoptr(MitActionItem) flyer = add_action (store, m1, m1_item, "Flyer entwerfen", "2019-10-01");
  g_autoptr(MitActionItem) room = add_action (store, m1, m1_item, "Raum buchen", "2019-09-20");
  g_autoptr(MitActionItem) done = add_action (store, m1, NULL, "Protokoll verschicken", "");
  g_autoptr(MitActionItem) dropped = add_action (store, m1, NULL, "Umfrage starten", "");
  g_autoptr(MitMeeting) m2 = NULL;
  g_autoptr(MitMeeting) m3 = NULL;
  g_autoptr(MitMeeting) earlier = NULL;
  g_autoptr(MitAgendaItem) carried = NULL;
  g_autoptr(MitAgendaItem) m2_item = NULL;
  g_autoptr(MitActionItem) m2_action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  guint n = 99;

  mit_action_item_set_status (done, MIT_ACTION_DONE);
  g_assert_true (mit_store_save_action_item (store, done, &error));
  g_assert_no_error (error);
  mit_action_item_set_status (dropped, MIT_ACTION_DROPPED);
  g_assert_true (mit_store_save_action_item (store, dropped, &error));
  g_assert_no_error (error);

  /* The first meeting has nothing before it: no item. */
  g_assert_null (open_actions_item (store, m1));

  /* The next meeting gets the open ones, and only those, as its first item,
   * in the same change as the meeting itself. */
  m2 = add_meeting (store, "Steuerungsgruppe", "2019-11-05", "16:00");
  carried = open_actions_item (store, m2);
  g_assert_nonnull (carried);
  g_assert_cmpint (mit_agenda_item_get_position (carried), ==, 1);
  g_assert_cmpstr (mit_agenda_item_get_title (carried), ==, "Open action items");
  titles = action_titles (store, mit_agenda_item_get_id (carried));
  g_assert_cmpstr (titles, ==, "Raum buchen|Flyer entwerfen");
  g_clear_pointer (&titles, g_free);
  g_assert_cmpuint (count_rows (store, "SELECT count(DISTINCT change) FROM history "
                                       "WHERE tbl IN ('meeting', 'agenda_item', 'agenda_action') "
                                       "AND change = (SELECT max (change) FROM history)"), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM history WHERE op = 'insert' "
                                       "AND change = (SELECT max (change) FROM history)"), ==, 4);

  /* Carrying again adds nothing and writes nothing. */
  g_assert_true (mit_store_carry_over_action_items (store, mit_meeting_get_id (m2), &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_action"), ==, 2);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_item WHERE kind = 1"), ==, 1);

  /* An item of the second meeting itself is not carried into it; a new
   * open one of the first meeting is, into the same item. */
  m2_item = add_item (store, m2, "Verschiedenes");
  m2_action = add_action (store, m2, m2_item, "Kita-Workshop planen", "2019-12-01");
  {
    g_autoptr(MitActionItem) late = add_action (store, m1, NULL, "Presse informieren", "");

    g_assert_true (mit_store_carry_over_action_items (store, mit_meeting_get_id (m2), &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
  }
  titles = action_titles (store, mit_agenda_item_get_id (carried));
  g_assert_cmpstr (titles, ==, "Raum buchen|Flyer entwerfen|Presse informieren");
  g_clear_pointer (&titles, g_free);
  titles = agenda_titles (store, m2);
  g_assert_cmpstr (titles, ==, "Open action items|Verschiedenes");
  g_clear_pointer (&titles, g_free);

  /* Done since: the room is booked. The third meeting gets what is still
   * open from both earlier meetings. */
  mit_action_item_set_status (room, MIT_ACTION_DONE);
  g_assert_true (mit_store_save_action_item (store, room, &error));
  g_assert_no_error (error);
  m3 = add_meeting (store, "Steuerungsgruppe", "2020-01-14", "");
  g_clear_object (&carried);
  carried = open_actions_item (store, m3);
  g_assert_nonnull (carried);
  titles = action_titles (store, mit_agenda_item_get_id (carried));
  g_assert_cmpstr (titles, ==, "Flyer entwerfen|Kita-Workshop planen|Presse informieren");
  g_clear_pointer (&titles, g_free);

  /* A meeting dated before all others has nothing to carry. */
  earlier = add_meeting (store, "Auftakt", "2019-06-01", "");
  g_assert_null (open_actions_item (store, earlier));
  g_assert_true (mit_store_carry_over_action_items (store, mit_meeting_get_id (earlier), &n, &error));
  g_assert_cmpuint (n, ==, 0);

  /* A meeting that does not exist. */
  g_assert_false (mit_store_carry_over_action_items (store, 9999, &n, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Marking a carried item done (in the later meeting) changes the item
   * itself: the earlier meeting shows it done too. */
  mit_action_item_set_status (flyer, MIT_ACTION_DONE);
  g_assert_true (mit_store_save_action_item (store, flyer, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) actions = mit_store_list_item_action_items (store, mit_agenda_item_get_id (m1_item),
                                                                     &error);

    g_assert_no_error (error);
    g_assert_cmpuint (actions->len, ==, 2);
    g_assert_cmpint (mit_action_item_get_status (g_ptr_array_index (actions, 0)), ==, MIT_ACTION_DONE);
  }
}

/* ---- deleting a meeting, and undo ---------------------------------------------------- */

static void
test_delete_undo (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-undo.db");
  g_autoptr(MitPerson) person = add_person (store, "Sabine Roth");
  g_autoptr(MitMeeting) m1 = add_meeting (store, "Steuerungsgruppe", "2019-09-10", "");
  g_autoptr(MitAgendaItem) m1_item = add_item (store, m1, "Jugendveranstaltung");
  g_autoptr(MitActionItem) open = add_action (store, m1, m1_item, "Flyer entwerfen", "");
  g_autoptr(MitMeeting) m2 = add_meeting (store, "Steuerungsgruppe", "2019-11-05", "16:00");
  g_autoptr(MitAgendaItem) talk = add_item (store, m2, "Vortrag");
  g_autoptr(MitDecision) decision = mit_decision_new (mit_agenda_item_get_id (talk));
  g_autoptr(MitActionItem) m2_action = add_action (store, m2, talk, "Bericht an den Rat", "2019-12-01");
  g_autoptr(MitMeeting) restored = NULL;
  g_autoptr(MitAgendaItem) carried = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  gint64 change;

  mit_decision_set_kind (decision, MIT_DECISION_ACKNOWLEDGEMENT);
  mit_decision_set_text (decision, "Kenntnisnahme");
  mit_decision_set_votes (decision, 7, 0, 0);
  g_assert_true (mit_store_save_decision (store, decision, &error));
  g_assert_no_error (error);
  mit_agenda_item_set_presenter_id (talk, mit_person_get_id (person));
  mit_agenda_item_set_minutes (talk, "Vorstellung der drei Erreichbarkeitsebenen");
  g_assert_true (mit_store_save_agenda_item (store, talk, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_item"), ==, 3);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_action"), ==, 1);

  change = mit_store_delete_meeting (store, mit_meeting_get_id (m2), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (mit_store_count_meetings (store), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_item"), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM decision"), ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_action"), ==, 0);
  /* All of it under one change. */
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM history WHERE op = 'delete' AND change = "
                                       "(SELECT max (change) FROM history)"), ==, 6);

  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);

  restored = mit_store_load_meeting (store, mit_meeting_get_id (m2), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_meeting_get_uid (restored), ==, mit_meeting_get_uid (m2));
  g_assert_cmpstr (mit_meeting_get_time (restored), ==, "16:00");
  titles = agenda_titles (store, m2);
  g_assert_cmpstr (titles, ==, "Open action items|Vortrag");
  g_clear_pointer (&titles, g_free);
  carried = open_actions_item (store, m2);
  g_assert_nonnull (carried);
  titles = action_titles (store, mit_agenda_item_get_id (carried));
  g_assert_cmpstr (titles, ==, "Flyer entwerfen");
  g_clear_pointer (&titles, g_free);
  titles = action_titles (store, mit_agenda_item_get_id (talk));
  g_assert_cmpstr (titles, ==, "Bericht an den Rat");
  g_clear_pointer (&titles, g_free);
  decisions = mit_store_list_decisions (store, mit_agenda_item_get_id (talk), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 1);
  g_assert_cmpint (mit_decision_get_votes_yes (g_ptr_array_index (decisions, 0)), ==, 7);
  {
    g_autoptr(MitAgendaItem) item = mit_store_load_agenda_item (store, mit_agenda_item_get_id (talk),
                                                                &error);

    g_assert_no_error (error);
    g_assert_cmpstr (mit_agenda_item_get_presenter_name (item), ==, "Sabine Roth");
    g_assert_cmpstr (mit_agenda_item_get_minutes (item), ==, "Vorstellung der drei Erreichbarkeitsebenen");
  }

  /* Undo of the creation takes the carried item away with the meeting. */
  {
    g_autoptr(MitMeeting) m3 = add_meeting (store, "Steuerungsgruppe", "2020-01-14", "");
    gint64 created = mit_store_get_last_change (store);

    g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_item WHERE kind = 1"), ==, 2);
    g_assert_true (mit_store_undo (store, created, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mit_store_count_meetings (store), ==, 2);
    g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_item WHERE kind = 1"), ==, 1);
    g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM agenda_action"), ==, 1);
  }

  /* Deleting an agenda item takes its decisions and action items along;
   * undo brings them back. */
  change = mit_store_delete_agenda_item (store, mit_agenda_item_get_id (talk), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM decision"), ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM decision"), ==, 1);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM action_item"), ==, 2);
  g_assert_cmpuint (count_rows (store, "PRAGMA foreign_key_check"), ==, 0);
  (void)open;
  (void)m2_action;
}

/* ---- the steering group ---------------------------------------------------------------- */

static void
test_members (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-members.db");
  g_autoptr(MitActor) town = add_actor (store, "Stadtverwaltung Bergkamen");
  g_autoptr(MitActor) mosque = add_actor (store, "Moscheeverein Bergkamen");
  g_autoptr(MitPerson) anna = add_person (store, "Anna Schulte");
  g_autoptr(MitPerson) emre = add_person (store, "Emre Kaya");
  g_autoptr(MitPerson) zoe = add_person (store, "Zoë Brandt");
  g_autoptr(MitSteeringMember) m_anna = mit_steering_member_new (mit_person_get_id (anna));
  g_autoptr(MitSteeringMember) m_emre = mit_steering_member_new (mit_person_get_id (emre));
  g_autoptr(MitSteeringMember) m_zoe = mit_steering_member_new (mit_person_get_id (zoe));
  g_autoptr(MitSteeringMember) twice = mit_steering_member_new (mit_person_get_id (emre));
  g_autoptr(MitSteeringMember) nobody = mit_steering_member_new (9999);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  mit_steering_member_set_actor_id (m_anna, mit_actor_get_id (town));
  g_assert_true (mit_store_save_steering_member (store, m_anna, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mit_steering_member_get_person_name (m_anna), ==, "Anna Schulte");
  g_assert_cmpstr (mit_steering_member_get_actor_name (m_anna), ==, "Stadtverwaltung Bergkamen");

  mit_steering_member_set_actor_id (m_emre, mit_actor_get_id (mosque));
  mit_steering_member_set_role (m_emre, MIT_MEMBER_CHAIR);
  g_assert_true (mit_store_save_steering_member (store, m_emre, &error));
  g_assert_no_error (error);
  g_assert_true (mit_store_save_steering_member (store, m_zoe, &error));
  g_assert_no_error (error);

  /* The chair first, then the members by name. */
  members = mit_store_list_steering_members (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 3);
  g_assert_cmpstr (mit_steering_member_get_person_name (g_ptr_array_index (members, 0)), ==, "Emre Kaya");
  g_assert_cmpint (mit_steering_member_get_role (g_ptr_array_index (members, 0)), ==, MIT_MEMBER_CHAIR);
  g_assert_cmpstr (mit_steering_member_get_person_name (g_ptr_array_index (members, 1)), ==, "Anna Schulte");
  g_assert_cmpstr (mit_steering_member_get_person_name (g_ptr_array_index (members, 2)), ==, "Zoë Brandt");
  g_assert_cmpstr (mit_steering_member_get_actor_name (g_ptr_array_index (members, 2)), ==, "");
  g_clear_pointer (&members, g_ptr_array_unref);

  /* Once per person; persons and actors that exist. */
  g_assert_false (mit_store_save_steering_member (store, twice, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mit_store_save_steering_member (store, nobody, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mit_steering_member_set_actor_id (m_zoe, 4242);
  g_assert_false (mit_store_save_steering_member (store, m_zoe, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A new role. */
  mit_steering_member_set_actor_id (m_zoe, 0);
  mit_steering_member_set_role (m_zoe, MIT_MEMBER_MINUTE_TAKER);
  g_assert_true (mit_store_save_steering_member (store, m_zoe, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM steering_member WHERE role = 3"), ==, 1);

  /* The actor leaves the directory: the member stays, for nobody. */
  g_assert_cmpint (mit_store_delete_actor (store, mit_actor_get_id (mosque), &error), >, 0);
  g_assert_no_error (error);
  members = mit_store_list_steering_members (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_steering_member_get_actor_id (g_ptr_array_index (members, 0)), ==, 0);
  g_clear_pointer (&members, g_ptr_array_unref);

  /* The person is deleted: they leave the group; undo brings both back. */
  change = mit_store_delete_person (store, mit_person_get_id (anna), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM steering_member"), ==, 2);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  members = mit_store_list_steering_members (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 3);
  /* Chair, minute-taker, then the member who came back. */
  g_assert_cmpstr (mit_steering_member_get_person_name (g_ptr_array_index (members, 1)), ==, "Zoë Brandt");
  g_assert_cmpstr (mit_steering_member_get_actor_name (g_ptr_array_index (members, 2)), ==,
                   "Stadtverwaltung Bergkamen");
  g_clear_pointer (&members, g_ptr_array_unref);

  change = mit_store_delete_steering_member (store, mit_steering_member_get_id (m_zoe), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change, >, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM steering_member"), ==, 2);
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM steering_member"), ==, 3);

  g_assert_cmpstr (mit_member_role_get_label (MIT_MEMBER_CHAIR), ==, "Chair");
}

/* ---- "changed" --------------------------------------------------------------------------- */

static void
changed_cb (MitStore      *store,
            MitRecordKind  kinds,
            gpointer       user_data)
{
  MitRecordKind *seen = user_data;

  *seen |= kinds;
}

static void
test_changed (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-changed.db");
  g_autoptr(MitMeeting) m1 = add_meeting (store, "Steuerungsgruppe", "2019-09-10", "");
  g_autoptr(MitActionItem) action = add_action (store, m1, NULL, "Flyer entwerfen", "");
  g_autoptr(MitMeeting) m2 = NULL;
  g_autoptr(GError) error = NULL;
  MitRecordKind seen = 0;
  gint64 change;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &seen);
  m2 = add_meeting (store, "Steuerungsgruppe", "2019-11-05", "");
  g_assert_cmpint (seen & MIT_RECORD_MEETING, !=, 0);
  g_assert_cmpint (seen & MIT_RECORD_AGENDA_ITEM, !=, 0);

  seen = 0;
  change = mit_store_delete_meeting (store, mit_meeting_get_id (m2), &error);
  g_assert_no_error (error);
  g_assert_cmpint (seen & MIT_RECORD_MEETING, !=, 0);
  seen = 0;
  g_assert_true (mit_store_undo (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seen & MIT_RECORD_MEETING, !=, 0);
  g_assert_cmpint (seen & MIT_RECORD_AGENDA_ITEM, !=, 0);
  g_signal_handlers_disconnect_by_func (store, changed_cb, &seen);
  (void)action;
}

/* ---- what every save does ------------------------------------------------------------------ */

/* Saving what is stored already writes nothing; a save joins an open
 * transaction and goes with its rollback; a failed save inside one leaves
 * it usable; links of action items and agenda items are set and cleared. */
static void
test_save_shape (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("meeting-save.db");
  g_autoptr(MitActor) actor = add_actor (store, "Stadtbibliothek");
  g_autoptr(MitPerson) person = add_person (store, "Anna Schulte");
  g_autoptr(MitMeeting) meeting = add_meeting (store, "Steuerungsgruppe", "2020-01-14", "16:00");
  g_autoptr(MitAgendaItem) item = add_item (store, meeting, "Vortrag");
  g_autoptr(MitActionItem) action = add_action (store, meeting, item, "Flyer entwerfen", "");
  g_autoptr(MitDecision) decision = mit_decision_new (mit_agenda_item_get_id (item));
  g_autoptr(MitSteeringMember) member = mit_steering_member_new (mit_person_get_id (person));
  g_autoptr(MitDecision) orphan = mit_decision_new (999999);
  g_autoptr(MitMeeting) rolled_back = mit_meeting_new ();
  g_autoptr(MitActionItem) loaded = NULL;
  g_autoptr(MitAgendaItem) loaded_item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *modified = NULL;
  MitRecordKind seen = 0;
  guint history;

  mit_decision_set_text (decision, "Verstetigen");
  g_assert_true (mit_store_save_decision (store, decision, &error));
  g_assert_no_error (error);
  mit_steering_member_set_actor_id (member, mit_actor_get_id (actor));
  g_assert_true (mit_store_save_steering_member (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mit_steering_member_get_actor_name (member), ==, "Stadtbibliothek");
  g_assert_cmpstr (mit_meeting_get_created (meeting), ==, mit_meeting_get_modified (meeting));
  g_assert_cmpuint (strlen (mit_decision_get_uid (decision)), >, 0);

  /* Unchanged: no history row, no "changed", the same stamp. */
  history = count_rows (store, "SELECT count(*) FROM history");
  modified = g_strdup (mit_meeting_get_modified (meeting));
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &seen);
  g_assert_true (mit_store_save_meeting (store, meeting, &error));
  g_assert_true (mit_store_save_agenda_item (store, item, &error));
  g_assert_true (mit_store_save_decision (store, decision, &error));
  g_assert_true (mit_store_save_action_item (store, action, &error));
  g_assert_true (mit_store_save_steering_member (store, member, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seen, ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM history"), ==, history);
  g_assert_cmpstr (mit_meeting_get_modified (meeting), ==, modified);
  g_assert_cmpstr (mit_steering_member_get_person_name (member), ==, "Anna Schulte");

  /* Joined: nothing is seen before the commit, nothing is left after a rollback. */
  mit_meeting_set_title (rolled_back, "Nie gehalten");
  mit_meeting_set_date (rolled_back, "2020-03-03");
  g_assert_true (mit_store_begin (store, &error));
  g_assert_true (mit_store_save_meeting (store, rolled_back, &error));
  g_assert_no_error (error);
  /* A save that fails inside the transaction leaves it usable. */
  g_assert_false (mit_store_save_decision (store, orphan, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (seen, ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 2);
  mit_store_rollback (store);
  g_assert_cmpuint (count_rows (store, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (mit_decision_get_id (orphan), ==, 0);

  /* An action item's link, set and cleared. */
  mit_action_item_set_actor_id (action, mit_actor_get_id (actor));
  mit_action_item_set_owner_id (action, mit_person_get_id (person));
  g_assert_true (mit_store_save_action_item (store, action, &error));
  g_assert_no_error (error);
  g_assert_cmpint (seen & MIT_RECORD_ACTION_ITEM, !=, 0);
  g_assert_cmpstr (mit_action_item_get_owner_name (action), ==, "Anna Schulte");
  loaded = mit_store_load_action_item (store, mit_action_item_get_id (action), &error);
  g_assert_cmpint (mit_action_item_get_actor_id (loaded), ==, mit_actor_get_id (actor));
  g_clear_object (&loaded);
  mit_action_item_set_actor_id (action, 0);
  g_assert_true (mit_store_save_action_item (store, action, &error));
  loaded = mit_store_load_action_item (store, mit_action_item_get_id (action), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_action_item_get_actor_id (loaded), ==, 0);
  g_assert_cmpint (mit_action_item_get_owner_id (loaded), ==, mit_person_get_id (person));

  /* An agenda item's link and presenter, set and cleared. */
  mit_agenda_item_set_actor_id (item, mit_actor_get_id (actor));
  mit_agenda_item_set_presenter_id (item, mit_person_get_id (person));
  g_assert_true (mit_store_save_agenda_item (store, item, &error));
  g_assert_cmpstr (mit_agenda_item_get_presenter_name (item), ==, "Anna Schulte");
  mit_agenda_item_set_actor_id (item, 0);
  mit_agenda_item_set_presenter_id (item, 0);
  g_assert_true (mit_store_save_agenda_item (store, item, &error));
  g_assert_no_error (error);
  loaded_item = mit_store_load_agenda_item (store, mit_agenda_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_agenda_item_get_actor_id (loaded_item), ==, 0);
  g_assert_cmpint (mit_agenda_item_get_presenter_id (loaded_item), ==, 0);
  g_assert_cmpstr (mit_agenda_item_get_presenter_name (item), ==, "");

  /* A row deleted meanwhile is not written again by an update. */
  g_assert_cmpint (mit_store_delete_decision (store, mit_decision_get_id (decision), &error), >, 0);
  mit_decision_set_text (decision, "Geändert");
  g_assert_false (mit_store_save_decision (store, decision, &error));
  g_assert_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND);
  g_signal_handlers_disconnect_by_func (store, changed_cb, &seen);
}

int
main (int    argc,
      char **argv)
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/meetings/crud", test_meeting_crud);
  g_test_add_func ("/meetings/agenda-order", test_agenda_order);
  g_test_add_func ("/meetings/decisions", test_decisions);
  g_test_add_func ("/meetings/action-items", test_action_items);
  g_test_add_func ("/meetings/carry-over", test_carry_over);
  g_test_add_func ("/meetings/delete-undo", test_delete_undo);
  g_test_add_func ("/meetings/members", test_members);
  g_test_add_func ("/meetings/changed", test_changed);
  g_test_add_func ("/meetings/save-shape", test_save_shape);

  return g_test_run ();
}
