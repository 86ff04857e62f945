/* mit-debounce.h: run a callback once typing has paused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MitDebounce MitDebounce;

typedef void (*MitDebounceFunc) (gpointer user_data);

/* @func runs @delay_ms after the last mit_debounce_queue(). @user_data is
 * borrowed: free the debounce before what it points to. */
MitDebounce *mit_debounce_new       (guint            delay_ms,
                                     MitDebounceFunc  func,
                                     gpointer         user_data);
void         mit_debounce_queue     (MitDebounce     *self);
/* Runs the callback now if one is queued (e.g. before showing another
 * record or closing the window). */
void         mit_debounce_flush     (MitDebounce     *self);
void         mit_debounce_cancel    (MitDebounce     *self);
gboolean     mit_debounce_is_queued (MitDebounce     *self);
/* Flushes, then frees. */
void         mit_debounce_free      (MitDebounce     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitDebounce, mit_debounce_free)

G_END_DECLS
