/* mit-sync-status.h: the progress of a portal sync, for the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-sync-runner.h"

G_BEGIN_DECLS

#define MIT_TYPE_SYNC_STATUS (mit_sync_status_get_type ())
G_DECLARE_FINAL_TYPE (MitSyncStatus, mit_sync_status, MIT, SYNC_STATUS, GtkWidget)

/* A bar that slides in while @runner syncs: what it does, a progress bar
 * and a Stop button (mit_sync_runner_cancel()). */
GtkWidget *mit_sync_status_new (MitSyncRunner *runner);

G_END_DECLS
