/* mit-event-format.c: what the event widgets show and read, as pure
 * functions
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEventFormat"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mit-event-format.h"
#include "mit-validate.h"

static const char * const weekday_codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

void
mit_repeat_init (MitRepeat *repeat)
{
  g_return_if_fail (repeat != NULL);

  memset (repeat, 0, sizeof *repeat);
  repeat->frequency = MIT_REPEAT_NONE;
  repeat->interval = 1;
  repeat->weekday = 1;
  repeat->end = MIT_REPEAT_END_NEVER;
  repeat->count = 1;
}

static int
weekday_from_code (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (weekday_codes); i++)
    if (g_ascii_strcasecmp (code, weekday_codes[i]) == 0)
      return (int)i + 1;
  return 0;
}

/* "20261229" or "20261229T225959Z" (UTC) or "20261229T180000" (local). */
static gboolean
parse_until (const char *value,
             const char *tzid,
             char        until[11])
{
  int year, month, day, hour = 0, minute = 0, second = 0;
  char zone = '\0';
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  if (strlen (value) == 8 && sscanf (value, "%4d%2d%2d", &year, &month, &day) == 3)
    ;
  else if (sscanf (value, "%4d%2d%2dT%2d%2d%2d%c", &year, &month, &day, &hour, &minute, &second,
                   &zone) >= 6)
    {
      if (zone == 'Z')
        {
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
          g_autoptr(GTimeZone) local = g_time_zone_new_identifier (tzid != NULL && *tzid ? tzid : "Europe/Berlin");
          g_autoptr(GDateTime) in_utc = g_date_time_new (utc, year, month, day, hour, minute,
                                                         second);

          if (in_utc == NULL)
            return FALSE;
          if (local == NULL)
            local = g_time_zone_new_utc ();
          time = g_date_time_to_timezone (in_utc, local);
          g_date_time_get_ymd (time, &year, &month, &day);
        }
    }
  else
    {
      return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_snprintf (until, 11, "%04d-%02d-%02d", year, month, day);
  return TRUE;
}

gboolean
mit_repeat_parse (const char *rrule,
                  const char *tzid,
                  MitRepeat  *repeat)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *byday = NULL;
  MitRepeat result;

  g_return_val_if_fail (repeat != NULL, FALSE);

  mit_repeat_init (repeat);
  if (rrule == NULL || *rrule == '\0')
    return TRUE;

  mit_repeat_init (&result);
  if (g_str_has_prefix (rrule, "RRULE:"))
    rrule += strlen ("RRULE:");

  parts = g_strsplit (rrule, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      g_autofree char *key = NULL;
      const char *value;

      if (parts[i][0] == '\0')
        continue;
      if (eq == NULL)
        return FALSE;
      key = g_ascii_strup (parts[i], eq - parts[i]);
      value = eq + 1;

      if (g_str_equal (key, "FREQ"))
        {
          if (g_ascii_strcasecmp (value, "DAILY") == 0)
            result.frequency = MIT_REPEAT_DAILY;
          else if (g_ascii_strcasecmp (value, "WEEKLY") == 0)
            result.frequency = MIT_REPEAT_WEEKLY;
          else if (g_ascii_strcasecmp (value, "MONTHLY") == 0)
            result.frequency = MIT_REPEAT_MONTHLY;
          else if (g_ascii_strcasecmp (value, "YEARLY") == 0)
            result.frequency = MIT_REPEAT_YEARLY;
          else
            return FALSE;
        }
      else if (g_str_equal (key, "INTERVAL"))
        {
          guint64 n;

          if (!g_ascii_string_to_unsigned (value, 10, 1, 999, &n, NULL))
            return FALSE;
          result.interval = (guint)n;
        }
      else if (g_str_equal (key, "COUNT"))
        {
          guint64 n;

          if (!g_ascii_string_to_unsigned (value, 10, 1, 9999, &n, NULL))
            return FALSE;
          result.end = MIT_REPEAT_END_AFTER;
          result.count = (guint)n;
        }
      else if (g_str_equal (key, "UNTIL"))
        {
          if (!parse_until (value, tzid, result.until))
            return FALSE;
          result.end = MIT_REPEAT_END_ON_DATE;
        }
      else if (g_str_equal (key, "BYDAY"))
        {
          g_free (byday);
          byday = g_strdup (value);
        }
      else if (!g_str_equal (key, "WKST"))
        {
          /* BYMONTH, BYSETPOS …: more than the editor can show */
          return FALSE;
        }
    }

  if (result.frequency == MIT_REPEAT_NONE)
    return FALSE;

  if (byday != NULL)
    {
      g_auto(GStrv) days = g_strsplit (byday, ",", -1);

      if (result.frequency == MIT_REPEAT_WEEKLY)
        {
          for (guint i = 0; days[i] != NULL; i++)
            {
              int weekday = weekday_from_code (days[i]);

              if (weekday == 0)
                return FALSE;
              result.weekdays |= 1u << (weekday - 1);
            }
        }
      else if (result.frequency == MIT_REPEAT_MONTHLY && g_strv_length (days) == 1)
        {
          char *end = NULL;
          gint64 n = g_ascii_strtoll (days[0], &end, 10);
          int weekday = end != NULL ? weekday_from_code (end) : 0;

          if (end == days[0] || weekday == 0 || !((n >= 1 && n <= 4) || n == -1))
            return FALSE;
          result.week_of_month = (int)n;
          result.weekday = weekday;
        }
      else
        {
          return FALSE;
        }
    }

  *repeat = result;
  return TRUE;
}

