/* mit-target-group-editor.h: the detail page of a target group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_TARGET_GROUP_EDITOR (mit_target_group_editor_get_type ())
G_DECLARE_FINAL_TYPE (MitTargetGroupEditor, mit_target_group_editor, MIT, TARGET_GROUP_EDITOR, AdwBin)

/* Property "title" (read-only, notified): the group's name as typed.
 * Property "assessor" (string, "" by default): the user's name (the
 * "assessor-name" setting), the first guess for who assessed in the
 * dialog recording an assessment; when "", whoever made the group's
 * latest assessment.
 *
 * Actions, for buttons and tests:
 * "target-group-editor.record" (i: a MitReachability) opens the dialog
 * recording a new assessment at that level, dated today;
 * "target-group-editor.edit-assessment" (x: id) opens it on an older one;
 * "target-group-editor.delete-assessment" (x: id) deletes one.
 * After recording, changing or deleting an assessment the editor activates
 * "win.offer-undo" (xs) with the store's change number. */

void        mit_target_group_editor_set_store    (MitTargetGroupEditor *self,
                                                  MitStore             *store);
/* Shows the group @id (0: none), saving what is pending first. Returns
 * FALSE when the group cannot be loaded. */
gboolean    mit_target_group_editor_load         (MitTargetGroupEditor *self,
                                                  gint64                id);
/* The id of the group shown, or 0. */
gint64      mit_target_group_editor_get_group_id (MitTargetGroupEditor *self);
/* The group's name as typed, for the page title. */
const char *mit_target_group_editor_get_title    (MitTargetGroupEditor *self);
/* Saves a pending edit now (it is saved ~400 ms after typing anyway). */
void        mit_target_group_editor_flush        (MitTargetGroupEditor *self);
const char *mit_target_group_editor_get_assessor (MitTargetGroupEditor *self);
void        mit_target_group_editor_set_assessor (MitTargetGroupEditor *self,
                                                  const char           *assessor);
/* Moves the keyboard focus to the name. */
void        mit_target_group_editor_focus_name   (MitTargetGroupEditor *self);

/* The estimated size as typed: "" is unknown (-1), otherwise a whole
 * number, with "." or spaces between groups of three digits allowed
 * ("1.200"). FALSE when @text is none of these. */
gboolean    mit_target_group_editor_parse_size   (const char           *text,
                                                  int                  *size);

G_END_DECLS
