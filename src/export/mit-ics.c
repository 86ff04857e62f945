/* mit-ics.c: events to and from iCalendar (RFC 5545), with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitIcs"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "mit-ics.h"
#include "mit-store-events.h"
#include "mit-actor.h"

/* Our own properties, so that a round trip keeps the kind and status
 * exactly (CATEGORIES and STATUS carry them for other programs). */
#define X_KIND   "X-MITEINANDER-KIND"
#define X_STATUS "X-MITEINANDER-STATUS"

G_DEFINE_QUARK (mit-ics-error-quark, mit_ics_error)

struct _MitIcsImport
{
  GPtrArray *events;    /* MitEvent */
  GArray    *updates;   /* gboolean */
  guint      n_skipped;
};

/* ---- time conversions -------------------------------------------------------- */

static icaltimezone *
zone_for_tzid (const char *tzid)
{
  if (tzid == NULL || *tzid == '\0')
    tzid = MIT_EVENT_DEFAULT_TZID;
  if (g_str_equal (tzid, "UTC"))
    return icaltimezone_get_utc_timezone ();
  return icaltimezone_get_builtin_timezone (tzid);
}

/* "YYYY-MM-DD[THH:MM:SS]" (as the store keeps it) into a local icaltime. */
static struct icaltimetype
local_to_icaltime (const char *text,
                   gboolean    is_date)
{
  struct icaltimetype tt = icaltime_null_time ();

  if (sscanf (text, "%4d-%2d-%2d", &tt.year, &tt.month, &tt.day) != 3)
    return icaltime_null_time ();
  tt.is_date = is_date || strlen (text) == 10;
  if (!tt.is_date && sscanf (text + 10, "T%2d:%2d:%2d", &tt.hour, &tt.minute, &tt.second) != 3)
    return icaltime_null_time ();
  return tt;
}

static char *
icaltime_to_local (struct icaltimetype tt)
{
  if (tt.is_date)
    return g_strdup_printf ("%04d-%02d-%02d", tt.year, tt.month, tt.day);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d",
                          tt.year, tt.month, tt.day, tt.hour, tt.minute, tt.second);
}

/* "YYYY-MM-DDTHH:MM:SSZ" stamps of the store. */
static struct icaltimetype
stamp_to_icaltime (const char *stamp)
{
  struct icaltimetype tt = icaltime_null_time ();

  if (stamp == NULL
      || sscanf (stamp, "%4d-%2d-%2dT%2d:%2d:%2d", &tt.year, &tt.month, &tt.day,
                 &tt.hour, &tt.minute, &tt.second) != 6)
    return icaltime_null_time ();
  tt.zone = icaltimezone_get_utc_timezone ();
  return tt;
}

/* ---- export ------------------------------------------------------------------- */

