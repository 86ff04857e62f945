/* mit-store-meetings.h: the steering group and its meetings in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-store.h"
#include "mit-steering-member.h"
#include "mit-meeting.h"
#include "mit-agenda-item.h"
#include "mit-decision.h"
#include "mit-action-item.h"

G_BEGIN_DECLS

/* Same conventions as mit-store.h: errors in MIT_STORE_ERROR; each write
 * is one transaction of its own or joins the open one; "changed" names
 * MIT_RECORD_STEERING_MEMBER, MIT_RECORD_MEETING, MIT_RECORD_AGENDA_ITEM,
 * MIT_RECORD_DECISION and MIT_RECORD_ACTION_ITEM; deletes return the
 * change number for mit_store_undo() (0 on error). */

/* The steering group */

/* Inserts or updates. The person must exist and not be a member already;
 * the actor (when not 0) must exist. Fills in the names. */
gboolean        mit_store_save_steering_member     (MitStore          *self,
                                                    MitSteeringMember *member,
                                                    GError           **error);
gint64          mit_store_delete_steering_member   (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
/* Chair, deputy chair, minute-taker, then the members, each by name.
 * A GPtrArray of MitSteeringMember. */
GPtrArray      *mit_store_list_steering_members    (MitStore          *self,
                                                    GError           **error);

/* Meetings */

/* Inserts when the meeting has no id yet, otherwise updates it. The title
 * must not be empty, the date a date, the time "HH:MM" or "", the venue
 * (when not 0) an actor. A new meeting gets the open action items of the
 * earlier meetings on its agenda, in the same transaction (see
 * mit_store_carry_over_action_items()). */
gboolean        mit_store_save_meeting             (MitStore          *self,
                                                    MitMeeting        *meeting,
                                                    GError           **error);
MitMeeting     *mit_store_load_meeting             (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
/* Newest first (date, time, then id). A GPtrArray of MitMeeting. */
GPtrArray      *mit_store_list_meetings            (MitStore          *self,
                                                    GError           **error);
guint           mit_store_count_meetings           (MitStore          *self);
/* Deletes the meeting with its agenda items, their decisions and the
 * action items that came from it, as one change. */
gint64          mit_store_delete_meeting           (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);

/* Carries the open action items into the meeting @meeting_id: every action
 * item whose status is open and that came from a meeting before this one
 * (by date, time, then id) and is not listed in this meeting yet is listed
 * under the meeting's "Open action items" agenda item (kind
 * MIT_AGENDA_ITEM_OPEN_ACTIONS), which is made the first item when the
 * meeting has none. Done and dropped ones are not carried; carrying again
 * adds only what is new; with nothing to carry nothing is written. One
 * transaction; *@n_carried (may be NULL) receives how many were added. */
gboolean        mit_store_carry_over_action_items  (MitStore          *self,
                                                    gint64             meeting_id,
                                                    guint             *n_carried,
                                                    GError           **error);

/* Agenda items */

/* Inserts (at the end of the agenda) or updates. The title must not be
 * empty; the meeting, the presenter, event, actor and target group (when
 * not 0) must exist. The position is kept: see mit_store_move_agenda_item(). */
gboolean        mit_store_save_agenda_item         (MitStore          *self,
                                                    MitAgendaItem     *item,
                                                    GError           **error);
MitAgendaItem  *mit_store_load_agenda_item         (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
/* By position. A GPtrArray of MitAgendaItem. */
GPtrArray      *mit_store_list_agenda_items        (MitStore          *self,
                                                    gint64             meeting_id,
                                                    GError           **error);
/* Moves the item to @position (1 is the first; clamped to the agenda),
 * moving the ones between by one. Returns the change number, or 0 with
 * @error set; moving an item where it is already is no change and
 * returns 0 without @error. */
gint64          mit_store_move_agenda_item         (MitStore          *self,
                                                    gint64             id,
                                                    int                position,
                                                    GError           **error);
/* Deletes the item with its decisions and the action items that came from
 * it; the items after it move up. */
gint64          mit_store_delete_agenda_item       (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);

/* Decisions */

/* Inserts or updates. The agenda item must exist; vote counts, when
 * counted, must not be negative. */
gboolean        mit_store_save_decision            (MitStore          *self,
                                                    MitDecision       *decision,
                                                    GError           **error);
gint64          mit_store_delete_decision          (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
/* In the order they were recorded. A GPtrArray of MitDecision. */
GPtrArray      *mit_store_list_decisions           (MitStore          *self,
                                                    gint64             item_id,
                                                    GError           **error);

/* Action items */

/* Inserts or updates. The title must not be empty, the due date a date or
 * ""; the meeting must exist, the agenda item (when not 0) must be one of
 * that meeting, the owner, event, actor and target group (when not 0)
 * must exist. Fills in the owner's name. */
gboolean        mit_store_save_action_item         (MitStore          *self,
                                                    MitActionItem     *action,
                                                    GError           **error);
MitActionItem  *mit_store_load_action_item         (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
gint64          mit_store_delete_action_item       (MitStore          *self,
                                                    gint64             id,
                                                    GError           **error);
/* What an agenda item shows: the action items recorded under it, or for an
 * "Open action items" item, the ones carried over into it. In the order
 * they were recorded (carried ones by due date). A GPtrArray of
 * MitActionItem with owner names. */
GPtrArray      *mit_store_list_item_action_items   (MitStore          *self,
                                                    gint64             item_id,
                                                    GError           **error);
/* Every action item that came from the meeting, by agenda position. */
GPtrArray      *mit_store_list_meeting_action_items (MitStore         *self,
                                                     gint64            meeting_id,
                                                     GError          **error);
/* Every open action item, by due date (those without one last). */
GPtrArray      *mit_store_list_open_action_items   (MitStore          *self,
                                                    GError           **error);

G_END_DECLS
