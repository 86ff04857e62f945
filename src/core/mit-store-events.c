/* mit-store-events.c: events, their planning tasks and registrations in
 * the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitStore"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mit-store-events.h"
#include "mit-store-private.h"
#include "mit-validate.h"

/* Conflicts are looked for this far ahead (see
 * mit_store_find_event_conflicts()). */
#define CONFLICT_HORIZON (2 * 366 * (gint64)86400)
/* The agenda widens its window from a month until it has enough. */
#define FIRST_WINDOW (31 * (gint64)86400)
#define LONGEST_WINDOW (100 * 366 * (gint64)86400)

void
mit_event_filter_init (MitEventFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  filter->status = -1;
  filter->include_cancelled = TRUE;
}

/* ---- small helpers ------------------------------------------------------ */

/* "1,2,3" (group_concat of a JSON array of ids) into @ids. */
static GArray *
split_ids (const char *joined)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *p = joined;

  while (p && *p)
    {
      char *end = NULL;
      gint64 id = g_ascii_strtoll (p, &end, 10);

      if (end == p)
        break;
      if (id > 0)
        g_array_append_val (ids, id);
      p = *end == ',' ? end + 1 : end;
    }
  return ids;
}

/* Whether every id of @ids is a row of @table. */
static gboolean
all_exist (MitStore     *self,
           const char   *sql,
           const gint64 *ids,
           guint         n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    if (!_mit_store_row_exists (self, sql, ids[i]))
      return FALSE;
  return TRUE;
}

static gboolean
bind_filter (sqlite3_stmt         *stmt,
             int                   first,
             const MitEventFilter *filter)
{
  MitEventFilter all;

  if (filter == NULL)
    {
      mit_event_filter_init (&all);
      filter = &all;
    }
  sqlite3_bind_int64 (stmt, first, filter->target_group_id);
  sqlite3_bind_int64 (stmt, first + 1, filter->organiser_id);
  sqlite3_bind_int (stmt, first + 2, filter->status);
  sqlite3_bind_int (stmt, first + 3, filter->include_cancelled ? 1 : 0);
  return TRUE;
}

/* The filter's conditions on "event e", with its four parameters from ?3. */
#define FILTER_CONDITIONS \
  "(?3 = 0 OR EXISTS (SELECT 1 FROM json_each (e.target_groups) WHERE value = ?3)) " \
  "AND (?4 = 0 OR EXISTS (SELECT 1 FROM json_each (e.organisers) WHERE value = ?4)) " \
  "AND (?5 < 0 OR e.status = ?5) AND (?6 OR ?5 >= 0 OR e.status <> 4) "

/* Moves people up from the waiting list of @event_id while it has free
 * places (all of them when it has no limit), first come first served.
 * Part of the caller's open write. */
static gboolean
fill_places (MitStore    *self,
             gint64       event_id,
             const char  *now,
             GError     **error)
{
  static const char sql[] =
    "UPDATE registration SET status = 0, modified = ?2 WHERE id IN ("
    "  SELECT id FROM registration WHERE event_id = ?1 AND status = 1 ORDER BY position "
    "  LIMIT coalesce (max (0, (SELECT capacity FROM event WHERE id = ?1) "
    "                      - (SELECT count(*) FROM registration "
    "                         WHERE event_id = ?1 AND status IN (0, 3, 4))), -1))";
  sqlite3_stmt *stmt;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  _mit_store_bind_text (stmt, 2, now);
  if (!_mit_store_step (self, stmt, _("Could not move up the waiting list"), error))
    return FALSE;
  if (sqlite3_changes (_mit_store_get_db (self)) > 0)
    _mit_store_mark_changed (self, MIT_RECORD_REGISTRATION);
  return TRUE;
}

/* ---- events -------------------------------------------------------------- */

#define EVENT_COLUMNS \
  "e.id, e.uid, e.title, e.kind, e.description, e.starts, e.ends, e.tzid, e.all_day, " \
  "e.rrule, (SELECT group_concat (value, char (31)) FROM json_each (e.exdates)), " \
  "e.venue_id, e.venue_address, " \
  "(SELECT group_concat (value, ',') FROM json_each (e.organisers)), " \
  "(SELECT group_concat (value, ',') FROM json_each (e.target_groups)), " \
  "(SELECT group_concat (value, char (31)) FROM json_each (e.languages)), " \
  "e.capacity, e.status, e.notes, e.created, e.modified"

static MitEvent *
event_from_row (sqlite3_stmt *stmt)
{
  MitEvent *event = mit_event_new ();
  g_auto(GStrv) exdates = _mit_store_split_list ((const char *)sqlite3_column_text (stmt, 10));
  g_auto(GStrv) languages = _mit_store_split_list ((const char *)sqlite3_column_text (stmt, 15));
  g_autoptr(GArray) organisers = split_ids ((const char *)sqlite3_column_text (stmt, 13));
  g_autoptr(GArray) groups = split_ids ((const char *)sqlite3_column_text (stmt, 14));

  mit_event_set_title (event, _mit_store_column_text (stmt, 2));
  mit_event_set_kind (event, _mit_store_column_text (stmt, 3));
  mit_event_set_description (event, _mit_store_column_text (stmt, 4));
  mit_event_set_starts (event, _mit_store_column_text (stmt, 5));
  mit_event_set_ends (event, _mit_store_column_text (stmt, 6));
  mit_event_set_tzid (event, _mit_store_column_text (stmt, 7));
  mit_event_set_all_day (event, sqlite3_column_int (stmt, 8) != 0);
  mit_event_set_rrule (event, _mit_store_column_text (stmt, 9));
  mit_event_set_exdates (event, (const char * const *)exdates);
  mit_event_set_venue_id (event, sqlite3_column_int64 (stmt, 11));
  mit_event_set_venue_address (event, _mit_store_column_text (stmt, 12));
  mit_event_set_organisers (event, (const gint64 *)organisers->data, organisers->len);
  mit_event_set_target_groups (event, (const gint64 *)groups->data, groups->len);
  mit_event_set_languages (event, (const char * const *)languages);
  if (sqlite3_column_type (stmt, 16) != SQLITE_NULL)
    mit_event_set_capacity (event, (int)CLAMP (sqlite3_column_int64 (stmt, 16), 0, G_MAXINT));
  mit_event_set_status (event, CLAMP (sqlite3_column_int (stmt, 17), MIT_EVENT_IDEA, MIT_EVENT_STATUS_LAST));
  mit_event_set_notes (event, _mit_store_column_text (stmt, 18));
  _mit_event_set_identity (event,
                           sqlite3_column_int64 (stmt, 0),
                           _mit_store_column_text (stmt, 1),
                           _mit_store_column_text (stmt, 19),
                           _mit_store_column_text (stmt, 20));
  return event;
}

