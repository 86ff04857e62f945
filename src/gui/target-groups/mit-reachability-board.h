/* mit-reachability-board.h: target groups as cards in one column per
 * reachability level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_REACHABILITY_BOARD (mit_reachability_board_get_type ())
G_DECLARE_FINAL_TYPE (MitReachabilityBoard, mit_reachability_board, MIT, REACHABILITY_BOARD, AdwBin)

/* Properties: "store" (construct-only), "assessor" (who the assessments
 * recorded on the board are by; "" by default).
 *
 * Signals: "assessment-recorded" (gint64 change) after a card was moved,
 * with the change number to hand to mit_store_undo(); "group-activated"
 * (gint64 group_id) when a card is activated.
 *
 * Actions: "board.move-towards-good" (Alt+Left) and
 * "board.move-towards-little" (Alt+Right) move the focused card one
 * column. */

MitReachabilityBoard *mit_reachability_board_new          (MitStore             *store);

MitStore             *mit_reachability_board_get_store    (MitReachabilityBoard *self);
const char           *mit_reachability_board_get_assessor (MitReachabilityBoard *self);
void                  mit_reachability_board_set_assessor (MitReachabilityBoard *self,
                                                           const char           *assessor);

/* Records a new assessment of @group_id at @level, dated today, and emits
 * "assessment-recorded". Moving a card to the column it is in does
 * nothing and returns TRUE. */
gboolean              mit_reachability_board_move_group   (MitReachabilityBoard *self,
                                                           gint64                group_id,
                                                           MitReachability       level,
                                                           GError              **error);

/* The ids of the cards in the column of @level (MIT_REACHABILITY_UNKNOWN:
 * the "Not Assessed" column), top to bottom. A GArray of gint64. */
GArray               *mit_reachability_board_list_column  (MitReachabilityBoard *self,
                                                           MitReachability       level);
/* The card showing @group_id, or NULL. */
GtkWidget            *mit_reachability_board_get_card     (MitReachabilityBoard *self,
                                                           gint64                group_id);

G_END_DECLS
