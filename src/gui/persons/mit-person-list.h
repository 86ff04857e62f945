/* mit-person-list.h: the searchable list of contact persons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_PERSON_LIST (mit_person_list_get_type ())
G_DECLARE_FINAL_TYPE (MitPersonList, mit_person_list, MIT, PERSON_LIST, AdwBin)

void        mit_person_list_set_store       (MitPersonList *self,
                                             MitStore      *store);
/* The list's model (a lazily paged MitQueryModel of MitPerson). */
GListModel *mit_person_list_get_model       (MitPersonList *self);
void        mit_person_list_focus_search    (MitPersonList *self);
/* Selects and shows the row of @id without emitting "person-selected". */
void        mit_person_list_select_id       (MitPersonList *self,
                                             gint64         id);
gint64      mit_person_list_get_selected_id (MitPersonList *self);

G_END_DECLS
