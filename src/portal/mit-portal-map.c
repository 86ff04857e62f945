/* mit-portal-map.c: what a portal's location or event becomes here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-portal-map.h"
#include "mit-html-sanitize.h"

/* ---- fields ------------------------------------------------------------- */

static char *
join_list (const char * const *list)
{
  return g_strjoinv (",", (char **)list);
}

static char **
split_list (const char *value)
{
  if (value == NULL || *value == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (value, ",", -1);
}

#define ACTOR_TEXT_FIELD(fn, which) \
  static char *fn##_get (GObject *r) { return g_strdup (mit_actor_get_text (MIT_ACTOR (r), which)); } \
  static void fn##_set (GObject *r, const char *v) { mit_actor_set_text (MIT_ACTOR (r), which, v); }

ACTOR_TEXT_FIELD (actor_name, MIT_ACTOR_NAME)
ACTOR_TEXT_FIELD (actor_kind, MIT_ACTOR_KIND)
ACTOR_TEXT_FIELD (actor_street, MIT_ACTOR_STREET)
ACTOR_TEXT_FIELD (actor_postcode, MIT_ACTOR_POSTCODE)
ACTOR_TEXT_FIELD (actor_town, MIT_ACTOR_TOWN)
ACTOR_TEXT_FIELD (actor_phone, MIT_ACTOR_PHONE)
ACTOR_TEXT_FIELD (actor_email, MIT_ACTOR_EMAIL)
ACTOR_TEXT_FIELD (actor_website, MIT_ACTOR_WEBSITE)
ACTOR_TEXT_FIELD (actor_hours, MIT_ACTOR_OPENING_HOURS)
ACTOR_TEXT_FIELD (actor_description, MIT_ACTOR_DESCRIPTION)

static char *
actor_fields_get (GObject *record)
{
  return join_list (mit_actor_get_fields (MIT_ACTOR (record)));
}

static void
actor_fields_set (GObject    *record,
                  const char *value)
{
  g_auto(GStrv) list = split_list (value);
  mit_actor_set_fields (MIT_ACTOR (record), (const char * const *)list);
}

static char *
actor_barrier_free_get (GObject *record)
{
  return g_strdup_printf ("%d", mit_actor_get_barrier_free (MIT_ACTOR (record)));
}

static void
actor_barrier_free_set (GObject    *record,
                        const char *value)
{
  gint64 n = g_ascii_strtoll (value ? value : "0", NULL, 10);
  mit_actor_set_barrier_free (MIT_ACTOR (record), CLAMP (n, 0, MIT_BARRIER_FREE_LAST));
}

static char *
actor_coordinates_get (GObject *record)
{
  char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];
  double latitude, longitude;

  if (!mit_actor_get_coordinates (MIT_ACTOR (record), &latitude, &longitude))
    return g_strdup ("");
  g_ascii_formatd (lat, sizeof lat, "%.7f", latitude);
  g_ascii_formatd (lon, sizeof lon, "%.7f", longitude);
  return g_strconcat (lat, ",", lon, NULL);
}

static void
actor_coordinates_set (GObject    *record,
                       const char *value)
{
  g_auto(GStrv) parts = split_list (value);
  double latitude, longitude;

  if (g_strv_length (parts) != 2)
    {
      mit_actor_clear_coordinates (MIT_ACTOR (record));
      return;
    }
  latitude = g_ascii_strtod (parts[0], NULL);
  longitude = g_ascii_strtod (parts[1], NULL);
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
    mit_actor_clear_coordinates (MIT_ACTOR (record));
  else
    mit_actor_set_coordinates (MIT_ACTOR (record), latitude, longitude);
}

static const MitPortalField actor_fields[] = {
  { "name", N_("Name"), actor_name_get, actor_name_set },
  { "kind", N_("Kind"), actor_kind_get, actor_kind_set },
  { "fields", N_("Fields of Action"), actor_fields_get, actor_fields_set },
  { "street", N_("Street"), actor_street_get, actor_street_set },
  { "postcode", N_("Postcode"), actor_postcode_get, actor_postcode_set },
  { "town", N_("Town"), actor_town_get, actor_town_set },
  { "phone", N_("Phone"), actor_phone_get, actor_phone_set },
  { "email", N_("Email"), actor_email_get, actor_email_set },
  { "website", N_("Website"), actor_website_get, actor_website_set },
  { "opening-hours", N_("Opening Hours"), actor_hours_get, actor_hours_set },
  { "description", N_("Description"), actor_description_get, actor_description_set },
  { "barrier-free", N_("Barrier-Free"), actor_barrier_free_get, actor_barrier_free_set },
  { "coordinates", N_("Coordinates"), actor_coordinates_get, actor_coordinates_set },
};

