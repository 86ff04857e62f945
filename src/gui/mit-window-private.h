/* mit-window-private.h: what the window's files and the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mit-window.h"

G_BEGIN_DECLS

/* The toast offering to undo the last deletion, or NULL. */
AdwToast *_mit_window_get_undo_toast (MitWindow *self);

G_END_DECLS
