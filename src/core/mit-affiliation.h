/* mit-affiliation.h: a person's link to an actor, with a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_AFFILIATION (mit_affiliation_get_type ())
G_DECLARE_FINAL_TYPE (MitAffiliation, mit_affiliation, MIT, AFFILIATION, GObject)

/* Affiliations are read from the store, which fills in the names of both
 * sides so a row can show them without another query. */
MitAffiliation *mit_affiliation_new             (gint64          id,
                                                 gint64          person_id,
                                                 gint64          actor_id,
                                                 const char     *role,
                                                 const char     *person_name,
                                                 const char     *actor_name);

gint64          mit_affiliation_get_id          (MitAffiliation *self);
gint64          mit_affiliation_get_person_id   (MitAffiliation *self);
gint64          mit_affiliation_get_actor_id    (MitAffiliation *self);
const char     *mit_affiliation_get_role        (MitAffiliation *self);
const char     *mit_affiliation_get_person_name (MitAffiliation *self);
const char     *mit_affiliation_get_actor_name  (MitAffiliation *self);

G_END_DECLS