#define EVENT_TEXT_FIELD(fn, getter, setter) \
  static char *fn##_get (GObject *r) { return g_strdup (getter (MIT_EVENT (r))); } \
  static void fn##_set (GObject *r, const char *v) { setter (MIT_EVENT (r), v); }

EVENT_TEXT_FIELD (event_title, mit_event_get_title, mit_event_set_title)
EVENT_TEXT_FIELD (event_description, mit_event_get_description, mit_event_set_description)
EVENT_TEXT_FIELD (event_starts, mit_event_get_starts, mit_event_set_starts)
EVENT_TEXT_FIELD (event_ends, mit_event_get_ends, mit_event_set_ends)
EVENT_TEXT_FIELD (event_tzid, mit_event_get_tzid, mit_event_set_tzid)
EVENT_TEXT_FIELD (event_rrule, mit_event_get_rrule, mit_event_set_rrule)

static char *
event_all_day_get (GObject *record)
{
  return g_strdup (mit_event_get_all_day (MIT_EVENT (record)) ? "1" : "0");
}

static void
event_all_day_set (GObject    *record,
                   const char *value)
{
  mit_event_set_all_day (MIT_EVENT (record), g_strcmp0 (value, "1") == 0);
}

static char *
event_exdates_get (GObject *record)
{
  return join_list (mit_event_get_exdates (MIT_EVENT (record)));
}

static void
event_exdates_set (GObject    *record,
                   const char *value)
{
  g_auto(GStrv) list = split_list (value);
  mit_event_set_exdates (MIT_EVENT (record), (const char * const *)list);
}

/* "#ID" for an actor of the directory, else the free address. */
static char *
event_venue_get (GObject *record)
{
  MitEvent *event = MIT_EVENT (record);

  if (mit_event_get_venue_id (event) != 0)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, mit_event_get_venue_id (event));
  return g_strdup (mit_event_get_venue_address (event));
}

static void
event_venue_set (GObject    *record,
                 const char *value)
{
  MitEvent *event = MIT_EVENT (record);

  if (value && value[0] == '#')
    {
      mit_event_set_venue_id (event, g_ascii_strtoll (value + 1, NULL, 10));
      mit_event_set_venue_address (event, "");
    }
  else
    {
      mit_event_set_venue_id (event, 0);
      mit_event_set_venue_address (event, value ? value : "");
    }
}

/* The times, the time zone and the repetition go together: a conflict on
 * one of them is settled for all (see mit-portal-sync.c). */
static const MitPortalField event_fields[] = {
  { "title", N_("Title"), event_title_get, event_title_set },
  { "description", N_("Description"), event_description_get, event_description_set },
  { "starts", N_("Starts"), event_starts_get, event_starts_set },
  { "ends", N_("Ends"), event_ends_get, event_ends_set },
  { "tzid", N_("Time Zone"), event_tzid_get, event_tzid_set },
  { "all-day", N_("All Day"), event_all_day_get, event_all_day_set },
  { "rrule", N_("Repeats"), event_rrule_get, event_rrule_set },
  { "exdates", N_("Excluded Dates"), event_exdates_get, event_exdates_set },
  { "venue", N_("Venue"), event_venue_get, event_venue_set },
};

const MitPortalField *
mit_portal_actor_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (actor_fields);
  return actor_fields;
}

const MitPortalField *
mit_portal_event_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (event_fields);
  return event_fields;
}

const MitPortalField *
mit_portal_fields_for (const char *tbl,
                       guint      *n_fields)
{
  if (g_strcmp0 (tbl, "actor") == 0)
    return mit_portal_actor_fields (n_fields);
  if (g_strcmp0 (tbl, "event") == 0)
    return mit_portal_event_fields (n_fields);
  *n_fields = 0;
  return NULL;
}

const MitPortalField *
mit_portal_field_lookup (const char *tbl,
                         const char *key)
{
  guint n;
  const MitPortalField *fields = mit_portal_fields_for (tbl, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i].key, key) == 0)
      return &fields[i];
  return NULL;
}