static char *
venue_text (MitStore *store,
            MitEvent *event)
{
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(GString) text = NULL;
  const char *street, *postcode, *town;

  if (mit_event_get_venue_id (event) == 0)
    return g_strdup (mit_event_get_venue_address (event));
  actor = mit_store_load_actor (store, mit_event_get_venue_id (event), NULL);
  if (actor == NULL)
    return g_strdup (mit_event_get_venue_address (event));

  text = g_string_new (mit_actor_get_name (actor));
  street = mit_actor_get_text (actor, MIT_ACTOR_STREET);
  postcode = mit_actor_get_text (actor, MIT_ACTOR_POSTCODE);
  town = mit_actor_get_text (actor, MIT_ACTOR_TOWN);
  if (street && *street)
    g_string_append_printf (text, ", %s", street);
  if ((postcode && *postcode) || (town && *town))
    {
      g_string_append (text, ", ");
      if (postcode && *postcode)
        g_string_append_printf (text, "%s%s", postcode, town && *town ? " " : "");
      if (town && *town)
        g_string_append (text, town);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_time_property (icalcomponent       *comp,
                   icalproperty        *prop,
                   struct icaltimetype  tt,
                   const char          *tzid)
{
  if (!tt.is_date && g_strcmp0 (tzid, "UTC") != 0)
    icalproperty_add_parameter (prop, icalparameter_new_tzid (tzid));
  icalcomponent_add_property (comp, prop);
}

/* A time of the event: local in its zone, or UTC for "UTC". */
static struct icaltimetype
event_time (const char *local,
            gboolean    all_day,
            const char *tzid)
{
  struct icaltimetype tt = local_to_icaltime (local, all_day);

  if (!tt.is_date && g_strcmp0 (tzid, "UTC") == 0)
    tt.zone = icaltimezone_get_utc_timezone ();
  return tt;
}

static icalcomponent *
event_to_vevent (MitStore   *store,
                 MitEvent   *event,
                 time_t      now)
{
  icalcomponent *vevent = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  const char *tzid = mit_event_get_tzid (event);
  gboolean all_day = mit_event_get_all_day (event);
  const char * const *exdates = mit_event_get_exdates (event);
  struct icaltimetype start = event_time (mit_event_get_starts (event), all_day, tzid);
  struct icaltimetype end = event_time (mit_event_get_ends (event), all_day, tzid);
  g_autofree char *location = venue_text (store, event);
  const char *kind = mit_event_get_kind (event);
  MitEventStatus status = mit_event_get_status (event);
  icalproperty *prop;

  icalcomponent_add_property (vevent, icalproperty_new_uid (mit_event_get_uid (event)));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (
    icaltime_from_timet_with_zone (now, 0, icaltimezone_get_utc_timezone ())));
  if (!icaltime_is_null_time (stamp_to_icaltime (mit_event_get_created (event))))
    icalcomponent_add_property (vevent, icalproperty_new_created (
      stamp_to_icaltime (mit_event_get_created (event))));
  if (!icaltime_is_null_time (stamp_to_icaltime (mit_event_get_modified (event))))
    icalcomponent_add_property (vevent, icalproperty_new_lastmodified (
      stamp_to_icaltime (mit_event_get_modified (event))));
  icalcomponent_add_property (vevent, icalproperty_new_summary (mit_event_get_title (event)));
  if (*mit_event_get_description (event))
    icalcomponent_add_property (vevent, icalproperty_new_description (mit_event_get_description (event)));
  if (location && *location)
    icalcomponent_add_property (vevent, icalproperty_new_location (location));

  add_time_property (vevent, icalproperty_new_dtstart (start), start, tzid);
  /* An all-day event's DTEND is the day after its last day. */
  if (all_day)
    icaltime_adjust (&end, 1, 0, 0, 0);
  add_time_property (vevent, icalproperty_new_dtend (end), end, tzid);

  if (mit_event_is_recurring (event))
    {
      struct icalrecurrencetype rule = icalrecurrencetype_from_string (mit_event_get_rrule (event));

      icalcomponent_add_property (vevent, icalproperty_new_rrule (rule));
      for (guint i = 0; exdates[i]; i++)
        {
          struct icaltimetype ex = event_time (exdates[i], all_day, tzid);

          add_time_property (vevent, icalproperty_new_exdate (ex), ex, tzid);
        }
    }

  switch (status)
    {
    case MIT_EVENT_CANCELLED:
      icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_CANCELLED));
      break;
    case MIT_EVENT_CONFIRMED:
    case MIT_EVENT_DONE:
      icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
      break;
    case MIT_EVENT_IDEA:
    case MIT_EVENT_PLANNED:
    default:
      icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_TENTATIVE));
      break;
    }
  icalcomponent_add_property (vevent, icalproperty_new_categories (
    mit_store_get_vocabulary_label (store, "event-kind", kind)));

  prop = icalproperty_new_x (kind);
  icalproperty_set_x_name (prop, X_KIND);
  icalcomponent_add_property (vevent, prop);
  prop = icalproperty_new_x (mit_event_status_to_key (status));
  icalproperty_set_x_name (prop, X_STATUS);
  icalcomponent_add_property (vevent, prop);
  return vevent;
}

/* The builtin zone's VTIMEZONE, under the plain Olson name that the
 * events' TZID parameters use (libical's own TZIDs carry a prefix). */
static icalcomponent *
vtimezone_for (const char *tzid)
{
  icaltimezone *zone = zone_for_tzid (tzid);
  icalcomponent *comp;
  icalproperty *prop;

  if (zone == NULL || zone == icaltimezone_get_utc_timezone ())
    return NULL;
  comp = icaltimezone_get_component (zone);
  if (comp == NULL)
    return NULL;
  comp = icalcomponent_new_clone (comp);
  prop = icalcomponent_get_first_property (comp, ICAL_TZID_PROPERTY);
  if (prop)
    icalproperty_set_tzid (prop, tzid);
  return comp;
}

