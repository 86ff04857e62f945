/* mit-portal-sync.h: bringing a portal's region into the store, and
 * keeping it current without losing a local edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-portal-client.h"

G_BEGIN_DECLS

typedef enum
{
  MIT_SYNC_ACTORS,   /* from the portal's locations */
  MIT_SYNC_EVENTS,
  MIT_SYNC_TOPICS,   /* from its pages */
  MIT_SYNC_N_KINDS,
} MitSyncKind;

typedef struct
{
  guint added;
  guint updated;
  guint removed;     /* marked "removed from portal" */
  guint conflicts;   /* new conflicts with a local edit */
  guint unchanged;
} MitSyncCounts;

typedef struct
{
  MitSyncCounts counts[MIT_SYNC_N_KINDS];
  gboolean      wrote;   /* whether the database was written at all */
} MitSyncReport;

/* What one download of a subscription brought, parsed: the locations and
 * events in the region's default language (the first of the
 * subscription's), the pages in each of its languages. */
typedef struct
{
  char      *language;    /* of the locations and events */
  GPtrArray *locations;   /* MitPortalLocation */
  GPtrArray *events;      /* MitPortalEvent */
  GStrv      page_languages;
  GPtrArray *pages;       /* per page language, a GPtrArray of MitPortalPage */
} MitPortalSnapshot;

void mit_portal_snapshot_free (MitPortalSnapshot *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalSnapshot, mit_portal_snapshot_free)

/* Downloads and parses everything of @subscription, one request after the
 * other. @progress_func (may be NULL) is called in the caller's main
 * context with the part done (0…1) and what is being fetched, for
 * people. */
typedef void (*MitSyncProgressFunc) (double      fraction,
                                     const char *what,
                                     gpointer    user_data);

MitPortalSnapshot *mit_portal_fetch_snapshot (MitPortalClient      *client,
                                              const MitSubscription *subscription,
                                              MitSyncProgressFunc   progress_func,
                                              gpointer              progress_data,
                                              GCancellable         *cancellable,
                                              GError              **error);

/* Applies @snapshot in one transaction: new items are added, changed ones
 * updated where the record was not edited here, conflicting fields kept
 * for the user (mit_store_list_conflicts()), items the portal no longer
 * lists marked removed. Nothing is written when nothing changed. On error
 * nothing is written at all. May update @subscription's category map and
 * last_sync (and saves them in the same transaction). */
gboolean mit_portal_sync_apply (MitStore          *store,
                                MitSubscription   *subscription,
                                MitPortalSnapshot *snapshot,
                                MitSyncReport     *report,
                                GError           **error);

/* Settles a conflict: for each field in @take_theirs (a set of field keys)
 * the portal's value replaces the one here; the others keep the local
 * value. Either way the portal's value becomes the new base, so the next
 * sync brings only newer changes. One transaction. */
gboolean mit_portal_resolve_conflict (MitStore    *store,
                                      gint64       origin_id,
                                      GHashTable  *take_theirs,
                                      GError     **error);

/* Download and apply in one go, synchronously (for the command line, and
 * worker threads). */
gboolean mit_portal_sync_run (MitStore        *store,
                              MitPortalClient *client,
                              MitSubscription *subscription,
                              MitSyncReport   *report,
                              GCancellable    *cancellable,
                              GError         **error);

/* The whole sync of @subscription in a worker thread, on a second
 * connection to the database at @path; the download runs there too.
 * Progress is reported in the caller's main context. The result holds a
 * MitSyncReport (mit_portal_sync_finish()). */
void     mit_portal_sync_async  (const char            *path,
                                 MitPortalClient       *client,
                                 const MitSubscription *subscription,
                                 MitSyncProgressFunc    progress_func,
                                 gpointer               progress_data,
                                 GCancellable          *cancellable,
                                 GAsyncReadyCallback    callback,
                                 gpointer               user_data);
gboolean mit_portal_sync_finish (GAsyncResult          *result,
                                 MitSyncReport         *report,
                                 GError               **error);

/* "3 added, 1 updated, 0 removed, 1 conflict" for one kind. Caller frees. */
char    *mit_sync_counts_format (const MitSyncCounts *counts);

G_END_DECLS