/**
 * mit_store_load_events:
 *
 * Returns: (transfer full) (element-type MitEvent): the events in the order
 *   of @ids, or %NULL with @error set
 */
GPtrArray *
mit_store_load_events (MitStore      *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  static const char sql[] =
    "SELECT " EVENT_COLUMNS " FROM json_each (?) j JOIN event e ON e.id = j.value ORDER BY j.key";

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  return _mit_store_list_by_ids (self, sql, ids, n_ids, (MitStoreRowFunc) event_from_row,
                                 _("Could not read the events"), error);
}

/**
 * mit_store_load_event:
 *
 * Returns: (transfer full): the event, or %NULL with @error set
 */
MitEvent *
mit_store_load_event (MitStore  *self,
                      gint64     id,
                      GError   **error)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(events = mit_store_load_events (self, &id, 1, error)))
    return NULL;
  if (events->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The event no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (events, 0));
}

/**
 * mit_store_load_event_by_uid:
 *
 * Returns: (transfer full) (nullable): the event, or %NULL (with @error set
 *   only when reading failed)
 */
MitEvent *
mit_store_load_event_by_uid (MitStore    *self,
                             const char  *uid,
                             GError     **error)
{
  static const char sql[] = "SELECT " EVENT_COLUMNS " FROM event e WHERE e.uid = ?";
  MitEvent *event = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  _mit_store_bind_text (stmt, 1, uid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    event = event_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _mit_store_set_error (self, error, rc, _("Could not read the events"));
  return event;
}

guint
mit_store_count_events (MitStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!(stmt = _mit_store_prepare (self, "SELECT count(*) FROM event", NULL)))
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint)sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * mit_store_find_event_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids, by first start
 */
GArray *
mit_store_find_event_ids (MitStore              *self,
                          const MitEventFilter  *filter,
                          GError               **error)
{
  static const char sql[] =
    "SELECT e.id FROM event e WHERE ?1 IS NULL AND ?2 IS NULL AND " FILTER_CONDITIONS
    "ORDER BY e.first_utc, e.id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  bind_filter (stmt, 3, filter);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the events"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Brings the event's times, rule and excluded dates into the form the
 * store keeps, and checks them; the bounds of its occurrences go to
 * @first and @last (MIT_RECURRENCE_FOREVER: no end). */
static gboolean
normalize_times (MitEvent  *event,
                 gint64    *first,
                 gint64    *last,
                 GError   **error)
{
  gboolean all_day = mit_event_get_all_day (event);
  const char *tzid = mit_event_get_tzid (event);
  const char * const *exdates = mit_event_get_exdates (event);
  g_autoptr(GPtrArray) normal_exdates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MitRecurrence) recurrence = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *rrule = NULL;

  if (*mit_event_get_starts (event) == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An event needs the date it starts."));
      return FALSE;
    }
  if (!mit_recurrence_is_known_tzid (tzid))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The time zone “%s” is unknown. Use a name such as “Europe/Berlin”."), tzid);
      return FALSE;
    }
  if (!(starts = mit_recurrence_normalize_local (mit_event_get_starts (event), all_day)))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   all_day ? _("The start “%s” is not a date (YYYY-MM-DD).")
                           : _("The start “%s” is not a date and time (YYYY-MM-DDTHH:MM)."),
                   mit_event_get_starts (event));
      return FALSE;
    }
  if (*mit_event_get_ends (event) == '\0')
    ends = g_strdup (starts);
  else if (!(ends = mit_recurrence_normalize_local (mit_event_get_ends (event), all_day)))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   all_day ? _("The end “%s” is not a date (YYYY-MM-DD).")
                           : _("The end “%s” is not a date and time (YYYY-MM-DDTHH:MM)."),
                   mit_event_get_ends (event));
      return FALSE;
    }
  if (!(rrule = mit_recurrence_normalize_rule (mit_event_get_rrule (event), tzid, all_day, &local_error)))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  for (guint i = 0; exdates[i]; i++)
    {
      char *normal;

      /* A date alone excludes the occurrence of that day: it is kept with
       * the event's time of day, as iCalendar needs (EXDATE has the type
       * of DTSTART). */
      if (!all_day && strlen (exdates[i]) == 10 && strlen (starts) == 19)
        {
          g_autofree char *with_time = g_strconcat (exdates[i], starts + 10, NULL);

          normal = mit_recurrence_normalize_local (with_time, FALSE);
        }
      else
        normal = mit_recurrence_normalize_local (exdates[i], all_day);

      if (normal == NULL)
        {
          g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                       _("The excluded date “%s” is not a date (YYYY-MM-DD) or a date and time "
                         "(YYYY-MM-DDTHH:MM)."), exdates[i]);
          return FALSE;
        }
      g_ptr_array_add (normal_exdates, normal);
    }
  g_ptr_array_add (normal_exdates, NULL);

  recurrence = mit_recurrence_new (starts, ends, tzid, all_day, rrule,
                                   (const char * const *)normal_exdates->pdata, &local_error);
  if (recurrence == NULL)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }
  mit_recurrence_get_bounds (recurrence, first, last);

  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_rrule (event, rrule);
  mit_event_set_exdates (event, (const char * const *)normal_exdates->pdata);
  return TRUE;
}

