/* mit-target-group-list.h: the searchable list of target groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_TARGET_GROUP_LIST (mit_target_group_list_get_type ())
G_DECLARE_FINAL_TYPE (MitTargetGroupList, mit_target_group_list, MIT, TARGET_GROUP_LIST, AdwBin)

/* Signal "group-selected" (gint64 id, gboolean navigate): the user chose a
 * group; navigate is TRUE for a click or Enter, FALSE when moving through
 * the list with the arrow keys. Delete in the list activates "win.delete";
 * the empty state offers "win.new-target-group".
 *
 * Action "target-group-list.clear-filters" clears the search and the
 * filters. */

void        mit_target_group_list_set_store       (MitTargetGroupList *self,
                                                   MitStore           *store);
/* The groups shown, a GListModel of MitTargetGroup. */
GListModel *mit_target_group_list_get_model       (MitTargetGroupList *self);
void        mit_target_group_list_focus_search    (MitTargetGroupList *self);
/* Shows only the groups whose current level is @level (a MitReachability;
 * MIT_REACHABILITY_UNKNOWN: never assessed), or all when @any. */
void        mit_target_group_list_set_level_filter (MitTargetGroupList *self,
                                                    gboolean            any,
                                                    MitReachability     level);
/* Shows only focus groups. */
void        mit_target_group_list_set_focus_only  (MitTargetGroupList *self,
                                                   gboolean            focus_only);
/* Selects and shows the row of @id without emitting "group-selected";
 * clears the search and filters first if they hide it. */
void        mit_target_group_list_select_id       (MitTargetGroupList *self,
                                                   gint64              id);
/* The selected group's id, or 0. */
gint64      mit_target_group_list_get_selected_id (MitTargetGroupList *self);

G_END_DECLS
