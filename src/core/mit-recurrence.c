/* mit-recurrence.c: the occurrences of an event, expanded with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitRecurrence"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "mit-recurrence.h"
#include "mit-event.h"

/* A rule that runs longer than this is treated as endless, and one
 * expansion stops after this many steps: a guard against rules that
 * libical iterates without ever producing a time. */
#define MAX_STEPS 200000

struct _MitRecurrence
{
  icaltimezone               *zone;
  struct icaltimetype         dtstart;   /* in zone, or a date */
  gint64                      start;     /* Unix seconds */
  gint64                      duration;  /* seconds (timed events) */
  int                         days;      /* number of days (all-day events) */
  gboolean                    all_day;
  gboolean                    has_rule;
  struct icalrecurrencetype   rule;
  GHashTable                 *exdates;   /* local texts, as "starts" or dates */
  gboolean                    has_date_exdates;
  gboolean                    bounds_known;
  gint64                      last_end;
  /* Simple weekly and daily rules are expanded without libical (see
   * expand_simple()): the days of the week they fall on (bit 0: the first
   * day of the week of WKST) and the step between weeks or days. */
  gboolean                    simple;
  guint                       week_days;
  gint64                      until_unix;
};

G_DEFINE_QUARK (mit-recurrence-error-quark, mit_recurrence_error)

/* For the tests: expand every rule with libical (see detect_simple()). */
static gboolean force_libical;

void
_mit_recurrence_set_force_libical (gboolean force)
{
  force_libical = force;
}

/* libical reports errors through icalerrno; by default they are not
 * fatal, but a build could make them so: never let a user's file abort. */
static void
ensure_libical (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      icalerror_set_errors_are_fatal (0);
      g_once_init_leave (&done, 1);
    }
}

gboolean
mit_recurrence_is_known_tzid (const char *tzid)
{
  ensure_libical ();
  if (tzid == NULL || *tzid == '\0')
    return FALSE;
  if (g_str_equal (tzid, "UTC"))
    return TRUE;
  return icaltimezone_get_builtin_timezone (tzid) != NULL;
}

static icaltimezone *
lookup_zone (const char  *tzid,
             GError     **error)
{
  icaltimezone *zone;

  ensure_libical ();
  if (tzid == NULL || *tzid == '\0')
    tzid = MIT_EVENT_DEFAULT_TZID;
  if (g_str_equal (tzid, "UTC"))
    return icaltimezone_get_utc_timezone ();
  zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL)
    g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                 _("The time zone “%s” is unknown. Use a name such as “Europe/Berlin”."), tzid);
  return zone;
}

/* "YYYY-MM-DD" or "YYYY-MM-DD[T ]HH:MM[:SS]" into @tt (no zone). */
static gboolean
parse_local (const char          *text,
             gboolean             all_day,
             struct icaltimetype *tt)
{
  int year, month, day, hour = 0, minute = 0, second = 0;
  char sep = 0;
  int n = 0;
  gsize len;

  if (text == NULL)
    return FALSE;
  len = strlen (text);
  if (len == 10)
    {
      if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &n) != 3 || n != 10)
        return FALSE;
    }
  else if (!all_day && (len == 16 || len == 19))
    {
      if (sscanf (text, "%4d-%2d-%2d%c%2d:%2d%n", &year, &month, &day, &sep, &hour, &minute, &n) != 6
          || n != 16 || (sep != 'T' && sep != ' '))
        return FALSE;
      if (len == 19 && (text[16] != ':' || !g_ascii_isdigit (text[17]) || !g_ascii_isdigit (text[18])))
        return FALSE;
      if (len == 19)
        second = (text[17] - '0') * 10 + (text[18] - '0');
    }
  else
    return FALSE;

  if (year < 1900 || year > 2500 || !g_date_valid_dmy (day, month, year)
      || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0)
    return FALSE;

  *tt = icaltime_null_time ();
  tt->year = year;
  tt->month = month;
  tt->day = day;
  tt->is_date = all_day || len == 10;
  if (!tt->is_date)
    {
      tt->hour = hour;
      tt->minute = minute;
      tt->second = second;
    }
  return TRUE;
}

