/* mit-meeting-mode.h: a full-screen, projector-friendly view that walks a
 * meeting's agenda item by item and captures decisions and action items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MEETING_MODE (mit_meeting_mode_get_type ())
G_DECLARE_FINAL_TYPE (MitMeetingMode, mit_meeting_mode, MIT, MEETING_MODE, AdwWindow)

/* Keys: Page Down, Right (and Space outside text) go to the next item,
 * Page Up and Left to the previous one, Home and End to the first and the
 * last; Left, Right, Home and End move the cursor while the minutes have
 * the focus. Ctrl+D records a decision, Ctrl+T adds
 * an action item, Escape leaves. The minutes are saved as they are typed.
 * An item about a target group or about reachability shows the
 * reachability board and the gaps.
 *
 * Actions: "meeting-mode.next", "meeting-mode.previous",
 * "meeting-mode.first", "meeting-mode.last",
 * "meeting-mode.add-decision", "meeting-mode.add-action-item",
 * "meeting-mode.leave". */

/* Opens the meeting mode on @meeting_id, full screen. */
void            mit_meeting_mode_present          (GtkWindow      *parent,
                                                   MitStore       *store,
                                                   gint64          meeting_id);
/* The window, not yet shown (for tests; present() makes it full screen). */
MitMeetingMode *mit_meeting_mode_new              (GtkWindow      *parent,
                                                   MitStore       *store,
                                                   gint64          meeting_id);
/* The index of the item shown (0 is the first), and its id (0: none). */
guint           mit_meeting_mode_get_position     (MitMeetingMode *self);
gint64          mit_meeting_mode_get_item_id      (MitMeetingMode *self);
/* Whether the reachability board and the gaps are shown for this item. */
gboolean        mit_meeting_mode_get_shows_reachability (MitMeetingMode *self);
/* The decision or action item dialog while it is open, else NULL. */
GtkWindow      *mit_meeting_mode_get_dialog       (MitMeetingMode *self);

G_END_DECLS
