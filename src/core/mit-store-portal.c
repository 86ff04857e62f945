/* mit-store-portal.c: subscriptions, origins and topics in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * None of these rows is part of the undo history: they describe where
 * records came from, not the network itself. The actors and events a sync
 * writes go through mit_store_save_actor() and mit_store_save_event() and
 * are recorded as any other change.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mit-store-portal.h"
#include "mit-store-private.h"

/* ---- subscriptions ------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (MitSubscription, mit_subscription,
                     mit_subscription_copy, mit_subscription_free)

MitSubscription *
mit_subscription_new (const char *base_url,
                      const char *region)
{
  MitSubscription *self = g_new0 (MitSubscription, 1);

  self->uid = g_strdup ("");
  self->base_url = g_strdup (base_url ? base_url : "");
  self->region = g_strdup (region ? region : "");
  self->region_name = g_strdup ("");
  self->languages = g_new0 (char *, 1);
  self->category_map = g_strdup ("{}");
  self->last_sync = g_strdup ("");
  return self;
}

MitSubscription *
mit_subscription_copy (const MitSubscription *self)
{
  MitSubscription *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (MitSubscription, 1);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->base_url = g_strdup (self->base_url);
  copy->region = g_strdup (self->region);
  copy->region_name = g_strdup (self->region_name);
  copy->languages = g_strdupv (self->languages);
  copy->category_map = g_strdup (self->category_map);
  copy->interval_minutes = self->interval_minutes;
  copy->last_sync = g_strdup (self->last_sync);
  return copy;
}

void
mit_subscription_free (MitSubscription *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->base_url);
  g_free (self->region);
  g_free (self->region_name);
  g_strfreev (self->languages);
  g_free (self->category_map);
  g_free (self->last_sync);
  g_free (self);
}

/* Whether @url is http(s)://host… */
static gboolean
is_portal_url (const char *url)
{
  g_autoptr(GUri) uri = url ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_str_equal (scheme, "https") || g_str_equal (scheme, "http"))
         && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static gboolean
is_slug (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
validate_subscription (MitSubscription  *subscription,
                       GError          **error)
{
  if (!is_portal_url (subscription->base_url))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("“%s” is not the web address of a portal. It starts with https:// and names a host."),
                   subscription->base_url ? subscription->base_url : "");
      return FALSE;
    }
  if (!is_slug (subscription->region))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("“%s” is not a region of a portal. Pick the region from the list."),
                   subscription->region ? subscription->region : "");
      return FALSE;
    }
  if (subscription->languages == NULL || subscription->languages[0] == NULL)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A subscription needs at least one language."));
      return FALSE;
    }
  for (guint i = 0; subscription->languages[i]; i++)
    if (!is_slug (subscription->languages[i]))
      {
        g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                     _("“%s” is not a language code."), subscription->languages[i]);
        return FALSE;
      }
  return TRUE;
}

#define SUBSCRIPTION_COLUMNS \
  "id, uid, base_url, region, region_name, " \
  "(SELECT group_concat (value, char (31)) FROM json_each (languages)), " \
  "category_map, interval_minutes, last_sync"

static gpointer
subscription_from_row (sqlite3_stmt *stmt)
{
  MitSubscription *self = g_new0 (MitSubscription, 1);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uid = g_strdup (_mit_store_column_text (stmt, 1));
  self->base_url = g_strdup (_mit_store_column_text (stmt, 2));
  self->region = g_strdup (_mit_store_column_text (stmt, 3));
  self->region_name = g_strdup (_mit_store_column_text (stmt, 4));
  self->languages = _mit_store_split_list (_mit_store_column_text (stmt, 5));
  self->category_map = g_strdup (_mit_store_column_text (stmt, 6));
  self->interval_minutes = sqlite3_column_int (stmt, 7);
  self->last_sync = g_strdup (_mit_store_column_text (stmt, 8));
  return self;
}

