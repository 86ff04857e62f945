/* mit-event-task.c: a planning task of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEvent"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-event-task.h"
#include "mit-record-private.h"

struct _MitEventTask
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  gint64    event_id;
  char     *title;
  char     *due;
  gint64    owner_id;
  gboolean  done;
  char     *owner_name;
};

G_DEFINE_FINAL_TYPE (MitEventTask, mit_event_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_EVENT_ID,
  PROP_TITLE,
  PROP_DUE,
  PROP_OWNER_ID,
  PROP_DONE,
  PROP_OWNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_event_task_finalize (GObject *object)
{
  MitEventTask *self = (MitEventTask *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->owner_name, g_free);

  G_OBJECT_CLASS (mit_event_task_parent_class)->finalize (object);
}

static void
mit_event_task_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MitEventTask *self = MIT_EVENT_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, mit_event_task_get_title (self));
      break;
    case PROP_DUE:
      g_value_set_string (value, mit_event_task_get_due (self));
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, mit_event_task_get_owner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_event_task_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MitEventTask *self = MIT_EVENT_TASK (object);

  switch (prop_id)
    {
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      mit_event_task_set_title (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      mit_event_task_set_due (self, g_value_get_string (value));
      break;
    case PROP_OWNER_ID:
      mit_event_task_set_owner_id (self, g_value_get_int64 (value));
      break;
    case PROP_DONE:
      mit_event_task_set_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_event_task_class_init (MitEventTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_event_task_finalize;
  object_class->get_property = mit_event_task_get_property;
  object_class->set_property = mit_event_task_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, "", rw);
  properties[PROP_OWNER_ID] = g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, rw);
  properties[PROP_OWNER_NAME] = g_param_spec_string ("owner-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_event_task_init (MitEventTask *self)
{
}

/**
 * mit_event_task_new:
 *
 * Returns: (transfer full): a new task of the event @event_id
 */
MitEventTask *
mit_event_task_new (gint64 event_id)
{
  return g_object_new (MIT_TYPE_EVENT_TASK, "event-id", event_id, NULL);
}

gint64
mit_event_task_get_id (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), 0);
  return self->id;
}

const char *
mit_event_task_get_uid (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->uid;
}

const char *
mit_event_task_get_created (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->created;
}

const char *
mit_event_task_get_modified (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->modified;
}

gint64
mit_event_task_get_event_id (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), 0);
  return self->event_id;
}

const char *
mit_event_task_get_title (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->title ? self->title : "";
}

void
mit_event_task_set_title (MitEventTask *self,
                          const char   *title)
{
  g_return_if_fail (MIT_IS_EVENT_TASK (self));
  if (_mit_record_set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mit_event_task_get_due (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->due ? self->due : "";
}

void
mit_event_task_set_due (MitEventTask *self,
                        const char   *due)
{
  g_return_if_fail (MIT_IS_EVENT_TASK (self));
  if (_mit_record_set_text (&self->due, due))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

gint64
mit_event_task_get_owner_id (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), 0);
  return self->owner_id;
}

void
mit_event_task_set_owner_id (MitEventTask *self,
                             gint64        owner_id)
{
  g_return_if_fail (MIT_IS_EVENT_TASK (self));

  owner_id = MAX (owner_id, 0);
  if (self->owner_id == owner_id)
    return;
  self->owner_id = owner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

gboolean
mit_event_task_get_done (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), FALSE);
  return self->done;
}

void
mit_event_task_set_done (MitEventTask *self,
                         gboolean      done)
{
  g_return_if_fail (MIT_IS_EVENT_TASK (self));

  done = !!done;
  if (self->done == done)
    return;
  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

const char *
mit_event_task_get_owner_name (MitEventTask *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_TASK (self), NULL);
  return self->owner_name ? self->owner_name : "";
}

void
_mit_event_task_set_identity (MitEventTask *self,
                              gint64        id,
                              const char   *uid,
                              const char   *created,
                              const char   *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_EVENT_TASK (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

void
_mit_event_task_set_owner_name (MitEventTask *self,
                                const char   *name)
{
  g_return_if_fail (MIT_IS_EVENT_TASK (self));
  if (_mit_record_set_text (&self->owner_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}
