/* mit-portal-types.c: what the central portal publishes, as plain structs
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
#include <string.h>

#include "mit-portal-types.h"

G_DEFINE_QUARK (mit-portal-error-quark, mit_portal_error)

const char *
mit_portal_text_direction_to_string (MitPortalTextDirection direction)
{
  return direction == MIT_PORTAL_TEXT_DIRECTION_RTL ? "rtl" : "ltr";
}

void
mit_portal_translation_free (MitPortalTranslation *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->path);
  g_free (self);
}

void
mit_portal_language_free (MitPortalLanguage *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->bcp47_tag);
  g_free (self->native_name);
  g_free (self->hash);
  g_free (self);
}

void
mit_portal_region_free (MitPortalRegion *self)
{
  if (self == NULL)
    return;
  g_free (self->slug);
  g_free (self->name);
  g_free (self->postcode);
  g_strfreev (self->aliases);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_free (self->hash);
  g_free (self);
}

void
mit_portal_location_free (MitPortalLocation *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->name);
  g_free (self->address);
  g_free (self->postcode);
  g_free (self->town);
  g_free (self->country);
  g_free (self->category_name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->website);
  g_free (self->appointment_url);
  for (guint i = 0; i < G_N_ELEMENTS (self->opening_hours); i++)
    g_clear_pointer (&self->opening_hours[i].slots, g_ptr_array_unref);
  g_free (self->description_html);
  g_free (self->last_updated);
  g_clear_pointer (&self->translations, g_ptr_array_unref);
  g_free (self->hash);
  g_free (self);
}

void
mit_portal_event_free (MitPortalEvent *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->title);
  g_free (self->description_html);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_free (self->tzid);
  g_free (self->starts);
  g_free (self->ends);
  g_free (self->location_name);
  g_free (self->location_address);
  g_free (self->recurrence_rule);
  g_free (self->rrule);
  g_strfreev (self->exdates);
  g_free (self->last_updated);
  g_clear_pointer (&self->translations, g_ptr_array_unref);
  g_free (self->hash);
  g_free (self);
}

void
mit_portal_page_free (MitPortalPage *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->title);
  g_free (self->content_html);
  g_free (self->parent_path);
  g_free (self->last_updated);
  g_clear_pointer (&self->translations, g_ptr_array_unref);
  g_free (self->hash);
  g_free (self);
}

const MitPortalTranslation *
mit_portal_translations_find (GPtrArray  *translations,
                              const char *language)
{
  g_return_val_if_fail (language != NULL, NULL);

  for (guint i = 0; translations && i < translations->len; i++)
    {
      const MitPortalTranslation *t = g_ptr_array_index (translations, i);

      if (g_strcmp0 (t->language, language) == 0)
        return t;
    }
  return NULL;
}

/* The canonical serialisation: every field as `name=LENGTH:VALUE;` (or
 * `name!;` for an absent one), in a fixed order, after a line naming the
 * kind and the version of this layout. The length keeps "ab"+"c" apart from
 * "a"+"bc". Change the version when the layout changes: every record then
 * looks changed once. */

static void
put_string (GChecksum  *sum,
            const char *name,
            const char *value)
{
  char prefix[32];

  g_checksum_update (sum, (const guchar *) name, -1);
  if (value == NULL)
    {
      g_checksum_update (sum, (const guchar *) "!;", 2);
      return;
    }
  g_snprintf (prefix, sizeof prefix, "=%" G_GSIZE_FORMAT ":", strlen (value));
  g_checksum_update (sum, (const guchar *) prefix, -1);
  g_checksum_update (sum, (const guchar *) value, -1);
  g_checksum_update (sum, (const guchar *) ";", 1);
}

static void
put_int (GChecksum  *sum,
         const char *name,
         gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  put_string (sum, name, buf);
}

/* Seven decimals are about a centimetre: what the portal sends. */
static void
put_double (GChecksum  *sum,
            const char *name,
            gboolean    present,
            double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  put_string (sum, name, present ? g_ascii_formatd (buf, sizeof buf, "%.7f", value) : NULL);
}

static void
put_date_time (GChecksum  *sum,
               const char *name,
               GDateTime  *value)
{
  g_autofree char *text = value ? g_date_time_format_iso8601 (value) : NULL;

  put_string (sum, name, text);
}

static void
put_translations (GChecksum *sum,
                  GPtrArray *translations)
{
  put_int (sum, "translations", translations ? translations->len : 0);
  for (guint i = 0; translations && i < translations->len; i++)
    {
      const MitPortalTranslation *t = g_ptr_array_index (translations, i);

      put_string (sum, "language", t->language);
      put_string (sum, "path", t->path);
    }
}

static char *
finish (GChecksum *sum)
{
  char *hex = g_strdup (g_checksum_get_string (sum));

  g_checksum_free (sum);
  return hex;
}

