/* mit-store-groups.c: target groups, their assessments and channels in
 * the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitStore"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mit-store-groups.h"
#include "mit-store-private.h"
#include "mit-validate.h"

/* ---- small helpers ------------------------------------------------------ */

/* ---- target groups ------------------------------------------------------ */

/* The current level is the latest assessment by date, then by id, as in
 * the view target_group_level (resources/sql/0003-target-groups.sql); the
 * subqueries use the index assessment_group. */
#define CURRENT_ASSESSMENT(column) \
  "(SELECT a." column " FROM assessment a WHERE a.group_id = g.id " \
  "ORDER BY a.date DESC, a.id DESC LIMIT 1)"

#define GROUP_COLUMNS \
  "g.id, g.uid, g.name, g.description, " \
  "(SELECT group_concat (value, char (31)) FROM json_each (g.languages)), " \
  "g.district, g.size, g.notes, g.focus, g.created, g.modified, " \
  CURRENT_ASSESSMENT ("level") ", " CURRENT_ASSESSMENT ("date")

static MitTargetGroup *
group_from_row (sqlite3_stmt *stmt)
{
  MitTargetGroup *group = mit_target_group_new ();
  g_auto(GStrv) languages = _mit_store_split_list ((const char *)sqlite3_column_text (stmt, 4));

  mit_target_group_set_name (group, _mit_store_column_text (stmt, 2));
  mit_target_group_set_description (group, _mit_store_column_text (stmt, 3));
  mit_target_group_set_languages (group, (const char * const *)languages);
  mit_target_group_set_district (group, _mit_store_column_text (stmt, 5));
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    mit_target_group_set_size (group, (int)CLAMP (sqlite3_column_int64 (stmt, 6), -1, G_MAXINT));
  mit_target_group_set_notes (group, _mit_store_column_text (stmt, 7));
  mit_target_group_set_focus (group, sqlite3_column_int (stmt, 8) != 0);
  _mit_target_group_set_identity (group,
                                  sqlite3_column_int64 (stmt, 0),
                                  _mit_store_column_text (stmt, 1),
                                  _mit_store_column_text (stmt, 9),
                                  _mit_store_column_text (stmt, 10));
  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    _mit_target_group_set_current (group, sqlite3_column_int (stmt, 11), _mit_store_column_text (stmt, 12));
  return group;
}

/**
 * mit_store_load_target_groups:
 *
 * Returns: (transfer full) (element-type MitTargetGroup): the groups in the
 *   order of @ids, or %NULL with @error set
 */
GPtrArray *
mit_store_load_target_groups (MitStore      *self,
                              const gint64  *ids,
                              guint          n_ids,
                              GError       **error)
{
  static const char sql[] =
    "SELECT " GROUP_COLUMNS " FROM json_each (?) j JOIN target_group g ON g.id = j.value "
    "ORDER BY j.key";

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  return _mit_store_list_by_ids (self, sql, ids, n_ids, (MitStoreRowFunc) group_from_row,
                                 _("Could not read the target groups"), error);
}

/**
 * mit_store_load_target_group:
 *
 * Returns: (transfer full): the group, or %NULL with @error set
 */
MitTargetGroup *
mit_store_load_target_group (MitStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_autoptr(GPtrArray) groups = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  groups = mit_store_load_target_groups (self, &id, 1, error);
  if (groups == NULL)
    return NULL;
  if (groups->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The target group no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (groups, 0));
}

/**
 * mit_store_save_target_group:
 *
 * Inserts @group when it has no id yet, giving it id, uid (unless one is
 * set already, as for imported records) and stamps; otherwise updates it.
 * Saving what is stored already changes and records nothing.
 */
