/* mit-query-model.h: a GListModel over a query of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-store.h"

G_BEGIN_DECLS

#define MIT_TYPE_QUERY_MODEL (mit_query_model_get_type ())
G_DECLARE_FINAL_TYPE (MitQueryModel, mit_query_model, MIT, QUERY_MODEL, GObject)

/* Holds only the ordered row ids of the query; the row objects (MitActor or
 * MitPerson, by @kind) are loaded a page at a time when asked for and kept
 * in a small cache. Follows MitStore::changed with minimal items-changed. */
MitQueryModel *mit_query_model_new               (MitStore             *store,
                                                  MitRecordKind         kind);
MitStore      *mit_query_model_get_store         (MitQueryModel        *self);
/* For actor models */
void           mit_query_model_set_actor_filter  (MitQueryModel        *self,
                                                  const MitActorFilter *filter);
/* For person models */
void           mit_query_model_set_search_text   (MitQueryModel        *self,
                                                  const char           *text);
/* Re-runs the query now (also done on MitStore::changed). */
void           mit_query_model_reload            (MitQueryModel        *self);
/* Position of the row with this id, or G_MAXUINT. */
guint          mit_query_model_find_id           (MitQueryModel        *self,
                                                  gint64                id);
gint64         mit_query_model_get_id            (MitQueryModel        *self,
                                                  guint                 position);
/* How many pages were loaded from the database so far (for tests). */
guint          mit_query_model_get_pages_loaded  (MitQueryModel        *self);

G_END_DECLS
