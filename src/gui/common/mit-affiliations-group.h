/* mit-affiliations-group.h: the links between persons and actors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_AFFILIATIONS_GROUP (mit_affiliations_group_get_type ())
G_DECLARE_FINAL_TYPE (MitAffiliationsGroup, mit_affiliations_group, MIT, AFFILIATIONS_GROUP, AdwPreferencesGroup)

GtkWidget *mit_affiliations_group_new        (void);
/* Shows the contact persons of an actor (@kind MIT_RECORD_ACTOR) or the
 * organisations of a person (MIT_RECORD_PERSON); @id 0 shows nothing.
 * Activating a row opens the other side ("win.show-person" or
 * "win.show-actor" with its id). */
void       mit_affiliations_group_set_record (MitAffiliationsGroup *self,
                                              MitStore             *store,
                                              MitRecordKind         kind,
                                              gint64                id);

G_END_DECLS
