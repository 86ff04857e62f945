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

G_END_DECLS
