/* mit-actor-list.h: the searchable list of actors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ACTOR_LIST (mit_actor_list_get_type ())
G_DECLARE_FINAL_TYPE (MitActorList, mit_actor_list, MIT, ACTOR_LIST, AdwBin)

void        mit_actor_list_set_store       (MitActorList *self,
                                            MitStore     *store);
/* The list's model (a lazily paged MitQueryModel of MitActor). */
GListModel *mit_actor_list_get_model       (MitActorList *self);
void        mit_actor_list_focus_search    (MitActorList *self);
/* Selects and shows the row of @id without emitting "actor-selected";
 * clears the search and filters first if they hide it. */
void        mit_actor_list_select_id       (MitActorList *self,
                                            gint64        id);
/* Shows only the actors of @district (clearing the search and the other
 * filters), as when it is chosen in the filter popover. */
void        mit_actor_list_show_district   (MitActorList *self,
                                            const char   *district);
/* The selected actor's id, or 0. */
gint64      mit_actor_list_get_selected_id (MitActorList *self);

G_END_DECLS
