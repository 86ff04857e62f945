/* mit-portal-parse.c: reading the answers of the Integreat API v3
 *
 * Copyright 2025 The Miteinander authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitPortal"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mit-portal-parse.h"
#include "mit-event.h"
#include "mit-recurrence.h"

/* --- The answer as a whole --------------------------------------------- */

GError *
mit_portal_error_new_not_json (const char *region)
{
  if (region != NULL)
    return g_error_new (MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_UNKNOWN_REGION,
                        _("The portal answered with a web page instead of data. The region "
                          "“%s” may not exist: check its name in the portal's address."),
                        region);
  return g_error_new (MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_NOT_JSON,
                      _("The portal answered with a web page instead of data. Check the "
                        "portal's address."));
}

/* The first character that is not a byte-order mark or white space. */

/* g_time_zone_new_identifier() reads and parses the zone file each time
 * unless someone holds the zone (GLib 2.74), which for a region's
 * thousands of events was 40 % of a sync: the zones are kept here. A new
 * reference, or NULL for an unknown name. */
static GTimeZone *
cached_time_zone (const char *tzid)
{
  static GMutex lock;
  static GHashTable *zones;
  GTimeZone *zone;

  g_mutex_lock (&lock);
  if (zones == NULL)
    zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify)g_time_zone_unref);
  zone = g_hash_table_lookup (zones, tzid);
  if (zone == NULL && (zone = g_time_zone_new_identifier (tzid)) != NULL)
    g_hash_table_insert (zones, g_strdup (tzid), zone);
  if (zone != NULL)
    g_time_zone_ref (zone);
  g_mutex_unlock (&lock);
  return zone;
}

static const char *
skip_blank (const char *data,
            gsize       len,
            gsize      *rest)
{
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  *rest = len - i;
  return data + i;
}

/* json-glib says "<data>:3:10: Parse error: unexpected …"; people get the
 * line and column and the reason. */
static void
set_malformed_error (GError     **error,
                     const GError *json_error)
{
  unsigned line = 0, column = 0;
  int consumed = 0;
  const char *message = json_error->message;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      const char *reason = message + consumed;
      const char *colon = strstr (reason, ": ");

      /* Drops "Parse error: " but keeps what follows. */
      if (colon != NULL)
        reason = colon + 2;
      g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED,
                   _("The portal's answer is not valid JSON (line %u, column %u: %s). "
                     "It may have been cut off: try again later."),
                   line, column, reason);
      return;
    }
  g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED,
               _("The portal's answer is not valid JSON (%s). It may have been cut off: "
                 "try again later."), message);
}

static const char *
describe_node (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return _("empty (null)");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

/* The parsed answer, or NULL with @error set. @want is JSON_NODE_ARRAY or
 * JSON_NODE_OBJECT. */
static JsonNode *
load_answer (GBytes      *body,
             const char  *region,
             JsonNodeType want,
             GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *data;
  gsize len = 0, rest = 0;
  JsonNode *root;

  data = body ? g_bytes_get_data (body, &len) : NULL;
  data = data ? skip_blank (data, len, &rest) : NULL;
  if (data == NULL || rest == 0)
    {
      g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MALFORMED,
                   _("The portal's answer is empty. Try again later."));
      return NULL;
    }
  if (*data == '<')
    {
      g_propagate_error (error, mit_portal_error_new_not_json (region));
      return NULL;
    }
  if (*data != '[' && *data != '{')
    {
      g_autofree char *start = g_utf8_make_valid (data, MIN (rest, 40));

      g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_NOT_JSON,
                   _("The portal's answer is not data but text beginning with “%s”."),
                   g_strstrip (start));
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, rest, &json_error))
    {
      set_malformed_error (error, json_error);
      return NULL;
    }
  root = json_parser_steal_root (parser);

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonNode *message = json_object_get_member (object, "error");

      if (message && JSON_NODE_HOLDS_VALUE (message)
          && json_node_get_value_type (message) == G_TYPE_STRING)
        {
          g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_SERVER_MESSAGE,
                       _("The portal refused the request: “%s”"),
                       json_node_get_string (message));
          json_node_unref (root);
          return NULL;
        }
    }

  if (JSON_NODE_TYPE (root) != want)
    {
      g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_WRONG_TYPE,
                   want == JSON_NODE_ARRAY
                   ? _("The portal's answer should be a list but is %s. The portal may "
                       "have changed its interface.")
                   : _("The portal's answer should be an object but is %s. The portal may "
                       "have changed its interface."),
                   describe_node (root));
      json_node_unref (root);
      return NULL;
    }
  return root;
}

