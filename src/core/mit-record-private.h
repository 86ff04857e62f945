/* mit-record-private.h: helpers shared by the record types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib-object.h>

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

/* Sets the identity of a record (id, uid and stamps, which the store
 * gives it) and notifies each that changed. @pspecs are the record's
 * "id", "uid", "created" and "modified", in that order. */
static inline void
_mit_record_set_identity (gpointer     object,
                          GParamSpec **pspecs,
                          gint64      *id_slot,
                          char       **uid_slot,
                          char       **created_slot,
                          char       **modified_slot,
                          gint64       id,
                          const char  *uid,
                          const char  *created,
                          const char  *modified)
{
  if (*id_slot != id)
    {
      *id_slot = id;
      g_object_notify_by_pspec (G_OBJECT (object), pspecs[0]);
    }
  if (_mit_record_set_str (uid_slot, uid))
    g_object_notify_by_pspec (G_OBJECT (object), pspecs[1]);
  if (_mit_record_set_str (created_slot, created))
    g_object_notify_by_pspec (G_OBJECT (object), pspecs[2]);
  if (_mit_record_set_str (modified_slot, modified))
    g_object_notify_by_pspec (G_OBJECT (object), pspecs[3]);
}

G_END_DECLS
