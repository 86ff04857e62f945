/* mit-event-format.h: what the event widgets show and read, as pure
 * functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-types.h"
#include "mit-recurrence.h"

G_BEGIN_DECLS

typedef enum
{
  MIT_REPEAT_NONE,
  MIT_REPEAT_DAILY,
  MIT_REPEAT_WEEKLY,
  MIT_REPEAT_MONTHLY,
  MIT_REPEAT_YEARLY,
} MitRepeatFrequency;

typedef enum
{
  MIT_REPEAT_END_NEVER,
  MIT_REPEAT_END_ON_DATE,
  MIT_REPEAT_END_AFTER,
} MitRepeatEnd;

/**
 * MitRepeat:
 * @frequency: how often
 * @interval: every @interval days, weeks … (1 and more)
 * @weekdays: weekly: bit 0 Monday … bit 6 Sunday; 0 is the start's weekday
 * @week_of_month: monthly: 1 … 4 the n-th, -1 the last @weekday of the
 *   month; 0 the start's day of the month
 * @weekday: monthly: 1 Monday … 7 Sunday
 * @end: when the rule ends
 * @until: with MIT_REPEAT_END_ON_DATE, the last day ("YYYY-MM-DD")
 * @count: with MIT_REPEAT_END_AFTER, how many times
 *
 * A recurrence rule as the editor shows it.
 */
typedef struct
{
  MitRepeatFrequency frequency;
  guint              interval;
  guint              weekdays;
  int                week_of_month;
  int                weekday;
  MitRepeatEnd       end;
  char               until[11];
  guint              count;
} MitRepeat;

void   mit_repeat_init            (MitRepeat         *repeat);
/* Reads an RRULE value (as the store keeps it; @tzid turns a UTC UNTIL
 * into the local last day). FALSE when the rule says more than the editor
 * can show (then @repeat is only initialized). "" is MIT_REPEAT_NONE. */
gboolean mit_repeat_parse         (const char        *rrule,
                                   const char        *tzid,
                                   MitRepeat         *repeat);
/* The RRULE value, "" for MIT_REPEAT_NONE. */
char  *mit_repeat_to_rule         (const MitRepeat   *repeat);

/* A date as typed: "24.11.2026" (day and month may have one digit) or ISO
 * "2026-11-24". "YYYY-MM-DD", or NULL when it is not a real date. */
char  *mit_event_parse_date       (const char        *text);
/* A time as typed: "18:00", "9:30", "18.30", "18" (ISO "18:00:00" too).
 * "HH:MM", or NULL when it is not a time of day. */
char  *mit_event_parse_time       (const char        *text);

/* "Tuesday, 24 November 2026" in the user's language. */
char  *mit_event_format_day       (GDateTime         *day);
/* "18:00 – 20:00", "18:00 – 25 November, 10:00", "All Day". */
char  *mit_event_format_times     (const MitOccurrence *occurrence,
                                   const char          *tzid);
/* "Tuesday, 24 November 2026, 18:00" */
char  *mit_event_format_start     (const MitOccurrence *occurrence,
                                   const char          *tzid);
/* The CSS class of a status pill (mit-level-… colours and
 * "mit-event-status-KEY"). */
const char *mit_event_status_get_css_class (MitEventStatus status);

G_END_DECLS