/* --- Fields ---------------------------------------------------------------- */

/* A member that is there and not null. */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, name);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Text; NULL for anything else and for text that is only white space. */
static char *
opt_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);
  char *text;

  if (!holds_type (node, G_TYPE_STRING))
    return NULL;
  text = g_strstrip (g_strdup (json_node_get_string (node)));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* Text, or an integer written as text: for postcodes and phone numbers,
 * which a portal may well send as numbers. */
static char *
opt_digits (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (holds_type (node, G_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return opt_string (object, name);
}

/* HTML text kept as it is; "" when absent. */
static char *
opt_html (JsonObject *object,
          const char *name)
{
  JsonNode *node = member (object, name);

  return g_strdup (holds_type (node, G_TYPE_STRING) ? json_node_get_string (node) : "");
}

/* An integer, also one written as text ("12"). */
static gboolean
read_int (JsonNode *node,
          gint64   *out)
{
  if (holds_type (node, G_TYPE_INT64))
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  if (holds_type (node, G_TYPE_DOUBLE))
    {
      double d = json_node_get_double (node);

      if (d == floor (d) && fabs (d) < 1e15)
        {
          *out = (gint64) d;
          return TRUE;
        }
      return FALSE;
    }
  if (holds_type (node, G_TYPE_STRING))
    return g_ascii_string_to_signed (json_node_get_string (node), 10, G_MININT64, G_MAXINT64,
                                     out, NULL);
  return FALSE;
}

static gint64
opt_int (JsonObject *object,
         const char *name,
         gint64      fallback)
{
  gint64 value;

  return read_int (member (object, name), &value) ? value : fallback;
}

static gboolean
opt_double (JsonObject *object,
            const char *name,
            double     *out)
{
  JsonNode *node = member (object, name);

  if (holds_type (node, G_TYPE_DOUBLE) || holds_type (node, G_TYPE_INT64))
    {
      *out = json_node_get_double (node);
      return isfinite (*out);
    }
  return FALSE;
}

static gboolean
opt_bool (JsonObject *object,
          const char *name,
          gboolean    fallback)
{
  JsonNode *node = member (object, name);

  return holds_type (node, G_TYPE_BOOLEAN) ? json_node_get_boolean (node) : fallback;
}

static JsonObject *
opt_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
opt_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Latitude and longitude, both or neither, and only real ones. */
static gboolean
read_coordinates (JsonObject *object,
                  double     *latitude,
                  double     *longitude)
{
  if (!opt_double (object, "latitude", latitude) || !opt_double (object, "longitude", longitude))
    return FALSE;
  return fabs (*latitude) <= 90 && fabs (*longitude) <= 180;
}

static int
compare_translations (gconstpointer a,
                      gconstpointer b)
{
  const MitPortalTranslation *ta = *(MitPortalTranslation * const *) a;
  const MitPortalTranslation *tb = *(MitPortalTranslation * const *) b;

  return strcmp (ta->language, tb->language);
}

/* "available_languages": {"en": {"id": 7, "path": "/augsburg/en/…"}, …}. */
static GPtrArray *
read_translations (JsonObject *object)
{
  GPtrArray *translations = g_ptr_array_new_with_free_func ((GDestroyNotify) mit_portal_translation_free);
  JsonObject *languages = opt_object (object, "available_languages");
  g_autoptr(GList) codes = languages ? json_object_get_members (languages) : NULL;

  for (GList *l = codes; l != NULL; l = l->next)
    {
      const char *code = l->data;
      JsonNode *node = member (languages, code);
      char *path = NULL;
      MitPortalTranslation *t;

      if (node && JSON_NODE_HOLDS_OBJECT (node))
        path = opt_string (json_node_get_object (node), "path");
      else if (holds_type (node, G_TYPE_STRING))
        path = g_strdup (json_node_get_string (node));
      if (path == NULL || *code == '\0')
        {
          g_free (path);
          continue;
        }
      t = g_new0 (MitPortalTranslation, 1);
      t->language = g_strdup (code);
      t->path = path;
      g_ptr_array_add (translations, t);
    }
  g_ptr_array_sort (translations, compare_translations);
  return translations;
}

/* --- Errors about one item ------------------------------------------------ */

/* "Item 3 (“Willkommen”) of the portal's answer: <what>". @index counts
 * from 1 the way people count. */
G_GNUC_PRINTF (5, 6)
static void
set_item_error (GError     **error,
                int          code,
                guint        index,
                const char  *title,
                const char  *format,
                ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (title != NULL && *title != '\0')
    g_set_error (error, MIT_PORTAL_ERROR, code,
                 _("Item %u (“%s”) of the portal's answer cannot be used: %s"),
                 index, title, what);
  else
    g_set_error (error, MIT_PORTAL_ERROR, code,
                 _("Item %u of the portal's answer cannot be used: %s"), index, what);
}

/* For a required field: MISSING_FIELD when it is absent or null,
 * WRONG_TYPE when it is something else than @expected. */
static void
set_field_error (GError     **error,
                 guint        index,
                 const char  *title,
                 const char  *field,
                 const char  *meaning,
                 JsonNode    *node,
                 const char  *expected)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    set_item_error (error, MIT_PORTAL_ERROR_MISSING_FIELD, index, title,
                    _("it has no %s (field “%s”)."), meaning, field);
  else
    set_item_error (error, MIT_PORTAL_ERROR_WRONG_TYPE, index, title,
                    _("its %s (field “%s”) should be %s but is %s."),
                    meaning, field, expected, describe_node (node));
}

/* A required text field, or NULL with @error set. */
static char *
require_string (JsonObject  *object,
                const char  *name,
                const char  *field,
                const char  *meaning,
                guint        index,
                const char  *title,
                GError     **error)
{
  char *text = opt_string (object, name);

  if (text == NULL)
    set_field_error (error, index, title, field, meaning, member (object, name), _("text"));
  return text;
}

/* Each item of @root must be an object: the item parsers take it, its
 * 1-based index and @error. */
typedef gpointer (*ParseItemFunc) (JsonObject  *item,
                                   guint        index,
                                   GError     **error);

static GPtrArray *
parse_list (GBytes         *body,
            const char     *region,
            ParseItemFunc   parse_item,
            GDestroyNotify  free_item,
            GError        **error)
{
  g_autoptr(JsonNode) root = load_answer (body, region, JSON_NODE_ARRAY, error);
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;

  if (root == NULL)
    return NULL;
  array = json_node_get_array (root);
  items = g_ptr_array_new_full (json_array_get_length (array), free_item);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_item_error (error, MIT_PORTAL_ERROR_WRONG_TYPE, i + 1, NULL,
                          _("it should be an object but is %s."), describe_node (node));
          return NULL;
        }
      if (!(item = parse_item (json_node_get_object (node), i + 1, error)))
        return NULL;
      g_ptr_array_add (items, item);
    }
  return g_steal_pointer (&items);
}

