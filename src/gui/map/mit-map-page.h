/* mit-map-page.h: the Network Map section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-network-map.h"

G_BEGIN_DECLS

#define MIT_TYPE_MAP_PAGE (mit_map_page_get_type ())
G_DECLARE_FINAL_TYPE (MitMapPage, mit_map_page, MIT, MAP_PAGE, AdwBin)

/* Properties: "store" (construct-only), "busy" (read-only: a layout is
 * being computed in the worker thread).
 *
 * The page re-reads the network when the store changes actors, target
 * groups, assessments, channels or affiliations (debounced), and lays it
 * out again only when nodes or channels changed.
 *
 * Actions: "map.zoom-in" (Ctrl++), "map.zoom-out" (Ctrl+−),
 * "map.zoom-reset" (Ctrl+0), "map.export" (s: "png", "svg" or "pdf"; asks
 * for a file), "map.reset-filters", "map.open-selection",
 * "map.unselect". Opening a record activates "win.show-actor" or
 * "win.show-target-group" (x). */

MitMapPage    *mit_map_page_new                 (MitStore   *store);
MitStore      *mit_map_page_get_store           (MitMapPage *self);
MitNetworkMap *mit_map_page_get_map             (MitMapPage *self);
gboolean       mit_map_page_get_busy            (MitMapPage *self);
/* Whether the page shows "No Target Groups Yet" instead of the map. */
gboolean       mit_map_page_get_empty           (MitMapPage *self);
/* How long the last layout took in the worker thread, in microseconds
 * (0 before the first). */
gint64         mit_map_page_get_last_layout_time (MitMapPage *self);
/* Re-reads the store now instead of after the pause. */
void           mit_map_page_reload              (MitMapPage *self);

/* Sets the filter controls: a field-of-action key, a district (NULL: any)
 * and a MitReachability or MIT_NETWORK_FILTER_ANY_LEVEL. Returns FALSE
 * when the field or district is not offered. */
gboolean       mit_map_page_set_filter          (MitMapPage *self,
                                                 const char *field,
                                                 const char *district,
                                                 int         level);
/* Chooses the group in "Multiplier Paths of" (0: none): selects it on the
 * map and centres it. */
gboolean       mit_map_page_highlight_group     (MitMapPage *self,
                                                 gint64      group_id);

G_END_DECLS
