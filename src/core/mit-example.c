/* mit-example.c: the example network of a fictional town
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitExample"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mit-core-resources.h"
#include "mit-example.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-store-meetings.h"

/* The example is one JSON object (resources/example/network.json):
 *
 *   "format": "miteinander-example", "version": 1
 *   "town":    { "name", "county", "state", "districts": [{ "name", "postcode" }] }
 *              — describes the place, nothing of it is stored
 *   "actors":  [ { "key", "uid", "name", "kind", "sector", "fields",
 *                  "languages", "tags", "district", "street", "postcode",
 *                  "town", "phone", "email", "website", "opening_hours",
 *                  "description", "last_verified" } ]
 *   "persons": [ { "key", "uid", "name", "salutation", "phone", "email",
 *                  "languages", "volunteer", "consent", "consent_date",
 *                  "affiliations": [ { "actor": <actor key>, "role" } ] } ]
 *   "target_groups": [ { "key", "uid", "name", "description", "languages",
 *                  "district", "size" (a whole number ≥ 0), "notes",
 *                  "focus" (boolean),
 *                  "assessments": [ { "uid", "date" ("YYYY-MM-DD"),
 *                                     "level" (good | medium | little-or-none),
 *                                     "assessor", "reasoning" } ] } ]
 *   "channels": [ { "uid", "actor": <actor key>, "group": <target group key>,
 *                   "how" (counselling | outreach | multiplier | event |
 *                          language-course | other; default other),
 *                   "strength" (weak | regular | strong; default regular),
 *                   "contact": <person key>, "notes" } ]
 *   "events": [ { "key", "uid", "title", "kind" (an "event-kind" key; default
 *                 other), "status" (idea | planned | confirmed | done |
 *                 cancelled; default planned), "starts", "ends" (local
 *                 times "YYYY-MM-DDTHH:MM", or dates when "all_day"),
 *                 "all_day" (boolean), "tzid" (default Europe/Berlin),
 *                 "rrule" (RFC 5545, without "RRULE:"), "exdates" (local
 *                 times or dates), "venue": <actor key>, "venue_address",
 *                 "organisers": [<actor key>], "target_groups": [<target
 *                 group key>], "languages", "capacity" (a whole number ≥ 0;
 *                 absent or null: no limit), "description", "notes",
 *                 "tasks": [ { "uid", "title", "due" ("YYYY-MM-DD"),
 *                              "owner": <person key>, "done" (boolean) } ],
 *                 "registrations": [ { "uid", "name", "contact",
 *                              "organisation", "consent" (as for persons),
 *                              "status" (registered | waiting | cancelled |
 *                                        attended | no-show; default
 *                                        registered) } ] } ]
 *
 * "key" names a record inside the file so that other records can refer to
 * it; "uid" is the record's fixed uid in the database. Members and
 * sections this loader does not know are ignored, so later versions can add
 * sections referring to the same keys. Missing members are absent values.
 * What is there must make sense, though: a malformed file, a missing name
 * or title, an unknown vocabulary key, level, strength or status, a
 * malformed date, time or repetition rule, a reference to an unknown
 * actor, person or target group fail with an error, because the example is
 * part of the program and a silently half-loaded example helps nobody.
 *
 * Registrations are written in the order of the file and follow the
 * store's rules: one that asks for a place when the event is full goes to
 * the waiting list.
 */

typedef struct
{
  char     *key;
  MitActor *actor;
} ExampleActor;

typedef struct
{
  char *actor_key;
  char *role;
} ExampleLink;

typedef struct
{
  char      *key;
  MitPerson *person;
  GPtrArray *links;         /* ExampleLink */
  gint64     id;            /* in the database, once written */
} ExamplePerson;

typedef struct
{
  char           *key;
  MitTargetGroup *group;
  GPtrArray      *assessments;  /* MitAssessment, group id set when written */
  gint64          id;           /* in the database, once written */
} ExampleGroup;

typedef struct
{
  char       *actor_key;
  char       *group_key;
  char       *contact_key;  /* NULL: no contact person */
  MitChannel *channel;      /* ids set when written */
} ExampleChannel;

/* Tasks and registrations know their event only by a construct-only id,
 * so the file's values wait here until the event is written. */
typedef struct
{
  char     *uid;            /* NULL: a new one */
  char     *title;
  char     *due;            /* "" for none */
  char     *owner_key;      /* NULL: nobody */
  gboolean  done;
} ExampleTask;

typedef struct
{
  char                  *uid;  /* NULL: a new one */
  char                  *name;
  char                  *contact;
  char                  *organisation;
  MitConsent             consent;
  MitRegistrationStatus  status;
} ExampleRegistration;

typedef struct
{
  char      *key;
  MitEvent  *event;           /* ids set when written */
  char      *venue_key;       /* NULL: no venue in the directory */
  GStrv      organiser_keys;
  GStrv      group_keys;
  GPtrArray *tasks;           /* ExampleTask */
  GPtrArray *registrations;   /* ExampleRegistration */
  gint64     id;              /* in the database, once written or found */
} ExampleEvent;

typedef struct
{
  GPtrArray  *actors;       /* ExampleActor */
  GPtrArray  *persons;      /* ExamplePerson */
  GPtrArray  *groups;       /* ExampleGroup */
  GPtrArray  *channels;     /* ExampleChannel */
  GPtrArray  *events;       /* ExampleEvent */
  GHashTable *actor_index;  /* key → ExampleActor, borrowed */
  GHashTable *person_index; /* key → ExamplePerson, borrowed */
  GHashTable *group_index;  /* key → ExampleGroup, borrowed */
  GHashTable *event_index;  /* key → ExampleEvent, borrowed */
} Example;

static const struct
{
  const char   *member;
  MitActorText  which;
} actor_texts[] = {
  { "name", MIT_ACTOR_NAME },
  { "kind", MIT_ACTOR_KIND },
  { "district", MIT_ACTOR_DISTRICT },
  { "street", MIT_ACTOR_STREET },
  { "postcode", MIT_ACTOR_POSTCODE },
  { "town", MIT_ACTOR_TOWN },
  { "phone", MIT_ACTOR_PHONE },
  { "email", MIT_ACTOR_EMAIL },
  { "website", MIT_ACTOR_WEBSITE },
  { "opening_hours", MIT_ACTOR_OPENING_HOURS },
  { "description", MIT_ACTOR_DESCRIPTION },
  { "last_verified", MIT_ACTOR_LAST_VERIFIED },
};

static const struct
{
  const char    *member;
  MitPersonText  which;
} person_texts[] = {
  { "name", MIT_PERSON_NAME },
  { "salutation", MIT_PERSON_SALUTATION },
  { "phone", MIT_PERSON_PHONE },
  { "email", MIT_PERSON_EMAIL },
  { "consent_date", MIT_PERSON_CONSENT_DATE },
};

/* Indexed by MitSector and MitConsent */
static const char * const sector_names[] = {
  "professional", "volunteer", "migrant-organisation",
};
static const char * const consent_names[] = {
  "none", "internal", "print", "web",
};

/* Indexed by MitReachability (without UNKNOWN) and MitChannelStrength */
static const char * const level_names[] = {
  "good", "medium", "little-or-none",
};
static const char * const strength_names[] = {
  "weak", "regular", "strong",
};

/* Indexed by MitRegistrationStatus */
static const char * const registration_status_names[] = {
  "registered", "waiting", "cancelled", "attended", "no-show",
};

G_STATIC_ASSERT (G_N_ELEMENTS (sector_names) == MIT_SECTOR_LAST + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (consent_names) == MIT_CONSENT_LAST + 1);
G_STATIC_ASSERT (MIT_REACHABILITY_GOOD == 0);
G_STATIC_ASSERT (G_N_ELEMENTS (level_names) == MIT_REACHABILITY_LAST + 1);
G_STATIC_ASSERT (MIT_CHANNEL_WEAK == 0);
G_STATIC_ASSERT (G_N_ELEMENTS (strength_names) == MIT_CHANNEL_STRENGTH_LAST + 1);
G_STATIC_ASSERT (MIT_REGISTRATION_REGISTERED == 0);
G_STATIC_ASSERT (G_N_ELEMENTS (registration_status_names) == MIT_REGISTRATION_STATUS_LAST + 1);

static void
example_actor_free (gpointer data)
{
  ExampleActor *self = data;

  g_free (self->key);
  g_clear_object (&self->actor);
  g_free (self);
}

static void
example_link_free (gpointer data)
{
  ExampleLink *self = data;

  g_free (self->actor_key);
  g_free (self->role);
  g_free (self);
}

static void
example_person_free (gpointer data)
{
  ExamplePerson *self = data;

  g_free (self->key);
  g_clear_object (&self->person);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_free (self);
}

static void
example_group_free (gpointer data)
{
  ExampleGroup *self = data;

  g_free (self->key);
  g_clear_object (&self->group);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_free (self);
}

static void
example_channel_free (gpointer data)
{
  ExampleChannel *self = data;

  g_free (self->actor_key);
  g_free (self->group_key);
  g_free (self->contact_key);
  g_clear_object (&self->channel);
  g_free (self);
}

static void
example_task_free (gpointer data)
{
  ExampleTask *self = data;

  g_free (self->uid);
  g_free (self->title);
  g_free (self->due);
  g_free (self->owner_key);
  g_free (self);
}

static void
example_registration_free (gpointer data)
{
  ExampleRegistration *self = data;

  g_free (self->uid);
  g_free (self->name);
  g_free (self->contact);
  g_free (self->organisation);
  g_free (self);
}

static void
example_event_free (gpointer data)
{
  ExampleEvent *self = data;

  g_free (self->key);
  g_clear_object (&self->event);
  g_free (self->venue_key);
  g_strfreev (self->organiser_keys);
  g_strfreev (self->group_keys);
  g_clear_pointer (&self->tasks, g_ptr_array_unref);
  g_clear_pointer (&self->registrations, g_ptr_array_unref);
  g_free (self);
}

static Example *
example_new (void)
{
  Example *self = g_new0 (Example, 1);

  self->actors = g_ptr_array_new_with_free_func (example_actor_free);
  self->persons = g_ptr_array_new_with_free_func (example_person_free);
  self->groups = g_ptr_array_new_with_free_func (example_group_free);
  self->channels = g_ptr_array_new_with_free_func (example_channel_free);
  self->events = g_ptr_array_new_with_free_func (example_event_free);
  self->actor_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->person_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->group_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->event_index = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

static void
example_free (Example *self)
{
  g_clear_pointer (&self->event_index, g_hash_table_unref);
  g_clear_pointer (&self->group_index, g_hash_table_unref);
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_clear_pointer (&self->actor_index, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->channels, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Example, example_free)

static gboolean damaged (GError    **error,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

/* Always returns FALSE, for "return damaged (…);" */
static gboolean
damaged (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED,
               _("The example network is damaged: %s"), detail);
  return FALSE;
}

/* A string member, trimmed; a number is taken as its digits (a postcode
 * typed as 78990). NULL when the member is absent, null or of another
 * type. */
static char *
dup_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strstrip (g_strdup (json_node_get_string (node)));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    default:
      return NULL;
    }
}

