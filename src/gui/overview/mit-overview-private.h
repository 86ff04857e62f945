/* mit-overview-private.h: what the tests look at inside the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mit-overview.h"
#include "mit-gaps.h"

G_BEGIN_DECLS

/* Re-reads everything now if a refresh is queued, and runs the main loop
 * until what is read (in the worker) is shown. */
void        _mit_overview_flush_refresh   (MitOverview *self);
/* The list of the gaps of @kind (rows as shown, then a "Show All" row
 * while some are not shown) and the label with their number. */
GtkListBox *_mit_overview_get_gap_list    (MitOverview *self,
                                           MitGapKind   kind);
GtkLabel   *_mit_overview_get_gap_count   (MitOverview *self,
                                           MitGapKind   kind);

/* When a change was committed (@stamp as stored, UTC), as seen @now
 * (local time): "Today, 14:05", "Yesterday, 09:12" or the date. */
char       *_mit_overview_format_stamp    (const char  *stamp,
                                           GDateTime   *now);

G_END_DECLS
