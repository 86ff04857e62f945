/* mit-agenda-item.c: an item on a meeting's agenda (Tagesordnungspunkt) with its minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeeting"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-agenda-item.h"
#include "mit-record-private.h"

struct _MitAgendaItem
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  gint64    meeting_id;
  int       position;
  MitAgendaItemKind kind;
  char     *title;
  gint64    presenter_id;
  char     *minutes;
  gint64    event_id;
  gint64    actor_id;
  gint64    target_group_id;
  char     *presenter_name;
};

G_DEFINE_FINAL_TYPE (MitAgendaItem, mit_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_PRESENTER_ID,
  PROP_MINUTES,
  PROP_EVENT_ID,
  PROP_ACTOR_ID,
  PROP_TARGET_GROUP_ID,
  PROP_PRESENTER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_agenda_item_finalize (GObject *object)
{
  MitAgendaItem *self = (MitAgendaItem *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->minutes, g_free);
  g_clear_pointer (&self->presenter_name, g_free);

  G_OBJECT_CLASS (mit_agenda_item_parent_class)->finalize (object);
}

static void
mit_agenda_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitAgendaItem *self = MIT_AGENDA_ITEM (object);

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
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, mit_agenda_item_get_title (self));
      break;
    case PROP_PRESENTER_ID:
      g_value_set_int64 (value, self->presenter_id);
      break;
    case PROP_MINUTES:
      g_value_set_string (value, mit_agenda_item_get_minutes (self));
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
    case PROP_PRESENTER_NAME:
      g_value_set_string (value, mit_agenda_item_get_presenter_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_agenda_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MitAgendaItem *self = MIT_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      mit_agenda_item_set_kind (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      mit_agenda_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_PRESENTER_ID:
      mit_agenda_item_set_presenter_id (self, g_value_get_int64 (value));
      break;
    case PROP_MINUTES:
      mit_agenda_item_set_minutes (self, g_value_get_string (value));
      break;
    case PROP_EVENT_ID:
      mit_agenda_item_set_event_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACTOR_ID:
      mit_agenda_item_set_actor_id (self, g_value_get_int64 (value));
      break;
    case PROP_TARGET_GROUP_ID:
      mit_agenda_item_set_target_group_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_agenda_item_class_init (MitAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_agenda_item_finalize;
  object_class->get_property = mit_agenda_item_get_property;
  object_class->set_property = mit_agenda_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, MIT_AGENDA_ITEM_REGULAR, MIT_AGENDA_ITEM_OPEN_ACTIONS, MIT_AGENDA_ITEM_REGULAR, rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_PRESENTER_ID] =
    g_param_spec_int64 ("presenter-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MINUTES] =
    g_param_spec_string ("minutes", NULL, NULL, "", rw);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ACTOR_ID] =
    g_param_spec_int64 ("actor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TARGET_GROUP_ID] =
    g_param_spec_int64 ("target-group-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PRESENTER_NAME] =
    g_param_spec_string ("presenter-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_agenda_item_init (MitAgendaItem *self)
{
}

/**
 * mit_agenda_item_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
MitAgendaItem *
mit_agenda_item_new (gint64 meeting_id)
{
  return g_object_new (MIT_TYPE_AGENDA_ITEM, "meeting-id", meeting_id, NULL);
}

/**
 * mit_agenda_item_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitAgendaItem *
mit_agenda_item_copy (MitAgendaItem *self)
{
  MitAgendaItem *copy;

  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);

  copy = mit_agenda_item_new (self->meeting_id);
  copy->position = self->position;
  copy->kind = self->kind;
  copy->title = g_strdup (self->title);
  copy->presenter_id = self->presenter_id;
  copy->minutes = g_strdup (self->minutes);
  copy->event_id = self->event_id;
  copy->actor_id = self->actor_id;
  copy->target_group_id = self->target_group_id;
  copy->presenter_name = g_strdup (self->presenter_name);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

gint64
mit_agenda_item_get_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->id;
}

const char *
mit_agenda_item_get_uid (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->uid;
}

const char *
mit_agenda_item_get_created (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->created;
}

const char *
mit_agenda_item_get_modified (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->modified;
}

gint64
mit_agenda_item_get_meeting_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->meeting_id;
}

int
mit_agenda_item_get_position (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->position;
}

void
_mit_agenda_item_set_position (MitAgendaItem *self,
                               int            position)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

MitAgendaItemKind
mit_agenda_item_get_kind (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->kind;
}

void
mit_agenda_item_set_kind (MitAgendaItem     *self,
                          MitAgendaItemKind  kind)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));
  g_return_if_fail ((int)kind >= MIT_AGENDA_ITEM_REGULAR && kind <= MIT_AGENDA_ITEM_OPEN_ACTIONS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mit_agenda_item_get_title (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->title ? self->title : "";
}

void
mit_agenda_item_set_title (MitAgendaItem *self,
                           const char    *title)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));
  if (_mit_record_set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gint64
mit_agenda_item_get_presenter_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->presenter_id;
}

void
mit_agenda_item_set_presenter_id (MitAgendaItem *self,
                                  gint64         presenter_id)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));

  presenter_id = MAX (presenter_id, 0);
  if (self->presenter_id == presenter_id)
    return;
  self->presenter_id = presenter_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER_ID]);
}

const char *
mit_agenda_item_get_minutes (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->minutes ? self->minutes : "";
}

void
mit_agenda_item_set_minutes (MitAgendaItem *self,
                             const char    *minutes)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));
  if (_mit_record_set_text (&self->minutes, minutes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}

gint64
mit_agenda_item_get_event_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->event_id;
}

void
mit_agenda_item_set_event_id (MitAgendaItem *self,
                              gint64         event_id)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));

  event_id = MAX (event_id, 0);
  if (self->event_id == event_id)
    return;
  self->event_id = event_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_ID]);
}

gint64
mit_agenda_item_get_actor_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->actor_id;
}

void
mit_agenda_item_set_actor_id (MitAgendaItem *self,
                              gint64         actor_id)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));

  actor_id = MAX (actor_id, 0);
  if (self->actor_id == actor_id)
    return;
  self->actor_id = actor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_ID]);
}

gint64
mit_agenda_item_get_target_group_id (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), 0);
  return self->target_group_id;
}

void
mit_agenda_item_set_target_group_id (MitAgendaItem *self,
                                     gint64         target_group_id)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));

  target_group_id = MAX (target_group_id, 0);
  if (self->target_group_id == target_group_id)
    return;
  self->target_group_id = target_group_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUP_ID]);
}

const char *
mit_agenda_item_get_presenter_name (MitAgendaItem *self)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (self), NULL);
  return self->presenter_name ? self->presenter_name : "";
}

void
_mit_agenda_item_set_presenter_name (MitAgendaItem *self,
                                     const char    *presenter_name)
{
  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));
  if (_mit_record_set_text (&self->presenter_name, presenter_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER_NAME]);
}

void
_mit_agenda_item_set_identity (MitAgendaItem *self,
                               gint64         id,
                               const char    *uid,
                               const char    *created,
                               const char    *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_AGENDA_ITEM (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}
