/* mit-person.c: a contact person (Ansprechpartner*in)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitPerson"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-person.h"
#include "mit-record-private.h"

struct _MitPerson
{
  GObject     parent_instance;

  gint64      id;
  char       *uid;
  char       *created;
  char       *modified;
  char       *text[MIT_PERSON_N_TEXT_FIELDS];
  char      **languages;
  MitConsent  consent;
  guint       volunteer : 1;
};

G_DEFINE_FINAL_TYPE (MitPerson, mit_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_VOLUNTEER,
  PROP_CONSENT,
  PROP_LANGUAGES,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + MIT_PERSON_N_TEXT_FIELDS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[MIT_PERSON_N_TEXT_FIELDS] = {
  [MIT_PERSON_NAME] = "name",
  [MIT_PERSON_SALUTATION] = "salutation",
  [MIT_PERSON_PHONE] = "phone",
  [MIT_PERSON_EMAIL] = "email",
  [MIT_PERSON_CONSENT_DATE] = "consent-date",
};

static void
mit_person_finalize (GObject *object)
{
  MitPerson *self = (MitPerson *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  for (guint i = 0; i < MIT_PERSON_N_TEXT_FIELDS; i++)
    g_clear_pointer (&self->text[i], g_free);
  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (mit_person_parent_class)->finalize (object);
}

static void
mit_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MitPerson *self = MIT_PERSON (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    {
      g_value_set_string (value, mit_person_get_text (self, prop_id - PROP_FIRST_TEXT));
      return;
    }

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
    case PROP_VOLUNTEER:
      g_value_set_boolean (value, self->volunteer);
      break;
    case PROP_CONSENT:
      g_value_set_int (value, self->consent);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MitPerson *self = MIT_PERSON (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    {
      mit_person_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_VOLUNTEER:
      mit_person_set_volunteer (self, g_value_get_boolean (value));
      break;
    case PROP_CONSENT:
      mit_person_set_consent (self, g_value_get_int (value));
      break;
    case PROP_LANGUAGES:
      mit_person_set_languages (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_person_class_init (MitPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mit_person_finalize;
  object_class->get_property = mit_person_get_property;
  object_class->set_property = mit_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOLUNTEER] =
    g_param_spec_boolean ("volunteer", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONSENT] =
    g_param_spec_int ("consent", NULL, NULL, 0, MIT_CONSENT_LAST, MIT_CONSENT_NONE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  for (guint i = 0; i < MIT_PERSON_N_TEXT_FIELDS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (text_names[i], NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_person_init (MitPerson *self)
{
  self->languages = g_new0 (char *, 1);
}

/**
 * mit_person_new:
 *
 * Returns: (transfer full): a new person, not yet in any store
 */
MitPerson *
mit_person_new (void)
{
  return g_object_new (MIT_TYPE_PERSON, NULL);
}

gint64
mit_person_get_id (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), 0);
  return self->id;
}

const char *
mit_person_get_uid (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), NULL);
  return self->uid;
}

const char *
mit_person_get_created (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), NULL);
  return self->created;
}

const char *
mit_person_get_modified (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), NULL);
  return self->modified;
}

const char *
mit_person_get_text (MitPerson     *self,
                     MitPersonText  which)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), NULL);
  g_return_val_if_fail (which < MIT_PERSON_N_TEXT_FIELDS, NULL);
  return self->text[which] ? self->text[which] : "";
}

void
mit_person_set_text (MitPerson     *self,
                     MitPersonText  which,
                     const char    *value)
{
  g_return_if_fail (MIT_IS_PERSON (self));
  g_return_if_fail (which < MIT_PERSON_N_TEXT_FIELDS);

  if (_mit_record_set_text (&self->text[which], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + which]);
}

const char *
mit_person_text_property_name (MitPersonText which)
{
  g_return_val_if_fail (which < MIT_PERSON_N_TEXT_FIELDS, NULL);
  return text_names[which];
}

const char *
mit_person_get_name (MitPerson *self)
{
  return mit_person_get_text (self, MIT_PERSON_NAME);
}

void
mit_person_set_name (MitPerson  *self,
                     const char *name)
{
  mit_person_set_text (self, MIT_PERSON_NAME, name);
}

gboolean
mit_person_get_volunteer (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), FALSE);
  return self->volunteer;
}

void
mit_person_set_volunteer (MitPerson *self,
                          gboolean   volunteer)
{
  g_return_if_fail (MIT_IS_PERSON (self));

  volunteer = !!volunteer;
  if (self->volunteer != volunteer)
    {
      self->volunteer = volunteer;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUNTEER]);
    }
}

MitConsent
mit_person_get_consent (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), MIT_CONSENT_NONE);
  return self->consent;
}

void
mit_person_set_consent (MitPerson  *self,
                        MitConsent  consent)
{
  g_return_if_fail (MIT_IS_PERSON (self));
  g_return_if_fail (consent <= MIT_CONSENT_LAST);

  if (self->consent != consent)
    {
      self->consent = consent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
    }
}

const char * const *
mit_person_get_languages (MitPerson *self)
{
  g_return_val_if_fail (MIT_IS_PERSON (self), NULL);
  return (const char * const *)self->languages;
}

void
mit_person_set_languages (MitPerson          *self,
                          const char * const *languages)
{
  g_return_if_fail (MIT_IS_PERSON (self));
  if (_mit_record_set_list (&self->languages, languages))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

void
_mit_person_set_identity (MitPerson  *self,
                          gint64      id,
                          const char *uid,
                          const char *created,
                          const char *modified)
{
  g_return_if_fail (MIT_IS_PERSON (self));

  _mit_record_set_identity (self, &properties[PROP_ID], &self->id, &self->uid, &self->created,
                            &self->modified, id, uid, created, modified);
}