static void
add_unique (GPtrArray  *array,
            const char *text,
            gboolean    lower)
{
  g_autofree char *value = lower ? g_ascii_strdown (text, -1) : g_strdup (text);

  g_strstrip (value);
  if (*value == '\0')
    return;
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), value) == 0)
      return;
  g_ptr_array_add (array, g_steal_pointer (&value));
}

/* A list of strings: an array (other elements skipped) or a single
 * string. Trimmed, empty strings and repeats dropped. Never NULL. */
static GStrv
dup_strv_member (JsonObject *object,
                 const char *name,
                 gboolean    lower)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *elements = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (elements); i++)
        {
          JsonNode *element = json_array_get_element (elements, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            add_unique (array, json_node_get_string (element), lower);
        }
    }
  else if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
           json_node_get_value_type (node) == G_TYPE_STRING)
    {
      add_unique (array, json_node_get_string (node), lower);
    }

  g_ptr_array_set_free_func (array, NULL);
  g_ptr_array_add (array, NULL);
  return (GStrv) g_ptr_array_free (array, FALSE);
}

static gboolean
get_boolean_member (JsonObject *object,
                    const char *name,
                    gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (node);
    case G_TYPE_INT64:
      return json_node_get_int (node) != 0;
    default:
      return fallback;
    }
}

/* Looks @name up in @names; -1 when absent. */
static int
lookup_name (const char * const *names,
             guint               n_names,
             const char         *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (names[i], name) == 0)
      return (int) i;
  return -1;
}

/* "YYYY-MM-DD" and a real day */
static gboolean
is_iso_date (const char *text)
{
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

/* ISO 639-1 or 639-3: two or three letters */
static gboolean
is_language_code (const char *code)
{
  gsize len = strlen (code);

  if (len < 2 || len > 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (code[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_languages (const char * const *codes,
                 const char         *record,
                 GError            **error)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (!is_language_code (codes[i]))
      return damaged (error, _("“%s” has the language code “%s”, which is not an ISO 639 code."),
                      record, codes[i]);
  return TRUE;
}

/* The key and uid every record has */
static gboolean
parse_identity (JsonObject *object,
                const char *section,
                guint       index,
                GHashTable *keys_seen,
                char      **key_out,
                char      **uid_out,
                GError    **error)
{
  g_autofree char *key = dup_string_member (object, "key");
  g_autofree char *uid = dup_string_member (object, "uid");

  if (key == NULL || *key == '\0')
    return damaged (error, _("Entry %u of “%s” has no key."), index + 1, section);
  if (g_hash_table_contains (keys_seen, key))
    return damaged (error, _("The key “%s” occurs twice in “%s”."), key, section);
  if (uid != NULL && *uid == '\0')
    g_clear_pointer (&uid, g_free);
  if (uid != NULL && !g_uuid_string_is_valid (uid))
    return damaged (error, _("“%s” has the malformed uid “%s”."), key, uid);

  g_hash_table_add (keys_seen, g_strdup (key));
  *key_out = g_steal_pointer (&key);
  *uid_out = g_steal_pointer (&uid);
  return TRUE;
}

static gboolean
parse_actor (Example    *example,
             JsonNode   *node,
             guint       index,
             GHashTable *keys_seen,
             GHashTable *known_kinds,
             GHashTable *known_fields,
             GError    **error)
{
  g_autoptr(MitActor) actor = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *sector = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) tags = NULL;
  ExampleActor *entry;
  JsonObject *object;
  const char *kind;
  const char *date;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Entry %u of “%s” is not an object."), index + 1, "actors");
  object = json_node_get_object (node);

  if (!parse_identity (object, "actors", index, keys_seen, &key, &uid, error))
    return FALSE;

  actor = mit_actor_new ();
  if (uid != NULL)
    _mit_actor_set_identity (actor, 0, uid, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (actor_texts); i++)
    {
      g_autofree char *value = dup_string_member (object, actor_texts[i].member);

      if (value != NULL)
        mit_actor_set_text (actor, actor_texts[i].which, value);
    }

  if (*mit_actor_get_name (actor) == '\0')
    return damaged (error, _("The actor “%s” has no name."), key);

  kind = mit_actor_get_kind (actor);
  if (*kind != '\0' && !g_hash_table_contains (known_kinds, kind))
    return damaged (error, _("The actor “%s” has the unknown kind “%s”."), key, kind);

  sector = dup_string_member (object, "sector");
  if (sector != NULL && *sector != '\0')
    {
      int value = lookup_name (sector_names, G_N_ELEMENTS (sector_names), sector);

      if (value < 0)
        return damaged (error, _("The actor “%s” has the unknown sector “%s”."), key, sector);
      mit_actor_set_sector (actor, (MitSector) value);
    }

  fields = dup_strv_member (object, "fields", FALSE);
  for (guint i = 0; fields[i] != NULL; i++)
    if (!g_hash_table_contains (known_fields, fields[i]))
      return damaged (error, _("The actor “%s” has the unknown field of action “%s”."),
                      key, fields[i]);
  mit_actor_set_fields (actor, (const char * const *) fields);

  languages = dup_strv_member (object, "languages", TRUE);
  if (!check_languages ((const char * const *) languages, key, error))
    return FALSE;
  mit_actor_set_languages (actor, (const char * const *) languages);

  tags = dup_strv_member (object, "tags", FALSE);
  mit_actor_set_tags (actor, (const char * const *) tags);

  date = mit_actor_get_text (actor, MIT_ACTOR_LAST_VERIFIED);
  if (*date != '\0' && !is_iso_date (date))
    return damaged (error, _("The actor “%s” has the malformed date “%s”."), key, date);

  entry = g_new0 (ExampleActor, 1);
  entry->key = g_steal_pointer (&key);
  entry->actor = g_steal_pointer (&actor);
  g_ptr_array_add (example->actors, entry);
  g_hash_table_insert (example->actor_index, entry->key, entry);

  return TRUE;
}

static gboolean
parse_affiliations (Example       *example,
                    JsonObject    *object,
                    ExamplePerson *entry,
                    GError       **error)
{
  JsonNode *node = json_object_get_member (object, "affiliations");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return damaged (error, _("The affiliations of “%s” are not a list."), entry->key);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *actor_key = NULL;
      g_autofree char *role = NULL;
      ExampleLink *link;

      /* { "actor": "key", "role": "…" }, or just "key" */
      if (JSON_NODE_HOLDS_OBJECT (element))
        {
          actor_key = dup_string_member (json_node_get_object (element), "actor");
          role = dup_string_member (json_node_get_object (element), "role");
        }
      else if (JSON_NODE_HOLDS_VALUE (element) &&
               json_node_get_value_type (element) == G_TYPE_STRING)
        {
          actor_key = g_strstrip (g_strdup (json_node_get_string (element)));
        }

      if (actor_key == NULL || *actor_key == '\0')
        return damaged (error, _("Affiliation %u of “%s” names no actor."), i + 1, entry->key);
      if (!g_hash_table_contains (example->actor_index, actor_key))
        return damaged (error, _("“%s” is linked to the unknown actor “%s”."),
                        entry->key, actor_key);

      link = g_new0 (ExampleLink, 1);
      link->actor_key = g_steal_pointer (&actor_key);
      link->role = g_steal_pointer (&role);
      g_ptr_array_add (entry->links, link);
    }

  return TRUE;
}

static gboolean
parse_person (Example    *example,
              JsonNode   *node,
              guint       index,
              GHashTable *keys_seen,
              GError    **error)
{
  g_autoptr(MitPerson) person = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *consent = NULL;
  g_auto(GStrv) languages = NULL;
  ExamplePerson *entry;
  JsonObject *object;
  const char *date;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Entry %u of “%s” is not an object."), index + 1, "persons");
  object = json_node_get_object (node);

  if (!parse_identity (object, "persons", index, keys_seen, &key, &uid, error))
    return FALSE;

  person = mit_person_new ();
  if (uid != NULL)
    _mit_person_set_identity (person, 0, uid, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (person_texts); i++)
    {
      g_autofree char *value = dup_string_member (object, person_texts[i].member);

      if (value != NULL)
        mit_person_set_text (person, person_texts[i].which, value);
    }

  if (*mit_person_get_name (person) == '\0')
    return damaged (error, _("The person “%s” has no name."), key);

  mit_person_set_volunteer (person, get_boolean_member (object, "volunteer", FALSE));

  consent = dup_string_member (object, "consent");
  if (consent != NULL && *consent != '\0')
    {
      int value = lookup_name (consent_names, G_N_ELEMENTS (consent_names), consent);

      if (value < 0)
        return damaged (error, _("The person “%s” has the unknown consent “%s”."), key, consent);
      mit_person_set_consent (person, (MitConsent) value);
    }

  date = mit_person_get_text (person, MIT_PERSON_CONSENT_DATE);
  if (*date != '\0' && !is_iso_date (date))
    return damaged (error, _("The person “%s” has the malformed date “%s”."), key, date);

  languages = dup_strv_member (object, "languages", TRUE);
  if (!check_languages ((const char * const *) languages, key, error))
    return FALSE;
  mit_person_set_languages (person, (const char * const *) languages);

  entry = g_new0 (ExamplePerson, 1);
  entry->key = g_steal_pointer (&key);
  entry->person = g_steal_pointer (&person);
  entry->links = g_ptr_array_new_with_free_func (example_link_free);
  g_ptr_array_add (example->persons, entry);
  g_hash_table_insert (example->person_index, entry->key, entry);

  return parse_affiliations (example, object, entry, error);
}

/* The optional uid of an assessment or channel, which have no key: NULL
 * when absent; FALSE when malformed (and *uid_out is what is there, for
 * the message) */
static gboolean
dup_uid_member (JsonObject *object,
                char      **uid_out)
{
  g_autofree char *uid = dup_string_member (object, "uid");
  gboolean valid;

  if (uid != NULL && *uid == '\0')
    g_clear_pointer (&uid, g_free);
  valid = uid == NULL || g_uuid_string_is_valid (uid);

  *uid_out = g_steal_pointer (&uid);
  return valid;
}

static gboolean
parse_assessment (ExampleGroup *entry,
                  JsonNode     *node,
                  guint         index,
                  GError      **error)
{
  g_autoptr(MitAssessment) assessment = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *level = NULL;
  g_autofree char *date = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *reasoning = NULL;
  JsonObject *object;
  int value;

  /* In the messages, the second placeholder is the key of the target group
   * in the example file */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Assessment %u of “%s” is not an object."), index + 1, entry->key);
  object = json_node_get_object (node);

  if (!dup_uid_member (object, &uid))
    return damaged (error, _("Assessment %u of “%s” has the malformed uid “%s”."),
                    index + 1, entry->key, uid);

  level = dup_string_member (object, "level");
  if (level == NULL || *level == '\0')
    return damaged (error, _("Assessment %u of “%s” has no level."), index + 1, entry->key);
  value = lookup_name (level_names, G_N_ELEMENTS (level_names), level);
  if (value < 0)
    return damaged (error, _("Assessment %u of “%s” has the unknown level “%s”."),
                    index + 1, entry->key, level);

  date = dup_string_member (object, "date");
  if (date == NULL || *date == '\0')
    return damaged (error, _("Assessment %u of “%s” has no date."), index + 1, entry->key);
  if (!is_iso_date (date))
    return damaged (error, _("Assessment %u of “%s” has the malformed date “%s”."),
                    index + 1, entry->key, date);

  assessor = dup_string_member (object, "assessor");
  reasoning = dup_string_member (object, "reasoning");

  assessment = mit_assessment_new (0);
  if (uid != NULL)
    _mit_assessment_set_identity (assessment, 0, uid, NULL, NULL);
  mit_assessment_set_level (assessment, (MitReachability) value);
  mit_assessment_set_date (assessment, date);
  mit_assessment_set_assessor (assessment, assessor != NULL ? assessor : "");
  mit_assessment_set_reasoning (assessment, reasoning != NULL ? reasoning : "");

  g_ptr_array_add (entry->assessments, g_steal_pointer (&assessment));
  return TRUE;
}

static gboolean
parse_group (Example    *example,
             JsonNode   *node,
             guint       index,
             GHashTable *keys_seen,
             GError    **error)
{
  g_autoptr(MitTargetGroup) group = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) languages = NULL;
  ExampleGroup *entry;
  JsonObject *object;
  JsonNode *member;
  JsonArray *assessments;
  static const struct
  {
    const char *member;
    void      (*set) (MitTargetGroup *group, const char *text);
  } texts[] = {
    { "description", mit_target_group_set_description },
    { "district", mit_target_group_set_district },
    { "notes", mit_target_group_set_notes },
  };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Entry %u of “%s” is not an object."), index + 1, "target_groups");
  object = json_node_get_object (node);

  if (!parse_identity (object, "target_groups", index, keys_seen, &key, &uid, error))
    return FALSE;

  name = dup_string_member (object, "name");
  if (name == NULL || *name == '\0')
    return damaged (error, _("The target group “%s” has no name."), key);

  group = mit_target_group_new ();
  if (uid != NULL)
    _mit_target_group_set_identity (group, 0, uid, NULL, NULL);
  mit_target_group_set_name (group, name);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *value = dup_string_member (object, texts[i].member);

      if (value != NULL)
        texts[i].set (group, value);
    }

  languages = dup_strv_member (object, "languages", TRUE);
  if (!check_languages ((const char * const *) languages, key, error))
    return FALSE;
  mit_target_group_set_languages (group, (const char * const *) languages);

  /* An estimate: a whole number, absent or null when unknown */
  member = json_object_get_member (object, "size");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      gint64 size;

      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
        return damaged (error, _("The target group “%s” has a size that is not a whole number."), key);
      size = json_node_get_int (member);
      if (size < 0 || size > G_MAXINT)
        return damaged (error, _("The target group “%s” has the impossible size %lld."),
                        key, (long long) size);
      mit_target_group_set_size (group, (int) size);
    }
  else
    {
      mit_target_group_set_size (group, -1);
    }

  mit_target_group_set_focus (group, get_boolean_member (object, "focus", FALSE));

  entry = g_new0 (ExampleGroup, 1);
  entry->key = g_steal_pointer (&key);
  entry->group = g_steal_pointer (&group);
  entry->assessments = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (example->groups, entry);
  g_hash_table_insert (example->group_index, entry->key, entry);

  member = json_object_get_member (object, "assessments");
  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (member))
    return damaged (error, _("The assessments of “%s” are not a list."), entry->key);

  assessments = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (assessments); i++)
    if (!parse_assessment (entry, json_array_get_element (assessments, i), i, error))
      return FALSE;

  return TRUE;
}