gboolean
mit_store_save_subscription (MitStore         *self,
                             MitSubscription  *subscription,
                             GError          **error)
{
  static const char insert_sql[] =
    "INSERT OR FAIL INTO subscription (base_url, region, region_name, languages, category_map, "
    "interval_minutes, last_sync, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)";
  static const char update_sql[] =
    "UPDATE OR FAIL subscription SET base_url = ?1, region = ?2, region_name = ?3, "
    "languages = ?4, category_map = ?5, interval_minutes = ?6, last_sync = ?7, modified = ?9 "
    "WHERE id = ?10";
  g_autofree char *base_url = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  gboolean joined;
  gboolean inserting;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (subscription != NULL, FALSE);

  if (!validate_subscription (subscription, error))
    return FALSE;

  /* "https://host/" and "https://host" are one portal. */
  base_url = g_strdup (subscription->base_url);
  while (g_str_has_suffix (base_url, "/"))
    base_url[strlen (base_url) - 1] = '\0';

  inserting = subscription->id == 0;
  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    return FALSE;

  now = _mit_store_now ();
  uid = _mit_store_dup_uid (subscription->uid);
  languages = _mit_store_list_to_json ((const char * const *)subscription->languages);
  _mit_store_bind_text (stmt, 1, base_url);
  _mit_store_bind_text (stmt, 2, subscription->region);
  _mit_store_bind_text (stmt, 3, subscription->region_name);
  _mit_store_bind_text (stmt, 4, languages);
  _mit_store_bind_text (stmt, 5, subscription->category_map && *subscription->category_map
                                 ? subscription->category_map : "{}");
  sqlite3_bind_int (stmt, 6, subscription->interval_minutes);
  _mit_store_bind_text (stmt, 7, subscription->last_sync);
  if (inserting)
    _mit_store_bind_text (stmt, 8, uid);
  _mit_store_bind_text (stmt, 9, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 10, subscription->id);

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("You have subscribed to the region “%s” of this portal already."),
                   subscription->region);
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not save the subscription"));
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  if (!inserting && sqlite3_changes (_mit_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The subscription no longer exists."));
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  if (inserting)
    subscription->id = sqlite3_last_insert_rowid (_mit_store_get_db (self));
  if (!_mit_store_write_commit (self, joined, error))
    {
      if (inserting)
        subscription->id = 0;
      return FALSE;
    }
  g_free (subscription->uid);
  subscription->uid = g_steal_pointer (&uid);
  g_free (subscription->base_url);
  subscription->base_url = g_steal_pointer (&base_url);
  return TRUE;
}

GPtrArray *
mit_store_list_subscriptions (MitStore  *self,
                              GError   **error)
{
  static const char sql[] =
    "SELECT " SUBSCRIPTION_COLUMNS " FROM subscription ORDER BY base_url, region";
  sqlite3_stmt *stmt;
  GPtrArray *list;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  list = _mit_store_collect (self, stmt, subscription_from_row,
                             _("Could not read the subscriptions"), error);
  if (list)
    g_ptr_array_set_free_func (list, (GDestroyNotify)mit_subscription_free);
  return list;
}

MitSubscription *
mit_store_load_subscription (MitStore  *self,
                             gint64     id,
                             GError   **error)
{
  static const char sql[] =
    "SELECT " SUBSCRIPTION_COLUMNS " FROM subscription WHERE id = ?";
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  list = _mit_store_list_by_id (self, sql, id, subscription_from_row,
                                _("Could not read the subscription"), error);
  if (list == NULL)
    return NULL;
  g_ptr_array_set_free_func (list, (GDestroyNotify)mit_subscription_free);
  if (list->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The subscription no longer exists."));
      return NULL;
    }
  return g_ptr_array_steal_index (list, 0);
}

gboolean
mit_store_delete_subscription (MitStore  *self,
                               gint64     id,
                               GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean joined;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (!(stmt = _mit_store_prepare (self, "DELETE FROM subscription WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!_mit_store_step (self, stmt, _("Could not end the subscription"), error))
    {
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  return _mit_store_write_commit (self, joined, error);
}

/* ---- origins ------------------------------------------------------------ */

void
mit_origin_free (MitOrigin *self)
{
  if (self == NULL)
    return;
  g_free (self->tbl);
  g_free (self->language);
  g_free (self->key);
  g_free (self->hash);
  g_free (self->base);
  g_free (self->theirs);
  g_free (self->removed);
  g_free (self);
}

#define ORIGIN_COLUMNS \
  "o.id, o.subscription_id, o.tbl, o.language, o.key, o.row_id, o.hash, o.base, o.theirs, o.removed"

static gpointer
origin_from_row (sqlite3_stmt *stmt)
{
  MitOrigin *self = g_new0 (MitOrigin, 1);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->subscription_id = sqlite3_column_int64 (stmt, 1);
  self->tbl = g_strdup (_mit_store_column_text (stmt, 2));
  self->language = g_strdup (_mit_store_column_text (stmt, 3));
  self->key = g_strdup (_mit_store_column_text (stmt, 4));
  self->row_id = sqlite3_column_int64 (stmt, 5);
  self->hash = g_strdup (_mit_store_column_text (stmt, 6));
  self->base = g_strdup (_mit_store_column_text (stmt, 7));
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    self->theirs = g_strdup (_mit_store_column_text (stmt, 8));
  self->removed = g_strdup (_mit_store_column_text (stmt, 9));
  return self;
}

GHashTable *
mit_store_load_origins (MitStore    *self,
                        gint64       subscription_id,
                        const char  *tbl,
                        GError     **error)
{
  static const char sql[] =
    "SELECT " ORIGIN_COLUMNS " FROM origin o WHERE o.subscription_id = ?1 AND o.tbl = ?2";
  g_autoptr(GPtrArray) list = NULL;
  GHashTable *origins;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, subscription_id);
  _mit_store_bind_text (stmt, 2, tbl);
  list = _mit_store_collect (self, stmt, origin_from_row,
                             _("Could not read where the records came from"), error);
  if (list == NULL)
    return NULL;

  origins = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify)mit_origin_free);
  for (guint i = 0; i < list->len; i++)
    {
      MitOrigin *origin = g_ptr_array_index (list, i);
      /* The key lives as long as the origin: the table owns both. */
      g_hash_table_replace (origins, origin->key, origin);
    }
  g_ptr_array_set_free_func (list, NULL);
  return origins;
}

MitOrigin *
mit_store_find_origin (MitStore    *self,
                       const char  *tbl,
                       gint64       row_id,
                       GError     **error)
{
  static const char sql[] =
    "SELECT " ORIGIN_COLUMNS " FROM origin o WHERE o.tbl = ?1 AND o.row_id = ?2 "
    "ORDER BY o.id LIMIT 1";
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  _mit_store_bind_text (stmt, 1, tbl);
  sqlite3_bind_int64 (stmt, 2, row_id);
  list = _mit_store_collect (self, stmt, origin_from_row,
                             _("Could not read where the record came from"), error);
  if (list == NULL || list->len == 0)
    return NULL;
  g_ptr_array_set_free_func (list, (GDestroyNotify)mit_origin_free);
  return g_ptr_array_steal_index (list, 0);
}

gboolean
mit_store_put_origin (MitStore   *self,
                      MitOrigin  *origin,
                      GError    **error)
{
  static const char sql[] =
    "INSERT INTO origin (subscription_id, tbl, language, key, row_id, hash, base, theirs, "
    "removed, synced) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (subscription_id, tbl, key) DO UPDATE SET language = ?3, row_id = ?5, "
    "hash = ?6, base = ?7, theirs = ?8, removed = ?9, synced = ?10 "
    "RETURNING id";
  g_autofree char *now = _mit_store_now ();
  sqlite3_stmt *stmt;
  gboolean joined;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (origin != NULL, FALSE);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, origin->subscription_id);
  _mit_store_bind_text (stmt, 2, origin->tbl);
  _mit_store_bind_text (stmt, 3, origin->language);
  _mit_store_bind_text (stmt, 4, origin->key);
  sqlite3_bind_int64 (stmt, 5, origin->row_id);
  _mit_store_bind_text (stmt, 6, origin->hash);
  _mit_store_bind_text (stmt, 7, origin->base && *origin->base ? origin->base : "{}");
  if (origin->theirs)
    _mit_store_bind_text (stmt, 8, origin->theirs);
  _mit_store_bind_text (stmt, 9, origin->removed);
  _mit_store_bind_text (stmt, 10, now);

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      origin->id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not record where a record came from"));
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  return _mit_store_write_commit (self, joined, error);
}

GPtrArray *
mit_store_list_conflicts (MitStore  *self,
                          GError   **error)
{
  static const char sql[] =
    "SELECT " ORIGIN_COLUMNS " FROM origin o "
    "WHERE o.theirs IS NOT NULL AND ("
    "  (o.tbl = 'actor' AND EXISTS (SELECT 1 FROM actor WHERE id = o.row_id)) OR "
    "  (o.tbl = 'event' AND EXISTS (SELECT 1 FROM event WHERE id = o.row_id))) "
    "ORDER BY o.synced DESC, o.id";
  sqlite3_stmt *stmt;
  GPtrArray *list;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  list = _mit_store_collect (self, stmt, origin_from_row,
                             _("Could not read the conflicts"), error);
  if (list)
    g_ptr_array_set_free_func (list, (GDestroyNotify)mit_origin_free);
  return list;
}

/* ---- topics ------------------------------------------------------------- */

void
mit_topic_free (MitTopic *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->path);
  g_free (self->parent_path);
  g_free (self->title);
  g_free (self->content);
  g_free (self->last_updated);
  g_free (self->hash);
  g_free (self->removed);
  g_free (self);
}

