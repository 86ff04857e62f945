/* mit-event-list.h: the agenda of events, upcoming and past
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_EVENT_LIST (mit_event_list_get_type ())
G_DECLARE_FINAL_TYPE (MitEventList, mit_event_list, MIT, EVENT_LIST, AdwBin)

/* Signal "event-selected" (gint64 event_id, gboolean navigate): the user
 * chose an occurrence; navigate is TRUE for a click or Enter, FALSE when
 * moving through the agenda with the arrow keys. Delete in the agenda
 * activates "win.delete"; the empty state offers "win.new-event".
 *
 * Actions: "event-list.clear-filters" clears the filters;
 * "event-list.load-more" shows the next page of occurrences;
 * "event-list.show-past" (b) switches between upcoming and past. */

void        mit_event_list_set_store       (MitEventList *self,
                                            MitStore     *store);
/* Moves the keyboard focus into the agenda (there is nothing to type in:
 * named like the other lists' function for the window). */
void        mit_event_list_focus_search    (MitEventList *self);
/* Selects the first occurrence of @id shown without emitting
 * "event-selected"; clears the filters first if they hide it, and
 * switches between upcoming and past when the event is only there. */
void        mit_event_list_select_id       (MitEventList *self,
                                            gint64        id);
/* The selected event's id, or 0. */
gint64      mit_event_list_get_selected_id (MitEventList *self);
/* Upcoming (FALSE, the default) or past occurrences. */
void        mit_event_list_set_show_past   (MitEventList *self,
                                            gboolean      show_past);
gboolean    mit_event_list_get_show_past   (MitEventList *self);
/* Shows only events for a target group, by an organiser (0: any) or with
 * a status (-1: any). */
void        mit_event_list_set_filter      (MitEventList *self,
                                            gint64        target_group_id,
                                            gint64        organiser_id,
                                            int           status);
/* The moment that divides upcoming from past, Unix seconds; 0 (the
 * default) is always now. For tests. */
void        mit_event_list_set_now         (MitEventList *self,
                                            gint64        now);
/* The occurrences shown, in order: a GArray of MitOccurrence owned by
 * @self. */
GArray     *mit_event_list_get_occurrences (MitEventList *self);

G_END_DECLS