char *
mit_repeat_to_rule (const MitRepeat *repeat)
{
  static const char * const frequencies[] = { NULL, "DAILY", "WEEKLY", "MONTHLY", "YEARLY" };
  GString *rule;

  g_return_val_if_fail (repeat != NULL, NULL);

  if (repeat->frequency <= MIT_REPEAT_NONE || repeat->frequency > MIT_REPEAT_YEARLY)
    return g_strdup ("");

  rule = g_string_new ("FREQ=");
  g_string_append (rule, frequencies[repeat->frequency]);
  if (repeat->interval > 1)
    g_string_append_printf (rule, ";INTERVAL=%u", repeat->interval);

  if (repeat->frequency == MIT_REPEAT_WEEKLY && (repeat->weekdays & 0x7f) != 0)
    {
      gboolean first = TRUE;

      g_string_append (rule, ";BYDAY=");
      for (guint i = 0; i < 7; i++)
        if (repeat->weekdays & (1u << i))
          {
            g_string_append_printf (rule, "%s%s", first ? "" : ",", weekday_codes[i]);
            first = FALSE;
          }
    }
  else if (repeat->frequency == MIT_REPEAT_MONTHLY && repeat->week_of_month != 0 &&
           repeat->weekday >= 1 && repeat->weekday <= 7)
    {
      g_string_append_printf (rule, ";BYDAY=%d%s", repeat->week_of_month,
                              weekday_codes[repeat->weekday - 1]);
    }

  if (repeat->end == MIT_REPEAT_END_AFTER && repeat->count > 0)
    g_string_append_printf (rule, ";COUNT=%u", repeat->count);
  else if (repeat->end == MIT_REPEAT_END_ON_DATE && repeat->until[0] != '\0')
    {
      int year, month, day;

      if (sscanf (repeat->until, "%4d-%2d-%2d", &year, &month, &day) == 3)
        g_string_append_printf (rule, ";UNTIL=%04d%02d%02d", year, month, day);
    }

  return g_string_free (rule, FALSE);
}

