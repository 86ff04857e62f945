/* mit-meeting-format.h: how meetings, agenda items and action items read
 * on screen (pure functions, tested without a display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* "14 January 2020, 16:00" (or without the time). Caller frees. */
char       *mit_meeting_format_when        (MitMeeting    *meeting);
/* "14 January 2020, 16:00 · Rathaus Bergkamen": when and where. Caller frees. */
char       *mit_meeting_format_subtitle    (MitMeeting    *meeting);
/* The venue as people read it: the actor's name or the free text; "" when
 * there is none. */
const char *mit_meeting_get_venue_label    (MitMeeting    *meeting);
/* "2. Vortrag" — the item's number and title. Caller frees. */
char       *mit_agenda_item_format_heading (MitAgendaItem *item);
/* "Kemal Yıldız · due 10 February 2020 · Done": owner, due date and, when
 * not open, the status. Caller frees. */
char       *mit_action_item_format_details (MitActionItem *action);
/* "Resolution: text (7 yes, 0 no, 1 abstentions)". Caller frees. */
char       *mit_decision_format_summary    (MitDecision   *decision);
/* Reads a time typed as "9:30", "09:30", "930", "16" or "16.00" into "HH:MM";
 * "" for an empty text. NULL when it is not a time of day. Caller frees. */
char       *mit_meeting_parse_time         (const char    *text);
/* Reads a date typed as "2020-01-14", "14.01.2020" or "14.1.20" into
 * "YYYY-MM-DD". NULL when it is not a real date. Caller frees. */
char       *mit_meeting_parse_date         (const char    *text);

/* Whether the meeting mode shows the reachability board and the gaps with
 * @item: when it is about a target group, or its title speaks of
 * reachability or gaps (in English or the user's language). */
gboolean    mit_agenda_item_concerns_reachability (MitAgendaItem *item);

G_END_DECLS
