/* mit-actor.c: an organisation or initiative of the network (Akteur)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitActor"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-actor.h"
#include "mit-record-private.h"

struct _MitActor
{
  GObject    parent_instance;

  gint64     id;
  char      *uid;
  char      *created;
  char      *modified;
  char      *text[MIT_ACTOR_N_TEXT_FIELDS];
  MitSector  sector;
  MitBarrierFree barrier_free;
  gboolean   has_coordinates;
  double     latitude;
  double     longitude;
  char     **fields;
  char     **languages;
  char     **tags;
};

G_DEFINE_FINAL_TYPE (MitActor, mit_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_SECTOR,
  PROP_BARRIER_FREE,
  PROP_FIELDS,
  PROP_LANGUAGES,
  PROP_TAGS,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + MIT_ACTOR_N_TEXT_FIELDS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[MIT_ACTOR_N_TEXT_FIELDS] = {
  [MIT_ACTOR_NAME] = "name",
  [MIT_ACTOR_KIND] = "kind",
  [MIT_ACTOR_DISTRICT] = "district",
  [MIT_ACTOR_STREET] = "street",
  [MIT_ACTOR_POSTCODE] = "postcode",
  [MIT_ACTOR_TOWN] = "town",
  [MIT_ACTOR_PHONE] = "phone",
  [MIT_ACTOR_EMAIL] = "email",
  [MIT_ACTOR_WEBSITE] = "website",
  [MIT_ACTOR_OPENING_HOURS] = "opening-hours",
  [MIT_ACTOR_DESCRIPTION] = "description",
  [MIT_ACTOR_LAST_VERIFIED] = "last-verified",
};

static void
mit_actor_finalize (GObject *object)
{
  MitActor *self = (MitActor *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  for (guint i = 0; i < MIT_ACTOR_N_TEXT_FIELDS; i++)
    g_clear_pointer (&self->text[i], g_free);
  g_clear_pointer (&self->fields, g_strfreev);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (mit_actor_parent_class)->finalize (object);
}

static void
mit_actor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MitActor *self = MIT_ACTOR (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    {
      g_value_set_string (value, mit_actor_get_text (self, prop_id - PROP_FIRST_TEXT));
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
    case PROP_SECTOR:
      g_value_set_int (value, self->sector);
      break;
    case PROP_BARRIER_FREE:
      g_value_set_int (value, self->barrier_free);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_actor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MitActor *self = MIT_ACTOR (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    {
      mit_actor_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_SECTOR:
      mit_actor_set_sector (self, g_value_get_int (value));
      break;
    case PROP_BARRIER_FREE:
      mit_actor_set_barrier_free (self, g_value_get_int (value));
      break;
    case PROP_FIELDS:
      mit_actor_set_fields (self, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGES:
      mit_actor_set_languages (self, g_value_get_boxed (value));
      break;
    case PROP_TAGS:
      mit_actor_set_tags (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_actor_class_init (MitActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mit_actor_finalize;
  object_class->get_property = mit_actor_get_property;
  object_class->set_property = mit_actor_set_property;

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
  properties[PROP_SECTOR] =
    g_param_spec_int ("sector", NULL, NULL, 0, MIT_SECTOR_LAST, MIT_SECTOR_PROFESSIONAL,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BARRIER_FREE] =
    g_param_spec_int ("barrier-free", NULL, NULL, 0, MIT_BARRIER_FREE_LAST,
                      MIT_BARRIER_FREE_UNKNOWN,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FIELDS] =
    g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  for (guint i = 0; i < MIT_ACTOR_N_TEXT_FIELDS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (text_names[i], NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_actor_init (MitActor *self)
{
  self->fields = g_new0 (char *, 1);
  self->languages = g_new0 (char *, 1);
  self->tags = g_new0 (char *, 1);
  self->text[MIT_ACTOR_KIND] = g_strdup ("other");
}

/**
 * mit_actor_new:
 *
 * Returns: (transfer full): a new actor, not yet in any store
 */
MitActor *
mit_actor_new (void)
{
  return g_object_new (MIT_TYPE_ACTOR, NULL);
}

