/* mit-store-meetings.c: the steering group and its meetings in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitStore"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mit-store-meetings.h"
#include "mit-store-private.h"
#include "mit-validate.h"

/* ---- small helpers ------------------------------------------------------ */

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* "HH:MM" with a real hour and minute. */
static gboolean
is_time (const char *text)
{
  return strlen (text) == 5
         && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && text[2] == ':'
         && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4])
         && (text[0] - '0') * 10 + (text[1] - '0') < 24
         && (text[3] - '0') * 10 + (text[4] - '0') < 60;
}

/* Whether each linked record that is set exists; sets @error (NOT_FOUND)
 * naming the first that does not. */
static gboolean
links_exist (MitStore  *self,
             gint64     person_id,
             gint64     event_id,
             gint64     actor_id,
             gint64     target_group_id,
             GError   **error)
{
  if (person_id > 0
      && !_mit_store_require_row (self, "SELECT 1 FROM person WHERE id = ?", person_id,
                                  _("The person no longer exists. Choose another "
                                    "one, or nobody."), error))
    return FALSE;
  if (event_id > 0
      && !_mit_store_require_row (self, "SELECT 1 FROM event WHERE id = ?", event_id,
                                  _("The linked event no longer exists."), error))
    return FALSE;
  if (actor_id > 0
      && !_mit_store_require_row (self, "SELECT 1 FROM actor WHERE id = ?", actor_id,
                                  _("The linked actor no longer exists."), error))
    return FALSE;
  if (target_group_id > 0
      && !_mit_store_row_exists (self, "SELECT 1 FROM target_group WHERE id = ?", target_group_id))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The linked target group no longer exists."));
      return FALSE;
    }
  return TRUE;
}

/* The one object of a query by id, or NULL with NOT_FOUND. */
static gpointer
load_one (MitStore       *self,
          const char     *sql,
          gint64          id,
          MitStoreRowFunc from_row,
          const char     *what,
          const char     *gone,
          GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!(rows = _mit_store_collect (self, stmt, from_row, what, error)))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND, gone);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static char *
