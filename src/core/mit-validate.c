/* mit-validate.c: checks of what people type into contact fields
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

#define G_LOG_DOMAIN "MitValidate"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mit-validate.h"

/* Trims ASCII spaces into a new string; NULL when nothing is left. */
static char *
dup_trimmed (const char *s)
{
  char *copy;

  if (s == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (s));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* A DNS host name: labels of letters, digits and '-' (any non-ASCII
 * character is allowed for internationalised names), at least one dot,
 * and a top-level label of two or more letters. */
static gboolean
is_host_name (const char *host,
              gsize       len)
{
  gsize label_len = 0;
  gsize n_dots = 0;
  gsize last_label_start = 0;

  if (len == 0 || len > 253)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = host[i];

      if (c == '.')
        {
          if (label_len == 0 || host[i - 1] == '-')
            return FALSE;
          n_dots++;
          label_len = 0;
          last_label_start = i + 1;
          continue;
        }
      if (c == '-' && label_len == 0)
        return FALSE;
      if (!(g_ascii_isalnum (c) || c == '-' || c >= 0x80))
        return FALSE;
      label_len++;
    }

  if (n_dots == 0 || label_len < 2 || host[len - 1] == '-')
    return FALSE;
  for (gsize i = last_label_start; i < len; i++)
    if (g_ascii_isdigit (host[i]))
      return FALSE;
  return TRUE;
}

gboolean
mit_validate_email (const char *s)
{
  g_autofree char *value = dup_trimmed (s);
  const char *at;

  if (value == NULL)
    return TRUE;
  if (!g_utf8_validate (value, -1, NULL))
    return FALSE;

  at = strchr (value, '@');
  if (at == NULL || at == value || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = value; p < at; p++)
    {
      guchar c = *p;

      if (c <= ' ' || strchr ("()<>[]\\,;:\"", c) != NULL)
        return FALSE;
    }
  if (value[0] == '.' || at[-1] == '.' || strstr (value, "..") != NULL)
    return FALSE;

  return is_host_name (at + 1, strlen (at + 1));
}

gboolean
mit_validate_url (const char *s)
{
  g_autofree char *value = dup_trimmed (s);
  const char *host;
  const char *end;

  if (value == NULL)
    return TRUE;
  if (!g_utf8_validate (value, -1, NULL))
    return FALSE;

  /* People write "www.example.de" without a scheme; that is fine. */
  if (g_ascii_strncasecmp (value, "https://", 8) == 0)
    host = value + 8;
  else if (g_ascii_strncasecmp (value, "http://", 7) == 0)
    host = value + 7;
  else if (strstr (value, "://") != NULL)
    return FALSE;
  else
    host = value;

  for (const char *p = value; *p; p++)
    if ((guchar) *p <= ' ')
      return FALSE;

  end = host + strcspn (host, "/?#");
  /* A port */
  for (const char *p = host; p < end; p++)
    if (*p == ':')
      {
        if (p + 1 == end)
          return FALSE;
        for (const char *q = p + 1; q < end; q++)
          if (!g_ascii_isdigit (*q))
            return FALSE;
        end = p;
        break;
      }

  return is_host_name (host, end - host);
}

gboolean
mit_validate_phone (const char *s)
{
  g_autofree char *value = dup_trimmed (s);
  guint n_digits = 0;
  int depth = 0;

  if (value == NULL)
    return TRUE;

  /* "+49 821 324-0", "(0821) 32 40", "0821/3240", "+49 (0)821 3240" */
  for (const char *p = value; *p; p++)
    {
      char c = *p;

      if (g_ascii_isdigit (c))
        n_digits++;
      else if (c == '+')
        {
          if (p != value)
            return FALSE;
        }
      else if (c == '(')
        {
          if (++depth > 1)
            return FALSE;
        }
      else if (c == ')')
        {
          if (--depth < 0)
            return FALSE;
        }
      else if (c != ' ' && c != '-' && c != '/' && c != '.')
        return FALSE;
    }

  return depth == 0 && n_digits >= 3 && n_digits <= 20;
}

gboolean
mit_validate_postcode (const char *s)
{
  g_autofree char *value = dup_trimmed (s);

  if (value == NULL)
    return TRUE;
  if (strlen (value) != 5)
    return FALSE;
  for (guint i = 0; i < 5; i++)
    if (!g_ascii_isdigit (value[i]))
      return FALSE;
  /* German postcodes run from 01067 to 99998; "00…" does not exist. */
  return !(value[0] == '0' && value[1] == '0');
}

gboolean
mit_validate_date (const char *s)
{
  g_autofree char *value = dup_trimmed (s);
  guint year, month, day;

  if (value == NULL)
    return TRUE;
  if (strlen (value) != 10 || value[4] != '-' || value[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (value[i]))
      return FALSE;

  year = atoi (value);
  month = atoi (value + 5);
  day = atoi (value + 8);
  return year >= 1900 && year <= 2999 && g_date_valid_dmy (day, month, year);
}

gboolean
mit_date_parse (const char *ymd,
                GDate      *date)
{
  guint digits[10];
  guint y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (ymd == NULL || strlen (ymd) != 10 || ymd[4] != '-' || ymd[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (ymd[i]))
        return FALSE;
      digits[i] = ymd[i] - '0';
    }
  y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  m = digits[5] * 10 + digits[6];
  d = digits[8] * 10 + digits[9];
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
mit_date_format (const char *ymd)
{
  g_autoptr(GDateTime) dt = NULL;
  char *label = NULL;
  GDate date;

  if (ymd == NULL)
    return NULL;
  if (!mit_date_parse (ymd, &date))
    return g_strdup (ymd);

  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 12, 0, 0);
  /* Translators: how a date is written for people (the board, the gaps,
   * the timeline of assessments); see g_date_time_format() for the codes
   * ("%-d. %B %Y" in German). */
  label = g_date_time_format (dt, _("%-d %B %Y"));

  return label != NULL ? label : g_strdup (ymd);
}