char *
mit_portal_fields_to_json (const char *tbl,
                           GObject    *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n;
  const MitPortalField *fields = mit_portal_fields_for (tbl, &n);

  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = fields[i].get (record);

      json_builder_set_member_name (builder, fields[i].key);
      json_builder_add_string_value (builder, value);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* ---- categories --------------------------------------------------------- */

void
mit_category_target_free (MitCategoryTarget *self)
{
  if (self == NULL)
    return;
  g_free (self->kind);
  g_strfreev (self->fields);
  g_free (self);
}

/* Words in a category's name (folded to lower case) and where they lead.
 * The portal's categories are named by each town; these are the words
 * German and English names use. */
static const struct
{
  const char *word;
  const char *kind;     /* NULL: leave the kind */
  const char *field;    /* NULL: no field */
} category_words[] = {
  { "behörde", "authority", NULL },
  { "amt", "authority", NULL },
  { "authorit", "authority", NULL },
  { "office", "authority", NULL },
  { "beratung", "counselling", "counselling" },
  { "counsel", "counselling", "counselling" },
  { "advice", "counselling", "counselling" },
  { "jobcenter", "job-centre", "work" },
  { "arbeit", NULL, "work" },
  { "job", NULL, "work" },
  { "work", NULL, "work" },
  { "schule", "school", "education" },
  { "school", "school", "education" },
  { "kita", "day-care", "education" },
  { "kindergarten", "day-care", "education" },
  { "day care", "day-care", "education" },
  { "sprach", "education-provider", "language" },
  { "deutschkurs", "education-provider", "language" },
  { "language", "education-provider", "language" },
  { "bildung", "education-provider", "education" },
  { "education", "education-provider", "education" },
  { "gesundheit", NULL, "health" },
  { "arzt", NULL, "health" },
  { "ärzt", NULL, "health" },
  { "klinik", NULL, "health" },
  { "health", NULL, "health" },
  { "doctor", NULL, "health" },
  { "wohn", NULL, "housing" },
  { "housing", NULL, "housing" },
  { "verein", "club", NULL },
  { "club", "club", NULL },
  { "sport", "club", "culture-sport" },
  { "kultur", NULL, "culture-sport" },
  { "culture", NULL, "culture-sport" },
  { "freizeit", NULL, "culture-sport" },
  { "leisure", NULL, "culture-sport" },
  { "kirche", "religious-community", NULL },
  { "moschee", "religious-community", NULL },
  { "religi", "religious-community", NULL },
  { "jugend", NULL, "youth" },
  { "youth", NULL, "youth" },
  { "senior", NULL, "seniors" },
  { "frauen", NULL, "women-empowerment" },
  { "women", NULL, "women-empowerment" },
  { "migration", "counselling", "counselling" },
  { "ehrenamt", "volunteer-initiative", "participation" },
  { "volunteer", "volunteer-initiative", "participation" },
};

static MitCategoryTarget *
guess_category (const char *name)
{
  MitCategoryTarget *target = g_new0 (MitCategoryTarget, 1);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *folded = g_utf8_strdown (name ? name : "", -1);

  for (guint i = 0; i < G_N_ELEMENTS (category_words); i++)
    {
      if (strstr (folded, category_words[i].word) == NULL)
        continue;
      if (target->kind == NULL && category_words[i].kind)
        target->kind = g_strdup (category_words[i].kind);
      if (category_words[i].field && g_hash_table_add (seen, (gpointer)category_words[i].field))
        g_strv_builder_add (fields, category_words[i].field);
    }
  if (target->kind == NULL)
    target->kind = g_strdup ("other");
  target->fields = g_strv_builder_end (fields);
  return target;
}

static JsonObject *
parse_map (const char  *category_map,
           JsonNode   **root_out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  *root_out = NULL;
  if (category_map == NULL || !json_parser_load_from_data (parser, category_map, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  *root_out = json_node_copy (root);
  return json_node_get_object (*root_out);
}

/* The parsed map for reading, kept while the text stays the same: a sync
 * asks for every location, and parsing the map each time was an eighth of
 * a first sync. A new reference; *@root_out holds the map. */
static JsonObject *
parse_map_cached (const char  *category_map,
                  JsonNode   **root_out)
{
  static GMutex lock;
  static char *cached_text;
  static JsonNode *cached_root;
  JsonObject *map = NULL;

  *root_out = NULL;
  g_mutex_lock (&lock);
  if (g_strcmp0 (cached_text, category_map) != 0)
    {
      g_clear_pointer (&cached_root, json_node_unref);
      g_clear_pointer (&cached_text, g_free);
      if (parse_map (category_map, &cached_root) != NULL)
        cached_text = g_strdup (category_map);
      else
        g_clear_pointer (&cached_root, json_node_unref);
    }
  if (cached_root != NULL)
    {
      *root_out = json_node_ref (cached_root);
      map = json_node_get_object (*root_out);
    }
  g_mutex_unlock (&lock);
  return map;
}

MitCategoryTarget *
mit_portal_map_category (const char *category_map,
                         gint64      category_id,
                         const char *category_name)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *map = parse_map_cached (category_map, &root);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, category_id);
  JsonNode *entry_node = map ? json_object_get_member (map, id) : NULL;
  MitCategoryTarget *target;
  JsonObject *entry;
  JsonNode *fields;

  if (category_id == 0 || entry_node == NULL || !JSON_NODE_HOLDS_OBJECT (entry_node))
    return guess_category (category_name);

  entry = json_node_get_object (entry_node);
  target = g_new0 (MitCategoryTarget, 1);
  target->kind = g_strdup (json_object_get_string_member_with_default (entry, "kind", "other"));
  fields = json_object_get_member (entry, "fields");
  if (fields && JSON_NODE_HOLDS_ARRAY (fields))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonArray *array = json_node_get_array (fields);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (node));
        }
      target->fields = g_strv_builder_end (builder);
    }
  else
    target->fields = g_new0 (char *, 1);
  return target;
}

