/* mit-meeting.h: a meeting of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MEETING (mit_meeting_get_type ())
G_DECLARE_FINAL_TYPE (MitMeeting, mit_meeting, MIT, MEETING, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "title", "date" ("YYYY-MM-DD"), "time" ("HH:MM" or ""), "venue-id" (an
 * actor of the directory, 0 for none), "venue-text" (a free venue when it is
 * not an actor), "status" (a MitMeetingStatus), "notes", "venue-name" (the
 * venue actor's name) (read-only). */

MitMeeting      *mit_meeting_new              (void);
MitMeeting      *mit_meeting_copy             (MitMeeting      *self);

gint64           mit_meeting_get_id           (MitMeeting      *self);
const char      *mit_meeting_get_uid          (MitMeeting      *self);
const char      *mit_meeting_get_created      (MitMeeting      *self);
const char      *mit_meeting_get_modified     (MitMeeting      *self);

const char      *mit_meeting_get_title        (MitMeeting      *self);
void             mit_meeting_set_title        (MitMeeting      *self,
                                               const char      *title);
const char      *mit_meeting_get_date         (MitMeeting      *self);
void             mit_meeting_set_date         (MitMeeting      *self,
                                               const char      *date);
const char      *mit_meeting_get_time         (MitMeeting      *self);
void             mit_meeting_set_time         (MitMeeting      *self,
                                               const char      *time);
gint64           mit_meeting_get_venue_id     (MitMeeting      *self);
void             mit_meeting_set_venue_id     (MitMeeting      *self,
                                               gint64           venue_id);
const char      *mit_meeting_get_venue_text   (MitMeeting      *self);
void             mit_meeting_set_venue_text   (MitMeeting      *self,
                                               const char      *venue_text);
MitMeetingStatus mit_meeting_get_status       (MitMeeting      *self);
void             mit_meeting_set_status       (MitMeeting      *self,
                                               MitMeetingStatus status);
const char      *mit_meeting_get_notes        (MitMeeting      *self);
void             mit_meeting_set_notes        (MitMeeting      *self,
                                               const char      *notes);
const char      *mit_meeting_get_venue_name   (MitMeeting      *self);

/* "Planned" or "Held", translated. */
const char      *mit_meeting_status_get_label (MitMeetingStatus status);
/* Whether the meeting is on @today ("YYYY-MM-DD") or later. */
gboolean         mit_meeting_is_upcoming      (MitMeeting      *self,
                                               const char      *today);

/* For the store. */
void             _mit_meeting_set_identity    (MitMeeting      *self,
                                               gint64           id,
                                               const char      *uid,
                                               const char      *created,
                                               const char      *modified);
void             _mit_meeting_set_venue_name  (MitMeeting      *self,
                                               const char      *venue_name);

G_END_DECLS