#define TOPIC_COLUMNS \
  "id, subscription_id, language, path, parent_path, position, title, content, " \
  "last_updated, hash, removed"

static gpointer
topic_from_row (sqlite3_stmt *stmt)
{
  MitTopic *self = g_new0 (MitTopic, 1);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->subscription_id = sqlite3_column_int64 (stmt, 1);
  self->language = g_strdup (_mit_store_column_text (stmt, 2));
  self->path = g_strdup (_mit_store_column_text (stmt, 3));
  self->parent_path = g_strdup (_mit_store_column_text (stmt, 4));
  self->position = sqlite3_column_int (stmt, 5);
  self->title = g_strdup (_mit_store_column_text (stmt, 6));
  self->content = g_strdup (_mit_store_column_text (stmt, 7));
  self->last_updated = g_strdup (_mit_store_column_text (stmt, 8));
  self->hash = g_strdup (_mit_store_column_text (stmt, 9));
  self->removed = g_strdup (_mit_store_column_text (stmt, 10));
  return self;
}

GHashTable *
mit_store_load_topic_hashes (MitStore    *self,
                             gint64       subscription_id,
                             const char  *language,
                             GError     **error)
{
  static const char sql[] =
    "SELECT path, hash || CASE WHEN removed = '' THEN '' ELSE '-removed' END "
    "FROM topic WHERE subscription_id = ?1 AND language = ?2";
  GHashTable *hashes;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, subscription_id);
  _mit_store_bind_text (stmt, 2, language);

  hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (hashes,
                          g_strdup (_mit_store_column_text (stmt, 0)),
                          g_strdup (_mit_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the topics"));
      g_hash_table_unref (hashes);
      return NULL;
    }
  return hashes;
}

