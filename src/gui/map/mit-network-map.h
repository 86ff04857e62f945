/* mit-network-map.h: the drawing of the network map, with pan, zoom and selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-network-data.h"
#include "mit-network-layout.h"

G_BEGIN_DECLS

#define MIT_TYPE_NETWORK_MAP (mit_network_map_get_type ())
G_DECLARE_FINAL_TYPE (MitNetworkMap, mit_network_map, MIT, NETWORK_MAP, GtkWidget)

/**
 * MitNetworkMapFormat:
 * @MIT_NETWORK_MAP_PNG: a PNG image
 * @MIT_NETWORK_MAP_SVG: an SVG drawing
 * @MIT_NETWORK_MAP_PDF: a PDF page
 */
typedef enum
{
  MIT_NETWORK_MAP_PNG,
  MIT_NETWORK_MAP_SVG,
  MIT_NETWORK_MAP_PDF,
} MitNetworkMapFormat;

/**
 * MitNetworkMapLegendItem:
 *
 * What the legend explains, in its order.
 */
typedef enum
{
  MIT_NETWORK_MAP_LEGEND_GROUP_GOOD,
  MIT_NETWORK_MAP_LEGEND_GROUP_MEDIUM,
  MIT_NETWORK_MAP_LEGEND_GROUP_LITTLE,
  MIT_NETWORK_MAP_LEGEND_GROUP_UNKNOWN,
  MIT_NETWORK_MAP_LEGEND_PROFESSIONAL,
  MIT_NETWORK_MAP_LEGEND_VOLUNTEER,
  MIT_NETWORK_MAP_LEGEND_MIGRANT_ORGANISATION,
  MIT_NETWORK_MAP_LEGEND_CHANNEL,
  MIT_NETWORK_MAP_LEGEND_MULTIPLIER,
  MIT_NETWORK_MAP_LEGEND_SHARED_CONTACT,
  MIT_NETWORK_MAP_N_LEGEND_ITEMS
} MitNetworkMapLegendItem;

/* Properties: "zoom" (double, 1 = the whole network fits), "selected-uid"
 * (string, read-only, NULL when nothing is selected).
 *
 * Signals: "node-activated" (guint kind, a MitLayoutNodeKind; gint64 id)
 * before the record is opened with "win.show-actor" or
 * "win.show-target-group".
 *
 * Actions: "network-map.zoom-in" (+), "network-map.zoom-out" (−),
 * "network-map.zoom-reset" (0), "network-map.pan" ((dd), arrow keys),
 * "network-map.activate" (Enter: opens the selected record),
 * "network-map.unselect" (Escape), "network-map.select-next" and
 * "network-map.select-previous" (Page Down/Up: the shown nodes by name). */

MitNetworkMap        *mit_network_map_new                (void);

/* Shows @data at the positions of @layout (computed from
 * mit_network_data_build_layout_graph (@data)); both may be NULL. The
 * selection is kept by uid; the view (zoom, centre) is kept. */
void                  mit_network_map_set_data           (MitNetworkMap          *self,
                                                          MitNetworkData         *data,
                                                          MitNetworkLayout       *layout);
MitNetworkData       *mit_network_map_get_data           (MitNetworkMap          *self);
MitNetworkLayout     *mit_network_map_get_layout         (MitNetworkMap          *self);
void                  mit_network_map_set_filter         (MitNetworkMap          *self,
                                                          const MitNetworkFilter *filter);
guint                 mit_network_map_get_n_shown        (MitNetworkMap          *self);
/* Whether the node with @uid is on the map and not hidden by the filter. */
gboolean              mit_network_map_is_shown           (MitNetworkMap          *self,
                                                          const char             *uid);

/* Selection: a group's multiplier paths (or an actor's channels and
 * links) are highlighted. Selecting NULL or a hidden node unselects. */
gboolean              mit_network_map_select             (MitNetworkMap          *self,
                                                          const char             *uid);