/* --- Regions and languages -------------------------------------------------- */

static gpointer
parse_language (JsonObject  *object,
                guint        index,
                GError     **error)
{
  g_autoptr(MitPortalLanguage) language = g_new0 (MitPortalLanguage, 1);
  g_autofree char *dir = NULL;

  language->native_name = opt_string (object, "native_name");
  language->code = require_string (object, "code", "code", _("language code"), index,
                                   language->native_name, error);
  if (language->code == NULL)
    return NULL;
  language->bcp47_tag = opt_string (object, "bcp47_tag");
  dir = opt_string (object, "dir");
  if (dir && (g_ascii_strcasecmp (dir, "RIGHT_TO_LEFT") == 0 || g_ascii_strcasecmp (dir, "rtl") == 0))
    language->direction = MIT_PORTAL_TEXT_DIRECTION_RTL;
  language->hash = mit_portal_language_compute_hash (language);
  return g_steal_pointer (&language);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* "aliases": {"Mering": {…}, …}, sorted; a list of names is taken as
 * well. */
static GStrv
read_aliases (JsonObject *object)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonObject *aliases = opt_object (object, "aliases");
  JsonArray *list = opt_array (object, "aliases");
  GStrv result;

  if (aliases != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (aliases);

      for (GList *l = names; l; l = l->next)
        if (*(const char *) l->data != '\0')
          g_strv_builder_add (builder, l->data);
    }
  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);

      if (holds_type (node, G_TYPE_STRING) && *json_node_get_string (node) != '\0')
        g_strv_builder_add (builder, json_node_get_string (node));
    }
  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_strings);
  return result;
}

