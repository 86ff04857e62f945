/* mit-portal-parse.h: reading the answers of the Integreat API v3
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-portal-types.h"

G_BEGIN_DECLS

/* Each reads the body of one endpoint's answer into a GPtrArray of the
 * matching struct (with its free function set), in the portal's order.
 *
 * Lenient the way DESIGN.md §2.2 asks: unknown fields are ignored, a
 * missing or null optional field is absent, and an optional field of the
 * wrong type is treated as absent. All or nothing: a broken answer, or an
 * item without what identifies it, gives NULL and a MIT_PORTAL_ERROR whose
 * message names the item and the field, so that a sync never takes a partial
 * list for the whole one (and marks the rest as gone).
 *
 * @region is the region slug the request was for ("augsburg"), used in the
 * messages; NULL when the request named none. A web page instead of JSON is
 * MIT_PORTAL_ERROR_UNKNOWN_REGION (the portal answers an unknown region
 * with one), `{"error": "…"}` is MIT_PORTAL_ERROR_SERVER_MESSAGE. */

/* GET /api/v3/regions/ */
GPtrArray       *mit_portal_parse_regions    (GBytes      *body,
                                              GError     **error);
/* GET /api/v3/regions/REGION/ (one object) */
MitPortalRegion *mit_portal_parse_region     (GBytes      *body,
                                              const char  *region,
                                              GError     **error);
/* GET /api/v3/REGION/languages/ */
GPtrArray       *mit_portal_parse_languages  (GBytes      *body,
                                              const char  *region,
                                              GError     **error);
/* GET /api/v3/REGION/LANGUAGE/locations/ */
GPtrArray       *mit_portal_parse_locations  (GBytes      *body,
                                              const char  *region,
                                              GError     **error);
/* GET /api/v3/REGION/LANGUAGE/events/?combine_recurring=True. Without
 * combine_recurring the portal sends each occurrence of a repeating event
 * as an event of its own without an id (MitPortalEvent.id 0): a sync wants
 * the combined form. */
GPtrArray       *mit_portal_parse_events     (GBytes      *body,
                                              const char  *region,
                                              GError     **error);
/* GET /api/v3/REGION/LANGUAGE/pages/ */
GPtrArray       *mit_portal_parse_pages      (GBytes      *body,
                                              const char  *region,
                                              GError     **error);

/* The error for an answer that is a web page (or other text) where JSON was
 * expected: MIT_PORTAL_ERROR_UNKNOWN_REGION naming @region, or
 * MIT_PORTAL_ERROR_NOT_JSON when @region is NULL. For the client, which
 * sees the Content-Type before the body. */
GError          *mit_portal_error_new_not_json (const char *region);

/**
 * mit_portal_convert_recurrence:
 * @recurrence_rule: the API's "recurrence_rule" ("DTSTART:20300101T120000\n
 *   RRULE:FREQ=WEEKLY;…;UNTIL=20310101T235959", times in UTC without "Z",
 *   possibly EXDATE lines)
 * @start: the event's first start, with its UTC offset (`event.start`)
 * @tzid: the event's time zone
 * @all_day: whether it is an all-day event
 * @rrule: (out): the rule for MitEvent, normalised by
 *   mit_recurrence_normalize_rule() ("" when there is none)
 * @exdates: (out): the excluded occurrences as local times in @tzid in the
 *   form of MitEvent's "starts" (a date alone for all-day events); never
 *   NULL
 *
 * Turns the portal's rule into one our recurrence code expands correctly.
 * The date pattern (FREQ, INTERVAL, BYDAY …) is kept: the portal's editor
 * means local days. The time of day comes from @start, so occurrences keep
 * it across daylight-saving changes; the rule's DTSTART is not used. The
 * UNTIL is the trap: the portal writes its "recurrence end date" as that
 * date at 23:59:59 in UTC, without a "Z", so UNTIL=20310101T235959 means
 * "up to and including 1 January 2031 in the region", not "until 00:59:59
 * on 2 January" (which would let an event at 00:30 happen once more).
 * Such an UNTIL becomes the end of that local day; any other UNTIL is taken
 * as the UTC instant it says it is. Both are then written in UTC with a "Z"
 * (a date for all-day events), which is what mit_recurrence_normalize_rule()
 * keeps.
 *
 * Returns: FALSE with @error (MIT_PORTAL_ERROR_INVALID_VALUE) when the rule
 * cannot be read or expanded.
 */
gboolean mit_portal_convert_recurrence (const char  *recurrence_rule,
                                        GDateTime   *start,
                                        const char  *tzid,
                                        gboolean     all_day,
                                        char       **rrule,
                                        GStrv       *exdates,
                                        GError     **error);

G_END_DECLS
