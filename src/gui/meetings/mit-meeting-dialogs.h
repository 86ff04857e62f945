/* mit-meeting-dialogs.h: record a decision or an action item (used by the
 * meeting editor and the meeting mode)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* A message dialog showing @decision (new or stored) with kind, wording
 * and optional vote counts. Its "save" response writes the values into
 * @decision and saves it in @store; when the store refuses (a negative
 * count …) the dialog stays open with the reason. "cancel" changes
 * nothing. Present it with gtk_window_present(). */
AdwMessageDialog *mit_decision_dialog_new    (GtkWindow     *parent,
                                              MitStore      *store,
                                              MitDecision   *decision);
/* The same for an action item: title, owner (a member of the steering
 * group, whoever owns it now or any contact person chosen with the search
 * button), due date, status and the event, actor or target group it is
 * linked to (a MitMeetingLinkRow). */
AdwMessageDialog *mit_action_item_dialog_new (GtkWindow     *parent,
                                              MitStore      *store,
                                              MitActionItem *action);
/* The persons a combo row offers as presenter or owner: "Nobody" (id 0),
 * the members of the steering group and @current when it is none of
 * them. A GtkStringList of names; @ids receives the person ids in the same
 * order. */
GtkStringList    *mit_meeting_dialogs_person_choices (MitStore    *store,
                                                      gint64       current,
                                                      const char  *current_name,
                                                      GArray     **ids);

G_END_DECLS