static gboolean
parse_channel (Example    *example,
               JsonNode   *node,
               guint       index,
               GHashTable *seen,
               GError    **error)
{
  g_autoptr(MitChannel) channel = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *actor_key = NULL;
  g_autofree char *group_key = NULL;
  g_autofree char *contact_key = NULL;
  g_autofree char *how = NULL;
  g_autofree char *strength = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *triple = NULL;
  ExampleChannel *entry;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Entry %u of “%s” is not an object."), index + 1, "channels");
  object = json_node_get_object (node);

  if (!dup_uid_member (object, &uid))
    return damaged (error, _("Channel %u has the malformed uid “%s”."), index + 1, uid);

  actor_key = dup_string_member (object, "actor");
  if (actor_key == NULL || *actor_key == '\0')
    return damaged (error, _("Channel %u names no actor."), index + 1);
  if (!g_hash_table_contains (example->actor_index, actor_key))
    return damaged (error, _("Channel %u names the unknown actor “%s”."), index + 1, actor_key);

  group_key = dup_string_member (object, "group");
  if (group_key == NULL || *group_key == '\0')
    return damaged (error, _("Channel %u names no target group."), index + 1);
  if (!g_hash_table_contains (example->group_index, group_key))
    return damaged (error, _("Channel %u names the unknown target group “%s”."),
                    index + 1, group_key);

  contact_key = dup_string_member (object, "contact");
  if (contact_key != NULL && *contact_key == '\0')
    g_clear_pointer (&contact_key, g_free);
  if (contact_key != NULL && !g_hash_table_contains (example->person_index, contact_key))
    return damaged (error, _("Channel %u names the unknown contact person “%s”."),
                    index + 1, contact_key);

  how = dup_string_member (object, "how");
  if (how == NULL || *how == '\0')
    {
      g_free (how);
      how = g_strdup (MIT_CHANNEL_HOW_OTHER);
    }
  if (!mit_channel_how_is_valid (how))
    return damaged (error, _("Channel %u has the unknown way of reaching “%s”."), index + 1, how);

  /* The store refuses an actor reaching a group the same way twice */
  triple = g_strjoin ("\x1f", actor_key, group_key, how, NULL);
  if (g_hash_table_contains (seen, triple))
    return damaged (error, _("The actor “%s” reaches the target group “%s” twice as “%s”."),
                    actor_key, group_key, how);
  g_hash_table_add (seen, g_steal_pointer (&triple));

  channel = mit_channel_new (0, 0);
  if (uid != NULL)
    _mit_channel_set_identity (channel, 0, uid, NULL, NULL);
  mit_channel_set_how (channel, how);

  strength = dup_string_member (object, "strength");
  if (strength != NULL && *strength != '\0')
    {
      int value = lookup_name (strength_names, G_N_ELEMENTS (strength_names), strength);

      if (value < 0)
        return damaged (error, _("Channel %u has the unknown strength “%s”."), index + 1, strength);
      mit_channel_set_strength (channel, (MitChannelStrength) value);
    }
  else
    {
      mit_channel_set_strength (channel, MIT_CHANNEL_REGULAR);
    }

  notes = dup_string_member (object, "notes");
  if (notes != NULL)
    mit_channel_set_notes (channel, notes);

  entry = g_new0 (ExampleChannel, 1);
  entry->actor_key = g_steal_pointer (&actor_key);
  entry->group_key = g_steal_pointer (&group_key);
  entry->contact_key = g_steal_pointer (&contact_key);
  entry->channel = g_steal_pointer (&channel);
  g_ptr_array_add (example->channels, entry);

  return TRUE;
}

static gboolean
parse_task (Example      *example,
            ExampleEvent *entry,
            JsonNode     *node,
            guint         index,
            GError      **error)
{
  g_autofree char *uid = NULL;
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autofree char *owner_key = NULL;
  ExampleTask *task;
  JsonObject *object;

  /* In the messages, the second placeholder is the key of the event in
   * the example file */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Task %u of “%s” is not an object."), index + 1, entry->key);
  object = json_node_get_object (node);

  if (!dup_uid_member (object, &uid))
    return damaged (error, _("Task %u of “%s” has the malformed uid “%s”."),
                    index + 1, entry->key, uid);

  title = dup_string_member (object, "title");
  if (title == NULL || *title == '\0')
    return damaged (error, _("Task %u of “%s” has no title."), index + 1, entry->key);

  due = dup_string_member (object, "due");
  if (due == NULL)
    due = g_strdup ("");
  if (*due != '\0' && !is_iso_date (due))
    return damaged (error, _("Task %u of “%s” has the malformed date “%s”."),
                    index + 1, entry->key, due);

  owner_key = dup_string_member (object, "owner");
  if (owner_key != NULL && *owner_key == '\0')
    g_clear_pointer (&owner_key, g_free);
  if (owner_key != NULL && !g_hash_table_contains (example->person_index, owner_key))
    return damaged (error, _("Task %u of “%s” names the unknown contact person “%s”."),
                    index + 1, entry->key, owner_key);

  task = g_new0 (ExampleTask, 1);
  task->uid = g_steal_pointer (&uid);
  task->title = g_steal_pointer (&title);
  task->due = g_steal_pointer (&due);
  task->owner_key = g_steal_pointer (&owner_key);
  task->done = get_boolean_member (object, "done", FALSE);
  g_ptr_array_add (entry->tasks, task);

  return TRUE;
}

static gboolean
parse_registration (ExampleEvent *entry,
                    JsonNode     *node,
                    guint         index,
                    GError      **error)
{
  g_autofree char *uid = NULL;
  g_autofree char *name = NULL;
  g_autofree char *consent = NULL;
  g_autofree char *status = NULL;
  ExampleRegistration *registration;
  JsonObject *object;
  int consent_value = MIT_CONSENT_NONE;
  int status_value = MIT_REGISTRATION_REGISTERED;

  /* In the messages, the second placeholder is the key of the event in
   * the example file */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Registration %u of “%s” is not an object."), index + 1, entry->key);
  object = json_node_get_object (node);

  if (!dup_uid_member (object, &uid))
    return damaged (error, _("Registration %u of “%s” has the malformed uid “%s”."),
                    index + 1, entry->key, uid);

  name = dup_string_member (object, "name");
  if (name == NULL || *name == '\0')
    return damaged (error, _("Registration %u of “%s” has no name."), index + 1, entry->key);

  consent = dup_string_member (object, "consent");
  if (consent != NULL && *consent != '\0')
    {
      consent_value = lookup_name (consent_names, G_N_ELEMENTS (consent_names), consent);
      if (consent_value < 0)
        return damaged (error, _("Registration %u of “%s” has the unknown consent “%s”."),
                        index + 1, entry->key, consent);
    }

  status = dup_string_member (object, "status");
  if (status != NULL && *status != '\0')
    {
      status_value = lookup_name (registration_status_names,
                                  G_N_ELEMENTS (registration_status_names), status);
      if (status_value < 0)
        return damaged (error, _("Registration %u of “%s” has the unknown status “%s”."),
                        index + 1, entry->key, status);
    }

  registration = g_new0 (ExampleRegistration, 1);
  registration->uid = g_steal_pointer (&uid);
  registration->name = g_steal_pointer (&name);
  registration->contact = dup_string_member (object, "contact");
  registration->organisation = dup_string_member (object, "organisation");
  registration->consent = (MitConsent) consent_value;
  registration->status = (MitRegistrationStatus) status_value;
  g_ptr_array_add (entry->registrations, registration);

  return TRUE;
}