/**
 * mit_store_save_event:
 *
 * Inserts @event when it has no id yet, giving it id, uid (unless one is
 * set already, as for imported events) and stamps; otherwise updates it.
 * Saving what is stored already changes and records nothing.
 */
gboolean
mit_store_save_event (MitStore  *self,
                      MitEvent  *event,
                      GError   **error)
{
  static const char insert_sql[] =
    "INSERT INTO event (title, kind, description, starts, ends, tzid, all_day, rrule, exdates, "
    "venue_id, venue_address, organisers, target_groups, languages, capacity, status, notes, "
    "first_utc, last_utc, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
    "?20, ?21, ?22)";
  static const char update_sql[] =
    "UPDATE event SET title = ?1, kind = ?2, description = ?3, starts = ?4, ends = ?5, tzid = ?6, "
    "all_day = ?7, rrule = ?8, exdates = ?9, venue_id = ?10, venue_address = ?11, "
    "organisers = ?12, target_groups = ?13, languages = ?14, capacity = ?15, status = ?16, "
    "notes = ?17, first_utc = ?18, last_utc = ?19, modified = ?22 WHERE id = ?23 "
    "AND (title, kind, description, starts, ends, tzid, all_day, rrule, exdates, venue_id, "
    "     venue_address, organisers, target_groups, languages, capacity, status, notes) IS NOT "
    "    (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
  g_autofree char *title = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  g_autofree char *exdates = NULL;
  g_autofree char *organisers_json = NULL;
  g_autofree char *groups_json = NULL;
  g_autofree char *languages = NULL;
  const gint64 *organisers, *groups;
  guint n_organisers, n_groups;
  const char *created;
  gboolean inserting;
  gboolean joined;
  sqlite3_stmt *stmt;
  gint64 id, first = 0, last = 0, venue_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_EVENT (event), FALSE);

  title = _mit_store_dup_stripped (mit_event_get_title (event));
  if (*title == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An event needs a title."));
      return FALSE;
    }
  if (!normalize_times (event, &first, &last, error))
    return FALSE;
  mit_event_set_title (event, title);

  id = mit_event_get_id (event);
  inserting = id == 0;
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_event_get_uid (event));
  created = mit_event_get_created (event);
  if (created == NULL || *created == '\0')
    created = now;
  venue_id = mit_event_get_venue_id (event);
  organisers = mit_event_get_organisers (event, &n_organisers);
  groups = mit_event_get_target_groups (event, &n_groups);
  exdates = _mit_store_list_to_json (mit_event_get_exdates (event));
  languages = _mit_store_list_to_json (mit_event_get_languages (event));
  organisers_json = _mit_store_ids_to_json (organisers, n_organisers);
  groups_json = _mit_store_ids_to_json (groups, n_groups);

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;

  if (!(stmt = _mit_store_prepare (self, "SELECT 1 FROM vocabulary WHERE vocabulary = 'event-kind' "
                                         "AND key = ?", error)))
    goto failed;
  _mit_store_bind_text (stmt, 1, mit_event_get_kind (event));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of event. Choose one of the list, or add it to the list "
                     "first."), mit_event_get_kind (event));
      goto failed;
    }
  sqlite3_reset (stmt);

  if (venue_id != 0
      && !_mit_store_require_row (self, "SELECT 1 FROM actor WHERE id = ?", venue_id,
                                  _("The venue of this event is no longer in the "
                                    "directory. Choose another one, or enter an address."), error))
    goto failed;
  if (!all_exist (self, "SELECT 1 FROM actor WHERE id = ?", organisers, n_organisers))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("An organiser of this event is no longer in the directory."));
      goto failed;
    }
  if (!all_exist (self, "SELECT 1 FROM target_group WHERE id = ?", groups, n_groups))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("A target group of this event no longer exists."));
      goto failed;
    }

  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;
  _mit_store_bind_text (stmt, 1, title);
  _mit_store_bind_text (stmt, 2, mit_event_get_kind (event));
  _mit_store_bind_text (stmt, 3, mit_event_get_description (event));
  _mit_store_bind_text (stmt, 4, mit_event_get_starts (event));
  _mit_store_bind_text (stmt, 5, mit_event_get_ends (event));
  _mit_store_bind_text (stmt, 6, mit_event_get_tzid (event));
  sqlite3_bind_int (stmt, 7, mit_event_get_all_day (event) ? 1 : 0);
  _mit_store_bind_text (stmt, 8, mit_event_get_rrule (event));
  _mit_store_bind_text (stmt, 9, exdates);
  if (venue_id != 0)
    sqlite3_bind_int64 (stmt, 10, venue_id);
  else
    sqlite3_bind_null (stmt, 10);
  _mit_store_bind_text (stmt, 11, mit_event_get_venue_address (event));
  _mit_store_bind_text (stmt, 12, organisers_json);
  _mit_store_bind_text (stmt, 13, groups_json);
  _mit_store_bind_text (stmt, 14, languages);
  if (mit_event_get_capacity (event) >= 0)
    sqlite3_bind_int (stmt, 15, mit_event_get_capacity (event));
  else
    sqlite3_bind_null (stmt, 15);
  sqlite3_bind_int (stmt, 16, mit_event_get_status (event));
  _mit_store_bind_text (stmt, 17, mit_event_get_notes (event));
  sqlite3_bind_int64 (stmt, 18, first);
  if (last != MIT_RECURRENCE_FOREVER)
    sqlite3_bind_int64 (stmt, 19, last);
  else
    sqlite3_bind_null (stmt, 19);
  if (inserting)
    {
      _mit_store_bind_text (stmt, 20, uid);
      _mit_store_bind_text (stmt, 21, created);
    }
  _mit_store_bind_text (stmt, 22, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 23, id);

  switch (_mit_store_run_save (self, stmt, joined, "event", inserting ? 0 : id,
                               MIT_RECORD_EVENT, _("Could not save the event"),
                               _("The event no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  /* More places: the waiting list moves up. */
  if (!inserting && !fill_places (self, id, now, error))
    goto failed;

  _mit_event_set_identity (event, id, inserting ? uid : mit_event_get_uid (event), created, now);
  if (!_mit_store_write_commit (self, joined, error))
    {
      if (inserting)
        _mit_event_set_identity (event, 0, NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

gint64
mit_store_delete_event (MitStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM event WHERE id = ?", id,
                                MIT_RECORD_EVENT | MIT_RECORD_EVENT_TASK | MIT_RECORD_REGISTRATION,
                                _("Could not delete the event"),
                                _("The event no longer exists."), error);
}

/* ---- occurrences ---------------------------------------------------------- */

/* Expanding a rule costs libical about 7 µs a step (and 16 µs to start):
 * a month of 1 000 weekly events is 60 ms. The store keeps each recurring
 * event's occurrences around the last range asked for, so that the next
 * month, the agenda or a redraw read them from memory. An entry is used
 * while the event's times, rule and excluded dates are what they were. */
typedef struct
{
  char   *signature;
  gint64  from;
  gint64  to;
  GArray *occurrences;  /* MitOccurrence, by start */
} Expansion;

#define CACHE_BEFORE (7 * (gint64)86400)
#define CACHE_AFTER (35 * (gint64)86400)
#define CACHE_LONGEST (400 * (gint64)86400)

static void
expansion_free (gpointer data)
{
  Expansion *expansion = data;

  g_free (expansion->signature);
  g_array_unref (expansion->occurrences);
  g_free (expansion);
}

static GHashTable *
get_expansions (MitStore *self)
{
  static GQuark quark;
  GHashTable *expansions;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("mit-store-event-expansions");
  expansions = g_object_get_qdata (G_OBJECT (self), quark);
  if (expansions == NULL)
    {
      expansions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, expansion_free);
      g_object_set_qdata_full (G_OBJECT (self), quark, expansions,
                               (GDestroyNotify)g_hash_table_unref);
    }
  return expansions;
}

static void
copy_range (GArray *occurrences,
            gint64  from,
            gint64  to,
            guint   max,
            GArray *out)
{
  guint lo = 0, hi = occurrences->len, added = 0;

  /* Ends grow with starts: find the first that ends after @from. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const MitOccurrence *o = &g_array_index (occurrences, MitOccurrence, mid);

      if (o->end < from || (o->end == from && o->start < from))
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < occurrences->len; i++)
    {
      const MitOccurrence *o = &g_array_index (occurrences, MitOccurrence, i);
      gboolean in_range = o->start == o->end ? o->start >= from && o->start < to
                                             : o->start < to && o->end > from;

      if (o->start >= to)
        break;
      if (!in_range)
        continue;
      g_array_append_val (out, *o);
      if (++added == max)
        break;
    }
}

/* Appends the occurrences of one candidate row (see expand_range()). */
static gboolean
expand_row (MitStore      *self,
            sqlite3_stmt  *stmt,
            gint64         from,
            gint64         to,
            guint          max,
            GArray        *out,
            GError       **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  const char *rrule = _mit_store_column_text (stmt, 5);
  const char *exdates = (const char *)sqlite3_column_text (stmt, 6);
  g_autoptr(MitRecurrence) recurrence = NULL;
  g_auto(GStrv) exdate_list = NULL;
  g_autofree char *signature = NULL;
  GHashTable *expansions;
  Expansion *expansion;

  /* A single occurrence: its bounds are the stored ones. */
  if (*rrule == '\0' && exdates == NULL)
    {
      MitOccurrence occurrence = {
        id, sqlite3_column_int64 (stmt, 7), sqlite3_column_int64 (stmt, 8),
        sqlite3_column_int (stmt, 4) != 0
      };
      gboolean in_range = occurrence.start == occurrence.end
        ? occurrence.start >= from && occurrence.start < to
        : occurrence.start < to && occurrence.end > from;

      if (in_range)
        g_array_append_val (out, occurrence);
      return TRUE;
    }

  expansions = get_expansions (self);
  signature = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%d\x1f%s\x1f%s",
                               _mit_store_column_text (stmt, 1), _mit_store_column_text (stmt, 2),
                               _mit_store_column_text (stmt, 3), sqlite3_column_int (stmt, 4),
                               rrule, exdates ? exdates : "");
  expansion = g_hash_table_lookup (expansions, &id);
  if (expansion && g_str_equal (expansion->signature, signature)
      && from >= expansion->from && to <= expansion->to)
    {
      copy_range (expansion->occurrences, from, to, max, out);
      return TRUE;
    }

  exdate_list = _mit_store_split_list (exdates);
  recurrence = _mit_recurrence_new_stored (_mit_store_column_text (stmt, 1),
                                           _mit_store_column_text (stmt, 2),
                                           _mit_store_column_text (stmt, 3),
                                           sqlite3_column_int (stmt, 4) != 0,
                                           rrule, (const char * const *)exdate_list, error);
  if (recurrence == NULL)
    return FALSE;

  /* Long ranges (the agenda looking far ahead) are not kept. */
  if (to - from > CACHE_LONGEST || from < G_MININT64 / 2 || to > G_MAXINT64 / 2)
    {
      mit_recurrence_expand (recurrence, id, from, to, max, out);
      return TRUE;
    }

  expansion = g_new0 (Expansion, 1);
  expansion->signature = g_steal_pointer (&signature);
  expansion->from = from - CACHE_BEFORE;
  expansion->to = to + CACHE_AFTER;
  expansion->occurrences = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  mit_recurrence_expand (recurrence, id, expansion->from, expansion->to, 0, expansion->occurrences);
  g_hash_table_insert (expansions, g_memdup2 (&id, sizeof id), expansion);
  copy_range (expansion->occurrences, from, to, max, out);
  return TRUE;
}

/* The occurrences overlapping [@from, @to) of the events matching @filter,
 * at most @max per event (0: all); unsorted. */
static GArray *
expand_range (MitStore              *self,
              gint64                 from,
              gint64                 to,
              guint                  max,
              const MitEventFilter  *filter,
              GError               **error)
{
  static const char sql[] =
    "SELECT e.id, e.starts, e.ends, e.tzid, e.all_day, e.rrule, "
    "  (SELECT group_concat (value, char (31)) FROM json_each (e.exdates)), "
    "  e.first_utc, coalesce (e.last_utc, 0) "
    "FROM event e WHERE e.first_utc < ?2 AND (e.last_utc IS NULL OR e.last_utc >= ?1) AND "
    FILTER_CONDITIONS;
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  bind_filter (stmt, 3, filter);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* A row the store wrote is valid; one that is not (written by a
       * newer libical?) is left out rather than hiding all others. */
      if (!expand_row (self, stmt, from, to, max, out, &local_error))
        {
          g_warning ("Event %" G_GINT64_FORMAT ": %s", (gint64)sqlite3_column_int64 (stmt, 0),
                     local_error->message);
          g_clear_error (&local_error);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the events"));
      return NULL;
    }
  return g_steal_pointer (&out);
}

/**
 * mit_store_find_occurrences:
 *
 * Returns: (transfer full) (element-type MitOccurrence): sorted by start
 */
GArray *
mit_store_find_occurrences (MitStore              *self,
                            gint64                 from,
                            gint64                 to,
                            const MitEventFilter  *filter,
                            GError               **error)
{
  GArray *out;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(out = expand_range (self, from, to, 0, filter, error)))
    return NULL;
  mit_occurrences_sort (out);
  return out;
}

/* The first start and the last end of all events (MIT_RECURRENCE_FOREVER
 * when one never ends); FALSE when there are none. */
static gboolean
get_extent (MitStore *self,
            gint64   *first,
            gint64   *last)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  stmt = _mit_store_prepare (self, "SELECT min (first_utc), max (coalesce (last_utc, ?1)), count(*) "
                                   "FROM event", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, MIT_RECURRENCE_FOREVER);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 2) > 0)
    {
      *first = sqlite3_column_int64 (stmt, 0);
      *last = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/**
 * mit_store_find_next_occurrences:
 *
 * Returns: (transfer full) (element-type MitOccurrence): at most @max, by
 *   start
 */
GArray *
mit_store_find_next_occurrences (MitStore              *self,
                                 gint64                 from,
                                 guint                  max,
                                 const MitEventFilter  *filter,
                                 GError               **error)
{
  g_autoptr(GArray) out = NULL;
  gint64 window = FIRST_WINDOW;
  gint64 first, last;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (max == 0 || !get_extent (self, &first, &last))
    return g_array_new (FALSE, FALSE, sizeof (MitOccurrence));

  /* Most agendas fill from the next weeks: widen the window only when
   * they do not. Each event gives at most @max. */
  for (;;)
    {
      gint64 to = from > G_MAXINT64 - window ? G_MAXINT64 : from + window;

      g_clear_pointer (&out, g_array_unref);
      if (!(out = expand_range (self, from, to, max, filter, error)))
        return NULL;
      if (out->len >= max || to >= last || window >= LONGEST_WINDOW)
        break;
      window *= 4;
    }
  mit_occurrences_sort (out);
  if (out->len > max)
    g_array_set_size (out, max);
  return g_steal_pointer (&out);
}

/**
 * mit_store_find_past_occurrences:
 *
 * Returns: (transfer full) (element-type MitOccurrence): at most @max,
 *   latest first
 */
GArray *
mit_store_find_past_occurrences (MitStore              *self,
                                 gint64                 before,
                                 guint                  max,
                                 const MitEventFilter  *filter,
                                 GError               **error)
{
  g_autoptr(GArray) out = NULL;
  g_autoptr(GArray) result = NULL;
  gint64 window = FIRST_WINDOW;
  gint64 first, last;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  result = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  if (max == 0 || !get_extent (self, &first, &last))
    return g_steal_pointer (&result);

  for (;;)
    {
      gint64 from = before - window;

      g_clear_pointer (&out, g_array_unref);
      /* Everything from the window's start on: a rule's occurrences are
       * counted from there, so the latest ones before @before are found. */
      if (!(out = expand_range (self, from, before, 0, filter, error)))
        return NULL;
      g_array_set_size (result, 0);
      for (guint i = 0; i < out->len; i++)
        if (g_array_index (out, MitOccurrence, i).start < before)
          g_array_append_val (result, g_array_index (out, MitOccurrence, i));
      if (result->len >= max || from <= first || window >= LONGEST_WINDOW)
        break;
      window *= 4;
    }
  mit_occurrences_sort (result);
  /* Latest first. */
  for (guint i = 0, j = result->len; j > 0 && i < j - 1; i++, j--)
    {
      MitOccurrence tmp = g_array_index (result, MitOccurrence, i);

      g_array_index (result, MitOccurrence, i) = g_array_index (result, MitOccurrence, j - 1);
      g_array_index (result, MitOccurrence, j - 1) = tmp;
    }
  if (result->len > max)
    g_array_set_size (result, max);
  return g_steal_pointer (&result);
}

/* ---- conflicts at the same venue ------------------------------------------- */

static int
compare_conflicts (gconstpointer a,
                   gconstpointer b)
{
  const MitEventConflict *x = a;
  const MitEventConflict *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->other_start != y->other_start)
    return x->other_start < y->other_start ? -1 : 1;
  return x->other_event_id < y->other_event_id ? -1 : x->other_event_id > y->other_event_id;
}

