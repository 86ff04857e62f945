/* mit-steering-member.h: a member of the steering group (Steuerungsgruppe): a person, for an actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_STEERING_MEMBER (mit_steering_member_get_type ())
G_DECLARE_FINAL_TYPE (MitSteeringMember, mit_steering_member, MIT, STEERING_MEMBER, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "person-id" (the person) (construct-only), "actor-id" (the actor the
 * person sits in the group for, 0 for none), "role" (a MitMemberRole),
 * "person-name" (the person's name) (read-only), "actor-name" (the actor's
 * name, "" for none) (read-only). */

MitSteeringMember  *mit_steering_member_new              (gint64            person_id);
MitSteeringMember  *mit_steering_member_copy             (MitSteeringMember*self);

gint64              mit_steering_member_get_id           (MitSteeringMember*self);
const char         *mit_steering_member_get_uid          (MitSteeringMember*self);
const char         *mit_steering_member_get_created      (MitSteeringMember*self);
const char         *mit_steering_member_get_modified     (MitSteeringMember*self);

gint64              mit_steering_member_get_person_id    (MitSteeringMember*self);
gint64              mit_steering_member_get_actor_id     (MitSteeringMember*self);
void                mit_steering_member_set_actor_id     (MitSteeringMember*self,
                                                          gint64            actor_id);
MitMemberRole       mit_steering_member_get_role         (MitSteeringMember*self);
void                mit_steering_member_set_role         (MitSteeringMember*self,
                                                          MitMemberRole     role);
const char         *mit_steering_member_get_person_name  (MitSteeringMember*self);
const char         *mit_steering_member_get_actor_name   (MitSteeringMember*self);

/* The role as people read it ("Chair" …), translated. */
const char         *mit_member_role_get_label            (MitMemberRole     role);

/* For the store. */
void                _mit_steering_member_set_identity    (MitSteeringMember*self,
                                                          gint64            id,
                                                          const char       *uid,
                                                          const char       *created,
                                                          const char       *modified);
void                _mit_steering_member_set_person_name (MitSteeringMember*self,
                                                          const char       *person_name);
void                _mit_steering_member_set_actor_name  (MitSteeringMember*self,
                                                          const char       *actor_name);

G_END_DECLS