static gpointer
parse_region_object (JsonObject  *object,
                     guint        index,
                     GError     **error)
{
  g_autoptr(MitPortalRegion) region = g_new0 (MitPortalRegion, 1);
  JsonArray *languages;

  region->name = opt_string (object, "name");
  region->slug = require_string (object, "path", "path", _("name in addresses"), index,
                                 region->name, error);
  if (region->slug == NULL)
    return NULL;
  /* The API's "path" is the bare slug; a leading or trailing slash would
   * make it a different key. */
  while (region->slug[0] == '/')
    memmove (region->slug, region->slug + 1, strlen (region->slug));
  while (*region->slug && region->slug[strlen (region->slug) - 1] == '/')
    region->slug[strlen (region->slug) - 1] = '\0';
  if (*region->slug == '\0')
    {
      set_item_error (error, MIT_PORTAL_ERROR_MISSING_FIELD, index, region->name,
                      _("its name in addresses (field “path”) is empty."));
      return NULL;
    }
  if (region->name == NULL)
    region->name = g_strdup (region->slug);
  region->postcode = opt_digits (object, "plz");
  region->live = opt_bool (object, "live", TRUE);
  region->has_coordinates = read_coordinates (object, &region->latitude, &region->longitude);
  region->aliases = read_aliases (object);

  region->languages = g_ptr_array_new_with_free_func ((GDestroyNotify) mit_portal_language_free);
  languages = opt_array (object, "languages");
  for (guint i = 0; languages && i < json_array_get_length (languages); i++)
    {
      JsonNode *node = json_array_get_element (languages, i);
      MitPortalLanguage *language;

      /* A broken language is left out rather than losing the region. */
      if (!JSON_NODE_HOLDS_OBJECT (node)
          || !(language = parse_language (json_node_get_object (node), i + 1, NULL)))
        continue;
      g_ptr_array_add (region->languages, language);
    }
  region->hash = mit_portal_region_compute_hash (region);
  return g_steal_pointer (&region);
}

GPtrArray *
mit_portal_parse_regions (GBytes  *body,
                          GError **error)
{
  return parse_list (body, NULL, parse_region_object,
                     (GDestroyNotify) mit_portal_region_free, error);
}

MitPortalRegion *
mit_portal_parse_region (GBytes      *body,
                         const char  *region,
                         GError     **error)
{
  g_autoptr(JsonNode) root = load_answer (body, region, JSON_NODE_OBJECT, error);

  if (root == NULL)
    return NULL;
  return parse_region_object (json_node_get_object (root), 1, error);
}

GPtrArray *
mit_portal_parse_languages (GBytes      *body,
                            const char  *region,
                            GError     **error)
{
  return parse_list (body, region, parse_language,
                     (GDestroyNotify) mit_portal_language_free, error);
}

/* --- Locations ----------------------------------------------------------------- */

static void
free_time_slot (MitPortalTimeSlot *slot)
{
  g_free (slot->start);
  g_free (slot->end);
  g_free (slot);
}

/* One day of "opening_hours"; the API writes camelCase, snake_case is
 * taken as well in case the names drift. */
static void
read_opening_day (JsonObject          *object,
                  MitPortalOpeningDay *day)
{
  JsonArray *slots = opt_array (object, "timeSlots");

  if (slots == NULL)
    slots = opt_array (object, "time_slots");
  day->known = TRUE;
  day->closed = opt_bool (object, "closed", FALSE);
  day->all_day = opt_bool (object, "allDay", opt_bool (object, "all_day", FALSE));
  day->appointment_only = opt_bool (object, "appointmentOnly",
                                    opt_bool (object, "appointment_only", FALSE));
  day->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) free_time_slot);
  for (guint i = 0; slots && i < json_array_get_length (slots); i++)
    {
      JsonNode *node = json_array_get_element (slots, i);
      MitPortalTimeSlot *slot;
      char *start, *end;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      start = opt_string (json_node_get_object (node), "start");
      end = opt_string (json_node_get_object (node), "end");
      if (start == NULL || end == NULL)
        {
          g_free (start);
          g_free (end);
          continue;
        }
      slot = g_new0 (MitPortalTimeSlot, 1);
      slot->start = start;
      slot->end = end;
      g_ptr_array_add (day->slots, slot);
    }
}

static void
read_opening_hours (JsonObject        *object,
                    MitPortalLocation *location)
{
  JsonArray *days = opt_array (object, "opening_hours");
  guint n = days ? MIN (json_array_get_length (days), 7) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (days, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      read_opening_day (json_node_get_object (node), &location->opening_hours[i]);
      location->has_opening_hours = TRUE;
    }
}