const char           *mit_network_map_get_selected_uid   (MitNetworkMap          *self);
/* NULL when nothing is selected. */
const MitNetworkNode *mit_network_map_get_selected_node  (MitNetworkMap          *self);
/* The shown node drawn at (@x, @y) in widget coordinates, or NULL. */
const char           *mit_network_map_get_uid_at         (MitNetworkMap          *self,
                                                          double                  x,
                                                          double                  y);
/* Selects the node at (@x, @y), or unselects when there is none there.
 * Returns whether a node was selected. */
gboolean              mit_network_map_select_at          (MitNetworkMap          *self,
                                                          double                  x,
                                                          double                  y);
/* Opens the selected record (emits "node-activated", then activates the
 * "win.show-…" action). Returns FALSE when nothing is selected. */
gboolean              mit_network_map_activate_selection (MitNetworkMap          *self);

/* View. The zoom is relative to the whole network fitting the widget; the
 * centre is a point of the layout's unit box (0.5, 0.5 at first). */
double                mit_network_map_get_zoom           (MitNetworkMap          *self);
void                  mit_network_map_set_zoom           (MitNetworkMap          *self,
                                                          double                  zoom);
/* Zooms keeping the point at (@x, @y) of the widget where it is. */
void                  mit_network_map_zoom_at            (MitNetworkMap          *self,
                                                          double                  factor,
                                                          double                  x,
                                                          double                  y);
void                  mit_network_map_get_center         (MitNetworkMap          *self,
                                                          double                 *x,
                                                          double                 *y);
void                  mit_network_map_set_center         (MitNetworkMap          *self,
                                                          double                  x,
                                                          double                  y);
/* Moves the view by (@dx, @dy) pixels. */
void                  mit_network_map_pan                (MitNetworkMap          *self,
                                                          double                  dx,
                                                          double                  dy);
void                  mit_network_map_reset_view         (MitNetworkMap          *self);
/* Centres the view on a node. */
gboolean              mit_network_map_center_on          (MitNetworkMap          *self,
                                                          const char             *uid);
/* Where the node with @uid is drawn, in widget coordinates. FALSE when it
 * is not on the map or not laid out yet. */
gboolean              mit_network_map_get_node_position_in_widget (MitNetworkMap *self,
                                                                   const char    *uid,
                                                                   double        *x,
                                                                   double        *y);

/* What a node is, for tooltips and screen readers ("Target group, reached
 * well, Nordstadt"). Caller frees. */
char                 *mit_network_map_describe_node      (const MitNetworkNode   *node);

/* Writes the whole shown network (the filter and the highlight as on the
 * screen, in the light colours) with a legend, on a landscape A3 page
 * (PNG: at 144 dpi). */
gboolean              mit_network_map_export             (MitNetworkMap          *self,
                                                          GFile                  *file,
                                                          MitNetworkMapFormat     format,
                                                          GCancellable           *cancellable,
                                                          GError                **error);

/* The legend: the translated label of an item, and its symbol drawn into
 * a @width × @height box at the origin of @cr, in @widget's colours (the
 * light ones when NULL). */
const char           *mit_network_map_legend_get_label   (MitNetworkMapLegendItem item);
void                  mit_network_map_legend_draw_symbol (MitNetworkMapLegendItem item,
                                                          GtkWidget              *widget,
                                                          cairo_t                *cr,
                                                          double                  width,
                                                          double                  height);

/* For benchmarks and tests: whether pan and zoom may show the last
 * rendered picture moved and scaled while the view keeps changing (TRUE
 * by default), and how many full pictures were rendered so far and how
 * long the last one took. */
void                  mit_network_map_set_scene_cache    (MitNetworkMap          *self,
                                                          gboolean                enabled);
void                  mit_network_map_get_render_stats   (MitNetworkMap          *self,
                                                          guint                  *n_renders,
                                                          gint64                 *last_render_us);

G_END_DECLS
