/* mit-meeting-link-row.h: what an agenda item or an action item is about:
 * an event, an actor or a target group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MEETING_LINK_ROW (mit_meeting_link_row_get_type ())
G_DECLARE_FINAL_TYPE (MitMeetingLinkRow, mit_meeting_link_row, MIT, MEETING_LINK_ROW, AdwActionRow)

/* A row that shows the linked record and offers to choose one (an event,
 * an actor or a target group, each from a searchable list), to remove the
 * link and, with @can_open, to show the record ("win.show-event",
 * "win.show-actor" or "win.show-target-group"). Choosing one removes the
 * others. Emits "changed" when the user changed the link.
 *
 * Actions: "link-row.choose" (s: "event", "actor" or "target-group"),
 * "link-row.clear", "link-row.open". */
GtkWidget *mit_meeting_link_row_new             (MitStore          *store,
                                                 const char        *title,
                                                 gboolean           can_open);
void       mit_meeting_link_row_set_link        (MitMeetingLinkRow *self,
                                                 gint64             event_id,
                                                 gint64             actor_id,
                                                 gint64             target_group_id);
gint64     mit_meeting_link_row_get_event_id    (MitMeetingLinkRow *self);
gint64     mit_meeting_link_row_get_actor_id    (MitMeetingLinkRow *self);
gint64     mit_meeting_link_row_get_target_group_id (MitMeetingLinkRow *self);
/* The link dialog while it is open, else NULL. For tests. */
GtkWindow *mit_meeting_link_row_get_dialog      (MitMeetingLinkRow *self);

/* "Event: Sommerfest", "Actor: …", "Target group: …" for each link set,
 * joined with " · "; "" for none. Caller frees. */
char      *mit_meeting_link_describe            (MitStore          *store,
                                                 gint64             event_id,
                                                 gint64             actor_id,
                                                 gint64             target_group_id);
/* The window action that shows the first linked record and its id; FALSE
 * when nothing is linked. */
gboolean   mit_meeting_link_get_show_action     (gint64             event_id,
                                                 gint64             actor_id,
                                                 gint64             target_group_id,
                                                 const char       **action_name,
                                                 gint64            *id);

G_END_DECLS