char *
mit_ics_export_events (MitStore      *store,
                       const gint64  *ids,
                       guint          n_ids,
                       guint         *n_exported,
                       GError       **error)
{
  g_autoptr(GArray) all_ids = NULL;
  g_autoptr(GHashTable) zones = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *prodid = NULL;
  icalcomponent *calendar;
  time_t now = (time_t)(g_get_real_time () / G_USEC_PER_SEC);
  char *written;
  char *result;
  guint n = 0;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  if (ids == NULL)
    {
      if (!(all_ids = mit_store_find_event_ids (store, NULL, error)))
        return NULL;
      ids = (const gint64 *)all_ids->data;
      n_ids = all_ids->len;
    }

  icalerror_set_errors_are_fatal (0);
  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  prodid = g_strdup_printf ("-//Miteinander//Miteinander %s//EN", PACKAGE_VERSION);
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  /* In pages, so that all events need not be in memory at once. */
  for (guint start = 0; start < n_ids; start += 512)
    {
      g_autoptr(GPtrArray) events = mit_store_load_events (store, ids + start,
                                                           MIN (512, n_ids - start), error);

      if (events == NULL)
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      for (guint i = 0; i < events->len; i++)
        {
          MitEvent *event = g_ptr_array_index (events, i);
          const char *tzid = mit_event_get_tzid (event);

          if (!mit_event_get_all_day (event) && !g_hash_table_contains (zones, tzid))
            {
              icalcomponent *vtimezone = vtimezone_for (tzid);

              g_hash_table_add (zones, (gpointer)g_intern_string (tzid));
              if (vtimezone)
                icalcomponent_add_component (calendar, vtimezone);
            }
          icalcomponent_add_component (calendar, event_to_vevent (store, event, now));
          n++;
        }
    }

  written = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  result = g_strdup (written ? written : "");
  icalmemory_free_buffer (written);
  if (n_exported)
    *n_exported = n;
  return result;
}

gboolean
mit_ics_export_file (MitStore      *store,
                     const char    *path,
                     const gint64  *ids,
                     guint          n_ids,
                     guint         *n_exported,
                     GError       **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(text = mit_ics_export_events (store, ids, n_ids, n_exported, error)))
    return FALSE;
  if (!g_file_set_contents (path, text, -1, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
mit_ics_export_all_events (MitStore      *store,
                           GFile         *file,
                           GCancellable  *cancellable,
                           guint         *n_exported,
                           GError       **error)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(text = mit_ics_export_events (store, NULL, 0, n_exported, error)))
    return FALSE;
  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, &local_error))
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- import --------------------------------------------------------------------- */

void
mit_ics_import_free (MitIcsImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->updates, g_array_unref);
  g_free (self);
}

guint
mit_ics_import_get_n_events (MitIcsImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len;
}

MitEvent *
mit_ics_import_get_event (MitIcsImport *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->events->len, NULL);
  return g_ptr_array_index (self->events, index);
}

gboolean
mit_ics_import_is_update (MitIcsImport *self,
                          guint         index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->updates->len, FALSE);
  return g_array_index (self->updates, gboolean, index);
}

guint
mit_ics_import_get_n_updates (MitIcsImport *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->updates->len; i++)
    n += g_array_index (self->updates, gboolean, i) ? 1 : 0;
  return n;
}

guint
mit_ics_import_get_n_skipped (MitIcsImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_skipped;
}

/* The first X-LIC-ERROR libical left in the tree, or NULL. */
static const char *
find_parse_error (icalcomponent *comp)
{
  icalproperty *prop = icalcomponent_get_first_property (comp, ICAL_XLICERROR_PROPERTY);

  if (prop)
    return icalproperty_get_xlicerror (prop);
  for (icalcomponent *child = icalcomponent_get_first_component (comp, ICAL_ANY_COMPONENT);
       child; child = icalcomponent_get_next_component (comp, ICAL_ANY_COMPONENT))
    {
      const char *message = find_parse_error (child);

      if (message)
        return message;
    }
  return NULL;
}

/* The Olson name of a zone libical resolved, if it is one we can keep:
 * a builtin zone, or a VTIMEZONE whose TZID (or X-LIC-LOCATION) names
 * one ("Europe/Berlin", "/mozilla.org/20050126_1/Europe/Berlin"). */
