/* mit-store-events.h: events, their planning tasks and registrations in
 * the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-store.h"
#include "mit-event.h"
#include "mit-event-task.h"
#include "mit-registration.h"
#include "mit-recurrence.h"

G_BEGIN_DECLS

/* Same conventions as mit-store.h: errors in MIT_STORE_ERROR; each write
 * is one transaction of its own or joins the open one; "changed" names
 * MIT_RECORD_EVENT, MIT_RECORD_EVENT_TASK and MIT_RECORD_REGISTRATION;
 * deletes return the change number for mit_store_undo() (0 on error). */

/**
 * MitEventFilter:
 * @target_group_id: only events for this target group (0: any)
 * @organiser_id: only events this actor organises (0: any)
 * @status: only events with this MitEventStatus (-1: any)
 * @include_cancelled: whether cancelled events are found when @status is
 *   -1 (they are by default)
 */
typedef struct
{
  gint64    target_group_id;
  gint64    organiser_id;
  int       status;
  gboolean  include_cancelled;
} MitEventFilter;

void            mit_event_filter_init              (MitEventFilter   *filter);

/* Events */

/* Inserts when the event has no id yet (giving it id, uid unless one is set,
 * and stamps), otherwise updates it. The title must not be empty, the kind
 * must be an "event-kind", the times, time zone, rule and excluded dates
 * valid (see mit-recurrence.h), the venue and every organiser and target
 * group must exist. Times, rule and excluded dates are written back to
 * @event in the form the store keeps. A larger capacity moves people up
 * from the waiting list in the same transaction. */
gboolean        mit_store_save_event               (MitStore         *self,
                                                    MitEvent         *event,
                                                    GError          **error);
MitEvent       *mit_store_load_event               (MitStore         *self,
                                                    gint64            id,
                                                    GError          **error);
/* NULL without an error when there is no event with this UID. */
MitEvent       *mit_store_load_event_by_uid        (MitStore         *self,
                                                    const char       *uid,
                                                    GError          **error);
/* The events with these ids, in this order; ids that do not exist are left
 * out. A GPtrArray of MitEvent. */
GPtrArray      *mit_store_load_events              (MitStore         *self,
                                                    const gint64     *ids,
                                                    guint             n_ids,
                                                    GError          **error);
/* Deletes the event with its tasks and registrations; all of it comes back
 * with mit_store_undo (returned change). */
gint64          mit_store_delete_event             (MitStore         *self,
                                                    gint64            id,
                                                    GError          **error);
guint           mit_store_count_events             (MitStore         *self);
/* Ids of the events that match @filter (NULL: all), by first start. */
GArray         *mit_store_find_event_ids           (MitStore         *self,
                                                    const MitEventFilter *filter,
                                                    GError          **error);

/* Occurrences (GArray of MitOccurrence, see mit-recurrence.h) */

/* Every occurrence that overlaps [@from, @to) (Unix seconds) of the events
 * that match @filter (NULL: all), recurring events expanded, excluded
 * dates left out; sorted by start. For the month view. */
GArray         *mit_store_find_occurrences         (MitStore         *self,
                                                    gint64            from,
                                                    gint64            to,
                                                    const MitEventFilter *filter,
                                                    GError          **error);
/* The first @max occurrences that end after @from, by start: the agenda's
 * upcoming page. */
GArray         *mit_store_find_next_occurrences    (MitStore         *self,
                                                    gint64            from,
                                                    guint             max,
                                                    const MitEventFilter *filter,
                                                    GError          **error);
/* The last @max occurrences that start before @before, latest first: the
 * agenda's past page. */
GArray         *mit_store_find_past_occurrences    (MitStore         *self,
                                                    gint64            before,
                                                    guint             max,
                                                    const MitEventFilter *filter,
                                                    GError          **error);

/**
 * MitEventConflict:
 * @other_event_id: the stored event at the same venue
 * @start: @end: the occurrence of the event that was checked
 * @other_start: @other_end: the occurrence of the other event it overlaps
 */
typedef struct
{
  gint64 other_event_id;
  gint64 start;
  gint64 end;
  gint64 other_start;
  gint64 other_end;
} MitEventConflict;

/* The occurrences of stored events at the same venue (the same actor, or
 * the same free address) that overlap an occurrence of @event (which need
 * not be saved; it is not compared with itself). Cancelled events do not
 * count. Looks from the first occurrence up to the last, but no further
 * than two years past today or the first occurrence, whichever is later.
 * A GArray of MitEventConflict, by start. */
GArray         *mit_store_find_event_conflicts     (MitStore         *self,
                                                    MitEvent         *event,
                                                    GError          **error);

/* Planning tasks */

/* Inserts or updates. The title must not be empty, the due date a date or
 * "", the event and (when not 0) the owner must exist. */
gboolean        mit_store_save_event_task          (MitStore         *self,
                                                    MitEventTask     *task,
                                                    GError          **error);
gint64          mit_store_delete_event_task        (MitStore         *self,
                                                    gint64            id,
                                                    GError          **error);
/* The event's tasks: open ones first, by due date (those without one last),
 * then the done ones. A GPtrArray of MitEventTask with owner names. */
GPtrArray      *mit_store_list_event_tasks         (MitStore         *self,
                                                    gint64            event_id,
                                                    GError          **error);
guint           mit_store_count_open_event_tasks   (MitStore         *self,
                                                    gint64            event_id);

/* Registrations */

/* Inserts or updates. The name must not be empty and the event must exist.
 * A registration that asks for a place (status registered) while the event
 * is full goes to the waiting list instead; when one that held a place is
 * cancelled, the first on the waiting list moves up, in the same
 * transaction. The status and position the store chose are written back to
 * @registration. */
gboolean        mit_store_save_registration        (MitStore         *self,
                                                    MitRegistration  *registration,
                                                    GError          **error);
/* Changes the status of one registration (cancelled, attended, no-show …)
 * with the same rules. Returns the change number (0 with @error set). */
gint64          mit_store_set_registration_status  (MitStore         *self,
                                                    gint64            id,
                                                    MitRegistrationStatus status,
                                                    GError          **error);
/* Deleting one that held a place moves the waiting list up too. */
gint64          mit_store_delete_registration      (MitStore         *self,
                                                    gint64            id,
                                                    GError          **error);
MitRegistration *mit_store_load_registration       (MitStore         *self,
                                                    gint64            id,
                                                    GError          **error);
/* In the order they came in. A GPtrArray of MitRegistration. */
GPtrArray      *mit_store_list_registrations       (MitStore         *self,
                                                    gint64            event_id,
                                                    GError          **error);
/* How many hold a place and how many wait. */
void            mit_store_count_registrations      (MitStore         *self,
                                                    gint64            event_id,
                                                    guint            *n_places_taken,
                                                    guint            *n_waiting);

G_END_DECLS