/**
 * mit_actor_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitActor *
mit_actor_copy (MitActor *self)
{
  MitActor *copy;

  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);

  copy = mit_actor_new ();
  _mit_actor_set_identity (copy, self->id, self->uid, self->created, self->modified);
  for (guint i = 0; i < MIT_ACTOR_N_TEXT_FIELDS; i++)
    mit_actor_set_text (copy, i, self->text[i]);
  copy->sector = self->sector;
  copy->barrier_free = self->barrier_free;
  copy->has_coordinates = self->has_coordinates;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  mit_actor_set_fields (copy, (const char * const *)self->fields);
  mit_actor_set_languages (copy, (const char * const *)self->languages);
  mit_actor_set_tags (copy, (const char * const *)self->tags);
  return copy;
}

gint64
mit_actor_get_id (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), 0);
  return self->id;
}

const char *
mit_actor_get_uid (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return self->uid;
}

const char *
mit_actor_get_created (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return self->created;
}

const char *
mit_actor_get_modified (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return self->modified;
}

const char *
mit_actor_get_text (MitActor     *self,
                    MitActorText  which)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  g_return_val_if_fail (which < MIT_ACTOR_N_TEXT_FIELDS, NULL);
  return self->text[which] ? self->text[which] : "";
}

void
mit_actor_set_text (MitActor     *self,
                    MitActorText  which,
                    const char   *value)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  g_return_if_fail (which < MIT_ACTOR_N_TEXT_FIELDS);

  if (_mit_record_set_text (&self->text[which], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + which]);
}

const char *
mit_actor_text_property_name (MitActorText which)
{
  g_return_val_if_fail (which < MIT_ACTOR_N_TEXT_FIELDS, NULL);
  return text_names[which];
}

const char *
mit_actor_get_name (MitActor *self)
{
  return mit_actor_get_text (self, MIT_ACTOR_NAME);
}

void
mit_actor_set_name (MitActor   *self,
                    const char *name)
{
  mit_actor_set_text (self, MIT_ACTOR_NAME, name);
}

const char *
mit_actor_get_kind (MitActor *self)
{
  return mit_actor_get_text (self, MIT_ACTOR_KIND);
}

void
mit_actor_set_kind (MitActor   *self,
                    const char *kind)
{
  mit_actor_set_text (self, MIT_ACTOR_KIND, kind && *kind ? kind : "other");
}

MitSector
mit_actor_get_sector (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), MIT_SECTOR_PROFESSIONAL);
  return self->sector;
}

void
mit_actor_set_sector (MitActor  *self,
                      MitSector  sector)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  g_return_if_fail (sector <= MIT_SECTOR_LAST);

  if (self->sector != sector)
    {
      self->sector = sector;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
    }
}

MitBarrierFree
mit_actor_get_barrier_free (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), MIT_BARRIER_FREE_UNKNOWN);
  return self->barrier_free;
}

void
mit_actor_set_barrier_free (MitActor       *self,
                            MitBarrierFree  barrier_free)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  g_return_if_fail (barrier_free <= MIT_BARRIER_FREE_LAST);

  if (self->barrier_free != barrier_free)
    {
      self->barrier_free = barrier_free;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BARRIER_FREE]);
    }
}

gboolean
mit_actor_get_coordinates (MitActor *self,
                           double   *latitude,
                           double   *longitude)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), FALSE);

  if (latitude)
    *latitude = self->has_coordinates ? self->latitude : 0;
  if (longitude)
    *longitude = self->has_coordinates ? self->longitude : 0;
  return self->has_coordinates;
}

/* Out-of-range values (not on Earth) are refused, not clamped. */
void
mit_actor_set_coordinates (MitActor *self,
                           double    latitude,
                           double    longitude)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  g_return_if_fail (latitude >= -90 && latitude <= 90);
  g_return_if_fail (longitude >= -180 && longitude <= 180);

  self->has_coordinates = TRUE;
  self->latitude = latitude;
  self->longitude = longitude;
}

void
mit_actor_clear_coordinates (MitActor *self)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  self->has_coordinates = FALSE;
  self->latitude = self->longitude = 0;
}

const char * const *
mit_actor_get_fields (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return (const char * const *)self->fields;
}

void
mit_actor_set_fields (MitActor           *self,
                      const char * const *fields)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  if (_mit_record_set_list (&self->fields, fields))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELDS]);
}

const char * const *
mit_actor_get_languages (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return (const char * const *)self->languages;
}

void
mit_actor_set_languages (MitActor           *self,
                         const char * const *languages)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  if (_mit_record_set_list (&self->languages, languages))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

const char * const *
mit_actor_get_tags (MitActor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);
  return (const char * const *)self->tags;
}

void
mit_actor_set_tags (MitActor           *self,
                    const char * const *tags)
{
  g_return_if_fail (MIT_IS_ACTOR (self));
  if (_mit_record_set_list (&self->tags, tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * mit_actor_dup_address_line:
 *
 * Returns: (transfer full): "street, postcode town", leaving out what is empty
 */
char *
mit_actor_dup_address_line (MitActor *self)
{
  GString *line;
  const char *street, *postcode, *town;

  g_return_val_if_fail (MIT_IS_ACTOR (self), NULL);

  street = mit_actor_get_text (self, MIT_ACTOR_STREET);
  postcode = mit_actor_get_text (self, MIT_ACTOR_POSTCODE);
  town = mit_actor_get_text (self, MIT_ACTOR_TOWN);

  line = g_string_new (street);
  if (*postcode || *town)
    {
      if (line->len > 0)
        g_string_append (line, ", ");
      g_string_append (line, postcode);
      if (*postcode && *town)
        g_string_append_c (line, ' ');
      g_string_append (line, town);
    }
  return g_string_free (line, FALSE);
}

void
_mit_actor_set_identity (MitActor   *self,
                         gint64      id,
                         const char *uid,
                         const char *created,
                         const char *modified)
{
  g_return_if_fail (MIT_IS_ACTOR (self));

  _mit_record_set_identity (self, &properties[PROP_ID], &self->id, &self->uid, &self->created,
                            &self->modified, id, uid, created, modified);
}
