/* mit-channel.h: how an actor reaches a target group (Verstärker)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* How an actor reaches a group: the stored keys. */
#define MIT_CHANNEL_HOW_COUNSELLING      "counselling"
#define MIT_CHANNEL_HOW_OUTREACH         "outreach"
#define MIT_CHANNEL_HOW_MULTIPLIER       "multiplier"
#define MIT_CHANNEL_HOW_EVENT            "event"
#define MIT_CHANNEL_HOW_LANGUAGE_COURSE  "language-course"
#define MIT_CHANNEL_HOW_OTHER            "other"

#define MIT_TYPE_CHANNEL (mit_channel_get_type ())
G_DECLARE_FINAL_TYPE (MitChannel, mit_channel, MIT, CHANNEL, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "actor-id", "group-id" (int64), "how" (one of the keys above),
 * "strength" (int, a MitChannelStrength), "contact-id" (int64, the key
 * contact person, 0 for none), "notes"; and read-only "actor-name",
 * "group-name", "contact-name" ("" when unknown), which the store fills in
 * when it lists channels. One actor reaches a group at most once per "how". */

/* A new channel: how "other", strength REGULAR, no contact. */
MitChannel     *mit_channel_new                (gint64              actor_id,
                                                gint64              group_id);
MitChannel     *mit_channel_copy               (MitChannel         *self);

gint64          mit_channel_get_id             (MitChannel         *self);
const char     *mit_channel_get_uid            (MitChannel         *self);
const char     *mit_channel_get_created        (MitChannel         *self);
const char     *mit_channel_get_modified       (MitChannel         *self);

gint64          mit_channel_get_actor_id       (MitChannel         *self);
void            mit_channel_set_actor_id       (MitChannel         *self,
                                                gint64              actor_id);
gint64          mit_channel_get_group_id       (MitChannel         *self);
void            mit_channel_set_group_id       (MitChannel         *self,
                                                gint64              group_id);
/* Never NULL. */
const char     *mit_channel_get_how            (MitChannel         *self);
/* NULL or "" mean MIT_CHANNEL_HOW_OTHER. The store refuses unknown keys. */
void            mit_channel_set_how            (MitChannel         *self,
                                                const char         *how);
MitChannelStrength mit_channel_get_strength    (MitChannel         *self);
void            mit_channel_set_strength       (MitChannel         *self,
                                                MitChannelStrength  strength);
gint64          mit_channel_get_contact_id     (MitChannel         *self);
void            mit_channel_set_contact_id     (MitChannel         *self,
                                                gint64              contact_id);
const char     *mit_channel_get_notes          (MitChannel         *self);
void            mit_channel_set_notes          (MitChannel         *self,
                                                const char         *notes);

const char     *mit_channel_get_actor_name     (MitChannel         *self);
const char     *mit_channel_get_group_name     (MitChannel         *self);
const char     *mit_channel_get_contact_name   (MitChannel         *self);

/* The "how" keys in display order, NULL-terminated (static). */
const char * const *mit_channel_how_list       (void);
gboolean        mit_channel_how_is_valid       (const char         *how);
/* The translated label of a "how" key ("Language course"); the key itself
 * when it is unknown. */
const char     *mit_channel_how_get_label      (const char         *how);
/* The translated name of a strength ("Weak", "Regular", "Strong"). */
const char     *mit_channel_strength_get_label (MitChannelStrength  strength);

/* For the store. */
void            _mit_channel_set_identity      (MitChannel         *self,
                                                gint64              id,
                                                const char         *uid,
                                                const char         *created,
                                                const char         *modified);
void            _mit_channel_set_names         (MitChannel         *self,
                                                const char         *actor_name,
                                                const char         *group_name,
                                                const char         *contact_name);

G_END_DECLS
