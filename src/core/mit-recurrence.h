/* mit-recurrence.h: the occurrences of an event, expanded with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_RECURRENCE_ERROR (mit_recurrence_error_quark ())

typedef enum
{
  MIT_RECURRENCE_ERROR_INVALID,  /* a time, time zone or rule that is not valid */
} MitRecurrenceError;

GQuark mit_recurrence_error_quark (void);

/**
 * MitOccurrence:
 * @event_id: the event
 * @start: when it begins, Unix seconds (UTC)
 * @end: when it ends, Unix seconds; for all-day events the local midnight
 *   after the last day
 * @all_day: whether it is an all-day event; @start is then the local
 *   midnight of its first day in the event's time zone
 *
 * One occurrence of an event: a GArray of these is what the agenda and the
 * month view show.
 */
typedef struct
{
  gint64   event_id;
  gint64   start;
  gint64   end;
  gboolean all_day;
} MitOccurrence;

/* The unbounded end of a rule without COUNT or UNTIL. */
#define MIT_RECURRENCE_FOREVER G_MAXINT64

typedef struct _MitRecurrence MitRecurrence;

/* Reads an event's times: @starts and @ends are local times in @tzid
 * ("YYYY-MM-DDTHH:MM[:SS]", or "YYYY-MM-DD" when @all_day; an all-day
 * event's @ends is its last day), @rrule an RFC 5545 rule ("" or NULL for
 * none) and @exdates the excluded occurrences (local, like @starts; a date
 * alone excludes every occurrence on that day). NULL with @error set when
 * any of that is not valid. */
MitRecurrence *mit_recurrence_new          (const char          *starts,
                                            const char          *ends,
                                            const char          *tzid,
                                            gboolean             all_day,
                                            const char          *rrule,
                                            const char * const  *exdates,
                                            GError             **error);
/* For the store: times and rule as mit_store_save_event() wrote them, so
 * the rule is neither normalized nor checked again. */
MitRecurrence *_mit_recurrence_new_stored  (const char          *starts,
                                            const char          *ends,
                                            const char          *tzid,
                                            gboolean             all_day,
                                            const char          *rrule,
                                            const char * const  *exdates,
                                            GError             **error);
/* For the tests: expand every rule with libical, also those that
 * mit_recurrence_expand() counts itself. */
void           _mit_recurrence_set_force_libical (gboolean       force);
/* Whether mit_recurrence_expand() counts the occurrences without libical. */
gboolean       _mit_recurrence_counts_itself     (MitRecurrence *self);
MitRecurrence *mit_recurrence_new_for_event (MitEvent           *event,
                                             GError            **error);
void           mit_recurrence_free         (MitRecurrence       *self);

/* The start of the first occurrence and the end of the last one
 * (MIT_RECURRENCE_FOREVER when the rule has no end). */
void           mit_recurrence_get_bounds   (MitRecurrence       *self,
                                            gint64              *first_start,
                                            gint64              *last_end);
/* Appends to @out (a GArray of MitOccurrence) the occurrences that overlap
 * [@from, @to) (Unix seconds), in order, at most @max of them (0: no limit);
 * returns how many it appended. Excluded dates are left out. */
guint          mit_recurrence_expand       (MitRecurrence       *self,
                                            gint64               event_id,
                                            gint64               from,
                                            gint64               to,
                                            guint                max,
                                            GArray              *out);

/* The rule in the form the store keeps: parsed and written again by libical
 * (so that equal rules compare equal), without "RRULE:", with an UNTIL in
 * UTC for timed events (a date UNTIL means the end of that day in @tzid)
 * and a date UNTIL for all-day events. "" for an empty rule; NULL with
 * @error set when libical cannot read or expand it. */
char          *mit_recurrence_normalize_rule (const char        *rrule,
                                              const char        *tzid,
                                              gboolean           all_day,
                                              GError           **error);
/* Whether @tzid names a time zone that libical knows (Olson names, "UTC"). */
gboolean       mit_recurrence_is_known_tzid (const char         *tzid);
/* "YYYY-MM-DDTHH:MM:SS" (or "YYYY-MM-DD" when @all_day) from a looser
 * local time; NULL when it is not a real date and time. */
char          *mit_recurrence_normalize_local (const char       *text,
                                               gboolean          all_day);
/* An occurrence's start as a local date-time in @tzid. */
GDateTime     *mit_occurrence_dup_local_start (const MitOccurrence *occurrence,
                                               const char          *tzid);

/* Sorts @occurrences by start, then end, then event id. */
void           mit_occurrences_sort        (GArray              *occurrences);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitRecurrence, mit_recurrence_free)

G_END_DECLS
