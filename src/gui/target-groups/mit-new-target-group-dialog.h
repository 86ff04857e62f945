/* mit-new-target-group-dialog.h: add a target group, warning when one of
 * the same name exists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_NEW_TARGET_GROUP_DIALOG (mit_new_target_group_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitNewTargetGroupDialog, mit_new_target_group_dialog, MIT, NEW_TARGET_GROUP_DIALOG, AdwWindow)

/* Emits "done" (gint64 id) with the new group, or with the existing one of
 * the same name that the user chose to open instead, then closes.
 * Actions: "new-target-group.add" (Enter in the name), "…add-anyway",
 * "…open-existing". */
MitNewTargetGroupDialog *mit_new_target_group_dialog_new (GtkWindow *parent,
                                                          MitStore  *store);

G_END_DECLS