static const char *
known_zone_name (const icaltimezone *zone,
                 const char         *tzid_param)
{
  const char *names[3] = { NULL, NULL, NULL };

  if (zone)
    {
      names[0] = icaltimezone_get_location ((icaltimezone *)zone);
      names[1] = icaltimezone_get_tzid ((icaltimezone *)zone);
    }
  names[2] = tzid_param;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *name = names[i];
      const char *slash;

      if (name == NULL || *name == '\0')
        continue;
      if (zone_for_tzid (name) && !g_str_equal (name, "UTC"))
        return g_intern_string (name);
      /* Prefixed: try from each "/" on, the shortest Olson-like tail. */
      for (slash = strchr (name, '/'); slash; slash = strchr (slash + 1, '/'))
        if (slash[1] && strchr (slash + 1, '/') && zone_for_tzid (slash + 1))
          return g_intern_string (slash + 1);
    }
  return NULL;
}

typedef struct
{
  const char *tzid;        /* of the event */
  gboolean    all_day;
} TimeFrame;

/* Converts @tt (as libical read it from @prop) into local text in the
 * frame's zone. */
static char *
convert_time (struct icaltimetype  tt,
              const TimeFrame     *frame)
{
  icaltimezone *target;

  if (tt.is_date || frame->all_day)
    {
      tt.is_date = 1;
      return icaltime_to_local (tt);
    }
  target = zone_for_tzid (frame->tzid);
  if (tt.zone != NULL && tt.zone != target)
    tt = icaltime_convert_to_zone (tt, target);
  tt.zone = NULL;
  return icaltime_to_local (tt);
}

/* The kind for the file's CATEGORIES (or our own property). */
static char *
match_kind (MitStore      *store,
            icalcomponent *vevent)
{
  g_autoptr(GPtrArray) terms = mit_store_list_vocabulary (store, "event-kind", NULL);
  icalproperty *prop;

  for (prop = icalcomponent_get_first_property (vevent, ICAL_X_PROPERTY); prop;
       prop = icalcomponent_get_next_property (vevent, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (prop), X_KIND) == 0)
      {
        const char *key = icalproperty_get_x (prop);

        for (guint i = 0; terms && i < terms->len; i++)
          if (g_strcmp0 (((MitVocabTerm *)g_ptr_array_index (terms, i))->key, key) == 0)
            return g_strdup (key);
      }
  for (prop = icalcomponent_get_first_property (vevent, ICAL_CATEGORIES_PROPERTY); prop;
       prop = icalcomponent_get_next_property (vevent, ICAL_CATEGORIES_PROPERTY))
    {
      const char *category = icalproperty_get_categories (prop);

      for (guint i = 0; category && terms && i < terms->len; i++)
        {
          MitVocabTerm *term = g_ptr_array_index (terms, i);

          if (g_utf8_collate (category, term->key) == 0
              || g_ascii_strcasecmp (category, term->key) == 0
              || g_ascii_strcasecmp (category, term->label) == 0
              || g_ascii_strcasecmp (category,
                                     mit_store_get_vocabulary_label (store, "event-kind", term->key)) == 0)
            return g_strdup (term->key);
        }
    }
  return g_strdup (MIT_EVENT_KIND_OTHER);
}

static MitEventStatus
match_status (icalcomponent *vevent)
{
  icalproperty *prop;

  for (prop = icalcomponent_get_first_property (vevent, ICAL_X_PROPERTY); prop;
       prop = icalcomponent_get_next_property (vevent, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (prop), X_STATUS) == 0
        && mit_event_status_from_key (icalproperty_get_x (prop)) >= 0)
      return mit_event_status_from_key (icalproperty_get_x (prop));
  switch (icalcomponent_get_status (vevent))
    {
    case ICAL_STATUS_CANCELLED:
      return MIT_EVENT_CANCELLED;
    case ICAL_STATUS_CONFIRMED:
      return MIT_EVENT_CONFIRMED;
    default:
      return MIT_EVENT_PLANNED;
    }
}

static const char *
tzid_parameter (icalproperty *prop)
{
  icalparameter *param = prop ? icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER) : NULL;

  return param ? icalparameter_get_tzid (param) : NULL;
}