/* The members "tasks" and "registrations" of an event: lists of objects */
static gboolean
parse_event_lists (Example      *example,
                   ExampleEvent *entry,
                   JsonObject   *object,
                   GError      **error)
{
  JsonNode *member;
  JsonArray *array;

  member = json_object_get_member (object, "tasks");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      if (!JSON_NODE_HOLDS_ARRAY (member))
        return damaged (error, _("The tasks of “%s” are not a list."), entry->key);
      array = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!parse_task (example, entry, json_array_get_element (array, i), i, error))
          return FALSE;
    }

  member = json_object_get_member (object, "registrations");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      if (!JSON_NODE_HOLDS_ARRAY (member))
        return damaged (error, _("The registrations of “%s” are not a list."), entry->key);
      array = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!parse_registration (entry, json_array_get_element (array, i), i, error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
parse_event (Example    *example,
             JsonNode   *node,
             guint       index,
             GHashTable *keys_seen,
             GHashTable *known_kinds,
             GError    **error)
{
  g_autoptr(MitEvent) event = NULL;
  g_autoptr(MitRecurrence) recurrence = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *title = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *status = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *tzid = NULL;
  g_autofree char *rrule = NULL;
  g_autofree char *venue_key = NULL;
  g_auto(GStrv) exdates = NULL;
  g_auto(GStrv) organiser_keys = NULL;
  g_auto(GStrv) group_keys = NULL;
  g_auto(GStrv) languages = NULL;
  ExampleEvent *entry;
  JsonObject *object;
  JsonNode *member;
  gboolean all_day;
  static const struct
  {
    const char *member;
    void      (*set) (MitEvent *event, const char *text);
  } texts[] = {
    { "description", mit_event_set_description },
    { "venue_address", mit_event_set_venue_address },
    { "notes", mit_event_set_notes },
  };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return damaged (error, _("Entry %u of “%s” is not an object."), index + 1, "events");
  object = json_node_get_object (node);

  if (!parse_identity (object, "events", index, keys_seen, &key, &uid, error))
    return FALSE;

  title = dup_string_member (object, "title");
  if (title == NULL || *title == '\0')
    return damaged (error, _("The event “%s” has no title."), key);

  event = mit_event_new ();
  if (uid != NULL)
    mit_event_set_uid (event, uid);
  mit_event_set_title (event, title);

  kind = dup_string_member (object, "kind");
  if (kind == NULL || *kind == '\0')
    {
      g_free (kind);
      kind = g_strdup (MIT_EVENT_KIND_OTHER);
    }
  if (!g_hash_table_contains (known_kinds, kind))
    return damaged (error, _("The event “%s” has the unknown kind “%s”."), key, kind);
  mit_event_set_kind (event, kind);

  status = dup_string_member (object, "status");
  if (status != NULL && *status != '\0')
    {
      int value = mit_event_status_from_key (status);

      if (value < 0)
        return damaged (error, _("The event “%s” has the unknown status “%s”."), key, status);
      mit_event_set_status (event, (MitEventStatus) value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *value = dup_string_member (object, texts[i].member);

      if (value != NULL)
        texts[i].set (event, value);
    }

  /* The times: checked here as the store will, so that a mistake in the
   * file is reported as a damaged example before anything is written */
  all_day = get_boolean_member (object, "all_day", FALSE);
  starts = dup_string_member (object, "starts");
  if (starts == NULL || *starts == '\0')
    return damaged (error, _("The event “%s” has no start."), key);
  ends = dup_string_member (object, "ends");
  if (ends == NULL || *ends == '\0')
    {
      g_free (ends);
      ends = g_strdup (starts);
    }
  tzid = dup_string_member (object, "tzid");
  if (tzid == NULL || *tzid == '\0')
    {
      g_free (tzid);
      tzid = g_strdup (MIT_EVENT_DEFAULT_TZID);
    }
  rrule = dup_string_member (object, "rrule");
  exdates = dup_strv_member (object, "exdates", FALSE);
  if (!mit_recurrence_is_known_tzid (tzid))
    return damaged (error, _("The event “%s” has the unknown time zone “%s”."), key, tzid);
  recurrence = mit_recurrence_new (starts, ends, tzid, all_day, rrule,
                                   (const char * const *) exdates, &local_error);
  if (recurrence == NULL)
    return damaged (error, _("The times of the event “%s” are not valid: %s"),
                    key, local_error->message);
  mit_event_set_all_day (event, all_day);
  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_tzid (event, tzid);
  mit_event_set_rrule (event, rrule != NULL ? rrule : "");
  mit_event_set_exdates (event, (const char * const *) exdates);

  venue_key = dup_string_member (object, "venue");
  if (venue_key != NULL && *venue_key == '\0')
    g_clear_pointer (&venue_key, g_free);
  if (venue_key != NULL && !g_hash_table_contains (example->actor_index, venue_key))
    return damaged (error, _("The event “%s” takes place at the unknown actor “%s”."),
                    key, venue_key);

  organiser_keys = dup_strv_member (object, "organisers", FALSE);
  for (guint i = 0; organiser_keys[i] != NULL; i++)
    if (!g_hash_table_contains (example->actor_index, organiser_keys[i]))
      return damaged (error, _("The event “%s” names the unknown organiser “%s”."),
                      key, organiser_keys[i]);

  group_keys = dup_strv_member (object, "target_groups", FALSE);
  for (guint i = 0; group_keys[i] != NULL; i++)
    if (!g_hash_table_contains (example->group_index, group_keys[i]))
      return damaged (error, _("The event “%s” names the unknown target group “%s”."),
                      key, group_keys[i]);

  languages = dup_strv_member (object, "languages", TRUE);
  if (!check_languages ((const char * const *) languages, key, error))
    return FALSE;
  mit_event_set_languages (event, (const char * const *) languages);

  /* A whole number of places, absent or null when there is no limit */
  member = json_object_get_member (object, "capacity");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      gint64 capacity;

      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
        return damaged (error, _("The event “%s” has a capacity that is not a whole number."), key);
      capacity = json_node_get_int (member);
      if (capacity < 0 || capacity > G_MAXINT)
        return damaged (error, _("The event “%s” has the impossible capacity %lld."),
                        key, (long long) capacity);
      mit_event_set_capacity (event, (int) capacity);
    }

  entry = g_new0 (ExampleEvent, 1);
  entry->key = g_steal_pointer (&key);
  entry->event = g_steal_pointer (&event);
  entry->venue_key = g_steal_pointer (&venue_key);
  entry->organiser_keys = g_steal_pointer (&organiser_keys);
  entry->group_keys = g_steal_pointer (&group_keys);
  entry->tasks = g_ptr_array_new_with_free_func (example_task_free);
  entry->registrations = g_ptr_array_new_with_free_func (example_registration_free);
  g_ptr_array_add (example->events, entry);
  g_hash_table_insert (example->event_index, entry->key, entry);

  return parse_event_lists (example, entry, object, error);
}

/* The keys of a vocabulary, as a set */
static GHashTable *
list_vocabulary_keys (MitStore   *store,
                      const char *vocabulary,
                      GError    **error)
{
  g_autoptr(GPtrArray) terms = NULL;
  GHashTable *keys;

  terms = mit_store_list_vocabulary (store, vocabulary, error);
  if (terms == NULL)
    return NULL;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);

      g_hash_table_add (keys, g_strdup (term->key));
    }

  return keys;
}

/* Returns the array member @name of @root; NULL (and no error) when it is
 * absent and may be, NULL and an error when it is not an array. */
static JsonArray *
get_section (JsonObject *root,
             const char *name,
             gboolean    required,
             GError    **error)
{
  JsonNode *node = json_object_get_member (root, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        damaged (error, _("The section “%s” is missing."), name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      damaged (error, _("The section “%s” is not a list."), name);
      return NULL;
    }

  return json_node_get_array (node);
}

static Example *
parse_example (MitStore *store,
               GBytes   *data,
               GError  **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) known_kinds = NULL;
  g_autoptr(GHashTable) known_fields = NULL;
  g_autoptr(GHashTable) actor_keys = NULL;
  g_autoptr(GHashTable) person_keys = NULL;
  g_autoptr(GHashTable) group_keys = NULL;
  g_autoptr(GHashTable) channels_seen = NULL;
  g_autoptr(GHashTable) known_event_kinds = NULL;
  g_autoptr(GHashTable) event_keys = NULL;
  g_autoptr(Example) example = NULL;
  JsonArray *actors;
  JsonArray *persons;
  JsonArray *groups = NULL;
  JsonArray *channels = NULL;
  JsonArray *events = NULL;
  JsonObject *root;
  JsonNode *root_node;
  const char *text;
  gsize size;

  text = g_bytes_get_data (data, &size);
  if (size == 0 || text == NULL)
    {
      damaged (error, _("The file is empty."));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, text, (gssize) size, &local_error))
    {
      damaged (error, "%s", local_error->message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      damaged (error, _("The file does not hold a JSON object."));
      return NULL;
    }
  root = json_node_get_object (root_node);

  actors = get_section (root, "actors", TRUE, error);
  if (actors == NULL)
    return NULL;
  persons = get_section (root, "persons", FALSE, &local_error);
  if (local_error == NULL)
    groups = get_section (root, "target_groups", FALSE, &local_error);
  if (local_error == NULL)
    channels = get_section (root, "channels", FALSE, &local_error);
  if (local_error == NULL)
    events = get_section (root, "events", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  known_kinds = list_vocabulary_keys (store, "actor-kind", error);
  if (known_kinds == NULL)
    return NULL;
  known_fields = list_vocabulary_keys (store, "field", error);
  if (known_fields == NULL)
    return NULL;
  known_event_kinds = list_vocabulary_keys (store, "event-kind", error);
  if (known_event_kinds == NULL)
    return NULL;

  example = example_new ();

  actor_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < json_array_get_length (actors); i++)
    if (!parse_actor (example, json_array_get_element (actors, i), i,
                      actor_keys, known_kinds, known_fields, error))
      return NULL;

  person_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; persons != NULL && i < json_array_get_length (persons); i++)
    if (!parse_person (example, json_array_get_element (persons, i), i, person_keys, error))
      return NULL;

  group_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    if (!parse_group (example, json_array_get_element (groups, i), i, group_keys, error))
      return NULL;

  /* After everything they refer to */
  channels_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; channels != NULL && i < json_array_get_length (channels); i++)
    if (!parse_channel (example, json_array_get_element (channels, i), i, channels_seen, error))
      return NULL;

  event_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; events != NULL && i < json_array_get_length (events); i++)
    if (!parse_event (example, json_array_get_element (events, i), i, event_keys,
                      known_event_kinds, error))
      return NULL;

  return g_steal_pointer (&example);
}

/* A person of an earlier example may still be there when its actors were
 * deleted: find them by uid so they are linked again, not inserted twice.
 * The store looks persons up by name, so search by name and compare. */
static gboolean
find_person_by_uid (MitStore   *store,
                    MitPerson  *person,
                    gint64     *id_out,
                    GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *uid = mit_person_get_uid (person);

  *id_out = 0;
  if (uid == NULL || *uid == '\0')
    return TRUE;

  ids = mit_store_find_person_ids (store, mit_person_get_name (person), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (ids == NULL || ids->len == 0)
    return TRUE;

  found = mit_store_load_persons (store, &g_array_index (ids, gint64, 0), ids->len, error);
  if (found == NULL)
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      MitPerson *candidate = g_ptr_array_index (found, i);

      if (g_strcmp0 (mit_person_get_uid (candidate), uid) == 0)
        {
          *id_out = mit_person_get_id (candidate);
          break;
        }
    }

  return TRUE;
}