static void
format_local (struct icaltimetype  tt,
              gboolean             date_only,
              char                *buf,
              gsize                size)
{
  if (date_only || tt.is_date)
    g_snprintf (buf, size, "%04d-%02d-%02d", tt.year, tt.month, tt.day);
  else
    g_snprintf (buf, size, "%04d-%02d-%02dT%02d:%02d:%02d",
                tt.year, tt.month, tt.day, tt.hour, tt.minute, tt.second);
}

char *
mit_recurrence_normalize_local (const char *text,
                                gboolean    all_day)
{
  struct icaltimetype tt;
  char buf[32];

  if (!parse_local (text, all_day, &tt))
    return NULL;
  /* A timed event given a date alone starts at midnight. */
  if (!all_day && tt.is_date)
    tt.is_date = 0;
  format_local (tt, all_day, buf, sizeof buf);
  return g_strdup (buf);
}

/* Unix seconds of local @tt (a date: its midnight) in @zone. */
static gint64
local_to_unix (struct icaltimetype  tt,
               icaltimezone        *zone)
{
  if (tt.is_date)
    {
      tt.is_date = 0;
      tt.hour = tt.minute = tt.second = 0;
    }
  tt.zone = NULL;
  return (gint64)icaltime_as_timet_with_zone (tt, zone);
}

static struct icaltimetype
add_days (struct icaltimetype tt,
          int                 days)
{
  icaltime_adjust (&tt, days, 0, 0, 0);
  return tt;
}

char *
mit_recurrence_normalize_rule (const char  *rrule,
                               const char  *tzid,
                               gboolean     all_day,
                               GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (rrule ? rrule : ""));
  struct icalrecurrencetype rule;
  icaltimezone *zone;
  const char *body = text;
  char *written;
  char *result;

  ensure_libical ();
  if (g_ascii_strncasecmp (body, "RRULE:", 6) == 0)
    body += 6;
  if (*body == '\0')
    return g_strdup ("");
  if (!(zone = lookup_zone (tzid, error)))
    return NULL;

  icalerror_clear_errno ();
  rule = icalrecurrencetype_from_string (body);
  if (rule.rscale != NULL)
    {
      free (rule.rscale);
      g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                   _("The repetition rule “%s” uses another calendar system (RSCALE), "
                     "which is not supported."), body);
      return NULL;
    }
  if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                   _("The repetition rule “%s” is not valid."), body);
      return NULL;
    }

  if (!icaltime_is_null_time (rule.until))
    {
      struct icaltimetype until = rule.until;

      if (all_day && !until.is_date)
        {
          /* A time: the day it falls on, locally. */
          if (icaltime_is_utc (until))
            until = icaltime_convert_to_zone (until, zone);
          until.is_date = 1;
          until.hour = until.minute = until.second = 0;
          until.zone = NULL;
        }
      else if (!all_day)
        {
          time_t t;

          if (until.is_date)
            {
              /* The whole day counts. */
              until.is_date = 0;
              until.hour = 23;
              until.minute = 59;
              until.second = 59;
              until.zone = NULL;
              t = icaltime_as_timet_with_zone (until, zone);
            }
          else if (icaltime_is_utc (until))
            t = icaltime_as_timet (until);
          else
            {
              until.zone = NULL;
              t = icaltime_as_timet_with_zone (until, zone);
            }
          until = icaltime_from_timet_with_zone (t, 0, icaltimezone_get_utc_timezone ());
        }
      rule.until = until;
    }

  written = icalrecurrencetype_as_string_r (&rule);
  if (written == NULL)
    {
      g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                   _("The repetition rule “%s” is not valid."), body);
      return NULL;
    }
  result = g_strdup (written);
  icalmemory_free_buffer (written);
  return result;
}


/* Day of the week of a Julian day number (g_date's), 0 = Monday. */
static int
julian_weekday (guint32 julian)
{
  return (int)((julian - 1) % 7);
}

/* libical counts Sunday 1 … Saturday 7; here Monday is 0. */
static int
weekday_from_ical (icalrecurrencetype_weekday day)
{
  return ((int)day + 5) % 7;
}