char *
mit_portal_extend_category_map (const char *category_map,
                                GPtrArray  *locations)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *map = parse_map (category_map, &root);
  gboolean added = FALSE;

  if (map == NULL)
    {
      root = json_node_init_object (json_node_alloc (), json_object_new ());
      map = json_node_get_object (root);
    }

  for (guint i = 0; i < locations->len; i++)
    {
      const MitPortalLocation *location = g_ptr_array_index (locations, i);
      g_autofree char *id = NULL;
      g_autoptr(MitCategoryTarget) target = NULL;
      JsonObject *entry;
      JsonArray *fields;

      if (location->category_id == 0)
        continue;
      id = g_strdup_printf ("%" G_GINT64_FORMAT, location->category_id);
      if (json_object_has_member (map, id))
        continue;

      target = guess_category (location->category_name);
      entry = json_object_new ();
      json_object_set_string_member (entry, "name",
                                     location->category_name ? location->category_name : "");
      json_object_set_string_member (entry, "kind", target->kind);
      fields = json_array_new ();
      for (guint j = 0; target->fields[j]; j++)
        json_array_add_string_element (fields, target->fields[j]);
      json_object_set_array_member (entry, "fields", fields);
      json_object_set_object_member (map, id, entry);
      added = TRUE;
    }

  return added ? json_to_string (root, FALSE) : NULL;
}

/* ---- opening hours ------------------------------------------------------ */

