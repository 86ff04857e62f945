/* mit-assessment.c: one dated assessment of how well a target group is
 * reached (Erreichbarkeit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitAssessment"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-assessment.h"
#include "mit-record-private.h"

struct _MitAssessment
{
  GObject          parent_instance;

  gint64           id;
  char            *uid;
  char            *created;
  char            *modified;
  gint64           group_id;
  MitReachability  level;
  char            *date;
  char            *assessor;
  char            *reasoning;
};

G_DEFINE_FINAL_TYPE (MitAssessment, mit_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_GROUP_ID,
  PROP_LEVEL,
  PROP_DATE,
  PROP_ASSESSOR,
  PROP_REASONING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_assessment_finalize (GObject *object)
{
  MitAssessment *self = (MitAssessment *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->assessor, g_free);
  g_clear_pointer (&self->reasoning, g_free);

  G_OBJECT_CLASS (mit_assessment_parent_class)->finalize (object);
}

static void
mit_assessment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MitAssessment *self = MIT_ASSESSMENT (object);

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
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    case PROP_DATE:
      g_value_set_string (value, mit_assessment_get_date (self));
      break;
    case PROP_ASSESSOR:
      g_value_set_string (value, mit_assessment_get_assessor (self));
      break;
    case PROP_REASONING:
      g_value_set_string (value, mit_assessment_get_reasoning (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_assessment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MitAssessment *self = MIT_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_GROUP_ID:
      mit_assessment_set_group_id (self, g_value_get_int64 (value));
      break;
    case PROP_LEVEL:
      mit_assessment_set_level (self, g_value_get_int (value));
      break;
    case PROP_DATE:
      mit_assessment_set_date (self, g_value_get_string (value));
      break;
    case PROP_ASSESSOR:
      mit_assessment_set_assessor (self, g_value_get_string (value));
      break;
    case PROP_REASONING:
      mit_assessment_set_reasoning (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_assessment_class_init (MitAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_assessment_finalize;
  object_class->get_property = mit_assessment_get_property;
  object_class->set_property = mit_assessment_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_GROUP_ID] = g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, MIT_REACHABILITY_GOOD, MIT_REACHABILITY_LAST,
                      MIT_REACHABILITY_GOOD, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", rw);
  properties[PROP_ASSESSOR] = g_param_spec_string ("assessor", NULL, NULL, "", rw);
  properties[PROP_REASONING] = g_param_spec_string ("reasoning", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_assessment_init (MitAssessment *self)
{
  self->level = MIT_REACHABILITY_GOOD;
}

/**
 * mit_assessment_new:
 * @group_id: the target group assessed
 *
 * Returns: (transfer full): a new assessment dated today, not yet stored
 */
MitAssessment *
mit_assessment_new (gint64 group_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  MitAssessment *self = g_object_new (MIT_TYPE_ASSESSMENT, NULL);

  self->group_id = group_id;
  self->date = g_date_time_format (now, "%Y-%m-%d");
  return self;
}

/**
 * mit_assessment_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitAssessment *
mit_assessment_copy (MitAssessment *self)
{
  MitAssessment *copy;

  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);

  copy = g_object_new (MIT_TYPE_ASSESSMENT, NULL);
  _mit_assessment_set_identity (copy, self->id, self->uid, self->created, self->modified);
  copy->group_id = self->group_id;
  copy->level = self->level;
  copy->date = g_strdup (self->date);
  copy->assessor = g_strdup (self->assessor);
  copy->reasoning = g_strdup (self->reasoning);
  return copy;
}

gint64
mit_assessment_get_id (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), 0);
  return self->id;
}

const char *
mit_assessment_get_uid (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->uid;
}

const char *
mit_assessment_get_created (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->created;
}

const char *
mit_assessment_get_modified (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->modified;
}

gint64
mit_assessment_get_group_id (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), 0);
  return self->group_id;
}

void
mit_assessment_set_group_id (MitAssessment *self,
                             gint64         group_id)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));

  if (self->group_id != group_id)
    {
      self->group_id = group_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_ID]);
    }
}

MitReachability
mit_assessment_get_level (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), MIT_REACHABILITY_UNKNOWN);
  return self->level;
}

void
mit_assessment_set_level (MitAssessment   *self,
                          MitReachability  level)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));
  g_return_if_fail (mit_reachability_is_valid (level));

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }
}

const char *
mit_assessment_get_date (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->date ? self->date : "";
}

void
mit_assessment_set_date (MitAssessment *self,
                         const char    *date)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));
  if (_mit_record_set_text (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
mit_assessment_get_assessor (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->assessor ? self->assessor : "";
}

void
mit_assessment_set_assessor (MitAssessment *self,
                             const char    *assessor)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));
  if (_mit_record_set_text (&self->assessor, assessor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSOR]);
}

const char *
mit_assessment_get_reasoning (MitAssessment *self)
{
  g_return_val_if_fail (MIT_IS_ASSESSMENT (self), NULL);
  return self->reasoning ? self->reasoning : "";
}

void
mit_assessment_set_reasoning (MitAssessment *self,
                              const char    *reasoning)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));
  if (_mit_record_set_text (&self->reasoning, reasoning))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASONING]);
}

gboolean
mit_reachability_is_valid (int level)
{
  return level >= MIT_REACHABILITY_GOOD && level <= MIT_REACHABILITY_LAST;
}

const char *
mit_reachability_get_label (MitReachability level)
{
  switch (level)
    {
    case MIT_REACHABILITY_GOOD:
      return C_("reachability", "Good");
    case MIT_REACHABILITY_MEDIUM:
      return C_("reachability", "Medium");
    case MIT_REACHABILITY_LITTLE_OR_NONE:
      return C_("reachability", "Little or none");
    case MIT_REACHABILITY_UNKNOWN:
    default:
      return C_("reachability", "Not assessed");
    }
}

void
_mit_assessment_set_identity (MitAssessment *self,
                              gint64         id,
                              const char    *uid,
                              const char    *created,
                              const char    *modified)
{
  g_return_if_fail (MIT_IS_ASSESSMENT (self));

  _mit_record_set_identity (self, &properties[PROP_ID], &self->id, &self->uid, &self->created,
                            &self->modified, id, uid, created, modified);
}
