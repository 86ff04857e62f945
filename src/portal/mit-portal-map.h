/* mit-portal-map.h: what a portal's location or event becomes here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-actor.h"
#include "mit-event.h"
#include "mit-portal-types.h"

G_BEGIN_DECLS

/* One field the sync takes from the portal: its key in an origin's "base"
 * and "theirs" (see resources/sql/0006-portal.sql), a label for people,
 * and how to read and write it on a record (an actor or an event) as one
 * canonical string, so that "changed here" and "changed there" are string
 * comparisons. */
typedef struct
{
  const char  *key;
  const char  *label;                       /* N_() */
  char      *(*get) (GObject    *record);
  void       (*set) (GObject    *record,
                     const char *value);
} MitPortalField;

/* The fields of an actor, and of an event, that come from the portal. */
const MitPortalField *mit_portal_actor_fields (guint *n_fields);
const MitPortalField *mit_portal_event_fields (guint *n_fields);
/* The fields of @tbl ("actor" or "event"), NULL for another table. */
const MitPortalField *mit_portal_fields_for   (const char *tbl,
                                               guint      *n_fields);
/* The field of @tbl called @key, or NULL. */
const MitPortalField *mit_portal_field_lookup (const char *tbl,
                                               const char *key);

/* Where a location category goes: an actor kind and fields of action. */
typedef struct
{
  char  *kind;      /* key of the "actor-kind" vocabulary */
  char **fields;    /* keys of the "field" vocabulary; never NULL */
} MitCategoryTarget;

void mit_category_target_free (MitCategoryTarget *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitCategoryTarget, mit_category_target_free)

/* The target of a category: from @category_map (a subscription's JSON
 * object, keyed by the category id as text) when it names the category,
 * otherwise guessed from the category's name ("Behörde/Amt" → authority,
 * "Beratung" → counselling …). Never NULL. */
MitCategoryTarget *mit_portal_map_category (const char *category_map,
                                            gint64      category_id,
                                            const char *category_name);
/* @category_map with every category of @locations (a GPtrArray of
 * MitPortalLocation) that it does not name yet added, with the guessed
 * target and the category's name. Returns NULL when nothing was added. */
char              *mit_portal_extend_category_map (const char *category_map,
                                                   GPtrArray  *locations);

/* The opening hours as one line for people, in the user's language:
 * "Mon, Tue, Thu 10:00–13:00, 15:00–18:00; Fri 10:00–14:00; Wed, Sat, Sun
 * closed". Days the portal says nothing about are left out. */
char              *mit_portal_format_opening_hours (const MitPortalLocation *location);

/* A new actor with the location's values (not saved). */
MitActor          *mit_portal_location_to_actor (const MitPortalLocation *location,
                                                 const char              *category_map);
/* A new event with the portal event's values (not saved). @venue_id: the
 * actor here that the event's location became, 0 when none. */
MitEvent          *mit_portal_event_to_event    (const MitPortalEvent    *event,
                                                 gint64                   venue_id);

/* The fields' values of @record as a JSON object (the form of "base"). */
char              *mit_portal_fields_to_json    (const char *tbl,
                                                 GObject    *record);

G_END_DECLS
