/* mit-steering-group-dialog.h: the steering group's members in a window of
 * their own, opened from the meeting list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-steering-group-page.h"

G_BEGIN_DECLS

#define MIT_TYPE_STEERING_GROUP_DIALOG (mit_steering_group_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitSteeringGroupDialog, mit_steering_group_dialog, MIT, STEERING_GROUP_DIALOG, AdwWindow)

/* A window transient for @parent (not modal, so that the undo toast of
 * the parent window can be used) showing a MitSteeringGroupPage; Escape
 * closes it. What the page asks of the window ("win.offer-undo",
 * "win.show-person", "win.show-actor") goes to @parent; showing a record
 * closes the dialog so that it can be seen. */
MitSteeringGroupDialog *mit_steering_group_dialog_new      (GtkWindow              *parent,
                                                            MitStore               *store);
MitSteeringGroupPage   *mit_steering_group_dialog_get_page (MitSteeringGroupDialog *self);

G_END_DECLS
