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

  return self;
}

static void
example_free (Example *self)
{
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

gboolean
mit_example_load_bytes (MitStore  *store,
                        GBytes    *data,
                        GError   **error)
{
  g_autoptr(Example) example = NULL;
  guint n_actors;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

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

  if (!write_example (store, example, error))
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

  return mit_example_load_bytes (store, data, error);
}