gboolean
mit_store_put_topic (MitStore  *self,
                     MitTopic  *topic,
                     GError   **error)
{
  static const char sql[] =
    "INSERT INTO topic (subscription_id, language, path, parent_path, position, title, "
    "content, last_updated, hash, removed, synced) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
    "ON CONFLICT (subscription_id, language, path) DO UPDATE SET parent_path = ?4, "
    "position = ?5, title = ?6, content = ?7, last_updated = ?8, hash = ?9, removed = ?10, "
    "synced = ?11 RETURNING id";
  g_autofree char *now = _mit_store_now ();
  sqlite3_stmt *stmt;
  gboolean joined;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (topic != NULL && topic->path != NULL, FALSE);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, topic->subscription_id);
  _mit_store_bind_text (stmt, 2, topic->language);
  _mit_store_bind_text (stmt, 3, topic->path);
  _mit_store_bind_text (stmt, 4, topic->parent_path);
  sqlite3_bind_int (stmt, 5, topic->position);
  _mit_store_bind_text (stmt, 6, topic->title);
  _mit_store_bind_text (stmt, 7, topic->content);
  _mit_store_bind_text (stmt, 8, topic->last_updated);
  _mit_store_bind_text (stmt, 9, topic->hash);
  _mit_store_bind_text (stmt, 10, topic->removed);
  _mit_store_bind_text (stmt, 11, now);

  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      topic->id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not save a topic"));
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  _mit_store_mark_changed (self, MIT_RECORD_TOPIC);
  return _mit_store_write_commit (self, joined, error);
}

gboolean
mit_store_mark_topic_removed (MitStore    *self,
                              gint64       subscription_id,
                              const char  *language,
                              const char  *path,
                              GError     **error)
{
  static const char sql[] =
    "UPDATE topic SET removed = strftime ('%Y-%m-%d', 'now') "
    "WHERE subscription_id = ?1 AND language = ?2 AND path = ?3 AND removed = ''";
  sqlite3_stmt *stmt;
  gboolean joined;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, subscription_id);
  _mit_store_bind_text (stmt, 2, language);
  _mit_store_bind_text (stmt, 3, path);
  if (!_mit_store_write_begin (self, &joined, error))
    return FALSE;
  if (!_mit_store_step (self, stmt, _("Could not mark a topic as removed"), error))
    {
      _mit_store_write_rollback (self, joined);
      return FALSE;
    }
  if (sqlite3_changes (_mit_store_get_db (self)) > 0)
    _mit_store_mark_changed (self, MIT_RECORD_TOPIC);
  return _mit_store_write_commit (self, joined, error);
}

