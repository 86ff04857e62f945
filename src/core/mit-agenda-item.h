/* mit-agenda-item.h: an item on a meeting's agenda (Tagesordnungspunkt) with its minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_AGENDA_ITEM (mit_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (MitAgendaItem, mit_agenda_item, MIT, AGENDA_ITEM, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "meeting-id" (the meeting) (construct-only), "position" (1, 2, 3 … on the
 * agenda; set by the store) (read-only), "kind" (a MitAgendaItemKind),
 * "title", "presenter-id" (a person, 0 for nobody), "minutes" (what was said
 * (Protokoll)), "event-id" (an event the item is about, 0 for none),
 * "actor-id" (an actor the item is about, 0 for none), "target-group-id" (a
 * target group the item is about, 0 for none), "presenter-name" (the
 * presenter's name) (read-only). */

MitAgendaItem    *mit_agenda_item_new                 (gint64            meeting_id);
MitAgendaItem    *mit_agenda_item_copy                (MitAgendaItem    *self);

gint64            mit_agenda_item_get_id              (MitAgendaItem    *self);
const char       *mit_agenda_item_get_uid             (MitAgendaItem    *self);
const char       *mit_agenda_item_get_created         (MitAgendaItem    *self);
const char       *mit_agenda_item_get_modified        (MitAgendaItem    *self);

gint64            mit_agenda_item_get_meeting_id      (MitAgendaItem    *self);
int               mit_agenda_item_get_position        (MitAgendaItem    *self);
MitAgendaItemKind mit_agenda_item_get_kind            (MitAgendaItem    *self);
void              mit_agenda_item_set_kind            (MitAgendaItem    *self,
                                                       MitAgendaItemKind kind);
const char       *mit_agenda_item_get_title           (MitAgendaItem    *self);
void              mit_agenda_item_set_title           (MitAgendaItem    *self,
                                                       const char       *title);
gint64            mit_agenda_item_get_presenter_id    (MitAgendaItem    *self);
void              mit_agenda_item_set_presenter_id    (MitAgendaItem    *self,
                                                       gint64            presenter_id);
const char       *mit_agenda_item_get_minutes         (MitAgendaItem    *self);
void              mit_agenda_item_set_minutes         (MitAgendaItem    *self,
                                                       const char       *minutes);
gint64            mit_agenda_item_get_event_id        (MitAgendaItem    *self);
void              mit_agenda_item_set_event_id        (MitAgendaItem    *self,
                                                       gint64            event_id);
gint64            mit_agenda_item_get_actor_id        (MitAgendaItem    *self);
void              mit_agenda_item_set_actor_id        (MitAgendaItem    *self,
                                                       gint64            actor_id);
gint64            mit_agenda_item_get_target_group_id (MitAgendaItem    *self);
void              mit_agenda_item_set_target_group_id (MitAgendaItem    *self,
                                                       gint64            target_group_id);
const char       *mit_agenda_item_get_presenter_name  (MitAgendaItem    *self);

/* For the store. */
void              _mit_agenda_item_set_identity       (MitAgendaItem    *self,
                                                       gint64            id,
                                                       const char       *uid,
                                                       const char       *created,
                                                       const char       *modified);
void              _mit_agenda_item_set_position       (MitAgendaItem    *self,
                                                       int               position);
void              _mit_agenda_item_set_presenter_name (MitAgendaItem    *self,
                                                       const char       *presenter_name);

G_END_DECLS
