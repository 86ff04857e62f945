/* mit-meeting-editor.h: one meeting: when and where, its agenda with
 * minutes, decisions and action items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MEETING_EDITOR (mit_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (MitMeetingEditor, mit_meeting_editor, MIT, MEETING_EDITOR, AdwBin)

/* Property "title" (read-only, notified): the meeting's title as typed.
 *
 * Edits of the details, an item's title and its minutes are saved ~400 ms
 * after typing, each as one change. Actions, for buttons, shortcuts and
 * tests (x: an id):
 * "meeting-editor.add-item"                adds an item at the end and opens it
 * "meeting-editor.move-item" (xi)          moves item x by i places (Alt+Up/Down on an item)
 * "meeting-editor.remove-item" (x)
 * "meeting-editor.add-decision" (x)        opens the decision dialog for item x
 * "meeting-editor.edit-decision" (x)
 * "meeting-editor.remove-decision" (x)
 * "meeting-editor.add-action-item" (x)     opens the action item dialog for item x
 * "meeting-editor.edit-action-item" (x)
 * "meeting-editor.remove-action-item" (x)
 * "meeting-editor.set-action-done" (xb)    marks action item x done or open again
 * "meeting-editor.carry-over"              brings new open action items onto the agenda
 * "meeting-editor.delete"                  deletes the meeting
 * "meeting-editor.meeting-mode"            opens the meeting mode (F5)
 * After a removal or deletion the editor activates "win.offer-undo" (xs). */

void        mit_meeting_editor_set_store      (MitMeetingEditor *self,
                                               MitStore         *store);
/* Shows the meeting @id (0: none), saving what is pending first. Returns
 * FALSE when it cannot be loaded. */
gboolean    mit_meeting_editor_load           (MitMeetingEditor *self,
                                               gint64            id);
gint64      mit_meeting_editor_get_meeting_id (MitMeetingEditor *self);
const char *mit_meeting_editor_get_title      (MitMeetingEditor *self);
/* Saves pending edits now. */
void        mit_meeting_editor_flush          (MitMeetingEditor *self);
/* Moves the keyboard focus to the title. */
void        mit_meeting_editor_focus_title    (MitMeetingEditor *self);
/* The dialog the editor opened last (decision or action item) while it is
 * open, else NULL. For tests. */
GtkWindow  *mit_meeting_editor_get_dialog     (MitMeetingEditor *self);

G_END_DECLS
