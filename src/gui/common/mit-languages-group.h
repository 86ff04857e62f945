/* mit-languages-group.h: the languages of an actor or a person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MIT_TYPE_LANGUAGES_GROUP (mit_languages_group_get_type ())
G_DECLARE_FINAL_TYPE (MitLanguagesGroup, mit_languages_group, MIT, LANGUAGES_GROUP, AdwPreferencesGroup)

GtkWidget          *mit_languages_group_new           (void);
/* Language codes, in the order they were added; never NULL. */
const char * const *mit_languages_group_get_languages (MitLanguagesGroup  *self);
void                mit_languages_group_set_languages (MitLanguagesGroup  *self,
                                                       const char * const *languages);
/* Adds one language (as the user does); TRUE if it was not chosen yet. */
gboolean            mit_languages_group_add_language  (MitLanguagesGroup  *self,
                                                       const char         *code);

G_END_DECLS