static guint32
julian_of (struct icaltimetype tt)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, tt.day, tt.month, tt.year);
  return g_date_get_julian (&date);
}

static struct icaltimetype
with_julian (struct icaltimetype tt,
             guint32             julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  tt.year = g_date_get_year (&date);
  tt.month = g_date_get_month (&date);
  tt.day = g_date_get_day (&date);
  return tt;
}

static gboolean
list_is_empty (const short *list)
{
  return list[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

/* Stepping through libical's iterator costs some µs an occurrence (it
 * goes through ICU's calendar), starting one some 20 µs: most of a month
 * view with hundreds of recurring events. Rules that only say "every n
 * days" or "every n weeks on these days", the common ones, are counted
 * here with day numbers instead; everything else goes to libical. The
 * test "/events/recurrence/simple-matches-libical" holds both to the same
 * results. */
static void
detect_simple (MitRecurrence *self)
{
  const struct icalrecurrencetype *rule = &self->rule;
  int start_day = julian_weekday (julian_of (self->dtstart));
  int wkst;

  self->simple = FALSE;
  /* Times of night that a change to summer time can skip (02:30 on the
   * last Sunday of March in Berlin, 00:30 elsewhere): libical's iterator
   * moves them, and keeps them moved. */
  if (!self->all_day && self->dtstart.hour < 4)
    return;
  if (rule->rscale != NULL || rule->interval < 1
      || (rule->freq != ICAL_WEEKLY_RECURRENCE && rule->freq != ICAL_DAILY_RECURRENCE)
      || !list_is_empty (rule->by_second) || !list_is_empty (rule->by_minute)
      || !list_is_empty (rule->by_hour) || !list_is_empty (rule->by_month_day)
      || !list_is_empty (rule->by_year_day) || !list_is_empty (rule->by_week_no)
      || !list_is_empty (rule->by_month) || !list_is_empty (rule->by_set_pos))
    return;

  if (!icaltime_is_null_time (rule->until))
    {
      if (rule->until.is_date != self->all_day)
        return;
      if (!rule->until.is_date)
        {
          if (!icaltime_is_utc (rule->until))
            return;
          self->until_unix = (gint64)icaltime_as_timet (rule->until);
        }
    }

  if (rule->freq == ICAL_DAILY_RECURRENCE)
    {
      if (!list_is_empty (rule->by_day))
        return;
      self->simple = TRUE;
      return;
    }

  /* Weeks begin on WKST; it only matters when weeks are skipped. */
  wkst = weekday_from_ical (rule->week_start);
  if (rule->interval > 1 && wkst != 0)
    return;
  self->week_days = 0;
  for (guint i = 0; i < ICAL_BY_DAY_SIZE && rule->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      if (icalrecurrencetype_day_position (rule->by_day[i]) != 0)
        return;
      self->week_days |= 1u << ((weekday_from_ical (icalrecurrencetype_day_day_of_week (rule->by_day[i]))
                                 - wkst + 7) % 7);
    }
  if (self->week_days == 0)
    self->week_days = 1u << ((start_day - wkst + 7) % 7);
  self->simple = TRUE;
}

static MitRecurrence *
recurrence_new (const char          *starts,
                const char          *ends,
                const char          *tzid,
                gboolean             all_day,
                const char          *rrule,
                const char * const  *exdates,
                gboolean             stored,
                GError             **error)
{
  g_autoptr(MitRecurrence) self = g_new0 (MitRecurrence, 1);
  struct icaltimetype end;
  icalrecur_iterator *it;
  g_autofree char *rule_text = NULL;

  self->exdates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->all_day = all_day;
  if (!(self->zone = lookup_zone (tzid, error)))
    return NULL;

  if (!parse_local (starts, all_day, &self->dtstart))
    {
      g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                   all_day ? _("The start “%s” is not a date (YYYY-MM-DD).")
                           : _("The start “%s” is not a date and time (YYYY-MM-DDTHH:MM)."),
                   starts ? starts : "");
      return NULL;
    }
  if (ends == NULL || *ends == '\0')
    end = self->dtstart;
  else if (!parse_local (ends, all_day, &end))
    {
      g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                   all_day ? _("The end “%s” is not a date (YYYY-MM-DD).")
                           : _("The end “%s” is not a date and time (YYYY-MM-DDTHH:MM)."),
                   ends);
      return NULL;
    }
  if (!all_day)
    {
      self->dtstart.is_date = 0;
      end.is_date = 0;
    }

  self->start = local_to_unix (self->dtstart, self->zone);
  if (all_day)
    {
      GDate a, b;

      g_date_clear (&a, 1);
      g_date_clear (&b, 1);
      g_date_set_dmy (&a, self->dtstart.day, self->dtstart.month, self->dtstart.year);
      g_date_set_dmy (&b, end.day, end.month, end.year);
      self->days = g_date_days_between (&a, &b) + 1;
      if (self->days < 1)
        goto ends_before;
    }
  else
    {
      self->duration = local_to_unix (end, self->zone) - self->start;
      if (self->duration < 0)
        goto ends_before;
    }
  /* The iterator keeps the wall-clock time in this zone across the
   * changes to and from daylight-saving time. */
  self->dtstart.zone = all_day ? NULL : self->zone;

  if (rrule && *rrule && stored)
    {
      /* Normalized and checked when it was saved. */
      self->rule = icalrecurrencetype_from_string (rrule);
      self->has_rule = self->rule.freq != ICAL_NO_RECURRENCE;
      icalerror_clear_errno ();
    }
  else if (rrule && *rrule)
    {
      if (!(rule_text = mit_recurrence_normalize_rule (rrule, tzid, all_day, error)))
        return NULL;
      self->rule = icalrecurrencetype_from_string (rule_text);
      it = icalrecur_iterator_new (self->rule, self->dtstart);
      if (it == NULL)
        {
          icalerror_clear_errno ();
          g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                       _("The repetition rule “%s” cannot be used with this start."), rrule);
          return NULL;
        }
      icalrecur_iterator_free (it);
      self->has_rule = TRUE;
    }

  if (self->has_rule)
    detect_simple (self);

  for (guint i = 0; exdates && exdates[i]; i++)
    {
      struct icaltimetype ex;
      char buf[32];

      if (!parse_local (exdates[i], FALSE, &ex))
        {
          g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
                       _("The excluded date “%s” is not a date (YYYY-MM-DD) or a date and "
                         "time (YYYY-MM-DDTHH:MM)."), exdates[i]);
          return NULL;
        }
      format_local (ex, all_day, buf, sizeof buf);
      if (ex.is_date && !all_day)
        self->has_date_exdates = TRUE;
      g_hash_table_add (self->exdates, g_strdup (buf));
    }

  return g_steal_pointer (&self);