/* Target groups of an earlier example may still be there when its actors
 * were deleted (deleting an actor only takes its channels along): a map
 * from their uids to their ids, empty when there are no groups at all. */
static GHashTable *
map_group_uids (MitStore  *store,
                GError   **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  if (mit_store_count_target_groups (store) == 0)
    return g_steal_pointer (&map);

  ids = mit_store_find_target_group_ids (store, NULL, -1, FALSE, error);
  if (ids == NULL)
    return NULL;
  if (ids->len == 0)
    return g_steal_pointer (&map);

  groups = mit_store_load_target_groups (store, &g_array_index (ids, gint64, 0), ids->len, error);
  if (groups == NULL)
    return NULL;

  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      gint64 id = mit_target_group_get_id (group);

      g_hash_table_insert (map, g_strdup (mit_target_group_get_uid (group)),
                           g_memdup2 (&id, sizeof id));
    }

  return g_steal_pointer (&map);
}

/* Inside the transaction. A group that is still there from an earlier
 * example is kept as it is, with its assessments: it may have been edited
 * and assessed since, and the example's history would only confuse it. */
static gboolean
write_groups (MitStore  *store,
              Example   *example,
              GError   **error)
{
  g_autoptr(GHashTable) existing = NULL;
  guint n_kept = 0;

  existing = map_group_uids (store, error);
  if (existing == NULL)
    return FALSE;

  for (guint i = 0; i < example->groups->len; i++)
    {
      ExampleGroup *entry = g_ptr_array_index (example->groups, i);
      const char *uid = mit_target_group_get_uid (entry->group);
      gint64 *kept = uid != NULL ? g_hash_table_lookup (existing, uid) : NULL;

      if (kept != NULL)
        {
          entry->id = *kept;
          n_kept++;
          continue;
        }

      if (!mit_store_save_target_group (store, entry->group, error))
        return FALSE;
      entry->id = mit_target_group_get_id (entry->group);

      for (guint j = 0; j < entry->assessments->len; j++)
        {
          MitAssessment *assessment = g_ptr_array_index (entry->assessments, j);

          mit_assessment_set_group_id (assessment, entry->id);
          if (!mit_store_save_assessment (store, assessment, error))
            return FALSE;
        }
    }

  if (n_kept > 0)
    g_debug ("%u target groups of an earlier example were still there and kept", n_kept);

  return TRUE;
}

/* Inside the transaction, after actors, persons and groups */
static gboolean
write_channels (MitStore  *store,
                Example   *example,
                GError   **error)
{
  for (guint i = 0; i < example->channels->len; i++)
    {
      ExampleChannel *entry = g_ptr_array_index (example->channels, i);
      ExampleActor *actor = g_hash_table_lookup (example->actor_index, entry->actor_key);
      ExampleGroup *group = g_hash_table_lookup (example->group_index, entry->group_key);
      ExamplePerson *contact = NULL;

      if (entry->contact_key != NULL)
        contact = g_hash_table_lookup (example->person_index, entry->contact_key);

      mit_channel_set_actor_id (entry->channel, mit_actor_get_id (actor->actor));
      mit_channel_set_group_id (entry->channel, group->id);
      mit_channel_set_contact_id (entry->channel, contact != NULL ? contact->id : 0);
      if (!mit_store_save_channel (store, entry->channel, error))
        return FALSE;
    }

  return TRUE;
}

/* The ids of actors by their keys in the example */
static GArray *
map_actor_keys (Example            *example,
                const char * const *keys)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      ExampleActor *actor = g_hash_table_lookup (example->actor_index, keys[i]);
      gint64 id = mit_actor_get_id (actor->actor);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* An event of an earlier example may still be there when its actors were
 * deleted: it is kept as it is, with its tasks and registrations (they may
 * have been edited since), except that the venue and organisers it lost
 * with the actors are given back when it has none. */
static gboolean
relink_kept_event (MitStore      *store,
                   Example       *example,
                   ExampleEvent  *entry,
                   MitEvent      *kept,
                   GError       **error)
{
  guint n_organisers = 0;
  gboolean changed = FALSE;

  if (entry->venue_key != NULL && mit_event_get_venue_id (kept) == 0 &&
      *mit_event_get_venue_address (kept) == '\0')
    {
      ExampleActor *venue = g_hash_table_lookup (example->actor_index, entry->venue_key);

      mit_event_set_venue_id (kept, mit_actor_get_id (venue->actor));
      changed = TRUE;
    }

  mit_event_get_organisers (kept, &n_organisers);
  if (n_organisers == 0 && entry->organiser_keys[0] != NULL)
    {
      g_autoptr(GArray) ids = NULL;

      ids = map_actor_keys (example, (const char * const *) entry->organiser_keys);

      mit_event_set_organisers (kept, &g_array_index (ids, gint64, 0), ids->len);
      changed = TRUE;
    }

  return !changed || mit_store_save_event (store, kept, error);
}

/* Inside the transaction, after everything else: events refer to actors,
 * target groups and (through their tasks) persons */
static gboolean
write_events (MitStore  *store,
              Example   *example,
              GError   **error)
{
  gboolean had_events = mit_store_count_events (store) > 0;
  guint n_kept = 0;

  for (guint i = 0; i < example->events->len; i++)
    {
      ExampleEvent *entry = g_ptr_array_index (example->events, i);
      const char *uid = mit_event_get_uid (entry->event);
      g_autoptr(MitEvent) kept = NULL;
      g_autoptr(GArray) organisers = NULL;
      g_autoptr(GArray) groups = NULL;
      gint64 event_id;

      if (had_events && uid != NULL && *uid != '\0')
        {
          g_autoptr(GError) local_error = NULL;

          kept = mit_store_load_event_by_uid (store, uid, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
        }
      if (kept != NULL)
        {
          if (!relink_kept_event (store, example, entry, kept, error))
            return FALSE;
          entry->id = mit_event_get_id (kept);
          n_kept++;
          continue;
        }

      if (entry->venue_key != NULL)
        {
          ExampleActor *venue = g_hash_table_lookup (example->actor_index, entry->venue_key);

          mit_event_set_venue_id (entry->event, mit_actor_get_id (venue->actor));
        }

      organisers = map_actor_keys (example, (const char * const *) entry->organiser_keys);
      mit_event_set_organisers (entry->event, (const gint64 *) organisers->data, organisers->len);

      groups = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint j = 0; entry->group_keys[j] != NULL; j++)
        {
          ExampleGroup *group = g_hash_table_lookup (example->group_index, entry->group_keys[j]);

          g_array_append_val (groups, group->id);
        }
      mit_event_set_target_groups (entry->event, (const gint64 *) groups->data, groups->len);

      if (!mit_store_save_event (store, entry->event, error))
        return FALSE;
      event_id = mit_event_get_id (entry->event);
      entry->id = event_id;

      for (guint j = 0; j < entry->tasks->len; j++)
        {
          ExampleTask *values = g_ptr_array_index (entry->tasks, j);
          g_autoptr(MitEventTask) task = mit_event_task_new (event_id);

          if (values->uid != NULL)
            _mit_event_task_set_identity (task, 0, values->uid, NULL, NULL);
          mit_event_task_set_title (task, values->title);
          mit_event_task_set_due (task, values->due);
          mit_event_task_set_done (task, values->done);
          if (values->owner_key != NULL)
            {
              ExamplePerson *owner = g_hash_table_lookup (example->person_index, values->owner_key);

              mit_event_task_set_owner_id (task, owner->id);
            }
          if (!mit_store_save_event_task (store, task, error))
            return FALSE;
        }

      /* In the order of the file, which is the order they came in */
      for (guint j = 0; j < entry->registrations->len; j++)
        {
          ExampleRegistration *values = g_ptr_array_index (entry->registrations, j);
          g_autoptr(MitRegistration) registration = mit_registration_new (event_id);

          if (values->uid != NULL)
            _mit_registration_set_identity (registration, 0, values->uid, NULL, NULL);
          mit_registration_set_name (registration, values->name);
          if (values->contact != NULL)
            mit_registration_set_contact (registration, values->contact);
          if (values->organisation != NULL)
            mit_registration_set_organisation (registration, values->organisation);
          mit_registration_set_consent (registration, values->consent);
          mit_registration_set_status (registration, values->status);
          if (!mit_store_save_registration (store, registration, error))
            return FALSE;
        }
    }

  if (n_kept > 0)
    g_debug ("%u events of an earlier example were still there and kept", n_kept);

  return TRUE;
}

/* The steering group of the program's own example and its four meetings
 * of the example year. They refer to the records of network.json by their
 * keys, so they are written only with that file (mit_example_load()), after
 * everything else and in the same transaction. The meetings are the first
 * four occurrences of the event "e-steuerungsgruppe" (every third month on
 * the second Thursday), all held. They are written in the order they took
 * place, so that the store carries the action items still open at each
 * meeting into it, as it does when the group works with the program: an
 * action item is written open and gets its final status after the meeting
 * in which it was reported done or dropped ("closed_in"; 0: before any
 * later meeting). */

typedef struct
{
  const char    *uid;
  const char    *person;        /* person key */
  const char    *actor;         /* actor key: the one the person sits for */
  MitMemberRole  role;
} MemberSpec;

typedef struct
{
  MitDecisionKind  kind;
  const char      *text;        /* NULL: no (further) decision */
  gboolean         counted;
  int              yes, no, abstain;
} DecisionSpec;

typedef struct
{
  const char      *title;       /* NULL: no (further) action item */
  const char      *owner;       /* person key */
  const char      *due;
  MitActionStatus  status;      /* today */
  guint            closed_in;   /* see above; only when not open */
  const char      *event;       /* event key or NULL, and so on */
  const char      *actor;
  const char      *group;
} ActionSpec;

typedef struct
{
  const char        *title;     /* NULL: no (further) item */
  MitAgendaItemKind  kind;      /* OPEN_ACTIONS: the item the carried ones are listed under */
  const char        *presenter; /* person key or NULL, and so on */
  const char        *event;
  const char        *actor;
  const char        *group;
  const char        *minutes;
  DecisionSpec       decisions[2];
  ActionSpec         actions[2];
} ItemSpec;

typedef struct
{
  const char *uid;
  const char *title;
  const char *date;
  const char *time;
  const char *venue;            /* actor key */
  const char *notes;
  ItemSpec    items[5];
} MeetingSpec;

#define OPEN_ACTIONS_TITLE "Offene Arbeitsaufträge"

