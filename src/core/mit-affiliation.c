/* mit-affiliation.c: a person's link to an actor, with a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitAffiliation"

#include "config.h"

#include "mit-affiliation.h"

struct _MitAffiliation
{
  GObject  parent_instance;

  gint64   id;
  gint64   person_id;
  gint64   actor_id;
  char    *role;
  char    *person_name;
  char    *actor_name;
};

G_DEFINE_FINAL_TYPE (MitAffiliation, mit_affiliation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_PERSON_NAME,
  PROP_ACTOR_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_affiliation_finalize (GObject *object)
{
  MitAffiliation *self = (MitAffiliation *)object;

  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->actor_name, g_free);

  G_OBJECT_CLASS (mit_affiliation_parent_class)->finalize (object);
}

static void
mit_affiliation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitAffiliation *self = MIT_AFFILIATION (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_ACTOR_NAME:
      g_value_set_string (value, self->actor_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_affiliation_class_init (MitAffiliationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mit_affiliation_finalize;
  object_class->get_property = mit_affiliation_get_property;

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTOR_NAME] =
    g_param_spec_string ("actor-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_affiliation_init (MitAffiliation *self)
{
}

/**
 * mit_affiliation_new:
 *
 * Returns: (transfer full): a new affiliation as read from the store
 */
MitAffiliation *
mit_affiliation_new (gint64      id,
                     gint64      person_id,
                     gint64      actor_id,
                     const char *role,
                     const char *person_name,
                     const char *actor_name)
{
  MitAffiliation *self = g_object_new (MIT_TYPE_AFFILIATION, NULL);

  self->id = id;
  self->person_id = person_id;
  self->actor_id = actor_id;
  self->role = g_strdup (role ? role : "");
  self->person_name = g_strdup (person_name ? person_name : "");
  self->actor_name = g_strdup (actor_name ? actor_name : "");
  return self;
}

gint64
mit_affiliation_get_id (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), 0);
  return self->id;
}

gint64
mit_affiliation_get_person_id (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), 0);
  return self->person_id;
}

gint64
mit_affiliation_get_actor_id (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), 0);
  return self->actor_id;
}

const char *
mit_affiliation_get_role (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), NULL);
  return self->role;
}

const char *
mit_affiliation_get_person_name (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), NULL);
  return self->person_name;
}

const char *
mit_affiliation_get_actor_name (MitAffiliation *self)
{
  g_return_val_if_fail (MIT_IS_AFFILIATION (self), NULL);
  return self->actor_name;
}
