/* mit-event-task.h: a planning task of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_EVENT_TASK (mit_event_task_get_type ())
G_DECLARE_FINAL_TYPE (MitEventTask, mit_event_task, MIT, EVENT_TASK, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "event-id", "title", "due" ("YYYY-MM-DD" or ""), "owner-id" (a
 * person, 0 for nobody), "done", and read-only "owner-name" (filled in by
 * the store when it loads or saves the task). */

MitEventTask *mit_event_task_new            (gint64        event_id);

gint64        mit_event_task_get_id         (MitEventTask *self);
const char   *mit_event_task_get_uid        (MitEventTask *self);
const char   *mit_event_task_get_created    (MitEventTask *self);
const char   *mit_event_task_get_modified   (MitEventTask *self);

gint64        mit_event_task_get_event_id   (MitEventTask *self);
const char   *mit_event_task_get_title      (MitEventTask *self);
void          mit_event_task_set_title      (MitEventTask *self,
                                             const char   *title);
const char   *mit_event_task_get_due        (MitEventTask *self);
void          mit_event_task_set_due        (MitEventTask *self,
                                             const char   *due);
gint64        mit_event_task_get_owner_id   (MitEventTask *self);
void          mit_event_task_set_owner_id   (MitEventTask *self,
                                             gint64        owner_id);
gboolean      mit_event_task_get_done       (MitEventTask *self);
void          mit_event_task_set_done       (MitEventTask *self,
                                             gboolean      done);
/* "" when nobody owns it. */
const char   *mit_event_task_get_owner_name (MitEventTask *self);

/* For the store. */
void          _mit_event_task_set_identity  (MitEventTask *self,
                                             gint64        id,
                                             const char   *uid,
                                             const char   *created,
                                             const char   *modified);
void          _mit_event_task_set_owner_name (MitEventTask *self,
                                              const char   *name);

G_END_DECLS
