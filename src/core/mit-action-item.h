/* mit-action-item.h: an action item (Aufgabe) that came from a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ACTION_ITEM (mit_action_item_get_type ())
G_DECLARE_FINAL_TYPE (MitActionItem, mit_action_item, MIT, ACTION_ITEM, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "meeting-id" (the meeting it came from) (construct-only), "item-id" (the
 * agenda item it came from, 0 for the meeting as a whole), "title",
 * "owner-id" (a person, 0 for nobody), "due" ("YYYY-MM-DD" or ""), "status"
 * (a MitActionStatus), "event-id" (an event it is linked to, 0 for none),
 * "actor-id" (an actor it is linked to, 0 for none), "target-group-id" (a
 * target group it is linked to, 0 for none), "owner-name" (the owner's name)
 * (read-only). */

MitActionItem  *mit_action_item_new                 (gint64          meeting_id);
MitActionItem  *mit_action_item_copy                (MitActionItem  *self);

gint64          mit_action_item_get_id              (MitActionItem  *self);
const char     *mit_action_item_get_uid             (MitActionItem  *self);
const char     *mit_action_item_get_created         (MitActionItem  *self);
const char     *mit_action_item_get_modified        (MitActionItem  *self);

gint64          mit_action_item_get_meeting_id      (MitActionItem  *self);
gint64          mit_action_item_get_item_id         (MitActionItem  *self);
void            mit_action_item_set_item_id         (MitActionItem  *self,
                                                     gint64          item_id);
const char     *mit_action_item_get_title           (MitActionItem  *self);
void            mit_action_item_set_title           (MitActionItem  *self,
                                                     const char     *title);
gint64          mit_action_item_get_owner_id        (MitActionItem  *self);
void            mit_action_item_set_owner_id        (MitActionItem  *self,
                                                     gint64          owner_id);
const char     *mit_action_item_get_due             (MitActionItem  *self);
void            mit_action_item_set_due             (MitActionItem  *self,
                                                     const char     *due);
MitActionStatus mit_action_item_get_status          (MitActionItem  *self);
void            mit_action_item_set_status          (MitActionItem  *self,
                                                     MitActionStatus status);
gint64          mit_action_item_get_event_id        (MitActionItem  *self);
void            mit_action_item_set_event_id        (MitActionItem  *self,
                                                     gint64          event_id);
gint64          mit_action_item_get_actor_id        (MitActionItem  *self);
void            mit_action_item_set_actor_id        (MitActionItem  *self,
                                                     gint64          actor_id);
gint64          mit_action_item_get_target_group_id (MitActionItem  *self);
void            mit_action_item_set_target_group_id (MitActionItem  *self,
                                                     gint64          target_group_id);
const char     *mit_action_item_get_owner_name      (MitActionItem  *self);

/* "Open", "Done", "Dropped", translated. */
const char     *mit_action_status_get_label         (MitActionStatus status);

/* For the store. */
void            _mit_action_item_set_identity       (MitActionItem  *self,
                                                     gint64          id,
                                                     const char     *uid,
                                                     const char     *created,
                                                     const char     *modified);
void            _mit_action_item_set_owner_name     (MitActionItem  *self,
                                                     const char     *owner_name);

G_END_DECLS