static char *
format_day_hours (const MitPortalOpeningDay *day)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (day->closed)
    return g_strdup (C_("opening hours", "closed"));
  if (day->all_day)
    return g_strdup (C_("opening hours", "open around the clock"));

  for (guint i = 0; day->slots && i < day->slots->len; i++)
    {
      const MitPortalTimeSlot *slot = g_ptr_array_index (day->slots, i);

      if (text->len)
        g_string_append (text, ", ");
      /* An en dash between the two times of a slot. */
      g_string_append_printf (text, "%s–%s", slot->start, slot->end);
    }
  if (day->appointment_only)
    {
      if (text->len)
        /* Translators: opening hours in which appointments are given. */
        return g_strdup_printf (C_("opening hours", "%s by appointment only"), text->str);
      return g_strdup (C_("opening hours", "by appointment only"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mit_portal_format_opening_hours (const MitPortalLocation *location)
{
  static const char * const weekdays[7] = {
    NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
    NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"),
    NC_("weekday", "Sun"),
  };
  g_autoptr(GString) text = g_string_new (NULL);
  char *hours[7] = { NULL, };
  gboolean done[7] = { FALSE, };

  g_return_val_if_fail (location != NULL, NULL);

  if (location->temporarily_closed)
    g_string_append (text, C_("opening hours", "Temporarily closed."));
  if (!location->has_opening_hours)
    return g_string_free (g_steal_pointer (&text), FALSE);

  for (int d = 0; d < 7; d++)
    if (location->opening_hours[d].known)
      hours[d] = format_day_hours (&location->opening_hours[d]);

  /* Days with the same hours share one entry: "Mon, Tue, Thu 10:00–13:00". */
  for (int d = 0; d < 7; d++)
    {
      if (hours[d] == NULL || done[d])
        continue;
      if (text->len)
        g_string_append (text, text->str[text->len - 1] == '.' ? " " : "; ");
      g_string_append (text, g_dpgettext2 (NULL, "weekday", weekdays[d]));
      for (int e = d + 1; e < 7; e++)
        if (hours[e] && !done[e] && g_str_equal (hours[e], hours[d]))
          {
            g_string_append_printf (text, ", %s", g_dpgettext2 (NULL, "weekday", weekdays[e]));
            done[e] = TRUE;
          }
      g_string_append_printf (text, " %s", hours[d]);
    }
  for (int d = 0; d < 7; d++)
    g_free (hours[d]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- records ------------------------------------------------------------ */

static char *
html_to_text (const char *html)
{
  g_autoptr(MitHtmlDocument) document = mit_html_document_parse (html ? html : "", NULL);
  g_autofree char *text = mit_html_document_to_text (document);

  return g_strstrip (g_steal_pointer (&text));
}

MitActor *
mit_portal_location_to_actor (const MitPortalLocation *location,
                              const char              *category_map)
{
  g_autoptr(MitCategoryTarget) target = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *description = NULL;
  MitActor *actor;

  g_return_val_if_fail (location != NULL, NULL);

  actor = mit_actor_new ();
  target = mit_portal_map_category (category_map, location->category_id,
                                    location->category_name);
  hours = mit_portal_format_opening_hours (location);
  description = html_to_text (location->description_html);

  mit_actor_set_name (actor, location->name);
  mit_actor_set_kind (actor, target->kind);
  mit_actor_set_fields (actor, (const char * const *)target->fields);
  mit_actor_set_text (actor, MIT_ACTOR_STREET, location->address ? location->address : "");
  mit_actor_set_text (actor, MIT_ACTOR_POSTCODE, location->postcode ? location->postcode : "");
  mit_actor_set_text (actor, MIT_ACTOR_TOWN, location->town ? location->town : "");
  mit_actor_set_text (actor, MIT_ACTOR_PHONE, location->phone ? location->phone : "");
  mit_actor_set_text (actor, MIT_ACTOR_EMAIL, location->email ? location->email : "");
  mit_actor_set_text (actor, MIT_ACTOR_WEBSITE,
                      location->website ? location->website
                      : location->appointment_url ? location->appointment_url : "");
  mit_actor_set_text (actor, MIT_ACTOR_OPENING_HOURS, hours);
  mit_actor_set_text (actor, MIT_ACTOR_DESCRIPTION, description);
  mit_actor_set_barrier_free (actor,
                              location->barrier_free == MIT_PORTAL_YES ? MIT_BARRIER_FREE_YES
                              : location->barrier_free == MIT_PORTAL_NO ? MIT_BARRIER_FREE_NO
                              : MIT_BARRIER_FREE_UNKNOWN);
  if (location->has_coordinates
      && location->latitude >= -90 && location->latitude <= 90
      && location->longitude >= -180 && location->longitude <= 180)
    mit_actor_set_coordinates (actor, location->latitude, location->longitude);
  if (location->category_name && *location->category_name)
    {
      const char *tags[] = { location->category_name, NULL };
      mit_actor_set_tags (actor, tags);
    }
  return actor;
}

MitEvent *
mit_portal_event_to_event (const MitPortalEvent *event,
                           gint64                venue_id)
{
  g_autofree char *description = NULL;
  MitEvent *record;

  g_return_val_if_fail (event != NULL, NULL);

  record = mit_event_new ();
  description = html_to_text (event->description_html);
  mit_event_set_title (record, event->title);
  mit_event_set_description (record, description);
  mit_event_set_tzid (record, event->tzid ? event->tzid : MIT_EVENT_DEFAULT_TZID);
  mit_event_set_all_day (record, event->all_day);
  mit_event_set_starts (record, event->starts);
  mit_event_set_ends (record, event->ends);
  mit_event_set_rrule (record, event->rrule ? event->rrule : "");
  mit_event_set_exdates (record, (const char * const *)event->exdates);
  mit_event_set_status (record, MIT_EVENT_CONFIRMED);
  if (venue_id != 0)
    mit_event_set_venue_id (record, venue_id);
  else if (event->location_address || event->location_name)
    {
      g_autofree char *address = NULL;

      if (event->location_name && event->location_address)
        address = g_strdup_printf ("%s, %s", event->location_name, event->location_address);
      else
        address = g_strdup (event->location_name ? event->location_name : event->location_address);
      mit_event_set_venue_address (record, address);
    }
  return record;
}
