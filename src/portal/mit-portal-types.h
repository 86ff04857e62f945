/* mit-portal-types.h: what the central portal (Integreat API v3) publishes,
 * as plain structs, and the errors the portal layers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MIT_PORTAL_ERROR (mit_portal_error_quark ())

/**
 * MitPortalError:
 * @MIT_PORTAL_ERROR_NOT_JSON: the answer is not JSON at all (plain text, a
 *   web page when no region was named)
 * @MIT_PORTAL_ERROR_MALFORMED: the answer looks like JSON but is broken or
 *   cut off
 * @MIT_PORTAL_ERROR_WRONG_TYPE: the answer or a required field has another
 *   type than expected (an object instead of a list …)
 * @MIT_PORTAL_ERROR_MISSING_FIELD: a required field (a page's path, an
 *   event's start …) is missing
 * @MIT_PORTAL_ERROR_INVALID_VALUE: a field is there but cannot be read (a
 *   date that is not a date, a repetition rule libical cannot use)
 * @MIT_PORTAL_ERROR_UNKNOWN_REGION: the portal answered with a web page,
 *   which it does for a region it does not know
 * @MIT_PORTAL_ERROR_SERVER_MESSAGE: the portal answered with an error
 *   message of its own (`{"error": "…"}`, e.g. for an unknown language)
 * @MIT_PORTAL_ERROR_HTTP: an HTTP status other than success (for the client)
 *
 * Errors of the portal client, parser and sync.
 */
typedef enum
{
  MIT_PORTAL_ERROR_NOT_JSON,
  MIT_PORTAL_ERROR_MALFORMED,
  MIT_PORTAL_ERROR_WRONG_TYPE,
  MIT_PORTAL_ERROR_MISSING_FIELD,
  MIT_PORTAL_ERROR_INVALID_VALUE,
  MIT_PORTAL_ERROR_UNKNOWN_REGION,
  MIT_PORTAL_ERROR_SERVER_MESSAGE,
  MIT_PORTAL_ERROR_HTTP,
} MitPortalError;

GQuark mit_portal_error_quark (void);

/**
 * MitPortalTextDirection:
 * The writing direction of a language ("dir" in the API).
 */
typedef enum
{
  MIT_PORTAL_TEXT_DIRECTION_LTR,
  MIT_PORTAL_TEXT_DIRECTION_RTL,
} MitPortalTextDirection;

/* "ltr" or "rtl". */
const char *mit_portal_text_direction_to_string (MitPortalTextDirection direction);

/**
 * MitPortalTristate:
 * A yes/no the portal may leave open (a location's "barrier_free").
 */
typedef enum
{
  MIT_PORTAL_UNKNOWN = -1,
  MIT_PORTAL_NO = 0,
  MIT_PORTAL_YES = 1,
} MitPortalTristate;

/**
 * MitPortalTranslation:
 * @language: a language code ("en")
 * @path: the path of the same item in that language
 *   ("/augsburg/en/welcome/")
 *
 * One entry of an item's "available_languages". The translation ids the
 * API also sends change on every edit and are not kept.
 */
typedef struct
{
  char *language;
  char *path;
} MitPortalTranslation;

void mit_portal_translation_free (MitPortalTranslation *self);

/**
 * MitPortalLanguage:
 * @code: the language's code in the portal ("de", "ar")
 * @bcp47_tag: its BCP 47 tag ("de-DE"), or NULL
 * @native_name: its name in itself ("Deutsch", "العربية"), or NULL
 * @direction: its writing direction (left to right when the API says
 *   nothing)
 * @hash: the content hash (see mit_portal_language_compute_hash())
 */
typedef struct
{
  char                   *code;
  char                   *bcp47_tag;
  char                   *native_name;
  MitPortalTextDirection  direction;
  char                   *hash;
} MitPortalLanguage;

void mit_portal_language_free (MitPortalLanguage *self);

/**
 * MitPortalRegion:
 * @slug: the region's name in URLs ("augsburg"; "path" in the API)
 * @name: its full name ("Stadt Augsburg"), the slug when the API has none
 * @postcode: its postcode ("plz"), or NULL
 * @live: whether the region is public (hidden test regions are not)
 * @has_coordinates: whether @latitude and @longitude are set
 * @aliases: other place names that lead to the region (NULL-terminated,
 *   never NULL, sorted)
 * @languages: (element-type MitPortalLanguage): its languages, in the
 *   portal's order; empty when the answer lists none
 * @hash: the content hash (see below)
 */
typedef struct
{
  char      *slug;
  char      *name;
  char      *postcode;
  gboolean   live;
  gboolean   has_coordinates;
  double     latitude;
  double     longitude;
  GStrv      aliases;
  GPtrArray *languages;
  char      *hash;
} MitPortalRegion;

void mit_portal_region_free (MitPortalRegion *self);

/**
 * MitPortalTimeSlot:
 * @start: "HH:MM", local time
 * @end: "HH:MM", local time
 */
typedef struct
{
  char *start;
  char *end;
} MitPortalTimeSlot;

/**
 * MitPortalOpeningDay:
 * @known: whether the portal said anything about this day
 * @closed: closed all day
 * @all_day: open around the clock
 * @appointment_only: only by appointment (may come with @slots, the hours
 *   in which appointments are given)
 * @slots: (element-type MitPortalTimeSlot): the opening hours, in order
 *
 * The opening hours of one weekday. When more than one flag is set,
 * @closed wins over @all_day, which wins over @slots.
 */
typedef struct
{
  gboolean   known;
  gboolean   closed;
  gboolean   all_day;
  gboolean   appointment_only;
  GPtrArray *slots;
} MitPortalOpeningDay;

