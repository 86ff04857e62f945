/* mit-new-event-dialog.h: add an event with its title, kind and start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_NEW_EVENT_DIALOG (mit_new_event_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitNewEventDialog, mit_new_event_dialog, MIT, NEW_EVENT_DIALOG, AdwWindow)

/* Emits "done" (gint64 id) with the new event, then closes. The event is
 * planned, two hours long (the whole day without a time), in
 * Europe/Berlin. Action "new-event.add". */
MitNewEventDialog *mit_new_event_dialog_new (GtkWindow *parent,
                                             MitStore  *store);
/* The date the dialog proposes ("YYYY-MM-DD"; tomorrow by default), e.g.
 * the day chosen in the month view. */
void               mit_new_event_dialog_set_date (MitNewEventDialog *self,
                                                  const char        *date);

G_END_DECLS
