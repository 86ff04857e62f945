/* mit-steering-member.c: a member of the steering group (Steuerungsgruppe): a person, for an actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeeting"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-steering-member.h"
#include "mit-record-private.h"

struct _MitSteeringMember
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  gint64    person_id;
  gint64    actor_id;
  MitMemberRole role;
  char     *person_name;
  char     *actor_name;
};

G_DEFINE_FINAL_TYPE (MitSteeringMember, mit_steering_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_PERSON_ID,
  PROP_ACTOR_ID,
  PROP_ROLE,
  PROP_PERSON_NAME,
  PROP_ACTOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_steering_member_finalize (GObject *object)
{
  MitSteeringMember *self = (MitSteeringMember *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->actor_name, g_free);

  G_OBJECT_CLASS (mit_steering_member_parent_class)->finalize (object);
}

static void
mit_steering_member_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MitSteeringMember *self = MIT_STEERING_MEMBER (object);

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
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_ACTOR_ID:
      g_value_set_int64 (value, self->actor_id);
      break;
    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, mit_steering_member_get_person_name (self));
      break;
    case PROP_ACTOR_NAME:
      g_value_set_string (value, mit_steering_member_get_actor_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_steering_member_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MitSteeringMember *self = MIT_STEERING_MEMBER (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;
    case PROP_ACTOR_ID:
      mit_steering_member_set_actor_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROLE:
      mit_steering_member_set_role (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_steering_member_class_init (MitSteeringMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_steering_member_finalize;
  object_class->get_property = mit_steering_member_get_property;
  object_class->set_property = mit_steering_member_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTOR_ID] =
    g_param_spec_int64 ("actor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, MIT_MEMBER_MEMBER, MIT_MEMBER_ROLE_LAST, MIT_MEMBER_MEMBER, rw);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "", ro);
  properties[PROP_ACTOR_NAME] =
    g_param_spec_string ("actor-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_steering_member_init (MitSteeringMember *self)
{
}

/**
 * mit_steering_member_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
MitSteeringMember *
mit_steering_member_new (gint64 person_id)
{
  return g_object_new (MIT_TYPE_STEERING_MEMBER, "person-id", person_id, NULL);
}

/**
 * mit_steering_member_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitSteeringMember *
mit_steering_member_copy (MitSteeringMember *self)
{
  MitSteeringMember *copy;

  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);

  copy = mit_steering_member_new (self->person_id);
  copy->actor_id = self->actor_id;
  copy->role = self->role;
  copy->person_name = g_strdup (self->person_name);
  copy->actor_name = g_strdup (self->actor_name);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

gint64
mit_steering_member_get_id (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), 0);
  return self->id;
}

const char *
mit_steering_member_get_uid (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);
  return self->uid;
}

const char *
mit_steering_member_get_created (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);
  return self->created;
}

const char *
mit_steering_member_get_modified (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);
  return self->modified;
}

gint64
mit_steering_member_get_person_id (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), 0);
  return self->person_id;
}

gint64
mit_steering_member_get_actor_id (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), 0);
  return self->actor_id;
}

void
mit_steering_member_set_actor_id (MitSteeringMember *self,
                                  gint64             actor_id)
{
  g_return_if_fail (MIT_IS_STEERING_MEMBER (self));

  actor_id = MAX (actor_id, 0);
  if (self->actor_id == actor_id)
    return;
  self->actor_id = actor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_ID]);
}

MitMemberRole
mit_steering_member_get_role (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), 0);
  return self->role;
}

void
mit_steering_member_set_role (MitSteeringMember *self,
                              MitMemberRole      role)
{
  g_return_if_fail (MIT_IS_STEERING_MEMBER (self));
  g_return_if_fail ((int)role >= MIT_MEMBER_MEMBER && role <= MIT_MEMBER_ROLE_LAST);

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
mit_steering_member_get_person_name (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);
  return self->person_name ? self->person_name : "";
}

void
_mit_steering_member_set_person_name (MitSteeringMember *self,
                                      const char        *person_name)
{
  g_return_if_fail (MIT_IS_STEERING_MEMBER (self));
  if (_mit_record_set_text (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
mit_steering_member_get_actor_name (MitSteeringMember *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_MEMBER (self), NULL);
  return self->actor_name ? self->actor_name : "";
}

void
_mit_steering_member_set_actor_name (MitSteeringMember *self,
                                     const char        *actor_name)
{
  g_return_if_fail (MIT_IS_STEERING_MEMBER (self));
  if (_mit_record_set_text (&self->actor_name, actor_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_NAME]);
}

void
_mit_steering_member_set_identity (MitSteeringMember *self,
                                   gint64             id,
                                   const char        *uid,
                                   const char        *created,
                                   const char        *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_STEERING_MEMBER (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

const char *
mit_member_role_get_label (MitMemberRole role)
{
  switch (role)
    {
    case MIT_MEMBER_CHAIR:
      return C_("steering group role", "Chair");
    case MIT_MEMBER_DEPUTY_CHAIR:
      return C_("steering group role", "Deputy Chair");
    case MIT_MEMBER_MINUTE_TAKER:
      return C_("steering group role", "Minute-Taker");
    case MIT_MEMBER_MEMBER:
    default:
      return C_("steering group role", "Member");
    }
}