ends_before:
  g_set_error (error, MIT_RECURRENCE_ERROR, MIT_RECURRENCE_ERROR_INVALID,
               _("The event ends (%s) before it starts (%s)."), ends, starts);
  return NULL;
}

MitRecurrence *
mit_recurrence_new (const char          *starts,
                    const char          *ends,
                    const char          *tzid,
                    gboolean             all_day,
                    const char          *rrule,
                    const char * const  *exdates,
                    GError             **error)
{
  return recurrence_new (starts, ends, tzid, all_day, rrule, exdates, FALSE, error);
}

MitRecurrence *
_mit_recurrence_new_stored (const char          *starts,
                            const char          *ends,
                            const char          *tzid,
                            gboolean             all_day,
                            const char          *rrule,
                            const char * const  *exdates,
                            GError             **error)
{
  return recurrence_new (starts, ends, tzid, all_day, rrule, exdates, TRUE, error);
}

MitRecurrence *
mit_recurrence_new_for_event (MitEvent  *event,
                              GError   **error)
{
  g_return_val_if_fail (MIT_IS_EVENT (event), NULL);

  return mit_recurrence_new (mit_event_get_starts (event), mit_event_get_ends (event),
                             mit_event_get_tzid (event), mit_event_get_all_day (event),
                             mit_event_get_rrule (event), mit_event_get_exdates (event), error);
}

