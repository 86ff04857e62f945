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

/* One row per member: the person (activating it opens "win.show-person"),
 * the role and the actor they sit in the group for (one of the actors the
 * person works for). Actions (x: a member id):
 * "steering-group.add-member" chooses a person (the role typed there, e.g.
 * "Chair", sets the role; the person's first actor is the actor);
 * "steering-group.add-person" (x: a person id) adds that person directly;
 * "steering-group.remove-member" (x) removes one and activates
 * "win.offer-undo" (xs). */

MitSteeringGroupPage *mit_steering_group_page_new       (void);
void                  mit_steering_group_page_set_store (MitSteeringGroupPage *self,
                                                         MitStore             *store);
/* The number of member rows shown. */
guint                 mit_steering_group_page_get_n_members (MitSteeringGroupPage *self);

G_END_DECLS