/* One VEVENT into @event; FALSE with @error when a value is not valid. */
static gboolean
read_vevent (MitStore       *store,
             icalcomponent  *vevent,
             MitEvent       *event,
             GError        **error)
{
  icalproperty *dtstart_prop = icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY);
  icalproperty *rrule_prop = icalcomponent_get_first_property (vevent, ICAL_RRULE_PROPERTY);
  g_autoptr(GPtrArray) exdates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MitRecurrence) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *rrule = NULL;
  g_autofree char *kind = NULL;
  struct icaltimetype start, end;
  const char *summary = icalcomponent_get_summary (vevent);
  const char *tzid;
  TimeFrame frame;

  if (dtstart_prop == NULL)
    {
      g_set_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_INVALID,
                   _("The event “%s” has no start (DTSTART)."), summary ? summary : "");
      return FALSE;
    }
  start = icalproperty_get_datetime_with_component (dtstart_prop, vevent);
  frame.all_day = start.is_date;
  if (start.is_date)
    tzid = MIT_EVENT_DEFAULT_TZID;
  else if (icaltime_is_utc (start))
    tzid = "UTC";
  else if (start.zone == NULL)
    tzid = known_zone_name (NULL, tzid_parameter (dtstart_prop));
  else
    tzid = known_zone_name (start.zone, tzid_parameter (dtstart_prop));
  /* Floating times and zones we cannot name: in Europe/Berlin. */
  frame.tzid = tzid ? tzid : MIT_EVENT_DEFAULT_TZID;
  if (start.zone == NULL && !start.is_date && tzid == NULL)
    start.zone = zone_for_tzid (frame.tzid);

  starts = convert_time (start, &frame);
  end = icalcomponent_get_dtend (vevent);
  if (icaltime_is_null_time (end))
    ends = g_strdup (starts);
  else
    {
      if (end.zone == NULL && !end.is_date)
        end.zone = start.zone;
      if (frame.all_day)
        icaltime_adjust (&end, -1, 0, 0, 0);
      ends = convert_time (end, &frame);
      /* A one-day event may end where it starts. */
      if (frame.all_day && strcmp (ends, starts) < 0)
        {
          g_free (ends);
          ends = g_strdup (starts);
        }
    }

  if (rrule_prop)
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (rrule_prop);
      char *text = icalrecurrencetype_as_string_r (&rule);

      rrule = g_strdup (text);
      icalmemory_free_buffer (text);
    }
  for (icalproperty *prop = icalcomponent_get_first_property (vevent, ICAL_EXDATE_PROPERTY); prop;
       prop = icalcomponent_get_next_property (vevent, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype ex = icalproperty_get_datetime_with_component (prop, vevent);

      if (ex.zone == NULL && !ex.is_date)
        ex.zone = start.zone;
      g_ptr_array_add (exdates, convert_time (ex, &frame));
    }
  g_ptr_array_add (exdates, NULL);

  /* The same checks as the store's, before anything is written. */
  check = mit_recurrence_new (starts, ends, frame.tzid, frame.all_day, rrule,
                              (const char * const *)exdates->pdata, &local_error);
  if (check == NULL)
    {
      g_set_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_INVALID, _("The event “%s”: %s"),
                   summary ? summary : "", local_error->message);
      return FALSE;
    }

  kind = match_kind (store, vevent);
  mit_event_set_title (event, summary && *summary ? summary : _("Untitled Event"));
  mit_event_set_description (event, icalcomponent_get_description (vevent));
  mit_event_set_kind (event, kind);
  mit_event_set_tzid (event, frame.tzid);
  mit_event_set_all_day (event, frame.all_day);
  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_rrule (event, rrule);
  mit_event_set_exdates (event, (const char * const *)exdates->pdata);
  mit_event_set_status (event, match_status (vevent));
  return TRUE;
}

static void
set_malformed (GError     **error,
               const char  *detail)
{
  if (detail)
    g_set_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_MALFORMED,
                 _("This is not a valid iCalendar file: %s. Nothing was imported."), detail);
  else
    g_set_error_literal (error, MIT_ICS_ERROR, MIT_ICS_ERROR_MALFORMED,
                         _("This is not an iCalendar file (.ics). Nothing was imported."));
}

