/* mit-application.h: the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_APPLICATION (mit_application_get_type ())
G_DECLARE_FINAL_TYPE (MitApplication, mit_application, MIT, APPLICATION, AdwApplication)

MitApplication *mit_application_new               (void);
/* The store of the open database, or NULL before the first window. */
MitStore       *mit_application_get_store         (MitApplication *self);
/* The database file the window opens ("--database", else the default). */
const char     *mit_application_get_database_path (MitApplication *self);
/* The settings, or NULL when the schema is not installed. */
GSettings      *mit_application_get_settings      (MitApplication *self);

G_END_DECLS
