/* mit-target-group.c: a target group of the network's work (Zielgruppe)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTargetGroup"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-target-group.h"
#include "mit-record-private.h"

struct _MitTargetGroup
{
  GObject          parent_instance;

  gint64           id;
  char            *uid;
  char            *created;
  char            *modified;
  char            *name;
  char            *description;
  char           **languages;
  char            *district;
  int              size;
  char            *notes;
  gboolean         focus;
  MitReachability  level;
  char            *assessed;
};

G_DEFINE_FINAL_TYPE (MitTargetGroup, mit_target_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_LANGUAGES,
  PROP_DISTRICT,
  PROP_SIZE,
  PROP_NOTES,
  PROP_FOCUS,
  PROP_LEVEL,
  PROP_ASSESSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_target_group_finalize (GObject *object)
{
  MitTargetGroup *self = (MitTargetGroup *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->district, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->assessed, g_free);

  G_OBJECT_CLASS (mit_target_group_parent_class)->finalize (object);
}

static void
mit_target_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MitTargetGroup *self = MIT_TARGET_GROUP (object);

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
    case PROP_NAME:
      g_value_set_string (value, mit_target_group_get_name (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, mit_target_group_get_description (self));
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_DISTRICT:
      g_value_set_string (value, mit_target_group_get_district (self));
      break;
    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;
    case PROP_NOTES:
      g_value_set_string (value, mit_target_group_get_notes (self));
      break;
    case PROP_FOCUS:
      g_value_set_boolean (value, self->focus);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    case PROP_ASSESSED:
      g_value_set_string (value, mit_target_group_get_assessed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_target_group_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MitTargetGroup *self = MIT_TARGET_GROUP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      mit_target_group_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      mit_target_group_set_description (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGES:
      mit_target_group_set_languages (self, g_value_get_boxed (value));
      break;
    case PROP_DISTRICT:
      mit_target_group_set_district (self, g_value_get_string (value));
      break;
    case PROP_SIZE:
      mit_target_group_set_size (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      mit_target_group_set_notes (self, g_value_get_string (value));
      break;
    case PROP_FOCUS:
      mit_target_group_set_focus (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_target_group_class_init (MitTargetGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_target_group_finalize;
  object_class->get_property = mit_target_group_get_property;
  object_class->set_property = mit_target_group_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_LANGUAGES] = g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_DISTRICT] = g_param_spec_string ("district", NULL, NULL, "", rw);
  properties[PROP_SIZE] = g_param_spec_int ("size", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_FOCUS] = g_param_spec_boolean ("focus", NULL, NULL, FALSE, rw);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, MIT_REACHABILITY_UNKNOWN, MIT_REACHABILITY_LAST,
                      MIT_REACHABILITY_UNKNOWN, ro);
  properties[PROP_ASSESSED] = g_param_spec_string ("assessed", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_target_group_init (MitTargetGroup *self)
{
  self->languages = g_new0 (char *, 1);
  self->size = -1;
  self->level = MIT_REACHABILITY_UNKNOWN;
}

/**
 * mit_target_group_new:
 *
 * Returns: (transfer full): a new target group, not yet in any store
 */
MitTargetGroup *
mit_target_group_new (void)
{
  return g_object_new (MIT_TYPE_TARGET_GROUP, NULL);
}

/**
 * mit_target_group_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitTargetGroup *
mit_target_group_copy (MitTargetGroup *self)
{
  MitTargetGroup *copy;

  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);

  copy = mit_target_group_new ();
  _mit_target_group_set_identity (copy, self->id, self->uid, self->created, self->modified);
  copy->name = g_strdup (self->name);
  copy->description = g_strdup (self->description);
  mit_target_group_set_languages (copy, (const char * const *)self->languages);
  copy->district = g_strdup (self->district);
  copy->size = self->size;
  copy->notes = g_strdup (self->notes);
  copy->focus = self->focus;
  copy->level = self->level;
  copy->assessed = g_strdup (self->assessed);
  return copy;
}

gint64
mit_target_group_get_id (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), 0);
  return self->id;
}

const char *
mit_target_group_get_uid (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->uid;
}

const char *
mit_target_group_get_created (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->created;
}

const char *
mit_target_group_get_modified (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->modified;
}

static void
set_text (MitTargetGroup  *self,
          char           **slot,
          const char      *value,
          guint            prop)
{
  if (_mit_record_set_text (slot, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
mit_target_group_get_name (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->name ? self->name : "";
}

void
mit_target_group_set_name (MitTargetGroup *self,
                           const char     *name)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));
  set_text (self, &self->name, name, PROP_NAME);
}

const char *
mit_target_group_get_description (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->description ? self->description : "";
}

void
mit_target_group_set_description (MitTargetGroup *self,
                                  const char     *description)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));
  set_text (self, &self->description, description, PROP_DESCRIPTION);
}

const char *
mit_target_group_get_district (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->district ? self->district : "";
}

void
mit_target_group_set_district (MitTargetGroup *self,
                               const char     *district)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));
  set_text (self, &self->district, district, PROP_DISTRICT);
}

const char *
mit_target_group_get_notes (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->notes ? self->notes : "";
}

void
mit_target_group_set_notes (MitTargetGroup *self,
                            const char     *notes)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));
  set_text (self, &self->notes, notes, PROP_NOTES);
}

const char * const *
mit_target_group_get_languages (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return (const char * const *)self->languages;
}

void
mit_target_group_set_languages (MitTargetGroup     *self,
                                const char * const *languages)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));
  if (_mit_record_set_list (&self->languages, languages))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

int
mit_target_group_get_size (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), -1);
  return self->size;
}

void
mit_target_group_set_size (MitTargetGroup *self,
                           int             size)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));

  if (size < 0)
    size = -1;
  if (self->size != size)
    {
      self->size = size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
    }
}

gboolean
mit_target_group_get_focus (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), FALSE);
  return self->focus;
}

void
mit_target_group_set_focus (MitTargetGroup *self,
                            gboolean        focus)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));

  focus = !!focus;
  if (self->focus != focus)
    {
      self->focus = focus;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS]);
    }
}

MitReachability
mit_target_group_get_level (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), MIT_REACHABILITY_UNKNOWN);
  return self->level;
}

const char *
mit_target_group_get_assessed (MitTargetGroup *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP (self), NULL);
  return self->assessed ? self->assessed : "";
}

void
_mit_target_group_set_identity (MitTargetGroup *self,
                                gint64          id,
                                const char     *uid,
                                const char     *created,
                                const char     *modified)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));

  _mit_record_set_identity (self, &properties[PROP_ID], &self->id, &self->uid, &self->created,
                            &self->modified, id, uid, created, modified);
}

void
_mit_target_group_set_current (MitTargetGroup  *self,
                               MitReachability  level,
                               const char      *assessed)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP (self));

  if (level < MIT_REACHABILITY_UNKNOWN || level > MIT_REACHABILITY_LAST)
    level = MIT_REACHABILITY_UNKNOWN;
  if (level == MIT_REACHABILITY_UNKNOWN)
    assessed = NULL;

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }
  set_text (self, &self->assessed, assessed, PROP_ASSESSED);
}
