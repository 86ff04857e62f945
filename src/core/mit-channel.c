/* mit-channel.c: how an actor reaches a target group (Verstärker)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitChannel"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-channel.h"
#include "mit-record-private.h"

struct _MitChannel
{
  GObject             parent_instance;

  gint64              id;
  char               *uid;
  char               *created;
  char               *modified;
  gint64              actor_id;
  gint64              group_id;
  char               *how;
  MitChannelStrength  strength;
  gint64              contact_id;
  char               *notes;
  char               *actor_name;
  char               *group_name;
  char               *contact_name;
};

G_DEFINE_FINAL_TYPE (MitChannel, mit_channel, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_ACTOR_ID,
  PROP_GROUP_ID,
  PROP_HOW,
  PROP_STRENGTH,
  PROP_CONTACT_ID,
  PROP_NOTES,
  PROP_ACTOR_NAME,
  PROP_GROUP_NAME,
  PROP_CONTACT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *key;
  const char *label;
} hows[] = {
  /* Translators: how an actor reaches a target group */
  { MIT_CHANNEL_HOW_COUNSELLING, N_("Counselling") },
  /* Translators: how an actor reaches a target group: going to where people are */
  { MIT_CHANNEL_HOW_OUTREACH, N_("Outreach") },
  /* Translators: how an actor reaches a target group: through people who pass it on */
  { MIT_CHANNEL_HOW_MULTIPLIER, N_("Multiplier") },
  /* Translators: how an actor reaches a target group */
  { MIT_CHANNEL_HOW_EVENT, N_("Events") },
  /* Translators: how an actor reaches a target group */
  { MIT_CHANNEL_HOW_LANGUAGE_COURSE, N_("Language course") },
  /* Translators: how an actor reaches a target group */
  { MIT_CHANNEL_HOW_OTHER, N_("Other") },
};

static const char * const how_keys[] = {
  MIT_CHANNEL_HOW_COUNSELLING,
  MIT_CHANNEL_HOW_OUTREACH,
  MIT_CHANNEL_HOW_MULTIPLIER,
  MIT_CHANNEL_HOW_EVENT,
  MIT_CHANNEL_HOW_LANGUAGE_COURSE,
  MIT_CHANNEL_HOW_OTHER,
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (hows) + 1 == G_N_ELEMENTS (how_keys));

static void
mit_channel_finalize (GObject *object)
{
  MitChannel *self = (MitChannel *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->how, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->actor_name, g_free);
  g_clear_pointer (&self->group_name, g_free);
  g_clear_pointer (&self->contact_name, g_free);

  G_OBJECT_CLASS (mit_channel_parent_class)->finalize (object);
}

static void
mit_channel_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MitChannel *self = MIT_CHANNEL (object);

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
    case PROP_ACTOR_ID:
      g_value_set_int64 (value, self->actor_id);
      break;
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_HOW:
      g_value_set_string (value, mit_channel_get_how (self));
      break;
    case PROP_STRENGTH:
      g_value_set_int (value, self->strength);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_NOTES:
      g_value_set_string (value, mit_channel_get_notes (self));
      break;
    case PROP_ACTOR_NAME:
      g_value_set_string (value, mit_channel_get_actor_name (self));
      break;
    case PROP_GROUP_NAME:
      g_value_set_string (value, mit_channel_get_group_name (self));
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, mit_channel_get_contact_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_channel_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MitChannel *self = MIT_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_ACTOR_ID:
      mit_channel_set_actor_id (self, g_value_get_int64 (value));
      break;
    case PROP_GROUP_ID:
      mit_channel_set_group_id (self, g_value_get_int64 (value));
      break;
    case PROP_HOW:
      mit_channel_set_how (self, g_value_get_string (value));
      break;
    case PROP_STRENGTH:
      mit_channel_set_strength (self, g_value_get_int (value));
      break;
    case PROP_CONTACT_ID:
      mit_channel_set_contact_id (self, g_value_get_int64 (value));
      break;
    case PROP_NOTES:
      mit_channel_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_channel_class_init (MitChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_channel_finalize;
  object_class->get_property = mit_channel_get_property;
  object_class->set_property = mit_channel_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_ACTOR_ID] = g_param_spec_int64 ("actor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_GROUP_ID] = g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_HOW] =
    g_param_spec_string ("how", NULL, NULL, MIT_CHANNEL_HOW_OTHER, rw);
  properties[PROP_STRENGTH] =
    g_param_spec_int ("strength", NULL, NULL, MIT_CHANNEL_WEAK, MIT_CHANNEL_STRENGTH_LAST,
                      MIT_CHANNEL_REGULAR, rw);
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_ACTOR_NAME] = g_param_spec_string ("actor-name", NULL, NULL, "", ro);
  properties[PROP_GROUP_NAME] = g_param_spec_string ("group-name", NULL, NULL, "", ro);
  properties[PROP_CONTACT_NAME] = g_param_spec_string ("contact-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_channel_init (MitChannel *self)
{
  self->how = g_strdup (MIT_CHANNEL_HOW_OTHER);
  self->strength = MIT_CHANNEL_REGULAR;
}

/**
 * mit_channel_new:
 * @actor_id: the actor that reaches the group
 * @group_id: the target group
 *
 * Returns: (transfer full): a new channel, not yet stored
 */
MitChannel *
mit_channel_new (gint64 actor_id,
                 gint64 group_id)
{
  MitChannel *self = g_object_new (MIT_TYPE_CHANNEL, NULL);

  self->actor_id = actor_id;
  self->group_id = group_id;
  return self;
}

/**
 * mit_channel_copy:
 *
 * Returns: (transfer full): a copy with the same identity, values and names
 */
MitChannel *
mit_channel_copy (MitChannel *self)
{
  MitChannel *copy;

  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);

  copy = mit_channel_new (self->actor_id, self->group_id);
  _mit_channel_set_identity (copy, self->id, self->uid, self->created, self->modified);
  mit_channel_set_how (copy, self->how);
  copy->strength = self->strength;
  copy->contact_id = self->contact_id;
  copy->notes = g_strdup (self->notes);
  _mit_channel_set_names (copy, self->actor_name, self->group_name, self->contact_name);
  return copy;
}