char *
mit_event_parse_date (const char *text)
{
  g_autofree char *value = g_strstrip (g_strdup (text != NULL ? text : ""));
  int day, month, year;
  int consumed = 0;

  if (sscanf (value, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) == 3 &&
      consumed == 10 && value[consumed] == '\0')
    ;
  else if (sscanf (value, "%2d.%2d.%4d%n", &day, &month, &year, &consumed) == 3 &&
           value[consumed] == '\0' && consumed >= 8 && strlen (strrchr (value, '.') + 1) == 4)
    ;
  else
    return NULL;

  if (year < 1 || !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

char *
mit_event_parse_time (const char *text)
{
  g_autofree char *value = g_strstrip (g_strdup (text != NULL ? text : ""));
  int hour, minute = 0, second = 0;
  int consumed = 0;

  if (*value == '\0' || !g_ascii_isdigit (*value))
    return NULL;

  if (sscanf (value, "%2d:%2d:%2d%n", &hour, &minute, &second, &consumed) == 3 &&
      value[consumed] == '\0' && strlen (value) == 8)
    ;
  else if ((sscanf (value, "%2d:%2d%n", &hour, &minute, &consumed) == 2 ||
            sscanf (value, "%2d.%2d%n", &hour, &minute, &consumed) == 2) &&
           value[consumed] == '\0' && strlen (strpbrk (value, ":.") + 1) == 2)
    ;
  else if (sscanf (value, "%2d%n", &hour, &consumed) == 1 && value[consumed] == '\0')
    minute = 0;
  else
    return NULL;

  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return NULL;

  return g_strdup_printf ("%02d:%02d", hour, minute);
}

char *
mit_event_format_day (GDateTime *day)
{
  g_autofree char *ymd = NULL;
  g_autofree char *date = NULL;
  g_autofree char *weekday = NULL;

  g_return_val_if_fail (day != NULL, NULL);

  ymd = g_date_time_format (day, "%Y-%m-%d");
  date = mit_date_format (ymd);
  weekday = g_date_time_format (day, "%A");
  /* Translators: a day heading in the agenda: the weekday, then the date,
   * e.g. "Tuesday, 24 November 2026" */
  return g_strdup_printf (C_("agenda day", "%s, %s"), weekday, date);
}

static GDateTime *
dup_local (gint64      unix_time,
           const char *tzid)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid != NULL && *tzid ? tzid : "Europe/Berlin");
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  if (zone == NULL)
    zone = g_time_zone_new_local ();
  return g_date_time_to_timezone (utc, zone);
}

char *
mit_event_format_times (const MitOccurrence *occurrence,
                        const char          *tzid)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (occurrence != NULL, NULL);

  if (occurrence->all_day)
    {
      if (occurrence->end - occurrence->start > 25 * 3600)
        {
          g_autoptr(GDateTime) last = NULL;
          g_autofree char *ymd = NULL;
          g_autofree char *date = NULL;

          /* The end is the midnight after the last day. */
          last = dup_local (occurrence->end - 1, tzid);
          ymd = g_date_time_format (last, "%Y-%m-%d");
          date = mit_date_format (ymd);
          /* Translators: an all-day event over several days */
          return g_strdup_printf (_("All Day, until %s"), date);
        }
      return g_strdup (_("All Day"));
    }

  start = dup_local (occurrence->start, tzid);
  end = dup_local (occurrence->end, tzid);
  from = g_date_time_format (start, "%H:%M");

  if (g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (end) &&
      g_date_time_get_year (start) == g_date_time_get_year (end))
    {
      to = g_date_time_format (end, "%H:%M");
    }
  else
    {
      g_autofree char *ymd = g_date_time_format (end, "%Y-%m-%d");
      g_autofree char *date = mit_date_format (ymd);
      g_autofree char *time = g_date_time_format (end, "%H:%M");

      /* Translators: the end of an event on a later day: date, time */
      to = g_strdup_printf (C_("end on another day", "%s, %s"), date, time);
    }

  /* Translators: the start and end time of an event */
  return g_strdup_printf (_("%s – %s"), from, to);
}

char *
mit_event_format_start (const MitOccurrence *occurrence,
                        const char          *tzid)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (occurrence != NULL, NULL);

  start = dup_local (occurrence->start, tzid);
  day = mit_event_format_day (start);
  if (occurrence->all_day)
    return g_steal_pointer (&day);

  time = g_date_time_format (start, "%H:%M");
  /* Translators: a day and a time, e.g. "Tuesday, 24 November 2026, 18:00" */
  return g_strdup_printf (C_("day and time", "%s, %s"), day, time);
}

const char *
mit_event_status_get_css_class (MitEventStatus status)
{
  switch (status)
    {
    case MIT_EVENT_CONFIRMED:
    case MIT_EVENT_DONE:
      return "mit-level-good";
    case MIT_EVENT_PLANNED:
      return "mit-level-medium";
    case MIT_EVENT_CANCELLED:
      return "mit-level-little";
    case MIT_EVENT_IDEA:
    default:
      return "mit-level-unknown";
    }
}
