/* mit-meeting.c: a meeting of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeeting"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-meeting.h"
#include "mit-record-private.h"

struct _MitMeeting
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  char     *title;
  char     *date;
  char     *time;
  gint64    venue_id;
  char     *venue_text;
  MitMeetingStatus status;
  char     *notes;
  char     *venue_name;
};

G_DEFINE_FINAL_TYPE (MitMeeting, mit_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TITLE,
  PROP_DATE,
  PROP_TIME,
  PROP_VENUE_ID,
  PROP_VENUE_TEXT,
  PROP_STATUS,
  PROP_NOTES,
  PROP_VENUE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_meeting_finalize (GObject *object)
{
  MitMeeting *self = (MitMeeting *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->venue_text, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->venue_name, g_free);

  G_OBJECT_CLASS (mit_meeting_parent_class)->finalize (object);
}

static void
mit_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MitMeeting *self = MIT_MEETING (object);

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
    case PROP_TITLE:
      g_value_set_string (value, mit_meeting_get_title (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, mit_meeting_get_date (self));
      break;
    case PROP_TIME:
      g_value_set_string (value, mit_meeting_get_time (self));
      break;
    case PROP_VENUE_ID:
      g_value_set_int64 (value, self->venue_id);
      break;
    case PROP_VENUE_TEXT:
      g_value_set_string (value, mit_meeting_get_venue_text (self));
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_NOTES:
      g_value_set_string (value, mit_meeting_get_notes (self));
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, mit_meeting_get_venue_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MitMeeting *self = MIT_MEETING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mit_meeting_set_title (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      mit_meeting_set_date (self, g_value_get_string (value));
      break;
    case PROP_TIME:
      mit_meeting_set_time (self, g_value_get_string (value));
      break;
    case PROP_VENUE_ID:
      mit_meeting_set_venue_id (self, g_value_get_int64 (value));
      break;
    case PROP_VENUE_TEXT:
      mit_meeting_set_venue_text (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mit_meeting_set_status (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      mit_meeting_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_meeting_class_init (MitMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_meeting_finalize;
  object_class->get_property = mit_meeting_get_property;
  object_class->set_property = mit_meeting_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", rw);
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, "", rw);
  properties[PROP_VENUE_ID] =
    g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_VENUE_TEXT] =
    g_param_spec_string ("venue-text", NULL, NULL, "", rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, MIT_MEETING_PLANNED, MIT_MEETING_STATUS_LAST, MIT_MEETING_PLANNED, rw);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_meeting_init (MitMeeting *self)
{
}

/**
 * mit_meeting_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
MitMeeting *
mit_meeting_new (void)
{
  return g_object_new (MIT_TYPE_MEETING, NULL);
}

/**
 * mit_meeting_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitMeeting *
mit_meeting_copy (MitMeeting *self)
{
  MitMeeting *copy;

  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);

  copy = mit_meeting_new ();
  copy->title = g_strdup (self->title);
  copy->date = g_strdup (self->date);
  copy->time = g_strdup (self->time);
  copy->venue_id = self->venue_id;
  copy->venue_text = g_strdup (self->venue_text);
  copy->status = self->status;
  copy->notes = g_strdup (self->notes);
  copy->venue_name = g_strdup (self->venue_name);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

gint64
mit_meeting_get_id (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), 0);
  return self->id;
}

const char *
mit_meeting_get_uid (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->uid;
}

const char *
mit_meeting_get_created (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->created;
}

const char *
mit_meeting_get_modified (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->modified;
}

const char *
mit_meeting_get_title (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->title ? self->title : "";
}

void
mit_meeting_set_title (MitMeeting *self,
                       const char *title)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mit_meeting_get_date (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->date ? self->date : "";
}

void
mit_meeting_set_date (MitMeeting *self,
                      const char *date)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
mit_meeting_get_time (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->time ? self->time : "";
}

void
mit_meeting_set_time (MitMeeting *self,
                      const char *time)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->time, time))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

gint64
mit_meeting_get_venue_id (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), 0);
  return self->venue_id;
}

void
mit_meeting_set_venue_id (MitMeeting *self,
                          gint64      venue_id)
{
  g_return_if_fail (MIT_IS_MEETING (self));

  venue_id = MAX (venue_id, 0);
  if (self->venue_id == venue_id)
    return;
  self->venue_id = venue_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_ID]);
}

const char *
mit_meeting_get_venue_text (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->venue_text ? self->venue_text : "";
}

void
mit_meeting_set_venue_text (MitMeeting *self,
                            const char *venue_text)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->venue_text, venue_text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_TEXT]);
}

MitMeetingStatus
mit_meeting_get_status (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), 0);
  return self->status;
}

void
mit_meeting_set_status (MitMeeting       *self,
                        MitMeetingStatus  status)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  g_return_if_fail ((int)status >= MIT_MEETING_PLANNED && status <= MIT_MEETING_STATUS_LAST);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mit_meeting_get_notes (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->notes ? self->notes : "";
}

void
mit_meeting_set_notes (MitMeeting *self,
                       const char *notes)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
mit_meeting_get_venue_name (MitMeeting *self)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), NULL);
  return self->venue_name ? self->venue_name : "";
}

void
_mit_meeting_set_venue_name (MitMeeting *self,
                             const char *venue_name)
{
  g_return_if_fail (MIT_IS_MEETING (self));
  if (_mit_record_set_text (&self->venue_name, venue_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_NAME]);
}

void
_mit_meeting_set_identity (MitMeeting *self,
                           gint64      id,
                           const char *uid,
                           const char *created,
                           const char *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_MEETING (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

const char *
mit_meeting_status_get_label (MitMeetingStatus status)
{
  switch (status)
    {
    case MIT_MEETING_HELD:
      return C_("meeting status", "Held");
    case MIT_MEETING_PLANNED:
    default:
      return C_("meeting status", "Planned");
    }
}

gboolean
mit_meeting_is_upcoming (MitMeeting *self,
                         const char *today)
{
  g_return_val_if_fail (MIT_IS_MEETING (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  return g_strcmp0 (mit_meeting_get_date (self), today) >= 0;
}