/**
 * MitPortalLocation:
 * @id: the stable key (the API's `location.id`; the outer "id" is the
 *   translation's and changes on every edit)
 * @path: the location's path in this language, or NULL
 * @name: its name ("title", else `location.name`); never NULL
 * @address, @postcode, @town, @country: the postal address, or NULL
 * @has_coordinates, @latitude, @longitude: where it is
 * @category_id, @category_name: its category (0 and NULL for none)
 * @email, @phone, @website: contact channels, or NULL
 * @appointment_url: where appointments are booked, or NULL
 * @has_opening_hours: whether @opening_hours holds anything
 * @opening_hours: Monday (0) … Sunday (6)
 * @temporarily_closed: closed for now, whatever the hours say
 * @barrier_free: whether it is accessible without barriers
 * @description_html: the description as the portal's editor wrote it (not
 *   sanitised: see mit-html-sanitize.h), never NULL
 * @last_updated: when it was last edited ("2020-01-22T13:52:13.616+01:00"),
 *   or NULL
 * @translations: (element-type MitPortalTranslation): sorted by language
 * @hash: the content hash
 *
 * A point of interest: becomes an actor.
 */
typedef struct
{
  gint64               id;
  char                *path;
  char                *name;
  char                *address;
  char                *postcode;
  char                *town;
  char                *country;
  gboolean             has_coordinates;
  double               latitude;
  double               longitude;
  gint64               category_id;
  char                *category_name;
  char                *email;
  char                *phone;
  char                *website;
  char                *appointment_url;
  gboolean             has_opening_hours;
  MitPortalOpeningDay  opening_hours[7];
  gboolean             temporarily_closed;
  MitPortalTristate    barrier_free;
  char                *description_html;
  char                *last_updated;
  GPtrArray           *translations;
  char                *hash;
} MitPortalLocation;

void mit_portal_location_free (MitPortalLocation *self);

/**
 * MitPortalEvent:
 * @id: the stable key (the API's `event.id`); 0 when the portal sent none,
 *   which it does for the dated copies of a repeating event unless asked
 *   with `?combine_recurring=True`
 * @path: the event's path in this language, or NULL
 * @title: never NULL
 * @description_html: not sanitised, never NULL
 * @start, @end: when it begins and ends, with the region's UTC offset as
 *   the portal sent it; @end is never NULL (the start when the API has no
 *   end)
 * @tzid: the event's time zone (an Olson name libical knows; the API's
 *   "timezone", else Europe/Berlin)
 * @all_day: whether it lasts whole days
 * @starts, @ends: the same as local times in @tzid, in the form MitEvent
 *   keeps ("YYYY-MM-DDTHH:MM:SS"; "YYYY-MM-DD" when @all_day, @ends then
 *   being the last day)
 * @location_id: the `location.id` of its place (0 for none)
 * @location_name: the place's name, or NULL
 * @location_address: its address on one line ("Wolfgangstraße 2, 86153
 *   Augsburg"), or NULL
 * @recurrence_rule: the API's rule as sent, or NULL
 * @rrule: the rule for MitEvent ("FREQ=…", normalised by
 *   mit_recurrence_normalize_rule()), "" when it does not repeat
 * @exdates: (array zero-terminated=1): excluded occurrences in the form of
 *   @starts; never NULL
 * @last_updated: or NULL
 * @translations: (element-type MitPortalTranslation): sorted by language
 * @hash: the content hash
 */
typedef struct
{
  gint64      id;
  char       *path;
  char       *title;
  char       *description_html;
  GDateTime  *start;
  GDateTime  *end;
  char       *tzid;
  gboolean    all_day;
  char       *starts;
  char       *ends;
  gint64      location_id;
  char       *location_name;
  char       *location_address;
  char       *recurrence_rule;
  char       *rrule;
  GStrv       exdates;
  char       *last_updated;
  GPtrArray  *translations;
  char       *hash;
} MitPortalEvent;

void mit_portal_event_free (MitPortalEvent *self);

/**
 * MitPortalPage:
 * @path: the stable key ("/augsburg/de/willkommen/")
 * @title: never NULL
 * @content_html: not sanitised, never NULL
 * @parent_path: the parent page's path, NULL for a page at the top
 * @order: its position among its siblings
 * @last_updated: or NULL
 * @translations: (element-type MitPortalTranslation): sorted by language
 * @hash: the content hash
 *
 * A page of information: becomes a topic. The tree is built from
 * @parent_path; the API lists parents before their children.
 */
typedef struct
{
  char      *path;
  char      *title;
  char      *content_html;
  char      *parent_path;
  gint64     order;
  char      *last_updated;
  GPtrArray *translations;
  char      *hash;
} MitPortalPage;

void mit_portal_page_free (MitPortalPage *self);

/* The content hashes: SHA-256 (hex) over a canonical serialisation of the
 * fields above, not of the JSON. Translation ids and @last_updated are left
 * out, so that a save without a change in the portal's editor changes
 * nothing here. The parser fills @hash; these compute it again, e.g. after
 * a field was changed. */
char *mit_portal_language_compute_hash (const MitPortalLanguage *self);
char *mit_portal_region_compute_hash   (const MitPortalRegion   *self);
char *mit_portal_location_compute_hash (const MitPortalLocation *self);
char *mit_portal_event_compute_hash    (const MitPortalEvent    *self);
char *mit_portal_page_compute_hash     (const MitPortalPage     *self);

/* The translation for @language in @translations, or NULL. */
const MitPortalTranslation *mit_portal_translations_find (GPtrArray  *translations,
                                                          const char *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalTranslation, mit_portal_translation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalLanguage, mit_portal_language_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalRegion, mit_portal_region_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalLocation, mit_portal_location_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalEvent, mit_portal_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitPortalPage, mit_portal_page_free)

G_END_DECLS
