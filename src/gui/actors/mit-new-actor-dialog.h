/* mit-new-actor-dialog.h: add an actor, warning about likely duplicates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_NEW_ACTOR_DIALOG (mit_new_actor_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitNewActorDialog, mit_new_actor_dialog, MIT, NEW_ACTOR_DIALOG, AdwWindow)

/* Emits "done" (gint64 id) with the new actor, or with the existing one
 * the user chose to open instead, then closes. */
MitNewActorDialog *mit_new_actor_dialog_new (GtkWindow *parent,
                                             MitStore  *store);

G_END_DECLS
