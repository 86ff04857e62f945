/* mit-network-layout.h: positions for the network map (force-directed)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"

G_BEGIN_DECLS

/**
 * MitLayoutNodeKind:
 * @MIT_LAYOUT_NODE_ACTOR: an actor (organisation)
 * @MIT_LAYOUT_NODE_GROUP: a target group
 */
typedef enum
{
  MIT_LAYOUT_NODE_ACTOR = 0,
  MIT_LAYOUT_NODE_GROUP = 1,
} MitLayoutNodeKind;

/* The input: nodes with a stable, unique key each (the record's uid) and
 * weighted edges between node indices. Reference counted; do not change a
 * graph while a layout of it is being computed. */
typedef struct _MitLayoutGraph MitLayoutGraph;

/* The output: a position per node of the graph, in the graph's node order,
 * inside the unit box (0 <= x, y <= 1). Reference counted, immutable. */
typedef struct _MitNetworkLayout MitNetworkLayout;

#define MIT_TYPE_LAYOUT_GRAPH   (mit_layout_graph_get_type ())
#define MIT_TYPE_NETWORK_LAYOUT (mit_network_layout_get_type ())

/* Iterations that give a settled picture for a few thousand nodes. */
#define MIT_NETWORK_LAYOUT_DEFAULT_ITERATIONS 300

GType             mit_layout_graph_get_type        (void) G_GNUC_CONST;
MitLayoutGraph   *mit_layout_graph_new             (void);
MitLayoutGraph   *mit_layout_graph_ref             (MitLayoutGraph    *self);
void              mit_layout_graph_unref           (MitLayoutGraph    *self);
/* Adds a node and returns its index (0, 1, 2 …). @key must not be in the
 * graph yet (G_MAXUINT is returned then, with a critical warning). */
guint             mit_layout_graph_add_node        (MitLayoutGraph    *self,
                                                    const char        *key,
                                                    MitLayoutNodeKind  kind);
/* Adds an edge between two existing nodes; @weight > 0 pulls harder the
 * larger it is (see mit_layout_weight_for_strength()). Edges from a node to
 * itself are kept but have no effect; several edges between the same two
 * nodes add up. */
void              mit_layout_graph_add_edge        (MitLayoutGraph    *self,
                                                    guint              source,
                                                    guint              target,
                                                    double             weight);
guint             mit_layout_graph_get_n_nodes     (const MitLayoutGraph *self);
guint             mit_layout_graph_get_n_edges     (const MitLayoutGraph *self);
const char       *mit_layout_graph_get_key         (const MitLayoutGraph *self,
                                                    guint                 node);
MitLayoutNodeKind mit_layout_graph_get_kind        (const MitLayoutGraph *self,
                                                    guint                 node);
/* The index of the node with @key, or G_MAXUINT. */
guint             mit_layout_graph_lookup          (const MitLayoutGraph *self,
                                                    const char           *key);
/* Edge @edge's nodes and weight (each out-pointer may be NULL). */
void              mit_layout_graph_get_edge        (const MitLayoutGraph *self,
                                                    guint                 edge,
                                                    guint                *source,
                                                    guint                *target,
                                                    double               *weight);

/* The edge weight of a channel of this strength: 1 weak, 2 regular,
 * 3 strong. */
double            mit_layout_weight_for_strength   (MitChannelStrength strength);

/* The network of @store as a graph: every actor that has a channel, every
 * target group (with or without channels), one edge per channel (actor →
 * group, weighted by its strength). Keys are the records' uids. Read in one
 * statement, so it is one consistent snapshot. Errors in MIT_STORE_ERROR. */
MitLayoutGraph   *mit_network_layout_graph_from_store (MitStore       *store,
                                                       GError        **error);

GType             mit_network_layout_get_type      (void) G_GNUC_CONST;
MitNetworkLayout *mit_network_layout_ref           (MitNetworkLayout *self);
void              mit_network_layout_unref         (MitNetworkLayout *self);
guint             mit_network_layout_get_n_nodes   (const MitNetworkLayout *self);
/* The position of the graph's node @node. */
void              mit_network_layout_get_position  (const MitNetworkLayout *self,
                                                    guint                   node,
                                                    double                 *x,
                                                    double                 *y);
/* x0, y0, x1, y1 …: 2 × n_nodes values, in the graph's node order. */
const double     *mit_network_layout_get_positions (const MitNetworkLayout *self);

/* Fruchterman–Reingold with cooling and Barnes–Hut repulsion
 * (O(n log n) per iteration). Deterministic: the starting positions come
 * from a hash of each key and the work is done in key order, so the same
 * nodes and edges give bit-identical positions whatever order they were
 * added in. Blocks; checks @cancellable every iteration (G_IO_ERROR_CANCELLED).
 * @iterations 0 means MIT_NETWORK_LAYOUT_DEFAULT_ITERATIONS. */
MitNetworkLayout *mit_network_layout_compute        (const MitLayoutGraph  *graph,
                                                     guint                  iterations,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
/* The same in one worker thread (g_task_run_in_thread). The graph is read
 * before this returns; it may be changed or freed afterwards. */
void              mit_network_layout_compute_async  (const MitLayoutGraph  *graph,
                                                     guint                  iterations,
                                                     GCancellable          *cancellable,
                                                     GAsyncReadyCallback    callback,
                                                     gpointer               user_data);
MitNetworkLayout *mit_network_layout_compute_finish (GAsyncResult          *result,
                                                     GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitLayoutGraph, mit_layout_graph_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitNetworkLayout, mit_network_layout_unref)

G_END_DECLS
