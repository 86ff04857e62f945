/* mit-meeting-format.c: how meetings, agenda items and action items read
 * on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetings"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "mit-action-item.h"
#include "mit-agenda-item.h"
#include "mit-decision.h"
#include "mit-meeting.h"
#include "mit-meeting-format.h"
#include "mit-validate.h"

char *
mit_meeting_format_when (MitMeeting *meeting)
{
  g_autofree char *date = NULL;
  const char *time;

  g_return_val_if_fail (MIT_IS_MEETING (meeting), NULL);

  date = mit_date_format (mit_meeting_get_date (meeting));
  time = mit_meeting_get_time (meeting);
  if (*time == '\0')
    return g_steal_pointer (&date);
  /* Translators: a meeting's date and time, e.g. "14 January 2020, 16:00" */
  return g_strdup_printf (_("%s, %s"), date, time);
}

const char *
mit_meeting_get_venue_label (MitMeeting *meeting)
{
  g_return_val_if_fail (MIT_IS_MEETING (meeting), NULL);

  if (*mit_meeting_get_venue_name (meeting) != '\0')
    return mit_meeting_get_venue_name (meeting);
  return mit_meeting_get_venue_text (meeting);
}

char *
mit_meeting_format_subtitle (MitMeeting *meeting)
{
  g_autofree char *when = NULL;
  const char *venue;

  g_return_val_if_fail (MIT_IS_MEETING (meeting), NULL);

  when = mit_meeting_format_when (meeting);
  venue = mit_meeting_get_venue_label (meeting);
  if (*venue == '\0')
    return g_steal_pointer (&when);
  /* Translators: when and where a meeting is, e.g. "14 January 2020 · Rathaus" */
  return g_strdup_printf (_("%s · %s"), when, venue);
}

char *
mit_agenda_item_format_heading (MitAgendaItem *item)
{
  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (item), NULL);

  /* Translators: an agenda item's number and title, e.g. "2. Vortrag" */
  return g_strdup_printf (_("%d. %s"), mit_agenda_item_get_position (item),
                          mit_agenda_item_get_title (item));
}

char *
mit_action_item_format_details (MitActionItem *action)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *due;

  g_return_val_if_fail (MIT_IS_ACTION_ITEM (action), NULL);

  if (*mit_action_item_get_owner_name (action) != '\0')
    g_ptr_array_add (parts, g_strdup (mit_action_item_get_owner_name (action)));
  due = mit_action_item_get_due (action);
  if (*due != '\0')
    {
      g_autofree char *date = mit_date_format (due);

      /* Translators: when an action item is due, e.g. "due 10 February 2020" */
      g_ptr_array_add (parts, g_strdup_printf (_("due %s"), date));
    }
  if (mit_action_item_get_status (action) != MIT_ACTION_OPEN)
    g_ptr_array_add (parts, g_strdup (mit_action_status_get_label (mit_action_item_get_status (action))));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

char *
mit_decision_format_summary (MitDecision *decision)
{
  g_autofree char *votes = NULL;
  const char *kind;
  const char *text;

  g_return_val_if_fail (MIT_IS_DECISION (decision), NULL);

  kind = mit_decision_kind_get_label (mit_decision_get_kind (decision));
  text = mit_decision_get_text (decision);
  votes = mit_decision_format_votes (decision);
  if (*text == '\0' && *votes == '\0')
    return g_strdup (kind);
  if (*votes == '\0')
    /* Translators: a decision's kind and wording, e.g. "Resolution: …" */
    return g_strdup_printf (_("%s: %s"), kind, text);
  if (*text == '\0')
    /* Translators: a decision's kind and votes, e.g. "Resolution (7 yes, …)" */
    return g_strdup_printf (_("%s (%s)"), kind, votes);
  /* Translators: a decision's kind, wording and votes */
  return g_strdup_printf (_("%s: %s (%s)"), kind, text, votes);
}

char *
mit_meeting_parse_time (const char *text)
{
  g_autofree char *digits = NULL;
  g_autofree char *stripped = NULL;
  int hours, minutes;
  gsize len;

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    return g_strdup ("");

  digits = g_strdup (stripped);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    if (digits[i] == '.' || digits[i] == 'h')
      digits[i] = ':';

  if (strchr (digits, ':') != NULL)
    {
      char *colon = strchr (digits, ':');
      char *end = NULL;

      *colon = '\0';
      if (*digits == '\0' || strlen (digits) > 2 || strspn (digits, "0123456789") != strlen (digits))
        return NULL;
      hours = atoi (digits);
      if (colon[1] == '\0')
        minutes = 0;
      else
        {
          if (strlen (colon + 1) != 2 || strspn (colon + 1, "0123456789") != 2)
            return NULL;
          minutes = (int)g_ascii_strtoll (colon + 1, &end, 10);
        }
    }
  else
    {
      if (strspn (digits, "0123456789") != len || len > 4)
        return NULL;
      if (len <= 2)
        {
          hours = atoi (digits);
          minutes = 0;
        }
      else
        {
          minutes = atoi (digits + len - 2);
          digits[len - 2] = '\0';
          hours = atoi (digits);
        }
    }

  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", hours, minutes);
}

char *
mit_meeting_parse_date (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;
  GDate date;
  gint64 day, month, year;

  if (mit_date_parse (stripped, &date))
    return g_steal_pointer (&stripped);

  parts = g_strsplit (stripped, ".", -1);
  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_signed (parts[0], 10, 1, 31, &day, NULL)
      || !g_ascii_string_to_signed (parts[1], 10, 1, 12, &month, NULL)
      || !g_ascii_string_to_signed (parts[2], 10, 0, 9999, &year, NULL))
    return NULL;
  if (strlen (parts[2]) <= 2)
    year += 2000;
  if (!g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", (int)year, (int)month, (int)day);
}

gboolean
mit_agenda_item_concerns_reachability (MitAgendaItem *item)
{
  /* Translators: words (separated by ";") that mark an agenda item as being
   * about reachability; a word matches the start of a word in the title,
   * so "Erreichbarkeit" also finds "Erreichbarkeitsebenen". */
  const char *translated = C_("agenda item keywords", "reachability;reached;gaps");
  g_auto(GStrv) words = NULL;
  g_autofree char *all = NULL;
  const char *title;

  g_return_val_if_fail (MIT_IS_AGENDA_ITEM (item), FALSE);

  if (mit_agenda_item_get_target_group_id (item) > 0)
    return TRUE;

  title = mit_agenda_item_get_title (item);
  all = g_strconcat ("reachability;reached;gaps;", translated, NULL);
  words = g_strsplit (all, ";", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && g_str_match_string (words[i], title, TRUE))
      return TRUE;
  return FALSE;
}
