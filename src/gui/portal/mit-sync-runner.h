/* mit-sync-runner.h: syncing every portal subscription, on demand and
 * periodically, with progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-portal-client.h"
#include "mit-portal-sync.h"

G_BEGIN_DECLS

#define MIT_TYPE_SYNC_RUNNER (mit_sync_runner_get_type ())
G_DECLARE_FINAL_TYPE (MitSyncRunner, mit_sync_runner, MIT, SYNC_RUNNER, GObject)

/* A runner for @store, which it does not keep alive: once the store is
 * gone, the runner does nothing. */
MitSyncRunner   *mit_sync_runner_new            (MitStore      *store);
/* The one runner of @store, made on the first call and kept as long as
 * the store lives, so that the window and the preferences share it. */
MitSyncRunner   *mit_sync_runner_get_for_store  (MitStore      *store);

MitStore        *mit_sync_runner_get_store      (MitSyncRunner *self);
/* The client the runner uses for the portal at @base_url, made on first
 * use (tests shorten its timeouts). */
MitPortalClient *mit_sync_runner_get_client     (MitSyncRunner *self,
                                                 const char    *base_url);

/* Syncs every subscription, one after the other, in worker threads.
 * Returns FALSE (and does nothing) while a sync runs, when there is no
 * subscription, or for a database in memory. Emits "progress" while it runs and "finished" once. */
gboolean         mit_sync_runner_start          (MitSyncRunner *self);
/* The same for one subscription. */
gboolean         mit_sync_runner_start_one      (MitSyncRunner *self,
                                                 gint64         subscription_id);
/* Stops the sync under way: the subscription being synced is left as it
 * was, the ones after it are not synced; "finished" follows. */
void             mit_sync_runner_cancel         (MitSyncRunner *self);

gboolean         mit_sync_runner_get_running    (MitSyncRunner *self);
/* The part done (0…1) of the current or last sync, and what it does, for
 * people ("Stadt Augsburg: Downloading events"). */
double           mit_sync_runner_get_fraction   (MitSyncRunner *self);
const char      *mit_sync_runner_get_what       (MitSyncRunner *self);
/* What the last sync brought, summed over the subscriptions. */
const MitSyncCounts *mit_sync_runner_get_counts (MitSyncRunner *self,
                                                 MitSyncKind    kind);

/* Whether subscriptions with an interval are synced periodically while
 * the runner lives (off until the window turns it on). */
gboolean         mit_sync_runner_get_periodic   (MitSyncRunner *self);
void             mit_sync_runner_set_periodic   (MitSyncRunner *self,
                                                 gboolean       periodic);
/* Call after subscriptions were added, changed or removed: re-reads their
 * intervals and emits "subscriptions-changed". */
void             mit_sync_runner_subscriptions_changed (MitSyncRunner *self);
/* Whether the current or last sync was a periodic one (not asked for),
 * e.g. to toast its "finished" only when it failed or brought news. */
gboolean         mit_sync_runner_get_automatic  (MitSyncRunner *self);
/* When the next periodic sync is due (Unix time), 0 when none is. */
gint64           mit_sync_runner_get_next_run   (MitSyncRunner *self);

G_END_DECLS