void
mit_recurrence_free (MitRecurrence *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->exdates, g_hash_table_unref);
  g_free (self);
}

static gboolean
is_excluded (MitRecurrence       *self,
             struct icaltimetype  tt)
{
  char buf[32];

  if (g_hash_table_size (self->exdates) == 0)
    return FALSE;
  format_local (tt, self->all_day, buf, sizeof buf);
  if (g_hash_table_contains (self->exdates, buf))
    return TRUE;
  if (self->has_date_exdates)
    {
      buf[10] = '\0';
      return g_hash_table_contains (self->exdates, buf);
    }
  return FALSE;
}

/* Start and end of the occurrence that begins at local @tt. */
static void
occurrence_span (MitRecurrence       *self,
                 struct icaltimetype  tt,
                 gint64              *start,
                 gint64              *end)
{
  if (self->all_day)
    {
      *start = local_to_unix (tt, self->zone);
      *end = local_to_unix (add_days (tt, self->days), self->zone);
    }
  else
    {
      *start = local_to_unix (tt, self->zone);
      *end = *start + self->duration;
    }
}

void
mit_recurrence_get_bounds (MitRecurrence *self,
                           gint64        *first_start,
                           gint64        *last_end)
{
  g_return_if_fail (self != NULL);

  if (!self->bounds_known)
    {
      gint64 start, end;

      occurrence_span (self, self->dtstart, &start, &end);
      self->last_end = end;
      if (self->has_rule && self->rule.count == 0 && icaltime_is_null_time (self->rule.until))
        self->last_end = MIT_RECURRENCE_FOREVER;
      else if (self->has_rule)
        {
          icalrecur_iterator *it = icalrecur_iterator_new (self->rule, self->dtstart);
          struct icaltimetype tt;
          guint steps = 0;

          while (it && !icaltime_is_null_time (tt = icalrecur_iterator_next (it)))
            {
              if (++steps > MAX_STEPS)
                {
                  end = MIT_RECURRENCE_FOREVER;
                  break;
                }
              occurrence_span (self, tt, &start, &end);
            }
          if (it)
            icalrecur_iterator_free (it);
          self->last_end = MAX (self->last_end, end);
        }
      self->bounds_known = TRUE;
    }
  if (first_start)
    *first_start = self->start;
  if (last_end)
    *last_end = self->last_end;
}

static gboolean
overlaps (gint64 start,
          gint64 end,
          gint64 from,
          gint64 to)
{
  /* An event without duration is in the range that holds its instant. */
  if (start == end)
    return start >= from && start < to;
  return start < to && end > from;
}

gboolean
_mit_recurrence_counts_itself (MitRecurrence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->simple;
}

/* mit_recurrence_expand() for a rule detect_simple() accepted. */
static guint
expand_simple (MitRecurrence *self,
               gint64         event_id,
               gint64         from,
               gint64         to,
               guint          max,
               GArray        *out)
{
  const struct icalrecurrencetype *rule = &self->rule;
  gboolean weekly = rule->freq == ICAL_WEEKLY_RECURRENCE;
  guint32 first = julian_of (self->dtstart);
  guint32 base = first;
  gint64 period = weekly ? 7 * (gint64)rule->interval : rule->interval;
  gint64 period_no = 0;
  guint added = 0, counted = 0;
  guint steps = 0;
  gint64 span;

  if (weekly)
    base = first - (guint32)((julian_weekday (first) - weekday_from_ical (rule->week_start) + 7) % 7);

  /* Skip what ends before the range (COUNT must be counted from the
   * first occurrence). */
  span = (self->all_day ? (gint64)self->days * 86400 : self->duration) + 86400;
  if (rule->count == 0 && from - span > self->start)
    {
      struct icaltimetype skip_to =
        icaltime_from_timet_with_zone ((time_t)(from - span), 1, self->zone);
      guint32 skip_day = julian_of (skip_to);

      if (skip_day > base)
        period_no = (skip_day - base) / period;
    }

  for (;; period_no++)
    {
      for (int day = 0; day < (weekly ? 7 : 1); day++)
        {
          MitOccurrence occurrence = { event_id, 0, 0, self->all_day };
          struct icaltimetype tt;
          gint64 julian = base + period_no * period + day;

          if (weekly && !(self->week_days & (1u << day)))
            continue;
          if (julian < first)
            continue;
          if (julian > G_MAXUINT32 || ++steps > MAX_STEPS)
            return added;
          if (rule->count > 0 && ++counted > (guint)rule->count)
            return added;
          tt = with_julian (self->dtstart, (guint32)julian);
          occurrence_span (self, tt, &occurrence.start, &occurrence.end);
          if (!icaltime_is_null_time (rule->until)
              && (rule->until.is_date ? icaltime_compare_date_only (tt, rule->until) > 0
                                      : occurrence.start > self->until_unix))
            return added;
          if (occurrence.start >= to)
            return added;
          if (!overlaps (occurrence.start, occurrence.end, from, to) || is_excluded (self, tt))
            continue;
          g_array_append_val (out, occurrence);
          if (++added == max)
            return added;
        }
    }
}