static gpointer
parse_location (JsonObject  *object,
                guint        index,
                GError     **error)
{
  g_autoptr(MitPortalLocation) location = g_new0 (MitPortalLocation, 1);
  JsonObject *place = opt_object (object, "location");
  JsonObject *category = opt_object (object, "category");
  JsonNode *barrier_free;

  location->name = opt_string (object, "title");
  if (location->name == NULL)
    location->name = opt_string (place, "name");
  if (location->name == NULL)
    location->name = g_strdup ("");
  if (!read_int (member (place, "id"), &location->id))
    {
      set_field_error (error, index, location->name, "location.id",
                       _("location number, which tells locations apart"),
                       place ? member (place, "id") : member (object, "location"),
                       _("a number"));
      return NULL;
    }

  location->path = opt_string (object, "path");
  location->address = opt_string (place, "address");
  location->postcode = opt_digits (place, "postcode");
  location->town = opt_string (place, "town");
  location->country = opt_string (place, "country");
  location->has_coordinates = read_coordinates (place, &location->latitude, &location->longitude);
  location->category_id = opt_int (category, "id", 0);
  location->category_name = opt_string (category, "name");
  location->email = opt_string (object, "email");
  location->phone = opt_digits (object, "phone_number");
  location->website = opt_string (object, "website");
  location->appointment_url = opt_string (object, "appointment_url");
  read_opening_hours (object, location);
  location->temporarily_closed = opt_bool (object, "temporarily_closed", FALSE);
  barrier_free = member (object, "barrier_free");
  location->barrier_free = !holds_type (barrier_free, G_TYPE_BOOLEAN) ? MIT_PORTAL_UNKNOWN
                           : json_node_get_boolean (barrier_free) ? MIT_PORTAL_YES : MIT_PORTAL_NO;
  location->description_html = opt_html (object, "content");
  location->last_updated = opt_string (object, "last_updated");
  location->translations = read_translations (object);
  location->hash = mit_portal_location_compute_hash (location);
  return g_steal_pointer (&location);
}

GPtrArray *
mit_portal_parse_locations (GBytes      *body,
                            const char  *region,
                            GError     **error)
{
  return parse_list (body, region, parse_location,
                     (GDestroyNotify) mit_portal_location_free, error);
}

/* --- Events -------------------------------------------------------------------- */

/* @date ("YYYY-MM-DD") and @time ("HH:MM[:SS]", or NULL for midnight) in
 * @zone. */
static GDateTime *
date_time_from_parts (const char *date,
                      const char *time,
                      GTimeZone  *zone)
{
  int y, m, d, hh = 0, mm = 0, ss = 0;
  char end;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3)
    return NULL;
  if (time != NULL && sscanf (time, "%2d:%2d:%2d", &hh, &mm, &ss) < 2)
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new (zone, y, m, d, hh, mm, ss);
}

/* @prefix "start" or "end": the ISO 8601 "start", else "start_date" with
 * "start_time". Sets *present when the event has any of them. */
static GDateTime *
read_event_time (JsonObject *event,
                 const char *prefix,
                 GTimeZone  *zone,
                 gboolean   *present)
{
  g_autofree char *date_name = g_strconcat (prefix, "_date", NULL);
  g_autofree char *time_name = g_strconcat (prefix, "_time", NULL);
  g_autofree char *iso = opt_string (event, prefix);
  g_autofree char *date = opt_string (event, date_name);
  g_autofree char *time = opt_string (event, time_name);

  *present = iso != NULL || date != NULL;
  if (iso != NULL)
    return g_date_time_new_from_iso8601 (iso, zone);
  return date_time_from_parts (date, time, zone);
}

static char *
format_local (GDateTime *time,
              GTimeZone *zone,
              gboolean   date_only)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);

  return g_date_time_format (local, date_only ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%S");
}

/* An all-day event's last day: the end's date, or the day before when the
 * end is the midnight after it. */
static char *
format_last_day (GDateTime *start,
                 GDateTime *end,
                 GTimeZone *zone)
{
  g_autoptr(GDateTime) local_start = g_date_time_to_timezone (start, zone);
  g_autoptr(GDateTime) local_end = g_date_time_to_timezone (end, zone);

  if (g_date_time_get_hour (local_end) == 0 && g_date_time_get_minute (local_end) == 0
      && g_date_time_get_second (local_end) == 0
      && g_date_time_difference (local_end, local_start) >= G_TIME_SPAN_DAY)
    {
      g_autoptr(GDateTime) before = g_date_time_add_days (local_end, -1);

      return g_date_time_format (before, "%Y-%m-%d");
    }
  return g_date_time_format (local_end, "%Y-%m-%d");
}

/* "Wolfgangstraße 2, 86153 Augsburg". */
static char *
format_address (JsonObject *place)
{
  g_autofree char *street = opt_string (place, "address");
  g_autofree char *postcode = opt_digits (place, "postcode");
  g_autofree char *town = opt_string (place, "town");
  g_autofree char *locality = NULL;

  if (postcode && town)
    locality = g_strdup_printf ("%s %s", postcode, town);
  else
    locality = g_strdup (postcode ? postcode : town);
  if (street && locality)
    return g_strdup_printf ("%s, %s", street, locality);
  return g_strdup (street ? street : locality);
}

