/* mit-registration.c: a registration for an event (Anmeldung)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEvent"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-registration.h"
#include "mit-record-private.h"

struct _MitRegistration
{
  GObject                parent_instance;

  gint64                 id;
  char                  *uid;
  char                  *created;
  char                  *modified;
  gint64                 event_id;
  char                  *name;
  char                  *contact;
  char                  *organisation;
  MitConsent             consent;
  MitRegistrationStatus  status;
  int                    position;
};

G_DEFINE_FINAL_TYPE (MitRegistration, mit_registration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_EVENT_ID,
  PROP_NAME,
  PROP_CONTACT,
  PROP_ORGANISATION,
  PROP_CONSENT,
  PROP_STATUS,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_registration_finalize (GObject *object)
{
  MitRegistration *self = (MitRegistration *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->contact, g_free);
  g_clear_pointer (&self->organisation, g_free);

  G_OBJECT_CLASS (mit_registration_parent_class)->finalize (object);
}

static void
mit_registration_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MitRegistration *self = MIT_REGISTRATION (object);

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
    case PROP_NAME:
      g_value_set_string (value, mit_registration_get_name (self));
      break;
    case PROP_CONTACT:
      g_value_set_string (value, mit_registration_get_contact (self));
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, mit_registration_get_organisation (self));
      break;
    case PROP_CONSENT:
      g_value_set_int (value, self->consent);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_registration_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MitRegistration *self = MIT_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      mit_registration_set_name (self, g_value_get_string (value));
      break;
    case PROP_CONTACT:
      mit_registration_set_contact (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      mit_registration_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_CONSENT:
      mit_registration_set_consent (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      mit_registration_set_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_registration_class_init (MitRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_registration_finalize;
  object_class->get_property = mit_registration_get_property;
  object_class->set_property = mit_registration_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, "", rw);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, "", rw);
  properties[PROP_CONSENT] =
    g_param_spec_int ("consent", NULL, NULL, MIT_CONSENT_NONE, MIT_CONSENT_LAST, MIT_CONSENT_NONE, rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, MIT_REGISTRATION_REGISTERED, MIT_REGISTRATION_STATUS_LAST,
                      MIT_REGISTRATION_REGISTERED, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_registration_init (MitRegistration *self)
{
}

/**
 * mit_registration_new:
 *
 * Returns: (transfer full): a new registration for the event @event_id
 */
MitRegistration *
mit_registration_new (gint64 event_id)
{
  return g_object_new (MIT_TYPE_REGISTRATION, "event-id", event_id, NULL);
}

gint64
mit_registration_get_id (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), 0);
  return self->id;
}

const char *
mit_registration_get_uid (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->uid;
}

const char *
mit_registration_get_created (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->created;
}

const char *
mit_registration_get_modified (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->modified;
}

gint64
mit_registration_get_event_id (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), 0);
  return self->event_id;
}

static void
set_text (MitRegistration  *self,
          char            **slot,
          const char       *value,
          guint             prop)
{
  if (_mit_record_set_text (slot, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
mit_registration_get_name (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->name ? self->name : "";
}

void
mit_registration_set_name (MitRegistration *self,
                           const char      *name)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  set_text (self, &self->name, name, PROP_NAME);
}

const char *
mit_registration_get_contact (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->contact ? self->contact : "";
}

void
mit_registration_set_contact (MitRegistration *self,
                              const char      *contact)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  set_text (self, &self->contact, contact, PROP_CONTACT);
}

const char *
mit_registration_get_organisation (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), NULL);
  return self->organisation ? self->organisation : "";
}

void
mit_registration_set_organisation (MitRegistration *self,
                                   const char      *organisation)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  set_text (self, &self->organisation, organisation, PROP_ORGANISATION);
}

MitConsent
mit_registration_get_consent (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), MIT_CONSENT_NONE);
  return self->consent;
}

void
mit_registration_set_consent (MitRegistration *self,
                              MitConsent       consent)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  g_return_if_fail (consent >= MIT_CONSENT_NONE && consent <= MIT_CONSENT_LAST);

  if (self->consent == consent)
    return;
  self->consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
}

MitRegistrationStatus
mit_registration_get_status (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), MIT_REGISTRATION_REGISTERED);
  return self->status;
}

void
mit_registration_set_status (MitRegistration       *self,
                             MitRegistrationStatus  status)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  g_return_if_fail (status >= MIT_REGISTRATION_REGISTERED && status <= MIT_REGISTRATION_STATUS_LAST);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
mit_registration_get_position (MitRegistration *self)
{
  g_return_val_if_fail (MIT_IS_REGISTRATION (self), 0);
  return self->position;
}

gboolean
mit_registration_status_holds_place (MitRegistrationStatus status)
{
  return status == MIT_REGISTRATION_REGISTERED
      || status == MIT_REGISTRATION_ATTENDED
      || status == MIT_REGISTRATION_NO_SHOW;
}

const char *
mit_registration_status_get_label (MitRegistrationStatus status)
{
  switch (status)
    {
    case MIT_REGISTRATION_REGISTERED:
      return C_("registration status", "Registered");
    case MIT_REGISTRATION_WAITING:
      return C_("registration status", "Waiting List");
    case MIT_REGISTRATION_CANCELLED:
      return C_("registration status", "Cancelled");
    case MIT_REGISTRATION_ATTENDED:
      return C_("registration status", "Attended");
    case MIT_REGISTRATION_NO_SHOW:
      return C_("registration status", "No-Show");
    default:
      return "";
    }
}

void
_mit_registration_set_identity (MitRegistration *self,
                                gint64           id,
                                const char      *uid,
                                const char      *created,
                                const char      *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_REGISTRATION (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

void
_mit_registration_set_position (MitRegistration *self,
                                int              position)
{
  g_return_if_fail (MIT_IS_REGISTRATION (self));
  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