gboolean
mit_store_save_target_group (MitStore        *self,
                             MitTargetGroup  *group,
                             GError         **error)
{
  static const char insert_sql[] =
    "INSERT INTO target_group (name, sort_key, description, languages, district, size, "
    "notes, focus, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
  static const char update_sql[] =
    "UPDATE target_group SET name = ?1, sort_key = ?2, description = ?3, languages = ?4, "
    "district = ?5, size = ?6, notes = ?7, focus = ?8, modified = ?11 WHERE id = ?12 "
    "AND (name, description, languages, district, size, notes, focus) IS NOT "
    "    (?1, ?3, ?4, ?5, ?6, ?7, ?8)";
  g_autofree char *name = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  const char *created;
  gboolean inserting;
  gboolean joined;
  sqlite3_stmt *stmt;
  gssize sort_key_len;
  gint64 id;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (group), FALSE);

  name = _mit_store_dup_stripped (mit_target_group_get_name (group));
  if (*name == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A target group needs a name."));
      return FALSE;
    }

  id = mit_target_group_get_id (group);
  inserting = id == 0;
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_target_group_get_uid (group));
  created = mit_target_group_get_created (group);
  if (created == NULL || *created == '\0')
    created = now;
  sort_key = _mit_store_sort_key (name, &sort_key_len);
  languages = _mit_store_list_to_json (mit_target_group_get_languages (group));

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;

  _mit_store_bind_text (stmt, 1, name);
  sqlite3_bind_blob (stmt, 2, sort_key, sort_key_len, SQLITE_STATIC);
  _mit_store_bind_text (stmt, 3, mit_target_group_get_description (group));
  _mit_store_bind_text (stmt, 4, languages);
  _mit_store_bind_text (stmt, 5, mit_target_group_get_district (group));
  if (mit_target_group_get_size (group) >= 0)
    sqlite3_bind_int (stmt, 6, mit_target_group_get_size (group));
  else
    sqlite3_bind_null (stmt, 6);
  _mit_store_bind_text (stmt, 7, mit_target_group_get_notes (group));
  sqlite3_bind_int (stmt, 8, mit_target_group_get_focus (group) ? 1 : 0);
  if (inserting)
    {
      _mit_store_bind_text (stmt, 9, uid);
      _mit_store_bind_text (stmt, 10, created);
    }
  _mit_store_bind_text (stmt, 11, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 12, id);

  switch (_mit_store_run_save (self, stmt, joined, "target_group", inserting ? 0 : id,
                               MIT_RECORD_TARGET_GROUP, _("Could not save the target group"),
                               _("The target group no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  /* Before the commit's "changed", so that listeners see the new stamp. */
  _mit_target_group_set_identity (group, id, inserting ? uid : mit_target_group_get_uid (group),
                                  created, now);
  if (!_mit_store_write_commit (self, joined, error))
    {
      if (inserting)
        _mit_target_group_set_identity (group, 0, uid, NULL, NULL);
      return FALSE;
    }
  if (g_strcmp0 (mit_target_group_get_name (group), name) != 0)
    mit_target_group_set_name (group, name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

/**
 * mit_store_delete_target_group:
 *
 * Deletes the group, its assessments and its channels (by the foreign
 * keys' cascade, recorded in the history under the same change).
 *
 * Returns: the change number for mit_store_undo(), or 0 with @error set
 */
gint64
mit_store_delete_target_group (MitStore  *self,
                               gint64     id,
                               GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM target_group WHERE id = ?", id,
                     MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT | MIT_RECORD_CHANNEL,
                     _("Could not delete the target group"),
                     _("The target group no longer exists."), error);
}

static gboolean
matches_words (const char  *name,
               const char  *description,
               char       **words)
{
  g_autofree char *haystack = NULL;
  g_autofree char *joined = g_strconcat (name, "\n", description, NULL);

  haystack = _mit_store_fold_for_match (joined);
  for (guint i = 0; words[i]; i++)
    if (*words[i] && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/**
 * mit_store_find_target_group_ids:
 *
 * Returns: (transfer full) (element-type gint64): ids sorted by name, or
 *   %NULL with @error set
 */
GArray *
mit_store_find_target_group_ids (MitStore    *self,
                                 const char  *text,
                                 int          level,
                                 gboolean     focus_only,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT g.id, g.name, g.description FROM target_group g "
    "WHERE (?1 < 0 OR " CURRENT_ASSESSMENT ("level") " = ?1) "
    "AND (?2 = 0 OR g.focus = 1) "
    "ORDER BY g.sort_key, g.id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (level >= MIT_REACHABILITY_UNKNOWN && level <= MIT_REACHABILITY_LAST, NULL);

  /* Target groups are few (tens, a few hundred): matching in C lets case
   * and accents be ignored beyond ASCII, which LIKE cannot do. Every word
   * typed must occur, in any order. */
  folded = _mit_store_fold_for_match (text);
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int (stmt, 1, level);
  sqlite3_bind_int (stmt, 2, focus_only ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (matches_words (_mit_store_column_text (stmt, 1), _mit_store_column_text (stmt, 2), words))
        g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not search the target groups"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

guint
mit_store_count_target_groups (MitStore *self)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  stmt = _mit_store_prepare (self, "SELECT count(*) FROM target_group", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return count;
}

/* ---- assessments -------------------------------------------------------- */

#define ASSESSMENT_COLUMNS \
  "a.id, a.uid, a.group_id, a.level, a.date, a.assessor, a.reasoning, a.created, a.modified"

static MitAssessment *
assessment_from_row (sqlite3_stmt *stmt)
{
  MitAssessment *assessment = mit_assessment_new (sqlite3_column_int64 (stmt, 2));

  mit_assessment_set_level (assessment, CLAMP (sqlite3_column_int (stmt, 3),
                                               MIT_REACHABILITY_GOOD, MIT_REACHABILITY_LAST));
  mit_assessment_set_date (assessment, _mit_store_column_text (stmt, 4));
  mit_assessment_set_assessor (assessment, _mit_store_column_text (stmt, 5));
  mit_assessment_set_reasoning (assessment, _mit_store_column_text (stmt, 6));
  _mit_assessment_set_identity (assessment,
                                sqlite3_column_int64 (stmt, 0),
                                _mit_store_column_text (stmt, 1),
                                _mit_store_column_text (stmt, 7),
                                _mit_store_column_text (stmt, 8));
  return assessment;
}

static gboolean
check_assessment (int          level,
                  const char  *date,
                  GError     **error)
{
  if (!mit_reachability_is_valid (level))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The level of reachability %d is unknown. Choose good, medium or little or none."),
                   level);
      return FALSE;
    }
  if (*date == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An assessment needs the date it was made (YYYY-MM-DD)."));
      return FALSE;
    }
  if (!mit_validate_date (date))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The date “%s” is not a date (YYYY-MM-DD)."), date);
      return FALSE;
    }
  return TRUE;
}

/**
 * mit_store_save_assessment:
 *
 * Inserts @assessment when it has no id yet, otherwise updates it. Only
 * this row changes: editing an old assessment keeps the others.
 */
gboolean
mit_store_save_assessment (MitStore       *self,
                           MitAssessment  *assessment,
                           GError        **error)
{
  static const char insert_sql[] =
    "INSERT INTO assessment (group_id, level, date, assessor, reasoning, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  static const char update_sql[] =
    "UPDATE assessment SET group_id = ?1, level = ?2, date = ?3, assessor = ?4, "
    "reasoning = ?5, modified = ?8 WHERE id = ?9 "
    "AND (group_id, level, date, assessor, reasoning) IS NOT (?1, ?2, ?3, ?4, ?5)";
  g_autofree char *date = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  const char *created;
  gboolean inserting;
  gboolean joined;
  sqlite3_stmt *stmt;
  gint64 id, group_id;
  int level;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_ASSESSMENT (assessment), FALSE);

  level = mit_assessment_get_level (assessment);
  date = _mit_store_dup_stripped (mit_assessment_get_date (assessment));
  if (!check_assessment (level, date, error))
    return FALSE;
  assessor = _mit_store_dup_stripped (mit_assessment_get_assessor (assessment));

  id = mit_assessment_get_id (assessment);
  group_id = mit_assessment_get_group_id (assessment);
  inserting = id == 0;
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_assessment_get_uid (assessment));
  created = mit_assessment_get_created (assessment);
  if (created == NULL || *created == '\0')
    created = now;

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!_mit_store_require_row (self, "SELECT 1 FROM target_group WHERE id = ?", group_id,
                               _("The target group of this assessment no longer exists."), error))
    goto failed;
  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int (stmt, 2, level);
  _mit_store_bind_text (stmt, 3, date);
  _mit_store_bind_text (stmt, 4, assessor);
  _mit_store_bind_text (stmt, 5, mit_assessment_get_reasoning (assessment));
  if (inserting)
    {
      _mit_store_bind_text (stmt, 6, uid);
      _mit_store_bind_text (stmt, 7, created);
    }
  _mit_store_bind_text (stmt, 8, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 9, id);

  /* Only the assessment row changes; the group's current level follows from
   * it (listeners showing levels also watch MIT_RECORD_ASSESSMENT). */
  switch (_mit_store_run_save (self, stmt, joined, "assessment", inserting ? 0 : id,
                               MIT_RECORD_ASSESSMENT, _("Could not save the assessment"),
                               _("The assessment no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  _mit_assessment_set_identity (assessment, id, inserting ? uid : mit_assessment_get_uid (assessment),
                                created, now);
  if (!_mit_store_write_commit (self, joined, error))
    {
      if (inserting)
        _mit_assessment_set_identity (assessment, 0, uid, NULL, NULL);
      return FALSE;
    }
  mit_assessment_set_date (assessment, date);
  mit_assessment_set_assessor (assessment, assessor);
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

/**
 * mit_store_record_assessment:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for today
 *
 * Returns: the new assessment's id, or 0 with @error set
 */
gint64
mit_store_record_assessment (MitStore         *self,
                             gint64            group_id,
                             MitReachability   level,
                             const char       *date,
                             const char       *assessor,
                             const char       *reasoning,
                             GError          **error)
{
  g_autoptr(MitAssessment) assessment = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  /* Checked here too: the object's setter refuses an unknown level. */
  if (!mit_reachability_is_valid (level))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The level of reachability %d is unknown. Choose good, medium or little or none."),
                   level);
      return 0;
    }

  assessment = mit_assessment_new (group_id);
  mit_assessment_set_level (assessment, level);
  if (date != NULL)
    mit_assessment_set_date (assessment, date);
  mit_assessment_set_assessor (assessment, assessor);
  mit_assessment_set_reasoning (assessment, reasoning);
  if (!mit_store_save_assessment (self, assessment, error))
    return 0;
  return mit_assessment_get_id (assessment);
}

gint64
mit_store_delete_assessment (MitStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM assessment WHERE id = ?", id, MIT_RECORD_ASSESSMENT,
                     _("Could not delete the assessment"),
                     _("The assessment no longer exists."), error);
}

/**
 * mit_store_list_assessments:
 *
 * Returns: (transfer full) (element-type MitAssessment): the group's
 *   assessments, oldest first, or %NULL with @error set
 */
GPtrArray *
mit_store_list_assessments (MitStore  *self,
                            gint64     group_id,
                            GError   **error)
{
  static const char sql[] =
    "SELECT " ASSESSMENT_COLUMNS " FROM assessment a WHERE a.group_id = ? "
    "ORDER BY a.date, a.id";
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return _mit_store_list_by_id (self, sql, group_id, (MitStoreRowFunc) assessment_from_row,
                                _("Could not read the assessments"), error);
}

/**
 * mit_store_get_current_level:
 * @date_out: (out) (optional) (nullable): the date of the current
 *   assessment, %NULL if none
 *
 * Returns: the level of the group's latest assessment, or
 *   %MIT_REACHABILITY_UNKNOWN
 */
MitReachability
mit_store_get_current_level (MitStore  *self,
                             gint64     group_id,
                             char     **date_out)
{
  static const char sql[] =
    "SELECT a.level, a.date FROM assessment a WHERE a.group_id = ? "
    "ORDER BY a.date DESC, a.id DESC LIMIT 1";
  MitReachability level = MIT_REACHABILITY_UNKNOWN;
  sqlite3_stmt *stmt;

  if (date_out)
    *date_out = NULL;
  g_return_val_if_fail (MIT_IS_STORE (self), MIT_REACHABILITY_UNKNOWN);

  stmt = _mit_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return MIT_REACHABILITY_UNKNOWN;
  sqlite3_bind_int64 (stmt, 1, group_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      level = CLAMP (sqlite3_column_int (stmt, 0), MIT_REACHABILITY_GOOD, MIT_REACHABILITY_LAST);
      if (date_out)
        *date_out = g_strdup (_mit_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return level;
}

/* ---- channels ------------------------------------------------------------ */

#define CHANNEL_COLUMNS \
  "c.id, c.uid, c.actor_id, c.group_id, c.how, c.strength, c.contact_id, c.notes, " \
  "c.created, c.modified, a.name, g.name, p.name"

#define CHANNEL_JOINS \
  "JOIN actor a ON a.id = c.actor_id JOIN target_group g ON g.id = c.group_id " \
  "LEFT JOIN person p ON p.id = c.contact_id "

static MitChannel *
channel_from_row (sqlite3_stmt *stmt)
{
  MitChannel *channel = mit_channel_new (sqlite3_column_int64 (stmt, 2),
                                         sqlite3_column_int64 (stmt, 3));

  mit_channel_set_how (channel, _mit_store_column_text (stmt, 4));
  mit_channel_set_strength (channel, CLAMP (sqlite3_column_int (stmt, 5),
                                            MIT_CHANNEL_WEAK, MIT_CHANNEL_STRENGTH_LAST));
  mit_channel_set_contact_id (channel, sqlite3_column_int64 (stmt, 6));
  mit_channel_set_notes (channel, _mit_store_column_text (stmt, 7));
  _mit_channel_set_identity (channel,
                             sqlite3_column_int64 (stmt, 0),
                             _mit_store_column_text (stmt, 1),
                             _mit_store_column_text (stmt, 8),
                             _mit_store_column_text (stmt, 9));
  _mit_channel_set_names (channel, _mit_store_column_text (stmt, 10), _mit_store_column_text (stmt, 11),
                          _mit_store_column_text (stmt, 12));
  return channel;
}

static GPtrArray *
list_channels (MitStore    *self,
               const char  *sql,
               gint64       id,
               GError     **error)
{
  return _mit_store_list_by_id (self, sql, id, (MitStoreRowFunc) channel_from_row,
                                _("Could not read the channels"), error);
}

/**
 * mit_store_list_channels_of_group:
 *
 * Returns: (transfer full) (element-type MitChannel): sorted by actor name
 */
GPtrArray *
mit_store_list_channels_of_group (MitStore  *self,
                                  gint64     group_id,
                                  GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return list_channels (self,
                        "SELECT " CHANNEL_COLUMNS " FROM channel c " CHANNEL_JOINS
                        "WHERE c.group_id = ? ORDER BY a.sort_key, c.how, c.id",
                        group_id, error);
}

/**
 * mit_store_list_channels_of_actor:
 *
 * Returns: (transfer full) (element-type MitChannel): sorted by group name
 */
GPtrArray *
mit_store_list_channels_of_actor (MitStore  *self,
                                  gint64     actor_id,
                                  GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return list_channels (self,
                        "SELECT " CHANNEL_COLUMNS " FROM channel c " CHANNEL_JOINS
                        "WHERE c.actor_id = ? ORDER BY g.sort_key, c.how, c.id",
                        actor_id, error);
}

/**
 * mit_store_load_channel:
 *
 * Returns: (transfer full): the channel with names, or %NULL with @error set
 */
MitChannel *
mit_store_load_channel (MitStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  list = list_channels (self,
                        "SELECT " CHANNEL_COLUMNS " FROM channel c " CHANNEL_JOINS
                        "WHERE c.id = ?",
                        id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The channel no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

/* The error for a second channel of an actor to a group in the same way. */
static void
set_duplicate_error (MitStore    *self,
                     MitChannel  *channel,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *actor = NULL;
  g_autofree char *group = NULL;

  stmt = _mit_store_prepare (self,
                             "SELECT (SELECT name FROM actor WHERE id = ?1), "
                             "(SELECT name FROM target_group WHERE id = ?2)", NULL);
  if (stmt)
    {
      sqlite3_bind_int64 (stmt, 1, mit_channel_get_actor_id (channel));
      sqlite3_bind_int64 (stmt, 2, mit_channel_get_group_id (channel));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          actor = g_strdup (_mit_store_column_text (stmt, 0));
          group = g_strdup (_mit_store_column_text (stmt, 1));
        }
      sqlite3_reset (stmt);
    }
  g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
               _("“%s” already reaches “%s” by way of “%s”. Change that channel instead, "
                 "or choose another way."),
               actor ? actor : "", group ? group : "",
               mit_channel_how_get_label (mit_channel_get_how (channel)));
}

/**
 * mit_store_save_channel:
 *
 * Inserts @channel when it has no id yet, otherwise updates it, and fills
 * in the names of actor, group and contact person.
 */
gboolean
mit_store_save_channel (MitStore    *self,
                        MitChannel  *channel,
                        GError     **error)
{
  static const char insert_sql[] =
    "INSERT INTO channel (actor_id, group_id, how, strength, contact_id, notes, uid, "
    "created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  static const char update_sql[] =
    "UPDATE channel SET actor_id = ?1, group_id = ?2, how = ?3, strength = ?4, "
    "contact_id = ?5, notes = ?6, modified = ?9 WHERE id = ?10 "
    "AND (actor_id, group_id, how, strength, contact_id, notes) IS NOT (?1, ?2, ?3, ?4, ?5, ?6)";
  static const char duplicate_sql[] =
    "SELECT 1 FROM channel WHERE actor_id = ?1 AND group_id = ?2 AND how = ?3 AND id <> ?4";
  static const char names_sql[] =
    "SELECT (SELECT name FROM actor WHERE id = ?1), (SELECT name FROM target_group WHERE id = ?2), "
    "(SELECT name FROM person WHERE id = ?3)";
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  g_autofree char *actor_name = NULL;
  g_autofree char *group_name = NULL;
  g_autofree char *contact_name = NULL;
  const char *created;
  const char *how;
  gboolean inserting;
  gboolean joined;
  gboolean duplicate;
  sqlite3_stmt *stmt;
  gint64 id, actor_id, group_id, contact_id;
  int strength;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_CHANNEL (channel), FALSE);

  how = mit_channel_get_how (channel);
  if (!mit_channel_how_is_valid (how))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("“%s” is not a way of reaching a target group. Choose counselling, "
                     "outreach, multiplier, events, language course or other."), how);
      return FALSE;
    }
  strength = mit_channel_get_strength (channel);
  if (strength < MIT_CHANNEL_WEAK || strength > MIT_CHANNEL_STRENGTH_LAST)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The strength %d is unknown. Choose weak, regular or strong."), strength);
      return FALSE;
    }

  id = mit_channel_get_id (channel);
  actor_id = mit_channel_get_actor_id (channel);
  group_id = mit_channel_get_group_id (channel);
  contact_id = mit_channel_get_contact_id (channel);
  inserting = id == 0;
  now = _mit_store_now ();
  uid = _mit_store_dup_uid (mit_channel_get_uid (channel));
  created = mit_channel_get_created (channel);
  if (created == NULL || *created == '\0')
    created = now;

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;

  if (!_mit_store_require_row (self, "SELECT 1 FROM actor WHERE id = ?", actor_id,
                               _("The actor of this channel no longer exists."), error))
    goto failed;
  if (!_mit_store_require_row (self, "SELECT 1 FROM target_group WHERE id = ?", group_id,
                               _("The target group of this channel no longer exists."), error))
    goto failed;
  if (contact_id != 0
      && !_mit_store_require_row (self, "SELECT 1 FROM person WHERE id = ?", contact_id,
                                  _("The contact person of this channel no "
                                    "longer exists. Choose another one, or none."), error))
    goto failed;

  /* UNIQUE (actor_id, group_id, how): say which, rather than the
   * constraint's message. */
  if (!(stmt = _mit_store_prepare (self, duplicate_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, actor_id);
  sqlite3_bind_int64 (stmt, 2, group_id);
  _mit_store_bind_text (stmt, 3, how);
  sqlite3_bind_int64 (stmt, 4, id);
  duplicate = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (duplicate)
    {
      set_duplicate_error (self, channel, error);
      goto failed;
    }

  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, actor_id);
  sqlite3_bind_int64 (stmt, 2, group_id);
  _mit_store_bind_text (stmt, 3, how);
  sqlite3_bind_int (stmt, 4, strength);
  if (contact_id != 0)
    sqlite3_bind_int64 (stmt, 5, contact_id);
  else
    sqlite3_bind_null (stmt, 5);
  _mit_store_bind_text (stmt, 6, mit_channel_get_notes (channel));
  if (inserting)
    {
      _mit_store_bind_text (stmt, 7, uid);
      _mit_store_bind_text (stmt, 8, created);
    }
  _mit_store_bind_text (stmt, 9, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 10, id);

  switch (_mit_store_run_save (self, stmt, joined, "channel", inserting ? 0 : id,
                               MIT_RECORD_CHANNEL, _("Could not save the channel"),
                               _("The channel no longer exists."), &id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_WRITTEN:
      _mit_channel_set_identity (channel, id, inserting ? uid : mit_channel_get_uid (channel),
                                 created, now);
      if (!_mit_store_write_commit (self, joined, error))
        {
          if (inserting)
            _mit_channel_set_identity (channel, 0, uid, NULL, NULL);
          return FALSE;
        }
      break;
    case MIT_SAVE_UNCHANGED:
    default:
      break;
    }

  /* The names, for the caller's rows. */
  if ((stmt = _mit_store_prepare (self, names_sql, NULL)))
    {
      sqlite3_bind_int64 (stmt, 1, actor_id);
      sqlite3_bind_int64 (stmt, 2, group_id);
      sqlite3_bind_int64 (stmt, 3, contact_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          actor_name = g_strdup (_mit_store_column_text (stmt, 0));
          group_name = g_strdup (_mit_store_column_text (stmt, 1));
          contact_name = g_strdup (_mit_store_column_text (stmt, 2));
        }
      sqlite3_reset (stmt);
    }
  _mit_channel_set_names (channel, actor_name, group_name, contact_name);
  return TRUE;

failed:
  _mit_store_write_rollback (self, joined);
  return FALSE;
}

gint64
mit_store_delete_channel (MitStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return _mit_store_delete_row (self, "DELETE FROM channel WHERE id = ?", id, MIT_RECORD_CHANNEL,
                     _("Could not delete the channel"),
                     _("The channel no longer exists."), error);
}
