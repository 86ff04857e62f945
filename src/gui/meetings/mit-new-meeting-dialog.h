/* mit-new-meeting-dialog.h: plan a new meeting of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_NEW_MEETING_DIALOG (mit_new_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitNewMeetingDialog, mit_new_meeting_dialog, MIT, NEW_MEETING_DIALOG, AdwWindow)

/* Asks for title, date, time and venue; "new-meeting.add" (the Add
 * button, Enter in a field) saves the meeting — which carries the open
 * action items of earlier meetings onto its agenda — emits "done"
 * (gint64 id) and closes. */
MitNewMeetingDialog *mit_new_meeting_dialog_new (GtkWindow *parent,
                                                 MitStore  *store);

G_END_DECLS
