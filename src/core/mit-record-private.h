/* mit-record-private.h: helpers shared by the record types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* Replaces *@slot by a copy of @value (NULL allowed); TRUE when it changed.
 * (g_set_str() is GLib 2.76, above our floor.) */
static inline gboolean
_mit_record_set_str (char       **slot,
                     const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

/* The same for texts where NULL and "" are one value: stored as NULL. */
static inline gboolean
_mit_record_set_text (char       **slot,
                      const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  return _mit_record_set_str (slot, value);
}

/* Replaces a NULL-terminated list (never NULL afterwards); TRUE when changed. */
static inline gboolean
_mit_record_set_list (char               ***slot,
                      const char * const   *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*slot != NULL && g_strv_equal ((const char * const *)*slot, value))
    return FALSE;
  g_strfreev (*slot);
  *slot = g_strdupv ((char **)value);
  return TRUE;
}

G_END_DECLS
