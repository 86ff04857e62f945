/* mit-steering-group-page.h: the members of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_STEERING_GROUP_PAGE (mit_steering_group_page_get_type ())
G_DECLARE_FINAL_TYPE (MitSteeringGroupPage, mit_steering_group_page, MIT, STEERING_GROUP_PAGE, AdwBin)

/* One row per member: the person (its button opens "win.show-person"),
 * the role and the actor they sit in the group for (one of the actors the
 * person works for); without members, a status page that says how to add
 * them. Actions (x: an id):
 * "steering-group.add-member" chooses a person from the directory, the
 * actor (proposed: the first they work for) and the role;
 * "steering-group.add-person" (x: a person id) adds that person directly
 * as a member for their first actor;
 * "steering-group.remove-member" (x: a member id) removes one.
 * Adding and removing activate "win.offer-undo" (xs). */

MitSteeringGroupPage *mit_steering_group_page_new       (void);
void                  mit_steering_group_page_set_store (MitSteeringGroupPage *self,
                                                         MitStore             *store);
/* The number of member rows shown. */
guint                 mit_steering_group_page_get_n_members (MitSteeringGroupPage *self);

G_END_DECLS