gint64
mit_channel_get_id (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), 0);
  return self->id;
}

const char *
mit_channel_get_uid (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->uid;
}

const char *
mit_channel_get_created (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->created;
}

const char *
mit_channel_get_modified (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->modified;
}

static void
set_id (MitChannel *self,
        gint64     *slot,
        gint64      value,
        guint       prop)
{
  if (*slot != value)
    {
      *slot = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
    }
}

gint64
mit_channel_get_actor_id (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), 0);
  return self->actor_id;
}

void
mit_channel_set_actor_id (MitChannel *self,
                          gint64      actor_id)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));
  set_id (self, &self->actor_id, actor_id, PROP_ACTOR_ID);
}

gint64
mit_channel_get_group_id (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), 0);
  return self->group_id;
}

void
mit_channel_set_group_id (MitChannel *self,
                          gint64      group_id)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));
  set_id (self, &self->group_id, group_id, PROP_GROUP_ID);
}

const char *
mit_channel_get_how (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->how;
}

void
mit_channel_set_how (MitChannel *self,
                     const char *how)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));

  if (how == NULL || *how == '\0')
    how = MIT_CHANNEL_HOW_OTHER;
  if (_mit_record_set_str (&self->how, how))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOW]);
}

MitChannelStrength
mit_channel_get_strength (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), MIT_CHANNEL_REGULAR);
  return self->strength;
}

void
mit_channel_set_strength (MitChannel         *self,
                          MitChannelStrength  strength)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));
  g_return_if_fail (strength >= MIT_CHANNEL_WEAK && strength <= MIT_CHANNEL_STRENGTH_LAST);

  if (self->strength != strength)
    {
      self->strength = strength;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTH]);
    }
}

gint64
mit_channel_get_contact_id (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), 0);
  return self->contact_id;
}

void
mit_channel_set_contact_id (MitChannel *self,
                            gint64      contact_id)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));
  set_id (self, &self->contact_id, MAX (contact_id, 0), PROP_CONTACT_ID);
}

const char *
mit_channel_get_notes (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->notes ? self->notes : "";
}

void
mit_channel_set_notes (MitChannel *self,
                       const char *notes)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));
  if (_mit_record_set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
mit_channel_get_actor_name (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->actor_name ? self->actor_name : "";
}

const char *
mit_channel_get_group_name (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->group_name ? self->group_name : "";
}

const char *
mit_channel_get_contact_name (MitChannel *self)
{
  g_return_val_if_fail (MIT_IS_CHANNEL (self), NULL);
  return self->contact_name ? self->contact_name : "";
}

/**
 * mit_channel_how_list:
 *
 * Returns: (transfer none): the "how" keys in display order
 */
const char * const *
mit_channel_how_list (void)
{
  return how_keys;
}

gboolean
mit_channel_how_is_valid (const char *how)
{
  return how != NULL && g_strv_contains (how_keys, how);
}

const char *
mit_channel_how_get_label (const char *how)
{
  g_return_val_if_fail (how != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hows); i++)
    if (g_str_equal (hows[i].key, how))
      return _(hows[i].label);
  return how;
}

const char *
mit_channel_strength_get_label (MitChannelStrength strength)
{
  switch (strength)
    {
    case MIT_CHANNEL_WEAK:
      return C_("channel strength", "Weak");
    case MIT_CHANNEL_STRONG:
      return C_("channel strength", "Strong");
    case MIT_CHANNEL_REGULAR:
    default:
      return C_("channel strength", "Regular");
    }
}

void
_mit_channel_set_identity (MitChannel *self,
                           gint64      id,
                           const char *uid,
                           const char *created,
                           const char *modified)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));

  _mit_record_set_identity (self, &properties[PROP_ID], &self->id, &self->uid, &self->created,
                            &self->modified, id, uid, created, modified);
}

void
_mit_channel_set_names (MitChannel *self,
                        const char *actor_name,
                        const char *group_name,
                        const char *contact_name)
{
  g_return_if_fail (MIT_IS_CHANNEL (self));

  if (_mit_record_set_text (&self->actor_name, actor_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_NAME]);
  if (_mit_record_set_text (&self->group_name, group_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_NAME]);
  if (_mit_record_set_text (&self->contact_name, contact_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_NAME]);
}
