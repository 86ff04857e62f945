/* mit-month-view.h: the events of one month in a grid of weeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_MONTH_VIEW (mit_month_view_get_type ())
G_DECLARE_FINAL_TYPE (MitMonthView, mit_month_view, MIT, MONTH_VIEW, GtkWidget)

/* Weeks begin on Monday. Each day shows up to three occurrences (time and
 * title) and "+N more" for the rest. Signal "event-selected" (gint64
 * event_id, gboolean navigate, always TRUE): an occurrence was clicked.
 *
 * Narrower than 500 px, a day shows the start times only ("•" for an
 * all-day event), the titles stay in the tooltips.
 *
 * Actions "month-view.previous", "month-view.next", "month-view.today";
 * Page Up and Page Down change the month, the arrow keys move between
 * days (into the next month at its edges), Enter on a day lists its
 * events. */

GtkWidget *mit_month_view_new             (void);
void       mit_month_view_set_store       (MitMonthView *self,
                                           MitStore     *store);
/* Shows @month (1 … 12) of @year. */
void       mit_month_view_set_month       (MitMonthView *self,
                                           int           year,
                                           int           month);
int        mit_month_view_get_year        (MitMonthView *self);
int        mit_month_view_get_month       (MitMonthView *self);
/* Shows only events for a target group, by an organiser (0: any) or with
 * a status (-1: any). */
void       mit_month_view_set_filter      (MitMonthView *self,
                                           gint64        target_group_id,
                                           gint64        organiser_id,
                                           int           status);
/* The first day shown (a Monday, "YYYY-MM-DD") and the occurrences in the
 * six weeks shown: a GArray of MitOccurrence owned by @self. */
const char *mit_month_view_get_first_day  (MitMonthView *self);
GArray    *mit_month_view_get_occurrences (MitMonthView *self);
/* Whether the view is narrower than 500 px and its days show the start
 * times of their events only. */
gboolean   mit_month_view_get_compact     (MitMonthView *self);
/* Moves the keyboard focus to @day ("YYYY-MM-DD"), changing the month if
 * needed. */
void       mit_month_view_focus_day       (MitMonthView *self,
                                           const char   *day);

G_END_DECLS