/**
 * mit_store_find_event_conflicts:
 *
 * Returns: (transfer full) (element-type MitEventConflict): the overlaps,
 *   or %NULL with @error set (also when @event's times are not valid)
 */
GArray *
mit_store_find_event_conflicts (MitStore  *self,
                                MitEvent  *event,
                                GError   **error)
{
  static const char sql[] =
    "SELECT e.id, e.starts, e.ends, e.tzid, e.all_day, e.rrule, "
    "  (SELECT group_concat (value, char (31)) FROM json_each (e.exdates)), "
    "  e.first_utc, coalesce (e.last_utc, 0) "
    "FROM event e WHERE e.id <> ?1 AND e.status <> 4 "
    "AND e.first_utc < ?3 AND (e.last_utc IS NULL OR e.last_utc > ?2) "
    "AND CASE WHEN ?4 > 0 THEN e.venue_id = ?4 "
    "         ELSE e.venue_id IS NULL AND lower (trim (e.venue_address)) = lower (trim (?5)) END";
  g_autoptr(MitRecurrence) recurrence = NULL;
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  g_autoptr(GArray) conflicts = g_array_new (FALSE, FALSE, sizeof (MitEventConflict));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *address = NULL;
  gint64 first, last, to, now, venue_id;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (MIT_IS_EVENT (event), NULL);

  if (!(recurrence = mit_recurrence_new_for_event (event, &local_error)))
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID, local_error->message);
      return NULL;
    }
  venue_id = mit_event_get_venue_id (event);
  address = _mit_store_dup_stripped (mit_event_get_venue_address (event));
  if (venue_id == 0 && *address == '\0')
    return g_steal_pointer (&conflicts);

  mit_recurrence_get_bounds (recurrence, &first, &last);
  now = g_get_real_time () / G_USEC_PER_SEC;
  to = MIN (last, MAX (first, now) + CONFLICT_HORIZON);
  if (to <= first)
    return g_steal_pointer (&conflicts);
  mit_recurrence_expand (recurrence, mit_event_get_id (event), first, to, 0, own);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, mit_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, first);
  sqlite3_bind_int64 (stmt, 3, to);
  sqlite3_bind_int64 (stmt, 4, venue_id);
  _mit_store_bind_text (stmt, 5, address);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!expand_row (self, stmt, first, to, 0, others, &local_error))
      g_clear_error (&local_error);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the events"));
      return NULL;
    }

  /* Own occurrences are in order and do not overlap each other much:
   * find the first that ends after the other one starts. */
  for (guint i = 0; i < others->len; i++)
    {
      const MitOccurrence *other = &g_array_index (others, MitOccurrence, i);
      guint lo = 0, hi = own->len;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (own, MitOccurrence, mid).end <= other->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint j = lo; j < own->len; j++)
        {
          const MitOccurrence *mine = &g_array_index (own, MitOccurrence, j);
          MitEventConflict conflict;

          if (mine->start >= other->end)
            break;
          if (mine->end <= other->start)
            continue;
          conflict.other_event_id = other->event_id;
          conflict.start = mine->start;
          conflict.end = mine->end;
          conflict.other_start = other->start;
          conflict.other_end = other->end;
          g_array_append_val (conflicts, conflict);
        }
    }
  g_array_sort (conflicts, compare_conflicts);
  return g_steal_pointer (&conflicts);
}

