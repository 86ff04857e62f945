/* mit-meeting-list.h: the steering group's meetings, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MEETING_LIST (mit_meeting_list_get_type ())
G_DECLARE_FINAL_TYPE (MitMeetingList, mit_meeting_list, MIT, MEETING_LIST, AdwBin)

/* Signal "meeting-selected" (gint64 id, gboolean navigate): the user chose
 * a meeting; navigate is TRUE for a click or Enter, FALSE when moving
 * through the list with the arrow keys. Upcoming meetings (today or later)
 * are marked. The empty state offers "win.new-meeting"; Delete in the list
 * activates "win.delete".
 *
 * Action "meeting-list.clear-search" clears the search;
 * "meeting-list.show-steering-group" (the button below the list) shows the
 * members of the steering group in a MitSteeringGroupDialog. */

void        mit_meeting_list_set_store       (MitMeetingList *self,
                                              MitStore       *store);
/* The meetings shown, a GListModel of MitMeeting. */
GListModel *mit_meeting_list_get_model       (MitMeetingList *self);
void        mit_meeting_list_focus_search    (MitMeetingList *self);
/* Selects and shows the row of @id without emitting "meeting-selected";
 * clears the search first if it hides it. */
void        mit_meeting_list_select_id       (MitMeetingList *self,
                                              gint64          id);
/* The selected meeting's id, or 0. */
gint64      mit_meeting_list_get_selected_id (MitMeetingList *self);
/* The steering group dialog while it is open, else NULL. For tests. */
GtkWindow  *mit_meeting_list_get_steering_dialog (MitMeetingList *self);
/* The day that counts as today ("YYYY-MM-DD"; NULL: the real one), for
 * marking upcoming meetings. For tests. */
void        mit_meeting_list_set_today       (MitMeetingList *self,
                                              const char     *today);

G_END_DECLS