/* Start, end, time zone and the local forms of them. */
static gboolean
read_event_times (JsonObject      *object,
                  JsonObject      *event,
                  MitPortalEvent  *self,
                  guint            index,
                  GError         **error)
{
  g_autofree char *tzid = opt_string (event, "timezone");
  g_autoptr(GTimeZone) zone = NULL;
  gboolean present = FALSE, end_present = FALSE;

  self->tzid = g_strdup (tzid && mit_recurrence_is_known_tzid (tzid) ? tzid
                                                                      : MIT_EVENT_DEFAULT_TZID);
  zone = cached_time_zone (self->tzid);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  self->all_day = opt_bool (event, "all_day", FALSE);

  self->start = read_event_time (event, "start", zone, &present);
  if (self->start == NULL && !present)
    {
      set_field_error (error, index, self->title, "event.start", _("start time"),
                       member (event, "start"), _("text like “2030-01-01T13:00:00+01:00”"));
      return FALSE;
    }
  if (self->start == NULL)
    {
      set_item_error (error, MIT_PORTAL_ERROR_INVALID_VALUE, index, self->title,
                      _("its start time (field “event.start”) is not a date and time like "
                        "“2030-01-01T13:00:00+01:00”."));
      return FALSE;
    }

  /* A missing or unreadable end is the start: the event is still shown. */
  self->end = read_event_time (event, "end", zone, &end_present);
  if (self->end == NULL || g_date_time_compare (self->end, self->start) < 0)
    {
      g_clear_pointer (&self->end, g_date_time_unref);
      self->end = g_date_time_ref (self->start);
    }

  self->starts = format_local (self->start, zone, self->all_day);
  self->ends = self->all_day ? format_last_day (self->start, self->end, zone)
                             : format_local (self->end, zone, FALSE);
  return TRUE;
}

static gpointer
parse_event (JsonObject  *object,
             guint        index,
             GError     **error)
{
  g_autoptr(MitPortalEvent) self = g_new0 (MitPortalEvent, 1);
  g_autoptr(GError) rule_error = NULL;
  JsonObject *event = opt_object (object, "event");
  JsonObject *place = opt_object (object, "location");

  self->title = opt_string (object, "title");
  if (self->title == NULL)
    self->title = g_strdup ("");
  if (!read_event_times (object, event, self, index, error))
    return NULL;
  self->id = opt_int (event, "id", 0);
  self->path = opt_string (object, "path");
  self->description_html = opt_html (object, "content");
  self->location_id = opt_int (place, "id", 0);
  self->location_name = opt_string (place, "name");
  self->location_address = format_address (place);

  self->recurrence_rule = opt_string (object, "recurrence_rule");
  if (!mit_portal_convert_recurrence (self->recurrence_rule, self->start, self->tzid,
                                      self->all_day, &self->rrule, &self->exdates, &rule_error))
    {
      set_item_error (error, MIT_PORTAL_ERROR_INVALID_VALUE, index, self->title,
                      "%s", rule_error->message);
      return NULL;
    }
  self->last_updated = opt_string (object, "last_updated");
  self->translations = read_translations (object);
  self->hash = mit_portal_event_compute_hash (self);
  return g_steal_pointer (&self);
}

GPtrArray *
mit_portal_parse_events (GBytes      *body,
                         const char  *region,
                         GError     **error)
{
  return parse_list (body, region, parse_event, (GDestroyNotify) mit_portal_event_free, error);
}

/* --- Pages ------------------------------------------------------------------------ */

static gpointer
parse_page (JsonObject  *object,
            guint        index,
            GError     **error)
{
  g_autoptr(MitPortalPage) page = g_new0 (MitPortalPage, 1);

  page->title = opt_string (object, "title");
  if (page->title == NULL)
    page->title = g_strdup ("");
  page->path = require_string (object, "path", "path",
                               _("path, which tells pages apart and builds the tree"),
                               index, page->title, error);
  if (page->path == NULL)
    return NULL;
  page->content_html = opt_html (object, "content");
  page->parent_path = opt_string (opt_object (object, "parent"), "path");
  page->order = opt_int (object, "order", 0);
  page->last_updated = opt_string (object, "last_updated");
  page->translations = read_translations (object);
  page->hash = mit_portal_page_compute_hash (page);
  return g_steal_pointer (&page);
}