static const MemberSpec example_members[] = {
  { "ca9786e9-c7cb-479f-8f67-915b35575263", "p-brenneisen", "stabsstelle", MIT_MEMBER_CHAIR },
  { "6bfe9bbc-5f4d-41d6-8723-d55c0eb8f689", "p-hoffbauer", "caritas", MIT_MEMBER_DEPUTY_CHAIR },
  { "bb7e1405-a73f-41f7-9d4f-b6ba42b39fae", "p-aydogan", "stabsstelle", MIT_MEMBER_MINUTE_TAKER },
  { "dc9ac5a5-fbf9-4620-ba5e-87fcfe9035b5", "p-celik", "tig", MIT_MEMBER_MEMBER },
  { "20959fac-dbf8-4e1b-b40a-a5f9eacaba0e", "p-sahin", "kita-sonnenblume", MIT_MEMBER_MEMBER },
  { "e6a3741f-ad90-4789-ae26-87e9a1841392", "p-albrecht", "gs-nord", MIT_MEMBER_MEMBER },
  { "80a14063-7fcd-4cb1-ac6b-5da7b7f1d7a3", "p-brugger", "jobcenter", MIT_MEMBER_MEMBER },
  { "dc1bac3f-abb5-40a2-a12a-b505b5331fa2", "p-rahimi", "afghanisch", MIT_MEMBER_MEMBER },
  { "7f54ef67-f60d-44ea-9052-b956c5e0e505", "p-yildiz", "jmd", MIT_MEMBER_MEMBER },
};

static const MeetingSpec example_meetings[] = {
  { "1f516446-cb1a-41a3-be42-ab0972a650db", "Quartalssitzung Januar 2026", "2026-01-08", "09:30",
    "stabsstelle",
    "Sitzungssaal im Rathaus. Anwesend: 8 Mitglieder; entschuldigt: Stefan Brugger (Jobcenter). "
    "Gast zu TOP 3: Kevin Nguyen (Jugendhaus Spinnerei).",
    {
      { "Begrüßung und Protokoll", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen", NULL, NULL, NULL,
        "Frau Brenneisen begrüßt die Mitglieder und stellt die Beschlussfähigkeit fest. Das "
        "Protokoll der Sitzung vom 20. November 2025 wird ohne Änderungen genehmigt.",
        { { MIT_DECISION_RESOLUTION, "Das Protokoll der Sitzung vom 20. November 2025 wird "
            "genehmigt.", TRUE, 7, 0, 1 } } },
      { "Schwerpunkte 2026: die mittel erreichbaren Zielgruppen", MIT_AGENDA_ITEM_REGULAR,
        "p-aydogan", NULL, NULL, "g-kita-eltern",
        "Frau Aydoğan stellt die Einschätzungen vom November vor. Die Steuerungsgruppe "
        "unterscheidet drei Ebenen: gut, mittel und wenig oder nicht erreichbar. Bisher floss "
        "viel Aufwand in die wenig Erreichbaren, mit wenig Erfolg. Künftig sollen die mittel "
        "Erreichbaren im Mittelpunkt stehen; die gut Erreichbaren werden als Verstärker "
        "gewonnen.",
        { { MIT_DECISION_RESOLUTION, "Die Steuerungsgruppe legt den Schwerpunkt 2026 auf die "
            "mittel erreichbaren Zielgruppen, allen voran die Jugendlichen im Bahnhofsviertel "
            "und die Eltern mehrsprachiger Kita-Kinder. Die gut erreichbaren Gruppen werden als "
            "Verstärker einbezogen.", TRUE, 8, 0, 0 } },
        { { "Einschätzungen der Zielgruppen mit den Trägern abstimmen", "p-aydogan",
            "2026-03-20", MIT_ACTION_DONE, 2, NULL, NULL, NULL } } },
      { "Jugend plant: eine Veranstaltung von Jugendlichen für Jugendliche",
        MIT_AGENDA_ITEM_REGULAR, "p-nguyen", "e-planungsgruppe", "jugendhaus", "g-jugend-bahnhof",
        "Herr Nguyen stellt die Idee vor: Jugendliche aus dem Bahnhofsviertel planen ab April ihr "
        "eigenes Sommerfest, die Fachkräfte des Jugendhauses und des Jugendmigrationsdienstes "
        "begleiten nur. Die Planungsgruppe trifft sich dienstags im Jugendhaus. Die "
        "Steuerungsgruppe begrüßt die Beteiligung der Jugendlichen.",
        { { MIT_DECISION_RECOMMENDATION, "Die Steuerungsgruppe empfiehlt dem Jugendhaus und dem "
            "Jugendmigrationsdienst, Programm und Werbung ganz den Jugendlichen zu überlassen "
            "und die Erfahrungen für ähnliche Formate mit anderen Zielgruppen festzuhalten." } },
        { { "Jugendliche für die Planungsgruppe gewinnen, auch vom Bahnhofsplatz", "p-yildiz",
            "2026-04-10", MIT_ACTION_DONE, 2, "e-planungsgruppe", NULL, "g-jugend-bahnhof" },
          { "Moscheegemeinden zur Mitarbeit in der Planungsgruppe einladen", "p-celik",
            "2026-03-13", MIT_ACTION_DONE, 3, NULL, "tig", "g-moscheejugend" } } },
      { "Termine und Verschiedenes", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen", "e-muttersprache",
        NULL, NULL,
        "Tag der Muttersprache am 21. Februar in der Stadtbibliothek; Offenes Fastenbrechen am "
        "7. März bei der Türkisch-Islamischen Gemeinde. Nächste Sitzung am 9. April im "
        "Familienzentrum Regenbogen." },
    } },
  { "bca21fc6-ca5b-42a3-b084-13bacfca468d", "Quartalssitzung April 2026", "2026-04-09", "09:30",
    "kita-regenbogen",
    "Auf Einladung des Familienzentrums Regenbogen. Anwesend: 8 Mitglieder; entschuldigt: "
    "Christine Albrecht (Eichendorff-Grundschule). Gäste: Hannelore Wiegand (Sprachcafé) zu "
    "TOP 3, Svetlana Berg (Familienzentrum) zu TOP 4.",
    {
      { "Begrüßung und Protokoll", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen", NULL, NULL, NULL,
        "Frau Berg begrüßt die Steuerungsgruppe im Familienzentrum. Das Protokoll der Sitzung "
        "vom 8. Januar wird genehmigt.",
        { { MIT_DECISION_RESOLUTION, "Das Protokoll der Sitzung vom 8. Januar 2026 wird "
            "genehmigt.", TRUE, 8, 0, 0 } } },
      { OPEN_ACTIONS_TITLE, MIT_AGENDA_ITEM_OPEN_ACTIONS, "p-brenneisen", NULL, NULL, NULL,
        "Die Einschätzungen sind mit den Trägern abgestimmt; die Jugendlichen im "
        "Bahnhofsviertel gelten seit Februar als gut erreichbar. Für die Planungsgruppe haben "
        "sich zwölf Jugendliche gemeldet, vier davon vom Bahnhofsplatz. Die Einladung an die "
        "Moscheegemeinden steht noch aus." },
      { "Vorstellung: Sprachcafé in der Stadtbibliothek", MIT_AGENDA_ITEM_REGULAR, "p-wiegand",
        "e-sprachcafe", "sprachcafe", "g-maenner-gu",
        "Frau Wiegand stellt das Sprachcafé vor: jeden Mittwoch von 16 bis 18 Uhr Deutsch "
        "sprechen an Thementischen, ohne Anmeldung, mit rund 25 Gästen und acht "
        "Ehrenamtlichen. Frauen mit Kindern kommen gern, Männer aus den "
        "Gemeinschaftsunterkünften bisher kaum.",
        { { MIT_DECISION_ACKNOWLEDGEMENT, "Die Mitglieder der Steuerungsgruppe nehmen die "
            "Vorstellung des Sprachcafés zur Kenntnis." } },
        { { "Flyer des Sprachcafés in den Kitas und im Jobcenter auslegen", "p-sahin",
            "2026-05-15", MIT_ACTION_DONE, 3, "e-sprachcafe", "sprachcafe", NULL },
          { "Flyer des Sprachcafés auf Dari und Tigrinya übersetzen lassen", "p-rahimi",
            "2026-06-30", MIT_ACTION_DROPPED, 4, NULL, "sprachmittler", "g-maenner-gu" } } },
      { "Workshops zur Mehrsprachigkeit in Kitas", MIT_AGENDA_ITEM_REGULAR, "p-berg",
        "e-mehrsprachigkeit", "kita-regenbogen", "g-kita-eltern",
        "Frau Berg berichtet aus dem Elterncafé: Viele Eltern fragen, ob sie mit ihren Kindern "
        "Deutsch oder die Familiensprache sprechen sollen, und die Fachkräfte wünschen sich "
        "Sicherheit im Gespräch darüber. Vorgeschlagen werden zwei Workshops für pädagogische "
        "Fachkräfte im Winter.",
        { { MIT_DECISION_RESOLUTION, "Die Steuerungsgruppe beschließt zwei Workshops "
            "„Mehrsprachigkeit in Kitas“ für pädagogische Fachkräfte (Dezember 2026 und Februar "
            "2027). Die Stabsstelle übernimmt die Kosten der Referentin bis 600 Euro.",
            TRUE, 7, 0, 1 } },
        { { "Referentin für die Kita-Workshops anfragen", "p-sahin", "2026-07-31",
            MIT_ACTION_DONE, 4, "e-mehrsprachigkeit", NULL, "g-kita-eltern" } } },
    } },
  { "73b0ef88-6d2d-44fb-b3f4-85c48eb09f52", "Quartalssitzung Juli 2026", "2026-07-09", "09:30",
    "jugendhaus",
    "Im Jugendhaus Spinnerei, neun Tage vor dem Sommerfest. Anwesend: alle 9 Mitglieder. Gast "
    "zu TOP 4: Kevin Nguyen (Jugendhaus Spinnerei).",
    {
      { "Begrüßung und Protokoll", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen", NULL, NULL, NULL,
        "Frau Brenneisen begrüßt die Mitglieder im Jugendhaus. Das Protokoll der Sitzung vom "
        "9. April wird genehmigt.",
        { { MIT_DECISION_RESOLUTION, "Das Protokoll der Sitzung vom 9. April 2026 wird "
            "genehmigt.", TRUE, 9, 0, 0 } } },
      { OPEN_ACTIONS_TITLE, MIT_AGENDA_ITEM_OPEN_ACTIONS, "p-brenneisen", NULL, NULL, NULL,
        "Die Flyer des Sprachcafés liegen in allen Kitas und im Jobcenter aus. Die "
        "Türkisch-Islamische und die Bosniakische Gemeinde sind in der Planungsgruppe "
        "vertreten. Die Übersetzung der Flyer und die Anfrage an die Referentin sind noch "
        "offen." },
      { "Bericht Erreichbarkeit der Zielgruppen", MIT_AGENDA_ITEM_REGULAR, "p-aydogan", NULL,
        NULL, "g-saisonarbeit",
        "Frau Aydoğan stellt die überprüften Einschätzungen vor: Die Eltern mehrsprachiger "
        "Kita-Kinder sind seit Mai gut erreichbar, die Senior*innen mit Migrationsgeschichte "
        "mittel. Wenig erreichbar bleiben die Männer in den Gemeinschaftsunterkünften und die "
        "Saisonarbeitskräfte im Ried, die nur wenige Wochen im Jahr hier sind.",
        { { MIT_DECISION_ACKNOWLEDGEMENT, "Die Steuerungsgruppe nimmt den Bericht zur "
            "Erreichbarkeit der Zielgruppen zur Kenntnis." } },
        { { "Zugang zu den Saisonarbeitskräften im Ried klären", "p-popescu", "2026-09-30",
            MIT_ACTION_OPEN, 0, NULL, "rumaenisch", "g-saisonarbeit" } } },
      { "Jugend plant: Stand der Vorbereitungen zum Sommerfest", MIT_AGENDA_ITEM_REGULAR,
        "p-nguyen", "e-sommerfest", "jugendhaus", "g-jugend-bahnhof",
        "Herr Nguyen berichtet: Die Jugendlichen haben Streetball, eine offene Bühne und eine "
        "Graffiti-Wand geplant, die Familien bringen Essen mit. Das Quartiersmanagement stellt "
        "den Hof des Stadtteilbüros. Die Steuerungsgruppe ist beeindruckt, wie verbindlich die "
        "Gruppe arbeitet.",
        { { MIT_DECISION_RECOMMENDATION, "Die Steuerungsgruppe empfiehlt, das Format 2027 mit "
            "Senior*innen mit Migrationsgeschichte zu wiederholen." } },
        { { "Format „Senior*innen planen“ mit dem Interkulturellen Seniorentreff besprechen",
            "p-brenneisen", "2026-12-31", MIT_ACTION_OPEN, 0, NULL, "seniorentreff",
            "g-senioren" } } },
      { "Planung Interkulturelle Woche", MIT_AGENDA_ITEM_REGULAR, "p-hoffbauer",
        "e-offene-moschee", "tig", "g-moscheejugend",
        "Frau Hoffbauer stellt das Programm der Interkulturellen Woche Ende September vor. Die "
        "Türkisch-Islamische Gemeinde und die Bosniakische Islamische Gemeinde laden am "
        "3. Oktober zum Tag der offenen Moschee ein; die Jugendgruppe zeigt ihre Arbeit.",
        { { MIT_DECISION_RESOLUTION, "Die Steuerungsgruppe beteiligt sich an der Interkulturellen "
            "Woche und wirbt gemeinsam für den Tag der offenen Moschee am 3. Oktober.",
            TRUE, 8, 0, 1 } },
        { { "Ablauf des Tags der offenen Moschee mit den Gemeinden abstimmen", "p-celik",
            "2026-09-15", MIT_ACTION_DONE, 4, "e-offene-moschee", "tig", NULL } } },
    } },
  { "dce5a233-3211-4023-9fc6-be6503aaf13a", "Quartalssitzung Oktober 2026", "2026-10-08", "09:30",
    "stabsstelle",
    "Sitzungssaal im Rathaus. Anwesend: 8 Mitglieder; entschuldigt: Christine Albrecht "
    "(Eichendorff-Grundschule).",
    {
      { "Begrüßung und Protokoll", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen", NULL, NULL, NULL,
        "Frau Brenneisen begrüßt die Mitglieder. Das Protokoll der Sitzung vom 9. Juli wird "
        "genehmigt.",
        { { MIT_DECISION_RESOLUTION, "Das Protokoll der Sitzung vom 9. Juli 2026 wird "
            "genehmigt.", TRUE, 8, 0, 0 } } },
      { OPEN_ACTIONS_TITLE, MIT_AGENDA_ITEM_OPEN_ACTIONS, "p-brenneisen", NULL, NULL, NULL,
        "Der Tag der offenen Moschee am 3. Oktober war mit rund 200 Gästen gut besucht. Das "
        "Bildungswerk stellt die Referentin für die Kita-Workshops. Die Übersetzung der "
        "Sprachcafé-Flyer entfällt: Der Sprachmittlerpool begleitet neue Gäste persönlich. "
        "Offen bleiben der Zugang zu den Saisonarbeitskräften und das Gespräch mit dem "
        "Seniorentreff.",
        { { MIT_DECISION_ACKNOWLEDGEMENT, "Die Steuerungsgruppe nimmt den Stand der offenen "
            "Arbeitsaufträge zur Kenntnis; der Auftrag, die Flyer zu übersetzen, entfällt." } } },
      { "Vorstellung: Wege in Arbeit – Anerkennung ausländischer Berufsabschlüsse",
        MIT_AGENDA_ITEM_REGULAR, "p-brugger", "e-jobcenter-info", "jobcenter",
        "g-arbeitssuchende",
        "Herr Brugger stellt die Informationsveranstaltung am 2. Dezember vor, die das Jobcenter "
        "mit der Migrationsberatung und dem Bildungswerk anbietet: welche Abschlüsse anerkannt "
        "werden müssen, wer berät und was es kostet.",
        { { MIT_DECISION_ACKNOWLEDGEMENT, "Die Mitglieder der Steuerungsgruppe nehmen die "
            "Ausführungen des Jobcenters zur Kenntnis." } },
        { { "Einladung zu „Wege in Arbeit“ über die Migrantenorganisationen verteilen",
            "p-rahimi", "2026-11-20", MIT_ACTION_OPEN, 0, "e-jobcenter-info", NULL,
            "g-arbeitssuchende" } } },
      { "Rückblick Sommerfest und Verstetigung der Steuerungsgruppe", MIT_AGENDA_ITEM_REGULAR,
        "p-yildiz", "e-sommerfest", "jmd", "g-jugend-bahnhof",
        "Herr Yıldız berichtet vom Sommerfest am 18. Juli: rund 300 Gäste, zwölf Jugendliche in "
        "der Planung, vier neue Besucher*innen im Jugendmigrationsdienst. Die Mitglieder sind "
        "sich einig, dass die Steuerungsgruppe über das Projektende hinaus als Netzwerk bestehen "
        "soll.",
        { { MIT_DECISION_RECOMMENDATION, "Die Steuerungsgruppe empfiehlt dem "
            "Integrationsausschuss, sie über 2026 hinaus als Netzwerk zu verstetigen und weiter "
            "durch die Stabsstelle Integration zu begleiten." } },
        { { "Rückblick 2026 für die Januarsitzung schreiben", "p-aydogan", "2026-12-18",
            MIT_ACTION_OPEN, 0, "e-steuerungsgruppe", NULL, NULL },
          { "Empfehlung zur Verstetigung an den Integrationsausschuss weitergeben",
            "p-brenneisen", "2026-10-20", MIT_ACTION_DONE, 0, NULL, "stabsstelle", NULL } } },
      { "Neujahrsempfang für Ehrenamtliche", MIT_AGENDA_ITEM_REGULAR, "p-brenneisen",
        "e-neujahrsempfang", "brueckenschlag", "g-ehrenamtliche",
        "Die Stadt lädt am 22. Januar 2027 alle Ehrenamtlichen der Integrationsarbeit ins "
        "Rathaus ein. Die Vereine bringen das Buffet mit, Brückenschlag e.V. kümmert sich um "
        "die Musik.",
        { { MIT_DECISION_RESOLUTION, "Der Neujahrsempfang für Ehrenamtliche findet am 22. Januar "
            "2027 im Rathaus statt. Die Stabsstelle stellt dafür 1.500 Euro bereit.",
            TRUE, 8, 0, 0 } },
        { { "Einladungsliste für den Neujahrsempfang zusammenstellen", "p-schaefer",
            "2026-12-15", MIT_ACTION_OPEN, 0, "e-neujahrsempfang", NULL, "g-ehrenamtliche" } } },
    } },
};

