/* mit-action-item.c: an action item (Aufgabe) that came from a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeeting"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-action-item.h"
#include "mit-record-private.h"

struct _MitActionItem
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  gint64    meeting_id;
  gint64    item_id;
  char     *title;
  gint64    owner_id;
  char     *due;
  MitActionStatus status;
  gint64    event_id;
  gint64    actor_id;
  gint64    target_group_id;
  char     *owner_name;
};

G_DEFINE_FINAL_TYPE (MitActionItem, mit_action_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_MEETING_ID,
  PROP_ITEM_ID,
  PROP_TITLE,
  PROP_OWNER_ID,
  PROP_DUE,
  PROP_STATUS,
  PROP_EVENT_ID,
  PROP_ACTOR_ID,
  PROP_TARGET_GROUP_ID,
  PROP_OWNER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_action_item_finalize (GObject *object)
{
  MitActionItem *self = (MitActionItem *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->owner_name, g_free);

  G_OBJECT_CLASS (mit_action_item_parent_class)->finalize (object);
}

static void
mit_action_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitActionItem *self = MIT_ACTION_ITEM (object);

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
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, mit_action_item_get_title (self));
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case PROP_DUE:
      g_value_set_string (value, mit_action_item_get_due (self));
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_ACTOR_ID:
      g_value_set_int64 (value, self->actor_id);
      break;
    case PROP_TARGET_GROUP_ID:
      g_value_set_int64 (value, self->target_group_id);
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, mit_action_item_get_owner_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_action_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MitActionItem *self = MIT_ACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_ITEM_ID:
      mit_action_item_set_item_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      mit_action_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_OWNER_ID:
      mit_action_item_set_owner_id (self, g_value_get_int64 (value));
      break;
    case PROP_DUE:
      mit_action_item_set_due (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mit_action_item_set_status (self, g_value_get_int (value));
      break;
    case PROP_EVENT_ID:
      mit_action_item_set_event_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACTOR_ID:
      mit_action_item_set_actor_id (self, g_value_get_int64 (value));
      break;
    case PROP_TARGET_GROUP_ID:
      mit_action_item_set_target_group_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_action_item_class_init (MitActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_action_item_finalize;
  object_class->get_property = mit_action_item_get_property;
  object_class->set_property = mit_action_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, "", rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, MIT_ACTION_OPEN, MIT_ACTION_STATUS_LAST, MIT_ACTION_OPEN, rw);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ACTOR_ID] =
    g_param_spec_int64 ("actor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TARGET_GROUP_ID] =
    g_param_spec_int64 ("target-group-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_action_item_init (MitActionItem *self)
{
}

/**
 * mit_action_item_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
MitActionItem *
mit_action_item_new (gint64 meeting_id)
{
  return g_object_new (MIT_TYPE_ACTION_ITEM, "meeting-id", meeting_id, NULL);
}

/**
 * mit_action_item_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitActionItem *
mit_action_item_copy (MitActionItem *self)
{
  MitActionItem *copy;

  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);

  copy = mit_action_item_new (self->meeting_id);
  copy->item_id = self->item_id;
  copy->title = g_strdup (self->title);
  copy->owner_id = self->owner_id;
  copy->due = g_strdup (self->due);
  copy->status = self->status;
  copy->event_id = self->event_id;
  copy->actor_id = self->actor_id;
  copy->target_group_id = self->target_group_id;
  copy->owner_name = g_strdup (self->owner_name);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

gint64
mit_action_item_get_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->id;
}

const char *
mit_action_item_get_uid (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->uid;
}

const char *
mit_action_item_get_created (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->created;
}

const char *
mit_action_item_get_modified (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->modified;
}

gint64
mit_action_item_get_meeting_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->meeting_id;
}

gint64
mit_action_item_get_item_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->item_id;
}

void
mit_action_item_set_item_id (MitActionItem *self,
                             gint64         item_id)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));

  item_id = MAX (item_id, 0);
  if (self->item_id == item_id)
    return;
  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

const char *
mit_action_item_get_title (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->title ? self->title : "";
}

void
mit_action_item_set_title (MitActionItem *self,
                           const char    *title)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));
  if (_mit_record_set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gint64
mit_action_item_get_owner_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->owner_id;
}

void
mit_action_item_set_owner_id (MitActionItem *self,
                              gint64         owner_id)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));

  owner_id = MAX (owner_id, 0);
  if (self->owner_id == owner_id)
    return;
  self->owner_id = owner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

const char *
mit_action_item_get_due (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->due ? self->due : "";
}

void
mit_action_item_set_due (MitActionItem *self,
                         const char    *due)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));
  if (_mit_record_set_text (&self->due, due))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

MitActionStatus
mit_action_item_get_status (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->status;
}

void
mit_action_item_set_status (MitActionItem   *self,
                            MitActionStatus  status)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));
  g_return_if_fail ((int)status >= MIT_ACTION_OPEN && status <= MIT_ACTION_STATUS_LAST);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
mit_action_item_get_event_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->event_id;
}

void
mit_action_item_set_event_id (MitActionItem *self,
                              gint64         event_id)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));

  event_id = MAX (event_id, 0);
  if (self->event_id == event_id)
    return;
  self->event_id = event_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_ID]);
}

gint64
mit_action_item_get_actor_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->actor_id;
}

void
mit_action_item_set_actor_id (MitActionItem *self,
                              gint64         actor_id)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));

  actor_id = MAX (actor_id, 0);
  if (self->actor_id == actor_id)
    return;
  self->actor_id = actor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_ID]);
}

gint64
mit_action_item_get_target_group_id (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), 0);
  return self->target_group_id;
}

void
mit_action_item_set_target_group_id (MitActionItem *self,
                                     gint64         target_group_id)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));

  target_group_id = MAX (target_group_id, 0);
  if (self->target_group_id == target_group_id)
    return;
  self->target_group_id = target_group_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUP_ID]);
}

const char *
mit_action_item_get_owner_name (MitActionItem *self)
{
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (self), NULL);
  return self->owner_name ? self->owner_name : "";
}

void
_mit_action_item_set_owner_name (MitActionItem *self,
                                 const char    *owner_name)
{
  g_return_if_fail (MIT_IS_ACTION_ITEM (self));
  if (_mit_record_set_text (&self->owner_name, owner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

void
_mit_action_item_set_identity (MitActionItem *self,
                               gint64         id,
                               const char    *uid,
                               const char    *created,
                               const char    *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_ACTION_ITEM (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

const char *
mit_action_status_get_label (MitActionStatus status)
{
  switch (status)
    {
    case MIT_ACTION_DONE:
      return C_("action item status", "Done");
    case MIT_ACTION_DROPPED:
      return C_("action item status", "Dropped");
    case MIT_ACTION_OPEN:
    default:
      return C_("action item status", "Open");
    }
}
