/* mit-event-editor.h: the detail page of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_EVENT_EDITOR (mit_event_editor_get_type ())
G_DECLARE_FINAL_TYPE (MitEventEditor, mit_event_editor, MIT, EVENT_EDITOR, AdwBin)

/* Property "title" (read-only, notified): the event's title as typed.
 *
 * Every edit is saved ~400 ms after the last change, in one transaction.
 *
 * Actions, for buttons and tests:
 * "event-editor.choose-venue", "event-editor.clear-venue",
 * "event-editor.add-organiser", "event-editor.remove-organiser" (x),
 * "event-editor.add-target-group" (x), "event-editor.remove-target-group" (x),
 * "event-editor.add-exdate" (s: a date as typed), "event-editor.remove-exdate" (s),
 * "event-editor.add-task", "event-editor.edit-task" (x),
 * "event-editor.toggle-task" (x), "event-editor.remove-task" (x),
 * "event-editor.add-registration", "event-editor.edit-registration" (x),
 * "event-editor.set-registration-status" ((xi): id, MitRegistrationStatus),
 * "event-editor.remove-registration" (x),
 * "event-editor.export" (save this event as an .ics file).
 * It activates "win.show-actor" (x), "win.show-target-group" (x),
 * "win.show-event" (x: the event it overlaps with), "win.delete" (the
 * Delete button) and "win.offer-undo" ((xs)) after removing a task or a
 * registration. */

void        mit_event_editor_set_store    (MitEventEditor *self,
                                           MitStore       *store);
/* Shows the event @id (0: none), saving what is pending first. Returns
 * FALSE when the event cannot be loaded. */
gboolean    mit_event_editor_load         (MitEventEditor *self,
                                           gint64          id);
/* The id of the event shown, or 0. */
gint64      mit_event_editor_get_event_id (MitEventEditor *self);
/* The event's title as typed, for the page title. */
const char *mit_event_editor_get_title    (MitEventEditor *self);
/* Saves a pending edit now (it is saved ~400 ms after typing anyway). */
void        mit_event_editor_flush        (MitEventEditor *self);
/* Moves the keyboard focus to the title. */
void        mit_event_editor_focus_title  (MitEventEditor *self);

G_END_DECLS