/* "lang\npath": topics are a tree per language. */
static char *
tree_key (const char *language,
          const char *path)
{
  return g_strconcat (language, "\n", path, NULL);
}

/* Appends the children of @key (recursively, depth first) to @out. */
static void
append_subtree (GPtrArray  *out,
                GHashTable *children,
                const char *key,
                guint       depth)
{
  GPtrArray *kids = g_hash_table_lookup (children, key);

  /* A cycle in the portal's tree must not recurse forever. */
  if (depth > 64)
    return;
  for (guint i = 0; kids && i < kids->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (kids, i);
      g_autofree char *child_key = tree_key (topic->language, topic->path);

      g_ptr_array_add (out, topic);
      append_subtree (out, children, child_key, depth + 1);
    }
}

GPtrArray *
mit_store_list_topics (MitStore    *self,
                       const char  *language,
                       GError     **error)
{
  static const char sql[] =
    "SELECT " TOPIC_COLUMNS " FROM topic WHERE ?1 IS NULL OR language = ?1 "
    "ORDER BY language, subscription_id, position, title, path";
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) paths = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) roots = NULL;
  GPtrArray *out;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  if (language)
    _mit_store_bind_text (stmt, 1, language);
  rows = _mit_store_collect (self, stmt, topic_from_row, _("Could not read the topics"), error);
  if (rows == NULL)
    return NULL;

  paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (rows, i);
      g_hash_table_add (paths, tree_key (topic->language, topic->path));
    }

  /* Group by parent; a topic whose parent is not here is a root (the
   * portal leaves out archived parents). */
  roots = g_ptr_array_new ();
  children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (rows, i);
      g_autofree char *parent_key = tree_key (topic->language, topic->parent_path);
      GPtrArray *kids;

      if (*topic->parent_path == '\0' || !g_hash_table_contains (paths, parent_key))
        {
          g_ptr_array_add (roots, topic);
          continue;
        }
      kids = g_hash_table_lookup (children, parent_key);
      if (kids == NULL)
        {
          kids = g_ptr_array_new ();
          g_hash_table_insert (children, g_steal_pointer (&parent_key), kids);
        }
      g_ptr_array_add (kids, topic);
    }

  /* @out takes the topics over; those a cycle leaves out are freed. */
  out = g_ptr_array_new_with_free_func ((GDestroyNotify)mit_topic_free);
  for (guint i = 0; i < roots->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (roots, i);
      g_autofree char *key = tree_key (topic->language, topic->path);

      g_ptr_array_add (out, topic);
      append_subtree (out, children, key, 0);
    }
  g_ptr_array_set_free_func (rows, NULL);
  if (out->len != rows->len)
    {
      g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < out->len; i++)
        g_hash_table_add (taken, g_ptr_array_index (out, i));
      for (guint i = 0; i < rows->len; i++)
        if (!g_hash_table_contains (taken, g_ptr_array_index (rows, i)))
          mit_topic_free (g_ptr_array_index (rows, i));
    }
  return out;
}

MitTopic *
mit_store_find_topic (MitStore    *self,
                      const char  *path,
                      GError     **error)
{
  static const char sql[] =
    "SELECT " TOPIC_COLUMNS " FROM topic WHERE path = ?1 ORDER BY removed <> '', id LIMIT 1";
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  _mit_store_bind_text (stmt, 1, path);
  list = _mit_store_collect (self, stmt, topic_from_row, _("Could not read the topic"), error);
  if (list == NULL || list->len == 0)
    return NULL;
  g_ptr_array_set_free_func (list, (GDestroyNotify)mit_topic_free);
  return g_ptr_array_steal_index (list, 0);
}

char **
mit_store_list_topic_languages (MitStore  *self,
                                GError   **error)
{
  static const char sql[] = "SELECT DISTINCT language FROM topic ORDER BY language";
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, _mit_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the topics"));
      return NULL;
    }
  return g_strv_builder_end (builder);
}