GPtrArray *
mit_portal_parse_pages (GBytes      *body,
                        const char  *region,
                        GError     **error)
{
  return parse_list (body, region, parse_page, (GDestroyNotify) mit_portal_page_free, error);
}

/* --- Recurrence ------------------------------------------------------------------- */

/* "YYYYMMDD" or "YYYYMMDDTHHMMSS[Z]". */
typedef struct
{
  int      year, month, day;
  int      hour, minute, second;
  gboolean is_date;
  gboolean is_utc;    /* a "Z" */
} IcalStamp;

static gboolean
parse_stamp (const char *text,
             IcalStamp  *stamp)
{
  char tail[4] = "";
  int n;

  memset (stamp, 0, sizeof *stamp);
  n = sscanf (text, "%4d%2d%2dT%2d%2d%2d%3s", &stamp->year, &stamp->month, &stamp->day,
              &stamp->hour, &stamp->minute, &stamp->second, tail);
  if (n == 3 && strlen (text) == 8)
    stamp->is_date = TRUE;
  else if (n == 6 && strlen (text) == 15)
    stamp->is_utc = FALSE;
  else if (n == 7 && strlen (text) == 16 && (tail[0] == 'Z' || tail[0] == 'z'))
    stamp->is_utc = TRUE;
  else
    return FALSE;
  return g_date_valid_dmy (stamp->day, stamp->month, stamp->year)
         && stamp->hour < 24 && stamp->minute < 60 && stamp->second < 61;
}

/* The instant a stamp names: the API writes UTC without "Z"; a TZID
 * parameter (@zone not NULL) makes it local there. Dates are midnight. */
static GDateTime *
stamp_to_date_time (const IcalStamp *stamp,
                    GTimeZone       *zone)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (zone && !stamp->is_utc ? zone : utc, stamp->year, stamp->month,
                          stamp->day, stamp->hour, stamp->minute, MIN (stamp->second, 59));
}

/* The UNTIL value for our rule (see the header for why 23:59:59 is a day). */
static char *
convert_until (const char *value,
               GTimeZone  *zone,
               gboolean    all_day)
{
  IcalStamp stamp;
  g_autoptr(GDateTime) instant = NULL;

  if (!parse_stamp (value, &stamp))
    return NULL;

  if (stamp.is_date || (!stamp.is_utc && stamp.hour == 23 && stamp.minute == 59
                        && stamp.second == 59))
    {
      if (all_day)
        return g_strdup_printf ("%04d%02d%02d", stamp.year, stamp.month, stamp.day);
      instant = g_date_time_new (zone, stamp.year, stamp.month, stamp.day, 23, 59, 59);
    }
  else
    {
      g_autoptr(GDateTime) utc = stamp_to_date_time (&stamp, NULL);

      if (all_day)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);

          return g_date_time_format (local, "%Y%m%d");
        }
      instant = g_date_time_ref (utc);
    }
  {
    g_autoptr(GDateTime) in_utc = g_date_time_to_utc (instant);

    return g_date_time_format (in_utc, "%Y%m%dT%H%M%SZ");
  }
}

/* "FREQ=…;UNTIL=…;…" with the UNTIL converted; NULL when it cannot be. */
static char *
convert_rule_body (const char *body,
                   GTimeZone  *zone,
                   gboolean    all_day)
{
  g_auto(GStrv) parts = g_strsplit (body, ";", -1);
  g_autoptr(GString) rule = g_string_new (NULL);

  for (guint i = 0; parts[i]; i++)
    {
      char *part = g_strstrip (parts[i]);

      if (*part == '\0')
        continue;
      if (rule->len > 0)
        g_string_append_c (rule, ';');
      if (g_ascii_strncasecmp (part, "UNTIL=", 6) == 0)
        {
          g_autofree char *until = convert_until (part + 6, zone, all_day);

          if (until == NULL)
            return NULL;
          g_string_append_printf (rule, "UNTIL=%s", until);
        }
      else
        g_string_append (rule, part);
    }
  return g_string_free (g_steal_pointer (&rule), FALSE);
}

/* The values of "EXDATE[;TZID=…][;VALUE=DATE]:v1,v2": each becomes the
 * local day of the excluded occurrence at the event's time of day. */
