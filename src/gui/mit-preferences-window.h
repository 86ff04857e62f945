/* mit-preferences-window.h: the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_PREFERENCES_WINDOW (mit_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MitPreferencesWindow, mit_preferences_window, MIT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @store and @settings may be NULL. */
MitPreferencesWindow *mit_preferences_window_new (MitStore  *store,
                                                  GSettings *settings);
/* Opens the Portals page (subscriptions to a central portal). */
void                  mit_preferences_window_show_portals     (MitPreferencesWindow *self);
/* The Portals page (a MitPortalsPage), NULL without a store. */
GtkWidget            *mit_preferences_window_get_portals_page (MitPreferencesWindow *self);

G_END_DECLS