MitIcsImport *
mit_ics_import_parse (MitStore     *store,
                      const char   *data,
                      gssize        length,
                      GError      **error)
{
  g_autoptr(MitIcsImport) self = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  icalcomponent *root;
  GPtrArray *calendars;
  const char *p;
  const char *detail;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = (gssize)strlen (data);
  /* iCalendar is UTF-8; older programs write Windows-1252. */
  if (length > 0 && memchr (data, '\0', length) != NULL)
    {
      /* NUL bytes: a binary file. */
      set_malformed (error, NULL);
      return NULL;
    }
  if (g_utf8_validate (data, length, NULL))
    text = g_strndup (data, length);
  else if (!(text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)))
    {
      set_malformed (error, NULL);
      return NULL;
    }

  p = text;
  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_strncasecmp (p, "BEGIN:VCALENDAR", 15) != 0)
    {
      set_malformed (error, NULL);
      return NULL;
    }

  icalerror_set_errors_are_fatal (0);
  icalerror_clear_errno ();
  root = icalparser_parse_string (p);
  if (root == NULL)
    {
      icalerror_clear_errno ();
      set_malformed (error, _("the file ends before the calendar does"));
      return NULL;
    }
  if ((detail = find_parse_error (root)))
    {
      set_malformed (error, detail);
      icalcomponent_free (root);
      return NULL;
    }

  self = g_new0 (MitIcsImport, 1);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->updates = g_array_new (FALSE, FALSE, sizeof (gboolean));

  calendars = g_ptr_array_new ();
  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    g_ptr_array_add (calendars, root);
  else
    for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT); c;
         c = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      g_ptr_array_add (calendars, c);

  for (guint c = 0; c < calendars->len; c++)
    {
      icalcomponent *calendar = g_ptr_array_index (calendars, c);

      for (icalcomponent *vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
           vevent; vevent = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
        {
          g_autoptr(MitEvent) event = NULL;
          g_autoptr(MitEvent) stored = NULL;
          g_autoptr(GError) local_error = NULL;
          const char *uid = icalcomponent_get_uid (vevent);
          gboolean update;

          /* A changed occurrence of a recurring event. */
          if (icalcomponent_get_first_property (vevent, ICAL_RECURRENCEID_PROPERTY))
            {
              self->n_skipped++;
              continue;
            }
          if (uid && *uid && g_hash_table_contains (seen, uid))
            {
              self->n_skipped++;
              continue;
            }
          if (uid && *uid)
            g_hash_table_add (seen, g_strdup (uid));

          if (uid && *uid)
            stored = mit_store_load_event_by_uid (store, uid, &local_error);
          if (local_error)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              goto failed;
            }
          update = stored != NULL;
          event = update ? mit_event_copy (stored) : mit_event_new ();
          if (!update && uid && *uid)
            mit_event_set_uid (event, uid);
          if (!read_vevent (store, vevent, event, error))
            goto failed;

          /* LOCATION: an address; unchanged, it keeps a stored venue. */
          {
            const char *location = icalcomponent_get_location (vevent);
            g_autofree char *stored_location = update ? venue_text (store, stored) : NULL;

            if (!update || g_strcmp0 (location ? location : "", stored_location) != 0)
              {
                mit_event_set_venue_id (event, 0);
                mit_event_set_venue_address (event, location);
              }
          }

          g_ptr_array_add (self->events, g_steal_pointer (&event));
          g_array_append_val (self->updates, update);
        }
    }
  g_ptr_array_unref (calendars);
  icalcomponent_free (root);

  if (self->events->len == 0)
    {
      g_set_error_literal (error, MIT_ICS_ERROR, MIT_ICS_ERROR_NO_EVENTS,
                           _("The calendar holds no events. Nothing was imported."));
      return NULL;
    }
  return g_steal_pointer (&self);

failed:
  g_ptr_array_unref (calendars);
  icalcomponent_free (root);
  return NULL;
}

MitIcsImport *
mit_ics_import_parse_file (MitStore    *store,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return mit_ics_import_parse (store, data, (gssize)length, error);
}

gboolean
mit_ics_import_apply (MitIcsImport  *self,
                      MitStore      *store,
                      guint         *n_added,
                      guint         *n_updated,
                      GError       **error)
{
  guint added = 0, updated = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);

  if (!mit_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (self->events, i);
      g_autoptr(GError) local_error = NULL;

      if (!mit_store_save_event (store, event, &local_error))
        {
          mit_store_rollback (store);
          /* The new ones got ids in the transaction that is gone. */
          for (guint j = 0; j < i; j++)
            if (!g_array_index (self->updates, gboolean, j))
              _mit_event_set_identity (g_ptr_array_index (self->events, j), 0,
                                       mit_event_get_uid (g_ptr_array_index (self->events, j)),
                                       NULL, NULL);
          g_set_error (error, MIT_ICS_ERROR, MIT_ICS_ERROR_INVALID,
                       _("Could not import the event “%s”: %s. Nothing was imported."),
                       mit_event_get_title (event), local_error->message);
          return FALSE;
        }
      if (g_array_index (self->updates, gboolean, i))
        updated++;
      else
        added++;
    }
  if (!mit_store_commit (store, error))
    return FALSE;
  if (n_added)
    *n_added = added;
  if (n_updated)
    *n_updated = updated;
  return TRUE;
}