/* ---- planning tasks -------------------------------------------------------- */

#define TASK_COLUMNS \
  "t.id, t.uid, t.event_id, t.title, t.due, t.owner_id, t.done, t.created, t.modified, p.name"

static MitEventTask *
task_from_row (sqlite3_stmt *stmt)
{
  MitEventTask *task = mit_event_task_new (sqlite3_column_int64 (stmt, 2));

  mit_event_task_set_title (task, _mit_store_column_text (stmt, 3));
  mit_event_task_set_due (task, _mit_store_column_text (stmt, 4));
  mit_event_task_set_owner_id (task, sqlite3_column_int64 (stmt, 5));
  mit_event_task_set_done (task, sqlite3_column_int (stmt, 6) != 0);
  _mit_event_task_set_identity (task,
                                sqlite3_column_int64 (stmt, 0),
                                _mit_store_column_text (stmt, 1),
                                _mit_store_column_text (stmt, 7),
                                _mit_store_column_text (stmt, 8));
  _mit_event_task_set_owner_name (task, _mit_store_column_text (stmt, 9));
  return task;
}

/**
 * mit_store_list_event_tasks:
 *
 * Returns: (transfer full) (element-type MitEventTask): open ones first
 */
GPtrArray *
mit_store_list_event_tasks (MitStore  *self,
                            gint64     event_id,
                            GError   **error)
{
  static const char sql[] =
    "SELECT " TASK_COLUMNS " FROM event_task t LEFT JOIN person p ON p.id = t.owner_id "
    "WHERE t.event_id = ? ORDER BY t.done, t.due = '', t.due, t.id";
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return _mit_store_list_by_id (self, sql, event_id, (MitStoreRowFunc) task_from_row,
                                _("Could not read the tasks"), error);
}

