/* mit-channel-dialog.h: add or edit a channel, from the actor's or the
 * target group's side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_CHANNEL_DIALOG (mit_channel_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitChannelDialog, mit_channel_dialog, MIT, CHANNEL_DIALOG, AdwWindow)

/* A dialog adding a channel to the record @id of @side (MIT_RECORD_TARGET_GROUP:
 * the user chooses the actor that reaches the group; MIT_RECORD_ACTOR: the
 * group the actor reaches), how, how well and the key contact person (one
 * of the actor's contact persons, or none). The action "channel.save" is
 * disabled until something is chosen, and while the actor already reaches
 * the group the same way (the error label says so). Emits "saved" (gint64
 * change) and closes. */
MitChannelDialog *mit_channel_dialog_new_add  (GtkWindow     *parent,
                                               MitStore      *store,
                                               MitRecordKind  side,
                                               gint64         id);
/* A dialog editing @channel (a copy); actor and group stay as they are. */
MitChannelDialog *mit_channel_dialog_new_edit (GtkWindow     *parent,
                                               MitStore      *store,
                                               MitRecordKind  side,
                                               MitChannel    *channel);

/* For tests: chooses the actor (side TARGET_GROUP) or the group (side
 * ACTOR) of a new channel, as if picked in the list; FALSE when it is not
 * listed. */
gboolean          mit_channel_dialog_choose   (MitChannelDialog *self,
                                               gint64            id);

G_END_DECLS