static gboolean
convert_exdates (const char   *line,
                 GTimeZone    *zone,
                 GDateTime    *local_start,
                 gboolean      all_day,
                 GStrvBuilder *out)
{
  const char *colon = strchr (line, ':');
  g_autofree char *params = NULL;
  g_autoptr(GTimeZone) param_zone = NULL;
  g_auto(GStrv) values = NULL;
  const char *tzid_param;

  if (colon == NULL)
    return FALSE;
  params = g_strndup (line, colon - line);
  if ((tzid_param = strstr (params, "TZID=")) != NULL)
    {
      g_autofree char *tzid = g_strndup (tzid_param + 5, strcspn (tzid_param + 5, ";"));

      param_zone = cached_time_zone (tzid);
    }

  values = g_strsplit (colon + 1, ",", -1);
  for (guint i = 0; values[i]; i++)
    {
      IcalStamp stamp;
      g_autoptr(GDateTime) instant = NULL;
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *day = NULL;

      if (*g_strstrip (values[i]) == '\0')
        continue;
      if (!parse_stamp (values[i], &stamp))
        return FALSE;
      if (stamp.is_date)
        local = g_date_time_new (zone, stamp.year, stamp.month, stamp.day, 12, 0, 0);
      else
        {
          instant = stamp_to_date_time (&stamp, param_zone);
          local = g_date_time_to_timezone (instant, zone);
        }
      day = g_date_time_format (local, "%Y-%m-%d");
      if (all_day)
        g_strv_builder_add (out, day);
      else
        {
          g_autofree char *exdate = g_strdup_printf ("%sT%02d:%02d:%02d", day,
                                                     g_date_time_get_hour (local_start),
                                                     g_date_time_get_minute (local_start),
                                                     g_date_time_get_second (local_start));

          g_strv_builder_add (out, exdate);
        }
    }
  return TRUE;
}

static gboolean
set_rule_error (GError     **error,
                const char  *recurrence_rule,
                const char  *reason)
{
  g_autofree char *one_line = g_strdup (recurrence_rule);

  g_strdelimit (one_line, "\r\n", ' ');
  if (reason != NULL)
    g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE,
                 _("The repetition rule “%s” cannot be used (%s)."), one_line, reason);
  else
    g_set_error (error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_INVALID_VALUE,
                 _("The repetition rule “%s” cannot be used."), one_line);
  return FALSE;
}

gboolean
mit_portal_convert_recurrence (const char  *recurrence_rule,
                               GDateTime   *start,
                               const char  *tzid,
                               gboolean     all_day,
                               char       **rrule,
                               GStrv       *exdates,
                               GError     **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GStrvBuilder) excluded = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *body = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *starts = NULL;
  g_auto(GStrv) exdate_list = NULL;
  g_autoptr(MitRecurrence) check = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (start != NULL, FALSE);
  g_return_val_if_fail (rrule != NULL && exdates != NULL, FALSE);

  *rrule = NULL;
  *exdates = NULL;
  if (tzid == NULL || !mit_recurrence_is_known_tzid (tzid))
    tzid = MIT_EVENT_DEFAULT_TZID;
  zone = cached_time_zone (tzid);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local_start = g_date_time_to_timezone (start, zone);

  lines = g_strsplit_set (recurrence_rule ? recurrence_rule : "", "\r\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line == '\0' || g_ascii_strncasecmp (line, "DTSTART", 7) == 0)
        continue;
      if (g_ascii_strncasecmp (line, "EXDATE", 6) == 0)
        {
          if (!convert_exdates (line, zone, local_start, all_day, excluded))
            return set_rule_error (error, recurrence_rule, _("an excluded date is not readable"));
          continue;
        }
      if (g_ascii_strncasecmp (line, "RRULE:", 6) == 0)
        line += 6;
      if (strstr (line, "FREQ=") == NULL)
        continue;  /* RDATE, EXRULE …: not used by the portal */
      if (body != NULL)
        return set_rule_error (error, recurrence_rule, _("it has more than one rule"));
      if (!(body = convert_rule_body (line, zone, all_day)))
        return set_rule_error (error, recurrence_rule, _("its end (UNTIL) is not a date"));
    }

  exdate_list = g_strv_builder_end (excluded);
  if (body == NULL)
    {
      *rrule = g_strdup ("");
      *exdates = g_steal_pointer (&exdate_list);
      return TRUE;
    }

  normalized = mit_recurrence_normalize_rule (body, tzid, all_day, &local_error);
  starts = g_date_time_format (local_start, all_day ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%S");
  if (normalized != NULL)
    check = mit_recurrence_new (starts, starts, tzid, all_day, normalized,
                                (const char * const *) exdate_list, &local_error);
  if (check == NULL)
    return set_rule_error (error, recurrence_rule, local_error->message);

  *rrule = g_steal_pointer (&normalized);
  *exdates = g_steal_pointer (&exdate_list);
  return TRUE;
}
