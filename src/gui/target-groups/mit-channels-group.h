/* mit-channels-group.h: the channels between actors and target groups,
 * from either side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_CHANNELS_GROUP (mit_channels_group_get_type ())
G_DECLARE_FINAL_TYPE (MitChannelsGroup, mit_channels_group, MIT, CHANNELS_GROUP, AdwPreferencesGroup)

/* Property "kind" (guint, a MitRecordKind): MIT_RECORD_TARGET_GROUP (the
 * default: "Reached By", the actors reaching a group) or MIT_RECORD_ACTOR
 * ("Target Groups Reached" by an actor).
 *
 * Activating a row opens the other side ("win.show-actor" or
 * "win.show-target-group" with its id). Each row has Edit and Remove
 * buttons; removing activates "win.offer-undo" (xs) with the change.
 * Action "channels.add" opens the dialog adding a channel. */

GtkWidget     *mit_channels_group_new        (void);
/* Shows the channels of record @id of @kind; @id 0 shows nothing. */
void           mit_channels_group_set_record (MitChannelsGroup *self,
                                              MitStore         *store,
                                              MitRecordKind     kind,
                                              gint64            id);
MitRecordKind  mit_channels_group_get_kind   (MitChannelsGroup *self);
/* The channel ids shown, top to bottom (for tests). A GArray of gint64. */
GArray        *mit_channels_group_list_ids   (MitChannelsGroup *self);

G_END_DECLS