/* An action item written open, waiting for the meeting that closes it */
typedef struct
{
  MitActionItem    *action;
  const ActionSpec *spec;
} PendingAction;

static void
pending_action_free (gpointer data)
{
  PendingAction *self = data;

  g_clear_object (&self->action);
  g_free (self);
}

/* The ids of the records the tables name by key. A key the example does
 * not have is a damaged example, as in the file itself. */
static gboolean
lookup_person_key (Example     *example,
                   const char  *key,
                   gint64      *id_out,
                   GError     **error)
{
  ExamplePerson *person;

  *id_out = 0;
  if (key == NULL)
    return TRUE;
  person = g_hash_table_lookup (example->person_index, key);
  if (person == NULL)
    return damaged (error, _("The steering group names the unknown person “%s”."), key);
  *id_out = person->id;
  return TRUE;
}

static gboolean
lookup_actor_key (Example     *example,
                  const char  *key,
                  gint64      *id_out,
                  GError     **error)
{
  ExampleActor *actor;

  *id_out = 0;
  if (key == NULL)
    return TRUE;
  actor = g_hash_table_lookup (example->actor_index, key);
  if (actor == NULL)
    return damaged (error, _("The steering group names the unknown actor “%s”."), key);
  *id_out = mit_actor_get_id (actor->actor);
  return TRUE;
}

static gboolean
lookup_links (Example     *example,
              const char  *event_key,
              const char  *actor_key,
              const char  *group_key,
              gint64      *event_id,
              gint64      *actor_id,
              gint64      *group_id,
              GError     **error)
{
  *event_id = 0;
  *group_id = 0;
  if (event_key != NULL)
    {
      ExampleEvent *event = g_hash_table_lookup (example->event_index, event_key);

      if (event == NULL)
        return damaged (error, _("The steering group names the unknown event “%s”."), event_key);
      *event_id = event->id;
    }
  if (group_key != NULL)
    {
      ExampleGroup *group = g_hash_table_lookup (example->group_index, group_key);

      if (group == NULL)
        return damaged (error, _("The steering group names the unknown target group “%s”."),
                        group_key);
      *group_id = group->id;
    }
  return lookup_actor_key (example, actor_key, actor_id, error);
}

/* Inside the transaction. A person who sits in the group already (a
 * member of an earlier example whose actors were deleted) keeps that seat;
 * only the actor lost with the actors is given back. */
static gboolean
write_steering_members (MitStore  *store,
                        Example   *example,
                        GError   **error)
{
  g_autoptr(GPtrArray) members = NULL;

  members = mit_store_list_steering_members (store, error);
  if (members == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (example_members); i++)
    {
      const MemberSpec *spec = &example_members[i];
      g_autoptr(MitSteeringMember) member = NULL;
      gint64 person_id, actor_id;

      if (!lookup_person_key (example, spec->person, &person_id, error) ||
          !lookup_actor_key (example, spec->actor, &actor_id, error))
        return FALSE;

      for (guint j = 0; j < members->len && member == NULL; j++)
        if (mit_steering_member_get_person_id (g_ptr_array_index (members, j)) == person_id)
          member = g_object_ref (g_ptr_array_index (members, j));

      if (member != NULL)
        {
          if (mit_steering_member_get_actor_id (member) != 0)
            continue;
          mit_steering_member_set_actor_id (member, actor_id);
        }
      else
        {
          member = mit_steering_member_new (person_id);
          _mit_steering_member_set_identity (member, 0, spec->uid, NULL, NULL);
          mit_steering_member_set_actor_id (member, actor_id);
          mit_steering_member_set_role (member, spec->role);
        }

      if (!mit_store_save_steering_member (store, member, error))
        return FALSE;
    }

  return TRUE;
}

/* Gives the pending action items that @meeting (1…) closed their status */
static gboolean
close_action_items (MitStore   *store,
                    GPtrArray  *pending,
                    guint       meeting,
                    GError    **error)
{
  for (guint i = 0; i < pending->len; i++)
    {
      PendingAction *entry = g_ptr_array_index (pending, i);

      if (entry->spec->closed_in != meeting)
        continue;
      mit_action_item_set_status (entry->action, entry->spec->status);
      if (!mit_store_save_action_item (store, entry->action, error))
        return FALSE;
    }

  return TRUE;
}