guint
mit_recurrence_expand (MitRecurrence *self,
                       gint64         event_id,
                       gint64         from,
                       gint64         to,
                       guint          max,
                       GArray        *out)
{
  icalrecur_iterator *it;
  struct icaltimetype tt;
  guint added = 0;
  guint steps = 0;
  gint64 span;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (out != NULL, 0);

  if (!self->has_rule)
    {
      MitOccurrence occurrence = { event_id, 0, 0, self->all_day };

      occurrence_span (self, self->dtstart, &occurrence.start, &occurrence.end);
      if (overlaps (occurrence.start, occurrence.end, from, to) && !is_excluded (self, self->dtstart))
        {
          g_array_append_val (out, occurrence);
          added++;
        }
      return added;
    }
  if (self->simple && !force_libical)
    return expand_simple (self, event_id, from, to, max, out);

  it = icalrecur_iterator_new (self->rule, self->dtstart);
  if (it == NULL)
    return 0;

  /* Skip what ends before the range: start the iterator a day (and the
   * event's length) before it. libical cannot do that for COUNT rules,
   * which must be counted from the first occurrence. */
  span = (self->all_day ? (gint64)self->days * 86400 : self->duration) + 86400;
  if (self->rule.count == 0 && from - span > self->start)
    {
      struct icaltimetype skip_to =
        icaltime_from_timet_with_zone ((time_t)(from - span), self->all_day, self->zone);

      if (!self->all_day)
        skip_to.zone = self->zone;
      if (!icalrecur_iterator_set_start (it, skip_to))
        {
          icalerror_clear_errno ();
          icalrecur_iterator_free (it);
          it = icalrecur_iterator_new (self->rule, self->dtstart);
          if (it == NULL)
            return 0;
        }
    }

  while (!icaltime_is_null_time (tt = icalrecur_iterator_next (it)) && ++steps <= MAX_STEPS)
    {
      MitOccurrence occurrence = { event_id, 0, 0, self->all_day };

      occurrence_span (self, tt, &occurrence.start, &occurrence.end);
      if (occurrence.start >= to)
        break;
      if (!overlaps (occurrence.start, occurrence.end, from, to) || is_excluded (self, tt))
        continue;
      g_array_append_val (out, occurrence);
      if (++added == max)
        break;
    }
  icalrecur_iterator_free (it);
  return added;
}

GDateTime *
mit_occurrence_dup_local_start (const MitOccurrence *occurrence,
                                const char          *tzid)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (occurrence != NULL, NULL);

  zone = g_time_zone_new_identifier (tzid && *tzid ? tzid : MIT_EVENT_DEFAULT_TZID);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  utc = g_date_time_new_from_unix_utc (occurrence->start);
  return g_date_time_to_timezone (utc, zone);
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const MitOccurrence *x = a;
  const MitOccurrence *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->event_id != y->event_id)
    return x->event_id < y->event_id ? -1 : 1;
  return 0;
}

void
mit_occurrences_sort (GArray *occurrences)
{
  g_return_if_fail (occurrences != NULL);
  g_array_sort (occurrences, compare_occurrences);
}
