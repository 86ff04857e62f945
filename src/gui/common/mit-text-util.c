/* mit-text-util.c: what list rows and editors show, as pure functions
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTextUtil"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-text-util.h"

char **
mit_text_parse_tags (const char *text)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    text = "";

  parts = g_strsplit_set (text, ",;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      char *folded;

      if (*tag == '\0')
        continue;

      folded = g_utf8_casefold (tag, -1);
      if (g_hash_table_contains (seen, folded))
        {
          g_free (folded);
          continue;
        }
      g_hash_table_add (seen, folded);
      g_ptr_array_add (tags, g_strdup (tag));
    }

  g_ptr_array_add (tags, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

char *
mit_text_join_tags (const char * const *tags)
{
  if (tags == NULL)
    return g_strdup ("");
  return g_strjoinv (", ", (char **)tags);
}

char *
mit_text_format_actor_count (guint n)
{
  return g_strdup_printf (ngettext ("%u actor", "%u actors", n), n);
}

char *
mit_text_format_person_count (guint n)
{
  return g_strdup_printf (ngettext ("%u contact person", "%u contact persons", n), n);
}

const char *
mit_text_get_sector_label (MitSector sector)
{
  switch (sector)
    {
    case MIT_SECTOR_PROFESSIONAL:
      return C_("sector", "Professional");
    case MIT_SECTOR_VOLUNTEER:
      return C_("sector", "Volunteer");
    case MIT_SECTOR_MIGRANT_ORGANISATION:
      return C_("sector", "Migrant organisation");
    default:
      return "";
    }
}

const char *
mit_text_get_consent_label (MitConsent consent)
{
  switch (consent)
    {
    case MIT_CONSENT_NONE:
      return C_("publication consent", "Not at all");
    case MIT_CONSENT_INTERNAL:
      return C_("publication consent", "Internal only");
    case MIT_CONSENT_PRINT:
      return C_("publication consent", "Print");
    case MIT_CONSENT_WEB:
      return C_("publication consent", "Web and portal");
    default:
      return "";
    }
}

char *
mit_text_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char **
mit_text_strv_add (const char * const *list,
                   const char         *item)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (list != NULL)
    g_strv_builder_addv (builder, (const char **)list);
  if (item != NULL && (list == NULL || !g_strv_contains (list, item)))
    g_strv_builder_add (builder, item);

  return g_strv_builder_end (builder);
}

char **
mit_text_strv_remove (const char * const *list,
                      const char         *item)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (g_strcmp0 (list[i], item) != 0)
      g_strv_builder_add (builder, list[i]);

  return g_strv_builder_end (builder);
}