static GChecksum *
start (const char *kind)
{
  GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);

  put_string (sum, kind, "1");
  return sum;
}

char *
mit_portal_language_compute_hash (const MitPortalLanguage *self)
{
  GChecksum *sum;

  g_return_val_if_fail (self != NULL, NULL);

  sum = start ("language");
  put_string (sum, "code", self->code);
  put_string (sum, "bcp47", self->bcp47_tag);
  put_string (sum, "native-name", self->native_name);
  put_string (sum, "dir", mit_portal_text_direction_to_string (self->direction));
  return finish (sum);
}

char *
mit_portal_region_compute_hash (const MitPortalRegion *self)
{
  GChecksum *sum;

  g_return_val_if_fail (self != NULL, NULL);

  sum = start ("region");
  put_string (sum, "slug", self->slug);
  put_string (sum, "name", self->name);
  put_string (sum, "postcode", self->postcode);
  put_int (sum, "live", self->live);
  put_double (sum, "lat", self->has_coordinates, self->latitude);
  put_double (sum, "lon", self->has_coordinates, self->longitude);
  for (guint i = 0; self->aliases && self->aliases[i]; i++)
    put_string (sum, "alias", self->aliases[i]);
  for (guint i = 0; self->languages && i < self->languages->len; i++)
    {
      const MitPortalLanguage *language = g_ptr_array_index (self->languages, i);
      g_autofree char *hash = mit_portal_language_compute_hash (language);

      put_string (sum, "language", hash);
    }
  return finish (sum);
}

static void
put_opening_day (GChecksum                 *sum,
                 const MitPortalOpeningDay *day)
{
  put_int (sum, "known", day->known);
  put_int (sum, "closed", day->closed);
  put_int (sum, "all-day", day->all_day);
  put_int (sum, "appointment-only", day->appointment_only);
  for (guint i = 0; day->slots && i < day->slots->len; i++)
    {
      const MitPortalTimeSlot *slot = g_ptr_array_index (day->slots, i);

      put_string (sum, "from", slot->start);
      put_string (sum, "to", slot->end);
    }
}

char *
mit_portal_location_compute_hash (const MitPortalLocation *self)
{
  GChecksum *sum;

  g_return_val_if_fail (self != NULL, NULL);

  sum = start ("location");
  put_int (sum, "id", self->id);
  put_string (sum, "path", self->path);
  put_string (sum, "name", self->name);
  put_string (sum, "address", self->address);
  put_string (sum, "postcode", self->postcode);
  put_string (sum, "town", self->town);
  put_string (sum, "country", self->country);
  put_double (sum, "lat", self->has_coordinates, self->latitude);
  put_double (sum, "lon", self->has_coordinates, self->longitude);
  put_int (sum, "category-id", self->category_id);
  put_string (sum, "category-name", self->category_name);
  put_string (sum, "email", self->email);
  put_string (sum, "phone", self->phone);
  put_string (sum, "website", self->website);
  put_string (sum, "appointment-url", self->appointment_url);
  put_int (sum, "hours", self->has_opening_hours);
  for (guint i = 0; self->has_opening_hours && i < G_N_ELEMENTS (self->opening_hours); i++)
    put_opening_day (sum, &self->opening_hours[i]);
  put_int (sum, "temporarily-closed", self->temporarily_closed);
  put_int (sum, "barrier-free", self->barrier_free);
  put_string (sum, "description", self->description_html);
  put_translations (sum, self->translations);
  return finish (sum);
}

char *
mit_portal_event_compute_hash (const MitPortalEvent *self)
{
  GChecksum *sum;

  g_return_val_if_fail (self != NULL, NULL);

  sum = start ("event");
  put_int (sum, "id", self->id);
  put_string (sum, "path", self->path);
  put_string (sum, "title", self->title);
  put_string (sum, "description", self->description_html);
  put_date_time (sum, "start", self->start);
  put_date_time (sum, "end", self->end);
  put_string (sum, "tzid", self->tzid);
  put_int (sum, "all-day", self->all_day);
  put_int (sum, "location-id", self->location_id);
  put_string (sum, "location-name", self->location_name);
  put_string (sum, "location-address", self->location_address);
  put_string (sum, "rrule", self->rrule);
  for (guint i = 0; self->exdates && self->exdates[i]; i++)
    put_string (sum, "exdate", self->exdates[i]);
  put_translations (sum, self->translations);
  return finish (sum);
}

char *
mit_portal_page_compute_hash (const MitPortalPage *self)
{
  GChecksum *sum;

  g_return_val_if_fail (self != NULL, NULL);

  sum = start ("page");
  put_string (sum, "path", self->path);
  put_string (sum, "title", self->title);
  put_string (sum, "content", self->content_html);
  put_string (sum, "parent", self->parent_path);
  put_int (sum, "order", self->order);
  put_translations (sum, self->translations);
  return finish (sum);
}