person_name (MitStore *self,
             gint64    id)
{
  sqlite3_stmt *stmt;
  char *name = NULL;

  if (id <= 0 || !(stmt = _mit_store_prepare (self, "SELECT name FROM person WHERE id = ?", NULL)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (_mit_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

static char *
actor_name (MitStore *self,
            gint64    id)
{
  sqlite3_stmt *stmt;
  char *name = NULL;

  if (id <= 0 || !(stmt = _mit_store_prepare (self, "SELECT name FROM actor WHERE id = ?", NULL)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (_mit_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* ---- the shape of every save ---------------------------------------------- */

/* A save of one row: the write it is part of and the stamps it writes. */
typedef struct
{
  gint64    id;         /* 0 while inserting; the row's id once written */
  gboolean  joined;
  char     *uid;
  char     *now;
  char     *created;
} Save;

static void
save_clear (Save *save)
{
  g_clear_pointer (&save->uid, g_free);
  g_clear_pointer (&save->now, g_free);
  g_clear_pointer (&save->created, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Save, save_clear)

/* Begins the write of a save of the row @id (0: a new one) whose record has
 * @uid and @created (NULL or "" until it is stored). */
static gboolean
save_begin (MitStore    *self,
            Save        *save,
            gint64       id,
            const char  *uid,
            const char  *created,
            GError     **error)
{
  save->id = id;
  save->now = _mit_store_now ();
  save->uid = _mit_store_dup_uid (uid);
  save->created = g_strdup (created != NULL && *created != '\0' ? created : save->now);
  return _mit_store_write_begin (self, &save->joined, error);
}

/* Prepares the save's INSERT (a new row) or UPDATE … WHERE id = ?(@stamps + 3)
 * and binds uid, created and modified to ?@stamps, ?(@stamps + 1) and
 * ?(@stamps + 2) (the UPDATE uses only the last). */
static sqlite3_stmt *
save_prepare (MitStore    *self,
              Save        *save,
              const char  *insert_sql,
              const char  *update_sql,
              int          stamps,
              GError     **error)
{
  sqlite3_stmt *stmt = _mit_store_prepare (self, save->id == 0 ? insert_sql : update_sql, error);

  if (stmt == NULL)
    return NULL;
  if (save->id == 0)
    {
      _mit_store_bind_text (stmt, stamps, save->uid);
      _mit_store_bind_text (stmt, stamps + 1, save->created);
    }
  _mit_store_bind_text (stmt, stamps + 2, save->now);
  if (save->id != 0)
    sqlite3_bind_int64 (stmt, stamps + 3, save->id);
  return stmt;
}

/* More writes of a save in its transaction, after the row was written. */
typedef gboolean (*SaveMoreFunc) (MitStore  *self,
                                  Save      *save,
                                  GError   **error);

/* Runs the save's bound statement (see _mit_store_run_save()); when it
 * wrote, runs @more (may be NULL) and commits. Ends the write either way.
 * *@written tells whether a row was written (then save->id is its id);
 * FALSE with @error set when nothing was saved. */
static gboolean
save_finish (MitStore       *self,
             Save           *save,
             sqlite3_stmt   *stmt,
             const char     *table,
             MitRecordKind   kinds,
             const char     *what,
             const char     *gone,
             SaveMoreFunc    more,
             gboolean       *written,
             GError        **error)
{
  *written = FALSE;
  switch (_mit_store_run_save (self, stmt, save->joined, table, save->id, kinds, what, gone,
                               &save->id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }
  if (more != NULL && !more (self, save, error))
    {
      _mit_store_write_rollback (self, save->joined);
      return FALSE;
    }
  if (!_mit_store_write_commit (self, save->joined, error))
    return FALSE;
  *written = TRUE;
  return TRUE;
}

/* ---- the steering group -------------------------------------------------- */

#define MEMBER_COLUMNS \
  "s.id, s.uid, s.person_id, s.actor_id, s.role, s.created, s.modified, p.name, a.name"

static gpointer
member_from_row (sqlite3_stmt *stmt)
{
  MitSteeringMember *member = mit_steering_member_new (sqlite3_column_int64 (stmt, 2));

  mit_steering_member_set_actor_id (member, sqlite3_column_int64 (stmt, 3));
  mit_steering_member_set_role (member, CLAMP (sqlite3_column_int (stmt, 4), MIT_MEMBER_MEMBER,
                                               MIT_MEMBER_ROLE_LAST));
  _mit_steering_member_set_identity (member,
                                     sqlite3_column_int64 (stmt, 0),
                                     _mit_store_column_text (stmt, 1),
                                     _mit_store_column_text (stmt, 5),
                                     _mit_store_column_text (stmt, 6));
  _mit_steering_member_set_person_name (member, _mit_store_column_text (stmt, 7));
  _mit_steering_member_set_actor_name (member, _mit_store_column_text (stmt, 8));
  return member;
}

/**
 * mit_store_list_steering_members:
 *
 * Returns: (transfer full) (element-type MitSteeringMember): the group
 */
GPtrArray *
mit_store_list_steering_members (MitStore  *self,
                                 GError   **error)
{
  static const char sql[] =
    "SELECT " MEMBER_COLUMNS " FROM steering_member s JOIN person p ON p.id = s.person_id "
    "LEFT JOIN actor a ON a.id = s.actor_id "
    "ORDER BY s.role = 0, s.role, p.sort_key, s.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) member_from_row,
                             _("Could not read the steering group"), error);
}

gboolean
mit_store_save_steering_member (MitStore           *self,
                                MitSteeringMember  *member,
                                GError            **error)
{
  static const char insert_sql[] =
    "INSERT INTO steering_member (person_id, actor_id, role, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  static const char update_sql[] =
    "UPDATE steering_member SET person_id = ?1, actor_id = ?2, role = ?3, modified = ?6 "
    "WHERE id = ?7 AND (person_id, actor_id, role) IS NOT (?1, ?2, ?3)";
  g_auto(Save) save = { 0 };
  g_autofree char *pname = NULL;
  g_autofree char *aname = NULL;
  gboolean written;
  sqlite3_stmt *stmt;
  gint64 person_id, actor_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (member), FALSE);

  person_id = mit_steering_member_get_person_id (member);
  actor_id = mit_steering_member_get_actor_id (member);

  if (!save_begin (self, &save, mit_steering_member_get_id (member), mit_steering_member_get_uid (member),
                   mit_steering_member_get_created (member), error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM person WHERE id = ?", person_id,
                               _("The person no longer exists."), error))
    goto failed;
  if (!links_exist (self, 0, 0, actor_id, 0, error))
    goto failed;
  if (!(stmt = _mit_store_prepare (self, "SELECT 1 FROM steering_member WHERE person_id = ?1 AND id <> ?2",
                                   error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, save.id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("This person is a member of the steering group already."));
      goto failed;
    }
  sqlite3_reset (stmt);

  if (!(stmt = save_prepare (self, &save, insert_sql, update_sql, 4, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, person_id);
  bind_id (stmt, 2, actor_id);
  sqlite3_bind_int (stmt, 3, mit_steering_member_get_role (member));
  if (!save_finish (self, &save, stmt, "steering_member", MIT_RECORD_STEERING_MEMBER,
                    _("Could not save the member"), _("The member is no longer in the steering group."),
                    NULL, &written, error))
    return FALSE;

  if (written)
    _mit_steering_member_set_identity (member, save.id, save.uid, save.created, save.now);
  pname = person_name (self, person_id);
  aname = actor_name (self, actor_id);
  _mit_steering_member_set_person_name (member, pname);
  _mit_steering_member_set_actor_name (member, aname);
  return TRUE;

failed:
  _mit_store_write_rollback (self, save.joined);
  return FALSE;
}

gint64
mit_store_delete_steering_member (MitStore  *self,
                                  gint64     id,
                                  GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM steering_member WHERE id = ?", id,
                                MIT_RECORD_STEERING_MEMBER, _("Could not remove the member"),
                                _("The member is no longer in the steering group."), error);
}

/* ---- meetings ------------------------------------------------------------- */

#define MEETING_COLUMNS \
  "m.id, m.uid, m.title, m.date, m.time, m.venue_id, m.venue_text, m.status, m.notes, " \
  "m.created, m.modified, a.name"

static gpointer
meeting_from_row (sqlite3_stmt *stmt)
{
  MitMeeting *meeting = mit_meeting_new ();

  mit_meeting_set_title (meeting, _mit_store_column_text (stmt, 2));
  mit_meeting_set_date (meeting, _mit_store_column_text (stmt, 3));
  mit_meeting_set_time (meeting, _mit_store_column_text (stmt, 4));
  mit_meeting_set_venue_id (meeting, sqlite3_column_int64 (stmt, 5));
  mit_meeting_set_venue_text (meeting, _mit_store_column_text (stmt, 6));
  mit_meeting_set_status (meeting, CLAMP (sqlite3_column_int (stmt, 7), MIT_MEETING_PLANNED,
                                          MIT_MEETING_STATUS_LAST));
  mit_meeting_set_notes (meeting, _mit_store_column_text (stmt, 8));
  _mit_meeting_set_identity (meeting,
                             sqlite3_column_int64 (stmt, 0),
                             _mit_store_column_text (stmt, 1),
                             _mit_store_column_text (stmt, 9),
                             _mit_store_column_text (stmt, 10));
  _mit_meeting_set_venue_name (meeting, _mit_store_column_text (stmt, 11));
  return meeting;
}

/**
 * mit_store_load_meeting:
 *
 * Returns: (transfer full): the meeting, or %NULL with @error set
 */
MitMeeting *
mit_store_load_meeting (MitStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return load_one (self,
                   "SELECT " MEETING_COLUMNS " FROM meeting m LEFT JOIN actor a ON a.id = m.venue_id "
                   "WHERE m.id = ?",
                   id, meeting_from_row, _("Could not read the meeting"),
                   _("The meeting no longer exists."), error);
}

/**
 * mit_store_list_meetings:
 *
 * Returns: (transfer full) (element-type MitMeeting): newest first
 */
GPtrArray *
mit_store_list_meetings (MitStore  *self,
                         GError   **error)
{
  static const char sql[] =
    "SELECT " MEETING_COLUMNS " FROM meeting m LEFT JOIN actor a ON a.id = m.venue_id "
    "ORDER BY m.date DESC, m.time DESC, m.id DESC";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) meeting_from_row,
                             _("Could not read the meetings"), error);
}

guint
mit_store_count_meetings (MitStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!(stmt = _mit_store_prepare (self, "SELECT count(*) FROM meeting", NULL)))
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint)sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static gboolean carry_over (MitStore  *self,
                            gint64     meeting_id,
                            guint     *n_carried,
                            GError   **error);

/* Part of the save of a new meeting. */
static gboolean
carry_over_into_new (MitStore  *self,
                     Save      *save,
                     GError   **error)
{
  return carry_over (self, save->id, NULL, error);
}

/**
 * mit_store_save_meeting:
 *
 * Inserts @meeting when it has no id yet (and carries the open action items
 * into it), otherwise updates it.
 */
gboolean
mit_store_save_meeting (MitStore    *self,
                        MitMeeting  *meeting,
                        GError     **error)
{
  static const char insert_sql[] =
    "INSERT INTO meeting (title, date, time, venue_id, venue_text, status, notes, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  static const char update_sql[] =
    "UPDATE meeting SET title = ?1, date = ?2, time = ?3, venue_id = ?4, venue_text = ?5, "
    "status = ?6, notes = ?7, modified = ?10 "
    "WHERE id = ?11 AND (title, date, time, venue_id, venue_text, status, notes) "
    "IS NOT (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  g_auto(Save) save = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time_of_day = NULL;
  g_autofree char *venue_text = NULL;
  g_autofree char *venue_name = NULL;
  gboolean inserting, written;
  sqlite3_stmt *stmt;
  gint64 venue_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_MEETING (meeting), FALSE);

  title = _mit_store_dup_stripped (mit_meeting_get_title (meeting));
  date = _mit_store_dup_stripped (mit_meeting_get_date (meeting));
  time_of_day = _mit_store_dup_stripped (mit_meeting_get_time (meeting));
  venue_text = _mit_store_dup_stripped (mit_meeting_get_venue_text (meeting));
  if (*title == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A meeting needs a title."));
      return FALSE;
    }
  if (!mit_validate_date (date))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The date “%s” is not a date (YYYY-MM-DD)."), date);
      return FALSE;
    }
  if (*time_of_day != '\0' && !is_time (time_of_day))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The time “%s” is not a time of day (HH:MM)."), time_of_day);
      return FALSE;
    }

  venue_id = mit_meeting_get_venue_id (meeting);
  inserting = mit_meeting_get_id (meeting) == 0;
  if (!save_begin (self, &save, mit_meeting_get_id (meeting), mit_meeting_get_uid (meeting),
                   mit_meeting_get_created (meeting), error))
    return FALSE;
  if (venue_id > 0
      && !_mit_store_require_row (self, "SELECT 1 FROM actor WHERE id = ?", venue_id,
                                  _("The venue no longer exists in the directory. "
                                    "Choose another one."), error))
    goto failed;

  if (!(stmt = save_prepare (self, &save, insert_sql, update_sql, 8, error)))
    goto failed;
  _mit_store_bind_text (stmt, 1, title);
  _mit_store_bind_text (stmt, 2, date);
  _mit_store_bind_text (stmt, 3, time_of_day);
  bind_id (stmt, 4, venue_id);
  _mit_store_bind_text (stmt, 5, venue_text);
  sqlite3_bind_int (stmt, 6, mit_meeting_get_status (meeting));
  _mit_store_bind_text (stmt, 7, mit_meeting_get_notes (meeting));
  if (!save_finish (self, &save, stmt, "meeting", MIT_RECORD_MEETING, _("Could not save the meeting"),
                    _("The meeting no longer exists."),
                    inserting ? carry_over_into_new : NULL, &written, error))
    return FALSE;

  if (written)
    _mit_meeting_set_identity (meeting, save.id, save.uid, save.created, save.now);
  venue_name = actor_name (self, venue_id);
  mit_meeting_set_title (meeting, title);
  mit_meeting_set_date (meeting, date);
  mit_meeting_set_time (meeting, time_of_day);
  mit_meeting_set_venue_text (meeting, venue_text);
  _mit_meeting_set_venue_name (meeting, venue_name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, save.joined);
  return FALSE;
}

gint64
mit_store_delete_meeting (MitStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM meeting WHERE id = ?", id,
                                MIT_RECORD_MEETING | MIT_RECORD_AGENDA_ITEM
                                | MIT_RECORD_DECISION | MIT_RECORD_ACTION_ITEM,
                                _("Could not delete the meeting"),
                                _("The meeting no longer exists."), error);
}

/* ---- carrying open action items over ----------------------------------------- */

/* The open action items of meetings before ?1 that ?1 does not list yet. */
#define CARRY_CANDIDATES \
  "SELECT x.id FROM action_item x JOIN meeting f ON f.id = x.meeting_id, meeting m " \
  "WHERE m.id = ?1 AND x.status = 0 AND (f.date, f.time, f.id) < (m.date, m.time, m.id) " \
  "AND NOT EXISTS (SELECT 1 FROM agenda_action l JOIN agenda_item i ON i.id = l.item_id " \
  "                WHERE i.meeting_id = ?1 AND l.action_id = x.id)"

/* Part of the caller's open write. */
static gboolean
carry_over (MitStore  *self,
            gint64     meeting_id,
            guint     *n_carried,
            GError   **error)
{
  static const char count_sql[] = "SELECT count(*) FROM (" CARRY_CANDIDATES ")";
  static const char insert_sql[] =
    "INSERT INTO agenda_action (item_id, action_id, created) "
    "SELECT ?2, id, ?3 FROM (" CARRY_CANDIDATES ")";
  g_autofree char *now = _mit_store_now ();
  sqlite3_stmt *stmt;
  gint64 item_id = 0;
  guint n = 0;

  if (!(stmt = _mit_store_prepare (self, count_sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint)sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (n_carried)
    *n_carried = n;
  if (n == 0)
    return TRUE;

  stmt = _mit_store_prepare (self,
                             "SELECT id FROM agenda_item WHERE meeting_id = ? AND kind = 1 "
                             "ORDER BY position LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    item_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (item_id == 0)
    {
      g_autofree char *uid = g_uuid_string_random ();

      /* The first item of the agenda: what was agreed last time comes first. */
      stmt = _mit_store_prepare (self, "UPDATE agenda_item SET position = position + 1 "
                                       "WHERE meeting_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      if (!_mit_store_step (self, stmt, _("Could not carry over the open action items"), error))
        return FALSE;

      stmt = _mit_store_prepare (self,
                                 "INSERT INTO agenda_item (meeting_id, position, kind, title, uid, "
                                 "created, modified) VALUES (?1, 1, 1, ?2, ?3, ?4, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      _mit_store_bind_text (stmt, 2, _("Open action items"));
      _mit_store_bind_text (stmt, 3, uid);
      _mit_store_bind_text (stmt, 4, now);
      if (!_mit_store_step (self, stmt, _("Could not carry over the open action items"), error))
        return FALSE;
      item_id = sqlite3_last_insert_rowid (_mit_store_get_db (self));
    }

  if (!(stmt = _mit_store_prepare (self, insert_sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  _mit_store_bind_text (stmt, 3, now);
  if (!_mit_store_step (self, stmt, _("Could not carry over the open action items"), error))
    return FALSE;
  _mit_store_mark_changed (self, MIT_RECORD_AGENDA_ITEM);
  return TRUE;
}

gboolean
mit_store_carry_over_action_items (MitStore  *self,
                                   gint64     meeting_id,
                                   guint     *n_carried,
                                   GError   **error)
{
  gboolean joined;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (n_carried)
    *n_carried = 0;
  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!_mit_store_row_exists (self, "SELECT 1 FROM meeting WHERE id = ?", meeting_id))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The meeting no longer exists."));
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  if (!carry_over (self, meeting_id, n_carried, error))
    {
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  return _mit_store_write_commit (self, joined, error);
}

/* ---- agenda items ----------------------------------------------------------- */

#define ITEM_COLUMNS \
  "i.id, i.uid, i.meeting_id, i.position, i.kind, i.title, i.presenter_id, i.minutes, " \
  "i.event_id, i.actor_id, i.target_group_id, i.created, i.modified, p.name"

static gpointer
item_from_row (sqlite3_stmt *stmt)
{
  MitAgendaItem *item = mit_agenda_item_new (sqlite3_column_int64 (stmt, 2));

  _mit_agenda_item_set_position (item, sqlite3_column_int (stmt, 3));
  mit_agenda_item_set_kind (item, sqlite3_column_int (stmt, 4) == 1 ? MIT_AGENDA_ITEM_OPEN_ACTIONS
                                                                    : MIT_AGENDA_ITEM_REGULAR);
  mit_agenda_item_set_title (item, _mit_store_column_text (stmt, 5));
  mit_agenda_item_set_presenter_id (item, sqlite3_column_int64 (stmt, 6));
  mit_agenda_item_set_minutes (item, _mit_store_column_text (stmt, 7));
  mit_agenda_item_set_event_id (item, sqlite3_column_int64 (stmt, 8));
  mit_agenda_item_set_actor_id (item, sqlite3_column_int64 (stmt, 9));
  mit_agenda_item_set_target_group_id (item, sqlite3_column_int64 (stmt, 10));
  _mit_agenda_item_set_identity (item,
                                 sqlite3_column_int64 (stmt, 0),
                                 _mit_store_column_text (stmt, 1),
                                 _mit_store_column_text (stmt, 11),
                                 _mit_store_column_text (stmt, 12));
  _mit_agenda_item_set_presenter_name (item, _mit_store_column_text (stmt, 13));
  return item;
}

/**
 * mit_store_load_agenda_item:
 *
 * Returns: (transfer full): the item, or %NULL with @error set
 */
MitAgendaItem *
mit_store_load_agenda_item (MitStore  *self,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return load_one (self,
                   "SELECT " ITEM_COLUMNS " FROM agenda_item i "
                   "LEFT JOIN person p ON p.id = i.presenter_id WHERE i.id = ?",
                   id, item_from_row, _("Could not read the agenda"),
                   _("The agenda item no longer exists."), error);
}

/**
 * mit_store_list_agenda_items:
 *
 * Returns: (transfer full) (element-type MitAgendaItem): the agenda in order
 */
GPtrArray *
mit_store_list_agenda_items (MitStore  *self,
                             gint64     meeting_id,
                             GError   **error)
{
  static const char sql[] =
    "SELECT " ITEM_COLUMNS " FROM agenda_item i LEFT JOIN person p ON p.id = i.presenter_id "
    "WHERE i.meeting_id = ? ORDER BY i.position, i.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) item_from_row,
                             _("Could not read the agenda"), error);
}

gboolean
mit_store_save_agenda_item (MitStore       *self,
                            MitAgendaItem  *item,
                            GError        **error)
{
  static const char insert_sql[] =
    "INSERT INTO agenda_item (meeting_id, kind, title, presenter_id, minutes, event_id, actor_id, "
    "  target_group_id, uid, created, modified, position) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
    "        (SELECT coalesce (max (position), 0) + 1 FROM agenda_item WHERE meeting_id = ?1))";
  static const char update_sql[] =
    "UPDATE agenda_item SET kind = ?2, title = ?3, presenter_id = ?4, minutes = ?5, event_id = ?6, "
    "actor_id = ?7, target_group_id = ?8, modified = ?11 "
    "WHERE id = ?12 AND meeting_id = ?1 "
    "AND (kind, title, presenter_id, minutes, event_id, actor_id, target_group_id) "
    "IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  g_auto(Save) save = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *presenter_name = NULL;
  gboolean inserting, written;
  sqlite3_stmt *stmt;
  gint64 meeting_id, presenter_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (item), FALSE);

  title = _mit_store_dup_stripped (mit_agenda_item_get_title (item));
  if (*title == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An agenda item needs a title."));
      return FALSE;
    }

  meeting_id = mit_agenda_item_get_meeting_id (item);
  presenter_id = mit_agenda_item_get_presenter_id (item);
  inserting = mit_agenda_item_get_id (item) == 0;

  if (!save_begin (self, &save, mit_agenda_item_get_id (item), mit_agenda_item_get_uid (item),
                   mit_agenda_item_get_created (item), error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM meeting WHERE id = ?", meeting_id,
                               _("The meeting of this agenda item no longer exists."), error))
    goto failed;
  if (!links_exist (self, presenter_id, mit_agenda_item_get_event_id (item),
                    mit_agenda_item_get_actor_id (item),
                    mit_agenda_item_get_target_group_id (item), error))
    goto failed;

  if (!(stmt = save_prepare (self, &save, insert_sql, update_sql, 9, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int (stmt, 2, mit_agenda_item_get_kind (item));
  _mit_store_bind_text (stmt, 3, title);
  bind_id (stmt, 4, presenter_id);
  _mit_store_bind_text (stmt, 5, mit_agenda_item_get_minutes (item));
  bind_id (stmt, 6, mit_agenda_item_get_event_id (item));
  bind_id (stmt, 7, mit_agenda_item_get_actor_id (item));
  bind_id (stmt, 8, mit_agenda_item_get_target_group_id (item));
  if (!save_finish (self, &save, stmt, "agenda_item", MIT_RECORD_AGENDA_ITEM,
                    _("Could not save the agenda item"), _("The agenda item no longer exists."),
                    NULL, &written, error))
    return FALSE;

  if (written)
    _mit_agenda_item_set_identity (item, save.id, save.uid, save.created, save.now);
  if (written && inserting
      && (stmt = _mit_store_prepare (self, "SELECT position FROM agenda_item WHERE id = ?", NULL)))
    {
      sqlite3_bind_int64 (stmt, 1, save.id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        _mit_agenda_item_set_position (item, sqlite3_column_int (stmt, 0));
      sqlite3_reset (stmt);
    }
  presenter_name = person_name (self, presenter_id);
  mit_agenda_item_set_title (item, title);
  _mit_agenda_item_set_presenter_name (item, presenter_name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, save.joined);
  return FALSE;
}

gint64
mit_store_move_agenda_item (MitStore  *self,
                            gint64     id,
                            int        position,
                            GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 meeting_id = 0, change;
  int from = 0, count = 0;
  gboolean joined;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!_mit_store_write_begin (self, &joined, error))
    return 0;
  change = _mit_store_get_change (self);

  stmt = _mit_store_prepare (self,
                             "SELECT i.meeting_id, i.position, "
                             "  (SELECT count(*) FROM agenda_item j WHERE j.meeting_id = i.meeting_id) "
                             "FROM agenda_item i WHERE i.id = ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      meeting_id = sqlite3_column_int64 (stmt, 0);
      from = sqlite3_column_int (stmt, 1);
      count = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (meeting_id == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The agenda item no longer exists."));
      goto failed;
    }

  position = CLAMP (position, 1, count);
  if (position == from)
    {
      _mit_store_write_rollback (self, joined);
      return 0;
    }

  /* Renumber the whole agenda 1 … n with the item at its new place, so
   * that gaps a crash or an old file left are closed too. */
  stmt = _mit_store_prepare (self,
                             "WITH ordered AS ("
                             "  SELECT id, row_number () OVER (ORDER BY position, id) AS n "
                             "  FROM agenda_item WHERE meeting_id = ?1 AND id <> ?2), "
                             "placed AS ("
                             "  SELECT id, n + (n >= ?3) AS n FROM ordered "
                             "  UNION ALL SELECT ?2, ?3) "
                             "UPDATE agenda_item SET position = (SELECT n FROM placed p "
                             "                                   WHERE p.id = agenda_item.id) "
                             "WHERE meeting_id = ?1 AND position IS NOT (SELECT n FROM placed p "
                             "                                           WHERE p.id = agenda_item.id)",
                             error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, position);
  if (!_mit_store_step (self, stmt, _("Could not move the agenda item"), error))
    goto failed;
  _mit_store_mark_changed (self, MIT_RECORD_AGENDA_ITEM);
  if (!_mit_store_write_commit (self, joined, error))
    return 0;
  return change;

failed:
  _mit_store_write_rollback (self, joined);
  return 0;
}

gint64
mit_store_delete_agenda_item (MitStore  *self,
                              gint64     id,
                              GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 meeting_id = 0, change;
  gboolean joined;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!_mit_store_write_begin (self, &joined, error))
    return 0;

  if ((stmt = _mit_store_prepare (self, "SELECT meeting_id FROM agenda_item WHERE id = ?", error)))
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        meeting_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  change = _mit_store_delete_row (self, "DELETE FROM agenda_item WHERE id = ?", id,
                                  MIT_RECORD_AGENDA_ITEM | MIT_RECORD_DECISION
                                  | MIT_RECORD_ACTION_ITEM,
                                  _("Could not delete the agenda item"),
                                  _("The agenda item no longer exists."), error);
  if (change == 0)
    goto failed;

  stmt = _mit_store_prepare (self,
                             "WITH ordered AS ("
                             "  SELECT id, row_number () OVER (ORDER BY position, id) AS n "
                             "  FROM agenda_item WHERE meeting_id = ?1) "
                             "UPDATE agenda_item SET position = (SELECT n FROM ordered o "
                             "                                   WHERE o.id = agenda_item.id) "
                             "WHERE meeting_id = ?1 AND position IS NOT (SELECT n FROM ordered o "
                             "                                           WHERE o.id = agenda_item.id)",
                             error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!_mit_store_step (self, stmt, _("Could not delete the agenda item"), error))
    goto failed;
  if (!_mit_store_write_commit (self, joined, error))
    return 0;
  return change;

failed:
  _mit_store_write_rollback (self, joined);
  return 0;
}

/* ---- decisions ---------------------------------------------------------------- */

#define DECISION_COLUMNS \
  "d.id, d.uid, d.item_id, d.kind, d.text, d.votes_yes, d.votes_no, d.votes_abstain, " \
  "d.created, d.modified"

static gpointer
decision_from_row (sqlite3_stmt *stmt)
{
  MitDecision *decision = mit_decision_new (sqlite3_column_int64 (stmt, 2));

  mit_decision_set_kind (decision, CLAMP (sqlite3_column_int (stmt, 3), MIT_DECISION_ACKNOWLEDGEMENT,
                                          MIT_DECISION_KIND_LAST));
  mit_decision_set_text (decision, _mit_store_column_text (stmt, 4));
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    mit_decision_set_votes (decision, sqlite3_column_int (stmt, 5), sqlite3_column_int (stmt, 6),
                            sqlite3_column_int (stmt, 7));
  _mit_decision_set_identity (decision,
                              sqlite3_column_int64 (stmt, 0),
                              _mit_store_column_text (stmt, 1),
                              _mit_store_column_text (stmt, 8),
                              _mit_store_column_text (stmt, 9));
  return decision;
}

/**
 * mit_store_list_decisions:
 *
 * Returns: (transfer full) (element-type MitDecision): in the order recorded
 */
GPtrArray *
mit_store_list_decisions (MitStore  *self,
                          gint64     item_id,
                          GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  stmt = _mit_store_prepare (self, "SELECT " DECISION_COLUMNS " FROM decision d "
                                   "WHERE d.item_id = ? ORDER BY d.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) decision_from_row,
                             _("Could not read the decisions"), error);
}

gboolean
mit_store_save_decision (MitStore     *self,
                         MitDecision  *decision,
                         GError      **error)
{
  static const char insert_sql[] =
    "INSERT INTO decision (item_id, kind, text, votes_yes, votes_no, votes_abstain, uid, created, "
    "  modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  static const char update_sql[] =
    "UPDATE decision SET kind = ?2, text = ?3, votes_yes = ?4, votes_no = ?5, votes_abstain = ?6, "
    "modified = ?9 WHERE id = ?10 AND item_id = ?1 "
    "AND (kind, text, votes_yes, votes_no, votes_abstain) IS NOT (?2, ?3, ?4, ?5, ?6)";
  g_auto(Save) save = { 0 };
  g_autofree char *text = NULL;
  gboolean has_votes, written;
  sqlite3_stmt *stmt;
  gint64 item_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_DECISION (decision), FALSE);

  text = _mit_store_dup_stripped (mit_decision_get_text (decision));
  has_votes = mit_decision_get_has_votes (decision);
  if (has_votes && (mit_decision_get_votes_yes (decision) < 0
                    || mit_decision_get_votes_no (decision) < 0
                    || mit_decision_get_votes_abstain (decision) < 0))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A vote count cannot be negative."));
      return FALSE;
    }

  item_id = mit_decision_get_item_id (decision);
  if (!save_begin (self, &save, mit_decision_get_id (decision), mit_decision_get_uid (decision),
                   mit_decision_get_created (decision), error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM agenda_item WHERE id = ?", item_id,
                               _("The agenda item of this decision no longer exists."), error))
    goto failed;

  if (!(stmt = save_prepare (self, &save, insert_sql, update_sql, 7, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int (stmt, 2, mit_decision_get_kind (decision));
  _mit_store_bind_text (stmt, 3, text);
  if (has_votes)
    {
      sqlite3_bind_int (stmt, 4, mit_decision_get_votes_yes (decision));
      sqlite3_bind_int (stmt, 5, mit_decision_get_votes_no (decision));
      sqlite3_bind_int (stmt, 6, mit_decision_get_votes_abstain (decision));
    }
  else
    {
      sqlite3_bind_null (stmt, 4);
      sqlite3_bind_null (stmt, 5);
      sqlite3_bind_null (stmt, 6);
    }
  if (!save_finish (self, &save, stmt, "decision", MIT_RECORD_DECISION, _("Could not save the decision"),
                    _("The decision no longer exists."), NULL, &written, error))
    return FALSE;

  if (written)
    _mit_decision_set_identity (decision, save.id, save.uid, save.created, save.now);
  mit_decision_set_text (decision, text);
  return TRUE;

failed:
  _mit_store_write_rollback (self, save.joined);
  return FALSE;
}

gint64
mit_store_delete_decision (MitStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM decision WHERE id = ?", id,
                                MIT_RECORD_DECISION, _("Could not delete the decision"),
                                _("The decision no longer exists."), error);
}

/* ---- action items --------------------------------------------------------------- */

#define ACTION_COLUMNS \
  "x.id, x.uid, x.meeting_id, x.item_id, x.title, x.owner_id, x.due, x.status, x.event_id, " \
  "x.actor_id, x.target_group_id, x.created, x.modified, p.name"

#define ACTION_FROM "FROM action_item x LEFT JOIN person p ON p.id = x.owner_id "

static gpointer
action_from_row (sqlite3_stmt *stmt)
{
  MitActionItem *action = mit_action_item_new (sqlite3_column_int64 (stmt, 2));

  mit_action_item_set_item_id (action, sqlite3_column_int64 (stmt, 3));
  mit_action_item_set_title (action, _mit_store_column_text (stmt, 4));
  mit_action_item_set_owner_id (action, sqlite3_column_int64 (stmt, 5));
  mit_action_item_set_due (action, _mit_store_column_text (stmt, 6));
  mit_action_item_set_status (action, CLAMP (sqlite3_column_int (stmt, 7), MIT_ACTION_OPEN,
                                             MIT_ACTION_STATUS_LAST));
  mit_action_item_set_event_id (action, sqlite3_column_int64 (stmt, 8));
  mit_action_item_set_actor_id (action, sqlite3_column_int64 (stmt, 9));
  mit_action_item_set_target_group_id (action, sqlite3_column_int64 (stmt, 10));
  _mit_action_item_set_identity (action,
                                 sqlite3_column_int64 (stmt, 0),
                                 _mit_store_column_text (stmt, 1),
                                 _mit_store_column_text (stmt, 11),
                                 _mit_store_column_text (stmt, 12));
  _mit_action_item_set_owner_name (action, _mit_store_column_text (stmt, 13));
  return action;
}

/**
 * mit_store_load_action_item:
 *
 * Returns: (transfer full): the action item, or %NULL with @error set
 */
MitActionItem *
mit_store_load_action_item (MitStore  *self,
                            gint64     id,
                            GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return load_one (self, "SELECT " ACTION_COLUMNS " " ACTION_FROM "WHERE x.id = ?",
                   id, action_from_row, _("Could not read the action items"),
                   _("The action item no longer exists."), error);
}

/**
 * mit_store_list_item_action_items:
 *
 * Returns: (transfer full) (element-type MitActionItem): what the item shows
 */
GPtrArray *
mit_store_list_item_action_items (MitStore  *self,
                                  gint64     item_id,
                                  GError   **error)
{
  static const char sql[] =
    "SELECT " ACTION_COLUMNS " " ACTION_FROM
    "LEFT JOIN agenda_action l ON l.action_id = x.id AND l.item_id = ?1 "
    "WHERE x.item_id = ?1 OR l.id IS NOT NULL "
    "ORDER BY l.id IS NULL, x.due = '', x.due, x.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) action_from_row,
                             _("Could not read the action items"), error);
}

/**
 * mit_store_list_meeting_action_items:
 *
 * Returns: (transfer full) (element-type MitActionItem): by agenda position
 */
GPtrArray *
mit_store_list_meeting_action_items (MitStore  *self,
                                     gint64     meeting_id,
                                     GError   **error)
{
  static const char sql[] =
    "SELECT " ACTION_COLUMNS " " ACTION_FROM
    "LEFT JOIN agenda_item i ON i.id = x.item_id "
    "WHERE x.meeting_id = ? ORDER BY i.position IS NULL, i.position, x.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) action_from_row,
                             _("Could not read the action items"), error);
}

/**
 * mit_store_list_open_action_items:
 *
 * Returns: (transfer full) (element-type MitActionItem): by due date
 */
GPtrArray *
mit_store_list_open_action_items (MitStore  *self,
                                  GError   **error)
{
  static const char sql[] =
    "SELECT " ACTION_COLUMNS " " ACTION_FROM
    "WHERE x.status = 0 ORDER BY x.due = '', x.due, x.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  return _mit_store_collect (self, stmt, (MitStoreRowFunc) action_from_row,
                             _("Could not read the action items"), error);
}

gboolean
mit_store_save_action_item (MitStore       *self,
                            MitActionItem  *action,
                            GError        **error)
{
  static const char insert_sql[] =
    "INSERT INTO action_item (meeting_id, item_id, title, owner_id, due, status, event_id, "
    "  actor_id, target_group_id, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
  static const char update_sql[] =
    "UPDATE action_item SET item_id = ?2, title = ?3, owner_id = ?4, due = ?5, status = ?6, "
    "event_id = ?7, actor_id = ?8, target_group_id = ?9, modified = ?12 "
    "WHERE id = ?13 AND meeting_id = ?1 "
    "AND (item_id, title, owner_id, due, status, event_id, actor_id, target_group_id) "
    "IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  g_auto(Save) save = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autofree char *owner_name = NULL;
  gboolean written;
  sqlite3_stmt *stmt;
  gint64 meeting_id, item_id, owner_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (action), FALSE);

  title = _mit_store_dup_stripped (mit_action_item_get_title (action));
  due = _mit_store_dup_stripped (mit_action_item_get_due (action));
  if (*title == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An action item needs a title."));
      return FALSE;
    }
  if (*due != '\0' && !mit_validate_date (due))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The due date “%s” is not a date (YYYY-MM-DD)."), due);
      return FALSE;
    }

  meeting_id = mit_action_item_get_meeting_id (action);
  item_id = mit_action_item_get_item_id (action);
  owner_id = mit_action_item_get_owner_id (action);

  if (!save_begin (self, &save, mit_action_item_get_id (action), mit_action_item_get_uid (action),
                   mit_action_item_get_created (action), error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM meeting WHERE id = ?", meeting_id,
                               _("The meeting of this action item no longer exists."), error))
    goto failed;
  if (item_id > 0)
    {
      if (!(stmt = _mit_store_prepare (self, "SELECT meeting_id FROM agenda_item WHERE id = ?", error)))
        goto failed;
      sqlite3_bind_int64 (stmt, 1, item_id);
      if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) != meeting_id)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                               _("The agenda item of this action item is not on that meeting’s "
                                 "agenda."));
          goto failed;
        }
      sqlite3_reset (stmt);
    }
  if (!links_exist (self, owner_id, mit_action_item_get_event_id (action),
                    mit_action_item_get_actor_id (action),
                    mit_action_item_get_target_group_id (action), error))
    goto failed;

  if (!(stmt = save_prepare (self, &save, insert_sql, update_sql, 10, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  bind_id (stmt, 2, item_id);
  _mit_store_bind_text (stmt, 3, title);
  bind_id (stmt, 4, owner_id);
  _mit_store_bind_text (stmt, 5, due);
  sqlite3_bind_int (stmt, 6, mit_action_item_get_status (action));
  bind_id (stmt, 7, mit_action_item_get_event_id (action));
  bind_id (stmt, 8, mit_action_item_get_actor_id (action));
  bind_id (stmt, 9, mit_action_item_get_target_group_id (action));
  if (!save_finish (self, &save, stmt, "action_item", MIT_RECORD_ACTION_ITEM,
                    _("Could not save the action item"), _("The action item no longer exists."),
                    NULL, &written, error))
    return FALSE;

  if (written)
    _mit_action_item_set_identity (action, save.id, save.uid, save.created, save.now);
  owner_name = person_name (self, owner_id);
  mit_action_item_set_title (action, title);
  mit_action_item_set_due (action, due);
  _mit_action_item_set_owner_name (action, owner_name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, save.joined);
  return FALSE;
}

gint64
mit_store_delete_action_item (MitStore  *self,
                              gint64     id,
                              GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM action_item WHERE id = ?", id,
                                MIT_RECORD_ACTION_ITEM | MIT_RECORD_AGENDA_ITEM,
                                _("Could not delete the action item"),
                                _("The action item no longer exists."), error);
}
