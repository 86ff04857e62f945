/* mit-store-overview.c: counts and recent changes for the overview
 *
 * The recent changes are read from the history table (see
 * resources/sql/0001-initial.sql): one row per changed row, grouped by
 * change number, with the whole old and new row as JSON for updates and
 * deletes, and no JSON for inserts (they are recorded at commit). The rows
 * of one change are consecutive, so reading backwards by id yields the
 * changes newest first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitStore"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mit-gaps.h"
#include "mit-store-overview.h"
#include "mit-store-private.h"

/* ---- counts ---------------------------------------------------------------- */

gboolean
mit_store_count_overview (MitStore           *self,
                          MitOverviewCounts  *counts,
                          GError            **error)
{
  /* The view's level column is the latest assessment (index
   * assessment_group); its unused "assessed" column is not computed. */
  static const char sql[] =
    "SELECT (SELECT count(*) FROM actor), (SELECT count(*) FROM person), "
    "  (SELECT count(*) FROM channel), (SELECT count(*) FROM target_group WHERE focus = 1), "
    "  count(*), coalesce (sum (level IS NULL), 0), coalesce (sum (level = 0), 0), "
    "  coalesce (sum (level = 1), 0), coalesce (sum (level = 2), 0) "
    "FROM target_group_level";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  counts->actors = sqlite3_column_int64 (stmt, 0);
  counts->persons = sqlite3_column_int64 (stmt, 1);
  counts->channels = sqlite3_column_int64 (stmt, 2);
  counts->focus_groups = sqlite3_column_int64 (stmt, 3);
  counts->target_groups = sqlite3_column_int64 (stmt, 4);
  counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_UNKNOWN)] =
    sqlite3_column_int64 (stmt, 5);
  counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_GOOD)] =
    sqlite3_column_int64 (stmt, 6);
  counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_MEDIUM)] =
    sqlite3_column_int64 (stmt, 7);
  counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_LITTLE_OR_NONE)] =
    sqlite3_column_int64 (stmt, 8);
  sqlite3_reset (stmt);
  return TRUE;
}

/* ---- MitRecentChange --------------------------------------------------------- */

struct _MitRecentChange
{
  GObject        parent_instance;

  gint64         change;
  char          *stamp;
  MitRecordKind  kind;
  gint64         record_id;
  MitChangeOp    op;
  char          *name;
  MitRecordKind  target_kind;
  gint64         target_id;
};

G_DEFINE_FINAL_TYPE (MitRecentChange, mit_recent_change, G_TYPE_OBJECT)

static void
mit_recent_change_finalize (GObject *object)
{
  MitRecentChange *self = MIT_RECENT_CHANGE (object);

  g_free (self->stamp);
  g_free (self->name);

  G_OBJECT_CLASS (mit_recent_change_parent_class)->finalize (object);
}

static void
mit_recent_change_class_init (MitRecentChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mit_recent_change_finalize;
}

static void
mit_recent_change_init (MitRecentChange *self)
{
}

gint64
mit_recent_change_get_change (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), 0);
  return self->change;
}

const char *
mit_recent_change_get_stamp (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), NULL);
  return self->stamp;
}

MitRecordKind
mit_recent_change_get_kind (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), 0);
  return self->kind;
}

gint64
mit_recent_change_get_record_id (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), 0);
  return self->record_id;
}

MitChangeOp
mit_recent_change_get_op (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), MIT_CHANGE_CHANGED);
  return self->op;
}

const char *
mit_recent_change_get_name (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), NULL);
  return self->name;
}

MitRecordKind
mit_recent_change_get_target_kind (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), 0);
  return self->target_kind;
}

gint64
mit_recent_change_get_target_id (MitRecentChange *self)
{
  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), 0);
  return self->target_id;
}