guint
mit_store_count_open_event_tasks (MitStore *self,
                                  gint64    event_id)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  stmt = _mit_store_prepare (self, "SELECT count(*) FROM event_task WHERE event_id = ? AND NOT done",
                             NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint)sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * mit_store_save_event_task:
 *
 * Inserts @task when it has no id yet, otherwise updates it, and fills in
 * the owner's name.
 */
gboolean
mit_store_save_event_task (MitStore      *self,
                           MitEventTask  *task,
                           GError       **error)
{
  static const char insert_sql[] =
    "INSERT INTO event_task (event_id, title, due, owner_id, done, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  static const char update_sql[] =
    "UPDATE event_task SET title = ?2, due = ?3, owner_id = ?4, done = ?5, modified = ?8 "
    "WHERE id = ?9 AND event_id = ?1 AND (title, due, owner_id, done) IS NOT (?2, ?3, ?4, ?5)";
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  g_autofree char *owner_name = NULL;
  const char *created;
  gboolean inserting, joined;
  sqlite3_stmt *stmt;
  gint64 id, event_id, owner_id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_EVENT_TASK (task), FALSE);

  title = _mit_store_dup_stripped (mit_event_task_get_title (task));
  due = _mit_store_dup_stripped (mit_event_task_get_due (task));
  if (*title == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A task needs a title."));
      return FALSE;
    }
  if (*due != '\0' && !mit_validate_date (due))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The due date “%s” is not a date (YYYY-MM-DD)."), due);
      return FALSE;
    }

  id = mit_event_task_get_id (task);
  event_id = mit_event_task_get_event_id (task);
  owner_id = mit_event_task_get_owner_id (task);
  inserting = id == 0;
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_event_task_get_uid (task));
  created = mit_event_task_get_created (task);
  if (created == NULL || *created == '\0')
    created = now;

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM event WHERE id = ?", event_id,
                               _("The event of this task no longer exists."), error))
    goto failed;
  if (owner_id != 0
      && !_mit_store_require_row (self, "SELECT 1 FROM person WHERE id = ?", owner_id,
                                  _("The person this task is for no longer "
                                    "exists. Choose another one, or nobody."), error))
    goto failed;

  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, event_id);
  _mit_store_bind_text (stmt, 2, title);
  _mit_store_bind_text (stmt, 3, due);
  if (owner_id != 0)
    sqlite3_bind_int64 (stmt, 4, owner_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, mit_event_task_get_done (task) ? 1 : 0);
  if (inserting)
    {
      _mit_store_bind_text (stmt, 6, uid);
      _mit_store_bind_text (stmt, 7, created);
    }
  _mit_store_bind_text (stmt, 8, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 9, id);

  switch (_mit_store_run_save (self, stmt, joined, "event_task", inserting ? 0 : id,
                               MIT_RECORD_EVENT_TASK, _("Could not save the task"),
                               _("The task no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_WRITTEN:
      _mit_event_task_set_identity (task, id, inserting ? uid : mit_event_task_get_uid (task),
                                    created, now);
      if (!_mit_store_write_commit (self, joined, error))
        {
          if (inserting)
            _mit_event_task_set_identity (task, 0, NULL, NULL, NULL);
          return FALSE;
        }
      break;
    case MIT_SAVE_UNCHANGED:
    default:
      break;
    }

  mit_event_task_set_title (task, title);
  mit_event_task_set_due (task, due);
  if (owner_id != 0 && (stmt = _mit_store_prepare (self, "SELECT name FROM person WHERE id = ?", NULL)))
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        owner_name = g_strdup (_mit_store_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  _mit_event_task_set_owner_name (task, owner_name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

gint64
mit_store_delete_event_task (MitStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM event_task WHERE id = ?", id,
                                MIT_RECORD_EVENT_TASK, _("Could not delete the task"),
                                _("The task no longer exists."), error);
}

/* ---- registrations ---------------------------------------------------------- */

#define REGISTRATION_COLUMNS \
  "r.id, r.uid, r.event_id, r.name, r.contact, r.organisation, r.consent, r.status, r.position, " \
  "r.created, r.modified"

static MitRegistration *
registration_from_row (sqlite3_stmt *stmt)
{
  MitRegistration *registration = mit_registration_new (sqlite3_column_int64 (stmt, 2));

  mit_registration_set_name (registration, _mit_store_column_text (stmt, 3));
  mit_registration_set_contact (registration, _mit_store_column_text (stmt, 4));
  mit_registration_set_organisation (registration, _mit_store_column_text (stmt, 5));
  mit_registration_set_consent (registration, CLAMP (sqlite3_column_int (stmt, 6),
                                                     MIT_CONSENT_NONE, MIT_CONSENT_LAST));
  mit_registration_set_status (registration, CLAMP (sqlite3_column_int (stmt, 7),
                                                    MIT_REGISTRATION_REGISTERED,
                                                    MIT_REGISTRATION_STATUS_LAST));
  _mit_registration_set_position (registration, sqlite3_column_int (stmt, 8));
  _mit_registration_set_identity (registration,
                                  sqlite3_column_int64 (stmt, 0),
                                  _mit_store_column_text (stmt, 1),
                                  _mit_store_column_text (stmt, 9),
                                  _mit_store_column_text (stmt, 10));
  return registration;
}

static GPtrArray *
list_registrations (MitStore    *self,
                    const char  *sql,
                    gint64       id,
                    GError     **error)
{
  return _mit_store_list_by_id (self, sql, id, (MitStoreRowFunc) registration_from_row,
                                _("Could not read the registrations"), error);
}

/**
 * mit_store_list_registrations:
 *
 * Returns: (transfer full) (element-type MitRegistration): in the order
 *   they came in
 */
GPtrArray *
mit_store_list_registrations (MitStore  *self,
                              gint64     event_id,
                              GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return list_registrations (self, "SELECT " REGISTRATION_COLUMNS " FROM registration r "
                                   "WHERE r.event_id = ? ORDER BY r.position, r.id",
                             event_id, error);
}

/**
 * mit_store_load_registration:
 *
 * Returns: (transfer full): the registration, or %NULL with @error set
 */
MitRegistration *
mit_store_load_registration (MitStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  list = list_registrations (self, "SELECT " REGISTRATION_COLUMNS " FROM registration r "
                                   "WHERE r.id = ?", id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The registration no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

void
mit_store_count_registrations (MitStore *self,
                               gint64    event_id,
                               guint    *n_places_taken,
                               guint    *n_waiting)
{
  sqlite3_stmt *stmt;
  guint taken = 0, waiting = 0;

  g_return_if_fail (MIT_IS_STORE (self));

  stmt = _mit_store_prepare (self, "SELECT count(*) FILTER (WHERE status IN (0, 3, 4)), "
                                   "count(*) FILTER (WHERE status = 1) "
                                   "FROM registration WHERE event_id = ?", NULL);
  if (stmt)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          taken = (guint)sqlite3_column_int64 (stmt, 0);
          waiting = (guint)sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (n_places_taken)
    *n_places_taken = taken;
  if (n_waiting)
    *n_waiting = waiting;
}

/**
 * mit_store_save_registration:
 *
 * Inserts @registration when it has no id yet, otherwise updates it, with
 * the waiting-list rules of mit-store-events.h.
 */
gboolean
mit_store_save_registration (MitStore         *self,
                             MitRegistration  *registration,
                             GError          **error)
{
  static const char insert_sql[] =
    "INSERT INTO registration (event_id, name, sort_key, contact, organisation, consent, status, "
    "position, uid, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
  static const char update_sql[] =
    "UPDATE registration SET name = ?2, sort_key = ?3, contact = ?4, organisation = ?5, "
    "consent = ?6, status = ?7, position = coalesce (?8, position), modified = ?11 "
    "WHERE id = ?12 AND event_id = ?1 "
    "AND (name, contact, organisation, consent, status) IS NOT (?2, ?4, ?5, ?6, ?7)";
  static const char place_sql[] =
    "SELECT e.capacity IS NOT NULL AND "
    "  (SELECT count(*) FROM registration r WHERE r.event_id = e.id AND r.status IN (0, 3, 4) "
    "   AND r.id <> ?2) >= e.capacity, "
    "  (SELECT coalesce (max (position), 0) + 1 FROM registration r WHERE r.event_id = e.id), "
    "  (SELECT status FROM registration r WHERE r.id = ?2) "
    "FROM event e WHERE e.id = ?1";
  g_autofree char *name = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  const char *created;
  gboolean inserting, joined, full = FALSE, held_place = FALSE, was_waiting = FALSE;
  MitRegistrationStatus status;
  sqlite3_stmt *stmt;
  gssize sort_key_len;
  gint64 id, event_id;
  int position = 0;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_REGISTRATION (registration), FALSE);

  name = _mit_store_dup_stripped (mit_registration_get_name (registration));
  if (*name == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A registration needs the name of the person."));
      return FALSE;
    }

  id = mit_registration_get_id (registration);
  event_id = mit_registration_get_event_id (registration);
  inserting = id == 0;
  status = mit_registration_get_status (registration);
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_registration_get_uid (registration));
  created = mit_registration_get_created (registration);
  if (created == NULL || *created == '\0')
    created = now;
  sort_key = _mit_store_sort_key (name, &sort_key_len);

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;

  /* Read the places inside the write, so that two registrations cannot
   * both take the last place. */
  if (!(stmt = _mit_store_prepare (self, place_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      full = sqlite3_column_int (stmt, 0) != 0;
      position = sqlite3_column_int (stmt, 1);
      held_place = sqlite3_column_type (stmt, 2) != SQLITE_NULL
                   && mit_registration_status_holds_place (sqlite3_column_int (stmt, 2));
      was_waiting = sqlite3_column_type (stmt, 2) != SQLITE_NULL
                    && sqlite3_column_int (stmt, 2) == MIT_REGISTRATION_WAITING;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The event of this registration no longer exists."));
      goto failed;
    }
  /* Beyond the capacity a new place is a place on the waiting list. */
  if (status == MIT_REGISTRATION_REGISTERED && !held_place && full)
    status = MIT_REGISTRATION_WAITING;

  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, event_id);
  _mit_store_bind_text (stmt, 2, name);
  sqlite3_bind_blob (stmt, 3, sort_key, sort_key_len, SQLITE_STATIC);
  _mit_store_bind_text (stmt, 4, mit_registration_get_contact (registration));
  _mit_store_bind_text (stmt, 5, mit_registration_get_organisation (registration));
  sqlite3_bind_int (stmt, 6, mit_registration_get_consent (registration));
  sqlite3_bind_int (stmt, 7, status);
  /* Who joins the waiting list again queues at its end. */
  if (inserting || (status == MIT_REGISTRATION_WAITING && !was_waiting))
    sqlite3_bind_int (stmt, 8, position);
  if (inserting)
    {
      _mit_store_bind_text (stmt, 9, uid);
      _mit_store_bind_text (stmt, 10, created);
    }
  _mit_store_bind_text (stmt, 11, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 12, id);

  switch (_mit_store_run_save (self, stmt, joined, "registration", inserting ? 0 : id,
                               MIT_RECORD_REGISTRATION, _("Could not save the registration"),
                               _("The registration no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      mit_registration_set_status (registration, status);
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  /* A place became free: the first on the waiting list moves up. */
  if (held_place && !mit_registration_status_holds_place (status)
      && !fill_places (self, event_id, now, error))
    goto failed;

  mit_registration_set_name (registration, name);
  mit_registration_set_status (registration, status);
  if (inserting || (status == MIT_REGISTRATION_WAITING && !was_waiting))
    _mit_registration_set_position (registration, position);
  _mit_registration_set_identity (registration, id,
                                  inserting ? uid : mit_registration_get_uid (registration),
                                  created, now);
  if (!_mit_store_write_commit (self, joined, error))
    {
      if (inserting)
        _mit_registration_set_identity (registration, 0, NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

gint64
mit_store_set_registration_status (MitStore               *self,
                                   gint64                  id,
                                   MitRegistrationStatus   status,
                                   GError                **error)
{
  g_autoptr(MitRegistration) registration = NULL;
  gint64 change;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);
  g_return_val_if_fail (status >= MIT_REGISTRATION_REGISTERED
                        && status <= MIT_REGISTRATION_STATUS_LAST, 0);

  if (!mit_store_begin (self, error))
    return 0;
  change = _mit_store_get_change (self);
  if (!(registration = mit_store_load_registration (self, id, error)))
    {
      mit_store_rollback (self);
      return 0;
    }
  mit_registration_set_status (registration, status);
  if (!mit_store_save_registration (self, registration, error))
    {
      mit_store_rollback (self);
      return 0;
    }
  if (!mit_store_commit (self, error))
    return 0;
  return change;
}

gint64
mit_store_delete_registration (MitStore  *self,
                               gint64     id,
                               GError   **error)
{
  g_autoptr(MitRegistration) registration = NULL;
  g_autofree char *now = _mit_store_now ();
  gint64 change;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!mit_store_begin (self, error))
    return 0;
  if (!(registration = mit_store_load_registration (self, id, error)))
    {
      mit_store_rollback (self);
      return 0;
    }
  change = _mit_store_delete_row (self, "DELETE FROM registration WHERE id = ?", id,
                                  MIT_RECORD_REGISTRATION, _("Could not delete the registration"),
                                  _("The registration no longer exists."), error);
  if (change == 0
      || (mit_registration_status_holds_place (mit_registration_get_status (registration))
          && !fill_places (self, mit_registration_get_event_id (registration), now, error)))
    {
      mit_store_rollback (self);
      return 0;
    }
  if (!mit_store_commit (self, error))
    return 0;
  return change;
}
