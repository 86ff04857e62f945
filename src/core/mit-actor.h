/* mit-actor.h: an organisation or initiative of the network (Akteur)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ACTOR (mit_actor_get_type ())
G_DECLARE_FINAL_TYPE (MitActor, mit_actor, MIT, ACTOR, GObject)

/* Text properties of an actor, in the order CSV export writes them.
 * Property names are the enum's lower-case names with '-' ("opening-hours"). */
typedef enum
{
  MIT_ACTOR_NAME,
  MIT_ACTOR_KIND,            /* key of the "actor-kind" vocabulary */
  MIT_ACTOR_DISTRICT,
  MIT_ACTOR_STREET,
  MIT_ACTOR_POSTCODE,
  MIT_ACTOR_TOWN,
  MIT_ACTOR_PHONE,
  MIT_ACTOR_EMAIL,
  MIT_ACTOR_WEBSITE,
  MIT_ACTOR_OPENING_HOURS,
  MIT_ACTOR_DESCRIPTION,
  MIT_ACTOR_LAST_VERIFIED,   /* "YYYY-MM-DD" or empty */
  MIT_ACTOR_N_TEXT_FIELDS
} MitActorText;

MitActor    *mit_actor_new                (void);
MitActor    *mit_actor_copy               (MitActor     *self);

gint64       mit_actor_get_id             (MitActor     *self);
const char  *mit_actor_get_uid            (MitActor     *self);
const char  *mit_actor_get_created        (MitActor     *self);
const char  *mit_actor_get_modified       (MitActor     *self);

/* Never NULL: an unset text is "". */
const char  *mit_actor_get_text           (MitActor     *self,
                                           MitActorText  which);
void         mit_actor_set_text           (MitActor     *self,
                                           MitActorText  which,
                                           const char   *value);
const char  *mit_actor_text_property_name (MitActorText  which);

const char  *mit_actor_get_name           (MitActor     *self);
void         mit_actor_set_name           (MitActor     *self,
                                           const char   *name);
const char  *mit_actor_get_kind           (MitActor     *self);
void         mit_actor_set_kind           (MitActor     *self,
                                           const char   *kind);

MitSector    mit_actor_get_sector         (MitActor     *self);
void         mit_actor_set_sector         (MitActor     *self,
                                           MitSector     sector);

MitBarrierFree mit_actor_get_barrier_free (MitActor      *self);
void           mit_actor_set_barrier_free (MitActor      *self,
                                           MitBarrierFree barrier_free);
/* Coordinates (WGS 84), both or none: FALSE when the actor has none. */
gboolean     mit_actor_get_coordinates    (MitActor     *self,
                                           double       *latitude,
                                           double       *longitude);
void         mit_actor_set_coordinates    (MitActor     *self,
                                           double        latitude,
                                           double        longitude);
void         mit_actor_clear_coordinates  (MitActor     *self);

/* Lists: never NULL, NULL-terminated, owned by the actor. */
const char * const *mit_actor_get_fields    (MitActor           *self);
void                mit_actor_set_fields    (MitActor           *self,
                                             const char * const *fields);
const char * const *mit_actor_get_languages (MitActor           *self);
void                mit_actor_set_languages (MitActor           *self,
                                             const char * const *languages);
const char * const *mit_actor_get_tags      (MitActor           *self);
void                mit_actor_set_tags      (MitActor           *self,
                                             const char * const *tags);

/* One line for list rows: "street, postcode town". Caller frees. */
char        *mit_actor_dup_address_line   (MitActor     *self);

/* For the store: identity and stamps are set when saved. */
void         _mit_actor_set_identity      (MitActor     *self,
                                           gint64        id,
                                           const char   *uid,
                                           const char   *created,
                                           const char   *modified);

G_END_DECLS
