/* mit-store-private.h: what the core's own files share about the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "mit-store.h"

G_BEGIN_DECLS

sqlite3      *_mit_store_get_db        (MitStore    *self);
/* A cached prepared statement for @sql (a string literal), reset and with
 * its bindings cleared. Owned by the store. */
sqlite3_stmt *_mit_store_prepare       (MitStore    *self,
                                        const char  *sql,
                                        GError     **error);
/* Sets @error from the connection's last error, prefixed by @what. */
void          _mit_store_set_error     (MitStore    *self,
                                        GError     **error,
                                        int          rc,
                                        const char  *what);
/* Marks kinds of records as changed in the open transaction. */
void          _mit_store_mark_changed  (MitStore     *self,
                                        MitRecordKind kinds);
/* The key lists are sorted by: see mit-store.c. Caller frees. */
char         *_mit_store_sort_key      (const char  *text,
                                        gssize      *len);
/* Spells ı, ß, ø … as a German keyboard types them, for the search index. */
char         *_mit_store_fold_search   (const char  *text);
/* Name folded to letters and digits without accents, for duplicate checks. */
char         *_mit_store_match_key     (const char  *text);

MitStore     *_mit_store_open_at_version (const char  *path,
                                         int          target,
                                         GError     **error);

/* Helpers for the store code of other record types (mit-store-*.c). */

/* Now, as stored: "YYYY-MM-DDTHH:MM:SSZ". Caller frees. */
char         *_mit_store_now            (void);
/* A JSON array of the list's distinct non-empty items. Caller frees. */
char         *_mit_store_list_to_json   (const char * const *list);
/* Splits what the load queries join with U+001F (see ACTOR_COLUMNS in
 * mit-store.c: "(SELECT group_concat (value, char (31)) FROM json_each (x))"). */
char        **_mit_store_split_list     (const char  *joined);
/* One write of its own, or part of the open transaction: begin sets
 * @joined; pass it to commit or rollback. */
gboolean      _mit_store_write_begin    (MitStore    *self,
                                         gboolean    *joined,
                                         GError     **error);
gboolean      _mit_store_write_commit   (MitStore    *self,
                                         gboolean     joined,
                                         GError     **error);
void          _mit_store_write_rollback (MitStore    *self,
                                         gboolean     joined);
/* Steps a statement that returns no rows; sets @error (prefixed by @what). */
gboolean      _mit_store_step           (MitStore     *self,
                                         sqlite3_stmt *stmt,
                                         const char   *what,
                                         GError      **error);
/* The change number of the open transaction (for mit_store_undo()). */
gint64        _mit_store_get_change     (MitStore    *self);

void          _mit_store_bind_text      (sqlite3_stmt *stmt,
                                         int           index,
                                         const char   *text);
/* Never NULL: "" for NULL. */
const char   *_mit_store_column_text    (sqlite3_stmt *stmt,
                                         int           index);
/* Whether @sql (with the id bound as ?1) returns a row. */
gboolean      _mit_store_row_exists     (MitStore    *self,
                                         const char  *sql,
                                         gint64       id);
/* Like _mit_store_row_exists(), but sets @error (MIT_STORE_ERROR_NOT_FOUND,
 * the message @gone) when there is no such row. */
gboolean      _mit_store_require_row    (MitStore    *self,
                                         const char  *sql,
                                         gint64       id,
                                         const char  *gone,
                                         GError     **error);
/* "[1,2,3]", for "json_each (?)". Caller frees. */
char         *_mit_store_ids_to_json    (const gint64 *ids,
                                         guint         n_ids);
/* Deletes one row by id (@sql with ?1) as a change of its own or in the
 * open transaction; returns the change number for mit_store_undo(). */
gint64        _mit_store_delete_row     (MitStore      *self,
                                         const char    *sql,
                                         gint64         id,
                                         MitRecordKind  kinds,
                                         const char    *what,
                                         const char    *gone,
                                         GError       **error);
typedef enum
{
  MIT_SAVE_FAILED,     /* @error set; the transaction (or savepoint) ended */
  MIT_SAVE_UNCHANGED,  /* the row holds these values already; nothing written, ended */
  MIT_SAVE_WRITTEN,    /* written and marked changed: set the identity, then commit */
} MitSaveResult;

/* Runs the bound INSERT (@id 0) or UPDATE … WHERE id = @id of a save inside
 * the write begun with _mit_store_write_begin(@joined), where the UPDATE
 * leaves a row that is unchanged alone. Sets *@new_id when written. */
MitSaveResult _mit_store_run_save       (MitStore      *self,
                                         sqlite3_stmt  *stmt,
                                         gboolean       joined,
                                         const char    *table,
                                         gint64         id,
                                         MitRecordKind  kinds,
                                         const char    *what,
                                         const char    *gone,
                                         gint64        *new_id,
                                         GError       **error);

/* Lower case, without accents, ß ı ø … spelled out: for matching typed
 * words in C ("Ältere" ~ "altere"). Caller frees. */
char         *_mit_store_fold_for_match (const char  *text);

/* A copy of @text without leading and trailing white space; "" for NULL. */
char         *_mit_store_dup_stripped (const char *text);
/* A copy of a record's @uid, or a new random one when it has none yet. */
char         *_mit_store_dup_uid      (const char *uid);

/* Makes one object of a result row (the columns of its query). */
typedef gpointer (*MitStoreRowFunc) (sqlite3_stmt *stmt);

/* Steps @stmt (prepared and bound) and makes an object of every row with
 * @from_row. Returns a GPtrArray that unrefs its objects, or NULL with
 * @error set to @what_failed. Resets @stmt. */
GPtrArray    *_mit_store_collect      (MitStore        *self,
                                       sqlite3_stmt    *stmt,
                                       MitStoreRowFunc  from_row,
                                       const char      *what_failed,
                                       GError         **error);
/* Runs @sql with the JSON array of @ids bound to its one parameter (for
 * "… FROM json_each (?) j JOIN … ORDER BY j.key") and makes an object of
 * every row; an empty array for no ids. Errors as _mit_store_collect(). */
GPtrArray    *_mit_store_list_by_ids  (MitStore        *self,
                                       const char      *sql,
                                       const gint64    *ids,
                                       guint            n_ids,
                                       MitStoreRowFunc  from_row,
                                       const char      *what_failed,
                                       GError         **error);
/* Runs @sql with @id bound to its one parameter and makes an object of
 * every row with @from_row. Returns a GPtrArray that unrefs its objects, or
 * NULL with @error set to @what_failed ("Could not read the …"). */
GPtrArray    *_mit_store_list_by_id   (MitStore        *self,
                                       const char      *sql,
                                       gint64           id,
                                       MitStoreRowFunc  from_row,
                                       const char      *what_failed,
                                       GError         **error);

G_END_DECLS
