/* mit-ics.h: events to and from iCalendar (RFC 5545), with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-store.h"

G_BEGIN_DECLS

#define MIT_ICS_ERROR (mit_ics_error_quark ())

typedef enum
{
  MIT_ICS_ERROR_MALFORMED,  /* not iCalendar, or iCalendar libical cannot read */
  MIT_ICS_ERROR_INVALID,    /* an event with a time or rule that is not valid */
  MIT_ICS_ERROR_NO_EVENTS,  /* a calendar without any event */
} MitIcsError;

GQuark        mit_ics_error_quark          (void);

/* Export */

/* A VCALENDAR with the events @ids (NULL: all, in the order of their first
 * start), each with UID, DTSTAMP, DTSTART/DTEND in its time zone (and a
 * VTIMEZONE for it) or as dates for all-day events, RRULE, EXDATE,
 * SUMMARY, DESCRIPTION, LOCATION, STATUS and the kind as CATEGORIES.
 * @n_exported (optional) receives the number of events. */
char         *mit_ics_export_events        (MitStore      *store,
                                            const gint64  *ids,
                                            guint          n_ids,
                                            guint         *n_exported,
                                            GError       **error);
gboolean      mit_ics_export_file          (MitStore      *store,
                                            const char    *path,
                                            const gint64  *ids,
                                            guint          n_ids,
                                            guint         *n_exported,
                                            GError       **error);

/* Writes all events of @store (as mit_ics_export_events() with @ids NULL)
 * to @file, replacing it as a whole (a half-written file never replaces
 * an old one). @n_exported (optional) receives the number of events; a
 * store without events writes a calendar without events. */
gboolean      mit_ics_export_all_events    (MitStore      *store,
                                            GFile         *file,
                                            GCancellable  *cancellable,
                                            guint         *n_exported,
                                            GError       **error);

/* Import: parse (the preview), then apply */

typedef struct _MitIcsImport MitIcsImport;

/* Reads @data (iCalendar text, e.g. from another calendar program) into
 * events to be imported, without changing @store. Events whose UID is in
 * @store already become updates of those (their organisers, target groups,
 * capacity, tasks and registrations stay). Times with a time zone libical
 * knows keep it, UTC times stay in UTC; floating times and zones known
 * only by their VTIMEZONE block are converted to Europe/Berlin. NULL with @error set when
 * the text is not iCalendar, holds lines libical cannot read, dates that
 * do not exist, or no event. */
MitIcsImport *mit_ics_import_parse         (MitStore      *store,
                                            const char    *data,
                                            gssize         length,
                                            GError       **error);
MitIcsImport *mit_ics_import_parse_file    (MitStore      *store,
                                            const char    *path,
                                            GError       **error);
void          mit_ics_import_free          (MitIcsImport  *self);

guint         mit_ics_import_get_n_events  (MitIcsImport  *self);
/* The event as it will be saved (for an update: with the stored one's
 * id). Owned by @self. */
MitEvent     *mit_ics_import_get_event     (MitIcsImport  *self,
                                            guint          index);
gboolean      mit_ics_import_is_update     (MitIcsImport  *self,
                                            guint          index);
guint         mit_ics_import_get_n_updates (MitIcsImport  *self);
/* Changed occurrences of recurring events (RECURRENCE-ID) are not
 * imported; how many were left out. */
guint         mit_ics_import_get_n_skipped (MitIcsImport  *self);

/* Saves all events in one transaction: all of them or, with @error set,
 * none. */
gboolean      mit_ics_import_apply         (MitIcsImport  *self,
                                            MitStore      *store,
                                            guint         *n_added,
                                            guint         *n_updated,
                                            GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitIcsImport, mit_ics_import_free)

G_END_DECLS
