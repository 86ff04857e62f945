/* mit-event.h: an event of the network (Veranstaltung, Workshop,
 * Netzwerktreffen)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* The built-in keys of the "event-kind" vocabulary (labels in English,
 * translated for display with mit_store_get_vocabulary_label()). Users can
 * add more with mit_store_add_vocabulary_term(). */
#define MIT_EVENT_KIND_WORKSHOP          "workshop"
#define MIT_EVENT_KIND_NETWORK_MEETING   "network-meeting"
#define MIT_EVENT_KIND_INFORMATION_EVENT "information-event"
#define MIT_EVENT_KIND_FESTIVAL          "festival"
#define MIT_EVENT_KIND_TRAINING_DAY      "training-day"
#define MIT_EVENT_KIND_OTHER             "other"

/* The time zone of new events. */
#define MIT_EVENT_DEFAULT_TZID "Europe/Berlin"

#define MIT_TYPE_EVENT (mit_event_get_type ())
G_DECLARE_FINAL_TYPE (MitEvent, mit_event, MIT, EVENT, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "title", "kind" (an "event-kind" key), "description",
 * "starts" and "ends" (local wall-clock times in "tzid":
 * "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" for all-day events, where "ends"
 * is the last day, inclusive), "tzid" (an Olson name, default
 * Europe/Berlin), "all-day", "rrule" (RFC 5545 RRULE value without
 * "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T230000Z"; "" when the
 * event does not recur), "exdates" (GStrv of excluded occurrences, in the
 * form of "starts"; a date alone excludes that day), "venue-id" (an actor,
 * 0 for none), "venue-address" (a free address when the venue is not in
 * the directory), "languages" (GStrv of ISO 639 codes), "capacity" (int,
 * -1 for no limit), "status" (a MitEventStatus) and "notes" (the
 * documentation). The organisers (actor ids) and target groups (ids) are
 * read and set with the functions below and notify "organisers" and
 * "target-groups". */

MitEvent       *mit_event_new                (void);
MitEvent       *mit_event_copy               (MitEvent           *self);

gint64          mit_event_get_id             (MitEvent           *self);
const char     *mit_event_get_uid            (MitEvent           *self);
/* Imported events keep their UID: set it before the first save. */
void            mit_event_set_uid            (MitEvent           *self,
                                              const char         *uid);
const char     *mit_event_get_created        (MitEvent           *self);
const char     *mit_event_get_modified       (MitEvent           *self);

/* Texts: never NULL, an unset text is "". */
const char     *mit_event_get_title          (MitEvent           *self);
void            mit_event_set_title          (MitEvent           *self,
                                              const char         *title);
const char     *mit_event_get_kind           (MitEvent           *self);
void            mit_event_set_kind           (MitEvent           *self,
                                              const char         *kind);
const char     *mit_event_get_description    (MitEvent           *self);
void            mit_event_set_description    (MitEvent           *self,
                                              const char         *description);
const char     *mit_event_get_starts         (MitEvent           *self);
void            mit_event_set_starts         (MitEvent           *self,
                                              const char         *starts);
const char     *mit_event_get_ends           (MitEvent           *self);
void            mit_event_set_ends           (MitEvent           *self,
                                              const char         *ends);
const char     *mit_event_get_tzid           (MitEvent           *self);
void            mit_event_set_tzid           (MitEvent           *self,
                                              const char         *tzid);
gboolean        mit_event_get_all_day        (MitEvent           *self);
void            mit_event_set_all_day        (MitEvent           *self,
                                              gboolean            all_day);
const char     *mit_event_get_rrule          (MitEvent           *self);
void            mit_event_set_rrule          (MitEvent           *self,
                                              const char         *rrule);
gboolean        mit_event_is_recurring       (MitEvent           *self);
const char * const *mit_event_get_exdates    (MitEvent           *self);
void            mit_event_set_exdates        (MitEvent           *self,
                                              const char * const *exdates);
/* Adds one excluded occurrence (kept sorted, no duplicates). */
void            mit_event_add_exdate         (MitEvent           *self,
                                              const char         *exdate);

gint64          mit_event_get_venue_id       (MitEvent           *self);
void            mit_event_set_venue_id       (MitEvent           *self,
                                              gint64              venue_id);
const char     *mit_event_get_venue_address  (MitEvent           *self);
void            mit_event_set_venue_address  (MitEvent           *self,
                                              const char         *address);

/* Actor ids; never NULL (@n_ids receives the number). */
const gint64   *mit_event_get_organisers     (MitEvent           *self,
                                              guint              *n_ids);
void            mit_event_set_organisers     (MitEvent           *self,
                                              const gint64       *ids,
                                              guint               n_ids);
gboolean        mit_event_has_organiser      (MitEvent           *self,
                                              gint64              actor_id);
/* Target group ids. */
const gint64   *mit_event_get_target_groups  (MitEvent           *self,
                                              guint              *n_ids);
void            mit_event_set_target_groups  (MitEvent           *self,
                                              const gint64       *ids,
                                              guint               n_ids);
gboolean        mit_event_has_target_group   (MitEvent           *self,
                                              gint64              group_id);

const char * const *mit_event_get_languages  (MitEvent           *self);
void            mit_event_set_languages      (MitEvent           *self,
                                              const char * const *languages);
/* -1: no limit. */
int             mit_event_get_capacity       (MitEvent           *self);
void            mit_event_set_capacity       (MitEvent           *self,
                                              int                 capacity);
MitEventStatus  mit_event_get_status         (MitEvent           *self);
void            mit_event_set_status         (MitEvent           *self,
                                              MitEventStatus      status);
const char     *mit_event_get_notes          (MitEvent           *self);
void            mit_event_set_notes          (MitEvent           *self,
                                              const char         *notes);

/* Whether two events hold the same values (identity and stamps aside). */
gboolean        mit_event_equal_content      (MitEvent           *a,
                                              MitEvent           *b);

/* The status as people read it ("Planned" …), translated. */
const char     *mit_event_status_get_label   (MitEventStatus      status);
/* "idea", "planned", "confirmed", "done", "cancelled": for files. */
const char     *mit_event_status_to_key      (MitEventStatus      status);
/* -1 when @key is none of those. */
int             mit_event_status_from_key    (const char         *key);

/* For the store. */
void            _mit_event_set_identity      (MitEvent           *self,
                                              gint64              id,
                                              const char         *uid,
                                              const char         *created,
                                              const char         *modified);

G_END_DECLS
