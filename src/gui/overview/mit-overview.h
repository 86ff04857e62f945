/* mit-overview.h: the Overview section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_OVERVIEW (mit_overview_get_type ())
G_DECLARE_FINAL_TYPE (MitOverview, mit_overview, MIT, OVERVIEW, AdwBin)

/* The first section of the window: how many actors, contact persons,
 * target groups and channels there are; the groups by reachability level
 * as a chart; the focus groups; the recent changes; and the gaps of the
 * network by kind (mit_gaps_find(), with the age of out-of-date records
 * from mit_store_get_stale_months(), which it also lets the user change).
 * An empty database shows a start page instead.
 *
 * Property: "store" (construct-only). It re-reads everything 200 ms after
 * the store's "changed" (when it is not on screen: when it is shown
 * again).
 *
 * It activates these actions of the window: "win.show-actor",
 * "win.show-person", "win.show-target-group" (x: the id),
 * "win.show-actors-in-district" (s: the district), "win.show-reachability"
 * (the chart and its legend), "win.load-example" and "win.new-actor" (the
 * start page). */

GtkWidget  *mit_overview_new        (MitStore    *store);
MitStore   *mit_overview_get_store  (MitOverview *self);

G_END_DECLS