/* The item that lists the carried action items. The store made it the
 * first one when it carried something into the new meeting; it gets the
 * example's title and minutes and goes where the agenda has it. */
static gboolean
write_open_actions_item (MitStore        *store,
                         gint64           meeting_id,
                         int              position,
                         MitAgendaItem   *values,
                         MitAgendaItem  **item_out,
                         GError         **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(MitAgendaItem) item = NULL;
  g_autoptr(GError) local_error = NULL;

  items = mit_store_list_agenda_items (store, meeting_id, error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len && item == NULL; i++)
    if (mit_agenda_item_get_kind (g_ptr_array_index (items, i)) == MIT_AGENDA_ITEM_OPEN_ACTIONS)
      item = g_object_ref (g_ptr_array_index (items, i));

  if (item == NULL)
    {
      /* Nothing was carried (an earlier meeting was kept from an earlier
       * example and closed its items): an empty one, at the end */
      *item_out = g_object_ref (values);
      return mit_store_save_agenda_item (store, values, error);
    }

  mit_agenda_item_set_title (item, mit_agenda_item_get_title (values));
  mit_agenda_item_set_presenter_id (item, mit_agenda_item_get_presenter_id (values));
  mit_agenda_item_set_minutes (item, mit_agenda_item_get_minutes (values));
  if (!mit_store_save_agenda_item (store, item, error))
    return FALSE;

  mit_store_move_agenda_item (store, mit_agenda_item_get_id (item), position, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *item_out = g_steal_pointer (&item);
  return TRUE;
}

static gboolean
write_agenda_item (MitStore        *store,
                   Example         *example,
                   MitMeeting      *meeting,
                   int              position,
                   const ItemSpec  *spec,
                   GPtrArray       *pending,
                   GError         **error)
{
  g_autoptr(MitAgendaItem) values = NULL;
  g_autoptr(MitAgendaItem) item = NULL;
  gint64 meeting_id = mit_meeting_get_id (meeting);
  gint64 presenter_id, event_id, actor_id, group_id;

  if (!lookup_person_key (example, spec->presenter, &presenter_id, error) ||
      !lookup_links (example, spec->event, spec->actor, spec->group,
                     &event_id, &actor_id, &group_id, error))
    return FALSE;

  values = mit_agenda_item_new (meeting_id);
  mit_agenda_item_set_kind (values, spec->kind);
  mit_agenda_item_set_title (values, spec->title);
  mit_agenda_item_set_presenter_id (values, presenter_id);
  mit_agenda_item_set_minutes (values, spec->minutes);
  mit_agenda_item_set_event_id (values, event_id);
  mit_agenda_item_set_actor_id (values, actor_id);
  mit_agenda_item_set_target_group_id (values, group_id);

  if (spec->kind == MIT_AGENDA_ITEM_OPEN_ACTIONS)
    {
      if (!write_open_actions_item (store, meeting_id, position, values, &item, error))
        return FALSE;
    }
  else
    {
      if (!mit_store_save_agenda_item (store, values, error))
        return FALSE;
      item = g_steal_pointer (&values);
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->decisions) && spec->decisions[i].text != NULL; i++)
    {
      const DecisionSpec *values_of = &spec->decisions[i];
      g_autoptr(MitDecision) decision = mit_decision_new (mit_agenda_item_get_id (item));

      mit_decision_set_kind (decision, values_of->kind);
      mit_decision_set_text (decision, values_of->text);
      if (values_of->counted)
        mit_decision_set_votes (decision, values_of->yes, values_of->no, values_of->abstain);
      if (!mit_store_save_decision (store, decision, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->actions) && spec->actions[i].title != NULL; i++)
    {
      const ActionSpec *values_of = &spec->actions[i];
      g_autoptr(MitActionItem) action = mit_action_item_new (meeting_id);
      gint64 owner_id;

      if (!lookup_person_key (example, values_of->owner, &owner_id, error) ||
          !lookup_links (example, values_of->event, values_of->actor, values_of->group,
                         &event_id, &actor_id, &group_id, error))
        return FALSE;

      mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
      mit_action_item_set_title (action, values_of->title);
      mit_action_item_set_owner_id (action, owner_id);
      mit_action_item_set_due (action, values_of->due);
      mit_action_item_set_event_id (action, event_id);
      mit_action_item_set_actor_id (action, actor_id);
      mit_action_item_set_target_group_id (action, group_id);
      /* Open until the meeting that closed it; closed at once when no
       * later meeting saw it open */
      mit_action_item_set_status (action, values_of->closed_in == 0 ? values_of->status
                                                                    : MIT_ACTION_OPEN);
      if (!mit_store_save_action_item (store, action, error))
        return FALSE;

      if (values_of->closed_in != 0)
        {
          PendingAction *entry = g_new0 (PendingAction, 1);

          entry->action = g_steal_pointer (&action);
          entry->spec = values_of;
          g_ptr_array_add (pending, entry);
        }
    }

  return TRUE;
}

/* A meeting of an earlier example may still be there when its actors were
 * deleted: it is kept as it is, with its agenda (it may have been edited
 * since), except that the venue it lost with the actors is given back. */
static MitMeeting *
find_kept_meeting (GPtrArray  *meetings,
                   const char *uid)
{
  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (mit_meeting_get_uid (g_ptr_array_index (meetings, i)), uid) == 0)
      return g_ptr_array_index (meetings, i);
  return NULL;
}

/* Inside the transaction, after everything else */
static gboolean
write_steering_group (MitStore  *store,
                      Example   *example,
                      GError   **error)
{
  g_autoptr(GPtrArray) kept_meetings = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (pending_action_free);
  guint n_kept = 0;

  if (!write_steering_members (store, example, error))
    return FALSE;

  kept_meetings = mit_store_list_meetings (store, error);
  if (kept_meetings == NULL)
    return FALSE;

  /* In the order they took place, so that each carries what was open */
  for (guint i = 0; i < G_N_ELEMENTS (example_meetings); i++)
    {
      const MeetingSpec *spec = &example_meetings[i];
      MitMeeting *kept = find_kept_meeting (kept_meetings, spec->uid);
      g_autoptr(MitMeeting) meeting = NULL;
      gint64 venue_id;

      if (!lookup_actor_key (example, spec->venue, &venue_id, error))
        return FALSE;

      if (kept != NULL)
        {
          n_kept++;
          if (mit_meeting_get_venue_id (kept) == 0 && *mit_meeting_get_venue_text (kept) == '\0')
            {
              mit_meeting_set_venue_id (kept, venue_id);
              if (!mit_store_save_meeting (store, kept, error))
                return FALSE;
            }
          if (!close_action_items (store, pending, i + 1, error))
            return FALSE;
          continue;
        }

      meeting = mit_meeting_new ();
      _mit_meeting_set_identity (meeting, 0, spec->uid, NULL, NULL);
      mit_meeting_set_title (meeting, spec->title);
      mit_meeting_set_date (meeting, spec->date);
      mit_meeting_set_time (meeting, spec->time);
      mit_meeting_set_venue_id (meeting, venue_id);
      mit_meeting_set_notes (meeting, spec->notes);
      mit_meeting_set_status (meeting, MIT_MEETING_HELD);
      if (!mit_store_save_meeting (store, meeting, error))
        return FALSE;

      /* What was reported done at this meeting was carried into it open */
      if (!close_action_items (store, pending, i + 1, error))
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (spec->items) && spec->items[j].title != NULL; j++)
        if (!write_agenda_item (store, example, meeting, (int) j + 1, &spec->items[j], pending,
                                error))
          return FALSE;
    }

  if (n_kept > 0)
    g_debug ("%u meetings of an earlier example were still there and kept", n_kept);

  return TRUE;
}

/* Inside the transaction */
static gboolean
write_example (MitStore  *store,
               Example   *example,
               GError   **error)
{
  gboolean had_persons = mit_store_count_persons (store) > 0;
  guint n_kept = 0;

  for (guint i = 0; i < example->actors->len; i++)
    {
      ExampleActor *entry = g_ptr_array_index (example->actors, i);

      if (!mit_store_save_actor (store, entry->actor, error))
        return FALSE;
    }

  for (guint i = 0; i < example->persons->len; i++)
    {
      ExamplePerson *entry = g_ptr_array_index (example->persons, i);
      gint64 person_id = 0;

      if (had_persons && !find_person_by_uid (store, entry->person, &person_id, error))
        return FALSE;

      if (person_id == 0)
        {
          if (!mit_store_save_person (store, entry->person, error))
            return FALSE;
          person_id = mit_person_get_id (entry->person);
        }
      else
        {
          n_kept++;
        }
      entry->id = person_id;

      for (guint j = 0; j < entry->links->len; j++)
        {
          ExampleLink *link = g_ptr_array_index (entry->links, j);
          ExampleActor *actor = g_hash_table_lookup (example->actor_index, link->actor_key);
          g_autoptr(GError) local_error = NULL;

          mit_store_link_person (store, person_id, mit_actor_get_id (actor->actor),
                                 link->role, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
        }
    }

  if (n_kept > 0)
    g_debug ("%u persons of an earlier example were still there and linked again", n_kept);

  return write_groups (store, example, error) &&
         write_channels (store, example, error) &&
         write_events (store, example, error);
}

/* @with_steering_group: also write the steering group and its meetings,
 * which refer to the keys of the program's own example */
static gboolean
load_example (MitStore  *store,
              GBytes    *data,
              gboolean   with_steering_group,
              GError   **error)
{
  g_autoptr(Example) example = NULL;
  guint n_actors;

  n_actors = mit_store_count_actors (store);
  if (n_actors > 0)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   ngettext ("The database already holds %u actor; the example network can "
                             "only be loaded into an empty directory.",
                             "The database already holds %u actors; the example network can "
                             "only be loaded into an empty directory.",
                             n_actors),
                   n_actors);
      return FALSE;
    }

  /* Everything is read and checked before the database is touched */
  example = parse_example (store, data, error);
  if (example == NULL)
    return FALSE;

  if (!mit_store_begin (store, error))
    return FALSE;

  if (!write_example (store, example, error) ||
      (with_steering_group && !write_steering_group (store, example, error)))
    {
      mit_store_rollback (store);
      return FALSE;
    }

  if (!mit_store_commit (store, error))
    {
      mit_store_rollback (store);
      return FALSE;
    }

  g_debug ("Loaded the example network: %u actors, %u persons, %u target groups, %u channels, "
           "%u events",
           example->actors->len, example->persons->len, example->groups->len,
           example->channels->len, example->events->len);

  return TRUE;
}

gboolean
mit_example_load_bytes (MitStore  *store,
                        GBytes    *data,
                        GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_example (store, data, FALSE, error);
}

gboolean
mit_example_load (MitStore  *store,
                  GError   **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Asked of the core resource itself rather than of the registered
   * ones: this also makes the linker keep the resource's object file when
   * it takes the core from a static library. */
  data = g_resource_lookup_data (mit_core_get_resource (), MIT_EXAMPLE_RESOURCE_PATH,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (data == NULL)
    return damaged (error, "%s", local_error->message);

  return load_example (store, data, TRUE, error);
}
