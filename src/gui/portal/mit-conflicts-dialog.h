/* mit-conflicts-dialog.h: every record changed here and on the portal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_CONFLICTS_DIALOG (mit_conflicts_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitConflictsDialog, mit_conflicts_dialog, MIT, CONFLICTS_DIALOG, AdwWindow)

/* The conflicts waiting for the user (name, actor or event, date), each
 * opening a MitConflictDialog; an empty state when there are none. Follows
 * the store. Action: "conflicts.open" (x, the origin id). */
MitConflictsDialog *mit_conflicts_dialog_new         (GtkWindow          *parent,
                                                      MitStore           *store);
/* How many rows it lists. */
guint               mit_conflicts_dialog_get_n_conflicts (MitConflictsDialog *self);

/* How many conflicts wait in @store, e.g. to show or hide a button. */
guint               mit_portal_count_conflicts       (MitStore           *store);

G_END_DECLS
