/* mit-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_WINDOW (mit_window_get_type ())
G_DECLARE_FINAL_TYPE (MitWindow, mit_window, MIT, WINDOW, AdwApplicationWindow)

typedef struct _MitApplication MitApplication;

/* @app may be NULL (tests). */
MitWindow *mit_window_new           (MitApplication *app,
                                     MitStore       *store);
MitStore  *mit_window_get_store     (MitWindow      *self);
/* "overview", "actors", "persons", "target-groups", "reachability" or
 * "map"; an unknown name shows the actors. */
void       mit_window_show_section  (MitWindow      *self,
                                     const char     *section);
void       mit_window_show_actor    (MitWindow      *self,
                                     gint64          id);
void       mit_window_show_person   (MitWindow      *self,
                                     gint64          id);
void       mit_window_show_target_group (MitWindow  *self,
                                         gint64      id);

G_END_DECLS
