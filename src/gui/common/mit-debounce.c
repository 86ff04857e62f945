/* mit-debounce.c: run a callback once typing has paused
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitDebounce"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-debounce.h"

struct _MitDebounce
{
  guint            delay_ms;
  guint            source_id;
  MitDebounceFunc  func;
  gpointer         user_data;
};

MitDebounce *
mit_debounce_new (guint           delay_ms,
                  MitDebounceFunc func,
                  gpointer        user_data)
{
  MitDebounce *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (MitDebounce, 1);
  self->delay_ms = delay_ms;
  self->func = func;
  self->user_data = user_data;

  return self;
}

static gboolean
mit_debounce_timeout_cb (gpointer data)
{
  MitDebounce *self = data;

  self->source_id = 0;
  self->func (self->user_data);

  return G_SOURCE_REMOVE;
}

void
mit_debounce_queue (MitDebounce *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->source_id, g_source_remove);
  self->source_id = g_timeout_add (self->delay_ms, mit_debounce_timeout_cb, self);
  g_source_set_name_by_id (self->source_id, "[miteinander] debounce");
}

void
mit_debounce_flush (MitDebounce *self)
{
  g_return_if_fail (self != NULL);

  if (self->source_id != 0)
    {
      g_clear_handle_id (&self->source_id, g_source_remove);
      self->func (self->user_data);
    }
}

void
mit_debounce_cancel (MitDebounce *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->source_id, g_source_remove);
}

gboolean
mit_debounce_is_queued (MitDebounce *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->source_id != 0;
}

void
mit_debounce_free (MitDebounce *self)
{
  if (self == NULL)
    return;

  mit_debounce_flush (self);
  g_free (self);
}
