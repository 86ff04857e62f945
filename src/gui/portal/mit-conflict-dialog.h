/* mit-conflict-dialog.h: a record changed here and on the portal, both
 * versions side by side, chosen field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_CONFLICT_DIALOG (mit_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitConflictDialog, mit_conflict_dialog, MIT, CONFLICT_DIALOG, AdwWindow)

/* For the conflict of origin @origin_id (see mit_store_list_conflicts()):
 * the record's name and, per conflicting field, the value here and the
 * portal's, each a toggle button (side by side; stacked in a narrow
 * window). "Apply" (action "conflict.apply") settles it with
 * mit_portal_resolve_conflict(), emits "resolved" and closes. Every field
 * starts on the value here. Returns NULL (with a warning) when there is no
 * such conflict. Other actions: "conflict.choose-all" (b: TRUE for the
 * portal's values). */
MitConflictDialog *mit_conflict_dialog_new            (GtkWindow         *parent,
                                                       MitStore          *store,
                                                       gint64             origin_id);

/* Chooses for the field @key (an origin field key, "name") the portal's
 * value (@theirs TRUE) or the one here. Returns whether the field is in
 * conflict. */
gboolean           mit_conflict_dialog_choose         (MitConflictDialog *self,
                                                       const char        *key,
                                                       gboolean           theirs);
/* The keys of the fields in conflict, in the order shown. */
GStrv              mit_conflict_dialog_dup_keys       (MitConflictDialog *self);

/* A field's canonical value (see MitPortalField) as people read it: kinds
 * and fields of action by their labels, yes/no for flags, the venue's
 * name; "" stays "". Caller frees. */
char              *mit_conflict_format_value          (MitStore          *store,
                                                       const char        *tbl,
                                                       const char        *key,
                                                       const char        *value);

G_END_DECLS