char *
mit_recent_change_dup_description (MitRecentChange *self)
{
  const char *name;

  g_return_val_if_fail (MIT_IS_RECENT_CHANGE (self), NULL);

  name = self->name;
  switch (self->kind)
    {
    case MIT_RECORD_ACTOR:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of an actor */
        return g_strdup_printf (_("Actor “%s” added"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of an actor */
        return g_strdup_printf (_("Actor “%s” deleted"), name);
      /* Translators: a recent change; %s is the name of an actor */
      return g_strdup_printf (_("Actor “%s” changed"), name);

    case MIT_RECORD_PERSON:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of a contact person */
        return g_strdup_printf (_("Contact person “%s” added"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of a contact person */
        return g_strdup_printf (_("Contact person “%s” deleted"), name);
      /* Translators: a recent change; %s is the name of a contact person */
      return g_strdup_printf (_("Contact person “%s” changed"), name);

    case MIT_RECORD_AFFILIATION:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of an actor */
        return g_strdup_printf (_("Contact person linked to “%s”"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of an actor */
        return g_strdup_printf (_("Contact person unlinked from “%s”"), name);
      /* Translators: a recent change; %s is the name of an actor */
      return g_strdup_printf (_("Role of a contact person at “%s” changed"), name);

    case MIT_RECORD_TARGET_GROUP:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Target group “%s” added"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Target group “%s” deleted"), name);
      /* Translators: a recent change; %s is the name of a target group */
      return g_strdup_printf (_("Target group “%s” changed"), name);

    case MIT_RECORD_ASSESSMENT:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Assessment of “%s” recorded"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Assessment of “%s” deleted"), name);
      /* Translators: a recent change; %s is the name of a target group */
      return g_strdup_printf (_("Assessment of “%s” changed"), name);

    case MIT_RECORD_CHANNEL:
    default:
      if (self->op == MIT_CHANGE_ADDED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Channel to “%s” added"), name);
      if (self->op == MIT_CHANGE_DELETED)
        /* Translators: a recent change; %s is the name of a target group */
        return g_strdup_printf (_("Channel to “%s” deleted"), name);
      /* Translators: a recent change; %s is the name of a target group */
      return g_strdup_printf (_("Channel to “%s” changed"), name);
    }
}

/* ---- listing recent changes ------------------------------------------------------ */

/* At most this many history rows are read per listing: past the links of
 * an import of 150 000 persons to their actors, but not the whole history
 * of a large network when every row is left out. */
#define MAX_ROWS_READ 500000

typedef enum
{
  TABLE_ACTOR,
  TABLE_PERSON,
  TABLE_AFFILIATION,
  TABLE_TARGET_GROUP,
  TABLE_ASSESSMENT,
  TABLE_CHANNEL,
  N_TABLES
} Table;

static const struct
{
  const char    *name;
  MitRecordKind  kind;
} tables[N_TABLES] = {
  [TABLE_ACTOR] = { "actor", MIT_RECORD_ACTOR },
  [TABLE_PERSON] = { "person", MIT_RECORD_PERSON },
  [TABLE_AFFILIATION] = { "affiliation", MIT_RECORD_AFFILIATION },
  [TABLE_TARGET_GROUP] = { "target_group", MIT_RECORD_TARGET_GROUP },
  [TABLE_ASSESSMENT] = { "assessment", MIT_RECORD_ASSESSMENT },
  [TABLE_CHANNEL] = { "channel", MIT_RECORD_CHANNEL },
};

static gboolean
table_from_name (const char *name,
                 Table      *table)
{
  for (guint i = 0; i < N_TABLES; i++)
    if (g_strcmp0 (tables[i].name, name) == 0)
      {
        *table = i;
        return TRUE;
      }
  return FALSE;
}

/* (table, row id) as one hash key */
static gint64
record_key (Table  table,
            gint64 id)
{
  return id * N_TABLES + table;
}

/* What a row says about itself: its name and the records it belongs to. */
typedef struct
{
  gint64  id;
  char   *name;
  gint64  group_id;
  gint64  actor_id;
  gint64  person_id;
  gint64  contact_id;
} RowFacts;

static void
row_facts_clear (RowFacts *facts)
{
  g_clear_pointer (&facts->name, g_free);
  memset (facts, 0, sizeof *facts);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RowFacts, row_facts_clear)

static void
row_facts_read (RowFacts     *facts,
                sqlite3_stmt *stmt)
{
  const char *name = (const char *) sqlite3_column_text (stmt, 1);

  row_facts_clear (facts);
  facts->id = sqlite3_column_int64 (stmt, 0);
  facts->name = g_strdup (name);
  facts->group_id = sqlite3_column_int64 (stmt, 2);
  facts->actor_id = sqlite3_column_int64 (stmt, 3);
  facts->person_id = sqlite3_column_int64 (stmt, 4);
  facts->contact_id = sqlite3_column_int64 (stmt, 5);
}

#define CURRENT_COLUMNS_ACTOR "SELECT id, name, 0, 0, 0, 0 FROM actor WHERE "
#define CURRENT_COLUMNS_PERSON "SELECT id, name, 0, 0, 0, 0 FROM person WHERE "
#define CURRENT_COLUMNS_AFFILIATION "SELECT id, NULL, 0, actor_id, person_id, 0 FROM affiliation WHERE "
#define CURRENT_COLUMNS_TARGET_GROUP "SELECT id, name, 0, 0, 0, 0 FROM target_group WHERE "
#define CURRENT_COLUMNS_ASSESSMENT "SELECT id, NULL, group_id, 0, 0, 0 FROM assessment WHERE "
#define CURRENT_COLUMNS_CHANNEL \
  "SELECT id, NULL, group_id, actor_id, 0, contact_id FROM channel WHERE "

/* The row as it is now, found by uid when known (row ids of deleted rows
 * are given out again, uids are not), else by id. */
static gboolean
read_current (MitStore   *self,
              Table       table,
              gint64      row_id,
              const char *uid,
              RowFacts   *facts)
{
  static const char *const by_uid[N_TABLES] = {
    [TABLE_ACTOR] = CURRENT_COLUMNS_ACTOR "uid = ?",
    [TABLE_PERSON] = CURRENT_COLUMNS_PERSON "uid = ?",
    [TABLE_AFFILIATION] = NULL,   /* has no uid */
    [TABLE_TARGET_GROUP] = CURRENT_COLUMNS_TARGET_GROUP "uid = ?",
    [TABLE_ASSESSMENT] = CURRENT_COLUMNS_ASSESSMENT "uid = ?",
    [TABLE_CHANNEL] = CURRENT_COLUMNS_CHANNEL "uid = ?",
  };
  static const char *const by_id[N_TABLES] = {
    [TABLE_ACTOR] = CURRENT_COLUMNS_ACTOR "id = ?",
    [TABLE_PERSON] = CURRENT_COLUMNS_PERSON "id = ?",
    [TABLE_AFFILIATION] = CURRENT_COLUMNS_AFFILIATION "id = ?",
    [TABLE_TARGET_GROUP] = CURRENT_COLUMNS_TARGET_GROUP "id = ?",
    [TABLE_ASSESSMENT] = CURRENT_COLUMNS_ASSESSMENT "id = ?",
    [TABLE_CHANNEL] = CURRENT_COLUMNS_CHANNEL "id = ?",
  };
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (uid != NULL && by_uid[table] != NULL)
    {
      if (!(stmt = _mit_store_prepare (self, by_uid[table], NULL)))
        return FALSE;
      _mit_store_bind_text (stmt, 1, uid);
    }
  else
    {
      if (!(stmt = _mit_store_prepare (self, by_id[table], NULL)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row_id);
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      row_facts_read (facts, stmt);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* The row as the newest history row from @since on last saw it (before an
 * update or a delete), for a row that is gone. */
static gboolean
read_last_recorded (MitStore   *self,
                    Table       table,
                    gint64      row_id,
                    const char *uid,
                    gint64      since,
                    RowFacts   *facts)
{
  static const char sql[] =
    "SELECT row_id, json_extract (old, '$.name'), json_extract (old, '$.group_id'), "
    "  json_extract (old, '$.actor_id'), json_extract (old, '$.person_id'), "
    "  json_extract (old, '$.contact_id') "
    "FROM history WHERE change >= ?1 AND tbl = ?2 AND row_id = ?3 "
    "  AND (?4 IS NULL OR uid = ?4) AND old IS NOT NULL "
    "ORDER BY id DESC LIMIT 1";
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (!(stmt = _mit_store_prepare (self, sql, NULL)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, since);
  _mit_store_bind_text (stmt, 2, tables[table].name);
  sqlite3_bind_int64 (stmt, 3, row_id);
  if (uid != NULL)
    _mit_store_bind_text (stmt, 4, uid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      row_facts_read (facts, stmt);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* Now, or else as last recorded; whether it still exists in @exists. */
static gboolean
read_row (MitStore   *self,
          Table       table,
          gint64      row_id,
          const char *uid,
          gint64      since,
          RowFacts   *facts,
          gboolean   *exists)
{
  *exists = read_current (self, table, row_id, uid, facts);
  return *exists || read_last_recorded (self, table, row_id, uid, since, facts);
}

typedef struct
{
  gint64   change;
  char    *stamp;
  Table    table;
  gint64   row_id;
  char    *uid;
  char     op;      /* 'i', 'u', 'd' */
  gboolean part_of_parent;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->stamp);
  g_free (entry->uid);
  g_free (entry);
}

/* The records of the main tables that @change inserted or deleted. */
static GHashTable *
list_parents_of_change (MitStore  *self,
                        gint64     change,
                        GError   **error)
{
  static const char sql[] =
    "SELECT tbl, row_id FROM history WHERE change = ? "
    "AND tbl IN ('actor', 'person', 'target_group') AND op <> 'update'";
  g_autoptr(GHashTable) parents = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, change);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Table table;

      if (table_from_name ((const char *) sqlite3_column_text (stmt, 0), &table))
        {
          gint64 key = record_key (table, sqlite3_column_int64 (stmt, 1));

          g_hash_table_add (parents, g_memdup2 (&key, sizeof key));
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the history"));
      return NULL;
    }
  return g_steal_pointer (&parents);
}

/* Whether the row changed only as part of a change to the record it
 * belongs to: the assessments and channels of a group deleted (or brought
 * back by undo) in the same change, the links and channels of an actor or
 * a person. */
static gboolean
belongs_to_parent_change (GHashTable     *parents,
                          Table           table,
                          const RowFacts *facts)
{
  gint64 keys[3];
  guint n = 0;

  switch (table)
    {
    case TABLE_ASSESSMENT:
      keys[n++] = record_key (TABLE_TARGET_GROUP, facts->group_id);
      break;
    case TABLE_CHANNEL:
      keys[n++] = record_key (TABLE_TARGET_GROUP, facts->group_id);
      keys[n++] = record_key (TABLE_ACTOR, facts->actor_id);
      keys[n++] = record_key (TABLE_PERSON, facts->contact_id);
      break;
    case TABLE_AFFILIATION:
      keys[n++] = record_key (TABLE_ACTOR, facts->actor_id);
      keys[n++] = record_key (TABLE_PERSON, facts->person_id);
      break;
    case TABLE_ACTOR:
    case TABLE_PERSON:
    case TABLE_TARGET_GROUP:
    case N_TABLES:
    default:
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (parents, &keys[i]))
      return TRUE;
  return FALSE;
}

/* Whether @change inserted an actor, a person or a target group. */
static gboolean
change_inserts_parent (MitStore *self,
                       gint64    change)
{
  static const char sql[] =
    "SELECT EXISTS (SELECT 1 FROM history WHERE change = ? AND op = 'insert' "
    "AND tbl IN ('actor', 'person', 'target_group'))";
  sqlite3_stmt *stmt;
  gboolean inserts = FALSE;

  if (!(stmt = _mit_store_prepare (self, sql, NULL)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, change);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    inserts = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return inserts;
}

/* Reads the history backwards into one Entry per (change, record), up to
 * @max of them, leaving out the rows that belong to a change of their
 * parent record:
 *
 * - an update or a delete of an assessment, channel or link whose group,
 *   actor or person (its JSON says which) the same change inserted or
 *   deleted: the cascade of a delete, or its undo;
 * - an insert of one of those in a change that inserted actors, persons or
 *   groups: an import, the example, an undone delete. An insert has no
 *   JSON; telling whose it is would take a lookup per row, and an import
 *   holds 200 000 links.
 */
static GPtrArray *
collect_entries (MitStore  *self,
                 guint      max,
                 GError   **error)
{
  static const char sql[] =
    "SELECT change, stamp, tbl, row_id, uid, op, "
    "  json_extract (coalesce (old, new), '$.group_id'), "
    "  json_extract (coalesce (old, new), '$.actor_id'), "
    "  json_extract (coalesce (old, new), '$.person_id'), "
    "  json_extract (old, '$.contact_id'), json_extract (new, '$.contact_id') "
    "FROM history ORDER BY id DESC";
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GHashTable) seen = NULL;     /* record key → Entry, in the current change */
  g_autoptr(GHashTable) parents = NULL;  /* of the current change, read when needed */
  int inserts_parent = -1;               /* of the current change; -1 not known yet */
  sqlite3_stmt *stmt;
  gint64 current_change = -1;
  guint n_listed = 0;
  guint n_read = 0;
  int rc;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && n_read++ < MAX_ROWS_READ)
    {
      gint64 change = sqlite3_column_int64 (stmt, 0);
      const char *op = (const char *) sqlite3_column_text (stmt, 5);
      gboolean child;
      Table table;
      Entry *entry;
      gint64 key;

      if (!table_from_name ((const char *) sqlite3_column_text (stmt, 2), &table) || op == NULL)
        continue;

      if (change != current_change)
        {
          current_change = change;
          g_clear_pointer (&seen, g_hash_table_unref);
          g_clear_pointer (&parents, g_hash_table_unref);
          inserts_parent = -1;
          seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
        }

      child = table == TABLE_ASSESSMENT || table == TABLE_CHANNEL || table == TABLE_AFFILIATION;
      if (child && op[0] == 'i')
        {
          if (inserts_parent < 0)
            inserts_parent = change_inserts_parent (self, change);
          if (inserts_parent)
            continue;
        }

      key = record_key (table, sqlite3_column_int64 (stmt, 3));
      entry = g_hash_table_lookup (seen, &key);
      if (entry != NULL)
        {
          /* Reading backwards, a delete comes before the updates that
           * led to it, and inserts (written at commit) before the updates
           * of the new row. */
          if (op[0] == 'd' || (op[0] == 'i' && entry->op != 'd'))
            entry->op = op[0];
          continue;
        }
      /* Later rows of the records listed would only say the same. */
      if (n_listed >= max)
        break;

      entry = g_new0 (Entry, 1);
      entry->change = change;
      entry->stamp = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->table = table;
      entry->row_id = sqlite3_column_int64 (stmt, 3);
      entry->uid = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      entry->op = op[0];
      g_hash_table_insert (seen, g_memdup2 (&key, sizeof key), entry);
      g_ptr_array_add (entries, entry);

      if (child && op[0] != 'i')
        {
          RowFacts facts = {
            .group_id = sqlite3_column_int64 (stmt, 6),
            .actor_id = sqlite3_column_int64 (stmt, 7),
            .person_id = sqlite3_column_int64 (stmt, 8),
            .contact_id = sqlite3_column_int64 (stmt, 9),
          };
          gboolean part_of_parent;

          if (parents == NULL && !(parents = list_parents_of_change (self, change, error)))
            {
              sqlite3_reset (stmt);
              return NULL;
            }
          part_of_parent = belongs_to_parent_change (parents, table, &facts);
          /* A contact person brought back by undo */
          facts.contact_id = sqlite3_column_int64 (stmt, 10);
          part_of_parent |= belongs_to_parent_change (parents, table, &facts);
          if (part_of_parent)
            {
              entry->part_of_parent = TRUE;
              continue;
            }
        }
      n_listed++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the history"));
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/* The name, and the record to open, of one entry; NULL when nothing is
 * known of it any more. */
static MitRecentChange *
resolve_entry (MitStore *self,
               Entry    *entry)
{
  g_auto(RowFacts) facts = { 0, };
  g_auto(RowFacts) owner = { 0, };
  g_autoptr(MitRecentChange) change = NULL;
  gboolean exists = FALSE;
  gboolean owner_exists = FALSE;
  Table owner_table;
  gint64 owner_id;

  if (!read_row (self, entry->table, entry->row_id, entry->uid, entry->change, &facts, &exists))
    return NULL;

  change = g_object_new (MIT_TYPE_RECENT_CHANGE, NULL);
  change->change = entry->change;
  change->stamp = g_strdup (entry->stamp);
  change->kind = tables[entry->table].kind;
  change->record_id = entry->row_id;
  change->op = entry->op == 'i' ? MIT_CHANGE_ADDED
             : entry->op == 'd' ? MIT_CHANGE_DELETED
             : MIT_CHANGE_CHANGED;

  switch (entry->table)
    {
    case TABLE_ACTOR:
    case TABLE_PERSON:
    case TABLE_TARGET_GROUP:
      if (facts.name == NULL)
        return NULL;
      change->name = g_steal_pointer (&facts.name);
      if (exists)
        {
          change->target_kind = change->kind;
          change->target_id = facts.id;
        }
      return g_steal_pointer (&change);

    case TABLE_ASSESSMENT:
    case TABLE_CHANNEL:
      owner_table = TABLE_TARGET_GROUP;
      owner_id = facts.group_id;
      break;

    case TABLE_AFFILIATION:
    case N_TABLES:
    default:
      owner_table = TABLE_ACTOR;
      owner_id = facts.actor_id;
      break;
    }

  if (!read_row (self, owner_table, owner_id, NULL, entry->change, &owner, &owner_exists) ||
      owner.name == NULL)
    return NULL;
  change->name = g_steal_pointer (&owner.name);
  if (owner_exists)
    {
      change->target_kind = tables[owner_table].kind;
      change->target_id = owner.id;
    }
  return g_steal_pointer (&change);
}

GPtrArray *
mit_store_list_recent_changes (MitStore  *self,
                               guint      max,
                               GError   **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(entries = collect_entries (self, max, error)))
    return NULL;

  changes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      MitRecentChange *change;

      if (entry->part_of_parent)
        continue;
      if ((change = resolve_entry (self, entry)) != NULL)
        g_ptr_array_add (changes, change);
    }
  return g_steal_pointer (&changes);
}

/* ---- how old is too old ---------------------------------------------------- */

#define STALE_MONTHS_KEY "stale-months"

guint
mit_store_get_stale_months (MitStore *self)
{
  g_autofree char *value = NULL;
  guint64 months;

  g_return_val_if_fail (MIT_IS_STORE (self), MIT_GAP_DEFAULT_STALE_MONTHS);

  value = mit_store_get_setting (self, STALE_MONTHS_KEY);
  if (value == NULL ||
      !g_ascii_string_to_unsigned (value, 10, MIT_STALE_MONTHS_MIN, MIT_STALE_MONTHS_MAX,
                                   &months, NULL))
    return MIT_GAP_DEFAULT_STALE_MONTHS;
  return months;
}

gboolean
mit_store_set_stale_months (MitStore  *self,
                            guint      months,
                            GError   **error)
{
  char value[16];

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (months < MIT_STALE_MONTHS_MIN || months > MIT_STALE_MONTHS_MAX)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("The age of out-of-date records must be between %d and %d months."),
                   MIT_STALE_MONTHS_MIN, MIT_STALE_MONTHS_MAX);
      return FALSE;
    }
  g_snprintf (value, sizeof value, "%u", months);
  return mit_store_set_setting (self, STALE_MONTHS_KEY, value, error);
}
