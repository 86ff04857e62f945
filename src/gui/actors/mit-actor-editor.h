/* mit-actor-editor.h: the detail page of an actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ACTOR_EDITOR (mit_actor_editor_get_type ())
G_DECLARE_FINAL_TYPE (MitActorEditor, mit_actor_editor, MIT, ACTOR_EDITOR, AdwBin)

void        mit_actor_editor_set_store    (MitActorEditor *self,
                                           MitStore       *store);
/* Shows the actor @id (0: none), saving what is pending first. Returns
 * FALSE when the actor cannot be loaded. */
gboolean    mit_actor_editor_load         (MitActorEditor *self,
                                           gint64          id);
/* The id of the actor shown, or 0. */
gint64      mit_actor_editor_get_actor_id (MitActorEditor *self);
/* The actor's name as typed, for the page title. */
const char *mit_actor_editor_get_title    (MitActorEditor *self);
/* Saves a pending edit now (it is saved ~400 ms after typing anyway). */
void        mit_actor_editor_flush        (MitActorEditor *self);
/* Moves the keyboard focus to the name. */
void        mit_actor_editor_focus_name   (MitActorEditor *self);

G_END_DECLS
